"""The Settings page: what is saved is really saved; what is refused is said and not saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout

from citizenspace.domain.catalog import SiteKind
from citizenspace.services.shell.settings import SettingsService
from citizenspace.store.database import Database
from citizenspace.views.shell.settings_view import AddSiteDialog, SettingsView, site_text


@pytest.fixture
def view(qtbot, db) -> SettingsView:
    v = SettingsView(SettingsService(db), db.path)
    qtbot.addWidget(v)
    v.resize(1000, 800)
    v.show()
    return v


def _reread(db: Database):
    """What another start of the application would read from the same file."""
    other = Database(db.path)
    try:
        return SettingsService(other).load()
    finally:
        other.close()


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _save(qtbot, view: SettingsView) -> None:
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy and view.message_label.isVisible())


def test_a_coordinator_sets_up_the_reception_computer(qtbot, view, db, tmp_path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    view.ask_new_site = lambda parent: ("Espace Citoyens", SiteKind.CITIZEN_SPACE)
    view.choose_folder = lambda parent, start: str(share)

    _type(qtbot, view.city_edit, "Saint-Quentin")
    qtbot.mouseClick(view.add_site_button, Qt.MouseButton.LeftButton)
    assert view.site_combo.currentText() == "Espace Citoyens (Citizen Space)"
    _type(qtbot, view.device_edit, "Accueil  1 ")
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    assert view.share_edit.text() == str(share)
    _save(qtbot, view)

    assert view.message_label.text() == "The settings are saved."
    assert view.share_warning.isHidden()
    assert view.device_edit.text() == "Accueil 1"  # shown as saved, spaces tidied
    saved = _reread(db)
    assert saved.city_name == "Saint-Quentin"
    assert saved.device_name == "Accueil 1"
    assert saved.share_folder == str(share)
    site_id = saved.site_id
    assert site_id == view.site_combo.currentData()
    assert [s.name for s in SettingsService(db).sites()] == ["Espace Citoyens"]


def test_refused_values_are_marked_next_to_their_fields_and_nothing_is_saved(
    qtbot, view, db
) -> None:
    _type(qtbot, view.city_edit, "Saint-Quentin")
    _save(qtbot, view)
    before = _reread(db)

    _type(qtbot, view.city_edit, "   ")
    _type(qtbot, view.device_edit, "")
    _save(qtbot, view)

    assert not view.city_error.isHidden()
    assert view.city_error.text() == "Enter the name of the city."
    assert not view.device_error.isHidden()
    assert "Give this computer a name" in view.device_error.text()
    assert view.city_edit.property("error") is True
    assert view.site_error.isHidden()
    assert view.message_label.text().startswith("Nothing was saved")
    assert _reread(db) == before

    # Correcting the fields and saving again clears the marks.
    _type(qtbot, view.city_edit, "Saint-Quentin")
    _type(qtbot, view.device_edit, "Accueil 2")
    _save(qtbot, view)
    assert view.city_error.isHidden() and view.device_error.isHidden()
    assert view.city_edit.property("error") is False
    assert _reread(db).device_name == "Accueil 2"


def test_a_file_is_refused_as_shared_folder(qtbot, view, db, tmp_path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    _type(qtbot, view.city_edit, "Saint-Quentin")
    _type(qtbot, view.share_edit, str(a_file))
    _save(qtbot, view)
    assert view.share_error.text() == "This is a file, not a folder. Choose the folder itself."
    assert _reread(db).share_folder == ""


def test_an_unreachable_share_is_saved_with_a_warning(qtbot, view, db, tmp_path) -> None:
    missing = tmp_path / "server" / "citizenspace"
    _type(qtbot, view.city_edit, "Saint-Quentin")
    _type(qtbot, view.share_edit, str(missing))
    _save(qtbot, view)
    assert not view.share_warning.isHidden()
    assert "cannot be reached right now" in view.share_warning.text()
    assert view.message_label.text().startswith("The settings are saved.")
    assert _reread(db).share_folder == str(missing)

    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    _save(qtbot, view)
    assert view.share_warning.isHidden()
    assert _reread(db).share_folder == ""


def test_a_new_language_applies_at_the_next_start(qtbot, view, db) -> None:
    _type(qtbot, view.city_edit, "Saint-Quentin")
    assert view.language_combo.currentText() == "Français"
    view.language_combo.setCurrentIndex(view.language_combo.findData("en"))
    _save(qtbot, view)
    assert "next time you start Citizen Space" in view.message_label.text()
    assert _reread(db).language == "en"


def test_the_page_shows_what_was_saved_before(qtbot, db) -> None:
    settings = SettingsService(db)
    site = settings.add_site("Bus France Services", SiteKind.BUS)
    values = settings.load()
    settings.save(
        values.__class__(
            city_name="Saint-Quentin",
            site_id=site.id,
            device_name="Bus 1",
            share_folder="",
            language="en",
        )
    )
    view = SettingsView(settings)
    qtbot.addWidget(view)
    assert view.city_edit.text() == "Saint-Quentin"
    assert view.site_combo.currentData() == site.id
    assert view.device_edit.text() == "Bus 1"
    assert view.language_combo.currentData() == "en"


def test_the_add_site_dialog_needs_a_name(qtbot) -> None:
    dialog = AddSiteDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Centre social Europe")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SiteKind.SOCIAL_CENTRE))
    assert ok.isEnabled()
    assert dialog.choice() == ("Centre social Europe", SiteKind.SOCIAL_CENTRE)


def test_a_sites_kind_is_shown_only_when_it_adds_something(french) -> None:
    # "Espace Citoyens" is the French label of the kind itself: no "(Espace Citoyens)".
    assert site_text("Espace Citoyens", SiteKind.CITIZEN_SPACE) == "Espace Citoyens"
    assert site_text("ESPACE citoyens Europe", SiteKind.CITIZEN_SPACE) == "ESPACE citoyens Europe"
    assert site_text("HOTEL DE VILLE", SiteKind.TOWN_HALL) == "HOTEL DE VILLE"
    assert site_text("Le Phare", SiteKind.SOCIAL_CENTRE) == "Le Phare (Centre social)"
    assert site_text("Ecole Jaurès", SiteKind.SCHOOL) == "Ecole Jaurès"  # accents aside


def test_the_site_list_does_not_repeat_the_kind(qtbot, db, french) -> None:
    settings = SettingsService(db)
    settings.add_site("Espace Citoyens", SiteKind.CITIZEN_SPACE)
    settings.add_site("Le Phare", SiteKind.SOCIAL_CENTRE)
    view = SettingsView(settings)
    qtbot.addWidget(view)
    listed = [view.site_combo.itemText(i) for i in range(1, view.site_combo.count())]
    assert sorted(listed) == ["Espace Citoyens", "Le Phare (Centre social)"]


def test_the_shared_folder_placeholder_fits_its_field(qtbot, view) -> None:
    edit = view.share_edit
    room = edit.width() - 2 * 12  # borders, padding and the text margins
    assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) < room


def test_the_save_button_stays_in_sight_after_a_refusal(qtbot, db) -> None:
    """Error lines make the form taller; the button must not slide out of the window."""
    view = SettingsView(SettingsService(db), db.path)
    qtbot.addWidget(view)
    view.resize(900, 520)  # a small laptop screen, under the window's own title and status
    view.show()
    qtbot.waitExposed(view)
    _type(qtbot, view.city_edit, "")
    _type(qtbot, view.device_edit, "")
    _save(qtbot, view)
    assert not view.city_error.isHidden() and not view.device_error.isHidden()

    for widget in (view.save_button, view.message_label):
        top_left = widget.mapTo(view, QPoint(0, 0))
        assert view.rect().contains(top_left)
        assert view.rect().contains(top_left + QPoint(widget.width() - 1, widget.height() - 1))
        assert not widget.visibleRegion().isEmpty()
    # The first field to correct is scrolled into view and has the focus.
    assert view.city_edit.hasFocus()
    assert not view.city_edit.visibleRegion().isEmpty()


def _rows_cut(view: SettingsView) -> list[int]:
    """The form rows drawn lower than their wrapped texts need (text over the next row)."""
    cut = []
    for form in view.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = item.widget() if item is not None else None
            if (
                field is not None
                and field.hasHeightForWidth()
                and field.height() < field.heightForWidth(field.width())
            ):
                cut.append(row)
    return cut


def test_lines_under_the_fields_push_the_next_rows_down(qtbot, french, view, tmp_path) -> None:
    """After a refusal the help under the shared folder was drawn over the Language row
    (French texts: longer, wrapped on more lines)."""
    assert view.save_button.text() == "Enregistrer"
    _type(qtbot, view.city_edit, "")
    _type(qtbot, view.device_edit, "")
    _save(qtbot, view)
    qtbot.waitUntil(lambda: _rows_cut(view) == [])

    _type(qtbot, view.city_edit, "Saint-Quentin")
    _type(qtbot, view.device_edit, "Accueil 1")
    _type(qtbot, view.share_edit, str(tmp_path / "server-gone"))
    _save(qtbot, view)
    assert not view.share_warning.isHidden()
    qtbot.waitUntil(lambda: _rows_cut(view) == [])

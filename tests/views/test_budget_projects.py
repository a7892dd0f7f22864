"""A coordinator prepares the children's budget on the Budget page: a new edition, then its
projects with their pictures, typed in with the keyboard; refusals shown under the fields
with nothing saved; the kiosk then shows the real pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from citizenspace.domain.catalog import ProjectStatus, SiteKind
from citizenspace.services.budget.budget import BallotProject, BudgetService
from citizenspace.services.budget.budget_admin import BudgetAdminService
from citizenspace.services.budget.budget_print import BudgetPrinting
from citizenspace.services.shell.settings import SettingsService
from citizenspace.store.models import BudgetEdition, EditionSite, Project
from citizenspace.views.budget.budget_view import BudgetView
from citizenspace.views.budget.kiosk import KioskWindow
from citizenspace.views.budget.kiosk_cards import CARD_COLOURS, picture_for
from citizenspace.views.budget.projects.edition_dialog import EditionDialog
from citizenspace.views.budget.projects.project_dialog import ProjectDialog
from citizenspace.views.common.fields import parse_money
from tests.budget_fixtures import TODAY, open_vote
from tests.pictures import svg_bytes

#: In English, the words these tests were written against (the kiosk tests read French).
pytestmark = pytest.mark.usefixtures("english")


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def page(qtbot, db):
    """The Budget page of a city with three sites and no edition yet."""
    settings = SettingsService(db)
    settings.ensure_device()
    for name, kind in (
        ("Centre social Europe", SiteKind.SOCIAL_CENTRE),
        ("Espace Citoyens", SiteKind.CITIZEN_SPACE),
        ("Bus France Services", SiteKind.BUS),
    ):
        settings.add_site(name, kind)
    service = BudgetService(db)
    view = BudgetView(service, BudgetPrinting(db, service), admin=BudgetAdminService(db))
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def real_png(path: Path, colour: str = "#2a9d8f") -> Path:
    """A photo-like PNG written by Qt, as a camera or an editor would."""
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def keys(qtbot, widget, text: str) -> None:
    """Type `text` as a keyboard would. (QTest types ASCII only: an accented letter or a
    dash is inserted as a French keyboard's dead keys would leave it.)"""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        elif hasattr(widget, "insertPlainText"):
            widget.insertPlainText(char)
        else:
            widget.insert(char)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    keys(qtbot, widget, text)


def create_edition(qtbot, page: BudgetView) -> str:
    qtbot.mouseClick(page.new_edition_button, Qt.MouseButton.LeftButton)
    dialog = page.edition_dialog
    qtbot.waitExposed(dialog)
    assert dialog.title_edit.text()  # a title is proposed, with the coming year
    type_into(qtbot, dialog.title_edit, "Budget des enfants 2027")
    type_into(qtbot, dialog.year_edit, "2027")
    type_into(qtbot, dialog.budget_edit, "10 000")
    first_site = dialog.sites_list.item(0)
    first_site.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None, dialog.errors.form_label.text()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    return dialog.saved.id


def test_a_coordinator_creates_an_edition_then_adds_a_project_with_a_picture(
    qtbot, db, page, tmp_path
):
    assert page.edition_combo.count() == 0
    edition_id = create_edition(qtbot, page)
    assert page.edition_id == edition_id
    assert "Budget des enfants 2027" in page.edition_combo.currentText()
    assert page.tabs.currentWidget() is page.projects_tab
    assert count(db, EditionSite) == 1
    tab = page.projects_tab
    assert tab.empty_label.isVisible()

    # Ctrl+N, then the form, filled in with the keyboard.
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert isinstance(dialog, ProjectDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.title_edit.hasFocus)
    keys(qtbot, dialog.title_edit, "Une aire de jeux inclusive")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    assert dialog.easy_read_edit.hasFocus()
    keys(qtbot, dialog.easy_read_edit, "Nous voulons une aire de jeux. Tout le monde joue.")
    type_into(qtbot, dialog.cost_edit, "4 500")
    type_into(qtbot, dialog.proposer_edit, "Centre social Europe – groupe des 9-11 ans")
    assert dialog.set_picture_file(real_png(tmp_path / "aire.png"))
    assert dialog.shows_picture and dialog.remove_picture_button.isEnabled()
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("on_ballot"))
    dialog.grab().save(str(tmp_path / "project-dialog.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    [row] = tab.model.rows
    assert (row.title, row.cost_cents, row.status) == (
        "Une aire de jeux inclusive",
        450_000,
        ProjectStatus.ON_BALLOT,
    )
    assert row.ballot_order == 1
    model = tab.model
    assert model.index(0, model.COL_COST).data() == "€4,500"  # written out, not computed
    assert model.index(0, model.COL_TITLE).data() == "Une aire de jeux inclusive"
    assert not model.index(0, model.COL_PICTURE).data(Qt.ItemDataRole.DecorationRole).isNull()
    png = (tmp_path / "aire.png").read_bytes()
    assert BudgetService(db).picture(row.picture_hash) == png
    assert not tab.empty_label.isVisible()
    page.grab().save(str(tmp_path / "projects-tab.png"))

    # Enter opens it again; the coordinator edits the title and gives it a drawing.
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    edit = tab.dialog
    assert isinstance(edit, ProjectDialog) and edit is not dialog
    qtbot.waitExposed(edit)
    assert edit.title_edit.text() == "Une aire de jeux inclusive" and edit.shows_picture
    assert parse_money(edit.cost_edit.text()) == 450_000
    type_into(qtbot, edit.title_edit, "Une aire de jeux pour tous")
    drawing = tmp_path / "aire.svg"
    drawing.write_bytes(svg_bytes())
    assert edit.set_picture_file(drawing)
    qtbot.keyClick(edit.title_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not edit.isVisible())
    [row] = tab.model.rows
    assert row.title == "Une aire de jeux pour tous"
    assert BudgetService(db).picture(row.picture_hash) == svg_bytes()
    # The paper entry of the same page knows the project too.
    assert list(page.paper.boxes) == [row.id]


def test_refusals_show_under_the_fields_and_nothing_is_saved(qtbot, db, page, tmp_path):
    create_edition(qtbot, page)
    tab = page.projects_tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.title_edit.hasFocus)

    # Not a picture: said at once, nothing kept.
    fake = tmp_path / "dessin.png"
    fake.write_text("Ceci n'est pas une image")
    assert not dialog.set_picture_file(fake)
    assert "choose a PNG, JPEG or SVG file" in dialog.error_text("picture")
    assert dialog.picture_data is None and not dialog.shows_picture

    keys(qtbot, dialog.proposer_edit, "Emma Lefebvre")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("not_eligible"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("title") == "This field is required"
    assert dialog.error_text("cost_cents") == "Enter an amount above 0 €"
    assert "full name" in dialog.error_text("proposer_group")
    assert "not eligible" in dialog.error_text("status_reason")
    qtbot.waitUntil(dialog.title_edit.hasFocus)  # on the first field to correct
    dialog.grab().save(str(tmp_path / "project-errors.png"))
    assert count(db, Project) == 0

    # Corrected, it saves; the errors are gone.
    keys(qtbot, dialog.title_edit, "Une piscine à vagues")
    type_into(qtbot, dialog.cost_edit, "90 000")
    type_into(qtbot, dialog.proposer_edit, "Léa, Tom et Inès")
    type_into(qtbot, dialog.reason_edit, "Trop cher pour le budget")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count(db, Project) == 1
    status = tab.model.index(0, tab.model.COL_STATUS).data()
    assert "Trop cher pour le budget" in status


def test_the_edition_form_refuses_dates_out_of_order(qtbot, db, page):
    qtbot.mouseClick(page.new_edition_button, Qt.MouseButton.LeftButton)
    dialog = page.edition_dialog
    qtbot.waitExposed(dialog)
    vote_from = dialog.dates["vote_from"].date()
    dialog.dates["vote_until"].set_date(vote_from.replace(day=1, month=vote_from.month - 1))
    type_into(qtbot, dialog.budget_edit, "0")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text("vote_until") == "This date comes before the date of an earlier step"
    assert dialog.error_text("budget_cents") == "Enter an amount above 0 €"
    assert count(db, BudgetEdition) == 0
    dialog.reject()


def test_editing_an_edition_from_the_projects_tab(qtbot, db, page):
    edition_id = create_edition(qtbot, page)
    tab = page.projects_tab
    qtbot.mouseClick(tab.edit_edition_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, EditionDialog)
    qtbot.waitExposed(dialog)
    assert dialog.title_edit.text() == "Budget des enfants 2027"
    assert dialog.budget_edit.cents() == 1_000_000
    dialog.phase_combo.setCurrentIndex(dialog.phase_combo.findData("proposals"))
    dialog.sites_list.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.edition_id == edition_id
    assert count(db, EditionSite) == 2
    assert "2" in tab.summary.text()


def test_reorder_and_remove_projects_with_the_keyboard(qtbot, db, page, monkeypatch, qtmodeltester):
    edition_id = create_edition(qtbot, page)
    admin = BudgetAdminService(db)
    from citizenspace.domain.budget.editions import ProjectDraft

    for title in ("A", "B", "C"):
        admin.create_project(
            edition_id, ProjectDraft(title=title, cost_cents=100, status=ProjectStatus.ON_BALLOT)
        )
    tab = page.projects_tab
    tab.reload()
    tab.table.setFocus()
    tab.select(tab.model.rows[2].id)
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [r.title for r in tab.model.rows] == ["A", "C", "B"]
    qtmodeltester.check(tab.model)
    assert tab.selected_id() == tab.model.rows[1].id

    asked = []

    def answer(*args, **_kw):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert asked and "C" in asked[0]
    assert [r.title for r in tab.model.rows] == ["A", "B"]
    assert [r.ballot_order for r in tab.model.rows] == [1, 2]


def test_once_children_voted_a_project_on_the_ballot_is_not_removed(qtbot, db, monkeypatch):
    vote = open_vote(db)
    service = BudgetService(db, today=lambda: TODAY)
    service.cast_with_code(vote.edition_id, vote.codes[0], ["p1"])
    view = BudgetView(service, admin=BudgetAdminService(db, today=lambda: TODAY))
    qtbot.addWidget(view)
    view.show()
    tab = view.projects_tab
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: pytest.fail("must not ask: it cannot be done")
    )
    tab.select("p2")
    tab.remove_selected()
    assert "already voted" in tab.message.text()
    assert count(db, Project) == 3
    assert not tab.up_button.isEnabled()


def test_the_kiosk_shows_the_real_picture_or_a_coloured_tile(qtbot, db):
    vote = open_vote(db)
    admin = BudgetAdminService(db, today=lambda: TODAY)
    p1 = admin.project("p1")
    admin.update_project("p1", p1.draft, picture=svg_bytes("#ffb703"))
    service = BudgetService(db, today=lambda: TODAY)
    window = KioskWindow(service, service.open_edition())
    qtbot.addWidget(window, before_close_func=KioskWindow.shut_down)  # close requests are refused
    window.resize(1280, 800)
    window.show()

    def centre(card) -> QColor:
        image = card.picture.pixmap().toImage()
        return image.pixelColor(image.width() // 2, image.height() // 2)

    assert centre(window.cards["p1"]).name() == "#ffb703"  # the drawing
    stand_in = service.ballot(vote.edition_id).projects[1]
    expected = QColor(CARD_COLOURS[sum(map(ord, stand_in.id)) % len(CARD_COLOURS)])
    corner = window.cards["p2"].picture.pixmap().toImage().pixelColor(30, 20)
    assert corner == expected  # no picture yet: the coloured tile


def test_a_picture_that_cannot_be_drawn_falls_back_to_the_tile(qapp):
    project = BallotProject("p9", "Un jardin", "", "", 100, None, "")
    tile = picture_for(project, QSize(60, 60), b"\x89PNG\r\n\x1a\n broken")
    assert not tile.isNull() and tile.size() == QSize(60, 60)
    assert QApplication.instance() is qapp


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("4 500", 450_000), ("4500,5", 450_050), ("1\u202f800,50\u00a0€", 180_050), ("12", 1200)],
)
def test_amounts_are_read_as_people_type_them(qapp, typed, cents):
    from PySide6.QtCore import QLocale

    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert parse_money(typed) == cents
        assert parse_money("quatre") is None and parse_money("") is None
    finally:
        QLocale.setDefault(old)

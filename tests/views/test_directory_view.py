"""The "Qui fait quoi ?" page as the receptionist and the coordinator use it: type and see,
add a service with the keyboard, import a file and be told plainly what went wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from citizenspace import i18n
from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import EntryDraft
from citizenspace.store.models import DirectoryEntry
from citizenspace.views.common.context import Services
from citizenspace.views.common.importing.import_dialog import ImportDialog
from citizenspace.views.reception.directory.directory_view import DirectoryView

ENTRIES = [
    EntryDraft(
        "Service État civil",
        Competence.CITY,
        "Ville",
        "naissance mariage décès pacs",
        "03 23 06 93 93",
        "etat-civil@ville.example",
        "Hôtel de ville",
        "Du lundi au vendredi, 8 h 30 – 17 h 30",
    ),
    EntryDraft("Cartes d'identité et passeports", Competence.CITY, "Ville", "cni passeport"),
    EntryDraft(
        "Collecte des déchets",
        Competence.URBAN_COMMUNITY,
        "Agglomération du Saint-Quentinois",
        "poubelle bac encombrants",
    ),
    EntryDraft("Sous-préfecture", Competence.STATE, "État", "carte grise titre de séjour"),
]


@pytest.fixture
def chosen() -> list[Path]:
    """The file the user picks in the file dialog (Qt's own dialog is not driven)."""
    return []


@pytest.fixture
def services(db) -> Services:
    s = Services.for_database(db)
    for draft in ENTRIES:
        s.directory.create(draft)
    return s


def _language(qapp, lang: str):
    """The application in `lang` (plurals included), back to no translation afterwards."""
    locale = QLocale()
    i18n.install(qapp, lang)
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp):
    yield from _language(qapp, "en")


@pytest.fixture
def french(qapp):
    yield from _language(qapp, "fr")


@pytest.fixture
def view(qtbot, services, chosen, english) -> DirectoryView:
    v = DirectoryView(
        services,
        choose_import=lambda _parent: chosen.pop(0) if chosen else None,
        choose_export=lambda _parent: chosen.pop(0) if chosen else None,
    )
    qtbot.addWidget(v)
    v.resize(1100, 650)
    v.show()
    qtbot.waitExposed(v)
    return v


def count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(DirectoryEntry)) or 0


def test_the_search_box_has_the_focus_and_narrows_the_list_as_you_type(qtbot, view) -> None:
    qtbot.waitUntil(view.search_edit.hasFocus)
    assert len(view.listed_names()) == 4
    qtbot.keyClicks(view.search_edit, "pass")
    assert view.listed_names() == ["Cartes d'identité et passeports"]  # no wait, no Enter
    assert view.card.title.text() == "Cartes d'identité et passeports"
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "etat")
    assert view.listed_names() == ["Service État civil", "Sous-préfecture"]
    qtbot.keyClicks(view.search_edit, " civ")
    assert view.listed_names() == ["Service État civil"]
    card = view.card
    assert card.badge.text() == "City"
    assert card.values["phone"].text() == "03 23 06 93 93"
    assert "etat-civil@ville.example" in card.values["email"].text()
    assert card.values["hours"].text() == "Du lundi au vendredi, 8 h 30 – 17 h 30"
    qtbot.keyClicks(view.search_edit, "x")
    assert view.listed_names() == []
    assert "civx" in view.empty_label.text()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert len(view.listed_names()) == 4


def test_down_goes_from_the_search_to_the_results(qtbot, view) -> None:
    qtbot.keyClicks(view.search_edit, "agglo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.selected_row().name == "Collecte des déchets"
    assert view.card.badge.text() == "Urban Community"


def test_a_service_is_added_with_the_keyboard_alone(qtbot, view, db) -> None:
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.entry_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    qtbot.keyClicks(dialog.name_edit, "Piscine municipale")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    assert dialog.competence_combo.hasFocus()
    qtbot.keyClicks(dialog.competence_combo, "C")  # type-ahead: "City"
    qtbot.keyClick(dialog.competence_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.body_edit, "Ville")
    dialog.email_edit.setFocus()
    qtbot.keyClicks(dialog.email_edit, "piscine@")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    assert view.entry_dialog is dialog  # refused: the e-mail is not complete
    assert "e-mail" in dialog.error_text("email")
    assert count(db) == 4
    qtbot.keyClicks(dialog.email_edit, "ville.example")
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.entry_dialog is None)
    assert count(db) == 5
    assert view.selected_row().name == "Piscine municipale"
    assert view.card.badge.text() == "City"


def test_a_service_a_visit_names_is_deactivated_instead_of_deleted(qtbot, view, db) -> None:
    from datetime import datetime

    from citizenspace.domain import catalog as c
    from citizenspace.store.models import Visit

    qtbot.keyClicks(view.search_edit, "sous pref")
    entry_id = view.selected_entry_id()
    with db.write() as s:
        s.add(
            Visit(
                channel=c.Channel.PHONE,
                outcome=c.VisitOutcome.REDIRECTED,
                arrived_at=datetime(2026, 3, 2, 10),
                directory_entry_id=entry_id,
            )
        )
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert "Sous-préfecture" in box.text() and "1 visit" in box.informativeText()
    box.defaultButton().click()  # Deactivate
    qtbot.waitUntil(lambda: view.listed_names() == [])
    assert count(db) == 1 + 3
    view.inactive_check.setChecked(True)
    assert view.listed_names() == ["Sous-préfecture"]
    assert view.card.inactive_badge.isVisibleTo(view.card)
    assert view.deactivate_button.text() == "Reactivate"


def open_import(qtbot, view: DirectoryView, chosen: list[Path], path: Path) -> ImportDialog:
    chosen.append(path)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_dialog is not None and view.import_dialog.isVisible())
    return view.import_dialog


def check(qtbot, dialog: ImportDialog) -> None:
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None or dialog.missing_label.isVisible())


def test_importing_a_good_file_goes_through_its_columns_then_imports(
    qtbot, view, chosen, tmp_path, db
) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes(
        "Service;Compétence;Organisme;Téléphone\r\n"
        "Service État civil;Ville;Ville;03 23 06 93 93\r\n"
        "Sous-préfecture;Préfecture;État;03 23 00 00 01\r\n"
        "Point-justice;État;État;\r\n".encode("cp1252")
    )
    dialog = open_import(qtbot, view, chosen, path)
    assert dialog.mapping == ["name", "competence", "body_name", "phone"]
    check(qtbot, dialog)
    assert dialog.summary.headline == "Importing this file: 1 new, 1 updated, 1 unchanged."
    assert "Updated: Sous-préfecture" in dialog.notes_label.text()
    assert count(db) == 4  # nothing written before "Import"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message_box is not None)
    assert view.message_box.text() == "annuaire.csv: 1 new, 1 updated, 1 unchanged."
    assert count(db) == 5
    assert "Point-justice" in view.listed_names()


def test_an_offices_competences_column_says_what_each_service_handles(
    qtbot, view, chosen, tmp_path, db, services
) -> None:
    """A city office's own list: "Compétences" lists what each service handles, the body
    says who is competent, one body says nothing of it (the coordinator chooses for it)."""
    path = tmp_path / "services-mairie.csv"
    path.write_bytes(
        "Service;Compétences;Organisme;Tél.\r\n"
        "Piscine municipale;natation, bébés nageurs, aquagym;Ville de Saint-Quentin;03 23 01 01 01\r\n"
        "Transports urbains;bus, abonnements, transport scolaire;Agglomération du Saint-Quentinois;\r\n"
        "Allocations familiales;prestations familiales, APL;CAF de l'Aisne;\r\n".encode("cp1252")
    )
    dialog = open_import(qtbot, view, chosen, path)
    assert dialog.field_of("Compétences") == "keywords"  # not the level of government
    assert dialog.mapping == ["name", "keywords", "body_name", "phone"]
    check(qtbot, dialog)
    assert dialog.problems_model.stringList() == [
        "Line 4: nothing says who is competent (the body “CAF de l'Aisne” does not say it): "
        "add a “Compétence” column (Ville, Agglo…), or choose on the columns step the level "
        "of the lines that do not say it."
    ]
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    level = dialog.steps.level
    level.set_level(Competence.OTHER)
    check(qtbot, dialog)
    assert dialog.summary.bad == 0 and dialog.summary.good == 3
    notes = dialog.notes_label.text()
    assert "Who is competent was read from the body's name on 2 lines." in notes
    assert "1 line gets the level chosen for the whole file: Other body." in notes
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message_box is not None)
    found = {r.name: r for r in services.directory.search("")}
    assert found["Piscine municipale"].competence is Competence.CITY
    assert found["Transports urbains"].competence is Competence.URBAN_COMMUNITY
    assert found["Allocations familiales"].competence is Competence.OTHER
    pool = services.directory.get(found["Piscine municipale"].id).draft
    assert pool.keywords == "natation, bébés nageurs, aquagym"
    assert [r.name for r in services.directory.search("aquagym")] == ["Piscine municipale"]


def test_a_file_that_cannot_be_read_gets_a_plain_message_naming_the_line(
    qtbot, view, chosen, tmp_path, db
) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes("Service;Compétence\r\n".encode("utf-16-le"))
    chosen.append(path)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message_box is not None)
    box = view.message_box
    assert "annuaire.csv" in box.text() and "nothing was changed" in box.text()
    assert box.informativeText().startswith("• Line 1: the text is not in a known encoding")
    assert view.import_dialog is None
    assert count(db) == 4
    assert view.import_button.isEnabled()


def test_a_file_without_the_columns_needed_cannot_be_checked(qtbot, view, chosen, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes("Nom;Téléphone\r\nÉtat civil;03\r\n".encode())
    dialog = open_import(qtbot, view, chosen, path)
    assert not dialog.next_button.isEnabled()
    assert dialog.missing_label.text() == (
        "Choose the column that holds: Who is competent (City, Agglo…)."
    )
    dialog.steps.level.set_level(Competence.CITY)
    assert dialog.next_button.isEnabled()


def test_bad_lines_are_named_and_import_nothing_unless_left_out(
    qtbot, view, chosen, tmp_path, db
) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes(
        (
            "Service;Compétence\r\n"
            + "".join(f"S{i};Ville\r\n" for i in range(2, 7))
            + "Office de tourisme;Syndicat d'initiative\r\n"
        ).encode("cp1252")
    )
    dialog = open_import(qtbot, view, chosen, path)
    check(qtbot, dialog)
    assert dialog.problems_model.stringList() == [
        "Line 7, column “Compétence”: Competence “Syndicat d'initiative”: Unknown competence: "
        "write Ville, Agglomération, Département, Région, État or Autre"
    ]
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_dialog is None)
    assert count(db) == 4
    dialog = open_import(qtbot, view, chosen, path)
    check(qtbot, dialog)
    qtbot.mouseClick(dialog.only_good_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message_box is not None)
    assert count(db) == 9
    assert "1 refused line was left out" in view.message_box.informativeText()


def test_every_word_of_the_import_is_french_in_french(qtbot, view, chosen, tmp_path, french):
    """The tester's file in the French interface: the problems, the titles and file types
    of the file dialogs, all in French."""
    path = tmp_path / "annuaire.csv"
    path.write_bytes(
        "Service;Compétence\r\nAccueil;Ville\r\nPiscine;Piscine municipale\r\n".encode()
    )
    dialog = open_import(qtbot, view, chosen, path)
    check(qtbot, dialog)
    assert dialog.problems_model.stringList() == [
        "Ligne 3, colonne «\u00a0Compétence\u00a0»\u00a0: Compétence «\u00a0Piscine "
        "municipale\u00a0»\u00a0: Compétence inconnue\u00a0: écrivez Ville, Agglomération, "
        "Département, Région, État ou Autre"
    ]
    for source in (
        "Import a directory",
        "Export the directory",
        "Spreadsheets (*.csv *.txt *.xlsx);;All files (*)",
        "CSV for Excel, separator: semicolon (*.csv)",
        "Excel workbook (*.xlsx)",
        "Line %1: %2",
        "there is nothing to import from here on.",
    ):
        assert QCoreApplication.translate("DirectoryView", source) != source, source


def test_export_writes_the_file_chosen(qtbot, view, chosen, tmp_path) -> None:
    path = tmp_path / "qui-fait-quoi.xlsx"
    chosen.append(path)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert path.exists()
    assert "4 services saved" in view.message_box.text()


def test_the_results_model_follows_qt_rules(qtmodeltester, view) -> None:
    qtmodeltester.check(view.model)
    view.inactive_check.setChecked(True)
    qtmodeltester.check(view.model)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_import_dialog_is_whole_on_a_small_laptop(qtbot, qapp, services, tmp_path, lang):
    """The dialog's size on a 1280×720 screen, with the level chosen for the whole file
    under the columns, under the real theme."""
    from PySide6.QtGui import QFont

    from citizenspace.views.reception.directory.directory_import import (
        directory_import_dialog,
    )
    from citizenspace.views.shell.app import BASE_POINT_SIZE, load_theme
    from tests.views import layout_audit

    sheet, font = qapp.styleSheet(), QFont(qapp.font())
    big = QFont(font)
    big.setPointSizeF(BASE_POINT_SIZE)
    qapp.setFont(big)
    qapp.setStyleSheet(load_theme())
    language = _language(qapp, lang)
    next(language)
    try:
        path = tmp_path / "mairie.csv"
        path.write_text(
            "Service;Compétences;Organisme;Tél.;Horaires\r\n"
            "Piscine municipale;natation, aquagym;Ville de Saint-Quentin;03 23 01 01 01;\r\n"
            "Allocations familiales;prestations familiales, APL;CAF de l'Aisne;;\r\n",
            "cp1252",
        )
        files = services.directory_io
        dialog = directory_import_dialog(None, files, files.open_file(path))
        qtbot.addWidget(dialog)
        dialog.resize(960, 640)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert layout_audit.problems(dialog) == []
        check(qtbot, dialog)
        assert layout_audit.problems(dialog) == []
    finally:
        next(language, None)
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)


@pytest.mark.parametrize(("width", "whole_body"), [(980, False), (1640, True)])
def test_the_service_name_reads_whole_on_a_laptop(qtbot, services, width, whole_body) -> None:
    """The page's room on a 1280×720 screen (980 px) and on a 1920×1080 one: the service's
    name whole, who is competent beside it (its body's name whole when there is room), the
    phone, nothing cut to nothing (the tester saw "Aff…" at 1366×768)."""
    from citizenspace.views.reception.directory.directory_model import (
        COL_COMPETENCE,
        COL_NAME,
    )
    from tests.views import layout_audit

    long_one = "Affaires scolaires et périscolaire"
    services.directory.create(
        EntryDraft(long_one, Competence.URBAN_COMMUNITY, "Agglomération du Saint-Quentinois")
    )
    v = DirectoryView(services)
    qtbot.addWidget(v)
    v.resize(width, 560)
    v.show()
    qtbot.waitExposed(v)
    qtbot.wait(20)
    assert layout_audit.problems(v) == []
    fm = v.table.fontMetrics()
    assert v.table.columnWidth(COL_NAME) >= fm.horizontalAdvance(long_one) + 10
    body = fm.horizontalAdvance("Agglomération du Saint-Quentinois") + 44
    assert (v.table.columnWidth(COL_COMPETENCE) >= body) is whole_body

"""The "Qui fait quoi ?" page as the receptionist and the coordinator use it: type and see,
add a service with the keyboard, import a file and be told plainly what went wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import EntryDraft
from citizenspace.store.models import DirectoryEntry
from citizenspace.views.common.context import Services
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


@pytest.fixture
def view(qtbot, services, chosen) -> DirectoryView:
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


def test_importing_a_good_file_previews_then_imports(qtbot, view, chosen, tmp_path, db) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes(
        "Service;Compétence;Organisme;Téléphone\r\n"
        "Service État civil;Ville;Ville;03 23 06 93 93\r\n"
        "Sous-préfecture;Préfecture;État;03 23 00 00 01\r\n"
        "Point-justice;État;État;\r\n".encode("cp1252")
    )
    chosen.append(path)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.confirm_box is not None)
    assert "1 new, 1 updated, 1 unchanged" in view.confirm_box.text()
    assert count(db) == 4  # nothing written before the confirmation
    view.confirm_box.defaultButton().click()
    qtbot.waitUntil(lambda: view.message_box is not None)
    assert "1 new, 1 updated, 1 unchanged" in view.message_box.text()
    assert count(db) == 5
    assert "Point-justice" in view.listed_names()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("Service;Compétence\r\n".encode("utf-16-le"), "Line 1: "),
        ("Nom;Téléphone\r\nÉtat civil;03\r\n".encode(), "Line 1: the column(s) “Competence”"),
        (
            "Service;Compétence\r\n"
            + "".join(f"S{i};Ville\r\n" for i in range(2, 7))
            + "Office de tourisme;Syndicat d'initiative\r\n",
            "Line 7: Competence “Syndicat d'initiative”",
        ),
    ],
)
def test_a_bad_file_gets_a_plain_message_naming_the_line(
    qtbot, view, chosen, tmp_path, db, content, expected
) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("cp1252"))
    chosen.append(path)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.message_box is not None)
    box = view.message_box
    assert "annuaire.csv" in box.text() and "nothing was changed" in box.text()
    assert box.informativeText().startswith("• " + expected), box.informativeText()
    assert view.confirm_box is None
    assert count(db) == 4
    assert view.import_button.isEnabled()


def test_export_writes_the_file_chosen(qtbot, view, chosen, tmp_path) -> None:
    path = tmp_path / "qui-fait-quoi.xlsx"
    chosen.append(path)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert path.exists()
    assert "4 service(s)" in view.message_box.text()


def test_the_results_model_follows_qt_rules(qtmodeltester, view) -> None:
    qtmodeltester.check(view.model)
    view.inactive_check.setChecked(True)
    qtmodeltester.check(view.model)

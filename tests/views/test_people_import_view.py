"""Importing a candidates' spreadsheet from the People screen, as a coordinator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from citizenspace.services.people.people import PeopleService
from citizenspace.services.people.people_import import PeopleImportService
from citizenspace.views.people.people_model import COL_LAST_NAME
from citizenspace.views.people.people_view import PeopleView


@pytest.fixture
def chosen() -> list[Path]:
    """The file the user picks in the file dialog (Qt's dialog itself is not driven)."""
    return []


@pytest.fixture
def view(qtbot, db, chosen) -> PeopleView:
    v = PeopleView(
        PeopleService(db),
        importer=PeopleImportService(db),
        choose_file=lambda _parent: chosen[0] if chosen else None,
    )
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def listed(view: PeopleView) -> list[str]:
    p = view.proxy
    return [p.index(r, COL_LAST_NAME).data() for r in range(p.rowCount())]


def test_a_windows_excel_file_is_imported_and_listed(qtbot, view, chosen, tmp_path):
    csv = tmp_path / "candidats.csv"
    csv.write_bytes(
        "Nom;Prénom;Année de naissance\nPoletti;Ketty;1956\nGrimbert;Élisabeth;1949\n".encode(
            "cp1252"
        )
    )
    chosen.append(csv)
    assert view.import_button.isVisible()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_task is None and view.message_box is not None)
    assert sorted(listed(view)) == ["Grimbert", "Poletti"]
    assert "candidats.csv" in view.message_box.text()
    assert view.import_button.isEnabled()


def test_a_file_with_a_bad_line_imports_nothing_and_names_the_line(qtbot, view, chosen, tmp_path):
    csv = tmp_path / "liste.csv"
    csv.write_text("Nom;Prénom\nMasset;Jean-Claude\nMattei;\n", encoding="utf-8")
    chosen.append(csv)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_task is None and view.message_box is not None)
    assert listed(view) == []
    details = view.message_box.informativeText()
    assert "3" in details and details.count("\n") == 0  # one problem, on line 3
    assert "liste.csv" in view.message_box.text()


def test_cancelling_the_file_dialog_changes_nothing(qtbot, view):
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert view.import_task is None and view.message_box is None
    assert listed(view) == []


def test_without_an_importer_there_is_no_import_button(qtbot, db):
    v = PeopleView(PeopleService(db))
    qtbot.addWidget(v)
    assert not v.import_button.isVisibleTo(v)

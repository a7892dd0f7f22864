"""Importing a city office's list from the People screen, as a coordinator would: the file as
the office sent it (wrong titles, Windows-1252 or Excel, birth dates, a consent column or
none, a few bad lines), through the columns step and the check step, and exactly the good
rows in the register afterwards.

The acceptance test of the import: "the people import takes the messy French files of a
city office (wrong headers, XLSX, birth dates, no consent column) through the mapping step
and imports every good row exactly"."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from sqlalchemy import select

from citizenspace import i18n
from citizenspace.services.people.people import PeopleService
from citizenspace.services.people.people_import import PeopleImportService
from citizenspace.store.models import District, Person
from citizenspace.views.common.importing.import_dialog import ImportDialog
from citizenspace.views.people.people_model import COL_LAST_NAME
from citizenspace.views.people.people_view import PeopleView

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
#: A town hall's list as it comes: ";" and Windows-1252, "NOM", "Tél.", "Mail", birth dates,
#: a "Civilité" nobody needs, a "Suivi" column to keep with the notes, five bad lines.
MESSY_CSV = DATA / "mairie-inscrits.csv"
#: Another office's list without any column saying who agreed to be contacted.
NO_CONSENT_CSV = DATA / "mairie-sans-consentement.csv"
TODAY = date(2026, 3, 2)


@pytest.fixture
def chosen() -> list[Path]:
    """The file the user picks in the file dialog (Qt's dialog itself is not driven)."""
    return []


@pytest.fixture
def districts(db) -> dict[str, str]:
    with db.write() as s:
        for name in ("Remicourt", "Faubourg d'Isle", "Centre-ville"):
            s.add(District(name=name))
    with db.read() as s:
        return {i: n for i, n in s.execute(select(District.id, District.name))}


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
def view(qtbot, db, chosen, districts, english) -> PeopleView:
    v = PeopleView(
        PeopleService(db),
        importer=PeopleImportService(db, today=lambda: TODAY),
        choose_file=lambda _parent: chosen.pop(0) if chosen else None,
    )
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    qtbot.waitExposed(v)
    return v


def listed(view: PeopleView) -> list[str]:
    p = view.proxy
    return [p.index(r, COL_LAST_NAME).data() for r in range(p.rowCount())]


def register(db, districts) -> list[tuple]:
    """What the database holds, person by person, sorted by name."""
    with db.read() as s:
        people = s.scalars(select(Person).order_by(Person.last_name)).all()
        return [
            (
                p.last_name,
                p.first_name,
                p.birth_year,
                p.phone,
                p.email,
                districts.get(p.district_id),
                p.notes,
                p.consent_contact,
                p.consent_contact_on,
            )
            for p in people
        ]


def open_import(qtbot, view: PeopleView, chosen: list[Path], path: Path) -> ImportDialog:
    chosen.append(path)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_dialog is not None and view.import_dialog.isVisible())
    return view.import_dialog


def check(qtbot, dialog: ImportDialog) -> None:
    assert dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None)


def import_now(qtbot, view: PeopleView, dialog: ImportDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_dialog is None and view.message_box is not None)


#: The good rows of the messy file, exactly as the register must hold them.
GOOD_ROWS = [
    (
        "Grimbert",
        "Élisabeth",
        1949,
        "06 12 34 56 78",  # Excel had dropped the 0
        "",
        "Faubourg d'Isle",  # "faubourg d'isle" in the file
        "À rappeler\nen septembre",  # a cell on two lines (Alt+Enter)
        True,
        TODAY,
    ),
    (
        "Masset",
        "Jean-Claude",
        None,
        "",  # "non" to contact: the phone and e-mail are not kept
        "",
        "Centre-ville",
        "Ne souhaite pas être rappelé\nCourrier envoyé",  # Observations, then Suivi
        False,
        None,
    ),
    (
        "POLETTI",
        "Ketty",
        1956,  # 14/03/1956: only the year
        "06 11 22 33 44",
        "k.poletti@example.fr",
        "Remicourt",
        "Présidente du comité des fêtes\nAppel le 3/10",
        True,
        TODAY,
    ),
    (
        "Théillaumas",
        "Lauranne",
        2001,
        "07 12 34 56 78",
        "lauranne@example.fr",
        "Remicourt",
        "",
        True,
        TODAY,
    ),
]


def map_and_check_the_messy_file(qtbot, dialog: ImportDialog, bad_lines: list[int]) -> None:
    """The columns step as the coordinator goes through it: the suggestion checked, "Suivi"
    sent to the notes, "Civilité" knowingly left out; then the check step."""
    assert [dialog.field_of(t) for t in ("NOM", "Prénom", "Date de naissance")] == [
        "last_name",
        "first_name",
        "birth_year",
    ]
    assert [dialog.field_of(t) for t in ("Tél.", "Mail", "Quartier", "Observations")] == [
        "phone",
        "email",
        "district",
        "notes",
    ]
    assert dialog.field_of("Consentement") == "consent_contact"
    assert dialog.field_of("Civilité") == dialog.field_of("Suivi") == ""
    status = dialog.columns_status.text()
    assert "“Civilité”" in status and "“Suivi”" in status  # seen before importing
    dialog.set_field("Suivi", "notes")  # two columns into the notes, joined
    assert dialog.field_of("Observations") == "notes"
    assert "Suivi" not in dialog.columns_status.text()
    assert "“Civilité”" in dialog.columns_status.text()
    check(qtbot, dialog)
    summary = dialog.summary
    assert summary.headline == "4 people will be added to the register."
    assert (summary.good, summary.bad) == (4, 5)
    notes = dialog.notes_label.text()
    assert "“Civilité”" in notes
    assert "Birth dates: only the year is kept (3 lines)." in notes
    assert "1 person did not agree to be contacted" in notes
    problems = dialog.problems_model.stringList()
    assert [int(p.split(",")[0].split(":")[0].split()[1]) for p in problems] == bad_lines
    assert dialog.problems_title.text() == "5 lines cannot be imported:"
    # All or nothing until the coordinator chooses to leave the bad lines out.
    assert not dialog.import_button.isEnabled()
    assert dialog.only_good_check.isVisible()
    qtbot.mouseClick(dialog.only_good_check, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()


def test_a_city_offices_csv_goes_through_the_columns_and_every_good_row_is_imported(
    qtbot, view, chosen, db, districts
):
    dialog = open_import(qtbot, view, chosen, MESSY_CSV)
    assert "mairie-inscrits.csv" in dialog.windowTitle()
    map_and_check_the_messy_file(qtbot, dialog, bad_lines=[5, 6, 7, 8, 10])
    problems = dialog.problems_model.stringList()
    assert problems == [
        "Line 5, column “Date de naissance”: “31/02/1980” is neither a year nor a date of "
        "birth: write 1956, 14/03/1956 or 1956-03-14.",
        'Line 6, column “Quartier”: the district "Atlantide" does not exist.',
        "Line 7, column “Mail”: e-mail “m.carpentier@example” is not a valid e-mail address.",
        'Line 8, column “Consentement”: consent to be contacted must be yes or no, not "peut-être".',
        "Line 10: last name is required.",
    ]
    assert register(db, districts) == []  # nothing written before "Import"
    import_now(qtbot, view, dialog)
    assert register(db, districts) == GOOD_ROWS
    assert sorted(listed(view)) == ["Grimbert", "Masset", "POLETTI", "Théillaumas"]
    box = view.message_box
    assert box.text() == "4 people imported from mairie-inscrits.csv."
    assert "5 refused lines were left out" in box.informativeText()


def test_the_same_list_as_an_excel_workbook_gives_the_same_register(
    qtbot, view, chosen, db, districts, tmp_path
):
    """Dates typed as dates, a phone Excel turned into a number, a cell on two lines: the
    workbook's rows are numbered as Excel shows them."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "NOM",
            "Prénom",
            "Civilité",
            "Date de naissance",
            "Tél.",
            "Mail",
            "Quartier",
            "Observations",
            "Consentement",
            "Suivi",
        ]
    )
    rows = [
        ["POLETTI", "Ketty", "Mme", datetime(1956, 3, 14), "06 11 22 33 44",
         "k.poletti@example.fr", "Remicourt", "Présidente du comité des fêtes", "oui",
         "Appel le 3/10"],
        ["Grimbert", "Élisabeth", "Mme", datetime(1949, 7, 2), 612345678, None,
         "faubourg d'isle", "À rappeler\nen septembre", "oui", None],
        ["Bayard", "Nicolas", "M.", "31/02/1980", None, None, "Remicourt", None, "non", None],
        ["Berent", "Caroline", "Mme", 1980, None, None, "Atlantide", None, "non", None],
        ["Carpentier", "Margaux", "Mme", datetime(1990, 5, 12), None, "m.carpentier@example",
         "Centre-ville", None, "oui", None],
        ["Depaepe", "Léa", "Mme", 2008, None, None, None, None, "peut-être", None],
        ["Masset", "Jean-Claude", "M.", None, "03 23 06 93 93", "jc.masset@example.fr",
         "Centre-ville", "Ne souhaite pas être rappelé", "non", "Courrier envoyé"],
        [None, "Sans-Nom", None, None, None, None, None, None, None, None],
        ["Théillaumas", "Lauranne", "Mme", datetime(2001, 11, 5), "07.12.34.56.78",
         "lauranne@example.fr", "Remicourt", None, "OUI", None],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    path = tmp_path / "mairie-inscrits.xlsx"
    book.save(path)
    dialog = open_import(qtbot, view, chosen, path)
    map_and_check_the_messy_file(qtbot, dialog, bad_lines=[4, 5, 6, 7, 9])
    import_now(qtbot, view, dialog)
    assert register(db, districts) == GOOD_ROWS


def test_a_list_without_a_consent_column_is_imported_without_contact_details(
    qtbot, view, chosen, db, districts
):
    dialog = open_import(qtbot, view, chosen, NO_CONSENT_CSV)
    assert dialog.field_of("Nom de famille") == "last_name"
    assert dialog.field_of("Tél.") == "phone"
    assert dialog.columns_status.text() == "Every column of the file is imported."
    check(qtbot, dialog)
    assert dialog.summary.headline == "3 people will be added to the register."
    assert (
        "The file does not say whether these people agreed to be contacted: they are "
        "imported without that consent, and the e-mail addresses and phone numbers of 2 "
        "lines are not kept."
    ) in dialog.notes_label.text()
    assert not dialog.only_good_check.isVisible()  # no bad line: nothing to choose
    import_now(qtbot, view, dialog)
    assert register(db, districts) == [
        ("Lefèvre", "Gérard", 1948, "", "", "Remicourt", "", False, None),
        ("Nguyen", "Thu", 1987, "", "", "Centre-ville", "", False, None),
        ("Roux", "Amandine", None, "", "", None, "", False, None),
    ]


def test_the_columns_are_matched_as_last_time_for_the_same_titles(
    qtbot, view, chosen, db, districts
):
    dialog = open_import(qtbot, view, chosen, MESSY_CSV)
    dialog.set_field("Suivi", "notes")
    check(qtbot, dialog)
    qtbot.mouseClick(dialog.only_good_check, Qt.MouseButton.LeftButton)
    import_now(qtbot, view, dialog)
    again = open_import(qtbot, view, chosen, MESSY_CSV)
    assert again.field_of("Suivi") == "notes"
    assert again.field_of("Civilité") == ""
    assert "as you matched them for the last file" in again.columns_status.text()
    check(qtbot, again)
    assert again.summary.headline.startswith("Everyone in this file is already")
    assert not again.import_button.isEnabled()


def test_cancelling_at_the_check_step_writes_nothing(qtbot, view, chosen, db, districts):
    dialog = open_import(qtbot, view, chosen, NO_CONSENT_CSV)
    check(qtbot, dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_dialog is None)
    assert register(db, districts) == [] and view.message_box is None


def test_a_name_column_must_be_chosen_before_checking(qtbot, view, chosen, db, districts):
    dialog = open_import(qtbot, view, chosen, NO_CONSENT_CSV)
    dialog.set_field("Prénom", "")
    assert not dialog.next_button.isEnabled()
    assert dialog.missing_label.text() == "Choose the column that holds: First name."
    dialog.set_field("Prénom", "first_name")
    assert dialog.next_button.isEnabled() and not dialog.missing_label.isVisible()


def test_a_field_taken_by_a_second_column_leaves_the_first(qtbot, view, chosen, districts):
    dialog = open_import(qtbot, view, chosen, NO_CONSENT_CSV)
    dialog.set_field("Courriel", "phone")
    assert dialog.field_of("Tél.") == "" and dialog.field_of("Courriel") == "phone"
    assert "“Tél.”" in dialog.columns_status.text()


def test_a_file_that_cannot_be_read_says_so_and_opens_no_dialog(qtbot, view, chosen, tmp_path):
    path = tmp_path / "ancien.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    chosen.append(path)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.import_task is None and view.message_box is not None)
    assert view.import_dialog is None
    assert "old Excel workbook (.xls)" in view.message_box.informativeText()
    assert view.import_button.isEnabled()


def test_cancelling_the_file_dialog_changes_nothing(qtbot, view):
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert view.import_task is None and view.message_box is None
    assert listed(view) == []


def test_without_an_importer_there_is_no_import_button(qtbot, db):
    v = PeopleView(PeopleService(db))
    qtbot.addWidget(v)
    assert not v.import_button.isVisibleTo(v)


def test_in_french_every_word_of_the_dialog_is_french(qtbot, view, chosen, french):
    dialog = open_import(qtbot, view, chosen, MESSY_CSV)
    assert dialog.next_button.text() == "Vérifier les lignes"
    assert dialog.columns_status.text().startswith("Laissées de côté, non importées (2 colonnes)")
    assert "«\u00a0Civilité\u00a0»" in dialog.columns_status.text()
    check(qtbot, dialog)
    problems = dialog.problems_model.stringList()
    assert problems[0] == (
        "Ligne 5, colonne «\u00a0Date de naissance\u00a0»\u00a0: «\u00a031/02/1980\u00a0» "
        "n'est ni une année ni une date de naissance\u00a0: écrivez 1956, 14/03/1956 ou "
        "1956-03-14."
    )
    assert dialog.summary.headline == "4 personnes seront ajoutées au registre."


@pytest.fixture(params=["fr", "en"])
def themed(request, qapp):
    """The application as users get it: the theme, its base font, and a language."""
    from PySide6.QtGui import QFont

    from citizenspace.views.shell.app import BASE_POINT_SIZE, load_theme

    sheet, font = qapp.styleSheet(), QFont(qapp.font())
    big = QFont(font)
    big.setPointSizeF(BASE_POINT_SIZE)
    qapp.setFont(big)
    qapp.setStyleSheet(load_theme())
    yield from _language(qapp, request.param)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.parametrize("size", [(760, 540), (960, 640)])
def test_both_steps_are_whole_on_a_small_laptop(qtbot, db, districts, themed, size):
    """The dialog's size on a 1280×720 screen (960×640) and on the smallest one it accepts:
    nothing cut, nothing over anything, on the columns step and on the check step."""
    from citizenspace.views.people.people_import_dialog import people_import_dialog
    from tests.views import layout_audit

    service = PeopleImportService(db, today=lambda: TODAY)
    parent = PeopleView(PeopleService(db), importer=service)
    qtbot.addWidget(parent)
    dialog = people_import_dialog(parent, service, service.open_file(MESSY_CSV))
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert layout_audit.problems(dialog) == []
    check(qtbot, dialog)
    qtbot.mouseClick(dialog.only_good_check, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert dialog.only_good_hint.isVisible()
    assert layout_audit.problems(dialog) == []
    assert dialog.width() <= size[0] and dialog.height() <= size[1]

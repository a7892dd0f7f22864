"""Importing a candidates' list from a spreadsheet: all or nothing, with the line at fault."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from citizenspace.domain.people import PersonError
from citizenspace.services.people import people_import
from citizenspace.services.people.people import PeopleService
from citizenspace.services.people.people_import import (
    ImportIssue,
    ImportRejected,
    PeopleImportService,
)
from citizenspace.store.models import District, Person

HEADER = "Nom;Prénom;Année de naissance;Quartier;Courriel;Téléphone;Consentement contact\n"


@pytest.fixture
def importer(db):
    with db.write() as s:
        s.add(District(name="Remicourt"))
    return PeopleImportService(db)


def people_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Person))


def outbox_count(db) -> int:
    with db.read() as s:
        return s.scalar(text("SELECT count(*) FROM change_log WHERE table_name = 'people'"))


def test_french_excel_file_in_windows_1252(db, importer):
    data = (
        HEADER + "Poletti;Ketty;1956;Remicourt;k.poletti@example.fr;06 11 22 33 44;oui\n"
        "Grimbert;Élisabeth;1949;remicourt;;;non\n"
    ).encode("cp1252")
    report = importer.import_bytes(data)
    assert (report.imported, report.encoding, report.delimiter) == (2, "cp1252", ";")
    rows = PeopleService(db).search("elisabeth")
    assert [(r.last_name, r.first_name, r.district) for r in rows] == [
        ("Grimbert", "Élisabeth", "Remicourt")
    ]


def test_utf8_with_bom_and_commas(db, importer):
    data = "\ufeffNom,Prénom\nThéillaumas,Lauranne\n".encode()
    report = importer.import_bytes(data)
    assert (report.imported, report.encoding, report.delimiter) == (1, "utf-8-sig", ",")


def test_excel_unicode_text_utf16_with_tabs(db, importer):
    """Excel's "Texte Unicode": UTF-16 with its mark, tab separators (the directory's import
    always took it; the people's now reads through the same reader)."""
    data = "Nom\tPrénom\tQuartier\r\nGrimbert\tÉlisabeth\tRemicourt\r\n".encode("utf-16")
    report = importer.import_bytes(data)
    assert (report.imported, report.encoding, report.delimiter) == (1, "utf-16", "\t")
    assert [r.first_name for r in PeopleService(db).search("grimbert")] == ["Élisabeth"]


def test_an_excel_workbook_is_read_as_excel_shows_it(db, importer, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Nom", "Prénom", "Année de naissance", "Consentement contact"])
    sheet.append(["Poletti", "Ketty", 1956, "oui"])
    sheet.append([None, None, None, None])  # a blank row, skipped
    sheet.append(["Durand", "Léa", "vingt", "non"])
    path = tmp_path / "candidats.xlsx"
    book.save(path)
    with pytest.raises(ImportRejected) as err:
        importer.import_file(path)
    assert [(p.line, p.issue) for p in err.value.problems] == [(4, ImportIssue.NOT_A_DATE)]
    assert people_count(db) == 0
    sheet["C4"] = 2001
    book.save(path)
    report = importer.import_file(path)
    assert (report.imported, report.encoding) == (2, "xlsx")


def test_an_old_excel_file_or_a_damaged_workbook_is_named_as_such(db, importer):
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    assert err.value.problems[0].issue is ImportIssue.OLD_EXCEL
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(b"PK\x03\x04 not really a workbook")
    assert err.value.problems[0].issue is ImportIssue.BAD_WORKBOOK
    assert people_count(db) == 0


def test_missing_columns_are_named_and_nothing_is_written(db, importer):
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(b"Nom;Ville\nDupont;Saint-Quentin\n")
    [problem] = err.value.problems
    assert (problem.line, problem.issue, problem.detail) == (
        1,
        ImportIssue.MISSING_COLUMNS,
        "first_name",
    )
    assert people_count(db) == 0


def test_one_bad_line_means_nothing_is_imported_and_the_line_is_named(db, importer):
    data = (
        HEADER + "Poletti;Ketty;1956;Remicourt;;;non\n"
        "Bayard;Nicolas;19x6;Remicourt;;;non\n"
        "Berent;Caroline;1980;Atlantide;;;non\n"
        "Carpentier;Margaux;1990;;m@example;;oui\n"
        "Depaepe;Léa;2008;;;06 00 00 00 00;peut-être\n"
    ).encode()
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(data)
    got = {(p.line, p.issue, p.field, p.person_error) for p in err.value.problems}
    assert (3, ImportIssue.NOT_A_DATE, "birth_year", None) in got
    assert (4, ImportIssue.UNKNOWN_DISTRICT, "district", None) in got
    assert (5, ImportIssue.INVALID_VALUE, "email", PersonError.INVALID_EMAIL) in got
    assert (6, ImportIssue.NOT_YES_NO, "consent_contact", None) in got
    assert people_count(db) == 0 and outbox_count(db) == 0


def test_a_line_with_the_wrong_number_of_fields(db, importer):
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes("Nom;Prénom\nDupont;Jean;en trop\n".encode())
    assert err.value.problems[0].line == 2
    assert err.value.problems[0].issue is ImportIssue.WRONG_FIELD_COUNT


@pytest.mark.parametrize("data", [b"", b"\n\n", b"\x00\x01\x02binary\xff", "Nom;Prénom\n".encode()])
def test_empty_or_binary_files_are_refused(db, importer, data):
    with pytest.raises(ImportRejected):
        importer.import_bytes(data)
    assert people_count(db) == 0


def test_an_unreadable_file(db, importer, tmp_path):
    with pytest.raises(ImportRejected) as err:
        importer.import_file(tmp_path / "absent.csv")
    assert err.value.problems[0].issue is ImportIssue.UNREADABLE


def test_line_numbers_are_the_files_own_lines_after_a_cell_written_on_two_lines(db, importer):
    """Excel keeps Alt+Enter line breaks inside a quoted cell: the bad line the report names
    must be the one the coordinator finds in a text editor, not the record's number."""
    data = (
        "Nom;Prénom;Notes\r\n"
        'Poletti;Ketty;"Présidente du conseil\r\ndepuis 2020\r\nà rappeler"\r\n'
        "Bayard;;\r\n"
        "Berent;Caroline;\r\n"
        "Carpentier;;\r\n"
    ).encode("cp1252")
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(data)
    assert [(p.line, p.field) for p in err.value.problems] == [
        (5, "first_name"),
        (7, "first_name"),
    ]
    assert people_count(db) == 0


def test_the_notes_written_on_several_lines_are_imported_whole(db, importer):
    data = 'Nom;Prénom;Notes\nPoletti;Ketty;"ligne 1\nligne 2"\nBayard;Nicolas;\n'.encode()
    assert importer.import_bytes(data).imported == 2
    (row,) = PeopleService(db).search("poletti")
    assert PeopleService(db).get(row.id).draft.notes == "ligne 1\nligne 2"


def test_a_file_too_large_is_refused_even_when_given_as_bytes(db, importer, monkeypatch):
    monkeypatch.setattr(people_import, "MAX_BYTES", 64)
    data = ("Nom;Prénom\n" + "Dupont;Jean\n" * 10).encode()
    assert len(data) > 64
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(data)
    assert err.value.problems[0].issue is ImportIssue.TOO_LARGE
    assert people_count(db) == 0


def test_a_district_deleted_just_before_the_import_is_reported_not_a_crash(db):
    """The districts the lines are checked against are read in the transaction that
    inserts the people: one deleted by another desk a moment before is simply unknown.
    (The other desk's deletion is played by the importer's clock, which is read just
    before the import writes.)"""
    with db.write() as s:
        s.add_all([District(name="Remicourt"), District(name="Vermandois")])

    def today_after_another_desk_deletes_vermandois():
        with db.write() as s:
            s.execute(text("DELETE FROM districts WHERE name = 'Vermandois'"))
        return date(2026, 11, 25)

    importer = PeopleImportService(db, today=today_after_another_desk_deletes_vermandois)
    data = "Nom;Prénom;Quartier\nPoletti;Ketty;Remicourt\nBayard;Nicolas;Vermandois\n".encode()
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(data)
    assert [(p.line, p.issue, p.detail) for p in err.value.problems] == [
        (3, ImportIssue.UNKNOWN_DISTRICT, "Vermandois")
    ]
    assert people_count(db) == 0


def test_an_unclosed_quotation_mark_is_named_not_swallowed(db, importer):
    data = 'Nom;Prénom;Notes\nMartin;Jean;"oops\nDurand;Paul;ok\nPetit;Anne;ok\n'.encode()
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(data)
    assert (err.value.problems[0].line, err.value.problems[0].issue) == (2, ImportIssue.MALFORMED)
    assert people_count(db) == 0


def test_old_mac_line_ends_and_excel_mangled_numbers(db, importer):
    data = (
        "Nom;Prénom;Code postal;Téléphone;Consentement contact\r"
        "Martin;Jean;2100;612345678;oui\r"
        "Durand;Paul;02100;;non\r"
    ).encode("cp1252")
    assert importer.import_bytes(data).imported == 2
    [jean] = PeopleService(db).search("jean martin")
    assert jean.phone == "06 12 34 56 78"
    assert PeopleService(db).get(jean.id).draft.postcode == "02100"


def test_contact_details_without_a_consent_column_are_refused_once_for_the_file(db, importer):
    lines = "".join(f"Nom{i};Prénom;p{i}@example.fr\n" for i in range(200))
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(("Nom;Prénom;Courriel\n" + lines).encode())
    assert [(p.line, p.issue) for p in err.value.problems] == [
        (1, ImportIssue.CONSENT_COLUMN_MISSING)
    ]


def test_many_bad_lines_say_there_are_more(db, importer):
    lines = "".join(f"Nom{i};;\n" for i in range(120))
    with pytest.raises(ImportRejected) as err:
        importer.import_bytes(("Nom;Prénom;Notes\n" + lines).encode())
    assert len(err.value.problems) == 50 and err.value.more


def test_importing_the_same_list_twice_makes_no_twins(db, importer):
    data = (
        HEADER + "Poletti;Ketty;1956;Remicourt;;;non\n"
        "Poletti;Ketty;1956;Remicourt;;;non\n"
        "Poletti;Ketty;1990;;;;non\n"
    ).encode()
    first = importer.import_bytes(data)
    assert (first.imported, first.already_known) == (2, 1)  # the same line twice in the file
    second = importer.import_bytes(data)
    assert (second.imported, second.already_known) == (0, 3)
    assert people_count(db) == 2

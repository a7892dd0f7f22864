"""Importing a candidates' list from a spreadsheet: all or nothing, with the line at fault."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from citizenspace.domain.people import PersonError
from citizenspace.services.people import PeopleService
from citizenspace.services.people_import import (
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
    assert (3, ImportIssue.NOT_A_NUMBER, "birth_year", None) in got
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

"""Directory files as French Excel writes them: imported whole or not at all, the bad line
named, re-imported without twins, exported so that Excel opens them cleanly."""

from __future__ import annotations

from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import EntryError
from citizenspace.services.demo import demo
from citizenspace.services.reception.directory import DirectoryService
from citizenspace.services.reception.directory_io import (
    DirectoryFileRejected,
    DirectoryFiles,
    FileIssue,
    FileProblem,
)
from citizenspace.store.migrate import open_database
from citizenspace.store.models import DirectoryEntry
from citizenspace.store.safety import backup
from tests.conftest import new_database

HEADER = "Service;Compétence;Organisme;Mots-clés;Téléphone;Courriel;Adresse;Horaires\r\n"
LINES = [
    "Service État civil;Ville;Ville;naissance mariage décès;03 23 06 93 93;"
    "etat-civil@saint-quentin.example;Hôtel de ville;Du lundi au vendredi, 8 h 30 – 17 h 30",
    "Collecte des déchets;Agglomération;Agglomération du Saint-Quentinois;poubelle bac;"
    "323080000;dechets@agglo.example;58 boulevard Victor Hugo;",
    "Sous-préfecture;Préfecture;État;carte grise titre de séjour;;;Rue de la Sous-Préfecture;"
    "Sur rendez-vous",
    "Maison départementale des solidarités;Département;Département de l'Aisne;rsa pmi;;;;",
    'Transports urbains;Urban Community;Agglomération du Saint-Quentinois;"bus; ligne";;;;',
]


def french_csv(lines: list[str] = LINES) -> str:
    return HEADER + "".join(line + "\r\n" for line in lines)


def count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(DirectoryEntry)) or 0


def snapshot(db) -> list[tuple]:
    with db.read() as s:
        rows = s.scalars(select(DirectoryEntry).order_by(DirectoryEntry.id)).all()
        return [
            (
                e.id,
                e.name,
                e.competence,
                e.body_name,
                e.keywords,
                e.phone,
                e.email,
                e.address,
                e.hours,
                e.website,
                e.theme_id,
                e.active,
            )
            for e in rows
        ]


@pytest.fixture
def files(db) -> DirectoryFiles:
    return DirectoryFiles(db, DirectoryService(db))


@pytest.fixture
def one_entry(db) -> None:
    """A directory that already holds something, so "nothing written" is seen."""
    from citizenspace.domain.reception.directory import EntryDraft

    DirectoryService(db).create(EntryDraft("Point-justice", Competence.STATE, body_name="État"))


def rejected(files: DirectoryFiles, path: Path) -> list[FileProblem]:
    with pytest.raises(DirectoryFileRejected) as caught:
        files.preview(path)
    return caught.value.problems


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
def test_a_french_excel_file_is_imported_with_its_accents(db, files, tmp_path, encoding) -> None:
    path = tmp_path / "qui-fait-quoi.csv"
    path.write_bytes(french_csv().encode(encoding))
    preview = files.preview(path)
    assert (preview.created, preview.updated, preview.unchanged) == (5, 0, 0)
    assert preview.encoding == encoding and preview.delimiter == ";"
    assert count(db) == 0  # a preview writes nothing
    report = files.apply(preview)
    assert (report.created, report.updated, report.unchanged) == (5, 0, 0)
    service = DirectoryService(db)
    found = service.search("etat civil")[0]
    detail = service.get(found.id)
    assert detail.draft.name == "Service État civil"
    assert detail.draft.keywords == "naissance mariage décès"
    assert detail.draft.hours == "Du lundi au vendredi, 8 h 30 – 17 h 30"
    assert detail.draft.competence is Competence.CITY
    collecte = service.get(service.search("collecte")[0].id).draft
    assert collecte.competence is Competence.URBAN_COMMUNITY
    assert collecte.phone == "03 23 08 00 00"  # the zero Excel dropped is back
    assert service.get(service.search("sous prefecture")[0].id).draft.competence is Competence.STATE
    assert service.get(service.search("transports")[0].id).draft.keywords == "bus; ligne"


def test_utf16_without_a_mark_is_refused_on_line_1(db, files, tmp_path, one_entry) -> None:
    path = tmp_path / "unicode.csv"
    path.write_bytes(french_csv().encode("utf-16-le"))
    assert rejected(files, path) == [FileProblem(1, FileIssue.ENCODING)]
    assert count(db) == 1


def test_a_mac_roman_file_is_refused_naming_the_line(db, files, tmp_path, one_entry) -> None:
    # An old Mac's file: the header in plain words, the first accents on line 4.
    text = "Service;Competence;Organisme;Mots-cles;Telephone;Courriel;Adresse;Horaires\r\n"
    lines = ["Accueil;Ville;Ville;;;;;", "Guichet unique;Ville;Ville;;;;;", *LINES]
    path = tmp_path / "mac.csv"
    path.write_bytes((text + "\r\n".join(lines) + "\r\n").encode("mac_roman"))
    problems = rejected(files, path)
    assert [(p.line, p.issue) for p in problems] == [(4, FileIssue.ENCODING)]
    assert problems[0].value == "d\u017dc\ufffds"  # "décès": é read as Ž, no letter for è
    assert count(db) == 1


def test_mac_roman_letters_that_windows_can_read_are_refused_too(files, tmp_path) -> None:
    # é and É are bytes Windows-1252 reads as Ž and ƒ: "SŽcuritŽ" is not a French word.
    path = tmp_path / "mac.csv"
    text = "Service;Competence\rAccueil;Ville\rS\u00e9curit\u00e9 publique;Ville\r"
    path.write_bytes(text.encode("mac_roman"))
    problems = rejected(files, path)
    assert [(p.line, p.issue, p.value) for p in problems] == [
        (3, FileIssue.ENCODING, "S\u017dcurit\u017d")
    ]


def test_a_binary_file_is_refused(db, files, tmp_path, one_entry) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert rejected(files, path) == [FileProblem(3, FileIssue.ENCODING)]
    old = tmp_path / "annuaire.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    assert rejected(files, old) == [FileProblem(0, FileIssue.OLD_EXCEL)]
    assert count(db) == 1


def test_a_utf8_file_damaged_by_one_windows_byte_names_its_line(db, files, tmp_path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(french_csv().encode("utf-8") + "Déchetteries;Agglo;;;;;;\r\n".encode("cp1252"))
    problems = rejected(files, path)
    assert [(p.line, p.issue, p.value) for p in problems] == [
        (7, FileIssue.ENCODING, "D\ufffdchetteries")
    ]
    assert count(db) == 0


def test_missing_columns_are_named_on_line_1(db, files, tmp_path, one_entry) -> None:
    path = tmp_path / "sans-competence.csv"
    path.write_text("Nom du service;Organisme;Téléphone\r\nÉtat civil;Ville;\r\n", "utf-8")
    assert rejected(files, path) == [FileProblem(1, FileIssue.MISSING_COLUMNS, field="competence")]
    path.write_text("Organisme;Téléphone\r\nVille;\r\n", "utf-8")
    assert rejected(files, path) == [
        FileProblem(1, FileIssue.MISSING_COLUMNS, field="name, competence")
    ]
    assert count(db) == 1


def test_a_bad_competence_on_line_7_names_line_7(db, files, tmp_path, one_entry) -> None:
    lines = [*LINES, "Office de tourisme;Syndicat d'initiative;;;;;;"]  # line 7
    path = tmp_path / "annuaire.csv"
    path.write_bytes(french_csv(lines).encode("cp1252"))
    assert rejected(files, path) == [
        FileProblem(
            7,
            FileIssue.INVALID_VALUE,
            "competence",
            "Syndicat d'initiative",
            EntryError.UNKNOWN_COMPETENCE,
        )
    ]
    assert count(db) == 1


def test_every_bad_line_is_named_and_nothing_is_written(db, files, tmp_path, one_entry) -> None:
    lines = [
        *LINES,
        ";Ville;;;;;;",  # line 7: no name
        "Piscine;Ville;;;;piscine@;;",  # line 8
        "Service État civil;Ville;ville;;;;;",  # line 9: line 2 again
        "Cinéma;Ville;;;;;;;;en trop",  # line 10
    ]
    path = tmp_path / "annuaire.csv"
    path.write_bytes(french_csv(lines).encode("utf-8-sig"))
    problems = rejected(files, path)
    assert [(p.line, p.issue, p.field, p.code) for p in problems] == [
        (7, FileIssue.INVALID_VALUE, "name", EntryError.REQUIRED),
        (8, FileIssue.INVALID_VALUE, "email", EntryError.INVALID_EMAIL),
        (9, FileIssue.DUPLICATE_IN_FILE, "name", None),
        (10, FileIssue.WRONG_FIELD_COUNT, "", None),
    ]
    assert problems[2].value == "2"
    assert count(db) == 1


def test_an_unclosed_quote_names_its_line(db, files, tmp_path) -> None:
    lines = [*LINES[:2], 'Piscine;Ville;"nager;;;;;', *LINES[2:]]
    path = tmp_path / "annuaire.csv"
    path.write_bytes(french_csv(lines).encode("utf-8"))
    problems = rejected(files, path)
    assert [(p.line, p.issue) for p in problems] == [(4, FileIssue.MALFORMED)]
    assert count(db) == 0


def test_an_empty_file_or_a_header_alone_imports_nothing(files, tmp_path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    assert rejected(files, path) == [FileProblem(1, FileIssue.EMPTY)]
    path.write_text(HEADER, "utf-8")
    assert rejected(files, path) == [FileProblem(2, FileIssue.EMPTY)]


def test_commas_and_tabs_are_sniffed(db, files, tmp_path) -> None:
    path = tmp_path / "virgules.csv"
    path.write_text('Name,Competence,Keywords\n"Bus, tram",Urban Community,"bus, tram"\n', "utf-8")
    assert files.preview(path).delimiter == ","
    tabs = tmp_path / "tabs.txt"
    tabs.write_text("Service\tCompétence\nÉtat civil\tVille\n", "utf-8")
    preview = files.preview(tabs)
    assert preview.delimiter == "\t" and preview.created == 1


def test_reimporting_creates_no_twins_and_says_what_changed(db, files, tmp_path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes(french_csv().encode("cp1252"))
    files.import_file(path)
    before = snapshot(db)
    again = files.preview(path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    files.apply(again)
    assert snapshot(db) == before
    # Same services typed differently, one phone changed, one service new.
    lines = [line.replace("Service État civil", "SERVICE ETAT CIVIL") for line in LINES]
    lines[1] = lines[1].replace("323080000", "03 23 08 00 01")
    lines.append("Point-justice;État;État;avocat;;;;")
    path.write_bytes(french_csv(lines).encode("cp1252"))
    preview = files.preview(path)
    assert (preview.created, preview.updated, preview.unchanged) == (1, 2, 3)
    report = files.apply(preview)
    assert (report.created, report.updated, report.unchanged) == (1, 2, 3)
    assert count(db) == 6


def test_a_column_the_file_lacks_is_left_alone(db, files, tmp_path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes(french_csv().encode("utf-8"))
    files.import_file(path)
    short = tmp_path / "noms.csv"
    short.write_text("Service;Compétence;Organisme\nService État civil;Ville;Ville\n", "utf-8")
    preview = files.preview(short)
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 1)
    service = DirectoryService(db)
    assert service.get(service.search("etat civil")[0].id).draft.phone == "03 23 06 93 93"


@pytest.fixture(scope="module")
def demo_city(tmp_path_factory) -> Path:
    """The demo city's directory, written once for this file's tests: each test works on a
    copy of its own (a consistent copy of the database file, as a backup makes one)."""
    path = tmp_path_factory.mktemp("demo-city") / "demo.db"
    db = new_database(path)
    try:
        demo.generate(db, scale=0.05, today=date(2026, 3, 2))
        service = DirectoryService(db)
        service.deactivate(service.search("point justice")[0].id)  # inactive entries travel too
    finally:
        db.close()
    return path


@pytest.fixture
def demo_db(demo_city, tmp_path):
    backup.copy_consistent(demo_city, tmp_path / "demo.db")
    db, _ = open_database(tmp_path / "demo.db")
    yield db
    db.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_changes_nothing(demo_db, tmp_path, suffix) -> None:
    files = DirectoryFiles(demo_db)
    before = snapshot(demo_db)
    path = tmp_path / f"qui-fait-quoi{suffix}"
    assert files.export(path) == len(before)
    preview = files.preview(path)
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, len(before))
    assert preview.ignored_columns == ()
    files.apply(preview)
    assert snapshot(demo_db) == before


def test_an_exported_csv_opens_cleanly_in_french_excel(demo_db, tmp_path) -> None:
    path = tmp_path / "export.csv"
    DirectoryFiles(demo_db).export(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfService;Comp\xc3\xa9tence;Organisme;Mots-cl\xc3\xa9s;")
    assert raw.count(b"\r\n") == len(snapshot(demo_db)) + 1
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert "Communauté d'agglomération".encode() in raw
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0].split(";")[-1] == "Actif"


def test_an_exported_workbook_has_a_bold_header_and_wide_columns(demo_db, tmp_path) -> None:
    path = tmp_path / "export.xlsx"
    n = DirectoryFiles(demo_db).export(path)
    book = load_workbook(path)
    sheet = book.active
    assert [c.value for c in sheet[1]][:3] == ["Service", "Compétence", "Organisme"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.column_dimensions["A"].width >= 30
    assert sheet.max_row == n + 1
    phones = [r[4] for r in sheet.iter_rows(min_row=2, values_only=True) if r[4]]
    assert phones and all(p.startswith("0") for p in phones)


def test_a_damaged_workbook_is_refused(files, tmp_path) -> None:
    path = tmp_path / "abime.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    assert rejected(files, path) == [FileProblem(0, FileIssue.BAD_WORKBOOK)]


def test_a_workbook_names_the_excel_row(db, files, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Service", "Compétence", "Téléphone"])
    sheet.append(["État civil", "Ville", 323069393])
    sheet.append(["Piscine", "Piscine municipale", None])
    path = tmp_path / "annuaire.xlsx"
    book.save(path)
    problems = rejected(files, path)
    assert [(p.line, p.field, p.value) for p in problems] == [
        (3, "competence", "Piscine municipale")
    ]
    sheet.delete_rows(3)
    book.save(path)
    files.import_file(path)
    service = DirectoryService(db)
    assert service.get(service.search("")[0].id).draft.phone == "03 23 06 93 93"
    assert astuple(files.preview(path))[4:7] == (0, 0, 1)

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
    path.write_text("Nom du service;Téléphone\r\nÉtat civil;\r\n", "utf-8")
    assert rejected(files, path) == [FileProblem(1, FileIssue.MISSING_COLUMNS, field="competence")]
    path.write_text("Téléphone\r\n03 23 06 93 93\r\n", "utf-8")
    assert rejected(files, path) == [
        FileProblem(1, FileIssue.MISSING_COLUMNS, field="name, competence")
    ]
    assert count(db) == 1


def test_without_a_level_column_the_body_says_the_level(db, files, tmp_path) -> None:
    """ "Ville de Saint-Quentin", "Agglomération du Saint-Quentinois": the body's name says
    who is competent; a body that does not ("CAF de l'Aisne") leaves the line without one."""
    path = tmp_path / "sans-competence.csv"
    path.write_text(
        "Nom du service;Organisme\r\n"
        "État civil;Ville de Saint-Quentin\r\n"
        "Collecte des déchets;Agglomération du Saint-Quentinois\r\n"
        "Allocations familiales;CAF de l'Aisne\r\n",
        "utf-8",
    )
    problems = rejected(files, path)
    assert [(p.line, p.issue, p.value) for p in problems] == [
        (4, FileIssue.NO_LEVEL, "CAF de l'Aisne")
    ]
    file = files.open_file(path)
    preview = files.check(file, file.suggested, default_level=Competence.OTHER)
    assert (preview.created, preview.problems) == (3, ())
    assert (preview.level_from_body, preview.level_by_default) == (2, 1)
    files.apply(preview)
    levels = {e.name: e.competence for e in DirectoryService(db).search("")}
    assert levels == {
        "État civil": Competence.CITY,
        "Collecte des déchets": Competence.URBAN_COMMUNITY,
        "Allocations familiales": Competence.OTHER,
    }


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
            "Compétence",
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


# --------------------------------------------------------------------------- an office's file


def mapped(files: DirectoryFiles, path: Path) -> list[str]:
    return list(files.open_file(path).suggested)


def test_an_offices_competences_column_is_what_the_service_handles(files, tmp_path) -> None:
    """ "Compétences: état civil, passeports" says what a service handles, not who is
    competent: it goes to the keywords. The same title over levels stays the level."""
    path = tmp_path / "mairie.csv"
    path.write_text(
        "Service;Compétences;Collectivité compétente;Tél.\r\n"
        "État civil;naissances, mariages, décès;Ville;03 23 06 93 93\r\n"
        "Déchets;collecte, encombrants;Agglo;\r\n",
        "cp1252",
    )
    assert mapped(files, path) == ["name", "keywords", "competence", "phone"]
    path.write_text("Service;Compétences\r\nÉtat civil;Ville\r\nDéchets;Agglo\r\n", "utf-8")
    assert mapped(files, path) == ["name", "competence"]
    path.write_text(
        "Service;Missions;Mots-clés;Compétence\r\nÉtat civil;actes;mariage;Ville\r\n", "utf-8"
    )
    assert mapped(files, path) == ["name", "keywords", "keywords", "competence"]
    file = files.open_file(path)
    preview = files.check(file, file.suggested)
    assert preview.rows[0].draft.keywords == "actes mariage"  # both columns, joined


def test_the_directory_mapping_is_remembered(db, files, tmp_path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_text("Service;Niveau;Remarque\r\nÉtat civil;Ville;au rez-de-chaussée\r\n", "utf-8")
    file = files.open_file(path)
    assert file.suggested == ("name", "competence", "")
    files.apply(files.check(file, ["name", "competence", "address"]), remember=True)
    again = files.open_file(path)
    assert (again.suggested, again.remembered) == (("name", "competence", "address"), True)


def test_only_the_good_lines_when_the_user_chooses_so(db, files, tmp_path, one_entry) -> None:
    lines = [*LINES, "Office de tourisme;Syndicat d'initiative;;;;;;"]
    path = tmp_path / "annuaire.csv"
    path.write_bytes(french_csv(lines).encode("cp1252"))
    file = files.open_file(path)
    preview = files.check(file, file.suggested)
    assert (preview.created, preview.bad_lines) == (5, (7,))
    with pytest.raises(DirectoryFileRejected):
        files.apply(preview)
    assert count(db) == 1
    report = files.apply(preview, only_good_lines=True)
    assert (report.created, report.lines_left_out) == (5, 1)
    assert count(db) == 6


def test_a_huge_cell_is_named_by_line_and_column(files, tmp_path) -> None:
    path = tmp_path / "annuaire.csv"
    huge = "x" * (2 * 1024 * 1024)
    path.write_text(f'Service;Compétence;Mots-clés\r\nÉtat civil;Ville;"{huge}"\r\n', "utf-8")
    assert rejected(files, path) == [
        FileProblem(
            2, FileIssue.INVALID_VALUE, "keywords", str(len(huge)), EntryError.TOO_LONG, "Mots-clés"
        )
    ]


def test_a_field_given_two_columns_is_refused(files, tmp_path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_text("Service;Compétence;Tél.;Portable\r\nÉtat civil;Ville;;\r\n", "utf-8")
    file = files.open_file(path)
    with pytest.raises(DirectoryFileRejected) as caught:
        files.check(file, ["name", "competence", "phone", "phone"])
    assert caught.value.problems == [
        FileProblem(1, FileIssue.FIELD_TWICE, "phone", "Tél., Portable")
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "Line 1: there is nothing to import from here on."),
        (
            "Service;Compétence\r\n".encode("utf-16-le"),
            "Line 1: the text is not in a known encoding (UTF-8 or Windows-1252). In Excel, "
            "save the file again as “CSV UTF-8 (separator: semicolon)”.",
        ),
        (
            "Service;Compétence\r\nDéchetteries;Agglo\r\n".encode()
            + "Sécurité;Ville\r\n".encode("cp1252"),
            "Line 3: the text is not in a known encoding (UTF-8 or Windows-1252) near "
            "“S\ufffdcurit\ufffd”. In Excel, save the file again as “CSV UTF-8 (separator: "
            "semicolon)”.",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100,
            "This is an old Excel workbook (.xls): in Excel, save it as “Excel workbook "
            "(.xlsx)” or “CSV (separator: semicolon)” and import it again.",
        ),
        (
            b"PK\x03\x04" + b"\x00" * 50,
            "This file cannot be opened as an Excel workbook (.xlsx): it may be damaged.",
        ),
        (
            "Nom du service;Téléphone\r\nÉtat civil;\r\n".encode(),
            "Line 1: no column gives “Competence”: choose one in the list of where each "
            "column goes.",
        ),
        (
            'Service;Compétence\r\nPiscine;Ville\r\nBus;"Agglo\r\nMarché;Ville\r\n'.encode(),
            "Line 3: a quotation mark opened on this line is not closed: nothing after it is read.",
        ),
        (
            "Service;Compétence\r\nPiscine;Ville;;en trop\r\n".encode(),
            "Line 2: this line has more cells than the first line has columns (4/2): a "
            "separator too many?",
        ),
        (
            "Service;Compétence\r\nPiscine;Ville\r\npiscine;ville\r\n".encode(),
            "Line 3: the same service (name and body) is already on line 2.",
        ),
        (
            "Service;Compétence;Courriel\r\nPiscine;Ville;piscine@\r\n".encode(),
            "Line 2, column “Courriel”: E-mail “piscine@”: Not an e-mail address (example: "
            "accueil@ville.fr)",
        ),
        (
            "Service;Compétence;Organisme\r\nPiscine;Ville;" + "x" * 201 + "\r\n",
            "Line 2, column “Organisme”: Body: the text is too long (201 characters, 200 at most).",
        ),
        (
            "Service;Compétence;Thème\r\nPiscine;Ville;Sports nautiques\r\n".encode(),
            "Line 2, column “Thème”: Theme “Sports nautiques”: This theme does not exist (or "
            "was deleted meanwhile)",
        ),
        (
            "Service;Compétence;Actif\r\nPiscine;Ville;bientôt\r\n".encode(),
            "Line 2, column “Actif”: Active “bientôt”: Write oui or non",
        ),
        (
            b"Service;Organisme\r\nAllocations familiales;CAF de l'Aisne\r\n",
            "Line 2: nothing says who is competent (the body “CAF de l'Aisne” does not say "
            "it): add a “Compétence” column (Ville, Agglo…), or choose on the columns step "
            "the level of the lines that do not say it.",
        ),
    ],
)
def test_each_refusal_is_one_plain_sentence(files, tmp_path, content, expected) -> None:
    from citizenspace.views.reception.directory.directory_import import file_problem_text

    path = tmp_path / "annuaire.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert [file_problem_text(p) for p in rejected(files, path)] == [expected]

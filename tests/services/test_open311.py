"""The Open311 GeoReport v2 export: what another city tool reads, and what never leaves."""

from __future__ import annotations

import csv
import json
import re
from datetime import date

import pytest

from citizenspace.domain import catalog as c
from citizenspace.services.reception.open311 import REQUEST_FIELDS, SERVICE_FIELDS, Open311Service
from citizenspace.services.reception.tickets import CategoryDraft, TicketDraft, TicketService
from citizenspace.store.models import DirectoryEntry
from tests.pictures import png_bytes

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
PNG = png_bytes()


@pytest.fixture
def tickets(db):
    with db.write() as s:
        entry = DirectoryEntry(
            name="Service Voirie", competence=c.Competence.CITY, body_name="Ville"
        )
        s.add(entry)
        s.flush()
        entry_id = entry.id
    svc = TicketService(db, today=lambda: date(2026, 3, 2))
    cat = svc.add_category(
        CategoryDraft("voirie", "Voirie", 21, entry_id, "Chaussée, trottoirs", "trou, trottoir")
    )
    open_id = svc.open_ticket(
        TicketDraft(
            cat.id,
            "Nid-de-poule devant le n° 12",
            address="12 rue d'Isle, 02100 Saint-Quentin",
            latitude=49.8465,
            longitude=3.2876,
            contact_name="Jeanne Secret",
            contact_phone="06 39 98 12 34",
            contact_email="jeanne.secret@example.org",
        ),
        photo=PNG,
    )
    closed_id = svc.open_ticket(TicketDraft(cat.id, "Dalle descellée"))
    svc.reject(closed_id, "Terrain privé")
    return open_id, closed_id


def test_json_has_the_georeport_fields_and_no_contact(db, tickets, tmp_path):
    open_id, closed_id = tickets
    result = Open311Service(db).export_json(tmp_path / "open311.json", with_photos=True)
    raw = (tmp_path / "open311.json").read_text(encoding="utf-8")
    doc = json.loads(raw)
    assert (result.services, result.requests, result.photos) == (1, 2, 1)
    [service] = doc["services"]
    assert tuple(service) == SERVICE_FIELDS
    assert service["metadata"] is False and service["type"] == "realtime"
    assert service["service_code"] == "voirie" and service["keywords"] == "trou,trottoir"
    by_id = {r["service_request_id"]: r for r in doc["requests"]}
    assert set(by_id) == {open_id, closed_id}
    for r in doc["requests"]:
        assert tuple(r) == REQUEST_FIELDS
        for key in ("requested_datetime", "updated_datetime", "expected_datetime"):
            assert ISO_WITH_OFFSET.match(r[key]), (key, r[key])
    first = by_id[open_id]
    assert first["status"] == "open" and first["service_code"] == "voirie"
    assert (first["lat"], first["long"], first["zipcode"]) == (49.8465, 3.2876, "02100")
    assert first["expected_datetime"].startswith("2026-03-23T23:59:59")
    assert first["agency_responsible"] == "Service Voirie (Ville)"
    assert (tmp_path / first["media_url"]).read_bytes() == PNG
    second = by_id[closed_id]
    assert second["status"] == "closed" and second["status_notes"] == ""
    assert second["lat"] is None and second["media_url"] == ""
    # The staff's reason for rejecting stays home: free text, it may name people.
    for secret in ("Jeanne", "Secret", "06 39", "jeanne.secret", "Terrain privé"):
        assert secret not in raw


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_staff_notes_leave_only_when_asked_for(db, tickets, tmp_path, fmt):
    _, closed_id = tickets
    service = Open311Service(db)
    export = service.export_csv if fmt == "csv" else service.export_json
    without = export(tmp_path / f"sans.{fmt}").files[0].read_bytes().decode("utf-8-sig")
    with_notes = export(tmp_path / f"avec.{fmt}", with_staff_notes=True).files[0]
    text = with_notes.read_bytes().decode("utf-8-sig")
    assert "Terrain privé" not in without and "Terrain privé" in text


def test_csv_has_the_same_fields_for_french_excel(db, tickets, tmp_path):
    open_id, _ = tickets
    result = Open311Service(db).export_csv(tmp_path / "reports.csv")
    requests_path, services_path = result.files
    assert services_path.name == "reports-services.csv"
    data = requests_path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfservice_request_id;status;")
    raw = data.decode("utf-8-sig")  # strict: any other encoding fails here
    rows = list(csv.DictReader(raw.splitlines(), delimiter=";"))
    assert tuple(rows[0]) == REQUEST_FIELDS and len(rows) == 2
    row = next(r for r in rows if r["service_request_id"] == open_id)
    assert row["description"] == "Nid-de-poule devant le n° 12"
    assert row["lat"] == "49.8465" and row["media_url"] == ""
    assert ISO_WITH_OFFSET.match(row["requested_datetime"])
    services = list(
        csv.DictReader(services_path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert tuple(services[0]) == SERVICE_FIELDS and services[0]["metadata"] == "false"
    assert "Jeanne" not in raw and "06 39" not in raw

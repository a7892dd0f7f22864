"""Follow-up tickets as the reception staff and the coordinator use them: opened from a
visit or a direct Allô mairie report, moved through their workflow, late, forwarded outside
the City's competence. Real SQLite files; a refusal writes nothing."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select, text

from citizenspace.domain import catalog as c
from citizenspace.domain.reception.tickets import InformedBy, TicketError
from citizenspace.services.reception.tickets import (
    CategoryDraft,
    TicketDraft,
    TicketFilter,
    TicketRefused,
    TicketService,
)
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import (
    DirectoryEntry,
    FollowUp,
    Site,
    Theme,
    TicketCategory,
    TicketEvent,
    Visit,
)
from tests.pictures import ALL_TRACES, jpeg_bytes, phone_photo, png_bytes, traces

PNG = png_bytes()
JPEG = jpeg_bytes()


class Calendar:
    """The service's today, moved by the test as days pass."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def cal() -> Calendar:
    return Calendar(date(2026, 3, 2))


@pytest.fixture
def city(db):
    """A few directory entries, a theme tree, a site and a visit to follow up."""
    with db.write() as s:
        roads = DirectoryEntry(
            name="Service Voirie", competence=c.Competence.CITY, body_name="Ville"
        )
        agglo = DirectoryEntry(
            name="Collecte des déchets",
            competence=c.Competence.URBAN_COMMUNITY,
            body_name="Agglomération",
        )
        site = Site(name="Hôtel de ville")
        parent = Theme(name="Voirie")
        s.add_all([roads, agglo, site, parent])
        s.flush()
        sub = Theme(name="Chaussée abîmée", parent_id=parent.id)
        s.add(sub)
        s.flush()
        visit = Visit(
            site_id=site.id,
            channel=c.Channel.EMAIL,
            theme_id=sub.id,
            outcome=c.VisitOutcome.FOLLOW_UP,
            arrived_at=datetime(2026, 3, 2, 9, 0),
            note="Trou devant l'école",
        )
        s.add(visit)
        s.flush()
        return {
            "roads": roads.id,
            "agglo": agglo.id,
            "site": site.id,
            "visit": visit.id,
        }


@pytest.fixture
def svc(db, cal, city) -> TicketService:
    service = TicketService(db, today=cal)
    service.add_category(CategoryDraft("roads", "Voirie", 21, city["roads"]))
    service.add_category(CategoryDraft("lighting", "Éclairage public", 10))
    return service


def _cat(svc: TicketService, code: str) -> str:
    return next(c.id for c in svc.categories() if c.code == code)


def _counts(db) -> tuple[int, int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(FollowUp)),
            s.scalar(select(func.count()).select_from(TicketEvent)),
            s.scalar(text("SELECT count(*) FROM change_log")),
        )


def _open(svc: TicketService, **kw) -> str:
    draft = TicketDraft(
        category_id=kw.pop("category_id", None) or _cat(svc, "lighting"),
        description=kw.pop("description", "Lampadaire éteint rue d'Isle"),
        **kw,
    )
    return svc.open_ticket(draft)


def test_prefill_from_a_visit_takes_category_service_and_site(svc, city):
    pre = svc.prefill_from_visit(city["visit"])
    assert pre.draft.category_id == _cat(svc, "roads")  # the sub-theme's parent is "Voirie"
    assert pre.draft.directory_entry_id == city["roads"]  # the category's default service
    assert pre.draft.site_id == city["site"]
    assert pre.draft.description == "Trou devant l'école"
    assert pre.written and pre.channel is c.Channel.EMAIL
    tid = svc.open_ticket(pre.draft, photo=PNG)
    t = svc.ticket(tid)
    assert (t.opened_on, t.due_on) == (date(2026, 3, 2), date(2026, 3, 23))
    assert t.status is c.TicketStatus.NEW and t.visit_id == city["visit"]
    assert svc.photo(t.photo_hash) == PNG
    assert [e.status for e in t.history] == [c.TicketStatus.NEW]


def test_workflow_writes_events_and_closed_on(svc, cal):
    tid = _open(svc, address="rue d'Isle", latitude=49.84, longitude=3.29)
    assert svc.ticket(tid).next_statuses == (
        c.TicketStatus.FORWARDED,
        c.TicketStatus.IN_PROGRESS,
        c.TicketStatus.RESOLVED,
        c.TicketStatus.REJECTED,
    )
    svc.start(tid)
    cal.day += timedelta(days=3)
    svc.resolve(tid, "Lampe changée")
    t = svc.ticket(tid)
    assert t.status is c.TicketStatus.RESOLVED and t.closed_on == date(2026, 3, 5)
    assert t.status_reason == "Lampe changée"
    assert t.next_statuses == (c.TicketStatus.IN_PROGRESS,)
    svc.reopen(tid, "Éteint de nouveau")
    t = svc.ticket(tid)
    assert t.status is c.TicketStatus.IN_PROGRESS and t.closed_on is None
    assert [e.status for e in t.history] == [
        c.TicketStatus.NEW,
        c.TicketStatus.IN_PROGRESS,
        c.TicketStatus.RESOLVED,
        c.TicketStatus.IN_PROGRESS,
    ]
    assert t.history[-1].reason == "Éteint de nouveau"


def test_refused_transitions_write_nothing(svc, db):
    tid = _open(svc)
    svc.resolve(tid)
    before = _counts(db)
    with pytest.raises(TicketRefused) as e:
        svc.reject(tid, "trop tard")  # resolved -> rejected is not a step
    assert e.value.codes == (TicketError.TRANSITION_NOT_ALLOWED,)
    other = _open(svc)
    before = _counts(db)
    with pytest.raises(TicketRefused) as e:
        svc.reject(other, "   ")
    assert e.value.codes == (TicketError.REASON_REQUIRED,)
    with pytest.raises(TicketRefused):
        svc.move(other, c.TicketStatus.NEW)
    assert _counts(db) == before
    assert svc.ticket(other).status is c.TicketStatus.NEW


def test_overdue_list_oldest_first_with_days_late(svc, cal):
    early = _open(svc)  # due 12 March (10 days)
    cal.day = date(2026, 3, 4)
    later = _open(svc, category_id=_cat(svc, "roads"))  # due 25 March
    done = _open(svc)
    svc.resolve(done)
    assert svc.overdue() == []
    cal.day = date(2026, 3, 30)
    rows = svc.overdue()
    assert [r.id for r in rows] == [early, later]
    assert [r.days_late for r in rows] == [18, 5]
    assert svc.overdue_count() == 2
    open_rows = svc.tickets(TicketFilter(open_only=True))
    assert {r.id for r in open_rows} == {early, later}


def test_filters(svc, city):
    a = _open(svc, site_id=city["site"])
    b = _open(svc, category_id=_cat(svc, "roads"), directory_entry_id=city["roads"])
    svc.start(b)
    assert [r.id for r in svc.tickets(TicketFilter(status=c.TicketStatus.IN_PROGRESS))] == [b]
    assert [r.id for r in svc.tickets(TicketFilter(site_id=city["site"]))] == [a]
    assert [r.id for r in svc.tickets(TicketFilter(category_id=_cat(svc, "roads")))] == [b]
    assert [r.id for r in svc.tickets(TicketFilter(directory_entry_id=city["roads"]))] == [b]


def test_outside_competence_is_forwarded_and_the_citizen_told(svc, city, cal, db):
    pre = svc.prefill_from_visit(city["visit"])
    tid = svc.open_ticket(pre.draft)
    before = _counts(db)
    # The City's own service cannot be "outside the City's competence".
    with pytest.raises(TicketRefused) as e:
        svc.forward(tid, city["roads"], outside_competence=True)
    assert e.value.codes == (TicketError.BODY_IS_THE_CITY,)
    with pytest.raises(TicketRefused) as e:
        svc.forward(tid, "", outside_competence=True)
    assert TicketError.REQUIRED in e.value.codes
    assert _counts(db) == before
    svc.forward(tid, city["agglo"])  # the Urban Community: outside, decided by competence
    t = svc.ticket(tid)
    assert t.outside_competence and t.status is c.TicketStatus.FORWARDED
    assert t.forwarded_on == cal.day and t.must_inform and not t.complete
    # Not closed before the citizen has been told (art. L114-2).
    with pytest.raises(TicketRefused) as e:
        svc.resolve(tid)
    assert e.value.codes == (TicketError.CITIZEN_NOT_INFORMED,)
    cal.day += timedelta(days=40)
    assert [r.id for r in svc.overdue()] == [tid]
    with pytest.raises(TicketRefused) as e:
        svc.record_informed(tid, InformedBy.LETTER, cal.day + timedelta(days=1))
    assert e.value.codes == (TicketError.INFORMED_IN_THE_FUTURE,)
    svc.record_informed(tid, InformedBy.LETTER)
    t = svc.ticket(tid)
    assert t.complete and not t.must_inform and t.citizen_informed_by is InformedBy.LETTER
    assert svc.overdue() == []  # the competent body's business now
    svc.resolve(tid)
    assert svc.ticket(tid).closed_on == cal.day


@pytest.mark.parametrize(
    ("kw", "code"),
    [
        ({"latitude": 91.0, "longitude": 3.0}, TicketError.LATITUDE_OUT_OF_RANGE),
        ({"latitude": 49.0, "longitude": -181.0}, TicketError.LONGITUDE_OUT_OF_RANGE),
        ({"latitude": 49.0}, TicketError.COORDINATES_INCOMPLETE),
        ({"category_id": "no-such-category"}, TicketError.UNKNOWN_CATEGORY),
        ({"description": "  "}, TicketError.REQUIRED),
        ({"contact_email": "jean.dupont@"}, TicketError.INVALID_EMAIL),
        ({"contact_phone": "appelez-moi"}, TicketError.INVALID_PHONE),
        ({"site_id": "nowhere"}, TicketError.UNKNOWN_SITE),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(svc, db, kw, code):
    before = _counts(db)
    with pytest.raises(TicketRefused) as e:
        _open(svc, **kw)
    assert code in e.value.codes
    assert _counts(db) == before


@pytest.mark.parametrize(
    "data",
    [b"GIF89a" + b"\x00" * 20, b"%PDF-1.7", b"", b'<svg xmlns="http://www.w3.org/2000/svg"/>'],
)
def test_a_photo_that_is_not_a_png_or_jpeg_is_refused(svc, db, data):
    before = _counts(db)
    blobs = BlobStore.for_database(db.path)
    with pytest.raises(TicketRefused) as e:
        svc.open_ticket(TicketDraft(_cat(svc, "lighting"), "Lampadaire"), photo=data)
    assert e.value.codes == (TicketError.PHOTO_NOT_SUPPORTED,)
    assert _counts(db) == before
    assert not blobs.root.exists() or not any(blobs.root.rglob("*"))
    svc.open_ticket(TicketDraft(_cat(svc, "lighting"), "Lampadaire"), photo=JPEG)


def test_categories_crud(svc, city, db):
    cat = svc.add_category(CategoryDraft("green", "Espaces verts", 15, city["roads"]))
    assert cat.service_name == "Service Voirie"
    for draft, code in (
        (CategoryDraft("GREEN", "Parcs", 5), TicketError.CODE_TAKEN),
        (CategoryDraft("parks", "espaces verts", 5), TicketError.NAME_TAKEN),
        (CategoryDraft("has space", "Parcs", 5), TicketError.INVALID_CODE),
        (CategoryDraft("parks", "Parcs", 0), TicketError.DUE_DAYS_OUT_OF_RANGE),
        (CategoryDraft("parks", "Parcs", 5, "gone"), TicketError.UNKNOWN_SERVICE),
    ):
        with pytest.raises(TicketRefused) as e:
            svc.add_category(draft)
        assert e.value.codes == (code,)
    updated = svc.update_category(cat.id, CategoryDraft("green", "Espaces verts", 30))
    assert (updated.due_days, updated.directory_entry_id) == (30, None)
    svc.set_category_active(cat.id, False)
    assert cat.id not in {c.id for c in svc.categories()}
    assert cat.id in {c.id for c in svc.categories(include_inactive=True)}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(TicketCategory)) == 3


def test_a_phone_photo_is_kept_without_its_owner_or_position_and_upright(svc, db):
    """Issue 12, finding 3: the phone's EXIF (owner's name, GPS position, serial), its XMP
    and comment never reach the blob folder; the photo stands as the phone showed it."""
    photo = phone_photo()
    assert len(traces(photo)) == ALL_TRACES
    tid = svc.open_ticket(TicketDraft(_cat(svc, "roads"), "Trou rue d'Isle"), photo=photo)
    kept = svc.photo(svc.ticket(tid).photo_hash)
    assert traces(kept) == []
    assert Image.open(io.BytesIO(kept)).size == (20, 40)
    files = [p for p in BlobStore.for_database(db.path).root.rglob("*") if p.is_file()]
    assert [traces(p.read_bytes()) for p in files] == [[]]

    svc.update_ticket(tid, TicketDraft(_cat(svc, "roads"), "Trou"), photo=phone_photo(8))
    assert traces(svc.photo(svc.ticket(tid).photo_hash)) == []


def test_a_file_that_only_starts_like_a_photo_is_refused_in_words(svc, db):
    before = _counts(db)
    for fake in (b"\xff\xd8\xff" + "Courrier de Mme Lefèvre".encode() * 9, PNG[:-20]):
        with pytest.raises(TicketRefused) as e:
            svc.open_ticket(TicketDraft(_cat(svc, "lighting"), "Lampadaire"), photo=fake)
        assert e.value.codes == (TicketError.PHOTO_UNREADABLE,)
    assert _counts(db) == before
    blobs = BlobStore.for_database(db.path)
    assert not blobs.root.exists() or not any(blobs.root.rglob("*"))


class Stop(Exception):
    """What the screen's step raises when the user cancels."""


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_an_export_stopped_halfway_leaves_nothing_behind(svc, tmp_path, fmt):
    for k in range(4):
        draft = TicketDraft(category_id=_cat(svc, "lighting"), description=f"Lampadaire {k}")
        svc.open_ticket(draft, photo=png_bytes(rgb=(20 * k, 60, 90)))
    folder = tmp_path / "out"
    folder.mkdir()
    steps: list[tuple[int, int]] = []

    def stop_after_two(done: int, total: int) -> None:
        steps.append((done, total))
        if done == 2:
            raise Stop

    with pytest.raises(Stop):
        svc.export_open311(folder / f"open311.{fmt}", fmt, with_photos=True, step=stop_after_two)
    assert steps[-1] == (2, 4)
    assert list(folder.iterdir()) == []  # no file, no photo, no hidden work folder

    done = svc.export_open311(
        folder / f"open311.{fmt}", fmt, with_photos=True, step=lambda d, t: steps.append((d, t))
    )
    assert done.photos == 4 and all(p.parent == folder and p.exists() for p in done.files)
    assert len(list((folder / "open311-media").iterdir())) == 4
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]

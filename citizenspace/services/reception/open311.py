"""Tickets in the Open311 GeoReport v2 shape, as JSON and as CSV.

Why Open311: it is the common shape of "report a problem in the street" data (used by
FixMyStreet, SeeClickFix and many city platforms), so the city can publish its Allô mairie
reports, or hand them to the Urban Community's tool, without a bespoke format. The export is
a file (the application has no server): a JSON object with the two GeoReport lists,
``{"services": [...], "requests": [...]}``, or CSV files with the same field names, for
French Excel (`;`, UTF-8 with a byte-order mark, no cell that a spreadsheet would run:
`services.spreadsheets`).

What never leaves: the citizen's contact (name, phone, e-mail) and any link to a person.
A ticket's description and address do leave — they describe the problem, as on any Open311
endpoint; the staff are told so on the export's button. The staff's own notes on a step
(`status_notes`: why a report was rejected, what was done) stay out unless the export is
asked for them (`with_staff_notes`), after the screen has warned: they are free text, may
name people, and the retention rules treat them as personal data.

Times carry the machine's UTC offset (ISO 8601, ``2026-03-02T09:15:00+01:00``): requested
when the ticket was opened (its first event), updated at its last step, expected at the
end of its due day.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from citizenspace.domain.reception import tickets as rules
from citizenspace.services.common.spreadsheets import write_csv
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore
from citizenspace.store.models import DirectoryEntry, FollowUp, TicketCategory, TicketEvent

SERVICE_FIELDS = (
    "service_code",
    "service_name",
    "description",
    "metadata",
    "type",
    "keywords",
    "group",
)
REQUEST_FIELDS = (
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "service_notice",
    "requested_datetime",
    "updated_datetime",
    "expected_datetime",
    "address",
    "zipcode",
    "lat",
    "long",
    "media_url",
)
_POSTCODE = re.compile(r"\b(\d{5})\b")
#: Told how many photos are copied out of how many; may raise to stop the export.
Step = Callable[[int, int], None]
#: The group of categories made before categories had one: the city's reports.
DEFAULT_GROUP = "Allô mairie"


@dataclass(frozen=True, slots=True)
class Open311Export:
    """What an export wrote: the files, and how many of each."""

    files: tuple[Path, ...]
    services: int
    requests: int
    photos: int


class Open311Service:
    def __init__(self, db: Database, tz: Callable[[], tzinfo | None] | None = None) -> None:
        """`tz`: the offset's zone (default: the machine's own, which is the city's)."""
        self._db = db
        self._tz = tz
        self._blobs = BlobStore.for_database(db.path)

    def _iso(self, moment: datetime) -> str:
        zone = self._tz() if self._tz else None
        aware = moment.replace(tzinfo=zone) if zone else moment.astimezone()
        return aware.replace(microsecond=0).isoformat()

    # ---------------------------------------------------------------- the documents

    def services(self) -> list[dict[str, Any]]:
        """GET services: one per active ticket category."""
        with self._db.read() as s:
            cats = s.scalars(
                select(TicketCategory)
                .where(TicketCategory.active.is_(True))
                .order_by(TicketCategory.code)
            ).all()
            return [
                {
                    "service_code": cat.code,
                    "service_name": cat.name,
                    "description": cat.description,
                    "metadata": False,
                    "type": "realtime",
                    "keywords": ",".join(w for w in cat.keywords.replace(",", " ").split()),
                    "group": DEFAULT_GROUP,
                }
                for cat in cats
            ]

    def requests(
        self, media_base: str | None = None, with_staff_notes: bool = False
    ) -> list[dict[str, Any]]:
        """GET requests: every ticket, the oldest first. `media_base` (a folder name beside
        the export) gives photos a `media_url`; None leaves it empty. `status_notes` is
        empty unless `with_staff_notes`."""
        with self._db.read() as s:
            times = {
                tid: (first, last)
                for tid, first, last in s.execute(
                    select(
                        TicketEvent.ticket_id, func.min(TicketEvent.at), func.max(TicketEvent.at)
                    ).group_by(TicketEvent.ticket_id)
                )
            }
            q = (
                select(FollowUp, TicketCategory.code, DirectoryEntry.name, DirectoryEntry.body_name)
                .outerjoin(TicketCategory, TicketCategory.id == FollowUp.category_id)
                .outerjoin(DirectoryEntry, DirectoryEntry.id == FollowUp.directory_entry_id)
                .order_by(FollowUp.opened_on, FollowUp.id)
            )
            out = []
            for t, code, entry_name, body in s.execute(q):
                first, last = times.get(t.id, (None, None))
                requested = first or datetime.combine(t.opened_on, time(0))
                closed = rules.is_complete(
                    t.status,
                    t.outside_competence,
                    t.informed_on is not None or bool(t.citizen_informed_by),
                )
                postcode = _POSTCODE.search(t.address or "")
                out.append(
                    {
                        "service_request_id": t.id,
                        "status": "closed" if closed else "open",
                        "status_notes": t.status_reason if with_staff_notes else "",
                        "service_name": t.category,
                        "service_code": code or "",
                        "description": t.description,
                        "agency_responsible": _agency(entry_name, body),
                        "service_notice": "",
                        "requested_datetime": self._iso(requested),
                        "updated_datetime": self._iso(last or requested),
                        "expected_datetime": self._iso(_end_of(t.due_on)) if t.due_on else "",
                        "address": t.address,
                        "zipcode": postcode.group(1) if postcode else "",
                        "lat": t.latitude,
                        "long": t.longitude,
                        "media_url": _media(t.photo_hash, media_base, self._blobs),
                    }
                )
            return out

    # ---------------------------------------------------------------- files

    def export_json(
        self,
        path: Path | str,
        with_photos: bool = False,
        with_staff_notes: bool = False,
        step: Step | None = None,
    ) -> Open311Export:
        path = Path(path)
        media = f"{path.stem}-media" if with_photos else None
        services, requests = self.services(), self.requests(media, with_staff_notes)
        _write_atomically(
            path,
            json.dumps({"services": services, "requests": requests}, ensure_ascii=False, indent=2),
        )
        photos = self._copy_photos(path.parent, media, requests, step)
        return Open311Export((path,), len(services), len(requests), photos)

    def export_csv(
        self,
        path: Path | str,
        with_photos: bool = False,
        with_staff_notes: bool = False,
        step: Step | None = None,
    ) -> Open311Export:
        """The requests into `path`, the services into ``<stem>-services.csv`` beside it."""
        path = Path(path)
        media = f"{path.stem}-media" if with_photos else None
        services, requests = self.services(), self.requests(media, with_staff_notes)
        services_path = path.with_name(f"{path.stem}-services.csv")
        write_csv(path, _table(REQUEST_FIELDS, requests))
        write_csv(services_path, _table(SERVICE_FIELDS, services))
        photos = self._copy_photos(path.parent, media, requests, step)
        return Open311Export((path, services_path), len(services), len(requests), photos)

    def _copy_photos(
        self, folder: Path, media: str | None, requests: list[dict], step: Step | None = None
    ) -> int:
        """Each photo beside the export; `step(done, total)` after each (it may raise to
        stop: the caller then throws away what was written)."""
        if media is None:
            return 0
        copied = 0
        total = sum(1 for r in requests if r["media_url"])
        for r in requests:
            if step is not None:
                step(copied, total)
            if not r["media_url"]:
                continue
            name = Path(r["media_url"]).name
            data = self._blobs.get(name.split(".")[0])
            if data is None:
                continue
            target = folder / media / name
            target.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, data)
            copied += 1
        return copied


def _agency(entry_name: str | None, body: str | None) -> str:
    if entry_name and body and body.casefold() not in entry_name.casefold():
        return f"{entry_name} ({body})"
    return entry_name or body or ""


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59))


def _media(photo_hash: str | None, base: str | None, blobs: BlobStore) -> str:
    if not photo_hash or base is None:
        return ""
    data = blobs.get(photo_hash)
    if data is None:  # not on this machine yet (sync will bring it)
        return ""
    return f"{base}/{photo_hash}.{rules.photo_extension(data)}"


def _table(fields: tuple[str, ...], rows: list[dict[str, Any]]) -> list[list[Any]]:
    """The header, then each row's values in field order; yes and no as JSON writes them."""
    return [
        list(fields),
        *(
            [("true" if v is True else "false" if v is False else v) for v in map(row.get, fields)]
            for row in rows
        ),
    ]


def _write_atomically(path: Path, content: str | bytes) -> None:
    """Write beside, then rename: a half-written export never takes the file's name."""
    tmp = path.with_name(f".{path.name}.tmp")
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(tmp, "wb") as f:
        f.write(data)
    shutil.move(tmp, path)

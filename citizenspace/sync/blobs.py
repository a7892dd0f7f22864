"""Pictures travel beside the rows that name them: the blob step of a sync round.

A synced row names a picture by its content hash (every column marked as naming a blob,
`models.blob_columns`: a project's picture, a ticket's photo); the bytes live in
this machine's blob store (`store.blobs`) and on the share under `blobs/`. After a round has
applied the others' segments, every picture a row names is made present on both sides:

- a picture here that the share lacks is uploaded, once: what was uploaded to which share is
  remembered in the local settings, so an idle round reads one small setting and one column
  and touches no file of the share;
- a picture named here but missing is downloaded. Not on the share yet (its machine has not
  synced since): `MissingBlob`, tried again next round, the round goes on. Damaged on the
  share (its bytes do not match its name) or not a picture at all: refused, never stored,
  reported. A folder, a loop or an unreadable file under a picture's name on the share stops
  that picture only (the share names the entry in its report); the others go on.

Why after pulling and before the acknowledgement: the rows just applied are the ones most
likely to name pictures this machine lacks, and the round's report then says honestly what
is still missing.

A picture no record names any more (a ticket's photo blanked by retention or an erasure, a
project's picture replaced) goes from the share too (`prune`): by a machine that has just
applied everything on the share, and only once the file has been there for `PRUNE_AFTER_S`.
Why the wait: a machine publishes the segment naming a picture before it uploads the
picture, so a picture older than that is named by a segment any listing made since shows.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from citizenspace.domain.pictures import picture_problem
from citizenspace.store.database import Database
from citizenspace.store.media.blobs import BlobStore, named_blobs
from citizenspace.store.models import LocalSetting
from citizenspace.sync.share import CorruptFile, MissingBlob, Share, UnreadableEntry

log = logging.getLogger(__name__)

#: Local setting: the share the blobs below were uploaded to, and their hashes.
UPLOADED_KEY = "blobs_uploaded"
#: A picture no record names is removed from the share once its file is this old.
PRUNE_AFTER_S = 24 * 3600


@dataclass
class BlobReport:
    uploaded: int = 0
    downloaded: int = 0
    #: Named by a row, on neither side yet (its machine has not synced it): retried.
    missing: list[str] = field(default_factory=list)
    #: Damaged on the share, or not a picture: refused, never stored.
    rejected: list[str] = field(default_factory=list)


def _referenced_and_uploaded(db: Database, share_key: str) -> tuple[set[str], set[str]]:
    with db.read() as s:
        conn = s.connection()
        named = named_blobs(conn)
        raw = conn.exec_driver_sql(
            "SELECT value FROM local_settings WHERE key = ?", (UPLOADED_KEY,)
        ).scalar()
    return named, _uploaded(raw, share_key)


def _uploaded(raw: str | None, share_key: str) -> set[str]:
    try:
        memo = json.loads(raw or "{}")
    except ValueError:
        return set()
    if not isinstance(memo, dict) or memo.get("share") != share_key:
        return set()  # another share (or none yet): it holds none of our blobs
    return {h for h in memo.get("hashes", ()) if isinstance(h, str)}


def _remember(db: Database, share_key: str, hashes: set[str]) -> None:
    value = json.dumps({"share": share_key, "hashes": sorted(hashes)})
    with db.write() as s:
        s.merge(LocalSetting(key=UPLOADED_KEY, value=value))


def forget_uploads(db: Database) -> None:
    """The share lost what this machine published (emptied, replaced): upload again."""
    with db.write() as s:
        s.execute(text("DELETE FROM local_settings WHERE key = :k"), {"k": UPLOADED_KEY})


def exchange(db: Database, share: Share) -> BlobReport:
    """Upload the pictures the share lacks, download the ones this machine lacks.

    Raises `ShareError` only when the share itself fails (gone, refusing writes): a blob
    missing or damaged on the share is reported, and the round goes on."""
    report = BlobReport()
    store = BlobStore.for_database(db.path)
    share_key = str(Path(share.root).resolve())
    named, uploaded = _referenced_and_uploaded(db, share_key)
    newly: set[str] = set()
    for checksum in sorted(named):
        if checksum in uploaded:
            continue
        data = store.get(checksum) if store.has(checksum) else None
        if data is None:
            continue  # not here: a download below, if the share has it
        try:
            share.put_blob(data)
        except UnreadableEntry:
            continue  # something stands under its name: tried again next round
        newly.add(checksum)
        report.uploaded += 1
    for checksum in sorted(named):
        if store.has(checksum):
            continue
        try:
            data = share.get_blob(checksum)
        except (MissingBlob, UnreadableEntry):
            report.missing.append(checksum)
            continue
        except CorruptFile as exc:
            log.warning("blob %s on the share is damaged: %s", checksum, exc)
            report.rejected.append(checksum)
            continue
        if picture_problem(data) is not None:
            log.warning("blob %s on the share is not a picture we accept", checksum)
            report.rejected.append(checksum)
            continue
        store.put(data)
        newly.add(checksum)  # the share has it: never to be uploaded back
        report.downloaded += 1
    if newly:
        _remember(db, share_key, uploaded | newly)
    return report


def prune(
    db: Database,
    share: Share,
    now_s: float,
    after_s: float = PRUNE_AFTER_S,
    *,
    remove: bool = True,
) -> int:
    """Remove from the share the pictures no record of this database names, written there
    more than `after_s` ago; `remove` only when this database applied everything on the
    share (see the module docstring). Returns how many went.

    Also checks this machine's memory of what it uploaded against the share: a picture
    another machine removed (named by nothing then, named again since: the same photo
    attached anew) is forgotten, and uploaded again at the next round."""
    share_key = str(Path(share.root).resolve())
    named, uploaded = _referenced_and_uploaded(db, share_key)
    listed = set(share.list_blobs())
    removed = set()
    if remove:
        removed = {
            checksum
            for checksum in listed
            if checksum not in named and share.remove_blob_if_older(checksum, now_s - after_s)
        }
    kept = uploaded & (listed - removed)
    if kept != uploaded:
        _remember(db, share_key, kept)
    if removed:
        log.info("%d picture(s) no record names any more removed from the share", len(removed))
    return len(removed)

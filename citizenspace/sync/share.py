"""The central share as files: segments, acknowledgements, snapshots and blobs.

Why this shape (DESIGN.md, "Sync through the central share"): the share is a dumb folder (an SMB
mount, a USB stick) that may vanish or be damaged at any moment, with no server to arbitrate.
So nothing here locks, appends or replaces. Every file is written under a temporary name that
readers skip, flushed, then renamed to a fresh final name that carries the SHA-256 of its bytes,
and read back. A reader trusts only bytes whose hash matches the name, so a truncated,
bit-flipped or half-copied file is recognised and never taken as data. File times are used only
to sweep stale temporary files, never to order anything.

Layout under the share root::

    FORMAT.json                                   share format and oldest app allowed to write
                                                  (and, on a demo share, the demo city it is for)
    devices/<device>/<epoch>/seg-<from>-<to>-<sha>.json.gz
    acks/<device>/ack-<counter>-<sha>.json
    snapshots/snapshot-<sha>.db.gz, snapshots/manifest-<counter>-<sha>.json
    blobs/<aa>/<sha>

One bad entry never stops the share. An entry that cannot be read (access rights, a link that
loops, a disk error), that is the wrong kind (a folder under a segment's name) or that has no
place in this layout (a stray copy, a file of 0 bytes named by hand) is noted once in
`Share.skipped` with its path and left out; the rest of the share is used. Only a share whose
root or FORMAT.json cannot be reached is "unavailable". The root itself is the user's folder:
other files there are fine and never reported.

A demo share (`init_demo_share`) is one IT makes to rehearse with demo cities: its
FORMAT.json says so, with the demo city it carries (its seed, scale, day and data files). A
demo city exchanges with such a share only, and a real city never with one (`share_kind`
tells which a folder is, without creating or changing anything; see `sync.engine`).

This module knows files only: what a segment body holds and how it is applied is the caller's.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import logging
import queue
import re
import secrets
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeGuard, TypeVar

from citizenspace import __version__
from citizenspace.sync.fsutil import FileSystem
from citizenspace.sync.gcpause import collector_paused

log = logging.getLogger(__name__)

#: Version of the share layout; bumped only when an older app could misread the share.
SHARE_FORMAT = 1
#: Version of the segment envelope (header + body) written by this module. 2: inserts may
#: carry their values as a list, with the names once per table in the body's "columns".
#: Segments of format 1 are read as they are.
SEGMENT_FORMAT = 2
#: The oldest application version allowed to write a share created by this one.
MIN_APP_VERSION = "0.1.0"

FORMAT_NAME = "FORMAT.json"
#: In FORMAT.json of a demo share: true, and the key of the demo city it is for.
DEMO_KEY = "demo"
DEMO_CITY_KEY = "demo_city"
DEVICES = "devices"
ACKS = "acks"
SNAPSHOTS = "snapshots"
BLOBS = "blobs"
#: Readers skip this prefix: a file under it may be incomplete.
TMP_PREFIX = ".tmp-"
#: How many of its own ack files a device keeps, so a damaged newest one has a fallback.
ACKS_KEPT = 2
#: In an acknowledgement's state, beside the histories ("device/epoch": last number): the
#: device ids this database left, each with the checksum of the last acknowledgement it
#: wrote under it (see `sync.snapshots.retired_ids`).
LEFT_KEY = "left"
#: And how far it wrote the histories it writes under a device id other than its own (an
#: identity it left): it holds them, for compaction, though it does not read them. Kept
#: apart from what it applied: a history lost on the share before anyone read it is no
#: reason for a new computer to wait (`sync.snapshots.segments_suffice`).
WROTE_KEY = "wrote"
#: And the devices an administrator retired (`sync.retire`), each with the checksum of its
#: acknowledgement when it was retired (None: it had written none). Every database names
#: them, so that the retirement outlives the computer it was decided on.
RETIRED_KEY = "retired"

_HEX64 = re.compile(r"[0-9a-f]{64}")
#: Device ids and epochs are UUIDs; anything else is not ours (or is an attempt to escape).
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
_SEGMENT = re.compile(r"seg-(\d{12})-(\d{12})-([0-9a-f]{64})\.json\.gz")
_ACK = re.compile(r"ack-(\d{12})-([0-9a-f]{64})\.json")
_MANIFEST = re.compile(r"manifest-(\d{12})-([0-9a-f]{64})\.json")
_SNAPSHOT = re.compile(r"snapshot-[0-9a-f]{64}\.db\.gz")
_PREFIX = re.compile(r"[0-9a-f]{2}")
#: What file managers leave in any folder they show (Windows Explorer): never ours, never
#: worth a word. Dot files (macOS Finder's, our temporary ones) are left out the same way.
_LITTER = frozenset({"thumbs.db", "ehthumbs.db", "desktop.ini"})
_RESERVED = ("format", "app_version", "device", "epoch")
_CHUNK = 1 << 20

T = TypeVar("T")


# --- Errors -------------------------------------------------------------------------------


class ShareError(Exception):
    """Anything the share layer reports; a sync round catches this and tells the user."""


class ShareUnavailable(ShareError):
    """The share folder cannot be reached (unplugged stick, lost network, missing FORMAT.json)."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"share unavailable at {path}: {detail}".rstrip(": "))
        self.path = path
        self.detail = detail


class WriteFailed(ShareError):
    """The share is there but refused a write, even after retries (antivirus lock, permissions,
    full disk) or the bytes read back differ from those written."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"could not write {path}: {detail}".rstrip(": "))
        self.path = path
        self.detail = detail


class ShareTooNew(ShareError):
    """The share (or a file on it) was written by a newer application: upgrade to use it."""

    def __init__(self, found_format: int, min_app_version: str) -> None:
        super().__init__(f"share format {found_format} needs application {min_app_version}")
        self.found_format = found_format
        self.min_app_version = min_app_version


class DemoShareRefused(ShareError):
    """A demo share cannot be made here: the folder is a real city's share ("real"), or the
    demo share of another demo city ("other", with that city's key)."""

    def __init__(self, reason: str, demo_city: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.demo_city = demo_city


class BadShareFormat(ShareError):
    """FORMAT.json exists but cannot be understood; we never overwrite it to 'repair' it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class Damage(StrEnum):
    """Why a file was rejected; stable codes that the screens turn into plain words."""

    CHECKSUM = "checksum"  # bytes differ from the name: truncated, bit-flipped or half-copied
    NOT_GZIP = "not-gzip"
    NOT_JSON = "not-json"
    BAD_HEADER = "bad-header"


class CorruptFile(ShareError):
    """A file on the share whose content cannot be trusted; it is never returned as data."""

    def __init__(self, path: Path, damage: Damage, detail: str = "") -> None:
        super().__init__(f"{path.name}: {damage.value} {detail}".rstrip())
        self.path = path
        self.damage = damage
        self.detail = detail


class CorruptSegment(CorruptFile):
    """A segment that fails its checksum, decoding or header checks."""


class MissingBlob(ShareError):
    """No blob with that hash on the share (yet): its writer may not have synced it."""


class EntryFault(StrEnum):
    """Why an entry of the share was skipped; stable codes that the screens turn into words."""

    UNREADABLE = "unreadable"  # the system refused to list or read it: rights, a loop, a disk
    WRONG_KIND = "wrong-kind"  # a folder where a file belongs, or a file where a folder does
    NOT_OURS = "not-ours"  # a name this layout has no place for (a stray copy, a hand-made file)
    DAMAGED = "damaged"  # an acknowledgement or manifest whose bytes differ from its name


@dataclass(frozen=True)
class SkippedEntry:
    """One entry of the share left out of a round, and why (`detail`: the system's words)."""

    path: Path
    fault: EntryFault
    detail: str = ""


class UnreadableEntry(ShareError):
    """This one file cannot be read, although the share can: the caller skips it (a segment
    read so blocks its own chain only). Already noted in `Share.skipped`."""

    def __init__(self, entry: SkippedEntry) -> None:
        super().__init__(f"{entry.path}: {entry.fault.value} {entry.detail}".rstrip())
        self.entry = entry


# --- Values -------------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class SegmentInfo:
    """What a segment's path tells before reading it. Sorts by device, epoch, then sequence."""

    device: str
    epoch: str
    seq_from: int
    seq_to: int
    checksum: str
    path: Path


#: What `write_segment` returns: the same facts a later listing gives.
SegmentRef = SegmentInfo


@dataclass(frozen=True)
class PreparedSegment:
    """A segment ready to write: where it will land and its exact bytes."""

    info: SegmentInfo
    data: bytes


@dataclass(frozen=True)
class Segment:
    """A verified segment: its header (format, schema, app_version, device, epoch, seq_from,
    seq_to, prev, plus the caller's keys) and its body, exactly as written."""

    info: SegmentInfo
    header: dict[str, Any]
    body: dict[str, Any]


@dataclass(frozen=True)
class SnapshotRef:
    """A published snapshot: the gzip file and the caller's meta from its manifest."""

    device: str
    epoch: str
    counter: int
    meta: dict[str, Any]
    path: Path
    checksum: str
    size: int
    #: The manifest that lists it (removed first when the snapshot is deleted).
    manifest: Path | None = None


@dataclass(frozen=True)
class AckFile:
    """A device's newest acknowledgement that verifies: its checksum (which tells one write
    from any other, even of the same state) and its state."""

    checksum: str
    state: dict[str, Any]


# --- Helpers ------------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """One byte sequence per value, so equal content gives equal checksums and file names."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def version_tuple(version: str) -> tuple[int, ...]:
    """'0.10.2' -> (0, 10, 2), comparable; trailing zeros dropped so '0.1' == '0.1.0'."""
    parts: list[int] = []
    for piece in version.split("."):
        digits = re.match(r"\d+", piece)
        if digits is None:
            break
        parts.append(int(digits.group()))
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _check_name(kind: str, value: str) -> None:
    if not isinstance(value, str) or not _NAME.fullmatch(value):
        raise ValueError(f"{kind} must be a UUID-like folder name, got {value!r}")


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _tmp_name() -> str:
    return TMP_PREFIX + secrets.token_hex(8)


def _gzip_file(source: Path) -> Iterator[bytes]:
    """Stream a (possibly large) local file as gzip bytes, without holding it in memory."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)  # 31: gzip wrapper, header time 0
    with open(source, "rb") as f:
        while chunk := f.read(_CHUNK):
            if out := packer.compress(chunk):
                yield out
    yield packer.flush()


@contextlib.contextmanager
def _read_ahead(chunks: Iterator[bytes], depth: int = 8) -> Iterator[Iterator[bytes]]:
    """`chunks`, produced in a thread of their own while the caller consumes them.

    Why: restoring a snapshot reads and inflates (zlib lets go of the interpreter while it
    inflates) as fast as the disk takes what was inflated; one after the other, a
    1,000,000-visit snapshot took the sum of both. An error on either side ends both."""
    box: queue.Queue[Any] = queue.Queue(depth)
    stop = threading.Event()
    end = object()

    def offer(item: Any) -> bool:
        while not stop.is_set():
            with contextlib.suppress(queue.Full):
                box.put(item, timeout=0.1)
                return True
        return False  # the consumer is gone

    def produce() -> None:
        try:
            for chunk in chunks:
                if not offer(chunk):
                    return
            offer(end)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            offer(exc)

    def consume() -> Iterator[bytes]:
        while (item := box.get()) is not end:
            if isinstance(item, BaseException):
                raise item
            yield item

    worker = threading.Thread(target=produce, name="snapshot-read-ahead", daemon=True)
    worker.start()
    try:
        yield consume()
    finally:
        stop.set()
        worker.join()


# --- The share ----------------------------------------------------------------------------


def open_share(
    root: Path,
    app_version: str = __version__,
    fs: FileSystem | None = None,
    *,
    created_by: str | None = None,
) -> Share:
    """Open the share at `root`, creating FORMAT.json if the folder has none.

    The folder must exist: a missing one is more likely an unplugged stick or a lost mount than
    a share to create, and creating it would write to the local disk instead. Unrelated files in
    the folder are fine (people point at an existing folder). Refuses a share written by a newer
    format, or one that asks for a newer application than `app_version`.
    """
    fs = fs or FileSystem()
    share = Share(root, fs, app_version=app_version)
    try:
        if not fs.is_dir(root):
            raise ShareUnavailable(root, "folder not found")
        fmt_path = root / FORMAT_NAME
        if not fs.exists(fmt_path):
            share._create_format(created_by or f"Citizen Space {app_version}")
        raw = fs.read_bytes(fmt_path)
    except OSError as e:
        raise ShareUnavailable(root, str(e)) from e
    try:
        info = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        raise BadShareFormat(fmt_path, f"not JSON ({e})") from e
    if not isinstance(info, dict):
        raise BadShareFormat(fmt_path, "not a JSON object")
    found, minimum = info.get("format"), info.get("min_app_version")
    if not _is_int(found) or found < 1:
        raise BadShareFormat(fmt_path, f"format is {found!r}")
    if not isinstance(minimum, str) or not version_tuple(minimum):
        raise BadShareFormat(fmt_path, f"min_app_version is {minimum!r}")
    if found > SHARE_FORMAT or version_tuple(minimum) > version_tuple(app_version):
        raise ShareTooNew(found, minimum)
    return share


@dataclass(frozen=True)
class ShareKind:
    """What a folder's FORMAT.json says it is (`share_kind`)."""

    #: FORMAT.json is there (an empty folder has none: a real city's first round makes it).
    present: bool
    demo: bool = False
    #: The demo city a demo share is for ("" if it names none).
    demo_city: str = ""


def share_kind(root: Path, fs: FileSystem | None = None) -> ShareKind | None:
    """Is the folder `root` a demo share, a real city's, or not a share yet? Reads FORMAT.json
    only, creates and changes nothing. None when the folder cannot be reached or FORMAT.json
    cannot be read or understood: opening the share says why."""
    fs = fs or FileSystem()
    path = Path(root) / FORMAT_NAME
    try:
        if not fs.is_dir(Path(root)):
            return None
        if not fs.exists(path):
            return ShareKind(present=False)
        info = json.loads(fs.read_bytes(path).decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(info, dict):
        return None
    demo = info.get(DEMO_KEY) is True
    city = info.get(DEMO_CITY_KEY)
    return ShareKind(True, demo, city if demo and isinstance(city, str) else "")


def init_demo_share(
    root: Path,
    demo_city: str,
    app_version: str = __version__,
    fs: FileSystem | None = None,
) -> bool:
    """Make the folder `root` (created if missing) a demo share for the demo city `demo_city`.
    Returns False when it already is one for that city (nothing is changed). Raises
    `DemoShareRefused` for a real city's share or another demo city's, `ShareError` when the
    folder cannot be written: a share is never turned from one kind into the other."""
    fs = fs or FileSystem()
    root = Path(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ShareUnavailable(root, str(e)) from e
    kind = share_kind(root, fs)
    if kind is None:
        open_share(root, app_version, fs)  # says what is wrong with it
        raise ShareUnavailable(root, "FORMAT.json cannot be read")
    if kind.present and not kind.demo:
        raise DemoShareRefused("real")
    if kind.present and kind.demo_city != demo_city:
        raise DemoShareRefused("other", kind.demo_city)
    if kind.present:
        return False
    share = Share(root, fs, app_version=app_version)
    share._create_format(
        f"Citizen Space {app_version} (demo)", {DEMO_KEY: True, DEMO_CITY_KEY: demo_city}
    )
    made = share_kind(root, fs)
    if made is None or not made.demo or made.demo_city != demo_city:
        # Someone made another FORMAT.json in the same instant: theirs stays.
        raise DemoShareRefused("real" if made is None or not made.demo else "other")
    return True


class Share:
    """The files of one central share. Construct through `open_share`, which checks the format.

    `fs` is the file system to use (the real OS by default); tests pass a subclass that fails on
    purpose. A refused operation is retried `attempts` times with a doubling pause starting at
    `backoff` seconds, because antivirus scanners and SMB servers often refuse for a moment.
    """

    def __init__(
        self,
        root: Path,
        fs: FileSystem | None = None,
        *,
        app_version: str = __version__,
        attempts: int = 4,
        backoff: float = 0.1,
    ) -> None:
        self.root = Path(root)
        self.fs = fs or FileSystem()
        self.app_version = app_version
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self._skipped: dict[Path, SkippedEntry] = {}

    @property
    def skipped(self) -> list[SkippedEntry]:
        """The bad entries met so far through this object, each once, by path. A sync round
        opens the share afresh, so this is what the round met."""
        return sorted(self._skipped.values(), key=lambda e: str(e.path))

    def hidden(self, device: str, epoch: str) -> bool:
        """Is the folder of `device`, or of its `epoch`, one that could not be listed so far?
        What it holds is hidden, not lost: nothing is to be decided about it."""
        devices = self.root / DEVICES
        return any(
            e.path in (devices / device, devices / device / epoch) for e in self._skipped.values()
        )

    # --- Segments ---------------------------------------------------------------------------

    def write_segment(
        self, device: str, epoch: str, header: dict[str, Any], body: dict[str, Any]
    ) -> SegmentRef:
        """Publish one immutable segment and return where it landed.

        `header` must hold `schema` (str), `seq_from`, `seq_to` (ints; `seq_to == seq_from - 1`
        for a segment of unordered items only) and `prev` (checksum of the previous segment of
        this device and epoch, None for the first). We add format, app_version, device, epoch.
        Publishing the same content twice lands on the same name and is harmless.
        """
        return self.write_prepared(self.prepare_segment(device, epoch, header, body))

    def prepare_segment(
        self, device: str, epoch: str, header: dict[str, Any], body: dict[str, Any]
    ) -> PreparedSegment:
        """The bytes and the name of a segment, without writing it: a writer records the
        checksum first, so that it knows the file as its own even if the write lands while
        being reported as failed (see `store.identity`)."""
        _check_name("device", device)
        _check_name("epoch", epoch)
        head = self._segment_header(device, epoch, header)
        data = gzip.compress(canonical_json({"header": head, "body": body}), mtime=0)
        checksum = sha256_hex(data)
        name = f"seg-{head['seq_from']:012d}-{head['seq_to']:012d}-{checksum}.json.gz"
        path = self.root / DEVICES / device / epoch / name
        info = SegmentInfo(device, epoch, head["seq_from"], head["seq_to"], checksum, path)
        return PreparedSegment(info, data)

    def write_prepared(self, prepared: PreparedSegment) -> SegmentRef:
        info = prepared.info
        folder = self._folder(DEVICES, info.device, info.epoch)
        self._publish(folder / info.path.name, prepared.data, info.checksum)
        return info

    def _segment_header(self, device: str, epoch: str, header: dict[str, Any]) -> dict[str, Any]:
        """Check the caller's part of the header and add ours, so no reader ever meets a
        segment this module would reject."""
        mine = {
            "format": SEGMENT_FORMAT,
            "app_version": self.app_version,
            "device": device,
            "epoch": epoch,
        }
        for key in _RESERVED:
            if key in header and header[key] != mine[key]:
                raise ValueError(f"header {key}={header[key]!r} contradicts {mine[key]!r}")
        head = {**header, **mine}
        problem = _header_problem(head)
        if problem:
            raise ValueError(f"bad segment header: {problem}")
        return head

    def list_segments(self, exclude_device: str | None = None) -> list[SegmentInfo]:
        """Every segment name on the share, sorted; temporary names left out, bad entries
        noted in `skipped`. Nothing is read or verified yet: `read_segment` does that (and
        finds a folder under a segment's name, without a look at each file here)."""
        self._require_share()
        found: list[SegmentInfo] = []
        devices = self.root / DEVICES
        names = [n for n in self._list(devices) or [] if n != exclude_device]
        for device, epochs in self._children(devices, names, _NAME):
            for epoch, files in self._children(devices / device, epochs, _NAME):
                folder = devices / device / epoch
                for name in files:
                    m = _SEGMENT.fullmatch(name)
                    if not m or int(m[2]) < int(m[1]) - 1:
                        self._skip(folder / name, EntryFault.NOT_OURS)
                        continue
                    found.append(
                        SegmentInfo(device, epoch, int(m[1]), int(m[2]), m[3], folder / name)
                    )
        return sorted(found)

    def read_segment(self, info: SegmentInfo) -> Segment:
        """Read and verify one segment. Raises `CorruptSegment` for any damage (the bytes never
        reach the caller), `UnreadableEntry` when this file alone cannot be read, and
        `ShareUnavailable` when the share is gone."""
        data = self._read(info.path)
        if sha256_hex(data) != info.checksum:
            raise CorruptSegment(info.path, Damage.CHECKSUM, f"{len(data)} bytes")
        try:
            raw = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            raise CorruptSegment(info.path, Damage.NOT_GZIP, str(e)) from e
        try:
            with collector_paused():
                doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            raise CorruptSegment(info.path, Damage.NOT_JSON, str(e)) from e
        if not isinstance(doc, dict) or not isinstance(doc.get("body"), dict):
            raise CorruptSegment(info.path, Damage.BAD_HEADER, "no header and body")
        columns = doc["body"].get("columns", {})
        if not isinstance(columns, dict) or not all(
            isinstance(names, list) and all(isinstance(n, str) for n in names)
            for names in columns.values()
        ):
            raise CorruptSegment(info.path, Damage.BAD_HEADER, "bad column names")
        head = doc.get("header")
        problem = _header_problem(head)
        if problem is None:
            assert isinstance(head, dict)  # what _header_problem checks first
            expected = (info.device, info.epoch, info.seq_from, info.seq_to)
            if (head["device"], head["epoch"], head["seq_from"], head["seq_to"]) != expected:
                problem = "device, epoch or sequence differ from the file's place and name"
        if problem:
            raise CorruptSegment(info.path, Damage.BAD_HEADER, problem)
        assert isinstance(head, dict)
        if head["format"] > SEGMENT_FORMAT:
            raise ShareTooNew(head["format"], head["app_version"])
        return Segment(info, head, doc["body"])

    def delete_segments(self, infos: Iterable[SegmentInfo]) -> int:
        """Compaction: remove segments the caller knows every device has acknowledged. Best
        effort (a vanished share or a locked file just stays for next time); returns how many
        files went away."""
        removed = 0
        for info in infos:
            try:
                self.fs.remove(info.path)
                removed += 1
            except OSError:
                pass
        return removed

    # --- Acknowledgements -------------------------------------------------------------------

    def write_ack(self, device: str, state: dict[str, Any]) -> str:
        """Publish this device's acknowledgement `state` (e.g. what it has applied); returns
        its checksum (see `AckFile`).

        Each ack is a new file with a higher counter; older ones are removed afterwards, keeping
        one spare, because a rename over the previous ack is not atomic on every share.
        """
        _check_name("device", device)
        folder = self._folder(ACKS, device)
        existing = self._numbered(folder, _ACK)
        counter = existing[-1][0] + 1 if existing else 1
        data = canonical_json({"format": 1, "device": device, "counter": counter, "state": state})
        checksum = sha256_hex(data)
        self._publish(folder / f"ack-{counter:012d}-{checksum}.json", data, checksum)
        for _counter, _sha, name in existing[: max(0, len(existing) + 1 - ACKS_KEPT)]:
            self._discard(folder / name)
        return checksum

    def read_acks(self) -> dict[str, dict[str, Any]]:
        """Each device's newest ack that verifies; a damaged newest falls back to the one
        before (acknowledging less is always safe for compaction)."""
        return {device: ack.state for device, ack in self.read_ack_files().items()}

    def read_ack_files(self) -> dict[str, AckFile]:
        """`read_acks`, with the checksum of each file read."""
        self._require_share()
        acks: dict[str, AckFile] = {}
        folder = self.root / ACKS
        for device, names in self._subfolders(folder):
            candidates = reversed(self._numbered(folder / device, _ACK, names))
            for counter, checksum, name in candidates:
                doc = self._read_json(folder / device / name, checksum)
                if (
                    isinstance(doc, dict)
                    and doc.get("device") == device
                    and doc.get("counter") == counter
                    and isinstance(doc.get("state"), dict)
                ):
                    acks[device] = AckFile(checksum, doc["state"])
                    break
        return acks

    # --- Snapshots --------------------------------------------------------------------------

    def write_snapshot(
        self, device: str, epoch: str, source_file: Path, meta: dict[str, Any]
    ) -> SnapshotRef:
        """Publish a gzip of `source_file` (a copy the caller made with SQLite's backup API),
        then its manifest. The manifest goes last, so a half-written snapshot is never listed.
        Ordering is by a share-wide counter in the manifest name, never by file times."""
        _check_name("device", device)
        _check_name("epoch", epoch)
        folder = self._folder(SNAPSHOTS)
        digest: dict[str, Any] = {}

        def chunks() -> Iterator[bytes]:
            h, size = hashlib.sha256(), 0
            for chunk in _gzip_file(source_file):
                h.update(chunk)
                size += len(chunk)
                yield chunk
            digest.update(checksum=h.hexdigest(), size=size)

        tmp = folder / _tmp_name()
        try:
            self._retrying(lambda: self._write_tmp(tmp, chunks), tmp)
            final = folder / f"snapshot-{digest['checksum']}.db.gz"
            self._retrying(lambda: self._place(tmp, final, digest["checksum"]), final)
        finally:
            self._discard(tmp)
        manifests = self._numbered(folder, _MANIFEST)
        counter = manifests[-1][0] + 1 if manifests else 1
        manifest = {
            "format": 1,
            "device": device,
            "epoch": epoch,
            "counter": counter,
            "file": final.name,
            "checksum": digest["checksum"],
            "size": digest["size"],
            "meta": meta,
        }
        data = canonical_json(manifest)
        checksum = sha256_hex(data)
        manifest_path = folder / f"manifest-{counter:012d}-{checksum}.json"
        self._publish(manifest_path, data, checksum)
        return SnapshotRef(
            device,
            epoch,
            counter,
            meta,
            final,
            digest["checksum"],
            digest["size"],
            manifest_path,
        )

    def latest_snapshot(self) -> SnapshotRef | None:
        """The newest snapshot whose manifest verifies and whose file is all there (by size;
        the full checksum is checked while restoring)."""
        return next(self._snapshots(), None)

    def list_snapshots(self) -> list[SnapshotRef]:
        """Every snapshot `latest_snapshot` could return, newest first."""
        return list(self._snapshots())

    def _snapshots(self) -> Iterator[SnapshotRef]:
        self._require_share()
        folder = self.root / SNAPSHOTS
        for counter, checksum, name in reversed(self._numbered(folder, _MANIFEST)):
            doc = self._read_json(folder / name, checksum)
            try:
                data_sum = doc["checksum"]
                if doc["counter"] != counter or not _HEX64.fullmatch(data_sum):
                    continue
                path = folder / f"snapshot-{data_sum}.db.gz"
                ref = SnapshotRef(
                    doc["device"],
                    doc["epoch"],
                    counter,
                    doc["meta"],
                    path,
                    data_sum,
                    doc["size"],
                    folder / name,
                )
                if self.fs.size(path) == ref.size:
                    yield ref
            except (TypeError, KeyError, OSError):
                continue  # damaged manifest, or its file cut short or gone: try the one before

    def delete_snapshot(self, ref: SnapshotRef) -> bool:
        """Compaction, or a snapshot found damaged: remove its manifest, then its file unless
        another manifest still lists the same bytes. Best effort; returns whether the manifest
        went away (a file left alone by a vanished share is swept later, see
        `clean_orphan_snapshots`)."""
        if ref.manifest is None:
            return False
        try:
            self.fs.remove(ref.manifest)
        except OSError:
            return False
        folder = self.root / SNAPSHOTS
        try:
            listed = {
                (self._read_json(folder / name, checksum) or {}).get("checksum")
                for _counter, checksum, name in self._numbered(folder, _MANIFEST)
            }
        except ShareError:
            return True
        if ref.checksum not in listed:
            self._discard(ref.path)
        return True

    def clean_orphan_snapshots(self, max_age_hours: float) -> int:
        """Remove snapshot files no manifest lists, once older than `max_age_hours` (a writer
        places the file before its manifest: a younger one may be on its way). They are what
        a crashed writer or an interrupted compaction left, and may hold data the share is
        meant to have forgotten. File age is used here only, never to order data."""
        self._require_share()
        folder = self.root / SNAPSHOTS
        listed = {
            (self._read_json(folder / name, checksum) or {}).get("checksum")
            for _counter, checksum, name in self._numbered(folder, _MANIFEST)
        }
        limit = self.fs.now() - max_age_hours * 3600
        removed = 0
        for name in self._names(folder):
            m = re.fullmatch(r"snapshot-([0-9a-f]{64})\.db\.gz", name)
            if m is None or m[1] in listed:
                continue
            removed += self._remove_if_older(folder / name, limit)
        return removed

    def restore_snapshot(
        self, ref: SnapshotRef, target_path: Path, *, durable: bool = True
    ) -> None:
        """Decompress a snapshot into `target_path` (which must not exist yet), through a
        temporary file renamed only once the whole snapshot has verified. `durable`: flushed
        to the disk first (not needed for a working copy that is thrown away after a crash)."""
        target_path = Path(target_path)
        if self.fs.exists(target_path):
            raise FileExistsError(target_path)
        h = hashlib.sha256()
        unpack = zlib.decompressobj(47)  # 47: gzip or zlib header, detected

        def chunks() -> Iterator[bytes]:
            with self.fs.open_read(ref.path) as f:
                while chunk := f.read(_CHUNK):
                    h.update(chunk)
                    try:
                        yield unpack.decompress(chunk)
                    except zlib.error as e:
                        raise CorruptFile(ref.path, Damage.NOT_GZIP, str(e)) from e

        tmp = target_path.parent / _tmp_name()
        try:
            try:
                with _read_ahead(chunks()) as unpacked:
                    if durable:
                        self.fs.write_new(tmp, unpacked)
                    else:
                        with open(tmp, "xb") as out:
                            for chunk in unpacked:
                                out.write(chunk)
            except OSError as e:
                if self._reachable():
                    raise  # the local disk refused: not the share's fault
                raise ShareUnavailable(ref.path, str(e)) from e
            if h.hexdigest() != ref.checksum:
                raise CorruptFile(ref.path, Damage.CHECKSUM)
            if not unpack.eof or unpack.unused_data:
                raise CorruptFile(ref.path, Damage.NOT_GZIP, "incomplete gzip stream")
            self.fs.rename(tmp, target_path)
        finally:
            self._discard(tmp)

    # --- Blobs ------------------------------------------------------------------------------

    def put_blob(self, data: bytes) -> str:
        """Store a picture or PDF by content hash; storing it again is a no-op."""
        checksum = sha256_hex(data)
        try:
            self._publish(self._folder(BLOBS, checksum[:2]) / checksum, data, checksum)
        except WriteFailed as e:
            # A folder or a loop under this blob's name (or its prefix's) refuses this blob
            # only: the caller goes on with the others. Otherwise the share refuses writes.
            blocked = self._in_the_way(self.root / BLOBS / checksum[:2] / checksum)
            if blocked is None:
                raise
            raise blocked from e
        return checksum

    def get_blob(self, checksum: str) -> bytes:
        """The verified bytes of a blob; `MissingBlob` if not on the share (yet)."""
        if not _HEX64.fullmatch(checksum):
            raise ValueError(f"not a SHA-256: {checksum!r}")
        path = self.root / BLOBS / checksum[:2] / checksum
        try:
            data = self.fs.read_bytes(path)
        except FileNotFoundError as e:
            self._require_share()
            raise MissingBlob(checksum) from e
        except OSError as e:
            raise self._unreadable(path, e) from e
        if sha256_hex(data) != checksum:
            raise CorruptFile(path, Damage.CHECKSUM, f"{len(data)} bytes")
        return data

    def list_blobs(self) -> list[str]:
        """The content hashes of the pictures on the share (other entries are `survey`'s)."""
        self._require_share()
        found = []
        for prefix, names in self._subfolders(self.root / BLOBS, _PREFIX):
            found += [n for n in names if _HEX64.fullmatch(n) and n.startswith(prefix)]
        return sorted(found)

    def remove_blob_if_older(self, checksum: str, limit: float) -> bool:
        """Remove a picture no record names any more, if it was written before `limit`
        (seconds since the epoch). Best effort: one that cannot be removed now stays."""
        if not _HEX64.fullmatch(checksum):
            raise ValueError(f"not a SHA-256: {checksum!r}")
        return self._remove_if_older(self.root / BLOBS / checksum[:2] / checksum, limit)

    # --- Housekeeping -----------------------------------------------------------------------

    def clean_stale_temp(self, max_age_hours: float) -> int:
        """Remove temporary files left by crashed writers, once older than `max_age_hours`
        (long enough that no live writer can still be filling them). Best effort; returns the
        number removed. File age is used here only, never to order data."""
        self._require_share()
        limit = self.fs.now() - max_age_hours * 3600
        removed = 0
        for folder in self._our_folders():
            try:
                names = self.fs.listdir(folder)  # `_names` hides the very files we want here
            except OSError:
                continue
            for name in names:
                if not name.startswith(TMP_PREFIX):
                    continue
                removed += self._remove_if_older(folder / name, limit)
        return removed

    def _remove_if_older(self, path: Path, limit: float) -> bool:
        """Remove `path` if it was last written before `limit` (seconds since the epoch);
        a file that cannot be looked at or removed now is left for a later sweep."""
        try:
            if self.fs.mtime(path) < limit:
                self.fs.remove(path)
                return True
        except OSError:
            pass
        return False

    def _our_folders(self) -> Iterator[Path]:
        """The root and every folder this module writes, and no user folder besides."""
        yield self.root
        for top, depth, pattern in (
            (DEVICES, 2, _NAME),
            (ACKS, 1, _NAME),
            (SNAPSHOTS, 0, _NAME),
            (BLOBS, 1, _PREFIX),
        ):
            level = [self.root / top]
            yield from level
            for _ in range(depth):  # never listed as folders: the files of the last level
                level = [f / sub for f in level for sub, _names in self._subfolders(f, pattern)]
                yield from level

    def survey(self) -> None:
        """Note in `skipped` every entry of acks/, snapshots/ and blobs/ that is not ours or
        cannot be listed (`list_segments` looks over devices/). Lists folders, reads no file:
        a stray entry is named at every round, not carried along unseen for years."""
        self._require_share()
        for device, names in self._subfolders(self.root / ACKS):
            for name in names:
                if not _ACK.fullmatch(name):
                    self._skip(self.root / ACKS / device / name, EntryFault.NOT_OURS)
        folder = self.root / SNAPSHOTS
        for name in self._list(folder) or []:
            if not (_MANIFEST.fullmatch(name) or _SNAPSHOT.fullmatch(name)):
                self._skip(folder / name, EntryFault.NOT_OURS)
        for prefix, names in self._subfolders(self.root / BLOBS, _PREFIX):
            for name in names:
                if not (_HEX64.fullmatch(name) and name.startswith(prefix)):
                    self._skip(self.root / BLOBS / prefix / name, EntryFault.NOT_OURS)

    # --- Writing: temporary name, flush, fresh final name, read back ------------------------

    def _create_format(self, created_by: str, extra: dict[str, Any] | None = None) -> None:
        """Write FORMAT.json unless someone else did first, in which case theirs stays. (Two
        devices creating it in the same instant may each rename; both files are valid.)"""
        info = {
            "format": SHARE_FORMAT,
            "min_app_version": MIN_APP_VERSION,
            "created_by": created_by,
            **(extra or {}),
        }
        final = self.root / FORMAT_NAME
        tmp = self.root / _tmp_name()
        try:
            self._retrying(lambda: self._write_tmp(tmp, lambda: [canonical_json(info)]), tmp)
            if not self.fs.exists(final):
                self._retrying(lambda: self.fs.rename(tmp, final), final)
        finally:
            self._discard(tmp)

    def _publish(self, final: Path, data: bytes, checksum: str) -> None:
        """Write `data` under the fresh name `final`, whose content hash is `checksum`."""
        self._require_share()
        tmp = final.parent / _tmp_name()
        try:
            self._retrying(lambda: self._write_tmp(tmp, lambda: [data]), tmp)
            self._retrying(lambda: self._place(tmp, final, checksum), final)
        finally:
            self._discard(tmp)

    def _write_tmp(self, tmp: Path, chunks: Callable[[], Iterable[bytes]]) -> None:
        self._discard(tmp)  # a previous attempt may have left part of it
        self.fs.write_new(tmp, chunks())

    def _place(self, tmp: Path, final: Path, checksum: str) -> None:
        """Rename `tmp` to `final` without ever replacing good data, then read it back.

        If `final` already holds the right bytes (an earlier attempt whose rename was reported
        as failed but happened, or the same content published before), that is success. If it
        holds other bytes, they are damage under a name that promises our content (a half copy):
        removing them replaces nothing valid.
        """
        if self._holds(final, checksum):
            return
        if self.fs.exists(final):
            self.fs.remove(final)
        self.fs.rename(tmp, final)
        if not self._holds(final, checksum):
            self._discard(final)
            raise OSError(f"{final.name}: the bytes read back differ from those written")

    def _holds(self, path: Path, checksum: str) -> bool:
        """Does `path` exist with exactly the bytes hashing to `checksum`? Streams, because a
        snapshot may be large."""
        h = hashlib.sha256()
        try:
            with self.fs.open_read(path) as f:
                while chunk := f.read(_CHUNK):
                    h.update(chunk)
        except FileNotFoundError:
            return False
        return h.hexdigest() == checksum

    def _retrying(self, operation: Callable[[], T], path: Path) -> T:
        """Run `operation`, retrying refusals with a doubling pause; give up at once if the share
        itself is gone. Raises `ShareUnavailable` or `WriteFailed`."""
        error: OSError | None = None
        for attempt in range(self.attempts):
            if attempt:
                self.fs.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                return operation()
            except OSError as e:
                error = e
                if not self._reachable():
                    break
        raise self._failure(path, error)

    # --- Reading and listing ----------------------------------------------------------------

    def _read(self, path: Path) -> bytes:
        try:
            return self.fs.read_bytes(path)
        except OSError as e:
            raise self._unreadable(path, e) from e

    def _read_json(self, path: Path, checksum: str) -> Any:
        """The JSON in `path` if its bytes hash to `checksum`, else None (noted in `skipped`).
        Raises `ShareUnavailable` if the share is gone."""
        try:
            data = self.fs.read_bytes(path)
        except FileNotFoundError:
            self._require_share()
            return None  # replaced meanwhile: its writer keeps only its newest acks
        except OSError as e:
            error = self._unreadable(path, e)
            if isinstance(error, ShareUnavailable):
                raise error from e
            return None
        try:
            if sha256_hex(data) == checksum:
                return json.loads(data.decode("utf-8"))
        except ValueError:
            pass
        self._skip(path, EntryFault.DAMAGED, f"{len(data)} bytes")
        return None

    def _unreadable(self, path: Path, error: OSError) -> ShareError:
        """What a failed read means: the share gone (`ShareUnavailable`), or this entry alone
        (`UnreadableEntry`, noted in `skipped`): a folder under a file's name, rights this
        machine lacks, a link that loops or leads nowhere."""
        if not self._reachable():
            return ShareUnavailable(path, str(error))
        detail = error.strerror or str(error)
        if isinstance(error, NotADirectoryError):  # a file where one of its folders belongs
            return UnreadableEntry(self._skip(path.parent, EntryFault.WRONG_KIND, detail))
        if isinstance(error, IsADirectoryError) or self._is_dir(path):  # Windows: "denied"
            return UnreadableEntry(self._skip(path, EntryFault.WRONG_KIND, detail))
        return UnreadableEntry(self._skip(path, EntryFault.UNREADABLE, detail))

    def _in_the_way(self, final: Path) -> UnreadableEntry | None:
        """After a refused write of `final`: the entry of the share that stands in its way (its
        folder is a file or cannot be listed; a folder, a loop or an unreadable file under its
        name), noted in `skipped`; None when nothing does (the share refuses writes)."""
        if self._list(final.parent) is None:
            return UnreadableEntry(self._skipped[final.parent])
        try:
            with self.fs.open_read(final):
                return None
        except FileNotFoundError:
            return None
        except OSError as e:
            error = self._unreadable(final, e)
            return error if isinstance(error, UnreadableEntry) else None

    def _is_dir(self, path: Path) -> bool:
        try:
            return self.fs.is_dir(path)
        except OSError:
            return False

    def _skip(self, path: Path, fault: EntryFault, detail: str = "") -> SkippedEntry:
        """Note a bad entry, once: a round meets some of them more than once."""
        if path not in self._skipped:
            log.warning("share entry skipped: %s (%s %s)", path, fault.value, detail)
            self._skipped[path] = SkippedEntry(path, fault, detail)
        return self._skipped[path]

    def _list(self, folder: Path, *, missing_ok: bool = True) -> list[str] | None:
        """The names in `folder`, sorted, without temporary names, dot files (like macOS '._'
        copies on USB sticks) and file managers' litter. A folder not made yet is empty (unless
        `missing_ok` is false: its parent listed it); one that cannot be listed is noted in
        `skipped` and gives None; the share gone raises `ShareUnavailable`."""
        try:
            names = self.fs.listdir(folder)
        except OSError as e:
            if not self._reachable():
                raise ShareUnavailable(folder, str(e)) from e
            if missing_ok and isinstance(e, FileNotFoundError):
                return []
            wrong = isinstance(e, NotADirectoryError)
            fault = EntryFault.WRONG_KIND if wrong else EntryFault.UNREADABLE
            self._skip(folder, fault, e.strerror or str(e))
            return None
        return sorted(n for n in names if not n.startswith(".") and n.lower() not in _LITTER)

    def _names(self, folder: Path) -> list[str]:
        return self._list(folder) or []

    def _numbered(
        self, folder: Path, pattern: re.Pattern[str], names: list[str] | None = None
    ) -> list[tuple[int, str, str]]:
        """(counter, checksum, name) of the files in `folder` named like `pattern`, ascending."""
        return sorted(
            (int(m[1]), m[2], name)
            for name in (self._names(folder) if names is None else names)
            if (m := pattern.fullmatch(name))
        )

    def _children(
        self, folder: Path, names: Iterable[str], pattern: re.Pattern[str]
    ) -> Iterator[tuple[str, list[str]]]:
        """(name, the names inside) for each subfolder of `folder` among `names`. A name not
        like `pattern` is noted as not ours; a file or an unreadable folder, as such. Listing
        each one is also how a file is told from a folder, without one more call per name."""
        for name in names:
            if not pattern.fullmatch(name):
                self._skip(folder / name, EntryFault.NOT_OURS)
                continue
            inside = self._list(folder / name, missing_ok=False)
            if inside is not None:
                yield name, inside

    def _subfolders(
        self, folder: Path, pattern: re.Pattern[str] = _NAME
    ) -> Iterator[tuple[str, list[str]]]:
        """The subfolders of `folder` named like device ids, epochs or blob prefixes, each with
        the names inside; other entries noted in `skipped`."""
        return self._children(folder, self._list(folder) or [], pattern)

    def _folder(self, *parts: str) -> Path:
        """Create the folders below the root one by one (never the root itself)."""
        self._require_share()
        path = self.root
        for part in parts:
            path = path / part
            try:
                self.fs.mkdir(path)
            except OSError as e:
                raise self._failure(path, e) from e
        return path

    def _reachable(self) -> bool:
        """Is the share still there? An empty mount point left by a lost SMB connection has no
        FORMAT.json, so it counts as gone rather than as an empty share."""
        try:
            return self.fs.exists(self.root / FORMAT_NAME)
        except OSError:
            return False

    def _require_share(self) -> None:
        if not self._reachable():
            raise ShareUnavailable(self.root, "FORMAT.json not found")

    def _failure(self, path: Path, error: BaseException | None) -> ShareError:
        if not self._reachable():
            return ShareUnavailable(self.root, str(error or ""))
        return WriteFailed(path, str(error or ""))

    def _discard(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            self.fs.remove(path)


def _header_problem(head: Any) -> str | None:
    """What is wrong with a segment header, or None. Shared by writer and reader."""
    if not isinstance(head, dict):
        return "header is not an object"
    for key in ("format", "seq_from", "seq_to"):
        if not _is_int(head.get(key)):
            return f"{key} is not an integer"
    for key in ("schema", "app_version", "device", "epoch"):
        if not isinstance(head.get(key), str) or not head[key]:
            return f"{key} is missing"
    if head["seq_from"] < 1 or head["seq_to"] < head["seq_from"] - 1:
        return "bad sequence range"
    prev = head.get("prev")
    if "prev" not in head or not (
        prev is None or (isinstance(prev, str) and _HEX64.fullmatch(prev))
    ):
        return "prev is not a checksum or null"
    if prev is None and head["seq_from"] != 1:
        return "only the first segment of an epoch has no prev"
    return None

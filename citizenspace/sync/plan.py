"""Which segments to apply next, in which order, and what is blocking the rest.

Why: the share hands us files in no useful order, some duplicated (a retried write, a hand copy
of a USB stick), some damaged. A device's changes must be applied as an unbroken chain: each
segment starts right after the last applied sequence number *and* names the last applied
segment's checksum as its `prev`. A missing link is never skipped, because the changes after it
may depend on it; the plan stops there and says why. A link this machine cannot read (its
rights, a folder under a segment's name) stops its own chain the same way, and no other. The
result depends only on the set of files, never on listing order, so every replica takes the
same decisions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from citizenspace.sync.share import CorruptSegment, Segment, SegmentInfo, UnreadableEntry

#: (device, epoch) -> (last applied seq_to, checksum of the last applied segment).
Applied = Mapping[tuple[str, str], tuple[int, str | None]]


class Block(StrEnum):
    """Why a device's chain stops before segments that are on the share."""

    #: No segment starts right after the last applied one: a range is missing.
    MISSING = "missing"
    #: The next segment is there, but every copy of it is damaged.
    CORRUPT = "corrupt"
    #: The next segment is there, but no copy of it can be read here (and none is damaged).
    UNREADABLE = "unreadable"
    #: A segment starts at the right number but does not follow the last applied one.
    MISMATCH = "mismatch"
    #: Two different segments both claim to follow the last applied one.
    FORK = "fork"


@dataclass(frozen=True)
class Gap:
    """A stalled chain: applied up to `after_seq`; `next_seq` is the lowest later start found."""

    device: str
    epoch: str
    after_seq: int
    next_seq: int
    block: Block


@dataclass(frozen=True)
class Rejection:
    """A damaged file met while planning; it was never returned as data."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Plan:
    """`steps`: verified segments to apply in this order (grouped by device and epoch, each
    group in chain order). `gaps`: chains that stop before segments present on the share.
    `rejected`: damaged files seen on the way (a valid duplicate may have replaced them). Files
    that could not be read at all are the share's to report (`Share.skipped`)."""

    steps: tuple[Segment, ...]
    gaps: tuple[Gap, ...]
    rejected: tuple[Rejection, ...]


def plan(
    segments: Iterable[SegmentInfo],
    applied: Applied,
    read: Callable[[SegmentInfo], Segment],
) -> Plan:
    """Plan the next contiguous segments of every (device, epoch).

    `read` is usually `Share.read_segment`; only candidates for the next link are read, so an
    idle round reads nothing. A segment whose range is already applied is left alone.
    """
    groups: dict[tuple[str, str], _Chain] = {}
    for info in segments:
        key = (info.device, info.epoch)
        groups.setdefault(key, _Chain(read)).add(info)
    steps: list[Segment] = []
    gaps: list[Gap] = []
    rejected: set[Rejection] = set()
    for key in sorted(groups):
        chain = groups[key]
        last_seq, last_sum = applied.get(key, (0, None))
        chain_steps, stop = chain.follow(last_seq, last_sum)
        steps.extend(chain_steps)
        if stop is not None:
            gaps.append(Gap(key[0], key[1], *stop))
        rejected |= chain.rejected
    return Plan(tuple(steps), tuple(gaps), tuple(sorted(rejected, key=lambda r: str(r.path))))


class _Chain:
    """The segments of one (device, epoch), indexed by start and checksum."""

    def __init__(self, read: Callable[[SegmentInfo], Segment]) -> None:
        self.read = read
        self.by_start: dict[int, dict[str, list[SegmentInfo]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.rejected: set[Rejection] = set()

    def add(self, info: SegmentInfo) -> None:
        self.by_start[info.seq_from][info.checksum].append(info)

    def follow(
        self, last_seq: int, last_sum: str | None
    ) -> tuple[list[Segment], tuple[int, int, Block] | None]:
        """Segments chaining on from (last_seq, last_sum), then why the chain stops (or None
        when nothing is left after it)."""
        steps: list[Segment] = []
        while True:
            followers, damaged, unreadable, strangers = self._next(last_seq, last_sum)
            chosen = followers
            if len(followers) > 1:
                # A writer that retried with other bytes leaves an orphan: the chain goes on
                # through the copy that a later segment names as its `prev`.
                chosen = [f for f in followers if self._next(f.info.seq_to, f.info.checksum)[0]]
            if len(chosen) == 1:
                steps.append(chosen[0])
                last_seq, last_sum = chosen[0].info.seq_to, chosen[0].info.checksum
                continue
            if followers or damaged or unreadable or strangers:
                block = Block.MISMATCH
                if followers:
                    block = Block.FORK
                elif damaged:
                    block = Block.CORRUPT
                elif unreadable:
                    block = Block.UNREADABLE
                return steps, (last_seq, last_seq + 1, block)
            later = [start for start in self.by_start if start > last_seq + 1]
            if later:
                return steps, (last_seq, min(later), Block.MISSING)
            return steps, None

    def _next(self, last_seq: int, last_sum: str | None) -> tuple[list[Segment], bool, bool, bool]:
        """Readable segments following (last_seq, last_sum); whether some candidate has only
        damaged copies, or only unreadable ones; whether a non-empty candidate follows another
        segment."""
        followers: list[Segment] = []
        damaged = unreadable = strangers = False
        candidates = self.by_start.get(last_seq + 1, {})
        for checksum in sorted(candidates):
            if checksum == last_sum:
                continue  # an empty-range segment just applied starts at the same number
            segment, some_damaged = self._first_readable(candidates[checksum])
            if segment is None:
                damaged |= some_damaged
                unreadable |= not some_damaged
            elif segment.header["prev"] == last_sum:
                followers.append(segment)
            elif segment.info.seq_to > last_seq:
                # An empty-range segment that does not follow ours is an older one, already
                # applied; a non-empty one is another history.
                strangers = True
        return followers, damaged, unreadable, strangers

    def _first_readable(self, copies: list[SegmentInfo]) -> tuple[Segment | None, bool]:
        """The first copy (in path order) that verifies, and whether a copy was damaged;
        damaged copies are noted, unreadable ones skipped (the share noted them)."""
        damaged = False
        for info in sorted(copies, key=lambda i: str(i.path)):
            try:
                return self.read(info), damaged
            except CorruptSegment as e:
                damaged = True
                self.rejected.add(
                    Rejection(info.path, f"{e.damage.value}: {e.detail}".rstrip(": "))
                )
            except UnreadableEntry:
                pass
        return None, damaged

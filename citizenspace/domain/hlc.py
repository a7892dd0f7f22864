"""Hybrid logical clock (HLC).

Why: devices order their changes without trusting their wall clocks. An HLC reading is the
largest physical time seen so far (milliseconds) plus a logical counter that breaks ties and
keeps the clock moving forward when the wall clock stands still or goes back. A reading is
packed into one 64-bit integer so that it sorts and compares as a plain number in SQLite.

Reference: Kulkarni et al., "Logical Physical Clocks" (2014).
"""

from __future__ import annotations

from dataclasses import dataclass

COUNTER_BITS = 16
COUNTER_MAX = (1 << COUNTER_BITS) - 1
#: A remote reading more than this far ahead of our wall clock is not believed.
DEFAULT_MAX_DRIFT_MS = 5 * 60 * 1000


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    """One HLC reading: physical milliseconds since the Unix epoch, then a logical counter."""

    wall_ms: int
    counter: int = 0

    def pack(self) -> int:
        return (self.wall_ms << COUNTER_BITS) | self.counter

    @classmethod
    def unpack(cls, value: int) -> Timestamp:
        return cls(value >> COUNTER_BITS, value & COUNTER_MAX)

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}"


ZERO = Timestamp(0, 0)


def _bump(wall_ms: int, counter: int) -> Timestamp:
    """Next reading at `wall_ms`, carrying into the milliseconds if the counter overflows."""
    if counter > COUNTER_MAX:
        return Timestamp(wall_ms + 1, 0)
    return Timestamp(wall_ms, counter)


def tick(last: Timestamp, now_ms: int, floor: int = 0) -> Timestamp:
    """The reading for a local event: strictly after `last`, whatever the wall clock says.

    `floor` is where the counter starts in a new millisecond (below half its range). A
    process draws it at random: two copies of one database file, writing under the same
    device id until the share shows the copy, then stamp edits made in the same millisecond
    differently (store.engine)."""
    if now_ms > last.wall_ms:
        return Timestamp(now_ms, floor)
    return _bump(last.wall_ms, last.counter + 1)


@dataclass(frozen=True, slots=True)
class Received:
    """What `receive` decided: the new local reading and whether the remote one was capped."""

    timestamp: Timestamp
    capped: bool
    remote: Timestamp


def receive(
    last: Timestamp,
    remote: Timestamp,
    now_ms: int,
    max_drift_ms: int = DEFAULT_MAX_DRIFT_MS,
) -> Received:
    """Merge a reading seen on another device into ours.

    A remote clock far in the future (a kiosk whose battery died and came back in 2038) would
    otherwise drag every later change of ours into the future and make it win every conflict.
    We believe it only up to `now_ms + max_drift_ms`; the caller logs the capped case.
    """
    ceiling = now_ms + max_drift_ms
    capped = remote.wall_ms > ceiling
    if capped:
        remote = Timestamp(ceiling, 0)
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms and wall == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Received(_bump(wall, counter), capped, remote)


def tick_packed(last_packed: int | None, now_ms: int, floor: int = 0) -> int:
    """`tick` on packed integers, as the database's capture triggers call it."""
    last = Timestamp.unpack(last_packed) if last_packed else ZERO
    return tick(last, now_ms, floor).pack()

"""The hybrid logical clock orders changes even when wall clocks lie."""

from hypothesis import given
from hypothesis import strategies as st

from citizenspace.domain import hlc
from citizenspace.domain.hlc import Timestamp

DAY = 86_400_000


def test_tick_follows_the_wall_clock_when_it_moves_forward():
    t = hlc.tick(Timestamp(1_000, 5), now_ms=2_000)
    assert t == Timestamp(2_000, 0)


def test_tick_stays_monotonic_when_the_wall_clock_goes_back():
    t1 = hlc.tick(hlc.ZERO, now_ms=10 * DAY)
    t2 = hlc.tick(t1, now_ms=9 * DAY)  # someone set the clock back a day
    t3 = hlc.tick(t2, now_ms=9 * DAY + 1)
    assert t1 < t2 < t3
    assert t2 == Timestamp(10 * DAY, 1)
    assert t3.wall_ms == 10 * DAY


def test_counter_overflow_carries_into_milliseconds():
    t = hlc.tick(Timestamp(500, hlc.COUNTER_MAX), now_ms=100)
    assert t == Timestamp(501, 0)
    assert t > Timestamp(500, hlc.COUNTER_MAX)


def test_pack_preserves_order_and_round_trips():
    a, b = Timestamp(1_700_000_000_000, 3), Timestamp(1_700_000_000_000, 4)
    assert a.pack() < b.pack()
    assert Timestamp.unpack(a.pack()) == a


def test_receive_caps_a_remote_clock_far_in_the_future():
    now = 1_800_000_000_000
    remote = Timestamp(now + 365 * DAY, 7)  # a kiosk that believes it is next year
    r = hlc.receive(Timestamp(now - 5, 0), remote, now_ms=now)
    assert r.capped
    assert r.timestamp.wall_ms == now + hlc.DEFAULT_MAX_DRIFT_MS
    assert r.timestamp.wall_ms < remote.wall_ms


def test_receive_believes_a_remote_clock_slightly_ahead():
    now = 1_800_000_000_000
    remote = Timestamp(now + 1_000, 2)
    r = hlc.receive(hlc.ZERO, remote, now_ms=now)
    assert not r.capped
    assert r.timestamp == Timestamp(now + 1_000, 3)


timestamps = st.builds(Timestamp, st.integers(0, 2**40), st.integers(0, hlc.COUNTER_MAX))


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 2**40), timestamps), max_size=60))
def test_any_sequence_of_events_is_strictly_increasing(events):
    """Local events and received readings, with arbitrary wall-clock jumps both ways."""
    last = hlc.ZERO
    for is_receive, now, remote in events:
        new = hlc.receive(last, remote, now).timestamp if is_receive else hlc.tick(last, now)
        assert new > last
        assert new.pack() > last.pack()
        last = new


@given(timestamps, timestamps, st.integers(0, 2**40))
def test_received_reading_is_after_both_clocks_unless_capped(last, remote, now):
    r = hlc.receive(last, remote, now)
    assert r.timestamp > last
    if not r.capped:
        assert r.timestamp > remote

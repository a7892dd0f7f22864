"""Planning which segments to apply: chains, gaps, duplicates, damage, and order independence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citizenspace.sync.plan import Block, Gap, plan
from citizenspace.sync.share import SegmentInfo, Share, open_share

EPOCH = "epoch-1"


def segment(
    share: Share, device: str, a: int, b: int, prev: str | None, epoch: str = EPOCH, **body
):
    head = {"schema": "3", "seq_from": a, "seq_to": b, "prev": prev}
    return share.write_segment(device, epoch, head, {"seq": [a, b], **body})


def chain(share: Share, device: str, ranges, epoch: str = EPOCH, prev=None) -> list[SegmentInfo]:
    refs = []
    for a, b in ranges:
        refs.append(segment(share, device, a, b, prev, epoch))
        prev = refs[-1].checksum
    return refs


def applied_ranges(result) -> list[tuple[str, int, int]]:
    return [(s.info.device, s.info.seq_from, s.info.seq_to) for s in result.steps]


@pytest.fixture
def share(tmp_path: Path) -> Share:
    (tmp_path / "share").mkdir()
    return open_share(tmp_path / "share", "0.1.0")


def test_a_gap_stops_the_chain_until_the_missing_range_arrives(share: Share) -> None:
    refs = chain(share, "dev-a", [(1, 3), (4, 6), (7, 9)])
    saved = refs[1].path.read_bytes()
    refs[1].path.unlink()

    result = plan(share.list_segments(), {}, share.read_segment)
    assert applied_ranges(result) == [("dev-a", 1, 3)]
    assert result.gaps == (Gap("dev-a", EPOCH, 3, 7, Block.MISSING),)

    refs[1].path.write_bytes(saved)  # the device publishes it again
    result = plan(
        share.list_segments(), {("dev-a", EPOCH): (3, refs[0].checksum)}, share.read_segment
    )
    assert applied_ranges(result) == [("dev-a", 4, 6), ("dev-a", 7, 9)]
    assert result.gaps == ()


def test_an_idle_round_reads_nothing(share: Share) -> None:
    refs = chain(share, "dev-a", [(1, 3), (4, 6)])
    reads = []

    def read(info):
        reads.append(info)
        return share.read_segment(info)

    result = plan(share.list_segments(), {("dev-a", EPOCH): (6, refs[-1].checksum)}, read)
    assert result.steps == result.gaps == result.rejected == ()
    assert reads == []


def test_duplicated_listings_count_once(share: Share) -> None:
    chain(share, "dev-a", [(1, 1), (2, 2)])
    infos = share.list_segments()
    assert plan(infos + infos, {}, share.read_segment) == plan(infos, {}, share.read_segment)
    assert len(plan(infos + infos, {}, share.read_segment).steps) == 2


def test_a_damaged_copy_gives_way_to_a_good_one(tmp_path: Path) -> None:
    """A USB stick holds a half copy of a segment the server holds whole."""
    (tmp_path / "a-stick").mkdir()
    (tmp_path / "b-server").mkdir()
    stick, server = open_share(tmp_path / "a-stick"), open_share(tmp_path / "b-server")
    refs = chain(server, "dev-a", [(1, 2), (3, 4)])
    shutil.copytree(tmp_path / "b-server" / "devices", tmp_path / "a-stick" / "devices")
    on_stick = tmp_path / "a-stick" / refs[0].path.relative_to(tmp_path / "b-server")
    on_stick.write_bytes(on_stick.read_bytes()[:20])

    result = plan(stick.list_segments() + server.list_segments(), {}, stick.read_segment)
    assert applied_ranges(result) == [("dev-a", 1, 2), ("dev-a", 3, 4)]
    assert [r.path for r in result.rejected] == [on_stick]
    assert result.rejected[0].reason.startswith("checksum")


def test_segments_of_unordered_items_only_chain_by_prev(share: Share) -> None:
    """Empty ranges (seq_to = seq_from - 1) share a start number: `prev` alone orders them."""
    first = segment(share, "dev-a", 1, 2, None)
    ballots1 = segment(share, "dev-a", 3, 2, first.checksum, ballots=["x"])
    ballots2 = segment(share, "dev-a", 3, 2, ballots1.checksum, ballots=["y"])
    later = segment(share, "dev-a", 3, 5, ballots2.checksum)

    result = plan(share.list_segments(), {}, share.read_segment)
    assert [s.info for s in result.steps] == [first, ballots1, ballots2, later]
    for done, expected in ((ballots1, [ballots2, later]), (ballots2, [later])):
        result = plan(
            share.list_segments(), {("dev-a", EPOCH): (2, done.checksum)}, share.read_segment
        )
        assert [s.info for s in result.steps] == expected
        assert result.gaps == ()


def test_a_segment_from_another_history_is_not_applied(share: Share) -> None:
    refs = chain(share, "dev-a", [(1, 3)])
    segment(share, "dev-a", 4, 6, "f" * 64)  # follows a segment we never saw
    result = plan(share.list_segments(), {}, share.read_segment)
    assert [s.info for s in result.steps] == refs
    assert result.gaps == (Gap("dev-a", EPOCH, 3, 4, Block.MISMATCH),)


def test_a_retried_write_with_other_bytes_is_resolved_by_its_successor(share: Share) -> None:
    """A writer that republished a range with other bytes leaves an orphan copy: which one is
    real is known once the next segment names it."""
    [first] = chain(share, "dev-a", [(1, 3)])
    orphan = segment(share, "dev-a", 4, 5, first.checksum, shuffle=1)
    kept = segment(share, "dev-a", 4, 5, first.checksum, shuffle=2)
    result = plan(share.list_segments(), {}, share.read_segment)
    assert [s.info for s in result.steps] == [first]
    assert result.gaps == (Gap("dev-a", EPOCH, 3, 4, Block.FORK),)

    after = segment(share, "dev-a", 6, 6, kept.checksum)
    result = plan(share.list_segments(), {}, share.read_segment)
    assert [s.info for s in result.steps] == [first, kept, after]
    assert orphan not in [s.info for s in result.steps]


def test_devices_and_epochs_are_planned_separately(share: Share) -> None:
    chain(share, "dev-a", [(1, 1), (2, 2)])
    chain(share, "dev-a", [(1, 4)], epoch="epoch-2")
    damaged = chain(share, "dev-b", [(1, 1)])
    damaged[0].path.write_bytes(b"")
    result = plan(share.list_segments(), {}, share.read_segment)
    assert [(s.info.device, s.info.epoch, s.info.seq_to) for s in result.steps] == [
        ("dev-a", EPOCH, 1),
        ("dev-a", EPOCH, 2),
        ("dev-a", "epoch-2", 4),
    ]
    assert result.gaps == (Gap("dev-b", EPOCH, 0, 1, Block.CORRUPT),)


# --- The plan depends on the set of files, not on the order they were listed in -------------


@pytest.fixture(scope="module")
def busy_share(tmp_path_factory: pytest.TempPathFactory) -> tuple[Share, dict]:
    """Every situation at once: a clean chain, a gap, a damaged link, empty ranges, an orphan
    copy, a second epoch. Returns the share and some applied states worth starting from."""
    root = tmp_path_factory.mktemp("busy") / "share"
    root.mkdir()
    share = open_share(root, "0.1.0")
    a = chain(share, "dev-a", [(1, 2), (3, 4), (5, 5), (6, 9)])
    b = chain(share, "dev-b", [(1, 1), (2, 3), (4, 4), (5, 7)])
    b[2].path.unlink()  # a gap after 3
    c = chain(share, "dev-c", [(1, 1), (2, 2), (3, 3)])
    c[1].path.write_bytes(c[1].path.read_bytes()[:-1])  # damaged link
    d1 = segment(share, "dev-d", 1, 1, None)
    d2 = segment(share, "dev-d", 2, 1, d1.checksum, ballots=[1])
    d3 = segment(share, "dev-d", 2, 1, d2.checksum, ballots=[2])
    segment(share, "dev-d", 2, 3, d1.checksum, orphan=True)
    d4 = segment(share, "dev-d", 2, 3, d3.checksum)
    chain(share, "dev-d", [(1, 2), (3, 3)], epoch="epoch-2")
    states = {
        "nothing": {},
        "some": {("dev-a", EPOCH): (4, a[1].checksum), ("dev-d", EPOCH): (1, d2.checksum)},
        "more": {
            ("dev-a", EPOCH): (9, a[3].checksum),
            ("dev-b", EPOCH): (1, b[0].checksum),
            ("dev-c", EPOCH): (1, c[0].checksum),
            ("dev-d", EPOCH): (3, d4.checksum),
        },
    }
    return share, states


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_any_listing_order_gives_the_same_plan(busy_share, data) -> None:
    share, states = busy_share
    infos = share.list_segments()
    applied = states[data.draw(st.sampled_from(sorted(states)))]
    repeated = data.draw(st.lists(st.sampled_from(infos), max_size=6))
    shuffled = data.draw(st.permutations(infos + repeated))

    expected = plan(infos, applied, share.read_segment)
    assert plan(shuffled, applied, share.read_segment) == expected
    # and nothing damaged or out of chain ever makes it in
    for step in expected.steps:
        assert share.read_segment(step.info) == step
    assert {g.device for g in expected.gaps} <= {"dev-b", "dev-c"}


def test_the_busy_share_plan(busy_share) -> None:
    share, _states = busy_share
    result = plan(share.list_segments(), {}, share.read_segment)
    assert [
        (s.info.device, s.info.epoch, s.info.seq_from, s.info.seq_to) for s in result.steps
    ] == [
        ("dev-a", EPOCH, 1, 2),
        ("dev-a", EPOCH, 3, 4),
        ("dev-a", EPOCH, 5, 5),
        ("dev-a", EPOCH, 6, 9),
        ("dev-b", EPOCH, 1, 1),
        ("dev-b", EPOCH, 2, 3),
        ("dev-c", EPOCH, 1, 1),
        ("dev-d", EPOCH, 1, 1),
        ("dev-d", EPOCH, 2, 1),
        ("dev-d", EPOCH, 2, 1),
        ("dev-d", EPOCH, 2, 3),
        ("dev-d", "epoch-2", 1, 2),
        ("dev-d", "epoch-2", 3, 3),
    ]
    assert "orphan" not in str([s.body for s in result.steps])
    assert result.gaps == (
        Gap("dev-b", EPOCH, 3, 5, Block.MISSING),
        Gap("dev-c", EPOCH, 1, 2, Block.CORRUPT),
    )
    assert len(result.rejected) == 1

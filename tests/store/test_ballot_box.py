"""The kiosk's ballot box: a vote durable in one transaction, a random slot for each ballot,
a box that grows without showing what came before, and backups that keep what it holds."""

from __future__ import annotations

import json
import sqlite3
import uuid

import pytest

from citizenspace.store.ballot.ballot_box import (
    FIRST_SLOTS,
    SLOT_BYTES,
    BallotBox,
    BoxFull,
    CodeAlreadyUsed,
    path_for,
)
from citizenspace.store.safety.backup import list_backups, make_backup, restore


def ballot(choices=("p1",)) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "edition_id": "ed1",
        "channel": "kiosk",
        "site_id": None,
        "cast_on": "2027-04-12",
        "choices": json.dumps(list(choices)),
    }


def used(code_hash: str) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "edition_id": "ed1",
        "code_hash": code_hash,
        "used_on": "2027-04-12",
        "batch_id": "b1",
        "device_id": None,
    }


def slot_order(box: BallotBox) -> list[str]:
    from citizenspace.store.ballot.ballot_box import _unpack

    conn = sqlite3.connect(box.path)
    try:
        return [
            _unpack(body)["id"]
            for (body,) in conn.execute(
                "SELECT s.body FROM slots s JOIN occupancy o ON o.n = s.n "
                "WHERE o.full = 1 ORDER BY s.n"
            )
        ]
    finally:
        conn.close()


def test_a_vote_is_the_used_code_and_the_ballot_together_or_nothing(tmp_path):
    box = BallotBox(tmp_path / "k.db.ballots")
    first = ballot()
    box.cast(first, used("aa" * 16))
    with pytest.raises(CodeAlreadyUsed):
        box.cast(ballot(), used("aa" * 16))
    with pytest.raises(CodeAlreadyUsed):  # the database saw it used (a sync moved it there)
        box.cast(ballot(), used("bb" * 16), still_unused=lambda: False)
    held = box.held()
    assert [b["id"] for b in held.ballots] == [first["id"]]
    assert [u["code_hash"] for u in held.used_codes] == ["aa" * 16]
    with pytest.raises(BoxFull):
        box.cast(ballot(choices=[str(uuid.uuid4()) for _ in range(200)]), used("cc" * 16))
    assert box.count() == 1 and box.integrity() == []


def test_ballots_take_random_slots_and_a_growing_box_moves_them_all(tmp_path):
    box = BallotBox(tmp_path / "k.db.ballots")
    cast = []
    for i in range(3 * FIRST_SLOTS // 2 + 1):  # past the first growth
        b = ballot()
        box.cast(b, used(f"{i:032x}"))
        cast.append(b["id"])
    seen = slot_order(box)
    assert sorted(seen) == sorted(cast)
    position = {x: i for i, x in enumerate(seen)}
    n = len(cast)
    rho = 1 - 6 * sum((i - position[x]) ** 2 for i, x in enumerate(cast)) / (n * (n * n - 1))
    assert abs(rho) < 4.5 / (n - 1) ** 0.5  # |rho| < 0.23 for n = 385: chance, not order
    # Every slot is the same size: a ballot overwrites one in place.
    conn = sqlite3.connect(box.path)
    sizes = {r[0] for r in conn.execute("SELECT length(body) FROM slots")}
    conn.close()
    assert sizes == {SLOT_BYTES}


def test_removing_ballots_leaves_zeros_not_their_text(tmp_path):
    box = BallotBox(tmp_path / "k.db.ballots")
    gone, kept = ballot(["p-gone"]), ballot(["p-kept"])
    code = used("dd" * 16)
    box.cast(gone, code)
    box.cast(kept, None)
    box.remove({gone["id"]}, {code["id"]})
    box.close()
    data = box.path.read_bytes()
    assert gone["id"].encode() not in data and code["id"].encode() not in data
    assert [b["id"] for b in box.held().ballots] == [kept["id"]]


def test_a_backup_keeps_the_votes_still_in_the_box_and_a_restore_gives_them_back(tmp_path):
    from citizenspace.store.migrate import open_database

    db_path = tmp_path / "kiosk.db"
    db, _ = open_database(db_path)
    db.close()
    box = BallotBox.for_database(db_path)
    kept = ballot()
    box.cast(kept, used("ee" * 16))
    box.close()
    backup = make_backup(db_path, "manual")
    assert path_for(backup).exists()
    path_for(db_path).unlink()  # the kiosk's disk lost it
    restore(backup, db_path)
    assert [b["id"] for b in BallotBox.for_database(db_path).held().ballots] == [kept["id"]]
    # Pruning old backups takes their boxes along.
    for _ in range(12):
        make_backup(db_path, "manual")
    boxes = list((tmp_path / "backups").glob("*.ballots"))
    assert len(boxes) == len(list_backups(db_path))

"""Replicas exchanging through a real folder converge: same dump, same conflicts."""

from __future__ import annotations

import gzip
import json
import logging
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text, update

from citizenspace.domain.catalog import BallotChannel, Channel, VisitOutcome
from citizenspace.store.models import (
    Ballot,
    BudgetEdition,
    District,
    Person,
    Setting,
    UsedCode,
    Visit,
)
from citizenspace.sync import merge
from citizenspace.sync import share as share_module
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share


def sync_all(share: Path, *dbs, rounds: int = 2) -> None:
    for _ in range(rounds):
        for db in dbs:
            report = SyncEngine(db, share).round(flush_secret=True)
            assert report.ok, report


def dump(db) -> str:
    return "\n".join(merge.dump(db))


def test_a_person_made_on_one_machine_reaches_the_other(share, replicas):
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Léa", last_name="Depaepe"))
    sync_all(share, a, b)
    with b.read() as s:
        assert s.get(Person, "p1").first_name == "Léa"
    assert dump(a) == dump(b)
    with b.read() as s:  # what came from elsewhere is not published again as b's
        assert s.execute(text("SELECT count(*) FROM change_log WHERE published = 0")).scalar() == 0


def test_concurrent_edits_of_one_field_leave_the_same_conflict_everywhere(share, replicas):
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Viviane", last_name="Gautier"))
    sync_all(share, a, b)
    with a.write() as s:
        s.execute(update(Person).values(phone="06 11 11 11 11"))
    with b.write() as s:
        s.execute(update(Person).values(phone="06 22 22 22 22"))
    sync_all(share, a, b)
    assert dump(a) == dump(b)
    with a.read() as s:
        conflicts = s.execute(
            text("SELECT field, kept_value, other_value FROM conflict_records")
        ).all()
    assert len(conflicts) == 1 and conflicts[0][0] == "phone"
    assert {json.loads(conflicts[0][1]), json.loads(conflicts[0][2])} == {
        "06 11 11 11 11",
        "06 22 22 22 22",
    }


def test_a_later_edit_after_seeing_the_other_is_no_conflict(share, replicas):
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="René", last_name="Mattei"))
    sync_all(share, a, b)
    with a.write() as s:
        s.execute(update(Person).values(notes="premier"))
    sync_all(share, a, b)
    with b.write() as s:
        s.execute(update(Person).values(notes="second"))
    sync_all(share, a, b)
    assert dump(a) == dump(b)
    with a.read() as s:
        assert s.get(Person, "p1").notes == "second"
        assert s.execute(text("SELECT count(*) FROM conflict_records")).scalar() == 0


def test_an_insert_published_again_does_not_undo_an_edit_made_after_it(share, replicas):
    """Found by the long convergence run. A's clock runs days ahead; B, whose clock caps
    A's, renames the district A made: B's edit reads earlier than A's insert but was made
    after seeing it. A then publishes its history again under a new epoch (its segment
    on the share was damaged): the insert, met again, must not take the old name back."""
    a, b = replicas("a"), replicas("b")
    a.clock.offset_ms = 5 * 86_400_000
    with a.write() as s:
        s.add(District(id="d1", name="Centre", code="CE"))
    sync_all(share, a, b)
    with b.write() as s:
        s.execute(update(District).values(name="Gare"))
    sync_all(share, a, b)
    merge.restart_epoch(a)
    sync_all(share, a, b)
    for db in (a, b):
        with db.read() as s:
            assert s.get(District, "d1").name == "Gare"
    assert dump(a) == dump(b)


@pytest.mark.parametrize("same", [False, True], ids=["other values", "same value"])
def test_two_machines_making_the_same_setting_offline_agree(share, replicas, same):
    """A setting's id comes from its key: two desks naming the city offline make the same
    row. Whatever order the inserts (and an edit made on top of one) arrive in, every
    replica keeps the same value, and differing values leave one conflict to review."""
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    with a.write() as s:
        s.add(Setting(key="city_name", value="Laon"))
    with b.write() as s:
        s.add(Setting(key="city_name", value="Laon" if same else "Ville de Laon"))
    with a.write() as s:
        s.execute(update(Setting).values(value="Laon (Aisne)" if not same else "Laon"))
    # c hears from b first, then from a; a and b from each other.
    sync_all(share, b, c, rounds=1)
    sync_all(share, a, b, c)
    assert dump(a) == dump(b) == dump(c)
    with a.read() as s:
        conflicts = s.execute(text("SELECT kept_value, other_value FROM conflict_records")).all()
    if same:
        assert conflicts == []
    else:
        assert len(conflicts) == 1
        assert {json.loads(v) for v in conflicts[0]} == {"Laon (Aisne)", "Ville de Laon"}


def test_the_same_value_typed_twice_then_corrected_is_no_conflict(share, replicas):
    """Found by the long convergence run. Two desks type the same number offline (nothing
    to choose between); later one desk corrects it. Every replica agrees, and the
    coordinator is not asked to choose between the correction and the old number."""
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Viviane", last_name="Gautier"))
    sync_all(share, a, b)
    for db in (a, b):
        with db.write() as s:
            s.execute(update(Person).values(phone="01 11"))
    sync_all(share, a, b)
    with a.write() as s:
        s.execute(update(Person).values(phone="02 22"))
    sync_all(share, a, b)
    assert dump(a) == dump(b)
    for db in (a, b):
        with db.read() as s:
            assert s.get(Person, "p1").phone == "02 22"
            assert s.execute(text("SELECT count(*) FROM conflict_records")).scalar() == 0


def test_two_desks_swapping_values_offline_is_a_conflict(share, replicas):
    """Offline, one desk writes X then Y, the other Y then X: each last edit started from
    the value the other ended on. Neither replaces the other: one conflict, everywhere."""
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Kamel", last_name="Ait"))
    sync_all(share, a, b)
    for db, values in ((a, ("X", "Y")), (b, ("Y", "X"))):
        for value in values:
            with db.write() as s:
                s.execute(update(Person).values(phone=value))
    sync_all(share, a, b)
    assert dump(a) == dump(b)
    with a.read() as s:
        conflicts = s.execute(text("SELECT kept_value, other_value FROM conflict_records")).all()
    assert len(conflicts) == 1 and {json.loads(v) for v in conflicts[0]} == {"X", "Y"}


def test_a_deleted_row_does_not_come_back(share, replicas):
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Julie", last_name="Moreau"))
    sync_all(share, a, b)
    with a.write() as s:
        s.delete(s.get(Person, "p1"))
    with b.write() as s:
        s.execute(update(Person).values(notes="edited meanwhile"))
    sync_all(share, a, b)
    for db in (a, b):
        with db.read() as s:
            assert s.get(Person, "p1") is None
    assert dump(a) == dump(b)


def test_the_same_insert_only_id_with_other_content_is_an_alarm(share, replicas):
    a, b = replicas("a"), replicas("b")
    for db, note in ((a, "one"), (b, "two")):
        with db.write() as s:
            s.add(
                Visit(
                    id="v1",
                    channel=Channel.DESK,
                    outcome=VisitOutcome.ANSWERED,
                    arrived_at=datetime(2026, 11, 25, 9),
                    note=note,
                )
            )
    reports = [SyncEngine(db, share).round() for db in (a, b, a)]
    assert sum(r.alarms for r in reports) >= 1
    with a.read() as s:
        assert s.get(Visit, "v1").note == "one"  # never silently overwritten
        assert s.execute(text("SELECT kind FROM sync_alarms")).scalars().all() == [
            "conflicting_insert"
        ]


def test_ballots_travel_in_shuffled_batches_without_order(share, replicas):
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(
            BudgetEdition(
                id="e1", year=2026, title="Budget", budget_cents=1_000_000, code_key="00" * 32
            )
        )
    for i in range(12):
        with a.write() as s:
            s.add(UsedCode(edition_id="e1", code_hash=f"{i:064x}", used_on=date(2026, 4, 7)))
            s.add(
                Ballot(
                    edition_id="e1",
                    channel=BallotChannel.KIOSK,
                    cast_on=date(2026, 4, 7),
                    choices=json.dumps([f"p{i % 3}"]),
                )
            )
    sync_all(share, a, b)
    with b.read() as s:
        assert s.execute(text("SELECT count(*) FROM ballots")).scalar() == 12
        assert s.execute(text("SELECT count(*) FROM used_codes")).scalar() == 12
    assert dump(a) == dump(b)


def test_applying_the_same_segments_again_changes_nothing(share, replicas):
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Kamel", last_name="Oufalla"))
    sync_all(share, a, b)
    before = dump(b)
    with b.write() as s:
        s.execute(text("DELETE FROM sync_applied"))
    sync_all(share, b)
    assert dump(b) == before


def test_a_demo_database_never_syncs(share, replicas):
    a = replicas("a")
    with a.write() as s:
        s.execute(text("INSERT INTO local_settings (key, value) VALUES ('is_demo', '1')"))
    report = SyncEngine(a, share).round()
    assert report.problem == "demo"
    assert not any((share / "devices").glob("*")) if (share / "devices").exists() else True


@pytest.mark.parametrize("keep_other", [False, True])
def test_a_coordinators_decision_settles_the_conflict_everywhere(share, replicas, keep_other):
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Viviane", last_name="Gautier"))
    sync_all(share, a, b)
    with a.write() as s:
        s.execute(update(Person).values(phone="06 11 11 11 11"))
    with b.write() as s:
        s.execute(update(Person).values(phone="06 22 22 22 22"))
    sync_all(share, a, b)
    [conflict] = merge.open_conflicts(b)
    chosen = conflict.other_value if keep_other else conflict.kept_value
    merge.resolve(b, conflict.id, keep_other=keep_other)
    assert merge.open_conflicts(b) == []
    sync_all(share, a, b)
    for db in (a, b):
        assert merge.open_conflicts(db) == []
        with db.read() as s:
            assert s.get(Person, "p1").phone == chosen
    assert dump(a) == dump(b)


def test_inserts_travel_as_value_lists_with_names_once(share, replicas):
    """Segment format 2: an insert's values as a list, the column names once per table —
    half the text a new device has to parse while catching up."""
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add_all(Person(id=f"p{i}", first_name="Léa", last_name=f"N{i}") for i in range(3))
        s.add(District(id="d1", name="Gare", code="GA"))
    sync_all(share, a, b)
    (path,) = (share / "devices").glob("*/*/seg-*.json.gz")
    doc = json.loads(gzip.decompress(path.read_bytes()))
    assert doc["header"]["format"] == 2
    names = doc["body"]["columns"]["people"]
    rows = [c for c in doc["body"]["changes"] if c[2] == "people"]
    assert all(isinstance(c[5], list) and len(c[5]) == len(names) for c in rows)
    assert dict(zip(names, rows[0][5], strict=True))["last_name"] == "N0"
    assert dump(a) == dump(b)


def test_a_segment_of_format_1_is_still_applied(share, replicas, monkeypatch):
    """Written by an application from before format 2: values under their names."""
    monkeypatch.setattr(share_module, "SEGMENT_FORMAT", 1)  # the older writer
    b = replicas("b")
    with b.read() as s:
        schema = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    header = {"schema": schema, "prev": None, "seq_from": 1, "seq_to": 2}
    person = {
        **{k: "" for k in ("email", "phone", "address", "postcode", "notes")},
        **{"consent_contact": 0, "consent_photo": 0, "created_on": "2026-11-20"},
        **{"id": "p9", "first_name": "Kamel", "last_name": "Ait", "search_key": "ait kamel"},
    }
    body = {
        "changes": [
            [1, 1 << 40, "people", "p9", "I", person, None],
            [2, (1 << 40) + 1, "people", "p9", "U", {"phone": "03 23"}, {"phone": [1 << 40, "x"]}],
        ],
        "secret": [],
    }
    ref = open_share(share).write_segment("older-desk", "epoch-1", header, body)
    assert json.loads(gzip.decompress(ref.path.read_bytes()))["header"]["format"] == 1
    monkeypatch.undo()
    report = SyncEngine(b, share).round()
    assert report.ok and report.applied == 1
    with b.read() as s:
        p = s.get(Person, "p9")
        assert (p.first_name, p.phone) == ("Kamel", "03 23")


def test_a_row_here_without_its_versions_is_merged_not_crashed_on(share, replicas, caplog):
    """The bulk path inserts rows as new without looking them up; one already here (met
    again, or without its versions after a hand repair) makes the insert fail: the batch is
    applied again, carefully, and nothing breaks."""
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Léa", last_name="Depaepe"))
    sync_all(share, a, b)
    con = sqlite3.connect(b.path)
    with con:
        con.execute("DELETE FROM row_versions WHERE row_id = 'p1'")
        con.execute("DELETE FROM sync_applied")  # b will read a's segment again
    con.close()
    caplog.set_level(logging.INFO)
    report = SyncEngine(b, share).round()
    assert report.ok and report.applied == 1, report
    assert "applying the batch again" in caplog.text
    assert dump(a) == dump(b)
    with b.read() as s:
        assert s.execute(text("SELECT count(*) FROM people")).scalar() == 1


def test_a_writer_publishing_everything_again_changes_nothing_in_bulk(share, replicas):
    """Its segment damaged, a writer publishes its whole history again under a new epoch:
    a reader meets thousands of rows it holds, some edited since, one deleted. The bulk
    insert fails on them and the careful path keeps the reader exactly as it was."""
    a, b = replicas("a"), replicas("b")
    with a.write() as s:
        s.add_all(Person(id=f"p{i:04d}", first_name="Léa", last_name="N") for i in range(1500))
    sync_all(share, a, b)
    with b.write() as s:
        s.execute(update(Person).where(Person.id == "p0007").values(phone="03 23"))
        s.delete(s.get(Person, "p0008"))
    sync_all(share, a, b)
    before = dump(b)
    merge.restart_epoch(a)
    sync_all(share, a, b)
    assert dump(b) == before == dump(a)


def three_way_conflict(share, replicas):
    """Three desks type another phone number for the same person, none seeing the others."""
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Viviane", last_name="Gautier"))
    sync_all(share, a, b, c)
    for db, phone in ((a, "06 11 11 11 11"), (b, "06 22 22 22 22"), (c, "06 33 33 33 33")):
        with db.write() as s:
            s.execute(update(Person).values(phone=phone))
    sync_all(share, a, b, c)
    return a, b, c


def conflict_values(db) -> list[tuple[str, str]]:
    return sorted((c.kept_value, c.other_value) for c in merge.open_conflicts(db))


@pytest.mark.parametrize("keep_other", [False, True])
@pytest.mark.parametrize("which", [0, 1])
def test_deciding_one_record_of_a_three_way_conflict_keeps_the_third_value(
    share, replicas, keep_other, which
):
    a, b, c = three_way_conflict(share, replicas)
    conflicts = merge.open_conflicts(b)
    assert len(conflicts) == 2 and len({x.kept_value for x in conflicts}) == 1
    decided = conflicts[which]
    third = conflicts[1 - which].other_value  # the coordinator has not looked at it yet
    chosen = decided.other_value if keep_other else decided.kept_value

    merge.resolve(b, decided.id, keep_other=keep_other)

    assert conflict_values(b) == [(chosen, third)]
    sync_all(share, a, b, c)
    for db in (a, b, c):  # the same remaining conflict everywhere, the choice kept meanwhile
        [left] = merge.open_conflicts(db)
        assert (left.kept_value, left.other_value) == (chosen, third)
        assert left.id == conflicts[1 - which].id
        with db.read() as s:
            assert s.get(Person, "p1").phone == chosen
    assert dump(a) == dump(b) == dump(c)

    merge.resolve(c, left.id, keep_other=True)  # then the third value is chosen after all
    sync_all(share, a, b, c)
    for db in (a, b, c):
        assert merge.open_conflicts(db) == []
        with db.read() as s:
            assert s.get(Person, "p1").phone == third
    assert dump(a) == dump(b) == dump(c)


@pytest.mark.parametrize("keep_other", [False, True])
def test_a_decision_does_not_bring_back_a_number_corrected_before_it(share, replicas, keep_other):
    """Two desks type the same number, one corrects it, a third desk types another one
    meanwhile: one conflict, the correction against the third number. Deciding it settles
    the field: the number typed twice, replaced by the correction without being named by
    it, does not come back as a conflict."""
    a, b, c = replicas("a"), replicas("b"), replicas("c")
    with a.write() as s:
        s.add(Person(id="p1", first_name="Viviane", last_name="Gautier"))
    sync_all(share, a, b, c)
    for db, phone in ((a, "01 11"), (b, "01 11"), (c, "03 33")):
        with db.write() as s:
            s.execute(update(Person).values(phone=phone))
    sync_all(share, a, b)
    with a.write() as s:
        s.execute(update(Person).values(phone="02 22"))
    sync_all(share, a, b, c)
    [conflict] = merge.open_conflicts(b)
    assert {conflict.kept_value, conflict.other_value} == {"02 22", "03 33"}
    chosen = conflict.other_value if keep_other else conflict.kept_value

    merge.resolve(b, conflict.id, keep_other=keep_other)
    sync_all(share, a, b, c)

    for db in (a, b, c):
        assert merge.open_conflicts(db) == []
        with db.read() as s:
            assert s.get(Person, "p1").phone == chosen
    assert dump(a) == dump(b) == dump(c)

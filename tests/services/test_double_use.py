"""The same voting code used on two kiosks while they were offline: both uses are kept, every
machine raises an alarm naming the batch after sync, the results count what the second use may
have added, and nothing logged names the code, its slip or a used-code id."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from citizenspace.services.budget.budget import BudgetService
from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.ballot.ballot_settle import ALARM_DOUBLE_USE
from citizenspace.store.migrate import open_database
from citizenspace.sync.engine import SyncEngine
from citizenspace.sync.share import open_share
from tests.budget_fixtures import TODAY, open_vote


@pytest.mark.parametrize("second_day", [0, 2], ids=["same day", "another day"])
def test_a_code_used_on_two_offline_kiosks_alarms_everywhere(tmp_path, caplog, second_day):
    caplog.set_level(logging.DEBUG)
    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    kiosk_a, _ = open_database(tmp_path / "kiosk-a.db")
    kiosk_b, _ = open_database(tmp_path / "kiosk-b.db")
    office, _ = open_database(tmp_path / "office.db")
    machines = (kiosk_a, kiosk_b, office)
    try:
        vote = open_vote(kiosk_a, n_codes=30, bound="anywhere")  # a city-wide batch

        def sync_all() -> None:
            for _ in range(2):
                for db in machines:
                    assert SyncEngine(db, share).round().ok

        sync_all()  # every machine knows the edition and the batch's verifiers
        # Offline: kiosk A takes codes 0-11, kiosk B codes 0 (again) and 12-22.
        on_a = BudgetService(kiosk_a, today=lambda: TODAY)
        on_b = BudgetService(kiosk_b, today=lambda: TODAY + timedelta(days=second_day))
        for code in vote.codes[:12]:
            on_a.cast_with_code(vote.edition_id, code, ["p1"])
        for code in [vote.codes[0], *vote.codes[12:23]]:
            on_b.cast_with_code(vote.edition_id, code, ["p2"])
        # The vote is over: each kiosk's box gives its twelve votes to its database.
        for db in (kiosk_a, kiosk_b):
            later = BudgetService(db, today=lambda: TODAY + timedelta(days=30))
            assert later.settle_box().moved == 12
        sync_all()

        for db in machines:
            service = BudgetService(db, today=lambda: TODAY)
            (double,) = service.double_uses(vote.edition_id)
            assert (double.batch_id, double.codes, double.extra_ballots) == (vote.batch_id, 1, 1)
            figures = service.reconciliation(vote.edition_id)
            assert figures.ballots_by_channel == {"kiosk": 24}  # both ballots kept
            assert (figures.codes_used, figures.extra_uses) == (23, 1)
            with db.read() as s:
                alarms = (
                    s.connection()
                    .exec_driver_sql("SELECT kind, table_name, row_id, detail FROM sync_alarms")
                    .all()
                )
            assert (ALARM_DOUBLE_USE, "code_batches", vote.batch_id, "") in alarms

        # Nothing logged names a code, a verifier (which maps to the slip) or a used code.
        logs = caplog.text
        assert "used more than once" in logs and vote.batch_id in logs
        with office.read() as s:
            used = s.connection().exec_driver_sql("SELECT id, code_hash FROM used_codes").all()
        for code in vote.codes:
            assert code not in logs
        for ident, verifier in used:
            assert ident not in logs and verifier not in logs
    finally:
        for db in machines:
            db.close()


def test_the_same_code_twice_on_one_kiosk_is_refused_even_from_two_windows(db):
    """Two kiosk windows on one machine share its ballot box: the second use is refused."""
    from citizenspace.services.budget.budget import CodeProblem, VoteRefused

    vote = open_vote(db)
    first, second = (BudgetService(db, today=lambda: TODAY) for _ in range(2))
    first.check_code(vote.edition_id, vote.codes[0])
    second.check_code(vote.edition_id, vote.codes[0])  # both screens accept it, then:
    first.cast_with_code(vote.edition_id, vote.codes[0], ["p1"])
    with pytest.raises(VoteRefused) as refused:
        second.cast_with_code(vote.edition_id, vote.codes[0], ["p2"])
    assert refused.value.code is CodeProblem.USED
    assert len(BallotBox.for_database(db.path).held().ballots) == 1


def test_a_kiosk_with_fewer_than_ten_votes_keeps_them_and_every_machine_is_told(tmp_path):
    """Three votes would leave alone (and a share holder could pair them with their codes):
    they stay in the kiosk's box, and the office's results say how many and where."""
    import gzip
    import json

    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    kiosk, _ = open_database(tmp_path / "kiosk.db")
    office, _ = open_database(tmp_path / "office.db")
    try:
        vote = open_vote(kiosk, n_codes=5)
        for code in vote.codes[:3]:
            BudgetService(kiosk, today=lambda: TODAY).cast_with_code(vote.edition_id, code, ["p1"])
        later = BudgetService(kiosk, today=lambda: TODAY + timedelta(days=30))
        settled = later.settle_box()  # the vote is over: still too few to leave
        assert (settled.moved, settled.held) == (0, 3)
        for _ in range(2):
            for db in (kiosk, office):
                assert SyncEngine(db, share).round(flush_secret=True).ok
        for path in (share / "devices").glob("*/*/seg-*.json.gz"):
            assert json.loads(gzip.decompress(path.read_bytes()))["body"]["secret"] == []
        at_office = BudgetService(office, today=lambda: TODAY + timedelta(days=30))
        (held,) = at_office.held_elsewhere(vote.edition_id)
        assert held.ballots == 3 and held.kiosk
        assert at_office.reconciliation(vote.edition_id).ballots == 0
        assert later.held_in_box() == 3  # nothing lost either
    finally:
        kiosk.close()
        office.close()

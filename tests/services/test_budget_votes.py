"""Casting children's ballots: codes checked offline, one vote per code, nothing half-done."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from citizenspace.domain.budget import codes
from citizenspace.domain.budget.ballot import ChoiceProblem
from citizenspace.domain.catalog import BallotChannel, VotingMethod
from citizenspace.services.budget.budget import BudgetService, CodeProblem, NoVoteOpen, VoteRefused
from citizenspace.store.ballot.ballot_box import BallotBox
from citizenspace.store.models import Ballot, UsedCode
from tests.budget_fixtures import TODAY, open_vote


def one_letter_wrong(code: str) -> str:
    return code[:-1] + ("0" if code[-1] != "0" else "1")


def service(db) -> BudgetService:
    return BudgetService(db, today=lambda: TODAY)


def counts(db) -> tuple[int, int]:
    """Used codes and ballots, in the database and in this machine's ballot box."""
    held = BallotBox.for_database(db.path).held()
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(UsedCode)) + len(held.used_codes),
            s.scalar(select(func.count()).select_from(Ballot)) + len(held.ballots),
        )


def test_the_kiosk_shows_the_open_edition_and_its_projects(db):
    open_vote(db)
    edition = service(db).open_edition()
    assert edition.title == "Budget participatif des enfants 2027"
    assert [p.title for p in edition.projects] == [
        "Une aire de jeux",
        "Des boîtes à livres",
        "Un jardin partagé",
    ]
    assert edition.limit == 2 and edition.batches == 1


def test_no_vote_open_outside_the_voting_days(db):
    open_vote(db)
    late = BudgetService(db, today=lambda: TODAY.replace(month=6))
    with pytest.raises(NoVoteOpen):
        late.open_edition()


def test_a_code_votes_once_and_the_ballot_keeps_no_order(db):
    vote = open_vote(db)
    svc = service(db)
    typed = codes.format_code(vote.codes[0]).lower()  # as a child types it
    svc.cast_with_code(vote.edition_id, typed, ["p2", "p1"])
    assert counts(db) == (1, 1)
    # The vote is in the ballot box, not in the database (whose WAL would date it).
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 0
    held = BallotBox.for_database(db.path).held()
    (ballot,) = held.ballots
    (used,) = held.used_codes
    assert json.loads(ballot["choices"]) == ["p1", "p2"]
    assert ballot["cast_on"] == TODAY.isoformat() == used["used_on"]
    assert ballot["channel"] == BallotChannel.KIOSK.value
    assert used["batch_id"] == vote.batch_id
    assert codes.normalise(vote.codes[0]) not in json.dumps(held.used_codes)  # a verifier only
    with pytest.raises(VoteRefused) as refused:
        svc.cast_with_code(vote.edition_id, vote.codes[0], ["p3"])
    assert refused.value.code is CodeProblem.USED
    assert counts(db) == (1, 1)


def forged(code: str) -> str:
    """A code of the right shape that was never printed."""
    return codes.new_code()


def forged_old_format(code: str) -> str:
    """A well-typed code in the 20-character format of older versions, never printed."""
    return codes.legacy_batch_codes(codes.new_batch_key(), "ZZ", 1)[0]


@pytest.mark.parametrize(
    ("mangle", "problem"),
    [
        (lambda c: c[:-3], CodeProblem.MALFORMED),
        (one_letter_wrong, CodeProblem.MALFORMED),
        (lambda c: c[:5] + c[6] + c[5] + c[7:], CodeProblem.MALFORMED),
        (lambda c: "", CodeProblem.MALFORMED),
        (lambda c: "bonjour", CodeProblem.MALFORMED),
        (forged, CodeProblem.NOT_GENUINE),
        (forged_old_format, CodeProblem.NOT_GENUINE),
    ],
    ids=[
        "too short",
        "one letter wrong",
        "two swapped",
        "empty",
        "a word",
        "forged",
        "forged in the old format",
    ],
)
def test_a_wrong_or_forged_code_is_refused_and_nothing_written(db, mangle, problem):
    vote = open_vote(db)
    code = next(c for c in vote.codes if c[5] != c[6])  # so that a swap changes it
    with pytest.raises(VoteRefused) as refused:
        service(db).cast_with_code(vote.edition_id, mangle(code), ["p1"])
    assert refused.value.code is problem
    assert counts(db) == (0, 0)


def test_a_code_printed_for_another_kiosk_is_refused(db):
    vote = open_vote(db, bound="elsewhere")
    with pytest.raises(VoteRefused) as refused:
        service(db).check_code(vote.edition_id, vote.codes[0])
    assert refused.value.code is CodeProblem.OTHER_KIOSK


@pytest.mark.parametrize(
    ("method", "choices", "problem"),
    [
        (VotingMethod.APPROVAL, [], ChoiceProblem.NONE_CHOSEN),
        (VotingMethod.APPROVAL, ["p1", "p2", "p3"], ChoiceProblem.TOO_MANY),
        (VotingMethod.APPROVAL, ["p9"], ChoiceProblem.NOT_ON_BALLOT),
        (VotingMethod.KNAPSACK, ["p1", "p3"], ChoiceProblem.OVER_BUDGET),
        (VotingMethod.CHOOSE_ONE, ["p1", "p2"], ChoiceProblem.CHOOSE_ONE),
    ],
)
def test_a_ballot_breaking_the_rules_uses_no_code(db, method, choices, problem):
    vote = open_vote(db, method=method, max_choices=2 if method is VotingMethod.APPROVAL else None)
    with pytest.raises(VoteRefused) as refused:
        service(db).cast_with_code(vote.edition_id, vote.codes[0], choices)
    assert problem in refused.value.choices
    assert counts(db) == (0, 0)


def test_a_basket_within_the_budget_is_accepted(db):
    vote = open_vote(db, method=VotingMethod.KNAPSACK, max_choices=None)
    service(db).cast_with_code(vote.edition_id, vote.codes[0], ["p1", "p2"])
    assert counts(db) == (1, 1)


def test_supervised_votes_need_no_code(db):
    vote = open_vote(db, batches=False)
    svc = service(db)
    assert svc.open_edition().batches == 0
    svc.set_pin("2468")
    assert svc.pin_matches("2468") and not svc.pin_matches("1357")
    svc.cast_supervised(vote.edition_id, ["p3"])
    assert counts(db) == (0, 1)
    with db.read() as s:
        stored = s.execute(text("SELECT value FROM settings WHERE key = 'kiosk_pin'")).scalar()
    assert "2468" not in stored


def test_a_paper_serial_counts_once(db):
    vote = open_vote(db)
    svc = service(db)
    serial = codes.new_serial(svc.paper_key(vote.edition_id))
    svc.record_paper_ballot(vote.edition_id, serial, ["p1"])
    with pytest.raises(VoteRefused) as refused:
        svc.record_paper_ballot(vote.edition_id, codes.format_code(serial), ["p2"])
    assert refused.value.code is CodeProblem.USED
    with pytest.raises(VoteRefused) as refused:
        svc.record_paper_ballot(vote.edition_id, one_letter_wrong(serial), ["p2"])
    assert counts(db) == (0, 1)


def test_the_counts_reconcile(db):
    vote = open_vote(db, n_codes=15)
    svc = service(db)
    for code in vote.codes[:12]:
        svc.cast_with_code(vote.edition_id, code, ["p1"])
    svc.record_paper_ballot(
        vote.edition_id, codes.new_serial(svc.paper_key(vote.edition_id)), ["p2"]
    )
    figures = svc.reconciliation(vote.edition_id)
    # During the vote, 12 votes in the box: they leave it only with a pool of 10 kept.
    assert (figures.codes_used, figures.held_here) == (0, 12)
    assert figures.ballots_by_channel == {"paper": 1}
    after = BudgetService(db, today=lambda: TODAY + timedelta(days=30))  # the vote is over
    assert after.settle_box().moved == 12
    figures = after.reconciliation(vote.edition_id)
    assert figures.codes_issued == 15 and figures.codes_used == 12
    assert figures.ballots_by_channel == {"kiosk": 12, "paper": 1}
    assert figures.ballots == 13 and figures.held_here == 0 and figures.extra_uses == 0


def test_a_batch_prints_the_same_codes_every_time_and_counts_its_used_ones(db):
    vote = open_vote(db, n_codes=5)
    svc = service(db)
    assert svc.batch_codes(vote.batch_id) == vote.codes == svc.batch_codes(vote.batch_id)
    for code in vote.codes[2:]:
        svc.cast_with_code(vote.edition_id, code, ["p1"])
    later = BudgetService(db, today=lambda: TODAY + timedelta(days=30))
    assert later.settle_box().moved == 0  # 3 votes: fewer than 10 never leave the box
    (row,) = svc.batches(vote.edition_id)
    assert (row.size, row.used, row.printable) == (5, 0, True)
    assert svc.held_in_box() == 3
    other = svc.create_batch(vote.edition_id, 20, label="Bus")
    codes_other = svc.batch_codes(other)
    assert len(set(codes_other)) == 20 and not set(codes_other) & set(vote.codes)
    assert all(len(c) == codes.CODE_LENGTH for c in codes_other)
    assert svc.demo_codes(vote.edition_id, 2) == [codes.format_code(c) for c in vote.codes[:2]]


def test_double_entry_counts_a_paper_ballot_once_two_typings_agree(db):
    from citizenspace.services.budget.budget import PaperOutcome

    vote = open_vote(db)
    svc = service(db)
    svc.set_double_entry(vote.edition_id, True)
    assert svc.double_entry(vote.edition_id)
    key = svc.paper_key(vote.edition_id)
    agree, differ = codes.new_serial(key), codes.new_serial(key)

    assert svc.record_paper_ballot(vote.edition_id, agree, ["p1"]) is PaperOutcome.WAITING
    assert counts(db) == (0, 0)
    assert svc.record_paper_ballot(vote.edition_id, agree, ["p1"]) is PaperOutcome.COUNTED
    assert counts(db) == (0, 1)
    with pytest.raises(VoteRefused):  # counted: a third typing is refused
        svc.record_paper_ballot(vote.edition_id, agree, ["p1"])

    assert svc.record_paper_ballot(vote.edition_id, differ, ["p1"]) is PaperOutcome.WAITING
    assert svc.record_paper_ballot(vote.edition_id, differ, ["p2"]) is PaperOutcome.MISMATCH
    (review,) = svc.paper_to_review(vote.edition_id)
    assert review.typings == (("p1",), ("p2",))
    assert counts(db) == (0, 1)
    # A third look: the coordinator types what the paper says.
    assert svc.record_paper_ballot(vote.edition_id, differ, ["p2"]) is PaperOutcome.COUNTED
    assert svc.paper_to_review(vote.edition_id) == []
    assert counts(db) == (0, 2)


def test_two_typings_on_two_machines_count_after_sync(tmp_path):
    """Two staff type the same ballot on two PCs offline; after sync, both machines count
    it — as one ballot, the same on both."""
    from citizenspace.services.budget.budget import PaperOutcome
    from citizenspace.store.migrate import open_database
    from citizenspace.sync.engine import SyncEngine
    from citizenspace.sync.share import open_share

    share = tmp_path / "share"
    share.mkdir()
    open_share(share)
    a, _ = open_database(tmp_path / "a.db")
    b, _ = open_database(tmp_path / "b.db")
    try:
        vote = open_vote(a)
        svc_a = service(a)
        svc_a.set_double_entry(vote.edition_id, True)
        for _ in range(2):
            for db in (a, b):
                assert SyncEngine(db, share).round(flush_secret=True).ok
        svc_b = service(b)
        serial = codes.new_serial(svc_a.paper_key(vote.edition_id))
        assert svc_a.record_paper_ballot(vote.edition_id, serial, ["p3"]) is PaperOutcome.WAITING
        assert svc_b.record_paper_ballot(vote.edition_id, serial, ["p3"]) is PaperOutcome.WAITING
        for _ in range(2):
            for db in (a, b):
                assert SyncEngine(db, share).round(flush_secret=True).ok
        assert svc_a.settle_paper_entries(vote.edition_id) == 1
        assert svc_b.settle_paper_entries(vote.edition_id) == 1
        for _ in range(2):
            for db in (a, b):
                assert SyncEngine(db, share).round(flush_secret=True).ok
        assert counts(a) == counts(b) == (0, 1)
    finally:
        a.close()
        b.close()

"""Recording a vote's outcome: only the edition's declared rule, only once its vote is
closed, unless the coordinator overrides that and the audit log keeps it. Other rules are
counted, to compare, never recorded."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from citizenspace.domain.catalog import EditionPhase, OutcomeRule, ProjectStatus
from citizenspace.services.budget.budget import (
    ACTION_RESULTS_RECORDED,
    ACTION_RESULTS_RECORDED_VOTE_OPEN,
    BudgetCounting,
    BudgetService,
    RecordProblem,
    RecordRefused,
)
from citizenspace.store.models import AuditEntry, BudgetResult, Project
from tests.budget_fixtures import TODAY, open_vote, set_phase

CHOICES = [["p1"], ["p1", "p2"], ["p2"], ["p3"], ["p1"], ["p3", "p2"]] * 2
# Counted by hand: p1 6 votes, p2 6 (cheaper: first), p3 4. Greedy in 10 000 €: p2 1 200 €,
# then p1 4 500 €; p3 6 000 € no longer fits.
GREEDY_FUNDED = ("p2", "p1")


@pytest.fixture
def voted(db):
    vote = open_vote(db, n_codes=len(CHOICES), max_choices=2)
    service = BudgetService(db, today=lambda: TODAY)
    for code, choice in zip(vote.codes, CHOICES, strict=True):
        service.cast_with_code(vote.edition_id, code, choice)
    # Past the last voting day, the kiosk's box gives its twelve votes to the database.
    assert BudgetService(db, today=lambda: TODAY + timedelta(days=30)).settle_box().moved == 12
    return vote


def recorded(db) -> tuple[int, set[str], list[AuditEntry]]:
    with db.read() as s:
        results = s.scalar(select(func.count()).select_from(BudgetResult))
        funded = {p.id for p in s.scalars(select(Project)) if p.status is ProjectStatus.FUNDED}
        audit = list(s.scalars(select(AuditEntry).order_by(AuditEntry.at)))
        s.expunge_all()
    return results, funded, audit


@pytest.mark.parametrize(
    "phase",
    [EditionPhase.PREPARATION, EditionPhase.PROPOSALS, EditionPhase.SELECTION, EditionPhase.VOTE],
)
def test_an_outcome_is_not_recorded_before_the_vote_is_closed(db, voted, phase):
    set_phase(db, phase)
    counting = BudgetCounting(db)
    result = counting.count(voted.edition_id, OutcomeRule.GREEDY)
    assert result.funded == GREEDY_FUNDED
    assert not counting.terms(voted.edition_id).vote_closed
    with pytest.raises(RecordRefused) as refused:
        counting.record(voted.edition_id, result)
    assert refused.value.problem is RecordProblem.VOTE_NOT_CLOSED
    assert recorded(db) == (0, set(), [])


@pytest.mark.parametrize("phase", [EditionPhase.RESULTS, EditionPhase.CLOSED])
def test_once_the_vote_is_closed_the_declared_rule_is_recorded_and_audited(db, voted, phase):
    set_phase(db, phase)
    counting = BudgetCounting(db)
    assert counting.terms(voted.edition_id).vote_closed
    result = counting.count(voted.edition_id, OutcomeRule.GREEDY)
    ident = counting.record(voted.edition_id, result, actor="Claire (coordination)")
    results, funded, [entry] = recorded(db)
    assert (results, funded) == (1, set(GREEDY_FUNDED))
    assert entry.action == ACTION_RESULTS_RECORDED
    assert (entry.actor, entry.subject) == ("Claire (coordination)", voted.edition_id)
    details = json.loads(entry.details)
    assert details["record"] == ident and details["vote_closed"] is True
    assert details["funded"] == list(GREEDY_FUNDED) and details["ballots"] == len(CHOICES)


def test_the_override_records_while_the_vote_is_open_and_the_audit_log_says_so(db, voted):
    counting = BudgetCounting(db)
    result = counting.count(voted.edition_id, OutcomeRule.GREEDY)
    counting.record(voted.edition_id, result, vote_open_confirmed=True)
    results, funded, [entry] = recorded(db)
    assert (results, funded) == (1, set(GREEDY_FUNDED))
    assert entry.action == ACTION_RESULTS_RECORDED_VOTE_OPEN
    assert entry.subject == voted.edition_id and entry.actor  # this machine's user at least
    details = json.loads(entry.details)
    assert details["phase"] == "vote" and details["vote_closed"] is False


@pytest.mark.parametrize(
    ("declared", "rule", "completion"),
    [
        (OutcomeRule.GREEDY, OutcomeRule.EQUAL_SHARES, True),
        (OutcomeRule.GREEDY, OutcomeRule.EQUAL_SHARES, False),
        (OutcomeRule.EQUAL_SHARES, OutcomeRule.GREEDY, True),
        # Equal Shares is declared with its add-one completion: without it, another rule.
        (OutcomeRule.EQUAL_SHARES, OutcomeRule.EQUAL_SHARES, False),
    ],
)
def test_a_count_under_another_rule_is_never_recorded(db, voted, declared, rule, completion):
    set_phase(db, EditionPhase.RESULTS, rule=declared)
    counting = BudgetCounting(db)
    what_if = counting.count(voted.edition_id, rule, completion)
    assert not counting.terms(voted.edition_id).declares(rule, completion)
    for override in (False, True):
        with pytest.raises(RecordRefused) as refused:
            counting.record(voted.edition_id, what_if, vote_open_confirmed=override)
        assert refused.value.problem is RecordProblem.NOT_DECLARED_RULE
    assert recorded(db) == (0, set(), [])


def test_equal_shares_with_its_completion_is_recorded_where_declared(db, voted):
    set_phase(db, EditionPhase.RESULTS, rule=OutcomeRule.EQUAL_SHARES)
    counting = BudgetCounting(db)
    result = counting.count(voted.edition_id, OutcomeRule.EQUAL_SHARES)
    counting.record(voted.edition_id, result)
    with db.read() as s:
        [row] = s.scalars(select(BudgetResult)).all()
        assert row.rule is OutcomeRule.EQUAL_SHARES
        assert json.loads(row.funded) == list(result.funded)


def test_a_count_the_ballots_no_longer_give_is_not_recorded(db):
    """A ballot arrives (typed from paper, or by sync) between the count and the recording:
    the count shown is no longer the outcome, so it is refused and counted again."""
    from citizenspace.domain.budget import codes

    vote = open_vote(db, n_codes=len(CHOICES), max_choices=2)
    service = BudgetService(db, today=lambda: TODAY)
    for code, choice in zip(vote.codes, CHOICES, strict=True):
        service.cast_with_code(vote.edition_id, code, choice)
    BudgetService(db, today=lambda: TODAY + timedelta(days=30)).settle_box()
    counting = BudgetCounting(db)
    shown = counting.count(vote.edition_id, OutcomeRule.GREEDY)
    serial = codes.new_serial(service.paper_key(vote.edition_id))
    service.record_paper_ballot(vote.edition_id, serial, ["p3"])
    set_phase(db, EditionPhase.RESULTS)
    with pytest.raises(RecordRefused) as refused:
        counting.record(vote.edition_id, shown)
    assert refused.value.problem is RecordProblem.STALE
    assert recorded(db) == (0, set(), [])
    again = counting.count(vote.edition_id, OutcomeRule.GREEDY)
    assert again.voters == len(CHOICES) + 1
    counting.record(vote.edition_id, again)
    assert recorded(db)[0] == 1

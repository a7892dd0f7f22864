"""Counting an edition's ballots, and editions in and out as pabulib files."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from citizenspace.domain.catalog import EditionPhase, OutcomeRule, ProjectStatus
from citizenspace.services.budget.budget import BudgetCounting, BudgetService
from citizenspace.services.budget.budget_exchange import (
    ExchangeIssue,
    ExchangeRejected,
    export_pabulib,
    import_pabulib,
)
from citizenspace.services.budget.budget_tally import tally_file
from citizenspace.store.models import Project
from tests.budget_fixtures import TODAY, open_vote, set_phase

DATA = Path(__file__).resolve().parents[1] / "data" / "pabulib"
CENTRAL_FALLS = (
    DATA / "US_Stanford_Dataset_2022_Central_Falls_High_School_Participatory_Budgeting_Vote_"
    "vote_approvals.pb"
)


def close_the_vote(db) -> None:
    """The vote is over: the kiosk's ballot box gives its votes to the database."""
    later = BudgetService(db, today=lambda: TODAY + timedelta(days=30))
    assert later.settle_box().held == 0


def test_an_edition_is_counted_from_its_ballots_and_recorded(db):
    vote = open_vote(db, n_codes=12, max_choices=2)
    service = BudgetService(db, today=lambda: TODAY)
    for code, choice in zip(
        vote.codes, [["p1"], ["p1", "p2"], ["p2"], ["p3"], ["p1"], ["p3", "p2"]] * 2, strict=True
    ):
        service.cast_with_code(vote.edition_id, code, choice)
    set_phase(db, EditionPhase.RESULTS)  # the vote is closed
    close_the_vote(db)
    counting = BudgetCounting(db)
    result = counting.count(vote.edition_id, OutcomeRule.GREEDY)
    # Votes: p1 6, p2 6 (cheaper, first), p3 4. Budget 10 000 €: p2 1 200, p1 4 500 fit,
    # p3 6 000 no longer does.
    assert result.funded == ("p2", "p1") and result.total_cost == 570_000
    assert result.outcome("p3").reason.value == "not_funded_money_left_too_little"
    counting.record(vote.edition_id, result)
    with db.read() as s:
        assert {p.id: p.status for p in s.query(Project)} == {
            "p1": ProjectStatus.FUNDED,
            "p2": ProjectStatus.FUNDED,
            "p3": ProjectStatus.ON_BALLOT,
        }


def test_an_exported_edition_counts_the_same_with_the_file_tools(db, tmp_path):
    vote = open_vote(db, n_codes=12)
    service = BudgetService(db, today=lambda: TODAY)
    for code, choice in zip(vote.codes, [["p1"], ["p2", "p3"], ["p3"], ["p3"]] * 3, strict=True):
        service.cast_with_code(vote.edition_id, code, choice)
    close_the_vote(db)
    target = tmp_path / "edition.pb"
    assert export_pabulib(db, vote.edition_id, target) == 12
    from_file = tally_file(target, "mes")
    in_app = BudgetCounting(db).count(vote.edition_id, OutcomeRule.EQUAL_SHARES)
    assert list(from_file.funded) == list(in_app.funded)
    assert from_file.total_cost * 100 == in_app.total_cost


def test_a_pabulib_file_becomes_an_edition_that_counts_the_same(db):
    imported = import_pabulib(db, CENTRAL_FALLS, today=TODAY)
    assert (imported.projects, imported.ballots) == (8, 356)
    counting = BudgetCounting(db)
    greedy = counting.count(imported.edition_id, OutcomeRule.GREEDY)
    assert greedy.total_cost == 870_000  # 8 700 of 10 000, in cents
    mes = counting.count(imported.edition_id, OutcomeRule.EQUAL_SHARES, completion=False)
    assert mes.total_cost == 550_000


@pytest.mark.parametrize(
    ("content", "issue"),
    [
        (b"META\nkey;value\n", ExchangeIssue.BAD_FILE),
        (b"\xff\xfe\x00garbage", ExchangeIssue.BAD_FILE),
    ],
)
def test_a_broken_file_imports_nothing(db, tmp_path, content, issue):
    path = tmp_path / "broken.pb"
    path.write_bytes(content)
    with pytest.raises(ExchangeRejected) as rejected:
        import_pabulib(db, path)
    assert rejected.value.issue is issue
    assert BudgetService(db).editions() == []


def test_point_ballots_are_not_imported(db):
    with pytest.raises(ExchangeRejected) as rejected:
        import_pabulib(db, DATA / "France_Toulouse_2019.pb")
    assert rejected.value.issue is ExchangeIssue.POINTS
    assert BudgetService(db).editions() == []

"""`tally_file`: what `citizenspace budget tally FILE.pb` will print, from a real file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from citizenspace.domain.budget.pabulib import PabulibErrorCode
from citizenspace.domain.budget.tally import Phase, Reason, Rule, Utility
from citizenspace.services.budget.budget_tally import (
    TallyIssue,
    TallyRejected,
    report_as_json,
    tally_file,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "pabulib"
CENTRAL_FALLS = DATA / (
    "US_Stanford_Dataset_2022_Central_Falls_High_School_Participatory_Budgeting_Vote_vote_approvals.pb"
)


def test_greedy_on_central_falls():
    report = tally_file(CENTRAL_FALLS, "greedy")
    assert (report.rule, report.budget, report.total_cost) == (Rule.GREEDY, 10_000, 8_700)
    assert report.funded == ("2699", "2700")
    assert report.currency == "USD" and report.voters == 356
    assert [p.project_id for p in report.projects][:2] == ["2699", "2698"]


@pytest.mark.parametrize(("completion", "spent"), [(False, 5_500), (True, 8_700)])
def test_equal_shares_on_central_falls(completion, spent):
    report = tally_file(str(CENTRAL_FALLS), "mes", completion=completion)
    assert report.total_cost == spent
    assert report.utility is Utility.COST


def test_the_json_report_is_plain_json_with_every_reason():
    report = tally_file(CENTRAL_FALLS, "mes")
    data = json.loads(json.dumps(report_as_json(report)))
    assert data["rule"] == "mes" and data["completion"] is True
    assert (data["budget"], data["total_cost"], data["money_left"]) == (10_000, 8_700, 1_300)
    assert data["funded"] == ["2699", "2700"]
    assert data["share_per_voter"] == "36.08" and data["share_per_voter_exact"] == "3212/89"
    first, second = data["projects"][:2]
    assert first["id"] == "2699" and first["funded"] and first["phase"] == Phase.EQUAL_SHARES
    assert second["reason"] == Reason.NOT_FUNDED_SUPPORTERS_SHARE_RAN_OUT
    assert second["supporters_money"] == "2715.28"
    assert "explanation" not in second  # sentences are the screens' words (messages)


def test_a_missing_file_is_unreadable(tmp_path):
    with pytest.raises(TallyRejected) as e:
        tally_file(tmp_path / "none.pb")
    assert e.value.issue is TallyIssue.UNREADABLE


def test_a_bad_file_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bad.pb"
    shutil.copy(CENTRAL_FALLS, path)
    path.write_bytes(path.read_bytes().replace(b"2699;6700;189", b"2699;6 700;189"))
    with pytest.raises(TallyRejected) as e:
        tally_file(path, "greedy")
    assert e.value.issue is TallyIssue.INVALID_FILE
    assert (e.value.pabulib_code, e.value.line) == (PabulibErrorCode.BAD_NUMBER, 21)


def test_a_file_in_latin1_is_refused_as_encoding(tmp_path):
    path = tmp_path / "toulouse-latin1.pb"
    path.write_bytes(
        (DATA / "France_Toulouse_2019.pb").read_text("utf-8").encode("latin-1", "replace")
    )
    with pytest.raises(TallyRejected) as e:
        tally_file(path)
    assert e.value.pabulib_code is PabulibErrorCode.ENCODING and e.value.line > 1


def test_an_unknown_rule_is_refused():
    with pytest.raises(TallyRejected) as e:
        tally_file(CENTRAL_FALLS, "borda")
    assert e.value.issue is TallyIssue.UNKNOWN_RULE

"""Why each project is or is not funded, in the one place the words live
(`citizenspace.messages.outcome_sentence`): the results screen, `budget tally` and its JSON
report all say the same sentence, in the user's language."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

from citizenspace.domain.budget import pabulib
from citizenspace.domain.budget.tally import equal_shares, greedy
from citizenspace.messages import amount_in, outcome_sentence
from citizenspace.services.budget.budget_tally import report_as_json, tally_file

DATA = Path(__file__).resolve().parents[1] / "data" / "pabulib"
CENTRAL_FALLS = DATA / (
    "US_Stanford_Dataset_2022_Central_Falls_High_School_Participatory_Budgeting_Vote_"
    "vote_approvals.pb"
)


def _load(path: Path):
    return pabulib.parse_bytes(path.read_bytes()).election


def _plain(language: str):
    """Amounts without a currency, as a pabulib file without one writes them."""
    return amount_in(unit_cents=False, language=language, currency="")


def test_each_reason_has_its_sentence_in_english(english) -> None:
    money = _plain("en")
    greedy_result = greedy(_load(CENTRAL_FALLS))
    assert outcome_sentence(greedy_result.outcome("2698"), money) == (
        "Not funded: it costs 8,300, but only 3,300 was left when its turn came."
    )
    shares = equal_shares(_load(CENTRAL_FALLS), completion=True)
    assert outcome_sentence(shares.outcome("2699"), money) == (
        "Funded: its 189 supporters paid its cost of 6,700 from their equal shares."
    )
    toulouse = greedy(_load(DATA / "France_Toulouse_2019.pb"))
    assert outcome_sentence(toulouse.outcome("4"), money) == (
        "Funded: with 471 votes (1,090 points), its cost of 390,000 fitted in the "
        "1,000,000 still left."
    )


def test_the_sentences_are_french_in_the_french_interface(french) -> None:
    money = _plain("fr")
    result = greedy(_load(CENTRAL_FALLS))
    sentence = outcome_sentence(result.outcome("2698"), money)
    assert sentence == (
        "Non financé\u00a0: il coûte 8\u202f300, mais il ne restait que 3\u202f300 quand son "
        "tour est venu."
    )


def test_the_json_report_explains_with_the_same_sentence(english) -> None:
    report = tally_file(CENTRAL_FALLS, "mes")
    money = _plain("en")
    data = json.loads(json.dumps(report_as_json(report, lambda p: outcome_sentence(p, money))))
    second = data["projects"][1]
    assert second["supporters_money"] == "2715.28"  # rounded down, never overstated
    assert second["explanation"] == outcome_sentence(report.projects[1], money)
    assert second["explanation"].startswith("Not funded: it costs 8,300, but its 178 supporters")
    assert "explanation" not in report_as_json(report)["projects"][1]


def test_amounts_are_rounded_down_to_cents(english) -> None:
    money = _plain("en")
    assert money(1234) == "1,234"
    assert money(Fraction(2_715_289, 1000)) == "2,715.28"
    assert money(Fraction(10_000, 356)) == "28.08"

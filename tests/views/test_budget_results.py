"""The coordinator records the children's vote: only under the edition's rule, after a
question; while the vote is open only by confirming the exception, which the audit log
keeps; other rules are shown as "what if" and cannot be recorded."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from citizenspace.domain.catalog import EditionPhase, OutcomeRule, ProjectStatus
from citizenspace.services.budget.budget import (
    ACTION_RESULTS_RECORDED,
    ACTION_RESULTS_RECORDED_VOTE_OPEN,
    BudgetCounting,
    BudgetService,
)
from citizenspace.store.models import AuditEntry, BudgetResult, Project
from citizenspace.views.budget.budget_results import ResultsTab
from tests.budget_fixtures import TODAY, open_vote, set_phase

CHOICES = [["p1"], ["p1", "p2"], ["p2"], ["p3"], ["p1"]] * 2

#: French, as the children and the staff read it.
pytestmark = pytest.mark.usefixtures("french")


@pytest.fixture
def results(qtbot, db):
    vote = open_vote(db, n_codes=len(CHOICES))
    service = BudgetService(db, today=lambda: TODAY)
    for code, choice in zip(vote.codes, CHOICES, strict=True):
        service.cast_with_code(vote.edition_id, code, choice)
    # Past its last day, the kiosk's box gives the ten votes to the database.
    assert BudgetService(db, today=lambda: TODAY + timedelta(days=30)).settle_box().moved == 10
    tab = ResultsTab(BudgetCounting(db))
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def asked(qtbot, tab: ResultsTab) -> QMessageBox:
    qtbot.waitUntil(lambda: tab.confirm_box is not None and tab.confirm_box.isVisible())
    return tab.confirm_box


def answer(box: QMessageBox, role: QMessageBox.ButtonRole | None) -> None:
    """Click the button of `role`, or Cancel when `role` is None."""
    if role is None:
        box.button(QMessageBox.StandardButton.Cancel).click()
        return
    [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
    button.click()


def state(db) -> tuple[int, set[str], list[tuple[str, dict]]]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(BudgetResult)),
            {p.id for p in s.scalars(select(Project)) if p.status is ProjectStatus.FUNDED},
            [(a.action, json.loads(a.details)) for a in s.scalars(select(AuditEntry))],
        )


def test_while_the_vote_is_open_recording_is_a_confirmed_and_audited_exception(
    qtbot, db, results, tmp_path
):
    results.set_edition("ed1")
    assert results.vote_notice.isVisible()
    assert "Vote" in results.vote_notice.text()  # the current step, same word in French
    click(qtbot, results.count_button)
    assert not results.what_if.isVisible()
    assert results.record_button.isEnabled()
    assert "audit" in results.record_button.toolTip()
    results.grab().save(str(tmp_path / "results-vote-open.png"))

    click(qtbot, results.record_button)
    box = asked(qtbot, results)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "pas clos" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    answer(box, None)
    assert state(db) == (0, set(), [])  # cancelled: nothing written

    click(qtbot, results.record_button)
    answer(asked(qtbot, results), QMessageBox.ButtonRole.DestructiveRole)
    count, funded, [(action, details)] = state(db)
    assert (count, funded) == (1, {"p1", "p2"})
    assert action == ACTION_RESULTS_RECORDED_VOTE_OPEN and details["phase"] == "vote"
    assert not results.record_button.isEnabled() and results.message.text()


def test_once_the_vote_is_closed_recording_asks_first(qtbot, db, results):
    set_phase(db, EditionPhase.RESULTS)
    results.set_edition("ed1")
    assert not results.vote_notice.isVisible()
    click(qtbot, results.count_button)
    click(qtbot, results.record_button)
    box = asked(qtbot, results)
    assert box.icon() == QMessageBox.Icon.Question
    answer(box, None)
    assert state(db) == (0, set(), [])
    click(qtbot, results.record_button)
    answer(asked(qtbot, results), QMessageBox.ButtonRole.AcceptRole)
    count, funded, [(action, _details)] = state(db)
    assert (count, funded, action) == (1, {"p1", "p2"}, ACTION_RESULTS_RECORDED)


@pytest.mark.parametrize("declared", [OutcomeRule.GREEDY, OutcomeRule.EQUAL_SHARES])
def test_other_rules_are_what_if_counts_that_cannot_be_recorded(
    qtbot, db, results, declared, tmp_path
):
    set_phase(db, EditionPhase.RESULTS, rule=declared)
    results.set_edition("ed1")
    combo = results.rule_combo
    declared_index = combo.currentIndex()
    assert "édition" in combo.itemText(declared_index)
    for i in range(combo.count()):
        if i == declared_index:
            continue
        combo.setCurrentIndex(i)
        assert combo.currentText().startswith(("What if", "Et si"))
        click(qtbot, results.count_button)
        assert results.model.rowCount() == 3  # the count is shown, to compare
        assert results.what_if.isVisible() and results.what_if.text()
        assert not results.record_button.isEnabled()
        assert results.record_button.toolTip()
        results.grab().save(str(tmp_path / f"results-what-if-{i}.png"))
        results.record()  # even called directly: no question, nothing written
        assert results.confirm_box is None
    assert state(db) == (0, set(), [])
    combo.setCurrentIndex(declared_index)
    click(qtbot, results.count_button)
    assert not results.what_if.isVisible() and results.record_button.isEnabled()


def test_the_results_say_a_code_was_used_twice_and_a_kiosk_keeps_its_few_ballots(qtbot, db, french):
    """After sync, the office holds both uses of a code (two offline kiosks) and knows that
    the bus's kiosk keeps three ballots: both are said beside the count."""
    import uuid

    from citizenspace.domain.catalog import DeviceKind
    from citizenspace.store.ballot.ballot_settle import held_key
    from citizenspace.store.models import Ballot, Device, Setting, UsedCode

    vote = open_vote(db, n_codes=12)
    with db.write() as s:  # what sync brought from the two kiosks
        s.add(Device(id="bus-kiosk", name="Borne du bus", kind=DeviceKind.KIOSK))
        for i in range(12):
            s.add(
                UsedCode(
                    id=str(uuid.uuid4()),
                    edition_id=vote.edition_id,
                    code_hash="ab" * 16 if i < 2 else f"{i:032x}",
                    used_on=TODAY,
                    batch_id=vote.batch_id,
                )
            )
            s.add(
                Ballot(
                    id=str(uuid.uuid4()),
                    edition_id=vote.edition_id,
                    channel="kiosk",
                    cast_on=TODAY,
                    choices=json.dumps(["p1"]),
                )
            )
        s.add(Setting(key=held_key(vote.edition_id, "bus-kiosk"), value="3"))
    set_phase(db, EditionPhase.RESULTS)
    tab = ResultsTab(BudgetCounting(db))
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    tab.set_edition(vote.edition_id)
    qtbot.mouseClick(tab.count_button, Qt.MouseButton.LeftButton)
    text = tab.cautions.text()
    assert tab.cautions.isVisible()
    assert "lot « Borne test », 1 code a été utilisé sur deux bornes" in text
    assert "jusqu’à 1 bulletin a pu être ajouté" in text
    assert "La borne « Borne du bus » garde 3 bulletins qui ne sont pas comptés" in text
    tab.grab().save(str(db.path.with_name("results-cautions.png")))

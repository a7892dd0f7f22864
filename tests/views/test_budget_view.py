"""The coordinator's budget page: paper ballots typed in with the keyboard, a serial
counting once, the figures reconciling, a new batch of codes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from citizenspace.domain.budget import codes
from citizenspace.domain.catalog import EditionPhase
from citizenspace.services.budget.budget import BudgetService
from citizenspace.services.budget.budget_print import BudgetPrinting
from citizenspace.store.models import Ballot
from citizenspace.views.budget.budget_view import BudgetView
from tests.budget_fixtures import TODAY, open_vote, set_phase

#: In English, the words these tests were written against (the kiosk tests read French).
pytestmark = pytest.mark.usefixtures("english")


def ballots(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Ballot))


def make_view(qtbot, db) -> tuple[BudgetView, BudgetService]:
    service = BudgetService(db, today=lambda: TODAY)
    view = BudgetView(service, BudgetPrinting(db, service))
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view, service


def test_paper_ballots_are_typed_in_with_the_keyboard(qtbot, db, tmp_path):
    vote = open_vote(db)
    view, service = make_view(qtbot, db)
    view.tabs.setCurrentWidget(view.paper)
    paper = view.paper
    key = service.paper_key(vote.edition_id)
    first, second = codes.new_serial(key), codes.new_serial(key)

    qtbot.keyClicks(paper.serial_edit, codes.format_code(first))
    qtbot.keyClick(paper.serial_edit, Qt.Key.Key_Return)  # on to the first project
    assert paper.boxes["p1"].hasFocus()
    qtbot.keyClick(paper.boxes["p1"], Qt.Key.Key_Space)  # ticked
    qtbot.keyClick(paper.boxes["p1"], Qt.Key.Key_Return)  # saved
    assert ballots(db) == 1
    assert paper.serial_edit.hasFocus() and paper.serial_edit.text() == ""
    assert not paper.boxes["p1"].isChecked()

    # The same ballot again: refused, nothing saved.
    qtbot.keyClicks(paper.serial_edit, first)
    paper.boxes["p2"].setChecked(True)
    qtbot.mouseClick(paper.save_button, Qt.MouseButton.LeftButton)
    assert "already" in paper.message.text()
    assert ballots(db) == 1

    # Too many ticks: void, nothing saved.
    paper.serial_edit.setText(second)
    for box in paper.boxes.values():
        box.setChecked(True)
    qtbot.mouseClick(paper.save_button, Qt.MouseButton.LeftButton)
    assert ballots(db) == 1 and paper.message.text()
    view.grab().save(str(tmp_path / "budget-paper.png"))

    view.tabs.setCurrentIndex(0)
    assert view.figure_labels["paper"].text() == "1"
    assert view.figure_labels["total"].text() == "1"


def test_the_figures_and_batches_of_the_vote(qtbot, db, tmp_path, qtmodeltester):
    vote = open_vote(db, n_codes=12)
    service = BudgetService(db, today=lambda: TODAY)
    for code in vote.codes[:11]:
        service.cast_with_code(vote.edition_id, code, ["p1"])
    BudgetService(db, today=lambda: TODAY + timedelta(days=30)).settle_box()  # vote over
    service.cast_with_code(vote.edition_id, vote.codes[11], ["p1"])  # held in the box
    view, _ = make_view(qtbot, db)
    assert view.figure_labels["issued"].text() == "12"
    assert view.figure_labels["used"].text() == "11"
    assert "1 ballot" in view.warning.text()  # the one still in this machine's box
    assert view.batch_model.rowCount() == 1
    assert view.batch_model.index(0, 3).data() == "11"
    view.create_batch("Centre social Europe", 30)
    assert view.batch_busy  # verifiers are slow on purpose: made in the background
    qtbot.waitUntil(lambda: not view.batch_busy, timeout=20_000)
    assert view.batch_model.rowCount() == 2
    qtmodeltester.check(view.batch_model)
    view.grab().save(str(tmp_path / "budget-vote.png"))


def test_no_edition_yet_says_so(qtbot, db):
    view, _ = make_view(qtbot, db)
    assert view.empty_label.isVisible() and not view.tabs.isVisible()


def test_the_supervisors_pin_is_typed_twice(qtbot, db):
    from citizenspace.views.budget.batches import PinDialog

    open_vote(db)
    dialog = PinDialog()
    qtbot.addWidget(dialog)
    dialog.pin_edit.setText("12")
    dialog._check()
    assert dialog.message.text() and not dialog.result()
    dialog.pin_edit.setText("2468")
    dialog.again_edit.setText("2469")
    dialog._check()
    assert dialog.message.text() and not dialog.result()
    dialog.again_edit.setText("2468")
    dialog._check()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_slips_and_ballots_are_printed_without_freezing_the_page(qtbot, db, tmp_path):
    vote = open_vote(db, n_codes=9)
    view, _ = make_view(qtbot, db)
    view.batch_table.selectRow(0)
    view.print_slips(vote.batch_id, tmp_path / "slips.pdf")
    assert not view.print_slips_button.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: not view.printing_busy, timeout=20_000)
    assert (tmp_path / "slips.pdf").stat().st_size > 10_000
    assert str(tmp_path / "slips.pdf") in view.warning.text()
    view.print_ballots(2, tmp_path / "ballots.pdf")
    qtbot.waitUntil(lambda: not view.printing_busy, timeout=20_000)
    assert (tmp_path / "ballots.pdf").exists()
    view.print_ballots(2, tmp_path / "missing" / "ballots.pdf")
    qtbot.waitUntil(lambda: not view.printing_busy, timeout=20_000)
    assert "missing" in view.warning.text() and view.print_slips_button.isEnabled()


def test_the_results_say_who_is_funded_and_why(qtbot, db, tmp_path, qtmodeltester):
    from citizenspace.services.budget.budget import BudgetCounting
    from citizenspace.store.models import Project

    vote = open_vote(db, n_codes=10)
    service = BudgetService(db, today=lambda: TODAY)
    for code, choice in zip(
        vote.codes, [["p1"], ["p1", "p2"], ["p2"], ["p3"], ["p1"]] * 2, strict=True
    ):
        service.cast_with_code(vote.edition_id, code, choice)
    set_phase(db, EditionPhase.RESULTS)  # the vote is closed
    # Once the vote is over, the ten votes leave the kiosk's ballot box together.
    assert BudgetService(db, today=lambda: TODAY + timedelta(days=30)).settle_box().moved == 10
    view = BudgetView(service, BudgetPrinting(db, service), counting=BudgetCounting(db))
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    view.tabs.setCurrentWidget(view.results)
    qtbot.mouseClick(view.results.count_button, Qt.MouseButton.LeftButton)
    results = view.results
    assert results.model.rowCount() == 3
    assert results.model.index(0, 0).data() == "Une aire de jeux"  # most votes first
    reasons = [results.model.index(i, 3).data() for i in range(3)]
    assert sum(r.startswith("Funded") for r in reasons) == 2
    qtmodeltester.check(results.model)
    assert [f for _t, _v, f in results.chart.rows] == [True, True, False]
    # The chart is given the room of its three rows once the layout runs (no fixed wait).
    qtbot.waitUntil(lambda: results.chart.height() >= results.chart.minimumHeight())
    assert results.chart.minimumHeight() >= 3 * results.chart.fontMetrics().height()
    view.grab().save(str(tmp_path / "budget-results.png"))
    qtbot.mouseClick(results.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results.confirm_box is not None)
    assert "2" in results.confirm_box.text()  # funded, said before recording
    [record] = [
        b
        for b in results.confirm_box.buttons()
        if results.confirm_box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    ]
    record.click()
    with db.read() as s:
        funded = {p.id for p in s.query(Project) if p.status.value == "funded"}
    assert funded == {"p1", "p2"}


def test_double_entry_on_the_paper_tab(qtbot, db):
    vote = open_vote(db)
    view, service = make_view(qtbot, db)
    paper = view.paper
    view.tabs.setCurrentWidget(paper)
    paper.double_box.setChecked(True)
    assert service.double_entry(vote.edition_id)
    serial = codes.new_serial(service.paper_key(vote.edition_id))
    for ticked in ("p1", "p2"):
        paper.serial_edit.setText(serial)
        paper.boxes[ticked].setChecked(True)
        paper.save()
    assert "differ" in paper.message.text()
    assert paper.review_list.count() == 1
    assert "Une aire de jeux" in paper.review_list.item(0).text()
    assert ballots(db) == 0
    paper.serial_edit.setText(serial)
    paper.boxes["p2"].setChecked(True)
    paper.save()
    assert ballots(db) == 1 and paper.review_list.count() == 0

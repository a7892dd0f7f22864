"""The coordinator's budget page is whole on a city laptop: paper ballot entry lists each
project once (however often the page is read again) and keeps what is being typed, its
boxes are never squeezed, the projects' costs show whole, and the results show every
project in the chart and in the table."""

from __future__ import annotations

from collections.abc import Iterator

import layout_audit
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QCheckBox

from citizenspace.domain.budget import codes
from citizenspace.domain.catalog import ProjectStatus
from citizenspace.services.budget.budget import BudgetCounting, BudgetService
from citizenspace.services.budget.budget_admin import BudgetAdminService
from citizenspace.store.models import Project
from citizenspace.views.budget.budget_view import BudgetView
from citizenspace.views.budget.projects.projects_model import ProjectsModel
from citizenspace.views.budget.words import money
from citizenspace.views.shell.app import BASE_POINT_SIZE, load_theme
from tests.budget_fixtures import TODAY, open_vote


@pytest.fixture
def themed(qapp, french) -> Iterator[None]:
    """The application's theme and base font, as the staff see the page."""
    sheet, font = qapp.styleSheet(), QFont(qapp.font())
    big = QFont(font)
    big.setPointSizeF(BASE_POINT_SIZE)
    qapp.setFont(big)
    qapp.setStyleSheet(load_theme())
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def twelve_projects(db) -> None:
    with db.write() as s:
        for i in range(4, 13):
            s.add(
                Project(
                    id=f"x{i}",
                    edition_id="ed1",
                    title=f"Un projet des enfants numéro {i}",
                    easy_read="Nous voulons un projet.",
                    cost_cents=450_000 + i * 1_000,
                    status=ProjectStatus.ON_BALLOT,
                    ballot_order=i,
                )
            )


def make_view(qtbot, db, size=(1118, 600)) -> BudgetView:
    """The page as the staff window holds it at 1366×768: the window less its side bar and
    status bar."""
    service = BudgetService(db, today=lambda: TODAY)
    view = BudgetView(
        service,
        counting=BudgetCounting(db),
        admin=BudgetAdminService(db, today=lambda: TODAY),
    )
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def listed(view: BudgetView) -> list[str]:
    """The paper tab's project boxes a coordinator sees, as they read."""
    paper = view.paper
    return [b.text() for b in paper.boxes_holder.findChildren(QCheckBox) if b.isVisibleTo(paper)]


@pytest.mark.usefixtures("themed")
def test_paper_entry_lists_each_project_once_however_often_the_page_is_read(qtbot, db):
    """The page is read again each time it is shown and after each sync round; the old
    boxes were only deleted later, so a page read twice before the event loop ran (a
    screenshot, a round ending during another refresh) listed every project twice."""
    open_vote(db)
    twelve_projects(db)
    view = make_view(qtbot, db)
    view.tabs.setCurrentWidget(view.paper)
    assert len(listed(view)) == 12
    with db.write() as s:  # a project's cost changed on another machine: a new ballot
        s.get(Project, "p2").cost_cents = 130_000
    view.refresh()
    view.refresh()
    QApplication.processEvents()  # as a screenshot does: deferred deletions do not run
    shown = listed(view)
    assert len(shown) == len(set(shown)) == 12
    assert any(money(130_000) in text for text in shown)


@pytest.mark.usefixtures("themed")
def test_a_sync_round_does_not_wipe_the_ballot_being_typed(qtbot, db):
    vote = open_vote(db)
    view = make_view(qtbot, db)
    view.tabs.setCurrentWidget(view.paper)
    paper = view.paper
    serial = codes.format_code(codes.new_serial(BudgetService(db).paper_key(vote.edition_id)))
    qtbot.keyClicks(paper.serial_edit, serial)
    paper.boxes["p2"].setChecked(True)
    view.refresh()  # what the staff window does when a sync round brought changes
    assert paper.serial_edit.text() == serial and paper.boxes["p2"].isChecked()
    qtbot.keyClick(paper.boxes["p2"], Qt.Key.Key_Return)
    assert paper.message.text() == "Enregistré. Bulletin suivant."


@pytest.mark.usefixtures("themed")
@pytest.mark.parametrize("size", [(1118, 600), (1032, 552)])  # 1366×768 and 1280×720
def test_paper_boxes_are_never_squeezed(qtbot, db, size):
    open_vote(db)
    twelve_projects(db)
    view = make_view(qtbot, db, size)
    view.tabs.setCurrentWidget(view.paper)
    view.paper.double_box.setChecked(True)  # the list of typings that differ shows too
    QApplication.processEvents()
    for box in view.paper.boxes.values():
        assert box.height() >= box.sizeHint().height(), (box.text(), box.height())
    assert layout_audit.problems(view) == []


@pytest.mark.usefixtures("themed")
def test_the_costs_show_whole(qtbot, db):
    open_vote(db)
    twelve_projects(db)
    view = make_view(qtbot, db)
    table = view.projects_tab.table
    width = table.horizontalHeader().sectionSize(ProjectsModel.COL_COST)
    metrics = table.fontMetrics()
    for row in range(view.projects_tab.model.rowCount()):
        text = view.projects_tab.model.index(row, ProjectsModel.COL_COST).data()
        assert metrics.horizontalAdvance(text) + 10 <= width, text
    assert layout_audit.problems(view) == []


@pytest.mark.usefixtures("themed")
def test_the_results_show_every_project_in_the_chart_and_the_table(qtbot, db):
    vote = open_vote(db, n_codes=6)
    twelve_projects(db)
    service = BudgetService(db, today=lambda: TODAY)
    for i, code in enumerate(vote.codes):
        service.cast_with_code(vote.edition_id, code, ["p1", f"x{4 + i}"])
    view = make_view(qtbot, db)
    results = view.results
    view.tabs.setCurrentWidget(results)
    results.count()
    QApplication.processEvents()
    table = results.table
    assert results.model.rowCount() == 12 and len(results.chart.rows) == 12
    rows = sum(table.rowHeight(r) for r in range(12))
    assert table.viewport().height() >= rows  # every row, no scrolling inside the table
    assert not table.verticalScrollBar().isVisible()
    assert results.chart.height() >= 12 * (results.chart.BAR + results.chart.GAP)
    # The report scrolls as a whole; at its end, the table's last row is on screen.
    results.report.verticalScrollBar().setValue(results.report.verticalScrollBar().maximum())
    QApplication.processEvents()
    last = table.visualRect(results.model.index(11, 0))
    bottom = table.viewport().mapTo(results.report.viewport(), last.bottomLeft())
    assert 0 <= bottom.y() <= results.report.viewport().height()
    assert layout_audit.problems(view) == []


@pytest.mark.usefixtures("themed")
def test_before_counting_the_results_tab_says_what_to_do(qtbot, db):
    open_vote(db)
    view = make_view(qtbot, db)
    view.tabs.setCurrentWidget(view.results)
    assert "Compter les voix" in view.results.explanation.text()
    assert not view.results.table.isVisible() and not view.results.chart.isVisible()
    assert layout_audit.problems(view) == []

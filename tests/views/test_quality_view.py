"""The quality page as a coordinator uses it: pick a period, read the cards, grade a
mystery survey with the keyboard, change a target, export what is shown."""

from __future__ import annotations

import csv
import dataclasses
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import func, select

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.services.reception.quality import QualityService
from citizenspace.store.models import MysterySurvey, Site, Visit
from citizenspace.views.common.context import Services
from citizenspace.views.reception.quality.quality_view import QualityView

TODAY = date(2026, 5, 14)


@pytest.fixture(autouse=True)
def _french():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(old)


@pytest.fixture
def view(db, qtbot):
    with db.write() as s:
        site = Site(name="Hôtel de ville")
        s.add(site)
        s.flush()
        # April: waits of 2, 4 and 30 minutes; May: 1 and 3 minutes, and a missed call.
        for day, wait_min, channel, outcome in (
            (date(2026, 4, 7), 2, Channel.DESK, VisitOutcome.ANSWERED),
            (date(2026, 4, 8), 4, Channel.DESK, VisitOutcome.REDIRECTED),
            (date(2026, 4, 9), 30, Channel.DESK, VisitOutcome.ANSWERED),
            (date(2026, 5, 4), 1, Channel.DESK, VisitOutcome.ANSWERED),
            (date(2026, 5, 5), 3, Channel.BUS, VisitOutcome.ANSWERED),
            (date(2026, 5, 6), None, Channel.PHONE, VisitOutcome.MISSED),
        ):
            arrived = datetime.combine(day, datetime.min.time()).replace(hour=9)
            started = None if wait_min is None else arrived + timedelta(minutes=wait_min)
            s.add(
                Visit(
                    site_id=site.id,
                    channel=channel,
                    outcome=outcome,
                    arrived_at=arrived,
                    started_at=started,
                    ended_at=None if started is None else started + timedelta(minutes=5),
                    wait_seconds=None if wait_min is None else wait_min * 60,
                    satisfaction=4 if wait_min == 1 else None,
                )
            )
    services = dataclasses.replace(
        Services.for_database(db), quality=QualityService(db, today=TODAY)
    )
    page = QualityView(services)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    page.refresh()
    _counted(qtbot, page)
    return page


def _counted(qtbot, view: QualityView) -> None:
    """The figures are counted off the GUI thread: wait until they are shown."""
    qtbot.waitUntil(lambda: view.recount_task is None and view.report is not None, timeout=10_000)


def test_changing_the_period_updates_the_cards(view, qtbot, qtmodeltester) -> None:
    assert view.period_combo.currentText() == "Last 12 months"
    assert view.cards["median"].value.text() == "3 min"  # 1, 2, 3, 4, 30: the middle one
    assert view.cards["median"].basis.text() == "5 visits at the desk and the bus"
    assert view.cards["phone"].value.text() == "0,0\u202f%"
    assert view.cards["phone"].basis.text() == "0 of 1 calls"

    view.period_combo.setFocus()
    qtbot.keyClick(view.period_combo, Qt.Key.Key_Home)  # This month: May
    _counted(qtbot, view)
    assert view.period() == (date(2026, 5, 1), TODAY)
    assert view.cards["median"].value.text() == "2 min"  # (1 + 3) / 2
    assert view.cards["within"].value.text() == "100,0\u202f%"
    assert view.cards["satisfied"].basis.text() == "1 of 1 answers"

    qtbot.keyClick(view.period_combo, Qt.Key.Key_Down)  # Last month: April
    _counted(qtbot, view)
    assert view.period() == (date(2026, 4, 1), date(2026, 4, 30))
    assert view.cards["median"].value.text() == "4 min"
    assert view.cards["p90"].value.text() == "30 min"
    assert view.cards["within"].basis.text() == "2 of 3 within 10 min"
    # No call in April: no data, not 0 %.
    assert view.cards["phone"].value.text() == "—"
    assert view.cards["phone"].basis.text() == "No data for this period"
    assert view.cards["net"].value.text() == "—"
    assert view.site_model.rowCount() == 1
    assert view.site_model.index(0, 0).data() == "Hôtel de ville"
    qtmodeltester.check(view.site_model)


def test_a_new_target_is_saved_with_the_keyboard_and_used_at_once(view, qtbot) -> None:
    view.tabs.setCurrentIndex(2)
    view.target_spin.lineEdit().selectAll()
    qtbot.keyClicks(view.target_spin, "3")
    qtbot.keyClick(view.target_spin, Qt.Key.Key_Return)
    assert view.settings_message.text() == "Targets saved."
    _counted(qtbot, view)
    assert view.cards["within"].basis.text() == "3 of 5 within 3 min"


def _exported(qtbot, view: QualityView, path: Path) -> Path:
    task = view.export_to(path)
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert view.last_export is not None and str(view.last_export) in view.message.text()
    return view.last_export


def test_export_writes_a_file_that_reads_back(view, qtbot, tmp_path: Path) -> None:
    written = _exported(qtbot, view, tmp_path / "indicateurs.csv")
    assert "indicateurs.csv" in view.message.text()
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    head, total = rows[0], rows[1]
    assert total[head.index("Site")] == "All sites"
    assert total[head.index("Median wait (min)")] == "3,0"
    assert total[head.index("Calls")] == "1"
    xlsx = _exported(qtbot, view, tmp_path / "indicateurs.xlsx")
    sheet = load_workbook(xlsx).active
    assert sheet.cell(2, 4).value == 6  # visits logged
    # Any other name gets a workbook.
    (tmp_path / "indicateurs.xlsx").unlink()
    assert _exported(qtbot, view, tmp_path / "indicateurs.txt") == tmp_path / "indicateurs.xlsx"
    assert (tmp_path / "indicateurs.xlsx").exists()


def test_a_survey_is_graded_with_the_keyboard_alone(view, qtbot, qtmodeltester, db) -> None:
    view.tabs.setCurrentIndex(1)
    assert view.survey_score.text() == "No mystery survey in this period"
    qtbot.keyClick(view.grade_button, "n", Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.surveyor_edit, "Cabinet Qualiscope")
    dialog.first_criterion().setFocus()
    for key in "110111":  # six desk criteria; the other three not observed
        qtbot.keyClick(dialog.focusWidget(), key)
    assert dialog.answers()["staff_identifiable"] is True
    assert dialog.answers()["wait_announced"] is False
    assert dialog.answers()["signage"] is None
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    _counted(qtbot, view)
    assert view.surveys_model.rowCount() == 1
    assert view.surveys_model.index(0, 3).data() == "83\u202f% (5 of 6)"
    qtmodeltester.check(view.surveys_model)
    qtmodeltester.check(view.criteria_model)
    assert "1 surveys" in view.survey_score.text()


def test_a_survey_with_nothing_observed_is_refused_and_nothing_saved(view, qtbot, db) -> None:
    dialog = view.open_survey_dialog()
    dialog.first_criterion().setFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Mark at least one criterion as met or not met."
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(MysterySurvey)) == 0
    dialog.reject()

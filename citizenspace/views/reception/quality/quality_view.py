"""Reception quality: the dashboard of the Services Publics+ label, and the mystery surveys.

For the coordinator who reports to the elected officials and prepares the label's audit:
each figure shows the count it rests on and a tooltip that defines it; "no data" is shown
as such, never as 0 %. All figures come from `QualityService`; nothing is computed from rows
here. The tabs are laid out in `quality_tabs`, the charts drawn in `charts`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.reception import quality as q
from citizenspace.services.reception.quality import (
    QualityInvalid,
    QualityReport,
    QualitySettings,
    SurveySummary,
)
from citizenspace.views.common.context import Services
from citizenspace.views.common.tasks import BackgroundTask, Progress
from citizenspace.views.reception.filter_bar import FilterBar
from citizenspace.views.reception.quality.quality_tabs import QualityTabs
from citizenspace.views.reception.quality.survey_dialog import SurveyDialog
from citizenspace.views.reception.task_strip import TaskStrip
from citizenspace.views.reception.words import (
    duration_text,
    is_french,
    percent_text,
    points_text,
    quality_error_text,
)

CUSTOM = "custom"


class QualityView(QWidget, QualityTabs):
    """The Quality tab of the Reception area."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._quality = services.quality
        self.report: QualityReport | None = None
        self.summary: SurveySummary | None = None
        self.dialog: SurveyDialog | None = None
        self.recount_task: BackgroundTask | None = None
        self.export_task: BackgroundTask | None = None
        #: Where the last export was written.
        self.last_export: Path | None = None
        self._loading = False
        layout = QVBoxLayout(self)

        self.period_combo = QComboBox()
        for kind, text in (
            (q.PeriodKind.THIS_MONTH, self.tr("This month")),
            (q.PeriodKind.LAST_MONTH, self.tr("Last month")),
            (q.PeriodKind.THIS_QUARTER, self.tr("This quarter")),
            (q.PeriodKind.THIS_YEAR, self.tr("This year")),
            (q.PeriodKind.LAST_12_MONTHS, self.tr("Last 12 months")),
            (CUSTOM, self.tr("Custom dates")),
        ):
            self.period_combo.addItem(text, str(kind))
        self.period_combo.setCurrentIndex(4)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.site_combo = QComboBox()
        self.site_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.site_combo.setMinimumContentsLength(18)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Save the indicators, per site and month, with their counts (CSV or Excel)")
        )
        self.export_button.clicked.connect(self._ask_export)
        # The period, its dates and the site wrap onto a second row on a narrow screen.
        self.filters = FilterBar()
        self.filters.add(self.tr("&Period"), self.period_combo)
        self.filters.add(
            self.tr("from"), self.from_edit, QLabel(self.tr("to")), self.to_edit, stretch=False
        )
        self.filters.add(self.tr("&Site"), self.site_combo)
        bar = QHBoxLayout()
        bar.addWidget(self.filters, 1)
        bar.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.strip = TaskStrip()
        layout.addWidget(self.strip)
        self.export_strip = TaskStrip()
        layout.addWidget(self.export_strip)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._indicators_tab(), self.tr("Indicators"))
        self.tabs.addTab(self._surveys_tab(), self.tr("Mystery surveys"))
        self.tabs.addTab(self._settings_tab(), self.tr("Targets"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)
        self.site_combo.currentIndexChanged.connect(self._load)
        # The figures are counted when the page is first shown, not when the window opens.
        self._set_period()
        self._first_timer = QTimer(self)
        self._first_timer.setSingleShot(True)
        self._first_timer.setInterval(0)
        self._first_timer.timeout.connect(self._first_count)

    # ------------------------------------------------------------------ building

    # ------------------------------------------------------------------ period and loading

    def period(self) -> tuple[date, date]:
        f, t = self.from_edit.date(), self.to_edit.date()
        return date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day())

    def _period_changed(self) -> None:
        self._set_period()
        self._load()

    def _set_period(self) -> None:
        """The dates of the period chosen (editable for custom dates only)."""
        kind = self.period_combo.currentData()
        custom = kind == CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            start, end = q.period_bounds(q.PeriodKind(kind), self._quality.today())
            self._loading = True
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
            self.to_edit.setDate(QDate(end.year, end.month, end.day))
            self._loading = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Once the showing is over: the Reception area may be counting already (it
        # refreshes the tab it shows).
        self._first_timer.start()

    def _first_count(self) -> None:
        if self.report is None and self.recount_task is None:
            self.refresh()

    def _dates_changed(self) -> None:
        if not self._loading:
            self._load()

    def refresh(self) -> None:
        """Reload the sites, the targets and every figure (the page is shown again, or data
        came from another machine)."""
        current = self.site_combo.currentData()
        self._loading = True
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All sites"), None)
        for site_id, name in self._quality.sites():
            self.site_combo.addItem(name, site_id)
        index = self.site_combo.findData(current)
        self.site_combo.setCurrentIndex(max(0, index))
        settings = self._quality.settings()
        self.target_spin.setValue(settings.target_wait_minutes)
        self.delay_spin.setValue(settings.written_delay_days)
        self._loading = False
        if self.period_combo.currentData() != CUSTOM:
            self._period_changed()
        else:
            self._load()

    def _load(self) -> None:
        """Count the figures for the period and site chosen, off the GUI thread: years of
        visits take a moment. A change while counting starts again from the new choice."""
        if self._loading:
            return
        start, end = self.period()
        site = self.site_combo.currentData()
        quality = self._quality

        def work(progress: Progress) -> tuple[QualityReport, SurveySummary]:
            def step(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done / total if total else None)

            report = quality.indicators(start, end, site, step)
            progress.raise_if_cancelled()
            return report, quality.surveys(start, end, site)

        self.recount_task = self.strip.run(
            self.tr("Counting the figures…"),
            work,
            self._loaded,
            self._load_failed,
            self._load_cancelled,
        )

    def _loaded(self, result: tuple[QualityReport, SurveySummary]) -> None:
        self.recount_task = None
        self.report, self.summary = result
        self.message.setText("")
        self._show_report(self.report)
        self._show_surveys(self.summary)

    def _load_failed(self, exc: BaseException) -> None:
        self.recount_task = None
        if not isinstance(exc, QualityInvalid):
            raise exc
        self.message.setText(" ".join(quality_error_text(e) for e in exc.errors))

    def _load_cancelled(self) -> None:
        self.recount_task = None
        if self.report is not None:
            self.message.setText(
                self.tr("Counting stopped: the figures shown are those of the previous choice.")
            )

    # ------------------------------------------------------------------ showing

    def _of(self, ratio: q.Ratio, template: str) -> str:
        loc = QLocale()
        return template.replace("%1", loc.toString(ratio.part)).replace(
            "%2", loc.toString(ratio.whole)
        )

    def _show_report(self, report: QualityReport) -> None:
        f = report.overall
        loc = QLocale()
        target = report.settings.target_wait_minutes
        no_data = self.tr("No data for this period")
        waits_basis = (
            self.tr("%1 visits at the desk and the bus").replace(
                "%1", loc.toString(f.waits_counted)
            )
            if f.waits_counted
            else no_data
        )
        self.cards["median"].show_figure(duration_text(f.median_wait_seconds), waits_basis)
        self.cards["p90"].show_figure(duration_text(f.p90_wait_seconds), waits_basis)
        self.cards["within"].show_figure(
            percent_text(f.within_target.value),
            self._of(f.within_target, self.tr("%1 of %2 within %3 min")).replace(
                "%3", loc.toString(target)
            )
            if f.within_target.whole
            else no_data,
        )
        self.cards["phone"].show_figure(
            percent_text(f.phone_answered.value),
            self._of(f.phone_answered, self.tr("%1 of %2 calls"))
            if f.phone_answered.whole
            else no_data,
        )
        written = (
            self._of(f.written_on_time, self.tr("%1 of %2 within %3 days")).replace(
                "%3", loc.toString(report.settings.written_delay_days)
            )
            if f.written_on_time.whole
            else no_data
        )
        if f.written_pending:
            written += " · " + self.tr("%1 pending").replace("%1", loc.toString(f.written_pending))
        self.cards["written"].show_figure(percent_text(f.written_on_time.value), written)
        self.cards["redirected"].show_figure(
            percent_text(f.redirected.value),
            self._of(f.redirected, self.tr("%1 of %2 served")) if f.redirected.whole else no_data,
        )
        answers_basis = (
            self.tr("%1 answers").replace("%1", loc.toString(f.satisfaction_answers))
            if f.satisfaction_answers
            else no_data
        )
        self.cards["satisfied"].show_figure(
            percent_text(f.satisfied.value),
            self._of(f.satisfied, self.tr("%1 of %2 answers")) if f.satisfied.whole else no_data,
        )
        self.cards["net"].show_figure(points_text(f.net_satisfaction), answers_basis)

        short = QLocale.FormatType.ShortFormat
        labels = [loc.standaloneMonthName(m.month.month, short) for m in report.monthly]
        self.wait_chart.set_data(
            [
                (
                    label,
                    None
                    if m.figures.median_wait_seconds is None
                    else m.figures.median_wait_seconds / 60,
                    None if m.figures.p90_wait_seconds is None else m.figures.p90_wait_seconds / 60,
                )
                for label, m in zip(labels, report.monthly, strict=True)
            ],
            target,
        )
        self.target_chart.set_data(
            [
                (label, m.figures.within_target.value)
                for label, m in zip(labels, report.monthly, strict=True)
            ]
        )
        self.satisfaction_chart.set_counts(f.satisfaction_counts)

        self.site_model.set_rows(list(report.by_site))
        self.site_table.fit_rows()

    def _show_surveys(self, summary: SurveySummary) -> None:
        loc = QLocale()
        if summary.surveys:
            self.survey_score.setText(
                self.tr("%1 surveys: %2 of the criteria observed were met")
                .replace("%1", loc.toString(len(summary.surveys)))
                .replace("%2", percent_text(summary.score.value))
            )
        else:
            self.survey_score.setText(self.tr("No mystery survey in this period"))
        self.surveys_model.set_rows(list(summary.surveys))
        self.criteria_model.set_rows(list(summary.criteria))

    # ------------------------------------------------------------------ actions

    def open_survey_dialog(self) -> SurveyDialog:
        self.dialog = SurveyDialog(self._services, self)
        self.dialog.saved.connect(lambda _id: self._load())
        self.dialog.open()
        return self.dialog

    def save_settings(self) -> None:
        values = QualitySettings(self.target_spin.value(), self.delay_spin.value())
        try:
            self._quality.save_settings(values)
        except QualityInvalid as refused:
            self.settings_message.setText(" ".join(quality_error_text(e) for e in refused.errors))
            return
        self.settings_message.setText(self.tr("Targets saved."))
        self._load()

    def _ask_export(self) -> None:
        if self.report is None:
            return
        name = self.tr("reception-indicators") + f"-{self.report.start}-{self.report.end}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the indicators"),
            name,
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> BackgroundTask[Path] | None:
        """Write the figures shown to `path` (.csv or .xlsx) in the background; says where,
        or why not. Cancelled, it writes nothing."""
        if self.report is None:
            return None
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        quality, report = self._quality, self.report
        labels = self.export_labels()
        all_sites, no_site = self.tr("All sites"), self.tr("(no site)")
        language = "fr" if is_french() else "en"

        def work(progress: Progress) -> Path:
            def step(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(done / total if total else None)

            return quality.export(
                path,
                report,
                labels=labels,
                all_sites=all_sites,
                no_site=no_site,
                language=language,
                step=step,
            )

        def done(written: Path) -> None:
            self._exported()
            self.last_export = written
            self.message.setText(self.tr("Indicators saved to %1").replace("%1", str(written)))

        def failed(exc: BaseException) -> None:
            self._exported()
            if isinstance(exc, QualityInvalid):
                self.message.setText(" ".join(quality_error_text(e) for e in exc.errors))
            elif isinstance(exc, OSError):
                self.message.setText(
                    self.tr("Could not write %1: is it open in another program?").replace(
                        "%1", str(path)
                    )
                )
            else:
                raise exc

        def cancelled() -> None:
            self._exported()
            self.message.setText(self.tr("Export cancelled: nothing was written."))

        self.export_button.setEnabled(False)
        # One task at a time in the strip: an export waits for no recount (it writes the
        # figures already shown), and a recount started meanwhile would replace it.
        self.export_task = self.export_strip.run(
            self.tr("Saving the indicators…"), work, done, failed, cancelled, show_now=True
        )
        return self.export_task

    def _exported(self) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)

    def export_labels(self) -> dict[str, str]:
        return {
            "from": self.tr("From"),
            "to": self.tr("To"),
            "site": self.tr("Site"),
            "visits": self.tr("Visits logged"),
            "target_wait_minutes": self.tr("Target wait (min)"),
            "waits_counted": self.tr("In-person visits with a wait"),
            "median_wait_minutes": self.tr("Median wait (min)"),
            "p90_wait_minutes": self.tr("90th percentile wait (min)"),
            "within_target": self.tr("Served within target"),
            "within_target_share": self.tr("Share served within target"),
            "calls": self.tr("Calls"),
            "calls_answered": self.tr("Calls answered"),
            "answer_rate": self.tr("Phone answer rate"),
            "written_delay_days": self.tr("Announced written delay (days)"),
            "written_counted": self.tr("Written requests answered or overdue"),
            "written_on_time": self.tr("Written requests answered in time"),
            "written_on_time_share": self.tr("Share of written requests answered in time"),
            "written_pending": self.tr("Written requests pending"),
            "served": self.tr("Visits served"),
            "redirected": self.tr("Redirected"),
            "redirected_share": self.tr("Share redirected"),
            "satisfaction_answers": self.tr("Satisfaction answers"),
            "satisfaction_1": self.tr("Answers 1"),
            "satisfaction_2": self.tr("Answers 2"),
            "satisfaction_3": self.tr("Answers 3"),
            "satisfaction_4": self.tr("Answers 4"),
            "satisfaction_rate": self.tr("Satisfaction rate"),
            "net_satisfaction": self.tr("Net satisfaction (points)"),
        }

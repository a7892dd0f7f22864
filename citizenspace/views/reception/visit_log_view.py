"""The whole visit log, filtered by date, channel, theme, outcome, site and staff member.

Years of visits stay instant: the table holds only the pages read so far and asks the
service for the next one as the user scrolls (`PagedModel`: `canFetchMore` / `fetchMore`);
a filter is applied a moment after the last change, not at every click.

On a laptop the filters take two rows (`FilterBar`) and the columns that do not fit are set
aside, the least needed first, behind the "Columns" button (`FittedColumns`).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QObject,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain import catalog as c
from citizenspace.services.reception.reception import LogCursor, LogFilter, LogRow, ReceptionService
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.common.tables import DataTable
from citizenspace.views.reception.columns import FittedColumns
from citizenspace.views.reception.filter_bar import FilterBar
from citizenspace.views.reception.paged_model import PagedModel
from citizenspace.views.reception.words import minutes_text, time_text

if TYPE_CHECKING:
    from citizenspace.views.common.context import Services

#: Pause after the last filter change before reading the log again.
FILTER_DELAY_MS = 250
PAGE_SIZE = 200

COL_DATE, COL_ARRIVAL, COL_CHANNEL, COL_THEME, COL_OUTCOME, COL_SERVICE = range(6)
COL_WAIT, COL_SERVICE_TIME, COL_SATISFACTION, COL_SITE, COL_STAFF = range(6, 11)

VISIT_ID_ROLE = RowsModel.ID_ROLE


class VisitLogModel(PagedModel[LogRow, LogCursor]):
    """The log, one page at a time: only the lines read so far are held."""

    HEADERS = (
        QT_TRANSLATE_NOOP("VisitLogModel", "Date"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Arrival"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Channel"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Theme"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Outcome"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Competent service"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Wait"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Service"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Satisfaction"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Site"),
        QT_TRANSLATE_NOOP("VisitLogModel", "Staff"),
    )
    COLUMNS = len(HEADERS)
    NUMBERS = (COL_WAIT, COL_SERVICE_TIME, COL_SATISFACTION)

    def __init__(self, service: ReceptionService, parent: QObject | None = None) -> None:
        super().__init__(parent, PAGE_SIZE)
        self._service = service
        self._filter = LogFilter()

    def set_filter(self, f: LogFilter) -> None:
        """Start again from the latest visit that matches `f`."""
        self._filter = f
        self.reload()

    def read_page(
        self, after: LogCursor | None, limit: int
    ) -> tuple[tuple[LogRow, ...], LogCursor | None]:
        page = self._service.log_page(self._filter, after=after, limit=limit)
        return page.rows, page.next

    def tooltip(self, r: LogRow, column: int) -> str | None:
        return r.note if column == COL_THEME and r.note else None

    def display(self, r: LogRow, col: int) -> str:
        if col == COL_DATE:
            return QLocale().toString(QDate(r.arrived_at.date()), QLocale.FormatType.ShortFormat)
        if col == COL_ARRIVAL:
            return time_text(r.arrived_at)
        if col == COL_CHANNEL:
            return enum_label(r.channel)
        if col == COL_THEME:
            return r.theme
        if col == COL_OUTCOME:
            return enum_label(r.outcome)
        if col == COL_SERVICE:
            return r.service
        if col == COL_WAIT:
            return minutes_text(r.wait_seconds)
        if col == COL_SERVICE_TIME:
            return minutes_text(r.service_seconds)
        if col == COL_SATISFACTION:
            return QLocale().toString(r.satisfaction) if r.satisfaction else ""
        if col == COL_SITE:
            return r.site
        if col == COL_STAFF:
            return r.staff
        return ""


class VisitLogView(QWidget):
    """The log page: filters on top, the count, and the table read as it scrolls."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = services.reception
        self._today = self._service.now().date()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self._build()
        self.refresh()

    def _build(self) -> None:
        col = QVBoxLayout(self)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setMinimumWidth(edit.sizeHint().width())
        self.from_edit.setDate(QDate(self._today - timedelta(days=365)))
        self.to_edit.setDate(QDate(self._today))
        self.channel_combo = QComboBox()
        self.theme_combo = QComboBox()
        self.outcome_combo = QComboBox()
        self.site_combo = QComboBox()
        self.staff_combo = QComboBox()
        # On a laptop the six filters take two rows rather than sit over each other.
        self.filters = FilterBar()
        self.filters.add(self.tr("Dates"), self.from_edit, QLabel("–"), self.to_edit, stretch=False)
        for label, combo in (
            (self.tr("Channel"), self.channel_combo),
            (self.tr("Theme"), self.theme_combo),
            (self.tr("Outcome"), self.outcome_combo),
            (self.tr("Site"), self.site_combo),
            (self.tr("Staff"), self.staff_combo),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            self.filters.add(label, combo)
        col.addWidget(self.filters)
        self.model = VisitLogModel(self._service, self)
        self.table = DataTable(self.model)
        self.columns = FittedColumns(
            self.table,
            COL_THEME,
            {
                COL_SERVICE_TIME: 7,
                COL_SATISFACTION: 6,
                COL_STAFF: 5,
                COL_SITE: 4,
                COL_WAIT: 3,
                COL_SERVICE: 2,
            },
            stretch_min=190,
            widest=200,
        )
        col.addWidget(self.table, 1)
        self.count_label = QLabel()
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(self.columns.chooser())
        col.addLayout(under)
        for combo in (
            self.channel_combo,
            self.theme_combo,
            self.outcome_combo,
            self.site_combo,
            self.staff_combo,
        ):
            combo.currentIndexChanged.connect(self.schedule_apply)
        self.from_edit.dateChanged.connect(self.schedule_apply)
        self.to_edit.dateChanged.connect(self.schedule_apply)

    # ---------------------------------------------------------------- page API

    def refresh(self) -> None:
        """Reload the filter lists (themes, sites, staff may have changed) and the log."""
        svc = self._service
        everything = self.tr("All")
        combos = (
            self.channel_combo,
            self.theme_combo,
            self.outcome_combo,
            self.site_combo,
            self.staff_combo,
        )
        kept = [combo.currentData() for combo in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
        for ch in c.Channel:
            self.channel_combo.addItem(enum_label(ch), ch)
        for node in svc.themes(include_inactive=True):
            self.theme_combo.addItem(node.name, node.id)
            for sub in node.children:
                self.theme_combo.addItem(f"    {sub.name}", sub.id)
        for o in c.VisitOutcome:
            self.outcome_combo.addItem(enum_label(o), o)
        for s in svc.sites():
            self.site_combo.addItem(s.name, s.id)
        for s in svc.staff_accounts():
            self.staff_combo.addItem(s.name, s.id)
        for combo, value in zip(combos, kept, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
            combo.blockSignals(False)
        self.apply_filters()

    def schedule_apply(self, *_args: object) -> None:
        self._debounce.start()

    def current_filter(self) -> LogFilter:
        def one(combo: QComboBox, kind: type | None = None) -> frozenset:
            # Qt hands enum values back as plain strings: made enums again here.
            value = combo.currentData()
            if value is None:
                return frozenset()
            return frozenset({kind(value) if kind else value})

        start = self.from_edit.date().toPython()
        end = self.to_edit.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return LogFilter(
            date_from=start,
            date_to=end,
            channels=one(self.channel_combo, c.Channel),
            theme_ids=one(self.theme_combo),
            outcomes=one(self.outcome_combo, c.VisitOutcome),
            site_ids=one(self.site_combo),
            staff_ids=one(self.staff_combo),
        )

    def apply_filters(self) -> None:
        """Read the first page and the count for the filters as they are now."""
        self._debounce.stop()
        f = self.current_filter()
        self.model.set_filter(f)
        n = self._service.log_count(f)
        self.count_label.setText(
            self.tr("%1 visits match these filters").replace("%1", QLocale().toString(n))
        )
        self.shown_count = n

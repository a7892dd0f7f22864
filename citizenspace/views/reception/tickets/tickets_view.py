"""Follow-ups and "Allô mairie" reports: the list, one ticket's detail and its workflow.

What the reception staff and the coordinator need, in that order: what is late (the
"Overdue" tab says how many), what came in, and for one ticket the next step — only the
buttons that make sense for its status are shown (the panel is laid out in `ticket_panel`).
A ticket opened from a visit arrives prefilled (`NewTicketDialog(services, visit_id)`); a
direct Allô mairie report starts empty.

Dialogs open without blocking (`open()`), show refusals in their own words beside the
form, and keep the form as typed so nothing has to be typed twice.

Years of tickets stay instant: the list is read a page at a time, filtered, searched and
sorted by the database (`TicketsModel`); the columns that do not fit a laptop are set aside
behind the "Columns" button; the Open311 export, with its photos, runs off the GUI thread
with a progress bar and Cancel (a cancelled export writes nothing).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import TicketStatus
from citizenspace.domain.reception.tickets import InformedBy
from citizenspace.services.common.errors import NotFound
from citizenspace.services.reception.open311 import Open311Export
from citizenspace.services.reception.tickets import (
    OVERDUE_ORDER,
    TicketDetail,
    TicketFilter,
    TicketOrder,
    TicketRefused,
)
from citizenspace.views.common.context import Services
from citizenspace.views.common.dialogs import message_box, open_box
from citizenspace.views.common.forms import ERROR_COLOUR, FORM_STYLE, show_error
from citizenspace.views.common.tables import DataTable, SearchKeys, TableOrEmpty
from citizenspace.views.common.tasks import BackgroundTask, Progress
from citizenspace.views.reception.columns import FittedColumns
from citizenspace.views.reception.filter_bar import FilterBar
from citizenspace.views.reception.task_strip import TaskStrip
from citizenspace.views.reception.tickets.categories_dialog import CategoriesDialog
from citizenspace.views.reception.tickets.dialogs import (
    ForwardDialog,
    InformedDialog,
    Open311Dialog,
    ReasonDialog,
)
from citizenspace.views.reception.tickets.models import (
    COL_ADDRESS,
    COL_CATEGORY,
    COL_DESCRIPTION,
    COL_DUE,
    COL_LATE,
    COL_OPENED,
    COL_SERVICE,
    COL_STATUS,
    TicketsModel,
)
from citizenspace.views.reception.tickets.new_ticket_dialog import NewTicketDialog
from citizenspace.views.reception.tickets.ticket_panel import TicketPanel
from citizenspace.views.reception.words import date_text, problems_text, status_text

#: The due date of a ticket that is late.
LATE_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"
#: Pause after the last key typed in the search before reading the list again.
SEARCH_DELAY_MS = 250
#: Which columns give way first when the list is narrow (0: never), in each tab.
ALL_PRIORITIES = {
    COL_SERVICE: 6,
    COL_ADDRESS: 5,
    COL_LATE: 4,
    COL_DUE: 3,
    COL_OPENED: 2,
    COL_STATUS: 1,
    COL_CATEGORY: 1,
}
OVERDUE_PRIORITIES = {
    COL_SERVICE: 6,
    COL_ADDRESS: 5,
    COL_OPENED: 4,
    COL_STATUS: 3,
    COL_DUE: 2,
    COL_CATEGORY: 1,
    COL_LATE: 0,
}


class TicketsView(QWidget, TicketPanel):
    """The Follow-ups page of the Reception area."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._svc = services.tickets
        self._detail: TicketDetail | None = None
        self._resetting = False
        self._keep: str | None = None
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self.export_task: BackgroundTask | None = None
        self.setStyleSheet(FORM_STYLE)

        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("All tickets"))
        self.tabs.addTab(self.tr("Overdue"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Words, address, service…"))
        self.search_edit.setToolTip(
            self.tr(
                "Finds the tickets with all these words in their category, description, "
                "address or service, accents and capitals aside (Ctrl+F)"
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance("M" * 14))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open tickets"), "open")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for st in TicketStatus:
            self.status_filter.addItem(status_text(st), st.value)
        self.category_filter = QComboBox()
        self.service_filter = QComboBox()
        self.site_filter = QComboBox()
        for combo in self._combos():
            combo.activated.connect(lambda _i: self.apply_filters())
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)

        self.new_button = QPushButton(self.tr("New report…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("A new Allô mairie report (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_ticket)
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.clicked.connect(self.edit_categories)
        self.export_button = QPushButton(self.tr("Export Open311…"))
        self.export_button.setToolTip(
            self.tr(
                "Tickets in the Open311 GeoReport v2 shape, JSON or CSV. Descriptions and "
                "addresses are exported; the staff's notes only if you ask; the citizens' "
                "contacts never are."
            )
        )
        self.export_button.clicked.connect(self.choose_and_export)

        # The lists and the actions, then the search and the filters (wrapping onto a
        # second row on a laptop rather than cutting every field short).
        actions = QHBoxLayout()
        actions.addWidget(self.tabs)
        actions.addStretch(1)
        actions.addWidget(self.categories_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.new_button)
        self.filters = FilterBar()
        self.filters.add(self.tr("Search"), self.search_edit)
        for combo in self._combos():
            self.filters.add("", combo)
        self.strip = TaskStrip()

        self.model = TicketsModel(self._svc, self._days, self)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.table = DataTable(self.model)
        self.table.horizontalHeader().setSortIndicator(*self.model.sort_column())
        self.table.setSortingEnabled(True)
        self.columns = FittedColumns(self.table, COL_DESCRIPTION, ALL_PRIORITIES)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.search_keys = SearchKeys(self.search_edit, self.table, self.apply_filters)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.search_keys.focus_search)
        self.count_label = QLabel()
        self.stack = TableOrEmpty(self.table)
        self.empty_label = self.stack.empty_label

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stack, 1)
        under = QHBoxLayout()
        under.addWidget(self.count_label, 1)
        under.addWidget(self.columns.chooser())
        left_layout.addLayout(under)
        right = self._build_detail()

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.filters)
        layout.addWidget(self.strip)
        layout.addWidget(splitter, 1)

        self._fill_filters()
        self.refresh(keep_place=False)

    # ---------------------------------------------------------------- the list

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.category_filter, self.service_filter, self.site_filter)

    def _fill_filters(self) -> None:
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

        refill(
            self.category_filter,
            self.tr("All categories"),
            [(c.name, c.id) for c in self._svc.categories(include_inactive=True)],
        )
        refill(
            self.service_filter,
            self.tr("All services"),
            [(o.name, o.id) for o in self._svc.service_options()],
        )
        refill(
            self.site_filter,
            self.tr("All sites"),
            [(s.name, s.id) for s in self._svc.site_options()],
        )

    def overdue_mode(self) -> bool:
        return self.tabs.currentIndex() == 1

    def show_overdue(self, on: bool = True) -> None:
        self.tabs.setCurrentIndex(1 if on else 0)

    def current_filter(self) -> TicketFilter:
        """What the tab, the filters and the search keep."""
        words = self.search_edit.text().strip()
        if self.overdue_mode():
            return TicketFilter(overdue_only=True, search=words)
        status = self.status_filter.currentData()
        return TicketFilter(
            status=TicketStatus(status) if status not in (None, "open") else None,
            open_only=status == "open",
            category_id=self.category_filter.currentData(),
            directory_entry_id=self.service_filter.currentData(),
            site_id=self.site_filter.currentData(),
            search=words,
        )

    def _tab_changed(self, _index: int) -> None:
        """Each list in its own order: the latest first, or the oldest due first."""
        overdue = self.overdue_mode()
        self.model.order = OVERDUE_ORDER if overdue else TicketOrder()
        self.table.horizontalHeader().setSortIndicator(*self.model.sort_column())
        self.columns.set_priorities(OVERDUE_PRIORITIES if overdue else ALL_PRIORITIES)
        self.apply_filters()

    def apply_filters(self) -> None:
        """The list from its first page, for the filters and the words as they are now."""
        self._list(keep_place=False)

    def refresh(self, keep_place: bool = True) -> None:
        """Read the overdue count and the list again (keeping the selected ticket, and with
        `keep_place` the rows scrolled through)."""
        self.tabs.setTabText(
            1, self.tr("Overdue (%1)").replace("%1", QLocale().toString(self._svc.overdue_count()))
        )
        self._list(keep_place)

    def _list(self, keep_place: bool) -> None:
        self._debounce.stop()
        for combo in self._combos():
            combo.setEnabled(not self.overdue_mode())
        flt = self.current_filter()
        self.model.set_query(flt, at_least=self.model.loaded() if keep_place else 0)
        n = self._svc.ticket_count(flt)
        if self.overdue_mode():
            self.count_label.setText(self.tr("%n ticket(s) overdue", "", n))
        else:
            self.count_label.setText(self.tr("%n ticket(s)", "", n))
        if flt.search:
            empty = self.tr("No ticket here has these words.")
        elif self.overdue_mode():
            empty = self.tr("Nothing is late.")
        else:
            empty = self.tr(
                "No ticket here. A follow-up is opened from a visit at the desk, or with "
                '"New report…" for an Allô mairie call.'
            )
        self.stack.show_rows(self.model.rowCount() > 0, empty)

    def _before_reset(self) -> None:
        self._keep = self.selected_ticket_id()
        self._resetting = True

    def _after_reset(self) -> None:
        self._resetting = False
        if self._keep is None or not self.select_ticket(self._keep):
            self._show_selected()

    def _days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def selected_ticket_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.row_at(rows[0].row()).id

    def select_ticket(self, ticket_id: str) -> bool:
        """Select the ticket if the list holds it (among the rows read so far)."""
        at = self.model.row_of(ticket_id)
        if at < 0:
            return False
        self.table.selectRow(at)
        self.table.scrollTo(self.model.index(at, 0))
        self._show_selected()
        return True

    def row_ids(self) -> list[str]:
        return [self.model.row_at(i).id for i in range(self.model.rowCount())]

    # ---------------------------------------------------------------- the detail

    def _show_selected(self) -> None:
        if self._resetting:  # the list is being read again: its selection comes back after
            return
        ticket_id = self.selected_ticket_id()
        show_error(self.action_error, "")
        t = None
        if ticket_id is not None:
            with contextlib.suppress(NotFound):
                t = self._svc.ticket(ticket_id)
        self._detail = t
        if t is None:
            self._show_no_ticket()
            return
        due = date_text(t.due_on)
        if t.overdue:
            due = self.tr("%1 — %n day(s) late", "", t.days_late).replace("%1", due)
        self._show_ticket(t, self._svc.photo(t.photo_hash), due)
        self.fact_labels["due"].setStyleSheet(LATE_STYLE if t.overdue else "")

    def detail(self) -> TicketDetail | None:
        return self._detail

    # ---------------------------------------------------------------- actions

    def _after_change(self, ticket_id: str) -> None:
        self.refresh()
        if not self.select_ticket(ticket_id):
            # Moved out of the filtered list (closed, no longer late): say where it went.
            self.count_label.setText(
                self.count_label.text()
                + " — "
                + self.tr('the ticket left this list; see "All statuses"')
            )

    def _move(self, target: TicketStatus, reason: str = "") -> bool:
        t = self._detail
        if t is None:
            return False
        try:
            self._svc.move(t.id, target, reason)
        except (TicketRefused, NotFound) as e:
            text = problems_text(e.problems) if isinstance(e, TicketRefused) else ""
            show_error(self.action_error, text or self.tr("This ticket no longer exists."))
            return False
        self._after_change(t.id)
        return True

    def reject_selected(self) -> ReasonDialog | None:
        t = self._detail
        if t is None:
            return None
        dialog = ReasonDialog(
            self.tr("Reject the ticket"),
            self.tr("Why is it rejected? The citizen will be told this reason."),
            self,
        )
        dialog.submit = lambda: self._try(lambda: self._svc.reject(t.id, dialog.reason.text()))
        dialog.accepted.connect(lambda: self._after_change(t.id))
        return self._open(dialog)

    def forward_selected(self) -> ForwardDialog | None:
        t = self._detail
        if t is None:
            return None
        dialog = ForwardDialog(self._services, t.directory_entry_id, self)
        dialog.submit = lambda: self._try(
            lambda: self._svc.forward(
                t.id,
                dialog.service.currentData() or "",
                dialog.outside.isChecked(),
                dialog.note.text(),
            )
        )
        dialog.accepted.connect(lambda: self._after_change(t.id))
        return self._open(dialog)

    def record_informed(self) -> InformedDialog | None:
        t = self._detail
        if t is None:
            return None
        dialog = InformedDialog(self._svc.today(), self)
        if t.contact_email and not t.contact_phone:
            dialog.how.setCurrentIndex(dialog.how.findData(InformedBy.EMAIL.value))
        dialog.submit = lambda: self._try(lambda: self._svc.record_informed(t.id, *dialog.chosen()))
        dialog.accepted.connect(lambda: self._after_change(t.id))
        return self._open(dialog)

    def _try(self, action: Callable[[], object]) -> str:
        """Run a service action; the refusal's words, or "" when it was done."""
        try:
            action()
        except TicketRefused as e:
            return problems_text(e.problems)
        except NotFound:
            return self.tr("This ticket no longer exists: it may have been removed elsewhere.")
        return ""

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_ticket(self, visit_id: str | None = None) -> NewTicketDialog:
        dialog = NewTicketDialog(self._services, visit_id, self)
        dialog.saved.connect(self._opened)
        self._open(dialog)
        return dialog

    def _opened(self, ticket_id: str) -> None:
        if self.overdue_mode():
            self.show_overdue(False)
        self.refresh()
        if not self.select_ticket(ticket_id):
            # Hidden by a filter, or far down another order: the open tickets, the latest
            # first, where a new one stands at the top.
            for combo in self._combos():
                combo.setCurrentIndex(0)
            self.search_keys.clear_quietly()
            self.model.order = TicketOrder()
            self.table.horizontalHeader().setSortIndicator(*self.model.sort_column())
            self.refresh(keep_place=False)
            self.select_ticket(ticket_id)

    def edit_categories(self) -> CategoriesDialog:
        dialog = CategoriesDialog(self._services, self)

        def changed() -> None:
            self._fill_filters()
            self.refresh()

        dialog.changed.connect(changed)
        self._open(dialog)
        return dialog

    def choose_and_export(self) -> Open311Dialog:
        """Say what the export publishes (and ask about the staff's notes), then ask where."""
        dialog = Open311Dialog(self)
        dialog.accepted.connect(lambda: self._choose_file(dialog.staff_notes.isChecked()))
        self._open(dialog)
        return dialog

    def _choose_file(self, with_staff_notes: bool) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Open311"),
            "open311.json",
            ";;".join((self.tr("Open311 JSON (*.json)"), self.tr("Open311 CSV (*.csv)"))),
        )
        if path:
            fmt = "csv" if path.lower().endswith(".csv") or "csv" in chosen.lower() else "json"
            self.export_to(Path(path), fmt, with_staff_notes)

    def export_to(
        self, path: Path, fmt: str, with_staff_notes: bool = False
    ) -> BackgroundTask[Open311Export]:
        """Export every ticket with its photos, in the background: the strip shows how far
        it is and can cancel it (then nothing is written)."""
        svc = self._svc
        loc = QLocale()
        copying = self.tr("Copying the photos: %1 of %2")

        def work(progress: Progress) -> Open311Export:
            def step(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(
                    done / total if total else None,
                    copying.replace("%1", loc.toString(done)).replace("%2", loc.toString(total)),
                )

            progress.raise_if_cancelled()
            return svc.export_open311(
                path, fmt, with_photos=True, with_staff_notes=with_staff_notes, step=step
            )

        def done(result: Open311Export) -> None:
            self._exported()
            self._inform(
                self.tr("Open311 export"),
                self.tr("%n ticket(s) exported.", "", result.requests),
                "\n".join(str(p) for p in result.files),
            )

        def failed(exc: BaseException) -> None:
            self._exported()
            if not isinstance(exc, OSError):
                raise exc
            self._inform(
                self.tr("Export failed"),
                self.tr("The file could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )

        def cancelled() -> None:
            self._exported()
            self._inform(
                self.tr("Open311 export"), self.tr("The export was cancelled: nothing was written.")
            )

        self.export_button.setEnabled(False)
        self.export_task = self.strip.run(
            self.tr("Exporting the tickets and their photos…"),
            work,
            done,
            failed,
            cancelled,
            show_now=True,
        )
        return self.export_task

    def _exported(self) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)

    def _inform(self, title: str, text: str, details: str = "") -> None:
        self.message_box = open_box(message_box(self, title, text, details))

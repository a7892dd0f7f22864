"""Follow-ups and "Allô mairie" reports: the list, one ticket's detail and its workflow.

What the reception staff and the coordinator need, in that order: what is late (the
"Overdue" tab says how many), what came in, and for one ticket the next step — only the
buttons that make sense for its status are shown (the panel is laid out in `ticket_panel`).
A ticket opened from a visit arrives prefilled (`NewTicketDialog(services, visit_id)`); a
direct Allô mairie report starts empty.

Dialogs open without blocking (`open()`), show refusals in their own words beside the
form, and keep the form as typed so nothing has to be typed twice.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from citizenspace.services.reception.tickets import (
    TicketDetail,
    TicketFilter,
    TicketRefused,
    TicketRow,
)
from citizenspace.views.common.context import Services
from citizenspace.views.common.dialogs import message_box, open_box
from citizenspace.views.common.forms import ERROR_COLOUR, FORM_STYLE, show_error
from citizenspace.views.common.tables import DataTable, TableOrEmpty
from citizenspace.views.reception.tickets.categories_dialog import CategoriesDialog
from citizenspace.views.reception.tickets.dialogs import (
    ForwardDialog,
    InformedDialog,
    Open311Dialog,
    ReasonDialog,
)
from citizenspace.views.reception.tickets.models import (
    COL_ADDRESS,
    COL_DESCRIPTION,
    COL_SERVICE,
    TicketsModel,
)
from citizenspace.views.reception.tickets.new_ticket_dialog import NewTicketDialog
from citizenspace.views.reception.tickets.ticket_panel import TicketPanel
from citizenspace.views.reception.words import date_text, problems_text, status_text

#: The due date of a ticket that is late.
LATE_STYLE = f"color: {ERROR_COLOUR}; font-weight: bold;"


class TicketsView(QWidget, TicketPanel):
    """The Follow-ups page of the Reception area."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._svc = services.tickets
        self._detail: TicketDetail | None = None
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None
        self.setStyleSheet(FORM_STYLE)

        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("All tickets"))
        self.tabs.addTab(self.tr("Overdue"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open tickets"), "open")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for st in TicketStatus:
            self.status_filter.addItem(status_text(st), st.value)
        self.category_filter = QComboBox()
        self.service_filter = QComboBox()
        self.site_filter = QComboBox()
        for combo in (
            self.status_filter,
            self.category_filter,
            self.service_filter,
            self.site_filter,
        ):
            combo.activated.connect(lambda _i: self.refresh())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(260)

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

        # Two rows: the lists and the actions, then the filters (in French the labels are
        # long, and one row cut every button short on a laptop screen).
        actions = QHBoxLayout()
        actions.addWidget(self.tabs)
        actions.addStretch(1)
        actions.addWidget(self.categories_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.new_button)
        filter_row = QHBoxLayout()
        for w in (self.status_filter, self.category_filter, self.service_filter, self.site_filter):
            filter_row.addWidget(w)
        filter_row.addStretch(1)
        filters = QVBoxLayout()
        filters.addLayout(actions)
        filters.addLayout(filter_row)

        self.model = TicketsModel(self._days, self)
        self.table = DataTable(self.model)
        self.table.fit_to_contents(COL_DESCRIPTION)
        header = self.table.horizontalHeader()
        for col in (COL_ADDRESS, COL_SERVICE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.count_label = QLabel()
        self.stack = TableOrEmpty(self.table)
        self.empty_label = self.stack.empty_label

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.stack, 1)
        left_layout.addWidget(self.count_label)
        right = self._build_detail()

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._fill_filters()
        self.refresh()

    # ---------------------------------------------------------------- the list

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

    def refresh(self) -> None:
        """Reload the list (keeping the selected ticket) and the overdue count."""
        keep = self.selected_ticket_id()
        overdue = self._svc.overdue()
        self.tabs.setTabText(1, self.tr("Overdue (%1)").replace("%1", str(len(overdue))))
        filtered = not self.overdue_mode()
        for combo in (
            self.status_filter,
            self.category_filter,
            self.service_filter,
            self.site_filter,
        ):
            combo.setEnabled(filtered)
        if self.overdue_mode():
            rows = overdue
        else:
            status = self.status_filter.currentData()
            rows = self._svc.tickets(
                TicketFilter(
                    status=TicketStatus(status) if status not in (None, "open") else None,
                    open_only=status == "open",
                    category_id=self.category_filter.currentData(),
                    directory_entry_id=self.service_filter.currentData(),
                    site_id=self.site_filter.currentData(),
                )
            )
        self._fill(rows)
        if keep is None or not self.select_ticket(keep):
            self._show_selected()

    def _days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def _fill(self, rows: list[TicketRow]) -> None:
        self.table.blockSignals(True)
        self.model.set_rows(rows)
        self.table.blockSignals(False)
        for col in (COL_ADDRESS, COL_SERVICE):  # long addresses and names must not squeeze
            self.table.setColumnWidth(col, min(230, max(120, self.table.columnWidth(col))))
        if self.overdue_mode():
            self.count_label.setText(
                self.tr("%n ticket(s) overdue, the oldest first", "", len(rows))
            )
        else:
            self.count_label.setText(self.tr("%n ticket(s)", "", len(rows)))
        self.stack.show_rows(
            bool(rows),
            self.tr("Nothing is late.")
            if self.overdue_mode()
            else self.tr(
                "No ticket here. A follow-up is opened from a visit at the desk, or with "
                '"New report…" for an Allô mairie call.'
            ),
        )

    def selected_ticket_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.row_at(rows[0].row()).id

    def select_ticket(self, ticket_id: str) -> bool:
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
            self.status_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
            self.service_filter.setCurrentIndex(0)
            self.site_filter.setCurrentIndex(0)
            self.refresh()
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

    def export_to(self, path: Path, fmt: str, with_staff_notes: bool = False) -> None:
        try:
            result = self._svc.export_open311(
                path, fmt, with_photos=True, with_staff_notes=with_staff_notes
            )
        except OSError as e:
            self._inform(
                self.tr("Export failed"),
                self.tr("The file could not be written: %1").replace("%1", e.strerror or str(e)),
            )
            return
        self._inform(
            self.tr("Open311 export"),
            self.tr("%n ticket(s) exported.", "", result.requests),
            "\n".join(str(p) for p in result.files),
        )

    def _inform(self, title: str, text: str, details: str = "") -> None:
        self.message_box = open_box(message_box(self, title, text, details))

"""The right of the desk: who is waiting, and the visits logged today.

An arrival goes into the queue with a few words to call them by (never a name); the list
says since when each one waits, and the receptionist calls the next one in (Enter, or
Ctrl+I from anywhere on the desk) or notes that they left without being served (Delete).
The desk's form does the rest: `call_requested` and `cancel_requested` are its to handle.

The words keep the desk's translation context ("DeskView"), where they were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.reception.reception import (
    LogRow,
    ReceptionRefused,
    ReceptionService,
    WaitingRow,
)
from citizenspace.views.common.tables import DataTable
from citizenspace.views.reception.desk.today_model import (
    COL_ARRIVAL,
    COL_THEME,
    THEME_CHARS,
    TODAY_ALWAYS,
    TODAY_PRIORITY,
    TodayModel,
)
from citizenspace.views.reception.words import time_text


class QueuePanel(QWidget):
    """The waiting queue above, today's log below."""

    #: Call the selected visitor in (or the first one waiting).
    call_requested = Signal()
    #: The selected visitor left without being served.
    cancel_requested = Signal()
    #: Someone was added to the queue.
    arrived = Signal()

    def __init__(self, service: ReceptionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[WaitingRow] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)

        queue_box = QGroupBox(QCoreApplication.translate("DeskView", "Waiting"))
        qcol = QVBoxLayout(queue_box)
        add_row = QHBoxLayout()
        self.arrival_edit = QLineEdit()
        self.arrival_edit.setPlaceholderText(
            QCoreApplication.translate("DeskView", "New arrival (Ctrl+N): no names")
        )
        self.arrival_edit.setToolTip(
            QCoreApplication.translate("DeskView", "New arrival (Ctrl+N): a few words, not a name")
        )
        self.arrival_edit.setMaxLength(60)
        self.arrival_edit.returnPressed.connect(self.add_arrival)
        add_button = QPushButton(QCoreApplication.translate("DeskView", "Add"))
        add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add_button.clicked.connect(self.add_arrival)
        add_row.addWidget(self.arrival_edit, 1)
        add_row.addWidget(add_button)
        qcol.addLayout(add_row)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.call_requested.emit())
        self.list.installEventFilter(self)
        qcol.addWidget(self.list)
        buttons = QHBoxLayout()
        self.call_button = QPushButton(QCoreApplication.translate("DeskView", "Call in (Ctrl+I)"))
        self.call_button.clicked.connect(self.call_requested)
        self.cancel_button = QPushButton(
            QCoreApplication.translate("DeskView", "Left without being served")
        )
        self.cancel_button.clicked.connect(self.cancel_requested)
        for button in (self.call_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        qcol.addLayout(buttons)
        column.addWidget(queue_box, 1)

        today_box = QGroupBox(QCoreApplication.translate("DeskView", "Today"))
        tcol = QVBoxLayout(today_box)
        self.today_count = QLabel()
        tcol.addWidget(self.today_count)
        self.today_model = TodayModel(self)
        self.today_table = DataTable(self.today_model)
        self.today_table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.today_table.fit_to_contents(COL_THEME)
        # Never sideways: the columns that do not fit step aside, least useful first (every
        # row's tooltip still says it all).
        self.today_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.today_table.viewport().installEventFilter(self)
        # Sizes also change when the theme's padding or the rows arrive: fit again then.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self.fit_today_columns)
        self.today_table.horizontalHeader().sectionResized.connect(lambda *_: self._refit.start(0))
        tcol.addWidget(self.today_table)
        column.addWidget(today_box, 2)

    # ---------------------------------------------------------------- the queue

    def add_arrival(self) -> None:
        """Someone arrives: into the queue, with a few words to call them by."""
        try:
            self._service.add_arrival(self.arrival_edit.text())
        except ReceptionRefused:
            return
        self.arrival_edit.clear()
        self.load()
        self.arrived.emit()

    def selected(self) -> WaitingRow | None:
        """The visitor chosen in the list, else the first one still waiting."""
        item = self.list.currentItem()
        if item is not None:
            wid = item.data(Qt.ItemDataRole.UserRole)
            for r in self._rows:
                if r.id == wid:
                    return r
        waiting = [r for r in self._rows if r.started_at is None]
        return waiting[0] if waiting else None

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def load(self) -> None:
        self._rows = self._service.waiting()
        self.render()

    def render(self) -> None:
        """Write the list again: the waiting minutes move on with the clock."""
        keep = self.current_id()
        self.list.clear()
        now = self._service.now()
        for r in self._rows:
            minutes = max(0, int((now - r.arrived_at).total_seconds() // 60))
            label = r.label or QCoreApplication.translate("DeskView", "(no label)")
            if r.started_at is None:
                text = (
                    QCoreApplication.translate("DeskView", "%1 — since %2, waiting %3 min")
                    .replace("%1", label)
                    .replace("%2", time_text(r.arrived_at))
                    .replace("%3", QLocale().toString(minutes))
                )
            else:
                text = (
                    QCoreApplication.translate("DeskView", "%1 — at the desk since %2")
                    .replace("%1", label)
                    .replace("%2", time_text(r.started_at))
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
            if r.id == keep:
                self.list.setCurrentItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is not self.list and event.type() == QEvent.Type.Resize:
            self.fit_today_columns()  # the only other one watched: today's table
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            self.cancel_requested.emit()
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- today

    def show_today(self, rows: list[LogRow], count: str) -> None:
        self.today_model.set_rows(rows)
        self.today_count.setText(count)
        self.fit_today_columns()

    def fit_today_columns(self) -> None:
        """Show the most useful columns that fit beside a readable theme: the time, the
        theme and the outcome first, then the wait, the channel and the time served; the
        first that does not fit steps aside with all that come after it."""
        table = self.today_table
        header = table.horizontalHeader()
        room = table.viewport().width()
        metrics = table.fontMetrics()
        model = self.today_model
        # Enough for the start of each theme (the first rows tell), or the whole of it.
        starts = [
            metrics.horizontalAdvance(model.row_at(r).theme[:THEME_CHARS] + "…") + 20
            for r in range(min(model.rowCount(), 8))
        ]
        theme_room = max(
            header.sectionSizeHint(COL_THEME),
            min(table.sizeHintForColumn(COL_THEME), max(starts, default=0)),
        )
        # A hidden section has no size hint: its title's width and the header's padding
        # (measured on the arrival's, always shown) stand for it.
        title_metrics = header.fontMetrics()

        def title(column: int) -> int:
            text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            return title_metrics.horizontalAdvance(text)

        padding = header.sectionSizeHint(COL_ARRIVAL) - title(COL_ARRIVAL)
        used = theme_room
        fits = True
        for column in TODAY_PRIORITY:
            if column == COL_THEME:
                continue
            need = max(title(column) + padding, table.sizeHintForColumn(column))
            fits = column in TODAY_ALWAYS or (fits and used + need <= room)
            table.setColumnHidden(column, not fits)
            if fits:
                used += need

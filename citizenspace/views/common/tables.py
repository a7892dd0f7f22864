"""The one way the application shows a table, what it says when the table is empty, and how
a search box leads to its list.

Every list is a `QTableView` over a model (most often a `RowsModel`), set up here: whole rows
selected, one at a time, nothing edited in place, alternate rows shaded, no grid, one line per
row, headers aligned left, no row numbers. A table that should show all its rows without a
scroll bar (a small summary) says so with `fit_rows`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QMetaMethod,
    QObject,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QWidget,
)


def style_table(table: QTableView, *, sortable: bool = False) -> QTableView:
    """Give a table the application's look and behaviour; returns it for chaining."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setSortingEnabled(sortable)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return table


class DataTable(QTableView):
    """A table with the application's look, keyboard first: Enter opens the row under the
    cursor (`open_requested`), Delete asks to remove it (`remove_requested`)."""

    open_requested = Signal()
    remove_requested = Signal()

    def __init__(
        self,
        model: QAbstractItemModel | None = None,
        parent: QWidget | None = None,
        *,
        sortable: bool = False,
    ) -> None:
        super().__init__(parent)
        if model is not None:
            self.setModel(model)
        style_table(self, sortable=sortable)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Only a key someone listens for is taken: otherwise Enter goes on to the dialog's
        # default button, as it does from a plain table.
        if self.currentIndex().isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._heard(
                self.open_requested
            ):
                self.open_requested.emit()
                return
            if event.key() == Qt.Key.Key_Delete and self._heard(self.remove_requested):
                self.remove_requested.emit()
                return
        super().keyPressEvent(event)

    def _heard(self, signal: SignalInstance) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(signal))

    def stretch(self, column: int) -> None:
        """Let this column take the room left, the others keep their own width."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def fit_to_contents(self, stretch: int | None = 0) -> None:
        """Columns as wide as their contents (small summaries), one of them stretched."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def fit_rows(self) -> None:
        """Show every row, no vertical scroll bar (the page scrolls instead)."""
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(rows))
        self.setFixedHeight(height)


def empty_panel(text: str = "") -> QLabel:
    """What stands in a table's place when it has no row: a sentence on the same white panel,
    so the list area does not seem to vanish."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setBackgroundRole(QPalette.ColorRole.Base)
    label.setAutoFillBackground(True)
    label.setMargin(24)
    return label


class TableOrEmpty(QStackedWidget):
    """A table, or in its place (`empty_label`) a sentence saying why it has no row and what
    to do."""

    def __init__(self, table: QTableView, text: str = "") -> None:
        super().__init__()
        self.table = table
        self.empty_label = empty_panel(text)
        self.addWidget(table)
        self.addWidget(self.empty_label)

    def show_rows(self, rows: bool, empty_text: str | None = None) -> None:
        """The table when there are `rows`; else the sentence (`empty_text` when given)."""
        if not rows and empty_text is not None:
            self.empty_label.setText(empty_text)
        self.setCurrentWidget(self.table if rows else self.empty_label)


def select_row(table: QTableView, row: int) -> None:
    """Make the table's `row` the selected and current one, and scroll to it."""
    index = table.model().index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


class SearchKeys(QObject):
    """The keys of a search box above its list. Down (or Enter) goes to the list, its first row
    selected when none is; Escape clears the search; `focus_search` (Ctrl+F) comes back to the
    box, what was typed selected. A list searched after a pause runs `search_now` first, so
    that the keys act on the list of what is typed."""

    def __init__(
        self,
        edit: QLineEdit,
        table: QTableView,
        search_now: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._table = table
        self._search_now = search_now
        edit.installEventFilter(self)
        edit.returnPressed.connect(self.go_to_results)

    def go_to_results(self) -> None:
        if self._search_now is not None:
            self._search_now()
        if self._table.model().rowCount():
            if not self._table.selectionModel().selectedRows():
                select_row(self._table, 0)
            self._table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def clear_quietly(self) -> None:
        """Empty the box without searching (the caller lists again itself)."""
        self._edit.blockSignals(True)
        self._edit.clear()
        self._edit.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self._edit or not isinstance(event, QKeyEvent):
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Down and self._table.model().rowCount():
            self.go_to_results()
            return True
        if event.key() == Qt.Key.Key_Escape and self._edit.text():
            self._edit.clear()
            if self._search_now is not None:
                self._search_now()
            return True
        return False

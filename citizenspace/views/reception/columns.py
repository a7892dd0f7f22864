"""Table columns that fit a laptop's screen: each as wide as what it shows, the long text
column taking the room left, and when they cannot all fit, the least needed set aside
rather than pushed off the screen or cut to "…".

The user decides in the end: the "Columns" button (and a right click on the header) lists
every column, ticked when shown; a column chosen stays shown, or hidden, whatever the
width. What is set aside comes back by itself when the window grows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QPushButton, QTableView

from citizenspace.views.common.rows_model import RowsModel

#: Rows looked at to size a column: the first screenful says what the column holds.
SAMPLE_ROWS = 60
#: Room around a cell's text (the delegate's margins), and around a title (the header's
#: padding, and the sort arrow where there is one).
CELL_PADDING = 18
TITLE_PADDING = 20
SORT_ARROW = 18


class FittedColumns(QObject):
    """Sizes and shows the columns of `table` to fit its width.

    `priorities`: column -> how soon it is set aside when room is short (0: never; the
    highest first). `stretch`: the column that takes the room left (never hidden), at least
    `stretch_min` pixels (or, with `stretch_whole`, as wide as its texts, up to `widest`:
    row labels such as site names are read whole). `widest`: no column but the stretched
    one is wider than this.
    """

    #: The columns shown changed (set aside, brought back, or chosen).
    changed = Signal()

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        priorities: dict[int, int],
        *,
        stretch_min: int = 180,
        widest: int = 260,
        stretch_whole: bool = False,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.priorities = dict(priorities)
        self.stretch_min = stretch_min
        self.widest = widest
        self.stretch_whole = stretch_whole
        #: Columns the user chose to show (True) or hide (False).
        self.chosen: dict[int, bool] = {}
        self._natural: dict[int, int] = {}
        self._sampled = 0
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        # Measured once the model's change is over (a width changed while Qt still tells
        # the views of a reset would make a view read the next page in the middle of it).
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.measure)
        model = table.model()
        model.modelReset.connect(self._later.start)
        model.rowsInserted.connect(self._first_rows)
        self.button: QPushButton | None = None
        self.measure()

    # ---------------------------------------------------------------- the chooser

    def chooser(self) -> QPushButton:
        """A button that lists the columns, and says how many are set aside."""
        if self.button is None:
            self.button = QPushButton()
            self.button.setToolTip(
                self.tr(
                    "Show or hide columns. Columns that do not fit the window are set "
                    "aside; they come back when it is wider."
                )
            )
            self.button.setMenu(self.menu(self.button))
            self._say_hidden()
        return self.button

    def menu(self, parent: QObject | None = None) -> QMenu:
        """The columns, ticked when shown; filled again each time it opens."""
        menu = QMenu(parent if isinstance(parent, QPushButton) else None)
        menu.aboutToShow.connect(lambda: self._fill(menu))
        return menu

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        model = self.table.model()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.setEnabled(column != self.stretch and self.priorities.get(column, 0) > 0)
            action.toggled.connect(lambda on, c=column: self.choose(c, on))
            menu.addAction(action)

    def _menu_at(self, pos: QPoint) -> None:
        menu = self.menu()
        self._fill(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def choose(self, column: int, shown: bool) -> None:
        """The user's choice for a column, kept whatever the width."""
        self.chosen[column] = shown
        self.fit()

    # ---------------------------------------------------------------- fitting

    def set_priorities(self, priorities: dict[int, int]) -> None:
        self.priorities.update(priorities)
        self.fit()

    def hidden(self) -> list[int]:
        return [c for c in range(self.table.model().columnCount()) if self.table.isColumnHidden(c)]

    def measure(self) -> None:
        """Each column's width from its title and the first rows' texts; then fit."""
        model = self.table.model()
        header = self.table.horizontalHeader()
        titles = header.fontMetrics()
        cells = self.table.fontMetrics()
        arrow = SORT_ARROW if self.table.isSortingEnabled() else 0
        rows = min(model.rowCount(), SAMPLE_ROWS)
        self._sampled = rows
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = titles.horizontalAdvance(title) + TITLE_PADDING + arrow
            # The stretched column takes what is left anyway, unless read whole.
            if column != self.stretch or self.stretch_whole:
                texts = {self._text(model, row, column) for row in range(rows)}
                widest = max((cells.horizontalAdvance(t) for t in texts if t), default=0)
                width = max(width, widest + CELL_PADDING)
            keep = column != self.stretch or self.stretch_whole
            self._natural[column] = min(width, self.widest) if keep else width
        self.fit()

    @staticmethod
    def _text(model: QAbstractItemModel, row: int, column: int) -> str:
        if isinstance(model, RowsModel):  # straight to the text, without Qt's round trip
            value = model.display(model.row_at(row), column)
        else:
            value = model.index(row, column).data()
        return value if isinstance(value, str) else ""

    def _first_rows(self, *_args: object) -> None:
        if not self._sampled and self.table.model().rowCount():
            self._later.start()

    def fit(self) -> None:
        """Show what fits in the table's width, the most needed first."""
        model = self.table.model()
        columns = range(model.columnCount())
        room = self.table.viewport().width()
        shown = [c for c in columns if self.chosen.get(c, True)]
        needed = max(self.stretch_min, self._natural.get(self.stretch, 0)) + sum(
            self._natural.get(c, 0) for c in shown if c != self.stretch
        )
        optional = sorted(
            (
                c
                for c in shown
                if c != self.stretch and c not in self.chosen and self.priorities.get(c, 0) > 0
            ),
            key=lambda c: -self.priorities[c],
        )
        for column in optional:
            if needed <= room:
                break
            shown.remove(column)
            needed -= self._natural.get(column, 0)
        before = self.hidden()
        for column in columns:
            self.table.setColumnHidden(column, column not in shown)
            if column in shown and column != self.stretch and column in self._natural:
                self.table.setColumnWidth(column, self._natural[column])
        if self.hidden() != before:
            self._say_hidden()
            self.changed.emit()

    def _say_hidden(self) -> None:
        if self.button is None:
            return
        n = len(self.hidden())
        self.button.setText(self.tr("Columns (%n hidden)", "", n) if n else self.tr("Columns"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False

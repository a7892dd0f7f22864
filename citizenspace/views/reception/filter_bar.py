"""A row of filters (or of buttons) that wraps onto a second row, or a third, when the
window is narrow, rather than squeezing its fields over each other or out of sight.

Each item is a unit, a filter's label before its field; units keep their order, left to
right then top to bottom, and line up in columns. The bar shows as many per row as fit;
a hidden unit takes no place (call `relayout` after showing or hiding one).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget


class FilterBar(QWidget):
    """Units laid out in as few rows as the width allows. `fill`: the units share the
    width (filters); otherwise they keep their own and gather on the left (buttons)."""

    def __init__(self, parent: QWidget | None = None, *, fill: bool = True) -> None:
        super().__init__(parent)
        self.fill = fill
        self.units: list[QWidget] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(14 if fill else 6)
        self._grid.setVerticalSpacing(6)
        self._per_row = 0
        self._placed: list[QWidget] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def add(self, label: str, *fields: QWidget, stretch: bool = True) -> QWidget:
        """A filter: its label (may be "", may carry a "&" shortcut to its first field) and
        its field(s) side by side."""
        unit = QWidget()
        row = QHBoxLayout(unit)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        if label:
            caption = QLabel(label)
            caption.setBuddy(fields[0])
            row.addWidget(caption)
        for field in fields:
            row.addWidget(field, 1 if stretch else 0)
        if not stretch:
            row.addStretch(1)
        return self.add_widget(unit)

    def add_widget(self, widget: QWidget) -> QWidget:
        """A unit of its own (a button)."""
        self.units.append(widget)
        self._grid.addWidget(widget, 0, len(self.units) - 1)  # now a child of the bar
        self.relayout()
        return widget

    def rows(self) -> int:
        shown = self._shown()
        return math.ceil(len(shown) / max(1, self._per_row)) if shown else 0

    def relayout(self) -> None:
        """Lay the shown units out again for the width the bar has now."""
        self._arrange(self._best(self.width() if self.width() > 1 else 1 << 20), force=True)

    def _shown(self) -> list[QWidget]:
        return [u for u in self.units if not u.isHidden()]

    def _best(self, width: int) -> int:
        """Units per row: as many as fit, spread evenly over the rows they need (five
        filters make rows of three and two, not of four and one)."""
        shown = self._shown()
        per_row = len(shown)
        while per_row > 1 and not self._fits(shown, per_row, width):
            per_row -= 1
        if not shown:
            return 1
        rows = math.ceil(len(shown) / max(1, per_row))
        return max(1, math.ceil(len(shown) / rows))

    def _fits(self, shown: list[QWidget], per_row: int, width: int) -> bool:
        widths = [u.sizeHint().width() for u in shown]
        columns = [max(widths[i] for i in range(c, len(widths), per_row)) for c in range(per_row)]
        return sum(columns) + self._grid.horizontalSpacing() * (per_row - 1) <= width

    def _arrange(self, per_row: int, force: bool = False) -> None:
        shown = self._shown()
        if per_row == self._per_row and shown == self._placed and not force:
            return
        self._per_row = per_row
        self._placed = shown
        for unit in self.units:
            self._grid.removeWidget(unit)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 0)
        for i, unit in enumerate(shown):
            self._grid.addWidget(unit, i // per_row, i % per_row)
        if self.fill:
            for c in range(per_row):
                self._grid.setColumnStretch(c, 1)
        else:
            self._grid.setColumnStretch(per_row, 1)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._arrange(self._best(event.size().width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Narrow enough for one unit per row: the window decides how many fit.
        hint = super().minimumSizeHint()
        widest = max((u.minimumSizeHint().width() for u in self._shown()), default=0)
        return QSize(widest, hint.height())

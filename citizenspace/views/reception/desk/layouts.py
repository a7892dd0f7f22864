"""How the desk's form fits the laptop in front of the receptionist: rows of buttons that wrap
instead of being cut, and a form that scrolls only when the screen is really too short.

`WrapLayout` places its widgets in reading order in as few rows as the width allows. Choice
buttons (`justify`) fill each row, in columns that line up whenever that costs no extra row;
small chips (the quick themes, the three times) keep their own width, packed to the left.
`FittingScroll` is as tall as the form it holds when there is room, so what comes after it
(the Save button) follows the form closely, and scrolls the form when there is not.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QWidget,
)

#: (item, width) for each item of a row.
Row = list[tuple[QLayoutItem, int]]


class WrapLayout(QLayout):
    """Widgets in reading order, wrapped onto as few rows as the width allows; never
    narrower than their size hint (a text is never cut), never overlapping."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        justify: bool = True,
        spacing: int = 4,
        row_spacing: int | None = None,
        item_width: Callable[[QLayoutItem, int], int] | None = None,
    ) -> None:
        """`item_width(item, row_width)`, when given, is the width an item takes in a row
        that wide (a chip that shortens its text to fit); by default, its size hint."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._justify = justify
        self._hspace = spacing
        self._vspace = spacing if row_spacing is None else row_spacing
        self._item_width = item_width

    # ---------------------------------------------------------------- QLayout's items

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self.invalidate()
            return item
        return None

    # ---------------------------------------------------------------- sizes

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        left, top, right, bottom = self.getContentsMargins()
        rows = self.rows(width - left - right)
        return top + bottom + self._rows_height(rows)

    def _width(self, item: QLayoutItem, row: int) -> int:
        if self._item_width is not None:
            return self._item_width(item, row)
        return item.sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Everything on one row."""
        left, top, right, bottom = self.getContentsMargins()
        shown = self._shown()
        natural = [i.sizeHint().width() for i in shown]
        row = sum(natural) + self._hspace * max(0, len(shown) - 1)
        width = sum(self._width(i, row) for i in shown) + self._hspace * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + left + right, height + top + bottom)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        """One item a row: as wide as the widest."""
        left, top, right, bottom = self.getContentsMargins()
        shown = self._shown()
        width = max((self._width(i, 0) for i in shown), default=0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + left + right, height + top + bottom)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        left, top, right, bottom = self.getContentsMargins()
        area = rect.adjusted(left, top, -right, -bottom)
        y = area.y()
        for row in self.rows(area.width()):
            height = max(item.sizeHint().height() for item, _ in row)
            x = area.x()
            for item, width in row:
                item.setGeometry(QRect(x, y, width, height))
                x += width + self._hspace
            y += height + self._vspace

    # ---------------------------------------------------------------- arranging

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _rows_height(self, rows: list[Row]) -> int:
        heights = [max(item.sizeHint().height() for item, _ in row) for row in rows]
        return sum(heights) + self._vspace * max(0, len(heights) - 1)

    def rows(self, width: int) -> list[Row]:
        """The items row by row at `width`, each with the width it gets."""
        items = self._shown()
        if not items:
            return []
        hints = [self._width(i, width) for i in items]
        # The fewest rows: fill each row in turn.
        starts = [0]
        used = hints[0]
        for k in range(1, len(items)):
            if used + self._hspace + hints[k] > width:
                starts.append(k)
                used = hints[k]
            else:
                used += self._hspace + hints[k]
        spans = list(zip(starts, [*starts[1:], len(items)], strict=True))
        if self._justify:
            grid = self._grid(items, hints, len(spans), width)
            if grid is not None:
                return grid
        rows: list[Row] = []
        for a, b in spans:
            widths = hints[a:b]
            if self._justify:
                widths = _spread(widths, width - self._hspace * (b - a - 1))
            rows.append(list(zip(items[a:b], widths, strict=True)))
        return rows

    def _grid(
        self, items: list[QLayoutItem], hints: list[int], count: int, width: int
    ) -> list[Row] | None:
        """The same number of rows, in columns that line up, if they fit."""
        columns = math.ceil(len(items) / count)
        widths = [max(hints[c::columns]) for c in range(columns)]
        if sum(widths) + self._hspace * (columns - 1) > width:
            return None
        widths = _spread(widths, width - self._hspace * (columns - 1))
        return [
            [(items[k], widths[k % columns]) for k in range(r, min(r + columns, len(items)))]
            for r in range(0, len(items), columns)
        ]


def _spread(widths: list[int], total: int) -> list[int]:
    """`widths` grown evenly to add up to `total` (never shrunk)."""
    extra = total - sum(widths)
    if extra <= 0:
        return widths
    share, rest = divmod(extra, len(widths))
    return [w + share + (1 if k < rest else 0) for k, w in enumerate(widths)]


class FittingScroll(QScrollArea):
    """A frameless scroll area that asks for the height of its content at its width: the
    content is shown whole when there is room, and scrolls (never sideways) when not."""

    #: The least height it accepts before scrolling: a few rows of the form.
    MIN_HEIGHT = 160

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setWidget(content)
        content.installEventFilter(self)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def content_height(self, width: int) -> int:
        content = self.widget()
        if content.hasHeightForWidth():
            height = content.heightForWidth(width)
            if height >= 0:
                return height
        return content.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        content = self.widget()
        width = self.viewport().width() if self.isVisible() else content.sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(content.sizeHint().width() + frame, self.content_height(width) + frame)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As wide as the content's narrowest, with room for the scroll bar."""
        width = self.widget().minimumSizeHint().width() + self._bar() + 2 * self.frameWidth()
        return QSize(width, self.MIN_HEIGHT)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget():
            if event.type() == QEvent.Type.LayoutRequest:
                self.updateGeometry()  # the form grew or shrank (a refusal, a service's details)
            elif event.type() == QEvent.Type.Resize and (layout := watched.layout()) is not None:
                # Given its new height, the form lays its rows out afresh: a form layout may
                # otherwise keep the heights it had worked out for the height before.
                layout.invalidate()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # narrower: the form may need more rows

"""What a careful desktop designer looks for on a screen, as code: text that does not fit
its label, button or field, visible siblings drawn over each other, a table column too
narrow to read, a widget pushed out of its window.

Used by `test_layout.py` (every page, tab and dialog at the sizes of a city's laptops) and
by `tools/screens.py` (the same walk, saving screenshots to look at). Each problem is one
line naming the widget by its path of object names or classes, so a failure says where.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

#: A cell may be elided, but a reader must still recognise it: this many characters show.
MIN_CELL_CHARS = 12
#: The theme's padding on a push button, each side (resources/theme.qss).
BUTTON_PADDING = 14


def name(widget: QWidget) -> str:
    """The widget's path, by object names where they are set ("deskView/themeButton3")."""
    parts: list[str] = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 4:
        label = w.objectName() or type(w).__name__
        text = _text_of(w)
        if text and w is widget:
            label += f"[{text[:40]!r}]"
        parts.append(label)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _inside_hidden_scroll(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area, a widget may lie outside the viewport: that is what scrolling
    is for. Such widgets are checked against their own size, not against the window."""
    w = widget.parentWidget()
    while w is not None and w is not root:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    margin = label.margin() * 2
    if (
        label.wordWrap()
        or GuiQt.mightBeRichText(text)
        and label.textFormat() != Qt.TextFormat.PlainText
    ):
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"{name(label)}: text needs {needed} px high, has {label.height()}"
        if not label.wordWrap():
            doc = QTextDocument()
            doc.setDefaultFont(label.font())
            doc.setHtml(text)
            doc.setDocumentMargin(0)
            ideal = int(doc.idealWidth())
            if ideal > rect.width() - margin + 1:
                return f"{name(label)}: text needs {ideal} px wide, has {rect.width()}"
        return None
    if label.buddy() is not None:  # "&Site" shows "Site", underlined
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    lines = text.split("\n")
    metrics = label.fontMetrics()
    wide = max(metrics.horizontalAdvance(line) for line in lines)
    if wide > rect.width() - margin + 1:
        return f"{name(label)}: text needs {wide} px wide, has {rect.width() - margin}"
    high = metrics.lineSpacing() * len(lines)
    if high > rect.height() - margin + 2:
        return f"{name(label)}: text needs {high} px high, has {rect.height() - margin}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    hint = button.sizeHint()
    if button.width() + 1 < hint.width():
        return f"{name(button)}: needs {hint.width()} px wide, has {button.width()}"
    if button.height() + 1 < min(hint.height(), button.fontMetrics().height() + 4):
        return f"{name(button)}: needs {hint.height()} px high, has {button.height()}"
    return None


def _field_problem(field: QWidget) -> str | None:
    if isinstance(field, QAbstractSpinBox):
        hint = field.sizeHint()
        if field.width() + 1 < hint.width():
            return f"{name(field)}: shows {field.text()!r} cut, needs {hint.width()} px"
        return None
    if isinstance(field, QComboBox):
        text = field.currentText()
        if not text or field.isEditable():
            return None
        needed = field.fontMetrics().horizontalAdvance(text) + 40
        if field.width() + 1 < needed:
            return f"{name(field)}: shows {text!r} cut, needs {needed} px"
    return None


def _table_problems(view: QTableView) -> Iterator[str]:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    head_metrics = header.fontMetrics()
    rows = range(min(model.rowCount(), 8))
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = header.sectionSize(column)
        left = header.sectionViewportPosition(column)
        if left + min(width, 40) > view.viewport().width():
            title = model.headerData(column, Qt.Orientation.Horizontal)
            yield f"{name(view)}: column {title!r} is off the screen"
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal) or ""
        if head_metrics.horizontalAdvance(str(title)) + 12 > width:
            yield f"{name(view)}: column title {title!r} cut ({width} px)"
        if view.wordWrap() and view.verticalHeader().sectionResizeMode(0) == (
            QHeaderView.ResizeMode.ResizeToContents
        ):
            continue
        for row in rows:
            value = model.index(row, column).data()
            if not isinstance(value, str) or not value:
                continue
            # A cell's text loses the focus frame's margin plus one pixel on each side (3 px).
            shown = metrics.elidedText(value, Qt.TextElideMode.ElideRight, width - 6)
            if shown != value and len(shown) - 1 < min(len(value), MIN_CELL_CHARS):
                yield f"{name(view)}: column {title!r} shows {shown!r} for {value!r}"
                break


def _layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _layout_widgets(item.layout())


def _overlaps(parent: QWidget, root: QWidget) -> Iterator[str]:
    layout = parent.layout()
    if layout is None:
        return
    children = [w for w in _layout_widgets(layout) if _shown(w, root)]
    for i, a in enumerate(children):
        ra = a.geometry()
        for b in children[i + 1 :]:
            common = ra.intersected(b.geometry())
            if common.width() > 1 and common.height() > 1:
                yield f"{name(a)} overlaps {name(b)} by {common.width()}×{common.height()} px"


def _off_window(widget: QWidget, root: QWidget) -> str | None:
    if _inside_hidden_scroll(widget, root):
        return None
    top_left = widget.mapTo(root, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    visible = root.rect()
    if rect.right() > visible.right() + 2 or rect.bottom() > visible.bottom() + 2:
        return f"{name(widget)}: reaches beyond the window ({rect.right()}, {rect.bottom()})"
    return None


def _skipped(widget: QWidget) -> bool:
    """Qt's own internals (scroll bars, tab bars' scroll buttons, headers) and what the
    application marks as free to elide (property `elidedOnPurpose`)."""
    if isinstance(widget, (QScrollBar, QTabBar, QHeaderView)):
        return True
    if widget.property("elidedOnPurpose"):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, (QTabBar, QHeaderView, QAbstractSpinBox, QComboBox))


def problems(root: QWidget) -> list[str]:
    """Every problem a user would see on `root` as it is laid out now."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root) or _skipped(widget) or widget.isWindow() and widget is not root:
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, (QAbstractSpinBox, QComboBox)):
            problem = _field_problem(widget)
        if problem:
            found.append(problem)
        if isinstance(widget, QTableView):
            found.extend(_table_problems(widget))
        if not isinstance(widget, (QStackedWidget, QAbstractItemView, QScrollArea)):
            found.extend(_overlaps(widget, root))
        if widget is not root and widget.parentWidget() is not None:
            off = _off_window(widget, root)
            if off and not _off_window(widget.parentWidget(), root):
                found.append(off)
    return found


def tab_widgets(root: QWidget) -> list[QTabWidget]:
    return [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]

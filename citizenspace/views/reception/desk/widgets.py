"""The desk's keyboard-first widgets: options chosen with one key, a date and time that Tab
leaves at once, and completion in a list that never takes the focus from the line edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFrame,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)

from citizenspace.views.reception.desk.layouts import WrapLayout


class KeyChoiceBar(QFrame):
    """A row of options chosen with one key: 1, 2, 3... (Left/Right also move). Choosing
    by key moves on to the next field (unless `advance` is false); Enter emits `entered`
    (the form decides: move on or save). With `allow_none`, 0 or Delete clears the choice.
    The options wrap onto more rows when the form is narrow."""

    changed = Signal(object)
    entered = Signal()

    def __init__(
        self,
        options: Sequence[tuple[object, str]],
        allow_none: bool = False,
        advance: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._advance = advance
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("keyChoiceBar")
        self.setStyleSheet(
            "#keyChoiceBar { border: 2px solid transparent; border-radius: 4px; }"
            "#keyChoiceBar:focus { border: 2px solid palette(highlight); }"
        )
        self._values = [v for v, _ in options]
        self._allow_none = allow_none
        self._group = QButtonGroup(self)
        self._group.setExclusive(not allow_none)
        # As many a row as the width allows, in columns when that costs no extra row: a
        # label cut short is no help, and a laptop is narrower than the longest French row.
        layout = WrapLayout(self, justify=True, spacing=4)
        layout.setContentsMargins(1, 1, 1, 1)
        self.buttons: list[QPushButton] = []
        for i, (_value, label) in enumerate(options):
            b = QPushButton(f"{i + 1}  {label}")
            b.setObjectName("deskChoice")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=i: self._choose(k, by_key=False))
            self._group.addButton(b, i)
            layout.addWidget(b)
            self.buttons.append(b)
        self._current: int | None = None

    def value(self) -> object:
        return None if self._current is None else self._values[self._current]

    def set_value(self, value: object) -> None:
        if value is None:
            self._set(None)
        elif value in self._values:
            self._set(self._values.index(value))

    def _set(self, k: int | None) -> None:
        self._current = k
        for i, b in enumerate(self.buttons):
            b.setChecked(i == k)
        self.changed.emit(self.value())

    def _choose(self, k: int, by_key: bool) -> None:
        if self._allow_none and not by_key and self._current == k:
            self._set(None)
            return
        self._set(k)
        if by_key and self._advance:
            self.focusNextChild()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                k = key - Qt.Key.Key_1
                if k < len(self._values):
                    self._choose(k, by_key=True)
                return
            if self._allow_none and key in (
                Qt.Key.Key_0,
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            ):
                self._set(None)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = -1 if key == Qt.Key.Key_Left else 1
                k = 0 if self._current is None else self._current + step
                self._set(max(0, min(len(self._values) - 1, k)))
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.entered.emit()
                return
        super().keyPressEvent(event)


class TimeEdit(QDateTimeEdit):
    """A date and time where Tab leaves the field (a plain QDateTimeEdit walks through its
    five sections first): Left/Right move between day, month, year, hours and minutes,
    Up/Down change them. The theme hides its arrow buttons (the keys and the wheel do their
    work), and the field is then just as wide as its longest time."""

    #: Room each side of the text.
    TEXT_MARGIN = 6
    #: The widest time of the format, to measure: digits are all as wide in most fonts.
    SAMPLE = QDateTime(QDate(2000, 12, 28), QTime(23, 58))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskTime")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.lineEdit().setTextMargins(self.TEXT_MARGIN, 0, self.TEXT_MARGIN, 0)

    def _arrows_width(self) -> int:
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        return (
            self.style()
            .subControlRect(
                QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, self
            )
            .width()
        )

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint()
        if self._arrows_width() > 0:  # no theme: Qt's own measure, and the margins
            return QSize(hint.width() + 2 * self.TEXT_MARGIN, hint.height())
        metrics = self.fontMetrics()
        text = max(
            metrics.horizontalAdvance(self.textFromDateTime(self.SAMPLE)),
            metrics.horizontalAdvance(self.text()),
        )
        # The text, its margins, the focus frame (2 px a side) and the cursor.
        return QSize(text + 2 * self.TEXT_MARGIN + 8, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        return QWidget.focusNextPrevChild(self, forward)


class ChipButton(QPushButton):
    """A button that shows as much of its text as its width holds, ending with "…" when it
    must (set `full_text`; the tooltip should say it whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setText(text)
        self._fit()

    def natural_width(self) -> int:
        """What the whole text needs."""
        return self._frame() + self.fontMetrics().horizontalAdvance(self._full)

    def _frame(self) -> int:
        """Padding and border: the size hint less the text it measures."""
        if not self.text():
            return 0
        return self.sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.width() - self._frame()
        metrics = self.fontMetrics()
        shown = self._full
        if metrics.horizontalAdvance(shown) > room:
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)


class QuickThemes(QWidget):
    """The quick themes as chips after their keys' caption ("Alt+"): a chip is never wider
    than a third of the row, its name shortened with "…" when it must be (its tooltip says
    it whole), so six chips take two rows at most, however long a city names its themes."""

    PER_ROW = 3
    SPACING = 6
    #: The least a chip gets, however narrow the row.
    MIN_CHIP = 72

    def __init__(self, caption: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickThemes")
        layout = WrapLayout(self, justify=False, spacing=self.SPACING, item_width=self._width)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(caption)
        self.caption.setObjectName("quickThemeKeys")
        layout.addWidget(self.caption)
        self.buttons: list[ChipButton] = []
        self._cache: tuple[tuple[int, tuple[int, ...]], int] | None = None
        for _ in range(count):
            b = ChipButton()
            b.setObjectName("quickTheme")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(b)
            self.buttons.append(b)

    def set_text(self, index: int, text: str) -> None:
        """The chip's whole text; it shows as much of it as its third of the row holds."""
        self.buttons[index].set_full_text(text)

    def _width(self, item: QLayoutItem, row: int) -> int:
        widget = item.widget()
        if not isinstance(widget, ChipButton):
            return item.sizeHint().width()
        return min(widget.natural_width(), self._most(row))

    def _most(self, row: int) -> int:
        """The widest a chip may be in a row this wide: as wide as can be while the chips
        take no more rows than if each had a third of the row."""
        naturals = [b.natural_width() for b in self.buttons if not b.isHidden()]
        key = (row, tuple(naturals))
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        caption = self.caption.sizeHint().width()
        third = max(self.MIN_CHIP, (row - caption - self.PER_ROW * self.SPACING) // self.PER_ROW)

        def rows(most: int) -> int:
            count, used = 1, caption
            for width in (min(n, most) for n in naturals):
                if used + self.SPACING + width > row:
                    count, used = count + 1, width
                else:
                    used += self.SPACING + width
            return count

        most, widest = third, max(naturals, default=third)
        target = rows(third)
        while most < widest:  # the largest width that keeps to the target (a few steps)
            trial = (most + widest + 1) // 2
            if rows(trial) <= target:
                most = trial
            else:
                widest = trial - 1
        self._cache = (key, most)
        return most


# --------------------------------------------------------------------------- completion


class InlineCompleter(QObject):
    """Completion as you type, in a list under a line edit that keeps the focus: Up/Down
    move, Enter or Tab pick, Escape closes. The list is a child of `host`, not a separate
    window, so it never steals the keyboard from the receptionist."""

    picked = Signal(object)
    #: Enter with nothing to pick (the text matches nothing, or the list is closed).
    unmatched = Signal()

    def __init__(
        self,
        edit: QLineEdit,
        search: Callable[[str], list[tuple[str, object]]],
        host: QWidget,
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._search = search
        self._host = host
        self.list = QListWidget(host)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setObjectName("completionList")
        self.list.hide()
        self.list.itemClicked.connect(self._pick_item)
        edit.textEdited.connect(self.update_list)
        edit.installEventFilter(self)

    def update_list(self, typed: str) -> None:
        self.list.clear()
        for label, data in self._search(typed):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.hide()
            return
        self.list.setCurrentRow(0)
        pos = self._edit.mapTo(self._host, self._edit.rect().bottomLeft())
        rows = min(self.list.count(), 8)
        height = rows * max(self.list.sizeHintForRow(0), 18) + 6
        self.list.setGeometry(pos.x(), pos.y() + 1, max(self._edit.width(), 320), height)
        self.list.raise_()
        self.list.show()

    def hide(self) -> None:
        self.list.hide()

    def _pick_item(self, item: QListWidgetItem) -> None:
        self.list.hide()
        self._edit.setText(item.text())
        self.picked.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            visible = self.list.isVisible()
            if visible and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if visible and key == Qt.Key.Key_Escape:
                self.list.hide()
                return True
            plain = not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                if visible and self.list.currentItem() is not None:
                    self._pick_item(self.list.currentItem())
                else:
                    self.unmatched.emit()
                return True
            if key == Qt.Key.Key_Tab and visible and self.list.currentItem() is not None:
                self._pick_item(self.list.currentItem())
                return True
        if watched is self._edit and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_unless_focused)
        return False

    def _hide_unless_focused(self) -> None:
        if not self._edit.hasFocus():
            self.list.hide()

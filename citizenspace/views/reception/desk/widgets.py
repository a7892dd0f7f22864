"""The desk's keyboard-first widgets: options chosen with one key, a date and time that Tab
leaves at once, and completion in a list that never takes the focus from the line edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)


class KeyChoiceBar(QFrame):
    """A row of options chosen with one key: 1, 2, 3... (Left/Right also move). Choosing
    by key moves on to the next field (unless `advance` is false); Enter emits `entered` (the form decides: move on or
    save). With `allow_none`, 0 or Delete clears the choice."""

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
        # Rows of three: the French labels are long, and a label cut short is no help.
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for i, (_value, label) in enumerate(options):
            b = QPushButton(f"{i + 1}  {label}")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=i: self._choose(k, by_key=False))
            self._group.addButton(b, i)
            columns = len(options) if len(options) <= 4 else 3
            layout.addWidget(b, i // columns, i % columns)
            self.buttons.append(b)
        layout.setColumnStretch(len(options) if len(options) <= 4 else 3, 1)
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
    Up/Down change them."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        return QWidget.focusNextPrevChild(self, forward)


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

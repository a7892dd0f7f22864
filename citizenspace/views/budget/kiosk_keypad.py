"""The kiosk's keypad: big keys for a voting code (or an adult's PIN), ⌫, clear, OK.

Digits on the first row, as on every keyboard, then the letters in alphabetical order; ⌫,
"Clear all" and OK share the last row. The keys grow with the screen (the kiosk's style
sheet sizes them, `set_key_size` the grid).

A mistake costs few touches: ⌫ takes away the character before the cursor (never a mere
group hyphen), and the keys type at the cursor. Touching the code puts the cursor there, so
a wrong sixth character seen at the end is fixed with three touches: just after it, ⌫, the
right key. The code stays shown in its groups (``ABCD-EFGH-JKMNP``) throughout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from citizenspace.domain.budget import codes

#: Keys on a row of the keypad.
COLUMNS = 10
#: At the reference screen (1280×800), a key is this many pixels square (13 mm became 19):
#: the kiosk's style sheet says so too ("@111").
KEY = 111


def is_code_character(char: str) -> bool:
    """Whether `char` is part of a voting code as the domain reads it (case and
    look-alikes included); separators and anything else are not."""
    read = codes.normalise(char) if len(char) == 1 else ""
    return len(read) == 1 and read in codes.ALPHABET


def _is_separator(char: str) -> bool:
    return char == "-" or char.isspace()


def _after(grouped: str, count: int) -> int:
    """The position in `grouped` just after its `count`-th code character."""
    if count <= 0:
        return 0
    seen = 0
    for i, char in enumerate(grouped):
        if not _is_separator(char):
            seen += 1
            if seen == count:
                return i + 1
    return len(grouped)


def _code_before(text: str, cursor: int) -> int:
    return sum(1 for char in text[:cursor] if not _is_separator(char))


def type_into(field: QLineEdit, char: str, *, grouped: bool) -> None:
    """`char` typed at the cursor (over the selection, if any); a code is shown in groups
    again, with the cursor after the new character."""
    field.insert(char)
    if grouped:
        _regroup(field, _code_before(field.text(), field.cursorPosition()))


def erase_one(field: QLineEdit, *, grouped: bool) -> None:
    """⌫: the selection, or the character before the cursor — for a code, the code
    character before it, so that no touch is spent on a group's hyphen."""
    if field.hasSelectedText() or not grouped:
        field.backspace()
        if grouped:
            _regroup(field, _code_before(field.text(), field.cursorPosition()))
        return
    text, cursor = field.text(), field.cursorPosition()
    count = _code_before(text, cursor)
    if count == 0:
        return
    # The last code character before the cursor goes, with the separators after it.
    cut = _after(text, count) - 1
    rest = text[:cut] + text[cut + 1 :]
    field.setText(rest)
    field.setCursorPosition(cut)
    _regroup(field, count - 1)


def _regroup(field: QLineEdit, count: int) -> None:
    """Show the field in the code's groups, the cursor after `count` code characters."""
    grouped = codes.format_code(field.text())
    if grouped != field.text():
        field.setText(grouped)
    field.setCursorPosition(_after(grouped, count))


class Keypad(QWidget):
    """The keys of `alphabet` and the three actions. Says what was touched: `typed`,
    `erased`, `cleared`, `submitted`. Keys never take the focus from the field."""

    typed = Signal(str)
    erased = Signal()
    cleared = Signal()
    submitted = Signal()

    def __init__(self, alphabet: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, QPushButton] = {}
        digits = [c for c in alphabet if c.isdigit()]
        letters = [c for c in alphabet if not c.isdigit()]
        places = [(0, i) for i in range(len(digits))]
        places += [(1 + i // COLUMNS, i % COLUMNS) for i in range(len(letters))]
        for char, (row, col) in zip(digits + letters, places, strict=True):
            key = self._button(char, "key")
            key.clicked.connect(lambda _c=False, ch=char: self.typed.emit(ch))
            grid.addWidget(key, row, col)
            self.keys[char] = key
        # The actions fill the row after the last letters (or a row of their own).
        row, col = places[-1] if places else (0, -1)
        if COLUMNS - (col + 1) < 6:
            row, col = row + 1, -1
        free = COLUMNS - (col + 1)
        self.erase_button = self._button(self.tr("⌫ Erase"), "action")
        self.erase_button.setAccessibleName(self.tr("Erase the last character"))
        self.clear_button = self._button(self.tr("Clear all"), "action")
        self.ok_button = self._button(self.tr("OK"), "primary")
        erase_span = max(1, free // 4)
        ok_span = max(1, (free - erase_span) // 2)
        clear_span = free - erase_span - ok_span
        start = col + 1
        for button, span in (
            (self.erase_button, erase_span),
            (self.clear_button, clear_span),
            (self.ok_button, ok_span),
        ):
            grid.addWidget(button, row, start, 1, span)
            start += span
        self.erase_button.clicked.connect(self.erased)
        self.clear_button.clicked.connect(self.cleared)
        self.ok_button.clicked.connect(self.submitted)
        self.set_key_size(KEY)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("pad", True)  # as tall as a key: the kiosk's style sheet
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def set_key_size(self, side: int) -> None:
        """The grid for keys `side` pixels square (the kiosk's style sheet sizes the keys
        themselves: a style sheet has the last word on a button's size)."""
        self._grid.setSpacing(max(6, side // 14))
        for col in range(COLUMNS):
            self._grid.setColumnMinimumWidth(col, side)

    def digits_only(self, only: bool) -> None:
        """For an adult's PIN: the digits and the actions, no letters."""
        for char, key in self.keys.items():
            key.setVisible(char.isdigit() or not only)

"""What every kiosk window shares: the look, fields that keep no history, and the lock.

The next child must get nothing of the previous one, however they poke at the screen: code
and PIN fields keep no history (no undo or redo, no copy or paste, no context menu, no
predictive text), and each screen empties what it held when it goes back home. The kiosk is
not closed by a close request (Alt+F4, a window manager, another program): staff close it
with Ctrl+Alt+Q and the supervisors' PIN, on every screen. Where no PIN is set, the kiosk
says so and stays open: a child at the keyboard must never be able to leave it, and staff
set a PIN on the staff application's budget page, which reaches the kiosk at its next sync.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QRegularExpressionValidator,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.budget.budget import BudgetService

log = logging.getLogger(__name__)

#: What is on screen is dropped after this long without a touch or a key.
IDLE_MS = 60_000
#: The longest PIN the supervisors can set (the staff page's dialog takes up to 12 digits).
PIN_MAX = 12

#: The screen the kiosk is drawn for (a 10-inch tablet); bigger screens scale it all up.
REFERENCE = (1280, 800)

#: The kiosk's look at the reference screen; every "@N" is N pixels there, scaled with the
#: screen (`kiosk_style`). A size is the content's, inside the border: a key of the keypad
#: is 105 + 2 × 3 = 111 pixels square (19 mm on a 10-inch tablet).
_STYLE = """
QWidget#kiosk { background: #fdf8ef; }
QLabel { color: #1d3557; }
QLabel#title { font-size: @45; font-weight: bold; }
QLabel#subtitle { font-size: @27; }
QLabel#message { font-size: @27; font-weight: bold; color: #9d0208; }
QLabel#counter { font-size: @27; font-weight: bold; }
QLabel#pageLabel { font-size: @27; font-weight: bold; }
QPushButton { font-size: @27; min-height: @72; border-radius: @18; padding: @8 @28;
              background: #ffffff; border: @3 solid #1d3557; color: #1d3557; }
QPushButton:pressed { background: #e0e7ff; }
QPushButton:disabled { color: #9aa5b1; border-color: #c8ced6; }
QPushButton#primary { background: #2a9d8f; border-color: #1f776c; color: white;
                      font-weight: bold; }
QPushButton#primary:disabled { background: #b8d8d4; border-color: #b8d8d4; }
QPushButton#primary:pressed { background: #1f776c; }
QPushButton#more { background: #ffd166; border-color: #b5838d; font-weight: bold; }
QPushButton#more:disabled { background: #f4efe6; border-color: #e3ddd2; color: #b8b2a7; }
QPushButton#key { font-size: @36; font-weight: bold; padding: 0;
                  min-width: @105; max-width: @105; }
QPushButton[pad="true"] { min-height: @105; max-height: @105; padding-top: 0;
                          padding-bottom: 0; }
QPushButton[big="true"] { font-size: @32; min-height: @100; min-width: @520; }
QPushButton#action { font-size: @27; font-weight: bold; padding: 0 @8;
                     background: #f1f3f8; }
QLineEdit#code { font-size: @44; font-family: "DejaVu Sans Mono", monospace;
                 padding: @6; border: @3 solid #1d3557; border-radius: @14;
                 background: white; }
QFrame#card { background: white; border: @4 solid #c8ced6; border-radius: @22; }
QFrame#card[chosen="true"] { border: @4 solid #1f776c; background: #dff3ef; }
QLabel#cardTitle { font-size: @24; font-weight: bold; }
QLabel#cardText { font-size: @19; }
QLabel#cardCost { font-size: @21; font-weight: bold; color: #2a6f97; }
QLabel#cardMark { font-size: @21; font-weight: bold; color: #1f776c; }
QProgressBar { border: @3 solid #1d3557; border-radius: @14; min-height: @36;
               text-align: center; font-size: @21; background: white; }
QProgressBar::chunk { background: #ffb703; border-radius: @10; }
"""


def scale_for(width: int, height: int) -> float:
    """How much bigger than the reference screen a `width`×`height` window is: everything
    grows by as much, so that what fits on the tablet fits on any screen."""
    return max(0.5, min(width / REFERENCE[0], height / REFERENCE[1], 3.0))


def kiosk_style(scale: float = 1.0) -> str:
    """The kiosk's style sheet for a screen `scale` times the reference one."""
    return re.sub(r"@(\d+)", lambda m: f"{max(1, round(int(m.group(1)) * scale))}px", _STYLE)


STYLE = kiosk_style()


class MessageSlot(QLabel):
    """A message that keeps its place, said or not: it is as tall as `lines` lines from
    the start, so that nothing under a child's finger moves when it appears."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._lines = lines
        self.setObjectName("message")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self._lines + 6)


#: Standard editing shortcuts a kiosk field refuses: they would bring back or carry
#: away what a child typed.
_HISTORY_KEYS = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
)
_EDIT_KEYS = {Qt.Key.Key_Undo, Qt.Key.Key_Redo, Qt.Key.Key_Copy, Qt.Key.Key_Cut, Qt.Key.Key_Paste}
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _is_shortcut(event: QKeyEvent) -> bool:
    """A key that edits the field's history or the clipboard, or any key with Ctrl, Alt or
    Meta: a code or a PIN is typed with letters and digits alone."""
    if event.modifiers() & _COMMAND:
        return True
    if event.key() in _EDIT_KEYS or any(event.matches(k) for k in _HISTORY_KEYS):
        return True
    # Shift+Insert pastes and Shift+Delete cuts on Windows.
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier) and event.key() in (
        Qt.Key.Key_Insert,
        Qt.Key.Key_Delete,
    )


def _is_staff_exit(event: QKeyEvent) -> bool:
    mods = event.modifiers() & _COMMAND
    return event.key() == Qt.Key.Key_Q and mods == (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )


def is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def typed_character(event: QKeyEvent) -> str:
    """The character a key typed, or "" for a control key or a shortcut."""
    if event.modifiers() & _COMMAND:
        return ""
    text = event.text()
    return text if len(text) == 1 and text.isprintable() and not text.isspace() else ""


def is_digit(char: str) -> bool:
    """A PIN digit: 0 to 9 only (not other scripts' digits, which a PIN never holds)."""
    return len(char) == 1 and char in "0123456789"


class KioskField(QLineEdit):
    """A field for a voting code or a PIN that keeps nothing for the next child.

    No undo or redo (Qt has no switch for a line edit: the keys are refused, and `forget`
    empties the field with `setText`, which drops the history, where `clear` would keep an
    undo step), no copy, cut or paste, no context menu (right-click or press-and-hold), no
    drops, and a hint to on-screen keyboards not to learn or suggest what is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self.setDragEnabled(False)
        self.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhNoAutoUppercase
        )

    def forget(self) -> None:
        """Empty the field, with nothing left to undo."""
        self.setText("")

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_shortcut(event):
            event.accept()  # no shortcut elsewhere runs either: the key comes here, refused
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if _is_shortcut(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.MiddleButton:  # pastes the selection on Linux
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()
            return
        super().mouseReleaseEvent(event)


#: The kinds of events the kiosk's guard acts on; every other event passes untouched.
_WATCHED = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.ContextMenu,
        QEvent.Type.ShortcutOverride,
    }
)


class _KioskGuard(QObject):
    """Sees every event of one kiosk window (key events go to the focused child, so it
    filters the whole application and keeps to this window's widgets): any touch, click or
    key restarts the idle timer, no context menu ever opens, and Ctrl+Alt+Q asks for the
    staff exit wherever the focus is."""

    def __init__(self, frame: KioskFrame) -> None:
        super().__init__(frame)  # destroyed with the window, and so out of the filters
        self._frame = frame

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # The event's kind first, before `watched` is touched at all: this filter sees every
        # event of the application, including those of objects being destroyed (a deferred
        # delete, their children leaving), whose half-destroyed wrappers crash the process
        # when asked anything. Only input goes further, and input reaches living widgets.
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if not watched.isWidgetType():
            return False
        frame = self._frame
        if watched is not frame and not frame.isAncestorOf(watched):
            return False
        if kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.KeyPress,
            QEvent.Type.TouchBegin,
        ):
            frame.idle.start()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind == QEvent.Type.ShortcutOverride and _is_staff_exit(event):
            event.accept()
            return True
        if kind == QEvent.Type.KeyPress and _is_staff_exit(event):
            frame.ask_staff_exit()
            return True
        return False


class KioskFrame(QWidget):
    """What every kiosk window shares: full of big touch targets, closed by staff only.

    A close request is refused unless staff typed the supervisors' PIN after Ctrl+Alt+Q;
    where no PIN is set the kiosk says so and stays open (a child at the keyboard must
    never be able to leave it, and staff can set a PIN and sync). Subclasses add their
    pages and say where "home" is."""

    staff_exited = Signal()

    def __init__(
        self,
        service: BudgetService,
        *,
        idle_ms: int = IDLE_MS,
        on_staff_exit: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setStyleSheet(STYLE)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._service = service
        self._on_staff_exit = on_staff_exit
        self._exit_authorised = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self._idle_timeout)
        self.pages = QStackedWidget()
        self.scale = 1.0
        self._outer = QVBoxLayout(self)
        # The screen's size is the kiosk's: its pages never make the window grow (which
        # would scale everything up, and grow again).
        self._outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._outer.setContentsMargins(40, 30, 40, 30)
        self._outer.addWidget(self.pages)
        self.staff_page = self._staff_page()
        self.pages.addWidget(self.staff_page)
        self._guard = _KioskGuard(self)
        QApplication.instance().installEventFilter(self._guard)
        if not service.pin_is_set():
            log.warning("kiosk: no supervisors' PIN is set; staff cannot close this kiosk")

    def _title(self, text: str, name: str = "title") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _staff_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._title(self.tr("Staff: close the kiosk")))
        layout.addWidget(self._title(self.tr("Type the supervisors' PIN."), "subtitle"))
        layout.addSpacing(20)
        self.staff_pin = KioskField()
        self.staff_pin.setObjectName("code")
        self.staff_pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.staff_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.staff_pin.setMaxLength(PIN_MAX)
        self.staff_pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), self.staff_pin)
        )
        self.staff_pin.returnPressed.connect(self._staff_submit)
        self.staff_pin.textEdited.connect(lambda _t: self.staff_message.setText(""))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.staff_pin, 2)
        row.addStretch(1)
        layout.addLayout(row)
        self.staff_message = MessageSlot(3)
        layout.addWidget(self.staff_message)
        keypad = QWidget()
        grid = QGridLayout(keypad)
        grid.setSpacing(10)
        self.staff_keys: dict[str, QPushButton] = {}
        for i, char in enumerate("1234567890"):
            key = QPushButton(char)
            key.setObjectName("key")
            key.setProperty("pad", True)
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.clicked.connect(lambda _c=False, ch=char: self._staff_type(ch))
            grid.addWidget(key, i // 5, i % 5)
            self.staff_keys[char] = key
        layout.addWidget(keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QHBoxLayout()
        self.staff_cancel = QPushButton(self.tr("Cancel"))
        self.staff_cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_cancel.clicked.connect(self._staff_cancelled)
        erase = QPushButton(self.tr("⌫ Erase"))
        erase.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        erase.clicked.connect(self.staff_pin.backspace)
        self.staff_ok = QPushButton(self.tr("Close the kiosk"))
        self.staff_ok.setObjectName("primary")
        self.staff_ok.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_ok.clicked.connect(self._staff_submit)
        buttons.addWidget(self.staff_cancel)
        buttons.addStretch(1)
        buttons.addWidget(erase)
        buttons.addWidget(self.staff_ok)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    # ---------------------------------------------------------------- size

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """A bigger screen, bigger everything: letters, buttons, keys, cards."""
        super().resizeEvent(event)
        scale = scale_for(self.width(), self.height())
        if abs(scale - self.scale) < 0.01:
            return
        self.scale = scale
        self.setStyleSheet(kiosk_style(scale))
        self._outer.setContentsMargins(
            round(40 * scale), round(30 * scale), round(40 * scale), round(30 * scale)
        )
        self._rescaled(scale)

    def _rescaled(self, scale: float) -> None:
        """The screen's scale changed: sizes that are not in the style sheet follow."""

    # ---------------------------------------------------------------- staff exit

    def ask_staff_exit(self) -> None:
        """Ctrl+Alt+Q: the PIN page, whatever the screen. What was on screen is dropped
        first (an unfinished ballot is discarded, as after the idle delay)."""
        if self.pages.currentWidget() is self.staff_page:
            return
        self._leave_for_staff()
        self._forget_staff()
        if not self._service.pin_is_set():
            self.staff_message.setText(self._no_pin())
        self.pages.setCurrentWidget(self.staff_page)
        self.staff_pin.setFocus()
        self.idle.start()

    def _no_pin(self) -> str:
        return self.tr(
            "No supervisors' PIN is set, so the kiosk cannot be closed here. Set one on the "
            "Budget page of the staff application: the kiosk gets it at its next sync."
        )

    def _staff_type(self, char: str) -> None:
        self.staff_message.setText("")
        self.staff_pin.insert(char)

    def _staff_submit(self) -> None:
        typed = self.staff_pin.text()
        self.staff_pin.forget()
        if not self._service.pin_is_set():
            self.staff_message.setText(self._no_pin())
            return
        if not self._service.pin_matches(typed):
            log.info("kiosk: staff exit refused: wrong PIN")
            self.staff_message.setText(self.tr("This PIN is not right. The kiosk stays open."))
            return
        log.info("kiosk: closed by staff with the PIN")
        self.shut_down()
        self.staff_exited.emit()
        if self._on_staff_exit is not None:
            self._on_staff_exit()

    def shut_down(self) -> None:
        """Close for good without the PIN: for the program itself (and tests), never bound
        to a key or a touch."""
        self._exit_authorised = True
        self.idle.stop()
        self.close()

    def _staff_cancelled(self) -> None:
        self._forget_staff()
        self.home()

    def _forget_staff(self) -> None:
        self.staff_pin.forget()
        self.staff_message.setText("")

    def _idle_timeout(self) -> None:
        if self.pages.currentWidget() is self.staff_page:
            self._staff_cancelled()
        else:
            self._idle_elsewhere()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """On the PIN page, digits typed anywhere go to the PIN and Enter checks it; any
        other key does nothing."""
        if self.pages.currentWidget() is self.staff_page:
            typed = typed_character(event)
            if is_digit(typed):
                self.staff_pin.setFocus()
                self._staff_type(typed)
            elif is_enter(event) and self.focusWidget() is not self.staff_pin:
                self._staff_submit()  # in the field, Enter has already checked the PIN
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Only a staff exit closes the kiosk; Alt+F4 and other close requests do not."""
        if not self._exit_authorised:
            log.info("kiosk: close request ignored (staff: Ctrl+Alt+Q and the PIN)")
            event.ignore()
            return
        self._release_input()
        super().closeEvent(event)

    def end(self) -> None:
        """The program is ending (after a screenshot, or once the event loop returned): stop
        watching the application's input and close, whoever asked. The guard must be out of
        the application's filters before the window is destroyed, or the filter runs on a
        half-destroyed window and the process dies (a segmentation fault at exit)."""
        self._exit_authorised = True
        self._release_input()
        self.close()

    def _release_input(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._guard)

    # ---------------------------------------------------------------- for subclasses

    def home(self) -> None:
        """Back to the first screen, keeping nothing."""
        raise NotImplementedError

    def _leave_for_staff(self) -> None:
        """Drop what is on screen before the PIN page shows."""
        self.home()

    def _idle_elsewhere(self) -> None:
        """Nobody touched the screen for a while, on another page than the PIN's."""

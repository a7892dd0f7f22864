"""The reception desk: log a visit, a call, an e-mail or a letter in a few keystrokes.

Built for a receptionist who logs all day long with a queue in front of them: every field is
reached with Tab, chosen with one key (numbers for channel, outcome and satisfaction), the
theme is found by typing a few letters (or Alt+1...Alt+6 for the most frequent ones), the
competent service appears at once, and Ctrl+Enter (or Enter on the last field) saves. A
refused visit keeps the form as typed, with the reason next to the field; nothing is saved.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain import catalog as c
from citizenspace.domain.reception.visits import NOTE_MAX, ThemeEntry, VisitDraft, VisitError
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.reception.reception import (
    LogRow,
    ReceptionRefused,
    Suggestion,
    VisitRefused,
    WaitingRow,
)
from citizenspace.views.common.labels import enum_label

if TYPE_CHECKING:
    from citizenspace.views.common.context import Services

_ERROR_COLOUR = "#b3261e"
#: Untouched time fields follow the clock until the receptionist starts a visit.
_CLOCK_TICK_MS = 15_000
CONFIRMATION_MS = 6_000

_AnyIndex = QModelIndex | QPersistentModelIndex

_VISIT_ERRORS: dict[VisitError, str] = {
    VisitError.END_BEFORE_ARRIVAL: QT_TRANSLATE_NOOP(
        "DeskView", "The end is before the arrival: check the times"
    ),
    VisitError.START_BEFORE_ARRIVAL: QT_TRANSLATE_NOOP(
        "DeskView", "The visitor was served before arriving: check the times"
    ),
    VisitError.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "DeskView", "The end is before the start of service: check the times"
    ),
    VisitError.IN_FUTURE: QT_TRANSLATE_NOOP("DeskView", "This time is in the future"),
    VisitError.MISSED_WITH_TIMES: QT_TRANSLATE_NOOP(
        "DeskView", "A missed call has no start or end of service"
    ),
    VisitError.THEME_REQUIRED: QT_TRANSLATE_NOOP(
        "DeskView", "Choose a theme: type a few letters, or Alt+1 to Alt+6"
    ),
    VisitError.SATISFACTION_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "DeskView", "Satisfaction goes from 1 to 4"
    ),
    VisitError.NOTE_TOO_LONG: QT_TRANSLATE_NOOP(
        "DeskView", "The note is too long: 500 characters at most"
    ),
    VisitError.REDIRECT_WITHOUT_SERVICE: QT_TRANSLATE_NOOP(
        "DeskView", "Say which service the visitor was sent to"
    ),
    VisitError.UNKNOWN_THEME: QT_TRANSLATE_NOOP(
        "DeskView", "This theme does not exist: choose one from the list"
    ),
    VisitError.INACTIVE_THEME: QT_TRANSLATE_NOOP(
        "DeskView", "This theme is no longer in use: choose another one"
    ),
    VisitError.UNKNOWN_SERVICE: QT_TRANSLATE_NOOP(
        "DeskView", "This service is no longer in the directory: choose another one"
    ),
    VisitError.UNKNOWN_DISTRICT: QT_TRANSLATE_NOOP(
        "DeskView", "This district no longer exists: choose another one"
    ),
    VisitError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
        "DeskView", "This computer's site no longer exists: check the settings"
    ),
    VisitError.UNKNOWN_STAFF: QT_TRANSLATE_NOOP(
        "DeskView", "This staff member no longer exists: choose who is at the desk"
    ),
    VisitError.UNKNOWN_PERSON: QT_TRANSLATE_NOOP("DeskView", "This person no longer exists"),
    VisitError.PERSON_WITHOUT_CONSENT: QT_TRANSLATE_NOOP(
        "DeskView", "A visit names a person only if they agreed to be contacted"
    ),
}


def visit_error_text(code: VisitError) -> str:
    """The sentence shown next to a field the desk refused."""
    source = _VISIT_ERRORS.get(code)
    return QCoreApplication.translate("DeskView", source) if source else code.value


def minutes_text(seconds: int | None) -> str:
    """ "12 min" (rounded down), "" when unknown."""
    if seconds is None:
        return ""
    return QCoreApplication.translate("DeskView", "%1 min").replace(
        "%1", QLocale().toString(seconds // 60)
    )


def time_text(t: datetime | None) -> str:
    if t is None:
        return ""
    return QLocale().toString(QDateTime(t).time(), QLocale.FormatType.ShortFormat)


#: The CNIL's advice on free-text fields ("zones bloc-notes"), shown beside the note.
CNIL_GUIDANCE = QT_TRANSLATE_NOOP(
    "DeskView",
    "Write only what is needed to follow up, in objective words. Never: health, opinions "
    "(political, religious, union), origins, offences, insults or judgements about the "
    "person. The visitor may ask to read this note.",
)


# --------------------------------------------------------------------------- one-key choices


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


# --------------------------------------------------------------------------- today's log


TODAY_COLUMNS = (
    QT_TRANSLATE_NOOP("TodayModel", "Arrival"),
    QT_TRANSLATE_NOOP("TodayModel", "Channel"),
    QT_TRANSLATE_NOOP("TodayModel", "Theme"),
    QT_TRANSLATE_NOOP("TodayModel", "Outcome"),
    QT_TRANSLATE_NOOP("TodayModel", "Wait"),
    QT_TRANSLATE_NOOP("TodayModel", "Service"),
)


class TodayModel(QAbstractTableModel):
    """Today's visits at this desk's site, latest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LogRow] = []

    def set_rows(self, rows: list[LogRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> LogRow:
        return self._rows[row]

    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TODAY_COLUMNS)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                time_text(r.arrived_at),
                enum_label(r.channel),
                r.theme,
                enum_label(r.outcome),
                minutes_text(r.wait_seconds),
                minutes_text(r.service_seconds),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2 and r.service:
            return r.service
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(TODAY_COLUMNS)
        ):
            return self.tr(TODAY_COLUMNS[section])
        return None


# --------------------------------------------------------------------------- the desk


class DeskView(QWidget):
    """The desk page: the visit form, the waiting queue and today's log."""

    #: A visit was saved with the outcome "follow-up": its id, for the ticket form.
    followUpRequested = Signal(str)  # noqa: N815 - Qt signal naming
    #: A visit was saved: its id.
    visitSaved = Signal(str)  # noqa: N815

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = services.reception
        self._themes: list[ThemeEntry] = []
        self._theme_by_id: dict[str, ThemeEntry] = {}
        self._theme_id: str | None = None
        self._person_id: str | None = None
        self._waiting_id: str | None = None
        self._site_id: str | None = None
        self._quick: list[ThemeEntry] = []
        self._queue: list[WaitingRow] = []
        self._suggestions: dict[str, Suggestion] = {}
        #: Time fields the receptionist typed in: they stop following the clock.
        self._touched: set[str] = set()
        self._started = False
        self.setStyleSheet(
            f'QLabel[role="field-error"] {{ color: {_ERROR_COLOUR}; }}'
            'QLabel[role="confirmation"] { color: #1b5e20; font-weight: bold; }'
        )
        self._build()
        self._clock = QTimer(self)
        self._clock.setInterval(_CLOCK_TICK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self.confirmation.clear)
        self.refresh()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        form_box = QWidget()
        form_col = QVBoxLayout(form_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("At this desk:")))
        self.staff_combo = QComboBox()
        self.staff_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.staff_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.staff_combo.activated.connect(self._staff_chosen)
        top.addWidget(self.staff_combo)
        top.addStretch(1)
        self.themes_button = QPushButton(self.tr("Themes…"))
        self.themes_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.themes_button.clicked.connect(self._edit_themes)
        top.addWidget(self.themes_button)
        form_col.addLayout(top)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_labels: dict[str, QLabel] = {}

        def field(name: str, label: str, widget: QWidget | QHBoxLayout) -> None:
            box = QVBoxLayout()
            box.setSpacing(1)
            if isinstance(widget, QWidget):
                box.addWidget(widget)
            else:
                box.addLayout(widget)
            err = QLabel()
            err.setProperty("role", "field-error")
            err.setWordWrap(True)
            err.hide()
            box.addWidget(err)
            self.error_labels[name] = err
            form.addRow(label, box)

        self.channel_bar = KeyChoiceBar([(ch, enum_label(ch)) for ch in c.Channel])
        self.channel_bar.changed.connect(self._form_started)
        field("channel", self.tr("Channel"), self.channel_bar)

        self.theme_edit = QLineEdit()
        self.theme_edit.setPlaceholderText(self.tr("Type a few letters of the theme…"))
        self.theme_edit.textEdited.connect(self._theme_edited)
        self.theme_completer = InlineCompleter(self.theme_edit, self._theme_matches, self)
        self.theme_completer.picked.connect(self._theme_picked)
        self.theme_completer.unmatched.connect(self._theme_enter)
        quick_row = QGridLayout()  # two rows of three: fits a laptop screen
        quick_row.setSpacing(4)
        self.quick_buttons: list[QPushButton] = []
        for i in range(6):
            b = QPushButton()
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, k=i: self.choose_quick_theme(k))
            b.setMinimumWidth(0)
            b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            quick_row.addWidget(b, i // 3, i % 3)
            self.quick_buttons.append(b)
            sc = QShortcut(QKeySequence(f"Alt+{i + 1}"), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda k=i: self.choose_quick_theme(k))
        theme_box = QVBoxLayout()
        theme_box.setSpacing(3)
        theme_box.addWidget(self.theme_edit)
        theme_box.addLayout(quick_row)
        field("theme_id", self.tr("Theme"), theme_box)

        self.service_combo = QComboBox()
        self.service_combo.currentIndexChanged.connect(self._show_service)
        self.service_combo.installEventFilter(self)
        self.service_info = QLabel()
        self.service_info.setWordWrap(True)
        self.service_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        service_box = QVBoxLayout()
        service_box.setSpacing(2)
        service_box.addWidget(self.service_combo)
        service_box.addWidget(self.service_info)
        field("directory_entry_id", self.tr("Competent service"), service_box)

        self.outcome_bar = KeyChoiceBar([(o, enum_label(o)) for o in c.VisitOutcome])
        self.outcome_bar.changed.connect(self._outcome_changed)
        field("outcome", self.tr("Outcome"), self.outcome_bar)

        # Day and month, hours and minutes: the year is this one, and the three times must
        # fit side by side on a laptop screen (French and British order alike).
        fmt = "dd/MM HH:mm"
        self.arrived_edit = TimeEdit()
        self.started_edit = TimeEdit()
        self.ended_edit = TimeEdit()
        times = QHBoxLayout()
        for name, edit, label in (
            ("arrived_at", self.arrived_edit, self.tr("Arrival")),
            ("started_at", self.started_edit, self.tr("Start")),
            ("ended_at", self.ended_edit, self.tr("End")),
        ):
            edit.setDisplayFormat(fmt)
            edit.dateTimeChanged.connect(lambda _v, n=name: self._time_typed(n))
            times.addSpacing(8)
            times.addWidget(QLabel(label))
            times.addWidget(edit)
        times.addStretch(1)
        field("times", self.tr("Times"), times)
        # The service names the exact time field; the form shows them together.
        for name in ("arrived_at", "started_at", "ended_at"):
            self.error_labels[name] = self.error_labels["times"]

        self.district_combo = QComboBox()
        self.age_combo = QComboBox()
        who = QHBoxLayout()
        who.addWidget(self.district_combo, 2)
        who.addWidget(self.age_combo, 1)
        field("district_id", self.tr("District, age"), who)
        self.error_labels["age_band"] = self.error_labels["district_id"]

        self.person_edit = QLineEdit()
        self.person_edit.setPlaceholderText(
            self.tr("Optional: only someone who agreed to be contacted")
        )
        self.person_edit.textEdited.connect(self._person_edited)
        self.person_completer = InlineCompleter(self.person_edit, self._person_matches, self)
        self.person_completer.picked.connect(self._person_picked)
        self.person_completer.unmatched.connect(self.focusNextChild)
        field("person_id", self.tr("Person"), self.person_edit)

        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(NOTE_MAX)
        self.note_edit.returnPressed.connect(self.focusNextChild)
        guidance = QLabel(self.tr(CNIL_GUIDANCE))
        guidance.setWordWrap(True)
        guidance.setObjectName("cnilGuidance")
        guidance.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        note_box = QVBoxLayout()
        note_box.setSpacing(2)
        note_box.addWidget(self.note_edit)
        note_box.addWidget(guidance)
        field("note", self.tr("Note"), note_box)

        self.satisfaction_bar = KeyChoiceBar(
            [
                (1, self.tr("Not at all")),
                (2, self.tr("Not really")),
                (3, self.tr("Satisfied")),
                (4, self.tr("Very satisfied")),
            ],
            allow_none=True,
            advance=False,  # the last field: Enter saves
        )
        self.satisfaction_bar.entered.connect(self.save)
        field("satisfaction", self.tr("Satisfaction"), self.satisfaction_bar)
        for name in ("site_id", "staff_account_id", "person"):
            self.error_labels.setdefault(name, self.error_labels["satisfaction"])
        form_col.addLayout(form)

        bottom = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the visit (Ctrl+Enter)"))
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.reset_form)
        self.confirmation = QLabel()
        self.confirmation.setProperty("role", "confirmation")
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.confirmation, 1)
        form_col.addLayout(bottom)
        self.form_error = QLabel()
        self.form_error.setProperty("role", "field-error")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        form_col.addWidget(self.form_error)
        form_col.addStretch(1)
        splitter.addWidget(form_box)

        side = QWidget()
        side.setMinimumWidth(420)
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(0, 0, 0, 0)
        queue_box = QGroupBox(self.tr("Waiting"))
        qcol = QVBoxLayout(queue_box)
        add_row = QHBoxLayout()
        self.arrival_edit = QLineEdit()
        self.arrival_edit.setPlaceholderText(
            self.tr("New arrival (Ctrl+N): a few words, not a name")
        )
        self.arrival_edit.setMaxLength(60)
        self.arrival_edit.returnPressed.connect(self.add_arrival)
        add_button = QPushButton(self.tr("Add"))
        add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add_button.clicked.connect(self.add_arrival)
        add_row.addWidget(self.arrival_edit, 1)
        add_row.addWidget(add_button)
        qcol.addLayout(add_row)
        self.queue_list = QListWidget()
        self.queue_list.itemActivated.connect(lambda _item: self.call_in())
        self.queue_list.installEventFilter(self)
        qcol.addWidget(self.queue_list)
        qbuttons = QHBoxLayout()
        self.call_button = QPushButton(self.tr("Call in (Ctrl+I)"))
        self.call_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.call_button.clicked.connect(self.call_in)
        self.cancel_button = QPushButton(self.tr("Left without being served"))
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancel_arrival)
        qbuttons.addWidget(self.call_button)
        qbuttons.addWidget(self.cancel_button)
        qcol.addLayout(qbuttons)
        side_col.addWidget(queue_box, 1)

        today_box = QGroupBox(self.tr("Today"))
        tcol = QVBoxLayout(today_box)
        self.today_count = QLabel()
        tcol.addWidget(self.today_count)
        self.today_model = TodayModel(self)
        self.today_table = QTableView()
        self.today_table.setModel(self.today_model)
        self.today_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today_table.verticalHeader().hide()
        self.today_table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header = self.today_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        tcol.addWidget(self.today_table)
        side_col.addWidget(today_box, 2)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([860, 540])

        order = [
            self.channel_bar,
            self.theme_edit,
            self.service_combo,
            self.outcome_bar,
            self.arrived_edit,
            self.started_edit,
            self.ended_edit,
            self.district_combo,
            self.age_combo,
            self.person_edit,
            self.note_edit,
            self.satisfaction_bar,
        ]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

        for keys, slot in (
            ("Ctrl+Return", self.save),
            ("Ctrl+Enter", self.save),
            ("Ctrl+N", self._focus_arrival),
            ("Ctrl+I", self.call_in),
            ("Escape", self._escape),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # ---------------------------------------------------------------- page API

    def refresh(self) -> None:
        """Reload what may have changed elsewhere (themes, staff, directory, queue, log)."""
        svc = self._service
        self._site_id = svc.site_id()
        self._themes = svc.theme_entries()
        self._theme_by_id = {t.id: t for t in self._themes}
        self._all_services = svc.services()
        staff = svc.staff_accounts()
        current = svc.desk_staff_id()
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("(choose)"), None)
        for s in staff:
            self.staff_combo.addItem(s.name, s.id)
        self.staff_combo.setCurrentIndex(max(0, self.staff_combo.findData(current)))
        self.staff_combo.blockSignals(False)
        self.district_combo.clear()
        self.district_combo.addItem(self.tr("District: not asked"), None)
        for d in svc.districts():
            self.district_combo.addItem(d.name, d.id)
        self.age_combo.clear()
        self.age_combo.addItem(self.tr("Age: not asked"), None)
        for band in svc.age_bands():
            self.age_combo.addItem(enum_label(band), band)
        self._load_quick_themes()
        self.reset_form()
        self._load_queue()
        self._load_today()

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[arg-type]  # PySide6's stubs name QShowEvent too narrowly
        QTimer.singleShot(0, self.channel_bar.setFocus)

    # ---------------------------------------------------------------- the form

    def reset_form(self) -> None:
        """An empty form, times following the clock, focus on the channel."""
        self._clear_errors()
        self.channel_bar.set_value(c.Channel.DESK)
        self.theme_edit.clear()
        self.theme_completer.hide()
        self._theme_id = None
        self._fill_services([])
        self.outcome_bar.set_value(c.VisitOutcome.ANSWERED)
        self._waiting_id = None
        self._touched.clear()
        self._started = False
        now = self._now()
        for edit in (self.arrived_edit, self.started_edit, self.ended_edit):
            edit.blockSignals(True)
            edit.setDateTime(now)
            edit.blockSignals(False)
        self.district_combo.setCurrentIndex(0)
        self.age_combo.setCurrentIndex(0)
        self.person_edit.clear()
        self.person_completer.hide()
        self._person_id = None
        self.note_edit.clear()
        self.satisfaction_bar.set_value(None)
        self._started = False
        self.channel_bar.setFocus()

    def _now(self) -> datetime:
        return self._service.now().replace(second=0, microsecond=0)

    def _tick(self) -> None:
        """Keep untouched times on the clock: arrival and start until the visit begins,
        the end until it is saved."""
        now = self._now()
        names = ["ended_at"] if self._started else ["arrived_at", "started_at", "ended_at"]
        for name in names:
            if name not in self._touched:
                edit = self._time_edit(name)
                edit.blockSignals(True)
                edit.setDateTime(now)
                edit.blockSignals(False)
        self.tick_queue()

    def _form_started(self, _value: object = None) -> None:
        if not self._started:
            self._tick()
            self._started = True

    def _time_edit(self, name: str) -> QDateTimeEdit:
        return {
            "arrived_at": self.arrived_edit,
            "started_at": self.started_edit,
            "ended_at": self.ended_edit,
        }[name]

    def _time_typed(self, name: str) -> None:
        self._touched.add(name)
        self._form_started()

    def _theme_matches(self, typed: str) -> list[tuple[str, object]]:
        from citizenspace.domain.reception.visits import search_themes

        return [(t.label, t.id) for t in search_themes(self._themes, typed, 10)]

    def _theme_edited(self, _text: str) -> None:
        self._form_started()
        if self._theme_id is not None:
            self._theme_id = None
            self._fill_services([])

    def _theme_picked(self, theme_id: object) -> None:
        self.set_theme(str(theme_id))
        self.service_combo.setFocus()

    def _theme_enter(self) -> None:
        """Enter in the theme box with no list open: keep a theme already chosen, else
        take the best match, else say nothing matches."""
        typed = self.theme_edit.text().strip()
        if self._theme_id is not None:
            self.service_combo.setFocus()
            return
        matches = self._theme_matches(typed) if typed else []
        if matches:
            self._theme_picked(matches[0][1])
        else:
            self._show_error("theme_id", self._no_theme_text(typed))

    def _no_theme_text(self, typed: str) -> str:
        if not typed:
            return visit_error_text(VisitError.THEME_REQUIRED)
        return self.tr("No theme matches “%1”: type other words, or add the theme").replace(
            "%1", typed
        )

    def set_theme(self, theme_id: str) -> None:
        theme = self._theme_by_id.get(theme_id)
        if theme is None:
            return
        self._form_started()
        self._theme_id = theme_id
        self.theme_edit.setText(theme.label)
        self.theme_completer.hide()
        self._clear_error("theme_id")
        self._fill_services(self._service.suggest(theme_id, self.note_edit.text()))

    def choose_quick_theme(self, k: int) -> None:
        if 0 <= k < len(self._quick):
            self.set_theme(self._quick[k].id)
            self.service_combo.setFocus()

    def _fill_services(self, suggestions: list[Suggestion]) -> None:
        self._suggestions = {s.id: s for s in suggestions}
        combo = self.service_combo
        combo.blockSignals(True)
        combo.clear()
        for s in suggestions:
            combo.addItem(s.name, s.id)
        if suggestions:
            combo.insertSeparator(combo.count())
        combo.addItem(self.tr("No service to name"), None)
        others = [o for o in getattr(self, "_all_services", []) if o.id not in self._suggestions]
        if others:
            combo.insertSeparator(combo.count())
        for o in others:
            combo.addItem(o.name, o.id)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self._show_service()

    def _show_service(self, _index: int = 0) -> None:
        sid = self.service_combo.currentData()
        s = self._suggestions.get(sid) if sid else None
        if sid is None:
            self.service_info.setText(
                self.tr("Choose a theme: the competent service appears here.")
                if self._theme_id is None
                else ""
            )
            return
        if s is None:
            self.service_info.setText("")
            return
        lines = [s.body_name or enum_label(s.competence)]
        contact = " · ".join(x for x in (s.phone, s.email) if x)
        if contact:
            lines.append(contact)
        for x in (s.address, s.hours):
            if x:
                lines.append(x)
        self.service_info.setText("\n".join(lines))

    def _outcome_changed(self, outcome: object) -> None:
        missed = outcome == c.VisitOutcome.MISSED
        self.started_edit.setEnabled(not missed)
        self.ended_edit.setEnabled(not missed)

    def _person_matches(self, typed: str) -> list[tuple[str, object]]:
        if len(typed.strip()) < 2:
            return []
        return [(p.name, p.id) for p in self._service.people_with_consent(typed)]

    def _person_edited(self, _text: str) -> None:
        self._person_id = None

    def _person_picked(self, person_id: object) -> None:
        self._person_id = str(person_id)
        self.note_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            plain = not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if watched is self.service_combo and plain:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.outcome_bar.setFocus()
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.service_combo.setCurrentIndex(self.service_combo.findData(None))
                    return True
            if watched is self.queue_list and key == Qt.Key.Key_Delete:
                self.cancel_arrival()
                return True
        return super().eventFilter(watched, event)

    def _escape(self) -> None:
        self.theme_completer.hide()
        self.person_completer.hide()

    # ---------------------------------------------------------------- saving

    def draft(self) -> VisitDraft:
        """What the form holds, as the service checks it."""
        outcome = self.outcome_bar.value()
        assert isinstance(outcome, c.VisitOutcome)
        channel = self.channel_bar.value()
        assert isinstance(channel, c.Channel)
        missed = outcome is c.VisitOutcome.MISSED
        now = self._service.now().replace(microsecond=0)
        arrived = self._time_value("arrived_at", now)
        started = None if missed else self._time_value("started_at", now)
        ended = None if missed else self._time_value("ended_at", now)
        entry = self.service_combo.currentData()
        keeps_service = outcome in (
            c.VisitOutcome.REDIRECTED,
            c.VisitOutcome.FOLLOW_UP,
            c.VisitOutcome.APPOINTMENT,
        )
        satisfaction = self.satisfaction_bar.value()
        band = self.age_combo.currentData()  # Qt gives enum values back as plain strings
        return VisitDraft(
            channel=channel,
            outcome=outcome,
            arrived_at=arrived,
            theme_id=self._theme_id,
            directory_entry_id=entry if keeps_service else None,
            started_at=started,
            ended_at=ended,
            district_id=self.district_combo.currentData(),
            age_band=c.AgeBand(band) if band else None,
            person_id=self._person_id,
            note=self.note_edit.text(),
            satisfaction=satisfaction if isinstance(satisfaction, int) else None,
            site_id=self._site_id,
            staff_account_id=self.staff_combo.currentData(),
            waiting_id=self._waiting_id,
        )

    def _time_value(self, name: str, now: datetime) -> datetime:
        """What the field shows, or now (to the second) for a field still on the clock:
        the end of a visit is when it is saved; arrival and start are frozen at the minute
        the visit began."""
        if name in self._touched or (name != "ended_at" and self._started):
            return self._time_edit(name).dateTime().toPython()  # type: ignore[return-value]  # toPython() gives a datetime for a QDateTime
        return now

    def save(self) -> None:
        """Log the visit; on refusal show why next to each field and keep the form."""
        self._clear_errors()
        self.theme_completer.hide()
        typed = self.theme_edit.text().strip()
        if self._theme_id is None and typed:
            self._show_error("theme_id", self._no_theme_text(typed))
            self.theme_edit.setFocus()
            return
        draft = self.draft()
        try:
            visit_id = self._service.save_visit(draft)
        except VisitRefused as refused:
            self._show_problems(refused)
            return
        except ServiceError:
            self._show_form_error(self.tr("The visit could not be saved. Nothing was saved."))
            return
        label = self.theme_edit.text() or enum_label(draft.outcome)
        self.confirmation.setText(
            self.tr("Saved at %1: %2").replace("%1", time_text(self._now())).replace("%2", label)
        )
        self._confirm_timer.start(CONFIRMATION_MS)
        self.reset_form()
        self._load_queue()
        self._load_today()
        self._load_quick_themes()
        self.visitSaved.emit(visit_id)
        if draft.outcome is c.VisitOutcome.FOLLOW_UP:
            self.followUpRequested.emit(visit_id)

    def _show_problems(self, refused: VisitRefused) -> None:
        first = None
        for p in refused.problems:
            self._show_error(p.field, visit_error_text(p.code))
            first = first or p.field
        focus = {
            "theme_id": self.theme_edit,
            "directory_entry_id": self.service_combo,
            "arrived_at": self.arrived_edit,
            "started_at": self.started_edit,
            "ended_at": self.ended_edit,
            "district_id": self.district_combo,
            "person_id": self.person_edit,
            "note": self.note_edit,
            "satisfaction": self.satisfaction_bar,
        }.get(first or "")
        if focus is not None:
            focus.setFocus()

    def error_text(self, field: str) -> str:
        """The error shown for `field`, or "" (what the receptionist reads)."""
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _show_error(self, field: str, message: str) -> None:
        label = self.error_labels.get(field)
        if label is None:
            self._show_form_error(message)
            return
        shown = label.text() if not label.isHidden() else ""
        label.setText(f"{shown}\n{message}" if shown and message not in shown else message)
        label.show()

    def _clear_error(self, field: str) -> None:
        label = self.error_labels.get(field)
        if label is not None:
            label.clear()
            label.hide()

    def _show_form_error(self, message: str) -> None:
        self.form_error.setText(message)
        self.form_error.show()

    def _clear_errors(self) -> None:
        for label in set(self.error_labels.values()):
            label.clear()
            label.hide()
        self.form_error.clear()
        self.form_error.hide()

    # ---------------------------------------------------------------- staff, themes

    def _staff_chosen(self, _index: int) -> None:
        try:
            self._service.set_desk_staff(self.staff_combo.currentData())
        except ReceptionRefused:
            self.refresh()

    def _load_quick_themes(self) -> None:
        self._quick = self._service.quick_themes(self._site_id, n=len(self.quick_buttons))
        for i, b in enumerate(self.quick_buttons):
            if i < len(self._quick):
                theme = self._quick[i]
                b.setText(f"Alt+{i + 1}  {theme.name}")
                b.setToolTip(theme.label)
                b.show()
            else:
                b.hide()

    def _edit_themes(self) -> None:
        from citizenspace.views.reception.themes_dialog import ThemesDialog

        dialog = ThemesDialog(self._service, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    # ---------------------------------------------------------------- the queue

    def _focus_arrival(self) -> None:
        self.arrival_edit.setFocus()
        self.arrival_edit.selectAll()

    def add_arrival(self) -> None:
        """Someone arrives: into the queue, with a few words to call them by."""
        try:
            self._service.add_arrival(self.arrival_edit.text())
        except ReceptionRefused:
            return
        self.arrival_edit.clear()
        self._load_queue()
        self.channel_bar.setFocus()

    def _selected_waiting(self) -> WaitingRow | None:
        item = self.queue_list.currentItem()
        rows = self._queue
        if item is not None:
            wid = item.data(Qt.ItemDataRole.UserRole)
            for r in rows:
                if r.id == wid:
                    return r
        waiting = [r for r in rows if r.started_at is None]
        return waiting[0] if waiting else None

    def call_in(self) -> None:
        """Call the selected (else the first) visitor: the form takes their arrival, and
        their waiting ends now."""
        row = self._selected_waiting()
        if row is None:
            return
        try:
            row = self._service.call_in(row.id)
        except ReceptionRefused:
            self._load_queue()
            return
        self.reset_form()
        self._waiting_id = row.id
        self.channel_bar.set_value(row.channel)
        for name, value in (("arrived_at", row.arrived_at), ("started_at", row.started_at)):
            edit = self._time_edit(name)
            edit.blockSignals(True)
            edit.setDateTime(value)
            edit.blockSignals(False)
            self._touched.add(name)
        self._started = True
        self._load_queue()
        self.theme_edit.setFocus()

    def cancel_arrival(self) -> None:
        item = self.queue_list.currentItem()
        if item is None:
            return
        wid = item.data(Qt.ItemDataRole.UserRole)
        with contextlib.suppress(ReceptionRefused):  # gone already: the list catches up
            self._service.cancel_arrival(wid)
        if wid == self._waiting_id:
            self._waiting_id = None
        self._load_queue()

    def _load_queue(self) -> None:
        self._queue = self._service.waiting()
        self._render_queue()

    def _render_queue(self) -> None:
        current = self.queue_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.queue_list.clear()
        now = self._service.now()
        for r in self._queue:
            minutes = max(0, int((now - r.arrived_at).total_seconds() // 60))
            label = r.label or self.tr("(no label)")
            if r.started_at is None:
                text = (
                    self.tr("%1 — since %2, waiting %3 min")
                    .replace("%1", label)
                    .replace("%2", time_text(r.arrived_at))
                    .replace("%3", QLocale().toString(minutes))
                )
            else:
                text = (
                    self.tr("%1 — at the desk since %2")
                    .replace("%1", label)
                    .replace("%2", time_text(r.started_at))
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.queue_list.addItem(item)
            if r.id == keep:
                self.queue_list.setCurrentItem(item)

    def tick_queue(self) -> None:
        """Update the waiting minutes (called every 15 seconds)."""
        self._render_queue()

    def _load_today(self) -> None:
        rows = self._service.today_log(self._site_id)
        self.today_model.set_rows(rows)
        self.today_count.setText(self.tr("%n visit(s) logged today", "", len(rows)))

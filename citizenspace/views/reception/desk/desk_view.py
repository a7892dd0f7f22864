"""The reception desk: log a visit, a call, an e-mail or a letter in a few keystrokes.

Built for a receptionist who logs all day long with a queue in front of them: every field is
reached with Tab, chosen with one key (numbers for channel, outcome and satisfaction), the
theme is found by typing a few letters (or Alt+1...Alt+6 for the most frequent ones), the
competent service appears at once, and Ctrl+Enter (or Enter on the last field) saves. A
refused visit keeps the form as typed, with the reason next to the field; nothing is saved.

The form's widgets are laid out in `desk_form`, the queue and today's log in `queue_panel`;
this page holds what happens between them.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain import catalog as c
from citizenspace.domain.reception.visits import ThemeEntry, VisitDraft, VisitError, search_themes
from citizenspace.services.common.errors import ServiceError
from citizenspace.services.reception.reception import ReceptionRefused, Suggestion, VisitRefused
from citizenspace.views.common.forms import FORM_STYLE, show_error
from citizenspace.views.common.labels import enum_label
from citizenspace.views.reception.desk.desk_form import DeskForm
from citizenspace.views.reception.desk.queue_panel import QueuePanel
from citizenspace.views.reception.themes_dialog import ThemesDialog
from citizenspace.views.reception.words import time_text, visit_error_text

if TYPE_CHECKING:
    from citizenspace.views.common.context import Services

#: Untouched time fields follow the clock until the receptionist starts a visit.
_CLOCK_TICK_MS = 15_000
CONFIRMATION_MS = 6_000
# The form's share of the desk's width, and the widest it gets (wider reads worse).
FORM_SHARE = 0.6
FORM_MAX_WIDTH = 760
# What the queue and today's log keep at least.
SIDE_MIN_WIDTH = 330


class DeskView(QWidget, DeskForm):
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
        self._suggestions: dict[str, Suggestion] = {}
        #: Time fields the receptionist typed in: they stop following the clock.
        self._touched: set[str] = set()
        self._started = False
        self.setStyleSheet(
            FORM_STYLE + 'QLabel[role="confirmation"] { color: #1b5e20; font-weight: bold; }'
        )
        self._build()
        self._clock = QTimer(self)
        self._clock.setInterval(_CLOCK_TICK_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self.confirmation.clear)
        # On a short screen the form scrolls: the field with the focus is always in sight,
        # however it got there (Tab, a digit key, a theme picked, a refusal).
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        self.refresh()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 10, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)
        self.splitter.addWidget(self._build_form())
        self.queue = QueuePanel(self._service)
        self.queue.arrived.connect(self.channel_bar.setFocus)
        self.queue.call_requested.connect(self.call_in)
        self.queue.cancel_requested.connect(self.cancel_arrival)
        # What the receptionist (and the tests) reach from the desk itself.
        self.arrival_edit = self.queue.arrival_edit
        self.queue_list = self.queue.list
        self.today_model = self.queue.today_model
        side = QWidget()
        side.setObjectName("deskSide")
        side_col = QVBoxLayout(side)
        side_col.setContentsMargins(10, 0, 0, 0)
        side_col.addLayout(self._build_staff_row())
        side_col.addWidget(self.queue, 1)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # The form takes what it needs, up to a readable width; the queue and today's log the
        # rest, until the receptionist moves the handle.
        self._split_by_hand = False
        self.splitter.splitterMoved.connect(self._split_moved)

        order = self._tab_order()
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
        self._split()
        QTimer.singleShot(0, self.channel_bar.setFocus)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._split()

    def _split_moved(self, _pos: int, _index: int) -> None:
        self._split_by_hand = True

    def _split(self) -> None:
        """Share the width between the form and the queue, unless the receptionist did."""
        if self._split_by_hand:
            return
        total = self.splitter.width() - self.splitter.handleWidth()
        form_min = self.splitter.widget(0).minimumSizeHint().width()
        side_min = max(SIDE_MIN_WIDTH, self.splitter.widget(1).minimumSizeHint().width())
        form = max(form_min, min(round(total * FORM_SHARE), FORM_MAX_WIDTH, total - side_min))
        if self.splitter.sizes() != [form, total - form]:
            self.splitter.blockSignals(True)
            self.splitter.setSizes([form, total - form])
            self.splitter.blockSignals(False)

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
        self.form_scroll.verticalScrollBar().setValue(0)
        self.channel_bar.setFocus()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.form_box.isAncestorOf(new):
            self.form_scroll.ensureWidgetVisible(new, 0, 8)

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
        # Who runs it and how to reach them on a line, then where and when.
        lines = [
            " · ".join(x for x in (s.body_name or enum_label(s.competence), s.phone, s.email) if x)
        ]
        lines.extend(x for x in (s.address, s.hours) if x)
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
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
            show_error(self.form_error, self.tr("The visit could not be saved. Nothing was saved."))
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
        focus = self.field_widgets.get(first or "")
        if focus is not None:
            focus.setFocus()

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
                self.quick_box.set_text(i, f"{i + 1}  {theme.name}")
                b.setToolTip(
                    self.tr("Alt+%1: %2").replace("%1", str(i + 1)).replace("%2", theme.label)
                )
                b.show()
            else:
                b.hide()
        self.quick_box.setVisible(bool(self._quick))

    def _edit_themes(self) -> None:
        dialog = ThemesDialog(self._service, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    # ---------------------------------------------------------------- the queue

    def _focus_arrival(self) -> None:
        self.arrival_edit.setFocus()
        self.arrival_edit.selectAll()

    def add_arrival(self) -> None:
        """Someone arrives: into the queue, with a few words to call them by."""
        self.queue.add_arrival()

    def call_in(self) -> None:
        """Call the selected (else the first) visitor: the form takes their arrival, and
        their waiting ends now."""
        row = self.queue.selected()
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
        wid = self.queue.current_id()
        if wid is None:
            return
        with contextlib.suppress(ReceptionRefused):  # gone already: the list catches up
            self._service.cancel_arrival(wid)
        if wid == self._waiting_id:
            self._waiting_id = None
        self._load_queue()

    def _load_queue(self) -> None:
        self.queue.load()

    def tick_queue(self) -> None:
        """Update the waiting minutes (called every 15 seconds)."""
        self.queue.render()

    def _load_today(self) -> None:
        rows = self._service.today_log(self._site_id)
        self.queue.show_today(rows, self.tr("%n visit(s) logged today", "", len(rows)))

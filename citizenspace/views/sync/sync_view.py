"""The Sync page: where this computer stands with the shared folder, the computers it has
heard from, and the review of conflicts — two people changed the same thing on two
computers without seeing each other's change, and a coordinator says which value is right.

The page reads the local database only (quick); the exchange itself runs in the background
through the `SyncController`, and so does a coordinator's decision (it writes while a round
may be applying changes).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.sync.sync import (
    AlarmRow,
    ConflictRow,
    DeviceSeen,
    LastRound,
    RetireError,
    RetireRefused,
    SyncService,
    SyncSummary,
)
from citizenspace.views.common.dialogs import ask_yes_no
from citizenspace.views.common.pages import card, scrolling_page, titled_column
from citizenspace.views.common.tables import DataTable
from citizenspace.views.common.tasks import BackgroundTask, run_in_background
from citizenspace.views.sync import sync_texts
from citizenspace.views.sync.sync_controller import SyncController
from citizenspace.views.sync.sync_models import COL_NAME, ConflictsModel, DevicesModel
from citizenspace.views.sync.sync_widgets import _ValueSide, message, say

log = logging.getLogger(__name__)

_AnyIndex = QModelIndex | QPersistentModelIndex


class SyncView(QWidget):
    """The Sync page."""

    # The user asked to change the shared folder: the window opens Settings.
    open_settings = Signal()
    # A conflict was settled (after the decision was saved).
    resolved = Signal(str)

    def __init__(
        self,
        service: SyncService,
        controller: SyncController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._controller = controller
        self._task: BackgroundTask | None = None
        self._folder = ""
        # Between the controller's `started` and `finished` (its task is still "running"
        # while `finished` is delivered).
        self._exchanging = controller.busy
        self.setObjectName("syncView")

        # --- the exchange
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_button = QPushButton(self.tr("Change in Settings…"))
        self.settings_button.clicked.connect(self.open_settings)
        folder_row = QHBoxLayout()
        folder_row.setSpacing(12)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)

        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("primary")
        self.sync_button.clicked.connect(lambda: self._controller.sync_now())
        self.usb_button = QPushButton(self.tr("Sync, then remove the USB stick"))
        self.usb_button.setToolTip(
            self.tr(
                "Also sends the ballots kept back until there are enough of them, then tells "
                "you when the stick can be removed."
            )
        )
        self.usb_button.clicked.connect(lambda: self._controller.sync_now(for_usb=True))
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.usb_button)
        buttons.addStretch(1)

        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("muted")
        self.pending_label.setWordWrap(True)
        self.problem_label = message("error")
        self.notes_label = QLabel()
        self.notes_label.setObjectName("fieldWarning")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)  # it names files of the share
        self.notes_label.hide()
        self.usb_label = message("success")

        exchange_card, exchange_box = card(self.tr("Exchanges"))
        exchange_box.addLayout(folder_row)
        exchange_box.addSpacing(6)
        exchange_box.addWidget(self.last_label)
        exchange_box.addWidget(self.pending_label)
        exchange_box.addWidget(self.problem_label)
        exchange_box.addWidget(self.notes_label)
        exchange_box.addSpacing(6)
        exchange_box.addLayout(buttons)
        exchange_box.addWidget(self.usb_label)

        # --- the conflicts
        self.conflicts_model = ConflictsModel(self)
        self.conflicts_list = QListView()
        self.conflicts_list.setObjectName("conflictsList")
        self.conflicts_list.setModel(self.conflicts_model)
        self.conflicts_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts_list.setAccessibleName(self.tr("Conflicts to review"))
        self.conflicts_list.setMinimumWidth(240)
        self.conflicts_list.setMaximumWidth(320)
        self.conflicts_list.setMinimumHeight(180)
        self.conflicts_list.setSpacing(3)
        self.conflicts_list.selectionModel().currentChanged.connect(self._show_conflict)

        self.conflict_title = QLabel()
        self.conflict_title.setObjectName("cardHeading")
        self.conflict_title.setWordWrap(True)
        self.kept_side = _ValueSide()
        self.other_side = _ValueSide()
        self.kept_side.keep_button.setText(self.tr("Keep this value"))
        self.other_side.keep_button.setText(self.tr("Keep this value"))
        self.kept_side.badge.setText(self.tr("Shown now"))
        self.other_side.badge.setText(self.tr("Set aside"))
        # The value in use stands out; the one set aside reads as a plain note.
        self.kept_side.setProperty("accent", True)
        self.other_side.badge.setObjectName("muted")
        self.kept_side.keep_button.clicked.connect(lambda: self._decide(keep_other=False))
        self.other_side.keep_button.clicked.connect(lambda: self._decide(keep_other=True))
        sides = QHBoxLayout()
        sides.setSpacing(14)
        sides.addWidget(self.kept_side, 1)
        sides.addWidget(self.other_side, 1)
        self.decision_label = message("success")
        panel = QWidget()
        panel_box = QVBoxLayout(panel)
        panel_box.setContentsMargins(0, 0, 0, 0)
        panel_box.setSpacing(10)
        panel_box.addWidget(self.conflict_title)
        panel_box.addLayout(sides, 1)
        self.panel = panel

        self.no_conflict_label = QLabel(
            self.tr("No conflict: the computers agree on everything they exchanged.")
        )
        self.no_conflict_label.setObjectName("muted")
        self.no_conflict_label.setWordWrap(True)
        review = QHBoxLayout()
        review.setSpacing(16)
        review.addWidget(self.conflicts_list)
        review.addWidget(panel, 1)
        self.review = QWidget()
        self.review.setLayout(review)
        review.setContentsMargins(0, 0, 0, 0)

        conflicts_card, conflicts_box = card(self.tr("Conflicts to review"))
        self.conflicts_intro = QLabel(
            self.tr(
                "Two computers changed the same information without seeing each other's "
                "change. Choose the right value: your choice is sent to every computer at the "
                "next exchange."
            )
        )
        self.conflicts_intro.setObjectName("muted")
        self.conflicts_intro.setWordWrap(True)
        self.conflicts_heading = conflicts_card.findChild(QLabel, "cardHeading")
        conflicts_box.addWidget(self.conflicts_intro)
        conflicts_box.addWidget(self.no_conflict_label)
        conflicts_box.addWidget(self.review)
        conflicts_box.addWidget(self.decision_label)

        # --- the computers
        self.devices_model = DevicesModel(self)
        self.devices_table = DataTable(self.devices_model)
        self.devices_table.setObjectName("devicesTable")
        self.devices_table.setAccessibleName(self.tr("Computers seen"))
        self.devices_table.fit_to_contents(stretch=COL_NAME)
        devices_card, devices_box = card(self.tr("Computers seen"))
        devices_box.addWidget(self.devices_table)
        self.retire_button = QPushButton(self.tr("Retire this computer…"))
        self.retire_button.setEnabled(False)
        self.retire_button.clicked.connect(self.retire_selected)
        retire_help = QLabel(
            self.tr(
                "For a computer that will not come back (lost, broken, replaced): the "
                "shared folder no longer keeps, for it, changes that the others have all "
                "received, nor the names erased since."
            )
        )
        retire_help.setObjectName("muted")
        retire_help.setWordWrap(True)
        retire_row = QHBoxLayout()
        retire_row.addWidget(self.retire_button, 0, Qt.AlignmentFlag.AlignTop)
        retire_row.addWidget(retire_help, 1)
        devices_box.addLayout(retire_row)
        self.retire_label = message("")
        devices_box.addWidget(self.retire_label)
        self.devices_table.selectionModel().selectionChanged.connect(self._device_chosen)

        # --- the alarms
        self.alarms_label = QLabel()
        self.alarms_label.setWordWrap(True)
        self.alarms_label.setTextFormat(Qt.TextFormat.PlainText)
        alarms_card, alarms_box = card(self.tr("Warnings"))
        alarms_box.addWidget(self.alarms_label)

        content = QWidget()
        column = titled_column(
            content,
            self.tr("Sync"),
            self.tr(
                "Exchange changes with the city's other computers through the shared folder "
                "or a USB stick."
            ),
            margins=(40, 32, 40, 32),
        )
        column.setSpacing(16)
        column.addSpacing(4)
        column.addWidget(exchange_card)
        column.addWidget(conflicts_card)
        column.addWidget(devices_card)
        column.addWidget(alarms_card)
        column.addStretch(1)
        self.scroll = scrolling_page(self, content, max_width=1040)

        controller.started.connect(self._round_started)
        controller.finished.connect(self._round_finished)
        controller.usb_finished.connect(self._usb_finished)
        self.refresh()

    # ------------------------------------------------------------------ reading

    @property
    def busy(self) -> bool:
        """A decision is being saved."""
        return self._task is not None and self._task.running

    def refresh(self) -> None:
        """Read everything again from this computer's database (quick: no share access)."""
        self._folder = self._service.share_folder()
        self._show_folder()
        self._show_last(self._service.last_round(), self._service.pending())
        self._show_conflicts(self._service.conflicts())
        self.devices_model.set_rows(self._service.devices())
        self.devices_table.fit_rows()  # as tall as its lines: the page scrolls, not the table
        self._device_chosen()
        self._show_alarms(self._service.alarms())

    def _show_folder(self) -> None:
        if self._folder:
            self.folder_label.setText(self.tr("Shared folder: %1").replace("%1", self._folder))
        else:
            self.folder_label.setText(
                self.tr(
                    "No shared folder is chosen yet: everything is kept on this computer. "
                    "Choose one in Settings to exchange changes with the other computers."
                )
            )
        idle = not self._exchanging
        self.sync_button.setEnabled(bool(self._folder) and idle)
        self.usb_button.setEnabled(bool(self._folder) and idle)

    def _show_last(self, last: LastRound, pending: int) -> None:
        if last.last_success is None:
            self.last_label.setText(self.tr("No successful exchange yet."))
        else:
            self.last_label.setText(
                self.tr("Last successful exchange: %1").replace(
                    "%1", sync_texts.moment(last.last_success)
                )
            )
        if not self._folder:
            self.pending_label.hide()
        else:
            self.pending_label.show()
            if pending:
                self.pending_label.setText(sync_texts.pending_short(pending))
            else:
                self.pending_label.setText(
                    self.tr("Everything recorded on this computer has been shared.")
                )
        if last.problem is not None and self._folder:
            lines = [sync_texts.problem_text(last.problem)]
            if last.problem_when is not None:
                attempt = self.tr("Last attempt: %1.")
                lines.insert(0, attempt.replace("%1", sync_texts.moment(last.problem_when)))
            say(self.problem_label, "\n".join(lines))
        else:
            say(self.problem_label, "")
        notes = []
        if last.rejected:
            notes.append(sync_texts.rejected_text(len(last.rejected)))
        if last.skipped:
            notes.append(sync_texts.skipped_text(last.skipped))
        if last.held_back:
            notes.append(sync_texts.held_back_text(len(last.held_back)))
        summary = self._controller.last
        if summary is not None and summary.identity_left:
            notes.append(sync_texts.copy_found_text())
        if summary is not None and summary.rejoined:
            notes.append(sync_texts.rejoined_text())
        if summary is not None and summary.gaps:
            notes.append(sync_texts.gaps_text(len({g.split("/")[0] for g in summary.gaps})))
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _show_conflicts(self, rows: list[ConflictRow]) -> None:
        current = self.current_conflict()
        self.conflicts_model.set_rows(rows)
        count = len(rows)
        if self.conflicts_heading is not None:
            if count:
                self.conflicts_heading.setText(
                    self.tr("Conflicts to review (%1)").replace("%1", str(count))
                )
            else:
                self.conflicts_heading.setText(self.tr("Conflicts to review"))
        self.no_conflict_label.setVisible(not rows)
        self.conflicts_intro.setVisible(bool(rows))
        self.review.setVisible(bool(rows))
        if not rows:
            self._show_conflict(QModelIndex())
            return
        row = self.conflicts_model.row_of(current.id) if current else -1
        self.conflicts_list.setCurrentIndex(self.conflicts_model.index(max(row, 0), 0))
        self._show_conflict(self.conflicts_list.currentIndex())

    def current_conflict(self) -> ConflictRow | None:
        index = self.conflicts_list.currentIndex()
        if not index.isValid() or index.row() >= self.conflicts_model.rowCount():
            return None
        return self.conflicts_model.row_at(index.row())

    def _show_conflict(self, index: _AnyIndex, _previous: object = None) -> None:
        if not index.isValid():
            self.conflict_title.setText("")
            for side in (self.kept_side, self.other_side):
                side.keep_button.setEnabled(False)
            return
        c = self.conflicts_model.row_at(index.row())
        self.conflict_title.setText(sync_texts.conflict_title(c.table_name, c.label, c.field))
        for side, value, name, device, mine in (
            (
                self.kept_side,
                c.kept_value,
                c.kept_device_name,
                c.kept_device,
                c.kept_is_this_machine,
            ),
            (
                self.other_side,
                c.other_value,
                c.other_device_name,
                c.other_device,
                c.other_is_this_machine,
            ),
        ):
            side.device_label.setText(
                self.tr("Written on %1").replace("%1", sync_texts.device_text(name, device, mine))
            )
            side.value_label.setText(sync_texts.value_text(value))
            side.keep_button.setEnabled(not self.busy)
            side.keep_button.setAccessibleName(
                self.tr("Keep “%1”").replace("%1", sync_texts.value_text(value))
            )

    def chosen_device(self) -> DeviceSeen | None:
        rows = self.devices_table.selectionModel().selectedRows()
        return self.devices_model.row_at(rows[0].row()) if rows else None

    def _device_chosen(self, *_args: object) -> None:
        d = self.chosen_device()
        self.retire_button.setEnabled(
            d is not None and not d.this_machine and d.retired_on is None and bool(self._folder)
        )

    def ask_confirm(self, title: str, text: str) -> bool:
        """Replaced by tests."""
        return ask_yes_no(self, title, text)

    def retire_selected(self) -> None:
        d = self.chosen_device()
        if d is None or d.this_machine:
            return
        name = sync_texts.device_text(d.name, d.device_id, False)
        if not self.ask_confirm(
            self.tr("Retire %1").replace("%1", name),
            self.tr(
                "Retire %1 from the shared folder? Do this only for a computer that will not "
                "come back. The shared folder will no longer keep, for it, what the others "
                "have all received. If it comes back all the same, it first sends what it had "
                "not sent, then starts again from the city's latest snapshot."
            ).replace("%1", name),
        ):
            return
        self.retire_button.setEnabled(False)
        service = self._service
        self._task = run_in_background(
            self,
            lambda progress: service.retire_device(d.device_id),
            on_done=lambda _result: self._retired(name),
            on_error=self._retire_failed,
        )

    def _retired(self, name: str) -> None:
        self._task = None
        say(
            self.retire_label,
            self.tr(
                "%1 is retired. The other computers take it into account at their next exchange."
            ).replace("%1", name),
            "success",
        )
        self.refresh()

    def _retire_failed(self, exc: BaseException) -> None:
        self._task = None
        if isinstance(exc, RetireRefused) and exc.code is RetireError.UNREACHABLE:
            text = self.tr(
                "The shared folder cannot be reached: nothing was changed. Try again when it is."
            )
        else:
            log.error("retirement not saved", exc_info=(type(exc), exc, exc.__traceback__))
            text = self.tr("The computer could not be retired. The details are in the log file.")
        say(self.retire_label, text, "error")
        self.refresh()

    def _show_alarms(self, alarms: list[AlarmRow]) -> None:
        if not alarms:
            self.alarms_label.setText(self.tr("Nothing to report."))
            self.alarms_label.setObjectName("muted")
        else:
            lines = []
            for alarm in alarms:
                when = sync_texts.moment(alarm.noticed_at) if alarm.noticed_at else ""
                text = sync_texts.alarm_text(alarm)
                lines.append(
                    self.tr("• %1 (%2)").replace("%1", text).replace("%2", when) if when else text
                )
            self.alarms_label.setText("\n".join(lines))
            self.alarms_label.setObjectName("")
        self.alarms_label.style().unpolish(self.alarms_label)
        self.alarms_label.style().polish(self.alarms_label)

    # ------------------------------------------------------------------ the exchange

    def _round_started(self, for_usb: bool) -> None:
        self._exchanging = True
        self.sync_button.setEnabled(False)
        self.usb_button.setEnabled(False)
        self.sync_button.setText(self.tr("Exchanging…"))
        if for_usb:
            say(
                self.usb_label,
                self.tr("Writing to the USB stick… Do not remove it yet."),
                "error",
            )

    def _round_finished(self, summary: SyncSummary) -> None:
        self._exchanging = False
        self.sync_button.setText(self.tr("Sync now"))
        self.refresh()

    def _usb_finished(self, summary: SyncSummary) -> None:
        """Say the stick may leave only when everything of ours is on it, verified."""
        if summary.problem is None and summary.pending == 0:
            text = self.tr("You can safely remove the USB stick.")
            if summary.rejected:
                text = " ".join([text, sync_texts.rejected_text(len(summary.rejected))])
            say(self.usb_label, text, "success")
            return
        if summary.problem is not None:
            # The problem itself is told just above, in the exchange's own message.
            reason = self.tr("The exchange did not go through (see above).")
        else:
            reason = self.tr(
                "%Ln change(s) of this computer are not on the stick yet. Sync again.",
                "",
                summary.pending,
            )
        say(
            self.usb_label,
            self.tr("Do not remove the USB stick yet. %1").replace("%1", reason),
            "error",
        )

    # ------------------------------------------------------------------ decisions

    def _decide(self, keep_other: bool) -> None:
        """Save the coordinator's choice in the background: a round may be writing."""
        conflict = self.current_conflict()
        if conflict is None or self.busy:
            return
        for side in (self.kept_side, self.other_side):
            side.keep_button.setEnabled(False)
        kept = conflict.other_value if keep_other else conflict.kept_value
        service = self._service
        self._task = run_in_background(
            self,
            lambda progress: service.resolve(conflict.id, keep_other),
            on_done=lambda _result: self._decided(conflict, kept),
            on_error=self._decision_failed,
        )

    def _decided(self, conflict: ConflictRow, kept: object) -> None:
        # The task still counts as running while its result is delivered: without this, the
        # conflicts left (a third value) would be shown with their buttons disabled.
        self._task = None
        say(
            self.decision_label,
            self.tr("“%1” is kept for %2. The other computers will follow at the next exchange.")
            .replace("%1", sync_texts.value_text(kept))
            .replace(
                "%2", sync_texts.conflict_title(conflict.table_name, conflict.label, conflict.field)
            ),
            "success",
        )
        self.refresh()
        self.resolved.emit(conflict.id)

    def _decision_failed(self, exc: BaseException) -> None:
        log.error("conflict decision not saved", exc_info=(type(exc), exc, exc.__traceback__))
        self._task = None
        say(
            self.decision_label,
            self.tr("Your choice could not be saved. The details are in the log file."),
            "error",
        )
        self.refresh()

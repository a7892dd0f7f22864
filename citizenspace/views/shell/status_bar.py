"""The status bar: where this computer is, what it is called, and how its sync stands.

Reading the state touches the share folder, and a network folder that went away can block
for many seconds on Windows: the reading runs in the background (views.tasks), never on the
GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from citizenspace.services.shell.status import StatusService, StatusSnapshot, SyncState
from citizenspace.services.sync.sync import SyncProblem
from citizenspace.views.common.tasks import BackgroundTask, run_in_background
from citizenspace.views.sync import sync_texts

log = logging.getLogger(__name__)

# How often the bar looks again, in milliseconds: the share comes and goes.
REFRESH_INTERVAL_MS = 30_000


class StatusBarWidgets(QObject):
    """The three permanent labels of the main window's status bar, kept up to date."""

    # Emitted on the GUI thread after each successful reading.
    refreshed = Signal(object)

    def __init__(
        self,
        status: StatusService,
        bar: QStatusBar,
        interval_ms: int = REFRESH_INTERVAL_MS,
    ) -> None:
        super().__init__(bar)
        self._status = status
        self._task: BackgroundTask | None = None
        self._again = False
        self._syncing = False
        self.last: StatusSnapshot | None = None

        self.site_label = QLabel(self.tr("Site: …"))
        self.site_label.setObjectName("statusSite")
        self.device_label = QLabel(self.tr("Computer: …"))
        self.device_label.setObjectName("statusDevice")
        self.sync_label = QLabel(self.tr("Sync: …"))
        self.sync_label.setObjectName("statusSync")
        # The line may be cut in a narrow window, or while start-up's work shows beside it:
        # its tooltip says it all (`sync_tooltip`), and what needs a look comes first.
        self.sync_label.setProperty("elidedOnPurpose", True)
        self.sync_label.setMinimumWidth(120)
        self.sync_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (self.site_label, self.device_label, self.sync_label):
            label.setProperty("statusItem", True)
        bar.addPermanentWidget(self.site_label)
        bar.addPermanentWidget(self.device_label)
        bar.addPermanentWidget(self.sync_label, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def refresh(self) -> None:
        """Read the state again in the background; the labels change when it arrives."""
        if self.busy:
            self._again = True
            return
        self._task = run_in_background(
            self,
            lambda progress: self._status.snapshot(),
            on_done=self._show,
            on_error=self._failed,
        )

    def show_snapshot(self, snap: StatusSnapshot) -> None:
        """Show a state read elsewhere (start-up reads it while opening the database)."""
        self._show(snap)

    def _show(self, snap: StatusSnapshot) -> None:
        self.last = snap
        if snap.site_name:
            self.site_label.setText(self.tr("Site: %1").replace("%1", snap.site_name))
        else:
            self.site_label.setText(self.tr("Site: not chosen"))
        self.device_label.setText(self.tr("Computer: %1").replace("%1", snap.device_name))
        self._show_sync()
        self.refreshed.emit(snap)
        self._maybe_again()

    def set_syncing(self, syncing: bool) -> None:
        """Say that an exchange is under way (the sync controller calls this); the next
        reading tells how it went."""
        self._syncing = syncing
        if self.last is not None:
            self._show_sync()

    def _show_sync(self) -> None:
        snap = self.last
        assert snap is not None
        self.sync_label.setText(self.sync_text(snap))
        self.sync_label.setProperty("syncState", self.sync_style(snap))
        self.sync_label.setToolTip(self.sync_tooltip(snap))
        self.sync_label.style().unpolish(self.sync_label)
        self.sync_label.style().polish(self.sync_label)

    def _failed(self, exc: BaseException) -> None:
        log.error("could not read the status", exc_info=(type(exc), exc, exc.__traceback__))
        self.sync_label.setText(self.tr("Sync: the status could not be read (see the log)"))
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.refresh)

    def sync_text(self, snap: StatusSnapshot) -> str:
        """The sync state in a receptionist's words: when this computer last exchanged its
        changes, or what stands in the way; then what is waiting, and what needs a look.

        Without a shared folder nothing is waiting for anything (the computer simply works
        on its own), so no count is shown."""
        if snap.sync_state is SyncState.NOT_CONFIGURED:
            return self.tr("Sync: no shared folder — everything is kept on this computer.")
        if self._syncing:
            parts = [self.tr("Exchanging changes with the shared folder…")]
        elif snap.sync_state is SyncState.UNREACHABLE:
            parts = [sync_texts.problem_short(SyncProblem.UNREACHABLE)]
        elif snap.last_problem is not None:
            parts = [sync_texts.problem_short(snap.last_problem)]
        else:
            parts = [sync_texts.synced_at(snap.last_success)]
        # What needs a look first: a narrow window cuts the end of the line.
        if snap.conflicts_open:
            parts.append(sync_texts.conflicts_short(snap.conflicts_open))
        if snap.rejected_files:
            parts.append(sync_texts.rejected_short(snap.rejected_files))
        if snap.skipped_entries:
            parts.append(sync_texts.skipped_short(snap.skipped_entries))
        if snap.pending_changes:
            parts.append(sync_texts.pending_short(snap.pending_changes))
        # Separate statements side by side, each translated whole.
        return " · ".join(parts)

    @staticmethod
    def sync_style(snap: StatusSnapshot) -> str:
        """The look of the label (see the theme): amber when something needs a look."""
        if snap.sync_state is SyncState.NOT_CONFIGURED:
            return SyncState.NOT_CONFIGURED.value
        attention = (
            snap.sync_state is SyncState.UNREACHABLE
            or snap.last_problem is not None
            or snap.rejected_files
            or snap.skipped_entries
            or snap.conflicts_open
        )
        return SyncState.UNREACHABLE.value if attention else SyncState.READY.value

    def sync_tooltip(self, snap: StatusSnapshot) -> str:
        """The whole state (the label may be cut in a narrow window), the folder in use and
        the last successful exchange; or where to set a folder."""
        if snap.sync_state is SyncState.NOT_CONFIGURED:
            return self.tr(
                "To exchange changes with the city's other computers, choose a shared "
                "folder in Settings."
            )
        lines = [self.sync_text(snap), snap.share_folder]
        if snap.last_success is not None:
            lines.append(
                self.tr("Last successful exchange: %1").replace(
                    "%1", sync_texts.moment(snap.last_success)
                )
            )
        return "\n".join(lines)

"""The Personal data page's card "What would be anonymised today": the preview of what the
daily run blanks (counted in the background: most of a second on a million visits), when it
last ran, and "Anonymise now" (counted, asked, then run behind a progress dialog with Cancel,
`long_work`). A part of `PrivacyView`, in its words (translation context "PrivacyView").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from citizenspace.services.privacy.privacy import AnonymisationReport, KindCount
from citizenspace.views.common import pages
from citizenspace.views.common.tasks import BackgroundTask, run_in_background
from citizenspace.views.privacy import words
from citizenspace.views.privacy.long_work import run_with_progress

if TYPE_CHECKING:
    from citizenspace.services.privacy.privacy import PrivacyService

log = logging.getLogger(__name__)


class TodayCard:
    """Mixed into `PrivacyView`, which gives it its service, `ask_confirm`, `_say`,
    `refresh` and `busy`."""

    service: PrivacyService
    ask_confirm: Callable[[str, str], bool]
    _preview_task: BackgroundTask | None
    _preview_again: bool
    _long_task: BackgroundTask | None
    busy: bool

    def _say(self, label: QLabel, text: str, ok: bool) -> None:
        raise NotImplementedError

    # The counted texts are the page's own (`self.tr` with plurals, which the translation
    # tools find only in the class itself).
    def _records_text(self, n: int) -> str:
        raise NotImplementedError

    def _held_back_text(self, n: int) -> str:
        raise NotImplementedError

    def _blank_question(self, n: int) -> str:
        raise NotImplementedError

    def _anonymised_text(self, n: int) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def _today_card(self) -> QFrame:
        card, layout = pages.card(
            QCoreApplication.translate("PrivacyView", "What would be anonymised today"),
            QCoreApplication.translate(
                "PrivacyView",
                "Runs by itself once a day when the application starts. Rows stay, so "
                "every count and indicator stays the same; only personal fields are blanked.",
            ),
        )
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_run_label = QLabel()
        self.last_run_label.setObjectName("muted")
        self.anonymise_button = QPushButton(
            QCoreApplication.translate("PrivacyView", "Anonymise now")
        )
        self.anonymise_button.clicked.connect(self.anonymise_now)
        self.today_message = QLabel()
        self.today_message.setObjectName("message")
        self.today_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.anonymise_button)
        row.addWidget(self.today_message, 1)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.last_run_label)
        layout.addLayout(row)
        return card

    def _refresh_preview(self) -> None:
        """Count again, in the background: the labels change when the figures arrive."""
        if self._preview_task is not None and self._preview_task.running:
            self._preview_again = True
            return
        if not self.preview_label.text():
            self.preview_label.setText(QCoreApplication.translate("PrivacyView", "Counting…"))
        service = self.service
        self._preview_task = run_in_background(
            self,
            lambda _progress: (service.preview(), service.last_run()),
            on_done=self._show_preview,
            on_error=self._preview_failed,
        )
        self._preview_task.finished.connect(self._preview_ended)

    def _preview_ended(self) -> None:
        if self._preview_again:
            self._preview_again = False
            self._refresh_preview()

    def _preview_failed(self, exc: BaseException) -> None:
        log.error("could not count the preview", exc_info=(type(exc), exc, exc.__traceback__))
        self.preview_label.setText(
            QCoreApplication.translate(
                "PrivacyView", "The figures could not be read. The details are in the log file."
            )
        )

    def _show_preview(self, read: tuple[tuple[KindCount, ...], date | None]) -> None:
        counts, last = read
        lines = []
        for count in counts:
            if not (count.rows or count.blocked):
                continue
            line = QCoreApplication.translate("PrivacyView", "%1: %2").replace(
                "%1", words.kind_name(count.kind)
            )
            line = line.replace("%2", self._records_text(count.rows))
            if count.blocked:
                line += " " + self._held_back_text(count.blocked)
            lines.append(line)
        self.preview_label.setText(
            "\n".join(lines)
            or QCoreApplication.translate("PrivacyView", "Nothing has passed its period today.")
        )
        if last is None:
            self.last_run_label.setText(
                QCoreApplication.translate("PrivacyView", "Not run on this computer yet.")
            )
        else:
            day = QLocale().toString(
                QDate(last.year, last.month, last.day), QLocale.FormatType.LongFormat
            )
            self.last_run_label.setText(
                QCoreApplication.translate("PrivacyView", "Last automatic run: %1").replace(
                    "%1", day
                )
            )

    def anonymise_now(self) -> None:
        """Count what would be blanked (in the background), ask, then blank it behind a
        progress dialog (Cancel: nothing blanked)."""
        if self.busy and self._long_task is not None and self._long_task.running:
            return
        self.anonymise_button.setEnabled(False)
        service = self.service
        self._long_task = run_in_background(
            self,
            lambda _progress: sum(c.rows for c in service.preview()),
            on_done=self._confirm_anonymise,
            on_error=self._anonymise_failed,
        )

    def _confirm_anonymise(self, total: int) -> None:
        if total == 0:
            self.anonymise_button.setEnabled(True)
            self._say(
                self.today_message,
                QCoreApplication.translate("PrivacyView", "Nothing has passed its period today."),
                True,
            )
            return
        if not self.ask_confirm(
            QCoreApplication.translate("PrivacyView", "Anonymise now"),
            self._blank_question(total),
        ):
            self.anonymise_button.setEnabled(True)
            return
        service = self.service
        self._long_task = run_with_progress(
            self,
            QCoreApplication.translate("PrivacyView", "Anonymising…"),
            lambda step: service.anonymise_expired(progress=step),
            on_done=self._anonymised,
            on_cancelled=lambda: self._anonymise_stopped(
                QCoreApplication.translate("PrivacyView", "Cancelled: nothing was anonymised.")
            ),
            on_error=self._anonymise_failed,
        )

    def _anonymised(self, report: AnonymisationReport) -> None:
        self.anonymise_button.setEnabled(True)
        self._say(
            self.today_message,
            self._anonymised_text(report.total),
            True,
        )
        self.refresh()

    def _anonymise_failed(self, exc: BaseException) -> None:
        log.error("anonymisation failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._anonymise_stopped(
            QCoreApplication.translate(
                "PrivacyView",
                "The anonymisation failed; nothing was changed. The details are in the log file.",
            )
        )

    def _anonymise_stopped(self, text: str) -> None:
        self.anonymise_button.setEnabled(True)
        self._say(self.today_message, text, False)

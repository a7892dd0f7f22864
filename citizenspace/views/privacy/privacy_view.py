"""Personal data (GDPR): how long each kind is kept, what today's anonymisation will blank,
and one person's rights — find them, export what is held, erase it — with the record of
every export, erasure and anonymisation run.

Everything goes through `PrivacyService`. The two questions that block (a file to write,
"are you sure?") go through `ask_path` and `ask_confirm`, which a test answers.

What reads or writes much on a large database runs off the GUI thread: today's preview
(counting what expired, most of a second on a million visits), and the erasure and the
anonymisation behind a progress dialog with Cancel (`long_work`). `busy` says when such
work is under way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from citizenspace.domain.privacy import (
    DEFAULT_BACKUP_DAYS,
    MAX_BACKUP_DAYS,
    MAX_MONTHS,
    MIN_MONTHS,
    DataKind,
)
from citizenspace.services.common.errors import NotFound
from citizenspace.services.privacy.privacy import (
    ErasureReport,
    PersonHeld,
    PersonMatch,
    PrivacyError,
    PrivacyRefused,
)
from citizenspace.views.common import pages
from citizenspace.views.common.dialogs import ask_yes_no
from citizenspace.views.common.tables import DataTable
from citizenspace.views.common.tasks import BackgroundTask
from citizenspace.views.privacy import words
from citizenspace.views.privacy.audit_model import AuditModel
from citizenspace.views.privacy.long_work import run_with_progress
from citizenspace.views.privacy.today_card import TodayCard

if TYPE_CHECKING:
    from citizenspace.views.common.context import Services

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole
log = logging.getLogger(__name__)


class PrivacyView(QWidget, TodayCard):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = services.privacy
        #: (title, text) -> True to go on. Replaced by tests.
        self.ask_confirm: Callable[[str, str], bool] = self._confirm
        #: suggested file name -> chosen path ("" when cancelled). Replaced by tests.
        self.ask_path: Callable[[str], str] = self._choose_path
        self.ask_workbook_path: Callable[[str], str] = self._choose_workbook_path
        self._matches: list[PersonMatch] = []
        self._preview_task: BackgroundTask | None = None
        self._preview_again = False
        self._long_task: BackgroundTask | None = None

        content = QWidget()
        column = pages.titled_column(
            content,
            self.tr("Personal data"),
            self.tr(
                "How long the office keeps what it knows about people, and the rights of "
                "each person: see, export and erase what is held about them."
            ),
            margins=(0, 0, 0, 0),
        )
        column.setSpacing(16)
        column.addWidget(self._periods_card())
        column.addWidget(self._today_card())
        column.addWidget(self._person_card())
        column.addWidget(self._audit_card())
        column.addStretch(1)
        pages.scrolling_page(self, content, margins=(24, 16, 24, 16))

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)

    # ---------------------------------------------------------------- counted texts

    def _months_text(self, n: int) -> str:
        return self.tr("%n month(s)", "", n)

    def _days_text(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def _records_text(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)

    def _held_back_text(self, n: int) -> str:
        return self.tr("(%n more held back: the database does not allow it yet)", "", n)

    def _blank_question(self, n: int) -> str:
        return self.tr(
            "The personal fields of %n record(s) will be blanked for good, on this "
            "computer and, at the next sync, on the others. Counts stay the same.",
            "",
            n,
        )

    def _anonymised_text(self, n: int) -> str:
        return self.tr("%n record(s) anonymised.", "", n)

    def _held_text(self, held: PersonHeld) -> str:
        """What the records hold about a person besides their sheet ("2 visits, 1 ticket")."""
        parts = [
            (held.memberships, self.tr("%n seat(s) on a council", "", held.memberships)),
            (held.candidacies, self.tr("%n candidacy(ies)", "", held.candidacies)),
            (held.attendance, self.tr("%n attendance mark(s)", "", held.attendance)),
            (held.draws, self.tr("%n draw(s)", "", held.draws)),
            (held.visits, self.tr("%n visit(s)", "", held.visits)),
            (held.tickets, self.tr("%n ticket(s)", "", held.tickets)),
            (held.audit_entries, self.tr("%n audit entry(ies)", "", held.audit_entries)),
        ]
        return ", ".join(t for n, t in parts if n) or self.tr("their sheet only")

    # ---------------------------------------------------------------- cards

    def _periods_card(self) -> QFrame:
        card, layout = pages.card(
            self.tr("How long personal data is kept"),
            self.tr("For the whole city: every computer applies the same periods."),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(3, 1)
        self.spins: dict[DataKind, QSpinBox] = {}
        self.defaults: dict[DataKind, QLabel] = {}
        for row, kind in enumerate(DataKind):
            name = QLabel(words.kind_name(kind))
            name.setObjectName("fieldLabel")
            spin = QSpinBox()
            spin.setRange(MIN_MONTHS, MAX_MONTHS)
            spin.setSuffix(self.tr(" months"))
            spin.setAccessibleName(words.kind_name(kind))
            name.setBuddy(spin)
            default = QLabel()
            default.setObjectName("muted")
            explain = QLabel(words.kind_help(kind))
            explain.setObjectName("muted")
            explain.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(default, row, 2)
            grid.addWidget(explain, row, 3)
            self.spins[kind] = spin
            self.defaults[kind] = default
        row = len(DataKind)
        name = QLabel(self.tr("Backups"))
        name.setObjectName("fieldLabel")
        self.backup_spin = QSpinBox()
        self.backup_spin.setRange(1, MAX_BACKUP_DAYS)
        self.backup_spin.setSuffix(self.tr(" days"))
        self.backup_spin.setAccessibleName(self.tr("Backups"))
        name.setBuddy(self.backup_spin)
        default = QLabel(self.tr("default: %1").replace("%1", self._days_text(DEFAULT_BACKUP_DAYS)))
        default.setObjectName("muted")
        explain = QLabel(words.backups_help())
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        grid.addWidget(name, row, 0)
        grid.addWidget(self.backup_spin, row, 1)
        grid.addWidget(default, row, 2)
        grid.addWidget(explain, row, 3)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.save_periods_button = QPushButton(self.tr("Save the periods"))
        self.save_periods_button.setObjectName("primary")
        self.save_periods_button.clicked.connect(self.save_periods)
        self.periods_message = QLabel()
        self.periods_message.setObjectName("message")
        self.register_button = QPushButton(self.tr("Export the records of processing…"))
        self.register_button.setToolTip(
            self.tr(
                "A workbook for the city's register (GDPR article 30): each kind of data, "
                "what is blanked, how long it is kept and where it lives."
            )
        )
        self.register_button.clicked.connect(self.export_register)
        buttons.addWidget(self.save_periods_button)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.periods_message, 1)
        layout.addLayout(buttons)
        return card

    def _person_card(self) -> QFrame:
        card, layout = pages.card(
            self.tr("One person's data"),
            self.tr(
                "Someone asks what the office holds about them, or to be erased: find "
                "them by name, e-mail or phone."
            ),
        )
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, e-mail or phone (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.search_button)
        self.results = QListWidget()
        self.results.setMaximumHeight(120)
        self.results.currentRowChanged.connect(self._show_held)
        self.results.itemActivated.connect(lambda _item: self.export_button.setFocus())
        self.held_label = QLabel()
        self.held_label.setWordWrap(True)
        self.held_label.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button = QPushButton(self.tr("Erase…"))
        self.erase_button.setObjectName("danger")
        self.erase_button.clicked.connect(self.erase_selected)
        self.person_message = QLabel()
        self.person_message.setObjectName("message")
        self.person_message.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.person_message, 1)
        layout.addLayout(top)
        layout.addWidget(self.results)
        layout.addWidget(self.held_label)
        layout.addLayout(actions)
        self._show_held(-1)
        return card

    def _audit_card(self) -> QFrame:
        card, layout = pages.card(
            self.tr("Recent exports, erasures and anonymisations"),
            self.tr("The record kept for the city's data protection officer."),
        )
        self.audit_model = AuditModel(self._held_text, self)
        self.audit_table = DataTable(self.audit_model)
        self.audit_table.fit_to_contents(stretch=AuditModel.COL_DETAILS)
        self.audit_table.setMinimumHeight(160)
        layout.addWidget(self.audit_table)
        return card

    # ---------------------------------------------------------------- refresh

    def refresh(self) -> None:
        for setting in self.service.settings():
            self.spins[setting.kind].setValue(setting.months)
            self.defaults[setting.kind].setText(
                self.tr("default: %1").replace("%1", self._months_text(setting.default_months))
            )
        self.backup_spin.setValue(self.service.backup_days())
        self._refresh_preview()
        self._refresh_audit()
        if self.search_edit.text().strip():
            self.search()

    @property
    def busy(self) -> bool:
        """Counting today's preview, or erasing, or anonymising, in the background."""
        return any(t is not None and t.running for t in (self._preview_task, self._long_task))

    def _refresh_audit(self) -> None:
        self.audit_model.set_rows(self.service.recent_audit())

    # ---------------------------------------------------------------- periods

    def save_periods(self) -> None:
        try:
            for kind, spin in self.spins.items():
                if spin.value() != self.service.months(kind):
                    self.service.set_months(kind, spin.value())
            if self.backup_spin.value() != self.service.backup_days():
                self.service.set_backup_days(self.backup_spin.value())
        except PrivacyRefused as exc:
            if exc.code is PrivacyError.DAYS_OUT_OF_RANGE:
                text = self.tr("Backups are kept from 1 to %n day(s).", "", MAX_BACKUP_DAYS)
            else:
                text = self.tr("A period is from 1 to 120 months.")
            self._say(self.periods_message, text, False)
            return
        self._say(self.periods_message, self.tr("Periods saved."), True)
        self._refresh_preview()

    def register_rows(self) -> list[list[str]]:
        """The records of processing as the page states them, in the user's language."""
        periods = [(s.kind, self._months_text(s.months)) for s in self.service.settings()]
        return words.register_rows(periods, self._days_text(self.service.backup_days()))

    def export_register(self) -> None:
        path = self.ask_workbook_path(self.tr("records-of-processing.xlsx"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            written = self.service.write_register(
                path, self.tr("Personal data"), self.register_rows()
            )
        except PrivacyRefused:
            self._say(
                self.periods_message,
                self.tr("The file could not be written there. Choose another folder."),
                False,
            )
            return
        self._say(
            self.periods_message, self.tr("Exported to %1.").replace("%1", str(written)), True
        )

    # ---------------------------------------------------------------- one person

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def search(self) -> None:
        self._matches = self.service.find_people(self.search_edit.text())
        self.results.clear()
        for m in self._matches:
            text = " ".join(x for x in (m.first_name, m.last_name.upper()) if x)
            extra = ", ".join(x for x in (m.email, m.phone, m.district) if x)
            item = QListWidgetItem(f"{text} — {extra}" if extra else text)
            item.setData(PERSON_ID_ROLE, m.id)
            self.results.addItem(item)
        if self._matches:
            self.results.setCurrentRow(0)
            self.person_message.clear()
        else:
            self._show_held(-1)
            if self.search_edit.text().strip():
                self._say(self.person_message, self.tr("Nobody found."), False)

    def selected(self) -> PersonMatch | None:
        row = self.results.currentRow()
        return self._matches[row] if 0 <= row < len(self._matches) else None

    def _show_held(self, _row: int) -> None:
        match = self.selected()
        self.export_button.setEnabled(match is not None)
        self.erase_button.setEnabled(match is not None)
        if match is None:
            self.held_label.setText("")
            return
        self.held_label.setText(
            self.tr("Held: their sheet, %1.").replace("%1", self._held_text(match.held))
            if match.held != PersonHeld()
            else self.tr("Held: their sheet only.")
        )

    def _choose_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export what is held"),
            str(Path.home() / suggested),
            self.tr("JSON file (*.json)"),
        )
        return path

    def _choose_workbook_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the records of processing"),
            str(Path.home() / suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        return path

    def _confirm(self, title: str, text: str) -> bool:
        return ask_yes_no(self, title, text)

    def export_selected(self) -> None:
        match = self.selected()
        if match is None:
            return
        name = "-".join(x for x in (match.last_name, match.first_name) if x) or match.id[:8]
        path = self.ask_path(f"{name}.json")
        if not path:
            return
        try:
            written = self.service.export_person(match.id, path)
        except PrivacyRefused as exc:
            if exc.code is PrivacyError.EXPORT_NOT_WRITTEN:
                self._say(
                    self.person_message,
                    self.tr("The file could not be written there. Choose another folder."),
                    False,
                )
            return
        except NotFound:
            self._say(self.person_message, self.tr("This person is no longer here."), False)
            return
        self._say(self.person_message, self.tr("Exported to %1.").replace("%1", str(written)), True)
        self._refresh_audit()

    def erase_selected(self) -> None:
        match = self.selected()
        if match is None:
            return
        name = " ".join(x for x in (match.first_name, match.last_name) if x)
        if not self.ask_confirm(
            self.tr("Erase %1").replace("%1", name),
            self.tr(
                "Everything held about %1 will be erased for good: their sheet, %2. "
                "Their seats and candidacies are removed from the councils; their visits, "
                "attendance marks and tickets stay in the counts without their name or "
                "words. Other computers erase it at their next sync. Export first if they "
                "asked for a copy."
            )
            .replace("%1", name)
            .replace("%2", self._held_text(match.held)),
        ):
            return
        self.erase_button.setEnabled(False)
        self.export_button.setEnabled(False)
        service, person_id = self.service, match.id
        self._long_task = run_with_progress(
            self,
            self.tr("Erasing %1…").replace("%1", name),
            lambda step: service.erase_person(person_id, progress=step),
            on_done=lambda report: self._erased(name, report),
            on_cancelled=lambda: self._erase_stopped(
                self.tr("Cancelled: nothing was erased."), False
            ),
            on_error=self._erase_failed,
        )

    def _erased(self, name: str, report: ErasureReport) -> None:
        said = self.tr("%1 has been erased.").replace("%1", name)
        if report.backups_gone_on is not None:
            gone = report.backups_gone_on
            day = QLocale().toString(
                QDate(gone.year, gone.month, gone.day), QLocale.FormatType.LongFormat
            )
            said += " " + self.tr(
                "The backups on this computer still hold them until %1, when the last "
                "of them is deleted."
            ).replace("%1", day)
        self.search()  # she is no longer found: said after, or "Nobody found." hides it
        self._say(self.person_message, said, True)
        self._refresh_audit()

    def _erase_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self._erase_stopped(self.tr("This person is no longer here."), False)
            return
        log.error("erasure failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._erase_stopped(
            self.tr("The erasure failed; nothing was erased. The details are in the log file."),
            False,
        )

    def _erase_stopped(self, text: str, ok: bool) -> None:
        self._show_held(self.results.currentRow())  # the buttons, as the selection allows
        self._say(self.person_message, text, ok)

    # ---------------------------------------------------------------- helpers

    def _say(self, label: QLabel, text: str, ok: bool) -> None:
        label.setText(text)
        label.setProperty("kind", "success" if ok else "error")
        label.style().unpolish(label)
        label.style().polish(label)

"""The children's participatory budget, for coordinators: the vote's figures and code
batches, paper ballot entry, and the results.

Everything goes through `BudgetService`. Paper entry is keyboard first: scan or type the
serial, Enter, tick with the keyboard or the mouse, Enter saves and the cursor is back in
the serial field for the next ballot.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.budget.ballot import ChoiceProblem
from citizenspace.services.budget.budget import (
    BudgetCounting,
    BudgetService,
    CodeProblem,
    KioskEdition,
    PaperOutcome,
    VoteRefused,
)
from citizenspace.views.budget.budget_projects import EditionDialog, ProjectsTab
from citizenspace.views.budget.budget_results import ResultsTab
from citizenspace.views.budget.kiosk import money
from citizenspace.views.common.labels import enum_label

if TYPE_CHECKING:
    from citizenspace.services.budget.budget_admin import BudgetAdminService
    from citizenspace.services.budget.budget_print import BudgetPrinting

log = logging.getLogger(__name__)


def _date(d) -> str:  # noqa: ANN001 - a date or None
    if d is None:
        return ""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


class NewBatchDialog(QDialog):
    """How many codes, and for which kiosk: the label printed on every slip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New batch of voting codes"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("For example: Europe social centre kiosk"))
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, 5_000)
        self.size_spin.setValue(100)
        form = QFormLayout()
        form.addRow(self.tr("Name of the batch"), self.label_edit)
        form.addRow(self.tr("Number of codes"), self.size_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("The codes work on kiosks of this site. Print them from the list once created.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)


class PinDialog(QDialog):
    """The supervisors' PIN, typed twice: adults unlock each vote with it at kiosks where
    no codes were printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisors' PIN"))
        self.pin_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.pin_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
        form = QFormLayout()
        form.addRow(self.tr("New PIN (4 digits or more)"), self.pin_edit)
        form.addRow(self.tr("The same PIN again"), self.again_edit)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check(self) -> None:
        pin = self.pin_edit.text()
        if len(pin) < 4 or not pin.isdigit():
            self.message.setText(self.tr("A PIN is 4 digits or more, digits only."))
        elif pin != self.again_edit.text():
            self.message.setText(self.tr("The two PINs differ. Type them again."))
        else:
            self.accept()


class PaperEntry(QWidget):
    """Typing in paper ballots, one after the other."""

    saved = Signal()

    def __init__(self, service: BudgetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._edition: KioskEdition | None = None
        self.count = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Scan or type the serial printed on the ballot, press Enter, tick the projects "
                "ticked on the paper, then press Enter to save."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.double_box = QCheckBox(self.tr("Double entry: two people type each ballot"))
        self.double_box.setToolTip(
            self.tr(
                "A ballot is counted once two typings of its serial agree; typings that differ "
                "are set aside below for a third look."
            )
        )
        self.double_box.toggled.connect(self._double_toggled)
        layout.addWidget(self.double_box)
        form = QFormLayout()
        self.serial_edit = QLineEdit()
        self.serial_edit.setAccessibleName(self.tr("Ballot serial"))
        self.serial_edit.returnPressed.connect(self._serial_entered)
        form.addRow(self.tr("Serial"), self.serial_edit)
        layout.addLayout(form)
        self.boxes_holder = QFrame()
        self.boxes_layout = QVBoxLayout(self.boxes_holder)
        layout.addWidget(self.boxes_holder)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the ballot"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.tally_label = QLabel("")
        layout.addWidget(self.tally_label)
        self.review_title = QLabel(self.tr("Typings that differ: type these ballots again"))
        self.review_title.setObjectName("sectionTitle")
        self.review_list = QListWidget()
        self.review_list.setMaximumHeight(160)
        layout.addWidget(self.review_title)
        layout.addWidget(self.review_list)
        layout.addStretch(1)
        self.boxes: dict[str, QCheckBox] = {}

    def set_edition(self, edition: KioskEdition) -> None:
        self._edition = edition
        self.double_box.blockSignals(True)
        self.double_box.setChecked(self._service.double_entry(edition.id))
        self.double_box.blockSignals(False)
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        for project in edition.projects:
            box = QCheckBox(f"{project.title} — {money(project.cost_cents)}")
            box.installEventFilter(self)
            self.boxes_layout.addWidget(box)
            self.boxes[project.id] = box
        self.clear()
        self._refresh_review()

    def _double_toggled(self, on: bool) -> None:
        if self._edition is not None:
            self._service.set_double_entry(self._edition.id, on)
            self._refresh_review()

    def _refresh_review(self) -> None:
        if self._edition is None:
            return
        if self.double_box.isChecked():
            self._service.settle_paper_entries(self._edition.id)
        titles = {p.id: p.title for p in self._edition.projects}
        items = self._service.paper_to_review(self._edition.id)
        self.review_list.clear()
        for item in items:
            typings = " / ".join(
                ", ".join(titles.get(pid, pid) for pid in typing) for typing in item.typings
            )
            self.review_list.addItem(f"{item.serial}: {typings}")
        shown = self.double_box.isChecked() or bool(items)
        self.review_title.setVisible(shown)
        self.review_list.setVisible(shown)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt API
        from PySide6.QtCore import QEvent

        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in self.boxes.values()
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.serial_edit.clear()
        for box in self.boxes.values():
            box.setChecked(False)
        self.serial_edit.setFocus()

    def _serial_entered(self) -> None:
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()

    def save(self) -> None:
        if self._edition is None:
            return
        chosen = [pid for pid, box in self.boxes.items() if box.isChecked()]
        try:
            outcome = self._service.record_paper_ballot(
                self._edition.id, self.serial_edit.text(), chosen
            )
        except VoteRefused as refused:
            self.message.setText(self._refusal(refused))
            if refused.code is not None:
                self.serial_edit.setFocus()
                self.serial_edit.selectAll()
            return
        self.count += 1
        if outcome is PaperOutcome.WAITING:
            self.message.setText(
                self.tr("First typing saved. A second person types this ballot again.")
            )
        elif outcome is PaperOutcome.MISMATCH:
            self.message.setText(
                self.tr("The two typings differ: this ballot is set aside below for review.")
            )
        else:
            self.message.setText(self.tr("Saved. Next ballot."))
        self.tally_label.setText(self.tr("%n ballot(s) entered in this session.", "", self.count))
        self.clear()
        self._refresh_review()
        self.saved.emit()

    def _refusal(self, refused: VoteRefused) -> str:
        if refused.code is CodeProblem.USED:
            return self.tr("This ballot was already entered: a serial counts once.")
        if refused.code is CodeProblem.NOT_GENUINE:
            return self.tr("This serial is not one of this edition's ballots. Nothing saved.")
        if refused.code is CodeProblem.MALFORMED:
            return self.tr("This serial has a typing mistake. Check it. Nothing saved.")
        problems = set(refused.choices)
        if ChoiceProblem.NONE_CHOSEN in problems:
            return self.tr("No project is ticked. A blank ballot is not recorded. Nothing saved.")
        if ChoiceProblem.TOO_MANY in problems or ChoiceProblem.CHOOSE_ONE in problems:
            return self.tr("More projects are ticked than the rule allows: the ballot is void.")
        if ChoiceProblem.OVER_BUDGET in problems:
            return self.tr("The ticked projects cost more than the budget: the ballot is void.")
        return self.tr("This ballot cannot be recorded. Nothing saved.")


class BudgetView(QWidget):
    """The page of the participatory budget in the staff application."""

    def __init__(
        self,
        service: BudgetService,
        printing: BudgetPrinting | None = None,
        parent: QWidget | None = None,
        counting: BudgetCounting | None = None,
        *,
        admin: BudgetAdminService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._admin = admin
        self._printing = printing
        self._task = None
        self._batch_task = None
        self.setObjectName("budgetView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 16)
        title = QLabel(self.tr("Children's participatory budget"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Edition")))
        self.edition_combo = QComboBox()
        self.edition_combo.currentIndexChanged.connect(self._edition_changed)
        head.addWidget(self.edition_combo, 1)
        self.new_edition_button = QPushButton(self.tr("New edition…"))
        self.new_edition_button.clicked.connect(self.new_edition)
        self.new_edition_button.setVisible(admin is not None)
        head.addWidget(self.new_edition_button)
        layout.addLayout(head)
        self.empty_label = QLabel(
            self.tr(
                "No edition yet. Create the year's edition with “New edition…”: its budget, its "
                "dates and how children vote; then add the projects."
            )
            if admin is not None
            else self.tr("No edition yet.")
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # --- the vote: figures and code batches
        votes = QWidget()
        vbox = QVBoxLayout(votes)
        self.figures = QGridLayout()
        self.figure_labels: dict[str, QLabel] = {}
        for i, (key, text) in enumerate(
            (
                ("issued", self.tr("Codes printed")),
                ("used", self.tr("Codes used")),
                ("kiosk", self.tr("Ballots at kiosks, with a code")),
                ("supervised", self.tr("Ballots at kiosks, unlocked by staff")),
                ("paper", self.tr("Paper ballots")),
                ("total", self.tr("Ballots in all")),
            )
        ):
            name = QLabel(text)
            value = QLabel("")
            value.setObjectName("figure")
            value.setStyleSheet("font-size: 16pt; font-weight: bold;")
            self.figures.addWidget(name, i // 3 * 2, i % 3)
            self.figures.addWidget(value, i // 3 * 2 + 1, i % 3)
            self.figure_labels[key] = value
        vbox.addLayout(self.figures)
        self.warning = QLabel("")
        self.warning.setObjectName("formMessage")
        self.warning.setWordWrap(True)
        vbox.addWidget(self.warning)
        batch_head = QHBoxLayout()
        batch_title = QLabel(self.tr("Voting code batches"))
        batch_title.setObjectName("sectionTitle")
        vbox.addWidget(batch_title)
        batch_head.addStretch(1)
        self.pin_button = QPushButton(self.tr("Supervisors' PIN…"))
        self.pin_button.setToolTip(
            self.tr(
                "Kiosks ask for this PIN to close (Ctrl+Alt+Q); where no codes were printed, "
                "an adult also unlocks each vote with it."
            )
        )
        self.pin_button.clicked.connect(self._set_pin)
        batch_head.addWidget(self.pin_button)
        self.new_batch_button = QPushButton(self.tr("New batch…"))
        self.new_batch_button.clicked.connect(self._new_batch)
        batch_head.addWidget(self.new_batch_button)
        self.print_slips_button = QPushButton(self.tr("Print the slips…"))
        self.print_slips_button.setToolTip(self.tr("The selected batch's voting slips, as PDF"))
        self.print_slips_button.clicked.connect(self._ask_slips)
        self.print_slips_button.setVisible(printing is not None)
        batch_head.addWidget(self.print_slips_button)
        self.print_ballots_button = QPushButton(self.tr("Print paper ballots…"))
        self.print_ballots_button.clicked.connect(self._ask_ballots)
        self.print_ballots_button.setVisible(printing is not None)
        batch_head.addWidget(self.print_ballots_button)
        vbox.addLayout(batch_head)
        self.batch_table = QTableWidget(0, 5)
        self.batch_table.setHorizontalHeaderLabels(
            [
                self.tr("Batch"),
                self.tr("Kiosk or site"),
                self.tr("Codes"),
                self.tr("Used"),
                self.tr("Printed on"),
            ]
        )
        self.batch_table.verticalHeader().setVisible(False)
        self.batch_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.batch_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.batch_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        vbox.addWidget(self.batch_table, 1)
        self.tabs.addTab(votes, self.tr("Vote"))

        # --- paper ballots
        self.paper = PaperEntry(service)
        self.paper.saved.connect(self._refresh_figures)
        self.tabs.addTab(self.paper, self.tr("Paper ballots"))
        self.results = ResultsTab(counting) if counting is not None else None
        if self.results is not None:
            self.tabs.addTab(self.results, self.tr("Results"))

        # --- the edition's projects, first
        self.projects_tab: ProjectsTab | None = None
        if admin is not None:
            self.projects_tab = ProjectsTab(admin)
            self.projects_tab.changed.connect(self.refresh)
            self.tabs.insertTab(0, self.projects_tab, self.tr("Projects"))
            self.tabs.setCurrentIndex(0)
        self.refresh()

    # ---------------------------------------------------------------- data

    def refresh(self) -> None:
        current = self.edition_combo.currentData()
        self.edition_combo.blockSignals(True)
        self.edition_combo.clear()
        for row in self._service.editions():
            self.edition_combo.addItem(f"{row.title} — {enum_label(row.phase)}", row.id)
        index = max(0, self.edition_combo.findData(current)) if current else 0
        self.edition_combo.setCurrentIndex(index)
        self.edition_combo.blockSignals(False)
        has = self.edition_combo.count() > 0
        self.empty_label.setVisible(not has)
        self.tabs.setVisible(has)
        if has:
            self._edition_changed()

    @property
    def edition_id(self) -> str | None:
        return self.edition_combo.currentData()

    def _edition_changed(self) -> None:
        if self.edition_id is None:
            return
        if self.projects_tab is not None:
            self.projects_tab.set_edition(self.edition_id)
        self.paper.set_edition(self._service.ballot(self.edition_id))
        if self.results is not None:
            self.results.set_edition(self.edition_id)
        self._refresh_figures()
        self._refresh_batches()

    def new_edition(self) -> None:
        """The edition form; once saved, the new edition is the one shown."""
        if self._admin is None:
            return
        self.edition_dialog = EditionDialog(self._admin, parent=self)

        def saved() -> None:
            self.refresh()
            if self.edition_dialog.saved is not None:
                self.edition_combo.setCurrentIndex(
                    max(0, self.edition_combo.findData(self.edition_dialog.saved.id))
                )

        self.edition_dialog.accepted.connect(saved)
        self.edition_dialog.open()

    def _refresh_figures(self) -> None:
        if self.edition_id is None:
            return
        figures = self._service.reconciliation(self.edition_id)
        n = QLocale().toString
        channel = figures.ballots_by_channel
        values = {
            "issued": figures.codes_issued,
            "used": figures.codes_used,
            "kiosk": channel.get("kiosk", 0),
            "supervised": channel.get("supervised", 0),
            "paper": channel.get("paper", 0),
            "total": figures.ballots,
        }
        for key, value in values.items():
            self.figure_labels[key].setText(n(value))
        if figures.extra_uses:
            self.warning.setText(
                self.tr(
                    "Alarm: %n use(s) of a code already used (on two kiosks offline). Each "
                    "may have added a ballot: see the results page for the batches.",
                    "",
                    figures.extra_uses,
                )
            )
        elif figures.held_here:
            self.warning.setText(
                self.tr(
                    "%n ballot(s) wait in this machine's ballot box: they leave it in batches "
                    "of ten or more, the last ones when the vote is over.",
                    "",
                    figures.held_here,
                )
            )
        elif channel.get("kiosk", 0) != figures.codes_used:
            self.warning.setText(
                self.tr(
                    "Ballots with a code and codes used differ: a machine has not exchanged "
                    "its votes yet."
                )
            )
        else:
            self.warning.setText("")

    def _refresh_batches(self) -> None:
        rows = self._service.batches(self.edition_id)
        self.batch_table.setRowCount(len(rows))
        n = QLocale().toString
        for i, row in enumerate(rows):
            cells = [
                row.label or row.prefix,
                row.device_name or row.site_name or self.tr("Any kiosk"),
                n(row.size),
                n(row.used),
                _date(row.printed_on) or self.tr("not printed"),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if j in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.batch_table.setItem(i, j, item)

    def _new_batch(self) -> None:
        if self.edition_id is None:
            return
        dialog = NewBatchDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_batch(dialog.label_edit.text().strip(), dialog.size_spin.value())

    def create_batch(self, label: str, size: int) -> None:
        """Making a batch's verifiers takes a few milliseconds a code (on purpose: that is
        what keeps a stolen kiosk from finding codes): in the background, with progress."""
        from citizenspace.views.common.tasks import run_in_background

        edition, site = self.edition_id, self._service.local_site()
        self.new_batch_button.setEnabled(False)
        self.warning.setText(self.tr("Making %n voting code(s)…", "", size))

        def work(progress):  # noqa: ANN001, ANN202 - a tasks.Progress
            return self._service.create_batch(
                edition,
                size,
                label=label,
                site_id=site,
                progress=lambda done, total: progress.report(done / total),
            )

        def done(_batch_id: str) -> None:
            self._batch_task = None
            self.new_batch_button.setEnabled(True)
            self.warning.setText(
                self.tr("%n voting code(s) made. Print their slips on this computer.", "", size)
            )
            self._refresh_batches()
            self._refresh_figures()

        def failed(exc: BaseException) -> None:
            self._batch_task = None
            self.new_batch_button.setEnabled(True)
            raise exc

        self._batch_task = run_in_background(self, work, done, failed)

    @property
    def batch_busy(self) -> bool:
        return self._batch_task is not None

    def _set_pin(self) -> None:
        dialog = PinDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._service.set_pin(dialog.pin_edit.text())
            self.warning.setText(self.tr("The new PIN works on every kiosk after its next sync."))

    # ---------------------------------------------------------------- printing

    def _selected_batch(self) -> str | None:
        row = self.batch_table.currentRow()
        if row < 0:
            row = 0 if self.batch_table.rowCount() == 1 else -1
        item = self.batch_table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _ask_slips(self) -> None:
        batch = self._selected_batch()
        if batch is None:
            self.warning.setText(self.tr("Select a batch in the list first."))
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the voting slips"), self.tr("voting-slips.pdf"), "PDF (*.pdf)"
        )
        if path:
            self.print_slips(batch, Path(path))

    def _ask_ballots(self) -> None:
        if self.edition_id is None:
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("Paper ballots"), self.tr("How many ballots?"), 50, 1, 5_000
        )
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the paper ballots"), self.tr("paper-ballots.pdf"), "PDF (*.pdf)"
        )
        if path:
            self.print_ballots(count, Path(path))

    def print_slips(self, batch_id: str, path: Path) -> None:
        """Write the slips in the background; the page stays usable meanwhile."""
        from citizenspace.messages import slip_words

        words = slip_words()
        self._run_print(
            lambda progress: self._printing.slips(
                batch_id, path, words, lambda done, total: progress.report(done / total)
            ),
            path,
        )

    def print_ballots(self, count: int, path: Path) -> None:
        from citizenspace.messages import ballot_words

        ballot = self._service.ballot(self.edition_id)
        words = ballot_words(ballot.method, ballot.limit, ballot.budget_cents)
        edition = self.edition_id
        self._run_print(
            lambda progress: self._printing.ballots(
                edition, count, path, words, lambda done, total: progress.report(done / total)
            ),
            path,
        )

    @property
    def printing_busy(self) -> bool:
        return self._task is not None

    def _run_print(self, work, path: Path) -> None:  # noqa: ANN001
        from citizenspace.views.common.tasks import run_in_background

        self.print_slips_button.setEnabled(False)
        self.print_ballots_button.setEnabled(False)
        self.warning.setText(self.tr("Writing %1…").replace("%1", path.name))

        def done(_pages: int) -> None:
            self._task = None
            self._print_ended()
            self.warning.setText(self.tr("Saved: %1").replace("%1", str(path)))
            self._refresh_batches()

        def failed(exc: BaseException) -> None:
            from citizenspace.services.budget.budget_print import PrintFailed

            self._task = None
            self._print_ended()
            from citizenspace.services.budget.budget import NotPrintableHere

            if isinstance(exc, NotPrintableHere):
                self.warning.setText(
                    self.tr(
                        "This batch can only be printed on the computer that made it: no "
                        "other machine holds what makes its codes."
                    )
                )
            elif isinstance(exc, PrintFailed) and exc.reason == "too_long":
                self.warning.setText(
                    self.tr("The projects do not fit on one ballot page: shorten their texts.")
                )
            elif isinstance(exc, PrintFailed):
                self.warning.setText(
                    self.tr("%1 could not be written (%2). Nothing was saved.")
                    .replace("%1", str(path))
                    .replace("%2", exc.detail)
                )
            else:
                raise exc

        self._task = run_in_background(self, work, done, failed)

    def _print_ended(self) -> None:
        self.print_slips_button.setEnabled(True)
        self.print_ballots_button.setEnabled(True)

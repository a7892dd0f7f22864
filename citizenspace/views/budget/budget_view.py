"""The children's participatory budget, for coordinators: the page that puts together an
edition's projects (`projects`), the vote's figures and code batches, paper ballot entry
(`paper_entry`) and the results (`budget_results`).

Everything goes through `BudgetService`; printing slips and ballots, and making a batch's
codes, run in the background so that the page stays usable.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.budget.budget import BudgetCounting, BudgetService
from citizenspace.views.budget.batches import BatchesModel, NewBatchDialog, PinDialog
from citizenspace.views.budget.budget_results import ResultsTab
from citizenspace.views.budget.paper_entry import PaperEntry
from citizenspace.views.budget.projects.edition_dialog import EditionDialog
from citizenspace.views.budget.projects.projects_tab import ProjectsTab
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.pages import titled_column
from citizenspace.views.common.tables import DataTable, empty_panel

if TYPE_CHECKING:
    from citizenspace.services.budget.budget_admin import BudgetAdminService
    from citizenspace.services.budget.budget_print import BudgetPrinting

log = logging.getLogger(__name__)


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
        layout = titled_column(self, self.tr("Children's participatory budget"))
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
        self.empty_label = empty_panel(
            self.tr(
                "No edition yet. Create the year's edition with “New edition…”: its budget, its "
                "dates and how children vote; then add the projects."
            )
            if admin is not None
            else self.tr("No edition yet.")
        )
        layout.addWidget(self.empty_label, 1)
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
        self.batch_model = BatchesModel(self)
        self.batch_table = DataTable(self.batch_model)
        self.batch_table.setAccessibleName(self.tr("Voting code batches"))
        self.batch_table.stretch(BatchesModel.COL_LABEL)
        self.batch_table.horizontalHeader().setSectionResizeMode(
            BatchesModel.COL_WHERE, QHeaderView.ResizeMode.ResizeToContents
        )
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
        self.batch_model.set_rows(self._service.batches(self.edition_id))

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
        """The batch under the cursor, or the only one there is."""
        row = self.batch_table.currentIndex().row()
        if row < 0:
            row = 0 if self.batch_model.rowCount() == 1 else -1
        return self.batch_model.row_at(row).id if row >= 0 else None

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

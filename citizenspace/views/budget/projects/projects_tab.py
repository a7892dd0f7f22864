"""An edition's projects, for coordinators: what the edition is, then the list of its
projects with their pictures and the actions on them.

Keyboard first: Ctrl+N makes a project, Enter opens the selected one, Delete removes it
(after a question), Alt+Up and Alt+Down move it on the ballot. Everything goes through
`BudgetAdminService`; the forms are `EditionDialog` and `ProjectDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import ProjectStatus, VotingMethod
from citizenspace.services.budget.budget_admin import (
    BudgetAdminService,
    BudgetValidationFailed,
    EditionDetail,
    ProjectDetail,
    ProjectLocked,
    ProjectRow,
)
from citizenspace.services.common.errors import NotFound
from citizenspace.views.budget.projects.edition_dialog import EditionDialog
from citizenspace.views.budget.projects.project_dialog import ProjectDialog
from citizenspace.views.budget.projects.projects_model import THUMBNAIL, ProjectsModel
from citizenspace.views.budget.words import money
from citizenspace.views.common.fields import short_date
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.tables import DataTable, TableOrEmpty


class ProjectsTab(QWidget):
    """An edition's projects: what the edition is, then the list with its actions."""

    #: Something was saved (an edition or a project): the page reads it all again.
    changed = Signal()

    def __init__(self, service: BudgetAdminService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.edition_id: str | None = None
        self.dialog: QDialog | None = None

        head = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.summary, 1)
        self.edit_edition_button = QPushButton(self.tr("Edit the edition…"))
        self.edit_edition_button.clicked.connect(self.edit_edition)
        head.addWidget(self.edit_edition_button, 0, Qt.AlignmentFlag.AlignTop)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New project…"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_project)
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.setToolTip(self.tr("Enter"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Earlier on the ballot (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Later on the ballot (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.new_button, self.edit_button, self.remove_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.up_button)
        actions.addWidget(self.down_button)
        actions.addStretch(1)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.model = ProjectsModel(service, self)
        self.table = DataTable(self.model)
        self.table.setAccessibleName(self.tr("Projects of the edition"))
        self.table.setIconSize(THUMBNAIL)
        self.table.verticalHeader().setDefaultSectionSize(THUMBNAIL.height() + 10)
        self.table.stretch(ProjectsModel.COL_TITLE)
        header = self.table.horizontalHeader()
        for col in (ProjectsModel.COL_ORDER, ProjectsModel.COL_PICTURE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # The title takes the room left: it is what coordinators read first.
        header.resizeSection(ProjectsModel.COL_STATUS, 180)
        header.resizeSection(ProjectsModel.COL_GROUP, 230)
        self.table.open_requested.connect(self.edit_selected)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        # The list, or in its place what to do when there is none yet.
        self.stack = TableOrEmpty(
            self.table,
            self.tr("No project yet. Add the children's proposals with “New project…”."),
        )
        self.empty_label = self.stack.empty_label

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.totals)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_project)
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_selected(1))
        self._votes = 0
        self._update_buttons()

    # ---------------------------------------------------------------- data

    def set_edition(self, edition_id: str | None) -> None:
        if edition_id != self.edition_id:
            self._say("")
        self.edition_id = edition_id
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the edition and its projects again; keep (or move to) the selected one."""
        select = select or self.selected_id()
        if self.edition_id is None:
            self.model.set_rows([])
            self.summary.clear()
            self._update_buttons()
            return
        try:
            detail = self._service.edition(self.edition_id)
            rows = self._service.projects(self.edition_id)
        except NotFound:
            self.edition_id = None
            self.model.set_rows([])
            self._update_buttons()
            return
        self._votes = detail.votes
        self.summary.setText(self._summary(detail))
        self.model.set_rows(rows)
        self._fit_costs(rows)
        on_ballot = [r for r in rows if r.ballot_order is not None]
        self.totals.setText(
            self.tr("Projects: %1 · On the ballot: %2 · Cost of the ballot: %3")
            .replace("%1", QLocale().toString(len(rows)))
            .replace("%2", QLocale().toString(len(on_ballot)))
            .replace("%3", money(sum(r.cost_cents for r in on_ballot)))
        )
        self.stack.show_rows(bool(rows))
        ids = [r.id for r in rows]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _fit_costs(self, rows: list[ProjectRow]) -> None:
        """The cost column as wide as its widest amount and a cell's margins: sized to its
        contents, Qt left "4 500 €" a few pixels short, and showed "4 50…"."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        wide = max(
            [metrics.horizontalAdvance(money(r.cost_cents)) for r in rows]
            + [header.sectionSizeFromContents(ProjectsModel.COL_COST).width() - 12]
        )
        header.resizeSection(ProjectsModel.COL_COST, wide + 24)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).id

    def select(self, project_id: str) -> None:
        row = self.model.row_of(project_id)
        if row >= 0:
            self.table.selectRow(row)

    def _summary(self, detail: EditionDetail) -> str:
        d = detail.draft
        method = enum_label(d.voting_method)
        if d.voting_method is VotingMethod.APPROVAL and d.max_choices:
            method = (
                self.tr("%1, %2 at most")
                .replace("%1", method)
                .replace("%2", QLocale().toString(d.max_choices))
            )
        parts = [
            self.tr("Budget: %1").replace("%1", money(d.budget_cents)),
            method,
            enum_label(d.outcome_rule),
        ]
        if d.vote_from and d.vote_until:
            parts.append(
                self.tr("vote from %1 to %2")
                .replace("%1", short_date(d.vote_from))
                .replace("%2", short_date(d.vote_until))
            )
        parts.append(self.tr("%n site(s) taking part", "", len(detail.site_ids)))
        if detail.votes:
            parts.append(self.tr("%n ballot(s) cast: the ballot is fixed", "", detail.votes))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        has_edition = self.edition_id is not None
        row = self._selected_row()
        self.new_button.setEnabled(has_edition)
        self.edit_edition_button.setEnabled(has_edition)
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        movable = row is not None and row.status is ProjectStatus.ON_BALLOT and not self._votes
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)

    def _selected_row(self) -> ProjectRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # ---------------------------------------------------------------- actions

    def new_project(self) -> None:
        if self.edition_id is None:
            return
        self._open(ProjectDialog(self._service, self.edition_id, parent=self))

    def edit_selected(self) -> None:
        ident = self.selected_id()
        if ident is None or self.edition_id is None:
            return
        try:
            dialog = ProjectDialog(self._service, self.edition_id, ident, parent=self)
        except NotFound:
            self._say(self.tr("This project no longer exists."))
            self.reload()
            return
        self._open(dialog)

    def edit_edition(self) -> None:
        if self.edition_id is None:
            return
        self._open(EditionDialog(self._service, self.edition_id, parent=self))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, dialog: QDialog) -> None:
        self._say("")
        saved = getattr(dialog, "saved", None)
        select = saved.id if isinstance(saved, ProjectDetail) else None
        self.reload(select)
        self.changed.emit()
        if select:
            self.select(select)

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if self._votes and row.ballot_order is not None:
            self._say(self._locked_text(self._votes))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the project"),
            self.tr("Remove the project “%1”? This cannot be undone.").replace("%1", row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_project(row.id)
        except ProjectLocked as locked:
            self._say(self._locked_text(locked.votes))
            return
        except NotFound:
            pass
        self._say(self.tr("Project removed: %1").replace("%1", row.title))
        self.reload()
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        if row is None or row.status is not ProjectStatus.ON_BALLOT:
            return
        try:
            self._service.move_project(row.id, step)
        except BudgetValidationFailed:
            self._say(self._locked_text(self._votes))
            return
        except NotFound:
            pass
        self.reload(row.id)
        self.changed.emit()
        self.table.setFocus()

    def _say(self, text: str) -> None:
        """A line above the list (hidden when there is nothing to say)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _locked_text(self, votes: int) -> str:
        return self.tr(
            "Children have already voted (%n ballot(s)): the projects on the ballot and their "
            "order stay as they are, for the count.",
            "",
            votes,
        )

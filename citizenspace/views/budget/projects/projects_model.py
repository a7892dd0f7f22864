"""The projects of one edition as a table: their place on the ballot, a thumbnail of their
picture, title, cost, status and who proposed them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize
from PySide6.QtGui import QIcon

from citizenspace.domain.catalog import ProjectStatus
from citizenspace.services.budget.budget import BallotProject
from citizenspace.services.budget.budget_admin import BudgetAdminService, ProjectRow
from citizenspace.views.budget.kiosk_cards import picture_for
from citizenspace.views.budget.words import money
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.pictures import picture_pixmap
from citizenspace.views.common.rows_model import RowsModel

THUMBNAIL = QSize(44, 44)


class ProjectsModel(RowsModel[ProjectRow]):
    """The projects of one edition, as `BudgetAdminService.projects` gives them."""

    COL_ORDER, COL_PICTURE, COL_TITLE, COL_COST, COL_STATUS, COL_GROUP = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProjectsModel", "No."),
        QT_TRANSLATE_NOOP("ProjectsModel", "Picture"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Project"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Cost"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Status"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Proposed by"),
    )
    COLUMNS = len(HEADERS)
    NUMBERS = (COL_COST, COL_ORDER)

    def __init__(self, service: BudgetAdminService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._thumbnails: dict[str, QIcon] = {}

    @property
    def rows(self) -> list[ProjectRow]:
        """Every project listed, in the list's order."""
        return list(self._rows)

    def display(self, row: ProjectRow, column: int) -> str | None:
        if column == self.COL_ORDER:
            return str(row.ballot_order) if row.ballot_order else ""
        if column == self.COL_TITLE:
            return row.title
        if column == self.COL_COST:
            return money(row.cost_cents)
        if column == self.COL_STATUS:
            return self.status_text(row)
        if column == self.COL_GROUP:
            return row.proposer_group
        return None

    def decoration(self, row: ProjectRow, column: int) -> QIcon | None:
        return self._thumbnail(row) if column == self.COL_PICTURE else None

    def tooltip(self, row: ProjectRow, column: int) -> str | None:
        if column == self.COL_STATUS:
            return self.status_text(row)
        return row.title if column == self.COL_TITLE else None

    @staticmethod
    def status_text(row: ProjectRow) -> str:
        label = enum_label(row.status)
        if row.status is ProjectStatus.NOT_ELIGIBLE and row.status_reason:
            return (
                QCoreApplication.translate("ProjectsModel", "%1: %2")
                .replace("%1", label)
                .replace("%2", row.status_reason)
            )
        return label

    def _thumbnail(self, row: ProjectRow) -> QIcon:
        key = f"{row.picture_hash or ''}:{row.id}:{row.title}"
        cached = self._thumbnails.get(key)
        if cached is None:
            stand_in = BallotProject(
                row.id, row.title, "", "", row.cost_cents, row.picture_hash, ""
            )
            data = self._service.picture(row.picture_hash)
            pixmap = picture_pixmap(data, THUMBNAIL, radius=6) or picture_for(stand_in, THUMBNAIL)
            # The same picture when the row is selected: not tinted by the selection colour.
            cached = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                cached.addPixmap(pixmap, mode)
            self._thumbnails[key] = cached
        return cached

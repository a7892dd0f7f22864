"""The directory's search results, in the order the search ranked them (the best first),
and the colour of each level of competence."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from citizenspace.domain.catalog import Competence
from citizenspace.services.reception.directory import EntryRow
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import competence_label

COL_NAME = 0
COL_COMPETENCE = 1
COL_BODY = 2
COL_PHONE = 3
COLUMN_COUNT = 4

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole

#: Badge colours (background, text), readable at 4.5:1 or more; one hue per level.
BADGE_COLOURS: dict[Competence, tuple[str, str]] = {
    Competence.CITY: ("#dcebfb", "#124a86"),
    Competence.URBAN_COMMUNITY: ("#e9e1f7", "#4b2a85"),
    Competence.DEPARTMENT: ("#fde7d3", "#8a3b00"),
    Competence.REGION: ("#dcf1e2", "#1d5e32"),
    Competence.STATE: ("#f9dde0", "#8f1622"),
    Competence.OTHER: ("#e6e9ed", "#38434f"),
}
#: An inactive service, greyed (and in italics).
INACTIVE_COLOUR = "#6b7785"

_AnyIndex = QModelIndex | QPersistentModelIndex


class DirectoryModel(RowsModel[EntryRow]):
    """The results, in the order the search ranked them (no sorting: the best is first)."""

    COLUMNS = COLUMN_COUNT

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return r.name if r.active else self.tr("%1 (inactive)").replace("%1", r.name)
            if col == COL_COMPETENCE:
                return competence_label(r.competence)
            if col == COL_BODY:
                return r.body_name
            if col == COL_PHONE:
                return r.phone
        elif role == Qt.ItemDataRole.DecorationRole and col == COL_COMPETENCE:
            return QColor(BADGE_COLOURS[r.competence][1])
        elif role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return QColor(INACTIVE_COLOUR)
        elif role == Qt.ItemDataRole.FontRole and not r.active:
            font = QFont()
            font.setItalic(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return r.name
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_BODY:
            return r.body_name
        elif role == ENTRY_ID_ROLE:
            return r.id
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NAME: self.tr("Service"),
            COL_COMPETENCE: self.tr("Competence"),
            COL_BODY: self.tr("Body"),
            COL_PHONE: self.tr("Phone"),
        }.get(section)

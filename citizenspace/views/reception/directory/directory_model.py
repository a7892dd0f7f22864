"""The directory's search results, in the order the search ranked them (the best first),
and the colour of each level of competence.

Three columns, so that the service's name stays readable on a laptop's screen: the service,
who is competent (the body's name, "Agglomération du Saint-Quentinois", more telling than
its level; the level when no body is named; the level's colour always, and both in the tool
tip), and the phone. The card beside the list shows everything."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont

from citizenspace.domain.catalog import Competence
from citizenspace.services.reception.directory import EntryRow
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import competence_label

COL_NAME = 0
COL_COMPETENCE = 1
COL_PHONE = 2
COLUMN_COUNT = 3

ENTRY_ID_ROLE = RowsModel.ID_ROLE

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


class DirectoryModel(RowsModel[EntryRow]):
    """The results, in the order the search ranked them (no sorting: the best is first)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DirectoryModel", "Service"),
        QT_TRANSLATE_NOOP("DirectoryModel", "Competence"),
        QT_TRANSLATE_NOOP("DirectoryModel", "Phone"),
    )
    COLUMNS = COLUMN_COUNT

    def display(self, r: EntryRow, col: int) -> str | None:
        if col == COL_NAME:
            return r.name if r.active else self.tr("%1 (inactive)").replace("%1", r.name)
        if col == COL_COMPETENCE:
            return r.body_name or competence_label(r.competence)
        if col == COL_PHONE:
            return r.phone
        return None

    def decoration(self, r: EntryRow, col: int) -> QColor | None:
        return QColor(BADGE_COLOURS[r.competence][1]) if col == COL_COMPETENCE else None

    def foreground(self, r: EntryRow, col: int) -> QColor | None:
        return None if r.active else QColor(INACTIVE_COLOUR)

    def font(self, r: EntryRow, col: int) -> QFont | None:
        if r.active:
            return None
        font = QFont()
        font.setItalic(True)
        return font

    def tooltip(self, r: EntryRow, col: int) -> str | None:
        if col == COL_NAME:
            return r.name
        if col == COL_COMPETENCE:
            level = competence_label(r.competence)
            return f"{level} — {r.body_name}" if r.body_name and r.body_name != level else level
        return None

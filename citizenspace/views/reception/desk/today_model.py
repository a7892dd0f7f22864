"""Today's visits at this desk's site, latest first: the list beside the desk's form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt

from citizenspace.services.reception.reception import LogRow
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import minutes_text, time_text

TODAY_COLUMNS = (
    QT_TRANSLATE_NOOP("TodayModel", "Arrival"),
    QT_TRANSLATE_NOOP("TodayModel", "Channel"),
    QT_TRANSLATE_NOOP("TodayModel", "Theme"),
    QT_TRANSLATE_NOOP("TodayModel", "Outcome"),
    QT_TRANSLATE_NOOP("TodayModel", "Wait"),
    QT_TRANSLATE_NOOP("TodayModel", "Service"),
)
COL_THEME = 2

_AnyIndex = QModelIndex | QPersistentModelIndex


class TodayModel(RowsModel[LogRow]):
    """Today's visits at this desk's site, latest first."""

    COLUMNS = len(TODAY_COLUMNS)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r: LogRow = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                time_text(r.arrived_at),
                enum_label(r.channel),
                r.theme,
                enum_label(r.outcome),
                minutes_text(r.wait_seconds),
                minutes_text(r.service_seconds),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_THEME and r.service:
            return r.service
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(TODAY_COLUMNS)
        ):
            return self.tr(TODAY_COLUMNS[section])
        return None

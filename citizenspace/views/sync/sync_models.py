"""The Sync page's lists: the computers this one has heard from, and the open conflicts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from citizenspace.services.sync.sync import ConflictRow, DeviceSeen
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.sync import sync_texts

_AnyIndex = QModelIndex | QPersistentModelIndex

# The conflict's id, for the screen and the tests.
CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The device's id.
DEVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NAME, COL_ACTIVITY, COL_SEGMENTS = range(3)
DEVICE_COLUMNS = 3


class DevicesModel(RowsModel[DeviceSeen]):
    """The computers seen: name, last activity, batches of changes. Constant columns."""

    COLUMNS = DEVICE_COLUMNS

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        d = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return sync_texts.device_text(d.name, d.device_id, d.this_machine)
            if col == COL_ACTIVITY:
                if d.retired_on is not None:
                    return self.tr("Retired %1").replace("%1", sync_texts.moment(d.retired_on))
                if d.last_activity is None:
                    return self.tr("Not yet")
                return sync_texts.moment(d.last_activity)
            if col == COL_SEGMENTS:
                if d.this_machine:
                    return self.tr("%Ln sent", "", d.segments)
                return self.tr("%Ln received", "", d.segments)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return d.device_id
        if role == DEVICE_ID_ROLE:
            return d.device_id
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < DEVICE_COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Computer"),
                self.tr("Last exchange"),
                self.tr("Batches of changes"),
            )[section]
        return None


class ConflictsModel(RowsModel[ConflictRow]):
    """The open conflicts, one line each: "Gautier Viviane — Phone"."""

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return sync_texts.conflict_title(c.table_name, c.label, c.field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 or %2")
                .replace("%1", sync_texts.value_text(c.kept_value))
                .replace("%2", sync_texts.value_text(c.other_value))
            )
        if role == CONFLICT_ID_ROLE:
            return c.id
        return None

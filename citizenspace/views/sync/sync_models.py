"""The Sync page's lists: the computers this one has heard from, and the open conflicts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from citizenspace.services.sync.sync import ConflictRow, DeviceSeen
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.sync import sync_texts

# The conflict's id, for the screen and the tests.
CONFLICT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The device's id.
DEVICE_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NAME, COL_ACTIVITY, COL_SEGMENTS = range(3)
DEVICE_COLUMNS = 3


class DevicesModel(RowsModel[DeviceSeen]):
    """The computers seen: name, last activity, batches of changes. Constant columns."""

    HEADERS = (
        QT_TRANSLATE_NOOP("DevicesModel", "Computer"),
        QT_TRANSLATE_NOOP("DevicesModel", "Last exchange"),
        QT_TRANSLATE_NOOP("DevicesModel", "Batches of changes"),
    )
    COLUMNS = DEVICE_COLUMNS
    ID_ROLE = DEVICE_ID_ROLE

    def display(self, d: DeviceSeen, col: int) -> str | None:
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

    def tooltip(self, d: DeviceSeen, col: int) -> str | None:
        return d.device_id if col == COL_NAME else None

    def row_id(self, d: DeviceSeen) -> str:
        return d.device_id


class ConflictsModel(RowsModel[ConflictRow]):
    """The open conflicts, one line each: "Gautier Viviane — Phone"."""

    ID_ROLE = CONFLICT_ID_ROLE

    def display(self, c: ConflictRow, column: int) -> str:
        return sync_texts.conflict_title(c.table_name, c.label, c.field)

    def tooltip(self, c: ConflictRow, column: int) -> str:
        return (
            self.tr("%1 or %2")
            .replace("%1", sync_texts.value_text(c.kept_value))
            .replace("%2", sync_texts.value_text(c.other_value))
        )

"""The record of exports, erasures and anonymisations, as the Personal data page lists it
for the city's data protection officer: when, what, who, and the details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from citizenspace.services.privacy.privacy import AuditRow, PersonHeld
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.privacy import words

_AnyIndex = QModelIndex | QPersistentModelIndex


class AuditModel(RowsModel[AuditRow]):
    """Recent audit entries, newest first, as `PrivacyService.recent_audit` gives them. Its
    words are the page's (translation context "PrivacyView"), which also says what was held
    about a person (`held_text`: a sentence with counts, that lupdate finds in a class only)."""

    COL_WHEN, COL_WHAT, COL_WHO, COL_DETAILS = range(4)
    COLUMNS = 4

    def __init__(
        self, held_text: Callable[[PersonHeld], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._held_text = held_text

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("PrivacyView", "When"),
                QCoreApplication.translate("PrivacyView", "What"),
                QCoreApplication.translate("PrivacyView", "Who"),
                QCoreApplication.translate("PrivacyView", "Details"),
            )[section]
        return None

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row: AuditRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_WHEN:
                return words.audit_when(row)
            if col == self.COL_WHAT:
                return words.action_name(row.action)
            if col == self.COL_WHO:
                return words.audit_who(row)
            if col == self.COL_DETAILS:
                return words.audit_details(row, self._held_text)
        return None

"""The record of exports, erasures and anonymisations, as the Personal data page lists it
for the city's data protection officer: when, what, who, and the details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject

from citizenspace.services.privacy.privacy import AuditRow, PersonHeld
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.privacy import words


class AuditModel(RowsModel[AuditRow]):
    """Recent audit entries, newest first, as `PrivacyService.recent_audit` gives them. Its
    words are the page's (translation context "PrivacyView"), which also says what was held
    about a person (`held_text`: a sentence with counts, that lupdate finds in a class only)."""

    COL_WHEN, COL_WHAT, COL_WHO, COL_DETAILS = range(4)
    CONTEXT = "PrivacyView"
    HEADERS = (
        QT_TRANSLATE_NOOP("PrivacyView", "When"),
        QT_TRANSLATE_NOOP("PrivacyView", "What"),
        QT_TRANSLATE_NOOP("PrivacyView", "Who"),
        QT_TRANSLATE_NOOP("PrivacyView", "Details"),
    )
    COLUMNS = len(HEADERS)

    def __init__(
        self, held_text: Callable[[PersonHeld], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._held_text = held_text

    def display(self, row: AuditRow, column: int) -> str:
        if column == self.COL_WHEN:
            return words.audit_when(row)
        if column == self.COL_WHAT:
            return words.action_name(row.action)
        if column == self.COL_WHO:
            return words.audit_who(row)
        return words.audit_details(row, self._held_text)

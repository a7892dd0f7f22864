"""What the edition and project forms share: OK hands the service what the form holds and
closes once it is stored; a refusal shows under its field, and the form stays open with
nothing saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from citizenspace.services.budget.budget_admin import BudgetValidationFailed
from citizenspace.views.common.forms import FieldErrors


class BudgetForm(QDialog):
    """A budget form: `_save` stores it through the service; `_gone_text` and `_failed_text`
    say, in the form's own words, that the record was deleted meanwhile or could not be
    stored. Listen to `accepted`; `saved` then holds what the service stored."""

    errors: FieldErrors
    saved: Any = None

    def _save(self) -> object:
        raise NotImplementedError

    def _gone_text(self) -> str:
        raise NotImplementedError

    def _failed_text(self) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        saved = self.errors.attempt(
            self, self._save, BudgetValidationFailed, self._gone_text(), self._failed_text()
        )
        if saved is not None:
            self.saved = saved
            super().accept()

    def error_text(self, field: str) -> str:
        """The refusal shown under `field`, or "" (what the user sees)."""
        return self.errors.text(field)

"""The voting code batches of an edition: the list's model, the dialog that makes a batch,
and the supervisors' PIN (how adults unlock a vote at kiosks where no codes were printed)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.budget.budget import BatchRow
from citizenspace.views.common.fields import short_date
from citizenspace.views.common.forms import ok_cancel
from citizenspace.views.common.rows_model import RowsModel


class BatchesModel(RowsModel[BatchRow]):
    """The code batches of one edition, as `BudgetService.batches` gives them. Its words
    are the Budget page's (translation context "BudgetView"), where the list is shown."""

    COL_LABEL, COL_WHERE, COL_SIZE, COL_USED, COL_PRINTED = range(5)
    CONTEXT = "BudgetView"
    HEADERS = (
        QT_TRANSLATE_NOOP("BudgetView", "Batch"),
        QT_TRANSLATE_NOOP("BudgetView", "Kiosk or site"),
        QT_TRANSLATE_NOOP("BudgetView", "Codes"),
        QT_TRANSLATE_NOOP("BudgetView", "Used"),
        QT_TRANSLATE_NOOP("BudgetView", "Printed on"),
    )
    COLUMNS = len(HEADERS)
    NUMBERS = (COL_SIZE, COL_USED)

    def display(self, row: BatchRow, column: int) -> str:
        if column == self.COL_LABEL:
            return row.label or row.prefix
        if column == self.COL_WHERE:
            return (
                row.device_name
                or row.site_name
                or QCoreApplication.translate("BudgetView", "Any kiosk")
            )
        if column == self.COL_SIZE:
            return QLocale().toString(row.size)
        if column == self.COL_USED:
            return QLocale().toString(row.used)
        return short_date(row.printed_on) or QCoreApplication.translate("BudgetView", "not printed")


class NewBatchDialog(QDialog):
    """How many codes, and for which kiosk: the label printed on every slip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New batch of voting codes"))
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self.tr("For example: Europe social centre kiosk"))
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, 5_000)
        self.size_spin.setValue(100)
        form = QFormLayout()
        form.addRow(self.tr("Name of the batch"), self.label_edit)
        form.addRow(self.tr("Number of codes"), self.size_spin)
        buttons = ok_cancel(self, self.tr("Create"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("The codes work on kiosks of this site. Print them from the list once created.")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)


class PinDialog(QDialog):
    """The supervisors' PIN, typed twice: adults unlock each vote with it at kiosks where
    no codes were printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisors' PIN"))
        self.pin_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.pin_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
        form = QFormLayout()
        form.addRow(self.tr("New PIN (4 digits or more)"), self.pin_edit)
        form.addRow(self.tr("The same PIN again"), self.again_edit)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        buttons = ok_cancel(self, self.tr("Save"), self.tr("Cancel"), on_ok=self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check(self) -> None:
        pin = self.pin_edit.text()
        if len(pin) < 4 or not pin.isdigit():
            self.message.setText(self.tr("A PIN is 4 digits or more, digits only."))
        elif pin != self.again_edit.text():
            self.message.setText(self.tr("The two PINs differ. Type them again."))
        else:
            self.accept()

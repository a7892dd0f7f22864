"""The one table of the application: Enter and Delete go to whoever listens, and only then."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.common.tables import DataTable


@dataclass(frozen=True)
class Row:
    id: str


def _dialog_with_a_table(qtbot) -> tuple[QDialog, DataTable]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    model = RowsModel()
    model.set_rows([Row("a"), Row("b")])
    table = DataTable(model)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.show()
    table.setCurrentIndex(model.index(1, 0))
    table.setFocus()
    return dialog, table


def test_enter_opens_the_row_when_someone_listens(qtbot):
    dialog, table = _dialog_with_a_table(qtbot)
    opened: list[int] = []
    table.open_requested.connect(lambda: opened.append(table.currentIndex().row()))

    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert opened == [1]
    assert dialog.result() == 0 and dialog.isVisible()


def test_enter_reaches_the_default_button_when_nobody_listens(qtbot):
    """A list shown only to be read must not swallow Enter: the dialog's default button
    still answers it, as with a plain table."""
    dialog, table = _dialog_with_a_table(qtbot)

    qtbot.keyClick(table, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted

"""Questions and messages every area puts the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question whose default is No: an action that cannot be undone is never
    confirmed by a stray Enter."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_box(box: QMessageBox, answered: Callable[[], None] | None = None) -> QMessageBox:
    """Show a message window-modal without blocking (the event loop, and the tests, keep
    running); `answered` runs once it is closed, then the box is deleted."""
    box.setWindowModality(Qt.WindowModality.WindowModal)
    if answered is not None:
        box.finished.connect(lambda _result: answered())
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def message_box(
    parent: QWidget,
    title: str,
    text: str,
    details: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A plain message with an OK button, its `details` under the text; not shown yet (see
    `open_box`)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    return box

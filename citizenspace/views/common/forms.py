"""What every form of the application shares: how a refused field looks, where its error is
written, how a dialog grows to show it, and the Save / Cancel buttons.

One look for every area: a refused field is outlined in the error colour, its sentence sits
just under it, and a sentence that belongs to no field goes on a line above the form. Pages
install `FORM_STYLE` on their dialogs (or the shell on the whole application); widgets only
carry the dynamic properties `invalid` and `role`, so the style sheet stays in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.common.errors import NotFound, ServiceError

T = TypeVar("T")

#: The one error colour (dark enough to read on white: contrast 6.0:1).
ERROR_COLOUR = "#b3261e"
#: The dynamic property a refused field carries.
INVALID_PROPERTY = "invalid"

FORM_STYLE = f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QTextEdit[invalid="true"],
QComboBox[invalid="true"], QAbstractSpinBox[invalid="true"], QListWidget[invalid="true"],
QDateEdit[invalid="true"] {{
    border: 1px solid {ERROR_COLOUR}; border-radius: 3px;
}}
QCheckBox[invalid="true"] {{ color: {ERROR_COLOUR}; }}
QLabel[role="field-error"], QLabel[role="form-error"] {{ color: {ERROR_COLOUR}; }}
"""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flip the dynamic property and re-polish so the style sheet notices the change."""
    widget.setProperty(INVALID_PROPERTY, invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def error_label(role: str = "field-error") -> QLabel:
    """A hidden, wrapping, selectable label for an error (`field-error` under a field,
    `form-error` above a form)."""
    label = QLabel()
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    """Write the error, or hide the label when there is none."""
    label.setText(text)
    label.setVisible(bool(text))


def hint(text: str) -> QLabel:
    """A quiet sentence under a field that says what to type."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class Refusal(Protocol):
    """A service's refusal of one field: which field, and the words to show."""

    field: str


class FieldErrors:
    """Error labels under the fields of a form, and a line above it for the rest.

    `text_of(refusal)` turns a service's refusal into the sentence shown; each area keeps its
    own words, the form only places them.
    """

    def __init__(self, text_of: Callable[[object], str]) -> None:
        self.text_of = text_of
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.form_label = error_label("form-error")

    def cell(self, name: str, widget: QWidget, below: QWidget | None = None) -> QWidget:
        """The field, its error (hidden until needed), then an optional hint."""
        self.fields[name] = widget
        cell = QWidget()
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addWidget(widget)
        self.labels[name] = error_label()
        box.addWidget(self.labels[name])
        if below is not None:
            box.addWidget(below)
        return cell

    def clear(self) -> None:
        for name, label in self.labels.items():
            show_error(label, "")
            set_invalid(self.fields[name], False)
        show_error(self.form_label, "")

    def show(self, refusals: Iterable[Refusal]) -> None:
        """Each error under its field, the field outlined; focus on the first one."""
        self.clear()
        first: QWidget | None = None
        unplaced: list[str] = []
        for refusal in refusals:
            text = self.text_of(refusal)
            label = self.labels.get(refusal.field)
            if label is None:
                unplaced.append(text)
                continue
            show_error(label, text)
            set_invalid(self.fields[refusal.field], True)
            first = first or self.fields[refusal.field]
        if unplaced:
            self.say("\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        show_error(self.form_label, text)

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def attempt(
        self,
        dialog: QDialog,
        save: Callable[[], T],
        refused: type[Exception],
        gone: str,
        failed: str,
    ) -> T | None:
        """What the service call `save` stored, or None when it stored nothing: each of its
        refusals (a `refused` exception's `errors`) under its field, the dialog grown to show
        them; a record deleted meanwhile (`gone`) or another failure (`failed`) said above the
        form. The dialog's own sentences, translated."""
        self.clear()
        try:
            return save()
        except refused as exc:
            self.show(getattr(exc, "errors", ()))
            fit_height(dialog)
        except NotFound:
            self.say(gone)
        except ServiceError:
            self.say(failed)
        return None


def fit_height(dialog: QDialog) -> None:
    """Grow the window to show every text once errors appear under fields (wrapped labels
    do not push a window by themselves); never shrink what the user made bigger."""

    def fit() -> None:
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = dialog.layout()
        if layout is None:
            return
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(dialog.width())
        else:
            needed = layout.totalSizeHint().height()
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)

    fit()
    QTimer.singleShot(0, dialog, fit)


def form_layout() -> QFormLayout:
    """Labels right-aligned on the left, fields that grow, rows never wrapped."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(8)
    return form


def ok_cancel(
    dialog: QDialog,
    ok_text: str = "",
    cancel_text: str = "",
    on_ok: Callable[[], object] | None = None,
) -> QDialogButtonBox:
    """OK and Cancel, named by the dialog when it says (`ok_text`, `cancel_text`: its own
    words, translated), OK wired to `on_ok` (by default the dialog's accept), Cancel to
    reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    if cancel_text:
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """Save (the default) and Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("Forms", "Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Forms", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


class PlainText(QPlainTextEdit):
    """A text box a given number of lines high, where Tab moves on (keyboard first)."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        size = super().sizeHint()
        return QSize(size.width(), self.minimumHeight())

"""The small dialogs of a ticket's workflow: a rejection's reason, a forward to another
service (or body), the day the citizen was told, and what an Open311 export publishes.

Each opens without blocking (`open()`); OK runs the page's `submit`, and a refusal is said
in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.tickets import InformedBy
from citizenspace.views.common.context import Services
from citizenspace.views.common.forms import (
    FORM_STYLE,
    error_label,
    fit_height,
    ok_cancel,
    show_error,
)
from citizenspace.views.reception.words import informed_text, service_label

#: A note the staff must read before going on (the law on forwarding, what an export
#: publishes): the same amber panel wherever it appears.
NOTE_STYLE = "background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; padding: 6px;"


class _ActionDialog(QDialog):
    """A small dialog whose OK runs `submit`: a refusal (its text) keeps it open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Callable[[], str] | None = None
        self.error = error_label("form-error")
        self.setStyleSheet(FORM_STYLE)

    def accept(self) -> None:
        if self.submit is not None and (problem := self.submit()):
            show_error(self.error, problem)
            fit_height(self)
            return
        super().accept()


class ReasonDialog(_ActionDialog):
    """Asks for a reason (a rejection's, which the citizen will be told)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())


class ForwardDialog(_ActionDialog):
    """Forward a ticket to a service; outside the City's competence, to the competent body."""

    def __init__(self, services: Services, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forward the ticket"))
        self._options = services.tickets.service_options()
        self.service = QComboBox()
        self.service.addItem(self.tr("Choose a service…"), None)
        for opt in self._options:
            self.service.addItem(service_label(opt.name, opt.body_name, opt.competence), opt.id)
        index = self.service.findData(current)
        if index > 0:
            self.service.setCurrentIndex(index)
        self.outside = QCheckBox(
            self.tr("Outside the City's competence: the citizen must be told (article L114-2)")
        )
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Forward to"), self.service)
        form.addRow("", self.outside)
        form.addRow(self.tr("&Note"), self.note)
        buttons = ok_cancel(self, self.tr("Forward"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.service.currentIndexChanged.connect(self._service_changed)
        self._service_changed()
        self.resize(520, self.sizeHint().height())

    def _service_changed(self) -> None:
        opt = next((o for o in self._options if o.id == self.service.currentData()), None)
        self.outside.setChecked(opt is not None and opt.competence is not Competence.CITY)


class InformedDialog(_ActionDialog):
    """Record how and when the citizen was told."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Citizen informed"))
        self.how = QComboBox()
        for how in InformedBy:
            self.how.addItem(informed_text(how), how.value)
        self.on = QDateEdit(QDate(today.year, today.month, today.day))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        form = QFormLayout()
        form.addRow(self.tr("&How"), self.how)
        form.addRow(self.tr("&On"), self.on)
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[InformedBy, date]:
        d = self.on.date()
        return InformedBy(self.how.currentData()), date(d.year(), d.month(), d.day())


class Open311Dialog(QDialog):
    """What an Open311 export publishes, said before the file is chosen. The staff's notes
    (reasons for rejecting, notes on each step) stay out unless ticked; ticking shows why
    that is a risk, since they are free text that may name people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Open311"))
        intro = QLabel(
            self.tr(
                "The export publishes every report's category, description, address, position, "
                "status and dates, and its photo. The citizens' names, phones and e-mails "
                "never leave."
            )
        )
        intro.setWordWrap(True)
        self.staff_notes = QCheckBox(
            self.tr("Also publish the staff's &notes (reasons for rejecting, notes on each step)")
        )
        self.warning = QLabel(
            self.tr(
                "These notes are free text written by the staff: they may name people, and "
                "they are personal data. Publish them only after reading every one of them."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(NOTE_STYLE)
        self.warning.hide()
        self.staff_notes.toggled.connect(self.warning.setVisible)
        buttons = ok_cancel(self, self.tr("Choose the file…"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.staff_notes)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        # Word-wrapped texts need their height for the width: the dialog follows its
        # layout, growing when the warning shows (a fixed height cut both texts off).
        intro.setMinimumWidth(480)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

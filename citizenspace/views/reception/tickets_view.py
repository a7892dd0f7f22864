"""Follow-ups and "Allô mairie" reports: the list, one ticket's detail and its workflow.

What the reception staff and the coordinator need, in that order: what is late (the
"Overdue" tab says how many), what came in, and for one ticket the next step — only the
buttons that make sense for its status are shown. A ticket opened from a visit arrives
prefilled (`NewTicketDialog(services, visit_id)`); a direct Allô mairie report starts empty.

Dialogs open without blocking (`open()`), show refusals in their own words beside the
form, and keep the form as typed so nothing has to be typed twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import Competence, TicketStatus
from citizenspace.domain.reception.tickets import InformedBy, Problem, TicketError
from citizenspace.services.common.errors import NotFound
from citizenspace.services.reception.tickets import (
    CategoryDraft,
    CategoryRow,
    TicketDetail,
    TicketDraft,
    TicketFilter,
    TicketRefused,
    TicketRow,
)
from citizenspace.views.common.context import Services
from citizenspace.views.common.pictures import picture_pixmap

CONTEXT = "Tickets"
S = TicketStatus


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


_STATUS: dict[TicketStatus, str] = {
    S.NEW: QT_TRANSLATE_NOOP("Tickets", "New"),
    S.FORWARDED: QT_TRANSLATE_NOOP("Tickets", "Forwarded"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("Tickets", "In progress"),
    S.RESOLVED: QT_TRANSLATE_NOOP("Tickets", "Resolved"),
    S.REJECTED: QT_TRANSLATE_NOOP("Tickets", "Rejected"),
}
_INFORMED: dict[InformedBy, str] = {
    InformedBy.PHONE: QT_TRANSLATE_NOOP("Tickets", "By phone"),
    InformedBy.EMAIL: QT_TRANSLATE_NOOP("Tickets", "By e-mail"),
    InformedBy.LETTER: QT_TRANSLATE_NOOP("Tickets", "By letter"),
    InformedBy.SMS: QT_TRANSLATE_NOOP("Tickets", "By text message (SMS)"),
    InformedBy.IN_PERSON: QT_TRANSLATE_NOOP("Tickets", "In person"),
    InformedBy.NOT_WISHED: QT_TRANSLATE_NOOP("Tickets", "Did not wish to be told"),
}
_ERRORS: dict[TicketError, str] = {
    TicketError.TRANSITION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Tickets", "This step is not possible from the ticket's current status."
    ),
    TicketError.REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "Tickets", "Say why the ticket is rejected: the citizen will be told."
    ),
    TicketError.TOO_LONG: QT_TRANSLATE_NOOP("Tickets", "This text is too long."),
    TicketError.REQUIRED: QT_TRANSLATE_NOOP("Tickets", "This field is required."),
    TicketError.UNKNOWN_CATEGORY: QT_TRANSLATE_NOOP(
        "Tickets", "This category does not exist (any more): choose another one."
    ),
    TicketError.INACTIVE_CATEGORY: QT_TRANSLATE_NOOP(
        "Tickets", "This category is no longer in use: choose another one."
    ),
    TicketError.UNKNOWN_SERVICE: QT_TRANSLATE_NOOP(
        "Tickets", "This service is no longer in the directory: choose another one."
    ),
    TicketError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
        "Tickets", "This site no longer exists: choose another one."
    ),
    TicketError.UNKNOWN_VISIT: QT_TRANSLATE_NOOP(
        "Tickets", "The visit this ticket follows up no longer exists."
    ),
    TicketError.LATITUDE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Tickets", "A latitude is between -90 and 90 (Saint-Quentin: about 49.85)."
    ),
    TicketError.LONGITUDE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Tickets", "A longitude is between -180 and 180 (Saint-Quentin: about 3.29)."
    ),
    TicketError.COORDINATES_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Tickets", "Give both the latitude and the longitude, or neither."
    ),
    TicketError.INVALID_EMAIL: QT_TRANSLATE_NOOP(
        "Tickets", "This is not a valid e-mail address (example: name@example.fr)."
    ),
    TicketError.INVALID_PHONE: QT_TRANSLATE_NOOP(
        "Tickets", "This is not a valid phone number (example: 06 12 34 56 78)."
    ),
    TicketError.PHOTO_NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "Tickets", "The photo must be a PNG or JPEG picture."
    ),
    TicketError.PHOTO_TOO_BIG: QT_TRANSLATE_NOOP("Tickets", "The photo is too big: 5 MB at most."),
    TicketError.PHOTO_UNREADABLE: QT_TRANSLATE_NOOP(
        "Tickets",
        "This photo could not be opened: the file is damaged or is not really a picture. "
        "Choose another PNG or JPEG file.",
    ),
    TicketError.COMPETENT_BODY_REQUIRED: QT_TRANSLATE_NOOP(
        "Tickets", "Name the competent body the request is forwarded to."
    ),
    TicketError.BODY_IS_THE_CITY: QT_TRANSLATE_NOOP(
        "Tickets",
        "This service belongs to the City: a request outside the City's competence goes "
        "to another body.",
    ),
    TicketError.CITIZEN_NOT_INFORMED: QT_TRANSLATE_NOOP(
        "Tickets",
        "The request was forwarded outside the City's competence: record that the citizen "
        "was told (article L114-2) before closing it.",
    ),
    TicketError.INFORMED_BEFORE_OPENED: QT_TRANSLATE_NOOP(
        "Tickets", "The citizen cannot have been told before the ticket was opened."
    ),
    TicketError.INFORMED_IN_THE_FUTURE: QT_TRANSLATE_NOOP("Tickets", "This date is in the future."),
    TicketError.INVALID_CODE: QT_TRANSLATE_NOOP(
        "Tickets", "A code is made of letters, digits, dots, dashes or underscores, no spaces."
    ),
    TicketError.CODE_TAKEN: QT_TRANSLATE_NOOP("Tickets", "Another category has this code."),
    TicketError.NAME_TAKEN: QT_TRANSLATE_NOOP("Tickets", "Another category has this name."),
    TicketError.DUE_DAYS_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Tickets", "The delay is between 1 and 365 days."
    ),
}
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Tickets", "This is not a number (example: 49,8465).")


def status_text(status: TicketStatus) -> str:
    return _tr(_STATUS.get(status, status.value))


def informed_text(how: InformedBy) -> str:
    return _tr(_INFORMED[how])


def problem_text(problem: Problem) -> str:
    return _tr(_ERRORS.get(problem.code, problem.code.value))


def problems_text(problems: tuple[Problem, ...] | list[Problem]) -> str:
    seen: list[str] = []
    for p in problems:
        text = problem_text(p)
        if text not in seen:
            seen.append(text)
    return "\n".join(seen)


def date_text(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _service_label(name: str, body: str, competence: Competence) -> str:
    return name if competence is Competence.CITY or not body else f"{name} — {body}"


# =========================================================================== new ticket


class NewTicketDialog(QDialog):
    """A new follow-up ticket or Allô mairie report. Keyboard first: the category has the
    focus, Tab goes down the form, Ctrl+Enter (or Enter outside the description) opens it."""

    saved = Signal(str)

    def __init__(
        self, services: Services, visit_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._svc = services.tickets
        self._photo: bytes | None = None
        self._service_touched = False
        self.ticket_id: str | None = None
        self.visit_id = visit_id
        self.setWindowTitle(
            self.tr("New follow-up ticket") if visit_id else self.tr("New Allô mairie report")
        )

        self.category = QComboBox()
        self._categories = self._svc.categories()
        self.category.addItem(self.tr("Choose a category…"), None)
        for cat in self._categories:
            self.category.addItem(
                self.tr("%1 (%n day(s))", "", cat.due_days).replace("%1", cat.name), cat.id
            )
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What is the problem, or the question?"))
        self.description.setMinimumHeight(70)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Number, street, postcode"))
        self.latitude = QLineEdit()
        self.latitude.setPlaceholderText(self.tr("Latitude"))
        self.longitude = QLineEdit()
        self.longitude.setPlaceholderText(self.tr("Longitude"))
        coords = QHBoxLayout()
        coords.addWidget(self.latitude)
        coords.addWidget(self.longitude)
        self.service = QComboBox()
        self.service.addItem(self.tr("(the category's service)"), None)
        for opt in self._svc.service_options():
            self.service.addItem(_service_label(opt.name, opt.body_name, opt.competence), opt.id)
        self.site = QComboBox()
        self.site.addItem(self.tr("(no site)"), None)
        for site in self._svc.site_options():
            self.site.addItem(site.name, site.id)
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_email = QLineEdit()
        self.photo_label = QLabel(self.tr("No photo"))
        self.photo_button = QPushButton(self.tr("Choose a photo…"))
        self.photo_button.setAutoDefault(False)
        self.photo_button.clicked.connect(self._choose_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_label, 1)
        photo_row.addWidget(self.photo_button)
        self.error = _error_label()

        form = QFormLayout()
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Coordinates"), coords)
        form.addRow(self.tr("&Service"), self.service)
        form.addRow(self.tr("Si&te"), self.site)
        form.addRow(self.tr("Photo"), photo_row)
        contact = QGroupBox(self.tr("To tell the citizen the outcome (optional)"))
        contact_form = QFormLayout(contact)
        contact_form.addRow(self.tr("&Name"), self.contact_name)
        contact_form.addRow(self.tr("&Phone"), self.contact_phone)
        contact_form.addRow(self.tr("&E-mail"), self.contact_email)
        hint = QLabel(
            self.tr(
                "Personal data: only what is needed to answer, erased after the retention "
                "period. Never exported."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        contact_form.addRow(hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open the ticket"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.save)

        self.written_hint = QLabel()
        self.written_hint.setWordWrap(True)
        self.written_hint.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.written_hint)
        layout.addLayout(form)
        layout.addWidget(contact)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.service.activated.connect(self._service_chosen)
        self._prefill()
        self.category.setFocus()
        self.resize(520, self.sizeHint().height())

    def _prefill(self) -> None:
        if self.visit_id is None:
            self._select(self.site, self._svc.local_site_id())
            return
        try:
            pre = self._svc.prefill_from_visit(self.visit_id)
        except NotFound:
            self.visit_id = None
            return
        d = pre.draft
        self._select(self.category, d.category_id)
        self.description.setPlainText(d.description)
        self._select(self.site, d.site_id)
        if d.directory_entry_id:
            self._select(self.service, d.directory_entry_id)
            self._service_touched = True
        if pre.written:
            self.written_hint.setText(
                self.tr(
                    "Written request: if it is outside the City's competence, forward it to "
                    "the competent body and tell the citizen (article L114-2)."
                )
            )
            self.written_hint.show()

    @staticmethod
    def _select(combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _category_changed(self) -> None:
        if self._service_touched:
            return
        cid = self.category.currentData()
        cat = next((c for c in self._categories if c.id == cid), None)
        self._select(self.service, cat.directory_entry_id if cat else None)
        if cat is None or cat.directory_entry_id is None:
            self.service.setCurrentIndex(0)

    def _service_chosen(self) -> None:
        self._service_touched = True

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if path:
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> None:
        """Take the photo's bytes; the service checks them when the ticket is opened."""
        try:
            self._photo = path.read_bytes()
        except OSError:
            self._photo = None
            _show_error(self.error, self.tr("This file cannot be read."))
            return
        self.photo_label.setText(path.name)

    def _number(self, edit: QLineEdit) -> tuple[float | None, bool]:
        text = edit.text().strip()
        if not text:
            return None, True
        # "49,8465" as typed in French or "49.8465" as copied from a map: both are meant;
        # a coordinate never has thousands separators.
        value, ok = QLocale.c().toDouble(text.replace(" ", "").replace(",", "."))
        return (value if ok else None), ok

    def draft(self) -> TicketDraft | None:
        lat, lat_ok = self._number(self.latitude)
        lon, lon_ok = self._number(self.longitude)
        if not (lat_ok and lon_ok):
            _show_error(self.error, _tr(_NOT_A_NUMBER))
            (self.latitude if not lat_ok else self.longitude).setFocus()
            return None
        return TicketDraft(
            category_id=self.category.currentData(),
            description=self.description.toPlainText(),
            address=self.address.text(),
            latitude=lat,
            longitude=lon,
            directory_entry_id=self.service.currentData(),
            site_id=self.site.currentData(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            visit_id=self.visit_id,
        )

    def save(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        try:
            self.ticket_id = self._svc.open_ticket(draft, self._photo)
        except TicketRefused as e:
            _show_error(self.error, problems_text(e.problems))
            self._focus(e.problems[0].field)
            return
        self.saved.emit(self.ticket_id)
        self.accept()

    def _focus(self, field: str) -> None:
        widgets = {
            "category": self.category,
            "description": self.description,
            "address": self.address,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "service": self.service,
            "site": self.site,
            "contact_name": self.contact_name,
            "contact_phone": self.contact_phone,
            "contact_email": self.contact_email,
            "photo": self.photo_button,
        }
        if (w := widgets.get(field)) is not None:
            w.setFocus()


# =========================================================================== small dialogs


class _ActionDialog(QDialog):
    """A small dialog whose OK runs `submit`: a refusal (its text) keeps it open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Callable[[], str] | None = None
        self.error = _error_label()

    def accept(self) -> None:
        if self.submit is not None and (problem := self.submit()):
            _show_error(self.error, problem)
            return
        super().accept()


class ReasonDialog(_ActionDialog):
    """Asks for a reason (a rejection's, which the citizen will be told)."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
            self.service.addItem(_service_label(opt.name, opt.body_name, opt.competence), opt.id)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Forward"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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
        self.warning.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; padding: 6px;"
        )
        self.warning.hide()
        self.staff_notes.toggled.connect(self.warning.setVisible)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.staff_notes)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        # Word-wrapped texts need their height for the width: the dialog follows its
        # layout, growing when the warning shows (a fixed height cut both texts off).
        intro.setMinimumWidth(480)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)


class CategoriesDialog(QDialog):
    """The ticket categories: name, code (the Open311 service code), delay, default service."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svc = services.tickets
        self.setWindowTitle(self.tr("Ticket categories"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Code"), self.tr("Delay"), self.tr("Service"), ""]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.delay = QSpinBox()
        self.delay.setRange(1, 365)
        self.delay.setValue(15)
        self.delay.setSuffix(self.tr(" days"))
        self.service = QComboBox()
        self.service.addItem(self.tr("(none)"), None)
        for opt in self._svc.service_options():
            self.service.addItem(_service_label(opt.name, opt.body_name, opt.competence), opt.id)
        self.error = _error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("C&ode"), self.code)
        form.addRow(self.tr("&Delay"), self.delay)
        form.addRow(self.tr("Default &service"), self.service)
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.active_button = QPushButton(self.tr("Deactivate"))
        close = QPushButton(self.tr("Close"))
        for b in (self.new_button, self.active_button, close):
            b.setAutoDefault(False)
        row = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.active_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.active_button.clicked.connect(self._toggle_active)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selected)
        self._rows: list[CategoryRow] = []
        self._editing: str | None = None
        self.reload()
        self.resize(640, 480)
        self.name.setFocus()

    def reload(self, select: str | None = None) -> None:
        self._rows = self._svc.categories(include_inactive=True)
        self.table.setRowCount(len(self._rows))
        for i, r in enumerate(self._rows):
            cells = (
                r.name,
                r.code,
                self.tr("%n day(s)", "", r.due_days),
                r.service_name,
                "" if r.active else self.tr("not in use"),
            )
            for col, text in enumerate(cells):
                self.table.setItem(i, col, QTableWidgetItem(text))
        if select is not None:
            for i, r in enumerate(self._rows):
                if r.id == select:
                    self.table.selectRow(i)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = self._rows[rows[0].row()]
        self._editing = r.id
        self.name.setText(r.name)
        self.code.setText(r.code)
        self.delay.setValue(r.due_days)
        index = self.service.findData(r.directory_entry_id)
        self.service.setCurrentIndex(max(0, index))
        self.active_button.setText(self.tr("Deactivate") if r.active else self.tr("Reactivate"))
        _show_error(self.error, "")

    def new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        for edit in (self.name, self.code):
            edit.clear()
        self.delay.setValue(15)
        self.service.setCurrentIndex(0)
        self.name.setFocus()

    def save(self) -> None:
        draft = CategoryDraft(
            self.code.text(), self.name.text(), self.delay.value(), self.service.currentData()
        )
        try:
            if self._editing is None:
                row = self._svc.add_category(draft)
            else:
                old = next(r for r in self._rows if r.id == self._editing)
                draft = CategoryDraft(
                    draft.code,
                    draft.name,
                    draft.due_days,
                    draft.directory_entry_id,
                    old.description,
                    old.keywords,
                )
                row = self._svc.update_category(self._editing, draft)
        except TicketRefused as e:
            _show_error(self.error, problems_text(e.problems))
            return
        _show_error(self.error, "")
        self.reload(row.id)
        self.changed.emit()

    def _toggle_active(self) -> None:
        if self._editing is None:
            return
        row = next(r for r in self._rows if r.id == self._editing)
        self._svc.set_category_active(row.id, not row.active)
        self.reload(row.id)
        self.changed.emit()


# =========================================================================== the page


class TicketsView(QWidget):
    """The Follow-ups page of the Reception area."""

    COLUMNS = 8

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._svc = services.tickets
        self._rows: list[TicketRow] = []
        self._detail: TicketDetail | None = None
        self.dialog: QDialog | None = None
        self.message_box: QMessageBox | None = None

        self.tabs = QTabBar()
        self.tabs.addTab(self.tr("All tickets"))
        self.tabs.addTab(self.tr("Overdue"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Open tickets"), "open")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for st in TicketStatus:
            self.status_filter.addItem(status_text(st), st.value)
        self.category_filter = QComboBox()
        self.service_filter = QComboBox()
        self.site_filter = QComboBox()
        for combo in (
            self.status_filter,
            self.category_filter,
            self.service_filter,
            self.site_filter,
        ):
            combo.activated.connect(lambda _i: self.refresh())
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(260)

        self.new_button = QPushButton(self.tr("New report…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("A new Allô mairie report (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_ticket)
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.clicked.connect(self.edit_categories)
        self.export_button = QPushButton(self.tr("Export Open311…"))
        self.export_button.setToolTip(
            self.tr(
                "Tickets in the Open311 GeoReport v2 shape, JSON or CSV. Descriptions and "
                "addresses are exported; the staff's notes only if you ask; the citizens' "
                "contacts never are."
            )
        )
        self.export_button.clicked.connect(self.choose_and_export)

        # Two rows: the lists and the actions, then the filters (in French the labels are
        # long, and one row cut every button short on a laptop screen).
        actions = QHBoxLayout()
        actions.addWidget(self.tabs)
        actions.addStretch(1)
        actions.addWidget(self.categories_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.new_button)
        filter_row = QHBoxLayout()
        for w in (self.status_filter, self.category_filter, self.service_filter, self.site_filter):
            filter_row.addWidget(w)
        filter_row.addStretch(1)
        filters = QVBoxLayout()
        filters.addLayout(actions)
        filters.addLayout(filter_row)

        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Opened"),
                self.tr("Category"),
                self.tr("Description"),
                self.tr("Address"),
                self.tr("Status"),
                self.tr("Due"),
                self.tr("Late"),
                self.tr("Service"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.count_label)

        # ---------- the detail panel
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.law_note = QLabel()
        self.law_note.setWordWrap(True)
        self.law_note.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0b45a; border-radius: 4px; padding: 6px;"
        )
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, QLabel] = {}
        for key, caption in (
            ("opened", self.tr("Opened")),
            ("due", self.tr("Due")),
            ("service", self.tr("Service")),
            ("site", self.tr("Site")),
            ("address", self.tr("Address")),
            ("description", self.tr("Description")),
            ("contact", self.tr("Contact")),
            ("informed", self.tr("Citizen told")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(caption, value)
        self.photo = QLabel()
        self.photo.setFixedSize(QSize(200, 150))
        self.photo.hide()

        self.forward_button = QPushButton(self.tr("&Forward…"))
        self.start_button = QPushButton(self.tr("&Start"))
        self.resolve_button = QPushButton(self.tr("&Resolve"))
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.informed_button = QPushButton(self.tr("Citizen &informed…"))
        self.forward_button.clicked.connect(self.forward_selected)
        self.start_button.clicked.connect(lambda: self._move(S.IN_PROGRESS))
        self.resolve_button.clicked.connect(lambda: self._move(S.RESOLVED))
        self.reject_button.clicked.connect(self.reject_selected)
        self.reopen_button.clicked.connect(lambda: self._move(S.IN_PROGRESS))
        self.informed_button.clicked.connect(self.record_informed)
        actions = QHBoxLayout()
        for b in (
            self.start_button,
            self.forward_button,
            self.resolve_button,
            self.reject_button,
            self.reopen_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        self.action_error = _error_label()

        self.history = QListWidget()
        self.history.setMinimumHeight(90)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.addWidget(self.title)
        d.addWidget(self.status_line)
        d.addLayout(actions)
        d.addWidget(self.action_error)
        d.addWidget(self.law_note)
        d.addLayout(self.facts)
        informed_row = QHBoxLayout()
        informed_row.addWidget(self.informed_button)
        informed_row.addStretch(1)
        d.addLayout(informed_row)
        d.addWidget(self.photo)
        history_title = QLabel(self.tr("History"))
        history_title.setStyleSheet("font-weight: bold;")
        d.addWidget(history_title)
        d.addWidget(self.history, 1)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(detail)
        self.detail_scroll.setMinimumWidth(340)
        self.detail_placeholder = QLabel(self.tr("Choose a ticket in the list to see it here."))
        self.detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_placeholder.setWordWrap(True)
        right = QWidget()
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(self.detail_placeholder, 1)
        r.addWidget(self.detail_scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self._fill_filters()
        self.refresh()

    # ---------------------------------------------------------------- the list

    def _fill_filters(self) -> None:
        def refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

        refill(
            self.category_filter,
            self.tr("All categories"),
            [(c.name, c.id) for c in self._svc.categories(include_inactive=True)],
        )
        refill(
            self.service_filter,
            self.tr("All services"),
            [(o.name, o.id) for o in self._svc.service_options()],
        )
        refill(
            self.site_filter,
            self.tr("All sites"),
            [(s.name, s.id) for s in self._svc.site_options()],
        )

    def overdue_mode(self) -> bool:
        return self.tabs.currentIndex() == 1

    def show_overdue(self, on: bool = True) -> None:
        self.tabs.setCurrentIndex(1 if on else 0)

    def refresh(self) -> None:
        """Reload the list (keeping the selected ticket) and the overdue count."""
        keep = self.selected_ticket_id()
        overdue = self._svc.overdue()
        self.tabs.setTabText(1, self.tr("Overdue (%1)").replace("%1", str(len(overdue))))
        filtered = not self.overdue_mode()
        for combo in (
            self.status_filter,
            self.category_filter,
            self.service_filter,
            self.site_filter,
        ):
            combo.setEnabled(filtered)
        if self.overdue_mode():
            rows = overdue
        else:
            status = self.status_filter.currentData()
            rows = self._svc.tickets(
                TicketFilter(
                    status=TicketStatus(status) if status not in (None, "open") else None,
                    open_only=status == "open",
                    category_id=self.category_filter.currentData(),
                    directory_entry_id=self.service_filter.currentData(),
                    site_id=self.site_filter.currentData(),
                )
            )
        self._fill(rows)
        if keep is None or not self.select_ticket(keep):
            self._show_selected()

    def _fill(self, rows: list[TicketRow]) -> None:
        self._rows = rows
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (
                date_text(r.opened_on),
                r.category,
                " ".join(r.description.split()),
                r.address,
                status_text(r.status),
                date_text(r.due_on),
                self.tr("%n day(s)", "", r.days_late) if r.overdue else "",
                r.service_name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 6 and r.overdue:
                    item.setForeground(Qt.GlobalColor.darkRed)
                if col == 2:
                    item.setToolTip(r.description)
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)
        for col in (3, 7):  # long addresses and service names must not squeeze the text
            self.table.setColumnWidth(col, min(230, max(120, self.table.columnWidth(col))))
        if self.overdue_mode():
            self.count_label.setText(
                self.tr("%n ticket(s) overdue, the oldest first", "", len(rows))
            )
        else:
            self.count_label.setText(self.tr("%n ticket(s)", "", len(rows)))
        if rows:
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("Nothing is late.")
                if self.overdue_mode()
                else self.tr(
                    "No ticket here. A follow-up is opened from a visit at the desk, or with "
                    '"New report…" for an Allô mairie call.'
                )
            )
            self.empty_label.show()

    def selected_ticket_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._rows):
            return None
        return self._rows[rows[0].row()].id

    def select_ticket(self, ticket_id: str) -> bool:
        for i, r in enumerate(self._rows):
            if r.id == ticket_id:
                self.table.selectRow(i)
                self.table.scrollToItem(self.table.item(i, 0))
                self._show_selected()
                return True
        return False

    def row_ids(self) -> list[str]:
        return [r.id for r in self._rows]

    # ---------------------------------------------------------------- the detail

    def _show_selected(self) -> None:
        ticket_id = self.selected_ticket_id()
        _show_error(self.action_error, "")
        if ticket_id is None:
            self._detail = None
            self.detail_scroll.hide()
            self.detail_placeholder.show()
            return
        try:
            t = self._svc.ticket(ticket_id)
        except NotFound:
            self._detail = None
            self.detail_scroll.hide()
            self.detail_placeholder.show()
            return
        self._detail = t
        self.detail_placeholder.hide()
        self.detail_scroll.show()
        self.title.setText(t.category)
        status = status_text(t.status)
        if t.status_reason:
            status = self.tr("%1: %2").replace("%1", status).replace("%2", t.status_reason)
        if t.closed_on:
            status = (
                self.tr("%1 (closed on %2)")
                .replace("%1", status)
                .replace("%2", date_text(t.closed_on))
            )
        self.status_line.setText(status)
        nxt = set(t.next_statuses)
        closed = t.status in (S.RESOLVED, S.REJECTED)
        self.forward_button.setVisible(S.FORWARDED in nxt)
        self.start_button.setVisible(S.IN_PROGRESS in nxt and not closed)
        self.reopen_button.setVisible(S.IN_PROGRESS in nxt and closed)
        self.resolve_button.setVisible(S.RESOLVED in nxt)
        self.reject_button.setVisible(S.REJECTED in nxt)

        f = self.fact_labels
        f["opened"].setText(date_text(t.opened_on))
        due = date_text(t.due_on)
        if t.overdue:
            due = self.tr("%1 — %n day(s) late", "", t.days_late).replace("%1", due)
            f["due"].setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            f["due"].setStyleSheet("")
        f["due"].setText(due)
        service = t.service_name or self.tr("(none)")
        if t.outside_competence:
            service = (
                self.tr("%1 — outside the City's competence, forwarded on %2")
                .replace("%1", service)
                .replace("%2", date_text(t.forwarded_on))
            )
        f["service"].setText(service)
        f["site"].setText(t.site_name)
        where = t.address
        if t.latitude is not None and t.longitude is not None:
            loc = QLocale()
            coords = f"{loc.toString(t.latitude, 'f', 5)} ; {loc.toString(t.longitude, 'f', 5)}"
            where = f"{where}\n{coords}" if where else coords
        f["address"].setText(where)
        f["description"].setText(t.description)
        f["contact"].setText(
            "\n".join(x for x in (t.contact_name, t.contact_phone, t.contact_email) if x)
            or self.tr("(none given)")
        )
        if t.citizen_informed_by is not None:
            told = informed_text(t.citizen_informed_by)
            if t.informed_on:
                told = (
                    self.tr("%1, on %2").replace("%1", told).replace("%2", date_text(t.informed_on))
                )
        else:
            told = self.tr("Not yet")
        f["informed"].setText(told)
        if t.must_inform:
            self.law_note.setText(
                self.tr(
                    "Forwarded outside the City's competence: the citizen must be told where "
                    "the request went (article L114-2 of the Code des relations entre le "
                    "public et l'administration)."
                )
            )
            self.law_note.show()
        else:
            self.law_note.hide()
        pixmap = picture_pixmap(self._svc.photo(t.photo_hash), self.photo.size(), 6)
        if pixmap is not None:
            self.photo.setPixmap(pixmap)
            self.photo.show()
        else:
            self.photo.hide()
        self.history.clear()
        for e in t.history:
            when = QLocale().toString(
                QDate(e.at.year, e.at.month, e.at.day), QLocale.FormatType.ShortFormat
            )
            line = f"{when} {e.at:%H:%M} — {status_text(e.status)}"
            if e.reason:
                line += f" — {e.reason}"
            if e.staff_name:
                line += f" ({e.staff_name})"
            self.history.addItem(line)

    def detail(self) -> TicketDetail | None:
        return self._detail

    # ---------------------------------------------------------------- actions

    def _after_change(self, ticket_id: str) -> None:
        self.refresh()
        if not self.select_ticket(ticket_id):
            # Moved out of the filtered list (closed, no longer late): say where it went.
            self.count_label.setText(
                self.count_label.text()
                + " — "
                + self.tr('the ticket left this list; see "All statuses"')
            )

    def _move(self, target: TicketStatus, reason: str = "") -> bool:
        t = self._detail
        if t is None:
            return False
        try:
            self._svc.move(t.id, target, reason)
        except (TicketRefused, NotFound) as e:
            text = problems_text(e.problems) if isinstance(e, TicketRefused) else ""
            _show_error(self.action_error, text or self.tr("This ticket no longer exists."))
            return False
        self._after_change(t.id)
        return True

    def reject_selected(self) -> ReasonDialog | None:
        t = self._detail
        if t is None:
            return None
        dialog = ReasonDialog(
            self.tr("Reject the ticket"),
            self.tr("Why is it rejected? The citizen will be told this reason."),
            self,
        )
        dialog.submit = lambda: self._try(lambda: self._svc.reject(t.id, dialog.reason.text()))
        dialog.accepted.connect(lambda: self._after_change(t.id))
        return self._open(dialog)

    def forward_selected(self) -> ForwardDialog | None:
        t = self._detail
        if t is None:
            return None
        dialog = ForwardDialog(self._services, t.directory_entry_id, self)
        dialog.submit = lambda: self._try(
            lambda: self._svc.forward(
                t.id,
                dialog.service.currentData() or "",
                dialog.outside.isChecked(),
                dialog.note.text(),
            )
        )
        dialog.accepted.connect(lambda: self._after_change(t.id))
        return self._open(dialog)

    def record_informed(self) -> InformedDialog | None:
        t = self._detail
        if t is None:
            return None
        dialog = InformedDialog(self._svc.today(), self)
        if t.contact_email and not t.contact_phone:
            dialog.how.setCurrentIndex(dialog.how.findData(InformedBy.EMAIL.value))
        dialog.submit = lambda: self._try(lambda: self._svc.record_informed(t.id, *dialog.chosen()))
        dialog.accepted.connect(lambda: self._after_change(t.id))
        return self._open(dialog)

    def _try(self, action: Callable[[], object]) -> str:
        """Run a service action; the refusal's words, or "" when it was done."""
        try:
            action()
        except TicketRefused as e:
            return problems_text(e.problems)
        except NotFound:
            return self.tr("This ticket no longer exists: it may have been removed elsewhere.")
        return ""

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.open()
        return dialog

    def new_ticket(self, visit_id: str | None = None) -> NewTicketDialog:
        dialog = NewTicketDialog(self._services, visit_id, self)
        dialog.saved.connect(self._opened)
        self._open(dialog)
        return dialog

    def _opened(self, ticket_id: str) -> None:
        if self.overdue_mode():
            self.show_overdue(False)
        self.refresh()
        if not self.select_ticket(ticket_id):
            self.status_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
            self.service_filter.setCurrentIndex(0)
            self.site_filter.setCurrentIndex(0)
            self.refresh()
            self.select_ticket(ticket_id)

    def edit_categories(self) -> CategoriesDialog:
        dialog = CategoriesDialog(self._services, self)

        def changed() -> None:
            self._fill_filters()
            self.refresh()

        dialog.changed.connect(changed)
        self._open(dialog)
        return dialog

    def choose_and_export(self) -> Open311Dialog:
        """Say what the export publishes (and ask about the staff's notes), then ask where."""
        dialog = Open311Dialog(self)
        dialog.accepted.connect(lambda: self._choose_file(dialog.staff_notes.isChecked()))
        self._open(dialog)
        return dialog

    def _choose_file(self, with_staff_notes: bool) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Open311"),
            "open311.json",
            ";;".join((self.tr("Open311 JSON (*.json)"), self.tr("Open311 CSV (*.csv)"))),
        )
        if path:
            fmt = "csv" if path.lower().endswith(".csv") or "csv" in chosen.lower() else "json"
            self.export_to(Path(path), fmt, with_staff_notes)

    def export_to(self, path: Path, fmt: str, with_staff_notes: bool = False) -> None:
        try:
            result = self._svc.export_open311(
                path, fmt, with_photos=True, with_staff_notes=with_staff_notes
            )
        except OSError as e:
            self._inform(
                self.tr("Export failed"),
                self.tr("The file could not be written: %1").replace("%1", e.strerror or str(e)),
            )
            return
        self._inform(
            self.tr("Open311 export"),
            self.tr("%n ticket(s) exported.", "", result.requests),
            "\n".join(str(p) for p in result.files),
        )

    def _inform(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self
        )
        if details:
            box.setInformativeText(details)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        self.message_box = box
        box.open()

"""A new follow-up ticket, or an Allô mairie report taken on the phone.

A ticket opened from a visit arrives prefilled (`NewTicketDialog(services, visit_id)`); a
direct Allô mairie report starts empty. A refusal is said under the form, the fields it
concerns outlined, and the form kept as typed so nothing has to be typed twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.common.errors import NotFound
from citizenspace.services.reception.tickets import TicketDraft, TicketRefused
from citizenspace.views.common.context import Services
from citizenspace.views.common.forms import (
    FORM_STYLE,
    PlainText,
    error_label,
    fit_height,
    hint,
    ok_cancel,
    set_invalid,
    show_error,
)
from citizenspace.views.reception.words import not_a_number_text, problems_text, service_label

#: How many lines the description box shows before it scrolls.
DESCRIPTION_LINES = 8


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
        self.setStyleSheet(FORM_STYLE)

        self.category = QComboBox()
        self._categories = self._svc.categories()
        self.category.addItem(self.tr("Choose a category…"), None)
        for cat in self._categories:
            self.category.addItem(
                self.tr("%1 (%n day(s))", "", cat.due_days).replace("%1", cat.name), cat.id
            )
        self.description = PlainText(DESCRIPTION_LINES)
        self.description.setPlaceholderText(self.tr("What is the problem, or the question?"))
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
            self.service.addItem(service_label(opt.name, opt.body_name, opt.competence), opt.id)
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
        self.error = error_label("form-error")

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
        contact_form.addRow(
            hint(
                self.tr(
                    "Personal data: only what is needed to answer, erased after the retention "
                    "period. Never exported."
                )
            )
        )

        self.buttons = ok_cancel(self, self.tr("Open the ticket"), on_ok=self.save)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
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
            self._refuse(self.tr("This file cannot be read."), [])
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
            self._refuse(not_a_number_text(), ["latitude" if not lat_ok else "longitude"])
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
            self._refuse(problems_text(e.problems), [p.field for p in e.problems])
            return
        self.saved.emit(self.ticket_id)
        self.accept()

    def _refuse(self, text: str, fields: list[str]) -> None:
        """Say why under the form, outline the fields refused, focus the first one."""
        show_error(self.error, text)
        widgets = self._fields()
        for name, widget in widgets.items():
            set_invalid(widget, name in fields)
        if fields and (first := widgets.get(fields[0])) is not None:
            first.setFocus()
        fit_height(self)

    def _fields(self) -> dict[str, QWidget]:
        return {
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

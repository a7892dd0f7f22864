"""The person form: create or edit one person, with the refusals shown where they belong.

The dialog never decides what is valid: it hands a `PersonDraft` to the service and, if the
service refuses, puts each error next to its field and stays open with nothing saved. The
widgets are public attributes so that tests type into them like a receptionist would.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.people import (
    ADDRESS_MAX,
    EMAIL_MAX,
    NAME_MAX,
    NOTES_MAX,
    FieldError,
    PersonDraft,
)
from citizenspace.services.errors import NotFound, ServiceError, ValidationFailed
from citizenspace.services.people import PeopleService, PersonDetail
from citizenspace.views.labels import person_error_text, person_field_label

#: Marks a field the service refused; the style sheet below draws it with a red border.
INVALID_PROPERTY = "invalid"

_ERROR_COLOUR = "#b3261e"

_STYLE = f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 1px solid {_ERROR_COLOUR};
    border-radius: 3px;
    padding: 2px 3px;
}}
QCheckBox[invalid="true"] {{ color: {_ERROR_COLOUR}; }}
QLabel[role="field-error"], QLabel[role="form-error"] {{ color: {_ERROR_COLOUR}; }}
"""

#: Longest text each field accepts, to say so when the service finds it too long.
_LIMITS = {
    "first_name": NAME_MAX,
    "last_name": NAME_MAX,
    "email": EMAIL_MAX,
    "address": ADDRESS_MAX,
    "notes": NOTES_MAX,
}


_WIDE = (
    QSizePolicy.Policy.Expanding,
    QSizePolicy.Policy.MinimumExpanding,
    QSizePolicy.Policy.Ignored,
)


class PersonDialog(QDialog):
    """Create a person (`person_id=None`) or edit one.

    Open it with `open()` (window-modal, does not block) and listen to `accepted`; after
    that, `saved` holds what the service stored.
    """

    def __init__(
        self,
        service: PeopleService,
        person_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._person_id = person_id
        self.saved: PersonDetail | None = None
        self._consent_on: date | None = None
        # Raises NotFound before any widget shows if the person vanished (deleted elsewhere).
        detail = service.get(person_id) if person_id is not None else None

        self.setWindowTitle(self.tr("Edit person") if detail else self.tr("New person"))
        self.setStyleSheet(_STYLE)
        self.setMinimumWidth(520)

        self.first_name_edit = QLineEdit()
        self.first_name_edit.setMaxLength(NAME_MAX + 20)
        self.last_name_edit = QLineEdit()
        self.last_name_edit.setMaxLength(NAME_MAX + 20)

        self.district_combo = QComboBox()
        self.district_combo.setMinimumContentsLength(24)  # room for "Quartier de la Gare"
        self.district_combo.addItem(self.tr("—"), None)
        for choice in service.districts():
            self.district_combo.addItem(choice.name, choice.id)

        self.birth_year_edit = QLineEdit()
        self.birth_year_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self.birth_year_edit)
        )
        self.birth_year_edit.setPlaceholderText(self.tr("e.g. 1984"))
        self.birth_year_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000") * 3)

        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(self.tr("name@example.fr"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("06 12 34 56 78"))
        self.address_edit = QLineEdit()
        self.postcode_edit = QLineEdit()
        self.postcode_edit.setMaxLength(10)
        self.postcode_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("00000") * 3)

        self.consent_contact_check = QCheckBox(self.tr("Agrees to be contacted by e-mail or phone"))
        self.consent_date_label = QLabel()
        self.consent_date_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.consent_photo_check = QCheckBox(self.tr("Agrees to appear in photos"))

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        line = self.notes_edit.fontMetrics().lineSpacing()
        self.notes_edit.setFixedHeight(line * 4 + 12)
        self.notes_hint_label = QLabel(
            self.tr(
                "Facts useful to the office only: the person may ask to read them. Never note "
                "health, origins, religion, political or union views, or any judgement "
                "(CNIL guidance)."
            )
        )
        self.notes_hint_label.setWordWrap(True)
        self.notes_hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        # Each field the service may name in a `FieldError`, in the order of the form.
        self.fields: dict[str, QWidget] = {
            "first_name": self.first_name_edit,
            "last_name": self.last_name_edit,
            "district_id": self.district_combo,
            "birth_year": self.birth_year_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "address": self.address_edit,
            "postcode": self.postcode_edit,
            "consent_contact": self.consent_contact_check,
            "consent_photo": self.consent_photo_check,
            "notes": self.notes_edit,
        }
        self.error_labels: dict[str, QLabel] = {}

        self.form_error_label = QLabel()
        self.form_error_label.setProperty("role", "form-error")
        self.form_error_label.setWordWrap(True)
        self.form_error_label.hide()

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        consent_row = QHBoxLayout()
        consent_row.setSpacing(12)
        consent_row.addWidget(self.consent_contact_check)
        consent_row.addWidget(self.consent_date_label)
        consent_row.addStretch(1)
        extras = {"consent_contact": consent_row}
        hints = {"notes": self.notes_hint_label}
        for name, widget in self.fields.items():
            label = QLabel(person_field_label(name))
            label.setBuddy(widget)
            form.addRow(label, self._field_cell(name, widget, extras.get(name), hints.get(name)))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error_label)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

        # What the form showed once loaded: on save, only the fields that differ from it
        # are written, so edits made meanwhile to other fields are kept.
        self._loaded: PersonDraft | None = None
        if detail is not None:
            self._load(detail)
            self._loaded = self.draft()
        self._update_consent_date()
        self._clear_errors_on_edit()
        self.first_name_edit.setFocus()

    # ---------------------------------------------------------------- public

    def draft(self) -> PersonDraft:
        """What the form holds, as typed: the service trims and checks it."""
        year = self.birth_year_edit.text().strip()
        return PersonDraft(
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            birth_year=int(year) if year else None,
            address=self.address_edit.text(),
            postcode=self.postcode_edit.text(),
            district_id=self.district_combo.currentData(),
            consent_contact=self.consent_contact_check.isChecked(),
            consent_photo=self.consent_photo_check.isChecked(),
            notes=self.notes_edit.toPlainText(),
        )

    def accept(self) -> None:
        """Save through the service; on refusal, show why and stay open."""
        self._clear_errors()
        draft = self.draft()
        try:
            if self._person_id is None:
                saved = self._service.create(draft)
            else:
                saved = self._service.update(self._person_id, draft, original=self._loaded)
        except ValidationFailed as refused:
            self.show_errors(refused.errors)
            return
        except NotFound:
            self._show_form_error(
                self.tr(
                    "This person no longer exists: they may have been deleted on another "
                    "computer. Nothing was saved."
                )
            )
            return
        except ServiceError:
            self._show_form_error(self.tr("The person could not be saved. Nothing was changed."))
            return
        self.saved = saved
        super().accept()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each error under its field, outline the field, focus the first one."""
        self._clear_errors()
        by_field: dict[str, list[str]] = {}
        unplaced: list[str] = []
        for error in errors:
            text = person_error_text(error.code, _LIMITS.get(error.field))
            if error.field in self.error_labels:
                by_field.setdefault(error.field, []).append(text)
            else:
                unplaced.append(text)
        first: QWidget | None = None
        for name, widget in self.fields.items():
            if name not in by_field:
                continue
            label = self.error_labels[name]
            label.setText("\n".join(by_field[name]))
            label.show()
            _set_invalid(widget, True)
            first = first or widget
        if unplaced:
            self._show_form_error("\n".join(unplaced))
        self._fit_height()
        if first is not None:
            # Cursor in place, nothing selected: most refusals are a typo to correct,
            # not a value to type again.
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        """The error shown under `field`, or "" if none (what the user sees)."""
        label = self.error_labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    # ---------------------------------------------------------------- building

    def _field_cell(
        self,
        name: str,
        widget: QWidget,
        row: QHBoxLayout | None,
        hint: QLabel | None,
    ) -> QWidget:
        """The field, then (hidden until needed) its error, then an optional hint."""
        cell = QWidget()
        # The cell takes the form's whole width even around a narrow field (the district
        # list), so that the error under it wraps on the full width instead of being cut.
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        if row is not None:
            box.addLayout(row)
        elif widget.sizePolicy().horizontalPolicy() in _WIDE:
            box.addWidget(widget)
        else:
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        error = QLabel()
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        self.error_labels[name] = error
        box.addWidget(error)
        if hint is not None:
            box.addWidget(hint)
        return cell

    def _load(self, detail: PersonDetail) -> None:
        d = detail.draft
        self.first_name_edit.setText(d.first_name)
        self.last_name_edit.setText(d.last_name)
        index = self.district_combo.findData(d.district_id) if d.district_id else 0
        if index < 0:  # a district this machine does not know yet (not synced): keep it
            self.district_combo.addItem(self.tr("(unknown district)"), d.district_id)
            index = self.district_combo.count() - 1
        self.district_combo.setCurrentIndex(index)
        self.birth_year_edit.setText(str(d.birth_year) if d.birth_year is not None else "")
        self.email_edit.setText(d.email)
        self.phone_edit.setText(d.phone)
        self.address_edit.setText(d.address)
        self.postcode_edit.setText(d.postcode)
        self.consent_contact_check.setChecked(d.consent_contact)
        self.consent_photo_check.setChecked(d.consent_photo)
        self.notes_edit.setPlainText(d.notes)
        self._consent_on = detail.consent_contact_on

    def _update_consent_date(self) -> None:
        """Say since when consent was given; a newly ticked box counts from the save."""
        if not self.consent_contact_check.isChecked():
            self.consent_date_label.clear()
        elif self._consent_on is not None:
            day = QDate(self._consent_on.year, self._consent_on.month, self._consent_on.day)
            self.consent_date_label.setText(
                self.tr("given on %1").replace(
                    "%1", QLocale().toString(day, QLocale.FormatType.ShortFormat)
                )
            )
        else:
            self.consent_date_label.setText(self.tr("recorded today when you save"))

    def _clear_errors_on_edit(self) -> None:
        """Once the user touches a refused field, its red mark goes: it is being fixed."""
        for name, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, n=name: self._clear_error(n))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda n=name: self._clear_error(n))
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(lambda _c, n=name: self._clear_error(n))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, n=name: self._clear_error(n))
        self.consent_contact_check.toggled.connect(self._update_consent_date)

    def _clear_error(self, name: str) -> None:
        label = self.error_labels[name]
        if not label.isHidden():
            label.hide()
            label.clear()
            _set_invalid(self.fields[name], False)

    def _clear_errors(self) -> None:
        for name in self.fields:
            self._clear_error(name)
        self.form_error_label.hide()
        self.form_error_label.clear()

    def _show_form_error(self, text: str) -> None:
        self.form_error_label.setText(text)
        self.form_error_label.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to make room for the error lines: wrapped labels do not push the window."""
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    """Flip the dynamic property and re-polish so the style sheet notices the change."""
    widget.setProperty(INVALID_PROPERTY, invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()

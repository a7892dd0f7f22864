"""The person form: create or edit one person, with the refusals shown where they belong.

The dialog never decides what is valid: it hands a `PersonDraft` to the service and, if the
service refuses, puts each error next to its field and stays open with nothing saved. The
widgets are public attributes so that tests type into them like a receptionist would.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QRegularExpression,
    Qt,
    QTimer,
)
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
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
from citizenspace.services.common.errors import NotFound, ServiceError, ValidationFailed
from citizenspace.services.people.people import PeopleService, PersonDetail
from citizenspace.views.common.forms import (
    FORM_STYLE,
    PlainText,
    error_label,
    form_layout,
    hint,
    save_buttons,
    set_invalid,
    show_error,
)
from citizenspace.views.common.labels import person_error_text, person_field_label

#: Longest text each field accepts, to say so when the service finds it too long.
_LIMITS = {
    "first_name": NAME_MAX,
    "last_name": NAME_MAX,
    "email": EMAIL_MAX,
    "address": ADDRESS_MAX,
    "notes": NOTES_MAX,
}


#: The notes box shows at least this many lines.
NOTES_LINES = 4

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
        self.setStyleSheet(FORM_STYLE)
        # No setMinimumWidth() here: a minimum set by hand replaces the one the layout
        # computes, and the window could then be smaller than its labels (cut text).

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
        # Under the box, not beside it: side by side, the two texts fought for one line and
        # both were cut. Indented to start where the box's text starts.
        self.consent_date_label = hint("")
        style = self.consent_contact_check.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
        self.consent_date_label.setContentsMargins(indent, 0, 0, 0)
        self.consent_date_label.hide()
        self.consent_photo_check = QCheckBox(self.tr("Agrees to appear in photos"))

        # Four lines at least, more when the user makes the window taller.
        self.notes_edit = PlainText(NOTES_LINES)
        self.notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.notes_hint_label = hint(
            self.tr(
                "Facts useful to the office only: the person may ask to read them. Never note "
                "health, origins, religion, political or union views, or any judgement "
                "(CNIL guidance)."
            )
        )

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

        self.form_error_label = error_label("form-error")

        form = form_layout()
        hints = {"consent_contact": self.consent_date_label, "notes": self.notes_hint_label}
        for name, widget in self.fields.items():
            label = QLabel(person_field_label(name))
            label.setBuddy(widget)
            form.addRow(label, self._field_cell(name, widget, hints.get(name)))

        self.buttons, self.save_button = save_buttons(self)
        self.cancel_button: QPushButton = self.buttons.button(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        # The window is never smaller than what its texts need, whatever the font.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.form_error_label)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)
        # The height this dialog last gave itself (None until shown), to tell it from a
        # height the user chose by resizing the window.
        self._fitted_height: int | None = None
        self._fit_pending = False

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
            show_error(self.error_labels[name], "\n".join(by_field[name]))
            set_invalid(widget, True)
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

    def _field_cell(self, name: str, widget: QWidget, hint: QLabel | None) -> QWidget:
        """The field, then (hidden until needed) its error, then an optional hint."""
        cell = QWidget()
        # The cell takes the form's whole width even around a narrow field (the district
        # list), so that the error under it wraps on the full width instead of being cut.
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        if widget.sizePolicy().horizontalPolicy() in _WIDE:
            box.addWidget(widget)
        else:
            box.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        self.error_labels[name] = error_label()
        box.addWidget(self.error_labels[name])
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
            self.consent_date_label.hide()
            self._fit_height()
            return
        if self._consent_on is not None:
            day = QDate(self._consent_on.year, self._consent_on.month, self._consent_on.day)
            self.consent_date_label.setText(
                self.tr("given on %1").replace(
                    "%1", QLocale().toString(day, QLocale.FormatType.ShortFormat)
                )
            )
        else:
            self.consent_date_label.setText(self.tr("recorded today when you save"))
        self.consent_date_label.show()
        self._fit_height()

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

    def _clear_error(self, name: str, *, refit: bool = True) -> None:
        label = self.error_labels[name]
        if not label.isHidden():
            show_error(label, "")
            set_invalid(self.fields[name], False)
            if refit:
                self._fit_height()

    def _clear_errors(self) -> None:
        for name in self.fields:
            self._clear_error(name, refit=False)
        show_error(self.form_error_label, "")
        self._fit_height()

    def _show_form_error(self, text: str) -> None:
        show_error(self.form_error_label, text)
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Size the window once its style sheet applies: paddings change what texts need."""
        super().showEvent(event)
        if self._fitted_height is None:
            self._initial_size()

    def _initial_size(self) -> None:
        """Open wide enough for comfortable typing and tall enough for every text."""
        layout = self.layout()
        layout.activate()
        width = max(layout.totalMinimumSize().width(), self.fontMetrics().averageCharWidth() * 72)
        self._fitted_height = self._needed_height(width)
        self.resize(width, self._fitted_height)
        # Wrapped labels settle after a pass of the event loop; check once more then.
        self._fit_height()

    def _needed_height(self, width: int) -> int:
        # A hidden or shown label re-lays out its cell, then the form, one posted event at a
        # time: let them all happen, or the form reports the height it had before.
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = self.layout()
        layout.activate()
        if layout.hasHeightForWidth():
            return max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        return layout.totalSizeHint().height()

    def _fit_height(self) -> None:
        """Fit the height to the texts shown, once the layout has settled: grow for error
        lines (wrapped labels do not push the window) and shrink back once they are gone,
        leaving no empty gaps."""
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_now)

    def _fit_now(self) -> None:
        self._fit_pending = False
        if self._fitted_height is None or not self.isVisible():
            return  # not sized yet: showEvent does it
        needed = self._needed_height(self.width())
        # A window the user made taller keeps its height, unless the texts need more.
        user_sized = self.height() != self._fitted_height
        if needed > self.height() or (not user_sized and needed != self.height()):
            self.resize(self.width(), needed)
            self._fitted_height = needed

    @property
    def fitting(self) -> bool:
        """True while a change of height is waiting for the layout to settle (for tests)."""
        return self._fit_pending

"""The form to add a service to the directory, or edit one. Enter saves, Escape cancels;
a refused field is outlined and says why just below it; typing in it again clears that."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import TEXT_LIMITS, EntryDraft, EntryFieldError
from citizenspace.services.common.errors import NotFound
from citizenspace.services.reception.directory import DirectoryService, EntryDetail, EntryInvalid
from citizenspace.views.common.forms import (
    FORM_STYLE,
    FieldErrors,
    fit_height,
    form_layout,
    save_buttons,
    set_invalid,
    show_error,
)
from citizenspace.views.reception.words import competence_label, entry_error_text


class EntryDialog(QDialog):
    """New or edit an entry. Enter saves; Escape cancels; refused fields say why below them."""

    saved_entry = Signal(str)

    def __init__(
        self, service: DirectoryService, entry_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.entry_id = entry_id
        self.saved: EntryDetail | None = None
        self.setWindowTitle(self.tr("Edit a service") if entry_id else self.tr("New service"))
        self.setStyleSheet(FORM_STYLE)

        self.name_edit = QLineEdit()
        self.competence_combo = QComboBox()
        self.competence_combo.setPlaceholderText(self.tr("Choose…"))
        for comp in Competence:
            self.competence_combo.addItem(competence_label(comp), comp.value)
        self.competence_combo.setCurrentIndex(-1)
        self.body_edit = QLineEdit()
        self.body_edit.setPlaceholderText(self.tr("Ville, Agglomération du…, Préfecture…"))
        completer = QCompleter(service.bodies(), self.body_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.body_edit.setCompleter(completer)
        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("(no theme)"), None)
        for theme in service.themes():
            if theme.active:
                self.theme_combo.addItem(theme.label, theme.id)
        self.keywords_edit = QLineEdit()
        self.keywords_edit.setPlaceholderText(self.tr("Words citizens use: passeport, poubelle…"))
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.hours_edit = QLineEdit()
        self.website_edit = QLineEdit()

        self.editors: dict[str, QWidget] = {
            "name": self.name_edit,
            "competence": self.competence_combo,
            "body_name": self.body_edit,
            "theme_id": self.theme_combo,
            "keywords": self.keywords_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "address": self.address_edit,
            "hours": self.hours_edit,
            "website": self.website_edit,
        }
        for field, limit in TEXT_LIMITS:
            editor = self.editors[field]
            if isinstance(editor, QLineEdit):
                editor.setMaxLength(limit + 50)  # the check says "too long", not a silent cut
        captions = {
            "name": self.tr("&Service"),
            "competence": self.tr("&Competence"),
            "body_name": self.tr("&Body"),
            "theme_id": self.tr("&Theme"),
            "keywords": self.tr("&Keywords"),
            "phone": self.tr("&Phone"),
            "email": self.tr("&E-mail"),
            "address": self.tr("&Address"),
            "hours": self.tr("Opening &hours"),
            "website": self.tr("&Website"),
        }
        self.errors = FieldErrors(lambda e: entry_error_text(e.code, e.field))
        self.error_labels = self.errors.labels
        self.form_error_label = self.errors.form_label
        form = form_layout()
        for field, editor in self.editors.items():
            caption = QLabel(captions[field])
            caption.setObjectName("fieldLabel")
            caption.setBuddy(editor)
            form.addRow(caption, self.errors.cell(field, editor))
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _t, f=field: self._clear_error(f))
            elif isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(lambda _i, f=field: self._clear_error(f))

        buttons, self.save_button = save_buttons(self)
        self.save_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(660)

        if entry_id is not None:
            self._load(service.get(entry_id))
        self.name_edit.setFocus()

    def draft(self) -> EntryDraft:
        value = self.competence_combo.currentData()
        return EntryDraft(
            name=self.name_edit.text(),
            competence=Competence(value) if value else None,
            body_name=self.body_edit.text(),
            keywords=self.keywords_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            hours=self.hours_edit.text(),
            website=self.website_edit.text(),
            theme_id=self.theme_combo.currentData(),
        )

    def accept(self) -> None:
        try:
            if self.entry_id is None:
                self.saved = self._service.create(self.draft())
            else:
                self.saved = self._service.update(self.entry_id, self.draft())
        except EntryInvalid as exc:
            self.show_errors(exc.errors)
            return
        except NotFound:
            self.errors.say(
                self.tr("This service was deleted meanwhile (perhaps on another computer).")
            )
            fit_height(self)
            return
        self.saved_entry.emit(self.saved.id)
        super().accept()

    def show_errors(self, errors: list[EntryFieldError]) -> None:
        """Each refusal under its field, the field outlined, the first one focused; the
        window grows so that none is drawn over the next field."""
        self.errors.show(errors)
        fit_height(self)

    def error_text(self, field: str) -> str:
        return self.errors.text(field)

    def _clear_error(self, field: str) -> None:
        if self.errors.text(field):
            show_error(self.errors.labels[field], "")
            set_invalid(self.errors.fields[field], False)

    def _load(self, detail: EntryDetail) -> None:
        d = detail.draft
        self.name_edit.setText(d.name)
        if d.competence is not None:
            self.competence_combo.setCurrentIndex(
                self.competence_combo.findData(d.competence.value)
            )
        self.body_edit.setText(d.body_name)
        at = self.theme_combo.findData(d.theme_id) if d.theme_id else 0
        if at < 0:  # an inactive theme still linked: keep it
            self.theme_combo.addItem(detail.theme, d.theme_id)
            at = self.theme_combo.count() - 1
        self.theme_combo.setCurrentIndex(at)
        self.keywords_edit.setText(d.keywords)
        self.phone_edit.setText(d.phone)
        self.email_edit.setText(d.email)
        self.address_edit.setText(d.address)
        self.hours_edit.setText(d.hours)
        self.website_edit.setText(d.website)
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit):
                editor.setCursorPosition(0)  # long addresses show their start

"""Settings: the city's name, and where this computer stands (site, name, shared folder,
language). Everything is saved through `SettingsService`, in one transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import SiteKind
from citizenspace.domain.people import search_key
from citizenspace.services.shell.settings import (
    CITY_NAME_MAX,
    DEVICE_NAME_MAX,
    SaveResult,
    SettingsError,
    SettingsInvalid,
    SettingsService,
    SettingsValues,
    ShareWarning,
)
from citizenspace.views.common.forms import ok_cancel
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.pages import card, narrow, scroll_area, titled_column
from citizenspace.views.common.tasks import BackgroundTask, run_in_background

log = logging.getLogger(__name__)

# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_CHOICES = (("fr", "Français"), ("en", "English"))


class AddSiteDialog(QDialog):
    """Name a new place where the office works (a social centre, the bus...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a site"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("For example: Europe social centre"))
        self.kind_combo = QComboBox()
        for kind in SiteKind:
            self.kind_combo.addItem(enum_label(kind), kind)
        form = QFormLayout()
        form.addRow(self.tr("Name of the site"), self.name_edit)
        form.addRow(self.tr("Kind of place"), self.kind_combo)
        self.buttons = ok_cancel(self, self.tr("Add"))
        self.name_edit.textChanged.connect(self._update_ok)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def choice(self) -> tuple[str, SiteKind]:
        return self.name_edit.text(), self.kind_combo.currentData()


def site_text(name: str, kind: SiteKind) -> str:
    """How a site is listed: its name, then its kind in parentheses only when that says
    something more ("Espace Citoyens", not "Espace Citoyens (Espace Citoyens)"). Compared
    without case or accents, so "Mairie annexe" is not followed by "(Mairie)" either."""
    kind_label = enum_label(kind)
    if search_key(kind_label) in search_key(name):
        return name
    return f"{name} ({kind_label})"


def ask_new_site(parent: QWidget) -> tuple[str, SiteKind] | None:
    dialog = AddSiteDialog(parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def choose_folder(parent: QWidget, start: str) -> str:
    title = QCoreApplication.translate("SettingsView", "Choose the shared folder")
    return QFileDialog.getExistingDirectory(parent, title, start)


class SettingsView(QWidget):
    """The Settings page."""

    # Emitted on the GUI thread after a successful save, with the `SaveResult`.
    saved = Signal(object)

    def __init__(
        self,
        settings: SettingsService,
        db_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._task: BackgroundTask | None = None
        self._dirty = False
        self._forms: list[QFormLayout] = []
        # The two questions asked in dialogs; tests put answers here instead.
        self.ask_new_site: Callable[[QWidget], tuple[str, SiteKind] | None] = ask_new_site
        self.choose_folder: Callable[[QWidget, str], str] = choose_folder

        # --- the city: shared by every computer
        self.city_edit = QLineEdit()
        self.city_edit.setMaxLength(CITY_NAME_MAX + 20)
        self.city_edit.setPlaceholderText(self.tr("For example: Saint-Quentin"))
        self.city_error = self._error_label()
        city_card, city_form = self._card(
            self.tr("The city"),
            self.tr("Shared by all the city's computers once they exchange their changes."),
        )
        city_form.addRow(
            self._label(self.tr("Name of the city"), self.city_edit),
            self._field(self.city_edit, self.city_error),
        )

        # --- this computer
        self.site_combo = QComboBox()
        self.site_combo.setMinimumContentsLength(24)
        self.add_site_button = QPushButton(self.tr("Add a site…"))
        self.add_site_button.clicked.connect(self._add_site)
        site_row = QHBoxLayout()
        site_row.setSpacing(8)
        site_row.addWidget(self.site_combo, 1)
        site_row.addWidget(self.add_site_button)
        self.site_error = self._error_label()

        self.device_edit = QLineEdit()
        self.device_edit.setMaxLength(DEVICE_NAME_MAX + 20)
        self.device_edit.setPlaceholderText(self.tr("For example: Reception desk 1"))
        self.device_error = self._error_label()

        self.share_edit = QLineEdit()
        # Short: the help below says what "none" means (a long placeholder was cut).
        self.share_edit.setPlaceholderText(self.tr("None (works on its own)"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose_share)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self._clear_share)
        share_row = QHBoxLayout()
        share_row.setSpacing(8)
        share_row.addWidget(self.share_edit, 1)
        share_row.addWidget(self.choose_button)
        share_row.addWidget(self.clear_button)
        self.share_error = self._error_label()
        self.share_warning = QLabel("")
        self.share_warning.setObjectName("fieldWarning")
        self.share_warning.setWordWrap(True)
        self.share_warning.hide()
        share_help = QLabel(
            self.tr(
                "The folder on the city's file server, or a USB stick, through which the "
                "computers exchange their changes. Leave it empty if this computer works on "
                "its own: each computer keeps working without it."
            )
        )
        share_help.setObjectName("muted")
        share_help.setWordWrap(True)

        self.language_combo = QComboBox()
        for code, name in LANGUAGE_CHOICES:
            self.language_combo.addItem(name, code)
        self.language_error = self._error_label()

        device_card, device_form = self._card(
            self.tr("This computer"),
            self.tr("These settings belong to this computer only."),
        )
        device_form.addRow(
            self._label(self.tr("Site"), self.site_combo), self._field(site_row, self.site_error)
        )
        device_form.addRow(
            self._label(self.tr("Name of this computer"), self.device_edit),
            self._field(self.device_edit, self.device_error),
        )
        device_form.addRow(
            self._label(self.tr("Shared folder"), self.share_edit),
            self._field(share_row, self.share_error, self.share_warning, share_help),
        )
        device_form.addRow(
            self._label(self.tr("Language"), self.language_combo),
            self._field(self.language_combo, self.language_error),
        )
        if db_path is not None:
            data = QLabel(str(Path(db_path).resolve()))
            data.setObjectName("muted")
            data.setWordWrap(True)
            data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            device_form.addRow(self._label(self.tr("Data file"), data), data)

        # --- save
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message_label = QLabel("")
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.save_button.setMinimumWidth(160)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.save_button)

        content = QWidget()
        column = titled_column(
            content,
            self.tr("Settings"),
            self.tr("How Citizen Space is set up on this computer."),
            margins=(40, 32, 40, 32),
        )
        column.setSpacing(8)
        column.addSpacing(12)
        column.addWidget(city_card)
        column.addSpacing(8)
        column.addWidget(device_card)
        column.addStretch(1)
        self.scroll = scroll_area(content, max_width=860)

        # The outcome and the Save button stay below the scrolling part, always in sight:
        # error lines make the form taller, and the button must not slide out of view.
        footer_content = QWidget()
        footer_column = QVBoxLayout(footer_content)
        footer_column.setContentsMargins(40, 8, 40, 16)
        footer_column.setSpacing(8)
        footer_column.addWidget(self.message_label)
        footer_column.addLayout(actions)
        footer = narrow(footer_content, 860)
        footer.setObjectName("settingsFooter")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(footer)

        self._errors: dict[SettingsError, tuple[QWidget, QLabel]] = {
            SettingsError.CITY_NAME_REQUIRED: (self.city_edit, self.city_error),
            SettingsError.CITY_NAME_TOO_LONG: (self.city_edit, self.city_error),
            SettingsError.DEVICE_NAME_REQUIRED: (self.device_edit, self.device_error),
            SettingsError.DEVICE_NAME_TOO_LONG: (self.device_edit, self.device_error),
            SettingsError.UNKNOWN_SITE: (self.site_combo, self.site_error),
            SettingsError.UNKNOWN_LANGUAGE: (self.language_combo, self.language_error),
            SettingsError.SHARE_NOT_A_FOLDER: (self.share_edit, self.share_error),
        }
        for edit in (self.city_edit, self.device_edit, self.share_edit):
            edit.textEdited.connect(self._mark_dirty)
        for combo in (self.site_combo, self.language_combo):
            combo.activated.connect(self._mark_dirty)
        self.load()

    # ------------------------------------------------------------------ building blocks

    def _card(self, title: str, note: str) -> tuple[QFrame, QFormLayout]:
        frame, box = card(title, note)
        box.setSpacing(4)
        form = QFormLayout()
        form.setContentsMargins(0, 12, 0, 0)
        form.setHorizontalSpacing(20)
        form.setVerticalSpacing(14)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._forms.append(form)
        box.addLayout(form)
        return frame, form

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fieldLabel")
        label.setBuddy(buddy)
        label.setMinimumWidth(170)
        return label

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel("")
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _field(main: QWidget | QHBoxLayout, *below: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        if isinstance(main, QWidget):
            box.addWidget(main)
        else:
            box.addLayout(main)
        for widget in below:
            box.addWidget(widget)
        return holder

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Read the saved settings again, unless the user is in the middle of changing them."""
        if not self._dirty and not self.busy:
            self.load()

    def load(self) -> None:
        values = self._settings.load()
        self._fill_sites(values.site_id)
        self.city_edit.setText(values.city_name)
        self.device_edit.setText(values.device_name)
        self.share_edit.setText(values.share_folder)
        index = self.language_combo.findData(values.language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self._loaded_language = values.language
        self._dirty = False

    def _fill_sites(self, selected: str | None) -> None:
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("No site chosen"), None)
        for site in self._settings.sites():
            self.site_combo.addItem(site_text(site.name, site.kind), site.id)
        index = self.site_combo.findData(selected) if selected else 0
        self.site_combo.setCurrentIndex(max(index, 0))

    def values(self) -> SettingsValues:
        """What the form says now, as the service expects it."""
        return SettingsValues(
            city_name=self.city_edit.text(),
            site_id=self.site_combo.currentData(),
            device_name=self.device_edit.text(),
            share_folder=self.share_edit.text(),
            language=self.language_combo.currentData(),
        )

    # ------------------------------------------------------------------ actions

    def _mark_dirty(self, *_args: object) -> None:
        self._dirty = True

    def _add_site(self) -> None:
        answer = self.ask_new_site(self)
        if answer is None:
            return
        name, kind = answer
        try:
            site = self._settings.add_site(name, kind)
        except SettingsInvalid as exc:
            self._show_errors(exc.errors)
            return
        self._fill_sites(site.id)
        self._mark_dirty()

    def _choose_share(self) -> None:
        folder = self.choose_folder(self, self.share_edit.text())
        if folder:
            self.share_edit.setText(str(Path(folder)))
            self._mark_dirty()

    def _clear_share(self) -> None:
        self.share_edit.clear()
        self._mark_dirty()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def save(self) -> None:
        """Save in the background: checking a network folder may take a while."""
        if self.busy:
            return
        self._clear_messages()
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        values = self.values()
        self._task = run_in_background(
            self,
            lambda progress: self._settings.save(values),
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, result: SaveResult) -> None:
        self._end_saving()
        self._dirty = False
        self.city_edit.setText(result.values.city_name)
        self.device_edit.setText(result.values.device_name)
        self.share_edit.setText(result.values.share_folder)
        lines = [self.tr("The settings are saved.")]
        if result.language_changed:
            lines.append(
                self.tr("The new language will be used the next time you start Citizen Space.")
            )
        self.message_label.setText(" ".join(lines))
        self.message_label.setProperty("kind", "success")
        self._repolish(self.message_label)
        self.message_label.show()
        if result.share_warning is ShareWarning.UNREACHABLE:
            self.share_warning.setText(
                self.tr(
                    "This folder cannot be reached right now. This computer keeps working "
                    "on its own and will exchange its changes once the folder is back."
                )
            )
            self.share_warning.show()
        elif result.share_warning is ShareWarning.READ_ONLY:
            self.share_warning.setText(
                self.tr(
                    "This computer may not write to this folder. Ask the IT department for "
                    "write access, so that this computer can send its changes."
                )
            )
            self.share_warning.show()
        self._relayout()
        self.saved.emit(result)

    def _save_failed(self, exc: BaseException) -> None:
        self._end_saving()
        if isinstance(exc, SettingsInvalid):
            self._show_errors(exc.errors)
            self.message_label.setText(
                self.tr("Nothing was saved. Please correct what is marked above.")
            )
        else:
            log.error("settings not saved", exc_info=(type(exc), exc, exc.__traceback__))
            self.message_label.setText(
                self.tr("The settings could not be saved. The details are in the log file.")
            )
        self.message_label.setProperty("kind", "error")
        self._repolish(self.message_label)
        self.message_label.show()

    def _end_saving(self) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(self.tr("Save"))

    # ------------------------------------------------------------------ messages

    def error_text(self, code: SettingsError) -> str:
        """What the user reads for a refused setting."""
        if code is SettingsError.CITY_NAME_REQUIRED:
            return self.tr("Enter the name of the city.")
        if code is SettingsError.CITY_NAME_TOO_LONG:
            return self.tr("This name is too long: %1 characters at most.").replace(
                "%1", str(CITY_NAME_MAX)
            )
        if code is SettingsError.DEVICE_NAME_REQUIRED:
            return self.tr("Give this computer a name, for example “Reception desk 1”.")
        if code is SettingsError.DEVICE_NAME_TOO_LONG:
            return self.tr("This name is too long: %1 characters at most.").replace(
                "%1", str(DEVICE_NAME_MAX)
            )
        if code is SettingsError.UNKNOWN_SITE:
            return self.tr("This site does not exist any more. Choose another one.")
        if code is SettingsError.UNKNOWN_LANGUAGE:
            return self.tr("Choose one of the languages in the list.")
        if code is SettingsError.SHARE_NOT_A_FOLDER:
            return self.tr("This is a file, not a folder. Choose the folder itself.")
        return str(code.value)

    def _show_errors(self, errors: list[SettingsError]) -> None:
        first: QWidget | None = None
        for code in errors:
            field, label = self._errors[code]
            label.setText(self.error_text(code))
            label.show()
            field.setProperty("error", True)
            field.setAccessibleDescription(label.text())
            self._repolish(field)
            first = first or field
        self._relayout()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(first)

    def _clear_messages(self) -> None:
        for field, label in self._errors.values():
            label.hide()
            label.setText("")
            field.setProperty("error", False)
            field.setAccessibleDescription("")
            self._repolish(field)
        self.share_warning.hide()
        self.message_label.hide()
        self._relayout()

    def _relayout(self) -> None:
        """Have the forms measure their rows again once lines under the fields come or go.

        A form keeps the heights it worked out for wrapped texts; when an error line appears
        under one field, it could give that room to another row, and the help under the
        shared folder was drawn over the next field."""
        QTimer.singleShot(0, self, self._invalidate_forms)

    def _invalidate_forms(self) -> None:
        for form in self._forms:
            form.invalidate()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

"""The directory "Qui fait quoi ?": while the citizen talks, type two words and see who
handles the question, with the phone number and the opening hours.

The search box has the focus when the page opens and every key narrows the list at once (the
service searches an index kept in memory); the first result is shown in the card beside the
list, so most questions need no click at all. Editing is rarer (coordinators): New, Edit,
Deactivate, and a spreadsheet import that shows what it would do before doing it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import (
    TEXT_LIMITS,
    EntryDraft,
    EntryError,
    EntryFieldError,
)
from citizenspace.services.common.errors import InUse, NotFound
from citizenspace.services.reception.directory import (
    DirectoryService,
    EntryDetail,
    EntryInvalid,
    EntryRow,
)
from citizenspace.services.reception.directory_io import (
    DirectoryFileRejected,
    DirectoryFiles,
    ExportFormat,
    FileIssue,
    FileProblem,
    ImportPreview,
    ImportReport,
)
from citizenspace.views.common.context import Services
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.common.tasks import BackgroundTask, run_in_background

CONTEXT = "DirectoryView"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# --------------------------------------------------------------------------- words

_COMPETENCE_LABELS: dict[Competence, str] = {
    Competence.CITY: QT_TRANSLATE_NOOP("DirectoryView", "City"),
    Competence.URBAN_COMMUNITY: QT_TRANSLATE_NOOP("DirectoryView", "Urban Community"),
    Competence.DEPARTMENT: QT_TRANSLATE_NOOP("DirectoryView", "Department"),
    Competence.REGION: QT_TRANSLATE_NOOP("DirectoryView", "Region"),
    Competence.STATE: QT_TRANSLATE_NOOP("DirectoryView", "State"),
    Competence.OTHER: QT_TRANSLATE_NOOP("DirectoryView", "Other body"),
}

#: Badge colours (background, text), readable at 4.5:1 or more; one hue per level.
BADGE_COLOURS: dict[Competence, tuple[str, str]] = {
    Competence.CITY: ("#dcebfb", "#124a86"),
    Competence.URBAN_COMMUNITY: ("#e9e1f7", "#4b2a85"),
    Competence.DEPARTMENT: ("#fde7d3", "#8a3b00"),
    Competence.REGION: ("#dcf1e2", "#1d5e32"),
    Competence.STATE: ("#f9dde0", "#8f1622"),
    Competence.OTHER: ("#e6e9ed", "#38434f"),
}

_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("DirectoryView", "Service"),
    "competence": QT_TRANSLATE_NOOP("DirectoryView", "Competence"),
    "body_name": QT_TRANSLATE_NOOP("DirectoryView", "Body"),
    "keywords": QT_TRANSLATE_NOOP("DirectoryView", "Keywords"),
    "phone": QT_TRANSLATE_NOOP("DirectoryView", "Phone"),
    "email": QT_TRANSLATE_NOOP("DirectoryView", "E-mail"),
    "address": QT_TRANSLATE_NOOP("DirectoryView", "Address"),
    "hours": QT_TRANSLATE_NOOP("DirectoryView", "Opening hours"),
    "website": QT_TRANSLATE_NOOP("DirectoryView", "Website"),
    "theme": QT_TRANSLATE_NOOP("DirectoryView", "Theme"),
    "theme_id": QT_TRANSLATE_NOOP("DirectoryView", "Theme"),
    "active": QT_TRANSLATE_NOOP("DirectoryView", "Active"),
}

_ERRORS: dict[EntryError, str] = {
    EntryError.REQUIRED: QT_TRANSLATE_NOOP("DirectoryView", "This field is required"),
    EntryError.TOO_LONG: QT_TRANSLATE_NOOP("DirectoryView", "This text is too long"),
    EntryError.INVALID_EMAIL: QT_TRANSLATE_NOOP(
        "DirectoryView", "Not an e-mail address (example: accueil@ville.fr)"
    ),
    EntryError.INVALID_WEBSITE: QT_TRANSLATE_NOOP(
        "DirectoryView", "Not a website address (example: www.ville.fr)"
    ),
    EntryError.UNKNOWN_COMPETENCE: QT_TRANSLATE_NOOP(
        "DirectoryView",
        "Unknown competence: write Ville, Agglomération, Département, Région, État or Autre",
    ),
    EntryError.UNKNOWN_THEME: QT_TRANSLATE_NOOP(
        "DirectoryView", "This theme does not exist (or was deleted meanwhile)"
    ),
    EntryError.DUPLICATE: QT_TRANSLATE_NOOP(
        "DirectoryView", "The directory already has a service with this name and body"
    ),
    EntryError.NOT_YES_NO: QT_TRANSLATE_NOOP("DirectoryView", "Write oui or non"),
}


def competence_label(competence: Competence) -> str:
    return _tr(_COMPETENCE_LABELS[competence])


def field_label(field: str) -> str:
    return _tr(_FIELD_LABELS.get(field, field))


def error_text(code: EntryError, field: str = "") -> str:
    if code is EntryError.TOO_LONG:
        limit = dict(TEXT_LIMITS).get(field)
        if limit:
            return _tr("This text is too long: %1 characters at most").replace("%1", str(limit))
    return _tr(_ERRORS[code])


def file_problem_text(p: FileProblem) -> str:
    """One sentence for a problem in a directory file, naming its line."""
    if p.issue is FileIssue.UNREADABLE:
        what = _tr("The file cannot be read: check that it exists and is not open elsewhere.")
    elif p.issue is FileIssue.TOO_LARGE:
        what = _tr("The file is too large for a directory (more than 10 MB).")
    elif p.issue is FileIssue.OLD_EXCEL:
        what = _tr(
            "This is an old Excel workbook (.xls): in Excel, save it as “Excel workbook "
            "(.xlsx)” or “CSV (separator: semicolon)” and import it again."
        )
    elif p.issue is FileIssue.BAD_WORKBOOK:
        what = _tr("This file cannot be opened as an Excel workbook (.xlsx): it may be damaged.")
    elif p.issue is FileIssue.ENCODING:
        what = _tr(
            "the text is not in a known encoding (UTF-8 or Windows-1252)%1. In Excel, save "
            "the file again as “CSV UTF-8 (separator: semicolon)”."
        ).replace("%1", _tr(" near “%1”").replace("%1", p.value) if p.value else "")
    elif p.issue is FileIssue.EMPTY:
        what = _tr("there is nothing to import from here on.")
    elif p.issue is FileIssue.MISSING_COLUMNS:
        columns = ", ".join(f"“{field_label(f)}”" for f in p.field.split(", ") if f)
        what = _tr(
            "the column(s) %1 are missing. The first line must name the columns: Service, "
            "Compétence, and optionally Organisme, Mots-clés, Téléphone, Courriel, Adresse, "
            "Horaires, Site web, Thème."
        ).replace("%1", columns)
    elif p.issue is FileIssue.WRONG_FIELD_COUNT:
        what = _tr(
            "this line has more cells than the first line has columns (%1): a separator too many?"
        ).replace("%1", p.value)
    elif p.issue is FileIssue.MALFORMED:
        what = _tr("a quotation mark opened on this line is not closed: nothing after it is read.")
    elif p.issue is FileIssue.DUPLICATE_IN_FILE:
        what = _tr("the same service (name and body) is already on line %1.").replace("%1", p.value)
    else:  # INVALID_VALUE
        reason = error_text(p.code, p.field) if p.code is not None else ""
        what = (
            _tr("%1 “%2”: %3")
            .replace("%1", field_label(p.field))
            .replace("%2", p.value)
            .replace("%3", reason)
            if p.value
            else _tr("%1: %2").replace("%1", field_label(p.field)).replace("%2", reason)
        )
    if p.line <= 0:
        return what
    return _tr("Line %1: %2").replace("%1", str(p.line)).replace("%2", what)


def badge_style(competence: Competence) -> str:
    background, colour = BADGE_COLOURS[competence]
    return (
        f"QLabel {{ background: {background}; color: {colour}; border-radius: 10px;"
        " padding: 3px 10px; font-weight: 600; }"
    )


# --------------------------------------------------------------------------- the list

COL_NAME = 0
COL_COMPETENCE = 1
COL_BODY = 2
COL_PHONE = 3
COLUMN_COUNT = 4

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
#: Message boxes naming lines and columns: sentences on a readable width, not a thin column.
_WIDE_BOX = "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 440px; }"
#: How many names of updated entries the import confirmation lists.
UPDATED_SHOWN = 8

_AnyIndex = QModelIndex | QPersistentModelIndex


class DirectoryModel(RowsModel[EntryRow]):
    """The results, in the order the search ranked them (no sorting: the best is first)."""

    COLUMNS = COLUMN_COUNT

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return r.name if r.active else self.tr("%1 (inactive)").replace("%1", r.name)
            if col == COL_COMPETENCE:
                return competence_label(r.competence)
            if col == COL_BODY:
                return r.body_name
            if col == COL_PHONE:
                return r.phone
        elif role == Qt.ItemDataRole.DecorationRole and col == COL_COMPETENCE:
            return QColor(BADGE_COLOURS[r.competence][1])
        elif role == Qt.ItemDataRole.ForegroundRole and not r.active:
            return QColor("#6b7785")
        elif role == Qt.ItemDataRole.FontRole and not r.active:
            font = QFont()
            font.setItalic(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return r.name
        elif role == Qt.ItemDataRole.ToolTipRole and col == COL_BODY:
            return r.body_name
        elif role == ENTRY_ID_ROLE:
            return r.id
        return None

    def headerData(  # noqa: N802
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COL_NAME: self.tr("Service"),
            COL_COMPETENCE: self.tr("Competence"),
            COL_BODY: self.tr("Body"),
            COL_PHONE: self.tr("Phone"),
        }.get(section)


# --------------------------------------------------------------------------- the card


class EntryCard(QFrame):
    """Everything about one service, in the order a receptionist reads it out."""

    _ROWS = ("phone", "email", "hours", "address", "website", "theme", "keywords")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("cardHeading")
        self.title.setWordWrap(True)
        self.badge = QLabel()
        self.inactive_badge = QLabel(self.tr("Inactive: do not send citizens here"))
        self.inactive_badge.setStyleSheet(
            "QLabel { background: #6b7785; color: white; border-radius: 10px;"
            " padding: 3px 10px; font-weight: 600; }"
        )
        self.body = QLabel()
        self.body.setObjectName("muted")
        self.body.setWordWrap(True)
        badges = QHBoxLayout()
        badges.setSpacing(8)
        badges.addWidget(self.badge)
        badges.addWidget(self.inactive_badge)
        badges.addStretch(1)

        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for field in self._ROWS:
            caption = QLabel(field_label(field))
            caption.setObjectName("cardTitle")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setOpenExternalLinks(True)
            self.values[field] = value
            self.captions[field] = caption
            form.addRow(caption, value)
        self.values["phone"].setStyleSheet("QLabel { font-size: 14pt; font-weight: 600; }")

        self.empty = QLabel(self.tr("Choose a service in the list to see how to reach it."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addLayout(badges)
        inner.addWidget(self.body)
        inner.addSpacing(6)
        inner.addLayout(form)
        inner.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(self.content)
        layout.addWidget(self.empty, 1)
        self.show_entry(None)

    def show_entry(self, detail: EntryDetail | None) -> None:
        self.content.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            return
        d = detail.draft
        self.title.setText(d.name)
        if d.competence is not None:
            self.badge.setText(competence_label(d.competence))
            self.badge.setStyleSheet(badge_style(d.competence))
        self.badge.setVisible(d.competence is not None)
        self.inactive_badge.setVisible(not detail.active)
        self.body.setText(d.body_name)
        self.body.setVisible(bool(d.body_name))
        email = _escape(d.email)
        website = d.website
        href = website if website.startswith(("http://", "https://")) else f"https://{website}"
        texts = {
            "phone": _escape(d.phone),
            "email": f'<a href="mailto:{email}">{email}</a>' if email else "",
            "hours": _escape(d.hours),
            "address": _escape(d.address),
            "website": f'<a href="{_escape(href)}">{_escape(website)}</a>' if website else "",
            "theme": _escape(detail.theme),
            "keywords": _escape(d.keywords),
        }
        for field, text in texts.items():
            self.values[field].setText(text)
            self.values[field].setVisible(bool(text))
            self.captions[field].setVisible(bool(text))


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


# --------------------------------------------------------------------------- the form


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
        self.error_labels: dict[str, QLabel] = {}
        self.form_error_label = QLabel()
        self.form_error_label.setObjectName("fieldError")
        self.form_error_label.setWordWrap(True)
        self.form_error_label.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, editor in self.editors.items():
            caption = QLabel(captions[field])
            caption.setObjectName("fieldLabel")
            caption.setBuddy(editor)
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor)
            error = QLabel()
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.error_labels[field] = error
            form.addRow(caption, cell)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda _t, f=field: self._clear_error(f))
            elif isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(lambda _i, f=field: self._clear_error(f))

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

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
            self.form_error_label.setText(
                self.tr("This service was deleted meanwhile (perhaps on another computer).")
            )
            self.form_error_label.show()
            return
        self.saved_entry.emit(self.saved.id)
        super().accept()

    def show_errors(self, errors: list[EntryFieldError]) -> None:
        for label in self.error_labels.values():
            label.hide()
        first: QWidget | None = None
        for err in errors:
            label = self.error_labels.get(err.field)
            if label is None:
                continue
            label.setText(error_text(err.code, err.field))
            label.show()
            first = first or self.editors[err.field]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # room for the messages, none drawn over the next field

    def error_text(self, field: str) -> str:
        label = self.error_labels[field]
        return label.text() if not label.isHidden() else ""

    def _clear_error(self, field: str) -> None:
        if not self.error_labels[field].isHidden():
            self.error_labels[field].hide()
            self.adjustSize()

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


# --------------------------------------------------------------------------- the page


def _choose_import(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _tr("Import a directory"),
        str(Path.home()),
        _tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"),
    )
    return Path(name) if name else None


def _choose_export(parent: QWidget) -> Path | None:
    csv_filter = _tr("CSV for Excel, separator: semicolon (*.csv)")
    xlsx_filter = _tr("Excel workbook (*.xlsx)")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        _tr("Export the directory"),
        str(Path.home() / "qui-fait-quoi.csv"),
        f"{csv_filter};;{xlsx_filter}",
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".xlsx" if chosen == xlsx_filter else ".csv")
    return path


class DirectoryView(QWidget):
    """Search "Qui fait quoi ?", read one service's card, and keep the directory right.

    Dialogs open without blocking (`open()`): the one showing is `entry_dialog`, the last
    message `message_box`, the import confirmation `confirm_box`."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        choose_import: Callable[[QWidget], Path | None] | None = None,
        choose_export: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: DirectoryService = services.directory
        self._files: DirectoryFiles = services.directory_io
        self._choose_import = choose_import or _choose_import
        self._choose_export = choose_export or _choose_export
        self.entry_dialog: EntryDialog | None = None
        self.message_box: QMessageBox | None = None
        self.confirm_box: QMessageBox | None = None
        self.import_task: BackgroundTask | None = None
        self.preview: ImportPreview | None = None
        self._focused_once = False

        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Who handles…? Type a service, a keyword or a body (%1)").replace(
                "%1", find_keys
            )
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        self.inactive_check = QCheckBox(self.tr("Show inactive"))

        self.new_button = QPushButton(self.tr("New"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.deactivate_button = QPushButton(self.tr("Deactivate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr(
                "Add or update services from a spreadsheet (.xlsx, or CSV saved by Excel). "
                "The first line names the columns: Service, Compétence, and optionally "
                "Organisme, Mots-clés, Téléphone, Courriel, Adresse, Horaires, Site web, Thème. "
                "You see what will change before anything is saved."
            )
        )
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Save the whole directory for Excel (CSV or .xlsx), to share or print.")
        )

        self.model = DirectoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self._set_up_table()

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.empty_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_label.setAutoFillBackground(True)
        self.empty_label.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.count_label = QLabel()
        self.count_label.setObjectName("muted")

        self.card = EntryCard()
        scroll = QScrollArea()
        scroll.setWidget(self.card)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(320)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.inactive_check)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.stack, 1)
        left_box.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.deactivate_button):
            actions.addWidget(button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.search_edit.returnPressed.connect(self._go_to_results)
        self.inactive_check.toggled.connect(lambda _on: self.refresh())
        self._set_up_actions()
        self.setTabOrder(self.search_edit, self.table)
        self.refresh()

    # ---------------------------------------------------------------- public

    def refresh(self) -> None:
        """Search again with the current text; keep the shown entry if it is still listed,
        else show the best match."""
        keep = self.selected_entry_id()
        text = self.search_edit.text().strip()
        rows = self._service.search(text, include_inactive=self.inactive_check.isChecked())
        self.model.set_rows(rows)
        self._show_count(text, rows)
        self._show_empty_state(text, rows)
        if not (keep and self.select_entry(keep)) and rows:
            self._select_row(0)
        self._show_selected()

    def listed_names(self) -> list[str]:
        return [self.model.row_at(r).name for r in range(self.model.rowCount())]

    def selected_row(self) -> EntryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_entry_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select_entry(self, entry_id: str) -> bool:
        at = self.model.row_of(entry_id)
        if at < 0:
            return False
        self._select_row(at)
        return True

    def new_entry(self) -> EntryDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> EntryDialog | None:
        entry_id = self.selected_entry_id()
        return self._open_dialog(entry_id) if entry_id else None

    def toggle_active_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self._service.set_active(row.id, not row.active)
        except NotFound:
            self._inform(self.tr("Service not found"), self.tr("It was deleted meanwhile."))
        self.refresh()

    def delete_selected(self) -> None:
        """Delete after a question; an entry that visits or tickets name is offered for
        deactivation instead."""
        row = self.selected_row()
        if row is None:
            return
        try:
            used = self._service.usage(row.id)
        except NotFound:
            self.refresh()
            return
        if used:
            self._offer_deactivation(row, used)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete a service"),
            self.tr("Delete “%1” from the directory?").replace("%1", row.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is delete:
                try:
                    self._service.delete(row.id)
                except InUse as exc:  # named meanwhile (a visit logged at the desk)
                    self._offer_deactivation(row, exc.used_by)
                except NotFound:
                    pass
                self.refresh()

        self._open_box(box, answered)

    # ---------------------------------------------------------------- import / export

    def choose_and_import(self) -> None:
        path = self._choose_import(self)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> BackgroundTask | None:
        """Read and check the file in the background, then say what it would change and
        ask before writing anything."""
        if self.import_task is not None:
            return None
        files = self._files
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Reading…"))

        def finished() -> None:
            self.import_task = None
            self.import_button.setEnabled(True)
            self.import_button.setText(self.tr("Import…"))

        def done(preview: ImportPreview) -> None:
            finished()
            self.preview = preview
            self._confirm_import(path, preview)

        def failed(exc: BaseException) -> None:
            finished()
            if not isinstance(exc, DirectoryFileRejected):
                raise exc
            self._say_rejected(path, exc)

        self.import_task = run_in_background(
            self, lambda _progress: files.preview(path), on_done=done, on_error=failed
        )
        return self.import_task

    def choose_and_export(self) -> None:
        path = self._choose_export(self)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        fmt = ExportFormat.XLSX if path.suffix.lower() == ".xlsx" else ExportFormat.CSV
        try:
            n = self._files.export(path, fmt)
        except OSError as exc:
            self._inform(
                self.tr("Export failed"),
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self._inform(
            self.tr("Directory exported"),
            self.tr("%n service(s) saved in %1.", "", n).replace("%1", path.name),
        )

    # ---------------------------------------------------------------- reactions

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """In the search box, Down goes to the list and Escape clears the search."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self._go_to_results()
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def _go_to_results(self) -> None:
        if self.model.rowCount():
            if self.selected_row() is None:
                self._select_row(0)
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _show_selected(self) -> None:
        row = self.selected_row()
        detail = None
        if row is not None:
            try:
                detail = self._service.get(row.id)
            except NotFound:
                detail = None
        self.card.show_entry(detail)
        has = row is not None
        for widget in (
            self.edit_button,
            self.deactivate_button,
            self.delete_button,
            self.edit_action,
            self.delete_action,
        ):
            widget.setEnabled(has)
        self.deactivate_button.setText(
            self.tr("Reactivate") if row is not None and not row.active else self.tr("Deactivate")
        )

    def _open_dialog(self, entry_id: str | None) -> EntryDialog:
        if self.entry_dialog is not None:
            self.entry_dialog.raise_()
            return self.entry_dialog
        dialog = EntryDialog(self._service, entry_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.saved_entry.connect(self._saved)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, entry_id: str) -> None:
        self.refresh()
        if not self.select_entry(entry_id) and self.search_edit.text():
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.refresh()
            self.select_entry(entry_id)
        self._show_selected()

    def _dialog_closed(self, dialog: EntryDialog) -> None:
        if self.entry_dialog is dialog:
            self.entry_dialog = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_deactivation(self, row: EntryRow, used: dict[str, int]) -> None:
        reasons = {
            "visits": self.tr("%n visit(s) were sent there", "", used.get("visits", 0)),
            "tickets": self.tr("%n follow-up ticket(s) name it", "", used.get("tickets", 0)),
            "categories": self.tr(
                "%n ticket category(ies) send reports there", "", used.get("categories", 0)
            ),
        }
        lines = "\n".join(f"• {reasons[k]}" for k in used if k in reasons)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Service kept"),
            self.tr(
                "“%1” cannot be deleted: the records mention it. Deactivate it instead? It "
                "will no longer be suggested, and the history stays."
            ).replace("%1", row.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(lines)
        deactivate = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(deactivate)
        if not row.active:
            deactivate.hide()
            box.setText(
                self.tr(
                    "“%1” cannot be deleted: the records mention it. It is already inactive."
                ).replace("%1", row.name)
            )

        def answered() -> None:
            if box.clickedButton() is deactivate:
                with contextlib.suppress(NotFound):
                    self._service.deactivate(row.id)
                self.refresh()

        self._open_box(box, answered)

    def _confirm_import(self, path: Path, preview: ImportPreview) -> None:
        summary = (
            self.tr("%1 new, %2 updated, %3 unchanged")
            .replace("%1", str(preview.created))
            .replace("%2", str(preview.updated))
            .replace("%3", str(preview.unchanged))
        )
        notes = []
        if preview.updated_names:
            shown = ", ".join(preview.updated_names[:UPDATED_SHOWN])
            if len(preview.updated_names) > UPDATED_SHOWN:
                shown = self.tr(
                    "%1 and %n more", "", len(preview.updated_names) - UPDATED_SHOWN
                ).replace("%1", shown)
            notes.append(self.tr("Updated: %1").replace("%1", shown))
        if preview.ignored_columns:
            notes.append(
                self.tr("Columns left aside (unknown titles): %1").replace(
                    "%1", ", ".join(f"“{c}”" for c in preview.ignored_columns)
                )
            )
        details = "\n\n".join(notes)
        if not preview.created and not preview.updated:
            self._inform(
                self.tr("Nothing to import"),
                self.tr("%1: every service of the file is already in the directory (%2).")
                .replace("%1", path.name)
                .replace("%2", summary),
                details,
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import a directory"),
            self.tr("Import %1?\n\n%2").replace("%1", path.name).replace("%2", summary),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        if details:
            box.setInformativeText(details)
            box.setStyleSheet(_WIDE_BOX)
        go = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(go)
        self.confirm_box = box

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is go:
                self._apply_import(path, preview)

        self._open_box(box, answered)

    def _apply_import(self, path: Path, preview: ImportPreview) -> None:
        try:
            report: ImportReport = self._files.apply(preview)
        except DirectoryFileRejected as exc:
            self._say_rejected(path, exc)
            return
        self.search_edit.clear()
        self.refresh()
        self._inform(
            self.tr("Import finished"),
            self.tr("%1: %2 new, %3 updated, %4 unchanged.")
            .replace("%1", path.name)
            .replace("%2", str(report.created))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged)),
        )

    def _say_rejected(self, path: Path, exc: DirectoryFileRejected) -> None:
        lines = [f"• {file_problem_text(p)}" for p in exc.problems]
        if exc.more:
            lines.append(self.tr("…and other problems further down."))
        self._inform(
            self.tr("Nothing was imported"),
            self.tr(
                "%1 could not be imported: nothing was changed. Correct the file and try again."
            ).replace("%1", path.name),
            "\n".join(lines),
            icon=QMessageBox.Icon.Warning,
        )

    def _show_count(self, text: str, rows: list[EntryRow]) -> None:
        if text:
            self.count_label.setText(self.tr("%n service(s) found", "", len(rows)) if rows else "")
        else:
            self.count_label.setText(self.tr("%n service(s) in the directory", "", len(rows)))

    def _show_empty_state(self, text: str, rows: list[EntryRow]) -> None:
        if rows:
            self.stack.setCurrentWidget(self.table)
            return
        if text:
            message = self.tr(
                "Nothing matches “%1”.\nTry one word: what the citizen asks for (passeport, "
                "poubelle, bus) or who might handle it (agglo, département)."
            ).replace("%1", text)
        else:
            message = self.tr(
                "The directory is empty.\nClick “New” to add a service, or “Import…” to "
                "load a spreadsheet."
            )
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)

    def _inform(
        self,
        title: str,
        text: str,
        details: str = "",
        *,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setInformativeText(details)
            # Room for sentences naming lines and columns, rather than a tall thin column.
            box.setStyleSheet(_WIDE_BOX)
        self.message_box = box
        self._open_box(box, lambda: None)

    def _open_box(self, box: QMessageBox, answered: Callable[[], None]) -> None:
        """Window-modal, non-blocking: the event loop (and the tests) keep running."""
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: answered())
        box.finished.connect(box.deleteLater)
        box.open()

    # ---------------------------------------------------------------- set-up

    def _set_up_table(self) -> None:
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setAlternatingRowColors(True)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.setTabKeyNavigation(False)
        header = t.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_BODY, QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        fm = t.fontMetrics()
        # The service's name is what the receptionist reads: it takes the room left.
        t.setColumnWidth(
            COL_COMPETENCE, fm.horizontalAdvance(competence_label(Competence.URBAN_COMMUNITY)) + 44
        )
        t.setColumnWidth(COL_BODY, fm.horizontalAdvance("Agglomération du Saint") + 16)
        t.setColumnWidth(COL_PHONE, fm.horizontalAdvance("03 23 00 00 00") + 20)
        t.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        t.doubleClicked.connect(lambda _i: self.edit_selected())
        t.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def _set_up_actions(self) -> None:
        """Keyboard first: Ctrl+F and Ctrl+N anywhere on the page; Enter (edit) and Del on
        the list only, so that they keep their meaning in the search box."""

        def action(
            text: str, keys: list[QKeySequence], context: Qt.ShortcutContext, owner: QWidget
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(context)
            owner.addAction(act)
            return act

        page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        on_list = Qt.ShortcutContext.WidgetShortcut
        self.find_action = action(
            self.tr("Search"), [QKeySequence(QKeySequence.StandardKey.Find)], page, self
        )
        self.new_action = action(
            self.tr("New service"), [QKeySequence(QKeySequence.StandardKey.New)], page, self
        )
        self.edit_action = action(
            self.tr("Edit"),
            [
                QKeySequence(Qt.Key.Key_Return),
                QKeySequence(Qt.Key.Key_Enter),
                QKeySequence(Qt.Key.Key_F2),
            ],
            on_list,
            self.table,
        )
        self.delete_action = action(
            self.tr("Delete"), [QKeySequence(QKeySequence.StandardKey.Delete)], on_list, self.table
        )
        self.find_action.triggered.connect(self._focus_search)
        self.new_action.triggered.connect(self.new_entry)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button.clicked.connect(self.toggle_active_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button.clicked.connect(self.choose_and_export)
        native = QKeySequence.SequenceFormat.NativeText
        self.new_button.setToolTip(self.new_action.shortcut().toString(native))
        self.edit_button.setToolTip(self.tr("Edit the selected service (Enter on the list)"))
        self.deactivate_button.setToolTip(
            self.tr(
                "A service that closed or moved: it is no longer suggested, and the visits "
                "that name it keep their history."
            )
        )

"""Editions and projects of the children's budget, for coordinators: the list of an edition's
projects with their pictures, the project form, and the edition form.

Everything goes through `BudgetAdminService`: the forms hand it drafts and, when it refuses,
put each refusal under its field and stay open with nothing saved. Keyboard first: Ctrl+N
makes a project, Enter opens the selected one, Delete removes it (after a question), and
every form field is reached with Tab.

The widgets are public attributes so that tests type into them as a coordinator would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.budget.editions import (
    DATE_FIELDS,
    DESCRIPTION_MAX,
    EASY_READ_MAX,
    EDITION_TITLE_MAX,
    MAX_CHOICES_MAX,
    PROJECT_TITLE_MAX,
    PROPOSER_MAX,
    REASON_MAX,
    BudgetError,
    EditionDraft,
    FieldError,
    ProjectDraft,
)
from citizenspace.domain.catalog import (
    EditionPhase,
    OutcomeRule,
    ProjectStatus,
    VotingMethod,
)
from citizenspace.domain.pictures import MAX_PICTURE_BYTES, picture_problem
from citizenspace.services.budget.budget import BallotProject
from citizenspace.services.budget.budget_admin import (
    BudgetAdminService,
    BudgetValidationFailed,
    EditionDetail,
    ProjectDetail,
    ProjectLocked,
    ProjectRow,
)
from citizenspace.services.common.errors import NotFound, ServiceError
from citizenspace.views.budget.kiosk import money, picture_for
from citizenspace.views.common.fields import (
    EnumCombo,
    MoneyEdit,
    NumberEdit,
    OptionalDate,
    short_date,
)
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.pictures import picture_pixmap

#: Translation context of the refusals' texts (shared by both forms).
CONTEXT = "BudgetForms"
_ERROR_COLOUR = "#b3261e"
_STYLE = f"""
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"],
QAbstractSpinBox[invalid="true"], QListWidget[invalid="true"] {{
    border: 1px solid {_ERROR_COLOUR}; border-radius: 3px;
}}
QLabel[role="field-error"], QLabel[role="form-error"] {{ color: {_ERROR_COLOUR}; }}
QLabel#picturePreview {{ border: 1px solid palette(mid); border-radius: 8px; }}
"""
PREVIEW = QSize(128, 128)
THUMBNAIL = QSize(44, 44)

_ERRORS: dict[BudgetError, str] = {
    BudgetError.REQUIRED: QT_TRANSLATE_NOOP("BudgetForms", "This field is required"),
    BudgetError.NOT_POSITIVE: QT_TRANSLATE_NOOP("BudgetForms", "Enter an amount above 0 €"),
    BudgetError.TOO_LARGE: QT_TRANSLATE_NOOP(
        "BudgetForms", "This amount is too large: check the number of zeros"
    ),
    BudgetError.INVALID_YEAR: QT_TRANSLATE_NOOP(
        "BudgetForms", "Enter a year between 2000 and 2100"
    ),
    BudgetError.MAX_CHOICES_REQUIRED: QT_TRANSLATE_NOOP(
        "BudgetForms", "Say how many projects a child may choose: 1 or more"
    ),
    BudgetError.DATE_OUT_OF_ORDER: QT_TRANSLATE_NOOP(
        "BudgetForms", "This date comes before the date of an earlier step"
    ),
    BudgetError.REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "BudgetForms",
        "Say why the project is not eligible: the children who proposed it will be told",
    ),
    BudgetError.FULL_NAME: QT_TRANSLATE_NOOP(
        "BudgetForms",
        "This looks like a child's full name. Write first names only (Léa, Tom) "
        "or the group's name (CM2 class)",
    ),
    BudgetError.INVALID_ORDER: QT_TRANSLATE_NOOP(
        "BudgetForms", "The places on the ballot start at 1"
    ),
    BudgetError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
        "BudgetForms", "A site ticked here no longer exists (deleted meanwhile): check the list"
    ),
    BudgetError.LOCKED_BY_VOTES: QT_TRANSLATE_NOOP(
        "BudgetForms", "Children have already voted: this can no longer change"
    ),
    BudgetError.PICTURE_TOO_BIG: QT_TRANSLATE_NOOP(
        "BudgetForms", "This picture is larger than 5 MB: choose a smaller one"
    ),
    BudgetError.PICTURE_NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "BudgetForms", "This file is not a picture we can show: choose a PNG, JPEG or SVG file"
    ),
    BudgetError.PICTURE_UNREADABLE: QT_TRANSLATE_NOOP(
        "BudgetForms",
        "This picture could not be opened: the file is damaged or is not really a picture. "
        "Choose another PNG, JPEG or SVG file",
    ),
}

_LIMITS = {
    "title": PROJECT_TITLE_MAX,
    "easy_read": EASY_READ_MAX,
    "description": DESCRIPTION_MAX,
    "proposer_group": PROPOSER_MAX,
    "status_reason": REASON_MAX,
}


def error_text(code: BudgetError, limit: int | None = None) -> str:
    """The sentence shown under a field the service refused."""
    if code is BudgetError.TOO_LONG:
        if limit is None:
            return QCoreApplication.translate("BudgetForms", "This text is too long")
        return QCoreApplication.translate(
            "BudgetForms", "This text is too long: %1 characters at most"
        ).replace("%1", QLocale().toString(limit))
    source = _ERRORS.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else str(code.value)


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class _Errors:
    """Error labels under the fields of a form, and a line above it for the rest."""

    def __init__(self, limits: dict[str, int] | None = None) -> None:
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.limits = limits or {}
        self.form_label = QLabel()
        self.form_label.setProperty("role", "form-error")
        self.form_label.setWordWrap(True)
        self.form_label.hide()

    def cell(self, name: str, widget: QWidget, hint: QWidget | None = None) -> QWidget:
        """The field, its error (hidden until needed), then an optional hint."""
        self.fields[name] = widget
        cell = QWidget()
        cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addWidget(widget)
        error = QLabel()
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        self.labels[name] = error
        box.addWidget(error)
        if hint is not None:
            box.addWidget(hint)
        return cell

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            _set_invalid(self.fields[name], False)
        self.form_label.clear()
        self.form_label.hide()

    def show(self, errors: list[FieldError]) -> None:
        """Each error under its field, the field outlined; focus on the first one."""
        self.clear()
        first: QWidget | None = None
        unplaced: list[str] = []
        for error in errors:
            text = error_text(error.code, self.limits.get(error.field))
            label = self.labels.get(error.field)
            if label is None:
                unplaced.append(text)
                continue
            label.setText(text)
            label.show()
            _set_invalid(self.fields[error.field], True)
            first = first or self.fields[error.field]
        if unplaced:
            self.say("\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str) -> None:
        self.form_label.setText(text)
        self.form_label.show()

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def fit_height(dialog: QDialog) -> None:
    """Grow the window to show every text once errors appear under fields (wrapped labels
    do not push a window by themselves); never shrink what the user made bigger."""

    def fit() -> None:
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = dialog.layout()
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


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setVerticalSpacing(8)
    return form


def _save_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(QCoreApplication.translate("BudgetForms", "Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("BudgetForms", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


class _PlainText(QPlainTextEdit):
    """A text box a given number of lines high, where Tab moves on (keyboard first)."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())


# =========================================================================== edition form


class EditionDialog(QDialog):
    """Create an edition (`edition_id` None) or edit one. Open with `open()` and listen to
    `accepted`; `saved` then holds what the service stored."""

    def __init__(
        self,
        service: BudgetAdminService,
        edition_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._edition_id = edition_id
        self.saved: EditionDetail | None = None
        detail = service.edition(edition_id) if edition_id is not None else None
        self.setWindowTitle(self.tr("Edit the edition") if detail else self.tr("New edition"))
        self.setStyleSheet(_STYLE)
        self.errors = _Errors({"title": EDITION_TITLE_MAX})

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(EDITION_TITLE_MAX + 20)
        self.year_edit = NumberEdit(4)
        self.budget_edit = MoneyEdit()
        self.method_combo = EnumCombo(VotingMethod)
        self.max_choices_edit = NumberEdit(len(str(MAX_CHOICES_MAX)))
        self.rule_combo = EnumCombo(OutcomeRule)
        self.phase_combo = EnumCombo(EditionPhase)
        names = {
            "proposals_from": self.tr("Proposals from"),
            "selection_from": self.tr("Selection from"),
            "vote_from": self.tr("Vote from"),
            "vote_until": self.tr("Vote until"),
            "results_on": self.tr("Results on"),
        }
        self.dates = {name: OptionalDate(names[name]) for name in DATE_FIELDS}
        self.sites_list = QListWidget()
        self.sites_list.setAccessibleName(self.tr("Sites taking part"))
        for site in service.sites():
            item = QListWidgetItem(site.name)
            item.setData(Qt.ItemDataRole.UserRole, site.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sites_list.addItem(item)
        rows = max(3, min(self.sites_list.count(), 7))
        self.sites_list.setMinimumHeight(self.sites_list.sizeHintForRow(0) * rows + 8)

        rules_box = QGroupBox(self.tr("The edition and its vote"))
        rules = _form()
        e = self.errors
        rules.addRow(self.tr("Title"), e.cell("title", self.title_edit))
        rules.addRow(self.tr("Year"), e.cell("year", self.year_edit))
        rules.addRow(self.tr("Budget"), e.cell("budget_cents", self.budget_edit))
        rules.addRow(self.tr("Voting method"), e.cell("voting_method", self.method_combo))
        rules.addRow(
            self.tr("Choices per child"),
            e.cell(
                "max_choices",
                self.max_choices_edit,
                _hint(self.tr("The most projects a child may choose.")),
            ),
        )
        rules.addRow(
            self.tr("Counting rule"),
            e.cell(
                "outcome_rule",
                self.rule_combo,
                _hint(
                    self.tr(
                        "Most votes first: the projects with the most votes are funded while "
                        "money is left. Equal shares: each voter gets an equal part of the "
                        "budget to spend on the projects they chose."
                    )
                ),
            ),
        )
        rules.addRow(self.tr("Current step"), e.cell("phase", self.phase_combo))
        rules_box.setLayout(rules)

        calendar_box = QGroupBox(self.tr("Calendar"))
        calendar = _form()
        for name in DATE_FIELDS:
            calendar.addRow(names[name], e.cell(name, self.dates[name]))
        calendar_box.setLayout(calendar)
        sites_box = QGroupBox(self.tr("Sites taking part"))
        sites_layout = QVBoxLayout(sites_box)
        sites_layout.addWidget(e.cell("sites", self.sites_list))
        right = QVBoxLayout()
        right.addWidget(calendar_box)
        right.addWidget(sites_box, 1)

        columns = QHBoxLayout()
        columns.addWidget(rules_box, 3)
        columns.addLayout(right, 2)
        self.buttons, self.save_button = _save_buttons(self)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(e.form_label)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # now that it is in the dialog: Enter saves

        self.method_combo.currentIndexChanged.connect(self._method_changed)
        self.year_edit.textEdited.connect(self._year_changed)
        draft = detail.draft if detail else service.new_edition_draft()
        self._auto_title = ""
        self._load(draft, detail.site_ids if detail else ())
        if detail is None:
            self._auto_title = self._default_title(draft.year)
            self.title_edit.setText(self._auto_title)
        self._loaded = self.draft() if detail else None
        self._loaded_sites = self.site_ids() if detail else None
        if detail is not None and detail.votes:
            for widget in (self.method_combo, self.max_choices_edit):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Children have already voted: this can no longer change"))
        self.resize(max(self.sizeHint().width(), 900), self.sizeHint().height())
        self.title_edit.setFocus()

    # ---------------------------------------------------------------- public

    def draft(self) -> EditionDraft:
        method = self.method_combo.value()
        return EditionDraft(
            year=self.year_edit.value() or 0,
            title=self.title_edit.text(),
            budget_cents=self.budget_edit.cents(),
            voting_method=method,
            max_choices=self.max_choices_edit.value() if method is VotingMethod.APPROVAL else None,
            outcome_rule=self.rule_combo.value(),
            phase=self.phase_combo.value(),
            **{name: self.dates[name].date() for name in DATE_FIELDS},
        )

    def site_ids(self) -> list[str]:
        return [
            self.sites_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sites_list.count())
            if self.sites_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        self.errors.clear()
        draft = self.draft()
        sites = self.site_ids()
        try:
            if self._edition_id is None:
                saved = self._service.create_edition(draft, sites)
            else:
                unchanged = self._loaded_sites is not None and sites == self._loaded_sites
                saved = self._service.update_edition(
                    self._edition_id,
                    draft,
                    None if unchanged else sites,
                    original=self._loaded,
                )
        except BudgetValidationFailed as refused:
            self.errors.show(refused.errors)
            fit_height(self)
            return
        except NotFound:
            self.errors.say(
                self.tr(
                    "This edition no longer exists (deleted on another computer?). Nothing was saved."
                )
            )
            return
        except ServiceError:
            self.errors.say(self.tr("The edition could not be saved. Nothing was changed."))
            return
        self.saved = saved
        super().accept()

    def error_text(self, field: str) -> str:
        return self.errors.text(field)

    # ---------------------------------------------------------------- helpers

    def _default_title(self, year: int) -> str:
        return self.tr("Children's participatory budget %1").replace("%1", str(year))

    def _year_changed(self) -> None:
        """A title the user has not touched follows the year."""
        year = self.year_edit.value()
        if year and self._auto_title and self.title_edit.text() == self._auto_title:
            self._auto_title = self._default_title(year)
            self.title_edit.setText(self._auto_title)

    def _method_changed(self) -> None:
        approval = self.method_combo.value() is VotingMethod.APPROVAL
        self.max_choices_edit.setEnabled(approval and self.method_combo.isEnabled())
        self.max_choices_edit.setPlaceholderText("" if approval else self.tr("no limit"))
        if not approval:
            self.max_choices_edit.set_value(None)
        elif self.max_choices_edit.value() is None:
            self.max_choices_edit.set_value(3)

    def _load(self, d: EditionDraft, site_ids: tuple[str, ...] | list[str]) -> None:
        self.title_edit.setText(d.title)
        self.year_edit.set_value(d.year)
        self.budget_edit.set_cents(d.budget_cents)
        self.method_combo.set_value(d.voting_method)
        self.max_choices_edit.set_value(d.max_choices)
        self._method_changed()
        self.rule_combo.set_value(d.outcome_rule)
        self.phase_combo.set_value(d.phase)
        for name in DATE_FIELDS:
            self.dates[name].set_date(getattr(d, name))
        for i in range(self.sites_list.count()):
            item = self.sites_list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in site_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


# =========================================================================== project form


class ProjectDialog(QDialog):
    """Create a project of `edition_id` (`project_id` None) or edit one. Open with `open()`
    and listen to `accepted`; `saved` then holds what the service stored."""

    def __init__(
        self,
        service: BudgetAdminService,
        edition_id: str,
        project_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._edition_id = edition_id
        self._project_id = project_id
        self.saved: ProjectDetail | None = None
        #: A newly chosen picture's bytes (None: keep what the project has).
        self.picture_data: bytes | None = None
        self.picture_removed = False
        detail = service.project(project_id) if project_id is not None else None
        self._picture_hash = detail.picture_hash if detail else None
        self.setWindowTitle(self.tr("Edit the project") if detail else self.tr("New project"))
        self.setStyleSheet(_STYLE)
        self.errors = _Errors(_LIMITS)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(PROJECT_TITLE_MAX + 20)
        self.title_edit.setPlaceholderText(self.tr("For example: A reading hut in the park"))
        self.easy_read_edit = _PlainText(4)
        self.easy_read_edit.setPlaceholderText(
            self.tr("We want a hut in the park. It will have books. Everyone can read there.")
        )
        self.description_edit = _PlainText(4)
        for wide in (self.title_edit, self.easy_read_edit, self.description_edit):
            wide.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.cost_edit = MoneyEdit()
        self.preview = QLabel()
        self.preview.setObjectName("picturePreview")
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Picture of the project"))
        self.choose_picture_button = QPushButton(self.tr("Choose a picture…"))
        self.choose_picture_button.clicked.connect(self.choose_picture)
        self.remove_picture_button = QPushButton(self.tr("Remove the picture"))
        self.remove_picture_button.clicked.connect(self.remove_picture)
        for button in (self.choose_picture_button, self.remove_picture_button):
            button.setAutoDefault(False)  # Enter in a field saves the form, never opens files
        picture = QWidget()
        picture_row = QHBoxLayout(picture)
        picture_row.setContentsMargins(0, 0, 0, 0)
        picture_row.addWidget(self.preview)
        picture_buttons = QVBoxLayout()
        picture_buttons.addWidget(self.choose_picture_button)
        picture_buttons.addWidget(self.remove_picture_button)
        picture_buttons.addWidget(
            _hint(self.tr("PNG, JPEG or SVG, 5 MB at most. Children see it on the kiosk."))
        )
        picture_buttons.addStretch(1)
        picture_row.addLayout(picture_buttons, 1)
        picture.setFocusProxy(self.choose_picture_button)
        self.proposer_edit = QLineEdit()
        self.proposer_edit.setMaxLength(PROPOSER_MAX + 20)
        self.status_combo = EnumCombo(ProjectStatus)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(REASON_MAX + 20)
        self.order_edit = NumberEdit(3)
        self.order_edit.setMaximumWidth(
            max(
                self.fontMetrics().horizontalAdvance(text)
                for text in (self.tr("at the end"), self.tr("not on the ballot"))
            )
            + 40
        )

        e = self.errors
        # Two columns, so that the form fits a laptop's screen: the words on the left, the
        # picture, the money and the decision on the right.
        texts = _form()
        texts.addRow(self.tr("Title"), e.cell("title", self.title_edit))
        texts.addRow(
            self.tr("Easy-read text"),
            e.cell(
                "easy_read",
                self.easy_read_edit,
                _hint(
                    self.tr(
                        "One idea per sentence. Short sentences, everyday words: "
                        "children read it on the kiosk."
                    )
                ),
            ),
        )
        texts.addRow(
            self.tr("Description"),
            e.cell(
                "description",
                self.description_edit,
                _hint(self.tr("For adults: what will be done, where, with whom.")),
            ),
        )
        texts.addRow(
            self.tr("Proposed by"),
            e.cell(
                "proposer_group",
                self.proposer_edit,
                _hint(
                    self.tr(
                        "First names or the group's name only (Léa and Tom; CM2 class of "
                        "Jean Macé school), never a child's full name."
                    )
                ),
            ),
        )
        decision = _form()
        decision.addRow(self.tr("Picture"), e.cell("picture", picture))
        decision.addRow(self.tr("Cost"), e.cell("cost_cents", self.cost_edit))
        decision.addRow(self.tr("Status"), e.cell("status", self.status_combo))
        decision.addRow(
            self.tr("Reason"),
            e.cell(
                "status_reason",
                self.reason_edit,
                _hint(self.tr("Required when the project is not eligible: say why.")),
            ),
        )
        decision.addRow(self.tr("Place on the ballot"), e.cell("ballot_order", self.order_edit))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(texts, 3)
        columns.addLayout(decision, 2)
        self.buttons, self.save_button = _save_buttons(self)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(e.form_label)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.save_button.setDefault(True)  # now that it is in the dialog: Enter saves
        chain = [
            self.title_edit,
            self.easy_read_edit,
            self.description_edit,
            self.proposer_edit,
            self.choose_picture_button,
            self.remove_picture_button,
            self.cost_edit,
            self.status_combo,
            self.reason_edit,
            self.order_edit,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.status_combo.currentIndexChanged.connect(self._status_changed)
        if detail is not None:
            self._load(detail.draft)
        self._status_changed()
        self._loaded = self.draft() if detail else None
        self._show_picture(service.picture(self._picture_hash))
        self.resize(
            max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * 130),
            self.sizeHint().height(),
        )
        self.title_edit.setFocus()
        self.title_edit.setFocus()

    # ---------------------------------------------------------------- public

    def draft(self) -> ProjectDraft:
        order = self.order_edit.value()
        return ProjectDraft(
            title=self.title_edit.text(),
            cost_cents=self.cost_edit.cents(),
            easy_read=self.easy_read_edit.toPlainText(),
            description=self.description_edit.toPlainText(),
            proposer_group=self.proposer_edit.text(),
            status=self.status_combo.value(),
            status_reason=self.reason_edit.text(),
            ballot_order=order or None,
        )

    def choose_picture(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.svg)"),
        )
        if path:
            self.set_picture_file(Path(path))

    def set_picture_file(self, path: Path) -> bool:
        """Take the picture in `path` if it is one we accept (said at once otherwise)."""
        self._picture_message("")
        try:
            if path.stat().st_size > MAX_PICTURE_BYTES:
                self._picture_message(error_text(BudgetError.PICTURE_TOO_BIG))
                return False
            data = path.read_bytes()
        except OSError:
            self._picture_message(self.tr("This file could not be read."))
            return False
        problem = picture_problem(data)
        shown = None if problem else self._render(data, PREVIEW)
        if problem is not None or shown is None:
            self._picture_message(error_text(BudgetError.PICTURE_NOT_SUPPORTED))
            return False
        self.picture_data = data
        self.picture_removed = False
        self._preview(shown)
        return True

    def remove_picture(self) -> None:
        self.picture_data = None
        self.picture_removed = True
        self._picture_message("")
        self._show_picture(None)

    def accept(self) -> None:
        self.errors.clear()
        draft = self.draft()
        try:
            if self._project_id is None:
                saved = self._service.create_project(self._edition_id, draft, self.picture_data)
            else:
                saved = self._service.update_project(
                    self._project_id,
                    draft,
                    picture=self.picture_data,
                    remove_picture=self.picture_removed,
                    original=self._loaded,
                )
        except BudgetValidationFailed as refused:
            self.errors.show(refused.errors)
            fit_height(self)
            return
        except NotFound:
            self.errors.say(
                self.tr(
                    "This project no longer exists (removed on another computer?). Nothing was saved."
                )
            )
            return
        except ServiceError:
            self.errors.say(self.tr("The project could not be saved. Nothing was changed."))
            return
        self.saved = saved
        super().accept()

    def error_text(self, field: str) -> str:
        return self.errors.text(field)

    @property
    def shows_picture(self) -> bool:
        """Is a real picture in the preview (not the empty frame)? For tests."""
        return bool(self.preview.property("has_picture"))

    # ---------------------------------------------------------------- helpers

    def _render(self, data: bytes | None, size: QSize) -> QPixmap | None:
        return picture_pixmap(data, size, radius=8)

    def _show_picture(self, data: bytes | None) -> None:
        self._preview(self._render(data, PREVIEW))

    def _preview(self, shown: QPixmap | None) -> None:
        self.preview.setProperty("has_picture", shown is not None)
        if shown is None:
            self.preview.clear()
            self.preview.setText(self.tr("No picture"))
        else:
            self.preview.setPixmap(shown)
        self.remove_picture_button.setEnabled(shown is not None)

    def _picture_message(self, text: str) -> None:
        label = self.errors.labels["picture"]
        label.setText(text)
        label.setVisible(bool(text))
        _set_invalid(self.errors.fields["picture"], bool(text))
        if text:
            fit_height(self)

    def _status_changed(self) -> None:
        on_ballot = self.status_combo.value() is ProjectStatus.ON_BALLOT
        self.order_edit.setEnabled(on_ballot)
        self.order_edit.setPlaceholderText(
            self.tr("at the end") if on_ballot else self.tr("not on the ballot")
        )
        if not on_ballot:
            self.order_edit.set_value(None)

    def _load(self, d: ProjectDraft) -> None:
        self.title_edit.setText(d.title)
        self.easy_read_edit.setPlainText(d.easy_read)
        self.description_edit.setPlainText(d.description)
        self.cost_edit.set_cents(d.cost_cents)
        self.proposer_edit.setText(d.proposer_group)
        self.status_combo.set_value(d.status)
        self.reason_edit.setText(d.status_reason)
        self.order_edit.set_value(d.ballot_order)


# =========================================================================== the list


class ProjectsModel(QAbstractTableModel):
    """The projects of one edition, as `BudgetAdminService.projects` gives them."""

    COL_ORDER, COL_PICTURE, COL_TITLE, COL_COST, COL_STATUS, COL_GROUP = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProjectsModel", "No."),
        QT_TRANSLATE_NOOP("ProjectsModel", "Picture"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Project"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Cost"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Status"),
        QT_TRANSLATE_NOOP("ProjectsModel", "Proposed by"),
    )

    def __init__(self, service: BudgetAdminService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows: list[ProjectRow] = []
        self._thumbnails: dict[str, QIcon] = {}

    def set_rows(self, rows: list[ProjectRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProjectsModel", self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_ORDER:
                return str(row.ballot_order) if row.ballot_order else ""
            if col == self.COL_TITLE:
                return row.title
            if col == self.COL_COST:
                return money(row.cost_cents)
            if col == self.COL_STATUS:
                return self.status_text(row)
            if col == self.COL_GROUP:
                return row.proposer_group
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_PICTURE:
            return self._thumbnail(row)
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.COL_STATUS, self.COL_TITLE):
            return self.status_text(row) if col == self.COL_STATUS else row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_COST, self.COL_ORDER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    @staticmethod
    def status_text(row: ProjectRow) -> str:
        label = enum_label(row.status)
        if row.status is ProjectStatus.NOT_ELIGIBLE and row.status_reason:
            return (
                QCoreApplication.translate("ProjectsModel", "%1: %2")
                .replace("%1", label)
                .replace("%2", row.status_reason)
            )
        return label

    def _thumbnail(self, row: ProjectRow) -> QIcon:
        key = f"{row.picture_hash or ''}:{row.id}:{row.title}"
        cached = self._thumbnails.get(key)
        if cached is None:
            stand_in = BallotProject(
                row.id, row.title, "", "", row.cost_cents, row.picture_hash, ""
            )
            data = self._service.picture(row.picture_hash)
            pixmap = picture_pixmap(data, THUMBNAIL, radius=6) or picture_for(stand_in, THUMBNAIL)
            # The same picture when the row is selected: not tinted by the selection colour.
            cached = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
                cached.addPixmap(pixmap, mode)
            self._thumbnails[key] = cached
        return cached


class _ProjectTable(QTableView):
    """The list, keyboard first: Enter opens the project, Delete removes it."""

    open_requested = Signal()
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class ProjectsTab(QWidget):
    """An edition's projects: what the edition is, then the list with its actions."""

    #: Something was saved (an edition or a project): the page reads it all again.
    changed = Signal()

    def __init__(self, service: BudgetAdminService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.edition_id: str | None = None
        self.dialog: QDialog | None = None

        head = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.summary, 1)
        self.edit_edition_button = QPushButton(self.tr("Edit the edition…"))
        self.edit_edition_button.clicked.connect(self.edit_edition)
        head.addWidget(self.edit_edition_button, 0, Qt.AlignmentFlag.AlignTop)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New project…"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.clicked.connect(self.new_project)
        self.edit_button = QPushButton(self.tr("Open…"))
        self.edit_button.setToolTip(self.tr("Enter"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Delete"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Earlier on the ballot (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Later on the ballot (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for button in (self.new_button, self.edit_button, self.remove_button):
            actions.addWidget(button)
        actions.addSpacing(16)
        actions.addWidget(self.up_button)
        actions.addWidget(self.down_button)
        actions.addStretch(1)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.model = ProjectsModel(service, self)
        self.table = _ProjectTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Projects of the edition"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setIconSize(THUMBNAIL)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(THUMBNAIL.height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ProjectsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (ProjectsModel.COL_ORDER, ProjectsModel.COL_PICTURE, ProjectsModel.COL_COST):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProjectsModel.COL_STATUS, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ProjectsModel.COL_GROUP, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ProjectsModel.COL_STATUS, 220)
        header.resizeSection(ProjectsModel.COL_GROUP, 260)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.open_requested.connect(self.edit_selected)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty_label = QLabel(
            self.tr("No project yet. Add the children's proposals with “New project…”.")
        )
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_project)
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_selected(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_selected(1))
        self._votes = 0
        self._update_buttons()

    # ---------------------------------------------------------------- data

    def set_edition(self, edition_id: str | None) -> None:
        if edition_id != self.edition_id:
            self._say("")
        self.edition_id = edition_id
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """Read the edition and its projects again; keep (or move to) the selected one."""
        select = select or self.selected_id()
        if self.edition_id is None:
            self.model.set_rows([])
            self.summary.clear()
            self._update_buttons()
            return
        try:
            detail = self._service.edition(self.edition_id)
            rows = self._service.projects(self.edition_id)
        except NotFound:
            self.edition_id = None
            self.model.set_rows([])
            self._update_buttons()
            return
        self._votes = detail.votes
        self.summary.setText(self._summary(detail))
        self.model.set_rows(rows)
        on_ballot = [r for r in rows if r.ballot_order is not None]
        self.totals.setText(
            self.tr("Projects: %1 · On the ballot: %2 · Cost of the ballot: %3")
            .replace("%1", QLocale().toString(len(rows)))
            .replace("%2", QLocale().toString(len(on_ballot)))
            .replace("%3", money(sum(r.cost_cents for r in on_ballot)))
        )
        self.empty_label.setVisible(not rows)
        ids = [r.id for r in rows]
        if select in ids:
            self.table.selectRow(ids.index(select))
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.rows[rows[0].row()].id

    def select(self, project_id: str) -> None:
        ids = [r.id for r in self.model.rows]
        if project_id in ids:
            self.table.selectRow(ids.index(project_id))

    def _summary(self, detail: EditionDetail) -> str:
        d = detail.draft
        method = enum_label(d.voting_method)
        if d.voting_method is VotingMethod.APPROVAL and d.max_choices:
            method = (
                self.tr("%1, %2 at most")
                .replace("%1", method)
                .replace("%2", QLocale().toString(d.max_choices))
            )
        parts = [
            self.tr("Budget: %1").replace("%1", money(d.budget_cents)),
            method,
            enum_label(d.outcome_rule),
        ]
        if d.vote_from and d.vote_until:
            parts.append(
                self.tr("vote from %1 to %2")
                .replace("%1", short_date(d.vote_from))
                .replace("%2", short_date(d.vote_until))
            )
        parts.append(self.tr("%n site(s) taking part", "", len(detail.site_ids)))
        if detail.votes:
            parts.append(self.tr("%n ballot(s) cast: the ballot is fixed", "", detail.votes))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        has_edition = self.edition_id is not None
        row = self._selected_row()
        self.new_button.setEnabled(has_edition)
        self.edit_edition_button.setEnabled(has_edition)
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        movable = row is not None and row.status is ProjectStatus.ON_BALLOT and not self._votes
        self.up_button.setEnabled(movable)
        self.down_button.setEnabled(movable)

    def _selected_row(self) -> ProjectRow | None:
        ident = self.selected_id()
        return next((r for r in self.model.rows if r.id == ident), None)

    # ---------------------------------------------------------------- actions

    def new_project(self) -> None:
        if self.edition_id is None:
            return
        self._open(ProjectDialog(self._service, self.edition_id, parent=self))

    def edit_selected(self) -> None:
        ident = self.selected_id()
        if ident is None or self.edition_id is None:
            return
        try:
            dialog = ProjectDialog(self._service, self.edition_id, ident, parent=self)
        except NotFound:
            self._say(self.tr("This project no longer exists."))
            self.reload()
            return
        self._open(dialog)

    def edit_edition(self) -> None:
        if self.edition_id is None:
            return
        self._open(EditionDialog(self._service, self.edition_id, parent=self))

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _saved(self, dialog: QDialog) -> None:
        self._say("")
        saved = getattr(dialog, "saved", None)
        select = saved.id if isinstance(saved, ProjectDetail) else None
        self.reload(select)
        self.changed.emit()
        if select:
            self.select(select)

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        if self._votes and row.ballot_order is not None:
            self._say(self._locked_text(self._votes))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove the project"),
            self.tr("Remove the project “%1”? This cannot be undone.").replace("%1", row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._service.delete_project(row.id)
        except ProjectLocked as locked:
            self._say(self._locked_text(locked.votes))
            return
        except NotFound:
            pass
        self._say(self.tr("Project removed: %1").replace("%1", row.title))
        self.reload()
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self._selected_row()
        if row is None or row.status is not ProjectStatus.ON_BALLOT:
            return
        try:
            self._service.move_project(row.id, step)
        except BudgetValidationFailed:
            self._say(self._locked_text(self._votes))
            return
        except NotFound:
            pass
        self.reload(row.id)
        self.changed.emit()
        self.table.setFocus()

    def _say(self, text: str) -> None:
        """A line above the list (hidden when there is nothing to say)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _locked_text(self, votes: int) -> str:
        return self.tr(
            "Children have already voted (%n ballot(s)): the projects on the ballot and their "
            "order stay as they are, for the count.",
            "",
            votes,
        )

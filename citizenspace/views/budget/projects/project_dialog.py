"""The project form: what the children proposed, in their words and in an adult's, its
picture, its cost and the coordinator's decision. It hands the service a draft and, when the
service refuses, shows each refusal under its field and stays open with nothing saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.budget.editions import (
    PROJECT_TITLE_MAX,
    PROPOSER_MAX,
    REASON_MAX,
    BudgetError,
    ProjectDraft,
)
from citizenspace.domain.catalog import ProjectStatus
from citizenspace.domain.pictures import MAX_PICTURE_BYTES, picture_problem
from citizenspace.services.budget.budget_admin import (
    BudgetAdminService,
    ProjectDetail,
)
from citizenspace.views.budget.projects.budget_form import BudgetForm
from citizenspace.views.budget.words import PROJECT_LIMITS, error_text, refusal_text
from citizenspace.views.common.fields import EnumCombo, MoneyEdit, NumberEdit
from citizenspace.views.common.forms import (
    FORM_STYLE,
    FieldErrors,
    PlainText,
    fit_height,
    form_layout,
    hint,
    save_buttons,
    set_invalid,
    show_error,
)
from citizenspace.views.common.pictures import picture_pixmap

PREVIEW = QSize(128, 128)
#: The picture's frame (the rest of the form's look is `FORM_STYLE`).
PREVIEW_STYLE = """
QLabel#picturePreview { border: 1px solid palette(mid); border-radius: 8px; }
"""


class ProjectDialog(BudgetForm):
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
        self.setStyleSheet(FORM_STYLE + PREVIEW_STYLE)
        self.errors = FieldErrors(refusal_text(PROJECT_LIMITS))

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(PROJECT_TITLE_MAX + 20)
        self.title_edit.setPlaceholderText(self.tr("For example: A reading hut in the park"))
        self.easy_read_edit = PlainText(4)
        self.easy_read_edit.setPlaceholderText(
            self.tr("We want a hut in the park. It will have books. Everyone can read there.")
        )
        self.description_edit = PlainText(4)
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
            hint(self.tr("PNG, JPEG or SVG, 5 MB at most. Children see it on the kiosk."))
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
        texts = form_layout()
        texts.addRow(self.tr("Title"), e.cell("title", self.title_edit))
        texts.addRow(
            self.tr("Easy-read text"),
            e.cell(
                "easy_read",
                self.easy_read_edit,
                hint(
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
                hint(self.tr("For adults: what will be done, where, with whom.")),
            ),
        )
        texts.addRow(
            self.tr("Proposed by"),
            e.cell(
                "proposer_group",
                self.proposer_edit,
                hint(
                    self.tr(
                        "First names or the group's name only (Léa and Tom; CM2 class of "
                        "Jean Macé school), never a child's full name."
                    )
                ),
            ),
        )
        decision = form_layout()
        decision.addRow(self.tr("Picture"), e.cell("picture", picture))
        decision.addRow(self.tr("Cost"), e.cell("cost_cents", self.cost_edit))
        decision.addRow(self.tr("Status"), e.cell("status", self.status_combo))
        decision.addRow(
            self.tr("Reason"),
            e.cell(
                "status_reason",
                self.reason_edit,
                hint(self.tr("Required when the project is not eligible: say why.")),
            ),
        )
        decision.addRow(self.tr("Place on the ballot"), e.cell("ballot_order", self.order_edit))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(texts, 3)
        columns.addLayout(decision, 2)
        self.buttons, self.save_button = save_buttons(self)
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

    @property
    def shows_picture(self) -> bool:
        """Is a real picture in the preview (not the empty frame)? For tests."""
        return bool(self.preview.property("has_picture"))

    # ---------------------------------------------------------------- helpers

    def _gone_text(self) -> str:
        return self.tr(
            "This project no longer exists (removed on another computer?). Nothing was saved."
        )

    def _failed_text(self) -> str:
        return self.tr("The project could not be saved. Nothing was changed.")

    def _save(self) -> ProjectDetail:
        draft = self.draft()
        if self._project_id is None:
            return self._service.create_project(self._edition_id, draft, self.picture_data)
        return self._service.update_project(
            self._project_id,
            draft,
            picture=self.picture_data,
            remove_picture=self.picture_removed,
            original=self._loaded,
        )

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
        show_error(self.errors.labels["picture"], text)
        set_invalid(self.errors.fields["picture"], bool(text))
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

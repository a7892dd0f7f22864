"""The edition form: a year's budget, how children vote, its calendar and the sites taking
part. It hands the service a draft and, when the service refuses, shows each refusal under
its field and stays open with nothing saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.budget.editions import (
    DATE_FIELDS,
    EDITION_TITLE_MAX,
    MAX_CHOICES_MAX,
    EditionDraft,
)
from citizenspace.domain.catalog import EditionPhase, OutcomeRule, VotingMethod
from citizenspace.services.budget.budget_admin import (
    BudgetAdminService,
    EditionDetail,
)
from citizenspace.views.budget.projects.budget_form import BudgetForm
from citizenspace.views.budget.words import EDITION_LIMITS, refusal_text
from citizenspace.views.common.fields import EnumCombo, MoneyEdit, NumberEdit, OptionalDate
from citizenspace.views.common.forms import (
    FORM_STYLE,
    FieldErrors,
    form_layout,
    hint,
    save_buttons,
)


class EditionDialog(BudgetForm):
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
        self.setStyleSheet(FORM_STYLE)
        self.errors = FieldErrors(refusal_text(EDITION_LIMITS))

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
        rules = form_layout()
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
                hint(self.tr("The most projects a child may choose.")),
            ),
        )
        rules.addRow(
            self.tr("Counting rule"),
            e.cell(
                "outcome_rule",
                self.rule_combo,
                hint(
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
        calendar = form_layout()
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
        self.buttons, self.save_button = save_buttons(self)
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

    # ---------------------------------------------------------------- helpers

    def _gone_text(self) -> str:
        return self.tr(
            "This edition no longer exists (deleted on another computer?). Nothing was saved."
        )

    def _failed_text(self) -> str:
        return self.tr("The edition could not be saved. Nothing was changed.")

    def _save(self) -> EditionDetail:
        draft = self.draft()
        sites = self.site_ids()
        if self._edition_id is None:
            return self._service.create_edition(draft, sites)
        unchanged = self._loaded_sites is not None and sites == self._loaded_sites
        return self._service.update_edition(
            self._edition_id, draft, None if unchanged else sites, original=self._loaded
        )

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

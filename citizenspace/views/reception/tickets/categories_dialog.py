"""The ticket categories: name, code (the Open311 service code), delay, default service.

Categories are never deleted (tickets name them): one no longer used is deactivated, and
can be reactivated.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.reception.tickets import Problem
from citizenspace.services.reception.tickets import CategoryDraft, CategoryRow, TicketRefused
from citizenspace.views.common.context import Services
from citizenspace.views.common.forms import FORM_STYLE, error_label, set_invalid, show_error
from citizenspace.views.common.tables import DataTable
from citizenspace.views.reception.tickets.models import (
    COL_CATEGORY_SERVICE,
    COL_CODE,
    COL_NAME,
    CategoriesModel,
)
from citizenspace.views.reception.words import problems_text, service_label


class CategoriesDialog(QDialog):
    """The ticket categories: name, code (the Open311 service code), delay, default service."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svc = services.tickets
        self.setWindowTitle(self.tr("Ticket categories"))
        self.setStyleSheet(FORM_STYLE)
        self.model = CategoriesModel(self._days, self)
        self.table = DataTable(self.model)
        self.table.stretch(COL_NAME)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CATEGORY_SERVICE, QHeaderView.ResizeMode.Stretch)
        # The code is what Open311 exports name the category by: shown whole.
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.delay = QSpinBox()
        self.delay.setRange(1, 365)
        self.delay.setValue(15)
        self.delay.setSuffix(self.tr(" days"))
        self.service = QComboBox()
        self.service.addItem(self.tr("(none)"), None)
        for opt in self._svc.service_options():
            self.service.addItem(service_label(opt.name, opt.body_name, opt.competence), opt.id)
        self.error = error_label("form-error")
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
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.table.open_requested.connect(self.name.setFocus)  # Enter: edit this category
        self._editing: str | None = None
        self.reload()
        self.resize(860, 480)
        self.name.setFocus()

    def _days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def reload(self, select: str | None = None) -> None:
        self.model.set_rows(self._svc.categories(include_inactive=True))
        if select is not None and (at := self.model.row_of(select)) >= 0:
            self.table.selectRow(at)

    def _row(self, category_id: str) -> CategoryRow:
        return self.model.row_at(self.model.row_of(category_id))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        r = self.model.row_at(rows[0].row())
        self._editing = r.id
        self.name.setText(r.name)
        self.code.setText(r.code)
        self.delay.setValue(r.due_days)
        index = self.service.findData(r.directory_entry_id)
        self.service.setCurrentIndex(max(0, index))
        self.active_button.setText(self.tr("Deactivate") if r.active else self.tr("Reactivate"))
        self._refuse([])

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
                old = self._row(self._editing)
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
            self._refuse(e.problems)
            return
        self._refuse([])
        self.reload(row.id)
        self.changed.emit()

    def _refuse(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        """Say why under the form and outline the fields refused ("" and none: all well)."""
        show_error(self.error, problems_text(problems))
        refused = {p.field for p in problems}
        fields = {
            "name": self.name,
            "code": self.code,
            "due_days": self.delay,
            "service": self.service,
        }
        for name, widget in fields.items():
            set_invalid(widget, name in refused)

    def _toggle_active(self) -> None:
        if self._editing is None:
            return
        row = self._row(self._editing)
        self._svc.set_category_active(row.id, not row.active)
        self.reload(row.id)
        self.changed.emit()

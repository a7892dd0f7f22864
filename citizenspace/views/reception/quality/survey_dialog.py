"""Grading a mystery survey: a visit, call or letter checked against its channel's grid,
each criterion met, not met or not observed, answered from the keyboard (1, 0, Delete)."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import Channel
from citizenspace.domain.reception import quality as q
from citizenspace.services.reception.quality import QualityInvalid, SurveyInput
from citizenspace.views.common.context import Services
from citizenspace.views.common.forms import (
    FORM_STYLE,
    error_label,
    fit_height,
    hint,
    save_buttons,
    show_error,
)
from citizenspace.views.common.labels import enum_label
from citizenspace.views.reception.words import criterion_label, grid_title, quality_error_text


class CriterionRow(QWidget):
    """A criterion and its three answers. Arrow keys move between the answers; 1 (met),
    0 (not met) or Delete (not observed) answer and go on to the next criterion."""

    answered = Signal()

    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label)
        layout.addWidget(self.label, 1)
        self.group = QButtonGroup(self)
        self.met = QRadioButton(self.tr("Met"))
        self.not_met = QRadioButton(self.tr("Not met"))
        self.unseen = QRadioButton(self.tr("Not observed"))
        # Ids 1 met, 0 not met, 2 not observed (negative ids are QButtonGroup's own).
        for value, button in ((1, self.met), (0, self.not_met), (2, self.unseen)):
            self.group.addButton(button, value)
            button.setAccessibleName(f"{label}: {button.text()}")
            layout.addWidget(button)
        self.unseen.setChecked(True)
        self.label.setBuddy(self.unseen)

    def value(self) -> bool | None:
        checked = self.group.checkedId()
        return None if checked not in (0, 1) else bool(checked)

    def set_value(self, value: bool | None) -> None:
        {None: self.unseen, True: self.met, False: self.not_met}[value].setChecked(True)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        keys = {Qt.Key.Key_1: True, Qt.Key.Key_0: False, Qt.Key.Key_Delete: None}
        if event.key() in keys:
            event.accept()
            self.set_value(keys[event.key()])
            self.answered.emit()
            return
        super().keyPressEvent(event)


class SurveyDialog(QDialog):
    """Grade a mystery-survey visit, call or letter against its channel's grid."""

    saved = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quality = services.quality
        self.setWindowTitle(self.tr("Grade a mystery survey"))
        self.setStyleSheet(FORM_STYLE)
        self.setMinimumWidth(860)  # the longest criterion on one line, in French too
        self.rows: list[CriterionRow] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        today = self._quality.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("&Date"), self.date_edit)
        self.site_combo = QComboBox()
        self.site_combo.addItem(self.tr("(no site)"), None)
        for site_id, name in self._quality.sites():
            self.site_combo.addItem(name, site_id)
        # The site this machine stands at, as the likeliest one.
        here = services.settings.load().site_id
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(here)))
        form.addRow(self.tr("&Site"), self.site_combo)
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(enum_label(channel), channel.value)
        form.addRow(self.tr("&Channel"), self.channel_combo)
        self.surveyor_edit = QLineEdit()
        self.surveyor_edit.setMaxLength(120)
        self.surveyor_edit.setPlaceholderText(self.tr("Firm or person who made the survey"))
        form.addRow(self.tr("Sur&veyor"), self.surveyor_edit)
        layout.addLayout(form)
        self.grid_title = QLabel("")
        self.grid_title.setObjectName("sectionTitle")
        layout.addWidget(self.grid_title)
        self.hint = hint(
            self.tr("For each criterion: 1 met, 0 not met, Delete not observed; Tab for the next.")
        )
        layout.addWidget(self.hint)
        self.criteria_box = QWidget()
        self.criteria_layout = QVBoxLayout(self.criteria_box)
        self.criteria_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.criteria_box)
        self.comment_edit = QLineEdit()
        self.comment_edit.setMaxLength(1000)
        comment_form = QFormLayout()
        comment_form.addRow(self.tr("Co&mment"), self.comment_edit)
        layout.addLayout(comment_form)
        self.message = error_label("form-error")
        layout.addWidget(self.message)
        self.buttons, save = save_buttons(self)
        save.setDefault(True)
        layout.addWidget(self.buttons)
        self.channel_combo.currentIndexChanged.connect(self._build_grid)
        self._build_grid()

    def _build_grid(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        grid = q.grid_for(self.channel_combo.currentData())
        self.grid_title.setText(grid_title(grid))
        previous: QWidget = self.surveyor_edit
        for key in q.CRITERIA[grid]:
            row = CriterionRow(key, criterion_label(key), self.criteria_box)
            self.criteria_layout.addWidget(row)
            row.answered.connect(partial(self._next_after, len(self.rows)))
            self.rows.append(row)
            for button in (row.met, row.not_met, row.unseen):
                QWidget.setTabOrder(previous, button)
                previous = button
        QWidget.setTabOrder(previous, self.comment_edit)
        self.adjustSize()

    def _next_after(self, index: int) -> None:
        if index + 1 < len(self.rows):
            self.rows[index + 1].group.checkedButton().setFocus()
        else:
            self.comment_edit.setFocus()

    def first_criterion(self) -> QRadioButton:
        return self.rows[0].group.checkedButton()

    def answers(self) -> dict[str, bool | None]:
        return {row.key: row.value() for row in self.rows}

    def accept(self) -> None:
        """Save (the default button, or Enter): the dialog closes only once saved."""
        self.save()

    def save(self) -> None:
        d = self.date_edit.date()
        survey = SurveyInput(
            surveyed_on=date(d.year(), d.month(), d.day()),
            site_id=self.site_combo.currentData(),
            channel=Channel(self.channel_combo.currentData()),
            answers=self.answers(),
            surveyor=self.surveyor_edit.text(),
            comment=self.comment_edit.text(),
        )
        try:
            row = self._quality.record_survey(survey)
        except QualityInvalid as refused:
            show_error(self.message, " ".join(quality_error_text(e) for e in refused.errors))
            fit_height(self)
            return
        self.saved.emit(row.id)
        super().accept()

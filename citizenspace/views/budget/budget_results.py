"""The results of a children's vote: who is funded, why, and a chart the children can read.

The count is made afresh from the ballots each time (it takes milliseconds), under the
rule the coordinator picks. Only the edition's declared rule can be recorded (which keeps
the count for the record and marks the funded projects); the other rules are "what if"
counts, to compare, and say so. Recording asks first; while the vote is not closed it is
an exception the coordinator must confirm as such, and the audit log keeps it. The service
holds the same rules (`BudgetCounting.record`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import OutcomeRule
from citizenspace.messages import amount_in, outcome_sentence, rule_explanation
from citizenspace.services.budget.budget import (
    BudgetCounting,
    CountingTerms,
    RecordProblem,
    RecordRefused,
)
from citizenspace.services.common.errors import NotFound
from citizenspace.views.budget.words import record_refusal
from citizenspace.views.common.dialogs import open_box
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.common.tables import DataTable

FUNDED = QColor("#2a9d8f")
NOT_FUNDED = QColor("#c8ced6")
INK = QColor("#1d3557")


class VotesChart(QWidget):
    """Horizontal bars, one per project, longest first: green when funded."""

    BAR = 22
    GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Votes per project"))

    def set_rows(self, rows: list[tuple[str, int, bool]]) -> None:
        self.rows = rows
        self.setFixedHeight(max(1, len(rows)) * (self.BAR + self.GAP) + self.GAP)
        self.setVisible(bool(rows))
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        label_w = min(320, width // 3)
        most = max((v for _t, v, _f in self.rows), default=0) or 1
        font = QFont(self.font())
        painter.setFont(font)
        for i, (title, votes, funded) in enumerate(self.rows):
            y = self.GAP + i * (self.BAR + self.GAP)
            painter.setPen(INK)
            text = painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, label_w - 12
            )
            painter.drawText(
                QRectF(0, y, label_w - 12, self.BAR),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            room = width - label_w - 70
            bar = max(2.0, room * votes / most)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FUNDED if funded else NOT_FUNDED)
            painter.drawRoundedRect(QRectF(label_w, y, bar, self.BAR), 6, 6)
            painter.setPen(INK)
            painter.drawText(
                QRectF(label_w + bar + 8, y, 62, self.BAR),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QLocale().toString(votes),
            )
        painter.end()


@dataclass(frozen=True, slots=True)
class ResultLine:
    """One project in a count, as the table shows it."""

    id: str
    name: str
    votes: str
    cost: str
    outcome: str
    funded: bool


class ResultsModel(RowsModel[ResultLine]):
    """The projects of a count, most votes first: votes, cost, and why funded or not. Its
    words are the results tab's (translation context "ResultsTab")."""

    COL_NAME, COL_VOTES, COL_COST, COL_OUTCOME = range(4)
    CONTEXT = "ResultsTab"
    HEADERS = (
        QT_TRANSLATE_NOOP("ResultsTab", "Project"),
        QT_TRANSLATE_NOOP("ResultsTab", "Votes"),
        QT_TRANSLATE_NOOP("ResultsTab", "Cost"),
        QT_TRANSLATE_NOOP("ResultsTab", "Result"),
    )
    COLUMNS = len(HEADERS)
    NUMBERS = (COL_VOTES, COL_COST)

    def display(self, row: ResultLine, column: int) -> str:
        return (row.name, row.votes, row.cost, row.outcome)[column]

    def foreground(self, row: ResultLine, column: int) -> QColor | None:
        return FUNDED.darker(140) if row.funded else None


# The rules the page counts with: (tally rule, Equal Shares' add-one completion).
RULES = (("greedy", True), ("mes", True), ("mes", False))


def _outcome_rule(rule: str) -> OutcomeRule:
    return OutcomeRule.EQUAL_SHARES if rule == "mes" else OutcomeRule.GREEDY


class ResultsTab(QWidget):
    def __init__(self, counting: BudgetCounting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counting = counting
        self._edition_id: str | None = None
        self._terms: CountingTerms | None = None
        self.result = None
        # The question asked before recording, while it is open (for the tests).
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Rule")))
        self.rule_combo = QComboBox()
        for data in RULES:
            self.rule_combo.addItem(self._rule_name(*data), data)
        head.addWidget(self.rule_combo, 1)
        self.count_button = QPushButton(self.tr("Count the votes"))
        self.count_button.setObjectName("primary")
        self.count_button.clicked.connect(self.count)
        head.addWidget(self.count_button)
        layout.addLayout(head)
        # The count reads as a report, top to bottom: notices, the rule in plain words, the
        # chart with every project, the table with every project. It scrolls as a whole,
        # rather than squeezing the table to one row under a tall chart.
        report = QWidget()
        body = QVBoxLayout(report)
        body.setContentsMargins(0, 0, 0, 0)
        self.vote_notice = QLabel("")
        self.vote_notice.setObjectName("fieldWarning")
        self.vote_notice.setWordWrap(True)
        self.vote_notice.hide()
        body.addWidget(self.vote_notice)
        # Codes used twice, ballots kept on a kiosk: said beside every count.
        self.cautions = QLabel("")
        self.cautions.setObjectName("fieldWarning")
        self.cautions.setWordWrap(True)
        self.cautions.hide()
        body.addWidget(self.cautions)
        self.what_if = QLabel("")
        self.what_if.setObjectName("fieldWarning")
        self.what_if.setWordWrap(True)
        self.what_if.hide()
        body.addWidget(self.what_if)
        self.explanation = QLabel("")
        self.explanation.setWordWrap(True)
        body.addWidget(self.explanation)
        self.summary = QLabel("")
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        body.addWidget(self.summary)
        self.chart = VotesChart()
        body.addWidget(self.chart)
        self.model = ResultsModel(self)
        self.table = DataTable(self.model)
        self.table.fit_to_contents(stretch=ResultsModel.COL_OUTCOME)
        # Why a project is funded or not is read to its end: the sentence wraps, and every
        # row shows (the report scrolls, not the table).
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().sectionResized.connect(lambda *_: self._fit_table())
        body.addWidget(self.table)
        body.addStretch(1)
        self.report = QScrollArea()
        self.report.setWidgetResizable(True)
        self.report.setFrameShape(QFrame.Shape.NoFrame)
        self.report.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.report.setWidget(report)
        layout.addWidget(self.report, 1)
        foot = QHBoxLayout()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        foot.addWidget(self.message, 1)
        self.record_button = QPushButton(self.tr("Record these results…"))
        self.record_button.clicked.connect(self.record)
        self.record_button.setEnabled(False)
        foot.addWidget(self.record_button)
        layout.addLayout(foot)

    def _fit_table(self) -> None:
        """The table as tall as its rows: no scroll bar of its own inside the report."""
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height)

    # ---------------------------------------------------------------- words

    def _rule_name(self, rule: str, completion: bool) -> str:
        if rule == "greedy":
            return self.tr("Greedy: by votes while the money lasts")
        if completion:
            return self.tr("Equal Shares, then the money left by votes")
        return self.tr("Equal Shares alone")

    def _declared(self, rule: str, completion: bool) -> bool:
        return self._terms is not None and self._terms.declares(_outcome_rule(rule), completion)

    def _declared_name(self) -> str:
        for data in RULES:
            if self._declared(*data):
                return self._rule_name(*data)
        return ""

    # ---------------------------------------------------------------- edition

    def set_edition(self, edition_id: str) -> None:
        self._edition_id = edition_id
        self._refresh_terms()
        for i in range(self.rule_combo.count()):
            if self._declared(*self.rule_combo.itemData(i)):
                self.rule_combo.setCurrentIndex(i)
                break
        self.result = None
        self.summary.setText("")
        self.message.setText("")
        self.what_if.hide()
        self.chart.set_rows([])
        self.model.set_rows([])
        self.table.hide()
        self.explanation.setText(
            self.tr("Choose a rule, then “Count the votes”: every project is shown here.")
        )
        self._refresh_record_button()

    def _refresh_terms(self) -> None:
        """The edition's declared rule and step, read afresh: another tab (or a sync) may
        have moved the edition on."""
        self._terms = self._counting.terms(self._edition_id) if self._edition_id else None
        for i in range(self.rule_combo.count()):
            data = self.rule_combo.itemData(i)
            name = self._rule_name(*data)
            self.rule_combo.setItemText(
                i,
                self.tr("%1 (the edition's rule)").replace("%1", name)
                if self._declared(*data)
                else self.tr("What if: %1").replace("%1", name),
            )
        terms = self._terms
        if terms is not None and not terms.vote_closed:
            self.vote_notice.setText(
                self.tr(
                    "The vote is not closed (current step: %1): ballots may still come in, "
                    "so these counts can change. Results are recorded once the edition is "
                    "at the Results step; recording earlier is an exception you confirm, "
                    "kept in the audit log."
                ).replace("%1", enum_label(terms.phase))
            )
            self.vote_notice.show()
        else:
            self.vote_notice.hide()

    def _show_cautions(self) -> None:
        found = self._counting.cautions(self._edition_id)
        lines = []
        for double in found.double_uses:
            lines.append(
                self.tr(
                    "Alarm: in the batch “%1”, %n code(s) were used on two kiosks while they "
                    "were offline.",
                    "",
                    double.codes,
                ).replace("%1", double.batch_label or double.batch_id[:8])
                + " "
                + self.tr(
                    "Every vote was kept: up to %n ballot(s) may have been added.",
                    "",
                    double.extra_ballots,
                )
            )
        for held in found.held_elsewhere:
            lines.append(
                self.tr(
                    "The kiosk “%1” keeps %n ballot(s) that are not counted here: fewer than "
                    "ten ballots cannot leave a kiosk without giving away how those children "
                    "voted.",
                    "",
                    held.ballots,
                ).replace("%1", held.kiosk or self.tr("unnamed kiosk"))
            )
        if found.held_here:
            lines.append(
                self.tr(
                    "%n ballot(s) wait in this computer's ballot box: they are counted once the "
                    "vote is over, ten or more at a time.",
                    "",
                    found.held_here,
                )
            )
        self.cautions.setText("\n".join(lines))
        self.cautions.setVisible(bool(lines))

    # ---------------------------------------------------------------- counting

    def count(self) -> None:
        if self._edition_id is None:
            return
        self._refresh_terms()
        rule, completion = self.rule_combo.currentData()
        self.result = self._counting.count(self._edition_id, _outcome_rule(rule), completion)
        self._show_cautions()
        money = amount_in(unit_cents=True)
        r = self.result
        self.explanation.setText(rule_explanation(rule, completion))
        self.summary.setText(
            self.tr("%1 funded · %2 spent of %3 · %4 left · %5 ballots")
            .replace("%1", QLocale().toString(len(r.funded)))
            .replace("%2", money(r.total_cost))
            .replace("%3", money(r.budget))
            .replace("%4", money(r.money_left))
            .replace("%5", QLocale().toString(r.voters))
        )
        if self.is_what_if():
            self.what_if.setText(
                self.tr(
                    "What if: this count uses another rule than the edition's (%1). It is "
                    "for comparison only and cannot be recorded."
                ).replace("%1", self._declared_name())
            )
            self.what_if.show()
        else:
            self.what_if.hide()
        funded = set(r.funded)
        self.chart.set_rows([(o.name, o.votes, o.project_id in funded) for o in r.projects])
        self.model.set_rows(
            [
                ResultLine(
                    o.project_id,
                    o.name,
                    QLocale().toString(o.votes),
                    money(o.cost),
                    outcome_sentence(o, money),
                    o.project_id in funded,
                )
                for o in r.projects
            ]
        )
        self.table.show()
        self.table.resizeRowsToContents()
        self._fit_table()
        self.message.setText("")
        self._refresh_record_button()

    def is_what_if(self) -> bool:
        """Whether the count on screen is under another rule than the edition's."""
        if self.result is None:
            return False
        rule = "mes" if str(self.result.rule) == "mes" else "greedy"
        return not self._declared(rule, bool(self.result.completion))

    def _refresh_record_button(self) -> None:
        terms = self._terms
        if self.result is None or terms is None:
            self.record_button.setEnabled(False)
            self.record_button.setToolTip(self.tr("Count the votes first."))
        elif self.is_what_if():
            self.record_button.setEnabled(False)
            self.record_button.setToolTip(
                self.tr(
                    "A what-if count cannot be recorded: only the edition's rule (%1) can."
                ).replace("%1", self._declared_name())
            )
        else:
            self.record_button.setEnabled(True)
            self.record_button.setToolTip(
                self.tr("Keep this count for the record and mark the funded projects.")
                if terms.vote_closed
                else self.tr(
                    "The vote is not closed: recording now is an exception you confirm, "
                    "kept in the audit log."
                )
            )

    # ---------------------------------------------------------------- recording

    def record(self) -> None:
        """Ask first; while the vote is not closed, say so and ask to confirm the
        exception."""
        if self.result is None or self._edition_id is None or self._terms is None:
            return
        if self.is_what_if():
            return
        r = self.result
        vote_open = not self._terms.vote_closed
        if vote_open:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The vote is not closed"),
                self.tr(
                    "The vote of this edition is not closed (current step: %1). Ballots may "
                    "still come in, and they would not be in these results.\n\nRecording "
                    "now is an exception: the audit log keeps who recorded and when. "
                    "Record anyway?"
                ).replace("%1", enum_label(self._terms.phase)),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            go = box.addButton(self.tr("Record anyway"), QMessageBox.ButtonRole.DestructiveRole)
        else:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Record these results"),
                self.tr(
                    "Record these results?\n\nRule: %1\nFunded projects: %2\nBallots "
                    "counted: %3\n\nThe funded projects are marked, and every machine gets "
                    "the results at sync. A recording cannot be undone."
                )
                .replace("%1", self._declared_name())
                .replace("%2", QLocale().toString(len(r.funded)))
                .replace("%3", QLocale().toString(r.voters)),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            go = box.addButton(self.tr("Record"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.confirm_box = None
            if box.clickedButton() is go:
                self._record(vote_open)

        self.confirm_box = open_box(box, answered)

    def _record(self, vote_open: bool) -> None:
        if self.result is None or self._edition_id is None:
            return
        try:
            self._counting.record(self._edition_id, self.result, vote_open_confirmed=vote_open)
        except RecordRefused as refused:
            self.message.setText(record_refusal(refused.problem))
            if refused.problem is not RecordProblem.NOT_DECLARED_RULE:
                self._refresh_terms()
            return
        except NotFound:
            self.message.setText(self.tr("This edition no longer exists on this machine."))
            return
        self.record_button.setEnabled(False)
        self.message.setText(
            self.tr("Recorded. The funded projects are marked; other machines get it at sync.")
        )

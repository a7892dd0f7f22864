"""The results of a children's vote: who is funded, why, and a chart the children can read.

The count is made afresh from the ballots each time (it takes milliseconds), under the
rule the coordinator picks; recording it keeps it for the record and marks the funded
projects.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import OutcomeRule
from citizenspace.messages import amount_in, outcome_sentence, rule_explanation
from citizenspace.services.budget import BudgetCounting

FUNDED = QColor("#2a9d8f")
NOT_FUNDED = QColor("#c8ced6")
INK = QColor("#1d3557")


class VotesChart(QWidget):
    """Horizontal bars, one per project, longest first: green when funded."""

    BAR = 26
    GAP = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Votes per project"))

    def set_rows(self, rows: list[tuple[str, int, bool]]) -> None:
        self.rows = rows
        self.setFixedHeight(max(1, len(rows)) * (self.BAR + self.GAP) + self.GAP)
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


class ResultsTab(QWidget):
    def __init__(self, counting: BudgetCounting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counting = counting
        self._edition_id: str | None = None
        self.result = None
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Rule")))
        self.rule_combo = QComboBox()
        self.rule_combo.addItem(self.tr("Greedy: by votes while the money lasts"), ("greedy", True))
        self.rule_combo.addItem(
            self.tr("Equal Shares, then the money left by votes"), ("mes", True)
        )
        self.rule_combo.addItem(self.tr("Equal Shares alone"), ("mes", False))
        head.addWidget(self.rule_combo, 1)
        self.count_button = QPushButton(self.tr("Count the votes"))
        self.count_button.setObjectName("primary")
        self.count_button.clicked.connect(self.count)
        head.addWidget(self.count_button)
        layout.addLayout(head)
        self.explanation = QLabel("")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.summary = QLabel("")
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.chart = VotesChart()
        layout.addWidget(self.chart)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Project"), self.tr("Votes"), self.tr("Cost"), self.tr("Result")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        foot = QHBoxLayout()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        foot.addWidget(self.message, 1)
        self.record_button = QPushButton(self.tr("Record these results"))
        self.record_button.setToolTip(
            self.tr("Keep this count for the record and mark the funded projects.")
        )
        self.record_button.clicked.connect(self.record)
        self.record_button.setEnabled(False)
        foot.addWidget(self.record_button)
        layout.addLayout(foot)

    def set_edition(self, edition_id: str, rule: OutcomeRule) -> None:
        self._edition_id = edition_id
        self.rule_combo.setCurrentIndex(1 if rule is OutcomeRule.EQUAL_SHARES else 0)
        self.result = None
        self.summary.setText("")
        self.explanation.setText("")
        self.message.setText("")
        self.chart.set_rows([])
        self.table.setRowCount(0)
        self.record_button.setEnabled(False)

    def count(self) -> None:
        if self._edition_id is None:
            return
        rule, completion = self.rule_combo.currentData()
        self.result = self._counting.count(
            self._edition_id,
            OutcomeRule.EQUAL_SHARES if rule == "mes" else OutcomeRule.GREEDY,
            completion,
        )
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
        funded = set(r.funded)
        self.chart.set_rows([(o.name, o.votes, o.project_id in funded) for o in r.projects])
        self.table.setRowCount(len(r.projects))
        for i, o in enumerate(r.projects):
            cells = [
                o.name,
                QLocale().toString(o.votes),
                money(o.cost),
                outcome_sentence(o, money),
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if o.project_id in funded:
                    item.setForeground(FUNDED.darker(140))
                self.table.setItem(i, j, item)
        self.table.resizeRowsToContents()
        self.record_button.setEnabled(True)
        self.message.setText("")

    def record(self) -> None:
        if self.result is None or self._edition_id is None:
            return
        self._counting.record(self._edition_id, self.result)
        self.record_button.setEnabled(False)
        self.message.setText(
            self.tr("Recorded. The funded projects are marked; other machines get it at sync.")
        )

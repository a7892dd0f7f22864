"""The quality page's three tabs as they are laid out: the indicators (figure cards,
charts, the table by site), the mystery surveys, and the targets.

`QualityTabs` builds and wires (as Qt Designer's `setupUi` would); `QualityView` inherits it
and fills the figures in. The words keep the page's translation context ("QualityView").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.reception import quality as q
from citizenspace.views.common.pages import scroll_area
from citizenspace.views.common.tables import DataTable
from citizenspace.views.reception.columns import FittedColumns
from citizenspace.views.reception.quality.charts import SatisfactionChart, TargetChart, WaitChart
from citizenspace.views.reception.quality.indicator_card import IndicatorCard
from citizenspace.views.reception.quality.models import (
    CRITERIA_PRIORITIES,
    CRITERION,
    SITE_NAME,
    SITE_PRIORITIES,
    SURVEY_COMMENT,
    SURVEY_PRIORITIES,
    CriteriaModel,
    SiteFiguresModel,
    SurveysModel,
)


class QualityTabs:
    """The quality page's tabs (mixed into `QualityView`, a QWidget)."""

    cards: dict[str, IndicatorCard]

    def _indicators_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        cards = QGridLayout()
        self.cards: dict[str, IndicatorCard] = {}
        definitions = [
            (
                "median",
                QCoreApplication.translate("QualityView", "Median wait"),
                QCoreApplication.translate(
                    "QualityView",
                    "Half of the visitors at the desk and the bus waited less than this, half "
                    "longer (with an even number of visits: the mean of the two middle waits).",
                ),
            ),
            (
                "p90",
                QCoreApplication.translate("QualityView", "90th percentile wait"),
                QCoreApplication.translate(
                    "QualityView",
                    "9 visitors in 10 waited at most this long: the smallest wait such that at "
                    "least 90 % of waits are less or equal (nearest rank).",
                ),
            ),
            (
                "within",
                QCoreApplication.translate("QualityView", "Served within the target wait"),
                QCoreApplication.translate(
                    "QualityView",
                    "Visitors at the desk and the bus served within the target wait (set in "
                    "Targets), out of all those served there.",
                ),
            ),
            (
                "phone",
                QCoreApplication.translate("QualityView", "Phone answer rate"),
                QCoreApplication.translate(
                    "QualityView",
                    "Calls answered on the phone and the Allô mairie line, out of all calls "
                    "logged; a missed call counts as not answered.",
                ),
            ),
            (
                "written",
                QCoreApplication.translate("QualityView", "Written requests answered in time"),
                QCoreApplication.translate(
                    "QualityView",
                    "E-mails and letters answered within the announced delay (set in Targets): "
                    "answered on the spot, from arrival to the end of the answer; through a "
                    "follow-up, from the day of the request to the ticket's closing. Requests "
                    "still open within the delay are pending and not counted yet.",
                ),
            ),
            (
                "redirected",
                QCoreApplication.translate("QualityView", "Redirected"),
                QCoreApplication.translate(
                    "QualityView",
                    "Visits, calls and requests sent on to another service or body, out of "
                    "all those served (missed calls left out).",
                ),
            ),
            (
                "satisfied",
                QCoreApplication.translate("QualityView", "Satisfaction rate"),
                QCoreApplication.translate(
                    "QualityView",
                    "Answers 3 (satisfied) or 4 (very satisfied), out of all answers 1 to 4.",
                ),
            ),
            (
                "net",
                QCoreApplication.translate("QualityView", "Net satisfaction"),
                QCoreApplication.translate(
                    "QualityView",
                    "Share of 4 (very satisfied) minus share of 1 and 2 (dissatisfied), in "
                    "points, from -100 to +100.",
                ),
            ),
        ]
        for i, (key, title, definition) in enumerate(definitions):
            card = IndicatorCard(title, definition)
            self.cards[key] = card
            cards.addWidget(card, i // 4, i % 4)
        layout.addLayout(cards)
        charts = QGridLayout()
        self.wait_chart = WaitChart()
        self.target_chart = TargetChart()
        self.satisfaction_chart = SatisfactionChart()
        charts.addWidget(self.wait_chart, 0, 0)
        charts.addWidget(self.target_chart, 0, 1)
        charts.addWidget(self.satisfaction_chart, 0, 2)
        layout.addLayout(charts)
        self.site_model = SiteFiguresModel(page)
        self.site_table = DataTable(self.site_model)
        self.site_columns = FittedColumns(
            self.site_table,
            SITE_NAME,
            SITE_PRIORITIES,
            stretch_min=150,
            widest=300,
            stretch_whole=True,
        )
        head = QHBoxLayout()
        title = QLabel(QCoreApplication.translate("QualityView", "By site"))
        title.setObjectName("sectionTitle")
        head.addWidget(title, 1)
        head.addWidget(self.site_columns.chooser())
        layout.addLayout(head)
        layout.addWidget(self.site_table)
        layout.addStretch(1)
        return scroll_area(page)

    def _surveys_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        head = QHBoxLayout()
        self.survey_score = QLabel("")
        self.survey_score.setObjectName("sectionTitle")
        head.addWidget(self.survey_score, 1)
        self.grade_button = QPushButton(
            QCoreApplication.translate("QualityView", "&Grade a survey…")
        )
        self.grade_button.setObjectName("primary")
        keys = QKeySequence(QKeySequence.StandardKey.New)
        self.grade_button.setToolTip(
            QCoreApplication.translate(
                "QualityView", "Record a mystery survey against the charter's grid (%1)"
            ).replace("%1", keys.toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.grade_button.clicked.connect(self.open_survey_dialog)
        QShortcut(keys, page, self.open_survey_dialog)
        head.addWidget(self.grade_button)
        layout.addLayout(head)
        self.surveys_model = SurveysModel(page)
        self.survey_table = DataTable(self.surveys_model)
        self.survey_columns = FittedColumns(
            self.survey_table, SURVEY_COMMENT, SURVEY_PRIORITIES, stretch_min=150
        )
        layout.addWidget(self.survey_table, 1)
        head.insertWidget(1, self.survey_columns.chooser())
        title = QLabel(QCoreApplication.translate("QualityView", "Criterion by criterion"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.criteria_model = CriteriaModel(page)
        self.criteria_table = DataTable(self.criteria_model)
        self.criteria_columns = FittedColumns(
            self.criteria_table, CRITERION, CRITERIA_PRIORITIES, stretch_min=200
        )
        layout.addWidget(self.criteria_table, 2)
        return page

    def _settings_tab(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.target_spin = QSpinBox()
        self.target_spin.setRange(*q.TARGET_WAIT_RANGE)
        self.target_spin.setSuffix(QCoreApplication.translate("QualityView", " min"))
        self.delay_spin = QSpinBox()
        self.delay_spin.setRange(*q.WRITTEN_DELAY_RANGE)
        self.delay_spin.setSuffix(QCoreApplication.translate("QualityView", " days"))
        for spin in (self.target_spin, self.delay_spin):
            spin.setMaximumWidth(160)
        form.addRow(
            QCoreApplication.translate("QualityView", "&Target wait at the desk"), self.target_spin
        )
        form.addRow(
            QCoreApplication.translate("QualityView", "Announced &delay for written answers"),
            self.delay_spin,
        )
        outer.addLayout(form)
        note = QLabel(
            QCoreApplication.translate(
                "QualityView",
                "These targets are shared by every machine of the city. The figures are "
                "recomputed with them at once.",
            )
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        row = QHBoxLayout()
        self.settings_message = QLabel("")
        self.settings_message.setObjectName("formMessage")
        row.addWidget(self.settings_message, 1)
        self.save_settings_button = QPushButton(
            QCoreApplication.translate("QualityView", "Save the targets")
        )
        self.save_settings_button.setObjectName("primary")
        self.save_settings_button.clicked.connect(self.save_settings)
        row.addWidget(self.save_settings_button)
        outer.addLayout(row)
        outer.addStretch(1)
        for spin in (self.target_spin, self.delay_spin):
            spin.lineEdit().returnPressed.connect(self.save_settings)
        return page

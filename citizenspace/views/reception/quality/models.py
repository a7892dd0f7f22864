"""The quality page's three tables: the figures site by site, the mystery surveys of the
period, and their results criterion by criterion. Dull on purpose: they hold what the
quality service computed and say it; figures are aligned right, as numbers are read.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from citizenspace.domain.reception import quality as q
from citizenspace.services.reception.quality import SiteFigures, SurveyRow
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import (
    criterion_label,
    duration_text,
    grid_name,
    percent_text,
    points_text,
)

#: The survey's comment takes the room left; so do the criterion's wording and the site.
SURVEY_COMMENT = 5
CRITERION = 1
SITE_NAME = 0
#: Which columns give way first when the page is narrow (see `FittedColumns`): the
#: figures the cards above already give for all sites, the details of a survey.
SITE_PRIORITIES = {9: 7, 3: 6, 7: 5, 6: 4, 8: 3, 5: 2, 4: 1}
SURVEY_PRIORITIES = {4: 2, 2: 1}
CRITERIA_PRIORITIES = {4: 3, 3: 2, 0: 1}


def _no_site() -> str:
    return QCoreApplication.translate("QualityView", "(no site)")


class _QualityModel(RowsModel):
    """Every cell's text from `cells`, in the page's words (context "QualityView")."""

    CONTEXT = "QualityView"

    def cells(self, row: object) -> tuple[str, ...]:
        raise NotImplementedError

    def display(self, row: object, column: int) -> str:
        return self.cells(row)[column]


class SiteFiguresModel(_QualityModel):
    """The period's figures for each site."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QualityView", "Site"),
        QT_TRANSLATE_NOOP("QualityView", "Visits"),
        QT_TRANSLATE_NOOP("QualityView", "Median wait"),
        QT_TRANSLATE_NOOP("QualityView", "90th percentile"),
        QT_TRANSLATE_NOOP("QualityView", "Within target"),
        QT_TRANSLATE_NOOP("QualityView", "Phone answered"),
        QT_TRANSLATE_NOOP("QualityView", "Written in time"),
        QT_TRANSLATE_NOOP("QualityView", "Redirected"),
        QT_TRANSLATE_NOOP("QualityView", "Satisfaction"),
        QT_TRANSLATE_NOOP("QualityView", "Net satisfaction"),
    )
    COLUMNS = len(HEADERS)
    NUMBERS = tuple(range(1, COLUMNS))

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, SiteFigures)
        s = row.figures
        return (
            row.site_name or _no_site(),
            QLocale().toString(s.visits),
            duration_text(s.median_wait_seconds),
            duration_text(s.p90_wait_seconds),
            percent_text(s.within_target.value),
            percent_text(s.phone_answered.value),
            percent_text(s.written_on_time.value),
            percent_text(s.redirected.value),
            percent_text(s.satisfied.value),
            points_text(s.net_satisfaction),
        )


class SurveysModel(_QualityModel):
    """The mystery surveys of the period, each with its score. Nothing is a figure to
    align but the score, which reads as a sentence: all aligned left."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QualityView", "Date"),
        QT_TRANSLATE_NOOP("QualityView", "Site"),
        QT_TRANSLATE_NOOP("QualityView", "Channel"),
        QT_TRANSLATE_NOOP("QualityView", "Score"),
        QT_TRANSLATE_NOOP("QualityView", "Surveyor"),
        QT_TRANSLATE_NOOP("QualityView", "Comment"),
    )
    COLUMNS = len(HEADERS)

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, SurveyRow)
        loc = QLocale()
        on = row.surveyed_on
        return (
            loc.toString(QDate(on.year, on.month, on.day), QLocale.FormatType.ShortFormat),
            row.site_name or _no_site(),
            enum_label(row.channel),
            QCoreApplication.translate("QualityView", "%1 (%2 of %3)")
            .replace("%1", percent_text(row.score.value, 0))
            .replace("%2", loc.toString(row.score.part))
            .replace("%3", loc.toString(row.score.whole)),
            row.surveyor,
            row.comment,
        )


class CriteriaModel(_QualityModel):
    """How often each criterion was met in the period's surveys."""

    HEADERS = (
        QT_TRANSLATE_NOOP("QualityView", "Grid"),
        QT_TRANSLATE_NOOP("QualityView", "Criterion"),
        QT_TRANSLATE_NOOP("QualityView", "Met"),
        QT_TRANSLATE_NOOP("QualityView", "Not met"),
        QT_TRANSLATE_NOOP("QualityView", "Not observed"),
        QT_TRANSLATE_NOOP("QualityView", "Rate"),
    )
    COLUMNS = len(HEADERS)
    NUMBERS = tuple(range(2, COLUMNS))

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, q.CriterionResult)
        loc = QLocale()
        return (
            grid_name(row.grid),
            criterion_label(row.key),
            loc.toString(row.met),
            loc.toString(row.not_met),
            loc.toString(row.not_observed),
            percent_text(row.rate.value, 0),
        )

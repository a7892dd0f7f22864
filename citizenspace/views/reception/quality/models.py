"""The quality page's three tables: the figures site by site, the mystery surveys of the
period, and their results criterion by criterion. Dull on purpose: they hold what the
quality service computed and say it; figures are aligned right, as numbers are read.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

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

_AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

SITE_COLUMNS = (
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
SURVEY_COLUMNS = (
    QT_TRANSLATE_NOOP("QualityView", "Date"),
    QT_TRANSLATE_NOOP("QualityView", "Site"),
    QT_TRANSLATE_NOOP("QualityView", "Channel"),
    QT_TRANSLATE_NOOP("QualityView", "Score"),
    QT_TRANSLATE_NOOP("QualityView", "Surveyor"),
    QT_TRANSLATE_NOOP("QualityView", "Comment"),
)
CRITERIA_COLUMNS = (
    QT_TRANSLATE_NOOP("QualityView", "Grid"),
    QT_TRANSLATE_NOOP("QualityView", "Criterion"),
    QT_TRANSLATE_NOOP("QualityView", "Met"),
    QT_TRANSLATE_NOOP("QualityView", "Not met"),
    QT_TRANSLATE_NOOP("QualityView", "Not observed"),
    QT_TRANSLATE_NOOP("QualityView", "Rate"),
)
#: The survey's comment takes the room left; so does the criterion's wording.
SURVEY_COMMENT = 5
CRITERION = 1


def _no_site() -> str:
    return QCoreApplication.translate("QualityView", "(no site)")


class _QualityModel(RowsModel):
    """Headers from a list of sources; every cell's text from `cells`; columns from
    `first_figure` on aligned right."""

    HEADERS: tuple[str, ...] = ()
    first_figure = 1

    def cells(self, row: object) -> tuple[str, ...]:
        raise NotImplementedError

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(self._rows[index.row()])[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= self.first_figure:
            return _RIGHT
        return None

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("QualityView", self.HEADERS[section])
        return None


class SiteFiguresModel(_QualityModel):
    """The period's figures for each site."""

    HEADERS = SITE_COLUMNS
    COLUMNS = len(SITE_COLUMNS)

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

    HEADERS = SURVEY_COLUMNS
    COLUMNS = len(SURVEY_COLUMNS)
    first_figure = len(SURVEY_COLUMNS)

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

    HEADERS = CRITERIA_COLUMNS
    COLUMNS = len(CRITERIA_COLUMNS)
    first_figure = 2

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

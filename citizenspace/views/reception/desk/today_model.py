"""Today's visits at this desk's site, latest first: the list beside the desk's form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from citizenspace.services.reception.reception import LogRow
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import minutes_text, time_text

COL_THEME = 2


class TodayModel(RowsModel[LogRow]):
    """Today's visits at this desk's site, latest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TodayModel", "Arrival"),
        QT_TRANSLATE_NOOP("TodayModel", "Channel"),
        QT_TRANSLATE_NOOP("TodayModel", "Theme"),
        QT_TRANSLATE_NOOP("TodayModel", "Outcome"),
        QT_TRANSLATE_NOOP("TodayModel", "Wait"),
        QT_TRANSLATE_NOOP("TodayModel", "Service"),
    )
    COLUMNS = len(HEADERS)

    def display(self, r: LogRow, column: int) -> str:
        return (
            time_text(r.arrived_at),
            enum_label(r.channel),
            r.theme,
            enum_label(r.outcome),
            minutes_text(r.wait_seconds),
            minutes_text(r.service_seconds),
        )[column]

    def tooltip(self, r: LogRow, column: int) -> str | None:
        return r.service if column == COL_THEME and r.service else None

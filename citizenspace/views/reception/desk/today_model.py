"""Today's visits at this desk's site, latest first: the list beside the desk's form."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from citizenspace.services.reception.reception import LogRow
from citizenspace.views.common.labels import enum_label
from citizenspace.views.common.rows_model import RowsModel
from citizenspace.views.reception.words import minutes_text, time_text

COL_ARRIVAL, COL_CHANNEL, COL_THEME, COL_OUTCOME, COL_WAIT, COL_SERVED = range(6)
# The columns a narrow desk shows first (the theme takes the room left).
TODAY_PRIORITY = (COL_ARRIVAL, COL_THEME, COL_OUTCOME, COL_WAIT, COL_CHANNEL, COL_SERVED)
# Shown however narrow: when, and what about.
TODAY_ALWAYS = frozenset({COL_ARRIVAL, COL_THEME})
# The theme keeps room for about this many characters before other columns step aside.
THEME_CHARS = 20


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
        """The whole row, whichever columns the desk has room for; the service sent to."""
        parts = [
            time_text(r.arrived_at),
            enum_label(r.channel),
            r.theme,
            enum_label(r.outcome),
        ]
        for header, seconds in (
            (self.HEADERS[COL_WAIT], r.wait_seconds),
            (self.HEADERS[COL_SERVED], r.service_seconds),
        ):
            if seconds is not None:
                parts.append(
                    QCoreApplication.translate("TodayModel", "%1: %2")
                    .replace("%1", QCoreApplication.translate("TodayModel", header))
                    .replace("%2", minutes_text(seconds))
                )
        if r.service:
            parts.append(r.service)
        return " · ".join(p for p in parts if p)

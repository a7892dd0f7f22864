"""Reception quality dashboard: indicators per site and period, mystery surveys, exports.

Why SQL aggregates: a year of a busy city is hundreds of thousands of visits. Three GROUP BY
queries read them from the visits' indexes (arrived_at with channel, or site) and hand back
a few thousand counts per (site, month); the figures are computed from those counts by
`citizenspace.domain.reception.quality`, exactly, in Python. No visit is ever loaded as an object.

Visits merged from a machine of the previous version have no `wait_seconds`: their wait is
taken from their times by the desk's own rule (`domain.reception.waited`, `WAIT_SQL`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select, text

from citizenspace.domain.catalog import Channel
from citizenspace.domain.ids import id_for_key
from citizenspace.domain.numbers import format_number
from citizenspace.domain.reception import quality as q
from citizenspace.services.common.errors import CodesRefused
from citizenspace.services.common.spreadsheets import Figure, append_row, save_workbook, write_csv
from citizenspace.store.database import Database
from citizenspace.store.models import MysterySurvey, Setting, Site

TARGET_WAIT_KEY = "reception.target_wait_minutes"
WRITTEN_DELAY_KEY = "reception.written_delay_days"
SURVEYOR_MAX = 120
#: Told how far long work is (done, total); may raise to stop it.
Step = Callable[[int, int], None]
COMMENT_MAX = 1000


class QualityError(StrEnum):
    PERIOD_REVERSED = "period_reversed"
    TARGET_OUT_OF_RANGE = "target_out_of_range"
    DELAY_OUT_OF_RANGE = "delay_out_of_range"
    DATE_IN_FUTURE = "date_in_future"
    UNKNOWN_SITE = "unknown_site"
    UNKNOWN_CHANNEL = "unknown_channel"
    UNKNOWN_CRITERION = "unknown_criterion"
    BAD_ANSWER = "bad_answer"
    NOTHING_OBSERVED = "nothing_observed"
    SURVEYOR_TOO_LONG = "surveyor_too_long"
    COMMENT_TOO_LONG = "comment_too_long"
    UNKNOWN_FORMAT = "unknown_format"


class QualityInvalid(CodesRefused):
    """Refused, nothing written: the codes (`QualityError`) say why (the view words them)."""


# =========================================================================== results


@dataclass(frozen=True, slots=True)
class QualitySettings:
    target_wait_minutes: int
    written_delay_days: int


@dataclass(frozen=True, slots=True)
class SiteFigures:
    #: None for visits logged without a site.
    site_id: str | None
    site_name: str
    figures: q.Figures


@dataclass(frozen=True, slots=True)
class MonthFigures:
    month: date  # first day of the month
    figures: q.Figures


@dataclass(frozen=True, slots=True)
class QualityReport:
    """The dashboard for one period (both days included), all sites or one."""

    start: date
    end: date
    site_id: str | None
    settings: QualitySettings
    overall: q.Figures
    by_site: tuple[SiteFigures, ...]
    monthly: tuple[MonthFigures, ...]


@dataclass(frozen=True, slots=True)
class SurveyInput:
    surveyed_on: date
    site_id: str | None
    channel: Channel
    #: criterion key -> True (met), False (not met) or None (not observed).
    answers: Mapping[str, bool | int | None]
    surveyor: str = ""
    comment: str = ""


@dataclass(frozen=True, slots=True)
class SurveyRow:
    id: str
    surveyed_on: date
    site_id: str | None
    site_name: str
    channel: Channel
    grid: q.Grid
    answers: Mapping[str, int | None]
    score: q.Ratio
    surveyor: str
    comment: str


@dataclass(frozen=True, slots=True)
class SurveySummary:
    surveys: tuple[SurveyRow, ...]
    #: Criteria met out of criteria observed, over all the surveys.
    score: q.Ratio
    criteria: tuple[q.CriterionResult, ...]


# =========================================================================== SQL

#: `domain.reception.waited` in SQL, for visits merged from an older version without a
#: stored wait: none for a missed visit or one never started, whole seconds (each time
#: counted to its second: its fraction cut off, as SQLite would round .9995 up), never below
#: zero. tests/services/test_reception_rules_in_sql.py compares
#: the two on random visits.
WAIT_SQL = (
    "coalesce(wait_seconds, CASE WHEN started_at IS NULL OR outcome = 'missed' THEN NULL "
    "ELSE max(0, strftime('%s', substr(started_at, 1, 19)) "
    "- strftime('%s', substr(arrived_at, 1, 19))) END)"
)

# One site (or no site: `IS`), one month: the counts as sums, and the in-person waits as one
# list (group_concat: an aggregate, with no sort; the histogram is counted in Python).
# One query per (site, month) reads each visit once, from ix_visits_quality.
_CELL_SQL = f"""
SELECT count(*),
  sum(channel IN ('phone', 'allo_mairie')),
  sum(outcome = 'missed' AND channel IN ('phone', 'allo_mairie')),
  sum(outcome = 'missed'),
  sum(outcome = 'redirected'),
  sum(satisfaction = 1), sum(satisfaction = 2), sum(satisfaction = 3), sum(satisfaction = 4),
  group_concat(CASE WHEN channel IN ('desk', 'bus') THEN {WAIT_SQL} END)
FROM visits
WHERE site_id IS :site AND arrived_at >= :start AND arrived_at < :stop
"""

# Seconds from arrival to the answer: the end of the visit when answered on the spot, the
# ticket's closing day for a follow-up (counted from the visit's day).
_ANSWER_SECONDS = """
CASE WHEN outcome = 'follow_up' THEN
  CAST(round(((SELECT min(julianday(f.closed_on)) FROM follow_ups f WHERE f.visit_id = v.id)
              - julianday(date(arrived_at))) * 86400) AS INTEGER)
ELSE CAST(round((julianday(ended_at) - julianday(arrived_at)) * 86400) AS INTEGER) END
"""

# Written requests: `ok` is 1 (in time), 0 (late) or NULL (unanswered); `overdue` whether
# the delay is past. Read from ix_visits_channel_arrived (or the site's index).
_WRITTEN_SQL = f"""
SELECT site_id, month, answer <= :delay_seconds AS ok,
  julianday(:today) - julianday(day) > :delay_days AS overdue, count(*)
FROM (
  SELECT site_id, substr(arrived_at, 1, 7) AS month, date(arrived_at) AS day,
    {_ANSWER_SECONDS} AS answer
  FROM visits v
  WHERE channel IN ('email', 'letter') AND arrived_at >= :start AND arrived_at < :stop {{site}}
)
GROUP BY 1, 2, 3, 4
"""

_TOTAL_SQL = "SELECT count(*) FROM visits WHERE arrived_at >= :start AND arrived_at < :stop"

# Site ids of visits whose site is not (or no longer) in the sites table: rare, looked for
# only when the cells do not add up to the total.
_OTHER_SITES_SQL = """
SELECT DISTINCT site_id FROM visits
WHERE arrived_at >= :start AND arrived_at < :stop
  AND site_id IS NOT NULL AND site_id NOT IN (SELECT id FROM sites)
"""


def _sql(template: str, site_id: str | None) -> str:
    return template.replace("{site}", "AND site_id = :site" if site_id is not None else "")


def _cell(row: Sequence[object]) -> q.Tallies:
    visits, calls, missed_calls, missed, redirected, s1, s2, s3, s4, waits = row
    t = q.Tallies(
        visits=int(visits or 0),  # type: ignore[call-overload]  # a SQL count, typed object by the Row
        calls=int(calls or 0),  # type: ignore[call-overload]  # a SQL count, typed object by the Row
        missed_calls=int(missed_calls or 0),  # type: ignore[call-overload]  # a SQL count, typed object by the Row
        missed=int(missed or 0),  # type: ignore[call-overload]  # a SQL count, typed object by the Row
        redirected=int(redirected or 0),  # type: ignore[call-overload]  # a SQL count, typed object by the Row
    )
    for score, n in zip(q.SATISFACTION_SCALE, (s1, s2, s3, s4), strict=True):
        if n:
            t.satisfaction[score] = int(n)  # type: ignore[call-overload]  # a SQL count, typed object by the Row
    if waits:
        t.waits.update(map(int, str(waits).split(",")))
    return t


# =========================================================================== the service


class QualityService:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self._db = db
        #: Fixed in tests; otherwise the machine's date, read at each call.
        self._today = today

    def today(self) -> date:
        return self._today or date.today()

    # ------------------------------------------------------------------ settings

    def settings(self) -> QualitySettings:
        """The city's target wait and announced written delay (defaults 10 min, 15 days)."""
        with self._db.read() as s:
            rows = dict(
                s.execute(
                    select(Setting.key, Setting.value).where(
                        Setting.key.in_((TARGET_WAIT_KEY, WRITTEN_DELAY_KEY))
                    )
                ).all()
            )
        return QualitySettings(
            _int_setting(rows.get(TARGET_WAIT_KEY), q.DEFAULT_TARGET_WAIT_MINUTES),
            _int_setting(rows.get(WRITTEN_DELAY_KEY), q.DEFAULT_WRITTEN_DELAY_DAYS),
        )

    def save_settings(self, values: QualitySettings) -> QualitySettings:
        """Write both settings (synced to every machine of the city)."""
        errors = []
        low, high = q.TARGET_WAIT_RANGE
        if not low <= values.target_wait_minutes <= high:
            errors.append(QualityError.TARGET_OUT_OF_RANGE)
        low, high = q.WRITTEN_DELAY_RANGE
        if not low <= values.written_delay_days <= high:
            errors.append(QualityError.DELAY_OUT_OF_RANGE)
        if errors:
            raise QualityInvalid(errors)
        with self._db.write() as s:
            for key, value in (
                (TARGET_WAIT_KEY, values.target_wait_minutes),
                (WRITTEN_DELAY_KEY, values.written_delay_days),
            ):
                row = s.get(Setting, id_for_key("setting", key))
                if row is None:
                    s.add(Setting(key=key, value=str(value)))
                elif row.value != str(value):
                    row.value = str(value)
        return values

    def sites(self) -> list[tuple[str, str]]:
        """(id, name) of every site, by name: for the site filter."""
        with self._db.read() as s:
            return [(i, n) for i, n in s.execute(select(Site.id, Site.name).order_by(Site.name))]

    # ------------------------------------------------------------------ indicators

    def indicators(
        self, start: date, end: date, site_id: str | None = None, step: Step | None = None
    ) -> QualityReport:
        """The dashboard from `start` to `end` (both included), for all sites or one: the
        figures over the period, by site, and month by month. `step(done, total)` hears of
        each (site, month) counted; if it raises (the user changed the filters), the
        counting stops there, having changed nothing."""
        if end < start:
            raise QualityInvalid([QualityError.PERIOD_REVERSED])
        settings = self.settings()
        params: dict[str, object] = {
            "start": start.isoformat(),
            "stop": (end + timedelta(days=1)).isoformat(),
            "site": site_id,
            "delay_seconds": settings.written_delay_days * 86400,
            "delay_days": settings.written_delay_days,
            "today": self.today().isoformat(),
        }
        months = q.months_between(start, end)
        bounds = [
            (
                m.isoformat()[:7],
                max(m, start).isoformat(),
                min(q.add_months(m, 1), end + timedelta(days=1)).isoformat(),
            )
            for m in months
        ]
        cells: dict[tuple[str | None, str], q.Tallies] = defaultdict(q.Tallies)
        with self._db.read() as s:
            names = dict(s.execute(select(Site.id, Site.name)).all())
            total = 0
            if site_id is not None:
                sites: list[str | None] = [site_id]
            else:
                sites = [*names, None]
                total = s.execute(text(_TOTAL_SQL), params).scalar() or 0
            cell = text(_CELL_SQL)
            counted = 0
            done, total = 0, len(sites) * len(bounds) + 1
            for site in sites:
                for month, first, stop in bounds:
                    if step is not None:
                        step(done, total)
                    done += 1
                    row = s.execute(cell, {"site": site, "start": first, "stop": stop}).one()
                    if row[0]:
                        cells[(site, month)] = _cell(row)
                        counted += row[0]
            if site_id is None and counted != total:
                for (other,) in s.execute(text(_OTHER_SITES_SQL), params).all():
                    for month, first, stop in bounds:
                        row = s.execute(cell, {"site": other, "start": first, "stop": stop}).one()
                        if row[0]:
                            cells[(other, month)] = _cell(row)
            for site, month, ok, overdue, n in s.execute(text(_sql(_WRITTEN_SQL, site_id)), params):
                state = (
                    q.WrittenState.ON_TIME
                    if ok == 1
                    else q.WrittenState.LATE
                    if ok == 0 or overdue
                    else q.WrittenState.PENDING
                )
                cells[(site, month)].written[state] += n
        if step is not None:
            step(total, total)
        target = settings.target_wait_minutes
        per_site: dict[str | None, q.Tallies] = defaultdict(q.Tallies)
        per_month: dict[str, q.Tallies] = defaultdict(q.Tallies)
        for (site, month), tallies in cells.items():
            per_site[site].add(tallies)
            per_month[month].add(tallies)
        by_site = sorted(
            (
                SiteFigures(site, names.get(site, "") if site else "", q.figures(t, target))
                for site, t in per_site.items()
            ),
            key=lambda r: (r.site_id is None, r.site_name.casefold()),
        )
        monthly = []
        for first_day in months:
            key = first_day.isoformat()[:7]
            figures = q.figures(per_month.get(key, q.Tallies()), target)
            monthly.append(MonthFigures(first_day, figures))
        return QualityReport(
            start=start,
            end=end,
            site_id=site_id,
            settings=settings,
            overall=q.figures(q.Tallies.total(cells.values()), target),
            by_site=tuple(by_site),
            monthly=tuple(monthly),
        )

    def query_plans(self, start: date, end: date, site_id: str | None = None) -> list[str]:
        """SQLite's plan for each of the dashboard's queries (for the benchmark's check)."""
        params = {
            "start": start.isoformat(),
            "stop": (end + timedelta(days=1)).isoformat(),
            "site": site_id,
            "delay_seconds": 0,
            "delay_days": 0,
            "today": self.today().isoformat(),
        }
        out = []
        with self._db.read() as s:
            for template in (_CELL_SQL, _WRITTEN_SQL):
                rows = s.execute(text("EXPLAIN QUERY PLAN " + _sql(template, site_id)), params)
                out.append("\n".join(str(r[-1]) for r in rows))
        return out

    # ------------------------------------------------------------------ mystery surveys

    def record_survey(self, survey: SurveyInput) -> SurveyRow:
        """Record a mystery-survey visit graded against its channel's grid.

        Refused (nothing written) when the date is in the future, the site or channel
        unknown, an answer names a criterion of another grid or is not met/not met/not
        observed, nothing was observed, or a text is too long."""
        errors: list[QualityError] = []
        if survey.surveyed_on > self.today():
            errors.append(QualityError.DATE_IN_FUTURE)
        try:
            channel = Channel(survey.channel)
        except ValueError:
            raise QualityInvalid([*errors, QualityError.UNKNOWN_CHANNEL]) from None
        grid = q.grid_for(channel)
        errors += [QualityError(p.value) for p in q.check_answers(grid, survey.answers)]
        surveyor = " ".join(survey.surveyor.split())
        comment = survey.comment.strip()
        if len(surveyor) > SURVEYOR_MAX:
            errors.append(QualityError.SURVEYOR_TOO_LONG)
        if len(comment) > COMMENT_MAX:
            errors.append(QualityError.COMMENT_TOO_LONG)
        answers = q.normalise_answers(grid, survey.answers) if not errors else {}
        with self._db.write() as s:
            site_name = ""
            if survey.site_id is not None:
                site = s.get(Site, survey.site_id)
                if site is None:
                    errors.append(QualityError.UNKNOWN_SITE)
                else:
                    site_name = site.name
            if errors:
                raise QualityInvalid(errors)
            row = MysterySurvey(
                site_id=survey.site_id,
                channel=channel,
                surveyed_on=survey.surveyed_on,
                surveyor=surveyor,
                grid=grid.value,
                answers=json.dumps(answers),
                comment=comment,
            )
            s.add(row)
            s.flush()
            return SurveyRow(
                row.id,
                survey.surveyed_on,
                survey.site_id,
                site_name,
                channel,
                grid,
                answers,
                q.survey_score(answers),
                surveyor,
                comment,
            )

    def surveys(self, start: date, end: date, site_id: str | None = None) -> SurveySummary:
        """The surveys of the period (newest first), their overall score and the results
        criterion by criterion."""
        with self._db.read() as s:
            query = (
                select(MysterySurvey, Site.name)
                .outerjoin(Site, Site.id == MysterySurvey.site_id)
                .where(MysterySurvey.surveyed_on >= start, MysterySurvey.surveyed_on <= end)
                .order_by(MysterySurvey.surveyed_on.desc(), MysterySurvey.id)
            )
            if site_id is not None:
                query = query.where(MysterySurvey.site_id == site_id)
            rows = []
            for survey, site_name in s.execute(query):
                try:
                    grid = q.Grid(survey.grid)
                    raw = json.loads(survey.answers or "{}")
                except ValueError:
                    continue  # a grid from a newer version: shown by that version
                answers = q.normalise_answers(grid, raw if isinstance(raw, dict) else {})
                rows.append(
                    SurveyRow(
                        survey.id,
                        survey.surveyed_on,
                        survey.site_id,
                        site_name or "",
                        Channel(survey.channel),
                        grid,
                        answers,
                        q.survey_score(answers),
                        survey.surveyor,
                        survey.comment,
                    )
                )
        total = q.Ratio(0, 0)
        for row in rows:
            total = total + row.score
        criteria = q.criterion_results((r.grid, r.answers) for r in rows)
        return SurveySummary(tuple(rows), total, tuple(criteria))

    # ------------------------------------------------------------------ export

    def export(
        self,
        path: Path,
        report: QualityReport,
        labels: Mapping[str, str] | None = None,
        all_sites: str = "All sites",
        no_site: str = "No site",
        language: str = "fr",
        step: Step | None = None,
    ) -> Path:
        """Write the report's indicators, with their counts, to `path` (.csv or .xlsx):
        one line for all sites, one per site, then one per month.

        CSV for French Excel: UTF-8 with BOM, `;` separators, decimal comma. XLSX with real
        numbers and percent formats. Site names are text no spreadsheet runs, and the file
        appears whole or not at all (`services.spreadsheets`). `labels` translates the column
        headers (keys of `EXPORT_COLUMNS`); English by default. `step(done, total)` hears
        of each line made; if it raises (the user cancelled), no file is written."""
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise QualityInvalid([QualityError.UNKNOWN_FORMAT])
        heads = [(labels or {}).get(key, default) for key, default in EXPORT_COLUMNS]
        lines: list[tuple[date, date, str, q.Figures]] = []
        scope = all_sites
        if report.site_id is not None:
            scope = next((r.site_name for r in report.by_site if r.site_id == report.site_id), "")
        lines.append((report.start, report.end, scope, report.overall))
        if report.site_id is None:
            for r in report.by_site:
                lines.append((report.start, report.end, r.site_name or no_site, r.figures))
        for m in report.monthly:
            first = max(m.month, report.start)
            last = min(q.add_months(m.month, 1) - timedelta(days=1), report.end)
            lines.append((first, last, scope, m.figures))
        values = []
        for done, line in enumerate(lines):
            if step is not None:
                step(done, len(lines))
            values.append(_export_values(report.settings, *line))
        if step is not None:
            step(len(lines), len(lines))  # the last moment to stop: nothing written yet
        if suffix == ".csv":
            _write_csv(path, heads, values, language)
        else:
            _write_xlsx(path, heads, values)
        return path


#: Columns of the export: key and English header. Shares are fractions (0-1).
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("from", "From"),
    ("to", "To"),
    ("site", "Site"),
    ("visits", "Visits logged"),
    ("target_wait_minutes", "Target wait (min)"),
    ("waits_counted", "In-person visits with a wait"),
    ("median_wait_minutes", "Median wait (min)"),
    ("p90_wait_minutes", "90th percentile wait (min)"),
    ("within_target", "Served within target"),
    ("within_target_share", "Share served within target"),
    ("calls", "Calls"),
    ("calls_answered", "Calls answered"),
    ("answer_rate", "Phone answer rate"),
    ("written_delay_days", "Announced written delay (days)"),
    ("written_counted", "Written requests answered or overdue"),
    ("written_on_time", "Written requests answered in time"),
    ("written_on_time_share", "Share of written requests answered in time"),
    ("written_pending", "Written requests pending"),
    ("served", "Visits served"),
    ("redirected", "Redirected"),
    ("redirected_share", "Share redirected"),
    ("satisfaction_answers", "Satisfaction answers"),
    ("satisfaction_1", "Answers 1"),
    ("satisfaction_2", "Answers 2"),
    ("satisfaction_3", "Answers 3"),
    ("satisfaction_4", "Answers 4"),
    ("satisfaction_rate", "Satisfaction rate"),
    ("net_satisfaction", "Net satisfaction (points)"),
)
_SHARES = {
    "within_target_share",
    "answer_rate",
    "written_on_time_share",
    "redirected_share",
    "satisfaction_rate",
}
_ONE_DECIMAL = {"median_wait_minutes", "p90_wait_minutes", "net_satisfaction"}


def _export_values(
    settings: QualitySettings, start: date, end: date, site: str, f: q.Figures
) -> list[object]:
    def minutes(seconds: float | None) -> float | None:
        return None if seconds is None else seconds / 60

    return [
        start,
        end,
        site,
        f.visits,
        settings.target_wait_minutes,
        f.waits_counted,
        minutes(f.median_wait_seconds),
        minutes(f.p90_wait_seconds),
        f.within_target.part,
        f.within_target.value,
        f.phone_answered.whole,
        f.phone_answered.part,
        f.phone_answered.value,
        settings.written_delay_days,
        f.written_on_time.whole,
        f.written_on_time.part,
        f.written_on_time.value,
        f.written_pending,
        f.redirected.whole,
        f.redirected.part,
        f.redirected.value,
        f.satisfied.whole,
        *f.satisfaction_counts,
        f.satisfied.value,
        f.net_satisfaction,
    ]


def _csv_cell(key: str, value: object, language: str) -> object:
    """A figure in the reader's language (decimal comma in French); text and dates are
    left to `spreadsheets`, which neutralises what a spreadsheet would run."""
    if isinstance(value, float):
        number = Decimal(repr(value * 100 if key in _SHARES else value))
        # No thousands separator in a CSV cell: Excel reads "1 234" as text.
        return Figure(format_number(number, language, 1).replace("\u202f", ""))
    return value


def _write_csv(path: Path, heads: Sequence[str], values: list[list[object]], lang: str) -> None:
    keys = [key for key, _ in EXPORT_COLUMNS]
    shares = {i for i, k in enumerate(keys) if k in _SHARES}
    heads = [f"{h} (%)" if i in shares else h for i, h in enumerate(heads)]
    rows = [[_csv_cell(k, v, lang) for k, v in zip(keys, row, strict=True)] for row in values]
    write_csv(path, [heads, *rows])


def _write_xlsx(path: Path, heads: Sequence[str], values: list[list[object]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    keys = [key for key, _ in EXPORT_COLUMNS]
    book = Workbook()
    sheet = book.active
    sheet.title = "Indicators"
    append_row(sheet, list(heads))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in values:
        append_row(sheet, row)
    for col, key in enumerate(keys, start=1):
        fmt = (
            "0.0%"
            if key in _SHARES
            else "0.0"
            if key in _ONE_DECIMAL
            else "yyyy-mm-dd"
            if key in ("from", "to")
            else None
        )
        width = 12 if key not in ("site",) else 32
        sheet.column_dimensions[sheet.cell(1, col).column_letter].width = width
        if fmt:
            for r in range(2, len(values) + 2):
                sheet.cell(r, col).number_format = fmt
    sheet.freeze_panes = "D2"
    save_workbook(book, path)


def _int_setting(raw: str | None, default: int) -> int:
    try:
        return int(raw) if raw not in (None, "") else default
    except ValueError:
        return default

"""Rules of the reception desk: what makes a visit log entry acceptable, the times it gives,
and how the receptionist finds a theme in a few keystrokes.

Pure Python: the checks return codes (never sentences, the views word them), and the theme
search works on plain tuples so that it runs as the receptionist types, with no database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from citizenspace.domain.catalog import AgeBand, Channel, VisitOutcome
from citizenspace.domain.people import search_key

NOTE_MAX = 500
THEME_NAME_MAX = 120
THEME_KEYWORDS_MAX = 400
QUEUE_LABEL_MAX = 60
SATISFACTION_MIN = 1
SATISFACTION_MAX = 4
#: Clocks of two desks differ, and a receptionist types "11:05" at 11:04:30: a time this
#: close to now is not "in the future".
FUTURE_SLACK = timedelta(minutes=1)
#: What separates a parent theme from its sub-theme when both are shown on one line.
THEME_SEPARATOR = " › "


class VisitError(StrEnum):
    """Why a visit cannot be logged as typed. Some only the service can tell (unknown_*)."""

    END_BEFORE_ARRIVAL = "end_before_arrival"
    START_BEFORE_ARRIVAL = "start_before_arrival"
    END_BEFORE_START = "end_before_start"
    IN_FUTURE = "in_future"
    MISSED_WITH_TIMES = "missed_with_times"
    THEME_REQUIRED = "theme_required"
    SATISFACTION_OUT_OF_RANGE = "satisfaction_out_of_range"
    NOTE_TOO_LONG = "note_too_long"
    REDIRECT_WITHOUT_SERVICE = "redirect_without_service"
    UNKNOWN_THEME = "unknown_theme"
    INACTIVE_THEME = "inactive_theme"
    UNKNOWN_SERVICE = "unknown_service"
    UNKNOWN_DISTRICT = "unknown_district"
    UNKNOWN_SITE = "unknown_site"
    UNKNOWN_STAFF = "unknown_staff"
    UNKNOWN_PERSON = "unknown_person"
    PERSON_WITHOUT_CONSENT = "person_without_consent"


@dataclass(frozen=True, slots=True)
class VisitProblem:
    """One refusal, tied to the form field it concerns (a `VisitDraft` field name)."""

    field: str
    code: VisitError


@dataclass(frozen=True, slots=True)
class VisitDraft:
    """What the receptionist typed, before it is checked. Times are local, naive, to the
    second; `waiting_id` names the queue entry this visit closes, if any."""

    channel: Channel
    outcome: VisitOutcome
    arrived_at: datetime
    theme_id: str | None = None
    directory_entry_id: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    district_id: str | None = None
    age_band: AgeBand | None = None
    person_id: str | None = None
    note: str = ""
    satisfaction: int | None = None
    site_id: str | None = None
    staff_account_id: str | None = None
    waiting_id: str | None = None


def normalise(draft: VisitDraft) -> VisitDraft:
    """Trim the note and drop sub-second parts: the log shows minutes, the indicators
    seconds, and two desks must compute the same waiting time from the same row."""

    def second(t: datetime | None) -> datetime | None:
        return None if t is None else t.replace(microsecond=0)

    arrived = second(draft.arrived_at)
    assert arrived is not None
    return replace(
        draft,
        arrived_at=arrived,
        started_at=second(draft.started_at),
        ended_at=second(draft.ended_at),
        note=draft.note.strip(),
    )


def check_visit(draft: VisitDraft, now: datetime) -> list[VisitProblem]:
    """Every problem in a draft, in form order. Empty means it may be logged."""
    d = normalise(draft)
    problems: list[VisitProblem] = []

    def err(field: str, code: VisitError) -> None:
        problems.append(VisitProblem(field, code))

    missed = d.outcome is VisitOutcome.MISSED
    if not missed and not d.theme_id:
        err("theme_id", VisitError.THEME_REQUIRED)
    if d.outcome is VisitOutcome.REDIRECTED and not d.directory_entry_id:
        err("directory_entry_id", VisitError.REDIRECT_WITHOUT_SERVICE)
    latest = now + FUTURE_SLACK
    if d.arrived_at > latest:
        err("arrived_at", VisitError.IN_FUTURE)
    if missed:
        if d.started_at is not None:
            err("started_at", VisitError.MISSED_WITH_TIMES)
        if d.ended_at is not None:
            err("ended_at", VisitError.MISSED_WITH_TIMES)
    else:
        if d.started_at is not None:
            if d.started_at < d.arrived_at:
                err("started_at", VisitError.START_BEFORE_ARRIVAL)
            elif d.started_at > latest:
                err("started_at", VisitError.IN_FUTURE)
        if d.ended_at is not None:
            if d.ended_at < d.arrived_at:
                err("ended_at", VisitError.END_BEFORE_ARRIVAL)
            elif d.started_at is not None and d.ended_at < d.started_at:
                err("ended_at", VisitError.END_BEFORE_START)
            elif d.ended_at > latest:
                err("ended_at", VisitError.IN_FUTURE)
    if len(d.note) > NOTE_MAX:
        err("note", VisitError.NOTE_TOO_LONG)
    if d.satisfaction is not None and not (SATISFACTION_MIN <= d.satisfaction <= SATISFACTION_MAX):
        err("satisfaction", VisitError.SATISFACTION_OUT_OF_RANGE)
    return problems


def _seconds_between(start: datetime, end: datetime) -> int:
    """Whole seconds from `start` to `end`, each counted to the second it falls in, never
    below zero: the same figure SQL gives with strftime('%s') (the quality figures are
    counted in SQL over years of visits, and must agree with the desk's)."""
    return max(
        0, round((end.replace(microsecond=0) - start.replace(microsecond=0)).total_seconds())
    )


def waited(
    arrived_at: datetime, started_at: datetime | None, outcome: VisitOutcome | str
) -> int | None:
    """The waiting time: arrival to the start of service; None when nobody was served (a
    missed visit, or a service that never started). The one rule: the desk stores it, the
    visit log shows it for visits merged from older versions, and the quality SQL
    (`services.quality`) computes it alike."""
    if started_at is None or outcome == VisitOutcome.MISSED:
        return None
    return _seconds_between(arrived_at, started_at)


def served(started_at: datetime | None, ended_at: datetime | None) -> int | None:
    """The service time: start to end of service; None unless both are known."""
    if started_at is None or ended_at is None:
        return None
    return _seconds_between(started_at, ended_at)


def wait_seconds(draft: VisitDraft) -> int | None:
    return waited(draft.arrived_at, draft.started_at, draft.outcome)


def service_seconds(draft: VisitDraft) -> int | None:
    return served(draft.started_at, draft.ended_at)


# --------------------------------------------------------------------------- theme search


#: Accents and case folded, so that "etat civil" finds "État civil": the same folding as
#: the people search.
fold = search_key


def _words(text: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in fold(text))
    return cleaned.split()


@dataclass(frozen=True, slots=True)
class ThemeEntry:
    """One theme as the search sees it: its own name and its parent's (None at the top)."""

    id: str
    name: str
    keywords: str = ""
    parent_id: str | None = None
    parent_name: str | None = None

    @property
    def label(self) -> str:
        """ "Voirie › Trottoirs" for a sub-theme, the name alone for a parent theme."""
        if self.parent_name:
            return f"{self.parent_name}{THEME_SEPARATOR}{self.name}"
        return self.name


def _theme_score(entry: ThemeEntry, query: list[str]) -> int:
    """0 if some query word matches nothing; higher is better. Every word typed must
    start a word of the name, of the parent's name or of the keywords (or appear inside the
    name): typing "trot" or "dalle" both find "Voirie › Trottoirs"."""
    name = _words(entry.name)
    parent = _words(entry.parent_name or "")
    keywords = _words(entry.keywords)
    folded_name = fold(entry.name)
    score = 0
    for i, q in enumerate(query):
        if i == 0 and folded_name.startswith(q):
            score += 60
        elif any(w.startswith(q) for w in name):
            score += 40
        elif any(w.startswith(q) for w in keywords):
            score += 20
        elif any(w.startswith(q) for w in parent):
            score += 10
        elif q in folded_name:
            score += 5
        else:
            return 0
    return score


def search_themes(entries: Iterable[ThemeEntry], text: str, limit: int = 12) -> list[ThemeEntry]:
    """The themes matching what was typed so far, best first (ties by label). Empty text
    lists nothing: the quick buttons cover "no idea yet"."""
    query = _words(text)
    if not query:
        return []
    scored = []
    for e in entries:
        s = _theme_score(e, query)
        if s:
            scored.append((-s, fold(e.label), e.id, e))
    scored.sort(key=lambda t: t[:3])
    return [t[3] for t in scored[:limit]]


def rank_quick_themes(counts: Mapping[str, int], fallback: Sequence[str], n: int = 6) -> list[str]:
    """The `n` themes for the quick buttons: the most used first (ties in `fallback`
    order), then `fallback` fills the rest. The same counts always give the same buttons,
    so that Alt+1 stays under the receptionist's fingers."""
    position = {tid: i for i, tid in enumerate(fallback)}
    used = sorted(
        (tid for tid, k in counts.items() if k > 0 and tid in position),
        key=lambda tid: (-counts[tid], position[tid]),
    )
    chosen = used[:n]
    for tid in fallback:
        if len(chosen) >= n:
            break
        if tid not in chosen:
            chosen.append(tid)
    return chosen


# --------------------------------------------------------------------------- routing


@dataclass(frozen=True, slots=True)
class ServiceEntry:
    """A directory entry as the routing suggestion sees it."""

    id: str
    name: str
    keywords: str = ""
    theme_id: str | None = None


def rank_services(
    entries: Iterable[ServiceEntry],
    theme_id: str | None,
    parent_id: str | None,
    text: str,
    limit: int = 5,
) -> list[str]:
    """Ids of the services competent for a theme and the words typed, best first: those
    filed under the theme itself, then under its parent theme, then by keyword overlap
    (each word of `text` that starts a word of the service's keywords or name)."""
    query = set(_words(text))
    ranked = []
    for e in entries:
        tier = 0
        if theme_id and e.theme_id == theme_id:
            tier = 2
        elif parent_id and e.theme_id == parent_id:
            tier = 1
        words = _words(f"{e.name} {e.keywords}")
        overlap = sum(1 for q in query if len(q) >= 3 and any(w.startswith(q) for w in words))
        if tier == 0 and overlap == 0:
            continue
        ranked.append((-tier, -overlap, fold(e.name), e.id))
    ranked.sort()
    return [r[3] for r in ranked[:limit]]

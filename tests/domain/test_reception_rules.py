"""The desk's rules: a visit's times, a missed call, the theme search and quick buttons."""

from __future__ import annotations

from datetime import datetime, timedelta

from citizenspace.domain.catalog import Channel, VisitOutcome
from citizenspace.domain.reception.visits import (
    ServiceEntry,
    ThemeEntry,
    VisitDraft,
    VisitError,
    check_visit,
    rank_quick_themes,
    rank_services,
    search_themes,
    service_seconds,
    wait_seconds,
)

NOW = datetime(2026, 11, 20, 10, 30)


def draft(**kw) -> VisitDraft:
    base = dict(
        channel=Channel.DESK,
        outcome=VisitOutcome.ANSWERED,
        arrived_at=NOW - timedelta(minutes=20),
        started_at=NOW - timedelta(minutes=12),
        ended_at=NOW - timedelta(minutes=2),
        theme_id="t1",
    )
    base.update(kw)
    return VisitDraft(**base)


def codes(d: VisitDraft) -> list[VisitError]:
    return [p.code for p in check_visit(d, NOW)]


def test_a_plain_visit_is_accepted_with_its_wait_and_service_times():
    d = draft()
    assert codes(d) == []
    assert wait_seconds(d) == 8 * 60
    assert service_seconds(d) == 10 * 60


def test_times_out_of_order_are_refused_each_on_its_field():
    assert codes(draft(ended_at=NOW - timedelta(minutes=30))) == [VisitError.END_BEFORE_ARRIVAL]
    assert codes(draft(started_at=NOW - timedelta(minutes=25))) == [VisitError.START_BEFORE_ARRIVAL]
    assert codes(draft(ended_at=NOW - timedelta(minutes=15))) == [VisitError.END_BEFORE_START]
    problems = check_visit(draft(ended_at=NOW - timedelta(minutes=30)), NOW)
    assert problems[0].field == "ended_at"


def test_times_in_the_future_beyond_a_minute_are_refused():
    assert codes(draft(ended_at=NOW + timedelta(seconds=50))) == []
    assert codes(draft(ended_at=NOW + timedelta(minutes=5))) == [VisitError.IN_FUTURE]
    late = draft(arrived_at=NOW + timedelta(hours=1), started_at=None, ended_at=None)
    assert VisitError.IN_FUTURE in codes(late)


def test_a_missed_call_has_no_times_and_needs_no_theme():
    missed = draft(outcome=VisitOutcome.MISSED, started_at=None, ended_at=None, theme_id=None)
    assert codes(missed) == []
    assert wait_seconds(missed) is None and service_seconds(missed) is None
    with_times = draft(outcome=VisitOutcome.MISSED, theme_id=None)
    assert codes(with_times) == [VisitError.MISSED_WITH_TIMES, VisitError.MISSED_WITH_TIMES]


def test_other_visits_need_a_theme_and_a_redirection_names_the_service():
    assert codes(draft(theme_id=None)) == [VisitError.THEME_REQUIRED]
    assert codes(draft(outcome=VisitOutcome.REDIRECTED)) == [VisitError.REDIRECT_WITHOUT_SERVICE]
    assert codes(draft(outcome=VisitOutcome.REDIRECTED, directory_entry_id="e1")) == []


def test_satisfaction_and_note_limits():
    assert codes(draft(satisfaction=0)) == [VisitError.SATISFACTION_OUT_OF_RANGE]
    assert codes(draft(satisfaction=5)) == [VisitError.SATISFACTION_OUT_OF_RANGE]
    assert codes(draft(satisfaction=4)) == []
    assert codes(draft(note="x" * 501)) == [VisitError.NOTE_TOO_LONG]
    assert codes(draft(note="  " + "x" * 500 + "  ")) == []


THEMES = [
    ThemeEntry("p1", "État civil", "acte naissance mariage"),
    ThemeEntry("s1", "Carte d'identité et passeport", "cni titre", "p1", "État civil"),
    ThemeEntry("p2", "Voirie", "rue route"),
    ThemeEntry("s2", "Trottoirs", "trottoir dalle descellée", "p2", "Voirie"),
    ThemeEntry("s3", "Éclairage de la voirie", "", "p2", "Voirie"),
]


def test_theme_search_folds_accents_and_case_and_reads_keywords():
    assert [t.id for t in search_themes(THEMES, "etat")][:1] == ["p1"]
    assert [t.id for t in search_themes(THEMES, "ÉTAT CIV")][:1] == ["p1"]
    assert [t.id for t in search_themes(THEMES, "dalle")] == ["s2"]
    assert [t.id for t in search_themes(THEMES, "descellee")] == ["s2"]
    assert search_themes(THEMES, "") == []
    assert search_themes(THEMES, "zzz") == []


def test_a_sub_theme_reads_parent_then_sub_and_names_come_before_keywords():
    found = search_themes(THEMES, "voirie")
    assert found[0].label == "Voirie"
    assert "Voirie › Trottoirs" in [t.label for t in found]
    assert [t.id for t in search_themes(THEMES, "voirie trot")] == ["s2"]


def test_quick_themes_most_used_first_then_a_fixed_order():
    fallback = ["a", "b", "c", "d", "e", "f", "g"]
    assert rank_quick_themes({}, fallback, 3) == ["a", "b", "c"]
    assert rank_quick_themes({"e": 5, "c": 9, "g": 5}, fallback, 4) == ["c", "e", "g", "a"]
    # Unknown or retired themes in the counts are ignored.
    assert rank_quick_themes({"zz": 50}, fallback, 2) == ["a", "b"]


def test_services_of_the_theme_come_first_then_its_parent_then_keywords():
    entries = [
        ServiceEntry("x", "Service Propreté", "nettoyage tags", "p9"),
        ServiceEntry("parent", "Voirie municipale", "chaussée", "p2"),
        ServiceEntry("own", "Trottoirs et accessibilité", "", "s2"),
        ServiceEntry("kw", "Agglo mobilité", "trottoir bus", None),
    ]
    assert rank_services(entries, "s2", "p2", "trottoir") == ["own", "parent", "kw"]
    assert rank_services(entries, None, None, "tags") == ["x"]
    assert rank_services(entries, None, None, "") == []

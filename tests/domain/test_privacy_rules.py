"""Retention rules: what "12 months after" means on a calendar, and settings that are wrong."""

from __future__ import annotations

from datetime import date

import pytest

from citizenspace.domain.privacy import (
    RULES,
    DataKind,
    cutoff,
    kind_of_key,
    months_before,
    parse_months,
    setting_key,
)


def test_a_visit_is_kept_twelve_months_to_the_day():
    # 15 March 2025 is still held on 15 March 2026 and blanked from the 16th.
    assert cutoff(DataKind.VISITS, 12, date(2026, 3, 15)) == date(2025, 3, 15)
    assert date(2025, 3, 15) >= cutoff(DataKind.VISITS, 12, date(2026, 3, 15))
    assert date(2025, 3, 15) < cutoff(DataKind.VISITS, 12, date(2026, 3, 16))


def test_the_end_of_a_long_month_falls_on_the_end_of_a_short_one():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 120) == date(2016, 1, 15)


@pytest.mark.parametrize("stored", [None, "", "abc", "0", "121", "-5", "12.5"])
def test_a_missing_or_damaged_setting_never_disables_the_rule(stored):
    assert parse_months(stored, DataKind.AUDIT) == RULES[DataKind.AUDIT].default_months


def test_settings_keys_follow_the_shared_contract():
    assert setting_key(DataKind.VISITS) == "retention.visits_months"
    assert parse_months(" 24 ", DataKind.VISITS) == 24
    assert all(kind_of_key(setting_key(k)) is k for k in DataKind)
    assert kind_of_key("reception.target_wait_minutes") is None
    with pytest.raises(ValueError):
        cutoff(DataKind.VISITS, 0, date(2026, 1, 1))

"""Amounts are printed the French way: narrow no-break spaces, a comma, the euro sign after."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from citizenspace.domain.numbers import NARROW_NBSP, NBSP, format_money, format_number


def test_french_money_uses_narrow_no_break_spaces_and_the_euro_sign_after():
    assert format_money(1200) == f"1{NARROW_NBSP}200{NBSP}€"
    assert format_money(850) == f"850{NBSP}€"
    assert format_money(10_000) == f"10{NARROW_NBSP}000{NBSP}€"
    assert format_money(1_234_567) == f"1{NARROW_NBSP}234{NARROW_NBSP}567{NBSP}€"
    assert format_money(Decimal("1200.5")) == f"1{NARROW_NBSP}200,50{NBSP}€"
    assert format_money(Decimal("1200.00")) == f"1{NARROW_NBSP}200{NBSP}€"
    assert format_money(0) == f"0{NBSP}€"
    assert format_money(-50) == f"-50{NBSP}€"


def test_english_money_puts_the_euro_sign_first():
    assert format_money(1200, "en") == "€1,200"
    assert format_money(Decimal("0.5"), "en_GB") == "€0.50"


def test_numbers():
    assert format_number(5000) == f"5{NARROW_NBSP}000"
    assert format_number(999) == "999"
    assert format_number(Decimal("2.345"), "fr", 2) == "2,35"
    assert format_number(1234567, "en") == "1,234,567"
    assert format_number(1000, "fr-FR") == f"1{NARROW_NBSP}000"


@given(st.integers(-(10**12), 10**12))
def test_french_numbers_read_back(n):
    assert int(format_number(n).replace(NARROW_NBSP, "")) == n
    assert int(format_number(n, "en").replace(",", "")) == n

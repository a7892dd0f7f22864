"""Numbers and money written the French way (or the English way), without Qt.

Why here and not QLocale: PDFs are made by the printing layer, which must not import Qt, and
a printed cost must read exactly as French typography wants it: ``1 200 €`` with a narrow
no-break space (U+202F) between thousands and a no-break space (U+00A0) before the euro sign,
so that a line never breaks inside an amount.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

_STYLES = {
    # language: (thousands separator, decimal mark)
    "fr": (NARROW_NBSP, ","),
    "en": (",", "."),
}


def _style(language: str) -> tuple[str, str]:
    return _STYLES.get(language.split("_")[0].split("-")[0].lower(), _STYLES["fr"])


def _group(digits: str, separator: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_number(value: int | Decimal, language: str = "fr", decimals: int = 0) -> str:
    """``12345`` as ``12 345`` (French, narrow no-break space) or ``12,345`` (English).

    Rounds half up to ``decimals`` places, as people round on paper. An unknown language
    gets the French style, the application's default.
    """
    thousands, mark = _style(language)
    quantum = Decimal(1).scaleb(-decimals)
    amount = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    text = _group(whole, thousands)
    if decimals > 0:
        text += mark + fraction
    return sign + text


def format_money(amount: int | Decimal, language: str = "fr") -> str:
    """A sum in euros: ``1 200 €`` or ``1 200,50 €`` in French, ``€1,200`` in English.

    Cents are shown only when there are some, because project costs are round sums and
    ``1 200,00 €`` is noise on a child's ballot.
    """
    cents = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    decimals = 0 if cents == cents.to_integral_value() else 2
    number = format_number(abs(cents), language, decimals)
    sign = "-" if cents < 0 else ""
    if _style(language) == _STYLES["en"]:
        return f"{sign}€{number}"
    return f"{sign}{number}{NBSP}€"

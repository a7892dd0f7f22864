"""Fitting text into boxes on a printed page.

Why our own wrapping and not ReportLab's ``simpleSplit``: that one splits on every kind of
space, no-break spaces included, so ``1 200 €`` or ``projets ?`` could break across lines.
French typography relies on no-break spaces; here lines break only at plain spaces.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"


def width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy word wrap at plain spaces; a word wider than the line is cut to fit."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while width(current, font, size) > max_width and len(current) > 1:
            cut = _longest_prefix(current, font, size, max_width)
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines


def wrap_balanced(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Like :func:`wrap`, in as few lines, but with lines of even length.

    Why: greedy wrapping leaves a lone last word ("code.") that a young reader takes for a
    separate line; the narrowest width that still needs no extra line spreads the words out.
    """
    lines = wrap(text, font, size, max_width)
    if len(lines) < 2:
        return lines
    low, high = max_width / len(lines), max_width
    while high - low > 0.5:
        mid = (low + high) / 2
        if len(wrap(text, font, size, mid)) == len(lines):
            high = mid
        else:
            low = mid
    return wrap(text, font, size, high)


def _longest_prefix(word: str, font: str, size: float, max_width: float) -> int:
    cut = len(word) - 1
    while cut > 1 and width(word[:cut], font, size) > max_width:
        cut -= 1
    return cut


def fit_size(text: str, font: str, max_size: float, min_size: float, max_width: float) -> float:
    """The largest size (in 0.5 pt steps) at which ``text`` fits one line, at least min."""
    size = max_size
    while size > min_size and width(text, font, size) > max_width:
        size -= 0.5
    return max(size, min_size)


def ellipsize(text: str, font: str, size: float, max_width: float) -> str:
    """``text`` shortened with an ellipsis if it is wider than ``max_width``."""
    if width(text, font, size) <= max_width:
        return text
    while text and width(text + ELLIPSIS, font, size) > max_width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def one_line(
    text: str, font: str, max_size: float, min_size: float, max_width: float
) -> tuple[str, float]:
    """A one-line label: shrunk down to ``min_size`` first, then cut with an ellipsis.

    Returns (text, size).
    """
    size = fit_size(text, font, max_size, min_size, max_width)
    return ellipsize(text, font, size, max_width), size

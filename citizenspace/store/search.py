"""Searching text with SQL's LIKE, the user's words taken literally."""

from __future__ import annotations

#: The character that makes the next `%`, `_` or itself literal in a LIKE pattern; every
#: query built with `like_contains` says `ESCAPE '\'` (SQLAlchemy: `escape=LIKE_ESCAPE`).
LIKE_ESCAPE = "\\"


def like_contains(word: str) -> str:
    """A LIKE pattern matching `word` anywhere, with the user's `%` and `_` taken literally
    ("50%" finds "50%", not "500")."""
    for char in (LIKE_ESCAPE, "%", "_"):
        word = word.replace(char, LIKE_ESCAPE + char)
    return f"%{word}%"

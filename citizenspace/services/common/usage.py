"""Which records name a row: what a service asks before deleting it (a row the office's
records mention is kept, or deactivated, for the record)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session


def usage(
    s: Session, row_id: str, references: Iterable[tuple[str, InstrumentedAttribute[Any]]]
) -> dict[str, int]:
    """How many records of each kind name the row `row_id`: `references` are (kind, the
    column that names it), the kinds with none left out."""
    used: dict[str, int] = {}
    for kind, column in references:
        n = s.scalar(select(func.count()).select_from(column.class_).where(column == row_id))
        if n:
            used[kind] = n
    return used

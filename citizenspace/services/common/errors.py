"""Errors a service raises for the views to put into the user's words."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any, TypeVar

from citizenspace.domain.people import FieldError

T = TypeVar("T")


class ServiceError(Exception):
    """Base class: the action was refused and nothing was written."""


class NotFound(ServiceError):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"{kind} {ident} not found")
        self.kind = kind
        self.ident = ident


def found(row: T | None, kind: str, ident: str) -> T:
    """`row`, or NotFound: a record asked for by id that is not (or no longer) there, said
    plainly instead of failing on its first attribute."""
    if row is None:
        raise NotFound(kind, ident)
    return row


class ValidationFailed(ServiceError):
    """A form refused field by field: `errors` are the domain's field errors (each with its
    `field` and `code`: people's, editions', projects' or directory entries')."""

    errors: list[Any]

    def __init__(self, errors: Sequence[FieldError] | Sequence[Any]) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code.value}" for e in errors))
        self.errors = list(errors)


class CodesRefused(ServiceError):
    """Refused, nothing written: `errors` are the codes that say why (the screen words
    them)."""

    errors: list[Any]

    def __init__(self, errors: Sequence[StrEnum]) -> None:
        super().__init__(", ".join(e.value for e in errors))
        self.errors = list(errors)


class InUse(ServiceError):
    """The record is still referenced (a person who sits on a council, for instance)."""

    def __init__(self, kind: str, ident: str, used_by: dict[str, int]) -> None:
        super().__init__(f"{kind} {ident} is used by {used_by}")
        self.kind = kind
        self.ident = ident
        self.used_by = used_by

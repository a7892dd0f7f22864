"""Errors a service raises for the views to put into the user's words."""

from __future__ import annotations

from citizenspace.domain.people import FieldError


class ServiceError(Exception):
    """Base class: the action was refused and nothing was written."""


class NotFound(ServiceError):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f"{kind} {ident} not found")
        self.kind = kind
        self.ident = ident


class ValidationFailed(ServiceError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code.value}" for e in errors))
        self.errors = errors


class InUse(ServiceError):
    """The record is still referenced (a person who sits on a council, for instance)."""

    def __init__(self, kind: str, ident: str, used_by: dict[str, int]) -> None:
        super().__init__(f"{kind} {ident} is used by {used_by}")
        self.kind = kind
        self.ident = ident
        self.used_by = used_by

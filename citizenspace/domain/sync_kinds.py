"""How a table takes part in synchronisation (see DESIGN.md, "Change capture")."""

from enum import StrEnum


class SyncKind(StrEnum):
    #: Records are never changed once written: merge is a set union by id.
    INSERT_ONLY = "insert_only"
    #: Records are edited: per-field last-writer-wins by HLC, conflicts kept for review.
    MUTABLE = "mutable"
    #: Device-local bookkeeping, never exchanged.
    LOCAL = "local"

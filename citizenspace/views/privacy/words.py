"""Personal data in the coordinator's words: the kinds of data and what happens to each at
the end of its period, what is held about a person, the record of exports, erasures and
anonymisations, and the records of processing.

Said the same way on the page, in its record table and in the exported register. Every
text keeps the translation context of the page that first said it, ``"PrivacyView"``. The
sentences with a count ("%n visit(s)") stay in `PrivacyView` itself: lupdate marks plural
forms in `self.tr(text, "", n)` only, not in `QCoreApplication.translate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from citizenspace.domain.privacy import DataKind
from citizenspace.services.privacy.privacy import (
    ACTION_ANONYMISATION,
    ACTION_ERASURE,
    ACTION_EXPORT,
    AuditRow,
    PersonHeld,
)


def kind_name(kind: DataKind) -> str:
    return {
        DataKind.VISITS: QCoreApplication.translate("PrivacyView", "Visit notes and names"),
        DataKind.TICKETS: QCoreApplication.translate("PrivacyView", "Follow-up tickets"),
        DataKind.TICKET_EVENTS: QCoreApplication.translate(
            "PrivacyView", "Reasons in ticket history"
        ),
        DataKind.SURVEYS: QCoreApplication.translate("PrivacyView", "Mystery survey comments"),
        DataKind.AUDIT: QCoreApplication.translate("PrivacyView", "Audit entries"),
        DataKind.PEOPLE: QCoreApplication.translate("PrivacyView", "People no longer taking part"),
    }[kind]


def kind_help(kind: DataKind) -> str:
    """What is blanked at the end of the period, and from when the period counts."""
    return {
        DataKind.VISITS: QCoreApplication.translate(
            "PrivacyView",
            "After the visit: the note and the link to a person are blanked; the visit "
            "stays in the counts. Kept while a ticket opened from it is open.",
        ),
        DataKind.TICKETS: QCoreApplication.translate(
            "PrivacyView",
            "After the ticket is closed (never while open): description, address, "
            "location, photo, contact and reasons.",
        ),
        DataKind.TICKET_EVENTS: QCoreApplication.translate(
            "PrivacyView", "After the ticket is closed: the reasons written at each step."
        ),
        DataKind.SURVEYS: QCoreApplication.translate(
            "PrivacyView", "After the survey: the surveyor's name and comments; the grades stay."
        ),
        DataKind.AUDIT: QCoreApplication.translate(
            "PrivacyView",
            "After the entry: who and about whom. Kept longer, as the proof that "
            "requests were answered.",
        ),
        DataKind.PEOPLE: QCoreApplication.translate(
            "PrivacyView",
            "After their last seat, sheet, visit or ticket: the person's sheet is "
            "emptied (name, contact, notes); seats and attendance stay in the counts.",
        ),
    }[kind]


def backups_help() -> str:
    """What the backups hold, and when they go."""
    return QCoreApplication.translate(
        "PrivacyView",
        "Copies of the database made before an update or a repair, and damaged "
        "files set aside. They hold everyone, erased people included, and are "
        "deleted from this computer once older than this.",
    )


# --------------------------------------------------------------------------- the record


def action_name(action: str) -> str:
    return {
        ACTION_EXPORT: QCoreApplication.translate("PrivacyView", "Export"),
        ACTION_ERASURE: QCoreApplication.translate("PrivacyView", "Erasure"),
        ACTION_ANONYMISATION: QCoreApplication.translate("PrivacyView", "Anonymisation"),
    }.get(action, action)


def audit_when(row: AuditRow) -> str:
    return QLocale().toString(
        QDateTime(
            QDate(row.at.year, row.at.month, row.at.day),
            QTime(row.at.hour, row.at.minute),
        ),
        QLocale.FormatType.ShortFormat,
    )


def audit_who(row: AuditRow) -> str:
    if row.action == ACTION_ANONYMISATION and row.details.get("automatic"):
        return QCoreApplication.translate("PrivacyView", "automatic")
    return row.actor


def audit_details(row: AuditRow, held_text: Callable[[PersonHeld], str]) -> str:
    """What an entry was about: the counts blanked by an anonymisation, or the person and
    what was held about them (`held_text` words it)."""
    if row.action == ACTION_ANONYMISATION:
        parts = [
            QCoreApplication.translate("PrivacyView", "%1: %2")
            .replace("%1", kind_name(kind))
            .replace("%2", str(n))
            for kind in DataKind
            if (n := row.details.get(kind.value))
        ]
        return ", ".join(parts)
    counts = held_text(
        PersonHeld(**{k: v for k, v in row.details.items() if k in PersonHeld.__slots__})
    )
    return (
        QCoreApplication.translate("PrivacyView", "person %1 — %2")
        .replace("%1", row.subject[:8])
        .replace("%2", counts)
    )


# --------------------------------------------------------------------------- the register


def register_rows(periods: Iterable[tuple[DataKind, str]], backups_period: str) -> list[list[str]]:
    """The records of processing (GDPR article 30) as the page states them: a heading row,
    then each kind of data with its period in words, the backups and the pictures."""
    everywhere = QCoreApplication.translate(
        "PrivacyView",
        "This computer and the city's other computers; the shared folder until it "
        "forgets (about a week after the change).",
    )
    rows = [
        [
            QCoreApplication.translate("PrivacyView", "Data"),
            QCoreApplication.translate(
                "PrivacyView", "What is kept, and what is blanked at the end"
            ),
            QCoreApplication.translate("PrivacyView", "How long"),
            QCoreApplication.translate("PrivacyView", "Where"),
        ]
    ]
    for kind, period in periods:
        rows.append([kind_name(kind), kind_help(kind), period, everywhere])
    rows.append(
        [
            QCoreApplication.translate("PrivacyView", "Backups"),
            backups_help(),
            backups_period,
            QCoreApplication.translate(
                "PrivacyView", "The backups folder beside the database, on each computer."
            ),
        ]
    )
    rows.append(
        [
            QCoreApplication.translate("PrivacyView", "Pictures"),
            QCoreApplication.translate(
                "PrivacyView",
                "Ticket photos and project pictures, without their metadata (owner, GPS "
                "position). Deleted once no record names them any more.",
            ),
            QCoreApplication.translate("PrivacyView", "As long as the record that shows them"),
            everywhere,
        ]
    )
    return rows

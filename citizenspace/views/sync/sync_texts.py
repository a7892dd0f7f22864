"""Sync in the user's words: the problem codes, counts and alarms of `services.sync` as
sentences, shared by the status bar and the Sync page so both say the same thing.

Every text lives in the translation context ``"SyncTexts"``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from citizenspace.services.sync.sync import AlarmRow, SyncProblem
from citizenspace.views.common.labels import person_field_label


def _time(when: datetime) -> str:
    return QLocale().toString(QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat)


def _date(when: datetime) -> str:
    return QLocale().toString(
        QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat
    )


def moment(when: datetime, now: datetime | None = None) -> str:
    """ "today at 14:32", "yesterday at 09:05" or "12/03/2026 at 14:32"."""
    today = (now or datetime.now()).date()
    if when.date() == today:
        return QCoreApplication.translate("SyncTexts", "today at %1").replace("%1", _time(when))
    if (today - when.date()).days == 1:
        return QCoreApplication.translate("SyncTexts", "yesterday at %1").replace("%1", _time(when))
    return (
        QCoreApplication.translate("SyncTexts", "%1 at %2")
        .replace("%1", _date(when))
        .replace("%2", _time(when))
    )


def synced_at(when: datetime | None, now: datetime | None = None) -> str:
    """The status bar's first words: when this computer last exchanged its changes."""
    if when is None:
        return QCoreApplication.translate("SyncTexts", "Not synced yet")
    if when.date() == (now or datetime.now()).date():
        return QCoreApplication.translate("SyncTexts", "Synced at %1").replace("%1", _time(when))
    return QCoreApplication.translate("SyncTexts", "Synced %1").replace("%1", moment(when, now))


def problem_short(problem: SyncProblem) -> str:
    """A problem in a few words, for the status bar."""
    texts = {
        SyncProblem.NOT_CONFIGURED: QCoreApplication.translate(
            "SyncTexts", "No shared folder — everything is kept on this computer"
        ),
        SyncProblem.UNREACHABLE: QCoreApplication.translate(
            "SyncTexts", "Shared folder unreachable — everything is kept on this computer"
        ),
        SyncProblem.WRITE_REFUSED: QCoreApplication.translate(
            "SyncTexts", "The shared folder refuses our changes — they are kept on this computer"
        ),
        SyncProblem.SHARE_TOO_NEW: QCoreApplication.translate(
            "SyncTexts", "The shared folder needs a newer version of Citizen Space"
        ),
        SyncProblem.BAD_FORMAT: QCoreApplication.translate(
            "SyncTexts", "The shared folder is damaged — everything is kept on this computer"
        ),
        SyncProblem.DEMO: QCoreApplication.translate(
            "SyncTexts", "Demo city — exchanged only with a demo shared folder"
        ),
        SyncProblem.DEMO_SHARE: QCoreApplication.translate(
            "SyncTexts", "Demo shared folder — never used by a real city"
        ),
        SyncProblem.DEMO_OTHER_CITY: QCoreApplication.translate(
            "SyncTexts", "The demo shared folder holds another demo city"
        ),
        SyncProblem.FAILED: QCoreApplication.translate(
            "SyncTexts", "The last exchange failed — everything is kept on this computer"
        ),
        SyncProblem.BUSY: QCoreApplication.translate(
            "SyncTexts", "Another synchronisation is running on this database"
        ),
        SyncProblem.WAITING_FOR_SNAPSHOT: QCoreApplication.translate(
            "SyncTexts", "New computer — waiting for the shared folder's next snapshot"
        ),
        SyncProblem.RETIRED: QCoreApplication.translate(
            "SyncTexts", "This computer was retired — waiting for the next snapshot"
        ),
    }
    return texts.get(problem, problem.value)


def problem_text(problem: SyncProblem) -> str:
    """A problem in full, with what to do about it, for the Sync page."""
    texts = {
        SyncProblem.NOT_CONFIGURED: QCoreApplication.translate(
            "SyncTexts",
            "No shared folder is chosen yet. Everything you record is kept on this computer; "
            "choose the shared folder in Settings to exchange changes with the other "
            "computers.",
        ),
        SyncProblem.UNREACHABLE: QCoreApplication.translate(
            "SyncTexts",
            "The shared folder cannot be reached: the network is down, or the USB stick is not "
            "plugged in. Everything is kept on this computer and will be exchanged once the "
            "folder is back.",
        ),
        SyncProblem.WRITE_REFUSED: QCoreApplication.translate(
            "SyncTexts",
            "The shared folder refused to save this computer's changes, even after several "
            "tries (access rights, full disk or antivirus). They are kept on this computer. "
            "If this lasts, ask the IT department.",
        ),
        SyncProblem.SHARE_TOO_NEW: QCoreApplication.translate(
            "SyncTexts",
            "The shared folder is used by a newer version of Citizen Space. Install the new "
            "version on this computer to exchange changes again; until then, everything is "
            "kept here.",
        ),
        SyncProblem.BAD_FORMAT: QCoreApplication.translate(
            "SyncTexts",
            "The description file of the shared folder (FORMAT.json) cannot be read. Nothing "
            "was changed there. Ask the IT department to look at it.",
        ),
        SyncProblem.DEMO: QCoreApplication.translate(
            "SyncTexts",
            "This is a demo city: it exchanges its changes only with a demo shared folder, "
            "never with a real city's, so that made-up people never reach the real ones. The "
            "folder chosen in Settings is not a demo shared folder: nothing was exchanged. "
            "To try the sync, the IT department makes one (see the README).",
        ),
        SyncProblem.DEMO_SHARE: QCoreApplication.translate(
            "SyncTexts",
            "The folder chosen in Settings is a demo shared folder, made to try the sync with "
            "demo cities: a real city's data never go there. Nothing was exchanged. Choose the "
            "city's own shared folder in Settings.",
        ),
        SyncProblem.DEMO_OTHER_CITY: QCoreApplication.translate(
            "SyncTexts",
            "The demo shared folder holds another demo city (made another day, or from other "
            "data files): nothing was exchanged, so that two demo cities are not mixed. Make "
            "this demo city again like that one (the IT department knows how: see the "
            "README).",
        ),
        SyncProblem.FAILED: QCoreApplication.translate(
            "SyncTexts",
            "The exchange stopped on an unexpected error. Nothing was lost. The details are in "
            "the log file.",
        ),
        SyncProblem.BUSY: QCoreApplication.translate(
            "SyncTexts",
            "Another synchronisation is running on this database (a scheduled task, or "
            "another window), and it went on for too long: this one stopped without changing "
            "anything. The next exchange will try again.",
        ),
        SyncProblem.WAITING_FOR_SNAPSHOT: QCoreApplication.translate(
            "SyncTexts",
            "This computer is new: it starts from the city's latest snapshot in the shared "
            "folder, but that snapshot is damaged or older than the changes left beside it, "
            "which no longer go back to the beginning. Nothing was applied, and this "
            "computer's own changes are kept. It starts on its own once another computer has "
            "synced (which publishes a new snapshot).",
        ),
        SyncProblem.RETIRED: QCoreApplication.translate(
            "SyncTexts",
            "An administrator retired this computer from the shared folder while it was "
            "away. What it had not sent yet has been sent. It starts again from the city's "
            "latest snapshot, so that nothing erased meanwhile comes back; no snapshot can "
            "serve it yet. It starts on its own once another computer has synced (which "
            "publishes a new snapshot).",
        ),
    }
    return texts.get(problem, problem.value)


def copy_found_text() -> str:
    return QCoreApplication.translate(
        "SyncTexts",
        "Another copy of this computer's database also exchanges with the shared folder (a "
        "cloned disk, or a file copied or put back by hand). From now on this computer "
        "exchanges under a name of its own; nothing was lost, and what it had not sent yet "
        "is sent now.",
    )


def rejoined_text() -> str:
    return QCoreApplication.translate(
        "SyncTexts",
        "An administrator had retired this computer from the shared folder while it was "
        "away. It sent what it had not sent yet, then started again from the city's latest "
        "snapshot: it now holds what every other computer holds, and nothing erased "
        "meanwhile.",
    )


class SyncCounts(QObject):
    """The sentences with a count. A class only because lupdate recognises plural forms in
    `self.tr(text, "", n)` and not in `QCoreApplication.translate`."""

    def rejected_short(self, n: int) -> str:
        return self.tr("%Ln damaged file(s) ignored", "", n)

    def rejected_text(self, n: int) -> str:
        return self.tr(
            "%Ln damaged file(s) on the shared folder were ignored: nothing in them was "
            "applied. The computer that wrote them still has its changes and will send them "
            "again.",
            "",
            n,
        )

    def skipped_short(self, n: int) -> str:
        return self.tr("%Ln entry(ies) of the shared folder left aside", "", n)

    def skipped_text(self, n: int) -> str:
        return self.tr(
            "%Ln entry(ies) of the shared folder could not be used and were left aside; "
            "everything else was exchanged. Ask the IT department to repair or remove:",
            "",
            n,
        )

    def held_back_text(self, n: int) -> str:
        return self.tr(
            "%Ln computer(s) use a newer version of Citizen Space: their changes wait until "
            "this computer is upgraded.",
            "",
            n,
        )

    def gaps_text(self, n: int) -> str:
        return self.tr(
            "Some changes from %Ln computer(s) are not complete on the shared folder yet: they "
            "will be applied once the missing part arrives.",
            "",
            n,
        )

    def conflicts_short(self, n: int) -> str:
        return self.tr("%Ln conflict(s) to review", "", n)

    def pending_short(self, n: int) -> str:
        return self.tr("%Ln change(s) waiting to be shared", "", n)


_counts: SyncCounts | None = None


def _c() -> SyncCounts:
    global _counts
    if _counts is None:
        _counts = SyncCounts()
    return _counts


def rejected_short(n: int) -> str:
    return _c().rejected_short(n)


def rejected_text(n: int) -> str:
    return _c().rejected_text(n)


def held_back_text(n: int) -> str:
    return _c().held_back_text(n)


def skipped_short(n: int) -> str:
    return _c().skipped_short(n)


def skipped_text(entries: tuple[tuple[str, str], ...]) -> str:
    """The entries of the share a round left aside, each named, after what to do."""
    from citizenspace.messages import share_entry

    lines = [_c().skipped_text(len(entries))]
    lines += ["• " + share_entry(path, fault) for path, fault in entries]
    return "\n".join(lines)


def gaps_text(n: int) -> str:
    return _c().gaps_text(n)


def conflicts_short(n: int) -> str:
    return _c().conflicts_short(n)


def pending_short(n: int) -> str:
    return _c().pending_short(n)


# --------------------------------------------------------------------------- conflicts


def value_text(value: Any) -> str:
    """A competing value as it reads in the record."""
    if value is None or value == "":
        return QCoreApplication.translate("SyncTexts", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncTexts", "Yes")
            if value
            else QCoreApplication.translate("SyncTexts", "No")
        )
    if isinstance(value, int | float):
        return QLocale().toString(value)
    return str(value)


def device_text(name: str, device_id: str, this_machine: bool) -> str:
    """A computer as the user knows it, even before its name has arrived."""
    if not name:
        name = QCoreApplication.translate("SyncTexts", "computer %1").replace("%1", device_id[:8])
    if this_machine:
        return QCoreApplication.translate("SyncTexts", "%1 (this computer)").replace("%1", name)
    return name


def table_label(table: str) -> str:
    texts = {
        "people": QCoreApplication.translate("SyncTexts", "Person"),
        "bodies": QCoreApplication.translate("SyncTexts", "Council or group"),
        "memberships": QCoreApplication.translate("SyncTexts", "Membership"),
        "events": QCoreApplication.translate("SyncTexts", "Event"),
        "sites": QCoreApplication.translate("SyncTexts", "Site"),
        "devices": QCoreApplication.translate("SyncTexts", "Computer"),
        "districts": QCoreApplication.translate("SyncTexts", "District"),
        "settings": QCoreApplication.translate("SyncTexts", "Setting"),
        "projects": QCoreApplication.translate("SyncTexts", "Project"),
        "follow_ups": QCoreApplication.translate("SyncTexts", "Follow-up"),
        "directory_entries": QCoreApplication.translate("SyncTexts", "Who does what"),
    }
    return texts.get(table, table)


def field_label(table: str, field: str) -> str:
    if table == "people":
        return person_field_label(field)
    texts = {
        "name": QCoreApplication.translate("SyncTexts", "Name"),
        "title": QCoreApplication.translate("SyncTexts", "Title"),
        "value": QCoreApplication.translate("SyncTexts", "Value"),
        "address": QCoreApplication.translate("SyncTexts", "Address"),
        "notes": QCoreApplication.translate("SyncTexts", "Notes"),
    }
    return texts.get(field, field)


def conflict_title(table: str, label: str, field: str) -> str:
    """ "Gautier Viviane — Phone"; a row without a name goes by its kind."""
    return (
        QCoreApplication.translate("SyncTexts", "%1 — %2")
        .replace("%1", label or table_label(table))
        .replace("%2", field_label(table, field))
    )


# --------------------------------------------------------------------------- alarms


def alarm_text(alarm: AlarmRow) -> str:
    """What sync refused to do silently, and what it did instead."""
    if alarm.kind == "conflicting_insert":
        return (
            QCoreApplication.translate(
                "SyncTexts",
                "%1: a record arrived from another computer with the same identity as one here "
                "but different contents. The one here was kept unchanged; please check it "
                "(reference %2).",
            )
            .replace("%1", table_label(alarm.table_name))
            .replace("%2", alarm.row_id[:8])
        )
    if alarm.kind == "code_used_twice":
        return QCoreApplication.translate(
            "SyncTexts",
            "A voting code of the batch “%1” was used on two kiosks while they were offline. "
            "Both votes were kept: the results page says how many ballots this may have added.",
        ).replace("%1", alarm.detail or alarm.row_id[:8])
    if alarm.kind == "unknown_table":
        return QCoreApplication.translate(
            "SyncTexts",
            "Changes to a kind of data this version does not know (%1) were set aside. "
            "Install the latest version of Citizen Space.",
        ).replace("%1", alarm.table_name)
    return (
        QCoreApplication.translate("SyncTexts", "Sync warning “%1” on %2 (reference %3).")
        .replace("%1", alarm.kind)
        .replace("%2", table_label(alarm.table_name))
        .replace("%3", alarm.row_id[:8])
    )

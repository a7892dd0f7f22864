"""The Reception area's words: statuses, labels and the sentences of every refusal, for the
desk, the follow-ups, the directory, the quality figures and the themes.

The lower layers speak in codes (enum values, error codes, field names); here they become
what the receptionist reads. Each text keeps the translation context of the screen it was
first written for ("DeskView", "Tickets", "DirectoryView", "QualityView", "ThemesDialog"), so
the translations follow it. Sources are marked with ``QT_TRANSLATE_NOOP`` for lupdate and
translated when asked for, so a language switch takes effect at the next call.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale

from citizenspace.domain import catalog as c
from citizenspace.domain.reception import quality as q
from citizenspace.domain.reception.directory import TEXT_LIMITS, EntryError
from citizenspace.domain.reception.tickets import InformedBy, Problem, TicketError
from citizenspace.domain.reception.visits import VisitError
from citizenspace.services.reception.quality import QualityError
from citizenspace.services.reception.reception import ReceptionError

#: What a figure shows when there is nothing to compute it from (never 0 %).
NO_DATA = "—"


def _tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def date_text(d: date | None) -> str:
    """A date the short way of the language (14/03/2026), "" when there is none."""
    if d is None:
        return ""
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


# =========================================================================== the desk

_VISIT_ERRORS: dict[VisitError, str] = {
    VisitError.END_BEFORE_ARRIVAL: QT_TRANSLATE_NOOP(
        "DeskView", "The end is before the arrival: check the times"
    ),
    VisitError.START_BEFORE_ARRIVAL: QT_TRANSLATE_NOOP(
        "DeskView", "The visitor was served before arriving: check the times"
    ),
    VisitError.END_BEFORE_START: QT_TRANSLATE_NOOP(
        "DeskView", "The end is before the start of service: check the times"
    ),
    VisitError.IN_FUTURE: QT_TRANSLATE_NOOP("DeskView", "This time is in the future"),
    VisitError.MISSED_WITH_TIMES: QT_TRANSLATE_NOOP(
        "DeskView", "A missed call has no start or end of service"
    ),
    VisitError.THEME_REQUIRED: QT_TRANSLATE_NOOP(
        "DeskView", "Choose a theme: type a few letters, or Alt+1 to Alt+6"
    ),
    VisitError.SATISFACTION_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "DeskView", "Satisfaction goes from 1 to 4"
    ),
    VisitError.NOTE_TOO_LONG: QT_TRANSLATE_NOOP(
        "DeskView", "The note is too long: 500 characters at most"
    ),
    VisitError.REDIRECT_WITHOUT_SERVICE: QT_TRANSLATE_NOOP(
        "DeskView", "Say which service the visitor was sent to"
    ),
    VisitError.UNKNOWN_THEME: QT_TRANSLATE_NOOP(
        "DeskView", "This theme does not exist: choose one from the list"
    ),
    VisitError.INACTIVE_THEME: QT_TRANSLATE_NOOP(
        "DeskView", "This theme is no longer in use: choose another one"
    ),
    VisitError.UNKNOWN_SERVICE: QT_TRANSLATE_NOOP(
        "DeskView", "This service is no longer in the directory: choose another one"
    ),
    VisitError.UNKNOWN_DISTRICT: QT_TRANSLATE_NOOP(
        "DeskView", "This district no longer exists: choose another one"
    ),
    VisitError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
        "DeskView", "This computer's site no longer exists: check the settings"
    ),
    VisitError.UNKNOWN_STAFF: QT_TRANSLATE_NOOP(
        "DeskView", "This staff member no longer exists: choose who is at the desk"
    ),
    VisitError.UNKNOWN_PERSON: QT_TRANSLATE_NOOP("DeskView", "This person no longer exists"),
    VisitError.PERSON_WITHOUT_CONSENT: QT_TRANSLATE_NOOP(
        "DeskView", "A visit names a person only if they agreed to be contacted"
    ),
}

#: The CNIL's advice on free-text fields ("zones bloc-notes"), shown beside the note.
CNIL_GUIDANCE = QT_TRANSLATE_NOOP(
    "DeskView",
    "Write only what is needed to follow up, in objective words. Never: health, opinions "
    "(political, religious, union), origins, offences, insults or judgements about the "
    "person. The visitor may ask to read this note.",
)
#: The same advice in a line, always in sight under the note (the whole of it on demand).
CNIL_GUIDANCE_SHORT = QT_TRANSLATE_NOOP(
    "DeskView",
    "Facts only: no health, opinions, origins or judgements",
)


def visit_error_text(code: VisitError) -> str:
    """The sentence shown next to a field the desk refused."""
    source = _VISIT_ERRORS.get(code)
    return _tr("DeskView", source) if source else code.value


def minutes_text(seconds: int | None) -> str:
    """ "12 min" (rounded down), "" when unknown."""
    if seconds is None:
        return ""
    return QCoreApplication.translate("DeskView", "%1 min").replace(
        "%1", QLocale().toString(seconds // 60)
    )


def time_text(t: datetime | None) -> str:
    if t is None:
        return ""
    return QLocale().toString(QDateTime(t).time(), QLocale.FormatType.ShortFormat)


_THEME_ERRORS = {
    ReceptionError.NAME_REQUIRED: QT_TRANSLATE_NOOP("ThemesDialog", "Give the theme a name"),
    ReceptionError.NAME_TOO_LONG: QT_TRANSLATE_NOOP(
        "ThemesDialog", "The name is too long: 120 characters at most"
    ),
    ReceptionError.KEYWORDS_TOO_LONG: QT_TRANSLATE_NOOP(
        "ThemesDialog", "Too many keywords: 400 characters at most"
    ),
    ReceptionError.DUPLICATE_NAME: QT_TRANSLATE_NOOP(
        "ThemesDialog", "A theme of this name already exists here"
    ),
    ReceptionError.UNKNOWN_THEME: QT_TRANSLATE_NOOP(
        "ThemesDialog", "This theme no longer exists (changed on another computer)"
    ),
    ReceptionError.PARENT_IS_SUB_THEME: QT_TRANSLATE_NOOP(
        "ThemesDialog", "Themes have two levels: a sub-theme cannot hold sub-themes"
    ),
    ReceptionError.HAS_SUB_THEMES: QT_TRANSLATE_NOOP(
        "ThemesDialog", "This theme has sub-themes: it stays at the top level"
    ),
    ReceptionError.OWN_PARENT: QT_TRANSLATE_NOOP(
        "ThemesDialog", "A theme cannot be its own sub-theme"
    ),
}


def theme_error_text(code: ReceptionError) -> str:
    source = _THEME_ERRORS.get(code)
    return _tr("ThemesDialog", source) if source else code.value


# =========================================================================== follow-ups

_STATUS: dict[c.TicketStatus, str] = {
    c.TicketStatus.NEW: QT_TRANSLATE_NOOP("Tickets", "New"),
    c.TicketStatus.FORWARDED: QT_TRANSLATE_NOOP("Tickets", "Forwarded"),
    c.TicketStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Tickets", "In progress"),
    c.TicketStatus.RESOLVED: QT_TRANSLATE_NOOP("Tickets", "Resolved"),
    c.TicketStatus.REJECTED: QT_TRANSLATE_NOOP("Tickets", "Rejected"),
}
_INFORMED: dict[InformedBy, str] = {
    InformedBy.PHONE: QT_TRANSLATE_NOOP("Tickets", "By phone"),
    InformedBy.EMAIL: QT_TRANSLATE_NOOP("Tickets", "By e-mail"),
    InformedBy.LETTER: QT_TRANSLATE_NOOP("Tickets", "By letter"),
    InformedBy.SMS: QT_TRANSLATE_NOOP("Tickets", "By text message (SMS)"),
    InformedBy.IN_PERSON: QT_TRANSLATE_NOOP("Tickets", "In person"),
    InformedBy.NOT_WISHED: QT_TRANSLATE_NOOP("Tickets", "Did not wish to be told"),
}
_TICKET_ERRORS: dict[TicketError, str] = {
    TicketError.TRANSITION_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Tickets", "This step is not possible from the ticket's current status."
    ),
    TicketError.REASON_REQUIRED: QT_TRANSLATE_NOOP(
        "Tickets", "Say why the ticket is rejected: the citizen will be told."
    ),
    TicketError.TOO_LONG: QT_TRANSLATE_NOOP("Tickets", "This text is too long."),
    TicketError.REQUIRED: QT_TRANSLATE_NOOP("Tickets", "This field is required."),
    TicketError.UNKNOWN_CATEGORY: QT_TRANSLATE_NOOP(
        "Tickets", "This category does not exist (any more): choose another one."
    ),
    TicketError.INACTIVE_CATEGORY: QT_TRANSLATE_NOOP(
        "Tickets", "This category is no longer in use: choose another one."
    ),
    TicketError.UNKNOWN_SERVICE: QT_TRANSLATE_NOOP(
        "Tickets", "This service is no longer in the directory: choose another one."
    ),
    TicketError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
        "Tickets", "This site no longer exists: choose another one."
    ),
    TicketError.UNKNOWN_VISIT: QT_TRANSLATE_NOOP(
        "Tickets", "The visit this ticket follows up no longer exists."
    ),
    TicketError.LATITUDE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Tickets", "A latitude is between -90 and 90 (Saint-Quentin: about 49.85)."
    ),
    TicketError.LONGITUDE_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Tickets", "A longitude is between -180 and 180 (Saint-Quentin: about 3.29)."
    ),
    TicketError.COORDINATES_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Tickets", "Give both the latitude and the longitude, or neither."
    ),
    TicketError.INVALID_EMAIL: QT_TRANSLATE_NOOP(
        "Tickets", "This is not a valid e-mail address (example: name@example.fr)."
    ),
    TicketError.INVALID_PHONE: QT_TRANSLATE_NOOP(
        "Tickets", "This is not a valid phone number (example: 06 12 34 56 78)."
    ),
    TicketError.PHOTO_NOT_SUPPORTED: QT_TRANSLATE_NOOP(
        "Tickets", "The photo must be a PNG or JPEG picture."
    ),
    TicketError.PHOTO_TOO_BIG: QT_TRANSLATE_NOOP("Tickets", "The photo is too big: 5 MB at most."),
    TicketError.PHOTO_UNREADABLE: QT_TRANSLATE_NOOP(
        "Tickets",
        "This photo could not be opened: the file is damaged or is not really a picture. "
        "Choose another PNG or JPEG file.",
    ),
    TicketError.COMPETENT_BODY_REQUIRED: QT_TRANSLATE_NOOP(
        "Tickets", "Name the competent body the request is forwarded to."
    ),
    TicketError.BODY_IS_THE_CITY: QT_TRANSLATE_NOOP(
        "Tickets",
        "This service belongs to the City: a request outside the City's competence goes "
        "to another body.",
    ),
    TicketError.CITIZEN_NOT_INFORMED: QT_TRANSLATE_NOOP(
        "Tickets",
        "The request was forwarded outside the City's competence: record that the citizen "
        "was told (article L114-2) before closing it.",
    ),
    TicketError.INFORMED_BEFORE_OPENED: QT_TRANSLATE_NOOP(
        "Tickets", "The citizen cannot have been told before the ticket was opened."
    ),
    TicketError.INFORMED_IN_THE_FUTURE: QT_TRANSLATE_NOOP("Tickets", "This date is in the future."),
    TicketError.INVALID_CODE: QT_TRANSLATE_NOOP(
        "Tickets", "A code is made of letters, digits, dots, dashes or underscores, no spaces."
    ),
    TicketError.CODE_TAKEN: QT_TRANSLATE_NOOP("Tickets", "Another category has this code."),
    TicketError.NAME_TAKEN: QT_TRANSLATE_NOOP("Tickets", "Another category has this name."),
    TicketError.DUE_DAYS_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Tickets", "The delay is between 1 and 365 days."
    ),
}
_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Tickets", "This is not a number (example: 49,8465).")


def status_text(status: c.TicketStatus) -> str:
    return _tr("Tickets", _STATUS.get(status, status.value))


def informed_text(how: InformedBy) -> str:
    return _tr("Tickets", _INFORMED[how])


def problem_text(problem: Problem) -> str:
    return _tr("Tickets", _TICKET_ERRORS.get(problem.code, problem.code.value))


def problems_text(problems: tuple[Problem, ...] | list[Problem]) -> str:
    """Every refusal once, one a line."""
    seen: list[str] = []
    for p in problems:
        text = problem_text(p)
        if text not in seen:
            seen.append(text)
    return "\n".join(seen)


def not_a_number_text() -> str:
    return _tr("Tickets", _NOT_A_NUMBER)


def service_label(name: str, body: str, competence: c.Competence) -> str:
    """A service as the ticket forms list it: outside the City, with its body."""
    return name if competence is c.Competence.CITY or not body else f"{name} — {body}"


# =========================================================================== the directory

_COMPETENCE_LABELS: dict[c.Competence, str] = {
    c.Competence.CITY: QT_TRANSLATE_NOOP("DirectoryView", "City"),
    c.Competence.URBAN_COMMUNITY: QT_TRANSLATE_NOOP("DirectoryView", "Urban Community"),
    c.Competence.DEPARTMENT: QT_TRANSLATE_NOOP("DirectoryView", "Department"),
    c.Competence.REGION: QT_TRANSLATE_NOOP("DirectoryView", "Region"),
    c.Competence.STATE: QT_TRANSLATE_NOOP("DirectoryView", "State"),
    c.Competence.OTHER: QT_TRANSLATE_NOOP("DirectoryView", "Other body"),
}
_FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("DirectoryView", "Service"),
    "competence": QT_TRANSLATE_NOOP("DirectoryView", "Competence"),
    "body_name": QT_TRANSLATE_NOOP("DirectoryView", "Body"),
    "keywords": QT_TRANSLATE_NOOP("DirectoryView", "Keywords"),
    "phone": QT_TRANSLATE_NOOP("DirectoryView", "Phone"),
    "email": QT_TRANSLATE_NOOP("DirectoryView", "E-mail"),
    "address": QT_TRANSLATE_NOOP("DirectoryView", "Address"),
    "hours": QT_TRANSLATE_NOOP("DirectoryView", "Opening hours"),
    "website": QT_TRANSLATE_NOOP("DirectoryView", "Website"),
    "theme": QT_TRANSLATE_NOOP("DirectoryView", "Theme"),
    "theme_id": QT_TRANSLATE_NOOP("DirectoryView", "Theme"),
    "active": QT_TRANSLATE_NOOP("DirectoryView", "Active"),
}
_ENTRY_ERRORS: dict[EntryError, str] = {
    EntryError.REQUIRED: QT_TRANSLATE_NOOP("DirectoryView", "This field is required"),
    EntryError.TOO_LONG: QT_TRANSLATE_NOOP("DirectoryView", "This text is too long"),
    EntryError.INVALID_EMAIL: QT_TRANSLATE_NOOP(
        "DirectoryView", "Not an e-mail address (example: accueil@ville.fr)"
    ),
    EntryError.INVALID_WEBSITE: QT_TRANSLATE_NOOP(
        "DirectoryView", "Not a website address (example: www.ville.fr)"
    ),
    EntryError.UNKNOWN_COMPETENCE: QT_TRANSLATE_NOOP(
        "DirectoryView",
        "Unknown competence: write Ville, Agglomération, Département, Région, État or Autre",
    ),
    EntryError.UNKNOWN_THEME: QT_TRANSLATE_NOOP(
        "DirectoryView", "This theme does not exist (or was deleted meanwhile)"
    ),
    EntryError.DUPLICATE: QT_TRANSLATE_NOOP(
        "DirectoryView", "The directory already has a service with this name and body"
    ),
    EntryError.NOT_YES_NO: QT_TRANSLATE_NOOP("DirectoryView", "Write oui or non"),
}


def _directory(source: str) -> str:
    return _tr("DirectoryView", source)


def competence_label(competence: c.Competence) -> str:
    return _directory(_COMPETENCE_LABELS[competence])


def field_label(field: str) -> str:
    return _directory(_FIELD_LABELS.get(field, field))


def entry_error_text(code: EntryError, field: str = "") -> str:
    """Why the directory refused a field (a "too long" one says how long is allowed)."""
    if code is EntryError.TOO_LONG:
        limit = dict(TEXT_LIMITS).get(field)
        if limit:
            return QCoreApplication.translate(
                "DirectoryView", "This text is too long: %1 characters at most"
            ).replace("%1", str(limit))
    return _directory(_ENTRY_ERRORS[code])


# =========================================================================== quality

_QUALITY_ERRORS = {
    QualityError.PERIOD_REVERSED: QT_TRANSLATE_NOOP(
        "QualityView", "The period ends before it starts."
    ),
    QualityError.TARGET_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "QualityView", "The target wait must be 1 to 240 minutes."
    ),
    QualityError.DELAY_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "QualityView", "The announced delay must be 1 to 365 days."
    ),
    QualityError.DATE_IN_FUTURE: QT_TRANSLATE_NOOP(
        "QualityView", "The survey's date is in the future."
    ),
    QualityError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
        "QualityView", "This site no longer exists: choose another one."
    ),
    QualityError.UNKNOWN_CHANNEL: QT_TRANSLATE_NOOP(
        "QualityView", "Choose how the survey contacted the office."
    ),
    QualityError.UNKNOWN_CRITERION: QT_TRANSLATE_NOOP(
        "QualityView", "An answer is not on this channel's grid."
    ),
    QualityError.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "QualityView", "Each criterion is met, not met or not observed."
    ),
    QualityError.NOTHING_OBSERVED: QT_TRANSLATE_NOOP(
        "QualityView", "Mark at least one criterion as met or not met."
    ),
    QualityError.SURVEYOR_TOO_LONG: QT_TRANSLATE_NOOP(
        "QualityView", "The surveyor's name is too long."
    ),
    QualityError.COMMENT_TOO_LONG: QT_TRANSLATE_NOOP(
        "QualityView", "The comment is too long (1,000 characters at most)."
    ),
    QualityError.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "QualityView", "Export to a .csv or .xlsx file."
    ),
}
_GRID_TITLES = {
    q.Grid.DESK: QT_TRANSLATE_NOOP("QualityView", "Grid: at the desk (and the bus)"),
    q.Grid.PHONE: QT_TRANSLATE_NOOP("QualityView", "Grid: on the phone (and Allô mairie)"),
    q.Grid.WRITTEN: QT_TRANSLATE_NOOP("QualityView", "Grid: written requests (e-mail, letter)"),
}
_GRID_NAMES = {
    q.Grid.DESK: QT_TRANSLATE_NOOP("QualityView", "Desk"),
    q.Grid.PHONE: QT_TRANSLATE_NOOP("QualityView", "Phone"),
    q.Grid.WRITTEN: QT_TRANSLATE_NOOP("QualityView", "Written"),
}
#: The wording of the charter's criteria (the grids' keys are in `domain.reception.quality`).
_CRITERIA = {
    "greeted": QT_TRANSLATE_NOOP("QualityView", "Greeted with a hello as soon as they arrived"),
    "staff_identifiable": QT_TRANSLATE_NOOP(
        "QualityView", "Staff member identifiable (badge, name plate)"
    ),
    "wait_announced": QT_TRANSLATE_NOOP("QualityView", "Waiting time announced, or no wait"),
    "wait_short": QT_TRANSLATE_NOOP("QualityView", "Served within the target wait"),
    "clear_orientation": QT_TRANSLATE_NOOP(
        "QualityView", "Clear orientation to the right service or body"
    ),
    "confidentiality": QT_TRANSLATE_NOOP("QualityView", "Could speak without being overheard"),
    "accessibility": QT_TRANSLATE_NOOP(
        "QualityView", "Accessible to people with reduced mobility, seating"
    ),
    "signage": QT_TRANSLATE_NOOP("QualityView", "Signs and opening hours easy to find and read"),
    "complete_answer": QT_TRANSLATE_NOOP("QualityView", "Question answered, or a next step given"),
    "answered_5_rings": QT_TRANSLATE_NOOP("QualityView", "Answered within 5 rings"),
    "identification": QT_TRANSLATE_NOOP("QualityView", "Service and agent introduced themselves"),
    "courtesy": QT_TRANSLATE_NOOP("QualityView", "Polite and listening"),
    "clear_answer": QT_TRANSLATE_NOOP(
        "QualityView", "Clear answer, or a call back offered and kept"
    ),
    "transfer_ok": QT_TRANSLATE_NOOP("QualityView", "If transferred, the call was not lost"),
    "within_delay": QT_TRANSLATE_NOOP("QualityView", "Answered within the announced delay"),
    "acknowledged": QT_TRANSLATE_NOOP(
        "QualityView", "Receipt acknowledged when the answer takes time"
    ),
    "clear_complete": QT_TRANSLATE_NOOP("QualityView", "Clear, complete answer in plain language"),
    "names_contact": QT_TRANSLATE_NOOP(
        "QualityView", "Names a contact (name, service, phone or e-mail)"
    ),
    "redirected_if_needed": QT_TRANSLATE_NOOP(
        "QualityView", "Sent on to the competent body, citizen told"
    ),
}


def _quality(source: str) -> str:
    return _tr("QualityView", source)


def is_french() -> bool:
    return QLocale().language() == QLocale.Language.French


def percent_text(value: float | None, decimals: int = 1) -> str:
    """87.5 % the French way (comma, narrow no-break space before %), or 87.5% in English."""
    if value is None:
        return NO_DATA
    number = QLocale().toString(float(value) * 100, "f", decimals)
    return number + ("\u202f%" if is_french() else "%")


def duration_text(seconds: float | None) -> str:
    """A wait: "45 s", "3 min", "3 min 05 s"."""
    if seconds is None:
        return NO_DATA
    minutes, secs = divmod(round(seconds), 60)
    loc = QLocale()
    if minutes == 0:
        return QCoreApplication.translate("QualityView", "%1 s").replace("%1", loc.toString(secs))
    if secs == 0:
        return QCoreApplication.translate("QualityView", "%1 min").replace(
            "%1", loc.toString(minutes)
        )
    return (
        QCoreApplication.translate("QualityView", "%1 min %2 s")
        .replace("%1", loc.toString(minutes))
        .replace("%2", f"{secs:02d}")
    )


def points_text(value: float | None) -> str:
    """Net satisfaction, signed: "+12,5 pts"."""
    if value is None:
        return NO_DATA
    sign = "+" if value > 0 else ""
    return QCoreApplication.translate("QualityView", "%1 pts").replace(
        "%1", sign + QLocale().toString(float(value), "f", 1)
    )


def quality_error_text(error: QualityError) -> str:
    return _quality(_QUALITY_ERRORS[error]) if error in _QUALITY_ERRORS else error.value


def grid_title(grid: q.Grid) -> str:
    return _quality(_GRID_TITLES[grid])


def grid_name(grid: q.Grid) -> str:
    return _quality(_GRID_NAMES[grid])


def criterion_label(key: str) -> str:
    """The wording of a charter criterion."""
    return _quality(_CRITERIA[key]) if key in _CRITERIA else key.replace("_", " ")

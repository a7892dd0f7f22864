"""Importing people: the import dialog (`views.common.importing`) over the people's import
service, in the register's words.

What the coordinator is told before anything is written: how many people would be added,
who is already in the register, which columns are left out, whose e-mail and phone are not
kept for want of consent (a file without a consent column imports people without it), how
many birth dates are kept as their year only, and each refused line with its problem.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from citizenspace.messages import import_problem
from citizenspace.services.people.people_import import (
    FIELDS,
    ImportRejected,
    PeopleFile,
    PeopleImportService,
    PeoplePreview,
)
from citizenspace.services.people.people_import_lines import REPEATABLE, REQUIRED
from citizenspace.views.common.importing.import_dialog import (
    ImportDialog,
    ImportSteps,
    Summary,
    ticker,
)
from citizenspace.views.common.importing.mapping_model import FieldChoice, quoted
from citizenspace.views.common.tasks import Progress

CONTEXT = "PeopleImport"
#: The refused lines' problems listed at most (the first ones tell what is wrong).
PROBLEMS_SHOWN = 500

_LABELS: dict[str, str] = {
    "last_name": QT_TRANSLATE_NOOP("PeopleImport", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("PeopleImport", "First name"),
    "birth_year": QT_TRANSLATE_NOOP("PeopleImport", "Birth year or date (year kept)"),
    "email": QT_TRANSLATE_NOOP("PeopleImport", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("PeopleImport", "Phone"),
    "address": QT_TRANSLATE_NOOP("PeopleImport", "Address"),
    "postcode": QT_TRANSLATE_NOOP("PeopleImport", "Postcode"),
    "district": QT_TRANSLATE_NOOP("PeopleImport", "District"),
    "consent_contact": QT_TRANSLATE_NOOP("PeopleImport", "Agreed to be contacted (oui/non)"),
    "consent_photo": QT_TRANSLATE_NOOP("PeopleImport", "Agreed to photos (oui/non)"),
    "notes": QT_TRANSLATE_NOOP("PeopleImport", "Notes"),
}


def field_label(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, _LABELS[key])


class PeopleImportSteps(ImportSteps):
    def __init__(self, service: PeopleImportService, file: PeopleFile) -> None:
        super().__init__()
        self._service = service
        self._file = file
        self.fields = [FieldChoice(k, field_label(k), k in REPEATABLE) for k in FIELDS]

    def missing(self, mapping: Sequence[str]) -> list[str]:
        return [field_label(k) for k in REQUIRED if k not in mapping]

    def check(self, mapping: Sequence[str]) -> Callable[[Progress], Any]:
        service, file, chosen = self._service, self._file, list(mapping)
        return lambda progress: service.check(file, chosen, ticker(progress))

    def apply(self, preview: Any, only_good_lines: bool) -> Callable[[Progress], Any]:
        service = self._service
        return lambda _progress: service.apply(
            preview, only_good_lines=only_good_lines, remember=True
        )

    def refusal(self, exc: BaseException) -> list[str] | None:
        if not isinstance(exc, ImportRejected):
            return None
        lines = [import_problem(p) for p in exc.problems]
        if exc.more:
            lines.append(self.tr("…and other problems further down."))
        return lines

    def describe(self, preview: PeoplePreview) -> Summary:
        adding = preview.to_import
        if adding:
            headline = self.tr("%n person(s) will be added to the register.", "", adding)
        elif preview.drafts:
            headline = self.tr("Everyone in this file is already in the register: nothing to add.")
        else:
            headline = self.tr("No line of this file can be imported as it is.")
        notes: list[str] = []
        if preview.already_known:
            notes.append(
                self.tr(
                    "%n person(s) already in the register (same name, e-mail and birth "
                    "year) will be skipped.",
                    "",
                    preview.already_known,
                )
            )
        if preview.left_out:
            notes.append(
                self.tr("Left out, not imported: %1.").replace(
                    "%1", ", ".join(quoted(t) for t in preview.left_out)
                )
            )
        dropped = len(preview.contact_not_kept)
        if dropped and not preview.consent_column:
            notes.append(
                self.tr(
                    "The file does not say whether these people agreed to be contacted: they "
                    "are imported without that consent, and the e-mail addresses and phone "
                    "numbers of %n line(s) are not kept.",
                    "",
                    dropped,
                )
            )
        elif dropped:
            notes.append(
                self.tr(
                    "%n person(s) did not agree to be contacted: their e-mail address and "
                    "phone number are not kept.",
                    "",
                    dropped,
                )
            )
        if preview.dates_to_years:
            notes.append(
                self.tr(
                    "Birth dates: only the year is kept (%n line(s)).",
                    "",
                    preview.dates_to_years,
                )
            )
        problems = [import_problem(p) for p in preview.problems[:PROBLEMS_SHOWN]]
        if len(preview.problems) > PROBLEMS_SHOWN:
            problems.append(self.tr("…and other problems further down."))
        return Summary(headline, notes, problems, adding, len(preview.bad_lines))


def people_import_dialog(
    parent: QWidget, service: PeopleImportService, file: PeopleFile
) -> ImportDialog:
    """The dialog for `file` (not shown yet: `open()` it)."""
    return ImportDialog(
        parent,
        title=QCoreApplication.translate("PeopleImport", "Import people"),
        file_name=file.name,
        columns=file.columns,
        mapping=file.suggested,
        steps=PeopleImportSteps(service, file),
        remembered=file.remembered,
    )

"""Importing "Qui fait quoi ?": the import dialog (`views.common.importing`) over the
directory's files service, in the directory's words, and the sentence for each problem a
directory file can have.

An office's own list often says what each service handles in a "Compétences" column and
nothing of the level of government: the mapping offers "Keywords" for such a column, reads
the level from the body's name where it says it ("Ville de…", "Agglomération du…"), and lets
the coordinator choose the level of the remaining lines for the whole file.

Every text is written `QCoreApplication.translate("DirectoryView", "…")` (the page's
context), so that lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import FIELDS, REPEATABLE_COLUMNS
from citizenspace.services.reception.directory_io import (
    DirectoryFile,
    DirectoryFileRejected,
    DirectoryFiles,
    FileIssue,
    FileProblem,
    ImportPreview,
)
from citizenspace.views.common.importing.import_dialog import (
    ImportDialog,
    ImportSteps,
    Summary,
    ticker,
)
from citizenspace.views.common.importing.mapping_model import FieldChoice, quoted
from citizenspace.views.common.tasks import Progress
from citizenspace.views.reception.words import competence_label, entry_error_text, field_label

#: How many names of updated entries the check lists.
UPDATED_SHOWN = 8
#: The refused lines' problems listed at most.
PROBLEMS_SHOWN = 500

#: Where a column may go, said so that "what it handles" and "who is competent" do not mix.
_IMPORT_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("DirectoryView", "Service"),
    "competence": QT_TRANSLATE_NOOP("DirectoryView", "Who is competent (City, Agglo…)"),
    "body_name": QT_TRANSLATE_NOOP("DirectoryView", "Body"),
    "keywords": QT_TRANSLATE_NOOP("DirectoryView", "Keywords, what it handles"),
    "phone": QT_TRANSLATE_NOOP("DirectoryView", "Phone"),
    "email": QT_TRANSLATE_NOOP("DirectoryView", "E-mail"),
    "address": QT_TRANSLATE_NOOP("DirectoryView", "Address"),
    "hours": QT_TRANSLATE_NOOP("DirectoryView", "Opening hours"),
    "website": QT_TRANSLATE_NOOP("DirectoryView", "Website"),
    "theme": QT_TRANSLATE_NOOP("DirectoryView", "Theme"),
    "active": QT_TRANSLATE_NOOP("DirectoryView", "Active (oui/non)"),
}


def import_label(key: str) -> str:
    return QCoreApplication.translate("DirectoryView", _IMPORT_LABELS[key])


def file_problem_text(p: FileProblem) -> str:
    """One sentence for a problem in a directory file, naming its line (and its column when
    the problem is in one cell)."""
    if p.issue is FileIssue.UNREADABLE:
        what = QCoreApplication.translate(
            "DirectoryView",
            "The file cannot be read: check that it exists and is not open elsewhere.",
        )
    elif p.issue is FileIssue.TOO_LARGE:
        what = QCoreApplication.translate(
            "DirectoryView", "The file is too large for a directory (more than 10 MB)."
        )
    elif p.issue is FileIssue.OLD_EXCEL:
        what = QCoreApplication.translate(
            "DirectoryView",
            "This is an old Excel workbook (.xls): in Excel, save it as “Excel workbook "
            "(.xlsx)” or “CSV (separator: semicolon)” and import it again.",
        )
    elif p.issue is FileIssue.BAD_WORKBOOK:
        what = QCoreApplication.translate(
            "DirectoryView",
            "This file cannot be opened as an Excel workbook (.xlsx): it may be damaged.",
        )
    elif p.issue is FileIssue.ENCODING and p.value:
        what = QCoreApplication.translate(
            "DirectoryView",
            "the text is not in a known encoding (UTF-8 or Windows-1252) near “%1”. In Excel, "
            "save the file again as “CSV UTF-8 (separator: semicolon)”.",
        ).replace("%1", p.value)
    elif p.issue is FileIssue.ENCODING:
        what = QCoreApplication.translate(
            "DirectoryView",
            "the text is not in a known encoding (UTF-8 or Windows-1252). In Excel, save the "
            "file again as “CSV UTF-8 (separator: semicolon)”.",
        )
    elif p.issue is FileIssue.EMPTY:
        what = QCoreApplication.translate(
            "DirectoryView", "there is nothing to import from here on."
        )
    elif p.issue is FileIssue.MISSING_COLUMNS:
        columns = ", ".join(f"“{field_label(f)}”" for f in p.field.split(", ") if f)
        what = QCoreApplication.translate(
            "DirectoryView",
            "no column gives %1: choose one in the list of where each column goes.",
        ).replace("%1", columns)
    elif p.issue is FileIssue.FIELD_TWICE:
        what = (
            QCoreApplication.translate(
                "DirectoryView", "the columns %1 all go to “%2”: keep one, leave the others out."
            )
            .replace("%1", p.value)
            .replace("%2", field_label(p.field))
        )
    elif p.issue is FileIssue.WRONG_FIELD_COUNT:
        what = QCoreApplication.translate(
            "DirectoryView",
            "this line has more cells than the first line has columns (%1): a separator too many?",
        ).replace("%1", p.value)
    elif p.issue is FileIssue.MALFORMED:
        what = QCoreApplication.translate(
            "DirectoryView",
            "a quotation mark opened on this line is not closed: nothing after it is read.",
        )
    elif p.issue is FileIssue.NO_LEVEL and p.value:
        what = QCoreApplication.translate(
            "DirectoryView",
            "nothing says who is competent (the body “%1” does not say it): add a "
            "“Compétence” column (Ville, Agglo…), or choose on the columns step the level "
            "of the lines that do not say it.",
        ).replace("%1", p.value)
    elif p.issue is FileIssue.NO_LEVEL:
        what = QCoreApplication.translate(
            "DirectoryView",
            "nothing says who is competent: add a “Compétence” column (Ville, Agglo…), or "
            "choose on the columns step the level of the lines that do not say it.",
        )
    elif p.issue is FileIssue.DUPLICATE_IN_FILE:
        what = QCoreApplication.translate(
            "DirectoryView", "the same service (name and body) is already on line %1."
        ).replace("%1", p.value)
    else:  # INVALID_VALUE
        what = _invalid_value(p)
    if p.line <= 0:
        return what
    if p.column and p.issue is FileIssue.INVALID_VALUE:
        return (
            QCoreApplication.translate("DirectoryView", "Line %1, column “%2”: %3")
            .replace("%1", str(p.line))
            .replace("%2", p.column)
            .replace("%3", what)
        )
    return (
        QCoreApplication.translate("DirectoryView", "Line %1: %2")
        .replace("%1", str(p.line))
        .replace("%2", what)
    )


def _invalid_value(p: FileProblem) -> str:
    from citizenspace.domain.reception.directory import TEXT_LIMITS, EntryError

    if p.code is EntryError.TOO_LONG and p.value.isdigit() and p.field in dict(TEXT_LIMITS):
        return (
            QCoreApplication.translate(
                "DirectoryView", "%1: the text is too long (%2 characters, %3 at most)."
            )
            .replace("%1", field_label(p.field))
            .replace("%2", p.value)
            .replace("%3", str(dict(TEXT_LIMITS)[p.field]))
        )
    reason = entry_error_text(p.code, p.field) if p.code is not None else ""
    if p.value:
        return (
            QCoreApplication.translate("DirectoryView", "%1 “%2”: %3")
            .replace("%1", field_label(p.field))
            .replace("%2", p.value)
            .replace("%3", reason)
        )
    return (
        QCoreApplication.translate("DirectoryView", "%1: %2")
        .replace("%1", field_label(p.field))
        .replace("%2", reason)
    )


def problems_text(exc: DirectoryFileRejected) -> list[str]:
    lines = [file_problem_text(p) for p in exc.problems]
    if exc.more:
        lines.append(
            QCoreApplication.translate("DirectoryView", "…and other problems further down.")
        )
    return lines


class LevelChoice(QWidget):
    """The level of government of the lines that do not say it, for the whole file."""

    def __init__(self) -> None:
        super().__init__()
        label = QLabel(
            QCoreApplication.translate("DirectoryView", "Lines that do not say who is competent:")
        )
        self.combo = QComboBox()
        self.combo.addItem(
            QCoreApplication.translate("DirectoryView", "refuse them (the body's name may say)"),
            None,
        )
        for level in Competence:
            self.combo.addItem(competence_label(level), level)
        label.setBuddy(self.combo)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label)
        box.addWidget(self.combo)
        box.addStretch(1)

    @property
    def level(self) -> Competence | None:
        return self.combo.currentData()

    def set_level(self, level: Competence | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(level), 0))


class DirectoryImportSteps(ImportSteps):
    def __init__(self, files: DirectoryFiles, file: DirectoryFile) -> None:
        super().__init__()
        self._files = files
        self._file = file
        self.fields = [FieldChoice(k, import_label(k), k in REPEATABLE_COLUMNS) for k in FIELDS]
        self.level = LevelChoice()
        self.options = self.level

    def missing(self, mapping: Sequence[str]) -> list[str]:
        missing = [] if "name" in mapping else [import_label("name")]
        if "competence" not in mapping and "body_name" not in mapping and self.level.level is None:
            missing.append(import_label("competence"))
        return missing

    def check(self, mapping: Sequence[str]) -> Callable[[Progress], Any]:
        files, file, chosen, level = self._files, self._file, list(mapping), self.level.level
        return lambda progress: files.check(file, chosen, level, ticker(progress))

    def apply(self, preview: Any, only_good_lines: bool) -> Callable[[Progress], Any]:
        files = self._files
        return lambda _progress: files.apply(
            preview, only_good_lines=only_good_lines, remember=True
        )

    def refusal(self, exc: BaseException) -> list[str] | None:
        return problems_text(exc) if isinstance(exc, DirectoryFileRejected) else None

    def describe(self, preview: ImportPreview) -> Summary:
        changes = preview.created + preview.updated
        summary = (
            self.tr("%1 new, %2 updated, %3 unchanged")
            .replace("%1", str(preview.created))
            .replace("%2", str(preview.updated))
            .replace("%3", str(preview.unchanged))
        )
        if changes:
            headline = self.tr("Importing this file: %1.").replace("%1", summary)
        elif preview.rows:
            headline = self.tr(
                "Every service of the file is already in the directory (%1): nothing to import.",
            ).replace("%1", summary)
        else:
            headline = self.tr("No line of this file can be imported as it is.")
        notes: list[str] = []
        if preview.updated_names:
            shown = ", ".join(preview.updated_names[:UPDATED_SHOWN])
            more = len(preview.updated_names) - UPDATED_SHOWN
            if more > 0:
                shown = self.tr("%1 and %n more", "", more).replace("%1", shown)
            notes.append(self.tr("Updated: %1").replace("%1", shown))
        if preview.ignored_columns:
            notes.append(
                self.tr("Left out, not imported: %1.").replace(
                    "%1", ", ".join(quoted(c) for c in preview.ignored_columns)
                )
            )
        if preview.level_from_body:
            notes.append(
                self.tr(
                    "Who is competent was read from the body's name on %n line(s).",
                    "",
                    preview.level_from_body,
                )
            )
        if preview.level_by_default and self.level.level is not None:
            notes.append(
                self.tr(
                    "%n line(s) get the level chosen for the whole file: %1.",
                    "",
                    preview.level_by_default,
                ).replace("%1", competence_label(self.level.level))
            )
        problems = [file_problem_text(p) for p in preview.problems[:PROBLEMS_SHOWN]]
        if len(preview.problems) > PROBLEMS_SHOWN:
            problems.append(self.tr("…and other problems further down."))
        return Summary(headline, notes, problems, changes, len(preview.bad_lines))


def directory_import_dialog(
    parent: QWidget, files: DirectoryFiles, file: DirectoryFile
) -> ImportDialog:
    """The dialog for `file` (not shown yet: `open()` it)."""
    steps = DirectoryImportSteps(files, file)
    dialog = ImportDialog(
        parent,
        title=QCoreApplication.translate("DirectoryView", "Import a directory"),
        file_name=file.name,
        columns=file.columns,
        mapping=file.suggested,
        steps=steps,
        remembered=file.remembered,
    )
    steps.level.combo.currentIndexChanged.connect(lambda _i: dialog.update_state())
    return dialog

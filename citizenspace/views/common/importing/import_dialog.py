"""The import dialog: a city office's file taken as it is, in two steps.

1. **Columns.** Each column of the file with its first values, and where it goes: one of our
   fields, or "Leave out". The choice is suggested (or remembered from the last file with the
   same titles); the columns left out are listed under the table, so nobody loses one
   without knowing. "Check the lines" is possible once the fields that must have a column
   have one.
2. **Check.** What the import would do, line by line: how many would be imported, the
   warnings (columns left out, contact details not kept, dates kept as years...), each
   refused line with its problem. Nothing is written until "Import"; with refused lines,
   "Import" waits until the user chooses to leave them out.

Checking and writing run off the GUI thread (`tasks.run_in_background`): a file of 100,000
lines takes seconds. The area says what its fields are, checks, describes and writes through
an `ImportSteps`; the dialog knows nothing of people or services. It is opened with `open()`;
`report` holds what `ImportSteps.apply` returned once it is accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.common.column_mapping import FileColumn
from citizenspace.views.common.importing.mapping_model import (
    COL_FIELD,
    COL_TITLE,
    COL_VALUES,
    ColumnsModel,
    FieldChoice,
    leave_out_label,
    quoted,
)
from citizenspace.views.common.tables import DataTable
from citizenspace.views.common.tasks import BackgroundTask, Progress, run_in_background


@dataclass(slots=True)
class Summary:
    """What the check step shows, in the user's words."""

    #: One sentence: what the import would do ("48 people will be added.").
    headline: str
    #: Warnings and information, one sentence each.
    notes: list[str] = field(default_factory=list)
    #: One sentence per problem of a refused line, naming it.
    problems: list[str] = field(default_factory=list)
    #: The lines that would be written, and those refused.
    good: int = 0
    bad: int = 0


class ImportSteps(QObject):
    """What an area gives the dialog. `check` and `apply` return the work to run off the
    GUI thread (a function of a `Progress`): read what the screen says before (options),
    touch no widget inside. A QObject, so that its words are `self.tr`, plurals included."""

    #: The fields a column may go to, in the order offered.
    fields: Sequence[FieldChoice] = ()
    #: Shown under the columns' table (a choice for the whole file), or None.
    options: QWidget | None = None

    def missing(self, mapping: Sequence[str]) -> list[str]:
        """What must still be given a column, in the user's words."""
        return []

    def check(self, mapping: Sequence[str]) -> Callable[[Progress], Any]:
        raise NotImplementedError

    def describe(self, preview: Any) -> Summary:
        raise NotImplementedError

    def apply(self, preview: Any, only_good_lines: bool) -> Callable[[Progress], Any]:
        raise NotImplementedError

    def refusal(self, exc: BaseException) -> list[str] | None:
        """The sentences of a refusal the area expects (a file's problems); None to let the
        application's crash handler show any other failure."""
        return None


def ticker(progress: Progress) -> Callable[[float], None]:
    """What a service's `tick(fraction)` calls: the progress shown, a cancel obeyed."""

    def tick(fraction: float) -> None:
        progress.raise_if_cancelled()
        progress.report(fraction)

    return tick


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        file_name: str,
        columns: Sequence[FileColumn],
        mapping: Sequence[str],
        steps: ImportSteps,
        remembered: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title} — {file_name}")
        self.steps = steps
        self.task: BackgroundTask | None = None
        self.preview: Any = None
        self.summary: Summary | None = None
        self.report: Any = None
        self._remembered = remembered
        #: Bumped when a running check is dropped (Back, Cancel): its late result is ignored.
        self._generation = 0
        self._importing = False

        self.model = ColumnsModel(columns, mapping, steps.fields, self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._check_page())

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.hide()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("muted")
        self.back_button = QPushButton(self.tr("Back to the columns"))
        self.next_button = QPushButton(self.tr("Check the lines"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.back_to_columns)
        self.next_button.clicked.connect(self.check_lines)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_label)
        buttons.addWidget(self.progress_bar)
        buttons.addStretch(1)
        for button in (self.back_button, self.cancel_button, self.next_button, self.import_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self._show_page(0)
        self.update_state()
        self._fit_screen()

    # ---------------------------------------------------------------- building

    def _columns_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Say where each column of the file goes. A column left out is not imported. "
                "Nothing is saved before the last step."
            )
        )
        intro.setWordWrap(True)
        self.table = DataTable(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 18)
        self.table.stretch(COL_VALUES)
        fm = self.table.fontMetrics()
        widest = max([fm.horizontalAdvance(f.label) for f in self.steps.fields] + [0])
        combo_width = max(widest, fm.horizontalAdvance(leave_out_label())) + 56
        titles = [
            fm.horizontalAdvance(self.model.display(c, COL_TITLE) or "") for c in self._rows()
        ]
        # Titles of the columns imported are bold: a tenth more than measured.
        self.table.setColumnWidth(COL_TITLE, min(max(titles + [120]) * 11 // 10 + 24, 260))
        self.table.setColumnWidth(COL_FIELD, combo_width)
        self.combos: list[QComboBox] = []
        for row in range(self.model.rowCount()):
            combo = QComboBox()
            combo.addItem(leave_out_label(), "")
            for choice in self.steps.fields:
                combo.addItem(choice.label, choice.key)
            combo.setCurrentIndex(max(combo.findData(self.model.mapping[row]), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._picked(r))
            self.table.setIndexWidget(self.model.index(row, COL_FIELD), combo)
            self.combos.append(combo)
        self.columns_status = QLabel()
        self.columns_status.setWordWrap(True)
        self.columns_status.setObjectName("muted")
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setObjectName("fieldError")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.columns_status)
        box.addWidget(self.missing_label)
        if self.steps.options is not None:
            box.addWidget(self.steps.options)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        self.headline = QLabel()
        self.headline.setObjectName("lead")
        self.headline.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("fieldWarning")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_title = QLabel()
        self.problems_title.setWordWrap(True)
        self.problems_model = QStringListModel(self)
        self.problems_view = QListView()
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setWordWrap(True)
        self.problems_view.setUniformItemSizes(False)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setAlternatingRowColors(True)
        self.only_good_check = QCheckBox(
            self.tr("Import the good lines only, and leave out the refused ones")
        )
        self.only_good_check.toggled.connect(lambda _on: self.update_state())
        self.only_good_hint = QLabel(
            self.tr(
                "Correct the refused lines in the file and import it again later: what is "
                "already imported is not doubled."
            )
        )
        self.only_good_hint.setObjectName("muted")
        self.only_good_hint.setWordWrap(True)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.headline)
        box.addWidget(self.notes_label)
        box.addWidget(self.problems_title)
        box.addWidget(self.problems_view, 1)
        box.addWidget(self.only_good_check)
        box.addWidget(self.only_good_hint)
        return page

    def _fit_screen(self) -> None:
        """Roomy, yet whole on a 1280×720 screen (a 1920 one at 150 %)."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.resize(min(960, room.width() - 40), min(640, room.height() - 60))

    def _rows(self) -> list[FileColumn]:
        return [self.model.row_at(r) for r in range(self.model.rowCount())]

    # ---------------------------------------------------------------- step 1: columns

    @property
    def mapping(self) -> list[str]:
        return list(self.model.mapping)

    def set_field(self, column_title: str, key: str) -> None:
        """Send the column titled `column_title` to field `key` ("" to leave it out), as
        the user would with its list."""
        for row, column in enumerate(self._rows()):
            if column.title == column_title:
                combo = self.combos[row]
                combo.setCurrentIndex(combo.findData(key))
                return
        raise KeyError(column_title)

    def field_of(self, column_title: str) -> str:
        for row, column in enumerate(self._rows()):
            if column.title == column_title:
                return self.model.mapping[row]
        raise KeyError(column_title)

    def _picked(self, row: int) -> None:
        key = self.combos[row].currentData() or ""
        for freed in self.model.set_field(row, key):
            combo = self.combos[freed]
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._remembered = False
        self.update_state()

    def update_state(self) -> None:
        """What the footer and the buttons say, after any change."""
        left_out = self.model.left_out()
        lines = []
        if self._remembered:
            lines.append(
                self.tr(
                    "The columns are matched as you matched them for the last file with "
                    "the same titles."
                )
            )
        if left_out:
            lines.append(
                self.tr("Left out, not imported (%n column(s)): %1", "", len(left_out)).replace(
                    "%1", ", ".join(quoted(t) for t in left_out)
                )
            )
        else:
            lines.append(self.tr("Every column of the file is imported."))
        self.columns_status.setText("\n".join(lines))
        missing = self.steps.missing(self.mapping)
        self.missing_label.setText(
            self.tr("Choose the column that holds: %1.").replace("%1", ", ".join(missing))
            if missing
            else ""
        )
        self.missing_label.setVisible(bool(missing))
        busy = self.task is not None
        on_columns = self.pages.currentIndex() == 0
        self.next_button.setEnabled(on_columns and not missing and not busy)
        summary = self.summary
        can_import = (
            not on_columns
            and not busy
            and summary is not None
            and summary.good > 0
            and (summary.bad == 0 or self.only_good_check.isChecked())
        )
        self.import_button.setEnabled(can_import)
        self.back_button.setEnabled(not busy or on_columns)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        on_columns = index == 0
        self.back_button.setVisible(not on_columns)
        self.next_button.setVisible(on_columns)
        self.import_button.setVisible(not on_columns)
        (self.next_button if on_columns else self.import_button).setDefault(True)
        self.update_state()

    def back_to_columns(self) -> None:
        self._stop()
        self.summary = None
        self._show_page(0)

    # ---------------------------------------------------------------- step 2: check

    def check_lines(self) -> BackgroundTask | None:
        """Check every line with the columns as matched, off the GUI thread."""
        if self.task is not None or self.steps.missing(self.mapping):
            return None
        self.summary = None
        work = self.steps.check(self.mapping)
        self._busy(self.tr("Checking the lines…"))
        generation = self._generation
        self.task = run_in_background(
            self,
            work,
            on_done=lambda preview: self._current(generation) and self._checked(preview),
            on_error=lambda exc: self._current(generation) and self._check_failed(exc),
            on_progress=lambda f, t: self._current(generation) and self._progress(f, t),
            on_cancelled=lambda: self._current(generation) and self._idle(),
        )
        self.update_state()
        return self.task

    def _checked(self, preview: Any) -> None:
        self._idle()
        self.preview = preview
        self.summary = summary = self.steps.describe(preview)
        self.headline.setText(summary.headline)
        self.notes_label.setText("\n".join(f"• {n}" for n in summary.notes))
        self.notes_label.setVisible(bool(summary.notes))
        self._show_problems(summary.problems, summary.bad)
        self.only_good_check.setChecked(False)
        choice = summary.bad > 0 and summary.good > 0
        self.only_good_check.setVisible(choice)
        self.only_good_hint.setVisible(choice)
        self._show_page(1)

    def _show_problems(self, problems: list[str], bad: int) -> None:
        self.problems_model.setStringList(problems)
        self.problems_title.setText(
            self.tr("%n line(s) cannot be imported:", "", bad) if bad else ""
        )
        self.problems_title.setVisible(bool(problems))
        self.problems_view.setVisible(bool(problems))

    def _check_failed(self, exc: BaseException) -> None:
        self._idle()
        sentences = self.steps.refusal(exc)
        if sentences is None:
            raise exc
        self.missing_label.setText("\n".join(sentences))
        self.missing_label.setVisible(True)

    # ---------------------------------------------------------------- step 3: import

    def start_import(self) -> BackgroundTask | None:
        if self.task is not None or not self.import_button.isEnabled():
            return None
        only_good = self.only_good_check.isChecked()
        work = self.steps.apply(self.preview, only_good)
        self._busy(self.tr("Importing…"))
        # One transaction: it ends whole or not at all, and the user is told which.
        self._importing = True
        self.cancel_button.setEnabled(False)
        self.task = run_in_background(
            self, work, on_done=self._imported, on_error=self._import_failed
        )
        self.update_state()
        return self.task

    def _imported(self, report: Any) -> None:
        self._importing = False
        self._idle()
        self.report = report
        self.accept()

    def _import_failed(self, exc: BaseException) -> None:
        self._importing = False
        self._idle()
        sentences = self.steps.refusal(exc)
        if sentences is None:
            raise exc
        self.summary = None
        self.headline.setText(
            self.tr("Nothing was imported: the file or the register changed meanwhile.")
        )
        self.notes_label.hide()
        self.only_good_check.hide()
        self.only_good_hint.hide()
        self._show_problems(sentences, len(sentences))
        self.update_state()

    # ---------------------------------------------------------------- busy

    def _busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()

    def _progress(self, fraction: float | None, _text: str) -> None:
        if fraction is not None:
            self.progress_bar.setRange(0, 1000)
            self.progress_bar.setValue(int(fraction * 1000))

    def _idle(self) -> None:
        self.task = None
        self.busy_label.clear()
        self.progress_bar.hide()
        self.cancel_button.setEnabled(True)
        self.update_state()

    def _current(self, generation: int) -> bool:
        return generation == self._generation

    def _stop(self) -> None:
        """Drop a running check (Back, Cancel): it stops at its next line, and says nothing."""
        if self.task is not None and not self._importing:
            self.task.cancel()
            self._generation += 1
            self._idle()

    def reject(self) -> None:
        if self._importing:
            return  # Escape or the window's close button while writing: wait for the end
        self._stop()
        super().reject()

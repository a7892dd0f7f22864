"""The People screen: find someone in seconds, add, correct or remove them.

This is the reference slice for every screen: a dull table model fed through `set_rows()`,
sorting through a proxy, every action a call to the service, dialogs opened without blocking
(`open()`, never `exec()`) so that tests and the rest of the window keep running.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from citizenspace.messages import import_problem
from citizenspace.services.common.errors import InUse, NotFound
from citizenspace.services.people.people import PeopleService, PersonRow
from citizenspace.services.people.people_import import (
    ImportRejected,
    ImportReport,
    PeopleFile,
    PeopleImportService,
)
from citizenspace.views.common.dialogs import message_box, open_box
from citizenspace.views.common.importing.import_dialog import ImportDialog
from citizenspace.views.common.labels import person_field_label
from citizenspace.views.common.tables import DataTable, SearchKeys, TableOrEmpty, select_row
from citizenspace.views.common.tasks import BackgroundTask, run_in_background, show_busy
from citizenspace.views.people.people_import_dialog import people_import_dialog
from citizenspace.views.people.people_model import (
    COL_BODIES,
    COL_DISTRICT,
    COL_EMAIL,
    COL_FIRST_NAME,
    COL_LAST_NAME,
    COL_PHONE,
    SORT_ROLE,
    PeopleModel,
    full_name,
)
from citizenspace.views.people.person_dialog import PersonDialog


def _choose_csv(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PeopleView", "Import people"),
        str(Path.home()),
        QCoreApplication.translate(
            "PeopleView", "Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"
        ),
    )
    return Path(name) if name else None


#: How many people one search lists; more than that is a hint to type a few more letters.
SEARCH_LIMIT = 500
#: Pause after the last key before searching, so typing stays fluid on slow machines.
SEARCH_DELAY_MS = 250


class PeopleView(QWidget):
    """Search, list, create, edit and delete people.

    Dialogs are opened window-modal with `open()`; the one showing is `person_dialog`, the
    last information box `message_box`.
    """

    def __init__(
        self,
        service: PeopleService,
        parent: QWidget | None = None,
        *,
        importer: PeopleImportService | None = None,
        choose_file: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._importer = importer
        self._choose_file = choose_file or _choose_csv
        self.import_task: BackgroundTask | None = None
        self.import_dialog: ImportDialog | None = None
        self.person_dialog: PersonDialog | None = None
        self.message_box: QMessageBox | None = None

        self.model = PeopleModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, e-mail or phone (%1)").replace("%1", find_keys)
        )
        self.search_edit.setClearButtonEnabled(True)

        self.new_button = QPushButton(self.tr("New person"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr(
                "Add people from a spreadsheet (.xlsx, or CSV saved by Excel), as another "
                "office sent it: you say which column holds what, and see what will be "
                "imported before anything is saved."
            )
        )
        self.import_button.setVisible(importer is not None)
        self.import_button.clicked.connect(self.choose_and_import)

        self.table = DataTable(self.proxy, sortable=True)
        self._set_up_table()

        self.stack = TableOrEmpty(self.table)
        self.empty_label = self.stack.empty_label

        self.count_label = QLabel()
        self.count_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_keys = SearchKeys(self.search_edit, self.table, search_now=self.refresh)

        self._set_up_actions()
        self.setTabOrder(self.search_edit, self.table)
        self.refresh()

    # ---------------------------------------------------------------- public

    def refresh(self) -> None:
        """Search again with the current text, keeping the selected person selected."""
        self._search_timer.stop()
        keep = self.selected_person_id()
        text = self.search_edit.text().strip()
        rows = self._service.search(text, limit=SEARCH_LIMIT)
        self.model.set_rows(rows)
        self._show_count(text, rows)
        self._show_empty_state(text, rows)
        if keep is not None:
            self.select_person(keep)
        self._update_actions()

    def selected_row(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def selected_person_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def select_person(self, person_id: str) -> bool:
        """Select and show `person_id` if listed; say whether it was."""
        source_row = self.model.row_of(person_id)
        if source_row < 0:
            return False
        select_row(self.table, self.proxy.mapFromSource(self.model.index(source_row, 0)).row())
        return True

    def new_person(self) -> PersonDialog | None:
        return self.open_person_dialog(None)

    def edit_selected(self) -> PersonDialog | None:
        person_id = self.selected_person_id()
        return self.open_person_dialog(person_id) if person_id is not None else None

    def open_person_dialog(self, person_id: str | None) -> PersonDialog | None:
        """Open the person form without blocking; the list follows when it is saved."""
        if self.person_dialog is not None:
            self.person_dialog.raise_()
            return self.person_dialog
        try:
            dialog = PersonDialog(self._service, person_id, self)
        except NotFound:
            self.refresh()
            self._inform(
                self.tr("Person not found"),
                self.tr(
                    "This person is no longer in the list: they may have been deleted "
                    "on another computer."
                ),
            )
            return None
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.person_dialog = dialog
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        """Delete the selected person after confirmation. Someone the records mention is
        kept: that is said at once, without first asking to confirm a deletion that would
        then be refused."""
        row = self.selected_row()
        if row is None:
            return
        name = full_name(row)
        try:
            used_by = self._service.usage(row.id)
        except NotFound:
            self.refresh()  # already gone (deleted on another computer)
            return
        if used_by:
            self._say_kept(name, used_by)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete a person"),
            self.tr("Delete %1 from the people list?\n\nThis cannot be undone.").replace(
                "%1", name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        position = self.table.currentIndex().row()
        try:
            self._service.delete(row.id)
        except InUse as kept:  # mentioned meanwhile (a sync, another computer)
            self._say_kept(name, kept.used_by)
            return
        except NotFound:
            pass  # already gone (deleted on another computer): the list just catches up
        self.refresh()
        if self.proxy.rowCount() and self.selected_row() is None:
            select_row(self.table, min(max(position, 0), self.proxy.rowCount() - 1))

    # ---------------------------------------------------------------- building

    def _set_up_table(self) -> None:
        """The list's look is the application's (`DataTable`): here only its order and the
        width of its columns, the e-mail taking the room left."""
        t = self.table
        t.sortByColumn(COL_LAST_NAME, Qt.SortOrder.AscendingOrder)
        t.stretch(COL_EMAIL)
        fm = t.fontMetrics()
        char = fm.averageCharWidth()
        pad = 3 * char  # cell margins and the header's sort arrow
        for col, width in (
            (COL_LAST_NAME, 22 * char),
            (COL_FIRST_NAME, 16 * char),
            (COL_DISTRICT, 22 * char),
            (COL_PHONE, fm.horizontalAdvance("06 12 34 56 78") + pad),
            (COL_BODIES, fm.horizontalAdvance(person_field_label("bodies")) + pad),
        ):
            t.setColumnWidth(col, width)
        t.open_requested.connect(self.edit_selected)
        t.remove_requested.connect(self.delete_selected)
        t.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def _set_up_actions(self) -> None:
        """Keyboard first: Ctrl+N, Ctrl+F anywhere in the screen; Enter and Del on the list
        only (the `DataTable`'s own keys), so that Del in the search field still erases a
        letter."""

        def action(
            text: str,
            keys: list[QKeySequence],
            context: Qt.ShortcutContext,
            owner: QWidget,
            slot: object,
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            owner.addAction(act)
            return act

        screen = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.new_action = action(
            self.tr("New person"),
            [QKeySequence(QKeySequence.StandardKey.New)],
            screen,
            self,
            self.new_person,
        )
        self.find_action = action(
            self.tr("Search"),
            [QKeySequence(QKeySequence.StandardKey.Find)],
            screen,
            self,
            self.search_keys.focus_search,
        )
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        new_keys = self.new_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.new_button.setToolTip(new_keys)
        delete_keys = QKeySequence(Qt.Key.Key_Delete).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.delete_button.setToolTip(
            self.tr(
                "Delete the selected person (%1). Someone who took part in the office's "
                "work (a council, a sign-in sheet, a visit) is kept for the record."
            ).replace("%1", delete_keys)
        )

    # ---------------------------------------------------------------- reactions

    def _saved(self, dialog: PersonDialog) -> None:
        saved = dialog.saved
        self.refresh()
        if saved is None:
            return
        if not self.select_person(saved.id) and self.search_edit.text():
            # Just created or renamed someone the current search hides: show them anyway.
            self.search_keys.clear_quietly()
            self.refresh()
            self.select_person(saved.id)

    def _dialog_closed(self, dialog: PersonDialog) -> None:
        if self.person_dialog is dialog:
            self.person_dialog = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_actions(self) -> None:
        has = self.selected_row() is not None
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(has)

    def _show_count(self, text: str, rows: list[PersonRow]) -> None:
        shown = len(rows)
        if not text:
            total = self._service.count()
            people = self.tr("%Ln people", "", total)
            if shown < total:
                people = self.tr(
                    "%1 (the first %Ln are listed: search to find the others)", "", shown
                ).replace("%1", people)
            self.count_label.setText(people)
        elif shown >= SEARCH_LIMIT:
            self.count_label.setText(
                self.tr("More than %Ln people found: type more to narrow the search", "", shown)
            )
        elif shown:
            self.count_label.setText(self.tr("%Ln people found", "", shown))
        else:
            self.count_label.clear()  # the empty state already says it

    def _show_empty_state(self, text: str, rows: list[PersonRow]) -> None:
        if text:
            message = self.tr(
                "No one matches “%1”.\nCheck the spelling, or search by e-mail or phone number."
            ).replace("%1", text)
        else:
            message = self.tr(
                "No one has been recorded yet.\nClick “New person” to add the first one."
            )
        self.stack.show_rows(bool(rows), message)

    def _say_kept(self, name: str, used_by: dict[str, int]) -> None:
        self._inform(
            self.tr("Person kept"),
            self.tr("%1 cannot be deleted: the office's records mention them.").replace("%1", name),
            self._kept_reasons(used_by),
        )

    def _kept_reasons(self, used_by: dict[str, int]) -> str:
        reasons = {
            "memberships": self.tr("is or was a member of a council or group"),
            "candidacies": self.tr("applied to a draw by lot"),
            "attendance": self.tr("appears on a sign-in sheet"),
            "visits": self.tr("is linked to a recorded visit"),
        }
        other = self.tr("appears in other records")
        lines = [f"• {reasons.get(kind, other)}" for kind in used_by]
        footer = self.tr(
            "People who took part are kept for the record; their personal details are "
            "anonymised when the retention period ends."
        )
        return "\n".join(lines) + "\n\n" + footer

    # ---------------------------------------------------------------- import

    def choose_and_import(self) -> None:
        path = self._choose_file(self)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> BackgroundTask | None:
        """Read a spreadsheet in the background, then open the import dialog on it: the
        file's columns matched to ours, every line checked, nothing written before the user
        says so (all or nothing, or only the good lines if they choose it)."""
        if self._importer is None or self.import_task is not None:
            return None
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            return None
        importer = self._importer
        restore = show_busy(self.import_button, self.tr("Reading…"))

        def finished() -> None:
            self.import_task = None
            restore()

        def done(file: PeopleFile) -> None:
            finished()
            self._open_import(file)

        def failed(exc: BaseException) -> None:
            finished()
            if not isinstance(exc, ImportRejected):
                raise exc
            lines = [import_problem(p) for p in exc.problems]
            self._inform(
                self.tr("Nothing was imported"),
                self.tr(
                    "%1 could not be imported: nothing was changed. Correct the file and try again."
                ).replace("%1", path.name),
                "\n".join(lines),
            )

        self.import_task = run_in_background(
            self, lambda _progress: importer.open_file(path), on_done=done, on_error=failed
        )
        return self.import_task

    def _open_import(self, file: PeopleFile) -> None:
        assert self._importer is not None
        dialog = people_import_dialog(self, self._importer, file)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._imported(file.name, dialog.report))
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        self.import_dialog = dialog
        dialog.open()

    def _import_closed(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()

    def _imported(self, name: str, report: ImportReport) -> None:
        self.search_edit.clear()
        self.refresh()
        details = []
        if report.already_known:
            details.append(
                self.tr(
                    "%n person(s) already in the register were skipped.", "", report.already_known
                )
            )
        if report.lines_left_out:
            details.append(
                self.tr(
                    "%n refused line(s) were left out: correct them in the file and import it "
                    "again.",
                    "",
                    report.lines_left_out,
                )
            )
        self._inform(
            self.tr("Import finished"),
            self.tr("%n people imported from %1.", "", report.imported).replace("%1", name),
            "\n".join(details),
        )

    def _inform(self, title: str, text: str, details: str = "") -> None:
        """A plain, window-modal message that does not block the event loop."""
        self.message_box = open_box(message_box(self, title, text, details))

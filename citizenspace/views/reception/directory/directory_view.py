"""The directory "Qui fait quoi ?": while the citizen talks, type two words and see who
handles the question, with the phone number and the opening hours.

The search box has the focus when the page opens and every key narrows the list at once (the
service searches an index kept in memory); the first result is shown in the card beside the
list, so most questions need no click at all. Editing is rarer (coordinators): New, Edit,
Deactivate, and a spreadsheet import that shows what it would do before doing it.

The page is laid out in `directory_layout`; here is what it does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from citizenspace.services.common.errors import InUse, NotFound
from citizenspace.services.reception.directory import DirectoryService, EntryRow
from citizenspace.services.reception.directory_io import (
    DirectoryFile,
    DirectoryFileRejected,
    DirectoryFiles,
    ExportFormat,
    ImportReport,
)
from citizenspace.views.common.context import Services
from citizenspace.views.common.dialogs import message_box, open_box
from citizenspace.views.common.importing.import_dialog import ImportDialog
from citizenspace.views.common.tables import select_row
from citizenspace.views.common.tasks import BackgroundTask, run_in_background, show_busy
from citizenspace.views.reception.directory.directory_import import (
    directory_import_dialog,
    problems_text,
)
from citizenspace.views.reception.directory.directory_layout import DirectoryLayout
from citizenspace.views.reception.directory.entry_dialog import EntryDialog

#: Message boxes naming lines and columns: sentences on a readable width, not a thin column.
_WIDE_BOX = "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 440px; }"


def _choose_import(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DirectoryView", "Import a directory"),
        str(Path.home()),
        QCoreApplication.translate(
            "DirectoryView", "Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"
        ),
    )
    return Path(name) if name else None


def _choose_export(parent: QWidget) -> Path | None:
    csv_filter = QCoreApplication.translate(
        "DirectoryView", "CSV for Excel, separator: semicolon (*.csv)"
    )
    xlsx_filter = QCoreApplication.translate("DirectoryView", "Excel workbook (*.xlsx)")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DirectoryView", "Export the directory"),
        str(Path.home() / "qui-fait-quoi.csv"),
        f"{csv_filter};;{xlsx_filter}",
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_suffix(".xlsx" if chosen == xlsx_filter else ".csv")
    return path


class DirectoryView(QWidget, DirectoryLayout):
    """Search "Qui fait quoi ?", read one service's card, and keep the directory right.

    Dialogs open without blocking (`open()`): the one showing is `entry_dialog`, the last
    message `message_box`, the import dialog (columns, check, import) `import_dialog`."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        choose_import: Callable[[QWidget], Path | None] | None = None,
        choose_export: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: DirectoryService = services.directory
        self._files: DirectoryFiles = services.directory_io
        self._choose_import = choose_import or _choose_import
        self._choose_export = choose_export or _choose_export
        self.entry_dialog: EntryDialog | None = None
        self.message_box: QMessageBox | None = None
        self.import_dialog: ImportDialog | None = None
        self.import_task: BackgroundTask | None = None
        self._focused_once = False

        self._build()
        self.search_edit.textChanged.connect(lambda _t: self.refresh())
        self.inactive_check.toggled.connect(lambda _on: self.refresh())
        self._set_up_actions()
        self.setTabOrder(self.search_edit, self.table)
        self.refresh()

    # ---------------------------------------------------------------- public

    def refresh(self) -> None:
        """Search again with the current text; keep the shown entry if it is still listed,
        else show the best match."""
        keep = self.selected_entry_id()
        text = self.search_edit.text().strip()
        rows = self._service.search(text, include_inactive=self.inactive_check.isChecked())
        self.model.set_rows(rows)
        self._show_count(text, rows)
        self._show_empty_state(text, rows)
        if not (keep and self.select_entry(keep)) and rows:
            select_row(self.table, 0)
        self._show_selected()

    def listed_names(self) -> list[str]:
        return [self.model.row_at(r).name for r in range(self.model.rowCount())]

    def selected_row(self) -> EntryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_entry_id(self) -> str | None:
        row = self.selected_row()
        return row.id if row else None

    def select_entry(self, entry_id: str) -> bool:
        at = self.model.row_of(entry_id)
        if at < 0:
            return False
        select_row(self.table, at)
        return True

    def new_entry(self) -> EntryDialog:
        return self._open_dialog(None)

    def edit_selected(self) -> EntryDialog | None:
        entry_id = self.selected_entry_id()
        return self._open_dialog(entry_id) if entry_id else None

    def toggle_active_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self._service.set_active(row.id, not row.active)
        except NotFound:
            self._inform(self.tr("Service not found"), self.tr("It was deleted meanwhile."))
        self.refresh()

    def delete_selected(self) -> None:
        """Delete after a question; an entry that visits or tickets name is offered for
        deactivation instead."""
        row = self.selected_row()
        if row is None:
            return
        try:
            used = self._service.usage(row.id)
        except NotFound:
            self.refresh()
            return
        if used:
            self._offer_deactivation(row, used)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete a service"),
            self.tr("Delete “%1” from the directory?").replace("%1", row.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is delete:
                try:
                    self._service.delete(row.id)
                except InUse as exc:  # named meanwhile (a visit logged at the desk)
                    self._offer_deactivation(row, exc.used_by)
                except NotFound:
                    pass
                self.refresh()

        open_box(box, answered)

    # ---------------------------------------------------------------- import / export

    def choose_and_import(self) -> None:
        path = self._choose_import(self)
        if path is not None:
            self.import_from(path)

    def import_from(self, path: Path) -> BackgroundTask | None:
        """Read the file in the background, then open the import dialog on it: its columns
        matched to ours, every line checked and what it would change shown, nothing written
        before the user says so."""
        if self.import_task is not None:
            return None
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            return None
        files = self._files
        restore = show_busy(self.import_button, self.tr("Reading…"))

        def finished() -> None:
            self.import_task = None
            restore()

        def done(file: DirectoryFile) -> None:
            finished()
            self._open_import(file)

        def failed(exc: BaseException) -> None:
            finished()
            if not isinstance(exc, DirectoryFileRejected):
                raise exc
            self._say_rejected(path, exc)

        self.import_task = run_in_background(
            self, lambda _progress: files.open_file(path), on_done=done, on_error=failed
        )
        return self.import_task

    def _open_import(self, file: DirectoryFile) -> None:
        dialog = directory_import_dialog(self, self._files, file)
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
        details = ""
        if report.lines_left_out:
            details = self.tr(
                "%n refused line(s) were left out: correct them in the file and import it again.",
                "",
                report.lines_left_out,
            )
        self._inform(
            self.tr("Import finished"),
            self.tr("%1: %2 new, %3 updated, %4 unchanged.")
            .replace("%1", name)
            .replace("%2", str(report.created))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.unchanged)),
            details,
        )

    def choose_and_export(self) -> None:
        path = self._choose_export(self)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        fmt = ExportFormat.XLSX if path.suffix.lower() == ".xlsx" else ExportFormat.CSV
        try:
            n = self._files.export(path, fmt)
        except OSError as exc:
            self._inform(
                self.tr("Export failed"),
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self._inform(
            self.tr("Directory exported"),
            self.tr("%n service(s) saved in %1.", "", n).replace("%1", path.name),
        )

    # ---------------------------------------------------------------- reactions

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_selected(self) -> None:
        row = self.selected_row()
        detail = None
        if row is not None:
            try:
                detail = self._service.get(row.id)
            except NotFound:
                detail = None
        self.card.show_entry(detail)
        has = row is not None
        for widget in (self.edit_button, self.deactivate_button, self.delete_button):
            widget.setEnabled(has)
        self.edit_action.setEnabled(has)
        self.deactivate_button.setText(
            self.tr("Reactivate") if row is not None and not row.active else self.tr("Deactivate")
        )

    def _open_dialog(self, entry_id: str | None) -> EntryDialog:
        if self.entry_dialog is not None:
            self.entry_dialog.raise_()
            return self.entry_dialog
        dialog = EntryDialog(self._service, entry_id, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.saved_entry.connect(self._saved)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        self.entry_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, entry_id: str) -> None:
        self.refresh()
        if not self.select_entry(entry_id) and self.search_edit.text():
            self.search_keys.clear_quietly()
            self.refresh()
            self.select_entry(entry_id)
        self._show_selected()

    def _dialog_closed(self, dialog: EntryDialog) -> None:
        if self.entry_dialog is dialog:
            self.entry_dialog = None
        dialog.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_deactivation(self, row: EntryRow, used: dict[str, int]) -> None:
        reasons = {
            "visits": self.tr("%n visit(s) were sent there", "", used.get("visits", 0)),
            "tickets": self.tr("%n follow-up ticket(s) name it", "", used.get("tickets", 0)),
            "categories": self.tr(
                "%n ticket category(ies) send reports there", "", used.get("categories", 0)
            ),
        }
        lines = "\n".join(f"• {reasons[k]}" for k in used if k in reasons)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Service kept"),
            self.tr(
                "“%1” cannot be deleted: the records mention it. Deactivate it instead? It "
                "will no longer be suggested, and the history stays."
            ).replace("%1", row.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(lines)
        deactivate = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(deactivate)
        if not row.active:
            deactivate.hide()
            box.setText(
                self.tr(
                    "“%1” cannot be deleted: the records mention it. It is already inactive."
                ).replace("%1", row.name)
            )

        def answered() -> None:
            if box.clickedButton() is deactivate:
                with contextlib.suppress(NotFound):
                    self._service.deactivate(row.id)
                self.refresh()

        open_box(box, answered)

    def _say_rejected(self, path: Path, exc: DirectoryFileRejected) -> None:
        lines = [f"• {line}" for line in problems_text(exc)]
        self._inform(
            self.tr("Nothing was imported"),
            self.tr(
                "%1 could not be imported: nothing was changed. Correct the file and try again."
            ).replace("%1", path.name),
            "\n".join(lines),
            icon=QMessageBox.Icon.Warning,
        )

    def _show_count(self, text: str, rows: list[EntryRow]) -> None:
        if text:
            self.count_label.setText(self.tr("%n service(s) found", "", len(rows)) if rows else "")
        else:
            self.count_label.setText(self.tr("%n service(s) in the directory", "", len(rows)))

    def _show_empty_state(self, text: str, rows: list[EntryRow]) -> None:
        if text:
            message = self.tr(
                "Nothing matches “%1”.\nTry one word: what the citizen asks for (passeport, "
                "poubelle, bus) or who might handle it (agglo, département)."
            ).replace("%1", text)
        else:
            message = self.tr(
                "The directory is empty.\nClick “New” to add a service, or “Import…” to "
                "load a spreadsheet."
            )
        self.stack.show_rows(bool(rows), message)

    def _inform(
        self,
        title: str,
        text: str,
        details: str = "",
        *,
        icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    ) -> None:
        box = message_box(self, title, text, details, icon)
        if details:
            # Room for sentences naming lines and columns, rather than a tall thin column.
            box.setStyleSheet(_WIDE_BOX)
        self.message_box = open_box(box)

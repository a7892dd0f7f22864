"""The directory page as it is laid out: the search box and its list on the left, the card
of the chosen service on the right, the coordinator's buttons below; and the keys.

`DirectoryLayout` builds and wires (as Qt Designer's `setupUi` would); `DirectoryView`
inherits it and holds the behaviour. The words keep the page's translation context
("DirectoryView").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from citizenspace.views.common.pages import scroll_area
from citizenspace.views.common.tables import DataTable, SearchKeys, TableOrEmpty
from citizenspace.views.reception.directory.directory_model import (
    COL_COMPETENCE,
    COL_NAME,
    COL_PHONE,
    DirectoryModel,
)
from citizenspace.views.reception.directory.entry_card import EntryCard


class _CompetenceWidth(QObject):
    """The service's name is what the receptionist reads: it takes the room left. Who is
    competent gets two fifths of the list, between the start of a long body's name
    ("Agglomération du Saint-Q…", whole in the tool tip and on the card) and the whole of
    the longest one listed: whole on a wide screen, the name first on a laptop."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        table.viewport().installEventFilter(self)
        model = table.model()
        model.modelReset.connect(self.fit)

    def fit(self) -> None:
        t = self._table
        fm = t.fontMetrics()
        pad = 44  # the colour swatch and the cell's margins
        least = fm.horizontalAdvance("Agglomération du Saint-Q") + pad
        model = t.model()
        widest = max(
            [least]
            + [
                fm.horizontalAdvance(str(model.index(r, COL_COMPETENCE).data() or "")) + pad
                for r in range(min(model.rowCount(), 500))
            ]
        )
        room = t.viewport().width() - t.columnWidth(COL_PHONE)
        t.setColumnWidth(COL_COMPETENCE, max(least, min(widest, room * 2 // 5)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


class DirectoryLayout:
    """The directory page's widgets (mixed into `DirectoryView`, a QWidget)."""

    def _build(self) -> None:
        assert isinstance(self, QWidget)
        page: QWidget = self
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            QCoreApplication.translate(
                "DirectoryView", "Who handles…? Type a service, a keyword or a body (%1)"
            ).replace("%1", find_keys)
        )
        self.search_edit.setClearButtonEnabled(True)
        self.inactive_check = QCheckBox(
            QCoreApplication.translate("DirectoryView", "Show inactive")
        )

        self.new_button = QPushButton(QCoreApplication.translate("DirectoryView", "New"))
        self.edit_button = QPushButton(QCoreApplication.translate("DirectoryView", "Edit"))
        self.deactivate_button = QPushButton(
            QCoreApplication.translate("DirectoryView", "Deactivate")
        )
        self.delete_button = QPushButton(QCoreApplication.translate("DirectoryView", "Delete"))
        self.import_button = QPushButton(QCoreApplication.translate("DirectoryView", "Import…"))
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryView",
                "Add or update services from a spreadsheet (.xlsx, or CSV saved by Excel). "
                "The first line names the columns: Service, Compétence, and optionally "
                "Organisme, Mots-clés, Téléphone, Courriel, Adresse, Horaires, Site web, Thème. "
                "You see what will change before anything is saved.",
            )
        )
        self.export_button = QPushButton(QCoreApplication.translate("DirectoryView", "Export…"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryView",
                "Save the whole directory for Excel (CSV or .xlsx), to share or print.",
            )
        )

        self.model = DirectoryModel(page)
        self.table = DataTable(self.model)
        self._set_up_table()

        self.stack = TableOrEmpty(self.table)
        self.empty_label = self.stack.empty_label
        self.search_keys = SearchKeys(self.search_edit, self.table)

        self.count_label = QLabel()
        self.count_label.setObjectName("muted")

        self.card = EntryCard()
        scroll = scroll_area(self.card)
        scroll.setMinimumWidth(320)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.inactive_check)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.stack, 1)
        left_box.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        # The list takes most of the room: the service's name must read whole on a laptop.
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.deactivate_button):
            actions.addWidget(button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

    def _set_up_table(self) -> None:
        t = self.table
        t.stretch(COL_NAME)
        fm = t.fontMetrics()
        t.setColumnWidth(COL_PHONE, fm.horizontalAdvance("03 23 00 00 00") + 24)
        self.column_fitter = _CompetenceWidth(t)
        t.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        t.open_requested.connect(self.edit_selected)  # Enter or a double click
        t.remove_requested.connect(self.delete_selected)  # Delete
        t.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

    def _set_up_actions(self) -> None:
        """Keyboard first: Ctrl+F and Ctrl+N anywhere on the page; F2 (edit) on the list only,
        where Enter edits and Delete deletes too (the table's own keys), so that they keep
        their meaning in the search box."""
        assert isinstance(self, QWidget)
        page: QWidget = self

        def action(
            text: str, keys: list[QKeySequence], context: Qt.ShortcutContext, owner: QWidget
        ) -> QAction:
            act = QAction(text, page)
            act.setShortcuts(keys)
            act.setShortcutContext(context)
            owner.addAction(act)
            return act

        whole_page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.find_action = action(
            QCoreApplication.translate("DirectoryView", "Search"),
            [QKeySequence(QKeySequence.StandardKey.Find)],
            whole_page,
            page,
        )
        self.new_action = action(
            QCoreApplication.translate("DirectoryView", "New service"),
            [QKeySequence(QKeySequence.StandardKey.New)],
            whole_page,
            page,
        )
        self.edit_action = action(
            QCoreApplication.translate("DirectoryView", "Edit"),
            [QKeySequence(Qt.Key.Key_F2)],
            Qt.ShortcutContext.WidgetShortcut,
            self.table,
        )
        self.find_action.triggered.connect(self.search_keys.focus_search)
        self.new_action.triggered.connect(self.new_entry)
        self.edit_action.triggered.connect(self.edit_selected)
        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.deactivate_button.clicked.connect(self.toggle_active_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button.clicked.connect(self.choose_and_export)
        native = QKeySequence.SequenceFormat.NativeText
        self.new_button.setToolTip(self.new_action.shortcut().toString(native))
        self.edit_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryView", "Edit the selected service (Enter on the list)"
            )
        )
        self.deactivate_button.setToolTip(
            QCoreApplication.translate(
                "DirectoryView",
                "A service that closed or moved: it is no longer suggested, and the visits "
                "that name it keep their history.",
            )
        )

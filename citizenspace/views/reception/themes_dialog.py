"""Editing the two-level theme list the desk searches: add, rename, give keywords, move
under another theme, put out of use. Themes are never deleted: years of visits refer to
them, and the log must still name them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.reception.visits import THEME_KEYWORDS_MAX, THEME_NAME_MAX
from citizenspace.services.reception.reception import (
    ReceptionError,
    ReceptionRefused,
    ReceptionService,
)
from citizenspace.views.common.forms import FORM_STYLE, error_label, set_invalid, show_error
from citizenspace.views.reception.words import theme_error_text

#: The refusals that are about the theme's name, and those about where it stands.
_NAME_ERRORS = {
    ReceptionError.NAME_REQUIRED,
    ReceptionError.NAME_TOO_LONG,
    ReceptionError.DUPLICATE_NAME,
}
_PLACE_ERRORS = {
    ReceptionError.PARENT_IS_SUB_THEME,
    ReceptionError.HAS_SUB_THEMES,
    ReceptionError.OWN_PARENT,
}


class ThemesDialog(QDialog):
    """The theme list on the left, the chosen theme's fields on the right."""

    def __init__(self, service: ReceptionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._current: str | None = None
        self.setWindowTitle(self.tr("Visit themes"))
        self.setStyleSheet(FORM_STYLE)
        self.resize(820, 560)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._show_current)
        left.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New theme"))
        self.new_button.clicked.connect(self.new_theme)
        buttons.addWidget(self.new_button)
        self.new_sub_button = QPushButton(self.tr("New sub-theme"))
        self.new_sub_button.clicked.connect(self.new_sub_theme)
        buttons.addWidget(self.new_sub_button)
        left.addLayout(buttons)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(THEME_NAME_MAX)
        self.keywords_edit = QLineEdit()
        self.keywords_edit.setMaxLength(THEME_KEYWORDS_MAX)
        self.keywords_edit.setPlaceholderText(self.tr("Words a receptionist might type"))
        self.parent_combo = QComboBox()
        self.active_check = QCheckBox(self.tr("In use (offered at the desk)"))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Keywords"), self.keywords_edit)
        form.addRow(self.tr("Under"), self.parent_combo)
        form.addRow("", self.active_check)
        right.addLayout(form)
        self.error_label = error_label("form-error")
        right.addWidget(self.error_label)
        self.save_button = QPushButton(self.tr("Save the theme"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        outer.addLayout(right, 1)
        self._creating_under: str | None | bool = False
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        self._nodes = self._service.themes(include_inactive=True)
        chosen = None
        for node in self._nodes:
            item = QTreeWidgetItem([self._title(node.name, node.active)])
            item.setData(0, Qt.ItemDataRole.UserRole, node.id)
            self.tree.addTopLevelItem(item)
            self.parent_combo.addItem(node.name, node.id)
            if node.id == select:
                chosen = item
            for sub in node.children:
                child = QTreeWidgetItem([self._title(sub.name, sub.active)])
                child.setData(0, Qt.ItemDataRole.UserRole, sub.id)
                item.addChild(child)
                if sub.id == select:
                    chosen = child
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        elif self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _title(self, name: str, active: bool) -> str:
        return name if active else self.tr("%1 (not in use)").replace("%1", name)

    def _find(self, theme_id: str) -> tuple[object, str | None]:
        for node in self._nodes:
            if node.id == theme_id:
                return node, None
            for sub in node.children:
                if sub.id == theme_id:
                    return sub, node.id
        return None, None

    def _show_current(self, item: QTreeWidgetItem | None, _prev: object = None) -> None:
        self._refuse([])
        self._creating_under = False
        if item is None:
            self._current = None
            return
        theme_id = item.data(0, Qt.ItemDataRole.UserRole)
        node, parent_id = self._find(theme_id)
        if node is None:
            return
        self._current = theme_id
        self.name_edit.setText(node.name)  # type: ignore[attr-defined]  # the node is a ThemeNode: the tree holds nothing else
        self.keywords_edit.setText(node.keywords)  # type: ignore[attr-defined]  # the node is a ThemeNode: the tree holds nothing else
        self.active_check.setChecked(node.active)  # type: ignore[attr-defined]  # the node is a ThemeNode: the tree holds nothing else
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_id)))

    def new_theme(self) -> None:
        self._start_new(None)

    def new_sub_theme(self) -> None:
        item = self.tree.currentItem()
        parent_id = None
        if item is not None:
            tid = item.data(0, Qt.ItemDataRole.UserRole)
            _node, parent = self._find(tid)
            parent_id = parent or tid
        self._start_new(parent_id)

    def _start_new(self, parent_id: str | None) -> None:
        self.tree.clearSelection()
        self._current = None
        self._creating_under = parent_id
        self.name_edit.clear()
        self.keywords_edit.clear()
        self.active_check.setChecked(True)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_id)))
        self._refuse([])
        self.name_edit.setFocus()

    def save(self) -> None:
        name = self.name_edit.text()
        keywords = self.keywords_edit.text()
        parent_id = self.parent_combo.currentData()
        try:
            if self._current is None:
                theme_id = self._service.add_theme(name, parent_id, keywords)
                if not self.active_check.isChecked():
                    self._service.set_theme_active(theme_id, False)
            else:
                theme_id = self._current
                self._service.update_theme(
                    theme_id, name, keywords, parent_id, self.active_check.isChecked()
                )
        except ReceptionRefused as refused:
            self._refuse(refused.codes)
            return
        self.reload(select=theme_id)

    def _refuse(self, codes: list[ReceptionError] | tuple[ReceptionError, ...]) -> None:
        """Say why, and outline the field it is about (none: all well)."""
        show_error(self.error_label, "\n".join(theme_error_text(c) for c in codes))
        for widget, its_codes in (
            (self.name_edit, _NAME_ERRORS),
            (self.keywords_edit, {ReceptionError.KEYWORDS_TOO_LONG}),
            (self.parent_combo, _PLACE_ERRORS),
        ):
            set_invalid(widget, any(c in its_codes for c in codes))

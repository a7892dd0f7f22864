"""What a screen says, and whether it says it in English: every text a user can read on a
widget tree (labels, buttons, fields' hints, tool tips, tabs, titles, table headings and
cells, lists and combo boxes)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: Words of English that are not also French words: one of them in a French screen is a
#: text left untranslated (or glued from English pieces).
ENGLISH = frozenset(
    [
        "the",
        "and",
        "with",
        "your",
        "you",
        "this",
        "that",
        "from",
        "are",
        "is",
        "was",
        "were",
        "will",
        "would",
        "should",
        "could",
        "not",
        "none",
        "yet",
        "to",
        "for",
        "it",
        "its",
        "be",
        "been",
        "has",
        "have",
        "by",
        "which",
        "what",
        "who",
        "when",
        "where",
        "there",
        "their",
        "they",
        "of",
        "any",
        "all",
        "new",
        "open",
        "save",
        "cancel",
        "delete",
        "close",
        "search",
        "please",
        "here",
        "only",
        "than",
        "then",
        "each",
        "every",
        "remove",
        "add",
        "edit",
        "choose",
        "select",
        "no",
        "yes",
        "done",
        "back",
        "next",
        "previous",
        "show",
        "hide",
        "settings",
        "reception",
        "people",
        "councils",
        "events",
        "printing",
        "privacy",
        "overview",
        "visit",
        "visits",
        "ticket",
        "tickets",
        "follow-up",
        "follow-ups",
        "today",
        "yesterday",
        "week",
        "month",
        "year",
        "count",
        "nobody",
        "someone",
        "anyone",
        "nothing",
        "something",
        "file",
        "files",
        "folder",
        "folders",
        "device",
        "devices",
    ]
)
#: A word, accented letters and digits included ("Allô" is not "All", nor "Open311" "Open").
WORD = re.compile(r"[^\W_]+")


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every text a user can read on `root` and its visible children."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.isWindow() and widget.windowTitle():
            yield widget, widget.windowTitle()
        if widget.toolTip():
            yield widget, _plain(widget.toolTip())
        if widget.accessibleName():
            yield widget, widget.accessibleName()
        if isinstance(widget, QLabel):
            yield widget, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield widget, widget.text().replace("&", "")
        elif isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield widget, widget.placeholderText()
            yield widget, widget.toPlainText()
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield widget, widget.tabText(i)
                yield widget, widget.tabToolTip(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield widget, widget.itemText(i)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            top = QModelIndex()
            try:
                columns = model.columnCount(top)
            except TypeError:  # a list's model keeps its column count private: one column
                columns = 1
            for column in range(columns):
                yield widget, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                yield (
                    widget,
                    str(
                        model.headerData(
                            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                        )
                        or ""
                    ),
                )
            for row in range(min(model.rowCount(top), 30)):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            yield widget, value


def english_words(text: str) -> list[str]:
    """The English words of `text` (lower case), none in a French sentence."""
    return [w for w in WORD.findall(text) if w.lower() in ENGLISH]

"""The Sync page's building blocks: a message line that says how things went, and the two
sides of a conflict (who wrote the value, the value, the button that keeps it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def message(kind: str) -> QLabel:
    """A hidden message line of a `kind` ("success", "error", or "" for none yet)."""
    label = QLabel()
    label.setObjectName("message")
    label.setProperty("kind", kind)
    label.setWordWrap(True)
    label.hide()
    return label


def say(label: QLabel, text: str, kind: str | None = None) -> None:
    """Write a message (and change its kind), or hide it when there is nothing to say."""
    if kind is not None and label.property("kind") != kind:
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


class _ValueLabel(QLabel):
    """A competing value in large type, or in ordinary bold type when one of its words
    (an e-mail address, say) would not fit the width in large type: never cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Both sides get the same width, whatever the length of their value.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.normal = QFont(self.font())
        self.normal.setBold(True)
        self.large = QFont(self.normal)
        self.large.setPointSizeF(self.normal.pointSizeF() * 1.45)
        self.setFont(self.large)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        words = self.text().split() or [""]
        widest = max(QFontMetrics(self.large).horizontalAdvance(w) for w in words)
        font = self.large if widest <= self.contentsRect().width() else self.normal
        if font != self.font():
            self.setFont(font)


class _ValueSide(QFrame):
    """One of the two competing values: who wrote it, the value, and the button to keep it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setProperty("accent", False)
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 14, 18, 16)
        box.setSpacing(8)
        self.device_label = QLabel()
        self.device_label.setObjectName("muted")
        self.device_label.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setObjectName("badge")
        self.value_label = _ValueLabel()
        self.value_label.setObjectName("conflictValue")
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("primary")
        self.keep_button.setMinimumHeight(44)
        self.keep_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        box.addWidget(self.device_label)
        box.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.value_label)
        box.addStretch(1)
        box.addWidget(self.keep_button)

"""One figure of the quality page, large, with the count it rests on below it and its
definition as a tooltip (and for screen readers)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from citizenspace.views.reception.quality.charts import MUTED
from citizenspace.views.reception.words import NO_DATA


class IndicatorCard(QFrame):
    """One figure, large, with the count it rests on below and its definition as tooltip."""

    def __init__(self, title: str, definition: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(definition)
        self.setAccessibleDescription(definition)
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.value = QLabel(NO_DATA)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.basis = QLabel("")
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet(f"color: {MUTED.name()};")
        for w in (self.title, self.value, self.basis):
            layout.addWidget(w)
        layout.addStretch(1)

    def show_figure(self, value: str, basis: str) -> None:
        self.value.setText(value)
        self.basis.setText(basis)
        self.setAccessibleName(f"{self.title.text()}: {value}")

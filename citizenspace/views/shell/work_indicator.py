"""What the application does by itself, in the status bar: opening the database (a check, a
backup, an upgrade), the daily anonymisation. A sentence, a progress bar and a Cancel button
where stopping is safe, so that long work never leaves the user in front of a still window.

Imports nothing but Qt: the window shows it before the database (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

#: Background work shorter than this shows nothing: a bar that flashes is noise.
SHOW_AFTER_MS = 250


class WorkIndicator(QWidget):
    """What the application is doing by itself, in the status bar: a sentence, a progress
    bar (busy when the length is unknown) and a Cancel button, shown only when the work
    lasts more than `SHOW_AFTER_MS`. The button is disabled while stopping is not safe (the
    sentence then says why)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(parent)
        self.setObjectName("workIndicator")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(8)
        self.label = QLabel("")
        self.label.setObjectName("workText")
        self.bar = QProgressBar()
        self.bar.setObjectName("workBar")
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setMaximumHeight(14)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("workCancel")
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.cancel_button.clicked.connect(self._cancel)
        row.addStretch(1)  # room to spare goes before the sentence, not into the button
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self._working = False
        self._stopping = False
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(show_after_ms)
        self._delay.timeout.connect(self._appear)
        self.hide()

    @property
    def working(self) -> bool:
        return self._working

    def begin(self, text: str, *, cancellable: bool = True) -> None:
        """Work starts: shown if it still runs `SHOW_AFTER_MS` later."""
        self._working = True
        self._stopping = False
        self.cancel_button.setText(self.tr("Cancel"))
        self.step(None, text, cancellable=cancellable)
        if not self.isVisible():
            self._delay.start()

    def step(self, fraction: float | None, text: str = "", *, cancellable: bool = True) -> None:
        """How far it is (None: not known), what it does now, whether it may be stopped."""
        if text:
            self.label.setText(text)
            self.bar.setAccessibleName(text)
            # Said whole: the sync line beside it gives way (its tooltip keeps all of it).
            self.label.setMinimumWidth(self.label.sizeHint().width())
            self.setMinimumWidth(self.layout().minimumSize().width())
        if fraction is None:
            self.bar.setRange(0, 0)  # busy: moves without saying how far
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(1.0, max(0.0, fraction))))
        self.cancel_button.setEnabled(cancellable and not self._stopping)

    def end(self) -> None:
        self._working = False
        self.setToolTip("")
        self._delay.stop()
        self.hide()

    def _appear(self) -> None:
        if self._working:
            self.show()

    def _cancel(self) -> None:
        # Stopping happens at the next safe point: say so, and do not ask twice.
        self._stopping = True
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()

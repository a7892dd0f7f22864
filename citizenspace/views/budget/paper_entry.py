"""Paper ballots typed in by the coordinators, one after the other, keyboard first: scan or
type the serial, Enter, tick with the keyboard or the mouse, Enter saves and the cursor is
back in the serial field for the next ballot. With double entry, two people type each
ballot and the typings that differ are set aside for a third look."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from citizenspace.services.budget.budget import (
    BudgetService,
    KioskEdition,
    PaperOutcome,
    VoteRefused,
)
from citizenspace.views.budget.words import money, paper_refusal


class PaperEntry(QWidget):
    """Typing in paper ballots, one after the other."""

    saved = Signal()

    def __init__(self, service: BudgetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._edition: KioskEdition | None = None
        self.count = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Scan or type the serial printed on the ballot, press Enter, tick the projects "
                "ticked on the paper, then press Enter to save."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.double_box = QCheckBox(self.tr("Double entry: two people type each ballot"))
        self.double_box.setToolTip(
            self.tr(
                "A ballot is counted once two typings of its serial agree; typings that differ "
                "are set aside below for a third look."
            )
        )
        self.double_box.toggled.connect(self._double_toggled)
        layout.addWidget(self.double_box)
        form = QFormLayout()
        self.serial_edit = QLineEdit()
        self.serial_edit.setAccessibleName(self.tr("Ballot serial"))
        self.serial_edit.returnPressed.connect(self._serial_entered)
        form.addRow(self.tr("Serial"), self.serial_edit)
        layout.addLayout(form)
        # The ballot's projects, in two columns when they fit (a ballot is read down the
        # first column, then the second, as Tab goes); past the room there is, they scroll.
        self.boxes_holder = QWidget()
        self.boxes_layout = QGridLayout(self.boxes_holder)
        self.boxes_layout.setContentsMargins(0, 0, 0, 0)
        self.boxes_scroll = QScrollArea()
        self.boxes_scroll.setWidgetResizable(True)
        self.boxes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.boxes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.boxes_scroll.setWidget(self.boxes_holder)
        layout.addWidget(self.boxes_scroll)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the ballot"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addLayout(row)
        self.tally_label = QLabel("")
        layout.addWidget(self.tally_label)
        self.review_title = QLabel(self.tr("Typings that differ: type these ballots again"))
        self.review_title.setObjectName("sectionTitle")
        self.review_list = QListWidget()
        self.review_list.setMaximumHeight(160)
        layout.addWidget(self.review_title)
        layout.addWidget(self.review_list)
        layout.addStretch(1)
        self.boxes: dict[str, QCheckBox] = {}
        self._columns = 0

    def set_edition(self, edition: KioskEdition) -> None:
        """The ballot of `edition`. The page reads it again whenever it is shown and after
        every sync round that changed something: the same ballot keeps what is being typed
        (the serial, the ticks), a changed one is built afresh."""
        same = (
            self._edition is not None
            and self._edition.id == edition.id
            and self._edition.projects == edition.projects
        )
        self._edition = edition
        self.double_box.blockSignals(True)
        self.double_box.setChecked(self._service.double_entry(edition.id))
        self.double_box.blockSignals(False)
        if same:
            self._refresh_review()
            return
        # The last edition's boxes leave the screen now, not once deleted: a page shown
        # again before the event loop ran listed every project twice.
        for box in self.boxes.values():
            self.boxes_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes = {}
        for project in edition.projects:
            box = QCheckBox(f"{project.title} — {money(project.cost_cents)}")
            box.installEventFilter(self)
            self.boxes[project.id] = box
        self._columns = 0
        self._arrange()
        self.clear()
        self._refresh_review()

    def _arrange(self) -> None:
        """Two columns when the longest line fits in half the width, else one."""
        boxes = list(self.boxes.values())
        widest = max((box.sizeHint().width() for box in boxes), default=0)
        margins = self.layout().contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.contentsRect().width() - margins.left() - margins.right() - bar
        gap = self.boxes_layout.horizontalSpacing()
        columns = 2 if len(boxes) > 4 and 2 * widest + gap <= room else 1
        if columns == self._columns:
            return
        self._columns = columns
        for box in boxes:
            self.boxes_layout.removeWidget(box)
        rows = -(-len(boxes) // columns) if boxes else 0
        for i, box in enumerate(boxes):
            self.boxes_layout.addWidget(box, i % rows, i // rows)
            box.show()
        for column in range(2):
            self.boxes_layout.setColumnStretch(column, 1 if column < columns else 0)
        # As tall as the boxes, no taller; shorter (and scrolling) only when room runs out.
        self.boxes_scroll.setMaximumHeight(self.boxes_holder.sizeHint().height() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._arrange()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._arrange()

    def _double_toggled(self, on: bool) -> None:
        if self._edition is not None:
            self._service.set_double_entry(self._edition.id, on)
            self._refresh_review()

    def _refresh_review(self) -> None:
        if self._edition is None:
            return
        if self.double_box.isChecked():
            self._service.settle_paper_entries(self._edition.id)
        titles = {p.id: p.title for p in self._edition.projects}
        items = self._service.paper_to_review(self._edition.id)
        self.review_list.clear()
        for item in items:
            typings = " / ".join(
                ", ".join(titles.get(pid, pid) for pid in typing) for typing in item.typings
            )
            self.review_list.addItem(f"{item.serial}: {typings}")
        shown = self.double_box.isChecked() or bool(items)
        self.review_title.setVisible(shown)
        self.review_list.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched in self.boxes.values()
        ):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        self.serial_edit.clear()
        for box in self.boxes.values():
            box.setChecked(False)
        self.serial_edit.setFocus()

    def _serial_entered(self) -> None:
        if self.boxes:
            next(iter(self.boxes.values())).setFocus()

    def save(self) -> None:
        if self._edition is None:
            return
        chosen = [pid for pid, box in self.boxes.items() if box.isChecked()]
        try:
            outcome = self._service.record_paper_ballot(
                self._edition.id, self.serial_edit.text(), chosen
            )
        except VoteRefused as refused:
            self.message.setText(paper_refusal(refused))
            if refused.code is not None:
                self.serial_edit.setFocus()
                self.serial_edit.selectAll()
            return
        self.count += 1
        if outcome is PaperOutcome.WAITING:
            self.message.setText(
                self.tr("First typing saved. A second person types this ballot again.")
            )
        elif outcome is PaperOutcome.MISMATCH:
            self.message.setText(
                self.tr("The two typings differ: this ballot is set aside below for review.")
            )
        else:
            self.message.setText(self.tr("Saved. Next ballot."))
        self.tally_label.setText(self.tr("%n ballot(s) entered in this session.", "", self.count))
        self.clear()
        self._refresh_review()
        self.saved.emit()

"""Reception quality: the dashboard of the Services Publics+ label, and the mystery surveys.

For the coordinator who reports to the elected officials and prepares the label's audit:
each figure shows the count it rests on and a tooltip that defines it; "no data" is shown
as such, never as 0 %. Charts are drawn with QPainter (QtCharts is not in the Essentials
wheel). All figures come from `QualityService`; nothing is computed from rows here.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPainterPath, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import Channel
from citizenspace.domain.reception import quality as q
from citizenspace.services.reception.quality import (
    QualityError,
    QualityInvalid,
    QualityReport,
    QualitySettings,
    SurveyInput,
    SurveySummary,
)
from citizenspace.views.common.context import Services
from citizenspace.views.common.labels import enum_label

INK = QColor("#1d3557")
MEDIAN = QColor("#457b9d")
P90 = QColor("#e76f51")
GOOD = QColor("#2a9d8f")
GRID = QColor("#d9dee5")
MUTED = QColor("#6c757d")
SATISFACTION_COLOURS = (QColor("#c0392b"), QColor("#e67e22"), QColor("#8fbf6a"), QColor("#2a9d8f"))
#: The share of in-person visits served within the target wait the office aims for.
GOAL_WITHIN_TARGET = 0.8
CUSTOM = "custom"
NO_DATA = "—"


def _is_french() -> bool:
    return QLocale().language() == QLocale.Language.French


def percent_text(value: float | None, decimals: int = 1) -> str:
    """87.5 % the French way (comma, narrow no-break space before %), or 87.5% in English."""
    if value is None:
        return NO_DATA
    number = QLocale().toString(float(value) * 100, "f", decimals)
    return number + ("\u202f%" if _is_french() else "%")


# =========================================================================== charts


class _Chart(QWidget):
    """A titled plot area with a left axis; subclasses draw into `plot`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(300, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def _frame(self, painter: QPainter) -> QRectF:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(INK)
        fm = painter.fontMetrics()
        painter.drawText(QRectF(8, 4, self.width() - 16, fm.height() + 4), self.title)
        painter.setFont(self.font())
        fm = painter.fontMetrics()
        top = fm.height() * 2 + 14
        return QRectF(fm.horizontalAdvance("0000") + 16, top, 0, 0).adjusted(
            0, 0, self.width() - fm.horizontalAdvance("0000") - 28, self.height() - top - 28
        )

    def _y_axis(self, painter: QPainter, plot: QRectF, top: float, ticks: list[float], fmt) -> None:  # noqa: ANN001
        fm = painter.fontMetrics()
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt(tick),
            )

    def _x_labels(self, painter: QPainter, plot: QRectF, labels: list[str]) -> None:
        if not labels:
            return
        fm = painter.fontMetrics()
        step = plot.width() / len(labels)
        every = max(1, int((fm.horizontalAdvance("MMMM") + 4) // max(step, 1)) + 1)
        painter.setPen(MUTED)
        for i, label in enumerate(labels):
            if i % every:
                continue
            painter.drawText(
                QRectF(plot.left() + i * step - 10, plot.bottom() + 4, step + 20, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )

    def _legend(self, painter: QPainter, items: list[tuple[QColor, str, bool]]) -> None:
        """Legend on the second line: (colour, text, dashed line rather than a block)."""
        fm = painter.fontMetrics()
        x, y = 10.0, fm.height() + 10
        for colour, label, dashed in items:
            if dashed:
                painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(x, y + fm.height() / 2), QPointF(x + 18, y + fm.height() / 2)
                )
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(QRectF(x, y + 3, 14, fm.height() - 6), 2, 2)
            painter.setPen(INK)
            painter.drawText(QPointF(x + 24, y + fm.ascent()), label)
            x += 24 + fm.horizontalAdvance(label) + 18


def _nice_top(value: float, steps: int = 4) -> tuple[float, list[float]]:
    """A round maximum for an axis and its ticks."""
    if value <= 0:
        return 1.0, [0.0, 1.0]
    raw = value / steps
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw:
            break
    return step * steps, [step * k for k in range(steps + 1)]


class WaitChart(_Chart):
    """Median (bars) and 90th percentile (line) of waiting times, month by month, in
    minutes, with the target wait as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Waiting time by month (minutes)"), parent)
        self.months: list[tuple[str, float | None, float | None]] = []
        self.target_minutes = 10

    def set_data(self, months: list[tuple[str, float | None, float | None]], target: int) -> None:
        self.months, self.target_minutes = months, target
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QPainter(self)
        plot = self._frame(painter)
        self._legend(
            painter,
            [
                (MEDIAN, self.tr("Median"), False),
                (P90, self.tr("90th percentile"), False),
                (GOOD, self.tr("Target"), True),
            ],
        )
        highest = max(
            [self.target_minutes] + [v for _l, m, p in self.months for v in (m, p) if v is not None]
        )
        top, ticks = _nice_top(highest * 1.1)
        self._y_axis(painter, plot, top, ticks, lambda t: QLocale().toString(float(t), "f", 0))
        n = max(1, len(self.months))
        step = plot.width() / n

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / top

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MEDIAN)
        for i, (_label, median, _p90) in enumerate(self.months):
            if median is not None:
                w = min(step * 0.5, 48)
                x = plot.left() + i * step + (step - w) / 2
                painter.drawRect(QRectF(x, y_of(median), w, plot.bottom() - y_of(median)))
        path = QPainterPath()
        started = False
        points = []
        for i, (_label, _median, p90) in enumerate(self.months):
            if p90 is None:
                started = False
                continue
            point = QPointF(plot.left() + i * step + step / 2, y_of(p90))
            points.append(point)
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(P90, 2))
        painter.drawPath(path)
        painter.setBrush(P90)
        for point in points:
            painter.drawEllipse(point, 3, 3)
        painter.setPen(QPen(GOOD, 2, Qt.PenStyle.DashLine))
        y = y_of(self.target_minutes)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        self._x_labels(painter, plot, [m[0] for m in self.months])
        painter.end()


class TargetChart(_Chart):
    """Share of in-person visits served within the target wait, month by month, against
    the goal line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Served within the target wait, by month"), parent)
        self.months: list[tuple[str, float | None]] = []
        self.goal = GOAL_WITHIN_TARGET

    def set_data(self, months: list[tuple[str, float | None]]) -> None:
        self.months = months
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QPainter(self)
        plot = self._frame(painter)
        self._legend(
            painter,
            [
                (GOOD, self.tr("Goal reached"), False),
                (P90, self.tr("Below the goal"), False),
                (INK, self.tr("Goal: %1").replace("%1", percent_text(self.goal, 0)), True),
            ],
        )
        ticks = [0.0, 0.25, 0.5, 0.75, 1.0]
        self._y_axis(painter, plot, 1.0, ticks, lambda t: percent_text(t, 0))
        n = max(1, len(self.months))
        step = plot.width() / n
        painter.setPen(Qt.PenStyle.NoPen)
        for i, (_label, share) in enumerate(self.months):
            if share is None:
                continue
            painter.setBrush(GOOD if share >= self.goal else P90)
            h = plot.height() * share
            w = min(step * 0.6, 56)
            x = plot.left() + i * step + (step - w) / 2
            painter.drawRect(QRectF(x, plot.bottom() - h, w, h))
        painter.setPen(QPen(INK, 2, Qt.PenStyle.DashLine))
        y = plot.bottom() - plot.height() * self.goal
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        self._x_labels(painter, plot, [m[0] for m in self.months])
        painter.end()


class SatisfactionChart(_Chart):
    """How many visitors answered 1, 2, 3 or 4, as horizontal bars with their share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Satisfaction answers"), parent)
        self.counts: tuple[int, int, int, int] = (0, 0, 0, 0)

    def set_counts(self, counts: tuple[int, int, int, int]) -> None:
        self.counts = counts
        self.update()

    def labels(self) -> list[str]:
        return [
            self.tr("1 Very dissatisfied"),
            self.tr("2 Dissatisfied"),
            self.tr("3 Satisfied"),
            self.tr("4 Very satisfied"),
        ]

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QPainter(self)
        plot = self._frame(painter)
        fm = painter.fontMetrics()
        labels = self.labels()
        label_w = max(fm.horizontalAdvance(t) for t in labels) + 12
        total = sum(self.counts)
        most = max(self.counts) or 1
        row = plot.height() / 4
        for i, (label, count) in enumerate(zip(labels, self.counts, strict=True)):
            y = plot.top() + i * row
            painter.setPen(INK)
            painter.drawText(
                QRectF(8, y, label_w - 8, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            room = self.width() - label_w - 120
            w = room * count / most
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SATISFACTION_COLOURS[i])
            painter.drawRoundedRect(QRectF(label_w, y + row * 0.2, max(w, 1), row * 0.6), 3, 3)
            painter.setPen(INK)
            share = percent_text(count / total if total else None, 0)
            painter.drawText(
                QRectF(label_w + w + 8, y, 120, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{QLocale().toString(count)} ({share})",
            )
        painter.end()


# =========================================================================== cards


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
        self.basis.setStyleSheet("color: #6c757d;")
        for w in (self.title, self.value, self.basis):
            layout.addWidget(w)
        layout.addStretch(1)

    def show_figure(self, value: str, basis: str) -> None:
        self.value.setText(value)
        self.basis.setText(basis)
        self.setAccessibleName(f"{self.title.text()}: {value}")


# =========================================================================== survey dialog


class CriterionRow(QWidget):
    """A criterion and its three answers. Arrow keys move between the answers; 1 (met),
    0 (not met) or Delete (not observed) answer and go on to the next criterion."""

    answered = Signal()

    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label)
        layout.addWidget(self.label, 1)
        self.group = QButtonGroup(self)
        self.met = QRadioButton(self.tr("Met"))
        self.not_met = QRadioButton(self.tr("Not met"))
        self.unseen = QRadioButton(self.tr("Not observed"))
        # Ids 1 met, 0 not met, 2 not observed (negative ids are QButtonGroup's own).
        for value, button in ((1, self.met), (0, self.not_met), (2, self.unseen)):
            self.group.addButton(button, value)
            button.setAccessibleName(f"{label}: {button.text()}")
            layout.addWidget(button)
        self.unseen.setChecked(True)
        self.label.setBuddy(self.unseen)

    def value(self) -> bool | None:
        checked = self.group.checkedId()
        return None if checked not in (0, 1) else bool(checked)

    def set_value(self, value: bool | None) -> None:
        {None: self.unseen, True: self.met, False: self.not_met}[value].setChecked(True)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        keys = {Qt.Key.Key_1: True, Qt.Key.Key_0: False, Qt.Key.Key_Delete: None}
        if event.key() in keys:
            event.accept()
            self.set_value(keys[event.key()])
            self.answered.emit()
            return
        super().keyPressEvent(event)


class SurveyDialog(QDialog):
    """Grade a mystery-survey visit, call or letter against its channel's grid."""

    saved = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quality = services.quality
        self.setWindowTitle(self.tr("Grade a mystery survey"))
        self.setMinimumWidth(780)
        self.rows: list[CriterionRow] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        today = self._quality.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("&Date"), self.date_edit)
        self.site_combo = QComboBox()
        self.site_combo.addItem(self.tr("(no site)"), None)
        for site_id, name in self._quality.sites():
            self.site_combo.addItem(name, site_id)
        # The site this machine stands at, as the likeliest one.
        here = services.settings.load().site_id
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(here)))
        form.addRow(self.tr("&Site"), self.site_combo)
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(enum_label(channel), channel.value)
        form.addRow(self.tr("&Channel"), self.channel_combo)
        self.surveyor_edit = QLineEdit()
        self.surveyor_edit.setMaxLength(120)
        self.surveyor_edit.setPlaceholderText(self.tr("Firm or person who made the survey"))
        form.addRow(self.tr("Sur&veyor"), self.surveyor_edit)
        layout.addLayout(form)
        self.grid_title = QLabel("")
        self.grid_title.setObjectName("sectionTitle")
        layout.addWidget(self.grid_title)
        self.hint = QLabel(
            self.tr("For each criterion: 1 met, 0 not met, Delete not observed; Tab for the next.")
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6c757d;")
        layout.addWidget(self.hint)
        self.criteria_box = QWidget()
        self.criteria_layout = QVBoxLayout(self.criteria_box)
        self.criteria_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.criteria_box)
        self.comment_edit = QLineEdit()
        self.comment_edit.setMaxLength(1000)
        comment_form = QFormLayout()
        comment_form.addRow(self.tr("Co&mment"), self.comment_edit)
        layout.addLayout(comment_form)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        layout.addWidget(self.buttons)
        self.channel_combo.currentIndexChanged.connect(self._build_grid)
        self._build_grid()

    def _build_grid(self) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        grid = q.grid_for(self.channel_combo.currentData())
        self.grid_title.setText(grid_title(grid))
        previous: QWidget = self.surveyor_edit
        for key in q.CRITERIA[grid]:
            row = CriterionRow(key, criterion_label(key), self.criteria_box)
            self.criteria_layout.addWidget(row)
            row.answered.connect(partial(self._next_after, len(self.rows)))
            self.rows.append(row)
            for button in (row.met, row.not_met, row.unseen):
                QWidget.setTabOrder(previous, button)
                previous = button
        QWidget.setTabOrder(previous, self.comment_edit)
        self.adjustSize()

    def _next_after(self, index: int) -> None:
        if index + 1 < len(self.rows):
            self.rows[index + 1].group.checkedButton().setFocus()
        else:
            self.comment_edit.setFocus()

    def first_criterion(self) -> QRadioButton:
        return self.rows[0].group.checkedButton()

    def answers(self) -> dict[str, bool | None]:
        return {row.key: row.value() for row in self.rows}

    def save(self) -> None:
        d = self.date_edit.date()
        survey = SurveyInput(
            surveyed_on=date(d.year(), d.month(), d.day()),
            site_id=self.site_combo.currentData(),
            channel=Channel(self.channel_combo.currentData()),
            answers=self.answers(),
            surveyor=self.surveyor_edit.text(),
            comment=self.comment_edit.text(),
        )
        try:
            row = self._quality.record_survey(survey)
        except QualityInvalid as refused:
            self.message.setText(" ".join(error_text(e) for e in refused.errors))
            return
        self.saved.emit(row.id)
        self.accept()


# =========================================================================== words


def _t(source: str) -> str:
    return QCoreApplication.translate("QualityView", source)


def error_text(error: QualityError) -> str:
    texts = {
        QualityError.PERIOD_REVERSED: QT_TRANSLATE_NOOP(
            "QualityView", "The period ends before it starts."
        ),
        QualityError.TARGET_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
            "QualityView", "The target wait must be 1 to 240 minutes."
        ),
        QualityError.DELAY_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
            "QualityView", "The announced delay must be 1 to 365 days."
        ),
        QualityError.DATE_IN_FUTURE: QT_TRANSLATE_NOOP(
            "QualityView", "The survey's date is in the future."
        ),
        QualityError.UNKNOWN_SITE: QT_TRANSLATE_NOOP(
            "QualityView", "This site no longer exists: choose another one."
        ),
        QualityError.UNKNOWN_CHANNEL: QT_TRANSLATE_NOOP(
            "QualityView", "Choose how the survey contacted the office."
        ),
        QualityError.UNKNOWN_CRITERION: QT_TRANSLATE_NOOP(
            "QualityView", "An answer is not on this channel's grid."
        ),
        QualityError.BAD_ANSWER: QT_TRANSLATE_NOOP(
            "QualityView", "Each criterion is met, not met or not observed."
        ),
        QualityError.NOTHING_OBSERVED: QT_TRANSLATE_NOOP(
            "QualityView", "Mark at least one criterion as met or not met."
        ),
        QualityError.SURVEYOR_TOO_LONG: QT_TRANSLATE_NOOP(
            "QualityView", "The surveyor's name is too long."
        ),
        QualityError.COMMENT_TOO_LONG: QT_TRANSLATE_NOOP(
            "QualityView", "The comment is too long (1,000 characters at most)."
        ),
        QualityError.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
            "QualityView", "Export to a .csv or .xlsx file."
        ),
    }
    return _t(texts[error]) if error in texts else error.value


def grid_title(grid: q.Grid) -> str:
    titles = {
        q.Grid.DESK: QT_TRANSLATE_NOOP("QualityView", "Grid: at the desk (and the bus)"),
        q.Grid.PHONE: QT_TRANSLATE_NOOP("QualityView", "Grid: on the phone (and Allô mairie)"),
        q.Grid.WRITTEN: QT_TRANSLATE_NOOP("QualityView", "Grid: written requests (e-mail, letter)"),
    }
    return _t(titles[grid])


def grid_name(grid: q.Grid) -> str:
    names = {
        q.Grid.DESK: QT_TRANSLATE_NOOP("QualityView", "Desk"),
        q.Grid.PHONE: QT_TRANSLATE_NOOP("QualityView", "Phone"),
        q.Grid.WRITTEN: QT_TRANSLATE_NOOP("QualityView", "Written"),
    }
    return _t(names[grid])


def criterion_label(key: str) -> str:
    """The wording of a charter criterion (the grid's keys are in `domain.quality`)."""
    labels = {
        "greeted": QT_TRANSLATE_NOOP("QualityView", "Greeted with a hello as soon as they arrived"),
        "staff_identifiable": QT_TRANSLATE_NOOP(
            "QualityView", "Staff member identifiable (badge, name plate)"
        ),
        "wait_announced": QT_TRANSLATE_NOOP("QualityView", "Waiting time announced, or no wait"),
        "wait_short": QT_TRANSLATE_NOOP("QualityView", "Served within the target wait"),
        "clear_orientation": QT_TRANSLATE_NOOP(
            "QualityView", "Clear orientation to the right service or body"
        ),
        "confidentiality": QT_TRANSLATE_NOOP("QualityView", "Could speak without being overheard"),
        "accessibility": QT_TRANSLATE_NOOP(
            "QualityView", "Accessible to people with reduced mobility, seating"
        ),
        "signage": QT_TRANSLATE_NOOP(
            "QualityView", "Signs and opening hours easy to find and read"
        ),
        "complete_answer": QT_TRANSLATE_NOOP(
            "QualityView", "Question answered, or a next step given"
        ),
        "answered_5_rings": QT_TRANSLATE_NOOP("QualityView", "Answered within 5 rings"),
        "identification": QT_TRANSLATE_NOOP(
            "QualityView", "Service and agent introduced themselves"
        ),
        "courtesy": QT_TRANSLATE_NOOP("QualityView", "Polite and listening"),
        "clear_answer": QT_TRANSLATE_NOOP(
            "QualityView", "Clear answer, or a call back offered and kept"
        ),
        "transfer_ok": QT_TRANSLATE_NOOP("QualityView", "If transferred, the call was not lost"),
        "within_delay": QT_TRANSLATE_NOOP("QualityView", "Answered within the announced delay"),
        "acknowledged": QT_TRANSLATE_NOOP(
            "QualityView", "Receipt acknowledged when the answer takes time"
        ),
        "clear_complete": QT_TRANSLATE_NOOP(
            "QualityView", "Clear, complete answer in plain language"
        ),
        "names_contact": QT_TRANSLATE_NOOP(
            "QualityView", "Names a contact (name, service, phone or e-mail)"
        ),
        "redirected_if_needed": QT_TRANSLATE_NOOP(
            "QualityView", "Sent on to the competent body, citizen told"
        ),
    }
    return _t(labels[key]) if key in labels else key.replace("_", " ")


# =========================================================================== the page


class QualityView(QWidget):
    """The Quality tab of the Reception area."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._quality = services.quality
        self.report: QualityReport | None = None
        self.summary: SurveySummary | None = None
        self.dialog: SurveyDialog | None = None
        self._loading = False
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.period_combo = QComboBox()
        for kind, text in (
            (q.PeriodKind.THIS_MONTH, self.tr("This month")),
            (q.PeriodKind.LAST_MONTH, self.tr("Last month")),
            (q.PeriodKind.THIS_QUARTER, self.tr("This quarter")),
            (q.PeriodKind.THIS_YEAR, self.tr("This year")),
            (q.PeriodKind.LAST_12_MONTHS, self.tr("Last 12 months")),
            (CUSTOM, self.tr("Custom dates")),
        ):
            self.period_combo.addItem(text, str(kind))
        self.period_combo.setCurrentIndex(4)
        period_label = QLabel(self.tr("&Period"))
        period_label.setBuddy(self.period_combo)
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo)
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        bar.addWidget(QLabel(self.tr("from")))
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.to_edit)
        self.site_combo = QComboBox()
        self.site_combo.setMinimumContentsLength(18)
        site_label = QLabel(self.tr("&Site"))
        site_label.setBuddy(self.site_combo)
        bar.addSpacing(12)
        bar.addWidget(site_label)
        bar.addWidget(self.site_combo, 1)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Save the indicators, per site and month, with their counts (CSV or Excel)")
        )
        self.export_button.clicked.connect(self._ask_export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._indicators_tab(), self.tr("Indicators"))
        self.tabs.addTab(self._surveys_tab(), self.tr("Mystery surveys"))
        self.tabs.addTab(self._settings_tab(), self.tr("Targets"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel("")
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)
        self.site_combo.currentIndexChanged.connect(self._load)
        self._period_changed()

    # ------------------------------------------------------------------ building

    def _indicators_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        cards = QGridLayout()
        self.cards: dict[str, IndicatorCard] = {}
        definitions = [
            (
                "median",
                self.tr("Median wait"),
                self.tr(
                    "Half of the visitors at the desk and the bus waited less than this, half "
                    "longer (with an even number of visits: the mean of the two middle waits)."
                ),
            ),
            (
                "p90",
                self.tr("90th percentile wait"),
                self.tr(
                    "9 visitors in 10 waited at most this long: the smallest wait such that at "
                    "least 90 % of waits are less or equal (nearest rank)."
                ),
            ),
            (
                "within",
                self.tr("Served within the target wait"),
                self.tr(
                    "Visitors at the desk and the bus served within the target wait (set in "
                    "Targets), out of all those served there."
                ),
            ),
            (
                "phone",
                self.tr("Phone answer rate"),
                self.tr(
                    "Calls answered on the phone and the Allô mairie line, out of all calls "
                    "logged; a missed call counts as not answered."
                ),
            ),
            (
                "written",
                self.tr("Written requests answered in time"),
                self.tr(
                    "E-mails and letters answered within the announced delay (set in Targets): "
                    "answered on the spot, from arrival to the end of the answer; through a "
                    "follow-up, from the day of the request to the ticket's closing. Requests "
                    "still open within the delay are pending and not counted yet."
                ),
            ),
            (
                "redirected",
                self.tr("Redirected"),
                self.tr(
                    "Visits, calls and requests sent on to another service or body, out of "
                    "all those served (missed calls left out)."
                ),
            ),
            (
                "satisfied",
                self.tr("Satisfaction rate"),
                self.tr("Answers 3 (satisfied) or 4 (very satisfied), out of all answers 1 to 4."),
            ),
            (
                "net",
                self.tr("Net satisfaction"),
                self.tr(
                    "Share of 4 (very satisfied) minus share of 1 and 2 (dissatisfied), in "
                    "points, from -100 to +100."
                ),
            ),
        ]
        for i, (key, title, definition) in enumerate(definitions):
            card = IndicatorCard(title, definition)
            self.cards[key] = card
            cards.addWidget(card, i // 4, i % 4)
        layout.addLayout(cards)
        charts = QGridLayout()
        self.wait_chart = WaitChart()
        self.target_chart = TargetChart()
        self.satisfaction_chart = SatisfactionChart()
        charts.addWidget(self.wait_chart, 0, 0)
        charts.addWidget(self.target_chart, 0, 1)
        charts.addWidget(self.satisfaction_chart, 0, 2)
        layout.addLayout(charts)
        title = QLabel(self.tr("By site"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.site_table = QTableWidget(0, 10)
        self.site_table.setHorizontalHeaderLabels(
            [
                self.tr("Site"),
                self.tr("Visits"),
                self.tr("Median wait"),
                self.tr("90th percentile"),
                self.tr("Within target"),
                self.tr("Phone answered"),
                self.tr("Written in time"),
                self.tr("Redirected"),
                self.tr("Satisfaction"),
                self.tr("Net satisfaction"),
            ]
        )
        self.site_table.verticalHeader().setVisible(False)
        self.site_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.site_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.site_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.site_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.site_table)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _surveys_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        head = QHBoxLayout()
        self.survey_score = QLabel("")
        self.survey_score.setObjectName("sectionTitle")
        head.addWidget(self.survey_score, 1)
        self.grade_button = QPushButton(self.tr("&Grade a survey…"))
        self.grade_button.setObjectName("primary")
        keys = QKeySequence(QKeySequence.StandardKey.New)
        self.grade_button.setToolTip(
            self.tr("Record a mystery survey against the charter's grid (%1)").replace(
                "%1", keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.grade_button.clicked.connect(self.open_survey_dialog)
        QShortcut(keys, page, self.open_survey_dialog)
        head.addWidget(self.grade_button)
        layout.addLayout(head)
        self.survey_table = QTableWidget(0, 6)
        self.survey_table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Site"),
                self.tr("Channel"),
                self.tr("Score"),
                self.tr("Surveyor"),
                self.tr("Comment"),
            ]
        )
        self.survey_table.verticalHeader().setVisible(False)
        self.survey_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.survey_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.survey_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.survey_table, 1)
        title = QLabel(self.tr("Criterion by criterion"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.criteria_table = QTableWidget(0, 6)
        self.criteria_table.setHorizontalHeaderLabels(
            [
                self.tr("Grid"),
                self.tr("Criterion"),
                self.tr("Met"),
                self.tr("Not met"),
                self.tr("Not observed"),
                self.tr("Rate"),
            ]
        )
        self.criteria_table.verticalHeader().setVisible(False)
        self.criteria_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.criteria_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.criteria_table, 2)
        return page

    def _settings_tab(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        self.target_spin = QSpinBox()
        self.target_spin.setRange(*q.TARGET_WAIT_RANGE)
        self.target_spin.setSuffix(self.tr(" min"))
        self.delay_spin = QSpinBox()
        self.delay_spin.setRange(*q.WRITTEN_DELAY_RANGE)
        self.delay_spin.setSuffix(self.tr(" days"))
        for spin in (self.target_spin, self.delay_spin):
            spin.setMaximumWidth(160)
        form.addRow(self.tr("&Target wait at the desk"), self.target_spin)
        form.addRow(self.tr("Announced &delay for written answers"), self.delay_spin)
        outer.addLayout(form)
        note = QLabel(
            self.tr(
                "These targets are shared by every machine of the city. The figures are "
                "recomputed with them at once."
            )
        )
        note.setWordWrap(True)
        outer.addWidget(note)
        row = QHBoxLayout()
        self.settings_message = QLabel("")
        self.settings_message.setObjectName("formMessage")
        row.addWidget(self.settings_message, 1)
        self.save_settings_button = QPushButton(self.tr("Save the targets"))
        self.save_settings_button.setObjectName("primary")
        self.save_settings_button.clicked.connect(self.save_settings)
        row.addWidget(self.save_settings_button)
        outer.addLayout(row)
        outer.addStretch(1)
        for spin in (self.target_spin, self.delay_spin):
            spin.lineEdit().returnPressed.connect(self.save_settings)
        return page

    # ------------------------------------------------------------------ period and loading

    def period(self) -> tuple[date, date]:
        f, t = self.from_edit.date(), self.to_edit.date()
        return date(f.year(), f.month(), f.day()), date(t.year(), t.month(), t.day())

    def _period_changed(self) -> None:
        kind = self.period_combo.currentData()
        custom = kind == CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            start, end = q.period_bounds(q.PeriodKind(kind), self._quality.today())
            self._loading = True
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
            self.to_edit.setDate(QDate(end.year, end.month, end.day))
            self._loading = False
        self._load()

    def _dates_changed(self) -> None:
        if not self._loading:
            self._load()

    def refresh(self) -> None:
        """Reload the sites, the targets and every figure (the page is shown again, or data
        came from another machine)."""
        current = self.site_combo.currentData()
        self._loading = True
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All sites"), None)
        for site_id, name in self._quality.sites():
            self.site_combo.addItem(name, site_id)
        index = self.site_combo.findData(current)
        self.site_combo.setCurrentIndex(max(0, index))
        settings = self._quality.settings()
        self.target_spin.setValue(settings.target_wait_minutes)
        self.delay_spin.setValue(settings.written_delay_days)
        self._loading = False
        if self.period_combo.currentData() != CUSTOM:
            self._period_changed()
        else:
            self._load()

    def _load(self) -> None:
        if self._loading:
            return
        start, end = self.period()
        site = self.site_combo.currentData()
        try:
            self.report = self._quality.indicators(start, end, site)
        except QualityInvalid as refused:
            self.message.setText(" ".join(error_text(e) for e in refused.errors))
            return
        self.message.setText("")
        self._show_report(self.report)
        self.summary = self._quality.surveys(start, end, site)
        self._show_surveys(self.summary)

    # ------------------------------------------------------------------ showing

    def duration_text(self, seconds: float | None) -> str:
        if seconds is None:
            return NO_DATA
        total = round(seconds)
        minutes, secs = divmod(total, 60)
        if minutes == 0:
            return self.tr("%1 s").replace("%1", QLocale().toString(secs))
        if secs == 0:
            return self.tr("%1 min").replace("%1", QLocale().toString(minutes))
        return (
            self.tr("%1 min %2 s")
            .replace("%1", QLocale().toString(minutes))
            .replace("%2", f"{secs:02d}")
        )

    def points_text(self, value: float | None) -> str:
        if value is None:
            return NO_DATA
        sign = "+" if value > 0 else ""
        return self.tr("%1 pts").replace("%1", sign + QLocale().toString(float(value), "f", 1))

    def _of(self, ratio: q.Ratio, template: str) -> str:
        loc = QLocale()
        return template.replace("%1", loc.toString(ratio.part)).replace(
            "%2", loc.toString(ratio.whole)
        )

    def _show_report(self, report: QualityReport) -> None:
        f = report.overall
        loc = QLocale()
        target = report.settings.target_wait_minutes
        no_data = self.tr("No data for this period")
        waits_basis = (
            self.tr("%1 visits at the desk and the bus").replace(
                "%1", loc.toString(f.waits_counted)
            )
            if f.waits_counted
            else no_data
        )
        self.cards["median"].show_figure(self.duration_text(f.median_wait_seconds), waits_basis)
        self.cards["p90"].show_figure(self.duration_text(f.p90_wait_seconds), waits_basis)
        self.cards["within"].show_figure(
            percent_text(f.within_target.value),
            self._of(f.within_target, self.tr("%1 of %2 within %3 min")).replace(
                "%3", loc.toString(target)
            )
            if f.within_target.whole
            else no_data,
        )
        self.cards["phone"].show_figure(
            percent_text(f.phone_answered.value),
            self._of(f.phone_answered, self.tr("%1 of %2 calls"))
            if f.phone_answered.whole
            else no_data,
        )
        written = (
            self._of(f.written_on_time, self.tr("%1 of %2 within %3 days")).replace(
                "%3", loc.toString(report.settings.written_delay_days)
            )
            if f.written_on_time.whole
            else no_data
        )
        if f.written_pending:
            written += " · " + self.tr("%1 pending").replace("%1", loc.toString(f.written_pending))
        self.cards["written"].show_figure(percent_text(f.written_on_time.value), written)
        self.cards["redirected"].show_figure(
            percent_text(f.redirected.value),
            self._of(f.redirected, self.tr("%1 of %2 served")) if f.redirected.whole else no_data,
        )
        answers_basis = (
            self.tr("%1 answers").replace("%1", loc.toString(f.satisfaction_answers))
            if f.satisfaction_answers
            else no_data
        )
        self.cards["satisfied"].show_figure(
            percent_text(f.satisfied.value),
            self._of(f.satisfied, self.tr("%1 of %2 answers")) if f.satisfied.whole else no_data,
        )
        self.cards["net"].show_figure(self.points_text(f.net_satisfaction), answers_basis)

        short = QLocale.FormatType.ShortFormat
        labels = [loc.standaloneMonthName(m.month.month, short) for m in report.monthly]
        self.wait_chart.set_data(
            [
                (
                    label,
                    None
                    if m.figures.median_wait_seconds is None
                    else m.figures.median_wait_seconds / 60,
                    None if m.figures.p90_wait_seconds is None else m.figures.p90_wait_seconds / 60,
                )
                for label, m in zip(labels, report.monthly, strict=True)
            ],
            target,
        )
        self.target_chart.set_data(
            [
                (label, m.figures.within_target.value)
                for label, m in zip(labels, report.monthly, strict=True)
            ]
        )
        self.satisfaction_chart.set_counts(f.satisfaction_counts)

        rows = report.by_site
        self.site_table.setRowCount(len(rows))
        for r, site in enumerate(rows):
            s = site.figures
            cells = [
                site.site_name or self.tr("(no site)"),
                loc.toString(s.visits),
                self.duration_text(s.median_wait_seconds),
                self.duration_text(s.p90_wait_seconds),
                percent_text(s.within_target.value),
                percent_text(s.phone_answered.value),
                percent_text(s.written_on_time.value),
                percent_text(s.redirected.value),
                percent_text(s.satisfied.value),
                self.points_text(s.net_satisfaction),
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.site_table.setItem(r, c, item)
        height = self.site_table.horizontalHeader().height() + 4
        height += sum(self.site_table.rowHeight(r) for r in range(len(rows)))
        self.site_table.setFixedHeight(max(height, 60))

    def _show_surveys(self, summary: SurveySummary) -> None:
        loc = QLocale()
        if summary.surveys:
            self.survey_score.setText(
                self.tr("%1 surveys: %2 of the criteria observed were met")
                .replace("%1", loc.toString(len(summary.surveys)))
                .replace("%2", percent_text(summary.score.value))
            )
        else:
            self.survey_score.setText(self.tr("No mystery survey in this period"))
        self.survey_table.setRowCount(len(summary.surveys))
        for r, s in enumerate(summary.surveys):
            cells = [
                loc.toString(
                    QDate(s.surveyed_on.year, s.surveyed_on.month, s.surveyed_on.day),
                    QLocale.FormatType.ShortFormat,
                ),
                s.site_name or self.tr("(no site)"),
                enum_label(s.channel),
                self.tr("%1 (%2 of %3)")
                .replace("%1", percent_text(s.score.value, 0))
                .replace("%2", loc.toString(s.score.part))
                .replace("%3", loc.toString(s.score.whole)),
                s.surveyor,
                s.comment,
            ]
            for c, value in enumerate(cells):
                self.survey_table.setItem(r, c, QTableWidgetItem(value))
        self.criteria_table.setRowCount(len(summary.criteria))
        for r, crit in enumerate(summary.criteria):
            cells = [
                grid_name(crit.grid),
                criterion_label(crit.key),
                loc.toString(crit.met),
                loc.toString(crit.not_met),
                loc.toString(crit.not_observed),
                percent_text(crit.rate.value, 0),
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.criteria_table.setItem(r, c, item)

    # ------------------------------------------------------------------ actions

    def open_survey_dialog(self) -> SurveyDialog:
        self.dialog = SurveyDialog(self._services, self)
        self.dialog.saved.connect(lambda _id: self._load())
        self.dialog.open()
        return self.dialog

    def save_settings(self) -> None:
        values = QualitySettings(self.target_spin.value(), self.delay_spin.value())
        try:
            self._quality.save_settings(values)
        except QualityInvalid as refused:
            self.settings_message.setText(" ".join(error_text(e) for e in refused.errors))
            return
        self.settings_message.setText(self.tr("Targets saved."))
        self._load()

    def _ask_export(self) -> None:
        if self.report is None:
            return
        name = self.tr("reception-indicators") + f"-{self.report.start}-{self.report.end}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the indicators"),
            name,
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """Write the figures shown to `path` (.csv or .xlsx); says where, or why not."""
        if self.report is None:
            return None
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        try:
            written = self._quality.export(
                path,
                self.report,
                labels=self.export_labels(),
                all_sites=self.tr("All sites"),
                no_site=self.tr("(no site)"),
                language="fr" if _is_french() else "en",
            )
        except QualityInvalid as refused:
            self.message.setText(" ".join(error_text(e) for e in refused.errors))
            return None
        except OSError:
            self.message.setText(
                self.tr("Could not write %1: is it open in another program?").replace(
                    "%1", str(path)
                )
            )
            return None
        self.message.setText(self.tr("Indicators saved to %1").replace("%1", str(written)))
        return written

    def export_labels(self) -> dict[str, str]:
        return {
            "from": self.tr("From"),
            "to": self.tr("To"),
            "site": self.tr("Site"),
            "visits": self.tr("Visits logged"),
            "target_wait_minutes": self.tr("Target wait (min)"),
            "waits_counted": self.tr("In-person visits with a wait"),
            "median_wait_minutes": self.tr("Median wait (min)"),
            "p90_wait_minutes": self.tr("90th percentile wait (min)"),
            "within_target": self.tr("Served within target"),
            "within_target_share": self.tr("Share served within target"),
            "calls": self.tr("Calls"),
            "calls_answered": self.tr("Calls answered"),
            "answer_rate": self.tr("Phone answer rate"),
            "written_delay_days": self.tr("Announced written delay (days)"),
            "written_counted": self.tr("Written requests answered or overdue"),
            "written_on_time": self.tr("Written requests answered in time"),
            "written_on_time_share": self.tr("Share of written requests answered in time"),
            "written_pending": self.tr("Written requests pending"),
            "served": self.tr("Visits served"),
            "redirected": self.tr("Redirected"),
            "redirected_share": self.tr("Share redirected"),
            "satisfaction_answers": self.tr("Satisfaction answers"),
            "satisfaction_1": self.tr("Answers 1"),
            "satisfaction_2": self.tr("Answers 2"),
            "satisfaction_3": self.tr("Answers 3"),
            "satisfaction_4": self.tr("Answers 4"),
            "satisfaction_rate": self.tr("Satisfaction rate"),
            "net_satisfaction": self.tr("Net satisfaction (points)"),
        }

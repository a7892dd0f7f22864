"""The quality page's charts, drawn with QPainter (QtCharts is not in the Essentials wheel):
waiting times by month, the share served within the target wait against the goal, and the
satisfaction answers. Each takes its figures ready-made from the page: nothing is computed
here but where to draw."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from citizenspace.views.reception.words import percent_text

INK = QColor("#1d3557")
MEDIAN = QColor("#457b9d")
P90 = QColor("#e76f51")
GOOD = QColor("#2a9d8f")
GRID = QColor("#d9dee5")
MUTED = QColor("#6c757d")
SATISFACTION_COLOURS = (QColor("#c0392b"), QColor("#e67e22"), QColor("#8fbf6a"), QColor("#2a9d8f"))
#: The share of in-person visits served within the target wait the office aims for.
GOAL_WITHIN_TARGET = 0.8


#: Height of a chart's plot, under its title and legend.
PLOT_HEIGHT = 180


class _Chart(QWidget):
    """A titled plot area with a left axis; subclasses draw into `plot`. The title and the
    legend wrap onto more lines in a narrow chart, which grows taller rather than cut them."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMinimumSize(260, 220)
        # As tall as the tallest chart of its row: the three stand level.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(title)

    def legend(self) -> list[tuple[QColor, str, bool]]:
        """(colour, text, dashed line rather than a block) of each series; none by default."""
        return []

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _title_height(self, width: int) -> int:
        fm = QFontMetrics(self._bold())
        flags = int(Qt.TextFlag.TextWordWrap)
        return fm.boundingRect(0, 0, max(1, width - 16), 10_000, flags, self.title).height()

    def _legend_places(self, width: int) -> tuple[list[QPointF], int]:
        """Where each legend item goes, wrapping onto more lines, and the height they take."""
        fm = QFontMetrics(self.font())
        x, y, places = 10.0, 0.0, []
        for _colour, label, _dashed in self.legend():
            item = 24 + fm.horizontalAdvance(label)
            if places and x + item > width - 10:
                x, y = 10.0, y + fm.height() + 2
            places.append(QPointF(x, y))
            x += item + 18
        return places, int(y + fm.height()) if places else 0

    def _head_height(self, width: int) -> int:
        return self._title_height(width) + 8 + self._legend_places(width)[1] + 10

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(320, self._head_height(max(self.width(), 260)) + PLOT_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        needed = self._head_height(event.size().width()) + PLOT_HEIGHT
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def _frame(self, painter: QPainter) -> QRectF:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setFont(self._bold())
        painter.setPen(INK)
        title_h = self._title_height(self.width())
        painter.drawText(
            QRectF(8, 4, self.width() - 16, title_h), int(Qt.TextFlag.TextWordWrap), self.title
        )
        painter.setFont(self.font())
        fm = painter.fontMetrics()
        top = self._head_height(self.width())
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

    def _legend(self, painter: QPainter) -> None:
        """The legend under the title, as many lines as it needs."""
        fm = painter.fontMetrics()
        places, _height = self._legend_places(self.width())
        top = self._title_height(self.width()) + 8
        for (colour, label, dashed), place in zip(self.legend(), places, strict=True):
            x, y = place.x(), top + place.y()
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


class _MonthlyChart(_Chart):
    """Month by month: its legend, what `draw` draws over the months, the months under it."""

    months: list

    def legend(self) -> list[tuple[QColor, str, bool]]:
        raise NotImplementedError

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        raise NotImplementedError

    def paintEvent(self, _event) -> None:  # noqa: ANN001, N802 - Qt API
        painter = QPainter(self)
        plot = self._frame(painter)
        self._legend(painter)
        self.draw(painter, plot)
        self._x_labels(painter, plot, [m[0] for m in self.months])
        painter.end()

    def _bar(self, plot: QRectF, i: int, share: float, most: float) -> tuple[float, float]:
        """Where month `i`'s bar starts and how wide it is: `share` of the month's room, no
        more than `most` pixels, centred."""
        step = plot.width() / max(1, len(self.months))
        w = min(step * share, most)
        return plot.left() + i * step + (step - w) / 2, w

    @staticmethod
    def _dashed(painter: QPainter, plot: QRectF, y: float, colour: QColor) -> None:
        """A reference line (a target, a goal) across the plot."""
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))


class WaitChart(_MonthlyChart):
    """Median (bars) and 90th percentile (line) of waiting times, month by month, in
    minutes, with the target wait as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Waiting time by month (minutes)"), parent)
        self.months: list[tuple[str, float | None, float | None]] = []
        self.target_minutes = 10

    def set_data(self, months: list[tuple[str, float | None, float | None]], target: int) -> None:
        self.months, self.target_minutes = months, target
        self.update()

    def legend(self) -> list[tuple[QColor, str, bool]]:
        return [
            (MEDIAN, self.tr("Median"), False),
            (P90, self.tr("90th percentile"), False),
            (GOOD, self.tr("Target"), True),
        ]

    def draw(self, painter: QPainter, plot: QRectF) -> None:
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
                x, w = self._bar(plot, i, 0.5, 48)
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
        self._dashed(painter, plot, y_of(self.target_minutes), GOOD)


class TargetChart(_MonthlyChart):
    """Share of in-person visits served within the target wait, month by month, against
    the goal line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Served within the target wait, by month"), parent)
        self.months: list[tuple[str, float | None]] = []
        self.goal = GOAL_WITHIN_TARGET

    def set_data(self, months: list[tuple[str, float | None]]) -> None:
        self.months = months
        self.update()

    def legend(self) -> list[tuple[QColor, str, bool]]:
        return [
            (GOOD, self.tr("Goal reached"), False),
            (P90, self.tr("Below the goal"), False),
            (INK, self.tr("Goal: %1").replace("%1", percent_text(self.goal, 0)), True),
        ]

    def draw(self, painter: QPainter, plot: QRectF) -> None:
        ticks = [0.0, 0.25, 0.5, 0.75, 1.0]
        self._y_axis(painter, plot, 1.0, ticks, lambda t: percent_text(t, 0))
        painter.setPen(Qt.PenStyle.NoPen)
        for i, (_label, share) in enumerate(self.months):
            if share is None:
                continue
            painter.setBrush(GOOD if share >= self.goal else P90)
            h = plot.height() * share
            x, w = self._bar(plot, i, 0.6, 56)
            painter.drawRect(QRectF(x, plot.bottom() - h, w, h))
        self._dashed(painter, plot, plot.bottom() - plot.height() * self.goal, INK)


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

"""The quality page's charts, drawn with QPainter (QtCharts is not in the Essentials wheel):
waiting times by month, the share served within the target wait against the goal, and the
satisfaction answers. Each takes its figures ready-made from the page: nothing is computed
here but where to draw."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
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
        self._legend(painter, self.legend())
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

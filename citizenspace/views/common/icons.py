"""Our monochrome SVG icons (resources/icons), tinted for where they are shown.

The SVG files are drawn in black; the navigation shows them in the text colour of each state,
so a selected item's icon has the same contrast as its label.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_INK = "#000000"


@cache
def _svg_text(name: str) -> str:
    return (resources.files("citizenspace.resources") / "icons" / f"{name}.svg").read_text(
        encoding="utf-8"
    )


def icon_pixmap(name: str, color: str, size: int = 24) -> QPixmap:
    """The icon `name` drawn in `color`, sharp on high-density screens."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    ratio = max(ratio, 2.0)
    svg = _svg_text(name).replace(_INK, QColor(color).name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def nav_icon(name: str, normal: str, selected: str, size: int = 24) -> QIcon:
    """An icon with one tint for the resting state and one for the selected state."""
    icon = QIcon()
    for mode, color in (
        (QIcon.Mode.Normal, normal),
        (QIcon.Mode.Active, normal),
        (QIcon.Mode.Selected, selected),
    ):
        icon.addPixmap(icon_pixmap(name, color, size), mode, QIcon.State.Off)
    return icon

"""Drawing a project's picture at a given size, from its bytes (PNG, JPEG or SVG).

Shared by the kiosk's cards and the coordinators' list and form, so that a picture looks the
same everywhere. A photo fills its square (cropped in the middle, as phones show thumbnails);
a drawing (SVG) is shown whole, scaled to fit. Bytes Qt cannot read give None, and the caller
draws its placeholder: a damaged picture never breaks a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap
from PySide6.QtSvg import QSvgRenderer

from citizenspace.domain.pictures import PictureKind, picture_kind


def picture_pixmap(data: bytes | None, size: QSize, radius: float = 18) -> QPixmap | None:
    """`data` drawn in a `size` tile with rounded corners, or None if it cannot be drawn."""
    if not data:
        return None
    kind = picture_kind(data)
    if kind is None:
        return None
    tile = QPixmap(size)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    clip = QPainterPath()
    clip.addRoundedRect(QRectF(tile.rect()), radius, radius)
    painter.setClipPath(clip)
    try:
        if kind is PictureKind.SVG:
            renderer = QSvgRenderer(QByteArray(data))
            if not renderer.isValid():
                return None
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter, QRectF(tile.rect()))
        else:
            photo = QPixmap()
            if not photo.loadFromData(data) or photo.isNull():
                return None
            scaled = photo.scaled(
                size,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = (scaled.width() - size.width()) // 2
            y = (scaled.height() - size.height()) // 2
            painter.drawPixmap(0, 0, scaled, x, y, size.width(), size.height())
    finally:
        painter.end()
    return tile

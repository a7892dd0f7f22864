"""How a page is laid out: its title and the sentence under it, the white cards with a
heading, and the column that scrolls when the window is short. The look itself is the theme's
(`ui/themes/citizenspace.qss`, by object name): here only which names, margins and spacing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Around a page's column: (left, top, right, bottom).
PAGE_MARGINS = (40, 32, 40, 16)


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


def page_subtitle(text: str) -> QLabel:
    """The sentence under a page's title that says what the page is for."""
    label = QLabel(text)
    label.setObjectName("pageSubtitle")
    label.setWordWrap(True)
    return label


def titled_column(
    page: QWidget,
    title: str,
    subtitle: str | None = None,
    margins: tuple[int, int, int, int] = PAGE_MARGINS,
) -> QVBoxLayout:
    """The page's layout, its title (and subtitle) on top, within the pages' margins; add the
    rest to it."""
    column = QVBoxLayout(page)
    column.setContentsMargins(*margins)
    column.addWidget(page_title(title))
    if subtitle is not None:
        column.addWidget(page_subtitle(subtitle))
    return column


def card(title: str, note: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A white card, its heading on top and, when given, a quiet `note` under it; add the
    rest to the layout returned."""
    frame = QFrame()
    frame.setObjectName("card")
    box = QVBoxLayout(frame)
    box.setContentsMargins(24, 18, 24, 20)
    box.setSpacing(8)
    heading = QLabel(title)
    heading.setObjectName("cardHeading")
    box.addWidget(heading)
    if note:
        sub = QLabel(note)
        sub.setObjectName("muted")
        sub.setWordWrap(True)
        box.addWidget(sub)
    return frame, box


def narrow(content: QWidget, max_width: int) -> QWidget:
    """`content` no wider than `max_width`, on the left of the room it is given (long lines
    stay readable on a wide screen)."""
    content.setMaximumWidth(max_width)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(content, 1)
    row.addStretch(0)
    return holder


def scroll_area(content: QWidget, max_width: int = 0) -> QScrollArea:
    """A frameless area that scrolls `content` up and down, `content` as wide as the area or,
    with a `max_width`, no wider (`narrow`)."""
    if max_width:
        content = narrow(content, max_width)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def scrolling_page(
    page: QWidget,
    content: QWidget,
    max_width: int = 0,
    margins: tuple[int, int, int, int] = (0, 0, 0, 0),
) -> QScrollArea:
    """Fill `page` with a `scroll_area` of `content`, within `margins`."""
    scroll = scroll_area(content, max_width)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(*margins)
    outer.addWidget(scroll)
    return scroll

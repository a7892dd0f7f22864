"""Honest pages for the areas that arrive in a later version.

They say in plain words what the area will do for the user, and nothing more: no buttons that
do nothing, no made-up figures. A coordinator who opens "Councils" today learns what is
coming, not a screen that pretends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from citizenspace.views.common.icons import icon_pixmap

# The areas that have a placeholder page, by the navigation key that opens them.
AREAS = ("councils", "events", "printing")


class ComingLaterView(QWidget):
    """The page of an area not built yet: what it will do, in the user's words."""

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if area not in AREAS:
            raise ValueError(f"no placeholder for {area!r}")
        self.area = area
        title, promise, points = self._texts()[area]
        self.setObjectName("comingLaterView")

        icon = QLabel()
        icon.setPixmap(icon_pixmap(area, "#1d5fa8", 56))
        icon.setFixedSize(64, 64)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setObjectName("placeholderIcon")

        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        badge = QLabel(self.tr("Coming in a later version"))
        badge.setObjectName("badge")
        title_box = QVBoxLayout()
        title_box.setSpacing(6)
        title_box.addWidget(self.title_label)
        title_box.addWidget(badge, 0, Qt.AlignmentFlag.AlignLeft)
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(title_box, 1)

        self.promise_label = QLabel(promise)
        self.promise_label.setObjectName("lead")
        self.promise_label.setWordWrap(True)

        card = QFrame()
        card.setObjectName("card")
        card_box = QVBoxLayout(card)
        card_box.setContentsMargins(24, 20, 24, 20)
        card_box.setSpacing(10)
        heading = QLabel(self.tr("What you will be able to do here"))
        heading.setObjectName("cardTitle")
        card_box.addWidget(heading)
        self.point_labels: list[QLabel] = []
        for point in points:
            row = QHBoxLayout()
            row.setSpacing(10)
            bullet = QLabel("•")
            bullet.setObjectName("bullet")
            text = QLabel(point)
            text.setWordWrap(True)
            row.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(text, 1)
            card_box.addLayout(row)
            self.point_labels.append(text)

        note = QLabel(
            self.tr(
                "Until then, the rest of Citizen Space works as usual, and everything you "
                "record is kept on this computer."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)

        column = QVBoxLayout()
        column.setSpacing(20)
        column.addLayout(head)
        column.addWidget(self.promise_label)
        column.addWidget(card)
        column.addWidget(note)
        column.addStretch(1)
        content = QWidget()
        content.setMaximumWidth(760)
        content.setLayout(column)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 32, 40, 32)
        outer.addWidget(content, 1)
        outer.addStretch(0)

    def _texts(self) -> dict[str, tuple[str, str, list[str]]]:
        return {
            "councils": (
                self.tr("Councils"),
                self.tr(
                    "Run the neighbourhood, youth, senior and associations councils, with draws "
                    "by lot that anyone can check."
                ),
                [
                    self.tr("Collect the volunteers' applications and check who is eligible."),
                    self.tr("Draw members by lot, with a record that can be verified."),
                    self.tr("Replace members from the reserve list."),
                    self.tr("Keep the volunteers who were not drawn informed and involved."),
                ],
            ),
            "events": (
                self.tr("Events"),
                self.tr(
                    "Plan council meetings, workshops, open days and the participation "
                    "festival, and know who came."
                ),
                [
                    self.tr("Build each meeting's agenda, with citizens' own topics."),
                    self.tr("Print sign-in sheets and record attendance."),
                    self.tr("See which members stay active over the year."),
                ],
            ),
            "printing": (
                self.tr("Printing"),
                self.tr(
                    "Print what the office hands out, ready to fold and staple, without "
                    "retyping anything in a word processor."
                ),
                [
                    self.tr("Booklets presenting the projects, and the “who does what” guide."),
                    self.tr("Voting slips, sign-in sheets and reports for assessment."),
                    self.tr("Preview every document, print it or save it as PDF."),
                ],
            ),
        }

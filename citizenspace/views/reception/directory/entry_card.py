"""Everything about one service, in the order a receptionist reads it out: the phone number
first and large, then e-mail, hours, address, website, theme and keywords; its level of
competence as a coloured badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from citizenspace.domain.catalog import Competence
from citizenspace.services.reception.directory import EntryDetail
from citizenspace.views.reception.directory.directory_model import BADGE_COLOURS, INACTIVE_COLOUR
from citizenspace.views.reception.words import competence_label, field_label


def badge_style(competence: Competence) -> str:
    background, colour = BADGE_COLOURS[competence]
    return (
        f"QLabel {{ background: {background}; color: {colour}; border-radius: 10px;"
        " padding: 3px 10px; font-weight: 600; }"
    )


class EntryCard(QFrame):
    """Everything about one service, in the order a receptionist reads it out."""

    _ROWS = ("phone", "email", "hours", "address", "website", "theme", "keywords")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("cardHeading")
        self.title.setWordWrap(True)
        self.badge = QLabel()
        self.inactive_badge = QLabel(self.tr("Inactive: do not send citizens here"))
        self.inactive_badge.setStyleSheet(
            f"QLabel {{ background: {INACTIVE_COLOUR}; color: white; border-radius: 10px;"
            " padding: 3px 10px; font-weight: 600; }"
        )
        self.body = QLabel()
        self.body.setObjectName("muted")
        self.body.setWordWrap(True)
        badges = QHBoxLayout()
        badges.setSpacing(8)
        badges.addWidget(self.badge)
        badges.addWidget(self.inactive_badge)
        badges.addStretch(1)

        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for field in self._ROWS:
            caption = QLabel(field_label(field))
            caption.setObjectName("cardTitle")
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextBrowserInteraction
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            value.setOpenExternalLinks(True)
            self.values[field] = value
            self.captions[field] = caption
            form.addRow(caption, value)
        self.values["phone"].setStyleSheet("QLabel { font-size: 14pt; font-weight: 600; }")

        self.empty = QLabel(self.tr("Choose a service in the list to see how to reach it."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        inner.addWidget(self.title)
        inner.addLayout(badges)
        inner.addWidget(self.body)
        inner.addSpacing(6)
        inner.addLayout(form)
        inner.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(self.content)
        layout.addWidget(self.empty, 1)
        self.show_entry(None)

    def show_entry(self, detail: EntryDetail | None) -> None:
        self.content.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            return
        d = detail.draft
        self.title.setText(d.name)
        if d.competence is not None:
            self.badge.setText(competence_label(d.competence))
            self.badge.setStyleSheet(badge_style(d.competence))
        self.badge.setVisible(d.competence is not None)
        self.inactive_badge.setVisible(not detail.active)
        self.body.setText(d.body_name)
        self.body.setVisible(bool(d.body_name))
        email = _escape(d.email)
        website = d.website
        href = website if website.startswith(("http://", "https://")) else f"https://{website}"
        texts = {
            "phone": _escape(d.phone),
            "email": f'<a href="mailto:{email}">{email}</a>' if email else "",
            "hours": _escape(d.hours),
            "address": _escape(d.address),
            "website": f'<a href="{_escape(href)}">{_escape(website)}</a>' if website else "",
            "theme": _escape(detail.theme),
            "keywords": _escape(d.keywords),
        }
        for field, text in texts.items():
            self.values[field].setText(text)
            self.values[field].setVisible(bool(text))
            self.captions[field].setVisible(bool(text))


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )

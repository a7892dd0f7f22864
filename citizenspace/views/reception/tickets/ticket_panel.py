"""One ticket beside the list: what it is about, its status and the next steps that make
sense for it, the facts, the photo and the history.

`TicketPanel` builds and fills the panel (as Qt Designer's `setupUi` would); `TicketsView`
inherits it and holds the workflow its buttons start. The words keep the page's translation
context ("TicketsView").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from citizenspace.domain.catalog import TicketStatus
from citizenspace.services.reception.tickets import TicketDetail
from citizenspace.views.common.forms import error_label
from citizenspace.views.common.pictures import picture_pixmap
from citizenspace.views.reception.filter_bar import FilterBar
from citizenspace.views.reception.tickets.dialogs import NOTE_STYLE
from citizenspace.views.reception.words import date_text, informed_text, status_text

S = TicketStatus


class TicketPanel:
    """The detail panel's widgets (mixed into `TicketsView`, a QWidget)."""

    fact_labels: dict[str, QLabel]

    def _build_detail(self) -> QWidget:
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.law_note = QLabel()
        self.law_note.setWordWrap(True)
        self.law_note.setStyleSheet(NOTE_STYLE)
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels = {}
        for key, caption in (
            ("opened", QCoreApplication.translate("TicketsView", "Opened")),
            ("due", QCoreApplication.translate("TicketsView", "Due")),
            ("service", QCoreApplication.translate("TicketsView", "Service")),
            ("site", QCoreApplication.translate("TicketsView", "Site")),
            ("address", QCoreApplication.translate("TicketsView", "Address")),
            ("description", QCoreApplication.translate("TicketsView", "Description")),
            ("contact", QCoreApplication.translate("TicketsView", "Contact")),
            ("informed", QCoreApplication.translate("TicketsView", "Citizen told")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(caption, value)
        self.photo = QLabel()
        self.photo.setFixedSize(QSize(200, 150))
        self.photo.hide()

        self.forward_button = QPushButton(QCoreApplication.translate("TicketsView", "&Forward…"))
        self.start_button = QPushButton(QCoreApplication.translate("TicketsView", "&Start"))
        self.resolve_button = QPushButton(QCoreApplication.translate("TicketsView", "&Resolve"))
        self.reject_button = QPushButton(QCoreApplication.translate("TicketsView", "Re&ject…"))
        self.reopen_button = QPushButton(QCoreApplication.translate("TicketsView", "Re&open"))
        self.informed_button = QPushButton(
            QCoreApplication.translate("TicketsView", "Citizen &informed…")
        )
        self.forward_button.clicked.connect(self.forward_selected)
        self.start_button.clicked.connect(lambda: self._move(S.IN_PROGRESS))
        self.resolve_button.clicked.connect(lambda: self._move(S.RESOLVED))
        self.reject_button.clicked.connect(self.reject_selected)
        self.reopen_button.clicked.connect(lambda: self._move(S.IN_PROGRESS))
        self.informed_button.clicked.connect(self.record_informed)
        # The next steps wrap onto a second row in a narrow panel, never out of sight.
        self.action_bar = FilterBar(fill=False)
        for b in (
            self.start_button,
            self.forward_button,
            self.resolve_button,
            self.reject_button,
            self.reopen_button,
        ):
            self.action_bar.add_widget(b)
        self.action_error = error_label("form-error")

        self.history = QListWidget()
        self.history.setMinimumHeight(90)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        detail = QWidget()
        d = QVBoxLayout(detail)
        d.addWidget(self.title)
        d.addWidget(self.status_line)
        d.addWidget(self.action_bar)
        d.addWidget(self.action_error)
        d.addWidget(self.law_note)
        d.addLayout(self.facts)
        informed_row = QHBoxLayout()
        informed_row.addWidget(self.informed_button)
        informed_row.addStretch(1)
        d.addLayout(informed_row)
        d.addWidget(self.photo)
        history_title = QLabel(QCoreApplication.translate("TicketsView", "History"))
        history_title.setStyleSheet("font-weight: bold;")
        d.addWidget(history_title)
        d.addWidget(self.history, 1)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        # The panel wraps its lines to its width: it scrolls down, never sideways.
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setWidget(detail)
        self.detail_placeholder = QLabel(
            QCoreApplication.translate("TicketsView", "Choose a ticket in the list to see it here.")
        )
        self.detail_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_placeholder.setWordWrap(True)
        right = QWidget()
        # As wide with or without a ticket shown: the list does not jump at the first click.
        right.setMinimumWidth(340)
        r = QVBoxLayout(right)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(self.detail_placeholder, 1)
        r.addWidget(self.detail_scroll, 1)
        return right

    def _show_no_ticket(self) -> None:
        self.detail_scroll.hide()
        self.detail_placeholder.show()

    def _show_ticket(self, t: TicketDetail, photo: bytes | None, due: str) -> None:
        """Fill the panel; `due` is the due date as the page says it (with the days late)."""
        self.detail_placeholder.hide()
        self.detail_scroll.show()
        self.title.setText(t.category)
        status = status_text(t.status)
        if t.status_reason:
            status = (
                QCoreApplication.translate("TicketsView", "%1: %2")
                .replace("%1", status)
                .replace("%2", t.status_reason)
            )
        if t.closed_on:
            status = (
                QCoreApplication.translate("TicketsView", "%1 (closed on %2)")
                .replace("%1", status)
                .replace("%2", date_text(t.closed_on))
            )
        self.status_line.setText(status)
        nxt = set(t.next_statuses)
        closed = t.status in (S.RESOLVED, S.REJECTED)
        self.forward_button.setVisible(S.FORWARDED in nxt)
        self.start_button.setVisible(S.IN_PROGRESS in nxt and not closed)
        self.reopen_button.setVisible(S.IN_PROGRESS in nxt and closed)
        self.resolve_button.setVisible(S.RESOLVED in nxt)
        self.reject_button.setVisible(S.REJECTED in nxt)
        self.action_bar.relayout()

        f = self.fact_labels
        f["opened"].setText(date_text(t.opened_on))
        f["due"].setText(due)
        service = t.service_name or QCoreApplication.translate("TicketsView", "(none)")
        if t.outside_competence:
            service = (
                QCoreApplication.translate(
                    "TicketsView", "%1 — outside the City's competence, forwarded on %2"
                )
                .replace("%1", service)
                .replace("%2", date_text(t.forwarded_on))
            )
        f["service"].setText(service)
        f["site"].setText(t.site_name)
        where = t.address
        if t.latitude is not None and t.longitude is not None:
            loc = QLocale()
            coords = f"{loc.toString(t.latitude, 'f', 5)} ; {loc.toString(t.longitude, 'f', 5)}"
            where = f"{where}\n{coords}" if where else coords
        f["address"].setText(where)
        f["description"].setText(t.description)
        f["contact"].setText(
            "\n".join(x for x in (t.contact_name, t.contact_phone, t.contact_email) if x)
            or QCoreApplication.translate("TicketsView", "(none given)")
        )
        if t.citizen_informed_by is not None:
            told = informed_text(t.citizen_informed_by)
            if t.informed_on:
                told = (
                    QCoreApplication.translate("TicketsView", "%1, on %2")
                    .replace("%1", told)
                    .replace("%2", date_text(t.informed_on))
                )
        else:
            told = QCoreApplication.translate("TicketsView", "Not yet")
        f["informed"].setText(told)
        if t.must_inform:
            self.law_note.setText(
                QCoreApplication.translate(
                    "TicketsView",
                    "Forwarded outside the City's competence: the citizen must be told where "
                    "the request went (article L114-2 of the Code des relations entre le "
                    "public et l'administration).",
                )
            )
            self.law_note.show()
        else:
            self.law_note.hide()
        pixmap = picture_pixmap(photo, self.photo.size(), 6)
        if pixmap is not None:
            self.photo.setPixmap(pixmap)
            self.photo.show()
        else:
            self.photo.hide()
        self.history.clear()
        for e in t.history:
            when = QLocale().toString(
                QDate(e.at.year, e.at.month, e.at.day), QLocale.FormatType.ShortFormat
            )
            line = f"{when} {e.at:%H:%M} — {status_text(e.status)}"
            if e.reason:
                line += f" — {e.reason}"
            if e.staff_name:
                line += f" ({e.staff_name})"
            self.history.addItem(line)

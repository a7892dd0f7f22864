"""Fields that forms of every area share: an amount in euros held in cents, a whole number,
a choice among a catalog's values, a date that may be left out. They speak the user's
locale (French by default) and hold the values the services take."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QDate, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from citizenspace.messages import amount_in
from citizenspace.views.common.labels import enum_label


def money(cents: int) -> str:
    """An amount as people read it: "1 200 €", cents only when there are some."""
    return amount_in(unit_cents=True)(cents)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def short_date(d: date | None) -> str:
    if d is None:
        return ""
    return QLocale().toString(qdate(d), QLocale.FormatType.ShortFormat)


class MoneyEdit(QLineEdit):
    """An amount in euros, typed as people write it ("4 500", "1 800,50 €"), held in cents.
    Text that is not an amount reads as 0 cents, which the service refuses under the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(money(0))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000 000 000,00 €") + 40)

    def cents(self) -> int:
        return parse_money(self.text()) or 0

    def set_cents(self, cents: int) -> None:
        self.setText(money(cents) if cents else "")


def parse_money(text: str) -> int | None:
    """Cents from an amount as typed ("4 500", "4500,5", "1 800,50 €", "£"-free), or None."""
    locale = QLocale()
    cleaned = "".join(text.replace("€", "").split())
    for space in ("\u00a0", "\u202f"):
        cleaned = cleaned.replace(space, "")
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if group not in (" ", "\u00a0", "\u202f"):
        cleaned = cleaned.replace(group, "")
    cleaned = cleaned.replace(point, ".")
    if not re.fullmatch(r"\d{1,12}(\.\d{1,2})?", cleaned):
        return None
    return int(Decimal(cleaned) * 100)


class NumberEdit(QLineEdit):
    """A whole number of at most `digits` digits, or nothing. (The theme draws no spin box
    arrows, and a spin box without them loses its text: a plain field serves better.)"""

    def __init__(self, digits: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"), self)
        )
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * max(digits, 4)) * 3)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class EnumCombo(QComboBox):
    """A choice among a catalog enum's values, in the user's words. (Qt hands back a str
    enum's data as a plain string: `value()` gives the enum member again.)"""

    def __init__(self, kind: type[Enum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        for member in kind:
            self.addItem(enum_label(member), member.value)

    def value(self) -> Enum:
        return self._kind(self.currentData())

    def set_value(self, member: Enum) -> None:
        self.setCurrentIndex(max(0, self.findData(member.value)))


class OptionalDate(QWidget):
    """A date that may be left out: a tick box, then the date (French format)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setAccessibleName(accessible_name)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/0000") + 48)
        self.check.toggled.connect(self.edit.setEnabled)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.check)
        box.addWidget(self.edit)
        box.addStretch(1)
        self.setFocusProxy(self.edit)
        self.set_date(None)

    def date(self) -> date | None:
        return pydate(self.edit.date()) if self.check.isChecked() else None

    def set_date(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(qdate(value))

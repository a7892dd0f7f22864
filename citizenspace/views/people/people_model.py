"""The people list as a table model: one `PersonRow` per line, sorted by the proxy on
accent- and case-folded text so that "Élodie" sits among the "E"."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt

from citizenspace.domain.people import search_key
from citizenspace.services.people.people import PersonRow
from citizenspace.views.common.labels import person_field_label
from citizenspace.views.common.rows_model import RowsModel

COL_LAST_NAME = 0
COL_FIRST_NAME = 1
COL_DISTRICT = 2
COL_EMAIL = 3
COL_PHONE = 4
COL_BODIES = 5
COLUMN_COUNT = 6

#: The person's id, for any column.
PERSON_ID_ROLE = RowsModel.ID_ROLE
#: What the proxy sorts on: accent- and case-folded text, so "Élodie" sits among the "E".
SORT_ROLE = RowsModel.SORT_ROLE

_FIELD_OF_COLUMN = {
    COL_LAST_NAME: "last_name",
    COL_FIRST_NAME: "first_name",
    COL_DISTRICT: "district",
    COL_EMAIL: "email",
    COL_PHONE: "phone",
    COL_BODIES: "bodies",
}

#: Sorts after any name: empty cells go to the end of an ascending sort.
_LAST = "\uffff"


def full_name(row: PersonRow) -> str:
    """How a person is named in sentences ("Hélène Martin")."""
    return " ".join(part for part in (row.first_name, row.last_name) if part)


class PeopleModel(RowsModel[PersonRow]):
    """The people list, one `PersonRow` per line; knows nothing of the database."""

    COLUMNS = COLUMN_COUNT

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and section == COL_BODIES:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Councils and groups the person sits on today")
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        return super().headerData(section, orientation, role)

    def header(self, section: int) -> str:
        return person_field_label(_FIELD_OF_COLUMN[section])

    def alignment(self, column: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignCenter if column == COL_BODIES else None

    def display(self, r: PersonRow, col: int) -> str:
        if col == COL_LAST_NAME:
            return r.last_name
        if col == COL_FIRST_NAME:
            return r.first_name
        if col == COL_DISTRICT:
            return r.district
        if col == COL_EMAIL:
            return r.email
        if col == COL_PHONE:
            return r.phone
        if col == COL_BODIES:
            return QLocale().toString(r.bodies) if r.bodies else ""
        return ""

    def sort_key(self, r: PersonRow, col: int) -> object:
        """Sort on folded text, then on the name, then on the id: a stable, French-friendly
        order without relying on the platform's collation."""
        name = f"{search_key(r.last_name)}\x1f{search_key(r.first_name)}\x1f{r.id}"
        if col == COL_LAST_NAME:
            return name
        if col == COL_FIRST_NAME:
            return f"{search_key(r.first_name)}\x1f{name}"
        if col == COL_DISTRICT:
            # People with no district go last, not first.
            return f"{search_key(r.district) or _LAST}\x1f{name}"
        if col == COL_EMAIL:
            return f"{r.email.casefold() or _LAST}\x1f{name}"
        if col == COL_PHONE:
            return f"{r.phone.replace(' ', '') or _LAST}\x1f{name}"
        if col == COL_BODIES:
            return r.bodies
        return name

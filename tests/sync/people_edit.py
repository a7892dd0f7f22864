"""Edits made by the application on one machine, in a process of their own (as the desk does):
`python people_edit.py DB ACTION...` with actions `add:ID:LAST`, `phone:ID:VALUE`, `delete:ID`.

The database is opened as the application opens it, machine check included, so a file copied
to another machine (CITIZENSPACE_MACHINE_ID) behaves as it would on that machine."""

from __future__ import annotations

import sys

from citizenspace.store.identity import check_machine
from citizenspace.store.migrate import open_database
from citizenspace.store.models import Person


def main(path: str, *actions: str) -> int:
    db, _ = open_database(path)
    try:
        check_machine(db)
        for action in actions:
            verb, ident, *rest = action.split(":")
            with db.write() as s:
                if verb == "add":
                    s.add(Person(id=ident, first_name="Test", last_name=rest[0]))
                elif verb == "phone":
                    s.get(Person, ident).phone = rest[0]
                elif verb == "delete":
                    s.delete(s.get(Person, ident))
                else:
                    raise SystemExit(f"unknown action {action}")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

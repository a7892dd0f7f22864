"""The handle the services receive: a database file, its engine and its transactions.

A service method is one user action and one transaction (`write()`), or one consistent read
(`read()`). Sessions never outlive the method: screens never hold ORM objects.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from citizenspace.store.engine import WallClock, make_engine
from citizenspace.store.models import LocalState


class Database:
    def __init__(self, path: Path | str, clock: WallClock | None = None) -> None:
        self.path = Path(path)
        self.clock = clock or WallClock()
        self.engine: Engine = make_engine(self.path, self.clock)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(cs_write=True), expire_on_commit=False
        )
        # See `exclusive`: writes in progress, and the thread holding the database alone.
        self._gate = threading.Condition()
        self._writing = 0
        self._alone: int | None = None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action: committed when the block ends, rolled back
        (captured changes included) if it raises."""
        me = threading.get_ident()
        with self._gate:
            while self._alone not in (None, me):
                self._gate.wait()
            self._writing += 1
        try:
            with self._writer.begin() as session:
                yield session
        finally:
            with self._gate:
                self._writing -= 1
                self._gate.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """No write of this process starts or is under way while the block runs (writes
        wait for its end). For replacing the whole database in place (sync.snapshots, a new
        device starting from the share's snapshot): SQLite's locks keep other processes
        out for the copy itself, this keeps this process's own writes from landing between
        the last look at the database and the copy, where they would be lost."""
        me = threading.get_ident()
        with self._gate:
            while self._alone is not None or self._writing:
                self._gate.wait()
            self._alone = me
        try:
            yield
        finally:
            with self._gate:
                self._alone = None
                self._gate.notify_all()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    def local_state(self) -> LocalState:
        with self.read() as s:
            state = s.scalars(select(LocalState).where(LocalState.id == 1)).one()
            s.expunge(state)
            return state

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

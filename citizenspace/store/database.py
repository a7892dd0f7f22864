"""The handle the services receive: a database file, its engine and its transactions.

A service method is one user action and one transaction (`write()`), or one consistent read
(`read()`). Sessions never outlive the method: screens never hold ORM objects.
"""

from __future__ import annotations

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

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action: committed when the block ends, rolled back
        (captured changes included) if it raises."""
        with self._writer.begin() as session:
            yield session

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

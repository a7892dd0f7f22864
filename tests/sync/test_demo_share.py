"""A demo share: IT rehearses the sync with demo cities, on real folders. A demo city
exchanges only with a demo share made for it; a real city never with a demo share; each
refusal says why plainly (French first) and leaves the folder and the database as they were.

Two demo databases made alike (the same day, seed, scale and data) hold the same rows, ids
included: through their demo share they converge, with their edits, without one conflict.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text, update

from citizenspace.services.demo.demo import DEMO_CITY, DemoCity, city_key, generate
from citizenspace.services.sync.sync import (
    DemoShareError,
    DemoShareNotMade,
    SyncProblem,
    SyncService,
)
from citizenspace.store.models import Person
from citizenspace.sync import merge
from citizenspace.sync.share import FORMAT_NAME, open_share, share_kind
from tests import forkserver
from tests.conftest import new_database

DAY = date(2026, 11, 20)
SCALE = 0.02  # a small city: the rules are the same at any scale


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def demo_city(tmp_path: Path):
    """A demo database at `tmp_path/<name>.db`, made as `citizenspace demo` makes one."""
    made = []

    def make(name: str, today: date = DAY):
        db = new_database(tmp_path / f"{name}.db")
        made.append(db)
        generate(db, scale=SCALE, today=today)
        return db

    yield make
    for db in made:
        db.close()


def test_two_demo_cities_made_alike_converge_through_their_demo_share(tmp_path, demo_city):
    share = tmp_path / "demo-share"
    a, b = demo_city("a"), demo_city("b")
    sa = SyncService(a, lambda: str(share))
    sb = SyncService(b, lambda: str(share))
    assert sa.init_demo_share(share) is True  # made, and the folder with it
    assert share_kind(share).demo
    assert sb.init_demo_share(share) is False  # already the demo share of this very city

    for _ in range(2):
        for service in (sa, sb):
            summary = service.run_round()
            assert summary.problem is None, summary.problem_detail
    assert list(merge.dump(a)) == list(merge.dump(b))

    # Each desk works on its own copy; the next rounds bring both together.
    with a.write() as s:
        s.add(Person(id="new-person", first_name="Inès", last_name="Demo"))
    with b.read() as s:
        someone = s.execute(text("SELECT id FROM people ORDER BY id LIMIT 1")).scalar()
    with b.write() as s:
        s.execute(update(Person).where(Person.id == someone).values(phone="03 23 00 00 00"))
    for _ in range(2):
        for service in (sa, sb):
            assert service.run_round().problem is None
    assert list(merge.dump(a)) == list(merge.dump(b))
    with a.read() as s:
        assert s.get(Person, someone).phone == "03 23 00 00 00"
    with b.read() as s:
        assert s.get(Person, "new-person") is not None
    assert sa.conflicts() == [] and sb.conflicts() == []
    assert sa.alarms() == [] and sb.alarms() == []


def test_a_demo_city_never_syncs_with_a_real_citys_share(tmp_path, demo_city):
    share = tmp_path / "city-share"
    share.mkdir()
    open_share(share)  # the city's share, made by a real city's first round
    before = _tree(share)
    summary = SyncService(demo_city("a"), lambda: str(share)).run_round()
    assert summary.problem is SyncProblem.DEMO
    assert _tree(share) == before  # not a byte written there


def test_a_demo_city_does_not_make_an_empty_folder_a_share(tmp_path, demo_city):
    """An empty folder is made a real city's share by the first round that uses it: a demo
    city's round must not (its data would then sit in a real-looking share)."""
    share = tmp_path / "empty"
    share.mkdir()
    service = SyncService(demo_city("a"), lambda: str(share))
    assert service.run_round().problem is SyncProblem.DEMO
    assert list(share.iterdir()) == []
    # The status bar can tell why after a restart.
    assert service.last_round().problem is SyncProblem.DEMO


def test_a_real_city_never_syncs_with_a_demo_share(tmp_path, demo_city):
    share = tmp_path / "demo-share"
    SyncService(demo_city("a")).init_demo_share(share)
    before = _tree(share)
    real = new_database(tmp_path / "city.db")
    try:
        with real.write() as s:
            s.add(Person(id="real-person", first_name="Viviane", last_name="Gautier"))
        summary = SyncService(real, lambda: str(share)).run_round()
        assert summary.problem is SyncProblem.DEMO_SHARE
        assert _tree(share) == before
        # And a real city cannot make one either, nor turn the demo share into its own.
        with pytest.raises(DemoShareNotMade) as refused:
            SyncService(real).init_demo_share(tmp_path / "another")
        assert refused.value.code is DemoShareError.NOT_DEMO
        assert not (tmp_path / "another" / FORMAT_NAME).exists()
    finally:
        real.close()


def test_a_demo_city_made_another_day_is_not_mixed_into_the_demo_share(tmp_path, demo_city):
    share = tmp_path / "demo-share"
    SyncService(demo_city("a")).init_demo_share(share)
    SyncService(demo_city("a2"), lambda: str(share)).run_round()
    before = _tree(share)
    other = demo_city("b", today=date(2026, 11, 21))
    summary = SyncService(other, lambda: str(share)).run_round()
    assert summary.problem is SyncProblem.DEMO_OTHER_CITY
    assert DemoCity.from_key(summary.problem_detail).today == DAY  # the share's city
    assert _tree(share) == before
    with pytest.raises(DemoShareNotMade) as refused:
        SyncService(other).init_demo_share(share)
    assert refused.value.code is DemoShareError.OTHER_CITY


def test_a_real_citys_share_is_never_turned_into_a_demo_share(tmp_path, demo_city):
    share = tmp_path / "city-share"
    share.mkdir()
    open_share(share)
    before = _tree(share)
    with pytest.raises(DemoShareNotMade) as refused:
        SyncService(demo_city("a")).init_demo_share(share)
    assert refused.value.code is DemoShareError.REAL_SHARE
    assert _tree(share) == before


def test_the_demo_city_knows_which_demo_it_is(demo_city):
    db = demo_city("a")
    with db.read() as s:
        key = s.execute(
            text("SELECT value FROM local_settings WHERE key = :k"), {"k": DEMO_CITY}
        ).scalar()
    assert key == city_key(2026, SCALE, DAY)
    city = DemoCity.from_key(key)
    assert (city.seed, city.scale, city.today) == (2026, SCALE, DAY)
    assert city_key(2026, SCALE, date(2026, 11, 21)) != key


# --------------------------------------------------------------------------- as IT does it


def _cli(tmp_path: Path, *args: str, lang: str = "fr"):
    env = {
        **os.environ,
        "CITIZENSPACE_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return forkserver.run(["-m", "citizenspace", *args, "--lang", lang], env=env, timeout=300)


def test_it_rehearses_with_the_command_line(tmp_path):
    """`citizenspace demo` twice, `sync --init-demo-share` on one, `sync` on both: the two
    dumps are the same; then the refusals, in French, in one plain line each."""
    share = tmp_path / "demo-share"
    a, b, city = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "city.db"
    for db in (a, b):
        r = _cli(tmp_path, "demo", "--db", str(db), "--scale", str(SCALE), "--today", "2026-11-20")
        assert r.returncode == 0, r.stderr
    r = _cli(tmp_path, "sync", "--db", str(a), "--share", str(share), "--init-demo-share")
    assert r.returncode == 0, r.stderr
    assert "dossier partagé de démonstration" in r.stdout
    assert json.loads((share / FORMAT_NAME).read_text())["demo"] is True
    for db in (b, a, b):
        r = _cli(tmp_path, "sync", "--db", str(db), "--share", str(share))
        assert r.returncode == 0, r.stderr
    dumps = [_cli(tmp_path, "db", "dump", "--db", str(db)).stdout for db in (a, b)]
    assert dumps[0] == dumps[1] and dumps[0]

    # A real city's database and the demo share: refused, said in French, nothing written.
    real, _ = __import__("citizenspace.store.migrate", fromlist=["x"]).open_database(city)
    real.close()
    before = _tree(share)
    r = _cli(tmp_path, "sync", "--db", str(city), "--share", str(share))
    assert r.returncode == 1
    [line] = r.stderr.strip().splitlines()
    assert "dossier partagé de démonstration" in line and "jamais" in line
    assert _tree(share) == before

    # The demo city and a real city's share: refused, with the command that makes a demo one.
    city_share = tmp_path / "city-share"
    city_share.mkdir()
    r = _cli(tmp_path, "sync", "--db", str(city), "--share", str(city_share))
    assert r.returncode == 0, r.stderr  # the real city makes its share
    before = _tree(city_share)
    r = _cli(tmp_path, "sync", "--db", str(a), "--share", str(city_share))
    assert r.returncode == 1
    [line] = r.stderr.strip().splitlines()
    assert "ville de démonstration" in line and "--init-demo-share" in line
    assert _tree(city_share) == before
    r = _cli(tmp_path, "sync", "--db", str(a), "--share", str(city_share), "--init-demo-share")
    assert r.returncode == 1
    assert "jamais" in r.stderr and _tree(city_share) == before

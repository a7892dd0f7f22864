"""The directory service: entries checked field by field, nothing written on error, and an
instant search that sees every change, whoever made it."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from citizenspace.domain import catalog as c
from citizenspace.domain.catalog import Competence
from citizenspace.domain.reception.directory import EntryDraft, EntryError, EntryFieldError
from citizenspace.services.common.errors import InUse
from citizenspace.services.reception.directory import DirectoryService, EntryInvalid
from citizenspace.store.models import DirectoryEntry, Theme, Visit


def count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(DirectoryEntry)) or 0


@pytest.fixture
def service(db) -> DirectoryService:
    return DirectoryService(db)


def civil(**changes) -> EntryDraft:
    base = dict(
        name="Service État civil",
        competence=Competence.CITY,
        body_name="Ville",
        keywords="naissance mariage décès",
        phone="0323069393",
        email="etat-civil@ville.example",
    )
    base.update(changes)
    return EntryDraft(**base)


def test_an_entry_is_created_tidied_and_found_at_once(service) -> None:
    created = service.create(civil())
    assert created.draft.phone == "03 23 06 93 93"
    assert [r.name for r in service.search("etat civ")] == ["Service État civil"]
    assert [r.name for r in service.search("MARIAGE")] == ["Service État civil"]
    assert service.search("poubelle") == []


def test_a_refused_entry_names_every_field_and_writes_nothing(db, service) -> None:
    with pytest.raises(EntryInvalid) as caught:
        service.create(civil(name=" ", competence=None, email="etat-civil@"))
    assert caught.value.errors == [
        EntryFieldError("name", EntryError.REQUIRED),
        EntryFieldError("competence", EntryError.REQUIRED),
        EntryFieldError("email", EntryError.INVALID_EMAIL),
    ]
    assert count(db) == 0


def test_a_twin_is_refused(db, service) -> None:
    service.create(civil())
    with pytest.raises(EntryInvalid) as caught:
        service.create(civil(name="service etat  CIVIL", phone=""))
    assert caught.value.errors == [EntryFieldError("name", EntryError.DUPLICATE)]
    other_body = service.create(civil(body_name="Mairie annexe"))  # another body: fine
    assert other_body.draft.body_name == "Mairie annexe"
    assert count(db) == 2


def test_an_update_is_checked_and_changes_only_that_entry(db, service) -> None:
    a = service.create(civil())
    b = service.create(civil(name="Service Élections", keywords="procuration"))
    with pytest.raises(EntryInvalid):
        service.update(b.id, civil(name="Service État civil"))  # would make a twin
    assert service.get(b.id).draft.name == "Service Élections"
    service.update(b.id, civil(name="Élections et recensement", keywords="procuration"))
    assert [r.id for r in service.search("recensement")] == [b.id]
    assert service.get(a.id).draft.name == "Service État civil"


def test_a_theme_can_be_linked_and_is_searched(db, service) -> None:
    with db.write() as s:
        parent = Theme(name="Déchets", keywords="")
        s.add(parent)
        s.flush()
        s.add(Theme(name="Encombrants", parent_id=parent.id, keywords=""))
    themes = {t.label: t.id for t in service.themes()}
    assert list(themes) == ["Déchets", "Déchets › Encombrants"]
    entry = service.create(
        civil(
            name="Collecte",
            competence=Competence.URBAN_COMMUNITY,
            body_name="Agglo",
            theme_id=themes["Déchets › Encombrants"],
        )
    )
    assert service.get(entry.id).theme == "Déchets › Encombrants"
    assert [r.name for r in service.search("encombrants")] == ["Collecte"]
    with pytest.raises(EntryInvalid) as caught:
        service.create(civil(theme_id="no-such-theme"))
    assert caught.value.errors == [EntryFieldError("theme_id", EntryError.UNKNOWN_THEME)]


def test_an_entry_named_by_a_visit_cannot_be_deleted_but_can_be_deactivated(db, service) -> None:
    entry = service.create(civil())
    with db.write() as s:
        s.add(
            Visit(
                channel=c.Channel.DESK,
                outcome=c.VisitOutcome.REDIRECTED,
                arrived_at=datetime(2026, 3, 2, 9, 0),
                directory_entry_id=entry.id,
            )
        )
    with pytest.raises(InUse) as caught:
        service.delete(entry.id)
    assert caught.value.used_by == {"visits": 1}
    assert count(db) == 1
    service.deactivate(entry.id)
    assert service.search("etat civil") == []
    assert [r.active for r in service.search("etat civil", include_inactive=True)] == [False]
    assert service.count() == 0 and service.count(include_inactive=True) == 1


def test_an_entry_nothing_names_is_deleted(db, service) -> None:
    entry = service.create(civil())
    assert service.usage(entry.id) == {}
    service.delete(entry.id)
    assert count(db) == 0
    assert service.search("") == []


def test_the_search_sees_changes_made_elsewhere(db, service) -> None:
    assert service.search("") == []
    other = DirectoryService(db)  # an import, the desk, another screen
    other.create(civil())
    assert [r.name for r in service.search("civil")] == ["Service État civil"]
    with db.write() as s:  # a sync applying a rename
        e = s.scalars(select(DirectoryEntry)).one()
        e.name = "État civil et cimetières"
    assert [r.name for r in service.search("cimet")] == ["État civil et cimetières"]

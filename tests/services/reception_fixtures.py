"""A small reception office for the desk's tests: one site, a few themes and services,
two staff members, a district, and two people (one agreed to be contacted)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from citizenspace.domain import catalog as c
from citizenspace.services.reception.reception import ReceptionService
from citizenspace.store.models import (
    DirectoryEntry,
    District,
    LocalSetting,
    Person,
    Site,
    StaffAccount,
    Theme,
)

NOW = datetime(2026, 11, 20, 10, 30, 0)


class Clock:
    """The desk's clock, moved by the test (no wall-clock time in tests)."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Office:
    service: ReceptionService
    clock: Clock
    site: str
    other_site: str
    civil: str
    passport: str
    roads: str
    pavements: str
    civil_service: str
    roads_service: str
    staff: str
    staff2: str
    district: str
    consenting: str
    not_consenting: str


def make_office(db) -> Office:  # noqa: ANN001 - a Database
    ids: dict[str, str] = {}
    with db.write() as s:
        site = Site(name="Espace Citoyens", kind=c.SiteKind.CITIZEN_SPACE)
        other = Site(name="Hôtel de ville", kind=c.SiteKind.TOWN_HALL)
        civil = Theme(name="État civil", keywords="acte naissance mariage")
        roads = Theme(name="Voirie", keywords="rue route chaussée")
        s.add_all([site, other, civil, roads])
        s.flush()
        passport = Theme(
            name="Carte d'identité et passeport", keywords="cni passeport", parent_id=civil.id
        )
        pavements = Theme(name="Trottoirs", keywords="trottoir dalle descellée", parent_id=roads.id)
        s.add_all([passport, pavements])
        s.flush()
        civil_service = DirectoryEntry(
            name="Service État civil",
            competence=c.Competence.CITY,
            body_name="Ville",
            keywords="naissance mariage",
            theme_id=civil.id,
            phone="03 23 00 00 01",
        )
        roads_service = DirectoryEntry(
            name="Voirie communautaire",
            competence=c.Competence.URBAN_COMMUNITY,
            body_name="Agglomération",
            keywords="chaussée trottoir",
            theme_id=roads.id,
        )
        staff = StaffAccount(login="anne", display_name="Anne Dupont", role=c.StaffRole.RECEPTION)
        staff2 = StaffAccount(login="marc", display_name="Marc Leroy", role=c.StaffRole.RECEPTION)
        district = District(name="Centre-ville", code="CV")
        yes = Person(
            first_name="Hélène",
            last_name="Martin",
            search_key="martin helene",
            consent_contact=True,
        )
        no = Person(
            first_name="Paul", last_name="Durand", search_key="durand paul", consent_contact=False
        )
        s.add_all([civil_service, roads_service, staff, staff2, district, yes, no])
        s.flush()
        s.add(LocalSetting(key="site_id", value=site.id))
        for name, obj in (
            ("site", site),
            ("other_site", other),
            ("civil", civil),
            ("passport", passport),
            ("roads", roads),
            ("pavements", pavements),
            ("civil_service", civil_service),
            ("roads_service", roads_service),
            ("staff", staff),
            ("staff2", staff2),
            ("district", district),
            ("consenting", yes),
            ("not_consenting", no),
        ):
            ids[name] = obj.id
    clock = Clock()
    return Office(service=ReceptionService(db, now=clock), clock=clock, **ids)

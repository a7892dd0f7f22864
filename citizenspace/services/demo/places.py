"""The places of the demo city (its name, sites, devices, districts) and what people come
about (the themes of the reception log and the directory "Qui fait quoi ?").

The directory's services go through the directory's own rules: each is an `EntryDraft`
whose competence is read as a directory file's is (`parse_competence`), checked by
`domain.reception.directory.check` and stored as `normalise` gives it back, a twin of another
entry refused as the directory service refuses it. Sites, devices, districts, settings and
themes have no rule in the domain yet: their rows are made here, one place per table.
"""

from __future__ import annotations

from citizenspace.domain.ids import id_for_key
from citizenspace.domain.reception import directory as rules
from citizenspace.domain.reception.directory import EntryDraft, EntryError, EntryFieldError
from citizenspace.services.demo.city import City, Row, refuse_unless
from citizenspace.services.demo.data import ServiceData
from citizenspace.store.models import Device, DirectoryEntry, District, Setting, Site, Theme


def places(city: City) -> None:
    _, new_id = city.dice("places")
    data = city.data
    city.add(Setting, [setting("city_name", data.city.name)])
    sites = []
    for site in data.sites:
        city.site_ids[site.key] = new_id()
        sites.append(
            {
                "id": city.site_ids[site.key],
                "name": site.name,
                "kind": site.kind,
                "address": site.address,
            }
        )
    city.add(Site, sites)
    devices = []
    for device in data.devices:
        city.device_ids[device.key] = new_id()
        devices.append(
            {
                "id": city.device_ids[device.key],
                "name": device.name,
                "kind": device.kind,
                "site_id": city.site_ids[device.site],
            }
        )
    city.add(Device, devices)
    for district in data.districts:
        row = {"id": new_id(), "name": district.name, "code": district.code}
        city.districts.append(row)
        city.streets[row["id"]] = district.streets
    city.add(District, city.districts)


def setting(key: str, value: str) -> Row:
    """A shared setting, under the id every machine gives that key."""
    return {"id": id_for_key("setting", key), "key": key, "value": value}


def themes_and_directory(city: City) -> None:
    rng, new_id = city.dice("themes")
    rows = []
    for theme in city.data.themes:
        pid = new_id()
        city.theme_ids[theme.name] = pid
        city.sub_themes[pid] = []
        rows.append(_theme(pid, None, theme.name, theme.keywords))
        city.theme_names[pid] = theme.name
        for sub, sub_keywords in theme.sub_themes:
            sid = new_id()
            city.theme_names[sid] = sub
            city.sub_themes[pid].append(sid)
            city.theme_parent_of[sid] = pid
            rows.append(_theme(sid, pid, sub, sub_keywords))
    city.add(Theme, rows)
    by_folded_name = {rules.fold(name): tid for name, tid in city.theme_ids.items()}
    twins: set[tuple[str, str]] = set()
    for service in city.data.services:
        eid = new_id()
        phone = "03 23 " + " ".join(f"{rng.randrange(100):02d}" for _ in range(3))
        row = _entry(city, eid, service, phone, by_folded_name, twins)
        city.directory[eid] = row
        city.directory_by_theme.setdefault(row["theme_id"], []).append(eid)
    city.add(DirectoryEntry, list(city.directory.values()))


def _theme(theme_id: str, parent_id: str | None, name: str, keywords: str) -> Row:
    return {
        "id": theme_id,
        "parent_id": parent_id,
        "name": name,
        "keywords": keywords,
        "active": True,
    }


def _entry(
    city: City,
    entry_id: str,
    service: ServiceData,
    phone: str,
    themes: dict[str, str],
    twins: set[tuple[str, str]],
) -> Row:
    """One service of the directory, as the directory's form would save it."""
    competence = rules.parse_competence(service.competence)
    draft = EntryDraft(
        name=service.name,
        competence=competence,
        body_name=service.body,
        keywords=service.keywords,
        phone=phone,
        email=service.email,
        address=f"{service.address}, {city.data.city.postcode} {city.data.city.town}",
        hours=service.hours,
        theme_id=themes.get(rules.fold(service.theme)),
    )
    problems = rules.check(draft)
    if competence is None:  # words no directory file may hold: said as the import says it
        problems = [p for p in problems if p.field != "competence"]
        problems.insert(0, EntryFieldError("competence", EntryError.UNKNOWN_COMPETENCE))
    if draft.theme_id is None:
        problems.append(EntryFieldError("theme", EntryError.UNKNOWN_THEME))
    if rules.identity(draft.name, draft.body_name) in twins:
        problems.insert(0, EntryFieldError("name", EntryError.DUPLICATE))
    refuse_unless(service.where, problems)
    twins.add(rules.identity(draft.name, draft.body_name))
    d = rules.normalise(draft)
    return {
        "id": entry_id,
        "name": d.name,
        "competence": d.competence,
        "body_name": d.body_name,
        "keywords": d.keywords,
        "phone": d.phone,
        "email": d.email,
        "address": d.address,
        "hours": d.hours,
        "website": d.website,
        "theme_id": d.theme_id,
        "active": True,
    }

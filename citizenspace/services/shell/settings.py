"""Settings: what is shared by the city's machines, and what belongs to this machine only."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from citizenspace.domain.catalog import DeviceKind, SiteKind
from citizenspace.domain.ids import id_for_key
from citizenspace.services.common.errors import CodesRefused
from citizenspace.store.database import Database
from citizenspace.store.models import Device, LocalSetting, LocalState, Setting, Site

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
CITY_NAME_MAX = 120
DEVICE_NAME_MAX = 120


class SettingsError(StrEnum):
    CITY_NAME_REQUIRED = "city_name_required"
    CITY_NAME_TOO_LONG = "city_name_too_long"
    DEVICE_NAME_REQUIRED = "device_name_required"
    DEVICE_NAME_TOO_LONG = "device_name_too_long"
    UNKNOWN_SITE = "unknown_site"
    UNKNOWN_LANGUAGE = "unknown_language"
    SHARE_NOT_A_FOLDER = "share_not_a_folder"


class SettingsInvalid(CodesRefused):
    """Refused, nothing saved: the codes (`SettingsError`) say why."""


class ShareWarning(StrEnum):
    UNREACHABLE = "unreachable"
    READ_ONLY = "read_only"


@dataclass(frozen=True, slots=True)
class SiteChoice:
    id: str
    name: str
    kind: SiteKind


@dataclass(frozen=True, slots=True)
class SettingsValues:
    city_name: str
    site_id: str | None
    device_name: str
    share_folder: str
    language: str


@dataclass(frozen=True, slots=True)
class SaveResult:
    values: SettingsValues
    language_changed: bool
    share_warning: ShareWarning | None


def share_warning(folder: str) -> ShareWarning | None:
    """Can we reach and write the share now? The share is optional and comes and goes, so
    this is a warning, never a refusal."""
    if not folder:
        return None
    p = Path(folder)
    if not p.is_dir():
        return ShareWarning.UNREACHABLE
    if not os.access(p, os.W_OK):
        return ShareWarning.READ_ONLY
    return None


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def ensure_device(self) -> None:
        """Make sure this machine is in the device registry, so others can name it."""
        with self._db.write() as s:
            state = s.get(LocalState, 1)
            assert state is not None
            if s.get(Device, state.device_id) is None:
                s.add(
                    Device(
                        id=state.device_id,
                        name=socket.gethostname()[:DEVICE_NAME_MAX],
                        kind=DeviceKind.STAFF,
                        site_id=_local(s, "site_id") or None,
                    )
                )

    def load(self) -> SettingsValues:
        with self._db.read() as s:
            state = s.get(LocalState, 1)
            assert state is not None
            device = s.get(Device, state.device_id)
            city = s.scalar(select(Setting.value).where(Setting.key == "city_name")) or ""
            return SettingsValues(
                city_name=city,
                site_id=_local(s, "site_id") or None,
                device_name=device.name if device else socket.gethostname(),
                share_folder=_local(s, "share_folder"),
                language=_local(s, "language") or DEFAULT_LANGUAGE,
            )

    def language(self) -> str:
        with self._db.read() as s:
            return _local(s, "language") or DEFAULT_LANGUAGE

    def sites(self) -> list[SiteChoice]:
        with self._db.read() as s:
            rows = s.scalars(select(Site).order_by(Site.name))
            return [SiteChoice(r.id, r.name, r.kind) for r in rows]

    def save(self, values: SettingsValues) -> SaveResult:
        city = " ".join(values.city_name.split())
        device_name = " ".join(values.device_name.split())
        share = values.share_folder.strip()
        errors: list[SettingsError] = []
        if not city:
            errors.append(SettingsError.CITY_NAME_REQUIRED)
        elif len(city) > CITY_NAME_MAX:
            errors.append(SettingsError.CITY_NAME_TOO_LONG)
        if not device_name:
            errors.append(SettingsError.DEVICE_NAME_REQUIRED)
        elif len(device_name) > DEVICE_NAME_MAX:
            errors.append(SettingsError.DEVICE_NAME_TOO_LONG)
        if values.language not in LANGUAGES:
            errors.append(SettingsError.UNKNOWN_LANGUAGE)
        if share and Path(share).exists() and not Path(share).is_dir():
            errors.append(SettingsError.SHARE_NOT_A_FOLDER)
        with self._db.write() as s:
            if values.site_id and s.get(Site, values.site_id) is None:
                errors.append(SettingsError.UNKNOWN_SITE)
            if errors:
                raise SettingsInvalid(errors)
            old_language = _local(s, "language") or DEFAULT_LANGUAGE
            setting = s.get(Setting, id_for_key("setting", "city_name"))
            if setting is None:
                s.add(Setting(id=id_for_key("setting", "city_name"), key="city_name", value=city))
            elif setting.value != city:
                setting.value = city
            _set_local(s, "site_id", values.site_id or "")
            _set_local(s, "share_folder", share)
            _set_local(s, "language", values.language)
            state = s.get(LocalState, 1)
            assert state is not None
            device = s.get(Device, state.device_id)
            if device is None:
                s.add(
                    Device(
                        id=state.device_id,
                        name=device_name,
                        kind=DeviceKind.STAFF,
                        site_id=values.site_id,
                    )
                )
            else:
                if device.name != device_name:
                    device.name = device_name
                if device.site_id != values.site_id:
                    device.site_id = values.site_id
        saved = SettingsValues(city, values.site_id, device_name, share, values.language)
        return SaveResult(saved, values.language != old_language, share_warning(share))

    def add_site(self, name: str, kind: SiteKind = SiteKind.OTHER) -> SiteChoice:
        name = " ".join(name.split())
        if not name:
            raise SettingsInvalid([SettingsError.UNKNOWN_SITE])
        with self._db.write() as s:
            site = Site(name=name, kind=kind)
            s.add(site)
            s.flush()
            return SiteChoice(site.id, site.name, site.kind)


def _local(s, key: str) -> str:  # noqa: ANN001 - a Session
    row = s.get(LocalSetting, key)
    return row.value if row else ""


def _set_local(s, key: str, value: str) -> None:  # noqa: ANN001 - a Session
    row = s.get(LocalSetting, key)
    if row is None:
        s.add(LocalSetting(key=key, value=value))
    elif row.value != value:
        row.value = value

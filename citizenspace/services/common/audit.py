"""The audit log's shared parts: who is acting, for every service that writes an entry.

An entry names a person or a machine, never a child, a code or a ballot.
"""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from citizenspace.store.models import Device, LocalSetting, LocalState, StaffAccount


def who_acts(s: Session) -> str:
    """Who is acting: the staff member at the desk if one is set, else this machine's
    user and name."""
    staff = s.get(LocalSetting, "desk_staff_id")
    if staff is not None and staff.value:
        account = s.get(StaffAccount, staff.value)
        if account is not None:
            return account.display_name
    state = s.get(LocalState, 1)
    device = s.get(Device, state.device_id) if state else None
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no login name on this system
        user = ""
    return "@".join(x for x in (user, device.name if device else "") if x)

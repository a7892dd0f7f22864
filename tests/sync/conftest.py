"""What the sync tests share: a real share folder and real replica databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from citizenspace.sync.share import open_share


@pytest.fixture
def share(tmp_path: Path) -> Path:
    root = tmp_path / "share"
    root.mkdir()
    open_share(root)
    return root

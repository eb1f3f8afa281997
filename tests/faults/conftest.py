"""Fault tests: no environment variable of the developer's steers where their data goes."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("DIWAN_WAREHOUSE", "DIWAN_RULES_VERSION", "DIWAN_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)


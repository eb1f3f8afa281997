"""Orchestration: the Prefect flow, its deployment and the `diwan` command.

Importing this package sets Diwan's defaults for Prefect before Prefect reads its settings (a user's own
environment or profile still wins, since these are only defaults):

- The temporary ("ephemeral") Prefect server that a run without PREFECT_API_URL starts creates and
  migrates its SQLite database the first time it runs on a machine. On a busy two-core machine that
  takes 25-40 s, past Prefect's default start-up timeout of 20 s, and the newcomer's first `make demo`
  died with "Timed out while attempting to connect to ephemeral Prefect API server". Later starts take
  5-15 s, so a generous limit costs nothing when the server is healthy.
- The server's usage heartbeat races its own SQLite start-up and prints a "database is locked"
  traceback (and, offline, a failed DNS look-up) into every run's output.
"""
from __future__ import annotations

import os

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}

for _name, _value in PREFECT_DEFAULTS.items():
    os.environ.setdefault(_name, _value)

"""Where Diwan keeps its runtime data: one folder, moved with DIWAN_DATA_DIR."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = PROJECT_ROOT / "extraction" / "rules"
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"


def data_dir() -> Path:
    """The runtime data folder (created on first use)."""
    path = Path(os.environ.get("DIWAN_DATA_DIR") or PROJECT_ROOT / "data").resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def warehouse_path(base: Path | None = None) -> Path:
    """The DuckDB warehouse file; DIWAN_WAREHOUSE overrides the default inside the data folder."""
    if os.environ.get("DIWAN_WAREHOUSE"):
        return Path(os.environ["DIWAN_WAREHOUSE"]).resolve()
    return (base or data_dir()) / "warehouse.duckdb"


def rules_version() -> str:
    return (RULES_DIR / "VERSION").read_text(encoding="utf-8").strip()

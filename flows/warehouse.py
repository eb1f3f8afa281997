"""Build the DuckDB warehouse with dbt, and its documentation site.

`build_warehouse()` runs `dbt build` (seeds, models, data tests; unit tests on request) on `dbt_project/`, the
only writer of the warehouse, then reads the row counts of the marts through a read-only
connection. `generate_docs()` renders dbt's static single-file docs site into the data folder.

dbt runs as a subprocess of this virtualenv's `dbt`, not through `dbtRunner` in-process: a
subprocess starts from clean global state every time (dbt's flags, adapter registry and
DuckDB connection handles are process-wide and make repeated in-process runs fragile), and its
DuckDB file lock is released when it exits, so a later read-only connection can open the file.
Its target and log paths point into the data folder, so the repository tree stays clean.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from flows import paths

MARTS = (
    "fct_meetings", "fct_invitations", "fct_messages", "dim_countries", "dim_documents",
    "dim_persons", "dim_person_terms", "dim_prime_ministers",
    "fct_invitation_outcomes", "fct_release_parity", "mart_monthly_activity",
)

BUILD_RESULTS = "build_run_results.json"  # copy of the last successful build's run_results.json


class WarehouseBuildError(RuntimeError):
    """`dbt` failed; `failed_nodes` lists the unique ids of the nodes that errored or failed."""

    def __init__(self, message: str, failed_nodes: list[str] | None = None, log_tail: str = ""):
        super().__init__(message)
        self.failed_nodes = failed_nodes or []
        self.log_tail = log_tail


@dataclass(frozen=True)
class DbtPaths:
    data_dir: Path
    warehouse: Path
    target: Path
    logs: Path


def dbt_paths(data_dir: Path | None = None) -> DbtPaths:
    base = Path(data_dir).resolve() if data_dir else paths.data_dir()
    base.mkdir(parents=True, exist_ok=True)
    return DbtPaths(
        data_dir=base,
        warehouse=paths.warehouse_path(base),
        target=base / "dbt_target",
        logs=base / "dbt_logs",
    )


def _dbt_executable() -> str:
    """The `dbt` of the running interpreter's environment (never a different one on PATH)."""
    candidate = Path(sys.executable).parent / ("dbt.exe" if os.name == "nt" else "dbt")
    if candidate.exists():
        return str(candidate)
    found = shutil.which("dbt")
    if not found:
        raise WarehouseBuildError("dbt is not installed in this environment (uv sync)")
    return found


def _environment(p: DbtPaths, rules_version: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env["DIWAN_DATA_DIR"] = str(p.data_dir)
    env["DIWAN_WAREHOUSE"] = str(p.warehouse)
    env["DIWAN_RULES_VERSION"] = rules_version or os.environ.get("DIWAN_RULES_VERSION") or paths.rules_version()
    env["DBT_SEND_ANONYMOUS_USAGE_STATS"] = "false"
    # Partial parsing (2-3 s saved per dbt call) is safe: the parsed project does not depend on the data
    # folder (the raw views' env vars are read at run time, by on-run-start), dbt re-parses changed
    # files and a changed profile, and each data folder keeps its own target/ and parse cache.
    env["DBT_PARTIAL_PARSE"] = "true"
    env.setdefault("DBT_USE_COLORS", "false")
    return env


def _run_dbt(args: list[str], p: DbtPaths, rules_version: str | None) -> subprocess.CompletedProcess:
    p.warehouse.parent.mkdir(parents=True, exist_ok=True)
    command = [
        _dbt_executable(), *args,
        "--project-dir", str(paths.DBT_PROJECT_DIR),
        "--profiles-dir", str(paths.DBT_PROJECT_DIR),
        "--target-path", str(p.target),
        "--log-path", str(p.logs),
    ]
    return subprocess.run(
        command,
        # from inside the project, as with a plain `dbt build` there (relative paths in the project agree)
        cwd=paths.DBT_PROJECT_DIR,
        env=_environment(p, rules_version),
        capture_output=True,
        text=True,
        check=False,
    )


def _failed_nodes(target: Path) -> list[str]:
    results = target / "run_results.json"
    if not results.exists():
        return []
    data = json.loads(results.read_text(encoding="utf-8"))
    return [
        r["unique_id"]
        for r in data.get("results", [])
        if r.get("status") in {"error", "fail", "runtime error"}
    ]


def _raise_for(proc: subprocess.CompletedProcess, what: str, p: DbtPaths) -> None:
    if proc.returncode == 0:
        return
    failed = _failed_nodes(p.target)
    tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-30:])
    names = ", ".join(failed) if failed else "(no node result; see the log below)"
    raise WarehouseBuildError(f"{what} failed (exit {proc.returncode}); failing nodes: {names}\n{tail}", failed, tail)


def mart_counts(warehouse: Path) -> dict[str, int]:
    """Rows per mart, read through a read-only connection (absent marts are left out)."""
    counts: dict[str, int] = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        present = {
            name for (name,) in con.execute(
                "select table_name from information_schema.tables where table_schema = 'marts'"
            ).fetchall()
        }
        for mart in MARTS:
            if mart in present:
                counts[mart] = con.execute(f"select count(*) from marts.{mart}").fetchone()[0]
    return counts


def build_warehouse(data_dir: Path | None = None, rules_version: str | None = None, unit_tests: bool = False) -> dict:
    """Run `dbt build` on the data folder and return what it built.

    dbt's unit tests check the models' SQL on fixed inputs, not the data: they run in `make test` (with
    `unit_tests=True`, tests/dbt/) and are left out of the daily build, as dbt advises for production.

    Returns {"warehouse": str path, "rules_version": str, "counts": {mart: rows}, "nodes": {status: n}}.
    Raises WarehouseBuildError (naming the failing nodes) when a model, seed or test fails.
    """
    p = dbt_paths(data_dir)
    env_version = _environment(p, rules_version)["DIWAN_RULES_VERSION"]
    proc = _run_dbt(["build"] if unit_tests else ["build", "--exclude-resource-type", "unit_test"], p, env_version)
    _raise_for(proc, "dbt build", p)
    statuses: dict[str, int] = {}
    results = p.target / "run_results.json"
    if results.exists():
        # kept apart: a later `dbt docs generate` rewrites run_results.json
        shutil.copyfile(results, p.target / BUILD_RESULTS)
        for r in json.loads(results.read_text(encoding="utf-8")).get("results", []):
            statuses[r["status"]] = statuses.get(r["status"], 0) + 1
    return {
        "warehouse": str(p.warehouse),
        "rules_version": env_version,
        "counts": mart_counts(p.warehouse),
        "nodes": statuses,
    }


def generate_docs(data_dir: Path | None = None, rules_version: str | None = None) -> Path:
    """Render dbt's docs as one static HTML file (readable offline) at `data/docs/dbt/index.html`."""
    p = dbt_paths(data_dir)
    proc = _run_dbt(["docs", "generate", "--static"], p, rules_version)
    _raise_for(proc, "dbt docs generate", p)
    site = p.target / "static_index.html"
    if not site.exists():
        raise WarehouseBuildError(f"dbt docs generate --static wrote no {site}")
    out = p.data_dir / "docs" / "dbt" / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(site, out)
    return out

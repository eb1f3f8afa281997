"""Warehouses built once per session from tests/fixtures/warehouse/ (dbt start-up costs seconds).

tests/dbt/ and tests/expectations/ import these fixtures into their conftests; each conftest
registers its own copy, so a build is cached on the pytest config object and made only once.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows.warehouse import WarehouseBuildError, build_warehouse

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "warehouse"
RULES_VERSION = "fixture-1"


@pytest.fixture(scope="session", autouse=True)
def _warehouse_env():
    with pytest.MonkeyPatch.context() as mp:
        for name in ("DIWAN_WAREHOUSE", "DIWAN_RULES_VERSION", "DIWAN_DATA_DIR"):
            mp.delenv(name, raising=False)
        yield


def _build(config: pytest.Config, base: Path, name: str, layers: list[str]):
    """Copy the fixture layers into a fresh data folder and build it, once per session."""
    builds = config.__dict__.setdefault("_diwan_warehouse_builds", {})
    if name not in builds:
        data_dir = base / name
        data_dir.mkdir(parents=True, exist_ok=True)
        for layer in layers:
            shutil.copytree(FIXTURES / layer, data_dir, dirs_exist_ok=True)
        try:
            builds[name] = (data_dir, build_warehouse(data_dir, rules_version=RULES_VERSION, unit_tests=True))
        except WarehouseBuildError as error:
            builds[name] = (data_dir, error)
    return builds[name]


@pytest.fixture(scope="session")
def good_warehouse(pytestconfig, tmp_path_factory) -> tuple[Path, dict]:
    data_dir, result = _build(pytestconfig, tmp_path_factory.getbasetemp(), "warehouse-good", ["good"])
    assert isinstance(result, dict), f"fixture warehouse failed to build: {result}"
    return data_dir, result


@pytest.fixture(scope="session")
def corrupt_warehouse(pytestconfig, tmp_path_factory) -> tuple[Path, WarehouseBuildError]:
    data_dir, result = _build(pytestconfig, tmp_path_factory.getbasetemp(), "warehouse-corrupt", ["good", "corrupt"])
    assert isinstance(result, WarehouseBuildError), "the corrupt fixture should fail dbt's tests"
    return data_dir, result

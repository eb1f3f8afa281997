"""The fixture warehouses (tests/warehouse_fixtures.py) and the docs site built from the good one."""
from __future__ import annotations

from pathlib import Path

import pytest
from warehouse_fixtures import RULES_VERSION, _warehouse_env, corrupt_warehouse, good_warehouse  # noqa: F401

from flows.warehouse import generate_docs


@pytest.fixture(scope="session")
def good_docs(good_warehouse) -> Path:  # noqa: F811 - the fixture imported above, by name
    """dbt's static docs site of the fixture warehouse, generated once; `dbt docs generate` also
    compiles the example analyses (dbt_project/analyses/) into dbt_target/compiled/."""
    data_dir, _ = good_warehouse
    return generate_docs(data_dir, rules_version=RULES_VERSION)

"""Test-session setup shared by the whole suite."""
from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes more than a few seconds (real Scrapy, dbt or GX)")
    config.addinivalue_line("markers", "e2e: the whole pipeline on the replica, through Prefect")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server and database for the whole session, started by the first test that
    runs a flow. Unit tests that call `task.fn()` don't need it and don't pay its start-up time."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield

"""The fixture warehouses (tests/warehouse_fixtures.py)."""
from warehouse_fixtures import _warehouse_env, corrupt_warehouse, good_warehouse  # noqa: F401

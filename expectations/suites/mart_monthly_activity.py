"""Suite `mart_monthly_activity`: one row per (month, PM term, foreign party)."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, suite

TABLE = "mart_monthly_activity"


def build(ref: Reference):
    return suite(TABLE, [
        gxe.ExpectCompoundColumnsToBeUnique(column_list=["activity_month", "pm_term_id", "party_code"],
                                            meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="pm_term_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="pm_name", value_set=ref.pm_names, meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="party_code", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="n_facts", min_value=1, meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="count_gap", min_value=0, max_value=0, meta=CRITICAL,
                                          notes="n_facts = meetings + invitations + messages."),
        gxe.ExpectColumnValuesToBeBetween(column="days_in_future", max_value=0, meta=CRITICAL),
    ], "Monthly activity by foreign party and Prime Minister's term.")

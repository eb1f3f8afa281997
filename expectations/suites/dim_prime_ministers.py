"""Suite `dim_prime_ministers`: one row per term of an Iraqi Prime Minister."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, suite

TABLE = "dim_prime_ministers"


def build(ref: Reference):
    return suite(TABLE, [
        gxe.ExpectColumnValuesToNotBeNull(column="pm_term_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="pm_term_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="pm_name", value_set=ref.pm_names, meta=CRITICAL),
        gxe.ExpectTableRowCountToEqual(value=len(ref.pm_terms), meta=CRITICAL,
                                       notes="Every term of extraction/rules/office_holders.csv."),
        gxe.ExpectColumnValuesToBeBetween(column="days_to_next_term", min_value=0, max_value=0, meta=WARNING,
                                          notes="Terms are contiguous: each ends the day the next begins."),
        gxe.ExpectColumnValuesToNotBeNull(column="pm_name_ar", meta=WARNING),
    ], "Terms of Iraq's Prime Ministers.")

"""Suite `fct_release_parity`: one row per fact of the official releases, by language."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, suite

TABLE = "fct_release_parity"


def build(ref: Reference):
    return suite(TABLE, [
        gxe.ExpectColumnValuesToNotBeNull(column="fact_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="fact_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="fact_type", value_set=["meeting", "invitation", "message"],
                                        meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="parity_status", value_set=list(ref.parity_statuses), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="n_releases_of_reporting_languages", min_value=1, meta=CRITICAL,
                                          notes="Each language that reports a fact published a release that day "
                                                "(or the fact's date differs from its release's)."
                                          , mostly=0.9),
        gxe.ExpectColumnValuesToBeBetween(column="days_in_future", max_value=0, meta=CRITICAL),
    ], "Facts of the Prime Minister's media office releases: in both languages, Arabic only or English only.")

"""Suite `stg_feeds__documents`: the latest crawl run of each spider (the day's crawl).

The batch is the rows of `staging.stg_feeds__documents` whose run is the newest feed file of its
spider (expectations.run.load_batches), with `fetched_age_hours` (hours since the newest fetch).
"""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, suite

SUITE_NAME = "stg_feeds__documents"
TABLE = "stg_feeds__documents"
FRESH_HOURS = 48


def build(ref: Reference):
    return suite(SUITE_NAME, [
        # An incremental crawl may find nothing new on a quiet day: a warning, not a failure.
        gxe.ExpectTableRowCountToBeBetween(min_value=1, meta=WARNING,
                                           notes="The latest crawl fetched at least one document."),
        gxe.ExpectColumnMinToBeBetween(column="fetched_age_hours", max_value=FRESH_HOURS, meta=WARNING,
                                       notes=f"The latest crawl fetched something in the last {FRESH_HOURS} hours."),
        gxe.ExpectColumnValuesToNotBeNull(column="doc_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="url", meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="fetched_at", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="lang", value_set=list(ref.languages), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="source_kind", value_set=list(ref.source_kinds), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="days_in_future", max_value=0, meta=CRITICAL,
                                          notes="published_date is not after today."),
        gxe.ExpectColumnValuesToNotBeNull(column="body_text", mostly=0.95, meta=WARNING),
        gxe.ExpectColumnValuesToNotBeNull(column="published_date", mostly=0.9, meta=WARNING),
    ], "Documents of the latest crawl run of each spider.")

"""Suite `dim_documents`: one row per document, copies of one article merged."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, suite

TABLE = "dim_documents"


def build(ref: Reference):
    return suite(TABLE, [
        gxe.ExpectColumnValuesToNotBeNull(column="doc_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="doc_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="content_hash", meta=CRITICAL,
                                         notes="The same article under two URLs is one document."),
        gxe.ExpectColumnValuesToNotBeNull(column="url", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="lang", value_set=list(ref.languages), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="source_kind", value_set=list(ref.source_kinds), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="days_in_future", max_value=0, meta=CRITICAL,
                                          notes="published_date is not after today."),
        gxe.ExpectColumnValuesToNotBeNull(column="published_date", mostly=0.9, meta=WARNING),
        gxe.ExpectColumnValuesToNotBeNull(column="title", mostly=0.99, meta=WARNING),
        gxe.ExpectColumnValuesToBeBetween(column="n_events", min_value=0, meta=CRITICAL),
    ], "Documents (articles and releases) the facts come from.")

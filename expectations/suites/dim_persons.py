"""Suite `dim_persons`: one row per person of the office-holder registry."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, suite

TABLE = "dim_persons"


def build(ref: Reference):
    return suite(TABLE, [
        gxe.ExpectColumnValuesToNotBeNull(column="person_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="person_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="name_en", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="country", value_set=list(ref.country_codes), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="org", value_set=list(ref.org_codes), meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="name_ar", mostly=0.95, meta=WARNING,
                                          notes="Nearly every person has an Arabic spelling."),
    ], "Office holders, Iraqi and foreign, with their names in both scripts.")

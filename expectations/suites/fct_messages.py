"""Suite `fct_messages`: letters and messages from foreign leaders to the Iraqi PM."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, coded_fact_expectations, fact_expectations, suite

TABLE = "fct_messages"
DATE_COLUMN = "message_date"


def build(ref: Reference):
    roles = list(ref.counterpart_roles)
    return suite(TABLE, [
        *fact_expectations(ref, "message_id", DATE_COLUMN),
        *coded_fact_expectations(ref, "from"),
        gxe.ExpectColumnValuesToBeInSet(column="from_role", value_set=roles, meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="carrier_role", value_set=roles, meta=WARNING),
        gxe.ExpectColumnValuesToBeInSet(column="from_country", value_set=list(ref.country_codes), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="from_org", value_set=list(ref.org_codes), meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="party", meta=WARNING,
                                          notes="A message comes from a country or an organisation."),
    ], "Messages conveyed to the Iraqi Prime Minister, one row per message.")

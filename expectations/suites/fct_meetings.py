"""Suite `fct_meetings`: one row per meeting of the Iraqi PM with a foreign party."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, coded_fact_expectations, fact_expectations, suite

TABLE = "fct_meetings"
DATE_COLUMN = "meeting_date"


def build(ref: Reference):
    return suite(TABLE, [
        *fact_expectations(ref, "meeting_id", DATE_COLUMN),
        *coded_fact_expectations(ref, "counterpart"),
        gxe.ExpectColumnValuesToNotBeNull(column="counterpart_role", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="counterpart_role", value_set=list(ref.counterpart_roles), meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="mode", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="mode", value_set=list(ref.meeting_modes), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="counterpart_country", value_set=list(ref.country_codes), meta=CRITICAL,
                                        notes="ISO alpha-2 codes of dim_countries (nulls are organisations)."),
        gxe.ExpectColumnValuesToBeInSet(column="counterpart_org", value_set=list(ref.org_codes), meta=CRITICAL,
                                        notes="Codes of extraction/rules/organisations.csv."),
        gxe.ExpectColumnValuesToNotBeNull(column="party", meta=WARNING,
                                          notes="A meeting names a country or an organisation."),
        gxe.ExpectColumnValuesToBeNull(column="phone_location", meta=WARNING,
                                       notes="Phone and video calls have no location."),
    ], "Meetings of the Iraqi Prime Minister, one row per real-world encounter.")

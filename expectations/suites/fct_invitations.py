"""Suite `fct_invitations`: invitations to visit, in both directions."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, coded_fact_expectations, fact_expectations, suite

TABLE = "fct_invitations"
DATE_COLUMN = "invitation_date"


def build(ref: Reference):
    return suite(TABLE, [
        *fact_expectations(ref, "invitation_id", DATE_COLUMN),
        *coded_fact_expectations(ref, "foreign"),
        gxe.ExpectColumnValuesToNotBeNull(column="direction", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="direction", value_set=list(ref.invitation_directions), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="foreign_role", value_set=list(ref.counterpart_roles), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="foreign_country", value_set=list(ref.country_codes), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="foreign_org", value_set=list(ref.org_codes), meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="party", meta=WARNING,
                                          notes="An invitation names a country or an organisation."),
    ], "Invitations between the Iraqi Prime Minister and foreign parties, one row per invitation.")

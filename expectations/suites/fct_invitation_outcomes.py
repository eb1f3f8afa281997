"""Suite `fct_invitation_outcomes`: one row per invitation, followed through."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference
from expectations.suites._common import CRITICAL, WARNING, suite

TABLE = "fct_invitation_outcomes"


def build(ref: Reference):
    return suite(TABLE, [
        gxe.ExpectColumnValuesToNotBeNull(column="invitation_id", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column="invitation_id", meta=CRITICAL,
                                         notes="One outcome per invitation."),
        gxe.ExpectColumnValuesToNotBeNull(column="outcome", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="outcome", value_set=list(ref.invitation_outcomes), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="direction", value_set=list(ref.invitation_directions), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="days_to_visit", min_value=1, meta=CRITICAL,
                                          notes="A visit comes after its invitation."),
        gxe.ExpectColumnValuesToBeBetween(column="days_to_reciprocation", min_value=0, meta=CRITICAL,
                                          notes="A reciprocal invitation comes the same day or later."),
        gxe.ExpectColumnValuesToBeNull(column="visit_without_outcome", meta=CRITICAL,
                                       notes="A visit found means the outcome says made (and the reverse)."),
        gxe.ExpectColumnValuesToNotBeNull(column="invitation_date", mostly=0.5, meta=WARNING,
                                          notes="Undated invitations cannot be followed through."),
    ], "Invitations followed through: visit made or not, after how many days, reciprocated.")

"""Great Expectations suites, defined in code: one module per table, each with `build(ref)`.

Every expectation carries `meta={"severity": "critical" | "warning"}`: a failed critical
expectation fails the flow run (expectations.run.raise_on_critical); a warning is reported only.
"""
from __future__ import annotations

from expectations.suites import (
    crawl,
    dim_documents,
    dim_persons,
    dim_prime_ministers,
    fct_invitation_outcomes,
    fct_invitations,
    fct_meetings,
    fct_messages,
    fct_release_parity,
    mart_monthly_activity,
)

SUITES = {
    "fct_meetings": fct_meetings,
    "fct_invitations": fct_invitations,
    "fct_messages": fct_messages,
    "dim_documents": dim_documents,
    "dim_persons": dim_persons,
    "dim_prime_ministers": dim_prime_ministers,
    "fct_invitation_outcomes": fct_invitation_outcomes,
    "fct_release_parity": fct_release_parity,
    "mart_monthly_activity": mart_monthly_activity,
    crawl.SUITE_NAME: crawl,
}

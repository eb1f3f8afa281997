"""Helpers shared by the suites: severities and the checks every fact table gets."""
from __future__ import annotations

import great_expectations.expectations as gxe

from expectations.reference import Reference

CRITICAL = {"severity": "critical"}
WARNING = {"severity": "warning"}


def fact_expectations(ref: Reference, id_column: str, date_column: str) -> list:
    """Ids present and unique (no duplicate facts), a known Prime Minister, dates inside his term
    (the batch carries `pm_term_start` / `pm_term_end`, see expectations.run), no future date,
    sources present."""
    return [
        gxe.ExpectColumnValuesToNotBeNull(column=id_column, meta=CRITICAL),
        gxe.ExpectColumnValuesToBeUnique(column=id_column, meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="pm_name", meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="pm_name", value_set=ref.pm_names, meta=CRITICAL),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A=date_column, column_B="pm_term_start", or_equal=True,
            ignore_row_if="either_value_is_missing", meta=CRITICAL,
            notes="The date is on or after the first day of the named Prime Minister's term.",
        ),
        gxe.ExpectColumnPairValuesAToBeGreaterThanB(
            column_A="pm_term_end", column_B=date_column, or_equal=False,
            ignore_row_if="either_value_is_missing", meta=CRITICAL,
            notes="The date is before the end of the named Prime Minister's term (exclusive; open terms unchecked).",
        ),
        gxe.ExpectColumnValuesToBeBetween(column="days_in_future", max_value=0, meta=CRITICAL,
                                          notes="No fact is dated after today."),
        gxe.ExpectColumnValuesToNotBeNull(column=date_column, mostly=0.5, meta=WARNING,
                                          notes="Most facts have a date; undated ones never merge."),
        gxe.ExpectColumnValuesToBeBetween(column="n_sources", min_value=1, meta=CRITICAL),
        gxe.ExpectColumnValuesToBeBetween(column="confidence", min_value=0, max_value=1, meta=WARNING),
        gxe.ExpectColumnValuesToNotBeNull(column="rules_version", meta=CRITICAL),
    ]


def coded_fact_expectations(ref: Reference, person_column: str) -> list:
    """The columns every fact gained with issue 5: its Prime Minister's term, the foreign party's
    person resolution, its setting and CAMEO/PLOVER codes (from the seed `event_codes`)."""
    return [
        gxe.ExpectColumnValuesToNotBeNull(column="pm_term_id", meta=CRITICAL,
                                          notes="Every fact falls in the term of a Prime Minister."),
        gxe.ExpectColumnValuesToBeInSet(column="setting", value_set=list(ref.settings), meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column="cameo_code", meta=CRITICAL,
                                          notes="Every (event type, setting) has a row in the seed event_codes."),
        gxe.ExpectColumnValuesToBeInSet(column="cameo_code", value_set=list(ref.cameo_codes), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column="plover_event", value_set=list(ref.plover_events), meta=CRITICAL),
        gxe.ExpectColumnValuesToBeInSet(column=f"{person_column}_resolved_by", value_set=list(ref.resolutions),
                                        meta=CRITICAL),
        gxe.ExpectColumnValuesToNotBeNull(column=f"{person_column}_person_id", mostly=0.5, meta=WARNING,
                                          notes="Most foreign parties are people the registry knows."),
    ]


def suite(name: str, expectations: list, description: str):
    import great_expectations as gx

    s = gx.ExpectationSuite(name=name, meta={"description": description})
    for expectation in expectations:
        s.add_expectation(expectation)
    return s

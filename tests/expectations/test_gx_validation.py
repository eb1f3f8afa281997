"""Great Expectations on the warehouse built from the fixtures: a clean warehouse passes, a
corrupted one reports its critical failures by name."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from expectations import reference
from expectations.run import ValidationFailed, ValidationSummary, raise_on_critical, validate
from expectations.suites import SUITES
from flows import paths


@pytest.fixture(scope="module")
def good_summary(good_warehouse) -> tuple[Path, ValidationSummary]:
    data_dir, _ = good_warehouse
    return data_dir, validate(data_dir)


@pytest.fixture(scope="module")
def corrupt_summary(corrupt_warehouse) -> ValidationSummary:
    data_dir, _ = corrupt_warehouse
    return validate(data_dir)


def test_clean_warehouse_passes(good_summary):
    _, summary = good_summary
    assert summary.success, summary.failed_critical
    assert summary.failed_critical == []
    assert summary.n_expectations >= 60
    assert set(summary.suites) == {"fct_meetings", "fct_invitations", "fct_messages", "dim_documents",
                                   "stg_feeds__documents", "dim_persons", "dim_prime_ministers",
                                   "fct_invitation_outcomes", "fct_release_parity", "mart_monthly_activity"}
    assert summary.suites["fct_invitation_outcomes"]["rows"] == 5
    assert summary.suites["fct_release_parity"]["rows"] == 11
    assert summary.suites["dim_prime_ministers"]["rows"] == 4
    assert summary.suites["fct_meetings"]["rows"] == 14
    raise_on_critical(summary)  # no exception


def test_stale_fixture_crawl_is_a_warning_not_a_failure(good_summary):
    _, summary = good_summary
    # the fixture documents were fetched in 2020-2023: the freshness check warns
    assert "stg_feeds__documents: expect_column_min_to_be_between on fetched_age_hours" in summary.failed_warning
    assert summary.n_failed == len(summary.failed_warning)


def test_latest_crawl_batch_is_the_newest_run_of_each_spider(good_summary):
    _, summary = good_summary
    # yesiraq, alrasheed, pmo_ar (2020-05-14 run), pmo_en (2023-05-21 run): one document each
    assert summary.suites["stg_feeds__documents"]["rows"] == 4


def test_outputs_land_in_the_data_folder(good_summary):
    data_dir, summary = good_summary
    assert summary.docs_path == data_dir / "docs" / "gx" / "index.html" and summary.docs_path.exists()
    stored = json.loads(summary.results_path.read_text(encoding="utf-8"))
    assert summary.results_path.parent == data_dir / "validation"
    assert stored["success"] is True and stored["n_expectations"] == summary.n_expectations
    assert (data_dir / "gx").is_dir()
    assert not (paths.PROJECT_ROOT / "expectations" / "gx").exists()
    assert not (paths.PROJECT_ROOT / "gx").exists()


def test_corrupted_warehouse_reports_critical_failures_by_name(corrupt_summary):
    assert not corrupt_summary.success
    assert "fct_meetings: expect_column_values_to_be_in_set on counterpart_country" in corrupt_summary.failed_critical
    assert ("fct_meetings: expect_column_pair_values_a_to_be_greater_than_b on pm_term_end/meeting_date"
            in corrupt_summary.failed_critical)
    with pytest.raises(ValidationFailed) as raised:
        raise_on_critical(corrupt_summary)
    assert "counterpart_country" in str(raised.value)
    assert raised.value.failed == corrupt_summary.failed_critical


def test_every_expectation_is_marked_critical_or_warning():
    ref = reference.Reference(
        pm_terms=reference.pm_terms(), org_codes=("NATO",), country_codes=("IQ",), counterpart_roles=("ambassador",),
        meeting_modes=("phone",), invitation_directions=("received",), languages=("ar",), source_kinds=("pmo",),
    )
    for name, module in SUITES.items():
        suite = module.build(ref)
        assert suite.name == name
        assert suite.expectations
        for expectation in suite.expectations:
            assert expectation.meta["severity"] in {"critical", "warning"}, (name, expectation)


def test_pm_terms_come_from_office_holders():
    terms = {t.name: t for t in reference.pm_terms()}
    assert str(terms["Mustafa al-Kadhimi"].valid_from) == "2020-05-07"
    assert str(terms["Mustafa al-Kadhimi"].valid_to) == "2022-10-27"
    assert terms["Mohammed Shia al-Sudani"].valid_to is None or str(terms["Mohammed Shia al-Sudani"].valid_to) > "2022-10-27"


def test_missing_office_holders_is_a_clear_error(tmp_path):
    with pytest.raises(reference.ReferenceDataMissing, match="office_holders.csv"):
        reference.pm_terms(tmp_path)
    (tmp_path / "office_holders.csv").write_text("person_id,name_en,country,org,role,office,valid_from,valid_to\n")
    with pytest.raises(reference.ReferenceDataMissing, match="iq_prime_minister"):
        reference.pm_terms(tmp_path)

"""The run_pipeline flow's wiring, with fake steps (tests/flows/conftest.py); the real steps run in e2e."""
from __future__ import annotations

import threading

import pytest

from flows import pipeline
from flows.lock import DataFolderBusy, data_folder_lock
from flows.pipeline import PipelineFailed, run_pipeline
from flows.sources import SOURCES

ALL_SPIDERS = ["iq_pmo_releases_ar", "iq_pmo_releases_en", "iq_yesiraq_news", "iq_ina_news_ar", "iq_ina_news_en",
               "iq_shafaq_news_ar", "iq_shafaq_news_en"]
TASKS = [pipeline.crawl_source, pipeline.extract_events, pipeline.build_warehouse,
         pipeline.validate_warehouse, pipeline.generate_docs]


def test_the_spiders_are_the_sources():
    assert list(SOURCES) == ALL_SPIDERS


def test_tasks_have_names_a_user_can_read():
    assert [t.name for t in TASKS] == ["crawl source", "extract events", "build warehouse (dbt)",
                                       "validate warehouse (GX)", "generate docs"]
    assert [s.label for s in SOURCES.values()] == [
        "crawl pmo.iq releases (Arabic)", "crawl pmo.iq releases (English)", "crawl Yes Iraq news",
        "crawl INA news (Arabic)", "crawl INA news (English)", "crawl Shafaq News (Arabic)",
        "crawl Shafaq News (English)"]


def test_only_the_crawl_retries():
    assert pipeline.crawl_source.retries == 2
    assert pipeline.crawl_source.retry_delay_seconds == [30, 120]
    assert all(not t.retries for t in TASKS[1:])


def test_a_run_sequences_the_steps_and_summarises(fake_steps, prefect_harness, tmp_path):
    summary = run_pipeline(data_dir=tmp_path, start_urls={"iq_yesiraq_news": "http://127.0.0.1:9/"},
                           crawl_settings={"DOWNLOAD_DELAY": 0})

    assert fake_steps.steps() == ["crawl"] * len(ALL_SPIDERS) + ["extract", "build", "validate", "docs"]
    crawls = [c for c in fake_steps.calls if c[0] == "crawl"]
    assert [c[1] for c in crawls] == ALL_SPIDERS
    assert [c[2] for c in crawls] == [None, None, "http://127.0.0.1:9/", None, None, None, None]
    assert all(c[3] == {"DOWNLOAD_DELAY": 0} for c in crawls)
    assert all(c[1] == tmp_path for c in fake_steps.calls if c[0] != "crawl")

    assert {s: v["new_documents"] for s, v in summary["sources"].items()} == dict(
        zip(ALL_SPIDERS, [3, 2, 1, 1, 1, 2, 1], strict=True))
    assert summary["new_documents"] == 11  # the fake crawls' 3 + 2 + 1 + 1 + 1 + 2 + 1
    assert (summary["meetings"], summary["invitations"], summary["messages"]) == (4, 2, 1)
    assert summary["checks"] == {"success": True, "total": 10, "passed": 10, "failed": 0,
                                 "failed_critical": [], "failed_warning": []}
    assert summary["failed_sources"] == {}
    assert summary["warehouse"] == str(tmp_path / "warehouse.duckdb")
    assert summary["docs"] == {"dbt": str(tmp_path / "docs" / "dbt" / "index.html"),
                               "gx": str(tmp_path / "docs" / "gx")}
    assert summary["dbt_nodes"] == {"success": 12, "pass": 40}


def test_task_runs_carry_the_human_names(fake_steps, prefect_harness, tmp_path):
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.utilities.asyncutils import run_coro_as_sync

    state = run_pipeline(data_dir=tmp_path, return_state=True)
    assert state.is_completed()

    async def task_names():
        async with get_client() as client:
            runs = await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
            return {r.name.rsplit("-", 1)[0] for r in runs}

    assert run_coro_as_sync(task_names()) == {
        "crawl pmo.iq releases (Arabic)", "crawl pmo.iq releases (English)", "crawl Yes Iraq news",
        "crawl INA news (Arabic)", "crawl INA news (English)", "crawl Shafaq News (Arabic)",
        "crawl Shafaq News (English)", "extract events", "build warehouse (dbt)", "validate warehouse (GX)", "generate docs"}


def test_a_source_can_be_chosen(fake_steps, prefect_harness, tmp_path):
    summary = run_pipeline(data_dir=tmp_path, sources=["iq_yesiraq_news"])
    assert list(summary["sources"]) == ["iq_yesiraq_news"]
    assert fake_steps.steps() == ["crawl", "extract", "build", "validate", "docs"]


def test_an_unknown_source_is_refused(fake_steps, prefect_harness, tmp_path):
    with pytest.raises(ValueError, match="unknown source"):
        run_pipeline(data_dir=tmp_path, sources=["iq_nowhere"])
    assert fake_steps.calls == []


def test_a_flaky_crawl_is_retried(fake_steps, prefect_harness, tmp_path):
    fake_steps.fail_crawl["iq_pmo_releases_en"] = 2
    summary = run_pipeline(data_dir=tmp_path)
    assert [c[1] for c in fake_steps.calls if c[0] == "crawl"].count("iq_pmo_releases_en") == 3
    assert summary["failed_sources"] == {}


def test_a_failed_crawl_loses_no_other_source_and_fails_the_run_naming_it(fake_steps, prefect_harness,
                                                                         tmp_path):
    fake_steps.fail_crawl["iq_pmo_releases_ar"] = 99
    reason = "crawl of iq_pmo_releases_ar failed: connection refused"
    with pytest.raises(PipelineFailed, match=f"^{reason}$") as failed:
        run_pipeline(data_dir=tmp_path)

    crawled = [c[1] for c in fake_steps.calls if c[0] == "crawl"]
    assert crawled.count("iq_pmo_releases_ar") == 3  # the first try and two retries
    assert crawled[-6:] == ["iq_pmo_releases_en", "iq_yesiraq_news", "iq_ina_news_ar", "iq_ina_news_en",
                            "iq_shafaq_news_ar", "iq_shafaq_news_en"]
    assert fake_steps.steps()[-4:] == ["extract", "build", "validate", "docs"]
    summary = failed.value.summary
    assert list(summary["failed_sources"]) == ["iq_pmo_releases_ar"]
    assert summary["failed_sources"] == {"iq_pmo_releases_ar": reason}
    assert summary["sources"]["iq_yesiraq_news"]["new_documents"] == 1
    assert summary["meetings"] == 4


def test_a_failed_critical_check_fails_the_run_naming_it(fake_steps, prefect_harness, tmp_path):
    fake_steps.critical = ["fct_meetings.no_duplicate_facts"]
    with pytest.raises(PipelineFailed, match="fct_meetings.no_duplicate_facts") as failed:
        run_pipeline(data_dir=tmp_path)
    assert "docs" not in fake_steps.steps()  # the dbt docs of a rejected warehouse are not published
    assert failed.value.summary["checks"]["failed_critical"] == ["fct_meetings.no_duplicate_facts"]
    assert failed.value.summary["docs"]["dbt"] is None


def test_a_run_is_refused_while_another_holds_the_data_folder(fake_steps, prefect_harness, tmp_path):
    with data_folder_lock(tmp_path), pytest.raises(DataFolderBusy, match=str(tmp_path)):
        run_pipeline(data_dir=tmp_path)
    assert fake_steps.calls == []
    run_pipeline(data_dir=tmp_path)  # free again once the holder is done


def test_two_concurrent_runs_on_one_folder(fake_steps, prefect_harness, tmp_path):
    fake_steps.crawl_gate = threading.Event()
    first: dict = {}
    thread = threading.Thread(target=lambda: first.setdefault("summary", run_pipeline(data_dir=tmp_path)))
    thread.start()
    try:
        for _ in range(600):  # the first run holds the lock once it is crawling
            if fake_steps.calls:
                break
            threading.Event().wait(0.05)
        with pytest.raises(DataFolderBusy, match="another Diwan run is using the data folder"):
            run_pipeline(data_dir=tmp_path)
    finally:
        fake_steps.crawl_gate.set()
        thread.join(timeout=120)
    assert first["summary"]["new_documents"] == 11

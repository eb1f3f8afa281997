"""The `diwan` command: argument handling and what each command hands to the pipeline."""
from __future__ import annotations

import json
import os
import urllib.request
from types import SimpleNamespace

import pytest

from flows import cli, pipeline
from flows.lock import DataFolderBusy
from flows.paths import PROJECT_ROOT
from flows.pipeline import PipelineFailed

SUMMARY = {
    "data_dir": "/d", "warehouse": "/d/warehouse.duckdb",
    "sources": {"iq_yesiraq_news": {"label": "crawl Yes Iraq news", "ok": True, "error": None,
                                    "new_documents": 7, "quarantined": 1, "requests": 9, "feed": None}},
    "failed_sources": {}, "new_documents": 7, "extracted": {}, "marts": {},
    "meetings": 5, "invitations": 4, "messages": 2, "documents": 7,
    "checks": {"success": True, "total": 12, "passed": 12, "failed": 0, "failed_critical": [],
               "failed_warning": []},
    "docs": {"dbt": "/d/docs/dbt/index.html", "gx": "/d/docs/gx/index.html"},
}


@pytest.fixture
def fake_run(monkeypatch):
    """Replace the flow with a recorder; `fake_run.outcome` is what it returns or raises."""
    fake = SimpleNamespace(calls=[], outcome=SUMMARY)

    def run(**kwargs):
        fake.calls.append(kwargs)
        if isinstance(fake.outcome, Exception):
            raise fake.outcome
        return fake.outcome

    monkeypatch.setattr(pipeline, "run_pipeline", run)
    monkeypatch.setenv("DIWAN_DATA_DIR", "/nonexistent/set-by-a-test")  # main() may set it; undone after
    return fake


def test_help_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in ["extract", "evaluate", "run", "demo", "serve", "replica", "docs"]:
        assert command in out


def test_demo_crawls_the_replica_on_loopback_and_prints_a_summary(fake_run, capsys, tmp_path):
    assert cli.main(["demo", "--data-dir", str(tmp_path)]) == 0

    (call,) = fake_run.calls
    assert sorted(call["start_urls"]) == ["iq_ina_news_ar", "iq_ina_news_en", "iq_pmo_releases_ar",
                                          "iq_pmo_releases_en", "iq_shafaq_news_ar", "iq_shafaq_news_en",
                                          "iq_yesiraq_news"]
    assert all(url.startswith("http://127.0.0.1:") for url in call["start_urls"].values())
    assert call["start_urls"]["iq_pmo_releases_en"].endswith("/pme/ipresse.htm")
    assert call["crawl_settings"]["AUTOTHROTTLE_ENABLED"] is False
    assert call["crawl_settings"]["DOWNLOAD_DELAY"] == 0
    assert call["sources"] is None
    assert os.environ["DIWAN_DATA_DIR"] == str(tmp_path)

    out = capsys.readouterr().out
    assert "Yes Iraq news" in out and "7" in out
    assert "5 meetings, 4 invitations, 2 messages" in out
    assert "Checks passed: 12/12" in out
    assert "/d/warehouse.duckdb" in out and "/d/docs/dbt/index.html" in out and "/d/docs/gx/index.html" in out


def test_demo_serves_a_replica_the_spiders_can_read(fake_run, monkeypatch):
    def fetch_while_served(**kwargs):
        fake_run.calls.append(kwargs)
        pages = {s: urllib.request.urlopen(url, timeout=10).read() for s, url in kwargs["start_urls"].items()}
        assert all(b"<a " in page for page in pages.values())
        return SUMMARY

    monkeypatch.setattr(pipeline, "run_pipeline", fetch_while_served)
    assert cli.main(["demo"]) == 0


def test_demo_serves_the_replica_on_fixed_ports_or_says_why_not(fake_run, capsys):
    import socket

    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the replica server does
        try:
            taken.bind(("127.0.0.1", cli.REPLICA_PORT))
            taken.listen()
        except OSError:
            pass  # something else holds it already: the same situation
        assert cli.main(["demo"]) == 0
    urls = fake_run.calls[0]["start_urls"].values()
    assert not any(f":{cli.REPLICA_PORT}/" in url for url in urls)
    assert "fetches every release again" in capsys.readouterr().err


def test_run_goes_to_the_live_sites_by_default(fake_run):
    assert cli.main(["run", "--source", "iq_pmo_releases_ar", "--source", "iq_yesiraq_news"]) == 0
    (call,) = fake_run.calls
    assert call == {"sources": ["iq_pmo_releases_ar", "iq_yesiraq_news"]}


def test_run_json(fake_run, capsys):
    assert cli.main(["run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == SUMMARY


def test_a_failed_run_prints_its_summary_and_exits_1(fake_run, capsys):
    fake_run.outcome = PipelineFailed("crawl of iq_yesiraq_news failed: timeout", SUMMARY)
    assert cli.main(["run"]) == 1
    captured = capsys.readouterr()
    assert "Checks passed: 12/12" in captured.out
    assert "The run FAILED: crawl of iq_yesiraq_news failed: timeout" in captured.err


def test_a_busy_data_folder_exits_2(fake_run, capsys):
    fake_run.outcome = DataFolderBusy("another Diwan run is using the data folder /d")
    assert cli.main(["run"]) == 2
    assert "another Diwan run is using the data folder /d" in capsys.readouterr().err


def test_the_temporary_prefect_server_is_announced(fake_run, capsys, monkeypatch):
    monkeypatch.setattr(cli, "_api_url", lambda: None)
    cli.main(["run"])
    assert "starting a temporary local one" in capsys.readouterr().err
    monkeypatch.setattr(cli, "_api_url", lambda: "http://127.0.0.1:4200/api")
    cli.main(["run"])
    assert "temporary" not in capsys.readouterr().err


def test_extract_writes_one_line_per_document(tmp_path, capsys):
    pytest.importorskip("extraction.batch")
    seed = json.loads((PROJECT_ROOT / "tests/fixtures/gold/seed_gold.jsonl").read_text(encoding="utf-8"))
    doc = {k: seed[k] for k in ("id", "lang", "published", "title", "text")}
    english = {"id": "en-1", "lang": "en", "published": "2020-05-11", "title": "PM receives EU ambassadors",
               "text": "Prime Minister Mustafa Al-Kadhimi received today in Baghdad the EU ambassadors."}
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in [doc, english]) + "\n",
                      encoding="utf-8")

    assert cli.main(["extract", str(source), "-o", str(output)]) == 0

    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [seed["id"], "en-1"]
    assert all({"meetings", "invitations", "messages"} <= set(line) for line in lines)
    assert len(lines[0]["meetings"]) > 0
    assert "2 documents" in capsys.readouterr().out


def test_evaluate_prints_a_score_table(capsys):
    pytest.importorskip("extraction.evaluate")
    assert cli.main(["evaluate", str(PROJECT_ROOT / "tests/fixtures/gold/seed_gold.jsonl")]) == 0
    assert "meeting" in capsys.readouterr().out.lower()


def test_evaluate_scores_a_prediction_file(tmp_path, capsys):
    pytest.importorskip("extraction.evaluate")
    gold = PROJECT_ROOT / "tests/fixtures/gold/seed_gold.jsonl"
    seed = json.loads(gold.read_text(encoding="utf-8"))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({k: seed[k] for k in ("id", "meetings", "invitations", "messages")}) + "\n",
                    encoding="utf-8")
    assert cli.main(["evaluate", str(gold), "--pred", str(pred)]) == 0
    assert "1.0" in capsys.readouterr().out


def test_sql_queries_the_warehouse_read_only(tmp_path, capsys, monkeypatch):
    import duckdb

    monkeypatch.setenv("DIWAN_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DIWAN_WAREHOUSE", raising=False)
    assert cli.main(["sql"]) == 1
    assert "no warehouse" in capsys.readouterr().err
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        con.execute("create schema marts; create table marts.fct_meetings as select 'Ulric Shannon' as name")

    assert cli.main(["sql"]) == 0
    assert "marts.fct_meetings" in capsys.readouterr().out
    assert cli.main(["sql", "select name from marts.fct_meetings"]) == 0
    assert "Ulric Shannon" in capsys.readouterr().out
    assert cli.main(["sql", "drop table marts.fct_meetings"]) == 1
    assert "read-only" in capsys.readouterr().err

"""The daily deployment: `diwan serve` and flows/prefect.yaml declare the same schedule and limit."""
from __future__ import annotations

import yaml
from prefect.cli.deploy._models import PrefectYamlModel
from prefect.flows import load_flow_from_entrypoint
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows import cli
from flows.paths import PROJECT_ROOT
from flows.pipeline import run_pipeline

PREFECT_YAML = PROJECT_ROOT / "flows" / "prefect.yaml"


def _deployment():
    model = PrefectYamlModel.model_validate(yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8")))
    (deployment,) = model.deployments
    return deployment


def test_prefect_yaml_declares_the_daily_deployment():
    deployment = _deployment()
    assert deployment.name == "diwan-daily"
    assert deployment.concurrency_limit == 1
    (schedule,) = deployment.schedules
    assert (schedule.cron, schedule.timezone, schedule.active) == ("0 7 * * *", "Asia/Baghdad", True)


def test_its_entrypoint_is_the_pipeline_flow(monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT)  # prefect deploy runs from the repository root
    flow = load_flow_from_entrypoint(_deployment().entrypoint)
    assert flow.name == run_pipeline.name == "run_pipeline"


def test_serve_starts_the_same_deployment(monkeypatch):
    served = {}
    monkeypatch.setattr(run_pipeline, "serve", lambda **kwargs: served.update(kwargs))
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:1/api"}):  # no server started
        assert cli.main(["serve"]) == 0

    (schedule,) = served["schedules"]
    yaml_schedule = _deployment().schedules[0]
    assert served["name"] == _deployment().name
    assert (schedule.cron, schedule.timezone) == (yaml_schedule.cron, yaml_schedule.timezone)
    assert served["global_limit"] == _deployment().concurrency_limit == 1


def test_serve_takes_another_cron(monkeypatch):
    served = {}
    monkeypatch.setattr(run_pipeline, "serve", lambda **kwargs: served.update(kwargs))
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:1/api"}):
        cli.main(["serve", "--cron", "30 5 * * 1-5"])
    assert served["schedules"][0].cron == "30 5 * * 1-5"
    assert served["schedules"][0].timezone == "Asia/Baghdad"

"""What a pipeline run did, as a plain dict (the flow's return value) and as text for people."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from flows import paths
from flows.sources import SOURCES

EVENT_MARTS = {"meetings": "fct_meetings", "invitations": "fct_invitations", "messages": "fct_messages"}


def build_summary(data_dir: Path, crawls: dict[str, Any], extracted: dict, warehouse: dict, validation: Any,
                  dbt_docs: Path | None) -> dict[str, Any]:
    """`crawls` maps each spider to its CrawlResult, or to the exception its crawl failed with;
    `warehouse` is what flows.warehouse.build_warehouse returned."""
    marts = warehouse.get("counts", {})
    sources = {}
    for spider, result in crawls.items():
        if isinstance(result, BaseException):
            sources[spider] = {"label": SOURCES[spider].label, "ok": False, "error": _one_line(result),
                               "new_documents": 0, "quarantined": 0, "requests": 0, "feed": None}
        else:
            sources[spider] = {
                "label": SOURCES[spider].label,
                "ok": True,
                "error": None,
                "new_documents": result.n_documents,
                "quarantined": result.n_quarantined,
                "requests": result.n_requests,
                "feed": str(result.feed_path) if result.feed_path else None,
            }
    n_failed = int(validation.n_failed)
    n_total = int(validation.n_expectations)
    gx_docs = getattr(validation, "docs_path", None)
    summary: dict[str, Any] = {
        "data_dir": str(data_dir),
        "warehouse": str(warehouse.get("warehouse") or paths.warehouse_path(data_dir)),
        "sources": sources,
        "failed_sources": {s: v["error"] for s, v in sources.items() if not v["ok"]},
        "new_documents": sum(v["new_documents"] for v in sources.values()),
        "extracted": dict(extracted),
        "marts": dict(marts),
        "dbt_nodes": dict(warehouse.get("nodes", {})),
        "checks": {
            "success": bool(validation.success),
            "total": n_total,
            "passed": n_total - n_failed,
            "failed": n_failed,
            "failed_critical": _names(validation.failed_critical),
            "failed_warning": _names(validation.failed_warning),
        },
        "docs": {
            "dbt": str(_index(dbt_docs)) if dbt_docs else None,
            "gx": str(_index(Path(gx_docs))) if gx_docs else None,
        },
    }
    for key, mart in EVENT_MARTS.items():
        summary[key] = mart_rows(marts, mart)
    summary["documents"] = mart_rows(marts, "dim_documents")
    summary["official"] = official_split(Path(summary["warehouse"]))
    return summary


def official_split(warehouse: Path) -> dict[str, dict[str, int]]:
    """Facts per mart that a media-office release states (official) and those only news report."""
    if not warehouse.exists():
        return {}
    import duckdb

    out: dict[str, dict[str, int]] = {}
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            for key, mart in EVENT_MARTS.items():
                official, reported = con.execute(
                    f"select count(*) filter (where is_official), count(*) filter (where not is_official) "
                    f"from marts.{mart}").fetchone()  # mart names are constants, not input
                out[key] = {"official": int(official), "reported": int(reported)}
    except duckdb.Error:
        return {}
    return out


def mart_rows(marts: dict, name: str) -> int | None:
    """Row count of a mart, whether the warehouse step keys it `fct_x` or `marts.fct_x`."""
    for key, value in marts.items():
        if key == name or str(key).endswith("." + name):
            return value
    return None


def format_summary(summary: dict[str, Any]) -> str:
    lines = ["", "Diwan run summary", "=================", "New documents crawled:"]
    labels = [src["label"].removeprefix("crawl ") for src in summary["sources"].values()]
    width = max(map(len, labels), default=0)
    for label, src in zip(labels, summary["sources"].values(), strict=True):
        if src["ok"]:
            extra = f"  ({src['quarantined']} quarantined)" if src["quarantined"] else ""
            lines.append(f"  {label:<{width}}  {src['new_documents']:>5}{extra}")
        else:
            lines.append(f"  {label:<{width}}  FAILED: {src['error']}")
    lines.append(f"In the warehouse: {_n(summary.get('documents'))} documents, "
                 f"{_n(summary['meetings'])} meetings, {_n(summary['invitations'])} invitations, "
                 f"{_n(summary['messages'])} messages")
    split = summary.get("official") or {}
    if split:
        lines.append("  official (in a media-office release) / only reported by news: " + ", ".join(
            f"{key} {v['official']}/{v['reported']}" for key, v in split.items()))
    checks = summary["checks"]
    lines.append(f"Checks passed: {checks['passed']}/{checks['total']} (Great Expectations)")
    nodes = summary.get("dbt_nodes") or {}
    if nodes:
        warned = f", {nodes['warn']} warned" if nodes.get("warn") else ""
        lines.append(f"dbt build:     {nodes.get('success', 0)} models and seeds built, "
                     f"{nodes.get('pass', 0)} tests passed{warned}")
    for kind in ("failed_critical", "failed_warning"):
        failed = checks[kind]
        if failed:
            names = ", ".join(failed) if isinstance(failed, list) else str(failed)
            lines.append(f"  {kind.replace('_', ' ')}: {names}")
    lines.append(f"Warehouse:     {summary['warehouse']}")
    where = "" if summary["data_dir"] == str(paths.PROJECT_ROOT / "data") else f" --data-dir {summary['data_dir']}"
    lines.append(f"  query it:    uv run diwan sql{where} \"select * from marts.fct_meetings limit 10\"")
    lines.append(f"dbt docs:      {summary['docs']['dbt'] or 'not regenerated'}")
    lines.append(f"GX Data Docs:  {summary['docs']['gx'] or 'none'}")
    return "\n".join(lines)


def _index(path: Path) -> Path:
    return path / "index.html" if path.is_dir() else path


def _names(value: Any) -> list[str] | int:
    if isinstance(value, int):
        return value
    return [str(v) for v in value or []]


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _one_line(exc: BaseException) -> str:
    """The gist of a crawl failure (Prefect's log of the task has the whole of it)."""
    lines = str(exc).strip().splitlines()
    text = lines[0].strip() if lines else ""
    text = text or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."

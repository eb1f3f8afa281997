"""Diwan's processing benchmark: throughput, wall time, memory and size, each against a floor measured
in the same run on the same input.

    uv run python bench/run.py --sizes 1000 10000 [--full] [--repeat 5] [--heavy-repeat 2] [--keep DIR]

For each size N it writes a synthetic corpus (bench/corpus.py: feed files + raw pages) into a temporary
data folder, then measures (medians of `--repeat` runs, `--heavy-repeat` for the whole path and the
incremental day; each stage in a fresh subprocess):

- the floors: reading every feed with DuckDB's `read_json`, and parsing every raw page with lxml
  (`lxml.html.fromstring` + `text_content`, what any HTML extraction must at least do);
- extraction (`extraction.pipeline.extract_new_feeds`) pinned to one core: documents/s, peak RSS;
- the whole processing path, feeds → events → `dbt build` → GX validation, and its steps;
- the warehouse's size on disk;
- an incremental day: 50 new releases served by a pmo.iq-style replica on 127.0.0.1, the Prefect flow
  `run_pipeline` run as `diwan run` would (its own process, a temporary Prefect server), timed from the
  process start to its end (crawl → extract → dbt build → GX → docs); then the same with a Prefect
  server already running, as the daily deployment served by `diwan serve` runs.

`--full` adds N = 100,000. The default sizes take about 7 minutes on a 2-core machine.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

INCREMENTAL_DOCS = 50


# --------------------------------------------------------------------------------------- stages
# Each stage runs in its own process (`run.py --stage NAME DATA_DIR`) and prints one JSON line, so that
# peak memory is the stage's own and no import or cache is shared between measurements.

def _usage() -> dict:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_s": ru.ru_utime + ru.ru_stime, "maxrss_mb": ru.ru_maxrss / 1024}


def stage_read_json(data_dir: Path) -> dict:
    import duckdb

    t = time.perf_counter()
    con = duckdb.connect()
    rows, chars = con.execute(
        "select count(*), sum(length(body_text)) from read_json(?, format = 'newline_delimited')",
        [str(data_dir / "feeds" / "*" / "*.jsonl")]).fetchone()
    return {"seconds": time.perf_counter() - t, "docs": rows, "chars": chars, **_usage()}


def stage_lxml(data_dir: Path) -> dict:
    import lxml.html

    t = time.perf_counter()
    n = chars = 0
    for page in (data_dir / "raw").glob("*/*.html"):
        tree = lxml.html.fromstring(page.read_bytes())
        chars += len(tree.text_content())
        n += 1
    return {"seconds": time.perf_counter() - t, "docs": n, "chars": chars, **_usage()}


def stage_extract(data_dir: Path) -> dict:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    from extraction.pipeline import extract_new_feeds

    shutil.rmtree(data_dir / "events", ignore_errors=True)
    t = time.perf_counter()
    result = extract_new_feeds(data_dir)
    return {"seconds": time.perf_counter() - t, "docs": result["documents"], "errors": result["errors"],
            "events": result["meetings"] + result["invitations"] + result["messages"], **_usage()}


def stage_path(data_dir: Path) -> dict:
    """feeds → events → dbt build → GX, from nothing (no events, no warehouse)."""
    t0 = time.perf_counter()
    from expectations.run import validate
    from extraction.pipeline import extract_new_feeds
    from flows.warehouse import build_warehouse

    shutil.rmtree(data_dir / "events", ignore_errors=True)
    (data_dir / "warehouse.duckdb").unlink(missing_ok=True)
    t1 = time.perf_counter()
    extracted = extract_new_feeds(data_dir)
    t2 = time.perf_counter()
    built = build_warehouse(data_dir)
    t3 = time.perf_counter()
    validation = validate(data_dir)
    t4 = time.perf_counter()
    return {"seconds": t4 - t0, "imports": t1 - t0, "extract": t2 - t1, "dbt": t3 - t2, "gx": t4 - t3,
            "docs": extracted["documents"], "counts": built["counts"],
            "gx_ok": not validation.failed_critical, "gx_failed": validation.failed_critical,
            "warehouse_mb": (data_dir / "warehouse.duckdb").stat().st_size / 2**20, **_usage()}


STAGES = {"read_json": stage_read_json, "lxml": stage_lxml, "extract": stage_extract, "path": stage_path}


def run_stage(name: str, data_dir: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--stage", name, str(data_dir)], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"stage {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------------- incremental day

@contextmanager
def prefect_server() -> Iterator[str]:
    """A persistent local Prefect server on a free port, as `diwan serve` keeps running for the daily deployment."""
    import socket

    from flows.cli import local_prefect_server

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    with local_prefect_server(port, quiet=True, env=env) as url:
        yield url


def incremental_day(data_dir: Path, day_no: int, api_url: str | None = None) -> dict:
    """Serve 50 new Arabic releases on a replica and run the Prefect flow on them, in its own process
    (with `api_url`, against that running Prefect server; else Prefect starts a temporary one)."""
    from bench.corpus import CorpusGenerator, write_replica
    from scrapers.replica_server import serve_site

    day = date(2026, 1, 1) + timedelta(days=day_no)
    with tempfile.TemporaryDirectory(prefix="diwan-bench-site-") as site, serve_site(Path(site), port=0) as base:
        gen = CorpusGenerator(seed=1000 + day_no, host=base)
        docs = [gen.document("iq_pmo_releases_ar", "pmo", "ar", day) for _ in range(INCREMENTAL_DOCS)]
        write_replica(Path(site), docs)
        code = (
            "import json, sys\n"
            "from flows.pipeline import PipelineFailed, run_pipeline\n"
            "from flows.sources import REPLICA_CRAWL_SETTINGS\n"
            "try:\n"
            f"    s = run_pipeline(data_dir={str(data_dir)!r}, sources=['iq_pmo_releases_ar'],\n"
            f"        start_urls={{'iq_pmo_releases_ar': {base + '/press.htm'!r}}},\n"
            "        crawl_settings=REPLICA_CRAWL_SETTINGS)\n"
            "    ok, problem = True, None\n"
            "except PipelineFailed as exc:\n"
            "    s, ok, problem = exc.summary, False, str(exc)\n"
            "print(json.dumps({'ok': ok, 'problem': problem, 'summary': s}, default=str))\n"
        )
        env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
        env.pop("PREFECT_API_URL", None)
        if api_url:
            env["PREFECT_API_URL"] = api_url
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                              text=True, check=False)
        seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"incremental flow failed:\n{proc.stderr[-3000:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"seconds": seconds, "ok": out["ok"], "problem": out["problem"],
            "new_documents": out["summary"].get("new_documents", 0)}


# ------------------------------------------------------------------------------------------- table

def _median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def measure(n: int, repeat: int, heavy_repeat: int, work: Path, log) -> dict:
    from bench.corpus import generate

    data_dir = work / f"n{n}"
    shutil.rmtree(data_dir, ignore_errors=True)
    t = time.perf_counter()
    generate(data_dir, n)
    res: dict = {"corpus_s": time.perf_counter() - t}
    log(f"N={n}: corpus written in {res['corpus_s']:.1f} s")
    for name in ("read_json", "lxml", "extract"):
        runs = [run_stage(name, data_dir) for _ in range(repeat)]
        res[name] = {"seconds": _median(runs, "seconds"), "maxrss_mb": max(r["maxrss_mb"] for r in runs),
                     "cpu_s": _median(runs, "cpu_s"), "docs": runs[0]["docs"]}
        log(f"N={n}: {name} {res[name]['seconds']:.2f} s")
    runs = [run_stage("path", data_dir) for _ in range(heavy_repeat)]
    res["path"] = {k: _median(runs, k) for k in ("seconds", "extract", "dbt", "gx", "imports", "warehouse_mb")}
    res["path"]["maxrss_mb"] = max(r["maxrss_mb"] for r in runs)
    res["path"]["gx_ok"] = all(r["gx_ok"] for r in runs)
    res["path"]["counts"] = runs[-1]["counts"]
    log(f"N={n}: whole path {res['path']['seconds']:.1f} s, counts {res['path']['counts']}")
    days = [incremental_day(data_dir, i) for i in range(heavy_repeat)]
    res["day"] = {"seconds": _median(days, "seconds"), "ok": all(d["ok"] for d in days),
                  "new_documents": min(d["new_documents"] for d in days),
                  "problems": sorted({d["problem"] for d in days if d["problem"]})}
    log(f"N={n}: incremental day {res['day']['seconds']:.1f} s ok={res['day']['ok']} {res['day']['problems']}")
    with prefect_server() as api_url:  # started after the days above: two servers never share Prefect's database
        days = [incremental_day(data_dir, heavy_repeat + i, api_url) for i in range(heavy_repeat)]
    res["day_served"] = {"seconds": _median(days, "seconds"), "ok": all(d["ok"] for d in days)}
    log(f"N={n}: incremental day, running Prefect server {res['day_served']['seconds']:.1f} s")
    return res


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")


def table(results: dict[int, dict], repeat: int, heavy_repeat: int) -> str:
    sizes = sorted(results)
    rows: list[tuple[str, list[str]]] = []

    def row(label, fn):
        rows.append((label, [fn(results[n], n) for n in sizes]))

    row("floor: DuckDB read_json of the feeds (s)", lambda r, n: f"{r['read_json']['seconds']:.2f}")
    row("floor: lxml parse of the raw HTML (s)", lambda r, n: f"{r['lxml']['seconds']:.2f}")
    row("floor: lxml parse (docs/s)", lambda r, n: f"{n / r['lxml']['seconds']:,.0f}")
    row("extraction, 1 core (s)", lambda r, n: f"{r['extract']['seconds']:.2f}")
    row("extraction, 1 core (docs/s)", lambda r, n: f"{n / r['extract']['seconds']:,.0f}")
    row("  ratio to the lxml floor", lambda r, n: f"{r['extract']['seconds'] / r['lxml']['seconds']:.1f}x")
    row("extraction peak RSS (MB)", lambda r, n: f"{r['extract']['maxrss_mb']:.0f}")
    row("whole path: extract (s)", lambda r, n: f"{r['path']['extract']:.1f}")
    row("whole path: dbt build (s)", lambda r, n: f"{r['path']['dbt']:.1f}")
    row("  dbt build ratio to read_json", lambda r, n: f"{r['path']['dbt'] / r['read_json']['seconds']:.0f}x")
    row("whole path: GX validate (s)", lambda r, n: f"{r['path']['gx']:.1f}")
    row("whole path feeds→events→dbt→GX (s)", lambda r, n: f"{r['path']['seconds']:.1f}")
    row("  ratio to read_json + lxml floors", lambda r, n:
        f"{r['path']['seconds'] / (r['read_json']['seconds'] + r['lxml']['seconds']):.0f}x")
    row("whole path peak RSS (MB)", lambda r, n: f"{r['path']['maxrss_mb']:.0f}")
    row("GX critical checks pass", lambda r, n: "yes" if r["path"]["gx_ok"] else "NO")
    row("warehouse size (MB)", lambda r, n: f"{r['path']['warehouse_mb']:.1f}")
    row("facts (meetings/invitations/messages)", lambda r, n:
        "{fct_meetings}/{fct_invitations}/{fct_messages}".format(**r["path"]["counts"]))
    row(f"incremental day, +{INCREMENTAL_DOCS} docs, Prefect flow (s)", lambda r, n: f"{r['day']['seconds']:.1f}")
    row("  documents crawled / flow succeeded", lambda r, n:
        f"{r['day']['new_documents']} / " + ("yes" if r["day"]["ok"] else "NO"))
    row("  the same with a running Prefect server (s)", lambda r, n:
        f"{r['day_served']['seconds']:.1f}" + ("" if r["day_served"]["ok"] else " FAILED"))
    width = max(len(label) for label, _ in rows)
    head = f"{'N documents':<{width}}  " + "  ".join(f"{n:>12,}" for n in sizes)
    lines = [head, "-" * len(head)]
    lines += [f"{label:<{width}}  " + "  ".join(f"{v:>12}" for v in values) for label, values in rows]
    lines.append(f"(medians of {repeat} runs for the floors and extraction, of {heavy_repeat} for the whole path "
                 "and the incremental day; peak RSS is the largest of them)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--full", action="store_true", help="add N = 100,000")
    parser.add_argument("--repeat", type=int, default=5, help="runs of the floors and of extraction")
    parser.add_argument("--heavy-repeat", type=int, default=2,
                        help="runs of the whole path and of the incremental day (each takes tens of seconds)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    parser.add_argument("--stage", nargs=2, metavar=("NAME", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stage:
        name, data_dir = args.stage
        print(json.dumps(STAGES[name](Path(data_dir)), default=str))
        return 0
    sizes = sorted(set(args.sizes + ([100_000] if args.full else [])))

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    work = args.keep or Path(tempfile.mkdtemp(prefix="diwan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        results = {n: measure(n, args.repeat, args.heavy_repeat, work, log) for n in sizes}
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"Diwan benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"Machine: {machine()}")
    print(table(results, args.repeat, args.heavy_repeat))
    print(f"(benchmark wall time {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

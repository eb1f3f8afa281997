"""The `diwan` command."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

DEPLOYMENT_NAME = "diwan-daily"
# The replica is served on fixed ports so that its URLs, and with them the crawl's memory of what it has
# already fetched, are the same from one `diwan demo` to the next.
REPLICA_PORT = 8701
DEFAULT_CRON = "0 7 * * *"
TIMEZONE = "Asia/Baghdad"


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        os.environ["DIWAN_DATA_DIR"] = str(Path(args.data_dir).resolve())
    return args.func(args) or 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diwan",
        description="An open record of the Iraqi Prime Minister's diplomacy: crawl, extract, warehouse, validate.",
    )
    parser.set_defaults(func=lambda _args: parser.print_help())
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", help="runtime data folder (default: $DIWAN_DATA_DIR or ./data)")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("extract", help="extract meetings, invitations and messages from a JSONL of documents")
    p.add_argument("input", type=Path, help="JSONL, one document per line: id, lang, published, title, text")
    p.add_argument("-o", "--output", type=Path, required=True, help="JSONL, one line of events per document")
    p.set_defaults(func=_extract, data_dir=None)

    p = sub.add_parser("evaluate", help="score the extractor (or a prediction file) against a gold file")
    p.add_argument("gold", type=Path, help="gold JSONL (tests/fixtures/gold/*.jsonl)")
    p.add_argument("--pred", type=Path, help="score this prediction file instead of running the extractor")
    p.add_argument("--show-errors", action="store_true", help="list every missed and spurious event")
    p.set_defaults(func=_evaluate, data_dir=None)

    p = sub.add_parser("run", parents=[common], help="run the whole pipeline once (live sites by default)")
    p.add_argument("--replica", action="store_true",
                   help="crawl the bundled offline replica on 127.0.0.1 instead of the live sites")
    p.add_argument("--source", action="append", dest="sources", metavar="SPIDER",
                   help="crawl only this spider (repeatable); default: all")
    p.add_argument("--json", action="store_true", help="print the run summary as JSON")
    p.set_defaults(func=_run)

    p = sub.add_parser("demo", parents=[common], help="the whole pipeline once on the bundled offline replica")
    p.set_defaults(func=_run, replica=True, sources=None, json=False)

    p = sub.add_parser("docs", parents=[common],
                       help="regenerate the dbt docs site from the warehouse and say where both docs sites are")
    p.set_defaults(func=_docs)

    p = sub.add_parser("sql", parents=[common], help="query the warehouse (read-only) and print the result")
    p.add_argument("query", nargs="?", help="SQL; default: the marts and their row counts")
    p.set_defaults(func=_sql)

    p = sub.add_parser("serve", help=f"serve the {DEPLOYMENT_NAME} deployment on its daily schedule")
    p.add_argument("--cron", default=DEFAULT_CRON, help=f"schedule, in {TIMEZONE} time (default: %(default)s)")
    p.add_argument("--port", type=int, default=4200,
                   help="port of the local Prefect server started when PREFECT_API_URL is unset")
    p.set_defaults(func=_serve, data_dir=None)

    p = sub.add_parser("replica", help="serve the bundled replica sites on 127.0.0.1 for browsing")
    p.add_argument("--port", type=int, default=REPLICA_PORT,
                   help="port of the pmo.iq replica; Yes Iraq, INA and Shafaq get the next ones (0: any free ports)")
    p.set_defaults(func=_replica, data_dir=None)
    return parser


def _extract(args: argparse.Namespace) -> int:
    from extraction.batch import extract_file

    n = extract_file(args.input, args.output)
    print(f"{n} documents extracted to {args.output}")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from extraction import evaluate

    if args.pred:
        print(evaluate.score_files(args.gold, args.pred, show_errors=args.show_errors))
    else:
        print(evaluate.evaluate_gold(args.gold, show_errors=args.show_errors))
    return 0


def _run(args: argparse.Namespace) -> int:
    from flows.lock import DataFolderBusy
    from flows.pipeline import PipelineFailed, run_pipeline
    from flows.sources import REPLICA_CRAWL_SETTINGS, replica_start_urls
    from flows.summary import format_summary

    _announce_ephemeral_server()
    try:
        if args.replica:
            with _serve_replicas() as bases:
                print(f"Serving the offline replica: {', '.join(bases.values())}", flush=True)
                summary = run_pipeline(sources=args.sources, start_urls=replica_start_urls(bases),
                                       crawl_settings=REPLICA_CRAWL_SETTINGS)
        else:
            summary = run_pipeline(sources=args.sources)
    except PipelineFailed as exc:
        print(json.dumps(exc.summary, indent=2) if args.json else format_summary(exc.summary))
        print(f"\nThe run FAILED: {exc}", file=sys.stderr)
        return 1
    except DataFolderBusy as exc:
        print(f"diwan: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary, indent=2) if args.json else format_summary(summary))
    return 0


def _docs(args: argparse.Namespace) -> int:
    from flows import paths, warehouse

    data = paths.data_dir()
    dbt_docs = warehouse.generate_docs(data)
    print(f"dbt docs:      {dbt_docs / 'index.html' if dbt_docs.is_dir() else dbt_docs}")
    gx_docs = data / "docs" / "gx" / "index.html"
    print(f"GX Data Docs:  {gx_docs if gx_docs.exists() else 'none yet (run the pipeline)'}")
    return 0


def _sql(args: argparse.Namespace) -> int:
    import duckdb

    from flows import paths

    warehouse = paths.warehouse_path(paths.data_dir())
    if not warehouse.exists():
        print(f"diwan: no warehouse at {warehouse} yet (run `make demo` or `diwan run`)", file=sys.stderr)
        return 1
    query = args.query or (
        "select schema_name || '.' || table_name as mart, estimated_size as rows "
        "from duckdb_tables() where schema_name = 'marts' order by mart")
    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            result = con.sql(query)
            if result is not None:
                result.show(max_width=250, max_rows=1000)
    except duckdb.Error as exc:
        print(f"diwan: {exc}", file=sys.stderr)
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    from prefect.schedules import Cron

    from flows.pipeline import run_pipeline

    with _prefect_server(args.port):
        run_pipeline.serve(
            name=DEPLOYMENT_NAME,
            schedules=[Cron(args.cron, timezone=TIMEZONE)],
            global_limit=1,
            tags=["diwan"],
        )
    return 0


@contextmanager
def _serve_replicas() -> Iterator[dict[str, str]]:
    from flows.sources import REPLICAS, serve_replicas

    with ExitStack() as stack:
        try:
            bases = stack.enter_context(serve_replicas(port=REPLICA_PORT))
        except OSError as exc:
            last = REPLICA_PORT + len(REPLICAS) - 1
            print(f"Ports {REPLICA_PORT}-{last} are taken ({exc.strerror}): serving the replica on other ports, "
                  "so this crawl fetches every release again (and discards the duplicates).", file=sys.stderr)
            bases = stack.enter_context(serve_replicas(port=0))
        yield bases


def _replica(args: argparse.Namespace) -> int:
    from flows.sources import SOURCES, replica_start_urls, serve_replicas

    with serve_replicas(port=args.port) as bases:
        for spider, url in replica_start_urls(bases).items():
            print(f"{SOURCES[spider].label.removeprefix('crawl ')}: {url}")
        print("Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


def _api_url() -> str | None:
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def _announce_ephemeral_server() -> None:
    if not _api_url():
        print("No Prefect server configured (PREFECT_API_URL): starting a temporary local one, "
              "which takes some seconds (none with `diwan serve`'s server)...", file=sys.stderr, flush=True)


@contextmanager
def _prefect_server(port: int) -> Iterator[None]:
    """A scheduled deployment needs a persistent Prefect server: use PREFECT_API_URL's, or start one."""
    if _api_url():
        yield
        return
    from prefect.settings import PREFECT_API_URL, temporary_settings

    print(f"No Prefect server configured (PREFECT_API_URL): starting one; its UI will be at "
          f"http://127.0.0.1:{port}", file=sys.stderr, flush=True)
    with local_prefect_server(port) as url, temporary_settings(updates={PREFECT_API_URL: url}):
        yield


@contextmanager
def local_prefect_server(port: int, quiet: bool = False, env: dict[str, str] | None = None) -> Iterator[str]:
    """`prefect server start` on 127.0.0.1:`port` until the block ends; yields its API URL once it answers."""
    url = f"http://127.0.0.1:{port}/api"
    out = subprocess.DEVNULL if quiet else None
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                               "--port", str(port)], env=env, stdout=out, stderr=out)
    try:
        _wait_for(url + "/health", server, timeout=120)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"diwan: the Prefect server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise SystemExit(f"diwan: the Prefect server did not answer at {url} within {timeout:.0f} s")


if __name__ == "__main__":
    sys.exit(main())

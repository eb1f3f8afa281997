"""A local HTTP server for the site replicas in ``tests/fixtures/sites/`` (tests and the demo).

API (stable; the demo flow imports it)::

    from scrapers.replica_server import serve_site, site_root

    with serve_site(site_root("pmo"), port=0) as base_url:      # e.g. "http://127.0.0.1:40123"
        crawl("iq_pmo_releases_ar", start_url=base_url + "/press.htm")

    serve_site(root: Path | str, port: int = 0, host: str = "127.0.0.1",
               faults: dict[str, str] | None = None) -> ContextManager[str]

``root`` is a site folder (or a site name, ``"pmo"`` / ``"yesiraq"``). ``port=0`` picks a free port.
The server is threaded, serves ``robots.txt`` (the site's own, or allow-all), maps URLs with query
strings or WordPress-style slugs to files through ``site.json``'s ``routes`` (keys are URL paths
with percent-escapes upper-cased and query parameters sorted), and otherwise serves files from the
folder (``dir/`` -> ``dir/index.html`` or ``index.htm``). ``site.json``'s ``charset_header`` says
whether HTML responses carry ``; charset=...`` (pmo.iq's static Apache did not).

Generated endpoints, from a JSON file of post records (``id, path, slug, title, date, date_gmt,
excerpt``, newest first) named in ``site.json``: ``"wp_api": {"/wp-json/wp/v2/posts": file}`` answers
like WordPress's REST API (``page``, ``per_page``, ``after``, ``before``, ``search``; ``X-WP-Total`` and
``X-WP-TotalPages``; a page past the end is a 400), and ``"feeds": {"/feed/": file}`` serves RSS 2.0,
``feed_size`` items per page, ``?paged=N`` for older ones. Links are absolute on the server's own host.

Faults for tests, by URL path (the ``faults`` dict is read on every request, so a test may change
it between runs) or by the query flag ``?__fault=<kind>``:

- ``"500"`` / ``"404"`` / ``"503"``: that status with a short HTML body;
- ``"slow"`` or ``"slow:<seconds>"``: sleep (default 5 s) before answering, to trip a download timeout;
- ``"reset"``: headers promising 100 KB, a few bytes, then the connection is dropped;
- ``"truncate"``: the first half of the page only (Content-Length says so: a cut-off HTML document);
- ``"invalid-utf8"``: stray ``\xff\xfe`` bytes inside a UTF-8 page;
- ``"huge"`` / ``"huge:<MB>"``: a page of that many megabytes (default 50), streamed;
- ``"redirect-loop"``: 302 to the same path with a counter, for ever;
- ``"trap"``: a listing page whose "next" link leads to one more such page, for ever;
- ``"cp1256"``: the page re-encoded as windows-1256 with its ``<meta charset>`` removed and no charset
  in the header; ``"cp1256-wrong-header"``: the same bytes, but the header claims UTF-8.

Command line (for the demo)::

    uv run python -m scrapers.replica_server --site pmo --port 8701
    uv run python -m scrapers.replica_server --site yesiraq --port 8702 --fault /some/path=500
"""
from __future__ import annotations

import argparse
import contextlib
import html
import json
import mimetypes
import re
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

SITES_DIR = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sites"
DEFAULT_SLOW_SECONDS = 5.0
_META_CHARSET_TAG = re.compile(r"<meta[^>]*charset[^>]*>", re.IGNORECASE)


def site_root(name: str | Path) -> Path:
    """A site folder from a name under tests/fixtures/sites (``pmo``, ``yesiraq``) or a path."""
    path = Path(name)
    if path.is_dir():
        return path.resolve()
    candidate = SITES_DIR / str(name)
    if candidate.is_dir():
        return candidate
    raise FileNotFoundError(f"no replica site {name!r} (looked in {SITES_DIR})")


def route_key(path: str, query: str = "") -> str:
    """Normalised lookup key: percent-escapes upper-cased, query parameters sorted."""
    key = quote(unquote(path), safe="/-_.~!$&'()*+,;=:@")
    params = sorted(parse_qsl(query, keep_blank_values=True))
    return key + ("?" + urlencode(params) if params else "")


class ReplicaServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], root: Path, faults: dict[str, str] | None = None):
        super().__init__(address, ReplicaHandler)
        self.root = root
        self.faults = faults if faults is not None else {}
        conf_path = root / "site.json"
        conf = json.loads(conf_path.read_text(encoding="utf-8")) if conf_path.exists() else {}
        self.charset_header: str | None = conf.get("charset_header")
        self.routes = {route_key(*(k.split("?", 1) + [""])[:2]): v for k, v in conf.get("routes", {}).items()}
        # Generated endpoints: {URL path: file of post records} (see module docstring).
        self.wp_api: dict[str, str] = conf.get("wp_api", {})
        self.feeds: dict[str, str] = conf.get("feeds", {})
        self.feed_size: int = int(conf.get("feed_size", 10))

    def posts(self, name: str) -> list[dict]:
        return json.loads((self.root / name).read_text(encoding="utf-8"))

    def handle_error(self, request, client_address) -> None:
        # A client that gave up (a crawler's download timeout) is expected in fault tests.
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"


class ReplicaHandler(BaseHTTPRequestHandler):
    server: ReplicaServer
    server_version = "Apache/2.2.15"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: tests read the crawl stats, not the access log

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_GET(self) -> None:
        self._serve(head=False)

    # ------------------------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _error(self, status: int, head: bool) -> None:
        body = f"<html><body><h1>{status}</h1><p>{self.responses.get(status, ('',))[0]}</p></body></html>"
        self._send(status, body.encode(), "text/html; charset=iso-8859-1", head)

    def _resolve(self, path: str, query: str) -> Path | None:
        root = self.server.root
        routed = self.server.routes.get(route_key(path, query))
        if routed:
            return root / routed
        if query:  # an unknown query string on a static tree is a 404, not the bare page
            return None
        rel = unquote(path).lstrip("/")
        target = (root / rel).resolve()
        if not target.is_relative_to(root.resolve()):
            return None
        if target.is_dir():
            for index in ("index.html", "index.htm"):
                if (target / index).is_file():
                    return target / index
            return None
        return target if target.is_file() else None

    def _serve(self, head: bool) -> None:
        parts = urlsplit(self.path)
        params = parse_qsl(parts.query, keep_blank_values=True)
        flag = next((v for k, v in params if k == "__fault"), None)
        query = urlencode([(k, v) for k, v in params if k != "__fault"])
        path = parts.path or "/"
        fault = flag or self.server.faults.get(route_key(path, query)) or self.server.faults.get(path)

        if fault and fault.startswith("slow"):
            _, _, seconds = fault.partition(":")
            time.sleep(float(seconds) if seconds else DEFAULT_SLOW_SECONDS)
            fault = None
        if fault and fault.isdigit():
            self._error(int(fault), head)
            return

        if path == "/robots.txt" and not (self.server.root / "robots.txt").is_file():
            self._send(200, b"User-agent: *\nAllow: /\n", "text/plain", head)
            return
        if fault == "reset":
            self._reset_mid_body()
            return
        if fault == "trap":  # endless pagination: every page links to one more
            n = int(dict(params).get("trap", "0")) + 1
            body = f'<html><body><p>page {n}</p><a rel="next" href="{path}?trap={n}">Next</a></body></html>'
            self._send(200, body.encode(), "text/html; charset=UTF-8", head)
            return
        if fault == "redirect-loop":
            self.send_response(302)
            self.send_header("Location", path + "?loop=" + str(int(dict(params).get("loop", "0")) + 1))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path in self.server.wp_api:
            self._wp_api(self.server.wp_api[path], dict(params), head)
            return
        if path in self.server.feeds:
            self._feed(self.server.feeds[path], dict(params), head)
            return
        target = self._resolve(path, query)
        if target is None:
            self._error(404, head)
            return
        body = target.read_bytes()
        ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if target.suffix in {".htm", ".html"}:
            ctype = "text/html"
            if fault in {"cp1256", "cp1256-wrong-header"}:
                text = _META_CHARSET_TAG.sub("", body.decode("utf-8", "replace"))
                body = text.encode("cp1256", "xmlcharrefreplace")
                if fault == "cp1256-wrong-header":
                    ctype += "; charset=UTF-8"
            elif self.server.charset_header:
                ctype += f"; charset={self.server.charset_header}"
        elif ctype.startswith("text/"):
            ctype += "; charset=utf-8"
        if fault == "truncate":
            body = body[: len(body) // 2]
        elif fault == "invalid-utf8":
            body = body.replace(b"</p>", b"\xff\xfe</p>", 3)
        elif fault and fault.startswith("huge"):
            _, _, megabytes = fault.partition(":")
            self._send_huge(ctype, int(megabytes or 50), head)
            return
        self._send(200, body, ctype, head)

    # ------------------------------------------------------------------------- generated endpoints

    def _base(self) -> str:
        return "http://" + (self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2]))

    def _wp_api(self, name: str, params: dict[str, str], head: bool) -> None:
        """``/wp-json/wp/v2/posts`` as WordPress answers it: ``page``, ``per_page`` (max 100), ``after``,
        ``before``, ``search``; ``X-WP-Total``/``X-WP-TotalPages`` headers; page past the end -> 400."""
        posts = self.server.posts(name)
        if params.get("after"):
            posts = [p for p in posts if p["date"] and p["date"] > params["after"]]
        if params.get("before"):
            posts = [p for p in posts if p["date"] and p["date"] < params["before"]]
        if params.get("search"):
            needle = params["search"].lower()
            posts = [p for p in posts if needle in (p["title"] + " " + p.get("excerpt", "")).lower()]
        try:
            per_page = min(max(int(params.get("per_page", 10)), 1), 100)
            page = max(int(params.get("page", 1)), 1)
        except ValueError:
            self._json(400, {"code": "rest_invalid_param"}, {}, head)
            return
        total_pages = max(1, -(-len(posts) // per_page))
        headers = {"X-WP-Total": str(len(posts)), "X-WP-TotalPages": str(total_pages)}
        if page > total_pages:
            self._json(400, {"code": "rest_post_invalid_page_number"}, headers, head)
            return
        base = self._base()
        records = [
            {"id": p["id"], "date": p["date"], "date_gmt": p["date_gmt"], "slug": p["slug"], "link": base + p["path"],
             "status": "publish", "type": "post", "title": {"rendered": html.escape(p["title"], quote=False)},
             "excerpt": {"rendered": "<p>" + html.escape(p.get("excerpt", ""), quote=False) + "</p>"}}
            for p in posts[(page - 1) * per_page : page * per_page]
        ]  # fmt: skip
        self._json(200, records, headers, head)

    def _json(self, status: int, data: object, headers: dict[str, str], head: bool) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _feed(self, name: str, params: dict[str, str], head: bool) -> None:
        """An RSS 2.0 feed of the newest posts; ``?paged=N`` for older ones (WordPress), 404 past the end."""
        posts = self.server.posts(name)
        size = self.server.feed_size
        try:
            page = max(int(params.get("paged", 1)), 1)
        except ValueError:
            page = 1
        chunk = posts[(page - 1) * size : page * size]
        if not chunk and page > 1:
            self._error(404, head)
            return
        base = self._base()
        items = []
        for p in chunk:
            date = ""
            if p.get("date_gmt"):
                when = datetime.fromisoformat(p["date_gmt"]).replace(tzinfo=UTC)
                date = f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
            items.append(f"<item><title>{html.escape(p['title'])}</title><link>{html.escape(base + p['path'])}</link>"
                         f"<guid isPermaLink=\"false\">{base}/?p={p['id']}</guid>{date}"
                         f"<description>{html.escape(p.get('excerpt', ''))}</description></item>")
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f"<title>{html.escape(self.server.root.name)}</title><link>{base}/</link>"
                + "".join(items) + "</channel></rss>\n").encode("utf-8")
        self._send(200, body, "application/rss+xml; charset=UTF-8", head)

    # ----------------------------------------------------------------------------- misbehaviour

    def _reset_mid_body(self) -> None:
        """Promise 100 KB, send a little, then drop the connection."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=UTF-8")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.write(b"<html><body><p>partial")
        self.wfile.flush()
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True

    def _send_huge(self, ctype: str, megabytes: int, head: bool) -> None:
        size = megabytes * 1024 * 1024
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if head:
            return
        chunk = b"<p>" + b"x" * 65530 + b"</p>"
        with contextlib.suppress(OSError):
            for _ in range(size // len(chunk)):
                self.wfile.write(chunk)


@contextlib.contextmanager
def serve_site(
    root: Path | str, port: int = 0, host: str = "127.0.0.1", faults: dict[str, str] | None = None
) -> Iterator[str]:
    """Serve a replica folder in a background thread; yields the base URL (no trailing slash)."""
    server = ReplicaServer((host, port), site_root(root), faults)
    thread = threading.Thread(target=server.serve_forever, name=f"replica-{server.base_url}", daemon=True)
    thread.start()
    try:
        yield server.base_url
    finally:
        server.shutdown()
        server.server_close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve a Diwan site replica on 127.0.0.1.")
    parser.add_argument("--site", required=True, help="site name under tests/fixtures/sites, or a folder")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--fault", action="append", default=[], metavar="PATH=KIND",
                        help="inject a fault: 500, 404, slow[:s], cp1256, cp1256-wrong-header")
    args = parser.parse_args(argv)
    faults = dict(item.split("=", 1) for item in args.fault)
    with serve_site(args.site, port=args.port, host=args.host, faults=faults) as base_url:
        print(f"serving {site_root(args.site)} at {base_url}/", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()

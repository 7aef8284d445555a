"""A local web server for the fetch tests and bench: 127.0.0.1 only, a port
chosen by the OS. It serves the fixture pages, generated articles, and one
route for every fault `parallax fetch` must report.

Routes:
  /page/NAME            tests/web/pages/NAME.html as text/html
  /header-charset/NAME  the same, charset given only in the HTTP header
  /gzip/NAME            the same, gzip-encoded
  /gen/N                a generated article (distinct text per N)
  /flaky/NAME           500 on the first request, the page afterwards
  /error                500 always        /missing 404      /gone 410
  /slow                 answers after `slow` seconds
  /drip                 headers at once, then a byte every 0.2 s
  /loop/a, /loop/b      redirect to each other
  /moved/NAME           301 to /page/NAME
  /pdf, /image          not HTML
  /huge                 an endless HTML body without Content-Length
  /huge-declared        Content-Length of 50 MB
"""

from __future__ import annotations

import gzip
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"

_WORDS = ("council harbour river budget station bridge school hospital market rail "
          "storm court league final ferry tunnel festival museum factory airport "
          "vote plan study report season crowd union board mayor minister").split()
_VERBS = "said announced confirmed warned expected approved rejected reported".split()


def generated_article(n: int) -> tuple[str, str]:
    """(title, html) of an invented article, different for every n."""
    rng = random.Random(n)
    title = f"Item {n}: the {rng.choice(_WORDS)} {rng.choice(_WORDS)} {rng.choice(_VERBS)}"
    paras = []
    for p in range(6):
        sentences = []
        for s in range(4):
            words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
            sentences.append(f"The {' '.join(words)} {rng.choice(_VERBS)} on day {n}-{p}-{s}.")
        paras.append(" ".join(sentences))
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Generated Times"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>{body}</article>
<footer>Generated Times · Privacy · Terms</footer></body></html>"""
    return title, html


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: C901 - one branch per route is the point
        srv = self.server
        with srv.lock:
            srv.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
            srv.hits[self.path] = srv.hits.get(self.path, 0) + 1
            hits = srv.hits[self.path]
        if srv.latency:
            time.sleep(srv.latency)
        path = self.path
        try:
            if path.startswith("/page/"):
                self._send(200, (PAGES / f"{path[6:]}.html").read_bytes(), "text/html")
            elif path.startswith("/header-charset/"):
                data = (PAGES / f"{path[16:]}.html").read_bytes()
                data = data.replace(b"charset=windows-1252", b"")
                self._send(200, data, "text/html; charset=windows-1252")
            elif path.startswith("/gzip/"):
                data = gzip.compress((PAGES / f"{path[6:]}.html").read_bytes())
                self._send(200, data, "text/html; charset=utf-8", {"Content-Encoding": "gzip"})
            elif path.startswith("/gen/"):
                n = int(path[5:])
                if srv.hold_from is not None and n >= srv.hold_from:
                    srv.released.wait(timeout=20)  # held until the test lets them go
                self._send(200, generated_article(n)[1].encode("utf-8"))
            elif path.startswith("/flaky/"):
                if hits == 1:
                    self._send(500, b"<h1>Internal Server Error</h1>")
                else:
                    self._send(200, (PAGES / f"{path[7:]}.html").read_bytes(), "text/html")
            elif path == "/error":
                self._send(500, b"<h1>Internal Server Error</h1>")
            elif path == "/missing":
                self._send(404, b"<h1>Not Found</h1>")
            elif path == "/gone":
                self._send(410, b"<h1>Gone</h1>")
            elif path == "/slow":
                time.sleep(srv.slow)
                self._send(200, (PAGES / "plain_nometa.html").read_bytes())
            elif path == "/drip":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(int(srv.slow / 0.2) + 10):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.2)
            elif path in ("/loop/a", "/loop/b"):
                other = "/loop/b" if path.endswith("a") else "/loop/a"
                self._send(302, b"", headers={"Location": other})
            elif path.startswith("/moved/"):
                self._send(301, b"", headers={"Location": f"/page/{path[7:]}"})
            elif path == "/pdf":
                self._send(200, b"%PDF-1.7\n" + bytes(range(256)) * 40, "application/pdf")
            elif path == "/image":
                self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
            elif path in ("/huge", "/huge-declared"):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                if path == "/huge-declared":
                    self.send_header("Content-Length", str(50 * 2**20))
                self.end_headers()
                chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"
                sent = 0
                while sent < 50 * 2**20:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            else:
                self._send(404, b"<h1>Not Found</h1>")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size limit, timeout): expected


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.log: list[tuple[float, str, str]] = []
        self.hits: dict[str, int] = {}
        self.latency = 0.0
        self.slow = 2.0
        self.hold_from: int | None = None  # /gen/N with N >= this waits for `released`
        self.released = threading.Event()


class PageServer:
    """Context manager: `with PageServer() as s: s.url("/page/x")`."""

    def __init__(self, latency: float = 0.0, slow: float = 2.0, hold_from: int | None = None):
        self.server = _Server()
        self.server.latency = latency
        self.server.slow = slow
        self.server.hold_from = hold_from
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def release(self) -> None:
        """Let the held pages (see `hold_from`) be served."""
        self.server.released.set()

    def __enter__(self) -> "PageServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def log(self) -> list[tuple[float, str, str]]:
        with self.server.lock:
            return list(self.server.log)


if __name__ == "__main__":  # serve for a manual try: python tests/web/server.py
    with PageServer() as s:
        print(s.base, flush=True)
        threading.Event().wait()

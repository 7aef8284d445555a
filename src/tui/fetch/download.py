"""One HTTP download with the limits a polite, robust fetcher needs: a timeout
per request and a deadline for the whole run, retries with back-off, a delay
between requests to one site, redirects followed up to a limit, gzip, and a
size cap. Standard library only (urllib): the job is small and well defined."""

from __future__ import annotations

import email.message
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from .. import __version__

USER_AGENT = (f"parallax-reader/{__version__} (a terminal reader comparing news articles; "
              "fetches only the pages its user lists)")
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 64 * 1024
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_RETRY_AFTER = 10.0  # seconds: a longer Retry-After is a refusal, not a hiccup


class FetchError(Exception):
    """The URL cannot be fetched; the message is one line."""


class Cancelled(Exception):
    """The run was interrupted (Ctrl+C) or hit its total time limit."""


class _Retryable(Exception):
    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.wait = wait


@dataclass(frozen=True)
class Limits:
    timeout: float = 20.0  # seconds for one request, connect to last byte
    retries: int = 2  # further attempts after a network error or a 5xx
    backoff: float = 0.5  # seconds before the first retry, doubled each time
    max_bytes: int = 10 * 2**20  # body size cap, after gzip decoding
    max_redirects: int = 5
    delay: float = 0.5  # seconds between two requests to one site


@dataclass(frozen=True)
class Response:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes  # as received, content-encoding (gzip) undone


def site_of(url: str) -> str:
    """The politeness key: scheme, host and port, as robots.txt scopes a site."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class SiteGate:
    """Spaces the requests to one site at least `delay` seconds apart, across
    threads (each caller reserves the next free slot, then waits for it)."""

    def __init__(self, delay: float):
        self.delay = delay
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, url: str, stop: threading.Event) -> None:
        site = site_of(url)
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(site, now))
            self._next[site] = slot + self.delay
        if slot > now and stop.wait(slot - now):
            raise Cancelled()


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    # Redirects are followed by `download` itself, to count hops, spot loops
    # and apply the per-site delay to every hop.
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_NoRedirects())


def _secs(x: float) -> str:
    return f"{round(x, 1):g}"


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB".replace(".0 MB", " MB")


Progress = Callable[[int, int | None], None]


def download(url: str, limits: Limits, gate: SiteGate, stop: threading.Event,
             deadline: float, progress: Progress = lambda _got, _total: None) -> Response:
    """Fetch an HTML page. Raises FetchError (with the reason) or Cancelled."""
    opener = _opener()
    attempt = 0
    while True:
        try:
            return _follow(opener, url, limits, gate, stop, deadline, progress)
        except _Retryable as e:
            attempt += 1
            if attempt > limits.retries:
                suffix = f" (after {attempt} attempts)" if attempt > 1 else ""
                raise FetchError(f"{e}{suffix}") from None
            wait = e.wait if e.wait is not None else limits.backoff * 2 ** (attempt - 1)
            if time.monotonic() + wait >= deadline:
                raise FetchError(f"{e} (no time left to retry)") from None
            if stop.wait(wait):
                raise Cancelled() from None


def _follow(opener, url: str, limits: Limits, gate: SiteGate, stop: threading.Event,
            deadline: float, progress: Progress) -> Response:
    chain = [url]
    current = url
    while True:
        gate.wait(current, stop)
        status, headers, body = _request(opener, current, limits, stop, deadline, progress)
        if status in (301, 302, 303, 307, 308):
            location = headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {status} redirect without a Location")
            target = urljoin(current, location.strip())
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(f"redirected to a non-web address: {target}")
            if target in chain:
                raise FetchError(f"redirect loop ({len(chain)} hops, back to {target})")
            if len(chain) > limits.max_redirects:
                raise FetchError(f"more than {limits.max_redirects} redirects")
            chain.append(target)
            current = target
            continue
        content_type = headers.get_content_type() if headers.get("Content-Type") else ""
        return Response(url=url, final_url=current, status=status, content_type=content_type,
                        charset=headers.get_content_charset(), body=body)


def _request(opener, url: str, limits: Limits, stop: threading.Event, deadline: float,
             progress: Progress) -> tuple[int, email.message.Message, bytes]:
    if stop.is_set():
        raise Cancelled()
    start = time.monotonic()
    budget = min(limits.timeout, deadline - start)
    if budget <= 0:
        raise FetchError("total time limit reached")
    req = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    })
    try:
        resp = opener.open(req, timeout=budget)
    except urllib.error.HTTPError as e:
        e.close()
        if 300 <= e.code < 400:
            return e.code, e.headers, b""
        reason = f"HTTP {e.code} {e.reason}".rstrip()
        if e.code in RETRY_STATUSES:
            raise _Retryable(reason, _retry_after(e.headers)) from None
        raise FetchError(reason) from None
    except urllib.error.URLError as e:
        raise _network_error(e.reason, budget) from None
    except (TimeoutError, socket.timeout, ConnectionError, http.client.HTTPException, OSError) as e:
        raise _network_error(e, budget) from None
    with resp:
        headers = resp.headers
        ctype = headers.get_content_type() if headers.get("Content-Type") else ""
        if ctype and ctype not in HTML_TYPES:
            raise FetchError(f"not an HTML page ({ctype})")
        length = headers.get("Content-Length")
        total = int(length) if length and length.isdigit() else None
        if total is not None and total > limits.max_bytes:
            raise FetchError(f"too large: {_mb(total)} (limit {_mb(limits.max_bytes)})")
        body = _read_body(resp, headers.get("Content-Encoding", ""), limits, stop,
                          start, min(start + limits.timeout, deadline), progress, total)
        if not ctype and body.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")[:1] != b"<":
            raise FetchError("not an HTML page (no content type, and it does not look like HTML)")
        return resp.status, headers, body


def _read_body(resp, encoding: str, limits: Limits, stop: threading.Event, start: float, until: float,
               progress: Progress, total: int | None) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decoder = zlib.decompressobj()
    elif encoding in ("", "identity"):
        decoder = None
    else:
        raise FetchError(f"unsupported content encoding: {encoding}")
    body = bytearray()
    received = 0
    too_large = FetchError(f"too large: over {_mb(limits.max_bytes)} (the limit), cut off")
    try:
        while True:
            if stop.is_set():
                raise Cancelled()
            if time.monotonic() > until:
                raise _Retryable(f"timed out after {_secs(until - start)} s (body still arriving)")
            chunk = resp.read1(CHUNK)
            if not chunk:
                break
            received += len(chunk)
            if received > limits.max_bytes:
                raise too_large
            if decoder is None:
                body += chunk
            else:
                # max_length bounds a gzip bomb: output stops one byte past the cap
                body += decoder.decompress(chunk, limits.max_bytes - len(body) + 1)
                if decoder.unconsumed_tail:
                    raise too_large
            if len(body) > limits.max_bytes:
                raise too_large
            progress(received, total)
        if decoder is not None:
            body += decoder.flush()
    except zlib.error as e:
        raise FetchError(f"corrupt {encoding} body ({e})") from None
    except (TimeoutError, socket.timeout):
        raise _Retryable(f"timed out after {_secs(time.monotonic() - start)} s") from None
    except (ConnectionError, http.client.HTTPException) as e:
        raise _Retryable(f"connection broken while reading ({type(e).__name__})") from None
    if len(body) > limits.max_bytes:
        raise too_large
    return bytes(body)


def _retry_after(headers) -> float | None:
    value = (headers.get("Retry-After") or "").strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    return None


def _network_error(reason, budget: float) -> Exception:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _Retryable(f"timed out after {_secs(budget)} s")
    if isinstance(reason, ssl.SSLCertVerificationError):
        return FetchError(f"TLS certificate not valid: {reason.verify_message}")
    if isinstance(reason, socket.gaierror):
        return FetchError("host not found")
    if isinstance(reason, ConnectionRefusedError):
        return _Retryable("connection refused")
    if isinstance(reason, OSError) and reason.strerror:
        return _Retryable(f"network error: {reason.strerror}")
    return _Retryable(f"network error: {reason}")

"""`parallax fetch`: download a list of pages into a folder the reader opens.

Work is spread over N threads (the time goes into waiting on the network);
the main thread owns sources.toml and the report, so only it writes them.
"""

from __future__ import annotations

import datetime as dt
import queue
import shlex
import sys
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..core.loading import SourceError
from .download import Cancelled, FetchError, Limits, SiteGate, download, site_of
from .store import Store, normalize_url, page_name, toml_date

# Exit statuses (documented in `parallax fetch --help` and the README).
EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
TOML_INTERVAL = 0.25  # seconds between two rewrites of sources.toml during a run
GRACE = 2.0  # seconds past the total time limit before workers still busy are abandoned


@dataclass
class Outcome:
    url: str
    status: str  # fetched | failed | cancelled
    name: str = ""
    reason: str = ""
    entry: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Options:
    into: Path
    jobs: int = 4
    total_timeout: float = 600.0
    force: bool = False
    limits: Limits = Limits()


def read_url_list(path: str) -> list[str]:
    """One URL a line; blank lines and lines starting with # are ignored."""
    try:
        if path == "-":
            text = sys.stdin.read()
        else:
            text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as e:
        raise SourceError(f"cannot read --from {path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise SourceError(f"--from {path}: not a UTF-8 text file") from None
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def interleave_by_site(urls: list[str]) -> list[str]:
    """Round-robin over sites, so that workers do not queue up behind one
    site's politeness delay while other sites wait."""
    by_site: dict[str, list[str]] = {}
    for u in urls:
        by_site.setdefault(site_of(u), []).append(u)
    lanes = list(by_site.values())
    out = []
    for i in range(max((len(lane) for lane in lanes), default=0)):
        out.extend(lane[i] for lane in lanes if i < len(lane))
    return out


class Reporter:
    """Progress on a terminal (a bar per URL being fetched, a line per URL
    done); otherwise quiet: only faults and the summary, one line each."""

    def __init__(self, total: int, console=None):
        from rich.console import Console

        self.console = console or Console(stderr=True, highlight=False)
        self.live = self.console.is_terminal
        self.progress = None
        self._tasks: dict[str, int] = {}
        if self.live and total:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

            self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False),
                                     BarColumn(), TextColumn("{task.fields[amount]}", markup=False),
                                     console=self.console, transient=True)
            self._total = total
            self._overall = self.progress.add_task("pages", total=total, amount=f"0/{total}")

    def __enter__(self):
        if self.progress:
            self.progress.start()
        return self

    def __exit__(self, *exc):
        if self.progress:
            self.progress.stop()

    def started(self, url: str) -> None:
        if self.progress:
            self._tasks[url] = self.progress.add_task(_short(url), total=None, amount="")

    def bytes(self, url: str, got: int, total: int | None) -> None:
        if self.progress and url in self._tasks:
            from rich.filesize import decimal

            amount = decimal(got) + (f"/{decimal(total)}" if total else "")
            self.progress.update(self._tasks[url], completed=got, total=total, amount=amount)

    def finished(self, url: str) -> None:
        if self.progress:
            task = self._tasks.pop(url, None)
            if task is not None:
                self.progress.remove_task(task)
            self.progress.advance(self._overall)
            done = int(self.progress.tasks[self._overall].completed)
            self.progress.update(self._overall, amount=f"{done}/{self._total}")

    def ok(self, url: str, message: str) -> None:
        if self.live:
            self.console.print(f"[green]✓[/] {url} → {message}", markup=True, soft_wrap=True)

    def note(self, url: str, message: str) -> None:
        self._line(f"parallax: fetch: {url}: {message}", "yellow")

    def fault(self, url: str, message: str) -> None:
        self._line(f"parallax: fetch: {url}: {message}", "red")

    def summary(self, text: str) -> None:
        self._line(f"parallax: fetch: {text}", "bold")

    def _line(self, text: str, style: str) -> None:
        if self.live:
            self.console.print(text, style=style, markup=False, soft_wrap=True)
        else:
            print(text, file=sys.stderr, flush=True)


def _short(url: str, width: int = 50) -> str:
    return url if len(url) <= width else url[: width - 1] + "…"


def fetch(urls: Iterable[str], options: Options, reporter: Reporter | None = None) -> int:
    """Fetch the pages; returns the exit status."""
    urls = list(urls)
    if not urls:
        raise SourceError("no URLs given: pass URL … or --from FILE")
    store = Store(options.into)
    store.open()
    try:
        return _fetch_into(store, urls, options, reporter)
    finally:
        store.close()


def _fetch_into(store: Store, urls: list[str], options: Options, reporter: Reporter | None) -> int:
    plan: list[tuple[str, str]] = []  # (normalized, as given)
    seen: set[str] = set()
    notes: list[tuple[str, str, str]] = []  # (url, kind, message), reported before the fetch
    for given in urls:
        url = normalize_url(given)
        if url is None:
            notes.append((given, "invalid", "invalid URL (an http:// or https:// address with a host is needed)"))
        elif url in seen:
            notes.append((given, "duplicate", "given more than once, fetched once"))
        else:
            seen.add(url)
            existing = store.has(url)
            if existing and not options.force:
                notes.append((given, "present", f"already fetched ({existing}); --force fetches it again"))
            else:
                plan.append((url, given))

    reporter = reporter or Reporter(len(plan))
    counts = {"fetched": 0, "failed": 0, "invalid": 0, "duplicate": 0, "present": 0}
    for url, kind, message in notes:
        counts[kind] += 1
        (reporter.fault if kind == "invalid" else reporter.note)(url, message)

    outcomes = _run(plan, options, store, reporter)
    interrupted = False
    for o in outcomes:
        if o.status == "fetched":
            counts["fetched"] += 1
        elif o.status == "failed":
            counts["failed"] += 1
        else:
            interrupted = True
    left = sum(1 for o in outcomes if o.status == "cancelled")
    parts = [f"{counts['fetched']} fetched"]
    for kind, label in (("failed", "failed"), ("invalid", "invalid"), ("present", "already there"),
                        ("duplicate", "given twice")):
        if counts[kind]:
            parts.append(f"{counts[kind]} {label}")
    if left:
        parts.append(f"{left} not fetched (interrupted; run again to fetch them)")
    usable = counts["fetched"] + counts["present"]
    tail = f" into {options.into}" + (f"; read them with: parallax {shlex.quote(str(options.into))}"
                                      if usable else "")
    reporter.summary(", ".join(parts) + tail)
    if interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if counts["failed"] + counts["invalid"] == 0 else EXIT_PARTIAL


def _run(plan: list[tuple[str, str]], options: Options, store: Store, reporter: Reporter) -> list[Outcome]:
    if not plan:
        return []
    from ..core.webpage import NoArticle, read_page  # trafilatura: only when there is work

    jobs: queue.SimpleQueue = queue.SimpleQueue()
    results: queue.SimpleQueue = queue.SimpleQueue()
    given_by_url = dict(plan)
    for url in interleave_by_site([u for u, _ in plan]):
        jobs.put(url)
    stop = threading.Event()
    gate = SiteGate(options.limits.delay)
    deadline = time.monotonic() + options.total_timeout
    extract_lock = threading.Lock()  # extraction is CPU work under the GIL; one at a time is as fast and spares thread-safety doubts

    def fetch_one(url: str) -> Outcome:
        name = page_name(url)
        try:
            resp = download(url, options.limits, gate, stop, deadline,
                            lambda got, total: reporter.bytes(url, got, total))
            with extract_lock:
                page, codec = read_page(resp.body, url=resp.final_url, http_charset=resp.charset)
            if stop.is_set():
                raise Cancelled()
            store.save_page(name, resp.body, page.text)
        except Cancelled:
            return Outcome(url, "cancelled")
        except (FetchError, NoArticle) as e:
            return Outcome(url, "failed", reason=str(e))
        except OSError as e:
            return Outcome(url, "failed", reason=f"cannot write into {options.into}: {e.strerror or e}")
        entry = {"url": url}
        if resp.final_url != url:
            entry["final_url"] = resp.final_url
        meta = page.meta
        for key in ("title", "outlet", "author"):
            if meta.get(key):
                entry[key] = meta[key]
        if meta.get("date"):
            entry["date"] = toml_date(meta["date"])
        if meta.get("url") and meta["url"] not in (url, resp.final_url):
            entry["canonical"] = meta["url"]
        entry["fetched_at"] = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        entry["raw"] = f"{store.raw.name}/{name}.html"
        entry["charset"] = codec.replace("_", "-")
        return Outcome(url, "fetched", name=name, entry=entry)

    def worker() -> None:
        while not stop.is_set():
            try:
                url = jobs.get_nowait()
            except queue.Empty:
                return
            if time.monotonic() >= deadline:
                results.put(Outcome(url, "failed", reason=f"not fetched: the total time limit "
                                                         f"({options.total_timeout:g} s) was reached"))
                continue
            reporter.started(url)
            try:
                outcome = fetch_one(url)
            except Exception as e:  # a bug must not hang the run: report it as this URL's fault
                outcome = Outcome(url, "failed", reason=f"internal error: {type(e).__name__}: {e}")
            results.put(outcome)

    # Daemon threads: on Ctrl+C the process must not wait for a socket read
    # to time out; their files are written under temporary names, so nothing
    # half-written can be left under a real name.
    threads = [threading.Thread(target=worker, daemon=True, name=f"fetch-{i}")
               for i in range(max(1, min(options.jobs, len(plan))))]
    outcomes: list[Outcome] = []
    pending: list[Outcome] = []  # fetched, not yet in sources.toml on disk
    last_write = time.monotonic()

    def write_toml() -> None:
        # Rewriting the whole file for every page would cost O(n²) on long
        # lists; a page whose entry is not written yet is fetched again by a
        # re-run, so nothing is lost by writing a few times a second.
        nonlocal last_write
        try:
            store.flush()
        except OSError as e:
            for o in pending:
                o.status, o.reason = "failed", f"cannot write {store.toml_path}: {e.strerror or e}"
                reporter.fault(given_by_url.get(o.url, o.url), o.reason)
        pending.clear()
        last_write = time.monotonic()

    with reporter:
        for t in threads:
            t.start()
        try:
            while len(outcomes) < len(plan):
                try:
                    outcome = results.get(timeout=0.1)
                except queue.Empty:
                    if time.monotonic() > deadline + GRACE:
                        # a worker stuck where no timeout reaches (a DNS lookup):
                        # give up on what is left rather than wait for it
                        stop.set()
                        done = {o.url for o in outcomes}
                        for u, _ in plan:
                            if u not in done:
                                o = Outcome(u, "failed", reason=f"not fetched: the total time limit "
                                                                f"({options.total_timeout:g} s) was reached")
                                _settle(o, store, reporter, given_by_url)
                                outcomes.append(o)
                    continue
                _settle(outcome, store, reporter, given_by_url)
                outcomes.append(outcome)
                if outcome.status == "fetched":
                    pending.append(outcome)
                if time.monotonic() - last_write >= TOML_INTERVAL:
                    write_toml()
            write_toml()
        except KeyboardInterrupt:
            stop.set()
            # pages finished meanwhile are recorded; the rest is fetched by a re-run
            end = time.monotonic() + 1.0
            while time.monotonic() < end and any(t.is_alive() for t in threads):
                time.sleep(0.05)
            while True:
                try:
                    outcome = results.get_nowait()
                except queue.Empty:
                    break
                _settle(outcome, store, reporter, given_by_url)
                outcomes.append(outcome)
                if outcome.status == "fetched":
                    pending.append(outcome)
            write_toml()
            done = {o.url for o in outcomes}
            outcomes += [Outcome(u, "cancelled") for u, _ in plan if u not in done]
    return outcomes


def _settle(outcome: Outcome, store: Store, reporter: Reporter, given_by_url: dict[str, str]) -> None:
    url = given_by_url.get(outcome.url, outcome.url)
    reporter.finished(outcome.url)
    if outcome.status == "fetched":
        store.record(outcome.name, outcome.entry)
        title = outcome.entry.get("title")
        reporter.ok(url, f"{outcome.name}.txt" + (f"  {title}" if title else ""))
    elif outcome.status == "failed":
        reporter.fault(url, outcome.reason)

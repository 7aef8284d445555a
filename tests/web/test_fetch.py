"""`parallax fetch` against a real HTTP server on 127.0.0.1 (tests/web/server.py):
every fault, the folder it leaves, re-runs, and interruption.

Short timeouts keep the run small; nothing here reaches any other address
(tests/web/conftest.py fails a test that tries)."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.core.webpage import read_page
from tui.fetch.store import dumps_toml, normalize_url, page_name

from .server import PAGES, PageServer, generated_article

# A timeout short enough to keep the suite quick, long enough for a loaded machine.
FAST = ["--timeout", "1", "--retries", "1", "--delay", "0", "--max-size", "1"]


def run(*args: str) -> tuple[int, list[str]]:
    """parallax fetch in-process; returns (exit status, stderr lines)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["fetch", *args])
    return code, err.getvalue().splitlines()


def texts(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def assert_clean(folder: Path) -> dict:
    """The folder is complete and consistent: a text and a raw page per
    sources.toml entry and nothing else, no temporary files."""
    entries = tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))
    names = {f.name for f in texts(folder)}
    assert names == set(entries)
    raws = {f.name for f in (folder / ".raw").iterdir() if f.name != ".lock"}
    assert raws == {n[:-4] + ".html" for n in names}
    leftovers = [p for p in folder.rglob("*") if "parallax-part" in p.name]
    assert not leftovers
    assert len({e["url"] for e in entries.values()}) == len(entries)  # no URL twice
    return entries


# ---------------------------------------------------------------- one run, every fault


@pytest.fixture(scope="module")
def faults_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fetch") / "story"
    with PageServer(slow=2.5) as s:
        good = {
            "gazette": s.url("/page/gazette_full"),
            "valley_moved": s.url("/moved/valley_jsonld"),
            "plain_gzip": s.url("/gzip/plain_nometa"),
            "cp1252_header": s.url("/header-charset/cp1252_final"),
            "cp1252_meta": s.url("/page/cp1252_final"),
            "flaky": s.url("/flaky/valley_jsonld"),
        }
        bad = {
            s.url("/missing"): "HTTP 404",
            s.url("/gone"): "HTTP 410",
            s.url("/error"): "HTTP 500",
            s.url("/slow"): "timed out",
            s.url("/drip"): "timed out",
            s.url("/loop/a"): "redirect loop",
            s.url("/pdf"): "not an HTML page (application/pdf)",
            s.url("/image"): "not an HTML page (image/png)",
            s.url("/huge"): "too large",
            s.url("/huge-declared"): "too large: 50 MB",
            s.url("/page/script_only"): "JavaScript",
            s.url("/page/login_wall"): "sign-in form",
            "htp:/nowhere": "invalid URL",
            "https://": "invalid URL",
        }
        urls = list(good.values()) + list(bad) + [good["gazette"], good["gazette"] + "#comments"]
        start = time.monotonic()
        code, lines = run(*urls, "--into", str(folder), *FAST)
        elapsed = time.monotonic() - start
        log = s.log
    return dict(folder=folder, good=good, bad=bad, code=code, lines=lines, log=log, elapsed=elapsed)


def test_exit_status_is_partial(faults_run):
    assert faults_run["code"] == 1


def test_one_line_per_faulty_url_and_a_summary(faults_run):
    lines = faults_run["lines"]
    for url, why in faults_run["bad"].items():
        mine = [ln for ln in lines if f": {url}: " in ln]
        assert len(mine) == 1, (url, lines)
        assert why in mine[0], mine[0]
    dup = [ln for ln in lines if "given more than once" in ln]
    assert len(dup) == 2  # the same URL, and the same URL with a #fragment
    assert lines[-1].startswith("parallax: fetch: 6 fetched, 12 failed, 2 invalid, 2 given twice")
    assert all(ln.startswith("parallax: fetch: ") for ln in lines)  # quiet: no progress off a terminal
    assert len(lines) == len(faults_run["bad"]) + len(dup) + 1  # no line for a page fetched


def test_the_folder_holds_text_raw_page_and_metadata(faults_run):
    folder, good = faults_run["folder"], faults_run["good"]
    entries = assert_clean(folder)
    assert len(entries) == len(good)
    by_url = {e["url"]: (name, e) for name, e in entries.items()}
    name, g = by_url[good["gazette"]]
    assert g["title"] == "Appeals court halts Millbrook reservoir expansion"
    assert (g["outlet"], g["author"], str(g["date"])) == ("The Harrow Gazette", "Priya Vantongeren", "2025-04-17")
    assert g["canonical"] == "https://harrowgazette.example/news/2025/04/court-halts-reservoir"
    assert g["fetched_at"].tzinfo is not None and g["raw"] == f".raw/{name[:-4]}.html"
    raw = (folder / g["raw"]).read_bytes()
    assert raw == (PAGES / "gazette_full.html").read_bytes()  # as received
    assert (folder / name).read_text(encoding="utf-8") == read_page(raw)[0].text + "\n"
    # redirects: the asked URL is the identity, where it led is recorded
    _, v = by_url[good["valley_moved"]]
    assert v["final_url"].endswith("/page/valley_jsonld") and v["author"] == "Dmitri Ashworth"
    # gzip undone, the page saved as HTML
    name, p = by_url[good["plain_gzip"]]
    assert (folder / p["raw"]).read_bytes() == (PAGES / "plain_nometa.html").read_bytes()
    assert "A fresh environmental study typically takes" in (folder / name).read_text(encoding="utf-8")
    # windows-1252 announced by the HTTP header only, and by the page only
    for key in ("cp1252_header", "cp1252_meta"):
        name, c = by_url[good[key]]
        assert c["charset"] == "cp1252"
        assert "gave Pérignac a 2–1 win over Östervik" in (folder / name).read_text(encoding="utf-8")


def test_retries_and_user_agent(faults_run):
    paths = [p for _, p, _ in faults_run["log"]]
    assert paths.count("/flaky/valley_jsonld") == 2  # 500, then the page
    assert paths.count("/error") == 2  # one retry, then the fault
    assert paths.count("/page/gazette_full") == 1  # given three times, fetched once
    assert paths.count("/loop/a") == 1 and paths.count("/loop/b") == 1
    assert {ua for _, _, ua in faults_run["log"]} == {ua for ua in {faults_run["log"][0][2]}}
    assert faults_run["log"][0][2].startswith("parallax-reader/")


def test_the_fetched_folder_opens_as_a_story(faults_run, capsys):
    folder = faults_run["folder"]
    assert main(["analyze", str(folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["sources"]) == len(faults_run["good"])  # the .raw pages are not analysed again
    assert all(s["path"].endswith(".txt") for s in data["sources"])
    gazette = next(s for s in data["sources"] if s["url"] == faults_run["good"]["gazette"])
    assert gazette["author"] == "Priya Vantongeren" and gazette["outlet"] == "The Harrow Gazette"
    verbatim = [p for p in data["passages"] if p["kind"] == "verbatim" and gazette["id"] in
                {sp["source"] for sp in p["spans"]}]
    assert any("In a unanimous decision" in gazette["text"][sp["start"]:sp["end"]]
               for p in verbatim for sp in p["spans"] if sp["source"] == gazette["id"])


# ---------------------------------------------------------------- re-runs


def test_rerun_fetches_only_what_is_missing_and_force_fetches_again(tmp_path: Path):
    folder = tmp_path / "again"
    with PageServer() as s:
        urls = [s.url("/page/gazette_full"), s.url("/page/valley_jsonld")]
        assert run(*urls, "--into", str(folder), *FAST)[0] == 0
        before = {f: f.stat().st_mtime_ns for f in texts(folder)}
        (folder / "sources.toml").write_text(
            (folder / "sources.toml").read_text(encoding="utf-8").replace(
                'outlet = "Valley Post"', 'outlet = "Valley Post"\nnote = "kept by hand"'), encoding="utf-8")
        code, lines = run(*urls, s.url("/page/plain_nometa"), "--into", str(folder), *FAST)
        assert code == 0
        assert sum("already fetched" in ln for ln in lines) == 2
        assert [p for _, p, _ in s.log].count("/page/gazette_full") == 1
        assert {f: f.stat().st_mtime_ns for f in texts(folder) if f in before} == before
        entries = assert_clean(folder)
        assert len(entries) == 3
        assert any(e.get("note") == "kept by hand" for e in entries.values())
        code, lines = run(urls[0], "--into", str(folder), "--force", *FAST)
        assert code == 0 and [p for _, p, _ in s.log].count("/page/gazette_full") == 2
        assert len(assert_clean(folder)) == 3


def test_urls_from_a_file(tmp_path: Path):
    folder = tmp_path / "from"
    with PageServer() as s:
        listing = tmp_path / "urls.txt"
        listing.write_text(f"# the ruling\n\n{s.url('/page/gazette_full')}\n  {s.url('/gzip/plain_nometa')}  \n",
                           encoding="utf-8")
        code, lines = run("--from", str(listing), "--into", str(folder), *FAST)
    assert code == 0, lines
    assert len(assert_clean(folder)) == 2


# ---------------------------------------------------------------- politeness and limits


def test_requests_to_one_site_are_spaced_by_the_delay(tmp_path: Path):
    with PageServer() as s, PageServer() as other:
        urls = [s.url(f"/gen/{i}") for i in range(4)] + [other.url("/gen/9")]
        code, _ = run(*urls, "--into", str(tmp_path / "d"), "--delay", "0.4", "--jobs", "4")
        assert code == 0
        times = sorted(t for t, _, _ in s.log)
        first_other = other.log[0][0]
    gaps = [b - a for a, b in zip(times, times[1:])]
    # slots are 0.4 s apart; arrival times jitter by the connection set-up
    assert min(gaps) >= 0.3 and times[-1] - times[0] >= 1.1, gaps
    assert first_other - times[0] < 0.35  # another site does not wait behind the first


def test_total_time_limit(tmp_path: Path):
    with PageServer(slow=3) as s:
        code, lines = run(s.url("/slow"), s.url("/page/gazette_full"), "--into", str(tmp_path / "d"),
                          "--timeout", "5", "--total-timeout", "0.8", "--jobs", "1", "--delay", "0")
    assert code == 1
    assert any("/slow" in ln and "timed out" in ln for ln in lines), lines


def test_a_worker_stuck_beyond_any_timeout_is_abandoned_at_the_total_limit(tmp_path: Path, monkeypatch):
    """A DNS lookup has no timeout of ours; the run still ends near the limit."""
    import socket

    real = socket.getaddrinfo

    def stuck(host, *args, **kwargs):
        time.sleep(6)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", stuck)
    start = time.monotonic()
    code, lines = run("http://127.0.0.1:9/never", "--into", str(tmp_path / "d"), "--total-timeout", "0.5")
    assert time.monotonic() - start < 4
    assert code == 1 and "total time limit" in lines[0]


@pytest.mark.parametrize("args, message", [
    ([], "no URLs given"),
    (["--from", "/nonexistent/urls.txt"], "cannot read --from"),
    (["http://127.0.0.1:9/a", "--jobs", "0"], "--jobs"),
    (["http://127.0.0.1:9/a", "--timeout", "-1"], "--timeout"),
])
def test_usage_errors(tmp_path: Path, capsys, args, message):
    try:
        code = main(["fetch", *args, "--into", str(tmp_path / "d")])
    except SystemExit as e:  # argparse exits by itself
        code = e.code
    assert code == 2
    assert not (tmp_path / "d").exists()
    err = capsys.readouterr().err.strip()
    assert err.startswith("parallax: error: ") and message in err and "\n" not in err


def test_into_a_file_is_a_usage_error(tmp_path: Path, capsys):
    f = tmp_path / "file"
    f.write_text("x", encoding="utf-8")
    assert main(["fetch", "http://127.0.0.1:9/a", "--into", str(f)]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_one_fetch_at_a_time_per_folder(tmp_path: Path, capsys):
    from tui.fetch.store import Store

    held = Store(tmp_path / "d")
    held.open()
    try:
        assert main(["fetch", "http://127.0.0.1:9/a", "--into", str(tmp_path / "d")]) == 2
        assert "another parallax fetch is writing into" in capsys.readouterr().err
    finally:
        held.close()
    with PageServer() as s:
        assert run(s.url("/page/gazette_full"), "--into", str(tmp_path / "d"), *FAST)[0] == 0


def test_help_documents_layout_and_exit_status(capsys):
    with pytest.raises(SystemExit):
        main(["fetch", "--help"])
    out = capsys.readouterr().out
    for needle in (".raw/NAME.html", "sources.toml", "exit status", "--max-size", "--jobs", "--force", "130"):
        assert needle in out


# ---------------------------------------------------------------- units


def test_normalize_url():
    assert normalize_url("HTTP://Example.COM:80/a?b=1#frag") == "http://example.com/a?b=1"
    assert normalize_url("https://example.com") == "https://example.com/"
    assert normalize_url("https://example.com:8443/x") == "https://example.com:8443/x"
    for bad in ("example.com/a", "ftp://example.com/", "https://", "http://exa mple.com/", "http://[::1/", ""):
        assert normalize_url(bad) is None, bad


def test_page_names_are_stable_and_distinct():
    a = page_name("https://www.news.example/2025/04/court-halts-reservoir.html")
    assert a.startswith("news-example-court-halts-reservoir-") and a == page_name(
        "https://www.news.example/2025/04/court-halts-reservoir.html")
    assert a != page_name("https://www.news.example/2025/04/court-halts-reservoir.html?page=2")


def test_sources_toml_round_trip():
    import datetime as dt

    tables = {"a b.txt": {"title": 'He said "no" \\ then\nleft\x7f', "date": dt.date(2025, 4, 17),
                          "fetched_at": dt.datetime(2025, 4, 17, 8, 0, tzinfo=dt.timezone.utc),
                          "n": 3, "tags": ["x", "y"], "ok": True}}
    assert tomllib.loads(dumps_toml(tables)) == tables
    assert tomllib.loads(dumps_toml(tables, {"story": "Dam ruling"})) == {"story": "Dam ruling", **tables}


_toml_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_toml_text, st.dictionaries(
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10),
    _toml_text | st.integers() | st.booleans() | st.dates(), max_size=5), max_size=4))
def test_any_sources_toml_round_trips(tables):
    assert tomllib.loads(dumps_toml(tables)) == tables


# ---------------------------------------------------------------- on a terminal


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs a pseudo-terminal")
def test_progress_on_a_terminal(tmp_path: Path):
    import pty
    import re

    with PageServer(latency=0.1) as s:
        urls = [s.url(f"/gen/{i}") for i in range(4)] + [s.url("/missing")]
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        env.update(COLUMNS="120", TERM="xterm-256color")
        env.pop("NO_COLOR", None)
        pid, fd = pty.fork()
        if pid == 0:  # the child: parallax fetch with its stderr on the terminal
            os.execve(sys.executable, [sys.executable, "-m", "tui", "fetch", *urls, "--into",
                                       str(tmp_path / "d"), "--delay", "0"], env)
        out = b""
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        _, status = os.waitpid(pid, 0)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out.decode("utf-8", "replace"))
    assert os.waitstatus_to_exitcode(status) == 1
    assert sum(1 for ln in text.splitlines() if ln.lstrip("\r").startswith("✓ ")) == 4  # a line per page
    assert "━" in text  # the progress bars were drawn
    assert "/missing: HTTP 404 Not Found" in text
    assert "4 fetched, 1 failed" in text


# ---------------------------------------------------------------- interruption


def _spawn(urls: list[str], folder: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    return subprocess.Popen([sys.executable, "-m", "tui", "fetch", *urls, "--into", str(folder),
                             "--jobs", "2", "--delay", "0", "--timeout", "5"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_interruptible)


def _interruptible() -> None:
    """Ctrl-C as in a terminal: a suite started in the background (`make test &`)
    hands its children SIGINT ignored, and the fetch would then never see it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for_pages(folder: Path, n: int, proc: subprocess.Popen, limit: float = 20) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if len(texts(folder)) >= n:
            return
        assert proc.poll() is None, proc.communicate()
        time.sleep(0.02)
    raise AssertionError("the fetch made no progress")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["killed", "ctrl-c"])
def test_interrupted_fetch_completes_on_rerun(tmp_path: Path, sig):
    folder = tmp_path / "story"
    # pages 6 and later are held until the signal is sent: on a loaded
    # machine the whole fetch once finished before the Ctrl-C landed
    with PageServer(latency=0.15, hold_from=6) as s:
        urls = [s.url(f"/gen/{i}") for i in range(14)]
        proc = _spawn(urls, folder)
        _wait_for_pages(folder, 3, proc)
        proc.send_signal(sig)
        s.release()
        _, err = proc.communicate(timeout=10)
        if sig == signal.SIGINT:
            assert proc.returncode == 130, err
            assert "interrupted; run again" in err.splitlines()[-1]
        partial = texts(folder)
        assert 3 <= len(partial) < len(urls)
        # every page written so far is whole: what the extraction gives for it
        recorded = tomllib.loads((folder / "sources.toml").read_text(encoding="utf-8"))
        for name, entry in recorded.items():
            n = int(entry["url"].rsplit("/", 1)[1])
            html = generated_article(n)[1].encode("utf-8")
            assert (folder / name).read_text(encoding="utf-8") == read_page(html)[0].text + "\n"
            assert (folder / entry["raw"]).read_bytes() == html
        served_before = len(s.log)
        proc = _spawn(urls, folder)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        entries = assert_clean(folder)
        assert sorted(e["url"] for e in entries.values()) == sorted(urls)
        refetched = len(s.log) - served_before
        assert refetched == len(urls) - len(recorded)  # only what was missing
    for name, entry in entries.items():
        n = int(entry["url"].rsplit("/", 1)[1])
        assert (folder / name).read_text(encoding="utf-8") == read_page(generated_article(n)[1].encode())[0].text + "\n"


def test_gzip_bomb_is_cut_off(tmp_path: Path):
    """A small gzip body that inflates far past the limit stops at the limit."""
    from http.server import BaseHTTPRequestHandler

    from . import server as srv

    bomb = gzip.compress(b"<p>" + b"a" * (30 * 2**20) + b"</p>")
    assert len(bomb) < 100_000

    class Bomb(srv._Handler):
        def do_GET(self) -> None:
            self._send(200, bomb, "text/html", {"Content-Encoding": "gzip"})

    assert issubclass(Bomb, BaseHTTPRequestHandler)
    with PageServer() as s:
        s.server.RequestHandlerClass = Bomb
        code, lines = run(s.url("/bomb"), "--into", str(tmp_path / "d"), *FAST)
    assert code == 1 and "too large" in lines[0]

"""The analysis over several processes: the same Story whatever --jobs, no
process left behind, failures and interruptions handled in the parent."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SOURCES
from tui.cli import main
from tui.core import parallel
from tui.core import story as story_module
from tui.core.loading import RawSource, load_raw_sources
from tui.core.serialize import story_to_dict
from tui.core.story import build_story

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from corpus import generate  # noqa: E402

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="workers are forked (Linux only)")


@pytest.fixture
def always_parallel(monkeypatch):
    """Workers even for a small folder (normally it runs in-process)."""
    monkeypatch.setattr(story_module, "PARALLEL_MIN_CHARS", 0)


@pytest.fixture
def children_started(monkeypatch):
    """Counts the processes forked, so a test knows the parallel path ran."""
    started = []
    real = parallel._Children.__init__

    def counting(self, jobs, shared=()):
        started.append(len(jobs))
        real(self, jobs, shared)

    monkeypatch.setattr(parallel._Children, "__init__", counting)
    return started


def _no_children_left() -> bool:
    import multiprocessing

    if multiprocessing.active_children():
        return False
    try:
        pid, _ = os.waitpid(-1, os.WNOHANG)  # a zombie of ours would be reaped here
    except ChildProcessError:
        return True
    return pid == 0


def _json(raws, jobs: int) -> str:
    return json.dumps(story_to_dict(build_story(raws, name="t", jobs=jobs)), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- the Story is the same


def test_cli_json_identical_for_jobs_1_and_4_on_sources(always_parallel, children_started, tmp_path, capsys):
    outs = []
    for jobs in ("1", "4"):
        out = tmp_path / f"story{jobs}.json"
        assert main(["analyze", str(SOURCES), "--json", "--no-cache", "--jobs", jobs, "-o", str(out)]) == 0
        outs.append(out.read_bytes())
    assert children_started, "the --jobs 4 run did not use worker processes"
    assert outs[0] == outs[1]
    assert _no_children_left()


def test_synthetic_corpus_identical_for_jobs_1_and_4(always_parallel, children_started):
    raws = generate(30).raw_sources()
    one = _json(raws, 1)
    assert not children_started
    four = _json(raws, 4)
    assert children_started
    assert one == four
    assert _no_children_left()


_WORDS = ("the minister said talks would resume on Monday after the court ruled that the storm had "
          "damaged the harbour and the club confirmed its results were strong despite the final").split()
_sentence = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")
_quote = st.tuples(st.sampled_from(["Ana Ruiz", "The council", "Mr Okafor"]), _sentence).map(
    lambda p: f'"{p[1][:-1]}," {p[0]} said.')
_paragraph = st.lists(st.one_of(_sentence, _quote), min_size=1, max_size=4).map(" ".join)
_article = st.lists(_paragraph, min_size=1, max_size=5).map("\n\n".join)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_article, min_size=2, max_size=6))
def test_any_small_folder_identical_for_jobs_1_and_4(always_parallel, texts):
    # shared paragraphs so that passages, statements and lineage have work
    texts = [t + "\n\n" + texts[0].split("\n\n")[0] for t in texts]
    raws = [RawSource(f"s{i}", f"<{i}>", t, {}) for i, t in enumerate(texts)]
    assert _json(raws, 1) == _json(raws, 4)


def test_a_pool_started_from_a_thread_works_and_reports_progress(always_parallel, children_started):
    """The reader analyses in a worker thread: workers forked from it work,
    and progress still names the stages and only grows."""
    raws, _ = load_raw_sources([str(SOURCES)])
    seen: list[tuple[str, float]] = []
    box = {}
    t = threading.Thread(target=lambda: box.update(story=build_story(
        raws, name="t", jobs=2, progress=lambda stage, f: seen.append((stage, f)))))
    t.start()
    t.join(120)
    assert not t.is_alive()
    assert children_started
    assert story_to_dict(box["story"]) == story_to_dict(build_story(raws, name="t", jobs=1))
    stages = [s for s, _ in seen]
    for stage in ("cleaning sources", "matching shared wording", "finding actors and statements", "done"):
        assert stage in stages
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert _no_children_left()


def test_a_small_folder_stays_in_process(children_started):
    raws, _ = load_raw_sources([str(SOURCES)])
    build_story(raws, name="t", jobs=4)
    assert children_started == []  # ./sources never pays for a process


# ---------------------------------------------------------------- the helpers


def test_map_keeps_item_order_and_uses_other_processes():
    parent = os.getpid()
    out = parallel.map_sources(lambda x: (x * x, os.getpid()), list(range(37)), 3)
    assert [v for v, _ in out] == [x * x for x in range(37)]
    assert {pid for _, pid in out} - {parent}, "no work was done in a worker"
    assert _no_children_left()


def test_map_reports_progress_up_to_all_items():
    ticks = []
    parallel.map_sources(lambda x: x, list(range(20)), 2, tick=lambda k, n: ticks.append((k, n)))
    assert ticks[-1] == (20, 20) and [k for k, _ in ticks] == sorted(k for k, _ in ticks)


def test_map_recomputes_in_process_when_a_worker_raises_or_dies():
    parent = os.getpid()

    def fails_in_child(x):
        if os.getpid() != parent:
            raise RuntimeError("only in a worker")
        return x + 1

    def dies_in_child(x):
        if os.getpid() != parent:
            os._exit(3)
        return x + 1

    assert parallel.map_sources(fails_in_child, list(range(10)), 2) == list(range(1, 11))
    assert parallel.map_sources(dies_in_child, list(range(10)), 2) == list(range(1, 11))
    assert _no_children_left()


def test_a_real_error_is_raised_in_the_parent():
    def bad(x):
        raise ValueError(f"bad {x}")

    with pytest.raises(ValueError, match="bad 0"):
        parallel.map_sources(bad, [0, 1, 2, 3], 2)
    assert _no_children_left()


def test_an_interrupted_map_leaves_no_process_behind():
    import time

    def slow(x):
        time.sleep(0.05)
        return x

    def interrupt(k, n):
        if k:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        parallel.map_sources(slow, list(range(200)), 2, tick=interrupt)
    assert _no_children_left()


def test_aside_gives_its_result_with_shared_objects_by_identity():
    shared = [object(), object()]

    def work(items, tick):
        tick(1, 2)
        return {"first": items[0], "pid": os.getpid(), "copy": [1, 2]}

    aside = parallel.Aside(work, shared, jobs=2, shared=shared)
    assert aside.in_child
    ticks = []
    got = aside.result(lambda k, n: ticks.append((k, n)))
    assert got["first"] is shared[0]  # the parent's own object, not a copy
    assert got["pid"] != os.getpid() and got["copy"] == [1, 2]
    assert _no_children_left()


def test_aside_in_process_for_one_job_and_after_a_failure():
    parent = os.getpid()

    def work(tick):
        if os.getpid() != parent:
            os._exit(1)
        return "here"

    assert not parallel.Aside(work, jobs=1).in_child
    assert parallel.Aside(work, jobs=1).result() == "here"
    assert parallel.Aside(work, jobs=2).result() == "here"
    cancelled = parallel.Aside(lambda tick: 1, jobs=2)
    cancelled.cancel()
    assert _no_children_left()


def test_chunks_cover_every_item_once():
    for n in (0, 1, 5, 17, 100):
        for pieces in (1, 3, 8, 200):
            bounds = parallel.chunk_bounds(n, pieces)
            assert [i for a, b in bounds for i in range(a, b)] == list(range(n))


def test_jobs_option_is_validated(capsys):
    with pytest.raises(SystemExit) as e:
        main(["analyze", str(SOURCES), "--jobs", "0"])
    assert e.value.code == 2
    assert "--jobs" in capsys.readouterr().err


def test_an_update_with_a_memo_over_workers_equals_a_cold_analysis(always_parallel, children_started):
    from tui.core.story import CleaningMemo

    raws = generate(24).raw_sources()
    memo = CleaningMemo()
    build_story(raws[:20], name="t", jobs=4, memo=memo)
    warm = build_story(raws, name="t", jobs=4, memo=memo)
    assert memo.reused >= 10  # most of the first 20 were kept
    assert story_to_dict(warm) == story_to_dict(build_story(raws, name="t", jobs=1))
    assert _no_children_left()


def test_default_jobs_leave_busy_cores_alone(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 8)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert parallel.usable_jobs(None) == 8
    monkeypatch.setattr(os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    assert parallel.usable_jobs(None) == 6
    monkeypatch.setattr(os, "getloadavg", lambda: (20.0, 20.0, 20.0))
    assert parallel.usable_jobs(None) == 1
    assert parallel.usable_jobs(3) == 3  # asked for: as asked


def test_ctrl_c_stops_a_parallel_analysis_at_once_and_leaves_no_process(tmp_path):
    import signal
    import subprocess
    import time

    for raw in generate(60).raw_sources():
        (tmp_path / f"{raw.id}.txt").write_text(raw.text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tui", "analyze", str(tmp_path), "--no-cache", "--jobs", "2",
                             "--json", "-o", str(tmp_path / "out.json")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(2.0)  # well into the analysis (imports, cleaning, then the workers)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl+C does: the whole foreground group
    try:
        _out, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("parallax hung after Ctrl+C")
    assert proc.returncode in (130, 0), err
    assert b"Traceback" not in err
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no process of the group is left


def test_the_cache_does_not_depend_on_jobs(always_parallel, tmp_path, monkeypatch):
    from tui.core.cache import StoryCache

    builds = []
    real = story_module.build_story
    monkeypatch.setattr(story_module, "build_story", lambda *a, **k: (builds.append(k.get("jobs")), real(*a, **k))[1])
    cache = StoryCache(tmp_path / "cache")
    first = story_module.analyze_paths([str(SOURCES)], cache=cache, jobs=4)
    again = story_module.analyze_paths([str(SOURCES)], cache=cache, jobs=1)
    assert builds == [4]  # the second is read back, though analysed with other jobs
    assert story_to_dict(again) == story_to_dict(first)

"""Work spread over processes: the per-source stages of a large folder use
every core, and the speech reading runs beside the passage engine.

Two helpers, both deterministic (the result is the one a plain loop gives,
whatever the number of processes):

- `map_sources(fn, items, jobs)`: `[fn(x) for x in items]`, with the items
  cut into contiguous chunks handed round-robin to `jobs` worker processes
  and the results put back in item order;
- `aside(fn, *args, jobs=...)`: `fn(*args)` computed in one child process
  while the caller goes on with other work; `.result()` waits for it.

Workers are forked (the 'fork' start method): a child starts in a few
milliseconds and inherits its inputs (the sources, already in memory) instead
of receiving them pickled; only results travel back, as pickles through a pipe.
Where 'fork' does not exist (Windows, and macOS where it is unsafe), or for
`jobs <= 1`, everything runs in this process; so does a job whose worker
failed in any way (the plain loop then raises the real error, if any): a
worker only ever saves time.

Children ignore Ctrl-C (the parent decides), write nothing to the terminal,
and are always terminated and joined before a helper returns or raises, so
none is left behind, even when the caller is interrupted.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import pickle
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Tick = Callable[[int, int], None]

#: how often a waiting parent wakes to report a child's progress (seconds)
POLL = 0.1
#: chunks per worker: small enough for progress and balance, large enough that
#: each message carries many sources
CHUNKS_PER_WORKER = 8


def cores() -> int:
    """Cores this process may run on (its CPU affinity where the OS tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    # macOS lists 'fork' but system libraries are not fork-safe there
    return sys.platform.startswith("linux") and "fork" in mp.get_all_start_methods()


def idle_cores() -> int:
    """Cores not already kept busy by other programs (the 1-minute load
    average), at least 1. On a busy machine more processes only add their
    own cost: the scheduler shares the cores between programs (sessions),
    not between processes, so ours would wait on each other."""
    n = cores()
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return n
    return max(1, min(n, int(n - load + 1)))


def usable_jobs(jobs: int | None) -> int:
    """How many processes a job may use: `jobs` as asked (None = one per idle
    core), 1 where processes cannot be forked."""
    if not can_fork():
        return 1
    return max(1, idle_cores() if jobs is None else jobs)


# ---------------------------------------------------------------- pickling with shared objects


class _Pickler(pickle.Pickler):
    """Objects the parent already has (the sources) travel as their index."""

    def __init__(self, file, shared_ids: dict[int, int]):
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._shared_ids = shared_ids

    def persistent_id(self, obj: Any) -> int | None:
        return self._shared_ids.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file, shared: Sequence[Any]):
        super().__init__(file)
        self._shared = shared

    def persistent_load(self, pid: int) -> Any:
        return self._shared[pid]


def _dumps(obj: Any, shared: Sequence[Any]) -> bytes:
    import io

    buf = io.BytesIO()
    if shared:
        _Pickler(buf, {id(x): i for i, x in enumerate(shared)}).dump(obj)
    else:
        pickle.Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buf.getvalue()


def _loads(data: bytes, shared: Sequence[Any]) -> Any:
    import io

    # Unpickling builds many small objects at once: the collector would walk
    # them all several times over for nothing (see cache.py).
    with gc_paused():
        return _Unpickler(io.BytesIO(data), shared).load()


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# ---------------------------------------------------------------- children


#: a process cannot be started (out of processes or memory; we are a daemonic
#: multiprocessing child): the work is done in this process instead
_CANNOT_START = (OSError, AssertionError, ValueError)


class WorkerFailed(Exception):
    """A child process died or raised: the caller computes in-process instead."""


def _child(conn, job: Callable[[], Iterator[Any]], shared: Sequence[Any]) -> None:
    # The parent handles Ctrl-C (it terminates us); a child that also raised
    # KeyboardInterrupt would only print a traceback over the terminal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Nothing of ours is printed. Fresh streams also mean that the exit-time
    # flush never waits on a lock another parent thread held when we forked.
    sys.stdout = sys.stderr = open(os.devnull, "w")
    # Everything inherited from the parent stays as it is: the collector of
    # this short-lived child never walks those objects, so their pages are
    # not copied just to update the collector's bookkeeping (see gc.freeze).
    gc.freeze()
    try:
        for message in job():
            conn.send_bytes(b"R" + _dumps(message, shared))
    except BaseException:
        conn.send_bytes(b"E" + traceback.format_exc().encode())
    finally:
        conn.close()


class _Children:
    """Forked children, each sending its results through its own pipe."""

    def __init__(self, jobs: Sequence[Callable[[], Iterator[Any]]], shared: Sequence[Any] = ()):
        ctx = mp.get_context("fork")
        self.shared = shared
        self.procs: list = []
        self.conns: list = []
        try:
            for job in jobs:
                recv, send = ctx.Pipe(duplex=False)
                self.conns.append(recv)
                try:
                    p = ctx.Process(target=_child, args=(send, job, shared), daemon=True)
                    self.procs.append(p)  # before it starts: an interruption now still reaps it
                    p.start()
                finally:
                    send.close()  # the child's end: ours closed, its exit is our end of file
        except BaseException:
            self.close()
            raise

    def messages(self, on_idle: Callable[[], None] | None = None) -> Iterator[tuple[int, Any]]:
        """(child index, message) as they arrive, until every child is done."""
        from multiprocessing.connection import wait

        open_conns = {c: i for i, c in enumerate(self.conns)}
        while open_conns:
            ready = wait(list(open_conns), timeout=POLL)
            if not ready and on_idle:
                on_idle()
            for c in ready:
                try:
                    data = c.recv_bytes()
                except EOFError:
                    del open_conns[c]
                    continue
                if data[:1] == b"E":
                    raise WorkerFailed(data[1:].decode(errors="replace"))
                yield open_conns[c], _loads(data[1:], self.shared)

    def close(self) -> None:
        """Terminate (if still running) and reap every child."""
        started = [p for p in self.procs if p.pid is not None]
        for p in started:
            if p.is_alive():
                p.terminate()
        for p in started:
            p.join()
            p.close()
        for c in self.conns:
            c.close()
        self.procs, self.conns = [], []


# ---------------------------------------------------------------- map


def chunk_bounds(n: int, pieces: int) -> list[tuple[int, int]]:
    """`n` items cut into at most `pieces` contiguous, nearly equal ranges."""
    pieces = max(1, min(pieces, n))
    step, extra = divmod(n, pieces)
    out, start = [], 0
    for k in range(pieces):
        end = start + step + (1 if k < extra else 0)
        out.append((start, end))
        start = end
    return out


def map_sources(fn: Callable[[T], R], items: Sequence[T], jobs: int, tick: Tick | None = None,
                unpack: Callable[[R, int], Any] | None = None) -> list:
    """`[fn(x) for x in items]` over `jobs` processes, in item order.

    `tick(k, n)` reports k of n items done (from this process, as chunks
    arrive). `unpack(result, index)`, when given, turns what a worker sent
    into the final value in the parent (a compact form travels; see story.py);
    in-process the same `unpack` is applied, so both paths return the same."""
    n = len(items)
    jobs = min(usable_jobs(jobs), n)
    finish = unpack or (lambda r, _i: r)
    if jobs <= 1:
        out = []
        for k, x in enumerate(items):
            if tick:
                tick(k, n)
            out.append(finish(fn(x), k))
        return out
    bounds = chunk_bounds(n, jobs * CHUNKS_PER_WORKER)

    def job(w: int) -> Callable[[], Iterator[Any]]:
        def run() -> Iterator[Any]:
            for c in range(w, len(bounds), jobs):  # round-robin: every worker gets early and late chunks
                a, b = bounds[c]
                yield c, [fn(items[i]) for i in range(a, b)]
        return run

    results: list = [None] * len(bounds)
    done = 0
    try:
        children = _Children([job(w) for w in range(jobs)])
    except _CANNOT_START:
        return map_sources(fn, items, 1, tick, unpack)
    try:
        # results arrive as many small new objects: see _loads
        with gc_paused():
            for _w, (c, part) in children.messages():
                a, _b = bounds[c]
                results[c] = [finish(r, a + i) for i, r in enumerate(part)]
                done += len(part)
                if tick:
                    tick(done, n)
    except WorkerFailed:
        results = []
    finally:
        children.close()
    if any(r is None for r in results) or not results:
        # a child died or raised: the plain loop gives the result (or the real error)
        return map_sources(fn, items, 1, tick, unpack)
    return [r for part in results for r in part]


# ---------------------------------------------------------------- aside


class Aside(Generic[R]):
    """`fn(*args, tick)` computed in a child process (or later, in this one).

    `fn` receives a `tick(k, n)` as its last argument; in a child its calls
    are shared through memory and replayed by `result(tick)` while waiting."""

    def __init__(self, fn: Callable[..., R], *args: Any, jobs: int, shared: Sequence[Any] = ()) -> None:
        self.fn, self.args, self.shared = fn, args, shared
        self._children: _Children | None = None
        if usable_jobs(jobs) > 1:
            ctx = mp.get_context("fork")
            self._seen = ctx.RawArray("q", 2)  # (k, n) of the child's last tick, in shared memory
            seen = self._seen

            def child_tick(k: int, n: int) -> None:
                seen[0], seen[1] = k, n

            def run() -> Iterator[Any]:
                yield fn(*args, child_tick)

            try:
                self._children = _Children([run], shared)
            except _CANNOT_START:
                self._children = None  # computed in this process by result()

    @property
    def in_child(self) -> bool:
        return self._children is not None

    def result(self, tick: Tick | None = None) -> R:
        if self._children is None:
            return self.fn(*self.args, tick or _no_tick)
        children, self._children = self._children, None

        def report() -> None:
            if tick and self._seen[1]:
                tick(self._seen[0], self._seen[1])

        try:
            for _i, value in children.messages(report):
                return value
        except WorkerFailed:
            pass
        finally:
            children.close()
        return self.fn(*self.args, tick or _no_tick)  # the child failed: compute here

    def cancel(self) -> None:
        if self._children is not None:
            self._children.close()
            self._children = None


def _no_tick(_k: int, _n: int) -> None:
    pass

"""Assemble the Story: the one analysis of a folder of articles."""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from itertools import repeat

from . import boilerplate as bp
from . import metadata, parallel
from .cache import StoryCache, story_key
from .incremental import CleaningMemo, NotedCounts
from .lineage import coverage, find_credits, pair_intervals, sentence_table, trace_lineage
from .loading import RawSource, load_raw_sources
from .aligned import prepare_docs
from .lexical import lexical_links
from .model import Actor, Paragraph, Passage, QuoteFidelity, Source, Statement, Story, Token
from .paraphrase import paraphrase_links
from .passages import cluster_links, links_from_regions, passages_from_clusters
from .segment import paragraphs, sentences
from .speech.context import Draft, body_paragraphs, units_of
from .speech.fidelity import compare_groups
from .speech.grouping import group_statements
from .speech.mentions import mentions
from .speech.names import collect, name_run, name_starts
from .speech.quotes import find_quotes
from .speech.reading import read_source, to_statements
from .speech.registry import NameRuns, Registry, source_words
from .text import shared_offsets, tokenize

Progress = Callable[[str, float], None]
#: A long stage reports how far it is, k of n, through one of these.
Tick = Callable[[int, int], None]


def _noop(_stage: str, _fraction: float) -> None:
    pass


def stage_ticker(progress: Progress, stage: str, start: float, end: float, every: float = 0.2) -> Tick:
    """Report `stage` at once, then its progress through k of n items as a
    fraction between `start` and `end` of the whole, at most every `every`
    seconds (a reader's progress bar moves; a thousand calls would not help)."""
    progress(stage, start)
    last = time.monotonic()

    def tick(k: int, n: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= every and n:
            last = now
            progress(stage, start + (end - start) * min(k, n) / n)

    return tick


#: Below this many characters of text in all the sources together, a stage
#: runs in this process: starting workers and sending results back costs more
#: than it saves. Measured on 2 cores: 20 synthetic articles (120,000
#: characters) break even, 50 (300,000) gain; ./sources (25,000) never pays
#: for a process.
PARALLEL_MIN_CHARS = 150_000


def _parallel_jobs(raws: Sequence[RawSource], jobs: int | None) -> int:
    """Processes a stage over these sources may use (1 = this one)."""
    if sum(len(r.text) for r in raws) < PARALLEL_MIN_CHARS:
        return 1
    return parallel.usable_jobs(jobs)


def segment_source(raw: RawSource) -> tuple[list[Paragraph], list[bp.Line]]:
    """A source's paragraphs and page lines (what boilerplate counts across sources)."""
    return paragraphs(raw.text), bp.page_lines(raw.text)


def clean_source(raw: RawSource, paras: Sequence[Paragraph], page: list[bp.Line],
                 lines_elsewhere: Counter) -> Source:
    """One source segmented, cleaned and described, given how many sources
    contain each of its short lines (`lines_elsewhere`): the per-source part
    of cleaning, a pure function of its arguments."""
    marks = bp.detect_boilerplate(raw.text, lines_elsewhere, page)
    meta = metadata.infer(raw.text, marks, page)
    evidence = dict(meta.pop("evidence"))
    page_given = {k: v for k, v in raw.page_meta.items() if v}  # a web page's own metadata beats inference
    meta.update(page_given)
    evidence.update({k: "page metadata" for k in page_given if k in ("title", "outlet", "date")})
    given = {k: v for k, v in raw.meta.items() if k in ("title", "outlet", "author", "date", "url") and v}
    meta.update(given)
    evidence.update({k: "sources.toml" for k in given if k in ("title", "outlet", "date")})
    return Source(
        id=raw.id,
        path=raw.path,
        text=raw.text,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        date=str(meta["date"]) if meta.get("date") else None,
        url=meta.get("url"),
        boilerplate=tuple(marks),
        paragraphs=tuple(paras),
        sentences=tuple(sentences(raw.text, paras)),
        tokens=tuple(tokenize(raw.text)),
        meta_evidence=tuple(sorted(evidence.items())),
    )


# A cleaned source travels back from a worker without its text (the parent
# has it) and with its tokens as four columns: a pickled named tuple is
# rebuilt through its Python-level constructor, one call per word, which
# cost as much as tokenizing again; columns are rebuilt at C speed.
_new_tuple = tuple.__new__
_Job = tuple[RawSource, list[Paragraph], list[bp.Line], Counter, bool]


def _clean(job: _Job) -> tuple[Source, dict | None]:
    """clean_source, noting the counts it read when asked to (for a memo)."""
    raw, paras, page, counts, note = job
    if not note:
        return clean_source(raw, paras, page, counts), None
    noted = NotedCounts(counts)
    return clean_source(raw, paras, page, noted), noted.dependencies()  # type: ignore[arg-type]


def _packed_clean(job: _Job) -> tuple[Source, tuple, dict | None]:
    src, read = _clean(job)
    return replace(src, text="", tokens=()), tuple(zip(*src.tokens)), read


def _unpacker(jobs: Sequence[_Job]) -> Callable[[tuple[Source, tuple, dict | None], int], tuple[Source, dict | None]]:
    def unpack(packed: tuple[Source, tuple, dict | None], i: int) -> tuple[Source, dict | None]:
        shell, columns, read = packed
        if columns:  # offsets as the shared int objects tokenize gives (text.shared_offsets)
            starts, ends, norms, folds = columns
            columns = (shared_offsets(starts), shared_offsets(ends), norms, folds)
        tokens = tuple(map(_new_tuple, repeat(Token), zip(*columns))) if columns else ()
        return replace(shell, text=jobs[i][0].text, tokens=tokens), read
    return unpack


def prepare_sources(raws: Sequence[RawSource], tick: Tick | None = None, jobs: int | None = None,
                    memo: CleaningMemo | None = None) -> list[Source]:
    """Segment and clean each source; boilerplate also looks across sources
    (how many contain each short line), so this runs in two passes: every
    source's lines first, then each source cleaned on its own, over `jobs`
    processes for a large folder (None = one per idle core). With a `memo`, sources
    cleaned by the previous analysis are reused where nothing they depend on
    changed."""
    segmented = memo.segmented(raws, segment_source) if memo is not None else [segment_source(raw) for raw in raws]
    lines_elsewhere = bp.line_counts_across(page for _paras, page in segmented)
    kept = [memo.recall(raw, lines_elsewhere) for raw in raws] if memo is not None else [None] * len(raws)
    todo = [i for i, entry in enumerate(kept) if entry is None]
    work: list[_Job] = [(raws[i], *segmented[i], lines_elsewhere, memo is not None) for i in todo]
    jobs = _parallel_jobs([raws[i] for i in todo], jobs)
    if jobs <= 1:
        done = []
        for k, job in enumerate(work):
            if tick:
                tick(k, len(work))
            done.append(_clean(job))
    else:
        done = parallel.map_sources(_packed_clean, work, jobs, tick, unpack=_unpacker(work))
    for i, entry in zip(todo, done):
        kept[i] = entry
    if memo is not None:
        memo.keep([(raw, src, read) for raw, (src, read) in zip(raws, kept)], len(raws) - len(todo))
    return [src for src, _read in kept]


def story_title(sources: Sequence[Source], fallback: str) -> str:
    """The most shared headline, else the fallback (folder name)."""
    titles = [s.title.casefold() for s in sources if s.title]
    counts = Counter(titles)  # (counted once: `titles.count` per title grew with the square of the folder)
    best = max(titles, key=counts.__getitem__, default=None)  # the first of the most frequent, as before
    if best is None or counts[best] < 2:
        return fallback
    return next(s.title for s in sources if s.title and s.title.casefold() == best)


def build_story(raws: Sequence[RawSource], *, name: str = "", progress: Progress = _noop,
                warnings: Sequence[str] = (), jobs: int | None = None, memo: CleaningMemo | None = None) -> Story:
    """The Story of `raws`. `jobs` processes may share the work of a large
    folder (None = one per idle core); a `memo` keeps cleaned sources from one
    analysis of a changing folder to the next. The Story is the same
    whatever `jobs` and the memo."""
    with _collector_paused():
        return _build(raws, name, progress, warnings, jobs, memo)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The analysis makes millions of small objects (tokens, spans, links)
    that all live until the Story is made, and hardly any reference cycles:
    Python's cyclic collector would walk them again and again (a quarter of
    the time at 200 articles) to free almost nothing. It runs again after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _build(raws: Sequence[RawSource], name: str, progress: Progress, warnings: Sequence[str],
           jobs: int | None, memo: CleaningMemo | None) -> Story:
    sources = prepare_sources(raws, stage_ticker(progress, "cleaning sources", 0.0, 0.25), jobs, memo)
    # Speech needs only the sources until its last step: on a large folder it
    # is read in a child process while this one runs the passage engine.
    # With a memo, each source's quotes, units and names are kept (a function
    # of the source alone): only new or changed sources are read here.
    # With a memo, each source's reading of the registry is replayed while
    # what it read is unchanged (incremental.SpeechMemo), in this process.
    pieces = memo.per_source("speech", sources, speech_pieces) if memo is not None else None
    if memo is not None:
        # (kept as tuples: a set's table is several times the size of its words)
        words = memo.per_source("speech words", sources, lambda s: tuple(map(tuple, source_words(s))))
        speech = parallel.Aside(partial(memo.speech.reading, pieces=pieces, words=words), sources, jobs=1)
    else:
        speech = parallel.Aside(read_speech, sources, jobs=_parallel_jobs(raws, jobs), shared=sources)
    try:
        # the passage engine, stage by stage (see passages.py)
        progress("indexing words", 0.25)
        docs = memo.aligned(sources, prepare_docs) if memo is not None else prepare_docs(sources)
        tick = stage_ticker(progress, "matching shared wording", 0.28, 0.45)
        lexical = memo.lexical.links(docs, tick) if memo is not None else lexical_links(docs, tick)
        paraphrases = paraphrase_links(docs, lexical,
                                       stage_ticker(progress, "matching reworded sentences", 0.45, 0.55),
                                       memo=memo.paraphrase if memo is not None else None)
        progress("clustering passages", 0.55)
        regions = lexical + paraphrases
        passages = passages_from_clusters(cluster_links(regions, docs), docs, sources)
        links = links_from_regions(regions, docs)
        tick = stage_ticker(progress, "finding actors and statements", 0.6, 0.9)
        reading = speech.result(tick)
    finally:
        speech.cancel()  # interrupted: the child is stopped, never left behind
    actors, statements, fidelity = finish_speech(reading, sources, passages, tick,
                                                 grouping=memo.grouping if memo is not None else None)
    progress("tracing who copied whom", 0.9)
    shared = pair_intervals(links)  # read by both
    # per source (kept by a memo): the credits in its text, its sentence table
    credits = memo.per_source("credits", sources, _credits) if memo is not None else None
    tables = memo.per_source("sentences", sources, sentence_table) if memo is not None else None
    edges, families = trace_lineage(sources, links, statements, credits=credits, shared=shared)
    covered = coverage(sources, links, passages, edges, shared=shared, tables=tables)
    progress("done", 1.0)
    return Story(
        sources=tuple(sources),
        passages=tuple(passages),
        links=tuple(links),
        actors=tuple(actors),
        statements=tuple(statements),
        fidelity=tuple(fidelity),
        title=story_title(sources, name),
        warnings=tuple(warnings),
        lineage=tuple(edges),
        families=tuple(families),
        coverage=tuple(covered),
    )


def _credits(src: Source):
    return find_credits(src.text)


@dataclass(frozen=True)
class SpeechReading:
    """Every source read for speech: the registry of actors (filled while
    reading) and the statement drafts, ordered by source then start."""

    registry: Registry
    drafts: list[Draft]


def speech_pieces(src: Source) -> tuple[list, list, NameRuns]:
    """What speech reads of one source alone: its quotations, its units
    (quote-aware sentences) and where its names start and end."""
    quotes = find_quotes(src.text, [(s, e) for s, e, _ in body_paragraphs(src)])
    return quotes, units_of(src, quotes), NameRuns(src, name_starts(src.text, src.tokens), name_run)


def read_speech(sources: Sequence[Source], tick: Tick | None = None,
                pieces: Sequence[tuple[list, list, NameRuns]] | None = None) -> SpeechReading:
    """The part of speech analysis that needs only the sources (not the
    passages): quotes and units per source (`speech_pieces`, or given in
    `pieces`, one per source), the names gathered across sources, then
    mentions and drafts source by source. The last pass fills one registry
    in source order, so it cannot be split across processes; `build_story`
    runs all of this in a child beside the passage engine."""
    quotes: dict[str, list] = {}
    units: dict[str, list] = {}
    n = len(sources)
    steps = 2 * n + 2  # two passes over the sources, then grouping, then fidelity
    if pieces is None:
        pieces = []
        for k, src in enumerate(sources):
            if tick:
                tick(k, steps)
            pieces.append(speech_pieces(src))
    for src, (q, u, _runs) in zip(sources, pieces):
        quotes[src.id], units[src.id] = q, u
    if tick:
        tick(n, steps)  # every source read once; the names are gathered next
    registry = Registry(sources)
    registry.adopt_name_runs([runs for _q, _u, runs in pieces])
    collect(registry, units)
    drafts: list[Draft] = []
    for k, src in enumerate(sources):
        if tick:
            tick(n + k, steps)
        found = mentions(registry, src, units[src.id], [(q.start, q.end) for q in quotes[src.id]])
        drafts.extend(read_source(registry, src, quotes[src.id], units[src.id], found))
    order = {s.id: i for i, s in enumerate(sources)}
    drafts.sort(key=lambda d: (order[d.source], d.start, d.end))
    return SpeechReading(registry, drafts)


def finish_speech(reading: SpeechReading, sources: Sequence[Source], passages: Sequence[Passage] = (),
                  tick: Tick | None = None, grouping=None
                  ) -> tuple[tuple[Actor, ...], tuple[Statement, ...], tuple[QuoteFidelity, ...]]:
    """Drafts grouped (across sources, with the passages), numbered into
    statements, and their quotes compared (`grouping`: a memo for watch mode)."""
    n = len(sources)
    steps = 2 * n + 2
    if tick:
        tick(2 * n, steps)
    groups = group_statements(reading.drafts, {s.id: s.tokens for s in sources}, passages, memo=grouping)
    actors, statements = to_statements(reading.registry, reading.drafts, groups)
    if tick:
        tick(2 * n + 1, steps)
    fidelity = compare_groups(statements, {s.id: s.text for s in sources},
                              memo=grouping.fidelity if grouping is not None else None)
    return actors, statements, fidelity


def analyze_speech(sources: Sequence[Source], passages: Sequence[Passage] = (), tick: Tick | None = None
                   ) -> tuple[tuple[Actor, ...], tuple[Statement, ...], tuple[QuoteFidelity, ...]]:
    """Who said what: actors, statements (ordered by source, then start) and
    quote fidelity. Each stage is one module of `speech`."""
    return finish_speech(read_speech(sources, tick), sources, passages, tick)


def analyze_paths(paths: Sequence[str], progress: Progress = _noop, cache: StoryCache | None = None,
                  jobs: int | None = None, memo: CleaningMemo | None = None) -> Story:
    """Load, clean and analyse the articles at `paths` (files and/or folders),
    a large folder over `jobs` processes (None = one per idle core; 1 = this one).

    With a `cache`, a folder analysed before by the same code is read back
    instead of analysed again, and a new analysis is stored for next time."""
    from pathlib import Path

    raws, warnings = load_raw_sources(list(paths))
    name = Path(paths[0]).resolve().name if len(paths) == 1 else ""
    if cache is None:
        return build_story(raws, name=name, progress=progress, warnings=warnings, jobs=jobs, memo=memo)
    key = story_key(raws, name)
    progress("reading the cache", 0.0)
    story, problem = cache.load(key)
    notes = [*warnings, *([problem] if problem else [])]
    if story is not None:
        progress("done", 1.0)
        return replace(story, warnings=tuple(notes))
    story = build_story(raws, name=name, progress=progress, warnings=notes, jobs=jobs, memo=memo)
    progress("saving to the cache", 1.0)
    problem = cache.save(key, story)
    return replace(story, warnings=story.warnings + (problem,)) if problem else story

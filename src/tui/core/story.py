"""Assemble the Story: the one analysis of a folder of articles."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from . import boilerplate as bp
from . import metadata
from .cache import StoryCache, story_key
from .lineage import coverage, trace_lineage
from .loading import RawSource, load_raw_sources
from .aligned import prepare_docs
from .lexical import lexical_links
from .model import Actor, Passage, QuoteFidelity, Source, Statement, Story
from .paraphrase import paraphrase_links
from .passages import cluster_links, links_from_regions, passages_from_clusters
from .segment import paragraphs, sentences
from .speech.context import Draft, body_paragraphs, units_of
from .speech.fidelity import compare_groups
from .speech.grouping import group_statements
from .speech.mentions import mentions
from .speech.names import collect
from .speech.quotes import find_quotes
from .speech.reading import read_source, to_statements
from .speech.registry import Registry
from .text import tokenize

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


def prepare_sources(raws: Sequence[RawSource], tick: Tick | None = None) -> list[Source]:
    """Segment and clean each source; boilerplate also looks across sources."""
    segmented = []
    for raw in raws:
        paras = paragraphs(raw.text)
        segmented.append((raw, paras))
    lines = [bp.page_lines(raw.text) for raw in raws]
    lines_elsewhere = bp.line_counts_across(lines)
    out = []
    for k, ((raw, paras), page) in enumerate(zip(segmented, lines)):
        if tick:
            tick(k, len(raws))
        marks = bp.detect_boilerplate(raw.text, lines_elsewhere, page)
        meta = metadata.infer(raw.text, marks, page)
        evidence = dict(meta.pop("evidence"))
        page_given = {k: v for k, v in raw.page_meta.items() if v}  # a web page's own metadata beats inference
        meta.update(page_given)
        evidence.update({k: "page metadata" for k in page_given if k in ("title", "outlet", "date")})
        given = {k: v for k, v in raw.meta.items() if k in ("title", "outlet", "author", "date", "url") and v}
        meta.update(given)
        evidence.update({k: "sources.toml" for k in given if k in ("title", "outlet", "date")})
        out.append(
            Source(
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
        )
    return out


def story_title(sources: Sequence[Source], fallback: str) -> str:
    """The most shared headline, else the fallback (folder name)."""
    titles = [s.title.casefold() for s in sources if s.title]
    best = max(titles, key=titles.count, default=None)
    if best is None or titles.count(best) < 2:
        return fallback
    return next(s.title for s in sources if s.title and s.title.casefold() == best)


def build_story(raws: Sequence[RawSource], *, name: str = "", progress: Progress = _noop,
                warnings: Sequence[str] = ()) -> Story:
    sources = prepare_sources(raws, stage_ticker(progress, "cleaning sources", 0.0, 0.25))
    # the passage engine, stage by stage (see passages.py)
    progress("indexing words", 0.25)
    docs = prepare_docs(sources)
    lexical = lexical_links(docs, stage_ticker(progress, "matching shared wording", 0.28, 0.45))
    paraphrases = paraphrase_links(docs, lexical, stage_ticker(progress, "matching reworded sentences", 0.45, 0.55))
    progress("clustering passages", 0.55)
    regions = lexical + paraphrases
    passages = passages_from_clusters(cluster_links(regions, docs), docs, sources)
    links = links_from_regions(regions, docs)
    actors, statements, fidelity = analyze_speech(
        sources, passages, stage_ticker(progress, "finding actors and statements", 0.6, 0.9))
    progress("tracing who copied whom", 0.9)
    edges, families = trace_lineage(sources, links, statements)
    covered = coverage(sources, links, passages, edges)
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


def analyze_speech(sources: Sequence[Source], passages: Sequence[Passage] = (), tick: Tick | None = None
                   ) -> tuple[tuple[Actor, ...], tuple[Statement, ...], tuple[QuoteFidelity, ...]]:
    """Who said what: actors, statements (ordered by source, then start) and
    quote fidelity. Each stage is one module of `speech`."""
    quotes: dict[str, list] = {}
    units: dict[str, list] = {}
    n = len(sources)
    steps = 2 * n + 2  # two passes over the sources, then grouping, then fidelity
    for k, src in enumerate(sources):
        if tick:
            tick(k, steps)
        quotes[src.id] = find_quotes(src.text, [(s, e) for s, e, _ in body_paragraphs(src)])
        units[src.id] = units_of(src, quotes[src.id])
    if tick:
        tick(n, steps)  # every source read once; the names are gathered next
    registry = Registry(sources)
    collect(registry, units)
    drafts: list[Draft] = []
    for k, src in enumerate(sources):
        if tick:
            tick(n + k, steps)
        found = mentions(registry, src, units[src.id], [(q.start, q.end) for q in quotes[src.id]])
        drafts.extend(read_source(registry, src, quotes[src.id], units[src.id], found))
    order = {s.id: i for i, s in enumerate(sources)}
    drafts.sort(key=lambda d: (order[d.source], d.start, d.end))
    if tick:
        tick(2 * n, steps)
    groups = group_statements(drafts, {s.id: s.tokens for s in sources}, passages)
    actors, statements = to_statements(registry, drafts, groups)
    if tick:
        tick(2 * n + 1, steps)
    fidelity = compare_groups(statements, {s.id: s.text for s in sources})
    return actors, statements, fidelity


def analyze_paths(paths: Sequence[str], progress: Progress = _noop, cache: StoryCache | None = None) -> Story:
    """Load, clean and analyse the articles at `paths` (files and/or folders).

    With a `cache`, a folder analysed before by the same code is read back
    instead of analysed again, and a new analysis is stored for next time."""
    from pathlib import Path

    raws, warnings = load_raw_sources(list(paths))
    name = Path(paths[0]).resolve().name if len(paths) == 1 else ""
    if cache is None:
        return build_story(raws, name=name, progress=progress, warnings=warnings)
    key = story_key(raws, name)
    progress("reading the cache", 0.0)
    story, problem = cache.load(key)
    notes = [*warnings, *([problem] if problem else [])]
    if story is not None:
        progress("done", 1.0)
        return replace(story, warnings=tuple(notes))
    story = build_story(raws, name=name, progress=progress, warnings=notes)
    progress("saving to the cache", 1.0)
    problem = cache.save(key, story)
    return replace(story, warnings=story.warnings + (problem,)) if problem else story

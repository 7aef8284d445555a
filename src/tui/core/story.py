"""Assemble the Story: the one analysis of a folder of articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from . import boilerplate as bp
from . import metadata
from .loading import RawSource, load_raw_sources
from .model import Source, Story
from .aligned import prepare_docs
from .lexical import lexical_links
from .paraphrase import paraphrase_links
from .passages import cluster_links, links_from_regions, passages_from_clusters
from .segment import paragraphs, sentences
from .text import tokenize

Progress = Callable[[str, float], None]


def _noop(_stage: str, _fraction: float) -> None:
    pass


def prepare_sources(raws: Sequence[RawSource]) -> list[Source]:
    """Segment and clean each source; boilerplate also looks across sources."""
    segmented = []
    for raw in raws:
        paras = paragraphs(raw.text)
        segmented.append((raw, paras))
    lines = [bp.page_lines(raw.text) for raw in raws]
    lines_elsewhere = bp.line_counts_across(lines)
    out = []
    for (raw, paras), page in zip(segmented, lines):
        marks = bp.detect_boilerplate(raw.text, lines_elsewhere, page)
        meta = metadata.infer(raw.text, marks, page)
        evidence = dict(meta.pop("evidence"))
        given = {k: v for k, v in raw.meta.items() if k in ("title", "outlet", "date", "url") and v}
        meta.update(given)
        evidence.update({k: "sources.toml" for k in given if k != "url"})
        out.append(
            Source(
                id=raw.id,
                path=raw.path,
                text=raw.text,
                title=meta.get("title"),
                outlet=meta.get("outlet"),
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
    progress("cleaning sources", 0.0)
    sources = prepare_sources(raws)
    progress("finding shared passages", 0.3)
    # the passage engine, stage by stage (see passages.py)
    docs = prepare_docs(sources)
    lexical = lexical_links(docs)
    paraphrases = paraphrase_links(docs, lexical)
    regions = lexical + paraphrases
    passages = passages_from_clusters(cluster_links(regions, docs), docs, sources)
    links = links_from_regions(regions, docs)
    progress("finding actors and statements", 0.7)
    actors, statements, fidelity = _statements(sources, passages)
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
    )


def _statements(sources: Sequence[Source], passages):
    from .statements import analyze_statements

    return analyze_statements(sources, passages)


def analyze_paths(paths: Sequence[str], progress: Progress = _noop) -> Story:
    """Load, clean and analyse the articles at `paths` (files and/or folders)."""
    from pathlib import Path

    raws, warnings = load_raw_sources(list(paths))
    name = Path(paths[0]).resolve().name if len(paths) == 1 else ""
    return build_story(raws, name=name, progress=progress, warnings=warnings)

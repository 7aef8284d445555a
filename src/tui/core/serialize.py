"""The Story as JSON-ready data: schema `parallax.story/1` (documented in README)."""

from __future__ import annotations

from bisect import bisect_left

from .boilerplate import detector_of
from .model import Story

SCHEMA = "parallax.story/1"


def story_to_dict(story: Story) -> dict:
    word_span = WordSpans(story)
    return {
        "schema": SCHEMA,
        "title": story.title,
        "sources": [
            {
                "id": s.id,
                "path": s.path,
                "title": s.title,
                "outlet": s.outlet,
                "date": s.date,
                "url": s.url,
                "author": s.author,
                "text": s.text,
                "boilerplate": [{"start": b.start, "end": b.end, "reason": b.reason, "detector": detector_of(b.reason)}
                                for b in s.boilerplate],
                "meta_evidence": dict(s.meta_evidence),
            }
            for s in story.sources
        ],
        "passages": [
            {
                "id": p.id,
                "kind": p.kind,
                "similarity": p.similarity,
                "spans": [{"source": sp.source, "start": sp.start, "end": sp.end} for sp in p.spans],
            }
            for p in story.passages
        ],
        "links": [
            {
                "a": {"source": k.a.source, "start": k.a.start, "end": k.a.end},
                "b": {"source": k.b.source, "start": k.b.start, "end": k.b.end},
                "kind": k.kind,
                "similarity": k.similarity,
            }
            for k in story.links
        ],
        "actors": [
            {"id": a.id, "name": a.name, "aliases": list(a.aliases), "roles": list(a.roles), "type": a.type}
            for a in story.actors
        ],
        "statements": [
            {
                "id": st.id,
                "actor": st.actor,
                "source": st.source,
                "start": st.start,
                "end": st.end,
                "kind": st.kind,
                "cue": st.cue,
                "group": st.group,
                "speaker_span": ({"start": st.speaker_span.start, "end": st.speaker_span.end}
                                 if st.speaker_span else None),
            }
            for st in story.statements
        ],
        "quote_fidelity": [
            {
                "group": f.group,
                "comparisons": [
                    {
                        "a": c.a,
                        "b": c.b,
                        "status": c.status,
                        "changes": list(c.changes),
                        "diff": [
                            {"tag": op.tag, "a_start": op.a_start, "a_end": op.a_end,
                             "b_start": op.b_start, "b_end": op.b_end}
                            for op in c.diff
                        ],
                    }
                    for c in f.comparisons
                ],
            }
            for f in story.fidelity
        ],
        "lineage": [
            {
                "from": e.source_from,
                "to": e.to,
                "share_of_to": round(e.share_of_to, 4),
                "share_of_from": round(e.share_of_from, 4),
                "direction": e.direction,
                "confidence": e.confidence,
                "evidence": list(e.evidence),
            }
            for e in story.lineage
        ],
        "families": [{"members": list(f.members), "original": f.original} for f in story.families],
        "coverage": [coverage_to_dict(c, word_span) for c in story.coverage],
        "warnings": list(story.warnings),
    }


class WordSpans:
    """Spans as JSON with their number of body words; each source's word
    starts are listed once (a large folder has tens of thousands of spans)."""

    def __init__(self, story: Story) -> None:
        self._starts = {s.id: [t.start for t in s.body_tokens] for s in story.sources}

    def __call__(self, span) -> dict:
        starts = self._starts[span.source]
        words = bisect_left(starts, span.end) - bisect_left(starts, span.start)
        return {"source": span.source, "start": span.start, "end": span.end, "words": words}


def coverage_to_dict(c, word_span: WordSpans) -> dict:
    return {
        "source": c.source,
        "adds_words": c.adds_words,
        "leaves_out_words": c.leaves_out_words,
        "adds": [word_span(sp) for sp in c.adds],
        "leaves_out": [word_span(sp) for sp in c.leaves_out],
    }

"""Boilerplate detectors and title/outlet/date on pages of our own writing
that imitate many kinds of sites (tests/fixtures/pages, format in its
README). Reports precision/recall per detector and asserts floors.

    .venv/bin/python tests/core/test_page_fixtures.py    # print the table
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from tui.core import metadata
from tui.core.lexicon.syndication import outlet_key
from tui.core.boilerplate import DETECTORS, PAGE_REASONS, detect_boilerplate, detector_of

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
TAGS = {name for name, _fn, _r in DETECTORS} | set(PAGE_REASONS) | {"credit", "caption"}

# Floors on our own fixtures (overall and per detector).
LINE_PRECISION = 0.98
LINE_RECALL = 0.98
DETECTOR_PRECISION = 0.9
META_ACCURACY = 0.97


@dataclass
class Page:
    name: str
    text: str
    expected: dict[int, str]  # line start offset → expected detector
    body: list[int]           # line start offsets of body lines
    lines: dict[int, str]     # line start → line text
    meta: dict[str, str | None]


def parse_page(path: Path) -> Page:
    head, _, page = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for row in head.splitlines():
        key, _, value = row.partition(":")
        value = value.strip()
        meta[key.strip()] = None if value == "none" else value
    out, expected, body, lines = [], {}, [], {}
    offset = 0
    for raw in page.split("\n"):
        tag = None
        if raw.startswith("{") and "} " in raw:
            tag, raw = raw[1:raw.index("} ")], raw[raw.index("} ") + 2:]
            assert tag in TAGS, (path.name, tag)
        if raw.strip():
            lines[offset] = raw
            if tag:
                expected[offset] = tag
            else:
                body.append(offset)
        out.append(raw)
        offset += len(raw) + 1
    return Page(path.stem, "\n".join(out), expected, body, lines, meta)


def all_pages() -> list[Page]:
    return [parse_page(p) for p in sorted(PAGES.glob("*.page"))]


def _same(key: str, got: str | None, expected: str | None) -> bool:
    """Equal; an outlet also with or without a leading "The" ("for The
    Coastal Mirror" and "the Coastal Mirror's app" name one site)."""
    if key == "outlet" and got and expected:
        return outlet_key(got) == outlet_key(expected)
    return got == expected


def evaluate(pages: list[Page]) -> dict:
    marked_by: Counter = Counter()       # detector → lines it marked
    right_by: Counter = Counter()        # detector → of those, expected junk
    expected_by: Counter = Counter()     # tag → expected lines
    found_by: Counter = Counter()        # tag → expected lines marked (by any detector)
    false_marks: list[str] = []
    missed: list[str] = []
    meta_right: Counter = Counter()
    meta_total: Counter = Counter()
    meta_wrong: list[str] = []
    for page in pages:
        marks = detect_boilerplate(page.text)
        by_start = {b.start: b.reason for b in marks}
        for start, reason in by_start.items():
            det = detector_of(reason)
            marked_by[det] += 1
            if start in page.expected:
                right_by[det] += 1
            else:
                false_marks.append(f"{page.name}: {page.lines.get(start, '?')!r} ({reason})")
        for start, tag in page.expected.items():
            expected_by[tag] += 1
            if start in by_start:
                found_by[tag] += 1
            else:
                missed.append(f"{page.name}: {page.lines[start]!r} ({tag})")
        got = metadata.infer(page.text, marks)
        for key in ("title", "outlet", "date"):
            meta_total[key] += 1
            if _same(key, got[key] or None, page.meta.get(key)):
                meta_right[key] += 1
            else:
                meta_wrong.append(f"{page.name}: {key} {got[key]!r} != {page.meta.get(key)!r}")
    return {
        "precision": {d: right_by[d] / n for d, n in marked_by.items()},
        "marked": dict(marked_by),
        "recall": {t: found_by[t] / n for t, n in expected_by.items()},
        "expected": dict(expected_by),
        "line_precision": sum(right_by.values()) / max(1, sum(marked_by.values())),
        "line_recall": sum(found_by.values()) / max(1, sum(expected_by.values())),
        "false_marks": false_marks,
        "missed": missed,
        "meta": {k: meta_right[k] / meta_total[k] for k in meta_total},
        "meta_wrong": meta_wrong,
    }


def report(result: dict) -> str:
    rows = ["detector       marked  precision   expected  recall"]
    for det in sorted(set(result["marked"]) | set(result["expected"])):
        p = result["precision"].get(det)
        r = result["recall"].get(det)
        rows.append(f"{det:<14} {result['marked'].get(det, 0):>6}  {'' if p is None else f'{p:.2f}':>9}"
                    f"   {result['expected'].get(det, 0):>8}  {'' if r is None else f'{r:.2f}':>6}")
    rows.append(f"all lines: precision {result['line_precision']:.3f}, recall {result['line_recall']:.3f}")
    rows.append("metadata: " + ", ".join(f"{k} {v:.2f}" for k, v in result["meta"].items()))
    rows += ["false marks:"] + [f"  {x}" for x in result["false_marks"]]
    rows += ["missed:"] + [f"  {x}" for x in result["missed"]]
    rows += ["metadata wrong:"] + [f"  {x}" for x in result["meta_wrong"]]
    return "\n".join(rows)


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate(all_pages())


def test_enough_pages_of_many_kinds():
    pages = all_pages()
    assert len(pages) >= 30
    tags = defaultdict(int)
    for p in pages:
        for t in p.expected.values():
            tags[t] += 1
    for t in ("caption", "credit", "navigation", "prompt", "teaser", "interruption", "repeat", "date", "trailing"):
        assert tags[t] >= 2, t


def test_lines_precision_and_recall(result):
    print("\n" + report(result))
    assert result["line_precision"] >= LINE_PRECISION, result["false_marks"]
    assert result["line_recall"] >= LINE_RECALL, result["missed"]


def test_each_detector_is_precise(result):
    for det, p in result["precision"].items():
        if result["marked"][det] >= 3:
            assert p >= DETECTOR_PRECISION, (det, result["false_marks"])


def test_title_outlet_date(result):
    for key, acc in result["meta"].items():
        assert acc >= META_ACCURACY, (key, result["meta_wrong"])


def test_no_body_line_after_an_interruption_is_marked():
    for page in all_pages():
        marks = {b.start for b in detect_boilerplate(page.text)}
        seen_interruption = False
        for start in sorted(page.lines):
            if page.expected.get(start) == "interruption":
                seen_interruption = True
            elif seen_interruption and start in page.body:
                assert start not in marks, (page.name, page.lines[start])


if __name__ == "__main__":
    print(report(evaluate(all_pages())))

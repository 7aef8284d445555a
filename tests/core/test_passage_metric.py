"""The shared-passage metric of bench/bench_passages.py, checked by hand on a
tiny example (a metric with a bug is worse than none), and the bench run on
one gold folder of our own writing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import bench_passages as bp  # noqa: E402

A = "The mayor said the new bridge will open in May. Tickets cost ten pounds."
B = "Officials said the new bridge will open in May, later than planned."


def _tiny(tmp_path: Path, entries: list[dict]) -> bp.Folder:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"shared": entries}), encoding="utf-8")
    return bp.load_folder(tmp_path)


def test_gold_and_scores_by_hand(tmp_path):
    # gold: "the new bridge will open in May" on both sides = 7 words each
    f = _tiny(tmp_path, [{"a": "b.txt", "a_text": "the new bridge will open in May",
                          "b": "a.txt", "b_text": "the new bridge will open in May", "kind": "verbatim"}])
    assert not f.problems
    gold = bp.gold_sets(f)
    ga, gb = gold[("a.txt", "b.txt")]  # the entry named the pair in the other order
    assert ga == set(range(3, 10)) and gb == set(range(2, 9))
    # a prediction: "said the new bridge" in a (words 2-5: 1 false, 3 true),
    # "bridge will open in May, later" in b (6 words: 5 true, 1 false);
    # a word cut by the span's end ("Ma" of "May") is not covered
    s1 = A.index("said the new bridge")
    s2 = B.index("bridge will open in May, later")
    links = [("a.txt", s1, s1 + len("said the new bridge"), "b.txt", s2, s2 + len("bridge will open in May, later"), "near"),
             ("b.txt", 0, 3, "a.txt", A.index("May"), A.index("May") + 2, "near")]
    pred = bp.parallax_sets(f, links)
    pa, pb = pred[("a.txt", "b.txt")]
    assert pa == {2, 3, 4, 5} and pb == {4, 5, 6, 7, 8, 9}
    c = bp.score(gold, pred)
    assert (c.tp, c.pred, c.gold) == (3 + 5, 10, 14)
    assert abs(c.p - 0.8) < 1e-9 and abs(c.r - 8 / 14) < 1e-9
    assert abs(c.f1 - 2 * 0.8 * (8 / 14) / (0.8 + 8 / 14)) < 1e-9


def test_difflib_blocks_by_length(tmp_path):
    f = _tiny(tmp_path, [])
    # lower-cased word lists share "said the new bridge will open in may" (8 words)
    three = bp.difflib_sets(f, 3)[("a.txt", "b.txt")]
    assert three == (set(range(2, 10)), set(range(1, 9)))
    assert bp.difflib_sets(f, 9)[("a.txt", "b.txt")] == (set(), set())


def test_paraphrase_recall_needs_half_of_each_side(tmp_path):
    entry = {"a": "a.txt", "a_text": "Tickets cost ten pounds", "b": "b.txt", "b_text": "later than planned",
             "kind": "paraphrase"}
    f = _tiny(tmp_path, [entry])
    t = A.index("Tickets")
    l = B.index("later")
    half = [("a.txt", t, t + len("Tickets cost"), "b.txt", l, l + len("later than planned"), "paraphrase")]
    less = [("a.txt", t, t + len("Tickets"), "b.txt", l, l + len("later than planned"), "paraphrase")]
    assert bp.paraphrase_hits(f, half)[:2] == (1, 1)
    assert bp.paraphrase_hits(f, less)[:2] == (0, 1)


def test_a_gold_snippet_must_occur_once(tmp_path):
    f = _tiny(tmp_path, [{"a": "a.txt", "a_text": "n", "b": "b.txt", "b_text": "bridge", "kind": "near"}])
    assert any("a_text found" in p for p in f.problems)


def test_bench_runs_on_a_gold_folder():
    lines: list[str] = []
    result = bp.evaluate([ROOT / "bench" / "passage_gold" / "court_ruling"], out=lines.append)
    assert not any(line.startswith("gold problem") for line in lines)
    assert result["parallax"].gold > 0 and result["parallax"].pred > 0
    assert any(line.startswith("court_ruling") for line in lines)


def test_every_gold_folder_is_well_formed():
    for folder in bp.gold_folders([]):
        assert not bp.load_folder(folder).problems, folder.name


def test_a_trap_counts_only_when_a_link_covers_half_of_each_side(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    trap = {"a": "a.txt", "a_text": "Tickets cost ten pounds", "b": "b.txt", "b_text": "later than planned"}
    (tmp_path / "gold.json").write_text(json.dumps({"shared": [], "traps": [trap]}), encoding="utf-8")
    f = bp.load_folder(tmp_path)
    assert not f.problems and f.traps == [trap]
    t, l = A.index("Tickets"), B.index("later")
    sprung = [("b.txt", l, l + len("later than"), "a.txt", t, t + len("Tickets cost"), "paraphrase")]
    apart = [("a.txt", t, t + len("Tickets"), "b.txt", l, l + len("later than planned"), "paraphrase")]
    assert bp.paraphrase_hits(f, sprung, f.traps)[:2] == (1, 1)
    assert bp.paraphrase_hits(f, apart, f.traps)[:2] == (0, 1)
    # a trap whose text is not in its file is a gold problem
    bad = dict(trap, b_text="not in b")
    (tmp_path / "gold.json").write_text(json.dumps({"shared": [], "traps": [bad]}), encoding="utf-8")
    assert any("trap 0" in p for p in bp.load_folder(tmp_path).problems)

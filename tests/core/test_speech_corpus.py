"""Who said what on texts nobody tuned to: precision, recall and speaker
accuracy of statements on the hand-written corpus in `speech_corpus`.

A predicted statement matches an expected one when they overlap by at least
0.3 of the longer of the two spans (the measure the held-out evaluation
uses). Run this file directly for a per-case report:
`python tests/core/test_speech_corpus.py`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speech_corpus import CASES  # noqa: E402
from speech_corpus_more import CODA_CASES, LAST_CASES, MORE_CASES  # noqa: E402
from speech_corpus_news import FINAL_CASES, FRESH_CASES, LATE_CASES, NEWS_CASES  # noqa: E402
from speech_corpus_fresh import UNSEEN_AFTER_CASES, UNSEEN_CASES, UNSEEN_TRAP_CASES  # noqa: E402
from speech_corpus_wire import PRESS_CASES, WIRE_CASES  # noqa: E402
from speech_corpus_speakers import SPEAKER_AFTER_CASES, SPEAKER_CASES  # noqa: E402
from speech_corpus_recall import RECALL_AFTER_CASES, RECALL_CASES  # noqa: E402
from speech_corpus_speakers2 import SPEAKER2_AFTER_CASES, SPEAKER2_CASES, SPEAKER2_FINAL_CASES  # noqa: E402
from speech_corpus_recall2 import RECALL2_CASES  # noqa: E402

from tui.core.loading import RawSource  # noqa: E402
from tui.core.story import build_story  # noqa: E402

OVERLAP = 0.3
FLOORS = {"precision": 0.9, "recall": 0.9, "speaker": 0.9}


@dataclass
class Score:
    expected: int = 0
    predicted: int = 0
    matched_expected: int = 0
    matched_predicted: int = 0
    speaker_ok: int = 0
    kind_ok: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched_expected / self.expected if self.expected else 1.0

    @property
    def speaker(self) -> float:
        return self.speaker_ok / self.matched_expected if self.matched_expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= OVERLAP * max(a[1] - a[0], b[1] - b[0])


def _names(actor) -> set[str]:
    out = set()
    for n in (actor.name, *actor.aliases):
        n = n.casefold()
        out.add(n[4:] if n.startswith("the ") else n)
    return out


_HEAD_CUT = re.compile(r"\s(?:of|at|in|from|for|behind|with|on)\s|,")


def _head(name: str) -> str:
    """The head noun of an actor's name: its last word before a preposition
    ("officials at the ministry" -> officials, "Devon police" -> police)."""
    words = _HEAD_CUT.split(name, maxsplit=1)[0].split()
    return words[-1] if words else ""


def _speaker_ok(actor, speaker: str | None) -> bool:
    if speaker is None:
        return actor is None or actor.type == "group"
    if actor is None:
        return False
    names = _names(actor)
    if speaker.casefold() in names:
        return True
    # a lower-case gold speaker is a group or organisation named by its head noun
    return speaker[0].islower() and any(_head(n) == speaker for n in names)


def score_case(label: str, text: str, expected, score: Score) -> None:
    story = build_story([RawSource("a", "<a>", text, {})], name=label)
    actors = {a.id: a for a in story.actors}
    preds = [(s.start, s.end, s) for s in story.statements]
    used: set[int] = set()
    score.expected += len(expected)
    score.predicted += len(preds)
    for span, kind, speaker in expected:
        at = text.find(span)
        assert at >= 0 and text.find(span, at + 1) < 0, (label, span)
        gold = (at, at + len(span))
        hit = next((k for k, p in enumerate(preds) if k not in used and _overlaps(gold, p[:2])), None)
        if hit is None:
            score.problems.append(f"{label}: missed {span[:60]!r}")
            continue
        used.add(hit)
        score.matched_expected += 1
        st = preds[hit][2]
        actor = actors.get(st.actor) if st.actor else None
        if _speaker_ok(actor, speaker):
            score.speaker_ok += 1
        else:
            got = actor.name if actor else None
            score.problems.append(f"{label}: speaker of {span[:40]!r} is {got!r}, expected {speaker!r}")
        if st.kind == kind:
            score.kind_ok += 1
    for k, (s, e, st) in enumerate(preds):
        if k not in used:
            if any(_overlaps((s, e), (text.find(sp), text.find(sp) + len(sp))) for sp, _, _ in expected):
                score.matched_predicted += 1  # a second piece of an expected statement: not a false find
                continue
            score.problems.append(f"{label}: spurious {st.kind} {text[s:e][:60]!r}")
        else:
            score.matched_predicted += 1


def corpus_score(cases=CASES) -> Score:
    score = Score()
    for label, text, expected in cases:
        score_case(label, text, expected, score)
    return score


def test_corpus_is_large_and_varied():
    assert len(CASES) >= 40
    assert sum(1 for _, _, exp in CASES if not exp) >= 5
    assert len({label for label, _, _ in CASES}) == len(CASES)


@pytest.fixture(scope="module")
def score() -> Score:
    return corpus_score()


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_floor(score: Score, measure: str):
    value = getattr(score, measure)
    assert value >= FLOORS[measure], f"{measure} {value:.3f} < {FLOORS[measure]}\n" + "\n".join(score.problems)


# Whole articles in many site styles (`speech_corpus_news`), in four batches,
# each scored before the rules written after it ("base" = the rules of issue 9):
#   NEWS_CASES (30)  base P 0.98 R 0.81 speaker 0.77
#   FRESH_CASES (10) base P 1.00 R 0.88 speaker 0.76; unseen by round 1: R 0.98 speaker 0.85
#   LATE_CASES (8)   base P 1.00 R 0.86 speaker 0.68; unseen by rounds 1-2: speaker 0.71
#   FINAL_CASES (6)  base P 0.96 R 0.85 speaker 0.95; unseen by rounds 1-3: P 0.92 R 0.88 speaker 0.96
#   MORE_CASES (42, `speech_corpus_more`, issue 13) unseen by every rule: P 0.97 R 0.95 speaker 0.82
#     (115 statements as first written; three missing from that gold were added after scoring)
#   LAST_CASES (15) unseen by the rules, after the fixes for MORE_CASES: P 1.00 R 0.95 speaker 0.94
#     (the rules before issue 13 on it: P 1.00 R 0.95 speaker 0.89)
#   CODA_CASES (8) unseen by the rules, after the fixes for LAST_CASES: P 1.00 R 0.95 speaker 0.90
#   WIRE_CASES (13, `speech_corpus_wire`, issue 14) unseen: P 0.97 R 0.67 speaker 0.79
#     (wire datelines, tabloid, US local TV, a transcript and a Q/A: 5 of the 14 misses are those two)
#   PRESS_CASES (12) unseen, scored with WIRE_CASES: P 1.00 R 0.81 speaker 0.96
#   UNSEEN_CASES (35, `speech_corpus_fresh`) unseen: P 0.98 R 0.92 F1 0.95 speaker 0.72 (89 statements)
#     (speech without "said", Q/A and name-label interviews, pronouns after a man and a woman,
#     roles with no named holder, particles and titles in names, traps with no statement;
#     one gold mended after that scoring: a "trap" held the agents' partial quote "cooling")
#   UNSEEN_AFTER_CASES (10) written after the rules for UNSEEN_CASES and scored once with them:
#     P 1.00 R 0.95 F1 0.98 speaker 0.65 (21 statements; the rules of main on it: R 0.76 speaker 0.25)
#   UNSEEN_TRAP_CASES (8) aimed at what those rules could get wrong, scored once with them:
#     P 1.00 R 0.92 speaker 0.83 (13 statements; the rules of main: P 1.00 R 0.92 speaker 0.75)
#   SPEAKER_CASES (34, `speech_corpus_speakers`) aimed at who speaks, unseen by the rules:
#     P 1.000 R 0.980 F1 0.990 speaker 0.845 (99 statements)
#   SPEAKER_AFTER_CASES (10) aimed at what the rules for SPEAKER_CASES could get wrong, scored once
#     with them: P 1.000 R 0.952 F1 0.976 speaker 0.750 (21 statements; the rules of main: R 0.81 speaker 0.77)
#   RECALL_CASES (33, `speech_corpus_recall`) aimed at shapes of speech easy to miss, unseen by the rules:
#     P 0.985 R 0.823 F1 0.897 speaker 0.938 (79 statements)
#     (bullet lists after "She said:", pleaded with / urged X to, "Her message was clear:", asked whether,
#     passive "it was announced by", "according to" mid-sentence, em-dash dialogue; with one gold
#     aligned afterwards to the corpus convention that an appeal 'urged X to …' is no statement:
#     R 0.844 on the 77 left). With the rules written for it: P 1.000 R 1.000 speaker 0.948.
#   RECALL_AFTER_CASES (10) written after those rules and scored once with them:
#     P 1.000 R 1.000 speaker 1.000 (28 statements; the rules of main: P 0.955 R 0.750 speaker 1.000).
#     Written by the author of the rules, it leans to the shapes they fix: not a held-out figure.
#   SPEAKER2_CASES (35, `speech_corpus_speakers2`) speaker resolution, unseen by the rules:
#     P 1.000 R 0.975 F1 0.987 speaker 0.870 (118 statements; one gold aligned afterwards to the
#     convention that a study cited is no speaker: 117). With the rules written for it: R 0.991 speaker 0.957.
#   SPEAKER2_AFTER_CASES (10) written after those rules and scored once with them:
#     P 0.963 R 0.929 F1 0.945 speaker 0.846 (28 statements; the rules of main: P 1.000 R 0.929 speaker 0.846);
#     then fixed too: P 1.000 R 1.000 speaker 1.000.
#   SPEAKER2_FINAL_CASES (9) written after every rule of that round, scored once: P 1.000 R 1.000 speaker 1.000
#     (24 statements; the rules of main: R 0.958 speaker 0.783). Written by the author of the rules: not held out.
#   RECALL2_CASES (28, `speech_corpus_recall2`) whole articles aimed at recall (verb-final cues with long
#     tails, "added"/"went on", headlines and subheads, "told the Gazette", organisations' statements,
#     social-media posts, parentheses, traps), unseen by the rules:
#     P 0.966 R 0.911 F1 0.938 speaker 0.912 (124 statements). With the rules written for it:
#     P 0.975 R 0.960 F1 0.967 speaker 0.933.
ALL_NEWS = (NEWS_CASES + FRESH_CASES + LATE_CASES + FINAL_CASES + MORE_CASES + LAST_CASES + CODA_CASES
            + WIRE_CASES + PRESS_CASES + UNSEEN_CASES + UNSEEN_AFTER_CASES + UNSEEN_TRAP_CASES
            + SPEAKER_CASES + SPEAKER_AFTER_CASES + RECALL_CASES + RECALL_AFTER_CASES
            + SPEAKER2_CASES + SPEAKER2_AFTER_CASES + SPEAKER2_FINAL_CASES + RECALL2_CASES)


def test_news_corpus_is_whole_articles_of_many_kinds():
    assert len(ALL_NEWS) >= 25
    labels = [label for label, _, _ in ALL_NEWS]
    assert len(set(labels)) == len(labels)
    assert all(text.count("\n\n") >= 2 for _, text, exp in ALL_NEWS if exp)


@pytest.fixture(scope="module")
def news_score() -> Score:
    return corpus_score(ALL_NEWS)


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_news_floor(news_score: Score, measure: str):
    value = getattr(news_score, measure)
    assert value >= FLOORS[measure], f"{measure} {value:.3f} < {FLOORS[measure]}\n" + "\n".join(news_score.problems)


if __name__ == "__main__":
    for name, cases in (("corpus", CASES), ("news", NEWS_CASES), ("fresh", FRESH_CASES), ("late", LATE_CASES),
                        ("final", FINAL_CASES), ("more", MORE_CASES), ("last", LAST_CASES),
                        ("coda", CODA_CASES), ("wire", WIRE_CASES), ("press", PRESS_CASES),
                        ("unseen", UNSEEN_CASES), ("unseen-after", UNSEEN_AFTER_CASES),
                        ("unseen-trap", UNSEEN_TRAP_CASES), ("speakers", SPEAKER_CASES), ("speakers-after", SPEAKER_AFTER_CASES),
                        ("recall", RECALL_CASES), ("recall-after", RECALL_AFTER_CASES),
                        ("speakers2", SPEAKER2_CASES), ("speakers2-after", SPEAKER2_AFTER_CASES),
                        ("speakers2-final", SPEAKER2_FINAL_CASES), ("recall2", RECALL2_CASES),
                        ("ALL news", ALL_NEWS)):
        s = corpus_score(cases)
        print("\n".join(s.problems))
        print(f"{name}: cases {len(cases)}  expected {s.expected}  predicted {s.predicted}")
        print(f"precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}  "
              f"speaker {s.speaker:.3f}  kind {s.kind_ok / max(1, s.matched_expected):.3f}")

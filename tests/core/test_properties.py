"""Property tests on the core: offsets always stay inside the text and in order,
whatever the input (arbitrary Unicode, quotes, CRLF, very long lines)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import word_diff
from tui.core.diff import _punct_tokens
from tui.core.loading import RawSource
from tui.core.segment import paragraphs, sentences
from tui.core.story import build_story
from tui.core.text import tokenize

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=40, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---------------------------------------------------------------- strategies

WORDS = (
    "the army will leave city Kyiv Kiev Zelensky Zelenskyy Medinskiy Medinsky favour favor "
    "said told peace plan talks Geneva Moscow Putin Rubio U.S. US-Ukraine don’t it's 600,000 "
    "880,000 2014 3.5 Mr. Dr. St. Jan. No. e.g. a.m. café naïve Ünïcödé 東京 Київ مرحبا "
    "spokesman Dmitry Peskov progress framework “critical moment” #Ukraine www.bbc.com"
).split()
PUNCT = [".", ",", "!", "?", ";", ":", "…", " —", " -", "'", "’", "‘", "\"", "“", "”", "«", "»", "(", ")", "[", "]"]
SEPARATORS = [" ", " ", " ", "  ", "\n", "\r\n", "\n\n", "\r\n\r\n", "\r", "\t", "\u00a0", "\u2028", "\x85"]

word = st.sampled_from(WORDS) | st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=8)


@st.composite
def sentence(draw) -> str:
    words = draw(st.lists(word, min_size=1, max_size=14))
    out = words[0][:1].upper() + words[0][1:]
    for w in words[1:]:
        if draw(st.integers(0, 5)) == 0:
            out += draw(st.sampled_from(PUNCT))
        out += " " + w
    quote = draw(st.integers(0, 4))
    end = draw(st.sampled_from([".", ".", "!", "?", "…", "", ".”", ",” he said.", "\""]))
    if quote == 0:
        return f"“{out}{end}”"
    if quote == 1:
        return f"\"{out},\" she said."
    return out + end


@st.composite
def article_like(draw, pool: list[str] | None = None) -> str:
    """Sentence-like text: sentences, quotes and every kind of line break;
    sometimes a very long line; may reuse sentences from `pool`."""
    parts = []
    n = draw(st.integers(1, 12))
    for _ in range(n):
        if pool and draw(st.booleans()):
            parts.append(draw(st.sampled_from(pool)))
        else:
            parts.append(draw(sentence()))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    if draw(st.integers(0, 6)) == 0:
        parts.append((draw(sentence()) + " ") * draw(st.integers(50, 400)))
    if draw(st.integers(0, 8)) == 0:
        parts.insert(0, "\ufeff")
    return "".join(parts)


any_text = st.text(max_size=400) | article_like()


# ---------------------------------------------------------------- helpers


def assert_ordered_ranges(ranges, length: int) -> None:
    prev_end = 0
    for s, e in ranges:
        assert 0 <= s < e <= length, (s, e, length)
        assert s >= prev_end, "ranges overlap or are out of order"
        prev_end = e


def token_words(tokens, start: int, end: int):
    return [t for t in tokens if start <= t.start and t.end <= end]


# ---------------------------------------------------------------- segmentation, tokens


@FAST
@given(any_text)
def test_paragraphs_are_ordered_trimmed_ranges_inside_the_text(text):
    paras = paragraphs(text)
    assert_ordered_ranges([(p.start, p.end) for p in paras], len(text))
    for p in paras:
        assert not text[p.start].isspace() and not text[p.end - 1].isspace()
    # every word of the text is in some paragraph
    covered = [(p.start, p.end) for p in paras]
    for t in tokenize(text):
        assert any(s <= t.start and t.end <= e for s, e in covered), (t, text[t.start:t.end])


@FAST
@given(any_text)
def test_sentences_are_ordered_and_inside_their_paragraph(text):
    paras = paragraphs(text)
    sents = sentences(text, paras)
    assert_ordered_ranges([(s.start, s.end) for s in sents], len(text))
    last_para = 0
    for s in sents:
        assert 0 <= s.paragraph < len(paras)
        assert s.paragraph >= last_para
        last_para = s.paragraph
        p = paras[s.paragraph]
        assert p.start <= s.start < s.end <= p.end


@FAST
@given(any_text, st.data())
def test_tokens_are_ordered_and_inside_the_text(text, data):
    toks = tokenize(text)
    assert_ordered_ranges([(t.start, t.end) for t in toks], len(text))
    for t in toks:
        assert t.norm and not any(c.isspace() for c in text[t.start:t.end])
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    window = tokenize(text, start, end)
    assert_ordered_ranges([(t.start, t.end) for t in window], len(text))
    assert all(start <= t.start and t.end <= end for t in window)


# ---------------------------------------------------------------- the whole story


@st.composite
def related_texts(draw):
    """2-3 texts that share some sentences (so passages can exist)."""
    pool = draw(st.lists(sentence(), min_size=1, max_size=6))
    n = draw(st.integers(2, 3))
    texts = [draw(article_like(pool)) for _ in range(n)]
    return [t if t.strip() else "Filler text here." for t in texts]


def check_story(texts: list[str]) -> None:
    raws = [RawSource(f"s{i}", f"<{i}>", t, {}) for i, t in enumerate(texts)]
    story = build_story(raws, name="prop")
    by_id = {s.id: s for s in story.sources}
    assert [s.text for s in story.sources] == texts  # text kept exactly
    for src in story.sources:
        n = len(src.text)
        for b in src.boilerplate:
            assert 0 <= b.start < b.end <= n, b
        assert_ordered_ranges([(p.start, p.end) for p in src.paragraphs], n)
        assert_ordered_ranges([(s.start, s.end) for s in src.sentences], n)
        assert_ordered_ranges([(t.start, t.end) for t in src.tokens], n)
    for p in story.passages:
        assert p.kind in ("verbatim", "near", "paraphrase")
        assert 0.0 <= p.similarity <= 1.0
        assert len({sp.source for sp in p.spans}) >= 2, p
        for sp in p.spans:
            src = by_id[sp.source]
            assert 0 <= sp.start < sp.end <= len(src.text), sp
            starts = {t.start for t in src.tokens}
            ends = {t.end for t in src.tokens}
            assert sp.start in starts and sp.end in ends, (sp, src.text[sp.start:sp.end])
        for i, a in enumerate(p.spans):
            for b in p.spans[i + 1:]:
                assert not a.overlaps(b), (a, b)
    for st_ in story.statements:
        src = by_id[st_.source]
        assert 0 <= st_.start < st_.end <= len(src.text), st_


@SLOW
@given(related_texts())
def test_build_story_offsets_hold_on_related_texts(texts):
    check_story(texts)


@SLOW
@given(st.lists(any_text.filter(lambda t: t.strip()), min_size=2, max_size=3))
def test_build_story_never_crashes_on_arbitrary_text(texts):
    check_story(texts)


def test_build_story_finds_a_shared_sentence_word_aligned():
    """A fixed example of the property above that must produce a passage."""
    shared = ("Ukraine would agree to limit the size of its military to 600,000 personnel, "
              "down from approximately 880,000 now.")
    texts = [f"Some intro about talks.\r\n“{shared}”\r\nOther words entirely here.",
             f"A different opening line.\n\n{shared} Closing remark follows."]
    check_story(texts)
    story = build_story([RawSource(f"s{i}", "", t, {}) for i, t in enumerate(texts)])
    assert story.passages


# ---------------------------------------------------------------- word diff


@st.composite
def diff_pair(draw):
    a = draw(article_like() | st.text(max_size=200))
    if draw(st.booleans()):
        b = draw(article_like() | st.text(max_size=200))
    else:  # an edited copy of a
        words = a.split(" ")
        for _ in range(draw(st.integers(0, 4))):
            i = draw(st.integers(0, len(words)))
            op = draw(st.integers(0, 2))
            if op == 0:
                words.insert(i, draw(word))
            elif op == 1 and i < len(words):
                del words[i]
            elif i < len(words):
                words[i] = draw(word)
        b = " ".join(words)
    a0 = draw(st.integers(0, len(a)))
    a1 = draw(st.integers(a0, len(a)))
    b0 = draw(st.integers(0, len(b)))
    b1 = draw(st.integers(b0, len(b)))
    return a, a0, a1, b, b0, b1


@FAST
@given(diff_pair(), st.booleans())
def test_word_diff_opcodes_walk_both_sides_in_order(pair, punctuation):
    a, a0, a1, b, b0, b1 = pair
    ops = word_diff(a, a0, a1, b, b0, b1, punctuation=punctuation)
    tok = _punct_tokens if punctuation else tokenize
    ta, tb = tok(a, a0, a1), tok(b, b0, b1)
    walked_a, walked_b = [], []
    for op in ops:
        assert op.tag in ("equal", "insert", "delete", "replace")
        assert a0 <= op.a_start <= op.a_end <= a1, (op, a0, a1)
        assert b0 <= op.b_start <= op.b_end <= b1, (op, b0, b1)
        wa = token_words(ta, op.a_start, op.a_end)
        wb = token_words(tb, op.b_start, op.b_end)
        if op.tag == "insert":
            assert op.a_start == op.a_end and wb
        if op.tag == "delete":
            assert op.b_start == op.b_end and wa
        if op.tag == "equal":
            assert [t.norm for t in wa] == [t.norm for t in wb] and wa
        if op.tag in ("equal", "replace", "delete"):
            walked_a.extend(wa)
        if op.tag in ("equal", "replace", "insert"):
            walked_b.extend(wb)
    assert walked_a == ta
    assert walked_b == tb
    # consecutive ops never repeat a tag class pair that should have merged
    for x, y in zip(ops, ops[1:]):
        assert not (x.tag != "equal" and y.tag != "equal"), "adjacent changes should merge into one replace"

"""Paragraphs, sentences and tokens with offsets."""

from __future__ import annotations

from tui.core.segment import paragraphs, sentences
from tui.core.text import fold_word, norm_word, tokenize


def split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, paragraphs(text))]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Mr. Smith met Dr. Jones at St. Paul's in the U.S. capital. John F. Kennedy was not there."
    assert split(text) == [
        "Mr. Smith met Dr. Jones at St. Paul's in the U.S. capital.",
        "John F. Kennedy was not there.",
    ]


def test_closing_quote_after_the_stop_belongs_to_the_sentence():
    text = "He said it was “a step forward.” The talks resume today."
    assert split(text) == ["He said it was “a step forward.”", "The talks resume today."]


def test_quote_continued_by_lowercase_reporting_clause_is_one_sentence():
    text = "“It is over,” he said. “We go home.”"
    assert split(text) == ["“It is over,” he said.", "“We go home.”"]


def test_bracketed_insertions_stay_inside():
    text = "There were signals that President [Donald] Trump’s team is listening. Next one."
    assert split(text)[0].startswith("There were signals that President [Donald]")


def test_each_line_is_a_paragraph_in_scraped_text():
    text = "First line here.\nSecond line here.\n\nThird.\n"
    assert [text[p.start:p.end] for p in paragraphs(text)] == ["First line here.", "Second line here.", "Third."]


def test_hard_wrapped_text_joins_lines_into_paragraphs():
    para = "this line is wrapped at a narrow width and\ncontinues on the next line without a stop\n"
    text = (para * 2 + "\n") * 3
    paras = paragraphs(text)
    assert len(paras) == 3


def test_tokens_and_normal_forms():
    text = "U.S. Zelenskyy’s 600,000 US-Ukraine NATO"
    toks = tokenize(text)
    assert [text[t.start:t.end] for t in toks] == ["U.S", "Zelenskyy’s", "600,000", "US-Ukraine", "NATO"]
    assert toks[0].norm == "us"
    assert toks[1].norm == "zelenskyy's" and toks[1].fold == fold_word("zelensky")
    assert norm_word("Nato") == norm_word("NATO")
    assert fold_word("medinskiy") == fold_word("medinsky")
    assert fold_word("favourable") == fold_word("favorable")


def test_token_offsets_are_shared_int_objects_and_exact(monkeypatch):
    # Offsets above 256 come from one table (memory at 1,000 articles), so
    # two texts' tokens at the same offset hold the same int object; a text
    # past the table's cap is tokenized with its own ints, the same tokens.
    from tui.core import text as text_mod

    court = "The appeal court upheld the ruling on Tuesday. " * 20
    storm = "Winds of 140 km/h brought down power lines overnight. " * 20
    a, b = tokenize(court), tokenize(storm)
    by_start = {t.start: t for t in a}
    shared = [t for t in b if t.start > 300 and t.start in by_start]
    assert shared and all(t.start is by_start[t.start].start for t in shared)
    for toks, text in ((a, court), (b, storm)):
        assert [text[t.start:t.end] for t in toks] == text_mod.WORD_RE.findall(text)
    middle = tokenize(storm, 60, 200)
    assert [storm[t.start:t.end] for t in middle] == text_mod.WORD_RE.findall(storm[60:200])
    monkeypatch.setattr(text_mod, "_SHARED_OFFSETS_MAX", 100)
    monkeypatch.setattr(text_mod, "_offsets", [])
    assert tokenize(storm) == b
    assert tokenize(storm, 60, 200) == middle
    assert text_mod.shared_offsets([5, 7000]) == [5, 7000]

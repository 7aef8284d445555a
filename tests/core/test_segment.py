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

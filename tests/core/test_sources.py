"""Loading, decoding, boilerplate and metadata on the real articles and small texts."""

from __future__ import annotations

import pytest

from conftest import SOURCES, source_id
from tui.core import analyze_paths
from tui.core.boilerplate import detect_boilerplate
from tui.core.loading import SourceError, decode
from tui.core.metadata import infer_title


def marked_lines(src) -> list[str]:
    return [src.text[b.start:b.end] for b in src.boilerplate]


def test_sources_are_byte_identical_to_shared():
    shared = SOURCES.parent.parent / "shared" / "sources"
    if not shared.is_dir():
        pytest.skip("../shared/sources not present beside this checkout")
    for f in shared.iterdir():
        assert (SOURCES / f.name).read_bytes() == f.read_bytes()


def test_text_is_kept_exactly_as_decoded(story):
    for src in story.sources:
        assert src.text == (SOURCES / f"{src.id}.txt").read_text(encoding="utf-8")


def test_doubled_headline_and_dateline_are_boilerplate(story):
    src = story.source(source_id(story, "003"))
    reasons = {src.text[b.start:b.end]: b.reason for b in src.boilerplate}
    assert reasons["Washington Pushes, Kyiv Resists as Peace Talks Continue"] == "repeated headline"
    assert reasons["24 NOV 2025 12:16"] == "repeated dateline"
    # the first copy is the headline, not junk
    assert src.title == "Washington Pushes, Kyiv Resists as Peace Talks Continue"
    first = src.text.index("Washington")
    assert not src.is_boilerplate(first)


def test_trailing_teasers_are_boilerplate_but_the_last_paragraph_is_not(story):
    src = story.source(source_id(story, "004"))
    lines = marked_lines(src)
    assert any("James Bond" in line for line in lines)
    assert any("Buffalo Wild Wings" in line for line in lines)
    assert any(line.startswith("You may be interested") for line in lines)
    last_body = src.text.index("Zelenskyy said Wednesday in a social media post")
    assert not src.is_boilerplate(last_body)
    # an image credit in the middle of the article
    assert any("/Getty" in line for line in lines)


def test_junk_lines_of_each_kind(story):
    all_lines = {line for s in story.sources for line in marked_lines(s)}
    assert any(line.startswith("#Ukraine") for line in all_lines)          # hashtags
    assert any("www." in line for line in all_lines)                       # site credit
    assert any(line.startswith("Also Read") for line in all_lines)         # promo
    assert any(line.startswith("Sign in") for line in all_lines)           # sign-in prompt
    assert "Previous Post Next Post" in all_lines                          # navigation
    assert any(all("\u0600" <= c <= "\u06ff" or c == " " for c in line) for line in all_lines)  # script


def test_body_lines_are_not_boilerplate(story):
    """Subheadings inside the body and ordinary paragraphs stay body."""
    for src in story.sources:
        for line in marked_lines(src):
            assert not line.startswith(("Allies insist", "Zelensky warns", "The contentious"))
    src = story.source(source_id(story, "003"))
    assert not src.is_boilerplate(src.text.index("These diplomatic processes"))


def test_metadata(story):
    by = {s.id[:3]: s for s in story.sources}
    assert by["001"].outlet == "BBC"
    assert by["003"].outlet == "ReOpen Media"
    assert by["003"].date == "2025-11-24"
    assert by["004"].date is None  # the dates in the trailing teasers are not the article's
    assert by["000"].title is None and by["001"].title is None  # start with body text
    assert by["002"].title == "US and Ukraine signal peace plan progress after Geneva talks"
    assert by["004"].title.startswith("U.S.-brokered Ukraine-Russia talks")


def test_boilerplate_on_a_hand_made_article():
    text = (
        "Council approves new bridge\n"
        "Council approves new bridge\n"
        "The city council voted on Tuesday to fund a new bridge over the river, ending years of debate.\n"
        "Read more: Mayor opens new library\n"
        "\"It is a great day for the town,\" the mayor said after the vote.\n"
        "Photo: Jane Roe/Agency\n"
        "Construction of the bridge is expected to begin next spring and last two years.\n"
        "#bridge #council #river\n"
        "Comments\n"
    )
    marks = {text[b.start:b.end]: b.reason for b in detect_boilerplate(text)}
    assert set(marks) == {
        "Council approves new bridge", "Read more: Mayor opens new library", "Photo: Jane Roe/Agency",
        "#bridge #council #river", "Comments",
    }
    assert infer_title(text) == "Council approves new bridge"


def test_offsets_survive_crlf_and_bom(tmp_path):
    body = "Headline here today\r\nThe minister said the plan \u201cworks well\u201d.\r\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    story = analyze_paths([str(tmp_path)])
    src = story.sources[0]
    assert src.text == body
    for t in src.tokens:
        assert src.text[t.start:t.end].strip() == src.text[t.start:t.end]


def test_cp1252_fallback_warns_with_file_name():
    text, warning = decode("caf\xe9 \u201cquote\u201d".encode("cp1252"), "x.txt")
    assert text == "caf\xe9 \u201cquote\u201d"
    assert "x.txt" in warning


def test_missing_path_is_a_source_error(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        analyze_paths([str(tmp_path / "nope")])


def test_sources_toml_wins_over_inference(tmp_path):
    (tmp_path / "a.txt").write_text("A headline of some words\nThe body says the council met on Tuesday.\n",
                                    encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        '["a.txt"]\ntitle = "Given title"\noutlet = "Given Outlet"\ndate = 2024-05-06\nurl = "https://example.org/a"\n',
        encoding="utf-8")
    src = analyze_paths([str(tmp_path)]).sources[0]
    assert (src.title, src.outlet, src.date, src.url) == (
        "Given title", "Given Outlet", "2024-05-06", "https://example.org/a")

"""Saved web pages as sources: extraction, page metadata, encodings, pages
without an article, and the analysis of a folder of HTML end to end.

The fixture pages in tests/web/pages are invented for these tests: a court
ruling on a reservoir told by three sites (one with navigation, ads, a
comments section and related-story teasers), a football final in
windows-1252, a JavaScript-only page and a sign-in wall."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.cli import main
from tui.core import analyze_paths
from tui.core.webpage import NoArticle, decode_html, read_page

from test_bad_input import untouched  # tests/ is on sys.path (rootdir-relative imports)

PAGES = Path(__file__).resolve().parent / "pages"
ROOT = Path(__file__).resolve().parents[2]


def page(name: str):
    return read_page((PAGES / f"{name}.html").read_bytes())[0]


# ---------------------------------------------------------------- extraction


def test_article_keeps_the_story_and_drops_the_page_furniture():
    p = page("gazette_full")
    body = [
        "The regional appeals court on Thursday suspended work on the Millbrook reservoir expansion",
        "“The authority treated the wetlands as an afterthought,” Judge Amara Okonkwo-Hale wrote",
        "A spokesman, Tobias Lindqvist, said the delay could add as much as 30 million euros",
        "The expansion, approved in 2023, would have raised the capacity of the reservoir by a third",
    ]
    for sentence in body:
        assert sentence in p.text
    furniture = [
        "Puzzles",  # navigation
        "garden furniture", "smart thermostat",  # ads
        "riverwatcher42", "Ridiculous decision", "village hall",  # comments
        "Rare wading birds", "4,000 homes",  # related-story teasers
        "morning briefing",  # newsletter box
        "Cookie settings", "All rights reserved",  # footer
        "dataLayer",  # script
    ]
    for junk in furniture:
        assert junk not in p.text, junk
    # the paragraphs stay in order, one per line
    starts = [p.text.index(s) for s in body]
    assert starts == sorted(starts)


def test_open_graph_metadata():
    meta = page("gazette_full").meta
    assert meta["title"] == "Appeals court halts Millbrook reservoir expansion"
    assert meta["outlet"] == "The Harrow Gazette"
    assert meta["author"] == "Priya Vantongeren"
    assert meta["date"] == "2025-04-17"
    assert meta["url"] == "https://harrowgazette.example/news/2025/04/court-halts-reservoir"


def test_json_ld_metadata():
    p = page("valley_jsonld")
    assert p.meta["title"] == "Judges stop work on Millbrook dam over wetlands"
    assert p.meta["author"] == "Dmitri Ashworth"
    assert p.meta["outlet"] == "Valley Post"
    assert p.meta["date"] == "2025-04-17"
    assert "We use cookies" not in p.text
    assert "Construction firms working on the site" in p.text


def test_page_without_metadata_states_nothing_it_does_not_have():
    p = page("plain_nometa")
    assert "A fresh environmental study typically takes" in p.text
    assert "author" not in p.meta and "date" not in p.meta and "outlet" not in p.meta
    # with the address it came from, the site's host is the outlet
    p2, _ = read_page((PAGES / "plain_nometa.html").read_bytes(), url="https://www.dam-news.example/a/1")
    assert p2.meta["outlet"] == "dam-news.example"


def test_windows_1252_page():
    raw = (PAGES / "cp1252_final.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    p, codec = read_page(raw)
    assert codec == "cp1252"
    assert "A header from Céline Rosenthal two minutes from time gave Pérignac a 2–1 win over Östervik" in p.text
    assert "“I didn’t even see the ball go in – I just heard the noise,”" in p.text
    assert "about €40,000" in p.text  # 0x80: cp1252, not latin-1
    assert "Ã" not in p.text and "\ufffd" not in p.text
    assert p.meta["outlet"] == "Sportblatt Weekly"


@pytest.mark.parametrize("name, why", [
    ("script_only", "JavaScript"),
    ("login_wall", "sign-in form"),
])
def test_pages_without_an_article(name, why):
    with pytest.raises(NoArticle) as e:
        page(name)
    assert why in str(e.value) and "\n" not in str(e.value)


def test_empty_and_markup_only_pages():
    for html in (b"", b"<html><body></body></html>", b"<html><body><div><span> </span></div></body></html>"):
        with pytest.raises(NoArticle):
            read_page(html)


# ---------------------------------------------------------------- decoding


def test_decoding_order():
    text = "Caf\u00e9 “quoted” \u20ac5"
    meta_cp = b'<meta charset="windows-1252">'
    # the page's own declaration
    assert decode_html(meta_cp + text.encode("cp1252")) == (meta_cp.decode() + text, "cp1252")
    # the HTTP header wins over the page
    data = b'<meta charset="utf-8">' + text.encode("cp1252")
    assert decode_html(data, "windows-1252")[0].endswith(text)
    # a byte-order mark wins over both
    data = b"\xef\xbb\xbf" + b'<meta charset="windows-1252">' + text.encode("utf-8")
    assert decode_html(data, "iso-8859-2")[0].endswith(text)
    assert decode_html("\ufeff<p>x</p>".encode("utf-16-le"))[0] == "<p>x</p>"
    # Latin-1 labels mean windows-1252, as in browsers
    assert decode_html(b'<meta charset="ISO-8859-1">\x80', None)[0].endswith("€")
    # a wrong label falls back to UTF-8, then windows-1252
    assert decode_html(b'<meta charset="utf-8">caf\xe9')[0].endswith("café")
    assert decode_html(b'<meta charset="no-such-codec">caf\xc3\xa9')[0].endswith("café")
    # other single-byte charsets, by the page's declaration
    polish = "Sąd wstrzymał budowę zapory"
    data = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">' + polish.encode("iso-8859-2")
    assert decode_html(data)[0].endswith(polish)
    # a declaration of UTF-16 that is itself readable as ASCII cannot be true
    assert decode_html(b'<meta charset="utf-16"><p>caf\xc3\xa9</p>')[0].endswith("café</p>")


# ---------------------------------------------------------------- loading a folder


@pytest.fixture
def html_folder(tmp_path: Path) -> Path:
    d = tmp_path / "saved"
    d.mkdir()
    for name in ("gazette_full", "valley_jsonld", "plain_nometa", "cp1252_final", "script_only", "login_wall"):
        shutil.copy(PAGES / f"{name}.html", d / f"{name}.html")
    return d


def test_folder_of_pages_is_analysed_on_their_text(html_folder: Path):
    with untouched(html_folder):
        story = analyze_paths([str(html_folder)])
    by_id = {s.id: s for s in story.sources}
    assert sorted(by_id) == ["cp1252_final", "gazette_full", "plain_nometa", "valley_jsonld"]
    for name in ("script_only", "login_wall"):
        lines = [w for w in story.warnings if f"{name}.html" in w]
        assert len(lines) == 1 and "skipped" in lines[0] and "\n" not in lines[0]
    g = by_id["gazette_full"]
    assert g.path == str(html_folder / "gazette_full.html")
    assert g.text == page("gazette_full").text  # offsets point into the extracted text
    assert (g.title, g.outlet, g.author, g.date) == (
        "Appeals court halts Millbrook reservoir expansion", "The Harrow Gazette", "Priya Vantongeren", "2025-04-17")
    assert g.url == "https://harrowgazette.example/news/2025/04/court-halts-reservoir"
    assert by_id["plain_nometa"].author is None


def test_shared_passages_across_html_pages(html_folder: Path, capsys):
    assert main(["analyze", str(html_folder), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    texts = {s["id"]: s["text"] for s in data["sources"]}
    assert {s["id"]: s["author"] for s in data["sources"]}["valley_jsonld"] == "Dmitri Ashworth"

    def shared(a: str, b: str, needle: str, kinds=("verbatim",)) -> bool:
        for p in data["passages"]:
            if p["kind"] not in kinds:
                continue
            spans = {sp["source"]: sp for sp in p["spans"]}
            if a in spans and b in spans:
                sp = spans[a]
                if needle in texts[a][sp["start"]:sp["end"]]:
                    return True
        return False

    # the wire copy both sites carry, word for word
    assert shared("gazette_full", "valley_jsonld", "In a unanimous decision, the three judges ordered")
    assert shared("gazette_full", "valley_jsonld", "said the delay could add as much as 30 million euros")
    # the newsletter dropped "on Thursday" from the first sentence: a near match
    assert shared("gazette_full", "plain_nometa", "suspended work on the Millbrook reservoir expansion",
                  kinds=("verbatim", "near"))
    # what only one site wrote is shared with nobody
    assert not shared("gazette_full", "valley_jsonld", "The authority treated the wetlands",
                      kinds=("verbatim", "near", "paraphrase"))
    assert not any("cp1252_final" in {sp["source"] for sp in p["spans"]} for p in data["passages"])


def test_sources_toml_wins_over_the_page(html_folder: Path):
    (html_folder / "sources.toml").write_text(
        '["gazette_full.html"]\ntitle = "Edited headline"\nauthor = "Desk"\n', encoding="utf-8")
    with untouched(html_folder):
        story = analyze_paths([str(html_folder / "gazette_full.html")])
    s = story.sources[0]
    assert (s.title, s.author, s.outlet) == ("Edited headline", "Desk", "The Harrow Gazette")


def test_boilerplate_marking_still_runs_on_the_extracted_text():
    """The second layer: a sign-up prompt inside the article body survives
    extraction, and is marked (not removed) like in any text file."""
    story = analyze_paths([str(PAGES / "harbour_inbody_junk.html")])
    s = story.sources[0]
    prompt = "Sign up for our markets newsletter"
    assert prompt in s.text  # extraction kept it: it sits among the paragraphs
    at = s.text.index(prompt)
    assert s.is_boilerplate(at)
    body = s.text.index("Chief executive Ingrid Solheim said")
    assert not s.is_boilerplate(body)
    assert "Most read" not in s.text and "Five stocks to watch" not in s.text
    assert (s.outlet, s.date) == ("Northsea Business Daily", "2025-02-27")


def test_text_and_pages_mix_and_page_metadata_beats_text_inference(tmp_path: Path):
    d = tmp_path / "mixed"
    d.mkdir()
    shutil.copy(PAGES / "valley_jsonld.html", d / "valley.htm")
    article = ("Harbour Reopens After Storm\nThe harbour reopened on Monday after engineers checked the "
               "breakwater.\nFerries resumed their timetable by the afternoon, the port said.\n")
    (d / "notes.txt").write_text(article, encoding="utf-8")
    shutil.copy(PAGES / "gazette_full.html", d / "gazette.xhtml")
    story = analyze_paths([str(d)])
    assert sorted(s.id for s in story.sources) == ["gazette", "notes", "valley"]
    assert story.source("notes").title == "Harbour Reopens After Storm"
    # the extracted text starts with the h1, but the title comes from JSON-LD
    assert story.source("valley").title == "Judges stop work on Millbrook dam over wetlands"


def test_only_pages_without_articles_is_an_error(tmp_path: Path):
    d = tmp_path / "walls"
    d.mkdir()
    shutil.copy(PAGES / "login_wall.html", d / "a.html")
    with untouched(d):
        assert main(["analyze", str(d)]) == 2


# ---------------------------------------------------------------- Unicode text files


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_text_files_with_a_byte_order_mark(tmp_path: Path, codec: str):
    text = "Storm Closes Harbour\nFishing boats stayed in port as “gale-force” winds battered the coast.\n"
    data = text.encode(codec)
    if not codec.endswith(("16", "32")):
        data = "\ufeff".encode(codec) + data  # the -be codecs write no mark themselves
    assert b"\x00" in data
    f = tmp_path / "unicode.txt"
    f.write_bytes(data)
    story = analyze_paths([str(f)])
    assert story.sources[0].text == text
    assert not story.warnings


def test_utf16_without_a_mark_is_still_binary(tmp_path: Path):
    f = tmp_path / "nobom.txt"
    f.write_bytes("Storm closes harbour\n".encode("utf-16-le"))
    (tmp_path / "ok.txt").write_text("Harbour reopens\nBoats are back in the water.\n", encoding="utf-8")
    story = analyze_paths([str(tmp_path)])
    assert [s.id for s in story.sources] == ["ok"]
    assert any("nobom.txt" in w and "binary" in w for w in story.warnings)


# ---------------------------------------------------------------- start-up cost


def test_trafilatura_is_imported_only_when_a_page_is_read():
    code = ("import sys; import tui.cli, tui.reader; from tui.core import analyze_paths; "
            "analyze_paths([sys.argv[1]]); print('trafilatura' in sys.modules, 'lxml' in sys.modules); "
            "analyze_paths([sys.argv[2]]); print('trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "sources"), str(PAGES / "plain_nometa.html")],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True"]


# ---------------------------------------------------------------- any bytes


_FRAGMENTS = st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<title>", "</title>",
    "<?xml version='1.0' encoding='utf-16'?>", "<meta charset='bogus'>", "<!--", "-->", "<![CDATA[",
    "&amp;", "&#0;", "\x00", "<br/>", "<article>", "</article>", "The harbour reopened on Monday. " * 8,
])


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=2000), st.lists(_FRAGMENTS, max_size=40).map(lambda f: "".join(f).encode())))
def test_any_bytes_give_a_page_or_a_reason(data):
    try:
        p = read_page(data)[0]
    except NoArticle as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert p.text.strip()

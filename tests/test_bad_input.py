"""Bad and awkward input for the loader and the core (no CLI): every case either
works or fails with a one-line SourceError, and nothing is ever written into
the source folders."""

from __future__ import annotations

import contextlib
import os
import random
from pathlib import Path

import pytest

from tui.core import SourceError, analyze_paths
from tui.core.loading import load_raw_sources

# The issue asks for a 10 MB file. The analysis is linear but not free, so the
# default is 2 MB (a few seconds); PARALLAX_BIG_FILE_MB=10 runs the full size.
BIG_FILE_BYTES = int(float(os.environ.get("PARALLAX_BIG_FILE_MB", "2")) * 1_000_000)

ARTICLE = (
    "Peace Talks Resume in Geneva\n"
    "Negotiators from both delegations met again on Sunday to refine the framework.\n"
    "“We have made a tremendous amount of progress,” the secretary of state told reporters.\n"
    "Officials said the draft would limit the army to 600,000 personnel, down from 880,000.\n"
    "The talks are expected to continue through the week in the Swiss city.\n"
)
OTHER = (
    "Storm Closes Harbour\n"
    "Fishing boats stayed in port as gale-force winds battered the northern coast overnight.\n"
    "The harbour master said crews would inspect the breakwater before reopening the quays.\n"
)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every path under folder with its size and modification time (ns)."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            p = Path(root) / name
            st = p.stat()
            out[str(p.relative_to(folder))] = (st.st_size if p.is_file() else -1, st.st_mtime_ns)
    st = folder.stat()
    out["."] = (-1, st.st_mtime_ns)
    return out


@contextlib.contextmanager
def untouched(*folders: Path):
    """Assert nothing is created, removed or modified under the folders."""
    before = [snapshot(f) for f in folders]
    yield
    after = [snapshot(f) for f in folders]
    assert after == before, "the analysis wrote into a source folder"


def one_line(e: pytest.ExceptionInfo) -> str:
    msg = str(e.value)
    assert msg and "\n" not in msg and "\r" not in msg, repr(msg)
    return msg


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    return d


# ---------------------------------------------------------------- paths


def test_missing_path(tmp_path: Path):
    missing = tmp_path / "nope"
    with untouched(tmp_path), pytest.raises(SourceError) as e:
        analyze_paths([str(missing)])
    msg = one_line(e)
    assert "no such file or folder" in msg and str(missing) in msg
    assert not missing.exists()


def test_missing_path_among_good_ones(folder: Path):
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with untouched(folder), pytest.raises(SourceError) as e:
        analyze_paths([str(folder), str(folder / "missing.txt")])
    assert "missing.txt" in one_line(e)


def test_empty_folder(folder: Path):
    with untouched(folder), pytest.raises(SourceError) as e:
        analyze_paths([str(folder)])
    assert "no .txt, .md or .html files" in one_line(e)


def test_folder_without_text_files(folder: Path):
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 not an article")
    (folder / "sub").mkdir()
    (folder / "sub" / "inner.txt").write_text(ARTICLE, encoding="utf-8")  # not recursed into
    with untouched(folder), pytest.raises(SourceError) as e:
        analyze_paths([str(folder)])
    one_line(e)


def test_folder_with_one_article(folder: Path):
    (folder / "only.txt").write_text(ARTICLE, encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert [s.id for s in story.sources] == ["only"]
    assert story.sources[0].text == ARTICLE
    assert story.passages == ()


def test_md_files_are_read_and_other_files_ignored(folder: Path):
    (folder / "a.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    (folder / "c.json").write_text("{\"ignored\": true}", encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert sorted(s.id for s in story.sources) == ["a", "b"]


# ---------------------------------------------------------------- file contents


def test_empty_file_is_skipped_with_a_warning(folder: Path):
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\r\n\t\n", encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert [s.id for s in story.sources] == ["a"]
    for name in ("empty.txt", "blank.txt"):
        assert any(name in w and "empty" in w for w in story.warnings), story.warnings


def test_only_empty_files_is_an_error(folder: Path):
    (folder / "empty.txt").write_bytes(b"")
    with untouched(folder), pytest.raises(SourceError) as e:
        analyze_paths([str(folder)])
    assert "no readable articles" in one_line(e)


def test_binary_file_is_skipped(folder: Path):
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert [s.id for s in story.sources] == ["a"]
    assert any("image.txt" in w and "binary" in w for w in story.warnings), story.warnings
    assert all("\n" not in w for w in story.warnings)


def test_invalid_utf8_falls_back_to_cp1252_and_offsets_index_the_decoded_text(folder: Path):
    raw = ("Caf\xe9 Owners Protest\r\n"
           "Caf\xe9 owners said \x93no\x94 to the plan \x96 and the mayor\x92s office agreed.\r\n").encode("latin-1")
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    (folder / "legacy.txt").write_bytes(raw)
    with untouched(folder):
        story = analyze_paths([str(folder)])
    src = story.sources[0]
    expected = raw.decode("cp1252")
    assert src.text == expected
    assert "“no”" in src.text and "mayor’s" in src.text
    warn = [w for w in story.warnings if "legacy.txt" in w]
    assert warn and "cp1252" in warn[0] and "UTF-8" in warn[0]
    words = [src.text[t.start:t.end] for t in src.tokens]
    assert words[:3] == ["Café", "Owners", "Protest"]
    assert "mayor’s" in words
    for p in src.paragraphs:
        assert src.text[p.start:p.end].strip() == src.text[p.start:p.end]
        assert "\r" not in src.text[p.start:p.end]


def test_utf8_bom_is_not_part_of_the_text(folder: Path):
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert story.sources[0].text == ARTICLE
    assert not any("bom.txt" in w for w in story.warnings)


def test_crlf_line_endings(folder: Path):
    (folder / "a.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    (folder / "b.txt").write_bytes(ARTICLE.encode("utf-8"))
    with untouched(folder):
        story = analyze_paths([str(folder)])
    a, b = story.source("a"), story.source("b")
    assert a.text == ARTICLE.replace("\n", "\r\n")  # kept exactly as decoded
    assert len(a.paragraphs) == len(b.paragraphs) == 5
    assert [a.text[p.start:p.end] for p in a.paragraphs] == [b.text[p.start:p.end] for p in b.paragraphs]
    assert [a.text[s.start:s.end] for s in a.sentences] == [b.text[s.start:s.end] for s in b.sentences]
    assert story.passages, "the same article with CRLF and LF shares passages"
    for p in story.passages:
        for sp in p.spans:
            assert "\r" not in story.source(sp.source).text[sp.end - 1:sp.end]


def test_a_50000_character_line(folder: Path):
    sentence = "The delegation reviewed clause {} of the framework before the evening session. "
    line = "".join(sentence.format(i) for i in range(700))[:50_000].rstrip()
    assert len(line) >= 49_000
    (folder / "long.txt").write_text("Long Line Headline\n" + line + "\n", encoding="utf-8")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(folder)])
    src = story.source("long")
    assert len(src.paragraphs) == 2
    assert len(src.sentences) > 500
    assert all(0 <= s.start < s.end <= len(src.text) for s in src.sentences)


def _pseudo_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    vocab = ["".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(5000)]
    parts, n = [], 0
    while n < size:
        p = " ".join(rng.choice(vocab) for _ in range(rng.randint(40, 120))).capitalize() + "."
        parts.append(p)
        n += len(p) + 1
    return "\n".join(parts)


def test_a_big_file_completes(folder: Path):
    big = _pseudo_text(BIG_FILE_BYTES)
    paragraphs = big.split("\n")
    (folder / "big.txt").write_text(big, encoding="utf-8")
    # a second article copying two of its paragraphs
    (folder / "small.txt").write_text(paragraphs[3] + "\n" + paragraphs[-2] + "\n", encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert len(story.source("big").text) >= BIG_FILE_BYTES
    shared = [p for p in story.passages if set(p.source_ids) == {"big", "small"}]
    assert len(shared) >= 2


def test_file_over_the_size_limit_is_skipped(folder: Path, monkeypatch):
    from tui.core import loading

    monkeypatch.setattr(loading, "MAX_BYTES", 1000)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "huge.txt").write_text(ARTICLE * 10, encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert [s.id for s in story.sources] == ["a"]
    assert any("huge.txt" in w for w in story.warnings)


def test_invalid_sources_toml_is_a_one_line_error(folder: Path):
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sources.toml").write_text("[a.txt\ntitle = \n", encoding="utf-8")
    with untouched(folder), pytest.raises(SourceError) as e:
        analyze_paths([str(folder)])
    assert "sources.toml" in one_line(e)


# ---------------------------------------------------------------- duplicates


def test_same_file_given_twice_is_read_once(folder: Path):
    f = folder / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(f), str(f)])
    assert [s.id for s in story.sources] == ["a"]
    assert any("a.txt" in w and "once" in w for w in story.warnings)
    with untouched(folder):
        story = analyze_paths([str(folder), str(f), str(folder / ".." / folder.name / "a.txt")])
    assert sorted(s.id for s in story.sources) == ["a", "b"]
    assert story.passages == () or all(len(p.source_ids) >= 2 for p in story.passages)


def test_two_files_with_the_same_text_share_a_verbatim_passage(folder: Path):
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text(ARTICLE, encoding="utf-8")
    with untouched(folder):
        story = analyze_paths([str(folder)])
    assert sorted(s.id for s in story.sources) == ["one", "two"]
    verbatim = [p for p in story.passages if p.kind == "verbatim" and set(p.source_ids) == {"one", "two"}]
    assert verbatim, story.passages
    # the body is covered: the longest shared sentence is inside a verbatim span
    one = story.source("one")
    needle = one.text.index("Officials said the draft")
    assert any(sp.source == "one" and sp.start <= needle < sp.end for p in verbatim for sp in p.spans)


def test_same_stem_in_two_folders_gets_distinct_ids(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (b / "story.txt").write_text(OTHER, encoding="utf-8")
    with untouched(a, b):
        raws, _ = load_raw_sources([str(a), str(b)])
    assert len({r.id for r in raws}) == 2


def test_read_only_source_folder_is_fine(folder: Path):
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Sunday", "Monday"), encoding="utf-8")
    os.chmod(folder / "a.txt", 0o444)
    os.chmod(folder / "b.txt", 0o444)
    os.chmod(folder, 0o555)
    try:
        with untouched(folder):
            story = analyze_paths([str(folder)])
        assert len(story.sources) == 2
    finally:
        os.chmod(folder, 0o755)

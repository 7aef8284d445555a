"""Nothing in the code may be tuned to the sample articles.

The names are taken from `sources/` when the test runs (no list of them is
kept here): every capitalised word of a multi-word name found in the middle
of a sentence there, and every single capitalised word used there twice in
mid-sentence (places, institutions, outlets), unless it is general knowledge (a word the samples also
use in lower case, a title, a weekday, a country or demonym of the speech
lexicon). Every file of `src/` is scanned whole, string literals, word lists
and comments included, so a name added to a word list is caught.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from tui.core.lexicon import speech as lex
from tui.core.lexicon.syndication import WIRE_AGENCIES
from tui.core.text import STOPWORDS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "sources"
SRC = ROOT / "src"

_CAP = re.compile(r"[A-Z][\w’'\-]*")


def _runs_inside_sentences(text: str) -> list[list[str]]:
    """Runs of capitalised words that follow a lower-case word or a comma:
    inside a sentence, so not a headline, a credit line or a sentence start."""
    runs: list[list[str]] = []
    words = text.split()
    k = 0
    while k < len(words):
        if _CAP.fullmatch(words[k].strip("“”\"‘’(),.;:!?")) and k > 0 and (
                re.fullmatch(r"[a-z]{2,}", words[k - 1]) or re.fullmatch(r"\w+,", words[k - 1])):
            run = []
            while k < len(words):
                w = words[k].strip("“”\"‘’(),.;:!?")
                if not _CAP.fullmatch(w):
                    break
                run.append(re.sub(r"[’'][sS]?$", "", w))
                if words[k][-1:] in ",.;:!?)”’":
                    k += 1
                    break
                k += 1
            runs.append(run)
        else:
            k += 1
    return runs


_WEEKDAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)


#: Wire agencies are general knowledge of how news is syndicated, not names of the samples.
_AGENCY_WORDS = frozenset(part.lower() for canon, others in WIRE_AGENCIES.items()
                          for name in (canon, *others) for part in name.split())


def _general(word: str, lower_words: set[str]) -> bool:
    w = word.lower()
    if w in _AGENCY_WORDS:
        return True
    nation_words = {part for key in lex.NATIONS for part in re.split(r"[ \-]", key)}
    return (w in lower_words or w in STOPWORDS or w in _WEEKDAYS_MONTHS or w in nation_words
            or w in lex.TITLE_HEADS or w in lex.ROLE_MODIFIERS or w in lex.TITLE_COMPLEMENTS
            or w in lex.ORG_KEYWORDS or w in lex.HONORIFICS or w in lex.DESCRIPTORS
            or lex.nation_of(w) is not None)


def sample_names() -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt")))
    lower_words = set(re.findall(r"(?<![\w’'\-])[a-z][a-z’'\-]+", text))
    # single capitalised words used at least twice inside sentences: places,
    # institutions, outlets ("the <Place> talks")
    runs = _runs_inside_sentences(text)
    counts = Counter(r[0] for r in runs if len(r) == 1)
    names = {w for w, n in counts.items() if n >= 2 and len(w) >= 4 and w[1:].islower() and not _general(w, lower_words)}
    for run in runs:
        if len(run) < 2:
            continue
        for word in run:
            for part in word.split("-"):
                part = re.sub(r"[’'].*$", "", part)
                if len(part) >= 4 and part[0].isupper() and not part.isupper() and not _general(part, lower_words):
                    names.add(part)
    return names


def code_files() -> list[Path]:
    return [p for p in sorted(SRC.rglob("*")) if p.is_file() and "egg-info" not in str(p)
            and "__pycache__" not in p.parts and p.suffix in (".py", ".tcss", ".toml", ".txt", ".md", ".json")]


def test_the_guard_knows_the_sample_names():
    names = sample_names()
    assert len(names) >= 15  # the samples name many people and places
    assert not any(n.lower() in {"said", "president", "monday"} for n in names)


def names_in(text: str, names: set[str], word_list: bool = True) -> list[str]:
    """The sample names in `text`: written as names (capitalised, or in capitals)
    anywhere; in lower case only where words are listed (a lexicon module, or
    a line building a set or list of words), since a lower-case "force" or
    "wild" elsewhere is an ordinary word, not the name it is part of in the
    samples."""
    alternatives = "|".join(sorted(map(re.escape, names)))
    pattern = re.compile(r"(?<![\w])(" + alternatives + r")(?![\w])", re.IGNORECASE)
    found = []
    for m in pattern.finditer(text):
        word = m.group()
        if word[0].isupper() or word_list:
            found.append(word)
    return found


def _lists_words(path: Path, line: str) -> bool:
    return "lexicon" in path.parts or any(k in line for k in (".split(", "frozenset(", "set("))


def test_a_name_in_a_word_list_is_caught():
    name = sorted(sample_names())[0]
    code = f'TITLE_HEADS = frozenset("""president {name.lower()} minister""".split())  # a word list\n'
    assert names_in(code, sample_names()) == [name.lower()]


def test_no_sample_name_anywhere_in_src():
    names = sample_names()
    found = []
    for path in code_files():
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(ROOT)}:{lineno}: {n}" for n in names_in(line, names, _lists_words(path, line))]
    assert not found, "sample names in the code:\n" + "\n".join(found)

"""Word families, news predicates and figures written differently (issue 8):
a noun meets its verb (`text.derived_base`), narrow classes and phrases of
`lexicon/synonyms.py`, number words and scales (`aligned._matching_tokens`).
Every text is written for these tests, on subjects other than the samples;
each rule has a case that must stay apart."""

from __future__ import annotations

import pytest
from conftest import story_of
from test_passages import _paraphrase_between

from tui.core.aligned import _matching_tokens
from tui.core.paraphrase import _PHRASES, _SYNONYMS, _claim_stem
from tui.core.text import derived_base, fold_word, norm_word, tokenize


def _stem(word: str) -> str:
    """A word's claim stem as paraphrase scoring reads it (its class key, else its stem)."""
    f = fold_word(norm_word(word))
    return _SYNONYMS.get(f) or _claim_stem(f)


def _figures(text: str) -> list[str]:
    return [t.norm for t in _matching_tokens(tokenize(text), text)]


# ---------------------------------------------------------------- word families


@pytest.mark.parametrize("family", [
    ("emptied", "empty", "empties", "emptying"),      # -ied / -ies: the y comes back
    ("carried", "carry", "carries"),
    ("cause", "caused", "causes", "causing"),         # a five-letter base in -e
    ("leave", "leaves", "leaving"),
    ("argue", "argued", "arguing"),
    ("decision", "decisions", "decide", "decided"),   # -sion on a short root
    ("invasion", "invade", "invaded"),
    ("division", "divide", "divided"),
    ("admission", "admissions"),                      # (its plural, not "admit")
])
def test_a_word_family_meets_on_one_stem(family):
    assert len({_stem(w) for w in family}) == 1, {w: _stem(w) for w in family}


@pytest.mark.parametrize("a, b", [
    ("press", "present"),        # look alike, no family
    ("work", "works"),           # a noun's plural and a verb stay apart (works of art)
    ("town", "towns"),
    ("pension", "pend"),         # -sion after a consonant: not a verb in -d
    ("admission", "admit"),      # the fold lost the double s: no -d verb is guessed
    ("vision", "vid"),           # too short a root
    ("state", "station"),
])
def test_words_that_only_look_alike_stay_apart(a, b):
    assert _stem(a) != _stem(b)


def test_derived_base_leaves_short_and_other_words_as_they_are():
    assert derived_base("tried") == "tried" and derived_base("dies") == "dies"  # short: irregular or a class
    assert derived_base("report") == "report" and derived_base("2024") == "2024"
    assert derived_base("agreement") == "agreement"  # only a five-letter base loses its e


# ---------------------------------------------------------------- news predicates


@pytest.mark.parametrize("a, b", [
    ("soldiers", "troops"),
    ("deployed", "deployment"),
    ("jurors", "jury"),
    ("failure", "failed"),
    ("seizure", "seized"),
    ("investigators", "investigation"),
    ("scheduled", "planned"),
    ("paused", "halted"),
    ("resumed", "restarted"),
    ("urged", "exhorted"),
    ("seriously", "serious"),
    ("mild", "minor"),
    ("turnout", "participation"),
    ("upkeep", "maintenance"),
    ("backed", "approved"),
    ("strengthened", "gained"),
    ("weakened", "fell"),
    ("annually", "yearly"),
])
def test_a_news_predicate_class_joins_its_words(a, b):
    assert _stem(a) == _stem(b)


@pytest.mark.parametrize("a, b", [
    ("investigators", "police"),  # who investigates is not always the police
    ("deployed", "sent"),         # "sent" alone is any sending
    ("urged", "called"),          # "called" alone names or phones
    ("paused", "postponed"),      # halted now is not moved to a later date
    ("resumed", "started"),
    ("back", "approved"),         # only "backed": "came back" approves nothing
    ("strengthened", "weakened"),
])
def test_a_news_predicate_class_stays_narrow(a, b):
    assert _stem(a) != _stem(b)


@pytest.mark.parametrize("first, second, key", [
    ("pushed", "back", "~postpone"),
    ("put", "back", "~postpone"),
    ("sent", "in", "~deploy"),
    ("called", "on", "~urge"),
    ("calls", "for", "~urge"),
    ("returned", "to", "~resume"),
    ("not", "open", "~close"),
    ("took", "part", "~participate"),
    ("burned", "down", "~destroy"),
    ("gave", "up", "~cancel"),
    ("sworn", "in", "~inaugurate"),
    ("takes", "office", "~inaugurate"),
    ("moved", "out", "~evacuate"),
    ("a", "year", "~annual"),
    ("per", "year", "~annual"),
])
def test_a_two_word_phrase_reads_as_its_class(first, second, key):
    assert _PHRASES.get((fold_word(norm_word(first)), fold_word(norm_word(second)))) == key


def test_a_phrase_needs_both_its_words():
    assert ("push", "ahead") not in _PHRASES and ("not", "close") not in _PHRASES
    assert _stem("open") == "~start"  # alone, "open" is still an opening


# pad sentences: word rarity of a story, not of two lonely sentences
_PAD_A = ("The county library service opened two new reading rooms last spring.\n"
          "Bus routes to the coast will change from next month.\n")
_PAD_B = ("The council's budget for road repairs was agreed in March.\n"
          "A new footbridge over the Leddon opened to walkers in May.\n")


def test_not_open_is_closed():
    a = _PAD_A + "Almost half of the schools in the Orrin district were closed on Monday because of flooding."
    b = _PAD_B + "Around 50% of schools in the Orrin district did not open on Monday because of flooding."
    assert _paraphrase_between(story_of(a, b), "Almost half", "Around 50%")


def test_not_open_is_not_stayed_open():
    a = _PAD_A + "Around 50% of schools in the Orrin district did not open on Monday because of flooding."
    b = _PAD_B + "All of the secondary schools in the Orrin district stayed open on Monday despite the flooding."
    assert not _paraphrase_between(story_of(a, b), "Around 50%", "All of the secondary")


def test_a_postponed_meeting_is_a_meeting_pushed_back():
    a = _PAD_A + "Talks between the bus drivers' union and Coastlink, scheduled for Thursday, were postponed."
    b = _PAD_B + "A meeting between Coastlink and the drivers' union planned for Thursday has been pushed back."
    assert _paraphrase_between(story_of(a, b), "Talks between", "A meeting between")


def test_a_postponed_meeting_is_not_a_held_one():
    a = _PAD_A + "Talks between the bus drivers' union and Coastlink, scheduled for Thursday, were postponed."
    b = _PAD_B + "A meeting between Coastlink and the drivers' union was held on Thursday as planned."
    assert not _paraphrase_between(story_of(a, b), "Talks between", "A meeting between")


# ---------------------------------------------------------------- figures


@pytest.mark.parametrize("text, figure", [
    ("forty per cent of voters", "40%"),
    ("forty percent of voters", "40%"),
    ("Sixty-five per cent of voters", "65%"),
    ("two hundred troops", "200"),
    ("One hundred troops", "100"),
    ("a dozen flights", "12"),
    ("two dozen flights", "24"),
    ("a million visitors", "1000000"),
    ("half a million visitors", "500000"),
    ("1.2 million visitors", "1200000"),
    ("in three decades", "30"),
    ("a decade ago", "10"),
])
def test_a_figure_written_in_words_meets_its_digits(text, figure):
    assert figure in _figures(text)


def test_words_that_are_no_figure_stay_words():
    assert _figures("hundreds of people")[:1] == ["hundreds"]
    assert _figures("dozens of flights")[:1] == ["dozens"]
    assert _figures("one of the dozen largest ports")[:4] == ["one", "of", "the", "dozen"]
    assert _figures("forty of them")[:2] == ["40", "of"]  # a count, no share
    assert _figures("for decades")[:2] == ["for", "decades"]  # no figure before it
    assert _figures("the wettest in two decades")[3:] == ["20", "years"]  # ten years a decade


def test_a_share_in_words_meets_its_digits_in_a_paraphrase():
    a = _PAD_A + "Forty per cent of the Tarran valley's farms lost their crops to the hailstorm, the growers' union said."
    b = _PAD_B + "The hailstorm destroyed crops on 40% of farms in the Tarran valley, according to growers."
    assert _paraphrase_between(story_of(a, b), "Forty per cent", "The hailstorm destroyed")
    c = _PAD_B + "The hailstorm destroyed crops on 14% of farms in the Tarran valley, according to growers."
    assert not _paraphrase_between(story_of(a, c), "Forty per cent", "The hailstorm destroyed")


def test_halved_is_fallen_by_half():
    a = _PAD_A + "Passenger numbers on the Leddon ferry have halved since 2018, the operator said."
    b = _PAD_B + "Passenger numbers on the Leddon ferry have fallen by half since 2018, according to the operator."
    assert _paraphrase_between(story_of(a, b), "Passenger numbers", "Passenger numbers")
    c = _PAD_B + "Passenger numbers on the Leddon ferry have fallen by a third since 2018, according to the operator."
    assert not _paraphrase_between(story_of(a, c), "Passenger numbers", "Passenger numbers")


def test_a_sum_a_year_is_a_sum_annually():
    a = _PAD_A + "The merger of the two fire brigades will save £12 million a year, the county said."
    b = _PAD_B + "Joining the brigades is expected to save £12m annually."
    assert _paraphrase_between(story_of(a, b), "The merger", "Joining the brigades")

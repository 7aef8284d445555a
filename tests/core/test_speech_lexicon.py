"""The speech lexicon: verb forms, demonyms, one list used everywhere."""

from __future__ import annotations

from tui.core import aligned
from tui.core.lexicon import speech as lex
from tui.core.speech import words


def test_forms_inflect_regular_and_irregular_verbs():
    assert lex.forms("say") == {"say", "says", "said", "saying"}
    assert {"contends", "contended", "contending"} <= lex.forms("contend")
    assert {"concedes", "conceded", "conceding"} <= lex.forms("concede")
    assert {"denies", "denied", "denying"} <= lex.forms("deny")
    assert {"admits", "admitted", "admitting"} <= lex.forms("admit")
    assert {"wrote", "written", "writes"} <= lex.forms("write")
    assert {"tweeted", "tweets"} <= lex.forms("tweet")


def test_every_reporting_verb_is_known_in_every_form_to_every_user():
    for base in ("contend", "concede", "assert", "insist", "note", "conclude", "tweet", "write"):
        for form in lex.forms(base):
            assert form in lex.REPORTING_FORMS
            assert form in aligned.REPORTING_VERBS  # the aligners read the same lexicon
    assert words.CLAUSE_VERBS <= lex.REPORTING_FORMS


def test_demonyms_name_their_country_and_never_a_neighbour():
    assert lex.nation_of("Iranian") == lex.nation_of("Iran") != lex.nation_of("Iraq") == lex.nation_of("Iraqi")
    assert lex.nation_of("French") == lex.nation_of("France") == lex.nation_of("french")
    assert lex.nation_of("Dutch") == lex.nation_of("Netherlands")
    assert lex.nation_of("Britons") == lex.nation_of("UK") == lex.nation_of("British")
    assert lex.nation_of("Austrian") != lex.nation_of("Australian")
    assert lex.nation_of("Niger") != lex.nation_of("Nigeria")
    assert lex.nation_of("Keane") is None
    assert len({v for v in lex.NATIONS.values()}) >= 190

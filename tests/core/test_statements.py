"""Statements: direct, partial and indirect speech; attribution; groups."""

from __future__ import annotations


from conftest import source_id
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.loading import RawSource
from tui.core.speech.quotes import find_quotes
from tui.core.story import analyze_speech as analyze_statements
from tui.core.story import prepare_sources


def analyse(*texts: str):
    raws = [RawSource(chr(ord("a") + i), f"<{i}>", t, {}) for i, t in enumerate(texts)]
    sources = prepare_sources(raws)
    actors, statements, fidelity = analyze_statements(sources)
    return sources, actors, statements, fidelity


def text_of(sources_or_story, s) -> str:
    srcs = sources_or_story.sources if hasattr(sources_or_story, "sources") else sources_or_story
    src = next(x for x in srcs if x.id == s.source)
    return src.text[s.start:s.end]


def name_of(actors, actor_id):
    return next((a.name for a in actors if a.id == actor_id), None)


def find(story, prefix: str, needle: str):
    sid = source_id(story, prefix)
    hits = [s for s in story.statements if s.source == sid and needle in text_of(story, s)]
    assert hits, (prefix, needle)
    return hits[0]


def actor_of(story, name: str) -> str:
    return next(a.id for a in story.actors if name in (a.name, *a.aliases))


# --------------------------------------------------------------------------
# The real articles


def test_statements_in_order_with_ids(story):
    order = {s.id: i for i, s in enumerate(story.sources)}
    keys = [(order[s.source], s.start) for s in story.statements]
    assert keys == sorted(keys)
    assert [s.id for s in story.statements] == [f"s{i}" for i in range(1, len(story.statements) + 1)]
    assert len(story.statements) >= 80


def test_rubio_optimistic_quote_grouped_and_compared(story):
    a = find(story, "000", "very optimistic that we")
    b = find(story, "001", "very optimistic that we")
    rubio = actor_of(story, "Rubio")
    assert a.actor == b.actor == rubio
    assert a.group is not None and a.group == b.group
    fid = next(f for f in story.fidelity if f.group == a.group)
    pair = {(c.a, c.b) for c in fid.comparisons}
    assert (a.id, b.id) in pair
    assert all(c.status == "identical" for c in fid.comparisons)


def test_peskov_reported_speech_without_quotes(story):
    s = find(story, "001", "Moscow has not yet received any information")
    assert s.kind == "indirect"
    assert s.actor == actor_of(story, "Peskov")
    assert "“" not in text_of(story, s) and "told journalists" in s.cue


def test_peskov_paraphrase_in_003_joins_the_001_group(story):
    """Reworded, not quoted: the group comes from the passage engine's paraphrase link."""
    a = find(story, "001", "Moscow has not yet received any information")
    b = find(story, "003", "Moscow is closely following the news")
    assert a.actor == b.actor == actor_of(story, "Peskov")
    assert a.group is not None and a.group == b.group


def test_americas_top_diplomat_is_rubio(story):
    s = find(story, "001", "any final agreement would have to be agreed")
    assert s.kind == "indirect" and s.actor == actor_of(story, "Rubio")


def test_spokesperson_added_is_the_prime_ministers_office(story):
    s = find(story, "001", "Of course, there are some outstanding issues")
    assert s.kind == "direct" and "spokesperson added" in s.cue
    actor = next(a for a in story.actors if a.id == s.actor)
    assert actor.type == "organisation"
    assert any("Prime Minister" in n for n in (actor.name, *actor.aliases))


def test_pronoun_speakers_resolved(story):
    assert find(story, "000", "Putin wants legal recognition").actor == actor_of(story, "Zelensky")
    assert find(story, "000", "A united and coordinated EU").actor == actor_of(story, "Costa")
    assert find(story, "001", "It was clear from the outset").actor == actor_of(story, "Wadephul")
    assert find(story, "004", "Emotionally, people will never").actor == actor_of(story, "Zelenskyy")


def test_partial_quotes_and_their_speakers(story):
    s = find(story, "000", "critical moment")
    assert s.kind == "partial" and s.actor == actor_of(story, "Zelensky")
    assert text_of(story, s) == "critical moment"
    assert find(story, "004", "difficult, but business-like").actor == actor_of(story, "Medinskiy")
    assert find(story, "002", "major issues which remain").actor == actor_of(story, "Stubb")


def test_continued_quote_keeps_its_speaker(story):
    s = find(story, "001", "Any decision falling in the remit")
    assert s.actor == actor_of(story, "Stubb")
    s = find(story, "003", "I think the Ukrainian people will not agree")
    assert s.actor == actor_of(story, "Anzhelika Yurkevych")


def test_document_quotes_have_no_speaker(story):
    assert find(story, "001", "it is expected").actor is None
    assert find(story, "002", "highly productive").actor is None  # "described as": passive


def test_nothing_from_boilerplate(story):
    for s in story.statements:
        src = story.source(s.source)
        assert not src.is_boilerplate(s.start)
    assert not any("Stop shooting" in text_of(story, s) for s in story.statements)


def test_unquoted_reported_speech_found(story):
    needles = [
        ("000", "consensus is mandatory"), ("001", "he spoke with President Zelensky"),
        ("001", "more work is needed"), ("001", "the widely-leaked plan had been authored"),
        ("002", "Russian President Vladimir Putin’s primary goal"), ("003", "the negotiations are still ongoing"),
        ("003", "Moscow is closely following the news"), ("004", "another swap could be coming soon"),
    ]
    for prefix, needle in needles:
        assert find(story, prefix, needle).kind == "indirect", needle


def test_paraphrase_grouped_with_quote(story):
    q = find(story, "000", "Putin wants legal recognition")
    p = find(story, "002", "primary goal is to gain legal recognition")
    assert q.group is not None and q.group == p.group


# --------------------------------------------------------------------------
# Hand-made texts of another story

OTHER = (
    "BERLIN — Chancellor Maria Keller said on Tuesday that the coalition would survive the budget dispute.\n"
    '"We have done this before and we will do it again," Keller told reporters in Berlin. "Nobody should doubt it."\n'
    "Opposition leader Tomas Brandt disagreed. He argued that the government had lost its majority.\n"
    "\"The chancellor is living in a fantasy world,\" Brandt said. \"She told us 'the numbers are fine' last week.\n"
    '"They were not fine. They never were."\n'
    "Finance Minister Ingrid Olsen, a longtime Keller ally, warned the deficit could reach 4 percent.\n"
    'A banner at the rally read "Hands off our pensions".\n'
    "The ministry declined to comment.\n"
)


def test_other_story_statements():
    sources, actors, statements, _ = analyse(OTHER)
    got = [(s.kind, name_of(actors, s.actor), text_of(sources, s)) for s in statements]
    assert got == [
        ("indirect", "Maria Keller", "the coalition would survive the budget dispute"),
        ("direct", "Maria Keller", "We have done this before and we will do it again,"),
        ("direct", "Maria Keller", "Nobody should doubt it."),
        ("indirect", "Tomas Brandt", "the government had lost its majority"),
        ("direct", "Tomas Brandt", "The chancellor is living in a fantasy world,"),
        # a quotation over two paragraphs: one statement per paragraph, one speaker
        ("direct", "Tomas Brandt", "She told us 'the numbers are fine' last week."),
        ("direct", "Tomas Brandt", "They were not fine. They never were."),
        ("indirect", "Ingrid Olsen", "the deficit could reach 4 percent"),
        # the banner's slogan has no speaker and no reporting verb: quoted words, not a statement
    ]


def test_quote_before_verb_and_inverted_cue():
    sources, actors, statements, _ = analyse(
        "“The river will rise again tonight,” warned hydrologist Petra Lind, who has studied it for decades.\n"
        "Residents were told to leave, the city council announced.\n"
    )
    assert [(s.kind, name_of(actors, s.actor)) for s in statements] == [
        ("direct", "Petra Lind"), ("indirect", "city council")]


def test_scare_quotes_and_titles_are_not_statements():
    _, _, statements, _ = analyse(
        "The word “resilience” was painted on every wall of the old town.\n"
        "Her latest album, ‘Glass Harbour’, went straight to number one.\n"
    )
    assert statements == ()


def test_quote_with_no_speaker_is_kept_unattributed():
    sources, actors, statements, _ = analyse(
        "The hearing was adjourned at noon.\n“We will be back tomorrow, and we will win.”\n")
    (s,) = statements
    assert s.actor is None and text_of(sources, s).startswith("We will be back")


def test_quote_across_paragraphs_one_statement_per_paragraph_one_speaker():
    """News convention: each paragraph of a continued quotation reopens it and
    only the last closes it; every paragraph is a statement, and the cue in
    the last paragraph names the speaker of all of them."""
    text = ("Coach Rui Mendes spoke for an hour. “We trained hard all winter.\n"
            "“Nobody expected us to win the cup.\n"
            "“But we did,” he said.\n")
    sources, actors, statements, _ = analyse(text)
    assert [text_of(sources, s) for s in statements] == [
        "We trained hard all winter.", "Nobody expected us to win the cup.", "But we did,"]
    assert {name_of(actors, s.actor) for s in statements} == {"Rui Mendes"}


def test_quote_across_paragraphs_speaker_named_in_first():
    text = ("The mayor spoke after the vote.\n"
            "“This is a good day for the town,” said Mayor Ilse Brandvik.\n"
            "“We waited ten years for this bridge.\n"
            "“Now we build it.”\n"
            "Councillor Omar Sykes said the cost was too high.\n")
    sources, actors, statements, _ = analyse(text)
    got = [(name_of(actors, s.actor), text_of(sources, s)) for s in statements]
    assert got[:3] == [("Ilse Brandvik", "This is a good day for the town,"),
                       ("Ilse Brandvik", "We waited ten years for this bridge."),
                       ("Ilse Brandvik", "Now we build it.")]


def test_nested_quote_inside_quote():
    sources, actors, statements, _ = analyse(
        "“He looked at me and said ‘never again’, and I believed him,” Judge Amal Haddad told the court.\n")
    (s,) = statements
    assert "‘never again’" in text_of(sources, s)
    assert name_of(actors, s.actor) == "Amal Haddad"


def test_according_to_without_quotes():
    sources, actors, statements, _ = analyse(
        "According to the Finance Ministry, inflation fell to 2 percent in March.\n"
        "Exports rose sharply, according to Trade Commissioner Hugo Baptiste.\n")
    got = [(s.kind, name_of(actors, s.actor), text_of(sources, s)) for s in statements]
    assert got == [("indirect", "Finance Ministry", "inflation fell to 2 percent in March"),
                   ("indirect", "Hugo Baptiste", "Exports rose sharply")]


# --------------------------------------------------------------------------
# Bad input


def test_bad_input_does_not_crash_or_run_away():
    long_quote = " ".join(["word"] * 5000)
    cases = [
        "Mayor Jan Kowal said: “" + long_quote + ".”\nThe next paragraph is calm.\n",
        "Mayor Jan Kowal said: “this never closes.\nThe next paragraph is calm. “Yes,” he said.\n",
        "He said “one. “Two” and ”three“ \" four ' five ’ six ‘ seven\n",
        "nobody said that the plan was good. “it is fine,” he said. officials said it was over.\n",
        "ALERT: PRESIDENT JOHN SMITH SAID THE PLAN WAS DEAD. “WE WILL FIGHT,” SMITH TOLD REPORTERS.\n",
        "“", "”", "\"", "'", "said", "", "\n\n\n",
    ]
    for text in cases:
        if not text.strip():
            continue
        sources, actors, statements, _ = analyse(text)
        src = sources[0]
        for s in statements:
            assert 0 <= s.start < s.end <= len(src.text)
            para = next(p for p in src.paragraphs if p.start <= s.start < p.end)
            assert s.end <= para.end  # none of these quotes legitimately runs on
    sources, _, statements, _ = analyse(cases[1])
    unclosed = next(s for s in statements if text_of(sources, s).startswith("this never"))
    assert "next paragraph" not in text_of(sources, unclosed)


# --------------------------------------------------------------------------
# Any text

_alphabet = st.sampled_from(list("abcdefgh ABCDEFGH  .,:;!?\n\n“”‘’\"'—-") + ["said", "told", "he", "Mr.", "President ",
                                                                           " that ", "according to", "Sir "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_alphabet, max_size=300).map("".join), st.lists(_alphabet, max_size=120).map("".join))
def test_any_text_spans_stay_inside_their_source(a, b):
    if not a.strip() or not b.strip():
        return
    sources = prepare_sources([RawSource("a", "<a>", a, {}), RawSource("b", "<b>", b, {})])
    actors, statements, fidelity = analyze_statements(sources)
    by_id = {s.id: s for s in sources}
    ids = {x.id for x in actors}
    for s in statements:
        src = by_id[s.source]
        assert 0 <= s.start < s.end <= len(src.text)
        assert s.actor is None or s.actor in ids
        assert s.kind in ("direct", "partial", "indirect")
        touched = [k for k, p in enumerate(src.paragraphs) if p.start < s.end and s.start < p.end]
        assert touched
        assert touched == list(range(touched[0], touched[-1] + 1))  # one run of paragraphs
        assert not any(src.is_boilerplate(src.paragraphs[k].start) for k in touched)
        # crossing into a paragraph is allowed only where that paragraph
        # opens with a quotation mark (a quote running on), or where the one
        # before stops mid-sentence (a stray line break inside a quotation)
        for k in touched[1:]:
            p, before = src.paragraphs[k], src.paragraphs[k - 1]
            assert (src.text[p.start] in "“\"„«‘`'"
                    or src.text[before.start:before.end].rstrip()[-1:] not in ".!?…:"), (src.text, s)
        if s.speaker_span is not None:
            sp = s.speaker_span
            assert sp.source == s.source and 0 <= sp.start < sp.end <= len(src.text)
            assert sp.end <= s.start or s.end <= sp.start  # the speaker is named outside what they said
    paras = [(p.start, p.end) for p in sources[0].paragraphs]
    for q in find_quotes(sources[0].text, paras):
        assert q.open < q.start <= q.end <= q.close


def test_more_reporting_constructions():
    sources, actors, statements, _ = analyse(
        "Interior Minister Paula Reyes visited the flooded town on Monday.\n"
        "“We are ready,” the minister said, “and we will act.”\n"
        "‘We will not back down,’ said the union’s general secretary, Mick Lynch.\n"
        "The company, which employs 500 people, said in a statement it would appeal.\n"
        "Police said a man, 34, had been arrested.\n"
        "Critics argue the money will not arrive in time.\n"
        "The mayor's office did not respond to a request for comment.\n"
    )
    got = [(s.kind, name_of(actors, s.actor), text_of(sources, s)) for s in statements]
    assert got == [
        ("direct", "Paula Reyes", "We are ready,"),
        ("direct", "Paula Reyes", "and we will act."),
        ("direct", "Mick Lynch", "We will not back down,"),
        ("indirect", "company", "it would appeal"),
        ("indirect", "police", "a man, 34, had been arrested"),
        ("indirect", "Critics", "the money will not arrive in time"),  # a group named by a common noun
    ]
    lynch = next(a for a in actors if a.name == "Mick Lynch")
    assert "union’s general secretary" in lynch.roles


def test_speaker_span_marks_the_mention_of_who_speaks():
    text = ("“We will not support this bill,” Rep. Dan Whitlock said on Monday.\n"
            "Councillor Ruth Adeyemi met him later. “The reserves are low,” she told reporters.\n"
            "“Nobody knows,” read a sign at the gate.\n")
    sources, actors, statements, _ = analyse(text)
    spans = {text_of(sources, s): (text[s.speaker_span.start:s.speaker_span.end] if s.speaker_span else None)
             for s in statements}
    assert spans["We will not support this bill,"] == "Dan Whitlock"
    assert spans["The reserves are low,"] == "she"


def test_speaker_span_in_the_json():
    from conftest import story_of

    from tui.core.serialize import story_to_dict

    data = story_to_dict(story_of("“We are ready,” said Mayor Lena Ortiz.\n"))
    (st_,) = data["statements"]
    text = data["sources"][0]["text"]
    assert text[st_["speaker_span"]["start"]:st_["speaker_span"]["end"]] == "Lena Ortiz"

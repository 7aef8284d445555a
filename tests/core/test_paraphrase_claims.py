"""Heavy rewording of one claim (issue 8): a claim pinned down by its figures
and actor, small counts, clauses joined without a comma, and the traps each
rule must not spring. Every text here is written for these tests (other
subjects than the samples); each case has a twin that must stay unlinked."""

from __future__ import annotations

import pytest
from conftest import story_of
from test_passages import _paraphrase_between

# padding sentences on other claims, so that word rarity is that of a story
# and not of two lonely sentences
_PAD_A = ("The harbour board met on Monday to discuss the winter timetable.\n"
          "A new ticket office opened at the east quay last month.\n")
_PAD_B = ("Passenger numbers on the island routes have recovered since the spring.\n"
          "The board will publish its annual report in December.\n")


def test_two_shared_figures_pin_one_claim_in_other_words():
    # the words around the figures all differ; the two percentages do not
    a = _PAD_A + "Harbour dues for fishing boats were cut from 14% to 9% of the catch value by the board."
    b = _PAD_B + "Skippers will now hand over 9% of what they land instead of 14%, the board decided."
    assert _paraphrase_between(story_of(a, b), "Harbour dues", "Skippers will")


def test_two_shared_figures_of_another_claim_stay_apart():
    # the same two figures in opposite directions: a rise is not a cut
    a = _PAD_A + "Harbour dues for fishing boats were cut from 14% to 9% of the catch value by the board."
    b = _PAD_B + "Ferry fares rose from 9% to 14% above the national average, the board said."
    assert not _paraphrase_between(story_of(a, b), "Harbour dues", "Ferry fares")


def test_one_rare_figure_with_the_actor_and_its_predicate():
    # one count (rare in the story), the same named actor, a shared predicate
    a = ("Marrin Rail cancelled 1,240 trains in March because of staff shortages, the operator said.\n"
         "Its chief executive apologised to passengers.\n" + _PAD_A)
    b = ("Staff shortages forced the cancellation of 1,240 Marrin Rail services during March.\n"
         "The transport minister called the figure unacceptable.\n" + _PAD_B)
    assert _paraphrase_between(story_of(a, b), "Marrin Rail cancelled", "Staff shortages forced")


@pytest.mark.xfail(strict=True, reason="known weakness (before issue 8 too): the same count, place and counted "
                   "noun pass the claim test; leaving the counted noun out of the claim words lost 6 bench "
                   "paraphrases, so this trap is still linked")
def test_the_same_figure_with_a_name_but_another_claim_is_no_link():
    # the same count and the same place: stranded one day, counted over a summer
    a = _PAD_A + "Some 18,500 travellers were stranded at Kellby airport on Friday after a radar fault."
    b = _PAD_B + "Kellby airport handled a record 18,500 passengers on its busiest day last summer."
    assert not _paraphrase_between(story_of(a, b), "Some 18,500", "Kellby airport handled")


def test_a_small_count_tells_one_fact_from_another():
    # "two" and "six" are the claim here: dead is not rescued
    a = _PAD_A + "Two fishermen from the trawler Morwen died in the storm off Keel Point."
    b = _PAD_B + "Six fishermen from the trawler Morwen were saved in the storm off Keel Point."
    assert not _paraphrase_between(story_of(a, b), "Two fishermen", "Six fishermen")
    c = _PAD_B + "Two crew members of the trawler Morwen lost their lives in the storm off Keel Point."
    assert _paraphrase_between(story_of(a, c), "Two fishermen", "Two crew")


def test_a_small_count_is_not_a_time_or_a_clock():
    from tui.core.aligned import prepare_docs
    from tui.core.paraphrase import _sentence_features
    story = story_of("The pier reopened two days after the storm at 4pm, and three divers checked the hull.")
    feats, _h, _c = _sentence_features(prepare_docs(story.sources))
    assert feats[0][6] == {"3"}  # "three divers" counts; "two days", "4pm" do not


def test_a_clause_after_the_subject_and_its_verb_meets_its_claim():
    # one outlet joins the share price and the news; the other tells the news alone
    a = _PAD_A + ("Shares in Tarrow Motors fell sharply on Tuesday after the carmaker said its electric van "
                  "would reach dealers a full year late.")
    b = _PAD_B + "Tarrow Motors told investors that its electric van will now reach dealers a year behind schedule."
    assert _paraphrase_between(story_of(a, b), "after the carmaker", "Tarrow Motors told")


def test_after_a_noun_phrase_is_no_clause():
    from tui.core.aligned import prepare_docs
    from tui.core.paraphrase import _clause_starts, _sentence_features
    story = story_of("Anna Brest won the seat by 41 votes after a full recount on Sunday, officials said.")
    docs = prepare_docs(story.sources)
    feats, _h, _c = _sentence_features(docs)
    assert _clause_starts(docs[0], feats[0][1], feats[0][2]) == []


def test_a_figure_before_according_to_leaves_according_out():
    from tui.core.aligned import prepare_docs
    from tui.core.paraphrase import _sentence_features
    story = story_of("The new jab protected nine in ten people over 65, according to early results from Dunmore.")
    feats, _h, _c = _sentence_features(prepare_docs(story.sources))
    assert not any(s.startswith("~agree") for s in feats[0][3])


def test_the_other_half_of_a_split_sentence_gives_no_new_figure():
    # a's fuel sentence is linked to b's; b's next sentence, on another duty
    # with a figure of its own, is not the rest of it
    a = ("Fuel duty will go up by 3 cents a litre from July, the finance ministry said.\n"
         "The ministry expects the measure to raise 800 million crowns a year.\n" + _PAD_A)
    b = ("Drivers will pay an extra 3 cents on every litre of fuel from July.\n"
         "Pensions go up by 5% in April, while tobacco duty rises by 10%.\n"
         "The extra duty should bring in 800 million crowns each year.\n" + _PAD_B)
    story = story_of(a, b)
    assert _paraphrase_between(story, "Fuel duty", "Drivers will")
    assert not _paraphrase_between(story, "Fuel duty", "Pensions go up")


def test_and_before_a_past_verb_splits_two_claims_with_figures_only():
    from tui.core.aligned import prepare_docs
    from tui.core.paraphrase import _clause_starts, _sentence_features
    story = story_of("The council raised the parking permit from 2,400 to 2,900 crowns and cut the bus fare "
                     "from 35 to 30 crowns.\n"
                     "The mayor visited the depot and praised the drivers for their work in the snow.")
    docs = prepare_docs(story.sources)
    feats, _h, _c = _sentence_features(docs)
    text = docs[0].source.text
    cuts = [_clause_starts(docs[0], f[1], f[2]) for f in feats[:2]]
    assert [text[docs[0].starts[i]:docs[0].ends[i]] for i in cuts[0]] == ["and"]
    assert cuts[1] == []  # no figure on either side: one claim, not cut
    a = _PAD_A + ("The council raised the parking permit from 2,400 to 2,900 crowns and cut the bus fare "
                  "from 35 to 30 crowns.")
    b = _PAD_B + "Drivers will pay 2,900 crowns a year for a permit to park, up from 2,400 crowns."
    assert _paraphrase_between(story_of(a, b), "The council raised", "Drivers will pay")


def test_a_claim_placed_in_another_time_on_one_side_is_another_occasion():
    # "in March" (one side only) and "two cars" (the other side only): two facts
    a = _PAD_A + "Police divers recovered two cars from the harbour basin overnight and were still searching for a van."
    b = _PAD_B + "Police divers were also called to the harbour basin in March to recover a stolen car."
    assert not _paraphrase_between(story_of(a, b), "Police divers recovered", "Police divers were")
    c = _PAD_B + "Two cars were pulled from the harbour basin by police divers during the night, and the search " \
        "for a van goes on."
    assert _paraphrase_between(story_of(a, c), "Police divers recovered", "Two cars were")
    # a wire dateline's date dates the copy, not the claim
    a = _PAD_A + "KEEL POINT, May 4 (Northwire) — Two fishermen from the trawler Morwen died in the storm off Keel Point."
    c = _PAD_B + "Two crew members of the trawler Morwen lost their lives in the storm off Keel Point."
    assert _paraphrase_between(story_of(a, c), "Two fishermen", "Two crew")


def test_a_shared_role_and_year_make_no_claim():
    a = _PAD_A + "Chief executive Marta Lindqvist said the company had tightened its safety rules in 2024."
    b = _PAD_B + "Marta Lindqvist became chief executive in 2024 after ten years at Kessel Marine."
    assert not _paraphrase_between(story_of(a, b), "Chief executive", "Marta Lindqvist became")


def test_ahead_and_behind_are_two_facts():
    a = _PAD_A + "Okoro crossed the line 48 seconds ahead of Belgian rower Claes, with Ibarra third."
    b = _PAD_B + "Okoro had finished 48 seconds behind Claes in the sprint on the canal."
    assert not _paraphrase_between(story_of(a, b), "Okoro crossed", "Okoro had")
    c = _PAD_B + "Okoro had finished 48 seconds ahead of Claes in the sprint on the canal."
    assert _paraphrase_between(story_of(a, c), "Okoro crossed", "Okoro had")


def test_a_time_on_both_sides_or_a_due_date_is_no_other_occasion():
    from collections import defaultdict
    from tui.core.paraphrase import _DUE, _WHEN, _same_claim
    df = defaultdict(lambda: 1)
    ca, cb = {"close", "quay", "ferry", "crane"}, {"quay", "ferry", "crane", "repai"}
    assert not _same_claim(ca | {_WHEN}, cb, set(), {"2"}, df, 3)  # a past time on one side, a count on the other
    assert _same_claim(ca | {_WHEN}, cb | {_DUE}, set(), set(), df, 3)  # "strike again in June" / "walkout in June"
    assert _same_claim(ca | {_DUE}, cb, set(), {"2"}, df, 3)  # "will close in July": when the fact is due


# in-article reference: "Its shares …", "The company said …", "He promised …"
# stand for the actor the article named, so that actor is shared with an
# outlet that names it
REF_A = ("The competition authority fined Merrow Foods €34m on Thursday for fixing the prices of flour with two rivals.\n"
         "Kessel Mills and Agrana, the other members of the cartel, were fined €12m and €9m.\n"
         "The authority said bakeries had paid up to 15% more for flour.\n"
         "Merrow said it would appeal against the decision, which it called unfounded.\n"
         "Merrow shares fell 4.2% in Frankfurt.")
REF_B = ("Regulators have ordered Merrow Foods to pay 34 million euros for taking part in a cartel that fixed flour "
         "prices.\n"
         "Bakeries were overcharged by up to 15%, the authority found.\n"
         "The company said it would challenge the ruling, calling it unfounded.\n"
         "Its shares dropped 4.2%.\n"
         "Retailers are now free to sue for damages in the civil courts.")


def test_its_and_the_company_stand_for_the_named_firm():
    assert _paraphrase_between(story_of(REF_A, REF_B), "Merrow shares", "Its shares")


def test_he_stands_for_the_person_named_first_just_before():
    a = ("A section of the Marten road bridge in Keldby collapsed on Wednesday, sending eleven vehicles into the water.\n"
         "An inspection in 2022 had found corrosion in its steel cables, but the city council put off repairs.\n"
         "Mayor Tomas Reiner said the council would publish all inspection reports on the bridge by Friday.")
    b = ("Part of the Marten bridge gave way on Wednesday evening, and eleven cars and lorries plunged into the river.\n"
         "Inspectors warned in 2022 that its steel cables were corroding, yet the council delayed the work.\n"
         "Tomas Reiner, the city's mayor, went to the riverbank late on Wednesday.\n"
         "He promised that all of the bridge's inspection reports would be made public by the end of the week.")
    assert _paraphrase_between(story_of(a, b), "Mayor Tomas Reiner", "He promised")
    # "he" is nobody the other side names when the sentence before names another person
    c = b.replace("Tomas Reiner, the city's mayor,", "Engineer Petra Lund")
    assert not _paraphrase_between(story_of(a, c), "Mayor Tomas Reiner", "He promised")


def test_a_firm_named_by_reference_does_not_pin_a_figure_of_another_claim():
    a = _PAD_A + "Hackers stole the personal details of 2.3 million customers from online retailer Pellcroft, " \
        "the company said on Thursday."
    b = _PAD_B + "Pellcroft sells garden furniture and tools.\nThe company has 2.3 million customers in Britain " \
        "and 800,000 abroad."
    assert not _paraphrase_between(story_of(a, b), "Hackers stole", "The company has")


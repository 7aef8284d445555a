"""Boilerplate detectors one by one (small texts of our own), the page rules
(interruptions, trailing blocks, kickers), ./sources, and properties."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import source_id
from tui.core import boilerplate as bp
from tui.core.boilerplate import DETECTORS, Page, detect_boilerplate, detector_of, page_lines


def reasons_of(text: str) -> dict[str, str]:
    return {text[b.start:b.end]: b.reason for b in detect_boilerplate(text)}


def one_line(text: str):
    return page_lines(text)[0]


LATIN = Page("LATIN")
BODY = [
    "The county council approved the budget on Tuesday after a long debate about road repairs.",
    "Opposition members said the plan would raise fees for families who rely on the bus service.",
    "The treasurer said the savings were needed because grants from the state had fallen sharply.",
    "A final vote on the fees is expected next month, when the council returns from its break.",
    "Residents will be able to comment on the plan at three public meetings in the spring.",
    "The mayor said she expected the council to approve the fees with only small changes.",
]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- detectors


def test_each_detector_has_reasons_and_detector_of_finds_them():
    for name, fn, reasons in DETECTORS:
        assert callable(fn) and reasons
        for r in reasons:
            assert detector_of(r) in {n for n, _f, rs in DETECTORS if r in rs}


def test_caption_detector():
    assert bp.caption(one_line("Firefighters work near the bridge in Eastvale on Sunday. (Photo: Lena Ortiz/AFP)"),
                      LATIN) == "photo caption"
    assert bp.caption(one_line("A crowd waits outside the court, Monday, May 5, 2025. (AP Photo/Kim Dale)"),
                      LATIN) == "photo caption"
    assert bp.caption(one_line("(John Doe/PA)"), LATIN) == "bracketed photo credit"
    assert bp.caption(one_line("JANE ROE (REUTERS)"), LATIN) == "bracketed photo credit"
    assert bp.caption(one_line("The vote passed by 12 to 3 (a two-thirds majority)."), LATIN) is None


def test_credit_detector():
    assert bp.credit(one_line("Photo: AFP"), LATIN) == "photo credit"
    assert bp.credit(one_line("(Reporting by Ann Berg in Oslo; Editing by Tim Cole)"), LATIN) == "wire credit"
    assert bp.credit(one_line("© 2025 Northwind Times"), LATIN) == "copyright line"
    assert bp.credit(one_line("By Jane Roe | Northwind Times"), LATIN) == "byline"
    assert bp.credit(one_line("By the end of the day, the river had risen by two metres."), LATIN) is None
    assert bp.credit(one_line("Visit northwind.gov.uk"), LATIN) == "site credit"
    assert bp.credit(one_line("Council data are published on data.europa.eu"), LATIN) == "site credit"


def test_navigation_detector():
    for line in ("Home | News | World | Europe", "NewsWorldEurope", "News › Local", "Latest News",
                 "Previous article", "Tags: storms, flooding", "* * *"):
        assert bp.navigation(one_line(line), LATIN), line
    assert bp.navigation(one_line("Storm damage mapped"), LATIN) is None
    assert bp.navigation(one_line("Next steps for the council"), LATIN) is None


def test_prompt_detector():
    for line in ("Sign up for our weekly newsletter", "✉️ Get our newsletter · Submit a letter",
                 "Share this article", "Follow us on Instagram", "12 comments"):
        assert bp.prompt(one_line(line), LATIN), line
    # the verbs in an article sentence are not a prompt
    assert bp.prompt(one_line("Leaders from both parties are expected to sign in the capital next week "
                              "after months of talks about the border and the trade rules."), LATIN) is None


def test_teaser_and_interruption_detectors():
    assert bp.teaser(one_line("READ MORE: Mayor opens new library"), LATIN)
    assert bp.teaser(one_line("[What to know about the new drone rules]"), LATIN)
    assert bp.teaser(one_line("Related stories"), LATIN)
    for line in ("Advertisement", "Article continues below", "Story continues below advertisement",
                 "SKIP ADVERTISEMENT"):
        assert bp.interruption(one_line(line), LATIN), line
    assert bp.interruption(one_line("Advertisement revenue fell by a third last year."), LATIN) is None


def test_date_line_detector():
    for line in ("24 May 2025", "Published: 4 March 2025, 09:12", "Updated 2 hours ago", "5 min read",
                 "Tue 1 Jul 2025 10.05 BST"):
        assert bp.date_line(one_line(line), LATIN), line
    assert bp.date_line(one_line("May was the wettest month"), LATIN) is None


# ---------------------------------------------------------------- page rules


def test_text_after_a_mid_article_interruption_is_article():
    text = page(BODY[0], BODY[1], "Advertisement", BODY[2], "Article continues below", BODY[3],
                "READ MORE: Bridge to reopen in May", BODY[4], BODY[5])
    marks = reasons_of(text)
    assert set(marks) == {"Advertisement", "Article continues below", "READ MORE: Bridge to reopen in May"}


def test_last_paragraph_is_never_junk_for_being_last_short_cut_off_or_tagged():
    for last in ("Buses will run as normal.",
                 "It was the first such vote since 1994. REUTERS",
                 "Officials said the plan has been sent back to three committees, whose members",
                 "Lorries will be diverted"):
        assert reasons_of(page(*BODY, last)) == {}, last


def test_trailing_teasers_need_a_teaser_shape_and_other_words():
    text = page(*BODY, "More stories", "Singer cancels winter tour after surgery | Music",
                "Ten gadgets for a faster kitchen | Shopping")
    assert set(reasons_of(text)) == {"More stories", "Singer cancels winter tour after surgery | Music",
                                     "Ten gadgets for a faster kitchen | Shopping"}


def test_short_and_question_headlines_under_a_link_heading_are_teasers():
    text = page(*BODY, "You may also like", "Why are pensions rising so slowly?", "Ferry fares to go up",
                "Five walks for a rainy weekend")
    assert set(reasons_of(text)) == {"You may also like", "Why are pensions rising so slowly?",
                                     "Ferry fares to go up", "Five walks for a rainy weekend"}
    # without a heading above them, the same lines end the article
    assert reasons_of(page(*BODY, "What happens to the depot now?", "Ferry fares to go up")) == {}


def test_two_account_links_are_navigation_but_two_headline_halves_are_not():
    assert reasons_of(page("Subscribe | Log in", *BODY)) == {"Subscribe | Log in": "navigation"}
    assert "Storm closes bridge | Traffic diverted" not in reasons_of(page("Storm closes bridge | Traffic diverted", *BODY))


def test_kicker_above_the_headline():
    text = page("World", "Floods close schools across the delta", *BODY)
    assert reasons_of(text) == {"World": "section label"}
    text = page("IN DEPTH", "Floods close schools across the delta", *BODY)
    assert reasons_of(text) == {"IN DEPTH": "kicker above the headline"}


def test_sources_keep_their_quality(story):
    """Every junk line of the samples marked, no body line marked (by line number)."""
    expected = {"000": {21}, "001": {37, 38}, "002": {3, 25, 27}, "003": {2, 4, 5, 18, 19, 20},
                "004": {7, 24, 26, 27, 29, 30, 32, 33}}
    for prefix, want in expected.items():
        src = story.source(source_id(story, prefix))
        starts = {b.start for b in src.boilerplate}
        got = set()
        offset = 0
        for n, line in enumerate(src.text.split("\n"), 1):
            stripped = offset + len(line) - len(line.lstrip())
            if stripped in starts:
                got.add(n)
            offset += len(line) + 1
        assert got == want, (prefix, got ^ want)


# ---------------------------------------------------------------- properties

SUBJECTS = "The council|The court|The company|Police|The coach|Forecasters|The minister|Residents".split("|")
VERBS = "said|expected|approved|rejected|warned|reported|announced|confirmed".split("|")
OBJECTS = ("the plan on Tuesday|a rise in prices|the new rules|that the road would reopen|"
           "more rain in the north|a loss for the year|the appeal|the final result").split("|")


@st.composite
def prose_line(draw) -> str:
    parts = [draw(st.sampled_from(SUBJECTS)), draw(st.sampled_from(VERBS)), draw(st.sampled_from(OBJECTS))]
    extra = draw(st.lists(st.sampled_from(OBJECTS), max_size=2))
    return " ".join(parts + [f"and {e}" for e in extra]) + draw(st.sampled_from([".", ".", "!", ".\u201d"]))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(prose_line(), min_size=6, max_size=20), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_plausible_prose_gets_no_trailing_mark(lines, sep):
    text = sep.join(lines)
    for b in detect_boilerplate(text):
        assert b.reason != "unrelated content after the article", text[b.start:b.end]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=0, max_size=60) | st.sampled_from(
    ["Advertisement", "Photo: AFP", "By Ann Lee", "24 May 2025", "Home | News", "#a #b"]), max_size=15),
    st.sampled_from(["\n", "\r\n"]))
def test_marking_never_alters_the_text(lines, sep):
    text = sep.join(lines)
    before = str(text)
    marks = detect_boilerplate(text)
    assert text == before
    last = -1
    for b in marks:
        assert 0 <= b.start < b.end <= len(text) and b.start >= last
        assert text[b.start:b.end].strip() == text[b.start:b.end]
        last = b.end


def _every_path_holds(items, triggers, prefix: str = "", substrings: bool = False) -> bool:
    """True when every way of matching this parsed regex passes through a
    literal word found in `triggers` (alternatives are expanded with what
    precedes and follows them, since the compiler factors common prefixes
    out: "signing up|subscribing" becomes "s" + "igning up|ubscribing").
    With `substrings`, `triggers` are strings one of which a literal run of
    the regex (in lower case) must contain."""
    def holds_word(text: str) -> bool:
        if substrings:
            return any(t in text.lower() for t in triggers)
        return any(w.lower() in triggers for w in re.findall(r"[A-Za-z]{2,}", text))

    buf = prefix
    items = list(items)
    for k, (op, av) in enumerate(items):
        name = op.name
        rest = items[k + 1:]
        if name == "LITERAL":
            buf += chr(av)
        elif name == "BRANCH":
            return all(_every_path_holds(list(b) + rest, triggers, buf, substrings) for b in av[1])
        elif name == "SUBPATTERN":
            return _every_path_holds(list(av[-1]) + rest, triggers, buf, substrings)
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            return _every_path_holds(list(av[2]) + rest, triggers, buf, substrings)
        else:  # a class, an anchor or an optional part: the word ends here
            if holds_word(buf):
                return True
            buf = " "
    return holds_word(buf)


def test_every_prompt_phrase_holds_a_trigger_word():
    """The prompt detector tries its long regexes only on lines holding a
    trigger word: every way the regexes can match must hold one."""
    try:
        from re import _parser as parser
    except ImportError:  # pragma: no cover
        import sre_parse as parser

    from tui.core.lexicon import pages

    for pattern in (pages.PROMPT, pages.PAGE_SPEAK):
        parsed = parser.parse(pattern.pattern, pattern.flags)
        top = [(op, av) for op, av in parsed]
        top += [(op2, av2) for op, av in parsed if op.name == "SUBPATTERN" for op2, av2 in av[-1]]
        branches = [b for op, av in top if op.name == "BRANCH" for b in av[1]]
        assert branches
        for branch in branches:
            if branch[0][1] == ord("{"):
                continue  # the template placeholder "{0}", checked by character
            assert _every_path_holds(branch, pages.PROMPT_TRIGGERS), branch


def test_every_hinted_credit_regex_match_holds_a_hint():
    """credit and prompt try some long unanchored regexes only on lines whose
    `loose_lower` holds one of their hint strings: every way each regex can
    match must pass through one (and lines that only fold to a hint under a
    case-insensitive regex, a dotless i or a long s, still reach it)."""
    try:
        from re import _parser as parser
    except ImportError:  # pragma: no cover
        import sre_parse as parser

    from tui.core.lexicon import pages

    for pattern, hints in ((pages.COPYRIGHT, bp._COPYRIGHT_HINTS), (pages.MACHINE_TEXT_NOTE, bp._MACHINE_TEXT_HINTS),
                           (pages.TRANSLATION_NOTE, ("translat",)), (pages.SUPPORT_PROMPT, bp._SUPPORT_HINTS),
                           (pages.CAPTION_TAIL_CREDIT, bp._TAIL_CREDIT_HINTS)):
        parsed = list(parser.parse(pattern.pattern, pattern.flags))
        assert _every_path_holds(parsed, hints, substrings=True), pattern.pattern[:60]
    # the hints themselves: a line with no hint is spared, one with a folded hint is not
    assert bp.credit(one_line("ALL RİGHTS RESERVED BY THE SCHOOL BOARD"), LATIN) == "copyright line"
    assert bp.credit(one_line("Transcrıpts are generated automatically"), LATIN) == "translation note"
    assert bp.credit(one_line("This story was machine-translated from Welsh"), LATIN) == "translation note"
    assert bp.credit(one_line("The ferry left the quay at noon"), LATIN) is None


def test_ends_like_prose_agrees_with_the_sentence_end_pattern():
    """`_ends_like_prose` tests the end of a line with string methods where
    `_SENTENCE_END` searched: on every short mix of stops, closers, white
    space (a no-break space too) and letters the two must agree."""
    from itertools import product

    for n in range(5):
        for chars in product("a.?…”’)\"» \u00a0\n", repeat=n):
            s = "".join(chars)
            want = bool(bp._SENTENCE_END.search(s) or bp._WIRE_TAG_END.search(s))
            assert bp._ends_like_prose(s) == want, repr(s)


# ---------------------------------------------------------------- the site's name, dated teasers, bare menus


def test_a_masthead_above_a_headline_is_the_sites_name():
    text = page("The Dunmore Herald — News for the lake country", "Council approves the new budget", *BODY)
    assert reasons_of(text)["The Dunmore Herald — News for the lake country"] == "the site's name"
    # alone at the top with no headline after it, a Title Case line is the headline
    text = page("Council Sells The Old Post", *BODY)
    assert "Council Sells The Old Post" not in reasons_of(text)


def test_teasers_that_carry_their_own_date_under_a_link_heading():
    text = page("Latest stories", "Bridge repairs to start in May - 2 March 2026",
                "New head for the county library - 1 March 2026", "Council approves the new budget", *BODY)
    got = reasons_of(text)
    assert got["Bridge repairs to start in May - 2 March 2026"] == "link to another story"
    assert got["New head for the county library - 1 March 2026"] == "link to another story"
    assert "Council approves the new budget" not in got
    # without the heading, a line ending in a date is left alone
    assert not reasons_of(page("Bridge repairs to start in May - 2 March 2026", *BODY))


def test_a_menu_whose_separators_were_dropped():
    assert bp.navigation(one_line("News Sport Events Jobs"), LATIN) == "navigation"
    assert bp.navigation(one_line("Sport Minister Resigns Over Funding Row"), LATIN) is None
    assert bp.navigation(one_line("Watch KTVN 4 Live"), LATIN) == "navigation"


# ---------------------------------------------------------------- menus joined by spaces, result bars, notes


def test_menu_items_joined_by_runs_of_spaces_are_navigation():
    assert bp.navigation(one_line("Home    Recipes    About me    Contact"), LATIN) == "navigation"
    assert bp.navigation(one_line("DAX 18,204.1 ▼0.3%    EUR/GBP 0.8512 ▲0.1%    Gold $2,310 ▲0.6%"), LATIN) \
        == "navigation"
    # prose with a double space after a full stop is a sentence, not a menu
    assert bp.navigation(one_line("The vote was close.  Turnout fell to 41 per cent.  Counting ended at dawn."),
                         LATIN) is None
    # two long phrases apart are no menu
    assert bp.navigation(one_line("Fire crews worked through the night  to save the old mill on Bridge Street"),
                         LATIN) is None


def test_a_result_bar_is_navigation_even_when_it_ends_like_a_sentence():
    text = page("Rugby | Football | Results", "FULL-TIME: Harbour Sharks 24-17 Inland Bulls (a.e.t.)",
                "Sharks hold on for first league title in a decade", *BODY)
    assert reasons_of(text)["FULL-TIME: Harbour Sharks 24-17 Inland Bulls (a.e.t.)"] == "navigation"
    assert "Sharks hold on for first league title in a decade" not in reasons_of(text)


def test_a_machine_translation_note_is_a_credit_and_an_aged_link_a_teaser():
    assert bp.credit(one_line("This text was machine translated from Portuguese."), LATIN) == "translation note"
    assert bp.credit(one_line("The minister said the speech had been translated into six languages."),
                     LATIN) is None
    assert bp.teaser(one_line("2h ago  Evacuation order lifted for the lower town"), LATIN) == "link to another story"
    # an entry that is a full sentence is the live page's own text
    assert bp.teaser(one_line("2h ago the river peaked at 5.8 metres, the agency said."), LATIN) is None


def test_cookie_notices_comment_log_ins_and_counts_are_prompts():
    for line in ("Our site uses cookies to work. We would also like to set optional cookies to understand how you use it.",
                 "To comment, please log in or register.", "17 Likes ∙ 2 Restacks",
                 "Follow Straits Courier on Telegram for the latest fact checks.",
                 "Have a claim you want us to check? E-mail us at checks@example.org"):
        assert bp.prompt(one_line(line), LATIN) == "share, subscribe or sign-in prompt", line
    for line in ("The regulator said websites must ask before they set cookies on a visitor's phone.",
                 "More than two million people follow the minister on TikTok, where she posts daily."):
        assert bp.prompt(one_line(line), LATIN) is None, line


def test_a_trail_ending_in_the_headline_is_navigation():
    assert bp.navigation(one_line("Home > News > Courts > Court orders council to reopen closed library"), LATIN) \
        == "navigation"
    assert bp.navigation(one_line("Home Region Politics Economy Sport Culture E-Paper"), LATIN) == "navigation"


def test_contributor_lines_correction_notes_and_author_notes_are_credits():
    for line in ("AP writers Lena Morrow and Jake Tull contributed from Chicago.",
                 "Tom Reyes in Madrid contributed reporting.",
                 "Correction note: An earlier version of this story gave the wrong model year for the vans.",
                 "Nadia Osei is a Local Democracy Reporter covering the Wyre valley for the Valley Voice.",
                 "Image source, Halvard Motors"):
        assert bp.credit(one_line(line), LATIN), line
    for line in ("Dr Ames, who contributed to the report, said the findings were clear and the risk was low.",
                 "Three councils contributed to the fund, which will pay for new flood barriers on the river."):
        assert bp.credit(one_line(line), LATIN) is None, line


def test_menu_rows_and_section_labels_above_the_headline():
    text = page("Home Teams Tickets Shop Membership Stadium", "Report: Westgate Wolves 28-14 Ashby Harriers", *BODY)
    got = reasons_of(text)
    assert got["Home Teams Tickets Shop Membership Stadium"] == "navigation"
    assert "Report: Westgate Wolves 28-14 Ashby Harriers" not in got  # "Report:" is no result-bar label
    text = page("Community Life", "Harbour pool to reopen after two-year refurbishment", *BODY)
    assert reasons_of(text)["Community Life"] == "kicker above the headline"
    # a short headline over a standfirst that ends like a sentence stays the headline
    text = page("Storm Hits Coast", "Thousands of homes lost power as winds reached 90mph overnight.", *BODY)
    assert "Storm Hits Coast" not in reasons_of(text)
    # a Title Case headline of five words with no joining word, alone at the top, stays too
    text = page("Apple Unveils Cheaper Folding Phones", *BODY)
    assert "Apple Unveils Cheaper Folding Phones" not in reasons_of(text)


def test_open_in_app_is_a_prompt():
    assert bp.prompt(one_line("Open in app"), LATIN) == "share, subscribe or sign-in prompt"


def test_paywall_counts_donations_charity_numbers_and_first_published_notes():
    for line in ("You have read 3 of your 5 free articles this month.",
                 "Donate today: £15 pays for a child's first check-up.",
                 "Watch the full interview with our volunteers on SmileTV"):
        assert bp.prompt(one_line(line), LATIN) == "share, subscribe or sign-in prompt", line
    for line in ("This report by Regional Press Service was first published Feb. 3, 2026.",
                 "Registered charity number 1187654", "Copyright Smile Forward Ltd 2026"):
        assert bp.credit(one_line(line), LATIN), line
    assert bp.credit(one_line("Copyright infringement cases rose sharply in 2026"), LATIN) is None
    assert bp.date_line(one_line("From the February 3, 2026 issue"), LATIN) == "date line"
    assert bp.navigation(one_line("You are here: Home > News > Press releases"), LATIN) == "navigation"


def test_aggregator_cards_platform_credits_and_lone_page_actions():
    assert bp.teaser(one_line("The Island Times · 1d"), LATIN) == "link to another story"
    assert bp.teaser(one_line("Coast Radio · 3h"), LATIN) == "link to another story"
    assert bp.teaser(one_line("Rescuers saved 3 · more to come"), LATIN) is None
    assert bp.credit(one_line("Published on Substack"), LATIN) == "site credit"
    for line in ("Share", "Save", "E-mail", "Comments on this post"):
        assert bp.prompt(one_line(line), LATIN) == "share, subscribe or sign-in prompt", line
    assert bp.navigation(one_line("Privacy ∙ Terms ∙ Feedback"), LATIN) == "navigation"
    assert bp.teaser(one_line("MOST READ IN NEWS"), LATIN) == "link to another story"


def test_wire_credit_halves_match_like_the_whole():
    """boilerplate tries WIRE_CREDIT's wordy half only when a hint word is in
    the line: on credit lines and ordinary ones (in capitals, or with a
    dotless i that a case-insensitive regex reads as i) it must agree with
    the whole pattern."""
    from tui.core.boilerplate import _wire_credit
    from tui.core.lexicon import pages

    lines = [
        "Harbour desk reporters Ona Belt and Piet Marr contributed from Rotterdam.",
        "MARA QUILL CONTRIBUTED REPORTING TO THIS STORY.",
        "Tomas Ferro contrıbuted reportıng.",
        "The museum receives financial support from the Lindqvist Trust.",
        "The foundation IS SOLELY RESPONSIBLE FOR ALL CONTENT.",
        "Editing by Halden Oru",
        "— Reuters",
        "The striker contributed two goals in the second half.",
        "Floodwater reached the ground floor of the library on Tuesday.",
        "The council receives its budget in March, officials said.",
    ]
    for line in lines:
        assert _wire_credit(line) == bool(pages.WIRE_CREDIT.match(line)), line
    assert [_wire_credit(x) for x in lines[:7]] == [True] * 7


# --- menu runs, captions without credit, pull quotes, teaser runs, biographies, footers ---------

GALE = [
    "Gales brought down trees across the county on Sunday night and closed two main roads until the afternoon.",
    "About 3,000 homes were without power for several hours, the electricity network said.",
    "Council crews worked through the morning to clear branches from the coast road near the harbour.",
    "The weather service said the wind would ease on Monday but warned of more rain later in the week.",
]


def test_a_run_of_short_menu_items_with_lowercase_words_is_navigation():
    got = reasons_of(page("Bins and recycling", "Council tax", "Jobs and careers", "Things to do",
                          "Gales bring down trees and close the coast road", *GALE))
    for item in ("Bins and recycling", "Council tax", "Jobs and careers", "Things to do"):
        assert got.get(item) == "navigation", item
    assert "Gales bring down trees and close the coast road" not in got
    # negative: a short headline followed by the article is no menu (two short lines are no run)
    got = reasons_of(page("Council tax", "Gales close coast road", *GALE))
    assert "Gales close coast road" not in got


def test_a_sentence_case_label_above_the_headline_is_a_kicker():
    got = reasons_of(page("Customs and trade", "Port operators warn of long queues as new customs system starts",
                          *GALE))
    assert got.get("Customs and trade") == "kicker above the headline"


def test_a_name_above_the_menu_and_an_organisation_name_are_the_sites_name():
    got = reasons_of(page("Stackwise", "Software    Security    Cloud    Hardware",
                          "Gales bring down trees and close the coast road", *GALE))
    assert got.get("Stackwise") == "the site's name"
    got = reasons_of(page("Westmarch Police", "Gales bring down trees and close the coast road", *GALE))
    assert got.get("Westmarch Police") == "the site's name"
    # negative: a desk name above a menu is a section label, and a headline is no organisation
    got = reasons_of(page("Politics", "Home | World | Sport", "Gales bring down trees and close the coast road", *GALE))
    assert got.get("Politics") != "the site's name"
    assert bp.organisation_name("Harbour trust") is None
    assert bp.organisation_name("Gales close the coast road") is None
    assert bp.organisation_name("Ministry of Transport") == "Ministry of Transport"


def test_captions_without_a_credit():
    for cap in ("Residents clearing debris on Tuesday",
                "A swarm settling on a hawthorn branch in late May",
                "Josh Amadi celebrating his winning goal in front of the away end",
                "Radiographer Kofi Mensah, left, and consultant Dr Ruth Ellison with the new scanner"):
        got = reasons_of(page("Gales bring down trees and close the coast road", GALE[0], cap, *GALE[1:]))
        assert got.get(cap) == "photo caption without a credit", cap
    # negatives: subheadings, sentences with a participle, and the same shape as the headline
    for body in ("Counting the cost", "Families facing an uncertain winter",
                 "Residents spent Tuesday clearing debris from the streets.",
                 "Crews were clearing the road near the harbour on Sunday."):
        got = reasons_of(page("Gales bring down trees and close the coast road", GALE[0], body, *GALE[1:]))
        assert body not in got, body
    got = reasons_of(page("Residents clearing debris on Tuesday", *GALE))
    assert "Residents clearing debris on Tuesday" not in got  # above the article: the headline


def test_a_pull_quote_repeating_the_article_is_marked_and_the_article_keeps_its_sentence():
    quote = '"We will not let the harbour wall fall into the sea"'
    said = '"We will not let the harbour wall fall into the sea," the harbour master said on Monday.'
    got = reasons_of(page("Gales bring down trees and close the coast road", GALE[0], quote, GALE[1], said, GALE[2]))
    assert got.get(quote) == "pull quote repeating the article"
    assert said not in got
    # negative: a quote said once is article
    got = reasons_of(page("Gales bring down trees and close the coast road", GALE[0], said, GALE[1]))
    assert said not in got


def test_a_run_of_teasers_inside_the_article_is_marked_but_not_subheadings():
    teasers = ["Mum's fury as neighbour builds garden wall across shared drive",
               "TV chef's secret heartbreak revealed in emotional interview"]
    got = reasons_of(page("Gales bring down trees and close the coast road", GALE[0], GALE[1], *teasers,
                          GALE[2], GALE[3]))
    for t in teasers:
        assert got.get(t) == "link to another story", t
    # negative: two subheadings on the article's own topic
    subs = ["Crews clear the coast road near the harbour", "Homes without power as the wind eases"]
    got = reasons_of(page("Gales bring down trees and close the coast road", GALE[0], GALE[1], *subs, GALE[2], GALE[3]))
    assert not set(subs) & set(got)


def test_an_author_biography_ends_the_page_but_a_career_sentence_of_the_article_stays():
    got = reasons_of(page("Gales bring down trees and close the coast road", "By Mara Delgado", *GALE,
                          "Mara Delgado is a reporter covering transport.",
                          "She previously worked as a shipping correspondent at a business daily.",
                          "She joined the paper in 2021."))
    assert got.get("She previously worked as a shipping correspondent at a business daily.") == "author's biography"
    assert got.get("She joined the paper in 2021.") == "author's biography"
    got = reasons_of(page("Gales bring down trees and close the coast road", "By Fiona Macrae", *GALE,
                          "Fiona Macrae is our chief reporter. She joined the Gazette in 2018 from a radio newsroom."))
    assert got.get("Fiona Macrae is our chief reporter. She joined the Gazette in 2018 from a radio newsroom.") \
        == "author's biography"
    # negatives: the article's last sentence about someone joining, with or without a byline
    last = "She joined the council in 2019 after running the village shop for twenty years."
    for top in ("By Fiona Macrae", "Gales bring down trees"):
        got = reasons_of(page("Gales bring down trees and close the coast road", top, *GALE, last))
        assert last not in got


def test_footer_links_an_organisations_address_and_about_the_company():
    got = reasons_of(page("Gales bring down trees and close the coast road", *GALE, "Contact us",
                          "Accessibility statement", "Privacy notice", "Cookies",
                          "Lowmoor Borough Council", "Town Hall, High Street, Lowmoor LM1 1AA",
                          "Telephone 01234 567890"))
    for line in ("Accessibility statement", "Privacy notice", "Cookies", "Lowmoor Borough Council",
                 "Town Hall, High Street, Lowmoor LM1 1AA", "Telephone 01234 567890"):
        assert line in got, line
    got = reasons_of(page("Gales bring down trees and close the coast road", *GALE, "About Orrin Biotech",
                          "Orrin Biotech is a company based in Cambridge that makes arthritis drugs."))
    assert got.get("About Orrin Biotech") == "about the organisation"
    assert "Orrin Biotech is a company based in Cambridge that makes arthritis drugs." not in got
    # negative: short lines ending an article that are not footer links (a list of the article)
    got = reasons_of(page("Gales bring down trees and close the coast road", *GALE, "Opening hours",
                          "Monday to Friday", "Saturday mornings"))
    assert not {"Opening hours", "Monday to Friday", "Saturday mornings"} & set(got)


def test_furniture_in_other_languages():
    got = reasons_of(page("Startseite Politik Wirtschaft Sport Kultur", "Deportes",
                          "Gales bring down trees and close the coast road", "Publié le 24 août 2026 à 10h15",
                          GALE[0], "Anzeige", *GALE[1:], "Mehr zum Thema", "Comparte esta noticia",
                          "Leggi anche: Caldo record, allerta in tre province"))
    assert got.get("Startseite Politik Wirtschaft Sport Kultur") in ("navigation", "section label")
    assert got.get("Deportes") in ("section label", "kicker above the headline")
    assert got.get("Publié le 24 août 2026 à 10h15") == "date line"
    assert got.get("Anzeige") == "advertisement or 'continues below' line"
    assert got.get("Mehr zum Thema") == "link to another story"
    assert got.get("Comparte esta noticia") == "share, subscribe or sign-in prompt"
    assert got.get("Leggi anche: Caldo record, allerta in tre province") == "link to another story"
    # negative: an English sentence that holds a foreign word is article
    line = "The word Anzeige means advertisement, the German teacher told the class on Monday."
    assert line not in reasons_of(page("Gales bring down trees and close the coast road", GALE[0], line, GALE[1]))


def test_one_label_repeated_under_each_live_entry_is_no_table_of_contents():
    got = reasons_of(page("Count live: results as votes are counted", "14:52", GALE[0], "Share", "14:31", GALE[1],
                          "Share", "13:58", GALE[2], "Share"))
    assert all(r != "table of contents" for r in got.values())


def test_review_and_sports_site_furniture():
    got = reasons_of(page("Football Transfers Live scores Fixtures Tables", "Transfer news",
                          "Gales bring down trees and close the coast road",
                          "We may earn a commission when you buy through links on our site.", *GALE,
                          "Check price at Retailer", "More on Eastport",
                          "The BBC is not responsible for the content of external sites.",
                          "Categorías: Noticias, Voluntariado"))
    assert got.get("Football Transfers Live scores Fixtures Tables") == "navigation"
    for line in ("We may earn a commission when you buy through links on our site.", "Check price at Retailer",
                 "More on Eastport", "The BBC is not responsible for the content of external sites.",
                 "Categorías: Noticias, Voluntariado"):
        assert line in got, line
    # negatives: a headline with a joining word, and a sentence about prices or commissions
    for body in ("Live scores and fixtures for the weekend", "Shoppers check prices at three supermarkets",
                 "The agent may earn a commission of five per cent on the sale, the court heard."):
        got = reasons_of(page("Gales bring down trees and close the coast road", GALE[0], body, *GALE[1:]))
        assert body not in got, body


def test_release_metadata_lines_hiring_prompts_reading_time_and_a_bio_after_name_and_role():
    got = reasons_of(page("Gales bring down trees and close the coast road", "Sana Iqbal, Staff Engineer",
                          "Lesezeit: 3 Min.", *GALE, "Journal: Biology of Insects", "DOI: 10.0000/bi.2026.0412",
                          "Funding: a national science foundation grant",
                          "Sana Iqbal is a staff engineer on the tools team. She joined the company in 2021.",
                          "We're hiring! See open roles"))
    for line in ("Lesezeit: 3 Min.", "Journal: Biology of Insects", "DOI: 10.0000/bi.2026.0412",
                 "Funding: a national science foundation grant", "We're hiring! See open roles",
                 "Sana Iqbal is a staff engineer on the tools team. She joined the company in 2021."):
        assert line in got, line
    # negative: the article naming a journal or funding in a sentence
    body = "The study, in the journal Biology of Insects, was paid for by a national science foundation."
    assert body not in reasons_of(page("Gales bring down trees and close the coast road", GALE[0], body, GALE[1]))


def test_sponsor_lines_and_author_photos():
    got = reasons_of(page("Sponsored by Northway Bank", "Photo of Jane Roe",
                          "Gales bring down trees and close the coast road", *GALE))
    assert "Sponsored by Northway Bank" in got and "Photo of Jane Roe" in got
    # negative: a sentence that says who sponsored something, and a photo named in prose
    for body in ("Sponsored by the council, the festival runs for three days in the harbour.",
                 "A photo of the mayor was hung in the town hall."):
        assert body not in reasons_of(page("Gales bring down trees and close the coast road", GALE[0], body, GALE[1]))


def test_recipe_prompts_funding_notes_and_reading_time_words():
    got = reasons_of(page("Gales bring down trees and close the coast road", "3 mins to read", *GALE,
                          "LDR is local body journalism co-funded by the public broadcaster and the news industry.",
                          "Pin this recipe", "Réagir à cet article",
                          "The Dispatch is a nonprofit newsroom. Republish this story for free under our licence."))
    for line in ("3 mins to read", "Pin this recipe", "Réagir à cet article",
                 "LDR is local body journalism co-funded by the public broadcaster and the news industry.",
                 "The Dispatch is a nonprofit newsroom. Republish this story for free under our licence."):
        assert line in got, line
    # negative: an article sentence about funding
    body = "The new bridge was co-funded by the regional government and a European fund."
    assert body not in reasons_of(page("Gales bring down trees and close the coast road", GALE[0], body, GALE[1]))


def test_statistics_release_lines_corporate_footers_machine_transcripts_and_joined_date_words():
    got = reasons_of(page("Gales bring down trees and close the coast road", "Release date: 18 November 2026",
                          "December 10, 20269:14 AM GMTUpdated 2 hours ago", *GALE, "Download this data",
                          "Contact: Housing statistics team", "Zurück zur Übersicht",
                          "Transcripts are generated automatically and may contain errors.",
                          "Bay FM is part of Coastal Sound Ltd",
                          "The academy is part of a trust, a charitable company limited by guarantee."))
    for line in ("Release date: 18 November 2026", "December 10, 20269:14 AM GMTUpdated 2 hours ago",
                 "Download this data", "Contact: Housing statistics team", "Zurück zur Übersicht",
                 "Transcripts are generated automatically and may contain errors.", "Bay FM is part of Coastal Sound Ltd",
                 "The academy is part of a trust, a charitable company limited by guarantee."):
        assert line in got, line
    # negatives: article sentences about ownership, transcripts and release dates
    for body in ("The hospital is part of the Fernhill trust, which runs three sites.",
                 "The court transcripts were produced by a typist who worked through the night.",
                 "The film's release date has been moved to 18 November 2026, the studio said."):
        assert body not in reasons_of(page("Gales bring down trees and close the coast road", GALE[0], body, GALE[1]))


def test_a_single_word_above_a_run_of_menu_items_is_an_item_not_the_sites_name():
    got = reasons_of(page("Profis", "Nachwuchs", "Tickets", "Fanshop", "Gales bring down trees and close the coast road",
                          *GALE))
    assert got.get("Profis") != "the site's name"
    got = reasons_of(page("The Parish Pump", "Episodes", "About the show", "Support us",
                          "Gales bring down trees and close the coast road", *GALE))
    assert got.get("The Parish Pump") == "the site's name"


# ------------------------------------------- pages f1_*/f2_*: obituaries, print, comments, minutes, clubs


def test_obituary_buttons_and_arrangements_but_not_obituary_prose():
    text = page("Tomas Rell", "Share a memory", "Send Flowers", "Light a Candle",
                "Tomas Rell, 91, of Pike Hollow, died at home on Monday after a short illness.",
                "He ran the hardware store on Elm Street for 40 years and coached the school's chess team.",
                "Arrangements entrusted to Brill Family Funeral Home.", "Sign the Guestbook")
    got = reasons_of(text)
    for junk in ("Share a memory", "Send Flowers", "Light a Candle", "Sign the Guestbook",
                 "Arrangements entrusted to Brill Family Funeral Home."):
        assert junk in got, junk
    assert "Tomas Rell" not in got  # the obituary's headline, not a menu item
    # prose that uses the same words stays article
    prose = page(*BODY[:2], "Mourners were invited to light a candle at the gates on Sunday evening.",
                 "Funeral arrangements were still being made on Friday, the family said.", *BODY[2:4])
    assert not reasons_of(prose)


def test_print_folio_and_jump_lines_but_not_a_sentence_about_a_page():
    text = page("B2 THE HARLAN STAR Friday, June 5, 2026", "Mill to close after 80 years",
                BODY[0], BODY[1], "Please see MILL, Page B6", "B6 THE HARLAN STAR Friday, June 5, 2026",
                "MILL", "Continued from Page B2", BODY[2], BODY[3],
                "Dora Quinn can be reached at 555-0190 or dquinn@harlanstar.com.")
    got = reasons_of(text)
    for junk in ("B2 THE HARLAN STAR Friday, June 5, 2026", "Please see MILL, Page B6", "MILL",
                 "Continued from Page B2", "Dora Quinn can be reached at 555-0190 or dquinn@harlanstar.com."):
        assert junk in got, junk
    prose = page(BODY[0], "The story was continued on page four of the council's own newsletter, she said.",
                 "Readers can see the full list of closures on page 6 of the report.", *BODY[1:4])
    assert not reasons_of(prose)


def test_a_comment_thread_after_the_article_but_not_a_quote_after_says():
    text = page("Why the bypass matters", *BODY[:4], "2 thoughts on “Why the bypass matters”",
                "Ravi K says:", "June 3, 2026 at 8:15 pm", "I drive this road every day and it is a nightmare.",
                "Reply", "Leave a Reply Cancel reply")
    got = reasons_of(text)
    for junk in ("2 thoughts on “Why the bypass matters”", "Ravi K says:",
                 "I drive this road every day and it is a nightmare.", "Leave a Reply Cancel reply"):
        assert junk in got, junk
    quote = page(*BODY[:2], "The council leader says:", "“We cannot keep patching the same road every winter.”",
                 *BODY[2:4])
    assert not reasons_of(quote)


def test_minutes_attendance_blanks_and_club_furniture_but_not_prose():
    text = page("Minutes of the meeting of Orme Parish Council held on Monday 2 March 2026",
                "Present: Cllr A. Fenn (Chair), Cllr T. Moyo", "Apologies: Cllr L. Grey",
                "1. Footpaths. The clerk reported that the stile at Long Meadow had been repaired.",
                "2. Budget. Members agreed a precept of £18,000 for the coming year.",
                "Signed .................. Chair")
    got = reasons_of(text)
    for junk in ("Present: Cllr A. Fenn (Chair), Cllr T. Moyo", "Apologies: Cllr L. Grey",
                 "Signed .................. Chair"):
        assert junk in got, junk
    club = page(*BODY[:3], "Match ball sponsored by Fenn Roofing", "Man of the match: Ade Lowe",
                "Next home game: Saturday v Dunham, kick-off 3pm.")
    assert len(reasons_of(club)) == 3
    prose = page(*BODY[:2], "The club's shirts have been sponsored by a local brewery since 1998, he said.",
                 "Those present at the meeting voted by 14 to 2 to accept the offer.", *BODY[2:4])
    assert not reasons_of(prose)


def test_syndication_notes_desk_initials_and_post_links():
    for junk in ("(Only the headline of this report may have been reworked by the Valley Mail staff; the rest "
                 "of the content is auto-generated from a syndicated feed.)", "ab/sk", "« Spring fair report",
                 "Older posts »", "African News Agency (ANA)", "Coastline Water | Press Release"):
        assert reasons_of(page(*BODY[:4], junk)).get(junk), junk
    # a French quotation in guillemets and a sentence about a feed stay article
    for prose in ("«Nous ne partirons pas», a-t-il déclaré devant la mairie.",
                  "The farm's cattle feed prices have risen by a third since the autumn, he said."):
        assert not reasons_of(page(*BODY[:2], prose, *BODY[2:4]))


def test_an_author_box_above_the_teasers():
    text = page("Why towns need later buses", "Mina Castell", *BODY[:4],
                "Mina Castell is a lecturer in transport planning.",
                "The views expressed in this article are the author's own.", "More from Mina Castell",
                "The case for a night bus")
    assert reasons_of(text).get("Mina Castell is a lecturer in transport planning.")
    # someone else's title in the last sentence stays article
    other = page("Why towns need later buses", "Mina Castell", *BODY[:4],
                 "Ivo Brandt is a lecturer in transport planning and backs the plan.",
                 "The views expressed in this article are the author's own.")
    assert "Ivo Brandt is a lecturer in transport planning and backs the plan." not in reasons_of(other)


def test_newsletter_statement_alert_and_scorecard_furniture_but_not_prose():
    junk = ["View in browser", "Forwarded this email? Subscribe here for more.", "In today's issue:",
            "You are receiving this email because you signed up for The Quay Letter.",
            "Unsubscribe | Update your preferences", "Invalid email",
            "Something went wrong, please try again later.", "— Nell", "Issued by: Directorate of Communications",
            "This interview has been edited for length and clarity.",
            "Published by The Orme Courier on Mar. 4, 2026.", "Ana Kele10:24, Mar 05 2026",
            "Thanks to our sponsors: Fenn Roofing and The Plough.", "Closings & Delays (14)",
            "Hartley 201 all out (45.3 overs) | Orme 202-6 (40.1 overs)", "Full scorecard"]
    for line in junk:
        assert reasons_of(page(*BODY[:4], line)).get(line), line
    assert reasons_of(page("SEVERE WEATHER ALERT: Flood warning until 8 PM", "River rises", *BODY[:4]))
    prose = ["Something went wrong with the pumps, the engineer said, and the basement flooded.",
             "The club said new members were welcome to join the search on Saturday.",
             "The agency issued a weather alert on Monday as the river rose.",
             "Survivors (three of them children) were taken to hospital.",
             "The interview was edited heavily before broadcast, the court heard.",
             "She published the findings in a journal on March 4, 2026, and they were widely read."]
    for line in prose:
        assert not reasons_of(page(*BODY[:2], line, *BODY[2:4])), line


def test_access_prompts_legal_notes_and_a_tagline_under_the_name_but_not_prose():
    for line in ("Premium content", "Comments: Our rules", "Font size: A A A", "Filed in: Property, Housing",
                 "Our journalists work hard to provide local news. This is how you can continue to access our content:",
                 "This article is for general information only and is not legal advice.",
                 "Orme & Tate Solicitors is authorised and regulated by the Solicitors Regulation Authority.",
                 "Editor's note: The writer is a member of the committee."):
        assert reasons_of(page(*BODY[:4], line)).get(line), line
    text = page("The Quad Observer", "The student newspaper of Orme College since 1961",
                "News | Opinion | Arts | Sports", "Library to stay open all night in May", *BODY[:4])
    assert reasons_of(text).get("The student newspaper of Orme College since 1961")
    for prose in ("The lawyer said the letter was not legal advice and should not be read as such.",
                  "The bank, which is regulated by the central bank, said it would appeal.",
                  "Premium bonds were the most popular savings product last year, the figures show."):
        assert not reasons_of(page(*BODY[:2], prose, *BODY[2:4])), prose
    # a standfirst under a headline is not a tagline
    story = page("Library to stay open all night in May", "Students asked for the change after long queues "
                 "for study rooms last spring", *BODY[:4])
    assert not reasons_of(story)


def test_theme_forum_network_and_archive_furniture_but_not_prose():
    for line in ("By admin", "Please enter your comment!", "You have entered an incorrect email address!",
                 "124 upvotes", "Sort by: Best", "+ Follow", "To view or add a comment, sign in",
                 "Clipped by volunteer_7 from The Orme Courier, Fri, Jun 14, 1968, Page 3",
                 "Archive clipping · Public domain", "March 4, 2026 – Halden Bay", "5 hr. ago"):
        assert reasons_of(page(*BODY[:4], line)).get(line), line
    text = page("What a four-day week taught us", "Mara Holm", "Chief Executive at Holm Print Ltd", *BODY[:4])
    assert reasons_of(text).get("Chief Executive at Holm Print Ltd")
    for prose in ("The photographs taken that day are now in the public domain, the museum said.",
                  "Please enter the building by the side door, the notice said.",
                  "She worked for ten years as an engineer at Holm Print Ltd before she retired.",
                  "The vote on March 4, 2026 – the first in a decade – was close."):
        assert not reasons_of(page(*BODY[:2], prose, *BODY[2:4])), prose


def test_a_shared_from_the_app_line_but_not_a_sentence_about_an_app():
    line = "Shared from the Orme Courier app. Download it for free."
    assert reasons_of(page(*BODY[:4], line)).get(line)
    prose = "Shared from the council's app, the map showed every closed road in the county."
    assert not reasons_of(page(*BODY[:2], prose, *BODY[2:4]))


def test_letters_paywalls_video_counts_and_agency_tags_but_not_prose():
    for line in ("GRAHAM LYNE, Ashby Road", "Mrs J. PATEL, Dunmore", "This post is for paid subscribers",
                 "Keep reading with a 7-day free trial", "Not a member yet? Join today from £2.50 a week.",
                 "Thank you for supporting local journalism", "Write to us at letters@ormecourier.co.uk.",
                 "Opening times: Tuesday to Sunday, 10am to 5pm.", "(NAN)", "12.4K subscribers",
                 "1,204 views  4 Mar 2026", "4 March 2026 | Brussels", "Page contents", "Support us"):
        assert reasons_of(page(*BODY[:4], line)).get(line), line
    for prose in ("Thank you for supporting us through a very hard winter, the head teacher told parents.",
                  "Write to us, the campaigners urged, and we will take your letters to the minister.",
                  "About 1,204 people viewed the plans at the library on 4 March 2026, the council said.",
                  "NASA, the space agency, said the launch had been delayed by a week."):
        assert not reasons_of(page(*BODY[:2], prose, *BODY[2:4])), prose


# ---------------------------------------------------------------- classes of furniture (batch k)


def _prompt_of(text: str) -> str | None:
    # index 1: the headline (index 0) is never read as a prompt
    return bp.prompt(page_lines("Headline\n" + text)[1], LATIN)


def test_the_page_speaking_to_its_reader_but_not_prose_that_addresses_someone():
    for line in ("Subscribe and save 30% – plus get a free wagon kit with your first issue!",
                 "Love the show? Leave us a rating and a review – it really helps new listeners find us.",
                 "Thinking of selling? Book a valuation with a local agent",
                 "Want to play? Find a club near you.",
                 "Every £5 helps us protect seals and seabirds. Give today.",
                 "Tip: set up a budget for your bills in the Insights tab.",
                 "We welcome your comments. Please keep them respectful and on topic.",
                 "Comments are moderated and may take a day to appear.",
                 "Premium members can download the full quota table as a spreadsheet.",
                 "Advertise your boat for sale — reach 20,000 skippers every week",
                 "Don't miss out – get the paper delivered to your door every Thursday.",
                 "Become a station member for ad-free episodes and bonus content."):
        assert _prompt_of(line) == "share, subscribe or sign-in prompt", line
    for line in ("Check your tyres and pack a blanket before you travel in the snow.",
                 "Residents were told to leave the app running so that the alerts would reach them.",
                 "\"Download the app and you will see the queue times,\" the manager said.",
                 "Members will vote on whether to accept the offer over the next three weeks.",
                 "Share offer",
                 "Join the search for the missing walker, police urged volunteers on Sunday.",
                 "If you have a smart meter, your supplier will send readings automatically.",
                 "Book festival returns with more authors than ever",
                 "Register offices will close early on Friday for staff training.",
                 "Comments on the plan can be sent to the council until 4 March, the notice said."):
        assert _prompt_of(line) is None, line


def test_credits_as_a_shape_but_not_headlines_or_sentences_about_research():
    for line in ("Theme music: \"Harbour Lights\" by The Quiet Oars",
                 "Additional reporting: Neil Baird",
                 "Data source: Keyline listings, September 2026",
                 "Journal reference: Marine Biology, DOI: 10.1000/mb.2026.0101",
                 "Blog post by Hannah Ives, Marine Officer",
                 "Words and pictures by Ann Lee",
                 "Printed and published by Skerry Press Ltd, Harbour Road, Port Skerry.",
                 "Kestrel Money does not give financial advice.",
                 "T&Cs apply. Odds correct at time of publishing.",
                 "Bulletin staff",
                 "14 May 2026 • By Priya Natarajan"):
        assert bp.credit(one_line(line), LATIN), line
    for line in ("Report: council to cut 200 jobs",
                 "Review: a tense thriller that loses its nerve",
                 "Research by the university found that prices rose by a fifth.",
                 "Study finds coffee drinkers sleep less",
                 "Music by local bands filled the square until midnight on Saturday.",
                 "HOST: How did it start?",
                 "Hospital staff",
                 "The adviser said the bank did not give financial advice to the couple."):
        assert bp.credit(one_line(line), LATIN) is None, line


def test_caption_and_interruption_shapes_but_not_prose():
    for line in ("Smoke rises from the depot on Mill Road on Tuesday. Dana Reimer/Valley Courier",
                 "Terraced houses in a commuter town. Stock image",
                 "The new champion (right) shaking hands with her opponent"):
        assert bp.caption(one_line(line), LATIN) == "photo caption", line
    assert bp.caption(one_line("File photo"), LATIN) == "bracketed photo credit"
    for line in ("Councillor Jane Roe (pictured) said the plan would be reviewed.",
                 "The price fell to 40p. Traders said it would recover.",
                 "Prices rose sharply in the spring, according to the survey."):
        assert bp.caption(one_line(line), LATIN) is None, line
    for line in ("— Advertisement feature —", "Continue reading after the ad", "ANNONSE", "Sponsored content from our partners"):
        assert bp.interruption(one_line(line), LATIN), line
    for line in ("Advertising revenue fell by a third last year.", "The ad was banned", "Ad campaign backfires"):
        assert bp.interruption(one_line(line), LATIN) is None, line
    assert bp.navigation(one_line("Cod £2.10/kg ▲  Hake £1.84/kg ▼  Plaice £2.40/kg ▲"), LATIN) == "navigation"
    assert bp.navigation(one_line("Shares ▲ 3% after the results."), LATIN) is None


def test_people_placed_in_a_picture_and_a_with_caption_but_not_subheadings():
    assert bp.bare_caption(one_line("Trust members outside the village hall after hearing the news"))
    assert bp.bare_caption(one_line("The junction station, with its signal box built from card"))
    for line in ("Residents in the dark over plans for the site",
                 "Volunteers at the heart of the village",
                 "Workers at the plant are angry about the closure"):
        assert not bp.bare_caption(one_line(line)), line


def test_a_link_heading_after_the_article_but_not_a_subheading_over_article_text():
    text = page(BODY[0], BODY[1], BODY[2], "Latest jobs", "Deckhand wanted for a 24-metre trawler, east coast",
                "Relief skipper needed for the winter season")
    marks = reasons_of(text)
    assert marks.get("Latest jobs") == "link to another story"
    assert marks.get("Relief skipper needed for the winter season") == "unrelated content after the article"
    text = page(BODY[0], BODY[1], "Latest figures", BODY[2], BODY[3])
    assert "Latest figures" not in reasons_of(text)


def test_k2_reader_address_shapes_but_not_prose():
    for line in ("Report a pothole using our online form or the council app.",
                 "Rate this article ★★★★★",
                 "Drop your thoughts in the comment section below 👇",
                 "This week's jackpot is €8,400. Play online at the link below.",
                 "Don't forget to like and share our page!",
                 "Plan your visit: free entry, open daily 10am–5pm.",
                 "Book your lift passes online and save up to 25%",
                 "Try Driftnote free for 14 days. No credit card required.",
                 "Purchase tickets for all home games at the box office or online.",
                 "Follow @ValleyHawks for live updates.",
                 "Questions about the weather? Ask our forecasters on social media using #AskTheMet"):
        assert _prompt_of(line) == "share, subscribe or sign-in prompt", line
    for line in ("Report finds online abuse of referees has doubled",
                 "Play resumed online after the servers were restored on Monday.",
                 "Check the forecast before you set off on the hill.",
                 "Questions about the budget remain unanswered after the meeting.",
                 "Plan your route: the council said the bridge would stay shut until May.",
                 "Purchase of the site was completed in 2019 for an undisclosed sum."):
        assert _prompt_of(line) is None, line


def test_a_label_over_a_whole_sentence_is_no_imperative():
    # a fact-check's or live page's label reads like a verb ("claim", "update",
    # "watch") but heads a sentence of the article
    for line in ("CLAIM: A video shared on social media shows the stadium roof in Ardmore falling during the storm.",
                 "UPDATE: A post shared thousands of times online says the ferry service will stop in June.",
                 "Watch: the moment the crane toppled, shared on social media"):
        expected = "share, subscribe or sign-in prompt" if line.startswith("Watch") else None
        assert _prompt_of(line) == expected, line


def test_k2_credits_captions_and_headings_but_not_prose():
    for line in ("Northvale Shire Council acknowledges the Traditional Custodians of the land on which we work.",
                 "Bench Notes is a trading name of Quillon Media Ltd.",
                 "The gallery is supported using public funding by the national arts council.",
                 "For high-resolution images, please contact the press office.",
                 "Ines Faro, Head of Infrastructure"):
        assert bp.credit(one_line(line), LATIN), line
    for line in ("The elders said the council had ignored the traditional owners of the land for decades.",
                 "The trading name of the firm was changed in 2021 after the merger."):
        assert bp.credit(one_line(line), LATIN) is None, line
    assert bp.caption(one_line("Satellite image from Sunday morning showing fog filling the valleys"), LATIN) == "photo caption"
    assert bp.caption(one_line("Images from the probe show ice near the crater's rim."), LATIN) is None
    text = page(BODY[0], BODY[1], BODY[2], "Web Stories", "Ten street foods to try in the old town",
                "Monsoon photos that show the lake at its fullest")
    assert reasons_of(text).get("Web Stories") == "link to another story"
    text = page(BODY[0], BODY[1], "Keep reading", BODY[2])
    assert "Keep reading" not in reasons_of(text)


def test_k3_shapes_but_not_prose():
    for line in ("Spotted something in your area? Let us know by emailing the newsroom.",
                 "🎧 Listen back to our interview with the union president on the player above",
                 "Discussion about this post",
                 "Mae'r erthygl hon ar gael yn Gymraeg hefyd | This article is also available in Welsh",
                 "Book airport parking in advance and save up to 60%"):
        assert _prompt_of(line) == "share, subscribe or sign-in prompt", line
    for line in ("Let us not forget the miners who built this town.",
                 "Why this story matters to the families who live near the river",
                 "Book sales rose by 60% in the year to March."):
        assert _prompt_of(line) is None, line
    for line in ("Thandeka Mokoena | Markets reporter", "Quay & Keel reporter",
                 "Media Relations, Coasts Agency, 555-0177",
                 "— Jo Grant is chief executive of a care charity",
                 "Next meeting: Tuesday 6 October, 7.30pm, church hall"):
        assert bp.credit(one_line(line), LATIN), line
    for line in ("QuickWire | Top | Local | Business | Sport", "Cardenshire Today — trusted local news since 1952",
                 "The meeting heard from 12 residents, 4 councillors and 2 officers.",
                 "The next meeting will be held in the church hall."):
        assert bp.credit(one_line(line), LATIN) is None, line
    assert bp.bare_caption(one_line("The seed library's card catalogue, made from an old index cabinet"))
    assert not bp.bare_caption(one_line("The bridge, built in 1890, will close for repairs"))
    assert not bp.bare_caption(one_line("The bridge, built in 1890 by the railway, closed for repairs"))
    assert not bp.bare_caption(one_line("The old mill, with its new roof, is open again"))


def test_k4_shapes_but_not_prose():
    for line in ("Kindly share this news with your friends and family.",
                 "Found this article useful? Gift it to a friend.",
                 "🎟️ Early bird tickets on sale now – grab yours before they're gone!",
                 "Update your contact details to keep receiving the magazine"):
        assert _prompt_of(line) == "share, subscribe or sign-in prompt", line
    for line in ("Tickets went on sale now that the council has approved the event.",
                 "Update on the bypass: work will resume in March.",
                 "Kindly neighbours cleared the snow from the path outside the school."):
        assert _prompt_of(line) is None, line
    for line in ("All suspects are presumed innocent until proven guilty in a court of law.",
                 "A charge is merely an accusation.",
                 "Club sponsors: Riverside Dental · Hall & Sons Builders",
                 "Riverbend Festival is run by Riverbend Arts CIC, a community interest company."):
        assert bp.credit(one_line(line), LATIN), line
    for line in ("The man is presumed innocent until the trial, his lawyer said.",
                 "The cafe is run by Hilltop Foods Ltd, which bought it in 2019.",
                 "The charges are serious, the judge said."):
        assert bp.credit(one_line(line), LATIN) is None, line
    header = page("Studio delays space game", "Sam Ortega · June 30, 2026", BODY[0], BODY[1])
    assert reasons_of(header).get("Sam Ortega · June 30, 2026") == "byline"
    assert bp.navigation(one_line("« Previous   Next »"), LATIN) == "navigation"
    assert bp.navigation(one_line("Tagged: Labour, Minimum Wage, Economy"), LATIN) == "navigation"
    text = page(BODY[0], BODY[1], BODY[2], "Jobs of the week", "Farm animal vet, 4-day week, rural practice",
                "Clinical director, small animal hospital")
    assert reasons_of(text).get("Jobs of the week") == "link to another story"
    assert bp.caption(one_line("The stage winner celebrates on the finishing straight © Race Photo / M. Lund"),
                      LATIN) == "photo caption"
    assert bp.caption(one_line("All content © Harbour Times"), LATIN) is None
    assert bp.credit(one_line("By Tan Wei Ling / Straits Business Review"), LATIN) == "byline"


def test_k5_shapes_but_not_prose():
    for line in ("Seen a swarm? Use our swarm map to find a collector near you.",
                 "Members' area (login required)",
                 "Trade crypto with zero fees on your first $1,000 – claim your bonus",
                 "Book your Easter tickets now – children travel free",
                 "Support independent news from the north – become a patron from 5 euros a month."):
        assert _prompt_of(line) == "share, subscribe or sign-in prompt", line
    for line in ("Use of force by officers rose last year, the report found.",
                 "Members voted to accept the offer on Tuesday.",
                 "Children travel free on the buses under the new scheme, which starts in May.",
                 "Login problems"):
        assert _prompt_of(line) is None, line
    for line in ("Volunteers from the brigade during a training exercise. (Supplied)",
                 "A farmer inspects his crop near the river. – File picture",
                 "Ground deformation measured by satellite over the past week (source: Met Office)"):
        assert bp.caption(one_line(line), LATIN), line
    assert bp.bare_caption(one_line("Volunteers sorting donations at our Westgate shop"))
    assert not bp.bare_caption(one_line("Volunteers sorting donations say the shop needs more space"))
    for line in ("Northlight Review ehf.", "Harbour Media AS",
                 "We acknowledge Aboriginal and Torres Strait Islander peoples as the Traditional Custodians of the lands where we work."):
        assert bp.credit(one_line(line), LATIN), line
    for line in ("Harbour Media AS bought the paper in 2019.", "The elders acknowledged the first peoples of the valley in a speech."):
        assert bp.credit(one_line(line), LATIN) is None, line
    assert bp.navigation(page_lines("Headline here\nPanthers 28, Eagles 0")[1], LATIN) == "navigation"
    assert bp.navigation(page_lines("Headline here\nThe Panthers won 28, the Eagles scored 0")[1], LATIN) is None


# ---------------------------------------------------------------- captions as placed noun phrases (batch m1)

_HARBOUR = [
    "Dredging of the silted harbour channel began on Monday and is expected to take six weeks, the port authority said.",
    "Fishing boats have had to wait for high tide to leave since the autumn storms moved sand into the entrance.",
    "The authority said the £1.4 million cost would be shared with the county council.",
    "Skippers said they had lost several days of fishing each month since October.",
]


def test_a_noun_phrase_placed_in_space_or_time_alone_on_its_line_is_a_caption():
    for cap in ("A dredger at the mouth of the harbour on Monday.",
                "The silted channel at Skelby Point last month.",
                "Skelby harbourmaster Ines Corr with a depth chart at the port office in Skelby.",
                "Lobster pots on the quay in Skelby, where the boats were stranded.",
                "Gulls over the breakwater at Skelby on Monday morning",
                "A trawler at Skelby quay beside the winding gear on Monday."):
        got = reasons_of(page("Harbour dredging starts after months of delay", _HARBOUR[0], cap, *_HARBOUR[1:]))
        assert got.get(cap) == "photo caption without a credit", cap


def test_sentences_subheadings_and_verbless_prose_are_not_noun_phrase_captions():
    for prose in ("Police arrested two men in Carrow Street on Tuesday.",
                  "Officers found a van in Leeds on Friday.",
                  "The council meets in Westby on Tuesday.",
                  "Tickets go on sale in Hexham in March.",
                  "A water main burst on Elm Street.",
                  "The road in Westby reopens on Monday.",
                  "The fair at Skelby park opens on Friday.",
                  "The meeting at Skelby hall lasted two hours on Monday.",
                  "A crane at Skelby quay collapsed in high winds.",
                  "Voters in the district go to the polls on Sunday.",
                  "River floods 40 homes at Carrow Mill.",
                  "Another day at the office for Skelby.",
                  "Back to work on Monday for the new harbourmaster.",
                  "Chaos at Skelby station",                      # a subheading: no full stop, no date
                  "Harbour Reopens After Storm In Skelby.",         # Title Case
                  "Reposing at her home on Thursday evening.",      # a notice opening with a participle
                  "Not a cheap job. The dredging will cost £1.4 million in Skelby."):  # verbless inside a paragraph
        got = reasons_of(page("Harbour dredging starts after months of delay", _HARBOUR[0], prose, *_HARBOUR[1:]))
        assert prose not in got, prose


def test_caption_labels_and_picture_notes():
    for cap in ("Pictured: the dredger Sandpiper leaving the port", "Above: a depth chart of the channel",
                "Left to right: Ines Corr, Tom Ashe and Ravi Mehta", "(Picture supplied)"):
        assert bp.caption(one_line(cap), LATIN) in ("photo caption", "bracketed photo credit"), cap
    for prose in ("Pictured in the paper for years, the quay is a landmark.", "Above all, the skippers want a date.",
                  "Top stories: dredging, fishing quotas and the ferry", "The picture supplied by the port was old."):
        assert bp.caption(one_line(prose), LATIN) is None, prose


def test_a_picture_named_with_a_full_stop_and_people_placed_at_a_moment():
    assert bp.caption(one_line("CCTV still of the two men."), LATIN) == "photo caption"
    assert bp.caption(one_line("Aerial view of the silted channel near Skelby."), LATIN) == "photo caption"
    for prose in ("Footage of the crash was shared widely.", "Satellite images show the sand bar off Skelby.",
                  "Picture of health: Skelby tops the league. It has not lost since May."):
        assert bp.caption(one_line(prose), LATIN) is None, prose
    cap = "Crews on the quay after the vote."
    got = reasons_of(page("Harbour dredging starts after months of delay", _HARBOUR[0], cap, *_HARBOUR[1:]))
    assert got.get(cap) == "photo caption without a credit"
    for prose in ("Life after the flood.", "Skippers on the quay after the vote"):  # not people; no full stop
        got = reasons_of(page("Harbour dredging starts after months of delay", _HARBOUR[0], prose, *_HARBOUR[1:]))
        assert prose not in got, prose


def test_the_site_pointing_its_reader_to_a_live_page_but_not_advice_in_the_story():
    assert _prompt_of("Check the live snow report before you travel.")
    assert _prompt_of("Check our live traffic map before you set off.")
    for advice in ("Check the forecast before you travel.",
                   "Check on elderly neighbours before you go out.",
                   "Drivers should check the live traffic map before they travel, the council said."):
        assert _prompt_of(advice) is None, advice


def test_appeals_in_the_site_voice_but_not_reported_appeals_or_safety_advice():
    for appeal in ("If you saw the collision or have dashcam footage, call the tip line on 555-0142.",
                   "Please call us on 0300 555 0123 to book a place.",
                   "Could you help? We always need drivers and helpers for our lunch club."):
        assert _prompt_of(appeal), appeal
    for prose in ("Anyone with information should call police on 101, quoting incident 212.",
                  "If you smell gas, call 0800 555 999.",
                  "Could you help? The lunch club needs drivers on Tuesdays.",
                  "Can you trust the polls? We asked three statisticians.",
                  '"If you saw anything, call us on 101," Sergeant Ola Berg said.'):
        assert _prompt_of(prose) is None, prose


# ---------------------------------------------------------------- batch n1-n3 classes


def test_media_player_controls_but_not_prose_about_players():
    for control in ("Tap to unmute", "Play episode", "Click to play video", "Video unavailable",
                    "Your browser does not support the video tag."):
        assert _prompt_of(control) == "media player control", control
    for prose in ("The band will play the episode live on Sunday.",
                  "Tap water is safe to drink again, the utility said.",
                  "Pause for thought: the council's budget is short by a third.",
                  '"Tap to unmute," reads the sign the museum put beside its old television.'):
        assert _prompt_of(prose) is None, prose


def test_a_question_about_the_page_or_site_but_not_a_question_of_the_story():
    for ask in ("Like this post? Pop your email in the box below.", "Enjoyed this? Forward it to a friend.",
                "Did you find a mistake? Tell us.", "Want to write for us? Our news team meets on Mondays."):
        assert _prompt_of(ask), ask
    for prose in ("Did you know the bridge is 130 years old? Most drivers do not.",
                  "Want to know why fares differ? Subsidies explain most of it.",
                  "Like this year, the harvest was late? Farmers say no.",
                  '"Did you find a mistake in the accounts?" the auditor asked the treasurer.'):
        assert _prompt_of(prose) is None, prose


def test_comment_rules_and_legal_labels_but_not_a_story_about_them():
    assert _prompt_of("The Harbour Times is committed to a lively but civil forum. Please keep comments relevant.")
    assert _prompt_of("Privacy Notice: Newsletters may contain information about charities and online ads.")
    for prose in ("The council asked residents to keep comments short at the public meeting.",
                  "Privacy campaigners said the cameras went too far.",
                  "Comments by the minister angered farmers, who marched on Friday."):
        assert _prompt_of(prose) is None, prose


def test_a_quotation_with_its_attribution_is_never_a_prompt():
    for speech in ('"Subscribe to nothing, follow no one," sings the band on its new single.',
                   '"Sign up for the trip by Friday!" the teacher told the class.'):
        assert _prompt_of(speech) is None, speech


def test_small_credits_of_batch_n():
    assert bp.credit(one_line("Rating: 4/5"), LATIN) == "site credit"
    assert bp.credit(one_line("Provided by University of Kestwick"), LATIN) == "site credit"
    assert bp.credit(one_line("Editorial office North"), LATIN) == "byline"
    assert bp.credit(one_line("Homefront Weekly reporters"), LATIN) == "byline"
    assert bp.credit(one_line("Match report by Liam Pryde at the Marsh Lane ground"), LATIN) == "byline"
    assert bp.credit(one_line("Live updates by Holly Brennan and Sam Keel"), LATIN) == "byline"
    assert bp.credit(one_line("The Local Journalism Initiative is funded by the Government of Canada."), LATIN)
    for prose in ("The rating agency cut the town's score to 4/5 last year.",
                  "Provided by the council, the buses run every hour.",
                  "The new bridge is funded by the Government of Canada.",
                  "The match report was filed late, the club said.",
                  "Local reporters asked the mayor about the budget."):
        assert bp.credit(one_line(prose), LATIN) is None, prose


def test_caption_credits_and_relative_clauses_of_batch_n():
    for cap in ("Agents and buyers at the saleyards on Wednesday. Picture by Bec Harlan",
                "Cyclists on Queen Street on Tuesday. Photo by Evan Roy /Lakeshore Metro",
                "A barge passes the rock on Tuesday. Foto: dpa",
                "A screenshot of the post, which has been shared more than 9,000 times."):
        assert bp.caption(one_line(cap), LATIN) == "photo caption", cap
    for prose in ("The picture by the river was taken in 1920, the museum said.",
                  "A photo of the crash, which was shared online, shows the car on its roof.",
                  "The paper ran the story on page one. Photo editors chose a wide shot."):
        assert bp.caption(one_line(prose), LATIN) is None, prose


def test_placed_captions_with_a_when_or_one_of_tail():
    for cap in ("The B4422 near Thorne, one of the roads where the limit will change.",
                "The keepers' logbook from the winter of 1978, when the relief boat failed to land."):
        got = reasons_of(page("Harbour dredging starts after months of delay", _HARBOUR[0], cap, *_HARBOUR[1:]))
        assert got.get(cap) == "photo caption without a credit", cap
    prose = "The council will vote in March, when the budget is set."
    got = reasons_of(page("Harbour dredging starts after months of delay", _HARBOUR[0], prose, *_HARBOUR[1:]))
    assert prose not in got


def test_a_salutation_over_a_signature_but_not_a_one_word_paragraph():
    got = reasons_of(page("The frost that took half a vintage", *BODY, "Until next week,", "Martin",
                          "Unsubscribe · Update preferences"))
    assert got.get("Until next week,") == "byline" and got.get("Martin") == "byline"
    got = reasons_of(page("The frost that took half a vintage", *BODY, "Cheers,",
                          "The growers raised their glasses and went back to the rows."))
    assert "Cheers," not in got


def test_short_teasers_under_a_link_heading_and_slashed_trails_after_you_are_here():
    text = page("Bees learn to count to four", *BODY, "Related",
                "Crows remember faces for years, new work confirms", "Why octopuses dream")
    got = reasons_of(text)
    assert got.get("Why octopuses dream") == "unrelated content after the article"
    assert got.get("Crows remember faces for years, new work confirms") == "unrelated content after the article"
    # without a heading a short last line stays
    got = reasons_of(page("Bees learn to count to four", *BODY, "Crows remember faces for years, new work confirms",
                          "Why octopuses dream"))
    assert "Why octopuses dream" not in got
    assert bp.navigation(one_line("You are here: Home / News / Press releases"), LATIN) == "navigation"
    assert bp.navigation(one_line("Fares rose 4% / wages 2% last year"), LATIN) is None


def test_a_photographer_for_the_site_and_a_site_description_above_the_teasers():
    cap = "Staff walk to the main entrance at the end of a night shift. Photograph by Tom Brady for the Herald"
    assert bp.caption(one_line(cap), LATIN) == "photo caption"
    assert bp.caption(one_line("The portrait by Ann Lee for the Guild hangs in the hall."), LATIN) is None
    note = "Capital Markets Daily brings you the latest company news from around the world."
    got = reasons_of(page("Copper miner cuts forecast", *BODY, note, "Read Next",
                          "Gold hits three-month high as dollar slips", "Zinc smelter to close for maintenance"))
    assert got.get(note) == "about the site"
    # a subject the article names is the story's, even there
    prose = "Harbour Radio brings you the latest news every hour, its manager said."
    got = reasons_of(page("Station wins licence", "Harbour Radio won a new licence on Monday, the regulator said.",
                          *BODY, prose, "Read Next", "Gold hits three-month high as dollar slips"))
    assert prose not in got


_H = "Harbour dredging starts after months of delay"


def test_a_line_above_a_picture_credit_between_paragraphs_is_a_caption_whatever_its_grammar():
    for cap, credit in (("Divers check the channel floor near the north pier.", "Pic: Harbour Board"),
                        ("07:40 at the slipway: boats wait for the tide.", "PHOTO | ANNA RYE | COAST NEWS")):
        got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], cap, credit, *_HARBOUR[2:]))
        assert got.get(cap) == "photo caption without a credit", cap
    # under the last paragraph the credit is a picture's without a caption: the paragraph stays
    got = reasons_of(page(_H, *_HARBOUR[:3], "Boats wait for the tide at the slipway.", "Pic: Harbour Board"))
    assert "Boats wait for the tide at the slipway." not in got
    # a story's past tense, a quotation or speech above a credit stays
    for prose in ("Skippers lost a week of fishing in March.", "The harbour master says the work is overdue."):
        got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], prose, "Pic: Harbour Board", *_HARBOUR[2:]))
        assert prose not in got, prose


def test_a_gallery_counter_or_alt_text_points_at_its_caption():
    cap = "A dredger works in the harbour mouth at low water."
    got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], "2 of 9", cap, *_HARBOUR[2:]))
    assert got.get(cap) == "photo caption without a credit"
    got = reasons_of(page(_H, _HARBOUR[0], "[Image: a dredger in the harbour mouth]", cap, *_HARBOUR[1:]))
    assert got.get(cap) == "photo caption without a credit"
    # a credit opens no caption below it
    got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], "Pic: Harbour Board", cap, *_HARBOUR[2:]))
    assert cap not in got


def test_a_caption_opening_with_a_participle():
    for cap in ("Carrying sandbags along the sea wall at Porthallow on Sunday.",
                "Waiting for the tide at the harbour mouth."):
        got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], cap, *_HARBOUR[2:]))
        assert got.get(cap) == "photo caption without a credit", cap
    for prose in ("Living in the harbour town is expensive.", "Hoping to fish again by June, the crews wait.",
                  "Working at the quay remains hard.", "Counting the cost."):
        got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], prose, *_HARBOUR[2:]))
        assert prose not in got, prose


def test_a_placed_verbless_caption_with_one_short_sentence_of_context():
    cap = "Evening at the harbour wall in Porthallow. Few boats went out this week."
    got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], cap, *_HARBOUR[2:]))
    assert got.get(cap) == "photo caption without a credit"
    for prose in ("The board met on Monday. It agreed to pay for the work.",
                  "Evening at the harbour wall in Porthallow. The skippers said the channel had been "
                  "silting up for two years and nobody had listened to them."):
        got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], prose, *_HARBOUR[2:]))
        assert prose not in got, prose


def test_a_caption_closed_by_a_dash_and_a_site_name():
    cap = "Dredgers work at the harbour mouth on Tuesday morning. — The Porthallow Courier"
    got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], cap, *_HARBOUR[2:]))
    assert got.get(cap) == "photo caption without a credit"
    prose = "Dredgers work at the harbour mouth on Tuesday morning. — Ruth Penrose"  # a person: not a site
    got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], prose, *_HARBOUR[2:]))
    assert prose not in got


def test_a_byline_ending_in_an_initial_and_a_print_edition_note():
    got = reasons_of(page(_H, "Posted by Mira T.", *_HARBOUR, "Published in The Porthallow Courier, March 3rd, 2026"))
    assert got.get("Posted by Mira T.") == "byline"
    assert got.get("Published in The Porthallow Courier, March 3rd, 2026") == "site credit"
    prose = "The study was published in The Marine Journal on Monday."
    got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], prose, *_HARBOUR[2:]))
    assert prose not in got


def test_a_named_place_with_a_where_tail_is_a_caption():
    cap = "Porthallow quay, where the dredger is moored."
    got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], cap, *_HARBOUR[2:]))
    assert got.get(cap) == "photo caption without a credit"
    for prose in ("The old quay, where the dredger is moored.",  # no name: no place named
                  "Porthallow quay, where the dredger was moored, is closed."):
        got = reasons_of(page(_H, _HARBOUR[0], _HARBOUR[1], prose, *_HARBOUR[2:]))
        assert prose not in got, prose


# ---------------------------------------------------------------- q1–q3 pass (new wordings)

FLOOD = ["The river burst its banks at Tollow on Sunday night, flooding forty homes on the lower road.",
         "Firefighters pumped water from the cellars until the early hours of Monday morning.",
         "The county says a new flood wall will be built next year if the grant comes through."]


def test_new_credit_wordings_and_their_article_negatives():
    marked = reasons_of(page("Flood wall promised after river bursts its banks", *FLOOD,
                             "Correction, Mar 3: A previous version of this story gave the wrong number of homes.",
                             "Correction appended",
                             "Translated by Ines Valdez",
                             "Views expressed here are the author's own.",
                             "((ines.valdez@agency.pt; +351 21 000 0000))",
                             "Contact Ines Valdez at ivaldez@tollowherald.org.",
                             "@ivaldez_news",
                             "(Tollow Valley Herald)"))
    assert marked["Correction, Mar 3: A previous version of this story gave the wrong number of homes."] == "wire credit"
    for line in ("Correction appended", "Translated by Ines Valdez", "Views expressed here are the author's own.",
                 "((ines.valdez@agency.pt; +351 21 000 0000))", "Contact Ines Valdez at ivaldez@tollowherald.org.",
                 "@ivaldez_news", "(Tollow Valley Herald)"):
        assert line in marked, line
    # the same words told by the story stay article
    prose = page("Court hears appeal over flood compensation", *FLOOD,
                 "The judge asked whether a previous version of the report had been shown to residents.",
                 "Her memoir was translated by a friend from Lisbon and sold 2,000 copies.",
                 "Residents can contact the council at floods@tollow.gov.uk until Friday.",
                 "The views expressed at the meeting were mostly angry.",
                 "(Two of the homes were empty.)")
    assert reasons_of(prose) == {}


def test_a_bracketed_credit_places_a_caption_only_under_a_named_place():
    text = page("Ferry fares cut for the holidays", FLOOD[0],
                "Passengers queue for the ferry at Port Halvik on Monday.",
                "(The Northern Ledger/Anna Berg)",
                FLOOD[1], FLOOD[2])
    assert reasons_of(text)["Passengers queue for the ferry at Port Halvik on Monday."] == "photo caption without a credit"
    wire = page("Ministers agree on fuel tax plan", FLOOD[0],
                "The plan sets a floor of 10% and still needs approval from national parliaments.",
                "(Anna Berg/NL)", FLOOD[1], FLOOD[2])
    assert "The plan sets a floor of 10% and still needs approval from national parliaments." not in reasons_of(wire)


def test_a_sign_up_forms_controls_under_its_prompt_at_the_foot():
    text = page("Flood wall promised after river bursts its banks", *FLOOD,
                "Sign up for our weekly flood alerts newsletter",
                "Your email",
                "Sign me up",
                "© 2026 Tollow Herald")
    marked = reasons_of(text)
    assert marked["Your email"] == marked["Sign me up"] == "share, subscribe or sign-in prompt"
    # a short line under a prompt with the article going on below it stays
    inline = page("Flood wall promised after river bursts its banks", FLOOD[0],
                  "Sign up for our weekly flood alerts newsletter",
                  "What happens next",
                  *FLOOD[1:])
    assert "What happens next" not in reasons_of(inline)


def test_reader_questions_and_place_date_rows():
    marked = reasons_of(page("Flood wall promised after river bursts its banks",
                             "Tollow | Mon, March 2, 2026 | 08:40 am", *FLOOD,
                             "Did you spot a mistake in this story? Let us know.",
                             "Stay with the Herald for updates on this story.",
                             "Interested in volunteering? Come to the sandbag depot on any Saturday."))
    assert marked["Tollow | Mon, March 2, 2026 | 08:40 am"] == "date line"
    for line in ("Did you spot a mistake in this story? Let us know.", "Stay with the Herald for updates on this story.",
                 "Interested in volunteering? Come to the sandbag depot on any Saturday."):
        assert marked.get(line) == "share, subscribe or sign-in prompt", line
    prose = page("Flood wall promised after river bursts its banks", *FLOOD,
                 "Did you stay? Most families on the lower road did not.",
                 "Come the spring, the wall will be half built.")
    assert reasons_of(prose) == {}


def test_station_prompts_shop_widgets_and_a_newsletter_describing_itself():
    marked = reasons_of(page("ON AIR NOW: Saturday Sport with Dee", "Flood wall promised after river bursts its banks",
                             *FLOOD, "Hear the full interview with the flood warden in tomorrow's breakfast show.",
                             "Best deals today", "£120 at Pumpworks | £135 at Floodsafe Direct"))
    for line in ("ON AIR NOW: Saturday Sport with Dee",
                 "Hear the full interview with the flood warden in tomorrow's breakfast show."):
        assert marked.get(line) == "share, subscribe or sign-in prompt", line
    assert marked["Best deals today"] == marked["£120 at Pumpworks | £135 at Floodsafe Direct"] \
        == "advertisement or 'continues below' line"
    prose = page("Flood wall promised after river bursts its banks", *FLOOD,
                 "Residents will hear the full report at a meeting in the village hall at 7pm on Tuesday.",
                 "Pumps cost £120 at most shops, the warden said.")
    assert reasons_of(prose) == {}
    letter = page("The lower road after the flood", *FLOOD, "Thanks for reading Tollow Notes! Subscribe for free.",
                  "Leave a comment", "Share Tollow Notes",
                  "Tollow Notes is a reader-supported publication. Consider becoming a paid subscriber.")
    marked = reasons_of(letter)
    assert "Share Tollow Notes" in marked
    assert marked["Tollow Notes is a reader-supported publication. Consider becoming a paid subscriber."] == "about the site"


def test_a_short_line_among_the_byline_furniture():
    marked = reasons_of(page("Flood wall promised after river bursts its banks", "By Ines Valdez",
                             "March 2, 2026", "Ines Valdez, from Tollow", *FLOOD))
    assert marked["Ines Valdez, from Tollow"] == "short line among the byline furniture"
    # a standfirst right below the headline, a letter's greeting and a headline after a kicker stay
    kept = page("Issue 12", "Flood wall promised after river bursts its banks", "March 2, 2026",
                "Dear readers,", *FLOOD)
    assert "Dear readers," not in reasons_of(kept)
    standfirst = page("Flood wall promised after river bursts its banks", "Forty homes flooded overnight",
                      "By Ines Valdez", *FLOOD)
    assert "Forty homes flooded overnight" not in reasons_of(standfirst)


def test_q3x_wordings_reuse_terms_column_disclaimer_live_credit():
    marked = reasons_of(page("Flood wall promised after river bursts its banks", *FLOOD,
                             "Live reporting by Ines Valdez and Tom Roe",
                             "The views in this column are the writer's own.",
                             "(TNA).",
                             "English service of Tollow News Agency. Reproduction only with quotation of the source."))
    assert marked["Live reporting by Ines Valdez and Tom Roe"] == "wire credit"
    assert marked["The views in this column are the writer's own."] == "wire credit"
    assert marked["(TNA)."] == "wire credit"
    assert marked["English service of Tollow News Agency. Reproduction only with quotation of the source."] \
        == "copyright line"
    prose = page("Museum bans copies of its flood maps", *FLOOD,
                 "Reproduction of the maps is prohibited, the museum said.",
                 "The views in this town are the best in the county.")
    assert reasons_of(prose) == {}


def test_a_short_line_between_furniture_after_the_last_sentence():
    text = page("Flood wall promised after river bursts its banks", *FLOOD,
                "Share this story", "Best flood barriers 2026: our picks", "© 2026 Tollow Herald")
    assert reasons_of(text)["Best flood barriers 2026: our picks"] == "share, subscribe or sign-in prompt"
    # a closing paragraph after an inline prompt, and a short line with the article below it, stay
    kept = page("Flood wall promised after river bursts its banks", FLOOD[0], "Share this story",
                "The lower road", *FLOOD[1:], "Share this story", "The wall will be finished by winter.",
                "© 2026 Tollow Herald")
    marked = reasons_of(kept)
    assert "The lower road" not in marked and "The wall will be finished by winter." not in marked

"""A site's name alone at the top of its page names the outlet."""

from __future__ import annotations

from tui.core import metadata
from tui.core.boilerplate import detect_boilerplate

BODY = ("Rail fares will rise by an average of four percent from January, the ministry said on Wednesday.\n"
        "Passenger groups said the rise was above inflation and would push people back into cars.\n"
        "The ministry said the money would pay for new trains on the busiest routes.\n")


def meta(text: str) -> dict:
    return metadata.infer(text, detect_boilerplate(text))


def test_masthead_line_names_the_outlet_and_is_not_the_title():
    got = meta("Valley Courier\nLatest\nFares to rise by four percent in January\n" + BODY)
    assert got["outlet"] == "Valley Courier" and got["evidence"]["outlet"] == "masthead line"
    assert got["title"] == "Fares to rise by four percent in January"


def test_labels_and_headlines_are_no_masthead():
    assert meta("Source: Valley Courier\nFares to rise by four percent in January\n" + BODY)["evidence"].get(
        "outlet") != "masthead line"
    assert meta("Fares to rise in January\n" + BODY)["outlet"] is None  # a headline, not a name


# --- a masthead with its tagline; the site against a wire agency -------------------------

COURT = ("The appeal court on Thursday overturned the conviction of a nurse found guilty of theft last year.\n"
         "The judges said the trial had heard evidence that should have been excluded.\n"
         "Prosecutors said they would not seek a retrial.\n")


def test_masthead_with_a_tagline_names_the_outlet_and_is_not_the_title():
    for top in ("The Dunmore Herald — News for the lake country", "Dunmore Herald | Your town, your news",
                "Dunmore Herald · Since 1890", "Radio Dunmore — Live and local"):
        got = meta(f"{top}\nNurse's theft conviction overturned on appeal\n" + COURT)
        name = top.split(" —")[0].split(" |")[0].split(" ·")[0]
        assert got["outlet"] == name and got["evidence"]["outlet"] == "masthead with tagline", (top, got)
        assert got["title"] == "Nurse's theft conviction overturned on appeal", (top, got)


def test_a_title_case_headline_ending_in_a_masthead_word_stays_the_headline():
    got = meta("Council Votes To Sell Its Old Post\nBy Ana Ruiz\n" + COURT)
    assert got["title"] == "Council Votes To Sell Its Old Post" and got["outlet"] is None
    got = meta("Budget 2026 — what it means for nurses\n" + COURT)
    assert got["title"] == "Budget 2026 — what it means for nurses" and got["outlet"] is None


def test_the_site_beats_the_wire_it_runs():
    dateline = "KERNLEY (AFP) — " + COURT
    assert meta("Nurse's conviction overturned\n" + dateline)["outlet"] == "AFP"  # nothing names the site
    got = meta("Nurse's conviction overturned\n" + dateline + "© 2026 Dunmore Herald\n")
    assert got["outlet"] == "Dunmore Herald" and got["evidence"]["outlet"] == "copyright line"
    got = meta("Nurse's conviction overturned\nSource: Reuters\n" + COURT + "Get the Dunmore Herald app\n")
    assert got["outlet"] == "Dunmore Herald" and got["evidence"]["outlet"] == "named in a prompt"
    assert meta("Nurse's conviction overturned\nvia Reuters\n" + COURT)["outlet"] == "Reuters"


def test_prompts_and_bylines_that_name_the_site():
    got = meta("Nurse's conviction overturned\n" + COURT + "Sign up for the Herald's morning briefing\n")
    assert got["outlet"] == "Herald"
    got = meta("Nurse's conviction overturned\n" + COURT + "Sign up for The Court Brief, our weekly email\n")
    assert got["outlet"] is None  # a newsletter's own name, not the site's
    got = meta("Nurse's conviction overturned\nAna Ruiz, Dunmore Herald staff\n" + COURT)
    assert got["outlet"] == "Dunmore Herald" and got["evidence"]["outlet"] == "byline"


def test_a_one_word_site_name_at_the_top_named_again_in_furniture():
    page = "Newsloop\nNurse's conviction overturned\n" + COURT + "Follow Newsloop on Facebook\n"
    assert meta(page)["outlet"] == "Newsloop"
    page = "Courts\nNurse's conviction overturned\n" + COURT + "Explore more on these topics\nCourts\n"
    assert meta(page)["outlet"] is None  # the same label again in a topic list names no site


# --- which date is the article's ------------------------------------------------------------


def test_published_beats_updated_and_future_dates_are_none():
    got = meta("Nurse's conviction overturned\nUpdated 9 April 2026, 10:02\nPublished 7 April 2026, 16:40\n" + COURT)
    assert got["date"] == "2026-04-07"
    got = meta("Nurse's conviction overturned\nLast updated: 9 April 2026\n" + COURT)
    assert got["date"] == "2026-04-09"  # the only date the page gives
    got = meta("Nurse's conviction overturned\n" + COURT + "Page last reviewed: 2 May 2026\nNext review due: 2 May 2029\n")
    assert got["date"] == "2026-05-02"


def test_numeric_dates_read_day_or_month_first_from_the_page():
    body = "Nurse's conviction overturned\n{}\n" + COURT
    assert meta(body.format("07/04/2026 14:05 BST"))["date"] == "2026-04-07"
    assert meta(body.format("07/04/2026 2:05 PM EST"))["date"] == "2026-07-04"
    assert meta(body.format("07/04/2026") + "Related: Hearing set for 3 March 2026\n")["date"] == "2026-04-07"
    assert meta(body.format("07/04/2026"))["date"] == "2026-07-04"  # no clue: month first, as before


def test_a_date_told_in_the_article_is_not_its_date():
    page = ("Nurse's conviction overturned\nThe appeal court on 3 March 2026 overturned the conviction of a nurse.\n"
            + COURT)
    assert meta(page)["date"] is None
    assert meta("Nurse's conviction overturned\n2 hours ago\n" + COURT)["date"] is None
    assert meta("Nurse's conviction overturned\nKERNLEY, 3 March 2026 (AFP) — " + COURT)["date"] == "2026-03-03"


def test_the_article_naming_itself():
    page = ("Nurse's conviction overturned\n" + COURT
            + "The Dunmore Herald has not independently verified the documents shown to the court.\n")
    got = meta(page)
    assert got["outlet"] == "Dunmore Herald" and got["evidence"]["outlet"] == "self-reference"


def test_more_shapes_of_site_evidence():
    got = meta("Nurse's theft conviction overturned on appeal | Local News | Dunmore Herald\n" + COURT)
    assert got["title"] == "Nurse's theft conviction overturned on appeal" and got["outlet"] == "Dunmore Herald"
    assert meta("Nurse's conviction overturned\n" + COURT + "Follow the Herald on Instagram\n")["outlet"] == "the Herald"
    assert meta("Nurse's conviction overturned\n" + COURT + "Follow Ana Ruiz on X\n")["outlet"] is None  # the author
    assert meta("Nurse's conviction overturned\n" + COURT + "© Copyright 2026, The Dunmore Herald\n")["outlet"] \
        == "The Dunmore Herald"
    assert meta("Nurse's conviction overturned\nPublished: 2026-04-07T09:15:00Z\n" + COURT)["date"] == "2026-04-07"


def test_a_possessive_in_a_prompt_names_the_site():
    got = meta("Fares to rise by four percent in January\n"
               "Sign up for The Lakeland Herald's morning briefing, free to your inbox.\n" + BODY)
    assert got["outlet"] == "The Lakeland Herald" and got["evidence"]["outlet"] == "named in a prompt"


def test_a_brand_heading_the_menu_names_the_site_and_beats_the_wire():
    got = meta("QuickWire | Top | Local | Business | Sport\nFares to rise by four percent in January\n"
               "Source: AP\n" + BODY)
    assert got["outlet"] == "QuickWire" and got["evidence"]["outlet"] == "site name in the menu"
    # a section heading the menu is no brand, nor a run-together breadcrumb
    assert meta("Politics | World | Business\nFares to rise by four percent in January\n" + BODY)["outlet"] is None
    assert meta("NewsWorld | Europe | Business\nFares to rise by four percent in January\n" + BODY)["outlet"] is None


def test_a_copyright_naming_the_owner_or_the_author_gives_way_to_the_site():
    got = meta("Fares to rise by four percent in January\n" + BODY
               + "Sign up to the Evening Clarion newsletter for the top stories every night\n"
               + "© 2026 Clarion Media Group Ltd\n")
    assert got["outlet"] == "Evening Clarion"
    # the owner alone is still better than nothing
    assert meta("Fares to rise by four percent in January\n" + BODY + "© 2026 Clarion Media Group Ltd\n")[
        "outlet"] == "Clarion Media Group"
    got = meta("Crumb and Crust\nWhy our village bakery closed\nTobias Wren\n" + BODY
               + "Enjoying Crumb and Crust? Subscribe free and new posts will arrive by email.\n© 2026 Tobias Wren\n")
    assert got["outlet"] == "Crumb and Crust" and got["title"] == "Why our village bakery closed"


def test_a_page_that_sends_its_reader_on_names_the_site():
    got = meta("The Islay Gazette\nFerry fares to rise by 9 per cent from April\n" + BODY
               + "Continue reading on The Islay Gazette\n")
    assert got["outlet"] == "The Islay Gazette" and got["title"] == "Ferry fares to rise by 9 per cent from April"


def test_an_ambiguous_numeric_date_read_the_way_the_pages_other_dates_are_written():
    text = "School meals contract handed to new supplier\n04/11/2026\n" + BODY + \
        "Parents were told in a letter dated 30/10/2026 that menus would not change.\n"
    assert meta(text)["date"] == "2026-11-04"
    text = "School meals contract handed to new supplier\n04/11/2026\n" + BODY + \
        "Parents were told in a letter dated 10/30/2026 that menus would not change.\n"
    assert meta(text)["date"] == "2026-04-11"


# --- organisations that publish their own news; names above a menu; other languages ------------

GALE = ("Gales brought down trees across the county on Sunday night and closed two main roads.\n"
        "About 3,000 homes were without power for several hours, the electricity network said.\n"
        "Council crews worked through the morning to clear branches from the coast road.\n")
HEADLINE = "Gales bring down trees and close the coast road\n"


def test_an_organisation_names_itself_in_its_header_or_footer():
    got = meta("Pendle Brook District Council\nBins and recycling\nCouncil tax\nThings to do\n" + HEADLINE + GALE)
    assert got["outlet"] == "Pendle Brook District Council" and got["evidence"]["outlet"] == "organisation name"
    assert got["title"] == HEADLINE.strip()
    got = meta(HEADLINE + GALE + "Contact us\nPrivacy notice\nLowmoor Borough Council\nTown Hall, High Street, Lowmoor LM1 1AA\n")
    assert got["outlet"] == "Lowmoor Borough Council" and got["evidence"]["outlet"] == "organisation in the footer"
    got = meta(HEADLINE + "From: Department for Rural Affairs\n" + GALE)
    assert got["outlet"] == "Department for Rural Affairs" and got["evidence"]["outlet"] == "from line"
    # negatives: a source credit names where the news came from, not the site; a person is no publisher
    assert meta(HEADLINE + GALE + "Source: Ministry of Transport\n")["evidence"].get("outlet") != "organisation in the footer"
    assert meta(HEADLINE + "From: Jane Roe\n" + GALE)["outlet"] is None


def test_a_name_above_the_menu_names_the_site_even_without_a_masthead_word():
    got = meta("Stackwise\nSoftware    Security    Cloud    Hardware\n" + HEADLINE + GALE)
    assert got["outlet"] == "Stackwise" and got["evidence"]["outlet"] == "site name above the menu"
    got = meta("Cargo Lines — Intelligence for the supply chain\nPorts    Air freight    Road    Rail\n" + HEADLINE + GALE)
    assert got["outlet"] == "Cargo Lines"
    # negative: a desk name above the menu names nothing
    assert meta("Politics\nHome | World | Sport\n" + HEADLINE + GALE)["outlet"] is None


def test_prompts_that_name_the_site():
    for prompt, name in (("Subscribe to The Commerce Ledger for unlimited access", "The Commerce Ledger"),
                         ("Support The Parish Pump on Patreon", "The Parish Pump"),
                         ("Thanks for reading The Lantern Letter! Subscribe for free to receive new posts.",
                          "The Lantern Letter"),
                         ("Download de app van Omroep Noordkust", "Omroep Noordkust")):
        got = meta(HEADLINE + GALE + prompt + "\n")
        assert got["outlet"] == name, prompt
    # negative: a newsletter's own name is not the site's
    assert meta(HEADLINE + GALE + "Subscribe to The Morning Brief for daily updates\n")["outlet"] is None


def test_dates_and_rights_lines_in_other_languages():
    for line, iso in (("Publié le 24 août 2026 à 10h15", "2026-08-24"), ("25 de mayo de 2026", "2026-05-25"),
                      ("28 oktober 2026, 13:20", "2026-10-28"), ("9 luglio 2026", "2026-07-09")):
        got = meta(HEADLINE + line + "\n" + GALE)
        assert got["date"] == iso and got["evidence"]["date"] == "date line", line
    got = meta(HEADLINE + GALE + "© RIPRODUZIONE RISERVATA\n© Il Giornale del Lago\n")
    assert got["outlet"] == "Il Giornale del Lago"
    # negative: a foreign month in an article sentence dates nothing
    assert meta(HEADLINE + "The festival, held every 14 juillet 2025 in the old town, drew big crowds this year.\n"
                + GALE)["date"] is None


def test_a_title_case_headline_ending_in_an_organisation_word_stays_the_headline():
    got = meta("Storm Damage Closes Local School\n12 March 2026\n" + GALE)
    assert got["title"] == "Storm Damage Closes Local School" and got["outlet"] is None
    got = meta(HEADLINE + GALE + "Related stories\nFloods Close Riverside Primary School\nNew Head Named At Grammar School\n")
    assert got["outlet"] is None


def test_organisation_names_with_desk_words_and_desk_headings_with_masthead_nouns():
    got = meta("National Rowing Federation\nLatest news\nResults\nEvents\nGet into rowing\n" + HEADLINE + GALE)
    assert got["outlet"] == "National Rowing Federation"
    # negative: a desk's heading ending in a masthead noun names no site
    got = meta("Community News\n" + HEADLINE + "Posted by Admin\n" + GALE)
    assert got["outlet"] is None and got["title"] == HEADLINE.strip()
    assert meta("Riverside University News\n" + HEADLINE + GALE)["outlet"] == "Riverside University News"


def test_a_headline_with_a_full_stop_above_its_date_line_and_a_sponsor_line_above_the_headline():
    got = meta("Ministry raises rail fares by four percent.\n12 March 2026\n" + GALE)
    assert got["title"] == "Ministry raises rail fares by four percent."
    got = meta("In partnership with Northway Bank\n" + HEADLINE + GALE)
    assert got["title"] == HEADLINE.strip()
    # negatives: an article that starts with its first sentence has no headline; a body-only page none
    assert meta("Gales brought down trees across the county.\n" + GALE)["title"] is None
    assert meta(GALE)["title"] is None


def test_lines_that_say_whose_page_it_is():
    for extra, name in (("Published by The Harbour Times\n", "The Harbour Times"),
                        ("The Harbour Times is published by Quayside Media Ltd.\n", "The Harbour Times"),
                        ("Harbour Times © 2026\n", "Harbour Times"),
                        ("Terms | Privacy | About The Harbour Times | Contact\n", "The Harbour Times"),
                        ("Get The Harbour Times in your inbox every morning\n", "The Harbour Times"),
                        ("The Harbour Times, 12 Quay Street, Porthaven PH1 2AB\n", "The Harbour Times")):
        got = meta(HEADLINE + GALE + extra)
        assert got["outlet"] == name, extra
    assert meta("Harbour Times logo\n" + HEADLINE + GALE)["outlet"] == "Harbour Times"
    assert meta(HEADLINE + "Jane Roe | The Harbour Times\n" + GALE)["outlet"] == "The Harbour Times"
    # negatives: a blog's author, and an article sentence about who publishes a paper
    assert meta(HEADLINE + GALE + "Published by Jane Roe\n")["outlet"] is None
    body = "The Harbour Times is published by a local trust, the court heard."
    got = meta(HEADLINE + GALE + body + "\n" + GALE)
    assert got["outlet"] is None
    assert body not in {(HEADLINE + GALE + body + "\n" + GALE)[b.start:b.end]
                        for b in detect_boilerplate(HEADLINE + GALE + body + "\n" + GALE)}


def test_a_day_first_language_reads_a_numeric_date_day_first_and_a_foreign_desk_word_is_no_outlet():
    got = meta("Politique Économie Société Monde Sport\nSociété\n" + HEADLINE + "05/02/2026 à 08h45\n" + GALE)
    assert got["date"] == "2026-02-05" and got["outlet"] is None
    # negative: the same date with a US time zone is month first
    assert meta(HEADLINE + "05/02/2026 8:45 AM EST\n" + GALE)["date"] == "2026-05-02"


def test_an_office_for_statistics_and_a_date_run_into_its_time():
    got = meta("Office for Regional Statistics\nHome > Economy > Housing\nStatistical bulletin\n" + HEADLINE
               + "Release date: 18 November 2026\nNext release: 16 December 2026\n" + GALE)
    assert got["outlet"] == "Office for Regional Statistics" and got["title"] == HEADLINE.strip()
    assert got["date"] == "2026-11-18"
    assert meta(HEADLINE + "December 10, 20269:14 AM GMTUpdated 2 hours ago\n" + GALE)["date"] == "2026-12-10"


# --- pages f1_*/f2_*: the title the lede elaborates; print, radio, blogs, releases, obituaries ------

FLOOD = ("The river burst its banks at Carrow Mill on Sunday night, flooding 40 homes and the primary school.\n"
         "Residents were moved to the village hall as the water rose through the night.\n"
         "The Environment Agency said levels would stay high until Wednesday.\n")


def test_the_title_is_the_header_line_the_lede_elaborates():
    # a running header or a tagline the detectors do not know, above the headline
    for top in ("Carrow Valley Trust | Annual Report", "Notes from a wet corner of the county"):
        got = meta(f"{top}\nPosted on 3 March 2026\nRiver floods 40 homes and school at Carrow Mill\n" + FLOOD)
        assert got["title"] == "River floods 40 homes and school at Carrow Mill", top
    # a standfirst restates the lede more fully than the headline: still the headline
    got = meta("Carrow Mill under water\nThe river burst its banks, flooding 40 homes and the primary school "
               "on Sunday night\n" + FLOOD)
    assert got["title"] == "Carrow Mill under water"
    # one candidate: the first line, as before
    assert meta("Carrow Mill under water\n" + FLOOD)["title"] == "Carrow Mill under water"


def test_a_platform_credit_names_no_outlet_and_a_tagline_line_is_not_the_name():
    got = meta("The Wet Acre\nNotes from an allotment in the rain\nHome    About    Contact\n"
               "River floods 40 homes and school at Carrow Mill\nPosted by Ana Ruiz on March 3, 2026\n"
               + FLOOD + "Blog at WordPress.com.\n")
    assert got["outlet"] == "The Wet Acre" and got["title"].startswith("River floods")
    got = meta("River floods 40 homes and school at Carrow Mill\n" + FLOOD + "Powered by Ghost\n")
    assert got["outlet"] is None


def test_print_folio_release_header_and_radio_frequency_name_the_outlet():
    got = meta("A4 THE CARROW ECHO Monday, March 2, 2026\nRiver floods 40 homes\nBy DEV MALIK\n" + FLOOD)
    assert (got["outlet"], got["evidence"]["outlet"]) == ("The Carrow Echo", "print page header")
    assert got["title"] == "River floods 40 homes"
    got = meta("Carrow Valley Trust | Media Release\n2 March 2026\nRiver floods 40 homes\n" + FLOOD)
    assert (got["outlet"], got["evidence"]["outlet"]) == ("Carrow Valley Trust", "press release header")
    got = meta("Carrow Sound FM 101.7\nListen Live\nNews    Travel    Weather\nRiver floods 40 homes\n" + FLOOD)
    assert got["outlet"] == "Carrow Sound FM" and got["title"] == "River floods 40 homes"
    # a headline with a number is no station
    assert meta("Storm hits 40 homes\n" + FLOOD)["outlet"] is None


def test_a_lifespan_dates_no_page_and_a_station_keeps_its_number():
    got = meta("Edith Crane\nMay 4, 1931 – February 27, 2026\nEdith Crane, 94, of Carrow, died peacefully at "
               "home on Friday surrounded by her family.\nShe taught at the village school for 30 years.\n")
    assert got["date"] is None
    # a range with "Updated" is not a life: the page's dates
    got = meta("River floods 40 homes\nPublished 2 March 2025 – Updated 3 March 2026\n" + FLOOD)
    assert got["date"] == "2025-03-02"
    got = meta("WKRW 12\nSchools close as river floods 40 homes\nby: Dev Malik\n"
               "CARROW, Ohio (WKRW) — The river burst its banks on Sunday night, flooding 40 homes and a school.\n"
               + FLOOD + "Copyright 2026 Riverline Broadcasting, Inc. All rights reserved.\n")
    assert got["outlet"] == "WKRW 12"


def test_a_publication_line_names_the_site_and_dates_the_page():
    got = meta("Obituaries\nEdith Crane\n1931 - 2026\nEdith Crane, 94, of Carrow, died peacefully at home on "
               "Friday surrounded by her family.\nShe taught at the village school for 30 years.\n"
               "Published by The Carrow Sentinel on Mar. 4, 2026.\n")
    assert (got["outlet"], got["date"]) == ("The Carrow Sentinel", "2026-03-04")
    assert got["evidence"]["date"] == "publication line"
    # a date told in the article is still no date of the page
    assert meta("Edith Crane\nEdith Crane, 94, of Carrow, died peacefully at home on March 2, 2026, "
                "surrounded by her family.\nShe taught at the village school for 30 years.\n")["date"] is None


def test_an_organisation_with_its_place_names_itself():
    got = meta("St Brannoc's Church, Orme\nHome   Services   News   Contact\n"
               "Church roof appeal passes halfway mark\n" + FLOOD)
    assert got["outlet"] == "St Brannoc's Church, Orme"
    assert got["title"] == "Church roof appeal passes halfway mark"
    # a headline with a comma and a place is no organisation
    assert meta("Floods close school, Orme\n" + FLOOD)["outlet"] is None


def test_a_clipping_names_its_paper_and_a_question_headline_passes_its_kicker():
    got = meta("Clipped by volunteer_7 from The Orme Courier, Fri, Jun 14, 1968, Page 3\nNew bridge opened\n" + FLOOD)
    assert (got["outlet"], got["date"], got["title"]) == ("The Orme Courier", "1968-06-14", "New bridge opened")
    got = meta("r/Carrow\nPosted by u/millrace\n5 hr. ago\nCarrow bridge closed again - anyone know why?\n" + FLOOD)
    assert got["title"] == "Carrow bridge closed again - anyone know why?"


# --- issue 8: more ways a page names its site, and names in prose that are not it ---------

HARVEST = ("Apple growers in the valley picked their smallest crop in twenty years after a late frost in April.\n"
           "Some orchards lost nine in ten of their blossoms in a single night, the growers' association said.\n"
           "Cider makers said they would have to buy fruit from other regions this autumn.\n")
HEAD = "Late frost leaves apple growers with smallest crop in decades\n"


def test_a_staff_or_board_credit_names_the_site():
    for credit, site in (("By Corran Bay Courier Staff", "Corran Bay Courier"),
                         ("The Wexcombe Standard Editorial Board", "The Wexcombe Standard"),
                         ("By Priya Castellane, Special to The Hollin Sentinel", "The Hollin Sentinel")):
        got = meta(HEAD + credit + "\n" + HARVEST)
        assert (got["outlet"], got["evidence"]["outlet"]) == (site, "byline"), credit
    # a desk or a bare role is no site
    for credit in ("By Sports Staff", "By Staff Reporter", "By The Editorial Board"):
        assert meta(HEAD + credit + "\n" + HARVEST)["outlet"] is None, credit


def test_a_follow_prompt_names_a_site_not_a_person():
    got = meta(HEAD + HARVEST + "Follow Brackenfield Live on Facebook and Instagram for the latest updates\n")
    assert (got["outlet"], got["evidence"]["outlet"]) == ("Brackenfield Live", "named in a prompt")
    assert meta(HEAD + HARVEST + "Follow Maria Lopez on Instagram\n")["outlet"] is None  # the author


def test_a_logo_link_and_an_email_prompt_name_the_site():
    got = meta("Go to The Ashby Tribune homepage\n" + HEAD + HARVEST)
    assert (got["outlet"], got["evidence"]["outlet"]) == ("The Ashby Tribune", "site statement")
    assert got["title"] == HEAD.strip()
    got = meta(HEAD + HARVEST + "Get the Fenbridge Clarion's free weekday email with the day's top stories\n")
    assert (got["outlet"], got["evidence"]["outlet"]) == ("Fenbridge Clarion", "named in a prompt")


def test_a_reprint_credit_names_the_site_that_republished_the_wire():
    wire = "SANTIAGO (Reuters) - " + HARVEST
    got = meta(HEAD + wire + "This story was originally published by Reuters and is republished by "
                             "The Oakhurst Ledger under a licence agreement.\n")
    assert (got["outlet"], got["evidence"]["outlet"]) == ("The Oakhurst Ledger", "site statement")
    assert meta(HEAD + wire)["outlet"] == "Reuters"  # the agency's own copy


def test_an_aggregator_credit_to_the_original_is_marked_but_the_aggregator_is_the_outlet():
    text = ("Newsfold   Top   Local   Saved\n" + HEAD + "Originally published by The Tarn Valley Post\n" + HARVEST
            + "© 2026 Newsfold\n")
    marks = detect_boilerplate(text)
    assert any(text[b.start:b.end].startswith("Originally published") for b in marks)
    assert metadata.infer(text, marks)["outlet"] == "Newsfold"


def test_outlets_named_in_the_article_are_not_the_site():
    prose = ("The growers' chairman told the Harbour Times that insurance would not cover the loss.\n"
             "The figures were first reported by The Northfield Argus, and were later republished by "
             "the Daily Ledger.\nHe said in an interview with The Pellham Courier that prices would rise.\n")
    assert meta(HEAD + HARVEST + prose)["outlet"] is None
    got = meta("Rothley Mercury\nNews  Business  Sport  What's On\n" + HEAD + HARVEST + prose)
    assert got["outlet"] == "Rothley Mercury"
    # a photo credit naming an agency on a page naming no site is not the outlet
    assert meta(HEAD + "Frost on blossom near Kelby on Monday. Photo: AFP\n" + HARVEST)["outlet"] is None


def test_a_credit_line_of_its_own_names_the_site():
    for credit, site in (("Marlow Bay Voice staff reports", "Marlow Bay Voice"),
                         ("Posted by Harlow Now Newsroom", "Harlow Now"),
                         ("By Oona Pike\nSpecial to the Tarnbridge Observer", "The Tarnbridge Observer")):
        got = meta(HEAD + credit + "\n" + HARVEST)
        assert (got["outlet"], got["evidence"]["outlet"]) == (site, "byline"), credit
    # a heading or a list of people is no site's staff
    for credit in ("Hospital Staff", "Nurses And Staff", "Posted by Jane Roe", "By Our Staff"):
        assert meta(HEAD + credit + "\n" + HARVEST)["outlet"] is None, credit


def test_a_print_edition_note_and_a_prompt_after_a_question_name_the_site():
    got = meta(HEAD + HARVEST + "This article appeared in the print edition of The Quillford Times on "
                                "October 14, 2026.\n")
    assert (got["outlet"], got["evidence"]["outlet"]) == ("The Quillford Times", "site statement")
    got = meta(HEAD + HARVEST + "Want more stories like this? Sign up for Pellham Now's daily digest\n")
    assert (got["outlet"], got["evidence"]["outlet"]) == ("Pellham Now", "named in a prompt")
    # the same words in the article are not the page's furniture
    assert meta(HEAD + HARVEST + "The growers' plea ran in the Sunday edition of The Harbour Times.\n")[
        "outlet"] is None


def test_prompts_in_capitals_to_a_newsroom_and_to_listen_name_the_site():
    for prompt, site in (("SIGN UP FOR THE DUNMORE RECORD NEWSLETTER", "Dunmore Record"),
                         ("Got a story? Contact the Brindle Post newsroom at the number below.", "Brindle Post"),
                         ("Listen live to River Radio on your smart speaker", "River Radio")):
        got = meta(HEAD + HARVEST + prompt + "\n")
        assert (got["outlet"], got["evidence"]["outlet"]) == (site, "named in a prompt"), prompt
    # a newsletter's own name, a presenter, a council team are no site
    for prompt in ("Subscribe to The Morning Brief", "SUBSCRIBE TO THE MORNING BRIEF",
                   "Listen live to Jane Roe on Spotify", "Contact the Council Tax team"):
        assert meta(HEAD + HARVEST + prompt + "\n")["outlet"] is None, prompt

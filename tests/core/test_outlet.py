"""The outlet vote (core/outlet.py): site-shaped names anywhere in the page
furniture, names given in several places, actors and other outlets that are
not the publisher, and the detectors that mark the furniture naming a site.
Every text here is our own (a storm, a court, a council, a football club)."""

from __future__ import annotations

from tui.core import metadata, outlet
from tui.core.boilerplate import detect_boilerplate
from tui.core.outlet import Candidate, choose, site_names

STORM = ("A storm brought down trees across the county overnight, closing roads and cutting power to 9,000 homes.\n"
         "Engineers worked through the night and most homes had power back by mid-morning.\n"
         "The forecaster said more strong winds were likely on Friday.\n")


def meta(text: str) -> dict:
    return metadata.infer(text, detect_boilerplate(text))


def names(line: str) -> list[str]:
    return [n for _at, n in site_names(line)]


# --- site-shaped names -------------------------------------------------------------------

def test_site_names_in_furniture_lines():
    assert names("Ravensmoor Star · Contact us · Advertise · Privacy") == ["Ravensmoor Star"]
    assert names("Logo of The Pellow Mercury") == ["The Pellow Mercury"]
    assert names("Email the Cobham Gazette newsdesk") == ["Cobham Gazette"]
    assert names("Veröffentlicht von Obertal-Zeitung") == ["Obertal-Zeitung"]
    assert names("La Gazette des Deux Rives – Tous droits réservés") == ["La Gazette des Deux Rives"]
    assert names("THE BRINDLE ENQUIRER") == ["The Brindle Enquirer"]
    assert names("Hear the full interview on Fellside Radio's drive-time show") == ["Fellside Radio"]
    assert names("Download the KQTR-TV app") == ["KQTR-TV"]


def test_desks_words_and_people_are_no_site_names():
    assert names("Local News | Sport | Weather") == []
    assert names("Breaking News") == []
    assert names("E-mail this story") == []
    assert names("By Jane Holloway and Tom Reyes") == []
    assert names("Share on Facebook") == []


# --- the vote ----------------------------------------------------------------------------

def test_the_site_wins_over_a_wire_agency_and_a_corporate_owner():
    got = choose([Candidate("Reuters", "dateline", 0), Candidate("Holm Media Group", "copyright line", 1),
                  Candidate("Holm Valley Echo", outlet.FURNITURE_NAME, 2)],
                 ["Holm Valley Echo · Contact"], [], lambda n: n.endswith("Group"))
    assert got is not None and got.name == "Holm Valley Echo"
    only_wire = choose([Candidate("Reuters", "dateline", 0)], [], [], lambda n: False)
    assert only_wire is not None and only_wire.name == "Reuters"


def test_a_name_given_in_several_places_beats_one_statement():
    furniture = ["Corran Bay Weekly", "Sign up for the Dunstan Courier newsletter",
                 "Dunstan Courier · Contact us", "© Dunstan Courier"]
    got = choose([Candidate("Corran Bay Weekly", "site name above the headline", 0),
                  Candidate("Dunstan Courier", outlet.FURNITURE_NAME, 1)], furniture, [], lambda n: False)
    assert got is not None and got.name == "Dunstan Courier" and "named in 3 places" in got.evidence
    # named once each: the earlier, stronger evidence stands
    got = choose([Candidate("Corran Bay Weekly", "site name above the headline", 0),
                  Candidate("Dunstan Courier", outlet.FURNITURE_NAME, 1)],
                 ["Corran Bay Weekly", "Dunstan Courier · Contact us"], [], lambda n: False)
    assert got is not None and got.name == "Corran Bay Weekly"


def test_places_count_only_for_site_shaped_names():
    """"Court" in three menu lines is a desk word, not a site named thrice."""
    got = choose([Candidate("The Fenmoor Citizen", "site name above the menu", 0),
                  Candidate("Court", "repeated site name", 1)],
                 ["The Fenmoor Citizen", "Court | Crime", "Court reporter", "Court listings"], [], lambda n: False)
    assert got is not None and got.name == "The Fenmoor Citizen"


def test_a_shorter_name_takes_the_weight_of_its_desk_word_form():
    got = choose([Candidate("Fellside FM News", "site name in the menu", 0),
                  Candidate("Fellside FM", outlet.FURNITURE_NAME, 1)],
                 ["Fellside FM News | Listen | Schedule", "Listen again on the Fellside FM app"], [],
                 lambda n: False)
    assert got is not None and got.name == "Fellside FM"


def test_the_address_corroborates_a_written_out_name_only():
    assert outlet._domain_names(["pellowmercury.co.uk"], "Pellow Mercury")
    assert not outlet._domain_names(["canada.ca"], "Canada")  # the address itself


# --- whole pages -------------------------------------------------------------------------

def test_a_cookie_banner_and_a_footer_menu_name_the_site():
    got = meta("Hollin Vale Daily and our partners use cookies to improve your experience. Accept all | Manage preferences\n"
               "Storm brings down trees across the county\n" + STORM)
    assert got["outlet"] == "Hollin Vale Daily"
    got = meta("Storm brings down trees across the county\n" + STORM + "Hollin Vale Daily · Contact us · Privacy · Terms\n")
    assert got["outlet"] == "Hollin Vale Daily"


def test_an_authors_note_names_the_site_not_the_former_employer():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "Aled Rhys is the weather reporter for the Corrie Herald. He previously worked at the Lune Observer.\n")
    assert got["outlet"] == "Corrie Herald" and got["evidence"]["outlet"] == "author's note"


def test_an_original_named_by_a_reprint_is_not_the_outlet():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "This article first appeared in the Marram Gazette and is republished here with permission.\n")
    assert got["outlet"] is None


def test_the_storys_own_actor_is_not_the_outlet():
    """A paper the article is about, named again in a prompt, published nothing here."""
    text = ("Town's paper to close after 120 years\n"
            "The Oakridge Bugle will print its last edition on Friday, its owners said.\n"
            "The Oakridge Bugle has lost two thirds of its advertising in ten years, the owners said.\n"
            "Staff were told on Monday, and readers have been invited to a farewell evening.\n"
            "Share your memories of the Oakridge Bugle: sign up for our newsletter\n")
    assert meta(text)["outlet"] is None


def test_a_site_describing_itself_at_the_foot_names_it():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "The Selside Voice is an independent news site for the upper dale.\n")
    assert got["outlet"] == "The Selside Voice"


# --- the new detectors never mark article prose ------------------------------------------

PROSE = [
    "Websites use cookies to follow readers, and the regulator said most banners were unlawful.",
    "The Westbury Clarion is a weekly newspaper founded in 1886, and the Westbury Clarion's staff voted to strike.",
    "The festival was sponsored by a local brewery and drew four thousand people over the weekend.",
    "He said he had become a friend of the family after the accident and visited them every week.",
    "The judge said this story first appeared in court papers filed last spring.",
    "The stadium was designed by Harlow Partners, whose roof won an award, the club said.",
    "The club is part of Midshire Sports Group, which also owns two hotels in the town.",
    "Fans can listen again to the commentary, the club said, because the radio rights were renewed.",
    "In the March issue of Field Notes, the researchers said the moths had returned.",
    "She said she would read more stories like this one if the paper printed them.",
    "Readers who spotted an error in the timetable told the council, which corrected it.",
    "Photographs courtesy of the family were shown at the inquest on Tuesday.",
]


def test_new_detectors_leave_article_prose_alone():
    lines = ["Club wins the county cup after extra time"] + PROSE
    text = "\n".join(lines) + "\n"
    marks = detect_boilerplate(text)
    marked = {text[b.start:b.end] for b in marks}
    assert not marked & set(PROSE), marked & set(PROSE)


def test_a_story_about_a_newspaper_keeps_its_last_sentence():
    """The self-description shape in a story whose subject is that paper."""
    text = ("Town paper to close\n"
            "The council said the Westbury Clarion would close after its owners failed to find a buyer.\n"
            "Readers said they would miss it.\n"
            "The Westbury Clarion is a weekly newspaper founded in 1886.\n")
    assert detect_boilerplate(text) == []
    assert meta(text)["outlet"] is None


def test_issue_credit_newsletter_header_and_error_prompt_name_the_site():
    got = meta("Storm brings down trees across the county\n" + STORM + "From the May 2026 issue of Fellside Magazine\n")
    assert got["outlet"] == "Fellside Magazine"
    got = meta("You're reading Morning Notes, the daily newsletter of the Carrow Chronicle.\n"
               "Storm brings down trees across the county\n" + STORM)
    assert got["outlet"] == "Carrow Chronicle" and got["title"] == "Storm brings down trees across the county"
    got = meta("Storm brings down trees across the county\n" + STORM + "Spotted an error? Tell the Dunmere Record\n")
    assert got["outlet"] == "Dunmere Record"


def test_a_site_shaped_dash_suffix_is_split_from_the_headline():
    got = meta("Storm brings down trees across the county — The Carrow Recorder\n" + STORM)
    assert got["title"] == "Storm brings down trees across the county" and got["outlet"] == "The Carrow Recorder"
    got = meta("Talks resume on rail fares – Ministry\n" + STORM)
    assert got["title"] == "Talks resume on rail fares – Ministry"


def test_desk_labels_and_menu_items_are_not_the_site():
    assert names("Weekly Review") == [] and names("Daily News") == []
    assert meta("Home | Books | Book Reporter | Culture\nStorm brings down trees across the county\n" + STORM)[
        "outlet"] is None


def test_a_name_in_an_unmarked_line_at_the_pages_edge_is_read_unless_an_actor():
    got = meta("Storm brings down trees across the county\n" + STORM + "More local news at the Fenwick Beacon\n")
    assert got["outlet"] == "Fenwick Beacon" and got["evidence"]["outlet"] == outlet.EDGE_NAME
    text = ("Paper wins appeal over court reporting ban\n"
            "The Fenwick Beacon has won its appeal against an order that barred it from naming a defendant.\n"
            "Judges said the order had been too wide, and the Fenwick Beacon may now publish the name.\n"
            "Read the judgment: Fenwick Beacon v Crown\n")
    assert meta(text)["outlet"] is None


def test_production_credit_rss_and_letters_prompts_are_furniture():
    for foot, site in (("A Lowdale Radio production", "Lowdale Radio"),
                       ("Get the Ashcombe Herald RSS feed", "Ashcombe Herald"),
                       ("Write to the editor of the Pennard Mercury at letters@example.org", "Pennard Mercury"),
                       ("Pennard Today — local news since 1921", "Pennard Today")):
        text = "Storm brings down trees across the county\n" + STORM + foot + "\n"
        assert foot in {text[b.start:b.end] for b in detect_boilerplate(text)}, foot
        assert meta(text)["outlet"] == site, foot


def test_call_signs_clubs_and_trailing_words():
    assert names("WDRK Channel 8 | EEO Report | Public File") == ["WDRK"]
    assert names("Marsden Star Gazers") == []  # a club: the noun does not end the name
    assert names("Get the Ashcombe Herald RSS feed") == ["Ashcombe Herald"]
    assert names("Tarnford FM News") == ["Tarnford FM News"]


def test_comment_policy_and_correction_name_the_site():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "Comments on Selby Vale Echo stories are moderated before they appear.\n")
    assert got["outlet"] == "Selby Vale Echo"
    got = meta("Storm brings down trees across the county\n" + STORM +
               "Correction: An earlier version of this story in the Pellham Observer gave the wrong date.\n")
    assert got["outlet"] == "Pellham Observer"


def test_a_signature_naming_a_club_is_no_outlet():
    text = "Storm brings down trees across the county\n" + STORM + "Dr Ruth Kaye, Chair, Marsden Star Gazers\n"
    assert meta(text)["outlet"] is None


def test_product_details_and_teasers_after_the_article_give_no_outlet():
    review = ("A quiet novel about a lighthouse family\n"
              "This novel follows three generations of a family who kept a lighthouse off the coast.\n"
              "The writing is spare, and the best chapters are about the long winters.\n"
              "The Lamp Room by Nell Harker, Tidewell Press, £16.99\n")
    assert meta(review)["outlet"] is None
    text = ("Storm brings down trees across the county\n" + STORM + "Most read\n"
            "Harlow Gazette: Bus station revamp delayed again\n"
            "Harlow Gazette: Brass band heads to national final\n")
    assert meta(text)["outlet"] is None  # a partner's teasers: weight 1 each, never corroborated
    contact = "Storm brings down trees across the county\n" + STORM + "Most read\nNewsdesk: 01632 960 555 | Harlow Gazette\n"
    assert meta(contact)["outlet"] == "Harlow Gazette"


def test_trademark_notice_names_the_site():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "Kestrel Journal® is a registered trademark of Kestrel Media LLC.\n")
    assert got["outlet"] == "Kestrel Journal"


def test_cued_names_stations_and_embedded_credits():
    assert names("Subscribe to the print edition of The Skerryman from £2 a week") == ["The Skerryman"]
    assert names("Holmfirth Sound 104.2") == ["Holmfirth Sound"]
    assert names("News 102.4") == []
    got = meta("Storm brings down trees across the county\n" + STORM +
               "Thanks for reading the Ludbrook Gazette. Please consider subscribing.\n")
    assert got["outlet"] == "Ludbrook Gazette"
    got = meta("Storm brings down trees across the county\n" + STORM +
               "— Coldharbour Times (@coldharbourtimes) May 3, 2026\n")
    assert got["outlet"] is None  # an embedded post credits its account, not this site


def test_issued_by_advertise_and_policy_lines_are_furniture_not_prose():
    foot = ["Issued by Corporate Communications", "Advertise with the Ludbrook Gazette",
            "Read the Ludbrook Gazette's corrections policy", "Holmfirth Sound 104.2"]
    text = "Storm brings down trees across the county\n" + STORM + "\n".join(foot) + "\n"
    assert set(foot) <= {text[b.start:b.end] for b in detect_boilerplate(text)}
    prose = "Storm brings down trees\nIssued by the forecaster on Tuesday, the warning covers the whole county.\n" \
            "Advertisers said the policy on corrections was unclear to them and to readers.\n"
    assert detect_boilerplate(prose) == []


def test_series_note_call_sign_before_channel_and_writer_note():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "This story is part of the Ludbrook Ledger's series on the weather.\n")
    assert got["outlet"] == "Ludbrook Ledger"
    assert names("Watch WQRT 7 News at 6 for more") == ["WQRT"]
    got = meta("Storm brings down trees across the county\n" + STORM + "The writer is a former editor of the Selby Herald.\n")
    assert got["outlet"] is None  # "former": another paper
    text = "Storm brings down trees across the county\n" + STORM + "The writer is a former editor of the Selby Herald.\n"
    assert "The writer is a former editor of the Selby Herald." in {text[b.start:b.end] for b in detect_boilerplate(text)}


def test_writer_and_watch_sentences_inside_an_article_stay():
    prose = ("A novel about a lighthouse family\n"
             "The writer is a former nurse, and it shows in the hospital chapters of this novel.\n"
             "Watch Tower Bridge at night from the river, the guide said, when the lights come on.\n"
             "Police said anyone who might have a tip should call the incident line.\n"
             "The book is long, but the ending rewards patience.\n")
    assert detect_boilerplate(prose) == []


def test_prompt_phrases_inside_sentences_stay():
    prose = ("Readers keep the paper going\n"
             "She was already a loyal subscriber when the paper changed hands, she said.\n"
             "The editor said the paper would publish its corrections policy.\n"
             "Most readers no longer use an RSS feed, the survey found.\n")
    assert detect_boilerplate(prose) == []


# --- batch n1-n3 ------------------------------------------------------------------------------

def test_an_aggregators_original_is_the_outlet_but_not_a_reprints():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "This story was originally published by the Harlow Evening Post. Read the full story on their website.\n")
    assert got["outlet"] == "Harlow Evening Post"
    got = meta("Storm brings down trees across the county\n" + STORM +
               "This story was first published by the Harlow Evening Post and is republished here with permission.\n")
    assert got["outlet"] is None


def test_a_name_an_email_address_spells_is_the_site():
    got = meta("Storm brings down trees across the county\n" + STORM +
               "ntrudel@lakeshoremetro.ca\n"
               "Lakeshore Metro is committed to a lively but civil forum. Please keep comments relevant.\n")
    assert got["outlet"] == "Lakeshore Metro"
    # an address that spells no name of the furniture names nothing
    got = meta("Storm brings down trees across the county\n" + STORM + "ntrudel@lakeshoremetro.ca\n")
    assert got["outlet"] is None


def test_a_breadcrumb_root_of_the_copyright_company_and_edition_labels():
    text = ("Startseite · Politik · Wirtschaft · English Edition\nRheinblick International › Economy\n"
            "Storm brings down trees across the county\n" + STORM + "© Rheinblick Verlag GmbH 2026\n")
    assert meta(text)["outlet"] == "Rheinblick International"
    # without the breadcrumb the company stands (nothing else names the site)
    text = "Storm brings down trees across the county\n" + STORM + "© Rheinblick Verlag GmbH 2026\n"
    assert meta(text)["outlet"] == "Rheinblick Verlag"


def test_staff_credits_foreign_newsroom_and_desk_noun():
    got = meta("Storm brings down trees across the county\nRedacción Costa Norte Today\n" + STORM +
               "© Costa Norte Today 2026 · Aviso legal\n")
    assert got["outlet"] == "Costa Norte Today"
    got = meta("Storm brings down trees across the county\nCity Pulse News Desk\n" + STORM +
               "Download the City Pulse News App to get daily updates.\n")
    assert got["outlet"] == "City Pulse News"
    got = meta("Storm brings down trees across the county\nCity Pulse News Desk\n" + STORM)
    assert got["outlet"] == "City Pulse"


def test_a_desk_kicker_is_not_the_site_name():
    text = ("Rural\nCattle sale prices jump after good rain\nBec Harlan\n" + STORM +
            "Bec Harlan is the Star's rural reporter. Contact her on 07 4660 1144.\n")
    assert meta(text)["outlet"] is None


def test_a_credit_line_names_the_outlet_at_its_end_whatever_its_last_word():
    assert outlet.author_outlet("Reporting by Nell Carey for Radio Tarnbrook North") == "Radio Tarnbrook North"
    assert outlet.author_outlet("Words by Ade Bello for The Okuta Weekly") == "The Okuta Weekly"
    # no site noun in the run: a person or a cause, not an outlet
    assert outlet.author_outlet("Reporting by Nell Carey for Friends Of Tarn Woods") is None
    # inside a sentence the credit shape does not apply
    assert outlet.author_outlet("The grant paid for reporting by Nell Carey for Radio Tarnbrook North") is None


def test_a_staff_photographer_credit_names_the_site():
    body = ("Dredging of the silted harbour channel began on Monday and is expected to take six weeks.\n"
            "Fishing boats have had to wait for high tide to leave since the autumn storms.\n"
            "Boats wait at the quay for the tide on Monday.\n{credit}\n"
            "The authority said the cost would be shared with the county council.\n"
            "Skippers said they had lost several days of fishing each month since October.\n")
    text = "Harbour dredging starts\n" + body.format(credit="Ana Ruiz/Porthallow Evening Courier Photographer")
    assert meta(text)["outlet"] == "Porthallow Evening Courier"
    # another paper's picture carries no role: no outlet from it
    text = "Harbour dredging starts\n" + body.format(credit="Ana Ruiz/Porthallow Evening Courier")
    assert meta(text)["outlet"] is None


def test_q_pass_outlet_statements():
    """New ways a page names its site (q1–q3): a disclaimer's last words, a
    magazine's issue, a site's readers, a masthead inside the publishing
    company, a site's initials spelled out, an editor's rank; the author is
    never the site."""
    column = ("Let the hedges grow\nBy Alma Reyes\n" + STORM + "More from Alma Reyes\n"
              "Opinions expressed in this column are the author's own and do not necessarily reflect those of the Fenwick Courier.\n")
    assert meta(column)["outlet"] == "Fenwick Courier"
    magazine = "Storm damage in the old orchards\n" + STORM + "This article appeared in the May issue of Orchard & Hive.\n"
    assert meta(magazine)["outlet"] == "Orchard & Hive"
    company = "Storm closes roads\n" + STORM + "Copyright © 2026 Tarn Bay Post Publishers Ltd. All rights reserved.\n"
    assert meta(company)["outlet"] == "Tarn Bay Post"
    initials = ("Storm closes roads\n" + STORM.replace("A storm", "RIGA, March 3 (LNS) - A storm", 1)
                + "Edited by the English desk of Latvian News Service. Reproduction only with reference to LNS.\n")
    assert meta(initials)["outlet"] == "Latvian News Service"
    rank = ("Storm closes roads\nWritten by Piet Haller\n" + STORM
            + "Piet Haller is deputy editor of Roof & Gutter Review. He has covered building for ten years.\n")
    assert meta(rank)["outlet"] == "Roof & Gutter Review"
    former = "Storm closes roads\n" + STORM + "Piet Haller is a former editor of the Tarn Bay Post.\n"
    assert meta(former)["outlet"] is None



def test_a_name_opening_with_a_page_action_word_and_a_dutch_company():
    assert names("Print & Pack Weekly") == ["Print & Pack Weekly"]
    assert names("Print this page") == []
    page = ("Storm closes roads\nBy Piet Haller\n" + STORM + "Piet Haller is news editor of Print & Pack Weekly.\n"
            "© 2026 Haller Trade Publishers B.V.\n")
    assert meta(page)["outlet"] == "Print & Pack Weekly"

"""Title, outlet and date, when the page itself states them, and which
evidence decided each (`infer` returns it under "evidence").

The evidence is general page shape, never a list of sites:
- title: the line of the page's header that reads like a headline, past
  navigation, kickers, date lines, bylines and the site's masthead (marked
  boilerplate): the first such line, unless a later one is plainly the line
  the lede elaborates (it shares more of the first paragraphs' words); a
  "Headline | Site" suffix is split off;
- outlet: the site that published the page: a copyright line, a byline
  naming the outlet, a "Headline | Site" suffix, a credit in the dateline
  ("LONDON (Reuters) —"), the site's address, a site name repeated in the
  page furniture, a masthead (with or without its tagline), "Source: …", the
  article calling itself "the X", a prompt naming the site, a staff or board
  credit ("By X Staff"), a reprint's "republished by X", an author's note
  ("… reporter for the X"), and any site-shaped name in the furniture or in
  unmarked short lines at the page's edges; every name found is weighed by
  `outlet.choose` (several places beat one; a wire agency or a company only
  when nothing names the site); an outlet named in the article's prose
  ("told the Harbour Times") is never read;
- date: when the article was published: a date line ("Published" before
  "Updated"), the dateline, a byline, else a date in the header or page
  furniture; never a date told in an article sentence, in teasers for other
  stories or in captions.

Dates are parsed by hand: the forms pages use are few (day month year,
month day year, ISO, numeric with dots, slashes or dashes; day or month
first by the page's time zone or habit), and a general parser run
over running text finds "dates" in ordinary words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date

from . import outlet
from .boilerplate import Line, footer_organisation, masthead_name, organisation_name, page_lines, site_name_part
from .lexicon import calendar, pages
from .lexicon.syndication import is_wire_agency
from .model import Boilerplate
from .text import STOPWORDS, norm_word

MONTHS = {month: i + 1 for i, month in enumerate(calendar.MONTHS)} | {
    short: calendar.MONTHS.index(month) + 1 for short, month in calendar.MONTH_ABBREVIATIONS.items()
} | pages.FOREIGN_MONTHS  # "24 août 2026", "25 de mayo de 2026" (accents folded)
_MONTH = r"(?P<mon>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(rf"\b{_DAY}\.?\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?:\b|(?=\d{{1,2}}:\d\d))"),  # also "20269:14 AM" run together
    re.compile(rf"\b{_YEAR}[-/](?P<month>\d\d)[-/](?P<day>\d\d)(?:\b|(?=T\d))"),  # ISO, also a timestamp
    re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}\b"),
    re.compile(rf"\b(?P<mday>\d{{1,2}})([/-])(?P<dmon>\d{{1,2}})\2{_YEAR}\b"),
]
_HEADLINE_END = re.compile(r"[.…:;,][\"”’'»)\]]*\s*$")
_SECTION_SUFFIX = re.compile(r"^(.+?)\s+\|\s+([^|]+)$")
_TITLE_SUFFIX = re.compile(r"^(?P<title>.+?)\s+(?:\||[-–—])\s+(?P<site>[^|–—]+)$")
_NAME = r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|on|for|and|&|de|du|la|el)?\s*(?:[A-Z][\w&'’.-]*|\d{1,3}\b)){0,4}"
_COPYRIGHT_NAME = re.compile(
    rf"(?:(?:©|\(c\)|copyright)\s*)+(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d\s*)?)?,?\s*(?:(?:provided\s+)?by\s+)?(?P<name>{_NAME})", re.I)
#: "Harbour Times © 2026": the name before the sign.
_NAME_THEN_COPYRIGHT = re.compile(rf"^\W*(?P<name>{_NAME})\s*(?:©|\(c\))\s*(?:19|20)\d\d\W*$")
#: "Jane Roe | The Harbour Times" under the headline: the author, then the outlet.
_NAME_PIPE_OUTLET = re.compile(rf"^\W*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}}\s+[|·•]\s+(?P<name>{_NAME})\s*$")
#: Lines of the page that say whose it is: "Published by The Harbour Times",
#: "The Harbour Times is published by Quayside Media Ltd.", "Harbour Times logo",
#: "More from The Harbour Times", an "About The Harbour Times" menu item.
_SITE_STATEMENT = re.compile(
    rf"^\W*(?:(?i:published|produced|operated) by\s+(?P<by>{_NAME})\W*$|"
    rf"(?P<site>{_NAME}) (?:is|are) (?:(?:published|owned|operated|produced|run|organi[sz]ed) by\b|"
    # a site naming its funding: "Gadget Bench is supported by its readers", "… is a reader-supported publication"
    rf"(?:supported|funded) by (?:its|our) (?:readers|listeners|members)\b|an? (?:reader|listener|member)-supported\b)|"
    # a footer's legal note: "Federation of Craft Bakers is a company limited by guarantee …"
    rf"(?P<company>{_NAME}) (?:is|are) (?:a |an )?(?:company limited by guarantee|registered (?:charity|company)|"
    rf"trading name|not-for-profit|non-profit|community interest company)\b|"
    rf"(?P<logo>{_NAME}) logo\W*$|"
    rf"(?i:more from|also on)\s+(?P<more>{_NAME})\W*$|"
    rf"(?i:go|back|return) to\s+(?P<home>(?:the\s+)?{_NAME})\s+(?i:home ?page|home)\W*$)")
#: A reprint's credit names the site that reprinted it after the wire it came
#: from: "… originally published by Reuters and is republished by The Oakhurst
#: Ledger under a licence": the site is the one that republished it; so is
#: the paper whose print edition the article "appeared in".
_REPUBLISHED_BY = re.compile(
    rf"\b(?:(?i:republished|reprinted|reproduced)\s+(?:(?i:here|with permission)\s+)?(?i:by|in|on)|"
    rf"(?i:appeared|appears|ran)\s+(?i:in\s+the\s+(?:print|weekend|sunday|saturday|daily)\s+edition\s+of))"
    rf"\s+(?P<name>{_NAME})")
_REPRINT_WORDS = re.compile(r"\b(?:republish|reprint|reproduc|syndicat)", re.I)
_ABOUT_ITEM = re.compile(rf"(?:^|[|·•]\s*)(?i:about)\s+(?P<name>{_NAME})\s*(?:[|·•]|$)")
_BYLINE_OUTLET = re.compile(
    rf"^\W*by\s+.+?(?:\s+[|·•–—/-]\s+|\s+for\s+(?:the\s+)?|,\s+(?:special\s+to\s+)?)(?P<name>{_NAME})\s*$", re.I)
#: A credit to the site's own staff or board, no person named: "By Corran
#: Bay Courier Staff", "The Wexcombe Standard Editorial Board", "Posted by
#: Harlow Now Newsroom", "Marlow Bay Voice staff reports"; "Special to the
#: Tarnbridge Observer" on a line of its own under the author's name.
_BYLINE_SITE_STAFF = re.compile(
    rf"^\W*(?i:(?:(?:posted|written|filed|compiled)\s+)?by\s+)?(?P<name>{_NAME})\s+(?i:{pages.STAFF_CREDIT_WORDS})\W*$|"
    rf"^\W*(?i:special to)\s+(?P<special>(?:the\s+|The\s+)?{_NAME})\W*$")
#: "Tomas Reyes, Prairie Sentinel staff": the outlet before a staff role.
_BYLINE_STAFF = re.compile(
    rf"^\W*(?:by\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}},\s+(?P<name>{_NAME})\s+"
    r"(?P<role>(?i:staff(?:\s+(?:writer|reporter))?|reporter|correspondent|writer))\s*$")
_DATELINE_CREDIT = re.compile(
    r"^(?:[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,5}?,?\s*)?\((?P<name>[A-Z][\w&.'’ -]{1,30})\)\s*[-–—:]")
_SOURCE_LINE = re.compile(rf"^\W*(?:source|sources|via)\s*:?\s+(?P<name>{_NAME})\W*$", re.I)
#: "… on October 14" after a paper's name ("the print edition of The Quillford Times on October 14, 2026").
_ON_DATE = re.compile(r"\s+on\s+(?:[A-Z][a-z]+\s+)?\d.*$|\s+on\s+(?:"
                      + calendar.alternation(calendar.MONTHS + calendar.DAYS) + r")\b.*$")
#: "… on Patreon" after a site's name in a prompt ("Support The Parish Pump on Patreon").
_ON_PLATFORM = re.compile(r"\s+on\s+(?:Patreon|Ko-fi|Substack|Facebook|Instagram|YouTube|Spotify|Apple Podcasts)$")
_FROM_ORGANISATION = re.compile(r"^\W*[Ff]rom:\s+(.+?)\s*$")
_SELF_REFERENCE = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w&'’.-]*\s){0,2}[A-Z][\w&'’.-]*) (?:has|have) not (?:independently )?(?:verified|confirmed)")
_SELF_REFERENCE_TAIL = re.compile(r"not (?:independently )?(?:verified|confirmed)")
_SITE_NAME = re.compile(_NAME)
_ROLE_NOUNS = frozenset("reporter writer correspondent editor staff contributor columnist journalist producer "
                        "photographer chief desk".split())
_PROMPT_SITE = re.compile(
    rf"\b(?:the|to|a free|your|our)\s+(?P<name>{_NAME})\s+(?:[a-z][\w-]*\s+){{0,3}}"
    rf"(?:newsletters?|app|account|subscription|briefing|alerts|newsroom)\b|"
    rf"\b(?i:follow|like)\s+(?P<name3>(?:the|The)\s+{_NAME})\s+on\s+[A-Z]|"
    # without "the", a name ending in a masthead word ("Follow Straits Courier on Telegram"), not a person's
    rf"\b(?i:follow)\s+(?P<name7>{_NAME})\s+on\s+[A-Z]|"
    rf"\b(?i:subscribe to|sign up for|support|join)\s+(?P<name2>(?:the\s+)?{_NAME})(?=\s*(?:[.!]|,(?!\s*(?:our|your|a|an|the)\b)|today|now|$))|"
    # a possessive names the owner: "Sign up for The Lakeland Herald's morning briefing"
    rf"\b(?i:for|from|to|get)\s+(?:the\s+)?(?P<name4>{_NAME})['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}"
    r"(?:newsletters?|app|briefing|alerts|podcast|daily|digest|edition|e-?mails?)\b|"
    # the page sends its reader on to the site: "Continue reading on The Islay Gazette", "Enjoying Crumb and Crust?"
    rf"\b(?i:continue reading|keep reading|read the full (?:story|article)|read more)\s+(?i:on|at)\s+(?:the\s+)?(?P<name5>{_NAME})\W*$|"
    rf"^\W*(?i:enjoying|enjoy|like|love|loving)\s+(?P<name6>{_NAME})\?|"
    rf"^\W*(?i:thanks|thank you)\s+(?i:for reading)\s+(?P<name10>{_NAME})[!.]|"
    # other languages name the site after the app: "Download de app van Omroep Noordkust"
    rf"\b(?i:app|application|aplicación|applicazione)\s+(?i:van|von|de|der|del|di|du)\s+(?P<name8>{_NAME})\W*$|"
    # "Subscribe to The Commerce Ledger for unlimited access" (a masthead), "Support The Parish Pump on Patreon"
    rf"\b(?i:subscribe to|support)\s+(?P<name9>(?:the\s+|The\s+)?{_NAME})\s+(?:for|on)\s|"
    rf"\b(?i:get)\s+(?P<name11>(?:the\s+|The\s+)?{_NAME})\s+(?i:in|delivered to)\s+(?i:your inbox)|"
    # a station's "Listen live to River Radio on your smart speaker" (a site's name, see `_prompt_site_name`)
    rf"^\W*(?i:listen live to|listen to|tune in to)\s+(?P<name12>(?:the\s+|The\s+)?{_NAME})\s+(?i:on|at|via)\b")
_NOT_OUTLET_WORDS = pages.NAVIGATION_WORDS | pages.SECTION_WORDS | pages.PROMPT_VERBS | frozenset(
    "all rights reserved photo image newsletter app up in sign staff writer reporter editor the agencies agency "
    "wires wire reports".split()) | pages.RIGHTS_RESERVED_WORDS

#: Reasons of marks whose dates are not the article's (other stories, photos).
_FOREIGN_REASONS = frozenset({"unrelated content after the article", "link to another story", "photo caption",
                              "photo credit", "bracketed photo credit", "share, subscribe or sign-in prompt",
                              "copyright line"})
#: Marks about other stories and photos (their names are not the site's).
_OTHER_THINGS = _FOREIGN_REASONS - {"share, subscribe or sign-in prompt", "copyright line"} | {"byline"}
#: Marks whose words are never a site's name (an advert slot, a date).
_NAMELESS_REASONS = frozenset({"advertisement or 'continues below' line", "date line", "repeated dateline",
                               "separator line", "hashtags"})


def _header(lines: list[Line], marked: set[int]) -> list[Line]:
    """Lines before the body begins (the first long line that ends a sentence)."""
    out = []
    for line in lines:
        if line.n_words >= 12 and line.ends_sentence and line.index not in marked:
            break
        out.append(line)
    return out


def _marked_lines(lines: list[Line], marks: list[Boilerplate]) -> dict[int, str]:
    by_start = {b.start: b.reason for b in marks}
    return {ln.index: by_start[ln.start] for ln in lines if ln.start in by_start}


#: Marks that stand between a headline and its article (a headline may end with a full stop above them).
_HEADER_FURNITURE = frozenset({"date line", "byline", "photo credit", "share, subscribe or sign-in prompt"})


def _headline(lines: list[Line], marked: dict[int, str]) -> tuple[str, str] | None:
    """(headline line, evidence). Of the header's headline-shaped lines, the
    first, unless a later one is plainly the line the lede elaborates: a
    tagline, a running header or a prompt the detectors did not know shares
    few of the first paragraphs' words, the headline shares many (see
    `_lede_choice`)."""
    candidates = list(_headline_candidates(lines, marked))
    if not candidates:
        return None
    line, text = _lede_choice(lines, marked, candidates)
    return text, "first line" if line.index == 0 else "first line after page furniture"


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _lede_words(lines: list[Line], marked: dict[int, str]) -> set[str]:
    """Content words of the first two paragraphs of the article."""
    out: set[str] = set()
    header = len(_header(lines, set(marked)))
    paragraphs = [ln for ln in lines[header:] if ln.index not in marked and ln.n_words >= 8][:2]
    for ln in paragraphs:
        out.update(_stem(w) for w in _content_words(ln.text))
    return out


def _content_words(text: str) -> set[str]:
    return {norm_word(w) for w in re.findall(r"\w+(?:['’]\w+)*", text)
            if len(w) > 2 and norm_word(w) not in STOPWORDS}


def _lede_choice(lines: list[Line], marked: dict[int, str],
                 candidates: list[tuple[Line, str]]) -> tuple[Line, str]:
    """The first candidate, or a later one that shares at least two more of
    the lede's content words. A longer line right after a headline of four
    words or more is its standfirst, which restates the lede and so is never
    preferred to it; a shorter label above the headline is no headline."""
    if len(candidates) == 1:
        return candidates[0]
    lede = _lede_words(lines, marked)
    if not lede:
        return candidates[0]

    def shared(text: str) -> int:
        return len({_stem(w) for w in _content_words(text)} & lede)

    best, best_score = candidates[0], shared(candidates[0][1])
    previous = candidates[0]
    for cand in candidates[1:]:
        standfirst = cand[0].index == previous[0].index + 1 and \
            4 <= len(previous[1].split()) < len(cand[1].split())
        previous = cand
        if standfirst:
            continue
        score = shared(cand[1])
        if score >= best_score + 2:
            best, best_score = cand, score
    return best


def _headline_candidates(lines: list[Line], marked: dict[int, str]) -> Iterator[tuple[Line, str]]:
    """The header's unmarked lines shaped like a headline, up to the first
    that cannot be one (a sentence: the article has begun)."""
    for line in _header(lines, set(marked)):
        if line.index in marked:
            continue
        text = line.text.strip()
        words = text.split()
        question = text.endswith(("?", "!")) and len(words) <= 20
        if len(words) <= 2 and not line.ends_sentence:
            continue  # a label the detectors did not know
        # a headline written with a full stop ("Ministry raises rail fares."):
        # short, and set off from the article by a date line or byline after it
        if 4 <= len(words) <= 16 and text.endswith(".") and not text.endswith("..") \
                and line.index + 1 < len(lines) and line.index + 1 in marked \
                and marked[line.index + 1] in _HEADER_FURNITURE:
            yield line, text
            continue
        if not 3 <= len(words) <= 30 or (line.ends_sentence and not question) or _HEADLINE_END.search(text):
            return
        if line.index == lines[-1].index or any(p.fullmatch(text) for p in _DATE_PATTERNS):
            return
        yield line, text


def _split_site_suffix(title: str, text: str) -> tuple[str, str | None]:
    """"Headline | Site" → ("Headline", "Site"). After a dash the suffix may
    be part of the headline ("Talks resume – Ministry"), so a dash splits only
    when the page names the site again elsewhere."""
    m = _TITLE_SUFFIX.match(title)
    if m:
        site = m.group("site").strip()
        head = m.group("title").strip()
        # "Headline | Local News | Site": the section between goes too
        while (section := _SECTION_SUFFIX.match(head)) and all(
                w in pages.SECTION_WORDS for w in section.group(2).lower().split()):
            head = section.group(1).strip()
        words = site.split()
        if 1 <= len(words) <= 4 and len(head.split()) >= 3 \
                and all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in words) \
                and ("|" in title[len(head):len(title) - len(site)] or text.lower().count(site.lower()) >= 2
                     or outlet.is_site_shaped(site)):  # "… — The Vale Recorder": a site's name, not a clause
            return head, site
    return title, None


def infer_title(text: str, marks: list[Boilerplate] | None = None) -> str | None:
    """The headline, when the page's header has one."""
    return infer(text, marks or [])["title"]


def _in_text_form(text: str, label: str) -> str | None:
    """How the page itself writes an outlet's name (bbc.com → 'BBC')."""
    m = re.search(rf"\b({re.escape(label)})\b", text, re.I)
    if m and m.group(1) != m.group(1).lower():
        return m.group(1)
    return None


#: Words of page furniture before a name ("Logo of …", "Friend of …"): never part of it.
_LEAD_WORDS = re.compile(r"^(?:(?i:logo|image|icon)\s+(?:of\s+)?(?=(?:[Tt]he\s+)?[A-Z])|"
                         r"(?i:friends?|supporters?|patrons?)\s+of\s+(?=[Tt]he\s+[A-Z]))")


def _clean_name(name: str) -> str | None:
    name = re.split(r"\.\s", name)[0].strip(" .,;:|-–—")
    name = _LEAD_WORDS.sub("", name)  # "Logo of The Fernhill Mercury"
    name = re.sub(r"['’]s$", "", name)  # "the Courier's morning briefing"
    name = re.sub(r"(?:,?\s+(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|S\.?A|Pte|Pty|Bhd|Co|B\.V|N\.V|BV|NV|S\.p\.A|S\.r\.l))+\.?$", "", name)
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in pages.EDITION_LABEL_WORDS:
        return None  # "English Edition", "Weekend Edition": an edition of the site, not its name
    if not words or all(w.lower().strip(".") in _NOT_OUTLET_WORDS or w.lower().strip(".") in pages.DATE_LINE_WORDS
                        or norm_word(w) in _NOT_OUTLET_WORDS or w.isdigit() for w in words):
        return None
    return name


#: Words of page actions that a menu item puts before or after a site's name
#: ("About Bayview Daily", "Bayview Daily Home").
_MENU_EDGE_WORDS = pages.NAVIGATION_WORDS | frozenset("about contact advertise follow from with on".split())


def _name_core(name: str) -> str:
    words = name.split()
    while words and words[0].lower() in _MENU_EDGE_WORDS:
        words.pop(0)
    while words and words[-1].lower() in _MENU_EDGE_WORDS:
        words.pop()
    return " ".join(words)


def _masthead(line: Line) -> tuple[str, str] | None:
    """A site's name standing at the top of its page, alone ("Transit
    Times") or before its tagline ("The Fenwick Courier — News for the Fen
    Country"): (name, evidence)."""
    if line.ends_sentence:
        return None
    name = masthead_name(line.text)
    if not name or not (cleaned := _clean_name(name)):
        return None
    return cleaned, "masthead line" if name == line.text.strip() else "masthead with tagline"


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
#: The last word of a company's name, not a site's: a copyright line often
#: names the owner ("© 2026 Clarion Media Group Ltd") rather than the site.
_CORPORATE = re.compile(
    r"\b(?:Media|Group|Holdings|Publishing|Publications|Communications|Enterprises|Corporation|Corp|Company|"
    r"Broadcasting|Publishers|Pte|Pty|Bhd|Berhad|Inc|LLC|AG|SE|Verlag|Verlagsgruppe|Mediengruppe|Editora|Éditions|Editions)\.?$")


def _site_of_company(company: str) -> str | None:
    """The masthead inside a company's name: "Harbour City Post Publishers"
    is the company that publishes the "Harbour City Post" (not "Star Media
    Group": no masthead noun before the corporate word)."""
    words = company.split()
    if len(words) >= 3 and _CORPORATE.search(words[-1]) and (name := masthead_name(" ".join(words[:-1]))):
        return name
    return None
_BRAND = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # "NewsPulse", "QuickWire"


def _menu_brand(text: str) -> str | None:
    """A top menu's first item when it is a brand, not a section: the logo
    link that heads many menus ("NewsPulse | Top stories | Local"). A brand
    is a run-together name or a masthead ("Valley Courier"); a plain word
    ("Home", "Politics") is a section."""
    items = [i.strip() for i in pages.NAV_SEPARATORS.split(text) if i.strip()]
    if len(items) < 3:
        return None
    first = items[0]
    if _BRAND.fullmatch(first):
        parts = re.findall(r"[A-Z][a-z]+", first)
        if all(p.lower() in _NOT_OUTLET_WORDS for p in parts):
            return None  # "NewsWorld": a run-together breadcrumb
        return first
    return masthead_name(first)


def _menu_root_of(company: str, lines: list[Line], marked: dict[int, str]) -> str | None:
    """The first item of a menu or breadcrumb at the top of the page that
    shares its first word with the company of the copyright line: the
    company's site ("Rheinblick International › Economy" on a page "©
    Rheinblick Verlag GmbH"). A section word ("Home", "News") is no site."""
    brand = company.split()[0]
    for ln in lines[:4]:
        if marked.get(ln.index) not in ("navigation", "section label"):
            continue
        first = pages.NAV_SEPARATORS.split(ln.text.strip())[0].strip()
        words = first.split()
        if 1 <= len(words) <= 4 and words[0] == brand and first != company and all(w[:1].isupper() for w in words) \
                and (name := _clean_name(first)):
            return name
    return None


#: A credit by a person that the detectors call a wire credit ("Written by Tomasz Brenner").
_WRITTEN_BY = re.compile(r"^\W*(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eported) by [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}\s*$")


def _author_words(lines: list[Line], marked: dict[int, str]) -> set[str]:
    """The capitalised words of the author's name: bylines without the
    outlet they name ("By Jane Roe, Tidewater Journal"), and a name line
    below the headline."""
    words: set[str] = set()
    below_headline = False
    for ln in lines:
        reason = marked.get(ln.index)
        if reason is None:
            below_headline = True
        elif reason == "byline" or reason == "the site's name" and below_headline \
                or reason == "wire credit" and _WRITTEN_BY.match(ln.text) and not is_wire_agency(ln.text.split(" by ", 1)[-1]):
            text = ln.text
            m = _BYLINE_OUTLET.match(text) or _BYLINE_STAFF.match(text) or pages.FOREIGN_NEWSROOM.match(text)
            if m:
                text = text[:m.start("name")] + text[m.end("name"):]
            words.update(_CAPITALISED.findall(text))
    return words - {"By", "From"}


def _outlet(text: str, lines: list[Line], marked: dict[int, str], title_site: str | None,
            headline: str | None = None) -> tuple[str, str] | None:
    """The site that published the page: every name the page gives its
    publisher, weighed by `outlet.choose` (a wire agency or a corporate
    owner only when nothing names the site: an aggregator or a local paper
    running "LONDON (Reuters) —" or "Source: AFP" published the page)."""
    candidates: list[outlet.Candidate] = []
    authors: set[str] | None = None  # read from the bylines only when a copyright line needs them
    for name, evidence in _outlet_evidence(text, lines, marked, title_site):
        if evidence == "copyright line" or evidence in ("site statement", "repeated site name") \
                and not outlet.is_site_shaped(name):
            authors = _author_words(lines, marked) if authors is None else authors
            if (caps := set(_CAPITALISED.findall(name))) and caps <= authors:
                # "© 2026 Tobias Wren" on a newsletter, "More from Margaret Cole" under a column,
                # the byline's name again in the author's note: the author, not a site
                continue
        candidates.append(outlet.Candidate(name, evidence, len(candidates)))
    own = [ln for ln in lines if ln.index in marked and marked[ln.index] not in _NAMELESS_REASONS
           and (marked[ln.index] not in _OTHER_THINGS or marked[ln.index] == "byline")]
    sentences = [ln for ln in lines if ln.index not in marked and (ln.ends_sentence or ln.n_words > 16)]
    body = ["\n".join(ln.text for ln in sentences)]
    for name, evidence in _furniture_names(own, marked, body):
        candidates.append(outlet.Candidate(name, evidence, len(candidates)))
    edges = _edge_lines(lines, marked, sentences, headline)
    for name in _edge_names(edges, body):
        candidates.append(outlet.Candidate(name, outlet.EDGE_NAME, len(candidates)))
    # after the article, names are mostly other stories' and partners': alone they weigh too
    # little to stand, unless the line gives contact details ("Newsdesk: 01632 … | X")
    after = [ln for ln in lines if marked.get(ln.index) == "unrelated content after the article"]
    for ln in after:
        kind = outlet.FURNITURE_NAME if pages.CONTACT_CUE.search(ln.text) else outlet.AFTER_NAME
        for name in _edge_names([ln], body):
            candidates.append(outlet.Candidate(name, kind, len(candidates)))
    for ln in lines:  # a picture by the site's staff photographer ("Name/X Daily Photographer")
        if marked.get(ln.index) == "photo credit" and (m := pages.STAFF_PHOTOGRAPHER.match(ln.text)) \
                and outlet.is_site_shaped(m.group("name")) and (name := _clean_name(m.group("name"))) \
                and not outlet._mentions(name, body):
            candidates.append(outlet.Candidate(name, outlet.FURNITURE_NAME, len(candidates)))
    places = [ln.text for ln in own] + [ln.text for ln in edges]
    for name in _email_site_names(own, places):
        candidates.append(outlet.Candidate(name, "e-mail address", len(candidates)))
    if title_site:
        places.append(title_site)
    domains = [m.group(1).lower() for ln in own if "@" not in ln.text for m in pages.DOMAIN.finditer(ln.text)]
    choice = outlet.choose(candidates, places, domains, lambda n: bool(_CORPORATE.search(n)))
    if choice and choice.name.isupper() and 2 <= len(choice.name) <= 6 and choice.name.isalpha() \
            and not is_wire_agency(choice.name) and (full := _spelled_out(choice.name, [ln.text for ln in own])):
        # (a known wire keeps its initials, the name it goes by: "AP")
        return full, choice.evidence + ", spelled out in the furniture"
    return (choice.name, choice.evidence) if choice else None


def _spelled_out(initials: str, texts: list[str]) -> str | None:
    """The full name of a site known by its initials ("BPA"), when the
    furniture spells it with those initials ("… the English service of
    Baltica Press Agency"): the name a reader knows it by."""
    for t in texts:
        for m in _CAPITAL_RUN.finditer(t):
            words = [w for w in m.group().split() if w != "The"]
            if len(words) == len(initials) and "".join(w[0] for w in words) == initials \
                    and (name := _clean_name(" ".join(words))):
                return name
    return None


_EMAIL_DOMAIN = re.compile(r"@([\w-]+)(?:\.[\w-]+)+")
_CAPITAL_RUN = re.compile(r"(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){1,3}")


def _email_site_names(own: list[Line], texts: list[str]) -> Iterator[str]:
    """A name of two to four capitalised words in the furniture that an
    e-mail address of the furniture spells ("ntrudel@lakeshoremetro.ca" and
    "… /Lakeshore Metro"): the site's own name and its domain agree."""
    labels = {m.group(1).lower().replace("-", "") for ln in own if "@" in ln.text
              for m in _EMAIL_DOMAIN.finditer(ln.text)}
    if not labels:
        return
    for t in texts:
        for m in _CAPITAL_RUN.finditer(t):
            words = m.group().split()
            for lo in range(len(words) - 1):  # the name may start inside the run ("Photo Lakeshore Metro")
                squashed = re.sub(r"[^a-z0-9]", "", "".join(words[lo:]).lower())
                if squashed in labels or squashed.removeprefix("the") in labels:
                    if (name := _clean_name(" ".join(words[lo:]))):
                        yield name
                        return


_YOU_ARE_HERE = re.compile(r"^\W*(?i:you are here)\s*:?")
#: Furniture that does not name its own site: a wire's credit, a desk's label above the headline.
_NOT_SITE_LINES = frozenset({"kicker above the headline", "section label", "embedded post credit"})


def _edge_lines(lines: list[Line], marked: dict[int, str], sentences: list[Line],
                headline: str | None) -> list[Line]:
    """Unmarked short lines above the article's first sentence or below its
    last, other than the headline: furniture no detector knew ("A Ridgeline
    Radio production", "Get the X RSS feed"), where a site's name stands
    and an actor's seldom does (actors are in the sentences)."""
    if not sentences:
        return []
    first, last = sentences[0].index, sentences[-1].index
    return [ln for ln in lines if ln.index not in marked and (ln.index < first or ln.index > last)
            and not ln.ends_sentence and ln.n_words <= 16 and ln.text.strip() != (headline or "").strip()]


def _edge_names(edges: list[Line], body: list[str]) -> Iterator[str]:
    """Site-shaped names in those lines, by the rules of `_furniture_names`."""
    for ln in edges:
        if pages.PRODUCT_DETAILS.search(ln.text):
            continue  # a book's or an album's details: its publisher, its label
        for at, found in outlet.site_names(ln.text):
            if outlet.named_as_other_outlet(ln.text, at) or not (name := _clean_name(found)):
                continue
            if not outlet._mentions(name, body):
                yield name


def _furniture_names(own: list[Line], marked: dict[int, str], body: list[str]) -> Iterator[tuple[str, str]]:
    """Names the site leaves in its furniture in no foreseen statement (see
    `outlet`): an author's note ("… reports on farming for the Upland
    Courier"), a foreign "published by", and any site-shaped name in a line
    of furniture that is not about other stories or photos, unless it is
    introduced as another outlet or the article's sentences name it (an
    actor of the story)."""
    for ln in own:
        if marked[ln.index] == "byline":
            if (name := outlet.author_outlet(ln.text)) and (name := _clean_name(name)):
                yield name, "author's note"
            continue  # otherwise the author's name, not the site's
        if (m := pages.FOREIGN_PUBLISHED_BY.match(ln.text)) and (name := _clean_name(m.group("name"))):
            yield name, "site statement"
        if (name := outlet.author_outlet(ln.text)) and (name := _clean_name(name)):
            yield name, "author's note"
        if marked[ln.index] in _NOT_SITE_LINES or pages.PLATFORM_LINE.search(ln.text):
            continue  # names the wire or the platform; a desk's label ("Book Review")
        menu = marked[ln.index] == "navigation"
        for at, found in outlet.site_names(ln.text):
            if menu and _YOU_ARE_HERE.sub("", ln.text[:at]).strip(" \t|·•>›»/-–—"):
                break  # a menu names the site first ("X · Contact us"), else its items are sections
            if outlet.named_as_other_outlet(ln.text, at) or not (name := _clean_name(found)):
                continue
            if marked[ln.index] == "wire credit" and is_wire_agency(name):
                continue  # the wire credited, not the site
            if outlet._mentions(name, body):
                continue  # the story's actor ("The Westbury Clarion will print its final edition")
            yield name, outlet.FURNITURE_NAME


def _outlet_evidence(text: str, lines: list[Line], marked: dict[int, str],
                     title_site: str | None) -> Iterator[tuple[str, str]]:
    """Every name the page gives its publisher, strongest evidence first
    (lazily: the caller stops at the first that is not a wire agency)."""
    furniture = [ln for ln in lines if ln.index in marked]
    mastheads_read: set[int] = set()  # lines already offered as a masthead
    # a name alone above the headline that the furniture names too ("Crumb
    # and Crust" … "Enjoying Crumb and Crust? Subscribe"): the masthead; a
    # copyright line may name the owner or the author instead
    for ln in lines:
        if ln.index not in marked:
            break  # the headline
        if marked[ln.index] != "the site's name":
            continue
        mastheads_read.add(ln.index)
        if (found := _masthead(ln)):
            yield found
        elif (org := organisation_name(ln.text)) and (name := _clean_name(org)):
            yield name, "organisation name"
        elif (name := _clean_name(site_name_part(ln.text))):
            below = marked.get(ln.index + 1)
            yield name, "site name above the menu" if below in ("navigation", "section label") \
                else "site name above the headline"
    for ln in furniture:
        if marked[ln.index] == "copyright line":
            m = _COPYRIGHT_NAME.search(ln.text) or _NAME_THEN_COPYRIGHT.match(ln.text)
            if m and (name := _clean_name(m.group("name"))):
                if _CORPORATE.search(name) and (root := _menu_root_of(name, lines, marked)):
                    yield root, "site name in the menu"  # "Rheinblick International › Economy" by "© Rheinblick Verlag"
                if (site := _site_of_company(name)):
                    yield site, "copyright line"
                yield name, "copyright line"
    # a print page's folio ("A4 THE NORTHGATE ECHO Thursday, March 12, 2026")
    # and a press release's running header ("Ashgrove Water Trust | Media Release")
    for ln in lines:
        m = (ln.index in marked and "day" in ln.text and pages.PRINT_FOLIO.match(ln.text)) or \
            (ln.index < 4 and "elease" in ln.text and pages.RELEASE_HEADER.match(ln.text))
        if m and (name := _clean_name(_title_case(m.group("name")))):
            yield name, "print page header" if "day" in ln.text else "press release header"
            break
    for ln in furniture:
        if marked[ln.index] == "byline":
            m = _BYLINE_OUTLET.match(ln.text) or _BYLINE_STAFF.match(ln.text) or _NAME_PIPE_OUTLET.match(ln.text)
            if not m and (staff := _BYLINE_SITE_STAFF.match(ln.text)):
                name = _site_staff_name(staff.group("name") or staff.group("special"))
                if name and staff.group("name"):
                    name = _with_desk_noun(name, ln.text[staff.end("name"):], [f.text for f in furniture if f is not ln])
                if name:
                    yield name, "byline"
                continue
            if not m and (news := pages.FOREIGN_NEWSROOM.match(ln.text)):
                if (name := _site_staff_name(news.group("name"))):
                    yield name, "byline"  # "Redacción Costa Norte Today"
                continue
            if m and m.re is _BYLINE_STAFF and m.group("role")[0].isupper() and not outlet.is_site_shaped(m.group("name")):
                continue  # a capitalised role reads a site only after a site's name: "…, CKRV Evening News
                # Reporter", not "…, Local Democracy Reporter" (a desk or scheme)
            if m and (name := _clean_name(m.group("name"))) \
                    and name.split()[-1].lower().rstrip("s") not in _ROLE_NOUNS:
                yield name, "byline"
    if title_site:
        yield title_site, "headline suffix"
    body = [ln for ln in lines if ln.index not in marked]
    for ln in body[:3]:
        m = _DATELINE_CREDIT.match(ln.text)
        if m and ln.n_words >= 8 and (name := _clean_name(m.group("name"))):
            # the station's full name at the top of its page: "WKLV 8" over "… (WKLV) —"
            top = next((t.text.strip() for t in lines[:4] if t.index in marked
                        and re.fullmatch(rf"{re.escape(name)}\s+\d{{1,3}}(?:\.\d)?", t.text.strip())), None)
            yield top or name, "dateline"
    for ln in furniture:
        m = pages.DOMAIN.search(ln.text)
        if m and "@" not in ln.text and not pages.PLATFORM_LINE.search(ln.text):  # "Blog at WordPress.com."
            domain = m.group(1).lower()
            label = domain.split(".")[0]
            yield _in_text_form(text, label) or domain, "site address"
            break
    names: Counter = Counter()
    naming = []
    for ln in furniture:
        if marked[ln.index] in _FOREIGN_REASONS or marked[ln.index] in _NAMELESS_REASONS \
                or marked[ln.index] == "byline":
            continue  # other stories, photos, the author's name, an advert slot
        naming.append(ln)
        names.update({n for m in _SITE_NAME.finditer(ln.text) if len((core := _name_core(m.group())).split()) >= 2
                      and (n := _clean_name(core))})
    repeated = [n for n, c in names.most_common() if c >= 2]
    if repeated:
        yield repeated[0], "repeated site name"
    # a one-word name ("Newsdeck") standing alone at the top and named again
    # in other furniture ("Follow Newsdeck on …"); one capitalised word in
    # two menu lines is more often "Facebook" or "Home", hence "alone at the top"
    own = [ln for ln in furniture if marked[ln.index] not in _OTHER_THINGS]  # prompts name the site too
    for ln in own:
        if ln.index >= 3:
            break
        word = ln.text.strip()
        if ln.n_words == 1 and word.isalpha() and word[:1].isupper() and _clean_name(word) \
                and any(other.text.strip() != word and re.search(rf"\b{re.escape(word)}\b", other.text)
                        for other in own):  # in a phrase, not the same label again (a topic list)
            yield word, "repeated site name"
    for ln in lines[:3]:
        if ln.index not in mastheads_read and (found := _masthead(ln)):
            yield found
    # a council's or charity's name (and address) in the footer: "Lowmoor Borough Council"
    for ln in furniture:
        if ln.index >= len(lines) - 6 and marked[ln.index] not in _OTHER_THINGS \
                and (org := footer_organisation(ln.text)) and (name := _clean_name(org)):
            yield name, "organisation in the footer"
            break
    for ln in furniture:
        if ln.index < 3 and marked[ln.index] == "navigation" and (name := _menu_brand(ln.text)):
            yield name, "site name in the menu"
    # the page saying whose it is ("Published by …", "… logo", "More from …", "About …" in a menu)
    for ln in furniture:
        if marked[ln.index] in _NAMELESS_REASONS:
            continue
        m = _SITE_STATEMENT.match(ln.text)
        by = m and m.group("by")
        if by and not (masthead_name(by) or organisation_name(by) or by.startswith("The ") or _CORPORATE.search(by)):
            by = None  # "Published by Jane Roe": a blog's author, not a site
        found = m and (by or m.group("site") or m.group("company") or m.group("logo") or m.group("more") or m.group("home"))
        if not found and ("eprinted" in ln.text or "eproduced" in ln.text or "epublished" in ln.text
                          or "edition of" in ln.text):
            found = (r := _REPUBLISHED_BY.search(ln.text)) and _ON_DATE.sub("", r.group("name"))
        if not found and " issue of " in ln.text and (issue := pages.ISSUE_CREDIT.match(ln.text)):
            found = _SITE_NAME.match(ln.text, issue.end() - 1) and _SITE_NAME.match(ln.text, issue.end() - 1).group()
        if not found and ("eflect" in ln.text or "epresent" in ln.text or ln.text.isupper()) \
                and (note := pages.SITE_DISCLAIMER.search(ln.text)):
            found = note.group("name")  # "… do not necessarily reflect those of the Dunmore Tribune"
        if not found and "ublished" in ln.text and (pub := pages.PUBLISHED_BY_ON.match(ln.text)):
            found = pub.group("name")  # "Published by The Brookfield Sentinel on Mar. 4, 2026."
        if not found and marked[ln.index] == "navigation" and (a := _ABOUT_ITEM.search(ln.text)) \
                and (masthead_name(a.group("name")) or organisation_name(a.group("name"))):
            found = a.group("name")
        if found and (name := _clean_name(found)):
            yield name, "site statement"
            break
    # a government page's "From: Department for Rural Affairs" (an organisation, not a person)
    for ln in furniture:
        m = _FROM_ORGANISATION.match(ln.text)
        if m and (org := organisation_name(m.group(1))) and (name := _clean_name(org)):
            yield name, "from line"
            break
    for ln in furniture:  # an archive's "Clipped by … from The Millbrook Gazette, …"
        m = "lipped" in ln.text and pages.CLIPPING.match(ln.text)
        if m and (name := _clean_name(m.group("name"))):
            yield name, "clipping line"
            break
    for ln in furniture:
        m = _SOURCE_LINE.match(ln.text)
        if m and (name := _clean_name(m.group("name"))):
            yield name, "source line"
    for ln in furniture:  # an aggregator's "This story was originally published by the X. Read …"
        if "riginally" in ln.text or "irst" in ln.text:
            m = pages.ORIGINALLY_BY.match(ln.text)
            # (not a reprint's credit: "… first appeared in X, and is republished here": the page is another site's)
            if m and not _REPRINT_WORDS.search(ln.text) and (found := _SITE_NAME.match(ln.text, m.end())) \
                    and (name := _clean_name(found.group())):
                yield name, "source line"
                break
    for ln in furniture:  # the site describing itself: "The Route Map is an independent podcast …"
        if marked[ln.index] == "about the site" and (m := pages.SITE_DESCRIPTION.match(ln.text)) \
                and (name := _clean_name(m.group("name"))):
            yield name, "site statement"
            break
    for tail in _SELF_REFERENCE_TAIL.finditer(text):  # the literal tail first: a full scan is slow
        m = _SELF_REFERENCE.search(text, max(0, tail.start() - 90), tail.end())
        if m:
            yield m.group(1).strip(), "self-reference"
            break
    # a prompt names its own site: "Get the Harbor Gazette newsletter",
    # "Subscribe to The Daily Ledger" (not a platform: "follow us on …"; not
    # a newsletter's own name: "Sign up for The Morning Brief, our daily email")
    for ln in furniture:
        if marked[ln.index] == "share, subscribe or sign-in prompt":
            m = _PROMPT_SITE.search(_uncapitalised(ln.text) if ln.text.isupper() else ln.text)
            found = m and (m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")
                           or m.group("name5") or m.group("name6") or (m.group("name7") and _prompt_site_name(m.group("name7")))
                           or m.group("name8") or _site_before_for(m.group("name9"), ln.text) or m.group("name10")
                           or m.group("name11") or (m.group("name12") and _prompt_site_name(m.group("name12"))))
            if found and (name := _clean_name(_ON_PLATFORM.sub("", found))) \
                    and name.split()[-1].lower() not in pages.NEWSLETTER_NAME_ENDINGS:  # "The Morning Brief"
                yield name, "named in a prompt"


def _title_case(name: str) -> str:
    """A name a page writes in capitals ("THE NORTHGATE ECHO") as a name."""
    if not name.isupper():
        return name
    return " ".join(w if len(w) <= 3 and w not in ("THE", "AND") else w.capitalize() for w in name.split()) \
        .replace("THE ", "The ").replace(" AND ", " and ")


def _uncapitalised(text: str) -> str:
    """A prompt written in capitals ("SIGN UP FOR THE DUNMORE RECORD
    NEWSLETTER") as if in sentence case, so that only the name is
    capitalised: function words, prompt verbs and what the prompt offers go
    lower case ("sign up for the Dunmore Record newsletter")."""
    def word(m: re.Match) -> str:
        w = m.group().lower()
        keep_lower = w in STOPWORDS or w in pages.PROMPT_VERBS or w in pages.PROMPT_OBJECTS or w in pages.PROMPT_TRIGGERS
        return w if keep_lower else w.capitalize()
    return re.sub(r"[A-Z][A-Z'’-]*", word, text)


def _with_desk_noun(name: str, rest: str, others: list[str]) -> str:
    """"City Pulse News Desk": the staff credit's name may keep the first word
    of the desk ("City Pulse" + "News") when the page gives that longer name
    elsewhere in its furniture ("Download the City Pulse News App")."""
    first = rest.split()[0] if rest.split() else ""
    if first.lower() not in pages.MASTHEAD_NOUNS:
        return name
    longer = f"{name} {first}"
    return longer if outlet._mentions(longer, others) else name


def _site_staff_name(name: str) -> str | None:
    """The site in a staff credit: two words or more ("Harlow Now"), or a
    call sign in capitals ("KBRD"); not "Our Staff" or "Sports Staff"."""
    words = name.split()
    if "  " in name or words[0].lower() in STOPWORDS and words[0].lower() != "the" \
            or words[-1].lower() in ("and", "&", "of", "for", "on", "or", "with"):
        return None
    if len(words) == 1 and not (name.isupper() and len(name) >= 3):
        return None
    return _clean_name(re.sub(r"^the\s", "The ", name))  # "Special to the Tarnbridge Observer"


def _prompt_site_name(name: str) -> str | None:
    """The name in "Follow X on Facebook" when it reads as a site's, not a
    person's: a masthead ("Straits Courier") or two to four capitalised words
    ending in a word sites end their names with ("Brackenfield Live")."""
    if masthead_name(name):
        return name
    words = name.split()
    if 2 <= len(words) <= 4 and words[-1].lower() in pages.PROMPT_SITE_ENDINGS \
            and all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return name
    return None


def _site_before_for(name: str | None, text: str) -> str | None:
    """The name in "Subscribe to X for …" is the site's when it is a
    masthead ("The Commerce Ledger"), not a newsletter's ("The Morning
    Brief for …"); in "Support X on Patreon" it is the site or show."""
    if not name:
        return None
    if re.search(r"\bon\s+(?i:patreon|ko-fi|substack)\b", text):
        return name
    return masthead_name(name)


def _parse_date(m: re.Match, day_first: bool = False) -> date | None:
    g = m.groupdict()
    try:
        if g.get("mday"):
            first, second = int(g["mday"]), int(g["dmon"])
            day, month = (first, second) if first > 12 or day_first and second <= 12 else (second, first)
        else:
            month = int(g["month"]) if g.get("month") else MONTHS.get(norm_word(g["mon"]))
            day = int(g["day"])
        if not month:
            return None
        return date(int(g["year"]), month, day)
    except (ValueError, TypeError):
        return None


_NUMERIC_DATE_PATTERNS = [p for p in _DATE_PATTERNS if "mday" in p.groupindex]
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?:(?!\d)|(?=\d{1,2}:\d\d))")
_ZONE = re.compile(r"\b[A-Z]{2,5}\b")


def _day_first(text: str, at: int) -> bool:
    """Whether "04/03/2025" at `at` is day first. The time zone on its line
    says where the page is from (BST, CET, AEST: day first; EST, PDT: month
    first); else the page's dates written in words tell its habit ("4 March
    2025" against "March 4, 2025"); else month first, as before."""
    eol = text.find("\n", at)
    for zone in _ZONE.findall(text, at, eol if eol >= 0 else len(text)):
        if zone in pages.DAY_FIRST_ZONES:
            return True
        if zone in pages.MONTH_FIRST_ZONES:
            return False
    # a date line in French, German, Spanish, Italian or Dutch ("05/02/2026 à 08h45"): day first
    if pages.DAY_FIRST_HINT.search(text, at, eol if eol >= 0 else len(text)):
        return True
    # another numeric date on the page that can be read one way only ("30/10/2026")
    votes = 0
    for pattern in _NUMERIC_DATE_PATTERNS:
        for m in pattern.finditer(text):
            first, second = int(m["mday"]), int(m["dmon"])
            votes += (first > 12 >= second) - (second > 12 >= first)
    if votes:
        return votes > 0
    day_month = sum(1 for _ in _DATE_PATTERNS[0].finditer(text))
    month_day = sum(1 for _ in _DATE_PATTERNS[1].finditer(text))
    return day_month > month_day


def _first_date(text: str, start: int, end: int) -> date | None:
    """The first full date in text[start:end]. Every form holds a year, so
    the patterns run only in short windows around years, and only in the
    lines asked about (a page's other dates are never read)."""
    for y in _YEAR_RE.finditer(text, start, end):
        lo, hi = max(start, y.start() - 24), min(end, y.end() + 6)
        best = None
        for pattern in _DATE_PATTERNS:
            for m in pattern.finditer(text, lo, hi):
                if best is not None and m.start() >= best[0]:
                    continue
                ambiguous = m.groupdict().get("mday") and int(m["mday"]) <= 12 and int(m["dmon"]) <= 12
                d = _parse_date(m, ambiguous and _day_first(text, m.start()))
                if d:
                    best = (m.start(), d)
        if best:
            return best[1]
    return None


_PUBLISHED = re.compile(r"\b(?:published|posted|first published|created|issued)\b", re.I)
_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised|reviewed|last)\b", re.I)
#: A date line about what is to come ("Next review due: …") dates nothing published.
_FUTURE = re.compile(r"\b(?:next|due|expires?|until|deadline)\b", re.I)
#: The end of a dateline: "LIMA, 5 March 2025 (Reuters) -", "3 March 2025 — ".
_DATELINE_END = re.compile(r"\s[—–-]\s|\([A-Z][\w.' -]{1,30}\)|:\s")


def _date_of_line(text: str, ln: Line) -> tuple[date, bool] | None:
    """The line's date, and whether it is only when the article was updated.
    "Updated 6 March, published 4 March": the date after "published"."""
    if _FUTURE.search(text, ln.start, ln.end):
        return None
    pub = _PUBLISHED.search(text, ln.start, ln.end)
    if not pub and _is_span(text, ln):
        return None  # "March 2, 1938 – February 27, 2026": a life or a term, not a publication
    found = _first_date(text, pub.end() if pub else ln.start, ln.end)
    if not found:
        return None
    upd = _UPDATED.search(text, ln.start, ln.end)
    return found, bool(upd) and not pub


_SPAN = re.compile(r"\s(?:[–—-]|to)\s")


def _is_span(text: str, ln: Line) -> bool:
    """Two dates of different years joined by a dash, and nothing else
    naming either as the page's ("Updated")."""
    years = _YEAR_RE.findall(text, ln.start, ln.end)
    if len(years) != 2 or years[0] == years[1] or _UPDATED.search(text, ln.start, ln.end):
        return False
    return bool(_SPAN.search(text, ln.start, ln.end))


def _date(text: str, lines: list[Line], marked: dict[int, str]) -> tuple[str, str] | None:
    """When the article was published: its date lines (published before
    updated), its dateline, its byline, else a date in the page's header or
    furniture. A date in an article sentence is the date of something the
    article tells ("inspectors first visited on 12 January"), not its own."""
    date_lines = [ln for ln in lines if marked.get(ln.index) in ("date line", "repeated dateline")]
    first = None
    for ln in date_lines:
        if first is not None and ln.index > first[0].index + 4:
            break  # the header's date lines stand together
        found = _date_of_line(text, ln)
        if found is None:
            continue
        if not found[1]:
            return found[0].isoformat(), "date line"
        first = first or (ln, found[0])
    if first:
        return first[1].isoformat(), "date line"
    # the dateline opens the first paragraph (the headline is unmarked too)
    unmarked = [ln for ln in lines if ln.index not in marked][:3]
    first_para = next((ln for ln in unmarked if ln.n_words >= 8 and ln.ends_sentence), None)
    if first_para:
        end = _DATELINE_END.search(text, first_para.start, min(first_para.end, first_para.start + 80))
        if end:
            found = _first_date(text, first_para.start, end.end())
            if found:
                return found.isoformat(), "dateline"
    for ln in lines:
        if marked.get(ln.index) == "byline":
            found = _first_date(text, ln.start, ln.end)
            if found:
                return found.isoformat(), "byline"
    for ln in lines:  # "Published by The Brookfield Sentinel on Mar. 4, 2026." closing an obituary or reprint
        if ln.index in marked and "ublished" in ln.text and pages.PUBLISHED_BY_ON.match(ln.text):
            found = _first_date(text, ln.start, ln.end)
            if found:
                return found.isoformat(), "publication line"
    for ln in _header(lines, set(marked)) + [ln for ln in lines[:len(lines) // 2 + 1] if ln.index in marked]:
        if marked.get(ln.index) in _FOREIGN_REASONS or _is_span(text, ln):
            continue
        found = _first_date(text, ln.start, ln.end)
        if found:
            return found.isoformat(), "date in the header"
    return None


def infer_date(text: str, marks: list[Boilerplate]) -> str | None:
    return infer(text, marks)["date"]


def infer_outlet(text: str, marks: list[Boilerplate]) -> str | None:
    return infer(text, marks)["outlet"]


def _same_name(a: str, b: str) -> bool:
    def key(x: str) -> str:
        return re.sub(r"^the\s+", "", x.casefold().strip())
    return key(a) == key(b)


def infer(text: str, marks: list[Boilerplate], lines: list[Line] | None = None) -> dict:
    """{"title", "outlet", "date", "evidence": {field: what decided it}}
    (`lines`: the page's `boilerplate.page_lines`, if already made)."""
    if lines is None:
        lines = page_lines(text)
    marked = _marked_lines(lines, marks)
    evidence: dict[str, str] = {}
    title = site = None
    headline = _headline(lines, marked) if lines else None
    if headline:
        title, site = _split_site_suffix(headline[0], text)
        evidence["title"] = headline[1]
    found_outlet = _outlet(text, lines, marked, site, headline[0] if headline else None)
    if headline and found_outlet and _same_name(title, found_outlet[0]):
        # the first line was the site's name, not a headline: look past it
        line = next(ln for ln in lines if ln.text.strip() == headline[0])
        headline = _headline(lines, {**marked, line.index: "site name"})
        title = site = None
        evidence.pop("title")
        if headline:
            title, site = _split_site_suffix(headline[0], text)
            evidence["title"] = "first line after page furniture"
    if found_outlet:
        evidence["outlet"] = found_outlet[1]
    found_date = _date(text, lines, marked)
    if found_date:
        evidence["date"] = found_date[1]
    return {
        "title": title,
        "outlet": found_outlet[0] if found_outlet else None,
        "date": found_date[0] if found_date else None,
        "evidence": evidence,
    }

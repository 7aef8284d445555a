"""Marking the lines of a scraped article that are not its body.

Nothing is removed: each boilerplate line becomes a (start, end, reason)
range. Each signal is a small named detector with its own reasons (see
`DETECTORS`); their word lists live in `lexicon.pages`. The signals are
general (line shape, page-furniture vocabulary, repetition, script, topical
drift), never strings of particular sites.

Position alone never makes a line junk: a short, cut-off or last paragraph,
or one that ends with a wire tag, stays article; a trailing block is junk
only on positive evidence (the shape of a teaser *and* words the article
does not use). An interruption ("Advertisement", "continues below") is
marked on its own and the text after it stays article.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .lexicon import calendar, pages, speech
from .lexicon.syndication import is_wire_agency
from .model import Boilerplate
from .outlet import is_site_shaped
from .text import OPEN_QUOTES, STOPWORDS, fold_word, loose_lower, norm_word

_WORD = re.compile(r"[#@]?\w+(?:['’\-.]\w+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*\s*$|[\"”»]\s*$")
# "… since 1994. REUTERS", "… on Sunday. (AP)", "… the end. – AFP": a wire tag
# after the last full stop still ends a sentence.
_WIRE_TAG_END = re.compile(
    rf"[.!?…][\"”’'»)\]]*\s*(?:[-–—]\s*)?[(\[]?(?:{pages.AGENCIES}|[A-Z]{{2,}}(?:/[A-Z]{{2,}})?)[)\]]?\.?\s*$"
)
_TEASER_END = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
_RUN_TOGETHER = re.compile(r"^(?:[A-Z][a-z]+){3,}$")
_YOU_ARE_HERE = re.compile(r"^\W*you are here\s*:?\s*", re.I)
_SPACE_RUN = re.compile(r"\s{2,}|\t")
_BRACKETED = re.compile(r"^\s*\[[^\[\]]{3,}\]\s*$")
_NAME_EMAIL = re.compile(r"^\W*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},?\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\W*$")
#: "Published by The Harbour Times", "The Harbour Times is published by Quayside Media Ltd.", "Harbour Times logo",
#: "Go to The Ashby Tribune homepage", "Originally published by The Tarn Valley Post".
_SITE_LINE = re.compile(r"^\W*(?:(?i:published|produced|operated) by\s+[A-Z][^.]{0,50}$|"
                        # an aggregator's credit to the original: "Originally published by The Tarn Valley Post"
                        r"(?i:(?:this (?:story|article) )?(?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on))"
                        r"\s+(?:the\s+)?[A-Z][^.]{0,50}$|"
                        r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4} (?:is|are) (?:published|owned|operated) by\s+[A-Z][^,;]{0,50}$|"
                        r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4} logo\W*$|"
                        # a logo link's text: "Go to The Ashby Tribune homepage"
                        r"(?i:go|back|return) to (?:the\s+|The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,4} (?i:home ?page|home)\W*$)")
_NAME_PIPE_SITE = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+[|·•]\s+(?:The\s+)?[A-Z][\w&'’.-]*"
                             r"(?:\s+[A-Z&][\w&'’.-]*){0,4}\s*$")
_QUESTION_THEN = re.compile(r"^[^?.!]{3,60}\?\s+([A-Za-z]+)")
_FROM_LINE = re.compile(r"^\W*[Ff]rom:\s+[A-Z]")
_SOURCE_CAPS = re.compile(r"^SOURCE\s+[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,5}\s*$")
_SLASH_CREDIT = re.compile(r"^\(?[A-Z][\w.'’ -]{0,40}\s*/\s*\w[\w.'’ &/-]{1,60}\)?$")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of a page, as the detectors see it."""

    index: int
    start: int
    end: int
    text: str
    n_words: int
    norms: tuple[str, ...]  # normalised words (hashtag/at signs dropped); () for a long line
    ends_sentence: bool

    @property
    def key(self) -> str:
        """What two copies of this line have in common."""
        return " ".join(self.norms) if self.norms else self.text.casefold()


@dataclass(frozen=True, slots=True)
class Page:
    """What a detector may know about the whole page."""

    script: str  # the dominant Unicode script of its letters


# --- the detectors: each looks at one line and returns a reason or None -----------


def other_script(line: Line, page: Page) -> str | None:
    if line.text.isascii() and page.script == "LATIN":  # an ASCII line is Latin script
        return None
    if page.script == "LATIN":
        # more ASCII letters than non-ASCII characters of any kind: Latin is the
        # line's most common script whatever the rest (most lines with curly
        # quotes or an accent), without naming each character's script
        ascii_part = line.text.encode("ascii", "ignore")
        if len(line.text) - len(ascii_part) < len(ascii_part.translate(None, _ASCII_NON_LETTERS)):
            return None
    scripts = _scripts(line.text)
    if scripts and page.script and scripts.most_common(1)[0][0] != page.script:
        return "text in another script"
    return None


def hashtags(line: Line, page: Page) -> str | None:
    if "#" not in line.text:  # (most lines: spare splitting a paragraph)
        return None
    chunks = line.text.split()
    tags = sum(1 for c in chunks if c.startswith("#") and len(c) > 1)
    if tags >= 2 and tags >= 0.6 * len(chunks):
        return "hashtags"
    return None


def interruption(line: Line, page: Page) -> str | None:
    if line.n_words <= 12 and pages.INTERRUPTION.match(line.text):
        return "advertisement or 'continues below' line"
    if line.n_words <= 2 and pages.FOREIGN_INTERRUPTION.match(line.text):
        return "advertisement or 'continues below' line"
    if line.n_words <= 10 and "page" in line.norms and pages.JUMP_LINE.match(line.text):
        return "advertisement or 'continues below' line"  # a print story's "Continued on Page 4"
    if line.n_words <= 15 and not line.ends_sentence and pages.SPONSOR_LINE.match(line.text):
        return "advertisement or 'continues below' line"  # "Sponsored by Harlow Motors – test drive …"
    if line.n_words <= 8 and ad_line(line):
        return "advertisement or 'continues below' line"  # "— Advertisement feature —", "Continue reading after the ad"
    if line.n_words <= 20 and not line.ends_sentence and pages.PRICE_ROW.match(line.text):
        return "advertisement or 'continues below' line"  # a shop widget: "$89 at Bookstall | $94 at MegaMart"
    return None


def ad_line(line: Line) -> bool:
    """A short line made only of the words of adverts and "continues below"
    notes, one of them an advert's: it interrupts the article whatever the
    order of its words ("— Advertisement feature —", "Continue reading after
    the ad", a foreign "ANNONSE"). A sentence about advertising has other words."""
    return bool(line.norms) and not line.ends_sentence and pages.AD_WORDS.intersection(line.norms) \
        and all(w in pages.AD_LINE_WORDS for w in line.norms)


def _holds_any(low: str, hints: tuple[str, ...]) -> bool:
    """Some hint stands in `low` (a line's `loose_lower`): a regex that needs one may match."""
    return any(map(low.__contains__, hints))


#: Strings one of which every match of pages.CAPTION_TAIL_CREDIT holds (`loose_lower` form).
_TAIL_CREDIT_HINTS = ("©", "/", "stock", "file", "handout", "supplied", "illustrative", "representational", "courtesy",
                      "via", "photo", "image", "pic")


def caption(line: Line, page: Page) -> str | None:
    text = line.text
    if line.n_words <= 60 and pages.CAPTION_LABEL.match(text):  # (the cheap test first)
        return "photo caption"
    if line.n_words <= 8 and pages.CAPS_NAME_AGENCY.match(text):
        return "bracketed photo credit"
    tail = text[-120:]  # a credit closes the caption
    if line.n_words <= 60 and ("©" in tail or "/" in tail or "." in tail) \
            and _holds_any(loose_lower(tail), _TAIL_CREDIT_HINTS) \
            and (m := pages.CAPTION_TAIL_CREDIT.search(tail)) \
            and ("©" not in m.group() or len(text[:len(text) - len(tail) + m.start()].split()) >= 5):
        return "photo caption"  # (a "©" credit closes a caption of five words or more: "All content © X" is a footer)  # "… on Tuesday. Dana Reimer/Prairie Sentinel", "… a commuter town. Stock image"
    if line.n_words <= 40 and not line.ends_sentence and pages.PICTURE_OPENING.match(text) \
            and not pages.NARRATIVE_VERBS.intersection(line.norms):
        return "photo caption"  # "Satellite image from Sunday morning showing fog …"
    if line.n_words <= 15 and line.ends_sentence and ":" not in text and pages.PICTURE_OPENING.match(text) \
            and _one_sentence(text) \
            and not (_CAPTION_VERBS | pages.PICTURE_VERBS).intersection(line.norms):
        return "photo caption"  # with its full stop, but no verb: "CCTV still of the two men."
    if line.n_words <= 30 and line.ends_sentence and text.count(", ") == 1 and pages.PICTURE_OPENING.match(text) \
            and _one_sentence(text) and (rel := _PICTURE_RELATIVE.search(text)) \
            and not (_CAPTION_VERBS | pages.PICTURE_VERBS).intersection(_words_norm(text[:rel.start()])):
        return "photo caption"  # the picture named, then a relative clause: "A screenshot of the post, which …"
    if line.n_words <= 4 and pages.PICTURE_LABEL.match(text):
        return "bracketed photo credit"  # "File photo" alone
    if 4 <= line.n_words <= 40 and not line.ends_sentence and "(" in text and pages.CAPTION_BRACKET_POSITION.search(text) \
            and not pages.NARRATIVE_VERBS.intersection(line.norms):
        return "photo caption"  # "The new champion (right) shaking hands with …"; "X (pictured) said …" is prose
    if line.n_words <= 80 and ("(" in tail or "[" in tail or ":" in tail or "/" in tail or "Getty" in tail) \
            and (pages.CAPTION_CREDIT.search(tail) or pages.CAPTION_TRAILING_CREDIT.search(tail)):
        if line.n_words <= 8 and text.lstrip().startswith(("(", "[")):
            return "bracketed photo credit"
        return "photo caption"
    return None


def _wire_credit(text: str, low: str | None = None) -> bool:
    """pages.WIRE_CREDIT matches `text` (`low`: its `loose_lower`); its wordy
    half is tried only when a word it needs is in the line (most lines: not)."""
    if pages.WIRE_CREDIT_PLAIN.match(text):
        return True
    low = loose_lower(text) if low is None else low
    return _holds_any(low, pages.WIRE_CREDIT_WORDY_HINTS) and bool(pages.WIRE_CREDIT_WORDY.match(text))


# Words one of which every match of a long unanchored credit regex holds
# (in `loose_lower` form): a line without any is spared the search.
_GETTY = re.compile(r"\bgetty images\b", re.I)
_DIGIT_SLASH = re.compile(r"\d/\d")  # a date or a score, not a credit
_COPYRIGHT_HINTS = ("©", "(c)", "copyright", "rights reserved", "droits", "derechos", "rechte", "riservata")
_MACHINE_TEXT_HINTS = ("transcript", "caption", "subtitle", "summar")


def credit(line: Line, page: Page) -> str | None:
    text = line.text
    n = line.n_words
    low = loose_lower(text)  # for the cheap tests of a word a regex needs
    if n <= 15 and pages.CREDIT_LABEL.match(text):
        return "photo credit"
    if n <= 6 and ("/" in text or "out of" in text or not text.isascii()) and pages.RATING_LINE.match(text):
        return "site credit"  # a review's score: "Rating: 4/5"
    if n <= 10 and not line.ends_sentence and line.norms and line.norms[0] in _PROVIDED_OPENERS and pages.PROVIDED_BY.match(text):
        return "site credit"  # "Provided by University of Kestwick"
    if n <= 5 and not line.ends_sentence and pages.NEWSROOM_OFFICE.match(text):
        return "byline"  # "Editorial office North"
    if n <= 8 and not line.ends_sentence and _SLASH_CREDIT.match(text.strip()) and not _DIGIT_SLASH.search(text) \
            and not text.lstrip().startswith(("By ", "by ", "BY ")) \
            and not all(w in pages.SECTION_WORDS or w in pages.NAVIGATION_WORDS for w in line.norms):
        return "photo credit"
    if n <= 8 and "getty images" in low and _GETTY.search(text):
        return "photo credit"
    if n <= 40 and _wire_credit(text, low):
        return "wire credit"
    if n <= 4 and pages.AGENCY_ONLY.match(text):
        return "photo credit"
    if n <= 20 and pages.EMBED_CREDIT.match(text):
        return "embedded post credit"
    if n <= 6 and pages.EMAIL_ONLY.match(text):
        return "site credit"
    if n <= 10 and "@" in text and _NAME_EMAIL.match(text):
        return "site credit"  # a press contact: "Jess Harmon, jharmon@example.com"
    if n <= 16 and ("by" in line.norms or "logo" in line.norms or "homepage" in line.norms or "home" in line.norms
                    or "appeared" in line.norms or "published" in line.norms) \
            and _SITE_LINE.match(text) \
            and not (line.ends_sentence and n > 12):
        return "site credit"
    if n <= 45 and pages.FIRST_APPEARED.match(text):
        return "site credit"  # a reprint's "This article first appeared in …, and is republished here …"
    if n <= 16 and not line.ends_sentence and ("issue" in text or "edition" in text or "number" in text) \
            and pages.ISSUE_CREDIT.match(text):
        return "site credit"  # "From the March 2026 issue of Coastline Magazine"
    if n <= 10 and not line.ends_sentence and pages.PRODUCTION_CREDIT.match(text):
        return "site credit"  # "A Ridgeline Radio production"
    if n <= 25 and pages.SERIES_NOTE.match(text):
        return "site credit"  # "This story is part of the X's series on housing."
    if n <= 10 and not line.ends_sentence and pages.ISSUED_BY.match(text):
        return "site credit"  # "Issued by Corporate Communications"
    if n <= 6 and not line.ends_sentence and pages.STATION_FREQUENCY.match(text):
        return "site credit"  # a station's name and frequency: "Ferryside Sound 102.4"
    if n <= 8 and pages.SITE_BUILDER.match(text):
        return "site credit"  # "Website by Bluefin Web Design Ltd"
    if n <= 10 and pages.FOREIGN_PUBLISHED_BY.match(text):
        return "site credit"  # "Veröffentlicht von Neue Lahntal-Zeitung"
    if n <= 10 and _FROM_LINE.match(text):
        return "byline"  # "From: Department for Rural Affairs" on a government page
    if n <= 8 and _SOURCE_CAPS.match(text):
        return "wire credit"  # a newswire's "SOURCE Company Name" under a release
    if n <= 8 and pages.PHONE_LINE.match(text):
        return "site credit"
    if n <= 12 and pages.DATED_BYLINE.match(text):
        return "byline"
    if n <= 40 and pages.AUTHOR_NOTE.match(text):
        return "byline"
    if n <= 30 and _holds_any(low, _COPYRIGHT_HINTS) and pages.COPYRIGHT.search(text):
        return "copyright line"
    if n <= 14 and pages.BYLINE.match(text) and not _ends_like_prose(text):
        return "byline"
    if n <= 5 and pages.INITIAL_BYLINE.match(text):
        return "byline"  # "Posted by Kwame A.": its full stop closes an initial, not a sentence
    if n <= 12 and pages.PRINT_EDITION_NOTE.match(text):
        return "site credit"  # "Published in The Frontier Daily, November 16th, 2026"
    if n <= 8 and not line.ends_sentence and pages.SITE_CREDIT_LINE.match(text):
        return "byline"  # "Marlow Bay Voice staff reports", "Special to the Tarnbridge Observer"
    if 2 <= n <= 8 and not line.ends_sentence and (sep := _NAME_ROLE_SEPARATOR.search(text)):
        name, role = text[:sep.start()], text[sep.end():]  # "Jane Roe, Staff Writer", "Jane Roe | Markets reporter"
        role_words = _words_norm(role)
        if _is_name(name) and (any(w in pages.BYLINE_ROLES for w in role_words) if sep.group().strip() == ","
                               # after a bar or dash: one role of up to four words ending in its noun
                               # ("QuickWire | Top | Business" is a menu, "X — trusted local news" a tagline)
                               else 1 <= len(role_words) <= 4 and role_words[-1] in pages.BYLINE_ROLES
                               and not _NAME_ROLE_SEPARATOR.search(role) and role_words[-1] not in _ROLE_ADJECTIVES):
            return "byline"
    if 2 <= n <= 5 and not line.ends_sentence and _NAME_THEN_ROLE.match(text):
        return "byline"  # "Harbour & Hull reporter": the site's name and a newsroom role
    if n <= 12 and "." in text and pages.DOMAIN.search(text) and "@" not in text and (not line.ends_sentence or n <= 4):
        return "site credit"
    if n <= 6 and pages.PLATFORM_CREDIT.match(text):
        return "site credit"
    if n <= 40 and ("funded" in text or "funding" in text) and pages.FUNDING_NOTE.search(text):
        return "site credit"
    if n <= 40 and ("imited" in text or "egistered" in text or "part of" in text or "trading" in text
                    or _holds_any(text, _RUN_BY)) and pages.CORPORATE_NOTE.search(text):
        return "site credit"
    if n <= 16 and "rrangements" in text and pages.FUNERAL_ARRANGEMENTS.match(text):
        return "site credit"  # an obituary's "Arrangements entrusted to … Funeral Home."
    if n <= 30 and " be " in text and pages.AUTHOR_CONTACT.match(text):
        return "byline"  # "Karen Holt can be reached at 555-0142 or …"
    if n <= 10 and "elease" in text and pages.RELEASE_HEADER.match(text):
        return "site credit"  # a press release's running header: "Ashgrove Water Trust | Media Release"
    if n <= 7 and ("Agency" in text or "Association" in text or "Service" in text) \
            and pages.AGENCY_NAME_LINE.match(text):
        return "wire credit"  # "African News Agency (ANA)"
    if n <= 14 and "day" in text and pages.PRINT_FOLIO.match(text):
        return "site credit"  # a print page's folio: page, paper, date
    if n <= 30 and ":" in text and pages.STATEMENT_CREDIT.match(text):
        return "site credit"  # a statement's "Issued by: …", "Enquiries: …"
    if n <= 16 and "dited" in text and pages.EDITED_NOTE.match(text):
        return "site credit"  # "This interview has been edited for length and clarity."
    if n <= 20 and "ublished" in text and pages.PUBLISHED_BY_ON.match(text):
        return "site credit"  # "Published by The Brookfield Sentinel on Mar. 4, 2026."
    if n <= 10 and ":" in text and pages.RUN_ON_BYLINE.match(text):
        return "byline"  # "Sam Te Rangi10:24, Mar 05 2026"
    if n <= 8 and "," in text and not line.ends_sentence and pages.LETTER_SIGNATURE.match(text):
        return "byline"  # a letter's "GRAHAM LYLE, Ashby Road"
    if n <= 25 and ":" in text and pages.VISITOR_NOTICE.match(text):
        return "site credit"  # "Opening times: Tuesday to Sunday, 10am to 5pm."
    if n <= 2 and "(" in text and pages.AGENCY_TAG.match(text):
        return "wire credit"  # "(NAN)"
    if n <= 5 and pages.ACCOUNT_BYLINE.match(text):
        return "byline"  # "By admin"
    if n <= 25 and text.lstrip().startswith(("Clipped", "clipped")) and pages.CLIPPING.match(text):
        return "site credit"  # an archive's clipping credit
    if n <= 8 and not line.ends_sentence and "public domain" in text.lower():
        return "site credit"  # "Archive clipping · Public domain"
    if n <= 4 and pages.SIGN_OFF.match(text):
        return "byline"  # a newsletter's "— Nell"
    if n <= 30 and ("advice" in text or "information" in text or "regulated" in text) and pages.LEGAL_NOTE.match(text):
        return "site credit"  # "… is not legal advice", "… is authorised and regulated by …"
    if n <= 30 and ("ponsors" in text or "welcome" in text) and pages.CLUB_NOTICE.search(text):
        return "site credit"  # "Thanks to our sponsors: …", "New members welcome."
    if n <= 40 and ":" in text and pages.ATTENDANCE.match(text):
        return "site credit"  # minutes: "Present: Cllr J. Marsh (Chair), …"
    if n <= 5 and pages.FORM_BLANK.search(text):
        return "site credit"  # "Signed ............ Chair"
    if n <= 25 and _holds_any(text, ("ponsor", "atch", "game", "ixture", "charity", "ext")) \
            and pages.CLUB_FURNITURE.match(text):
        return "site credit"  # "Match ball sponsored by …", "Next home game: …"
    if n <= 50 and ("feed" in text or "edited" in text) and pages.SYNDICATED_FEED.search(text):
        return "site credit"  # "… auto-generated from a syndicated feed."
    if n <= 2 and "/" in text and pages.DESK_INITIALS.match(text):
        return "wire credit"  # a wire desk's initials: "rs/vd"
    if n <= 25 and _holds_any(low, _MACHINE_TEXT_HINTS) and pages.MACHINE_TEXT_NOTE.search(text):
        return "translation note"
    if n <= 25 and "translat" in low and pages.TRANSLATION_NOTE.search(text):
        return "translation note"
    if n <= 30 and "eproduction" in low and not pages.NARRATIVE_VERBS.intersection(line.norms) \
            and pages.REPRODUCTION_NOTE.search(text):
        return "copyright line"  # "… Reproduction only with quotation of the source."
    if n == 1 and "@" in text and pages.HANDLE_ONLY.match(text):
        return "byline"  # the author's handle on its own line: "@mthibodeau_ckrv"
    if n <= 8 and text.rstrip().endswith(")") and (m := pages.BRACKETED_SITE.match(text)) \
            and (is_site_shaped(m.group("site")) or is_wire_agency(m.group("site"))):
        return "byline" if m.group("who") else "photo credit"  # "Dewi Kartika (The X Herald)", "(X Wire)"
    return _credit_shape(line)


def _credit_shape(line: Line) -> str | None:
    """Credits told by their shape rather than their wording: a credit word
    and a colon or "by" with names ("Theme music: …", "Blog post by Hannah
    Ives, Marine Officer"), an imprint, a disclaimer of advice or odds, a
    newsroom's one-word staff credit, and a meta line whose every part is a
    date, a byline or a reading time ("14 May 2026 • By Priya Natarajan")."""
    text, n = line.text, line.n_words
    if n <= 20 and ":" in text and not (line.ends_sentence and n > 12) and pages.CREDIT_COLON.match(text):
        return "byline"  # (a person's or a source's credit: the names in it are not the site's)
    if n <= 14 and "by" in line.norms and pages.CREDIT_BY.match(text):
        return "byline"
    if n <= 30 and pages.IMPRINT.match(text):
        return "site credit"
    if n <= 30 and _DISCLAIMER_WORDS.intersection(line.norms) and pages.DISCLAIMER.search(text) \
            and not pages.NARRATIVE_VERBS.intersection(line.norms):
        return "site credit"
    if n <= 40 and "cknowledge" in text and pages.LAND_ACKNOWLEDGEMENT.search(text) \
            and not pages.NARRATIVE_VERBS.intersection(line.norms):
        return "site credit"
    if n <= 40 and text.lstrip()[:1] in "—–" and pages.DASH_SIGN_OFF.match(text):
        return "byline"  # an opinion piece's "— Jo Grant is chief executive of …"
    if n <= 14 and not line.ends_sentence and text[-1:].isdigit() and pages.CONTACT_LINE.match(text):
        return "site credit"  # "Media Relations, Parks and Coasts Agency, 555-0177"
    if n <= 8 and (not line.ends_sentence or text.rstrip().endswith(_LEGAL_FORM_ENDS)) and pages.COMPANY_LINE.match(text):
        return "site credit"  # "Northlight Review ehf.": a company's name and legal form alone
    if n <= 4 and pages.NEWSROOM_CREDIT.match(text):
        return "byline"
    if n <= 16 and ("by" in line.norms or line.index <= 8) and _META_SEPARATOR.search(text) \
            and _meta_parts(text, bare_name=line.index <= 8):
        return "byline"
    if n <= 30 and ("presumed" in text or "accusation" in text or "allegation" in text):
        if pages.PRESUMPTION_NOTE.match(text):
            return "site credit"  # "All suspects are presumed innocent until proven guilty …"
    return None


_RUN_BY = ("run by", "owned by", "operated by", "managed by", "organised by", "organized by")
_LEGAL_FORM_ENDS = ("ehf.", "Ltd.", "Inc.", "AS.", "AB.", "plc.", "Limited.", "GmbH.", "LLC.", "S.A.", "S.L.")
_DISCLAIMER_WORDS = frozenset("advice correct accurate apply t&cs provided supplied powered".split())
_ROLE_ADJECTIVES = frozenset("senior political business health science digital news desk special bureau freelance".split())
_BARE_NAME = re.compile(r"^\s*[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]*){1,3}\s*$")
_NAME_ROLE_SEPARATOR = re.compile(r",\s*|\s+[|·•–—]\s+")
_NAME_THEN_ROLE = re.compile(r"^(?:[A-Z][\w'’.-]*|&)(?:\s+(?:[A-Z][\w'’.-]*|&)){0,3}\s+"
                             r"(?:reporters?|correspondents?|writers?|news desk|newsroom)$")
_META_SEPARATOR = re.compile(r"\s+[•·|∙]\s+")


def _meta_parts(text: str, bare_name: bool = False) -> bool:
    """Every part between bullets is a byline, a date or a reading time, and
    one is a byline; in the page's header (`bare_name`) a bare name of two
    to four capitalised words beside a date is one too ("Sam Ortega · June
    30, 2026")."""
    parts = [p for p in _META_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2:
        return False
    bylines = 0
    for part in parts:
        if pages.BYLINE.match(part) and not _ends_like_prose(part) \
                or bare_name and _BARE_NAME.match(part) and norm_word(part.split()[0]) not in _MONTHS_AND_DAYS:
            bylines += 1
            continue
        lines = page_lines(part)
        if len(lines) != 1 or not date_line(lines[0], Page("")):
            return False
    return bylines > 0


_PARTICLES = frozenset(("in", "out", "up", "on"))
_TICKER = re.compile("[" + "".join(sorted(pages.TICKER_SIGNS)) + "]")


def navigation(line: Line, page: Page) -> str | None:
    if not any(c.isalnum() for c in line.text):
        return "separator line"
    if line.index > 0 and line.n_words <= 12 and pages.SCORELINE.match(line.text):
        return "navigation"  # a result bar; before the sentence test: "(a.e.t.)" ends like one
    if line.n_words <= 16 and pages.ALERT_BANNER.match(line.text) and line.index < 4:
        return "navigation"  # "WEATHER ALERT: Winter Storm Warning until 6 PM" over the page
    if line.n_words <= 5 and "(" in line.text and pages.COUNTED_ITEM.match(line.text):
        return "navigation"  # "Closings & Delays (14)"
    if line.n_words <= 5 and ("issue" in line.norms or "edition" in line.norms) and pages.ISSUE_LABEL.match(line.text):
        return "navigation"  # "In today's issue:"
    if line.n_words <= 20 and "overs" in line.text and len(pages.CRICKET_SCORE.findall(line.text)) >= 2:
        return "navigation"  # a cricket result bar
    if line.n_words <= 6 and line.norms and _ARROWS.intersection(line.text) \
            and all(w in pages.NAVIGATION_WORDS for w in line.norms):
        return "navigation"  # "« Previous   Next »" (the closing guillemet is no end of a sentence here)
    if line.n_words <= 12 and _ARROWS.intersection(line.text) and pages.POST_LINK.match(line.text) and not line.text.rstrip().endswith((".»", "!»", "?»")):
        return "navigation"  # "« Winter exhibition report", "Older posts »": the previous or next post
    if line.n_words <= 40 and not line.text.isascii() and len(_TICKER.findall(line.text)) >= 2:
        return "navigation"  # a price or score ticker: "Mackerel £1.12/kg ▲  Herring £0.84/kg ▼"
    if line.ends_sentence:
        return None
    norms = line.norms
    # menu items (or a market ticker) the scraper joined with runs of spaces
    spaced = [i for i in _SPACE_RUN.split(line.text.strip()) if i]
    if len(spaced) >= 3 and all(len(_WORD.findall(i)) <= 5 for i in spaced):
        return "navigation"
    if line.n_words <= 20 and pages.TOPIC_LABEL.match(line.text) or line.n_words <= 6 and pages.NAV_PHRASES.match(line.text):
        return "navigation"
    if line.n_words <= 5 and pages.FOREIGN_NAV_PHRASES.match(line.text):
        return "navigation"
    if line.n_words <= 10 and all(w in pages.NAVIGATION_WORDS or w.isdigit() for w in norms) \
            and not all(w.isdigit() for w in norms):
        return "navigation"
    label = [w for w in norms if w not in ("and", "the", "of")]
    if label and line.n_words <= 5 and all(w in pages.SECTION_WORDS or w in pages.NAVIGATION_WORDS for w in label):
        return "section label"
    items = [i for i in pages.NAV_SEPARATORS.split(line.text) if i.strip()]
    if len(items) >= 3 and all(len(_WORD.findall(i)) <= 3 for i in items):
        return "navigation"
    # a footer menu with one longer link ("Terms | Privacy | About The Harbour Times | Contact")
    if len(items) >= 4 and sum(1 for i in items if len(_WORD.findall(i)) > 3) == 1 \
            and all(len(_WORD.findall(i)) <= 5 for i in items):
        return "navigation"
    # two account links ("Subscribe | Log in"): only the words of page actions
    if len(items) == 2 and all(w in pages.NAVIGATION_WORDS or w in pages.PROMPT_VERBS or w in _PARTICLES
                               for w in norms):
        return "navigation"
    trail = _YOU_ARE_HERE.sub("", line.text, count=1)  # "You are here: Home > News"
    crumbs = [i for i in pages.BREADCRUMB_SEPARATORS.split(trail) if i.strip()]
    if len(crumbs) == 1 and len(trail) < len(line.text):
        # after "You are here:" any menu separator makes a trail ("Home / News / Press releases")
        crumbs = [i for i in pages.NAV_SEPARATORS.split(trail) if i.strip()]
    if len(crumbs) >= 2 and all(len(_WORD.findall(i)) <= 3 for i in crumbs):
        return "navigation"
    if len(crumbs) >= 3 and all(len(_WORD.findall(i)) <= 3 for i in crumbs[:-1]):
        return "navigation"  # a trail ending in this page's own headline
    tokens = line.text.split()
    # a menu whose separators the scraper dropped ("News Sport Events Jobs"):
    # capitalised single words, no joining words, mostly desk names
    if 3 <= len(tokens) <= 8 and len(norms) == len(tokens) and all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens):
        desks = sum(1 for w in norms if w in pages.SECTION_WORDS or w in pages.NAVIGATION_WORDS)
        if desks >= 2 and desks * 2 >= len(norms):
            return "navigation"
    # the same with items of two words ("Football Transfers Live scores
    # Fixtures Tables"): two thirds desk words and no joining word of a headline
    if 4 <= len(tokens) <= 10 and len(norms) == len(tokens) and tokens[0][:1].isupper() \
            and all(t.replace("-", "").isalpha() for t in tokens) \
            and not any(t.lower() in _HEADLINE_SMALL_WORDS for t in tokens):
        desks = sum(1 for w in norms if w in pages.SECTION_WORDS or w in pages.NAVIGATION_WORDS)
        if desks * 3 >= len(norms) * 2:
            return "navigation"
    if len(tokens) <= 3 and any(_RUN_TOGETHER.match(t) and _has_section_part(t) for t in tokens):
        return "navigation"
    return None


#: Words one of which every match of pages.SUPPORT_PROMPT holds (`loose_lower` form).
_SUPPORT_HINTS = ("become a", "more stories like this", "rss feed", "write to the editor", "advertise", "correction",
                  "already a", "tip", "watch", "catch", "comment", "listen")


_OPEN_QUOTES = tuple(OPEN_QUOTES)  # (made once: a line opening with a quotation mark)


def prompt(line: Line, page: Page) -> str | None:
    if line.n_words > 35:
        return None
    if line.text.lstrip().startswith(_OPEN_QUOTES) and (pages.NARRATIVE_VERBS.intersection(line.norms)
                                                              or _QUOTE_THEN_SPEAKER.match(line.text)):
        return None  # someone quoted telling someone else to act: '"Download the app …," the manager said.'
    if line.n_words <= 12 and pages.FOREIGN_PROMPT.match(line.text):
        return "share, subscribe or sign-in prompt"
    if line.n_words <= 14 and _PLAYER_HINTS.intersection(line.norms) and not line.text.lstrip().startswith(_OPEN_QUOTES) \
            and pages.PLAYER_CONTROL.match(line.text):
        return "media player control"  # "Tap to unmute", "Play episode", a player's fallback text
    if "?" in line.text and page_question(line):
        return "share, subscribe or sign-in prompt"  # "Like this post? Pop your email in the box below …"
    if line.n_words <= 25 and ":" in line.text and pages.LEGAL_LABEL.match(line.text):
        return "share, subscribe or sign-in prompt"  # "Privacy Notice: Newsletters may contain …"
    if "omment" in line.text and not pages.NARRATIVE_VERBS.intersection(line.norms) \
            and not any(c in line.text for c in "\"“”«»") and pages.COMMENT_RULES.search(line.text):
        return "share, subscribe or sign-in prompt"  # "Please keep comments relevant and respectful."
    if line.norms and line.norms[0] in pages.FURNITURE_PROMPT_OPENERS and pages.FURNITURE_PROMPT.match(line.text):
        return "share, subscribe or sign-in prompt"  # "Premium content", "Please enter your comment!"
    if line.n_words <= 3 and line.norms and line.norms[0][:1].isdigit() and pages.CHANNEL_COUNT.match(line.text):
        return "share, subscribe or sign-in prompt"  # "12.4K subscribers"
    if line.n_words == 1 and pages.ACTION_BUTTON.match(line.text):
        return "share, subscribe or sign-in prompt"  # "+ Follow"
    if line.n_words <= 6 and not line.ends_sentence and pages.OBITUARY_PROMPT.match(line.text):
        return "share, subscribe or sign-in prompt"  # "Light a Candle", "Sign the Guestbook"
    if line.n_words <= 25 and _EMAIL_WORDS.intersection(line.norms[:3]) and pages.EMAIL_FURNITURE.match(line.text):
        return "share, subscribe or sign-in prompt"  # "View in browser", "Unsubscribe | Update your preferences"
    if _COMMENT_WORDS.intersection(line.norms[:4]) and pages.COMMENT_FURNITURE.match(line.text):
        return "share, subscribe or sign-in prompt"  # "3 thoughts on “…”", "Leave a Reply"
    if ("ookies" in line.text or "anage" in line.text) and pages.COOKIE_BANNER.search(line.text):
        return "share, subscribe or sign-in prompt"  # "X and our partners use cookies … Manage preferences"
    if line.n_words <= 25 and not line.text.lstrip().startswith(_OPEN_QUOTES) \
            and _holds_any(loose_lower(line.text), _SUPPORT_HINTS) and pages.SUPPORT_PROMPT.search(line.text):
        return "share, subscribe or sign-in prompt"  # "Become a Friend of …", "Listen again on the … app"
    if reader_address(line):
        return "share, subscribe or sign-in prompt"
    if not (pages.PROMPT_TRIGGERS.intersection(line.norms) or "{" in line.text):
        return None  # no phrase of a prompt can be in it: spare the long regexes
    if pages.PAGE_SPEAK.search(line.text):
        return "share, subscribe or sign-in prompt"
    first = line.norms[0] if line.norms else ""
    # a question, then the imperative: "Want more stories like this? Sign up for …"
    if (ask := _QUESTION_THEN.match(line.text)) and norm_word(ask.group(1)) in pages.PROMPT_VERBS:
        first = norm_word(ask.group(1))
    # the site speaking to its reader ("our newsletter", "follow us"), not a quote
    site_voice = line.n_words <= 20 and not line.text.lstrip().startswith(_OPEN_QUOTES) \
        and re.search(r"\b(?:our|us|my)\b", line.text, re.I)
    # the same phrases in a headline ("Thousands sign up for free bus pass")
    # are not a prompt: it needs the page's voice, an imperative, or brevity
    # (tested first: most lines reaching here have none, and are spared the long regex)
    if (line.n_words <= 6 or first in pages.PROMPT_VERBS or site_voice) and pages.PROMPT.search(line.text):
        return "share, subscribe or sign-in prompt"
    return None


#: Words one of which every match of pages.PLAYER_CONTROL holds (spares most lines the regex).
_PLAYER_HINTS = frozenset("tap click press touch unmute mute play pause replay video audio media browser".split())
#: First words of pages.PROVIDED_BY.
_PROVIDED_OPENERS = frozenset("provided supplied contributed content story press more courtesy".split())
#: A quotation that opens the line and closes on a comma (or ? !) before more words: speech with
#: its attribution, whatever the verb ('"Subscribe to nothing, follow no one," sings Ada Kell').
_QUOTE_THEN_SPEAKER = re.compile(r"^\W*[\"“‘«][^\"”»]{3,}?[,?!][\"”’»]\s+\w")


def page_question(line: Line) -> bool:
    """A question the page puts to its reader about itself, opening the
    line: a reader's opener ("Like", "Enjoyed", "Want", "Did you") and the
    page, the site or an error in it named before the question mark ("Like
    this post?", "Enjoyed this?", "Want to write for us?", "Did you find a
    mistake?"), whatever follows. A question of the story ("Did you know
    the bridge is 130 years old?") names neither; a quoted one is speech."""
    if line.n_words > 25 or any(c in line.text for c in "\"“”«»"):
        return False
    asked = pages.READER_QUESTION.match(line.text)
    # (the narration test on what follows the question: its opener may be "Did you")
    return bool(asked) and bool(pages.PAGE_QUESTION.search(line.text, 0, asked.end())) \
        and not pages.NARRATIVE_VERBS.intersection(_words_norm(line.text[asked.end():]))


_YOU = frozenset("you your you're youre yours you'll youll you've youve yourself".split())
_SITE_VOICE = frozenset("us our ours we we're we've we'll".split())
_CLAUSE_SPLIT = re.compile(r"(?<=[.!?])\s+|\s+[–—-]\s+|\s*[→:]\s+|\s+\+\s+")
_FIRST_WORD = re.compile(r"[A-Za-z]")
_SIGN_VERBS = frozenset(("log", "login", "sign"))
_COMMENT_SUBJECTS = frozenset("comments comment replies posts your".split())
_TIERS = frozenset("premium paying registered digital plus gold pro".split())
_DEIXIS_HINT = re.compile(r"this|below|above|social|[@#★☆]", re.I)
_LET_US_KNOW = re.compile(r"let (?:us|me) know\b", re.I)
_SIGN_IN = re.compile(r"\b(?:log|sign)\s?(?:in|up|out|on)\b", re.I)
_DONT_MISS = re.compile(r"^\W*(?:don'?t|do not|never) (?:miss|forget to)\b", re.I)
#: A question to the reader opening the line, then the imperative: "Questions about the weather? Ask our …".
_SHORT_QUESTION = re.compile(r"^\W*[A-Z][^?.!]{0,50}\?\s+")
#: One word and a colon over a whole sentence of eight words or more: a
#: label ("CLAIM:", "UPDATE:"), not an imperative, however the word reads.
_LABEL_BEFORE_SENTENCE = re.compile(r"^\W*[A-Za-z]+\s*:\s+[A-Z][^:]*?(?:\s+\S+){7,}[.!?][\"”’']?\s*$")
#: An imperative label: "Plan your visit: free entry …", "Book your tickets: …".
_IMPERATIVE_LABEL = re.compile(r"^\W*([A-Za-z]+) (?:your|our) [\w-]+(?: [\w-]+)?:\s")


def _page_deixis(text: str) -> bool:
    """The page points at itself ("this page", "below", "share on social")."""
    return bool(_DEIXIS_HINT.search(text)) and bool(pages.PAGE_DEIXIS.search(text))


def reader_address(line: Line) -> bool:
    """The page speaking to its reader about the site: a clause opening with
    the imperative of a page action ("Subscribe and save 30%", "Leave us a
    rating", "Tip: set up a budget … in the Insights tab"), a question put to
    the reader and then an imperative ("Want to play? Find a club near
    you"), the reader addressed in the site's voice about its web things
    ("We welcome your comments"), the comment system or a paying tier
    described ("Comments are moderated", "Premium members can download …").
    Never in quotation marks and never with a verb of narration ("Residents
    were told to leave the app running" tells the story); the headline (the
    first line) is left alone."""
    n = line.n_words
    if n > 30 or n == 0 or line.index == 0:
        return False
    text = line.text
    norms = line.norms
    # ("Did you spot an error? Let us know.": the question's own "did" tells nothing)
    if any(c in text for c in "\"“”«»") or pages.NARRATIVE_VERBS.intersection(norms[2:] if norms[1:2] == ("you",) else norms):
        return False
    words = set(norms)
    if n <= 20 and norms[0] in _COMMENT_SUBJECTS and pages.COMMENT_SYSTEM.match(text):
        return True
    if n <= 6 and not line.ends_sentence and ("login" in words or "members" in words or "required" in words) \
            and pages.LOGIN_NOTE.search(text):
        return True  # "Members' area (login required)"
    if n <= 25 and "this" in words and (not line.ends_sentence or n > 6) and pages.PAGE_ITSELF.search(text):
        return True  # "Discussion about this post"; "This article is also available in Welsh"
    you, voice = bool(_YOU & words), bool(_SITE_VOICE & words)
    if n <= 25 and norms[0] in _TIERS and pages.MEMBER_TIER.match(text) \
            and (words - {"members", "member"}) & pages.WEB_WORDS:
        return True
    # the page pointing at itself: only lines with one of its signs pay for the search,
    # and only lines that reach a test reading it (most return before)
    deixis = None
    if "?" in text:
        deixis = _page_deixis(text)
        asked = pages.READER_QUESTION.match(text) or (you or voice or deixis) and _SHORT_QUESTION.match(text)
        if asked and n <= 25:
            rest = text[asked.end():].split()
            if rest and norm_word(rest[0].strip(".,!?:;")) in pages.READER_VERBS:
                return True
    if "?" in text and voice and (asked := _SHORT_QUESTION.match(text)) and you and n <= 25:
        rest = _words_norm(text[asked.end():])
        if rest and rest[0] in _SITE_VOICE and pages.SITE_NEEDS.intersection(rest):
            return True  # the site asking for help: "Could you help? We always need volunteers …"
    if n <= 30 and (voice or pages.APPEAL_WORDS.intersection(norms)) and pages.PHONE_NUMBER.search(text) \
            and pages.PHONE_APPEAL.match(text):
        return True  # "If you have information …, call the tip line at 555-0112"
    if ":" in text and (label := _IMPERATIVE_LABEL.match(text)) and norm_word(label.group(1)) in pages.READER_VERBS:
        return True
    if n <= 25 and (you or voice) and _DONT_MISS.match(text):
        return True
    if not (pages.READER_VERBS.intersection(norms) or "please" in words or "kindly" in words):
        return you and voice and bool(words & pages.WEB_WORDS)  # no imperative anywhere
    if deixis is None:
        deixis = _page_deixis(text)
    for clause in _CLAUSE_SPLIT.split(text):
        head = _FIRST_WORD.search(clause)  # after an emoji or a bullet: "🎧 Listen back to …"
        if not head:
            continue
        head = clause[head.start():].split(None, 1)
        verb = norm_word(head[0].strip(".,!?:;()[]"))
        if verb == "let" and not _LET_US_KNOW.match(clause[clause.lower().find("let"):]):
            continue
        if verb in ("please", "kindly") and len(head) > 1:
            verb = norm_word(head[1].split(None, 1)[0].strip(".,!?:;"))
        if verb not in pages.READER_VERBS:
            continue
        if len(head) == 1 and _LABEL_BEFORE_SENTENCE.match(text):
            continue  # a label over a sentence ("CLAIM: A photo shared on social media shows …")
        # (a "log in" or "sign up" that is the verb itself is no further web word: "Login problems")
        web = bool((words - {verb}) & pages.WEB_WORDS) or verb not in _SIGN_VERBS and bool(_SIGN_IN.search(text)) or deixis \
            or bool(pages.COMMERCE.search(text)) or "live" in words and bool(pages.LIVE_PAGE.search(text))
        if verb in pages.READER_VERBS_STRONG and (you or voice or web):
            return True
        if voice or web and (you or deixis or text.rstrip().endswith("!")):
            return True
        # an imperative that is no noun ("Purchase tickets … online"): a web word is enough in a
        # line of five words or more (a subheading "Share offer" is shorter)
        if web and n >= 5 and (verb not in pages.READER_VERBS_NOUNS or pages.COMMERCE.search(text)):
            return True
    # the reader addressed in the site's voice, about its web things
    return you and voice and bool(words & pages.WEB_WORDS)


def teaser(line: Line, page: Page) -> str | None:
    text = line.text
    if pages.TEASER_START.match(text) and (":" in text[:30] or not line.ends_sentence and line.n_words <= 25):
        return "link to another story"
    if pages.TEASER_LABEL.match(text) and line.n_words <= 25:
        return "link to another story"
    if _BRACKETED.match(text) and line.n_words <= 25:
        return "link to another story"
    if line.n_words <= 25 and pages.FOREIGN_TEASER_HEADING.match(text):
        return "link to another story"
    if line.n_words <= 16 and not line.ends_sentence and pages.AGED_LINK.match(text):
        return "link to another story"
    if line.n_words <= 10 and pages.CARD_META.match(text):
        return "link to another story"
    norms = line.norms
    if (not line.ends_sentence and 1 <= line.n_words <= 5 and all(w in pages.TEASER_HEADING_WORDS for w in norms)
            and any(w in ("related", "recommended", "more", "read", "interested", "like", "popular", "trending")
                    for w in norms)):
        return "link to another story"
    return None


#: A number a date line is made of: "4th", "10:30pm", "2026-03-04".
_DATE_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|h|am|pm|z)?|\d+[:.h]\d+(?:am|pm)?|\d+(?:[-/]\d+)+(?:t\d+)?")


def date_line(line: Line, page: Page) -> str | None:
    if line.n_words > 16 or not line.norms:
        return None
    if line.n_words <= 9 and line.norms[0][:1].isdigit() and pages.VIEWS_DATE.match(line.text):
        return "date line"  # "1,204 views  4 Mar 2026"
    if line.n_words <= 9 and pages.DATE_PLACE.match(line.text):
        return "date line"  # "March 4, 2026 – Halden Bay": the date and where it was issued
    if line.n_words <= 6 and pages.READING_TIME.match(line.text):
        return "date line"
    dated = False
    for w in line.norms:
        if w.isdigit() or _DATE_NUMBER.fullmatch(w):
            dated = True
        elif w in pages.DATE_LINE_WORDS:
            dated = dated or w in _MONTHS_AND_DAYS or w == "ago"
        elif not _two_date_words(w):  # "GMTUpdated": two words the scraper joined
            return None
    return "date line" if dated else None


def _two_date_words(w: str) -> bool:
    return len(w) <= 20 and any(w[:k] in pages.DATE_LINE_WORDS and w[k:] in pages.DATE_LINE_WORDS
                                for k in range(2, len(w) - 1))


#: Every line detector, by name, with the reasons it gives (in the order run).
DETECTORS: tuple[tuple[str, Callable[[Line, Page], str | None], tuple[str, ...]], ...] = (
    ("script", other_script, ("text in another script",)),
    ("hashtags", hashtags, ("hashtags",)),
    ("interruption", interruption, ("advertisement or 'continues below' line",)),
    ("caption", caption, ("photo caption", "bracketed photo credit")),
    ("credit", credit, ("photo credit", "wire credit", "copyright line", "byline", "site credit",
                        "embedded post credit", "translation note")),
    ("date", date_line, ("date line",)),
    ("teaser", teaser, ("link to another story",)),
    ("prompt", prompt, ("share, subscribe or sign-in prompt", "media player control")),
    ("navigation", navigation, ("navigation", "section label", "separator line", "table of contents")),
)

#: The detectors that can fire on a line of more than 40 words (the others
#: stop well below): a paragraph skips the rest.
_PARAGRAPH_DETECTORS = tuple(d for d in DETECTORS if d[0] in ("script", "hashtags", "caption"))

#: Reasons given by the page-level rules of `detect_boilerplate`.
PAGE_REASONS = {
    "repeat": ("repeated headline", "repeated dateline", "repeated line", "line repeated across sources",
               "the site's name", "summary repeated in the article", "pull quote repeating the article"),
    "kicker": ("kicker above the headline",),
    "trailing": ("unrelated content after the article",),
    "caption": ("photo caption without a credit",),
    "credit": ("author's biography", "organisation's name and address", "about the organisation", "about the site",
               "short line among the byline furniture"),
}
# (page rules that mark a kind of line a line detector also marks share its name)


def detector_of(reason: str) -> str:
    """The detector that gives `reason` (the first listed, for shared reasons)."""
    for name, _fn, reasons in DETECTORS:
        if reason in reasons:
            return name
    for name, reasons in PAGE_REASONS.items():
        if reason in reasons:
            return name
    return "other"


# --- the page ------------------------------------------------------------------------------


def detect_boilerplate(text: str, lines_elsewhere: Counter | None = None,
                       lines: list[Line] | None = None) -> list[Boilerplate]:
    """Boilerplate marks of one page (`lines`: its `page_lines`, if already
    made; `lines_elsewhere`: `line_counts_across` all sources)."""
    if lines is None:
        lines = page_lines(text)
    if not lines:
        return []
    page = Page(script=_main_script(text))
    reasons: dict[int, str] = {}
    seen: set[str] = set()
    first_key = lines[0].key
    for line in lines:
        key = line.key
        reason = _repeat(line, key, seen, first_key)
        if key:
            seen.add(key)
        if reason is None:
            detectors = DETECTORS if line.n_words <= 40 else _PARAGRAPH_DETECTORS
            reason = next((r for _name, fn, _rs in detectors if (r := fn(line, page))), None)
        # a label several pages share (a site's menu item); longer shared
        # lines are the story itself (a headline or subheading of wire copy)
        if reason is None and lines_elsewhere is not None and line.n_words <= 3 and line.index > 0 \
                and not line.ends_sentence and lines_elsewhere.get(key, 0) >= 3:
            reason = "line repeated across sources"
        if reason:
            reasons[line.index] = reason
    _keep_headline_teaser(lines, reasons)
    _swap_table_of_contents(lines, reasons)
    _swap_repeated_summary(lines, reasons)
    _mark_site_name(lines, reasons)
    _mark_masthead(lines, reasons)
    _mark_name_above_menu(lines, reasons)
    _mark_tagline_under_name(lines, reasons)
    _mark_kickers(lines, reasons)
    _mark_dated_teasers(lines, reasons)
    body_start = _body_start(lines, reasons)
    if body_start is not None:
        _mark_header_scraps(lines, body_start, reasons)
        _mark_bare_captions(lines[body_start + 1:], reasons)
        _mark_captions_by_picture(lines, body_start, reasons)
        _mark_pull_quotes(lines, body_start, reasons)
        _mark_teaser_runs(lines, body_start, reasons)
        _mark_link_headings(lines, body_start, reasons)
        _mark_footer_organisation(lines, body_start, reasons)
        _mark_site_description(lines, body_start, reasons)
        _mark_masthead_at_foot(lines, body_start, reasons)
        if lines[-1].index not in reasons and lines[-1].index > body_start and lines[-1].n_words <= 30 \
                and pages.WRITER_NOTE.match(lines[-1].text):
            reasons[lines[-1].index] = "author's biography"  # the last line: "The writer is a former editor of …"
        _mark_author_bio(lines, reasons)
    _mark_comment_thread(lines, reasons)
    _mark_sign_off(lines, reasons)
    _mark_role_under_byline(lines, reasons)
    _mark_jump_heads(lines, reasons)
    before_trailing = len(reasons)
    _mark_trailing_block(lines, reasons)
    if body_start is not None and len(reasons) > before_trailing:
        _mark_author_bio(lines, reasons)  # an author box above teasers only now marked
    _mark_prompt_controls(lines, reasons)  # last: what the trailing block reads as teasers stays theirs
    _mark_between_furniture(lines, reasons)
    return [Boilerplate(ln.start, ln.end, reasons[ln.index]) for ln in lines if ln.index in reasons]


def _swap_table_of_contents(lines: list[Line], reasons: dict[int, str]) -> None:
    """Short lines listed together early and repeated one by one later are a
    table of contents: the list is the furniture, the later copies are the
    article's subheadings."""
    repeated = [ln for ln in lines if reasons.get(ln.index) == "repeated line" and ln.n_words <= 10]
    if len(repeated) < 2:
        return
    first_copy = {}
    for ln in lines:
        first_copy.setdefault(ln.key, ln)
    listed = list({first_copy[ln.key].index: first_copy[ln.key] for ln in repeated}.values())
    if len(listed) < 2:
        return  # one label repeated ("Share" under each live entry) is no list
    positions = sorted(ln.index for ln in listed)
    later = [ln.index for ln in repeated]
    # the first copies stand together (a list), before the later copies,
    # which stand apart from each other (between paragraphs)
    if positions[-1] - positions[0] < len(positions) + 2 and positions[-1] < later[0] \
            and all(b - a >= 2 for a, b in zip(later, later[1:])):
        for ln in repeated:
            del reasons[ln.index]
        for ln in listed:
            reasons[ln.index] = "table of contents"


def _swap_repeated_summary(lines: list[Line], reasons: dict[int, str]) -> None:
    """A sentence at the top of the page that the article repeats later is a
    summary (a standfirst) copied from the body: the copy at the top is the
    furniture, the sentence in the article stays. (A pull quote is the
    other way round: its first copy is the article, in the body.)"""
    first_copy = {}
    for ln in lines[:4]:
        first_copy.setdefault(ln.key, ln)
    for ln in lines:
        top = first_copy.get(ln.key)
        if top is not None and 0 < top.index < ln.index and reasons.get(ln.index) == "repeated line" \
                and top.ends_sentence and top.n_words >= 8 and top.index not in reasons:
            del reasons[ln.index]
            reasons[top.index] = "summary repeated in the article"


def _repeat(line: Line, key: str, seen: set[str], first_key: str) -> str | None:
    if not key or key not in seen:
        return None
    if key == first_key:
        return "repeated headline"
    if date_line(line, Page("")):
        return "repeated dateline"
    return "repeated line"


def _is_kicker_shaped(line: Line) -> bool:
    return not line.ends_sentence and (line.n_words <= 2 or (line.n_words <= 4 and line.text.isupper()))


_NAMING_REASONS = frozenset({"copyright line", "byline", "share, subscribe or sign-in prompt", "site credit"})


def _mark_site_name(lines: list[Line], reasons: dict[int, str]) -> None:
    """A short line that only gives a name the page's furniture also gives
    (its copyright line, a prompt, a byline) is the site's name."""
    naming = [" ".join(ln.norms) for ln in lines if reasons.get(ln.index) in _NAMING_REASONS]
    naming_texts = [ln.text for ln in lines if reasons.get(ln.index) in _NAMING_REASONS]
    if not naming:
        return
    for line in lines:
        if line.index in reasons or line.ends_sentence or not 1 <= line.n_words <= 5:
            continue
        norms = line.norms[1:] if line.norms[0] == "the" else line.norms
        if not norms or not all(w[:1].isupper() or w.isdigit() or w in _MASTHEAD_JOINERS
                                for w in line.text.split()[-len(norms):]):
            continue
        key = " ".join(norms)
        # (and written as a name there too: "the Star's rural reporter" does not name a site "Rural")
        written = line.text.strip()
        if norms[0] not in _MASTHEAD_JOINERS and any(f" {key} " in f" {n} " for n in naming) \
                and any(_capitalised_in(written, t) for t in naming_texts):
            reasons[line.index] = "the site's name"


def _capitalised_in(name: str, text: str) -> bool:
    """`name` stands in `text` (any case) where `text` writes it with a capital:
    "THE MARSHFIELD ENQUIRER" in "© The Marshfield Enquirer", not "Rural" in "our rural reporter"."""
    low, key = text.casefold(), name.casefold()
    at = low.find(key)
    while at >= 0:
        if text[at:at + 1].isupper() or text[at:at + 1].isdigit():
            return True
        at = low.find(key, at + 1)
    return False


_TAGLINE_SEPARATOR = re.compile(r"\s+(?:[|–—·•]|-{1,2})\s+")
#: Broadcasters put the noun first ("Radio Westmark"): a masthead then only with a tagline.
_BROADCAST_NOUNS = frozenset(("radio", "tv", "television", "channel"))
_MASTHEAD_JOINERS = frozenset(("of", "the", "and", "&"))


def masthead_name(text: str) -> str | None:
    """The site's name when `text` is a masthead: two to five capitalised
    words ending in a masthead noun ("Valley Courier"), alone or before a
    tagline ("The Fenwick Courier — News for the Fen Country", "Kestrel
    Valley News | Your valley, your stories"). The masthead noun is what
    tells a name from a short headline; a label ("Source: …") or a trail
    ("News / World") is no masthead."""
    parts = _TAGLINE_SEPARATOR.split(pages.FREQUENCY.sub("", text.strip()))  # "Coastline FM 96.4"
    if len(parts) > 2 or any(c in text for c in ":/»>›") or _SENTENCE_END.search(text):
        return None
    if _SPACE_RUN.search(text.strip()):
        return None  # menu items the scraper joined with runs of spaces ("Home   Accounts   News")
    if len(parts) == 2 and not 1 <= len(parts[1].split()) <= 10:
        return None  # a tagline is a short phrase
    name = parts[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 5 or "," in name or words[0].lower() == "by":
        return None  # "By Jane Roe, Staff Reporter" is a byline
    if words[-1].lower() not in pages.MASTHEAD_NOUNS \
            and not (len(parts) == 2 and len(words) <= 3 and words[0].lower() in _BROADCAST_NOUNS):
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _MASTHEAD_JOINERS for w in words):
        return None
    if words[-1].lower() == "news" and all(norm_word(w) in pages.SECTION_WORDS or norm_word(w) in pages.DESK_QUALIFIERS
                                            or w in _MASTHEAD_JOINERS for w in words[:-1]):
        return None  # a desk's heading ("Community News", "Local News"), not a site's name ("Business Insider")
    return name


def _mark_masthead(lines: list[Line], reasons: dict[int, str]) -> None:
    """A masthead line (see `masthead_name`) among the first three lines is
    the site's name when a headline-shaped line follows it before the body:
    a Title Case headline that happens to end in "Post" or "News" and has
    no other line after it stays the headline."""
    for n, line in enumerate(lines[:3]):
        if line.index in reasons or line.ends_sentence or line.n_words > 16 or not masthead_name(line.text):
            continue
        for later in lines[n + 1:n + 7]:
            if later.ends_sentence and later.n_words >= 12:
                break  # the body began
            if later.index not in reasons and 3 <= later.n_words <= 30 and not later.ends_sentence \
                    and not masthead_name(later.text):
                reasons[line.index] = "the site's name"
                break


#: A teaser's own date closing it: "Council tax freeze confirmed - 2 September 2025".
_DATED_TEASER = re.compile(
    r"\s(?:[-–—|·•,]|\()\s*(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.?,? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d\d-\d\d|\d+ (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago)\)?\s*$")


def _mark_dated_teasers(lines: list[Line], reasons: dict[int, str]) -> None:
    """Under a link heading ("Latest stories"), headline-shaped lines that
    end with their own date are links to other stories, wherever the block
    stands (a list above the headline too). The run stops at the first line
    without that shape."""
    for n, line in enumerate(lines):
        if reasons.get(line.index) != "link to another story" or line.n_words > 5 or line.ends_sentence:
            continue
        for later in lines[n + 1:]:
            if later.index in reasons or later.ends_sentence or not 3 <= later.n_words <= 25 \
                    or not _DATED_TEASER.search(later.text):
                break
            reasons[later.index] = "link to another story"


def _keep_headline_teaser(lines: list[Line], reasons: dict[int, str]) -> None:
    """"In pictures: the county show returns" is a link to a gallery in a
    list of teasers, but the page's own headline when its byline or date
    line stands right under it, before the article."""
    for line in lines[:12]:
        if line.ends_sentence and line.n_words >= 12:
            return  # the body began
        if reasons.get(line.index) != "link to another story" or line.n_words < 4 \
                or ":" not in line.text or line.index + 1 >= len(lines):
            continue
        below = reasons.get(line.index + 1)
        if pages.TEASER_START.match(line.text) and below and detector_of(below) in ("credit", "date"):
            del reasons[line.index]
            return


_EMAIL_WORDS = frozenset("view forwarded you you're youre receiving unsubscribe update manage invalid something we "
                         "thanks hit just".split())
_COMMENT_WORDS = frozenset("thought thoughts response responses reply replies comment comments like leave post "
                           "cancel".split())
_ARROWS = frozenset("«‹←»›→")


def _mark_comment_thread(lines: list[Line], reasons: dict[int, str]) -> None:
    """Readers' comments after the article: a commenter's line ("Helen P
    says:") over the comment's date line is a credit, and the comment's
    text below it, up to the next commenter or "Reply", is not the article.
    Only with that pair: "The minister says:" above a quote has no date line."""
    n = 0
    while n < len(lines) - 1:
        line, below = lines[n], lines[n + 1]
        n += 1
        if line.index in reasons or line.n_words > 6 or "says" not in line.norms or not pages.COMMENTER.match(line.text) \
                or reasons.get(below.index) != "date line":
            continue
        reasons[line.index] = "byline"
        for ln in lines[n + 1:n + 8]:
            if ln.index in reasons or pages.COMMENTER.match(ln.text):
                break
            reasons[ln.index] = "unrelated content after the article"


def _mark_sign_off(lines: list[Line], reasons: dict[int, str]) -> None:
    """A letter's or newsletter's close near the end of the page: a
    salutation alone on its line ("Until next week,", "Best wishes") over a
    signature of one to three capitalised words ("Martin", "The Garden
    Team"). Both are needed: "Cheers" alone may be a one-word paragraph."""
    for k in range(max(1, len(lines) - 7), len(lines) - 1):
        ln, sig = lines[k], lines[k + 1]
        if ln.index in reasons or sig.index in reasons or ln.n_words > 6 or sig.ends_sentence \
                or not 1 <= sig.n_words <= 3 or not all(w[:1].isupper() for w in sig.text.lstrip("—–- ").split()) \
                or not pages.VALEDICTION.match(ln.text):
            continue
        reasons[ln.index] = reasons[sig.index] = "byline"
        return


def _mark_role_under_byline(lines: list[Line], reasons: dict[int, str]) -> None:
    """The author's job under their name in the header: "Mara Holm" /
    "Chief Executive at Holm Print Ltd"."""
    for line in lines[1:14]:
        if line.ends_sentence and line.n_words >= 12:
            return  # the body began
        if line.index not in reasons and reasons.get(line.index - 1) == "byline" and line.n_words <= 10 \
                and (" at " in line.text or "@" in line.text) and pages.ROLE_AT.match(line.text):
            reasons[line.index] = "byline"


def _mark_jump_heads(lines: list[Line], reasons: dict[int, str]) -> None:
    """A print story's jump head: the one word in capitals that a jump line
    named ("Please see LIBRARIES, Page A6" … "LIBRARIES"), where the story
    goes on."""
    slugs = set()
    for line in lines:
        reason = reasons.get(line.index)
        if reason == "advertisement or 'continues below' line":
            slugs.update(w for w in re.findall(r"\b[A-Z]{3,}\b", line.text) if w != "PAGE")
        elif reason is None and slugs and line.n_words <= 2 and line.text.strip(" :.") in slugs:
            reasons[line.index] = "advertisement or 'continues below' line"


_PROMPT_REASON = "share, subscribe or sign-in prompt"


def _mark_prompt_controls(lines: list[Line], reasons: dict[int, str]) -> None:
    """A sign-up form's or share bar's controls under its prompt at the foot
    of the page ("Get the food guide every Friday" / "Your email" / "Sign me
    up"; "Leave a comment" / "Share X"): up to four short lines, no sentence
    and no figure, right below a prompt, with nothing but marked furniture
    after them. The place is the evidence: a short line under a prompt
    with an article line anywhere below it (a list, a subheading) stays."""
    n = len(lines)
    i = 0
    while i < n:
        if reasons.get(lines[i].index) != _PROMPT_REASON:
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= 4 and lines[j].index not in reasons and lines[j].n_words <= 4 \
                and not lines[j].ends_sentence and not any(c.isdigit() for c in lines[j].text):
            j += 1
        if j > i + 1 and all(ln.index in reasons for ln in lines[j:]):
            for ln in lines[i + 1:j]:
                reasons[ln.index] = _PROMPT_REASON
            return
        i = j


_BYLINE_FURNITURE = frozenset(("byline", "date line", "photo credit", "wire credit", "site credit"))


def _mark_header_scraps(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """A short line between the byline's furniture and the first article
    sentence ("Lucas Moreira, from Cuiabá" under the date, a "Why you can
    trust X" link): at most six words, no sentence, right below a byline or
    date line that itself stands below the headline. Its place is the
    evidence: the article has not begun, and a standfirst is longer or ends
    as a sentence; the line right below the headline is never read."""
    headline = next((k for k, ln in enumerate(lines) if ln.index not in reasons), len(lines))
    for k in range(headline + 2, len(lines)):
        line = lines[k]
        if line.index >= body_start:
            return
        if line.index in reasons or line.n_words > 6 or line.ends_sentence or line.text.rstrip()[-1:] in "?,:;":
            continue  # (a letter's "Hello again," opens the article)
        if reasons.get(lines[k - 1].index) in _BYLINE_FURNITURE and (k + 1 >= len(lines) or lines[k + 1].index == body_start
                                                                    or lines[k + 1].index in reasons):
            reasons[line.index] = "short line among the byline furniture"


_PASSED_ON_REASONS = frozenset((_PROMPT_REASON, "advertisement or 'continues below' line", "link to another story",
                                "unrelated content after the article", "navigation"))


def _mark_between_furniture(lines: list[Line], reasons: dict[int, str]) -> None:
    """After the article's last sentence, a short line with furniture on
    both sides (or furniture above it and the page's end below) is furniture
    of the same kind as the line above it: the story does not come back
    between a prompt and a copyright line. A sentence there stays (a
    closing paragraph after an inline prompt)."""
    last = max((k for k, ln in enumerate(lines) if ln.index not in reasons and ln.ends_sentence and ln.n_words >= 6),
               default=None)
    if last is None:
        return
    for k in range(last + 2, len(lines)):
        line = lines[k]
        if line.index in reasons or line.n_words > 12 or line.ends_sentence:
            continue
        above = reasons.get(lines[k - 1].index)
        if above and (k + 1 == len(lines) or lines[k + 1].index in reasons):
            # a reason that states something (a copyright line, a byline) is not handed on:
            # `metadata` reads those lines for the site's name
            reasons[line.index] = above if above in _PASSED_ON_REASONS else "unrelated content after the article"


def _mark_kickers(lines: list[Line], reasons: dict[int, str]) -> None:
    """One- or two-word labels (or short lines in capitals) above the
    headline, in the page's header, are kickers and menu items; a short line
    of capitalised words between the headline and the body is the author's
    name or role."""
    pending = []
    menu: set[int] = set()
    n = 0
    while n < min(len(lines), 18):
        line = lines[n]
        n += 1
        if line.index in reasons or line.index in menu:
            continue
        if line.ends_sentence and line.n_words >= 12:
            return  # the body began before any headline
        # a run of three or more short items ("Bins and recycling", "Council
        # tax", "Things to do"): a menu, when a longer headline follows it;
        # when the article follows it, its last item is a short headline
        run = _menu_run(lines, line.index, reasons) if _short_item(line) else []
        if len(run) == 2 and _menu_items_marked(lines, run, reasons):
            pass  # "Episodes" / "About the show" / "Support us" (a button already marked): still a menu
        elif len(run) < 3:
            run = []
        if run:
            rest = next((ln for ln in lines[run[-1].index + 1:] if ln.index not in reasons), None)
            if rest is not None and _is_headline_after_run(rest, run):
                items = run
            elif rest is not None and rest.ends_sentence and len(run) >= 4:
                items = run[:-1]
            else:
                items = []
            if items:
                pending += items
                menu.update(k.index for k in items)
                n = items[-1].index + 1
                continue
        if _is_kicker_shaped(line) or _is_menu_row(line) or _is_label_above(line, lines[n:n + 1], reasons):
            pending.append(line)
            continue
        question = line.text.rstrip().endswith("?") and line.n_words <= 20  # "Bridge closed again - anyone know why?"
        if 3 <= line.n_words <= 30 and (not line.ends_sentence or question):
            for k in pending:
                reasons[k.index] = "navigation" if _is_menu_row(k) or k.index in menu else "kicker above the headline"
            _mark_under_headline(lines[n:n + 7], reasons)
        return


_HEADLINE_SMALL_WORDS = frozenset("a an the of in on at to for and or but with from by as is are was be after "
                                  "over into amid against its their his her".split())


def _is_label_above(line: Line, after: list[Line], reasons: dict[int, str]) -> bool:
    """A short Title Case label ("Men's First Team", "Te Ao Māori") right
    above a longer headline is a section's name: a headline of three words
    is rare, and one in Title Case over a longer unfinished line rarer."""
    words = line.text.split()
    if not 1 <= len(words) <= 3 or line.ends_sentence or not words[0][:1].isupper() or len(line.text) > 30 \
            or ":" in line.text:
        return False
    nxt = after[0] if after else None
    return nxt is not None and nxt.index not in reasons and not nxt.ends_sentence \
        and len(words) + 3 <= nxt.n_words <= 30


def _is_menu_row(line: Line) -> bool:
    """Five or more single capitalised words and no small word between them
    ("Home Teams Tickets Shop Membership Stadium"): a menu whose separators
    were lost. Above a headline only (see `_mark_kickers`): a Title Case
    headline has a joining word or is shorter ("Storm Leaves Thousands
    Without Power")."""
    words = line.text.split()
    return len(words) >= 5 and not line.ends_sentence \
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and not any(w.lower() in _HEADLINE_SMALL_WORDS for w in words)


def _mark_under_headline(lines: list[Line], reasons: dict[int, str]) -> None:
    standfirst_seen = False
    for line in lines:
        if line.index in reasons:
            continue
        if not line.ends_sentence and line.n_words <= 9 and _NAME_PIPE_SITE.match(line.text):
            reasons[line.index] = "byline"  # "Jane Roe | The Harbour Times"
            continue
        if line.ends_sentence or line.n_words > 5:
            if standfirst_seen or line.ends_sentence or line.n_words > 30:
                return  # the body
            standfirst_seen = True  # a subtitle without a full stop: the byline may follow it
            continue
        words = line.text.split()
        if all(w[:1].isupper() or w.lower() in ("and", "&", "de", "van", "von", "by") for w in words):
            reasons[line.index] = "byline"


def _mark_trailing_block(lines: list[Line], reasons: dict[int, str]) -> None:
    """Walk back from the end over lines that are not body: already-marked
    junk, short labels under a marked heading ("Related topics"), and
    teasers for other stories.

    A teaser needs a teaser's shape (a headline without a full stop, a
    ' | ' section trail, a snippet cut off with '…') and company: a heading
    above it ("Related stories": then its topic may be the article's), or
    words the article never uses together with other such teasers beside it
    or a snippet/section-trail shape of its own. A single cut-off or
    drifting last paragraph of the article has none of these."""
    if len(lines) < 6:
        return
    head = [ln for ln in lines[: max(1, int(len(lines) * 0.6))] if ln.index not in reasons]
    head_ids = {ln.index for ln in head}
    vocabulary: Counter = Counter()
    vocabulary_made = False

    labels: list[Line] = []
    teasers: list[tuple[Line, bool, bool]] = []  # (line, strong shape on its own, other topic)

    def settle(heading: bool) -> None:
        if heading or _footer_links(labels):
            for k in labels:
                reasons.setdefault(k.index, "navigation")
        drifting = all(drift for _ln, _strong, drift in teasers)
        if heading or (drifting and (len(teasers) >= 2 or any(strong for _ln, strong, _d in teasers))):
            for k, _strong, _drift in teasers:
                reasons[k.index] = "unrelated content after the article"
        labels.clear()
        teasers.clear()

    for line in reversed(lines[1:]):
        if line.index in reasons:
            if labels and not teasers and not line.ends_sentence and line.n_words <= 4 \
                    and reasons[line.index] not in _LINK_HEADINGS:
                labels.append(line)  # a marked link among the labels ("Contact us"): the run goes on
                continue
            settle(reasons[line.index] in _LINK_HEADINGS)
            continue
        if not line.ends_sentence and line.n_words <= 3 or _short_item(line) and (
                labels or any(w in pages.FOOTER_WORDS for w in line.norms)):
            labels.append(line)
            continue
        strong = " | " in line.text or bool(_TEASER_END.search(line.text))
        # a headline is short (and may ask a question); a cut-off paragraph of the article is longer
        question = line.text.rstrip().endswith("?")
        shaped = strong or ((not line.ends_sentence or question) and 4 <= line.n_words <= 16)
        content = _line_content(line) if shaped else set()
        if shaped and labels and not teasers and _footer_links(labels):
            settle(True)  # footer links under the teasers ("Press office", "Contact the media team")
        elif shaped and labels and not teasers:
            # short headlines below longer ones ("Why octopuses dream"): teasers too, but with too
            # few words to judge their topic, marked only under a link heading
            teasers.extend((k, False, False) for k in labels)
            labels.clear()
        if shaped and not labels:
            drift = False  # too few content words to judge: a teaser only under a link heading
            if len(content) >= 4:
                if not vocabulary_made:  # only pages with a candidate pay for it
                    for ln in head:
                        vocabulary.update(_line_content(ln))
                    vocabulary_made = True
                own = Counter(content) if line.index in head_ids else Counter()
                known = sum(1 for w in content if vocabulary[w] - own[w] > 0)
                drift = known / len(content) < 0.3
            teasers.append((line, strong, drift))
            continue
        break
    # a run of three or more one- or two-word labels ends the page: a tag list
    if len(labels) >= 3 and not teasers and all(k.n_words <= 2 and k.text[:1].isupper() for k in labels):
        settle(True)
    settle(False)


def _footer_links(labels: list[Line]) -> bool:
    """Short labels ending the page, most of them footer links ("Contact
    us", "Accessibility statement", "Privacy notice", "Cookies")."""
    if len(labels) < 2 or not all(k.text[:1].isupper() and k.n_words <= 4 for k in labels):
        return False
    linked = sum(1 for k in labels if any(w in pages.FOOTER_WORDS or w in pages.NAVIGATION_WORDS for w in k.norms))
    return linked * 3 >= len(labels) * 2


_LINK_HEADINGS = frozenset({"link to another story", "navigation", "section label",
                            "unrelated content after the article"})


# --- the site's own name above its menu, organisations, menu runs ----------------------------


def organisation_name(text: str) -> str | None:
    """The name when `text` is only an organisation's name: two to seven
    capitalised words with an organisation noun at either end ("Pendle Brook
    District Council", "Ministry of Transport", "Harrowgate Athletic FC",
    "Fernhill Hospitals NHS Foundation Trust"). A council, charity, club or
    company that publishes its own news names itself this way in its header
    or footer."""
    name = text.strip().rstrip(".")
    # "St Aldhelm's Church, Westcombe": the organisation, then its place
    head, comma, place = name.partition(", ")
    if comma and 1 <= len(place.split()) <= 2 and all(w[:1].isupper() for w in place.split()) \
            and not any(c in place for c in ",:|/()") and organisation_name(head):
        return name
    words = name.split()
    if not 2 <= len(words) <= 7 or any(c in name for c in ":|/»>›,()") or _SENTENCE_END.search(text):
        return None
    if not all(w[:1].isupper() or w in _MASTHEAD_JOINERS or w == "for" for w in words):
        return None
    first, last = words[0].lower(), words[-1].lower()
    if last in pages.ORGANISATION_NOUNS or first in pages.ORGANISATION_NOUNS and words[1] in ("of", "for"):
        return name
    return None


def site_name_part(text: str) -> str:
    """The name before a tagline: "Cargo Lines — Intelligence for the supply chain" → "Cargo Lines"."""
    return _TAGLINE_SEPARATOR.split(text.strip())[0].strip()


_BRAND_WORD = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")  # "QuickWire", "NewsPulse"


def _edition(text: str) -> bool:
    """A one-word edition label after a masthead: "North", "Weekend"."""
    words = text.split()
    return len(words) == 1 and words[0][:1].isupper() and norm_word(words[0]) in pages.EDITION_WORDS


def _looks_like_site_name(line: Line) -> bool:
    """One to six capitalised words (perhaps before a tagline), not a desk or
    menu word: what a site's name looks like when it heads its page."""
    if line.ends_sentence:
        return False
    parts = _TAGLINE_SEPARATOR.split(line.text.strip())
    # a tagline, or an edition ("Evening Lantern – North")
    if len(parts) > 2 or len(parts) == 2 and not (2 <= len(parts[1].split()) <= 10 or _edition(parts[1])):
        return False
    words = parts[0].split()
    if "," in parts[0] and organisation_name(parts[0]):
        return True  # "St Aldhelm's Church, Westcombe"
    if not 1 <= len(words) <= 6 or any(c in parts[0] for c in ":|/»>›,()") or any(c.isdigit() for c in parts[0]):
        return False
    if not all(w[:1].isupper() or w in _MASTHEAD_JOINERS or w == "for" for w in words) or words[0].lower() == "by":
        return False
    if organisation_name(parts[0]):
        return True  # "Coral Bay Regional Council", "National Rowing Federation"
    # "Porthaven Live": a desk word may follow a place's or brand's name, never lead
    return norm_word(words[0]) not in _SITE_NAME_FURNITURE and (
        len(words) >= 2 or not any(norm_word(w) in _SITE_NAME_FURNITURE for w in words))


_SITE_NAME_FURNITURE = (pages.SECTION_WORDS | pages.NAVIGATION_WORDS) - pages.MASTHEAD_NOUNS - pages.ORGANISATION_NOUNS


def _short_item(line: Line) -> bool:
    """A menu item: one to four words, no sentence ("Bins and recycling",
    "Things to do", "Men's first team")."""
    return not line.ends_sentence and 1 <= line.n_words <= 4 and len(line.text) <= 40 \
        and line.text[:1].isupper() and not any(c in line.text for c in ":“\"")


def _menu_run(lines: list[Line], n: int, reasons: dict[int, str]) -> list[Line]:
    """The unmarked short items from lines[n] on (marked lines between them
    are furniture too and do not break the run)."""
    run = []
    for line in lines[n:n + 14]:
        if line.index in reasons:
            continue
        if not _short_item(line):
            break
        run.append(line)
    return run


def _menu_below(lines: list[Line], n: int, reasons: dict[int, str]) -> bool:
    """Three short items from lines[n] on, or two beside a marked menu item or button."""
    run = _menu_run(lines, n, reasons)
    return len(run) >= 3 or len(run) == 2 and _menu_items_marked(lines, run, reasons)


def _menu_items_marked(lines: list[Line], run: list[Line], reasons: dict[int, str]) -> bool:
    """A marked menu item or button among or right after a run of two short items."""
    for ln in lines[run[0].index:run[-1].index + 2]:
        if reasons.get(ln.index) in ("navigation", "share, subscribe or sign-in prompt"):
            return True
    return False


def _mark_name_above_menu(lines: list[Line], reasons: dict[int, str]) -> None:
    """A name heading the page above its menu is the site's name ("Stackwise"
    over "Software  Security  Cloud", "Harrowgate Athletic FC" over "Tickets
    and hospitality / Club shop / …"), and an organisation's name alone above
    the headline is too ("Westmarch Police"). Only in the first lines, before
    any headline; a desk name ("Politics") is a kicker, not a site."""
    for n, line in enumerate(lines[:3]):
        if line.index in reasons:
            if reasons[line.index] in ("navigation", "section label") or line.n_words <= 4:
                continue  # "Skip to main content" above the name
            return
        if not _looks_like_site_name(line):
            return
        after = lines[n + 1:n + 2]
        # "The Leaky Shed" / "Notes from an allotment in the rain" / menu: the
        # tagline stands on its own line between the name and the menu
        titled = bool(organisation_name(line.text) or masthead_name(site_name_part(line.text))
                      or line.text.startswith("The ") or _BRAND_WORD.fullmatch(line.text.strip()))
        if titled and after and after[0].index not in reasons and _is_tagline(after[0]) \
                and reasons.get(after[0].index + 1) in ("navigation", "section label"):
            reasons[line.index] = "the site's name"
            reasons[after[0].index] = "kicker above the headline"
            return
        # above a run of short items it may be the run's first item ("Profis / Nachwuchs / Tickets"):
        # then only a name that reads as one (an organisation, a masthead, "The …", "QuickWire")
        named = bool(organisation_name(line.text) or masthead_name(site_name_part(line.text))
                     or line.text.startswith("The ") or _BRAND_WORD.fullmatch(line.text.strip()))
        menu = bool(after) and (reasons.get(after[0].index) in ("navigation", "section label")
                                or named and _menu_below(lines, n + 1, reasons))
        # an organisation's name with no menu: only above a headline (a Title
        # Case headline such as "Storm Damage Closes Local School" has none after it)
        headline_after = any(ln.index not in reasons and not ln.ends_sentence and 3 <= ln.n_words <= 30
                             for ln in _until_body(lines[n + 1:n + 8]))
        if menu or organisation_name(line.text) and headline_after:
            reasons[line.index] = "the site's name"
        return


def _mark_tagline_under_name(lines: list[Line], reasons: dict[int, str]) -> None:
    """The site's motto on its own line between its name and its menu ("The
    Quad Observer" / "The student newspaper of Halvern University since
    1961" / "News | Opinion | Arts"): furniture, not the headline."""
    for line in lines[:3]:
        if reasons.get(line.index) != "the site's name" or line.index + 2 >= len(lines):
            continue
        tag, menu = lines[line.index + 1], lines[line.index + 2]
        if tag.index not in reasons and _is_tagline(tag) and reasons.get(menu.index) in ("navigation", "section label"):
            reasons[tag.index] = "kicker above the headline"
        return


def _is_tagline(line: Line) -> bool:
    """A site's motto: a short phrase, not a sentence, mostly lower case."""
    words = line.text.split()
    return not line.ends_sentence and 3 <= len(words) <= 10 and words[0][:1].isupper() \
        and sum(1 for w in words[1:] if w[:1].islower()) * 2 >= len(words) - 1


def _until_body(lines: list[Line]) -> list[Line]:
    out = []
    for ln in lines:
        if ln.ends_sentence and ln.n_words >= 12:
            break
        out.append(ln)
    return out


def _is_headline_after_run(line: Line, run: list[Line]) -> bool:
    return not line.ends_sentence and 4 <= line.n_words <= 30 and line.n_words >= max(k.n_words for k in run)


# --- inside the article: captions without a credit, pull quotes, teaser runs --------------


def _body_start(lines: list[Line], reasons: dict[int, str]) -> int | None:
    """Index of the first article sentence (an unmarked long line ending a sentence)."""
    return next((ln.index for ln in lines if ln.index not in reasons and ln.ends_sentence and ln.n_words >= 8), None)


_CAPTION_PLACE = re.compile(r"\b(?:at|near|outside|inside|in|on|beside|above|below|through|along|across|from|during|"
                            r"in front of|next to|on top of) (?:the|a|an|his|her|their|its|[A-Z])")
_NOT_CAPTION_SUBJECT = frozenset("is are was were be been has have had will would can could may might must should "
                                 "do does did not no it this that these those there here what why how when who we i "
                                 "you".split())


def bare_caption(line: Line) -> bool:
    """A photo caption with no credit: a subject and a present participle
    placed in time or space ("Residents clearing debris on Tuesday", "A
    swarm settling on a hawthorn branch in late May"), or a caption saying
    who stands where ("Kofi Mensah, left, and Dr Ruth Ellison …"). A
    subheading starts with its verb ("Counting the cost") or has no anchor;
    a sentence ends with a full stop."""
    text = line.text
    if line.ends_sentence or not 5 <= line.n_words <= 30 or any(c in text for c in "\"“”?:") \
            or not text[:1].isupper():
        return False
    if pages.CAPTION_POSITION.search(text):
        return True
    # "The junction station, with its signal box …", "The card catalogue, made from an old cabinet":
    # a noun phrase and what it is shown with; an appositive closed by a second comma or followed
    # by a verb ("The bridge, built in 1890, will close") is a sentence's subject
    if _WITH_CAPTION.match(text) and text.count(",") == 1 and not _FINITE.intersection(line.norms):
        return True
    words = text.split()
    if _placed_people(words):
        return True
    for i, w in enumerate(words[1:7], start=1):
        low = w.lower()
        if low in _NOT_CAPTION_SUBJECT:
            return False
        if w.islower() and low.endswith("ing") and len(low) > 4 and low not in pages.ING_NOT_VERBS:
            rest = " ".join(words[i + 1:])
            if len(words) - i - 1 < 2:
                return False
            return bool(pages.CAPTION_ANCHOR.search(rest)) \
                or line.n_words >= 9 and bool(_CAPTION_PLACE.search(rest))
    return False


_PICTURE_RELATIVE = re.compile(r",\s+(?:which|where|when|taken|posted|shared)\s")
_INNER_SENTENCE = re.compile(r"[.!?]\s+\S")
#: A caption's closing relative clause: "The yard in Carrow Street, where the van was taken."
#: "… Thorne, one of the roads where …", "… of 1978, when the relief boat failed to land …" likewise.
_WHERE_TAIL = re.compile(r",\s+(?:where|when|one of)\s+[^,]{3,80}$")
_PLACE_COMMA = re.compile(r",\s+(?=[A-Z])")  # "on Chapel Street, Westby": a place and its town
_CAPTION_VERBS = speech.FINITE | speech.IRREGULAR_PAST | pages.NARRATIVE_VERBS | pages.CAPTION_NOT_VERBS
_SMALL_DETS = frozenset("the a an his her its their our".split())
_PHRASE_GLUE = frozenset("and of &".split())


def _one_sentence(text: str) -> bool:
    body = text.rstrip()
    return not _INNER_SENTENCE.search(body[:-1] if body.endswith(".") else body)


def placed_noun_phrase(line: Line) -> bool:
    """A caption that is only a noun phrase placed in space or time, with or
    without a full stop: "A grader on Boundary Road last month.", "The
    flooded underpass in Marlow on Sunday.", "Waves over the sea wall at
    Harrow Point on Tuesday night." The line is one sentence alone (a
    verbless sentence inside a paragraph is prose), its subject (before the
    first preposition) is a noun phrase: no verb, pronoun, adverb or
    determiner after its first word ("Officers found a van …", "Tickets go
    on sale …", "The council meets …" are sentences), what follows is a
    chain of prepositional phrases with no verb, and a proper name or a
    time places it (a subheading "Life on the farm" has neither)."""
    text = line.text.strip()
    if not 4 <= line.n_words <= 20 or not text[:1].isupper() or any(c in text for c in "\"“”‘?!:;()[]"):
        return False
    body = text[:-1] if text.endswith(".") else text
    if _INNER_SENTENCE.search(body) or not body[-1:].isalnum():
        return False
    where = _WHERE_TAIL.search(body)
    body = _PLACE_COMMA.sub(" ", _WHERE_TAIL.sub("", body))
    if where and _named_place(body):
        return True  # "Lerwick harbour, where the boat is based."
    # the time is set apart: "last month" after a name is no verb
    body, times = pages.CAPTION_TIME.subn(" ", body)  # (one pass: found iff replaced)
    timed = times > 0
    if "," in body:
        return False
    words = body.split()
    low = [w.lower() for w in words]
    if low[0] in pages.NOT_IN_CAPTION_SUBJECT or low[0].endswith(("ed", "ing")) and low[0] not in pages.ING_NOT_VERBS:
        return False  # a participle opens a sentence or a notice: "Predeceased by …", "Reposing at …"
    k = next((i for i, w in enumerate(low) if i and w in pages.CAPTION_PREPOSITIONS), None)
    if k is None or k > 6 or k >= len(words) - 1:
        return False
    if any(w in _CAPTION_VERBS or w in pages.NOT_IN_CAPTION_SUBJECT for w in low[1:]):
        return False
    if any(w[:1].isupper() and lw in pages.CAPTION_PREPOSITIONS | _PHRASE_GLUE for w, lw in zip(words[1:], low[1:])):
        return False  # Title Case: a headline or a subheading ("Harbour Reopens After Storm")
    if not (timed or text.endswith(".")):
        return False  # a subheading ("Chaos at Westby station") has no full stop and no date
    if k > 1 and _plural(low[1]) and low[0] not in _SMALL_DETS and not low[0].endswith(("'s", "’s")) \
            and not text.endswith("."):
        return False  # headlinese: "Council plans …", "River floods …"
    for i in range(1, k):
        w, lw, prev = words[i], low[i], low[i - 1]
        if lw[:1].isdigit():
            return False  # a number after the subject's first word: an object ("River floods 40 homes")
        if lw in _SMALL_DETS or not w[:1].islower():
            if lw in _SMALL_DETS:
                return False  # an object: "Officers found a van …"
            continue
        if lw in _PHRASE_GLUE:
            continue
        if lw.endswith(("ly", "ing")) and lw not in pages.ING_NOT_VERBS or lw.endswith("ed") and prev not in _SMALL_DETS:
            return False  # "Police arrested …", "Residents slowly …"
        if _plural(prev) and (i == 1 or words[i - 1][:1].islower()):
            return False  # a plural subject and its verb: "Tickets go …", "Schools reopen …"
        if _plural(lw) and words[i - 1][:1].islower() and prev not in _SMALL_DETS:
            return False  # "The council meets …"
        if i + 1 < k and words[i - 1][:1].isupper() and words[i + 1][:1].isupper() \
                and lw not in speech.TITLE_HEADS and not lw.endswith(speech.ROLE_NOUN_ENDINGS):
            return False  # "Harbour Town beat Millbrook …" (but "Harbour Town captain Lee Barrow")
    cw = words[k:]
    for i in range(1, len(cw)):
        w, lw, prev = cw[i], cw[i].lower(), cw[i - 1].lower()
        if not w[:1].islower() or lw in pages.CAPTION_PREPOSITIONS or lw in _SMALL_DETS or lw in _PHRASE_GLUE:
            continue
        if cw[i - 1][:1].isupper() and lw not in pages.CAPTION_PLACE_NOUNS:
            return False  # "… in Westby reopens on Monday" (but "at Kingsgate station")
        if lw.endswith(("ly", "ing")) and lw not in pages.ING_NOT_VERBS and prev not in _SMALL_DETS:
            return False  # a verb, but an adjective after its article: "at the starting line"
        if (_plural(lw) or lw.endswith("ed")) and prev not in _SMALL_DETS and prev not in pages.CAPTION_PREPOSITIONS \
                and not prev.endswith(("'s", "’s")):
            return False  # "… in the street remains closed"
    if timed or any(w[:1].isupper() for w in words[k + 1:]):
        return True
    # people in a picture placed, then at a moment: "Fans on the pitch after the final whistle."
    return low[k - 1] in pages.PICTURE_SUBJECTS and text.endswith(".") \
        and any(w in ("after", "during", "before") for w in low[k + 1:])


_PLACE_AFTER = re.compile(r"\b(?:at|in|on|near|outside|inside|up|down|along|across|through|beside|to) "
                          r"(?:the|a|[A-Z])")


def participle_caption(line: Line) -> bool:
    """A caption opening with what is being done, with its full stop:
    "Carrying vaccine coolers up the track to Barikot village on Monday.",
    "Reading in the children's corner at the central library." One sentence
    without comma, quotation or finite verb ("Speaking at the launch, she
    said …", "Living in the city is dear." are sentences), placed by a
    preposition and an article or a name (a subheading "Counting the cost"
    is not)."""
    text = line.text.strip()
    if not 5 <= line.n_words <= 20 or not text.endswith(".") or any(c in text for c in ",;:\"“”?!()"):
        return False
    first = text.split(maxsplit=1)[0]
    low = first.lower()
    if not (first[:1].isupper() and low.endswith("ing") and len(low) > 5 and low not in pages.ING_NOT_VERBS
            and low not in pages.NOTICE_PARTICIPLES) \
            or not _one_sentence(text):
        return False
    norms = line.norms
    if ((_CAPTION_VERBS | pages.NOT_IN_CAPTION_SUBJECT) - {"to"}).intersection(norms[1:]):
        return False
    words = text.split()
    if any(w.lower() == "to" and nxt.islower() and nxt not in _SMALL_DETS for w, nxt in zip(words, words[1:])):
        return False  # an infinitive ("Hoping to win …"); "to Barikot village", "to the shore" place it
    # after the place, a plural-looking word behind a noun is a verb ("Working at the plant
    # remains hard."); before it, an object ("Carrying vaccine coolers up …")
    k = next((i for i, w in enumerate(norms) if i > 1 and w in pages.CAPTION_PREPOSITIONS), len(norms))
    if any(_plural(w) and prev not in _SMALL_DETS and prev not in pages.CAPTION_PREPOSITIONS
           and w not in pages.CAPTION_PLACE_NOUNS and not prev.endswith(("'s", "’s"))
           for prev, w in zip(norms[k:], norms[k + 1:])):
        return False
    return bool(_PLACE_AFTER.search(text))


def placed_phrase_and_context(line: Line) -> bool:
    """A verbless placed caption and one short sentence saying more: "Morning
    at the polling station at the Methodist school. Only a few voters came
    before ten." The first sentence alone passes `placed_noun_phrase`; the
    line is short (a paragraph opening with a verbless sentence runs on) and
    holds no quotation."""
    text = line.text.strip()
    if not 8 <= line.n_words <= 28 or not text.endswith(".") or any(c in text for c in "\"“”?!:;"):
        return False
    parts = _INNER_SENTENCE.split(text[:-1])
    if len(parts) != 2:
        return False
    cut = len(text) - len(parts[1]) - 2  # the first sentence, with its full stop
    first = text[:text.rfind(".", 0, cut + 1) + 1]
    if not first or len(parts[1].split()) > 12:
        return False
    return placed_noun_phrase(page_lines(first)[0])


def dash_credited_caption(line: Line) -> bool:
    """A short line closed by a dash and a site's or an agency's name after
    its full stop ("… in Pasir Mas on Tuesday morning. — Straits Morning
    Star"): a picture's caption and credit. A name that is no site's ("… —
    John Smith") may be a quotation's author; a long line is a paragraph."""
    if not 5 <= line.n_words <= 40 or "—" not in line.text and "–" not in line.text:
        return False
    m = pages.CAPTION_DASH_CREDIT.search(line.text)
    if not m or len(line.text[:m.start()].split()) < 5 or any(c in line.text for c in "\"“”"):
        return False
    name = m.group("name")
    return is_site_shaped(name) or is_wire_agency(name)


def _named_place(phrase: str) -> bool:
    """A place's name and its kind, nothing else: "Lerwick harbour", "The
    Kelso road bridge" (a name, then a place noun last)."""
    words = phrase.split()
    if not 2 <= len(words) <= 5 or words[-1].lower() not in pages.CAPTION_PLACE_NOUNS:
        return False
    names = [w for w in words[:-1] if w.lower() not in _SMALL_DETS]
    return bool(names) and names[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in pages.CAPTION_PLACE_NOUNS for w in names)


def _plural(word: str) -> bool:
    """An English word ending like a plural noun or a present-tense verb."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


_WITH_CAPTION = re.compile(r"^[A-Z][^,.:;?!]{2,60}, (?:with (?:his|her|their|its|the|a|an)|"
                           r"(?:made|built|seen|taken|pictured|photographed|painted|carved|found|restored|decorated) "
                           r"(?:from|by|in|at|on|with|during|after|before|out of)\b)")
_DETERMINERS = frozenset("the a an their his her its our this that my your".split())
_FINITE = frozenset("is are was were has have had will would says said can could may might".split())


def _placed_people(words: list[str]) -> bool:
    """"Trust members outside the village hall after hearing the news":
    people (a plural people noun in the first three words), placed by a
    preposition and a determiner, then doing something (a present
    participle) or placed in time. "Residents in the dark over plans" (a
    subheading) has neither."""
    low = [w.lower().strip(",.;:()") for w in words]
    if _FINITE.intersection(low):
        return False
    # "Volunteers sorting donations at our Westgate shop": people doing something somewhere
    for i, w in enumerate(low[:3]):
        if w in pages.PICTURE_SUBJECTS and i + 1 < len(low) and low[i + 1].endswith("ing") \
                and len(low[i + 1]) > 4 and low[i + 1] not in pages.ING_NOT_VERBS \
                and any(p in pages.PICTURE_PLACES and d in _DETERMINERS for p, d in zip(low[i + 2:], low[i + 3:])):
            return True
    for i, w in enumerate(low[:3]):
        if w in pages.PICTURE_SUBJECTS and i + 2 < len(low) and low[i + 1] in pages.PICTURE_PLACES \
                and low[i + 2] in _DETERMINERS:
            rest = words[i + 3:]
            return any(r.islower() and r.endswith("ing") and len(r) > 4 and r not in pages.ING_NOT_VERBS for r in rest) \
                or bool(pages.CAPTION_ANCHOR.search(" ".join(rest)))
    return False


def _mark_link_headings(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """A short heading over links ("Latest jobs", "Popular guides", "Also on
    X", "In the latest issue") after the article: no sentence of the article
    follows it (a subheading "Latest figures" has the article under it; a
    question below it may be a teaser's headline)."""
    last_sentence = max((ln.index for ln in lines if ln.index not in reasons and ln.ends_sentence and ln.n_words >= 8
                         and not ln.text.rstrip().endswith("?")), default=-1)
    for ln in lines[max(body_start + 1, last_sentence + 1):]:
        if ln.index in reasons or ln.ends_sentence or not 1 <= ln.n_words <= 5 or not ln.text[:1].isupper() \
                or ln.index + 1 >= len(lines) or not pages.LINK_HEADING.match(ln.text):
            continue
        reasons[ln.index] = "link to another story"


#: The most words any test of `_mark_bare_captions` accepts (dash_credited_caption's 40).
_BARE_CAPTION_WORDS = 40


def _mark_bare_captions(after_first_sentence: list[Line], reasons: dict[int, str]) -> None:
    """Captions without a credit, between the paragraphs of the article (a
    line of the same shape above the article is a headline)."""
    for line in after_first_sentence:
        if line.n_words > _BARE_CAPTION_WORDS:
            continue  # (a paragraph: none of the five tests below reads a line this long)
        if line.index not in reasons and (bare_caption(line) or placed_noun_phrase(line) or participle_caption(line)
                                          or placed_phrase_and_context(line) or dash_credited_caption(line)):
            reasons[line.index] = "photo caption without a credit"


#: Reasons of a line that credits a picture (a caption's neighbour).
_PICTURE_CREDIT_REASONS = frozenset(("photo credit",))  # "(John Doe/PA)" may close a paragraph's picture
#: A bracketed credit ("(The X Herald/Name)") is a caption's only when the line above names a place
#: ("… at Merak port in Banten on Monday."): a bracketed credit also closes a paragraph of wire copy.
_NAMED_PLACE_IN_LINE = re.compile(r"\b(?:at|in|near|outside|inside|along|across|beside|over) (?:the )?[A-Z][a-z]")


def _picture_note(line: Line, reasons: dict[int, str]) -> str | None:
    """What a marked line says of a picture near it: "credit" ("Pic: Name",
    "PHOTO | NAME | SITE": the caption stands above it), "alt" (an image's
    alt text "[Image: …]": the caption follows it) or "counter" (a
    gallery's "1 of 12", above or below its caption)."""
    reason = reasons.get(line.index)
    if reason is None:
        return None
    if pages.GALLERY_COUNTER.match(line.text):
        return "counter"
    if line.text.lstrip()[:1] in "[(" and pages.IMAGE_ALT.match(line.text):
        return "alt"
    if reason in _PICTURE_CREDIT_REASONS and line.n_words <= 8 and not pages.SOURCE_NOTE.match(line.text) \
            or line.n_words <= 8 and pages.PICTURE_NOTE.match(line.text):
        return "credit"
    return None


def _caption_shaped(line: Line) -> bool:
    """Short enough for a caption and no quotation, speech or question: one
    sentence, or a caption and one sentence of context ("Packing citrus
    near Citrusdal in January. The company says it may close …")."""
    text = line.text.strip()
    if not 3 <= line.n_words <= 35 or not (text[:1].isupper() or text[:1].isdigit()) \
            or any(c in text for c in "\"“”?!"):
        return False
    if speech.REPORTING_FORMS.intersection(line.norms) - _NOT_SPEECH_IN_CAPTION:
        return False
    first = _INNER_SENTENCE.split(text, 1)[0]
    if _NOT_SPEECH_IN_CAPTION.intersection(w.lower() for w in first.split()):
        return False  # "The harbour master says …" alone is the story; after a caption it is context
    # a story's past tense ("Shares in the group rose 4%", "A jogger filmed the animal …"); a
    # caption is in the present or has no verb
    words = line.norms
    if speech.IRREGULAR_PAST.intersection(words) or any(
            w.endswith("ed") and prev not in _SMALL_DETS for prev, w in zip(words[:3], words[1:4])):
        return False
    body = text[:-1] if text.endswith(".") else text
    return len(_INNER_SENTENCE.findall(body)) <= 1


#: Speech allowed in a caption's second sentence only: "… in January. The company says it may close …"
_NOT_SPEECH_IN_CAPTION = frozenset(("says",))


def _mark_captions_by_picture(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """A line alone between paragraphs that stands right above a picture's
    credit or right below its alt text or gallery counter is that picture's
    caption, whatever its grammar ("Volunteers sort donations at the gym.",
    "07:30 on Denarau: guests wait …"). Its place is the evidence; its shape
    only has to allow a caption (short, no quotation, at most two sentences)."""
    def free(i: int) -> bool:
        return 0 <= i < len(lines) and lines[i].index > body_start and lines[i].index not in reasons \
            and _caption_shaped(lines[i])

    # between paragraphs: an article sentence still follows (a credit under the
    # last paragraph is a picture's without a caption, or the story's own)
    last_sentence = max((ln.index for ln in lines if ln.index not in reasons and ln.ends_sentence
                         and ln.n_words >= 6), default=-1)
    for i, line in enumerate(lines):
        if line.index <= body_start or line.index >= last_sentence - 1:
            continue
        note = _picture_note(line, reasons)
        if note is None and reasons.get(line.index) == "bracketed photo credit" and line.n_words <= 8 and free(i - 1) \
                and _NAMED_PLACE_IN_LINE.search(lines[i - 1].text):
            note = "credit"
        if note == "credit" and free(i - 1):
            reasons[lines[i - 1].index] = "photo caption without a credit"
        elif note == "alt" and free(i + 1):
            reasons[lines[i + 1].index] = "photo caption without a credit"
        elif note == "counter":  # the caption below it, else the one above
            j = i + 1 if free(i + 1) else i - 1
            if free(j):
                reasons[lines[j].index] = "photo caption without a credit"


_QUOTED_LINE = re.compile(r"^\s*[\"“‘'«].+[\"”’'»]\s*$")


def _mark_pull_quotes(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """A line inside the article, without an end of sentence or wholly in
    quotation marks, whose words all stand, in order, in a longer article
    line is a pull quote (or a caption) repeating the article: the copy
    inside the article stays. (Above the article, such a line is the
    headline that the first sentence repeats.)"""
    candidates = [ln for ln in lines[body_start + 1:] if ln.index not in reasons and 6 <= ln.n_words <= 40
                  and (not ln.ends_sentence or _QUOTED_LINE.match(ln.text))]
    # most candidates (teasers, subheadings) occur once: their inner words,
    # as written, must stand a second time in the page before words are compared
    page = "\n".join(ln.text for ln in lines)
    candidates = [ln for ln in candidates if page.count(" ".join(ln.text.split()[1:-1])) >= 2]
    if not candidates:
        return
    texts = {ln.index: f" {' '.join(ln.norms or _words_norm(ln.text))} " for ln in lines
             if ln.index not in reasons and (ln.ends_sentence or ln.n_words > 40)}
    for ln in candidates:
        key = f" {' '.join(ln.norms)} "
        if any(key in t and len(t) > len(key) for i, t in texts.items() if i != ln.index):
            reasons[ln.index] = "pull quote repeating the article"


def _mark_teaser_runs(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """Two or more headline-shaped lines in a row inside the article (the
    article goes on after them) whose words the article does not use are
    links to other stories (a tabloid's teasers with no heading). One such
    line alone may be a subheading."""
    def shaped(ln: Line) -> bool:
        return ln.index not in reasons and not ln.ends_sentence and 6 <= ln.n_words <= 18 \
            and ln.text[:1].isupper() and not any(c in ln.text for c in "\"“:")
    runs: list[list[Line]] = []
    for ln in lines[body_start + 1:]:
        if shaped(ln):
            if runs and runs[-1][-1].index == ln.index - 1:
                runs[-1].append(ln)
            else:
                runs.append([ln])
    # runs that the article goes on after (a run ending the page is the trailing block's)
    last_sentence = max((ln.index for ln in lines if ln.index not in reasons and ln.ends_sentence
                         and ln.n_words >= 8), default=-1)
    runs = [r for r in runs if len(r) >= 2 and r[-1].index < last_sentence]
    if not runs:
        return
    in_runs = {ln.index for r in runs for ln in r}
    vocabulary: Counter = Counter()
    for ln in lines:
        if ln.index not in reasons and ln.index not in in_runs:
            vocabulary.update(_line_content(ln))
    for run in runs:
        drifting = []
        for ln in run:
            content = _line_content(ln)
            drifting.append(len(content) >= 4 and sum(1 for w in content if vocabulary[w]) / len(content) < 0.3)
        if all(drifting):
            for ln in run:
                reasons[ln.index] = "link to another story"


# --- the foot of the page: the organisation's address, the author's biography ---------------


_ABOUT_ORGANISATION = re.compile(r"^About (?!the author\b|this\b|us\b)[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4}\s*:?$")


def _mark_masthead_at_foot(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """In the last three lines: the site's name with its tagline, as a
    footer repeats the masthead ("Cardenshire Today — trusted local news
    since 1952"). Only with a tagline: a name alone at the foot may be a
    subheading or a signature."""
    for ln in lines[max(body_start + 1, len(lines) - 3):]:
        if ln.index in reasons or ln.ends_sentence or ln.n_words > 16:
            continue
        name = masthead_name(ln.text)
        if name and name != ln.text.strip():
            reasons[ln.index] = "the site's name"


def _mark_site_description(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """In the last three lines: the site describing itself ("The Copperton
    Mail is an independent news site serving …"), unless the article names
    the same subject elsewhere (a story about a newspaper: "The Westbury
    Clarion is a weekly newspaper founded in 1886"). The three lines above
    a link heading near the end count too (a footer note over "Read Next")."""
    end = next((k for k in range(len(lines) - 1, max(body_start, len(lines) - 8), -1)
                if reasons.get(lines[k].index) == "link to another story"), len(lines))
    window = {k: lines[k] for k in [*range(max(body_start + 1, end - 3), end),
                                     *range(max(body_start + 1, len(lines) - 3), len(lines))]}
    for ln in window.values():
        if ln.index in reasons or ln.n_words > 30:
            continue
        m = pages.SITE_DESCRIPTION.match(ln.text)
        if not m:
            continue
        core = re.sub(r"^The\s+", "", m.group("name"))
        named = re.compile(rf"\b{re.escape(core)}\b")
        # (a share button's "Share Elm Street Notes", four words at most, is no article line naming it)
        if not any(named.search(other.text) for other in lines if other.index != ln.index and other.index not in reasons
                   and (other.n_words > 4 or other.ends_sentence)):
            reasons[ln.index] = "about the site"


def _mark_footer_organisation(lines: list[Line], body_start: int, reasons: dict[int, str]) -> None:
    """In the last lines, past the article's first sentence: an
    organisation's name alone or before its address ("Lowmoor Borough
    Council", "Northshore Arts Council, 14 Quay Street, …") and the address
    and telephone lines that follow it; a press release's "About Orrin
    Biotech" heading."""
    tail = [ln for ln in lines[max(body_start + 1, len(lines) - 6):]]
    for k, ln in enumerate(tail):
        if ln.index in reasons and reasons[ln.index] not in ("wire credit", "site credit"):
            continue
        if ln.index not in reasons and _ABOUT_ORGANISATION.match(ln.text) and not ln.ends_sentence:
            reasons[ln.index] = "about the organisation"
            continue
        if ln.n_words > 25 or not footer_organisation(ln.text):
            continue
        if organisation_name(ln.text):
            # a name alone: with its address below it, or last under other
            # furniture (a Title Case teaser ending in "School" has neither)
            nxt = tail[k + 1] if k + 1 < len(tail) else None
            if not (nxt is not None and (pages.ADDRESS.search(nxt.text) or pages.PHONE_LINE.match(nxt.text))
                    or nxt is None and k > 0 and tail[k - 1].index in reasons):
                continue
        reasons.setdefault(ln.index, "organisation's name and address")
        for later in tail[k + 1:]:
            if later.index in reasons:
                continue
            if later.n_words <= 14 and not later.ends_sentence and (pages.ADDRESS.search(later.text)
                                                                    or pages.PHONE_LINE.match(later.text)):
                reasons[later.index] = "organisation's name and address"
            else:
                break


def footer_organisation(text: str) -> str | None:
    """The organisation a footer line names: the whole line, or the part
    before an address ("Northshore Arts Council, 14 Quay Street, Skelby")."""
    if (name := organisation_name(text)):
        return name
    head, sep, rest = text.partition(",")
    if sep and pages.ADDRESS.search(rest) and len(text.split()) <= 25:
        return organisation_name(head) or masthead_name(head)  # "The Harbour Times, 12 Quay Street, …"
    return None


_BYLINE_NAME = re.compile(r"\b(?:[Bb]y|BY|[Ww]ords by|[Ww]ritten by|[Rr]eported by|[Ss]tory by)\s+"
                          r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_NAME_BEFORE_ROLE = re.compile(r"^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*(?:,|$)")
_PRONOUN_START = re.compile(r"^(?:She|He|They)\b")
_BIO_VERB = re.compile(r"(?:is|was|has been) (?:an?|the) |(?:teaches|lectures|works|writes) ")


def _mark_author_bio(lines: list[Line], reasons: dict[int, str]) -> None:
    """Sentences about the author at the end of the page: one that opens
    with the byline's author and tells their work ("Fiona Macrae is our
    chief reporter…", "Alma Pryce writes about …"), and, right after an
    author note, one that goes on about their career ("She joined the
    paper in 2019", "She previously worked as …"). Only in the run of lines
    that ends the page (everything after them is furniture or biography): a
    sentence of the article that says someone joined a council stays, as
    its subject is not the author or no author note stands before it."""
    authors: set[str] = set()
    for ln in lines[:12]:
        if reasons.get(ln.index) in ("byline", "wire credit"):  # "Written by …" is a wire-style credit
            names = [m.group(1) for m in _BYLINE_NAME.finditer(ln.text)]
            if not names and (m := _NAME_BEFORE_ROLE.match(ln.text)):
                names.append(m.group(1))  # "Sana Iqbal, Staff Engineer"
            for name in names:
                authors.add(name)
                authors.add(name.split()[0])
    start = len(lines)
    for ln in reversed(lines):
        if ln.index in reasons or (ln.n_words <= 70 and pages.AUTHOR_CAREER.search(ln.text)):
            start = ln.index
            continue
        # the author box over the page's furniture: the byline's full name, then
        # what they are ("Rachel Okafor is a lecturer in transport planning …")
        if any(" " in a and ln.text.startswith(a + " ") and _BIO_VERB.match(ln.text, len(a) + 1) for a in authors):
            start = ln.index
        break
    for ln in lines[start:]:
        if ln.index in reasons:
            continue
        prev = reasons.get(ln.index - 1)
        opens = max((a for a in authors if ln.text.startswith(a + " ")), key=len, default=None)
        after_note = prev in ("byline", "author's biography") and (
            _PRONOUN_START.match(ln.text) or any(ln.text.startswith(a + " ") for a in authors))
        if opens and (" " in opens or pages.JOURNALISM_WORDS.intersection(ln.norms)) or after_note:
            reasons[ln.index] = "author's biography"


# --- helpers -------------------------------------------------------------------------------


LONG_LINE = 60  # words (roughly: spaces + 1); every detector stops well below


def page_lines(text: str) -> list[Line]:
    """Every non-blank line, trimmed, with its words and shape."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while e > s and (text[e - 1].isspace() or text[e - 1] == "\ufeff"):
            e -= 1
        while s < e and (text[s].isspace() or text[s] == "\ufeff"):
            s += 1
        if s < e:
            line = text[s:e]
            chunks = line.count(" ") + 1
            if chunks > LONG_LINE:  # a paragraph: no detector reads its words
                out.append(Line(len(out), s, e, line, chunks, (), _ends_like_prose(line)))
            else:
                norms = tuple(_words_norm(line))
                out.append(Line(len(out), s, e, line, len(norms), norms, _ends_like_prose(line)))
    return out


_CLOSERS = "\"”’'»)]"  # what may follow a full stop at the end of a sentence (as in _SENTENCE_END)


def _ends_like_prose(line: str) -> bool:
    tail = line[-60:]  # the patterns are anchored at the end: spare long lines a full scan
    # _SENTENCE_END by string ends (its search tried every position of the
    # tail): a closing quote, or a stop then closers, then only white space
    end = tail.rstrip()
    return end.endswith(("\"", "”", "»")) or end.rstrip(_CLOSERS).endswith((".", "!", "?", "…")) \
        or bool(_WIRE_TAG_END.search(tail))


#: `_WORD` with its hashtag or at sign outside the group findall returns (the sign dropped by the regex)
_WORD_UNSIGNED = re.compile(r"[#@]?(\w+(?:['’\-.]\w+)*)")


def _words_norm(line: str) -> list[str]:
    # (at C speed: every line of every page goes through here)
    return list(filter(None, map(norm_word, _WORD_UNSIGNED.findall(line))))


def _is_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _has_section_part(token: str) -> bool:
    return any(p.lower() in pages.SECTION_WORDS for p in re.findall(r"[A-Z][a-z]+", token))


_MONTHS_AND_DAYS = frozenset(
    (*calendar.MONTHS, *calendar.MONTH_ABBREVIATIONS, *calendar.DAYS, *calendar.DAY_ABBREVIATIONS, "yesterday", "today")
) | frozenset(pages.FOREIGN_MONTHS) | pages.FOREIGN_DAYS


def line_counts_across(pages_lines: Iterable[list[Line]]) -> Counter:
    """How many sources contain each (normalised) short line (`page_lines` of each)."""
    counts: Counter = Counter()
    for lines in pages_lines:
        seen = {ln.key for ln in lines if ln.n_words <= 8}
        counts.update(k for k in seen if k)
    return counts


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split()[0]
    except ValueError:
        return "UNKNOWN"


# every ASCII byte that is not a letter: deleted by bytes.translate, which
# counts a page's ASCII letters several times faster than a regex substitution
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _scripts(text: str) -> Counter:
    """Letters per Unicode script; ASCII letters counted in bulk (the hot case)."""
    counts = Counter(map(_script, filter(str.isalpha, _NON_ASCII.findall(text))))
    latin = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if latin:
        counts["LATIN"] += latin
    return counts


def _main_script(text: str) -> str:
    """The most common script of `text`'s letters ("" if none). More ASCII
    letters than non-ASCII characters of any kind (most pages): Latin,
    without naming each character's script."""
    ascii_part = text.encode("ascii", "ignore")
    if len(text) - len(ascii_part) < len(ascii_part.translate(None, _ASCII_NON_LETTERS)):
        return "LATIN"
    counts = _scripts(text)
    return counts.most_common(1)[0][0] if counts else ""


def _line_content(line: Line) -> set[str]:
    """`_content` of a page line, from the words it already holds."""
    if not line.norms:
        return _content(line.text)
    return _content_of(line.norms)


def _content(line: str) -> set[str]:
    return _content_of(_words_norm(line))


def _content_of(norms: Iterable[str]) -> set[str]:
    """The folded content words (more than two letters, no stopword) among
    `norms`: repeats and stopwords dropped at C speed before the folding
    (a paragraph's words: the page rules' vocabulary)."""
    return set(map(fold_word, [n for n in set(norms).difference(STOPWORDS) if len(n) > 2]))

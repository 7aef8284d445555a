"""Wire agencies and the phrases with which a page credits another text.

General knowledge of how news is syndicated: the agencies that sell copy to
other outlets, and the few shapes a credit takes (a dateline credit, a
sign-off, "originally appeared in", "with reporting by", "Source:"). Lineage
reads these to tell a reprint from its original.
"""

from __future__ import annotations

import re

#: Canonical agency name → other ways pages write it (compared case-folded,
#: without a leading "the" and without dots).
WIRE_AGENCIES: dict[str, tuple[str, ...]] = {
    "Associated Press": ("AP", "The Associated Press", "AP News"),
    "Reuters": ("Thomson Reuters",),
    "Agence France-Presse": ("AFP", "Agence France Presse", "AFP News"),
    "Deutsche Presse-Agentur": ("dpa", "DPA"),
    "ANSA": (),
    "EFE": ("Agencia EFE",),
    "Europa Press": (),
    "Kyodo News": ("Kyodo",),
    "Jiji Press": ("Jiji",),
    "Xinhua": ("Xinhua News Agency",),
    "Yonhap": ("Yonhap News Agency",),
    "PA Media": ("PA", "Press Association"),
    "Australian Associated Press": ("AAP",),
    "The Canadian Press": ("Canadian Press", "CP"),
    "United Press International": ("UPI",),
    "Bloomberg": ("Bloomberg News",),
    "TASS": (),
    "RIA Novosti": ("RIA",),
    "Interfax": (),
    "Ukrinform": (),
    "Anadolu Agency": ("Anadolu", "AA"),
    "Press Trust of India": ("PTI",),
    "ANI": ("Asian News International",),
    "IANS": (),
    "Agenzia Nova": (),
    "APA": ("Austria Presse Agentur",),
    "Belga": (),
    "ANP": (),
    "NTB": (),
    "TT": ("Tidningarnas Telegrambyrå",),
    "Ritzau": (),
    "STT": (),
    "PAP": ("Polish Press Agency",),
    "CTK": ("ČTK",),
    "MTI": (),
    "Agência Brasil": (),
    "Notimex": (),
    "Telam": ("Télam",),
    "WAFA": (),
    "KUNA": (),
    "WAM": (),
    "SPA": ("Saudi Press Agency",),
    "IRNA": (),
    "Bernama": (),
    "Antara": (),
    "PNA": ("Philippine News Agency",),
    "CNA": ("Central News Agency",),
    "NZME": (),
}


def outlet_key(name: str) -> str:
    """The form two names of one outlet share: case-folded, no dots, no
    leading "the", spaces collapsed."""
    key = " ".join(name.replace(".", "").split()).casefold()
    return key[4:] if key.startswith("the ") else key


_ALIASES: dict[str, str] = {}
for _canon, _others in WIRE_AGENCIES.items():
    for _name in (_canon, *_others):
        _ALIASES[outlet_key(_name)] = _canon


def canonical_outlet(name: str) -> str:
    """The canonical name of an agency ("AP" → "Associated Press"), else the
    name itself, tidied."""
    return _ALIASES.get(outlet_key(name), " ".join(name.split()).strip(" .,;:—–-"))


def is_wire_agency(name: str) -> bool:
    """Whether `name` is one of the wire agencies ("AFP", "The Associated Press")."""
    return outlet_key(name) in _ALIASES


def same_outlet(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return outlet_key(canonical_outlet(a)) == outlet_key(canonical_outlet(b))


_AGENCY_ALT = "|".join(sorted((re.escape(n) for c, o in WIRE_AGENCIES.items() for n in (c, *o)), key=len, reverse=True))
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|the|and|de|du|la)\s+)?[A-Z][\w&'’.-]*){0,5}"

#: Where in a page a credit stands: a dateline in its first lines, a sign-off in its last.
HEAD_CHARS = 1500
TAIL_CHARS = 1500

#: (pattern, how the credit is shown in evidence, where it is looked for:
#: "head", "tail" or "any"). Group "who" is the credited text or outlet.
CREDIT_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # OSLO (AP) — … / LONDON, Nov 3 (Reuters) - …
    (re.compile(rf"^[^\n]{{0,60}}\((?P<who>{_AGENCY_ALT})\)\s*[—–-]", re.M), "dateline credit", "head"),
    # … — The Associated Press (a sign-off on its own line or at the end of the text)
    (re.compile(rf"^\s*[—–-]+\s*(?P<who>{_AGENCY_ALT})\s*$", re.M), "sign-off", "tail"),
    # This article originally appeared in / was first published by X
    (re.compile(rf"\b(?i:originally|first)\s+(?i:appeared|published|ran)\s+(?i:in|on|by|at)\s+(?:the\s+)?(?P<who>{_NAME})"),
     "originally published elsewhere", "any"),
    (re.compile(rf"\b(?i:republished|reprinted|syndicated)\s+(?i:with permission\s+)?(?i:from|of|by)\s+(?:the\s+)?(?P<who>{_NAME})"),
     "republished", "any"),
    # With reporting by X / Additional reporting by X (credited when X is an agency)
    (re.compile(rf"\b(?i:with|additional)\s+(?i:reporting)\s+(?i:by|from)\s+(?P<who>{_AGENCY_ALT})\b"),
     "reporting credit", "any"),
    # Source: X / Sources: X, Y (a line of its own)
    (re.compile(rf"^\s*Sources?\s*:\s*(?P<who>{_AGENCY_ALT}|{_NAME})\s*$", re.M), "source line", "any"),
)

#: For each pattern of CREDIT_PATTERNS (same order), words that any match
#: holds, lower case: one word of every group must be in the text folded by
#: `text.loose_lower`, else the pattern is not tried. The case-insensitive patterns
#: are tried at every offset of the whole text (no literal to scan for), which
#: cost more than the rest of finding credits; most texts hold none of these.
CREDIT_HINTS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (),  # dateline credit: the head only, cheap
    (),  # sign-off: the tail only, cheap
    (("originally", "first"), ("appeared", "published", "ran")),
    (("republished", "reprinted", "syndicated"),),
    (("with", "additional"), ("reporting",)),
    (("source",),),
)



#: Wire house style with no name in it: "(Reporting by …; Editing by …)".
WIRE_STYLE_CREDIT = re.compile(r"\(\s*(?:Reporting|Writing)\s+by\b[^()\n]{0,200};\s*(?:Editing|Additional reporting)\b", re.I)

"""Words of news English that say the same thing, as equivalence classes.

Paraphrase scoring (`paraphrase.py`) compares the stems of two sentences;
two outlets telling one claim often pick different words for the same event
or quantity ("razed" / "destroyed", "cut" / "reduced", "wildfire" /
"bushfire"). Each class below is such a set: its members count as one word
when sentences are compared. General linguistic knowledge only — the verbs
and nouns that news reports of events, figures and institutions use — and
never the wording of one story.

A class is kept narrow: a word that often means something else in news
("level", "stop", "post", "dismiss" of an employee) stays out, since a false
equivalence makes a false claim link. Members are base forms; regular
inflections (-s, -es, -ed, -ing, -ied, a doubled final consonant) are added
by `synonym_keys`, irregular forms are listed as members.
"""

from __future__ import annotations

SYNONYM_CLASSES: tuple[tuple[str, ...], ...] = (
    # events: damage and loss
    ("destroy", "raze", "demolish", "flatten", "wreck", "destruction", "destroyed", "razed"),
    ("kill", "die", "dead", "death", "died", "dying", "fatal", "fatality", "fatalities"),
    ("rescue", "save", "rescuer"),
    ("missing", "unaccounted"),
    ("ship", "vessel", "boat"),
    ("injure", "wound", "injury", "injuries", "hurt"),
    ("fire", "blaze", "wildfire", "bushfire", "inferno", "flames", "firestorm"),
    ("flood", "flooding", "deluge", "inundate", "floodwater", "floodwaters"),
    ("storm", "hurricane", "cyclone", "typhoon", "tempest", "gale"),
    ("earthquake", "quake", "tremor"),
    ("evacuate", "evacuation", "evacuee", "flee", "fled"),
    ("burn", "burnt", "scorch"),
    ("steal", "stole", "stolen", "theft", "thief", "thieves", "rob", "robbery", "burglary", "burglar"),
    ("crash", "collision", "collide", "accident"),
    ("stab", "knife"),
    ("gun", "firearm"),
    ("explosion", "explode", "blast", "detonate"),
    ("riot", "rioting", "unrest", "disorder"),
    ("protest", "protester", "protestor", "demonstration", "demonstrator"),
    ("search", "hunt", "manhunt"),
    ("rain", "rainfall", "downpour"),
    ("wind", "gust"),
    ("outage", "blackout"),
    ("electricity", "power"),
    ("home", "house", "household", "property", "properties", "dwelling"),
    # quantities going up or down
    ("rise", "rose", "risen", "increase", "climb", "jump", "grow", "grew", "grown", "growth",
     "gain", "soar", "surge", "rising", "raise", "hike", "lift", "expand", "expansion", "strengthen"),
    ("fall", "fell", "fallen", "drop", "decline", "slide", "slid", "sink", "sank", "sunk", "tumble",
     "plunge", "slump", "dip", "decrease", "weaken"),
    ("cut", "reduce", "reduction", "lower", "slash", "trim", "lessen"),
    ("nearly", "almost", "roughly", "approximately", "around"),
    ("fast", "quick", "quickly", "rapid", "rapidly", "swift", "swiftly"),
    ("big", "large", "biggest", "largest"),
    ("highest", "high"),
    ("lowest", "low"),
    ("ahead",),  # (a class of its own: the opposite of "behind", a position in a race or a poll)
    ("behind",),
    # institutions acting
    ("order", "instruct", "instruction", "command"),
    ("ban", "prohibit", "forbid", "forbade", "outlaw", "prohibition"),
    ("approve", "approval", "endorse", "ratify", "authorise", "authorize", "backed"),  # ("back": came back)
    ("refuse", "refusal"),
    ("reject", "rejection", "dismiss", "dismissal"),
    ("overturn", "quash"),  # a ruling undone; also a boat capsizing: no rejection
    ("ruling", "ruled", "verdict", "judgment", "judgement"),
    ("cancel", "cancellation", "scrap", "axe", "abandon"),
    ("postpone", "delay", "defer", "postponement"),
    ("close", "shut", "closure", "shutdown"),
    ("start", "begin", "began", "begun", "commence", "launch", "open"),
    ("resign", "quit", "resignation"),
    ("convict", "conviction", "guilty"),
    ("acquit", "acquittal"),
    ("jail", "imprison", "imprisonment", "prison", "gaol"),
    ("sue", "lawsuit"),
    ("blame", "accuse"),
    ("court", "tribunal"),
    ("build", "built", "construct", "construction"),
    ("plan", "intend", "intention", "schedule"),
    ("deploy", "deployment"),
    ("participate", "participation", "participant", "enrol", "enroll", "turnout"),
    ("maintenance", "upkeep", "maintain"),
    ("inaugurate", "inauguration"),
    ("annual", "annually", "yearly"),  # "£35m annually" = "£35 million a year"
    ("urge", "exhort"),
    ("resume", "resumption", "restart"),
    ("pay", "paid", "payment"),
    ("sell", "sold"),
    ("agreement", "deal", "accord", "pact"),
    ("ceasefire", "truce"),
    ("war", "conflict"),
    ("army", "military"),
    ("law", "legislation"),
    ("vote", "ballot"),
    ("appoint", "appointment", "hire"),
    ("arrest", "detain", "detention", "custody"),
    ("release", "freed"),
    ("suspend", "suspension", "halt", "stop", "pause"),
    ("near", "nearby"),
    ("distribute", "distribution"),
    ("buy", "bought", "acquire", "acquisition", "purchase", "takeover"),
    ("help", "aid", "assist", "assistance", "support"),
    ("promise", "pledge", "vow"),
    ("retain", "keep", "kept"),
    ("meet", "met", "meeting", "talks", "negotiation", "negotiations", "negotiate"),
    ("need", "require", "requirement", "necessary"),
    ("target", "goal"),
    ("confident", "sure", "certain"),
    ("try", "tried", "attempt"),
    # winning and losing
    ("win", "won", "beat", "beaten", "defeat", "victory", "triumph", "winner"),
    ("lose", "lost", "loss", "losses"),
    ("penalty", "penalties", "spot-kick", "spot-kicks"),
    ("goalkeeper", "keeper", "goalie"),
    ("match", "game", "fixture"),
    # people and organisations
    ("worker", "employee", "staff", "staffer", "workforce"),
    ("job", "jobs"),
    ("unemployment", "jobless", "joblessness"),
    ("company", "firm"),
    ("factory", "plant"),
    ("police", "detective"),
    ("soldier", "troop"),
    ("child", "children", "kid"),
    ("car", "vehicle"),
    ("lorry", "truck"),
    ("fuel", "petrol", "gasoline"),
    ("aircraft", "airliner", "jet"),  # not "plane": its inflections clash with "plan"
    ("motorway", "highway"),
    ("doctor", "physician", "medic"),
    ("pupil", "schoolchild", "schoolchildren"),
    ("country", "nation"),
    ("shop", "store", "retailer"),
    ("bank", "lender"),
    ("wage", "salary"),
    ("tax", "levy"),
    ("migrant", "immigrant"),
    ("passenger", "traveller", "traveler", "commuter"),
    ("customer", "shopper", "client"),
    ("data", "information"),
    ("update", "upgrade"),
    ("faulty", "flawed", "botched", "defective"),
    ("label", "tag"),
    ("hack", "hacker", "hacking", "cyberattack", "cyber-attack", "breach"),
    ("money", "cash", "funds", "funding"),
    ("strike", "walkout", "stoppage", "struck"),
    ("intervene", "intervention"),
    # companies and money
    ("profit", "profits", "earnings"),
    ("share", "stock"),
    ("revenue", "revenues", "sales", "turnover"),
    ("forecast", "outlook", "guidance"),
    ("replace", "replacement", "swap"),
    # what people feel and say
    ("sorry", "apologise", "apologize", "apology", "apologies", "regret"),
    ("worry", "worries", "anxiety", "distress"),
    ("ill", "illness", "sick", "sickness", "disease"),
    ("fatigue", "tiredness", "exhaustion"),
    ("seriously", "badly", "severely", "serious", "severe"),  # "seriously injured" / "in a serious condition"
    ("minor", "mild", "slight", "slightly"),
    # places and things
    ("museum", "gallery"),
    ("painting", "picture", "artwork", "canvas"),
    ("campground", "campsite"),
    ("online", "website", "internet"),
    ("remain", "stay", "unchanged"),
    ("investigate", "investigation", "investigator", "inquiry", "enquiry", "probe"),
    ("discover", "discovery", "find", "found", "uncover"),
    ("avoid",),
    # a noun and its verb that five letters keep apart (`text.derived_base`
    # joins the regular families: decision / decide, emptied / empty)
    ("fail", "failure"), ("seize", "seizure"), ("jury", "juror"),
    # five-letter words ending in -e: their -ing form has another 5-letter
    # prefix ("trade" / "tradi"), so each stands for its inflections
    ("trade",), ("price",), ("score",), ("judge",),
    # short nouns whose plural has another prefix ("bus" / "buses")
    ("bus",),
    # irregular verbs: their forms meet ("held" / "hold"); same word, no synonym
    ("hold", "held"), ("take", "took", "taken"), ("give", "gave", "given"), ("make", "made"),
    ("come", "came"), ("lead", "led"), ("send", "sent"), ("catch", "caught"),
    ("spend", "spent", "invest", "investment"),  # a sum spent or invested on something: one claim
    ("bring", "brought"), ("fight", "fought"), ("drive", "drove", "driven"), ("write", "wrote", "written"),
    ("break", "broke", "broken"), ("choose", "chose", "chosen"), ("shoot", "shot"), ("fly", "flew", "flown"),
    ("hide", "hid", "hidden"), ("throw", "threw", "thrown"), ("seek", "sought"), ("teach", "taught"),
    ("hear", "heard"), ("know", "knew", "known"), ("become", "became"), ("run", "ran"),
    ("stand", "stood"), ("draw", "drew", "drawn"), ("swear", "swore", "sworn"), ("withdraw", "withdrew", "withdrawn"),
    ("freeze", "froze", "frozen"), ("shake", "shook", "shaken"), ("wake", "woke", "woken"), ("ride", "rode", "ridden"),
)

#: Two-word verbs and compounds that mean a class's word: the first word with
#: its inflections (irregular ones listed), the second as written. The pair
#: counts as that class's word ("stepped down" = "resigned").
PHRASES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("spot",), "kick", "penalty"),
    (("walk",), "out", "strike"),
    (("step",), "down", "resign"),
    (("step",), "in", "intervene"),
    (("call",), "off", "cancel"),
    (("put",), "off", "postpone"),
    (("shut",), "down", "close"),
    (("take", "took", "taken"), "over", "buy"),
    (("lay", "laid"), "off", "cut"),
    (("stay", "keep", "kept"), "away", "avoid"),
    (("break", "broke", "broken"), "out", "start"),
    (("concede", "suffer"), "defeat", "lose"),
    (("go", "went", "gone"), "up", "rise"),
    (("go", "went", "gone"), "down", "fall"),
    (("decline",), "to", "refuse"),
    (("throw", "threw", "thrown"), "out", "reject"),
    (("turn", "turned"), "down", "reject"),
    (("hand", "give", "gave", "given"), "out", "distribute"),
    (("lose", "lost"), "lives", "kill"),  # "lost their lives": one possessive may stand between
    (("lose", "lost"), "life", "kill"),
    (("close",), "to", "near"),  # "close to the terminal": no closure
    (("look",), "for", "search"),
    (("send", "sent"), "in", "deploy"),  # "sent in 200 troops"
    (("call",), "on", "urge"),  # "called on both sides to …"
    (("call",), "for", "urge"),
    (("return",), "to", "resume"),  # "return to negotiations" = resume talks
    (("push",), "back", "postpone"),  # "the meeting was pushed back"
    (("put",), "back", "postpone"),
    (("not",), "open", "close"),  # "schools did not open" = were closed
    (("take", "took", "taken"), "part", "participate"),
    (("burn", "burnt"), "down", "destroy"),
    (("give", "gave", "given"), "up", "cancel"),  # "gave up the search" = abandoned it
    (("swear", "swore", "sworn"), "in", "inaugurate"),
    (("take", "took", "taken"), "office", "inaugurate"),
    (("move",), "out", "evacuate"),  # "residents were moved out"
    (("a", "per", "every", "each"), "year", "annual"),
)

_VOWELS = frozenset("aeiou")


def inflections(word: str) -> set[str]:
    """Regular inflections of a base form (over-generation is harmless: a
    form no text uses never meets anything)."""
    out = {word}
    if " " in word or "-" in word:
        return out | {word + "s"}
    last = word[-1]
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        out.add(word + "es")
    else:
        out.add(word + "s")
    if last == "e":
        out |= {word + "d", word[:-1] + "ing"}
    elif last == "y" and len(word) > 2 and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        out |= {word + "ed", word + "ing"}
        # a short final syllable doubles its consonant: stop → stopped
        if len(word) >= 3 and last not in _VOWELS and last not in "wxy" \
                and word[-2] in _VOWELS and word[-3] not in _VOWELS:
            out |= {word + last + "ed", word + last + "ing"}
    return out


def synonym_keys(fold) -> dict[str, str]:
    """Folded word form → the key of its class ("~" + the class's first
    member), for every member and regular inflection; `fold` is the folding
    the comparison applies to words (`text.fold_word` of `text.norm_word`).
    A form claimed by two classes is left out: it is ambiguous."""
    seen: dict[str, str] = {}
    clash: set[str] = set()
    for cls in SYNONYM_CLASSES:
        key = "~" + cls[0]
        for member in cls:
            for form in inflections(member):
                f = fold(form)
                if seen.get(f, key) != key:
                    clash.add(f)
                seen[f] = key
    return {f: k for f, k in seen.items() if f not in clash}


def phrase_keys(fold) -> dict[tuple[str, str], str]:
    """(folded first word, folded second word) → class key, for `PHRASES`
    (the second word also with -s: "spot kicks")."""
    out = {}
    for firsts, second, cls in PHRASES:
        for first in firsts:
            for form in inflections(first):
                for tail in {second, second + "s"} if len(second) > 3 else {second}:
                    out[(fold(form), fold(tail))] = "~" + cls
    return out


#: Classes that say the opposite of each other (by first member): a sentence
#: with one and a sentence with the other report different facts, however
#: much of the rest they share ("shares rose" / "shares fell").
OPPOSITE_CLASSES: tuple[tuple[str, str], ...] = (
    ("rise", "fall"),
    ("rise", "cut"),
    ("win", "lose"),
    ("approve", "reject"),
    ("start", "close"),
    ("resign", "appoint"),
    ("arrest", "release"),
    ("convict", "acquit"),
    ("highest", "lowest"),
    ("postpone", "hold"),  # "the talks were postponed" / "the talks were held as planned"
    ("cancel", "hold"),
    ("ahead", "behind"),
    ("win", "behind"),  # "beat Claes by 48 seconds" / "finished 48 seconds behind Claes"
)


#: Classes of verbs (by first member): what an actor did. One of these said of
#: the same named people is a claim ("Ilona Berg quit" / "Ilona Berg stepped
#: down"), where a shared noun ("the company") is not.
PREDICATE_CLASSES: frozenset[str] = frozenset((
    "destroy", "kill", "rescue", "injure", "evacuate", "burn", "steal", "crash", "rise", "fall", "cut", "order",
    "ban", "approve", "refuse", "reject", "cancel", "postpone", "close", "start", "resign", "appoint", "arrest",
    "release", "suspend", "distribute", "buy", "help", "need", "try", "win", "lose", "replace", "sorry",
    "investigate", "discover", "promise", "retain", "intervene", "plan", "blame", "deploy", "urge", "resume",
))


def predicate_keys() -> frozenset[str]:
    return frozenset("~" + c for c in PREDICATE_CLASSES)


#: Classes that turn a claim around when only one side has them: "refused to
#: resign" / "resigned", "rejected calls for a review" / "ordered a review"
#: are two facts however much else they share.
POLARITY_CLASSES: tuple[str, ...] = ("refuse", "reject")


def polarity_keys() -> frozenset[str]:
    return frozenset("~" + c for c in POLARITY_CLASSES)


def opposite_keys() -> tuple[tuple[str, str], ...]:
    """The opposite pairs as class keys (see `synonym_keys`)."""
    return tuple(("~" + a, "~" + b) for a, b in OPPOSITE_CLASSES)


# ---------------------------------------------------------------- figures
# Paraphrase scoring compares figures as the claim's most specific words; two
# outlets often write one figure differently: as a fraction ("a third of",
# "three in five") or a percentage, in miles or kilometres, in acres or
# hectares. These tables let `paraphrase.py` read each as one comparable
# figure. General knowledge (fractions, unit conversions), nothing of a story.

#: A fraction word → its value: "a third of" = 33.3 %, "two-thirds of" = 66.7 %.
#: Singular forms need "a"/"one" before them, plural ones a count ("two
#: thirds"); either needs "of" after it ("a third of the packs"), so "a third
#: suspect" or "the first half" stay words.
FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fifth": 1 / 5, "tenth": 1 / 10,
    "halves": 1 / 2, "thirds": 1 / 3, "quarters": 1 / 4, "fifths": 1 / 5, "tenths": 1 / 10,
    "two-thirds": 2 / 3, "three-quarters": 3 / 4, "two-fifths": 2 / 5, "three-fifths": 3 / 5,
    "four-fifths": 4 / 5,
}

#: Verbs that are a fraction of what was: "visits have halved" = "fell by
#: half" (read as the approximate percentage, like "by half").
FRACTION_VERBS: dict[str, float] = {"halve": 1 / 2, "halved": 1 / 2, "halving": 1 / 2}

#: A unit written after a figure (or glued to it: 8km, 50mph) → (the measure's
#: common unit, factor to it). A distance and a speed share one unit tag: the
#: figure and its neighbours tell them apart. Ambiguous abbreviations are left
#: out ("m" is a million in news copy; "pounds" is a currency more often than
#: a weight).
UNITS: dict[str, tuple[str, float]] = {
    **{w: ("km", 1.609344) for w in ("mile", "miles", "mi", "mph")},
    **{w: ("km", 1.0) for w in ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "kph", "kmh")},
    **{w: ("ha", 0.404686) for w in ("acre", "acres")},
    **{w: ("ha", 1.0) for w in ("ha", "hectare", "hectares")},
    **{w: ("m", 0.3048) for w in ("foot", "feet", "ft")},
    **{w: ("m", 1.0) for w in ("metre", "metres", "meter", "meters")},
    **{w: ("cm", 2.54) for w in ("inch", "inches")},
    **{w: ("cm", 1.0) for w in ("cm", "centimetre", "centimetres", "centimeter", "centimeters")},
    **{w: ("kg", 0.453592) for w in ("lb", "lbs")},
    **{w: ("kg", 1.0) for w in ("kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes")},
    **{w: ("kg", 1000.0) for w in ("tonne", "tonnes", "ton", "tons", "t")},
    **{w: ("l", 3.78541) for w in ("gallon", "gallons")},
    **{w: ("l", 1.0) for w in ("litre", "litres", "liter", "liters")},
}
#: Temperature scales: a figure with one of these (after "degrees" or glued: 95F)
TEMPERATURES: dict[str, str] = {"fahrenheit": "f", "f": "f", "celsius": "c", "centigrade": "c", "c": "c"}

#: Currency words after a figure ("640 million pounds", "1.2 billion dollars")
#: belong to the figure: the other outlet writes a symbol (£640m, $1.2bn).
CURRENCY_WORDS = frozenset(("dollar", "dollars", "euro", "euros", "pound", "pounds", "sterling", "yen", "yuan",
                            "franc", "francs", "crown", "crowns", "kronor", "kroner", "krona", "rupee", "rupees",
                            "peso", "pesos", "rand"))

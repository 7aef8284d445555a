"""A deterministic synthetic news corpus with ground truth, for the analysis bench.

    from corpus import generate
    corpus = generate(200)          # same N (and seed) -> same texts, always
    corpus.raw_sources()            # RawSource objects for tui.core.story.build_story
    corpus.reuse                    # what was copied from where, and how
    score(corpus, groups)           # recall of a list of passages against that truth

Every article tells one made-up story (a shared cast of people and places)
in about 800 words. The words are pseudo-words built from syllables (a few
thousand, drawn with a mild Zipf skew) plus real English function words, so
unrelated text does not match by accident. Planted reuse, always from an
earlier article:

* verbatim  -- paragraphs copied exactly;
* near      -- paragraphs copied with one to three small edits: a word
               changed, inserted or dropped, a name spelt differently
               (Kovalensky/Kovalenskyy), optionally a re-punctuated quote;
* transposed-- copied paragraphs (verbatim) put in a different order
               (Reuse.kind "verbatim", Reuse.transposed True);
* paraphrase-- a fact sentence (names, numbers and key nouns) re-told with
               another sentence frame and other verbs.

Around the body each article may carry scraped junk: a repeated headline, a
hashtag line, an "Also Read:" promo, a sign-in prompt and a trailing block of
teasers for unrelated stories. Junk is never part of the ground truth.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field

SEED = 20251124
TARGET_WORDS = (700, 900)  # body words per article

# ---------------------------------------------------------------- vocabulary

_ONSETS = "b d f g k l m n p r s t v z br dr gr kl pl st tr sk sh ch th h j w".split()
_VOWELS = "a e i o u a e i o ai ou ea io".split()
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "k", "nt", "st", "rn", "sh"]

FUNCTION_WORDS = set(
    """a an the and or but of to in on at by with from into over under about as than that this
    these those it its is are was were be been has have had will would could should may might
    not no he she they we his her their our who which what when where while after before since
    until because also said says told more most some any all each other such only very""".split()
)


def _pseudo_word(rng: random.Random, syllables: int) -> str:
    parts = []
    for i in range(syllables):
        parts.append(rng.choice(_ONSETS) + rng.choice(_VOWELS))
        if i == syllables - 1 or rng.random() < 0.3:
            parts.append(rng.choice(_CODAS))
    return "".join(parts)


class Lexicon:
    """Pseudo-words by part of speech, drawn with a mild Zipf skew."""

    def __init__(self, rng: random.Random, sizes: dict[str, int]):
        seen: set[str] = set(FUNCTION_WORDS)
        self.words: dict[str, list[str]] = {}
        self._cum: dict[str, list[float]] = {}
        for pos, n in sizes.items():
            out = []
            while len(out) < n:
                w = _pseudo_word(rng, rng.choice((1, 2, 2, 2, 3)))
                if len(w) < 4 or w in seen:
                    continue
                seen.add(w)
                out.append(w)
            self.words[pos] = out
            weights = [1.0 / (rank + 15) ** 0.8 for rank in range(n)]
            self._cum[pos] = list(itertools.accumulate(weights))
        self.all = seen - FUNCTION_WORDS

    def pick(self, rng: random.Random, pos: str) -> str:
        cum = self._cum[pos]
        return self.words[pos][bisect.bisect_left(cum, rng.random() * cum[-1])]

    def uniform(self, rng: random.Random, pos: str) -> str:
        return rng.choice(self.words[pos])


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _past(verb: str) -> str:
    return verb + ("d" if verb.endswith("e") else "ed")


# ---------------------------------------------------------------- the story


@dataclass(frozen=True)
class Person:
    title: str
    first: str
    last: str
    variant: str | None = None  # another spelling of `last` (folds together)

    def name(self, rng: random.Random, full: bool = True, variant: bool = False) -> str:
        last = self.variant if variant and self.variant else self.last
        if not full:
            return last
        return f"{self.title} {self.first} {last}" if self.title else f"{self.first} {last}"


@dataclass(frozen=True)
class Fact:
    """One reported fact: the content a paraphrase must keep."""

    actor: Person
    number: str
    n1: str       # who/what is counted ("4,200 {n1}")
    n2: str       # what is acted on
    place: str
    verbs: tuple[str, str, str]  # synonymous main verbs
    report: int   # which reporting verb the origin used
    when: str


_REPORT = ("said", "announced", "confirmed", "stated", "told reporters")
_WHEN = ("next week", "by Friday", "before the summit", "within thirty days", "this month",
         "by the end of the year", "after the vote", "on Monday", "later this year", "by spring",
         "once the talks end", "within hours", "over the winter", "in the coming days")
_FRAMES = (
    "{actor} {report} that {number} {n1} in {place} would {v} the {n2} {when}.",
    "{When}, the {n2} is to be {vp} by {number} {n1} from {place}, according to {last}.",
    "In {place}, some {number} {n1} are expected to {v} the {n2} {when}, {actor} {report}.",
    "The {n2} will be {vp} {when} by {number} {n1} based in {place}, {last} {report} on {day}.",
    "According to {actor}, {number} {n1} stationed near {place} must {v} the {n2} {when}.",
    "{last} {report} on {day} that the {n2} of {place} had been {vp} by {number} {n1}.",
    "Up to {number} {n1} could {v} the {n2} around {place} {when}, {last} {report}.",
    "{actor} expects {number} {n1} to {v} the {n2} in {place} {when}.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class Story:
    def __init__(self, rng: random.Random):
        lex = Lexicon(rng, {"noun": 1600, "verb": 700, "adj": 500, "adv": 200, "name": 400, "other": 700})
        self.lex = lex
        names = iter(_cap(w) for w in lex.words["name"])
        titles = ["President", "Foreign Minister", "Defence Minister", "General", "Senator",
                  "Ambassador", "Mayor", "spokesman", "Prime Minister", "Governor"]
        self.people: list[Person] = []
        for i in range(20):
            first, last = next(names), next(names)
            title = titles[i % len(titles)]
            if i == 0:    # Kovalensky / Kovalenskyy
                self.people.append(Person(title, first, last + "sky", last + "skyy"))
            elif i == 1:  # Medvinskiy / Medvinsky
                self.people.append(Person(title, first, last + "skiy", last + "sky"))
            elif i < 5:   # Barano / Barrano
                doubled = re.sub(r"([bdfgklmnprstvz])", r"\1\1", last, count=1)
                self.people.append(Person(title, first, last, doubled if doubled != last else None))
            else:
                self.people.append(Person(title, first, last))
        self.places = [next(names) for _ in range(16)]
        self.orgs = [f"the {next(names)} {w}" for w in ("Council", "Alliance", "Commission", "Assembly")]
        self.topic = [lex.words["noun"][i] for i in (3, 7, 11, 19)]  # the story's key words

    # -------------------------------------------------- sentences

    def np(self, rng: random.Random, det: bool = True) -> str:
        lex = self.lex
        words = []
        if rng.random() < 0.45:
            words.append(lex.pick(rng, "adj"))
        words.append(lex.pick(rng, "noun"))
        if det:
            words.insert(0, rng.choice(("the", "the", "a", "its", "their", "this", "every")))
        if rng.random() < 0.25:
            words += [rng.choice(("of", "for", "with", "from")), "the", lex.pick(rng, "noun")]
        return " ".join(words)

    def clause(self, rng: random.Random) -> str:
        lex = self.lex
        subj = rng.random()
        if subj < 0.15:
            s = self.person(rng).name(rng, full=rng.random() < 0.3)
        elif subj < 0.22:
            s = rng.choice(self.orgs)
        else:
            s = self.np(rng)
        verb = lex.pick(rng, "verb")
        form = rng.random()
        if form < 0.4:
            v = _past(verb)
        elif form < 0.6:
            v = f"{rng.choice(('would', 'could', 'might', 'will'))} {verb}"
        elif form < 0.8:
            v = f"{rng.choice(('has', 'had'))} {_past(verb)}"
        else:
            v = f"{rng.choice(('was', 'is'))} {lex.pick(rng, 'adv')} {_past(verb)}"
        out = f"{s} {v} {self.np(rng)}"
        if rng.random() < 0.5:
            out += f" {rng.choice(('in', 'on', 'over', 'after', 'before', 'under', 'into'))} "
            out += rng.choice((self.np(rng), rng.choice(self.places)))
        return out

    def person(self, rng: random.Random) -> Person:
        return self.people[min(int(rng.expovariate(0.25)), len(self.people) - 1)]

    def filler_sentence(self, rng: random.Random) -> str:
        r = rng.random()
        lex = self.lex
        if r < 0.15:  # a quote
            p = self.person(rng)
            quote = _cap(self.clause(rng))
            if rng.random() < 0.5:
                return f"“{quote},” {p.name(rng, full=False)} {rng.choice(('said', 'added', 'warned'))}."
            return f"{p.name(rng)} {rng.choice(('said', 'told reporters', 'wrote'))}: “{quote}.”"
        if r < 0.35:
            return f"{_cap(self.clause(rng))}, {rng.choice(('while', 'because', 'after', 'and'))} {self.clause(rng)}."
        if r < 0.5:
            return f"{_cap(lex.pick(rng, 'adv'))}, {self.clause(rng)}."
        if r < 0.6:
            return f"{_cap(self.clause(rng))}, {rng.choice(('which', 'who'))} {_past(lex.pick(rng, 'verb'))} {self.np(rng)}."
        return _cap(self.clause(rng)) + "."

    def new_fact(self, rng: random.Random) -> Fact:
        lex = self.lex
        r = rng.random()
        if r < 0.5:
            number = f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}"
        elif r < 0.8:
            number = str(rng.randint(12, 999))
        else:
            number = f"{rng.randint(1, 9)}.{rng.randint(1, 9)} million"
        return Fact(
            actor=self.person(rng),
            number=number,
            n1=lex.uniform(rng, "noun") + "s",
            n2=lex.uniform(rng, "noun"),
            place=rng.choice(self.places),
            verbs=(lex.uniform(rng, "verb"), lex.uniform(rng, "verb"), lex.uniform(rng, "verb")),
            report=rng.randrange(len(_REPORT)),
            when=rng.choice(_WHEN),
        )

    def render(self, rng: random.Random, fact: Fact, frame: int, verb: int, report: int) -> str:
        v = fact.verbs[verb]
        s = _FRAMES[frame].format(
            actor=fact.actor.name(rng), last=fact.actor.last, report=_REPORT[report],
            number=fact.number, n1=fact.n1, n2=fact.n2, place=fact.place, v=v, vp=_past(v),
            when=fact.when, When=_cap(fact.when), day=rng.choice(_DAYS),
        )
        return _cap(s)

    def headline(self, rng: random.Random) -> str:
        p = self.person(rng)
        return " ".join(_cap(w) for w in (
            f"{p.last} {_past(self.lex.pick(rng, 'verb'))} {self.np(rng, det=False)} "
            f"as {rng.choice(self.places)} {self.lex.pick(rng, 'noun')} {rng.choice(('continue', 'stall', 'resume'))}"
        ).split())

    def teaser(self, rng: random.Random) -> str:
        """A headline for some other story: words this story never uses."""
        words = [_cap(self.lex.uniform(rng, "other")) for _ in range(rng.randint(5, 9))]
        tail = rng.choice(("", "", "…", " | Updates", ""))
        return " ".join(words) + tail


# ---------------------------------------------------------------- articles


@dataclass
class _Sent:
    text: str
    fact: Fact | None = None
    frame: int = -1


@dataclass
class _Para:
    sents: list[_Sent]
    origin: tuple[int, int] | None = None  # (article, paragraph) copied from
    kind: str | None = None
    edits: tuple[str, ...] = ()
    transposed: bool = False
    paraphrase_of: list = field(default_factory=list)  # [(sent idx, article, para, sent idx)]


@dataclass(frozen=True)
class Article:
    id: str
    text: str


@dataclass(frozen=True)
class Reuse:
    """One planted reuse: copy[copy_start:copy_end] comes from origin[origin_start:origin_end]."""

    kind: str  # verbatim | near | paraphrase
    origin: str
    origin_start: int
    origin_end: int
    copy: str
    copy_start: int
    copy_end: int
    edits: tuple[str, ...] = ()
    transposed: bool = False


@dataclass(frozen=True)
class Corpus:
    n: int
    seed: int
    articles: tuple[Article, ...]
    reuse: tuple[Reuse, ...]

    @property
    def words(self) -> int:
        return sum(len(a.text.split()) for a in self.articles)

    def raw_sources(self):
        from tui.core.loading import RawSource
        return [RawSource(a.id, f"<synthetic>/{a.id}.txt", a.text, {}) for a in self.articles]

    def write(self, folder) -> None:
        """Write the articles as .txt files (for trying the reader on them)."""
        from pathlib import Path
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for a in self.articles:
            (folder / f"{a.id}.txt").write_bytes(a.text.encode("utf-8"))


_WORD = re.compile(r"\w+")


def _near_edit(rng: random.Random, story: Story, para: _Para) -> tuple[_Para, tuple[str, ...]]:
    """Copy with one to three small edits; returns the new paragraph and the edit names."""
    sents = [_Sent(s.text, s.fact, s.frame) for s in para.sents]
    lex_words = story.lex.all
    edits: list[str] = []
    wanted = rng.randint(1, 3)
    tries = 0
    while len(edits) < wanted and tries < 20:
        tries += 1
        k = rng.randrange(len(sents))
        text = sents[k].text
        op = rng.choice(("word changed", "word inserted", "word dropped", "spelling variant",
                         "re-punctuated quote"))
        words = [m for m in _WORD.finditer(text) if m.group() in lex_words and m.start() > 0]
        if op == "word changed" and words:
            m = rng.choice(words)
            text = text[:m.start()] + story.lex.pick(rng, "adj" if rng.random() < 0.5 else "noun") + text[m.end():]
        elif op == "word inserted" and words:
            m = rng.choice(words)
            text = text[:m.start()] + story.lex.pick(rng, "adj") + " " + text[m.start():]
        elif op == "word dropped" and len(words) > 3:
            m = rng.choice(words)
            text = text[:m.start()] + text[m.end():].lstrip(" ")
        elif op == "spelling variant":
            for p in story.people:
                if p.variant and re.search(rf"\b{p.last}\b", text):
                    text = re.sub(rf"\b{p.last}\b", p.variant, text)
                    break
                if p.variant and re.search(rf"\b{p.variant}\b", text):
                    text = re.sub(rf"\b{p.variant}\b", p.last, text)
                    break
            else:
                continue
        elif op == "re-punctuated quote" and "“" in text:
            if ",”" in text:
                text = text.replace(",”", "”,", 1) if rng.random() < 0.5 else text.replace(",”", ".”", 1)
            else:
                text = text.replace("“", '"').replace("”", '"')
        else:
            continue
        if text == sents[k].text:
            continue
        sents[k] = _Sent(text, sents[k].fact, sents[k].frame)
        edits.append(op)
    if not any(e not in ("re-punctuated quote",) for e in edits):
        # always at least one change of words, so the truth kind is "near"
        k = rng.randrange(len(sents))
        text = sents[k].text.rstrip(".")
        sents[k] = _Sent(f"{text} {rng.choice(('in', 'on', 'after'))} {rng.choice(story.places)}.",
                         sents[k].fact, sents[k].frame)
        edits.append("words added")
    return _Para(sents), tuple(edits)


def _fresh_para(rng: random.Random, story: Story, fact_rate: float) -> _Para:
    sents = []
    for _ in range(rng.randint(2, 5)):
        if rng.random() < fact_rate:
            f = story.new_fact(rng)
            frame = rng.randrange(len(_FRAMES))
            sents.append(_Sent(story.render(rng, f, frame, 0, f.report), f, frame))
        else:
            sents.append(_Sent(story.filler_sentence(rng)))
    return _Para(sents)


def _words(p: _Para) -> int:
    return sum(len(s.text.split()) for s in p.sents)


def generate(n: int, seed: int = SEED) -> Corpus:
    """N articles, deterministic for (n, seed). Article i only copies from j < i."""
    rng = random.Random(seed)
    story = Story(rng)
    bodies: list[list[_Para]] = []
    headlines: list[str] = []
    originals: list[int] = []
    for i in range(n):
        arng = random.Random(f"{seed}:{i}")  # each article independent of N
        original = i == 0 or arng.random() < 0.2
        copied: list[_Para] = []
        taken: set[tuple[int, int]] = set()  # a paragraph is copied into an article once

        def fresh(o: int, k: int) -> list[int]:
            pool = [pi for pi in range(len(bodies[o])) if (o, pi) not in taken]
            out = arng.sample(pool, min(len(pool), k))
            taken.update((o, pi) for pi in out)
            return out

        if not original:
            origins = {arng.choice(originals) if arng.random() < 0.5 else arng.randrange(i)
                       for _ in range(arng.choice((1, 1, 2)))}
            for o in sorted(origins):
                src = bodies[o]
                if arng.random() < 0.55:  # verbatim paragraphs
                    for pi in fresh(o, arng.randint(1, 3)):
                        copied.append(_Para(src[pi].sents, (o, pi), "verbatim"))
                if arng.random() < 0.45:  # near copies
                    for pi in fresh(o, arng.randint(1, 2)):
                        para, edits = _near_edit(arng, story, src[pi])
                        para.origin, para.kind, para.edits = (o, pi), "near", edits
                        copied.append(para)
                # copies keep the origin's paragraph order (only transposed runs break it)
                start_at = next((k for k, p in enumerate(copied) if p.origin and p.origin[0] == o),
                                len(copied))
                copied[start_at:] = sorted(copied[start_at:], key=lambda p: p.origin[1])
                if arng.random() < 0.25 and len(src) >= 3:  # transposed run
                    start = arng.randrange(len(src) - 2)
                    run = list(range(start, start + arng.randint(2, min(4, len(src) - start))))
                    run = [pi for pi in run if (o, pi) not in taken]
                    taken.update((o, pi) for pi in run)
                    order = run[::-1] if arng.random() < 0.5 else arng.sample(run, len(run))
                    if order == run:
                        order = run[::-1]
                    if len(run) < 2:
                        order = []
                    copied.append(_Para([], None, "transposed-run"))
                    copied[-1].paraphrase_of = [(o, pi) for pi in order]
                if arng.random() < 0.45:  # paraphrased facts
                    facts = [(pi, si, s) for pi, p in enumerate(src) for si, s in enumerate(p.sents)
                             if s.fact is not None]
                    for pi, si, s in arng.sample(facts, min(len(facts), arng.randint(1, 3))):
                        frame = arng.choice([f for f in range(len(_FRAMES)) if f != s.frame])
                        report = arng.choice([r for r in range(len(_REPORT)) if r != s.fact.report])
                        text = story.render(arng, s.fact, frame, arng.choice((1, 2)), report)
                        para = _fresh_para(arng, story, 0.0)
                        at = arng.randint(0, len(para.sents))
                        para.sents.insert(at, _Sent(text, s.fact, frame))
                        para.paraphrase_of = [(at, o, pi, si)]
                        copied.append(para)
        # expand transposed runs into paragraphs in their new order
        expanded: list[_Para] = []
        for p in copied:
            if p.kind == "transposed-run":
                for o, pi in p.paraphrase_of:
                    expanded.append(_Para(bodies[o][pi].sents, (o, pi), "verbatim", (), True))
            else:
                expanded.append(p)
        target = arng.randint(*TARGET_WORDS)
        body = list(expanded)
        # fresh paragraphs at random places, keeping copied ones in their order
        while sum(_words(p) for p in body) < target:
            body.insert(arng.randint(0, len(body)), _fresh_para(arng, story, 0.15))
        if original:
            originals.append(i)
        bodies.append(body)
        headlines.append(headlines[min(originals)] if not original and arng.random() < 0.3
                         and originals else story.headline(arng))
    articles, reuse = _assemble(story, bodies, headlines, seed)
    return Corpus(n, seed, tuple(articles), tuple(reuse))


def _assemble(story: Story, bodies, headlines, seed):
    """Lay out text with junk; record character ranges of paragraphs and sentences."""
    para_ranges: list[list[tuple[int, int]]] = []
    sent_ranges: list[list[list[tuple[int, int]]]] = []
    texts: list[str] = []
    for i, body in enumerate(bodies):
        rng = random.Random(f"{seed}:layout:{i}")
        nl = "\r\n" if rng.random() < 0.05 else ("\n\n" if rng.random() < 0.2 else "\n")
        lines: list[tuple[str, int | None]] = [(headlines[i], None)]  # (text, body paragraph index)
        if rng.random() < 0.3:
            lines.append((headlines[i], None))  # repeated headline
        promo_at = rng.randrange(1, len(body)) if rng.random() < 0.3 and len(body) > 1 else -1
        signin_at = rng.randrange(1, len(body)) if rng.random() < 0.2 and len(body) > 1 else -1
        for k in range(len(body)):
            if k == promo_at:
                lines.append((f"Also Read: {story.teaser(rng)}", None))
            if k == signin_at:
                lines.append((rng.choice((
                    "Sign in to continue reading and join the conversation.",
                    "Already a member? Log in to read the full story.",
                    "Subscribe to our newsletter for the latest updates")), None))
            lines.append((None, k))
        if rng.random() < 0.3:
            tags = [story.people[0].last, story.places[0]] + story.topic[:rng.randint(1, 4)]
            lines.append((" ".join("#" + _cap(t) for t in tags), None))
        if rng.random() < 0.3:
            lines.append((rng.choice(("More stories", "Related", "Trending now")), None))
            for _ in range(rng.randint(3, 6)):
                lines.append((story.teaser(rng), None))
        parts: list[str] = []
        pos = 0
        pr: list[tuple[int, int]] = [(0, 0)] * len(body)
        sr: list[list[tuple[int, int]]] = [[] for _ in body]
        for text, k in lines:
            if parts:
                parts.append(nl)
                pos += len(nl)
            if k is None:
                parts.append(text)
                pos += len(text)
                continue
            start = pos
            for si, s in enumerate(body[k].sents):
                if si:
                    parts.append(" ")
                    pos += 1
                sr[k].append((pos, pos + len(s.text)))
                parts.append(s.text)
                pos += len(s.text)
            pr[k] = (start, pos)
        parts.append("\n")
        texts.append("".join(parts))
        para_ranges.append(pr)
        sent_ranges.append(sr)

    width = max(3, len(str(len(bodies) - 1)))
    ids = [f"a{i:0{width}d}" for i in range(len(bodies))]
    reuse = []
    for i, body in enumerate(bodies):
        for k, p in enumerate(body):
            if p.origin is not None:
                o, pi = p.origin
                reuse.append(Reuse(p.kind, ids[o], *para_ranges[o][pi], ids[i], *para_ranges[i][k],
                                   p.edits, p.transposed))
            for at, o, pi, si in p.paraphrase_of:
                reuse.append(Reuse("paraphrase", ids[o], *sent_ranges[o][pi][si], ids[i],
                                   *sent_ranges[i][k][at]))
    return [Article(ids[i], t) for i, t in enumerate(texts)], reuse


# ---------------------------------------------------------------- scoring

Group = list[tuple[str, int, int]]  # one passage: (source, start, end) spans


def largest_planted_cluster(corpus: Corpus) -> int:
    """The most articles one planted text reaches (origin and copies, transitively)."""
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in corpus.reuse:
        a, b = find((r.origin, r.origin_start)), find((r.copy, r.copy_start))
        if a != b:
            parent[a] = b
    members: dict = defaultdict(set)
    for node in list(parent):
        members[find(node)].add(node[0])
    return max((len(m) for m in members.values()), default=0)


def score(corpus: Corpus, groups: list[Group], min_cover: float = 0.5,
          max_sources: int | None = None) -> dict:
    """Recall of planted reuse.

    A reuse counts as found when passages that hold a span overlapping the
    origin range and a span in the copy together cover at least `min_cover`
    of the copy range. Returns {"all": (found, total), "verbatim": ...,
    "near": ..., "paraphrase": ..., "transposed": ..., "extra": n} where
    extra counts passages none of whose spans touch any planted range
    (accidental matches, or matches between fresh text on shared facts).
    With `max_sources`, passages linking more sources than that are ignored
    (so one giant cluster cannot "find" everything).
    """
    if max_sources is not None:
        groups = [g if len({s for s, _, _ in g}) <= max_sources else [] for g in groups]
    by_source: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for g, spans in enumerate(groups):
        for s, a, b in spans:
            by_source[s].append((a, b, g))
    for v in by_source.values():
        v.sort()
    starts = {s: [x[0] for x in v] for s, v in by_source.items()}

    def hits(source: str, a: int, b: int):
        v = by_source.get(source, [])
        # spans are short (at most a paragraph); look back a bounded way
        i = bisect.bisect_left(starts.get(source, []), b)
        out = []
        for j in range(i - 1, -1, -1):
            s, e, g = v[j]
            if e > a and s < b:
                out.append((max(s, a), min(e, b), g))
            if a - s > 20000:
                break
        return out

    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    touched: set[int] = set()
    for r in corpus.reuse:
        origin_groups = {g for _, _, g in hits(r.origin, r.origin_start, r.origin_end)}
        copy_hits = hits(r.copy, r.copy_start, r.copy_end)
        touched.update(origin_groups)
        touched.update(g for _, _, g in copy_hits)
        covered = _union([(s, e) for s, e, g in copy_hits if g in origin_groups])
        found = covered >= min_cover * (r.copy_end - r.copy_start)
        keys = ["all", r.kind] + (["transposed"] if r.transposed else [])
        for k in keys:
            totals[k][1] += 1
            totals[k][0] += found
    out = {k: tuple(v) for k, v in totals.items()}
    out["extra"] = sum(1 for g, spans in enumerate(groups) if spans and g not in touched)
    return out


def _union(ranges: list[tuple[int, int]]) -> int:
    total = 0
    end = -1
    for s, e in sorted(ranges):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def passages_as_groups(story) -> list[Group]:
    return [[(sp.source, sp.start, sp.end) for sp in p.spans] for p in story.passages]


if __name__ == "__main__":  # print a sample article and the reuse planted in it
    import sys

    c = generate(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
    print(c.articles[-1].text)
    for r in c.reuse:
        if r.copy == c.articles[-1].id:
            print(r.kind, r.origin, r.edits, "transposed" if r.transposed else "")
    print(f"{c.n} articles, {c.words} words, {len(c.reuse)} planted reuses")

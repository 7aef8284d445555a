"""Hand-made Stories for the reader tests: deterministic, independent of how the
analysis engine is tuned. Offsets are found with str.find on the texts."""

from __future__ import annotations

import asyncio
import inspect
import re

import pytest

from tui.core import (
    Actor, Boilerplate, DiffOp, Paragraph, Passage, QuoteComparison, QuoteFidelity,
    Sentence, Source, Span, Statement, Story, Token,
)

@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem):
    """Run `async def` tests (Textual pilot tests) without an asyncio plugin."""
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        asyncio.run(pyfuncitem.obj(**args))
        return True
    return None


_SENT = re.compile(r"[^.!?]*[.!?]+[”\"]?|[^.!?]+$")
_WORD = re.compile(r"\w+")


def make_source(sid: str, text: str, *, outlet: str | None = None, title: str | None = None,
                date: str | None = None, boilerplate: tuple[str, ...] = ()) -> Source:
    """A Source with one paragraph per line, sentences split at . ! ?"""
    paras, sents = [], []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            pi = len(paras)
            paras.append(Paragraph(pos, pos + len(raw)))
            for m in _SENT.finditer(raw):
                s, e = m.span()
                while s < e and raw[s] == " ":
                    s += 1
                if s < e:
                    sents.append(Sentence(pos + s, pos + e, pi))
        pos += len(raw) + 1
    marks = []
    for phrase in boilerplate:
        i = text.index(phrase)
        marks.append(Boilerplate(i, i + len(phrase), "newsletter promo"))
    tokens = tuple(Token(m.start(), m.end(), m.group().lower(), m.group().lower()) for m in _WORD.finditer(text))
    return Source(id=sid, path=f"<{sid}>", text=text, title=title, outlet=outlet, date=date,
                  boilerplate=tuple(marks), paragraphs=tuple(paras), sentences=tuple(sents), tokens=tokens)


def span(src: Source, phrase: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = src.text.index(phrase, i + 1)
    return Span(src.id, i, i + len(phrase))


def statement(sid: str, src: Source, phrase: str, actor: str, group: str | None, kind="direct") -> Statement:
    sp = span(src, phrase)
    return Statement(sid, actor, src.id, sp.start, sp.end, kind, "said", group)


A_TEXT = """Talks end in Geneva with progress
Negotiators from the United States and Ukraine met in Geneva on Sunday. "We made tremendous progress on the plan," said Marco Rubio. The draft has 28 points.
Critics in Kyiv were unhappy with the draft. They said it rewards Moscow for the invasion.
Volodymyr Zelensky told the Swedish parliament: "Putin wants legal recognition for what he has stolen." He called it a critical moment.
The Kremlin said it had not been briefed.
Subscribe to our newsletter for more stories like this."""

B_TEXT = """Geneva talks: a refined framework
Officials said the talks were highly productive. Negotiators from the United States and Ukraine met in Geneva on Sunday. "We made great progress on the plan," Marco Rubio said.
Volodymyr Zelensky told the Swedish parliament: "Putin wants legal recognition for what he has stolen." Europe is watching closely.
Critics in Kyiv were unhappy with the draft, saying that it rewards Moscow.
Peskov said Moscow had received no information."""

C_TEXT = """Markets shrug off peace talks
Oil prices fell on Monday as traders weighed the talks in Geneva. Analysts expect little change.
Zelensky said Putin wants recognition for what he has stolen. The Kremlin said it had not been briefed.
Shares in defence companies rose slightly."""


def make_story() -> Story:
    a = make_source("a", A_TEXT, outlet="Alpha Times", title="Talks end in Geneva with progress",
                    date="2025-11-23", boilerplate=("Subscribe to our newsletter for more stories like this.",))
    b = make_source("b", B_TEXT, outlet="Beta News", title="Geneva talks: a refined framework", date="2025-11-24")
    c = make_source("c", C_TEXT, outlet="Gamma Daily", title="Markets shrug off peace talks")
    passages = (
        Passage("p1", "verbatim", 1.0, (
            span(a, "Negotiators from the United States and Ukraine met in Geneva on Sunday."),
            span(b, "Negotiators from the United States and Ukraine met in Geneva on Sunday."))),
        Passage("p2", "verbatim", 1.0, (
            span(a, 'Volodymyr Zelensky told the Swedish parliament: "Putin wants legal recognition for what he has stolen."'),
            span(b, 'Volodymyr Zelensky told the Swedish parliament: "Putin wants legal recognition for what he has stolen."'))),
        Passage("p3", "near", 0.82, (
            span(a, "Critics in Kyiv were unhappy with the draft. They said it rewards Moscow for the invasion."),
            span(b, "Critics in Kyiv were unhappy with the draft, saying that it rewards Moscow."))),
        Passage("p4", "paraphrase", 0.55, (
            span(a, "Putin wants legal recognition for what he has stolen."),
            span(c, "Zelensky said Putin wants recognition for what he has stolen."))),
        Passage("p5", "verbatim", 1.0, (
            span(a, "The Kremlin said it had not been briefed."),
            span(c, "The Kremlin said it had not been briefed."))),
        Passage("p6", "near", 0.7, (
            span(a, '"We made tremendous progress on the plan,"'),
            span(b, '"We made great progress on the plan,"'))),
    )
    actors = (
        Actor("rubio", "Marco Rubio", ("Rubio",), ("US Secretary of State",)),
        Actor("zelensky", "Volodymyr Zelensky", ("Zelensky",), ("President of Ukraine",)),
        Actor("peskov", "Dmitry Peskov", ("Peskov",), ("Kremlin spokesman",)),
    )
    statements = (
        statement("s1", a, "We made tremendous progress on the plan,", "rubio", "g1"),
        statement("s2", b, "We made great progress on the plan,", "rubio", "g1"),
        statement("s3", a, "Putin wants legal recognition for what he has stolen.", "zelensky", "g2"),
        statement("s4", b, "Putin wants legal recognition for what he has stolen.", "zelensky", "g2"),
        statement("s5", c, "Putin wants recognition for what he has stolen", "zelensky", "g2", kind="indirect"),
        statement("s6", a, "He called it a critical moment.", "zelensky", None, kind="indirect"),
        statement("s7", b, "Moscow had received no information", "peskov", "g3", kind="indirect"),
    )
    s1, s2 = statements[0], statements[1]
    diff = (DiffOp("equal", s1.start, s1.start + 7, s2.start, s2.start + 7),
            DiffOp("replace", s1.start + 8, s1.start + 18, s2.start + 8, s2.start + 13),
            DiffOp("equal", s1.start + 19, s1.end, s2.start + 14, s2.end))
    fidelity = (QuoteFidelity("g1", (QuoteComparison("s1", "s2", "altered", ("words changed",), diff),)),
                QuoteFidelity("g2", (QuoteComparison("s3", "s4", "identical"),)))
    return Story(sources=(a, b, c), passages=passages, actors=actors, statements=statements,
                 fidelity=fidelity, title="Talks end in Geneva")


FILLER = ("Filler sentence number {i} talks about something only this outlet reports in some detail. ")


def make_long_story(before_a: int = 60, before_b: int = 12, after: int = 60) -> Story:
    """Two long sources with one shared passage at very different depths, and a
    third with nothing shared: for scrolling and synchronization."""
    shared = "This shared passage appears in both sources with exactly the same words in it."
    second = "A second shared sentence comes later on and is also carried by both outlets."
    a_text = "\n".join(FILLER.format(i=f"a{i}") for i in range(before_a)) + "\n" + shared + "\n" + \
        "\n".join(FILLER.format(i=f"a{i}") for i in range(before_a, before_a + after)) + "\n" + second
    b_text = "\n".join(FILLER.format(i=f"b{i}") for i in range(before_b)) + "\n" + shared + "\n" + \
        "\n".join(FILLER.format(i=f"b{i}") for i in range(before_b, before_b + after // 2)) + "\n" + second + \
        "\n" + "\n".join(FILLER.format(i=f"b{i}") for i in range(100, 140))
    c_text = "\n".join(FILLER.format(i=f"c{i}") for i in range(50))
    a = make_source("a", a_text, outlet="Long A")
    b = make_source("b", b_text, outlet="Long B")
    c = make_source("c", c_text, outlet="Long C")
    passages = (
        Passage("p1", "verbatim", 1.0, (span(a, shared), span(b, shared))),
        Passage("p2", "verbatim", 1.0, (span(a, second), span(b, second))),
    )
    return Story(sources=(a, b, c), passages=passages, title="Long story")


@pytest.fixture
def story() -> Story:
    return make_story()


@pytest.fixture
def long_story() -> Story:
    return make_long_story()


@pytest.fixture(autouse=True)
def _true_colour_terminal(monkeypatch):
    """The reader's palette (and its theme in 16 colours) follows the terminal's
    colour system: pin a true-colour terminal so tests do not depend on the TERM
    of whoever runs them. Tests of other colour systems set their own."""
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)

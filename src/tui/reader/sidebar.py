"""The actor sidebar: actors by number of statements, type-to-filter, and the
selected actor's statements grouped across sources, to step through."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.core import Statement

from .index import StoryIndex
from .names import source_name

SNIPPET = 70


def snippet(text: str, limit: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def actor_matches(index: StoryIndex, actor_id: str, query: str) -> bool:
    """Type-to-filter: the query found in the actor's name, aliases or roles."""
    q = query.casefold().strip()
    if not q:
        return True
    a = index.actors[actor_id]
    return any(q in s.casefold() for s in (a.name, *a.aliases, *a.roles))


def back_to_panes(widget) -> None:
    view = getattr(widget.screen, "active_view", None)
    if view is not None:
        view.focus()


class ActorFilter(Input):
    BINDINGS = [
        Binding("down", "to_list", "Actors list", show=False),
        Binding("escape", "back", "Panes"),
    ]

    def action_to_list(self) -> None:
        self.screen.query_one(ActorList).focus()

    def action_back(self) -> None:
        back_to_panes(self)


class ActorList(OptionList):
    BINDINGS = [Binding("escape", "back", "Panes")]

    def action_back(self) -> None:
        back_to_panes(self)


class StatementList(OptionList):
    """The selected actor's statements. Enter jumps; n/p step; d shows the quote diff."""

    BINDINGS = [
        Binding("n", "step(1)", "Next statement"),
        Binding("p", "step(-1)", "Prev statement"),
        Binding("d", "quote_diff", "Quote diff"),
        Binding("escape", "back", "Actors"),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.statements: list[Statement | None] = []  # per option; None for group headings
        self.visited: int | None = None  # option index last jumped to

    def action_step(self, direction: int) -> None:
        idx = [i for i, st in enumerate(self.statements) if st is not None]
        if not idx:
            return
        cur = self.highlighted
        if cur is not None and cur != self.visited and self.statements[cur] is not None:
            nxt = cur  # first step visits the highlighted statement itself
        elif cur is None:
            nxt = idx[0] if direction > 0 else idx[-1]
        elif direction > 0:
            later = [i for i in idx if i > cur]
            nxt = later[0] if later else idx[0]
        else:
            earlier = [i for i in idx if i < cur]
            nxt = earlier[-1] if earlier else idx[-1]
        self.highlighted = nxt
        self.visited = nxt
        st = self.statements[nxt]
        assert st is not None
        self.post_message(ActorSidebar.StatementChosen(st, bring=False))

    def action_quote_diff(self) -> None:
        if self.highlighted is not None and self.statements[self.highlighted] is not None:
            self.post_message(ActorSidebar.QuoteDiff(self.statements[self.highlighted]))

    def action_back(self) -> None:
        self.display = False
        self.screen.query_one("#statements-title").display = False
        self.screen.query_one(ActorList).focus()
        self.post_message(ActorSidebar.SteppingEnded())


class ActorSidebar(Vertical):
    BINDINGS = [Binding("ctrl+t", "toggle_all", "All actors", show=True)]

    class StatementChosen(Message):
        """Go to a statement. `bring`: the user chose it (Enter), so its source may
        replace the focused pane's; stepping (n/p) never changes the panes."""

        def __init__(self, statement: Statement, bring: bool = False) -> None:
            super().__init__()
            self.statement = statement
            self.bring = bring

    class SteppingEnded(Message):
        """The statement list was left: the panes drop their marks and notices."""

    class QuoteDiff(Message):
        def __init__(self, statement: Statement) -> None:
            super().__init__()
            self.statement = statement

    def __init__(self, index: StoryIndex, **kwargs) -> None:
        super().__init__(**kwargs)
        self.index = index
        self.actor_id: str | None = None
        self._shown: list[str] = []
        self.show_all = False  # False: only actors with at least one statement

    def compose(self) -> ComposeResult:
        yield Label(self._title(), id="actors-title")
        yield ActorFilter(placeholder="type to filter", id="actor-filter")
        yield ActorList(id="actor-list")
        yield Label("", id="statements-title")
        yield StatementList(id="statement-list")

    def on_mount(self) -> None:
        self.query_one("#statements-title").display = False
        self.query_one(StatementList).display = False
        self._fill("")

    def focus_filter(self, clear: bool = False) -> None:
        box = self.query_one(ActorFilter)
        if clear and box.value:
            box.value = ""  # the Changed message refills the list
        box.focus()

    def _quoted(self, actor_id: str) -> bool:
        return bool(self.index.statements_by_actor.get(actor_id))

    def _title(self) -> Text:
        quoted = sum(1 for a in self.index.story.actors if self._quoted(a.id))
        total = len(self.index.story.actors)
        text = Text(no_wrap=True, overflow="ellipsis")
        if self.show_all:
            text.append(f"Actors: all {total} mentioned")
        else:
            text.append(f"Actors quoted: {quoted} of {total}")
        return text

    def action_toggle_all(self) -> None:
        """Ctrl+T: every actor mentioned, or only those with a statement."""
        self.show_all = not self.show_all
        self.query_one("#actors-title", Label).update(self._title())
        self._fill(self.query_one(ActorFilter).value)

    def _fill(self, query: str) -> None:
        options = self.query_one(ActorList)
        options.clear_options()
        self._shown = [a.id for a in self.index.actors_ranked
                       if (self.show_all or self._quoted(a.id)) and actor_matches(self.index, a.id, query)]
        if not self.index.story.actors:
            options.add_option(Option("No actors found", disabled=True))
            return
        if not self._shown and not self.show_all and not query:
            options.add_option(Option("No actor is quoted (Ctrl+T: all mentioned)", disabled=True))
            return
        for actor_id in self._shown:
            options.add_option(Option(self._actor_prompt(actor_id), id=actor_id))
        if self._shown:
            options.highlighted = 0

    def _actor_prompt(self, actor_id: str) -> Text:
        a = self.index.actors[actor_id]
        n = len(self.index.statements_by_actor.get(actor_id, []))
        sources = len(self.index.actor_sources(actor_id))
        text = Text(no_wrap=True, overflow="ellipsis")  # rows never wrap
        text.append(a.name, style="bold")
        if a.roles:
            text.append(f"\n {a.roles[0]}", style="italic")
        text.append(f"\n {n} statement{'s' if n != 1 else ''} · {sources} source{'s' if sources != 1 else ''}",
                    style="dim")
        return text

    @on(Input.Changed, "#actor-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#actor-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        if self._shown:
            self.select_actor(self._shown[0])

    @on(OptionList.OptionSelected, "#actor-list")
    def _actor_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.select_actor(event.option.id)

    @on(OptionList.OptionSelected, "#statement-list")
    def _statement_selected(self, event: OptionList.OptionSelected) -> None:
        lst = self.query_one(StatementList)
        st = lst.statements[event.option_index]
        lst.visited = event.option_index
        if st is not None:
            self.post_message(self.StatementChosen(st, bring=True))

    def select_actor(self, actor_id: str) -> None:
        """List the actor's statements, grouped across sources, and focus the list."""
        self.actor_id = actor_id
        actor = self.index.actors[actor_id]
        statements = self.index.statements_by_actor.get(actor_id, [])
        title = self.query_one("#statements-title", Label)
        title.update(f"{actor.name} · {len(statements)} statements")
        title.display = True
        lst = self.query_one(StatementList)
        lst.clear_options()
        lst.statements = []
        lst.visited = None
        group = object()
        number = 0
        for st in statements:
            key = st.group or st.id
            if key != group:
                group = key
                number += 1
                size = len(self.index.groups.get(st.group, [])) if st.group else 1
                lst.add_option(Option(Text(f"#{number} · reported by {size} source{'s' if size != 1 else ''}",
                                           style="bold"), disabled=True))
                lst.statements.append(None)
            lst.add_option(Option(self._statement_prompt(st), id=st.id))
            lst.statements.append(st)
        lst.display = True
        first = next((i for i, s in enumerate(lst.statements) if s is not None), None)
        lst.highlighted = first
        lst.focus()

    def highlight_statement(self, statement_id: str) -> None:
        lst = self.query_one(StatementList)
        for i, st in enumerate(lst.statements):
            if st is not None and st.id == statement_id:
                lst.highlighted = lst.visited = i

    def _statement_prompt(self, st: Statement) -> Text:
        src = self.index.sources[st.source]
        text = Text(no_wrap=True, overflow="ellipsis")  # rows never wrap
        text.append(source_name(src), style="bold")
        text.append(f" [{st.kind}]", style="dim")
        if self.index.altered.get(st.id):
            text.append(" ≠ altered", style="bold reverse")
        body = src.text[st.start:st.end]
        text.append("\n " + (f"“{snippet(body)}”" if st.kind != "indirect" else snippet(body)))
        return text

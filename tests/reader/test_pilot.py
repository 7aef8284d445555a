"""Driving the reader with Textual's pilot, on hand-made Stories."""

from __future__ import annotations

from pathlib import Path


from tui.core import Source, Story
from tui.reader import ParallaxApp
from tui.reader.diff_panel import DiffPanel
from tui.reader.picker import SourcePicker
from tui.reader.reader_screen import ReaderScreen

from .conftest import make_source

ROOT = Path(__file__).resolve().parents[2]


def reader(app) -> ReaderScreen:
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def test_cursor_moves_by_sentence_and_page(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        scr = reader(app)
        view = scr.active_view
        assert view.cursor == 0
        await pilot.press("j", "j", "down")
        assert view.cursor == 3
        await pilot.press("k", "up")
        assert view.cursor == 1
        await pilot.press("G")
        assert view.cursor == len(view.pane_layout.units) - 1
        await pilot.press("g")
        assert view.cursor == 0
        await pilot.press("pagedown")
        assert view.cursor > 0
        await pilot.press("pageup")
        assert view.cursor == 0


async def test_next_shared_passage(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        view = reader(app).active_view
        text = view.source.text
        await pilot.press("right_square_bracket")
        assert view.cursor_span[0] == text.index("Negotiators")
        await pilot.press("n")
        assert text[view.cursor_span[0]:].startswith('"We made')
        await pilot.press("left_square_bracket")
        assert view.cursor_span[0] == text.index("Negotiators")


async def test_sync_scroll_puts_counterpart_on_the_same_row(long_story):
    app = ParallaxApp(story=long_story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        scr = reader(app)
        a, b = scr.panes[0].view, scr.panes[1].view
        shared = long_story.sources[0].text.index("This shared passage")
        await pilot.press("j", "j", "right_square_bracket")  # cursor moves, then jump to the passage
        assert a.cursor_span[0] == shared
        assert a.scroll_y > 0 and b.scroll_y > 0
        counterpart = long_story.sources[1].text.index("This shared passage")
        assert b.outline == (counterpart, counterpart + len("This shared passage appears in both sources with exactly the same words in it."))
        row_a = a.row_of(shared) - a.scroll_y
        row_b = b.row_of(b.outline[0]) - b.scroll_y
        assert row_a == row_b
        # between passages the other pane interpolates: one sentence further, b is still near
        await pilot.press("j")
        assert b.outline is None
        assert abs((a.cursor_rows()[0] - a.scroll_y) - (b.row_of(counterpart) - b.scroll_y)) <= 6
        # the pane with nothing shared does not move
        assert scr.panes[2].view.scroll_y == 0 if len(scr.panes) > 2 else True


async def test_toggling_sync(long_story):
    app = ParallaxApp(story=long_story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        scr = reader(app)
        a, b = scr.panes[0].view, scr.panes[1].view
        await pilot.press("S")
        assert scr.sync is False
        b_top = b.scroll_y
        assert b_top == b.top_pad  # the pane opens at its first line
        await pilot.press("G")
        assert a.scroll_y > a.top_pad
        assert b.scroll_y == b_top
        await pilot.press("S")
        assert scr.sync is True
        assert b.scroll_y > b_top


async def test_diff_opens_and_closes(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        scr = reader(app)
        diff = scr.query_one(DiffPanel)
        assert not diff.display
        await pilot.press("right_square_bracket", "n", "d")
        assert diff.display and diff.passage.id == "p6"
        body = str(diff.query_one("#diff-body").render())
        assert "near passage" in body and "similarity 0.70" in body
        assert "tremendous" in body and "great" in body
        assert reader(app).active_view.has_focus  # the panes keep the focus and context
        await pilot.press("escape")
        assert not diff.display


async def test_diff_with_nothing_under_cursor_warns(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("d")
        assert not reader(app).query_one(DiffPanel).display


async def test_actor_stepping_visits_each_statement_and_moves_every_pane(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        scr = reader(app)
        assert scr.sidebar_visible and [p.source_id for p in scr.panes] == ["a", "b", "c"]
        await pilot.press("a")  # focus the sidebar filter
        await pilot.press(*"zel", "enter")  # filter, select the actor
        visited = []
        for _ in range(4):
            await pilot.press("n")
            st = None
            active = scr.active_view
            visited.append((active.source_id, active.mark))
            for pane in scr.panes:
                rendering = [s for s in story.statements if s.actor == "zelensky" and s.source == pane.source_id]
                if pane.view is active:
                    continue
                if pane.notice is None:
                    assert pane.view.mark is not None
                    assert pane.view.mark[0] in [s.start for s in rendering]
            del st
        expected = [s for s in story.statements if s.actor == "zelensky"]
        order = ["s3", "s4", "s5", "s6"]
        by_id = {s.id: s for s in expected}
        assert visited == [(by_id[i].source, (by_id[i].start, by_id[i].end)) for i in order]
        # s6 is reported only by a: the other panes say so plainly
        assert all(p.notice and p.notice.endswith("does not report this statement.") for p in scr.panes if p.source_id != "a")
        await pilot.press("p")
        assert scr.active_view.mark == (by_id["s5"].start, by_id["s5"].end)


async def test_altered_quote_is_marked_and_its_diff_one_key_away(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        scr = reader(app)
        await pilot.press("a", *"rubio", "enter")
        lst = scr.query_one("#statement-list")
        assert "altered" in str(lst.get_option_at_index(1).prompt)
        await pilot.press("d")
        diff = scr.query_one(DiffPanel)
        assert diff.display and diff.mode == "quote"
        assert "words changed" in str(diff.query_one("#diff-body").render())


async def test_search_highlights_and_steps(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        scr = reader(app)
        await pilot.press("slash", *"kremlin")
        assert len(scr.matches) == 2
        assert scr.panes[0].view.matches and scr.panes[2].view.matches
        await pilot.press("enter")
        assert scr.search_active
        first = scr.active_view
        assert first.current_match is not None
        await pilot.press("n")
        assert scr.active_view.source_id == "c"  # the next match is in another source
        await pilot.press("N")
        assert scr.active_view.source_id == "a"
        await pilot.press("escape")
        assert not scr.search_active and not scr.matches
        await pilot.press("n")  # back to meaning "next shared passage"
        assert scr.active_view.cursor > 0


async def test_source_picker_and_cycle(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        assert [p.source_id for p in scr.panes] == ["a", "b"]
        await pilot.press("s")
        assert isinstance(app.screen, SourcePicker)
        await pilot.press("down", "down", "enter")
        assert isinstance(app.screen, ReaderScreen)
        assert [p.source_id for p in scr.panes] == ["c", "b"]
        await pilot.press("c")
        assert scr.panes[0].source_id == "a"  # b is shown next door, so cycling skips it
        await pilot.press("tab", "c")
        assert scr.active == 1 and scr.panes[1].source_id == "c"


async def test_resize_reflows_and_too_small(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 48)) as pilot:
        scr = reader(app)
        assert len(scr.panes) == 3
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert len(scr.panes) == 2
        assert scr.panes[0].view.pane_layout.width <= 40
        await pilot.resize_terminal(50, 12)
        await pilot.pause()
        assert scr.has_class("-too-small")
        await pilot.resize_terminal(200, 50)
        await pilot.pause()
        assert not scr.has_class("-too-small")
        assert len(scr.panes) == 3


async def test_help_overview_and_quit(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("question_mark")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape", "o")
        assert type(app.screen).__name__ == "OverviewScreen"
        await pilot.press("right", "right", "enter")  # matrix cell a × b
        scr = reader(app)
        assert [p.source_id for p in scr.panes][:2] == ["a", "b"]
        await pilot.press("q")
    assert app.return_code == 0


async def test_overview_passage_row_opens_panes_on_it(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("o", "3", "enter")
        scr = reader(app)
        view = scr.active_view
        passage = scr.index.passages[scr.query_one("#panes").app.screen.index.story.passages[0].id]
        assert view.source_id in passage.source_ids


async def test_empty_story_one_source_no_passages():
    src = make_source("only", "A single short article. Nothing is shared.")
    app = ParallaxApp(story=Story(sources=(src,), title="alone"))
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        assert len(scr.panes) == 1
        await pilot.press("j", "right_square_bracket", "d", "c", "s", "escape", "a", "o", "escape", "slash", "x", "enter")
        await pilot.press("G", "g", "b", "m", "S")
        assert isinstance(app.screen, ReaderScreen)


async def test_source_with_a_50000_char_line():
    text = ("word " * 10_000).strip() + "\n" + "y" * 50_000
    src = Source(id="long", path="long", text=text)
    other = make_source("b", "Short other text.")
    app = ParallaxApp(story=Story(sources=(src, other)))
    async with app.run_test(size=(80, 24)) as pilot:
        view = reader(app).active_view
        await pilot.press("G", "pageup", "g", "pagedown")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert view.pane_layout.height > 1000


async def test_real_sources_load_in_a_worker():
    app = ParallaxApp(paths=[str(ROOT / "sources")])
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(50):
            await pilot.pause(0.1)
            if isinstance(app.screen, ReaderScreen):
                break
        await pilot.pause(0.2)
        scr = reader(app)
        assert len(scr.panes) >= 3
        assert all(p.view.pane_layout and p.view.pane_layout.height > 5 for p in scr.panes)
        await pilot.press("j", "right_square_bracket", "d")
        await pilot.press("escape", "q")
    assert app.return_code == 0


async def test_unreadable_folder_exits_with_status_2_and_a_message(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    app = ParallaxApp(paths=[str(tmp_path)])
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(50):
            await pilot.pause(0.1)
            if app.return_code is not None:
                break
    assert app.return_code == 2


async def test_a_long_diff_scrolls_from_the_keyboard():
    from tui.core import Passage

    from .conftest import span

    shared = " ".join(f"Sentence number {i} of a long shared statement runs on here." for i in range(40))
    sources = [make_source(sid, f"Intro line for {sid}.\n{shared}\n") for sid in "abcd"]
    story = Story(sources=tuple(sources), passages=(
        Passage("p1", "verbatim", 1.0, tuple(span(s, shared) for s in sources)),), title="Long diff")
    app = ParallaxApp(story=story)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "d")
        diff = reader(app).query_one(DiffPanel)
        assert diff.display and diff.max_scroll_y > 0
        await pilot.press("J")
        await pilot.pause()
        assert diff.scroll_y > 0
        assert reader(app).active_view.has_focus
        await pilot.press("K")
        await pilot.pause()
        assert diff.scroll_y == 0


async def test_mouse_wheel_keeps_the_other_pane_in_step(long_story):
    from textual import events

    app = ParallaxApp(story=long_story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        scr = reader(app)
        a, b = scr.panes[0].view, scr.panes[1].view
        shared_a = long_story.sources[0].text.index("This shared passage")
        shared_b = long_story.sources[1].text.index("This shared passage")
        # wheel down on pane a until its shared passage is in the middle of the screen
        target = a.row_of(shared_a) - a.size.height // 2
        for _ in range(200):
            if a.scroll_y >= target:
                break
            a._on_mouse_scroll_down(events.MouseScrollDown(a, 1, 1, 0, 1, 0, False, False, False))
            await pilot.pause()
        assert a.scroll_y >= target
        cursor_before = a.cursor_span
        # b followed: its copy of the passage is on (about) the same screen row
        row_a = a.row_of(shared_a) - a.scroll_y
        row_b = b.row_of(shared_b) - b.scroll_y
        assert b.scroll_y > 0 and abs(row_a - row_b) <= 3
        assert a.cursor_span == cursor_before  # scrolling does not move the cursor
        # with sync off, the wheel moves one pane only
        await pilot.press("S")
        b_before = b.scroll_y
        a._on_mouse_scroll_down(events.MouseScrollDown(a, 1, 1, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert b.scroll_y == b_before


async def test_source_picker_filters_as_you_type(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("s")
        picker = app.screen
        assert isinstance(picker, SourcePicker)
        table = picker.query_one("#picker-table")
        assert table.row_count == 3
        await pilot.press("g", "a", "m")
        assert table.row_count == 1  # only Gamma Daily
        await pilot.press("backspace", "backspace", "backspace", "m", "a", "r", "k", "e", "t", "s")
        assert table.row_count == 1  # matched by title
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert reader(app).panes[0].source_id == "c"


async def test_overview_on_the_real_sources_opens_an_actor_cell():
    from tui.core import analyze_paths

    from tui.reader.overview import OverviewScreen

    story = analyze_paths([str(ROOT / "sources")])
    zelensky = next(a for a in story.actors if "Zelensky" in a.name)
    second = story.sources[1].id
    expected = [s for s in story.statements if s.actor == zelensky.id and s.source == second]
    assert expected
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("o")
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("2")
        table = app.screen.query_one("#actors-table")
        row = [str(k.value) for k in table.rows].index(zelensky.id)
        col = [str(c.value) for c in table.columns].index(second)
        table.move_cursor(row=row, column=col)
        await pilot.press("enter")
        await pilot.pause()
        scr = reader(app)
        assert isinstance(app.screen, ReaderScreen)
        view = scr.active_view
        assert view.source_id == second
        # the pane shows (and marks) one of that actor's statements in that source
        assert view.mark in {(s.start, s.end) for s in expected}


# -- issue 7: panes stay put, focus, `d`, scrolling, headers ------------------

def shown(scr: ReaderScreen) -> list[str]:
    return [p.source_id for p in scr.panes]


def pad(view) -> int:
    """Blank rows the pane keeps above its text."""
    return getattr(view, "top_pad", 0)


def vrow(view, offset: int) -> int:
    """The scroll coordinate of the row showing `offset`."""
    return pad(view) + view.ensure_layout().row_of(offset)


async def test_stepping_five_statements_keeps_the_panes(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        scr = reader(app)
        await pilot.press("a", *"zel", "enter")  # sidebar shown: two panes, a and b
        assert shown(scr) == ["a", "b"]
        by_id = {s.id: s for s in story.statements}
        seen = []
        for _ in range(5):  # s3 (a), s4 (b), s5 (c: not shown), s6 (a), s3 again
            await pilot.press("n")
            assert shown(scr) == ["a", "b"]
            seen.append(getattr(scr, "pending", None))
        assert seen[2] is by_id["s5"] and seen[0] is None and seen[3] is None
        line = scr.query_one("#pending")
        # at s5, a and b (which report the same utterance) mark their renderings
        await pilot.press("p", "p")
        assert scr.pending is by_id["s5"] and line.display
        assert "Gamma Daily" in str(line.render())
        assert scr.panes[0].view.mark == (by_id["s3"].start, by_id["s3"].end)
        assert scr.panes[1].view.mark == (by_id["s4"].start, by_id["s4"].end)
        # s6 is in a only: b says so inside its own area, in full words
        await pilot.press("n")
        assert scr.panes[1].notice == "Beta News does not report this statement."
        assert scr.panes[1].notice_line.display
        # Esc ends the stepping: the notice and the marks go
        await pilot.press("escape")
        assert scr.panes[1].notice is None and not scr.panes[1].notice_line.display
        assert all(p.view.mark is None for p in scr.panes)
        assert shown(scr) == ["a", "b"]


async def test_enter_brings_a_hidden_statement_into_the_focused_pane(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        scr = reader(app)
        await pilot.press("a", *"zel", "enter", "n", "n", "n")
        s5 = next(s for s in story.statements if s.id == "s5")
        assert shown(scr) == ["a", "b"]
        assert scr.pending is s5
        await pilot.press("enter")
        assert "c" in shown(scr) and scr.pending is None
        assert scr.active_view.source_id == "c" and scr.active_view.mark == (s5.start, s5.end)


async def test_search_landing_in_a_hidden_source_keeps_the_panes(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(80, 24)) as pilot:
        scr = reader(app)
        assert shown(scr) == ["a", "b"]
        await pilot.press("slash", *"kremlin", "enter")
        assert scr.active_view.source_id == "a" and scr.active_view.current_match is not None
        await pilot.press("n")  # the other match is in c, which no pane shows
        assert shown(scr) == ["a", "b"]
        assert scr.pending is not None and scr.pending.source == "c"
        assert "Gamma Daily" in str(scr.query_one("#pending").render())
        await pilot.press("n")  # on past it: back to a's match, the line goes
        assert scr.pending is None and scr.active_view.source_id == "a"
        await pilot.press("n", "enter")  # Enter brings c into the focused pane
        assert scr.active_view.source_id == "c" and shown(scr) == ["c", "b"]
        text = story.sources[2].text
        assert scr.active_view.current_match == (text.index("Kremlin"), text.index("Kremlin") + 7)


async def test_focus_after_A_a_and_too_small(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        scr = reader(app)
        view = scr.active_view
        assert view.has_focus and scr.sidebar_visible
        await pilot.press("A")
        assert not scr.sidebar_visible and view.has_focus
        await pilot.press("A")  # shown again; the focus stays in the pane
        assert scr.sidebar_visible and view.has_focus
        await pilot.press("j")
        assert view.cursor == 1
        box = scr.query_one("#actor-filter")
        await pilot.press("a")
        assert box.has_focus and box.value == ""
        await pilot.press("x", "escape")
        assert view.has_focus
        await pilot.press("a")
        assert box.has_focus and box.value == ""  # `a` always starts an empty query
        await pilot.press("escape", "tab")
        second = scr.panes[1].view
        assert second.has_focus
        await pilot.resize_terminal(50, 12)
        await pilot.pause()
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        await pilot.pause()
        assert second.has_focus
        await pilot.press("j")
        assert second.cursor == 1


async def test_outline_cleared_when_a_pane_takes_the_focus(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(120, 30)) as pilot:
        scr = reader(app)
        await pilot.press("right_square_bracket")  # a's first shared passage: b outlines its copy
        b = scr.panes[1].view
        assert b.outline is not None
        await pilot.press("tab")
        assert b.has_focus and b.outline is None


def verbatim_and_near_story() -> Story:
    from tui.core import Passage

    from .conftest import span

    a = make_source("a", "The storm reached the coast at dawn.\nThe harbour wall gave way before noon and boats were lost.\n"
                         "Crews worked through the night.", outlet="Coast Post")
    b = make_source("b", "The harbour wall gave way before noon and boats were lost.\nAid arrived later.", outlet="Bay Herald")
    c = make_source("c", "Residents said the harbour wall collapsed before noon and several boats sank.",
                    outlet="Shore Daily")
    sentence = "The harbour wall gave way before noon and boats were lost."
    passages = (
        Passage("v", "verbatim", 1.0, (span(a, sentence), span(b, sentence))),
        Passage("n", "near", 0.74, (span(a, "harbour wall gave way before noon and boats were lost"),
                                    span(c, "harbour wall collapsed before noon and several boats sank"))),
    )
    return Story(sources=(a, b, c), passages=passages, title="Storm")


async def test_d_shows_the_most_different_passage_first_then_cycles():
    app = ParallaxApp(story=verbatim_and_near_story())
    async with app.run_test(size=(120, 30)) as pilot:
        scr = reader(app)
        diff = scr.query_one(DiffPanel)
        await pilot.press("j", "d")
        assert diff.display and diff.passage.kind == "near"
        assert "passage 1 of 2" in str(diff.query_one("#diff-body").render())
        await pilot.press("d")
        assert diff.passage.kind == "verbatim"
        await pilot.press("d")
        assert diff.passage.kind == "near"
        await pilot.press("j", "k")  # the cursor moved: the panel starts again from the most different
        assert diff.passage.kind == "near"


async def test_paraphrase_diff_is_two_aligned_columns(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        scr = reader(app)
        a = story.sources[0].text
        while scr.active_view.cursor_span[0] != a.index("Volodymyr Zelensky told"):
            await pilot.press("j")
        await pilot.press("d")  # verbatim (p2) and paraphrase (p4) cover it: the paraphrase first
        diff = scr.query_one(DiffPanel)
        assert diff.passage.id == "p4"
        await pilot.pause()
        body = diff.query_one("#diff-body")
        lines = ["".join(seg.text for seg in body.render_line(y)) for y in range(body.size.height)]
        assert any("Alpha Times" in ln and "Gamma Daily" in ln for ln in lines)  # column headings
        # the sentences face each other on one row
        assert any("Putin wants legal" in ln and "Zelensky said Putin" in ln for ln in lines)


def test_align_sentences_pairs_in_order_by_shared_words():
    from tui.core import word_diff
    from tui.reader.diff_panel import align_sentences, sentence_ranges

    a = make_source("a", "The court ruled on Monday. The fine was cut by half. Lawyers said they would appeal.")
    b = make_source("b", "An appeal is planned, lawyers said. On Monday the court ruled. The penalty was halved.")
    ops = word_diff(a.text, 0, len(a.text), b.text, 0, len(b.text))
    rows = align_sentences(sentence_ranges(a, 0, len(a.text)), sentence_ranges(b, 0, len(b.text)), ops)
    # every sentence appears exactly once, in order on each side
    assert [i for i, _ in rows if i is not None] == [0, 1, 2]
    assert [j for _, j in rows if j is not None] == [0, 1, 2]
    assert (0, 1) in rows  # "the court ruled on monday" faces its rewording


async def test_cursor_keeps_a_three_row_margin(long_story):
    app = ParallaxApp(story=long_story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        scr = reader(app)
        view = scr.active_view
        height = view.size.height
        assert height > 10
        for key in ["j"] * 60 + ["k"] * 60:
            await pilot.press(key)
            first, last = view.cursor_rows()
            top = round(view.scroll_y)
            if top < view.max_scroll_y:
                assert last - top <= height - 4, (key, last - top, height)
            if top > pad(view):
                assert first - top >= 3, (key, first - top)


async def test_panes_open_at_the_first_line_of_their_source():
    from .conftest import make_long_story

    app = ParallaxApp(story=make_long_story(before_a=2, before_b=40))  # b's copy is far down
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        scr = reader(app)
        for pane in scr.panes:
            assert pane.view.scroll_y == pad(pane.view)  # the first text line is the top row


async def test_counterparts_line_up_at_the_top_of_an_article():
    from .conftest import make_long_story

    story = make_long_story(before_a=20, before_b=1)  # b's copy is its second line
    app = ParallaxApp(story=story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        scr = reader(app)
        a, b = scr.panes[0].view, scr.panes[1].view
        await pilot.press("right_square_bracket")
        shared_a = story.sources[0].text.index("This shared passage")
        shared_b = story.sources[1].text.index("This shared passage")
        row_a = vrow(a, shared_a) - a.scroll_y
        assert row_a > b.ensure_layout().row_of(shared_b)  # b must scroll above its first line
        assert row_a == vrow(b, shared_b) - b.scroll_y


def screen_line(widget) -> str:
    return "".join(seg.text for seg in widget.render_line(0))


async def test_header_keeps_the_percentage_in_a_40_column_pane():
    long_title = "A very long headline about the harbour storm and what the council will do next week"
    a = make_source("a", "The storm hit the coast. Boats were lost.", outlet="The Extremely Long Outlet Name Gazette",
                    title=long_title, date="2026-03-14")
    b = make_source("017_dfee2b752badd149", "The storm hit the coast. Nobody was hurt.")
    story = Story(sources=(a, b), title="Storm")
    app = ParallaxApp(story=story)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        scr = reader(app)
        assert len(scr.panes) == 2 and scr.panes[0].size.width <= 40
        first = screen_line(scr.panes[0].header)
        assert "% shared" in first and first.startswith("1/2 The Extremely")
        second = screen_line(scr.panes[1].header)
        assert "2/2 017 ·" in second and "dfee2b" not in second  # the hash-like suffix is dropped
        await pilot.resize_terminal(70, 24)  # one pane: the % says what it refers to
        await pilot.pause()
        await pilot.pause()
        assert len(scr.panes) == 1
        assert "% shared with 1 other" in screen_line(scr.panes[0].header)


async def test_sidebar_lists_quoted_actors_unless_asked(story):
    from dataclasses import replace

    from tui.core import Actor

    story = replace(story, actors=story.actors + (Actor("agency", "Wire Service", (), ()),))
    app = ParallaxApp(story=story)
    async with app.run_test(size=(160, 40)) as pilot:
        scr = reader(app)
        actors = scr.query_one("#actor-list")
        assert actors.option_count == 3
        await pilot.press("a", "ctrl+t")
        assert actors.option_count == 4
        await pilot.press("ctrl+t")
        assert actors.option_count == 3


async def test_focus_survives_its_pane_being_dropped_by_A(story):
    app = ParallaxApp(story=story)
    async with app.run_test(size=(100, 30)) as pilot:
        scr = reader(app)
        assert len(scr.panes) == 2 and not scr.sidebar_visible
        await pilot.press("tab")  # the second pane has the focus
        await pilot.press("A")  # the sidebar takes its room: one pane left
        await pilot.pause()
        assert len(scr.panes) == 1 and scr.panes[0].view.has_focus
        await pilot.press("j")
        assert scr.panes[0].view.cursor == 1


async def test_footer_at_80_columns_has_no_palette_hint_jammed_against_the_keys(story):
    from textual.widgets import Footer

    app = ParallaxApp(story=story)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        footer = reader(app).query_one(Footer)
        actions = [k.action for k in footer.query("FooterKey")]
        assert actions and "command_palette" not in actions
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        await pilot.pause()
        assert "command_palette" in [k.action for k in footer.query("FooterKey")]

"""The Parallax reader application: loading, screens and app-wide bindings."""

from __future__ import annotations

import os
from collections.abc import Iterable

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Label, ProgressBar
from textual.worker import get_current_worker

from tui.core import SourceError, Story
from tui.core.cache import StoryCache
from tui.core.incremental import CleaningMemo

from .index import StoryIndex
from .reader_screen import ReaderScreen


class LoadingScreen(Screen):
    """Shown while the analysis runs in a worker thread."""

    BINDINGS = [Binding("q", "app.quit", "Quit")]

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Label("Parallax — reading sources…", id="loading-title")
            yield ProgressBar(total=100, show_eta=False, id="loading-bar")
            yield Label("", id="loading-stage")

    def progress(self, stage: str, fraction: float) -> None:
        self.query_one(ProgressBar).update(progress=round(fraction * 100))
        self.query_one("#loading-stage", Label).update(stage)


class ParallaxApp(App[int]):
    CSS_PATH = "reader.tcss"
    TITLE = "Parallax"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("question_mark", "help", "Help"),
    ]

    def __init__(self, paths: list[str] | None = None, story: Story | None = None,
                 cache: StoryCache | None = None, watch: bool = False, jobs: int | None = None) -> None:
        # NO_COLOR: with ansi_color Textual strips every colour (its NoColor filter)
        # instead of turning them to greys; attributes and glyphs carry the meaning
        super().__init__(ansi_color=True if "NO_COLOR" in os.environ else None)
        self.paths = list(paths or ["sources"])
        self.cache = cache
        self.watching = watch
        self.jobs = jobs  # processes for the analysis (None = one per core)
        # watch mode: an update cleans again only the sources it touches
        self.memo = CleaningMemo() if watch else None
        # an updated story waiting for the reader to be on top (not under the overview or help)
        self._update: tuple[Story, str] | None = None
        self.story = story
        self.index: StoryIndex | None = None

    def on_mount(self) -> None:
        if self.console.color_system in ("standard", "windows") and not os.environ.get("TEXTUAL_THEME"):
            # 16 colours: the terminal's own palette; a true-colour theme snapped to
            # 16 colours puts bright backgrounds under bright text (palette.py)
            self.theme = "ansi-dark"
        if self.story is not None:
            self._show(self.story)
        else:
            self.push_screen(LoadingScreen())
            self.load()

    @work(thread=True, exclusive=True)
    def load(self) -> None:
        def progress(stage: str, fraction: float) -> None:
            self.call_from_thread(self._progress, stage, fraction)

        # (imported here, in the worker: the loading screen is up while the analysis's modules load)
        from tui.core import analyze_paths

        try:
            story = analyze_paths(self.paths, progress=progress, cache=self.cache, jobs=self.jobs, memo=self.memo)
        except SourceError as e:
            message = f"parallax: error: {e}"
            self.call_from_thread(lambda: self.exit(return_code=2, message=message))
            return
        self.call_from_thread(self._show, story)
        if self.watching:
            self.call_from_thread(self._start_watching)

    # -- watch mode: the story follows the folder --------------------------------

    def _start_watching(self) -> None:
        self.set_interval(0.5, self._apply_update)
        self.follow()

    @work(thread=True, exclusive=True, group="watch")
    def follow(self) -> None:
        """Re-analyse whenever an article is added, changed or removed."""
        from tui.core import analyze_paths
        from tui.watch import changes

        worker = get_current_worker()
        notes = changes(self.paths, on_error=lambda m: self.call_from_thread(self.notify, m, severity="warning"),
                        stop=lambda: worker.is_cancelled)
        next(notes, None)  # the first "change" is the folder as it was loaded
        for change in notes:
            try:
                story = analyze_paths(self.paths, cache=self.cache, jobs=self.jobs, memo=self.memo)
            except SourceError as e:
                self.call_from_thread(self.notify, str(e), severity="warning")
                continue
            self._update = (story, change.describe())

    def _apply_update(self) -> None:
        reader = self.reader
        if self._update is None or reader is None or self.screen is not reader:
            return
        story, what = self._update
        self._update = None
        self.story = story
        self.index = StoryIndex(story)
        self.switch_screen(ReaderScreen(self.index, restore=reader.state()))
        self.notify(f"Story updated: {what} ({len(story.sources)} sources)", timeout=5)

    def _progress(self, stage: str, fraction: float) -> None:
        if isinstance(self.screen, LoadingScreen):
            self.screen.progress(stage, fraction)

    def _show(self, story: Story) -> None:
        self.story = story
        self.index = StoryIndex(story)
        screen = ReaderScreen(self.index)
        if isinstance(self.screen, LoadingScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        for w in story.warnings:
            self.notify(w, severity="warning", timeout=6)

    @property
    def reader(self) -> ReaderScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def action_help(self) -> None:
        from .help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_quit(self) -> None:
        self.exit(0)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        reader = self.reader
        if reader is None or screen is not reader:
            return

        def view_action(name: str, *args):
            def run() -> None:
                view = reader.active_view
                if view is not None:
                    getattr(view, f"action_{name}")(*args)
            return run

        yield SystemCommand("Next shared passage", "Move the cursor to the next shared passage", view_action("passage", 1))
        yield SystemCommand("Previous shared passage", "Move the cursor to the previous shared passage", view_action("passage", -1))
        yield SystemCommand("Diff passage", "Word diff of the passage under the cursor against its counterparts", reader.action_diff)
        yield SystemCommand("Cycle source", "Show the next source in the focused pane", lambda: reader.action_cycle_source(1))
        yield SystemCommand("Pick source", "Choose which source the focused pane shows", reader.action_pick_source)
        yield SystemCommand("Toggle synchronized scrolling", "Other panes follow the cursor", reader.action_toggle_sync)
        yield SystemCommand("Toggle colour mode", "Colour by passage kind or by passage cluster", reader.action_toggle_colour)
        yield SystemCommand("Toggle boilerplate", "Expand or collapse boilerplate in the focused pane", view_action("toggle_boilerplate"))
        yield SystemCommand("Search", "Search all sources", reader.action_search)
        yield SystemCommand("Actors", "Show or hide the actor sidebar", reader.action_toggle_sidebar)
        yield SystemCommand("Overview", "Shared-words matrix, actors × sources, top passages", reader.action_overview)
        yield SystemCommand("Help", "Every key binding and the legend", self.action_help)


def run(paths: list[str], cache: StoryCache | None = None, watch: bool = False, jobs: int | None = None) -> int:
    """Run the reader on `paths`; returns the exit status."""
    app = ParallaxApp(paths=paths, cache=cache, watch=watch, jobs=jobs)
    result = app.run()
    if app.return_code not in (None, 0):
        return app.return_code
    return 0 if result is None else int(result)

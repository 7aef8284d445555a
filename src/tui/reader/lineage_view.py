"""The overview's Lineage tab: families of sources as trees, the probable
original at the root and each rewrite under the source it took from.
Selecting a node shows the evidence; Enter opens that source beside the one
it took from."""

from __future__ import annotations

from collections import defaultdict

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static, Tree
from textual.widgets.tree import TreeNode

from tui.core.model import LineageEdge

from .index import StoryIndex
from .names import source_name


def _describe(index: StoryIndex, edge: LineageEdge | None, source_id: str) -> str:
    label = source_name(index.sources[source_id])
    if edge is None:
        return label
    share = f"{round(edge.share_of_to * 100)} % shared"
    if edge.direction == "from→to":
        return f"{label} · rewrite · {share} · confidence {edge.confidence:.2f}"
    if edge.direction == "common-origin":
        return f"{label} · common origin · {share}"
    return f"{label} · direction undecided · {share}"


def family_children(edges: list[LineageEdge]) -> dict[str, list[LineageEdge]]:
    """source → the directed edges to the sources that took from it, each
    rewrite under its most confident source only (a tree, not a graph)."""
    best: dict[str, LineageEdge] = {}
    for e in edges:
        if e.direction == "from→to" and (e.to not in best or e.confidence > best[e.to].confidence):
            best[e.to] = e
    children: dict[str, list[LineageEdge]] = defaultdict(list)
    for e in best.values():
        children[e.source_from].append(e)
    return children


class LineageView(Vertical):
    """A tree per family, and the evidence of the selected edge below it."""

    def __init__(self, index: StoryIndex) -> None:
        super().__init__(id="lineage")
        self.index = index

    def compose(self) -> ComposeResult:
        tree: Tree[tuple[str, str | None]] = Tree("Families of sources connected by reuse", id="lineage-tree")
        tree.show_root = False
        yield tree
        yield Static("", id="lineage-evidence")

    def on_mount(self) -> None:
        tree = self.query_one(Tree)
        story = self.index.story
        if not story.families:
            tree.root.add_leaf("No two sources share enough of their own text to have taken from each other.",
                               data=None)
            return
        children = family_children(list(story.lineage))
        for family in story.families:
            members = set(family.members)
            edges = [e for e in story.lineage if e.source_from in members]
            if family.original:
                root = tree.root.add(f"{source_name(self.index.sources[family.original])} · probable original",
                                     data=("source", family.original), expand=True)
                placed = self._grow(root, family.original, children, set())
            else:
                root = tree.root.add(f"{len(members)} sources · no clear original", data=None, expand=True)
                placed = set()
            for e in edges:  # undecided and common-origin pairs, and anything the tree did not place
                if e.direction != "from→to" or e.to not in placed:
                    root.add_leaf(self._pair_label(e), data=("edge", e))
        tree.cursor_line = 0

    def _grow(self, node: TreeNode, source: str, children, placed: set[str]) -> set[str]:
        placed.add(source)
        for e in sorted(children.get(source, []), key=lambda e: -e.share_of_to):
            if e.to in placed:
                continue
            if any(c.to not in placed for c in children.get(e.to, [])):
                child = node.add(_describe(self.index, e, e.to), data=("edge", e), expand=True)
                self._grow(child, e.to, children, placed)
            else:
                node.add_leaf(_describe(self.index, e, e.to), data=("edge", e))
                placed.add(e.to)
        return placed

    def _pair_label(self, e: LineageEdge) -> str:
        a, b = source_name(self.index.sources[e.source_from]), source_name(self.index.sources[e.to])
        kind = {"common-origin": "common origin", "undecided": "direction undecided"}.get(e.direction, "rewrite")
        return f"{a} ↔ {b} · {kind} · {round(e.share_of_to * 100)} % / {round(e.share_of_from * 100)} %"

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        self.query_one("#lineage-evidence", Static).update(self.evidence(event.node.data))

    def evidence(self, data) -> Text:
        if not data:
            return Text("")
        kind, value = data
        if kind == "source":
            return Text(f"{source_name(self.index.sources[value])}: gave text to the sources below it, took from none "
                        "in this folder. Enter opens it.")
        lines = Text()
        lines.append("Evidence: ", style="bold")
        lines.append("; ".join(value.evidence) or "none")
        lines.append("\nEnter opens both side by side.")
        return lines

    def selected_pair(self) -> tuple[str, str] | None:
        """(left, right) source ids for the panes, from the selected node."""
        node = self.query_one(Tree).cursor_node
        if node is None or not node.data:
            return None
        kind, value = node.data
        if kind == "source":
            return value, value
        return value.source_from, value.to

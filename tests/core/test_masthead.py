"""A site's name alone at the top of its page names the outlet."""

from __future__ import annotations

from tui.core import metadata
from tui.core.boilerplate import detect_boilerplate

BODY = ("Rail fares will rise by an average of four percent from January, the ministry said on Wednesday.\n"
        "Passenger groups said the rise was above inflation and would push people back into cars.\n"
        "The ministry said the money would pay for new trains on the busiest routes.\n")


def meta(text: str) -> dict:
    return metadata.infer(text, detect_boilerplate(text))


def test_masthead_line_names_the_outlet_and_is_not_the_title():
    got = meta("Valley Courier\nLatest\nFares to rise by four percent in January\n" + BODY)
    assert got["outlet"] == "Valley Courier" and got["evidence"]["outlet"] == "masthead line"
    assert got["title"] == "Fares to rise by four percent in January"


def test_labels_and_headlines_are_no_masthead():
    assert meta("Source: Valley Courier\nFares to rise by four percent in January\n" + BODY)["evidence"].get(
        "outlet") != "masthead line"
    assert meta("Fares to rise in January\n" + BODY)["outlet"] is None  # a headline, not a name

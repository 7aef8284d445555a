"""Lineage (who took from whom), families, and what each source adds or leaves out.

The hand-made folders are built from sentences written for these tests: an
original report on a storm, rewrites that keep some of its sentences in order
and add their own, a wire story that is not in the folder, a press release.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.lineage import find_credits
from tui.core.loading import RawSource
from tui.core.story import analyze_paths, build_story

SOURCES = Path(__file__).resolve().parents[2] / "sources"

STORM = [
    "Storm Halvard flooded the river towns of the Ostervale valley overnight, forcing nearly 2,300 residents from their homes.",
    "The river at Millbrook rose by more than four metres in eleven hours, the regional water authority said on Tuesday.",
    "Emergency crews rescued forty-one people from rooftops and cars in the low-lying districts of Brenham and Callow Ford.",
    "Two bridges on the valley road were closed after engineers found cracks in their supporting piers.",
    "Schools in six municipalities will stay shut until Friday while the buildings are checked for water damage.",
    "The regional governor, Marta Lindqvist, described the flooding as the worst the valley had seen in half a century.",
    "She promised emergency grants for households whose ground floors were submerged and asked insurers to speed up claims.",
    "Farmers in the upper valley reported losing hundreds of sheep that were swept away from their winter pastures.",
    "Power was cut to about 18,000 homes at the height of the storm, and engineers restored most connections by the afternoon.",
    "Forecasters expect the rain to ease on Wednesday, though the river is not likely to fall below its banks before the weekend.",
    "Volunteers opened the sports hall at Millbrook as a shelter, offering camp beds, hot meals and dry clothes to evacuees.",
    "A railway line through the valley remains closed after a landslide buried a stretch of track near the Kessel tunnel.",
    "Local councils have asked residents not to drive through standing water, warning that the currents are stronger than they look.",
    "The last comparable flood in the valley, in 1974, destroyed more than two hundred houses and took months to clear.",
]

OWN = {
    "north": [
        "Our reporter in the valley saw families carrying furniture up the stairs of the old town hall late into the night.",
        "Shopkeepers on the market square said they had only just finished repairs from a smaller flood two years ago.",
    ],
    "daily": [
        "Readers have sent us photographs of flooded gardens and fields from across the county.",
        "A fundraising page set up by a parish church had raised a modest sum by Tuesday evening.",
    ],
    "post": [
        "The opposition called for an inquiry into why the flood barriers promised after the last storm were never built.",
    ],
}

UNRELATED = [
    "The city orchestra announced a new principal conductor on Monday after a search that lasted nearly two years.",
    "The appointment ends a period in which the orchestra relied on a rotating list of guest conductors for its concerts.",
    "Musicians said the new conductor had impressed them with rehearsals that were demanding but good humoured.",
    "The first concert of the new season will feature a symphony that the orchestra has not performed in decades.",
    "Ticket sales for the autumn season rose by a fifth compared with last year, the orchestra's manager said.",
    "The concert hall itself is due to close next summer for a long-delayed renovation of its stage and seating.",
]


def _article(headline: str, sentences: list[str], dateline: str | None = None) -> str:
    lines = [headline] + ([dateline] if dateline else [])
    paras = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    return "\n\n".join(lines + paras) + "\n"


def _raw(i: str, text: str) -> RawSource:
    return RawSource(i, f"<test>/{i}.txt", text, {})


def _rewrite(keep: list[int], own: list[str]) -> list[str]:
    kept = [STORM[k] for k in keep]
    return kept[:2] + own + kept[2:]


def _edge(story, a: str, b: str):
    return next((e for e in story.lineage if {e.source_from, e.to} == {a, b}), None)


def _fan(dated: bool):
    def when(day: int) -> str | None:
        return f"Published {day} March 2025" if dated else None

    return build_story([
        _raw("a-original", _article("Storm floods the Ostervale valley", STORM, when(4))),
        _raw("b-north", _article("Valley towns under water", _rewrite([0, 1, 2, 5, 6, 9, 10], OWN["north"]), when(5))),
        _raw("c-daily", _article("Thousands flee flooding", _rewrite([0, 2, 3, 4, 8, 11], OWN["daily"]), when(6))),
        _raw("d-post", _article("Flood: what we know", _rewrite([1, 5, 6, 7, 12, 13], OWN["post"]), when(7))),
        _raw("e-music", _article("Orchestra names a conductor", UNRELATED, when(8))),
    ])


@pytest.mark.parametrize("dated", [True, False])
def test_original_and_three_rewrites(dated):
    story = _fan(dated)
    for rewrite in ("b-north", "c-daily", "d-post"):
        e = _edge(story, "a-original", rewrite)
        assert e is not None, rewrite
        assert (e.direction, e.source_from, e.to) == ("from→to", "a-original", rewrite), e.evidence
    assert all("e-music" not in (e.source_from, e.to) for e in story.lineage)
    family = next(f for f in story.families if "a-original" in f.members)
    assert family.original == "a-original"
    assert set(family.members) == {"a-original", "b-north", "c-daily", "d-post"}
    if dated:
        assert any("dated" in ev for ev in _edge(story, "a-original", "b-north").evidence)


def test_siblings_are_not_said_to_copy_each_other():
    story = _fan(dated=False)
    for x, y in (("b-north", "c-daily"), ("b-north", "d-post"), ("c-daily", "d-post")):
        e = _edge(story, x, y)
        assert e is None or e.direction != "from→to", (x, y, e)


def test_two_rewrites_of_a_wire_story_outside_the_folder():
    a = _article("Valley flooding forces evacuations", [STORM[0], STORM[1], STORM[3], STORM[5], STORM[6], STORM[9]]
                 + OWN["north"], "OSTERVALE (AP) — Published 4 March 2025")
    b = _article("Floods hit Ostervale", [STORM[0], STORM[1], STORM[2], STORM[5], STORM[6], STORM[10]]
                 + OWN["daily"], "OSTERVALE (AP) — Published 4 March 2025")
    story = build_story([_raw("a", a), _raw("b", b)])
    e = _edge(story, "a", "b")
    assert e is not None and e.direction == "common-origin"
    assert any("Associated Press" in ev for ev in e.evidence)
    assert story.families[0].original is None


def test_press_release_reused_whole_and_in_parts():
    release = STORM[:6]
    whole = release[:2] + OWN["north"] + release[2:]
    parts = [release[0], release[1], release[4]] + OWN["daily"] + OWN["post"]
    story = build_story([
        _raw("release", _article("Statement on the Ostervale floods", release, "Published 4 March 2025")),
        _raw("whole", _article("Valley flood: authority statement", whole, "Published 5 March 2025")),
        _raw("parts", _article("Ostervale counts the cost", parts, "Published 5 March 2025")),
    ])
    for taker in ("whole", "parts"):
        e = _edge(story, "release", taker)
        assert e is not None and (e.direction, e.source_from) == ("from→to", "release"), (taker, e)
    assert story.families[0].original == "release"


def test_unrelated_articles_have_no_edges():
    story = build_story([
        _raw("storm", _article("Storm floods the valley", STORM)),
        _raw("music", _article("Orchestra names a conductor", UNRELATED)),
    ])
    assert story.lineage == () and story.families == ()


def test_credits_found_in_text():
    names = {c.name for c in find_credits("GENEVA (Reuters) - Talks resumed.\nThis article originally appeared "
                                          "in The Northwind Times.\n— The Associated Press\n")}
    assert names == {"Reuters", "The Northwind Times", "Associated Press"}
    assert find_credits("The mayor said the road (A12) would reopen.") == ()


def test_credit_hints_never_hide_a_credit():
    """CREDIT_HINTS skip a pattern when a word every match holds is missing:
    each hint word must be one of its pattern's words, and a credit in
    capitals or with letters a case-insensitive regex folds ('ı' for 'i')
    must still be found."""
    from tui.core.lexicon.syndication import CREDIT_HINTS, CREDIT_PATTERNS

    assert len(CREDIT_HINTS) == len(CREDIT_PATTERNS)
    for (pattern, _how, _where), hints in zip(CREDIT_PATTERNS, CREDIT_HINTS):
        for group in hints:
            assert all(w in pattern.pattern.lower() for w in group), (pattern.pattern, group)
    for text in ("The ferry resumed sailing.\nThis report was FIRST PUBLISHED BY The Coastline Courier.",
                 "The ferry resumed sailing.\nThis report was fırst publıshed by The Coastline Courier.",
                 "The ferry resumed sailing.\nREPRINTED WITH PERMISSION FROM The Coastline Courier."):
        assert {c.name for c in find_credits(text)} == {"The Coastline Courier"}, text
    assert {c.name for c in find_credits("Crews cleared the line.\nWITH ADDITIONAL REPORTING BY Reuters")} == {"Reuters"}


def test_a_credit_naming_the_other_outlet_decides():
    original = _article("Storm floods the valley", STORM[:8])
    reprint = _article("Storm floods the valley", STORM[:8] + OWN["post"]
                       + ["This article originally appeared in the Valley Ledger."])
    story = build_story([
        RawSource("ledger", "<test>/ledger.txt", original, {"outlet": "Valley Ledger"}),
        RawSource("reprint", "<test>/reprint.txt", reprint, {}),
    ])
    e = _edge(story, "ledger", "reprint")
    assert (e.direction, e.source_from) == ("from→to", "ledger")
    assert any("credits Valley Ledger" in ev for ev in e.evidence)


def test_coverage_adds_and_leaves_out():
    story = _fan(dated=True)
    cov = {c.source: c for c in story.coverage}
    north = story.source("b-north")
    added = [north.text[s.start:s.end] for s in cov["b-north"].adds]
    assert any("Shopkeepers on the market square" in t for t in added)
    assert not any("Storm Halvard flooded" in t for t in added)
    # b-north leaves out what its original has and it lacks (the landslide), never its own sentences
    left = [story.source(s.source).text[s.start:s.end] for s in cov["b-north"].leaves_out]
    assert any("landslide" in t for t in left)
    assert all(s.source != "b-north" for s in cov["b-north"].leaves_out)
    assert cov["b-north"].adds_words == sum(
        sum(1 for t in north.body_tokens if s.start <= t.start < s.end) for s in cov["b-north"].adds)
    # an unrelated article: everything it says is its own, and it lacks what most others share
    assert cov["e-music"].adds_words >= 0.9 * story.source("e-music").word_count
    assert cov["e-music"].leaves_out_words > 0


def test_sample_articles_lineage():
    story = analyze_paths([str(SOURCES)])
    ids = {s.id[:3]: s.id for s in story.sources}
    for rewrite in ("000", "002"):
        e = _edge(story, ids["001"], ids[rewrite])
        assert (e.direction, e.source_from) == ("from→to", ids["001"]), e.evidence
    assert all(ids["003"] not in (e.source_from, e.to) and ids["004"] not in (e.source_from, e.to)
               for e in story.lineage)
    assert [f.original for f in story.families] == [ids["001"]]

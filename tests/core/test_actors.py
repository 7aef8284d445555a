"""Actors: finding people, organisations and groups; merging aliases; roles."""

from __future__ import annotations

from pathlib import Path

from conftest import source_id

from tui.core.loading import RawSource
from tui.core.story import analyze_speech as analyze_statements
from tui.core.story import prepare_sources

SRC = Path(__file__).resolve().parents[2] / "src" / "tui" / "core"


def analyse(*texts: str):
    """(sources, actors, statements, fidelity) of small in-memory texts a, b, …"""
    raws = [RawSource(chr(ord("a") + i), f"<{i}>", t, {}) for i, t in enumerate(texts)]
    sources = prepare_sources(raws)
    actors, statements, fidelity = analyze_statements(sources)
    return sources, actors, statements, fidelity


def actor_named(actors, needle: str):
    found = [a for a in actors if any(needle.lower() == n.lower() for n in (a.name, *a.aliases))]
    assert len(found) == 1, (needle, found)
    return found[0]


def holders(actors, needle: str):
    return [a for a in actors if any(needle.lower() == n.lower() for n in (a.name, *a.aliases))]


# --------------------------------------------------------------------------
# The real articles


def test_zelensky_spellings_are_one_person(story):
    z = actor_named(story.actors, "Zelensky")
    assert z.type == "person"
    names = {z.name, *z.aliases}
    assert {"Zelensky", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= names
    assert holders(story.actors, "Zelenskyy") == [z]


def test_medinskiy_full_name_and_surname_merge(story):
    m = actor_named(story.actors, "Medinskiy")
    assert m.name == "Vladimir Medinskiy"


def test_title_and_honorific_forms_merge(story):
    rubio = actor_named(story.actors, "Rubio")
    assert "Secretary Rubio" in rubio.aliases or rubio.name == "Secretary Rubio"
    assert any("Secretary of State" in r for r in rubio.roles)
    trump = actor_named(story.actors, "Trump")
    assert {"Mr. Trump", "President Trump", "Donald Trump"} <= {trump.name, *trump.aliases}


def test_people_sharing_a_title_stay_apart(story):
    ids = {actor_named(story.actors, n).id for n in ("Zelensky", "Trump", "Putin", "Stubb", "Costa")}
    assert len(ids) == 5


def test_roles_are_collected(story):
    assert "Kremlin spokesman" in actor_named(story.actors, "Peskov").roles
    assert "Finnish President" in actor_named(story.actors, "Stubb").roles
    assert "German Foreign Minister" in actor_named(story.actors, "Johann Wadephul").roles


def test_places_are_not_people(story):
    for place in ("Geneva", "Ukraine", "Russia", "Kyiv", "Moscow", "Russian", "Europeans"):
        assert all(a.type != "person" for a in holders(story.actors, place)), place


def test_actor_ids_by_number_of_statements(story):
    counts = {a.id: 0 for a in story.actors}
    for s in story.statements:
        if s.actor:
            counts[s.actor] += 1
    ordered = [counts[a.id] for a in story.actors]
    assert ordered == sorted(ordered, reverse=True)
    assert [a.id for a in story.actors] == [f"a{i}" for i in range(1, len(story.actors) + 1)]


def test_spokesperson_of_prime_minister_is_one_organisation(story):
    s001, s002 = source_id(story, "001"), source_id(story, "002")
    office = [a for a in story.actors if a.type == "organisation" and any("Starmer" in n or "Prime Minister" in n
                                                                           for n in (a.name, *a.aliases))]
    assert len(office) == 1
    speaking = {s.source for s in story.statements if s.actor == office[0].id}
    assert {s001, s002} <= speaking


def test_groups_that_speak(story):
    leaders = actor_named(story.actors, "European leaders")
    assert leaders.type == "group"
    senators = [a for a in story.actors if "senators" in a.name]
    assert senators and senators[0].type == "group"


# --------------------------------------------------------------------------
# Hand-made texts of other stories


def test_two_presidents_do_not_merge_and_honorific_joins():
    _, actors, statements, _ = analyse(
        "President Anna Novak met President Jorge Silva in Lisbon. Novak said the talks were useful. "
        "Silva said they were not.\nMr. Silva later added that he remained hopeful.\n"
    )
    novak, silva = actor_named(actors, "Novak"), actor_named(actors, "Silva")
    assert novak.id != silva.id
    assert "Mr. Silva" in silva.aliases
    by_actor = [s.actor for s in statements]
    assert by_actor == [novak.id, silva.id, silva.id]


def test_transliterations_merge_across_sources():
    _, actors, _, _ = analyse(
        "Energy Minister Anatoliy Shevchenko said the grid would hold.\n",
        "Anatoly Shevchenko told reporters that power cuts were over.\n",
        "Shevchenko, speaking in Odesa, insisted the grid was safe.\n",
    )
    people = [a for a in actors if a.type == "person"]
    assert len(people) == 1
    assert {"Anatoliy Shevchenko", "Anatoly Shevchenko", "Shevchenko"} <= {people[0].name, *people[0].aliases}


def test_role_phrase_resolves_to_the_title_holder():
    _, actors, statements, _ = analyse(
        "Defence Minister Lars Berg visited the base on Monday. The minister told soldiers that "
        "reinforcements were coming.\n“We will not leave you alone,” he said.\n"
    )
    berg = actor_named(actors, "Berg")
    assert [s.actor for s in statements] == [berg.id, berg.id]
    assert "Defence Minister" in berg.roles


def test_spokesperson_for_a_person_is_an_organisation():
    _, actors, statements, _ = analyse(
        "Prime Minister Elena Duarte met the unions on Friday.\n"
        "A spokesperson for Prime Minister Elena Duarte said the meeting had been constructive.\n"
    )
    duarte = actor_named(actors, "Elena Duarte")
    (st,) = statements
    office = next(a for a in actors if a.id == st.actor)
    assert office.type == "organisation" and office.id != duarte.id
    assert "Duarte" in office.name


def test_all_caps_names_are_found():
    _, actors, statements, _ = analyse(
        "ALERT 1: JOHN SMITH SAID THE PLAN WAS DEAD.\nALERT 2: “WE WILL FIGHT,” SMITH TOLD REPORTERS.\n"
    )
    smith = actor_named(actors, "Smith")
    assert smith.type == "person"
    assert [s.actor for s in statements] == [smith.id, smith.id]


def test_sentence_initial_common_word_is_not_a_name():
    _, actors, statements, _ = analyse(
        "Officials said the bridge would reopen in May. The officials who run it said little else.\n"
    )
    # a group named by a common noun, never a person called "Officials"
    assert all(a.type == "group" for a in actors if a.name == "Officials")

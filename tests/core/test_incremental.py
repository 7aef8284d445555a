"""An analysis that reuses the sources cleaned by the previous one (watch
mode) gives the Story a fresh analysis gives, whatever was added or removed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import lexical, paraphrase

from tui.core.loading import RawSource
from tui.core.serialize import story_to_dict
from tui.core.story import CleaningMemo, build_story, prepare_sources

# Articles of my own on other subjects. Some share a short label ("Weather
# watch") that is boilerplate only once three sources hold it: adding or
# removing one changes what is marked in the others.
_BODIES = [
    "The appeals court upheld the ruling on Tuesday, saying the city had acted within its powers.\n\n"
    "\"We respect the decision,\" said Mayor Lena Brandt, who had defended the zoning plan.",
    "Storm Hilda brought winds of 120 km/h to the northern coast overnight, cutting power to 40,000 homes.\n\n"
    "Emergency crews worked through the night, the regional authority said.",
    "The home side won the cup final 2-1 after extra time in front of 60,000 fans.\n\n"
    "\"It is the proudest night of my career,\" coach Marco Ferri told reporters.",
    "Halvorsen Foods reported quarterly profit of 210 million, up 8 per cent, as prices rose.\n\n"
    "Chief executive Ingrid Moe said demand stayed strong despite higher costs.",
    "The appeals court upheld the ruling on Tuesday, saying the city had acted within its powers.\n\n"
    "Residents who opposed the plan said they would consider taking the case further.",
    "Storm Hilda brought winds of 120 km/h to the northern coast overnight, cutting power to 40,000 homes.\n\n"
    "Schools in three districts stayed closed on Wednesday.",
]
_EXTRAS = ["Weather watch", "Quiet week", "Weather watch", ""]


# A short shared sentence (six words: too short to count as reuse when its
# words are in many sources): whether it links depends on how many sources
# hold it, against the stock-phrase limit.
_COMMON = "Crews expect repairs to last weeks."


def _article(i: int, extra: str) -> RawSource:
    body = _BODIES[i % len(_BODIES)] + (f"\n\n{_COMMON}" if i % 3 else "")
    text = f"Headline number {i}\n\n{body}\n\n{extra}\n\nMore from the desk\n" if extra else f"Headline {i}\n\n{body}\n"
    return RawSource(f"a{i:02d}", f"<{i}>", text, {})


# An edit of each article (as a watched file is saved again): a paragraph
# that names people and organisations, some met in other articles by
# surname, role or first name alone, so that what one source adds to the
# registry of actors changes how later sources are read.
_EDITS = [
    "\"The ruling changes nothing for tenants,\" Brandt said on Wednesday.",
    "Forecaster Paul Okonjo of the National Weather Office said the worst had passed.",
    "Ferri, 48, said: \"We suffered, but we never stopped believing.\"",
    "\"We expect margins to recover,\" said Moe, adding that the board backed the plan.",
    "Lena told the council she would not appeal. The mayor said later that the matter was closed.",
    "Okonjo warned that a second storm could arrive by Friday, the weather office said.",
]


def _edited(raw: RawSource, i: int) -> RawSource:
    return RawSource(raw.id, raw.path, raw.text + "\n" + _EDITS[i % len(_EDITS)] + "\n", {})


_pool = [_article(i, _EXTRAS[i % len(_EXTRAS)]) for i in range(12)]
_steps = st.lists(st.tuples(st.sampled_from(["add", "remove", "change"]), st.integers(0, len(_pool) - 1)),
                  min_size=2, max_size=7)



def _step(present: dict[int, bool], op: str, i: int) -> None:
    """One step of a watch sequence on the articles present (article →
    edited): add it, edit it (or undo the edit), or remove it (never the last)."""
    if op == "add":
        present.setdefault(i, False)
    elif op == "change":
        present[i] = not present.get(i, False)
    elif len(present) > 1:
        present.pop(i, None)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.sets(st.integers(0, len(_pool) - 1), min_size=1, max_size=6), steps=_steps)
@pytest.mark.parametrize("stock", ["default", "small", "moving", "rounded"])
def test_incremental_equals_cold_on_random_adds_changes_and_removes(start, steps, stock, monkeypatch):
    _patch(stock, monkeypatch)
    memo = CleaningMemo()
    present = dict.fromkeys(start, False)  # article → edited
    build_story([_pool[i] for i in sorted(present)], name="w", jobs=1, memo=memo)
    for op, i in steps:
        _step(present, op, i)
        raws = [_edited(_pool[k], k) if present[k] else _pool[k] for k in sorted(present)]
        warm = build_story(raws, name="w", jobs=1, memo=memo)
        cold = build_story(raws, name="w", jobs=1)
        assert story_to_dict(warm) == story_to_dict(cold)


def _patch(stock: str, monkeypatch) -> None:
    if stock == "small":  # the shared sentence becomes a stock phrase when a 4th source holds it
        monkeypatch.setattr(lexical, "stock_limit", lambda n: 3)
    if stock == "moving":
        # the stock-phrase limit moves with every article or two (as it does
        # every 20 articles in a large folder): pairs whose shingles' status
        # changes must be linked again
        monkeypatch.setattr(lexical, "stock_limit", lambda n: max(1, n // 2))
        # and a shingle in more than 3 places pairs each with the next few
        # only: an added source changes the seeds of pairs it is not in
        monkeypatch.setattr(lexical, "DENSE_POSTINGS", 3)
        monkeypatch.setattr(lexical, "CHAIN_PARTNERS", 1)
    if stock == "rounded":
        # paraphrase rarity rounded from a count of 2 and the size from 8
        # sentences, by doubling; a stem in more than 3 sentences' prefixes
        # pairs each with the next only: an added article crosses steps,
        # turns posting lists into chains and moves chained partners, and
        # the pairs it touches must be scored again (incremental.ParaphraseMemo)
        monkeypatch.setattr(paraphrase, "DF_EXACT", 2)
        monkeypatch.setattr(paraphrase, "RARE_STEM_POSTINGS", 2)
        monkeypatch.setattr(paraphrase, "DF_STEPS", 2)
        monkeypatch.setattr(paraphrase, "N_EXACT", 8)
        monkeypatch.setattr(paraphrase, "N_STEPS", 1)
        monkeypatch.setattr(paraphrase, "DENSE_STEM_POSTINGS", 3)
        monkeypatch.setattr(paraphrase, "CHAIN_PARTNERS", 1)
        monkeypatch.setattr(paraphrase, "df_bucket", getattr(paraphrase.df_bucket, "__wrapped__", paraphrase.df_bucket))
    if stock == "rare":
        # as "rounded", with stems rare up to 3 sentences (counted exactly;
        # 4 rounds to 4, beyond): a count moving inside that range reweighs
        # the pairs of the sentences holding it, one leaving or entering it
        # changes which pairs are candidates
        _patch("rounded", monkeypatch)
        monkeypatch.setattr(paraphrase, "DF_EXACT", 3)
        monkeypatch.setattr(paraphrase, "RARE_STEM_POSTINGS", 3)


# Facts of my own (a bridge closed after a barge struck it), each told three
# ways: articles that take different wordings of different facts are linked
# as paraphrases, not word for word.
_FACTS = [
    ("The Harbour Bridge was closed on Monday after a cargo barge struck one of its pillars.",
     "A cargo barge hit a pillar of the Harbour Bridge, which was shut to traffic on Monday.",
     "Officials shut the Harbour Bridge on Monday when a barge carrying cargo crashed into a pillar."),
    ("Engineers said repairs to the damaged pillar could take up to six weeks.",
     "Fixing the damaged pillar may take as long as six weeks, according to engineers.",
     "The repair of the pillar could last six weeks, the engineers warned."),
    ("About 45,000 drivers cross the bridge every day, the transport agency said.",
     "The transport agency said 45,000 motorists use the crossing daily.",
     "Some 45,000 drivers travel over the bridge each day, according to the transport agency."),
    ("The barge captain was taken to hospital with minor injuries.",
     "Its captain suffered minor injuries and was taken to hospital.",
     "The captain of the barge was treated in hospital for minor injuries."),
    ("Ferry operators added extra sailings to carry stranded commuters across the river.",
     "Extra ferry sailings were added for commuters stranded on both banks of the river.",
     "To help stranded commuters, ferry firms laid on additional sailings across the river."),
    ("Police opened an investigation into why the barge drifted off course in calm weather.",
     "An inquiry into how the barge left its course in calm conditions was opened by police.",
     "Police are investigating why the vessel drifted off its course although the weather was calm."),
]


def _retold(i: int) -> RawSource:
    lines = [_FACTS[j][(i + j) % 3] for j in range(len(_FACTS)) if (i * 7 + j) % 4]
    return RawSource(f"r{i:02d}", f"<r{i}>", f"Bridge report {i}\n\n" + "\n\n".join(lines) + "\n", {})


def test_retold_articles_added_one_by_one_keep_paraphrase_scores_and_equal_cold(monkeypatch):
    """Articles telling the same facts in other words, added at the end one
    by one with paraphrase rarity rounded from a count of 2 ("rounded"):
    most sentence pairs keep their outcome, those the new article touches
    are scored again, and every Story equals a fresh analysis's."""
    _patch("rounded", monkeypatch)
    pool = [_retold(i) for i in range(9)]
    memo = CleaningMemo()
    kept = 0
    for n in range(1, len(pool) + 1):
        warm = build_story(pool[:n], name="w", jobs=1, memo=memo)
        cold = build_story(pool[:n], name="w", jobs=1)
        assert story_to_dict(warm) == story_to_dict(cold), n
        if not memo.paraphrase.fresh:
            kept += memo.paraphrase.kept
    assert kept > 0  # some updates kept earlier pairs' outcomes
    assert sum(p.kind == "paraphrase" for p in warm.passages) >= 3


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.sets(st.integers(0, 8), min_size=2, max_size=6),
       steps=st.lists(st.tuples(st.sampled_from(["add", "remove", "change"]), st.integers(0, 8)),
                      min_size=2, max_size=6))
@pytest.mark.parametrize("stock", ["rounded", "rare"])
def test_retold_articles_removed_changed_and_inserted_equal_cold(start, steps, stock, monkeypatch):
    """Retold articles removed, edited (a fact told again in other words)
    and inserted between others, with paraphrase rarity rounded and chained
    posting lists: every sentence index after the touched article moves,
    chained partners move, rare stems' counts move in and out of the rare
    range; every Story equals a fresh analysis's."""
    _patch(stock, monkeypatch)
    pool = [_retold(i) for i in range(9)]
    present = dict.fromkeys(start, False)
    memo = CleaningMemo()
    build_story([pool[i] for i in sorted(present)], name="w", jobs=1, memo=memo)
    for op, i in steps:
        _step(present, op, i)
        raws = [RawSource(pool[k].id, pool[k].path, pool[k].text + "\n" + _FACTS[k % len(_FACTS)][(k + 2) % 3] + "\n",
                          {}) if present[k] else pool[k] for k in sorted(present)]
        warm = build_story(raws, name="w", jobs=1, memo=memo)
        cold = build_story(raws, name="w", jobs=1)
        assert story_to_dict(warm) == story_to_dict(cold)


def test_an_update_reuses_untouched_sources_and_redoes_those_a_count_changed():
    memo = CleaningMemo()
    two = [_article(0, "Weather watch"), _article(1, "Weather watch")]
    prepare_sources(two + [_article(2, "")], jobs=1, memo=memo)
    assert memo.reused == 0
    prepare_sources(two + [_article(2, ""), _article(3, "")], jobs=1, memo=memo)
    assert memo.reused == 3  # the new article shares no short line with them
    third = _article(4, "Weather watch")  # three sources hold the label now: boilerplate in all three
    sources = prepare_sources(two + [_article(2, ""), _article(3, ""), third], jobs=1, memo=memo)
    assert memo.reused == 2  # articles 2 and 3; 0 and 1 read the label's count, which changed
    cold = prepare_sources(two + [_article(2, ""), _article(3, ""), third], jobs=1)
    assert sources == cold
    assert any("Weather watch" in sources[0].text[b.start:b.end] for b in sources[0].boilerplate)


def test_a_changed_file_is_cleaned_again():
    memo = CleaningMemo()
    a = _article(0, "")
    prepare_sources([a], jobs=1, memo=memo)
    edited = RawSource(a.id, a.path, a.text.replace("Tuesday", "Monday"), {})
    (src,) = prepare_sources([edited], jobs=1, memo=memo)
    assert memo.reused == 0 and "Monday" in src.text


def test_an_added_article_links_again_only_the_pairs_it_touches():
    """Pairs of untouched sources keep their lexical links; the new
    article's pairs are computed; the Story is still the cold one."""
    memo = CleaningMemo()
    raws = [_article(i, "") for i in range(6)]
    build_story(raws[:5], name="w", jobs=1, memo=memo)
    assert memo.lexical.reused == 0 and memo.lexical.computed > 0
    warm = build_story(raws, name="w", jobs=1, memo=memo)
    assert memo.lexical.reused > 0  # a00–a04 pairs (a00/a04 share the court lede)
    assert memo.lexical.computed >= 1  # the new article shares the storm lede with a01
    assert story_to_dict(warm) == story_to_dict(build_story(raws, name="w", jobs=1))


@pytest.mark.parametrize("stock", ["default", "small", "moving", "rounded"])
def test_articles_added_one_by_one_at_the_end_equal_cold(stock, monkeypatch):
    """The usual watch-mode update: one article after the others. The shingle
    index grows in place; pairs relinked are those whose shingles' stock
    status the new article (or a moving limit) changed; paraphrase pairs
    scored again are those of sentences whose stems' rarity crossed a step
    or whose candidate partners changed ("rounded")."""
    _patch(stock, monkeypatch)
    # no short line shared: every earlier source is reused as it was, so the
    # update goes through the grown index
    pool = [_article(i, "") for i in range(len(_pool))]
    memo = CleaningMemo()
    for n in range(1, len(pool) + 1):
        warm = build_story(pool[:n], name="w", jobs=1, memo=memo)
        assert memo.reused == n - 1
        assert story_to_dict(warm) == story_to_dict(build_story(pool[:n], name="w", jobs=1)), n


def test_an_article_inserted_before_others_changes_the_seeds_of_pairs_it_is_not_in(monkeypatch):
    """Inserted between two sources (not at the end): the index is built
    afresh. The storm lede is in a01, a07, a11; once a05 holds it too it is
    in more places than DENSE_POSTINGS and each place pairs with the next
    only, so a01–a07 keeps only the seeds of the paragraph they alone share:
    its links are computed again, not reused."""
    monkeypatch.setattr(lexical, "DENSE_POSTINGS", 3)
    monkeypatch.setattr(lexical, "CHAIN_PARTNERS", 1)
    pool = [_article(i, "") for i in range(12)]
    memo = CleaningMemo()
    build_story([pool[1], pool[7], pool[11]], name="w", jobs=1, memo=memo)
    raws = [pool[1], pool[5], pool[7], pool[11]]
    warm = build_story(raws, name="w", jobs=1, memo=memo)
    assert memo.reused == 3
    assert story_to_dict(warm) == story_to_dict(build_story(raws, name="w", jobs=1))


@pytest.mark.parametrize("interrupted", [list(range(9)), list(range(1, 9))])
def test_an_update_interrupted_while_linking_leaves_a_memo_that_gives_the_cold_story(interrupted, monkeypatch):
    """Stopped half-way (Ctrl+C in the reader's worker, an error), whether
    the index was growing (an article added at the end) or being rebuilt
    (the first article removed): the next update still equals cold."""
    monkeypatch.setattr(lexical, "stock_limit", lambda n: 5)  # the shared sentence is stock in 6 sources
    pool = [_article(i, "") for i in range(12)]
    memo = CleaningMemo()
    build_story(pool[:8], name="w", jobs=1, memo=memo)
    real = lexical.pair_links

    def fail(*_args, **_kw):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(lexical, "pair_links", fail)
    with pytest.raises(RuntimeError):
        build_story([pool[i] for i in interrupted], name="w", jobs=1, memo=memo)
    monkeypatch.setattr(lexical, "pair_links", real)
    warm = build_story(pool, name="w", jobs=1, memo=memo)
    assert story_to_dict(warm) == story_to_dict(build_story(pool, name="w", jobs=1))


def test_paraphrase_memo_equals_fresh_scoring_on_a_synthetic_folder_grown_by_one(monkeypatch):
    """The synthetic bench corpus (paraphrases planted), paraphrase rarity
    rounded from a count of 3 and posting lists chained beyond 6: articles
    32 to 40 added one by one, then one removed, one changed, put back, and
    four removed; the memo's links, and all it keeps, equal fresh scoring's
    each time."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from corpus import generate

    from tui.core.aligned import prepare_docs
    from tui.core.incremental import ParaphraseMemo

    _patch("rounded", monkeypatch)
    monkeypatch.setattr(paraphrase, "DF_EXACT", 3)
    monkeypatch.setattr(paraphrase, "RARE_STEM_POSTINGS", 3)
    monkeypatch.setattr(paraphrase, "N_EXACT", 64)
    monkeypatch.setattr(paraphrase, "DENSE_STEM_POSTINGS", 6)
    raws = generate(40, seed=7).raw_sources()
    sources = prepare_sources(raws, jobs=1)
    edited = prepare_sources([RawSource(raws[12].id, raws[12].path, raws[12].text.replace(".", ";", 3), {})],
                             jobs=1)[0]
    folders = [sources[:n] for n in range(32, 41)]
    # then sources removed, changed, put back between others
    folders += [folders[-1][:5] + folders[-1][6:], folders[-1][:5] + folders[-1][6:12] + [edited] + folders[-1][13:],
                folders[-1][:12] + [edited] + folders[-1][13:], folders[-1][:20] + folders[-1][24:]]
    memo = ParaphraseMemo()
    aligned = CleaningMemo()  # the same AlignDoc for a source kept (its index moved), as in watch mode
    kept = []
    for n, folder in enumerate(folders):
        docs = aligned.aligned(folder, prepare_docs)
        lex = lexical.lexical_links(docs)
        warm = paraphrase.paraphrase_links(docs, lex, memo=memo)
        fresh = ParaphraseMemo()
        assert warm == paraphrase.paraphrase_links(docs, lex, memo=fresh), n
        # what is kept for the next update is what a fresh analysis keeps:
        # no pair left with an outcome it no longer has (nor a candidate lost)
        assert memo._outcomes == fresh._outcomes and memo._feats == fresh._feats, n
        assert {x: ys for x, ys in memo._reached.items() if ys} == fresh._reached, n
        assert (memo._postings, memo._rare, memo._prefix) == (fresh._postings, fresh._rare, fresh._prefix), n
        assert sorted(memo._partners(x) for x in range(len(memo._feats))) == \
            sorted(fresh._partners(x) for x in range(len(fresh._feats)))
        kept.append(memo.fresh)
    # additions kept what they could (but where the size crossed a step), removals and changes too
    assert not all(kept[1:9]) and not any(kept[9:]), kept
    assert len(warm) > 20


def test_a_word_first_seen_in_lower_case_reads_older_sources_again(monkeypatch):
    """"Flooding forced …" opens a sentence: "flooding" is a claim word only
    once some source uses it in lower case. An article that does, added then
    removed, changes that sentence's claim in an older source: the memo
    reads it again, and keeps what a fresh analysis has."""
    from tui.core.aligned import prepare_docs
    from tui.core.incremental import ParaphraseMemo

    texts = [
        "River report\n\nFlooding forced the closure of the valley road and two schools on Tuesday morning.\n\n"
        "Council crews cleared debris from the bridge over the river before noon.\n",
        "Valley news\n\nThe valley road and two schools were closed on Tuesday morning after heavy rain.\n\n"
        "Crews from the council cleared debris off the river bridge before midday.\n",
        "Weather desk\n\nResidents said the flooding was the worst they had seen in the valley for decades.\n",
    ]
    _patch("rounded", monkeypatch)  # (the size read by doubling: these updates keep what they can)
    monkeypatch.setattr(paraphrase, "N_EXACT", 1)
    sources = prepare_sources([RawSource(f"v{i}", f"<v{i}>", t, {}) for i, t in enumerate(texts)], jobs=1)
    memo, aligned = ParaphraseMemo(), CleaningMemo()
    claims = []
    for step, folder in enumerate((sources[:2], sources, sources[:2])):
        docs = aligned.aligned(folder, prepare_docs)
        lex = lexical.lexical_links(docs)
        warm = paraphrase.paraphrase_links(docs, lex, memo=memo)
        fresh = ParaphraseMemo()
        assert warm == paraphrase.paraphrase_links(docs, lex, memo=fresh)
        assert memo._feats == fresh._feats and memo._outcomes == fresh._outcomes
        assert memo.fresh == (step == 0)
        claims.append(memo._feats[0][5])
    assert claims[0] != claims[1] and claims[2] == claims[0]  # the older source was read again


# Articles of my own about a town budget and a storm: later articles name
# the mayor by surname or title alone, so how they are read depends on what
# the articles before them taught the registry of actors.
_BUDGET = [
    "Council report\n\nMayor Lena Brandt said the budget would be balanced by the spring.\n",
    "Budget news\n\n\"We will not raise taxes,\" Brandt said on Monday.\n\n"
    "The mayor added that the libraries would stay open.\n",
    "Storm desk\n\nForecaster Paul Okonjo said the winds would ease overnight.\n\n"
    "\"The worst is behind us,\" he told reporters.\n",
    "Town hall\n\nBrandt told residents the bus routes would be kept.\n\n"
    "\"Nobody will be left without a bus,\" she said.\n",
]


def test_speech_replays_sources_whose_registry_reads_hold_and_reads_the_others_again():
    raws = [RawSource(f"b{i}", f"<b{i}>", t, {}) for i, t in enumerate(_BUDGET)]
    memo = CleaningMemo()

    def check(folder):
        warm = build_story(folder, name="w", jobs=1, memo=memo)
        assert story_to_dict(warm) == story_to_dict(build_story(folder, name="w", jobs=1))
        return warm

    check(raws)
    assert memo.speech.read == [4, 4]
    # the last article edited: the three before it read the registry as before
    edited = RawSource("b3", "<b3>", _BUDGET[3].replace("Brandt told", "Councillor Ada Brandt told"), {})
    check(raws[:3] + [edited])
    assert memo.speech.replayed[0] == 3 and memo.speech.read[0] == 1
    # the first article removed: "Brandt said" no longer meets Mayor Lena
    # Brandt, so the articles naming her are read again
    warm = check(raws[1:])
    assert memo.speech.read[0] >= 2
    assert not any("Lena" in a.name for a in warm.actors)
    # and put back
    check(raws)
    assert any(a.name == "Lena Brandt" for a in check(raws).actors)

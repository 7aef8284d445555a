"""word_diff on hand-made examples."""

from __future__ import annotations

from tui.core import word_diff


def diff(a: str, b: str, **kw):
    return word_diff(a, 0, len(a), b, 0, len(b), **kw)


def changes(a: str, b: str, **kw):
    """The non-equal opcodes as (tag, a text, b text)."""
    return [(op.tag, a[op.a_start:op.a_end], b[op.b_start:op.b_end])
            for op in diff(a, b, **kw) if op.tag != "equal"]


def test_identical_text_is_one_equal_op():
    a = "The army will leave the city on Monday."
    ops = diff(a, a)
    assert [op.tag for op in ops] == ["equal"]
    assert (ops[0].a_start, ops[0].a_end) == (0, len(a) - 1)  # first word start .. last word end


def test_one_word_changed_is_one_replace():
    a = "The army will leave the city on Monday."
    b = "The army will quit the city on Monday."
    assert changes(a, b) == [("replace", "leave", "quit")]
    assert [op.tag for op in diff(a, b)] == ["equal", "replace", "equal"]


def test_inserted_word():
    a = "The army will leave the city."
    b = "The army will soon leave the city."
    ch = changes(a, b)
    assert ch == [("insert", "", "soon")]
    op = next(op for op in diff(a, b) if op.tag == "insert")
    assert op.a_start == op.a_end == a.index("leave")  # empty range sits at the next word


def test_deleted_word():
    a = "The army will soon leave the city."
    b = "The army will leave the city."
    assert changes(a, b) == [("delete", "soon", "")]


def test_two_separate_changes_are_two_ops():
    a = "Officials in Kyiv said the plan was dead on arrival."
    b = "Officials in Kiev said the plan was dead upon arrival."
    assert changes(a, b) == [("replace", "Kyiv", "Kiev"), ("replace", "on", "upon")]


def test_case_quote_style_and_accents_are_equal():
    a = "“It’s over,” the Café owner said."
    b = '"it\'s OVER," the cafe owner said.'
    assert changes(a, b) == []
    assert [op.tag for op in diff(a, b)] == ["equal"]


def test_punctuation_ignored_by_default():
    a = "“We will win, and we will rebuild,” he said."
    b = "“We will win. And we will rebuild.” he said."
    assert changes(a, b) == []


def test_punctuation_true_detects_a_repunctuated_quote():
    a = "“We will win, and we will rebuild,” he said."
    b = "“We will win. And we will rebuild.” he said."
    ch = changes(a, b, punctuation=True)
    assert ch, "a re-punctuated quote must show up as a change"
    assert all(tag == "replace" for tag, _, _ in ch)
    assert (",", ".") in {(x, y) for _, x, y in ch}
    # quote marks themselves are not punctuation changes
    q = changes("“We will win,” he said.", '"We will win," he said.', punctuation=True)
    assert q == []


def test_offsets_are_relative_to_the_whole_text():
    a = "HEADLINE\nThe army will leave the city."
    b = "Other text first. The army will quit the city."
    a0, b0 = a.index("The"), b.index("The army")
    ops = word_diff(a, a0, len(a), b, b0, len(b))
    rep = [op for op in ops if op.tag == "replace"]
    assert len(rep) == 1
    assert a[rep[0].a_start:rep[0].a_end] == "leave"
    assert b[rep[0].b_start:rep[0].b_end] == "quit"
    assert ops[0].a_start == a0 and ops[0].b_start == b0


def test_empty_side():
    ops = diff("", "Some words here")
    assert [op.tag for op in ops] == ["insert"]
    assert ops[0].a_start == ops[0].a_end == 0
    assert diff("", "") == ()

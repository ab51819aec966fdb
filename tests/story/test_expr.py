"""The condition language: what designers write, what it means, and what it refuses."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.story.expr import MAX_LENGTH, ExprError, Refs, Scope, compile_expr


class FakeEnv:
    def __init__(self, flags=(), counters=None, held=(), gaps=(), visited=(), bond=0, weapons=True):
        self.flags, self.counters = set(flags), dict(counters or {})
        self.held, self.gaps, self.visited_ = set(held), set(gaps), set(visited)
        self.b, self.w = bond, weapons

    def flag(self, n):
        return n in self.flags

    def counter(self, n):
        return self.counters.get(n, 0)

    def remembers(self, m):
        return m in self.held

    def deleted(self, m):
        return m in self.gaps

    def visited(self, n):
        return n in self.visited_

    def builtin(self, n):
        return {"bond": self.b, "held": len(self.held), "free": 8 - len(self.held), "weapons": self.w}[n]


SCOPE = Scope(flags={"weapons_deleted", "saw"}, counters={"mood", "threat"}, memories={"bleep", "refusal"},
              nodes={"yard.look", "yard.dog", "lab.cradle"}, beat="yard")


@pytest.mark.parametrize(
    ("src", "env", "want"),
    [
        ("bond >= 12 and remembers(bleep) and not flags.weapons_deleted", FakeEnv(held={"bleep"}, bond=12), True),
        ("bond >= 12 and remembers(bleep) and not flags.weapons_deleted",
         FakeEnv(held={"bleep"}, bond=12, flags={"weapons_deleted"}), False),
        ("mood + threat * 2 > 3", FakeEnv(counters={"mood": 2, "threat": 1}), True),
        ("(mood - 1) / 2 == 1", FakeEnv(counters={"mood": 3}), True),
        ("mood / 0 == 0", FakeEnv(counters={"mood": 3}), True),
        ("-mood < 0", FakeEnv(counters={"mood": 3}), True),
        ("visited(dog) or visited(lab.cradle)", FakeEnv(visited={"lab.cradle"}), True),
        ("deleted(refusal) and weapons", FakeEnv(gaps={"refusal"}), True),
        ("true != false", FakeEnv(), True),
        ("not not flags.saw", FakeEnv(flags={"saw"}), True),
        ("free == 8 and held == 0", FakeEnv(), True),
    ],
)
def test_conditions_evaluate(src, env, want) -> None:
    assert compile_expr(src, SCOPE)(env) is want


def test_refs_are_collected() -> None:
    refs = Refs()
    compile_expr("remembers(bleep) and flags.saw and mood > 1 and visited(dog)", SCOPE, refs=refs)
    assert refs.memories == {"bleep"} and refs.flags == {"saw"} and refs.counters == {"mood"}
    assert refs.visited == {"yard.dog"}


@pytest.mark.parametrize(
    ("src", "offset", "words"),
    [
        ("bond >= 12 and remembers(blep)", 25, "no memory 'blep'"),
        ("flags.wepons", 6, "no flag 'wepons'"),
        ("moood > 1", 0, "unknown name 'moood'"),
        ("mood > 1 &&  bond", 9, "write 'and'"),
        ("mood = 1", 5, "'=='"),
        ("mood >", 6, "expected a value"),
        ("(mood > 1", 9, "expected ')'"),
        ("mood", 0, "a condition needs a comparison"),
        ("remembers(bleep) + 1 > 2", 0, "needs a number"),
        ("bleep", 0, "write remembers(bleep)"),
        ("saw", 0, "write flags.saw"),
        ("visited(nowhere)", 8, "no node 'nowhere'"),
        ("forget(bleep)", 0, "unknown function"),
        ("1 < 2 < 3", 6, "chain comparisons"),
        ("mood > 1 $", 9, "unexpected character"),
        ("", 0, "empty"),
    ],
)
def test_errors_point_at_the_column(src, offset, words) -> None:
    with pytest.raises(ExprError) as info:
        compile_expr(src, SCOPE)
    assert words in info.value.message
    assert info.value.offset == offset


def test_counter_expressions_are_numbers() -> None:
    assert compile_expr("bond + 1", SCOPE, want="num")(FakeEnv(bond=4)) == 5
    with pytest.raises(ExprError):
        compile_expr("bond > 1", SCOPE, want="num")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abdelmnorstfgv()._<>=!+-*/ 0123456789", max_size=60))
def test_any_text_parses_or_gives_a_located_error(src: str) -> None:
    try:
        fn = compile_expr(src, SCOPE)
    except ExprError as exc:
        assert 0 <= exc.offset <= len(src)
    else:
        assert fn(FakeEnv()) in (True, False)


@settings(max_examples=50, deadline=None)
@given(st.integers(1, (MAX_LENGTH - 4) // 2))  # longer ones are refused for their length
def test_deep_brackets_are_refused_not_crashing(depth: int) -> None:
    src = "(" * depth + "true" + ")" * depth
    try:
        assert compile_expr(src, SCOPE)(FakeEnv()) is True
    except ExprError as exc:
        assert "deeply" in exc.message

"""The condition language: what designers write, what it means, and what it refuses."""

from __future__ import annotations

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from game.story.expr import MAX_LENGTH, MAX_NESTING, ExprError, Refs, Scope, compile_expr


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


# --- limits: nothing the compiler accepts can crash the game later ------------------------------


@pytest.mark.parametrize(
    ("src", "want"),
    [
        ("true and true and false", False),
        ("true and true and true and true", True),
        ("false or false or true", True),
        ("false or false or false or false", False),
        ("10 - 3 - 2 == 5", True),
        ("100 / 5 / 2 == 10", True),
        ("2 * 3 * 4 == 24", True),
        ("1 + 2 * 3 - 4 / 2 == 5", True),
        ("8 / 0 / 2 == 0", True),
        ("- - 3 == 3", True),
        ("not not not false", True),
        ("flags.saw and mood > 1 or threat == 0 and not weapons", False),
    ],
)
def test_chains_keep_their_meaning(src, want) -> None:
    assert compile_expr(src, SCOPE)(FakeEnv(flags={"saw"}, counters={"mood": 1, "threat": 0})) is want


def test_a_condition_at_the_length_limit_compiles_and_one_longer_is_refused() -> None:
    body = " and ".join(["true"] * 200)
    at_limit = body[: MAX_LENGTH - len(" and true")].rsplit(" and", 1)[0]
    at_limit += " " * (MAX_LENGTH - len(at_limit))
    assert len(at_limit) == MAX_LENGTH
    assert compile_expr(at_limit, SCOPE)(FakeEnv()) is True
    with pytest.raises(ExprError) as info:
        compile_expr(at_limit + " ", SCOPE)
    assert info.value.offset == 0
    assert f"at most {MAX_LENGTH}" in info.value.message


@pytest.mark.parametrize(
    ("src", "offset", "words"),
    [
        (" and ".join(["true"] * 1200), 0, "characters long"),
        ("not " * 3000 + "true", 0, "characters long"),
        ("mood > " + "9" * 5000, 0, "characters long"),
        ("mood > " + "9" * 10, 7, "at most 9 digits"),
        ("mood > " + "0" * 10 + "1", 7, "at most 9 digits"),
        ("not " * (MAX_NESTING + 1) + "true", 4 * MAX_NESTING, "'not' nested too deeply"),
        ("-" * (MAX_NESTING + 1) + "1 > 0", MAX_NESTING, "'-' nested too deeply"),
        ("(" * (MAX_NESTING + 1) + "true" + ")" * (MAX_NESTING + 1), MAX_NESTING, "brackets nested too deeply"),
        ("not (" * 16 + "not true" + ")" * 16, 5 * 16, "'not' nested too deeply"),
        ("visited(yard.", 13, "expected a node name"),
        ("visited(yard.)", 13, "expected a node name"),
    ],
)
def test_limits_are_errors_with_a_place(src, offset, words) -> None:
    with pytest.raises(ExprError) as info:
        compile_expr(src, SCOPE)
    assert words in info.value.message
    assert info.value.offset == offset


def test_limits_hold_for_counter_expressions() -> None:
    with pytest.raises(ExprError, match="characters long"):
        compile_expr("1" + " + 1" * 200, SCOPE, want="num")
    assert compile_expr("999999999 * 999999999 * 999999999", SCOPE, want="num")(FakeEnv()) == 999999999**3


def test_the_deepest_nesting_allowed_compiles_and_runs() -> None:
    deepest = "not (" * 15 + "not - 1 < 0" + ")" * 15  # 15 * 2 + 2 levels
    assert compile_expr(deepest, SCOPE)(FakeEnv()) is True
    with pytest.raises(ExprError, match="nested too deeply"):
        compile_expr("(" + deepest + ")", SCOPE)


def test_long_chains_run_without_deep_recursion(monkeypatch: pytest.MonkeyPatch) -> None:
    """However long a chain of and/or/+/* is, running it costs no stack: it is one loop."""
    import game.story.expr as expr

    monkeypatch.setattr(expr, "MAX_LENGTH", 1_000_000)
    sources = [
        " and ".join(["true"] * 5000),
        " or ".join(["false"] * 5000) + " or true",
        " + ".join(["1"] * 5000) + " == 5000",
        " * ".join(["1"] * 5000) + " == 1",
        "100" + " - 1" * 5000 + " == -4900",
    ]
    for src in sources:
        assert compile_expr(src, SCOPE)(FakeEnv()) is True


# Garbage in: either an ExprError with a place inside the text, or a condition that runs. Well-formed
# expressions (often mistyped, or nested too deeply) and the language's own words in any order reach
# deeper into the parser than random characters do.
_WORDS = ["and", "or", "not", "true", "false", "mood", "threat", "bond", "held", "free", "weapons", "flags.saw",
          "flags", ".", "remembers(bleep)", "deleted(refusal)", "visited(", "yard.", "dog", ")", "(", ",", "+",
          "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "=", "!", "&&", "0", "7", "999999999", "1234567890"]
_NUMS = st.recursive(
    st.sampled_from(["mood", "threat", "bond", "held", "free", "0", "7", "999999999"]),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from("+-*/"), inner).map(" ".join),
        inner.map(lambda x: f"({x})"),
        inner.map(lambda x: f"-{x}"),
    ),
    max_leaves=40,
)
_BOOLS = st.recursive(
    st.one_of(
        st.sampled_from(["true", "false", "flags.saw", "weapons", "remembers(bleep)", "visited(lab.cradle)"]),
        st.tuples(_NUMS, st.sampled_from(["==", "!=", "<", "<=", ">", ">="]), _NUMS).map(" ".join),
    ),
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["and", "or"]), inner).map(" ".join),
        inner.map(lambda x: f"not {x}"),
        inner.map(lambda x: f"({x})"),
    ),
    max_leaves=60,
)
_GARBAGE = st.one_of(
    _BOOLS,
    _NUMS,
    st.text(max_size=600),
    st.lists(st.sampled_from(_WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=200).map("".join),
)
ENVS = [FakeEnv(), FakeEnv(flags={"saw"}, counters={"mood": -3, "threat": 2}, held={"bleep"}, bond=17,
                           weapons=False, visited={"yard.dog"})]


@settings(max_examples=1000, deadline=None)
@given(_GARBAGE, st.sampled_from(["bool", "num"]))
def test_garbage_gives_an_error_or_a_condition_that_runs(src: str, want: str) -> None:
    try:
        fn = compile_expr(src, SCOPE, want=want)
    except ExprError as exc:
        assert 0 <= exc.offset <= len(src)
        assert exc.message
        event("refused")
        return
    event("compiled and ran")
    for env in ENVS:
        value = fn(env)
        assert type(value) is (bool if want == "bool" else int)

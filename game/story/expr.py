"""The story's condition language: parsed and type-checked at load time, never `eval`ed.

    bond >= 12 and remembers(bleep) and not flags.weapons_deleted

Numbers, true/false, `+ - * /`, comparisons, `and or not`, brackets; `flags.NAME`; counters by name;
the built-ins `bond`, `held`, `free`, `weapons`; and the functions `remembers(memory)`,
`deleted(memory)` and `visited(node)` / `visited(beat.node)`. A parsed expression becomes a tree of
small closures over an `Env`, so evaluating one costs a few function calls and nothing else.
Every error carries the 0-based offset of the offending token, which the loader turns into a column.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from .expr_tokens import ExprError, Tok, tokenize


class Env(Protocol):
    """What an expression may read (the runtime's state provides it)."""

    def flag(self, name: str) -> bool: ...
    def counter(self, name: str) -> int: ...
    def remembers(self, memory: str) -> bool: ...
    def deleted(self, memory: str) -> bool: ...
    def visited(self, node: str) -> bool: ...
    def builtin(self, name: str) -> int | bool: ...


@dataclass
class Scope:
    """The names a story declares; expressions are checked against it."""

    flags: set[str] = field(default_factory=set)
    counters: set[str] = field(default_factory=set)
    memories: set[str] = field(default_factory=set)
    nodes: set[str] = field(default_factory=set)  # "beat.node"
    beat: str = ""


@dataclass
class Refs:
    """What an expression reads, for the linter and for exploration."""

    flags: set[str] = field(default_factory=set)
    counters: set[str] = field(default_factory=set)
    memories: set[str] = field(default_factory=set)
    visited: set[str] = field(default_factory=set)
    # counters read only as `counter OP number`: each with the tests made of it; a counter read in
    # any other way (in a sum, compared with another value) is `opaque`
    tests: dict[str, set[tuple[str, int]]] = field(default_factory=dict)
    opaque: set[str] = field(default_factory=set)

    def merge(self, *others: Refs) -> None:
        for other in others:
            self.flags |= other.flags
            self.counters |= other.counters
            self.memories |= other.memories
            self.visited |= other.visited
            for c, t in other.tests.items():
                self.tests.setdefault(c, set()).update(t)
            self.opaque |= other.opaque


COMPARE: dict[str, Callable[[Any, Any], bool]] = {  # the comparison operators, for conditions and exploration
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}
BUILTINS = {"bond": "num", "held": "num", "free": "num", "weapons": "bool"}
FUNCTIONS = {"remembers": "memory", "deleted": "memory", "visited": "node"}
KEYWORDS = {"and", "or", "not", "true", "false"}

MAX_LENGTH = 500  # characters in one condition or "= expression" (the story's longest is 70)
MAX_NESTING = 32  # brackets, `not`s and `-`s inside one another

Fn = Callable[[Env], Any]


# Chains of `and`, `or`, `+`, `*` (however long) become one closure that loops over its operands,
# so running a condition never recurses deeper than its brackets, `not`s and `-`s are nested.


def _every(fns: list[Fn]) -> Fn:
    if len(fns) == 2:
        x, y = fns
        return lambda e: x(e) and y(e)
    chain = tuple(fns)
    return lambda e: all(f(e) for f in chain)


def _some(fns: list[Fn]) -> Fn:
    if len(fns) == 2:
        x, y = fns
        return lambda e: x(e) or y(e)
    chain = tuple(fns)
    return lambda e: any(f(e) for f in chain)


def _divide(a: int, b: int) -> int:
    return a // b if b else 0  # whole-number division; dividing by zero gives zero rather than a crash mid-game


_ARITHMETIC: dict[str, Callable[[int, int], int]] = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": _divide}


def _fold(first: Fn, rest: list[tuple[Callable[[int, int], int], Fn]]) -> Fn:
    """`a + b - c ...` applied left to right."""
    if len(rest) == 1:
        (op, y), x = rest[0], first
        return lambda e: op(x(e), y(e))
    steps = tuple(rest)

    def fold(e: Env) -> int:
        v = first(e)
        for op, f in steps:
            v = op(v, f(e))
        return v

    return fold


class _Parser:
    """Recursive descent with one function per precedence level; returns (closure, type).

    It recurses only into brackets; chains of operators and runs of `not` and `-` are loops, and
    every bracket, `not` and `-` counts towards MAX_NESTING, so the stack stays shallow."""

    def __init__(self, src: str, scope: Scope, refs: Refs):
        self.toks = tokenize(src)
        self.i = 0
        self.scope = scope
        self.refs = refs
        self.depth = 0
        self.reads: list[tuple[int, str]] = []  # (token index, counter) of every counter read
        self.tested: set[int] = set()  # token indices of counters read as `counter OP number`

    @property
    def tok(self) -> Tok:
        return self.toks[self.i]

    def take(self, text: str | None = None) -> Tok:
        t = self.tok
        if text is not None and t.text != text:
            found = repr(t.text) if t.kind != "end" else "the end"
            raise ExprError(f"expected '{text}' but found {found}", t.pos)
        self.i += 1
        return t

    def enter(self, t: Tok) -> None:
        """One level deeper (a bracket, a `not` or a `-`); refused past MAX_NESTING."""
        self.depth += 1
        if self.depth > MAX_NESTING:
            what = "brackets" if t.text == "(" else f"'{t.text}'"
            raise ExprError(
                f"{what} nested too deeply (at most {MAX_NESTING} brackets, 'not's and '-'s inside one another)",
                t.pos,
            )

    def parse(self) -> tuple[Fn, str]:
        fn, ty = self.or_()
        if self.tok.kind != "end":
            raise ExprError(f"unexpected {self.tok.text!r}", self.tok.pos)
        self.refs.opaque.update(name for i, name in self.reads if i not in self.tested)
        return fn, ty

    def _literal(self, lo: int, hi: int) -> int | None:
        """The number the tokens lo..hi spell, if they are just a number (or minus a number)."""
        toks = self.toks[lo:hi]
        if len(toks) == 1 and toks[0].kind == "num":
            return int(toks[0].text)
        if len(toks) == 2 and toks[0].text == "-" and toks[1].kind == "num":
            return -int(toks[1].text)
        return None

    def _note_test(self, a: tuple[int, int], op: str, b: tuple[int, int]) -> None:
        """Remember `counter OP number` (or `number OP counter`) for exploration's counter classes."""
        flip = {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}
        for (c_lo, c_hi), (n_lo, n_hi), o in ((a, b, op), (b, a, flip[op])):
            k = self._literal(n_lo, n_hi)
            reads = [name for i, name in self.reads if i == c_lo]
            if c_hi - c_lo == 1 and reads and k is not None:
                self.tested.add(c_lo)
                self.refs.tests.setdefault(reads[0], set()).add((o, k))
                return

    def expect_type(self, ty: str, want: str, pos: int, what: str) -> None:
        if ty != want:
            kind = "a number" if ty == "num" else "true/false"
            wanted = "a number" if want == "num" else "true/false"
            raise ExprError(f"{what} needs {wanted}, but this is {kind}", pos)

    def or_(self) -> tuple[Fn, str]:
        return self._logic("or", self.and_, _some)

    def and_(self) -> tuple[Fn, str]:
        return self._logic("and", self.not_, _every)

    def _logic(self, word: str, operand: Callable[[], tuple[Fn, str]],
               join: Callable[[list[Fn]], Fn]) -> tuple[Fn, str]:
        """`a WORD b WORD c ...`: every operand true/false, joined into one closure."""
        pos = self.tok.pos
        a, ta = operand()
        fns = [a]
        while self.tok.text == word:
            p = self.take().pos
            b, tb = operand()
            self.expect_type(ta, "bool", pos, f"'{word}'")
            self.expect_type(tb, "bool", p + len(word) + 1, f"'{word}'")
            fns.append(b)
        return (join(fns) if len(fns) > 1 else a), ta

    def not_(self) -> tuple[Fn, str]:
        nots: list[int] = []
        while self.tok.text == "not":
            self.enter(self.tok)
            nots.append(self.take().pos)
        a, ta = self.compare()
        for p in reversed(nots):  # the innermost `not` first, as it is read
            self.expect_type(ta, "bool", p, "'not'")
            a = (lambda x: lambda e: not x(e))(a)
        self.depth -= len(nots)
        return a, ta

    def compare(self) -> tuple[Fn, str]:
        pos = self.tok.pos
        a_lo = self.i
        a, ta = self.sum()
        if self.tok.text in COMPARE:
            a_hi = self.i
            op = self.take().text
            bpos = self.tok.pos
            b_lo = self.i
            b, tb = self.sum()
            self._note_test((a_lo, a_hi), op, (b_lo, self.i))
            if op in ("==", "!="):
                if ta != tb:
                    raise ExprError("cannot compare a number with true/false", bpos)
            else:
                self.expect_type(ta, "num", pos, f"'{op}'")
                self.expect_type(tb, "num", bpos, f"'{op}'")
            f = COMPARE[op]
            a, ta = (lambda x, y, f: lambda e: f(x(e), y(e)))(a, b, f), "bool"
            if self.tok.text in COMPARE:
                raise ExprError("chain comparisons with 'and' (a < b and b < c)", self.tok.pos)
        return a, ta

    def sum(self) -> tuple[Fn, str]:
        return self._arithmetic(("+", "-"), self.product)

    def product(self) -> tuple[Fn, str]:
        return self._arithmetic(("*", "/"), self.unary)

    def _arithmetic(self, ops: tuple[str, str], operand: Callable[[], tuple[Fn, str]]) -> tuple[Fn, str]:
        """`a OP b OP c ...` for operators of one precedence: every operand a number."""
        pos = self.tok.pos
        a, ta = operand()
        rest: list[tuple[Callable[[int, int], int], Fn]] = []
        while self.tok.text in ops:
            op = self.take()
            b, tb = operand()
            self.expect_type(ta, "num", pos, f"'{op.text}'")
            self.expect_type(tb, "num", op.pos + 1, f"'{op.text}'")
            rest.append((_ARITHMETIC[op.text], b))
        return (_fold(a, rest) if rest else a), ta

    def unary(self) -> tuple[Fn, str]:
        minuses: list[int] = []
        while self.tok.text == "-":
            self.enter(self.tok)
            minuses.append(self.take().pos)
        a, ta = self.atom()
        for p in reversed(minuses):  # the innermost `-` first, as it is read
            self.expect_type(ta, "num", p, "'-'")
            a = (lambda x: lambda e: -x(e))(a)
        self.depth -= len(minuses)
        return a, ta

    def atom(self) -> tuple[Fn, str]:
        t = self.tok
        if t.kind == "num":
            self.take()
            v = int(t.text)  # a few digits at most: the tokenizer checked
            return (lambda e: v), "num"
        if t.text == "(":
            return self.brackets()
        if t.kind != "name":
            found = repr(t.text) if t.kind != "end" else "the end"
            raise ExprError(f"expected a value but found {found}", t.pos)
        self.take()
        if t.text in ("true", "false"):
            v = t.text == "true"
            return (lambda e: v), "bool"
        if t.text in ("and", "or", "not"):
            raise ExprError(f"'{t.text}' needs a value before it", t.pos)
        if self.tok.text == "(":
            return self.call(t)
        if t.text == "flags":
            return self.flag()
        if self.tok.text == ".":
            raise ExprError(f"'{t.text}.' is not known; flags are written flags.NAME", self.tok.pos)
        return self.name(t)

    def brackets(self) -> tuple[Fn, str]:
        self.enter(self.tok)
        self.take("(")
        r = self.or_()
        self.take(")")
        self.depth -= 1
        return r

    def flag(self) -> tuple[Fn, str]:
        """`flags.NAME`, after `flags`."""
        self.take(".")
        n = self.tok
        if n.kind != "name":
            raise ExprError("expected a flag name after 'flags.'", n.pos)
        self.take()
        if n.text not in self.scope.flags:
            raise ExprError(f"no flag '{n.text}' (declare it under flags: in game.yaml)", n.pos)
        self.refs.flags.add(n.text)
        name = n.text
        return (lambda e: e.flag(name)), "bool"

    def name(self, t: Tok) -> tuple[Fn, str]:
        """A bare name: a built-in or a counter; a flag or memory written bare gets a hint."""
        if t.text in BUILTINS:
            name = t.text
            return (lambda e: e.builtin(name)), BUILTINS[name]
        if t.text in self.scope.counters:
            name = t.text
            self.refs.counters.add(name)
            self.reads.append((self.i - 1, name))
            return (lambda e: e.counter(name)), "num"
        if t.text in self.scope.flags:
            raise ExprError(f"'{t.text}' is a flag; write flags.{t.text}", t.pos)
        if t.text in self.scope.memories:
            raise ExprError(f"'{t.text}' is a memory; write remembers({t.text})", t.pos)
        raise ExprError(f"unknown name '{t.text}' (not a counter, a flag or a built-in)", t.pos)

    def call(self, fname: Tok) -> tuple[Fn, str]:
        if fname.text not in FUNCTIONS:
            known = ", ".join(FUNCTIONS)
            raise ExprError(f"unknown function '{fname.text}' (known: {known})", fname.pos)
        self.take("(")
        arg = self.tok
        if arg.kind not in ("name", "num"):
            raise ExprError(f"{fname.text}() needs an id inside the brackets", arg.pos)
        self.take()
        ident = arg.text
        if FUNCTIONS[fname.text] == "node" and self.tok.text == ".":
            self.take()
            if self.tok.kind not in ("name", "num"):
                raise ExprError("expected a node name after the beat's id and '.'", self.tok.pos)
            ident += "." + self.take().text
        self.take(")")
        if FUNCTIONS[fname.text] == "memory":
            if ident not in self.scope.memories:
                raise ExprError(f"no memory '{ident}' in memories.yaml", arg.pos)
            self.refs.memories.add(ident)
            f = fname.text
            if f == "remembers":
                return (lambda e: e.remembers(ident)), "bool"
            return (lambda e: e.deleted(ident)), "bool"
        key = ident if "." in ident else f"{self.scope.beat}.{ident}"
        if key not in self.scope.nodes:
            raise ExprError(f"no node '{ident}'" + ("" if "." in ident else f" in beat '{self.scope.beat}'"), arg.pos)
        self.refs.visited.add(key)
        return (lambda e: e.visited(key)), "bool"


def compile_expr(src: str, scope: Scope, want: str = "bool", refs: Refs | None = None) -> Fn:
    """Parse and check `src`; `want` is "bool" for conditions, "num" for counter values."""
    if not isinstance(src, str):
        if isinstance(src, bool):
            v = src
            if want != "bool":
                raise ExprError("expected a number", 0)
            return lambda e: v
        raise ExprError("expected a condition in quotes", 0)
    if not src.strip():
        raise ExprError("the condition is empty", 0)
    if len(src) > MAX_LENGTH:  # checked first, so nothing longer is ever tokenized
        raise ExprError(f"this is {len(src):,} characters long; conditions have at most {MAX_LENGTH:,}", 0)
    fn, ty = _Parser(src, scope, refs if refs is not None else Refs()).parse()
    if ty == want:
        fn.source = src  # type: ignore[attr-defined]  # so a tool can name the condition as written
        return fn
    if want == "bool":
        raise ExprError("this is a number; a condition needs a comparison such as 'mood > 0'", 0)
    raise ExprError("this is true/false; a counter needs a number", 0)

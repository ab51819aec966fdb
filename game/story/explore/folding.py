"""Flags kept as what the conditions ahead make of them, once nothing can change them any more.

A flag that no place ahead sets or unsets keeps its value for the rest of the story (a rewind
brings back its beat's start, which the search keeps apart: `liveness.Positions.entry`). If every
read of it ahead is a `flags.NAME` standing on its own in the and/or/not skeleton of a condition,
the future sees it only through those conditions. So at such a place the flags are kept as each
condition ahead with them put in and simplified (`residue`): `final_bond >= 18 and (flags.a or
flags.b)` is `final_bond >= 18` with a or b set, whichever, and false with neither. Two states
whose residues are equal, as written, make every condition ahead give the same answer on every
value of the rest (which the key keeps exactly, or by its own classes), so they have the same
future; a residue is a sufficient test, not a complete one, and never merges what differs.
"""

from __future__ import annotations

from functools import cache

from ..expr_tokens import ExprError, tokenize

Tree = tuple  # ("or"|"and", parts) | ("not", part) | ("flag", name) | ("const", bool) | ("atom", texts)
_STOP = {"and", "or", ")", ""}


@cache
def skeleton(source: str) -> Tree | None:
    """The and/or/not skeleton of a condition; None if it does not read as one."""
    try:
        texts = tuple(t.text for t in tokenize(source))
    except ExprError:
        return None
    return _Skeleton(texts).whole()


class _Skeleton:
    def __init__(self, texts: tuple[str, ...]):
        self.t, self.i = texts, 0

    def whole(self) -> Tree | None:
        try:
            tree = self.or_()
        except IndexError:
            return None
        return tree if self.t[self.i] == "" else None

    def or_(self) -> Tree:
        return self._join("or", self.and_)

    def and_(self) -> Tree:
        return self._join("and", self.not_)

    def _join(self, word: str, part) -> Tree:  # type: ignore[no-untyped-def]
        parts = [part()]
        while self.t[self.i] == word:
            self.i += 1
            parts.append(part())
        return parts[0] if len(parts) == 1 else (word, tuple(parts))

    def not_(self) -> Tree:
        if self.t[self.i] == "not":
            self.i += 1
            return ("not", self.not_())
        return self.operand()

    def operand(self) -> Tree:
        """What stands between `and`s and `or`s: a bracket, a flag, a constant, or any other atom."""
        start, depth = self.i, 0
        while depth or self.t[self.i] not in _STOP:
            depth += {"(": 1, ")": -1}.get(self.t[self.i], 0)
            self.i += 1
        texts = self.t[start:self.i]
        if len(texts) == 3 and texts[:2] == ("flags", "."):
            return ("flag", texts[2])
        if texts in (("true",), ("false",)):
            return ("const", texts[0] == "true")
        if texts and texts[0] == "(" and _closes_at_end(texts):
            return _Skeleton(texts[1:-1] + ("",)).whole() or ("atom", texts)
        return ("atom", texts)


def _closes_at_end(texts: tuple[str, ...]) -> bool:
    """Whether the bracket that opens `texts` is the one that ends it."""
    depth = 0
    for k, x in enumerate(texts):
        depth += {"(": 1, ")": -1}.get(x, 0)
        if depth == 0:
            return k == len(texts) - 1
    return False


def flag_reads(source: str | None) -> tuple[Tree | None, frozenset[str], frozenset[str]]:
    """A condition's skeleton (None if it has none), the flags it reads on their own and those it
    reads inside atoms; a flag read in a condition with no skeleton is in neither, so never folded."""
    tree = skeleton(source) if source is not None else None
    if tree is None:
        return None, frozenset(), frozenset()
    return tree, bare_flags(tree), atom_flags(tree)


def bare_flags(tree: Tree) -> frozenset[str]:
    """The flags the skeleton reads on their own (`flags.NAME` as an operand of and/or/not)."""
    kind = tree[0]
    if kind == "flag":
        return frozenset((tree[1],))
    if kind == "not":
        return bare_flags(tree[1])
    if kind in ("and", "or"):
        return frozenset().union(*(bare_flags(p) for p in tree[1]))
    return frozenset()


def atom_flags(tree: Tree) -> frozenset[str]:
    """The flags read inside atoms (say, `flags.a == flags.b`): those are never folded."""
    kind = tree[0]
    if kind == "atom":
        t = tree[1]
        return frozenset(t[k + 2] for k in range(len(t) - 2) if t[k] == "flags" and t[k + 1] == ".")
    if kind == "not":
        return atom_flags(tree[1])
    if kind in ("and", "or"):
        return frozenset().union(*(atom_flags(p) for p in tree[1]))
    return frozenset()


def residue(tree: Tree, values: dict[str, bool]) -> Tree:
    """The condition with the flags of `values` put in and simplified: what is left to ask."""
    kind = tree[0]
    if kind == "flag":
        v = values.get(tree[1])
        return tree if v is None else ("const", v)
    if kind == "not":
        inner = residue(tree[1], values)
        return ("const", not inner[1]) if inner[0] == "const" else ("not", inner)
    if kind in ("and", "or"):
        absorbing = kind == "or"  # true ends an `or`, false ends an `and`
        parts = []
        for p in tree[1]:
            r = residue(p, values)
            if r[0] == "const":
                if r[1] == absorbing:
                    return r
                continue  # the neutral value drops out
            parts.append(r)
        if not parts:
            return ("const", not absorbing)
        return parts[0] if len(parts) == 1 else (kind, tuple(parts))
    return tree

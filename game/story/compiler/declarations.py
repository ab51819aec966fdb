"""The second pass: what the story declares — the game, its characters, memories and beats.

Everything declared is known before any beat is compiled, so a beat can refer to a beat, node or
memory that comes later in the folder. A declaration that fails its checks is still recorded under
its name where possible, so every reference to it is not reported as a second, misleading error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .. import model as m
from ..story import CharacterInfo, MemoryInfo
from .context import Context, SourceFile, check_model
from .sources import StorySources

_ID = re.compile(r"[A-Za-z0-9_]+")
_NUMBER_PREFIX = re.compile(r"^\d+[_-]")


@dataclass
class BeatDecl:
    """A beat file that reads and checks as a beat, under an id no other beat file uses."""

    file: SourceFile
    beat: m.BeatFile


@dataclass
class Declarations:
    game: m.GameFile | None
    characters: dict[str, CharacterInfo] = field(default_factory=dict)
    memories: dict[str, MemoryInfo] = field(default_factory=dict)
    beats: list[BeatDecl] = field(default_factory=list)
    unreadable: bool = False  # a beat file could not be read at all


def declare(ctx: Context, src: StorySources) -> Declarations:
    """Check each file's shape and record every name it declares in the context."""
    game = check_model(ctx, src.game, (), m.GameFile, src.game.root) if src.game else None
    decl = Declarations(game)
    if src.characters:
        decl.characters = _characters(ctx, src.characters)
    if src.memories:
        decl.memories = _memories(ctx, src.memories)
    ctx.characters = decl.characters
    decl.beats, decl.unreadable = _beats(ctx, src)
    return decl


def _characters(ctx: Context, cf: SourceFile) -> dict[str, CharacterInfo]:
    characters: dict[str, CharacterInfo] = {}
    if not isinstance(cf.root, dict):
        ctx.error(cf, (), "characters.yaml maps each speaker id to its details")
        return characters
    for cid, data in cf.root.items():
        c = check_model(ctx, cf, (cid,), m.Character, data)
        if c is None:  # still a speaker, so its lines are not reported as well
            c = m.Character(name=str(cid))
        if not _ID.fullmatch(str(cid)):
            ctx.error(cf, (cid,), "ids use letters, digits and _ only", key=True)
        characters[str(cid)] = CharacterInfo(str(cid), c.name, c.color, tuple(c.faces), c.about, c.looks_like)
    for cid, info in characters.items():
        if info.looks_like is not None and info.looks_like not in characters:
            ctx.error(cf, (cid, "looks_like"), f"no character '{info.looks_like}' to look like")
    return characters


def _memories(ctx: Context, mf: SourceFile) -> dict[str, MemoryInfo]:
    memories: dict[str, MemoryInfo] = {}
    if not isinstance(mf.root, dict):
        ctx.error(mf, (), "memories.yaml maps each memory id to its details")
        return memories
    for mid, data in mf.root.items():
        mm = check_model(ctx, mf, (mid,), m.Memory, data)
        if mm is None:  # still a memory, so references to it are not reported as well
            memories[str(mid)] = MemoryInfo(str(mid), "?", str(mid), "", 1, "", "")
            continue
        memories[str(mid)] = MemoryInfo(str(mid), mm.code, mm.title, mm.picture, mm.weight, mm.mood, mm.beat,
                                        mm.told, mm.gone)
        if mm.told:
            ctx.strings[f"memory.{mid}.told"] = mm.told
        if mm.gone:
            ctx.strings[f"memory.{mid}.gone"] = mm.gone
    return memories


def _beats(ctx: Context, src: StorySources) -> tuple[list[BeatDecl], bool]:
    """The beat files that check as beats, in folder order; and whether any could not be read."""
    decls: list[BeatDecl] = []
    seen: dict[str, str] = {}
    unreadable = False
    for bs in src.beats:
        bf = bs.file
        if bf is None:
            # the file is broken; assume its name says its id, so references to it are not reported too
            unreadable = True
            ctx.beat_nodes.setdefault(_NUMBER_PREFIX.sub("", bs.path.stem), set())
            continue
        b = check_model(ctx, bf, (), m.BeatFile, bf.root)
        if b is None:
            # still record its id, so other beats' references to it are not reported twice
            if isinstance(bf.root, dict) and isinstance(bf.root.get("beat"), str):
                ctx.beat_nodes.setdefault(bf.root["beat"], set())
            continue
        if b.beat in seen:
            ctx.error(bf, ("beat",), f"beat id '{b.beat}' is already used by {seen[b.beat]}")
            continue
        seen[b.beat] = bf.shown
        ctx.beat_nodes[b.beat] = set(b.nodes)
        decls.append(BeatDecl(bf, b))
    return decls, unreadable


def declare_scope(ctx: Context, game: m.GameFile, gf: SourceFile, decl: Declarations,
                  mf: SourceFile | None) -> None:
    """What conditions and effects may name; the game's counters and the memories' beats checked."""
    scope = ctx.scope
    scope.flags = set(game.flags)
    scope.counters = set(game.counters)
    scope.memories = set(decl.memories)
    scope.nodes = {f"{b}.{n}" for b, ns in ctx.beat_nodes.items() for n in ns}
    ctx.endings = set(game.endings)
    for name, c in game.counters.items():
        lo, hi = c.min, c.max
        if (lo is not None and hi is not None and lo > hi) or (lo is not None and c.start < lo) or (
                hi is not None and c.start > hi):
            ctx.error(gf, ("counters", name), f"counter '{name}': start {c.start} must lie within min..max")
    for name in sorted(scope.flags & scope.counters):
        ctx.error(gf, ("counters", name), f"'{name}' is both a flag and a counter", key=True)
    # memories name the beat that makes them
    for mid, mem in decl.memories.items():
        if mem.beat and mem.beat not in ctx.beat_nodes:
            ctx.error(mf, (mid, "beat"), f"no beat '{mem.beat}'")

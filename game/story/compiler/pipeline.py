"""`load_story`: the compiler's passes, one after another.

sources → declarations → each beat → story-wide checks → flow. A pass that finds errors lets the
next ones run only when they can still say something new: checks over the whole story would only
echo a file that could not be read, and flow is worked out only for a story without errors.
"""

from __future__ import annotations

from pathlib import Path

from .. import language
from .. import model as m
from ..cues import read_cues
from ..diagnostics import Diagnostic
from ..props import read_catalogue
from ..story import Beat, EndingInfo, Live, Story
from ..translation import localise
from .beat import BeatFacts, compile_beat
from .checks import check_declared_use, check_story_refs
from .context import Context
from .declarations import BeatDecl, Declarations, declare, declare_scope
from .flow import beats_ahead, check_asks, check_tense_memories, liveness
from .sources import read_sources


def load_story(story_dir: Path, levels_dir: Path | None = None, base: Path | None = None,
               ctx: Context | None = None) -> tuple[Story | None, list[Diagnostic]]:
    """Load, check and compile the story in `story_dir`. Returns (story or None, diagnostics).

    With `ctx`, what the passes noted stays there for the caller (where each text was written).
    In the language chosen for the game (`language.choose`), the texts are its translation's."""
    story_dir = Path(story_dir)
    base = base or story_dir.resolve().parent
    levels_dir = levels_dir or story_dir.resolve().parent / "levels"
    if not story_dir.is_dir():
        return None, [Diagnostic(str(story_dir), 0, 0, "no such story folder")]
    ctx = ctx if ctx is not None else Context()
    ctx.levels_dir, ctx.cues = levels_dir, read_cues(story_dir)
    ctx.catalogue, problems = read_catalogue(story_dir)
    ctx.diags.extend(problems)
    src = read_sources(ctx, story_dir, base)
    decl = declare(ctx, src)
    game, gf, mf = decl.game, src.game, src.memories
    if game is None or gf is None:
        return None, sorted(ctx.diags)
    declare_scope(ctx, game, gf, decl, mf)
    beats, facts = compile_beats(ctx, decl.beats, levels_dir)
    check_story_refs(ctx, game, gf)
    if decl.unreadable or src.characters is None or mf is None:
        return None, sorted(ctx.diags)  # whole-story checks would only echo the broken file
    check_declared_use(ctx, gf, mf, decl.memories)
    if ctx.has_errors():
        return None, sorted(ctx.diags)
    ahead = beats_ahead(beats, facts, game.endings)
    check_asks(ctx, ahead, facts)
    check_tense_memories(ctx, mf, beats)
    story = assemble(ctx, game, decl, beats, liveness(beats, facts, ahead), src.content_hash)
    if language.chosen() is not None:
        story = localise(story, story_dir, language.chosen(), ctx.diags)
    return story, sorted(ctx.diags)


def compile_beats(ctx: Context, decls: list[BeatDecl],
                  levels_dir: Path) -> tuple[dict[str, Beat], dict[str, BeatFacts]]:
    """Every beat, numbered in folder order; a beat without `next:` goes on to the following one."""
    beats: dict[str, Beat] = {}
    facts: dict[str, BeatFacts] = {}
    for number, decl in enumerate(decls, start=1):
        following = decls[number].beat.beat if number < len(decls) else None
        bid = decl.beat.beat
        beats[bid], facts[bid] = compile_beat(ctx, decl, number, following, levels_dir)
    return beats, facts


def assemble(ctx: Context, game: m.GameFile, decl: Declarations, beats: dict[str, Beat],
             live: dict[str, Live], content_hash: str) -> Story:
    """The compiled story the runtime plays."""
    return Story(
        title=game.title,
        start=game.start,
        capacity=game.core.capacity,
        weapons_slots=game.core.weapons,
        flags=dict(game.flags),
        counters={k: c.start for k, c in game.counters.items()},
        counter_about={k: c.about for k, c in game.counters.items()},
        counter_range={k: (c.min, c.max) for k, c in game.counters.items()},
        endings={k: EndingInfo(k, e.title, e.text, e.rewind, e.returns_to) for k, e in game.endings.items()},
        characters=decl.characters,
        memories=decl.memories,
        beats=beats,
        strings=ctx.strings,
        content_hash=content_hash,
        visited_refs=frozenset(ctx.refs.visited),
        live=live,
        credits=tuple(game.credits),
        game_over=(game.game_over.title, game.game_over.text),
        words={"speakers": ctx.words_by_speaker, "beats": ctx.words_by_beat},
    )

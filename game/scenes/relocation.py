"""A stage direction's `map:`: the scene moves to another map in the middle of a beat.

The move is played behind a short curtain (as long as a doorway's), or behind the fade of the same
direction: with `effect: fade_out` the old place fades to black and the new one is there when a
`fade_in` brings the light back; with `effect: fade_in` the new place fades up at once. Directions
that come while the curtain is falling are held and played on the new map, in order, once it is
there: they name its spots. Nobody the directions brought on comes along; the new map's own people
(its npcs in this beat) and, in an explore beat, the lead at its start are there.

A stage built afresh in the middle of a beat (a game loaded or resumed, a rewind into another beat)
has every direction behind that point played on it at once, without their flashes and jolts; a stage
kept across a rewind over a move is put back on the map the directions behind that point left it on,
with their people where they put them (`catch_up`). The story says which directions those are: the
ones it played, in the order it played them (`game.story.stagemap`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from game.engine.tilemap import MapError
from game.story import events as ev
from game.story.stagemap import behind, in_force

from .backdrop import Backdrop

if TYPE_CHECKING:
    from game.story.session import PlaySession

    from .stage import Stage

CURTAIN = 0.22  # seconds for the curtain to fall (and as long to rise) as the scene moves
Play = Callable[["Stage", ev.Stage, bool], None]  # how a direction is played on a stage (`staging.direct`)


class Move:
    """A move under way: the curtain, and the directions held until the new map is there."""

    def __init__(self) -> None:
        self.held: list[ev.Stage] = []  # the moving direction first, then any that came meanwhile
        self.curtain = 0.0  # 0 clear .. 1 black
        self.by_fade = False  # the direction's own fade_out is the curtain

    @property
    def busy(self) -> bool:
        return bool(self.held) or self.curtain > 0


def begin(stage: Stage, s: ev.Stage) -> bool:
    """Take in a direction while a move may be under way; True when it was held (or started a
    move) and is not to be played now."""
    move: Move = stage.move
    if move.held:
        move.held.append(s)
        return True
    if not s.map or s.map == stage.home:
        return False
    if s.effect == "fade_in":  # up from black on the new map
        relocate(stage, s.map)
        return False
    move.held = [s]
    move.by_fade = s.effect == "fade_out"
    if move.by_fade:
        stage.effects.reduce = stage.ctx.settings.reduce_motion
        stage.effects.start("fade_out", stage.view.center)
    return True


def step(stage: Stage, dt: float, play: Play) -> None:
    """The curtain falls; once the place is dark the map is swapped and the held directions played
    on it; then the curtain rises (a fade's dark stays until its fade_in)."""
    move: Move = stage.move
    if move.held:
        dark = stage.effects.dark >= 1.0 if move.by_fade else move.curtain >= 1.0
        move.curtain = move.curtain if move.by_fade else min(1.0, move.curtain + dt / CURTAIN)
        if dark:
            arrive(stage, play)
    elif move.curtain > 0:
        move.curtain = max(0.0, move.curtain - dt / CURTAIN)


def arrive(stage: Stage, play: Play) -> None:
    """Swap to the new map now and play what was held there."""
    move: Move = stage.move
    held, move.held = move.held, []
    first, rest = held[0], held[1:]
    relocate(stage, first.map)
    play(stage, replace(first, map="", effect="" if move.by_fade else first.effect), False)
    for s in rest:
        play(stage, s, False)


def hurry(stage: Stage, play: Play) -> None:
    """The player skipped: the new map is there at once, the curtain up."""
    if stage.move.held:
        arrive(stage, play)
    stage.move.curtain = 0.0


def relocate(stage: Stage, name: str) -> bool:
    """Put map `name` on the stage as the beat's place from now on; False (and a note) if it cannot
    be shown, and the scene stays where it was."""
    try:
        start = stage.here.move_to(name)
    except MapError as exc:
        stage.ctx.toast(f"The scene cannot move to {name}: {exc}")
        return False
    stage.home = name
    stage.backdrop = None
    stage.direction.clear()
    stage.scenery = None if stage.walkable else Backdrop(stage.here.home_spots, stage.beat_id)
    stage._settle(start)
    if stage.scenery is not None and stage.last_node:
        stage.scenery.look_at(stage.last_node)
    return True


def catch_up(stage: Stage, session: PlaySession | None, play: Play, fresh: bool = False) -> None:
    """Put a stage built or kept across a jump (a resume, a rewind, going forward again) on the map
    the directions behind the story's point left it on, with their people and light, when that is
    not the map it shows. A `fresh` stage (just built, with only the beat's own directions played)
    has seen none of the others: every one the story played before the point is played on it, at
    once, in the order the story played them."""
    if session is None or session.finished:
        return
    state = session.runtime.state
    beat = session.story.beats.get(state.beat)
    if beat is None or state.beat != stage.beat_id:
        return
    directions = behind(beat, state.node, state.pc, state.played)
    if fresh:
        for s in directions[1 if beat.stage is not None else 0:]:  # the beat's own is played already
            play(stage, still(s), True)
        return
    name, since = in_force(directions)
    name = name or beat.map or ""
    if not name or name == stage.home:
        return
    stage.move.held, stage.move.curtain = [], 0.0
    if relocate(stage, name):
        for s in since:
            play(stage, still(replace(s, map="")), True)


def still(s: ev.Stage) -> ev.Stage:
    """A direction as it stands once played: where it put people and how it lit the place, without
    the flash or the jolt that came with it (its music and sound are the score's, never replayed)."""
    return replace(s, effect="", shake=0.0)

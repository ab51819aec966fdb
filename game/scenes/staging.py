"""Playing a stage direction on the stage, and holding the story while a `wait` direction plays.

The director hands each `Stage` event here: the light (`lighting.py`), the cast and the camera
(`direction.py`) and a screen effect (`effects.py`) all take it in at once (its music and sound
cues are the score's).
A direction without `wait` is answered straight away, so the story goes on while people walk; one
with `wait` is answered by a small see-through scene, `StageCue`, once the walks have arrived and
the effect has played (or after a safety timeout, or at once when the player skips).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.input import InputEvent
from game.engine.scene import Scene
from game.story import answers as an
from game.story import events as ev

from . import (
    aiming,
    herface,
    lanterns,
    memories,
    relocation,
    seatglow,
    shown,
    stands,
    sunlight,
    sunset,
    weather,
)
from .carried import carried, figures, keepsakes
from .dialogue import Pace, Step, step_asked
from .lighting import Source, color_of, edge_neon
from .overlays import open_pause

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context
    from game.engine.tilemap import TileMap
    from game.story.session import PlaySession

    from .play import PlayScene
    from .stage import Stage

WAIT_LIMIT = 12.0  # seconds a `wait` direction may hold the story at most: a walk that cannot end does not


def direct(stage: Stage, s: ev.Stage, instant: bool = False) -> None:
    """Carry out a direction on `stage` (`instant`: a beat's own directions, in force from its start,
    so walks end where they lead). A `map:` moves the scene first (`relocation.py`): at once when
    instant, else behind a curtain, holding this and what follows until the new map is there."""
    ctx = stage.ctx
    if instant and s.map and s.map != stage.home and not stage.move.held:
        relocation.relocate(stage, s.map)
    elif relocation.begin(stage, s):
        return
    stage.lighting.set(s.time, s.lights, s.blackout)
    stage.direction.direct(s.cast, s.camera, s.shake, instant)
    if s.stands:
        fill_stands(stage, s.stands)
    if s.props and stage.map is not None:
        stage.direction.props.kicks.calm = ctx.settings.reduce_motion  # what flies off does not spin
        stage.direction.props.direct(s.props, stage.direction.spot, stage.direction.find)
        stage.direction.place_props()  # where they are now, before the next frame is drawn
    if s.effect:
        stage.effects.reduce = ctx.settings.reduce_motion
        stage.effects.start(s.effect, stage.view.center)


def busy(stage: Stage) -> bool:
    """Walks still on their way, an effect still playing, or the scene still moving to its new map."""
    return stage.direction.busy or stage.effects.busy or bool(stage.move.held)


def hurry(stage: Stage) -> None:
    relocation.hurry(stage, direct)
    stage.direction.hurry()
    stage.effects.hurry()


def moving_on(stage: Stage, dt: float) -> None:
    """A frame of a move to another map under way (its curtain, then the swap)."""
    relocation.step(stage, dt, direct)


def catch_up(stage: Stage, session: PlaySession | None, fresh: bool = False) -> None:
    """The stage put on the map (and with the people) the directions behind the story's point left;
    a `fresh` stage, built in the middle of a beat, gets every direction behind that point."""
    relocation.catch_up(stage, session, direct, fresh)


def fill_stands(stage: Stage, full: bool | str) -> None:
    """Fill (or empty) the seats of the stage's own map, and draw it anew if that changed them."""
    home = stage.here.maps.get(stage.home or "")
    if home is not None and stands.fill(home, full):
        stage._cache = None


def moving(stage: Stage, origin: tuple[int, int]) -> list[Source]:
    """The lights that move with someone, in screen pixels: 7723's chest, a robot's eye, and at
    night the faint light each person catches."""
    people = stage.direction.on_map()
    lit = carried(people, origin, stage.lighting.lights) + keepsakes(stage.direction.props.seen(), origin)
    return lit + figures(people, origin) if stage.lighting.figures else lit


def draw_map(stage: Stage, surf: pygame.Surface) -> None:
    """The map with its people, and the props they hold over it."""
    tm = stage.map
    assert tm is not None
    tm.draw(surf)
    stage.direction.props.draw(surf, tm.renderer.get_center_offset())


def fixtures(tm: TileMap) -> tuple[Source, ...]:
    """The map's own lights (objects of type `light`, by their `kind`) in map pixels, read once per
    map; with no neon among them, a row of it along the map's top edge."""
    cached = getattr(tm, "_lights", None)
    if cached is None:
        own = [Source(o.props.get("kind", "lamps"), o.rect.center, color_of(o.props.get("color", "")))
               for o in tm.of_type("light")]
        if not any(s.kind == "neon" for s in own):
            own += edge_neon(tm.size[0])
        cached = tuple(own)
        tm._lights = cached  # type: ignore[attr-defined]
    return cached


def light(stage: Stage, surf: pygame.Surface, jolt: int) -> None:
    """Light the stage's map as the directions have it (nothing by day), and rain over it if it rains."""
    sunlight.draw(surf, stage.view, stage.lighting.time, stage.lighting.lights)  # a night-drawn city by day
    sunset.draw(surf, stage.view, stage.lighting.time, stage.lighting.lights)  # or at dusk, under a low sun
    if not stage.lighting.plain:
        _light(stage, surf, jolt)
    weather.draw(surf, stage.view, stage.lighting.lights, stage.t, stage.ctx.settings.reduce_motion)
    aiming.over(stage, surf, jolt)  # an arm cannon's red dot, over the dark as by day
    memories.over(stage, surf, jolt)  # 7723's memories in a ring round him, glowing
    herface.over(stage, surf, jolt)  # and Mai's face among them, a dozen times over or the first one big
    lanterns.over(stage, surf, jolt)  # or going up out of him one by one, and out
    seatglow.over(stage, surf, jolt)  # the Gen 6 under the stadium's seats, orange or gone red


def _light(stage: Stage, surf: pygame.Surface, jolt: int) -> None:
    tm = stage.map
    if tm is None:
        stage.lighting.draw(surf, stage.view, stage.view.topleft, stage.view.size, (), [], False)
        return
    ox, oy = stage.offset()
    origin = (ox + jolt, oy)
    fixed = fixtures(tm)
    window = any(s.kind == "moon" for s in fixed)  # the moon shines in somewhere, else it lifts the dark
    shown.draw(surf, tm, origin, stage.view, stage.lighting.lights, stage.t, stage.ctx.settings.reduce_motion,
               stage.ctx.assets, stage.ctx.text)
    cast = [(w.image, w.rect.move(origin)) for w in stage.direction.on_map()]  # they keep their colours
    stage.lighting.draw(surf, stage.view, origin, tm.size, fixed, moving(stage, origin), window, cast)
    shown.draw_light(surf, tm, origin, stage.view, stage.lighting.lights, stage.t, stage.ctx.settings.reduce_motion)


def present_stage(director: PlayScene, e: ev.Stage) -> None:
    """The director's part: play the direction, then answer, now or once it has played."""
    stage = director.stage
    stage.takes.note(e)
    direct(stage, e)
    if e.camera:
        stage.direction.camera_node = e.node
    if (e.wait or stage.move.held) and busy(stage):  # a move to another map holds the story too
        if director.pace.skipping:
            hurry(stage)
        else:
            director.ctx.scenes.push(StageCue(director.ctx, stage, director.pace), director.answered)
            return
    director.answered(an.ADVANCE)


class StageCue(Scene):
    """Holds the story while a `wait` direction plays; draws nothing of its own. Confirm or skip
    ends the walks and the effect at once; the rewind keys step back as from a line."""

    opaque = False
    name = "stage_cue"

    def __init__(self, ctx: Context, stage: Stage, pace: Pace | None = None) -> None:
        super().__init__(ctx)
        self.stage = stage
        self.pace = pace or Pace()

    @property
    def rect(self) -> pygame.Rect:
        return pygame.Rect(0, 0, 0, 0)

    def handle(self, e: InputEvent) -> None:
        by = step_asked(self.ctx, e)
        if by:
            self.dismiss(Step(by))
        elif e.pressed and e.action in ("confirm", "skip"):
            hurry(self.stage)
            self.dismiss(an.ADVANCE)
        elif e.pressed and e.action in ("menu", "back"):
            open_pause(self.ctx)

    def update(self, dt: float) -> None:
        self.time += dt
        if self.pace.skipping:
            hurry(self.stage)
        if not busy(self.stage) or self.time >= WAIT_LIMIT:
            if self.time >= WAIT_LIMIT:
                hurry(self.stage)
            self.dismiss(an.ADVANCE)

    def draw(self, canvas: Canvas) -> None:
        """Nothing: the stage below is what is watched."""

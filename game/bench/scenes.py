"""Each scene of the window, set up on a real story at the event it presents.

A setup drives a runtime at random to the event (`drive.py`), hands it to the window's director
through a `PlaySession` (as loading a save would), lets the director present it, and returns a
`poke(i)` that keeps the scene doing what a player would watch (walking, typing, browsing).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from game.engine.context import Context
from game.engine.input import InputEvent
from game.engine.timestep import STEP
from game.levels.tmx import TmxError, load_map
from game.scenes.action import ActionScene
from game.scenes.dialogue import DialogueScene
from game.scenes.ending import PLAY_TIME, EndingScene, RebootScene
from game.scenes.flow import Flow
from game.scenes.overlays import open_history, open_pause
from game.scenes.play import PlayScene
from game.scenes.settings_menu import SettingsScene
from game.scenes.slots import SlotsScene
from game.scenes.staging import direct
from game.scenes.title import TitleScene
from game.story import events as ev
from game.story.runtime import Runtime
from game.story.session import PlaySession, Said
from game.story.stagewords import LIGHTS
from game.story.story import Beat

from .drive import Wanted, find, is_a, play_to
from .pieces import PIECE_SCENES

Poke = Callable[[int], None]
Setup = Callable[[Context, Flow, dict[str, Any]], Poke | None]
HISTORY = 40  # entries in the log for the history screen
ACTION_HOLD = (0.5, 2.0)  # the set-piece's card is kept on screen between these ages (seconds)


class Unavailable(LookupError):
    """The story has no moment for this scene: it is skipped, and the figures say why."""


def _at(ctx: Context, flow: Flow, wanted: Wanted, what: str, whole_game: bool = False, **where: Any) -> PlayScene:
    """The director playing a session at an event `wanted` accepts, presenting it already; the
    game is played from a beat's start, or from the story's start (`whole_game`)."""
    rt = play_to(ctx.story, wanted) if whole_game else find(ctx.story, wanted, **where)
    if rt is None:
        raise Unavailable(f"no {what} in the story")
    return _play(ctx, flow, rt)


def _play(ctx: Context, flow: Flow, rt: Runtime) -> PlayScene:
    flow.start(PlaySession(rt, ctx.saves), fade=False)
    director = ctx.scenes.top
    assert isinstance(director, PlayScene)
    ctx.scenes.update(STEP)  # the director presents the session's event
    return director


def title(ctx: Context, flow: Flow, out: dict[str, Any]) -> None:
    ctx.scenes.push(TitleScene(ctx))


def explore(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke:
    director = _at(ctx, flow, is_a(ev.Choice, "explore"), "explore choice", scene="explore",
                   beats=_largest_first(ctx))
    out["explore_map"] = director.start.map

    def walk(i: int) -> None:  # from spot to spot along the shortest ways, so the camera scrolls
        stage = director.stage
        if stage.can_walk and stage.walking and not stage.route and stage.spots and stage.map is not None:
            spot = stage.spots[(i // 7) % len(stage.spots)]
            stage.walk_to(stage.map.tiles_of(spot.rect))
    return walk


def night(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke:
    """Exploring by night: the graded dark, every kind of light on, 7723's chest glowing beside Mai."""
    walk = explore(ctx, flow, out)
    director = ctx.scenes.top
    assert isinstance(director, PlayScene)
    lead = director.start.lead
    direct(director.stage, ev.Stage("bench.night", time="night", lights=LIGHTS,
                                    cast=(ev.Cast("7723", "start"),) if lead != "7723" else ()))
    return walk


def _largest_first(ctx: Context) -> list[str]:
    """Explore beats, the one on the biggest map (then the busiest) first."""
    def size(beat: Beat) -> tuple[int, int]:
        try:
            tmx = load_map(ctx.assets.path(f"{beat.map}.tmx", "levels"))
        except (TmxError, OSError, ValueError):
            return (0, 0)
        return (tmx.width * tmx.height, sum(o.type in ("npc", "walker") for o in tmx.objects))
    beats = [b for b in ctx.story.beats.values() if b.scene == "explore" and b.map]
    return [b.id for b in sorted(beats, key=size, reverse=True)]


def dialogue(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke:
    _at(ctx, flow, is_a(ev.Line), "line")

    def retype(i: int) -> None:  # keep the typewriter running
        top = ctx.scenes.top
        if isinstance(top, DialogueScene) and i % 120 == 0 and top.box.line is not None:
            top.box.show(top.box.line)
    return retype


def choice(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke:
    _at(ctx, flow, is_a(ev.Choice, "choice"), "choice")
    return _pressing(ctx, lambda i: "down" if i % 30 == 0 else None)


def review(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke:
    _at(ctx, flow, is_a(ev.Review), "review")
    return _pressing(ctx, lambda i: None if i % 20 else "right" if (i // 100) % 2 == 0 else "left")


def _pressing(ctx: Context, key: Callable[[int], str | None]) -> Poke:
    def press(i: int) -> None:
        action = key(i)
        if action is not None:
            ctx.scenes.handle(InputEvent(action))
    return press


def action(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke:
    _at(ctx, flow, is_a(ev.Action), "action set-piece")
    shown, hold = ACTION_HOLD

    def keep(i: int) -> None:  # hold the card on screen for the whole measurement
        top = ctx.scenes.top
        if isinstance(top, ActionScene) and top.time > hold:
            top.time = shown
    return keep


def reboot(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke:
    _at(ctx, flow, lambda e: isinstance(e, ev.Reboot) and bool(e.memories), "reboot with memories kept",
        whole_game=True)
    scene = ctx.scenes.top
    assert isinstance(scene, RebootScene)
    scene.phase = "farewell"  # the farewell montage: cards, glow, holograms

    def loop(i: int) -> None:
        if scene.phase != "farewell":
            scene.phase, scene.playing, scene.play_t = "farewell", 0, 0.0
        if scene.playing >= len(scene.order) - 1:
            scene.play_t = min(scene.play_t, PLAY_TIME - 0.01)
    return loop


def ending(ctx: Context, flow: Flow, out: dict[str, Any]) -> None:
    _at(ctx, flow, is_a(ev.Ending), "ending")
    scene = ctx.scenes.top
    assert isinstance(scene, EndingScene)
    scene.phase = "credits"


def overlay(kind: str) -> Setup:
    """A menu over a line of dialogue: the pause menu, settings, the save slots or the history log."""
    def setup(ctx: Context, flow: Flow, out: dict[str, Any]) -> None:
        _at(ctx, flow, is_a(ev.Line), "line")
        if kind == "pause":
            open_pause(ctx)
        elif kind == "settings":
            ctx.scenes.push(SettingsScene(ctx))
        elif kind == "slots":
            ctx.scenes.push(SlotsScene(ctx, "load"))
        else:
            ctx.session.history.extend(Said("Mai", f"Line {i} of what was said, long enough to wrap onto a second "
                                                   "line in the log.", "#ff48a0") for i in range(HISTORY))
            open_history(ctx)
    return setup


SCENES: dict[str, Setup] = {
    "title": title, "explore": explore, "night": night, "dialogue": dialogue, "choice": choice, "review": review,
    "action": action, "reboot": reboot, "ending": ending, "pause": overlay("pause"),
    "settings": overlay("settings"), "slots": overlay("slots"), "history": overlay("history"),
}
SCENES.update(PIECE_SCENES)  # each action set-piece at its busiest moment (pieces.py)

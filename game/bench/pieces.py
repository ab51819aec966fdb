"""The action set-pieces in the window, each measured at its busiest moment: the Freeway late in
the chase with every drone the police will send after 7723 fired back, Payback in its last wave
with the extra bots of round two and the first waves' wrecks still on the ground, the House with
Ares striking while the family is carried out through the fire, and the Stadium with the whole
crowd on the move before the countdown runs out."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from game.action import PIECES
from game.action.core import STEP, Intent, Sim
from game.engine.context import Context
from game.scenes.flow import Flow
from game.scenes.setpiece import INTRO, SetPieceScene
from game.story import events as ev

Poke = Callable[[int], None]


def _freeway_busy(sim: Sim) -> None:
    """Fire early (three escalations), then run like the story would, to late in the chase."""
    while sim.elapsed < 56 and sim.outcome is None:
        firing = sim.elapsed < 12 and int(sim.elapsed / STEP) % 30 == 0
        sim.step(Intent(act=True) if firing else sim.auto())


def _payback_busy(sim: Sim) -> None:
    """Nobody points at anything until every wave is in the yard (the story difficulty)."""
    while sim.elapsed < 68 and sim.outcome is None:
        sim.step(Intent())


def _played_to(seconds: float) -> Callable[[Sim], None]:
    """Let the piece's own player play it to `seconds` in (or to its end, if that comes first)."""
    def busy(sim: Sim) -> None:
        while sim.elapsed < seconds and sim.outcome is None:
            sim.step(sim.auto())
    return busy


BUSY: dict[str, tuple[Mapping[str, bool], Callable[[Sim], None]]] = {
    "freeway_chase": ({}, _freeway_busy),
    "payback": ({"fought_back": True}, _payback_busy),
    "house_escape": ({"momo_route": True}, _played_to(50)),  # Ares at his fiercest, Pin closing in, fires
    "stadium_fight": ({"ani_helps": True}, _played_to(20)),  # the stands emptying through every gate
}


def piece(name: str) -> Callable[[Context, Flow, dict[str, Any]], Poke | None]:
    """A bench setup that plays `name` from its busiest moment on (the story difficulty)."""
    def setup(ctx: Context, flow: Flow, out: dict[str, Any]) -> Poke | None:
        cls = PIECES[name]  # every piece is registered whenever game.action is imported
        given, busy = BUSY[name]
        event = ev.Action(f"bench_{name}", name, cls.title, False, tuple(given.items()), ())
        scene = SetPieceScene(ctx, event, cls)
        ctx.scenes.push(scene)
        scene.time = INTRO  # past the title
        busy(scene.sim)
        return None
    return setup


PIECE_SCENES = {f"piece_{name}": piece(name) for name in BUSY}

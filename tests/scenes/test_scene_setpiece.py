"""The set-piece presenter with real events: keys move 7723 on the Freeway, Space fires, the mouse
points and spares in Payback, Escape pauses, the settings apply mid-piece, and at the end the
scene that asked gets `Play(outcome, marks)`."""

from __future__ import annotations

import pygame
from piece_steps import start

from game.action.freeway import Freeway
from game.action.payback import Payback
from game.scenes.pause import PauseScene
from game.scenes.setpiece import HOLD, INTRO, SetPieceScene
from game.story import answers as an
from game.story import events as ev

FREEWAY = ev.Action("action_freeway", "freeway_chase", "The Freeway", True, (), ("fired_back",))
PAYBACK = ev.Action("action_payback", "payback", "Payback", True, (("fought_back", False),),
                    ("spared_one", "smashed_tables"))


def test_keys_move_and_fire_and_the_end_answers_with_play(launch) -> None:
    p = launch()
    scene, got = start(p, FREEWAY, Freeway)
    y = scene.sim.y
    p.hold("down", 20)
    assert scene.sim.y > y + 20
    x = scene.sim.x
    p.hold("right", 12)
    assert scene.sim.x > x
    p.hold("space", 3)
    assert scene.sim.marks == {"fired_back"}
    while scene.sim.outcome is None:  # on to the fall
        scene.sim.step(scene.sim.auto())
    p.run(int(HOLD * 60) + 5)
    assert got == [an.Play("win", frozenset({"fired_back"}))]
    assert p.top is not scene


def test_escape_pauses_and_the_difficulty_changes_mid_piece(launch) -> None:
    p = launch()
    scene, _got = start(p, FREEWAY, Freeway)
    assert scene.sim.difficulty == "story"
    p.press("escape", 1)
    assert isinstance(p.top, PauseScene)
    steps = scene.steps
    p.run(30)
    assert scene.steps == steps  # the world waits under the pause menu
    p.ctx.settings.difficulty = "normal"
    p.press("escape", 3)
    assert p.top is scene and scene.sim.difficulty == "normal" and scene.steps > steps


def test_the_mouse_points_and_the_right_button_spares(launch) -> None:
    p = launch()
    scene, _got = start(p, PAYBACK, Payback)
    ric = next(b for b in scene.sim.bots if b.kind == "ric")
    p.click((round(ric.x), round(ric.y)), button=3)
    assert ric.state == "spared" and scene.sim.marks == {"spared_one"}


def test_the_story_can_play_it_at_half_speed(launch) -> None:
    p = launch()
    p.ctx.settings.story_plays = True
    p.ctx.settings.game_speed = "50%"
    scene, _got = start(p, PAYBACK, Payback)
    before = scene.steps
    p.run(60)
    assert 25 <= scene.steps - before <= 35
    assert scene.sim.marks == {"spared_one"}  # its own player spares Ric's little one first
    assert pygame.display.get_surface() is not None


def test_the_action_card_hands_a_registered_piece_to_the_presenter_and_passes_its_answer_on(launch) -> None:
    from game.scenes.action import ActionScene

    p = launch()
    got: list = []
    card = ActionScene(p.ctx, FREEWAY)
    p.ctx.scenes.push(card, got.append)
    p.run(3)
    scene = p.top
    assert isinstance(scene, SetPieceScene) and isinstance(scene.sim, Freeway)
    while scene.sim.outcome is None:
        scene.sim.step(scene.sim.auto())
    p.run(int((INTRO + HOLD) * 60) + 10)  # the title, then the end held a moment
    assert got == [an.Play("win", frozenset())] and p.top is not card
    other = ActionScene(p.ctx, ev.Action("x", "no_such_piece", "Elsewhere", True))
    p.ctx.scenes.push(other, got.append)
    p.run(200)
    assert got[-1] == an.Play("tense")  # a piece with no simulation keeps its tense choices


def test_a_pad_steers_with_the_stick_and_shields_with_b(launch) -> None:
    p = launch()
    scene, _got = start(p, FREEWAY, Freeway)
    y = scene.sim.y
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTY, value=-32000,
                                         instance_id=0))
    p.run(15)
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTY, value=0,
                                         instance_id=0))
    p.run(1)
    assert scene.sim.y < y - 20
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_B, instance_id=0))
    p.run(3)
    assert scene.sim.shielding and p.top is scene  # B is the shield here, not a way out
    pygame.event.post(pygame.event.Event(pygame.CONTROLLERBUTTONUP, button=pygame.CONTROLLER_BUTTON_B, instance_id=0))
    p.run(2)
    assert not scene.sim.shielding


def test_in_the_story_firing_back_on_the_freeway_raises_the_threat(launch) -> None:
    from pathlib import Path

    p = launch("freeway", story=Path(__file__).resolve().parents[2] / "story")
    p.until(lambda: isinstance(p.top, SetPieceScene), limit=3000, key="return")
    scene = p.top
    p.run(int(INTRO * 60) + 3)
    p.hold("space", 3)
    while scene.sim.outcome is None:
        scene.sim.step(scene.sim.auto())
    p.until(lambda: p.rt.state.node == "broken_rail", limit=600)
    assert p.rt.state.counters["threat"] == 1


def test_a_piece_taken_off_without_an_outcome_leaves_the_card_to_answer(launch) -> None:
    from game.scenes.action import ActionScene

    p = launch()
    got: list = []
    p.ctx.scenes.push(ActionScene(p.ctx, FREEWAY), got.append)
    p.run(3)
    p.top.dismiss()  # as a tool that plays beats by itself does
    p.run(2)
    assert got == [an.Play("tense")]


def test_gentle_steering_moves_7723_half_as_far_for_the_same_held_key(launch) -> None:
    """The steering setting is the set-pieces' control sensitivity: a held key or stick moves less."""
    far = {}
    for steering in ("full", "gentle"):
        p = launch()
        p.ctx.settings.steering = steering
        scene, _ = start(p, FREEWAY, Freeway)
        y = scene.sim.y
        p.hold("down", 20)
        far[steering] = scene.sim.y - y
        p.ctx.scenes.pop()
    assert far["full"] > 0 and abs(far["gentle"] - far["full"] / 2) <= far["full"] * 0.15, far

"""The House and the Stadium in the window's presenter: keys shield, carry and choose Mai's words,
the painters draw every moment with their words as window text, and the end answers the story."""

from __future__ import annotations

import pygame

from game.action.house import HouseEscape
from game.action.stadium import StadiumFight
from game.scenes.setpiece import HOLD, INTRO, SetPieceScene
from game.story import answers as an
from game.story import events as ev

HOUSE = ev.Action("action_house", "house_escape", "The House", True, (("momo_route", True),),
                  ("momo_tripped_pin", "shielded_mai", "cracked_shell"))
STADIUM = ev.Action("action_stadium", "stadium_fight", "The Stadium", True,
                    (("shortcut", False), ("ani_helps", True)), ("fans_out", "words_of_calm"))


def start(p, event: ev.Action, cls: type) -> tuple[SetPieceScene, list]:
    got: list = []
    scene = SetPieceScene(p.ctx, event, cls)
    p.ctx.scenes.push(scene, got.append)
    p.run(int(INTRO * 60) + 3)
    return scene, got


def test_the_house_shields_with_a_held_key_and_answers_with_its_marks(launch) -> None:
    p = launch()
    p.ctx.settings.difficulty = "normal"
    scene, got = start(p, HOUSE, HouseEscape)
    assert scene.sim.momo_route, "the story's answer reaches the piece"
    x = scene.sim.s.bot[0]
    p.hold("left", 20)
    assert scene.sim.s.bot[0] < x
    x_key = pygame.key.key_code("x")
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=x_key, mod=0, unicode="", scancode=0))
    p.run(5)
    assert scene.sim.s.shielding, "the secondary held raises his shield"
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=x_key, mod=0, unicode="", scancode=0))
    p.run(2)
    assert not scene.sim.s.shielding
    while scene.sim.outcome is None:
        scene.sim.step(scene.sim.auto())
    p.run(int(HOLD * 60) + 5)
    assert got and got[0].outcome == "win" and "momo_tripped_pin" in got[0].marks


def test_the_stadium_takes_mai_s_words_from_the_number_keys(launch) -> None:
    p = launch()
    scene, got = start(p, STADIUM, StadiumFight)
    assert scene.sim.s.asking == 0
    p.press("1", 2)
    assert scene.sim.s.said == ["calm"] and scene.sim.s.phase == "crowd"
    while scene.sim.outcome is None:
        scene.sim.step(scene.sim.auto())
    p.run(int(HOLD * 60) + 5)
    assert got == [an.Play("win", frozenset({"fans_out", "words_of_calm"}))]

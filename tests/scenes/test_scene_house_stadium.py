"""The House and the Stadium in the window's presenter: keys shield, carry and choose Mai's words,
the painters draw every moment with their words as window text, and the end answers the story."""

from __future__ import annotations

import pygame
from piece_steps import start

from game.action.house import HouseEscape
from game.action.stadium import StadiumFight
from game.scenes.setpiece import HOLD
from game.story import answers as an
from game.story import events as ev

HOUSE = ev.Action("action_house", "house_escape", "The House", True, (("momo_route", True),),
                  ("momo_tripped_pin", "shielded_mai", "cracked_shell"))
STADIUM = ev.Action("action_stadium", "stadium_fight", "The Stadium", True,
                    (("shortcut", False), ("ani_helps", True)), ("fans_out", "words_of_calm"))


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


def _fight_frame(p, armed: bool) -> tuple[object, list[str], int]:
    """The stadium at the start of its fight, armed or not: the scene, every word the window drew
    in one frame, and how many pixels of the targeting reticle's colour stand around Ares."""
    from game.engine.theme import PALETTE

    event = ev.Action("action_stadium", "stadium_fight", "The Stadium", True,
                      (("shortcut", False), ("ani_helps", True), ("armed", armed)), ("fans_out", "words_of_calm"))
    p.ctx.settings.story_plays = True  # "let the story play it"
    scene, _ = start(p, event, StadiumFight)
    while scene.sim.s.phase != "fight":
        scene.sim.step(scene.sim.auto())
    canvas, said = p.app.canvas, []
    text = canvas.text

    def heard(words, *args, **kwargs):
        said.append(words)
        return text(words, *args, **kwargs)

    canvas.text = heard
    try:
        p.run(1)
    finally:
        del canvas.text
    ax, ay = (round(v) for v in scene.sim.s.ares)
    area = canvas.surface.subsurface(pygame.Rect(ax - 45, ay - 85, 90, 90))
    lit = sum(area.get_at((x, y))[:3] == PALETTE["holo"] for x in range(90) for y in range(90))
    return scene, said, lit


def test_the_stadium_window_shows_whether_7723_is_armed(launch) -> None:
    armed, armed_words, armed_lit = _fight_frame(launch(), True)
    unarmed, unarmed_words, unarmed_lit = _fight_frame(launch(), False)
    assert armed.sim.armed and not unarmed.sim.armed, "the story's answer reaches the piece"
    assert "TARGETED" in armed_words and "TARGETED" not in unarmed_words
    assert armed_lit > 40 and unarmed_lit == 0, "the module's reticle is on Ares only when armed"
    assert "Mai's voice carries the fight" in unarmed_words
    assert not any("no weapons" in w for w in armed_words)
    assert any("calm words steady him" in w for w in unarmed_words), "her choice of words says so"
    assert "no weapons" in " ".join(unarmed.spoken()) and "no weapons" not in " ".join(armed.spoken())

"""The Stadium: Mai's words, the crowd out before the countdown, then 7723 holding Ares."""

from __future__ import annotations

from story_drive import shipped_story, to_action

from game.action import PIECES
from game.action.core import IDLE, STEP, Intent, run
from game.action.stadium import COUNTDOWN, WORDS, StadiumFight
from game.story import answers as an
from game.story import events as ev
from game.story.session import PlaySession

MINUTES = int(3 * 60 / STEP)


def recorded(seed: int, difficulty: str, given: dict[str, bool]) -> tuple[StadiumFight, list[Intent]]:
    """A competent player's run, and the intents it played (a scripted input list)."""
    sim, intents = StadiumFight(seed, difficulty, given), []
    while sim.outcome is None and len(intents) < MINUTES:
        intents.append(sim.auto())
        sim.step(intents[-1])
    return sim, intents


def test_it_is_registered_under_the_story_s_piece_name() -> None:
    assert PIECES["stadium_fight"] is StadiumFight


def test_a_scripted_run_wins_on_normal_and_plays_the_same_every_time() -> None:
    sim, intents = recorded(11, "normal", {})
    assert sim.outcome == "win" and sim.marks == {"fans_out", "words_of_calm"}
    again = run(StadiumFight(11, "normal", {}), intents, MINUTES)
    assert (again.outcome, again.elapsed, again.marks, again.s.integrity) == (
        sim.outcome, sim.elapsed, sim.marks, sim.s.integrity)
    assert 30 <= sim.elapsed <= 180


def test_the_words_are_three_lines_at_three_moments_and_change_the_crowd() -> None:
    assert len(WORDS) == 3 and all(len(lines) == 3 for lines in WORDS)
    calm = run(StadiumFight(1, "normal", {}), [Intent(pick=1)], 5)
    shout = run(StadiumFight(1, "normal", {}), [Intent(pick=3)], 5)
    assert calm.s.said == ["calm"] and shout.s.said == ["defiant"]
    assert shout.s.countdown > calm.s.countdown + 7, "Ares stops to look at her"
    direct = run(StadiumFight(1, "normal", {}), [Intent(pick=2)], 5)
    assert sum(f.state == "going" for f in direct.s.fans) > 5


def test_normal_is_lost_when_7723_is_overwhelmed() -> None:
    idle = run(StadiumFight(1, "normal", {}), [], MINUTES)
    assert idle.outcome == "lose" and idle.s.integrity == 0
    assert "fans_out" not in idle.marks and idle.s.gone_off


def test_story_cannot_be_lost_and_wins_with_no_input() -> None:
    sim = run(StadiumFight(2, "story", {}), [IDLE], MINUTES)
    assert sim.outcome == "win" and sim.s.integrity >= 1 and 60 <= sim.elapsed <= 180
    assert sim.marks == frozenset(), "silence is not calm, and nobody moved the crowd"


def test_what_the_story_gives_changes_the_countdown_and_the_gate() -> None:
    plain, stair = StadiumFight(1, "normal", {}), StadiumFight(1, "normal", {"shortcut": True})
    assert stair.s.countdown == COUNTDOWN[True] > plain.s.countdown == COUNTDOWN[False]
    alone = run(StadiumFight(4, "normal", {}), [Intent(pick=1)], int(30 / STEP))
    ani = run(StadiumFight(4, "normal", {"ani_helps": True}), [Intent(pick=1)], int(30 / STEP))
    assert sum(f.state != "frozen" for f in ani.s.fans) > sum(f.state != "frozen" for f in alone.s.fans)


def test_the_marks_reach_the_story_through_a_session() -> None:
    session = PlaySession.new(shipped_story(), beat="stadium")
    session.runtime.state.counters["mood"] = 0
    action = to_action(session, ("main stairs",))
    given = dict(action.given)
    assert given == {"shortcut": False, "ani_helps": False}
    sim, _ = recorded(6, "normal", given)
    session.answer(an.Play("lose", sim.marks))  # knocked down, but the stands were already empty
    state = session.runtime.state
    assert {"crowd_safe", "calm_voice"} <= state.flags and state.counters["mood"] == 1
    lines = []
    while isinstance(session.event, (ev.Line, ev.Stage)):  # the lines, past the directions among them
        if isinstance(session.event, ev.Line):
            lines.append(session.event.text)
        session.answer(an.ADVANCE)
    assert any("lower tier is empty" in line for line in lines)
    assert not any("still people on the lower tier" in line for line in lines)
    assert any("slow and steady" in line for line in lines)


def test_every_moment_draws() -> None:
    import pygame  # the drawing only; the piece itself never needs pygame

    from game.engine.canvas import Canvas
    from game.engine.text import TextRenderer
    from game.scenes.pieces.stadium import draw, hud

    pygame.init()
    canvas = Canvas(TextRenderer())
    surface = canvas.surface
    for given in ({"ani_helps": True, "shortcut": True}, {}):
        sim = StadiumFight(9, "normal", given)
        while sim.outcome is None:
            sim.step(sim.auto())
            if round(sim.elapsed / STEP) % 20 == 0:
                canvas.begin()
                draw(sim, surface, sim.elapsed)
                hud(sim, canvas, sim.elapsed)
        draw(sim, surface, sim.elapsed)
        hud(sim, canvas, sim.elapsed)
    idle = run(StadiumFight(1, "normal", {}), [], MINUTES)
    assert idle.s.gone_off
    draw(idle, surface, idle.elapsed, reduce_motion=True)

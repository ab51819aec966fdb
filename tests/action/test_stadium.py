"""The Stadium: Mai's words, the crowd out before the countdown, then 7723 holding Ares."""

from __future__ import annotations

from functools import partial

from piece_runs import MINUTES, draw_every_moment
from piece_runs import recorded as record
from story_drive import shipped_story, to_action

from game.action import PIECES
from game.action.core import IDLE, STEP, Intent, run
from game.action.stadium import CALM_HOLD, COUNTDOWN, FANS_OUT_HOLD, HOLD_NEEDED, WORDS, StadiumFight
from game.story import answers as an
from game.story import events as ev
from game.story.session import PlaySession

recorded = partial(record, StadiumFight)


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


UNARMED = {"armed": False}


def to_the_fight(sim: StadiumFight) -> StadiumFight:
    """The piece's own player, until the stands are behind it and the fight begins."""
    while sim.s.phase != "fight":
        sim.step(sim.auto())
    return sim


def test_unarmed_the_same_inputs_play_harder_and_the_same_every_time() -> None:
    armed, intents = recorded(11, "normal", {})
    assert armed.outcome == "win" and StadiumFight(11, "normal", {}).armed, "armed unless the story says not"
    unarmed = run(StadiumFight(11, "normal", UNARMED), intents, MINUTES)
    again = run(StadiumFight(11, "normal", UNARMED), intents, MINUTES)
    assert (again.outcome, again.elapsed, again.s.integrity, again.s.held) == (
        unarmed.outcome, unarmed.elapsed, unarmed.s.integrity, unarmed.s.held)
    assert unarmed.outcome == "lose" and unarmed.s.integrity < armed.s.integrity
    assert unarmed.marks == armed.marks, "the crowd plays the same: only the fight is harder"


def test_unarmed_on_story_the_fight_lasts_longer_but_is_still_won() -> None:
    armed = run(StadiumFight(2, "story", {}), [IDLE], MINUTES)
    unarmed = run(StadiumFight(2, "story", UNARMED), [IDLE], MINUTES)
    assert unarmed.outcome == armed.outcome == "win" and unarmed.s.fight_time > armed.s.fight_time + 5


def test_unarmed_mai_s_calm_words_and_the_empty_stands_buy_him_time() -> None:
    armed, unarmed = to_the_fight(StadiumFight(3, "normal", {})), to_the_fight(StadiumFight(3, "normal", UNARMED))
    assert armed.s.said == unarmed.s.said == ["calm", "calm"] and unarmed.fans_out_in_time
    assert armed.s.held == 0.0 and unarmed.s.held == 2 * CALM_HOLD + FANS_OUT_HOLD
    held = unarmed.s.held
    unarmed.step(Intent(pick=1))  # a calm word in the fight steadies him
    assert unarmed.s.said[-1] == "calm" and unarmed.s.held >= held + CALM_HOLD
    held = armed.s.held
    armed.step(Intent(pick=1))
    assert armed.s.held < held + CALM_HOLD


def test_unarmed_the_story_s_own_player_leans_on_mai_and_still_wins_on_normal() -> None:
    armed, _ = recorded(5, "normal", {})
    unarmed, _ = recorded(5, "normal", UNARMED)
    assert armed.s.said == ["calm", "calm", "direct"] and unarmed.s.said == ["calm", "calm", "calm"]
    assert unarmed.outcome == "win" and unarmed.s.fight_time > armed.s.fight_time
    assert unarmed.s.held >= HOLD_NEEDED
    assert "no weapons" in unarmed.hint and "no weapons" not in armed.hint


def test_the_marks_reach_the_story_through_a_session() -> None:
    session = PlaySession.new(shipped_story(), beat="stadium")
    session.runtime.state.counters["mood"] = 0
    action = to_action(session, ("main stairs",))
    given = dict(action.given)
    assert given == {"shortcut": False, "ani_helps": False, "armed": False}
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
    from game.scenes.pieces import stadium
    from game.scenes.pieces.stadium import draw

    canvas = draw_every_moment(StadiumFight, stadium, ({"ani_helps": True, "shortcut": True}, {}, {"armed": False}))
    surface = canvas.surface
    idle = run(StadiumFight(1, "normal", {}), [], MINUTES)
    assert idle.s.gone_off
    draw(idle, surface, idle.elapsed, reduce_motion=True)

"""The House: shield them from Ares, lose Molly whatever happens, carry Mai and Momo out."""

from __future__ import annotations

from functools import partial

from piece_runs import MINUTES, draw_every_moment
from piece_runs import recorded as record
from story_drive import shipped_story, to_action

from game.action import PIECES
from game.action.core import IDLE, STEP, Intent, run
from game.action.house import EXITS, HouseEscape
from game.story import answers as an
from game.story import events as ev
from game.story.session import PlaySession

recorded = partial(record, HouseEscape)


def into_the_garage(seed: int) -> list[Intent]:
    """Play well until Mai is in his arms, then run for the garage: the way Ares expects."""
    sim, intents = HouseEscape(seed, "normal", {}), []
    while sim.s.holding != "mai":
        intents.append(sim.auto())
        sim.step(intents[-1])
    x0, y0, x1, y1 = EXITS["garage"]
    for _ in range(MINUTES):
        if sim.outcome is not None:
            break
        bx, by = sim.s.bot
        gx, gy = (x0 + x1) / 2, (y0 + y1) / 2
        intents.append(Intent(move=((gx - bx) / 100, (gy - by) / 100)))
        sim.step(intents[-1])
    return intents


def test_it_is_registered_under_the_story_s_piece_name() -> None:
    assert PIECES["house_escape"] is HouseEscape


def test_a_scripted_run_wins_on_normal_and_plays_the_same_every_time() -> None:
    sim, intents = recorded(7, "normal", {})
    assert sim.outcome == "win"
    again = run(HouseEscape(7, "normal", {}), intents, MINUTES)
    assert (again.outcome, again.elapsed, again.marks, again.s.harm) == (sim.outcome, sim.elapsed, sim.marks, sim.s.harm)
    assert 30 <= sim.elapsed <= 180, "a piece of one to three minutes (a good player is quicker)"


def test_molly_is_taken_whatever_happens() -> None:
    for sim in (recorded(3, "normal", {})[0], run(HouseEscape(3, "story", {}), [], MINUTES)):
        assert sim.s.people["molly"].taken and not sim.s.people["molly"].out
        assert all(sim.s.people[name].out for name in ("mai", "momo")) or sim.difficulty == "story"


def test_normal_is_lost_by_standing_still_or_by_running_for_the_garage() -> None:
    idle = run(HouseEscape(1, "normal", {}), [], MINUTES)
    assert (idle.outcome, idle.lost_at) == ("lose", "harm")
    garage = run(HouseEscape(1, "normal", {}), into_the_garage(1), MINUTES)
    assert (garage.outcome, garage.lost_at) == ("lose", "garage")


def test_story_cannot_be_lost_and_wins_with_no_input() -> None:
    sim = run(HouseEscape(5, "story", {}), [IDLE] * 10, MINUTES)
    assert sim.outcome == "win" and 60 <= sim.elapsed <= 180
    garage = run(HouseEscape(1, "story", {}), into_the_garage(1)[: int(40 / STEP)], MINUTES)
    assert garage.outcome == "win"


def test_momo_s_gap_opens_only_when_the_story_gives_it() -> None:
    without, _ = recorded(2, "normal", {"momo_route": False})
    given, _ = recorded(2, "normal", {"momo_route": True})
    assert not without.s.gap_open and "momo_tripped_pin" not in without.marks
    assert given.s.gap_open and "momo_tripped_pin" in given.marks
    assert given.elapsed < without.elapsed, "the gap is the short way out"
    refused = HouseEscape(2, "normal", {})
    refused.s.phase = "carry"
    refused.step(Intent(pick=1))
    assert not refused.momo_sent


def test_the_marks_reach_the_story_through_a_session() -> None:
    session = PlaySession.new(shipped_story(), beat="house_attack")
    session.runtime.state.core.held.append("bleep")
    action = to_action(session)
    given = dict(action.given)
    assert given == {"momo_route": True}
    sim, _ = recorded(4, "normal", given)
    assert sim.outcome == "win" and {"momo_tripped_pin", "shielded_mai"} <= sim.marks
    session.answer(an.Play(sim.outcome, sim.marks))
    flags = session.runtime.state.flags
    assert {"momo_distracted", "shielded_mai"} <= flags and "shell_cracked" not in flags
    lines = []
    while isinstance(session.event, ev.Line | ev.Stage):  # stage directions pass with the lines
        if isinstance(session.event, ev.Line):
            lines.append(session.event.text)
        session.answer(an.ADVANCE)
    assert any("Not one" in line for line in lines), "Mai answers the shield"


def test_without_bleep_the_piece_is_not_given_momo() -> None:
    action = to_action(PlaySession.new(shipped_story(), beat="house_attack"))
    assert dict(action.given) == {"momo_route": False}


def test_every_moment_draws_and_reduce_motion_keeps_the_picture_still() -> None:
    import pygame  # the drawing only; the piece itself never needs pygame

    from game.scenes.pieces import house
    from game.scenes.pieces.house import draw

    draw_every_moment(HouseEscape, house, ({"momo_route": True}, {}))
    sim = HouseEscape(1, "normal", {})
    while not any(f.kind == "boom" for f in sim.s.fx):  # until the first blow lands
        sim.step(IDLE)
    still, shaken = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    draw(sim, still, 10.0 + 1 / 12, reduce_motion=True)
    draw(sim, shaken, 10.0 + 1 / 12)
    assert pygame.image.tobytes(still, "RGB") != pygame.image.tobytes(shaken, "RGB"), "a blow shakes the room"
    calm = pygame.Surface((640, 360))
    draw(sim, calm, 10.0 + 5 / 12, reduce_motion=True)  # another moment of the shake: still the same picture
    assert pygame.image.tobytes(still, "RGB") == pygame.image.tobytes(calm, "RGB")

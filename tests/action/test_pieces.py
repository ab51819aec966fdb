"""The Freeway and Payback as a player would meet them: each can be won and lost on "normal" with
the inputs given, cannot be lost on "story" (and wins with no input at all), lasts between one and
three minutes, and plays out the same every time from the same seed and inputs."""

from __future__ import annotations

import random

import pytest

from game.action import PIECES
from game.action.core import STEP, Intent, run
from game.action.freeway import Freeway
from game.action.payback import Payback

MINE = ("freeway_chase", "payback")
LIMIT = int(200 / STEP)  # no piece runs longer than this


def recorded(name: str, seed: int) -> list[Intent]:
    """The intents of a competent player (the piece's own `auto`), written down as a script."""
    sim = PIECES[name](seed, "normal", {})
    script = []
    while sim.outcome is None and len(script) < LIMIT:
        script.append(sim.auto())
        sim.step(script[-1])
    return script


def noise(seed: int, n: int = 3000) -> list[Intent]:
    rng = random.Random(seed)
    return [Intent(move=(rng.uniform(-1, 1), rng.uniform(-1, 1)), aim=(rng.uniform(0, 640), rng.uniform(0, 360)),
                   act=rng.random() < 0.2, alt=rng.random() < 0.2) for _ in range(n)]


@pytest.mark.parametrize("name", MINE)
def test_each_is_registered_under_its_story_piece(name: str) -> None:
    assert PIECES[name] is {"freeway_chase": Freeway, "payback": Payback}[name]


@pytest.mark.parametrize("name", MINE)
def test_normal_is_won_by_a_careful_script_and_lost_by_doing_nothing(name: str) -> None:
    won = run(PIECES[name](3, "normal", {}), recorded(name, 3), LIMIT)
    assert won.outcome == "win"
    lost = run(PIECES[name](3, "normal", {}), [], LIMIT)
    assert lost.outcome == "lose"


@pytest.mark.parametrize("name", MINE)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_story_cannot_be_lost_and_wins_with_no_input_after_one_to_three_minutes(name: str, seed: int) -> None:
    idle = run(PIECES[name](seed, "story", {}), [], LIMIT)
    assert idle.outcome == "win"
    assert 60 <= idle.elapsed <= 180
    wild = run(PIECES[name](seed, "story", {}), noise(seed, 12000), LIMIT)
    assert wild.outcome == "win"


@pytest.mark.parametrize("name", MINE)
def test_the_same_seed_and_inputs_play_out_the_same(name: str) -> None:
    a = run(PIECES[name](11, "normal", {}), noise(5), LIMIT)
    b = run(PIECES[name](11, "normal", {}), noise(5), LIMIT)
    assert (a.outcome, a.marks, a.elapsed) == (b.outcome, b.marks, b.elapsed)
    c = run(PIECES[name](12, "normal", {}), noise(6), LIMIT)
    assert (c.outcome, c.marks) is not None


def test_firing_back_is_marked_and_brings_more_drones() -> None:
    calm = run(Freeway(4, "story", {}), [], int(20 / STEP))
    angry = run(Freeway(4, "story", {}), [Intent(act=True)] * int(20 / STEP), int(20 / STEP))
    assert calm.marks == frozenset() and angry.marks == {"fired_back"}
    assert angry.escalation > calm.escalation


def test_the_shield_turns_shots_away() -> None:
    bare = run(Freeway(8, "story", {}), [], int(40 / STEP))
    shielded = run(Freeway(8, "story", {}), [Intent(alt=True)] * int(40 / STEP), int(40 / STEP))
    assert shielded.blocked > 0 and bare.blocked == 0
    assert shielded.hits < bare.hits


def test_payback_strikes_spares_and_smashes_what_mai_points_at() -> None:
    sim = Payback(2, "normal", {})
    ric = next(b for b in sim.bots if b.kind == "ric")
    run(sim, [Intent(aim=(ric.x, ric.y), alt=True)], 1)
    assert sim.marks == {"spared_one"} and ric.state == "spared"
    table = sim.tables[0]
    middle = (table.x + table.w / 2, table.y + table.h / 2)
    run(sim, [Intent(aim=middle, act=True)] * int(3 / STEP), int(3 / STEP))
    assert table.smashed and sim.marks == {"spared_one", "smashed_tables"}


def test_the_bots_on_the_attack_are_not_spared() -> None:
    sim = run(Payback(2, "normal", {}), [], int(4 / STEP))
    bot = next(b for b in sim.attackers if b.active)
    run(sim, [Intent(aim=(bot.x, bot.y), alt=True)], 1)
    assert bot.active and "spared_one" not in sim.marks


def test_round_two_brings_more_bots() -> None:
    first = run(Payback(1, "normal", {}), [], int(3 / STEP))
    second = run(Payback(1, "normal", {"fought_back": True}), [], int(3 / STEP))
    assert len(second.attackers) > len(first.attackers)

"""Every explore beat of the shipped story, walked in the window from its start to its goal.

The pilot boots the game at the beat, and whenever the story waits for the player to pick a place it
steers Mai there with the arrow keys (the shortest way round walls and people), checks the spot is the
one lit up above her head, and presses confirm; lines and menus are answered with confirm. A beat is
done when the story has moved on to the next beat. Each time, the pilot picks a spot it has not used
yet (the first offered, in the story's order), so it looks around before it follows the thread that
moves the story on; spots still unused when the beat ends are left unvisited.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.story import events as ev
from game.story.compiler import load_story

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "story"


def explore_beats() -> list[str]:
    story, diags = load_story(STORY)
    assert story is not None, [str(d) for d in diags]
    return [b.id for b in story.beats.values() if b.scene == "explore"]


def walk_through(p, beat: str, limit: int = 400) -> list[str]:
    """Play `beat` on foot until the story leaves it; the spots used, in order."""
    used: list[str] = []
    for _ in range(limit):
        rt = p.rt
        if rt.finished or rt.state.beat != beat:
            return used
        play = p.play
        if type(p.top).__name__ == "ReviewScene":
            p.press("down")  # from the cards to the buttons: keep everything tonight
            p.press("return")
            continue
        if play is None or p.top is not play or not play.stage.walking:
            p.press("return", 1)  # a beat card, a line, a menu: on with the story
            continue
        stage = play.stage
        offered = [o.node for o in rt.event.options if o.node in stage.active_nodes]
        assert offered, f"{beat}: the story waits at {rt.event} with no spot on the map"
        target = next((n for n in offered if n not in used), offered[0])
        spot = next(o for o in stage.spots if o.props["node"] == target)
        p.walk(stage.map.tiles_of(spot.rect))
        assert stage.near is spot, f"{beat}: walked to {target} but {stage.near and stage.near.name} is lit"
        p.press("return")
        used.append(target)
    raise AssertionError(f"{beat}: still in the beat after {limit} steps; used {used}, event {p.rt.event}")


@pytest.mark.parametrize("beat", explore_beats())
def test_the_beat_is_walked_to_its_goal(launch, beat) -> None:
    p = launch(beat, story=STORY)
    used = walk_through(p, beat)
    assert used, f"{beat} was never walked"
    assert p.rt.finished or p.rt.state.beat != beat
    assert isinstance(p.rt.event, ev.BeatStart | ev.Ending) or p.rt.finished, p.rt.event

"""The place to look that moves the story on is known from the story's shape, and said so.

A spot is marked onward only when no way through it comes back to the place it was chosen from:
either side of a condition that may return leaves it unmarked, so the mark is never a false promise.
"""

from __future__ import annotations

from pathlib import Path

from test_explore import write_story

from game.story import answers as an
from game.story import events as ev
from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.story import ExploreI
from game.textmode.spots import Looked

HUB = {
    "yard": {"title": "Yard", "scene": "dialogue", "start": "look", "next": "end", "nodes": {
        "look": [{"explore": [
            {"text": "The bench", "goto": "bench"},
            {"text": "The shed", "goto": "shed"},
            {"text": "The gate", "goto": "gate"},
            {"text": "The hole", "goto": "hole"},
        ]}],
        "bench": ["A bench."],  # ends: back to the yard
        "shed": ["A shed.", {"goto": "shed_inside"}],
        "shed_inside": ["Dark.", {"goto": "gate", "if": "c >= 2"}],  # on some roads it comes back
        "gate": ["Out.", {"beat": "end"}],
        "hole": ["Down.", {"choice": [{"text": "Jump.", "goto": "gate"}, {"text": "Climb.", "goto": "gate"}]}],
    }},
    "end": {"title": "End", "scene": "dialogue", "start": "e", "nodes": {"e": ["Done.", {"ending": "high"}]}},
}


def spots(tmp_path: Path) -> dict[str, bool]:
    story, diags = load_story(write_story(tmp_path, HUB))
    assert story is not None, diags
    rt = Runtime(story, seed=1)
    while not (isinstance(rt.event, ev.Choice) and rt.event.kind == "explore"):
        rt.answer(an.ADVANCE)
    return {o.text: o.onward for o in rt.event.options}


def test_a_spot_every_way_out_of_leads_on_is_marked_and_one_that_may_return_is_not(tmp_path: Path) -> None:
    assert spots(tmp_path) == {"The bench": False, "The shed": False, "The gate": True, "The hole": True}


def test_the_terminal_says_which_spot_moves_the_story_on(tmp_path: Path) -> None:
    looked = Looked()
    e = ev.Choice("yard.x", "explore", (ev.Option(0, "a", "The bench", "bench"), ev.Option(1, "b", "The gate", "gate", True)))
    assert looked.note(e, e.options[0]) == "" and "moves the story on" in looked.note(e, e.options[1])
    looked.mark(e, e.options[0])
    assert looked.note(e, e.options[0]) == "  (looked)"


def test_every_shipped_hub_has_at_most_its_ways_out_marked() -> None:
    story, _ = load_story(Path(__file__).resolve().parents[2] / "story")
    hubs = [ins for b in story.beats.values() for n in b.nodes.values() for ins in n.code if isinstance(ins, ExploreI)]
    assert any(sp.onward for h in hubs for sp in h.spots), "the shipped story has places that move it on"
    assert all(not all(sp.onward for sp in h.spots) for h in hubs if len(h.spots) > 2), \
        "a place with several spots has some to come back from"


def test_the_window_says_it_in_what_to_do_now() -> None:
    from game.scenes.objective import _goal  # the window's words; the scenes' package needs no display here

    e = ev.Choice("yard.x", "explore", (ev.Option(0, "a", "The bench", "bench"), ev.Option(1, "b", "The gate", "gate", True)))
    assert _goal(e, "explore", "the yard").endswith("The gate moves the story on.")
    assert "moves the story on" not in _goal(ev.Choice("y", "explore", e.options[:1]), "explore", "the yard")

"""The garden test story as scene tests write their own beats of it, and the way through it that
several take: the bench, then the gate."""

from __future__ import annotations

from game.story import events as ev

GARDEN_HEAD = """beat: garden
title: "The Garden"
scene: explore
place: "A small walled garden"
map: garden
start: look
next: end
stage: {{time: {time}}}
nodes:
"""


def garden_beat(nodes: str, time: str = "day") -> str:
    """A beat of the garden at `time` with these nodes (YAML, indented under `nodes:`)."""
    return GARDEN_HEAD.format(time=time) + nodes


def to_choice(p) -> None:
    """Play the garden (bench, then the gate) until its choice is on screen."""
    rt = p.rt
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    p.play.choose(0)  # the bench, as if walked to
    p.until(lambda: isinstance(rt.event, ev.Choice) and rt.event.kind == "explore", key="return")
    p.play.choose(1)  # the gate
    p.until(lambda: isinstance(rt.event, ev.Choice) and rt.event.kind == "choice", key="return")


def to_review(p) -> None:
    """On through the choice (Run) until the review is on screen."""
    to_choice(p)
    p.press("return")  # Run
    p.on("ReviewScene")

"""What Mai is doing now, in a sentence: the reminder the pause menu shows.

The story has no objective list of its own, so the reminder is drawn from what the session already
knows: the beat's number, title and place, and what the story is waiting for (a look round with the
spots still open, a decision, a review of the core, a set-piece, the reboot).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.story import events as ev

BY_SCENE = {  # while a line is being said, by the kind of beat it belongs to
    "explore": "Look around {place} and talk to whoever is there.",
    "dialogue": "Listen, and answer when you are asked.",
    "memory_review": "The memory core is filling up: get ready to choose what goes.",
    "action": "Get through what is coming.",
    "ending": "See the night through.",
}


@dataclass(frozen=True)
class Objective:
    where: str  # "7. The Garage, in the lower city"
    goal: str  # one short sentence


def objective(session: Any) -> Objective | None:
    """Where the session stands and what Mai is doing; None with no game going."""
    if session is None:
        return None
    beat = session.beat
    place = beat.place or "here"
    where = f"{beat.number}. {beat.title}" + (f", {beat.place}" if beat.place else "")
    return Objective(where, _goal(session.event, beat.scene, place))


def _goal(e: object, scene: str, place: str) -> str:
    if isinstance(e, ev.Choice) and e.kind == "explore":
        n = len(e.options)
        spots = "one thing" if n == 1 else f"{n} things"
        onward = next((o.text for o in e.options if o.onward), None)  # the spot that leaves the rest behind
        later = f" {onward} moves the story on." if onward and n > 1 else ""
        return f"Look around {place}: {spots} still to see or do.{later}"
    if isinstance(e, ev.Choice):
        return "Decide what Mai does next."
    if isinstance(e, ev.Review):
        free = f"free {e.must_free} slot{'s' if e.must_free != 1 else ''}" if e.must_free else "choose what stays"
        return f"The core is full: {free} by choosing memories to delete."
    if isinstance(e, ev.Action):
        return f"Get through it: {e.title}."
    if isinstance(e, ev.Reboot):
        return "Put Mai's memories back in the order they happened."
    if isinstance(e, ev.GameOver):
        return "The night begins again: nothing is lost."
    return BY_SCENE.get(scene, "Listen, and answer when you are asked.").format(place=place)

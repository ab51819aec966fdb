"""The order a map's spots are listed in the terminal: the ones not yet looked at first, in the
story's order, then those already looked at, the longest ago first.

The window lets the player walk where they like; the terminal lists the spots, and a player who
always answers 1 would otherwise look at the same spot forever. With the looked spots sinking to
the bottom, the one looked at longest ago rising back, answering 1 again and again visits every spot
in turn, the way out included, so no way of answering can stall the game.
"""

from __future__ import annotations

from ..story.events import Choice, Option

Key = tuple[str, str | None]  # the explore's id and the node the spot starts


class Looked:
    """Which spots this terminal has looked at, and when (a running count: later is larger)."""

    def __init__(self) -> None:
        self.when: dict[Key, int] = {}
        self.count = 0

    def seen(self, e: Choice, o: Option) -> bool:
        return (e.id, o.node) in self.when

    def note(self, e: Choice, o: Option) -> str:
        """What is said after a spot's name: looked at already, or the one that moves the story on
        (the places not yet looked at are left behind)."""
        if e.kind != "explore":
            return ""
        if o.onward:
            return "  (moves the story on)"
        return "  (looked)" if self.seen(e, o) else ""

    def mark(self, e: Choice, o: Option) -> None:
        self.count += 1
        self.when[(e.id, o.node)] = self.count

    def order(self, e: Choice) -> list[Option]:
        """The options as listed: a dialogue choice in its own order, spots unlooked first."""
        if e.kind != "explore":
            return list(e.options)
        fresh = [o for o in e.options if not self.seen(e, o)]
        old = sorted((o for o in e.options if self.seen(e, o)), key=lambda o: self.when[(e.id, o.node)])
        return fresh + old

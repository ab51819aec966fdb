"""The directions played on a stage, each with the stage as it stood before it, so stepping back
through the story (the rewind keys, the mouse wheel) puts the light, the camera and the people it
moved back as they were, and stepping forward again plays those directions once more.

The director counts the answers it gives; a direction is noted with that count. Going back `n`
answers undoes every direction noted at or after where the story now stands; going forward plays
again, at once, those it has passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.story import events as ev

from . import stands
from .crowd import named
from .looks import dress
from .staging import direct, fill_stands

if TYPE_CHECKING:
    from .place import Walker
    from .props import Kept
    from .stage import Stage
    from .walking import Pacer


@dataclass
class Person:
    """Someone a direction moved, as they were before it (walker None: not on the map yet)."""

    who: str
    walker: Walker | None
    pos: pygame.Vector2 = field(default_factory=pygame.Vector2)
    facing: str = "down"
    pose: str = "stand"
    on: bool = False  # on the map (drawn)
    standing: bool = False  # among the people who stand about
    pacer: Pacer | None = None  # strolling a path
    look: str = ""  # how they looked (looks.py)


@dataclass
class Take:
    """One direction: when it came (answers given before it), what it said, the stage before it."""

    at: int
    event: ev.Stage
    light: tuple[str, tuple[str, ...], bool]
    camera: str
    dark: float
    people: list[Person]
    props: list[Kept] = field(default_factory=list)
    stands: str = ""  # "empty", "half" or "full": the map's seats before it, when it empties or fills them


class Takes:
    """The directions played on one stage, and those stepping back undid."""

    def __init__(self, stage: Stage) -> None:
        self.stage = stage
        self.count = 0  # answers the director has given on this stage
        self.played: list[Take] = []
        self.ahead: list[Take] = []  # undone by stepping back, played again stepping forward

    def note(self, e: ev.Stage) -> None:
        """A direction is about to play: keep the stage as it stands."""
        self.played.append(self._take(e))

    def answered(self) -> None:
        """The director gave an answer: the story went on its own way, past what was undone."""
        self.count += 1
        self.ahead = []

    def stepped(self, by: int, moved: int) -> None:
        if by < 0:
            self.count = max(0, self.count - moved)
            undone = []
            while self.played and self.played[-1].at >= self.count:
                undone.append(self.played.pop())
                self._restore(undone[-1])
            self.ahead = undone[::-1] + self.ahead
        else:
            self.count += moved
            while self.ahead and self.ahead[0].at < self.count:
                take = self.ahead.pop(0)
                self.played.append(self._take(take.event, take.at))
                direct(self.stage, take.event, instant=True)

    def _take(self, e: ev.Stage, at: int | None = None) -> Take:
        s = self.stage
        lit = s.lighting
        people = [self._person(who) for c in e.cast for who in named(s.direction, c.who)]  # a group: each of them
        seats = stands.state(s.here.maps.get(s.home or "")) if e.stands else ""
        return Take(self.count if at is None else at, e, (lit.time, lit.lights, lit.blackout),
                    s.direction.camera, s.effects.dark, people, s.direction.props.keep(), seats)

    def _person(self, who: str) -> Person:
        d = self.stage.direction
        w = d.find(who)
        if w is None:
            return Person(who, None)
        pacer = next((pc for pc in d.place.pacers if pc.walker is w), None)
        return Person(who, w, pygame.Vector2(w.pos), w.facing, w.pose, w.alive(), w in d.place.npcs, pacer, w.look)

    def _restore(self, take: Take) -> None:
        s = self.stage
        s.lighting.time, s.lighting.lights, s.lighting.blackout = take.light
        s.direction.camera = take.camera
        s.effects.hurry()
        s.effects.dark = take.dark
        for p in take.people:
            self._put_back(p)
        if take.event.props:
            s.direction.props.put_back(take.props)
        if take.stands:
            fill_stands(s, take.stands)

    def _put_back(self, p: Person) -> None:
        d = self.stage.direction
        place = d.place
        d.walks.pop(p.who, None)
        d.then_leave.discard(p.who)
        w = p.walker or d.cast.get(p.who)
        if w is None:
            return
        if p.walker is None or not p.on:  # not there before: off again
            w.kill()
            place.npcs = [n for n in place.npcs if n is not w]
            if p.walker is None:
                d.cast.pop(p.who, None)
            return
        w.pos, w.facing, w.pose, w.moving = pygame.Vector2(p.pos), p.facing, p.pose, False
        dress(self.stage.ctx.assets, w, p.look or "plain")
        if place.map is not None:
            place.sent_off.discard((place.map.name, w.tag))  # back on the map: a doorway keeps them
        if place.map is not None and not w.alive():
            place.map.group.add(w)
        if p.standing and w not in place.npcs:
            place.npcs.append(w)
        if p.pacer is not None and p.pacer not in place.pacers:
            place.npcs = [n for n in place.npcs if n is not w]
            place.pacers.append(p.pacer)
        if not p.standing and p.pacer is None:
            place.npcs = [n for n in place.npcs if n is not w]
        w.refresh()

"""Who is where on the stage, and where the camera looks: the cast and camera parts of a direction.

A stage direction (`game.story.events.Stage`) places people at named objects of the map (`at`),
walks them there along the walkable grid at walking pace (`walk`), turns them (`face`), poses them
(`pose`) and takes them off (`leave`). People already on the map (its npcs and passers-by, and the
beat's lead) are found by the name of their map object, by `sprite#n` (the nth of that sprite on the
map), or by their sprite's name, which is their character id; anyone else is brought on with their
sprite sheet (`qbot#2` with the qbot's), and is known by the name the direction gave them. The camera follows whoever speaks when they are on the map, unless a
direction says to follow someone, pan to a spot or hold still; `shake` jolts it for a while.

Nothing here draws: the stage asks where the camera aims and how far it is shaken.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pygame

from game.engine.motion import shake
from game.engine.tilemap import MapObject
from game.story.events import Cast
from game.story.stagewords import CAMERA_SPEAKER, MOVING_POSES, nth_parts

from .crowd import act_group
from .falling import FALL
from .flying import FLY, Flight
from .flying import SPEED as FLYING
from .looks import dress
from .place import Place, Walker
from .poses import load_posed
from .props import Props, big_tiles
from .walking import RUN, Walk, blocked_grid

if TYPE_CHECKING:
    from game.engine.assets import Assets

log = logging.getLogger(__name__)

SHAKE_PIXELS = 4.0  # the widest jolt of a shake, at its start
NEAR = 3  # tiles round a spot looked through for a free place to stand, when the spot itself is solid


class Direction:
    """The cast and the camera of one stage, as the directions so far have left them."""

    def __init__(self, assets: Assets, place: Place) -> None:
        self.assets = assets
        self.place = place
        self.cast: dict[str, Walker] = {}  # people the directions brought on, by character id
        self.walks: dict[str, tuple[Walker, Walk[MapObject]]] = {}  # walks under way
        self.then_face: dict[str, str] = {}  # who turns which way once they arrive
        self.then_pose: dict[str, str] = {}
        self.then_leave: set[str] = set()  # who goes off the map once they arrive (`leave: spot`)
        self.reserved: set[tuple[int, int]] | None = None  # tiles this direction's walks end on
        self.camera = ""  # "follow:<who>" | "pan:<spot>" | "hold" | "": follow whoever speaks
        self.camera_node = ""  # the node whose direction last set the camera
        self.speaker: str | None = None
        self.shaking = 0.0  # seconds of shake left
        self.shake_t = 0.0
        self.warned: set[str] = set()
        self.props = Props(assets, lambda name: big_tiles(place.map, name))  # things put down, held (props.py)

    # --- who is on the map ---------------------------------------------------------------------

    def on_map(self) -> list[Walker]:
        p = self.place
        people = [w for w in (p.mai, *p.npcs, *(pc.walker for pc in p.pacers)) if isinstance(w, Walker)]
        return [w for w in people if w.alive()]

    def find(self, who: str) -> Walker | None:
        if who in self.cast and self.cast[who].alive():
            return self.cast[who]
        people = self.on_map()
        return next((w for w in people if who in (w.name, w.tag)), None) \
            or next((w for w in people if w.who == who), None)

    def spot(self, name: str) -> MapObject | None:
        """A named object of the map: its name, or the node a story spot starts."""
        tm = self.place.map
        if tm is None or not name:
            return None
        return next((o for o in tm.objects if o.name == name), None) \
            or next((o for o in tm.objects if o.type == "spot" and o.props.get("node") == name), None)

    def warn(self, what: str) -> None:
        self._warn(what)

    def _warn(self, what: str) -> None:
        if what not in self.warned:
            self.warned.add(what)
            log.warning("stage direction: %s", what)

    # --- directions ----------------------------------------------------------------------------

    def direct(self, cast: tuple[Cast, ...], camera: str, shake_s: float, instant: bool = False) -> None:
        """Carry out a direction's cast and camera parts (`instant`: walks end where they lead)."""
        if self.place.map is None:
            return
        self.reserved = set()  # two people sent to one spot stand side by side, not in one another
        try:
            for c in cast:
                self.act(c, instant)
        finally:
            self.reserved = None
        if camera:
            self.camera = "" if camera == CAMERA_SPEAKER else camera  # "": whoever speaks, as at first
        if shake_s > 0:
            self.shaking, self.shake_t = max(self.shaking, shake_s), 0.0

    def act(self, c: Cast, instant: bool = False) -> None:
        if act_group(self, c, instant):  # `fan*`: each of them
            return
        if c.leave:
            if not (c.walk and not instant and self._walk_off(c.who, c.spot)):
                self._leave(c.who)
            self._pace(c.who, c.pace)
            return
        w = self.find(c.who)
        there = self.spot(c.spot) if c.spot else None
        if c.spot and there is None:
            self._warn(f"{c.who}: no object named {c.spot!r} on {self.place.map.name}")
        if w is None:
            if there is None:
                self._warn(f"{c.who} is not on {self.place.map.name}, and no spot says where they appear")
                return
            w = self._bring_on(c.who, there)
        if there is not None and c.walk and not instant and c.pace == FLY:
            self._fly(c.who, w, there)
        elif there is not None and c.walk and not instant:
            self._walk(c.who, w, there)
            self._pace(c.who, c.pace)
        elif there is not None:
            self.walks.pop(c.who, None)
            w.flight = None
            self._stand(w)
            w.pos = pygame.Vector2(there.rect.center)
            w.moving = False
            if c.walk and w.pose not in MOVING_POSES:
                w.pose = "stand"  # a walk played at once ends on their feet, as one at walking pace does
        if c.who in self.walks:  # turned and posed once they are there
            self.then_face[c.who], self.then_pose[c.who] = c.face, c.pose
            if c.pose in MOVING_POSES:  # but crawl there, or carry her there, all the way
                w.pose = c.pose
        else:
            w.facing = c.face or w.facing
            _take_pose(w, c.pose or w.pose)
        if c.look:
            dress(self.assets, w, c.look, self._warn)
        w.refresh()

    def _stand(self, w: Walker) -> None:
        """Someone put at a spot stands there: a passer-by stops strolling its path (which would
        take it straight back)."""
        p = self.place
        if any(pc.walker is w for pc in p.pacers):
            p.pacers = [pc for pc in p.pacers if pc.walker is not w]
            if w not in p.npcs and w is not p.mai:
                p.npcs.append(w)

    def _bring_on(self, who: str, there: MapObject) -> Walker:
        nth = nth_parts(who)
        sprite = nth[0] if nth else who
        sheet = load_posed(self.assets, sprite, nth[1] if nth else 1)
        if sheet.stand_in:
            self._warn(f"{sprite} has no sprite sheet (assets/sprites/{sprite}.png): a stand-in figure is shown")
        w = Walker(sheet, there.rect.center, "down", who=sprite)
        w.tag = who if nth else ""
        self.cast[who] = w
        self._enter(w)
        return w

    def _enter(self, w: Walker) -> None:
        p = self.place
        if p.map is not None and w not in p.npcs and w is not p.mai:
            p.npcs.append(w)
            p.map.group.add(w)

    def _pace(self, who: str, pace: str) -> None:
        """`pace: run`: the walk just set off goes at a run."""
        if pace == "run" and who in self.walks:
            self.walks[who][1].pace = RUN

    def _walk_off(self, who: str, spot: str) -> bool:
        """`leave: spot`: walk there, and go once arrived; False when they cannot set off."""
        w, there = self.find(who), self.spot(spot)
        if w is None or there is None:
            return False
        self._walk(who, w, there)
        if who in self.walks:
            self.then_leave.add(who)
        return who in self.walks

    def _leave(self, who: str) -> None:
        w = self.find(who)
        if w is None:
            return
        self.walks.pop(who, None)
        self.then_leave.discard(who)
        p = self.place
        p.send_off(w, mapped=w not in self.cast.values())
        w.kill()  # off the map: no longer drawn
        p.npcs = [n for n in p.npcs if n is not w]
        p.pacers = [pc for pc in p.pacers if pc.walker is not w]
        self.cast.pop(who, None)

    def clear(self) -> None:
        """The scene moved to another map: nobody the directions brought on is there, nobody walks,
        and the camera goes back to whoever speaks."""
        self.cast, self.walks, self.then_face, self.then_pose, self.then_leave = {}, {}, {}, {}, set()
        self.camera = ""
        self.props.clear()

    def restage(self) -> None:
        """Back on the beat's own map after a doorway: the people the directions brought on return."""
        if self.place.map is not None and not self.place.away:
            for w in self.cast.values():
                self._enter(w)

    # --- walking -------------------------------------------------------------------------------

    def _walk(self, who: str, w: Walker, there: MapObject) -> None:
        """Walk `w` along the walkable grid to the object's middle (or the nearest free tile to it)."""
        tm = self.place.map
        assert tm is not None
        p = self.place
        p.pacers = [pc for pc in p.pacers if pc.walker is not w]  # a passer-by told to walk stops strolling
        if w not in p.npcs and w is not p.mai:
            p.npcs.append(w)
        others = [t for n in p.npcs if n is not w for t in tm.tiles_of(n.feet)] + list(self.reserved or ())
        grid = blocked_grid(tm.grid, others)
        goals = self._goals(grid, there)
        walk: Walk[MapObject] = Walk()
        start = tm.tile_of(w.feet.center)
        if not goals or not (walk.plan(grid, start, goals, tm.foothold) or walk.plan(tm.grid, start, goals, tm.foothold)):
            self._warn(f"{who} cannot walk to {there.name} on {tm.name}: they appear there")
            w.pos = pygame.Vector2(there.rect.center)
            return
        centre = pygame.Vector2(there.rect.center)
        if tm.tile_of(centre) == tm.tile_of(walk.route[-1]):
            walk.route.append(centre)  # arrive at the object's middle, not the tile's foothold
        self.walks[who] = (w, walk)
        if self.reserved is not None:  # the next of the group stops beside them, not on them
            self.reserved.add(tm.tile_of(walk.route[-1]))
        if w.pose not in MOVING_POSES:  # carrying her, or crawling, they go on so
            w.pose = "stand"

    def _fly(self, who: str, w: Walker, there: MapObject) -> None:
        """`pace: fly`: `w` goes straight to the object's middle through the air, over whatever is
        between, fast, on an arc (flying.py)."""
        p = self.place
        p.pacers = [pc for pc in p.pacers if pc.walker is not w]  # a passer-by sent flying stops strolling
        if w not in p.npcs and w is not p.mai:
            p.npcs.append(w)
        end = pygame.Vector2(there.rect.center)
        walk: Walk[MapObject] = Walk()
        walk.route, walk.pace = [end], FLYING
        w.flight = Flight(pygame.Vector2(w.pos), end)
        self.walks[who] = (w, walk)
        if w.pose not in MOVING_POSES:
            w.pose = "stand"

    def _goals(self, grid: list[list[bool]], there: MapObject) -> list[tuple[int, int]]:
        """Free tiles to walk to: under the object if any is free, else the nearest ring round it."""
        tm = self.place.map
        assert tm is not None
        cx, cy = tm.tile_of(there.rect.center)
        if 0 <= cy < len(grid) and 0 <= cx < len(grid[0]) and not grid[cy][cx]:
            return [(cx, cy)]
        tw, th = tm.tile
        for ring in range(NEAR + 1):
            box = there.rect.inflate(ring * tw * 2, ring * th * 2).clip(tm.bounds)
            free = [(x, y) for x, y in tm.tiles_of(box) if not grid[y][x]]
            if free:
                return free
        return []

    def walking(self, w: Walker | None) -> bool:
        return w is not None and any(walker is w for walker, _ in self.walks.values())

    @property
    def busy(self) -> bool:
        """Someone is still on their way."""
        return bool(self.walks)

    def update(self, dt: float) -> None:
        for who, (w, walk) in list(self.walks.items()):
            walk.advance(w, (0, 0), dt, lambda feet: True)
            if not walk.route:
                self._arrive(who, w)
            w.refresh()
        self.props.tick(dt)
        self.place_props()
        if self.shaking > 0:
            self.shake_t += dt
            self.shaking = max(0.0, self.shaking - dt)

    def place_props(self) -> None:
        """The props where they are now: held ones on their holders (none of the beat's own shown
        while Mai is away on another map)."""
        p = self.place
        self.props.update(p.map.group if p.map is not None and not p.away else None, self.find)

    def _arrive(self, who: str, w: Walker) -> None:
        self.walks.pop(who, None)
        w.moving = False
        w.flight = None  # landed
        w.facing = self.then_face.pop(who, "") or w.facing
        _take_pose(w, self.then_pose.pop(who, "") or w.pose)  # over an edge they were walked to, a fall
        if who in self.then_leave:
            self._leave(who)

    def finish(self, w: Walker | None) -> None:
        """`w`, if a direction is walking them, is where the walk leads now."""
        for who, (walker, walk) in list(self.walks.items()):
            if walker is w:
                if walk.route:
                    w.pos = pygame.Vector2(walk.route[-1])
                self._arrive(who, w)
                w.refresh()

    def hurry(self) -> None:
        """Everyone on their way is there now (the player skipped the wait)."""
        for who, (w, walk) in list(self.walks.items()):
            if walk.route:
                w.pos = pygame.Vector2(walk.route[-1])
            self._arrive(who, w)
            w.refresh()
        self.shaking = 0.0

    # --- the camera ----------------------------------------------------------------------------

    def aim(self, camera: pygame.Vector2) -> pygame.Vector2 | None:
        """Where the camera should look now (map pixels), or None to leave it to the story's spots."""
        how, _, what = self.camera.partition(":")
        if how == "hold":
            return pygame.Vector2(camera)
        if how == "pan":
            spot = self.spot(what)
            return pygame.Vector2(spot.rect.center) if spot is not None else None
        who = what if how in ("follow", "close") else self.speaker
        w = self.find(who) if who else None
        return pygame.Vector2(w.rect.center) if w is not None else None

    def jolt(self, reduce: bool) -> int:
        """The sideways shake of the camera now, in pixels (none under reduce motion)."""
        if self.shaking <= 0:
            return 0
        return shake(self.shake_t, SHAKE_PIXELS * min(1.0, self.shaking * 2), reduce)

    def key(self) -> tuple:
        """What the map's picture depends on among the directed: redraw when it changes."""
        p = self.place
        people = tuple((id(w.image), round(w.pos.x), round(w.pos.y)) for w in (p.mai, *p.npcs) if w is not None)
        return people, self.props.key()


def _take_pose(w: Walker, pose: str) -> None:
    """`w` holds `pose` now; a fall begins as it is given, at the edge, at full size (falling.py)."""
    if pose in FALL and w.pose not in FALL:
        w.t = 0.0
    w.pose = pose

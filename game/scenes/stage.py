"""Where a beat takes place: its Tiled map (walkable in explore beats) or a painted backdrop.

A stage is a section of the play scene. Explore beats walk Mai over the map; other beats show the
same map as a still backdrop behind the dialogue, or, for a beat without a map (or while its map is
still being drawn), a night-city skyline painted in code.

The stage puts together the parts that do the work: the place and its people (`place.py`), the
walking (`walking.py`), the camera of a backdrop (`backdrop.py`) and the marks over the map
(`marks.py`). It never reads the story's runtime: the director tells it the node each event is in
(`follow`) and which spots are open (`offer`), and asks it which one the player picked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.section import Section
from game.engine.theme import PALETTE
from game.engine.tilemap import MapError, MapObject, TileMap

from . import closeup, staging
from .backdrop import Backdrop, drift_to, text_room
from .direction import Direction
from .effects import Effects
from .lighting import Lighting
from .marks import BANDS, Marks, Sights
from .pictures import painted_backdrop
from .place import Place, Walker
from .relocation import Move
from .takes import Takes
from .walking import SPEED, Pacer, Walk, footing, in_reach

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

__all__ = ["SPEED", "Stage", "painted_backdrop"]

REDRAW_EVERY = 5  # frames between redraws of a still map: animated tiles change every 90 ms at most
FOLLOW = 8.0  # how quickly the camera catches up with a walker: the share of the way per second, roughly


class Stage(Section):
    """The place behind everything in a beat, and the places Mai can walk to from it.

    Walking into an `exit` draws a short curtain and brings Mai to the `entry` it names on the other
    map; there she can look around, and the exit leading back is marked, until she returns to where
    the story is.
    """

    def __init__(self, ctx: Context, beat_id: str, map_name: str | None, walkable: bool, lead: str = "mai") -> None:
        super().__init__((0, 0, 640, 360))
        self.ctx = ctx
        self.beat_id = beat_id
        self.home = map_name
        self.walkable = walkable
        self.lead = lead  # whose sprite walks: Mai, or 7723 on his own
        self.here = Place(ctx.assets, beat_id, map_name, walkable, lead)
        self.walk: Walk[MapObject] = Walk()  # Mai's legs: the keys, or the way a click planned
        self.scenery: Backdrop | None = None  # the camera of a map nobody walks
        self.marks = Marks()
        self.problem: str | None = None
        self.backdrop: pygame.Surface | None = None  # painted, when there is no map to show
        self.walking = False  # the story waits for the player to pick a spot
        self.active_nodes: dict[str, int] = {}  # node -> option index, while walking
        self.labels: dict[str, str] = {}  # node -> the option's text, shown as the hint
        self.near: MapObject | None = None
        self.near_exit: MapObject | None = None
        self.ready: int | None = None  # the option of a spot a click sent her to, once she is there
        self.last_node: str | None = None  # the node the story was last said to be in
        self.camera = pygame.Vector2()
        self.view = pygame.Rect(0, 0, 640, 360)  # where the map sits on screen
        self.t = 0.0
        self._cache: pygame.Surface | None = None
        self._key: tuple = ()
        self._age = 0
        self.direction = Direction(ctx.assets, self.here)  # who stage directions put where; the camera
        self.lighting = Lighting()
        self.effects = Effects()
        self.move = Move()  # a stage direction moving the scene to another map (`map:`)
        self.takes = Takes(self)  # the directions played, so stepping back puts the stage back too
        start = None
        if map_name:
            try:
                start = self.here.open()
            except MapError as exc:
                self.problem = str(exc)
        if start is None:
            self.backdrop = painted_backdrop(beat_id)
            return
        if not walkable:
            self.scenery = Backdrop(self.here.home_spots, beat_id)
        self._settle(start)

    def _settle(self, start: tuple[int, int]) -> None:
        """After arriving on a map: nothing in reach yet, no walk under way, the camera on `start`."""
        tm = self.map
        assert tm is not None
        self.near = self.near_exit = None
        self.walk.cancel()
        self.camera = pygame.Vector2(start)
        tm.center(self.camera)
        vw, vh = tm.view
        self.view = pygame.Rect((640 - vw) // 2, (360 - vh) // 2, vw, vh)  # small maps sit centred
        self._cache = None
        self.direction.restage()

    # --- what the place holds -----------------------------------------------------------------

    @property
    def map(self) -> TileMap | None:
        return self.here.map

    @property
    def mai(self) -> Walker | None:
        return self.here.mai

    @property
    def npcs(self) -> list[Walker]:
        return self.here.npcs

    @property
    def pacers(self) -> list[Pacer]:
        return self.here.pacers

    @property
    def spots(self) -> list[MapObject]:
        return self.here.spots

    @property
    def home_spots(self) -> list[MapObject]:
        return self.here.home_spots

    @property
    def exits(self) -> list[MapObject]:
        return self.here.exits

    @property
    def going(self) -> MapObject | None:
        return self.here.going

    @property
    def curtain(self) -> float:
        return max(self.here.curtain, self.move.curtain)

    @property
    def away(self) -> bool:
        """Mai has walked out of the beat's own place; its spots wait for her there."""
        return self.here.away

    @property
    def place(self) -> str:
        """The name of where Mai stands now (the map's `title` property)."""
        return self.here.title

    def way_home(self) -> MapObject | None:
        return self.here.way_home()

    @property
    def route(self) -> list[pygame.Vector2]:
        """Where a click sent her, foothold by foothold."""
        return self.walk.route

    @property
    def plates(self) -> list[pygame.Rect]:
        """The label plates drawn in the last frame (screen pixels)."""
        return self.marks.plates

    @property
    def can_walk(self) -> bool:
        return self.map is not None and self.mai is not None

    def placed_nodes(self) -> set[str]:
        return {o.props["node"] for o in self.home_spots}

    def walk_grid(self, through: set[tuple[int, int]] = frozenset()) -> list[list[bool]]:
        return self.here.walk_grid(through)

    def label_for(self, spot: MapObject) -> str:
        return self.labels.get(spot.props["node"], spot.name)

    # --- told by the director -----------------------------------------------------------------

    def follow(self, node: str) -> None:
        """The story is in `node` of this beat (each event says which): people whose `gone_after`
        node was left go, and a backdrop's camera turns to that node's spot, a new shot."""
        if not node or node == self.last_node:
            return
        if self.last_node is not None:
            self.here.leave(self.last_node)
        self.last_node = node
        if self.scenery is not None:
            self.scenery.look_at(node)
            if node in self.placed_nodes() and self.direction.camera_node != node:
                self.direction.camera = ""  # a place the story went to: look there, unless directed in it

    def offer(self, options: dict[str, int], labels: dict[str, str]) -> None:
        """The explore choice now open (node -> option index): Mai is the player's again."""
        self.direction.finish(self.mai)
        if self.mai is not None and self.map is not None:  # from wherever directions left her
            self.mai.pos = footing(self.walk_grid(), self.map, self.mai)
            self.mai.refresh()
        self.walking = True
        self.active_nodes = options
        self.labels = labels

    def stop(self) -> None:
        self.walking = False
        self.near = None
        self.here.going = None
        self.walk.cancel()
        self.ready = None
        if self.mai:
            self.mai.moving = False

    def use(self) -> int | None:
        """The player pressed confirm: the option of the spot Mai stands at, if any."""
        if not self.walking or self.near is None:
            return None
        return self.active_nodes.get(self.near.props["node"])

    def take_ready(self) -> int | None:
        """The option of a spot Mai walked to after a click, once (then forgotten)."""
        ready, self.ready = self.ready, None
        return ready

    # --- clicks -------------------------------------------------------------------------------

    def walk_to_click(self, pos: tuple[int, int]) -> int | None:
        """A click on the map: on an open spot Mai is at, its option index; anywhere else she walks
        there by the shortest way (and uses the spot when she arrives, if one was clicked)."""
        if self.map is None or self.going is not None or self.curtain > 0 or not BANDS[0] <= pos[1] < BANDS[1]:
            return None
        ox, oy = self.offset()
        world = (pos[0] - ox, pos[1] - oy)
        for o in self._open_spots():
            if o.rect.inflate(8, 8).collidepoint(world):
                if self.mai is None or o is self.near:
                    return self.active_nodes[o.props["node"]]
                self.walk_to(self.map.tiles_of(o.rect), o)
                return None
        if self.mai is not None and self.walking and self.map.bounds.collidepoint(world):
            door = next((x for x in self.exits if x.rect.inflate(8, 8).collidepoint(world)), None)
            self.walk_to(self.map.tiles_of(door.rect) if door else [self.map.tile_of(world)])
        return None

    def walk_to(self, goals: list[tuple[int, int]], use: MapObject | None = None) -> bool:
        """Send Mai along the shortest way to the nearest of `goals`; False (and a buzz) if none."""
        assert self.map is not None and self.mai is not None
        start = self.map.tile_of(self.mai.feet.center)
        if not self.walk.plan(self.walk_grid(through=set(goals)), start, goals, self.map.foothold, use):
            self.ctx.audio.play("error")
            return False
        return True

    def _open_spots(self) -> list[MapObject]:
        return [o for o in self.spots if o.props["node"] in self.active_nodes]

    # --- frames -------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        self.t += dt
        self._play(dt)
        if self.map is None:
            return
        if self.here.fall(dt):
            self._travel()
        if self.mai is not None:
            self._walk(self.mai, dt)
        self._live(dt)

    def ambient(self, dt: float) -> None:
        """While a line or a menu of the story is up: the place goes on, Mai stands still."""
        self.t += dt
        self._play(dt)
        if self.map is None:
            return
        if self.mai is not None and self.mai.moving and not self.direction.walking(self.mai):
            self.mai.moving = False
            self.mai.refresh()
        self._live(dt)

    def _play(self, dt: float) -> None:
        """The stage directions' parts that move: walks, the shake, effects."""
        self.effects.reduce = self.ctx.settings.reduce_motion
        staging.moving_on(self, dt)
        if self.map is not None:
            self.direction.update(dt)
        self.effects.update(dt)

    def _live(self, dt: float) -> None:
        """Passers-by stroll, people idle, and on a backdrop the camera drifts to where the story is."""
        most = SPEED * dt if self.ctx.settings.reduce_motion else None  # pans no faster than a walk
        aim = None if self.walking else self.direction.aim(self.camera)
        if aim is not None:
            drift_to(self.camera, aim, dt, most)
            self.map.center((round(self.camera.x), round(self.camera.y)), *text_room(self.ctx.settings))
        elif self.scenery is not None and self.scenery.drift(self.camera, dt, most):
            self.map.center((round(self.camera.x), round(self.camera.y)), *text_room(self.ctx.settings))
        self.here.live(dt)

    def _travel(self) -> None:
        """Behind the curtain: swap to the place the exit names, or stay and say why not."""
        self.ctx.input.release_all()  # a key held through the door must not carry her straight back
        try:
            start = self.here.travel()
        except MapError as exc:
            self.ctx.toast(f"That way is closed: {exc}")
            self.walk.cancel()
            return
        self._settle(start)

    def _walk(self, mai: Walker, dt: float) -> None:
        if self.direction.walking(mai):  # a direction walks her: the keys wait
            self.camera += (mai.pos - self.camera) * min(1.0, dt * FOLLOW)
            self.map.center((round(self.camera.x), round(self.camera.y)))
            return
        free = self.walking and self.going is None and self.curtain == 0
        held = self.ctx.input.held
        keys = (held("right") - held("left"), held("down") - held("up")) if free else (0, 0)
        if self.walk.advance(mai, keys, dt, self.here.fits, free):
            self.ctx.audio.play("error")  # the clicked walk made no headway: given up
        mai.refresh()
        self.near = in_reach(mai, self._open_spots()) if free else None
        if free:
            spot = self.walk.arrival()
            if spot is not None and mai.reach().colliderect(spot.rect):
                self.ready = self.active_nodes.get(spot.props["node"])
        if self.here.step_through(mai, free):
            self.ctx.audio.play("door")
        self.near_exit = self.here.exit_near(mai) if free else None
        self.camera += (mai.pos - self.camera) * min(1.0, dt * FOLLOW)
        self.map.center((round(self.camera.x), round(self.camera.y)))

    # --- drawing ------------------------------------------------------------------------------

    def render_map(self) -> pygame.Surface:
        """The map as last drawn; redrawn when anything on it moved, else a few times a second so
        animated tiles still play (a map full of people costs pyscroll a millisecond a frame)."""
        assert self.map is not None
        key = (round(self.camera.x), round(self.camera.y), id(self.mai.image) if self.mai else 0,
               tuple((round(p.walker.pos.x), round(p.walker.pos.y)) for p in self.pacers), self.direction.key())
        self._age += 1
        if self._cache is None or key != self._key or self._age >= REDRAW_EVERY:
            if self._cache is None:
                self._cache = pygame.Surface(self.view.size)
                if pygame.display.get_surface() is not None:
                    self._cache = self._cache.convert()
            staging.draw_map(self, self._cache)
            self._key, self._age = key, 0
        return self._cache

    def offset(self) -> tuple[int, int]:
        """Screen position of the map's (0, 0): the camera's offset plus the centring of small maps."""
        assert self.map is not None
        ox, oy = self.map.renderer.get_center_offset()
        return ox + self.view.x, oy + self.view.y

    def draw(self, canvas: Canvas) -> None:
        surf = canvas.surface
        if self.map is None:
            surf.blit(self.backdrop, (0, 0))
            staging.light(self, surf, 0)
            self._draw_curtain(surf)
            self.effects.draw(surf, self.view)
            return
        jolt = self.direction.jolt(self.ctx.settings.reduce_motion)
        if self.view.size != surf.get_size() or jolt:
            surf.fill(PALETTE["ink"])
        surf.blit(self.render_map(), self.view.move(jolt, 0))
        staging.light(self, surf, jolt)  # nothing by day unless it rains
        closeup.magnify(self, surf)  # a close-up: the lit picture nearer round who the camera is on
        if self.walking:
            self.marks.draw(canvas, self.sights(), self.offset(), self.t, self.ctx.theme.text)
        self._draw_curtain(surf)
        self.effects.draw(surf, self.view)

    def _draw_curtain(self, surf: pygame.Surface) -> None:
        """Dark over everything while going through a doorway or moving to another map."""
        if self.curtain > 0:
            dark = pygame.Surface(surf.get_size())
            dark.fill(PALETTE["ink"])
            dark.set_alpha(round(255 * self.curtain))
            surf.blit(dark, (0, 0))

    def sights(self) -> Sights:
        """What the marks point at now: open spots, the one in reach, the way back, a door close by."""
        home = self.way_home()
        sights = Sights(self._open_spots(), near=self.near, way_home=home, near_exit=self.near_exit,
                        walker=self.mai.rect if self.mai is not None else None)
        if home is not None:
            sights.home_text = f"back to {self.here.title_of(self.home)}"
        if self.near is not None:
            label = self.near.props.get("label") or self.label_for(self.near)
            sights.near_text = f"{label}   [{self.ctx.input.describe('confirm')}]"
        elif self.near_exit is not None and self.near_exit is not home:
            sights.exit_text = f"to {self.here.title_of(self.near_exit.props.get('to'))}"
        return sights

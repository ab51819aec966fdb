"""Where a beat takes place: its Tiled map (walkable in explore beats) or a painted backdrop.

A stage is a section of the play scene. Explore beats walk Mai over the map; other beats show the
same map as a still backdrop behind the dialogue, or, for a beat without a map (or while its map is
still being drawn), a night-city skyline painted in code.
"""

from __future__ import annotations

import math
import random
from typing import TYPE_CHECKING

import pygame

from game.engine.section import Section
from game.engine.sprites import Sheet, load_sheet
from game.engine.theme import PALETTE, SMALL
from game.engine.tilemap import MapError, MapObject, TileMap
from game.levels.grid import exit_graph, find_path, next_hop
from game.levels.tmx import beat_list

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

SPEED = 80.0  # Mai's walking speed, logical pixels per second
REACH = 14  # how close (in pixels) Mai must be to a spot to use it
REDRAW_EVERY = 5  # frames between redraws of a still map: animated tiles change every 90 ms at most
FACING = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}
CURTAIN = 0.22  # seconds for the screen to go dark (and as long to come back) through a doorway
STUCK = 10  # frames a clicked walk may make no headway before it is given up
BANDS = (22, 338)  # the HUD's bands at the top and bottom of the screen: clicks there are not walks


def facing_of(dx: float, dy: float) -> str:
    """Which way someone moving by (dx, dy) faces: the larger of the two moves wins."""
    return ("right" if dx > 0 else "left") if abs(dx) > abs(dy) else ("down" if dy > 0 else "up")


def feet_at(pos: pygame.Vector2) -> pygame.Rect:
    """The box a walker's feet take on the ground when `pos` is the middle of their soles."""
    return pygame.Rect(round(pos.x) - 5, round(pos.y) - 6, 10, 6)


class Walker(pygame.sprite.Sprite):
    """A character on the map; `pos` is the middle of the feet."""

    def __init__(self, sheet: Sheet, pos: tuple[float, float], facing: str = "down") -> None:
        super().__init__()
        self.sheet = sheet
        self.who = ""  # the sprite's name: who this is
        self.pos = pygame.Vector2(pos)
        self.facing = facing
        self.moving = False
        self.t = 0.0
        self.image = sheet.frame(facing, 0, False)
        self.rect = self.image.get_rect(midbottom=(round(self.pos.x), round(self.pos.y)))

    @property
    def feet(self) -> pygame.Rect:
        return feet_at(self.pos)

    def refresh(self) -> None:
        self.image = self.sheet.frame(self.facing, self.t, self.moving)
        self.rect = self.image.get_rect(midbottom=(round(self.pos.x), round(self.pos.y)))


def feet_reach(w: Walker) -> pygame.Rect:
    """What Mai can reach from where she stands."""
    return w.feet.inflate(REACH * 2, REACH * 2)


class Pacer:
    """Walks a passer-by along its path and back, stopping for whoever stands in the way."""

    SPEED = 28.0  # an unhurried stroll, in logical pixels per second

    def __init__(self, walker: Walker, path: tuple[tuple[float, float], ...]) -> None:
        self.walker = walker
        self.path = [pygame.Vector2(p) for p in path]
        self.leg = 1  # the point it is walking towards
        self.step = 1
        walker.pos = pygame.Vector2(self.path[0])

    def update(self, dt: float, blocked: pygame.Rect | None) -> None:
        w = self.walker
        target = self.path[self.leg]
        to = target - w.pos
        if to.length() < 0.5:
            if not 0 <= self.leg + self.step < len(self.path):
                self.step = -self.step  # the end of the path: turn back
            self.leg += self.step
            return
        move = to if to.length() <= self.SPEED * dt else to.normalize() * self.SPEED * dt
        w.facing = facing_of(to.x, to.y)
        nxt = w.pos + move
        if blocked is not None and feet_at(nxt).colliderect(blocked):
            w.moving = False  # wait for Mai to step aside
            return
        w.pos, w.moving = nxt, True
        w.t += dt


def painted_backdrop(key: str, size: tuple[int, int] = (640, 360)) -> pygame.Surface:
    """A night skyline: gradient sky, two layers of towers with lit windows, neon signs."""
    rng = random.Random(key)
    w, h = size
    s = pygame.Surface(size)
    top, bottom = PALETTE["ink"], PALETTE["dusk"]
    for y in range(h):
        k = y / h
        s.fill(tuple(int(top[i] * (1 - k) + bottom[i] * k) for i in range(3)), (0, y, w, 1))
    for _ in range(40):
        s.fill(PALETTE["mist"], (rng.randrange(w), rng.randrange(h // 2), 1, 1))
    for layer, (color, win, base) in enumerate(((PALETTE["indigo"], PALETTE["dusk"], 120),
                                                (PALETTE["night"], PALETTE["lamp"], 170))):
        x = -rng.randint(0, 30)
        while x < w:
            bw = rng.randint(36, 80)
            bh = rng.randint(base, base + 130)
            r = pygame.Rect(x, h - bh, bw, bh)
            pygame.draw.rect(s, color, r)
            for wy in range(r.y + 8, h - 8, 10):
                for wx in range(r.x + 5, r.right - 6, 8):
                    if rng.random() < (0.22 if layer else 0.12):
                        s.fill(win if layer else PALETTE["steel"], (wx, wy, 3, 4))
            if layer and rng.random() < 0.35:
                neon = rng.choice((PALETTE["neon_pink"], PALETTE["neon_cyan"], PALETTE["neon_lime"]))
                sign = pygame.Rect(r.x + 6, r.y + 12, max(8, bw - 12), 6)
                pygame.draw.rect(s, neon, sign, 1)
            x += bw + rng.randint(2, 10)
    s.fill(PALETTE["ink"], (0, h - 18, w, 18))
    return s


class Stage(Section):
    """The place behind everything in a beat, and the places Mai can walk to from it.

    The beat's own map (`home`) holds its story spots. Walking into an `exit` draws a short curtain
    and brings Mai to the `entry` it names on the other map; there she can look around, and the
    exit leading back is marked, until she returns to where the story is.
    """

    def __init__(self, ctx: Context, beat_id: str, map_name: str | None, walkable: bool, lead: str = "mai") -> None:
        super().__init__((0, 0, 640, 360))
        self.ctx = ctx
        self.beat_id = beat_id
        self.home = map_name
        self.walkable = walkable
        self.lead = lead  # whose sprite walks: Mai, or 7723 on his own
        self.map: TileMap | None = None
        self.maps: dict[str, TileMap] = {}  # the beat's place and where Mai is, kept for going back
        self.problem: str | None = None
        self.mai: Walker | None = None
        self.npcs: list[Walker] = []
        self.pacers: list[Pacer] = []  # passers-by walking their paths
        self.spots: list[MapObject] = []  # the spots Mai can use here (none away from home)
        self.home_spots: list[MapObject] = []
        self.exits: list[MapObject] = []
        self.backdrop: pygame.Surface | None = None
        self.walking = False  # the runtime waits for the player to pick a spot
        self.active_nodes: dict[str, int] = {}  # node -> option index, while walking
        self.labels: dict[str, str] = {}  # node -> the option's text, shown as the hint
        self.near: MapObject | None = None
        self.near_exit: MapObject | None = None
        self.going: MapObject | None = None  # the exit Mai walked into, while the curtain falls
        self.curtain = 0.0  # 0 clear .. 1 black, between two places
        self.in_exit = True  # standing in an exit's box; she must step out before it works again
        self.route: list[pygame.Vector2] = []  # where a click sent her, tile by tile
        self.route_to: MapObject | None = None  # the spot she was sent to use
        self.ready: int | None = None  # the option of that spot, once she is there
        self.stuck = 0  # frames the clicked walk made no headway
        self.plates: list[pygame.Rect] = []  # the label plates drawn in the last frame
        self.leaving: list[tuple[Walker, str]] = []  # people who go once the story has left a node
        self.done_nodes: set[str] = set()  # nodes of this beat the story has been in and left
        self.last_node: str | None = None
        self.focus: MapObject | None = None  # on a backdrop, the spot of the node the story is in
        self.t = 0.0
        self._cache: pygame.Surface | None = None
        self._key: tuple = ()
        self._age = 0
        if map_name:
            try:
                self.map = self._tilemap(map_name)
            except MapError as exc:
                self.problem = str(exc)
        if self.map is None:
            self.backdrop = painted_backdrop(beat_id)
            return
        self.home_spots = [o for o in self.map.of_type("spot") if o.props.get("node")]
        if walkable:
            self.places  # noqa: B018 - read the exits of every map now, behind the beat card
        self._arrive(self.map, None)

    def _tilemap(self, name: str) -> TileMap:
        if name not in self.maps:
            self.maps[name] = TileMap(self.ctx.assets, name)
        return self.maps[name]

    def _arrive(self, tm: TileMap, entry: str | None) -> None:
        """Put the place on stage with its people, and Mai at `entry` (or the map's start)."""
        self.map = tm
        tm.group.empty()
        self.npcs, self.pacers, self.leaving = [], [], []
        self.spots = self.home_spots if tm.name == self.home else []
        self.exits = tm.of_type("exit") if self.walkable else []
        start = next((o for o in tm.of_type("entry") if entry and o.name == entry), None) \
            or next(iter(tm.of_type("start")), None)
        start_pos = start.point if start else tm.bounds.center
        for obj in tm.of_type("npc") + tm.of_type("walker"):
            beats = obj.props.get("beats")
            if beats and self.beat_id not in beat_list(beats):
                continue  # not in this beat: 7723 is not in the garage before he has come home
            sprite = obj.props.get("sprite") or obj.name
            w = Walker(load_sheet(self.ctx.assets, sprite), obj.point, obj.props.get("facing", "down"))
            w.who = sprite
            if obj.props.get("gone_after"):
                if obj.props["gone_after"] in self.done_nodes:
                    continue  # already gone: Rice, after the lab
                self.leaving.append((w, obj.props["gone_after"]))
            if obj.type == "walker" and len(obj.points) >= 2:
                self.pacers.append(Pacer(w, obj.points))
            else:
                self.npcs.append(w)  # people who stand still block Mai; passers-by step round her
            tm.group.add(w)
        if self.walkable:
            facing = self.mai.facing if self.mai else "down"
            door = min(self.exits, key=lambda x: pygame.Vector2(x.rect.center).distance_squared_to(start_pos),
                       default=None)
            if entry and door is not None:  # arriving through a door: face into the room, away from it
                away = pygame.Vector2(start_pos) - door.rect.center
                if away.length() > 0:
                    facing = facing_of(away.x, away.y)
            self.mai = Walker(load_sheet(self.ctx.assets, self.lead), start_pos, facing)
            tm.group.add(self.mai)
            self.in_exit = any(self.mai.feet.colliderect(x.rect) for x in self.exits)
        self.near = self.near_exit = None
        self.route, self.route_to = [], None
        self.camera = pygame.Vector2(start_pos)
        tm.center(self.camera)
        vw, vh = tm.view
        self.view = pygame.Rect((640 - vw) // 2, (360 - vh) // 2, vw, vh)  # where the map sits on screen
        self._cache = None

    # --- other places -------------------------------------------------------------------------

    @property
    def away(self) -> bool:
        """Mai has walked out of the beat's own place; its spots wait for her there."""
        return self.map is not None and self.map.name != self.home

    @property
    def places(self) -> dict[str, tuple[str, list[str]]]:
        """Every map's title and where its exits lead, read once and kept with the assets."""
        folder = self.ctx.assets.folders["levels"]
        return self.ctx.assets.made("exit_graph", lambda: exit_graph(folder))

    def title_of(self, name: str | None) -> str:
        if name is None:
            return ""
        graph = self.places
        return graph[name][0] if name in graph else name.replace("_", " ").title()

    @property
    def place(self) -> str:
        """The name of where Mai stands now (the map's `title` property)."""
        return self.title_of(self.map.name) if self.map is not None else ""

    def way_home(self) -> MapObject | None:
        """The exit here that leads back towards the beat's place on the fewest doors (the nearest
        such exit, when two lead the same way)."""
        if not self.away or self.home is None:
            return None
        hop = next_hop(self.places, self.map.name, self.home)
        doors = [x for x in self.exits if hop is not None and x.props.get("to") == hop]
        if not doors or self.mai is None:
            return doors[0] if doors else None
        return min(doors, key=lambda x: pygame.Vector2(x.rect.center).distance_squared_to(self.mai.pos))

    def _travel(self) -> None:
        """Behind the curtain: swap to the place the exit names, or stay and say why not."""
        exit_, self.going = self.going, None
        assert exit_ is not None and self.map is not None
        to = exit_.props.get("to", "")
        self.ctx.input.release_all()  # a key held through the door must not carry her straight back
        try:
            target = self._tilemap(to)
        except MapError as exc:
            self.ctx.toast(f"That way is closed: {exc}")
            self.route, self.route_to = [], None
            return
        self._arrive(target, exit_.props.get("start"))
        self.maps = {k: v for k, v in self.maps.items() if k in (self.home, to)}  # home and here only

    def render_map(self) -> pygame.Surface:
        """The map as last drawn; redrawn when anything on it moved, else a few times a second so
        animated tiles still play (a map full of people costs pyscroll a millisecond a frame)."""
        assert self.map is not None
        key = (round(self.camera.x), round(self.camera.y), id(self.mai.image) if self.mai else 0,
               tuple((round(p.walker.pos.x), round(p.walker.pos.y)) for p in self.pacers))
        self._age += 1
        if self._cache is None or key != self._key or self._age >= REDRAW_EVERY:
            if self._cache is None:
                self._cache = pygame.Surface(self.view.size)
                if pygame.display.get_surface() is not None:
                    self._cache = self._cache.convert()
            self.map.draw(self._cache)
            self._key, self._age = key, 0
        return self._cache

    def offset(self) -> tuple[int, int]:
        """Screen position of the map's (0, 0): the camera's offset plus the centring of small maps."""
        assert self.map is not None
        ox, oy = self.map.renderer.get_center_offset()
        return ox + self.view.x, oy + self.view.y

    # --- walking ------------------------------------------------------------------------------

    @property
    def can_walk(self) -> bool:
        return self.map is not None and self.mai is not None

    def _see_off(self) -> None:
        """Whoever the story has finished with leaves the map (a `gone_after` node was left)."""
        for w, node in list(self.leaving):
            if node in self.done_nodes:
                self.leaving.remove((w, node))
                w.kill()
                self.npcs = [n for n in self.npcs if n is not w]
                self.pacers = [pc for pc in self.pacers if pc.walker is not w]

    def look_at(self, node: str) -> None:
        """On a map nobody walks, turn the camera to the spot whose `node` the story has reached."""
        if self.mai is None and self.map is not None:
            spot = next((o for o in self.home_spots if o.props.get("node") == node), None)
            if spot is None and self.focus is None:  # until then, the spot named after the beat
                spot = next((o for o in self.home_spots if o.props.get("node") == self.beat_id), None)
            if spot is not None:
                self.focus = spot

    def placed_nodes(self) -> set[str]:
        return {o.props["node"] for o in self.home_spots}

    def offer(self, options: dict[str, int], labels: dict[str, str]) -> None:
        """The explore choice now open: which spot nodes can be used (node -> option index)."""
        self.walking = True
        self.active_nodes = options
        self.labels = labels

    def stop(self) -> None:
        self.walking = False
        self.near = None
        self.going = None
        self.route, self.route_to, self.ready = [], None, None
        if self.mai:
            self.mai.moving = False

    def _nearest(self) -> MapObject | None:
        if self.mai is None:
            return None
        feet = feet_reach(self.mai)
        best, best_d = None, 1e9
        for o in self.spots:
            if o.props["node"] not in self.active_nodes or not feet.colliderect(o.rect):
                continue
            d = pygame.Vector2(o.rect.center).distance_to(self.mai.pos)
            if d < best_d:
                best, best_d = o, d
        return best

    def step(self, dx: float, dy: float) -> None:
        """Move Mai, one axis at a time so she slides along walls instead of sticking."""
        assert self.map is not None and self.mai is not None
        for ax, d in ((0, dx), (1, dy)):
            if not d:
                continue
            trial = pygame.Vector2(self.mai.pos)
            trial[ax] += d
            feet = feet_at(trial)
            if not self.map.blocked(feet) and not any(feet.colliderect(n.feet) for n in self.npcs):
                self.mai.pos = trial

    def update(self, dt: float) -> None:
        self.t += dt
        if self.map is None:
            return
        if self.going is not None:
            self.curtain = min(1.0, self.curtain + dt / CURTAIN)
            if self.curtain >= 1.0:
                self._travel()
        elif self.curtain > 0:
            self.curtain = max(0.0, self.curtain - dt / CURTAIN)
        if self.mai is not None:
            self._walk(self.mai, dt)
        self._live(dt)

    def ambient(self, dt: float) -> None:
        """While a line or a menu of the story is up: the place goes on, Mai stands still."""
        self.t += dt
        if self.map is None:
            return
        if self.mai is not None and self.mai.moving:
            self.mai.moving = False
            self.mai.refresh()
        self._live(dt)

    def _live(self, dt: float) -> None:
        """Passers-by stroll, people idle, and on a backdrop the camera drifts to where the story is."""
        rt = self.ctx.runtime
        if rt is not None and rt.state.beat == self.beat_id and rt.state.node != self.last_node:
            if self.last_node is not None:
                self.done_nodes.add(self.last_node)
            self.last_node = rt.state.node
            self._see_off()
            self.look_at(rt.state.node)  # the camera of a map nobody walks follows the story
        if self.mai is None and self.focus is not None:
            self.camera += (pygame.Vector2(self.focus.rect.center) - self.camera) * min(1.0, dt * 2)
            self.map.center((round(self.camera.x), round(self.camera.y)))
        mai_feet = self.mai.feet if self.mai is not None else None
        for p in self.pacers:
            p.update(dt, mai_feet)
            p.walker.refresh()
        for n in self.npcs:
            n.refresh()

    def _walk(self, mai: Walker, dt: float) -> None:
        free = self.walking and self.going is None and self.curtain == 0
        held = self.ctx.input.held
        vx = (held("right") - held("left")) if free else 0
        vy = (held("down") - held("up")) if free else 0
        if vx or vy:
            self.route, self.route_to = [], None  # the keys take over from a click
            if vx and vy:
                vx, vy = vx * 0.7071, vy * 0.7071
        elif self.route and free:
            to = self.route[0] - mai.pos
            if to.length() <= SPEED * dt:
                self.route.pop(0)
            if to.length() > 0.01:
                vx, vy = to.normalize() * min(1.0, to.length() / (SPEED * dt))
            before = pygame.Vector2(mai.pos)
        mai.moving = bool(vx or vy)
        if mai.moving:
            mai.facing = facing_of(vx, vy)
            mai.t += dt
            self.step(vx * SPEED * dt, vy * SPEED * dt)
            if self.route:  # a clicked walk that makes no headway (someone in the way) is given up
                self.stuck = self.stuck + 1 if mai.pos.distance_to(before) < 0.05 else 0
                if self.stuck > STUCK:
                    self.route, self.route_to, self.stuck = [], None, 0
                    self.ctx.audio.play("error")
        mai.refresh()
        self.near = self._nearest() if free else None
        if free and not self.route and self.route_to is not None:
            if feet_reach(mai).colliderect(self.route_to.rect):
                self.ready = self.active_nodes.get(self.route_to.props["node"])
            self.route_to = None
        feet = mai.feet
        hit = next((x for x in self.exits if feet.colliderect(x.rect)), None)
        if free and hit is not None and not self.in_exit and mai.moving:
            self.going = hit
            self.ctx.audio.play("door")
        self.in_exit = hit is not None
        reach = feet.inflate(REACH * 3, REACH * 3)
        self.near_exit = next((x for x in self.exits if reach.colliderect(x.rect)), None) if free else None
        self.camera += (mai.pos - self.camera) * min(1.0, dt * 8)
        self.map.center((round(self.camera.x), round(self.camera.y)))

    def use(self) -> int | None:
        """The player pressed confirm: the option of the spot Mai stands at, if any."""
        if not self.walking or self.near is None:
            return None
        return self.active_nodes.get(self.near.props["node"])

    def walk_to_click(self, pos: tuple[int, int]) -> int | None:
        """A click on the map: on an open spot Mai is at, its option index; anywhere else she walks
        there by the shortest way (and uses the spot when she arrives, if one was clicked)."""
        if self.map is None or self.going is not None or self.curtain > 0 or not BANDS[0] <= pos[1] < BANDS[1]:
            return None
        ox, oy = self.offset()
        world = (pos[0] - ox, pos[1] - oy)
        for o in self.spots:
            if o.props["node"] in self.active_nodes and o.rect.inflate(8, 8).collidepoint(world):
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
        path = find_path(self.walk_grid(through=set(goals)), self.map.tile_of(self.mai.feet.center), goals)
        if path is None:
            self.ctx.audio.play("error")
            return False
        self.route = [pygame.Vector2(self.map.foothold(t)) for t in path]
        self.route_to = use
        self.stuck = 0
        return True

    def exit_tiles(self) -> set[tuple[int, int]]:
        assert self.map is not None
        return {t for x in self.exits for t in self.map.tiles_of(x.rect)}

    def walk_grid(self, through: set[tuple[int, int]] = frozenset()) -> list[list[bool]]:
        """The map's collision grid with the people standing about and the doorways (all but the
        tiles in `through`, the way out a walk was sent to) marked as blocked: what a walk planned
        on this map must go round."""
        assert self.map is not None
        grid = [row[:] for row in self.map.grid]
        tiles = [t for n in self.npcs for t in self.map.tiles_of(n.feet)]
        tiles += self.exit_tiles() - through
        for x, y in tiles:
            if 0 <= y < len(grid) and 0 <= x < len(grid[0]):
                grid[y][x] = True
        return grid

    def take_ready(self) -> int | None:
        """The option of a spot Mai walked to after a click, once (then forgotten)."""
        ready, self.ready = self.ready, None
        return ready

    # --- drawing ------------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        surf = canvas.surface
        if self.map is None:
            surf.blit(self.backdrop, (0, 0))
            return
        if self.view.size != surf.get_size():
            surf.fill(PALETTE["ink"])
        surf.blit(self.render_map(), self.view)
        if self.walking:
            self._draw_marks(canvas)
        if self.curtain > 0:
            dark = pygame.Surface(surf.get_size())
            dark.fill(PALETTE["ink"])
            dark.set_alpha(round(255 * self.curtain))
            surf.blit(dark, (0, 0))

    def _draw_marks(self, canvas: Canvas) -> None:
        surf = canvas.surface
        self.plates = []  # where this frame's plates went (screen pixels)
        ox, oy = self.offset()
        for o in self.spots:
            if o.props["node"] not in self.active_nodes:
                continue
            color = PALETTE["neon_yellow"] if o is self.near else PALETTE["neon_cyan"]
            # a spot along the top wall is marked just below the HUD's band, not under it
            self._chevron(surf, (o.rect.centerx + ox, max(BANDS[0] + 12, o.rect.top + oy)), color, o.rect.x)
        home = self.way_home()
        if home is not None:
            there = home.rect.move(ox, oy)
            spot = there.clamp(pygame.Rect(12, BANDS[0] + 30, 616, BANDS[1] - BANDS[0] - 40))
            way = pygame.Vector2(there.center) - spot.center
            if way.length() > 8:  # off screen: point the way from the edge
                self._pointer(surf, spot.center, way, PALETTE["neon_pink"])
            else:
                self._chevron(surf, (spot.centerx, spot.top), PALETTE["neon_pink"], 0)
            self._label(canvas, f"back to {self.title_of(self.home)}", spot.move(0, -12), PALETTE["neon_pink"],
                        avoid=self.mai.rect.move(ox, oy) if self.mai is not None else None)
        if self.near is not None:
            label = self.near.props.get("label") or self.label_for(self.near)
            anchor = self.mai.rect if self.mai is not None else self.near.rect  # above her head
            self._label(canvas, f"{label}   [{self.ctx.input.describe('confirm')}]", anchor.move(ox, oy - 4),
                        PALETTE["neon_yellow"])
        elif self.near_exit is not None and self.near_exit is not home:
            self._label(canvas, f"to {self.title_of(self.near_exit.props.get('to'))}",
                        self.near_exit.rect.move(ox, oy - 4), PALETTE["mist"],
                        avoid=self.mai.rect.move(ox, oy) if self.mai is not None else None)

    def _chevron(self, surf: pygame.Surface, at: tuple[int, int], color, phase: int) -> None:
        """A bobbing arrow pointing down at `at` (the top middle of what it marks)."""
        cx, top = at
        bob = round(math.sin(self.t * 4 + phase) * 2)
        pts = [(cx, top - 4 + bob), (cx - 4, top - 10 + bob), (cx + 4, top - 10 + bob)]
        pygame.draw.polygon(surf, PALETTE["ink"], [(x, y + 1) for x, y in pts])
        pygame.draw.polygon(surf, color, pts)

    def _pointer(self, surf: pygame.Surface, at: tuple[int, int], way: pygame.Vector2, color) -> None:
        """A bobbing arrowhead at `at` pointing along `way` (towards something off screen)."""
        d = way.normalize()
        tip = pygame.Vector2(at) + d * (6 + math.sin(self.t * 4) * 2)
        side = pygame.Vector2(-d.y, d.x) * 5
        pts = [tip, tip - d * 8 + side, tip - d * 8 - side]
        pygame.draw.polygon(surf, PALETTE["ink"], [(p.x, p.y + 1) for p in pts])
        pygame.draw.polygon(surf, color, pts)

    def _label(self, canvas: Canvas, text: str, over: pygame.Rect, border, avoid: pygame.Rect | None = None) -> None:
        """A small dark plate with `text`, centred above the rectangle `over` (screen pixels)."""
        surf = canvas.surface
        w, h = canvas.measure(text, SMALL)
        room = pygame.Rect(4, BANDS[0] + 2, 632, BANDS[1] - BANDS[0] - 4)  # clear of the HUD
        box = pygame.Rect(0, 0, w + 12, h + 6)
        places = [("midbottom", (over.centerx, over.top)), ("midtop", (over.centerx, over.bottom + 2))]
        if avoid is not None:  # failing above or below what it names, then above or below the walker
            places += [("midbottom", (avoid.centerx, avoid.top - 2)), ("midtop", (avoid.centerx, avoid.bottom + 2))]
        for anchor, at in places:
            setattr(box, anchor, at)
            box.clamp_ip(room)
            if avoid is None or not box.colliderect(avoid):
                break
        shade = pygame.Surface(box.size, pygame.SRCALPHA)
        shade.fill((*PALETTE["ink"], 210))
        surf.blit(shade, box)
        pygame.draw.rect(surf, border, box, 1)
        canvas.text(text, box.center, SMALL, self.ctx.theme.text, anchor="center")
        self.plates.append(box.copy())

    def label_for(self, spot: MapObject) -> str:
        return self.labels.get(spot.props["node"], spot.name)

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

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

SPEED = 80.0  # Mai's walking speed, logical pixels per second
REACH = 14  # how close (in pixels) Mai must be to a spot to use it
REDRAW_EVERY = 5  # frames between redraws of a still map: animated tiles change every 90 ms at most
FACING = {"up": (0, -1), "down": (0, 1), "left": (-1, 0), "right": (1, 0)}


class Walker(pygame.sprite.Sprite):
    """A character on the map; `pos` is the middle of the feet."""

    def __init__(self, sheet: Sheet, pos: tuple[float, float], facing: str = "down") -> None:
        super().__init__()
        self.sheet = sheet
        self.pos = pygame.Vector2(pos)
        self.facing = facing
        self.moving = False
        self.t = 0.0
        self.image = sheet.frame(facing, 0, False)
        self.rect = self.image.get_rect(midbottom=(round(self.pos.x), round(self.pos.y)))

    @property
    def feet(self) -> pygame.Rect:
        return pygame.Rect(round(self.pos.x) - 5, round(self.pos.y) - 6, 10, 6)

    def refresh(self) -> None:
        self.image = self.sheet.frame(self.facing, self.t, self.moving)
        self.rect = self.image.get_rect(midbottom=(round(self.pos.x), round(self.pos.y)))


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
        w.facing = ("right" if to.x > 0 else "left") if abs(to.x) > abs(to.y) else ("down" if to.y > 0 else "up")
        nxt = w.pos + move
        feet = pygame.Rect(round(nxt.x) - 5, round(nxt.y) - 6, 10, 6)
        if blocked is not None and feet.colliderect(blocked):
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
    """The place behind everything in a beat."""

    def __init__(self, ctx: Context, beat_id: str, map_name: str | None, walkable: bool) -> None:
        super().__init__((0, 0, 640, 360))
        self.ctx = ctx
        self.beat_id = beat_id
        self.map: TileMap | None = None
        self.problem: str | None = None
        self.mai: Walker | None = None
        self.npcs: list[Walker] = []
        self.pacers: list[Pacer] = []  # passers-by walking their paths
        self.spots: list[MapObject] = []
        self.backdrop: pygame.Surface | None = None
        self.walking = False  # the runtime waits for the player to pick a spot
        self.active_nodes: dict[str, int] = {}  # node -> option index, while walking
        self.labels: dict[str, str] = {}  # node -> the option's text, shown as the hint
        self.near: MapObject | None = None
        self.t = 0.0
        self._cache: pygame.Surface | None = None
        self._key: tuple = ()
        self._age = 0
        if map_name:
            try:
                self.map = TileMap(ctx.assets, map_name)
            except MapError as exc:
                self.problem = str(exc)
        if self.map is None:
            self.backdrop = painted_backdrop(beat_id)
            return
        self.spots = [o for o in self.map.of_type("spot") if o.props.get("node")]
        start = next(iter(self.map.of_type("start")), None)
        start_pos = start.point if start else self.map.bounds.center
        for obj in self.map.of_type("npc") + self.map.of_type("walker"):
            sprite = obj.props.get("sprite") or obj.name
            w = Walker(load_sheet(ctx.assets, sprite), obj.point, obj.props.get("facing", "down"))
            if obj.type == "walker" and len(obj.points) >= 2:
                self.pacers.append(Pacer(w, obj.points))
            else:
                self.npcs.append(w)  # people who stand still block Mai; passers-by step round her
            self.map.group.add(w)
        if walkable:
            self.mai = Walker(load_sheet(ctx.assets, "mai"), start_pos)
            self.map.group.add(self.mai)
        self.camera = pygame.Vector2(start_pos)
        self.map.center(self.camera)
        vw, vh = self.map.view
        self.view = pygame.Rect((640 - vw) // 2, (360 - vh) // 2, vw, vh)  # where the map sits on screen

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

    def placed_nodes(self) -> set[str]:
        return {o.props["node"] for o in self.spots}

    def offer(self, options: dict[str, int], labels: dict[str, str]) -> None:
        """The explore choice now open: which spot nodes can be used (node -> option index)."""
        self.walking = True
        self.active_nodes = options
        self.labels = labels

    def stop(self) -> None:
        self.walking = False
        self.near = None
        if self.mai:
            self.mai.moving = False

    def _nearest(self) -> MapObject | None:
        if self.mai is None:
            return None
        feet = self.mai.feet.inflate(REACH * 2, REACH * 2)
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
            feet = pygame.Rect(round(trial.x) - 5, round(trial.y) - 6, 10, 6)
            if not self.map.blocked(feet) and not any(feet.colliderect(n.feet) for n in self.npcs):
                self.mai.pos = trial

    def update(self, dt: float) -> None:
        self.t += dt
        if self.map is None:
            return
        if self.mai is not None:
            mai = self.mai
            held = self.ctx.input.held
            vx = (held("right") - held("left")) if self.walking else 0
            vy = (held("down") - held("up")) if self.walking else 0
            mai.moving = bool(vx or vy)
            if mai.moving:
                if vx and vy:
                    vx, vy = vx * 0.7071, vy * 0.7071
                mai.facing = ("right" if vx > 0 else "left") if abs(vx) > abs(vy) else ("down" if vy > 0 else "up")
                mai.t += dt
                self.step(vx * SPEED * dt, vy * SPEED * dt)
            mai.refresh()
            self.near = self._nearest() if self.walking else None
            self.camera += (mai.pos - self.camera) * min(1.0, dt * 8)
            self.map.center((round(self.camera.x), round(self.camera.y)))
        mai_feet = self.mai.feet if self.mai is not None else None
        for p in self.pacers:
            p.update(dt, mai_feet)
            p.walker.refresh()
        for n in self.npcs:
            n.refresh()

    def use(self) -> int | None:
        """The player pressed confirm: the option of the spot Mai stands at, if any."""
        if not self.walking or self.near is None:
            return None
        return self.active_nodes.get(self.near.props["node"])

    def walk_to_click(self, pos: tuple[int, int]) -> int | None:
        """A click on an open spot uses it when Mai is close; returns its option index."""
        if self.map is None:
            return None
        ox, oy = self.offset()
        world = (pos[0] - ox, pos[1] - oy)
        for o in self.spots:
            if o.props["node"] in self.active_nodes and o.rect.inflate(8, 8).collidepoint(world):
                if self.mai is None or o is self.near:
                    return self.active_nodes[o.props["node"]]
        return None

    # --- drawing ------------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        surf = canvas.surface
        if self.map is None:
            surf.blit(self.backdrop, (0, 0))
            return
        if self.view.size != surf.get_size():
            surf.fill(PALETTE["ink"])
        surf.blit(self.render_map(), self.view)
        if not self.walking:
            return
        ox, oy = self.offset()
        theme = self.ctx.theme
        for o in self.spots:
            if o.props["node"] not in self.active_nodes:
                continue
            cx, top = o.rect.centerx + ox, o.rect.top + oy
            bob = round(math.sin(self.t * 4 + o.rect.x) * 2)
            color = PALETTE["neon_yellow"] if o is self.near else PALETTE["neon_cyan"]
            pts = [(cx, top - 4 + bob), (cx - 4, top - 10 + bob), (cx + 4, top - 10 + bob)]
            pygame.draw.polygon(surf, PALETTE["ink"], [(x, y + 1) for x, y in pts])
            pygame.draw.polygon(surf, color, pts)
        if self.near is not None:
            label = self.near.props.get("label") or self.label_for(self.near)
            anchor = self.mai.rect if self.mai is not None else self.near.rect  # above her head
            cx, top = anchor.centerx + ox, anchor.top + oy - 4
            hint = f"{label}   [{self.ctx.input.describe('confirm')}]"
            w, h = canvas.measure(hint, SMALL)
            box = pygame.Rect(0, 0, w + 12, h + 6)
            box.midbottom = (cx, top)
            box.clamp_ip(canvas.rect.inflate(-8, -8))
            shade = pygame.Surface(box.size, pygame.SRCALPHA)
            shade.fill((*PALETTE["ink"], 210))
            surf.blit(shade, box)
            pygame.draw.rect(surf, PALETTE["neon_yellow"], box, 1)
            canvas.text(hint, box.center, SMALL, theme.text, anchor="center")

    def label_for(self, spot: MapObject) -> str:
        return self.labels.get(spot.props["node"], spot.name)

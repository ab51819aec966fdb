"""Walking on a map's tile grid: where a walker stands and which way it faces, a step that slides
along walls, a passer-by's stroll, and a walk a click plans along the shortest way.

Only arithmetic over pygame's vectors and rectangles: nothing here draws or holds an image, so the
rules of moving about are tested without a window (`tests/scenes/test_walking.py`). The grid search
itself is `game.levels.grid.find_path`, which the map linter uses too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import pygame

from game.levels.grid import Tile, find_path

if TYPE_CHECKING:
    from game.engine.tilemap import TileMap

SPEED = 80.0  # Mai's walking speed, logical pixels per second
RUN = 2.2  # running, as many times walking speed (a direction's `pace: run`)
REACH = 14  # how close (in pixels) Mai must be to a spot to use it
STUCK = 10  # frames a clicked walk may make no headway before it is given up
DIAGONAL = 0.7071  # two keys held at once: the same speed as one, not 1.4 times it


def facing_of(dx: float, dy: float) -> str:
    """Which way someone moving by (dx, dy) faces: the larger of the two moves wins."""
    return ("right" if dx > 0 else "left") if abs(dx) > abs(dy) else ("down" if dy > 0 else "up")


def feet_at(pos: pygame.Vector2) -> pygame.Rect:
    """The box a walker's feet take on the ground when `pos` is the middle of their soles."""
    return pygame.Rect(round(pos.x) - 5, round(pos.y) - 6, 10, 6)


@dataclass(eq=False)  # told apart by who they are, not where they stand (sprites live in sets)
class Body:
    """Someone on the map: `pos` is the middle of the feet; `t` the seconds walked, for the stride."""

    pos: pygame.Vector2
    facing: str = "down"
    moving: bool = False
    t: float = 0.0

    def __post_init__(self) -> None:
        self.pos = pygame.Vector2(self.pos)

    @property
    def feet(self) -> pygame.Rect:
        return feet_at(self.pos)

    def reach(self) -> pygame.Rect:
        """What this walker can use from where it stands."""
        return self.feet.inflate(REACH * 2, REACH * 2)


class Marked(Protocol):
    """A thing on the map with a box: a spot, a doorway."""

    rect: pygame.Rect


M = TypeVar("M", bound=Marked)


def stride(body: Body, dx: float, dy: float, fits: Callable[[pygame.Rect], bool]) -> None:
    """Move by (dx, dy) one axis at a time, so a walker slides along a wall instead of sticking;
    `fits(feet)` says whether feet may stand in that box."""
    for ax, d in ((0, dx), (1, dy)):
        if not d:
            continue
        trial = pygame.Vector2(body.pos)
        trial[ax] += d
        if fits(feet_at(trial)):
            body.pos = trial


def in_reach(body: Body, things: Iterable[M]) -> M | None:
    """The nearest of `things` the walker can reach from where it stands, if any."""
    feet = body.reach()
    best, best_d = None, 1e9
    for o in things:
        if not feet.colliderect(o.rect):
            continue
        d = pygame.Vector2(o.rect.center).distance_to(body.pos)
        if d < best_d:
            best, best_d = o, d
    return best


def blocked_grid(grid: list[list[bool]], also: Iterable[Tile]) -> list[list[bool]]:
    """A copy of a collision grid with the tiles `also` blocked too (tiles off the grid are ignored):
    what a planned walk must go round."""
    out = [row[:] for row in grid]
    for x, y in also:
        if 0 <= y < len(out) and 0 <= x < len(out[0]):
            out[y][x] = True
    return out


class Pacer:
    """Walks a passer-by along its path and back, stopping for whoever stands in the way."""

    SPEED = 28.0  # an unhurried stroll, in logical pixels per second

    def __init__(self, walker: Body, path: tuple[tuple[float, float], ...]) -> None:
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


class Walk(Generic[M]):
    """The walker's legs: the arrow keys, or the way a click planned, tile by tile.

    A planned walk is dropped when a key is pressed, and given up (the caller buzzes) when it makes
    no headway for a few frames, as when someone steps into the way. `to` is what the walk was sent
    to use; it is handed over once when the way has been walked.
    """

    def __init__(self) -> None:
        self.route: list[pygame.Vector2] = []  # the footholds still ahead
        self.to: M | None = None
        self.stuck = 0  # frames the planned walk made no headway
        self.pace = 1.0  # times walking speed: a direction's `pace: run` is RUN

    def plan(self, grid: list[list[bool]], start: Tile, goals: list[Tile],
             foothold: Callable[[Tile], tuple[float, float]], to: M | None = None) -> bool:
        """Set off along the shortest way from `start` to the nearest of `goals`; False if none."""
        path = find_path(grid, start, goals)
        if path is None:
            return False
        self.route = [pygame.Vector2(foothold(t)) for t in path]
        self.to = to
        self.stuck = 0
        return True

    def cancel(self) -> None:
        self.route, self.to, self.stuck = [], None, 0

    def advance(self, body: Body, keys: tuple[float, float], dt: float,
                fits: Callable[[pygame.Rect], bool], free: bool = True) -> bool:
        """One frame of walking: the keys (x, y in -1..1) if any are held, else the planned way
        while `free`. Sets the body's facing and stride; True when a planned walk was given up."""
        vx, vy = keys
        before = pygame.Vector2(body.pos)
        if vx or vy:
            self.cancel()  # the keys take over from a click
            if vx and vy:
                vx, vy = vx * DIAGONAL, vy * DIAGONAL
        elif self.route and free:
            vx, vy = self._heading(body, dt)
        body.moving = bool(vx or vy)
        if not body.moving:
            return False
        body.facing = facing_of(vx, vy)
        body.t += dt * self.pace  # running: the legs go faster too
        speed = SPEED * self.pace
        stride(body, vx * speed * dt, vy * speed * dt, fits)
        if self.route:  # a planned walk that makes no headway (someone in the way) is given up
            self.stuck = self.stuck + 1 if body.pos.distance_to(before) < 0.05 else 0
            if self.stuck > STUCK:
                self.cancel()
                return True
        return False

    def _heading(self, body: Body, dt: float) -> tuple[float, float]:
        """Towards the next foothold, slowing to land on it (which is then passed)."""
        to = self.route[0] - body.pos
        step = SPEED * self.pace * dt
        if to.length() <= step:
            self.route.pop(0)
        if to.length() > 0.01:
            vx, vy = to.normalize() * min(1.0, to.length() / step)
            return vx, vy
        return 0, 0

    def arrival(self) -> M | None:
        """What the walk was sent to use, once the way has been walked (then forgotten)."""
        if self.route or self.to is None:
            return None
        to, self.to = self.to, None
        return to


def footing(grid: list[list[bool]], tm: TileMap, body: Body) -> pygame.Vector2:
    """Where `body` should stand to walk from the first key press: the foothold of the free tile
    nearest its feet (a stage direction's mark may be anywhere, even half on a wall), or where it
    is if nothing near is free."""
    tx, ty = tm.tile_of(body.feet.center)
    for r in range(4):
        ring = [(tx + dx, ty + dy) for dy in range(-r, r + 1) for dx in range(-r, r + 1) if max(abs(dx), abs(dy)) == r]
        free = [t for t in ring if 0 <= t[1] < len(grid) and 0 <= t[0] < len(grid[0]) and not grid[t[1]][t[0]]]
        if free:
            return pygame.Vector2(tm.foothold(free[0]))
    return pygame.Vector2(body.pos)

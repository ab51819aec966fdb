"""Walking on a tile grid, without a window: facing, sliding along walls, spots in reach, a clicked
walk followed foothold by foothold (and given up when it makes no headway), a passer-by's stroll."""

from __future__ import annotations

from dataclasses import dataclass

import pygame
from hypothesis import given, settings
from hypothesis import strategies as st

from game.scenes.walking import (
    SPEED,
    STUCK,
    Body,
    Pacer,
    Walk,
    blocked_grid,
    facing_of,
    feet_at,
    in_reach,
    stride,
)

TILE = 16
DT = 1 / 60


@dataclass
class Spot:
    name: str
    rect: pygame.Rect


def grid(rows: list[str]) -> list[list[bool]]:
    return [[c == "#" for c in row] for row in rows]


def foothold(tile: tuple[int, int]) -> tuple[float, float]:
    """As the tile map's: the tile's middle, a little low."""
    return tile[0] * TILE + TILE / 2, tile[1] * TILE + TILE * 3 / 4


def fits_on(blocked: list[list[bool]]):
    """Feet fit where every tile they touch is on the grid and free."""
    def fits(feet: pygame.Rect) -> bool:
        x0, y0, x1, y1 = feet.left // TILE, feet.top // TILE, (feet.right - 1) // TILE, (feet.bottom - 1) // TILE
        return all(0 <= y < len(blocked) and 0 <= x < len(blocked[0]) and not blocked[y][x]
                   for y in range(y0, y1 + 1) for x in range(x0, x1 + 1))
    return fits


def walk_out(walk: Walk, body: Body, fits, frames: int = 2000, keys=(0, 0)) -> int:
    """Frames until the planned way has been walked (or `frames` ran out)."""
    for i in range(frames):
        if not walk.route:
            return i
        assert not walk.advance(body, keys, DT, fits), f"gave up at {body.pos}"
    return frames


def test_the_larger_move_says_which_way_one_faces() -> None:
    assert facing_of(3, 1) == "right" and facing_of(-3, 1) == "left"
    assert facing_of(1, 3) == "down" and facing_of(1, -3) == "up"
    assert facing_of(1, 1) == "down", "a tie faces up or down"


def test_the_feet_are_a_small_box_above_the_soles() -> None:
    body = Body((40.4, 30.6))
    assert body.feet == feet_at(pygame.Vector2(40, 31)) == pygame.Rect(35, 25, 10, 6)
    assert body.reach().contains(body.feet)


def test_a_step_into_a_wall_slides_along_it() -> None:
    room = grid(["....", "....", "####"])
    body = Body(foothold((1, 1)))
    for _ in range(20):
        stride(body, 1, 1, fits_on(room))  # down-right, into the wall below
    assert body.pos.y == 2 * TILE, "down stops with her soles at the wall"
    assert body.pos.x == foothold((1, 1))[0] + 20, "right goes on"


def test_the_nearest_spot_in_reach_is_the_one_lit() -> None:
    body = Body((50, 50))
    far = Spot("far", pygame.Rect(200, 200, 16, 16))
    close = Spot("close", pygame.Rect(52, 40, 8, 8))
    closer = Spot("closer", pygame.Rect(46, 44, 8, 8))
    assert in_reach(body, [far, close, closer]) is closer
    assert in_reach(body, [far]) is None


def test_a_blocked_grid_is_a_copy_with_more_walls() -> None:
    room = grid(["...", "..."])
    out = blocked_grid(room, [(1, 0), (9, 9), (-1, 0)])
    assert out == grid([".#.", "..."]) and room == grid(["...", "..."])


def test_a_planned_walk_goes_round_the_wall_and_hands_over_its_spot() -> None:
    room = grid(["..#..", "..#..", "....."])
    body, walk, spot = Body(foothold((0, 0))), Walk(), Spot("bench", pygame.Rect(64, 0, 16, 16))
    assert walk.plan(room, (0, 0), [(4, 0)], foothold, spot)
    assert walk.route[0] == pygame.Vector2(foothold((0, 0))) and walk.route[-1] == pygame.Vector2(foothold((4, 0)))
    assert walk.arrival() is None, "not before the way has been walked"
    frames = walk_out(walk, body, fits_on(room))
    assert body.pos.distance_to(foothold((4, 0))) < 0.5
    assert frames * SPEED * DT >= 8 * TILE, "no faster than walking the tiles round the wall"
    assert walk.arrival() is spot and walk.arrival() is None, "handed over once"


def test_no_way_there_leaves_the_walk_as_it_was() -> None:
    shut = grid(["..#..", "..#.."])
    walk = Walk()
    assert walk.plan(shut, (0, 0), [(1, 1)], foothold)
    route = list(walk.route)
    assert not walk.plan(shut, (0, 0), [(4, 0)], foothold)
    assert walk.route == route


def test_a_key_takes_over_from_the_planned_walk() -> None:
    room = grid(["....."])
    body, walk = Body(foothold((0, 0))), Walk()
    walk.plan(room, (0, 0), [(4, 0)], foothold, Spot("x", pygame.Rect(64, 0, 16, 16)))
    walk.advance(body, (0, -1), DT, fits_on(room))
    assert walk.route == [] and walk.arrival() is None
    assert body.facing == "up" and body.moving


def test_two_keys_at_once_walk_no_faster_than_one() -> None:
    open_floor = grid(["." * 20] * 20)
    straight, slant = Body(foothold((5, 5))), Body(foothold((5, 5)))
    for _ in range(30):
        Walk().advance(straight, (1, 0), DT, fits_on(open_floor))
        Walk().advance(slant, (1, 1), DT, fits_on(open_floor))
    start = pygame.Vector2(foothold((5, 5)))
    assert abs(start.distance_to(slant.pos) - start.distance_to(straight.pos)) < 1.5


def test_a_walk_that_makes_no_headway_is_given_up() -> None:
    room = grid(["....."])
    body, walk = Body(foothold((0, 0))), Walk()
    walk.plan(room, (0, 0), [(4, 0)], foothold)
    walk.advance(body, (0, 0), DT, fits_on(room))
    gave_up = [walk.advance(body, (0, 0), DT, lambda feet: False) for _ in range(STUCK + 1)]
    assert gave_up == [False] * STUCK + [True]
    assert walk.route == []


def test_a_walk_waits_while_the_walker_is_not_free() -> None:
    room = grid(["....."])
    body, walk = Body(foothold((0, 0))), Walk()
    walk.plan(room, (0, 0), [(4, 0)], foothold)
    walk.route.pop(0)  # the first foothold is where she stands
    for _ in range(30):
        walk.advance(body, (0, 0), DT, fits_on(room), free=False)
    assert body.pos == pygame.Vector2(foothold((0, 0))) and not body.moving and walk.route


def test_a_passer_by_walks_the_path_and_back_and_waits_for_mai() -> None:
    body = Body((0, 0))
    pacer = Pacer(body, ((10, 10), (40, 10)))
    assert body.pos == pygame.Vector2(10, 10), "it starts at the path's first point"
    xs = []
    for _ in range(240):  # 30 pixels at 28 a second: there and back in about two seconds
        pacer.update(DT, None)
        xs.append(body.pos.x)
    turn = xs.index(max(xs))
    assert max(xs) > 39.5 and min(xs[turn:]) < 15, "to the end of the path, then back"
    assert all(10 <= x <= 40 for x in xs)
    at = pygame.Vector2(body.pos)
    pacer.update(DT, feet_at(body.pos).inflate(40, 40))
    assert body.pos == at and not body.moving, "someone in the way: it waits"


@st.composite
def rooms(draw):
    w, h = draw(st.integers(2, 8)), draw(st.integers(2, 8))
    cells = draw(st.lists(st.booleans(), min_size=w * h, max_size=w * h))
    blocked = [[cells[y * w + x] for x in range(w)] for y in range(h)]
    free = [(x, y) for y in range(h) for x in range(w) if not blocked[y][x]]
    start = draw(st.sampled_from(free)) if free else (0, 0)
    goal = draw(st.sampled_from(free)) if free else (0, 0)
    return blocked, start, goal


@settings(max_examples=60, deadline=None)
@given(rooms())
def test_a_planned_walk_on_any_grid_reaches_its_goal_without_touching_a_wall(room) -> None:
    blocked, start, goal = room
    if blocked[start[1]][start[0]]:
        return
    walk, body = Walk(), Body(foothold(start))
    fits = fits_on(blocked)
    if not walk.plan(blocked, start, [goal], foothold):
        return
    walk_out(walk, body, fits)
    assert not walk.route, "the way was walked"
    assert body.pos.distance_to(foothold(goal)) < 0.5
    assert fits(body.feet)

"""Planning walks on a collision grid and the way between places: the pure helpers the window uses."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from game.levels.grid import exit_graph, find_path, next_hop, reachable

LEVELS = Path(__file__).resolve().parents[2] / "levels"

ROOM = [  # a wall down the middle with one gap at the bottom
    "....#....",
    "....#....",
    "....#....",
    ".........",
]


def grid(rows: list[str]) -> list[list[bool]]:
    return [[c == "#" for c in row] for row in rows]


def test_the_way_round_a_wall_is_the_shortest() -> None:
    path = find_path(grid(ROOM), (0, 0), [(8, 0)])
    assert path[0] == (0, 0) and path[-1] == (8, 0)
    assert len(path) == 1 + 8 + 2 * 3, "down to the gap, across, back up"
    assert all(abs(a[0] - b[0]) + abs(a[1] - b[1]) == 1 for a, b in zip(path, path[1:], strict=False))
    assert all(not grid(ROOM)[y][x] for x, y in path)


def test_a_blocked_goal_is_reached_from_beside_it() -> None:
    path = find_path(grid(ROOM), (0, 0), [(4, 1)])  # a spot on the wall itself
    assert path[-1] in {(3, 1), (5, 1), (4, 3)} and path[-1] == (3, 1)


def test_no_way_is_none() -> None:
    shut = grid(["..#..", "..#..", "..#.."])
    assert find_path(shut, (0, 0), [(4, 0)]) is None
    assert find_path(shut, (0, 0), []) is None


@given(st.lists(st.lists(st.booleans(), min_size=6, max_size=6), min_size=5, max_size=5),
       st.integers(0, 5), st.integers(0, 4))
def test_a_path_exists_exactly_when_the_goal_is_reachable(cells, gx, gy) -> None:
    cells[0][0] = False
    cells[gy][gx] = False
    path = find_path(cells, (0, 0), [(gx, gy)])
    assert (path is not None) == ((gx, gy) in reachable(cells, (0, 0)))
    if path is not None:
        assert len(path) == len(set(path)), "never walks in circles"


def test_every_place_can_find_its_way_to_every_other() -> None:
    graph = exit_graph(LEVELS)
    assert set(graph) == {p.stem for p in LEVELS.glob("*.tmx")} and graph["kitchen"][0] == "The Su Kitchen"
    entered = {to for _, tos in graph.values() for to in tos}  # a map no exit enters is a scene's own
    for here in graph:
        for goal in graph:
            if goal not in entered:  # the wrecked kitchen: a stage direction moves the scene there
                continue
            hop = next_hop(graph, here, goal)
            assert (hop is None) == (here == goal), (here, goal)
            assert hop is None or hop in graph[here][1]


def test_the_next_door_is_on_the_fewest_doors() -> None:
    graph = {"a": ("A", ["b", "c"]), "b": ("B", ["d"]), "c": ("C", ["e"]), "e": ("E", ["d"]), "d": ("D", [])}
    assert next_hop(graph, "a", "d") == "b"
    assert next_hop(graph, "d", "a") is None, "one-way doors are respected"

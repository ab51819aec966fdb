"""Traffic that moves: cars and robot cars driving along the city's lanes, lights on.

Each lane is a strip of `STRIP` tiles on the detail layer (clear except for the cars), animated in
step, so a car glides from one tile into the next; the strip repeats along the road. Two looks of
strip, each in both directions, so neighbouring lanes do not drive in lockstep.

`dress_traffic` lays the strips on a built map: on every street row that is a full lane of asphalt
(the rows beside the lane dashes) and on the freeway's far carriageway, a row apart.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world.kit import rng
from tools.world.tiles_props import hover_car
from tools.world.tileset import TILE, Tileset

STRIP = 8  # tiles per repeating lane strip (128 px: two vehicles in it)
STEP = 4  # pixels a car moves per frame
FRAMES = STRIP * TILE // STEP
MS = 60  # 4 px every 60 ms: about 67 px a second, a steady town speed

# (kind, body colour, position in the strip) for each look of lane
LANES: dict[str, list[tuple[str, str, int]]] = {
    "a": [("car", "neon_pink", 6), ("bot", "bot_blue", 74)],
    "b": [("bot", "neon_cyan", 20), ("car", "neon_yellow", 84)],
}


def car(body: str) -> Canvas:
    """A hover car from above, facing east: canopy, headlights throwing a beam, red tail lights."""
    c = Canvas(40, 16)
    c.blit(hover_car(body), 0, 0)
    c.rect(29, 4, 1, 3, "white")
    c.rect(29, 8, 1, 3, "white")
    c.checker(30, 3, 6, 4, "lamp")
    c.checker(30, 8, 6, 4, "lamp", phase=1)
    c.px(36, 5, "lamp")
    c.px(36, 10, "lamp")
    c.rect(1, 4, 1, 2, "blood")
    c.rect(1, 9, 1, 2, "blood")
    return c


def robot_car(body: str) -> Canvas:
    """A driverless pod: rounded shell, a sensor bar across its nose, no one at the wheel."""
    c = Canvas(40, 16)
    c.ellipse(14, 7.5, 12, 6.5, dark(body))
    c.ellipse(14, 7, 11.5, 6, body)
    c.hline(8, 1, 12, light(body))
    c.ellipse(12, 7, 4, 3, "night")
    c.px(11, 6, "holo")
    c.vline(24, 3, 9, "neon_cyan")
    c.px(25, 5, "white")
    c.px(25, 9, "white")
    c.checker(26, 4, 5, 7, "holo")
    c.vline(3, 5, 5, "ares_red")
    c.hline(7, 14, 14, "teal")
    return c


def lane_frames(look: str) -> list[Canvas]:
    """The whole strip at each step, cars facing east (the westbound strips are mirror images)."""
    width = STRIP * TILE
    frames = []
    for f in range(FRAMES):
        c = Canvas(width, TILE)
        for kind, body, x0 in LANES[look]:
            pic = car(body) if kind == "car" else robot_car(body)
            x = (x0 + f * STEP) % width
            for dx in (x, x - width):  # wrap round the strip's end
                c.blit(pic, dx, 0)
        frames.append(c)
    return frames


def build(ts: Tileset) -> None:
    for look in LANES:
        east = lane_frames(look)
        ts.add_big_anim(f"traffic_e{look}", east, MS)
        ts.add_big_anim(f"traffic_w{look}", [c.flipped() for c in east], MS)
    # north–south lanes: the same strips turned on their side, one look each way
    ts.add_big_anim("traffic_sa", [c.transposed() for c in lane_frames("a")], MS)
    ts.add_big_anim("traffic_nb", [c.flipped().transposed() for c in lane_frames("b")], MS)


# -- laying the lanes on a map -------------------------------------------------------------------
STREET = ("asphalt", "zebra_h", "manhole", "drain")
STREET_NS = ("asphalt", "zebra_v", "manhole", "drain")
FAR = ("deck_far",)


def _row_is_lane(names: list[str | None], lane: tuple[str, ...]) -> bool:
    road = sum(1 for n in names if n and n.startswith(lane))
    dashes = sum(1 for n in names if n in ("dash_h", "centre_h", "deck_far_dash", "dash_v", "centre_v"))
    return road >= len(names) // 2 and dashes < 4


def dress_traffic(b) -> None:  # noqa: ANN001 - a mapkit Builder (not imported: mapkit builds on tiles)
    """Put moving traffic over every full lane row: westbound above the middle of a road, eastbound below."""
    ground = [[ref[1] if ref else None for ref in row] for row in b.layers["ground"]]
    lanes: list[int] = []
    for y, row in enumerate(ground):  # a lane row, never two side by side (cars need the room)
        if (_row_is_lane(row, STREET) or _row_is_lane(row, FAR)) and y - 1 not in lanes:
            lanes.append(y)
    for i, y in enumerate(lanes):
        west = i % 2 == 0
        look = "ab"[int(rng("lane", b.name, y).random() * 2)]
        shift = int(rng("shift", b.name, y).random() * STRIP)
        name = f"traffic_{'w' if west else 'e'}{look}"
        for x in range(b.w):
            cell = ground[y][x]
            if cell and cell.startswith(STREET + FAR) and b.layers["detail"][y][x] is None:
                b.put("detail", x, y, f"{name}@{(x + shift) % STRIP},0")
    _north_south(b, ground)


def _north_south(b, ground: list[list[str | None]]) -> None:  # noqa: ANN001 - a mapkit Builder
    """Lanes down the north–south roads: southbound on the west side, northbound on the east."""
    columns = [[ground[y][x] for y in range(b.h)] for x in range(b.w)]
    lanes: list[int] = []
    for x, col in enumerate(columns):
        if _row_is_lane(col, STREET_NS) and x - 1 not in lanes:
            lanes.append(x)
    for i, x in enumerate(lanes):
        name = "traffic_sa" if i % 2 == 0 else "traffic_nb"
        shift = int(rng("shift", b.name, "x", x).random() * STRIP)
        for y in range(b.h):
            cell = ground[y][x]
            if cell and cell.startswith(STREET_NS) and b.layers["detail"][y][x] is None:
                b.put("detail", x, y, f"{name}@0,{(y + shift) % STRIP}")


def dress_lanes(b, rows: tuple[int, ...]) -> None:  # noqa: ANN001 - a mapkit Builder
    """Moving traffic along the given rows of a map whose roads no street rule knows (the Skyway's
    deck): westbound and eastbound by turns, over every tile of the row with nothing on it."""
    for i, y in enumerate(rows):
        look = "ab"[int(rng("lane", b.name, y).random() * 2)]
        shift = int(rng("shift", b.name, y).random() * STRIP)
        name = f"traffic_{'w' if i % 2 == 0 else 'e'}{look}"
        for x in range(b.w):
            if b.layers["detail"][y][x] is None:
                b.put("detail", x, y, f"{name}@{(x + shift) % STRIP},0")

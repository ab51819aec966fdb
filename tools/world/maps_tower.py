"""The Haisheng Tower, for the montage's evening: the outside of a glass tower that 7723 climbs
with Mai on his back, from the street at its foot, up a maintenance ladder in its face, to the roof
deck at the top, where the city lies spread out far below on every side.

The tower's face is many rows of windows, taller than the window, so the camera goes up it with him;
beside it, first the roofs of the low blocks round its foot, then nothing but the city far below
(the freeway's drop tiles: roofs and lit windows a long way down). Legend: `citykit.py`, plus the
map's own characters below. Markers: `@` start; the others are the objects listed with the plan.
"""

from __future__ import annotations

from tools.world.citykit import CITY, dress_city, place
from tools.world.mapkit import Builder, Building, Layout, Obj, T, exit_to, spot, start
from tools.world.maps_city import VOID

# 40 wide: the far-below city (12), the tower (16: its face split by the ladder), the far-below city (12)
TOWER = """
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvRRRRRRRRRRRRRRRRvvvvvvvvvvvv
vvvvvvvvvvvvRRRRRRRRRRRRRRRRvvvvvvvvvvvv
vvvvvvvvvvvvRRRRRRRR0RRRRRRRvvvvvvvvvvvv
vvvvvvvvvvvvRRRRRRRRRNORRRRRvvvvvvvvvvvv
vvvvvvvvvvvvRRRRRRRRMPQRRRRRvvvvvvvvvvvv
vvvvvvvvvvvvRRRRRRRRRRRRRRRRvvvvvvvvvvvv
vvvvvvvvvvvvRRRRRRRReRRRRRRRvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
vvvvvvvvvvvvWWWWWWWWHWWWWWWWvvvvvvvvvvvv
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
AAAAAAAAAAAAWWWWWWWWHWWWWWWWBBBBBBBBBBBB
..l.....l.....l.....1...l.....l.....l...
2........n....3.....@.....4....n........
,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,
,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
........................................
..l.....b.....l..........l.....h.....l..
........................................
"""


def mark(name: str, on: str | None = None) -> Obj:
    return Obj("mark", name, on=on)


# the roof's clutter (name, tile x, y, w, h): what a maintenance ladder is there for
ROOF_CLUTTER = (("ac", 14, 2, 1, 1), ("vent", 25, 2, 1, 1), ("antenna", 13, 4, 1, 2), ("tank", 24, 4, 2, 2),
                ("solar", 15, 6, 2, 1))


def _dress(b: Builder) -> None:
    dress_city(b)
    for name, x, y, w, h in ROOF_CLUTTER:
        place(b, name, x, y, w, h)
    for _name, x, y, w, h in ROOF_CLUTTER:  # none of it walked through
        for dy in range(h):
            for dx in range(w):
                b.block(x + dx, y + dy)


tower = Layout(
    name="haisheng_tower",
    title="The Haisheng Tower",
    plan=TOWER,
    legend=CITY | {
        "v": T(ground=VOID, solid=True),  # the city far below
        "W": Building("glass", facade=18, shops=("window", "neon", "window", "door")),  # the tower's face, all windows
        "e": T(ground="roofdeck_c"),  # the gap in the parapet where the ladder comes over
    },
    floor=".",
    sets=["city"],
    objects={
        "@": start(),
        "1": mark("tower_foot"),  # at the foot of the ladder, on the pavement
        "0": spot("rooftop", rect=(-2, -1, 5, 2), on="R"),  # the top: where the camera looks out over the city
        "2": exit_to("streets", "from_freeway", rect=(0, -1, 1, 2)),  # back along the street into the city
        # the montage's evening, round the tower: where it is chosen, at its foot, and the way home after
        "3": spot("evening", rect=(-1, 0, 3, 1)),
        "4": spot("dusk", rect=(-1, 0, 3, 1)),
        "M": mark("roof_bot", on="R"),
        "N": mark("roof_mai", on="R"),
        "O": mark("roof_momo", on="R"),
        "P": mark("roof_lap", on="R"),  # Mai, sat with her back against his arm as he sits at roof_bot
        # Momo in her lap: half a tile on from where she sits, over the legs she has out in front of her
        "Q": Obj("mark", "roof_lap_momo", rect=(-1, 0, 2, 1), on="R"),
    },
    decorate=_dress,
)

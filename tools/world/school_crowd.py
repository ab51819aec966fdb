"""The lunchtime crowd in the schoolyard the day 7723 comes to school: kids who stand about in the
hall in the morning and pour out into the yard behind Greenwood's team at lunch, each to a place of
their own round the lunch tables (a stage direction walks each one out), so that "a crowd behind
the team" and "the whole school is looking" are a crowd on screen, not a handful."""

from __future__ import annotations

from tools.world.mapkit import Builder
from tools.world.tmxwrite import MapObj

TILE = 16
BEATS = "payback"
# kids' sprites, in turn (not crowd_c: the beat moves "crowd_c*", the yard's own, as a group)
SPRITES = ("crowd_a", "crowd_b", "crowd_d", "crowd_f", "crowd_g", "crowd_h", "crowd_i", "crowd_j")
# where each waits in the hall (tiles), and the mark they walk out to at lunch, and which way they
# look from there: at the lunch tables, where Mai, Greenwood and 7723 are
CROWD = (
    ((25, 9), "crowd_1", (37, 18), "left"),  # behind the team, east of Greenwood
    ((26, 10), "crowd_2", (38, 19), "left"),
    ((27, 9), "crowd_3", (40, 18), "left"),
    ((28, 10), "crowd_4", (41, 19), "left"),
    ((31, 9), "crowd_5", (43, 18), "left"),
    ((32, 10), "crowd_6", (24, 15), "down"),  # along the wall
    ((33, 9), "crowd_7", (36, 15), "down"),
    ((34, 10), "crowd_8", (26, 22), "up"),  # along the yard's south edge
    ((23, 10), "crowd_9", (30, 22), "up"),
    ((24, 9), "crowd_10", (33, 22), "up"),
    ((35, 9), "crowd_11", (22, 21), "right"),
)


def school_crowd(b: Builder) -> None:
    """Each kid of the crowd (`onlooker_<n>`, in the hall, only in the beat) and their mark in the yard."""
    for n, (home, mark, (mx, my), _facing) in enumerate(CROWD, 1):
        props = {"sprite": SPRITES[(n - 1) % len(SPRITES)], "beats": BEATS, "facing": "down"}
        b.add(MapObj("npc", f"onlooker_{n}", home[0] * TILE + 8, home[1] * TILE + 8, props=props, point=True))
        b.add(MapObj("mark", mark, mx * TILE + 8, my * TILE + 8, point=True))


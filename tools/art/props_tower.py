"""Props of IQ Tower's inner levels (`tools/art/props.py` lists them): the glass side door Mai and
7723 come in by, shut and then slid open on the dawn; the wreck Ares makes of the lab while 7723
has nothing to fight with, broken console and glass and a cut cable sparking; and the red alarm
beacons that go off on the atrium's walls when Pin sets his hour.

The door stands in the doorway at the west end of the corridor, under the dawn window, seen from
above as the rest of the map is: a strip of wall-top with the glass in it, the morning's pink
showing through the glass, and once open, pouring in across the floor."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas
from tools.world.kit import rng

DOOR_W, DOOR_H = 40, 48  # the doorway's three tiles, and the floor inside it the light falls on
JAMB = 6  # the frame top and bottom, wall-coloured, that the panes slide into


def side_door(open_: bool = False) -> Canvas:
    """The tower's side door in its west wall: a steel frame top and bottom, two panes of tinted glass
    meeting in the middle, the dawn's pink behind them; `open_`, the panes slid back into the frame,
    the gap between them full of the morning, and its light spilling onto the floor inside in a fan."""
    c = Canvas(DOOR_W, DOOR_H)
    if open_:
        for x in range(8, DOOR_W):  # the morning let in: a fan of pink and orange light across the floor
            spread = 8 + (x - 8) * 10 // (DOOR_W - 8)
            top, h = DOOR_H // 2 - spread, spread * 2
            c.checker(x, top, 1, h, "neon_pink" if x < 22 else "magenta", phase=x % 2)
            if x < 20:
                c.checker(x, top + 4, 1, max(1, h - 8), "orange", phase=(x + 1) % 2)
    c.rect(0, 0, 8, JAMB, "steel")  # the frame, top and bottom, wall-top grey
    c.rect(0, DOOR_H - JAMB, 8, JAMB, "steel")
    c.hline(0, 0, 8, "fog")
    c.hline(0, DOOR_H - JAMB, 8, "fog")
    inner_top, inner_bottom = JAMB, DOOR_H - JAMB
    mid = DOOR_H // 2
    if open_:
        c.rect(1, inner_top, 6, inner_bottom - inner_top, "neon_pink")  # the doorway full of dawn
        c.rect(2, mid - 6, 4, 12, "orange")
        c.rect(3, mid - 3, 2, 6, "neon_yellow")
        c.rect(1, inner_top, 6, 3, "teal")  # the panes, only their edges showing, slid back
        c.rect(1, inner_bottom - 3, 6, 3, "teal")
        c.vline(7, inner_top, 3, "neon_cyan")
        c.vline(7, inner_bottom - 3, 3, "neon_cyan")
    else:
        c.rect(1, inner_top, 6, inner_bottom - inner_top, "magenta")  # the dawn through tinted glass
        c.rect(2, inner_top, 3, inner_bottom - inner_top, "neon_pink")
        c.rect(1, mid - 1, 6, 2, "steel")  # where the two panes meet
        for y in (inner_top + 3, mid + 4):
            c.vline(6, y, 5, "white")  # the glass catching the light
        c.vline(7, inner_top, inner_bottom - inner_top, "neon_cyan")  # the glass's inner face
    return pair(c)


def lab_debris(other: bool = False) -> Canvas:
    """What Ares leaves of a stretch of the lab: a console panel torn off and lying bent, its screen
    cracked, glass across the floor, and a cut cable whose end spits sparks (`other`: the sparks
    out, the next crackle, which the window shows by turns with the first)."""
    c = Canvas(40, 24)
    r = rng("lab_debris")
    c.rect(4, 10, 18, 9, "steel")  # the panel, torn off, lying at a slant
    c.line(4, 10, 21, 8, "fog")
    c.rect(6, 12, 12, 5, "night")  # its screen, dead
    c.line(7, 12, 14, 16, "neon_cyan")  # and cracked
    c.line(11, 13, 17, 12, "holo")
    c.rect(22, 14, 10, 4, "indigo")  # a bent strut
    c.line(22, 14, 31, 11, "steel")
    for _ in range(16):  # glass across the floor
        x, y = r.randrange(0, 39), r.randrange(14, 24)
        c.px(x, y, "neon_cyan" if r.random() < 0.6 else "white")
    c.line(26, 22, 32, 18, "ink")  # the cut cable, its end in the air
    c.line(32, 18, 34, 12, "ink")
    if not other:
        cx, cy = 34, 10
        for dx, dy in ((-4, -3), (4, -4), (5, 1), (-3, 3), (0, -6)):
            c.line(cx, cy, cx + dx, cy + dy, "neon_yellow")
            c.px(cx + dx, cy + dy, "white")
        c.rect(cx - 1, cy - 1, 3, 3, "neon_yellow")
        c.px(cx, cy, "white")
    else:
        c.px(34, 11, "orange")
        c.px(33, 9, "ares_red")
    c.hline(2, 23, 36, "shadow")
    return pair(c)


def alarm_lamp(lit: bool = True) -> Canvas:
    """A red alarm beacon on a wall, seen from the room: its lamp in a steel cage and, lit, a red
    glow thrown down the wall and across the floor below it (the window shows it lit and dark by
    turns: the tower's alarm going)."""
    c = Canvas(24, 40)
    if lit:
        for y in range(8, 40):  # the glow thrown down the wall and onto the floor
            half = 3 + (y - 8) * 9 // 32
            c.checker(12 - half, y, half * 2, 1, "ares_red" if y < 28 else "blood", phase=y % 2)
    c.rect(7, 0, 10, 3, "steel")  # its bracket on the wall
    c.rect(8, 3, 8, 6, "ares_red" if lit else "blood")  # the lamp
    c.frame(7, 3, 10, 7, "steel")  # its cage
    c.vline(12, 3, 6, "steel")
    if lit:
        c.rect(9, 4, 2, 2, "white")
        c.px(13, 5, "cream")
    return pair(c)


# what `props.py` draws of these, and the second pictures of those that spark or blink
DRAW = {
    "side_door": side_door, "side_door_open": lambda: side_door(open_=True),
    "lab_debris": lab_debris, "alarm_lamp": alarm_lamp,
}
DARK = {"lab_debris": lambda: lab_debris(other=True), "alarm_lamp": lambda: alarm_lamp(lit=False)}

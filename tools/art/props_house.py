"""Props for two nights seen from above (`tools/art/props.py` lists them): the Su kitchen's roof going up
in Ares's claws, so the gap over the kitchen reads as a roof lifted off and not a wall broken in; the
open storm drain behind Lantern Row that they go down into, and the hole 7723 punches into it through
the kitchen floor; Rice's wet paper bag and the rain run off him on the doorstep; the tears on a face seen close, so
crying shows without words; and Mai's bat stood leaning in its corner of the garage.
"""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas, polygon

ROOF_W, ROOF_H = 176, 88  # wider than Ares, so his claws hold it up at its near edge


def roof_lid() -> Canvas:
    """The slab of roof peeled back off the kitchen, tilted up and away: rows of dark slates narrowing
    towards the top edge (going up, out of the picture), a gutter along its near edge, and under that
    edge the torn rafters and plaster hanging, chunks of it falling back in towards the floor."""
    c = Canvas(ROOF_W, ROOF_H)
    near, far = 60, 0  # the slab's near (lower) edge and its far edge, up and away
    slab = polygon(ROOF_W, ROOF_H, [(22, far), (ROOF_W - 22, far), (ROOF_W - 4, near), (4, near)])
    c.put(slab, "dusk")
    for row, y in enumerate(range(far + 2, near, 5)):  # the rows of slates, each offset from the last
        inset = 22 - (y - far) * 18 // (near - far)
        c.hline(inset, y, ROOF_W - 2 * inset, "indigo")
        for x in range(inset + (row % 2) * 4, ROOF_W - inset, 8):
            c.vline(x, y - 4, 4, "indigo")
            c.px(x + 1, y - 3, "steel")  # each slate's lit top edge
    c.rect(4, near, ROOF_W - 8, 3, "steel")  # the gutter along its near edge
    c.hline(4, near, ROOF_W - 8, "fog")
    c.outline("ink")
    for x in range(6, ROOF_W - 6):  # the ceiling's plaster torn off with it, ragged under the gutter
        c.vline(x, near + 3, 1 + (x * 5) % 4, "cream")
    for x in range(10, ROOF_W - 10, 13):  # rafters torn off, their ends hanging below the edge
        c.rect(x, near + 3, 3, 6 + (x * 7) % 9, "dark_wood")
        c.px(x, near + 3, "wood")
    for x, y in ((18, 72), (40, 79), (63, 70), (90, 82), (112, 74), (135, 80), (156, 71), (76, 86), (124, 86)):
        c.rect(x, y, 3, 2, "cream" if (x + y) % 3 else "fog")  # plaster and slates falling back in
        c.px(x + 1, y - 2, "mist")  # the streak of its fall
        c.px(x + 1, y - 4, "mist")
    return pair(c)


def storm_drain() -> Canvas:
    """The storm drain's mouth in the grass behind Lantern Row, its grating pulled aside: a pale concrete
    rim round a black square going down, big enough for 7723, the ladder's rails standing up out of it,
    and the grating lying beside it, so in the dark yard it reads as a way down and not a crate."""
    c = Canvas(56, 40)
    c.rect(2, 10, 36, 28, "cream")  # the concrete rim, pale against the wet grass
    c.rect(6, 14, 28, 20, "ink")  # the black going down
    for y in (18, 23, 28):
        c.hline(13, y, 14, "steel")  # the ladder's rungs, fading into the dark
    c.hline(13, 32, 14, "indigo")
    for x in (13, 26):  # its rails, standing up out of the hole
        c.vline(x, 2, 31, "fog")
        c.vline(x + 1, 2, 31, "steel")
        c.px(x, 1, "white")
    c.frame(2, 10, 36, 28, "fog")
    c.frame(5, 13, 30, 22, "shadow")  # the lip, going down
    c.rect(40, 20, 15, 18, "steel")  # the grating, laid aside
    for x in range(42, 54, 3):
        c.vline(x, 21, 16, "ink")
    c.frame(40, 20, 15, 18, "ink")
    return pair(c)


def floor_hole() -> Canvas:
    """The hole 7723 punches through the kitchen floor: broken tiles round a ragged black mouth, a
    snapped pipe spurting across it, and the dark of the storm drain under it, wide enough for him."""
    c = Canvas(48, 30)
    mouth = polygon(48, 30, [(6, 8), (16, 3), (32, 4), (43, 10), (41, 22), (28, 27), (12, 26), (4, 18)])
    c.put(mouth, "fog")  # the broken tiles' edges, thrown up round it
    inner = polygon(48, 30, [(10, 10), (18, 6), (31, 7), (39, 12), (37, 20), (27, 24), (13, 23), (8, 17)])
    c.put(inner, "ink")
    for x, y in ((3, 6), (44, 7), (2, 22), (45, 24), (20, 1), (30, 28)):
        c.rect(x, y, 3, 2, "cream")  # chips of tile flung out
        c.px(x, y + 2, "shadow")
    c.rect(8, 14, 32, 2, "steel")  # a pipe, snapped across the mouth
    c.hline(8, 14, 32, "fog")
    c.rect(23, 13, 2, 4, "ink")  # where it broke
    for x, y in ((25, 12), (27, 11), (29, 12), (22, 11)):
        c.px(x, y, "holo")  # the water spurting out of it
    c.hline(14, 20, 18, "indigo")  # the drain's floor, far down
    return pair(c)


def paper_bag() -> Canvas:
    """Rice's paper bag, its top rolled over and wet through, dark blotches of the rain on it; held,
    clutched at his side in one hand."""
    c = Canvas(9, 12)
    c.rect(0, 3, 9, 9, "wood")
    c.hline(0, 3, 9, "lamp")  # the rolled top
    c.rect(1, 1, 7, 2, "lamp")
    for x, y in ((2, 6), (6, 8), (3, 10), (5, 5)):
        c.px(x, y, "dark_wood")  # the wet coming through
        c.px(x, y + 1, "dark_wood")
    c.outline("ink")
    return pair(c)


def puddle() -> Canvas:
    """The rain run off someone on a doorstep: a wet puddle spreading round their feet and drops still
    falling into it from their coat, so a man in a doorway reads as soaked through."""
    c = Canvas(28, 40)
    c.ellipse(14, 35, 13, 4, "indigo")
    c.ellipse(14, 35, 10, 2.5, "deep_blue")
    c.hline(6, 34, 5, "holo")  # the light on the wet
    c.hline(18, 36, 4, "holo")
    for x, y in ((4, 8), (23, 4), (3, 20), (24, 17), (6, 28), (22, 28), (25, 10), (2, 14)):
        c.vline(x, y, 3, "holo")  # drops falling off him
        c.px(x, y + 3, "white")
    return pair(c)


def tears() -> Canvas:
    """Tears on a face seen from the front: a wet streak down from under each eye and a drop falling
    off the chin. Held (`with:`) by someone sitting facing us, it lies over their face."""
    c = Canvas(16, 20)
    for x in (6, 9):  # under each eye, down the cheek (held by someone sitting, it lies over their face)
        c.vline(x, 3, 4, "neon_cyan")
        c.px(x, 3, "white")
    c.px(5, 8, "holo")  # drops falling off the face
    c.px(10, 9, "holo")
    c.px(10, 10, "neon_cyan")
    return pair(c)


def roof_gap() -> Canvas:
    """The hole Ares tore in the Su house's roof, seen from the yard: a ragged black gap in the red
    tiles over the kitchen, snapped rafters across it and the fire's glow along its torn edges, so
    looking back at the house shows where the roof went and not just a house with lit windows."""
    c = Canvas(80, 44)
    gap = polygon(80, 44, [(4, 40), (8, 14), (20, 4), (36, 10), (50, 2), (68, 8), (76, 22), (72, 40)])
    c.put(gap, "orange")  # the fire lighting the torn edge from below
    inner = polygon(80, 44, [(9, 38), (12, 16), (21, 8), (36, 14), (50, 6), (66, 11), (72, 23), (68, 38)])
    c.put(inner, "ink")
    for x0, y0, x1, y1 in ((10, 20, 70, 30), (14, 34, 66, 14), (30, 8, 34, 40)):
        c.line(x0, y0, x1, y1, "dark_wood")  # rafters, snapped and hanging across it
    for x, y in ((20, 36), (44, 38), (58, 34), (32, 30), (52, 24)):
        c.rect(x, y, 3, 4, "neon_yellow")  # flames licking up out of it
        c.px(x + 1, y - 2, "orange")
    return pair(c)


def swept_table() -> Canvas:
    """The kitchen table, already on its back, swept aside by one arm: where it lay, the kitchen's
    tiles (as the map lays them, so nothing of it shows there any more) with the scrape it left; and
    the table itself shoved a tile and a half to the left, skewed, its legs still in the air. It lies
    over the fallen table's big tile (32×32), centred on it, so the tile is the middle third of it."""
    from tools.world.tiles_floors import glazed_tiles  # the map's own floor, drawn the same way

    c = Canvas(96, 32)
    for x in (32, 48):
        for y in (0, 16):
            c.blit(glazed_tiles("cream", "lamp", "wood", 0), x, y)
    for y in (12, 18, 23):  # the scrape of its edge across the tiles, from where it lay to where it went
        c.hline(22, y, 24, "shadow")
    t = Canvas(96, 32)  # the table alone, outlined on its own so the tiles under it are not
    top = polygon(96, 32, [(3, 9), (27, 5), (31, 25), (7, 29)])  # its top, a little askew
    t.put(top, "dark_wood")
    inner = polygon(96, 32, [(5, 10), (26, 7), (29, 24), (8, 27)])
    t.put(inner, "wood")
    for i in range(3):  # its boards
        t.line(6 + i, 14 + 5 * i, 27 + i, 11 + 5 * i, "dark_wood")
    for x, y in ((5, 6), (24, 3), (8, 24), (27, 21)):  # legs pointing up at the ceiling
        t.rect(x, y, 3, 6, "dark_wood")
        t.rect(x, y, 3, 1, "lamp")
    t.outline("ink")
    c.blit(t, 0, 0)
    return pair(c, c.copy())


def bat_leant() -> Canvas:
    """Mai's bat stood on its taped grip and leant into a corner, its end up against the wall, a fresh
    green stain of turf on the end: the same bat as `bat` (dented wood, black tape), standing, so a
    corner it leans in reads as where it was put and not where it fell."""
    c = Canvas(7, 18)
    c.line(1, 17, 2, 12, "ink")  # the taped grip, on the floor
    c.line(2, 12, 4, 6, "wood")
    c.line(4, 6, 5, 0, "wood")
    c.line(5, 6, 6, 0, "lamp")  # its lit edge
    c.px(4, 8, "dark_wood")  # the dent
    c.px(5, 0, "green")  # the turf on the end
    c.px(5, 1, "neon_lime")
    c.px(6, 1, "green")
    return pair(c)


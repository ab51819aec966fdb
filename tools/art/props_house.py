"""Props for two nights seen from above (`tools/art/props.py` lists them): the Su kitchen's roof going up
in Ares's claws, so the gap over the kitchen reads as a roof lifted off and not a wall broken in; the
open storm drain behind Lantern Row that they go down into; and the tears on a face seen close, so
crying shows without words.
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
    """The storm drain's mouth in the grass behind Lantern Row, its grating pulled aside: a concrete rim
    round a black square going down, the top rungs of its ladder, and the grating lying beside it."""
    c = Canvas(40, 26)
    c.rect(2, 4, 24, 20, "fog")  # the concrete rim
    c.rect(5, 7, 18, 14, "ink")  # the black going down
    for y in (9, 13, 17):
        c.hline(9, y, 10, "steel")  # the ladder's rungs, fading into the dark
    c.vline(9, 8, 12, "indigo")
    c.vline(18, 8, 12, "indigo")
    c.frame(2, 4, 24, 20, "steel")
    c.rect(27, 10, 12, 14, "steel")  # the grating, laid aside
    for x in range(29, 38, 3):
        c.vline(x, 11, 12, "ink")
    c.frame(27, 10, 12, 14, "ink")
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

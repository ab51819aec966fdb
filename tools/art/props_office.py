"""A prop of Pin's office in the tower (`tools/art/props.py` lists it): the one human thing in it, a
pair of reading glasses out of the desk's drawer, folded, grey with dust, laid on the bare desk so
the picture shows what the words find there."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas


def reading_glasses() -> Canvas:
    """Folded reading glasses seen from above: two round lenses catching the light, the bridge between
    them, the arms folded back across, and a speckle of dust over it all. Big enough to read on a desk
    (a person's head across), since nothing else there is."""
    c = Canvas(24, 12)
    for cx in (6, 17):
        c.ellipse(cx, 6, 5, 4.4, "orange")  # the wire rims, gold against the black desk
        c.ellipse(cx, 6, 3.8, 3.2, "mist")  # the lenses, catching the light
        c.px(cx - 2, 4, "white")
        c.px(cx - 1, 4, "white")
    c.hline(10, 4, 4, "orange")  # the bridge
    c.hline(1, 11, 22, "dark_wood")  # the arms, folded back under the lenses
    for x, y in ((4, 7), (7, 5), (15, 8), (19, 6), (18, 4), (5, 5)):
        c.px(x, y, "fog")  # dust
    return pair(c)

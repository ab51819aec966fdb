"""Props of the places people work in (`tools/art/props.py` lists them): the one human thing in Pin's
office in the tower, a pair of reading glasses out of the desk's drawer, folded, grey with dust, laid
on the bare desk so the picture shows what the words find there; and the hi-vis cap and band of a
stadium steward, drawn over a Q-Bot so the bot at the gate reads as the gate's steward."""

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


def steward_kit() -> Canvas:
    """A stadium steward's kit, drawn to fit over a Q-Bot (16 pixels, a ball on a small base) set down
    where it stands: a hi-vis yellow cap on its dome, its peak out to the left, and a hi-vis band
    round its middle with a silver reflective stripe and a white name badge, so the bot at the gate
    reads as a steward and not as any robot (`on_top`: drawn over whoever stands there)."""
    c = Canvas(16, 16)
    c.rect(4, 0, 8, 2, "neon_yellow")  # the cap's crown
    c.hline(3, 1, 10, "neon_yellow")
    c.hline(0, 2, 6, "orange")  # its peak, over the visor
    c.hline(6, 2, 7, "neon_yellow")
    c.rect(1, 8, 14, 3, "neon_yellow")  # the band round its middle
    c.hline(1, 9, 14, "mist")  # the reflective stripe
    c.rect(9, 7, 3, 2, "white")  # the name badge
    return pair(c)

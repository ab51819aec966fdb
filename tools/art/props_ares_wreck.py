"""Ares in pieces on the centre circle's turf after the new 7723 takes him apart (`tools/art/props.py`
lists them): a chest plate torn off him first, then one claw arm, and last what is left of him lying
in the circle: the helm on its side with its eye slit dead, the torso shell split open with its
reactor gone dark, the other arm, both legs, loose plates and bolts, a cut cable spitting sparks.

Each piece is cut from his own standing frame (`tools/world/sprites_bots.py`), so the pieces are his
red and black and the size he was, and laid flat as the maps lay down someone who has fallen (turned
a quarter), greyed a little where the light has gone out of them."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas
from tools.world.kit import rng
from tools.world.sprites_bots import BOTS

# in his standing frame facing down (64 × 96): where each piece is cut from
HEAD = (16, 0, 32, 27)  # the helm, its two horns and jaw
LEFT_ARM = (0, 14, 18, 68)  # the spiked shoulder, the long forearm and its claws
RIGHT_ARM = (46, 14, 18, 68)
TORSO = (12, 25, 40, 38)  # the plated chest with its reactor, down to the hip joint
PLATE = (14, 26, 36, 11)  # the chest's top plate, above the reactor
LEGS = ((18, 60, 13, 35), (34, 60, 13, 35))  # the piston legs, knee plates and clawed feet
DEAD = {"neon_yellow": "blood", "orange": "blood", "white": "night"}  # lights gone out: reactor, eye


def _frame() -> Canvas:
    return BOTS["ares"][1]("down", 0)


def _cut(box: tuple[int, int, int, int]) -> Canvas:
    return _frame().sub(*box)


def _turned(c: Canvas, clockwise: bool = True) -> Canvas:
    """A quarter turn, as a figure lying on the ground is drawn."""
    t = c.transposed()
    return t.flipped() if clockwise else t._with(t.grid[::-1, :])


def _dead(c: Canvas) -> Canvas:
    c = c.copy()
    c.recolour(DEAD)
    return c


def ares_plate() -> Canvas:
    """The first piece off him: the top plate of his chest, torn away and lying bent on the turf, its
    edge still hot where it tore."""
    c = Canvas(40, 14)
    plate = _cut(PLATE)
    c.blit(plate, 2, 1)
    c.line(2, 12, 37, 10, "blood")  # bent along its length: the lower edge in shadow
    c.line(20, 1, 24, 11, "ink")  # and split
    for x in (5, 14, 27, 35):
        c.px(x, 1, "neon_yellow")  # torn edge, still glowing
    c.outline("shadow")
    return pair(c)


def ares_claw() -> Canvas:
    """One arm torn off him at the shoulder, lying along the ground: the long black forearm with its
    red guard and the three steel claws splayed at one end, the spiked pauldron at the other, and torn
    cables out of the shoulder."""
    c = Canvas(76, 22)
    arm = _turned(_cut(RIGHT_ARM))
    c.blit(arm, 0, 2)
    for dy, colour in ((0, "ink"), (4, "bot_blue"), (8, "ink")):  # cables out of the torn shoulder
        c.line(66, 6 + dy, 75, 4 + dy * 2, colour)
    c.px(75, 12, "neon_yellow")
    c.outline("shadow")
    return pair(c)


def ares_wreck(other: bool = False) -> Canvas:
    """What is left of Ares, in pieces across the circle with grass between them: the torso shell
    on its back split down the middle, the reactor in it dark; the helm rolled away on its side, eye
    slit dead; the other arm flung out along the ground; both legs off at the hip and lying apart;
    loose plates and bolts, dark oil on the grass, and a cut cable whose end spits sparks (`other`:
    the next crackle, the sparks elsewhere, which the window shows by turns with the first)."""
    c = Canvas(128, 62)
    r = rng("ares_wreck")
    for _ in range(110):  # oil and scorch on the turf round the pieces
        x, y = r.randrange(2, 126), r.randrange(4, 62)
        c.px(x, y, "shadow" if r.random() < 0.6 else "ink")
    head = _dead(_turned(_cut(HEAD), clockwise=False))
    c.blit(head, 3, 6)  # the helm rolled away on its side
    torso = _dead(_turned(_cut(TORSO)))
    c.blit(torso, 42, 0)  # the shell, lying on its back
    c.line(42, 20, 80, 18, "shadow")  # split open down its length
    c.line(43, 21, 80, 19, "ink")
    legs = [_dead(_turned(_cut(box), clockwise=i == 0)) for i, box in enumerate(LEGS)]
    c.blit(legs[0], 90, 4)  # one leg off to the east
    c.blit(legs[1], 86, 30)  # the other below it, the other way round
    arm = _dead(_turned(_cut(LEFT_ARM), clockwise=False))
    c.blit(arm, 8, 44)  # the other arm flung out along the bottom
    for x, y, w in ((32, 2, 7), (34, 34, 6), (82, 48, 7), (118, 22, 6), (4, 40, 5)):  # loose plates
        c.rect(x, y, w, 3, "ares_red")
        c.hline(x, y, w, "orange")
        c.hline(x, y + 2, w, "blood")
    for _ in range(12):  # bolts
        c.px(r.randrange(4, 124), r.randrange(2, 60), "steel")
    c.line(78, 30, 76, 36, "ink")  # the cut cable out of the hip, its end in the air
    c.line(76, 36, 79, 41, "ink")
    cx, cy = (79, 41) if not other else (76, 36)
    for dx, dy in ((-3, -2), (3, -3), (4, 1), (-2, 3)) if not other else ((-4, 0), (2, -4), (-1, 3)):
        c.line(cx, cy, cx + dx, cy + dy, "neon_yellow")
        c.px(cx + dx, cy + dy, "white")
    c.px(cx, cy, "white")
    for x, y in ((52, 6), (100, 8), (14, 20)) if not other else ((60, 30), (96, 34), (20, 12)):
        c.px(x, y, "orange")  # embers on the plates, here and there
    c.outline("shadow")
    return pair(c)


DRAW = {"ares_plate": ares_plate, "ares_claw": ares_claw, "ares_wreck": ares_wreck}
DARK = {"ares_wreck": lambda: ares_wreck(other=True)}

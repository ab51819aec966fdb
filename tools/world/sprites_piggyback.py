"""7723 walking (and climbing) with Mai on his back, Momo peeping out of her hood (`7723_piggyback`).

The window reads it for 7723 in the pose `piggyback` (`game/scenes/poses.py`), as it reads
`7723_carry` for him holding her in his arms. The frame is a little bigger than his own (40×52, his
figure in the middle of it) so that her head can show over his shoulder and her legs past his sides.
From the front she is behind him: her face over his shoulder, her arms round his neck, her jeans and
trainers out at his hips where his hands hold her knees. From behind she covers his back, hood and
Momo's orange head at the top. From the side she rides at his back, her knee round his waist.
"""

from __future__ import annotations

from tools.canvas import Canvas
from tools.palette import dark
from tools.world.sprites_bots import _7723

W, H = 40, 52
AT = (4, 4)  # where his own 32×48 frame sits in the bigger one
HAIR, SKIN, TOP, JEANS, SHOES, STREAK = "hair", "skin_light", "magenta", "indigo", "white", "neon_cyan"
MOMO = "orange"


def _momo(c: Canvas, x: int, y: int) -> None:
    """Momo's head out of her hood: an orange ball with two ears and two dark eyes."""
    c.ellipse(x + 0.5, y + 1.5, 2.5, 2, MOMO)
    c.px(x - 1, y - 1, MOMO)
    c.px(x + 2, y - 1, MOMO)
    c.px(x - 1, y + 1, "ink")
    c.px(x + 1, y + 1, "ink")


def _front(bob: int) -> tuple[Canvas, Canvas]:
    """Facing us: what of her is behind him (her head over his shoulder), and what is in front of
    him (her arms round his neck, her legs at his hips)."""
    back, front = Canvas(W, H), Canvas(W, H)
    hy = 14 + bob
    back.ellipse(9, hy - 1.5, 5, 4.5, HAIR)  # her bob over his right shoulder
    back.ellipse(9.5, hy + 1, 3.5, 3, SKIN)
    back.rect(5, hy - 4, 9, 3, HAIR)
    back.px(11, hy - 4, "hair_purple")
    back.vline(8, hy, 2, "ink")  # her eyes, looking ahead past him
    back.vline(11, hy, 2, "ink")
    back.outline("ink")
    for x0, x1 in ((9, 18), (31, 22)):  # her sleeves over his shoulders, hands met under his chin
        front.line(x0, 21 + bob, x1, 23 + bob, TOP)
        front.line(x0, 22 + bob, x1, 24 + bob, TOP)
    front.rect(19, 23 + bob, 3, 2, SKIN)
    for lx, shin in ((1, 1), (31, 35)):  # her knees out past his hips, shins and trainers hanging
        front.rect(lx, 31 + bob, 8, 4, JEANS)
        front.hline(lx, 31 + bob, 8, "deep_blue")
        front.rect(shin, 34 + bob, 4, 5, JEANS)
        front.rect(shin, 39 + bob, 4, 3, SHOES)
        front.hline(shin, 41 + bob, 4, "mist")
    front.outline("ink")
    return back, front


def _behind(bob: int) -> Canvas:
    """From behind: her back over his, the hood and Momo in it, her legs either side of him."""
    m = Canvas(W, H)
    for lx, shoe in ((3, 2), (27, 35)):  # her legs round him, trainers hanging past his hands
        m.rect(lx, 29 + bob, 10, 4, JEANS)
        m.hline(lx, 29 + bob, 10, "deep_blue")
        m.rect(shoe, 32 + bob, 4, 3, SHOES)
    m.rect(13, 18 + bob, 14, 13, TOP)  # the hoodie over his back
    m.vline(26, 18 + bob, 13, dark(TOP))
    m.hline(13, 30 + bob, 14, "neon_pink")
    m.rect(15, 16 + bob, 10, 4, dark(TOP))  # the hood, and Momo in it
    _momo(m, 22, 15 + bob)
    m.ellipse(19, 12 + bob, 4.5, 4.5, HAIR)  # the back of her head against his
    m.vline(17, 10 + bob, 5, "hair_purple")
    m.outline("ink")
    for hx in (6, 33):  # his hands under her knees
        m.ellipse(hx, 31 + bob, 3, 2.5, "white")
        m.hline(hx - 2, 33 + bob, 5, "mist")
    return m


def _side(bob: int) -> Canvas:
    """Seen from the side, facing left: she rides at his back, looking over his shoulder, her knee
    round his waist and her trainer hanging by his hip."""
    m = Canvas(W, H)
    m.rect(27, 17 + bob, 8, 13, TOP)  # her hoodie against his back
    m.vline(34, 17 + bob, 13, dark(TOP))
    m.rect(33, 14 + bob, 4, 5, dark(TOP))  # the hood, Momo looking out of it
    _momo(m, 36, 12 + bob)
    m.ellipse(29, 12 + bob, 4.5, 4.5, HAIR)  # her head over his shoulder
    m.ellipse(27, 14 + bob, 2.5, 2.5, SKIN)
    m.vline(26, 13 + bob, 2, "ink")
    m.px(29, 10 + bob, "hair_purple")
    m.rect(18, 28 + bob, 14, 4, JEANS)  # her thigh round his waist
    m.hline(18, 28 + bob, 14, "deep_blue")
    m.rect(17, 31 + bob, 4, 6, JEANS)  # her shin hanging at his hip
    m.rect(15, 36 + bob, 6, 3, SHOES)
    m.line(28, 20 + bob, 21, 23 + bob, TOP)  # her arm over his shoulder
    m.line(28, 21 + bob, 21, 24 + bob, TOP)
    m.rect(19, 23 + bob, 2, 2, SKIN)
    m.outline("ink")
    return m


def piggyback(d: str, f: int) -> Canvas:
    """7723 with Mai on his back, facing `d`, walk frame `f`."""
    bob = 1 if f in (1, 3) else 0
    bot = _7723(d if d != "right" else "left", f)
    c = Canvas(W, H)
    if d == "down":
        back, front = _front(bob)
        c.blit(back, 0, 0)
        c.blit(bot, *AT)
        c.blit(front, 0, 0)
    else:
        c.blit(bot, *AT)
        c.blit(_behind(bob) if d == "up" else _side(bob), 0, 0)
    return c.flipped() if d == "right" else c

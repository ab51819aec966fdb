"""People of Grainland as 16×32 walking sprites, drawn from a description of each one's look.

One body (big head, short legs — the film's rounded, stylised cast) dressed per character: Mai's
bob with its purple streak, backpack and bat; Rice's lab coat and glasses; Pin's black turtleneck.
Frames: stand, step, stand, other step; rows face down, left, right, up.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tools.canvas import Canvas
from tools.palette import dark, light
from tools.world.walk import walk_sheet


@dataclass
class Look:
    """How one person is dressed; `extras` adds props (bat, backpack, glasses, coat, streak…)."""

    skin: str
    hair: str
    style: str  # bob, bun, short, ponytail, messy, slick, buns, long, cap
    top: str
    bottom: str
    shoes: str = "white"
    adult: bool = False
    accent: str | None = None  # a second colour on the top (stripe, jacket lining, number)
    extras: set[str] = field(default_factory=set)


PEOPLE: dict[str, Look] = {
    "mai": Look("skin_light", "hair", "bob", "magenta", "indigo", "white", accent="neon_cyan",
                extras={"streak"}),  # her bat and backpack are props, carried where the story has them
    "molly": Look("skin_light", "hair", "bun", "teal", "night", "ink", adult=True, accent="white",
                  extras={"earrings"}),
    "rice": Look("skin_light", "fog", "messy", "neon_yellow", "steel", "dark_wood", adult=True,
                 extras={"coat", "glasses"}),
    "pin": Look("skin_light", "hair", "slick", "ink", "night", "ink", adult=True, accent="steel",
                extras={"headset"}),
    "ani": Look("skin_mid", "hair_purple", "buns", "neon_yellow", "bot_blue", "neon_pink", accent="orange"),
    "greenwood": Look("skin_dark", "dark_wood", "ponytail", "neon_lime", "white", "green", accent="green",
                      extras={"number", "socks"}),
    # one of the girls of her team, in the same kit: four of them lift a board off her at the stadium
    "teammate": Look("skin_light", "wood", "bob", "neon_lime", "white", "green", accent="green",
                     extras={"number", "socks"}),
    # the rest of the team in the same kit, each her own girl: the tall one with long black hair, the
    # broad one with hers in two buns, the small ginger one cropped short
    "teammate_b": Look("skin_mid", "hair", "long", "neon_lime", "white", "green", adult=True, accent="green",
                       extras={"number", "socks"}),
    "teammate_c": Look("skin_dark", "hair", "buns", "neon_lime", "white", "green", accent="green",
                       extras={"number", "socks", "stout"}),
    "teammate_d": Look("skin_light", "brick", "short", "neon_lime", "white", "green", accent="green",
                       extras={"number", "socks"}),
    # Ric, a skinny kid in goalkeeper gloves: his little robot is the one Mai tells 7723 to leave alone
    "ric": Look("skin_mid", "hair", "messy", "orange", "deep_blue", "white", accent="neon_yellow",
                extras={"gloves"}),
    "crowd_a": Look("skin_mid", "hair", "cap", "orange", "deep_blue", "ink", adult=True, accent="bot_blue"),
    # a red-haired woman in a long green coat: nothing of Mai's dark bob and pink top, so a passer-by
    # beside the robot is never read as her
    "crowd_b": Look("skin_light", "brick", "bun", "green", "steel", "dark_wood", adult=True, accent="neon_lime",
                    extras={"coat_long", "bag"}),
    # in a brick-red top: nothing of Molly's teal nor Mai's pink, so a passer-by by Mai is neither
    "crowd_c": Look("skin_dark", "hair", "short", "brick", "indigo", "ares_red", accent="teal",
                    extras={"headphones"}),
    # the rest of the crowd: old and young, big and slight, a few walking with their robots
    "crowd_d": Look("skin_light", "fog", "bun", "wood", "dark_wood", "ink", adult=True, accent="lamp",
                    extras={"cane", "coat_long"}),
    "crowd_e": Look("skin_mid", "skin_mid", "short", "white", "steel", "ink", adult=True, accent="ares_red",
                    extras={"stout", "beard", "apron"}),
    # in orange: nothing of the school team's lime green, so a passer-by at school is no bully of theirs
    "crowd_f": Look("skin_dark", "hair", "ponytail", "orange", "magenta", "ink", adult=True, accent="lamp",
                    extras={"skirt", "bag"}),
    "crowd_g": Look("skin_light", "wood", "buns", "bot_blue", "neon_yellow", "white", accent="holo",
                    extras={"drone"}),
    "crowd_h": Look("skin_mid", "hair", "slick", "night", "night", "ink", adult=True, accent="neon_cyan",
                    extras={"glasses", "bag"}),
    "crowd_i": Look("mist", "steel", "short", "fog", "steel", "indigo", adult=True, accent="neon_cyan",
                    extras={"android"}),
    "crowd_j": Look("skin_light", "hair_purple", "long", "indigo", "deep_blue", "neon_pink", accent="neon_pink",
                    extras={"drone", "headphones"}),
    "crowd_k": Look("skin_dark", "fog", "short", "ares_red", "indigo", "dark_wood", adult=True, accent="cream",
                    extras={"beard", "cane"}),
}

CROWD = sorted(n for n in PEOPLE if n.startswith("crowd_"))  # the passers-by a map spreads its crowd over
# sprites whose people are drawn in turns from several sheets (`sprite#1` the first, `sprite#2` the
# second...), so that a team in one kit is four girls, not one girl four times
VARIANTS: dict[str, tuple[str, ...]] = {"teammate": ("teammate", "teammate_b", "teammate_c", "teammate_d")}
SIBLINGS = [n for names in VARIANTS.values() for n in names[1:]]  # the sheets besides the sprite's own


def _geometry(look: Look) -> tuple[int, int, int]:
    """Head top, torso top and leg top: adults are taller in the body, not the head."""
    return (3, 13, 22) if look.adult else (6, 16, 24)


def _hair_front(c: Canvas, look: Look, hx: int, hy: int) -> None:
    h = look.hair
    c.rect(hx, hy, 8, 3, h)
    c.hline(hx + 1, hy - 1, 6, h)
    if look.style in ("bob", "long", "ponytail", "bun", "buns"):
        c.vline(hx, hy + 3, 5 if look.style != "long" else 8, h)
        c.vline(hx + 7, hy + 3, 5 if look.style != "long" else 8, h)
    if look.style == "bob":
        c.rect(hx, hy + 3, 4, 1, h)  # side-swept fringe
        c.vline(hx - 1, hy + 2, 6, h)
        c.vline(hx + 8, hy + 2, 6, h)
    if look.style == "bun":
        c.rect(hx + 2, hy - 3, 4, 3, h)
    if look.style == "buns":
        c.rect(hx - 1, hy - 2, 3, 3, h)
        c.rect(hx + 6, hy - 2, 3, 3, h)
    if look.style == "messy":
        for x in range(hx - 1, hx + 9, 2):
            c.px(x, hy - 1, h)
        c.vline(hx - 1, hy + 1, 3, h)
        c.vline(hx + 8, hy + 1, 3, h)
    if look.style == "slick":
        c.hline(hx + 1, hy + 3, 3, h)
    if look.style == "cap":
        c.rect(hx - 1, hy - 1, 10, 3, look.accent or "bot_blue")
        c.hline(hx, hy + 2, 9, dark(look.accent or "bot_blue"))
    if "streak" in look.extras:
        c.vline(hx + 5, hy, 3, "hair_purple")
        c.vline(hx + 7, hy + 3, 4, "hair_purple")
    c.px(hx + 2, hy, light(h))


def _head(c: Canvas, look: Look, d: str, hy: int) -> None:
    _head_base(c, look, d, hy)
    _face_extras(c, look, d, 4, hy)


def _face_extras(c: Canvas, look: Look, d: str, hx: int, hy: int) -> None:
    """Beards and an android's visor and aerial, over the plain head."""
    beard = "dark_wood" if look.hair.startswith("skin") else look.hair
    if "beard" in look.extras and d == "down":
        c.rect(hx + 1, hy + 7, 6, 2, beard)
        c.hline(hx + 3, hy + 7, 2, dark(look.skin))
    elif "beard" in look.extras and d == "left":
        c.rect(hx, hy + 6, 4, 2, beard)
    if "android" in look.extras:
        c.vline(hx + 6, hy - 4, 3, "steel")
        c.px(hx + 6, hy - 5, look.accent or "neon_cyan")
        if d == "down":
            c.rect(hx + 1, hy + 4, 6, 3, "night")
            c.hline(hx + 2, hy + 5, 4, look.accent or "neon_cyan")
            c.hline(hx + 2, hy + 8, 4, "steel")
        elif d == "left":
            c.rect(hx - 1, hy + 4, 4, 3, "night")
            c.hline(hx - 1, hy + 5, 3, look.accent or "neon_cyan")


def _head_base(c: Canvas, look: Look, d: str, hy: int) -> None:
    hx = 4
    skin = look.skin
    c.rect(hx, hy, 8, 9, skin)
    c.px(hx, hy, None)
    c.px(hx + 7, hy, None)
    c.px(hx, hy + 8, None)
    c.px(hx + 7, hy + 8, None)
    c.hline(hx + 1, hy + 8, 6, dark(skin))
    if d == "up":
        c.rect(hx, hy - 1, 8, 8, look.hair)
        c.hline(hx + 1, hy - 2, 6, look.hair)
        if look.style in ("bob", "long", "ponytail", "bun", "buns"):
            c.rect(hx, hy + 6, 8, 2 if look.style != "long" else 5, look.hair)
        if look.style == "bob":
            c.vline(hx - 1, hy + 2, 6, look.hair)
            c.vline(hx + 8, hy + 2, 6, look.hair)
        if look.style == "bun":
            c.rect(hx + 2, hy - 3, 4, 3, look.hair)
        if look.style == "buns":
            c.rect(hx - 1, hy - 2, 3, 3, look.hair)
            c.rect(hx + 6, hy - 2, 3, 3, look.hair)
        if look.style == "ponytail":
            c.rect(hx + 3, hy + 6, 2, 5, look.hair)
        if look.style == "cap":
            c.rect(hx - 1, hy - 1, 10, 4, look.accent or "bot_blue")
        if "streak" in look.extras:
            c.vline(hx + 2, hy, 5, "hair_purple")
        c.hline(hx + 2, hy, 3, light(look.hair))
        return
    if d == "down":
        _hair_front(c, look, hx, hy)
        ey = hy + 5
        for ex in (hx + 2, hx + 5):
            c.vline(ex, ey, 2, "ink")
        c.px(hx + 1, ey + 2, "neon_pink" if not look.adult else skin)
        c.px(hx + 6, ey + 2, "neon_pink" if not look.adult else skin)
        c.hline(hx + 3, ey + 3, 2, dark(skin))
        if "glasses" in look.extras:
            c.rect(hx + 1, ey, 3, 2, "holo")
            c.rect(hx + 4, ey, 3, 2, "holo")
            c.px(hx + 2, ey, "ink")
            c.px(hx + 5, ey, "ink")
        if "headphones" in look.extras:
            c.rect(hx - 1, hy + 4, 2, 3, "ares_red")
            c.rect(hx + 7, hy + 4, 2, 3, "ares_red")
            c.hline(hx, hy - 1, 8, "ares_red")
        if "earrings" in look.extras:
            c.px(hx - 1, hy + 7, "neon_yellow")
            c.px(hx + 8, hy + 7, "neon_yellow")
        if "headset" in look.extras:
            c.px(hx - 1, hy + 5, "steel")
            c.line(hx - 1, hy + 6, hx + 1, hy + 8, "steel")
        return
    # side view, facing left (the right-facing row is the mirror image)
    c.rect(hx + 3, hy - 1, 5, 7, look.hair)
    c.rect(hx, hy - 1, 8, 3, look.hair)
    c.px(hx, hy - 1, None)
    if look.style in ("bob", "long", "bun", "buns", "ponytail"):
        c.rect(hx + 4, hy + 2, 4, 6 if look.style != "long" else 9, look.hair)
    if look.style == "bob":
        c.vline(hx + 8, hy + 2, 6, look.hair)
    if look.style == "ponytail":
        c.rect(hx + 8, hy + 3, 2, 5, look.hair)
    if look.style == "bun":
        c.rect(hx + 5, hy - 3, 4, 3, look.hair)
    if look.style == "buns":
        c.rect(hx + 6, hy - 2, 3, 3, look.hair)
    if look.style == "messy":
        c.px(hx + 8, hy, look.hair)
        c.px(hx + 2, hy - 2, look.hair)
    if look.style == "cap":
        c.rect(hx - 2, hy - 1, 10, 3, look.accent or "bot_blue")
    if "streak" in look.extras:
        c.vline(hx + 5, hy - 1, 5, "hair_purple")
    c.px(hx - 1, hy + 5, look.skin)  # nose
    c.vline(hx + 1, hy + 4, 2, "ink")
    if "glasses" in look.extras:
        c.rect(hx, hy + 4, 3, 2, "holo")
        c.px(hx + 1, hy + 4, "ink")
        c.hline(hx + 3, hy + 4, 2, "steel")
    if "headphones" in look.extras:
        c.rect(hx + 4, hy + 4, 3, 3, "ares_red")
    c.px(hx + 6, hy + 5, dark(look.skin))  # ear


def _body(c: Canvas, look: Look, d: str, f: int, ty: int, ly: int) -> None:
    top, bottom, skin = look.top, look.bottom, look.skin
    swing = (0, 1, 0, -1)[f]
    step = f in (1, 3)
    legs = 30 - ly
    if d in ("down", "up"):
        for i, lx in enumerate((5, 8)):
            lift = 1 if (step and (i == 0) == (f == 1)) else 0
            c.rect(lx, ly, 3, legs - lift, bottom)
            c.vline(lx + 2, ly, legs - lift, dark(bottom))
            if "socks" in look.extras:
                c.rect(lx, ly + legs - lift - 3, 3, 3, look.accent or "white")
            c.rect(lx, 30 - lift, 3, 2, look.shoes)
            c.px(lx + (0 if i == 0 else 2), 31 - lift, dark(look.shoes))
        c.rect(5, ty, 6, ly - ty + 1, top)
        c.vline(10, ty, ly - ty + 1, dark(top))
        c.hline(5, ty, 6, light(top))
        for side, ax in ((0, 4), (1, 11)):
            s = swing if side == 0 else -swing
            c.rect(ax, ty + 1, 1, 5 + s, top if "coat" not in look.extras else "white")
            c.rect(ax, ty + 6 + s, 1, 2, skin)
        if look.accent and d == "down" and "coat" not in look.extras:
            c.vline(7, ty + 1, ly - ty - 1, look.accent) if look.style != "cap" else None
            if look.adult:
                c.hline(6, ty, 4, look.accent)
        if "number" in look.extras and d == "up":
            c.rect(6, ty + 2, 4, 4, "white")
            c.vline(8, ty + 3, 2, look.accent or "green")
        if "coat" in look.extras:
            c.rect(4, ty, 8, ly - ty + 5, "white")
            c.vline(11, ty, ly - ty + 5, "mist")
            c.hline(4, ly + 4, 8, "fog")
            if d == "down":
                c.rect(6, ty, 4, ly - ty, top)
                c.vline(7, ty + 1, ly - ty - 1, dark(top))
                c.px(5, ty + 4, "bot_blue")
        if "backpack" in look.extras:
            if d == "down":
                c.vline(5, ty, 5, "orange")
                c.vline(10, ty, 5, "orange")
            else:
                c.rect(4, ty + 1, 8, 7, "orange")
                c.hline(4, ty + 1, 8, "neon_yellow")
                c.rect(6, ty + 4, 4, 2, "brick")
        if "bat" in look.extras and d == "down":
            c.line(3, ty + 7 + swing, 1, ty + 14 + swing, "wood")
            c.line(2, ty + 7 + swing, 0, ty + 13 + swing, "lamp")
        return
    # facing left
    stride = (0, 3, 0, -3)[f]
    for sign, colour, shoe in ((-1, dark(bottom), dark(look.shoes)), (1, bottom, look.shoes)):
        foot = 7 + sign * stride // 1 if stride else 6 + (sign > 0) * 2
        for y in range(ly, 30):
            t = (y - ly) / max(1, 29 - ly)
            x = round(7 + (foot - 7) * t)
            c.rect(x, y, 2, 1, colour)
        c.rect(foot - 1, 30, 3, 2, shoe)
        if "socks" in look.extras:
            c.rect(foot, 27, 2, 3, look.accent or "white")
    c.rect(5, ty, 5, ly - ty + 1, top)
    c.hline(5, ty, 5, light(top))
    c.vline(9, ty, ly - ty + 1, dark(top))
    if "coat" in look.extras:
        c.rect(5, ty, 6, ly - ty + 5, "white")
        c.vline(10, ty, ly - ty + 5, "mist")
    if "backpack" in look.extras:
        c.rect(9, ty + 1, 3, 7, "orange")
        c.vline(11, ty + 1, 7, "brick")
    hand = 7 - stride
    c.line(7, ty + 1, hand, ty + 6, top if "coat" not in look.extras else "mist")
    c.rect(hand, ty + 6, 2, 2, skin)
    if "bat" in look.extras:
        c.line(hand - 1, ty + 7, hand - 4, ty + 12, "wood")


def _body_extras(c: Canvas, look: Look, d: str, f: int, ty: int, ly: int) -> None:
    """Long coats, aprons, skirts, a big build, a bag, a cane, and the little drone some people keep."""
    ex, top, acc = look.extras, look.top, look.accent or "white"
    side = d == "left"
    x0, w = (4, 7) if side else (4, 8)
    if "stout" in ex:
        c.rect(x0, ty + 1, w, ly - ty, top)
        c.vline(x0 + w - 1, ty + 1, ly - ty, dark(top))
    if "coat_long" in ex:
        c.rect(x0, ty, w, ly - ty + 6, top)
        c.vline(x0 + w - 1, ty, ly - ty + 6, dark(top))
        c.hline(x0, ty, w, acc)
        if d == "down":
            c.vline(7, ty + 1, ly - ty + 5, dark(top))
    if "apron" in ex and d != "up":
        c.rect(5 if not side else 4, ty + 4, 6 if not side else 2, ly - ty + 2, acc)
        if not side:
            c.vline(6, ty, 4, acc)
            c.vline(9, ty, 4, acc)
    if "skirt" in ex:
        legs = c.mask_of(look.bottom, dark(look.bottom))
        legs[: ly + 3, :] = False
        c.put(legs, "ink")
        c.rect(x0, ly - 1, w, 5, look.bottom)
        c.hline(x0, ly + 3, w, dark(look.bottom))
    if any(k in ex for k in ("stout", "coat_long")) and not side:  # hands out past the wider body
        c.rect(3, ty + 6, 1, 2, look.skin)
        c.rect(12, ty + 6, 1, 2, look.skin)
    if "gloves" in ex:  # goalkeeper gloves: the skin below the shoulders is his hands, gloved
        hands = c.mask_of(look.skin)
        hands[: ty + 5, :] = False
        c.put(hands, "neon_yellow")
    if "bag" in ex and d != "up":
        bx = 12 if not side else 8
        c.rect(bx, ty + 8, 3, 4, acc)
        c.hline(bx, ty + 8, 3, dark(acc))
        c.vline(bx + 1, ty + 6, 2, "ink")
    if "cane" in ex:
        if side:
            c.line(3, ty + 7, 2, 31, "dark_wood")
        elif d == "down":
            c.vline(13, ty + 7, 31 - ty - 7, "dark_wood")
            c.hline(12, ty + 7, 2, "dark_wood")
    if "drone" in ex:
        y = ty - 7 + (f % 2)
        c.rect(12, y, 3, 2, "steel")
        c.px(13, y + 1, acc)
        c.hline(11, y - 1, 5, "fog")


def person_frame(look: Look, d: str, f: int) -> Canvas:
    c = Canvas(16, 32)
    hy, ty, ly = _geometry(look)
    bob = 1 if f in (1, 3) else 0
    facing = "left" if d == "right" else d
    body = Canvas(16, 32)
    body.rect(7, hy + 8, 2, ty - hy - 7, dark(look.skin))  # neck
    _body(body, look, facing, f, ty, ly)
    _body_extras(body, look, facing, f, ty, ly)
    head = Canvas(16, 32)
    _head(head, look, facing, hy)
    c.blit(body.rolled(0, 0), 0, 0)
    c.blit(head.rolled(0, bob), 0, 0)  # the head bobs on the stepping frames
    c.outline("ink")
    return c.flipped() if d == "right" else c


def sheet(look: Look) -> Canvas:
    return walk_sheet(lambda d, f: person_frame(look, d, f), 16, 32)

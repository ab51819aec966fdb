"""The launch hall's show: the ROBO-LEAGUE advert on the big screen over the stage, and the hologram
of Justin Pin that turns above it, one hand raised.

The words say the screen runs "an advert three storeys tall: ROBO-LEAGUE, SEASON NINE. Eleven chrome
players with no faces, frozen mid-kick", so that is the picture: eleven small chrome bodies in two
rows on a strip of pitch, the ball in the air, the title in the logo's lettering. The hologram is a
big picture in hologram blues on nothing (transparent), which the window adds to the frame as light
while the hall's `hologram` light is on (`game/scenes/projected.py`), so people show through it.
Added at the end of the IQ tileset, so no tile the maps already place changes its id.
"""

from __future__ import annotations

import numpy as np

from tools.art.logo import SMALL, lettering
from tools.canvas import Canvas, ellipse, polygon
from tools.world.tileset import Tileset

SCREEN = (128, 64)  # the big screen: 8 × 4 tiles, as the launch screen it replaces
HOLO = (96, 160)  # Pin's hologram: 6 × 10 tiles

# Capitals five wide and seven high: the logo's small lettering (`tools/art/logo.py`).

# A chrome footballer with no face, frozen mid-kick (facing right): M mirror-bright, W white, F fog
# shade, S steel, the kicking leg out in front. Mirrored, he kicks the other way.
PLAYER = """
....WW.......
...WMMF......
...MMMF......
....FF.......
..WWMMFF.....
.W.WMMF.F....
W..WMMF..F...
...MMFF......
...MF.SS.....
...M...SSSS..
..M..........
..M..........
.MM..........
"""
PLAYER_KEY = {"W": "white", "M": "mist", "F": "fog", "S": "steel"}


def _words(c: Canvas, text: str, y: int, colour: str, shadow: str, slant: int = 0) -> None:
    """A line of the logo's lettering centred across the screen, a shadow one pixel down-right."""
    mask = lettering(text, SMALL, 1, 1, slant=slant)
    h, w = mask.shape
    x = (c.w - w) // 2
    for dx, dy, col in ((1, 1, shadow), (0, 0, colour)):
        painted = np.zeros((c.h, c.w), dtype=bool)
        painted[y + dy : y + dy + h, x + dx : x + dx + w] = mask
        c.put(painted, col)


def _players(c: Canvas, glint: int) -> None:
    """Eleven of them in two rows over the pitch: five at the back, six in front, the ball mid-air."""
    c.rect(3, 24, 122, 20, "green")
    c.hline(3, 24, 122, "neon_lime")
    for x in range(3, 125, 8):
        c.rect(x, 25, 4, 19, "teal")  # mown stripes
    c.hline(3, 33, 122, "white")  # the halfway line, far off
    team = Canvas(c.w, c.h)
    spots = [(8 + i * 24, 15, i % 2 == 1) for i in range(5)] + [(2 + i * 21, 29, i % 2 == 0) for i in range(6)]
    for i, (x, y, flip) in enumerate(spots):
        team.stamp(PLAYER, x, y, PLAYER_KEY, flip=flip)
        if i == glint:  # a glint runs along the chrome, one body at a time
            team.px(x + (8 if flip else 4), y, "white")
            team.px(x + (9 if flip else 3), y + 1, "white")
    team.outline("ink")
    c.blit(team, 0, 0)
    c.ellipse(81, 39, 3.5, 3.5, "ink")  # the ball, frozen as it leaves a boot
    c.ellipse(81, 39, 2.5, 2.5, "white")
    c.px(81, 39, "ink")
    c.px(82, 40, "fog")


def advert(f: int) -> Canvas:
    """The big screen's advert, frame `f` of two: the season's number and the glint change."""
    w, h = SCREEN
    c = Canvas(w, h)
    c.rect(0, 0, w, h, "steel")
    c.rect(2, 2, w - 4, 54, "night")
    for x in range(2, w - 2, 2):
        c.px(x, 2 + (x * 7) % 26, "deep_blue")  # stadium lights far off
    _players(c, 3 if f == 0 else 8)
    _words(c, "ROBO-LEAGUE", 5, "neon_yellow", "blood", slant=4)
    _words(c, "SEASON 9", 46, "white" if f == 0 else "neon_cyan", "indigo")
    for y in range(3, 56, 3):  # scan lines: a screen, not a window
        for x in range(2, w - 2):
            if c.get(x, y) in ("night", "deep_blue"):
                c.px(x, y, "ink")
    c.rect(0, 56, w, 8, "indigo")
    for x in range(4, w - 4, 6):
        c.px(x, 59, "neon_cyan" if (x // 6 + f) % 2 else "neon_pink")
    c.frame(0, 0, w, h, "fog")
    return c


def _pin_shape(c: Canvas) -> tuple[np.ndarray, ...]:
    """Masks of Pin's parts, facing the hall: body (suit), head, the raised arm and hand."""
    w, h = c.w, c.h

    def poly(pts: list[tuple[float, float]]) -> np.ndarray:
        return polygon(w, h, pts)

    head = ellipse(w, h, 52, 22, 10, 12)
    hair = ellipse(w, h, 52, 15, 11, 7) & ~ellipse(w, h, 52, 24, 10, 8)
    neck = poly([(47, 32), (57, 32), (57, 38), (47, 38)])
    torso = poly([(34, 40), (70, 40), (74, 46), (70, 92), (34, 92), (30, 46)])
    lapel = poly([(46, 40), (52, 58), (58, 40), (55, 40), (52, 50), (49, 40)])
    arm_down = poly([(70, 44), (77, 48), (78, 90), (71, 92), (70, 60)])
    hand_down = ellipse(w, h, 75, 94, 4, 5)
    arm_up = poly([(34, 44), (28, 40), (14, 14), (21, 10), (36, 40)])  # his right, raised
    hand_up = ellipse(w, h, 16, 7, 5, 6) | poly([(12, 2), (14, 0), (16, 6)]) | poly([(19, 0), (21, 1), (20, 6)])
    legs = poly([(35, 92), (51, 92), (50, 148), (38, 148)]) | poly([(53, 92), (69, 92), (66, 148), (54, 148)])
    shoes = ellipse(w, h, 43, 150, 8, 4) | ellipse(w, h, 61, 150, 8, 4)
    return head, hair, neck, torso, lapel, arm_down | hand_down, arm_up, hand_up, legs, shoes


def pin_hologram() -> Canvas:
    """Justin Pin forty feet tall in hologram light, smiling, one hand raised as if about to say
    something wonderful; the ring of the projector under his feet."""
    w, h = HOLO
    c = Canvas(w, h)
    head, hair, neck, torso, lapel, arm, arm_up, hand_up, legs, shoes = _pin_shape(c)
    c.put(legs | shoes, "deep_blue")
    c.put(torso | arm | arm_up, "bot_blue")
    c.put(lapel, "holo")
    c.put(neck | head | hand_up, "holo")
    c.put(hair, "deep_blue")
    c.vline(52, 44, 12, "white")  # the tie
    c.vline(52, 76, 16, "deep_blue")  # the jacket's opening, and its buttons
    for y in (62, 70):
        c.px(54, y, "holo")
    c.vline(70, 48, 42, "deep_blue")  # the arm at his side, and its cuff
    c.hline(71, 88, 7, "deep_blue")
    c.put(polygon(w, h, [(14, 14), (21, 10), (23, 13), (16, 17)]), "deep_blue")  # the raised arm's cuff
    for x, y in ((48, 22), (56, 22)):  # eyes, and the smile
        c.px(x, y, "deep_blue")
    c.hline(48, 28, 9, "deep_blue")
    c.px(47, 27, "deep_blue")
    c.px(57, 27, "deep_blue")
    body = head | neck | torso | arm | arm_up | hand_up | legs | shoes | hair
    rim = body & ~(np.roll(body, 1, 0) & np.roll(body, -1, 0) & np.roll(body, 1, 1) & np.roll(body, -1, 1))
    c.put(rim, "white")  # white-hot edges, as every hologram in the game
    c.put(ellipse(w, h, 52, 153, 40, 6) & ~ellipse(w, h, 52, 153, 36, 4), "neon_cyan")  # the projector ring
    return c


def build(ts: Tileset) -> None:
    ts.add_big_anim("bigscreen_roboleague", [advert(f) for f in range(2)], [2400, 2400])
    ts.add_big("pinholo", pin_hologram())

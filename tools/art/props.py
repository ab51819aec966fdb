"""The props stage directions put on the maps (`story/props.yaml`): each drawn at the scale of the
map's people (Mai is 16×32), as two frames side by side, as it lies on the ground and as it is held.

    assets/props/<art>.png

Every `art` of the catalogue needs a drawing here (`DRAW`); the art test checks both ways.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np

from tools.art import props_ares_wreck, props_screens, props_signs, props_tower
from tools.art.prop_frames import pair
from tools.art.props_ares import ares_screen
from tools.art.props_frame import ice_pack, photo_beach, photo_dad
from tools.art.props_gate import stadium_gate
from tools.art.props_glass import glass_open
from tools.art.props_house import (
    bat_leant,
    floor_hole,
    paper_bag,
    puddle,
    roof_gap,
    roof_lid,
    storm_drain,
    swept_table,
    tears,
)
from tools.art.props_kickabout import ball_in_weeds
from tools.art.props_light import manhole_shaft
from tools.art.props_lower import crater, swept_circle
from tools.art.props_marks import dent, port_sparks, weapons_module
from tools.art.props_mic import mic_pole, microphone
from tools.art.props_momo import momo_hoodie
from tools.art.props_monorail import monorail
from tools.art.props_office import reading_glasses, steward_kit
from tools.art.props_school import bus_shelter, juice_can, recycling_bin, thank_you_bag
from tools.art.props_signal import signal
from tools.art.props_stadium import board_lifted, torn_turf
from tools.art.props_under import big_pipe, calendar, echoing_pipe, kettle
from tools.art.props_yard import broken_fence
from tools.canvas import Canvas, polygon
from tools.world.tiles_floors import glazed_tiles


def bat() -> Canvas:
    """Mai's bat: dented wood, black tape at the grip; on the ground it lies flat, held it leans."""
    ground = Canvas(16, 5)
    ground.hline(0, 2, 5, "ink")  # taped grip
    ground.px(0, 1, "ink")
    ground.px(0, 3, "ink")
    ground.hline(5, 2, 4, "wood")
    ground.rect(9, 1, 6, 3, "wood")
    ground.hline(9, 1, 6, "lamp")
    ground.px(12, 3, "dark_wood")  # the dent
    ground.px(15, 2, "dark_wood")
    held = Canvas(10, 16)
    held.line(1, 15, 4, 9, "ink")
    held.line(4, 9, 6, 5, "wood")
    held.line(6, 5, 8, 0, "wood")
    held.line(7, 5, 9, 0, "lamp")
    held.px(7, 2, "dark_wood")
    return pair(ground, held)


def backpack() -> Canvas:
    """Her orange backpack: a flap, a pocket, the sewn-in name tag's white corner."""
    c = Canvas(11, 11)
    c.rect(1, 2, 9, 9, "orange")
    c.hline(1, 2, 9, "neon_yellow")
    c.rect(1, 1, 9, 4, "brick")
    c.hline(2, 1, 7, "orange")
    c.rect(3, 6, 5, 3, "brick")
    c.px(4, 7, "neon_yellow")
    c.px(8, 9, "white")
    c.hline(4, 0, 3, "dark_wood")  # the loop to hang it by
    c.outline("ink")
    return pair(c, c.copy())


def dads_box() -> Canvas:
    """The cardboard box with DAD across its side in Molly's writing, the flaps folded open, and the
    sleeve of his old blue jacket hanging out over the edge: whose it is, readable at a glance."""
    c = Canvas(20, 13)
    c.rect(1, 4, 18, 8, "wood")
    c.rect(1, 2, 18, 2, "lamp")  # the flaps, open
    c.vline(10, 2, 2, "dark_wood")  # the torn tape
    for x0 in (4, 12):  # D . D
        c.vline(x0, 6, 4, "ink")
        c.px(x0 + 1, 6, "ink")
        c.px(x0 + 1, 9, "ink")
        c.vline(x0 + 2, 7, 2, "ink")
    c.vline(8, 7, 3, "ink")  # A
    c.vline(10, 7, 3, "ink")
    c.px(9, 6, "ink")
    c.px(9, 8, "ink")
    c.rect(16, 1, 3, 9, "bot_blue")  # his jacket's sleeve, out over the side
    c.vline(16, 1, 9, "deep_blue")
    c.hline(16, 9, 3, "lamp")  # the cuff
    c.outline("ink")
    return pair(c, c.copy())


def gen6_body() -> Canvas:
    """A Gen 6 curled up in its gift box: white shell, a pink bow on the lid, and, held, the same."""
    c = Canvas(18, 12)
    c.rect(1, 4, 16, 7, "magenta")  # the gift box
    c.hline(1, 4, 16, "neon_pink")
    c.vline(9, 4, 7, "white")  # ribbon
    c.ellipse(6, 4, 4, 3, "white")  # the shell curled in it
    c.ellipse(6, 3, 3, 2, "mist")
    c.px(5, 3, "orange")  # the eye, warm
    c.px(11, 2, "neon_pink")
    c.px(12, 3, "neon_pink")
    c.px(13, 2, "neon_pink")
    c.outline("ink")
    return pair(c, c.copy())


def panda() -> Canvas:
    """The arcade panda: one eye gone."""
    c = Canvas(9, 10)
    c.ellipse(4, 6, 4, 3.5, "white")
    c.ellipse(4, 3, 3, 2.6, "white")
    c.px(1, 1, "ink")
    c.px(7, 1, "ink")
    c.px(3, 3, "ink")  # one eye; the other is a loose thread
    c.px(5, 3, "mist")
    c.rect(1, 6, 2, 2, "ink")
    c.rect(6, 6, 2, 2, "ink")
    c.outline("ink")
    return pair(c, c.copy())


def sleeve() -> Canvas:
    """The strip torn from Molly's sleeve: her teal top, its torn end frayed white; held, it hangs
    from the fist long enough to be seen there."""
    ground = Canvas(12, 4)
    ground.line(0, 2, 9, 1, "teal")
    ground.line(0, 3, 9, 2, "neon_cyan")
    ground.line(10, 1, 11, 3, "white")
    held = Canvas(6, 14)
    held.rect(1, 0, 3, 11, "teal")
    held.vline(1, 1, 10, "neon_cyan")
    for x in (1, 2, 3):  # the frayed end
        held.vline(x, 11 + x % 2, 2, "white")
    held.outline("ink")
    return pair(ground, held)


def broken_table() -> Canvas:
    """A lunch table snapped in two: the halves of its top tipped into a V over the splinters, a bench
    broken off, the trays upside down and the peas everywhere. It lies over the whole table it was
    (32×32, the table's two tiles), so nothing of the whole one shows round it."""
    c = Canvas(32, 32)
    c.rect(0, 2, 32, 30, "fog")  # the yard's tarmac where it stood, grit and all
    for x, y in ((4, 4), (11, 30), (23, 3), (27, 29), (2, 27), (30, 11), (16, 1)):
        c.px(x, y, "steel")
    c.put(polygon(32, 32, [(2, 9), (15, 13), (14, 27), (2, 23)]), "indigo")  # the halves' shadows
    c.put(polygon(32, 32, [(19, 11), (31, 8), (31, 22), (18, 25)]), "indigo")
    for x, y in ((3, 5), (9, 28), (20, 5), (25, 26), (14, 29), (27, 4), (1, 19)):  # splinters
        c.line(x, y, x + 3, y + 1, "dark_wood")
    c.put(polygon(32, 32, [(1, 7), (14, 11), (13, 25), (1, 21)]), "wood")  # the left half, tipped down
    c.line(1, 7, 14, 11, "lamp")
    c.line(14, 11, 13, 25, "dark_wood")
    c.put(polygon(32, 32, [(18, 9), (31, 6), (31, 20), (17, 23)]), "wood")  # the right half
    c.line(18, 9, 31, 6, "lamp")
    c.line(17, 23, 31, 20, "dark_wood")
    for x in (5, 9):
        c.line(x, 9, x, 22, "dark_wood")
    c.line(24, 8, 24, 21, "dark_wood")
    c.line(15, 12, 16, 24, "ink")  # the crack between them
    c.rect(2, 27, 12, 3, "wood")  # the near bench, snapped off and fallen
    c.hline(2, 27, 12, "lamp")
    c.line(18, 28, 29, 26, "dark_wood")  # and its other end, on its side
    c.line(3, 2, 28, 3, "wood")  # the far bench, still standing
    c.rect(20, 12, 7, 5, "fog")  # a tray, upside down
    c.rect(5, 13, 6, 4, "mist")
    c.rect(6, 14, 2, 2, "orange")
    for x, y in ((12, 17), (15, 27), (17, 14), (21, 19), (27, 23), (8, 24), (30, 29), (1, 25)):  # peas
        c.px(x, y, "neon_lime")
    c.rect(28, 14, 2, 3, "white")  # the milk carton, on its side
    return pair(c, c.copy())


def fallen_board() -> Canvas:
    """A touchline LED ad board fallen flat, its face still lit as the ones standing along the pitch
    (the dark band, the sponsor's yellow letters, the cyan dot and the pink bars), cracked across and
    some of its LEDs dead: it lies over the legs of whoever it pinned. The picture is wider than the
    board, clear to the right, so that set down where someone lies facing right (head to the right),
    it covers their legs and not the rest of them, nor them once they sit up out from under it."""
    c = Canvas(72, 16)
    c.rect(0, 2, 30, 12, "ink")  # the board, fallen a little askew over them
    c.rect(1, 3, 28, 10, "night")
    c.hline(1, 3, 28, "steel")
    c.hline(1, 12, 28, "indigo")
    for x in range(3, 17, 4):  # the sponsor's letters, in yellow blocks
        c.rect(x, 6, 3, 4, "neon_yellow")
        c.px(x + 1, 7, "night")
    c.ellipse(20, 8, 1.6, 1.6, "neon_cyan")  # its dot
    c.hline(23, 7, 5, "neon_pink")  # its bars
    c.hline(23, 9, 4, "magenta")
    c.line(12, 3, 17, 12, "ink")  # cracked across
    for x, y in ((5, 7), (14, 8), (24, 7)):  # LEDs gone dead
        c.px(x, y, "night")
    c.rect(0, 13, 3, 3, "fog")  # its feet, snapped
    c.rect(27, 0, 3, 3, "fog")
    return pair(c, c.copy())


def armful() -> Canvas:
    """People carried out of the stands in 7723's arms: a kid in a cap and a grown-up holding on to
    him, drawn small across his chest."""
    c = Canvas(20, 14)
    for x, y, top, hair in ((1, 4, "orange", "hair"), (8, 1, "neon_pink", "wood"), (13, 5, "neon_cyan", "hair")):
        c.rect(x, y + 4, 6, 5, top)  # a body, curled against him
        c.hline(x, y + 4, 6, light_of(top))
        c.rect(x + 1, y, 4, 4, "skin_light" if x != 13 else "skin_dark")  # a head
        c.hline(x + 1, y, 4, hair)
        c.rect(x + 1, y + 9, 4, 2, "indigo")  # legs over his arm
    c.hline(0, 12, 20, "mist")  # his forearm under them
    c.outline("ink")
    return pair(c, c.copy())


def mattress() -> Canvas:
    """The old mattress from under the city: purple ticking gone dark with damp, a grey pillow, a teal
    blanket, a stain or two. On the ground it lies flat (32×16, two tiles); dragged, one end is up in
    Mai's hand and the rest scrapes along behind her (the picture trails to the left, as behind someone
    facing right)."""
    ground = Canvas(32, 16)
    ground.rect(1, 4, 30, 10, "hair_purple")
    ground.hline(1, 4, 30, "dusk")
    ground.rect(2, 5, 8, 5, "cream")  # the pillow
    ground.hline(2, 9, 8, "fog")
    ground.rect(18, 6, 12, 7, "teal")  # the blanket, thrown back
    ground.hline(18, 6, 12, "neon_cyan")
    for x, y in ((12, 11), (14, 6), (25, 12), (4, 12)):  # the stains
        ground.rect(x, y, 2, 1, "dark_wood")
    ground.hline(1, 14, 30, "ink")
    ground.outline("ink")
    held = Canvas(32, 16)
    held.put(polygon(32, 16, [(0, 9), (29, 1), (31, 6), (2, 15)]), "hair_purple")
    held.line(0, 9, 29, 1, "dusk")
    held.line(2, 15, 31, 6, "ink")
    held.put(polygon(32, 16, [(14, 7), (24, 4), (25, 8), (15, 11)]), "teal")  # the blanket, hanging on
    held.px(8, 10, "dark_wood")
    held.px(20, 8, "dark_wood")
    held.outline("ink")
    return pair(ground, held)


def pallets() -> Canvas:
    """Two wooden pallets side by side, seen from above: slats over their runners, the bed someone made
    down here before the mattress went. A little wider and lower than the mattress, so with it lying
    on them their slats show round it; and being wider, the map draws them first (what lies at one
    spot is drawn from the leftmost edge on), so the mattress is on them, not under them."""
    c = Canvas(38, 17)
    c.rect(0, 5, 38, 12, "dark_wood")  # the runners and the dark between the slats
    for y in (5, 8, 11, 14):
        c.rect(0, y, 38, 2, "wood")
        c.hline(0, y, 38, "lamp")
    c.vline(18, 5, 12, "night")  # where the two pallets meet
    for x, y in ((4, 6), (26, 12), (33, 9)):
        c.px(x, y, "dark_wood")  # nail holes
    c.outline("ink")
    return pair(c, c.copy())


def ball() -> Canvas:
    """A soccer ball: white panels round a dark pentagon, the same lying on the grass or held."""
    c = Canvas(9, 9)
    c.ellipse(4, 4, 4, 4, "white")
    for x, y in ((3, 3), (4, 3), (5, 3), (3, 4), (4, 4), (5, 4), (4, 5)):  # the middle pentagon
        c.px(x, y, "ink")
    for x, y in ((1, 2), (7, 2), (1, 6), (7, 6), (4, 8)):  # the edges of the panels round it
        c.px(x, y, "fog")
    c.outline("ink")
    return pair(c, c.copy())


def fallen_pantry() -> Canvas:
    """The kitchen's pantry pulled down on its face: where it stood, the kitchen's tiles (as the map
    lays them, so nothing of the standing one shows); on them its back, two tiles of dark boards;
    and the noodle cups it held rolled out across the floor to its right. It lies over the pantry's
    big tile (32×32), clear to the left, where the wall is, so the picture is centred on it."""
    c = Canvas(64, 32)
    for x in (16, 32):
        for y in (0, 16):
            c.blit(glazed_tiles("cream", "lamp", "wood", 0), x, y)
    c.rect(17, 10, 30, 20, "dark_wood")  # its back, boards up
    for y in (14, 19, 24):
        c.hline(18, y, 28, "night")
    c.hline(17, 10, 30, "wood")
    c.frame(17, 10, 30, 20, "ink")
    c.rect(20, 4, 3, 5, "neon_lime")  # a jar that got out from under it
    c.hline(20, 3, 3, "steel")
    for x, y in ((47, 26), (52, 20), (57, 27), (49, 13), (60, 16), (40, 30), (55, 9)):  # the cups, rolled
        c.rect(x, y, 4, 3, "white")
        c.vline(x + 2, y, 3, "ares_red")
        c.px(x, y + 2, "fog")
    return pair(c, c.copy())


def bomb(lit: bool = True) -> Canvas:
    """The bomb strapped to Rice's bench, big enough to read as one from across the lab: a squat grey
    case, two black straps round it, a timer's green digits, red and yellow wires out of its end, and on
    its lid a red light (`lit`: the window blinks it, lit and dark, from the picture without it)."""
    c = Canvas(22, 15)
    c.rect(1, 4, 18, 10, "steel")
    c.hline(1, 4, 18, "fog")  # the lid's edge, catching the light
    c.hline(1, 13, 18, "indigo")  # its shadowed foot
    c.vline(4, 4, 10, "ink")  # the straps, buckled to the bench
    c.vline(15, 4, 10, "ink")
    c.px(4, 9, "fog")
    c.px(15, 9, "fog")
    c.rect(6, 8, 8, 4, "ink")  # the timer
    for x in (7, 9, 12):
        c.rect(x, 9, 1 if x == 9 else 2, 2, "neon_lime")
    c.px(10, 9, "neon_lime")
    c.outline("ink")
    c.rect(7, 0, 6, 5, "ink")  # the light's socket on the lid
    c.rect(8, 1, 4, 3, "ares_red" if lit else "blood")
    if lit:
        c.px(9, 1, "neon_pink")  # its hot middle
        c.px(10, 2, "white")
    c.line(19, 6, 21, 4, "ares_red")  # the wires, out of its end into the bench
    c.line(19, 9, 21, 11, "neon_yellow")
    c.px(21, 7, "neon_cyan")
    return pair(c, c.copy())


def notebook() -> Canvas:
    """Mai's notebook, the one she has written in since the stadium: open across her knees, two pages
    of her writing over the spiral; held, shut, its cover the purple of her hair with a pen clipped on."""
    ground = Canvas(14, 10)
    ground.rect(0, 1, 14, 9, "white")
    ground.vline(6, 1, 9, "fog")  # the fold
    ground.vline(7, 1, 9, "fog")
    for y in (3, 5, 7):  # her lines of writing, one page and the next
        ground.hline(1, y, 4, "indigo")
        ground.hline(8, y, 5 - (y == 7) * 2, "indigo")
    for y in (2, 4, 6, 8):
        ground.px(7, y, "steel")  # the spiral
    ground.outline("ink")
    held = Canvas(8, 10)
    held.rect(0, 0, 8, 10, "hair_purple")
    held.vline(0, 0, 10, "steel")  # the spiral down its edge
    held.rect(2, 3, 4, 2, "white")  # the label on the cover
    held.vline(6, 0, 7, "neon_cyan")  # the pen clipped on
    held.outline("ink")
    return pair(ground, held)


def phone() -> Canvas:
    """Molly's phone on its wrist strap: held, upright with its screen lit; on the floor, flat, the
    screen still lit and the strap torn open beside it."""
    ground = Canvas(10, 4)
    ground.rect(2, 0, 6, 4, "ink")
    ground.rect(3, 1, 4, 2, "neon_cyan")
    ground.px(4, 1, "white")
    ground.hline(0, 3, 2, "indigo")  # the strap, torn open
    ground.hline(8, 3, 2, "indigo")
    held = Canvas(5, 7)
    held.rect(0, 0, 5, 7, "ink")
    held.rect(1, 1, 3, 4, "neon_cyan")
    held.px(2, 2, "white")
    held.hline(1, 6, 3, "indigo")  # the strap round her wrist
    return pair(ground, held)


def light_of(colour: str) -> str:
    return {"orange": "neon_yellow", "neon_pink": "white", "neon_cyan": "white"}.get(colour, colour)


DRAW: dict[str, Callable[[], Canvas]] = {
    "bat": bat, "bat_leant": bat_leant, "backpack": backpack, "dads_box": dads_box, "gen6_body": gen6_body, "panda": panda,
    "sleeve": sleeve, "broken_table": broken_table, "fallen_board": fallen_board,
    "armful": armful, "mattress": mattress, "pallets": pallets, "ball": ball, "bomb": bomb, "phone": phone,
    "fallen_pantry": fallen_pantry, "notebook": notebook, "broken_fence": broken_fence, "monorail": monorail,
    "ball_in_weeds": ball_in_weeds,
    **props_signs.DRAW, **props_screens.DRAW, **props_tower.DRAW, **props_ares_wreck.DRAW,
    "big_pipe": big_pipe, "echoing_pipe": echoing_pipe, "bus_shelter": bus_shelter,
    "recycling_bin": recycling_bin, "juice_can": juice_can, "thank_you_bag": thank_you_bag,
    "photo_dad": photo_dad, "photo_beach": photo_beach, "ice_pack": ice_pack,
    "calendar": calendar, "kettle": kettle, "port_sparks": port_sparks,
    "dent": dent, "weapons_module": weapons_module, "empty_slots": lambda: weapons_module(gone=True),
    "signal": signal, "reading_glasses": reading_glasses, "steward_kit": steward_kit,
    "manhole_shaft": manhole_shaft, "roof_lid": roof_lid, "storm_drain": storm_drain, "tears": tears,
    "floor_hole": floor_hole, "paper_bag": paper_bag, "puddle": puddle, "roof_gap": roof_gap,
    "glass_open": glass_open, "stadium_gate": stadium_gate, "swept_table": swept_table,
    "microphone": microphone, "mic_pole": mic_pole,
    "stadium_gate_3": lambda: stadium_gate(3), "crater": crater, "swept_circle": swept_circle,
    "ares_screen": ares_screen, "momo_hoodie": momo_hoodie, "torn_turf": torn_turf, "board_lifted": board_lifted,
}
# a prop with a light that blinks: its picture once more with the light off, `props/<art>_dark.png`,
# which the window shows by turns with the lit one while it lies about (`game/scenes/blinking.py`)
DARK: dict[str, Callable[[], Canvas]] = {"bomb": lambda: bomb(lit=False), **props_signs.DARK, **props_tower.DARK,
                                       "echoing_pipe": lambda: echoing_pipe(loud=False),
                                       "port_sparks": lambda: port_sparks(other=True), **props_ares_wreck.DARK,
                                       "signal": lambda: signal(far=True)}


def pictures() -> Iterator[tuple[str, np.ndarray]]:
    for art, draw in DRAW.items():
        yield f"props/{art}.png", draw().rgba()
    for art, draw in DARK.items():
        yield f"props/{art}_dark.png", draw().rgba()

"""The Su house: the kitchen where talks with Molly fail, the backyard with Momo's kennel, and the
garage where 7723 hides and every night's memory review happens.

Legend: see `legends.HOME` (plus the house seen from the yard, below). Markers are listed per plan.
"""

from __future__ import annotations

from tools.world.legends import HOME
from tools.world.mapkit import (
    Builder,
    Building,
    Decor,
    Door,
    Layout,
    Obj,
    Stamp,
    T,
    entry,
    exit_to,
    npc,
    spot,
    start,
    walker,
)
from tools.world.tmxwrite import MapObj


def mark(name: str, on: str | None = None) -> Obj:
    """A named point for stage directions only: where someone stands, or the camera looks."""
    return Obj("mark", name, on=on)


KITCHEN = """
########################################
###cccc##cccc####ww####P##ww>####ww#####
############################>###########
##,CCCiCCCvCCqCCF"",p##.p.BB..VV.+.BB.##
##,CCCiCCCvCCqCCF"",p##5p.BB..VV...BB.##
##"",,,,,,,,,6,,4,,`,##.......7.......##
##"",,,,,,,,,,,,,,,,,##...........!&&.##
##,,,n,,,,,,,,,,,,,,,##!&&........!&&+##
##,,,,,,,,,,,,,,,,,,,##!&&............##
##BB,,,,,m,,,,,,,,,,,##...............##
##BB,,,,,TT,,,,,,,,,,##..uuuuuuuuuu...##
##,,,,,,,TT,,,,,,,,,,....uuuuuuuuuu...##
##,,,,,,,,,9,0,,,,,,,....uuuuuuzuuu...##
##,,,,,,,,3,,,,,,,,,,....uuuuuuuuuu...##
##,,,,,,,,,,,,,,,,,,,....uuu8uuuuuu...##
##,$,,,,,,,,,,,,,,,,,....uuSSSuuuuu...##
##"",,,,,,,,,,CCC,,,,....uuSSSuuuuu.e..2
##"",,,,,@,,,,CCC,,,,...................
##,,,,,,,,,,,,/,/,,`,.................##
##,p,,,a,,,,,,,,,,,,,...+......&&!..p.##
##,p,,,,,<<,,,,,,,,,,.........+&&!..p.##
######,,################################
######1,################################
"""

BACKYARD = """
WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWbbXXXXXXXXXXXXXXXX
WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWbbXXXXXXXXXXXXXXXX
WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWbbXXXXXXXXXXXXXXXX
WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWbbXXXXXXXXXXXXXXXX
WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWbbXXXXXXXXXXXXXXXX
WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWbbXXXXXXXXXXXXXXXX
WWWWWWWWW1WWWWWWWWWWWWWWWWWWWWbbXXXXXXG2GXXXXXXX
fttttttttttttttttttttttttttttgfg;;;;;;;dd;;;;;;f
fttttttttatttttttttttttttttttt;;;;;;;;;ed;;;;;;f
fttttttttttttt[]ttttttLLLttttt;;;;;x;;;dd;;;0;bf
f;;;;;;;;sr;;;;;;;;;;;;;;;;;;;;;;;;;;;;dd;;;;;;f
fb;;;;;;;s;;;;;;;;;;;;7;;;;U;;;;;;;;;;;dd;;;;6;f
fb;;YY;;;s;;*****;;U;;;;;;;;;;;;;;;;;;;;;;;;;;;f
f;;;YYo;;s;;;;;;;;;;;;;;U;;;;;;;;;;;;;;;;;M;Z;;f
f;;;;;;;;s;;*****;;;;;;;;;;;;;QQQ;;;;;;;;;;;;;;4
f;;;;5;;;s;;;;;;;;;;;;;;;;;;;;QQQ;;;;;;;;;;;Om;;
fb;;;;;n;s;;;;;;;;;;;;;;;;xx;;QQQ;;;;;;;;;;;;;;;
f;;;;;;;;s;;;;;;9;I;;^;;;;;y;;;;;;;;;;;;;;;;;;;f
f;;;;;;;;ssssssssssssss;;;;;;;;;;;;;;;;;8;;;;;;f
f;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;z;f
f;;;;;;;;;;;@;;;;;;;;;;;;h;;;;;;;;;;;;;;;;;;;;;f
f;QQQ;;;;;;;;;;;;;******;;;;;;;;;;;;;;;;;QQQ;;;f
f;QQQ;;;;;;;;;;;;;*dddd*;;;;;;;;;;;;;;;;;QQQ;;;f
f;QQQ;;;;;;;;;;;;;******;;;;;;;;;;;;;;;;;QQQ;;;f
f;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;******;;;;;;;f
f;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;f
f;;;;;;;;;;;;;bb;;;;;J;;;;bb;;b;;;;;;;;;;;;;;;bf
ffffffffffffffffffff3;;fffffffffffffffffffffffff
"""

GARAGE = """
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%%{{%%%%%%P%%%%RRRRRR{{%%P%%%%%%%%%{{%%
%%%{{%%%%%%P%%%%RRRRRR{{%%P%%%%%%%%%{{%%
%%:WWWK:HH:))::X::WWW::|:((::HH:HH:K:'%%
%%:WWWK:HH:)):8::7WWW::|:((::HH:HH:K:?%%
%%::3::::::::::::::Z:::::::::::)):::y:%%
%%:r:I:::::::::::::::::::::::::)):::y:%%
%%xxO::M::::::::::::::::::::::::::::::%%
%%x:::::::::::::::::::::::::EE::::::e::2
%%::::::::::o:::::@:::::::::::::-:::::0:
%%)):::::::::::::::::::::::k::::::::::%%
%%))::::::::::SSS::::::::6::::::::::x:%%
%%::::::zL:::+SSS::::::4AAA:'::::::xx:%%
%%::!::5::-:::::::-:TT::AAA:::::::::))%%
%%::!:NNN:::::::::::TT:::::::::((:::))%%
%%x:+:NNNU9::::::o:::::-:::::::((:::x:%%
%%xx::D::J:::::::::))::::::::::::)):::%%
%%::::::::::m::::::))':::::::::::)):::%%
%%::::::::::::::::::::::::::::::::::k:%%
%%kk:))::::a:::kk::WWW:y::))::xx:::kk:%%
%%:::))::::::::::?:WWW::::))::::::::::%%
%%%%%%%%%%::%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%%%%%%%%%1:%%%%%%%%%%%%%%%%%%%%%%%%%%%%
"""


# The front door, in the living room's wall on the street side (the yard is out of the back door, at
# the bottom): where the knock comes the evening Rice arrives, where Pin walks in the night after, and
# where Mai goes to answer it (tile x, y, as marks only stage directions use).
FRONT_DOOR = Decor("#", "frontdoor")
DOOR_MARKS = {"front_door": (28, 3), "answer_door": (28, 5)}
# The near chair at the kitchen table, on the side of it toward the living room (map pixels: the
# middle of its seat), where Mai leaves the arcade panda face down.
CHAIR_MARK = ("kitchen_chair", 168, 190)
# The middle of the foot of the living-room TV's screen (map pixels), where the news it shows is put
# (the props `skyway_news` and `talk_show`, drawn to the screen's size).
TV_MARK = ("tv_screen", 496, 66)
# Right beside `mai_talk`, on its living-room side (map pixels): Molly close enough to put her hand
# under Mai's chin and turn her face to the light.
CHIN_MARK = ("molly_close", 200, 200)
# The middle of the foot of the family photo's frame on the living-room wall (map pixels), where the
# picture it shows is put (the props `photo_dad` and `photo_beach`, drawn to the frame's size).
PHOTO_MARK = ("photo_frame", 376, 28)
# The fridge's tray at its foot (map pixels), where the ice pack it dispenses lies until Mai takes it.
TRAY_MARK = ("fridge_tray", 264, 84)


def _kitchen_lamps_and_door(b: Builder) -> None:
    for x, y in ((9, 8), (16, 12), (29, 9), (31, 14)):
        b.put("above", x, y, "hanglamp")
    for name, (x, y) in DOOR_MARKS.items():
        b.add(MapObj("mark", name, x * 16 + 8, y * 16 + 8, point=True))
    b.add(MapObj("mark", *CHAIR_MARK, point=True))
    b.add(MapObj("mark", *TV_MARK, point=True))
    b.add(MapObj("mark", *CHIN_MARK, point=True))
    b.add(MapObj("mark", *PHOTO_MARK, point=True))
    b.add(MapObj("mark", *TRAY_MARK, point=True))


kitchen = Layout(
    name="kitchen",
    title="The Su Kitchen",
    plan=KITCHEN,
    legend=HOME | {"P": T(ground="photo", solid=True, wallish=True), ">": FRONT_DOOR},
    floor=".",
    sets=["home"],
    objects={
        "@": start(on=","),
        "1": exit_to("backyard", "from_kitchen", rect=(0, 0, 2, 1), on=","),
        "2": exit_to("garage", "from_kitchen", rect=(0, 0, 1, 2)),
        "a": entry("from_backyard", on=","),
        "e": entry("from_garage"),
        "3": spot("black_eye_talk", rect=(-2, -3, 4, 4), on=","),
        "4": spot("fridge_note", rect=(0, -2, 1, 3), on=","),
        "5": spot("family_photo", rect=(0, -3, 1, 4)),
        "6": spot("house_bot", rect=(0, -2, 1, 3), on=","),
        "7": spot("tv_news", rect=(0, -2, 2, 3)),
        "m": npc("molly", on=","),
        "n": walker("qbot", [(10, 0)], on=","),
        "z": walker("qbot", [(-5, 0)], on="u"),
        "8": mark("molly_call", on="u"),
        "9": mark("mai_talk", on=","),
        "0": mark("molly_talk", on=","),
    },
    decorate=_kitchen_lamps_and_door,
)

# The same kitchen the night Ares came for 7723: the roof over it torn off (its walls still
# standing), the garage wall broken through, the table on its back, the fridge on its side, glass and
# the house's robots knocked flat; and, once the words say so, fires (`KITCHEN_FIRES`). Drawn over
# KITCHEN, so everything he did not wreck stays where it was.
WRECK_OVER = [  # (row, column, what is there now)
    (3, 16, "I"), (4, 16, "I"),
    (5, 8, "r"), (6, 10, "l"), (6, 15, "ZZ"), (7, 15, "ZZ"), (7, 5, "D"), (7, 19, "l"),
    (10, 9, ",,XX"), (11, 9, ",,XX"), (12, 11, "4"), (11, 15, "l"), (12, 4, "I"), (14, 8, "U"), (13, 18, "I"),
    (12, 31, "D"),
    (16, 39, "G"), (21, 6, "1"), (22, 6, "O,"), (3, 28, "2"),
    (9, 13, "a"), (11, 34, "e"), (19, 5, "n"), (17, 4, "z"),
    (3, 17, "UU"), (4, 17, "rU"), (5, 2, "UU"), (6, 2, "rl"),  # two pantries, pulled down; the third still stands
    (5, 11, "5"), (9, 10, "6"), (14, 10, "7"), (14, 12, "8"), (8, 17, "9"), (12, 36, "3"), (18, 9, "@"),
]


def _wrecked_plan() -> str:
    """KITCHEN with its own markers taken off (what they stood on left) and the wreck drawn over it."""
    bare = {c: o.on or kitchen.floor for c, o in kitchen.objects.items()}
    rows = [[bare.get(c, c) for c in r] for r in KITCHEN.strip("\n").split("\n")]
    for y, x, text in WRECK_OVER:
        rows[y][x:x + len(text)] = text
    return "\n".join("".join(r) for r in rows)


WRECK = HOME | {
    "P": T(ground="photo", solid=True, wallish=True),
    ">": FRONT_DOOR,
    "=": T(ground=["breach0", "breach1"], solid=True, wallish=True),
    "r": T(ground="kitchentile", detail=[f"rubble{v}" for v in range(3)]),
    "l": T(ground="kitchentile", detail=[f"glass{v}" for v in range(3)]),
    "M": T(ground="kitchentile", detail="scorch"),
    "U": T(ground="kitchentile", detail="noodlecups"),
    "D": T(detail=[f"bot_down{v}" for v in range(3)]),
    "I": T(ground="kitchentile", solid=True),  # where a fire burns once it is lit (`KITCHEN_FIRES`)
    "X": Stamp("table_over"),
    "Z": Stamp("fridge_fallen"),
}


# Where 7723 stands in the fight (map pixels, his feet): just above Mai and Molly (`by_mai`, `by_molly`),
# between them and the hole, his body over them; and at the pantry still standing in the corner by
# the back door, whose wall he pulls down as a shield, Mai and Molly crouched in the corner behind it
# (`behind_the_pantry`, `behind_the_pantry_2`), the pantry between them and Ares. And under the torn
# roof, beside Ares, where Molly is lifted up and out through the gap. And Rice, backed across the
# kitchen towards the back door, on his feet again behind the half beam that came down on him, high
# enough in the room that the words along the bottom of the screen do not hide him. And the hole 7723
# punches through the floor into the storm drain (`the_drop`), on bare tiles clear of the table, with
# where he stands at its brink (`at_the_drop`), so he does not hide it. And beside the fallen table, to
# its right (`by_the_table`), where he stands to sweep it aside, clear of Momo under it. Momo, hiding
# in under the table's far edge from the others, away from where 7723 and Ares stand over Mai and
# Molly, so nobody stands on him until the table is swept off him (`momo_hiding`). Where he hands
# Mai her bat, just in front of her, his back to her (`at_mai`). Where he stoops to Momo once the table
# is swept off him, his reaching hand over the dog where he lies (`at_momo`), and Momo up in that hand,
# off the tiles (`in_his_hand`), and in that hand still at the brink of the hole in the floor, Mai in
# his arms (`momo_at_the_drop`). Where Ares comes in at them: right at
# 7723's back over the two of them, close enough for his fist (`at_his_back`); and at Molly's side,
# reaching past 7723 for her, by the table (`at_molly`) or over the fallen pantry (`over_the_pantry`);
# and a step nearer 7723's reaching hand with her up in his claw (`lifting_her`), before he goes up.
WRECK_MARKS = {"over_them": (184, 224), "at_the_pantry": (80, 284), "up_through_the_roof": (152, 56),
               "behind_the_pantry": (38, 316), "behind_the_pantry_2": (60, 310), "under_the_beam": (100, 254),
               "at_the_drop": (128, 196), "the_drop": (128, 228), "by_the_table": (246, 204),
               "at_mai": (172, 212), "at_his_back": (184, 206), "at_molly": (236, 236),
               "over_the_pantry": (96, 306), "lifting_her": (222, 226), "at_momo": (204, 212),
               "in_his_hand": (182, 184), "momo_hiding": (222, 186), "momo_at_the_drop": (106, 176)}
# The hole 7723 breaks through the garage wall: lights of kind chest (his, which he brings in lit)
# that show it, so the wall stands whole until the direction that brings him through lights them.
GARAGE_BREACH = [(38 + dx, 11 + dy) for dy in range(3) for dx in range(2)]
DUST = "#3a3026"  # the glow of the hole's edges: dim, so the dark of the garage shows through
# The gap where the roof over the kitchen was (tiles, from its back wall): the rain comes in there and
# nowhere else, the moon shines down into it, and round its other three sides the roof left standing
# ends in a torn edge, snapped rafters sticking out over the gap.
GAP = (7, 3, 8, 6)  # x, y, w, h
ROOF_OPEN = [(x, y) for y in range(GAP[1], GAP[1] + GAP[3]) for x in range(GAP[0], GAP[0] + GAP[2])]
SLATES = [(12, 5), (14, 6), (8, 6), (11, 7), (13, 6), (9, 7)]  # what the roof dropped, on the bare floor
BEAM_AT = (5, 16)  # half a beam, come down on the way to the back door, where Rice backed
# The kitchen on fire (tile boxes: x, y, w, h): lights of kind fire that show their flames only once a
# direction turns `fire` on, where the words say the kitchen is on fire; before that the roof is only
# gone. Where the fridge stood by the wall, by the pantries and by the counter; none in the living room.
KITCHEN_FIRES = [(16, 3, 1, 2), (4, 12, 1, 1), (18, 13, 1, 1)]
# And the smoke rolling under what is left of the ceiling with them, along the kitchen's back wall on
# either side of the gap and over the fires: lit by the fire's light, so shown with it, its glow dim.
KITCHEN_SMOKE = [(2, 3, 5, 3), (15, 3, 6, 3), (16, 11, 4, 2), (3, 10, 3, 2)]
SMOKE_GLOW = "#2c2620"
MOON_IN = "#7484c4"  # the moonlight down through the gap: cold and dim, so the rain shows in it


def _wreck_above(b: Builder) -> None:
    """The hanging lamps stuttering, the fires and their smoke (lit by a direction), and the marks
    only stage directions use."""
    for x, y in ((9, 8), (16, 12), (29, 9), (31, 14)):
        b.put("above", x, y, "hanglamp_flicker")
    for name, (x, y) in WRECK_MARKS.items():
        b.add(MapObj("mark", name, x, y, point=True))
    for n, (x, y, w, h) in enumerate(KITCHEN_SMOKE):  # first, so the flames are drawn over it
        b.add(MapObj("light", f"kitchen_smoke_{n}", x * 16, y * 16, w * 16, h * 16,
                     {"kind": "fire", "shows": "smoke", "color": SMOKE_GLOW}))
    for n, (x, y, w, h) in enumerate(KITCHEN_FIRES):
        b.add(MapObj("light", f"kitchen_fire_{n}", x * 16, y * 16, w * 16, h * 16,
                     {"kind": "fire", "shows": "housefire"}))
    _roof_and_wall(b)


def _rim(x: int, y: int) -> str:
    """Which sides of the gap a tile of it lies along: west, east, south (`tiles_roof.EDGES`)."""
    gx, gy, gw, gh = GAP
    return ("l" if x == gx else "r" if x == gx + gw - 1 else "") + ("b" if y == gy + gh - 1 else "")


def _roof_and_wall(b: Builder) -> None:
    """The rain falling in through the torn roof and the moon shining in, the roof's torn edge round
    the gap, the slates and the beam it dropped, and the hole in the garage wall, shown once 7723
    comes through it."""
    for x, y in ROOF_OPEN:
        rim = _rim(x, y)
        if rim:  # drawn under whoever stands there, as no other part of a ceiling is drawn over the rooms
            b.put("detail", x, y, f"roofedge_{rim}{(x + y) % 2}")
        else:
            b.put("above", x, y, "roofrain")
    gx, gy, gw, gh = GAP
    for n in range(2):  # the moonlight down through the gap, one pool in each half of it
        b.add(MapObj("light", f"roof_moon_{n}", (gx + n * gw // 2) * 16, gy * 16, gw // 2 * 16, gh * 16,
                     {"kind": "moon", "color": MOON_IN}))
    for i, (x, y) in enumerate(SLATES):
        b.put("detail", x, y, f"roofslates{i % 3}")
    for i in range(3):
        b.put("detail", BEAM_AT[0] + i, BEAM_AT[1], f"fallen_beam@{i},0")
    for i, (x, y) in enumerate(GARAGE_BREACH):
        b.add(MapObj("light", f"garage_hole_{i}", x * 16, y * 16, 16, 16,
                     {"kind": "chest", "color": DUST, "shows": f"breach{(x + y) % 2}"}))


kitchen_wrecked = Layout(
    name="kitchen_wrecked",
    title="The Su Kitchen",
    plan=_wrecked_plan(),
    legend=WRECK,
    floor=".",
    sets=["home"],
    objects={
        "@": start(on=","),
        "O": exit_to("backyard", "from_kitchen", rect=(0, 0, 2, 1), on=","),
        "G": exit_to("garage", "from_kitchen", rect=(0, 0, 1, 2)),
        "a": spot("escape", rect=(-4, -1, 6, 5), on=","),  # the burning kitchen round the table
        "e": spot("cornered", rect=(0, -1, 3, 3)),  # toward the garage, the way Ares expects
        "n": spot("got_out", rect=(0, 0, 3, 3), on=","),  # out by the back door
        "z": spot("after", rect=(0, 0, 3, 2), on=","),  # looking back at the hole
        "1": mark("back_door", on=","),  # the way out to the yard
        "2": mark("front_door"),  # in the street wall, where Pin comes in
        "3": mark("garage_breach"),  # where 7723 comes through the garage wall
        "4": mark("under_table", on=","),  # Momo, hiding
        "5": mark("the_hole", on=","),  # Ares, looming over the gap where the roof was
        "6": mark("between", on=","),  # 7723, between them all and Ares
        "7": mark("by_mai", on=","),
        "8": mark("by_molly", on=","),
        "9": mark("by_the_fridge", on=","),  # Pin, where the gap to the back door opens
    },
    decorate=_wreck_above,
)

YARD_LEGEND = HOME | {
    "W": Building("house", facade=3, shops=("window", "plain", "window", "plain")),
    "X": Building("house", facade=2, shops=("plain", "window", "plain")),
    "D": Door(),
    "G": Door("garage"),
    "L": T(ground=None, above=None, detail=None),
    "[": T(ground=None, detail="city:bench@0,0", solid=True),
    "]": T(ground=None, detail="city:bench@1,0", solid=True),
}


def _washing(b: Builder) -> None:
    """The washing line over the patio and the porch light by the back door."""
    for y, row in enumerate(b.grid):
        for x, ch in enumerate(row):
            if ch == "L" and (x == 0 or row[x - 1] != "L"):
                for dx in range(3):
                    b.put("above", x + dx, y, f"washing@{dx},0")
    b.put("above", 10, 7, "porchlight")
    b.put("above", 41, 7, "porchlight")
    for x in range(12, 29):  # fairy lights strung along the patio
        b.put("above", x, 8, "city:fairylights")
    _house_fire(b)


# The night Ares came, the house burns: flames stand in its windows, on the roof torn open over the
# kitchen and at the garage wall he broke through, and their light falls on the patio. The flames are
# drawn by the window over each box (the tile it `shows`) only while a direction has `fire` on, so the
# yard of the quiet evenings before is the same yard with no fire in it.
HOUSE_FIRE = ((1, 4, 4, 2), (7, 1, 5, 3), (13, 4, 3, 2), (19, 3, 4, 2), (25, 4, 3, 2), (32, 5, 3, 2))
KENNEL_DOOR = (5 * 16, 14 * 16 + 4)  # Momo's doorway, at the foot of the kennel (pixels)
STORM_DRAIN = (45 * 16 + 8, 8 * 16 + 12)  # in the grass by the far fence: the storm drain they go down into
KITCHEN_ROOF = (9 * 16 + 8, 3 * 16 + 12)  # on the roof over the kitchen's back door: where Ares tore it open
RICE_BEHIND = (40 * 16 + 8, 12 * 16 + 12)  # at the foot of the path down from the garage, behind Mai at the fence


def _house_fire(b: Builder) -> None:
    for n, (x, y, w, h) in enumerate(HOUSE_FIRE):
        b.add(MapObj("light", f"house_fire_{n}", x * 16, y * 16, w * 16, h * 16,
                     {"kind": "fire", "shows": "housefire"}))
    b.add(MapObj("mark", "kennel_door", *KENNEL_DOOR, point=True))
    b.add(MapObj("mark", "storm_drain", *STORM_DRAIN, point=True))
    b.add(MapObj("mark", "kitchen_roof", *KITCHEN_ROOF, point=True))
    b.add(MapObj("mark", "rice_behind", *RICE_BEHIND, point=True))


backyard = Layout(
    name="backyard",
    title="The Su Backyard",
    plan=BACKYARD,
    legend=YARD_LEGEND,
    floor=';',
    sets=["home", "city"],
    objects={
        "@": start(),
        "1": exit_to("kitchen", "from_backyard", on="D"),
        "2": exit_to("garage", "from_backyard", rect=(-1, 0, 3, 1), on="G"),
        "3": exit_to("streets", "from_backyard", rect=(0, 0, 3, 1)),
        "4": exit_to("lower_city", "from_backyard", rect=(0, 0, 1, 3)),
        "a": entry("from_kitchen", on="t"),
        "e": entry("from_garage", on="d"),
        "J": entry("from_streets"),
        "m": entry("from_lower_city"),
        "5": spot("kennel", rect=(-1, -3, 3, 3)),
        "6": spot("fence_gap", rect=(0, 0, 2, 5)),
        "7": spot("washing_line", rect=(0, -2, 3, 3)),
        "8": spot("old_tree", rect=(0, 0, 4, 3)),
        "n": walker("momo", [(0, 3), (4, 3)]),
        "z": npc("7723", beats="backyard"),
        # the house's robots, out in the garden the night it burns, watching it
        "U": Obj("npc", "house_bot", {"sprite": "qbot", "facing": "up", "beats": "house_attack"}),
        "0": mark("drone"),  # over the yard, clear of the garage: its shadow and its searchlight fall on the grass
        "M": mark("mai_fence"),
        "O": mark("momo_fence"),
        "Z": mark("momo_between"),  # Momo, planted between Mai at the fence and the robot's foot
        "r": mark("momo_greet"),
        "I": mark("gate_mai"),  # home, in from the street, the house lit up before her (the montage's end)
        "^": mark("gate_bot"),
        "9": mark("gate_momo"),  # Momo, at her heels, beside her and not in her arms
    },
    decorate=_washing,
)


BONNET = (25 * 16 - 8, 13 * 16)  # the covered car's bonnet, its left end (pixels)
LEAN = (8 * 16 + 8, 16 * 16 + 6)  # at his right foot as he sits in the nest, just under the ring (pixels)
# as he sits in his corner (`corner`) facing into the room: at his feet, close enough that she is
# against his knee, and low enough that the hand he puts out over his feet rests on top of her head
# (pixels)
KNEE = (3 * 16 + 8 + 18, 6 * 16 + 14)


def _garage_lights(b: Builder) -> None:
    """The bulbs, and the glow of the memories 7723 plays around his nest (lit only when a night's
    direction turns holograms on)."""
    for x, y in ((12, 7), (27, 7), (8, 12), (27, 17)):
        b.put("above", x, y, "bulb")
    for n, (x, y) in enumerate(((5, 12), (9, 12), (7, 15))):
        b.add(MapObj("light", f"nest_hologram_{n}", x * 16, y * 16, 32, 32, {"kind": "hologram"}))
    b.add(MapObj("mark", "bonnet", *BONNET, point=True))  # where Dad's box sits, on the car
    b.add(MapObj("mark", "nest_lean", *LEAN, point=True))  # Mai, sat down against his foot
    b.add(MapObj("mark", "against_his_knee", *KNEE, point=True))  # Mai, down against his knee in the corner


garage = Layout(
    name="garage",
    title="The Garage",
    plan=GARAGE,
    legend=HOME,
    floor=":",
    sets=["home"],
    objects={
        "@": start(),
        "1": exit_to("backyard", "from_garage", rect=(0, 0, 2, 1)),
        "2": exit_to("kitchen", "from_garage", rect=(0, 0, 1, 2)),
        "a": entry("from_backyard"),
        "e": entry("from_kitchen"),
        "3": spot("workbench", rect=(-1, -2, 4, 3)),
        "4": spot("dads_box", rect=(1, 0, 1, 2)),  # the box on the car's bonnet
        "5": spot("memory_review", rect=(-1, 1, 3, 2)),
        "6": spot("covered_car", rect=(0, 1, 2, 2)),
        "7": spot("garage_door", rect=(-1, -3, 6, 4)),
        "8": spot("bat_corner", rect=(0, -1, 1, 2)),
        "z": npc("7723", beats="full_means_reset,the_deletion"),
        "m": npc("momo"),
        "r": mark("corner"),
        "M": mark("before_corner"),
        "I": mark("knee"),
        "O": mark("at_foot"),
        "9": mark("by_nest"),
        "L": mark("his_foot"),  # against his foot as he sits at the nest
        "U": mark("nest_foot"),  # against his foot as he sits in the nest of memories (the review spot)
        "D": mark("nest_momo"),  # Momo, asleep by his foot, under the ring of memories round him
        "J": mark("nest_sit"),  # Mai, sat down against his foot below the ring, where it does not hide her
        "0": mark("house_door"),
        "X": mark("bat_lean"),  # the bat, leant in the corner of the wall and the roller door's frame
        "Z": mark("door_bench"),  # Mai at the bench under the roller door, looking out of its little window
    },
    decorate=_garage_lights,
)


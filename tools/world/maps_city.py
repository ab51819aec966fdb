"""Grainland's outdoor places: the streets and rooftops (the montage), the freeway where 7723 is shot
down, the lower city where he wakes, and the sewers where Mai, 7723 and Momo hide.

Legend: `citykit.py` for streets and buildings, plus each map's own characters below. Markers: `@`
start; digits and letters are the objects listed with each plan.
"""

from __future__ import annotations

from tools.world import tiles_sky
from tools.world.citykit import CITY, dress_city, place
from tools.world.mapkit import (
    Auto,
    Builder,
    Door,
    Layout,
    Obj,
    Stamp,
    T,
    Wall,
    entry,
    exit_to,
    npc,
    spot,
    start,
    walker,
)
from tools.world.tiles_flyover import dress_flyover
from tools.world.tiles_traffic import dress_lanes, dress_traffic
from tools.world.tmxwrite import MapObj


def mark(name: str, on: str | None = None) -> Obj:
    """A named point for stage directions only: where someone stands, or the camera looks."""
    return Obj("mark", name, on=on)


STREETS = """
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCC..5!|!,..CCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCC..,,|,,..CCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCC..,!^!,..CCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCCl.,,|,,.lCCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCCl.,!|!,.lCCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCC..,,|,,..CCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCC..,!|!,..CCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCCl.,,|,,.lCCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCCl.,!|!,.lCCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAABBBBBBBBVVVVVVVCCCCCCCCCC..,,|,,..CCCCCCCCCCCCCCVVVVVVVVVVBBBBBBBBBBBBB
AAAAAAAAA........VVVVVVVCCCCCCCCCC..,!|!,..CCCCC3CCCCCCCCVVVV4VVVVVBBBBBBBBBBBBB
1.....v.............bh........v.....ZZZZZ.r.....".nn......kkYW.X..b..TT....v....
..<l..v......l.a.....u...@.l..v..t..ZZZZZt.....l..y..l....kkI.Kl.....TT.l..v.l..
...l....w....l..........F..lE....t..,,|,,t.....l....wl.(.u8LJw.l.)u...y.l....l..
,,,,,,,,cc,,,,,,,,,,,,cc,,,,,,,zz,,,,,,,,,,,zz,,,,,,,,cc,,,,,,,,,,,,,,,,,,,,,,,,
-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-zz,-,,,,,,,-,zz-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,
===============================zz===,,,,,===zz==================================
-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-zz,-,,,,,,,-,zz-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,
,,,,,,,,,,,,cc,,,,,,,,,,,,,,,,,zz,,,,,,,,,,,zz,,,,,,,,,,,,,,cc,,,,,,,,cc,,,,,,,,
.....ii...................l......t..,,|,,.......d......l..................u..h.2
...y........SSS...TT......l..w...t..ZZZZZw...u.TT......l........nn.....TT....>..
............SSS...TT...............rZZZZZ......TT......................TT.......
AAA.fffff..fffff.BBBBBBBBVVVVVVVVV..,!|!,..AAAAAAAAAARRRRRRRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV..,,|,,..AAAAAAAAAARRRRRRRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV.b,!|!,..AAAAAAAAAARRqqRRRRRRnnRRCCCCCCCCCCCCC
AAA.fgggggg{Qggf.BBBBBBBBVVVVVVVVV..,,|,,..AAAAAAAAAARRRRRRRNRRRRRRCCCCCCCCCCCCC
AAA.fgggPg9ggggf.BBBBBBBBVVVVVVVVVl.,!|!,.lAAAAAAAAAARRRRRMR0ORRRRRCCCCCCCCCCCCC
AAA.fggUgggggggf.BBBBBBBBVVVVVVVVVl.,,|,,.lAAAAAAAAAARRRRRRRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV..,!|!,..AAAAAAAAAARRRRReRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV..,,|,,..AAAAAAAAAAGGGGGHGGGGGGGGCCCCCCCCCCCCC
AAA.ffffffffffff.BBBBBBBBVVVVVVVVVl.,!|!,.lAAAAAAAAAAGGGGGHGGGGGGGGCCCCCCCCCCCCC
.......nn.....i.....l...u...v.....l.,,|,,.lAAAAAAAAAAGGGGGHGGGGGGGGCCCCCCCCCCCCC
....................l.......v....y..,!|!,..AAAAAAAAAA..##.##.##.##.##.##........
,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,zz,,,,,|,,..AAAAAAAAAA..##.##.##.##.##.##..b.b...
-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-zz,-,,!|!,...........v...........m.w......l......
,-,-,-,-,-7%,-,-,-,-,-,-,-,-,-,zz-,-,,|,,b....TT....v..u...$&s*..........l......
,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,zz,,,,!|!,.....TT.......##.##.##.##.##.##........
..j.........u..b.w..............?..+,,|,,..............##.##.##.##.##.##........
.....TT.................l....h...;l.,!|!,.lVVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
.....TT.................l.........l.,,|,,.lVVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
BBBBBBBBBBBBAAAAAAAAAAGGGGGGGGGGGG..,!|!,..VVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
BBBBBBBBBBBBAAAAAAAAAAGGGGGGGGGGGG..,,|,,..VVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
BBBBBBBBBBBBAAAAAAAAAAGGGGGGGGGGGGqq,!_!,..VVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
BBBBBBBBBBBBAAAAAAAAAAGGGGGGGGGGGG..,,|,,..VVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
BBBBBBBBBBBBAAAAAAAAAAGGGGGGGGGGGG..6!|!,..VVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
"""

streets = Layout(
    name="streets",
    title="Grainland Streets",
    plan=STREETS,
    legend=CITY | {"D": Door(), "e": T(ground="roofdeck_c"),
                    "#": Stamp(["stall_skewers", "stall_fruit", "stall_lanterns"], above_rows=1)},
    floor=".",
    sets=["city"],
    objects={
        "@": start(),
        "1": exit_to("school", "from_streets", rect=(0, 0, 1, 3)),
        "2": exit_to("stadium", "from_streets", rect=(0, 0, 1, 3)),
        "3": exit_to("launch_hall", "from_streets", on="D"),
        "4": spot("claw_machine", on="D"),
        "5": exit_to("freeway", "from_streets", rect=(0, 0, 5, 1), on=","),
        "6": exit_to("backyard", "from_streets", rect=(0, 0, 5, 1), on=","),
        "7": exit_to("sewers", "from_streets", on="o"),
        "8": spot("noodle_punk", rect=(0, -2, 2, 3)),
        "9": spot("kickabout", rect=(-3, -2, 7, 4), on="g"),
        "0": spot("rooftop", rect=(-2, -1, 4, 3), on="R"),
        "&": spot("rain_shelter", rect=(-3, -1, 6, 2)),  # the night market's aisle, between its stalls
        "a": walker("crowd_a", [(10, 0)]),
        "d": walker("crowd_b", [(6, 0)]),
        "j": walker("crowd_c", [(12, 0)]),
        "m": walker("qbot", [(-10, 0)]),
        "r": npc("police"),
        "u": npc("crowd_b", "passer_by"),
        "w": npc("crowd_c", "teen"),
        "y": npc("qbot", "delivery_bot"),
        "<": entry("from_school"),
        ">": entry("from_stadium"),
        "^": entry("from_freeway", on=","),
        "_": entry("from_backyard", on=","),
        '"': entry("from_launch_hall"),
        "%": entry("from_sewers", on="-"),
        # where Mai, 7723 and Momo stand at each outing (the spots' own rectangles are where she walks)
        "E": mark("bot_start"),
        "F": mark("momo_start"),
        "I": mark("noodle_bot"),
        "J": mark("mai_noodle"),  # in front of the noodle robot, clear of the stall's counter (not read as behind it)
        "K": mark("bot_noodle"),
        "L": mark("momo_noodle"),
        "(": mark("noodle_crowd_w"),  # where the crowd gathers, either side of the stall, leaving it in view
        ")": mark("noodle_crowd_e"),
        "M": mark("roof_bot", on="R"),
        "N": mark("roof_mai", on="R"),
        "O": mark("roof_momo", on="R"),
        "P": mark("kick_mai", on="g"),
        "Q": mark("kick_bot", on="g"),
        "U": mark("kick_momo", on="g"),
        "{": mark("kick_foot", on="g"),  # the ball on 7723's foot, just in front of him
        "W": mark("claw_mai"),
        "X": mark("claw_bot"),
        "Y": mark("claw_momo"),
        "s": mark("rain_mai"),
        "$": mark("rain_bot"),
        "*": mark("rain_momo"),
        "+": mark("home_mai"),
        "?": mark("home_bot"),
        ";": mark("home_momo"),
    },
    decorate=lambda b: (dress_city(b), market_lanterns(b), place(b, "goal_bare", 5, 24, 1, 3),  # one goal, no net
                        dress_flyover(b, *FLYOVER), _pixel_marks(b)),
)
# The flyover across the streets south of the main road: its deck over rows 20–21 from edge to edge,
# its side hanging over the top of the pitch's fence, legs either side of the pitch and either side of
# the avenue, so the pitch lies under it, in its shadow.
FLYOVER = (20, 0, 79, (3, 16, 35, 41))


# Marks placed to the pixel (x, y): the monorail the three ride on the outside of (the prop `monorail`,
# set down on `monorail`: its beam high over the roofs and across the avenue, a bridge over it) and
# where each of them is on its car's roof, 7723 at the back, Mai in the middle, Momo at the front; and
# on the pitch, the ball Mai finds and the ball he keeps on his foot.
PIXEL_MARKS = {
    "monorail": (616, 136),
    "on_monorail_bot": (594, 80),
    "on_monorail_mai": (636, 80),
    "on_monorail_momo": (664, 80),
    "ball_weeds": (164, 410),  # on the pitch under the flyover: the ball in the weeds in front of Mai
    "on_his_foot": (196, 405),  # on the toe of 7723's foot as he stands at kick_bot facing left
}


def _pixel_marks(b: Builder) -> None:
    for name, (x, y) in PIXEL_MARKS.items():
        b.add(MapObj("mark", name, x, y, point=True))


def market_lanterns(b: Builder) -> None:
    """Paper lanterns strung over the night market's aisle, between the two rows of stalls."""
    for x in range(55, 72, 2):
        b.put("above", x, 34, "lantern")


FREEWAY = """
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW3...!....Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW.........Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW....r....Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW..cc!....Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW.........Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW.........Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW....!....Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW...cc....Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW.........Evvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvW....!....Evvvvvvvvvv
NNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNNN.........NNNNNNNNNNN
nnnnnnnnlnnnnnnnnnnnnnnnlnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnlnnnnnnnnnnnnnnnlnnnnnnn
....cc..l...............lcc.............k...BB......q...l...............lcc.....
..............GGG..........................p..k.......GGG.......................
-..-..-..-..-..-..-..-..-..-..-6.-..-..-..-..4..p..-..-..-..-..-..-..-..-..-..-.
............cc............................p.BB..................................
...............................cc.........k....k................................
................................................................................
MMMMMMMMMMMMMMMMMMMM...MMMMMMMMMMMMMMMMMMMMMMMMMMM...MMMMMMMMMMMMMMMMMMMMMMMMMMM
1...............................................................................
...a....cc..............@...................cc....................cc............
..............GGG.....................................GGG.......................
-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-..-.
...............cc.............w.........................cc......................
........l...............l...........5.h.l...............l...............l.......
sssssssslssssssssssssssslssssssssssssssslssssssssssssssslssssssssssssssslsssssss
SSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSX2XXSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS
UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
FFFFFFFFFFCCFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFCCFFFFFFFFFFFFFFFFFFFFFFFFFF
dFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFF
FFdFFFdFFFdFFFdFFFdFFFdFFFdFFFCCFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdFFFdF
FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFCCFFFFFFFF
FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv
"""

LOWER_CITY = """
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,1zzz,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,zzzz,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,zzzz,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,zzzz,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,zzzz,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,,,J,,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,,,a,,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
GGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGGG,,,,,,,,BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB
bb,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,b,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,
,,LL,,,,,,,,,,,,,,,,,,,,l,,,,,,,,wqq,,,,@,,,,,,,,,,,,,LL,,,,w,,,,,,,,,,,,,,,,,,,
,,,,,w,,,,d,,,,,,,,,LL,,,,,,,,,,,,q,,,,,,,,,,,,w,,,,,,,lqq,,,,v,,,LL,,ul,,,,,,,,
,,,,,,,,,l,,,,,,,,,,w,,,,,v,,,,kkE,,,,,,,l,,,,,,,,,,h,,,,,,,,,,,,,hh,,,,,,,,,,,,
,,hh,,,,,,ccc,,,f,,,,,,,,,,,,,mkk,5,h,,,,,,,,,,,FFFFGGGGGGGGGGGGbb,,BBBBBBBBBBBB
,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,4,,,,,,,F,f,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGGbb,,BBBBBBBBBBBBb,,,,,,,,,,,,,WW,,F,,,GGGGGGGGGGGG,8,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,BBBBBBBBBBBB,,,,,,,,,,,,,,,,,,F,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,BBBBBBBBBBBB,,,,,YY,,,,,,,,r,,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,BBBBBBBBBBBB,,,,,YY,,,,D,,,,,,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,BBBBBBBBBBBB,,,,,,,,,,,,,,,,,,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,BBBBBBBBBBBB,,,,,,r,,,,,,,,YY,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,BBBBBBBBBBBB,,,,,,,,,,r,,,,YY,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,BBBBBBBBBBBB,,,,,,,,,,,,,,7,,,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,,,,,,,6,,,,,F,,,,,FFFFFF,,,,,,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
GGGGGGGGGGGGGG,,,,,,,,,,,,,,,,F,,,,,,,,,,,,,,,,,,,,,GGGGGGGGGGGG,,,,BBBBBBBBBBBB
,,,,,,,,,,,,,,FFFF,,,,,,,,,,,,F,,,,w,,,,,,,,,,w,,,,,,,,,,,,,,,,,,,,,BBBBBBBBBBBB
,,,,,,,,w,,,,,,,,,,,,,,,,,,,,,F,,,,,,,,,,,,,,,,,,,,,,,,YY,,,,,,,,,,,BBBBBBBBBBBB
,,,,,qq,WW,,,,,,l,,,,,,,,,,,l,,,,,,,,,,,,,,,v,,,,,,,,,,YY,,,qq,,,,,b,,,,,,,,,,,2
,,,,,,,,,,,,,,,w,,,,,,3,,,LL,,,I,I,,,,,,,,,,,,,,,,w,,,,,,,s,,,,,cc,,,IWW,,,,,e,,
,,,,,y,,,,v,,,,,,,,,,,,j,,,,,,w,,,,,,,,,cc,,LL,,,,,,,,,,,,,l,,,,,,w,,,,,,w,,,,,,
,,,,,,,,,,,,,,,h,,,,,,qq,,,q,,,,,f,,,,,,h,,,qq,,l,,,,,,,,,,,,,h,,,,,,,,,,,,qq,,,
GGGGGGGGGGGGGGGGGGGGbb,,,,,,,,,,,,,,,,,l,,,,,,,,,,,,,,,,,,,,,bGGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,l,,,,,,,,,,,,,,,,,,,l,,,,,,,,,,,,,,,,,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGGb,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
GGGGGGGGGGGGGGGGGGGG,,,,BBBBBBBBBBBBBB,,,,GGGGGGGGGGGGGGGG,,,,GGGGGGGGGGGGGGGGGG
"""

SEWERS = """
############################1###############################
############################H###############################
############################H###############################
####l###O#PP##l##PP#O###l###H####l####O##PP#l###PP##O###l###
2...........................a....m........................##
.B.m......I.............................m.................##
.....Fg.G.........m......................................m##
...bb.7.....................E.............................##
##~~~~~~~~~~===~~~~~~~~~~~~~~~===~~~~~~~~~~~~~===~~~~~~~~~##
~~~~~~~~~~~~===~~~~~~~~~~~~~~~===~~~~~~~~~~~~~===~~~~~~~~~~~
~~~~~~~~~~~~===~~~~~~~~~~~~~~~=6=~~~~~~~~~~~~~===~~~~~~~~~~~
~~~~~~~~~~~~=5=~~~~~~~~~~~~~~~===~~~~~~~~~~~~~===~~~~~~~~~~~
~~~~~~~~~~~~===~~~~~~~~~~~~~~~===~~~~~~~~~~~~~===~~~~~~~~~~~
##~~~~~~~~~~===~~~~~~~~~~~~~~~===~~~~~~~~~~~~~===~~~~~~~~~##
##........................................................##
##......m.....CA....@...g.........................m.....m.##
##...........D...........bb.............................b.##
##~~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~##
~~~~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~
~~~~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~
~~~~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~
~~~~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~
~~~~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~
##~~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~~~===~~~~~~~~~~~~~~~##
##.............................................b...........3
##.............s.............................u...........c..
##..............g.....m.....................g...............
##.b......m...................bb....m..........J.LLLLLL.....
################################################fK.M..qq.###
################################################....4....###
################################################.....j..q###
##################################################.....#####
############################################################
############################################################
"""


VOID = ["below0", "below1", "below2", "below3", "void0", "void1", "void2", "below0"]
FREEWAY_LEGEND = {
    "v": T(ground=VOID, solid=True),
    ".": T(ground=["deck0", "deck0", "deck1", "deck2"]),
    "n": T(ground="deck_edge_n"),
    "s": T(ground="deck_edge_s"),
    "-": T(ground="deck_dash"),
    "!": T(ground="deck_dash"),
    "N": T(ground="rail_n", solid=True),
    "S": T(ground="rail_s", solid=True),
    "W": T(ground="rail_w", solid=True),
    "E": T(ground="rail_e", solid=True),
    "M": T(ground="rail_n", solid=True),
    "U": T(ground="deck_under", solid=True),
    "F": T(ground="deck_far", solid=True),
    "d": T(ground="deck_far_dash", solid=True),
    "l": Stamp("lamp_post", above_rows=1),
    "f": T(ground="rail_n", solid=True),
    "u": T(ground="deck_under", solid=True),
    "X": T(ground="rail_broken"),
    "c": Stamp(["car_neon_pink", "car_neon_yellow", "car_bot_blue", "car_mist", "car_ares_red"]),
    "C": Stamp(["car_neon_pink", "car_neon_yellow", "car_bot_blue", "car_mist"], on="F"),
    "B": Stamp("barrier"),
    "k": T(detail="cone", solid=True),
    "G": Stamp("gantry", solid=False, layer="above"),
}

# The Skyway's lower carriageway, where he walks out among the traffic: cars drive along the rows
# either side of him. The upper one, shut by the roadblock, is still.
SKYWAY_LANES = (19, 21, 23)
# Marks (tile x, y): the police's light bars on the roadblock's barriers; and where he falls, off the
# broken ramp into the drop below it, and off the deck's north edge by the stalled car, down in the dark;
# and the road just east of the stalled car, where the first drone comes down in front of his arm cannon;
# and the ring of drones round the stalled car that shoot him down all at once (the one on his left
# level with him, so its shot runs straight into him). He goes over the north edge just past the
# rail, above the stalled car, so that the fall starts at the deck's edge.
SKYWAY_MARKS = {
    "drone_front": (35, 16),
    "drone_ring_0": (27, 15),
    "drone_ring_1": (30, 11),
    "drone_ring_2": (33, 12),
    "drone_ring_3": (26, 17),
    "block_light_0": (44, 11),
    "block_light_1": (46, 14),
    "block_light_2": (41, 15),
    "ramp_fall": (37, 29),
    "edge_fall": (31, 9),
}


def _skyway(b: Builder) -> None:
    dress_traffic(b)
    dress_lanes(b, SKYWAY_LANES)
    for name, (x, y) in SKYWAY_MARKS.items():
        b.add(MapObj("mark", name, x * 16 + 8, y * 16 + 8, point=True))


freeway = Layout(
    name="freeway",
    title="The Freeway",
    plan=FREEWAY,
    legend=FREEWAY_LEGEND,
    floor=".",
    sets=["city"],
    objects={
        "@": start(),
        "1": exit_to("streets", "from_freeway", rect=(0, 0, 1, 5)),
        "2": exit_to("lower_city", "from_freeway", rect=(-1, 0, 4, 1), on="X"),
        "3": exit_to("streets", "from_freeway", rect=(0, 0, 9, 1)),
        "a": entry("from_streets"),
        "r": entry("from_ramp"),
        "h": entry("from_lower_city"),
        "4": spot("police_block", rect=(-3, -2, 7, 5)),
        "5": spot("broken_rail", rect=(0, 0, 4, 3)),
        "6": spot("stalled_car", rect=(-1, 1, 3, 2)),
        "p": npc("police"),
        "w": walker("crowd_a", [(10, 0)]),
        "q": walker("police", [(0, 5)]),
    },
    decorate=_skyway,
)

LOWER_LEGEND = CITY | {
    ",": T(ground=["grime0", "grime0", "grime1", "grime2", "grime3"]),
    "w": T(ground="puddle"),
    "l": T(ground="litter"),
    "b": T(detail="bags", solid=True),
    "f": T(detail="barrel_fire", solid=True),
    "v": T(ground="steam"),
    "F": Auto("chainfence", "F", solid=True, layer="detail"),
    "Y": Stamp("scrap"),
    "W": Stamp("wreck"),
    "r": T(detail="tag", solid=False),
    "L": Stamp("laundry", solid=False, layer="above"),
    "c": T(ground=None, above="cables"),
    "z": T(ground="steps"),
    "I": T(detail="pillar", solid=True),
    "q": T(detail=["crate", "crate", "crate_blue"], solid=True),
    "h": T(detail=["bin", "bin_blue"], solid=True),
}


RAIN_THREAD = (41, 0, 16)  # column, first and last row: from the crack in the sky to the puddle he lies in


# The crack in the lid of light overhead, across the top of the map (its first column and row; its
# lowest point over the thread of rain), the glow it throws, and the mural on the building the
# painted wall spot faces (its top-left tile), over the windows: `tiles_sky.py` draws both.
SKY_CRACK = (31, 0)
MURAL_AT = (23, 18)


def _sky_and_mural(b: Builder) -> None:
    x0, y0 = SKY_CRACK
    cols, rows = tiles_sky.CRACK_TILES
    for dy in range(rows):
        for dx in range(cols):
            b.put("above", x0 + dx, y0 + dy, f"skycrack@{dx},{dy}")
    b.add(MapObj("light", "sky_crack", x0 * 16, y0 * 16, cols * 16, rows * 16, {"kind": "neon", "color": "neon_cyan"}))
    mx, my = MURAL_AT
    for dy in range(3):
        for dx in range(6):
            b.put("detail", mx + dx, my + dy, f"mural@{dx},{dy}")
    b.add(MapObj("light", "mural_lamp", mx * 16, (my + 3) * 16, 6 * 16, 16, {"kind": "lamps"}))
    b.add(MapObj("mark", "mural_front", (mx - 2) * 16 + 8, (my + 4) * 16 + 8, point=True))  # to its left, so all of it shows


# Marks only stage directions use, in map pixels: out of the quiet corner's alley onto the open street
# under the lanterns, the middle of the circle SW-11 sweeps in view (`sweeper_circle`), where the swept
# circle lies (`the_circle`: the bottom of its picture), the four points of its round that SW-11 goes
# by, west of it where 7723 watches, and east of it, where he has stepped over it.
SWEEPER_MARKS = {"sweeper_circle": (1132, 160), "the_circle": (1132, 184),
                 "circle_n": (1132, 146), "circle_e": (1160, 162), "circle_s": (1132, 178), "circle_w": (1104, 162),
                 "by_the_circle": (1080, 168), "over_the_circle": (1184, 168)}
# The crater he lands in, round the puddle he wakes in: where it lies (`crater`: the bottom of its
# picture), the middle of its rainwater, where the bag is found, and its rim above that, where he
# stands to look down into it.
CRATER_MARKS = {"crater": (664, 300), "crater_middle": (664, 286), "crater_rim": (664, 236)}


def _overpass(b: Builder) -> None:
    """The freeway crosses overhead: a band on the `above` layer the player walks underneath; and
    down the crack in the sky comes one long, thin thread of rain."""
    for n, (x, y) in (SWEEPER_MARKS | CRATER_MARKS).items():
        b.add(MapObj("mark", n, x, y, point=True))
    dress_city(b)
    _sky_and_mural(b)
    x, y0, y1 = RAIN_THREAD
    for y in range(y0 + tiles_sky.CRACK_TILES[1], y1 + 1):  # out of the crack's own tiles
        b.put("above", x, y, "rainthread")
    top, bottom = 23, 27
    for x in range(b.w):
        for y in range(top, bottom + 1):
            b.put("above", x, y, "overpass_n" if y == top else "overpass_s" if y == bottom else "overpass_m")

lower_city = Layout(
    name="lower_city",
    title="The Lower City",
    plan=LOWER_CITY,
    legend=LOWER_LEGEND,
    floor=",",
    sets=["city"],
    objects={
        "@": start(),
        "1": exit_to("freeway", "from_lower_city", rect=(0, 0, 4, 1), on="z"),
        "2": exit_to("backyard", "from_lower_city", rect=(0, 0, 1, 4)),
        "3": exit_to("sewers", "from_lower_city", on="o"),
        "a": entry("from_freeway"),
        "e": entry("from_backyard"),
        "j": entry("from_sewers"),
        "4": spot("crash_site", rect=(-3, 1, 6, 5)),
        "5": spot("noodle_stall", rect=(-3, -1, 4, 2)),
        "6": spot("graffiti_wall", rect=(-2, -1, 5, 2)),
        "7": spot("broken_sky", rect=(-1, -1, 3, 3)),
        "8": spot("quiet_corner", rect=(0, 0, 2, 2)),  # up the dead-end alley behind the bins, far from the stall
        "m": npc("crowd_a", "noodle_vendor"),
        "d": walker("crowd_c", [(14, 0)]),
        "s": walker("qbot", [(-10, 0)]),
        "y": walker("crowd_b", [(12, 0)]),
        "u": walker("crowd_a", [(-8, 0)]),
        # the puddle in the crater he wakes in, the noodle robot at its stall, the crack in the sky
        "D": mark("puddle", on="w"),
        "E": mark("noodle_bot"),  # beside the cart, clear of the way up to the stall
        "J": mark("crack"),
    },
    decorate=_overpass,
)

SEWER_LEGEND = {
    "#": Wall("sewer", faces=3, his=3),
    ".": Auto("sewer_lip", "~"),
    "~": T(ground="water", solid=True),
    "=": T(ground="plank"),
    "O": T(ground="sewer_outflow", solid=True, wallish=True),
    "H": T(ground="sewer_ladder", wallish=True),
    "g": T(ground="grate"),
    "m": T(ground="moss"),
    "q": T(detail=["crate", "crate_blue"], solid=True),
    "l": T(ground="sewer_lamp", solid=True, wallish=True),
    "P": T(ground="sewer_pipe", solid=True, wallish=True),
    "b": T(detail="bags", solid=True),
    "f": T(detail="barrel_fire", solid=True),
    "L": T(ground=None, above="fairylights"),
}


def _manhole(b: Builder) -> None:
    """The coin of orange streetlight a manhole cover leaks onto the water, round the middle of a plank
    bridge: a light of the moon's kind, so it shines only when a direction turns the moon on, and
    nothing else down here does."""
    b.add(MapObj("light", "manhole", 29 * 16 + 8, 8 * 16 + 8, 48, 48, {"kind": "moon", "color": "orange"}))

sewers = Layout(
    name="sewers",
    title="Under the City",
    plan=SEWERS,
    legend=SEWER_LEGEND,
    floor=".",
    sets=["city"],
    objects={
        "@": start(),
        "1": exit_to("streets", "from_sewers", on="H"),
        "2": exit_to("lower_city", "from_sewers", rect=(0, 0, 1, 4)),
        "3": exit_to("iq_tower", "from_sewers", rect=(0, 0, 1, 4)),
        "a": entry("from_streets"),
        "B": entry("from_lower_city"),
        "c": entry("from_iq_tower"),
        "4": spot("hideout", rect=(-3, -1, 6, 3)),
        "5": spot("down_here", rect=(-1, -3, 3, 6), on="="),
        "6": spot("manhole_light", rect=(-1, -1, 3, 2), on="="),  # out on the middle of a plank bridge, the water all round
        "7": spot("pipe_echo", rect=(-1, -1, 3, 2)),
        "j": npc("momo"),
        "s": walker("qbot", [(20, 0)]),
        "u": npc("7723", beats="under_the_city"),
        # the ledge where they sit by his chest light, and where 7723 and Momo stand at each spot
        "A": mark("ledge_bot"),
        "C": mark("ledge_mai"),
        "D": mark("ledge_momo"),
        "E": mark("manhole_bot"),  # on the top ledge a step from the bridge's head, back from her, his light off the coin
        "F": mark("pipe_momo"),
        "G": mark("pipe_mai"),
        "I": mark("pipe_bot"),
        "J": mark("hideout_bot"),
        "K": Obj("mark", "old_bed", rect=(0, 0, 2, 1)),  # where the old mattress lies on its pallets (props: Mai drags it off)
        "M": mark("bed_side"),  # beside it, at its foot, where she takes hold of it
    },
    decorate=_manhole,
)

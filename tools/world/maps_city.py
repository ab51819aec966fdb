"""Grainland's streets and rooftops (the montage): an avenue, a cross street, a court, a roof deck.

Legend: see `citykit.py`. Markers: `@` start; digits and symbols are the objects listed below the plan.
"""

from __future__ import annotations

from world.citykit import CITY, dress_city
from world.mapkit import Door, Layout, T, entry, exit_to, npc, spot, start, walker

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
1.....v.............bh........v.....ZZZZZ.......".nn......kk......b..TT....v....
..<l..v......l.a.........@.l..v..t..ZZZZZt.....l..y..l....kk...l.....TT.l..v.l..
...l.........l.............l.....t..,,|,,t.....l.....l...u8..w.l........l....l..
,,,,,,,,cc,,,,,,,,,,,,cc,,,,,,,zz,,,,,,,,,,,zz,,,,,,,,cc,,,,,,,,,,,,,,,,,,,,,,,,
-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-zz,-,,,,,,,-,zz-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,
===============================zz===,,,,,===zz==================================
-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-zz,-,,,,,,,-,zz-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,
,,,,,,,,,,,,cc,,,,,,,,,,,,,,,,,zz,,,,,,,,,,,zz,,,,,,,,,,,,,,cc,,,,,,,,cc,,,,,,,,
.....ii.....&.............l......t..,,|,,.......d......l.....................h.2
............SSS...TT......l......t..ZZZZZ......TT......l........nn.....TT....>..
............SSS...TT...............rZZZZZ......TT......................TT.......
AAA.fffff..fffff.BBBBBBBBVVVVVVVVV..,!|!,..AAAAAAAAAARRRRRRRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV..,,|,,..AAAAAAAAAARRRRRRRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV.b,!|!,..AAAAAAAAAARRqqRRRRRRnnRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV..,,|,,..AAAAAAAAAARRRRRRRRRRRRRRCCCCCCCCCCCCC
AAA.fggggg9ggggf.BBBBBBBBVVVVVVVVVl.,!|!,.lAAAAAAAAAARRRRRRR0RRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVVl.,,|,,.lAAAAAAAAAARRRRRRRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV..,!|!,..AAAAAAAAAARRRRReRRRRRRRRCCCCCCCCCCCCC
AAA.fggggggggggf.BBBBBBBBVVVVVVVVV..,,|,,..AAAAAAAAAAGGGGGHGGGGGGGGCCCCCCCCCCCCC
AAA.ffffffffffff.BBBBBBBBVVVVVVVVVl.,!|!,.lAAAAAAAAAAGGGGGHGGGGGGGGCCCCCCCCCCCCC
.......nn.....i.....l.......v.....l.,,|,,.lAAAAAAAAAAGGGGGHGGGGGGGGCCCCCCCCCCCCC
....................l.......v.......,!|!,..AAAAAAAAAA...........................
,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,zz,,,,,|,,..AAAAAAAAAA.......m...............b...
-,-,-,-,-,-,-,-,-,-,-,-,-,-,-,-zz,-,,!|!,...........v.........nn......l.........
,-,-,-,-,-7%,-,-,-,-,-,-,-,-,-,zz-,-,,|,,b....TT....v.................l.........
,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,zz,,,,!|!,.....TT................................
..j............b....................,,|,,.......................................
.....TT.................l....h....l.,!|!,.lVVVVVVVVVVVVVBBBBBBBBBBBBAAAAAAAAAAAA
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
    legend=CITY | {"D": Door(), "e": T(ground="roofdeck_c")},
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
        "&": spot("rain_shelter", rect=(0, 1, 3, 2)),
        "a": walker("crowd_a", [(10, 0)]),
        "d": walker("crowd_b", [(6, 0)]),
        "j": walker("crowd_c", [(12, 0)]),
        "m": walker("qbot", [(10, 0)]),
        "r": npc("police"),
        "u": npc("crowd_b", "noodle_fan"),
        "w": npc("crowd_c", "noodle_regular"),
        "y": npc("qbot", "delivery_bot"),
        "<": entry("from_school"),
        ">": entry("from_stadium"),
        "^": entry("from_freeway", on=","),
        "_": entry("from_backyard", on=","),
        '"': entry("from_launch_hall"),
        "%": entry("from_sewers", on="-"),
    },
    decorate=dress_city,
)

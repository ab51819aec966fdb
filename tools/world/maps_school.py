"""Mai's school (corridor, lockers, the pitch) and the stadium where the Gen 6 rollout becomes the
last battle.

Legend: see `legends.SCHOOL` and `legends.STADIUM`. Markers are listed per plan.
"""

from __future__ import annotations

from tools.world.legends import SCHOOL, STADIUM
from tools.world.mapkit import Layout, Stamp, entry, exit_to, npc, spot, start, walker

SCHOOL_PLAN = """
############################################################
############################################################
######D##sNN########D##s##########D##sNN########D##s########
######D#############D#############D#############D###########
##.f.........LLlLLL........LLLLLL........LLLLLL......RR.b.##
##...........LLlLLL...K....LLLLLL........LLLLLL......RR...##
1..............2...............................u.....6....##
.atttttttttttttttttttttttttttttttttttttttttttttttttttttttt##
..tttttttttttttttttttttttttttt@ttttttttttttttttttttttttttt##
##..w.....A.........y............u......K.................##
##......nn..............nn.....k............nn............##
##......3.................................................##
############################pppp############################
############################pppp############################
############################pppp############################
ZZZZZZZZ;;;;ZZZZZZZZZZZZZZZZppppZZZZZZZZZZZZZZZZZZZZZZZZZZZZ
;;=======7================================================;|
;;=------------------------------------------------------=;|
;;=-F;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;F-=;|
|;=-;++++++++++++++++++++++++++++++++++++++++++++++++++;-=;|
|;=-;+;;;;;;;;;;;q;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;+;;;;;q;;G;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;+;;;;;;;;;;c;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;<<;;;;;c;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;>>;-=;|
|;=-;<<;;;;;;;4;;;;o;;;;;;;;OO5;;;;;;;;;;;;;;;;;;;;;;>>;-=;|
|;=-;<<;;;;;;;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;>>;-=;|
|;=-;+;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;j;;;;;;;;;;;;;;;;;+;-=;|
|;=-;+;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;+;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;++++++++++++++++++++++++++++++++++++++++++++++++++;-=;|
|;=-F;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;F-=;|
|;=------------------------------------------------------=;|
|;========================================================;|
||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||
"""

STADIUM_PLAN = """
RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR
aaaaaaaaaaa|bbbbbbbbbbb|yyyyyyyyyyy|aJJJJJJa|aaabbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa
aaaaaaaaaaa|bbbbbbbbbbb|yyyyyyyyyyy|aJJJJJJa|aaabbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa
aaaaaaaaaaa|bbbbbbbbbbb|yyyyyyyyyyy|aJJJJJJa|aaabbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa
aaaaaaaaaaa|bbbbbbbbbbb|yyyyyyyyyyy|aaaaaaaa|aaabbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa
bbbbbbbbbbb|yyyyyyyyyyy|aaaaaaaaaaa|bbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa|aaabbbbbbbb
bbbbbbbbbbb|yyyyyyyyyyy|aaaaaaaaaaa|bbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa|aaabbbbbbbb
bbbbbbbbbbb|yyyyyyyyyyy|aaaaaaaaaaa|bbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa|aaabbbbbbbb
bbbbbbbbbbb|yyyyyyyyyyy|aaaaaaaaaaa|bbbbbbbb|bbbyyyyyyyy|yyyaaaaaaaa|aaabbbbbbbb
wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww
bbbbbbwLL==============================================================LLwbbbbbb
bbbbbbwLL---eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee---LLwbbbbbb
bbbbbbwLLF;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;FLLwbbbbbb
aaaaaaw=-;++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++;-=waaaaaa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;r;;;;;;;;;;;;;;;;+;-=waaaaaa
||||||w=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=w||||||
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;r;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;r;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=wbbbbbb
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;P;;!;;A;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=wbbbbbb
bbbbbbw=-;<<;;;;;;;;;;;;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;;;;;;>>;-=wbbbbbb
bbbbbbw=-;<<;;;;;;;;;;;;;;;;;;;;;;;;;;O3O;;;;;;;;;;;;;;;;;;;;;;;;;;;>>;-=wbbbbbb
bbbbbbw=-;<<;;;;;;;;;;;;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;;;;;;>>;-=wbbbbbb
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;x;;!;z;;;u;;;;;;;;;;;;;;;;;;;;;;;+;-=wbbbbbb
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;r;;;;;;;;;;;;;;;;;;;;;+;-=wbbbbbb
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;m;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;r;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
||||||w=-;+;;;;;;;;;;;;;r;;;;;;;;;;;;;;!;;;;;;;;;;G;;;;;;;;;;;;;;;;;;+;-=w||||||
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaKKKa
aaaaaaw=-;+;;;;;;;;;;;;;;;4;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaKKKa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaS2Sa
aaaaaaw=-;+;;;Q;;Q;;Q;;Q;;Q;;Q;;Q;;;;;;!;;;;;;;Q;;Q;;Q;;Q;;Q;;Q;;Q;;;+;-=waaSSna
bbbbbbwLL;++++Q++Q++Q++Q++Q++Q++Q++++++++++++++Q++Q++Q++Q++Q++Q++Q++++;LLXXXkSSb
bbbbbbwLLF;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;FLLXXXSSSb
bbbbbbwLL---eeeeeeeeeeeeeeeeeeeeeeee========eeeeeeeeeeeeeeeeeeeeeeee---LLXXXSSSb
bbbbbbw=========q===================5=========================q==========XXXSSSb
....7...............ddd................................ddd................8..9..
............c.......ddd................@...............ddd..Mj..................
.....................6......s.........h.........................................
.....................................DDD..........t.............................
.....................................DDD........................................
.....................................1..........................................
"""

school = Layout(
    name="school",
    title="Grainland Middle School",
    plan=SCHOOL_PLAN,
    legend=SCHOOL,
    floor=".",
    sets=["school"],
    objects={
        "@": start(on="t"),
        "1": exit_to("streets", "from_school", rect=(0, 0, 1, 3)),
        "a": entry("from_streets", on="t"),
        "2": spot("lockers", rect=(-2, -2, 6, 3)),
        "3": spot("ani", rect=(0, -1, 2, 2)),
        "4": spot("bullies", rect=(-4, -4, 8, 6), on=';'),
        "5": spot("bat_swing", rect=(-2, -1, 3, 3), on="O"),
        "6": spot("trophy_case", rect=(0, -2, 2, 3)),
        "7": spot("pitch_gate", rect=(-1, -1, 4, 2), on="="),
        "A": npc("ani"),
        "G": npc("greenwood", on=';'),
        "c": npc("crowd_c", "bully", on=';'),
        "q": npc("qbot", "bully_bot", on=';'),
        "K": npc("qbot", "teacher_bot"),
        "u": npc("crowd_c", "classmate"),
        "w": walker("qbot", [(20, 0)]),
        "y": walker("crowd_c", [(16, 0)]),
        "j": walker("crowd_c", [(10, 0)], on=';'),
    },
)

stadium = Layout(
    name="stadium",
    title="Grainland Stadium",
    plan=STADIUM_PLAN,
    legend=STADIUM | {"D": Stamp("tunnel", solid=False)},
    floor=".",
    sets=["stadium"],
    objects={
        "@": start(),
        "1": exit_to("streets", "from_stadium", rect=(0, -2, 3, 3)),
        "h": entry("from_streets"),
        "2": spot("broadcast_booth", rect=(-1, -2, 3, 3), on="S"),
        "3": spot("reboot", rect=(-1, -1, 3, 3), on="O"),
        "4": spot("gen6_pods", rect=(-12, 2, 24, 2), on=';'),
        "5": spot("evacuate", rect=(0, -1, 8, 2), on="="),
        "6": spot("dugout", rect=(-1, -2, 3, 3)),
        "7": spot("greenwood_escape", rect=(0, 0, 3, 2)),
        "8": spot("outside_stand", rect=(-1, -2, 3, 3)),
        "9": spot("main_stairs", rect=(-1, -3, 3, 4)),
        "A": npc("ares", on=';'),
        "P": npc("pin", on=';'),
        "M": npc("molly"),
        "G": npc("greenwood", on=';'),
        "x": npc("mai", on=';', beats="reboot"),
        "z": npc("7723", on=';', beats="reboot"),
        "m": npc("police", on=';'),
        "u": npc("qbot", on=';'),
        "q": npc("police", on="="),
        "c": walker("crowd_a", [(6, 0)]),
        "j": walker("crowd_b", [(10, 0)]),
        "s": walker("crowd_c", [(0, 2), (6, 2)]),
        "t": walker("qbot", [(8, 0)]),
        "k": npc("crowd_a", "fan_on_the_stairs", on="S"),
        "n": npc("qbot", "stairs_steward", on="S"),
    },
)

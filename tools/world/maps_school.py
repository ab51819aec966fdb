"""Mai's school (corridor, lockers, the pitch) and the stadium where the Gen 6 rollout becomes the
last battle.

Legend: see `legends.SCHOOL` and `legends.STADIUM`. Markers are listed per plan.
"""

from __future__ import annotations

from tools.world.legends import SCHOOL, STADIUM
from tools.world.mapkit import Builder, Layout, Obj, Stamp, entry, exit_to, npc, spot, start, walker
from tools.world.tileset import TILE
from tools.world.tmxwrite import MapObj

# the people of the lunch-time yard and the team on the pitch: not there after school, when the pitch
# is empty but for Mai, 7723 and Greenwood
SCHOOL_DAY = "bad_day,payback"

# where stage directions stand people (tile x, y): the corridor at lunch, the face-off on the pitch,
# and the pitch after school
SCHOOL_MARKS = {
    "by_the_fountain": (2, 5),  # 7723, "hiding" at the far end of the corridor
    "spy_found": (6, 6),  # Mai, finding him there
    "hall_greenwood": (34, 7),  # Greenwood, mocking the bag on the way in
    "lunch_mai": (27, 9),
    "lunch_greenwood": (32, 9),
    "lunch_7723": (23, 9),
    "lunch_beside": (25, 9),  # Mai, holding on to his finger
    "stairs_top": (29, 12),
    "face_off": (20, 22),  # Mai, out on the pitch in front of Greenwood's crew
    "after_mai": (34, 24),
    "after_7723": (31, 22),
    "after_greenwood": (40, 24),
    "after_qbot": (42, 25),
    "over_greenwood": (38, 24),  # Mai, standing over her with the bat
    "qbot_away": (48, 27),
    "halfway_home": (22, 22),
    "pitch_corner": (10, 18),
}

# the stadium: the tunnel, the booth, the home bench, the centre circle
STADIUM_MARKS = {
    "tunnel": (38, 42),
    "beside_tunnel": (41, 41),
    "lower_tier": (4, 36),  # Ani, waving from the bottom of the west stand
    "steward": (45, 39),
    "booth": (77, 32),
    "booth_stairs": (77, 36),
    "home_bench": (24, 39),  # Greenwood, trapped under the board
    "by_the_bench": (26, 38),
    "centre_left": (35, 25),
    "centre_right": (44, 24),
    "halfway": (37, 28),
    "before_ares": (42, 26),
    "by_7723": (38, 26),  # Mai, come to him at the end
    "momo_by": (37, 27),
    "molly_by": (36, 27),  # 7723, squared up to Ares in front of the centre circle
    "north_stand": (40, 10),  # the camera, on the stands and their eighty thousand pods
    "thrown": (30, 12),  # 7723, thrown into the north stand
    "on_the_track": (34, 38),  # Mai, running for the home bench
}

# the Gen 6 pods under the seats: warm orange (kind hologram) until Ares gives the word, then red
# (kind fire); the two sets stand in the same places and a direction turns one or the other on
GEN6_ORANGE, GEN6_RED = "#ff9a3c", "#ff2a2a"
GEN6_SPOTS = [(x, y) for x in range(3, 78, 8) for y in (3, 7) if not 34 <= x <= 44 or y == 7] + \
             [(x, y) for x in (1, 76) for y in range(13, 30, 6)]


def stage_marks(b: Builder, marks: dict[str, tuple[int, int]]) -> None:
    """A `mark` object at the middle of each named tile: a place only stage directions use."""
    for name, (x, y) in marks.items():
        b.add(MapObj("mark", name, x * TILE + 8, y * TILE + 8, point=True))


def gen6_lights(b: Builder) -> None:
    """The pods in the stands, each a light of both colours (2x2 tiles)."""
    for n, (x, y) in enumerate(GEN6_SPOTS):
        for kind, colour in (("hologram", GEN6_ORANGE), ("fire", GEN6_RED)):
            b.add(MapObj("light", f"gen6_{kind}_{n}", x * TILE, y * TILE, 2 * TILE, 2 * TILE,
                         {"kind": kind, "color": colour}))


def school_day(sprite: str, name: str, on: str) -> Obj:
    """Someone on the pitch only in the school-day beats."""
    return npc(sprite, name, on=on, beats=SCHOOL_DAY)

SCHOOL_PLAN = """
############################################################
############################################################
######D##sNN########D##s##########D##sNN########D##s########
######D#############D#############D#############D###########
##.f....LLLL.LLlLLL........LLLLLL...LLLL.LLLLLL......RR.b.##
##......LLLL.LLlLLL...K....LLLLLL...LLLL.LLLLLL......RR...##
1..............2...............................u.....6....##
.atttttttttttttttttttttttttttttttttttttttttttttttttttttttt##
..tttttttttttttttttttttttttttt@ttttttttttttttttttttttttttt##
##..w.....A.........y............u......K.................##
##......nn..............nn.....k............nn............##
##......3...b.........................b.............b.....##
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
        "G": school_day("greenwood", "greenwood", ';'),
        "c": school_day("crowd_c", "bully", ';'),
        "q": school_day("qbot", "bully_bot", ';'),
        "K": npc("qbot", "teacher_bot"),
        "u": npc("crowd_c", "classmate"),
        "w": walker("qbot", [(20, 0)]),
        "y": walker("crowd_c", [(16, 0)]),
        "j": Obj("walker", "crowd_c", {"sprite": "crowd_c", "beats": SCHOOL_DAY}, path=[(0, 0), (10, 0)], on=';'),
    },
    decorate=lambda b: stage_marks(b, SCHOOL_MARKS),
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
    decorate=lambda b: (stage_marks(b, STADIUM_MARKS), gen6_lights(b)),
)

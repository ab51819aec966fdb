"""Mai's school (corridor, lockers, the yard where lunch is eaten, the floodlit pitch) and the stadium where the Gen 6 rollout becomes the
last battle.

Legend: see `legends.SCHOOL` and `legends.STADIUM`. Markers are listed per plan.
"""

from __future__ import annotations

from tools.world.legends import SCHOOL, STADIUM
from tools.world.mapkit import Builder, Decor, Layout, Obj, Stamp, T, entry, exit_to, npc, spot, start, walker
from tools.world.school_crowd import school_crowd
from tools.world.stadium_night import night_over_the_stadium
from tools.world.tileset import TILE
from tools.world.tmxwrite import MapObj

# the people of the lunch-time yard and the team on the pitch: not there after school, when the pitch
# is empty but for Mai, 7723 and Greenwood
SCHOOL_DAY = "bad_day,payback"

# where stage directions stand people (tile x, y): the corridor, the yard at lunch (between the
# corridor's stairs and the pitch), the face-off on the pitch, and the pitch after school
SCHOOL_MARKS = {
    "by_the_fountain": (5, 19),  # 7723, "hiding" behind the yard's first tree; where Greenwood sits down
    "spy_found": (8, 21),  # Mai, finding him there
    "hall_greenwood": (34, 7),
    # two of her team in the corridor with her before school, and where the three of them and her
    # Q-Bot stop in front of Mai at her locker to laugh at the bag
    "hall_team_1": (36, 7),
    "hall_team_2": (35, 8),
    "sneer_greenwood": (20, 6),
    "sneer_bot": (19, 7),
    "sneer_team_1": (22, 6),
    "sneer_team_2": (21, 7),
    "ani_juice": (10, 11),  # Ani, come round the long table to Mai on its bench, at break
    "ani_seat": (9, 11),  # Mai, sitting down on the long table's bench, round the corner from Ani at its end  # Greenwood, mocking the bag on the way in
    "lunch_mai": (28, 19),
    "lunch_greenwood": (33, 19),
    "lunch_7723": (24, 18),
    "lunch_beside": (26, 19),  # Mai, holding on to his finger
    # Greenwood's Q-Bots, come for her across the yard; hers a row up from 7723 at the tables, so
    # that his arm, level across the yard at its height, points at it and not at the kids behind
    "yard_bot": (31, 17),
    "flick_from": (29, 17),  # 7723, come over to it, his hand out at it for the flick
    "yard_bot_1": (35, 20),
    "stairs_top": (29, 12),
    "face_off": (20, 30),  # Mai, out on the pitch in front of Greenwood's crew
    "after_mai": (34, 32),
    "after_7723": (31, 30),
    "after_greenwood": (40, 32),
    "after_qbot": (42, 33),
    "over_greenwood": (38, 32),  # Mai, coming on at her across the pitch with the bat
    "greenwood_down": (43, 32),  # where Greenwood, backing off from the bat, falls on the grass
    "over_her": (41, 32),  # Mai, standing over her with the bat up
    "between_them": (42, 32),  # between the two: 7723's palm under the bat
    # the bat wrenched aside: Mai a step to the side of Greenwood's legs, the bat down in the turf
    # alongside her, by her arm, not on her
    "wrenched_aside": (42, 31),
    "by_her_arm": (43, 31),
    "long_way_behind": (21, 29),  # 7723, following her home a long way behind: where she was halfway home, when she is at pitch_corner
    "qbot_away": (48, 35),
    "far_corner": (53, 27),  # the pitch's far corner, away from 7723: where Greenwood runs, once she is up
    # the yard's far recycling bin, across the yard from the lunch tables: where 7723 flicks
    # Greenwood's Q-Bots, the first over the bin, the second beside it
    "recycled": (47, 22),
    "recycling_bin": (47, 22.5),  # the green recycling bin itself, beside the grey one, under them
    "recycled_2": (46, 23),
    "halfway_home": (22, 30),
    "pitch_corner": (10, 26),
    "by_the_wall": (40, 15),  # Ric, at the edge of the yard, out of the way
    "behind_his_leg": (40.5, 14.75),  # his little robot, tight behind his leg (half a tile over, not a step away)
    # Greenwood's four teammates round her on the pitch after school, in the team's kit
    "team_1": (16, 31),
    "team_2": (12, 32),
    "team_3": (13, 28),
    "team_4": (17, 28),
    "centre_circle": (29, 32),  # the Q-Bot Mai swings at, spun away across the grass
    # the Q-Bots rolled forward at her: Greenwood's own with the ball two tiles from her, to serve it
    "captain_serve": (18, 30),
    "qbot_forward": (15, 27),
    "qbot_forward_1": (19, 28),
    "locker_note": (15, 5),  # on the door of Mai's locker, the magenta one, where the PSYCHO note is stuck
}

# the yard's furniture and the pitch's floodlight masts (the school tileset's `tiles_yard.py`)
YARD_LEGEND = SCHOOL | {
    "g": T(ground=["grass_b0", "grass_b1"]),
    "T": Stamp("lunchtable"),
    "U": Stamp("yardfountain"),
    "V": Stamp("floodlight_mast", above_rows=2),
    # the back of the gym, the east end of the school building, on the yard (`tiles_gym.py`)
    "Y": Decor("#", "gymsign"),
    "E": Decor("#", "firedoor"),
    "d": T(ground=["worn0", "worn1"]),
    "X": Stamp("longtable"),  # the corridor's long table, Ani at its east end
}
FLOODLIT = "#eef2ff"  # the cold white of floodlights on grass


def floodlit(b: Builder, x0: int, y0: int, x1: int, y1: int, step: int = 4) -> None:
    """Pools of floodlight over a pitch (tiles x0..x1, y0..y1), lamps that the masts' light falls
    in: at night with lamps on the whole pitch is lit, not only the corners."""
    n = 0
    for y in range(y0, y1 + 1, step):
        for x in range(x0, x1 + 1, step):
            b.add(MapObj("light", f"floodlit_{n}", x * TILE, y * TILE, TILE, TILE,
                         {"kind": "lamps", "color": FLOODLIT}))
            n += 1


# the stadium: the tunnel, the booth, the home bench, the centre circle
STADIUM_MARKS = {
    "tunnel": (38, 42),
    "beside_tunnel": (41, 41),
    # down inside the players' tunnel, at the foot of its stairs, before they go up to the mouth
    "in_tunnel": (37, 51),
    "in_tunnel_7723": (39, 50),
    "tunnel_stairs": (38, 46),  # halfway up the stairs
    "lower_tier": (4, 36),  # Ani, waving from the bottom of the west stand
    "steward": (45, 39),
    "booth": (77, 32),
    "booth_stairs": (77, 36),
    "home_bench": (24, 39),  # Greenwood, trapped under the board
    "by_the_bench": (26, 38),
    # the three red-hot Gen 6 rolling in at her, still short of the board
    "gen6_closing_1": (21, 42),
    "gen6_closing_2": (27, 40),
    "gen6_closing_3": (26, 42),
    # the nearest seat to the track: the home dugout's, its Gen 6 in a gift box under it, Mai down by it
    "under_the_seat": (22, 40),
    "by_the_seat": (23, 40),
    # Greenwood's team at the four corners of the board over her, two of them then either side of her,
    # and where they have dragged her to along the concourse, on the way to the tunnel
    "lift_1": (23, 38),
    "lift_2": (25, 38),
    "lift_3": (23, 40),
    "lift_4": (25, 40),
    "drag_above": (24, 38),
    "drag_below": (24, 40),
    "dragged_to": (35, 39),
    "dragged_above": (35, 38),
    "dragged_below": (35, 40),
    # the turf 7723 tears digging his heels in as he holds Ares, and the trail of it to the east end
    "turf_torn": (42, 22),
    "turf_trail_1": (48, 22),
    "turf_trail_2": (54, 21),
    "turf_trail_3": (60, 21),
    "turf_east": (66, 21),
    "molly_pulling": (60, 42),  # Molly at the turnstiles' side, reaching in for the fans coming through
    "centre_left": (35, 25),
    "centre_right": (44, 24),
    "halfway": (37, 28),
    "before_ares": (42, 26),
    "by_7723": (38, 26),  # Mai, come to him at the end
    "momo_by": (37, 27),
    "molly_by": (36, 27),  # 7723, squared up to Ares in front of the centre circle
    "north_stand": (40, 10),  # the camera, on the stands and their eighty thousand pods
    "thrown": (30, 12),  # 7723, thrown into the north stand
    "in_the_stand": (28, 6),  # a Gen 6 climbing the north stand, among its seats
    "up_the_stand": (48, 4),  # and another, higher up
    # fans on the main stairs up to the booth, packed in round its steward and the fan already there
    "stairs_up_1": (78, 38),
    "stairs_up_2": (76, 37),
    "stairs_up_3": (78, 36),
    "on_the_track": (34, 38),  # Mai, running for the home bench
    "mic_pole": (35, 38),  # the stewards' microphone on its pole by the track, at Mai's side there
    "goalpost": (12, 23),  # 7723, his back against the west goal's post, after
    "by_the_goalpost": (12, 25),  # Mai, beside him
    "molly_goalpost": (13, 26),  # Molly, come from the gates, down beside her daughter
    "holding_ares": (40, 22),  # 7723, his arms round Ares, at his side
    # Ares, turned and walked to the empty east end, the goal and its empty stand behind him, far from
    # the gates, the tunnel and the bench; and 7723 there, still holding him
    "east_end": (66, 20),
    "holding_east": (64, 20),
    "edge_facing": (38, 34),  # Mai at the edge of the pitch, in front of 7723 on his knee in the circle
    "kneel_wide": (39, 32),  # the camera on the two of them then, him and Ares above and her below
    "before_new_7723": (38, 28),  # Mai, a step in front of the new 7723, looking up at him
    "lunge": (37, 24),  # Pin's body, come at Mai (at centre_left) with its arms out, an arm's length off
    "behind_the_lunge": (38, 24),  # the new 7723, come up behind it to catch it by the collar
    # where Ares comes apart: in the centre circle, in front of 7723, and Pin's body dropped beside him
    "in_the_circle": (40, 24),
    "by_the_wreck": (42, 25),
    "knocked_away": (39, 20),  # where Mai's swing puts it down: on the halfway line, away from the two of them
    # the gate out of the concourse that Molly holds: the turnstiles where the last fans go through,
    # her place beside them, the fans' places still inside, and the street side they come out on
    "the_gate": (59, 43),
    "molly_gate": (62, 42),
    "fan_in_1": (55, 40),
    "fan_in_2": (57, 40),
    "fan_in_3": (53, 41),
    "gate_out": (59, 44),
    # and the gate before it along the concourse, the nearest to the pitch: its turnstiles, its steward
    # beside them, and the fans lined up to go in; and at Molly's, the steward she is telling off
    "near_gate": (47, 43),
    "steward_gate": (50, 42),
    "near_fan_1": (43, 41),
    "near_fan_2": (45, 41),
    "mai_gate": (52, 41),  # Mai, come up to that steward from the pitch side
    "molly_steward": (64, 42),
    # the fight at the centre circle seen wide, Ares and 7723 and, at the edge of the pitch, Mai
    "fight_wide": (40, 30),
    "pitch_edge": (37, 36),
    # the reboot: Ares walks off from 7723 on his knee to the foot of the north stand, to the Gen 6
    # climbing it, and comes back across the pitch at him (the camera on the stand's foot and the
    # circle then); Pin's body lies dropped out on the pitch east of the circle from the start until
    # it gets up and runs at Mai
    "ares_to_stand": (46, 16),
    "coming_wide": (45, 19),
    "ares_closing": (43, 21),  # still on his way at them when the reboot starts; over them as it ends
    "pin_dropped": (51, 26),
    # Ares coming apart in the circle: 7723 in at him, Ares knocked back a step, the plate and the
    # claw arm torn off him on the turf either side, and what is left of him lying in the circle; the
    # camera wide on the circle, Mai, and Pin's body
    "at_ares": (39, 25),
    "ares_stagger": (41, 23),
    "plate_off": (44, 25),
    "claw_off": (36, 22),
    "the_wreck": (42, 24),
    "circle_wide": (41, 23),
}

# the players' tunnel behind its mouth: its stairs up to the mouth, its passage, its walls, and the
# stand's footings round it (`tiles_stadium.tunnel_tiles`)
TUNNEL = {
    "^": T(ground="tunnel_steps"),
    ":": T(ground="tunnel_floor"),
    "[": T(ground="tunnel_wall_l", solid=True),
    "]": T(ground="tunnel_wall_r", solid=True),
    "#": T(ground="footing", solid=True),
    "_": T(ground="footing_kerb", solid=True),
}
TUNNEL_BULB = (35, 48)  # the one caged bulb, on the wall at the foot of the stairs


def tunnel_bulb(b: Builder) -> None:
    """The tunnel's only light: a dim lamp by the stairs, so the passage below it stays dark."""
    x, y = TUNNEL_BULB
    b.add(MapObj("light", "tunnel_bulb", x * TILE, y * TILE, TILE, TILE, {"kind": "lamps", "color": "#b08850"}))


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
..ttwttttttttttttttttttttttttt@ttttttttttttttttttttttttttt##
##..XXXXXXA3........y............u......K.................##
##..XXXXXX..............nn..................nn............##
##..........b.........................b.............b.....##
############################pppp############################
############################pppp##################YYY##E####
############################pppp#######################E####
|ggQQggggggggggpppppppppppbppppppbpppppppppppggQQggdddddggg|
|ggQQggggggggggpTTpppTTpppppppppppppTTpppTTppggQQgddd5dddgg|
|ppQQpppppppppppTTpppTTpppppppppppppTTpppTTppppQQpppppppppp|
|pppppUUppppppppppppppppppppppppppppppppppppppppppppppppppp|
|pppppUUpQQpppppppppppppppppppppppppppppppppppppppppppQQppp|
|ppppppppQQpppTTpppTTpppTTpppppppppTTpppTTpppTTpppppppQQppp|
|ggggggggQQpppTTpppTTpppTTpppppppppTTpppTTpppTTppgggggQQggg|
|gggggggggggggbppppppppppppppppppppppppppppppppbpgggggggggg|
ZZZZZZZZ;;;;ZZZZZZZZZZZZZZZZppppZZZZZZZZZZZZZZZZZZZZZZZZZZZZ
;;=======7================================================;|
;V=------------------------------------------------------=V|
;V=-F;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;F-=V|
|V=-;++++++++++++++++++++++++++++++++++++++++++++++++++;-=V|
|;=-;+;;;;;;;;;;;q;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;+;;;;;q;;G;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;+;;;h;;;;;;c;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|;=-;<<;;;;;c;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;>>;-=;|
|;=-;<<;;;;;;;4;;;;o;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;>>;-=;|
|;=-;<<;;;;;;;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;>>;-=;|
|;=-;+;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;j;;;;;;;;;;;;;;;;;+;-=;|
|;=-;+;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=;|
|V=-;+;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;+;-=V|
|V=-;++++++++++++++++++++++++++++++++++++++++++++++++++;-=V|
|V=-F;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;F-=V|
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
bbbbbbwLL==============================================================LLwBBBBBB
bbbbbbwLL---eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee---LLwBBBBBB
bbbbbbwLLF;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;FLLwBBBBBB
aaaaaaw=-;++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++;-=wZZZZZZ
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=wZZZZZZ
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=wZZZZZZ
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;r;;;;;;;;;;;;;;;;+;-=wZZZZZZ
||||||w=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=w||||||
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;r;;;;;;;;;;;;;;;;;;;;;;;;+;-=wZZZZZZ
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;r;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=wZZZZZZ
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=wBBBBBB
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;P;;!;;A;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=wBBBBBB
bbbbbbw=-;<<;;;;;;;;;;;;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;;;;;;>>;-=wBBBBBB
bbbbbbw=-;<<;;;;;;;;;;;;;;;;;;;;;;;;;;O3O;;;;;;;;;;;;;;;;;;;;;;;;;;;>>;-=wBBBBBB
bbbbbbw=-;<<;;;;;;;;;;;;;;;;;;;;;;;;;;OOO;;;;;;;;;;;;;;;;;;;;;;;;;;;>>;-=wBBBBBB
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;x;;!;z;;;u;;;;;;;;;;;;;;;;;;;;;;;+;-=wBBBBBB
bbbbbbw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;r;;;;;;;;;;;;;;;;;;;;;+;-=wBBBBBB
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;m;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;r;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaaaaa
||||||w=-;+;;;;;;;;;;;;;r;;;;;;;;;;;;;;!;;;;;;;;;;G;;;;;;;;;;;;;;;;;;+;-=w||||||
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaKKKa
aaaaaaw=-;+;;;;;;;;;;;;;;;4;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaKKKa
aaaaaaw=-;+;;;;;;;;;;;;;;;;;;;;;;;;;;;;!;;;;;;;;;;;;;;;;;;;;;;;;;;;;;+;-=waaT2Sa
aaaaaaw=-;+;;;Q;;Q;;Q;;Q;;Q;;Q;;Q;;;;;;!;;;;;;;Q;;Q;;Q;;Q;;Q;;Q;;Q;;;+;-=waaSSna
bbbbbbwLL;++++Q++Q++Q++Q++Q++Q++Q++++++++++++++Q++Q++Q++Q++Q++Q++Q++++;LLXXXkSSb
bbbbbbwLLF;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;FLLXXXSSSb
bbbbbbwLL---eeeeeeeeeeeeeeeeeeeeeeee========eeeeeeeeeeeeeeeeeeeeeeee---LLXXXSSSb
bbbbbbw=========q===================5=========================q==========XXXSSSb
....7...............ddd................................ddd................8..9..
............c.......ddd................@...............ddd..Mj..................
...s.................6..........................................................
.....................................DDD..........t.............................
.....................................DDD........................................
....................................[^^^].......................................
____________________________________[^^^]_______________________________________
####################################[^^^]#######################################
####################################[^^^]#######################################
##################################[:::::::]#####################################
##################################[:::::::]#####################################
##################################[:::::::]#####################################
##################################[:::::::]#####################################
##################################[:::::::]#####################################
##################################[:::::::]#####################################
##################################[:::::::]#####################################
##################################[:::h:::]#####################################
##################################[::1::::]#####################################
"""

school = Layout(
    name="school",
    title="Grainland Middle School",
    plan=SCHOOL_PLAN,
    legend=YARD_LEGEND,
    floor=".",
    sets=["school"],
    objects={
        "@": start(on="t"),
        "1": exit_to("streets", "from_school", rect=(0, 0, 1, 3)),
        "a": entry("from_streets", on="t"),
        "2": spot("lockers", rect=(-2, -2, 6, 3)),
        "3": spot("ani", rect=(-1, -1, 2, 2)),  # Ani, at the east end of the long table
        "4": spot("bullies", rect=(-4, -4, 8, 6), on=';'),
        "5": spot("bat_swing", rect=(-3, -1, 7, 2), on="d"),  # the worn patch behind the gym
        "6": spot("trophy_case", rect=(0, -2, 2, 3)),
        "7": spot("pitch_gate", rect=(-1, -1, 4, 2), on="="),
        "A": npc("ani"),
        "G": school_day("greenwood", "greenwood", ';'),
        "c": npc("crowd_c", "bully", on=';', beats="payback"),  # at lunch; on the pitch the team is in kit (teammate)
        "q": school_day("qbot", "bully_bot", ';'),
        "h": npc("qbot_captain", "captain_bot", on=';', beats="bad_day"),  # Greenwood's own, CAPTAIN on its lid
        "K": npc("qbot", "teacher_bot"),
        "u": npc("crowd_c", "classmate"),
        "w": walker("qbot", [(20, 0)], on="t"),
        "y": walker("crowd_c", [(16, 0)]),
        "j": Obj("walker", "crowd_c", {"sprite": "crowd_c", "beats": SCHOOL_DAY}, path=[(0, 0), (10, 0)], on=';'),
    },
    decorate=lambda b: (stage_marks(b, SCHOOL_MARKS), floodlit(b, 6, 26, 54, 38), school_crowd(b)),
)

stadium = Layout(
    name="stadium",
    title="Grainland Stadium",
    plan=STADIUM_PLAN,
    # the east stand's upper seats, behind the east goal, empty all night: the empty end 7723 turns Ares to
    legend=STADIUM | {"D": Stamp("tunnel", solid=False), **TUNNEL,
                      "B": T(ground="stand_bot_blue_empty", solid=True), "Z": T(ground="stand_ares_red_empty", solid=True)},
    floor=".",
    sets=["stadium"],
    objects={
        "@": start(),
        "1": exit_to("streets", "from_stadium", rect=(0, 0, 3, 1), on=":"),  # down the tunnel, out to the drains
        "h": entry("from_streets", on=":"),
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
        "s": walker("crowd_c", [(0, 1), (6, 1)]),  # a fan at the far west end of the concourse, not by the tunnel
        "t": walker("qbot", [(8, 0)]),
        "k": npc("crowd_a", "fan_on_the_stairs", on="S"),
        "n": npc("qbot", "stairs_steward", on="S"),
        "T": npc("crowd_k", "technician", on="S", beats="stadium"),  # the booth's one human, at the foot of its desk beside Mai
    },
    decorate=lambda b: (stage_marks(b, STADIUM_MARKS), gen6_lights(b), night_over_the_stadium(b), tunnel_bulb(b)),
)

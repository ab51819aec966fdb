"""IQ Robotics: the launch hall, the assembly line, Rice's hidden lab and the tower's inner levels.

Legend: see `legends.IQ`. Markers (start `@`, exits, spots, people) are listed under each plan.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tools.world.legends import IQ, IQ_FURNITURE
from tools.world.mapkit import (
    Brush,
    Builder,
    Decor,
    Layout,
    Obj,
    Region,
    Stamp,
    entry,
    exit_to,
    npc,
    show_big,
    spot,
    start,
    walker,
)
from tools.world.maps_school import GEN6_ORANGE
from tools.world.tmxwrite import MapObj

LAUNCH_HALL = """
############################################################
##########################MMMMMMMM##########################
##########B###B###B###B###MMMMMMMM###B###B###B###B##########
##########B###B###B###B###MMMMMMMM###B###B###B###B##########
##########################MMMMMMMM##########################
##.{{.r..p.........PPPPPPPPPPPPPPPPPPPPPP.........p..r.EE.##
##.{{.r..p.........PPPPPPP6PPPPPPj?PPPPPP.........p..r.EE.##
##.{{.r............PPPPPPPPPPiPPPPPPPPPPP............r.EE.##
##.{{.r............P<PPPPPPPPPPPPPPPPPPPP............r.EE.##
##r..rr............PPPPPPPPPP>PPPPPPPPPPP............rr..r##
##............KK...PPPPPPPPPPPPPPPPPPPPPP...KK............##
##......C...........m..*.+.RRRRRR....m....................##
##p.............Q.....m.h/.RRRRRR..h...m...Q.............p##
##p.................m...h..RRRRRR..h.q...................p##
##...~~~~~~~~~~~~~~~~..q...RRRRRR.....m...d..d..d..d..d...##
##......4...f...f........q.RRRRRR..q......d..d..d..d..d...##
##...................m.....RRRRRR.......m.......5......[.Yn3
##.....~~~~~~~~~~~~~~~~....RRRRRR...m.......q..9..........nn
##.......f.k0..............RRRRRR.................q.......##
##.........8............h..RRRRRR..h.......V.....!........##
##...~~~~~~~~~~~~~~~~...h..RRRRRR..h......................##
##............f...f........RRRRRR.........d..d..d..d..d...##
##.........................RRRRRR.........d..d..d..d..d...##
##.....~~~~~~~~~~~~~~~~....RRRRRR.........................##
##........f................RRRRRR...................Z.....##
##..........................IIII........g.................##
##.................J.2O&....IIII..............KK..........##
##..........KK.......OOb..z.......Q.....@.................##
##.p.............p.......GG.GG.GG.GG......p.............p.##
##.p.............p.......GG.GG.GG.GG......p.............p.##
##.......................7....a...........................##
#########################nnnnnnnnnn#########################
#########################nnnnnnnnnn#########################
#########################1nnnnnnnnn#########################
"""

ASSEMBLY_LINE = """
%%%%%%%%%%%%%%%%%%%%%%%%LL%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%%%%%%%%%%%%%%%%%%%%%%%LL%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%%%%%%%%%%%%%%%%%%%%%%%LL%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%::::::::::::::::::::::2n::::::::::::::r,S,S,,,S,S,S,%%
%%:::::AA::::::AA::::::AA::::::AA:::::::r,S,S,,,S,S,S,%%
%%:::::AA::::::AA::::::AAb:::::AA:::::|:r,,,,,KK,,,,,,%%
%%::================================::|:r,,,,,4,,,KK,,%%
%%::yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy::|:r,,,TTT,j,,,,,%%
%%::::::::::::::::::::::::::::::::::::|:r,,,,,,,,,,,,,%%
%%::::::::@:::::::::::::::::::::::::::|:r,,,k,,i,,,,,,%%
%%::::fAA::::::AA::::::AA::::::AA:::::|:r,,,,,,,,,,,,,%%
%%:::::AA::::::AA::::::AA::::::AA:::::|:rrrr,0,rrrrrrr%%
^^::================================::|:::::::::YYYYY:%%
..::yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy::|::::3::::YYYYY:%%
1.:a::::::::::::::::::::::::::::::::::|:::::::::::cc:Z%%
..7:::::::::::::::::::::::::::::::::::|::cc:::::::c::Z%%
%%:::::AA::::::AA::::::AA::::::AA:::::|::c::::e:::::::%%
%%:::::AA::::::AA::::::AA::::::AA:::::|:::::::::HH:HH:%%
%%::================================::|:::::::::HH:HH:%%
%%::yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy::|::::::::::6::::%%
%%::::::::::::::::::::::::::::::::::::|:::::cc::::::x:%%
%%::::g:::::::::::::::::::::::::::::::|:::::c::J::e:::%%
%%::hhhhhhhhhhhhhhhhhhhhhhhhhhhh::::::|::VVV::::::::c:%%
%%::hhhhhhhhhhhhhhhhhhhhhhhhhhhh::::::|::VVV::::::::::%%
%%::::::::::::::::::::::::::::::::::::|:::::::::cc::::%%
%%::hhhhhhhhhhhhhhhhhhhhhhhhhhhh:::::::::::::x::::::::%%
%%::hhhhhhhhhhhhhhhhhhhhhhhhhhhh:::::::::QQ::::::::QQ:%%
%%::::::::::::::::::5::::::::::::::::m:::QQ::::::::QQ:%%
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
"""

RICE_LAB = """
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%%%%%%%ww%%%%%%%%%%%%%%%%%%%ww%%%%%%%%%
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%:U:U:U4:::::,,,,XXXX,,KK::::::S:S:S:%%
%%:U:U:U:::KK7,,,,XXXX,,,,:KK:::S:S:S:%%
%%YY::::::::::,,,,XX0X,,,,:e::VVV::Z::%%
%%YY::::::::::,,,,XXXX,,,,e:::VVV::Z::%%
%%:::x:::U:QQ:,,,,,,i,,,,,:U::::::::::%%
%%:::::::U:QQ:,x,,,28,+x,,:U::::::::::%%
%%:WWW::::::::,,x,,,,,,,x,:::::WWW:cc:%%
%%::3:::::::::,,,,,x,,,,,,::::::6:::::%%
%%:::e:::::x::,,,,,,x,,,,,:QQ::::::::!%%
%%::::cVVV::::::uuuuuuuu:::QQx::::::::%%
%%:TTT:VVV::::::uuuuuuuu*:::::::HH:HH:%%
%%::::::::::::::::::::9::k::::::HH:HH:%%
%%:J::::x:::x::::::::::::::x:::::::::&%%
%%:TTT:::::::j::x:::@::x::WWW::::x::S:%%
%%::::::::5:::::::::::::::::::JWWW::S:%%
%%cc::::x:::::Z::::::a::::cc:::::::::c%%
%%c:::QQ:HH::cZ:::1O::::x:::c:c:QQ::cc%%
%%::::QQ:HH:c:::::OO::::::::::::QQ::::%%
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
"""

IQ_TOWER = """
$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$
$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$
$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$
$$,S,S,S,S,S,S,,KK,,KK,<cc$$$uuuuuuuuuuuuuuuuuuuuuuuuu$$,NNNNNN,,NNNNNN,$$
$$,S,S,S,S,S,S,,,,,,,,,,xc$$$uuuuuuuuuukkkuuuuuuuuuuuu$$,NNNNNN,,NNNNNN,$$
$$,,,,,,,,,,,,,,KK,,KK,,,,$$$uuuuuuuuuukkkuuuuuuuuuuuu$$,,,,,,,,,,,,,,,,$$
$$,S,S,S,S,S,S,x,,fx,+,,,,$$$uuuuuuuuuuuuuuuuuuuuuuuuu$$,NNNNNN,,NNNNNN,$$
$$,S,S,S,S,S,S,,*,,,,,,x,,$$$uuuuuuuuuuu5uuuuuuuuuuuuu$$,NNNNNN,,NNNNNN,$$
$$,,,,,,,,,,,,&,KK4,KK,,,,$$$uuuuuuuuuuuuuuuuuuuuuuuuu$$,,,,,,,,,,,,,,,,$$
$$,,,,,,,,,/,,x,,,,,,,x,,,$$$uuuuuuuuuuuuuuuuuuuuuuuuu$$,NNNNNN,,NNNNNN,$$
$$$$$$$$$$!,$$$$$$$$$$$$$$LL$$$$$$$$$$$$__$$$$$$$$$$$$$$,NNNNNN,,NNNNNN,$$
$$$$$$$$$$,,$$$$$$$$$$$$$$LL$$$$$$$$$$$$__$$$$$$$$$$$$$$,7,,,,,,,,,,,,,,$$
$$_______9________________2_______z___________________$$,,,,,,,,,,,,,,,,$$
1___0_______________________b___________________________,,,,,,,,,,,,,,,,$$
__a---------------------------@-----------------------__,,,,,,,,,,,,,,,,$$
________q_______________________________________________,,,,,,,,,,,,,,,,$$
$$____________________________________________________$$,,,,,,,,,,,,,,,,$$
$$________3____________$$LL$$$____$$$tttt$$tttt$$tttt$$$,NNNNNN,,NNNNNN,$$
$$FFFFFFF$FFFFFF$FFFFFF$$LL$$$____$$$tttt$$tttt$$tttt$$$,NNNNNN,,NNNNNN,$$
$$,,,,,,,$,,,,,,$,,,,,,$_6___p____p______h__8__h_____p$$,,,,,,,,,,,,,,,,$$
$$,,,,,,,$,,i>,,$,,,,,,$_____p____p______h_____h_____p$$,NNNNNN,,NNNNNN,$$
$$,,,,,,,$,,,,,,$,x,,,,$___ss_________________________$$,NNNNNN,,NNNNNN,$$
$$,,e,,,,$,,,,,,$,,,,,,$______p_____uuuuuuuu_p__ss__Z_$$,,,,,,,,,,,,,,,,$$
$$,,,,,,,$,,,,,,$,,e,,,$______p_____uuuuuuuu_p______Z_$$,NNNNNN,,NNNNNN,$$
$$,x,,,,,$,,,,,,$,,,,,,$Z___________uuuuuuuu__________$$,NNNNNN,,NNNNNN,$$
$$,,,,e,,$,,,,,,$,,,,,,$Z___________uuuuuuuu__________$$,,,,,,,,,,,,,,,,$$
$$,,,,,,,$,,,,,,$,,,e,,$___ss________DDD________ss____$$,NNNNNN,,NNNNNN,$$
$$,,,,c,,$,,,,c,$,,,,c,$_____________DDD______________$$,NNNNNN,,NNNNNN,$$
$$,v,,,,,$,v,,,,$,v,,,,$_p_______KK_________KK______p_$$,,,,,,,,,,,,,,,,$$
$$,,,,,,,$,,,,,,$,,,,,,$_p__________________________p_$$,,,,,,,,,,,,,,,,$$
$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$
$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$
"""


def mark(name: str, on: str | None = None) -> Obj:
    """A named point for stage directions only: where someone stands, or the camera looks."""
    return Obj("mark", name, on=on)


def watcher(sprite: str) -> Obj:
    """Someone in the launch crowd, turned to the stage rather than to the player."""
    return Obj("npc", sprite, {"sprite": sprite, "facing": "up"})


@dataclass
class Hooks(Brush):
    """Rows of finished Gen 6 hanging from hooks (`tiles_gen6.py`), one to a column, each two tiles
    tall: the rail and the head over whoever walks behind, the body blocking the way. Neighbours hang
    a pixel askew of each other and breathe their glow out of step, so a row reads as a row of
    bodies rather than one picture repeated."""

    def paint(self, b: Builder, x: int, y: int, r: Region) -> None:
        self.under(b, x, y, b.floor)
        dy = (y - r.y0) % 2
        n = (x * 2 + (y - r.y0) // 2) % 3
        b.put("above" if dy == 0 else "detail", x, y, f"gen6hook{n}@0,{dy}")
        b.block(x, y)


# The hanging rows' chests, a soft warm orange: lights of kind hologram in the Gen 6's orange (as its
# pods in the stadium), one to every four bodies, at chest height.
HOOK_ROWS = (22, 25)  # the top row of each
HOOK_COLS = range(4, 32, 4)


def _chests(b: Builder) -> None:
    for row in HOOK_ROWS:
        for n, x in enumerate(HOOK_COLS):
            b.add(MapObj("light", f"gen6_chests_{row}_{n}", x * 16, row * 16 + 10, 64, 16,
                         {"kind": "hologram", "color": GEN6_ORANGE}))


def _load_belts(b: Builder) -> None:
    """Put Q-Bot shells on the belts, in every state from bare casing to switched on."""
    r = random.Random("belts")
    for y, row in enumerate(b.layers["detail"]):
        for x, ref in enumerate(row):
            if ref and ref[1] == "belt_m" and r.random() < 0.45:
                b.put("detail", x, y, f"beltshell{r.randrange(3)}")


# The big screen over the stage, the moment the promo camera puts Mai's scowl on it: a light of
# kind `feed` that the window fills with her face while a direction has `feed` on (launch day's
# "say no" branch), over the advert the screen shows otherwise.
JOY_SCREEN = MapObj("light", "joy_screen", 26 * 16, 1 * 16, 8 * 16, 4 * 16,
                    {"kind": "feed", "shows": "portrait:mai_angry", "caption": "THIS GUEST NEEDS JOY"})


# The hologram of Justin Pin over the stage's left wing, forty feet tall and one hand raised: a light
# of kind `hologram` that the window draws as a translucent picture while the hall's holograms are on
# (`game/scenes/projected.py`), his feet at the front of the stage; Mai hides in his chest, at the
# mark `in_the_hologram`, on the stage where she stands inside the picture.
PIN_HOLOGRAM = MapObj("light", "pin_hologram", 19 * 16, 20, 96, 160, {"kind": "hologram", "shows": "hologram:pinholo"})


# Marks (tile x, y) on the escalators, which a marker letter would cut in two: the down escalator in
# the hall's north-east corner, which Mai runs up (its foot, its top, the right-hand lane where the
# bots stand and are carried back down), and where she backs off to from the guards, out of the
# crowd onto the dark carpet of the aisle, alone there, so that the camera on her leaves her beside
# the menu of what she does next.
LAUNCH_MARKS = {
    "escalator_foot": (55, 10),
    "escalator_top": (55, 5),
    "escalator_lane": (56, 7),
    "escalator_bottom": (56, 9),
    "backs_off": (30, 16),
    "in_the_hologram": (22, 5),
    # the ring the guards close round her on the aisle, two steps off, on every side but the way she
    # came (the east, where the menu opens)
    "guards_ring_0": (31, 14),
    "guards_ring_1": (29, 14),
    "guards_ring_2": (28, 16),
    "guards_ring_3": (28, 18),
    "guards_ring_4": (30, 18),
    # the guards after her when she ducks into the crowd: first in among the queue's lanes behind her,
    # then closing on the hatch as she runs for it
    "chase_0": (20, 16),
    "chase_1": (22, 18),
    "chase_2": (19, 21),
    "chase_3": (23, 22),
    "closing_0": (17, 24),
    "closing_1": (25, 23),
    "closing_2": (20, 22),
    "closing_3": (26, 25),
    # a step from the promo unit, where she swings at it (it stands at `promo`, the next tile east)
    "swing_at_snappy": (46, 17),
    # a free-standing clock screen over the queue's end (the hall has no window: it gives the hour),
    # and the front of the stage beside the podium, where the screen counting down to the launch stands
    "hall_clock": (9, 12),
    "countdown": (32, 9),
    "ares_wing": (40, 7),  # the stage's far right-hand edge, in the dark, where Ares steps out from
    "bubbles_front": (22, 11),  # Molly's Q-Bot at her elbow at the front, for the speech (she is at `molly_front`)
    "mai_by_molly": (24, 11),  # right beside Molly at the front, close enough to take her hand
    "hatch_sign": (22, 25),  # the STAFF ONLY sign on its post, over the hatch
    "mai_before_molly": (11, 12),  # out of the line, over the rope and a step on, in front of Molly as she films the stage (clear of the queue: no spot in reach when the player walks again)
}


launch_hall = Layout(
    name="launch_hall",
    title="IQ Robotics Launch Hall",
    plan=LAUNCH_HALL,
    legend=IQ | {"{": Stamp("escalator_up", solid=False), "M": Decor("#", "bigscreen_roboleague")},
    floor=".",
    sets=["iq"],
    objects={
        "@": start(),
        "1": exit_to("streets", "from_launch_hall", rect=(0, 0, 10, 1), on="n"),
        "2": exit_to("rice_lab", "from_launch_hall", rect=(0, 0, 2, 2), on="O"),
        "3": exit_to("assembly_line", "from_launch_hall", rect=(0, 0, 1, 2), on="n"),
        "a": entry("from_streets"),
        "b": entry("from_rice_lab"),
        "Y": entry("from_assembly_line"),
        "4": spot("queue", rect=(-3, -1, 15, 9)),
        "5": spot("pushy_bot", rect=(-3, -2, 4, 3)),
        "6": spot("stage", rect=(0, 0, 8, 4), on="P"),
        "7": spot("security_gate", rect=(0, -2, 11, 2)),
        "i": npc("pin", on="P", beats="launch_day"),
        "j": npc("ares", on="P", beats="launch_day"),
        "k": npc("molly", beats="launch_day"),
        "f": watcher("crowd_a"),
        "m": watcher("crowd_b"),
        "q": watcher("crowd_c"),
        "z": npc("qbot", "security_bot"),
        "Q": npc("qbot", "security_bot_2"),
        "C": walker("crowd_a", [(10, 0)]),
        "g": walker("qbot", [(0, -8)]),
        "V": walker("crowd_b", [(8, 0)]),
        "J": walker("crowd_c", [(0, -2), (-10, -2)]),
        "Z": walker("qbot", [(0, -6)]),
        "0": mark("mai_queue"),  # beside Molly in the queue
        "8": mark("bubbles"),  # Molly's Q-Bot, at her elbow
        "9": mark("promo"),  # the promo unit with the camera
        "!": mark("guards_close"),  # where the security bots close in
        "&": mark("hatch"),  # the STAFF ONLY hatch over the chute, just past the security gate
        "*": mark("molly_front"),  # the front of the crowd, for the speech
        "+": mark("mai_front"),
        "/": mark("guard_front"),  # the security bot that brings Mai back
        "<": mark("pin_wing", on="P"),  # where Pin walks on from
        ">": mark("podium", on="P"),  # where he speaks
        "?": mark("ares_dark", on="P"),  # upstage, where Ares steps out of the dark
        "[": mark("assembly_door"),  # the door marked ASSEMBLY
    },
    decorate=lambda b: (b.add(JOY_SCREEN), b.add(PIN_HOLOGRAM), [b.add(MapObj("mark", n, x * 16 + 8, y * 16 + 8, point=True))
                                            for n, (x, y) in LAUNCH_MARKS.items()]),
)

assembly_line = Layout(
    name="assembly_line",
    title="Gen 6 Assembly Line",
    plan=ASSEMBLY_LINE,
    legend=IQ | IQ_FURNITURE | {"h": Hooks()},
    floor=":",
    sets=["iq"],
    objects={
        "@": start(),
        "1": exit_to("launch_hall", "from_assembly_line", rect=(0, 0, 1, 2), on="."),
        "2": exit_to("iq_tower", "from_assembly_line", rect=(0, 0, 2, 1), on="n"),
        "a": entry("from_launch_hall"),
        "b": entry("from_iq_tower"),
        "3": spot("eavesdrop", rect=(-1, -1, 3, 2)),
        "4": spot("rice_meeting", rect=(-2, 0, 5, 2), on=","),
        "5": spot("gen6_line", rect=(-2, -2, 5, 2), on=":"),
        "6": spot("parts_shelf", rect=(-1, -2, 5, 3)),
        "7": spot("back_to_mom", rect=(-2, -2, 5, 3)),
        "i": npc("pin", on=",", beats="bot_for_every_home"),
        "j": npc("ares", on=",", beats="bot_for_every_home"),
        "k": npc("rice", on=",", beats="bot_for_every_home"),
        "f": walker("qbot", [(12, 0)]),
        "g": walker("qbot", [(20, 0)]),
        "m": walker("alfredo", [(-30, 0)]),
        "0": mark("door_gap", on=","),  # the dark gap of the meeting-room door
    },
    # the meeting room's wall screen, where the words' worry is drawn (`hot_cores`), a mark only stage directions use;
    # left of Ares, who stands at the back of the room behind Pin (Pin and Rice face to face in front of him,
    # nearer the door where Mai is crouched), so that he does not stand in front of it
    decorate=lambda b: (_load_belts(b), _chests(b), b.add(MapObj("mark", "meeting_screen", 712, 96, point=True))),
)

# The hole 7723 leaves in the lab's east wall, beside `the_wall`: lights of kind fire that show it
# (`tiles_breach.py`), so that it is drawn only once the direction that sends him through lights them.
BREACH_AT = (38, 10)  # the wall's top-left tile that the hole takes out (2 x 3 tiles)
EMBER = "#7a3414"  # the glow of its hot edges: dim, so the hole itself stays dark


# Marks only stage directions use, in map pixels: the clock screen standing on the bench by the west
# wall (the lab is under the hall and has no window: the clock gives the hour; the north wall is under
# the place's caption whenever the camera is down by the chute), and two steps in from the door on
# either side of `lab_door`, where the security bots come in. Under the cradle's front edge, a step to
# the left of `face_close`, where Mai dumps her backpack, in sight beside her; and either side of
# `face_close` and a step behind to one side, where the security bots take hold of her; and five rows
# down, where they have taken her between them (`led_mai`, a bot a step ahead on one side and a step
# behind on the other, the third at her back), all straight down the open floor from the cradle, before
# the door.
LAB_MARKS = {"lab_clock": (4 * 16 + 8, 9 * 16 + 8), "door_in_1": (37 * 16 + 8, 13 * 16 + 8),
             "door_in_2": (37 * 16 + 8, 17 * 16 + 8), "bag_under_cradle": (19 * 16 + 6, 7 * 16 + 12),
             "grab_left": (19 * 16 + 8, 8 * 16 + 8), "grab_right": (21 * 16 + 8, 8 * 16 + 8),
             "grab_behind": (22 * 16 + 8, 9 * 16 + 8), "led_mai": (20 * 16 + 8, 13 * 16 + 8),
             "led_right": (21 * 16 + 8, 12 * 16 + 8), "led_left": (19 * 16 + 8, 14 * 16 + 8),
             "led_behind": (20 * 16 + 8, 11 * 16 + 8)}


def _breach(b: Builder) -> None:
    for n, (x, y) in LAB_MARKS.items():
        b.add(MapObj("mark", n, x, y, point=True))
    show_big(b, "wall_breach", 0, "labbreach", BREACH_AT, (2, 3), {"kind": "fire", "color": EMBER})


rice_lab = Layout(
    name="rice_lab",
    title="Dr. Rice's Secret Lab",
    plan=RICE_LAB,
    legend=IQ | IQ_FURNITURE,
    floor=":",
    sets=["iq"],
    objects={
        "@": start(),
        "1": exit_to("launch_hall", "from_rice_lab", rect=(0, 0, 2, 2), on="O"),
        "a": entry("from_launch_hall"),
        "2": spot("cradle", rect=(-1, -1, 4, 2), on=","),
        "3": spot("backpack", rect=(-1, -1, 3, 2)),
        "4": spot("whiteboard", rect=(0, 0, 2, 1)),
        "5": spot("alfredo_pad", rect=(0, 0, 2, 1), on="o"),
        "6": spot("workbench", rect=(-1, -1, 3, 2)),
        "7": spot("lab_console", rect=(-2, 0, 3, 1)),
        "i": npc("7723", on=","),
        "j": walker("alfredo", [(8, 0), (8, -3)]),
        "k": npc("qbot", "lab_bot"),
        "0": mark("in_cradle", on="X"),  # 7723, curled up in the cradle's arms
        "8": mark("face_close", on=","),  # close enough to be the first thing he sees
        "9": mark("landing"),  # the heap of packing foam under the chute
        "!": mark("the_wall"),  # the wall that is not a door
        "&": mark("lab_door"),  # where security comes in
        "*": mark("alfredo_fuss"),  # Alfredo, fussing over the intruder
        "+": mark("beside_bot", on=","),  # at 7723's side, by the cradle
    },
    decorate=_breach,
)

# Marks only stage directions use, in map pixels: on Rice's bench on the lab level (the right end of
# the console's top, by his elbow), where the bomb is strapped; on the floor of the cell, just
# in front of Molly and to her side, where she drops her phone; on the top of Pin's empty desk, where
# the reading glasses from its drawer are laid; and beside the desk, where 7723 stands to look at it,
# so the desk shows bare and nobody seems to sit at it. And on the lab's open floor: the aisle below
# Rice's bench, at Mai's feet; where she goes down on her knees once Pin's flash has taken him, just
# behind where he stood; and at its far end from the pods, by the window wall, where 7723 is knocked down.
# And in front of the window: where Ares stands with his back to it, two rows into the room, so that
# all of him is in the picture (at the window itself his head would be above the top of the map);
# and just below him, where 7723 stands to hit him.
# More of them: the side door in the corridor's west end, under the dawn window (the door's three
# tiles, its foot), and in its doorway where 7723 comes in; the foot of the front of Pin's desk, where
# its drawer stands pulled out; by the lab's window wall, where Ares comes at 7723 (a step right of
# him, over the spot he is knocked down on) and the wreck he makes of the lab round them; in the cell beside Molly, where
# 7723 holds out the strip of her sleeve; and on the atrium's wall, between its screens, where the
# alarm beacons go.
TOWER_MARKS_MORE = {"side_door": (20, 16 * 16), "in_door": (14, 14 * 16 + 8),
                    "pin_drawer": (40 * 16 + 8, 6 * 16 + 14),
                    "ares_blow": (24 * 16 + 8, 7 * 16 + 4), "debris_1": (21 * 16, 9 * 16 + 14),
                    "debris_2": (16 * 16, 9 * 16 + 12), "debris_3": (22 * 16 + 8, 5 * 16 + 8),
                    "by_molly": (10 * 16 + 10, 21 * 16 + 4),
                    "alarm_1": (36 * 16, 17 * 16 + 20), "alarm_2": (42 * 16, 17 * 16 + 20),
                    "alarm_3": (48 * 16, 17 * 16 + 20), "alarm_4": (54 * 16, 17 * 16 + 20)}
TOWER_MARKS = {"rice_bench": (17 * 16 + 9, 5 * 16 + 9), "cell_floor": (12 * 16 - 4, 20 * 16 + 16),
               "pin_desk": (40 * 16 + 8, 5 * 16 + 4), "by_pin_desk": (44 * 16 + 8, 6 * 16 + 8),
               "rice_floor": (19 * 16 + 8, 7 * 16 + 14), "by_rice": (19 * 16 - 4, 7 * 16 + 1),
               "lab_floor": (24 * 16, 9 * 16 + 8),
               "ares_window": (23 * 16 + 8, 5 * 16 + 12), "at_ares": (23 * 16 + 8, 8 * 16 + 4),
               "cell_glass": (13 * 16, 19 * 16),  # the foot of the glass wall in front of Molly, where it opens
               **TOWER_MARKS_MORE}
# The lab's window in its north wall, over the `window` mark: lights of kind moon that show it broken
# (`tiles_window.py`), the grey morning through it, once the direction that throws Ares out lights them.
WINDOW_AT = (22, 1)  # the wall's top-left tile the hole takes out; the shards lie on the floor below
DAWN = "#50546a"  # the grey morning it lets in: dim, so the lab stays lit by its own lamps
# A window in the outer wall over the side door Mai and 7723 come in by, with the dawn sky in it: lights
# of kind screens that show it (`tiles_window.py`), lit all the while the tower is, and a little of
# the dawn's pink let in round it.
DAWN_WINDOW_AT = (0, 11)
DAWN_PINK = "#d8908a"
# And two more of the same in the lab's north wall, beside the window Ares goes through: the lab is
# where most of the morning is spent, and it should look like morning there too.
LAB_DAWN_WINDOWS = ((16, 1), (19, 1))
# Justin Pin's face, smiling, on screens in the corridor's wall by the side door, as it is on every
# floor of the tower outside: the first thing anyone coming in by that door sees (map pixels).
PIN_SCREENS = ((2 * 16 + 12, 10 * 16 + 1), (6 * 16 + 4, 10 * 16 + 1))
PIN_SCREEN = (40, 30)
# The atrium's three screens in the wall (tile x of each, the rows they stand in): while a direction has
# `feed` on, the launch-day footage on every one (`tiles_window.py`), Molly laughing in it, over the
# Gen 6 advert; and where Mai and 7723 stand to look up at them, in front of the wall
ATRIUM_SCREENS, ATRIUM_ROWS = (37, 43, 49), (17, 2)
ATRIUM_MARKS = {"before_screens": (43 * 16 + 8, 21 * 16 + 8), "before_screens_7723": (46 * 16 + 8, 21 * 16 + 8)}


def _tower(b: Builder) -> None:
    for n, (x, y) in {**TOWER_MARKS, **ATRIUM_MARKS}.items():
        b.add(MapObj("mark", n, x, y, point=True))
    show_big(b, "window_broken", 0, "towerwindow", WINDOW_AT, (2, 3), {"kind": "moon", "color": DAWN})
    for n, (x, y) in enumerate(PIN_SCREENS):
        b.add(MapObj("light", f"pin_screen_{n}", x, y, *PIN_SCREEN, {"kind": "screens", "shows": "portrait:pin_happy"}))
    row, rows = ATRIUM_ROWS
    for n, x in enumerate(ATRIUM_SCREENS):
        show_big(b, "atrium_feed", n * 4 * rows, "launchfeed", (x, row), (4, rows), {"kind": "feed"})
    for n, at in enumerate((DAWN_WINDOW_AT, *LAB_DAWN_WINDOWS)):
        show_big(b, "window_dawn", n * 4, "dawnwindow", at, (2, 2), {"kind": "screens", "color": DAWN_PINK})


iq_tower = Layout(
    name="iq_tower",
    title="IQ Tower, Inner Levels",
    plan=IQ_TOWER,
    legend=IQ | IQ_FURNITURE | {"k": Stamp("execdesk_bare")},  # Pin's office: his desk bare, and nothing else
    floor="_",
    sets=["iq"],
    objects={
        "@": start(),
        "1": exit_to("sewers", "from_iq_tower", rect=(0, 0, 1, 3)),
        "2": exit_to("assembly_line", "from_iq_tower", rect=(0, 0, 2, 1)),
        "a": entry("from_sewers"),
        "b": entry("from_assembly_line"),
        "3": spot("cell_door", rect=(0, 0, 6, 2)),
        "4": spot("weapons_console", rect=(-2, 0, 6, 1), on=","),
        "5": spot("pin_office", rect=(-1, -3, 3, 4), on="u"),
        "6": spot("rice_truth", rect=(-1, -2, 4, 3)),
        "7": spot("charging", rect=(0, -2, 7, 3), on=","),
        "8": spot("screens", rect=(-7, -2, 16, 3)),
        "i": npc("molly", on=",", gone_after="cell_door"),
        "f": npc("rice", on=",", gone_after="rice_truth"),
        "q": walker("police", [(30, 0)]),
        "z": walker("qbot", [(14, 0)]),
        "0": mark("bot_in", on="_"),  # 7723, just inside the side door
        "9": mark("alfredo_hiss", on="_"),
        "!": mark("lab_door", on=","),  # the lab level's door, from the corridor
        "&": mark("pin_in", on=","),  # where Pin stops, inside it
        "*": mark("mai_lab", on=","),  # at Rice's bench
        "+": mark("bot_lab", on=","),
        "/": mark("ares_in", on=","),  # Ares, behind Pin
        "<": mark("window", on=","),  # the window Ares goes through
        ">": mark("mai_hug", on=","),  # in the cell, in Molly's arms
    },
    decorate=_tower,
)

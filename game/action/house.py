"""The House: 7723, with no weapons left, in the wrecked kitchen while Ares tears the roof off.

He cannot hit back, only be in the way. Ares's fist comes down where a red ring has warned it
will; a raised shield turns it. Molly is taken whatever he does (the piece plays it as the
story tells it), and then he carries Mai and Momo out one at a time: through the floor into the
storm drain, or, if Momo trusts him (the story says so in `given["momo_route"]`), through the gap
Momo opens by tripping Pin. The garage is the way Ares expects.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from game.action import register
from game.action.core import STEP, Intent, Piece
from game.action.kit import Fx, age_fx

Point = tuple[float, float]

FLOOR = (40.0, 96.0, 600.0, 344.0)  # the kitchen floor 7723 can walk on: x0, y0, x1, y1
EXITS: dict[str, tuple[float, float, float, float]] = {  # x0, y0, x1, y1 of each way out
    "drain": (44.0, 284.0, 124.0, 344.0),
    "gap": (548.0, 128.0, 600.0, 196.0),
    "garage": (40.0, 120.0, 84.0, 196.0),
}
SPEED, CARRY_SPEED = 120.0, 80.0  # 7723's pace, empty-handed and carrying
REACH = 26.0  # how close he must be to pick someone up
STRIKE_R = 28.0  # what one of Ares's blows covers
SHIELD_OUT, SHIELD_R = 20.0, 30.0  # the shield stands this far ahead of him and turns blows this near
PIN_SPEED, MOMO_DASH = 22.0, 210.0
HARM_MAX = 16  # on normal, this much harm and Ares has them cornered
CRACK_AT = 4  # unshielded blows on 7723 that crack his shell
SHIELD_STRIKES = 18  # blows before Ares reaches past him for Molly
GRAB_TIME = 2.6  # from the grab's warning to Molly gone
STORY_LENGTH = 100.0  # on story, they are out by then whatever happens
# per difficulty: (warning before a blow lands, pause between blows)
PACE = {"story": (1.6, 1.4), "normal": (1.2, 1.1)}
PUNCHES = 3  # blows of his own it takes 7723 to break the floor open over the storm drain
SCATTER = {"mai": (436.0, 304.0), "momo": (318.0, 196.0)}  # where the grab throws them


@dataclass
class Person:
    """Someone 7723 has to keep from harm: where they are, and how it has gone for them."""

    name: str
    pos: Point
    hits: int = 0
    carried: bool = False
    out: bool = False
    taken: bool = False

    @property
    def on_floor(self) -> bool:
        return not (self.carried or self.out or self.taken)


@dataclass
class Strike:
    """One of Ares's blows: the ring on the floor, then the fist."""

    at: Point
    warn: float  # seconds of warning it was given
    left: float  # seconds until it lands


@dataclass
class HouseState:
    """Everything the window draws, apart from the sim's own bookkeeping."""

    bot: Point = (320.0, 232.0)
    facing: Point = (0.0, -1.0)
    shielding: bool = False
    holding: str | None = None
    people: dict[str, Person] = field(default_factory=dict)
    pin: Point | None = None
    pin_down: float = 0.0
    momo_dash: bool = False
    gap_open: bool = False
    punches: int = 0
    strike: Strike | None = None
    grab: float | None = None  # seconds into Ares's reach for Molly
    phase: str = "shield"  # shield → grab → carry
    harm: int = 0
    shell_hits: int = 0
    blocks: int = 0
    fx: list[Fx] = field(default_factory=list)


def _dist(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _inside(p: Point, box: tuple[float, float, float, float]) -> bool:
    return box[0] <= p[0] <= box[2] and box[1] <= p[1] <= box[3]


def _toward(a: Point, b: Point) -> Point:
    """A unit step from a toward b (nothing when they meet)."""
    d = _dist(a, b)
    return (0.0, 0.0) if d < 1e-6 else ((b[0] - a[0]) / d, (b[1] - a[1]) / d)


def _clamp(p: Point) -> Point:
    x0, y0, x1, y1 = FLOOR
    return (min(max(p[0], x0), x1), min(max(p[1], y0), y1))


class HouseEscape(Piece):
    """The piece `house_escape`: shield them, lose Molly, carry Mai and Momo out."""

    title = "The House"
    GIVEN = frozenset({"momo_route"})
    MARKS = frozenset({"momo_tripped_pin", "shielded_mai", "cracked_shell"})
    hint = "Hold SHIELD and a direction to turn Ares's fist · ACT picks them up, and sets them down at a way out"

    def __init__(self, seed: int, difficulty: str, given: Mapping[str, bool]) -> None:
        super().__init__(seed, difficulty)
        self.momo_route = bool(given.get("momo_route", False))
        self.momo_sent = False
        self.lost_at: str | None = None  # why it was lost (for the window's last picture)
        self.s = HouseState(people={
            "mai": Person("mai", (262.0, 250.0)),
            "molly": Person("molly", (310.0, 282.0)),
            "momo": Person("momo", (214.0, 286.0)),
        })
        self.s.pin = (566.0, 168.0)
        self._cooldown = 1.2
        self._turn = 0
        self._act_was = False

    # --- what the story hears -------------------------------------------------------------------
    @property
    def marks(self) -> frozenset[str]:
        got = set()
        if self.momo_sent and self.s.gap_open:
            got.add("momo_tripped_pin")
        if self.s.people["mai"].hits == 0 and self.s.phase == "carry":
            got.add("shielded_mai")
        if self.s.shell_hits >= CRACK_AT:
            got.add("cracked_shell")
        return frozenset(got)

    # --- one step ---------------------------------------------------------------------------------
    def step(self, intent: Intent) -> None:
        if not self.begin_step():
            return
        s = self.s
        s.fx = age_fx(s.fx, STEP)
        self._move(intent)
        if intent.pick == 1:
            self._send_momo()
        if intent.act and not self._act_was:
            self._carry()
        self._act_was = intent.act
        self._strikes()
        self._grab()
        self._pin_and_momo()
        self._settle()

    def _move(self, intent: Intent) -> None:
        s = self.s
        mx, my = intent.move
        s.shielding = bool(intent.alt)
        if s.shielding and intent.aim is not None:
            s.facing = _toward(s.bot, intent.aim) if _dist(s.bot, intent.aim) > 1 else s.facing
        elif abs(mx) + abs(my) > 0.1:
            n = math.hypot(mx, my)
            s.facing = (mx / n, my / n)
        if s.shielding:
            return  # a planted shield: he turns it, he does not walk with it
        pace = CARRY_SPEED if s.holding else SPEED
        n = max(1.0, math.hypot(mx, my))
        s.bot = _clamp((s.bot[0] + mx / n * pace * STEP, s.bot[1] + my / n * pace * STEP))
        if s.holding:
            s.people[s.holding].pos = s.bot

    def _carry(self) -> None:
        """Act: pick up whoever is near, or set the one he holds down at a way out."""
        s = self.s
        if s.phase == "carry" and _inside(s.bot, EXITS["drain"]) and s.punches < PUNCHES:
            s.punches += 1
            self._flash("boom", s.bot, "The floor gives!" if s.punches == PUNCHES else "")
            return
        if s.holding:
            way = self.exit_at(s.bot)
            if way == "garage":
                self._say("7723", "The garage. He knows it too.")
                return
            if way is not None:
                person = s.people[s.holding]
                person.carried, person.out, s.holding = False, True, None
                self._flash("word", s.bot, f"{person.name.title()} is out")
            return
        for person in s.people.values():
            if person.on_floor and _dist(person.pos, s.bot) <= REACH and not (self.s.momo_dash and person.name == "momo"):
                person.carried, s.holding = True, person.name
                return

    def exit_at(self, p: Point) -> str | None:
        """The way out that point stands in (the gap only once Momo has opened it)."""
        for name, box in EXITS.items():
            shut = (name == "gap" and not self.s.gap_open) or (name == "drain" and self.s.punches < PUNCHES)
            if _inside(p, box) and not shut and self.s.phase == "carry":
                return name
        return None

    # --- Ares ---------------------------------------------------------------------------------------
    def _strikes(self) -> None:
        s = self.s
        if s.phase == "grab":
            return
        warn, pause = PACE[self.difficulty]
        if s.strike is None:
            self._cooldown -= STEP
            if self._cooldown <= 0:
                s.strike = Strike(self._target(), warn, warn)
            return
        s.strike.left -= STEP
        if s.strike.left <= 0:
            self._land(s.strike.at)
            s.strike = None
            self._cooldown = pause
            if s.phase == "shield" and self._turn >= SHIELD_STRIKES:
                s.phase, s.grab = "grab", 0.0
                self._say("molly", "Mai! MAI!")

    def _target(self) -> Point:
        """Who Ares means to hit next: in turn, the ones on the floor and 7723 himself."""
        s = self.s
        marks = [p.pos for p in s.people.values() if p.on_floor and not (p.name == "momo" and self.s.momo_dash)]
        marks.append(s.bot)
        at = marks[self._turn % len(marks)]
        self._turn += 1
        jx, jy = self.rng.uniform(-6, 6), self.rng.uniform(-6, 6)
        return _clamp((at[0] + jx, at[1] + jy))

    def _land(self, at: Point) -> None:
        s = self.s
        shield = (s.bot[0] + s.facing[0] * SHIELD_OUT, s.bot[1] + s.facing[1] * SHIELD_OUT)
        if s.shielding and _dist(shield, at) <= SHIELD_R:
            s.blocks += 1
            self._flash("block", shield)
            return
        self._flash("boom", at)
        if _dist(s.bot, at) <= STRIKE_R:
            s.shell_hits += 1
            s.harm += 1
            self._flash("hit", s.bot)
        for person in s.people.values():
            if person.on_floor and _dist(person.pos, at) <= STRIKE_R:
                person.hits += 1
                s.harm += 2
                self._flash("hit", person.pos)

    def _grab(self) -> None:
        """Ares reaches past him for Molly: nothing 7723 does can stop it, and he tries."""
        s = self.s
        if s.phase != "grab" or s.grab is None:
            return
        s.grab += STEP
        molly = s.people["molly"]
        if s.holding == "molly":
            molly.carried, s.holding = False, None  # she is torn out of his arms
            molly.pos = s.bot
        if s.grab >= GRAB_TIME:
            molly.taken = True
            s.phase, s.grab = "carry", None
            self._cooldown = 1.5
            self._flash("dust", molly.pos, "Molly is gone")
            for name, spot in SCATTER.items():
                if s.people[name].on_floor:
                    s.people[name].pos = spot

    # --- Pin and Momo -----------------------------------------------------------------------------
    def _send_momo(self) -> None:
        momo = self.s.people["momo"]
        if self.momo_route and not self.momo_sent and self.s.phase == "carry" and momo.on_floor:
            self.momo_sent = self.s.momo_dash = True
            self._say("momo", "Oh, it is [BLEEP]ing ON.")

    def _pin_and_momo(self) -> None:
        s = self.s
        if s.phase != "carry" or s.pin is None:
            return
        momo = s.people["momo"]
        if self.s.momo_dash:
            momo.pos = self._stride(momo.pos, s.pin, MOMO_DASH)
            if _dist(momo.pos, s.pin) < 10:
                self.s.momo_dash, s.gap_open, s.pin_down = False, True, 6.0
                s.pin = (s.pin[0] - 40, s.pin[1] + 40)
                momo.pos = (s.pin[0] - 18, s.pin[1] + 6)
                self._flash("dust", s.pin, "Pin trips!")
            return
        if s.pin_down > 0:
            s.pin_down -= STEP
            return
        left = [p for p in s.people.values() if p.on_floor]
        if not left:
            return
        prey = min(left, key=lambda p: _dist(p.pos, s.pin))
        s.pin = self._stride(s.pin, prey.pos, PIN_SPEED)
        if _dist(s.pin, prey.pos) < 14:
            s.harm += 2
            prey.hits += 1
            s.pin_down = 3.0  # he smiles, and takes his time
            self._say("pin", f"Hello, {prey.name.title()}.")

    @staticmethod
    def _stride(a: Point, b: Point, speed: float) -> Point:
        d = _toward(a, b)
        return (a[0] + d[0] * speed * STEP, a[1] + d[1] * speed * STEP)

    # --- how it ends ------------------------------------------------------------------------------
    def _settle(self) -> None:
        s = self.s
        if s.phase == "carry" and all(p.out for n, p in s.people.items() if n != "molly"):
            self.outcome = "win"
        elif self.difficulty == "story":
            if self.elapsed >= STORY_LENGTH:
                self.outcome = "win"
        elif s.harm >= HARM_MAX:
            self.outcome, self.lost_at = "lose", "harm"
        elif s.holding and _inside(s.bot, EXITS["garage"]) and s.phase == "carry":
            self.outcome, self.lost_at = "lose", "garage"

    def _flash(self, kind: str, pos: Point, text: str = "") -> None:
        life = 1.6 if kind == "word" else 0.6
        self.s.fx.append(Fx(kind, pos[0], pos[1], life, text=text))

    def _say(self, who: str, text: str) -> None:
        person = self.s.people.get(who)
        pos = person.pos if person else (self.s.pin if who == "pin" and self.s.pin else self.s.bot)
        self._flash("word", pos, text)

    # --- a competent player -----------------------------------------------------------------------
    def auto(self) -> Intent:
        s = self.s
        if s.strike is not None and s.phase != "grab":
            guard = self._guard(s.strike)
            if guard is not None:
                return guard
        if s.phase == "carry" and self.momo_route and not self.momo_sent and s.people["momo"].on_floor:
            return Intent(pick=1)
        if s.phase != "carry":
            return Intent(move=self._walk_to(s.people["mai"].pos, 22.0))
        if s.holding:
            way = "gap" if s.gap_open else "drain"
            x0, y0, x1, y1 = EXITS[way]
            goal = ((x0 + x1) / 2, (y0 + y1) / 2)
            there = _inside(s.bot, EXITS[way]) and not (s.gap_open and way == "drain")
            return Intent(move=self._walk_to(goal, 4.0), act=self._press(there))
        left = [p for p in s.people.values() if p.on_floor and not (p.name == "momo" and self.s.momo_dash)]
        if not left:
            return Intent()
        near = min(left, key=lambda p: _dist(p.pos, s.bot))
        return Intent(move=self._walk_to(near.pos, 8.0), act=self._press(_dist(near.pos, s.bot) <= REACH))

    def _press(self, want: bool) -> bool:
        """A button press, not a hold: act reacts to the moment it goes down."""
        return want and not self._act_was

    def _guard(self, strike: Strike) -> Intent | None:
        """Get beside the ring and shield it just before the fist lands."""
        s = self.s
        side = SHIELD_OUT if s.bot[0] >= strike.at[0] else -SHIELD_OUT  # from the side he is on: both stay seen
        spot = _clamp((strike.at[0] + side, strike.at[1] + 2))
        if _dist(spot, s.bot) > 4 and strike.left > 0.25:
            if s.holding and _dist(strike.at, s.bot) > STRIKE_R + 16:
                return None  # it is not for him: keep carrying
            return Intent(move=self._walk_to(spot, 2.0))
        return Intent(move=_toward(s.bot, strike.at), alt=True)

    def _walk_to(self, goal: Point, near: float) -> Point:
        return (0.0, 0.0) if _dist(self.s.bot, goal) <= near else _toward(self.s.bot, goal)


register("house_escape", HouseEscape)

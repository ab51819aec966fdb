"""The Freeway: 7723 on the Grainland Skyway at night, with the police coming down on him.

Six lanes of robot traffic stream past; police drones drop out of the sky, hover, take aim (a red
line shows where) and fire. He dodges (move), raises a shield (alt) that drains while it is held,
or fires back (act), which brings more drones and tells the story he did (`fired_back`). However
it goes, the film's fall ends it: the old rail breaks under him. Won is reaching the fall; lost is
being shot down, which only the "normal" difficulty allows."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from game.action import register
from game.action.core import STEP, Intent, Piece
from game.action.kit import Fx, age_fx, approach, clamp, dist, stick, toward

LENGTH = 75.0  # seconds of running before the rail breaks
FALL_TIME = 2.6  # the rail breaking and the drop, before it is over
DOWN_TIME = 1.8  # shot down: the drones close in, then it is over
LANES = 6
ROAD_TOP, LANE_H = 84, 40
ROAD_BOTTOM = ROAD_TOP + LANES * LANE_H
X_MIN, X_MAX = 40, 420
SPEED = 175.0  # 7723's pace, pixels a second
RADIUS = 13
SHOT_SPEED, BOLT_SPEED = 215.0, 460.0
AIM_TIME = 0.75  # the red line shows this long before a drone fires
FIRE_COOL = 0.4
MAX_HP = 5


def lane_y(lane: int) -> float:
    return ROAD_TOP + lane * LANE_H + LANE_H / 2


@dataclass
class Car:
    lane: int
    x: float
    w: float
    speed: float  # leftwards, pixels a second
    look: int  # which of the car pictures

    @property
    def y(self) -> float:
        return lane_y(self.lane)


@dataclass
class Drone:
    x: float
    y: float
    tx: float  # where it means to hover
    ty: float
    state: str = "drop"  # drop → hover → leave, or down when shot
    t: float = 0.0  # seconds in this state
    cool: float = 2.0  # seconds to the next shot
    life: float = 10.0  # seconds of hovering before it leaves
    aim: tuple[float, float] | None = None  # where it is about to fire

    @property
    def live(self) -> bool:
        return self.state in ("drop", "hover")


@dataclass
class Shot:
    x: float
    y: float
    vx: float
    vy: float
    mine: bool = False  # 7723's own bolt, fired back


class Freeway(Piece):
    """The chase as a fixed-step simulation; see the module docstring."""

    title = "The Freeway"
    GIVEN = frozenset()
    MARKS = frozenset({"fired_back"})
    length = LENGTH
    hint = "Dodge the cars and the shots · hold SHIELD to block · FIRE back if you must"

    def __init__(self, seed: int, difficulty: str, given: Mapping[str, bool]) -> None:
        super().__init__(seed, difficulty)
        self.given = dict(given)
        self.x, self.y = 130.0, lane_y(3)
        self.hp = MAX_HP
        self.shield, self.shielding = 1.0, False
        self.invulnerable = 0.0
        self.flash = 0.0  # seconds of the hit flash left
        self.hits = 0
        self.blocked = 0  # shots turned away by the shield
        self.cars: list[Car] = []
        self.drones: list[Drone] = []
        self.shots: list[Shot] = []
        self.fx: list[Fx] = []
        self.wave_wait = 0.0
        self.next_drone = 3.5
        self.escalation = 0  # drones called in by firing back
        self.fire_cool = 0.0
        self.fired = 0
        self.scroll = 0.0
        self.phase, self.phase_t = "run", 0.0
        self.marks: frozenset[str] = frozenset()
        for _ in range(150):  # traffic already on the road ahead, none on top of him
            self._traffic(STEP, spawn_x=680.0)

    # --- one step ---------------------------------------------------------------------------

    def step(self, intent: Intent) -> None:
        if not self.begin_step():
            return
        dt = STEP
        self.scroll += dt * 240
        self.flash = max(0.0, self.flash - dt)
        self.invulnerable = max(0.0, self.invulnerable - dt)
        self.fx = age_fx(self.fx, dt)
        if self.phase == "run":
            self._player(intent, dt)
        else:
            self._ending(dt)
        self._drones(dt)
        self._traffic(dt, spawn_x=680.0 if self.phase == "run" else None)
        self._shots(dt)
        if self.phase == "run":
            self._collide()
            if self.elapsed >= LENGTH:
                self.phase, self.phase_t = "fall", 0.0
                self.fx.append(Fx("word", self.x, self.y - 40, 2.0, text="THE RAIL BREAKS"))

    def _ending(self, dt: float) -> None:
        self.phase_t += dt
        self.shielding = False
        if self.phase == "fall":
            self.y += dt * 30 * self.phase_t
            if self.phase_t >= FALL_TIME:
                self.outcome = "win"
        else:
            if self.rng.random() < 0.25:  # down: smoke from the shell
                self.fx.append(Fx("smoke", self.x + self.rng.uniform(-10, 10), self.y - 10, 0.9))
            if self.phase_t >= DOWN_TIME:
                self.outcome = "lose"

    def _player(self, intent: Intent, dt: float) -> None:
        self.shielding = intent.alt and self.shield > 0.02
        if self.shielding:
            self.shield = max(0.0, self.shield - dt * 0.3)
        else:
            self.shield = min(1.0, self.shield + dt * 0.18)
        mx, my = stick(intent.move)
        pace = SPEED * (0.55 if self.shielding else 1.0)
        self.x = clamp(self.x + mx * pace * dt, X_MIN, X_MAX)
        self.y = clamp(self.y + my * pace * dt, ROAD_TOP + RADIUS, ROAD_BOTTOM - RADIUS)
        self.fire_cool = max(0.0, self.fire_cool - dt)
        if intent.act and self.fire_cool <= 0 and not self.shielding:
            self._fire(intent.aim)

    def _fire(self, aim: tuple[float, float] | None) -> None:
        target = aim
        if target is None:
            live = [d for d in self.drones if d.live]
            near = min(live, key=lambda d: dist(self.x, self.y, d.x, d.y), default=None)
            target = (near.x, near.y) if near else (self.x + 100, self.y)
        vx, vy = toward(self.x, self.y, *target, BOLT_SPEED)
        if vx == vy == 0:
            vx = BOLT_SPEED
        self.shots.append(Shot(self.x + 10, self.y - 6, vx, vy, mine=True))
        self.fire_cool = FIRE_COOL
        self.fired += 1
        self.marks = self.marks | {"fired_back"}
        if self.fired in (1, 4, 9):  # every few shots, the police send more
            self.escalation += 1
            self.next_drone = min(self.next_drone, 0.6)
            self.fx.append(Fx("word", 470, 60, 1.6, text="ESCALATING"))

    # --- the world --------------------------------------------------------------------------

    def _traffic(self, dt: float, spawn_x: float | None) -> None:
        """Cars come in rows that all move at one pace, each row leaving two lanes or more open,
        so there is always a way through for a runner who looks ahead."""
        for car in self.cars:
            car.x -= car.speed * dt
        self.cars = [c for c in self.cars if c.x + c.w > -20]
        self.wave_wait -= dt
        if self.wave_wait > 0:
            return
        x = spawn_x if spawn_x is not None else self.rng.uniform(220, 680)
        busy = min(LANES - 2, 2 + int(self.elapsed // 20) + self.rng.randrange(2))
        speed = 150 + min(60.0, self.elapsed * 0.8)
        for lane in sorted(self.rng.sample(range(LANES), busy)):
            self.cars.append(Car(lane, x + self.rng.uniform(0, 50), self.rng.choice((44.0, 50.0, 58.0, 66.0)),
                                 speed, self.rng.randrange(4)))
        self.wave_wait = self.rng.uniform(1.15, 1.8)

    def _drones(self, dt: float) -> None:
        self.next_drone -= dt
        most = min(5, 2 + self.escalation + int(self.elapsed // 25))
        if self.next_drone <= 0 and sum(d.live for d in self.drones) < most and self.elapsed < LENGTH - 4:
            tx, ty = self.rng.uniform(380, 600), self.rng.uniform(ROAD_TOP + 20, ROAD_BOTTOM - 20)
            gentle = 0.8 if self.story_mode else 0.0
            self.drones.append(Drone(tx, -30, tx, ty, cool=self.rng.uniform(1.6, 2.4) + gentle,
                                     life=self.rng.uniform(9, 13)))
            self.next_drone = max(2.2, 6.5 - self.elapsed * 0.05 - self.escalation * 1.2)
        for d in self.drones:
            d.t += dt
            self._drone(d, dt)
        self.drones = [d for d in self.drones if not (d.state in ("leave", "down") and d.t > 2.5)]

    def _drone(self, d: Drone, dt: float) -> None:
        if d.state == "drop":
            d.y = -30 + (d.ty + 30) * min(1.0, d.t / 0.9) ** 0.6
            if d.t >= 0.9:
                d.state, d.t = "hover", 0.0
        elif d.state == "hover":
            d.ty = approach(d.ty, clamp(self.y, ROAD_TOP + 20, ROAD_BOTTOM - 20), dt * 30)
            d.x = d.tx + math.sin(d.t * 1.3) * 12
            d.y = d.ty + math.sin(d.t * 2.1) * 6
            if self.phase != "run":  # it is over: they pull away (the fall) or hold over him (down)
                d.aim = None
                if self.phase == "fall":
                    d.state, d.t = "leave", 0.0
                return
            d.cool -= dt
            if d.aim is None and d.cool <= AIM_TIME:
                d.aim = (self.x, self.y)
            if d.cool <= 0:
                vx, vy = toward(d.x, d.y, *(d.aim or (self.x, self.y)), SHOT_SPEED)
                self.shots.append(Shot(d.x - 8, d.y, vx, vy))
                d.aim = None
                d.cool = self.rng.uniform(2.2, 3.4) + (1.0 if self.story_mode else 0.0)
            if d.t >= d.life:
                d.state, d.t, d.aim = "leave", 0.0, None
        elif d.state == "leave":
            d.y -= dt * 160
        else:  # down: it drops and smokes
            d.y += dt * 120
            if self.rng.random() < 0.3:
                self.fx.append(Fx("smoke", d.x, d.y, 0.9))

    def _shots(self, dt: float) -> None:
        for s in self.shots:
            s.x += s.vx * dt
            s.y += s.vy * dt
        self.shots = [s for s in self.shots if -20 < s.x < 660 and -20 < s.y < 380]

    def _collide(self) -> None:
        kept = []
        for s in self.shots:
            if s.mine:
                hit = next((d for d in self.drones if d.live and dist(s.x, s.y, d.x, d.y) < 18), None)
                if hit is not None:
                    hit.state, hit.t, hit.aim = "down", 0.0, None
                    self.fx.append(Fx("boom", hit.x, hit.y, 0.6))
                    continue
            elif dist(s.x, s.y, self.x, self.y) < RADIUS + 4:
                if self.shielding and s.vx < 0:
                    self.shield = max(0.0, self.shield - 0.12)
                    self.blocked += 1
                    self.fx.append(Fx("block", self.x + 16, s.y, 0.35))
                else:
                    self._hurt(s.x, s.y)
                continue
            kept.append(s)
        self.shots = kept
        for car in self.cars:
            if abs(car.y - self.y) < LANE_H / 2 + RADIUS - 8 and abs(car.x + car.w / 2 - self.x) < car.w / 2 + RADIUS:
                if self.invulnerable <= 0:
                    self._hurt(self.x + RADIUS, self.y)
                    self.x = max(X_MIN, self.x - 34)
                    self.fx.append(Fx("word", self.x, self.y - 30, 0.9, text="SORRY"))

    def _hurt(self, x: float, y: float) -> None:
        if self.invulnerable > 0:
            return
        self.hits += 1
        self.hp -= 1
        self.flash, self.invulnerable = 0.3, 1.1
        self.fx.append(Fx("hit", x, y, 0.45))
        if self.story_mode:
            self.hp = max(1, self.hp)  # the story difficulty: hurt, never down
        elif self.hp <= 0:
            self.phase, self.phase_t = "down", 0.0
            self.fx.append(Fx("word", self.x, self.y - 40, 1.8, text="SHOT DOWN"))

    # --- the story plays it -----------------------------------------------------------------

    def auto(self) -> Intent:
        """A careful runner: keeps to the lane with the most room, shields from shots, never fires."""
        lane = int(clamp((self.y - ROAD_TOP) // LANE_H, 0, LANES - 1))
        best = max((lane + d for d in (0, -1, 1, -2, 2) if 0 <= lane + d < LANES),
                   key=lambda k: self._room(k) - abs(k - lane) * 0.2 - (0.5 if k in (0, LANES - 1) else 0.0))
        dy = clamp((lane_y(best) - self.y) / 12, -1.0, 1.0)
        dx = clamp((150 - self.x) / 40, -1.0, 1.0)
        danger = any(not s.mine and s.vx < 0 and 0 < s.x - self.x < 110 and abs(s.y - self.y) < 40
                     for s in self.shots)
        return Intent(move=(dx, dy), alt=danger)

    def _room(self, lane: int) -> float:
        """Seconds of safety in `lane` (capped at 4): until a car reaches 7723 there, or none at all
        when a car in a lane he would cross is in his way by the time he gets to it."""
        here = int(clamp((self.y - ROAD_TOP) // LANE_H, 0, LANES - 1))
        room = 4.0
        for c in self.cars:
            if c.x + c.w + RADIUS < self.x - RADIUS:
                continue  # already past him
            gap = c.x - (self.x + RADIUS)
            if c.lane == lane:
                room = min(room, max(0.0, gap) / c.speed)
            elif min(lane, here) <= c.lane <= max(lane, here) and c.lane != here:
                arrive = abs(lane_y(c.lane) - self.y) / SPEED
                if gap < 0 or gap / c.speed < arrive + 0.35:
                    room = 0.0
        return room


register("freeway_chase", Freeway)

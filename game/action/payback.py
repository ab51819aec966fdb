"""Payback: Mai directs 7723 against the bullies' Q-Bots in the schoolyard at lunch.

Mai points (a cursor moved by the pointer or the stick) and 7723 does what she points at: act on a
bot and he strikes it, act on a lunch table and he smashes it (which the story hears as
`smashed_tables`), act on open ground and he walks there; alt on the one bot that is not fighting
(Ric's little one) spares it, and it powers down behind its owner (`spared_one`); the bots on the
attack will not stop for mercy. The bots prowl, then charge Mai; each one that
reaches her zaps her, and 7723's temper rises. Every attacking bot dealt with, or the bell, is a
win; on "normal", a temper that boils over is the story's lose path: he goes too far."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from game.action import register
from game.action.core import STEP, Intent, Piece
from game.action.kit import Fx, age_fx, clamp, dist, stick, toward

LENGTH = 90.0  # seconds until the bell ends lunch
END_TIME = 2.0  # the pause after it is decided, before it is over
MAI = (86.0, 300.0)
RIC = (590.0, 110.0)
CURSOR_SPEED = 300.0
ROBOT_SPEED = 230.0
REACH = 40.0
WIND_UP = 0.22
MAX_TEMPER = 6
WAVES = (("team", "team", "team"), ("team", "big", "team"), ("team", "team", "big", "team"),
         ("big", "team", "big", "team"))
WAVE_GAP = (14.0, 22.0)  # a wave comes this long after the last once it is nearly dealt with, or at most
TABLES = ((250, 150, 76, 30), (420, 170, 76, 30), (300, 250, 76, 30), (470, 280, 76, 30))


@dataclass
class Bot:
    x: float
    y: float
    kind: str  # "big" (Greenwood's), "team", "ric" (the little one that never attacks)
    hp: int
    state: str = "prowl"  # prowl → charge → (zap, back to prowl) | out | spared
    t: float = 0.0
    wait: float = 3.0  # seconds of prowling before it charges
    gx: float = 0.0  # where it prowls toward
    gy: float = 0.0

    @property
    def active(self) -> bool:
        return self.state in ("prowl", "charge")

    @property
    def radius(self) -> float:
        return {"big": 17.0, "team": 13.0, "ric": 9.0}[self.kind]


@dataclass
class Table:
    x: float
    y: float
    w: float
    h: float
    smashed: bool = False

    def holds(self, px: float, py: float) -> bool:
        return self.x <= px <= self.x + self.w and self.y <= py <= self.y + self.h


@dataclass
class Order:
    """What Mai last told 7723: strike or spare a bot, smash a table, or walk to a place."""

    verb: str  # "strike" | "spare" | "smash" | "walk"
    bot: Bot | None = None
    table: Table | None = None
    x: float = 0.0
    y: float = 0.0


class Payback(Piece):
    """The schoolyard fight as a fixed-step simulation; see the module docstring."""

    title = "Payback"
    GIVEN = frozenset({"fought_back"})
    MARKS = frozenset({"spared_one", "smashed_tables"})
    length = LENGTH
    hint = "Point at a Q-Bot and STRIKE · keep them off Mai · SPARE the one that isn't fighting"

    def __init__(self, seed: int, difficulty: str, given: Mapping[str, bool]) -> None:
        super().__init__(seed, difficulty)
        self.round_two = bool(given.get("fought_back"))
        self.cursor = (320.0, 200.0)
        self.rx, self.ry = 170.0, 250.0  # 7723
        self.facing = 1
        self.swing = 0.0  # seconds into a strike's wind-up, 0 when not striking
        self.order: Order | None = None
        self.temper = 0.0
        self.zaps = 0
        self.flinch = 0.0
        self.tables = [Table(*t) for t in TABLES]
        self.bots = self._gang()
        self.wave, self.wave_t = 0, 0.0
        self.fx: list[Fx] = []
        self.phase, self.phase_t = "fight", 0.0
        self.marks: frozenset[str] = frozenset()

    def _gang(self) -> list[Bot]:
        """Ric's little one, hiding behind his leg from the start; the team's bots come in waves."""
        return [Bot(RIC[0] - 18, RIC[1] + 14, "ric", 1, wait=math.inf, gx=RIC[0] - 18, gy=RIC[1] + 14)]

    def _send_wave(self) -> None:
        kinds = WAVES[self.wave] + (("team",) if self.round_two else ())
        for i, kind in enumerate(kinds):
            x, y = 660 + i * 26, 120 + i * 190 / max(1, len(kinds) - 1) + self.rng.uniform(-12, 12)
            self.bots.append(Bot(x, y, kind, 3 if kind == "big" else 2, wait=2.0 + i * 1.1 + self.rng.uniform(0, 1.5),
                                 gx=self.rng.uniform(360, 560), gy=y))
        self.wave += 1
        self.wave_t = 0.0
        self.fx.append(Fx("word", 520, 60, 1.4, text="HERE THEY COME" if self.wave == 1 else "MORE BOTS"))

    def _waves(self, dt: float) -> None:
        self.wave_t += dt
        quiet = sum(b.active for b in self.attackers) <= 1
        if self.wave < len(WAVES) and (self.wave == 0 or self.wave_t >= WAVE_GAP[1]
                                       or (quiet and self.wave_t >= WAVE_GAP[0])):
            self._send_wave()

    @property
    def attackers(self) -> list[Bot]:
        return [b for b in self.bots if b.kind != "ric"]

    # --- one step ---------------------------------------------------------------------------

    def step(self, intent: Intent) -> None:
        if not self.begin_step():
            return
        dt = STEP
        self.flinch = max(0.0, self.flinch - dt)
        self.fx = age_fx(self.fx, dt)
        if self.phase != "fight":
            self.phase_t += dt
            if self.phase_t >= END_TIME:
                self.outcome = "win" if self.phase == "even" else "lose"
            return
        self._waves(dt)
        self._point(intent)
        self._robot(dt)
        for bot in self.bots:
            bot.t += dt
            self._bot(bot, dt)
        self.temper = max(0.0, self.temper - dt * 0.04)
        if (self.wave == len(WAVES) and not any(b.active for b in self.attackers)) or self.elapsed >= LENGTH:
            self._decide("even", "THAT'S ENOUGH" if self.elapsed < LENGTH else "THE BELL")

    def _decide(self, phase: str, word: str) -> None:
        self.phase, self.phase_t, self.order = phase, 0.0, None
        self.fx.append(Fx("word", 320, 60, END_TIME, text=word))

    def _point(self, intent: Intent) -> None:
        if intent.aim is not None:
            self.cursor = (clamp(intent.aim[0], 0, 640), clamp(intent.aim[1], 0, 360))
        else:
            mx, my = stick(intent.move)
            self.cursor = (clamp(self.cursor[0] + mx * CURSOR_SPEED * STEP, 0, 640),
                           clamp(self.cursor[1] + my * CURSOR_SPEED * STEP, 0, 360))
        if intent.act or intent.alt:
            self._command("spare" if intent.alt else "strike")

    def pointed(self) -> Bot | Table | None:
        """What the cursor is on: the nearest bot still about, else an unbroken table."""
        cx, cy = self.cursor
        bots = [b for b in self.bots if b.active and dist(cx, cy, b.x, b.y) < b.radius + 14]
        if bots:
            return min(bots, key=lambda b: dist(cx, cy, b.x, b.y))
        return next((t for t in self.tables if not t.smashed and t.holds(cx, cy)), None)

    def _command(self, verb: str) -> None:
        """Idempotent, so a held button gives one order: the same order again changes nothing."""
        target = self.pointed()
        if isinstance(target, Bot) and verb == "spare" and target.kind != "ric":
            if not any(f.kind == "word" and f.text == "WON'T STOP" for f in self.fx):
                self.fx.append(Fx("word", target.x, target.y - 24, 0.9, text="WON'T STOP"))
            return  # a bot on the attack will not be spared; only one that is not fighting
        if isinstance(target, Bot):
            order = Order(verb, bot=target)
        elif isinstance(target, Table) and verb == "strike":
            order = Order("smash", table=target)
        elif verb == "strike":
            order = Order("walk", x=self.cursor[0], y=self.cursor[1])
        else:
            return
        old = self.order
        if old is None or (old.verb, old.bot, old.table) != (order.verb, order.bot, order.table) \
                or (order.verb == "walk" and dist(old.x, old.y, order.x, order.y) > 30):
            self.order, self.swing = order, 0.0
            if verb == "spare":
                self._spare(target)

    def _spare(self, bot: Bot) -> None:
        bot.state, bot.t = "spared", 0.0
        self.marks = self.marks | {"spared_one"}
        self.fx.append(Fx("word", bot.x, bot.y - 24, 1.2, text="SPARED"))
        self.order = None

    # --- 7723 -------------------------------------------------------------------------------

    def _robot(self, dt: float) -> None:
        o = self.order
        if o is None:
            return
        if o.bot is not None and not o.bot.active:
            self.order, self.swing = None, 0.0
            return
        tx, ty = (o.bot.x, o.bot.y) if o.bot else (o.table.x + o.table.w / 2, o.table.y + o.table.h / 2) \
            if o.table else (o.x, o.y)
        d = dist(self.rx, self.ry, tx, ty)
        if abs(tx - self.rx) > 4:
            self.facing = 1 if tx > self.rx else -1
        if d > (REACH if o.verb != "walk" else 4):
            vx, vy = toward(self.rx, self.ry, tx, ty, ROBOT_SPEED)
            self.rx = clamp(self.rx + vx * dt, 20, 620)
            self.ry = clamp(self.ry + vy * dt, 60, 340)
            self.swing = 0.0
            return
        if o.verb == "walk":
            self.order = None
            return
        self.swing += dt
        if self.swing >= WIND_UP:
            self.swing = 0.0
            if o.bot is not None:
                self._strike(o.bot)
            elif o.table is not None:
                self._smash(o.table)

    def _strike(self, bot: Bot) -> None:
        bot.hp -= 1
        self.fx.append(Fx("hit", bot.x, bot.y, 0.4))
        self.fx.append(Fx("spark", bot.x, bot.y - 6, 0.5))
        kx, ky = toward(self.rx, self.ry, bot.x, bot.y, 50)
        bot.x, bot.y = clamp(bot.x + kx, 20, 620), clamp(bot.y + ky, 70, 340)
        bot.state, bot.t, bot.wait = "prowl", 0.0, self.rng.uniform(1.5, 2.5)
        if bot.hp <= 0:
            bot.state = "out"
            self.order = None
            self.temper = max(0.0, self.temper - 0.5)
            self.fx.append(Fx("smoke", bot.x, bot.y, 1.6))
            self.fx.append(Fx("word", bot.x, bot.y - 24, 1.0, text="BONK"))

    def _smash(self, table: Table) -> None:
        table.smashed = True
        self.order = None
        self.marks = self.marks | {"smashed_tables"}
        self.fx.append(Fx("boom", table.x + table.w / 2, table.y + table.h / 2, 0.6))
        self.fx.append(Fx("word", table.x + table.w / 2, table.y - 10, 1.0, text="CRASH"))
        self._heat(1.0)

    def _heat(self, amount: float) -> None:
        limit = MAX_TEMPER - 0.5 if self.story_mode else MAX_TEMPER
        self.temper = min(limit, self.temper + amount)
        if self.temper >= MAX_TEMPER:
            self._decide("too_far", "TOO FAR")

    # --- the bots ---------------------------------------------------------------------------

    def _bot(self, bot: Bot, dt: float) -> None:
        if bot.state == "prowl":
            if bot.t >= bot.wait:
                bot.state, bot.t = "charge", 0.0
                return
            if dist(bot.x, bot.y, bot.gx, bot.gy) < 6 or bot.t < dt * 1.5:
                bot.gx = clamp(MAI[0] + self.rng.uniform(120, 300), 30, 610)
                bot.gy = clamp(MAI[1] + self.rng.uniform(-220, 20), 70, 340)
            self._walk(bot, bot.gx, bot.gy, 42 if bot.kind != "ric" else 10, dt)
        elif bot.state == "charge":
            self._walk(bot, *MAI, 95 if self.story_mode else 120, dt)
            if dist(bot.x, bot.y, *MAI) < 22:
                self._zap(bot)
        elif bot.state == "spared":
            home = (RIC[0] - 20, RIC[1] + 16) if bot.kind == "ric" else (600.0, 60.0)  # back to its owner
            self._walk(bot, *home, 40, dt)

    def _walk(self, bot: Bot, x: float, y: float, speed: float, dt: float) -> None:
        vx, vy = toward(bot.x, bot.y, x, y, speed)
        bot.x, bot.y = bot.x + vx * dt, bot.y + vy * dt

    def _zap(self, bot: Bot) -> None:
        self.zaps += 1
        self.flinch = 0.5
        self.fx.append(Fx("hit", MAI[0] + 6, MAI[1] - 16, 0.45))
        self.fx.append(Fx("word", MAI[0], MAI[1] - 50, 0.9, text="ZAP"))
        bot.x, bot.y = MAI[0] + 110, MAI[1] - 60 + self.rng.uniform(-40, 20)
        bot.state, bot.t = "prowl", 0.0
        bot.wait = self.rng.uniform(3.0, 5.0) + (2.5 if self.story_mode else 0.0)
        self._heat(1.0)

    # --- the story plays it -----------------------------------------------------------------

    def auto(self) -> Intent:
        """Mai as a steady director: first leaves Ric's little one alone, then has 7723 deal with
        whichever bot is closest to reaching her, and never points him at a table."""
        ric = next(b for b in self.bots if b.kind == "ric")
        if ric.active:
            return Intent(aim=(ric.x, ric.y), alt=True)
        foes = [b for b in self.attackers if b.active]
        if not foes:
            return Intent()

        def urgency(b: Bot) -> float:
            return dist(b.x, b.y, *MAI) - (150 if b.state == "charge" else 0)

        target = min(foes, key=urgency)
        return Intent(aim=(target.x, target.y), act=True)


register("payback", Payback)

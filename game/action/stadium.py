"""The Stadium: as Mai, then as 7723, from the moment the Gen 6 lights turn red.

Mai has the booth's wireless microphone. At three moments she chooses her words (`pick` 1–3):
calm words keep the crowd from freezing, plain directions move it faster, and shouting at Ares
buys seconds while he looks at her. Between them she runs the lower tier getting frozen fans
moving before the countdown ends and the Gen 6 units climb out. Then 7723 holds Ares: grapple
him (act, held) and drive him toward the empty south end, brace (alt) when his blow is warned.
The fight is won when it reaches the point where only the reboot can go on; on normal, too many
blows and 7723 is overwhelmed.

The story says whether he took his weapons back in the tower (`given["armed"]`, armed unless it
says otherwise). Unarmed he is pushed around and hit more often, and Mai's broadcast carries more
of the fight: every calm word she said buys him held time when it starts, a calm word in the fight
steadies his shell, and a stand emptied before the Gen 6 go off counts for more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.action import register
from game.action.core import STEP, Intent, Piece
from game.action.kit import Fx, age_fx, clamp, dist, stick, toward

GATES = ((44.0, 338.0), (320.0, 350.0), (596.0, 338.0))  # gate one, gate four (Ani's), gate seven
STAND = (30.0, 60.0, 610.0, 330.0)  # the lower tier Mai runs: x0, y0, x1, y1
PITCH = (40.0, 40.0, 600.0, 340.0)  # the fight's ground; north (y small) is where the people still are
FANS = 64  # each one a knot of people in the seats
MAI_SPEED, FAN_SPEED = 120.0, 30.0
NUDGE_R, SHOUT_R = 26.0, 64.0  # fans start moving when Mai passes this close, or shouts this close
COUNTDOWN = {False: 48.0, True: 72.0}  # seconds before the Gen 6 go off: without / with Dad's stair
PANIC = 0.12  # a moving knot's chance a second to freeze again (calm words cut it)
BOT_SPEED, ARES_SPEED, REACH = 105.0, 30.0, 44.0
PUSH = 20.0  # how fast a held Ares is driven south
HOLD_NEEDED = 40.0  # seconds of holding (worth double at the empty end) that end the fight
INTEGRITY = 6  # blows 7723 can take on normal
STORY_FIGHT = 40.0  # on story, the fight reaches the reboot by then whatever happens
WINDOW = 9.0  # seconds a choice of words stays open
# per difficulty: (warning before Ares's blow, pause between blows)
PACE = {"story": (1.4, 3.0), "normal": (0.9, 2.0)}
SECOND_WORDS = 16.0  # seconds into the crowd when the second choice of words comes
# unarmed: he only has to last, and Mai's voice carries more of the fight
UNARMED_PUSH = 0.45  # a held Ares is driven south at this share of the armed pace
UNARMED_PAUSE = 0.7  # and the pause between his blows shrinks to this share
CALM_HOLD = 2.5  # seconds of holding each calm word of hers is worth when the fight starts
FANS_OUT_HOLD = 5.0  # and the stands emptied before the countdown ended
STORY_FIGHT_UNARMED = 52.0  # on story, the fight lasts longer before the reboot
HINTS = {
    True: "1, 2, 3 choose Mai's words · run the stands, ACT shouts fans to the gates · then hold ACT on Ares",
    False: "1, 2, 3 choose Mai's words: calm ones steady him · run the stands, ACT shouts fans out · "
           "no weapons: hold ACT on Ares and last",
}

WORDS: tuple[tuple[str, str, str], ...] = (
    ("Walk. Don't run. Take the hand of whoever's next to you.",
     "Gates one, four and seven are open! Go down, not up!",
     "Hey, Ares! Up here! I'm the flaw, remember? Look at me!"),
    ("You're doing great. Keep going. Nobody gets left behind.",
     "Left side, right side, down to the gates! Leave the gifts!",
     "Hear that, Ares? That's eighty thousand people leaving your party."),
    ("7723. Hold him. Just hold him. I'm right here.",
     "Turn him! Push him to the south end, it's empty!",
     "Hit him! Hit him with everything you've got!"),
)
KINDS = ("calm", "direct", "defiant")


@dataclass
class Fan:
    """A knot of people in the seats: still, on the way to a gate, or out."""

    x: float
    y: float
    state: str = "frozen"  # frozen → going → out
    gate: int = 1


@dataclass
class Blow:
    at: tuple[float, float]
    warn: float
    left: float


@dataclass
class StadiumState:
    """Everything the window draws."""

    phase: str = "words"  # words → crowd → fight (the words open again at the fight's start)
    asking: int | None = 0  # which moment of WORDS is open, if one is
    asked_for: float = 0.0
    said: list[str] = field(default_factory=list)  # the kind of each chosen line ("" = nothing said)
    mai: tuple[float, float] = (320.0, 80.0)
    fans: list[Fan] = field(default_factory=list)
    countdown: float = 48.0
    gone_off: bool = False
    shout_cool: float = 0.0
    crowd_time: float = 0.0
    bot: tuple[float, float] = (320.0, 250.0)
    ares: tuple[float, float] = (320.0, 170.0)
    holding: bool = False
    bracing: bool = False
    blow: Blow | None = None
    integrity: int = INTEGRITY
    held: float = 0.0
    fight_time: float = 0.0
    fx: list[Fx] = field(default_factory=list)


class StadiumFight(Piece):
    """The piece `stadium_fight`."""

    title = "The Stadium"
    GIVEN = frozenset({"ani_helps", "armed", "shortcut"})
    MARKS = frozenset({"fans_out", "words_of_calm"})

    def __init__(self, seed: int, difficulty: str, given: Mapping[str, bool]) -> None:
        super().__init__(seed, difficulty)
        self.ani = bool(given.get("ani_helps", False))
        self.armed = bool(given.get("armed", True))
        self.hint = HINTS[self.armed]
        self.fans_out_in_time = False
        self.s = StadiumState(countdown=COUNTDOWN[bool(given.get("shortcut", False))])
        self.s.fans = [self._fan() for _ in range(FANS)]
        self._cool = 2.0

    def _fan(self) -> Fan:
        x = self.rng.uniform(STAND[0] + 10, STAND[2] - 10)
        y = self.rng.uniform(STAND[1] + 40, STAND[3] - 40)
        gate = min(range(3), key=lambda g: dist(x, y, *GATES[g]))
        return Fan(x, y, gate=gate)

    @property
    def marks(self) -> frozenset[str]:
        got = set()
        if self.fans_out_in_time:
            got.add("fans_out")
        if self.s.said.count("calm") >= 2:
            got.add("words_of_calm")
        return frozenset(got)

    def said_kind(self, n: int) -> str:
        return self.s.said[n] if n < len(self.s.said) else ""

    # --- one step ---------------------------------------------------------------------------------
    def step(self, intent: Intent) -> None:
        if not self.begin_step():
            return
        s = self.s
        s.fx = age_fx(s.fx, STEP)
        self._words(intent)
        if s.phase == "crowd":
            self._crowd(intent)
        elif s.phase == "fight":
            self._fight(intent)
        elif s.phase == "words" and s.asking is None:
            s.phase = "crowd"

    def _words(self, intent: Intent) -> None:
        """An open moment of words: a pick answers it; silence lets it pass."""
        s = self.s
        if s.asking is None:
            return
        s.asked_for += STEP
        pick = intent.pick if intent.pick in (1, 2, 3) else None
        if pick is None and s.asked_for < WINDOW:
            return
        kind = KINDS[pick - 1] if pick else ""
        s.said.append(kind)
        if pick:
            self._fx("word", s.mai if s.phase != "fight" else s.bot, WORDS[s.asking][pick - 1])
        if kind == "direct" and s.phase != "fight":
            for fan in s.fans:
                if fan.state == "frozen" and self.rng.random() < 0.35:
                    fan.state = "going"
        if kind == "defiant" and s.phase != "fight":
            s.countdown += 8.0  # Ares turns to look at the booth, and the countdown waits for him
        if kind == "calm" and s.phase == "fight" and not self.armed:
            s.held += CALM_HOLD  # unarmed, her voice in his ear is half the fight
        s.asking, s.asked_for = None, 0.0

    # --- the crowd ------------------------------------------------------------------------------------
    def _crowd(self, intent: Intent) -> None:
        s = self.s
        mx, my = stick(intent.move)
        s.mai = (clamp(s.mai[0] + mx * MAI_SPEED * STEP, STAND[0], STAND[2]),
                 clamp(s.mai[1] + my * MAI_SPEED * STEP, STAND[1], STAND[3]))
        s.shout_cool = max(0.0, s.shout_cool - STEP)
        reach = NUDGE_R
        if intent.act and s.shout_cool <= 0:
            reach, s.shout_cool = SHOUT_R, 1.5
            self._fx("word", s.mai, "This way! Go!")
        self._move_fans(reach)
        s.countdown -= STEP
        s.crowd_time += STEP
        if s.asking is None and len(s.said) == 1 and s.crowd_time >= SECOND_WORDS:
            s.asking = 1
        if all(f.state == "out" for f in s.fans):
            self.fans_out_in_time = True
            self._to_fight()
        elif s.countdown <= 0:
            self._to_fight()

    def _move_fans(self, reach: float) -> None:
        s = self.s
        calm = sum(1 for k in s.said if k == "calm")
        panic = PANIC * (0.3 ** calm) * STEP
        speed = FAN_SPEED * (1.3 if "direct" in s.said else 1.0)
        for fan in s.fans:
            if fan.state == "frozen":
                near = dist(fan.x, fan.y, *s.mai) <= reach
                ani = self.ani and dist(fan.x, fan.y, *GATES[1]) < 150 and self.rng.random() < STEP * 0.5
                if near or ani:
                    fan.state = "going"
            elif fan.state == "going":
                gx, gy = GATES[fan.gate]
                vx, vy = toward(fan.x, fan.y, gx, gy, speed)
                fan.x, fan.y = fan.x + vx * STEP, fan.y + vy * STEP
                if dist(fan.x, fan.y, gx, gy) < 12:
                    fan.state = "out"
                elif self.rng.random() < panic:
                    fan.state = "frozen"

    def _to_fight(self) -> None:
        s = self.s
        s.gone_off = s.countdown <= 0
        s.phase, s.asking, s.asked_for = "fight", 2, 0.0
        if not self.armed:  # what Mai has done already buys him time
            s.held += CALM_HOLD * s.said.count("calm") + (FANS_OUT_HOLD if self.fans_out_in_time else 0.0)
        self._fx("boom", (320.0, 120.0), "The Gen 6 go off!" if s.gone_off else "The stands are empty!")

    # --- the fight --------------------------------------------------------------------------------------
    def _fight(self, intent: Intent) -> None:
        s = self.s
        s.fight_time += STEP
        s.countdown -= STEP
        if s.countdown <= 0 and not s.gone_off:
            s.gone_off = True  # the stands are empty by now, or they are not; the Gen 6 go off either way
            self._fx("boom", (320.0, 30.0), "The Gen 6 go off!")
        s.bracing = bool(intent.alt)
        near = dist(*s.bot, *s.ares) <= REACH
        s.holding = bool(intent.act) and near and not s.bracing
        if not s.holding and not s.bracing:
            mx, my = stick(intent.move)
            s.bot = (clamp(s.bot[0] + mx * BOT_SPEED * STEP, PITCH[0], PITCH[2]),
                     clamp(s.bot[1] + my * BOT_SPEED * STEP, PITCH[1], PITCH[3]))
        self._ares_moves()
        self._ares_strikes()
        if s.holding:
            s.held += STEP * (2.0 if s.ares[1] >= 280 else 1.0)
        self._fight_over()

    def _ares_moves(self) -> None:
        """Free, he walks for the north stand; held, he is driven south, step by step."""
        s = self.s
        ax, ay = s.ares
        if s.holding:
            ay = min(PITCH[3] - 20, ay + self._push() * STEP)
            s.bot = (ax - 40, ay + 10)  # shoulder to shoulder, between Ares and the people
        else:
            ay = max(PITCH[1] + 30, ay - ARES_SPEED * STEP)
        s.ares = (ax, ay)

    def _push(self) -> float:
        """How fast 7723 drives a held Ares south: her words help, his weapons more."""
        push = PUSH * (1.4 if self.said_kind(2) == "direct" else 1.0) * (1.2 if self.said_kind(2) == "calm" else 1.0)
        return push if self.armed else push * UNARMED_PUSH

    def _ares_strikes(self) -> None:
        s = self.s
        warn, pause = PACE[self.difficulty]
        if self.said_kind(2) == "defiant":
            pause *= 0.6  # goaded, he hits faster
        if not self.armed:
            pause *= UNARMED_PAUSE  # nothing to keep him at a distance
        if s.blow is None:
            self._cool -= STEP
            if self._cool <= 0:
                s.blow = Blow(s.bot, warn, warn)
            return
        s.blow.left -= STEP
        if s.blow.left > 0:
            return
        if s.bracing:
            self._fx("block", s.bot)
        elif dist(*s.bot, *s.blow.at) <= 40:
            self._hurt()
            self._fx("hit", s.bot)
            s.bot = (s.bot[0], clamp(s.bot[1] - 50, PITCH[1], PITCH[3]))  # thrown off him
            s.holding = False
        s.blow, self._cool = None, pause

    def _fight_over(self) -> None:
        s = self.s
        if s.ares[1] <= PITCH[1] + 30 and not s.holding and self.rng.random() < STEP:
            self._hurt()  # at the north stand he wades into the people left, and 7723 pays for it
            self._fx("hit", s.ares)
        story_end = STORY_FIGHT if self.armed else STORY_FIGHT_UNARMED
        if s.held >= HOLD_NEEDED or (self.difficulty == "story" and s.fight_time >= story_end):
            self.outcome = "win"
        elif self.difficulty == "normal" and s.integrity <= 0:
            self.outcome = "lose"

    def _hurt(self) -> None:
        """A blow that gets through; on story he is shaken but never overwhelmed."""
        floor = 1 if self.difficulty == "story" else 0
        self.s.integrity = max(floor, self.s.integrity - 1)

    def _fx(self, kind: str, at: tuple[float, float], text: str = "") -> None:
        self.s.fx.append(Fx(kind, at[0], at[1], 2.2 if text else 0.6, text=text))

    # --- a competent player -----------------------------------------------------------------------
    def auto(self) -> Intent:
        s = self.s
        if s.asking is not None and s.asked_for > 1.0:
            return Intent(pick=(2 if s.asking == 2 and self.armed else 1))  # unarmed, calm carries the fight
        if s.phase == "crowd":
            return self._auto_crowd()
        if s.phase == "fight":
            if s.blow is not None and s.blow.left < 0.3:
                return Intent(alt=True)
            spot = (s.ares[0] - 40, s.ares[1] + 10)
            if dist(*s.bot, *spot) > 6:
                return Intent(move=toward(*s.bot, *spot, 1.0))
            return Intent(act=True)
        return Intent()

    def _auto_crowd(self) -> Intent:
        s = self.s
        frozen = [f for f in s.fans if f.state == "frozen"]
        if not frozen:
            return Intent()
        fan = min(frozen, key=lambda f: dist(f.x, f.y, *s.mai))
        vx, vy = toward(*s.mai, fan.x, fan.y, 1.0)
        return Intent(move=(vx, vy), act=dist(fan.x, fan.y, *s.mai) < SHOUT_R * 0.8)


register("stadium_fight", StadiumFight)

"""Draws the Stadium set-piece: Mai on the lower tier with the countdown and her words, then 7723
holding Ares on the pitch while the Gen 6 units crawl out of the seats.

Armed, 7723's module has Ares in a targeting reticle; unarmed there is none, and the words say that
he only has to last while Mai's calm voice steadies him."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.action.stadium import FANS, GATES, HOLD_NEEDED, INTEGRITY, SHOUT_R, WINDOW, WORDS, StadiumFight
from game.engine import motion
from game.engine.theme import PALETTE
from game.scenes.pieces.art import image
from game.scenes.pieces.house import cells, figure, fx_words, jolt, panel, ring, say, strips

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

GATE_NAMES = ("Gate 1", "Gate 4", "Gate 7")
SWARM = 36  # Gen 6 units drawn crawling once they go off


def draw(sim: StadiumFight, surface: pygame.Surface, t: float, reduce_motion: bool = False) -> None:
    """The pictures of one moment of the stadium (640×360); the words are `hud`'s."""
    s = sim.s
    off = jolt(s.fx, t, reduce_motion)
    if s.phase == "fight":
        _pitch(sim, surface, t, off, reduce_motion)
    else:
        _stand(sim, surface, t, off, reduce_motion)
    strips(surface, s.fx, off)
    _panels(sim, surface)


def hud(sim: StadiumFight, canvas: Canvas, t: float) -> None:
    """Every word of the stadium, as crisp text: the countdown, the gates, names, Mai's choice."""
    if sim.s.phase == "fight":
        _fight_words(sim, canvas)
    else:
        _crowd_words(sim, canvas)
    fx_words(canvas, sim.s.fx)
    _choice_words(sim, canvas)


# --- Mai and the crowd ----------------------------------------------------------------------------------
def _seat(i: int) -> tuple[int, int]:
    """A fixed seat for the i-th glowing Gen 6 drawn on the tier (the same every frame)."""
    return 36 + (i * 97) % 568, 66 + (i * 53) % 256


def _stand(sim: StadiumFight, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    s = sim.s
    surface.blit(image("action/stadium_stand.png"), off)
    glow = image("action/gen6_armed.png")
    pulse = motion.wave(t, 1.0) if not reduce else 0.5
    for i in range(40):
        x, y = _seat(i)
        if (i % 3 == 0) == (pulse > 0.5):
            surface.blit(glow, (x + off[0], y + off[1]))
    if sim.ani:
        ani = figure("ani", "up")
        surface.blit(ani, ani.get_rect(midbottom=(GATES[1][0] + 30 + off[0], GATES[1][1] - 2 + off[1])))
    knots = image("action/crowd_knots.png")
    for i, fan in enumerate(s.fans):
        if fan.state == "out":
            continue
        pic = knots.subsurface(pygame.Rect((i % 4) * 16, 0, 16, 14))
        x, y = fan.x + off[0], fan.y + off[1]
        if fan.state == "frozen":
            pygame.draw.circle(surface, PALETTE["mist"], (x, y), 10, 1)
        surface.blit(pic, pic.get_rect(center=(x, y)))
    mx, my = s.mai[0] + off[0], s.mai[1] + off[1]
    if s.shout_cool > 1.0:
        pygame.draw.circle(surface, PALETTE["neon_pink"], (mx, my), round(SHOUT_R * (1.5 - s.shout_cool) * 2 + 10), 1)
    mai = figure("mai", "down", int(t * 6) % 4)
    surface.blit(mai, mai.get_rect(midbottom=(mx, my + 8)))


def _crowd_words(sim: StadiumFight, canvas: Canvas) -> None:
    s = sim.s
    for i, (gx, gy) in enumerate(GATES):
        say(canvas, GATE_NAMES[i], (gx, gy - 20), PALETTE["neon_lime"])
    if sim.ani:
        say(canvas, "Ani", (GATES[1][0] + 30, GATES[1][1] - 38), size=11)
    say(canvas, "Mai", (s.mai[0], s.mai[1] - 32), PALETTE["neon_pink"], 11)
    left = max(0.0, s.countdown)
    say(canvas, f"Gen 6 go off in {int(left) // 60}:{int(left) % 60:02d}", (320, 16),
        PALETTE["ares_red"] if left < 15 else PALETTE["orange"], 16)
    say(canvas, f"fans out {sum(1 for f in s.fans if f.state == 'out')} / {FANS}", (320, 33), PALETTE["neon_lime"])
    say(canvas, "Run the stands: get close,", (10, 7), PALETTE["neon_yellow"], anchor="topleft")
    say(canvas, "ACT shouts them to a gate", (10, 23), PALETTE["mist"], anchor="topleft")
    frozen = sum(1 for f in s.fans if f.state == "frozen")
    say(canvas, f"frozen in their seats: {frozen}", (482, 8), PALETTE["mist"], anchor="topleft")


# --- 7723 and Ares ----------------------------------------------------------------------------------------
def _pitch(sim: StadiumFight, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    s = sim.s
    surface.blit(image("action/stadium_pitch.png"), off)
    _swarm(sim, surface, t, off, reduce)
    ax, ay = s.ares[0] + off[0], s.ares[1] + off[1]
    if s.blow is not None:
        rx, ry = s.blow.at[0] + off[0], s.blow.at[1] + off[1]
        k = 1 - s.blow.left / s.blow.warn
        ring(surface, (rx, ry), 40, k)
    bx, by = s.bot[0] + off[0], s.bot[1] + off[1]
    bot = figure("7723", "right" if s.holding else "up", 0 if s.holding or s.bracing else int(t * 6) % 4)
    ares = image("action/ares_big.png")
    for y, pic, x in sorted([(by + 6, bot, bx), (ay + 20, ares, ax)], key=lambda p: p[0]):
        surface.blit(pic, pic.get_rect(midbottom=(x, y)))  # the one further down the pitch stands in front
    if sim.armed:
        _reticle(surface, (ax, ay - 40), t, reduce)
    if s.blow is not None:
        fist = image("action/ares_fist.png")
        surface.blit(fist, fist.get_rect(midbottom=(rx, ry - 8 - 120 * (1 - k))))
    if s.bracing:
        plate = pygame.transform.rotate(image("action/shield.png"), -90)  # toward Ares, at his side
        surface.blit(plate, plate.get_rect(center=(bx + 20, by - 18)))


def _reticle(surface: pygame.Surface, at: tuple[float, float], t: float, reduce: bool) -> None:
    """The weapons module's lock on Ares: a ring with four ticks, breathing a little."""
    x, y = round(at[0]), round(at[1])
    r = 30 + (0 if reduce else round(2 * motion.wave(t, 1.2)))
    pygame.draw.circle(surface, PALETTE["holo"], (x, y), r, 1)
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        pygame.draw.line(surface, PALETTE["holo"], (x + dx * (r - 6), y + dy * (r - 6)), (x + dx * (r + 6), y + dy * (r + 6)), 2)


def _swarm(sim: StadiumFight, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    """The Gen 6 units out of their boxes, crawling over the stands and down onto the track."""
    if not sim.s.gone_off:
        return
    bug = image("action/gen6_armed.png")
    pace = 0.0 if reduce else t
    for i in range(SWARM):
        x = (i * 71 + pace * (8 + i % 5)) % 640
        y = 8 + (i * 37) % 30 + (0 if i % 4 else min(40, pace * 2 % 60))
        surface.blit(bug, (x + off[0], y + off[1]))


def _fight_words(sim: StadiumFight, canvas: Canvas) -> None:
    s = sim.s
    say(canvas, "the empty south end: drive him here", (320, 352), PALETTE["neon_lime"])
    if not sim.fans_out_in_time:
        say(canvas, "people still in the north stand", (320, 46))
    say(canvas, "Ares", (s.ares[0], s.ares[1] - 84), PALETTE["ares_red"])
    if s.holding:
        say(canvas, "HOLDING", (s.bot[0], s.bot[1] - 56), PALETTE["holo"])
    if sim.difficulty == "normal":
        say(canvas, "Shell", (10, 7), PALETTE["white"], anchor="topleft")
    else:
        say(canvas, "Story: he will hold", (10, 7), PALETTE["mist"], anchor="topleft")
    say(canvas, "Hold", (10, 23), PALETTE["white"], anchor="topleft")
    if sim.armed:
        say(canvas, "TARGETED", (s.ares[0], s.ares[1] + 2), PALETTE["holo"], 10)
        say(canvas, "hold ACT beside him: grab and push", (410, 7), PALETTE["neon_yellow"], anchor="topleft")
    else:
        say(canvas, "no weapons:", (306, 7), PALETTE["neon_pink"], anchor="midtop")
        say(canvas, "Mai's voice carries the fight", (306, 23), PALETTE["neon_pink"], anchor="midtop")
        say(canvas, "no weapons: hold ACT on him, and last", (410, 7), PALETTE["neon_yellow"], anchor="topleft")
    say(canvas, "SHIELD when the red ring shows", (410, 23), PALETTE["mist"], anchor="topleft")


def _panels(sim: StadiumFight, surface: pygame.Surface) -> None:
    """The HUD's boxes and meters, and the box of Mai's words while she has a choice."""
    s = sim.s
    if s.phase == "fight":
        panel(surface, pygame.Rect(4, 4, 200, 40))
        if sim.difficulty == "normal":
            cells(surface, 66, 9, s.integrity, INTEGRITY, PALETTE["bot_blue"])
        bar = pygame.Rect(66, 26, 130, 9)
        pygame.draw.rect(surface, PALETTE["indigo"], bar)
        pygame.draw.rect(surface, PALETTE["holo"], (bar.x, bar.y, round(bar.w * min(1.0, s.held / HOLD_NEEDED)), bar.h))
        pygame.draw.rect(surface, PALETTE["ink"], bar, 1)
        panel(surface, pygame.Rect(404, 4, 232, 38))
        if not sim.armed:
            panel(surface, pygame.Rect(210, 4, 190, 38))
    else:
        panel(surface, pygame.Rect(200, 6, 240, 36))
        panel(surface, pygame.Rect(4, 4, 190, 38))
        panel(surface, pygame.Rect(476, 4, 160, 22))
    if s.asking is not None:
        box = pygame.Rect(40, 250, 560, 100)
        panel(surface, box)
        left = max(0.0, 1 - s.asked_for / WINDOW)
        pygame.draw.rect(surface, PALETTE["neon_pink"], (box.x + 2, box.bottom - 6, round((box.w - 4) * left), 3))


# --- Mai's words -------------------------------------------------------------------------------------------
def _choice_words(sim: StadiumFight, canvas: Canvas) -> None:
    """The open choice of words: three numbered lines (its box and the time left are `_panels`')."""
    s = sim.s
    if s.asking is None:
        return
    who = "Mai, to 7723, over the speakers:" if s.phase == "fight" else "Mai, into the microphone:"
    say(canvas, who, (48, 254), PALETTE["neon_pink"], anchor="topleft")
    if not sim.armed:
        say(canvas, "he has no weapons: calm words steady him", (592, 254), PALETTE["neon_lime"], anchor="topright")
    for i, line in enumerate(WORDS[s.asking]):
        say(canvas, f"{i + 1}   {line}", (48, 274 + i * 20), PALETTE["white"], 13, anchor="topleft")

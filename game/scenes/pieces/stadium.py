"""Draws the Stadium set-piece: Mai on the lower tier with the countdown and her words, then 7723
holding Ares on the pitch while the Gen 6 units crawl out of the seats."""

from __future__ import annotations

import math

import pygame

from game.action.stadium import FANS, GATES, HOLD_NEEDED, INTEGRITY, SHOUT_R, WINDOW, WORDS, StadiumFight
from game.engine import motion
from game.engine.theme import PALETTE
from game.scenes.pieces.house import effects, figure, image, jolt, meter, panel, word

GATE_NAMES = ("Gate 1", "Gate 4", "Gate 7")
SWARM = 36  # Gen 6 units drawn crawling once they go off


def draw(sim: StadiumFight, surface: pygame.Surface, t: float, reduce_motion: bool = False) -> None:
    """The whole picture of one moment of the stadium (640×360)."""
    s = sim.s
    off = jolt(s.fx, t, reduce_motion)
    if s.phase == "fight":
        _pitch(sim, surface, t, off, reduce_motion)
    else:
        _stand(sim, surface, t, off, reduce_motion)
    effects(surface, s.fx, off)
    _words(sim, surface)


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
    for i, (gx, gy) in enumerate(GATES):
        word(surface, GATE_NAMES[i], (gx + off[0], gy - 20 + off[1]), PALETTE["neon_lime"], 15)
    if sim.ani:
        ani = figure("ani", "up")
        surface.blit(ani, ani.get_rect(midbottom=(GATES[1][0] + 30 + off[0], GATES[1][1] - 2 + off[1])))
        word(surface, "Ani", (GATES[1][0] + 30 + off[0], GATES[1][1] - 38 + off[1]), PALETTE["cream"], 14)
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
    word(surface, "Mai", (mx, my - 32), PALETTE["neon_pink"], 14)
    _crowd_hud(sim, surface)


def _crowd_hud(sim: StadiumFight, surface: pygame.Surface) -> None:
    s = sim.s
    out = sum(1 for f in s.fans if f.state == "out")
    left = max(0.0, s.countdown)
    panel(surface, pygame.Rect(200, 6, 240, 36))
    word(surface, f"Gen 6 go off in {int(left) // 60}:{int(left) % 60:02d}", (320, 17),
         PALETTE["ares_red"] if left < 15 else PALETTE["orange"], 20)
    word(surface, f"fans out {out} / {FANS}", (320, 34), PALETTE["neon_lime"], 15)
    panel(surface, pygame.Rect(4, 4, 190, 38))
    word(surface, "Run the stands: get close,", (10, 8), PALETTE["neon_yellow"], 15, centre=False)
    word(surface, "Act shouts them to a gate", (10, 24), PALETTE["mist"], 15, centre=False)
    frozen = sum(1 for f in s.fans if f.state == "frozen")
    panel(surface, pygame.Rect(476, 4, 160, 22))
    word(surface, f"frozen in their seats: {frozen}", (482, 8), PALETTE["mist"], 15, centre=False)


# --- 7723 and Ares ----------------------------------------------------------------------------------------
def _pitch(sim: StadiumFight, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    s = sim.s
    surface.blit(image("action/stadium_pitch.png"), off)
    word(surface, "the empty south end: drive him here", (320, 352 + off[1]), PALETTE["neon_lime"], 15)
    if not sim.fans_out_in_time:
        word(surface, "people still in the north stand", (320, 46 + off[1]), PALETTE["cream"], 15)
    _swarm(sim, surface, t, off, reduce)
    ax, ay = s.ares[0] + off[0], s.ares[1] + off[1]
    if s.blow is not None:
        rx, ry = s.blow.at[0] + off[0], s.blow.at[1] + off[1]
        k = 1 - s.blow.left / s.blow.warn
        pygame.draw.circle(surface, PALETTE["ares_red"], (rx, ry), 40, 2)
        pygame.draw.circle(surface, PALETTE["blood"], (rx, ry), max(2, round(40 * k)), 0)
    bx, by = s.bot[0] + off[0], s.bot[1] + off[1]
    bot = figure("7723", "right" if s.holding else "up", 0 if s.holding or s.bracing else int(t * 6) % 4)
    ares = image("action/ares_big.png")
    for y, pic, x in sorted([(by + 6, bot, bx), (ay + 20, ares, ax)], key=lambda p: p[0]):
        surface.blit(pic, pic.get_rect(midbottom=(x, y)))  # the one further down the pitch stands in front
    word(surface, "Ares", (ax, ay - 84), PALETTE["ares_red"], 15)
    if s.blow is not None:
        fist = image("action/ares_fist.png")
        surface.blit(fist, fist.get_rect(midbottom=(rx, ry - 8 - 120 * (1 - k))))
    if s.bracing:
        plate = pygame.transform.rotate(image("action/shield.png"), 180)
        surface.blit(plate, plate.get_rect(center=(bx, by + 8)))
    if s.holding:
        word(surface, "HOLDING", (bx, by - 56), PALETTE["holo"], 15)
    _fight_hud(sim, surface)


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


def _fight_hud(sim: StadiumFight, surface: pygame.Surface) -> None:
    s = sim.s
    panel(surface, pygame.Rect(4, 4, 200, 40))
    if sim.difficulty == "normal":
        meter(surface, 10, 8, "Shell", s.integrity, INTEGRITY, PALETTE["bot_blue"])
    else:
        word(surface, "Story: he will hold", (10, 8), PALETTE["mist"], 16, centre=False)
    word(surface, "Hold", (10, 24), PALETTE["white"], 16, centre=False)
    bar = pygame.Rect(66, 26, 130, 9)
    pygame.draw.rect(surface, PALETTE["indigo"], bar)
    pygame.draw.rect(surface, PALETTE["holo"], (bar.x, bar.y, round(bar.w * min(1.0, s.held / HOLD_NEEDED)), bar.h))
    pygame.draw.rect(surface, PALETTE["ink"], bar, 1)
    panel(surface, pygame.Rect(404, 4, 232, 38))
    word(surface, "Act (hold) near him: grab and push", (410, 8), PALETTE["neon_yellow"], 15, centre=False)
    word(surface, "Shield when the red ring shows", (410, 24), PALETTE["mist"], 15, centre=False)


# --- Mai's words -------------------------------------------------------------------------------------------
def _words(sim: StadiumFight, surface: pygame.Surface) -> None:
    """The open choice of words: three numbered lines and the time left to say one."""
    s = sim.s
    if s.asking is None:
        return
    box = pygame.Rect(40, 250, 560, 100)
    panel(surface, box)
    who = "Mai, to 7723, over the speakers:" if s.phase == "fight" else "Mai, into the microphone:"
    word(surface, who, (box.x + 8, box.y + 4), PALETTE["neon_pink"], 16, centre=False)
    for i, line in enumerate(WORDS[s.asking]):
        word(surface, f"{i + 1}  {line}", (box.x + 8, box.y + 24 + i * 20), PALETTE["white"], 16, centre=False)
    left = max(0.0, 1 - s.asked_for / WINDOW)
    pygame.draw.rect(surface, PALETTE["neon_pink"], (box.x + 2, box.bottom - 6, round((box.w - 4) * left), 3))
    if math.isclose(left, 0.0):
        word(surface, "...", (box.right - 20, box.y + 8), PALETTE["mist"], 16)

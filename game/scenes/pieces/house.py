"""Draws the House set-piece: the wrecked kitchen, Ares in the roof, who is where, what hurts.

Also holds the few drawing helpers the set-piece painters share (a character's frame, a HUD panel,
the shake of a blow; the pictures themselves come through `art.image`). Pictures go on the 640×360 surface in
`draw`; every word goes through `hud`, as the window's own crisp text."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.action.house import EXITS, PUNCHES, STRIKE_R, HouseEscape
from game.engine import motion
from game.engine.theme import PALETTE
from game.scenes.pieces.art import image

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

FRAMES = {"mai": (16, 32), "molly": (16, 32), "pin": (16, 32), "rice": (16, 32), "ani": (16, 32), "7723": (32, 48),
          "momo": (16, 16), "qbot": (16, 16)}
FX = {"block": "spark", "hit": "hit", "boom": "dust", "dust": "dust", "smoke": "smoke", "spark": "spark"}
NAMES = {"mai": "Mai", "momo": "Momo", "molly": "Molly"}
Colour = tuple[int, int, int]


# --- shared helpers -------------------------------------------------------------------------------
def figure(name: str, facing: str = "down", frame: int = 0) -> pygame.Surface:
    """One frame of a character's walk sheet (rows: down, left, right, up)."""
    w, h = FRAMES[name]
    row = ("down", "left", "right", "up").index(facing)
    return image(f"{name}.png").subsurface(pygame.Rect(frame * w, row * h, w, h))


def say(canvas: Canvas, text: str, pos: tuple[float, float], colour: Colour = PALETTE["cream"], size: float = 12,
        anchor: str = "center") -> None:
    """A word in the window's own text, with a dark shadow so it reads over any floor."""
    canvas.text(text, pos, size, colour, anchor=anchor, shadow_color=PALETTE["ink"])


def panel(surface: pygame.Surface, rect: pygame.Rect) -> None:
    """A dark see-through box under HUD text."""
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    box.fill((*PALETTE["ink"], 200))
    surface.blit(box, rect)
    pygame.draw.rect(surface, PALETTE["steel"], rect, 1)


def cells(surface: pygame.Surface, x: int, y: int, value: float, most: int, colour: Colour) -> None:
    """A row of cells: how much of something is used, or left."""
    for i in range(most):
        cell = pygame.Rect(x + i * 9, y, 7, 9)
        pygame.draw.rect(surface, colour if i < value else PALETTE["indigo"], cell)
        pygame.draw.rect(surface, PALETTE["ink"], cell, 1)


def strips(surface: pygame.Surface, fx: list, off: tuple[int, int] = (0, 0)) -> None:
    """The sims' effects by age: a frame of the spark, hit, dust or smoke strip."""
    for f in fx:
        if f.kind in FX:
            k = min(3, int(f.k * 4))
            pic = image(f"action/fx_{FX[f.kind]}.png").subsurface(pygame.Rect(k * 32, 0, 32, 32))
            surface.blit(pic, (round(f.x) - 16 + off[0], round(f.y) - 16 + off[1]))


def fx_words(canvas: Canvas, fx: list) -> None:
    """The effects that are words, rising a little as they fade."""
    for f in fx:
        if f.text:
            say(canvas, f.text, (min(600.0, max(40.0, f.x)), max(60.0, f.y - 34 - 10 * f.k)), PALETTE["neon_yellow"])


def jolt(fx: list, t: float, reduce: bool) -> tuple[int, int]:
    """A short sideways shake while a fresh blow lands; none with reduce motion."""
    fresh = any(f.kind in ("hit", "boom") and f.age < 0.25 for f in fx)
    return (motion.shake(t, 3, reduce), 0) if fresh else (0, 0)


def facing_row(v: tuple[float, float]) -> str:
    if abs(v[0]) > abs(v[1]):
        return "right" if v[0] > 0 else "left"
    return "down" if v[1] > 0 else "up"


# --- the house: pictures ---------------------------------------------------------------------------
def draw(sim: HouseEscape, surface: pygame.Surface, t: float, reduce_motion: bool = False) -> None:
    """The pictures of one moment of the house (640×360); the words are `hud`'s."""
    s = sim.s
    off = jolt(s.fx, t, reduce_motion)
    surface.blit(image("action/house_kitchen.png"), off)
    sway = 0 if reduce_motion else round(math.sin(t * 0.8) * 3)
    surface.blit(image("action/ares_looming.png"), (224 + sway + off[0], -34))
    _exits(sim, surface, t, off)
    _strike(sim, surface, off, fist=False)
    _pin(sim, surface, off)
    _people(sim, surface, t, off)
    _strike(sim, surface, off, fist=True)
    _grab(sim, surface, off)
    strips(surface, s.fx, off)
    _panels(sim, surface)


def _exits(sim: HouseEscape, surface: pygame.Surface, t: float, off: tuple[int, int]) -> None:
    s = sim.s
    if s.phase == "carry":
        drain = _box("drain", off)
        if s.punches >= PUNCHES:
            pygame.draw.ellipse(surface, PALETTE["ink"], drain.inflate(-12, -16))
            pygame.draw.ellipse(surface, PALETTE["neon_lime"], drain.inflate(-12, -16), 2)
        else:
            pygame.draw.rect(surface, PALETTE["orange"], drain, 1)
        garage = _box("garage", off).inflate(26, 0).move(-13, 0)
        pygame.draw.rect(surface, PALETTE["ares_red"], garage, 1 + round(motion.wave(t, 1.0)))
    if s.gap_open:
        surface.blit(image("action/house_fridge_down.png"), (520 + off[0], 200 + off[1]))
        pygame.draw.rect(surface, PALETTE["neon_lime"], _box("gap", off).inflate(20, 0).move(10, 0), 2)
    else:
        surface.blit(image("action/house_fridge.png"), (566 + off[0], 126 + off[1]))


def _box(name: str, off: tuple[int, int]) -> pygame.Rect:
    x0, y0, x1, y1 = EXITS[name]
    return pygame.Rect(round(x0) + off[0], round(y0) + off[1], round(x1 - x0), round(y1 - y0))


def _pin(sim: HouseEscape, surface: pygame.Surface, off: tuple[int, int]) -> None:
    s = sim.s
    if s.pin is None:
        return
    body = figure("pin", "left")
    if s.gap_open and s.pin_down > 0:
        body = pygame.transform.rotate(body, 90)  # tripped flat
    surface.blit(body, body.get_rect(midbottom=(s.pin[0] + off[0], s.pin[1] + 2 + off[1])))


def _people(sim: HouseEscape, surface: pygame.Surface, t: float, off: tuple[int, int]) -> None:
    """Mai, Molly, Momo and 7723, the one further down the floor in front."""
    s = sim.s
    shown: list[tuple[pygame.Surface, pygame.Rect]] = []
    for person in s.people.values():
        if not person.on_floor or person.name == "molly" and s.grab is not None:
            continue
        x, y = person.pos[0] + off[0], person.pos[1] + off[1]
        body = figure(person.name, "down")
        shown.append((body, body.get_rect(midbottom=(x, y + 4))))
        for i in range(person.hits):
            pygame.draw.circle(surface, PALETTE["ares_red"], (x - 6 + i * 6, y + 8), 2)
    bx, by = s.bot[0] + off[0], s.bot[1] + off[1]
    moving = s.holding is None and not s.shielding
    bot = figure("7723", facing_row(s.facing), int(t * 6) % 4 if moving else 0)
    shown.append((bot, bot.get_rect(midbottom=(bx, by + 6))))
    for pic, rect in sorted(shown, key=lambda p: p[1].bottom):
        surface.blit(pic, rect)
    if s.holding:
        held = figure(s.holding, "down")
        surface.blit(held, held.get_rect(midbottom=(bx, by - 24)))
    if s.shielding:
        angle = math.degrees(math.atan2(-s.facing[1], s.facing[0])) - 90
        plate = pygame.transform.rotate(image("action/shield.png"), angle)
        surface.blit(plate, plate.get_rect(center=(bx + s.facing[0] * 20, by - 14 + s.facing[1] * 20)))


def ring(surface: pygame.Surface, at: tuple[float, float], radius: int, k: float) -> None:
    """Where a blow will land: a red ring on the floor, filling (see-through) as it comes."""
    x, y = round(at[0]), round(at[1])
    fill = pygame.Surface((radius * 2 + 2, radius * 2 + 2), pygame.SRCALPHA)
    pygame.draw.circle(fill, (*PALETTE["ares_red"], 90), (radius + 1, radius + 1), max(2, round(radius * k)))
    surface.blit(fill, (x - radius - 1, y - radius - 1))
    pygame.draw.circle(surface, PALETTE["ares_red"], (x, y), radius, 2)


def _strike(sim: HouseEscape, surface: pygame.Surface, off: tuple[int, int], fist: bool) -> None:
    """The warning ring under everyone (`fist` False), or the fist coming down over them."""
    strike = sim.s.strike
    if strike is None:
        return
    x, y = strike.at[0] + off[0], strike.at[1] + off[1]
    k = 1 - strike.left / strike.warn
    if not fist:
        ring(surface, (x, y), STRIKE_R, k)
        return
    pic = image("action/ares_fist.png")
    surface.blit(pic, pic.get_rect(midbottom=(x, y - 8 - 180 * (1 - k))))


def _grab(sim: HouseEscape, surface: pygame.Surface, off: tuple[int, int]) -> None:
    s = sim.s
    if s.grab is None:
        return
    molly = s.people["molly"]
    x, y = molly.pos[0] + off[0], molly.pos[1] + off[1]
    reach = min(1.0, s.grab / 1.2)
    lift = max(0.0, s.grab - 1.4) * 220
    hand = image("action/ares_hand.png")
    body = figure("molly", "up")
    surface.blit(body, body.get_rect(midbottom=(x, y + 4 - lift)))
    surface.blit(hand, hand.get_rect(midbottom=(x, y - 200 * (1 - reach) - lift)))


def _panels(sim: HouseEscape, surface: pygame.Surface) -> None:
    """The HUD's boxes and meters (their words are drawn by `hud`)."""
    s = sim.s
    panel(surface, pygame.Rect(4, 4, 196, 74))
    if sim.difficulty == "normal":
        cells(surface, 58, 9, s.harm, 12, PALETTE["ares_red"])
    cells(surface, 58, 25, 4 - min(4, s.shell_hits), 4, PALETTE["bot_blue"])
    panel(surface, pygame.Rect(404, 4, 232, 38))


# --- the house: words --------------------------------------------------------------------------------
def hud(sim: HouseEscape, canvas: Canvas, t: float) -> None:
    """Every word of the house, as crisp text: names, exits, who is where, what to do."""
    s = sim.s
    for person in s.people.values():
        if person.on_floor and not (person.name == "molly" and s.grab is not None):
            x, y = person.pos
            say(canvas, NAMES[person.name], (x, y - (20 if person.name == "momo" else 36)), size=11)
    if s.holding:
        say(canvas, f"carrying {NAMES[s.holding]}", (s.bot[0], s.bot[1] - 62), PALETTE["holo"], 11)
    if s.pin is not None:
        say(canvas, "Pin", (s.pin[0], s.pin[1] - 38), PALETTE["mist"], 11)
    if s.grab is not None:
        say(canvas, "Ares reaches past him, for Molly", (320, 160), PALETTE["ares_red"], 16)
    _exit_words(sim, canvas)
    fx_words(canvas, s.fx)
    _status(sim, canvas)


def _exit_words(sim: HouseEscape, canvas: Canvas) -> None:
    s = sim.s
    if s.phase == "carry":
        x0, y0, x1, _ = EXITS["drain"]
        if s.punches >= PUNCHES:
            say(canvas, "OUT: the storm drain", ((x0 + x1) / 2 + 14, y0 - 8), PALETTE["neon_lime"])
        else:
            say(canvas, f"the floor: ACT x{PUNCHES - s.punches} to break it", ((x0 + x1) / 2 + 40, y0 - 8),
                PALETTE["orange"])
        say(canvas, "the garage: Ares expects it", (EXITS["garage"][0] + 50, EXITS["garage"][1] - 8), PALETTE["ares_red"])
    if s.gap_open:
        say(canvas, "OUT: Momo's gap", (EXITS["gap"][0], EXITS["gap"][1] - 8), PALETTE["neon_lime"])


def _status(sim: HouseEscape, canvas: Canvas) -> None:
    s = sim.s
    if sim.difficulty == "normal":
        say(canvas, "Harm", (10, 7), PALETTE["white"], anchor="topleft")
    else:
        say(canvas, "Story: they will get out", (10, 7), PALETTE["mist"], anchor="topleft")
    say(canvas, "Shell", (10, 23), PALETTE["white"], anchor="topleft")
    for i, name in enumerate(("mai", "momo", "molly")):
        p = s.people[name]
        where = "taken" if p.taken else "out" if p.out else "in your arms" if p.carried else "hurt" if p.hits else "on the floor"
        colour = PALETTE["neon_lime"] if p.out else PALETTE["ares_red"] if p.taken or p.hits else PALETTE["cream"]
        say(canvas, f"{NAMES[name]}: {where}", (10 + (i % 2) * 96, 41 + (i // 2) * 16), colour, anchor="topleft")
    for i, line in enumerate(_todo(sim)):
        say(canvas, line, (410, 7 + i * 16), PALETTE["neon_yellow"] if i == 0 else PALETTE["mist"], anchor="topleft")


def _todo(sim: HouseEscape) -> list[str]:
    """What to do now, in a line or two."""
    s = sim.s
    if s.phase == "shield":
        return ["Stand by the red ring, hold SHIELD", "toward it before the fist lands"]
    if s.phase == "grab":
        return ["Nothing stops him.", "Hold on to the ones you can."]
    lines = ["Carry Mai and Momo out, one by one"]
    if sim.momo_route and not sim.momo_sent and s.people["momo"].on_floor:
        lines.append("1: \"Momo. I trust you. Go.\"")
    else:
        lines.append("ACT: pick up, and set down at OUT")
    return lines

"""Draws the House set-piece: the wrecked kitchen, Ares in the roof, who is where, what hurts.

Also holds the few drawing helpers both of our pieces use (pictures from `assets/sprites/`, a
readable outlined word, the effect strips, a HUD panel), so the stadium draws the same way."""

from __future__ import annotations

import math

import pygame

from game.action.house import EXITS, PUNCHES, STRIKE_R, HouseEscape
from game.engine import motion
from game.engine.theme import PALETTE
from game.paths import data_root

_IMAGES: dict[str, pygame.Surface] = {}
_FONTS: dict[int, pygame.font.Font] = {}
FRAMES = {"mai": (16, 32), "molly": (16, 32), "pin": (16, 32), "rice": (16, 32), "ani": (16, 32), "7723": (32, 48), "momo": (16, 16),
          "qbot": (16, 16)}
FX = {"block": "spark", "hit": "hit", "boom": "dust", "dust": "dust", "smoke": "smoke", "spark": "spark"}
NAMES = {"mai": "Mai", "momo": "Momo", "molly": "Molly"}


# --- shared helpers -------------------------------------------------------------------------------
def image(rel: str) -> pygame.Surface:
    """A picture under assets/sprites/, loaded once (a grey box stands in if it is missing)."""
    if rel not in _IMAGES:
        path = data_root() / "assets" / "sprites" / rel
        try:
            _IMAGES[rel] = pygame.image.load(str(path))
        except (pygame.error, FileNotFoundError):
            stand_in = pygame.Surface((16, 16))
            stand_in.fill(PALETTE["steel"])
            _IMAGES[rel] = stand_in
    return _IMAGES[rel]


def figure(name: str, facing: str = "down", frame: int = 0) -> pygame.Surface:
    """One frame of a character's walk sheet (rows: down, left, right, up)."""
    w, h = FRAMES[name]
    row = ("down", "left", "right", "up").index(facing)
    return image(f"{name}.png").subsurface(pygame.Rect(frame * w, row * h, w, h))


def font(size: int) -> pygame.font.Font:
    if size not in _FONTS:
        _FONTS[size] = pygame.font.Font(None, size)
    return _FONTS[size]


def word(surface: pygame.Surface, text: str, pos: tuple[float, float], colour=PALETTE["white"], size: int = 18,
         centre: bool = True) -> pygame.Rect:
    """Text with a dark outline, readable over any floor."""
    f = font(size)
    ink = f.render(text, False, PALETTE["ink"])
    face = f.render(text, False, colour)
    rect = face.get_rect(center=(round(pos[0]), round(pos[1]))) if centre else face.get_rect(topleft=pos)
    rect.clamp_ip(surface.get_rect())
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        surface.blit(ink, rect.move(dx, dy))
    surface.blit(face, rect)
    return rect


def panel(surface: pygame.Surface, rect: pygame.Rect) -> None:
    """A dark see-through box under HUD text."""
    box = pygame.Surface(rect.size, pygame.SRCALPHA)
    box.fill((*PALETTE["ink"], 200))
    surface.blit(box, rect)
    pygame.draw.rect(surface, PALETTE["steel"], rect, 1)


def meter(surface: pygame.Surface, x: int, y: int, label: str, value: float, most: float, colour) -> None:
    """A labelled bar of cells: how much of something is left or used."""
    word(surface, label, (x, y), size=16, centre=False)
    cells = int(most)
    for i in range(cells):
        cell = pygame.Rect(x + 56 + i * 9, y + 2, 7, 9)
        pygame.draw.rect(surface, colour if i < value else PALETTE["indigo"], cell)
        pygame.draw.rect(surface, PALETTE["ink"], cell, 1)


def effects(surface: pygame.Surface, fx: list, offset: tuple[int, int] = (0, 0)) -> None:
    """The sims' effects by age: a strip frame for sparks, hits, dust and smoke; words as text."""
    for f in fx:
        x, y = f.x + offset[0], f.y + offset[1]
        if f.kind in FX:
            strip = image(f"action/fx_{FX[f.kind]}.png")
            k = min(3, int(f.k * 4))
            surface.blit(strip.subsurface(pygame.Rect(k * 32, 0, 32, 32)), (x - 16, y - 16))
        if f.text:
            word(surface, f.text, (x, y - 34 - 10 * f.k), PALETTE["neon_yellow"], 17)


def jolt(fx: list, t: float, reduce: bool) -> tuple[int, int]:
    """A short sideways shake while a fresh blow lands; none with reduce motion."""
    fresh = any(f.kind in ("hit", "boom") and f.age < 0.25 for f in fx)
    return (motion.shake(t, 3, reduce), 0) if fresh else (0, 0)


def facing_row(v: tuple[float, float]) -> str:
    if abs(v[0]) > abs(v[1]):
        return "right" if v[0] > 0 else "left"
    return "down" if v[1] > 0 else "up"


# --- the house --------------------------------------------------------------------------------------
def draw(sim: HouseEscape, surface: pygame.Surface, t: float, reduce_motion: bool = False) -> None:
    """The whole picture of one moment of the house (640×360)."""
    s = sim.s
    off = jolt(s.fx, t, reduce_motion)
    surface.blit(image("action/house_kitchen.png"), off)
    sway = 0 if reduce_motion else round(math.sin(t * 0.8) * 3)
    surface.blit(image("action/ares_looming.png"), (224 + sway + off[0], -34))
    _exits(sim, surface, t, off)
    _pin(sim, surface, off)
    _people(sim, surface, t, off)
    _strike(sim, surface, off)
    _grab(sim, surface, off)
    effects(surface, s.fx, off)
    _hud(sim, surface)


def _exits(sim: HouseEscape, surface: pygame.Surface, t: float, off: tuple[int, int]) -> None:
    s = sim.s
    x0, y0, x1, y1 = EXITS["drain"]
    drain = pygame.Rect(x0 + off[0], y0 + off[1], x1 - x0, y1 - y0)
    if s.phase == "carry":
        if s.punches >= PUNCHES:
            pygame.draw.ellipse(surface, PALETTE["ink"], drain.inflate(-12, -16))
            pygame.draw.ellipse(surface, PALETTE["neon_lime"], drain.inflate(-12, -16), 2)
            word(surface, "OUT: storm drain", (drain.centerx + 10, drain.top - 8), PALETTE["neon_lime"], 15)
        else:
            pygame.draw.rect(surface, PALETTE["orange"], drain, 1)
            word(surface, f"floor: Act x{PUNCHES - s.punches} to break", (drain.centerx + 30, drain.top - 8),
                 PALETTE["orange"], 15)
        gx0, gy0, gx1, gy1 = EXITS["garage"]
        pulse = motion.wave(t, 1.0)
        pygame.draw.rect(surface, PALETTE["ares_red"], (gx0 - 26 + off[0], gy0 + off[1], gx1 - gx0 + 26, gy1 - gy0),
                         1 + round(pulse))
        word(surface, "garage: Ares waits", (gx0 + 40, gy0 - 8), PALETTE["ares_red"], 15)
    if s.gap_open:
        surface.blit(image("action/house_fridge_down.png"), (520 + off[0], 200 + off[1]))
        bx0, by0, bx1, by1 = EXITS["gap"]
        pygame.draw.rect(surface, PALETTE["neon_lime"], (bx0 + off[0], by0 + off[1], bx1 - bx0 + 20, by1 - by0), 2)
        word(surface, "OUT: the gap", (bx0 + 10, by0 - 8), PALETTE["neon_lime"], 15)
    else:
        surface.blit(image("action/house_fridge.png"), (566 + off[0], 126 + off[1]))


def _pin(sim: HouseEscape, surface: pygame.Surface, off: tuple[int, int]) -> None:
    s = sim.s
    if s.pin is None or s.phase != "carry":
        if s.pin is not None:  # he waits by the back door, watching
            surface.blit(figure("pin", "left"), (s.pin[0] - 8 + off[0], s.pin[1] - 30 + off[1]))
        return
    body = figure("pin", "left")
    if s.gap_open and s.pin_down > 0:
        body = pygame.transform.rotate(body, 90)  # tripped flat
    surface.blit(body, body.get_rect(midbottom=(s.pin[0] + off[0], s.pin[1] + 2 + off[1])))
    word(surface, "Pin", (s.pin[0] + off[0], s.pin[1] - 40 + off[1]), PALETTE["mist"], 14)


def _people(sim: HouseEscape, surface: pygame.Surface, t: float, off: tuple[int, int]) -> None:
    s = sim.s
    for person in s.people.values():
        if not person.on_floor or person.name == "molly" and s.grab is not None:
            continue
        x, y = person.pos[0] + off[0], person.pos[1] + off[1]
        body = figure(person.name, "down")
        surface.blit(body, body.get_rect(midbottom=(x, y + 4)))
        word(surface, NAMES[person.name], (x, y - (22 if person.name == "momo" else 38)), PALETTE["cream"], 14)
        for i in range(person.hits):
            pygame.draw.circle(surface, PALETTE["ares_red"], (x - 6 + i * 6, y + 8), 2)
    bx, by = s.bot[0] + off[0], s.bot[1] + off[1]
    moving = s.holding is None and not s.shielding
    bot = figure("7723", facing_row(s.facing), int(t * 6) % 4 if moving else 0)
    surface.blit(bot, bot.get_rect(midbottom=(bx, by + 6)))
    if s.holding:
        held = figure(s.holding, "down")
        surface.blit(held, held.get_rect(midbottom=(bx, by - 24)))
        word(surface, f"carrying {NAMES[s.holding]}", (bx, by - 62), PALETTE["holo"], 14)
    if s.shielding:
        angle = math.degrees(math.atan2(-s.facing[1], s.facing[0])) - 90
        plate = pygame.transform.rotate(image("action/shield.png"), angle)
        surface.blit(plate, plate.get_rect(center=(bx + s.facing[0] * 20, by - 14 + s.facing[1] * 20)))


def _strike(sim: HouseEscape, surface: pygame.Surface, off: tuple[int, int]) -> None:
    strike = sim.s.strike
    if strike is None:
        return
    x, y = strike.at[0] + off[0], strike.at[1] + off[1]
    k = 1 - strike.left / strike.warn
    pygame.draw.circle(surface, PALETTE["ares_red"], (x, y), STRIKE_R, 2)
    pygame.draw.circle(surface, PALETTE["blood"], (x, y), max(2, round(STRIKE_R * k)))
    fist = image("action/ares_fist.png")
    surface.blit(fist, fist.get_rect(midbottom=(x, y - 8 - 180 * (1 - k))))


def _grab(sim: HouseEscape, surface: pygame.Surface, off: tuple[int, int]) -> None:
    s = sim.s
    if s.grab is None:
        return
    molly = s.people["molly"]
    x, y = molly.pos[0] + off[0], molly.pos[1] + off[1]
    reach = min(1.0, s.grab / 1.2)
    lift = max(0.0, s.grab - 1.4) * 220
    hand = image("action/ares_hand.png")
    hy = y - 30 - 200 * (1 - reach) - lift
    body = figure("molly", "up")
    surface.blit(body, body.get_rect(midbottom=(x, y + 4 - lift)))
    surface.blit(hand, hand.get_rect(midbottom=(x, hy + 30)))
    word(surface, "Ares reaches past him, for Molly", (320, 150), PALETTE["ares_red"], 20)


def _hud(sim: HouseEscape, surface: pygame.Surface) -> None:
    s = sim.s
    panel(surface, pygame.Rect(4, 4, 196, 74))
    if sim.difficulty == "normal":
        meter(surface, 10, 8, "Harm", s.harm, 12, PALETTE["ares_red"])
    else:
        word(surface, "Story: they will get out", (10, 8), PALETTE["mist"], 16, centre=False)
    meter(surface, 10, 24, "Shell", 4 - min(4, s.shell_hits), 4, PALETTE["bot_blue"])
    for i, name in enumerate(("mai", "momo", "molly")):
        p = s.people[name]
        where = "taken" if p.taken else "out" if p.out else "in your arms" if p.carried else "hurt" if p.hits else "on the floor"
        colour = PALETTE["neon_lime"] if p.out else PALETTE["ares_red"] if p.taken or p.hits else PALETTE["cream"]
        word(surface, f"{NAMES[name]}: {where}", (10 + (i % 2) * 94, 42 + (i // 2) * 16), colour, 15, centre=False)
    panel(surface, pygame.Rect(404, 4, 232, 38))
    for i, line in enumerate(_todo(sim)):
        word(surface, line, (410, 8 + i * 16), PALETTE["neon_yellow"] if i == 0 else PALETTE["mist"], 15, centre=False)


def _todo(sim: HouseEscape) -> list[str]:
    """What to do now, in a line or two."""
    s = sim.s
    if s.phase == "shield":
        return ["Stand by the red ring, hold Shield", "toward it before the fist lands"]
    if s.phase == "grab":
        return ["Nothing stops him.", "Hold on to the ones you can."]
    lines = ["Carry Mai and Momo out, one by one"]
    if sim.momo_route and not sim.momo_sent and s.people["momo"].on_floor:
        lines.append("1: \"Momo. I trust you. Go.\"")
    else:
        lines.append("Act: pick up, and set down at OUT")
    return lines

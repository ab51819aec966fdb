"""Draws the Freeway: the Skyway scrolling under 7723, the cars, the drones with their red aim
lines, the bolts, his shield, and a HUD of what hurts (his shell, the shield's charge) and how far
it is to the fall."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pygame

from game.action.freeway import LENGTH, ROAD_BOTTOM, ROAD_TOP, Freeway
from game.engine import motion
from game.engine.theme import PALETTE
from game.scenes.pieces.hudkit import bar, cells, figure, jolt, label, panel, sprite, strips, words

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

_SCALED: dict[tuple[int, int], pygame.Surface] = {}


def _car(look: int, width: int) -> pygame.Surface:
    """The car picture stretched to this car's length (kept, one per look and length)."""
    if (look, width) not in _SCALED:
        _SCALED[(look, width)] = pygame.transform.scale(sprite(f"action/car_{look}.png"), (width, 26))
    return _SCALED[(look, width)]


def draw(sim: Freeway, surface: pygame.Surface, t: float, reduce_motion: bool = False) -> None:
    """The whole picture of one moment of the chase (640×360)."""
    off = jolt(sim.fx, t, reduce_motion)
    _ground(sim, surface, off)
    for car in sorted(sim.cars, key=lambda c: c.lane):
        surface.blit(_car(car.look, round(car.w)), (round(car.x) + off[0], round(car.y) - 13 + off[1]))
    _drones(sim, surface, t, off, reduce_motion)
    _runner(sim, surface, t, off, reduce_motion)
    for s in sim.shots:
        bolt = sprite("action/bolt_7723.png" if s.mine else "action/bolt_police.png")
        angle = -math.degrees(math.atan2(s.vy, s.vx))
        pic = pygame.transform.rotate(bolt, angle)
        surface.blit(pic, pic.get_rect(center=(round(s.x) + off[0], round(s.y) + off[1])))
    strips(surface, sim.fx, off)
    if sim.flash > 0 and not reduce_motion:
        veil = pygame.Surface((640, 360), pygame.SRCALPHA)
        veil.fill((*PALETTE["blood"], int(120 * sim.flash / 0.3)))
        surface.blit(veil, (0, 0))


def _ground(sim: Freeway, surface: pygame.Surface, off: tuple[int, int]) -> None:
    """Sky, road and rail; the road and rail scroll with his run, the rail breaks at the end."""
    surface.blit(sprite("action/freeway_sky.png"), (off[0], 0))
    shift = -int(sim.scroll) % 640
    for x in (shift - 640, shift):
        surface.blit(sprite("action/freeway_road.png"), (x + off[0], ROAD_TOP + off[1]))
        surface.blit(sprite("action/freeway_rail.png"), (x + off[0], ROAD_BOTTOM + off[1]))
    if sim.phase == "fall":  # the old ramp gives way under him: a hole opens, red light floods in
        surface.blit(sprite("action/freeway_rail_broken.png"), (round(sim.x) - 320 + off[0], ROAD_BOTTOM + off[1]))
        k = min(1.0, sim.phase_t / 0.8)
        hole = pygame.Rect(0, 0, int(150 * k), int(70 * k))
        hole.center = (round(sim.x) + off[0], ROAD_BOTTOM - 16 + off[1])
        pygame.draw.ellipse(surface, PALETTE["ink"], hole)
        pygame.draw.ellipse(surface, PALETTE["orange"], hole, 2)
        veil = pygame.Surface((640, 360), pygame.SRCALPHA)
        veil.fill((*PALETTE["blood"], int(140 * min(1.0, sim.phase_t / 2.0))))
        surface.blit(veil, (0, 0))


def _drones(sim: Freeway, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    for d in sim.drones:
        x, y = round(d.x) + off[0], round(d.y) + off[1]
        if d.state == "drop":  # its shadow on the road first, where it will hover
            r = int(4 + 10 * min(1.0, d.t / 0.9))
            pygame.draw.ellipse(surface, PALETTE["ink"], pygame.Rect(round(d.tx) - r, round(d.ty) + 10, r * 2, r))
        if d.aim is not None:  # the warning: a red line to where it will fire
            k = motion.flicker(t, 0.4, reduce)
            colour = tuple(int(c * k) for c in PALETTE["ares_red"])
            pygame.draw.line(surface, colour, (x - 8, y), (round(d.aim[0]) + off[0], round(d.aim[1]) + off[1]), 1)
            pygame.draw.circle(surface, PALETTE["ares_red"], (round(d.aim[0]) + off[0], round(d.aim[1]) + off[1]), 9, 1)
        frame = 0 if reduce or int(t * 2) % 2 else 1
        pic = sprite(f"action/drone_{frame}.png")
        if d.state == "down":
            pic = pygame.transform.rotate(pic, -min(80.0, d.t * 120))
        surface.blit(pic, pic.get_rect(center=(x, y)))


def _runner(sim: Freeway, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    """7723 running right, blinking while he cannot be hurt again, his shield raised to the right."""
    x, y = round(sim.x) + off[0], round(sim.y) + off[1]
    pygame.draw.ellipse(surface, PALETTE["ink"], pygame.Rect(x - 14, y + 8, 28, 8))
    blink = sim.invulnerable > 0 and not reduce and int(t * 6) % 2 == 0
    if not blink:
        frame = 0 if sim.phase != "run" else int(sim.elapsed * 8) % 4  # his stride, by the run itself
        pic = figure("7723", "right", frame)
        if sim.phase == "fall":
            pic = pygame.transform.rotate(pic, -min(90.0, sim.phase_t * 70))
        elif sim.phase == "down":  # brought down: he topples where he stood
            pic = pygame.transform.rotate(pic, min(90.0, sim.phase_t * 180))
        surface.blit(pic, pic.get_rect(midbottom=(x, y + 12)))
    if sim.shielding:
        arc = pygame.transform.rotate(sprite("action/shield.png"), -90)
        surface.blit(arc, arc.get_rect(center=(x + 20, y - 8)))


def hud(sim: Freeway, canvas: Canvas, t: float) -> None:
    """What hurts (his shell, the shield's charge), the drones about, how far to the fall, what to do."""
    surface = canvas.surface
    panel(surface, pygame.Rect(4, 4, 196, 56))
    if sim.story_mode:
        label(canvas, "Story: he will make it", (10, 7), PALETTE["mist"])
    else:
        label(canvas, "Shell", (10, 7))
        cells(surface, 70, 9, sim.hp, 5, PALETTE["bot_blue"])
    label(canvas, "Shield", (10, 23))
    cells(surface, 70, 25, round(sim.shield * 10), 10, PALETTE["holo"])
    live = sum(d.live for d in sim.drones)
    label(canvas, f"Drones: {live}" + ("   more coming" if sim.escalation else ""), (10, 39),
          PALETTE["ares_red"] if live else PALETTE["cream"])
    panel(surface, pygame.Rect(416, 4, 220, 56))
    bar(surface, pygame.Rect(422, 10, 208, 8), sim.elapsed / LENGTH, PALETTE["neon_yellow"])
    label(canvas, "Run for the old ramp", (422, 21), PALETTE["mist"])
    todo = {"run": "Dodge cars, Shield the red lines", "fall": "The rail breaks...", "down": "Shot down"}[sim.phase]
    label(canvas, todo, (422, 38), PALETTE["neon_yellow"])
    words(canvas, sim.fx)

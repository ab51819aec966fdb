"""Draws Payback: the schoolyard, the tables, Mai and her pointer, 7723 doing what she points at,
the Q-Bots (a red ring on each one charging her), and a HUD of his temper, the bots left and
the bell."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.action.payback import LENGTH, MAI, MAX_TEMPER, RIC, WAVES, Bot, Payback, Table
from game.engine import motion
from game.engine.theme import PALETTE
from game.scenes.pieces.hudkit import bar, cells, figure, jolt, label, panel, sprite, strips, words

if TYPE_CHECKING:
    from game.engine.canvas import Canvas

_BIG: dict[tuple[str, int], pygame.Surface] = {}


def _robot(facing: int, frame: int) -> pygame.Surface:
    """7723 half as big again as his walking sheet: he towers over the yard."""
    key = ("right" if facing > 0 else "left", frame)
    if key not in _BIG:
        _BIG[key] = pygame.transform.scale(figure("7723", key[0], frame), (48, 72))
    return _BIG[key]


def draw(sim: Payback, surface: pygame.Surface, t: float, reduce_motion: bool = False) -> None:
    """The whole picture of one moment of the payback (640×360)."""
    off = jolt(sim.fx, t, reduce_motion)
    surface.blit(sprite("action/payback_yard.png"), off)
    for table in sim.tables:
        pic = sprite("action/table_smashed.png" if table.smashed else "action/table.png")
        surface.blit(pic, (round(table.x) + off[0], round(table.y) + off[1]))
    _people(sim, surface, t, off, reduce_motion)
    for bot in sorted(sim.bots, key=lambda b: b.y):
        _bot(bot, surface, t, off, reduce_motion)
    _robot_and_order(sim, surface, t, off)
    strips(surface, sim.fx, off)
    surface.blit(sprite("action/pointer.png"), sprite("action/pointer.png").get_rect(center=_cursor(sim)))


def _people(sim: Payback, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    """Mai at the wall of the yard (red while a bot zaps her), and Ric in his goalkeeper gloves."""
    mx, my = round(MAI[0]) + off[0], round(MAI[1]) + off[1]
    if sim.flinch > 0:
        k = motion.flicker(t, 0.3, reduce)
        pygame.draw.circle(surface, tuple(int(c * k) for c in PALETTE["ares_red"]), (mx, my - 12), 22, 2)
    surface.blit(figure("mai", "right", 0), (mx - 8, my - 28))
    rx, ry = round(RIC[0]) + off[0], round(RIC[1]) + off[1]
    pygame.draw.rect(surface, PALETTE["green"], pygame.Rect(rx - 5, ry - 6, 10, 16))
    pygame.draw.circle(surface, PALETTE["skin_mid"], (rx, ry - 10), 5)
    pygame.draw.rect(surface, PALETTE["neon_lime"], pygame.Rect(rx - 8, ry - 2, 4, 4))
    pygame.draw.rect(surface, PALETTE["neon_lime"], pygame.Rect(rx + 4, ry - 2, 4, 4))


def _bot(bot: Bot, surface: pygame.Surface, t: float, off: tuple[int, int], reduce: bool) -> None:
    x, y = round(bot.x) + off[0], round(bot.y) + off[1]
    pic = sprite(f"action/qbot_{bot.kind}.png")
    if bot.state == "out":  # knocked out: on its side, grey, smoking
        pic = pygame.transform.rotate(pic, 90)
        pic.fill((110, 110, 120), special_flags=pygame.BLEND_RGB_MULT)
    elif bot.state == "spared":
        pic = pic.copy()
        pic.set_alpha(170)
    pygame.draw.ellipse(surface, PALETTE["ink"], pygame.Rect(x - pic.get_width() // 2, y + pic.get_height() // 2 - 4,
                                                             pic.get_width(), 7))
    surface.blit(pic, pic.get_rect(center=(x, y)))
    if bot.state == "charge":  # the warning that matters: this one is going for Mai
        k = motion.flicker(t, 0.5, reduce)
        pygame.draw.circle(surface, tuple(int(c * k) for c in PALETTE["ares_red"]), (x, y), int(bot.radius) + 5, 2)
        pygame.draw.rect(surface, PALETTE["ares_red"], pygame.Rect(x - 1, y - int(bot.radius) - 12, 3, 7))
        pygame.draw.rect(surface, PALETTE["ares_red"], pygame.Rect(x - 1, y - int(bot.radius) - 3, 3, 2))
    if bot.kind != "ric" and bot.active and bot.hp > 0:
        for i in range(bot.hp):
            pygame.draw.rect(surface, PALETTE["neon_lime"], pygame.Rect(x - bot.hp * 3 + i * 6, y + int(bot.radius) + 4, 4, 3))


def _robot_and_order(sim: Payback, surface: pygame.Surface, t: float, off: tuple[int, int]) -> None:
    """7723, and a dotted line to whatever Mai last pointed him at."""
    x, y = round(sim.rx) + off[0], round(sim.ry) + off[1]
    o = sim.order
    if o is not None:
        tx, ty = (o.bot.x, o.bot.y) if o.bot else (o.table.x + o.table.w / 2, o.table.y + o.table.h / 2) \
            if o.table else (o.x, o.y)
        steps = max(1, int(((tx - sim.rx) ** 2 + (ty - sim.ry) ** 2) ** 0.5 // 10))
        for i in range(1, steps):
            px, py = sim.rx + (tx - sim.rx) * i / steps, sim.ry + (ty - sim.ry) * i / steps
            pygame.draw.circle(surface, PALETTE["holo"], (round(px) + off[0], round(py) + off[1]), 1)
    pygame.draw.ellipse(surface, PALETTE["ink"], pygame.Rect(x - 20, y + 2, 40, 12))
    moving = o is not None and sim.swing == 0
    pic = _robot(sim.facing, int(sim.elapsed * 8) % 4 if moving else 0)
    surface.blit(pic, pic.get_rect(midbottom=(x, y + 8)))
    if sim.swing > 0:  # the wind-up: his arm drawn back
        reach = int(10 + sim.swing * 80)
        pygame.draw.line(surface, PALETTE["white"], (x, y - 30), (x + sim.facing * reach, y - 22), 4)


def _cursor(sim: Payback) -> tuple[int, int]:
    return round(sim.cursor[0]), round(sim.cursor[1])


def hud(sim: Payback, canvas: Canvas, t: float) -> None:
    """His temper (what hurts: every zap on Mai), the bots still coming, the bell, and what Mai's
    pointer would do where it is."""
    surface = canvas.surface
    panel(surface, pygame.Rect(4, 2, 200, 56))
    if sim.story_mode:
        label(canvas, "Story: he will stop in time", (10, 5), PALETTE["mist"])
    else:
        label(canvas, "Temper", (10, 5))
        cells(surface, 70, 7, round(sim.temper), MAX_TEMPER, PALETTE["ares_red"])
    label(canvas, f"Q-Bots on the attack: {sum(b.active for b in sim.attackers)}", (10, 21))
    label(canvas, f"Wave {max(1, sim.wave)} of {len(WAVES)}", (10, 37), PALETTE["mist"])
    panel(surface, pygame.Rect(436, 2, 200, 40))
    bar(surface, pygame.Rect(442, 8, 188, 7), sim.elapsed / LENGTH, PALETTE["cream"])
    label(canvas, "Point at a bot, then Act", (442, 20), PALETTE["neon_yellow"])
    label(canvas, "Mai", (MAI[0], MAI[1] + 6), PALETTE["neon_yellow"], anchor="midtop")
    label(canvas, "Ric", (RIC[0] + 10, RIC[1] - 20), PALETTE["cream"], anchor="midleft")
    _pointer(sim, canvas)
    words(canvas, sim.fx)


def _pointer(sim: Payback, canvas: Canvas) -> None:
    """What acting where Mai points would do."""
    cx, cy = _cursor(sim)
    target = sim.pointed() if sim.phase == "fight" else None
    if isinstance(target, Bot):
        text = "Spare it? (Alt)" if target.kind == "ric" else "Strike (Act)"
        colour = PALETTE["neon_lime"] if target.kind == "ric" else PALETTE["neon_yellow"]
    elif isinstance(target, Table):
        text, colour = "Smash the table?", PALETTE["orange"]
    else:
        return
    label(canvas, text, (cx, cy + 14), colour, anchor="midtop")

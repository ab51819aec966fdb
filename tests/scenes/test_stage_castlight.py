"""People keep their own colours in the light, played on real frames: 7723 is white at dusk, not tan,
while the ground round him still goes orange; at night he is still dark, lit by the night, not glowing."""

from __future__ import annotations

import numpy as np
import pygame
from test_stage_play import in_the_backyard

from game.scenes.castlight import soften
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def rgb(p, area: pygame.Rect) -> np.ndarray:
    return pygame.surfarray.array3d(p.app.canvas.surface.subsurface(area)).astype(float)


def his_pixels(p, bot) -> np.ndarray:
    """7723's own pixels on screen (where his sprite has any), as rows of rgb."""
    ox, oy = p.play.stage.offset()
    area = bot.rect.move(ox, oy)
    shape = pygame.surfarray.array_alpha(bot.image) > 0
    return rgb(p, area)[shape]


def warmth(px: np.ndarray) -> float:
    return float(px[:, 0].mean() / max(1.0, px[:, 2].mean()))


def test_7723_stays_white_at_dusk_while_the_ground_goes_orange(launch) -> None:
    p = in_the_backyard(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", lights=(), cast=(Cast("7723", "start", face="down"),)))
    p.run(3)
    bot = stage.direction.find("7723")
    ox, oy = stage.offset()
    ground = bot.rect.move(ox, oy).move(-3 * bot.rect.w, 0)  # bare ground three of him to his left
    day, day_ground = his_pixels(p, bot), rgb(p, ground).reshape(-1, 3)
    direct(stage, ev.Stage("s", time="dusk"))
    p.run(3)
    dusk, dusk_ground = his_pixels(p, bot), rgb(p, ground).reshape(-1, 3)
    assert warmth(dusk_ground) > 1.5 * warmth(day_ground), "the ground takes the dusk's orange"
    assert warmth(dusk) < 1.3 * warmth(day), ("he keeps his own white", warmth(day), warmth(dusk))
    assert dusk.mean() < day.mean(), "but the dusk still dims him"
    direct(stage, ev.Stage("s", time="night"))
    p.run(3)
    assert his_pixels(p, bot).mean() < 0.7 * day.mean(), "at night he is lit by the night, not glowing"


def test_soften_touches_only_the_sprites_pixels() -> None:
    light = pygame.Surface((20, 20))
    light.fill((200, 120, 60))
    sprite = pygame.Surface((8, 8), pygame.SRCALPHA)
    sprite.fill((0, 0, 0, 0))
    sprite.fill((255, 255, 255, 255), pygame.Rect(2, 2, 4, 4))
    soften(light, [(sprite, pygame.Rect(16, 16, 8, 8))])  # half off the edge: clipped, no error
    soften(light, [(sprite, pygame.Rect(4, 4, 8, 8))])
    assert light.get_at((5, 5))[:3] == (200, 120, 60), "outside the sprite's shape the light is the map's"
    r, g, b = light.get_at((7, 7))[:3]
    assert r - b < 140 - 40 and r > b, ("its hue mostly gone, a little kept", (r, g, b))
    assert light.get_at((18, 18))[:3] != (200, 120, 60), "the clipped one is softened where on the light"

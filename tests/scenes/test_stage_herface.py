"""The lights `her_faces` and `first_sight`: Mai's face among 7723's memories. Where the words say
the holograms show her face over and over, a dozen small faces hang round his ring; where they say
her face leans in enormous, the first face is played big over him. Each is drawn only while its
light is on."""

from __future__ import annotations

import numpy as np
import pygame
from test_props_drawn import pixels
from test_stage_memories import round_him
from test_stage_play import on_the_map

from game.scenes import herface
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast


def over_him(p, w) -> np.ndarray:
    """The window's pixels in a tall box over where `w` stands (where the first face hangs)."""
    p.run(1)
    box = pygame.Rect(0, 0, 120, 120)
    box.midbottom = w.rect.center
    return pixels(p, box).astype(int)


def test_her_faces_hang_round_him_and_the_first_one_big_over_him(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="midnight", cast=(Cast("7723", "bench", face="down"),)))
    bot = stage.direction.find("7723")
    stage.t = 0.0
    plain, plain_over = round_him(p, bot), over_him(p, bot)
    direct(stage, ev.Stage("s", lights=("her_faces",)))
    assert "her_faces" in stage.lighting.lights
    stage.t = 0.0
    faces = round_him(p, bot)
    assert (np.abs(faces - plain).sum(axis=2) > 40).sum() > 300, "a dozen of her faces round him"
    direct(stage, ev.Stage("s", lights=("first_sight",)))
    stage.t = 0.0
    big = over_him(p, bot)
    changed = np.abs(big - plain_over).sum(axis=2) > 40
    assert changed.sum() > 1500, "her face, enormous, over him"
    direct(stage, ev.Stage("s", lights=()))
    stage.t = 0.0
    assert (np.abs(over_him(p, bot) - plain_over).sum(axis=2) > 40).sum() < 50, "gone with the light"


def test_the_first_face_is_her_face_in_cyan_light() -> None:
    pygame.init()
    face = pygame.Surface((96, 96), pygame.SRCALPHA)
    face.fill((0, 0, 0, 0))
    pygame.draw.circle(face, (240, 200, 170, 255), (48, 40), 24)  # skin
    pygame.draw.circle(face, (20, 20, 30, 255), (40, 38), 3)  # an eye
    img, pane = herface._holo(face, 1.0, True)
    skin, eye, outside = img.get_at((56, 48)), img.get_at((40, 38)), img.get_at((2, 2))
    assert skin.b > 150 and skin.b >= skin.r, "the skin bright, in cyan"
    assert eye.b < 60, "the eye dark"
    assert tuple(outside)[:3] == (0, 0, 0), "nothing added round it"
    assert pane.get_at((56, 48))[:3] == herface.PANE and pane.get_at((2, 2))[:3] == (255, 255, 255)

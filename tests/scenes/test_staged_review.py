"""The memory review staged in the dark garage: 7723's light and face, and a deletion held as a moment."""

from __future__ import annotations

from pathlib import Path

import pygame
from garden_steps import to_review

from game.scenes.garage_stage import CHEST
from game.scenes.review_sections import COMMIT_TIME
from game.story import events as ev
from tools.art import garage_backdrop, png


def frame(p) -> pygame.Surface:
    """The logical frame (640×360) as the player sees it."""
    return p.app.canvas.surface.copy()


def brightness(surf: pygame.Surface, centre: tuple[int, int], half: int = 10) -> float:
    r = pygame.Rect(0, 0, half * 2, half * 2)
    r.center = centre
    total = 0
    for y in range(r.top, r.bottom, 2):
        for x in range(r.left, r.right, 2):
            c = surf.get_at((x, y))
            total += c.r + c.g + c.b
    return total / ((half * half) * 3)


def test_the_review_is_lit_by_his_chest_and_shows_his_face(launch):
    p = launch("garden")
    to_review(p)
    p.run(5)
    scene = p.top
    shot = frame(p)
    near = brightness(shot, (CHEST[0] + 24, CHEST[1] - 40))  # the wall beside him, lit by his chest
    far = brightness(shot, (600, 180))  # the same wall across the room
    assert near > far * 1.5, (near, far)
    assert scene.expression == "neutral"
    face = scene.stage.face(scene.expression, 48)
    assert shot.get_at((16 + 4 + 24, 252 + 2 + 24)) == face.get_at((24, 24)), "his portrait by the details"


def test_marking_a_card_changes_his_face(launch):
    p = launch("garden")
    to_review(p)
    scene = p.top
    calm = scene.expression
    p.press("right")
    p.press("return")  # mark Returned (weight 4)
    assert scene.marked == ["returned"]
    assert scene.expression != calm
    p.press("return")  # unmark: calm again
    assert scene.expression == calm


def test_a_deletion_holds_its_moment_then_fades_back(launch):
    p = launch("garden")
    to_review(p)
    scene = p.top
    p.press("right")
    p.press("return")
    p.press("down")
    p.press("return")
    p.on("Prompt")
    p.press("up")
    p.press("return")  # Delete
    assert scene.committing and scene.expression == "sad"
    shots = []
    frames = 0
    while isinstance(p.rt.event, ev.Review):
        shots.append(frame(p))
        p.run(1)
        frames += 1
        assert frames < 400
    assert frames >= int(COMMIT_TIME * 60) - 6, "the answer waits for the moment to end"
    assert p.names()[-1] == "Fade", "the night fades back in rather than cutting"
    p.until(lambda: p.names()[-1] != "Fade", limit=120)
    back = frame(p)
    early = shots[20]
    assert any(early.get_at((x, 200)) != back.get_at((x, 200)) for x in range(0, 640, 8))
    assert p.rt.core.gaps == ["returned"]


def test_a_deletion_under_reduce_motion_is_a_plain_fade(launch):
    p = launch("garden")
    p.ctx.settings.reduce_motion = True
    to_review(p)
    scene = p.top
    p.press("right")
    p.press("return")
    p.press("down")
    p.press("return")
    p.on("Prompt")
    p.press("up")
    p.press("return")
    p.run(30)
    assert scene.committing
    assert not scene.dissolve._cut, "no squares fly apart: the card only fades"
    p.until(lambda: not isinstance(p.rt.event, ev.Review), limit=240)


def test_the_garage_backdrops_are_the_ones_the_script_paints():
    """`tools/art/garage_backdrop.py` makes the same bytes that are committed (no stale art)."""
    root = Path(__file__).resolve().parents[2] / "assets"
    for rel, rgba in garage_backdrop.pictures():
        assert (root / rel).read_bytes() == png.encode(rgba), rel

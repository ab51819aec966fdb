"""The REBOOT as a sequence (his light out, the dark, the boot text, the first light) and the credits
over pictures that name the film."""

from __future__ import annotations

from pathlib import Path

import pygame
import yaml
from test_scene_ending import to_reboot
from test_scene_motion import flashes_per_second

from game.scenes.boot import FLASH, RISE, TYPED
from game.scenes.credits import BAND

ROOT = Path(__file__).resolve().parents[2]


def begin(p):
    scene = to_reboot(p, [])
    p.press("return")  # begin (nothing to order)
    p.on("Prompt")
    p.press("up")
    p.press("return")
    assert scene.phase == "flash"
    return scene


def mean(surf: pygame.Surface) -> tuple[float, float, float]:
    small = pygame.transform.smoothscale(surf, (32, 18))
    px = [small.get_at((x, y)) for y in range(18) for x in range(32)]
    return tuple(sum(c[i] for c in px) / len(px) for i in range(3))


def test_the_reboot_is_never_grey_and_its_boot_text_is_teal_on_dark(launch):
    p = launch("end")
    scene = begin(p)
    levels = []
    while p.top is scene:
        shot = p.ctx.window.surface
        r, g, b = mean(shot)
        grey = abs(r - g) < 8 and abs(g - b) < 8 and r > 60
        assert not grey, f"a grey frame at {scene.play_t:.2f}s: {(r, g, b)}"
        levels.append((r + g + b) / 3)
        if FLASH + 0.3 < scene.play_t < TYPED:
            teal = dark = 0
            for y in range(150, 360, 2):
                for x in range(300, 800, 2):
                    c = shot.get_at((x, y))
                    teal += c.g > 150 and c.b > 150 and c.r < 120
                    dark += c.r + c.g + c.b < 40
            assert teal > 20, "the boot text is typed in his teal"
            assert dark > 0.8 * (105 * 250), "on black"
        p.run(1)
    assert flashes_per_second(levels) <= 3
    assert len(levels) / 60 >= RISE, "a sequence of seconds, not a flash"
    p.on("EndingScene", limit=60)


def test_the_reboot_under_reduce_motion_shows_whole_lines(launch):
    p = launch("end")
    p.ctx.settings.reduce_motion = True
    scene = begin(p)
    p.until(lambda: scene.play_t > TYPED, limit=400)
    p.until(lambda: p.names()[-1] == "EndingScene", limit=400)


def test_the_credits_name_the_film_its_makers_and_the_team():
    credits = yaml.safe_load((ROOT / "story" / "game.yaml").read_text(encoding="utf-8"))["credits"]
    text = "\n".join(credits)
    for words in ("Next Gen (2018)", "Kevin R. Adams", "Joe Ksander", "7723 by Wang Nima", "Charlyne Yi · Mai",
                  "John Krasinski · 7723", "Jason Sudeikis · Justin Pin", "Michael Peña · Momo",
                  "David Cross · Dr. Tanner Rice", "Constance Wu · Molly Su", "Memory Core team"):
        assert words in text, words
    for role in ("Story", "Pictures", "Maps", "Music and sound", "Code", "Testing"):
        assert any(line.startswith(role) for line in credits), role
    assert "pygame-ce" in credits[-1], "the libraries close the credits, in a line of their own"


def test_the_credits_roll_over_pictures(launch):
    p = launch("end")
    begin(p)
    p.until(lambda: p.names()[-1] == "EndingScene", limit=400)
    p.run(60)
    p.press("return")  # to the credits
    assert p.top.phase == "credits"
    p.run(30)
    surf = p.app.canvas.surface
    colours = {tuple(surf.get_at((x, y)))[:3] for y in range(0, 360, 3) for x in range(0, BAND.x, 3)}
    assert len(colours) > 8, "a picture beside the words, not the plain night sky (three colours)"

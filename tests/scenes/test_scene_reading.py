"""Reading comfort in the window: focus that shows in high contrast, text sizes, fonts, box opacity."""

from __future__ import annotations

import pygame
import pytest
from garden_steps import to_choice, to_review

from game.engine import fonts
from game.engine.settings import Settings


def to_menu(p) -> None:
    """The garden's choice, with its menu of options on screen."""
    to_choice(p)
    p.until(lambda: p.names()[-1] == "DialogueScene" and p.top.menu is not None)


def changed(p, move: str) -> int:
    """Window pixels that differ after pressing `move`: what the player sees the focus do."""
    p.run(2)
    before = p.ctx.window.surface.copy()
    p.press(move)
    after = p.ctx.window.surface
    w, h = after.get_size()
    return sum(1 for x in range(0, w, 2) for y in range(0, h, 2) if before.get_at((x, y)) != after.get_at((x, y)))


def high_contrast(p) -> None:
    p.ctx.settings.large_text = True
    p.run(1)


def test_high_contrast_focus_shows_on_the_title(launch):
    p = launch()
    high_contrast(p)
    p.on("TitleScene")
    p.until(lambda: p.top.menu.items[0].enabled or p.ctx.loader is None)
    assert changed(p, "down") > 200, "pressing Down moves a focus the player can see"


def test_high_contrast_focus_shows_on_a_dialogue_choice(launch):
    p = launch("garden")
    high_contrast(p)
    to_menu(p)
    assert len(p.top.menu.items) > 1
    assert changed(p, "down") > 200


def test_high_contrast_focus_shows_on_the_delete_prompt(launch):
    p = launch("garden")
    high_contrast(p)
    to_review(p)
    p.press("right")
    p.press("return")  # mark a memory
    p.press("down")
    p.press("return")
    p.on("Prompt")
    assert p.top.danger
    assert changed(p, "up") > 200, "the irreversible answer shows it has the focus"


def test_high_contrast_focus_shows_in_the_settings(launch):
    p = launch()
    high_contrast(p)
    p.on("TitleScene")
    p.top.menu.index = 3
    p.press("return")
    p.on("SettingsScene")
    assert changed(p, "down") > 200


@pytest.mark.parametrize("size", ["small", "large", "huge"])
def test_text_sizes_change_the_text(launch, size):
    p = launch()
    p.on("TitleScene")
    normal = p.ctx.theme.text_scale
    canvas = p.app.canvas
    canvas.text_scale = normal
    w0 = canvas.measure("New game", 16)[0]
    p.ctx.settings.text_size = size
    p.run(1)
    assert p.ctx.theme.text_scale != normal
    w1 = canvas.measure("New game", 16)[0]
    assert (w1 < w0) if size == "small" else (w1 > w0)


def test_text_size_and_font_are_chosen_in_the_settings_and_kept(launch, tmp_path):
    p = launch()
    p.on("TitleScene")
    p.top.menu.index = 3
    p.press("return")
    p.on("SettingsScene")
    menu = p.top.menu
    for value, key in (("text_size", "right"), ("font", "right"), ("box_opacity", "left"),
                       ("reduce_motion", "return"), ("self_voicing", "return")):
        menu.index = [i.value for i in menu.items].index(value)
        p.press(key)
    s = p.ctx.settings
    assert (s.text_size, s.font, s.box_opacity, s.reduce_motion, s.self_voicing) == ("large", "legible", 0.9,
                                                                                     True, True)
    p.press("escape")
    kept = Settings.load(tmp_path / "cfg")
    assert (kept.text_size, kept.font, kept.box_opacity, kept.reduce_motion) == ("large", "legible", 0.9, True)


def test_a_settings_file_cannot_name_a_font_or_size_that_does_not_exist():
    s = Settings.from_dict({"text_size": "gigantic", "font": "../../etc/passwd", "box_opacity": 7,
                            "reduce_motion": "yes", "self_voicing": 1})
    assert (s.text_size, s.font, s.box_opacity, s.reduce_motion, s.self_voicing) == ("normal", "default", 1.0,
                                                                                     False, False)


def test_the_legible_font_comes_from_its_package():
    path = fonts.font_file("legible")
    assert path is not None and path.endswith("AtkinsonHyperlegible-Regular.ttf")


@pytest.mark.parametrize("name", ["legible", "dyslexic"])
def test_each_font_draws_its_own_letters_or_falls_back(launch, name):
    p = launch()
    p.on("TitleScene")
    p.run(2)
    before = p.ctx.window.surface.copy()
    p.ctx.settings.font = name
    p.run(2)
    assert p.ctx.text.font_file == fonts.face(name)[0]
    if fonts.available(name):
        after = p.ctx.window.surface
        diff = sum(1 for x in range(0, 1280, 3) for y in range(400, 720, 3)
                   if before.get_at((x, y)) != after.get_at((x, y)))
        assert diff > 100, "the menu reads in the other face"


def test_a_missing_font_reads_in_the_default_face(monkeypatch):
    monkeypatch.setattr(fonts, "DYSLEXIC_PLACES", ())
    monkeypatch.setattr(pygame.font, "match_font", lambda name: None)
    fonts.font_file.cache_clear()
    try:
        assert fonts.face("dyslexic") == (None, None)
        assert not fonts.available("dyslexic")
    finally:
        fonts.font_file.cache_clear()


def test_the_text_box_opacity_lets_the_place_show_through(launch):
    p = launch("garden")
    p.until(lambda: p.names()[-1] == "DialogueScene", key=None)
    p.run(2)
    box = pygame.Rect(40 * 2, 300 * 2, 500 * 2, 40 * 2)
    solid = p.ctx.window.surface.subsurface(box).copy()
    p.ctx.settings.box_opacity = 0.3
    p.run(2)
    faint = p.ctx.window.surface.subsurface(box)
    assert pygame.transform.average_color(faint) != pygame.transform.average_color(solid)
    p.ctx.settings.large_text = True  # high contrast keeps the box opaque
    assert p.ctx.theme.panel_opacity == 1.0

"""Reading: key words marked in a line, a choice of text colour, the box at the top or the bottom,
and lines that stay inside their box at every text size (ACCESSIBILITY.md)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.engine.theme import BODY, TEXT_COLOURS
from game.scenes.dialogue import BOX, DialogueScene
from game.scenes.loading import load_story
from game.story import events as ev
from game.story.markup import marked_words, parse, plain

PINK = (255, 72, 160)  # the speaker's colour in these lines


def line(text: str, speaker: bool = True) -> ev.Line:
    if speaker:
        return ev.Line("a11y.1", "mai", "Mai", text, "neutral", "#ff48a0")
    return ev.Line("a11y.1", None, "", text, "neutral")


def show(p, e: ev.Line | ev.Choice, before: ev.Line | None = None) -> DialogueScene:
    """The line (or choice) on screen, typed out whole, over the title."""
    scene = DialogueScene(p.ctx, e, line=before)
    p.ctx.scenes.push(scene)
    p.until(lambda: scene.box.done, limit=300)
    p.run(3)
    return scene


def window_pixels(p, rect: pygame.Rect) -> np.ndarray:
    """The window's pixels over a logical rectangle, as (x, y, rgb)."""
    x, y, _w, _h, s = p.ctx.window.viewport()
    area = pygame.Rect(x + rect.x * s, y + rect.y * s, rect.w * s, rect.h * s)
    return pygame.surfarray.array3d(pygame.display.get_surface().subsurface(area))


def count(pixels: np.ndarray, color: tuple[int, int, int]) -> int:
    return int(np.all(pixels == np.array(color), axis=2).sum())


def longest_run(pixels: np.ndarray, color: tuple[int, int, int]) -> int:
    """The longest horizontal run of pixels exactly `color`: a line drawn under words."""
    hits = np.all(pixels == np.array(color), axis=2)  # (x, y)
    best = 0
    for row in hits.T:
        run = 0
        for on in row:
            run = run + 1 if on else 0
            best = max(best, run)
    return best


def open_setting(p, value: str) -> None:
    """From the title, into Settings, the focus on the row of `value` (real key presses)."""
    p.on("TitleScene")
    while p.top.menu.items[p.top.menu.index].value != "settings":
        p.press("down")
    p.press("return")
    p.on("SettingsScene")
    for _ in range(len(p.top.menu.items)):
        if p.top.menu.items[p.top.menu.index].value == value:
            return
        p.press("down")
    raise AssertionError(f"no setting {value}")


def test_the_markup_takes_out_the_marks_and_keeps_the_words():
    assert parse("The *core* is full.") == ("The core is full.", frozenset(range(4, 8)))
    assert plain("It was *all of it*, *Mai*.") == "It was all of it, Mai."
    assert marked_words("It was *all of it*, *Mai*.") == ["all of it", "Mai"]
    assert plain("2 * 3 is six, and a lone * stays") == "2 * 3 is six, and a lone * stays"
    assert plain("**") == "**" and plain("* spaced *") == "* spaced *"


def test_a_marked_word_is_drawn_in_the_speakers_colour_and_underlined(launch):
    p = launch()
    p.on("TitleScene")
    scene = show(p, line("The *memory core* is full tonight."))
    assert scene.box.plain == "The memory core is full tonight."
    assert scene.box.spoken() == ["Mai: The memory core is full tonight."], "self-voicing reads no asterisks"
    marked = window_pixels(p, scene.box.text_rect)
    pygame.image.save(pygame.display.get_surface(), "/tmp/a11y/marked.png") if Path("/tmp/a11y").is_dir() else None
    scene.dismiss()
    p.run(2)
    scene = show(p, line("The memory core is full tonight."))
    unmarked = window_pixels(p, scene.box.text_rect)
    assert count(unmarked, PINK) == 0, "unmarked text is in the text colour only"
    assert count(marked, PINK) > 200, "the marked words take the speaker's colour"
    s = p.ctx.window.scale
    width = p.ctx.text.font(round(BODY * s)).size("memory core")[0]
    assert longest_run(marked, PINK) >= width * 0.9, "and a line under them: stressed by shape, not colour alone"
    assert longest_run(unmarked, PINK) == 0


def test_marked_narration_is_stressed_too_and_types_out_by_its_plain_length(launch):
    p = launch()
    p.on("TitleScene")
    p.ctx.settings.text_speed = "slow"
    scene = DialogueScene(p.ctx, line("Nobody *saw* it.", speaker=False))
    p.ctx.scenes.push(scene)
    p.run(3)
    assert 0 < scene.box.shown < len("Nobody saw it.")
    p.until(lambda: scene.box.done, limit=300)
    assert scene.box.shown == len("Nobody saw it.")
    p.run(2)
    yellow = TEXT_COLOURS["yellow"]  # the mark on narration's hologram blue
    assert longest_run(window_pixels(p, scene.box.text_rect), yellow) > 20


def test_the_text_colour_is_chosen_in_the_settings(launch):
    p = launch()
    open_setting(p, "text_colour")
    for name in ("cream", "yellow", "soft", "standard"):
        p.press("right")
        assert p.ctx.settings.text_colour == name
        assert p.ctx.theme.text == TEXT_COLOURS[name]
    p.press("right")
    assert p.ctx.settings.text_colour == "cream"
    p.press("escape")
    p.on("TitleScene")
    scene = show(p, line("A plain line of text to read."))
    pixels = window_pixels(p, scene.box.text_rect)
    assert count(pixels, TEXT_COLOURS["cream"]) > 200, "the line is drawn in cream"
    assert count(pixels, TEXT_COLOURS["standard"]) < 20, "not in the standard white (the panel's art aside)"
    scene.dismiss()
    p.ctx.settings.text_colour = "yellow"
    p.ctx.settings.large_text = True  # on high contrast's opaque panels too
    p.run(2)
    scene = show(p, line("Another plain line of text."))
    assert count(window_pixels(p, scene.box.text_rect), TEXT_COLOURS["yellow"]) > 200
    saved = (p.ctx.settings.path.read_text(encoding="utf-8"))
    assert '"text_colour": "cream"' in saved, "kept between sessions (saved when the settings closed)"


def test_the_text_box_moves_to_the_top_and_its_choices_hang_below_it(launch):
    p = launch()
    open_setting(p, "box_position")
    p.press("right")
    assert p.ctx.settings.box_position == "top"
    p.press("escape")
    p.on("TitleScene")
    scene = show(p, line("Up here, the box leaves the floor clear."))
    assert scene.box.rect.top < 60 and scene.box.rect.bottom < 180
    assert scene.box.rect.top - 17 >= 22, "the name plate stays below the HUD's band"
    top = window_pixels(p, scene.box.text_rect)
    assert (top.max(axis=2) > 200).sum() > 200, "the line is drawn up there"
    scene.dismiss()
    p.run(2)
    said = line("Which way?")
    choice = ev.Choice("a11y.c", "choice", (ev.Option(0, "a11y.c.1", "Run"), ev.Option(1, "a11y.c.2", "Walk")))
    scene = show(p, choice, before=said)
    assert scene.menu.rect.top > scene.box.rect.bottom, "the choices below the box"
    p.press("down")
    p.press("return")
    assert p.top is not scene
    p.ctx.settings.box_position = "bottom"
    scene = show(p, line("Down here, as it always was."))
    assert scene.box.rect == BOX


def test_every_shipped_line_stays_inside_its_box_at_every_text_size(launch):
    """Clearly laid out text: however large the text, the longest lines of the story keep inside
    the box (it grows), and the box inside the screen."""
    story, _diags = load_story(Path(__file__).parents[2] / "story")
    assert story is not None
    texts = [t for k, t in story.strings.items() if not k.startswith("memory.")]
    p = launch()
    p.on("TitleScene")
    for size in ("normal", "large", "huge"):
        for large in (False, True):
            p.ctx.settings.text_size, p.ctx.settings.large_text = size, large
            p.run(1)
            canvas = p.app.canvas
            longest = max(texts, key=lambda t: canvas.measure(plain(t), BODY, 482)[1])
            for speaker in (True, False):
                scene = show(p, line(longest, speaker))
                box, tr = scene.box.rect, scene.box.text_rect
                _w, h = canvas.measure(scene.box.plain, BODY, tr.w)
                assert tr.top + h <= box.bottom, f"{size} {large}: {longest!r} runs out of its box"
                assert box.top >= 20 and box.bottom <= 360
                scene.dismiss()
                p.run(1)

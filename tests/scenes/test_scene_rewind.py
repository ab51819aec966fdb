"""The comforts a visual-novel player reaches for, with real events: the mouse wheel and Page Up
step back through what was said (undoing a choice, a deletion), skipping passes only what was read
before, auto-advance goes on by itself and waits at a choice, and the log survives a load."""

from __future__ import annotations

import pygame
from garden_steps import to_review

from game.story import events as ev


def wheel(p, y: int, frames: int = 2) -> None:
    pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False, precise_x=0.0,
                                         precise_y=float(y), which=0))
    p.run(frames)


def walk_ready(p) -> None:
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")


def at_line(p, text: str) -> None:
    p.until(lambda: p.names()[-1] == "DialogueScene" and p.top.box.line is not None
            and text in p.top.box.line.text and p.top.menu is None)


def test_the_wheel_rewinds_a_choice_and_goes_forward_again(launch):
    p = launch("garden")
    walk_ready(p)
    p.press("left ctrl")  # the place off the map
    p.on("DialogueScene")
    p.press("return")  # the gate
    at_line(p, "Let's go")
    assert p.rt.state.node == "gate" and p.history[-1].text == "› The gate"
    wheel(p, 1)
    p.until(lambda: p.top is p.play and p.play.stage.walking)
    assert isinstance(p.rt.event, ev.Choice) and p.rt.event.kind == "explore"
    assert p.rt.state.node == "look" and p.history[-1].text == "The garden is quiet."
    wheel(p, -1)  # forward again, to where she was
    at_line(p, "Let's go")
    assert p.history[-1].text == "› The gate"


def test_page_up_on_the_next_beat_undoes_a_deletion(launch):
    p = launch("garden")
    walk_ready(p)
    p.play.choose(0)  # the bench, as if walked to
    p.until(lambda: isinstance(p.rt.event, ev.Choice) and p.rt.event.kind == "explore", key="return")
    p.play.choose(1)  # the gate
    p.until(lambda: isinstance(p.rt.event, ev.Choice) and p.rt.event.kind == "choice", key="return")
    p.press("return")  # Run
    p.on("ReviewScene")
    p.press("right")  # Returned
    p.press("return")  # mark it
    p.press("down")
    p.press("return")
    p.on("Prompt")
    p.press("up")  # Delete
    p.press("return")
    p.until(lambda: p.rt.core.gaps == ["returned"] and p.names()[-1] == "BeatCard", limit=400)
    p.press("page up")
    p.on("ReviewScene", limit=200)
    assert p.rt.core.gaps == [] and "returned" in p.rt.core.pending + p.rt.core.held
    assert p.play.start.beat == "garden", "back on the garden's stage"


def test_skipping_passes_what_was_read_and_stops_at_an_unseen_line(launch):
    p = launch("garden")
    at_line(p, "quiet")
    first = p.top
    p.hold("left ctrl", 30)  # never read before: holding skip does not pass it
    p.press("f")  # nor does skipping turned on
    assert p.top is first and not p.play.pace.skipping
    walk_ready(p)
    p.press("page up")  # back to the line, read now
    at_line(p, "quiet")
    p.press("f")
    p.until(lambda: p.top is p.play and p.play.stage.walking, limit=30)  # skipped past it, no key pressed
    assert isinstance(p.rt.event, ev.Choice)  # a place to choose stops the skipping
    assert not p.play.pace.skipping
    p.ctx.settings.skip_unseen = True  # the setting that skips everything
    p.press("left ctrl")
    p.on("DialogueScene")
    p.press("return")  # the gate, never read
    at_line(p, "Let's go")
    p.hold("left ctrl", 12)
    p.until(lambda: p.top.menu is not None, limit=30)
    assert p.top.event.kind == "choice"


def test_auto_advance_goes_on_by_itself_and_waits_at_a_choice(launch):
    p = launch("end")
    at_line(p, "I remember you")
    p.ctx.settings.auto_speed = "fast"
    p.press("o")
    assert p.play.pace.auto
    p.until(lambda: isinstance(p.rt.event, ev.Choice), limit=200)  # no key pressed
    p.run(300)
    assert isinstance(p.rt.event, ev.Choice) and p.top.menu is not None, "a choice waits for the player"
    assert p.play.pace.auto, "auto-advance is paused, not turned off"


def test_the_log_after_a_load_shows_what_was_said_before_it(launch):
    p = launch("garden")
    walk_ready(p)
    p.play.choose(0)  # the bench
    p.until(lambda: isinstance(p.rt.event, ev.Choice) and p.rt.event.kind == "explore", key="return")
    said = [s.text for s in p.history]
    assert said[-1].startswith("A bench")
    p.press("f5")
    p.press("f9")
    p.until(lambda: p.play is not None and p.top is p.play, limit=200)
    p.press("l")
    p.on("HistoryScene")
    assert [s.text for s in p.top.entries] == said
    p.press("escape")
    p.press("page up")  # and back past the point where it was saved
    at_line(p, "A bench")


def test_skip_and_auto_settings_are_chosen_in_the_menu_and_kept(launch, tmp_path):
    from game.engine.settings import Settings

    p = launch()
    p.on("TitleScene")
    p.top.menu.index = [i.label for i in p.top.menu.items].index("Settings")
    p.press("return")
    p.on("SettingsScene")
    menu = p.top.menu
    for value, key in (("auto_speed", "right"), ("skip_unseen", "return")):
        menu.index = [i.value for i in menu.items].index(value)
        p.press(key)
    assert (p.ctx.settings.auto_speed, p.ctx.settings.skip_unseen) == ("fast", True)
    p.press("escape")
    kept = Settings.load(tmp_path / "cfg")
    assert (kept.auto_speed, kept.skip_unseen) == ("fast", True)
    assert kept.auto_delay(10) == 1.0 and kept.auto_delay(100) == 3.0, "a least wait, then per character"
    broken = Settings.from_dict({"auto_speed": "warp", "skip_unseen": "yes"})
    assert (broken.auto_speed, broken.skip_unseen) == ("normal", False)


def test_page_up_on_the_review_goes_back_to_before_it(launch):
    p = launch("garden")
    to_review(p)
    p.press("pageup")
    p.until(lambda: not isinstance(p.rt.event, ev.Review), limit=60)
    assert isinstance(p.rt.event, ev.Choice | ev.Line), p.rt.event

"""The comforts around play: a confirm before quitting, a calm title after the credits, the window's
scale and fullscreen, pad buttons rebound, quick saves, pages of slots, and what is logged."""

from __future__ import annotations

import pygame


def walk_ready(p) -> None:
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")


def to_quit(p) -> None:
    """Move the title's menu to Quit and pick it."""
    p.press("up")
    assert p.top.menu.items[p.top.menu.index].label == "Quit"
    p.press("return")


def test_quit_on_the_title_asks_first_and_can_be_cancelled(launch):
    p = launch()
    p.on("TitleScene")
    to_quit(p)
    p.on("Prompt")
    assert not p.ctx.quit_requested, "nothing quits before the answer"
    p.press("escape")  # back: stay
    p.on("TitleScene")
    assert not p.ctx.quit_requested
    p.press("return")  # Quit again, still focused
    p.on("Prompt")
    p.press("down")  # Stay
    p.press("return")
    p.on("TitleScene")
    assert not p.ctx.quit_requested
    p.press("return")
    p.on("Prompt")
    p.press("return")  # Quit
    assert p.ctx.quit_requested


def test_quit_in_the_pause_menu_asks_first_and_saves(launch, tmp_path):
    p = launch("garden")
    walk_ready(p)
    p.press("tab")
    p.on("PauseScene")
    p.press("up")  # Quit (from Resume, around)
    p.press("return")
    p.on("Prompt")
    p.press("escape")
    p.on("PauseScene")
    assert not p.ctx.quit_requested
    p.press("return")
    p.on("Prompt")
    (tmp_path / "saves" / "autosave.json").unlink()
    p.press("return")
    assert p.ctx.quit_requested
    assert (tmp_path / "saves" / "autosave.json").exists(), "quitting keeps the player's place"


def test_the_window_close_button_quits_at_once(launch):
    p = launch("garden")
    walk_ready(p)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    p.run(1)
    assert p.ctx.quit_requested


def to_credits_end(p) -> None:
    """Play the last beat to the end of the credits, holding Enter through them to roll them faster."""
    from game.story import events as ev

    p.rt.state.core.held = []
    p.until(lambda: isinstance(p.rt.event, ev.Choice), key="return")
    p.until(lambda: p.names()[-1] == "DialogueScene" and p.top.menu is not None)
    p.press("return")  # Let go
    p.on("RebootScene")
    p.press("return")
    p.on("Prompt")
    p.press("up")
    p.press("return")
    p.until(lambda: p.names()[-1] == "EndingScene", limit=300)
    p.run(60)
    p.press("return")  # to the credits
    assert p.top.phase == "credits"
    code = pygame.key.key_code("return")
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0))
    p.until(lambda: p.top.credits_done, limit=2000)


def test_a_key_held_through_the_credits_does_not_start_a_game(launch):
    p = launch("end")
    to_credits_end(p)
    p.press("escape")  # leave the credits (Enter still held from rolling them)
    p.on("TitleScene", limit=200)
    code = pygame.key.key_code("return")
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=code, mod=0, unicode="", scancode=0))
    p.run(1)
    p.press("return")  # mashed at once, as the title comes up
    p.run(5)
    assert p.names() == ["TitleScene"] and p.play is None, "the title ignored it"
    p.run(30)  # half a second later the title listens
    p.press("return")
    p.until(lambda: p.play is not None, limit=200)

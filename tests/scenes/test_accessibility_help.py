"""Help while playing: the objective and the controls from the pause menu, tips the first time a
screen comes up, chapters to practise without touching the saves, and marks that do not rely on
colour (ACCESSIBILITY.md)."""

from __future__ import annotations

import numpy as np
import pygame
from garden_steps import to_choice, to_review

from game.scenes import tips
from game.story import events as ev


def walk_ready(p) -> None:
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")


def pause_to(p, value: str) -> None:
    """Open the pause menu and move its focus to `value` with the arrow keys."""
    p.press("tab")
    p.on("PauseScene")
    for _ in range(len(p.top.menu.items)):
        if p.top.menu.items[p.top.menu.index].value == value:
            return
        p.press("down")
    raise AssertionError(f"no {value} in the pause menu")


def tip_toasts(p) -> list[str]:
    return [t.text for t in p.ctx.toasts if t.text.startswith("Tip:")]


def test_the_pause_menu_says_where_mai_is_and_what_she_is_doing(launch):
    p = launch("garden")
    walk_ready(p)
    p.press("tab")
    p.on("PauseScene")
    goal = p.top.objective
    assert goal.where == "1. The Garden, A small walled garden"
    assert goal.goal.startswith("Look around A small walled garden: 2 things")
    assert goal.where in p.top.spoken() and goal.goal in p.top.spoken(), "self-voicing reads it too"
    assert p.top.rect.contains(pygame.Rect(100, 284, 440, 68)), "drawn under the menu"
    p.press("escape")
    to_review(p)
    p.press("tab")
    p.on("PauseScene")
    assert "free 1 slot" in p.top.objective.goal


def test_the_controls_card_lists_the_keys_and_buttons_bound_now(launch):
    p = launch("garden")
    walk_ready(p)
    p.ctx.settings.keys["log"] = ["k"]  # as rebinding in the settings leaves it
    p.ctx.input.bind(p.ctx.settings.keys)
    pause_to(p, "controls")
    p.press("return")
    p.on("ControlsScene")
    rows = {does: (keys, pad) for does, keys, pad in p.top.rows}
    assert rows["What was said (history)"] == ("K", "Y, Back")
    assert rows["Go on, choose, look"] == ("Return, Space, Z, Enter", "A")
    assert rows["Skip read lines: on or off"][0] == "F", "skipping without holding a key"
    assert any("K; pad Y, Back" in said for said in p.top.spoken())
    p.press("escape")
    p.on("PauseScene")


def test_tips_come_the_first_time_each_screen_does_and_are_kept(launch):
    p = launch("garden")
    walk_ready(p)
    assert tip_toasts(p) and "at a marked spot" in tip_toasts(p)[0]
    assert p.ctx.settings.tips_seen == ["explore"]
    assert '"explore"' in p.ctx.settings.path.read_text(encoding="utf-8"), "kept between sessions"
    p.ctx.toasts.clear()
    to_choice(p)
    assert tip_toasts(p) == [tips.tip_text(p.ctx, "choice")]
    p.press("return")  # Run
    p.on("ReviewScene")
    assert tip_toasts(p) == [tips.tip_text(p.ctx, "review")], "one tip at a time"
    assert p.ctx.settings.tips_seen == ["explore", "choice", "review"]
    p.ctx.toasts.clear()
    assert tips.offer(p.ctx, p.rt.event) is None, "once only"
    assert p.top.name == "review", "a tip takes no keys and waits on nothing"


def test_tips_can_be_turned_off(launch):
    p = launch()
    p.on("TitleScene")
    while p.top.menu.items[p.top.menu.index].value != "settings":
        p.press("down")
    p.press("return")
    p.on("SettingsScene")
    while p.top.menu.items[p.top.menu.index].value != "tips":
        p.press("down")
    p.press("return")
    assert p.ctx.settings.tips is False
    p.press("escape")
    p.on("TitleScene")
    p.ctx.flow.new_game("garden")
    walk_ready(p)
    assert not tip_toasts(p) and p.ctx.settings.tips_seen == []


def test_a_chapter_reached_is_practised_without_touching_the_saves(launch, tmp_path):
    p = launch("garden")
    walk_ready(p)
    autosave = tmp_path / "saves" / "autosave.json"
    kept = autosave.read_bytes()
    p.ctx.flow.leave()
    kept = autosave.read_bytes()  # where the player is, as leaving keeps it
    p.ctx.flow.to_title()
    p.on("TitleScene", limit=200)
    labels = [i.label for i in p.top.menu.items]
    assert labels == ["Continue", "New game", "Load", "Chapters", "Settings", "Quit"]
    while p.top.menu.items[p.top.menu.index].value != "chapters":
        p.press("down")
    p.press("return")
    p.on("ChaptersScene")
    assert [i.label for i in p.top.menu.items] == ["1. The Garden", "Back"], "only what was reached"
    p.press("return")
    p.until(lambda: p.play is not None, limit=300)
    assert p.ctx.session.store is None
    assert any("Practice" in t.text for t in p.ctx.toasts)
    to_review(p)
    p.press("down")
    p.press("left")  # "Keep everything": a Game Over, in practice
    p.press("return")
    p.on("Prompt")
    p.press("up")
    p.press("return")
    p.on("GameOverScene")
    p.run(70)
    p.press("return")
    p.on("ReviewScene")
    p.press("tab")
    p.on("PauseScene")
    assert not p.top.menu.items[1].enabled, "nothing to save a practice to"
    p.press("escape")
    p.on("ReviewScene")
    p.press("f5")
    assert any("not saved" in t.text for t in p.ctx.toasts), "the quick save key says so"
    p.ctx.flow.leave()
    p.run(5)
    assert autosave.read_bytes() == kept, "the player's game is as it was"


def test_no_chapters_before_anything_is_reached(launch):
    p = launch()
    p.on("TitleScene")
    assert "Chapters" not in [i.label for i in p.top.menu.items]


def grey(surface: pygame.Surface, rect: pygame.Rect) -> np.ndarray:
    rgb = pygame.surfarray.array3d(surface.subsurface(rect)).astype(float)
    return rgb @ np.array([0.299, 0.587, 0.114])


def test_a_card_marked_to_delete_differs_in_greyscale_not_only_in_colour(launch):
    p = launch("garden")
    to_review(p)
    scene = p.top
    p.press("right")
    p.press("right")
    p.ctx.toasts.clear()  # the tip in the corner is not part of the card
    p.run(2)
    x, y = scene.row.card_pos(2)
    card = pygame.Rect(x, y - 6, 112, 150).clip(p.app.canvas.rect)
    before = grey(p.app.canvas.surface, card)
    p.press("return")  # Enter marks a memory
    assert scene.marked == [scene.cards[2].id]
    p.run(3)
    after = grey(p.app.canvas.surface, card)
    changed = np.abs(after - before) > 24
    assert changed.mean() > 0.3, "the picture gives way to an empty gap: a change of shape, seen in grey"
    assert after.std() < before.std(), "the gap is plainer than the memory's picture"
    assert any("marked to delete" in said for said in scene.spoken()), "and it is said, not only shown"
    assert isinstance(p.rt.event, ev.Review)

"""Saving, quitting to the title, loading and continuing, as a player does it."""

from __future__ import annotations

import pygame

from game.story import events as ev


def walk_ready(p) -> None:
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")


def test_save_quit_load_continue(launch, tmp_path):
    p = launch("garden")
    walk_ready(p)
    p.hold("up", 20)
    before = p.rt.state.to_dict()
    p.press("tab")
    assert p.names()[-1] == "PauseScene"
    p.press("down")  # Save
    p.press("return")
    p.on("SlotsScene")
    p.press("return")  # slot 1, empty
    saves = tmp_path / "saves"
    assert (saves / "slot1.json").exists()
    assert (saves / "slot1.png").exists(), "a thumbnail beside the save"
    assert pygame.image.load(str(saves / "slot1.png")).get_size() == (160, 90)
    assert any("Saved" in t.text for t in p.ctx.toasts)
    p.press("escape")  # back to the pause menu
    for _ in range(5):
        p.press("down")  # Load, Settings, History, Controls, Title screen
    p.press("return")
    p.on("Prompt")
    p.press("return")
    p.on("TitleScene", limit=200)
    assert p.rt is None
    assert p.top.menu.items[0].enabled, "Continue is offered"
    # load slot 1 through the Load menu
    p.press("down")
    p.press("down")  # Continue, New game, Load
    p.press("return")
    p.on("SlotsScene")
    labels = [it.label for it in p.top.menu.items]
    assert labels[:2] == ["autosave", "slot1"]
    p.top.menu.index = 1
    p.press("return")
    p.until(lambda: p.play is not None, limit=200)
    assert p.rt.state.to_dict()["node"] == before["node"]
    assert p.rt.state.beat == "garden"


def test_continue_takes_the_newest_save(launch):
    p = launch("garden")
    walk_ready(p)
    p.play.choose(0)  # the bench: a different place than the autosave's
    p.press("tab")
    p.press("down")
    p.press("return")
    p.on("SlotsScene")
    p.press("down")
    p.press("return")  # slot 2
    p.press("escape")
    p.press("escape")
    node = p.rt.state.node
    p.ctx.flow.to_title()
    p.on("TitleScene", limit=200)
    p.press("return")  # Continue is the first item
    p.until(lambda: p.play is not None, limit=200)
    assert p.rt.state.node == node == "bench"


def test_a_damaged_save_is_listed_but_not_loaded(launch, tmp_path):
    p = launch()
    saves = tmp_path / "saves"
    saves.mkdir(parents=True, exist_ok=True)
    (saves / "slot3.json").write_text("{ this is not json")
    p.on("TitleScene")
    from game.scenes.slots import SlotsScene

    p.ctx.scenes.push(SlotsScene(p.ctx, "load"))
    p.run(2)
    item = next(it for it in p.top.menu.items if it.label == "slot3")
    assert not item.enabled and "damaged" in item.value.error
    p.run(2)  # and it draws without a traceback


def test_the_beat_start_autosaves(launch, tmp_path):
    p = launch("garden")
    p.until(lambda: isinstance(p.rt.event, ev.Line), key="return")
    assert (tmp_path / "saves" / "autosave.json").exists()


def test_leaving_twice_saves_once(launch, tmp_path):
    """Quit from the pause menu leaves, and then the window closing leaves again: one save, so the
    backup stays the beat's start instead of becoming a copy of the quit save."""
    p = launch("garden")
    walk_ready(p)
    p.play.choose(0)  # somewhere past the beat's start
    p.run(5)
    saves = tmp_path / "saves"
    p.ctx.flow.leave()
    first = (saves / "autosave.json").read_bytes()
    backup = (saves / "autosave.json.bak").read_bytes()
    p.ctx.flow.leave()
    assert (saves / "autosave.json").read_bytes() == first and (saves / "autosave.json.bak").read_bytes() == backup
    assert first != backup

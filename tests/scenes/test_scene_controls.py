"""The comforts around play: a confirm before quitting, a calm title after the credits, the window's
scale and fullscreen, pad buttons rebound, quick saves, pages of slots, and what is logged."""

from __future__ import annotations

import json
import logging
import warnings
from pathlib import Path

import pygame
from pygame._sdl2.video import Window as SDLWindow

from game import cli
from game.app import STAND_INS, play, show_stand_ins
from game.engine.assets import AssetError, Assets
from game.engine.settings import DEFAULT_PAD, Settings
from game.scenes.slots import NEXT, PREV
from game.story import events as ev

GARDEN = Path(__file__).parent / "fixtures" / "garden" / "story"


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


def windowed(launch, monkeypatch, desktop=None):
    """A real resizable window, as a player gets one (not the tests' fixed size), on `desktop`."""
    if desktop is not None:
        monkeypatch.setattr(pygame.display, "get_desktop_sizes", lambda: [desktop])
    return launch(fixed=False)


def open_settings(p) -> None:
    p.on("TitleScene")
    p.press("up")
    p.press("up")  # Settings (Quit, then Settings)
    p.press("return")
    p.on("SettingsScene")


def test_the_window_scale_setting_says_what_the_window_is(launch, monkeypatch):
    try:
        p = windowed(launch, monkeypatch, desktop=(1280, 720))
        assert p.ctx.settings.window_scale == 2, "the default asks for 2×"
        assert p.ctx.window.size == (640, 360), "2× does not fit a 720-pixel desktop with its taskbar"
        open_settings(p)
        menu = p.top.menu
        while menu.items[menu.index].value != "window_scale":
            p.press("down")
        assert menu.items[menu.index].detail == "1×"
        p.press("right")  # 2× is not offered: it would not fit
        assert menu.items[menu.index].detail == "1×" and p.ctx.window.size == (640, 360)
        p.press("left")
        assert menu.items[menu.index].detail == "1×" and p.ctx.window.size == (640, 360)
    finally:
        pygame.quit()


def test_leaving_fullscreen_gives_the_window_its_size_back(launch, monkeypatch):

    try:
        p = windowed(launch, monkeypatch)
        p.on("TitleScene")
        before = p.ctx.window.size
        p.press("f11")
        assert p.ctx.window.fullscreen
        full = p.ctx.window.size
        assert full != before
        p.press("f11")
        assert not p.ctx.window.fullscreen
        # the window manager hands the window back at the fullscreen size, as some do
        with warnings.catch_warnings():  # the only way to resize a window on the dummy driver
            warnings.simplefilter("ignore", DeprecationWarning)
            SDLWindow.from_display_module().size = full
        pygame.event.post(pygame.event.Event(pygame.WINDOWRESIZED, x=full[0], y=full[1]))
        p.run(3)
        assert p.ctx.window.size == before == p.ctx.window.windowed_size
    finally:
        pygame.quit()


def test_pad_buttons_are_rebound_in_the_settings(launch, tmp_path):
    p = launch()
    p.on("TitleScene")
    p.press("up")
    p.press("up")  # Settings
    p.press("return")
    p.on("SettingsScene")
    menu = p.top.menu
    while menu.items[menu.index].value != "pad":
        p.press("down")
    p.pad(pygame.CONTROLLER_BUTTON_A)  # the pad works the menus
    p.on("PadScene")
    assert p.top.menu.items[0].detail == "A"
    p.pad(pygame.CONTROLLER_BUTTON_A)  # Confirm: waiting for a button
    assert p.top.waiting == "confirm"
    p.pad(pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)  # unbound until now
    assert p.ctx.settings.pad["confirm"][0] == "rightshoulder"
    assert p.top.menu.items[0].detail.startswith("RB")
    p.pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN)
    p.pad(pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)  # RB now confirms: Back is waiting for a button
    assert p.top.waiting == "back"
    p.press("escape")  # Esc cancels the wait
    assert p.top.waiting is None and p.ctx.settings.pad["back"] == ["b"]
    p.press("escape")
    p.on("SettingsScene")
    p.press("escape")
    p.on("TitleScene")
    saved = (tmp_path / "cfg" / "settings.json").read_text()
    assert '"rightshoulder"' in saved
    # and the new binding is kept the next time the game starts
    pygame.quit()
    q = launch()
    assert q.ctx.settings.pad["confirm"][0] == "rightshoulder"
    q.on("TitleScene")
    q.pad(pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)  # New game
    q.until(lambda: q.play is not None, limit=200)


def test_a_bad_pad_binding_falls_back_action_by_action(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({
        "pad": {"confirm": ["x"], "back": ["no such button"], "menu": "start", "log": [3], "up": []},
        "music_volume": 0.3}))
    s = Settings.load(tmp_path)
    assert s.pad["confirm"] == ["x"] and s.pad["up"] == []
    assert s.pad["back"] == DEFAULT_PAD["back"] and s.pad["menu"] == DEFAULT_PAD["menu"]
    assert s.pad["log"] == DEFAULT_PAD["log"] and s.music_volume == 0.3
    assert Settings.from_dict({"pad": ["a"]}).pad == Settings().pad


def test_quick_save_and_quick_load_keys(launch, tmp_path):
    p = launch("garden")
    walk_ready(p)
    before = p.rt.state.to_dict()
    p.press("f5")
    saves = tmp_path / "saves"
    assert (saves / "quick.json").exists() and (saves / "quick.png").exists()
    assert any(t.text == "Quick saved." for t in p.ctx.toasts)
    assert p.top is p.play, "nothing opened"
    p.play.choose(0)  # on to the bench
    p.until(lambda: p.rt.state.to_dict() != before, limit=50)
    p.press("f9")  # asks nothing
    assert "Prompt" not in p.names()
    assert any(t.text.startswith("Loaded the quick save: ") for t in p.ctx.toasts)
    p.until(lambda: p.play is not None and p.top is p.play, limit=200)
    assert p.rt.state.to_dict()["node"] == before["node"]


def test_quick_load_with_no_quick_save_says_so(launch):
    p = launch("garden")
    walk_ready(p)
    p.press("f9")
    assert any(t.text == "There is no quick save yet." for t in p.ctx.toasts)
    assert p.top is p.play


def test_the_autosave_has_the_picture_of_the_beat_start(launch, tmp_path):
    p = launch("garden")
    p.until(lambda: isinstance(p.rt.event, ev.Line), key="return")
    thumb = tmp_path / "saves" / "autosave.png"
    assert thumb.exists()
    img = pygame.image.load(str(thumb))
    assert img.get_size() == (160, 90)
    assert sum(pygame.transform.average_color(img)[:3]) > 30, "not a black picture"


def test_slots_come_in_pages(launch, tmp_path):
    p = launch("garden")
    walk_ready(p)
    p.press("f5")
    p.press("tab")
    p.on("PauseScene")
    p.press("down")
    p.press("down")  # Load
    p.press("return")
    p.on("SlotsScene")
    labels = [it.label for it in p.top.menu.items]
    assert labels[:3] == ["autosave", "quick", "slot1"] and labels[-1] == "slot6"
    p.press("right")
    assert [it.label for it in p.top.menu.items] == [f"slot{n}" for n in range(7, 13)]
    p.press("pagedown")
    assert [it.label for it in p.top.menu.items][0] == "slot13"
    p.click(NEXT.center)  # around to the first page
    assert p.top.page == 0
    p.click(PREV.center)
    assert p.top.page == 2
    p.press("escape")
    p.on("PauseScene")
    p.press("up")  # Save
    p.press("return")
    p.on("SlotsScene")
    p.press("right")  # the second page
    p.press("down")
    p.press("return")  # slot 8
    assert (tmp_path / "saves" / "slot8.json").exists()


def missing(monkeypatch, prefix: str) -> None:
    """Pictures whose path starts with `prefix` are missing, as a file not drawn yet is."""
    real = Assets.image

    def image(self, rel, alpha=True):
        if rel.startswith(prefix):
            raise AssetError(f"assets/{rel} is missing")
        return real(self, rel, alpha)

    monkeypatch.setattr(Assets, "image", image)


def test_the_log_file_names_each_stand_in(tmp_path, monkeypatch):
    missing(monkeypatch, "title/")
    assert play(GARDEN, tmp_path, None, 0, 30, None) == 0
    log = (tmp_path / "nextgen.log").read_text(encoding="utf-8")
    lines = [line for line in log.splitlines() if "using a stand-in" in line]
    assert any("assets/title/title.png" in line for line in lines), log
    assert len(lines) == len({line.split(" ", 3)[3] for line in lines}), "each stand-in once"


def test_dev_shows_the_stand_ins_as_toasts(launch, monkeypatch):
    seen = {}
    monkeypatch.setattr("game.commands.play.play", lambda *a, **kw: seen.update(kw) or 0)
    assert cli.main(["--dev", "--story", str(GARDEN)]) == 0 and seen["dev"] is True
    missing(monkeypatch, "portraits/")
    p = launch("garden")
    show_stand_ins(p.ctx)  # what --dev does as the window opens
    try:
        walk_ready(p)
        p.play.choose(0)  # the bench, where Mai speaks
        p.until(lambda: any("portraits/" in t.text and "stand-in" in t.text for t in p.ctx.toasts), key="return",
                limit=600)
    finally:
        logging.getLogger(STAND_INS).handlers.clear()

"""Title, settings, key bindings, the history log, the action card, and quitting."""

from __future__ import annotations

from pathlib import Path

from game.scenes.action import ActionScene
from game.story import events as ev
from game.story.answers import Play


def test_title_new_game_starts_the_first_beat(launch):
    p = launch()
    p.on("TitleScene")
    items = p.top.menu.items
    assert [i.label for i in items] == ["Continue", "New game", "Load", "Settings", "Quit"]
    assert not items[0].enabled, "no save yet"
    assert items[p.top.menu.index].label == "New game"
    p.press("return")
    p.until(lambda: p.play is not None, limit=200)
    assert p.rt.state.beat == "garden"


def test_quit_from_the_title(launch):
    p = launch()
    p.on("TitleScene")
    p.press("up")
    p.press("return")
    p.on("Prompt")  # asked first
    p.press("return")
    assert p.ctx.quit_requested


def test_large_text_and_a_rebound_key(launch, tmp_path):
    p = launch()
    p.on("TitleScene")
    p.press("down")  # Load is disabled: skipped
    p.press("return")
    p.on("SettingsScene")
    menu = p.top.menu
    menu.index = [i.value for i in menu.items].index("large_text")
    p.press("right")
    assert p.ctx.settings.large_text and p.ctx.theme.large
    assert p.app.canvas.text_scale > 1.0, "every scene's text grows at once"
    menu.index = [i.value for i in menu.items].index("keys")
    p.press("return")
    p.on("KeysScene")
    p.press("return")  # Confirm
    p.press("k")
    assert p.ctx.settings.keys["confirm"][0] == "k"
    assert "confirm" in p.ctx.input.actions_for_key(__import__("pygame").K_k)
    p.press("escape")
    p.press("escape")
    p.on("TitleScene")
    saved = (tmp_path / "cfg" / "settings.json").read_text()
    assert '"large_text": true' in saved and '"k"' in saved


def test_the_history_log_lists_what_was_said(launch):
    p = launch("garden")
    p.until(lambda: p.play is not None and p.play.stage.walking and p.top is p.play, key="return")
    p.press("l")
    p.on("HistoryScene")
    assert [s.text for s in p.history] == ["The garden is quiet."]
    p.press("escape")
    assert p.top is p.play


def test_action_card_plays_the_tense_stand_in(launch):
    p = launch("garden")
    p.until(lambda: p.play is not None and p.top is p.play, limit=50)

    answers: list = []  # the garden has no set-piece: present one and keep what it answers
    e = ev.Action("a", "chase", "Run!", True)
    scene = ActionScene(p.ctx, e)
    p.ctx.scenes.push(scene, answers.append)
    p.run(2)
    assert scene.event.title == "Run!"
    p.run(140)
    assert answers == [Play("tense")]


def test_the_title_is_up_before_the_story_has_loaded(launch):
    from game.scenes.loading import StoryLoader
    from game.scenes.title import TitleScene

    p = launch()
    ctx = p.ctx
    ctx.story = None
    ctx.loader = StoryLoader(ctx.story_dir)
    title = TitleScene(ctx)
    ctx.scenes.reset(title)
    assert not title.menu.items[1].enabled and title.menu.items[1].detail == "loading"
    p.until(lambda: ctx.loader is None, limit=5000)
    assert ctx.story is not None and title.menu.items[1].enabled


def test_a_fault_in_the_story_returns_to_the_title_with_a_sentence(launch):
    from game.story.runtime import RuntimeError_

    p = launch("garden")
    p.until(lambda: p.play is not None and p.top is not p.play, limit=200)  # the beat card is up

    def stuck(answer) -> None:
        raise RuntimeError_("garden.start: no option of the choice is open")

    p.rt.answer = stuck
    p.press("return")
    p.on("TitleScene", limit=200)
    assert p.ctx.session is None
    assert any("The story cannot go on from here: garden.start" in m for m in p.ctx.problems)


def test_a_saved_story_file_reloads_in_the_window_at_the_same_place(launch, tmp_path):
    import shutil

    from game.scenes.dialogue import DialogueScene

    garden = Path(__file__).parent / "fixtures" / "garden"
    shutil.copytree(garden, tmp_path / "garden")
    story = tmp_path / "garden" / "story"
    p = launch("garden", story=story)
    p.until(lambda: isinstance(p.top, DialogueScene) and p.top.event.text == "The garden is quiet.",
            limit=400)
    beat = story / "beats" / "01_garden.yaml"
    beat.write_text(beat.read_text().replace("The garden is quiet.", "The garden is very quiet."))
    p.until(lambda: isinstance(p.top, DialogueScene) and p.top.event.text == "The garden is very quiet.",
            limit=120)
    assert any("reloaded" in t.text for t in p.ctx.toasts)
    beat.write_text(beat.read_text().replace("scene: explore", "scene: ["))
    p.until(lambda: any("still playing the last good one" in t.text for t in p.ctx.toasts), limit=120)
    assert p.top.event.text == "The garden is very quiet."


def test_a_warp_to_a_beat_arrives_with_a_players_core(launch):
    p = launch("end", warp=True)
    p.until(lambda: p.play is not None, limit=100)
    warped = (list(p.rt.core.held), p.rt.bond)
    blank = launch("end")
    blank.until(lambda: blank.play is not None, limit=100)
    assert warped[0] and warped[1] > 0, "the garden's memories came along"
    assert blank.rt.core.held == [] and blank.rt.bond == 0

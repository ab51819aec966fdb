"""Self-voicing in the window, with a fake speech engine: what is said as the focus moves."""

from __future__ import annotations

import subprocess

from game.engine import speech
from game.engine.settings import Settings
from game.story import events as ev


class FakeEngine:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stops += 1


def voiced(p, on: bool = True) -> FakeEngine:
    fake = FakeEngine()
    p.ctx.voice.engine = fake
    p.ctx.settings.self_voicing = on
    return fake


def test_menus_are_read_and_each_focus_move_says_the_new_item(launch):
    p = launch()
    p.on("TitleScene")
    p.until(lambda: p.ctx.loader is None)
    fake = voiced(p)
    p.run(2)
    assert fake.said[-1].startswith("Next Gen: Memory Core")
    p.press("down")
    assert fake.said[-1] == p.top.menu.spoken()[-1]
    focused = p.top.menu.items[p.top.menu.index]
    assert fake.said[-1].startswith(focused.label)
    p.press("down")
    assert fake.said[-1].startswith(p.top.menu.items[p.top.menu.index].label)
    assert fake.stops >= 2, "each new thing said cuts off the last"


def test_v_turns_self_voicing_on_and_off_and_it_is_kept(launch, tmp_path):
    p = launch()
    p.on("TitleScene")
    fake = voiced(p, on=False)
    p.run(2)
    assert fake.said == [], "silent until asked"
    p.press("v")
    assert p.ctx.settings.self_voicing and fake.said[0] == "Self-voicing on"
    assert Settings.load(tmp_path / "cfg").self_voicing
    p.run(2)
    assert any(s.startswith("Next Gen") for s in fake.said), "the screen is read at once"
    p.press("v")
    assert not p.ctx.settings.self_voicing and fake.said[-1] == "Self-voicing off"
    n = len(fake.said)
    p.press("down")
    assert len(fake.said) == n


def test_lines_are_read_with_their_speaker_and_choices_as_they_are_focused(launch):
    p = launch("garden")
    fake = voiced(p)
    p.until(lambda: p.names()[-1] == "DialogueScene")
    p.run(2)
    line = p.top.event
    expected = f"{line.name}: {line.text}" if line.speaker else line.text
    assert " ".join(expected.split()) in fake.said
    rt = p.rt
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    p.play.choose(0)
    p.until(lambda: isinstance(rt.event, ev.Choice) and rt.event.kind == "explore", key="return")
    p.play.choose(1)
    p.until(lambda: isinstance(rt.event, ev.Choice) and rt.event.kind == "choice", key="return")
    p.until(lambda: p.names()[-1] == "DialogueScene" and p.top.menu is not None)
    p.run(2)
    items = p.top.menu.items
    assert f"{len(items)} choices" in fake.said[-1] and items[0].label in fake.said[-1]
    p.press("down")
    assert fake.said[-1] == items[1].label


def test_memory_cards_are_read_on_the_review(launch):
    p = launch("garden")
    rt = p.rt
    p.until(lambda: p.play is not None and p.top is p.play and p.play.stage.walking, key="return")
    p.play.choose(0)
    p.until(lambda: isinstance(rt.event, ev.Choice) and rt.event.kind == "explore", key="return")
    p.play.choose(1)
    p.until(lambda: isinstance(rt.event, ev.Choice) and rt.event.kind == "choice", key="return")
    p.press("return")
    p.on("ReviewScene")
    fake = voiced(p)
    p.run(2)
    scene = p.top
    card = scene.cards[scene.row.index]
    assert scene.review.title in fake.said[-1] and card.title in fake.said[-1]
    p.press("right")
    card = scene.cards[scene.row.index]
    assert fake.said[-1].startswith(f"Memory {scene.row.index + 1} of {len(scene.cards)}: {card.title}.")
    p.press("return")  # marked: the status changes, so the whole screen is read again
    assert "marked to delete" in fake.said[-1]


def test_the_danger_prompt_reads_the_question_and_the_safe_answer_first(launch):
    from game.scenes.prompt import Prompt

    p = launch()
    p.on("TitleScene")
    fake = voiced(p)
    p.ctx.scenes.push(Prompt(p.ctx, "Delete Returned forever?", "Delete", "Keep", danger=True))
    p.run(2)
    assert fake.said[-1] == "Delete Returned forever? Keep."
    p.press("up")
    assert fake.said[-1] == "Delete"


def test_no_speech_engine_means_silence_and_the_game_goes_on(launch, monkeypatch):
    monkeypatch.setattr(speech.shutil, "which", lambda name: None)
    monkeypatch.setitem(__import__("sys").modules, "pyttsx3", None)  # not installed
    assert isinstance(speech.open_engine(), speech.Silent)
    p = launch()
    p.on("TitleScene")
    p.ctx.voice._engine = None
    p.ctx.settings.self_voicing = True
    p.press("down")
    p.press("v")
    p.press("v")
    assert p.names() == ["TitleScene"]


def test_a_broken_engine_falls_silent_instead_of_crashing(launch):
    class Broken(FakeEngine):
        def say(self, text: str) -> None:
            raise RuntimeError("the speech driver died")

    p = launch()
    p.on("TitleScene")
    p.ctx.voice.engine = Broken()
    p.ctx.settings.self_voicing = True
    p.press("down")
    p.press("down")
    assert isinstance(p.ctx.voice.engine, speech.Silent)


def test_espeak_is_run_as_a_process_and_cut_off_by_the_next_line(monkeypatch):
    started: list[list[str]] = []

    class Proc:
        def __init__(self, args, **kw) -> None:
            started.append(args)
            self.killed = False

        def poll(self):
            return None if not self.killed else 0

        def terminate(self) -> None:
            self.killed = True

    monkeypatch.setattr(subprocess, "Popen", Proc)
    engine = speech.EspeakProcess("/usr/bin/espeak-ng")
    engine.say("-rf / is just text")
    first = engine.proc
    engine.say("Second")
    assert first.killed and started == [["/usr/bin/espeak-ng", "--", "-rf / is just text"],
                                        ["/usr/bin/espeak-ng", "--", "Second"]]

"""The reboot, the ending, the credits, and the ending that rewinds."""

from __future__ import annotations

import pygame

from game.story import events as ev


def to_final_choice(p, held: list[str]) -> None:
    p.rt.state.core.held = list(held)
    p.until(lambda: isinstance(p.rt.event, ev.Choice), key="return")
    p.until(lambda: p.names()[-1] == "DialogueScene" and p.top.menu is not None)


def to_reboot(p, held: list[str]):
    """Let go at the final choice: the reboot screen, with the held memories in their order."""
    to_final_choice(p, held)
    p.press("return")  # Let go
    p.on("RebootScene")
    return p.top


def test_reboot_orders_plays_and_ends_at_the_title(launch):
    p = launch("end")
    scene = to_reboot(p, ["first_face", "returned", "bleep"])
    assert [m.id for m in scene.order] == ["first_face", "returned", "bleep"]
    p.press("return")  # pick up First Face
    p.press("right")
    p.press("right")  # carry it to the end: it fades last
    p.press("return")
    assert [m.id for m in scene.order] == ["returned", "bleep", "first_face"]
    p.press("down")
    p.press("return")
    p.on("Prompt")
    p.press("up")
    p.press("return")
    assert p.rt.state.farewell == ["returned", "bleep", "first_face"]
    assert p.rt.core.held == [], "the reboot wipes the core"
    assert scene.phase == "farewell"
    p.run(60)
    assert scene.playing == 0 and scene.flares is not None
    p.until(lambda: p.names()[-1] == "EndingScene", limit=900)
    assert [m.id for m in p.top.event.farewell] == ["returned", "bleep", "first_face"]
    assert "Returned" in p.top.credits
    bond = sum(p.rt.story.memories[m].weight for m in ("returned", "bleep", "first_face"))
    assert f"Bond {bond}" in p.top.credits, "the bond the ending was made with"
    p.run(60)
    p.press("return")  # to the credits
    assert p.top.phase == "credits"
    assert p.ctx.saves.newest() is not None, "the autosave at the last beat, until the story is over"
    p.press("escape")  # leave the credits
    p.on("TitleScene", limit=200)
    assert p.ctx.saves.newest() is None, "the story is over: the title offers a new game, not Continue"
    assert not next(i for i in p.top.menu.items if i.label == "Continue").enabled


def test_holding_on_rewinds_to_the_choice(launch):
    p = launch("end")
    to_final_choice(p, ["bleep"])
    p.press("down")
    p.press("return")  # Hold on
    p.on("EndingScene")
    assert p.top.event.rewind
    p.run(60)
    p.press("return")
    p.until(lambda: isinstance(p.rt.event, ev.Line) and "remember" in p.rt.event.text)
    assert not p.rt.finished


def test_a_reboot_with_no_memories_still_ends(launch):
    p = launch("end")
    to_final_choice(p, [])
    p.press("return")
    p.on("RebootScene")
    p.press("return")  # the only thing to press: begin
    p.on("Prompt")
    p.press("up")
    p.press("return")
    p.until(lambda: p.names()[-1] == "EndingScene", limit=300)



def tap(p, logical: tuple[int, int]) -> None:
    """A press with no motion before it, as a touch screen sends."""
    pos = p.window_pos(logical)
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=pos, button=1))
        p.run(1)


def test_reboot_cards_are_reordered_with_the_mouse(launch):
    p = launch("end")
    scene = to_reboot(p, ["first_face", "returned", "bleep"])
    p.click(scene.slot_rect(0).center)  # lift First Face
    assert scene.holding and scene.index == 0
    p.click(scene.slot_rect(2).center)  # move there and put it down on Bleep: the two change places
    assert not scene.holding and scene.index == 2
    assert [m.id for m in scene.order] == ["bleep", "returned", "first_face"]
    p.click(scene.slot_rect(1).center)
    p.click(scene.slot_rect(1).center)  # lifted and put back in place
    assert not scene.holding and scene.index == 1
    p.press("left")  # the keys carry on from the card the mouse chose
    assert scene.index == 0 and [m.id for m in scene.order] == ["bleep", "returned", "first_face"]
    tap(p, scene.slot_rect(0).center)
    tap(p, scene.slot_rect(2).center)  # a touch screen swaps the same way
    assert [m.id for m in scene.order] == ["first_face", "returned", "bleep"]
    p.click(scene.BUTTON.center)
    assert scene.focus == "button"
    p.on("Prompt")


def test_an_ending_that_returns_rolls_credits_and_the_title_offers_the_way_back(launch, tmp_path):
    import shutil

    from tests.scenes.conftest import GARDEN

    shutil.copytree(GARDEN.parent, tmp_path / "garden")
    story = tmp_path / "garden" / "story"
    game = story / "game.yaml"
    game.write_text(game.read_text().replace("rewind: end.final", "returns_to: end.final"))
    p = launch("end", story=story)
    to_final_choice(p, ["bleep"])
    assert "before-end" in {i.slot for i in p.ctx.saves.slots()}
    p.press("down")
    p.press("return")  # Hold on
    p.on("EndingScene")
    assert p.top.event.returns_to == "end.final"
    core = p.ctx.session.core()
    assert f"What 7723 keeps: {len(core.held)} memories, bond {core.bond}" in p.top.credits
    p.run(60)
    p.press("return")
    assert p.top.phase == "credits", "an ending of its own: the credits roll"
    p.press("escape")
    p.on("TitleScene", limit=200)
    labels = [i.label for i in p.top.menu.items]
    assert "Return to the end" in labels
    p.run(60)  # the title lets a key held from the credits go first
    p.top.menu.index = labels.index("Return to the end")
    p.press("return")
    p.until(lambda: p.rt is not None and isinstance(p.rt.event, ev.Choice) and p.rt.state.node == "final")

"""With a choice open over the map, the one who must choose is seen beside the menu, not under it: at
the launch hall's alarm, where the guards close in from the hall's east edge, Mai backs off into the
open hall before she is asked what she does, so that the camera on her leaves her clear of the menu."""

from __future__ import annotations

import pygame
from test_walk_every_beat import STORY

from game.story import events as ev


def offered(p, option: str) -> bool:
    e = p.rt.event
    return isinstance(e, ev.Choice) and any(o.id == option for o in e.options)


def to_the_choice(p, beat: str, option: str, limit: int = 400) -> None:
    """Walk `beat` on foot (spots in the story's order, lines confirmed) until a choice with `option`
    is up in the window."""
    used: list[str] = []
    for _ in range(limit):
        if offered(p, option) and type(p.top).__name__ == "DialogueScene" and p.top.menu is not None:
            return
        play, rt = p.play, p.rt
        if play is None or p.top is not play or not play.stage.walking:
            p.press("return", 1)
            continue
        stage = play.stage
        nodes = [o.node for o in rt.event.options if o.node in stage.active_nodes]
        target = next((n for n in nodes if n not in used), nodes[0])
        spot = next(o for o in stage.spots if o.props["node"] == target)
        p.walk(stage.map.tiles_of(spot.rect))
        p.press("return")
        used.append(target)
    raise AssertionError(f"{beat}: no choice with {option} came; event {p.rt.event}")


def test_mai_is_beside_the_menu_when_the_guards_close_in(launch) -> None:
    p = launch("launch_day", story=STORY)
    to_the_choice(p, "launch_day", "opt_run_up_down")
    p.run(30)  # the menu as a player first sees it: she is already there, the camera on her
    stage, menu = p.play.stage, p.top.menu
    backs_off = stage.direction.spot("backs_off")
    assert stage.mai.pos.distance_to(backs_off.rect.center) < 16, f"Mai at {stage.mai.pos} has not backed off"
    ox, oy = stage.offset()
    mai = stage.mai.rect.move(ox, oy)
    screen = pygame.Rect(0, 0, 640, 360)
    assert screen.contains(mai), f"Mai at {mai} is off the screen"
    assert not mai.colliderect(menu.rect), f"Mai at {mai} is under the menu at {menu.rect}"
    assert not mai.colliderect(p.top.box.rect), f"Mai at {mai} is under the text box at {p.top.box.rect}"

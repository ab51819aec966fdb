"""A camera panned to a mark of a map the scene moved to in the middle of a beat: the montage's day
ends in the backyard (a map taller than the screen), and a pan there looks at the mark, past the
map's bottom edge as far as the text box needs, with the people drawn where they stand on the map,
in the map's picture and in what is drawn over it (their light, the marks), and clear of the box."""

from __future__ import annotations

from test_walk_every_beat import STORY

from game.scenes.backdrop import TEXT_ROOM
from game.scenes.dialogue import BOX
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast


def moved_and_panned(p, mark: str):
    """The montage's first line up; then the scene moves to the backyard, Mai at the gate, 7723
    at `mark` and the camera panned there, as a direction of the beat would have it."""
    p.until(lambda: p.play is not None and type(p.top).__name__ == "DialogueScene", key="return", limit=3000)
    stage = p.play.stage
    assert stage.map.name == "streets"
    direct(stage, ev.Stage("s", map="backyard", camera=f"pan:{mark}",
                           cast=(Cast("mai", "gate_mai"), Cast("7723", mark))))
    p.until(lambda: not busy(stage), limit=120)
    p.run(300)  # the camera has drifted there
    assert stage.map.name == "backyard"
    return stage


def drawn_share(stage, who: str) -> float:
    """The share of `who`'s opaque pixels that the map's picture shows where their map position says."""
    w = stage.direction.find(who)
    picture = stage.render_map()
    ox, oy = stage.map.renderer.get_center_offset()
    at = w.rect.move(ox, oy)
    seen = shown = 0
    for y in range(0, at.h, 2):
        for x in range(0, at.w, 2):
            colour = w.image.get_at((x, y))
            sx, sy = at.x + x, at.y + y
            if colour.a < 255 or not picture.get_rect().collidepoint(sx, sy):
                continue
            seen += 1
            shown += picture.get_at((sx, sy))[:3] == colour[:3]
    assert seen, f"{who} is not in the picture at all ({at})"
    return shown / seen


def test_a_pan_on_the_new_map_centres_the_mark_with_the_people_drawn_where_they_stand(launch) -> None:
    stage = moved_and_panned(launch("montage", story=STORY), "gate_bot")
    mark = stage.direction.spot("gate_bot").rect.center
    view = stage.map.renderer.view_rect
    assert abs(view.centerx - mark[0]) <= 1 and abs(view.centery - mark[1]) <= 1, (view.center, mark)
    ox, oy = stage.map.renderer.get_center_offset()
    assert stage.offset() == (ox + stage.view.x, oy + stage.view.y), "what is drawn over the map moves with it"
    for who in ("7723", "mai"):
        assert drawn_share(stage, who) > 0.9, who
    bot = stage.direction.find("7723")
    assert bot.rect.bottom + stage.offset()[1] < BOX.top, "seen above the text box"


def test_a_pan_to_the_new_maps_bottom_edge_looks_past_it_and_keeps_them_clear_of_the_box(launch) -> None:
    stage = moved_and_panned(launch("montage", story=STORY), "from_streets")
    h = stage.map.size[1]
    assert h < stage.map.renderer.view_rect.bottom <= h + TEXT_ROOM, "past the bottom edge, as far as the box needs"
    assert drawn_share(stage, "7723") > 0.9
    bot = stage.direction.find("7723")
    assert bot.rect.centery + stage.offset()[1] < BOX.top, "someone at the edge is seen above the box, not under it"

"""Every place a beat lets the player look at is on its map, so nothing falls under "Elsewhere".

An explore step lists spots (`goto: NODE`); on the beat's map a `spot` object with `node: NODE` is
where Mai walks to and presses confirm. A spot missing from the map still works, but only from the
"Elsewhere" menu, which a finished game never shows. The content test reads the story and the maps
(no window); the walking tests boot the real game on the shipped story and walk Mai there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame
import pytest
from test_walk_every_beat import explore_beats

from game.engine.sprites import load_sheet
from game.levels.tmx import load_map
from game.story import events as ev
from game.story.compiler import load_story
from game.story.story import ExploreI

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "story"
LEVELS = ROOT / "levels"


def explore_steps(beat) -> list[tuple[str, ExploreI]]:
    """(node, explore step) for every explore step of a beat, in node order."""
    return [(nid, ins) for nid, node in beat.nodes.items() for ins in node.code if isinstance(ins, ExploreI)]


def map_spots(name: str) -> set[str]:
    return {o.props.get("node", "") for o in load_map(LEVELS / f"{name}.tmx").objects if o.type == "spot"}


def missing_spots(story, spots_of: Callable[[str], set[str]] = map_spots) -> dict[str, list[str]]:
    """beat id -> `node.spot` for each explore spot with no `spot` object of that node on the beat's map."""
    out: dict[str, list[str]] = {}
    for beat in story.beats.values():
        steps = explore_steps(beat)
        if not steps:
            continue
        placed = spots_of(beat.map) if beat.map and (LEVELS / f"{beat.map}.tmx").exists() else set()
        gone = [f"{nid}.{s.node}" for nid, step in steps for s in step.spots if s.node not in placed]
        if gone:
            out[beat.id] = gone
    return out


@pytest.fixture(scope="module")
def story():
    story, diags = load_story(STORY)
    assert story is not None, [str(d) for d in diags]
    return story


def test_the_story_explores_somewhere(story) -> None:
    beats = [b for b in story.beats.values() if explore_steps(b)]
    assert len(beats) >= 10
    assert all(b.map for b in beats), [b.id for b in beats if not b.map]


def test_every_explore_spot_has_a_place_on_its_map(story) -> None:
    missing = missing_spots(story)
    assert not missing, "explore spots with no `spot` object on the beat's map (they would show under " \
        f"'Elsewhere'): {missing}"


def test_the_check_notices_a_missing_spot(story) -> None:
    """The check above is not vacuous: take one spot off a map and it is reported."""
    def without_charging(name: str) -> set[str]:
        return map_spots(name) - ({"charging"} if name == "iq_tower" else set())

    assert missing_spots(story, without_charging) == {"inside_iq": ["side_door.charging"]}


# --- in the window ------------------------------------------------------------------------------

def walk_ready(p) -> None:
    p.until(lambda: p.play is not None and p.play.stage.walking and p.top is p.play, key="return", limit=3000)


def from_the_start(p) -> None:
    """Mai at the map's own start, in the open: the walking tests measure from there, wherever the
    beat's direction put her (Black Eye has her just in at the front door, against the top wall)."""
    stage = p.play.stage
    stage.mai.pos.update(next(iter(stage.map.of_type("start"))).point)


@pytest.mark.parametrize("beat", ["inside_iq", "bot_for_every_home"])
def test_nothing_is_elsewhere_when_walking(launch, beat) -> None:
    p = launch(beat, story=STORY)
    walk_ready(p)
    offered = {o.node for o in p.rt.event.options if o.node}
    assert p.play.hud.extra == []
    assert set(p.play.stage.active_nodes) == offered


def test_walking_to_the_charging_floor(launch) -> None:
    """From where she stands once they are in by the side door, along the tower's corridor, through
    the door at its east end, up to the first racks of Gen 6."""
    p = launch("inside_iq", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    for _ in range(120):  # straight along the corridor, through the door, into the hall
        if stage.mai.pos.x > 58 * 16:
            break
        p.hold("right", 10)
    assert stage.mai.pos.x > 57 * 16, "she walked into the charging hall"
    p.hold("up", 60)  # up to the first row of racks, which stop her
    assert stage.mai.pos.y < 12 * 16
    assert stage.near is not None and stage.near.props["node"] == "charging"
    p.press("return")
    p.until(lambda: isinstance(p.rt.event, ev.Line), limit=900)  # past the directions that walk her in
    line = p.rt.event
    assert isinstance(line, ev.Line) and (p.rt.state.beat, line.node) == ("inside_iq", "charging"), line
    assert "charging racks" in line.text


def test_passers_by_walk_their_paths(launch) -> None:
    """The Grainland streets are never still: the crowd strolls its paths and turns at the ends."""
    p = launch("montage", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    assert stage.pacers, "the streets have passers-by"
    before = [pygame.Vector2(w.walker.pos) for w in stage.pacers]
    p.run(120)  # two seconds
    moved = [b.distance_to(w.walker.pos) for b, w in zip(before, stage.pacers, strict=True)]
    assert sum(d > 20 for d in moved) >= len(moved) // 2
    assert any(w.walker.moving for w in stage.pacers)


# --- doorways and clicks ------------------------------------------------------------------------

def through(p, door: str) -> None:
    """Walk Mai into the exit called `door` and wait out the curtain."""
    stage = p.play.stage
    exit_ = next(x for x in stage.exits if x.name == door)
    before = stage.map
    p.walk(stage.map.tiles_of(exit_.rect), out=True)
    p.until(lambda: stage.map is not before and stage.curtain == 0, limit=120)


def test_a_doorway_leads_next_door_and_the_way_back_is_marked(launch) -> None:
    """Black Eye is in the kitchen; the back door leads out to the yard, where nothing of the beat
    is, and the way back to the kitchen is marked until she is home again."""
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    assert stage.map.name == "kitchen" and not stage.away
    through(p, "to_backyard")
    assert stage.map.name == "backyard" and stage.away
    entry = next(o for o in stage.map.of_type("entry") if o.name == "from_kitchen")
    assert stage.mai.pos.distance_to(entry.point) < 24, "she arrives at the kitchen door"
    assert p.play.hud.place == "The Su Backyard"
    assert stage.spots == [] and stage.near is None, "the yard's spots are not this beat's"
    home = stage.way_home()
    assert home is not None and home.name == "to_kitchen"
    p.press("return")
    assert isinstance(p.rt.event, ev.Choice) and stage.walking, "confirm with no spot in reach does nothing"
    through(p, "to_kitchen")
    assert stage.map.name == "kitchen" and not stage.away and stage.way_home() is None
    assert p.play.hud.place != "The Su Backyard"
    photo = next(o for o in stage.spots if o.props["node"] == "family_photo")
    p.walk(stage.map.tiles_of(photo.rect))
    p.press("return")
    # the spot's node plays (its first look is told from a node of its own: `family_photo_seen`)
    assert isinstance(p.rt.event, ev.Line) and p.rt.state.beat == "black_eye" \
        and p.rt.event.node.startswith("family_photo"), p.rt.event


def test_the_way_home_is_found_from_two_doors_away(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    through(p, "to_backyard")
    through(p, "to_streets")
    assert stage.map.name == "streets"
    assert stage.way_home().props["to"] == "backyard"


def test_a_click_sends_her_walking_to_the_spot_and_uses_it(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    from_the_start(p)
    stage = p.play.stage
    talk = next(o for o in stage.spots if o.props["node"] == "tv_news")
    assert stage.near is not talk
    ox, oy = stage.offset()
    start = stage.mai.pos.copy()
    p.click((talk.rect.centerx + ox, talk.rect.centery + oy))
    assert stage.route, "she sets off"
    p.until(lambda: isinstance(p.rt.event, ev.Line), limit=900)
    assert stage.mai.pos.distance_to(start) > 32
    assert p.rt.state.beat == "black_eye" and p.rt.event.node.startswith("tv_news"), p.rt.event


def test_a_click_on_the_floor_walks_there_and_an_arrow_key_takes_over(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    from_the_start(p)
    stage = p.play.stage
    ox, oy = stage.offset()
    goal = stage.mai.pos + pygame.Vector2(48, 0)
    p.click((round(goal.x) + ox, round(goal.y) - 4 + oy))
    p.run(90)
    assert not stage.route and stage.mai.pos.distance_to(goal) < 12
    p.click((round(goal.x) + ox + 64, round(goal.y) - 4 + oy))
    p.hold("up", 2)
    assert not stage.route, "the keys take over from the click"


def test_lower_city_is_walked_as_7723(launch) -> None:
    """He wakes at the bottom of the city alone: the beat's `lead` puts the player in his shell."""
    p = launch("lower_city", story=STORY)
    p.until(lambda: p.play is not None, limit=120)
    stage = p.play.stage
    assert stage.lead == "7723"
    robot = stage.mai.sheet
    assert not robot.stand_in and robot.size == load_sheet(p.ctx.assets, "7723").size
    assert robot.size != load_sheet(p.ctx.assets, "mai").size, "a robot, not a girl"


def test_holding_a_key_through_a_door_does_not_carry_her_back(launch) -> None:
    """The garage's door back to the kitchen is right beside where she arrives; the key she held
    walking in is let go, so she stays in the garage until the player moves her again."""
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    door = next(x for x in stage.exits if x.name == "to_garage")
    x, y = stage.map.tiles_of(door.rect)[0]
    p.walk([(x - 2, y)])
    p.hold("right", 150)  # through the door and on, for two more seconds
    assert stage.map.name == "garage"
    arrived = stage.mai.pos.copy()
    p.run(60)
    assert stage.map.name == "garage" and stage.mai.pos == arrived


def test_she_stands_still_while_the_curtain_is_down_and_clicks_wait(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    door = next(x for x in stage.exits if x.name == "to_backyard")
    p.walk(stage.map.tiles_of(door.rect), out=True)
    assert stage.going is not None or stage.curtain > 0
    ox, oy = stage.offset()
    assert stage.walk_to_click((100 + ox, 200 + oy)) is None and stage.route == []
    pos = stage.mai.pos.copy()
    p.hold("up", 4)
    assert stage.mai.pos == pos or stage.map.name == "backyard"


def test_a_door_to_a_missing_place_says_so_and_keeps_her_here(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    door = next(x for x in stage.exits if x.name == "to_backyard")
    door.props["to"] = "nowhere"
    p.walk(stage.map.tiles_of(door.rect), out=True)
    p.run(40)
    assert stage.map.name == "kitchen" and stage.curtain == 0
    assert any("That way is closed" in t.text and "nowhere" in t.text for t in p.ctx.toasts)
    assert stage.walking and isinstance(p.rt.event, ev.Choice), "the beat goes on"


def test_a_walk_to_one_door_goes_round_the_others(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    garage = set(stage.map.tiles_of(next(x for x in stage.exits if x.name == "to_garage").rect))
    yard = set(stage.map.tiles_of(next(x for x in stage.exits if x.name == "to_backyard").rect))
    grid = stage.walk_grid(through=garage)
    assert all(not grid[y][x] for x, y in garage), "the door she was sent to is open"
    assert all(grid[y][x] for x, y in yard), "the other door is in the way"


def test_a_click_from_flush_against_a_wall_still_arrives(launch) -> None:
    """Walked down until the wall stops her, her soles touch the wall's row: the walk starts from
    the tile her feet are on, not the wall."""
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    from_the_start(p)
    stage = p.play.stage
    p.hold("down", 200)
    tm = stage.map
    stage.mai.pos.y = round(stage.mai.pos.y)  # exactly flush, as whole steps can leave her
    x, y = tm.tile_of(stage.mai.pos)
    assert tm.grid[y][x] and not tm.blocked(stage.mai.feet), "her soles touch the wall's row, her feet are free"
    tv = next(o for o in stage.spots if o.props["node"] == "tv_news")
    ox, oy = stage.offset()
    p.click((tv.rect.centerx + ox, tv.rect.centery + oy))
    p.until(lambda: isinstance(p.rt.event, ev.Line), limit=900)
    assert p.rt.state.beat == "black_eye" and p.rt.event.node.startswith("tv_news")


def test_a_click_on_the_hud_is_not_a_walk(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    ox, oy = stage.offset()
    x, y = 100, 342  # in the hint band, over the passage to the back door
    tile = stage.map.tile_of((x - ox, y - oy))
    assert not stage.map.grid[tile[1]][tile[0]], "a floor a click could otherwise walk to"
    p.click((x, y))
    p.click((300, 8))  # the place name's band
    assert stage.route == []


def test_she_arrives_facing_into_the_room(launch) -> None:
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    through(p, "to_backyard")  # the yard's kitchen door is above where she arrives
    assert p.play.stage.mai.facing == "down"


def test_a_backdrop_turns_to_where_the_story_is(launch) -> None:
    """The stadium is not walked, but as the story moves to the pods, the booth or the stairs, the
    camera drifts over the map to them."""
    p = launch("stadium", story=STORY)
    p.until(lambda: p.play is not None, limit=120)
    stage = p.play.stage
    assert stage.mai is None
    placed = {o.props["node"]: o for o in stage.home_spots}
    for _ in range(600):
        if p.rt.state.node in placed and p.rt.state.node != "reboot":
            break
        if type(p.top).__name__ == "ReviewScene":
            p.press("down")  # keep everything tonight
        p.press("return")
    spot = placed[p.rt.state.node]
    p.run(150)
    assert stage.camera.distance_to(spot.rect.center) < 24, (p.rt.state.node, stage.camera, spot.rect)


def test_passers_by_keep_walking_while_someone_talks_but_not_under_the_pause_menu(launch) -> None:
    p = launch("montage", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    spot = next(o for o in stage.spots if o.props["node"] in stage.active_nodes)
    p.walk(stage.map.tiles_of(spot.rect))
    p.press("return")
    p.on("DialogueScene", limit=60)
    before = [pygame.Vector2(w.walker.pos) for w in stage.pacers]
    p.run(90)
    assert any(b.distance_to(w.walker.pos) > 10 for b, w in zip(before, stage.pacers, strict=True)), \
        "the street goes on behind the dialogue"
    p.press("tab")
    p.on("PauseScene", limit=30)
    before = [pygame.Vector2(w.walker.pos) for w in stage.pacers]
    p.run(60)
    assert all(b == w.walker.pos for b, w in zip(before, stage.pacers, strict=True)), "paused means paused"


def test_plates_never_cover_her(launch) -> None:
    """Standing at the kitchen's back door, and at the yard's door back in, the doors' plates stay
    off Mai and below the HUD."""
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage

    def plates_clear() -> None:
        p.run(2)
        ox, oy = stage.offset()
        mai = stage.mai.rect.move(ox, oy)
        assert stage.plates, "the door is labelled"
        assert not any(plate.colliderect(mai) for plate in stage.plates), (stage.plates, mai)
        assert all(plate.top >= 22 for plate in stage.plates), "below the HUD's band"

    door = next(x for x in stage.exits if x.name == "to_backyard")
    x, y = stage.map.tiles_of(door.rect)[0]
    p.walk([(x, y - 1)])  # just inside, with the door at her feet
    plates_clear()
    through(p, "to_backyard")
    door = next(x for x in stage.exits if x.name == "to_kitchen")
    x, y = stage.map.tiles_of(door.rect)[0]
    p.walk([(x, y + 1)])
    plates_clear()


def test_people_are_where_the_story_has_them(launch) -> None:
    """7723 waits in the garage only once he lives there, and at the reboot he and Mai are on the
    pitch; a person's `beats` property says when."""
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    through(p, "to_garage")
    assert stage.map.name == "garage"
    assert "7723" not in {n.who for n in stage.npcs}, "not home yet in Black Eye"
    pygame.quit()
    q = launch("reboot", story=STORY)
    q.until(lambda: q.play is not None, limit=120)
    assert {"mai", "7723"} <= {n.who for n in q.play.stage.npcs}


@pytest.mark.parametrize("beat", explore_beats())
def test_no_spot_is_in_reach_where_a_beat_starts(launch, beat) -> None:
    """A player pressing on through the opening lines must not use a spot by accident."""
    p = launch(beat, story=STORY)
    for _ in range(600):
        if p.play is not None and p.play.stage.walking and p.top is p.play:
            break
        if type(p.top).__name__ == "ReviewScene":
            p.press("down")  # Lower City's practice night: keep everything
        p.press("return", 1)
    p.run(3)  # let her look around where she stands
    stage = p.play.stage
    assert stage.walking
    assert stage.near is None, f"{beat}: {stage.near and stage.near.props['node']} is in reach at the start"


def test_the_house_robot_is_bubbles_drawn_as_a_q_bot(launch, monkeypatch) -> None:
    import game.scenes.dialogue as dialogue

    drawn: list[str] = []
    real = dialogue.portrait
    monkeypatch.setattr(dialogue, "portrait", lambda assets, who, face, color: drawn.append(who) or real(
        assets, who, face, color))
    p = launch("black_eye", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    bot = next(o for o in stage.spots if o.props["node"] == "house_bot")
    p.walk(stage.map.tiles_of(bot.rect))
    p.press("return")
    p.until(lambda: isinstance(p.rt.event, ev.Line) and p.rt.event.speaker == "bubbles", key="return", limit=300)
    p.run(3)
    assert p.rt.event.name == "Bubbles"
    assert drawn and drawn[-1] == "qbot", "Bubbles is drawn with the Q-Bot's portraits"


def test_rice_is_gone_once_the_lab_scene_is_over(launch) -> None:
    """A `gone_after` person leaves the map once the story has been through that node."""
    p = launch("inside_iq", story=STORY)
    walk_ready(p)
    stage = p.play.stage
    assert "rice" in {n.who for n in stage.npcs}
    lab = next(o for o in stage.spots if o.props["node"] == "rice_truth")
    p.walk(stage.map.tiles_of(lab.rect))
    p.press("return")
    p.until(lambda: p.rt.state.node == "rice_truth", limit=60)
    assert "rice" in {n.who for n in stage.npcs}, "he is there while he talks"
    p.until(lambda: p.rt.state.node != "rice_truth", key="return", limit=900)
    p.until(lambda: stage.last_node not in (None, "rice_truth"), key="return", limit=900)  # the window has left it too
    p.run(2)
    assert "rice" not in {n.who for n in stage.npcs}
    assert "molly" in {n.who for n in stage.npcs}, "Molly waits in her cell until she is freed"

"""How a held prop sits on its holder, on real frames: a bat on the shoulder stays over the shoulder
of someone who sits down, one held in hand lies across their knees; a bag on the back of someone
facing us shows at their side, behind them; a dog down the front of a hoodie looks out of her chest; and a held prop is drawn in its holder's layer, so a
tile over the holder's head hides it too; in a blackout a prop catches a faint light."""

from __future__ import annotations

from pathlib import Path

import pygame
from garden_steps import garden_beat
from test_props_drawn import on_the_map, pixels, shows
from test_stage_moves import staged

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast, Prop

ROOF = (90, 90, 100)
PLAIN = garden_beat("""  look:
    - "The garden is quiet."
    - explore:
        - {text: "The bench", goto: bench}
  bench:
    - mai: "A bench."
    - beat: end
""")


def held(p, who: str, carry: str, prop: str = "bat", **cast) -> tuple:
    """`who` holding `prop` as `carry` says, turned or posed as `cast` says: the holder and the prop."""
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast(who, **cast),), props=(Prop(prop, prop, carry, holder=who),)))
    p.run(6)
    return stage.direction.find(who), stage.direction.props.items[prop]


def test_a_bat_on_the_shoulder_stays_there_when_she_sits_and_one_in_hand_lies_across_her_knees(launch) -> None:
    p = on_the_map(launch)
    momo, bat = held(p, "momo", "shoulder", face="left", pose="sit")
    assert momo.pose == "sit"
    assert bat.rect.top < momo.rect.top + 4 and bat.image is bat.frames[1], (bat.rect, momo.rect)
    assert shows(p, bat.image, bat.rect) > 0.5, "over her shoulder, on screen"
    momo, bat = held(p, "momo", "hand", pose="sit")
    assert bat.image is bat.frames[0] and bat.rect.centery > momo.rect.centery, (bat.rect, momo.rect)
    assert shows(p, bat.image, bat.rect) > 0.5, "across her knees, on screen"


def test_a_bag_on_the_back_of_someone_facing_us_shows_at_their_side_behind_them(launch) -> None:
    p = on_the_map(launch)
    momo, bag = held(p, "momo", "back", prop="backpack", face="down")
    assert bag in p.play.stage.direction.props.shown
    assert bag.rect.right > momo.rect.right, "it hangs off one shoulder, out at her side"
    assert shows(p, bag.image, bag.rect) > 0.2, "part of it is seen"
    assert shows(p, bag.image, bag.rect) < 0.95, "and part of it is behind her"
    assert shows(p, momo.image, momo.rect) > 0.9, "she is drawn over it, whole"


def test_a_dog_down_the_front_of_a_hoodie_looks_out_of_her_chest_and_is_hidden_from_behind(launch) -> None:
    p = on_the_map(launch)
    momo, dog = held(p, "momo", "front", prop="panda", face="down")
    r = momo.rect
    assert r.top + r.height * 0.45 < dog.rect.centery < r.top + r.height * 0.8, (dog.rect, r)
    assert abs(dog.rect.centerx - r.centerx) <= 1 and shows(p, dog.image, dog.rect) > 0.9, "on her chest, seen"
    momo, dog = held(p, "momo", "front", prop="panda", face="left")
    assert dog.rect.centerx < r.centerx and dog.image is dog.frames[1], "out on the side she faces"
    momo, dog = held(p, "momo", "front", prop="panda", face="up")
    assert shows(p, dog.image, dog.rect) < 0.5, "from behind, she hides him"
    momo, dog = held(p, "momo", "front", prop="panda", face="down", pose="sit")
    assert dog.image is dog.frames[1] and dog.rect.centery < momo.rect.bottom - 2, "sitting, still down her front"


def with_a_roof(tmp_path: Path) -> Path:
    """The garden story with a tile layer `above` the people: a solid grey roof over its third row."""
    story = staged(tmp_path, PLAIN)
    levels = story.parent / "levels"
    tile = pygame.Surface((16, 16))
    tile.fill(ROOF)
    pygame.image.save(tile, str(levels / "roof.png"))
    (levels / "roof.tsx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tileset version="1.10" name="roof" tilewidth="16" '
        'tileheight="16" tilecount="1" columns="1">\n <image source="roof.png" width="16" height="16"/>\n'
        '</tileset>\n', encoding="utf-8")
    rows = ["0,0,0,0,0,0,0,0,0,0,0,0"] * 8
    rows[2] = ",".join(["2"] * 12)
    roof = (' <layer id="9" name="above" width="12" height="8">\n  <data encoding="csv">\n'
            + ",\n".join(rows) + "\n</data>\n </layer>\n")
    garden = levels / "garden.tmx"
    text = garden.read_text(encoding="utf-8").replace(
        '<tileset firstgid="1" source="collision.tsx"/>',
        '<tileset firstgid="1" source="collision.tsx"/>\n <tileset firstgid="2" source="roof.tsx"/>', 1)
    garden.write_text(text.replace(' <objectgroup id="3"', roof + ' <objectgroup id="3"', 1), encoding="utf-8")
    return story


def shown_under(p, prop, roof: pygame.Rect) -> tuple[float, float]:
    """Of `prop`'s opaque pixels under `roof` (map): the share the screen shows in their own colours,
    and the share it shows in the roof's."""
    under = prop.rect.clip(roof)
    ox, oy = p.play.stage.offset()
    seen = pygame.surfarray.array3d(p.app.canvas.surface.subsurface(under.move(ox, oy))).copy()
    part = prop.image.subsurface(under.move(-prop.rect.x, -prop.rect.y))
    solid = pygame.surfarray.array_alpha(part) > 0
    assert solid.any(), "some of it is under the roof"
    return float((seen == pygame.surfarray.array3d(part)).all(axis=2)[solid].mean()), \
        float((seen == ROOF).all(axis=2)[solid].mean())


def test_a_held_prop_is_hidden_by_the_tiles_that_hide_its_holder(launch, tmp_path) -> None:
    p = on_the_map(lambda beat: launch(beat, story=with_a_roof(tmp_path)))
    momo, bat = held(p, "momo", "arms", face="down")
    assert shows(p, bat.image, bat.rect) > 0.9, "in the open it is drawn"
    roof = pygame.Rect(0, 32, 12 * 16, 16)
    momo.pos = pygame.Vector2(momo.pos.x, roof.bottom + 6)  # her top half under the roof's row
    momo.refresh()
    p.run(6)
    assert bat.rect.colliderect(roof) and bat in p.play.stage.direction.props.shown
    own, roofed = shown_under(p, bat, roof)
    assert own < 0.05 and roofed > 0.95, "under the roof it is hidden, as she is"



def test_a_prop_in_a_blackout_catches_a_faint_light_and_the_dark_round_it_stays_dark(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    bench = stage.direction.spot("bench")
    direct(stage, ev.Stage("s", blackout=True, lights=(), props=(Prop("bat", "bat", "shoulder", spot="bench"),)))
    p.run(6)
    bat = stage.direction.props.items["bat"]
    seen = pixels(p, bat.rect).astype(int).sum(axis=2)
    assert seen.max() > 60, "the bat is made out in the dark"
    far = pixels(p, bench.rect.move(0, 64)).astype(int).sum(axis=2)
    assert far.max() < 20, "away from it, the blackout is black"


def test_a_prop_that_lies_on_top_is_drawn_over_whoever_lies_under_it(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("momo", "bench", face="right", pose="lying"),)))
    board = Prop("fallen_board", "fallen_board", "arms", spot="bench", on_top=True)
    direct(stage, ev.Stage("s", props=(board, Prop("bat", "bat", "shoulder", spot="bench"))))
    p.run(6)
    momo = stage.direction.find("momo")
    fallen, bat = stage.direction.props.items["fallen_board"], stage.direction.props.items["bat"]
    assert fallen.rect.colliderect(momo.rect) and bat.rect.colliderect(momo.rect)
    assert shows(p, fallen.image, fallen.rect) > 0.95, "the board over her"
    under = bat.rect.clip(momo.rect)
    mine = momo.image.subsurface(under.move(-momo.rect.x, -momo.rect.y))
    assert shows(p, mine, under) > 0.5, "a bat lying there is under her, as things on the ground are"

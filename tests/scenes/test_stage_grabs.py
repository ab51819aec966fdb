"""Moments drawn so they read without words: Ares with Molly held up in his claw (`carry`, from his
sheet `ares_carry`), Pin's hand raised with the light in it (`reach`, from `pin_reach`), the dent a
bat leaves in the turf, and 7723's weapons module over him, lit red and then three empty grey slots.
The window really shows them: its pixels are compared with the same frame without them."""

from __future__ import annotations

import pygame
from test_props_drawn import on_the_map, shows
from test_stage_reach_slack import picture

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast, Prop


def brought_on(p, who: str):
    """`who` brought onto the garden at its bench, by day, facing us."""
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast(who, "bench", face="down"),)))
    w = stage.direction.find(who)
    assert w is not None
    return stage, w


def test_ares_carrying_holds_molly_up_in_his_claw_from_his_own_sheet(launch) -> None:
    p = on_the_map(launch)
    stage, ares = brought_on(p, "ares")
    box = ares.rect.inflate(8, 8)
    before = picture(p, box)
    direct(stage, ev.Stage("s", cast=(Cast("ares", pose="carry"),)))
    p.run(2)
    assert ares.image is ares.sheet.extra["drawn"]["carry"].frame("down", ares.t, False), "drawn from ares_carry"
    assert picture(p, box) != before, "the window shows her held up in front of him"
    standing = ares.sheet.frame("down", 0, False)
    chest = [(x, y) for x in range(26, 38) for y in range(26, 40)]
    assert sum(ares.image.get_at(xy) != standing.get_at(xy) for xy in chest) > 40, "someone in front of his chest"


def test_pin_reaching_raises_his_hand_from_his_own_sheet(launch) -> None:
    p = on_the_map(launch)
    stage, pin = brought_on(p, "pin")
    direct(stage, ev.Stage("s", cast=(Cast("pin", face="right"),)))
    box = pin.rect.inflate(24, 0)
    before = picture(p, box)
    direct(stage, ev.Stage("s", cast=(Cast("pin", pose="reach"),)))
    assert pin.image is pin.sheet.extra["drawn"]["reach"].frame("right", 0, False), "drawn from pin_reach"
    assert pin.image.get_width() > pin.sheet.frame("right", 0, False).get_width(), "the arm reaches out past him"
    assert picture(p, box) != before, "the window shows his hand up"


def test_the_dent_and_the_weapons_module_are_drawn_where_they_are_put(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day"))
    bench = stage.direction.spot("bench").rect
    box = pygame.Rect(0, 0, 40, 80)
    box.midbottom = bench.center  # where a prop put at the bench stands, its top clipped by the view
    before = picture(p, box)
    for name in ("dent", "weapons_module", "empty_slots"):
        direct(stage, ev.Stage("s", props=(Prop(name, name, "hand", spot="bench"),)))
        p.run(8)
        item = stage.direction.props.items[name]
        placed = picture(p, box)
        assert box.colliderect(item.rect) and placed != before, f"{name} is drawn where it was put"
        if item.rect.top >= 0:
            assert shows(p, item.image, pygame.Rect(item.rect)) > 0.9, f"{name} in its own colours"
        direct(stage, ev.Stage("s", props=(Prop(name, name, "hand", leave=True),)))
        p.run(8)
        assert not item.alive() and picture(p, box) != placed, f"{name} is gone once taken away"


def test_the_module_goes_from_red_to_grey(launch) -> None:
    """Lit, the module is red; deleted, nothing of it is red: the picture says it went out."""
    p = on_the_map(launch)
    stage = p.play.stage
    reds = {}
    for name in ("weapons_module", "empty_slots"):
        direct(stage, ev.Stage("s", props=(Prop(name, name, "hand", spot="bench"),)))
        image = stage.direction.props.items[name].image
        reds[name] = sum(1 for x in range(image.get_width()) for y in range(image.get_height())
                         if (c := image.get_at((x, y))).a > 200 and c.r > 150 and c.g < 90 and c.b < 90)
        direct(stage, ev.Stage("s", props=(Prop(name, name, "hand", leave=True),)))
    assert reds["weapons_module"] > 40 and reds["empty_slots"] == 0, reds

"""A prop lying on the floor is drawn under whoever stands on it, on real frames: a bag dumped at
someone's feet does not look as if it were on their back."""

from __future__ import annotations

from test_props_drawn import on_the_map, shows

from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast, Prop


def test_someone_standing_on_a_dropped_bag_is_drawn_over_it(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("momo", "bench", face="down"),),
                           props=(Prop("backpack", "backpack", "back", spot="bench"),)))
    p.run(6)
    momo, bag = stage.direction.find("momo"), stage.direction.props.items["backpack"]
    assert bag not in stage.direction.props.shown and bag.rect.colliderect(momo.rect), (bag.rect, momo.rect)
    assert shows(p, momo.image, momo.rect) > 0.95, "she is drawn whole, over the bag at her feet"
    assert shows(p, bag.image, bag.rect) < 0.95, "the bag is partly under her"


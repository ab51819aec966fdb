"""A prop `drag`ged (the old mattress from under the city) scrapes along the ground behind whoever
drags it, whichever way they face: behind them on screen, drawn under them; walking away from us it
trails towards us, in front. Let go (`down`), it lies flat where they stand."""

from __future__ import annotations

from test_props_drawn import on_the_map, shows
from test_props_held import held

from game.scenes.props import BEHIND, IN_FRONT
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Prop


def test_a_dragged_mattress_trails_behind_her_whichever_way_she_faces(launch) -> None:
    p = on_the_map(launch)
    momo, mattress = held(p, "momo", "drag", prop="mattress", face="right")
    assert mattress in p.play.stage.direction.props.shown
    assert mattress.image is mattress.frames[1], "one end up in her hand"
    assert mattress.rect.right <= momo.rect.left + 4, "behind her, facing right: to her left"
    assert mattress.rect.bottom == momo.rect.bottom, "along the ground"
    assert shows(p, mattress.image, mattress.rect) > 0.5, "on screen"
    momo, mattress = held(p, "momo", "drag", prop="mattress", face="left")
    assert mattress.rect.left >= momo.rect.right - 4, "facing left: to her right"
    assert mattress.follow(momo) == BEHIND, "drawn under her, not over"


def test_walking_away_from_us_she_drags_it_towards_us(launch) -> None:
    p = on_the_map(launch)
    momo, mattress = held(p, "momo", "drag", prop="mattress", face="up")
    assert mattress.rect.top > momo.rect.centery, "below her on screen"
    assert mattress.follow(momo) == IN_FRONT


def test_let_go_it_lies_flat_where_she_stands(launch) -> None:
    p = on_the_map(launch)
    momo, mattress = held(p, "momo", "drag", prop="mattress", face="right")
    direct(p.play.stage, ev.Stage("s", props=(Prop("mattress", "mattress", "drag", down=True),)))
    p.run(3)
    assert not mattress.holder and mattress.image is mattress.frames[0]
    assert mattress.rect.midbottom == (round(momo.pos.x), round(momo.pos.y)), "at her feet"

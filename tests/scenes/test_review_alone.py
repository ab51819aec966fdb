"""The memory review where 7723 is on his own: the practice night at the bottom of the city is held
there, the place behind the cards and nobody set beside him, not the garage with Mai."""

from __future__ import annotations

from pathlib import Path

from garden_steps import to_review

from game.scenes.garage_stage import MAI_AT, GarageStage
from game.scenes.review_alone import PlaceStage

STORY = Path(__file__).resolve().parents[2] / "story"


def test_the_practice_night_is_held_where_he_lies(launch) -> None:
    p = launch("lower_city", story=STORY)
    p.on("ReviewScene", limit=3000, key="return")
    scene = p.top
    assert isinstance(scene.stage, PlaceStage), "on his own: the place he is in, not the garage"
    assert scene.stage.figures() == [], "nobody set beside him: Mai is not there"
    p.run(3)
    x, y = MAI_AT[0] + 16, MAI_AT[1] + 30  # where the garage would have Mai sitting, left of the cards
    assert p.app.canvas.surface.get_at((x, y)) == scene.stage.room().get_at((x, y)), "the place shows there"

def test_a_night_with_mai_is_still_the_garage(launch) -> None:
    p = launch("garden")
    to_review(p)
    assert type(p.top.stage) is GarageStage

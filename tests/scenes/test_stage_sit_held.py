"""Aiming and reaching held sitting down (`sit_aim`, `sit_reach`): 7723 on the floor puts his arm out
(the cannon, or an empty hand on a head beside him) without standing up. The frame is his sheet of
the pose with the legs folded under it as in `sit`: as wide as the arm reaches, as low as sitting,
and the window shows it."""

from __future__ import annotations

from test_props_drawn import on_the_map
from test_stage_reach_slack import picture
from test_stage_sitting import posed, rows

from game.scenes.sitting import seated


def test_7723_reaches_and_aims_sitting_down_without_getting_up(launch) -> None:
    p = on_the_map(launch)
    sitting = posed(p, "7723", "sit", "right")
    bot = p.play.stage.direction.find("7723")
    box = bot.rect.inflate(32, 16)
    before = picture(p, box)
    for pose, held in (("sit_reach", "reach"), ("sit_aim", "aim")):
        image = posed(p, "7723", pose, "right")
        own = bot.sheet.extra["drawn"][held].frame("right", 0, False)
        assert image.get_height() == sitting.get_height(), f"{pose}: as low as sitting, not stood up"
        assert image.get_height() < own.get_height(), pose
        assert image.get_width() == own.get_width() > sitting.get_width(), f"{pose}: the arm out past him"
        expected = seated(own, "right")
        assert rows(image, 0, image.get_height()) == rows(expected, 0, expected.get_height()), pose
        assert picture(p, box) != before, f"{pose}: the window shows the arm out"

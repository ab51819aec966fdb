"""7723 with Mai on his back (`piggyback`, drawn on a sheet of its own) walks on with her there; the
girls of a team in one kit are drawn from sheets of their own in turn, not four copies of one; and a
crawling Gen 6 takes up as much of the picture as one on its feet, lower and longer."""

from __future__ import annotations

from test_stage_play import on_the_map
from test_stage_poses import hoodie_pixels

from game.scenes.poses import variant
from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast


def test_7723_walks_with_mai_on_his_back(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", time="day", cast=(Cast("7723", "bench", face="up"),)))
    bot = stage.direction.find("7723")
    assert hoodie_pixels(p, bot) == 0, "nobody on his back yet"
    direct(stage, ev.Stage("s", cast=(Cast("7723", pose="piggyback"),)))
    drawn = bot.sheet.extra["drawn"]["piggyback"]
    assert bot.image is drawn.frame("up", 0, False), "drawn from 7723_piggyback"
    assert hoodie_pixels(p, bot) > 40, "her hoodie over his back, in the window's picture"
    direct(stage, ev.Stage("s", cast=(Cast("7723", "momo", walk=True),)))
    p.run(10)
    assert busy(stage) and bot.pose == "piggyback" and bot.moving
    assert any(bot.image is f for row in drawn.frames.values() for f in row), "he walks on with her on his back"
    while busy(stage):
        p.run(1)
    assert bot.pose == "piggyback", "she is still on his back once he is there"


def test_the_girls_of_a_team_are_drawn_from_sheets_of_their_own_in_turn(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    spots = ("start", "bench", "momo", "start", "bench")
    direct(stage, ev.Stage("s", cast=tuple(Cast(f"teammate#{n}", spot) for n, spot in enumerate(spots, 1))))
    team = [stage.direction.find(f"teammate#{n}") for n in range(1, 6)]
    bodies = [w.sheet.body for w in team]
    assert bodies[:4] == ["teammate", "teammate_b", "teammate_c", "teammate_d"]
    assert bodies[4] == "teammate", "the fifth is the first again"
    assert all(w.who == "teammate" for w in team), "each is still a teammate to the story"
    pictures = {bytes(w.sheet.frame("down", 0, False).get_view("2")) for w in team[:4]}
    assert len(pictures) == 4, "four girls, not one girl four times"


def test_a_sprite_without_variants_is_drawn_from_its_own_sheet() -> None:
    known = {"teammate": {"variants": ["teammate", "teammate_b"]}, "teammate_b": {}, "qbot": {}}
    assert variant(known, "qbot", 3) == "qbot"
    assert variant(known, "teammate", 2) == "teammate_b"
    assert variant({"teammate": {"variants": ["teammate", "gone"]}}, "teammate", 2) == "teammate", \
        "a list naming a sheet that is not there is not used"


def test_a_crawling_gen6_is_as_big_as_one_on_its_feet(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    direct(stage, ev.Stage("s", cast=(Cast("gen6#1", "start", face="left"),)))
    unit = stage.direction.find("gen6#1")
    upright = unit.image.get_bounding_rect()
    direct(stage, ev.Stage("s", cast=(Cast("gen6#1", pose="crawl"),)))
    crawling = unit.image.get_bounding_rect()
    assert crawling.height < upright.height, "on all fours: lower"
    assert crawling.width >= upright.width * 2, "and longer: a whole robot down on its limbs"
    assert crawling.width * crawling.height >= upright.width * upright.height, "not a crumb of one"

"""The bad day's pitch, played by the window: Greenwood's own Q-Bot, CAPTAIN on its lid, stands there
drawn from its own sheet, and the soccer ball given to it is held on it wherever it rolls."""

from __future__ import annotations

from pathlib import Path

from game.scenes.staging import busy, direct
from game.story import events as ev
from game.story.events import Cast, Prop

STORY = Path(__file__).resolve().parents[2] / "story"


def test_the_captain_holds_the_ball(launch) -> None:
    p = launch("bad_day", story=STORY)
    p.until(lambda: p.play is not None and p.play.stage.walking, key="return")
    stage = p.play.stage
    captain = stage.direction.find("captain_bot")
    assert captain is not None and captain.sheet is not None
    assert captain.who == "qbot_captain", "drawn from its own sheet, not as any Q-Bot"
    direct(stage, ev.Stage("s", props=(Prop("ball", "ball", "arms", holder="captain_bot"),)))
    p.run(4)
    ball = stage.direction.props.items["ball"]
    assert ball in stage.direction.props.shown and captain.rect.colliderect(ball.rect)
    direct(stage, ev.Stage("s", cast=(Cast("captain_bot", "face_off", walk=True),)))
    frames = 0
    while busy(stage):
        p.run(1)
        frames += 1
        assert frames < 900
        assert captain.rect.colliderect(ball.rect), "the ball stays in its arms all the way"

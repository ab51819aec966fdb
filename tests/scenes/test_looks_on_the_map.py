"""A look on the map: Mai given her black eye is drawn from its sheet, the bruise on screen where her
face is; her lines show it in her portrait; `plain` and stepping back take it off again; a doorway
does not."""

from __future__ import annotations

import numpy as np
from test_props_drawn import on_the_map, pixels

from game.scenes.looks import portrait_of
from game.scenes.staging import direct
from game.story import events as ev
from game.story.events import Cast

BRUISE = (68, 56, 120)  # the palette's dusk


def bruised(p, w) -> int:
    """How many pixels of bruise the screen shows over `w`."""
    p.run(2)
    seen = pixels(p, w.rect).astype(int)
    return int((np.abs(seen - np.array(BRUISE)).sum(axis=2) == 0).sum())


def line(speaker: str) -> ev.Line:
    return ev.Line("l", speaker, speaker.title(), "It rings.", "neutral")


def test_mai_given_a_black_eye_shows_it_on_the_map_and_in_her_portrait(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    mai = stage.mai
    direct(stage, ev.Stage("s", cast=(Cast("mai", face="down"),)))
    assert bruised(p, mai) == 0
    assert portrait_of(p.ctx.assets, stage.direction, line("mai")).portrait == ""
    direct(stage, ev.Stage("s", cast=(Cast("mai", look="black_eye"),)))
    assert mai.look == "black_eye" and mai.sheet.body == "mai_black_eye"
    assert bruised(p, mai) >= 4, "the bruise round her eye, on screen"
    assert portrait_of(p.ctx.assets, stage.direction, line("mai")).portrait == "mai_black_eye"
    assert portrait_of(p.ctx.assets, stage.direction, line("momo")).portrait == "", "only she has it"
    direct(stage, ev.Stage("s", cast=(Cast("mai", face="right"),)))
    assert bruised(p, mai) == 0, "her other side: it does not show"
    direct(stage, ev.Stage("s", cast=(Cast("mai", face="down", look="plain"),)))
    assert mai.look == "" and bruised(p, mai) == 0


def test_stepping_back_takes_the_look_off_again(launch) -> None:
    p = on_the_map(launch)
    stage = p.play.stage
    mai = stage.mai
    direct(stage, ev.Stage("s", cast=(Cast("mai", face="down"),)))
    hit = ev.Stage("t", cast=(Cast("mai", look="black_eye"),))
    stage.takes.note(hit)
    direct(stage, hit)
    assert bruised(p, mai) >= 4
    stage.takes.stepped(-1, 1)
    assert mai.look == "" and bruised(p, mai) == 0
    stage.takes.stepped(1, stage.takes.ahead[0].at - stage.takes.count + 1)  # forward past it again
    assert mai.look == "black_eye" and bruised(p, mai) >= 4


def test_a_look_goes_with_her_onto_another_map(launch) -> None:
    p = on_the_map(launch)
    place = p.play.stage.here
    direct(p.play.stage, ev.Stage("s", cast=(Cast("mai", look="black_eye"),)))
    before = place.mai
    place._lead_in(place.map, (40, 40), through_door=False)
    assert place.mai is not before and place.mai.look == "black_eye" and place.mai.sheet is before.sheet

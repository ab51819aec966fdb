"""The stadium's microphones (`tools/art/props.py` lists them): the one the booth's technician hands
Mai, and the stewards' microphone on its pole by the track, the one she grabs when she comes down to
call to 7723 on the pitch. The pole stands with its clip empty and its cable hanging from the top, so
that with the microphone in her hand beside it the picture says she took it off the pole."""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas


def microphone() -> Canvas:
    """A hand microphone: a silver mesh head on a black grip, a red live light on the grip, and a curl
    of cable. Lying, it lies on its side; held, it stands up in the hand, head first."""
    ground = Canvas(12, 5)
    ground.ellipse(2.5, 2, 2.5, 2, "fog")  # the mesh head
    ground.px(2, 1, "white")
    ground.rect(5, 1, 6, 3, "ink")  # the grip
    ground.px(7, 2, "ares_red")  # live
    ground.px(11, 3, "ink")  # the cable's end
    held = Canvas(6, 12)
    held.ellipse(3, 2.5, 2.5, 2.5, "fog")
    held.px(2, 1, "white")
    held.rect(2, 5, 3, 5, "ink")
    held.px(3, 6, "ares_red")
    held.line(3, 10, 1, 11, "ink")  # the cable, down out of the grip
    return pair(ground, held)


def mic_pole() -> Canvas:
    """A steward's microphone pole by the track, a little taller than a person: a round weighted foot,
    a grey pole, and at the top an empty clip with a black cable coiled round it and hanging loose,
    a hi-vis band on the pole so it reads as the stewards' and not a lamp post."""
    c = Canvas(12, 40)
    c.ellipse(6, 37, 5, 2.5, "steel")  # the weighted foot
    c.hline(2, 37, 9, "fog")
    c.rect(5, 4, 2, 33, "fog")  # the pole
    c.vline(6, 4, 33, "steel")
    c.rect(4, 20, 4, 3, "neon_yellow")  # the hi-vis band
    c.hline(4, 21, 4, "mist")
    c.rect(3, 1, 6, 3, "ink")  # the clip at the top, empty
    c.px(4, 2, "steel")
    c.px(7, 2, "steel")
    for y in range(4, 14):  # the cable, hanging from the clip down the pole in loose coils
        c.px(8 if (y // 2) % 2 else 9, y, "ink")
    c.outline("ink")
    return pair(c)

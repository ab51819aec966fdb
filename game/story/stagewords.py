"""The words of stage directions: what a `stage:` may say, in one place.

The compiler checks a story's directions against these, the schema offers them to editors, and the
window looks up how to play each one by the same names. Adding a word here without teaching the
window to play it makes `validate` accept a direction the window ignores, so the two go together.
"""

from __future__ import annotations

TIMES = ("dawn", "day", "dusk", "evening", "night", "midnight")  # the graded palette of the scene
LIGHTS = ("chest", "screens", "neon", "lamps", "moon", "fire", "hologram", "eye", "feed",  # chest: 7723's; eye: a robot's;
          "rain", "memories", "sun", "sunset", "gen6", "gen6_red", "her_faces", "first_sight")  # feed: what a camera caught, put up on a map's screens (its `feed` lights show it);
# rain: streaks falling over the whole view, said among the lights because it stays on as they do (it lights nothing)
# sun: by day, a map drawn for the night (the city's dark roofs and roads) lifted into a haze of daylight
# sunset: at dusk, such a map warmed towards a low sun's orange, most at the top of the view
# gen6, gen6_red: the Gen 6 in their boxes under every seat of a stadium's stands, glowing warm orange, or gone red
# memories: 7723's held memories as small glowing pictures in a ring round him, turning (and his gaps, grey)
LIGHTS += ("guards",)  # guards: as `eye`, the red eyes of the robots on duty only, not a household's own (Bubbles)
# her_faces: Mai's face a dozen times over, small holograms in a wider ring round his memories;
# first_sight: his first memory played big over him, her face leaning in (herface.py)
POSES = ("stand", "sit", "curled", "lying", "knocked_down", "apart",  # apart: a robot in pieces, sparking
         "carry", "piggyback", "crawl", "hold")  # carry: 7723 with Mai in his arms; piggyback: with her on his
# back (climbing the outside of the stadium's stand); crawl: on all fours (a Gen 6 out of its pod);
# hold: both arms wrapped round whoever is before them (7723 holding Ares back, two sisters hugging)
POSES += ("aim", "swing")  # aim: 7723's arm cannon up, a red dot on what he faces; swing: a bat out in front
POSES += ("reach", "slack")  # reach: an arm up and out the way they face, empty (7723's, with no cannon left
# in it); slack: gone limp, head down and greyed, like a glove with the hand taken out (Pin, once Ares lets go)
POSES += ("dance",)  # dance: rocking from side to side on the beat (the noodle robot, its jingle gone punk)
POSES += ("sit_aim", "sit_reach")  # aim and reach held sitting on the floor, the legs folded under them as
# in `sit`: 7723 in his corner, the cannon out for the last time and then the empty arm, never getting up
POSES += ("fall",)  # fall: tumbling away below, shrinking into the dark until gone (7723 shot off the Skyway)
POSES += ("crouch", "dragged")  # crouch: down on the heels by something low (Mai by a seat, at the box under
# it); dragged: leaning back, the feet trailing, taken along between two others (Greenwood to the tunnel)
# poses drawn on a sheet of their own (assets/sprites/<sprite>_<pose>.png), walking as well as standing:
# someone told to walk keeps them (7723 carries her out); where a sprite has no such sheet, `poses.py` makes one
MOVING_POSES = ("carry", "piggyback", "crawl", "hold", "slack", "dragged")
HELD_POSES = ("aim", "swing", "reach")  # held standing still, drawn on a sheet of their own where the sprite has one
# how someone looks for a while, drawn on a sheet and portraits of their own (`<sprite>_<look>`): Mai's
# black eye from the bad day on, and weeks later what is left of it going yellow; `plain` is as drawn
LOOKS = ("plain", "black_eye", "fading_bruise")
LOOKS += ("chest_dark",)  # chest_dark: 7723 with the light in his chest gone out (the second of his reboot)
PACES = ("walk", "run")  # how fast someone goes where a direction sends them (`walk:` or `leave: spot`)
PACES += ("fly",)  # fly: sent flying straight there through the air, turning over (a Q-Bot flicked across the yard)
# the fans drawn into a map's seats (tiles with an `_empty` twin, as the stadium's stands): gone, half
# gone (the top tier out, those nearest the pitch still in their seats), or back
STANDS = ("empty", "half", "full")
FACINGS = ("up", "down", "left", "right")
EFFECTS = ("flash", "fade_out", "fade_in", "hologram_flare", "glitch", "sparks",
           "weeks_pass",  # weeks_pass: a calendar's days crossed off over the dark between two scenes
           "sunrise",  # sunrise: a card of the sun coming up behind the city's roofs, a new morning
           "lanterns")  # lanterns: 7723's memories going up out of him one by one and going out
# how a person holds a prop (story/props.yaml): in a hand at their side, over a shoulder, on their
# back, in both arms in front of them, or dragged along the ground behind them (a mattress)
CARRIES = ("hand", "shoulder", "back", "arms", "front", "drag")
PROP_DOWN = "down"  # a prop written as this word is laid down where it is (at its holder's feet)

# the camera: follow someone on the map, pan to a spot, hold still where it is, or go back to
# following whoever speaks (what it does until a direction says otherwise)
CAMERA_FOLLOW = "follow"
CAMERA_PAN = "pan"
CAMERA_HOLD = "hold"
CAMERA_SPEAKER = "speaker"
CAMERA_FORMS = (f"{CAMERA_FOLLOW}:<who>", f"{CAMERA_PAN}:<spot>", CAMERA_HOLD, CAMERA_SPEAKER)
# a close-up: follow someone with the picture of the map drawn twice as big round them (a first sight)
CAMERA_CLOSE = "close"

LEAVE = "leave"  # a cast member written as this word goes off the map
NTH = "#"  # `qbot#2`: the second person of sprite qbot on the map (in the map's order), or one more brought on
GROUP = "*"  # `passer_by*`: everyone on the map whose object name or sprite begins `passer_by`, as one
MAX_NTH_DIGITS = 6  # no map stands a million of one sprite
MUSIC_STOP = "stop"  # `music: stop`: silence from now on


def camera_parts(camera: str) -> tuple[str, str] | None:
    """`camera` as (form, name): ("follow", "mai"), ("pan", "kennel"), ("close", "mai"), ("hold", ""), ("speaker", "");
    None if it is none of the forms."""
    if camera in (CAMERA_HOLD, CAMERA_SPEAKER):
        return camera, ""
    form, colon, name = camera.partition(":")
    if colon and form in (CAMERA_FOLLOW, CAMERA_PAN, CAMERA_CLOSE) and name.strip():
        return form, name.strip()
    return None


def nth_parts(who: str) -> tuple[str, int] | None:
    """A cast name `sprite#n` as (sprite, n) with n >= 1; None if `who` is not of that form."""
    sprite, mark, n = who.partition(NTH)
    # plain ASCII digits, and few of them: "²".isdigit() yet int() refuses it, as it does thousands of digits
    if mark and sprite and n.isascii() and n.isdigit() and len(n) <= MAX_NTH_DIGITS and int(n) >= 1:
        return sprite, int(n)
    return None


def group_prefix(who: str) -> str | None:
    """A cast name `prefix*` (a crowd, a team: everyone on the map whose name or sprite begins so) as
    its prefix; None if `who` is not a group."""
    prefix = who[:-1]
    if who.endswith(GROUP) and prefix and GROUP not in prefix and NTH not in prefix:
        return prefix
    return None

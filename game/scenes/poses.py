"""How someone on the map holds themselves besides standing: sitting, curled up, lying, knocked down,
(a robot) come apart, carrying someone in their arms or on their back, or crawling.

The sprite sheets draw walking only, so a pose is made from the standing frame: sitting folds the
legs under the body (`sitting.py`), curling up squashes it towards the ground, lying and being
knocked down turn it on its side (head towards the way they face, or away from it when knocked
down); coming apart cuts it into pieces strewn over the
floor round where they stood, with sparks among them. The images are kept on the sheet, so each pose
of each frame is made once.

Something that flies (`hover` in sprites.json: a police drone) plays its frames standing still as well,
its pod bobbing over its shadow.

Crouching folds the knees up under the body where they stand (`crouching.py`); someone dragged leans
back with their feet trailing, taken along between two others without a step (`dragged.py`).

Carrying, piggybacking and crawling are poses people walk in (`MOVING_POSES`): they are drawn on sheets
of their own, `<sprite>_<pose>` in sprites.json (7723 with Mai in his arms or on his back, a Gen 6 on
all fours), read with the sprite's own sheet. A sprite without one crawls as its walk pressed low, and
carries as it walks.

Aiming and swinging (`HELD_POSES`) are held standing, from a sheet of their own where there is one
(7723's arm cannon up, Mai's arms out); anyone else stands as drawn, the bat they hold still swung out
in front (`props.py`) and the red dot still on what they aim at (`aiming.py`). Aiming and reaching
can be held sitting down too (`sit_aim`, `sit_reach`): the same frame with the legs folded under it as
in `sit`, so someone sat on the floor puts an arm out, or a hand on a head beside them, without
standing up.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

import pygame

from game.engine.assets import AssetError
from game.engine.sprites import Sheet, load_sheet
from game.scenes.crouching import CROUCHING, crouching
from game.scenes.dancing import DANCE
from game.scenes.dragged import DRAGGED, dragged
from game.scenes.falling import FALL
from game.scenes.holding import HOLDING, holding
from game.scenes.sitting import seated
from game.scenes.slack import SLACK, slack
from game.story.stagewords import HELD_POSES, MOVING_POSES, POSES

if TYPE_CHECKING:
    from game.engine.assets import Assets

SQUASH = {"curled": (1.12, 0.52), "crawl": (1.2, 0.6)}  # width, height as shares of the standing frame
SEATED = ("sit",)  # the legs folded under them (sitting.py)
FALLEN_SHADE = (200, 200, 210)  # knocked down: a little greyer than lying down to rest
BROKEN = ("apart",)  # poses that take the figure to pieces
CARRYING = ("carry", "piggyback")  # drawn as the walk itself where the sprite has no sheet of the pose
SEATED_HELD = {"sit_aim": "aim", "sit_reach": "reach"}  # a held pose kept sitting down, and which one
REACHING = ("reach",)  # held from its own sheet only (7723's empty arm), with no red (aiming.py) and no bat
PIECES = (3, 4)  # columns and rows the figure is cut into when it comes apart
SPARK_COLOURS = ((255, 236, 140), (255, 170, 60), (255, 255, 255))


def load_posed(assets: Assets, sprite: str, nth: int = 1) -> Sheet:
    """`sprite`'s sheet, with the sheets of the poses drawn for it (`<body>_<pose>` in sprites.json).
    A sprite drawn in turns from several sheets (its `variants`: the girls of a team in one kit) gives
    its `nth` person the nth of them, round again after the last."""
    try:
        known = assets.json("sprites/sprites.json")
    except AssetError:
        known = {}
    sheet = load_sheet(assets, variant(known, sprite, nth))
    body = sheet.body or sprite
    drawn = {pose: f"{body}_{pose}" for pose in (*MOVING_POSES, *HELD_POSES)}
    sheet.extra["drawn"] = {pose: load_sheet(assets, name) for pose, name in drawn.items()
                            if isinstance(known, dict) and name in known}
    spec = known.get(body) if isinstance(known, dict) else None
    sheet.extra["hover"] = isinstance(spec, dict) and spec.get("hover") is True
    return sheet


def variant(known: object, sprite: str, nth: int) -> str:
    """The sheet the `nth` person of `sprite` is drawn from: its own, or one of its `variants`."""
    spec = known.get(sprite) if isinstance(known, dict) else None
    names = spec.get("variants") if isinstance(spec, dict) else None
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n in known for n in names):
        return sprite
    return names[(max(1, nth) - 1) % len(names)]


def hovers(sheet: Sheet) -> bool:
    """A sheet that flies (a police drone): its frames are its hover, played while it stays put too."""
    return sheet.extra.get("hover") is True


def moving(sheet: Sheet, pose: str, facing: str, t: float, walking: bool) -> pygame.Surface:
    """A frame of someone in a pose they walk in: from its own sheet, else made from the walk."""
    drawn = sheet.extra.get("drawn")
    own = drawn.get(pose) if isinstance(drawn, dict) else None
    if isinstance(own, Sheet):
        return own.frame(facing, t, walking)
    if pose in DRAGGED:  # taken along without a step of their own: the standing frame, leant back
        return posed(sheet, sheet.frame(facing, 0, False), pose, facing)
    return posed(sheet, sheet.frame(facing, t, walking), pose, facing)


def posed(sheet: Sheet, frame: pygame.Surface, pose: str, facing: str) -> pygame.Surface:
    """`frame` (a standing frame of `sheet`) held in `pose`; the frame itself for standing, carrying
    (without a sheet of its own) or an unknown pose."""
    if pose not in POSES or pose == "stand" or pose in CARRYING or pose in DANCE or pose in FALL:  # in time (dancing.py, falling.py)
        return frame
    if pose in HELD_POSES:  # aiming, swinging: its own sheet's first frame, else as they stand
        return _held(sheet, frame, pose, facing)
    if pose in SEATED_HELD:  # aiming or reaching, sat on the floor: that frame, the legs folded under it
        frame = _held(sheet, frame, SEATED_HELD[pose], facing)
    cache = sheet.extra.setdefault("poses", {})
    assert isinstance(cache, dict)
    key = (id(frame), pose, facing)
    if key not in cache:
        cache[key] = _make(frame, pose, facing)
    return cache[key]


def _held(sheet: Sheet, frame: pygame.Surface, pose: str, facing: str) -> pygame.Surface:
    """The held pose's own sheet's first frame, else `frame` (as they stand)."""
    own = sheet.extra.get("drawn", {}).get(pose)  # type: ignore[union-attr]
    return own.frame(facing, 0, False) if isinstance(own, Sheet) else frame


def _make(frame: pygame.Surface, pose: str, facing: str) -> pygame.Surface:
    w, h = frame.get_size()
    if pose in HOLDING:  # both arms round who is before them (holding.py)
        return holding(frame, facing)
    if pose in SLACK:  # head down, lolling, greyed (slack.py)
        return slack(frame, facing)
    if pose in DRAGGED:  # leant back, the feet trailing (dragged.py)
        return dragged(frame, facing)
    if pose in CROUCHING:  # down on the heels (crouching.py)
        return crouching(frame, facing)
    if pose in BROKEN:
        return apart(frame)
    if pose in SEATED or pose in SEATED_HELD:
        return seated(frame, facing)
    if pose in SQUASH:
        sx, sy = SQUASH[pose]
        return pygame.transform.scale(frame, (max(1, round(w * sx)), max(1, round(h * sy))))
    head_left = facing in ("left", "up")
    if pose == "knocked_down":
        head_left = not head_left  # thrown back, away from where they faced
    img = pygame.transform.rotate(frame, 90 if head_left else -90)
    if pose == "knocked_down":
        img = img.copy()
        img.fill(FALLEN_SHADE, special_flags=pygame.BLEND_RGB_MULT)
    return img


def apart(frame: pygame.Surface) -> pygame.Surface:
    """The figure in pieces on the floor: cut into a grid, each piece turned a quarter at random and
    thrown out from where it stood (the head furthest), greyed, with sparks among them. Twice as
    wide as the frame and half as tall, standing on the same feet."""
    w, h = frame.get_size()
    out = pygame.Surface((w * 2, max(8, h // 2)), pygame.SRCALPHA)
    rng = random.Random(w * 1000 + h)
    cols, rows = PIECES
    pw, ph = -(-w // cols), -(-h // rows)
    for r in range(rows):
        for c in range(cols):
            piece = frame.subsurface(pygame.Rect(c * pw, r * ph, pw, ph).clip(frame.get_rect())).copy()
            if piece.get_bounding_rect().width == 0:
                continue  # nothing of the figure in this corner
            piece = pygame.transform.rotate(piece, 90 * rng.randrange(4))
            spread = (c - (cols - 1) / 2) * pw * 1.5 + rng.uniform(-pw / 2, pw / 2)
            x = round(w + spread - piece.get_width() / 2)
            y = round(out.get_height() - piece.get_height() - (rows - 1 - r) * ph * 0.35 - rng.uniform(0, 3))
            out.blit(piece, (x, max(0, y)))
    out.fill(FALLEN_SHADE, special_flags=pygame.BLEND_RGB_MULT)
    for _ in range(max(6, w // 4)):
        at = (rng.randrange(w // 3, w * 5 // 3), rng.randrange(out.get_height()))
        out.fill(rng.choice(SPARK_COLOURS), (*at, 1 + rng.randrange(2), 1))
    return out

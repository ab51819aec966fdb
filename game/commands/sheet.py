"""`main.py sheet BEAT`: a contact sheet of how a beat is staged, for a designer directing it.

The beat is played headless in the window's own scenes (SDL's dummy driver), arriving there as
`--beat` does and taking the first options, and one frame is kept at each stage direction and at
the first line of each node: a page of pictures, each captioned with its node and its first words,
that shows at a glance where the light, the people and the camera are as the beat goes on. At a
place to look round, Mai walks to the spot she visits before she looks, as a player would, so the
frames of what she finds there show her there.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.engine.context import Context
from game.engine.window import SHOT_SIZE, App, build
from game.scenes.flow import Flow
from game.scenes.play import PlayScene
from game.story import events as ev
from game.story.compiler import load_story
from game.story.playthrough import default_answer

from .output import can_write

CELL = (384, 216)  # one frame on the sheet
CAPTION = 22  # pixels of caption under each frame
COLUMNS = 4
GAP = 8
SETTLE = 45  # frames each event stays up before the sheet answers it (a walk has begun)
TYPED = 2 * SETTLE  # frames a node's first line stays up before its frame is taken: it has typed
MAX_FRAMES = 30_000  # about eight minutes of play: a beat that has not ended by then is cut short
MAX_CELLS = 64
WORDS = 7  # of a line, in a caption
PRESENTERS = ("BeatCard", "DialogueScene", "ReviewScene", "ActionScene", "RebootScene", "EndingScene",
              "GameOverScene")  # the scenes that end with the answer to the event they show


@dataclass
class Shot:
    node: str
    words: str
    picture: pygame.Surface
    lead: tuple[int, int] | None = None  # where the beat's lead stood on the map (None: not on one)


@dataclass
class Sheet:
    """What was captured, and the directions whose frame is still to be taken (frame, caption)."""

    shots: list[Shot] = field(default_factory=list)
    due: list[tuple[int, str, str]] = field(default_factory=list)
    nodes: set[str] = field(default_factory=set)  # nodes whose first line was taken
    going: tuple[ev.Event, int] | None = None  # the explore choice Mai is walking to answer, and its option


def caption(e: ev.Stage | ev.Line) -> str:
    """A line's first words; for a direction, its note or what it does."""
    if isinstance(e, ev.Line):
        words = e.text.split()
        text = " ".join(words[:WORDS]) + ("…" if len(words) > WORDS else "")
        return f"{e.name}: {text}" if e.name else text
    if e.note:
        return f"[{e.note}]"
    parts = [e.time, e.effect, e.camera, *(f"{c.who} > {c.spot}" if c.spot else c.who for c in e.cast)]
    return "[stage: " + ", ".join(p for p in parts if p) + "]"


def _watch_directions(ctx: Context, sheet: Sheet, frame: list[int]) -> None:
    """Note every stage direction the window answers, to take its frame a little later."""
    session = ctx.session
    assert session is not None
    answer = session.answer

    def answered(a):  # type: ignore[no-untyped-def]
        e = session.event
        if isinstance(e, ev.Stage):
            sheet.due.append((frame[0] + SETTLE, e.node, caption(e)))
        return answer(a)

    session.answer = answered  # type: ignore[method-assign]


def _take(ctx: Context, sheet: Sheet, node: str, words: str) -> None:
    if len(sheet.shots) < MAX_CELLS:
        picture = pygame.transform.smoothscale(ctx.window.surface, CELL)
        director = ctx.scenes.find(PlayScene)
        lead = director.stage.mai if director is not None else None  # type: ignore[attr-defined]
        sheet.shots.append(Shot(node, words, picture, (round(lead.pos.x), round(lead.pos.y)) if lead else None))


def _explore(director: PlayScene, e: ev.Choice, taken: dict[str, set[str]], sheet: Sheet) -> None:
    """Walk Mai to the spot of the option the first options take; the director looks there when she
    arrives, as after a player's click. Straight there when it has no spot on this map, she cannot
    walk to it, or her walk has ended out of reach of it."""
    stage = director.stage
    if sheet.going is not None and sheet.going[0] is e:
        if stage.mai is None or not stage.mai.moving:
            director.choose(sheet.going[1])
        return
    index = default_answer(e, taken).index  # type: ignore[attr-defined]
    spot = next((o for o in stage.spots if stage.active_nodes.get(o.props.get("node")) == index), None)
    if spot is None or stage.mai is None or stage.map is None or stage.near is spot \
            or not stage.walk_to(stage.map.tiles_of(spot.rect), spot):
        director.choose(index)
        return
    sheet.going = (e, index)


def _act(ctx: Context, e: ev.Event, taken: dict[str, set[str]], sheet: Sheet) -> None:
    """Answer `e` as the first options would, through the scene that shows it."""
    top, director = ctx.scenes.top, ctx.scenes.find(PlayScene)
    if isinstance(e, ev.Stage):
        return  # the window plays it and goes on by itself
    if top is director and director is not None and isinstance(e, ev.Choice) and e.kind == "explore":
        _explore(director, e, taken, sheet)  # type: ignore[arg-type]
    elif type(top).__name__ in PRESENTERS:
        top.dismiss(default_answer(e, taken))
    elif top is not director and not type(top).__name__.endswith("Fade"):
        top.dismiss()  # a tip or a card over the game


def play_beat(ctx: Context, app: App, beat: str) -> Sheet:
    """Play `beat` from its start to its end (or a cut-off), taking the frames of the sheet."""
    sheet, frame, taken = Sheet(), [0], {}
    _watch_directions(ctx, sheet, frame)
    waiting, since = None, 0
    while frame[0] < MAX_FRAMES and len(sheet.shots) < MAX_CELLS:
        app.frame(fixed=True)
        frame[0] += 1
        for due in [d for d in sheet.due if d[0] <= frame[0]]:
            sheet.due.remove(due)
            _take(ctx, sheet, due[1], due[2])
        session = ctx.session
        if session is None or session.finished or session.runtime.state.beat != beat:
            break
        e = session.event
        if e is not waiting:
            waiting, since = e, 0
        since += 1
        first = isinstance(e, ev.Line) and e.node not in sheet.nodes
        if first and since == TYPED:
            sheet.nodes.add(e.node)  # type: ignore[union-attr]
            _take(ctx, sheet, e.node, caption(e))  # type: ignore[union-attr, arg-type]
        if not first and since % SETTLE == 0:
            _act(ctx, e, taken, sheet)  # again every while: a scene over it was closed, or it asks again
    for _, node, words in sheet.due:  # directions at the very end of the beat
        _take(ctx, sheet, node, words)
    return sheet


def lay_out(shots: list[Shot], title: str) -> pygame.Surface:
    """The frames in rows of COLUMNS, each with its caption, under the sheet's title."""
    font = pygame.font.Font(None, 20)
    big = pygame.font.Font(None, 28)
    rows = max(1, math.ceil(len(shots) / COLUMNS))
    width = COLUMNS * CELL[0] + (COLUMNS + 1) * GAP
    head = 36
    height = head + rows * (CELL[1] + CAPTION + GAP) + GAP
    page = pygame.Surface((width, height))
    page.fill((18, 20, 30))
    page.blit(big.render(title, True, (230, 232, 240)), (GAP, 8))
    for i, shot in enumerate(shots):
        x = GAP + (i % COLUMNS) * (CELL[0] + GAP)
        y = head + (i // COLUMNS) * (CELL[1] + CAPTION + GAP)
        page.blit(shot.picture, (x, y))
        text = f"{i + 1}. {shot.node} · {shot.words}"
        label = font.render(text, True, (200, 206, 222))
        page.blit(label, (x + 2, y + CELL[1] + 4), pygame.Rect(0, 0, CELL[0] - 4, CAPTION))
    return page


def make_sheet(story_dir: Path, beat: str, out: Path, seed: int = 0) -> list[tuple[str, str]]:
    """Play `beat` headless and write its contact sheet to `out`; the caption of each frame on it
    (node, words), in order."""
    return [(shot.node, shot.words) for shot in shoot(story_dir, beat, out, seed).shots]


def shoot(story_dir: Path, beat: str, out: Path, seed: int = 0) -> Sheet:
    """Play `beat` headless and write its contact sheet to `out`; what was taken."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    with tempfile.TemporaryDirectory(prefix="nextgen-sheet-") as tmp:
        app, ctx = build(Path(story_dir), Path(tmp), seed, SHOT_SIZE, fixed=True, settings_dir=Path(tmp),
                         sound=False)
        try:
            flow = Flow(ctx, Path(tmp) / "saves")
            if flow.boot(beat) != 0 or ctx.session is None:
                raise SheetError("; ".join(ctx.problems) or f"the game could not start at '{beat}'")
            title = ctx.session.where()
            sheet = play_beat(ctx, app, beat)
            pygame.image.save(lay_out(sheet.shots, f"{title} — {len(sheet.shots)} frames"), str(out))
            return sheet
        finally:
            pygame.quit()


class SheetError(Exception):
    """The beat cannot be played: one sentence."""


def run(args: argparse.Namespace) -> int:
    story, _diags = load_story(args.story)
    if story is None:
        print(f"sheet: the story in {args.story} does not load; run `main.py validate --story {args.story}`",
              file=sys.stderr)
        return 1
    if args.beat not in story.beats:
        print(f"sheet: there is no beat '{args.beat}' (beats: {', '.join(story.beats)})", file=sys.stderr)
        return 2
    out = args.out or Path(f"sheet_{args.beat}.png")
    if not can_write("sheet", out):
        return 2
    try:
        n = len(make_sheet(args.story, args.beat, out))
    except SheetError as exc:
        print(f"sheet: {exc}", file=sys.stderr)
        return 1
    print(f"{out}: {n} frame{'s' if n != 1 else ''} of '{args.beat}'")
    return 0

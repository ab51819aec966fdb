"""`main.py bench`'s window figures: each scene's update+draw time, and start-up time.

Every scene is set up on a real story at the event it presents, then run for `frames` frames at
1280×720 on SDL's dummy driver (the CPU only), one fixed update and one draw per frame. Start-up is
measured from nothing to the first frame drawn, beside bare pygame's own init + set_mode + flip in
the same process, so the difference is what the game itself costs.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame

from game.engine.input import InputEvent
from game.engine.timestep import STEP
from game.story import events as ev

SIZE = (1280, 720)


def _bare_pygame() -> float:
    t = time.perf_counter()
    pygame.display.init()
    pygame.display.set_mode(SIZE)
    pygame.display.flip()
    dt = time.perf_counter() - t
    pygame.quit()
    return dt


def _drive(rt, want: type | tuple[type, ...], rng: random.Random, limit: int = 4000,
           kind: str | None = None) -> bool:
    """Answer the runtime at random until it shows `want` (of `kind`, for choices)."""
    for _ in range(limit):
        e = rt.event
        if isinstance(e, want) and (kind is None or getattr(e, "kind", None) == kind):
            return True
        if rt.finished:
            return False
        if isinstance(e, ev.Choice):
            rt.choose(rng.randrange(len(e.options)))
        elif isinstance(e, ev.Review):
            pool = [c.id for c in e.held + e.pending]
            rt.review(delete=rng.sample(pool, e.must_free))
        elif isinstance(e, ev.Action):
            rt.action(won=True)
        elif isinstance(e, ev.Reboot):
            rt.reboot()
        else:
            rt.advance()
    return False


def _find(story, want, kind: str | None = None, scene: str | None = None, seed: int = 1,
          beats: list[str] | None = None):
    from game.story.runtime import Runtime

    for beat in (story.beats[b] for b in beats) if beats else story.beats.values():
        if scene is not None and beat.scene != scene:
            continue
        for attempt in range(4):
            rt = Runtime(story, seed=seed, beat=beat.id)
            if _drive(rt, want, random.Random(seed + attempt), kind=kind):
                return rt
    return None


def _measure(app, frames: int, poke: Callable[[int], None] | None = None) -> dict[str, float]:
    times = []
    for i in range(frames):
        if poke:
            poke(i)
        t = time.perf_counter()
        app.update(STEP)
        app.draw()
        pygame.display.flip()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 3),
            "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 3),
            "max_ms": round(times[-1], 3)}


def run_bench(story_dir: Path, frames: int = 600, t0: float | None = None) -> dict[str, Any]:
    from game.engine.window import build
    from game.scenes.session import boot, load_story

    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"nextgen-bench-{os.getpid()}"
    bare = [_bare_pygame()]
    t = time.perf_counter()
    app, ctx = build(story_dir, tmp, 0, SIZE, fixed=True, settings_dir=tmp, sound=False)
    boot(ctx, tmp, None, background=True)
    app.frame(fixed=True)
    first = time.perf_counter() - t
    if ctx.loader is not None:
        ctx.loader.thread.join()
    pygame.quit()
    bare.append(_bare_pygame())
    out: dict[str, Any] = {
        "startup": {"first_frame_s": round(first, 4), "bare_pygame_s": round(min(bare), 4),
                    "overhead_s": round(first - min(bare), 4)},
        "frames": frames, "size": list(SIZE), "scenes": {},
    }
    story, _diags = load_story(story_dir)
    if story is None:
        out["error"] = "the story does not load; run `python main.py validate`"
        return out

    def fresh():
        app, ctx = build(story_dir, tmp, 0, SIZE, fixed=True, settings_dir=tmp, sound=False)
        ctx.story = story
        from game.story.saves import SaveStore

        ctx.saves = SaveStore(tmp)
        return app, ctx

    def scene_bench(name: str, setup: Callable[[Any, Any], Callable[[int], None] | None]) -> None:
        app, ctx = fresh()
        try:
            poke = setup(app, ctx)
        except LookupError as exc:
            out["scenes"][name] = {"skipped": str(exc)}
            pygame.quit()
            return
        for _ in range(30):  # settle: fades, caches, first layout
            app.update(STEP)
            app.draw()
        out["scenes"][name] = _measure(app, frames, poke)
        pygame.quit()

    def title(app, ctx):
        from .title import TitleScene

        ctx.scenes.push(TitleScene(ctx))

    def play_at(ctx, rt) -> Any:
        from .play import PlayScene

        ctx.runtime = rt
        scene = PlayScene(ctx)
        ctx.scenes.push(scene)
        return scene

    def largest_first(ctx) -> list[str]:
        """Explore beats, the one on the biggest map (then the busiest) first."""
        from game.levels.tmx import TmxError, load_map

        def size(beat) -> tuple[int, int]:
            try:
                tmx = load_map(ctx.assets.path(f"{beat.map}.tmx", "levels"))
            except (TmxError, OSError, ValueError):
                return (0, 0)
            return (tmx.width * tmx.height, sum(o.type in ("npc", "walker") for o in tmx.objects))
        beats = [b for b in story.beats.values() if b.scene == "explore" and b.map]
        return [b.id for b in sorted(beats, key=size, reverse=True)]

    def explore(app, ctx):
        rt = _find(story, ev.Choice, kind="explore", scene="explore", beats=largest_first(ctx))
        if rt is None:
            raise LookupError("no explore choice in the story")
        scene = play_at(ctx, rt)
        out["explore_map"] = rt.story.beats[rt.state.beat].map

        def walk(i: int) -> None:  # from spot to spot along the shortest ways, so the camera scrolls
            stage = scene.stage
            if stage.can_walk and stage.walking and not stage.route and stage.spots:
                spot = stage.spots[(i // 7) % len(stage.spots)]
                stage.walk_to(stage.map.tiles_of(spot.rect))
        return walk

    def dialogue(app, ctx):
        rt = _find(story, ev.Line)
        if rt is None:
            raise LookupError("no line in the story")
        play_at(ctx, rt)
        app.update(STEP)
        from .dialogue import DialogueScene

        def retype(i: int) -> None:  # keep the typewriter running
            top = ctx.scenes.top
            if isinstance(top, DialogueScene) and i % 120 == 0 and top.box.line is not None:
                top.box.show(top.box.line)
        return retype

    def choice(app, ctx):
        rt = _find(story, ev.Choice, kind="choice")
        if rt is None:
            raise LookupError("no choice in the story")
        play_at(ctx, rt)

        def move(i: int) -> None:
            if i % 30 == 0:
                ctx.scenes.handle(InputEvent("down"))
        return move

    def review(app, ctx):
        rt = _find(story, ev.Review)
        if rt is None:
            raise LookupError("no review in the story")
        play_at(ctx, rt)

        def browse(i: int) -> None:
            if i % 20 == 0:
                ctx.scenes.handle(InputEvent("right" if (i // 100) % 2 == 0 else "left"))
        return browse

    def action(app, ctx):
        rt = _find(story, ev.Action)
        if rt is None:
            raise LookupError("no action set-piece in the story")
        from .action import ActionScene

        play_at(ctx, rt)
        scene = ActionScene(ctx)
        scene.go = lambda: None  # hold the card on screen for the whole measurement
        ctx.scenes.push(scene)

    def reboot(app, ctx):
        rt = _find(story, ev.Reboot, scene="ending")
        if rt is None:
            raise LookupError("no reboot in the story")
        if not rt.core.held:
            rt.state.core.held = list(story.memories)[: story.capacity]
            rt._settle()
        from .ending import PLAY_TIME, RebootScene

        play_at(ctx, rt)
        scene = RebootScene(ctx)
        ctx.scenes.push(scene)
        scene.phase = "farewell"  # the farewell montage: cards, glow, holograms

        def loop(i: int) -> None:
            if scene.phase != "farewell":
                scene.phase, scene.playing, scene.play_t = "farewell", 0, 0.0
            scene.play_t = min(scene.play_t, PLAY_TIME - 0.01) if scene.playing >= len(scene.order) - 1 else scene.play_t
        return loop

    def ending(app, ctx):
        rt = _find(story, ev.Ending)
        if rt is None:
            raise LookupError("no ending in the story")
        from .ending import EndingScene

        play_at(ctx, rt)
        scene = EndingScene(ctx)
        ctx.scenes.push(scene)
        scene.phase = "credits"

    def overlay(kind: str):
        def setup(app, ctx):
            rt = _find(story, ev.Line)
            if rt is None:
                raise LookupError("no line in the story")
            play_at(ctx, rt)
            app.update(STEP)
            if kind == "pause":
                from .pause import PauseScene

                ctx.scenes.push(PauseScene(ctx))
            elif kind == "settings":
                from .settings_menu import SettingsScene

                ctx.scenes.push(SettingsScene(ctx))
            elif kind == "slots":
                from .slots import SlotsScene

                ctx.scenes.push(SlotsScene(ctx, "load"))
            elif kind == "history":
                from .dialogue import Said
                from .history import HistoryScene

                ctx.history.extend(Said("Mai", f"Line {i} of what was said, long enough to wrap onto a second "
                                                f"line in the log.", (255, 72, 160)) for i in range(40))
                ctx.scenes.push(HistoryScene(ctx))
        return setup

    for name, setup in (("title", title), ("explore", explore), ("dialogue", dialogue), ("choice", choice),
                        ("review", review), ("action", action), ("reboot", reboot), ("ending", ending),
                        ("pause", overlay("pause")), ("settings", overlay("settings")),
                        ("slots", overlay("slots")), ("history", overlay("history"))):
        scene_bench(name, setup)
    out["map_load_ms"] = _map_loads(story_dir)
    worst = max((v["p99_ms"] for v in out["scenes"].values() if "p99_ms" in v), default=0.0)
    out["worst_p99_ms"] = worst
    out["bench_peak_rss_mb"] = _peak_rss_mb()  # every scene built in turn in one process: above a game's own
    return out


def _map_loads(story_dir: Path) -> dict[str, float]:
    """How long each map takes to load (pytmx + pyscroll): the pause behind a doorway's curtain."""
    from game.engine.assets import Assets
    from game.engine.tilemap import MapError, TileMap

    pygame.display.init()
    pygame.display.set_mode(SIZE)
    assets = Assets(levels=Path(story_dir).resolve().parent / "levels")
    out: dict[str, float] = {}
    for path in sorted(assets.folders["levels"].glob("*.tmx")):
        t = time.perf_counter()
        try:
            TileMap(assets, path.stem)
        except MapError:
            continue
        out[path.stem] = round((time.perf_counter() - t) * 1000, 1)
    pygame.quit()
    return out


def _peak_rss_mb() -> float | None:
    try:
        import resource

        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return round(kb / 1024, 1)
    except (ImportError, AttributeError):
        return None

"""Unit tests of the engine's pure parts: scaling, the fixed step, the scene stack, fades."""

from __future__ import annotations

from types import SimpleNamespace

import pygame
import pytest

from game.engine.canvas import Canvas
from game.engine.fade import Fade
from game.engine.input import InputEvent
from game.engine.scaling import integer_scale, to_logical, viewport, window_size_for
from game.engine.scene import Scene
from game.engine.stack import SceneStack
from game.engine.text import TextRenderer
from game.engine.timestep import STEP, FixedStep


@pytest.mark.parametrize(("window", "scale"), [((640, 360), 1), ((1280, 720), 2), ((1920, 1080), 3),
                                               ((1366, 768), 2), ((2560, 1080), 3), ((300, 200), 1)])
def test_integer_scale(window, scale):
    assert integer_scale(window) == scale


def test_letterbox_centres_the_picture():
    assert viewport((1366, 768)) == (43, 24, 1280, 720, 2)
    assert viewport((1920, 1200)) == (0, 60, 1920, 1080, 3)


def test_mouse_positions_map_to_logical_pixels():
    assert to_logical((43, 24), (1366, 768)) == (0, 0)
    assert to_logical((43 + 1279, 24 + 719), (1366, 768)) == (639, 359)
    assert to_logical((10, 10), (1366, 768)) is None, "a click on the black bar hits nothing"


def test_window_size_shrinks_to_fit_the_desktop():
    assert window_size_for(3) == (1920, 1080)
    assert window_size_for(4, desktop=(1920, 1080)) == (1280, 720)


def test_fixed_step_runs_whole_steps_and_keeps_the_rest():
    fs = FixedStep()
    assert fs.advance(STEP * 2.5) == 2
    assert 0.49 < fs.alpha < 0.51
    assert fs.advance(STEP * 0.5) == 1
    assert fs.advance(0) == 0


def test_fixed_step_does_not_spiral_after_a_stall():
    fs = FixedStep(max_steps=5)
    assert fs.advance(3.0) == 5
    assert fs.accumulator == 0


class Probe(Scene):
    def __init__(self, ctx, log, name, opaque=True):
        super().__init__(ctx)
        self.log, self.label, self.opaque = log, name, opaque

    def enter(self):
        self.log.append(f"{self.label}.enter")

    def pause(self):
        self.log.append(f"{self.label}.pause")

    def resume(self):
        self.log.append(f"{self.label}.resume")

    def exit(self):
        self.log.append(f"{self.label}.exit")

    def update(self, dt):
        self.log.append(f"{self.label}.update")


def make():
    stack = SceneStack()
    ctx = SimpleNamespace(scenes=stack)
    return stack, ctx, []


def test_push_pauses_and_pop_resumes_on_the_next_update():
    stack, ctx, log = make()
    a = stack.push(Probe(ctx, log, "a"))
    b = stack.push(Probe(ctx, log, "b"))
    assert log == ["a.enter", "a.pause", "b.enter"]
    log.clear()
    b.dismiss()
    assert log == ["b.exit"], "resume waits for the next update"
    stack.update(STEP)
    assert log == ["b.exit", "a.resume", "a.update"]
    assert stack.top is a


def test_pause_and_resume_always_pair_when_a_callback_pushes():
    stack, ctx, log = make()
    stack.push(Probe(ctx, log, "a"))
    b = Probe(ctx, log, "b")
    stack.push(b, lambda result: stack.push(Probe(ctx, log, "c")))
    log.clear()
    b.dismiss("done")
    stack.update(STEP)
    assert log == ["b.exit", "c.enter", "c.update"], "a is neither resumed nor paused again"


def test_dismiss_hands_the_result_to_the_pusher():
    stack, ctx, log = make()
    stack.push(Probe(ctx, log, "a"))
    results = []
    b = stack.push(Probe(ctx, log, "b"), results.append)
    b.dismiss(42)
    assert results == [42]


def test_replace_keeps_the_callback_and_reset_empties():
    stack, ctx, log = make()
    results = []
    stack.push(Probe(ctx, log, "a"))
    b = stack.push(Probe(ctx, log, "b"), results.append)
    c = stack.replace(Probe(ctx, log, "c"), b)
    c.dismiss("from c")
    assert results == ["from c"]
    stack.reset(Probe(ctx, log, "d"))
    assert len(stack) == 1


def test_overlays_draw_above_the_top_opaque_scene():
    stack, ctx, log = make()
    stack.push(Probe(ctx, log, "base"))
    game = stack.push(Probe(ctx, log, "game"))
    box = stack.push(Probe(ctx, log, "box", opaque=False))
    assert stack.visible() == [game, box]


def test_only_the_top_scene_gets_input():
    stack, ctx, log = make()
    got = []
    a = stack.push(Probe(ctx, log, "a"))
    a.handle = lambda e: got.append("a")
    b = stack.push(Probe(ctx, log, "b"))
    b.handle = lambda e: got.append("b")
    stack.handle(InputEvent("confirm"))
    assert got == ["b"]


def test_a_fade_swallows_input_swaps_and_pops_itself():
    stack, ctx, log = make()
    a = stack.push(Probe(ctx, log, "a"))
    new = Probe(ctx, log, "new")
    fade = Fade(ctx, lambda: stack.replace(new, a), out_time=0.1, in_time=0.1, hold=0)
    stack.push(fade)
    a.handle = lambda e: log.append("a.handle")
    stack.handle(InputEvent("confirm"))
    assert "a.handle" not in log
    dims = []
    for _ in range(20):
        stack.update(STEP)
        if fade.active:
            dims.append(fade.dim)
    assert max(dims) == 255 and stack.top is new and not fade.active


@pytest.fixture
def canvas():
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1280, 720))
    c = Canvas(TextRenderer())
    c.scale, c.origin = 2, (0, 0)
    yield c
    pygame.quit()


def test_text_is_rendered_once_and_then_cached(canvas):
    renderer = canvas.text_renderer
    for _ in range(3):
        canvas.reset()
        canvas.text("Mai Su.", (10, 10), 14)
        canvas.text("A longer line that wraps across the box.", (10, 30), 14, width=80, reveal=12)
    assert renderer.renders == 1 + len(renderer.wrap("A longer line that wraps across the box.", canvas.px(14), 160))


def test_text_is_drawn_at_window_resolution(canvas):
    canvas.reset()
    r = canvas.text("Hello", (100, 50), 14)
    assert r.topleft == (100, 50)
    op = canvas.layers[0].texts[0]
    assert (op.x, op.y) == (200, 100)
    assert op.block.px == 28, "twice the size at twice the scale: crisp, not scaled pixels"


def test_wrapping_keeps_lines_inside_the_width(canvas):
    w, h = canvas.measure("one two three four five six seven eight nine ten", 14, 60)
    assert w <= 60 and h > canvas.line_height(14)


def test_present_letterboxes_and_layers(canvas):
    window = pygame.display.get_surface()
    canvas.surface.fill((255, 0, 0))
    canvas.reset()
    canvas.begin()
    canvas.begin(None, 255)  # a fade to black over everything
    canvas.present(window)
    assert window.get_at((640, 360))[:3] == (0, 0, 0)

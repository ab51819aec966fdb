"""The scene stack: push, pop, replace, with deferred resume (as Tuxemon's StateManager).

Only the top scene updates and receives input. When the top leaves, the scene below is resumed on
the *next* update rather than at once, so a callback that immediately pushes another scene does not
produce a resume followed at once by a pause: every `pause` is matched by exactly one `resume`.
Drawing goes bottom-up from the topmost opaque scene.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .input import InputEvent

if TYPE_CHECKING:
    from .canvas import Canvas
    from .scene import Scene

Callback = Callable[[Any], None]


class SceneStack:
    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self._callbacks: dict[int, Callback | None] = {}
        self._resume_due = False

    def __len__(self) -> int:
        return len(self._scenes)

    def __iter__(self):
        return iter(list(self._scenes))

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    def find(self, kind: type) -> Scene | None:
        for scene in reversed(self._scenes):
            if isinstance(scene, kind):
                return scene
        return None

    # --- changes ------------------------------------------------------------------------------

    def push(self, scene: Scene, on_result: Callback | None = None) -> Scene:
        top = self.top
        if top is not None and not top.paused:
            top.paused = True
            top.pause()
        self._scenes.append(scene)
        self._callbacks[id(scene)] = on_result
        scene.active = True
        scene.paused = False
        scene.enter()
        return scene

    def pop(self, scene: Scene | None = None, result: Any = None) -> None:
        """Remove `scene` (default: the top) and hand `result` to its callback."""
        if not self._scenes:
            return
        scene = scene or self._scenes[-1]
        if scene not in self._scenes:
            return
        was_top = scene is self._scenes[-1]
        self._scenes.remove(scene)
        scene.active = False
        scene.exit()
        callback = self._callbacks.pop(id(scene), None)
        if was_top:
            self._resume_due = True
        if callback is not None:
            callback(result)

    def replace(self, new: Scene, old: Scene | None = None) -> Scene:
        """Put `new` where `old` (default: the top) was; the old one's callback passes to the new."""
        old = old or self.top
        if old is None or old not in self._scenes:
            return self.push(new)
        i = self._scenes.index(old)
        self._scenes[i] = new
        old.active = False
        old.exit()
        self._callbacks[id(new)] = self._callbacks.pop(id(old), None)
        new.active = True
        new.paused = i != len(self._scenes) - 1
        new.enter()
        return new

    def insert_below(self, above: Scene, new: Scene) -> Scene:
        """Put `new` just under `above` (a fade bringing in the next scene)."""
        i = self._scenes.index(above) if above in self._scenes else len(self._scenes)
        self._scenes.insert(i, new)
        self._callbacks[id(new)] = None
        new.active = True
        new.paused = i != len(self._scenes) - 1
        new.enter()
        return new

    def reset(self, scene: Scene) -> Scene:
        """Empty the stack (top first) and start again from `scene`."""
        while self._scenes:
            old = self._scenes.pop()
            old.active = False
            old.exit()
            self._callbacks.pop(id(old), None)
        self._resume_due = False
        return self.push(scene)

    # --- per frame ----------------------------------------------------------------------------

    def _flush_resume(self) -> None:
        top = self.top
        if self._resume_due and top is not None:
            self._resume_due = False
            if top.paused:
                top.paused = False
                top.resume()

    def update(self, dt: float) -> None:
        self._flush_resume()
        top = self.top
        if top is not None and not top.paused:
            top.update(dt)
        scenes = list(self._scenes)  # the update above may have pushed or popped
        for i in range(len(scenes) - 2, -1, -1):
            above = scenes[i + 1]
            if above.opaque or above.holds_world:
                break
            scenes[i].ambient(dt)

    def handle(self, ev: InputEvent) -> None:
        self._flush_resume()
        top = self.top
        if top is not None and not top.paused:
            top.handle(ev)

    def visible(self) -> list[Scene]:
        """The scenes to draw, bottom-up from the topmost opaque one."""
        start = 0
        for i in range(len(self._scenes) - 1, -1, -1):
            if self._scenes[i].opaque:
                start = i
                break
        return self._scenes[start:]

    def draw(self, canvas: Canvas) -> None:
        canvas.reset()
        for i, scene in enumerate(self.visible()):
            if i == 0:
                canvas.begin()
            else:
                canvas.begin(scene.rect, scene.dim)
            scene.draw(canvas)

"""An answer that is followed by a show of what it did.

Most presenters end with `dismiss(answer)` and the director moves the story on at once. A few
decisions play out on screen before the story goes on — the reboot's order is given, and then the
memories play in that order and fade. Such a presenter dismisses with `Then(answer, scene)`: the
director gives the session the answer at once (a save made now holds it), shows `scene`, and
presents what comes next when that scene is dismissed.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.engine.scene import Scene
from game.story.answers import Answer


@dataclass(frozen=True, slots=True)
class Then:
    answer: Answer
    scene: Scene  # pushed by the director once the session has the answer

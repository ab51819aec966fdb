"""Self-voicing: what the player looks at, read aloud through the system's speech.

Each frame the window asks the scene on top what it says (`Scene.spoken()`: a few parts, the last
one the focused control); when that changes, the voice reads it, interrupting what it was saying,
as a screen reader does. A new screen is read whole; a focus move within it reads only the new
focus. V (the `voice` action) turns it on and off from anywhere.

The engine is espeak-ng run as a process where it is installed (Linux; it can be cut off mid-word),
else `pyttsx3` (Windows' SAPI, macOS's speech) on a thread of its own, else nothing: a machine with
no speech stays silent and the game goes on.
"""

from __future__ import annotations

import logging
import queue
import shutil
import subprocess
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .settings import Settings

log = logging.getLogger(__name__)
MAX_CHARS = 2000  # one utterance; a longer text is cut (no line or card is near it)


class Engine(Protocol):
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...


class Silent:
    """No speech on this machine: every request is dropped."""

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass


class EspeakProcess:
    """espeak-ng (or espeak) as a child process per utterance; stopping kills the one speaking."""

    def __init__(self, program: str) -> None:
        self.program = program
        self.proc: subprocess.Popen[bytes] | None = None

    def say(self, text: str) -> None:
        self.stop()
        try:
            self.proc = subprocess.Popen([self.program, "--", text], stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as exc:
            log.warning("speech: %s could not start: %s", self.program, exc)
            self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
        self.proc = None


class Pyttsx3Thread:
    """pyttsx3 on a thread of its own: its `runAndWait` blocks, and the game must not."""

    def __init__(self) -> None:
        self.todo: queue.Queue[str] = queue.Queue()
        self.tts: Any = None
        self.thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            import pyttsx3  # optional: present where the game's dependencies are installed

            self.tts = pyttsx3.init()
        except Exception as exc:  # no driver, no voice: any failure means silence, never a crash
            log.warning("speech: pyttsx3 has no voice here: %s", exc)
            return
        while True:
            text = self.todo.get()
            while not self.todo.empty():  # only the newest matters
                text = self.todo.get()
            try:
                self.tts.say(text)
                self.tts.runAndWait()
            except Exception as exc:  # a driver failing mid-sentence: stay quiet, keep playing
                log.warning("speech: pyttsx3 failed: %s", exc)

    def say(self, text: str) -> None:
        self.todo.put(text)

    def stop(self) -> None:
        if self.tts is not None:
            try:
                self.tts.stop()
            except Exception:  # stopping a voice that is not speaking is not worth a crash
                pass


def open_engine() -> Engine:
    """The best speech this machine has; Silent when it has none."""
    for name in ("espeak-ng", "espeak"):
        program = shutil.which(name)
        if program:
            return EspeakProcess(program)
    try:
        import pyttsx3  # noqa: F401  optional: only to learn whether it is installed
    except ImportError:
        return Silent()
    return Pyttsx3Thread()


class Voice:
    """Reads what changes on screen while the self-voicing setting is on."""

    def __init__(self, settings: Settings, opener: Callable[[], Engine] = open_engine) -> None:
        self.settings = settings
        self.opener = opener
        self._engine: Engine | None = None
        self.last: tuple[int, list[str]] | None = None  # the scene and parts read last
        self.said: list[str] = []  # everything read, newest last (kept short): for tests and logs

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = self.opener()
        return self._engine

    @engine.setter
    def engine(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def on(self) -> bool:
        return bool(self.settings.self_voicing)

    def say(self, text: str, force: bool = False) -> None:
        text = " ".join(text.split())[:MAX_CHARS]
        if not text or not (self.on or force):
            return
        self.said = [*self.said[-49:], text]
        try:
            self.engine.stop()
            self.engine.say(text)
        except Exception as exc:  # a speech engine must never take the game down
            log.warning("speech failed: %s", exc)
            self._engine = Silent()

    def toggle(self) -> bool:
        """Self-voicing on or off (V), said aloud either way; True: the key was used."""
        self.settings.self_voicing = not self.settings.self_voicing
        self.settings.save()
        self.last = None  # read the screen afresh
        self.say("Self-voicing on" if self.on else "Self-voicing off", force=True)
        return True

    def follow(self, scene: object | None) -> None:
        """Read the top scene's parts if they changed since the last frame."""
        if not self.on or scene is None:
            self.last = None
            return
        spoken = getattr(scene, "spoken", None)
        parts = [p for p in (spoken() if spoken else []) if p]
        if not parts:
            self.last = None
            return
        key = id(scene)
        last = self.last
        self.last = (key, parts)
        if last is not None and last[0] == key:
            if last[1] == parts:
                return
            if last[1][:-1] == parts[:-1]:  # only the focus moved
                self.say(parts[-1])
                return
        self.say(" ".join(p if p[-1] in ".?!:," else p + "." for p in parts))

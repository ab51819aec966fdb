"""The score: one piece at a time, looping, crossfaded into the next, ducked under moments that matter.

`pygame.mixer.music` streams one file, so it can only fade a piece out and then the next one in, with
a hole of silence between them at every change of place. Pieces play here instead as `Sound`s on two
mixer channels kept for music: the old piece sinks on one while the new one rises on the other, and
each channel's volume is set every frame from the music volume, the crossfade and the duck.

The price of a Sound is that it holds its piece decoded (about 12 MB a stereo minute, a third of a
second to decode): pieces are decoded on a thread beside the game while the old one plays on (SDL
decodes without holding Python's lock, so the frames keep coming), and only the two a crossfade
needs are kept. One thread decodes every piece, in turn: the C library gives each thread its own
heap, and a thread a piece would leave its freed megabytes in a heap of its own that the process
never gets back (a whole game grew by a hundred MB that way).

A piece may open with an intro, a file of its own (`<name>.intro`) played once before the loop. The
loop then follows on the same channel without a gap: it is queued behind the intro, and every frame
it is queued again whenever the channel's queue has emptied (the mixer starts a queued sound the
moment the one before ends, in the same buffer), so it keeps repeating for as long as the piece plays.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pygame

log = logging.getLogger(__name__)

CHANNELS = (0, 1)  # the mixer channels kept for music (reserved, so effects never take them)
FADE = 1.5  # seconds of a crossfade between two pieces
STOP_FADE = 0.8  # seconds a piece takes to fall silent on "stop"
DUCK = 0.3  # the share of the music left under a ducked moment
DUCK_RATE = 4.0  # how fast the duck goes down and back up: its whole depth in a quarter second
KEEP = 2  # decoded pieces kept in memory: the one playing and the one fading (going back re-decodes)


@dataclass
class Deck:
    """One music channel: which piece it plays and where its crossfade stands (0 silent .. 1 full)."""

    channel: pygame.mixer.Channel | None
    name: str | None = None
    level: float = 0.0
    target: float = 0.0
    rate: float = 1.0 / FADE  # level per second towards the target
    body: Any = None  # the loop kept queued behind an intro, while the piece plays (None: none)

    def start(self, sound: Any, intro: Any) -> None:
        """Play the piece from its start: its intro once and then its loop, or just its loop."""
        self.body = None
        if self.channel is None or sound is None:
            return
        if intro is None:
            self.channel.play(sound, loops=-1)
            return
        self.channel.play(intro)
        self.body = sound
        self.requeue()

    def requeue(self) -> None:
        """Keep the loop queued behind what the channel plays, so it follows without a gap."""
        if self.body is not None and self.channel is not None and self.channel.get_busy() \
                and self.channel.get_queue() is None:
            self.channel.queue(self.body)

    def step(self, dt: float) -> None:
        if self.level < self.target:
            self.level = min(self.target, self.level + self.rate * dt)
        elif self.level > self.target:
            self.level = max(self.target, self.level - self.rate * dt)
        if self.level <= 0.0 and self.target <= 0.0 and self.name is not None:
            self.halt()
            self.name, self.body = None, None

    def halt(self) -> None:
        """Stop the channel. Stopping starts what is queued (the mixer plays the queue whenever a
        sound ends), so a loop queued behind the piece is stopped in turn."""
        if self.channel is not None:
            queued = self.channel.get_queue() is not None
            self.channel.stop()
            if queued:
                self.channel.stop()


class Music:
    """Plays pieces by name on two channels. `exists(name)` says whether a piece has a file and
    `load(name)` decodes it (None if it cannot be); `volume()` is the player's music volume. Without a
    mixer nothing is decoded or heard, but what would be playing is kept track of all the same, so
    the game and its tests run alike without a sound device."""

    def __init__(self, exists: Callable[[str], bool], load: Callable[[str], Any], volume: Callable[[], float],
                 mixer: bool) -> None:
        self.exists = exists
        self.load = load
        self.volume = volume
        self.mixer = mixer
        channels = [pygame.mixer.Channel(i) for i in CHANNELS] if mixer else [None, None]
        self.decks = [Deck(c) for c in channels]
        self.front = 0  # the deck of the piece playing now (the other one is fading, or idle)
        self.duck_level = 1.0
        self.duck_left = 0.0  # seconds the music stays ducked
        self.pending: tuple[str, float] | None = None  # a piece asked for, still decoding; its fade
        self._pieces: dict[str, Any] = {}  # decoded pieces, the newest last
        self._intros: dict[str, Any] = {}  # the decoded intros of those pieces that have one
        self._decoding: dict[str, threading.Event] = {}  # pieces asked of the decoder, set when done
        self._decoded: dict[str, Any] = {}  # what the decoder hands back
        self._asked: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._decoder: threading.Thread | None = None

    @property
    def playing(self) -> str | None:
        """The piece playing now, or asked for and about to (None while silent or falling silent)."""
        if self.pending is not None:
            return self.pending[0]
        deck = self.decks[self.front]
        return deck.name if deck.target > 0 else None

    @property
    def busy(self) -> bool:
        """A piece is still being decoded."""
        return bool(self._decoding)

    def play(self, name: str | None, fade: float = FADE) -> bool:
        """Crossfade to `name` (None or "stop": fall silent). False when the piece has no file: then
        what plays carries on, so a missing piece never leaves a scene in silence by mistake."""
        if name is None or name == "stop":
            self.fade_out(STOP_FADE)
            return True
        self.pending = None
        front = self.decks[self.front]
        if front.name == name:
            front.target, front.rate = 1.0, _rate(fade)  # coming back while it fades: it rises again
            return True
        if name in self._pieces or self.decks[1 - self.front].name == name or not self.mixer:
            if not self.mixer and not self.exists(name):
                return False
            self._crossfade(name, fade)
            return True
        if not self.exists(name):
            return False
        self.pending = (name, fade)
        self._decode(name)
        return True

    def _crossfade(self, name: str, fade: float) -> None:
        front, back = self.decks[self.front], self.decks[1 - self.front]
        if back.name != name:
            back.start(self._pieces.get(name), self._intros.get(name))
            back.name, back.level = name, 0.0
        back.target, back.rate = 1.0, _rate(fade)
        front.target, front.rate = 0.0, _rate(fade)
        self.front = 1 - self.front
        self.update(0.0)

    def _decode(self, name: str) -> None:
        if name in self._decoding:
            return
        self._decoding[name] = threading.Event()
        self._asked.put(name)
        if self._decoder is None:
            self._decoder = threading.Thread(target=self._decode_all, name="music-decoder", daemon=True)
            self._decoder.start()

    def _decode_all(self) -> None:
        """The decoder's thread: each piece asked for, in turn, for as long as the game runs."""
        while True:
            name = self._asked.get()
            try:
                intro = f"{name}.intro"
                self._decoded[name] = (self.load(name), self.load(intro) if self.exists(intro) else None)
            except (pygame.error, OSError) as exc:  # the mixer closed meanwhile, or the file went
                log.info("music %s: %s", name, exc)
                self._decoded[name] = None
            except Exception as exc:  # noqa: BLE001 - the one decoder must outlive a bad piece, or no piece after it plays
                log.warning("music %s: %s", name, exc)
                self._decoded[name] = None
            self._decoding[name].set()

    def _collect(self) -> None:
        """Pieces decoded since the last frame are kept; the one asked for starts its crossfade."""
        for name in [n for n, done in self._decoding.items() if done.is_set()]:
            del self._decoding[name]
            sound, intro = self._decoded.pop(name, None) or (None, None)
            if sound is not None:
                self._keep(name, sound, intro)
            if self.pending is not None and self.pending[0] == name:
                _name, fade = self.pending
                self.pending = None
                if sound is not None:
                    self._crossfade(name, fade)

    def fade_out(self, seconds: float) -> None:
        """Let the piece playing fall silent over `seconds` (the reboot's last memory fading)."""
        self.pending = None
        for deck in self.decks:
            if deck.name is not None and deck.target > 0:  # a piece already fading keeps its own pace
                deck.target, deck.rate = 0.0, _rate(seconds)

    def duck(self, seconds: float) -> None:
        """Lower the music for `seconds` (a card marked, a deletion confirmed), then bring it back."""
        self.duck_left = max(self.duck_left, seconds)

    def update(self, dt: float) -> None:
        """Move the fades and the duck on by `dt` seconds and set the channels' volumes."""
        if self._decoding:
            self._collect()
        self.duck_left = max(0.0, self.duck_left - dt)
        want = DUCK if self.duck_left > 0 else 1.0
        if self.duck_level < want:
            self.duck_level = min(want, self.duck_level + DUCK_RATE * dt)
        else:
            self.duck_level = max(want, self.duck_level - DUCK_RATE * dt)
        master = max(0.0, min(1.0, self.volume())) * self.duck_level
        for deck in self.decks:
            deck.step(dt)
            if deck.channel is not None and deck.name is not None:
                deck.channel.set_volume(deck.level * master)
                deck.requeue()

    def wait(self, seconds: float = 5.0) -> None:
        """Until the pieces being decoded are ready (tests, and a headless run that must hear them)."""
        for done in list(self._decoding.values()):
            done.wait(seconds)
        self._collect()

    def _keep(self, name: str, sound: Any, intro: Any = None) -> None:
        self._pieces.pop(name, None)
        self._pieces[name] = sound
        self._intros.pop(name, None)
        if intro is not None:
            self._intros[name] = intro
        playing = {d.name for d in self.decks}
        extra = len(self._pieces) - KEEP
        for old in [n for n in self._pieces if n not in playing and n != name][:max(0, extra)]:
            del self._pieces[old]
            self._intros.pop(old, None)


def _rate(seconds: float) -> float:
    """Level per second for a fade of `seconds` (0: at once)."""
    return 1.0 / seconds if seconds > 0 else 1e9

"""Sound effects, voices and music that never stop the game.

If the sound device is missing or broken (`pygame.mixer.init` fails: no card, a busy device, a
headless test), the game runs silent, and still keeps its captions and its account of what it would
have played. Sounds are files rendered by `tools/`: effects in `assets/sfx/`, pieces of music in
`assets/music/` (`music.py` crossfades them). Until a menu's sound exists, a short synthesised blip
stands in, noted once in the log, so menus still click.

Three volumes: music, effects (menus, steps, doors, bleeps) and voices (the characters' talking tones),
each from the settings at the moment a sound starts (the music's on every frame).
"""

from __future__ import annotations

import array
import logging
import math
from collections import deque

import pygame

from .assets import Assets
from .captions import Captions
from .music import CHANNELS, Music
from .settings import Settings

log = logging.getLogger(__name__)

BLIPS = {  # name: (frequency Hz, seconds) for stand-ins while tools/ has not made the real sound
    "move": (660, 0.035),
    "confirm": (880, 0.06),
    "back": (440, 0.06),
    "delete": (220, 0.18),
    "type": (1320, 0.012),
    "error": (180, 0.12),
    "door": (330, 0.09),
    "mark": (740, 0.05),
    "unmark": (520, 0.05),
}
VOICE_CHANNEL = len(CHANNELS)  # the talking tones share one channel: a new tone cuts the last short
MIXER_CHANNELS = 16
HEARD = 200  # the most recent sounds asked for, kept for tests and the designer's log


class Audio:
    def __init__(self, assets: Assets, settings: Settings, enabled: bool = True) -> None:
        self.assets = assets
        self.sounds = assets  # where sfx/ and music/ are found (a test may point this elsewhere)
        self.settings = settings
        self.ok = False
        self.problem: str | None = None
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self.heard: deque[str] = deque(maxlen=HEARD)  # every effect and voice asked for, played or not
        self.pieces: list[str] = []  # every change of music, in order ("stop" for silence)
        if enabled:
            try:
                pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
                self.ok = pygame.mixer.get_init() is not None
                if self.ok:
                    pygame.mixer.set_num_channels(MIXER_CHANNELS)
                    pygame.mixer.set_reserved(VOICE_CHANNEL + 1)  # music's two and the voices' one
            except (pygame.error, OSError) as exc:
                self.problem = f"no sound: {exc}"
                log.info("sound is off: %s", exc)
        self.score = Music(lambda n: self._piece_file(n) is not None, self._piece,
                           lambda: self.settings.music_volume, self.ok)
        self.captions = Captions.load(assets)

    def use_sounds(self, sounds: Assets) -> None:
        """Find sounds under another project folder from now on (tests bring their own)."""
        self.sounds = sounds
        self._sounds.clear()

    # --- effects and voices -----------------------------------------------------------------------

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name in self._sounds:
            return self._sounds[name]
        snd = self.sounds.sound(f"sfx/{name}.ogg") or self.sounds.sound(f"sfx/{name}.wav")
        if snd is None and name in BLIPS:
            self.assets.note_stand_in(f"assets/sfx/{name}.ogg", "missing, a synthesised blip plays")
            snd = self._blip(*BLIPS[name])
        self._sounds[name] = snd
        return snd

    def _blip(self, freq: float, seconds: float) -> pygame.mixer.Sound | None:
        """A short square-and-sine tone with a soft start and a fading end, as 16-bit samples
        (a few thousand: plain Python is quick enough, and the window starts without numpy)."""
        try:
            rate, _fmt, channels = pygame.mixer.get_init()
            n = max(1, int(rate * seconds))
            step = 2 * math.pi * freq / rate
            samples = array.array("h")
            for i in range(n):
                env = min(1.0, (n - i) / (0.4 * n)) * min(1.0, i / 40)
                s = math.sin(step * i)
                wave = math.copysign(0.5, s) * (s != 0) + s * 0.5
                samples.extend([int(wave * env * 5000)] * channels)
            return pygame.mixer.Sound(buffer=samples.tobytes())
        except (pygame.error, ValueError, TypeError):
            return None

    def play(self, name: str) -> None:
        """Play effect `name` once at the effects volume (and caption it, if it has a caption)."""
        self.heard.append(name)
        self.captions.effect(name)
        volume = self.settings.sound_volume
        if not self.ok or volume <= 0:
            return
        snd = self._sound(name)
        if snd is not None:
            snd.set_volume(volume)
            snd.play()

    def voice(self, name: str) -> None:
        """A talking tone (`voice_<speaker>_<n>`) at the voices volume, on the voices' channel."""
        self.heard.append(name)
        volume = self.settings.voices_volume
        if not self.ok or volume <= 0:
            return
        snd = self._sound(name)
        if snd is not None:
            channel = pygame.mixer.Channel(VOICE_CHANNEL)
            channel.set_volume(volume)
            channel.play(snd)

    # --- music ------------------------------------------------------------------------------------

    def music(self, name: str | None) -> None:
        """Crossfade to piece `name`, looping; None or "stop" falls silent. A piece with no file
        leaves what plays playing (noted once in the log)."""
        was = self.score.playing
        want = None if name in (None, "stop") else name
        if want == was:
            return
        if want is not None and not self.score.play(want):
            self.assets.note_stand_in(f"assets/music/{want}.ogg", "missing, the music goes on as it was")
            return
        if want is None:
            self.score.play(None)
        self.pieces.append(want or "stop")
        self.captions.piece(want or "stop")

    @property
    def playing(self) -> str | None:
        """The piece playing now, if any."""
        return self.score.playing

    def duck(self, seconds: float = 1.2) -> None:
        """Lower the music under a moment that matters, for `seconds`, then bring it back."""
        self.score.duck(seconds)

    def fade_music(self, seconds: float) -> None:
        """Let the music fall silent over `seconds`."""
        if self.score.playing is not None:
            self.pieces.append("stop")
        self.score.fade_out(seconds)

    def _piece_file(self, name: str) -> str | None:
        """The piece's file under the sounds' assets (OGG as rendered, or WAV), if there is one."""
        return next((rel for ext in ("ogg", "wav") if self.sounds.exists(rel := f"music/{name}.{ext}")), None)

    def _piece(self, name: str) -> pygame.mixer.Sound | None:
        """The piece decoded (on the score's decoding thread)."""
        rel = self._piece_file(name)
        return pygame.mixer.Sound(str(self.sounds.path(rel))) if rel is not None and self.ok else None

    # --- every frame ------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        """The music's fades and duck move on; captions age."""
        self.score.update(dt)
        self.captions.update(dt)

    def apply_volume(self) -> None:
        """The settings changed: the music follows at once (effects and voices from their next sound)."""
        self.score.update(0.0)

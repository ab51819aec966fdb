"""Sound effects and music that never stop the game.

If the sound device is missing or broken (`pygame.mixer.init` fails: no card, a busy device, a
headless test), the game runs silent. Sounds are files under `assets/sfx/` and `assets/music/` made by
`tools/`; until a sound exists, a short synthesised blip stands in so menus still click.
"""

from __future__ import annotations

import array
import logging
import math

import pygame

from .assets import Assets
from .settings import Settings

log = logging.getLogger(__name__)

BLIPS = {  # name: (frequency Hz, seconds) for stand-ins until tools/ has made the real sound
    "move": (660, 0.035),
    "confirm": (880, 0.06),
    "back": (440, 0.06),
    "delete": (220, 0.18),
    "type": (1320, 0.012),
    "error": (180, 0.12),
    "door": (330, 0.09),
}


class Audio:
    def __init__(self, assets: Assets, settings: Settings, enabled: bool = True) -> None:
        self.assets = assets
        self.settings = settings
        self.ok = False
        self.problem: str | None = None
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._music: str | None = None
        if enabled:
            try:
                pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=512)
                self.ok = pygame.mixer.get_init() is not None
            except (pygame.error, OSError) as exc:
                self.problem = f"no sound: {exc}"
                log.info("sound is off: %s", exc)

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name in self._sounds:
            return self._sounds[name]
        snd = self.assets.sound(f"sfx/{name}.wav") or self.assets.sound(f"sfx/{name}.ogg")
        if snd is None and name in BLIPS:
            self.assets.note_stand_in(f"assets/sfx/{name}.wav", "missing, a synthesised blip plays")
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
        if not self.ok:
            return
        snd = self._sound(name)
        if snd is not None:
            snd.set_volume(self.settings.sound_volume)
            snd.play()

    def music(self, name: str | None) -> None:
        """Loop `assets/music/<name>.ogg`; None stops. A missing track is silence, not an error."""
        if not self.ok or name == self._music:
            return
        self._music = name
        try:
            if name is None:
                pygame.mixer.music.fadeout(400)
                return
            for ext in ("ogg", "wav"):
                if self.assets.exists(f"music/{name}.{ext}"):
                    pygame.mixer.music.load(str(self.assets.path(f"music/{name}.{ext}")))
                    pygame.mixer.music.set_volume(self.settings.music_volume)
                    pygame.mixer.music.play(-1, fade_ms=600)
                    return
            pygame.mixer.music.fadeout(400)
        except pygame.error as exc:
            log.info("music %s: %s", name, exc)

    def apply_volume(self) -> None:
        if self.ok:
            pygame.mixer.music.set_volume(self.settings.music_volume)

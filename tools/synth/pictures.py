"""Pictures of a rendered piece for looking at it: waveform, spectrogram and the loop seam.

Top: the waveform (min/max per column; red where it reaches the ceiling). Middle: a spectrogram on
a log-frequency axis (50 Hz .. 16 kHz). Bottom: the last and first 10 ms joined, as a loop plays
them, with the seam marked.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from .oggfile import read

W, WAVE_H, SPEC_H, SEAM_H = 1200, 160, 260, 120


def _wave(surf: pygame.Surface, mono: np.ndarray) -> None:
    cols = np.array_split(mono, W)
    mid = WAVE_H // 2
    for x, c in enumerate(cols):
        lo, hi = float(c.min()), float(c.max())
        colour = (230, 60, 60) if max(-lo, hi) > 0.89 else (120, 200, 255)
        pygame.draw.line(surf, colour, (x, mid - hi * mid), (x, mid - lo * mid))
    pygame.draw.line(surf, (80, 80, 80), (0, mid), (W, mid))


def _spectrogram(surf: pygame.Surface, mono: np.ndarray, rate: int, top: int) -> None:
    size = 2048
    hops = np.linspace(0, max(0, len(mono) - size), W).astype(int)
    win = np.hanning(size)
    freqs = np.fft.rfftfreq(size, 1 / rate)
    rows = np.geomspace(50, 16000, SPEC_H)
    idx = np.searchsorted(freqs, rows).clip(0, len(freqs) - 1)
    frames = np.stack([mono[h:h + size] * win for h in hops])
    spec = 20 * np.log10(np.abs(np.fft.rfft(frames, axis=1))[:, idx] + 1e-9)
    level = np.clip((spec - (spec.max() - 75.0)) / 75.0, 0, 1)[:, ::-1]  # 75 dB of range
    img = np.zeros((W, SPEC_H, 3), dtype=np.uint8)
    img[:, :, 0] = (255 * level ** 1.2).astype(np.uint8)
    img[:, :, 1] = (230 * level ** 3).astype(np.uint8)
    img[:, :, 2] = (160 * level ** 0.8 * (1 - level)).astype(np.uint8)
    surf.blit(pygame.surfarray.make_surface(img), (0, top))


def _seam(surf: pygame.Surface, mono: np.ndarray, rate: int, top: int) -> None:
    k = rate // 100
    joined = np.concatenate([mono[-k:], mono[:k]])
    mid = top + SEAM_H // 2
    pts = [(int(i * W / len(joined)), int(mid - v * SEAM_H / 2)) for i, v in enumerate(joined)]
    pygame.draw.lines(surf, (240, 240, 160), False, pts)
    pygame.draw.line(surf, (230, 60, 60), (W // 2, top), (W // 2, top + SEAM_H))


def draw(ogg: Path, png: Path) -> None:
    data, rate = read(ogg)
    mono = data.mean(axis=1)
    surf = pygame.Surface((W, WAVE_H + SPEC_H + SEAM_H))
    surf.fill((16, 16, 24))
    _wave(surf, mono)
    _spectrogram(surf, mono, rate, WAVE_H)
    _seam(surf, mono, rate, WAVE_H + SPEC_H)
    png.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(png))

"""7723's chest light out (`look: chest_dark`): dressed in it, he is drawn from a sheet of his own whose
chest shows none of the light's cyan, standing or down on one knee, and `plain` lights it again. The
words of his reboot say "His chest light goes dark"; turning the `chest` light off dims only the glow
round him, not the lit panel drawn on his body."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.assets import Assets
from game.palette import PALETTE
from game.scenes.looks import dress
from game.scenes.place import Walker
from game.scenes.poses import load_posed, posed

ROOT = Path(__file__).resolve().parents[2]
CYAN = PALETTE["neon_cyan"]


def cyan(frame: pygame.Surface) -> int:
    """How many pixels of the frame are the chest light's cyan."""
    w, h = frame.get_size()
    return sum(1 for x in range(w) for y in range(h) if tuple(frame.get_at((x, y)))[:3] == CYAN and frame.get_at((x, y)).a > 0)


@pytest.fixture
def assets() -> Assets:
    pygame.display.init()
    pygame.display.set_mode((8, 8))
    return Assets(ROOT)


def test_his_chest_goes_dark_and_lights_again(assets: Assets) -> None:
    him = Walker(load_posed(assets, "7723"), (100.0, 100.0), "down", who="7723")
    lit = him.sheet.frame("down", 0, False)
    assert cyan(lit) > 0, "facing us, his chest light is drawn on him"
    dress(assets, him, "chest_dark")
    assert him.look == "chest_dark"
    dark = him.sheet.frame("down", 0, False)
    assert dark.get_size() == lit.get_size(), "the same size as his own sheet"
    assert cyan(dark) == 0
    assert cyan(posed(him.sheet, dark, "sit", "down")) == 0, "down on one knee too"
    dress(assets, him, "plain")
    assert him.look == "" and cyan(him.sheet.frame("down", 0, False)) > 0

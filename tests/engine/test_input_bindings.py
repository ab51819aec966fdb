"""Key bindings from a settings file: names that are no key never leave an action without one."""

from __future__ import annotations

import pygame

from game.engine.input import InputMap
from game.engine.settings import ACTIONS, DEFAULT_KEYS


def test_an_action_bound_only_to_names_that_are_no_key_keeps_its_default_keys() -> None:
    pygame.init()
    garbage = {a: ["nonsense", "", "\x1b[2J"] for a in ACTIONS}
    inputs = InputMap(keys=garbage)
    for action in ACTIONS:
        assert inputs.keys[action] == DEFAULT_KEYS[action]
    assert "confirm" in inputs.actions_for_key(pygame.K_RETURN)
    assert "back" in inputs.actions_for_key(pygame.K_ESCAPE)


def test_a_known_key_beside_unknown_names_is_kept_alone() -> None:
    pygame.init()
    inputs = InputMap(keys={"confirm": ["nonsense", "q"]})
    assert inputs.actions_for_key(pygame.K_q) == ["confirm"]
    assert "confirm" not in inputs.actions_for_key(pygame.K_RETURN)

"""One map from keyboard, mouse and gamepad to the game's actions.

Scenes never look at keys: they receive `InputEvent`s naming an action (confirm, back, up, ...), so
rebinding in the settings, a gamepad and a mouse all work everywhere for free. Held directions (for
walking) are tracked from the same events, which is also what lets tests drive the game by posting
real pygame events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from .settings import ACTIONS, DEFAULT_KEYS, DEFAULT_PAD

POINT = "point"  # mouse moved: pos set, no action pressed
AXIS_DEADZONE = 0.5

PAD_CODES: dict[str, int] = {  # SDL's game-controller button names, as the settings keep them
    "a": pygame.CONTROLLER_BUTTON_A,
    "b": pygame.CONTROLLER_BUTTON_B,
    "x": pygame.CONTROLLER_BUTTON_X,
    "y": pygame.CONTROLLER_BUTTON_Y,
    "back": pygame.CONTROLLER_BUTTON_BACK,
    "start": pygame.CONTROLLER_BUTTON_START,
    "leftshoulder": pygame.CONTROLLER_BUTTON_LEFTSHOULDER,
    "rightshoulder": pygame.CONTROLLER_BUTTON_RIGHTSHOULDER,
    "leftstick": pygame.CONTROLLER_BUTTON_LEFTSTICK,
    "rightstick": pygame.CONTROLLER_BUTTON_RIGHTSTICK,
    "dpup": pygame.CONTROLLER_BUTTON_DPAD_UP,
    "dpdown": pygame.CONTROLLER_BUTTON_DPAD_DOWN,
    "dpleft": pygame.CONTROLLER_BUTTON_DPAD_LEFT,
    "dpright": pygame.CONTROLLER_BUTTON_DPAD_RIGHT,
}
PAD_NAMES: dict[int, str] = {code: name for name, code in PAD_CODES.items()}
PAD_LABELS: dict[str, str] = {"a": "A", "b": "B", "x": "X", "y": "Y", "back": "Back", "start": "Start",
                              "leftshoulder": "LB", "rightshoulder": "RB", "leftstick": "L3", "rightstick": "R3",
                              "dpup": "D-pad up", "dpdown": "D-pad down", "dpleft": "D-pad left",
                              "dpright": "D-pad right"}
# Plain joysticks (no SDL game-controller mapping): the common layout of cheap USB pads.
JOY_BUTTONS: dict[int, str] = {0: "confirm", 1: "back", 2: "skip", 3: "log", 6: "log", 7: "menu", 9: "menu"}
DIRECTIONS = ("up", "down", "left", "right")
MOUSE_BUTTONS: dict[int, str] = {1: "confirm", 3: "back"}
# Beside the bindable actions, an action set-piece's secondary ("alt": shield, spare) is also Shift.
PIECE_KEYS: dict[int, str] = {pygame.K_LSHIFT: "alt", pygame.K_RSHIFT: "alt"}

KEY_EVENTS = frozenset({pygame.KEYDOWN, pygame.KEYUP})
MOUSE_EVENTS = frozenset({pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP,
                          pygame.MOUSEWHEEL})
CONTROLLER_EVENTS = frozenset({pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP,
                               pygame.CONTROLLERAXISMOTION})
JOY_EVENTS = frozenset({pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP, pygame.JOYHATMOTION,
                        pygame.JOYAXISMOTION})
DEVICE_EVENTS = frozenset({pygame.CONTROLLERDEVICEADDED, pygame.JOYDEVICEADDED,
                           pygame.CONTROLLERDEVICEREMOVED, pygame.JOYDEVICEREMOVED})


@dataclass(frozen=True, slots=True)
class InputEvent:
    """One thing the player did. `pos` is in logical pixels for mouse events (None off-picture)."""

    action: str
    pressed: bool = True
    pos: tuple[int, int] | None = None
    source: str = "key"  # key | mouse | pad
    key: int | None = None  # the raw key, for the key-binding screen
    button: str | None = None  # the pad button's name, for the pad-binding screen


class InputMap:
    """Translates pygame events into InputEvents and remembers which actions are held."""

    def __init__(self, keys: dict[str, list[str]] | None = None, pad: dict[str, list[str]] | None = None) -> None:
        self.held_actions: dict[str, set[object]] = {a: set() for a in (*ACTIONS, "alt")}
        self.mouse_pos: tuple[int, int] | None = None
        self.last_source = "key"
        self._controllers: dict[int, object] = {}
        self._joysticks: dict[int, object] = {}
        self.bind(keys or DEFAULT_KEYS)
        self.bind_pad(pad or DEFAULT_PAD)

    # --- bindings ---------------------------------------------------------------------------

    def bind(self, keys: dict[str, list[str]]) -> None:
        """Use these key names (pygame.key.name spelling); unknown names are skipped, not fatal. An
        action none of whose names is a key (a hand-edited settings file) keeps its default keys, so
        no file can leave the player without a way to confirm, go back or open the menu."""
        self.keys = {a: list(keys.get(a, DEFAULT_KEYS[a])) for a in ACTIONS}
        self._by_key: dict[int, list[str]] = {}
        for action, names in self.keys.items():
            codes = [c for c in map(key_code, names) if c is not None]
            if not codes:
                self.keys[action] = list(DEFAULT_KEYS[action])
                codes = [c for c in map(key_code, DEFAULT_KEYS[action]) if c is not None]
            for code in codes:
                self._by_key.setdefault(code, []).append(action)

    def bind_pad(self, pad: dict[str, list[str]]) -> None:
        """Use these pad buttons (SDL's names); unknown names are skipped, a button does one thing."""
        self.pad = {a: list(pad.get(a, DEFAULT_PAD.get(a, []))) for a in ACTIONS}
        self._by_button: dict[int, str] = {}
        for action, names in self.pad.items():
            for name in names:
                if name in PAD_CODES:
                    self._by_button.setdefault(PAD_CODES[name], action)

    def actions_for_key(self, key: int) -> list[str]:
        return self._by_key.get(key, [])

    def describe(self, action: str) -> str:
        """How to press an action, for on-screen hints ("Enter", "A" on a pad)."""
        if self.last_source == "pad":
            buttons = self.pad.get(action) or []
            return PAD_LABELS.get(buttons[0], buttons[0]) if buttons else action
        names = self.keys.get(action) or []
        return names[0].title() if names else action

    # --- events -------------------------------------------------------------------------------

    def held(self, action: str) -> bool:
        return bool(self.held_actions.get(action))

    def piece_buttons(self) -> tuple[bool, bool]:
        """(act, alt) as an action set-piece reads them: act is confirm held (Space, Z, Enter, pad A);
        alt is back held by anything but Escape, which pauses instead (X, pad B), or Shift."""
        escape = ("key", pygame.K_ESCAPE)
        return self.held("confirm"), self.held("alt") or any(t != escape for t in self.held_actions["back"])

    def release_all(self) -> None:
        """Forget held actions (the window lost focus, or a scene changed under the player's feet)."""
        for s in self.held_actions.values():
            s.clear()

    def _press(self, action: str, token: object, pressed: bool) -> None:
        held = self.held_actions[action]
        if pressed:
            held.add(token)
        else:
            held.discard(token)

    def translate(self, ev: pygame.event.Event,
                  to_logical: Callable[[tuple[int, int]], tuple[int, int] | None]) -> list[InputEvent]:
        """The InputEvents one pygame event stands for (often none)."""
        t = ev.type
        if t in KEY_EVENTS:
            return self._key(ev)
        if t in MOUSE_EVENTS:
            return self._mouse(ev, to_logical)
        if t in CONTROLLER_EVENTS:
            return self._controller(ev)
        if t in JOY_EVENTS:
            return self._joystick(ev)
        if t in DEVICE_EVENTS:
            self._plugged(ev)
        return []

    def _key(self, ev: pygame.event.Event) -> list[InputEvent]:
        pressed = ev.type == pygame.KEYDOWN
        self.last_source = "key"
        out: list[InputEvent] = []
        for action in self.actions_for_key(ev.key) + ([PIECE_KEYS[ev.key]] if ev.key in PIECE_KEYS else []):
            self._press(action, ("key", ev.key), pressed)
            out.append(InputEvent(action, pressed, None, "key", ev.key))
        if pressed and not out:
            out.append(InputEvent("", True, None, "key", ev.key))  # unbound: only the binding screen cares
        return out

    def _mouse(self, ev: pygame.event.Event,
               to_logical: Callable[[tuple[int, int]], tuple[int, int] | None]) -> list[InputEvent]:
        """Pointing is not pressing: motion only says where; buttons and the wheel are actions."""
        if ev.type == pygame.MOUSEMOTION:
            self.mouse_pos = to_logical(ev.pos)
            return [] if self.mouse_pos is None else [InputEvent(POINT, True, self.mouse_pos, "mouse")]
        if ev.type == pygame.MOUSEWHEEL:
            return [InputEvent("up" if ev.y > 0 else "down", True, self.mouse_pos, "mouse")] if ev.y else []
        pos = to_logical(ev.pos)
        self.mouse_pos = pos
        self.last_source = "mouse"
        action = MOUSE_BUTTONS.get(ev.button)
        if action and pos is not None:
            return [InputEvent(action, ev.type == pygame.MOUSEBUTTONDOWN, pos, "mouse")]
        return []

    def _controller(self, ev: pygame.event.Event) -> list[InputEvent]:
        """A pad SDL knows the layout of: named buttons and the left stick."""
        if ev.type == pygame.CONTROLLERAXISMOTION:
            return self._axis(ev, pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY, 32767)
        name = PAD_NAMES.get(ev.button)
        if ev.type == pygame.CONTROLLERBUTTONDOWN and ev.button not in self._by_button and name:
            self.last_source = "pad"
            return [InputEvent("", True, None, "pad", button=name)]  # unbound: only the binding screen cares
        return self._button(ev, self._by_button, "pad", pygame.CONTROLLERBUTTONDOWN, name)

    def _joystick(self, ev: pygame.event.Event) -> list[InputEvent]:
        """A plain joystick: numbered buttons, a hat and the first two axes."""
        if getattr(ev, "instance_id", None) in self._controllers:
            return []  # a known pad's input arrives again as CONTROLLER events
        if ev.type == pygame.JOYHATMOTION:
            x, y = ev.value
            return self._set_directions("hat", {"left": x < 0, "right": x > 0, "up": y > 0, "down": y < 0})
        if ev.type == pygame.JOYAXISMOTION:
            return self._axis(ev, 0, 1, 1.0)
        return self._button(ev, JOY_BUTTONS, "joy", pygame.JOYBUTTONDOWN)

    def _button(self, ev: pygame.event.Event, table: dict[int, str], kind: str, down: int,
                name: str | None = None) -> list[InputEvent]:
        action = table.get(ev.button)
        if not action:
            return []
        pressed = ev.type == down
        self.last_source = "pad"
        self._press(action, (kind, getattr(ev, "instance_id", 0), ev.button), pressed)
        return [InputEvent(action, pressed, None, "pad", button=name)]

    def _plugged(self, ev: pygame.event.Event) -> None:
        """A pad came or went."""
        if ev.type in (pygame.CONTROLLERDEVICEADDED, pygame.JOYDEVICEADDED):
            self._open_pad(ev)
        else:
            self._controllers.pop(getattr(ev, "instance_id", -1), None)
            self._joysticks.pop(getattr(ev, "instance_id", -1), None)

    def _axis(self, ev: pygame.event.Event, ax: int, ay: int, full: float) -> list[InputEvent]:
        if ev.axis not in (ax, ay):
            return []
        value = ev.value / full
        self.last_source = "pad"
        if ev.axis == ax:
            wanted = {"left": value < -AXIS_DEADZONE, "right": value > AXIS_DEADZONE}
        else:
            wanted = {"up": value < -AXIS_DEADZONE, "down": value > AXIS_DEADZONE}
        return self._set_directions(("axis", ev.axis), wanted)

    def _set_directions(self, token: object, wanted: dict[str, bool]) -> list[InputEvent]:
        out = []
        for action, on in wanted.items():
            was = token in self.held_actions[action]
            if on != was:
                self._press(action, token, on)
                out.append(InputEvent(action, on, None, "pad"))
        return out

    def _open_pad(self, ev: pygame.event.Event) -> None:
        """Open a newly plugged pad so its events arrive; a pad that fails to open is ignored."""
        index = getattr(ev, "device_index", None)
        if index is None:
            return
        try:
            from pygame._sdl2 import controller  # optional: not every pygame build has SDL2 controllers
            if not controller.get_init():
                controller.init()
            if controller.is_controller(index):
                pad = controller.Controller(index)
                self._controllers[pad.as_joystick().get_instance_id()] = pad
                return
        except (ImportError, pygame.error, AttributeError):
            pass
        try:
            joy = pygame.joystick.Joystick(index)
            self._joysticks[joy.get_instance_id()] = joy
        except pygame.error:
            pass


def key_code(name: str) -> int | None:
    try:
        return pygame.key.key_code(name)
    except (ValueError, pygame.error):
        return None

"""Settings: volumes (music, effects, voices), captions, text speed, window scale, fullscreen, reading
(text size, font, box opacity, high contrast), motion, self-voicing, and key and pad bindings.

Every change applies at once (the player sees and hears it) and is saved when the screen closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine import fonts
from game.engine.input import PAD_LABELS, InputEvent
from game.engine.scene import Scene
from game.engine.settings import (
    ACTIONS,
    AUTO_SPEEDS,
    BOX_POSITIONS,
    DEFAULT_KEYS,
    DEFAULT_PAD,
    FONTS,
    TEXT_COLOURS,
    TEXT_SIZES,
    TEXT_SPEEDS,
)
from game.engine.theme import LARGE, SMALL
from game.engine.ui import Menu, MenuItem, draw_panel

from .action_settings import adjust as adjust_action
from .action_settings import rows as action_rows

if TYPE_CHECKING:
    from game.engine.canvas import Canvas
    from game.engine.context import Context

PANEL = pygame.Rect(150, 30, 340, 300)
SPEEDS = list(TEXT_SPEEDS)
SIZES = list(TEXT_SIZES)
AUTOS = list(AUTO_SPEEDS)
VOLUMES = ("music_volume", "sound_volume", "voices_volume")  # music, effects, voices: 0..100% in tens
FONT_NAMES = {"default": "Standard", "legible": "Hyperlegible", "dyslexic": "OpenDyslexic"}
COLOUR_NAMES = {"standard": "White", "cream": "Cream", "yellow": "Yellow", "soft": "Soft grey"}
SWITCHES = ("fullscreen", "large_text", "reduce_motion", "self_voicing", "skip_unseen", "tips")  # on/off: Left, Right and Enter flip


class SettingsScene(Scene):
    opaque = False
    holds_world = True  # the game waits while this menu is open
    dim = 150
    name = "settings"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.menu = self.add(Menu(PANEL.inflate(-32, -70).move(0, 12), self.items(), self.pick, on_back=self.close,
                                  on_adjust=self.adjust, on_move=lambda: ctx.audio.play("move"), row=24))

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def items(self) -> list[MenuItem]:
        s = self.ctx.settings
        on = {True: "On", False: "Off"}
        return [
            MenuItem("Music volume", "music_volume", detail=f"{round(s.music_volume * 100)}%"),
            MenuItem("Effects volume", "sound_volume", detail=f"{round(s.sound_volume * 100)}%"),
            MenuItem("Voices volume", "voices_volume", detail=f"{round(s.voices_volume * 100)}%"),
            MenuItem("Captions for sounds", "captions", detail=on[s.captions]),
            MenuItem("Text speed", "text_speed", detail=s.text_speed.title()),
            MenuItem("Auto-advance speed (O)", "auto_speed", detail=s.auto_speed.title()),
            MenuItem("Skip unread text too", "skip_unseen", detail=on[s.skip_unseen]),
            MenuItem("Window scale", "window_scale", detail=f"{self.ctx.window.scale}×"),
            MenuItem("Fullscreen", "fullscreen", detail=on[s.fullscreen]),
            MenuItem("Large, high-contrast text", "large_text", detail=on[s.large_text]),
            MenuItem("Text size", "text_size", detail=s.text_size.title()),
            MenuItem("Font", "font", detail=self.font_detail()),
            MenuItem("Text box opacity", "box_opacity", detail=f"{round(s.box_opacity * 100)}%"),
            MenuItem("Text colour", "text_colour", detail=COLOUR_NAMES.get(s.text_colour, s.text_colour)),
            MenuItem("Text box position", "box_position", detail=s.box_position.title()),
            *action_rows(s),
            MenuItem("Tips on new screens", "tips", detail=on[s.tips]),
            MenuItem("Reduce motion", "reduce_motion", detail=on[s.reduce_motion]),
            MenuItem("Self-voicing (V)", "self_voicing", detail=on[s.self_voicing]),
            MenuItem("Key bindings", "keys"),
            MenuItem("Pad buttons", "pad"),
            MenuItem("Done", "done"),
        ]

    def spoken(self) -> list[str]:
        return ["Settings", *super().spoken()]

    def font_detail(self) -> str:
        name = self.ctx.settings.font
        return FONT_NAMES.get(name, name) + ("" if fonts.available(name) else " (not installed)")

    def refresh(self) -> None:
        index = self.menu.index
        self.menu.items = self.items()
        self.menu.index = index

    def adjust_reading(self, value: str, step: int) -> bool:
        """Text size, font and box opacity; False for any other setting."""
        s = self.ctx.settings
        if value == "text_size":
            s.text_size = SIZES[(SIZES.index(s.text_size) + step) % len(SIZES)]
        elif value == "font":
            s.font = FONTS[(FONTS.index(s.font) + step) % len(FONTS)]
        elif value == "box_opacity":
            s.box_opacity = round(min(1.0, max(0.3, s.box_opacity + step * 0.1)), 2)
        elif value == "text_colour":
            s.text_colour = TEXT_COLOURS[(TEXT_COLOURS.index(s.text_colour) + step) % len(TEXT_COLOURS)]
        elif value == "box_position":
            s.box_position = BOX_POSITIONS[(BOX_POSITIONS.index(s.box_position) + step) % len(BOX_POSITIONS)]
        else:
            return False
        return True

    def adjust(self, item: MenuItem, step: int) -> None:
        ctx, s = self.ctx, self.ctx.settings
        if item.value in VOLUMES:
            value = round(min(1.0, max(0.0, getattr(s, item.value) + step * 0.1)), 2)
            setattr(s, item.value, value)
            ctx.audio.apply_volume()
            if item.value == "voices_volume":
                ctx.audio.voice("voice_mai_1")  # the player hears the voices at their new volume
        elif item.value == "text_speed":
            s.text_speed = SPEEDS[(SPEEDS.index(s.text_speed) + step) % len(SPEEDS)]
        elif item.value == "auto_speed":
            s.auto_speed = AUTOS[(AUTOS.index(s.auto_speed) + step) % len(AUTOS)]
        elif item.value == "window_scale":
            ctx.window.set_scale(ctx.window.scale + step)  # only scales that fit the desktop
        elif item.value == "fullscreen":
            ctx.window.set_fullscreen(not ctx.window.fullscreen)
        elif item.value == "captions":
            s.captions = not s.captions
        elif item.value in SWITCHES:
            setattr(s, item.value, not getattr(s, item.value))
        elif not (self.adjust_reading(item.value, step) or adjust_action(s, item.value, step)):
            return
        ctx.audio.play("move")
        self.refresh()

    def pick(self, item: MenuItem) -> None:
        if item.value == "done":
            self.close()
        elif item.value == "keys":
            self.ctx.audio.play("confirm")
            self.ctx.scenes.push(KeysScene(self.ctx))
        elif item.value == "pad":
            self.ctx.audio.play("confirm")
            self.ctx.scenes.push(PadScene(self.ctx))
        else:
            self.adjust(item, 1)

    def close(self) -> None:
        problem = self.ctx.settings.save()
        if problem:
            self.ctx.toast(problem)
        self.ctx.audio.play("back")
        self.dismiss()

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text("Settings", (PANEL.centerx, PANEL.y + 12), LARGE, theme.accent, anchor="midtop")
        canvas.text("Left/Right change   Enter select   Esc done", (PANEL.centerx, PANEL.bottom - 10), SMALL, theme.muted,
                    anchor="midbottom")
        self.menu.draw_items(canvas, self.ctx.assets, theme, buttons=False)


class KeysScene(Scene):
    """Rebind keys: pick an action, press the key that should do it."""

    opaque = False
    holds_world = True  # the game waits while this menu is open
    dim = 150
    name = "keys"
    title = "Key bindings"

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.waiting: str | None = None
        self.menu = self.add(Menu(PANEL.inflate(-32, -70).move(0, 12), self.items(), self.pick, on_back=self.close,
                                  on_move=lambda: ctx.audio.play("move"), row=22))

    @property
    def rect(self) -> pygame.Rect:
        return PANEL

    def bindings(self) -> dict[str, list[str]]:
        return self.ctx.settings.keys

    def shown(self, name: str) -> str:
        return name.title()

    def defaults(self) -> dict[str, list[str]]:
        return {a: list(k) for a, k in DEFAULT_KEYS.items()}

    def items(self) -> list[MenuItem]:
        bound = self.bindings()
        out = [MenuItem(a.title(), a, detail=", ".join(self.shown(k) for k in bound.get(a, [])[:2]))
               for a in ACTIONS]
        return out + [MenuItem("Reset to defaults", "reset"), MenuItem("Done", "done")]

    def pick(self, item: MenuItem) -> None:
        if item.value == "done":
            self.close()
        elif item.value == "reset":
            self.bindings().update(self.defaults())
            self.apply()
        else:
            self.waiting = item.value

    def apply(self) -> None:
        self.ctx.input.bind(self.ctx.settings.keys)
        self.refresh()

    def refresh(self) -> None:
        index = self.menu.index
        self.menu.items = self.items()
        self.menu.index = index

    def captured(self, e: InputEvent) -> str | None:
        """The name of the key (or button) this event binds, while waiting for one."""
        if e.source == "key" and e.pressed and e.key is not None:
            return pygame.key.name(e.key)
        return None

    def handle(self, e: InputEvent) -> None:
        if self.waiting is None:
            super().handle(e)
            return
        if e.source == "key" and e.pressed and e.key == pygame.K_ESCAPE:
            self.waiting = None
            return
        name = self.captured(e)
        if name is None:
            return
        bound = self.bindings()
        for action in ACTIONS:  # one key does one thing
            bound[action] = [k for k in bound.get(action, []) if k != name] or bound.get(action, [])
        bound[self.waiting] = [name] + [k for k in bound.get(self.waiting, []) if k != name][:1]
        self.apply()
        self.waiting = None

    def spoken(self) -> list[str]:
        return [self.title, self.hint() if self.waiting else "", *super().spoken()]

    def hint(self) -> str:
        if self.waiting:
            return f"Press a key for {self.waiting.title()}   (Esc cancels)"
        return "Enter rebind   Esc done   F11 fullscreen is fixed"

    def close(self) -> None:
        problem = self.ctx.settings.save()
        if problem:
            self.ctx.toast(problem)
        self.dismiss()

    def draw(self, canvas: Canvas) -> None:
        theme = self.ctx.theme
        draw_panel(canvas, self.ctx.assets, theme, PANEL)
        canvas.text(self.title, (PANEL.centerx, PANEL.y + 12), LARGE, theme.accent, anchor="midtop")
        canvas.text(self.hint(), (PANEL.centerx, PANEL.bottom - 10), SMALL, theme.warn if self.waiting else theme.muted,
                    anchor="midbottom")
        self.menu.draw_items(canvas, self.ctx.assets, theme, buttons=False)


class PadScene(KeysScene):
    """Rebind pad buttons as keys are: pick an action, press the pad button that should do it."""

    name = "pad"
    title = "Pad buttons"

    def bindings(self) -> dict[str, list[str]]:
        return self.ctx.settings.pad

    def shown(self, name: str) -> str:
        return PAD_LABELS.get(name, name)

    def defaults(self) -> dict[str, list[str]]:
        return {a: list(DEFAULT_PAD.get(a, [])) for a in ACTIONS}

    def apply(self) -> None:
        self.ctx.input.bind_pad(self.ctx.settings.pad)
        self.refresh()

    def captured(self, e: InputEvent) -> str | None:
        return e.button if e.source == "pad" and e.pressed else None

    def hint(self) -> str:
        if self.waiting:
            return f"Press a pad button for {self.waiting.title()}   (Esc cancels)"
        return "Enter rebind   Esc done"

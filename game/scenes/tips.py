"""Tips the first time a kind of screen comes up: what it is for and which keys work it.

Each kind of screen (the look round a place, a choice, the review of the memory core, the reboot)
has a tip, shown once in the corner where notices go, for long enough to read it: it takes no keys,
so nothing waits on it, and a new screen's tip takes the place of the last one. Which tips have been shown is kept with the settings, and
*Tips on new screens* in the settings turns them off (the controls card in the pause menu lists
every key at any time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.engine.context import Toast
from game.story import events as ev

if TYPE_CHECKING:
    from game.engine.context import Context

TIPS = {  # short: a tip sits in the corner over the screen it explains, one at a time
    "explore": "Tip: walk with {moves} or a click; at a marked spot, {confirm} looks. {menu}: what to do now, "
               "and the controls.",
    "choice": "Tip: Up and Down, then {confirm}, or click an answer. {log}: what was said; {rewind}: back.",
    "review": "Tip: mark memories to delete with {confirm} or a click, then Down to finish.",
    "reboot": "Tip: {confirm} picks a card up or puts it down; Left and Right carry it. Down begins.",
}
PREFIX = "Tip: "
READING = 0.5  # seconds a tip stays up per word (and at least MIN_TIME)
MIN_TIME = 7.0


def kind_of(e: object) -> str | None:
    """The tip that goes with an event's screen, if any."""
    if isinstance(e, ev.Choice):
        return "explore" if e.kind == "explore" else "choice"
    if isinstance(e, ev.Review):
        return "review"
    if isinstance(e, ev.Reboot):
        return "reboot"
    return None


def tip_text(ctx: Context, kind: str) -> str:
    keys = ctx.input.describe
    moves = [keys(a) for a in ("up", "left", "down", "right")]
    return TIPS[kind].format(moves="the arrow keys" if moves == ["Up", "Left", "Down", "Right"] else "/".join(moves),
                             confirm=keys("confirm"), menu=keys("menu"), log=keys("log"), rewind=keys("rewind"))


def offer(ctx: Context, e: object) -> str | None:
    """Show the tip for `e`'s screen if it has one the player has not seen (and tips are on);
    returns the tip's kind if one was shown."""
    kind = kind_of(e)
    s = ctx.settings
    if kind is None or not s.tips or kind in s.tips_seen:
        return None
    text = tip_text(ctx, kind)
    ctx.toasts[:] = [t for t in ctx.toasts if not t.text.startswith(PREFIX)]  # the last screen's tip goes
    ctx.toasts.append(Toast(text, max(MIN_TIME, READING * len(text.split()))))
    s.tips_seen.append(kind)
    problem = s.save()
    if problem:
        ctx.toast(problem)
    return kind

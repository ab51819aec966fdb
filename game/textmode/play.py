"""The terminal front end: the whole game as text, over the same runtime as the window.

Lines are printed, choices numbered, the memory review shown as a list with a slot meter. Any
answer that is not valid is asked again. When standard input closes the game saves and ends
cleanly. Typed commands work at any prompt: `save`, `memories`, `help`, `quit`.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable
from typing import TextIO

from ..story import events as ev
from ..story.runtime import Runtime, WrongAnswer
from ..story.saves import SaveError, SaveStore

HELP = "Type the number of your choice and press Enter. At ▸ the story waits: press Enter to go on. At any prompt:"
COMMANDS = (("memories", "7723's memory core"), ("save", "save the game"), ("quit", "save and stop"),
            ("help", "this text"))


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def wrap_visible(text: str, width: int, indent: str = "") -> list[str]:
    """Wrap by what shows on screen: colour codes take no room."""
    lines: list[str] = []
    line, seen = indent, len(indent)
    for word in text.split(" "):
        size = len(_ANSI.sub("", word))
        if seen > len(indent) and seen + 1 + size > width:
            lines.append(line)
            line, seen = indent + word, len(indent) + size
        else:
            sep = "" if seen == len(indent) else " "
            line, seen = line + sep + word, seen + len(sep) + size
    lines.append(line)
    return lines


class InputClosed(Exception):
    """Standard input ended (Ctrl-D, a closed pipe): save and stop."""


class Quit(Exception):
    pass


class TextGame:
    def __init__(self, rt: Runtime, store: SaveStore | None, out: TextIO = sys.stdout,
                 read: Callable[[], str] | None = None, interactive: bool | None = None, color: bool | None = None):
        self.rt = rt
        self.store = store
        self.out = out
        self._read = read or self._stdin_line
        self.interactive = sys.stdin.isatty() if interactive is None else interactive
        want_color = out.isatty() and not os.environ.get("NO_COLOR") if hasattr(out, "isatty") else False
        self.color = want_color if color is None else color
        self.width = max(40, min(100, shutil.get_terminal_size((80, 24)).columns - 2))
        self.height = shutil.get_terminal_size((80, 24)).lines
        self.since_input = 0
        self.looked: set[tuple[str, str | None]] = set()  # explore spots already looked at
        self.explained = False  # the review's legend is shown once a session

    # --- output ---------------------------------------------------------------------------------

    def say(self, text: str = "", indent: str = "", page: bool = True) -> None:
        if not text:
            print(file=self.out)
            self.since_input += 1
            return
        for para in text.split("\n"):
            lines = wrap_visible(para, self.width, indent)
            print("\n".join(lines), file=self.out)
            self.since_input += len(lines)
        if page:
            self._page()

    def _page(self, coming: int = 0) -> None:
        """On a terminal, never let unread text scroll away: wait for Enter once a screen is full.

        `coming` is the size of a menu about to be printed, so a menu is never split by the pause."""
        if self.interactive and self.since_input + coming >= self.height - 3 and self.since_input:
            print("  ▸ ", end="", file=self.out)
            self.flush()
            try:
                raw = self._read()
            except (EOFError, KeyboardInterrupt):
                raise InputClosed from None
            if raw == "":
                raise InputClosed
            self.since_input = 0

    def paint(self, text: str, rgb: str | None, bold: bool = False) -> str:
        if not self.color:
            return text
        code = "1;" if bold else ""
        if rgb and rgb.startswith("#") and len(rgb) == 7:
            r, g, b = (int(rgb[i : i + 2], 16) for i in (1, 3, 5))
            return f"\x1b[{code}38;2;{r};{g};{b}m{text}\x1b[0m"
        return f"\x1b[{code.rstrip(';') or '0'}m{text}\x1b[0m"

    def flush(self) -> None:
        try:
            self.out.flush()
        except (OSError, ValueError):
            pass

    # --- input ----------------------------------------------------------------------------------

    @staticmethod
    def _stdin_line() -> str:
        line = sys.stdin.readline()
        if line == "":
            raise InputClosed
        return line

    def ask(self, prompt: str, reshow: Callable[[], None] | None = None) -> str:
        """One line from the player, with the commands that work everywhere handled here (then
        `reshow` puts the question back on screen)."""
        while True:
            print(prompt, end="", file=self.out)
            self.flush()
            try:
                raw = self._read()
            except (EOFError, KeyboardInterrupt):
                raise InputClosed from None
            if raw == "":
                raise InputClosed
            if not self.interactive:
                print(raw.rstrip("\n"), file=self.out)  # echo piped answers, so a transcript reads well
            self.since_input = 0
            answer = raw.strip()
            low = answer.lower()
            if low in ("help", "?", "h"):
                self.say(HELP)
                for name, what in COMMANDS:
                    self.say(f"{name:<10} {what}", indent="  ")
            elif low in ("memories", "m", "mem"):
                self.show_core()
            elif low in ("save", "s"):
                self.save("slot1", announce=True)
            elif low in ("quit", "q", "exit"):
                raise Quit
            else:
                return answer
            if reshow is not None:
                reshow()

    def confirm(self, prompt: str) -> bool:
        while True:
            answer = self.ask(prompt).lower()
            if answer in ("y", "yes", "n", "no"):
                return answer.startswith("y")
            self.say("Type y or n.")

    def ask_number(self, prompt: str, count: int, reshow: Callable[[], None] | None = None) -> int:
        while True:
            answer = self.ask(prompt, reshow)
            if answer.isdigit() and 1 <= int(answer) <= count:
                return int(answer) - 1
            self.say(f"Type a number from 1 to {count} (or 'help').")

    # --- saving ---------------------------------------------------------------------------------

    def save(self, slot: str, announce: bool = False) -> None:
        if self.store is None:
            return
        try:
            path = self.store.save(slot, self.rt)
            if announce:
                self.say(f"Saved to {path}.")
        except SaveError as exc:
            self.say(f"Could not save: {exc}")

    # --- the game -------------------------------------------------------------------------------

    def run(self) -> int:
        try:
            while True:
                if self.rt.finished:
                    self.credits()
                    if self.store is not None:
                        try:
                            self.store.retire()  # the next run starts the story afresh
                        except SaveError as exc:
                            self.say(str(exc))
                    return 0
                self.show(self.rt.event)
        except InputClosed:
            self.save("autosave")
            self.say()
            self.say("Input closed. Progress saved; run the game again to continue." if self.store
                     else "Input closed.")
            return 0
        except Quit:
            self.save("autosave")
            self.say("Saved. See you soon." if self.store else "Goodbye.")
            return 0

    def show(self, e: ev.Event) -> None:
        rt = self.rt
        if isinstance(e, ev.BeatStart):
            self.save("autosave")
            self.say()
            title = f"── {e.number}. {e.title} ──"
            self.say(self.paint(title, "#40e8f0", bold=True))
            if e.place:
                self.say(self.paint(e.place, "#8c96b2"))
            self.say()
            rt.advance()
        elif isinstance(e, ev.Line):
            if e.speaker is None:
                self.say(self.paint(e.text, "#c4cce0"))
            else:
                color = rt.story.characters[e.speaker].color
                self.say(f"{self.paint(e.name, color, bold=True)}: {e.text}")
            rt.advance()
        elif isinstance(e, ev.Choice):
            self.choice(e)
        elif isinstance(e, ev.Review):
            self.review(e)
        elif isinstance(e, ev.GameOver):
            self.say()
            self.say(self.paint(f"*** {e.title.upper()} ***", "#dc2832", bold=True))
            self.say(e.text)
            self.ask("  ▸ Press Enter to replay the night. ")
            rt.advance()
        elif isinstance(e, ev.Action):
            self.action(e)
        elif isinstance(e, ev.Reboot):
            self.reboot(e)
        elif isinstance(e, ev.Ending):
            self.ending(e)
            if e.rewind:
                self.ask("  ▸ Not the end yet. Press Enter to go back to the choice. ")
                self.say(self.paint("The moment rewinds. You are back at the choice.", "#96dcff"))
            rt.advance()

    def choice(self, e: ev.Choice) -> None:
        self._page(coming=len(e.options) + 2)

        def show() -> None:
            self.say(page=False)
            if e.kind == "explore":
                self.say(self.paint("Where to?", "#ffdc50"), page=False)
            for o in e.options:
                seen = self.paint("  (looked)", "#8c96b2") if e.kind == "explore" and (e.id, o.node) in self.looked \
                    else ""
                self.say(f"  {o.index + 1}) {o.text}{seen}", indent="     ", page=False)

        show()
        i = self.ask_number("> ", len(e.options), reshow=show)
        if e.kind == "explore":
            self.looked.add((e.id, e.options[i].node))
        self.say()
        self.rt.choose(i)

    def meter(self, used_memories: int, new: int, weapons: int, capacity: int) -> str:
        cells = "▣" * weapons + "■" * used_memories + "◆" * new
        free = capacity - len(cells)
        over = max(0, -free)
        bar = cells[:capacity] + "□" * max(0, free)
        text = f"[{bar}]" + (f" +{over} over" if over else "")
        return f"{text}  {len(cells)}/{capacity} slots"

    @staticmethod
    def dots(weight: int) -> str:
        """A memory's weight as five dots, filled up to it (the same in the review and `memories`)."""
        return "●" * weight + "·" * max(0, 5 - weight)

    def show_core(self) -> None:
        core = self.rt.core
        st = self.rt.story
        self.say(self.paint("7723 · memory core", "#96dcff", bold=True))
        w = st.weapons_slots if core.weapons else 0
        self.say("  " + self.meter(len(core.held), len(core.pending), w, st.capacity))
        for m in core.held:
            info = st.memories[m]
            self.say(f"  • {info.title} [{self.dots(info.weight)}] — {info.picture}")
        for m in core.pending:
            self.say(f"  ◆ {st.memories[m].title} (new, waiting for tonight)")
        if core.gaps:
            self.say(f"  {len(core.gaps)} grey gap{'s' if len(core.gaps) != 1 else ''} where memories were "
                     "(gaps take no slots).")
        self.say(f"  Bond {self.rt.bond}.")

    def review(self, e: ev.Review) -> None:
        st = self.rt.story
        self.say()
        self.say(self.paint(f"◇ {e.title} ◇", "#96dcff", bold=True))
        if e.weapons_change == "delete":
            self.say(f"The weapons module goes dark. Its {st.weapons_slots} slots open up.")
        elif e.weapons_change == "reinstall":
            self.say(f"The weapons module comes back online, taking {st.weapons_slots} slots.")
        cards = list(e.held) + list(e.pending)
        tonight = self.rt.bond + sum(c.weight for c in e.pending)  # the bond if he keeps everything
        self._page(coming=2 * len(cards) + 6)
        self.say("  " + self.meter(len(e.held), len(e.pending), e.weapons_slots, e.capacity), page=False)
        if not self.explained:
            self.explained = True
            self.say("  ■ a kept memory  ◆ new today  ▣ the weapons module  □ a free slot.  ● is a memory's "
                     "weight; together the kept weights are the bond, and the bond shapes how the story ends.",
                     indent="  ", page=False)
        for n, c in enumerate(cards, start=1):
            tag = self.paint(" NEW", "#aaf046") if c.new else ""
            self.say(f"  {n}) {c.title} [{self.dots(c.weight)}] {c.mood.replace('_', ' ')}{tag}",
                     page=False)
            self.say(c.picture, indent="       ", page=False)
        if e.gaps:
            self.say(f"  ({len(e.gaps)} grey gap{'s' if len(e.gaps) != 1 else ''} so far, taking no slots)", page=False)
        self.say(f"  Bond if he keeps them all: {tonight}", page=False)
        while True:
            if e.must_free:
                self.say(self.paint(f"The core is {e.must_free} over. Choose {e.must_free} to delete, "
                                    "or the core fills and resets.", "#ff48a0"))
                prompt = "Delete (numbers, e.g. '2 5'): "
            else:
                self.say("Everything fits. Delete any? (numbers, or Enter to keep them all)")
                prompt = "Delete: "
            answer = self.ask(prompt).replace(",", " ").split()
            if not answer:
                if e.must_free == 0:
                    self.rt.review([])
                    self.say("He keeps them all tonight.")
                    return
                if self.confirm("Keep everything? The core will overflow. (y/n) "):
                    self.rt.refuse_review()
                    return
                continue
            if not all(a.isdigit() and 1 <= int(a) <= len(cards) for a in answer) or len(set(answer)) != len(answer):
                self.say(f"Type numbers from 1 to {len(cards)}, each once, separated by spaces.")
                continue
            chosen = [cards[int(a) - 1] for a in answer]
            if len(chosen) < e.must_free:
                self.say(f"That frees {len(chosen)}; the core needs {e.must_free}.")
                continue
            cost = sum(c.weight for c in chosen)
            names = ", ".join(f"“{c.title}”" for c in chosen)
            if not self.confirm(f"Delete {names} for ever? Bond {tonight} → {tonight - cost}. (y/n) "):
                continue
            try:
                self.rt.review([c.id for c in chosen])
            except WrongAnswer as exc:
                self.say(str(exc))
                continue
            for c in chosen:
                self.say(self.paint(f"  ░ {c.title} flickers, and is gone. A grey gap marks where it was.", "#8c96b2"))
            return

    def action(self, e: ev.Action) -> None:
        self.say()
        self.say(self.paint(f"!! {e.title} !!", "#ff48a0", bold=True))
        if e.has_tense:
            self.rt.action(tense=True)
            return
        self.say("  1) Push through\n  2) Fall back")
        i = self.ask_number("> ", 2)
        self.rt.action(won=i == 0)

    def reboot(self, e: ev.Reboot) -> None:
        cards = list(e.memories)
        self.say()
        self.say(self.paint(f"◇ {e.title} ◇", "#96dcff", bold=True))
        if not cards:
            self.say("There is nothing left to play. The core is already quiet.")
            self.rt.reboot([])
            return
        self.say("Everything he kept will play one last time, then fade. Choose the order; the last fades last.")
        for n, c in enumerate(cards, start=1):
            self.say(f"  {n}) {c.title} — {c.picture}")
        while True:
            answer = self.ask("Order (e.g. '3 1 2'), or Enter to keep this order: ").replace(",", " ").split()
            if not answer:
                order = cards
                break
            if sorted(answer) == sorted(str(i) for i in range(1, len(cards) + 1)):
                order = [cards[int(a) - 1] for a in answer]
                break
            self.say(f"Use each number from 1 to {len(cards)} once.")
        self.say()
        for n, c in enumerate(order):
            last = n == len(order) - 1
            self.say(self.paint(f"  ✦ {c.title}", "#96dcff", bold=True))
            self.say(c.picture, indent="    ")
            self.say(self.paint("    …the last light goes out." if last else "    …and it fades.", "#8c96b2"))
        self.rt.reboot([c.id for c in order])

    def ending(self, e: ev.Ending) -> None:
        self.say()
        self.say(self.paint(f"═══ {e.title} ═══", "#ffdc50", bold=True))
        if e.text:
            self.say(e.text)

    def credits(self) -> None:
        st = self.rt.story
        self.say()
        self.say(self.paint(st.title, "#40e8f0", bold=True))
        for line in st.credits:
            self.say("  " + line)
        self.say(f"  Memories kept to the end: {len(self.rt.state.farewell)} · grey gaps: {len(self.rt.core.gaps)}")
        self.flush()

"""The terminal front end: the whole game as text, over the same play session as the window.

Lines are printed (and a stage direction's note, in brackets), choices numbered, the memory review shown as a list with a slot meter. Any
answer that is not valid is asked again. Each event is shown by one method, which returns the
player's answer as data; `run` hands it to the session, which saves when its policy says so. When
standard input closes the session saves and the game ends cleanly. Typed commands work at any
prompt: `save`, `memories`, `bond`, `back`, `help`, `quit` (and at a review, `look` to read the
memories again: each is described the first night it is listed, then named). The first time the
bare ▸ pause comes, a line says what it waits for.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ..story import answers as an
from ..story import events as ev
from ..story.compiler import load_story
from ..story.runtime import RuntimeError_, WrongAnswer
from ..story.saves import SaveError
from ..story.session import PlaySession
from ..story.views import ReviewView, bond_words, dots, letting_go
from ..story.watch import Watch
from .cards import AGAIN, BOND_MEANS, LOOK_HINT, CardNotes, beat_name, look, meter, tally
from .lead import Leads
from .screen import InputClosed, Screen, as_number, clean
from .spots import Looked

PAUSE_HINT = ("(▸ means the story waits for you: press Enter to go on. Where choices are numbered, type a number. "
              "Type help at any prompt for the commands.)")
HELP = "Type the number of your choice and press Enter. At ▸ the story waits: press Enter to go on. At any prompt:"
COMMANDS = (("memories", "7723's memory core"), ("bond", "the bond as a number"), ("back", "take back the last decision"), ("save", "save the game"),
            ("quit", "save and stop"), ("help", "this text"))
ACCENT, MUTED, DANGER, GOLD, HOLO = "#40e8f0", "#8c96b2", "#ff48a0", "#ffdc50", "#96dcff"


class Quit(Exception):
    pass


class Back(Exception):
    """The player typed `back`: the question on screen is dropped, the last decision asked again."""


class TextGame(Screen):
    def __init__(self, session: PlaySession, out: TextIO = sys.stdout, read: Callable[[], str] | None = None,
                 interactive: bool | None = None, color: bool | None = None, story_dir: Path | None = None):
        super().__init__(out, read, interactive, color)
        self.session = session
        self.story_dir = story_dir  # watched: a story file or map saved there is reloaded before the next event
        self.watch = Watch([story_dir, story_dir.parent / "levels"]) if story_dir is not None else None
        self.looked = Looked()  # explore spots already looked at, and when: they are listed last
        self.leads = Leads()  # whose eyes the player was last told they are behind
        self.farewell: tuple[ev.MemoryCard, ...] = ()  # what the last ending played, for the credits
        self.returns = False  # the last ending leaves a way back to its choice
        self.bond_note: str | None = None  # what `bond` says while a deletion is being confirmed
        self.explained = False  # the review's legend is shown once a session
        self.notes = CardNotes()  # memories whose pictures were shown: later nights list them by name
        self.pause_hint = PAUSE_HINT

    # --- input ----------------------------------------------------------------------------------

    def ask(self, prompt: str, reshow: Callable[[], None] | None = None, undo: bool = True) -> str:
        """One line from the player, with the commands that work everywhere handled here (then
        `reshow` puts the question back on screen); without `undo`, `back` is an answer like any."""
        while True:
            print(prompt, end="", file=self.out)
            self.flush()
            raw = self.line()
            if not self.interactive:
                print(clean(raw.rstrip("\n")), file=self.out)  # echo piped answers: a transcript reads well
            self.since_input = 0
            answer = raw.strip()
            low = answer.lower()
            if low in ("help", "?", "h"):
                self.on_pause(low)
            elif low in ("memories", "m", "mem"):
                self.show_core()
            elif low == "bond":
                self.say(f"{self.bond_note or bond_words(self.session.bond)} {BOND_MEANS}")  # what the number shapes
            elif low in ("save", "s"):
                self.save("slot1")
            elif low in ("quit", "q", "exit"):
                raise Quit
            elif low in ("back", "b", "undo") and undo:
                raise Back
            else:
                return answer
            if reshow is not None:
                reshow()

    def on_pause(self, typed: str) -> None:
        """`help` at the pause (or at any prompt) prints the help; anything else at the pause goes on."""
        if typed in ("help", "?", "h"):
            self.say(HELP)
            for name, what in COMMANDS:
                self.say(f"{name:<10} {what}", indent="  ")

    def confirm(self, prompt: str) -> bool:
        while True:  # `back` at a yes-or-no takes back the question (a no), not the decision before it
            answer = self.ask(prompt, undo=False).lower()
            if answer in ("y", "yes", "n", "no", "back", "b", "undo"):
                return answer.startswith("y")
            self.say("Type y or n.")

    def ask_number(self, prompt: str, count: int, reshow: Callable[[], None] | None = None) -> int:
        while True:
            index = as_number(self.ask(prompt, reshow), count)
            if index is not None:
                return index
            self.say(f"Type a number from 1 to {count} (or 'help').")

    # --- saving ---------------------------------------------------------------------------------

    def save(self, slot: str) -> None:
        try:
            path = self.session.save(slot)
        except SaveError as exc:
            self.say(f"Could not save: {exc}")
            return
        if path is not None:
            self.say(f"Saved to {path}.")

    def tell_notices(self) -> None:
        for notice in self.session.take_notices():
            self.say(self.paint(notice, MUTED))

    # --- the game -------------------------------------------------------------------------------

    def run(self) -> int:
        session = self.session
        try:
            self.tell_notices()
            while not session.finished:
                self.check_story()
                try:
                    session.answer(self.show(session.event))
                except WrongAnswer as exc:  # the screens only offer valid answers; say it and ask again
                    self.say(str(exc))
                except Back:
                    self.take_back()
                self.tell_notices()
            self.credits()
            return 0
        except InputClosed:
            saved = session.close() and session.store is not None
            self.say()
            self.tell_notices()
            self.say("Input closed. Progress saved; run the game again to continue." if saved else "Input closed.")
            return 0
        except Quit:
            saved = session.close() and session.store is not None
            self.tell_notices()
            self.say("Saved. See you soon." if saved else "Goodbye.")
            return 0
        except RuntimeError_ as exc:  # a fault in the story files: the place it stopped is not saved over
            self.say()
            self.say(self.paint(f"The story cannot go on from here: {exc}.", DANGER))
            self.say("This is a fault in the story files (`main.py validate` and `main.py explore` find such "
                     "faults). The autosave from the start of this beat is kept.")
            return 1

    def take_back(self) -> None:
        """Rewind to the last decision the player made (a set-piece played as its tense choices is
        the terminal's own answer, so the decision before it is taken back too)."""
        session = self.session
        if not session.rewind_decision():
            self.say(self.paint("There is no decision to take back yet.", MUTED))
            return
        while isinstance(session.event, ev.Action) and session.event.has_tense and session.rewind_decision():
            pass
        self.say(self.paint("Back to the last decision.", MUTED))

    def check_story(self) -> None:
        """A designer saved a story file or a map: play on in the new story from the same place, or
        say what is wrong with it and keep the last good one."""
        if self.watch is None or self.story_dir is None or not self.watch.changed():
            return
        story, diags = load_story(self.story_dir)
        errors = [d for d in diags if d.severity == "error"]
        if story is None or errors:
            self.say(self.paint(f"The story has {len(errors) or 1} problem(s); still playing the last good one:",
                                DANGER))
            for d in (errors or diags)[:5]:
                self.say(f"  {d}")
            return
        try:
            self.say(self.paint(self.session.reload(story), MUTED))
        except SaveError as exc:
            self.say(self.paint(f"Not reloaded: {exc}; still playing the last good story.", DANGER))

    def show(self, e: ev.Event) -> an.Answer:
        """Present one event; the player's answer to it."""
        shows: dict[type, Callable] = {
            ev.BeatStart: self.beat_start, ev.Stage: self.stage, ev.Line: self.line_said, ev.Choice: self.choice,
            ev.Review: self.review, ev.GameOver: self.game_over, ev.Action: self.action,
            ev.Reboot: self.reboot, ev.Ending: self.ending,
        }
        return shows[type(e)](e)

    def beat_start(self, e: ev.BeatStart) -> an.Answer:
        self.say()
        self.say(self.paint(f"── {e.number}. {e.title} ──", ACCENT, bold=True))
        for said in (e.place, self.leads.note(self.session.story, e.lead)):  # whose eyes: no sprite shows it
            if said:
                self.say(self.paint(said, MUTED))
        self.say()
        if e.stage is not None:
            self.stage(e.stage)
        return an.ADVANCE

    def stage(self, e: ev.Stage) -> an.Answer:
        """A stage direction: only its note, as a stage note; the light, the cast and the cues are the
        window's to show."""
        if e.note:
            self.say(self.paint(f"[{clean(e.note)}]", MUTED))
        return an.ADVANCE

    def line_said(self, e: ev.Line) -> an.Answer:
        if e.speaker is None:
            self.say(self.paint(e.text, "#c4cce0"))
        else:
            self.say(f"{self.paint(e.name, e.color, bold=True)}: {clean(e.text)}")
        return an.ADVANCE

    def game_over(self, e: ev.GameOver) -> an.Answer:
        self.say()
        self.say(self.paint(f"*** {e.title.upper()} ***", "#dc2832", bold=True))
        self.say(clean(e.text))
        self.ask("  ▸ Press Enter to replay the night. ")
        return an.ADVANCE

    def choice(self, e: ev.Choice) -> an.Answer:
        self.page(coming=len(e.options) + 2)

        def show() -> None:
            self.say(page=False)
            if e.kind == "explore":
                self.say(self.paint("Where to?", GOLD), page=False)
            for n, o in enumerate(listed):
                seen = self.paint(note, MUTED) if (note := self.looked.note(e, o)) else ""  # looked, or moves on
                self.say(f"  {n + 1}) {clean(o.text)}{seen}", indent="     ", page=False)
        listed = self.looked.order(e)  # spots looked at sink to the bottom: answering 1 again moves on
        show()
        picked = listed[self.ask_number("> ", len(listed), reshow=show)]
        if e.kind == "explore":
            self.looked.mark(e, picked)
        self.say()
        return an.Choose(picked.index)

    def show_core(self) -> None:
        core = self.session.core()
        self.say(self.paint("7723 · memory core", HOLO, bold=True))
        self.say("  " + meter(core.fill))
        for c in core.held:
            self.say(f"  • {clean(c.title)} [{dots(c.weight)}] — {clean(c.picture)}")
        for c in core.pending:
            self.say(f"  ◆ {clean(c.title)} (new, waiting for tonight)")
        if core.gaps:
            self.say(f"  {core.gaps} grey gap{'s' if core.gaps != 1 else ''} where memories were "
                     "(gaps take no slots).")
        self.say(f"  Bond {core.bond}.")

    def review(self, e: ev.Review) -> an.Answer:
        view = ReviewView(e)
        self.say()
        self.say(self.paint(f"◇ {e.title} ◇", HOLO, bold=True))
        weapons = view.weapons_message()
        if weapons:
            self.say(weapons)
        self.list_cards(view)
        self.bond_note = bond_words(view.bond_if_kept)  # the bond is there for those who ask: `bond`
        try:
            while True:
                if e.must_free:
                    self.say(self.paint(f"The core is {e.must_free} over. Choose {e.must_free} to delete, "
                                        "or the core fills and resets.", DANGER))
                else:
                    self.say("Everything fits. Delete any? (numbers, or Enter to keep them all)")
                words = self.ask("Delete (numbers, e.g. '2 5'): " if e.must_free else "Delete: ").replace(",", " ").split()
                shown = look(words, view.cards, lambda beat: beat_name(self.session.story, beat))
                if shown is not None:
                    for text, indent in shown:
                        self.say(text, indent=indent)
                    continue
                chosen = self.pick_cards(view, words)
                if chosen is not None:
                    return chosen
        finally:
            self.bond_note = None

    def list_cards(self, view: ReviewView) -> None:
        e = view.review
        cards = view.cards
        self.page(coming=2 * len(cards) + 6)
        fill = view.fill()
        self.say("  " + meter(fill), page=False)
        if not self.explained:
            self.explained = True
            self.say("  ■ a kept memory  ◆ new today  ▣ the weapons module  □ a free slot.  ● is a memory's weight; "
                     "together the kept weights are the bond, and the bond shapes how the story ends (type bond to see it).",
                     indent="  ", page=False)
        rows = [self.notes.rows(n, c, self.paint(" NEW", "#aaf046") if c.new else "") for n, c in enumerate(cards, 1)]
        for text, indent in (row for card in rows for row in card):
            self.say(text, indent=indent, page=False)
        if any(len(card) == 1 for card in rows) and self.notes.hint_look():  # a card named by its title alone
            self.say(self.paint(LOOK_HINT, MUTED), page=False)
        if e.gaps:
            self.say(f"  ({len(e.gaps)} grey gap{'s' if len(e.gaps) != 1 else ''} so far, taking no slots)", page=False)

    def pick_cards(self, view: ReviewView, answer: list[str]) -> an.Answer | None:
        """The review's answer from the numbers typed, after the player confirms; None to ask again."""
        e, cards = view.review, view.cards
        if not answer:
            if e.must_free == 0:
                self.say(self.notes.kept_all())
                return an.Delete()
            if self.confirm("Keep everything? The core will overflow. (y/n) "):
                return an.Refuse()
            return None
        picked = [as_number(a, len(cards)) for a in answer]
        if None in picked or len(set(picked)) != len(picked):
            self.say(f"Type numbers from 1 to {len(cards)}, each once, separated by spaces.")
            return None
        chosen = view.mark(cards[i].id for i in picked)
        if len(chosen.marked) < e.must_free:
            self.say(f"That frees {len(chosen.marked)}; the core needs {e.must_free}.")
            return None
        self.say(clean(letting_go(cards[i] for i in picked)))
        self.bond_note = bond_words(view.bond_if_kept, chosen.bond_after)
        gone = "it" if len(picked) == 1 else "them"
        try:
            if not self.confirm(f"Let {gone} go for ever? (y/n) "):
                return None
        finally:
            self.bond_note = bond_words(view.bond_if_kept)
        for i in picked:
            self.say(self.paint(f"  ░ {cards[i].title} flickers, and is gone. A grey gap marks where it was.", MUTED))
        return an.Delete(chosen.marked)

    def action(self, e: ev.Action) -> an.Answer:
        self.say()
        self.say(self.paint(f"!! {e.title} !!", DANGER, bold=True))
        if e.has_tense:
            return an.Play("tense")
        self.say("  1) Push through\n  2) Fall back")
        return an.Play("win" if self.ask_number("> ", 2) == 0 else "lose")

    def reboot(self, e: ev.Reboot) -> an.Answer:
        cards = list(e.memories)
        self.say()
        self.say(self.paint(f"◇ {e.title} ◇", HOLO, bold=True))
        if not cards:
            self.say("There is nothing left to play. The core is already quiet.")
            return an.Order(())
        self.say("Everything he kept will play one last time, then fade. Choose the order; the last fades last.")
        for n, c in enumerate(cards, start=1):
            self.say(f"  {n}) {clean(c.title)} — {clean(c.picture)}")
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
            self.say(self.paint(f"  ✦ {c.title}", HOLO, bold=True))
            self.say(clean(c.picture), indent="    ")
            self.say(self.paint("    …the last light goes out." if last else "    …and it fades.", MUTED))
        return an.Order(tuple(c.id for c in order))

    def ending(self, e: ev.Ending) -> an.Answer:
        self.farewell = e.farewell
        self.say()
        self.say(self.paint(f"═══ {e.title} ═══", GOLD, bold=True))
        if e.text:
            self.say(clean(e.text))
        if e.rewind:
            self.ask("  ▸ Not the end yet. Press Enter to go back to the choice. ")
            self.say(self.paint("The moment rewinds. You are back at the choice.", HOLO))
        self.returns = e.returns_to is not None
        return an.ADVANCE

    def credits(self) -> None:
        st = self.session.story
        self.say()
        self.say(self.paint(st.title, ACCENT, bold=True))
        for line in st.credits:
            self.say("  " + clean(line))
        self.say(tally(self.farewell, self.session.core()))
        if self.session.store is not None:  # what running the game again does
            self.say(self.paint(AGAIN[self.returns], MUTED))
        self.flush()

"""One game being played: the runtime, the save store, and the policy of when to save.

Every front end and driver goes through a `PlaySession`: the window's director, the terminal game,
scripted and random playthroughs, the scene tests. The policy lives here and nowhere else:

- **autosave** whenever a beat begins (its `BeatStart` arrives), including a new game's first beat;
- **retire** the autosave once the last ending is over, so the next run starts afresh;
- **keep a way back**: reaching the choice an ending `returns_to` (the reboot's final choice) saves
  it to its own slot (`before-reboot`), which a finished run of that ending leaves for the title to
  offer, and a finished run of any other ending puts aside;
- **save on quit** (`close`), unless the story is over;
- **resume** from the autosave or a slot, with a notice when the story changed under the save;
- **record**, when asked (`record_to`): every answer, written beside the autosave and on closing,
  to a replay file (`replay.py`);
- **remember**: the history log of what was said, and the points before each answer that
  `rewind` goes back to and `forward` returns from (`rewind.py`), both kept with every save.

Nothing here raises into a front end for a failed save: the problem becomes a notice, one sentence
for the player, which the front end shows as it shows things (a toast, a printed line).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import answers as an
from . import events as ev
from .interpreter import RuntimeError_, WrongAnswer
from .replay import Recorder
from .rewind import Past, Point, Said, from_doc, to_doc
from .runtime import Runtime
from .saves import SaveError, SaveStore, decode, encode
from .state import GameState
from .story import Story
from .views import CoreView, Fill, core_fill

__all__ = ["AUTOSAVE", "PlaySession", "Said", "return_slot", "way_back"]

AUTOSAVE = "autosave"


def return_slot(where: str) -> str:
    """The slot that keeps the way back to `where` ("reboot.final_choice" -> "before-reboot")."""
    return f"before-{where.partition('.')[0]}"


def way_back(story: Story, store: SaveStore | None) -> tuple[str, str] | None:
    """(slot, the beat's title) of a saved way back to a choice an ending returns to, if there is one."""
    if store is None:
        return None
    saved = {info.slot for info in store.slots() if info.error is None}
    for info in story.endings.values():
        if info.returns_to and return_slot(info.returns_to) in saved:
            return return_slot(info.returns_to), story.beats[info.returns_to.partition(".")[0]].title
    return None


class PlaySession:
    """The runtime plus the saves. Hand out `event`; take the player's `answer`."""

    def __init__(self, runtime: Runtime, store: SaveStore | None = None, notice: str | None = None,
                 saved: Any = None) -> None:
        """`saved`: the save document the runtime was loaded from, whose history and rewind points
        go on here."""
        self.runtime = runtime
        self.store = store
        self.notices: list[str] = [notice] if notice else []
        self.history: list[Said] = []
        self.past = Past()
        if saved is not None:
            self.history, self.past.points = from_doc(saved, runtime.story)
        self.recorder: Recorder | None = None
        self.read_before = False  # the line that waits was shown before (skipping may pass it)
        self.ended: ev.Ending | None = None  # the ending that finished the story, once it has
        self._arrive()

    # --- starting -------------------------------------------------------------------------------

    @classmethod
    def new(cls, story: Story, store: SaveStore | None = None, seed: int = 0, beat: str | None = None) -> PlaySession:
        """A new game from the story's start (or from `beat`, the designer's warp)."""
        return cls(Runtime(story, seed=seed, beat=beat), store)

    @classmethod
    def load(cls, story: Story, store: SaveStore, slot: str) -> PlaySession:
        """Resume from `slot`; `SaveError` (a sentence for the player) if it cannot be used."""
        rt, notice = store.load(slot, story)
        return cls(rt, store, notice, store.last)

    @classmethod
    def resume(cls, story: Story, store: SaveStore) -> PlaySession | None:
        """Continue from the newest save that can be used, or None if there is none.

        A save that cannot be used is set aside, never written over, and the next one is tried
        (its backup, then the other slots); the session's notice says so. `SaveError` (a sentence
        for the player) if there were saves and none of them could be used."""
        found = store.resume(story)
        if found is None:
            return None
        rt, notice = found
        return cls(rt, store, notice, store.last)

    # --- reading --------------------------------------------------------------------------------

    @property
    def story(self) -> Story:
        return self.runtime.story

    @property
    def event(self) -> ev.Event:
        return self.runtime.event

    @property
    def finished(self) -> bool:
        return self.runtime.finished

    @property
    def bond(self) -> int:
        return self.runtime.bond

    @property
    def beat(self) -> ev.BeatStart:
        """The beat being played, as its start shows it (the window sets its stage from it)."""
        return self.runtime.beat_start()

    def core(self) -> CoreView:
        """The core as the player is shown it between reviews (the terminal's `memories`)."""
        rt = self.runtime
        core = rt.core
        return CoreView(self.fill(), tuple(rt.card(m) for m in core.held),
                        tuple(rt.card(m, new=True) for m in core.pending), len(core.gaps), rt.bond)

    def where(self) -> str:
        """The beat being played, as "7. The Garage" (the pause menu shows it)."""
        beat = self.story.beats[self.runtime.state.beat]
        return f"{beat.number}. {beat.title}"

    def fill(self) -> Fill:
        story = self.story
        return core_fill(self.runtime.core, story.capacity, story.weapons_slots)

    def record_to(self, path: Path) -> None:
        """From now on, keep every answer for a replay file at `path` (written at each beat's start
        and on closing; a failure to write it is a notice, once)."""
        self.recorder = Recorder(path, self.runtime)
        self.write_record()

    def take_notices(self) -> list[str]:
        """What the player should be told (save problems, resume adjustments), once each."""
        out, self.notices = self.notices, []
        return out

    # --- answering ------------------------------------------------------------------------------

    def answer(self, a: an.Answer) -> ev.Event | None:
        """Answer the event that waits; the next event, or None once the story is over.

        `WrongAnswer` if `a` does not answer the event (the event stays as it was)."""
        rt = self.runtime
        before, point, seen = rt.event, Point(rt.state.copy(), len(self.history), a), len(rt.seen)
        rt.answer(a)
        self.past.taken(point)
        self.read_before = len(rt.seen) == seen  # a line shown for the first time adds its id
        if self.recorder is not None:
            self.recorder.note(a, staged=isinstance(before, ev.Stage))
        if isinstance(before, ev.Ending) and self.finished:
            self.ended = before
        self._log(before, a)
        self._arrive()
        return None if self.finished else self.runtime.event

    def _log(self, e: ev.Event, a: an.Answer) -> None:
        if isinstance(e, ev.Line):
            self.history.append(Said(e.name if e.speaker else "", e.text, e.color))
        elif isinstance(e, ev.Choice) and isinstance(a, an.Choose):
            self.history.append(Said("", f"› {e.options[a.index].text}", "", picked=True))

    def _arrive(self) -> None:
        """The policy, applied to whatever the story has just reached."""
        if self.finished:
            self._retire()
            self._settle_way_back()
            self.write_record()
        elif isinstance(self.runtime.event, ev.BeatStart):
            self._autosave()
            self.write_record()
        elif isinstance(self.runtime.event, ev.Choice):
            self._keep_way_back()

    # --- going back -----------------------------------------------------------------------------

    @property
    def can_rewind(self) -> bool:
        return bool(self.past.points) and not self.finished

    @property
    def can_forward(self) -> bool:
        return bool(self.past.ahead) and not self.finished

    def rewind(self, steps: int = 1) -> int:
        """Go back `steps` answers (as far as the kept points reach): the state as it was, choices,
        reviews, deletions and reboots undone, the history log cut back (a stage direction reached so is
        passed back over, to the line before it). How many steps were taken.
        Nothing is saved: the autosave is made as a beat begins, and on closing."""
        if self.finished:
            return 0
        point, done = self.past.back(steps)
        if point is None:
            return 0
        self.runtime.state = point.state.copy()
        self.runtime.refresh()
        while isinstance(self.runtime.event, ev.Stage) and self.past.points:
            # back to the line before a stage direction, which plays again on the way forward
            point, more = self.past.back(1)
            assert point is not None
            done += more
            self.runtime.state = point.state.copy()
            self.runtime.refresh()
        del self.history[point.said:]
        self.read_before = True  # it was shown when the point was kept
        if self.recorder is not None and not self.recorder.drop(done):
            # back past where the recording began: it begins again here
            self.recorder = Recorder(self.recorder.path, self.runtime)
        return done

    def forward(self, steps: int = 1) -> int:
        """Back toward where the player was before rewinding, giving the same answers again (so the
        autosave at a beat's start is made again). How many steps were taken."""
        done = 0
        while done < steps and self.past.ahead and not self.finished:
            try:
                self.answer(self.past.ahead[-1].answer)
            except WrongAnswer:  # a point from a changed save file: the way ahead is lost
                self.past.ahead.clear()
                break
            done += 1
        return done

    def rewind_decision(self) -> bool:
        """Go back to the newest decision given (a choice, a review, a set-piece, a reboot), to
        answer it again; False if none is kept."""
        steps = self.past.last_decision()
        return steps > 0 and self.rewind(steps) == steps

    def line_before(self) -> ev.Line | None:
        """The line shown just before the event that waits, if that is where the story stood (the
        window keeps it under a choice)."""
        for point in reversed(self.past.points):  # stage directions between them are passed over
            e = self.runtime.fork(point.state.copy()).event
            if not isinstance(e, ev.Stage):
                return e if isinstance(e, ev.Line) else None
        return None

    # --- reloading ------------------------------------------------------------------------------

    def reload(self, story: Story) -> str:
        """Go on in `story` (the designer saved a file) from the same place: the same node if it is
        still there (from its first step when it changed), else the start of the beat. A sentence
        saying where; `SaveError` if the place is gone (its beat, or a memory or flag it holds), and
        then nothing changes."""
        doc = encode(self.runtime, "reload")
        state, seen, notice = decode(doc, story, "the game in progress")
        was = GameState.from_dict(doc["state"])
        beat = story.beats[was.beat]
        if notice and was.node in beat.nodes and was.phase in ("run", "game_over"):
            state = was  # the node is still there: go back to its first step, keeping what happened
            state.pc, state.sub, state.mourning = 0, 0, []
            state.played = None  # the directions' places may have moved: the source order stands in
            state.stack = [(n, p) for n, p in state.stack if n in beat.nodes and p < len(beat.nodes[n].code)]
            notice = f"Story reloaded: back to the start of node “{was.node}” in “{beat.title}”."
        try:
            runtime = Runtime(story, state)
        except RuntimeError_ as exc:
            raise SaveError(f"the story cannot go on from there ({exc})") from None
        runtime.seen = self.runtime.seen | seen
        self.runtime = runtime
        self.past.clear()  # the points were made in the story before: they may not fit this one
        if self.recorder is not None:
            self.recorder = Recorder(self.recorder.path, runtime)  # a replay begins where the new story does
        return notice or "Story reloaded; the game goes on where it was."

    # --- saving ---------------------------------------------------------------------------------

    def save(self, slot: str, thumbnail: bytes | None = None) -> Path | None:
        """Save to `slot` (the player asked); `SaveError` says why it could not be done."""
        if self.store is None:
            return None
        return self.store.save(slot, self.runtime, thumbnail, self.kept())

    def close(self) -> bool:
        """The player is leaving: keep where they are, unless there is nothing left to continue.
        False if that could not be saved (a notice says why)."""
        self.write_record()
        return self.finished or self._autosave()

    def kept(self) -> dict[str, Any]:
        """What a save keeps of the session's past: the history log and the rewind points."""
        return to_doc(self.history, self.past)

    def write_record(self) -> None:
        """Write the replay file as it stands, if this session is recorded."""
        if self.recorder is None:
            return
        try:
            self.recorder.write()
        except OSError as exc:
            self.notices.append(f"The replay could not be written to {self.recorder.path}: {exc.strerror or exc}")
            self.recorder = None

    def _autosave(self) -> bool:
        if self.store is None:
            return True
        try:
            self.store.autosave(self.runtime, self.kept())
        except (SaveError, OSError) as exc:
            self.notices.append(f"Autosave failed: {exc}")
            return False
        return True

    def _keep_way_back(self) -> None:
        """At a choice an ending returns to: save it to its own slot, for the title to offer later."""
        s = self.runtime.state
        here = f"{s.beat}.{s.node}"
        if self.store is None or not any(e.returns_to == here for e in self.story.endings.values()):
            return
        try:
            self.store.save(return_slot(here), self.runtime, past=self.kept())
        except (SaveError, OSError) as exc:
            self.notices.append(f"The save before this choice failed: {exc}")

    def _settle_way_back(self) -> None:
        """An ending that returns keeps its way back; any other puts every way back aside."""
        if self.store is None or self.ended is None:
            return
        info = self.story.endings.get(self.ended.id)
        keep = info.returns_to if info is not None else None
        for e in self.story.endings.values():
            if e.returns_to and e.returns_to != keep:
                try:
                    self.store.retire(return_slot(e.returns_to))
                except SaveError as exc:
                    self.notices.append(str(exc))

    def _retire(self) -> None:
        if self.store is None:
            return
        try:
            self.store.retire(AUTOSAVE)
        except SaveError as exc:
            self.notices.append(str(exc))

"""The story's instructions, carried out: the half of the runtime that runs on from one decision
to the next.

`Runtime` answers the player and reads the state; this class, its base, runs instructions until one
needs the player (`_settle`) and builds that event. Each kind of instruction has one small method,
found through a table, that says whether an event now waits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import events as ev
from . import memory_core as mc
from .env import Env, apply
from .story import (
    ActionI,
    BeatI,
    ChoiceI,
    DoI,
    EndI,
    EndingI,
    ExploreI,
    GotoI,
    JumpI,
    JumpIfNotI,
    LineI,
    RebootI,
    RetellI,
    ReviewI,
    StageI,
    Story,
)

if TYPE_CHECKING:
    from .state import GameState

MAX_SILENT_STEPS = 100_000  # instructions without an event: a loop with no line in it


class RuntimeError_(Exception):
    """The answer does not fit the event, or the story loops without showing anything."""


class WrongAnswer(RuntimeError_):
    pass


class Interpreter:
    story: Story
    state: GameState
    fast: bool
    _event: ev.Event | None
    on_line: Callable[[ev.Line], None] | None
    on_enter: Callable[[str, str], None] | None
    seen: set[str]
    # What happens, as it happens, for tools that watch a run (coverage); None: nobody watches, and
    # the story runs through the plain table below at no extra cost. Called as
    # on_step(beat, node, ins, outcome), where outcome is
    #   True or False   a condition (`if:`) was read;
    #   the event       a line, choice, place to explore, review, set-piece, reboot or ending waits;
    #   the answer      the player answered a decision (reported before the story runs on).
    # A fork is not watched.
    on_step: Callable[[str, str, object, object], None] | None = None

    def card(self, mid: str, new: bool = False) -> ev.MemoryCard:
        m = self.story.memories[mid]
        return ev.MemoryCard(m.id, m.code, m.title, m.picture, m.weight, m.mood, m.beat, new)

    def beat_start(self) -> ev.BeatStart:
        """The beat being played, as its start shows it (a front end that resumes mid-beat sets
        its stage from this)."""
        b = self.story.beats[self.state.beat]
        return ev.BeatStart(b.id, b.title, b.scene, b.place, b.map, b.number, b.lead, b.start, b.stage)

    # --- running --------------------------------------------------------------------------------

    def _ins(self):
        s = self.state
        return self.story.beats[s.beat].nodes[s.node].code[s.pc]

    def _enter(self, beat: str, node: str, fresh_beat: bool) -> None:
        s = self.state
        if fresh_beat:
            s.stack.clear()
            s.beat = beat
            s.phase = "beat_start"
            s.entry = None
            s.played = ()  # no direction of the new beat is played yet
        s.node, s.pc = node, 0
        if self.on_enter is not None:
            self.on_enter(beat, node)
        key = f"{beat}.{node}"
        if key in self.story.visited_refs:
            s.visited.add(key)

    def _start_beat(self, beat: str) -> None:
        self._enter(beat, self.story.beats[beat].start, fresh_beat=True)

    def _settle(self) -> None:
        """Run instructions until one needs the player; build its event."""
        s = self.state
        if s.phase == "finished":
            return  # the last event (the ending) stays readable
        if s.phase == "beat_start":
            if s.entry is None:
                s.entry = s.logic()
                s.entry["node"] = s.node
            if self.fast:
                s.phase = "run"
                return self._settle()
            self._event = self.beat_start()
            return
        if s.phase == "game_over":
            self._event = ev.GameOver(*self.story.game_over)
            return
        env = Env(s, self.story)
        beats, fast = self.story.beats, self.fast
        steps = self._STEPS if self.on_step is None else _WATCHED
        for _ in range(MAX_SILENT_STEPS):
            node = beats[s.beat].nodes[s.node]
            if fast:
                s.pc = node.skip[s.pc]
            ins = node.code[s.pc]
            if steps[type(ins)](self, ins, env):
                return
        raise RuntimeError_(f"{self._loop_at(steps, env)}: the story loops without showing anything")

    def _loop_at(self, steps: dict, env: Env) -> str:
        """Where a run that showed nothing for `MAX_SILENT_STEPS` goes round: the first of the nodes
        it passes going on as far again, so one loop is one fault however the story came into it."""
        s, beats = self.state, self.story.beats
        where = {f"{s.beat}.{s.node}"}
        for _ in range(MAX_SILENT_STEPS):
            node = beats[s.beat].nodes[s.node]
            if self.fast:
                s.pc = node.skip[s.pc]
            ins = node.code[s.pc]
            if steps[type(ins)](self, ins, env):
                break  # it came out after all: the nodes so far are the place to look
            where.add(f"{s.beat}.{s.node}")
        return min(where)

    # --- one instruction each: True when an event now waits for the player ------------------------

    def _line(self, ins: LineI, env: Env) -> bool:
        if self.fast:
            self.state.pc += 1
            return False
        self._show_line(ins.id, ins.speaker, ins.face)
        return True

    def _stage(self, ins: StageI, env: Env) -> bool:
        if self.fast:  # never reached there: `Node.skip` passes stage directions as it passes lines
            self.state.pc += 1
            return False
        self._event = ins.stage
        return True

    def _jump(self, ins: JumpI, env: Env) -> bool:
        self.state.pc = ins.target
        return False

    def _jump_if_not(self, ins: JumpIfNotI, env: Env) -> bool:
        s = self.state
        s.pc = s.pc + 1 if ins.cond(env) else ins.target
        return False

    def _do(self, ins: DoI, env: Env) -> bool:
        apply(ins.ops, env, self.story.counter_range)
        self.state.pc += 1
        return False

    def _choice(self, ins: ChoiceI, env: Env) -> bool:
        s, strings = self.state, self.story.strings
        opts = tuple(ev.Option(i, o.id, strings[o.id])
                     for i, o in enumerate(o for o in ins.options if o.cond is None or o.cond(env)))
        if not opts:
            raise RuntimeError_(f"{s.beat}.{s.node}: no option of the choice is open")
        self._event = ev.Choice(ins.id, "choice", opts, s.node)
        return True

    def _explore(self, ins: ExploreI, env: Env) -> bool:
        s, strings = self.state, self.story.strings
        spots = tuple(ev.Option(i, sp.id, strings[sp.id], sp.node, sp.onward)
                      for i, sp in enumerate(sp for sp in ins.spots if sp.cond is None or sp.cond(env)))
        if not spots:
            raise RuntimeError_(f"{s.beat}.{s.node}: nowhere left to go")
        self._event = ev.Choice(ins.id, "explore", spots, s.node)
        return True

    def _goto(self, ins: GotoI, env: Env) -> bool:
        self._enter(self.state.beat, ins.node, fresh_beat=False)
        return False

    def _beat(self, ins: BeatI, env: Env) -> bool:
        self._start_beat(ins.beat)
        self._settle()
        return True

    def _review(self, ins: ReviewI, env: Env) -> bool:
        s = self.state
        if s.mourning:
            self._show_line(f"memory.{s.mourning[0]}.gone", None, "")
        else:
            self._event = self._review_event(ins)
        return True

    def _action(self, ins: ActionI, env: Env) -> bool:
        given = tuple((name, bool(cond(env))) for name, cond in ins.given)
        self._event = ev.Action(ins.id, ins.piece, self.story.strings[ins.id], ins.tense is not None, given,
                                tuple(name for name, _ops in ins.marks))
        return True

    def _reboot(self, ins: RebootI, env: Env) -> bool:
        held = tuple(self.card(m) for m in self.state.core.held)
        self._event = ev.Reboot(ins.id, self.story.strings[ins.id], held)
        return True

    def _retell(self, ins: RetellI, env: Env) -> bool:
        s, story = self.state, self.story
        told = [m for m in s.farewell if story.memories[m].told]
        if self.fast or s.sub >= len(told):
            s.sub = 0
            s.pc += 1
            return False
        self._show_line(f"memory.{told[s.sub]}.told", ins.speaker, story.characters[ins.speaker].faces[0])
        return True

    def _ending(self, ins: EndingI, env: Env) -> bool:
        info = self.story.endings[ins.ending]
        self._event = ev.Ending(info.id, info.title, info.text, info.rewind,
                                tuple(self.card(m) for m in self.state.farewell), info.returns_to)
        return True

    def _end(self, ins: EndI, env: Env) -> bool:
        s = self.state
        if s.stack:
            s.node, s.pc = s.stack.pop()
            return False
        nxt = self.story.beats[s.beat].next
        if nxt is None:
            raise RuntimeError_(f"{s.beat}.{s.node}: the story runs out here (no next beat)")
        self._start_beat(nxt)
        self._settle()
        return True

    _STEPS: dict[type, Callable[[Interpreter, object, Env], bool]] = {
        LineI: _line, JumpI: _jump, JumpIfNotI: _jump_if_not, DoI: _do, ChoiceI: _choice, ExploreI: _explore,
        GotoI: _goto, BeatI: _beat, ReviewI: _review, ActionI: _action, RebootI: _reboot, RetellI: _retell,
        EndingI: _ending, EndI: _end, StageI: _stage,
    }

    def _jump_if_not_watched(self, ins: JumpIfNotI, env: Env) -> bool:
        s = self.state
        held = bool(ins.cond(env))
        self.on_step(s.beat, s.node, ins, held)  # type: ignore[misc]  # only in the watched table
        s.pc = s.pc + 1 if held else ins.target
        return False

    def _show_line(self, lid: str, speaker: str | None, face: str) -> None:
        story = self.story
        who = story.characters.get(speaker) if speaker else None
        e = ev.Line(lid, speaker, story.name_of(speaker), story.strings[lid], face,
                    who.color if who else "", (who.looks_like or speaker) if who else "", self.state.node)
        self.seen.add(lid)
        self._event = e
        if self.on_line:
            self.on_line(e)

    def _review_event(self, ins: ReviewI) -> ev.Review:
        s, st = self.state, self.story
        after = mc.weapons_after(s.core, ins.weapons)
        return ev.Review(
            id=ins.id,
            title=st.strings[ins.id],
            held=tuple(self.card(m) for m in s.core.held),
            pending=tuple(self.card(m, new=True) for m in s.core.pending),
            capacity=st.capacity,
            weapons_slots=st.weapons_slots if after else 0,
            weapons_change=ins.weapons,
            must_free=mc.must_free(s.core, st.capacity, st.weapons_slots, ins.weapons),
            gaps=tuple(s.core.gaps),
            module_slots=st.weapons_slots,
        )


def _reported(step: Callable[[Interpreter, object, Env], bool]) -> Callable[[Interpreter, object, Env], bool]:
    """`step`, telling `on_step` about the event it leaves waiting."""

    def watched(self: Interpreter, ins: object, env: Env) -> bool:
        beat, node = self.state.beat, self.state.node
        if not step(self, ins, env):
            return False
        self.on_step(beat, node, ins, self._event)  # type: ignore[misc]  # only in the watched table
        return True

    return watched


# the table a watched runtime runs through: the same steps, reporting conditions and events
_WATCHED: dict[type, Callable[[Interpreter, object, Env], bool]] = {
    **Interpreter._STEPS,
    JumpIfNotI: Interpreter._jump_if_not_watched,
    **{t: _reported(Interpreter._STEPS[t]) for t in (LineI, ChoiceI, ExploreI, ReviewI, ActionI, RebootI, EndingI)},
}

"""What the search found, and the shortest way to each thing it found, in a player's words.

The search keeps only each state's parent and the answer that led from it, so memory stays small;
a path is told by playing its answers again from the start and describing each one.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from typing import Any

from .. import answers as an
from .. import events as ev
from ..runtime import Runtime, RuntimeError_, WrongAnswer
from ..state import GameState
from ..story import ChoiceI, ExploreI, Story
from .bits import Bits
from .equivalence import CORES

REPLAY_LIMIT = 100_000  # events run through between two decisions when telling a path


@dataclass
class Report:
    beats: list[dict[str, Any]]
    endings: dict[str, dict[str, Any]]
    dead_ends: list[dict[str, Any]]
    unreachable_nodes: list[str]
    never_enabled_choices: list[dict[str, str]]
    states: int
    memories: dict[str, Any]
    seconds: float
    complete: bool = True
    game_overs: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (
            self.complete
            and all(e["reachable"] for e in self.endings.values())
            and not self.dead_ends
            and not self.unreachable_nodes
            and not self.never_enabled_choices
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "complete": self.complete,
            "beats": self.beats,
            "endings": [{"id": k, **v} for k, v in self.endings.items()],
            "dead_ends": self.dead_ends,
            "unreachable_nodes": self.unreachable_nodes,
            "never_enabled_choices": self.never_enabled_choices,
            "states": self.states,
            "memories": self.memories,
            "game_overs": self.game_overs,
            "seconds": round(self.seconds, 3),
        }


def flavour(story: Story, state: GameState, quiet: Container[tuple[str, str, int]] = frozenset()) -> bool:
    """The choice the state waits at only changes what is said (or, at the places in `quiet`, also
    names nothing reads after it: `liveness.Positions.quiet_choices`): any option will do."""
    ins = story.beats[state.beat].nodes[state.node].code[state.pc]
    return isinstance(ins, ChoiceI) and (ins.flavour or (state.beat, state.node, state.pc) in quiet)


def describe(answer: an.Answer, event: ev.Event) -> str:
    """The answer given at `event`, in words."""
    options = tuple(o.text for o in event.options) if isinstance(event, ev.Choice) else ()
    rewinds = isinstance(event, ev.Ending) and event.rewind is not None
    return an.describe(answer, options, rewinds=rewinds)


class Paths:
    """Each kept state's number, parent and the answer that led from it; the words of the way there.

    A state is numbered as it is kept; its parent is told by number. Which keys were kept is a bit
    set per place (a key is its place's number and its core's, `equivalence.CORES`): the search
    keeps close to a million states, and a dict of their keys and parents spent a hundred bytes on
    each where the bits and two arrays spend about ten."""

    def __init__(self, story: Story, quiet: Container[tuple[str, str, int]] = frozenset()):
        self.story, self.quiet = story, quiet  # the choices where any option will do, besides those over lines
        self._kept: dict[int, Bits] = {}  # per place, the cores kept there
        self._parents = array("i")  # each state's parent's number, or -1 at the start (4 bytes: the
        self._chosen = array("i")  # search stops at millions); the number of the answer that led to it, or -1
        self._answers: list[an.Answer] = []
        self._numbers: dict[an.Answer, int] = {}

    def __len__(self) -> int:
        return len(self._parents)

    def __contains__(self, key: int) -> bool:
        place, core = divmod(key, CORES)
        kept = self._kept.get(place)
        return kept is not None and core in kept

    def add(self, key: int, parent: int | None = None, answer: an.Answer | None = None) -> int:
        """Keep state `key`, reached from state number `parent` by `answer` (none: the start); its number."""
        place, core = divmod(key, CORES)
        kept = self._kept.get(place)
        if kept is None:
            kept = self._kept[place] = Bits()
        kept.add(core)
        n = -1
        if parent is not None and answer is not None:
            n = self._numbers.get(answer, -1)
            if n < 0:
                n = self._numbers[answer] = len(self._answers)
                self._answers.append(answer)
        self._parents.append(-1 if n < 0 else parent)  # type: ignore[arg-type]
        self._chosen.append(n)
        return len(self._parents) - 1

    def words(self, number: int, last: an.Answer | None = None) -> list[str]:
        """The decisions that lead to state `number` (then `last`), in words."""
        return self.tell(self.answers(number, last))

    def answers(self, number: int, last: an.Answer | None = None) -> list[an.Answer]:
        """The decisions that lead to state `number` (then `last`)."""
        answers: list[an.Answer] = [last] if last else []
        while number >= 0 and self._chosen[number] >= 0:
            answers.append(self._answers[self._chosen[number]])
            number = self._parents[number]
        return answers[::-1]

    def tell(self, path: list[an.Answer], played: list[an.Answer] | None = None) -> list[str]:
        """Play `path` from the start, saying each decision and where any option would have done
        (`played` gets every answer given, those where any option would do included)."""
        rt = Runtime(self.story, seed=0)
        out: list[str] = []
        for answer in path:
            try:
                self._run_on(rt, out, played)
            except RuntimeError_:
                return out  # stuck on the way, where any option would do: the way ends there
            out.append(describe(answer, rt.event))
            if played is not None:
                played.append(answer)
            try:
                rt.answer(answer)
            except (WrongAnswer, RuntimeError_):
                return out
        try:
            self._run_on(rt, out, played)
        except RuntimeError_:
            pass
        return out

    def _run_on(self, rt: Runtime, out: list[str], played: list[an.Answer] | None = None) -> None:
        """Through lines, and through choices where any option will do (saying which was taken)."""
        talked: set[tuple] = set()
        for _ in range(REPLAY_LIMIT):
            e = rt.event
            if isinstance(e, (ev.BeatStart, ev.Line, ev.Stage)):
                rt.answer(an.ADVANCE)
            elif isinstance(e, ev.Choice) and e.kind == "choice" and flavour(self.story, rt.state, self.quiet):
                if rt.state.key() in talked:
                    out.append("…and round again, for ever")
                    return
                talked.add(rt.state.key())
                out.append(f"choose “{e.options[0].text}” (any will do)")
                if played is not None:
                    played.append(an.Choose(0))
                rt.answer(an.Choose(0))
            else:
                return


@dataclass
class Findings:
    """What the search notes on its way: the report's raw material."""

    endings: dict[str, dict[str, Any]]
    reached_nodes: set[tuple[str, str]] = field(default_factory=set)
    offered: set[str] = field(default_factory=set)  # option and spot ids
    held_ever: set[str] = field(default_factory=set)
    offered_memories: set[str] = field(default_factory=set)
    dead: dict[str, dict[str, Any]] = field(default_factory=dict)
    game_overs: int = 0

    @classmethod
    def of(cls, story: Story) -> Findings:
        return cls({k: {"title": e.title, "reachable": False, "path": None} for k, e in story.endings.items()})

    def dead_end(self, message: str, path: Callable[[], list[str]], where: str | None = None) -> None:
        """Note a dead end once; `path` tells the way there (only asked for the first time)."""
        if message not in self.dead:
            self.dead[message] = {"where": where or message.split(":")[0], "message": message, "path": path()}

    def report(self, story: Story, states: int, seconds: float, complete: bool) -> Report:
        reached = self.reached_nodes
        unreachable = [f"{b.id}.{n}" for b in story.beats.values() for n in b.nodes if (b.id, n) not in reached]
        beats = [{"id": b.id, "title": b.title, "scene": b.scene, "map": b.map,
                  "reached": any(bb == b.id for bb, _ in reached)} for b in story.beats.values()]
        memories = {
            "total": len(story.memories),
            "ever_held": sorted(self.held_ever),
            "never_held": sorted(set(story.memories) - self.held_ever),
            "never_offered": sorted(set(story.memories) - self.offered_memories),
        }
        return Report(beats, self.endings, list(self.dead.values()), unreachable, self._never_offered(story),
                      states, memories, seconds, complete, self.game_overs)

    def _never_offered(self, story: Story) -> list[dict[str, str]]:
        never: list[dict[str, str]] = []
        for b in story.beats.values():
            for n, node in b.nodes.items():
                if (b.id, n) not in self.reached_nodes:
                    continue
                for ins in node.code:
                    items = ins.options if isinstance(ins, ChoiceI) else ins.spots if isinstance(ins, ExploreI) else ()
                    never.extend({"id": o.id, "text": o.text, "where": f"{b.id}.{n}"}
                                 for o in items if o.id not in self.offered)
        return never


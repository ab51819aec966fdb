"""What the story hands a front end.

The runtime never draws or reads input. The session hands each event to a presenter, which shows
it and answers with a value from `answers.py` (each event's docstring names its answer). Events
carry everything a front end shows (names, colours, portraits, the place and the node the camera
looks at), so no presenter reads the runtime's state. They are frozen values, so a front end may
keep them (the history log) safely.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class MemoryCard:
    """One memory as the player sees it on the review screen."""

    id: str
    code: str
    title: str
    picture: str
    weight: int
    mood: str
    beat: str
    new: bool = False  # arrived today (pending) rather than already held


@dataclass(frozen=True, slots=True)
class Cast:
    """One character's part in a stage direction: where they appear or walk to, and how they stand."""

    who: str  # a character id; on the map it is the sprite of that name
    spot: str = ""  # a named object on the beat's map ("" = stays where they are)
    walk: bool = False  # walk there rather than appear there
    face: str = ""  # up | down | left | right ("" = unchanged)
    pose: str = ""  # stand | sit | curled | lying | knocked_down ("" = unchanged)
    leave: bool = False  # goes off the map
    look: str = ""  # black_eye | plain: how they look from now on ("" = unchanged)
    pace: str = ""  # walk | run: how fast they go where they walk ("" = walking pace)


@dataclass(frozen=True, slots=True)
class Prop:
    """One prop's part in a stage direction (`game.story.props`): where it lies, who holds it."""

    name: str  # as the direction names it: a prop of the catalogue, or `name#n` (one more of it)
    art: str  # its picture: assets/props/<art>.png
    carry: str = "hand"  # hand | shoulder | back | arms: how a holder holds it
    spot: str = ""  # lies at this named object of the map
    holder: str = ""  # held by this person (as a cast member is named), going where they go
    down: bool = False  # laid down where it is now
    leave: bool = False  # off the map
    on_top: bool = False  # lying, drawn over the people where it lies (the catalogue's `on_top`)
    fly: str = ""  # up | down | left | right: sent flying that way off the map from where it lies (kicked.py)


@dataclass(frozen=True, slots=True)
class Stage:
    """Stage directions: the light, who is where, the camera, a screen effect, a music or sound cue.

    Answer: `Advance()`, at once (the window plays walks and effects while the story goes on), or,
    when `wait` is set, once the walks have arrived and the effect has played. An empty field leaves
    that part of the stage as it was. The terminal prints `note` if there is one, and nothing else.
    """

    id: str
    node: str = ""
    map: str = ""  # a map of levels/ the scene moves to from here ("" stays where it is)
    time: str = ""  # dawn | day | dusk | evening | night | midnight: the graded palette
    lights: tuple[str, ...] | None = None  # light sources on now (chest, screens, neon, lamps, ...)
    blackout: bool | None = None  # True: nothing is seen but the light sources
    cast: tuple[Cast, ...] = ()
    props: tuple[Prop, ...] = ()  # things put down, given, laid down or taken away
    camera: str = ""  # "follow:<who>" | "pan:<spot>" | "hold" | "" (follow whoever speaks)
    shake: float = 0.0  # seconds of camera shake (none under reduce motion)
    effect: str = ""  # a named screen effect: flash | fade_out | fade_in | hologram_flare | ...
    music: str = ""  # a piece to play from now ("stop" for silence)
    sound: str = ""  # a sound effect to play once
    stands: str = ""  # "empty" | "full": the fans drawn in the map's seats ("" = as they were)
    note: str = ""  # a short stage note for front ends that show none of the above
    wait: bool = False  # the story waits for the walks and the effect to finish


@dataclass(frozen=True, slots=True)
class BeatStart:
    """A beat begins: the front end changes scene, the session autosaves. Answer: `Advance()`."""

    beat: str
    title: str
    scene: str  # explore | dialogue | memory_review | action | ending
    place: str
    map: str | None
    number: int  # 1-based position in story order
    lead: str = "mai"  # who the player walks as on the beat's map
    node: str = ""  # where the beat starts (the camera's first spot)
    stage: Stage | None = None  # the beat's own directions, in force from its first line


@dataclass(frozen=True, slots=True)
class Line:
    """A line of dialogue or narration (speaker None). Answer: `Advance()`."""

    id: str
    speaker: str | None
    name: str
    text: str
    face: str
    color: str = ""  # the speaker's colour as "#rrggbb" ("" for narration)
    portrait: str = ""  # whose portraits draw this speaker (a character can look like another)
    node: str = ""  # the node it is said in: the camera of a backdrop looks there


@dataclass(frozen=True, slots=True)
class Option:
    index: int
    id: str
    text: str
    node: str | None = None  # for explore spots: the node this spot starts (map objects name it)
    onward: bool = False  # an explore spot that leaves the place: the story moves on, the rest is gone


@dataclass(frozen=True, slots=True)
class Choice:
    """Pick one option (only enabled ones are listed). Answer: `Choose(index)`.

    kind is "choice" for dialogue and tense action choices, "explore" for spots on a map.
    """

    id: str
    kind: str
    options: tuple[Option, ...]
    node: str = ""  # the node that offers it


@dataclass(frozen=True, slots=True)
class Review:
    """The nightly memory review. Answer: `Delete(ids)`, or `Refuse()` to keep what does not fit.

    `must_free` slots have to be freed before the core fits; 0 means deleting is optional.
    """

    id: str
    title: str
    held: tuple[MemoryCard, ...]
    pending: tuple[MemoryCard, ...]
    capacity: int
    weapons_slots: int  # slots the weapons module takes after this review (0 once deleted)
    weapons_change: str | None  # "delete" | "reinstall" | None
    must_free: int
    gaps: tuple[str, ...]  # ids of memories deleted so far (grey gaps)
    module_slots: int = 0  # the slots the weapons module takes while installed

    @property
    def used(self) -> int:
        return len(self.held) + len(self.pending) + self.weapons_slots


@dataclass(frozen=True, slots=True)
class GameOver:
    """The core overflowed: a total reset. Answer: `Advance()` to replay the night."""

    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Action:
    """An action set-piece. Answer: `Play("win" | "lose", marks)`, or `Play("tense")` to play its
    stand-in run of tense choices (the terminal does).

    `given` is what the piece is told about the story so far (each name the action declares, with
    its condition's value now); `marks` are the names the piece may report back in its answer."""

    id: str
    piece: str
    title: str
    has_tense: bool
    given: tuple[tuple[str, bool], ...] = ()
    marks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reboot:
    """The reboot. Answer: `Order(ids)`: every kept memory once, the last fades last."""

    id: str
    title: str
    memories: tuple[MemoryCard, ...]


@dataclass(frozen=True, slots=True)
class Ending:
    """An ending. Answer: `Advance()`. If `rewind` is set the story goes back there; else it is over
    (and if `returns_to` is set, the title offers to go back to that choice later)."""

    id: str
    title: str
    text: str
    rewind: str | None
    farewell: tuple[MemoryCard, ...] = field(default=())  # the memories the reboot played, in order
    returns_to: str | None = None  # "beat.node": the choice the title offers to go back to


Event = BeatStart | Stage | Line | Choice | Review | GameOver | Action | Reboot | Ending

"""Typed models of the designers' story files (pydantic v2).

These describe the *shape* of each file and give the JSON Schema editors use for autocomplete.
Whether names refer to things that exist is checked afterwards, in `compiler/`, where every
reference can be reported with its file, line and column.
"""

from __future__ import annotations

from itertools import combinations
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import stagewords as sw
from .props import PropInfo, PropPart, prop_members

ID_PATTERN = r"^[A-Za-z0-9_]+$"
Id = Annotated[str, Field(pattern=ID_PATTERN, description="an id: letters, digits and _")]
Cond = Annotated[str, Field(description="a condition, e.g. \"bond >= 12 and remembers(bleep)\"")]
Names = Id | list[Id]
SCENES = ("explore", "dialogue", "memory_review", "action", "ending")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- game.yaml --------------------------------------------------------------------------------


class Core(Strict):
    capacity: int = Field(8, ge=1, le=64, description="slots in 7723's memory core")
    weapons: int = Field(3, ge=0, le=64, description="slots the weapons module takes while installed")


class Counter(Strict):
    start: int = 0
    min: int | None = Field(None, description="the counter never goes below this")
    max: int | None = Field(None, description="the counter never goes above this")
    about: str = Field("", description="what the number means, for designers")


class EndingDef(Strict):
    title: str
    text: str = ""
    rewind: str | None = Field(None, description="beat.node to go back to after this ending plays")
    returns_to: str | None = Field(
        None, description="beat.node of a choice: the game is over, and the title offers to go back there")


class GameOverText(Strict):
    title: str = "Core full"
    text: str = ("The core overflows. Every memory goes white at once, and 7723 reboots as if he had never "
                 "met anyone. The night starts again.")


class GameFile(Strict):
    title: str
    start: Id = Field(description="the first beat")
    core: Core = Core()
    flags: dict[Id, str] = Field(default_factory=dict, description="flag: what it means")
    counters: dict[Id, Counter] = Field(default_factory=dict)
    endings: dict[Id, EndingDef]
    credits: list[str] = Field(default_factory=list)
    game_over: GameOverText = Field(default_factory=GameOverText, description="what a full core says")


# --- characters.yaml, memories.yaml -----------------------------------------------------------


class Character(Strict):
    name: str
    color: str = Field("#ffffff", pattern=r"^#[0-9a-fA-F]{6}$")
    faces: list[Id] = Field(default_factory=lambda: ["neutral"], min_length=1)
    about: str = ""
    looks_like: Id | None = Field(None, description="another character whose portraits this one uses "
                                                    "(the family's house robot is a Q-Bot with a name)")


class Memory(Strict):
    code: str = Field(description="a short label such as M01")
    title: str
    picture: str = Field(description="the one-line picture the memory holds")
    weight: int = Field(ge=1, le=5)
    mood: Id
    beat: Id = Field(description="the beat that makes this memory")
    told: str = Field("", description="what is told to the rebooted 7723 about it (played by `retell`)")
    gone: str = Field("", description="a line of narration shown right after a review that deleted it")


# --- steps ------------------------------------------------------------------------------------


class Effects(BaseModel):
    """`do:` — flags, memories, and counters by name (a number adds; "= expression" sets)."""

    model_config = ConfigDict(extra="allow", frozen=True)
    set: Names | None = None
    unset: Names | None = None
    remember: Names | None = None
    forget: Names | None = None


class LineStep(Strict):
    say: str = Field(description="speaker id (or write `SPEAKER: text` directly)")
    text: str
    face: Id | None = None
    id: Id | None = None
    if_: Cond | None = Field(None, alias="if")


class Option(Strict):
    text: str
    id: Id | None = None
    if_: Cond | None = Field(None, alias="if")
    do: Effects | None = None
    then: list[Any] | None = Field(None, description="steps played after the option is picked")
    goto: Id | None = None
    beat: Id | None = Field(None, description="go to the start of this beat afterwards")


class ChoiceStep(Strict):
    choice: list[Option] = Field(min_length=1)
    id: Id | None = None
    if_: Cond | None = Field(None, alias="if")


class Spot(Strict):
    text: str
    goto: Id = Field(description="the node this spot plays (map objects name it in their `node` property)")
    id: Id | None = None
    if_: Cond | None = Field(None, alias="if")


class ExploreStep(Strict):
    explore: list[Spot] = Field(min_length=1)
    id: Id | None = None


class IfStep(Strict):
    if_: Cond = Field(alias="if")
    then: list[Any]
    else_: list[Any] | None = Field(None, alias="else")


class DoStep(Strict):
    do: Effects
    if_: Cond | None = Field(None, alias="if")


class GotoStep(Strict):
    goto: Id
    if_: Cond | None = Field(None, alias="if")


class BeatStep(Strict):
    beat: Id
    if_: Cond | None = Field(None, alias="if")


class Review(Strict):
    title: str
    weapons: Literal["delete", "reinstall"] | None = None


class ReviewStep(Strict):
    review: Review | str
    id: Id | None = None


class Action(Strict):
    piece: Id = Field(description="which set-piece the window plays")
    title: str
    win: Id
    lose: Id
    tense: Id | None = Field(None, description="a node of tense choices that stands in for it in the terminal")
    given: dict[Id, Cond] = Field(default_factory=dict, description="name: condition, what the piece is told "
                                                                    "of the story so far")
    marks: dict[Id, Effects] = Field(default_factory=dict, description="name: effects (as in `do:`), applied once "
                                                                       "when the piece reports the mark (at most 3)")


class ActionStep(Strict):
    action: Action
    id: Id | None = None


class RebootStep(Strict):
    reboot: str = Field(description="the title of the farewell")
    id: Id | None = None


class RetellStep(Strict):
    retell: Id = Field(description="who tells the rebooted 7723 the stories of the memories that played")
    if_: Cond | None = Field(None, alias="if")


class EndingStep(Strict):
    ending: Id
    if_: Cond | None = Field(None, alias="if")


class CastPart(Strict):
    """What one character does in a stage direction (`leave` alone is written as the word)."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)
    at: Id | None = Field(None, description="appear at this object of the beat's map")
    walk: Id | None = Field(None, description="walk to this object of the beat's map (arrives at its centre)")
    face: Literal[sw.FACINGS] | None = None  # type: ignore[valid-type]
    pose: Literal[sw.POSES] | None = None  # type: ignore[valid-type]
    pace: Literal[sw.PACES] | None = Field(  # type: ignore[valid-type]
        None, description="with walk or leave: spot, how fast they go there: walk (the default), run, "
                    "or fly (through the air, straight there over whatever is between, turning over)")
    look: Literal[sw.LOOKS] | None = Field(  # type: ignore[valid-type]
        None, description="how they look from now on, on the map and in their portrait (plain: as drawn)")
    leave: bool | Id = Field(False, description="goes off the map (or write the member as `leave`); a spot: "
                                               "walks there first, and goes off the map there")

    @model_validator(mode="before")
    @classmethod
    def _word(cls, data: Any) -> Any:
        if data == sw.LEAVE:
            return {"leave": True}
        if isinstance(data, str):
            raise ValueError(f"a cast member is `{sw.LEAVE}` or a mapping of at, walk, face and pose")
        return data


class StageDirections(Strict):
    """The light, who is where, the camera, an effect, a music or sound cue: empty parts stay as they were."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)
    map: Id | None = Field(None, description="a map of levels/ the scene moves to from here (its people start afresh)")
    time: Literal[sw.TIMES] | None = Field(None, description="the graded palette")  # type: ignore[valid-type]
    lights: list[Literal[sw.LIGHTS]] | None = Field(  # type: ignore[valid-type]
        None, description="light sources on from now ([] = none)")
    blackout: bool | None = Field(None, description="nothing visible but the light sources (false ends it)")
    cast: dict[str, CastPart] | None = Field(None, description="character id: what they do")
    props: dict[str, PropPart] | None = Field(None, description="prop of story/props.yaml: where it is, who holds it")
    camera: str | None = Field(None, description="follow:<who> | pan:<spot> | close:<who> (a close-up) | hold | speaker "
                               "(the default: follow whoever speaks)",
                               json_schema_extra={"pattern": r"^(hold|speaker|(follow|close):[A-Za-z0-9_]+|pan:[A-Za-z0-9_]+)$"})
    shake: float | None = Field(None, ge=0, description="seconds of camera shake")
    effect: Literal[sw.EFFECTS] | None = None  # type: ignore[valid-type]
    music: Id | None = Field(None, description="a piece: sound/music/<name>.yaml (stop = silence)")
    sound: Id | None = Field(None, description="a sound effect: a key of sound/effects.yaml")
    stands: Literal[sw.STANDS] | None = Field(  # type: ignore[valid-type]
        None, description="the fans drawn in the map's seats: empty (they have gone) or full (back again)")
    note: str | None = Field(None, description="what the terminal prints (only where it matters to the story)")
    wait: bool = Field(False, description="the story waits until the walks and the effect are done")


class StageStep(Strict):
    stage: StageDirections
    id: Id | None = None


STEP_KEYS: dict[str, type[BaseModel]] = {
    "choice": ChoiceStep,
    "explore": ExploreStep,
    "review": ReviewStep,
    "action": ActionStep,
    "reboot": RebootStep,
    "retell": RetellStep,
    "ending": EndingStep,
    "goto": GotoStep,
    "beat": BeatStep,
    "do": DoStep,
    "say": LineStep,
    "stage": StageStep,
}


class BeatFile(Strict):
    beat: Id
    title: str
    scene: Literal["explore", "dialogue", "memory_review", "action", "ending"]
    place: str = ""
    map: Id | None = Field(None, description="levels/NAME.tmx")
    lead: Id = Field("mai", description="the character the player walks as on the map (a character id)")
    start: Id
    next: Id | None = Field(None, description="the beat after this one (default: the next file)")
    stage: StageDirections | None = Field(None, description="the beat's own directions, from its first line")
    nodes: dict[Id, list[Any]] = Field(min_length=1)


LINE_EXTRAS = ("face", "if", "id")  # what a `SPEAKER: text` line may hold besides its speaker


def _speaker_line() -> dict[str, Any]:
    """`SPEAKER: text` with optional face, if and id: exactly one key that is no extra and no keyword."""
    idstr = {"type": "string", "pattern": ID_PATTERN}
    extras = [list(c) for n in range(len(LINE_EXTRAS) + 1) for c in combinations(LINE_EXTRAS, n)]
    return {
        "type": "object",
        "description": "a line: `SPEAKER: text`, with optional face, if and id",
        "properties": {"face": idstr, "if": {"type": "string"}, "id": idstr},
        "patternProperties": {ID_PATTERN: {"type": "string", "description": "what the speaker says"}},
        "additionalProperties": False,
        "propertyNames": {"not": {"enum": [*STEP_KEYS, "then", "else", "text"]}},  # `text:` is narration
        # one speaker: not only extras, and no more keys than the extras present and one more
        "not": {"propertyNames": {"enum": list(LINE_EXTRAS)}},
        "anyOf": [{"required": present, "maxProperties": len(present) + 1} for present in extras],
    }


def _counter_effects(effects: dict[str, Any]) -> None:
    """`do:` keys beyond set/unset/remember/forget are counters: a number adds, "= expression" sets."""
    effects["propertyNames"] = {"pattern": ID_PATTERN}
    effects["additionalProperties"] = {
        "description": "a counter: a number to add (mood: +1) or \"= expression\" to set it",
        "anyOf": [{"type": "integer"}, {"type": "string", "pattern": r"^\s*="}],
    }


def _cast_members(defs: dict[str, Any]) -> None:
    """A cast member is a mapping of what they do, or the word `leave`."""
    cast = defs["StageDirections"]["properties"]["cast"]["anyOf"][0]
    # qbot#2: the 2nd; passer_by*: all of them
    cast["propertyNames"] = {"pattern": rf"^[A-Za-z0-9_]+({sw.NTH}[0-9]{{1,{sw.MAX_NTH_DIGITS}}}|\{sw.GROUP})?$"}
    cast["additionalProperties"] = {"anyOf": [{"$ref": "#/$defs/CastPart"},
                                              {"const": sw.LEAVE, "description": "goes off the map"}]}


def _step_schemas(add: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """Define `Step` (any one step) and return the schema of a list of steps."""
    step_refs = [add(model) for model in dict.fromkeys([*STEP_KEYS.values(), IfStep])]
    idstr = {"type": "string", "pattern": ID_PATTERN}
    narration = {"type": "object", "description": "narration that carries an id or a condition",
                 "properties": {"text": {"type": "string"}, "id": idstr, "if": {"type": "string"}},
                 "required": ["text"], "additionalProperties": False}
    defs["Step"] = {"anyOf": [{"type": "string", "description": "narration"}, narration, _speaker_line(),
                              *step_refs]}
    steps = {"type": "array", "items": {"$ref": "#/$defs/Step"}}
    defs["Option"]["properties"]["then"] = {"anyOf": [steps, {"type": "null"}],
                                            "description": "steps played after the option is picked"}
    defs["IfStep"]["properties"]["then"] = steps
    defs["IfStep"]["properties"]["else"] = {"anyOf": [steps, {"type": "null"}]}
    _counter_effects(defs["Effects"])
    return steps


def json_schema() -> dict[str, Any]:
    """One schema document covering every story file, for editors' YAML language servers.

    Which kind of file a document is follows from its keys (a beat has `beat` or `nodes`, the game
    `start` or `endings`), so an editor reports the mistakes of that kind of file, not of every kind."""
    defs: dict[str, Any] = {}

    def add(model: type[BaseModel]) -> dict[str, str]:
        schema = model.model_json_schema(by_alias=True, ref_template="#/$defs/{model}")
        for name, sub in schema.pop("$defs", {}).items():
            defs[name] = sub
        defs[model.__name__] = schema
        return {"$ref": f"#/$defs/{model.__name__}"}

    steps = _step_schemas(add, defs)
    beat = add(BeatFile)
    defs["BeatFile"]["properties"]["nodes"] = {
        "type": "object", "minProperties": 1, "description": "node name: its steps, played in order",
        "propertyNames": {"pattern": ID_PATTERN}, "additionalProperties": {**steps, "minItems": 1},
    }
    game = add(GameFile)
    _cast_members(defs)  # after every model is added: the beat file's own `stage:` adds StageDirections again
    prop_members(defs)
    ids = {"pattern": ID_PATTERN}
    characters = {"type": "object", "propertyNames": ids, "additionalProperties": add(Character)}
    memories = {"type": "object", "propertyNames": ids, "additionalProperties": add(Memory)}
    props = {"type": "object", "propertyNames": ids, "additionalProperties": add(PropInfo)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Next Gen: Memory Core story files",
        "description": "story/game.yaml, story/characters.yaml, story/memories.yaml, story/props.yaml and story/beats/*.yaml",
        "if": {"anyOf": [{"required": ["beat"]}, {"required": ["nodes"]}]},
        "then": beat,
        "else": {
            "if": {"anyOf": [{"required": ["start"]}, {"required": ["endings"]}]},
            "then": game,
            "else": {"anyOf": [{"$ref": "#/$defs/CharactersFile"}, {"$ref": "#/$defs/MemoriesFile"},
                               {"$ref": "#/$defs/PropsFile"}]},
        },
        "$defs": {**defs, "CharactersFile": characters, "MemoriesFile": memories, "PropsFile": props},
    }

"""Props: the things a stage direction can put on the map, give to someone, lay down or take away.

The catalogue is `story/props.yaml`, a mapping of prop name to what it is, how a person holds it
and the picture it is drawn with (`assets/props/<art>.png`, drawn by `tools/art/props.py`). It is
read as a story file is (`yamlsrc`: safely, a plain file of bounded size), and what a direction
says of a prop is written in the same spirit as its `cast:`:

    props: {bat: {at: pitch_centre}}     # lies at an object of the map
    props: {bat: {with: mai}}            # held by someone on the map, following them
    props: {backpack: {with: "7723", carry: arms}}   # held otherwise than the catalogue says
    props: {bat: down}                   # laid down where it is (at its holder's feet)
    props: {bat: leave}                  # off the map
    props: {ball: {at: kick_foot, fly: up}}  # kicked from there up out of sight, then off the map
    props: {"gen6_body#2": {at: seat_3}} # a second one of the same prop

The compiler turns each into an `events.Prop` that carries what the window needs of the catalogue
(the picture and the way it is held), so the window never reads the catalogue itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import stagewords as sw
from .diagnostics import Diagnostic
from .yamlsrc import load_file, locate

CATALOGUE = "props.yaml"  # in the story folder


class PropInfo(BaseModel):
    """One prop of the catalogue."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    about: str = Field("", description="what it is, for designers")
    carry: Literal[sw.CARRIES] = Field("hand", description="how a person holds it")  # type: ignore[valid-type]
    art: str | None = Field(None, pattern=r"^[a-z0-9_]+$",
                            description="its picture: assets/props/<art>.png (default: the prop's name)")
    on_top: bool = Field(False, description="lying, it is drawn over the people where it lies (a board "
                                            "fallen on someone), not under their feet")
    over: str | None = Field(None, pattern=r"^[a-z0-9_]+$",
                             description="what it is the wreck of: a big tile of the maps (lunchtable); put "
                                         "`at:` that name, it lies over every one of them on the map")


class PropPart(BaseModel):
    """What one prop does in a stage direction (`leave` and `down` alone are written as the word)."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True, populate_by_name=True)
    at: str | None = Field(None, pattern=r"^[A-Za-z0-9_]+$", description="lies at this object of the beat's map")
    with_: str | None = Field(None, alias="with", pattern=rf"^[A-Za-z0-9_]+({sw.NTH}[0-9]+)?$",
                              description="held by this person on the map, and goes where they go")
    carry: Literal[sw.CARRIES] | None = Field(  # type: ignore[valid-type]
        None, description="with `with`: held so, not as the catalogue says (a bag in the hands, not on the back)")
    down: bool = Field(False, description="laid down where it is: at its holder's feet (or write `down`)")
    leave: bool = Field(False, description="goes off the map (or write the prop as `leave`)")
    fly: Literal[sw.FACINGS] | None = Field(  # type: ignore[valid-type]
        None, description="sent flying that way, out of the view and off the map, from where it lies (or from "
                          "`at`): a ball kicked into orbit")

    @model_validator(mode="before")
    @classmethod
    def _word(cls, data: Any) -> Any:
        if data == sw.LEAVE:
            return {"leave": True}
        if data == sw.PROP_DOWN:
            return {"down": True}
        if isinstance(data, str):
            raise ValueError(f"a prop is `{sw.LEAVE}`, `{sw.PROP_DOWN}` or a mapping of at or with")
        return data


def prop_members(defs: dict[str, Any]) -> None:
    """In the schema: a prop of a direction is named as in the catalogue (or `name#n`), and is a
    mapping of what it does or one of the words `leave` and `down`."""
    props = defs["StageDirections"]["properties"]["props"]["anyOf"][0]
    props["propertyNames"] = {"pattern": rf"^[A-Za-z0-9_]+({sw.NTH}[0-9]{{1,{sw.MAX_NTH_DIGITS}}})?$"}
    props["additionalProperties"] = {"anyOf": [{"$ref": "#/$defs/PropPart"},
                                               {"const": sw.LEAVE, "description": "goes off the map"},
                                               {"const": sw.PROP_DOWN, "description": "laid down where it is"}]}


@dataclass(frozen=True)
class Catalogue:
    """The props a story knows, by name; `shown` is the file they were read from, for messages."""

    props: dict[str, PropInfo]
    shown: str

    def art(self, name: str) -> str:
        info = self.props[name]
        return info.art or name


def read_catalogue(story_dir: Path) -> tuple[Catalogue, list[Diagnostic]]:
    """`story_dir/props.yaml` as a catalogue, with its problems at path:line:col (a story with no
    such file knows no props: only a direction naming one is an error)."""
    path = Path(story_dir) / CATALOGUE
    shown = f"{Path(story_dir).name}/{CATALOGUE}"
    if not path.is_file():
        return Catalogue({}, shown), []
    root, diags = load_file(path, shown)
    if root is None:
        return Catalogue({}, shown), diags
    if not isinstance(root, dict):
        return Catalogue({}, shown), [Diagnostic(shown, 1, 1, "the props catalogue maps each prop's name to "
                                                              "its details (about, carry, art)")]
    props: dict[str, PropInfo] = {}
    for name, body in root.items():
        key = str(name)
        if not key.replace("_", "a").isalnum() or not key.isascii():
            mark = locate(root, (name,), key=True)
            diags.append(Diagnostic(shown, mark.line, mark.col, f"a prop's name is letters, digits and _, not '{key}'"))
            continue
        try:
            props[key] = PropInfo.model_validate(body if body is not None else {})
        except ValidationError as exc:
            for err in exc.errors():
                mark = locate(root, (name, *err["loc"]))
                diags.append(Diagnostic(shown, mark.line, mark.col, f"prop '{key}': {err['msg']}"))
    return Catalogue(props, shown), diags

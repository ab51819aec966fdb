"""Stage directions compiled: a `stage:` step, or a beat's own `stage:`, made into a `Stage` event.

Their shape (known words, types) is the model's to check; here is what needs the rest of the story
and the beat's map (or the map a `map:` has moved the scene to since): each map named exists, each cast member is a character, each spot an object of the map, whoever walks,
turns, poses or is followed by the camera is on the map by then, and each cue a piece or an effect
of the `sound/` folder. "By then" is in source order (the beat's own directions first), which is
what a designer reading the file sees; the window copes with anyone it cannot find.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from game.levels.tmx import TmxError, beat_list, load_map

from .. import events as ev
from .. import model as m
from .. import stagewords as sw
from ..story import StageI
from .stagecast import Person, ambiguous, character_of, names
from .stagegroup import group_member, leaving_spot, paced
from .stageprops import Checks, stage_props, written_key

if TYPE_CHECKING:  # the compiler hands itself in; only its type is needed here
    from .beat import BeatCompiler

Where = tuple[Any, ...]
PEOPLE = ("npc", "walker")  # object types that stand someone on the map
NOTE = "stage"  # what a stage note is, for translators (`po_export.WHO`)
PIGGYBACK = "piggyback"  # the pose of someone carrying Mai on their back, Momo in her hood
RIDERS = ("mai", "momo")  # who that pose draws on their back
LONGEST_SHAKE_S = 10.0  # a jolt, not a state: an endless shake would never let the camera settle


@dataclass(frozen=True)
class MapFacts:
    """What stage directions need of one map: its objects' names, and who stands on it in which beats."""

    spots: frozenset[str]
    people: tuple[Person, ...]  # its npcs, then its walkers, as the window stands them

    def present(self, beat: str) -> set[str]:
        """The names of the people there in `beat`: sprites, object names and `sprite#n`."""
        return names(self.people, beat)


def map_facts(bc: BeatCompiler) -> MapFacts | None:
    """The map stage directions are on by now (the beat's, or the last `map:` before them) as they
    see it; None when there is none or it cannot be read (a missing or broken map is reported by its
    own check)."""
    name, ctx = bc.stage_map, bc.ctx
    if name is None or ctx.levels_dir is None:
        return None
    if name not in ctx.maps:
        try:
            tmx = load_map(ctx.levels_dir / f"{name}.tmx", tiles=False)
        except (OSError, TmxError):
            ctx.maps[name] = None
        else:
            people = tuple(Person(o.name, o.props.get("sprite") or o.name, tuple(beat_list(o.props.get("beats", ""))))
                           for kind in PEOPLE for o in tmx.objects if o.type == kind)
            ctx.maps[name] = MapFacts(frozenset(o.name for o in tmx.objects if o.name), people)
    return ctx.maps[name]


def stage_step(bc: BeatCompiler, model: m.StageStep, path: Where, sid: str) -> None:
    """`- stage: {...}` in a node's steps."""
    bc.emit(StageI(directions(bc, model.stage, path + ("stage",), model.id or sid, bc.node, sid)))


def directions(bc: BeatCompiler, d: m.StageDirections, path: Where, sid: str, node: str,
               place: str = "") -> ev.Stage:
    """The checked directions `d`, written at `path`, as the event the runtime hands out. A `note`,
    which the terminal prints, is a text of the story under the direction's id (`place`: the id its
    place gives it), so it is translated like a line."""
    if d.note:
        bc.string(sid, place, d.note, path + ("note",), NOTE)
    if d.map is not None:
        _move(bc, d.map, path + ("map",))
    cast = tuple(_member(bc, who, part, path + ("cast", written_key(bc, path, "cast", who))) for who, part in (d.cast or {}).items())
    props = stage_props(bc, d.props, path, Checks(map_facts, _spot, _known, _off_map))
    if d.camera is not None:
        _camera(bc, d.camera, path + ("camera",))
    _cue(bc, "music", d.music, path)
    _cue(bc, "sound", d.sound, path)
    if d.shake is not None and d.shake > LONGEST_SHAKE_S:
        bc.err(path + ("shake",), f"a shake lasts at most {LONGEST_SHAKE_S:g} seconds, not {d.shake:g}")
    return ev.Stage(
        id=sid, node=node, map=d.map or "", time=d.time or "", lights=tuple(d.lights) if d.lights is not None else None,
        blackout=d.blackout, cast=tuple(c for c in cast if c is not None), props=props, camera=d.camera or "",
        shake=d.shake or 0.0, effect=d.effect or "", music=d.music or "", sound=d.sound or "",
        note=d.note or "", wait=d.wait, stands=_stands(bc, d.stands, path),
    )


def _stands(bc: BeatCompiler, stands: str | None, path: Where) -> str:
    """`stands: empty|full` needs a map whose seats it empties or fills."""
    if stands and bc.stage_map is None:
        bc.err(path + ("stands",), f"beat '{bc.beat.beat}' has no map, so no stands to make {stands}")
    return stands or ""


def _move(bc: BeatCompiler, name: str, where: Where) -> None:
    """`map: name`: the scene moves there, and what follows is checked against that map. Nobody the
    directions placed comes along: they are placed again on the new map, or are not there."""
    levels = bc.ctx.levels_dir
    if levels is not None and not (levels / f"{name}.tmx").is_file():
        bc.err(where, f"no map levels/{name}.tmx to move the scene to")
    bc.stage_map = name
    bc.on_stage = set()
    bc.carrier = ""


def _off_map(bc: BeatCompiler, who: str, facts: MapFacts | None) -> bool:
    """Whether `who` is surely not on the beat's map by now (not when its map could not be read)."""
    if facts is None and bc.stage_map is not None:
        return False
    return who not in {bc.beat.lead, *bc.on_stage, *(facts.present(bc.beat.beat) if facts else ())}


def _known(bc: BeatCompiler, who: str, facts: MapFacts | None, where: Where, why: str, key: bool = True) -> bool:
    """Whether `who` names a character, or one person of the map for sure (errors say why not)."""
    people = facts.people if facts is not None else ()
    if character_of(who, people, bc.beat.beat) not in bc.ctx.characters and who not in names(people, bc.beat.beat):
        bc.err(where, f"no character '{who}' {why}", key=key)
        return False
    apart = ambiguous(people, bc.beat.beat, who)
    if apart:
        bc.err(where, f"'{who}' is ambiguous: {len(apart)} people of map levels/{bc.stage_map}.tmx are {who} "
                      f"here (name one: {', '.join(apart)})", key=key)
        return False
    return True


def _member(bc: BeatCompiler, who: str, part: m.CastPart, where: Where) -> ev.Cast | None:
    facts = map_facts(bc)
    prefix = sw.group_prefix(who)
    if prefix is not None:  # `passer_by*`: the crowd, as one
        cast = group_member(bc, who, prefix, part, where, facts)
        if cast is not None and cast.spot:
            _spot(bc, facts, cast.spot, where + ("walk" if part.walk else "leave",))
        return cast
    if not _known(bc, who, facts, where, "(a cast member is a character of characters.yaml), nor a name of "
                                         "an npc or walker of the map, nor character#n (the nth of them there)"):
        return None
    if part.at and part.walk:
        bc.err(where + ("walk",), "a cast member appears somewhere (at) or walks there (walk), not both")
        return None
    if part.leave and (part.at or part.walk):
        bc.err(where + ("leave",), "a cast member who leaves neither appears nor walks")
        return None
    if not paced(bc, part, where):
        return None
    spot = part.at or part.walk or leaving_spot(part)
    if spot:
        _spot(bc, facts, spot, where + ("at" if part.at else "walk" if part.walk else "leave",))
    needs = [k for k in ("walk", "face", "pose", "look") if getattr(part, k)] if not part.at else []
    needs += ["leave"] if leaving_spot(part) else []  # walks off: a plain leave of someone not there is harmless
    if needs and _off_map(bc, who, facts):
        bc.err(where + (needs[0],), f"{who} is not on the map here to {needs[0]} (place them with `at:` first, "
                                    "or stand an npc of that sprite on the map)")
    if part.at:
        bc.on_stage.add(who)
    _went(bc, who, part)
    _carries(bc, who, part)
    return ev.Cast(who, spot or "", bool(part.walk or leaving_spot(part)), part.face or "", part.pose or "",
                   bool(part.leave), part.look or "", part.pace or "")


def _went(bc: BeatCompiler, who: str, part: m.CastPart) -> None:
    """Note who a direction takes off the map (`leave`) or puts back on it (`at`), for `speaker_on_map`."""
    if part.leave:
        bc.gone.add(who)
        bc.unplaced.discard(who)  # speaking again after leaving is a new slip, warned about anew
    elif part.at:
        bc.gone.discard(who)


def _carries(bc: BeatCompiler, who: str, part: m.CastPart) -> None:
    """Note who has Mai and Momo on their back (`pose: piggyback`, drawn with her there and him looking
    out of her hood) until they take another pose or leave."""
    if part.pose == PIGGYBACK:
        bc.carrier = who
    elif who == bc.carrier and (part.pose or part.leave):
        bc.carrier = ""


def speaker_on_map(bc: BeatCompiler, who: str, where: Where) -> None:
    """Warn when `who` speaks on the beat's map while not on it: the window's camera follows whoever
    speaks and finds no one, so the words come from an empty frame. Once per speaker until they are
    placed or leave again; a warning, since a voice from elsewhere may be meant (then aim the camera)."""
    if bc.stage_map is None or who in bc.unplaced or bc.carrier and who in RIDERS:
        return  # (those on someone's back speak from there: Momo out of her hood as 7723 climbs)
    if who in bc.gone or _off_map(bc, who, map_facts(bc)):
        bc.unplaced.add(who)
        bc.ctx.warn(bc.f, where, f"{who} speaks here but is not on the map of this beat (place them with "
                                 "a `stage:` cast `at:` first, or stand an npc of that sprite on the map)")


def _spot(bc: BeatCompiler, facts: MapFacts | None, spot: str, where: Where) -> None:
    if bc.stage_map is None:
        bc.err(where, f"beat '{bc.beat.beat}' has no map, so there is no '{spot}' to stand at")
    elif facts is not None and spot not in facts.spots:
        bc.err(where, f"no object '{spot}' on map levels/{bc.stage_map}.tmx (a spot, entry, npc or mark)")


def _camera(bc: BeatCompiler, camera: str, where: Where) -> None:
    parts = sw.camera_parts(camera)
    if parts is None:
        bc.err(where, f"the camera is {', '.join(sw.CAMERA_FORMS[:-1])} or {sw.CAMERA_FORMS[-1]}, not '{camera}'"
               f" (or {sw.CAMERA_CLOSE}:<who>, a close-up)")
        return
    form, name = parts
    facts = map_facts(bc)
    if form == sw.CAMERA_PAN:
        _spot(bc, facts, name, where)
    elif form in (sw.CAMERA_FOLLOW, sw.CAMERA_CLOSE):
        if not _known(bc, name, facts, where, "to follow", key=False):
            return
        if _off_map(bc, name, facts):
            bc.err(where, f"{name} is not on the map here for the camera to follow")


def _cue(bc: BeatCompiler, kind: str, name: str | None, path: Where) -> None:
    cues = bc.ctx.cues
    if name is None or cues is None or (kind == "music" and name == sw.MUSIC_STOP):
        return
    known, where = (cues.music, "sound/music/*.yaml") if kind == "music" else (cues.sounds, "sound/effects.yaml")
    if known is not None and name not in known:
        what = "no piece of music" if kind == "music" else "no sound effect"
        bc.err(path + (kind,), f"{what} '{name}' (those are {where})")

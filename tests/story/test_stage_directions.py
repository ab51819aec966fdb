"""Stage directions: written in a beat, checked where they were written, played as `Stage` events that
need no decision, printed by the terminal as their note only, and invisible to exploration."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from game.story import answers as an
from game.story import events as ev
from game.story.compiler import load_story
from game.story.explore import explore
from game.story.replay import replay
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.story.story import StageI
from game.textmode.play import TextGame

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"
YARD = "story/beats/01_yard.yaml"

DIRECTED = '''    - "The yard is dark."
    - stage:
        time: night
        lights: [chest]
        cast:
          "7723": {at: porch, face: left, pose: sit}
        camera: "pan:dog"
        sound: door_slam
        note: "The lights go out."
      id: lights_out
    - stage: {camera: "follow:7723", effect: flash, shake: 0.4, music: stop, wait: true}
'''
BEAT_STAGE = 'start: look\nstage: {time: dusk, blackout: true, cast: {mai: {at: start, face: up}}}\n'
MARK = '  <object id="9" name="porch" type="mark" x="40" y="24"><point/></object>\n </objectgroup>'
NPC = ('  <object id="8" name="pup" type="npc" x="24" y="40"><properties><property name="sprite" value="7723"/>'
       '</properties><point/></object>\n </objectgroup>')


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def copy(tmp_path: Path, steps: str = DIRECTED, beat_stage: str = BEAT_STAGE, sound: bool = True) -> Path:
    """The mini story with `steps` after the yard's first line, its own `beat_stage`, a mark 'porch'
    on the yard's map, and (with `sound`) a sound folder holding a piece and an effect."""
    root = tmp_path / "mini"
    shutil.copytree(MINI, root)
    edit(root / YARD, '    - "The yard is dark."\n', steps)
    edit(root / YARD, "start: look\n", beat_stage)
    edit(root / "levels/yard.tmx", " </objectgroup>", MARK)
    if sound:
        (root / "sound/music").mkdir(parents=True)
        (root / "sound/music/title.yaml").write_text("tempo: 90\n", encoding="utf-8")
        (root / "sound/effects.yaml").write_text("door_slam: {wave: noise}\nbeep: {wave: square}\n",
                                                 encoding="utf-8")
    return root


def compiled(root: Path):
    story, diags = load_story(root / "story")
    assert story is not None, "\n".join(map(str, diags))
    return story


def errors(root: Path) -> list[str]:
    story, diags = load_story(root / "story")
    assert story is None
    return [str(d) for d in diags if d.severity == "error"]


def where(root: Path, needle: str, nth: int = 1) -> str:
    """`file:line:col` of the `nth` place `needle` is written in the yard's file."""
    lines = (root / YARD).read_text(encoding="utf-8").splitlines()
    found = [(n, line.index(needle)) for n, line in enumerate(lines, start=1) if needle in line]
    n, col = found[nth - 1]
    return f"{YARD}:{n}:{col + 1}"


# --- compiling ------------------------------------------------------------------------------------


def test_a_stage_step_and_a_beats_own_stage_compile_to_stage_events(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path))
    code = story.node("yard", "look").code
    stages = [i.stage for i in code if isinstance(i, StageI)]
    assert [s.id for s in stages] == ["lights_out", "yard.look.3"]
    first, second = stages
    assert (first.node, first.time, first.lights, first.camera, first.sound, first.note) == \
        ("look", "night", ("chest",), "pan:dog", "door_slam", "The lights go out.")
    assert first.cast == (ev.Cast("7723", "porch", False, "left", "sit"),)
    assert first.blackout is None and not first.wait, "what is not written stays as it was"
    assert (second.effect, second.shake, second.music, second.wait) == ("flash", 0.4, "stop", True)
    own = story.beats["yard"].stage
    assert own is not None and (own.id, own.node, own.time, own.blackout) == ("yard.stage", "look", "dusk", True)
    assert own.cast == (ev.Cast("mai", "start", face="up"),)


def test_a_cast_member_can_leave_and_an_npc_on_the_map_can_walk(tmp_path: Path) -> None:
    root = copy(tmp_path, steps='    - "The yard is dark."\n    - stage: {cast: {"7723": {walk: dog}, mai: leave}}\n')
    edit(root / "levels/yard.tmx", " </objectgroup>", NPC)
    stage = next(i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI))
    assert stage.cast == (ev.Cast("7723", "dog", walk=True), ev.Cast("mai", leave=True))


def test_cue_names_are_not_checked_without_a_sound_folder(tmp_path: Path) -> None:
    steps = '    - "The yard is dark."\n    - stage: {music: anything, sound: whatever}\n'
    compiled(copy(tmp_path, steps=steps, sound=False))


# --- every mistake, where it was written ----------------------------------------------------------


def bad(tmp_path: Path, direction: str) -> tuple[Path, list[str]]:
    root = copy(tmp_path, steps=f'    - "The yard is dark."\n    - stage: {direction}\n')
    return root, errors(root)


@pytest.mark.parametrize(("direction", "needle", "message"), [
    ("{colour: red}", "colour", "unknown key 'colour'"),
    ("{time: noon}", "noon", "input should be 'dawn', 'day', 'dusk', 'evening', 'night' or 'midnight'"),
    ("{lights: [chest, torch]}", "torch", "input should be 'chest', 'screens'"),
    ("{lights: chest}", "chest", "input should be a valid list"),
    ("{blackout: maybe}", "maybe", "input should be a valid boolean"),
    ("{effect: boom}", "boom", "input should be 'flash'"),
    ("{shake: -1}", "-1", "input should be greater than or equal to 0"),
    ("{cast: {mai: {pose: moonwalk}}}", "moonwalk", "input should be 'stand', 'sit'"),
    ("{cast: {mai: go}}", "go}", "a cast member is `leave` or a mapping of at, walk, face and pose"),
    ("{cast: {bob: leave}}", "bob", "no character 'bob' (a cast member is a character of characters.yaml)"),
    ("{cast: {mai: {at: dog, walk: start}}}", "start}", "a cast member appears somewhere (at) or walks there"),
    ("{cast: {mai: {at: kennel}}}", "kennel", "no object 'kennel' on map levels/yard.tmx"),
    ("{cast: {\"7723\": {walk: dog}}}", "dog", "7723 is not on the map here to walk"),
    ("{cast: {\"7723\": {pose: sit}}}", "sit", "7723 is not on the map here to pose"),
    ("{camera: \"follow:7723\"}", "follow", "7723 is not on the map here for the camera to follow"),
    ("{camera: \"follow:bob\"}", "follow", "no character 'bob' to follow"),
    ("{camera: \"pan:kennel\"}", "pan", "no object 'kennel' on map levels/yard.tmx"),
    ("{camera: zoom}", "zoom", "the camera is follow:<who>, pan:<spot>, hold or speaker, not 'zoom'"),
    ("{music: garage}", "garage", "no piece of music 'garage' (those are sound/music/*.yaml)"),
    ("{sound: boom}", "boom", "no sound effect 'boom' (those are sound/effects.yaml)"),
])
def test_each_mistake_is_reported_where_it_was_written(tmp_path: Path, direction: str, needle: str,
                                                       message: str) -> None:
    root, found = bad(tmp_path, direction)
    assert any(e.startswith(f"{where(root, needle)}: {message}") for e in found), (where(root, needle), found)


def test_someone_placed_earlier_in_the_beat_can_walk_and_be_followed(tmp_path: Path) -> None:
    steps = ('    - "The yard is dark."\n    - stage: {cast: {"7723": {at: porch}}}\n'
             '    - stage: {cast: {"7723": {walk: dog, face: down}}, camera: "follow:7723"}\n')
    compiled(copy(tmp_path, steps=steps))


def test_a_mistake_in_a_beats_own_stage_is_reported_too(tmp_path: Path) -> None:
    root = copy(tmp_path, beat_stage="start: look\nstage: {time: noon, cast: {\"7723\": {walk: nowhere}}}\n")
    found = errors(root)
    assert any(e.startswith(f"{where(root, 'noon')}: input should be 'dawn'") for e in found), found


def test_an_unknown_spot_in_a_beats_own_stage(tmp_path: Path) -> None:
    root = copy(tmp_path, beat_stage="start: look\nstage: {cast: {mai: {at: nowhere}}}\n")
    assert f"{where(root, 'nowhere')}: no object 'nowhere' on map levels/yard.tmx (a spot, entry, npc or mark)" \
        in errors(root)


# --- playing --------------------------------------------------------------------------------------


def test_the_runtime_hands_out_stage_events_answered_by_advance(tmp_path: Path) -> None:
    rt = Runtime(compiled(copy(tmp_path)))
    start = rt.event
    assert isinstance(start, ev.BeatStart) and start.stage is not None and start.stage.time == "dusk"
    seen = []
    while not isinstance(rt.event, ev.Choice):
        seen.append(type(rt.event).__name__)
        rt.answer(an.ADVANCE)
    assert seen == ["BeatStart", "Line", "Stage", "Stage"]


def test_fast_mode_passes_stage_directions_without_a_step(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path))
    node = story.node("yard", "look")
    assert node.skip[0] == 3, "the line and both directions are skipped in one jump"
    rt = Runtime(story)
    rt.fast = True
    rt.answer(an.ADVANCE)  # the beat start, which a fast runtime passes at once from here on
    assert isinstance(rt.event, ev.Choice)


def test_exploring_a_story_with_directions_finds_the_same(tmp_path: Path) -> None:
    undirected = copy(tmp_path / "a", steps='    - "The yard is dark."\n', beat_stage="start: look\n")
    plain, directed = explore(compiled(undirected)), explore(compiled(copy(tmp_path / "b")))
    assert directed.states == plain.states
    assert directed.endings == plain.endings and directed.dead_ends == plain.dead_ends
    assert directed.ok


def session_at_choice(root: Path, store: Path | None = None) -> PlaySession:
    session = PlaySession(Runtime(compiled(root)), SaveStore(store) if store else None)
    while not isinstance(session.event, ev.Choice):
        session.answer(an.ADVANCE)
    return session


def test_history_rewind_and_decisions_pass_over_directions(tmp_path: Path) -> None:
    session = session_at_choice(copy(tmp_path))
    assert [s.text for s in session.history] == ["The yard is dark."], "a direction is not a line said"
    assert session.past.last_decision() == 0, "going on past a direction is no decision"
    line = session.line_before()
    assert line is not None and line.text == "The yard is dark.", "the line under a choice is the last line"
    assert session.rewind(1) == 3, "one step back passes both directions, to the line before them"
    assert isinstance(session.event, ev.Line) and session.history == []


def test_a_recording_holds_no_answers_for_directions_and_replays(tmp_path: Path) -> None:
    root = copy(tmp_path)
    session = PlaySession(Runtime(compiled(root)))
    session.record_to(tmp_path / "run.json")
    while not isinstance(session.event, ev.Choice):
        session.answer(an.ADVANCE)
    session.answer(an.Choose(0))
    session.write_record()
    assert session.recorder is not None and session.recorder.answers == ["advance", "advance", {"choose": 0}]
    result = replay(compiled(root), tmp_path / "run.json")
    assert result.ok, result.diverged
    assert session.rewind(2) == 4 and session.recorder.answers == ["advance"]


def in_terminal(story) -> str:
    """What the terminal prints playing `story` until the player types quit."""
    feed = iter(["quit\n"])
    out = io.StringIO()
    TextGame(PlaySession(Runtime(story)), out=out, read=lambda: next(feed, ""), interactive=False,
             color=False).run()
    return out.getvalue()


def test_the_terminal_prints_only_the_note(tmp_path: Path) -> None:
    story = compiled(copy(tmp_path, beat_stage="start: look\nstage: {time: dusk, note: \"Dusk falls.\"}\n"))
    text = in_terminal(story)
    assert "[Dusk falls.]" in text and "[The lights go out.]" in text
    assert text.index("[Dusk falls.]") < text.index("The yard is dark.") < text.index("[The lights go out.]")
    for hidden in ("pan:dog", "door_slam", "night", "chest", "flash", "porch"):
        assert hidden not in text, hidden


# --- people named per map --------------------------------------------------------------------------

ROVER = NPC.replace('id="8" name="pup"', 'id="10" name="rover"').replace('x="24"', 'x="40"')


def two_bots(tmp_path: Path, direction: str) -> Path:
    """The yard with two npcs of sprite 7723 on its map (pup, then rover) and `direction` after its first line."""
    root = copy(tmp_path, steps=f'    - "The yard is dark."\n    - stage: {direction}\n')
    edit(root / "levels/yard.tmx", " </objectgroup>", NPC)
    edit(root / "levels/yard.tmx", " </objectgroup>", ROVER)
    return root


def test_two_people_of_one_sprite_are_directed_by_their_names_on_the_map(tmp_path: Path) -> None:
    root = two_bots(tmp_path, '{cast: {pup: {walk: dog}, "7723#2": {face: left}, "7723#3": {at: porch}}, '
                              'camera: "follow:rover"}')
    stage = next(i.stage for i in compiled(root).node("yard", "look").code if isinstance(i, StageI))
    assert [c.who for c in stage.cast] == ["pup", "7723#2", "7723#3"] and stage.camera == "follow:rover"


@pytest.mark.parametrize(("direction", "needle", "message"), [
    ('{cast: {"7723": {walk: dog}}}', '7723": {walk',
     "'7723' is ambiguous: 2 people of map levels/yard.tmx are 7723 here (name one: 'pup' or 7723#1, 'rover' or 7723#2)"),
    ('{camera: "follow:7723"}', "follow", "'7723' is ambiguous"),
    ("{cast: {rex: {walk: dog}}}", "rex", "no character 'rex' (a cast member is a character of characters.yaml), "
                                          "nor a name of an npc or walker of the map"),
    ('{cast: {"7723#3": {walk: dog}}}', "dog", "7723#3 is not on the map here to walk"),
    ('{cast: {"bob#2": {at: dog}}}', "bob#2", "no character 'bob#2'"),
])
def test_an_ambiguous_or_unknown_name_is_reported_where_it_was_written(tmp_path: Path, direction: str, needle: str,
                                                                       message: str) -> None:
    root = two_bots(tmp_path, direction)
    found = errors(root)
    assert any(e.startswith(f"{where(root, needle)}: {message}") for e in found), (where(root, needle), found)

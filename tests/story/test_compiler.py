"""Every problem in the whole story at once, each with its file, line and column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.story.compiler import load_story
from game.story.model import json_schema

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"


@pytest.fixture()
def story_copy(tmp_path: Path) -> Path:
    shutil.copytree(MINI, tmp_path / "mini")
    return tmp_path / "mini"


def errors(root: Path) -> list[str]:
    story, diags = load_story(root / "story")
    assert story is None
    return [str(d) for d in diags if d.severity == "error"]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def test_the_mini_story_compiles(mini) -> None:
    assert list(mini.beats) == ["yard", "chase", "last"]
    assert mini.beats["yard"].next == "chase"  # the next file, when not written
    assert mini.strings["lets_go"] == "Let's go."  # a written id
    assert mini.strings["yard.look.1"] == "The yard is dark."  # a derived one
    assert mini.strings["chase.won.3.1"] == "Spare the bot"
    assert mini.words["speakers"]["mai"] == 6


def test_all_errors_are_reported_together(story_copy: Path) -> None:
    beats = story_copy / "story" / "beats"
    edit(beats / "01_yard.yaml", "goto: gate,", "goto: gaet,")
    edit(beats / "01_yard.yaml", "    - mai: \"Hey, dog.\"", "    - maii: \"Hey, dog.\"")
    edit(beats / "02_chase.yaml", "do: {remember: fight}", "do: {remember: fihgt, mod: +1}")
    edit(beats / "02_chase.yaml", 'if: "flags.spared"', 'if: "flags.spard and"')
    edit(beats / "03_last.yaml", "ending: sad", "ending: happy")
    edit(story_copy / "story" / "memories.yaml", "weight: 2", "weight: 9")
    found = errors(story_copy)
    want = [
        "story/beats/01_yard.yaml:11:36: no node 'gaet' in beat 'yard'",
        "story/beats/01_yard.yaml:13:7: unknown speaker or step 'maii'",
        "story/beats/02_chase.yaml:15:22: no memory 'fihgt' in memories.yaml",
        "story/beats/02_chase.yaml:15:29: unknown effect or counter 'mod'",
        "story/beats/02_chase.yaml:21:18: no flag 'spard'",
        "story/beats/03_last.yaml:20:15: no ending 'happy'",
        "story/memories.yaml:3:58: input should be less than or equal to 5",
    ]
    assert len(found) == len(want), "\n".join(found)
    for w in want:
        assert any(f.startswith(w) for f in found), f"missing: {w}\nfound:\n" + "\n".join(found)


def test_structure_errors(story_copy: Path) -> None:
    beats = story_copy / "story" / "beats"
    edit(beats / "02_chase.yaml", "scene: action", "scene: fight\nsecne: action")
    edit(beats / "03_last.yaml", "start: final", "start: finale")
    edit(story_copy / "story" / "characters.yaml", 'color: "#ff4080"', 'color: "pink"')
    found = errors(story_copy)
    assert any(f.startswith("story/beats/02_chase.yaml:3:8: input should be") for f in found), found
    assert any(f.startswith("story/beats/02_chase.yaml:4:1: unknown key 'secne'") for f in found), found
    assert any(f.startswith("story/beats/03_last.yaml:5:8: no node 'finale'") for f in found), found
    assert any("characters.yaml:1:26: a colour is written #rrggbb" in f for f in found), found


def test_malformed_yaml_is_one_error_among_others(story_copy: Path) -> None:
    beats = story_copy / "story" / "beats"
    (beats / "02_chase.yaml").write_text("beat: chase\nnodes:\n\tbad: 1\n")
    edit(beats / "03_last.yaml", "ending: sad", "ending: happy")
    found = errors(story_copy)
    assert "story/beats/02_chase.yaml:3:1: a tab character; YAML is indented with spaces only" in found
    assert any("no ending 'happy'" in f for f in found)
    # the yard's next beat is still known to exist, so it is not reported as missing
    assert not any("no beat 'chase'" in f for f in found)


def test_missing_map_and_flag_never_set(story_copy: Path) -> None:
    (story_copy / "levels" / "yard.tmx").unlink()
    edit(story_copy / "story" / "beats" / "02_chase.yaml", "do: {set: spared}", "do: {mood: +1}")
    found = errors(story_copy)
    assert any(f.startswith("story/beats/01_yard.yaml:4:6: no map levels/yard.tmx") for f in found), found
    assert any("flag 'spared' is asked about but never set" in f for f in found), found


def test_duplicate_ids_and_beats(story_copy: Path) -> None:
    beats = story_copy / "story" / "beats"
    shutil.copy(beats / "03_last.yaml", beats / "04_again.yaml")
    edit(beats / "02_chase.yaml", '- "7723": "We fell."', '- "7723": "We fell."\n      id: lets_go')
    found = errors(story_copy)
    assert any("04_again.yaml:1:7: beat id 'last' is already used by story/beats/03_last.yaml" in f for f in found)
    assert any("id 'lets_go' is used twice (also at story/beats/01_yard.yaml:17)" in f for f in found), found


def test_schema_covers_every_file_kind() -> None:
    schema = json_schema()
    defs = schema["$defs"]
    for name in ("BeatFile", "GameFile", "Character", "Memory", "Step", "ChoiceStep", "ReviewStep", "Effects"):
        assert name in defs
    assert defs["BeatFile"]["properties"]["scene"]["enum"] == ["explore", "dialogue", "memory_review", "action", "ending"]
    assert "if" in defs["Option"]["properties"]


def test_walking_as_someone_who_is_not_a_character(story_copy: Path) -> None:
    edit(story_copy / "story" / "beats" / "01_yard.yaml", "map: yard\n", "map: yard\nlead: ares\n")
    found = errors(story_copy)
    assert any(f.startswith("story/beats/01_yard.yaml:5:7: no character 'ares' to walk as") for f in found), found


def test_walking_as_7723(story_copy: Path) -> None:
    edit(story_copy / "story" / "beats" / "01_yard.yaml", "map: yard\n", "map: yard\nlead: \"7723\"\n")
    story, diags = load_story(story_copy / "story")
    assert story is not None, [str(d) for d in diags]
    assert story.beats["yard"].lead == "7723" and story.beats["chase"].lead == "mai"


def test_an_echo_asked_before_its_memory_can_be_made_is_warned_about(story_copy: Path) -> None:
    beat = story_copy / "story" / "beats" / "01_yard.yaml"
    edit(beat, '      face: angry\n', '      face: angry\n    - if: "remembers(fight)"\n      then: ["We ran once."]\n')
    story, diags = load_story(story_copy / "story")
    assert story is not None
    warned = [str(d) for d in diags if d.severity == "warning"]
    assert any(w.startswith("story/beats/01_yard.yaml:") and "'fight' cannot have been made yet here" in w
               and "made in chase, which cannot come before 'yard'" in w for w in warned), warned


def test_an_echo_asked_after_its_memory_is_made_is_fine(mini) -> None:
    story, diags = load_story(MINI / "story")
    assert not [d for d in diags if "cannot have been made yet" in d.message]


def test_a_memory_made_only_on_the_tense_path_is_warned_about(story_copy: Path) -> None:
    """Winning or losing the set-piece skips the tense node: a memory made only there is easy to miss."""
    chase = story_copy / "story" / "beats" / "02_chase.yaml"
    edit(chase, '    - do: {remember: fight}\n', '')
    edit(chase, '  tense:\n', '  tense:\n    - do: {remember: fight}\n')
    story, diags = load_story(story_copy / "story")
    assert story is not None
    warned = [str(d) for d in diags if d.severity == "warning"]
    assert any(w.startswith("story/memories.yaml:4:") and "memory 'fight' is only made on the tense path of 'chase'"
               in w for w in warned), warned
    assert not [d for d in load_story(MINI / "story")[1] if "tense path" in d.message], "made in `won`: fine"


def test_a_character_can_look_like_another(story_copy: Path) -> None:
    chars = story_copy / "story" / "characters.yaml"
    chars.write_text(chars.read_text() + 'rex: {name: Rex, looks_like: "7723"}\nghost: {name: Ghost, looks_like: nobody}\n')
    found = errors(story_copy)
    assert any(f.startswith("story/characters.yaml:4:") and "no character 'nobody' to look like" in f
               for f in found), found


def test_node_digests_are_the_same_in_every_run() -> None:
    """A save resumes in an edited story by its node's digest: it must not change from one run of
    the game to the next (a counter's `= expression` effect once put a function's address in it)."""
    import subprocess
    import sys

    code = ("from game.story.compiler import load_story; s, _ = load_story('story'); "
            "print(sorted((b.id, n, node.digest) for b in s.beats.values() for n, node in b.nodes.items()))")
    root = Path(__file__).resolve().parents[2]
    runs = {subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout
            for _ in range(2)}
    assert len(runs) == 1

"""The JSON Schema editors use: every shipped story file passes it, junk steps do not.

The schema is what a designer's editor underlines while typing; the compiler stays the judge (it
also knows which speakers, flags and nodes exist). So every junk file here is refused by both.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from game.story.compiler import load_story
from game.story.model import STEP_KEYS, json_schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "story"
MINI = ROOT / "tests" / "fixtures" / "mini"
SCHEMA_FILE = STORY / "story.schema.json"
STORY_FILES = sorted(STORY.glob("*.yaml")) + sorted((STORY / "beats").glob("*.yaml"))


def as_json(path: Path) -> Any:
    """The file as an editor's language server sees it: YAML read safely, keys as strings."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8"))))


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def problems(validator: Any, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(data)]


@pytest.mark.parametrize("path", STORY_FILES + sorted((MINI / "story").rglob("*.yaml")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_every_story_file_passes(validator: Any, path: Path) -> None:
    assert problems(validator, as_json(path)) == []


def test_the_story_has_files_to_check() -> None:
    assert len(STORY_FILES) >= 4 and any(p.parent.name == "beats" for p in STORY_FILES)


# Each replaces a line of the mini story's first beat (`- "The yard is dark."`) with a broken step.
JUNK = {
    "an unknown step keyword": '- wait: [3, seconds]',
    "a misspelled keyword": '- chioce:\n        - {text: "Pet the dog", goto: dog}',
    "a misspelled key inside an option": '- choice:\n        - {txet: "Pet the dog", goto: dog}',
    "a wrong type inside a choice": '- choice:\n        - {text: "Pet the dog", goto: [dog, gate]}',
    "a list where a choice's options go": '- choice: "Pet the dog"',
    "a step inside an option's then": '- choice:\n        - text: "Pet the dog"\n          then: [{jump: [dog]}]',
    "a counter set to a word": '- do: {mood: lots}',
    "a flag set to a number": '- do: {set: 3}',
    "a step keyword beside another": '- {goto: dog, beat: chase}',
    "then without if": '- {goto: dog, then: ["Hi."]}',
    "two speakers in one step": '- {mai: "Hi.", "7723": "Hello."}',
    "a line's face that is no id": '- {mai: "Hi.", face: "very sad"}',
    "a misspelled key on a line": '- {mai: "Hi.", fcae: sad}',
    "a review with an unknown weapons choice": '- review: {title: "Night", weapons: sell}',
    "an explore spot without goto": '- explore:\n        - {text: "The dog"}',
    "an if step without then": '- if: "flags.petted"\n      else: ["Hi."]',
    "an empty step": "- {}",
    "narration with a face": '- {text: "The yard is dark.", face: sad}',
}


@pytest.mark.parametrize("junk", list(JUNK.values()), ids=list(JUNK))
def test_junk_steps_are_refused_by_the_schema_and_the_compiler(validator: Any, tmp_path: Path, junk: str) -> None:
    shutil.copytree(MINI, tmp_path / "mini")
    beat = tmp_path / "mini" / "story" / "beats" / "01_yard.yaml"
    text = beat.read_text(encoding="utf-8")
    assert '- "The yard is dark."' in text
    beat.write_text(text.replace('- "The yard is dark."', junk), encoding="utf-8")
    assert problems(validator, as_json(beat)), "the schema lets this through"
    story, diags = load_story(tmp_path / "mini" / "story")
    assert story is None and any(d.severity == "error" for d in diags), "the compiler lets this through"


def test_a_misspelled_beat_key_is_refused(validator: Any) -> None:
    data = as_json(MINI / "story" / "beats" / "01_yard.yaml")
    data["titel"] = data.pop("title")
    assert problems(validator, data)


def test_every_step_keyword_is_described(validator: Any) -> None:
    """Autocomplete offers each step keyword: each is a property of one of the step schemas."""
    defs = json_schema()["$defs"]
    for key, model in STEP_KEYS.items():
        assert key in defs[model.__name__]["properties"], key


def test_the_shipped_schema_file_is_up_to_date() -> None:
    """Editors read story/story.schema.json; it must say what `main.py schema` says."""
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "schema"], capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert shipped == json.loads(proc.stdout), \
        "story/story.schema.json is out of date: run  python main.py schema > story/story.schema.json"


def test_the_editor_settings_point_at_the_schema() -> None:
    settings = json.loads((STORY / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert (STORY / ".vscode").parent.joinpath(*Path(next(iter(mapping))).parts) == SCHEMA_FILE
    assert "**/*.yaml" in next(iter(mapping.values()))
    root = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    assert ROOT.joinpath(*Path(next(iter(root))).parts) == SCHEMA_FILE


def test_a_cast_member_may_be_the_word_leave_and_a_name_may_count_on_the_map(validator: Any) -> None:
    """`rice: leave` and `qbot#2` are what the story format takes: the editor takes them too, and
    still underlines a member written as another word or a name with junk after its `#`."""
    def beat(cast: dict) -> dict:
        return {"beat": "b", "title": "B", "scene": "dialogue", "start": "n", "nodes": {"n": [{"stage": {"cast": cast}}]}}

    assert problems(validator, beat({"rice": "leave", "qbot#2": {"at": "door"}})) == []
    assert problems(validator, beat({"rice": "walk"}))
    assert problems(validator, beat({"qbot#two": {"at": "door"}}))

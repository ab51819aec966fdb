"""Saves never break: atomic, backed up, versioned, and honest about what they cannot load."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.story import events as ev
from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import FORMAT, SaveError, SaveStore, write_atomic

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"
SAVES = Path(__file__).resolve().parent.parent / "saves"


PNG_1X1 = (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\x0bIDAT"
           b"x\x9cc`\0\x02\0\0\x05\0\x01z^\xab?\0\0\0\0IEND\xaeB`\x82")  # one transparent pixel


def mid_game(story) -> Runtime:
    rt = Runtime(story, seed=7)
    while not (isinstance(rt.event, ev.Choice) and rt.event.kind == "explore" and len(rt.event.options) == 1
               and rt.event.options[0].text == "The gate"):
        e = rt.event
        rt.choose(0) if isinstance(e, ev.Choice) else rt.advance()
    return rt


def test_save_and_load_resume_exactly(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    rt = mid_game(mini)
    store.save("slot1", rt, thumbnail=PNG_1X1)
    loaded, notice = store.load("slot1", mini)
    assert notice is None
    assert loaded.event == rt.event and loaded.state.key() == rt.state.key()
    assert loaded.seen == rt.seen
    info = {s.slot: s for s in store.slots()}["slot1"]
    assert info.beat == "yard" and info.beat_title == "The Yard" and info.thumbnail is not None
    doc = json.loads((tmp_path / "slot1.json").read_text())
    assert doc["format"] == FORMAT and doc["story_hash"] == mini.content_hash


def test_previous_save_is_kept_as_backup(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    rt = mid_game(mini)
    store.save("slot1", rt)
    first = (tmp_path / "slot1.json").read_bytes()
    rt.choose(0)
    store.save("slot1", rt)
    assert (tmp_path / "slot1.json.bak").read_bytes() == first
    assert not list(tmp_path.glob(".*.tmp"))


def test_failed_write_leaves_the_old_save(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "slot1.json"
    path.write_text('{"old": true}')

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", boom)
    with pytest.raises(OSError):
        write_atomic(path, b'{"new": true}')
    assert path.read_text() == '{"old": true}'
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "damaged"),
        (b"{not json", "damaged"),
        (b"\xff\xfe\x00garbage", "damaged"),
        (b"[1, 2, 3]", "not a save"),
        (b'{"format": 1}', "damaged"),
        (b'{"format": 99, "state": {}}', "newer version"),
        (b'{"state": {}}', "no format"),
        (b'{"format": 1, "state": {"beat": "nowhere", "node": "x", "pc": 0, "flags": [], "counters": {},'
         b' "core": {"held": [], "pending": [], "gaps": [], "weapons": true}, "visited": []}}', "no longer in the story"),
        (b'{"format": 1, "state": {"beat": "yard", "node": "look", "pc": 0, "flags": [], "counters": {},'
         b' "core": {"held": ["ghost"], "pending": [], "gaps": [], "weapons": true}, "visited": []}}', "ghost"),
    ],
)
def test_unreadable_save_names_itself_and_touches_nothing_else(mini, tmp_path: Path, content, words) -> None:
    store = SaveStore(tmp_path)
    store.save("slot2", mid_game(mini))
    good = (tmp_path / "slot2.json").read_bytes()
    (tmp_path / "slot1.json").write_bytes(content)
    with pytest.raises(SaveError) as info:
        store.load("slot1", mini)
    assert "slot1.json" in str(info.value) and words in str(info.value)
    slots = {s.slot: s for s in store.slots()}
    assert slots["slot2"].error is None and (tmp_path / "slot2.json").read_bytes() == good
    assert (tmp_path / "slot1.json").read_bytes() == content
    store.load("slot2", mini)


def test_bad_slot_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SaveError):
        SaveStore(tmp_path).path("../../etc/passwd")


def test_save_from_an_edited_story(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    rt = mid_game(mini)
    store.save("slot1", rt)
    edited = tmp_path / "edited"
    shutil.copytree(MINI, edited)
    beat = edited / "story" / "beats" / "01_yard.yaml"
    # an edit elsewhere in the beat: this node is unchanged, so the save resumes exactly
    beat.write_text(beat.read_text().replace('"Let\'s go."', '"Come on."'))
    story2, _ = load_story(edited / "story")
    assert story2.content_hash != mini.content_hash
    again, notice = store.load("slot1", story2)
    assert notice is None and again.event == rt.event
    # the node itself is gone: back to the start of the beat, as the beat began
    beat.write_text(beat.read_text().replace("  look:", "  looking:").replace("start: look", "start: looking"))
    story3, diags = load_story(edited / "story")
    assert story3 is not None, diags
    again, notice = store.load("slot1", story3)
    assert "start of “The Yard”" in notice
    assert isinstance(again.event, ev.BeatStart) and again.state.node == "looking"
    assert again.state.flags == set() and again.core.pending == []


def test_every_kept_save_format_loads(mini) -> None:
    files = sorted(SAVES.glob("format-*.json"))
    assert files, "tests/saves keeps one save of each format"
    assert {f"format-{FORMAT}.json"} <= {f.name for f in files}
    for f in files:
        store = SaveStore(f.parent)
        rt, _ = store.load(f.stem, mini)
        assert isinstance(rt.event, (ev.Choice, ev.Line, ev.Review, ev.BeatStart))


def test_a_save_made_among_the_gone_lines_resumes_cleanly_after_an_edit(mini, tmp_path: Path) -> None:
    """Saved while the deleted dog's line shows; then the gone line is cut from the story."""
    store = SaveStore(tmp_path)
    rt = mid_game(mini)
    rt.choose(0)  # the gate
    while not isinstance(rt.event, ev.Review):
        rt.advance()
    rt.review(["dog"])
    assert rt.event.id == "memory.dog.gone"
    store.save("slot1", rt)
    again, notice = store.load("slot1", mini)
    assert notice is None and again.event == rt.event, "unchanged story: the same line again"
    edited = tmp_path / "edited"
    shutil.copytree(MINI, edited)
    memories = edited / "story" / "memories.yaml"
    memories.write_text(memories.read_text().replace(', gone: "The dog goes grey."', ""))
    story2, diags = load_story(edited / "story")
    assert story2 is not None, diags
    again, notice = store.load("slot1", story2)
    assert "start of “The Yard”" in notice
    assert again.state.mourning == [] and isinstance(again.event, ev.BeatStart)

"""Nothing is ever lost: a save killed at any instant, a save that cannot be used, a folder of junk."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from game import safefile
from game.story.runtime import Runtime
from game.story.saves import SaveError, SaveStore
from game.story.session import PlaySession

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini" / "story"


class Killed(BaseException):
    """The process dies here: nothing after this instant runs, not even cleanup."""


class Reaper:
    """Counts the file-system steps a save takes and kills it at step `at` (1-based)."""

    def __init__(self, at: int) -> None:
        self.at, self.steps, self.dead = at, 0, False

    def wrap(self, fn):
        def step(*args, **kwargs):
            self.steps += 1
            if self.dead or self.steps == self.at:
                self.dead = True
                raise Killed(fn.__name__)
            return fn(*args, **kwargs)

        return step


OS_STEPS = ("open", "read", "close", "fsync", "replace", "link", "unlink", "rename", "fstat", "mkdir")


def _kill_at(monkeypatch: pytest.MonkeyPatch, at: int) -> Reaper:
    reaper = Reaper(at)
    for name in OS_STEPS:
        monkeypatch.setattr(os, name, reaper.wrap(getattr(os, name)))
    monkeypatch.setattr(tempfile, "mkstemp", reaper.wrap(tempfile.mkstemp))
    monkeypatch.setattr(os, "fdopen", reaper.wrap(os.fdopen))
    return reaper


def test_a_save_killed_at_every_step_leaves_a_loadable_save(mini, tmp_path: Path) -> None:
    before = Runtime(mini, beat="chase")
    after = Runtime(mini, beat="last")
    at, finished = 0, False
    while not finished:
        at += 1
        assert at < 200, "a save should take a few dozen steps"
        folder = tmp_path / f"kill{at}"
        store = SaveStore(folder)
        store.autosave(Runtime(mini))  # an older save, now the backup
        store.autosave(before)
        with pytest.MonkeyPatch.context() as mp:
            reaper = _kill_at(mp, at)
            try:
                store.autosave(after)
            except Killed:
                pass
            finished = not reaper.dead
        found = SaveStore(folder).resume(mini)
        assert found is not None, f"killed at step {at}: no save left"
        rt, notice = found
        assert rt.state.beat in ("chase", "last"), f"killed at step {at}: resumed at {rt.state.beat}"
        assert notice is None, f"killed at step {at}: {notice}"
    assert at > 8, "the kill should have been tried at every step of a save"


def test_stale_temporary_files_are_cleaned(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    (tmp_path / ".autosave.json.abc123.tmp").write_bytes(b"half a sa")
    (tmp_path / ".autosave.json.bak.def456.tmp").write_bytes(b"")
    (tmp_path / ".slot1.json.zzz.tmp").write_bytes(b"another slot's")
    store.autosave(Runtime(mini))
    store.autosave(Runtime(mini, beat="chase"))
    assert sorted(p.name for p in tmp_path.glob(".*")) == [".slot1.json.zzz.tmp"]
    assert (tmp_path / "autosave.json.bak").exists()


CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from pathlib import Path
from game.story.compiler import load_story
from game.story.runtime import Runtime
from game.story.saves import SaveStore
story, _ = load_story(Path({mini!r}))
store = SaveStore(Path(sys.argv[1]))
runs = [Runtime(story, beat=b) for b in story.beats]
store.autosave(runs[-1])  # a save exists before the first kill can come
print("ready", flush=True)
i = 0
while True:
    store.autosave(runs[i % len(runs)])
    i += 1
"""


def test_kill_9_in_the_middle_of_saving_never_loses_the_save(mini, tmp_path: Path) -> None:
    """A real process, killed with SIGKILL while it saves over and over; the save always loads."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no SIGKILL on this platform")
    script = tmp_path / "saver.py"
    script.write_text(CHILD.format(root=str(ROOT), mini=str(MINI)))
    folder = tmp_path / "saves"
    deadline = time.monotonic() + 4.0
    kills = 0
    while time.monotonic() < deadline or kills < 3:
        child = subprocess.Popen([sys.executable, str(script), str(folder)], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline().strip() == b"ready"
        time.sleep(0.005 + (kills % 7) * 0.003)
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        kills += 1
        found = SaveStore(folder).resume(mini)
        assert found is not None, f"kill {kills}: the save is gone"
        assert found[1] is None, f"kill {kills}: {found[1]}"
    assert kills >= 3


# --- a save that cannot be used is set aside, and the game falls back --------------------------


def _set_up(mini, folder: Path) -> SaveStore:
    store = SaveStore(folder)
    store.save("slot1", Runtime(mini))  # a manual save at the first beat
    time.sleep(0.01)
    store.autosave(Runtime(mini, beat="chase"))
    time.sleep(0.01)
    store.autosave(Runtime(mini, beat="last"))  # chase is now the backup
    return store


def _broken(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".broken-" in p.name)


def test_a_truncated_autosave_is_set_aside_and_its_backup_continues(mini, tmp_path: Path) -> None:
    store = _set_up(mini, tmp_path)
    data = (tmp_path / "autosave.json").read_bytes()
    (tmp_path / "autosave.json").write_bytes(data[: len(data) // 2])
    session = PlaySession.resume(mini, store)
    assert session is not None and session.runtime.state.beat == "chase"
    (notice,) = session.take_notices()
    aside = _broken(tmp_path)
    assert len(aside) == 1 and aside[0].startswith("autosave.broken-") and aside[0].endswith(".json")
    assert (tmp_path / aside[0]).read_bytes() == data[: len(data) // 2], "kept whole, byte for byte"
    assert notice.startswith("autosave.json could not be used (the file is damaged")
    assert f"kept as {aside[0]}; continuing from autosave.json.bak (“" in notice and notice.endswith("”).")
    assert notice.count(".") >= 1 and "\n" not in notice


def test_an_autosave_from_a_deleted_beat_falls_back_to_the_backup(mini, tmp_path: Path) -> None:
    store = _set_up(mini, tmp_path)
    doc = json.loads((tmp_path / "autosave.json").read_text())
    doc["state"]["beat"] = "cut_from_the_story"
    (tmp_path / "autosave.json").write_text(json.dumps(doc))
    rt, notice = store.resume(mini)
    assert rt.state.beat == "chase"
    assert "its beat 'cut_from_the_story' is no longer in the story" in notice
    assert json.loads((tmp_path / _broken(tmp_path)[0]).read_text()) == doc


def test_with_autosave_and_backup_unusable_the_newest_good_slot_continues(mini, tmp_path: Path) -> None:
    store = _set_up(mini, tmp_path)
    for name in ("autosave.json", "autosave.json.bak"):
        doc = json.loads((tmp_path / name).read_text())
        doc["state"]["core"]["held"] = ["renamed_memory"]
        (tmp_path / name).write_text(json.dumps(doc))
    rt, notice = store.resume(mini)
    assert rt.state.beat == "yard"
    assert notice.count("could not be used") == 2 and "renamed_memory" in notice
    assert "continuing from slot1.json" in notice
    assert len(_broken(tmp_path)) == 2 and (tmp_path / "slot1.json").exists()


def test_with_nothing_usable_every_file_is_kept_and_the_player_is_told(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    store.autosave(Runtime(mini))
    store.autosave(Runtime(mini, beat="chase"))
    for name in ("autosave.json", "autosave.json.bak"):
        (tmp_path / name).write_bytes(b"{ truncat")
    with pytest.raises(SaveError) as info:
        store.resume(mini)
    assert "no other save to continue from" in str(info.value)
    assert len(_broken(tmp_path)) == 2
    # the new game's autosave now writes over nothing the player had
    store.autosave(Runtime(mini))
    assert len(_broken(tmp_path)) == 2 and all((tmp_path / n).read_bytes() == b"{ truncat" for n in _broken(tmp_path))


def test_no_save_at_all_is_none(mini, tmp_path: Path) -> None:
    assert SaveStore(tmp_path / "nothing").resume(mini) is None
    assert PlaySession.resume(mini, SaveStore(tmp_path)) is None


def test_a_retired_autosave_starts_a_new_game(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    store.autosave(Runtime(mini))
    store.retire()
    assert store.resume(mini) is None and (tmp_path / "autosave.json.bak").exists()


def test_saving_over_an_unusable_save_sets_it_aside_and_keeps_the_backup(mini, tmp_path: Path) -> None:
    """The front end started a new game without asking the store: the good backup still survives."""
    store = _set_up(mini, tmp_path)
    good_backup = (tmp_path / "autosave.json.bak").read_bytes()
    (tmp_path / "autosave.json").write_bytes(b"\x00\x00\x00")
    store.autosave(Runtime(mini))
    assert (tmp_path / "autosave.json.bak").read_bytes() == good_backup
    assert [(tmp_path / n).read_bytes() for n in _broken(tmp_path)] == [b"\x00\x00\x00"]


def test_set_aside_names(tmp_path: Path) -> None:
    when = time.mktime((2026, 12, 5, 3, 45, 1, 0, 0, -1))
    for name in ("autosave.json", "autosave.json.bak", "autosave.json"):
        (tmp_path / name).write_text("x")
        safefile.set_aside(tmp_path / name, when)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "autosave.bak.broken-20261205-034501.json",
        "autosave.broken-20261205-034501-2.json",
        "autosave.broken-20261205-034501.json",
    ]


# --- fields are never trusted -----------------------------------------------------------------


def _doc(mini) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        return json.loads(SaveStore(Path(folder)).save("x", Runtime(mini, beat="chase")).read_text())


BAD_FIELDS = [
    (("saved_at",), float("inf"), "saved_at"),
    (("saved_at",), 1e300, "saved_at"),
    (("saved_at",), -5, "saved_at"),
    (("bond",), "3", "bond"),
    (("seen",), "yard.dog.1", "seen"),
    (("seen",), [1, 2], "seen.0"),
    (("state", "pc"), 1.5, "state.pc"),
    (("state", "pc"), -1, "state.pc"),
    (("state", "pc"), 10**30, "state.pc"),
    (("state", "seed"), float("nan"), "state.seed"),
    (("state", "flags"), {"a": 1}, "state.flags"),
    (("state", "counters"), {"mood": float("inf")}, "state.counters.mood"),
    (("state", "core", "weapons"), 1, "state.core.weapons"),
    (("state", "stack"), [["look"]], "state.stack.0"),
    (("state", "phase"), "dancing", "state.phase"),
    (("state", "entry"), [[[[[]]]]], "state.entry"),
    (("state", "beat"), "", "state.beat"),
    (("state", "surprise"), 1, "state.surprise"),
]


@pytest.mark.parametrize(("where", "value", "words"), BAD_FIELDS)
def test_a_bad_field_is_a_sentence_naming_it(mini, tmp_path: Path, where, value, words) -> None:
    doc = _doc(mini)
    target = doc
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    (tmp_path / "slot1.json").write_text(json.dumps(doc))
    store = SaveStore(tmp_path)
    with pytest.raises(SaveError) as info:
        store.load("slot1", mini)
    assert str(info.value).startswith(f"slot1.json: the save is damaged ({words}")
    (slot,) = store.slots()
    assert slot.error == str(info.value)


@pytest.mark.parametrize("section", ["flags", "counters", "mourning", "farewell"])
def test_unknown_ids_are_named(mini, tmp_path: Path, section: str) -> None:
    doc = _doc(mini)
    doc["state"][section] = {"ghost_id": 1} if section == "counters" else ["ghost_id"]
    (tmp_path / "slot1.json").write_text(json.dumps(doc))
    with pytest.raises(SaveError, match="slot1.json: it refers to ghost_id, no longer in the story"):
        SaveStore(tmp_path).load("slot1", mini)


@pytest.mark.parametrize("content", [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"format": 1, "state": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_001,
    b'{"format": ' + b"9" * 5000 + b"}",
    b'{"format": true, "state": {}}',
    b"\xef\xbb\xbf{}",
])
def test_hostile_files_never_raise_from_the_menu_or_continue(mini, tmp_path: Path, content: bytes) -> None:
    store = SaveStore(tmp_path)
    (tmp_path / "autosave.json").write_bytes(content)
    (tmp_path / "slot1.json").mkdir()
    (slot1, auto) = sorted(store.slots(), key=lambda s: s.slot, reverse=True)
    assert auto.error and slot1.error
    with pytest.raises(SaveError):
        store.resume(mini)
    assert [p.read_bytes() for p in tmp_path.glob("autosave.broken-*.json")] == [content]


def test_a_fifo_named_like_a_save_does_not_hang(mini, tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "slot1.json")
    (info,) = SaveStore(tmp_path).slots()
    assert "cannot be read" in (info.error or "")

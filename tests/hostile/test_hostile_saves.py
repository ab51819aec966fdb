"""Saves: whatever is in the file, a sentence and never a traceback, and nothing the player had is lost."""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hostile_strategies import JSON, paths, put
from hypothesis import given, settings
from hypothesis import strategies as st

from game.story.runtime import Runtime
from game.story.saves import SaveError, SaveStore
from game.story.session import PlaySession


def _contents(folder: Path) -> list[bytes]:
    return sorted(p.read_bytes() for p in folder.iterdir() if p.is_file())


_TEMPLATE: dict[str, bytes] = {}


@contextmanager
def _good_folder(mini) -> Iterator[tuple[Path, SaveStore, dict]]:
    """A manual slot, an autosave and its backup: the same bytes for every example, in a folder
    that is gone again after the example (hundreds of examples a run would otherwise pile up)."""
    if not _TEMPLATE:
        with tempfile.TemporaryDirectory(prefix="hostile-template-") as made:
            store = SaveStore(Path(made))
            store.save("slot1", Runtime(mini))
            store.autosave(Runtime(mini, beat="chase"))
            store.autosave(Runtime(mini, beat="last"))
            _TEMPLATE.update({p.name: p.read_bytes() for p in Path(made).iterdir()})
    with tempfile.TemporaryDirectory(prefix="hostile-") as name:
        folder = Path(name)
        for file, data in _TEMPLATE.items():
            (folder / file).write_bytes(data)
        yield folder, SaveStore(folder), json.loads(_TEMPLATE["autosave.json"])


def _nothing_lost(mini, folder: Path, store: SaveStore) -> None:
    """The player's own files survive anything `resume` and the next autosave do to the folder."""
    before = _contents(folder)
    slot1 = (folder / "slot1.json").read_bytes()
    assert all(info.slot for info in store.slots())  # never raises, whatever the files hold
    try:
        found = store.resume(mini)
    except SaveError as exc:
        assert str(exc) and "\n" not in str(exc)
        found = None
    after = _contents(folder)
    assert all(after.count(b) >= before.count(b) for b in before), "a file's bytes went missing"
    session = PlaySession(found[0], store, found[1]) if found else PlaySession.new(mini, store)
    for notice in session.take_notices():
        assert "\n" not in notice and notice.endswith(".")
    assert session.runtime.state.beat in mini.beats
    broken = {p.name: p.read_bytes() for p in folder.glob("*.broken-*.json")}
    session.close()  # the autosave on quit writes over nothing the player had
    assert (folder / "slot1.json").read_bytes() == slot1
    assert {p.name: p.read_bytes() for p in folder.glob("*.broken-*.json")} == broken
    found = store.resume(mini)
    assert found is not None and found[0].state.beat in mini.beats


@settings(parent=settings.get_profile("hostile"))
@given(doc=JSON)
def test_any_json_document_as_the_autosave(mini, doc) -> None:
    with _good_folder(mini) as (folder, store, _):
        (folder / "autosave.json").write_text(json.dumps(doc))
        _nothing_lost(mini, folder, store)


@settings(parent=settings.get_profile("hostile"))
@given(data=st.data(), value=JSON)
def test_a_good_save_with_one_value_replaced(mini, data, value) -> None:
    with _good_folder(mini) as (folder, store, doc):
        where = data.draw(st.sampled_from(paths(doc)), label="path")
        bad = copy.deepcopy(doc)
        put(bad, where, value)
        (folder / "autosave.json").write_text(json.dumps(bad))
        _nothing_lost(mini, folder, store)


@settings(parent=settings.get_profile("hostile"))
@given(data=st.data())
def test_any_bytes_as_the_autosave(mini, data) -> None:
    with _good_folder(mini) as (folder, store, _):
        good = (folder / "autosave.json").read_bytes()
        kind = data.draw(st.sampled_from(["random", "truncated", "flipped"]), label="kind")
        if kind == "random":
            content = data.draw(st.binary(max_size=600), label="bytes")
        elif kind == "truncated":
            content = good[: data.draw(st.integers(0, len(good)), label="cut")]
        else:
            at = data.draw(st.lists(st.integers(0, len(good) - 1), min_size=1, max_size=4), label="flips")
            raw = bytearray(good)
            for i in at:
                raw[i] ^= data.draw(st.integers(1, 255), label="mask")
            content = bytes(raw)
        (folder / "autosave.json").write_bytes(content)
        _nothing_lost(mini, folder, store)

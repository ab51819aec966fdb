"""A good backup behind a save that cannot be used is never hidden and never written over."""

from __future__ import annotations

from pathlib import Path

from game.story import answers as an
from game.story import events as ev
from game.story.saves import SaveStore
from game.story.session import PlaySession


def two_beats_in(mini, store: SaveStore) -> None:
    """Play into the second beat, so the autosave has a backup from the first."""
    session = PlaySession.new(mini, store)
    while not (isinstance(session.event, ev.BeatStart) and session.event.beat == "chase"):
        e = session.event
        if isinstance(e, ev.Choice):
            session.answer(an.Choose(0))
        elif isinstance(e, ev.Review):
            session.answer(an.Delete(tuple(c.id for c in (e.held + e.pending)[: e.must_free])))
        else:
            session.answer(an.ADVANCE)


def test_continue_is_offered_when_only_the_backup_can_be_used(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    two_beats_in(mini, store)
    (tmp_path / "autosave.json").write_text('{"format": 1, "sta')  # cut off mid-write
    assert store.newest() is None and store.can_continue()
    session = PlaySession.resume(mini, store)
    assert session is not None and "autosave.json.bak" in session.take_notices()[0]


def test_a_new_game_over_a_bad_save_keeps_its_backup_as_a_slot(mini, tmp_path: Path) -> None:
    store = SaveStore(tmp_path)
    two_beats_in(mini, store)
    good = (tmp_path / "autosave.json.bak").read_bytes()
    (tmp_path / "autosave.json").write_text("garbage")
    two_beats_in(mini, store)  # the player starts over: two autosaves, the second would replace .bak
    rescued = sorted(tmp_path.glob("rescued-*.json"))
    assert len(rescued) == 1 and rescued[0].read_bytes() == good
    assert any(s.slot == rescued[0].stem and s.error is None for s in store.slots()), "the Load menu lists it"
    assert list(tmp_path.glob("autosave.broken-*.json")), "the bad save itself is kept too"

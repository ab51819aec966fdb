"""A save kept from behind one that could not be used is in the window's Load menu, and loads."""

from __future__ import annotations

import shutil


def test_a_rescued_save_is_listed_and_loads(launch, tmp_path):
    p = launch("garden")
    p.until(lambda: (tmp_path / "saves" / "autosave.json").exists(), key="return")
    saves = tmp_path / "saves"
    shutil.copy(saves / "autosave.json", saves / "rescued-20261205-034501.json")
    p.ctx.flow.to_title()
    p.on("TitleScene", limit=200)
    from game.scenes.slots import SlotsScene

    p.ctx.scenes.push(SlotsScene(p.ctx, "load"))
    p.run(2)
    labels = [it.label for it in p.top.menu.items]
    assert "rescued-20261205-034501" in labels
    index = labels.index("rescued-20261205-034501")
    assert p.top.menu.items[index].enabled
    p.top.menu.index = index
    p.press("return")
    p.until(lambda: p.play is not None, limit=200)
    assert p.rt.state.beat == "garden"

"""Terminal answers and playthrough scripts: whatever is typed or written, a message and never a
traceback."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import yaml
from hostile_strategies import JSON
from hypothesis import given, settings
from hypothesis import strategies as st

from game.story.playthrough import load_script, run_script
from game.story.runtime import Runtime
from game.story.saves import SaveStore
from game.story.session import PlaySession
from game.textmode.play import TextGame

TYPED = st.text(st.characters(codec="utf-8"), max_size=80) | st.sampled_from(
    ["1", "2", "0", "-1", "99999999999999999999", "²", "١", "1 1", "3 1 2", ",", "y", "n", "help", "memories",
     "save", " ", "\t", "\x1b[2J", "\x00", "1e3", "１"])


@settings(settings.get_profile("hostile"), max_examples=120)
@given(st.lists(TYPED, max_size=40))
def test_any_typed_answers_end_in_a_sentence(mini, answers: list[str]) -> None:
    feed = iter([a.replace("\n", " ") + "\n" for a in answers])
    out = io.StringIO()
    with tempfile.TemporaryDirectory() as folder:
        game = TextGame(PlaySession(Runtime(mini), SaveStore(Path(folder))), out=out, read=lambda: next(feed, ""),
                        interactive=False, color=False)
        assert game.run() in (0, 1)
    assert "\x1b" not in out.getvalue(), "typed escape codes are not echoed raw"


STEP = st.dictionaries(st.sampled_from(["choose", "delete", "action", "order", "check", "jump"]), JSON,
                       min_size=1, max_size=2)
SCRIPT = st.fixed_dictionaries({}, optional={
    "name": JSON, "seed": JSON, "beat": JSON, "steps": st.lists(STEP, max_size=8) | JSON,
    "expect": st.fixed_dictionaries({}, optional={"ending": JSON, "saw": JSON, "never_saw": JSON}) | JSON,
    "default": JSON})


@settings(settings.get_profile("hostile"), max_examples=200)
@given(SCRIPT)
def test_any_playthrough_script_is_checked_or_refused_with_a_message(mini, script: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "script.yaml"
        path.write_text(yaml.safe_dump(script, allow_unicode=True), encoding="utf-8")
        loaded, diags = load_script(path)
    if loaded is None:
        assert diags and all(str(d) for d in diags)
        return
    result = run_script(mini, loaded, "hostile")
    assert result.ok or result.problems

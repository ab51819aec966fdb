"""A playthrough script's `default:`: what happens at decisions its steps do not name."""

from __future__ import annotations

from pathlib import Path

from game.story.playthrough import load_script, run_script

MINI = Path(__file__).resolve().parent.parent / "fixtures" / "mini"


def good() -> dict:
    script, diags = load_script(MINI / "good.yaml")
    assert script is not None, diags
    return script


def test_without_default_every_decision_is_named(mini) -> None:
    assert run_script(mini, good()).ok
    result = run_script(mini, {**good(), "steps": good()["steps"][:3]})
    assert not result.ok and result.problems[0].startswith("the script ends, but the game is waiting at")


def test_default_first_goes_on_by_defaults_and_says_so(mini) -> None:
    result = run_script(mini, {"seed": 3, "default": "first", "steps": []})
    assert result.ok and result.ending is not None
    assert result.defaulted and all(d.startswith("(default) ") for d in result.defaulted)
    assert [t for t in result.transcript if t.startswith("(default) ")] == result.defaulted
    # the place to explore moves on to a spot not yet taken, so the yard is left
    assert result.defaulted[0].startswith("(default) choose “The dog” at yard.")
    assert result.defaulted[1].startswith("(default) choose “The gate” at yard.")


def test_default_first_plays_named_steps_where_they_fit(mini) -> None:
    steps = [s for s in good()["steps"] if "choose" not in s or s["choose"] not in ("dog", "gate")]
    result = run_script(mini, {**good(), "default": "first", "steps": steps})
    assert result.ok, result.problems
    assert len(result.defaulted) == 2 and result.ending == "good"


def test_an_ambiguous_step_fails_even_with_defaults(mini) -> None:
    steps = list(good()["steps"])
    steps[steps.index({"choose": "Spare"})] = {"choose": "t"}  # "Spare the bot" or "Smash it"?
    result = run_script(mini, {**good(), "default": "first", "steps": steps})
    assert not result.ok and "matches several options" in result.problems[0]


def test_default_takes_none_or_first(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text("seed: 1\ndefault: sometimes\nsteps: []\n")
    script, diags = load_script(path)
    assert script is None and [d.message for d in diags] == ["default is none or first"] and diags[0].line == 2
    path.write_text("seed: 1\ndefault: first\nsteps: []\n")
    assert load_script(path)[0] is not None

"""A drone's sprite carries its own shadow and searchlight under the pod, where its feet would be; so
where a direction puts a flying drone over the backyard, that spot is open ground (the shadow and the
light fall on the grass, not up the wall of the house or the garage)."""

from __future__ import annotations

from pathlib import Path

import pytmx
import yaml

ROOT = Path(__file__).resolve().parents[2]
TILE = 16
FLYING = ("police_drone", "watch_drone")


def stage_steps(node: list) -> list[dict]:
    """Every stage direction in a node, nested `if` branches and choices included."""
    out: list[dict] = []
    for step in node:
        if not isinstance(step, dict):
            continue
        if "stage" in step:
            out.append(step["stage"])
        for key in ("then", "else"):
            if isinstance(step.get(key), list):
                out += stage_steps(step[key])
        for option in step.get("choice", []) or []:
            out += stage_steps(option.get("then", []) or [])
    return out


def test_drones_over_the_backyard_hang_over_open_ground() -> None:
    beat = yaml.safe_load((ROOT / "story" / "beats" / "08_backyard.yaml").read_text(encoding="utf-8"))
    tmx = pytmx.TiledMap(str(ROOT / "levels" / "backyard.tmx"))
    objs = {o.name: o for g in tmx.objectgroups for o in g if o.name}
    collision = tmx.get_layer_by_name("collision")
    placed = []
    for node in beat["nodes"].values():
        for stage in stage_steps(node):
            for who, cue in (stage.get("cast") or {}).items():
                if who.split("#")[0] in FLYING and isinstance(cue, dict) and cue.get("at"):
                    placed.append(cue["at"])
    assert placed, "the backyard has its drone"
    for name in placed:
        o = objs[name]
        x, y = int(o.x) // TILE, int(o.y) // TILE
        assert not collision.data[y][x], (name, "its shadow would fall on a wall")

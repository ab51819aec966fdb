"""The assembly line is where the words put Mai: "Gen 6 bodies hang from hooks in rows, like coats in
a cloakroom, their chests glowing a soft, warm orange". The spot she looks from stands by two long
rows of hanging Gen 6, and orange lights at chest height glow along them once the beat lights them."""

from __future__ import annotations

from pathlib import Path

import pytmx
import yaml

from tools.world import tiles_gen6

ROOT = Path(__file__).resolve().parents[2]
TILE = 16


def hooks(tmx: pytmx.TiledMap) -> set[tuple[int, int]]:
    """The cells where a hanging body's lower half is (the half that stands on the floor)."""
    detail = tmx.get_layer_by_name("detail")
    out = set()
    for y in range(tmx.height):
        for x in range(tmx.width):
            name = str(tmx.tile_properties.get(detail.data[y][x], {}).get("name", ""))
            if name.startswith("gen6hook"):
                out.add((x, y))
    return out


def test_rows_of_hanging_gen6_stand_by_the_spot_mai_looks_from() -> None:
    tmx = pytmx.TiledMap(str(ROOT / "levels" / "assembly_line.tmx"))
    cells = hooks(tmx)
    rows = {y: sum(1 for _, yy in cells if yy == y) for _, y in cells}
    assert len([y for y, n in rows.items() if n >= 20]) >= 2, ("two long rows", rows)
    spot = next(o for g in tmx.objectgroups for o in g if o.name == "gen6_line")
    sx, sy = int(spot.x) // TILE, int(spot.y) // TILE
    near = [c for c in cells if abs(c[0] - sx) <= 4 and abs(c[1] - sy) <= 4]
    assert len(near) >= 6, "the bodies are right by where she looks"
    glows = [o for g in tmx.objectgroups for o in g if o.type == "light" and o.name.startswith("gen6_chests")]
    assert len(glows) >= 8 and all(o.properties.get("kind") == "hologram" for o in glows)
    assert all(o.properties.get("color", "").startswith("#ff") for o in glows), "warm orange"


def test_the_chests_glow_orange_and_breathe_slowly() -> None:
    for f in range(3):
        art = tiles_gen6.hanging(f)
        assert art.mask_of("orange", "brick").sum() > 4, f
    assert min(tiles_gen6.HOLDS) >= 500


def test_the_beat_lights_the_chests_on_the_assembly_line() -> None:
    beat = yaml.safe_load((ROOT / "story" / "beats" / "03_bot_for_every_home.yaml").read_text(encoding="utf-8"))
    steps = [s["stage"] for s in beat["nodes"]["assembly"] if isinstance(s, dict) and "stage" in s]
    arrive = next(s for s in steps if s.get("map") == "assembly_line")
    assert "hologram" in arrive["lights"]

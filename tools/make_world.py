"""Build the world: tilesets, character sheets, Tiled maps and their previews, in one command.

    python tools/make_world.py            # everything
    python tools/make_world.py --maps     # only maps and previews (tilesets are rebuilt in memory)
    python tools/make_world.py --look     # also write big review pictures to out/look/

Every picture comes from drawing code under `tools/world/`; change a colour in `tools/palette.py`
or a layout in `tools/world/maps_*.py` and run this again.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from game.levels import spots  # noqa: E402
from tools.world import maps, sprites, tilesets  # noqa: E402
from tools.world.mapkit import compile_layout  # noqa: E402
from tools.world.preview import save_map_preview, save_scaled  # noqa: E402
from tools.world.tmxwrite import write_tmx  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--maps", action="store_true", help="only write maps and previews")
    ap.add_argument("--look", action="store_true", help="also write review pictures to out/look/")
    ap.add_argument("--only", nargs="*", help="only these maps")
    ap.add_argument("--force", action="store_true", help="also overwrite maps a designer took over in Tiled")
    args = ap.parse_args(argv)

    sets = tilesets.build_all()
    tiles_dir, tsx_dir = ROOT / "assets" / "tiles", ROOT / "levels" / "tilesets"
    look = ROOT / "out" / "look"
    if not args.maps:
        for ts in sets.values():
            ts.write(tiles_dir / f"{ts.name}.png", tsx_dir / f"{ts.name}.tsx")
            print(f"tileset {ts.name}: {len(ts.tiles)} tiles, {len(ts.animations)} animated")
        sheets = sprites.write_all(ROOT / "assets" / "sprites")
        print(f"sprites: {len(sheets)} sheets")
        save_scaled(sprites.contact_sheet(sheets), ROOT / "levels" / "preview" / "sprites.png", 2)
        if args.look:
            for ts in sets.values():
                save_scaled(ts.sheet().rgba(), look / f"tiles_{ts.name}.png", 3)
            save_scaled(sprites.contact_sheet(sheets), look / "sprites.png", 4)
    people = {n: (c.rgba(), size) for n, (c, size) in sprites.build().items()}
    for layout in maps.ALL:
        if args.only and layout.name not in args.only:
            continue
        built = compile_layout(layout, sets)
        data = built.data({"title": layout.title, "generated_by": "tools/make_world.py"})
        target = ROOT / "levels" / f"{layout.name}.tmx"
        if target.exists() and 'name="generated_by"' not in target.read_text() and not args.force:
            print(f"map {layout.name}: edited by hand in Tiled (no generated_by property), left alone")
            continue
        write_tmx(data, target, tsx_dir)
        save_map_preview(data, ROOT / "levels" / "preview" / f"{layout.name}.png", sprites=people)
        if args.look:
            save_map_preview(data, look / f"{layout.name}_x2.png", scale=2, sprites=people)
            save_map_preview(data, look / f"{layout.name}_col.png", collision=True)
        print(f"map {layout.name}: {data.width}×{data.height}, {len(data.objects)} objects")
    spots_table(ROOT / "levels" / "README.md", [lay.name for lay in maps.ALL])
    return 0


def spots_table(readme: Path, names: list[str]) -> None:
    """Rewrite the README's list of spot nodes per map (between its spots markers) from the maps."""
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    begin, end = "<!-- spots:begin -->", "<!-- spots:end -->"
    if begin not in text or end not in text:
        return
    rows = ["| map | spots (story nodes) |", "|---|---|"]
    for name in names:
        nodes = spots(ROOT / "levels" / f"{name}.tmx")
        rows.append(f"| `{name}` | " + ", ".join(f"`{n}`" for n in nodes) + " |")
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    readme.write_text(head + begin + "\n" + "\n".join(rows) + "\n" + end + tail, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())

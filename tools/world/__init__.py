"""Drawing code for the game's world: tilesets, character sheets, Tiled maps and their previews.

Everything here is made from the 32-colour palette in `tools/palette.py`; run `python tools/make_world.py`
to rebuild `assets/tiles/`, `assets/sprites/` and `levels/`.
"""

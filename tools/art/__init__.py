"""Drawing code for every picture in the game; `tools/make_art.py` exports it all to PNG."""

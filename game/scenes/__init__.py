"""The game's screens: title, map, dialogue, memory review, action, ending, and the menus."""

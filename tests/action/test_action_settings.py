"""Difficulty, game speed and "let the story play it" are kept in the settings file; a file from
before them still loads, with the story difficulty, full speed and the player at the controls."""

from __future__ import annotations

from game.engine.settings import Settings
from game.scenes.action_settings import adjust, rows


def test_an_older_file_loads_with_the_defaults() -> None:
    s = Settings.from_dict({"format": 1, "music_volume": 0.5})
    assert (s.difficulty, s.game_speed, s.story_plays) == ("story", "100%", False)


def test_they_round_trip_and_nonsense_is_left_out() -> None:
    s = Settings.from_dict({"difficulty": "normal", "game_speed": "50%", "story_plays": True})
    again = Settings.from_dict(s.to_dict())
    assert (again.difficulty, again.game_speed, again.story_plays) == ("normal", "50%", True)
    odd = Settings.from_dict({"difficulty": "nightmare", "game_speed": 7, "story_plays": "yes"})
    assert (odd.difficulty, odd.game_speed, odd.story_plays) == ("story", "100%", False)


def test_the_rows_step_through_their_values() -> None:
    s = Settings()
    assert [r.value for r in rows(s)] == ["difficulty", "game_speed", "steering", "story_plays"]
    assert adjust(s, "difficulty", 1) and s.difficulty == "normal"
    assert adjust(s, "game_speed", 1) and s.game_speed == "50%"
    assert adjust(s, "game_speed", 1) and s.game_speed == "75%"
    assert adjust(s, "story_plays", 1) and s.story_plays
    assert adjust(s, "steering", 1) and s.steering == "gentle"
    assert adjust(s, "steering", 1) and s.steering == "steady"
    assert not adjust(s, "font", 1)


def test_steering_is_kept_and_nonsense_gives_full() -> None:
    assert Settings.from_dict(Settings.from_dict({"steering": "gentle"}).to_dict()).steering == "gentle"
    assert Settings.from_dict({"steering": 0.3}).steering == "full"
    assert Settings.from_dict({"format": 1}).steering == "full"

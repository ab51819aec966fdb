"""Who a stage direction can name on a map: a character, or one person of the map by a name that
is unique there.

People on a map are its `npc` and `walker` objects, each drawn with a sprite (its `sprite`
property, else its name), which is a character id. Naming a character finds the one person of that
sprite on the map; when two or more of them are there in a beat (two Q-Bots), the direction must
say which: by the object's own name, or as `sprite#n`, the nth of that sprite in the map's order
(npcs before walkers, as the window stands them). `sprite#n` past those on the map is one more of
that sprite, brought on by an `at:`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import stagewords as sw


@dataclass(frozen=True)
class Person:
    """One npc or walker of a map: its object's name, its sprite, and the beats it is there in."""

    name: str
    sprite: str
    beats: tuple[str, ...]  # () = every beat

    def there(self, beat: str) -> bool:
        return not self.beats or beat in self.beats


def tags(people: tuple[Person, ...], beat: str) -> list[tuple[Person, str]]:
    """The people there in `beat`, each with its `sprite#n`."""
    seen: dict[str, int] = {}
    out = []
    for p in people:
        if p.there(beat):
            seen[p.sprite] = seen.get(p.sprite, 0) + 1
            out.append((p, f"{p.sprite}{sw.NTH}{seen[p.sprite]}"))
    return out


def names(people: tuple[Person, ...], beat: str) -> set[str]:
    """Every name a direction may use for someone on the map in `beat`."""
    return {n for p, tag in tags(people, beat) for n in (p.name, p.sprite, tag) if n}


def ambiguous(people: tuple[Person, ...], beat: str, who: str) -> list[str]:
    """When `who` is a sprite that two or more people of the map share in `beat` (and none is
    named so outright), the names that would tell them apart; else []."""
    here = tags(people, beat)
    if any(who in (p.name, tag) for p, tag in here):
        return []
    same = [(p, tag) for p, tag in here if p.sprite == who]
    if len(same) < 2:
        return []
    return [f"'{p.name}' or {tag}" if p.name and p.name != who else tag for p, tag in same]


def character_of(who: str, people: tuple[Person, ...], beat: str) -> str:
    """The character (sprite) a cast name stands for: the name itself, the sprite of `sprite#n`, or
    the sprite of the person of the map so named."""
    nth = sw.nth_parts(who)
    if nth is not None:
        return nth[0]
    return next((p.sprite for p, tag in tags(people, beat) if p.name == who), who)

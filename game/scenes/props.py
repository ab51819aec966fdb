"""The props of the stage: things the directions put at a spot, give to someone, lay down or take away.

A prop lying about is a sprite of the map's group, drawn under the people who stand on it; a held one is a sprite of
the group too, in its holder's layer just in front of them (or just behind: a bag on the back of
someone facing us peeks out at their sides), so the tiles that hide the holder (a doorway's lintel,
a tree's crown) hide what they hold. Its picture (`assets/props/<art>.png`) is two frames side by
side: as it lies on the ground, and as it is held. A held prop follows its holder every frame, placed
by how it is carried (`hand`, `shoulder`, `back`, `arms`, `front` (looking out of the front of a
hoodie), or `drag`ged along the ground behind them) and the way they face. Someone sitting or
curled up keeps a bat on the shoulder, a bag on the back and a dog down the front where they were;
what they hold in hand or arms lies across their knees, and all of it lies by them when they lie down or are knocked down;
someone swinging holds what is in hand or over a shoulder out in front of them (`swinging.py`);
someone falling takes it down with them, tumbling and shrinking as they do (`falling.py`).
A holder who leaves the map takes it with them; one who comes back brings it. A wreck (`over` in
the catalogue: a broken lunch table) put `at:` the big tile it wrecks lies over every one of them.
One sent flying (`fly`) goes off the map from where it lies, seen going (`kicked.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pygame

from game.engine.assets import AssetError
from game.engine.tilemap import PEOPLE_OVER  # people drawn over the map's layer that props lie on
from game.story.events import Prop

from .blinking import Blinks
from .falling import FALL, falling
from .kicked import Kicks
from .swinging import swinging, swung

if TYPE_CHECKING:
    from game.engine.assets import Assets
    from game.engine.tilemap import TileMap

    from .place import Walker

log = logging.getLogger(__name__)

LOW_POSES = ("sit", "curled", "lying", "knocked_down", "apart")  # a prop held so lies across the lap
UPRIGHT = ("sit", "curled")  # low, but the shoulders still up: what rests on them stays there
KEPT_ON = ("shoulder", "back", "front")  # carries that stay put on someone sitting or curled up
WRECK = "@"  # a wreck's copies over the second and later of its tiles are named `<prop>@<n>`
IN_FRONT, BEHIND = 0.5, -0.5  # a held prop's layer in the map's group, from its holder's
# where a held prop sits on its holder, by carry: (share of their width across, share of their height down)
HOLD = {
    "hand": (0.85, 0.62),
    "shoulder": (0.3, 0.35),
    "back": (0.5, 0.42),
    "arms": (0.5, 0.55),
    "front": (0.5, 0.62),
}
# in the front of a hoodie, by facing (across, down): out on the side they face when seen side on; from
# behind it is hidden behind them (Momo down the front of Mai's hoodie)
FRONT_SIDE = {"left": (0.35, 0.62), "right": (0.65, 0.62)}
FRONT = "front"
DRAG = "drag"  # pulled along the ground behind them, one end up in their hand (a mattress)
GRIP = 3  # pixels a dragged thing reaches in past the edge of its holder's picture, to their hand
# a bag on the back, by facing: (across, down); facing us it hangs behind them off one shoulder, so
# half of it shows at their side
BACK_SIDE = {"down": (0.72, 0.38), "right": (0.15, 0.42), "left": (0.85, 0.42)}
# over a shoulder, by facing: (across, down, mirrored), so the end of it rises past the head, not over the face
SHOULDER = {"down": (0.0, 0.3, True), "up": (1.0, 0.3, False), "left": (0.85, 0.3, False), "right": (0.15, 0.3, True)}


@dataclass
class Kept:
    """A prop as it stands, to put back after stepping back through the story."""

    name: str
    art: str
    carry: str
    pos: tuple[float, float]
    holder: str
    on_top: bool = False


class PropSprite(pygame.sprite.Sprite):
    """One prop on the map: `pos` is the middle of its bottom edge (map pixels)."""

    def __init__(self, name: str, art: str, carry: str, frames: tuple[pygame.Surface, pygame.Surface]) -> None:
        super().__init__()
        self.name, self.art, self.carry = name, art, carry
        self.frames = frames
        self.pos = pygame.Vector2()
        self.holder = ""  # who holds it, as the direction named them ("" lies where it is)
        self.on_top = False  # lying, drawn over the people there (a board fallen on someone)
        self.image = frames[0]
        self.rect = self.image.get_rect()

    def lie(self, pos: tuple[float, float]) -> None:
        self.holder = ""
        self.pos = pygame.Vector2(pos)
        self.image = self.frames[0]
        self.rect = self.image.get_rect(midbottom=(round(self.pos.x), round(self.pos.y)))

    def follow(self, w: Walker) -> float:
        """Put it where it is on `w` now; its layer from theirs (`IN_FRONT`, `BEHIND`)."""
        r = w.rect
        if self.carry == DRAG:
            return self._dragged(w)
        if swinging(w, self.carry):  # a bat swung: out in front of them (swinging.py)
            return swung(self, w)
        if w.pose in FALL and not w.moving:  # going down with them, on them as they shrink away
            self.image = falling(self.frames[1], w.t, w.facing)
            self.rect = self.image.get_rect(center=r.center)
            self.pos = pygame.Vector2(r.midbottom)
            return IN_FRONT
        if w.pose in LOW_POSES and not w.moving and not (w.pose in UPRIGHT and self.carry in KEPT_ON):
            self.image = self.frames[0]  # across the knees, or on the ground by them
            self.rect = self.image.get_rect(center=(r.centerx, r.top + round(r.height * 0.66)))
            return IN_FRONT
        across, down = HOLD.get(self.carry, HOLD["hand"])
        flip = w.facing == "left"
        if w.facing == "left":
            across = 1 - across
        if self.carry == "shoulder":  # resting on a shoulder, the end of it up behind the head
            across, down, flip = SHOULDER[w.facing] if w.facing in SHOULDER else (across, down, flip)
        elif self.carry == "back" and w.facing in BACK_SIDE:
            across, down = BACK_SIDE[w.facing]
        elif self.carry == FRONT:  # looking out of them, the way they look: never turned over
            across, down = FRONT_SIDE.get(w.facing, HOLD[FRONT])
            flip = False
        self.image = pygame.transform.flip(self.frames[1], True, False) if flip else self.frames[1]
        self.rect = self.image.get_rect(center=(r.left + round(r.width * across), r.top + round(r.height * down)))
        self.pos = pygame.Vector2(r.midbottom)
        if (self.carry, w.facing) in (("back", "down"), (FRONT, "up")):
            return BEHIND
        return IN_FRONT


    def _dragged(self, w: Walker) -> float:
        """On the ground behind `w` as they face (the held picture trails to the left, as behind someone
        facing right), drawn behind them unless they walk away from us, when it trails towards us."""
        r, facing = w.rect, w.facing
        self.image = pygame.transform.flip(self.frames[1], True, False) if facing == "left" else self.frames[1]
        if facing == "right":
            self.rect = self.image.get_rect(bottomright=(r.left + GRIP, r.bottom))
        elif facing == "left":
            self.rect = self.image.get_rect(bottomleft=(r.right - GRIP, r.bottom))
        elif facing == "up":
            self.rect = self.image.get_rect(midtop=(r.centerx, r.bottom - GRIP))
        else:
            self.rect = self.image.get_rect(midbottom=(r.centerx, r.bottom - r.height // 3))
        self.pos = pygame.Vector2(r.midbottom)
        return IN_FRONT if facing == "up" else BEHIND


def load_frames(assets: Assets, art: str) -> tuple[pygame.Surface, pygame.Surface]:
    """The prop's two frames (on the ground, held); a small drawn stand-in when there is no picture."""
    try:
        image = assets.image(f"props/{art}.png")
    except AssetError:
        assets.missing.add(f"assets/props/{art}.png")
        box = pygame.Surface((8, 8), pygame.SRCALPHA)
        box.fill((255, 0, 255, 255))
        return box, box
    w, h = image.get_size()
    half = max(1, w // 2)
    return image.subsurface((0, 0, half, h)), image.subsurface((half, 0, half, h))


def _put(group, sprite: PropSprite, layer: float) -> None:  # type: ignore[no-untyped-def]
    """`sprite` in the map's `group` (a layered one) at `layer`."""
    if sprite in group:
        if group.get_layer_of_sprite(sprite) != layer:
            group.change_layer(sprite, layer)
    else:
        group.add(sprite, layer=layer)


def _lying_layer(group, sprite: PropSprite) -> float:  # type: ignore[no-untyped-def]
    """A prop lying about: on the map's floor layer, under whoever stands on it (people are drawn a
    little over that layer; in one layer a bag at someone's feet could be drawn on them), over them
    only when it lies `on_top` of them (a board fallen on someone)."""
    ground = group._default_layer  # type: ignore[attr-defined]  # the layer people walk in
    return ground + (IN_FRONT if sprite.on_top else -PEOPLE_OVER)


def big_tiles(tm: TileMap | None, name: str) -> list[pygame.Rect]:
    """Where the map draws the big tile `name` (its tiles named `name@i,j` in the tileset), each as a
    rectangle in map pixels; read once per map and name."""
    if tm is None:
        return []
    cache = tm.__dict__.setdefault("_big_tiles", {})
    if name not in cache:
        cache[name] = _find_big(tm, name)
    return cache[name]


def _find_big(tm: TileMap, name: str) -> list[pygame.Rect]:
    tmx, (tw, th) = tm.tmx, tm.tile
    parts = [str((tmx.get_tile_properties_by_gid(g) or {}).get("name", "")) for g in range(1, tmx.maxgid)]
    cells = [tuple(int(v) for v in n.partition("@")[2].split(",")) for n in parts if n.startswith(name + "@")]
    if not cells:
        return []
    w, h = (max(c[0] for c in cells) + 1) * tw, (max(c[1] for c in cells) + 1) * th
    corner = f"{name}@0,0"
    found = []
    for layer in tmx.visible_tile_layers:
        for x, y, gid in tmx.layers[layer].iter_data():
            if gid and (tmx.get_tile_properties_by_gid(gid) or {}).get("name") == corner:
                found.append(pygame.Rect(x * tw, y * th, w, h))
    return found


class Props:
    """The props on one stage, by the name the directions gave them."""

    def __init__(self, assets: Assets, tiles: Callable[[str], list[pygame.Rect]] = lambda name: []) -> None:
        self.assets = assets
        self.tiles = tiles  # where the map has a big tile of this name (`big_tiles`): what a wreck lies over
        self.items: dict[str, PropSprite] = {}
        self.shown: list[PropSprite] = []  # the held props drawn this frame
        self.blinks = Blinks(assets)  # a light on a prop lying about (the bomb's) blinks
        self.kicks = Kicks()  # props sent flying off the map, seen going (kicked.py)

    def direct(self, props: tuple[Prop, ...], spot, find) -> None:  # type: ignore[no-untyped-def]
        """Carry out a direction's props: `spot(name)` finds an object of the map, `find(who)` a person."""
        for p in props:
            if p.leave:
                for name in [n for n in self.items if n == p.name or n.startswith(p.name + WRECK)]:
                    self.items.pop(name).kill()
                continue
            if p.spot and spot(p.spot) is None and self.tiles(p.spot):  # a wreck, over every one of them
                self._wreck(p)
                continue
            sprite = self.items.get(p.name)
            if sprite is None:
                sprite = self.items[p.name] = PropSprite(p.name, p.art, p.carry, load_frames(self.assets, p.art))
            sprite.on_top = p.on_top
            if p.holder:
                sprite.holder, sprite.carry = p.holder, p.carry
            elif p.spot:
                there = spot(p.spot)
                if there is None:
                    log.warning("stage direction: prop %s: no object named %r on the map", p.name, p.spot)
                    continue
                sprite.lie(there.rect.midbottom if there.rect.height > 1 else there.rect.center)
            elif p.down:
                w = find(sprite.holder) if sprite.holder else None
                sprite.lie(w.pos if w is not None else sprite.pos)
            if p.fly:  # off the map from where it lies now, seen flying
                self.kicks.launch(sprite.frames[0], (sprite.rect.centerx, sprite.rect.bottom), p.fly)
                self.items.pop(p.name).kill()

    def tick(self, dt: float) -> None:
        """Time passing for the props: a light blinking, a prop flying off."""
        self.blinks.tick(dt)
        self.kicks.tick(dt)

    def _wreck(self, p: Prop) -> None:
        """A copy of the prop lying over each of the map's big tiles that `p.spot` names."""
        for i, rect in enumerate(self.tiles(p.spot)):
            name = p.name if i == 0 else f"{p.name}{WRECK}{i}"
            sprite = self.items.get(name)
            if sprite is None:
                sprite = self.items[name] = PropSprite(name, p.art, p.carry, load_frames(self.assets, p.art))
            sprite.lie(rect.midbottom)

    def update(self, group: pygame.sprite.AbstractGroup | None, find) -> None:  # type: ignore[no-untyped-def]
        """Props lying about and held ones alike are among the map's sprites (`group`: None while the
        map is not shown); held ones go where their holders are, in their holders' layer."""
        self.shown = []
        for sprite in self.items.values():
            if not sprite.holder:
                self.blinks.show(sprite)
                if group is not None:
                    _put(group, sprite, _lying_layer(group, sprite))
                continue
            w = find(sprite.holder) if group is not None else None
            if group is None or w is None or not w.alive():
                sprite.kill()
                continue
            self.shown.append(sprite)
            _put(group, sprite, group.get_layer_of_sprite(w) + sprite.follow(w))  # type: ignore[attr-defined]

    def draw(self, surface: pygame.Surface, offset: tuple[int, int]) -> None:
        """Over the map: what is flying off it (the held props are drawn with the map, among its people)."""
        self.kicks.draw(surface, offset)

    def seen(self) -> list[pygame.Rect]:
        """Where the props on the map are now (lying about or held), in map pixels."""
        return [s.rect for s in self.items.values() if s.alive()]

    def clear(self) -> None:
        """The scene moved to another map: none of these props is there."""
        for sprite in self.items.values():
            sprite.kill()
        self.items, self.shown = {}, []
        self.kicks.clear()

    def key(self) -> tuple:
        """What the map's picture depends on among the props: redraw when it changes."""
        return tuple((n, s.rect.x, s.rect.y, id(s.image), s in self.shown) for n, s in self.items.items())

    def keep(self) -> list[Kept]:
        return [Kept(n, s.art, s.carry, (s.pos.x, s.pos.y), s.holder, s.on_top) for n, s in self.items.items()]

    def put_back(self, kept: list[Kept]) -> None:
        """The props as `keep` found them: the rest go."""
        self.clear()
        for k in kept:
            sprite = self.items[k.name] = PropSprite(k.name, k.art, k.carry, load_frames(self.assets, k.art))
            sprite.lie(k.pos)
            sprite.holder, sprite.on_top = k.holder, k.on_top

"""Where a beat happens and where Mai has walked to from there: the maps loaded, the doorways between
them (and the short curtain of going through one), and the people on the map now.

The beat's own map (`home`) holds its story spots. Walking into an `exit` brings Mai to the `entry`
it names on the other map; the home map is kept while she is away, so going back is instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.engine.sprites import Sheet
from game.engine.tilemap import MapObject, TileMap
from game.levels.grid import exit_graph, next_hop
from game.levels.tmx import beat_list
from game.story.stagewords import MOVING_POSES, NTH

from .dancing import DANCE, dancing
from .falling import FALL, falling
from .flying import Flight, flying
from .poses import hovers, load_posed, moving, posed
from .walking import REACH, Body, Pacer, blocked_grid, facing_of

if TYPE_CHECKING:
    from game.engine.assets import Assets

CURTAIN = 0.22  # seconds for the screen to go dark (and as long to come back) through a doorway
NEAR_EXIT = REACH * 3  # how close a doorway is for its label to show


class Walker(Body, pygame.sprite.Sprite):
    """A character on the map, drawn from its sprite sheet; `pos` is the middle of the feet."""

    def __init__(self, sheet: Sheet, pos: tuple[float, float], facing: str = "down", who: str = "") -> None:
        Body.__init__(self, pygame.Vector2(pos), facing)
        pygame.sprite.Sprite.__init__(self)
        self.sheet = sheet
        self.who = who  # the sprite's name: who this is
        self.name = ""  # the map object's name, and `sprite#n` (the nth of its sprite there): what directions call them
        self.tag = ""
        self.pose = "stand"  # how a stage direction has them hold themselves (poses.py)
        self.look = ""  # how a direction has them look for a while, drawn on `sheet` (looks.py)
        self.flight: Flight | None = None  # sent flying by a direction, until they land (flying.py)
        self.image = sheet.frame(facing, 0, False)
        self.rect = self.image.get_rect(midbottom=(round(self.pos.x), round(self.pos.y)))

    def refresh(self) -> None:
        self.image = self.sheet.frame(self.facing, self.t, self.moving or hovers(self.sheet))
        if self.flight is not None:  # in the air, turning over, above their shadow (flying.py)
            self.image = flying(self.image, self.flight, self.pos)
        elif self.pose in MOVING_POSES:  # carrying her, or crawling: walking too
            self.image = moving(self.sheet, self.pose, self.facing, self.t, self.moving)
        elif self.pose in DANCE and not self.moving:  # rocking on the beat (dancing.py)
            self.image = dancing(self.image, self.t)
        elif self.pose in FALL and not self.moving:  # tumbling away into the drop (falling.py)
            self.image = falling(self.image, self.t, self.facing)
        elif self.pose != "stand" and not self.moving:
            self.image = posed(self.sheet, self.image, self.pose, self.facing)
        self.rect = self.image.get_rect(midbottom=(round(self.pos.x), round(self.pos.y)))


class Place:
    """The map Mai is on, who is there with her, and the ways out of it."""

    def __init__(self, assets: Assets, beat_id: str, home: str | None, walkable: bool, lead: str = "mai") -> None:
        self.assets = assets
        self.beat_id = beat_id
        self.home = home
        self.walkable = walkable
        self.lead = lead  # whose sprite walks: Mai, or 7723 on his own
        self.maps: dict[str, TileMap] = {}  # the beat's place and where Mai is, kept for going back
        self.map: TileMap | None = None
        self.mai: Walker | None = None
        self.npcs: list[Walker] = []  # people who stand still: they block Mai
        self.pacers: list[Pacer] = []  # passers-by walking their paths: they step round her
        self.leaving: list[tuple[Walker, str]] = []  # people who go once the story has left a node
        self.done_nodes: set[str] = set()  # nodes of this beat the story has been in and left
        self.sent_off: set[tuple[str, str]] = set()  # (map, sprite#n) of its people a direction took off
        self.home_spots: list[MapObject] = []
        self.spots: list[MapObject] = []  # the spots Mai can use here (none away from home)
        self.exits: list[MapObject] = []
        self.going: MapObject | None = None  # the exit Mai walked into, while the curtain falls
        self.curtain = 0.0  # 0 clear .. 1 black, between two places
        self.in_exit = True  # standing in an exit's box; she must step out before it works again

    def open(self) -> tuple[int, int]:
        """Load the beat's map and put it on stage; where Mai (or the camera) starts. Raises
        MapError when the map cannot be shown."""
        assert self.home is not None
        tm = self.tilemap(self.home)
        self.home_spots = [o for o in tm.of_type("spot") if o.props.get("node")]
        if self.walkable:
            self.graph  # noqa: B018 - read the exits of every map now, behind the beat card
        return self.arrive(tm, None)

    def move_to(self, name: str) -> tuple[int, int]:
        """A stage direction moves the beat's scene to map `name`: it is the beat's place from now on,
        with its own people and spots; where the lead (or the camera) starts. Raises MapError."""
        tm = self.tilemap(name)
        self.home, self.going, self.curtain = name, None, 0.0
        self.home_spots = [o for o in tm.of_type("spot") if o.props.get("node")]
        self.maps = {name: tm}
        return self.arrive(tm, None)

    def tilemap(self, name: str) -> TileMap:
        if name not in self.maps:
            self.maps[name] = TileMap(self.assets, name)
        return self.maps[name]

    def arrive(self, tm: TileMap, entry: str | None) -> tuple[int, int]:
        """Put the place on stage with its people, and Mai at `entry` (or the map's start); where she
        stands (the map's middle when it has no start)."""
        self.map = tm
        tm.group.empty()
        self.spots = self.home_spots if tm.name == self.home else []
        self.exits = tm.of_type("exit") if self.walkable else []
        start = next((o for o in tm.of_type("entry") if entry and o.name == entry), None) \
            or next(iter(tm.of_type("start")), None)
        start_pos = start.point if start else tm.bounds.center
        self._people(tm)
        if self.walkable:
            self._lead_in(tm, start_pos, through_door=bool(entry))
        return start_pos

    def _people(self, tm: TileMap) -> None:
        """The people of this map who are in this beat and have not left yet."""
        self.npcs, self.pacers, self.leaving = [], [], []
        nth: dict[str, int] = {}
        for obj in tm.of_type("npc") + tm.of_type("walker"):
            beats = obj.props.get("beats")
            if beats and self.beat_id not in beat_list(beats):
                continue  # not in this beat: 7723 is not in the garage before he has come home
            sprite = obj.props.get("sprite") or obj.name
            nth[sprite] = nth.get(sprite, 0) + 1
            w = Walker(load_posed(self.assets, sprite, nth[sprite]), obj.point, obj.props.get("facing", "down"), who=sprite)
            w.name, w.tag = obj.name, f"{sprite}{NTH}{nth[sprite]}"
            if (tm.name, w.tag) in self.sent_off:
                continue  # a direction took them off: the fans do not come back through a doorway
            if obj.props.get("gone_after"):
                if obj.props["gone_after"] in self.done_nodes:
                    continue  # already gone: Rice, after the lab
                self.leaving.append((w, obj.props["gone_after"]))
            if obj.type == "walker" and len(obj.points) >= 2:
                self.pacers.append(Pacer(w, obj.points))
            else:
                self.npcs.append(w)
            tm.group.add(w)

    def _lead_in(self, tm: TileMap, start_pos: tuple[int, int], through_door: bool) -> None:
        """Mai (or whoever the beat's lead is) at `start_pos`, facing into the room when she came
        through a door, else the way she faced before."""
        facing = self.mai.facing if self.mai else "down"
        door = min(self.exits, key=lambda x: pygame.Vector2(x.rect.center).distance_squared_to(start_pos),
                   default=None)
        if through_door and door is not None:  # face into the room, away from the door
            away = pygame.Vector2(start_pos) - door.rect.center
            if away.length() > 0:
                facing = facing_of(away.x, away.y)
        before = self.mai if self.mai is not None and self.mai.who == self.lead else None
        self.mai = Walker(before.sheet if before else load_posed(self.assets, self.lead), start_pos, facing, who=self.lead)
        self.mai.look = before.look if before else ""  # a black eye goes through the door with her
        tm.group.add(self.mai)
        self.in_exit = any(self.mai.feet.colliderect(x.rect) for x in self.exits)

    # --- the people -----------------------------------------------------------------------------

    def leave(self, node: str) -> None:
        """The story has left `node`: whoever was only there for it (`gone_after`) leaves the map."""
        self.done_nodes.add(node)
        for w, after in list(self.leaving):
            if after in self.done_nodes:
                self.leaving.remove((w, after))
                w.kill()
                self.npcs = [n for n in self.npcs if n is not w]
                self.pacers = [pc for pc in self.pacers if pc.walker is not w]

    def send_off(self, w: Walker, mapped: bool) -> None:
        """A direction takes `w` off the map; one of the map's own people (`mapped`) stays gone when
        the map is stood up again after a doorway."""
        if mapped and w.tag and self.map is not None:
            self.sent_off.add((self.map.name, w.tag))

    def live(self, dt: float) -> None:
        """Passers-by stroll (waiting for Mai to step aside), and everyone's frame follows their stride."""
        mai_feet = self.mai.feet if self.mai is not None else None
        for p in self.pacers:
            p.update(dt, mai_feet)
            p.walker.refresh()
        for n in self.npcs:
            if (hovers(n.sheet) or n.pose in DANCE or n.pose in FALL) and not n.moving:
                n.t += dt  # it hovers, dances or falls where it is
            n.refresh()
        lead = self.mai
        if lead is not None and lead.pose in FALL and not lead.moving:  # the lead falls as anyone does
            lead.t += dt
            lead.refresh()

    def fits(self, feet: pygame.Rect) -> bool:
        """Whether feet may stand in this box: inside the map, clear of walls and of people standing.
        Someone Mai already stands in (a direction put them there) does not hold her: she can step
        out of them."""
        assert self.map is not None
        now = self.mai.feet if self.mai is not None else None
        return not self.map.blocked(feet) and not any(
            feet.colliderect(n.feet) and not (now is not None and now.colliderect(n.feet)) for n in self.npcs)

    def walk_grid(self, through: set[tuple[int, int]] = frozenset()) -> list[list[bool]]:
        """The map's collision grid with the people standing about and the doorways (all but the
        tiles in `through`, the way out a walk was sent to) marked as blocked: what a walk planned
        on this map must go round."""
        assert self.map is not None
        tiles = [t for n in self.npcs for t in self.map.tiles_of(n.feet)]
        tiles += self.exit_tiles() - through
        return blocked_grid(self.map.grid, tiles)

    def exit_tiles(self) -> set[tuple[int, int]]:
        assert self.map is not None
        return {t for x in self.exits for t in self.map.tiles_of(x.rect)}

    # --- other places ---------------------------------------------------------------------------

    @property
    def away(self) -> bool:
        """Mai has walked out of the beat's own place; its spots wait for her there."""
        return self.map is not None and self.map.name != self.home

    @property
    def graph(self) -> dict[str, tuple[str, list[str]]]:
        """Every map's title and where its exits lead, read once and kept with the assets."""
        folder = self.assets.folders["levels"]
        return self.assets.made("exit_graph", lambda: exit_graph(folder))

    def title_of(self, name: str | None) -> str:
        if name is None:
            return ""
        graph = self.graph
        return graph[name][0] if name in graph else name.replace("_", " ").title()

    @property
    def title(self) -> str:
        """The name of where Mai stands now (the map's `title` property)."""
        return self.title_of(self.map.name) if self.map is not None else ""

    def way_home(self) -> MapObject | None:
        """The exit here that leads back towards the beat's place on the fewest doors (the nearest
        such exit, when two lead the same way)."""
        if not self.away or self.home is None:
            return None
        hop = next_hop(self.graph, self.map.name, self.home)
        doors = [x for x in self.exits if hop is not None and x.props.get("to") == hop]
        if not doors or self.mai is None:
            return doors[0] if doors else None
        return min(doors, key=lambda x: pygame.Vector2(x.rect.center).distance_squared_to(self.mai.pos))

    def step_through(self, body: Body, free: bool) -> bool:
        """A walker moving into a doorway (once out of the one she came in by) starts going through
        it; True then (the curtain falls from the next frame)."""
        hit = next((x for x in self.exits if body.feet.colliderect(x.rect)), None)
        entered = free and hit is not None and not self.in_exit and body.moving
        if entered:
            self.going = hit
        self.in_exit = hit is not None
        return entered

    def exit_near(self, body: Body) -> MapObject | None:
        reach = body.feet.inflate(NEAR_EXIT, NEAR_EXIT)
        return next((x for x in self.exits if reach.colliderect(x.rect)), None)

    def fall(self, dt: float) -> bool:
        """The curtain falls while going through a doorway and rises after; True once it is down
        (time to `travel`)."""
        if self.going is not None:
            self.curtain = min(1.0, self.curtain + dt / CURTAIN)
            return self.curtain >= 1.0
        if self.curtain > 0:
            self.curtain = max(0.0, self.curtain - dt / CURTAIN)
        return False

    def travel(self) -> tuple[int, int]:
        """Behind the curtain: swap to the place the exit names; where Mai stands there. Raises
        MapError (and she stays) when that map cannot be shown."""
        exit_, self.going = self.going, None
        assert exit_ is not None and self.map is not None
        to = exit_.props.get("to", "")
        start = self.arrive(self.tilemap(to), exit_.props.get("start"))
        self.maps = {k: v for k, v in self.maps.items() if k in (self.home, to)}  # home and here only
        return start

"""Every portrait in the game: who is drawn by which module, and the four faces each one wears (and
how someone looks for a while, `<id>_<look>`: Mai's black eye, and the bruise it leaves)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tools.art import ani, ares, bot7723, greenwood, mai, molly, momo, pin, police, qbots, rice
from tools.art.faces import FACES
from tools.canvas import Canvas

DRAW: dict[str, Callable[[str], Canvas]] = {
    "mai": mai.draw,
    "7723": bot7723.draw,
    "molly": molly.draw,
    "momo": momo.draw,
    "rice": rice.draw,
    "pin": pin.draw,
    "ares": ares.draw,
    "ani": ani.draw,
    "greenwood": greenwood.draw,
    "qbot": qbots.qbot,
    "police": police.draw,
    "alfredo": qbots.alfredo,
    "mai_black_eye": lambda face: mai.draw(face, black_eye=True),  # how she looks for a while (game/scenes/looks.py)
    "mai_fading_bruise": lambda face: mai.draw(face, fading=True),
}


def portraits() -> Iterator[tuple[str, Canvas]]:
    """(file name, picture) for every character and face: assets/portraits/<id>_<face>.png."""
    for who, draw in DRAW.items():
        for face in FACES:
            yield f"{who}_{face}.png", draw(face)

"""Momo riding down the front of Mai's hoodie, only his head out of it (`momo_hoodie`).

From the tower to the pitch he goes everywhere zipped into her hoodie, glaring out: drawn as a prop she
carries in `front`, so it shows whatever she looks like that day (the bruise, the hood) and goes where
she goes. His head as his own sprite draws it facing us, cream with the brown patch over his nose and
his dark ears up, over the zip of the hoodie's neck; lying (she is down), he is the same head.
"""

from __future__ import annotations

from tools.art.prop_frames import pair
from tools.canvas import Canvas

FUR, PATCH, EAR = "cream", "wood", "dark_wood"


def momo_hoodie() -> Canvas:
    """His head, seven pixels across: the ears up either side, two dark eyes, the patch and the nose."""
    c = Canvas(9, 8)
    c.ellipse(4, 4.5, 3.5, 3, FUR)
    c.rect(1, 1, 2, 3, EAR)
    c.rect(6, 1, 2, 3, EAR)
    c.px(3, 4, "ink")
    c.px(5, 4, "ink")
    c.rect(3, 5, 3, 2, PATCH)
    c.px(4, 5, "ink")
    c.outline("ink")
    return pair(c, c.copy())


DRAW = {"momo_hoodie": momo_hoodie}

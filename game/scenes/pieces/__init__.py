"""Painters of the action set-pieces, one module per piece, named like its simulation's module
(`game.action.freeway` is drawn by `pieces.freeway`): `draw(sim, surface, t, reduce_motion)` draws
one moment on the 640×360 picture; `setpiece.SetPieceScene` finds it by that name."""

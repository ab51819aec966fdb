"""Our synthesiser: scores and effect recipes kept as data in `sound/`, rendered to OGG by numpy.

`score` reads and checks a piece, `render` plays it into samples, `sfx` builds the effects,
`oggfile` writes deterministic OGG Vorbis, `measure` holds the loudness and peak measures.
"""

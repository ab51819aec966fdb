"""The story graph as Graphviz DOT: one box per node, a cluster per beat, endings as octagons.

Colours: each beat its own hue; a node exploration never reaches is drawn red and dashed. Edges:
solid for goto and choices, dashed for explore spots (which return), bold for beat changes.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .story import ActionI, BeatI, ChoiceI, EndI, EndingI, ExploreI, GotoI, JumpI, JumpIfNotI, Node, Story

HUES = ["#ffd6e7", "#d6f0ff", "#e3ffd6", "#fff3c4", "#ead6ff", "#ffe0cc", "#d6fff6", "#f0f0f0", "#ffd6d6"]


class GraphError(Exception):
    pass


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def reachable_pcs(node: Node) -> set[int]:
    """Instructions control can reach from the node's start (a static over-approximation)."""
    seen: set[int] = set()
    todo = [0]
    while todo:
        pc = todo.pop()
        if pc in seen or pc >= len(node.code):
            continue
        seen.add(pc)
        ins = node.code[pc]
        if isinstance(ins, JumpI):
            todo.append(ins.target)
        elif isinstance(ins, JumpIfNotI):
            todo += [pc + 1, ins.target]
        elif isinstance(ins, ChoiceI):
            todo += [o.target for o in ins.options]
        elif isinstance(ins, (GotoI, BeatI, EndI)):
            continue
        elif isinstance(ins, EndingI):
            continue
        else:
            todo.append(pc + 1)
    return seen


def edges(story: Story) -> list[tuple[str, str, str]]:
    """(from, to, kind) with kind in goto | spot | beat | next | action | ending."""
    spot_nodes = {(b.id, sp.node) for b in story.beats.values() for n in b.nodes.values()
                  for ins in n.code if isinstance(ins, ExploreI) for sp in ins.spots}
    out: list[tuple[str, str, str]] = []
    for b in story.beats.values():
        for node in b.nodes.values():
            src = f"{b.id}.{node.name}"
            for pc in sorted(reachable_pcs(node)):
                ins = node.code[pc]
                if isinstance(ins, GotoI):
                    out.append((src, f"{b.id}.{ins.node}", "goto"))
                elif isinstance(ins, BeatI):
                    out.append((src, f"{ins.beat}.{story.beats[ins.beat].start}", "beat"))
                elif isinstance(ins, ExploreI):
                    out += [(src, f"{b.id}.{sp.node}", "spot") for sp in ins.spots]
                elif isinstance(ins, ActionI):
                    out += [(src, f"{b.id}.{t}", "action") for t in (ins.win, ins.lose, ins.tense) if t]
                elif isinstance(ins, EndingI):
                    out.append((src, f"ending:{ins.ending}", "ending"))
                elif isinstance(ins, EndI) and (b.id, node.name) not in spot_nodes and b.next:
                    out.append((src, f"{b.next}.{story.beats[b.next].start}", "next"))
    for e in story.endings.values():
        if e.rewind:
            out.append((f"ending:{e.id}", e.rewind, "rewind"))
    return list(dict.fromkeys(out))


def to_dot(story: Story, unreachable: set[str] | None = None) -> str:
    unreachable = unreachable or set()
    lines = [
        "digraph story {",
        '  graph [rankdir=TB, fontname="Helvetica", compound=true, nodesep=0.25, ranksep=0.4];',
        '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=8, color="#555566"];',
        f"  label={_q(story.title + ' — story graph')}; labelloc=t; fontsize=18;",
    ]
    for i, b in enumerate(story.beats.values()):
        hue = HUES[i % len(HUES)]
        lines.append(f"  subgraph {_q('cluster_' + b.id)} {{")
        lines.append(f"    label={_q(f'{b.number}. {b.title} ({b.scene})')}; style=filled; color={_q(hue)};")
        for name in b.nodes:
            nid = f"{b.id}.{name}"
            attrs = ["fillcolor=white"]
            if nid in unreachable:
                attrs = ['fillcolor="#ffdddd"', 'color="#cc0000"', 'style="rounded,filled,dashed"']
            if name == b.start:
                attrs.append("penwidth=2")
            lines.append(f"    {_q(nid)} [label={_q(name)}, {', '.join(attrs)}];")
        lines.append("  }")
    for e in story.endings.values():
        lines.append(f"  {_q('ending:' + e.id)} [label={_q('ending: ' + e.title)}, shape=doubleoctagon, "
                     'fillcolor="#fff0a0"];')
    style = {"goto": "", "spot": "style=dashed", "beat": "style=bold, color=\"#222244\"",
             "next": "style=bold, color=\"#222244\"", "action": "color=\"#cc3366\"", "ending": "color=\"#aa8800\"",
             "rewind": "style=dotted, color=\"#aa8800\", constraint=false"}
    for a, b, kind in edges(story):
        extra = style[kind]
        lines.append(f"  {_q(a)} -> {_q(b)}" + (f" [{extra}]" if extra else "") + ";")
    lines.append("}")
    return "\n".join(lines) + "\n"


def drawing_program(out: Path) -> str | None:
    """Graphviz's `dot` when `out` is a picture (None for .dot/.gv, which need no Graphviz).

    Asked before the story is explored, so a missing Graphviz is said at once, not after the wait."""
    suffix = out.suffix.lower()
    if suffix in (".dot", ".gv"):
        return None
    if suffix not in (".svg", ".png"):
        raise GraphError(f"unknown picture type '{suffix}': use .svg, .png or .dot")
    exe = shutil.which("dot")
    if exe is None:
        raise GraphError(
            "drawing SVG or PNG needs Graphviz's `dot` program, which is not installed.\n"
            "Install the package 'graphviz' (Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install "
            "graphviz; Windows: winget install graphviz), or write .dot and open it in any Graphviz viewer."
        )
    return exe


def write_graph(story: Story, out: Path, unreachable: set[str] | None = None) -> None:
    dot = to_dot(story, unreachable)
    exe = drawing_program(out)
    if exe is None:
        out.write_text(dot, encoding="utf-8")
        return
    suffix = out.suffix.lower()
    try:
        proc = subprocess.run([exe, f"-T{suffix[1:]}", "-o", str(out)], input=dot.encode(), capture_output=True,
                              timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GraphError(f"Graphviz failed: {exc}") from None
    if proc.returncode != 0:
        raise GraphError(f"Graphviz failed: {proc.stderr.decode(errors='replace').strip()}")

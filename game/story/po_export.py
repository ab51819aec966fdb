"""The story's texts for translators: each with who says it and where it is written, as a PO
template, or as a translation brought up to date with the story (`main.py strings export`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import polib

from .compiler.context import Context
from .compiler.pipeline import load_story
from .diagnostics import Diagnostic
from .story import Story
from .translation import english, live
from .yamlsrc import load_file, locate

WHO = {"option": "an option the player picks", "spot": "a place to look at", "review": "a memory review's title",
       "action": "a set-piece's title", "reboot": "the farewell's title", "stage": "a stage note (the terminal prints it in brackets)",
       "": "narration"}


@dataclass(frozen=True)
class Text:
    """One text of the story as a translator sees it."""

    id: str
    source: str  # the English
    who: str  # who says it, or what it is
    where: tuple[str, int]  # file, line


def _declared_where(sid: str, story: Story, story_dir: Path) -> tuple[str, tuple]:
    """The file (relative to the story's parent folder) and the path in it where `sid` is written."""
    parts = sid.split(".")
    name = story_dir.name
    if parts[0] == "game":
        return f"{name}/game.yaml", tuple(int(p) - 1 if p.isdigit() else p for p in parts[1:])
    if parts[0] == "character":
        return f"{name}/characters.yaml", (parts[1], parts[2])
    if parts[0] == "memory":
        return f"{name}/memories.yaml", (parts[1], parts[2])
    if parts[0] == "ending":
        return f"{name}/game.yaml", ("endings", parts[1], parts[2])
    return story.beats[parts[1]].file, (parts[2],)


def _what(sid: str) -> str:
    """What a declared text is, for the translator: `memory rooftop: picture`, `credits, line 2`."""
    parts = sid.split(".")
    if parts[:2] == ["game", "credits"]:
        return f"credits, line {parts[2]}"
    if parts[:2] == ["game", "game_over"]:
        return f"the full-core screen: {parts[2]}"
    if parts[0] == "game":
        return "the game's title"
    if parts[0] == "character":
        return "a character's name"
    return f"{parts[0]} {parts[1]}: {parts[2]}"


def story_texts(story_dir: Path) -> tuple[list[Text] | None, list[Diagnostic]]:
    """Every text of the story in `story_dir` with who says it and where it is written (None and
    the problems when the story does not load)."""
    story_dir = Path(story_dir)
    ctx = Context()
    story, diags = load_story(story_dir, ctx=ctx)
    if story is None:
        return None, diags
    base = story_dir.resolve().parent
    roots: dict[str, object] = {}
    texts = []
    for sid, source in english(story).items():
        if sid in ctx.string_where:
            file, line = ctx.string_where[sid].rsplit(":", 1)
            who = ctx.string_speaker.get(sid, "")
            who = f"said by {story.name_of(who)}" if who in story.characters else WHO.get(who, who)
            texts.append(Text(sid, source, who, (file, int(line))))
            continue
        file, path = _declared_where(sid, story, story_dir)
        if file not in roots:
            roots[file] = load_file(base / file, file)[0]
        texts.append(Text(sid, source, _what(sid), (file, locate(roots[file], path).line)))
    return texts, diags



def export(texts: list[Text], title: str, lang: str | None = None, old: polib.POFile | None = None) -> polib.POFile:
    """A template of every text (`lang` None), or a translation to `lang` filled in from `old`:
    kept where the English is the same, kept but marked fuzzy with the English it was made from
    where that changed, and kept as obsolete (`#~`) where the text is gone (as msgmerge does)."""
    po = polib.POFile(wrapwidth=0)
    po.metadata = {"Project-Id-Version": title, "Language": lang or "", "MIME-Version": "1.0",
                   "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"}
    before = live(old) if old is not None else {}
    for t in texts:
        e = polib.POEntry(msgctxt=t.id, msgid=t.source, msgstr="", comment=t.who,
                          occurrences=[(t.where[0], str(t.where[1]))])
        o = before.get(t.id)
        if o is not None and o.msgstr:
            e.msgstr, e.tcomment = o.msgstr, o.tcomment
            if o.msgid != t.source or o.fuzzy:
                e.flags = ["fuzzy"]
                e.previous_msgid = o.previous_msgid if o.fuzzy and o.previous_msgid else o.msgid
                if e.previous_msgid == t.source:
                    e.flags, e.previous_msgid = [], None  # made from this very English after all
        po.append(e)
    ids = {t.id for t in texts}
    for o in before.values():
        if o.msgctxt not in ids and o.msgstr:
            po.append(polib.POEntry(msgctxt=o.msgctxt, msgid=o.msgid, msgstr=o.msgstr, obsolete=True))
    return po

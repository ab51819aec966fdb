"""Translations of the story in gettext PO, the format translators' tools (Poedit, Weblate) open.

Every text the player reads has an id: a line's or an option's `id:` (`msgctxt` in the PO file),
and for what the declarations hold, a name made of where it is (`memory.rooftop.title`,
`ending.let_go.text`, `beat.backyard.title`, `character.mai.name`, `game.credits.2`). `msgid` is the
English, so a translation is used only while the English it was made from is still the story's: a
reworded line falls back to English (as gettext does) until a translator has looked at it again,
and `check` says which ones those are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import polib

from .diagnostics import Diagnostic
from .events import Stage
from .language import languages, po_file
from .story import Beat, Ins, StageI, Story
from .yamlsrc import YamlProblem, read_source


class TranslationError(Exception):
    """A translation file that cannot be read, in one sentence."""


def english(story: Story) -> dict[str, str]:
    """Every text of the story by id, in the order the story shows them, declarations first."""
    out = {"game.title": story.title}
    out.update({f"game.credits.{i}": c for i, c in enumerate(story.credits, start=1)})
    out["game.game_over.title"], out["game.game_over.text"] = story.game_over
    for k, c in story.characters.items():
        out[f"character.{k}.name"] = c.name
    for k, mem in story.memories.items():
        for part in ("title", "picture", "told", "gone"):
            out[f"memory.{k}.{part}"] = getattr(mem, part)
    for k, e in story.endings.items():
        out[f"ending.{k}.title"], out[f"ending.{k}.text"] = e.title, e.text
    for k, b in story.beats.items():
        out[f"beat.{k}.title"], out[f"beat.{k}.place"] = b.title, b.place
    out.update((k, v) for k, v in story.strings.items() if not k.startswith("memory."))
    return {k: v for k, v in out.items() if v}


# -- PO files ------------------------------------------------------------------------------------


def read_po(path: Path) -> polib.POFile:
    """A translation file, or TranslationError saying why it cannot be read."""
    try:
        return polib.pofile(read_source(path).decode("utf-8"), wrapwidth=0)
    except FileNotFoundError:
        raise TranslationError(f"{path}: no such file") from None
    except YamlProblem as exc:
        raise TranslationError(f"{path}: {exc.message}") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise TranslationError(f"{path}: cannot be read as a PO file ({exc})") from None


def live(po: polib.POFile) -> dict[str, polib.POEntry]:
    return {e.msgctxt: e for e in po if not e.obsolete and e.msgctxt is not None}


def usable(po: polib.POFile, source: dict[str, str]) -> dict[str, str]:
    """The translations the game can use: made from the story's English as it is now, not fuzzy."""
    return {sid: e.msgstr for sid, e in live(po).items()
            if e.msgstr and not e.fuzzy and source.get(sid) == e.msgid}


def translate(story: Story, tr: dict[str, str]) -> Story:
    """`story` with its texts in the translation `tr` (id -> text); what `tr` lacks stays English."""
    def t(sid: str, text: str) -> str:
        return tr.get(sid, text)

    memories = {k: replace(m, title=t(f"memory.{k}.title", m.title), picture=t(f"memory.{k}.picture", m.picture),
                           told=t(f"memory.{k}.told", m.told), gone=t(f"memory.{k}.gone", m.gone))
                for k, m in story.memories.items()}
    return replace(
        story,
        title=t("game.title", story.title),
        strings={k: t(k, v) for k, v in story.strings.items()},
        credits=tuple(t(f"game.credits.{i}", c) for i, c in enumerate(story.credits, start=1)),
        game_over=(t("game.game_over.title", story.game_over[0]), t("game.game_over.text", story.game_over[1])),
        characters={k: replace(c, name=t(f"character.{k}.name", c.name)) for k, c in story.characters.items()},
        memories=memories,
        endings={k: replace(e, title=t(f"ending.{k}.title", e.title), text=t(f"ending.{k}.text", e.text))
                 for k, e in story.endings.items()},
        beats={k: _beat(b, t) for k, b in story.beats.items()},
    )


def _beat(b: Beat, t: Callable[[str, str], str]) -> Beat:
    """A beat with its title, place and stage notes translated (nothing else of it changes, so the
    digests that saves resume by stay the same)."""
    def note(s: Stage | None) -> Stage | None:
        return replace(s, note=t(s.id, s.note)) if s is not None and s.note else s

    def code(ins: Ins) -> Ins:
        return StageI(note(ins.stage)) if isinstance(ins, StageI) and ins.stage.note else ins  # type: ignore[arg-type]

    nodes = {name: replace(n, code=tuple(code(i) for i in n.code)) if any(isinstance(i, StageI) for i in n.code) else n
             for name, n in b.nodes.items()}
    return replace(b, title=t(f"beat.{b.id}.title", b.title), place=t(f"beat.{b.id}.place", b.place),
                   stage=note(b.stage), nodes=nodes)


def localise(story: Story, story_dir: Path, lang: str, diags: list[Diagnostic]) -> Story:
    """The story in `lang` (story/lang/<lang>.po); English, with a warning in `diags`, if the
    translation cannot be read. Saves do not change: ids, nodes and the story's hash stay the same."""
    path = po_file(story_dir, lang)
    try:
        po = read_po(path)
    except TranslationError as exc:
        diags.append(Diagnostic(str(path), 0, 0, f"{exc}; playing in English", "warning"))
        return story
    return translate(story, usable(po, english(story)))


# -- the lint ------------------------------------------------------------------------------------


@dataclass
class Lint:
    """What a translation lacks or holds that is stale, against the story as it is now."""

    lang: str
    shown: str = ""  # the file, as messages name it
    total: int = 0
    translated: int = 0
    gone: list[Diagnostic] = field(default_factory=list)  # entries whose id the story no longer has
    changed: list[Diagnostic] = field(default_factory=list)  # made from an English the story has changed
    missing: list[str] = field(default_factory=list)  # ids with no translation yet

    @property
    def stale(self) -> bool:
        return bool(self.gone or self.changed)

    def summary(self) -> str:
        return (f"{self.lang}: {self.translated} of {self.total} texts translated; {len(self.changed)} "
                f"stale (the English changed), {len(self.gone)} gone from the story, {len(self.missing)} missing")


def lint(po: polib.POFile, source: dict[str, str], shown: str, lang: str) -> Lint:
    """Every entry of `po` checked against the story's English `source` (id -> text)."""
    out = Lint(lang, shown, total=len(source))
    entries = live(po)
    for e in po:
        if e.obsolete:
            continue
        if e.msgctxt is None or e.msgctxt not in source:
            what = f"'{e.msgctxt}'" if e.msgctxt is not None else f"an entry without an id ({e.msgid[:30]!r})"
            out.gone.append(Diagnostic(shown, e.linenum, 1, f"{what} is no longer in the story", "warning"))
    for sid, text in source.items():
        e = entries.get(sid)
        if e is None or not e.msgstr:
            out.missing.append(sid)
        elif e.msgid != text or e.fuzzy:
            was = e.previous_msgid if e.fuzzy and e.previous_msgid else e.msgid
            why = f"the English was {_short(was)}, now {_short(text)}" if was != text else "marked fuzzy"
            out.changed.append(Diagnostic(shown, e.linenum, 1, f"'{sid}' needs a new look: {why}", "warning"))
        else:
            out.translated += 1
    return out


def _short(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:39] + "…")


def lint_story(story_dir: Path, story: Story) -> list[Lint]:
    """The lint of every translation in `story_dir/lang/` (for `validate`); an unreadable file is
    one entry under `gone` saying so."""
    source = english(story)
    out = []
    base = Path(story_dir).resolve().parent
    for lang in languages(story_dir):
        path = po_file(story_dir, lang)
        shown = str(path.resolve().relative_to(base)) if path.resolve().is_relative_to(base) else str(path)
        try:
            out.append(lint(read_po(path), source, shown, lang))
        except TranslationError as exc:
            out.append(Lint(lang, shown, gone=[Diagnostic(shown, 0, 0, str(exc), "warning")]))
    return out


def translation_warnings(story_dir: Path, story: Story) -> list[Diagnostic]:
    """What `validate` says about the translations in `story_dir/lang/`: each stale entry, and for
    each language how many texts are not translated yet."""
    out = []
    for found in lint_story(story_dir, story):
        out += found.gone + found.changed
        if found.missing:
            out.append(Diagnostic(found.shown, 0, 0, f"{len(found.missing)} of {found.total} texts not translated yet "
                                               f"(`main.py strings check --lang {found.lang}` names them)", "warning"))
    return out

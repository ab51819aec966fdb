"""`main.py strings`: the story's texts by id. `ids` writes an id for every text without one;
`export` writes them for translators (gettext PO); `check` lints a translation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.safefile import write_atomic
from game.story.idwriter import write_ids
from game.story.language import CODE, languages, po_file
from game.story.po_export import export as export_po
from game.story.po_export import story_texts
from game.story.translation import TranslationError, english, lint, read_po

from .loading import load_or_report

MISSING_SHOWN = 10  # missing translations named one by one; the rest are counted


def run(args: argparse.Namespace) -> int:
    return {"ids": ids, "export": export, "check": check}[args.action](args)


def ids(args: argparse.Namespace) -> int:
    report = write_ids(args.story)
    if report.problems:
        for p in report.problems:
            print(p, file=sys.stderr)
        print("No file was changed.", file=sys.stderr)
        return 1
    total = sum(len(v) for v in report.written.values())
    for name, made in report.written.items():
        print(f"{name}: {len(made)} id{'s' if len(made) != 1 else ''} written")
    print(f"{total} id{'s' if total != 1 else ''} written." if total else "Every text already has an id.")
    return 0


def _lang(args: argparse.Namespace) -> str | None:
    lang = getattr(args, "lang", None)
    if lang is not None and not CODE.fullmatch(lang):
        raise SystemExit(f"main.py strings: '{lang}' is not a language code (such as fr or pt_BR)")
    return lang


def export(args: argparse.Namespace) -> int:
    lang = _lang(args)
    texts, diags = story_texts(args.story)
    if texts is None:
        load_or_report(args.story)  # prints the problems
        return 1
    old = None
    if lang is not None and po_file(args.story, lang).is_file():
        try:
            old = read_po(po_file(args.story, lang))
        except TranslationError as exc:
            print(exc, file=sys.stderr)
            return 1
    title = next((t.source for t in texts if t.id == "game.title"), "")
    po = export_po(texts, title, lang, old)
    out: Path | None = args.out
    if out is None:
        sys.stdout.write(str(po) + "\n")
    else:
        write_atomic(out, (str(po) + "\n").encode("utf-8"), keep=False)
        kind = f"translation to {lang}" if lang else "template"
        print(f"{out}: {kind} of {len(texts)} texts", file=sys.stderr)
    return 0


def check(args: argparse.Namespace) -> int:
    lang = _lang(args)
    todo = [lang] if lang is not None else languages(args.story)
    if not todo:
        print(f"No translations in {args.story / 'lang'}.")
        return 0
    story = load_or_report(args.story)
    if story is None:
        return 1
    source = english(story)
    stale = False
    for code in todo:
        path = po_file(args.story, code)
        try:
            found = lint(read_po(path), source, str(path), code)
        except TranslationError as exc:
            print(exc, file=sys.stderr)
            return 2
        for d in found.gone + found.changed:
            print(d)
        if found.missing:
            shown = ", ".join(found.missing[:MISSING_SHOWN])
            more = f" and {len(found.missing) - MISSING_SHOWN} more" if len(found.missing) > MISSING_SHOWN else ""
            print(f"{path}: not translated yet: {shown}{more}")
        print(found.summary())
        stale = stale or found.stale
    return 1 if stale else 0




"""Problems found in story files, reported the way editors and terminals understand: path:line:col."""

from __future__ import annotations

from dataclasses import dataclass

# a message quotes what the files say, which may hold a line break or a terminal's control codes:
# shown escaped, each problem stays one line an editor can jump to
_ESCAPED = {c: f"\\x{c:02x}" for c in (*range(32), *range(127, 160)) if c != 9} | {
    10: "\\n", 13: "\\r", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def one_line(text: str) -> str:
    """`text` with its line breaks and control codes written as escapes."""
    return text.translate(_ESCAPED)


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    path: str
    line: int  # 1-based; 0 when the problem is about the whole file
    col: int  # 1-based
    message: str
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}" if self.line else self.path
        tag = "" if self.severity == "error" else f"{self.severity}: "
        return f"{where}: {tag}{one_line(self.message)}"


class StoryError(Exception):
    """Raised where a caller needs a story and the files hold errors; carries every diagnostic."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        shown = "\n".join(str(d) for d in diagnostics[:20])
        more = f"\n… and {len(diagnostics) - 20} more" if len(diagnostics) > 20 else ""
        super().__init__(shown + more)

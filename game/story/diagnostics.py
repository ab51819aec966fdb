"""Problems found in story files, reported the way editors and terminals understand: path:line:col."""

from __future__ import annotations

from dataclasses import dataclass


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
        return f"{where}: {tag}{self.message}"


class StoryError(Exception):
    """Raised where a caller needs a story and the files hold errors; carries every diagnostic."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        shown = "\n".join(str(d) for d in diagnostics[:20])
        more = f"\n… and {len(diagnostics) - 20} more" if len(diagnostics) > 20 else ""
        super().__init__(shown + more)

"""What the score and effect readers share: strict models, the safe YAML read, and error lines.

Both formats are edited by hand (see `sound/README.md`), so both say what is wrong in the same way,
one line per problem as `file: where: what`, and neither runs anything a file asks for.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError


class Strict(BaseModel):
    """A model that refuses unknown keys, so a misspelt setting is an error, not a silent default."""

    model_config = ConfigDict(extra="forbid")


def read_yaml(path: Path, error: type[ValueError]) -> object:
    """The file's data through the safe loader, or `error` saying in one line why it cannot be read."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot be read as text: {exc}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise error(f"{path}: not YAML: {str(exc)[:300]}") from None


def problems(where: str, exc: ValidationError) -> list[str]:
    """One `where.field.path: message` line for each thing the model refused."""
    return [f"{where}{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]

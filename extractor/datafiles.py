"""Reading the JSON-lines data files (gazetteer, cues, metrics, relations, boilerplate …): one object a line,
blank lines and `//` or `#` comments skipped, every problem reported as `file:line: reason`."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .errors import ConfigError


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each data line of `path`."""
    try:
        lines = Path(str(path)).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith(("//", "#")):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{lineno}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(row, dict):
            raise ConfigError(f"{path}:{lineno}: expected a JSON object")
        yield lineno, row

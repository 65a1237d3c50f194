"""Plain-text layout inside articles. Tables: a header line, then rows of as many cells, the cells separated by
spaces, tabs or bars (排名 企业 估值(亿元) 所在城市 / 1 字节跳动 15600 北京); web pages keep them when tables are
flattened to text. This module only finds them; the figure reader reads numbers under a header that names a metric
and a unit, and the relation reader reads the column a relation table row names (所在城市 → located_in). List
items: the number or bullet that opens one (`LIST_MARK`), read by the cue, relation and attach stages."""
from __future__ import annotations

import re
from dataclasses import dataclass

# a cell; one space may sit between two Latin words of one cell (TOP TOY)
CELL = re.compile(r"[^\s|｜]+(?:(?<=[A-Za-z.&]) (?=[A-Za-z])[^\s|｜]+)*")
NUMBER_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
# the number or bullet that opens a list item, with the blanks around it (1. / 2、/ (3) / - / • / a keycap 2⃣)
LIST_MARK = r"[ \t]*(?:\d\ufe0f?\u20e3|\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[-–•·●▪*▲■◆★▶○◇□])[ \t]*"
# a Markdown table's rule under its header (| --- | :---: |, ---|---): cells of dashes, bars between them
MARKDOWN_RULE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*")
MIN_COLUMNS = 3
MIN_ROWS = 2


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


def is_markdown_row(line: str) -> bool:
    """A line (or a sentence the analysis cut from one) that is a Markdown table's row: it opens with a bar."""
    return line.lstrip().startswith("|")


def find_tables(text: str) -> list[Table]:
    """Tables in `text`: a line of at least three cells none of which is a number, followed by at least two
    lines with as many cells, each holding a number somewhere (a row of figures, not a line of prose)."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        # (a Markdown table's rule under its header, | --- | :---: |, is no line of the table)
        if not MARKDOWN_RULE.fullmatch(line):
            lines.append(_cells(line, pos))
        pos += len(line) + 1
    tables = []
    i = 0
    while i < len(lines):
        header = lines[i]
        if len(header) >= MIN_COLUMNS and not any(NUMBER_CELL.fullmatch(c.text) for c in header):
            rows = []
            j = i + 1
            while j < len(lines) and len(lines[j]) == len(header) and any(
                    NUMBER_CELL.fullmatch(c.text) for c in lines[j]):
                rows.append(tuple(lines[j]))
                j += 1
            if len(rows) >= MIN_ROWS:
                tables.append(Table(tuple(header), tuple(rows)))
                i = j
                continue
        i += 1
    return tables


def _cells(line: str, offset: int) -> list[Cell]:
    """The cells of one line, or none when the line has no separator (prose)."""
    if not any(sep in line.strip() for sep in (" ", "\t", "|", "｜")):
        return []
    return [Cell(offset + m.start(), offset + m.end(), m.group()) for m in CELL.finditer(line)]

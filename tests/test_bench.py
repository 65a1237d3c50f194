from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from extractor.bench import COLUMNS, format_table, read_corpus

ROOT = Path(__file__).resolve().parents[1]
TINY = Path(__file__).parent / "fixtures" / "seg" / "tiny.txt"


def test_bench_runs_on_a_tiny_input_and_prints_the_table():
    proc = subprocess.run(
        [sys.executable, "-m", "extractor.bench", "--corpus", str(TINY), "--min-chars", "100", "--runs", "1"],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = proc.stdout.strip().splitlines()
    header = next(i for i, line in enumerate(lines) if line.split() == list(COLUMNS))
    rows = {line.split()[0]: line.split() for line in lines[header + 2:]}
    assert set(rows) == {"pipeline", "pipeline-char", "pkuseg", "pkuseg-orig", "jieba", "extract"}
    for cells in rows.values():
        assert len(cells) == len(COLUMNS)
        assert int(cells[2]) >= 100  # chars processed
        median, best = (float(c.replace(",", "")) for c in cells[3:5])
        assert 0 < median <= best  # chars/s: the median pass is never faster than the fastest


def test_bench_rejects_an_unknown_variant():
    proc = subprocess.run(
        [sys.executable, "-m", "extractor.bench", "--corpus", str(TINY), "--min-chars", "10", "--runs", "1",
         "--variants", "nonesuch"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert proc.returncode != 0 and "unknown variant" in proc.stderr


def test_read_corpus_repeats_up_to_min_chars(tmp_path):
    docs = read_corpus([TINY], 200)
    n = len(TINY.read_text(encoding="utf-8"))
    assert len(docs) == -(-200 // n) and sum(map(len, docs)) >= 200
    empty = tmp_path / "empty"
    empty.mkdir()
    try:
        read_corpus([empty], 10)
    except SystemExit as exc:
        assert "no text" in str(exc)
    else:
        raise AssertionError("an empty corpus was accepted")


def test_format_table_aligns_columns():
    row = {"variant": "x", "load_s": 1.0, "chars": 10, "chars_per_s": 12345.6, "best_per_s": 13000.4,
           "first_per_s": 9999.5, "rss_MB": 100.0, "py_peak_MB": 1.25}
    lines = format_table([row]).splitlines()
    assert lines[0].split() == list(COLUMNS)
    assert lines[2].split() == ["x", "1.00", "10", "12,346", "13,000", "10,000", "100", "1.2"]

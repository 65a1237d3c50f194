from __future__ import annotations

import subprocess
import sys

import pytest

from extractor.cli import main


def test_extract_writes_turtle_and_reports(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("星河科技创始人王晓明表示,公司月活超过1亿。", encoding="utf-8")
    out = tmp_path / "out" / "a.ttl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("@prefix")
    assert "1 document(s)" in capsys.readouterr().out


def test_missing_input_is_one_line_and_exit_66(tmp_path, capsys):
    out = tmp_path / "x.ttl"
    assert main(["extract", str(tmp_path / "nope.txt"), "-o", str(out)]) == 66
    err = capsys.readouterr().err.strip()
    assert err.startswith("error:") and "nope.txt" in err and "\n" not in err
    assert not out.exists()


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    assert main(["extract"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_console_script_runs_without_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(tmp_path), "-o", str(tmp_path / "o.ttl")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 66  # an empty folder has no documents
    assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1


def test_a_swallowed_ctrl_c_still_stops_the_run_at_the_next_check():
    import os
    import signal

    from extractor.cli import Interrupts

    before = signal.getsignal(signal.SIGINT)
    with Interrupts() as interrupts:
        interrupts.check()  # nothing yet
        try:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(10_000):  # the handler runs between bytecodes, here
                pass
        except KeyboardInterrupt:
            pass  # what an extension that swallows the exception does
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
    assert signal.getsignal(signal.SIGINT) is before

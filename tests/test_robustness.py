"""Robustness (issue 4): adversarial Unicode through the whole extraction, a kit of bad inputs through
`zhkg extract`, and an interrupted run. Every text input must give valid Turtle (rdflib and pyoxigraph) whose
NIF offsets slice the original text exactly; every unreadable one a one-line error and no output file."""
from __future__ import annotations

import gzip
import io
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.namespace import RDF

from extractor import cli
from extractor.extract import extract_documents
from extractor.io import document_from_text
from extractor.rdf import graph_to_rdf, to_turtle
from extractor.vocab import NIF, SCHEMA

ROOT = Path(__file__).resolve().parents[1]


# `nlp`: the session-scoped pipeline fixture of conftest.py (loaded once per test session).


def check_turtle(ttl: str, text: str | None = None, by_name: dict[str, str] | None = None) -> rdflib.Graph:
    """Parse in both parsers; every NIF string's offsets slice its context text to its anchorOf. `text` is the
    original text (for plain-text inputs; `by_name` maps file names to it when there are several documents);
    for HTML the context's nif:isString is the text."""
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    quads = list(pyoxigraph.parse(ttl.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(g)
    contexts = {}
    for ctx in g.subjects(RDF.type, NIF.Context):
        is_string = g.value(ctx, NIF.isString)
        if by_name is not None:
            text = by_name.get(str(g.value(g.value(ctx, NIF.sourceUrl), SCHEMA.name)))
        ctx_text = str(is_string) if is_string is not None else text
        assert ctx_text is not None, "plain-text context without the original text to check against"
        assert int(g.value(ctx, NIF.endIndex)) == len(ctx_text)
        contexts[ctx] = ctx_text
    assert contexts, "no document context in the graph"
    spans = set(g.subjects(RDF.type, NIF.Phrase)) | set(g.subjects(RDF.type, NIF.String))
    for span in spans:
        ctx_text = contexts[g.value(span, NIF.referenceContext)]
        begin, end = int(g.value(span, NIF.beginIndex)), int(g.value(span, NIF.endIndex))
        assert 0 <= begin <= end <= len(ctx_text)
        assert ctx_text[begin:end] == str(g.value(span, NIF.anchorOf)), (begin, end)
    return g


def phrases(g: rdflib.Graph) -> list[str]:
    return sorted(str(g.value(p, NIF.anchorOf)) for p in g.subjects(RDF.type, NIF.Phrase))


# ------------------------------------------------------------------------------------ property-based, in memory

ADVERSARIAL = [
    '"""', "'''", "\\", "\\u0022", ">", "<", "@prefix e: <http://evil/> .", "} . <a> <b> <c> .", "#", "^^xsd:int",
    "<script>alert(1)</script>", "&amp;", "\x00", "\x07", "\x1b[31m", "\r\n", "\r", "\u2028", "\u2029", "\x85",
    "\ufeff", "\u200b", "\u202e", "\u202d", "\u0301", "e\u0301", "\U0001f600", "\U0001f469\u200d\U0001f4bb",
    "𠀀", "\U000e0001", "\ufffd", "\ufffe", "\uffff", "\ud800", "\udfff", "\ud83d", "مرحبا", "שלום", "\u3000",
    "ＡＢＣ", "「」", "\t", " ", "\n\n", "%20", "http://example.org/x y", "_:b0", "\"@zh", "\"^^<x>",
]
CHINESE = ["小红书", "创始人", "瞿芳", "毛文超", "完美日记", "黄锦峰", "高瓴资本", "真格基金", "月活过亿",
           "融资1亿美元", "估值超过40亿美元", "小紅書創始人", "說", "臺灣", "。", "，", "：", "甲：", "\n",
           "免责声明：", "相关阅读\n", "扫码关注", "2019年", "5倍", "50%"]

texts = st.lists(st.one_of(st.sampled_from(ADVERSARIAL), st.sampled_from(CHINESE),
                           st.text(max_size=6), st.characters()), max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(texts)
def test_extraction_never_crashes_and_offsets_are_exact(nlp, text):
    result = extract_documents([document_from_text(text)], nlp)
    ttl = to_turtle(graph_to_rdf(result.graph))
    check_turtle(ttl, text)
    for a in result.analyses:
        # (a mention's name is its slice of the text less the markup the cleaner dropped inside it, H&amp;M → H&M;
        # the graph's anchors, checked above, are the exact slices)
        markup = [(d.start, d.end) for d in a.dropped if d.reason == "markup"]
        for m in a.mentions:
            assert m.text == "".join(c for p, c in enumerate(text[m.start:m.end], m.start)
                                     if not any(x <= p < y for x, y in markup))
        for f in a.figures:
            assert text[f.start:f.end] == f.text


def test_known_entities_survive_noise(nlp):
    text = "\x00小红书\u200b创始人瞿芳\U0001f600说，\u202e完美日记\ud800创始人黄锦峰。<script>\"\"\"@prefix"
    result = extract_documents([document_from_text(text)], nlp)
    g = check_turtle(to_turtle(graph_to_rdf(result.graph)), text)
    found = phrases(g)
    assert "瞿芳" in found and "完美日记" in found


# ---------------------------------------------------------------------------------------- the bad-input kit

ZH = ("小红书创始人瞿芳表示，公司的月活跃用户已经超过一亿。完美日记创始人黄锦峰在广州创立了逸仙电商，"
      "高瓴资本参与了公司的融资。\n")
TRAD = "小紅書創始人瞿芳表示，公司在臺灣與香港的用戶數量持續增長。完美日記創始人黃錦峰在廣州創立了逸仙電商。\n"
HTML_PAGE = ("<!DOCTYPE html><html><head><title>t</title><script>var s='<p>x</p>';</script></head><body>"
             "<nav>首页 &gt; 科技</nav><p>小红书创始人瞿芳&amp;毛文超<br>在上海创立了&#x5C0F;&#32418;书。</p>"
             "<div class='share'>分享到微信</div><p>完美日记创始人黄锦峰。&lt;script&gt;</p></body></html>")


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", ZH)
    return buf.getvalue()


# name → (bytes, expected decoded text or None when unreadable; "html" for HTML inputs)
KIT: dict[str, tuple[bytes, str | None]] = {
    "doc.pdf": (b"%PDF-1.4\n1 0 obj<<>>endobj\n" + bytes(range(256)), None),
    "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(64), None),
    "archive.zip": (_zip(), None),
    "notes.txt.gz": (gzip.compress(ZH.encode()), None),
    "photo.jpg": (b"\xff\xd8\xff\xe0" + bytes(100), None),
    "program.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(200), None),
    "random.txt": (random.Random(1).randbytes(3000), None),
    "zeros.txt": (bytes(2048), None),
    "controls.txt": (bytes(range(1, 9)) * 100, None),
    "empty.txt": (b"", ""),
    "blank.txt": (b" \n\t\n  \r\n", " \n\t\n  \r\n"),
    "gbk.txt": (ZH.encode("gbk"), ZH),
    "gbk-short.txt": ("小红书".encode("gbk"), "小红书"),
    "gb18030.txt": ((ZH + "😀€").encode("gb18030"), ZH + "😀€"),
    "big5.txt": (TRAD.encode("big5"), TRAD),
    "utf16-bom.txt": (ZH.encode("utf-16"), ZH),
    "utf16be-bom.txt": (b"\xfe\xff" + ZH.encode("utf-16-be"), ZH),
    "utf16le-nobom.txt": (ZH.encode("utf-16-le"), ZH),
    "utf32.txt": (ZH.encode("utf-32"), ZH),
    "utf8-bom.txt": (ZH.encode("utf-8-sig"), ZH),
    "page.html": (HTML_PAGE.encode(), "html"),
    "page-gbk.htm": (HTML_PAGE.encode("gb18030"), "html"),
    "broken.html": (b"<html><body><div class='comments'><p>\xe8\xaf\x84<p>" + ZH.encode() * 3 + b"<b><i></div>", "html"),
    "html-in.txt": (HTML_PAGE.encode(), "html"),
    "html-nul.html": (HTML_PAGE.replace("瞿芳", "瞿芳\x00").encode(), "html"),
    "traditional.txt": (TRAD.encode(), TRAD),
    "controls-in-text.txt": (("小红书\x00创始人\x01瞿芳\x1b[0m说。\x0c" + ZH).encode(), "小红书\x00创始人\x01瞿芳\x1b[0m说。\x0c" + ZH),
    "emoji-rtl.md": (("😀👩‍💻 小红书\u202e创始人瞿芳 e\u0301 𠀀 مرحبا\n" + ZH).encode(),
                     "😀👩‍💻 小红书\u202e创始人瞿芳 e\u0301 𠀀 مرحبا\n" + ZH),
    "turtle-injection.txt": (('小红书""" . <a> <b> <c> . @prefix x: <y> . \\ > ' + ZH).encode(),
                             '小红书""" . <a> <b> <c> . @prefix x: <y> . \\ > ' + ZH),
    "crlf.txt": (ZH.replace("\n", "\r\n").encode() * 2, ZH.replace("\n", "\r\n") * 2),
    "cr-only.txt": (ZH.replace("\n", "\r").encode() * 2, ZH.replace("\n", "\r") * 2),
    "truncated-utf8.txt": (ZH.encode()[:-2], ZH.encode()[:-2].decode("utf-8", errors="replace")),
    "only-boilerplate.txt": ("免责声明：本站内容来自互联网。\n扫码关注公众号\n".encode(), "免责声明：本站内容来自互联网。\n扫码关注公众号\n"),
    "long-line.txt": ((ZH.strip() * 400).encode(), ZH.strip() * 400),
}


@pytest.fixture()
def inprocess(nlp, monkeypatch):
    """Run `zhkg` in this process with the session's pipeline (loading it per call would take seconds)."""
    import extractor.pipeline

    monkeypatch.setattr(extractor.pipeline, "load_pipeline", lambda *a, **k: nlp)
    return cli.main


def _stderr_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(KIT))
def test_bad_input_kit(tmp_path, inprocess, capsys, name):
    raw, expected = KIT[name]
    src = tmp_path / name
    src.write_bytes(raw)
    out = tmp_path / "out" / "graph.ttl"
    code = inprocess(["extract", str(src), "-o", str(out), "--quiet"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out
    if expected is None:
        lines = _stderr_lines(captured.err)
        assert code == 66, captured.err
        assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0], lines
        assert not out.exists() and not (out.parent.exists() and any(out.parent.iterdir()))
        return
    assert code == 0, captured.err
    assert _stderr_lines(captured.err) == []
    ttl = out.read_text(encoding="utf-8")
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.ttl"]  # no temporary file left
    if expected == "html":
        g = check_turtle(ttl)
        (ctx_text,) = [str(o) for o in g.objects(None, NIF.isString)]
        assert "<" not in ctx_text.replace("<script>", "") and "创始人" in ctx_text
    else:
        g = check_turtle(ttl, expected)
    if "瞿芳" in (expected or "") or expected == "html" and name != "broken.html":
        assert "瞿芳" in phrases(g)
    if name in ("traditional.txt", "big5.txt"):
        assert {"小紅書", "瞿芳"} <= set(phrases(g)), phrases(g)  # found through the t2s conversion


def test_missing_path_and_previous_output_intact(tmp_path, inprocess, capsys):
    out = tmp_path / "graph.ttl"
    out.write_text("previous", encoding="utf-8")
    code = inprocess(["extract", str(tmp_path / "nope.txt"), "-o", str(out)])
    err = _stderr_lines(capsys.readouterr().err)
    assert code == 66 and len(err) == 1 and "nope.txt" in err[0]
    assert out.read_text(encoding="utf-8") == "previous"
    (tmp_path / "bin.pdf").write_bytes(b"%PDF-1.4\n")
    code = inprocess(["extract", str(tmp_path / "bin.pdf"), "-o", str(out)])
    assert code == 66 and out.read_text(encoding="utf-8") == "previous"


def test_folder_with_good_and_bad_files(tmp_path, inprocess, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("doc.pdf.txt", "random.txt", "gbk.txt", "page.html", "traditional.txt"):
        (folder / name).write_bytes(KIT[name.replace("doc.pdf.txt", "doc.pdf")][0])
    out = tmp_path / "graph.ttl"
    code = inprocess(["extract", str(folder), "-o", str(out), "--quiet"])
    captured = capsys.readouterr()
    lines = _stderr_lines(captured.err)
    assert code == 1  # some documents skipped
    assert len(lines) == 2 and all(line.startswith("warning: skipped ") for line in lines)
    assert "Traceback" not in captured.err
    g = check_turtle(out.read_text(encoding="utf-8"), by_name={"gbk.txt": ZH, "traditional.txt": TRAD})
    assert len(set(g.subjects(RDF.type, NIF.Context))) == 3


# ------------------------------------------------------------------------------------------ real processes

def _zhkg() -> list[str]:
    exe = Path(sys.executable).with_name("zhkg")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "extractor.cli"]


def test_cli_subprocess_exit_codes_and_no_traceback(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n" + bytes(100))
    (tmp_path / "a.txt").write_bytes(ZH.encode("gbk"))
    out = tmp_path / "o.ttl"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    bad = subprocess.run(_zhkg() + ["extract", str(tmp_path / "a.pdf"), "-o", str(out)], capture_output=True,
                         text=True, env=env, timeout=300)
    assert bad.returncode == 66 and "Traceback" not in bad.stderr
    assert len(_stderr_lines(bad.stderr)) == 1 and not out.exists()
    usage = subprocess.run(_zhkg() + ["extract"], capture_output=True, text=True, env=env, timeout=300)
    assert usage.returncode == 2 and len(_stderr_lines(usage.stderr)) == 1
    good = subprocess.run(_zhkg() + ["extract", str(tmp_path / "a.txt"), "-o", str(out)], capture_output=True,
                          text=True, env=env, timeout=300)
    assert good.returncode == 0, good.stderr
    check_turtle(out.read_text(encoding="utf-8"), ZH)


def test_interrupted_run_leaves_no_partial_output(tmp_path):
    seed = (ROOT / "seeds").glob("*.txt")
    base = "".join(p.read_text(encoding="utf-8") for p in seed) or ZH * 200
    folder = tmp_path / "big"
    folder.mkdir()
    paras = [p for p in base.split("\n") if p.strip()]
    for i in range(8):  # ~7M distinct characters in all, each file under spaCy's default max_length
        rng = random.Random(i)
        body, n = [], 0
        while n < 900_000:
            para = f"第{i}-{n}段。" + rng.choice(paras)
            body.append(para)
            n += len(para) + 1
        (folder / f"part{i}.txt").write_text("\n".join(body), encoding="utf-8")
    out = tmp_path / "graph.ttl"
    out.write_text("previous", encoding="utf-8")
    proc = subprocess.Popen(_zhkg() + ["extract", str(folder), "-o", str(out), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(15)  # the pipeline loads in ~5 s; by now it is analysing (the whole run takes minutes)
    if proc.poll() is not None:  # say why it ended, so that a flake can be told from a failing run
        _, err = proc.communicate()
        pytest.fail(f"finished before it could be interrupted (exit {proc.returncode}): {err[-800:]}")
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        pytest.fail(f"still running 120 s after Ctrl-C; stderr: {err[-800:]}")
    assert proc.returncode == 130, err
    assert "Traceback" not in err and len(_stderr_lines(err)) == 1
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big", "graph.ttl"]


# ------------------------------------------------------------------------------------------------ fuzz harness

def test_fuzz_harness_runs_on_its_corpus_and_random_inputs():
    """The atheris harness (`make fuzz`) stays importable and its checks hold on the seed corpus and on a few
    hundred random inputs (the real fuzzing run is `make fuzz`)."""
    pytest.importorskip("atheris")
    import importlib.util

    spec = importlib.util.spec_from_file_location("fuzz_stages", ROOT / "fuzz" / "fuzz_stages.py")
    harness = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(harness)
    corpus = sorted((ROOT / "fuzz" / "corpus").iterdir())
    assert len(corpus) >= 5
    rng = random.Random(4)
    inputs = [p.read_bytes() for p in corpus] + [rng.randbytes(rng.randrange(1, 300)) for _ in range(300)]
    for data in inputs:
        harness.one_input(data)


def test_an_anchor_is_the_exact_slice_though_markup_inside_the_name_was_dropped(nlp):
    text = "瑄禾服饰将为瑞典快时尚品牌H&amp;M生产针织服装。"
    result = extract_documents([document_from_text(text)], nlp)
    assert "H&M" in [m.text for a in result.analyses for m in a.mentions]  # (the name reads without the markup)
    check_turtle(to_turtle(graph_to_rdf(result.graph)), text)  # (…and its anchor is what the offsets slice)

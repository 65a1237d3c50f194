"""Reading inputs: encodings, binary refusal, empty files, HTML, control characters, atomic writes."""
from __future__ import annotations

import gzip
import io
import os
import random
import time
import zipfile

import pytest

from extractor import io as zio
from extractor.errors import InputError, OutputError
from extractor.io import collect_inputs, decode, detect_encoding, document_from_bytes, html_to_text, read_document

ZH = "小红书创始人瞿芳说，公司的月活跃用户已经超过一亿。2019年，公司完成了新一轮融资。"
TRAD = "小紅書創始人瞿芳說，公司在臺灣與香港的用戶數量持續增長。「我們的使命是分享和發現世界的精彩。」"


@pytest.mark.parametrize("text,codec,skip", [
    (ZH, "utf-8", 0),
    (ZH, "gbk", 0),
    (ZH, "gb18030", 0),
    (ZH + "€😀", "gb18030", 0),  # four-byte GB18030 sequences
    (TRAD, "big5", 0),
    (ZH, "utf-16-le", 0),  # BOM-less, no ASCII at all: no NUL pattern to go by
    (ZH, "utf-16-be", 0),
    ("Hello, 小红书 world. ASCII heavy text for the NUL pattern.", "utf-16-le", 0),
    ("Hello, 小红书 world. ASCII heavy text for the NUL pattern.", "utf-16-be", 0),
])
def test_decodes_without_bom(text, codec, skip):
    assert decode(text.encode(codec)) == text


@pytest.mark.parametrize("text,codec", [
    (ZH, "utf-8-sig"), (ZH, "utf-16"), (ZH, "utf-32"), (TRAD, "utf-16"), ("", "utf-8-sig"), ("", "utf-16"),
])
def test_decodes_with_bom_and_drops_it(text, codec):
    assert decode(text.encode(codec)) == text


@pytest.mark.parametrize("short", ["小红书", "中文", "红", "你好世界", "曲芳说", "是的。", "abc小红书", "融资1亿元"])
def test_short_gbk_is_not_misdetected(short):
    assert decode(short.encode("gbk")) == short


@pytest.mark.parametrize("short", ["小紅書創始人", "臺灣與香港的用戶", "我們的使命"])
def test_short_big5(short):
    assert decode(short.encode("big5")) == short


def test_truncated_utf16_without_bom():
    raw = ("Hello 小红书, ASCII heavy text. " * 3).encode("utf-16-le")[:-1]
    assert decode(raw).startswith("Hello 小红书, ASCII heavy text. Hello")


def test_mostly_utf8_with_bad_bytes_stays_utf8():
    raw = ZH.encode() + b"\xed\xa0\x80" + ZH.encode() + "尾".encode()[:-1]
    text = decode(raw)
    assert text.startswith(ZH) and ZH in text[len(ZH):] and "\ufffd" in text


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("a.txt", ZH)
    return buf.getvalue()


BINARIES = {
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
    "zip": _zip_bytes(),
    "gzip": gzip.compress(ZH.encode()),
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
    "elf": b"\x7fELF\x02\x01\x01" + bytes(40),
    "random": random.Random(7).randbytes(4096),
    "nuls": bytes(1000),
    "controls": bytes(range(1, 9)) * 200,
    "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(50),
}


@pytest.mark.parametrize("kind", sorted(BINARIES))
def test_binary_refused_with_one_line_reason(kind):
    with pytest.raises(InputError) as err:
        decode(BINARIES[kind], f"x.{kind}")
    msg = str(err.value)
    assert msg.startswith(f"x.{kind}: ") and "\n" not in msg
    assert "not text" in msg or "encoding" in msg


def test_text_with_nul_and_controls_survives():
    text = "小红书\x00创始人\x01瞿芳\x07说\x1b[0m。\r\n第二行\x0c"
    assert decode(text.encode()) == text


def test_astral_and_combining_counted_in_code_points():
    text = "😀小红书𠀀e\u0301"
    doc = document_from_bytes(text.encode())
    assert doc.text == text and len(doc.text) == 7


@pytest.mark.parametrize("raw", [b"", b"   ", b"\n\n\t \r\n", "\u3000\u3000".encode()])
def test_empty_and_whitespace_only(raw):
    doc = document_from_bytes(raw, "e.txt")
    assert doc.text.strip() in ("", "\u3000\u3000".strip()) and doc.media_type == "text/plain"


HTML = """<!DOCTYPE html><html><head><title>标题</title><script>var a = "<p>脚本</p>";</script>
<style>p { color: red }</style></head><body>
<nav>首页 &gt; 科技</nav><div class="breadcrumb">当前位置：首页</div>
<h1>小红书的故事</h1><p>创始人&nbsp;瞿芳&amp;毛文超<br>在上海创立了&#x5C0F;&#32418;书。</p>
<ul><li>第一条</li><li>第二条</li></ul>
<div class="share-box">分享到微信</div>
<p>月活&lt;过亿&gt; &quot;引号&quot;</p><!-- 注释 -->
<footer>Copyright 2020</footer></body></html>"""


def test_html_stripped_with_line_breaks_and_entities():
    doc = document_from_bytes(HTML.encode(), "page.html", html=True)
    assert doc.media_type == "text/html" and not doc.is_source_text
    lines = doc.text.split("\n")
    assert "小红书的故事" in lines
    assert "创始人 瞿芳&毛文超" in lines and "在上海创立了小红书。" in lines
    assert "第一条" in lines and "第二条" in lines
    assert '月活<过亿> "引号"' in lines
    for gone in ("脚本", "color", "首页", "分享到", "Copyright", "注释", "标题", "当前位置"):
        assert gone not in doc.text


def test_html_text_holds_nothing_rdf_cannot_write():
    text = html_to_text("<p>小红书\x00创始人&#xFFFF;瞿芳\ud800</p>")
    assert text == "小红书\ufffd创始人瞿芳\ufffd"  # html.unescape drops &#xFFFF;


def test_html_sniffed_in_txt_and_not_in_plain_text():
    assert document_from_bytes(HTML.encode(), "page.txt").media_type == "text/html"
    plain = "我们讨论 <p> 标签和 &amp; 实体。"
    doc = document_from_bytes(plain.encode(), "plain.txt")
    assert doc.text == plain and doc.is_source_text


def test_broken_html_keeps_the_article():
    # an unclosed "comments" container would swallow everything after it: the article must survive
    markup = "<html><body><div class='comments'><p>评论</p><div><p>" + "正文内容很长。" * 50 + "</p></body>"
    text = html_to_text(markup)
    assert "正文内容很长。" in text


def test_html_gbk_page(tmp_path):
    path = tmp_path / "gbk.html"
    path.write_bytes(HTML.encode("gb18030"))
    doc = read_document(path)
    assert "在上海创立了小红书。" in doc.text and doc.media_type == "text/html"


def test_read_document_errors_are_one_line(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_document(tmp_path)
    with pytest.raises(InputError, match="no such file or directory"):
        collect_inputs([str(tmp_path / "nope")])


def test_collect_inputs_sorted_and_filtered(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "d.pdf", "e.bin"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in collect_inputs([str(tmp_path)])] == ["a.md", "b.txt", "c.html"]


def test_ten_megabyte_single_line_decodes_quickly():
    raw = (ZH.replace("\n", "") * (10_000_000 // len(ZH.encode()) + 1)).encode()[:10_000_000]
    t0 = time.perf_counter()
    text = decode(raw)
    assert time.perf_counter() - t0 < 5
    assert len(text) > 3_000_000
    gbk = (ZH * 200_000).encode("gbk")
    t0 = time.perf_counter()
    assert decode(gbk).startswith(ZH)
    assert time.perf_counter() - t0 < 5


def test_write_atomic_replaces_and_cleans_up(tmp_path):
    out = tmp_path / "sub" / "out.ttl"
    zio.write_atomic(out, "一")
    zio.write_atomic(out, "二")
    assert out.read_text(encoding="utf-8") == "二"
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.ttl"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_write_atomic_output_mode_is_not_private(tmp_path):
    mask = os.umask(0o022)
    try:
        zio.write_atomic(tmp_path / "new.ttl", "x")
        assert (tmp_path / "new.ttl").stat().st_mode & 0o777 == 0o644
        (tmp_path / "old.ttl").write_text("x")
        (tmp_path / "old.ttl").chmod(0o640)
        zio.write_atomic(tmp_path / "old.ttl", "y")
        assert (tmp_path / "old.ttl").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(mask)


def test_write_atomic_interrupted_keeps_previous(tmp_path, monkeypatch):
    out = tmp_path / "out.ttl"
    out.write_text("previous", encoding="utf-8")

    def boom(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(zio.os, "fsync", boom)
    with pytest.raises(KeyboardInterrupt):
        zio.write_atomic(out, "new content " * 1000)
    assert out.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.ttl"]


def test_write_atomic_unwritable_is_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        zio.write_atomic(blocker / "out.ttl", "x")


def test_detect_encoding_reports_bom_length():
    assert detect_encoding("a".encode("utf-8-sig")) == ("utf-8", 3)
    assert detect_encoding("a".encode("utf-32")) == ("utf-32-le", 4)
    assert detect_encoding(b"\xfe\xff\x00a") == ("utf-16-be", 2)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ZH)
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="cannot read"):
            read_document(path)
    finally:
        path.chmod(0o644)

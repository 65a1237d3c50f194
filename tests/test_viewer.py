"""The offline HTML viewer: self-contained, loads in headless Chromium with the network refused, one node per
entity, search finds 小仙炖 by its alias 小鲜炖, and the screenshot draws Chinese labels."""
from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from extractor.cli import main
from extractor.export import read_rdf, to_networkx
from extractor.viewer import build_html, viewer_data

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "data" / "using_graph_fixture.ttl"
CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (CI installs it)")


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("viewer") / "graph.html"
    assert main(["export", str(FIXTURE), "--to", "html", "-o", str(out)]) == 0
    return out


def embedded(text: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


def test_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert not re.search(r"@import|\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\bimport\(", text)
    assert "<script src" not in text and "<link" not in text
    assert "default-src 'none'" in text  # the page may not load anything, even by accident


def test_one_node_per_entity_and_figures_in_the_panel(page):
    data = embedded(page.read_text(encoding="utf-8"))
    assert sorted(n["id"] for n in data["nodes"]) == sorted(
        ["e:yatsen", "e:huang-jinfeng", "e:perfect-diary", "e:tmall", "e:xiaoxiandun", "e:douyin"])
    xxd = next(n for n in data["nodes"] if n["id"] == "e:xiaoxiandun")
    assert xxd["aliases"] == ["小鲜炖"] and xxd["type"] == "Brand"
    assert [f["evidence"] for f in xxd["figures"]] == [["月销售额约1亿至2亿元"]]
    assert len(data["edges"]) == 6


def test_hostile_labels_cannot_break_out():
    G = to_networkx(read_rdf([str(FIXTURE)]))
    G.nodes["e:tmall"]["label"] = "</script><script>alert(1)</script>"
    text = build_html(G, title="<b>t</b>")
    assert text.count("</script>") == 2 and "<b>t</b>" not in text
    assert embedded(text)["nodes"][[n["id"] for n in viewer_data(G)["nodes"]].index("e:tmall")]["label"] == \
        "</script><script>alert(1)</script>"


def chromium(tmp_path, url: str, *extra: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
            f"--user-data-dir={profile}",
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",  # any network request fails
            "--window-size=1200,800", "--virtual-time-budget=5000", *extra, url]
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=90)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _dom(tmp_path, page, fragment: str) -> str:
    r = chromium(tmp_path, page.as_uri() + fragment, "--dump-dom")
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


@needs_chromium
def test_loads_offline_and_draws_every_entity(tmp_path, page):
    dom = _dom(tmp_path, page, "")
    body = re.search(r"<body([^>]*)>", dom).group(1)
    attrs = dict(re.findall(r'data-([a-z]+)="([^"]*)"', body))
    assert attrs["ready"] == "1"
    assert attrs["nodes"] == "6" and attrs["edges"] == "6"
    assert attrs["resources"] == "0"  # the page fetched nothing
    drawn = re.findall(r'<g class="node[^"]*" data-id="([^"]+)"', dom)
    assert sorted(drawn) == sorted(n["id"] for n in embedded(page.read_text(encoding="utf-8"))["nodes"])
    assert "逸仙电商" in dom and "6 entities · 6 relations · 2 figures" in dom


@needs_chromium
def test_search_finds_xiaoxiandun_by_alias(tmp_path, page):
    dom = _dom(tmp_path, page, "#q=" + "小鲜炖")
    results = re.search(r'<ul id="results">(.*?)</ul>', dom, re.S).group(1)
    hits = re.findall(r'<li data-id="([^"]+)"', results)
    assert hits == ["e:xiaoxiandun"]
    assert "小仙炖" in results and "← 小鲜炖" in results
    details = html.unescape(re.search(r'<section id="details"(.*?)</section>', dom, re.S).group(1))
    assert 'data-selected="e:xiaoxiandun"' in details
    assert "月销售额约1亿至2亿元" in details and "小仙炖（又名小鲜炖）在抖音直播" in details  # figure + evidence
    assert re.findall(r'class="node match[^"]*" data-id="([^"]+)"', dom) == ["e:xiaoxiandun"]


@needs_chromium
def test_search_without_match(tmp_path, page):
    dom = _dom(tmp_path, page, "#q=" + "不存在的品牌")
    assert "no match" in dom and "node match" not in dom


def _png_distinct_colours(path: Path, sample: int = 4000) -> int:
    """Count distinct pixel colours in an 8-bit RGB(A) PNG (stdlib only): a blank page has one or two."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, w, h, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and ctype in (2, 6)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + n
    bpp = 3 if ctype == 2 else 4
    raw, stride, prev, colours = zlib.decompress(idat), w * bpp, bytearray(w * bpp), set()
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if y % max(1, h // 60) == 0:
            colours.update(bytes(line[i:i + 3]) for i in range(0, stride, bpp * 3))
    return len(colours)


@needs_chromium
def test_screenshot_draws_the_graph(tmp_path, page):
    shot = tmp_path / "shot.png"
    r = chromium(tmp_path, page.as_uri() + "#select=e:xiaoxiandun", f"--screenshot={shot}")
    assert r.returncode == 0 and shot.exists(), r.stderr[-2000:]
    assert _png_distinct_colours(shot) > 20  # coloured nodes, edges and anti-aliased text, not a blank page
    cjk = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
    if not cjk.strip():
        pytest.skip("no CJK font (fonts-noto-cjk): Chinese labels would draw as boxes")


@needs_chromium
def test_the_request_counter_sees_a_leak(tmp_path, page):
    """The `data-resources` check above can fail: a page that loads an image is caught."""
    leaky = tmp_path / "leaky.html"
    text = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page.read_text(encoding="utf-8"))
    leaky.write_text(text.replace("</header>", '<img src="https://example.com/x.png"></header>'), encoding="utf-8")
    r = chromium(tmp_path, leaky.as_uri(), "--dump-dom")
    assert re.search(r'<body[^>]*data-resources="([1-9]\d*)"', r.stdout)

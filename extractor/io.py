"""Reading inputs: bytes → decoded `Document`; writing outputs atomically."""
from __future__ import annotations

import hashlib

import os
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError, OutputError
from .records import Document

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


def doc_id_for(raw: bytes) -> str:
    return "doc-" + hashlib.sha256(raw).hexdigest()[:12]


def decode(raw: bytes, name: str = "<input>") -> str:
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise InputError(f"{name}: not text ({what})")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030", "big5"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode as UTF-8, UTF-16, GB18030 or Big5")


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "head", "template"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def read_document(path: str | os.PathLike) -> Document:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from None
    text = decode(raw, str(p))
    is_html = p.suffix.lower() in (".html", ".htm") or bool(re.match(r"\s*<(!doctype html|html)", text[:200], re.I))
    if is_html:
        return Document(doc_id_for(raw), str(p), html_to_text(text), hashlib.sha256(raw).hexdigest(),
                        media_type="text/html", is_source_text=False)
    return Document(doc_id_for(raw), str(p), text, hashlib.sha256(raw).hexdigest())


def document_from_text(text: str, source: str = "<text>") -> Document:
    raw = text.encode("utf-8", errors="surrogatepass")
    return Document(doc_id_for(raw), source, text, hashlib.sha256(raw).hexdigest())


def collect_inputs(paths: list[str]) -> list[Path]:
    """Expand folders into their text files (sorted, so runs are deterministic)."""
    found: list[Path] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES))
        elif p.exists():
            found.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return found


def write_atomic(path: str | os.PathLike, data: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see a partial file."""
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:
        raise OutputError(f"{p}: cannot write ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


__all__ = ["read_document", "document_from_text", "collect_inputs", "write_atomic", "decode", "html_to_text"]

"""Reading inputs: bytes → decoded `Document`; writing outputs atomically.

Decoding: BOMs first (UTF-8, UTF-32, UTF-16), then BOM-less UTF-16 (NUL pattern), strict UTF-8, and for the
rest the legacy Chinese encodings (GB18030 ⊃ GBK ⊃ GB2312, Big5) chosen by how much of the decoded text is
common Chinese characters and plain ASCII; charset-normalizer only as a last resort. Binary files are refused
by magic number or by their share of control bytes. Offsets everywhere are code points of the decoded text:
NUL and other control characters survive decoding (cleaning maps them to spaces for the NLP, 1:1)."""
from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from .errors import InputError, OutputError
from .records import Document

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")

# (offset, magic, what). Ambiguous short magics (MZ, BM) are only trusted together with a NUL byte.
_BINARY_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF", "a PDF file"),
    (0, b"\x89PNG", "a PNG image"),
    (0, b"PK\x03\x04", "a zip archive"),
    (0, b"PK\x05\x06", "a zip archive"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"\x7fELF", "an executable"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"BZh", "a bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office (OLE) document"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"II*\x00", "a TIFF image"),
    (0, b"MM\x00*", "a TIFF image"),
    (0, b"OggS", "an Ogg media file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"wOFF", "a WOFF font"),
    (0, b"wOF2", "a WOFF2 font"),
    (0, b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (4, b"ftyp", "an MP4/MOV media file"),
    (8, b"WEBP", "a WebP image"),
    (8, b"WAVE", "a WAV audio file"),
    (8, b"AVI ", "an AVI video"),
    (257, b"ustar", "a tar archive"),
)
_WEAK_MAGIC = ((b"MZ", "a Windows executable"), (b"BM", "a BMP image"), (b"RIFF", "a RIFF media file"))

_SAMPLE = 1 << 16  # bytes looked at for detection
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 controls that never appear in text files (tab, LF, VT, FF, CR and ESC excluded).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def doc_id_for(raw: bytes) -> str:
    return "doc-" + hashlib.sha256(raw).hexdigest()[:12]


def _binary_kind(raw: bytes) -> str | None:
    for offset, magic, what in _BINARY_MAGIC:
        if raw[offset:offset + len(magic)] == magic:
            return what
    head = raw[:512]
    if b"\x00" in head:
        for magic, what in _WEAK_MAGIC:
            if raw.startswith(magic):
                return what
    return None


@lru_cache(maxsize=1)
def _common_hanzi() -> frozenset[str]:
    """The 3,755 level-1 (most common) GB2312 characters, plus their traditional forms."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    try:
        import opencc

        s2t = opencc.OpenCC("s2t")
        chars |= {c for c in s2t.convert("".join(sorted(chars))) if len(c) == 1}
    except Exception:  # opencc missing or broken: simplified forms only
        pass
    return frozenset(chars)


_PLAIN = frozenset(chr(c) for c in range(32, 127)) | frozenset("\t\n\r\u3000")
_CJK_PUNCT = re.compile(r"[\u3001-\u303f\uff01-\uff5e\u2010-\u2027\u2030-\u205e\u00b7]")


def _plausibility(text: str) -> float:
    """Share of characters a Chinese text is made of: common hanzi, ASCII, CJK punctuation."""
    if not text:
        return 0.0
    common = _common_hanzi()
    good = sum(1 for ch in text if ch in _PLAIN or ch in common)
    good += len(_CJK_PUNCT.findall(text))
    return good / len(text)


def _utf16_by_nuls(sample: bytes) -> str | None:
    """BOM-less UTF-16 with some ASCII: NULs pile up in one byte column."""
    n = len(sample) // 2
    if n < 2:
        return None
    even, odd = sample[0:2 * n:2].count(0), sample[1:2 * n:2].count(0)
    if odd >= 0.2 * n and even <= 0.02 * n:
        return "utf-16-le"
    if even >= 0.2 * n and odd <= 0.02 * n:
        return "utf-16-be"
    return None


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def detect_encoding(raw: bytes, name: str = "<input>") -> tuple[str, int]:
    """(codec, bytes to skip) for `raw`; InputError for binary or undecodable data."""
    what = _binary_kind(raw)
    if what:
        raise InputError(f"{name}: not text ({what})")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec, len(bom)
    sample = raw[:_SAMPLE]
    codec = _utf16_by_nuls(sample)
    if codec:  # (a truncated file may end in half a code unit: decoding replaces it)
        if _plausibility(sample.decode(codec, errors="replace")[:_SAMPLE // 2]) >= 0.6:
            return codec, 0
    try:
        raw.decode("utf-8")
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    if utf8:
        if _control_ratio(sample) > 0.3:
            raise InputError(f"{name}: not text (binary data: {_control_ratio(sample):.0%} control bytes)")
        return "utf-8", 0
    # Legacy encodings: score each decoding of the sample; ties go to GB18030 (the usual mainland case).
    cut = sample
    candidates = []
    for codec in ("gb18030", "big5", "utf-16-le", "utf-16-be"):
        if codec.startswith("utf-16") and len(raw) % 2:
            continue
        text = cut.decode(codec, errors="replace")
        # a truncated sample may end mid-character: ignore one replacement at the very end
        bad_tail = 1 if text.endswith("\ufffd") and len(cut) < len(raw) else 0
        score = _plausibility(text[:len(text) - bad_tail])
        candidates.append((score, -len(candidates), codec))
    score, _, codec = max(candidates)
    if score >= 0.75:
        return codec, 0
    # UTF-8 with a few bad bytes (a truncated or spliced file): keep UTF-8, bad bytes become U+FFFD
    lenient = sample.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(4, len(lenient) // 50) and _plausibility(lenient) >= 0.75:
        return "utf-8", 0
    if sample.count(0) > max(2, len(sample) // 100) or _control_ratio(sample) > 0.1:
        raise InputError(f"{name}: not text (binary data)")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:_SAMPLE]).best()
    except Exception:  # pragma: no cover - library failure
        best = None
    if best is not None and best.encoding and not best.encoding.startswith(("utf_16", "utf_32")) \
            and _control_ratio(sample) == 0:
        return best.encoding, 0
    raise InputError(f"{name}: cannot determine the text encoding (not UTF-8, UTF-16, GB18030 or Big5)")


def decode(raw: bytes, name: str = "<input>") -> str:
    codec, skip = detect_encoding(raw, name)
    try:
        return raw[skip:].decode(codec, errors="replace")
    except LookupError:  # pragma: no cover - codec name from charset-normalizer unknown to Python
        raise InputError(f"{name}: unsupported encoding {codec}") from None


# ----------------------------------------------------------------------------------------------------------- HTML

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
         "wbr"}
_SKIP = {"script", "style", "noscript", "head", "template", "svg", "math", "iframe", "object", "canvas",
         "select", "button", "nav", "footer", "aside", "form", "textarea"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
          "table", "section", "article", "title", "header", "main", "blockquote", "pre", "figure", "figcaption",
          "hr", "address", "td", "th", "caption", "details", "summary", "center"}
# class/id words that mark page furniture rather than the article
_FURNITURE = re.compile(r"(?:^|[\s_-])(comments?|comment-list|related|recommend\w*|share|sharing|breadcrumbs?|"
                        r"crumbs?|sidebar|advert\w*|ads?|banner|footer|navbar|nav|menu|copyright|disclaimer|"
                        r"toolbar|social)(?:$|[\s_-])", re.I)


class _TextExtractor(HTMLParser):
    """Text of an HTML page: block elements become line breaks, entities are decoded, scripts/styles/navigation
    are skipped. Text inside elements whose class/id names page furniture is kept aside, so it can be restored
    when the markup is so broken that the "furniture" would swallow the article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[tuple[str, bool]] = []  # (text, inside furniture)
        self._skip: list[str] = []  # open skipped elements (tag names)
        self._furniture: list[list] = []  # [tag, depth] of open furniture elements

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if tag in ("br", "hr") and not self._skip:
                self.parts.append(("\n", bool(self._furniture)))
            return
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.append(tag)
            return
        if tag in _SKIP:
            self._skip.append(tag)
            return
        for f in self._furniture:
            if f[0] == tag:
                f[1] += 1
        names = " ".join(v for k, v in attrs if k in ("class", "id") and v)
        if names and _FURNITURE.search(names):
            self._furniture.append([tag, 1])
        if tag in _BLOCK:
            self.parts.append(("\n", bool(self._furniture)))

    def handle_startendtag(self, tag, attrs):
        if tag in ("br", "hr") and not self._skip:
            self.parts.append(("\n", bool(self._furniture)))

    def handle_endtag(self, tag):
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag in _BLOCK:
            self.parts.append(("\n", bool(self._furniture)))
        for f in self._furniture:
            if f[0] == tag:
                f[1] -= 1
        while self._furniture and self._furniture[-1][1] <= 0:
            self._furniture.pop()

    def handle_data(self, data):
        if not self._skip:
            self.parts.append((data, bool(self._furniture)))


_UNWRITABLE = re.compile("[\x00\ud800-\udfff\ufffe\uffff]")
_WS_RUN = re.compile(r"[ \t\r\f\v\u00a0]+")


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # HTMLParser is lenient; anything it still chokes on falls back to what it has
        pass
    kept = sum(len(t) for t, f in parser.parts if not f and t.strip())
    furniture = sum(len(t) for t, f in parser.parts if f and t.strip())
    keep_all = furniture > 2 * kept  # broken markup: the furniture swallowed the page
    text = "".join(t for t, f in parser.parts if keep_all or not f)
    # HTML whitespace is not significant: collapse runs within lines, trim lines, at most one blank line
    lines = (_WS_RUN.sub(" ", line).strip() for line in text.split("\n"))
    text = "\n".join(lines)
    # the extracted text travels as nif:isString: nothing an RDF literal cannot hold (1:1, offsets unaffected)
    text = _UNWRITABLE.sub("\ufffd", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


_HTML_SNIFF = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.I | re.S)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:2000]))


def read_document(path: str | os.PathLike) -> Document:
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return document_from_bytes(raw, str(p), True if p.suffix.lower() in (".html", ".htm") else None)


def document_from_bytes(raw: bytes, source: str = "<bytes>", html: bool | None = None) -> Document:
    text = decode(raw, source)
    digest = hashlib.sha256(raw).hexdigest()
    if html or (html is None and looks_like_html(text)):
        return Document("doc-" + digest[:12], source, html_to_text(text), digest, media_type="text/html",
                        is_source_text=False)
    return Document("doc-" + digest[:12], source, text, digest)


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
        # mkstemp creates the file 0600: give the output the mode a plain open() would (or the old file's)
        try:
            mode = stat.S_IMODE(p.stat().st_mode)
        except OSError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise OutputError(f"{p}: cannot write ({exc.strerror or exc})") from None
        raise


__all__ = ["read_document", "document_from_text", "document_from_bytes", "collect_inputs", "write_atomic",
           "decode", "detect_encoding", "html_to_text", "looks_like_html"]

"""The pkuseg segmentation model: fetched once at install time from the package registry (the `pkuseg` 0.0.25
source archive ships its "mixed" model), verified by hash, unpacked into `extractor/models/pkuseg/`.
Nothing is looked up in `~/.pkuseg` or fetched at run time."""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

SDIST = "pkuseg-0.0.25.tar.gz"
SDIST_SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
MEMBER_DIR = "pkuseg-0.0.25/pkuseg/models/default/"
INDEX = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
MODEL_DIR = Path(__file__).parent / "models" / "pkuseg"


def model_path() -> Path | None:
    """Where the model is, or None. `ZHKG_PKUSEG_MODEL` points elsewhere (e.g. a shared copy)."""
    env = os.environ.get("ZHKG_PKUSEG_MODEL")
    for cand in ([Path(env)] if env else []) + [MODEL_DIR]:
        if (cand / "weights.npz").exists() and ((cand / "features.msgpack").exists() or (cand / "features.pkl").exists()):
            return cand
    return None


def load_segmenter(model_dir: Path):
    import contextlib

    import spacy_pkuseg

    # spacy_pkuseg prints a warning to stdout when it falls back to the pickle; keep stdout clean for pipes.
    with contextlib.redirect_stdout(sys.stderr):
        return spacy_pkuseg.pkuseg(model_name=str(model_dir))


def _sdist_url() -> str:
    req = urllib.request.Request(f"{INDEX}/pkuseg/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        listing = json.load(resp)
    for f in listing["files"]:
        if f["filename"] == SDIST:
            return f["url"]
    raise RuntimeError(f"{SDIST} not listed by {INDEX}")


def fetch(dest: Path = MODEL_DIR, archive: Path | None = None) -> Path:
    if archive is None:
        with urllib.request.urlopen(_sdist_url(), timeout=300) as resp:
            data = resp.read()
    else:
        data = Path(archive).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SDIST_SHA256:
        raise RuntimeError(f"{SDIST}: sha256 {digest} does not match the pinned {SDIST_SHA256}")
    tmp = Path(tempfile.mkdtemp(prefix=".pkuseg-", dir=dest.parent))
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.startswith(MEMBER_DIR):
                    name = member.name[len(MEMBER_DIR):]
                    if name in ("features.pkl", "weights.npz"):
                        with tar.extractfile(member) as src, open(tmp / name, "wb") as out:
                            shutil.copyfileobj(src, out)
        if dest.exists():
            shutil.rmtree(dest)
        tmp.rename(dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return dest


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if model_path() is not None and "--force" not in argv:
        print(f"pkuseg model present: {model_path()}")
        return 0
    archive = next((a for a in argv if a.endswith(".tar.gz")), None)
    try:
        path = fetch(archive=Path(archive) if archive else None)
    except Exception as exc:  # one line for the installer's log
        print(f"error: could not fetch the pkuseg model: {exc}", file=sys.stderr)
        return 1
    print(f"pkuseg model installed: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

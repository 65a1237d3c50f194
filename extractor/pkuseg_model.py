"""The pkuseg segmentation model: fetched once at install time from the package registry (the `pkuseg` 0.0.25
source archive ships its "mixed" model), verified by hash, compacted, and written into `extractor/models/pkuseg/`.
Nothing is looked up in `~/.pkuseg` or fetched at run time.

Compaction (measured on UD Chinese dev, 500 sentences; medians of 3 runs on a loaded 2-core machine):

    variant                         UD v1 dev F1  GSDSimp dev F1  load s  disk MB  RSS MB  chars/s
    archive as is (pkl, f64)              0.8045          0.8069     4.5      183     824   31,000
    msgpack, nothing pruned               0.8045          0.8069     6.1       93     868   27,500
    msgpack, spread <= 0.05 pruned        0.8042          0.8067     1.9       35     370   37,000
    (jieba, for scale)                    0.7935          0.7930     1.4        -     104  155,000

- `features.pkl` becomes `features.msgpack`, the format spacy_pkuseg loads first (no fallback warning, and the
  format spaCy's own tokenizer serialisation writes). On its own it is not faster: the cost is building the
  2.6M-entry feature dict, whatever the file format.
- Features whose node weights are the same for every tag, to within PRUNE_SPREAD (max - min over the 5 tags),
  are dropped: adding one constant to every tag's score at a position never changes the Viterbi path, so a
  feature only matters through its spread. At 0.05 this keeps 1.11M of 2.64M features; the compact model
  agrees with the full one on 0.9999 of the words of 4,000 MSRA NER sentences (news text, the SIGHAN domain).
  Larger thresholds cost more (agreement 0.9994 at 0.1, 0.9978 at 0.2, 0.986 at 0.5) for little more gain.
- The character-bigram list (1.1M strings) is only read when training, never when segmenting; it is dropped
  from a pruned model. `--prune 0` keeps everything (use that copy as `init_model` for continued training).
- Weights stay float64 but are stored compressed (np.savez_compressed; np.load reads it transparently):
  spacy_pkuseg's Viterbi code is typed `double` ("Buffer dtype mismatch, expected 'double' but got 'float'"
  at the first cut from a float32 file), and float32 would not save memory anyway (it has to be up-cast).
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import pickle
import shutil
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

SDIST = "pkuseg-0.0.25.tar.gz"
SDIST_SHA256 = "dd012bf93689721c9574bc2b2ba98fb4ac22790cec0af354a78e217828b81e91"
MEMBER_DIR = "pkuseg-0.0.25/pkuseg/models/default/"
# The two members of the archive (also checked when an older install's files are converted in place).
MEMBER_SHA256 = {
    "features.pkl": "265dcf5534a11d6429776f7e7450a9eef8e075b1a4bedb82ef996994d9c721ac",
    "weights.npz": "95d1632a1fed45993b5006d8ba85939cb110fae71313987673582d24669811dd",
}
INDEX = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
MODEL_DIR = Path(__file__).parent / "models" / "pkuseg"
MANIFEST = "zhkg-model.json"
FORMAT = 1
PRUNE_SPREAD = 0.05
# Checked on every install before the new folder replaces the old one (the full mixed model's own output).
SMOKE_TEXT = "阿里巴巴集团董事局主席马云昨天在杭州宣布了新的计划。"
SMOKE_WORDS = ["阿里巴巴", "集团", "董事局", "主席", "马云", "昨天", "在", "杭州", "宣布", "了", "新", "的", "计划", "。"]


def model_path() -> Path | None:
    """Where the model is, or None. `ZHKG_PKUSEG_MODEL` points elsewhere (e.g. a shared copy)."""
    env = os.environ.get("ZHKG_PKUSEG_MODEL")
    for cand in ([Path(env)] if env else []) + [MODEL_DIR]:
        if (cand / "weights.npz").exists() and ((cand / "features.msgpack").exists() or (cand / "features.pkl").exists()):
            return cand
    return None


def load_segmenter(model_dir: Path, fast: bool = True):
    """A `spacy_pkuseg.pkuseg` for the model folder (any spacy_pkuseg-loadable folder works). `fast` swaps in
    `pkuseg_features` for its feature extraction (same words, about twice as fast)."""
    import numpy as np
    import spacy_pkuseg

    model_dir = Path(model_dir)
    if not (model_dir / "weights.npz").exists():
        # a bare name such as "mixed" would make spacy_pkuseg download into ~/.pkuseg: never at run time
        raise FileNotFoundError(f"no pkuseg model in {model_dir}: run `make install` (python -m extractor.pkuseg_model)")
    # spacy_pkuseg prints a warning to stdout when it falls back to the pickle; keep stdout clean for pipes.
    with contextlib.redirect_stdout(sys.stderr):
        seg = spacy_pkuseg.pkuseg(model_name=str(model_dir.resolve()))
    if seg.model.w.dtype != np.float64:  # a float32 copy made elsewhere: the Viterbi code needs doubles
        seg.model.w = seg.model.w.astype(np.float64)
    if fast:
        from .pkuseg_features import use_fast_features

        use_fast_features(seg)
    return seg


def _sdist_url() -> str:
    req = urllib.request.Request(f"{INDEX}/pkuseg/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        listing = json.load(resp)
    for f in listing["files"]:
        if f["filename"] == SDIST:
            return f["url"]
    raise RuntimeError(f"{SDIST} not listed by {INDEX}")


def _check(name: str, data: bytes, expected: str) -> None:
    digest = hashlib.sha256(data).hexdigest()
    if digest != expected:
        raise RuntimeError(f"{name}: sha256 {digest} does not match the pinned {expected}; refusing to install it")


def _members(data: bytes) -> dict[str, bytes]:
    out = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for name in MEMBER_SHA256:
            member = tar.getmember(MEMBER_DIR + name)
            with tar.extractfile(member) as src:
                out[name] = src.read()
    return out


def compact(features: dict, sizes, w, prune: float = PRUNE_SPREAD):
    """(features dict, sizes, weights) of the model without the features whose tag weights spread <= prune.

    `features` is spacy_pkuseg's dict (unigram, bigram, feature_to_idx, tag_to_idx); `w` holds n_feature *
    n_tag node weights (feature-major) followed by n_tag * n_tag transition weights. Feature 0 (the bias that
    fires everywhere) and all transitions are always kept. prune <= 0 keeps everything."""
    import numpy as np

    n_tag, n_feature = int(sizes[0]), int(sizes[1])
    w = np.asarray(w, dtype=np.float64)
    if w.shape != (n_tag * (n_feature + n_tag),):
        raise ValueError(f"weights of shape {w.shape} for {n_feature} features x {n_tag} tags")
    node = w[: n_tag * n_feature].reshape(n_feature, n_tag)
    keep = (node.max(axis=1) - node.min(axis=1)) > prune if prune > 0 else np.ones(n_feature, dtype=bool)
    keep[0] = True
    kept = np.flatnonzero(keep)
    new_idx = np.full(n_feature, -1, dtype=np.int64)
    new_idx[kept] = np.arange(len(kept))
    f2i = {feat: int(new_idx[i]) for feat, i in features["feature_to_idx"].items() if keep[i]}
    if len(f2i) != len(kept):
        raise ValueError("feature_to_idx does not map one feature to each weight row")
    out = {
        "unigram": sorted(features["unigram"]),  # read at run time: word features depend on membership
        "bigram": sorted(features["bigram"]) if prune <= 0 else [],  # read only when training
        "feature_to_idx": f2i,
        "tag_to_idx": dict(features["tag_to_idx"]),
    }
    new_w = np.concatenate([node[kept].reshape(-1), w[n_tag * n_feature:]])
    return out, np.array([n_tag, len(kept)]), new_w


def _write(members: dict[str, bytes], dest: Path, prune: float, source: str) -> Path:
    """Compact the verified members into a fresh folder beside `dest`, check that it segments, then swap it in."""
    import numpy as np
    import srsly

    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".pkuseg-new-", dir=dest.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes it private; the installed model is read by everyone
    old = None
    try:
        features = pickle.loads(members["features.pkl"])  # hash-verified content of the pinned archive
        with np.load(io.BytesIO(members["weights.npz"])) as npz:
            sizes, w = npz["sizes"], npz["w"]
        feats, new_sizes, new_w = compact(features, sizes, w, prune)
        del features
        srsly.write_msgpack(tmp / "features.msgpack", feats)
        np.savez_compressed(tmp / "weights.npz", sizes=new_sizes, w=new_w)
        manifest = {
            "format": FORMAT, "source": source, "source_sha256": SDIST_SHA256, "prune_spread": prune,
            "n_feature": int(new_sizes[1]), "n_feature_source": int(sizes[1]), "n_tag": int(new_sizes[0]),
        }
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        words = load_segmenter(tmp).cut(SMOKE_TEXT)
        if words != SMOKE_WORDS:
            raise RuntimeError(f"the compacted model segments {SMOKE_TEXT} as {words}, not as {SMOKE_WORDS}")
        if dest.exists():
            old = Path(tempfile.mkdtemp(prefix=".pkuseg-old-", dir=dest.parent))
            dest.rename(old / "pkuseg")
        tmp.rename(dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
        if old is not None:
            if not dest.exists():  # the swap failed half-way: put the previous model back
                (old / "pkuseg").rename(dest)
            shutil.rmtree(old, ignore_errors=True)
    return dest


def fetch(dest: Path = MODEL_DIR, archive: Path | None = None, prune: float = PRUNE_SPREAD) -> Path:
    """Download (or read) the pinned pkuseg sdist, verify it, and install the compacted model at `dest`.
    A wrong archive raises RuntimeError before anything is written; `dest` is replaced only when complete."""
    if archive is None:
        url = _sdist_url()
        with urllib.request.urlopen(url, timeout=300) as resp:
            data = resp.read()
        source = url.split("#")[0]
    else:
        data = Path(archive).read_bytes()
        source = str(archive)
    _check(SDIST, data, SDIST_SHA256)
    members = _members(data)
    for name, blob in members.items():
        _check(f"{SDIST}:{name}", blob, MEMBER_SHA256[name])
    return _write(members, Path(dest), prune, source)


def convert_legacy(src: Path, dest: Path = MODEL_DIR, prune: float = PRUNE_SPREAD) -> Path:
    """Compact an older install (the archive's features.pkl + weights.npz as they were) without downloading."""
    members = {name: (Path(src) / name).read_bytes() for name in MEMBER_SHA256}
    for name, blob in members.items():
        _check(f"{src}/{name}", blob, MEMBER_SHA256[name])
    return _write(members, Path(dest), prune, f"{SDIST} (converted from {src})")


def installed_manifest(path: Path | None) -> dict | None:
    try:
        return json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, TypeError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m extractor.pkuseg_model", description=__doc__.split("\n")[0])
    ap.add_argument("archive", nargs="?", help=f"a local copy of {SDIST} instead of downloading it")
    ap.add_argument("--force", action="store_true", help="fetch again even when a current model is installed")
    ap.add_argument("--prune", type=float, default=PRUNE_SPREAD,
                    help=f"drop features whose tag weights spread <= this (default {PRUNE_SPREAD}; 0 keeps all)")
    ap.add_argument("--dest", type=Path, default=MODEL_DIR, help=f"install folder (default {MODEL_DIR})")
    args = ap.parse_args(sys.argv[1:] if argv is None else argv)
    dest = args.dest
    manifest = installed_manifest(dest)
    try:
        if not args.force and manifest is not None:
            if manifest.get("format") == FORMAT and manifest.get("prune_spread") == args.prune:
                print(f"pkuseg model present: {dest}")
                return 0
        legacy = all((dest / name).exists() for name in MEMBER_SHA256) and manifest is None
        if legacy and not args.force and args.archive is None:
            path = convert_legacy(dest, dest, args.prune)  # an install from before compaction: no download
        else:
            path = fetch(dest, archive=Path(args.archive) if args.archive else None, prune=args.prune)
    except Exception as exc:  # one line for the installer's log
        print(f"error: could not install the pkuseg model: {exc}", file=sys.stderr)
        return 1
    m = installed_manifest(path) or {}
    print(f"pkuseg model installed: {path} ({m.get('n_feature')} of {m.get('n_feature_source')} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

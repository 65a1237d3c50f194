"""The segmentation model: installed compact, loads with no network and no ~/.pkuseg, refuses a wrong archive."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import textwrap
from pathlib import Path

import numpy as np
import pytest

from extractor import pkuseg_model

ROOT = Path(__file__).resolve().parents[1]

NO_NETWORK = textwrap.dedent(
    """
    import socket

    def _refuse(*args, **kwargs):
        raise OSError("network disabled by the test's sitecustomize")

    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    """
)

CHILD = textwrap.dedent(
    """
    import json, os, socket, sys
    try:  # the guard must be active, or this test proves nothing
        socket.create_connection(("pypi.org", 443), timeout=1)
        sys.exit("network is reachable: the sitecustomize guard is not active")
    except OSError as exc:
        assert "network disabled" in str(exc), exc
    from extractor.pipeline import load_pipeline
    nlp = load_pipeline()
    out = {
        "segmenter": nlp.tokenizer.segmenter,
        "model_dir": str(nlp.tokenizer.pkuseg_seg and __import__("extractor.pkuseg_model").pkuseg_model.model_path()),
        "words": [[t.text for t in nlp.tokenizer(s)] for s in sys.argv[1:]],
        "ents": [e.text for e in nlp(sys.argv[1]).ents],  # the whole pipeline runs offline too
    }
    print(json.dumps(out, ensure_ascii=False))
    """
)


def test_pipeline_loads_offline_without_pkuseg_home(tmp_path):
    assert pkuseg_model.model_path() is not None, "run `make install` first"
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("ZHKG_PKUSEG_MODEL", "PKUSEG_HOME")}
    env.update(HOME=str(home), PYTHONPATH=os.pathsep.join([str(guard), str(ROOT)]),
               http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
    sentences = ["我爱北京天安门。", "阿里巴巴集团董事局主席马云昨天在杭州宣布了新的计划。"]
    proc = subprocess.run([sys.executable, "-c", CHILD, *sentences], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["segmenter"] == "pkuseg"
    assert Path(out["model_dir"]).resolve() == pkuseg_model.MODEL_DIR.resolve()
    assert out["words"] == [["我", "爱", "北京", "天安门", "。"], pkuseg_model.SMOKE_WORDS]
    assert "北京" in out["ents"]
    assert not any(home.iterdir()), "something was written under HOME (a ~/.pkuseg cache?)"
    assert "features.msgpack does not exist" not in proc.stderr  # the native format, no pickle fallback


def test_installed_model_is_the_compact_native_one():
    path = pkuseg_model.MODEL_DIR
    manifest = pkuseg_model.installed_manifest(path)
    assert manifest is not None, "extractor/models/pkuseg has no manifest: run `python -m extractor.pkuseg_model`"
    assert manifest["source_sha256"] == pkuseg_model.SDIST_SHA256
    assert sorted(p.name for p in path.iterdir()) == ["features.msgpack", "weights.npz", pkuseg_model.MANIFEST]
    with np.load(path / "weights.npz") as npz:
        n_tag, n_feature = (int(x) for x in npz["sizes"])
        assert npz["w"].dtype == np.float64  # what spacy_pkuseg's Viterbi code is typed for
        assert npz["w"].shape == (n_tag * (n_feature + n_tag),)
    assert n_feature == manifest["n_feature"] < manifest["n_feature_source"]


def _fake_archive(path: Path) -> Path:
    """A well-formed sdist with the right member names and the wrong content (so the wrong hash)."""
    with tarfile.open(path, "w:gz") as tar:
        for name, blob in (("features.pkl", b"not a model"), ("weights.npz", b"not weights")):
            info = tarfile.TarInfo(pkuseg_model.MEMBER_DIR + name)
            info.size = len(blob)
            tar.addfile(info, io.BytesIO(blob))
    return path


def _no_download(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a test tried to download")

    monkeypatch.setattr(pkuseg_model.urllib.request, "urlopen", refuse)


def test_wrong_archive_is_refused_and_nothing_is_written(tmp_path, monkeypatch):
    _no_download(monkeypatch)
    archive = _fake_archive(tmp_path / pkuseg_model.SDIST)
    models = tmp_path / "models"
    dest = models / "pkuseg"
    with pytest.raises(RuntimeError, match=r"sha256 [0-9a-f]{64} does not match the pinned " + pkuseg_model.SDIST_SHA256):
        pkuseg_model.fetch(dest, archive=archive)
    assert not dest.exists()
    assert not models.exists() or not any(models.iterdir())

    # an existing install is left exactly as it was
    dest.mkdir(parents=True)
    (dest / "weights.npz").write_bytes(b"previous")
    with pytest.raises(RuntimeError, match="does not match"):
        pkuseg_model.fetch(dest, archive=archive)
    assert [p.name for p in models.iterdir()] == ["pkuseg"]
    assert [(p.name, p.read_bytes()) for p in dest.iterdir()] == [("weights.npz", b"previous")]


def test_cli_reports_a_wrong_archive_in_one_line(tmp_path, monkeypatch, capsys):
    _no_download(monkeypatch)
    archive = _fake_archive(tmp_path / pkuseg_model.SDIST)
    dest = tmp_path / "pkuseg"
    assert pkuseg_model.main([str(archive), "--dest", str(dest)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error:") and "sha256" in err[0]
    assert not dest.exists()


def test_legacy_files_with_a_wrong_hash_are_refused(tmp_path):
    src = tmp_path / "old"
    src.mkdir()
    (src / "features.pkl").write_bytes(b"x")
    (src / "weights.npz").write_bytes(b"y")
    with pytest.raises(RuntimeError, match="features.pkl: sha256"):
        pkuseg_model.convert_legacy(src, tmp_path / "new")
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old"]


def test_compact_drops_features_with_flat_weights_and_renumbers():
    features = {
        "unigram": ["北京", "天安门"],
        "bigram": ["北*京"],
        "feature_to_idx": {"$$": 0, "c.a": 1, "c.b": 2, "c.c": 3, "c.d": 4},
        "tag_to_idx": {"B": 0, "I": 1},
    }
    node = [[0.0, 0.0],  # the bias feature: always kept
            [3.0, 3.0],  # large but flat: never changes the best path
            [0.0, 0.5],
            [0.01, 0.0],  # spread 0.01 <= 0.05
            [-1.0, 1.0]]
    edges = [1.0, 2.0, 3.0, 4.0]
    w = np.array(sum(node, []) + edges)
    out, sizes, new_w = pkuseg_model.compact(features, [2, 5], w, prune=0.05)
    assert out["feature_to_idx"] == {"$$": 0, "c.b": 1, "c.d": 2}
    assert list(sizes) == [2, 3]
    assert new_w.tolist() == [0.0, 0.0, 0.0, 0.5, -1.0, 1.0] + edges
    assert out["unigram"] == ["北京", "天安门"] and out["bigram"] == []  # bigrams are only read in training
    full, sizes, same_w = pkuseg_model.compact(features, [2, 5], w, prune=0)
    assert full["feature_to_idx"] == features["feature_to_idx"] and full["bigram"] == ["北*京"]
    assert list(sizes) == [2, 5] and same_w.tolist() == w.tolist()
    with pytest.raises(ValueError, match="weights of shape"):
        pkuseg_model.compact(features, [2, 6], w)

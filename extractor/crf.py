"""A linear-chain CRF decoded with numpy: the weights python-crfsuite learnt, exported once to `crf.npz`.

Why not crfsuite's own tagger at run time: handing it a sequence means building about fifteen feature strings a
character and converting each to a C++ string, which cost more than the rest of the NER. Here the caller turns
features into weight-row indices (`FeatureRows` in ner.py, a few dictionary lookups a character and numpy
gathers), emissions are one gather and sum, Viterbi is a compiled loop, and forward-backward runs over many short
sequences at once. The scores are crfsuite's (state weights summed, plus transition weights; no start or end
weights), so paths and marginals are the same (tests/test_crf.py compares them). The export is also a seventh of
crfsuite's file (sparse float32, compressed).
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np

WEIGHTS_FILE = "crf.npz"


class LinearChainCRF:
    """State weights as a dense (attributes + 1) x labels matrix, row 0 all zeros (the row of a feature the model
    does not know), and a labels x labels transition matrix (from, to)."""

    def __init__(self, attributes: Sequence[str], labels: Sequence[str], state: np.ndarray, transitions: np.ndarray):
        self.attributes = tuple(attributes)  # a tuple of strings is left out of garbage collections, a list is not
        self.labels = list(labels)
        self.index = {a: i + 1 for i, a in enumerate(self.attributes)}
        self.state = np.asarray(state, dtype=np.float64)
        self.transitions = np.asarray(transitions, dtype=np.float64)
        self.outside = self.labels.index("O") if "O" in self.labels else 0

    # --- files -------------------------------------------------------------------------------------------------

    @classmethod
    def from_crfsuite(cls, path: str | Path) -> "LinearChainCRF":
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
        label_id = {lab: i for i, lab in enumerate(labels)}
        # attributes in first-seen order of crfsuite's dump; one holding a newline could not be stored (none does:
        # features are built per line)
        attributes = list(dict.fromkeys(a for a, _ in info.state_features if "\n" not in a))
        row = {a: i + 1 for i, a in enumerate(attributes)}
        state = np.zeros((len(attributes) + 1, len(labels)))
        for (attr, lab), w in info.state_features.items():
            if attr in row:
                state[row[attr], label_id[lab]] = w
        transitions = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            transitions[label_id[a], label_id[b]] = w
        tagger.close()
        return cls(attributes, labels, state, transitions)

    def save(self, path: str | Path) -> None:
        """Sparse and float32: the model is mostly zeros after L1, and float32 weights give the same paths."""
        rows, cols = np.nonzero(self.state)
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as f:
            np.savez_compressed(
                f,
                attributes=np.frombuffer("\n".join(self.attributes).encode("utf-8"), dtype=np.uint8),
                labels=np.frombuffer("\n".join(self.labels).encode("utf-8"), dtype=np.uint8),
                state_rows=rows.astype(np.int32), state_labels=cols.astype(np.int8),
                state_weights=self.state[rows, cols].astype(np.float32),
                transitions=self.transitions.astype(np.float32))
        tmp.replace(path)

    @classmethod
    def load(cls, path: str | Path) -> "LinearChainCRF":
        with np.load(path) as z:
            attributes = z["attributes"].tobytes().decode("utf-8").split("\n")
            labels = z["labels"].tobytes().decode("utf-8").split("\n")
            state = np.zeros((len(attributes) + 1, len(labels)))
            state[z["state_rows"], z["state_labels"]] = z["state_weights"]
            return cls(attributes, labels, state, z["transitions"])

    # --- decoding ----------------------------------------------------------------------------------------------

    def emissions(self, rows: np.ndarray) -> np.ndarray:
        """Per-position label scores from an (n, k) array of weight-row indices (0 where a feature is absent)."""
        return self.state[rows].sum(axis=1)

    def viterbi(self, emissions: np.ndarray) -> np.ndarray:
        """The best label index sequence for one (n, labels) emission matrix. The loop over positions and label
        pairs is spacy_pkuseg's compiled Viterbi (its `edge_score[a, b]` is the weight of label a followed by b),
        which the segmenter already runs: in numpy each position would cost a dozen array operations."""
        from spacy_pkuseg.inference import run_viterbi

        if not len(emissions):
            return np.zeros(0, dtype=np.int64)
        _, path = run_viterbi(np.ascontiguousarray(emissions, dtype=np.float64), self.transitions)
        return np.asarray(path, dtype=np.int64)

    def marginals(self, emissions: Sequence[np.ndarray], after_outside: Sequence[bool] | None = None) -> list[np.ndarray]:
        """P(label at position | sequence) for each emission matrix, forward-backward over all of them at once
        (scaled, in probabilities). A sequence cut from a longer one right after an O position starts with the
        transition out of O."""
        if not emissions:
            return []
        lengths = np.array([len(e) for e in emissions])
        x = np.zeros((len(emissions), int(lengths.max()), len(self.labels)))
        for b, e in enumerate(emissions):
            x[b, :len(e)] = e
        if after_outside is not None:
            x[np.asarray(after_outside, dtype=bool), 0] += self.transitions[self.outside]
        steps = x.shape[1]
        odds = np.exp(x - x.max(axis=2, keepdims=True))
        trans = np.exp(np.clip(self.transitions - self.transitions.max(), -700.0, 0.0))
        alpha = np.empty_like(x)
        a = odds[:, 0] / odds[:, 0].sum(axis=1, keepdims=True)
        alpha[:, 0] = a
        for t in range(1, steps):
            a = (a @ trans) * odds[:, t]
            a /= a.sum(axis=1, keepdims=True)
            alpha[:, t] = a
        beta = np.ones_like(x)
        b = beta[:, -1]
        for t in range(steps - 2, -1, -1):
            nb = (odds[:, t + 1] * b) @ trans.T
            nb /= nb.sum(axis=1, keepdims=True)
            b = np.where((t + 1 < lengths)[:, None], nb, 1.0)  # a sequence's last position and past it: 1
            beta[:, t] = b
        joint = alpha * beta
        joint /= joint.sum(axis=2, keepdims=True)
        return [joint[b, :length] for b, length in enumerate(lengths)]

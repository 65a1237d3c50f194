"""Probe: char BiLSTM tagger (softmax) on the recipe's prepared data, for an ensemble with the CRF."""
import json, sys, time, random, math, collections
from pathlib import Path
import numpy as np
import torch, torch.nn as nn

sys.path.insert(0, "/work/main")
from extractor.ner import Lexicon, bioes_tags, word_positions

torch.set_num_threads(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
OUT = Path(sys.argv[1]); OUT.mkdir(parents=True, exist_ok=True)
DATA = Path("/work/main/.cache/ner/data")
CORPORA = {"msra": 1, "cluener": 4, "weibo": 6, "resume": 1}
LABELS = ["O"] + [p + "-" + l for l in ("PERSON", "ORG", "LOC") for p in "BIES"]
L2I = {l: i for i, l in enumerate(LABELS)}
LEX_MARKS = ["x" + c + p for c in "PLOZ" for p in "BME"]
POS = {"B": 0, "M": 1, "E": 2, "S": 3}
lex = Lexicon.load("/work/main/extractor/models/ner/lexicon.txt.gz")
EPOCHS = int(sys.argv[3]) if len(sys.argv) > 3 else 8


def read(name, split):
    return [json.loads(l) for l in open(DATA / f"{name}.{split}.jsonl", encoding="utf-8")]


train = {n: read(n, "train") for n in CORPORA}
val = {n: read(n, "val") for n in CORPORA}
cc, bc = collections.Counter(), collections.Counter()
for n, rows in train.items():
    for r in rows:
        t = r["text"]
        cc.update(t)
        bc.update(t[i:i + 2] for i in range(len(t) - 1))
chars = ["<pad>", "<unk>", "<s>"] + [c for c, k in cc.items() if k >= 2]
bigrams = ["<pad>", "<unk>"] + [b for b, k in bc.most_common(80000) if k >= 3]
C2I = {c: i for i, c in enumerate(chars)}
B2I = {b: i for i, b in enumerate(bigrams)}
print("vocab", len(chars), len(bigrams), flush=True)


def encode(r):
    t = r["text"]
    n = len(t)
    ci = [C2I.get(c, 1) for c in t]
    ext = "\x02" + t + "\x03"
    bl = [B2I.get(ext[i:i + 2], 1) for i in range(n)]  # c[i-1]c[i]
    br = [B2I.get(ext[i + 1:i + 3], 1) for i in range(n)]  # c[i]c[i+1]
    pos = word_positions(t, r.get("words"))
    pi = [POS[p] for p in pos] if pos else [3] * n
    lx = np.zeros((n, len(LEX_MARKS)), dtype=np.float32)
    for i, ms in lex.marks(t).items():
        for m in ms:
            lx[i, LEX_MARKS.index(m)] = 1
    return ci, bl, br, pi, lx


class Tagger(nn.Module):
    def __init__(self, nc, nb, d=64, h=128):
        super().__init__()
        self.ce = nn.Embedding(nc, d, padding_idx=0)
        self.be = nn.Embedding(nb, d, padding_idx=0)
        self.pe = nn.Embedding(4, 16)
        self.inp = nn.Linear(d * 3 + 16 + len(LEX_MARKS), 2 * h)
        self.drop = nn.Dropout(0.3)
        self.lstm = nn.LSTM(2 * h, h, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * h, len(LABELS))

    def forward(self, ci, bl, br, pi, lx, lengths):
        x = torch.cat([self.ce(ci), self.be(bl), self.be(br), self.pe(pi), lx], -1)
        x = self.drop(torch.relu(self.inp(x)))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        y, _ = self.lstm(packed)
        y, _ = nn.utils.rnn.pad_packed_sequence(y, batch_first=True)
        return self.out(self.drop(y))


def batchify(items):
    n = max(len(it[0][0]) for it in items)
    B = len(items)
    ci = torch.zeros(B, n, dtype=torch.long); bl = torch.zeros(B, n, dtype=torch.long)
    br = torch.zeros(B, n, dtype=torch.long); pi = torch.zeros(B, n, dtype=torch.long)
    lx = torch.zeros(B, n, len(LEX_MARKS)); y = torch.full((B, n), -100, dtype=torch.long)
    w = torch.zeros(B); lengths = []
    for b, (enc, tags, wt) in enumerate(items):
        m = len(enc[0]); lengths.append(m)
        ci[b, :m] = torch.tensor(enc[0]); bl[b, :m] = torch.tensor(enc[1]); br[b, :m] = torch.tensor(enc[2])
        pi[b, :m] = torch.tensor(enc[3]); lx[b, :m] = torch.from_numpy(enc[4])
        if tags is not None:
            y[b, :m] = torch.tensor(tags)
        w[b] = wt
    return ci, bl, br, pi, lx, lengths, y, w


items = []
for n, rows in train.items():
    for r in rows:
        if r["text"] and len(r["text"]) <= 300:
            items.append((encode(r), [L2I[t] for t in bioes_tags(len(r["text"]), r["spans"])], CORPORA[n]))
print("train items", len(items), flush=True)
val_enc = {n: [encode(r) for r in rows if r["text"]] for n, rows in val.items()}

model = Tagger(len(chars), len(bigrams))
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
lossf = nn.CrossEntropyLoss(reduction="none", ignore_index=-100)
BS = 32
random.seed(0); torch.manual_seed(0)


def predict_probs(encs):
    model.eval()
    out = []
    with torch.no_grad():
        order = sorted(range(len(encs)), key=lambda i: len(encs[i][0]))
        res = [None] * len(encs)
        for k in range(0, len(order), 128):
            idx = order[k:k + 128]
            ci, bl, br, pi, lx, lengths, _, _ = batchify([(encs[i], None, 1) for i in idx])
            p = torch.softmax(model(ci, bl, br, pi, lx, lengths), -1).numpy()
            for j, i in enumerate(idx):
                res[i] = p[j, :lengths[j]]
    model.train()
    return res


for epoch in range(EPOCHS):
    # sort-ish batching by length for speed
    random.shuffle(items)
    chunks = [sorted(items[k:k + BS * 50], key=lambda it: len(it[0][0])) for k in range(0, len(items), BS * 50)]
    batches = [c[k:k + BS] for c in chunks for k in range(0, len(c), BS)]
    random.shuffle(batches)
    start = time.time(); tot = 0
    if epoch >= EPOCHS - 3:
        for g in opt.param_groups:
            g["lr"] = 2e-3 * 0.3 ** (epoch - EPOCHS + 4)
    for bi, batch in enumerate(batches):
        ci, bl, br, pi, lx, lengths, y, w = batchify(batch)
        logits = model(ci, bl, br, pi, lx, lengths)
        l = lossf(logits.reshape(-1, len(LABELS)), y[:, :logits.shape[1]].reshape(-1)).reshape(len(batch), -1)
        loss = (l.sum(1) * w).sum() / w.sum() / 30
        opt.zero_grad(); loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 5.0)
        opt.step(); tot += loss.item()
        if bi % 500 == 0:
            print(f"epoch {epoch} batch {bi}/{len(batches)} loss {tot / (bi + 1):.4f} {time.time() - start:.0f}s", flush=True)
    torch.save(model.state_dict(), OUT / f"model{epoch}.pt")
    probs = {n: predict_probs(e) for n, e in val_enc.items()}
    np.save(OUT / f"probs{epoch}.npy", np.array([probs[n] for n in CORPORA], dtype=object), allow_pickle=True)
    print(f"epoch {epoch} done {time.time() - start:.0f}s", flush=True)

json.dump({"chars": chars, "bigrams": bigrams, "labels": LABELS, "lex_marks": LEX_MARKS}, open(OUT / "vocab.json", "w"), ensure_ascii=False)

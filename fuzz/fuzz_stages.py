"""Coverage-guided fuzzing (atheris) of the cleaning, decoding and figure-parsing stages.

    python fuzz/fuzz_stages.py -runs=5000 -max_total_time=120 [corpus_dir]

Each input is decoded (bytes → text, as a file would be), then: `clean_text` must keep its offset-map contract,
`find_boilerplate` must return in-bounds spans, `html_to_text` must not crash, and every figure from
`find_figures` must slice the text it came from with a sane value. Only InputError (a refused input) is an
expected exception; anything else is a finding and atheris stops with the crashing input saved."""
from __future__ import annotations

import math
import sys

import atheris

with atheris.instrument_imports():
    from extractor.clean import check_offset_map, clean_text, find_boilerplate
    from extractor.errors import InputError
    from extractor.figures import find_figures
    from extractor.io import decode, html_to_text

SEEDS = ["小红书月活过亿，估值超过50亿美元", "日交易额突破1亿", "近5倍", "2014年底融资3000万元", "60多万的订单",
         "免责声明：本站", "相关阅读\n", "首页 > 科技", "（图片来源：网络）", "<p>a&amp;b</p>", "小紅書創始人"]


def check_clean(text: str) -> None:
    check_offset_map(text, clean_text(text))
    for d in find_boilerplate(text):
        assert 0 <= d.start < d.end <= len(text)


def check_figures(text: str) -> None:
    for f in find_figures(text):
        assert 0 <= f.start < f.end <= len(text), f
        assert text[f.start:f.end] == f.text, f
        for v in (f.value, f.min_value, f.max_value):
            assert v is None or not math.isnan(v), f


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    if mode == 0:  # raw bytes as a file
        try:
            text = decode(fdp.ConsumeBytes(fdp.remaining_bytes()))
        except InputError:
            return
    elif mode == 1:  # a seed phrase with fuzzed text around it
        seed = SEEDS[fdp.ConsumeIntInRange(0, len(SEEDS) - 1)]
        text = fdp.ConsumeUnicode(40) + seed + fdp.ConsumeUnicodeNoSurrogates(40)
    elif mode == 2:
        text = fdp.ConsumeUnicode(fdp.remaining_bytes())
    else:
        html_to_text(fdp.ConsumeUnicode(fdp.remaining_bytes()))
        return
    check_clean(text)
    check_figures(text)


def main(argv: list[str]) -> None:
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)

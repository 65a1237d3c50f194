import subprocess
import sys

import pytest

from extractor import pinyin


@pytest.mark.parametrize("name, key", [
    ("小仙炖", "xiao xian dun"),
    ("中国银行", "zhong guo yin hang"),   # 行 read as in the word 银行, not alone (xing)
    ("长沙市", "chang sha shi"),
    ("重庆", "chong qing"),
    ("A股", "a gu"),
    ("Maia Active", "maia active"),       # a Latin run is one piece
    ("iPhone手机", "iphone shou ji"),
])
def test_pinyin_key(name, key):
    assert pinyin.pinyin_key(name) == key


def test_near_homophones_share_a_fuzzy_key():
    assert pinyin.fuzzy_pinyin_key("小仙炖") == pinyin.fuzzy_pinyin_key("小鲜敦")
    assert pinyin.fuzzy_pinyin_key("长城") == pinyin.fuzzy_pinyin_key("常成")
    assert pinyin.fuzzy_pinyin_key("小仙炖") != pinyin.fuzzy_pinyin_key("大仙炖")


def test_a_character_without_reading_stands_for_itself():
    assert pinyin.syllable("仙") == "xian"
    assert pinyin.syllable("Q") == "q"


def test_tables_are_what_pypinyin_reads():
    pytest.importorskip("pypinyin")
    for name, text in pinyin.tables_from_pypinyin().items():
        assert (pinyin.DATA / name).read_text(encoding="utf-8") == text, f"rewrite with python -m extractor.pinyin ({name})"


def test_running_the_pipeline_does_not_load_pypinyin():
    # pypinyin's import builds ~200,000 lists that every full garbage collection would walk
    code = ("import sys; import extractor.pipeline, extractor.rulers, extractor.resolve; "
            "from extractor.pinyin import pinyin_key; pinyin_key('银行'); print('pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

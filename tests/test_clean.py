"""Cleaning: boilerplate detection, normalisation, traditional Chinese, the offset map, rule validation, speed."""
from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.clean import (analysis_view, check_offset_map, clean_text, find_boilerplate, is_traditional, load_rules, normalise,
                             to_simplified)
from extractor.errors import ConfigError

BODY = [
    "完美日记创始人黄锦峰在广州创立了逸仙电商，公司于2020年在纽约证券交易所上市。",
    "逸仙电商旗下拥有完美日记、小奥汀、完子心选等品牌，2019年销售额超过30亿元。",
    "黄锦峰说，公司未来三年将继续加大研发投入，并拓展东南亚等海外市场。",
    "高瓴资本和真格基金参与了公司的多轮融资，估值一度超过40亿美元。",
]


def check_map(text: str, clean) -> None:
    check_offset_map(text, clean)
    om = clean.offset_map
    assert list(om) == [om[i] for i in range(len(om))]  # the run-length map iterates as it indexes


def kept_and_dropped(text: str):
    clean = clean_text(text)
    check_map(text, clean)
    dropped = [text[d.start:d.end] for d in clean.dropped]
    return clean.text, dropped, clean


@pytest.mark.parametrize("noise,reason", [
    ("当前位置：首页 > 科技 > 正文", "navigation"),
    ("首页 | 新闻 | 财经 | 科技 | 汽车", "navigation"),
    ("科技频道 > 互联网 > 电商", "navigation"),
    ("分享到：微信 微博 QQ空间", "share"),
    ("点赞 | 收藏 | 转发 | 举报", "share"),
    ("Copyright © 2008-2020 某某网 All Rights Reserved", "copyright"),
    ("京ICP备12345678号-1 京公网安备11010502030000号", "copyright"),
    ("本文来自微信公众号“晚点LatePost”（ID：postlate），作者：张三", "metadata"),
    ("责任编辑：李四", "metadata"),
    ("来源：新浪科技", "metadata"),
    ("扫码关注我们，获取更多行业资讯", "advertising"),
    ("更多精彩内容，请关注本站微信公众号。", "advertising"),
    ("长按识别下方二维码，添加小助手微信", "advertising"),
    ("点击文末“阅读原文”立即报名", "advertising"),
    ("商务合作请联系：bd@example.com", "advertising"),
    ("【广告】", "advertising"),
    ("上一篇：花西子的崛起之路", "navigation"),
    ("文/王五", "metadata"),
    ("原标题：元气森林的下一步", "metadata"),
    ("打开凤凰新闻，查看更多高清图片", "navigation"),
])
def test_boilerplate_lines_dropped_anywhere(noise, reason):
    text = "\n".join([BODY[0], noise, BODY[1], BODY[2]])
    kept, dropped, clean = kept_and_dropped(text)
    assert dropped == [noise]
    assert clean.dropped[0].reason == reason
    for para in BODY[:3]:
        assert normalise(para) in kept


@pytest.mark.parametrize("tail", [
    ["免责声明：本站所有文章均来自互联网，不代表本站观点。", "作者：美站资讯，如若转载，请注明出处"],
    ["相关阅读", "花西子的崛起之路", "完美日记母公司亏损扩大", "元气森林估值超过60亿美元"],
    ["推荐阅读：《国货美妆的十年》"],
    ["- END -", "扫码关注我们", "往期推荐", "花西子的崛起之路"],
    ["网友评论", "用户123：说得好！高瓴资本真厉害", "用户456：同意"],
    ["发表回复", "登录后才能评论"],
    ["平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台。", "返回搜狐，查看更多", "责任编辑：李四"],
    ["返回搜狐，查看更多", "责任编辑：李四"],
    ["（完）", "本文作者：赵六"],
    ["参考资料", "1. 某某报告，2020"],
])
def test_tails_dropped_to_the_end(tail):
    text = "\n".join(BODY + tail) + "\n"
    kept, dropped, clean = kept_and_dropped(text)
    assert len(dropped) == 1 and dropped[0].rstrip("\n") == "\n".join(tail)
    assert clean.dropped[0].end == len(text)
    assert normalise(BODY[-1]) in kept


def test_teasers_before_a_tail_marker_go_with_it():
    teasers = ["如何用2亿玩起来，变成1252万新用户？！", "看看百度小程序的最新数据！", "直播电商有六种赚钱模式。"]
    ad = "6月6日一整天直播，邀请私域流量领域近30位创业者和优秀案例进行8-12小时直播，深入畅聊私域新趋势。点击文章底部报名。"
    text = "\n\n".join(BODY + [ad] + teasers + ["免责声明：本站所有文章内容均来自互联网。"])
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped and dropped[0].startswith("6月6日")
    assert kept.rstrip() == normalise("\n\n".join(BODY))


def test_teaser_walk_back_stops_at_a_transcript_turn_and_long_prose():
    turns = ["甲：你怎么看？", "乙：挺好。"]
    text = "\n".join(BODY + turns + ["免责声明：以上内容不代表本站观点。"])
    kept, dropped, _ = kept_and_dropped(text)
    assert "乙:挺好。" in kept and dropped == ["免责声明：以上内容不代表本站观点。"]


def test_tail_marker_at_the_top_only_drops_its_line():
    head = "本文为原创，未经授权禁止转载。"
    text = "\n".join([head] + BODY)
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [head]
    assert all(normalise(p) in kept for p in BODY)


@pytest.mark.parametrize("credit", ["（记者 张三）", "（文/李四）", "【图片来源：视觉中国】", "(摄影:王五)"])
def test_inline_credits(credit):
    text = BODY[0] + credit + BODY[1]
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [credit] and kept == normalise(BODY[0] + BODY[1])


def test_inline_credit_span():
    text = BODY[0] + "（图片来源：视觉中国）" + BODY[1]
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == ["（图片来源：视觉中国）"]
    assert kept == normalise(BODY[0] + BODY[1])


def test_repeated_caption_glued_to_paragraphs():
    cap = "国货美妆品牌盘点（附最新名单）"
    text = "\n\n".join([cap, BODY[0], cap + BODY[1], BODY[2], cap + BODY[3]])
    kept, dropped, clean = kept_and_dropped(text)
    assert dropped == [cap, cap, cap] and {d.reason for d in clean.dropped} == {"caption"}
    assert all(normalise(p) in kept for p in BODY)
    assert "附最新名单" not in kept


def test_glued_only_caption_with_brackets():
    cap = "元气森林创始人(唐彬森真实身份)"
    text = "\n".join([BODY[0], cap + BODY[1], cap + BODY[2], cap + BODY[3]])
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [cap] * 3
    assert "真实身份" not in kept


def test_two_paragraphs_sharing_a_start_are_not_captions():
    a = "小红书创始人瞿芳表示，公司不会上市。"
    b = "小红书创始人瞿芳还说，社区是核心。"
    text = "\n".join([a, b, BODY[0]])
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [] and kept == normalise(text)


def test_a_filers_registered_name_heading_its_filing_is_no_caption():
    name = "汀岚精密股份有限公司"
    text = "\n".join([name, "关于董事会换届的公告", name + "(以下简称\"公司\")于12月2日召开股东大会。", BODY[0],
                     name + "董事会"])
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [] and kept.count(name) == 3


def test_speaker_turns_are_not_captions():
    text = "方爱之：\n你好，欢迎。\n方爱之：小红书为什么成功？\n方爱之：再问一个问题，未来怎么走？\n曲芳：谢谢。"
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [] and kept == normalise(text)


def test_duplicated_and_truncated_paragraphs():
    truncated = BODY[1][:25]
    text = "\n".join([BODY[0], BODY[1], BODY[2], BODY[0], truncated, BODY[3]])
    kept, dropped, clean = kept_and_dropped(text)
    assert dropped == [BODY[0], truncated]
    assert {d.reason for d in clean.dropped} == {"duplicate"}
    assert kept.count(normalise(BODY[0])) == 1 and normalise(BODY[1]) in kept


def test_duplicate_modulo_width_and_punctuation():
    half = normalise(BODY[2]).replace(",", " , ")
    text = "\n".join([BODY[2], half, BODY[3]])
    _, dropped, _ = kept_and_dropped(text)
    assert dropped == [half]


def test_short_repeated_lines_are_kept():
    text = "\n".join(["甲：对。", BODY[0], "甲：对。", BODY[1]])
    _, dropped, _ = kept_and_dropped(text)
    assert dropped == []


def test_normalisation_is_one_to_one():
    text = "ＡＢＣ１２３，（小红书）：\u3000「引号」\x00\x07\r\n\u2028\ud800\uffff"
    view = normalise(text)
    assert len(view) == len(text)
    assert view == "ABC123,(小红书): “引号”\n \n\n\n\n\n"


def test_invisible_characters_are_tracked_deletions():
    text = "小\u200b红书\ufeff创始人\u00ad瞿芳"
    clean = clean_text(text)
    assert clean.text == "小红书创始人瞿芳"
    assert clean.to_original(0, 3) == (0, 4) and text[0:4] == "小\u200b红书"
    assert clean.to_original(6, 8) == (9, 11) and text[9:11] == "瞿芳"
    check_map(text, clean)


def test_separator_inserted_where_a_block_was_dropped():
    text = BODY[0] + "\n广告\n" + BODY[1]
    clean = clean_text(text)
    # no inserted character here: the line breaks around the dropped line are kept
    assert clean.text == normalise(BODY[0] + "\n\n" + BODY[1])
    check_map(text, clean)


@pytest.mark.parametrize("trad,simp", [
    ("小紅書創始人瞿芳說，公司在臺灣與香港的用戶數量持續增長。", "小红书创始人瞿芳说,公司在台湾与香港的用户数量持续增长。"),
    ("「我們的使命是分享和發現世界的精彩。」她說。", "“我们的使命是分享和发现世界的精彩。”她说。"),
])
def test_traditional_is_analysed_in_simplified_with_exact_offsets(trad, simp):
    assert is_traditional(trad)
    clean = clean_text(trad)
    assert clean.text == simp
    assert clean.offset_map == tuple(range(len(trad) + 1))
    start = clean.text.index("瞿芳") if "瞿芳" in clean.text else 0
    s, e = clean.to_original(start, start + 2)
    assert trad[s:e] == (trad[start:start + 2])


def test_simplified_and_mixed_text_not_converted():
    assert not is_traditional("".join(BODY))
    assert not is_traditional("小红书在台湾叫小紅書。" + "".join(BODY))
    assert clean_text("".join(BODY)).text == normalise("".join(BODY))


def test_to_simplified_keeps_length_when_phrases_would_change_it(monkeypatch):
    class Fake:
        def convert(self, s):  # a phrase conversion that changes length: 電腦 → 计算机
            return s.replace("電腦", "计算机").replace("們", "们") if len(s) > 1 else {"電": "电", "腦": "脑", "們": "们"}.get(s, s)

    from extractor import clean as cl
    monkeypatch.setattr(cl, "_converters", lambda: (Fake(), Fake()))
    assert to_simplified("我們的電腦\n我們") == "我们的电脑\n我们"


def test_empty_and_blank():
    for text in ("", "   ", "\n\n", "\u3000"):
        clean = clean_text(text)
        check_map(text, clean)
        assert clean.to_original(0, 0) == (0, 0) or text


# ------------------------------------------------------------------------------------------ rule validation

@pytest.mark.parametrize("line,why", [
    ("{not json", "invalid JSON"),
    ('{"kind": "tail", "reason": "x"}', "missing 'regex'"),
    ('{"kind": "middle", "reason": "x", "regex": "a"}', "unknown kind"),
    ('{"kind": "line", "reason": "x", "regex": "(unclosed"}', "bad regex"),
    ('{"kind": "line", "reason": "x", "regex": "a*"}', "empty string"),
    ('{"kind": "line", "reason": "x", "regex": "a", "colour": 1}', "unknown key"),
    ('{"kind": "line", "reason": "x", "regex": "a", "max_len": -3}', "max_len"),
    ('{"kind": "line", "reason": "", "regex": "a"}', "non-empty"),
    ('["kind", "line"]', "JSON object"),
])
def test_bad_rule_file_names_file_and_line(tmp_path, line, why):
    path = tmp_path / "rules.jsonl"
    path.write_text('// comment\n{"kind": "line", "reason": "ok", "regex": "广告"}\n\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_rules(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:4: ") and why in msg and "\n" not in msg


def test_custom_rules_are_used(tmp_path):
    path = tmp_path / "rules.jsonl"
    path.write_text(json.dumps({"kind": "line", "reason": "custom", "regex": "^噪音"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    rules = load_rules(path)
    drops = find_boilerplate("正文。\n噪音行\n正文二。", rules)
    assert [(d.start, d.end, d.reason) for d in drops] == [(4, 7, "custom")]


def test_shipped_rules_load():
    rules = load_rules()
    assert {r.kind for r in rules} == {"tail", "line", "span"} and len(rules) >= 15


# ---------------------------------------------------------------------------------------------------- speed

def test_ten_megabyte_single_line_is_fast():
    text = ("".join(BODY) * (10_000_000 // len("".join(BODY)) + 1))[:10_000_000]
    t0 = time.perf_counter()
    clean = clean_text(text)
    assert time.perf_counter() - t0 < 20
    assert len(clean.text) == len(text) and clean.to_original(5, 9) == (5, 9)


def test_many_paragraphs_is_not_quadratic():
    # 100k distinct short paragraphs: the old pairwise caption/duplicate scan needed ~10^10 steps
    paras = [f"{BODY[i % 4][:12]}第{i}段，共计{i * 7}个用户。" for i in range(100_000)]
    text = "\n".join(paras)
    t0 = time.perf_counter()
    clean = clean_text(text)
    assert time.perf_counter() - t0 < 30
    assert len(clean.text) > 0.9 * len(text)


# ------------------------------------------------------------------------------------------------- property

_alphabet = st.one_of(
    st.sampled_from(list("小红书创始人瞿芳說們臺灣。，：（）「」\n\n\r\t \u3000\u200b\ufeff\x00\x07ＡＢ１")),
    st.sampled_from(["免责声明：", "相关阅读\n", "\n扫码关注\n", "（图片来源：网络）", "- END -\n", "广告\n",
                     "首页 > 科技 > 正文\n"]),
    st.characters(),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_alphabet, max_size=80).map("".join))
def test_offset_map_contract_holds_on_any_text(text):
    clean = clean_text(text)
    check_map(text, clean)
    for d in clean.dropped:
        assert 0 <= d.start < d.end <= len(text)
    n = len(clean.text)
    for a in range(0, n, 3):
        b = min(n, a + 4)
        s, e = clean.to_original(a, b)
        assert 0 <= s <= e <= len(text)


def test_interviewer_questions_are_not_taken_for_bylines():
    from extractor.clean import clean_text

    text = "记者：张三\n\n记者：今年的销量增长很快，你怎么看？\n\n王五：是的，增长了一倍。\n"
    kept = clean_text(text).text
    assert "你怎么看" in kept and "张三" not in kept


def test_offset_map_check_catches_a_broken_map():
    from extractor.records import CleanText

    text = "星河科技成立了。"
    good = clean_text(text)
    check_offset_map(text, good)
    shifted = CleanText(good.text, tuple(o + 1 for o in good.offset_map[:-1]) + (len(text),))
    with pytest.raises(ValueError):
        check_offset_map(text, shifted)


def test_a_half_width_full_stop_between_chinese_sentences_ends_the_sentence():
    view, _ = analysis_view("增长120%.目前主要在线上销售.他说:\"好.\"然后走了.")
    assert view == "增长120%。目前主要在线上销售。他说:\"好。\"然后走了。"
    # …and before a year or a count: no decimal point follows a character (创始人为陈X.2022年)
    assert analysis_view("创始人为陈麪.2022年,公司获得投资.")[0] == "创始人为陈麪。2022年,公司获得投资。"
    # …and after a title mark (《生意的温度》.今天)
    assert analysis_view("欢迎收听《鵀鵁》.今天的嘉宾是林鵂.")[0] == "欢迎收听《鵀鵁》。今天的嘉宾是林鵂。"
    # …and before a capital (成立.IPO前): a domain after a character is lower case
    assert analysis_view("由龝鼾创立.IPO前,龝鼾持股62%.")[0] == "由龝鼾创立。IPO前,龝鼾持股62%。"
    # …and after a Latin name that ends a line of Chinese (主要客户包括A和Fluence.), not after an address or Inc.
    assert analysis_view("主要客户包括鶢鶣和Fluence.\n下一行")[0] == "主要客户包括鶢鶣和Fluence。\n下一行"
    assert analysis_view("由Acme Inc.\nApple Inc.")[0] == "由Acme Inc.\nApple Inc."
    # …and after a Latin word or a quantity's unit right before Chinese (5.2GWh.公司…), not an abbreviation's dot
    assert analysis_view("出货量为5.2GWh.公司董事长鱥鱦表示")[0] == "出货量为5.2GWh。公司董事长鱥鱦表示"
    assert analysis_view("客户包括鶢鶣和Fluence.今年")[0] == "客户包括鶢鶣和Fluence。今年"
    assert analysis_view("美国Acme Inc.发布新品")[0] == "美国Acme Inc.发布新品"
    # decimals, web addresses and an ellipsis keep their dots
    for text in ("营收3.5亿元", "访问www.example.com.", "等等...然后", "v1.0版本"):
        assert analysis_view(text)[0] == text


def test_a_speaker_with_a_bracketed_name_is_a_turn_not_a_caption():
    text = "方爱之(Ivy)：\n你好，欢迎。\n方爱之(Ivy)：小红书为什么成功？\n方爱之(Ivy)：再问一个问题，未来怎么走？\n曲芳：谢谢。"
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [] and kept == normalise(text)


def test_a_promotion_reported_in_the_news_is_no_call_to_action():
    for reported in ("业内人士指出,今年以来,多家车企已陆续推出限时优惠。", "就在一周前,岚跑汽车和岚鹏汽车也相继推出了限时优惠。"):
        kept, dropped, _ = kept_and_dropped("\n".join([BODY[0], reported, BODY[1]]))
        assert dropped == [] and normalise(reported) in kept
    kept, dropped, _ = kept_and_dropped("\n".join([BODY[0], "限时优惠,今晚八点开抢!", BODY[1]]))
    assert dropped == ["限时优惠,今晚八点开抢!"]


def test_a_lawsuit_about_unlicensed_use_is_no_reprint_notice():
    claim = "原告称，被告旗下多款机型未经许可使用了其持有的4项专利，并索赔1.2亿元。"
    text = "\n".join(BODY + [claim, "被告回应称将积极应诉。"])
    kept, dropped, _ = kept_and_dropped(text)
    assert dropped == [] and normalise(claim) in kept
    notice = "未经本网授权，任何单位和个人不得转载、摘编或以其他方式使用。"
    kept, dropped, _ = kept_and_dropped("\n".join(BODY + [notice]))
    assert dropped == [notice]


def test_the_view_is_the_whole_original_as_the_rules_read_it():
    text = "琛川地產收入為5億港元。\n相關閱讀:\n點擊下載APP,閱讀更多精彩內容"
    clean = clean_text(text)
    assert len(clean.view) == len(text) and clean.view.startswith("琛川地产收入为5亿港元")


def test_a_transcripts_time_codes_are_dropped_so_the_turn_label_opens_the_paragraph():
    text = "[00:00:30] 湄邻:大家好。\n\n[00:02:45] 主持人:规模呢?\n\n00:03:10 湄邻:去年卖了2亿元,时间是12:30。"
    kept, dropped, _ = kept_and_dropped(text)
    assert [d.strip() for d in dropped] == ["[00:00:30]", "[00:02:45]", "00:03:10"]
    assert [line for line in kept.split("\n") if line] == ["湄邻:大家好。", "主持人:规模呢?", "湄邻:去年卖了2亿元,时间是12:30。"]


def test_markdown_markers_are_dropped_and_the_words_kept():
    text = "## 公司背景\n\n**珩禾宠物**是一家总部位于**南京**的宠物医疗集团。\n\n> \"目标是500家。\" —— 晁珩"
    kept, dropped, clean = kept_and_dropped(text)
    assert "珩禾宠物是一家总部位于南京的宠物医疗集团。" in kept and "**" not in kept and "#" not in kept
    assert {d.reason for d in clean.dropped} == {"markup"}
    assert kept.split("\n")[-1].startswith("\"目标")


def test_html_tags_and_character_references_left_in_scraped_text_are_dropped():
    text = "<p>瑄禾服饰宣布与瑞典品牌H&amp;M签署协议&nbsp;将为其代工。</p>\n<p>资料显示,公司成立于2003年。<br>员工约1.2万人。</p>"
    kept, dropped, _ = kept_and_dropped(text)
    assert kept.split("\n") == ["瑄禾服饰宣布与瑞典品牌H&M签署协议将为其代工。", "资料显示,公司成立于2003年。员工约1.2万人。"]
    assert "amp;" in dropped and "<br>" in dropped


def test_a_deal_about_business_cooperation_is_prose_not_a_call_to_contact():
    line = "11月29日,MCN机构缙星传媒宣布与美食博主缙缙签约,双方将在直播带货和品牌商务合作等方面展开合作。"
    kept, dropped, _ = kept_and_dropped("\n".join([BODY[0], line, BODY[1]]))
    assert dropped == [] and line in kept
    assert kept_and_dropped("\n".join([BODY[0], "商务合作:微信 zk2026", BODY[1]]))[1] == ["商务合作:微信 zk2026"]



def test_a_tables_rows_are_no_link_bar():
    text = ("中标结果公告\n\n包号 | 采购内容 | 中标供应商 | 金额\n1 | 64排CT | 东软医疗 | 726\n2 | 手术机器人 | 驫微医疗 | 1890\n\n"
            "首页 | 新闻 | 财经 | 科技\n")
    kept = clean_text(text).text
    assert "东软医疗" in kept and "驫微医疗" in kept and "中标供应商" in kept and "财经" not in kept


def test_a_bold_turn_labels_closing_marker_goes_with_the_space_after_it():
    assert clean_text("**周鵀:** 欢迎收听。\n\n**林鵁:** 你好。").text == "周鵀:欢迎收听。\n\n林鵁:你好。"



def test_a_half_width_stop_after_a_models_code_ends_the_sentence_but_not_after_a_headings_number():
    assert analysis_view("车型包括嶾嶿S7和嶾嶿X9.公司今年交付")[0] == "车型包括嶾嶿S7和嶾嶿X9。公司今年交付"
    assert analysis_view("1.公司概况")[0] == "1.公司概况"
    assert analysis_view("版本V2.0发布")[0] == "版本V2.0发布"

"""Relation patterns over hand-written analyses: every relation type, direction, negatives, anaphors,
transcripts, evidence offsets, confidence range and data-file validation."""
from __future__ import annotations

import json
import re

import pytest

from extractor.analyse import ROLE_SPEAKER_STARTS
from extractor.errors import ConfigError
from extractor.io import document_from_text
from extractor.records import Analysis, Entity, Mention, Sentence
from extractor.relations import default_patterns, extract_relations, load_patterns
from extractor.vocab import RELATIONS

MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z]+)\]")
TURN = re.compile(r"^([^\s:：,，。]{1,8})[:：]")


def fixture(marked: str) -> tuple[Analysis, dict[tuple[int, int], str], dict[str, Entity]]:
    """`[小红书|ORG]创始人[曲芳|PERSON]说。` → an analysis of the text without brackets whose mentions are the
    marked names; sentences end at 。！？!?； and line breaks; a line starting `名字:` is that speaker's turn.
    Every name is its own entity (id = "e:" + name)."""
    text, mentions, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        name, label = m.group(1), m.group(2)
        mentions.append(Mention(len(text), len(text) + len(name), name, label, norm=name))
        text += name
        pos = m.end()
    text += marked[pos:]
    sentences, start, speaker, line_start = [], 0, None, True
    for i, ch in enumerate(text + "\n"):
        if ch in "。！？!?；\n":
            end = i + 1 if ch != "\n" else i
            body = text[start:end]
            lead = len(body) - len(body.lstrip())
            if body.strip():
                if line_start:
                    t = TURN.match(body.lstrip())
                    speaker = t.group(1) if t else None
                    # (a role before a host's nickname, 主持人小麊:, is that role's turn, as analyse reads it)
                    speaker = next((r for r in ROLE_SPEAKER_STARTS if speaker and speaker.startswith(r)
                                    and len(speaker) - len(r) <= 4), speaker)
                sentences.append(Sentence(start + lead, start + len(body.rstrip()), body.strip(), speaker))
                line_start = False
            if ch == "\n":
                line_start = True
            start = i + 1
    idx = {}
    for k, s in enumerate(sentences):
        for m in mentions:
            if s.start <= m.start < s.end:
                idx[(m.start, m.end)] = k
    mentions = [Mention(m.start, m.end, m.text, m.label, sentence=idx.get((m.start, m.end), -1), norm=m.norm)
                for m in mentions]
    entities = {f"e:{m.text}": Entity(f"e:{m.text}", m.label, m.text) for m in mentions}
    mention_entities = {(m.start, m.end): f"e:{m.text}" for m in mentions}
    return Analysis(document_from_text(text, "t.txt"), sentences, mentions), mention_entities, entities


def triples(marked: str) -> set[tuple[str, str, str]]:
    a, me, ents = fixture(marked)
    return {(ents[r.subject].label_zh, r.predicate, ents[r.object].label_zh)
            for r in extract_relations(a, me, ents)}


CASES = [
    # like its peers: competitors; 公司 opening a profile sentence is the company the text is about
    ("分析师认为,[霁汐酒业|ORG]与[洋河股份|ORG]、[今世缘|ORG]等同行一样,正面临渠道库存偏高的压力。",
     {("霁汐酒业", "competitor_of", "洋河股份"), ("霁汐酒业", "competitor_of", "今世缘")}),
    ("[沅屿智能|ORG]完成B轮融资。公司成立于2023年,总部位于[深圳|GPE],目前已与[比亚迪|ORG]、[宁德时代|ORG]等企业达成合作。",
     {("沅屿智能", "located_in", "深圳"), ("沅屿智能", "partners_with", "比亚迪"), ("沅屿智能", "partners_with", "宁德时代")}),
    # set up by two: both hold it, and the headquarters after it are its own; rivals a price cut aims at
    ("[曦汐汽车|ORG]由[澜汐集团|ORG]与[卓汐资本|ORG]于2019年共同发起设立,总部位于[合肥|GPE]。",
     {("澜汐集团", "shareholder_of", "曦汐汽车"), ("卓汐资本", "shareholder_of", "曦汐汽车"),
      ("曦汐汽车", "located_in", "合肥")}),
    ("[曦汐汽车|ORG]此轮降价主要针对[比亚迪|ORG]和[零跑汽车|ORG]的同级车型。",
     {("曦汐汽车", "competitor_of", "比亚迪"), ("曦汐汽车", "competitor_of", "零跑汽车")}),
    # a stake bought in a later clause; channels in a later clause; a round taken from an investor
    ("12月2日,消费品集团[森汐集团|ORG]宣布,已与创始团队达成协议,以6.5亿元收购[砚汐|BRAND]80%的股权。",
     {("森汐集团", "shareholder_of", "砚汐"), ("砚汐", "subsidiary_of", "森汐集团")}),  # a majority: the parent
    ("[砚汐|BRAND]创立于2018年,主打敏感肌修护,线上渠道以[天猫|ORG]和[抖音|ORG]为主。",
     {("砚汐", "sells_on", "天猫"), ("砚汐", "sells_on", "抖音")}),
    ("[栀汐|BRAND]去年已经拿了[檀汐资本|ORG]的A轮。", {("檀汐资本", "investor_in", "栀汐")}),
    ('[森汐集团|ORG]旗下目前已拥有"[禾汐|BRAND]"等四个个护品牌。', {("森汐集团", "has_brand", "禾汐")}),
    # investors a company received money from; a launch on platforms in the clause after it
    ("[乐汐零食|ORG]成立于2019年,曾获[红杉中国|ORG]和[高瓴创投|ORG]投资。",
     {("红杉中国", "investor_in", "乐汐零食"), ("高瓴创投", "investor_in", "乐汐零食")}),
    ("[乐汐零食|ORG]与游戏公司[闻汐互娱|ORG]推出联名礼盒,12月1日在[天猫|ORG]和[抖音|ORG]同步开售。",
     {("乐汐零食", "sells_on", "天猫"), ("乐汐零食", "sells_on", "抖音"), ("乐汐零食", "partners_with", "闻汐互娱")}),
    # an order won from a customer; 公司近日与X签订…采购合同
    ("[芯汐装备|ORG]中标[晟汐微电子|ORG]刻蚀设备订单。", {("芯汐装备", "supplies", "晟汐微电子")}),
    ("[芯汐装备|ORG]公告,公司近日与[晟汐微电子|ORG]签订了刻蚀设备采购合同。", {("芯汐装备", "supplies", "晟汐微电子")}),
    # holders of stakes respectively; an investor that led a round in a given year
    ("上市前[谷汐资本|ORG]和[嘉汐创投|ORG]分别持有[桐汐科技|ORG]9.6%和5.2%的股份。",
     {("谷汐资本", "shareholder_of", "桐汐科技"), ("嘉汐创投", "shareholder_of", "桐汐科技")}),
    ("[谷汐资本|ORG]曾在2019年领投[桐汐科技|ORG]的A轮融资。",
     {("谷汐资本", "led_round", "桐汐科技"), ("谷汐资本", "investor_in", "桐汐科技")}),
    # a parent named right after the brand or company
    ("[暖汐火锅|BRAND]母公司[榕汐餐饮集团|ORG]当晚发布致歉声明。", {("榕汐餐饮集团", "has_brand", "暖汐火锅")}),
    # a brand's sales on a platform; a platform it pushes on
    ("旗下品牌[溪岚|BRAND]全球GMV达到1.8亿元,其中在[亚马逊|ORG][美国|GPE]站的销售额占比超过六成。",
     {("溪岚", "sells_on", "亚马逊")}),
    ("[溪岚|BRAND]今年开始在[TikTok Shop|ORG]发力。", {("溪岚", "sells_on", "TikTok Shop")}),
    # customers a company's products go to
    ("[澜汐股份|ORG]公告称,项目达产后预计年产结构件约600万件,主要供应[特斯拉|ORG]、[通用汽车|ORG]等北美客户。",
     {("澜汐股份", "supplies", "特斯拉"), ("澜汐股份", "supplies", "通用汽车")}),
    # a deal called off is no deal
    ("[澄汐集团|ORG]公告,公司决定终止收购[北汐环境|ORG]70%股权的交易。", set()),
    # a filing company (its stock code, then 披露) is what 公司 stands for; a supplier it paid supplies it
    ("[卓汐股份|ORG](股票代码:002xxx)披露,交易所要求公司说明向供应商[岱汐贸易|ORG]支付的预付款。"
     "交易所要求核实[岱汐贸易|ORG]与公司控股股东、实际控制人[梁初川|PERSON]是否存在关联关系。[卓汐股份|ORG]主营汽车零部件。",
     {("岱汐贸易", "supplies", "卓汐股份"), ("梁初川", "shareholder_of", "卓汐股份")}),
    # a partner named with its kind in a later clause
    ("[柏汐|BRAND]此次采用区域代理模式,与当地零售集团[PT Mitra Jaya|ORG]合作。", {("柏汐", "partners_with", "PT Mitra Jaya")}),
    # a design win: the supplier; also after the customers it won before
    ("[雁汐电池|ORG]公告,公司近日收到[祁川汽车|ORG]的定点通知。", {("雁汐电池", "supplies", "祁川汽车")}),
    ("[雁汐电池|ORG]表示,这是公司继[比亚迪|ORG]、[吉利|ORG]之后获得的又一家整车企业定点。",
     {("雁汐电池", "supplies", "比亚迪"), ("雁汐电池", "supplies", "吉利")}),
    # another player in a price war besides the others: competitors
    ("[夏汐咖啡|BRAND]是[瑞幸咖啡|ORG]和[库迪咖啡|ORG]之外又一家加入价格战的品牌。",
     {("夏汐咖啡", "competitor_of", "瑞幸咖啡"), ("夏汐咖啡", "competitor_of", "库迪咖啡")}),
    # appointed as the company's chief
    ("[沐汐美妆|ORG]宣布,董事会已任命[岑以安|PERSON]为公司首席执行官。", {("岑以安", "ceo_of", "沐汐美妆")}),
    # a tender won from a hospital: the winner supplies it
    ("[汐昱信息|ORG]中标[岚州医院|ORG]智慧医院项目。", {("汐昱信息", "supplies", "岚州医院")}),
    ("[汐昱信息|ORG]公告称,确认公司为[岚州医院|ORG]信息化项目的中标单位。", {("汐昱信息", "supplies", "岚州医院")}),
    # a platform under a company; a league and the partner it announces (联赛 standing for it), a sponsor renewing
    ("[汀屿视频|ORG]是[北京汀屿科技有限公司|ORG]旗下的视频平台。", {("北京汀屿科技有限公司", "has_brand", "汀屿视频")}),
    ("[汀港排球联赛|ORG]宣布,[汀屿视频|ORG]成为联赛2027-2030赛季独家新媒体版权合作伙伴。",
     {("汀屿视频", "partners_with", "汀港排球联赛")}),
    ("运动品牌[跃汀|ORG]已续约成为[汀港排球联赛|ORG]官方装备赞助商。", {("汀港排球联赛", "sponsored_by", "跃汀")}),
    # an officer named after 其中 (no comma); the company's nth holder named after 为
    ("[汀曜医疗|ORG]发布激励计划。本次激励对象共186人,其中首席技术官[霍汀远|PERSON]获授30万股。", {("霍汀远", "works_for", "汀曜医疗")}),
    ("[汀曜医疗|ORG]主要生产眼科设备。公司第二大股东为[汀川创投|ORG],持股比例为9.8%。",
     {("汀川创投", "shareholder_of", "汀曜医疗")}),
    # a foundation set up by the person through whom the gift went (其 is the person, not the school before)
    ("[宋汀峰|PERSON]回到母校[汀州大学|ORG]。此前,[宋汀峰|PERSON]已通过其设立的[汀峰公益基金会|ORG]捐赠了5000万元。",
     {("汀峰公益基金会", "founder", "宋汀峰")}),
    # investors named after the company's "financial investors" heading pay into it; a holder after 持有 is the held
    ("根据方案,[汀衡控股|ORG]将出资18亿元,重整完成后持有[汀石建工|ORG]约29.5%的股份,成为公司控股股东。"
     "[汀石建工|ORG]公告称,财务投资人方面,[珩汀资产|ORG]和[汀澜基金|ORG]合计出资7.2亿元。[汀石建工|ORG]负债146亿元。",
     {("汀衡控股", "shareholder_of", "汀石建工"), ("珩汀资产", "investor_in", "汀石建工"),
      ("汀澜基金", "investor_in", "汀石建工")}),
    # founder and chief executive named in a later clause, a former employer between
    ("[霁汀智算|ORG]成立于2021年,总部位于[上海|GPE],创始人兼CEO为前[华为云|ORG]高管[柯汀衡|PERSON]。",
     {("霁汀智算", "founder", "柯汀衡"), ("柯汀衡", "ceo_of", "霁汀智算"), ("霁汀智算", "located_in", "上海")}),
    # stores a brand entered, the platforms its online sales come from, its contract maker, its founder described
    ("休闲零食品牌[汀豆|BRAND]旗下的烤豆脆系列日前已进入[汀姆会员店|ORG]全国门店销售。", {("汀豆", "sells_on", "汀姆会员店")}),
    ("[汀豆|BRAND]由前[良品铺子|BRAND]产品经理[宁汀|PERSON]于2020年在[长沙|GPE]创立,去年销售额约为3.6亿元,"
     "其中线上渠道占比超过六成,主要来自[天猫|ORG]和[抖音|ORG]。",
     {("汀豆", "founder", "宁汀"), ("汀豆", "located_in", "长沙"), ("汀豆", "sells_on", "天猫"), ("汀豆", "sells_on", "抖音")}),
    ("据了解,[汀豆|BRAND]的产品由[湖南汀禾食品有限公司|ORG]代工生产。", {("湖南汀禾食品有限公司", "supplies", "汀豆")}),
    # an agreement to buy aircraft: the maker supplies the buyer; customers in a later clause; a product under it
    ("12月2日,[汀翔航空|ORG]与[中国商飞|ORG]在[上海|GPE]签署协议,购买40架C919飞机。",
     {("中国商飞", "supplies", "汀翔航空"), ("汀翔航空", "partners_with", "中国商飞")}),
    ("[汀云集团|ORG]是国内领先的第三方数据中心服务商,客户包括[字节跳动|ORG]、[阿里云|ORG]等互联网企业。",
     {("汀云集团", "supplies", "字节跳动"), ("汀云集团", "supplies", "阿里云")}),
    ('[汀岩酒业|ORG](600xxx.SH)向经销商下发通知,自2027年1月1日起,旗下核心产品"[汀岩金标|BRAND]"出厂价每瓶上调40元。',
     {("汀岩酒业", "has_brand", "汀岩金标")}),
    # a consortium its leader formed; rivals of a move (此举 is the company's); components supplied to 公司
    ('由[中铁汀安局集团有限公司|ORG](下称"[中铁汀安局|ORG]")牵头,联合[汀州城建设计研究院|ORG]和[岚汀轨道装备股份有限公司|ORG]'
     '组成的联合体,中标汀州地铁6号线一期工程。',
     {("中铁汀安局集团有限公司", "partners_with", "汀州城建设计研究院"),
      ("中铁汀安局集团有限公司", "partners_with", "岚汀轨道装备股份有限公司")}),
    ("[汀选|ORG]宣布下调商家佣金。[汀选|ORG]总裁[麦汀秋|PERSON]表示欢迎。分析人士认为,此举意在与[拼多多|ORG]、[抖音电商|ORG]争夺中小商家。",
     {("麦汀秋", "ceo_of", "汀选"), ("汀选", "competitor_of", "拼多多"), ("汀选", "competitor_of", "抖音电商")}),
    ("[汀储科技|ORG]成立于2016年,总部位于[苏州|GPE]。公司电芯主要由[宁德时代|ORG]和[亿纬锂能|ORG]供应。",
     {("汀储科技", "located_in", "苏州"), ("宁德时代", "supplies", "汀储科技"), ("亿纬锂能", "supplies", "汀储科技")}),
    # a company described by its country after 与; a chief executive who took the post
    ("[汀储中东有限公司|ORG]与[沙特阿拉伯|GPE]电力开发商[Rimal Energy|ORG]签署储能系统供货合同。",
     {("Rimal Energy", "located_in", "沙特阿拉伯"), ("汀储中东有限公司", "supplies", "Rimal Energy")}),
    ("[桐汀餐饮集团|ORG]发布中期业绩。[桐汀餐饮集团|ORG]收入增长。今年4月接任首席执行官的[戚汀舟|PERSON]表示,明年计划出海。",
     {("戚汀舟", "ceo_of", "桐汀餐饮集团")}),
    # a game its developer made and its publisher publishes; a rival's work named with its owner
    ("由[汀游网络|ORG]自研、[岚月互娱|ORG]代理发行的开放世界手游《[星汀纪元|BRAND]》上线首月流水超过8亿元。",
     {("汀游网络", "has_brand", "星汀纪元"), ("岚月互娱", "partners_with", "汀游网络")}),
    ("业内人士认为,《[星汀纪元|BRAND]》将与[米哈游|ORG]的《[原神|BRAND]》直接竞争。",
     {("米哈游", "has_brand", "原神"), ("星汀纪元", "competitor_of", "原神")}),
    # a phone fitted with a chip maker's chips
    ('国产手机品牌[汀米|ORG]将于12月发布的新一代旗舰机型将搭载[联发科|ORG]天玑9500芯片。', {("联发科", "supplies", "汀米")}),
    # a subsidiary of a company given a short name; registered in a later clause
    # (one entity under both names here: the fixture makes one entity of each surface)
    ('[汀商理财|ORG]为[汀商银行|ORG](下称"[汀商银行|ORG]")的全资子公司,注册资本20亿元,注册地为[宁波|GPE]。',
     {("汀商理财", "subsidiary_of", "汀商银行"), ("汀商理财", "located_in", "宁波")}),
    # an existing holder investing again; a flagship store through a platform; rivals of a kind after 等
    ("12月2日,[岚芯智算|ORG]宣布完成15亿元B轮融资,本轮由[汀川产业基金|ORG]领投,老股东[启明创投|ORG]继续追加投资。",
     {("汀川产业基金", "led_round", "岚芯智算"), ("汀川产业基金", "investor_in", "岚芯智算"), ("启明创投", "investor_in", "岚芯智算")}),
    ("此前,[汀多|ORG]已通过[天猫国际|ORG]旗舰店进入中国市场。", {("汀多", "sells_on", "天猫国际")}),
    ("业内人士指出,[汀多|ORG]将与[盒马|BRAND]、[奥乐齐|ORG]等折扣业态直接竞争。",
     {("汀多", "competitor_of", "盒马"), ("汀多", "competitor_of", "奥乐齐")}),
    # a partner described as a carmaker; a joint plant; a founder named after the headquarters
    ("动力电池回收企业[汀循科技|ORG]12月2日宣布,与新能源车企[澈汀汽车|ORG]签署协议。", {("汀循科技", "partners_with", "澈汀汽车")}),
    ("[汀循科技|ORG]与[澈汀汽车|ORG]合资建电池回收工厂。", {("汀循科技", "partners_with", "澈汀汽车")}),
    ("[汀循科技|ORG]成立于2017年,总部位于[长沙|GPE],由前[宁德时代|ORG]研发总监[易汀衡|PERSON]创立。",
     {("汀循科技", "located_in", "长沙"), ("汀循科技", "founder", "易汀衡")}),
    # a membership programme under a group named in an earlier clause, a place between
    ('[汀居酒店集团|ORG]12月2日在[上海|GPE]举行会员年会,会上宣布,旗下会员计划"[岚享会|BRAND]"的会员人数已突破2亿。',
     {("汀居酒店集团", "has_brand", "岚享会")}),
    # a show its platform made and a sponsor named it (冠名其…: the platform's); made together by two
    ("[岚视频|ORG]12月1日宣布,乳制品企业[汀乳乳业|ORG]将独家冠名其自制综艺《[向往的岚山|BRAND]》第三季。",
     {("岚视频", "has_brand", "向往的岚山"), ("向往的岚山", "sponsored_by", "汀乳乳业")}),
    ("《[向往的岚山|BRAND]》由[岚视频|ORG]与[澄汀传媒|ORG]联合制作。", {("岚视频", "partners_with", "澄汀传媒")}),
    # components from a second supplier; a founder described at length; a stake bought by the filer (公司收购…)
    ("[汀行智驾|ORG]的车辆由[广汽埃安|ORG]提供,激光雷达则来自[禾赛科技|ORG]。",
     {("广汽埃安", "supplies", "汀行智驾"), ("禾赛科技", "supplies", "汀行智驾")}),
    ("[汀行智驾|ORG]成立于2019年,创始人兼CEO为前[百度|ORG]自动驾驶事业部技术负责人[程汀岳|PERSON]。",
     {("汀行智驾", "founder", "程汀岳"), ("程汀岳", "ceo_of", "汀行智驾")}),
    ("[汀美电器|ORG]12月1日晚间公告称,公司收购[意大利|GPE]家电企业[Vellora|ORG] 100%股权的交易已获批准。",
     {("汀美电器", "shareholder_of", "Vellora"), ("Vellora", "subsidiary_of", "汀美电器"), ("Vellora", "located_in", "意大利")}),
    ("交易完成后,[Vellora|ORG]将成为[汀美电器|ORG]的全资子公司,现任CEO[马可·费拉里|PERSON]将继续留任。",
     {("Vellora", "subsidiary_of", "汀美电器"), ("汀美电器", "shareholder_of", "Vellora"), ("马可·费拉里", "ceo_of", "Vellora")}),
    # placement investors of an offering; a controller with titles; revenue from a customer
    ("[汀芯微|ORG]在科创板上市。招股书显示,本次发行的战略配售对象包括[岚湖资本|ORG]和[汀川基金|ORG]。",
     {("岚湖资本", "investor_in", "汀芯微"), ("汀川基金", "investor_in", "汀芯微")}),
    ("[汀芯微|ORG]成立于2016年,总部位于[无锡|GPE],实际控制人为董事长兼总经理[尹汀川|PERSON]。",
     {("汀芯微", "located_in", "无锡"), ("尹汀川", "shareholder_of", "汀芯微"), ("尹汀川", "chairman_of", "汀芯微"),
      ("尹汀川", "ceo_of", "汀芯微")}),
    ("[汀芯微|ORG]在科创板上市。[汀芯微|ORG]主营功率芯片。2025年公司实现营收18.7亿元,其中来自[比亚迪|ORG]的收入占比约为27%。",
     {("汀芯微", "supplies", "比亚迪")}),
    # launches for the latter; its own rocket; a past post in an unnamed unit; a company under its parent
    ('商业航天公司[汀天航天|ORG]宣布,已与卫星互联网运营商[岚网星座|ORG]签署合同,将使用其"[汀天二号|BRAND]"运载火箭,为后者发射36颗卫星。',
     {("汀天航天", "supplies", "岚网星座"), ("汀天航天", "has_brand", "汀天二号")}),
    ("[钟启汀|PERSON]曾任[中国航天科技集团|ORG]某研究院副院长。", {("钟启汀", "works_for", "中国航天科技集团")}),
    ("[岚网星座|ORG]是[汀鸿集团|ORG]旗下的卫星互联网公司。", {("岚网星座", "subsidiary_of", "汀鸿集团")}),
    # online sales from a platform, no comma before
    ("今年上半年,[汀跃体育|BRAND]跑鞋销量同比增长46%,线上销售额中约四成来自[抖音|ORG]。", {("汀跃体育", "sells_on", "抖音")}),
    # officers listed before they attend; 公司 as the supplier of two customers; run together with a cooperative
    ("[汀声科技|ORG]召开业绩说明会。[汀声科技|ORG]董事长[冯汀远|PERSON]、财务总监[戴汀琳|PERSON]出席并回答了投资者提问。",
     {("冯汀远", "chairman_of", "汀声科技"), ("戴汀琳", "works_for", "汀声科技")}),
    ("[汀声科技|ORG]召开业绩说明会。[汀声科技|ORG]主营耳机。目前公司是[哈曼|ORG]和[索尼|ORG]的重要ODM供应商。",
     {("汀声科技", "supplies", "哈曼"), ("汀声科技", "supplies", "索尼")}),
    ("该茶园由[汀茗|BRAND]与当地的[岚山茶叶专业合作社|ORG]共同运营。", {("汀茗", "partners_with", "岚山茶叶专业合作社")}),
    ("即时配送平台[岚送外卖|ORG]宣布与[汀安保险|ORG]合作,为骑手提供职业伤害保障。", {("岚送外卖", "partners_with", "汀安保险")}),
    # its current manager; where a company that belongs to another has its headquarters; a launched product;
    # ships ordered from a yard; cooperation to be strengthened; rivals of a kind after a long 等-phrase
    ("交易完成后,[Kauri Farms|ORG]的创始家族将保留15%的股份,其现任总经理[詹姆斯·怀特|PERSON]将继续负责牧场运营。",
     {("詹姆斯·怀特", "ceo_of", "Kauri Farms")}),
    ("[岚学|ORG]隶属于[汀学科技集团|ORG],总部位于[杭州|GPE]。", {("岚学", "subsidiary_of", "汀学科技集团"), ("岚学", "located_in", "杭州")}),
    ('12月2日,在线教育平台[岚学|ORG]发布AI家教产品"[岚小智|BRAND]"。', {("岚学", "has_brand", "岚小智")}),
    ("[汀海航运|ORG]公告称,公司已与[岚江重工|ORG]签订4艘集装箱船的建造合同。", {("岚江重工", "supplies", "汀海航运")}),
    ("[汀海航运|ORG]总裁[翁启汀|PERSON]表示,公司将继续加强与[地中海航运|ORG]和[马士基|ORG]在亚欧航线上的舱位合作。",
     {("翁启汀", "ceo_of", "汀海航运"), ("汀海航运", "partners_with", "地中海航运"), ("汀海航运", "partners_with", "马士基")}),
    ("业内人士认为,[岚学|ORG]将与[作业帮|ORG]、[猿辅导|ORG]等平台在AI学习工具领域正面竞争。",
     {("岚学", "competitor_of", "作业帮"), ("岚学", "competitor_of", "猿辅导")}),
    # a parent described by its city; a platform under a group; supplies for the latter's sites; a unit worked in
    ("[汀机汇|ORG]的母公司为[深圳|GPE]的[汀讯通信集团|ORG],集团旗下还拥有手机回收平台\"[岚回收|BRAND]\"。",
     {("汀机汇", "subsidiary_of", "汀讯通信集团"), ("汀讯通信集团", "has_brand", "岚回收"),
      ("汀讯通信集团", "located_in", "深圳")}),  # (为深圳的X: X is in Shenzhen)
    ("仓储机器人企业[汀智机器人|ORG]宣布,与连锁超市[岚华超市|ORG]签订供货合同,将为后者位于[武汉|GPE]、[长沙|GPE]的两个物流中心提供约1200台搬运机器人。",
     {("汀智机器人", "supplies", "岚华超市")}),
    ("创始人兼CEO[邱霁汀|PERSON]曾在[亚马逊|ORG]机器人部门任职。", {("邱霁汀", "works_for", "亚马逊")}),
    # an IP the company licenses out; the chairman standing in; a past post after joining
    ('动画公司[岚梦动画|ORG]宣布将旗下原创动画IP"[星汀熊|BRAND]"授权给休闲食品企业[汀乐食品|ORG]。',
     {("岚梦动画", "has_brand", "星汀熊")}),
    # (an officer who resigns worked there, as one who held a post before did; no current post)
    ("[岚讯科技|ORG]公告称,公司首席执行官[韦书汀|PERSON]辞职。在新任首席执行官正式任命前,由董事长[贺辰汀|PERSON]代为履行首席执行官职责。",
     {("贺辰汀", "chairman_of", "岚讯科技"), ("韦书汀", "works_for", "岚讯科技")}),
    ("[韦书汀|PERSON]于2021年加入[岚讯科技|ORG],此前曾任[汀联通信|ORG]副总裁。",
     {("韦书汀", "works_for", "岚讯科技"), ("韦书汀", "works_for", "汀联通信")}),
    # a market the rivals dominate and the company that would replace them
    ("国内眼科设备市场长期由[蔡司|ORG]、[爱尔康|ORG]等外资品牌主导,[汀曜医疗|ORG]的国产替代空间较大。",
     {("汀曜医疗", "competitor_of", "蔡司"), ("汀曜医疗", "competitor_of", "爱尔康")}),
    # compared with rivals: competitors (and compared)
    ("与[华住|ORG]等巨头相比,[栖汐|BRAND]的优势在于投资更低。",
     {("栖汐", "competitor_of", "华住"), ("栖汐", "compared_with", "华住")}),
    # a licence deal with a developer (开发商 before the name)
    ("[栖汐酒店|BRAND]宣布与地产开发商[汐川置业|ORG]签署战略合作协议。", {("栖汐酒店", "partners_with", "汐川置业")}),
    # a licence of rights is a deal between the two; 公司 after a filer's 公告称 is the filer
    ("[岚禾药业|ORG]将一款抗体新药的海外权益授权给[柏川生物|ORG]。", {("岚禾药业", "partners_with", "柏川生物")}),
    ("[岚禾药业|ORG]公告称,公司与[柏川生物|ORG]达成独家许可协议。", {("岚禾药业", "partners_with", "柏川生物")}),
    # 集团 alone is the organisation the text called a group, not the brand named last
    ("[岚步集团|ORG]发布中报。[岚羚跑鞋|ORG]收入增长64%。集团董事长[严立川|PERSON]表示满意。",
     {("严立川", "chairman_of", "岚步集团")}),
    # founder / co-founder / titles (org → person for founder; person → org for roles)
    ("[小红书|ORG]创始人[曲芳|PERSON]表示,社区是核心。", {("小红书", "founder", "曲芳")}),
    ("[星河资本|ORG]创始合伙人兼CEO[李明|PERSON]出席了活动。",
     {("星河资本", "cofounder", "李明"), ("李明", "partner_of", "星河资本"), ("李明", "ceo_of", "星河资本")}),
    ("[蓝海科技|ORG]联合创始人[周涛|PERSON]离职。", {("蓝海科技", "cofounder", "周涛")}),
    # a former role: the founding stays true, the job does not; 此前 is "before this", not "former"
    ("据报道,原[星河资本|ORG]副总裁[张楠|PERSON]已加入[云帆科技|ORG]。", {("张楠", "works_for", "云帆科技")}),
    ("后者由前[蓝海科技|ORG]联合创始人[周涛|PERSON]创立。", {("蓝海科技", "cofounder", "周涛")}),
    ("此前[优品集团|ORG]CEO[吴磊|PERSON]表示,销量翻倍。", {("吴磊", "ceo_of", "优品集团")}),
    ("[翎栩互娱|ORG]（[Lingxu|ORG]）创始人兼CEO[周涛|PERSON]表示,销量翻倍。",
     {("翎栩互娱", "founder", "周涛"), ("周涛", "ceo_of", "翎栩互娱")}),  # an alias in brackets between
    ("[陈静|PERSON]是[优品集团|ORG]董事长。", {("陈静", "chairman_of", "优品集团")}),
    ("嘉宾:[张三|PERSON],[小红书|ORG]创始人[曲芳|PERSON]。", {("小红书", "founder", "曲芳")}),
    ("[优品集团|ORG]的首席执行官是[吴磊|PERSON]。", {("吴磊", "ceo_of", "优品集团")}),
    ("[红杉中国|ORG]合伙人[郑庆生|PERSON]认为市场还在增长。", {("郑庆生", "partner_of", "红杉中国")}),
    ("[刘洋|PERSON]于去年加入[字节跳动|ORG]。", {("刘洋", "works_for", "字节跳动")}),
    ("[张伟|PERSON]于2015年创办了[云帆科技|ORG]。", {("云帆科技", "founder", "张伟")}),
    ("[蓝鲸科技|ORG]由[王芳|PERSON]和[赵磊|PERSON]于2012年创立。",
     {("蓝鲸科技", "founder", "王芳"), ("蓝鲸科技", "founder", "赵磊")}),
    # funding
    ("[翎栩互娱|ORG]完成了由[远山资本|ORG]和[蓝海创投|ORG]领投的新一轮融资。",
     {("远山资本", "led_round", "翎栩互娱"), ("蓝海创投", "led_round", "翎栩互娱"),
      ("远山资本", "investor_in", "翎栩互娱"), ("蓝海创投", "investor_in", "翎栩互娱")}),
    ("[云帆科技|ORG]发布年报。[张伟|PERSON]透露,公司已经推出第二品牌“[青木|BRAND]”。", {("云帆科技", "has_brand", "青木")}),
    ("[翎栩互娱|BRAND]发布年报。[周涛|PERSON]说,公司旗下的[Lumi|BRAND]卖得最好。", {("翎栩互娱", "has_brand", "Lumi")}),
    ("[元气森林|BRAND]宣布完成5亿美元C轮融资，由[高瓴资本|ORG]领投，[红杉中国|ORG]、[华平投资|ORG]跟投。",
     {("高瓴资本", "led_round", "元气森林"), ("高瓴资本", "investor_in", "元气森林"),
      ("红杉中国", "investor_in", "元气森林"), ("华平投资", "investor_in", "元气森林")}),
    ("[真格基金|ORG]投资了[完美日记|BRAND]。", {("真格基金", "investor_in", "完美日记")}),
    ("[喜茶|BRAND]获得了[腾讯|ORG]的战略投资。", {("腾讯", "investor_in", "喜茶")}),
    # shareholders
    ("[马化腾|PERSON]持有[腾讯|ORG]8.6%的股份。", {("马化腾", "shareholder_of", "腾讯")}),
    ("[软银|ORG]是[阿里巴巴|ORG]的第一大股东。", {("软银", "shareholder_of", "阿里巴巴")}),
    # brands and subsidiaries
    ("[逸仙电商|ORG]旗下品牌[完美日记|BRAND]、[小奥汀|BRAND]增长迅速。",
     {("逸仙电商", "has_brand", "完美日记"), ("逸仙电商", "has_brand", "小奥汀")}),
    ("[小奥汀|BRAND]是[逸仙电商|ORG]旗下的彩妆品牌。", {("逸仙电商", "has_brand", "小奥汀")}),
    ("[淘宝|ORG]是[阿里巴巴|ORG]的全资子公司。", {("淘宝", "subsidiary_of", "阿里巴巴")}),
    ("交易完成后[青岚|BRAND]将成为[星河体育|ORG]的非全资附属公司。", {("青岚", "subsidiary_of", "星河体育")}),
    ("[星河体育|ORG]旗下已拥有[青岚|BRAND]、[木槿|BRAND]等户外品牌。",
     {("星河体育", "has_brand", "青岚"), ("星河体育", "has_brand", "木槿")}),
    # a title given with the organisation as the clause's topic; adverbs before the verb of a role
    ("公告显示,[云帆科技|ORG]成立于2015年,总部位于深圳,创始人为[张伟|PERSON]。", {("云帆科技", "founder", "张伟")}),
    ("[周涛|PERSON]将继续担任[翎栩互娱|ORG]首席执行官。", {("周涛", "ceo_of", "翎栩互娱")}),
    ("[云帆科技|ORG]发布了新品,[华星银行|ORG]的董事长是[陈静|PERSON]。", {("陈静", "chairman_of", "华星银行")}),
    ("与[蓝海科技|ORG]形成竞争的[云帆科技|ORG]今年也加大了投入。", {("蓝海科技", "competitor_of", "云帆科技")}),
    ("[云帆科技|ORG]宣布,任命[周涛|PERSON]为公司首席财务官。", {("周涛", "works_for", "云帆科技")}),
    ("[云帆科技|ORG]成立于2023年3月,创始人兼CEO[杨明|PERSON]毕业于清华大学。",
     {("云帆科技", "founder", "杨明"), ("杨明", "ceo_of", "云帆科技")}),
    ("[云帆科技|ORG]由留美博士[张伟|PERSON]于2014年在[苏州|GPE]创立。",
     {("云帆科技", "founder", "张伟"), ("云帆科技", "located_in", "苏州")}),
    # 公司 after 是/为 in a stake sentence is the company the report is about, not the holder just named
    ("上市前,[云帆科技|ORG]完成了6轮融资。其中,[远山资本|ORG]持股比例为11.2%,是公司第一大机构股东。"
     "[张伟|PERSON]合计控制公司32.5%的股份,为公司实际控制人。",
     {("远山资本", "shareholder_of", "云帆科技"), ("张伟", "shareholder_of", "云帆科技")}),
    # a round referred to in an answer (那一轮) is the round of the company the question named
    ("记者:[云帆科技|ORG]去年拿到了E轮融资,投资方有哪些?\n[周涛|PERSON]:那一轮是由[远山资本|ORG]领投的,[华星银行|ORG]、[蓝海创投|ORG]也参与了。",
     {("远山资本", "led_round", "云帆科技"), ("远山资本", "investor_in", "云帆科技"),
      ("华星银行", "investor_in", "云帆科技"), ("蓝海创投", "investor_in", "云帆科技")}),
    ("[云帆科技|ORG]近日任命[周涛|PERSON]担任首席执行官。", {("周涛", "ceo_of", "云帆科技")}),
    ("[云帆科技|ORG]总部位于[浙江|GPE][宁波|GPE]。", {("云帆科技", "located_in", "宁波")}),  # the city, not the province
    # platforms
    ("[完美日记|BRAND]第一次在[小红书|ORG]尝试做直播。", {("完美日记", "livestreams_on", "小红书")}),
    ("[小仙炖|BRAND]在[天猫|ORG]开设了旗舰店。", {("小仙炖", "sells_on", "天猫")}),
    ("消费者可以在[花西子|BRAND][天猫|ORG]旗舰店购买。", {("花西子", "sells_on", "天猫")}),
    ("[Maia Active|BRAND]在[小红书|ORG]上迅速走红。", {("Maia Active", "grew_on", "小红书")}),
    ("许多新品牌在[小红书|ORG]上成长起来,包括[完美日记|BRAND]和[小仙炖|BRAND]。",
     {("完美日记", "grew_on", "小红书"), ("小仙炖", "grew_on", "小红书")}),
    ("[三顿半|BRAND]于2015年成立，目前在[天猫|ORG]和[京东|ORG]均开设了旗舰店。",
     {("三顿半", "sells_on", "天猫"), ("三顿半", "sells_on", "京东")}),
    ("[李佳琦|PERSON]在[淘宝|ORG]直播带货。", {("李佳琦", "livestreams_on", "淘宝")}),
    ("[花西子|BRAND]入驻了[抖音|BRAND]。", {("花西子", "sells_on", "抖音")}),
    ("[陈宇文|PERSON]曾在[宝洁|ORG]工作。", {("陈宇文", "works_for", "宝洁")}),
    # comparisons, competitors, places
    ("[Maia Active|BRAND]被用户称为“[中国|GPE]的[Lululemon|BRAND]”。", {("Maia Active", "compared_with", "Lululemon")}),
    ("[瑞幸|BRAND]号称“中国的[星巴克|BRAND]”。", {("瑞幸", "compared_with", "星巴克")}),
    ("[美团|ORG]和[饿了么|ORG]是直接竞争对手。", {("美团", "competitor_of", "饿了么")}),
    ("[小红书|ORG]总部位于[上海|GPE]。", {("小红书", "located_in", "上海")}),
    ("[三顿半|BRAND]于2015年在[长沙|GPE]成立。", {("三顿半", "located_in", "长沙")}),
    ("[云帆科技|ORG]成立于2015年,总部位于[杭州|GPE]。", {("云帆科技", "located_in", "杭州")}),
    ("[远山资本|ORG]是[云帆科技|ORG]目前的控股股东。", {("远山资本", "shareholder_of", "云帆科技")}),
    ("[云帆科技|ORG]发布了新品,[华星银行|ORG]总部位于[上海|GPE]。", {("华星银行", "located_in", "上海")}),
    ("[泡泡玛特|BRAND]在潮玩市场走红，被称为“[中国|GPE]的[Kaws|BRAND]”。", {("泡泡玛特", "compared_with", "Kaws")}),
    ("[快手|ORG]的竞争对手包括[抖音|ORG]和[微视|ORG]。", {("快手", "competitor_of", "抖音"), ("快手", "competitor_of", "微视")}),
    ("与[美团|ORG]、[饿了么|ORG]相比,[叮咚买菜|BRAND]的规模仍然较小。",
     {("叮咚买菜", "compared_with", "美团"), ("叮咚买菜", "compared_with", "饿了么")}),
    # partnerships between organisations (symmetric)
    ("[云帆科技|ORG]与[华星银行|ORG]签署了战略合作协议。", {("云帆科技", "partners_with", "华星银行")}),
    ("[喜茶|BRAND]携手[故宫文创|BRAND]推出联名饮品。", {("喜茶", "partners_with", "故宫文创")}),
    ("[星巴克|BRAND]和[阿里巴巴|ORG]合作推出外卖服务。", {("星巴克", "partners_with", "阿里巴巴")}),
    ("[顺丰|ORG]成为[冬奥会组委会|ORG]的官方合作伙伴。", {("顺丰", "partners_with", "冬奥会组委会")}),
    # investment and stakes read across "宣布向 … 投资" and a clause that carries the subject
    ("[远山资本|ORG]宣布向[云帆科技|ORG]投资5亿元。", {("远山资本", "investor_in", "云帆科技")}),
    ("[远山资本|ORG]宣布向[云帆科技|ORG]投资5亿元,持有[云帆科技|ORG]约12%的股份。",
     {("远山资本", "investor_in", "云帆科技"), ("远山资本", "shareholder_of", "云帆科技")}),
    # interviews in prose
    ("[方爱之|PERSON]专访了[曲芳|PERSON]。", {("方爱之", "interviewed", "曲芳")}),
    # anaphors: 他们 → the recent brand; the passive's missing subject; 我 → the turn's speaker
    ("[小仙炖|BRAND]成立于2014年。去年双11,他们在[天猫|ORG]的日交易额突破1亿。", {("小仙炖", "sells_on", "天猫")}),
    ("另一个品牌[Maia Active|BRAND]是健身服装品牌。被很多用户称为“[中国|GPE]的[Lululemon|BRAND]”。",
     {("Maia Active", "compared_with", "Lululemon")}),
    ("[曲芳|PERSON]:我在2013年创办了[小红书|ORG]。", {("小红书", "founder", "曲芳")}),
    ("[云帆科技|ORG]发布了新品。公司副总裁[张伟|PERSON]表示,销量翻倍。", {("张伟", "works_for", "云帆科技")}),
    # negatives: co-occurrence, no pattern; negation; self-relations; watching is not livestreaming
    # parent companies, units under a group, joint ventures and partners (new patterns)
    ("[青禾宠物|BRAND]成立于2019年,母公司为[杭州青禾科技有限公司|ORG]。", {("杭州青禾科技有限公司", "has_brand", "青禾宠物")}),
    ("[星河物流|ORG]的母公司是[远山控股|ORG]。", {("星河物流", "subsidiary_of", "远山控股")}),
    ("[远山控股|ORG]是[星河物流|ORG]的母公司。", {("星河物流", "subsidiary_of", "远山控股")}),
    ("合资工厂将优先为[远山汽车|ORG]旗下的[星河汽车|ORG]和[云帆汽车|ORG]供货。",
     {("星河汽车", "subsidiary_of", "远山汽车"), ("云帆汽车", "subsidiary_of", "远山汽车")}),
    ("[蓝湾电池|ORG]与[远山汽车|ORG]在[上海|GPE]签署协议。", {("蓝湾电池", "partners_with", "远山汽车")}),
    ("此前,[远山汽车|ORG]已与[蓝湾电池|ORG]合资成立了新公司。", {("远山汽车", "partners_with", "蓝湾电池")}),
    ("我们跟[美团|ORG]合作比较深。[云帆科技|ORG]一直与[华星银行|ORG]保持着深度合作。",
     {("云帆科技", "partners_with", "华星银行")}),  # 我们 with no speaker's organisation reads nothing
    ("双方将在[江苏|GPE][常州|GPE]共同成立合资公司\"[蓝湾远山电池有限公司|ORG]\"。", {("蓝湾远山电池有限公司", "located_in", "常州")}),
    ("本轮由[星河资本|ORG]领投,老股东[远山资本|ORG]跟投。", set()),  # no company raising in the sentence
    ("[青禾宠物|BRAND]完成2亿元B轮融资,本轮由[星河资本|ORG]领投,老股东[远山资本|ORG]跟投。",
     {("星河资本", "led_round", "青禾宠物"), ("星河资本", "investor_in", "青禾宠物"), ("远山资本", "investor_in", "青禾宠物")}),
    ("[云帆科技|ORG]的合作伙伴[华星银行|ORG]发布了年报。", set()),
    # titles after 由, places before a descriptor, the company held, hosts and their agencies
    ("[青禾优选|ORG]由董事长[邱明|PERSON]于2009年在[浙江|GPE][宁波|GPE]创立。",
     {("青禾优选", "founder", "邱明"), ("邱明", "chairman_of", "青禾优选"), ("青禾优选", "located_in", "宁波")}),
    ("[深圳|GPE]消费电子企业[极光科技|ORG]昨日发布新品。", {("极光科技", "located_in", "深圳")}),
    ("[青禾优选|ORG]成立于2009年。[邱明|PERSON]目前持有公司约41%的股份。", {("邱明", "shareholder_of", "青禾优选")}),
    ("[抖音|ORG]头部主播[小鹿|PERSON]开启专场直播。", {("小鹿", "livestreams_on", "抖音")}),
    # founders in a place, benchmarks, flagship stores, stakes bought, rounds in a later clause or sentence
    ("一年后,[方溪|PERSON]在[广州|GPE]创立了护发品牌[青丝坊|BRAND]。",
     {("青丝坊", "founder", "方溪"), ("青丝坊", "located_in", "广州")}),
    ("在业内看来,[青丝坊|BRAND]对标的是国际品牌[施丽|BRAND]和[霸道|BRAND]。",
     {("青丝坊", "competitor_of", "施丽"), ("青丝坊", "competitor_of", "霸道")}),
    ("[青丝坊|BRAND]的第一款产品是一瓶洗发水,上线[天猫|ORG]旗舰店后卖出了2万瓶。", {("青丝坊", "sells_on", "天猫")}),
    ("[安跃集团|ORG]以2.1亿美元收购了[意大利|GPE]滑雪品牌[蒙山|BRAND]75%的股权。",
     {("安跃集团", "shareholder_of", "蒙山"), ("蒙山", "subsidiary_of", "安跃集团")}),
    ("[学而|ORG]成立于2014年,曾在2020年获得[腾讯|ORG]和[华平投资|ORG]联合领投的2.6亿美元D轮融资。",
     {("腾讯", "led_round", "学而"), ("腾讯", "investor_in", "学而"), ("华平投资", "led_round", "学而"),
      ("华平投资", "investor_in", "学而")}),
    ("2021年,[青丝坊|BRAND]完成1.5亿元A轮融资。2023年又完成由[黑蚁资本|ORG]领投的3亿元B轮融资。",
     {("黑蚁资本", "led_round", "青丝坊"), ("黑蚁资本", "investor_in", "青丝坊")}),
    ("根据协议,[北境|ORG]现任首席执行官[Erik Larsson|PERSON]将留任。", {("Erik Larsson", "ceo_of", "北境")}),
    ("据[窄门|ORG]数据,[椰雾咖啡|BRAND]新开门店约1500家,开店速度仅次于[瑞幸咖啡|BRAND]和[库迪咖啡|BRAND]。",
     {("椰雾咖啡", "compared_with", "瑞幸咖啡"), ("椰雾咖啡", "compared_with", "库迪咖啡")}),  # not the source
    ("[椰雾咖啡|BRAND]创始人[宁浩|PERSON]曾在外企工作,2021年在[长沙|GPE]创立椰雾。",
     {("椰雾咖啡", "founder", "宁浩")}),  # the founded name is not the one before: no place for it
    ("[宁浩|PERSON]曾在外企工作,2021年在[长沙|GPE]创立[椰雾咖啡|BRAND]。",
     {("椰雾咖啡", "located_in", "长沙"), ("椰雾咖啡", "founder", "宁浩")}),  # (the founder after a year, a clause on)
    ("[成都市政府|ORG]与氢能企业[氢途科技|ORG]签署投资合作协议。", {("成都市政府", "partners_with", "氢途科技")}),
    ("[青禾智能|ORG]完成10亿元B轮融资,本轮由[星河资本|ORG]领投,[蓝鲸创投|ORG]跟投,老股东[远山资本|ORG]继续加码。",
     {("星河资本", "led_round", "青禾智能"), ("星河资本", "investor_in", "青禾智能"), ("蓝鲸创投", "investor_in", "青禾智能"),
      ("远山资本", "investor_in", "青禾智能")}),
    ("[小鹿|PERSON]拥有粉丝2800万,她所在的MCN机构[星芒传媒|ORG]是其经纪公司。", {("小鹿", "works_for", "星芒传媒")}),
    # a bare 品牌 opening a sentence, and a clause with no subject of its own, continue the brand before
    ("[青禾宠物|BRAND]在杭州成立。目前品牌主要在[天猫|ORG],[京东|ORG]和[抖音|ORG]销售。",
     {("青禾宠物", "sells_on", "天猫"), ("青禾宠物", "sells_on", "京东"), ("青禾宠物", "sells_on", "抖音")}),
    ("[青禾宠物|BRAND]以包装出圈,此前主要在[天猫|ORG]销售。", {("青禾宠物", "sells_on", "天猫")}),
    ("[禾川饮品|ORG]成立于2019年,旗下品牌“[青梧记|BRAND]”在江西开了200家店。", {("禾川饮品", "has_brand", "青梧记")}),
    ("[禾川饮品|ORG]成立于2019年,[远山资本|ORG]旗下品牌[青梧记|BRAND]开了店。", {("远山资本", "has_brand", "青梧记")}),
    ("[Solvik|BRAND]是一家来自[瑞典|GPE]的家居品牌。", {("Solvik", "located_in", "瑞典")}),
    ("[Solvik|BRAND]的母公司是总部位于[哥德堡|GPE]的[Havsgruppen|ORG]。",
     {("Havsgruppen", "has_brand", "Solvik"), ("Havsgruppen", "located_in", "哥德堡")}),
    ("[Solvik|BRAND]中国区总裁[林远|PERSON]接受了采访。", {("林远", "works_for", "Solvik")}),  # not its CEO
    ("[观潮研究|ORG]高级分析师[许安|PERSON]认为价格战仍将持续。", {("许安", "works_for", "观潮研究")}),
    ("[Solvik|BRAND]在[天猫|ORG]的旗舰店里有两百多款产品。", {("Solvik", "sells_on", "天猫")}),
    ("[禾川乳业|ORG]发布公告。董事会同意聘任[许安|PERSON]为公司新任首席执行官。", {("许安", "ceo_of", "禾川乳业")}),
    ("[禾川饮品|BRAND]2018年诞生于[成都|GPE],主打低糖饮料。", {("禾川饮品", "located_in", "成都")}),
    ("据悉,[禾川饮品|BRAND]线下已进入[永旺|ORG]、[罗森|ORG]等商超渠道。",
     {("禾川饮品", "sells_on", "永旺"), ("禾川饮品", "sells_on", "罗森")}),
    ("[深蓝智算|ORG]的核心产品“[蓝鲸助手|BRAND]”已上线。", {("深蓝智算", "has_brand", "蓝鲸助手")}),
    ("[巴山里|BRAND]国际业务负责人[唐宁|PERSON]透露,海外门店将翻倍。", {("唐宁", "works_for", "巴山里")}),
    ("[晶岳光电|ORG]发布公告称,公司全资子公司[晶岳储能|ORG]签订了合同。", {("晶岳储能", "subsidiary_of", "晶岳光电")}),
    ("“[咔咔熊|BRAND]”母公司[甜园食品|ORG]公布了数据。", {("甜园食品", "has_brand", "咔咔熊")}),
    ("[天猫|ORG]旗舰店位列类目第三,仅次于[松鼠坚果|BRAND]。", set()),  # the store's brand, not the platform
    ("[深蓝智算|ORG]去年成立,今年3月刚刚完成了2亿元的天使+轮融资,投资方包括[启原创投|ORG]和[云栖资本|ORG]。",
     {("启原创投", "investor_in", "深蓝智算"), ("云栖资本", "investor_in", "深蓝智算")}),
    ("[吴建平|PERSON]至今仍是[粥小满|BRAND]的第二大股东。", {("吴建平", "shareholder_of", "粥小满")}),
    ("[蓝帆出行|ORG]目前的主要竞争对手为[滴滴出行|ORG]和[曹操出行|ORG]。",
     {("蓝帆出行", "competitor_of", "滴滴出行"), ("蓝帆出行", "competitor_of", "曹操出行")}),
    ("[粥小满|BRAND]拿到了第一笔天使投资,投资人是他曾经送餐的餐厅老板[吴建平|PERSON]。",
     {("吴建平", "investor_in", "粥小满")}),
    ("[粥小满|BRAND]开始扩张。公司引入了前高管[林晓彤|PERSON]担任COO。", {("林晓彤", "works_for", "粥小满")}),
    ("[郑一帆|PERSON]十年前还在送外卖。如今他创办的连锁粥铺品牌“[粥小满|BRAND]”开出了420家门店。",
     {("粥小满", "founder", "郑一帆")}),
    ("[宁川银行|ORG]行长[方文斌|PERSON]表示,将提供授信支持。", {("方文斌", "ceo_of", "宁川银行")}),
    ("分析师([摩根士丹利|ORG] [孙立|PERSON]):请问管理层如何看待价格竞争?", {("孙立", "works_for", "摩根士丹利")}),
    ("[蓝岳汽车|ORG]是[吉利控股|ORG]旗下的高端电动车品牌。", {("吉利控股", "has_brand", "蓝岳汽车")}),
    ("[澄岳资本|ORG]由前[红杉中国|ORG]合伙人[许知远|PERSON]于2015年创立。", {("澄岳资本", "founder", "许知远")}),
    ("[澄岳资本|ORG]累计投资企业超过120家,代表项目包括机器人公司[灵岳动力|ORG]和芯片设计公司[凌岳半导体|ORG]。",
     {("澄岳资本", "investor_in", "灵岳动力"), ("澄岳资本", "investor_in", "凌岳半导体")}),
    ("[小红书|ORG]和[曲芳|PERSON]都提到了用户。", set()),
    ("[张伟|PERSON]很忙。[云帆科技|ORG]发布了新品。", set()),
    ("[云帆科技|ORG]并非由[张伟|PERSON]创立。", set()),  # negation
    ("[完美日记|BRAND]的用户在[小红书|ORG]上看直播。", set()),
    ("[小红书|ORG]在[小红书|ORG]上直播。", set()),
    ("[美团|ORG]发布财报,[饿了么|ORG]也发布了财报。", set()),
    ("[高瓴资本|ORG]的报告提到了[元气森林|BRAND]。", set()),
    ("[泡泡玛特|BRAND]旗下品牌Molly在[抖音|ORG]上走红。", set()),  # the subject is another (unrecognised) brand
    ("[元气森林|BRAND]有望获得[腾讯|ORG]的投资。", set()),  # a hedge is not a fact
    ("[小米|ORG]发布了新手机，在[北京|GPE]举行发布会。", set()),
    ("他们在[天猫|ORG]的日交易额突破1亿。", set()),
    ("公司副总裁[张伟|PERSON]表示,销量翻倍。", set()),  # no organisation before it to point to
    ("[云帆科技|ORG]发布了新品。分公司副总裁[张伟|PERSON]表示,销量翻倍。", set()),  # 分公司 is another company
    ("[云帆科技|ORG]与[华星银行|ORG]计划签署合作协议。", set()),  # a plan is not a partnership
    ("[远山资本|ORG]拟向[云帆科技|ORG]投资5亿元。", set()),
    # a former marker before the organisation ends any role read from the sentence, not only a title's
    ("[素岚|BRAND]由前[宝川|ORG]研发总监[沈一诺|PERSON]创办。", {("素岚", "founder", "沈一诺")}),
    # an item of a numbered list reads as a sentence about the name that heads it
    ("4. [溪岚|BRAND]:2019年诞生于[苏州|GPE],创始人为[黄一苇|PERSON]。",
     {("溪岚", "located_in", "苏州"), ("溪岚", "founder", "黄一苇")}),
    ("2. [薇岚|BRAND]:[贝川集团|ORG]旗下品牌,主打敏感肌护理。", {("贝川集团", "has_brand", "薇岚")}),
    # X是品牌Y的生产企业: X makes the brand and has the headquarters, not Y
    ("[凯岚电器|ORG]是小家电品牌[凯岚|BRAND]的生产企业,总部位于[佛山|GPE]。",
     {("凯岚电器", "has_brand", "凯岚"), ("凯岚电器", "located_in", "佛山")}),
    ("[凯岚电器|ORG]年产能约800万台。公司产品主要通过[京东|ORG]、[拼多多|ORG]等电商平台以及[沃尔玛|ORG]等线下商超销售。",
     {("凯岚电器", "sells_on", "京东"), ("凯岚电器", "sells_on", "拼多多"), ("凯岚电器", "sells_on", "沃尔玛")}),
    ("[鸿川资本|ORG]出资45亿元认购新股,重整完成后将持有[永川地产|ORG]约29%的股份。",
     {("鸿川资本", "shareholder_of", "永川地产")}),
    ("目前[芮语|BRAND]线上渠道以[天猫|ORG]和[抖音|ORG]为主,线下已进入[屈臣氏|BRAND]的1500家门店。",
     {("芮语", "sells_on", "天猫"), ("芮语", "sells_on", "抖音"), ("芮语", "sells_on", "屈臣氏")}),
    ("[禾岚化妆品|ORG]完成了由[高瓴资本|ORG]领投、[红杉中国|ORG]跟投的C轮融资。",
     {("高瓴资本", "led_round", "禾岚化妆品"), ("高瓴资本", "investor_in", "禾岚化妆品"),
      ("红杉中国", "investor_in", "禾岚化妆品")}),
    ("[岚鲸|BRAND]J5和[岚石|BRAND]P20深度对比", {("岚鲸", "compared_with", "岚石")}),
    ("[岚图研究院|ORG]院长[冯启岚|PERSON]表示,赛道很热。", {("冯启岚", "works_for", "岚图研究院")}),
    ("[岚峰体育|ORG]旗下拥有[岚祖鸟|BRAND]([Lanteryx|BRAND])、[萨岚蒙|BRAND]([Salanon|BRAND])和[威岚胜|BRAND]等品牌。",
     {("岚峰体育", "has_brand", "岚祖鸟"), ("岚峰体育", "has_brand", "萨岚蒙"), ("岚峰体育", "has_brand", "威岚胜")}),
    ("[Lanteryx|BRAND]母公司[岚峰体育|ORG]公布财报。", {("岚峰体育", "has_brand", "Lanteryx")}),
    ("名单中,[常州|GPE]的[恒岚新材|ORG]主营隔膜材料。", {("恒岚新材", "located_in", "常州")}),
    ("[江苏省工信厅|ORG]副厅长[顾建岚|PERSON]表示,企业将增加。", {("顾建岚", "works_for", "江苏省工信厅")}),
    ("[岚踏|BRAND]持有[岚峰体育|ORG]约36%的股份。", {("岚踏", "shareholder_of", "岚峰体育")}),
    # "the company" a holder holds is the topic of the holder's own sentence, else of the sentences before
    ("公告提到[仁岚医药|ORG]。[益岚药房|ORG]成立于2001年,董事长[谢志岚|PERSON]持有公司约21%的股份。",
     {("谢志岚", "chairman_of", "益岚药房"), ("谢志岚", "shareholder_of", "益岚药房")}),
    ("[岚芯半导体|ORG]的主要投资方包括[高瓴资本|ORG]和[上岚国际集团|ORG]。",
     {("高瓴资本", "investor_in", "岚芯半导体"), ("上岚国际集团", "investor_in", "岚芯半导体")}),
    ("[岚团|ORG]核心本地商业CEO[王岚中|PERSON]表示,明年推广。", {("王岚中", "works_for", "岚团")}),
    # 我们 in an interviewee's answer (A:) is the company the interview is about
    ("专访[岚猩猩|BRAND]创始人。\nQ:[岚猩猩|BRAND]有多少家门店?\nA:180家。\nQ:资本怎么看?\n"
     "A:2021年我们完成了由[Coatan|ORG]领投的C轮融资。",
     {("Coatan", "led_round", "岚猩猩"), ("Coatan", "investor_in", "岚猩猩")}),
    ("[岚猩猩|BRAND]开了新店。\nQ:对手是谁?\nA:[岚刻运动|ORG]和[Keplan|ORG]都是很强的对手,但我们的定位不一样。\n"
     "Q:门店呢?\nA:[岚猩猩|BRAND]有180家。",
     {("岚猩猩", "competitor_of", "岚刻运动"), ("岚猩猩", "competitor_of", "Keplan")}),
    # a table's place column: each row's organisation is located in its cell's place
    ("排名 企业 估值(亿元) 所在城市\n1 [岚川科技|ORG] 1200 [苏州|GPE]\n2 [青禾食品|ORG] 800 [成都|GPE]",
     {("岚川科技", "located_in", "苏州"), ("青禾食品", "located_in", "成都")}),
    # a professor works for the school; a jointly built lab, research centres set up with each, a local partner
    ("[岚江大学信息学院|ORG]教授[周涛|PERSON]担任主任。", {("周涛", "works_for", "岚江大学信息学院")}),
    ("[岚江大学|ORG]与[星瞳科技|ORG]共建的联合实验室揭牌。", {("岚江大学", "partners_with", "星瞳科技")}),
    ("[星瞳科技|ORG]已与[岚江大学|ORG]、[青禾大学|ORG]分别建立联合研究中心。",
     {("星瞳科技", "partners_with", "岚江大学"), ("星瞳科技", "partners_with", "青禾大学")}),
    ("[岚品|BRAND]与当地合作伙伴[Sinar Trade|ORG]合作,开设了新店。", {("岚品", "partners_with", "Sinar Trade")}),
    # sponsorship: the sponsored club or event, schema:sponsor, the sponsor
    ("除此之外,[岚城队|ORG]的赞助商还包括[岚州银行|ORG]、[星航航空|ORG]。",
     {("岚城队", "sponsored_by", "岚州银行"), ("岚城队", "sponsored_by", "星航航空")}),
    ("[岚液酒业|ORG]正式成为[岚城队|ORG]的官方赞助商。", {("岚城队", "sponsored_by", "岚液酒业")}),
    ("[岚液酒业|ORG]将独家冠名[岚城马拉松|ORG]。", {("岚城马拉松", "sponsored_by", "岚液酒业")}),
    # a chain of titles after the organisation
    ("[岚液酒业|ORG]党委书记、董事长[曾立|PERSON]出席了仪式。",
     {("曾立", "works_for", "岚液酒业"), ("曾立", "chairman_of", "岚液酒业")}),
    # a headline naming an organisation and a title, over a transcript with one named speaker answering
    ("对话[岚印良品|ORG]中国区总裁:我们不打折\n问:你如何评价?\n[堤岚|PERSON]:我们有400家店。\n问:计划呢?\n"
     "[堤岚|PERSON]:我们也在和[京岚|ORG]进行合作。",
     {("堤岚", "works_for", "岚印良品"), ("岚印良品", "partners_with", "京岚")}),
    # 这家…的公司 is the company of the sentence before; a co-founder's title opening a sentence: the company
    # the text is about
    ("[岚尘智能|ORG]在调试机器人。这家成立于2022年的公司,刚刚完成了由[红岚资本|ORG]领投的5亿元B轮融资。",
     {("红岚资本", "led_round", "岚尘智能"), ("红岚资本", "investor_in", "岚尘智能")}),
    ("[岚尘智能|ORG]在调试机器人。[岚尘智能|ORG]员工约300人。联合创始人兼CTO[张岚|PERSON]曾任研发总监。",
     {("岚尘智能", "cofounder", "张岚"), ("张岚", "works_for", "岚尘智能")}),
    # supply: the supplier, kg:supplies, the customer
    ("[岚德电池|ORG]已获得[星马集团|ORG]\"[新世纪|BRAND]\"车型的电池定点。", {("岚德电池", "supplies", "星马集团")}),
    ("[欣岚达|ORG]已成为[理岚汽车|ORG]增程车型动力电池的第二供应商。", {("欣岚达", "supplies", "理岚汽车")}),
    ("[岚迪电池|ORG]也开始向[特岚拉|ORG]供货。", {("岚迪电池", "supplies", "特岚拉")}),
    # cornerstone investors of a listing; a company acquired; founders across clauses; a partner in a later clause
    ("本次IPO,[岚雪集团|ORG]共引入3名基石投资者,分别为[红岚资本|ORG]、[高岚资本|ORG]和[博岚资本|ORG]。",
     {("红岚资本", "investor_in", "岚雪集团"), ("高岚资本", "investor_in", "岚雪集团"),
      ("博岚资本", "investor_in", "岚雪集团")}),
    ("[吴岚|PERSON]创办了自己的第一家公司[创岚电子|ORG],主营音响,2008年被[岚CL|ORG]以1.2亿元收购。",
     {("创岚电子", "founder", "吴岚"), ("创岚电子", "subsidiary_of", "岚CL")}),
    ("2019年,[吴岚|PERSON]离开[酷岚|BRAND],在[东莞|GPE]创立储能公司[海岚能源|ORG],担任董事长。",
     {("海岚能源", "founder", "吴岚"), ("吴岚", "chairman_of", "海岚能源"), ("海岚能源", "located_in", "东莞"),
      ("吴岚", "works_for", "酷岚")}),  # (a company left: a past employer)
    ("[酷岚|BRAND]最高峰时年销售额超过15亿元,2016年与[小岚|ORG]达成战略合作。", {("酷岚", "partners_with", "小岚")}),
    # founders listed; a title then 为; a title read through 担任公司; holders listed with 兄弟
    ("[岚雪集团|ORG]创始人[张红岚|PERSON]、[张岚甫|PERSON]兄弟合计持有公司约86%的股份。[张岚甫|PERSON]目前担任公司执行董事兼首席执行官。",
     {("岚雪集团", "founder", "张红岚"), ("岚雪集团", "founder", "张岚甫"), ("张红岚", "shareholder_of", "岚雪集团"),
      ("张岚甫", "shareholder_of", "岚雪集团"), ("张岚甫", "works_for", "岚雪集团"), ("张岚甫", "ceo_of", "岚雪集团")}),
    # 该公司 is no regulator; 当事人 is the party a case names
    ("[市场监管局|ORG]依法责令[岚果鲜生|ORG]停止违法行为。该公司法定代表人为[黄立岚|PERSON]。",
     {("黄立岚", "works_for", "岚果鲜生")}),
    ("二、[上海岚岸餐饮管理有限公司|ORG]价格违法案。当事人旗下\"[岚岸咖啡|BRAND]\"门店被处罚款。",
     {("上海岚岸餐饮管理有限公司", "has_brand", "岚岸咖啡")}),
    # a stake in a country business
    # (a majority of a unit of the company, its China retail business, makes no parent of the company)
    ("根据协议,[博岚投资|ORG]将持有[星岚|ORG][中国|GPE]零售业务60%的股权。", {("博岚投资", "shareholder_of", "星岚")}),
    # a country head works for the company (not its CEO)
    ("[星岚|ORG][中国|GPE]首席执行官[刘文岚|PERSON]将继续领导中国业务。", {("刘文岚", "works_for", "星岚")}),
    # endorsement: (the person) kg:endorses (the brand)
    ("#[王一岚|PERSON]代言[岚途汽车|BRAND]# 官宣了", {("王一岚", "endorses", "岚途汽车")}),
    ("演员[林岚之|PERSON]成为[澜岚|BRAND]护肤全球代言人。", {("林岚之", "endorses", "澜岚")}),
    ("国货品牌[澜岚|BRAND]官宣演员[林岚之|PERSON]为品牌全球代言人。", {("林岚之", "endorses", "澜岚")}),
    # brands listed with a description each, in a clause after the company's chairman
    ("[岚克创新|ORG]董事长[阳岚|PERSON]表示,旗下充电品牌[岚克|BRAND]和智能家居品牌[eufo|BRAND]均保持高速增长。",
     {("阳岚", "chairman_of", "岚克创新"), ("岚克创新", "has_brand", "岚克"), ("岚克创新", "has_brand", "eufo")}),
    # brands listed selling on platforms; an association's president; a round taken part in; a livestream visited
    ("如今,[花岚子|BRAND]、[珀岚雅|BRAND]等国货品牌已经在[天岚|ORG]和[抖岚|ORG]上销售。",
     {("花岚子", "sells_on", "天岚"), ("花岚子", "sells_on", "抖岚"), ("珀岚雅", "sells_on", "天岚"),
      ("珀岚雅", "sells_on", "抖岚")}),
    ("[周岚县猕猴桃产业协会|ORG]会长[王建岚|PERSON]说。", {("王建岚", "chairman_of", "周岚县猕猴桃产业协会")}),
    ("[腾岚|ORG]曾在2015年参与[蔚岚|ORG]的A轮融资。", {("腾岚", "investor_in", "蔚岚")}),
    ("副县长[李华岚|PERSON]走进[拼岚岚|ORG]直播间,为当地猕猴桃带货。", {("李华岚", "livestreams_on", "拼岚岚")}),
    # a supplier named as one's contract maker; rounds led, listed; a portfolio; 我们 of an investor; a belonging
    ("[云岚科技|ORG]最早找的代工厂是[深圳|GPE]的[华岚技术|ORG]。",
     {("华岚技术", "supplies", "云岚科技"), ("华岚技术", "located_in", "深圳")}),
    ("[启岚资本|ORG]领投了[光岚半导体|ORG]的B轮融资和[星岚动力|ORG]的C轮融资。",
     {("启岚资本", "led_round", "光岚半导体"), ("启岚资本", "investor_in", "光岚半导体"),
      ("启岚资本", "led_round", "星岚动力"), ("启岚资本", "investor_in", "星岚动力")}),
    ("[启岚资本|ORG]的投资组合包括[寒岚纪|ORG]、[小岚书|ORG]等公司。",
     {("启岚资本", "investor_in", "寒岚纪"), ("启岚资本", "investor_in", "小岚书")}),
    ("[启岚资本|ORG]今年完成23笔投资。[启岚资本|ORG]管理480亿元。我们继续加注了[茶岚悦色|BRAND]。",
     {("启岚资本", "investor_in", "茶岚悦色")}),
    ("[青岚资本|ORG]是[云岚科技|ORG]的A轮投资方。", {("青岚资本", "investor_in", "云岚科技")}),
    ("[正岚鸡排|BRAND]隶属于[上海正岚食品集团有限公司|ORG]。", {("上海正岚食品集团有限公司", "has_brand", "正岚鸡排")}),
    # a filing's 本公司 is the company it is about; a holder described before its name
    ("证券简称:[宁岚时代|ORG]\n[宁岚时代|ORG]关于股东减持的公告\n持有本公司股份约5.2%的股东[问岚投资|ORG]计划减持。\n[宁岚时代|ORG]董事会",
     {("问岚投资", "shareholder_of", "宁岚时代")}),
    # 旗下 opening a clause: the organisation of the sentence before; a brand in quotes after 旗下品牌
    ("[华岚集团|ORG]发布财报。其中,旗下中端品牌[全岚酒店|BRAND]新开业约350家。", {("华岚集团", "has_brand", "全岚酒店")}),
    ("据了解,[山岚饮品|ORG]成立于2020年,旗下品牌“[青岚记|BRAND]”在浙江开设了近400家加盟店。",
     {("山岚饮品", "has_brand", "青岚记")}),
    # a flash's head then its chairman; founded in a place after a comma; channels of the speaker's company
    ("11:00 [中岚平安|ORG]:董事长[马明岚|PERSON]表示,公司将继续加大科技投入。", {("马明岚", "chairman_of", "中岚平安")}),
    ("[燃岚|BRAND]是一家做运动饮料的新锐品牌,2022年成立于[上海|GPE]。", {("燃岚", "located_in", "上海")}),
    ("[燃岚|BRAND]创始人[顾思岚|PERSON]接受了采访。\n问:渠道呢?\n[顾思岚|PERSON]:我们的GMV翻倍了。线上主要在[抖岚|ORG]和[天岚|ORG],线下进了[罗岚|BRAND]。",
     {("燃岚", "founder", "顾思岚"), ("燃岚", "sells_on", "抖岚"), ("燃岚", "sells_on", "天岚"), ("燃岚", "sells_on", "罗岚")}),
    # a round taken from an investor (拿了X的A轮); a later clause's round (又完成了B轮,由Y领投) is the speaker's company's
    ("[燃岚|BRAND]创始人[顾思岚|PERSON]接受了采访。\n问:融资呢?\n[顾思岚|PERSON]:我们去年拿了[源岚资本|ORG]的A轮,今年又完成了B轮,由[红岚中国|ORG]领投。",
     {("燃岚", "founder", "顾思岚"), ("源岚资本", "investor_in", "燃岚"), ("红岚中国", "led_round", "燃岚"),
      ("红岚中国", "investor_in", "燃岚")}),
    # a role the text calls past (X前总裁Y) is not made current by a later sentence (Y2019年加入X)
    ("[理岚汽车|ORG]前总裁[沈亚岚|PERSON]已正式加盟[小岚集团|ORG]。[沈亚岚|PERSON]2019年加入[理岚汽车|ORG]。",
     {("沈亚岚", "works_for", "小岚集团")}),
    # founders listed as a couple; a supply contract signed with a described partner; rivals in a later clause
    ("[沪岚阿姨|BRAND]由[单卫岚|PERSON]、[周岚岚|PERSON]夫妇于2013年在[上海|GPE]创立。",
     {("沪岚阿姨", "founder", "单卫岚"), ("沪岚阿姨", "founder", "周岚岚"), ("沪岚阿姨", "located_in", "上海")}),
    ("[阳岚电源|ORG]晚间公告,公司与[沙特|GPE]能源企业[ALGIHAZ|ORG]签署储能系统供货合同。",
     {("阳岚电源", "supplies", "ALGIHAZ"), ("ALGIHAZ", "located_in", "沙特")}),
    ("[阳岚电源|ORG]的储能系统已供货给多家海外客户,主要竞争对手包括[宁岚时代|ORG]和[特岚拉|ORG]。",
     {("阳岚电源", "competitor_of", "宁岚时代"), ("阳岚电源", "competitor_of", "特岚拉")}),
    # a unit set up and led by someone as CEO; a second job taken on; a founder described by a former role
    ("宣布成立[阿岚国际|ORG],由[蒋岚|PERSON]担任CEO,负责海外业务。", {("蒋岚", "ceo_of", "阿岚国际")}),
    ("同时,[淘岚集团|ORG]CEO[戴岚|PERSON]将兼任[阿岚巴巴|ORG]首席人才官。",
     {("戴岚", "ceo_of", "淘岚集团"), ("戴岚", "works_for", "阿岚巴巴")}),
    ("[岚驰汽车|BRAND]成立于2018年,创始人为前[吉岚汽车研究院|ORG]副院长[许文岚|PERSON]。",
     {("岚驰汽车", "founder", "许文岚")}),
    # investors listed after the money raised, in a sentence opened by 公司 (the company the text is about)
    ("[岚驰汽车|BRAND]宣布停止运营。[岚驰汽车|BRAND]成立于2018年。公司累计融资超过40亿元,投资方包括[经岚创投|ORG]和[IDG岚本|ORG]。",
     {("经岚创投", "investor_in", "岚驰汽车"), ("IDG岚本", "investor_in", "岚驰汽车")}),
    # an agreement signed with several listed banks; a founder with a year before 创立的
    ("[晶岚科技|ORG]公告称,公司与[中岚银行|ORG]、[工岚银行|ORG]等8家银行签署战略合作协议。",
     {("晶岚科技", "partners_with", "中岚银行"), ("晶岚科技", "partners_with", "工岚银行")}),
    ("演员[林岚心|PERSON]2022年创立的护肤品牌“[岚肌|BRAND]”,销售额已突破10亿元。", {("岚肌", "founder", "林岚心")}),
    # an athlete signed as an ambassador, and signed alone; a merger by absorption completed
    ("[李岚公司|ORG]宣布签约奥运跳水冠军[全红岚|PERSON]为品牌全球代言人。", {("全红岚", "endorses", "李岚公司")}),
    ("此前,[安岚|BRAND]已签约[谷爱岚|PERSON],[特岚|BRAND]则与名将何杰合作。", {("谷爱岚", "endorses", "安岚")}),
    ("[海岚信息|ORG]已完成吸收合并[中科岚光|ORG]。", {("中科岚光", "subsidiary_of", "海岚信息")}),
    # a brand run by a company
    ("[岚动健身|BRAND]由[上海岚动体育发展有限公司|ORG]运营,门店已关闭。",
     {("上海岚动体育发展有限公司", "has_brand", "岚动健身")}),
    ("[云帆科技|ORG]和[华星银行|ORG]都发布了年报,[张伟|PERSON]持有[华星银行|ORG]3%的股份。",
     {("张伟", "shareholder_of", "华星银行")}),  # the holder named after the comma, not the clause before  # an anaphor with no antecedent reads nothing
    # a holder named after the company's 控股股东/实际控制人, also when the filer is only 公司
    ("[南屿精工|ORG]的控股股东[林启|PERSON]减持了部分股份。", {("林启", "shareholder_of", "南屿精工")}),
    ("[南屿精工|ORG]公告称,公司控股股东、实际控制人[林启|PERSON]持股约30%。", {("林启", "shareholder_of", "南屿精工")}),
    # the officers an investor-relations record lists, of the company whose record it is
    ("[杭州南屿精工股份有限公司|ORG]投资者关系活动记录表\n参与单位名称:[易岚基金|ORG]、[中岚公司|ORG]\n"
     "上市公司接待人员:董事会秘书[沈岚|PERSON]、财务总监[邓启|PERSON]\n",
     {("沈岚", "works_for", "杭州南屿精工股份有限公司"), ("邓启", "works_for", "杭州南屿精工股份有限公司")}),
    # subsidiaries a group owns (旗下拥有), named in a later clause; a university's president
    ("[宁川控股|ORG]创立于2001年,旗下拥有[宁川物流|ORG]和[宁川冷链|ORG]两家子公司。",
     {("宁川物流", "subsidiary_of", "宁川控股"), ("宁川冷链", "subsidiary_of", "宁川控股")}),
    ("[江岚大学|ORG]校长[陈立|PERSON]致辞。", {("陈立", "works_for", "江岚大学")}),
    # a stake sold on to a buyer, and the rest kept; "the club" and "the team" are the club named before
    ("[海岚城足球俱乐部|ORG]发布公告称,[鼎岚地产|ORG]已将所持俱乐部90%的股权转让给[远岚集团|ORG],价格约为3亿元。"
     "[鼎岚地产|ORG]保留俱乐部剩余10%的股权。俱乐部同时宣布,体育品牌[锐岚|BRAND]成为球队新一季的球衣赞助商。",
     {("远岚集团", "shareholder_of", "海岚城足球俱乐部"), ("海岚城足球俱乐部", "subsidiary_of", "远岚集团"),
      ("鼎岚地产", "shareholder_of", "海岚城足球俱乐部"),
      ("海岚城足球俱乐部", "sponsored_by", "锐岚")}),
    # a joint venture's parents hold it; a supplier named with no customer supplies the company the text is about
    ("[晟岚汽车|ORG]召回部分车辆。[晟岚汽车|ORG]称,由于电池供应商[宁岚能源|ORG]提供的电芯存在缺陷,将免费更换。"
     "[晟岚汽车|ORG]是[吉岚控股|ORG]与[宁岚能源|ORG]于2021年合资成立的品牌。",
     {("宁岚能源", "supplies", "晟岚汽车"), ("吉岚控股", "shareholder_of", "晟岚汽车"),
      ("宁岚能源", "shareholder_of", "晟岚汽车"), ("吉岚控股", "partners_with", "宁岚能源")}),
    # "this bank"; a role that goes on (将继续担任) after one the text calls past (原行长); a past employer (原任职于)
    ("[江岚银行|ORG]原行长[刘海岚|PERSON]辞去行长职务,将继续担任该行党委副书记。", {("刘海岚", "works_for", "江岚银行")}),
    ("[江岚银行|ORG]原行长[刘海岚|PERSON]已辞去行长职务。", set()),
    ("[江岚银行|ORG]聘任[周明岚|PERSON]为行长 原任职于[招岚银行|ORG]", {("周明岚", "ceo_of", "江岚银行")}),
    # a spokesperson; 公司曾于… opens a clause about the company the text is about
    ("[曜岚科技|ORG]发言人[许岚|PERSON]回应称,优化比例约8%。", {("许岚", "works_for", "曜岚科技")}),
    ("[曜岚科技|ORG]成立于2016年。[曜岚科技|ORG]主营摄像头,公司曾于2024年获得[红岚资本|ORG]领投的10亿元D轮融资。",
     {("红岚资本", "led_round", "曜岚科技"), ("红岚资本", "investor_in", "曜岚科技")}),
    # officers named by title alone, joined by 与, in a report on the company; 我们 in an executive's answer
    ("[星岚医疗|ORG]三季度营收8.4亿元。[星岚医疗|ORG]净利润1.1亿元。首席财务官[唐雪岚|PERSON]与董事长兼总裁[程立岚|PERSON]出席了会议。",
     {("唐雪岚", "works_for", "星岚医疗"), ("程立岚", "chairman_of", "星岚医疗"), ("程立岚", "ceo_of", "星岚医疗")}),
    ("[星岚医疗|ORG]首席执行官[程立岚|PERSON]出席。\n程立岚:我们与[德国|GPE]医疗器械公司[贝岚斯特|ORG]签署了独家分销协议。",
     {("程立岚", "ceo_of", "星岚医疗"), ("星岚医疗", "partners_with", "贝岚斯特"), ("贝岚斯特", "located_in", "德国")}),
    # an investor taking a stake after a comma; a supplier that supplies a customer it names
    ("[江岚城投|ORG]作为重整投资人,将出资45亿元获得[恒岚集团|ORG]约29%的股份。", {("江岚城投", "shareholder_of", "恒岚集团")}),
    ("[恒岚科技|ORG]是国内领先的纺织品供应商,已为[比岚迪|ORG]等车企供应安全带织带。", {("恒岚科技", "supplies", "比岚迪")}),
    # a profile: the person it is about founded and now heads a company, and holds a second post
    ("[林知岚|PERSON]简历\n[林知岚|PERSON],男,1975年出生。2006年至2015年任[中岚通讯|ORG]副总裁;"
     "2015年创立[云岭通信|ORG],现任该公司董事长。[林知岚|PERSON]目前还担任[深岚通信协会|ORG]副会长。",
     {("云岭通信", "founder", "林知岚"), ("林知岚", "chairman_of", "云岭通信"), ("林知岚", "works_for", "深岚通信协会"),
      ("林知岚", "works_for", "中岚通讯")}),  # (a post held before, told with its years: a past employer)
    # a fund's limited partners invest in its manager; what the first fund invested in, listed
    ("[澜岚资本|ORG]宣布二期基金完成募集。本期基金的出资人包括[全国社保基金|ORG]、[国岚创合|ORG]以及多家上市公司。"
     "[澜岚资本|ORG]成立于2018年,一期基金曾投资了[芯岚科技|ORG]和[数岚工联|ORG]等企业。",
     {("全国社保基金", "investor_in", "澜岚资本"), ("国岚创合", "investor_in", "澜岚资本"),
      ("澜岚资本", "investor_in", "芯岚科技"), ("澜岚资本", "investor_in", "数岚工联")}),
    # a park two companies built together; where it lies
    ("位于[珠海|GPE]横琴的[星岚乐园|ORG]开园一周年。[星岚乐园|ORG]由[星岚文旅|ORG]与[日本|GPE]乐园运营商[Orion Parks|ORG]合资建设。",
     {("星岚乐园", "located_in", "珠海"), ("星岚文旅", "shareholder_of", "星岚乐园"),
      ("Orion Parks", "shareholder_of", "星岚乐园"), ("星岚文旅", "partners_with", "Orion Parks"),
      ("Orion Parks", "located_in", "日本")}),
    # a subsidiary described between 的 and 子公司
    ("[云岚航空|ORG]是[四川航岚集团|ORG]旗下的国际业务子公司。", {("云岚航空", "subsidiary_of", "四川航岚集团")}),
    # a founder opening a sentence takes a post; a former officer promoted (升任) in the group
    ("[鲸岚集团|ORG]成立于2015年。[鲸岚集团|ORG]发布公告。创始人[郝明岚|PERSON]出任集团董事长,原首席运营官[蒋雨岚|PERSON]升任集团首席执行官。",
     {("鲸岚集团", "founder", "郝明岚"), ("郝明岚", "chairman_of", "鲸岚集团"), ("蒋雨岚", "ceo_of", "鲸岚集团")}),
    # a product released by name; an app under the company; a patent transfer contract; brands named clause by clause
    ("[云岫智能|ORG]发布“[灵岚3.0|BRAND]”大模型", {("云岫智能", "has_brand", "灵岚3.0")}),
    ("据介绍,[云岫智能|ORG]旗下的AI助手应用“[小岚|BRAND]”月活跃用户已突破4000万。", {("云岫智能", "has_brand", "小岚")}),
    ("[华岚大学|ORG]12月1日与[恒岚生物|ORG]签订专利转让合同。", {("华岚大学", "partners_with", "恒岚生物")}),
    ("[Valoré|ORG]发布财报,营收增长2%;其中中国区销售额下降约6%。分品牌看,旗下皮具品牌[Maison Orsay|BRAND]营收增长5%,"
     "珠宝品牌[Lumière|BRAND]下滑4%。",
     {("Valoré", "has_brand", "Maison Orsay"), ("Valoré", "has_brand", "Lumière")}),
    # a supply agreement in a later clause of the company's sentence; a stake held through a fund
    ("[晶岚半导体|ORG]总经理[高振岚|PERSON]表示,工厂主要生产功率芯片,已与[比岚迪|ORG]、[蔚岚|ORG]等车企签订供货协议。",
     {("高振岚", "ceo_of", "晶岚半导体"), ("晶岚半导体", "supplies", "比岚迪"), ("晶岚半导体", "supplies", "蔚岚")}),
    ("[合岚建投|ORG]通过旗下基金持有[晶岚半导体|ORG]约15%的股份。", {("合岚建投", "shareholder_of", "晶岚半导体")}),
    # partners named with the group over them and a date; the product they launch together; a platform's streamer
    ("[甬岚银行|ORG]与[蚂岚集团|ORG]旗下[网岚银行|ORG]12月2日联合推出线上贷款产品“[甬易岚|BRAND]”。",
     {("甬岚银行", "partners_with", "网岚银行"), ("甬岚银行", "has_brand", "甬易岚"), ("网岚银行", "has_brand", "甬易岚"),
      ("网岚银行", "subsidiary_of", "蚂岚集团")}),
    ("12月1日晚,[快手|ORG]主播“[小岚姐|PERSON]”举行专场直播。", {("小岚姐", "livestreams_on", "快手")}),
    # rivals named as "its" rivals, 其 being the company the text is about; a drug a company developed; a medical officer
    ("[朴岚超市|ORG]宣布进入上海。[朴岚超市|ORG]创始人称,[朴岚超市|ORG]今年GMV超过200亿元。[叮岚买菜|ORG]和[盒岚|BRAND]是其在上海的主要竞争对手。",
     {("朴岚超市", "competitor_of", "叮岚买菜"), ("朴岚超市", "competitor_of", "盒岚")}),
    ("[康岚药业|ORG]公告,公司自主研发的1类创新药“[岚替尼片|BRAND]”获批上市。[康岚药业|ORG]首席医学官[陈思岚|PERSON]表示满意。",
     {("康岚药业", "has_brand", "岚替尼片"), ("陈思岚", "works_for", "康岚药业")}),
    # the largest company of a place is there; a company wholly held; brands quoted back to back; a partner after
    # the company's announcement; partners listed in a later clause after a time phrase; a plant elsewhere
    ("[远岚纺织|ORG]曾是[绍兴|GPE]最大的化纤面料企业之一。", {("远岚纺织", "located_in", "绍兴")}),
    ("[安岚人寿|ORG]由[安岚金融控股集团|ORG]全资持有。",
     {("安岚人寿", "subsidiary_of", "安岚金融控股集团"), ("安岚金融控股集团", "shareholder_of", "安岚人寿")}),
    ("[澈岚集团|ORG]旗下拥有\"[澈岚|BRAND]\"\"[素岚|BRAND]\"两个面料品牌。",
     {("澈岚集团", "has_brand", "澈岚"), ("澈岚集团", "has_brand", "素岚")}),
    ("[墨岚动漫|ORG]近日宣布,与潮玩企业[乐岚文化|ORG]达成IP授权合作。", {("墨岚动漫", "partners_with", "乐岚文化")}),
    ("[安岚人寿|ORG]表示,今年以来已与[招岚银行|ORG]、[交岚银行|ORG]等12家银行签署代销合作协议。",
     {("安岚人寿", "partners_with", "招岚银行"), ("安岚人寿", "partners_with", "交岚银行")}),
    ("[天岚光能|ORG]宣布关停其位于[盐城|GPE]的一座5GW老旧电池片工厂。", set()),
    # a role at a film joins titles and says nothing of the company
    ("[墨岚动漫|ORG]创始人兼总导演[霍岚帆|PERSON]表示,收入占比超过35%。", {("墨岚动漫", "founder", "霍岚帆")}),
    ("影片由[青岚影业|ORG]联合出品,导演为[徐岚远|PERSON]。", set()),
    # holders named by their rank; a brand's operator described after its founding year; a route run jointly with
    # a partner of a place; 公司 is never the source that reports (企查查信息显示)
    ("[企岚查|ORG]信息显示,[叶岚|PERSON]持有的[岑岚服饰|ORG]股权被冻结。[叶岚|PERSON]为公司第二大股东,第一大股东为持股51%的[栖岚投资|ORG]。",
     {("叶岚", "shareholder_of", "岑岚服饰"), ("栖岚投资", "shareholder_of", "岑岚服饰")}),
    ("[岑岚服饰|ORG]成立于2019年,是潮流服饰品牌\"[CENLAN|BRAND]\"的运营主体。", {("岑岚服饰", "has_brand", "CENLAN")}),
    ("该航线由[远岚航运|ORG]与[新加坡|GPE]的[澜岚船务|ORG]联合运营。",
     {("远岚航运", "partners_with", "澜岚船务"), ("澜岚船务", "located_in", "新加坡")}),
    # a brand followed by its operator: the operator raises the round
    ("短剧应用\"[橙岚|BRAND]\"的运营方[瓴岚科技|ORG]宣布完成2亿元B轮融资,本轮由[沣岚资本|ORG]领投。",
     {("瓴岚科技", "has_brand", "橙岚"), ("沣岚资本", "led_round", "瓴岚科技"), ("沣岚资本", "investor_in", "瓴岚科技")}),
    # cornerstone investors clause by clause (the place in a separator is no investor); 与之相比 after the company's
    # sentence; an analyst of a sector; a fund of a place
    ("[蜀岚坊|ORG]正式挂牌上市。招股书显示,本次全球发售共引入三家基石投资者,其中[明岚资本|ORG]认购4000万美元,"
     "[恒岚基金|ORG]认购2500万美元,[新加坡|GPE]主权基金[汐岚投资|ORG]认购2000万美元。",
     {("明岚资本", "investor_in", "蜀岚坊"), ("恒岚基金", "investor_in", "蜀岚坊"), ("汐岚投资", "investor_in", "蜀岚坊"),
      ("汐岚投资", "located_in", "新加坡")}),
    ("[赤岚酒业|ORG]前三季度营收同比下降14%。与之相比,[贵岚茅台|ORG]同期营收同比增长约9%。",
     {("贵岚茅台", "compared_with", "赤岚酒业")}),
    ("[岳岚证券|ORG]农业首席分析师[闵岚帆|PERSON]指出,猪价已低于成本。", {("闵岚帆", "works_for", "岳岚证券")}),
    # a founder described with the company's trade; a producer's role joins the founder's title
    ("[晏岚禾|PERSON]是饮料企业[鹿岚湾|ORG]的创始人。", {("鹿岚湾", "founder", "晏岚禾")}),
    ("[星岚互娱|ORG]创始人兼制作人[嵇岚然|PERSON]表示,新游明年上线。", {("星岚互娱", "founder", "嵇岚然")}),
    # ranked second to others: never the platform; an epithet with a size; a round closed with an investor; a joint
    # venture; a brand's maker named after 品牌的代工厂; self-broadcasting on a platform
    ("[珂岚|BRAND]今年双11在[天猫|ORG]的成交额超过2.3亿元,位列第四,仅次于[珀岚雅|BRAND]和[薇岚娜|BRAND]。",
     {("珂岚", "compared_with", "珀岚雅"), ("珂岚", "compared_with", "薇岚娜"), ("珂岚", "sells_on", "天猫")}),
    ("有人说[乐岚|ORG]是\"小号的[Manner|ORG]\"。", {("乐岚", "compared_with", "Manner")}),
    ("今年双11期间,其在[天猫|ORG]的成交额超过2.3亿元,仅次于[珀岚雅|BRAND]。", set()),
    ("[乐岚|ORG]在云南有合作庄园,今年还和[曦岚资本|ORG]完成了一轮1.5亿元的融资。", {("曦岚资本", "investor_in", "乐岚")}),
    ("[欧岚德|BRAND]在华合资公司[宸岚汽车|ORG]的数据显示,销量下降23%。", {("欧岚德", "shareholder_of", "宸岚汽车")}),
    ("[珂岚|BRAND]复购率接近45%。目前品牌的代工厂是[上海|GPE]的[禾岚生物|ORG]。",
     {("禾岚生物", "supplies", "珂岚"), ("禾岚生物", "located_in", "上海")}),
    ("[珂岚|BRAND]开始在[抖音|ORG]做自播,一年内GMV翻了5倍。", {("珂岚", "sells_on", "抖音")}),
    # founders together; drugs listed with their kinds; sales that depend on a platform, shops on it, platforms
    # entered; 公司 before its sales on a platform; a seller of a place; a club bought whole; 其 before an officer
    ("2015年,[方岚舟|PERSON]离开[阿里巴巴|ORG],与大学同学[邵岚远|PERSON]共同创办了企业服务公司[栖岚科技|ORG]。",
     {("栖岚科技", "cofounder", "方岚舟"), ("栖岚科技", "cofounder", "邵岚远"), ("方岚舟", "works_for", "阿里巴巴")}),
    ("其中,[恒岚药业|ORG]的抗肿瘤新药\"[恒岚尼|BRAND]\"和降糖药\"[恒岚净|BRAND]\"均被纳入目录。",
     {("恒岚药业", "has_brand", "恒岚尼"), ("恒岚药业", "has_brand", "恒岚净")}),
    ("此前,[星岚家居|BRAND]的销售主要依赖[亚马逊|ORG],目前其在[亚马逊|ORG]上拥有12个店铺。",
     {("星岚家居", "sells_on", "亚马逊")}),
    ("另一家[深圳|GPE]卖家[闻岚电子|ORG]则在今年入驻了[Temu|BRAND]和[速卖通|ORG]。",
     {("闻岚电子", "sells_on", "Temu"), ("闻岚电子", "sells_on", "速卖通"), ("闻岚电子", "located_in", "深圳")}),
    ("家居品牌[星岚家居|BRAND]的负责人[许岚夏|PERSON]告诉记者,今年公司在[TikTok Shop|ORG][美国|GPE]站的销售额增长了3倍。",
     {("许岚夏", "works_for", "星岚家居"), ("星岚家居", "sells_on", "TikTok Shop")}),
    ("[淮岚足球俱乐部|ORG]宣布,[皓岚集团|ORG]已完成对俱乐部100%股权的收购,成为俱乐部新的控股股东。",
     {("皓岚集团", "shareholder_of", "淮岚足球俱乐部"), ("淮岚足球俱乐部", "subsidiary_of", "皓岚集团")}),
    ("同期入选的还有[竹岚生物|ORG]的罕见病用药\"[溪岚舒|BRAND]\"。[竹岚生物|ORG]总部位于苏州,其首席执行官[沈岚|PERSON]称满意。",
     {("竹岚生物", "has_brand", "溪岚舒"), ("沈岚", "ceo_of", "竹岚生物")}),
    # one of a trade's makers with its seat and customers in later clauses; a founder who controls the company;
    # a global officer
    ("[岷岚电气|ORG]是国内主要的电力电子设备制造商之一,总部位于[成都|GPE],主要客户包括[国家电网|ORG]和[南方电网|ORG]。",
     {("岷岚电气", "located_in", "成都"), ("岷岚电气", "supplies", "国家电网"), ("岷岚电气", "supplies", "南方电网")}),
    ("[枫岚生物|ORG]的实际控制人为创始人[庞岚行|PERSON],其合计控制公司38.5%的股份。",
     {("庞岚行", "shareholder_of", "枫岚生物"), ("枫岚生物", "founder", "庞岚行")}),
    ("[霍岚斯|ORG]全球副总裁[岑岚|PERSON]在签约仪式上表示满意。", {("岑岚", "works_for", "霍岚斯")}),
    # unlike others; a registered seat after the company opens
    ("与[闲鱼|ORG]等综合性二手平台不同,[寻岚网|ORG]主打先鉴定后发货模式。", {("寻岚网", "compared_with", "闲鱼")}),
    ("监管批复同意[晟岚银行|ORG]全资子公司[晟岚理财|ORG]开业,注册资本为20亿元人民币,注册地为[杭州|GPE]。",
     {("晟岚理财", "subsidiary_of", "晟岚银行"), ("晟岚理财", "located_in", "杭州")}),
    # a board electing its manager chairman for a numbered term; the company appointing at a sentence's start;
    # a handle's space before a title
    ("同日,[澜岚股份|ORG]董事会选举总经理[芮岚|PERSON]为公司第五届董事会董事长。", {("芮岚", "chairman_of", "澜岚股份")}),
    ("[澜岚股份|ORG]发布公告。公司同时聘任[卫岚谦|PERSON]为副总经理兼财务总监。", {("卫岚谦", "works_for", "澜岚股份")}),
    ("@[糖岚奶茶|ORG] 创始人[初岚|PERSON]在采访中表示,明年计划突破800家。", {("糖岚奶茶", "founder", "初岚")}),
    # the company's officers named as the ones present (的有公司董事长…, 、财务总监…女士); a partnership written
    # 和X的合作; an existing holder that 加注; the other main players of a field; a co-operative called by its kind
    ("[岚木家居|ORG]召开三季度业绩说明会。出席会议的有公司董事长兼总经理[邝岚树|PERSON]先生。",
     {("邝岚树", "chairman_of", "岚木家居"), ("邝岚树", "ceo_of", "岚木家居")}),
    ("[岚木家居|ORG]召开业绩说明会。[岚木家居|ORG]营收增长8%。出席会议的有公司董事长[邝岚树|PERSON]先生、"
     "财务总监[应岚清|PERSON]女士。[岚木家居|ORG]门店增加。",
     {("邝岚树", "chairman_of", "岚木家居"), ("应岚清", "works_for", "岚木家居")}),
    ("[岚舟家居|ORG]和[京东|ORG]的合作也在深化,线上渠道增长40%。", {("岚舟家居", "partners_with", "京东")}),
    ("[澜光量子|ORG]完成3亿元B轮融资,本轮由[深创投|ORG]领投,老股东[启明创投|ORG]继续加注。",
     {("深创投", "led_round", "澜光量子"), ("深创投", "investor_in", "澜光量子"), ("启明创投", "investor_in", "澜光量子")}),
    ("[澜光量子|ORG]成立于2020年。国内光量子领域的主要玩家还包括[图灵量子|ORG]和[玻色量子|ORG]。",
     {("澜光量子", "competitor_of", "图灵量子"), ("澜光量子", "competitor_of", "玻色量子")}),
    ("[眉岚果业合作社|ORG]成立于2016年。雷岚说,合作社在[抖音|ORG]和[快手|ORG]两个平台卖出猕猴桃1800吨。",
     {("眉岚果业合作社", "sells_on", "抖音"), ("眉岚果业合作社", "sells_on", "快手")}),
    # a defendant (被告 is no passive) with its legal representative and its shops in a later clause; a seat two
    # clauses on; holders of unnamed shares (the company before); channels named after the share of sales; a title
    # after a topic phrase; 其 of what the person controls is the person's
    ("[溪岚食品|ORG]起诉了对手。被告[岚溪食品|ORG]成立于2021年,法定代表人为[申屠晓峰|PERSON],其产品包装与[溪岚食品|ORG]"
     "高度相似,并在[拼多多|ORG]等平台销售。", {("岚溪食品", "sells_on", "拼多多"), ("申屠晓峰", "works_for", "岚溪食品")}),
    ("据了解,[溪岚食品|ORG]成立于2009年,是国内知名的坚果零食品牌,总部位于[安徽|GPE][芜湖|GPE]。",
     {("溪岚食品", "located_in", "芜湖")}),
    ("[岚野咖啡|ORG]递表。[红杉中国|ORG]和[高瓴|ORG]分别持股12.5%和9.8%。",
     {("红杉中国", "shareholder_of", "岚野咖啡"), ("高瓴", "shareholder_of", "岚野咖啡")}),
    ("[岚野咖啡|ORG]递表。今年上半年,公司线上渠道收入占比为68%,其中[天猫|ORG]和[抖音|ORG]是最主要的销售渠道。",
     {("岚野咖啡", "sells_on", "天猫"), ("岚野咖啡", "sells_on", "抖音")}),
    ("[岚野咖啡|ORG]递表港交所。股权结构方面,创始人兼董事长[柯一帆|PERSON]通过其控制的持股平台合计持有公司41.2%的股份。",
     {("岚野咖啡", "founder", "柯一帆"), ("柯一帆", "chairman_of", "岚野咖啡"), ("柯一帆", "shareholder_of", "岚野咖啡")}),
    # works in book-title marks: a company's games; a team named after a game is no game of the club's; the
    # partner's own game in a co-branding
    ("[苍梧互娱|ORG]旗下新游《[岚境|BRAND]》登顶,[腾讯|ORG]的《[王者荣耀|BRAND]》位居第二。",
     {("苍梧互娱", "has_brand", "岚境"), ("腾讯", "has_brand", "王者荣耀")}),
    ("电竞俱乐部[星焰|ORG]旗下《[王者荣耀|BRAND]》战队更名。", set()),
    ("[檬途|ORG]与游戏公司[幻隅互娱|ORG]旗下热门手游《[星穹远航|BRAND]》推出联名活动。",
     {("幻隅互娱", "has_brand", "星穹远航"), ("檬途", "partners_with", "幻隅互娱")}),
    # "the brand" partnering; a Q&A record answered by the company's secretary (its 公司 is the company even when
    # another is named last); a holding once held
    ("[岚茶|BRAND]海外业务负责人[乔婧|PERSON]表示,品牌已与印尼本地零售集团[Mitra Kuliner|ORG]达成合作。",
     {("乔婧", "works_for", "岚茶"), ("岚茶", "partners_with", "Mitra Kuliner")}),
    ("[岚芯科技|ORG]回复投资者提问\n投资者:请问公司芯片有哪些客户?\n[岚芯科技|ORG]董秘:公司车规级芯片已进入[比亚迪|ORG]、"
     "[长城汽车|ORG]的供应链。\n投资者:合作进展如何?\n[岚芯科技|ORG]董秘:感谢关注。公司主要晶圆代工合作伙伴为"
     "[华虹半导体|ORG],双方合作稳定。",
     {("岚芯科技", "supplies", "比亚迪"), ("岚芯科技", "supplies", "长城汽车"), ("岚芯科技", "partners_with", "华虹半导体")}),
    ("[岚泰地产|ORG]创始人[喻志刚|PERSON]此前持有[岚泰地产|ORG]78%的股份。",
     {("岚泰地产", "founder", "喻志刚"), ("喻志刚", "shareholder_of", "岚泰地产")}),
    # a flagship store in a later clause; the rival a host asks the guest about
    ("[岚叶|ORG]最早在[小红书|ORG]上做内容,现在[天猫|ORG]旗舰店的粉丝已经超过300万。", {("岚叶", "sells_on", "天猫")}),
    ("主持人:今天请到了[岚叶|ORG]的创始人[罗辛蒂|PERSON]。\n罗辛蒂:[岚叶|ORG]是2017年成立的,[岚叶|ORG]专注敏感肌。\n"
     "主持人:你怎么看[薇诺娜|BRAND]这样的竞争对手?\n罗辛蒂:我们很尊重它。",
     {("岚叶", "founder", "罗辛蒂"), ("岚叶", "competitor_of", "薇诺娜")}),
    # "the company" is never a government body named last; a subsidiary named in a planned deal is one, the planned
    # acquisition is not done (the hedge earlier in the clause governs it)
    ("[岚城建投|ORG]是岚城市最大的城投平台,实际控制人为[岚城市国资委|ORG]。公司董事长为[章鸿飞|PERSON]。",
     {("章鸿飞", "chairman_of", "岚城建投"), ("岚城市国资委", "shareholder_of", "岚城建投")}),
    ("[岚峰机械|ORG]公告,公司拟通过全资子公司[岚峰欧洲|ORG]以约2.4亿欧元收购[Kessler|ORG]。",
     {("岚峰欧洲", "subsidiary_of", "岚峰机械")}),
    ("[岚峰机械|ORG]并非[岚峰欧洲|ORG]的全资子公司。", set()),
    # a match relating a name to itself gives way to one from a later name; a topic after 听说
    ("[岚康医疗|ORG]由医生出身的[冼志航|PERSON]于2008年在[广州|GPE]创立,[冼志航|PERSON]目前担任公司董事长兼首席执行官,"
     "持有公司约52%的股份。",
     {("岚康医疗", "founder", "冼志航"), ("岚康医疗", "located_in", "广州"), ("冼志航", "chairman_of", "岚康医疗"),
      ("冼志航", "ceo_of", "岚康医疗"), ("冼志航", "shareholder_of", "岚康医疗")}),
    ("听说[岚栖咖啡|ORG]今年已经开了快1000家店,创始人[蒋一舟|PERSON]是前[星巴克|ORG]的高管。",
     {("岚栖咖啡", "founder", "蒋一舟")}),
    # the company's own model; the rival the company keeps merchants from
    ("[岚思智能|ORG]成立于2023年。[岚思智能|ORG]创始人[韦清扬|PERSON]表示,公司自研大模型\"[岚思2.0|BRAND]\"的日活跃用户"
     "已超过120万。", {("岚思智能", "founder", "韦清扬"), ("岚思智能", "has_brand", "岚思2.0")}),
    ("[岚悦外卖|ORG]被罚款。经查,[岚悦外卖|ORG]通过提高佣金等方式,限制平台内约3.6万家商户与竞争对手[美团|ORG]开展合作。",
     {("岚悦外卖", "competitor_of", "美团")}),
    # on a par with others; a follower listed with an existing holder's standing
    ("分析人士认为,[岚江银行|ORG]的资产质量在区域性银行中处于较好水平,与[宁波银行|ORG]和[江苏银行|ORG]相当。",
     {("岚江银行", "compared_with", "宁波银行"), ("岚江银行", "compared_with", "江苏银行")}),
    ("[岚电科技|ORG]完成5亿元C轮融资,由[国投创合|ORG]领投,[小米战投|ORG]和老股东[顺为资本|ORG]跟投。",
     {("国投创合", "led_round", "岚电科技"), ("国投创合", "investor_in", "岚电科技"), ("小米战投", "investor_in", "岚电科技"),
      ("顺为资本", "investor_in", "岚电科技")}),
    # a ship ordered from its builder; a yard described as a group's, then where it is
    ("[棠洋海运|ORG]向[棠江重工|ORG]订造4艘散货船,总价约20亿元。",
     {("棠江重工", "supplies", "棠洋海运")}),
    ("[棠江重工|ORG]是[中船集团|ORG]旗下企业,位于[浙江|GPE][舟山|GPE]。",
     {("棠江重工", "subsidiary_of", "中船集团"), ("棠江重工", "located_in", "舟山")}),
    # a film's producer and co-producer: both hold the film, and they worked together
    ("由[棠影文化|ORG]出品、[星棠影业|ORG]联合出品的电影《[长河之上|BRAND]》将于春节上映。",
     {("棠影文化", "has_brand", "长河之上"), ("星棠影业", "has_brand", "长河之上"), ("棠影文化", "partners_with", "星棠影业")}),
    # a streamer of an agency, selling in a platform's live room
    ('机构[棠动传媒|ORG]发布数据称,旗下主播"[阿棠|PERSON]"在双11期间于[快手|ORG]直播间累计成交额超过5亿元。',
     {("阿棠", "works_for", "棠动传媒"), ("阿棠", "livestreams_on", "快手")}),
    # a holder described as another's; investors after the total raised, one of them named as a group's
    ("[璞原牧业|ORG]总部位于[甘肃|GPE],控股股东为[甘肃国资委|ORG]旗下的[陇垦集团|ORG]。",
     {("陇垦集团", "shareholder_of", "璞原牧业"), ("陇垦集团", "subsidiary_of", "甘肃国资委"), ("璞原牧业", "located_in", "甘肃")}),
    ("[骁棠机器人|ORG]已完成4轮融资,累计融资金额超过10亿元,投资方包括[经纬创投|ORG]和[广汽集团|ORG]旗下的[广汽资本|ORG]。",
     {("经纬创投", "investor_in", "骁棠机器人"), ("广汽资本", "investor_in", "骁棠机器人"), ("广汽资本", "subsidiary_of", "广汽集团")}),
    # a brand's dealer sells it
    ("法院受理了[璞芯科技|ORG]对[蘅川手机|BRAND]的授权经销商[淞海电器|ORG]提起的诉讼。",
     {("蘅川手机", "sells_on", "淞海电器")}),
    # a supply contract signed of late; an officer taking the post formally; a kind of subsidiary named after the
    # sentence about its parent
    ("[琮微装备|ORG]公告,公司近期与[华虹半导体|ORG]签订了薄膜设备采购合同。", {("琮微装备", "supplies", "华虹半导体")}),
    ("经监管核准,[何知远|PERSON]正式出任[霈泰人寿|ORG]总经理。", {("何知远", "ceo_of", "霈泰人寿")}),
    ("[霈泰保险|ORG]发布公告,旗下子公司[霈泰人寿|ORG]保费收入增长6%。财产险子公司[霈泰财险|ORG]保费收入增长4%。",
     {("霈泰人寿", "subsidiary_of", "霈泰保险"), ("霈泰财险", "subsidiary_of", "霈泰保险")}),
    # a platform's writer; adaptation rights licensed to a studio
    ('文学平台[霈阅文学|ORG]宣布,旗下作家"[青砚|PERSON]"的小说影视改编权已授予[琮影传媒|ORG]。',
     {("青砚", "works_for", "霈阅文学"), ("霈阅文学", "partners_with", "琮影传媒")}),
    # a main rival named after the company's clause; a price war between two; a ranking is a comparison
    ("[珞迅快递|ORG]在义乌的单票价格降至1.1元,主要竞争对手[翀运速递|ORG]随即跟进。",
     {("珞迅快递", "competitor_of", "翀运速递")}),
    ("业内人士认为,[翀运速递|ORG]和[珞迅快递|ORG]之间的价格战可能持续至明年。",
     {("翀运速递", "competitor_of", "珞迅快递")}),
    # cornerstones named before what they are; an officer's holding in percent
    ("[滢川医疗|ORG]本次发行引入了[高瓴资本|ORG]和[泰康人寿|ORG]两名基石投资者。",
     {("高瓴资本", "investor_in", "滢川医疗"), ("泰康人寿", "investor_in", "滢川医疗")}),
    ("[滢川医疗|ORG]创始人、董事长[柯知婕|PERSON]持股约42%。",
     {("滢川医疗", "founder", "柯知婕"), ("柯知婕", "chairman_of", "滢川医疗"), ("柯知婕", "shareholder_of", "滢川医疗")}),
    # supply relationships built; a deputy mayor; licences renewed; the platform's cooperation
    ("[晞川储能|ORG]董事长表示,公司此前已与[蔚来|ORG]、[大众安徽|ORG]建立了电池供应关系。",
     {("晞川储能", "supplies", "蔚来"), ("晞川储能", "supplies", "大众安徽")}),
    ("[合肥市人民政府|ORG]常务副市长[彭知远|PERSON]出席签约仪式。", {("彭知远", "works_for", "合肥市人民政府")}),
    ("[婕川音乐|ORG]同日宣布,已与[环球音乐集团|ORG]续签多年期版权授权协议。", {("婕川音乐", "partners_with", "环球音乐集团")}),
    ("[婕川音乐|ORG]发布财报。[婕川音乐|ORG]付费用户增长18%。此外,平台与[华纳音乐|ORG]、[索尼音乐|ORG]的合作也在推进。",
     {("婕川音乐", "partners_with", "华纳音乐"), ("婕川音乐", "partners_with", "索尼音乐")}),
    # recalled products sold on platforms; a brand described as a group's; holders all of "its"
    ("[芃川电器|ORG]即日起召回部分电热水壶。据悉,上述产品主要通过[京东|ORG]、[天猫|ORG]等平台销售。",
     {("芃川电器", "sells_on", "京东"), ("芃川电器", "sells_on", "天猫")}),
    ("[芃川电器|ORG]是家电集团[昶和控股|ORG]旗下品牌,主营小家电。", {("昶和控股", "has_brand", "芃川电器")}),
    ("[祎川网络|ORG]成立于2015年,[腾讯|ORG]和[米哈游|ORG]均为其股东。",
     {("腾讯", "shareholder_of", "祎川网络"), ("米哈游", "shareholder_of", "祎川网络")}),
    # a game published abroad by a subsidiary and at home by a licensed publisher
    ("《[星澜|BRAND]》由[祎川网络|ORG]自主研发,在海外由子公司[祎川国际|ORG]负责发行,在国内则由[哔哩哔哩|ORG]代理发行。",
     {("祎川国际", "subsidiary_of", "祎川网络"), ("祎川网络", "partners_with", "哔哩哔哩")}),
    # the largest holder described as a body's; code-sharing partners in a later clause; aircraft leased through
    ("[炘川地产|ORG]总部位于[广州|GPE],第一大股东为[广州市国资委|ORG]控股的[广州城投集团|ORG],持股比例为29.8%。",
     {("炘川地产", "located_in", "广州"), ("广州城投集团", "shareholder_of", "炘川地产"),
      ("广州市国资委", "shareholder_of", "广州城投集团")}),
    ("[珺川航空|ORG]总部位于[成都|GPE],同时与[国泰航空|ORG]、[匈牙利航空|ORG]建立了代码共享合作。",
     {("珺川航空", "located_in", "成都"), ("珺川航空", "partners_with", "国泰航空"), ("珺川航空", "partners_with", "匈牙利航空")}),
    ("[珺川航空|ORG]今年新引进的12架飞机中有8架通过[中银航空租赁|ORG]以经营性租赁方式引进。",
     {("中银航空租赁", "supplies", "珺川航空")}),
    # a list item: the head's headquarters, past a platform's flagship store in the clause between
    ("[珺川护肤|ORG]品牌价值87亿元,[天猫|ORG]旗舰店粉丝超过1200万,总部位于[上海|GPE]。",
     {("珺川护肤", "located_in", "上海"), ("珺川护肤", "sells_on", "天猫")}),
    # an athlete signed after the announcement; one endorsed before; a brand the partner of an association
    ("国产运动品牌[骁川体育|BRAND]宣布,签约奥运冠军[任知霈|PERSON]为品牌全球代言人。", {("任知霈", "endorses", "骁川体育")}),
    ("此前,[任知霈|PERSON]曾代言国际品牌[速比涛|BRAND]。", {("任知霈", "endorses", "速比涛")}),
    ("[骁川体育|BRAND]同时是[中国游泳协会|ORG]的官方合作伙伴。", {("骁川体育", "partners_with", "中国游泳协会")}),
    # a campaign launched jointly; a bank held by a body, with its headquarters after
    ("[霈川银行|ORG]12月1日宣布,联合[美团|ORG]在霈川市推出数字人民币消费红包活动。", {("霈川银行", "partners_with", "美团")}),
    ("[霈川银行|ORG]是[霈川市国资委|ORG]控股的城市商业银行,总部位于[霈川|GPE]。",
     {("霈川市国资委", "shareholder_of", "霈川银行"), ("霈川银行", "located_in", "霈川")}),
    # a drug in quotes that its developer made; rights granted to a licensee described by its country
    ('国家药监局批准[璠川生物|ORG]自主研发的PD-1单抗注射液"[璠立康|BRAND]"上市。', {("璠川生物", "has_brand", "璠立康")}),
    ("[璠川生物|ORG]此前已将该药的海外权益授予[美国|GPE]药企[Veltris Pharma|ORG],交易总额最高可达8.5亿美元。",
     {("璠川生物", "partners_with", "Veltris Pharma"), ("Veltris Pharma", "located_in", "美国")}),
    # the round's amount in a clause between the round and its lead
    ("[湉川咖啡|ORG]刚完成了B轮融资,金额是2亿元,由[弘澈投资|ORG]领投,老股东[梅花创投|ORG]跟投。",
     {("弘澈投资", "led_round", "湉川咖啡"), ("弘澈投资", "investor_in", "湉川咖啡"), ("梅花创投", "investor_in", "湉川咖啡")}),
    # a resort developed with a partner; a body's full holding; "the company" is not what 除…外 sets aside
    ("[琰川文旅集团|ORG]董事长表示,集团将投资12亿元建设游客中心,并与[华侨城集团|ORG]合作开发温泉度假区。",
     {("琰川文旅集团", "partners_with", "华侨城集团")}),
    ("[琰川文旅集团|ORG]是[黄山市人民政府|ORG]全资控股的国有企业。",
     {("黄山市人民政府", "shareholder_of", "琰川文旅集团"), ("琰川文旅集团", "subsidiary_of", "黄山市人民政府")}),
    ("[珞川服饰|ORG]向[SHEIN|ORG]供货超过8亿元,占[珞川服饰|ORG]总营收的62%。除[SHEIN|ORG]外,公司今年还开始为[Temu|ORG]供货。",
     {("珞川服饰", "supplies", "SHEIN"), ("珞川服饰", "supplies", "Temu")}),
    # a distributor that handles a brand's imports; a place naming a listed company before a plan; a region's maker
    ("[岚庭酒庄|ORG]与[琮澜贸易|ORG]签署独家协议,由[琮澜贸易|ORG]负责其酒款在[中国|GPE]的进口与分销。",
     {("岚庭酒庄", "sells_on", "琮澜贸易"), ("岚庭酒庄", "partners_with", "琮澜贸易")}),
    ("[琨锂矿业|ORG]拟以2亿美元收购[智利|GPE]上市公司[汀岩资源|ORG]的全部股权。",
     {("汀岩资源", "located_in", "智利")}),
    ("[意大利|GPE][托斯卡纳|LOC]产区的[岚谷酒园|ORG]去年对华出口增长20%。", {("岚谷酒园", "located_in", "意大利")}),
    # a project abroad is not the company's seat
    ("[琨锂矿业|ORG]将获得[汀岩资源|ORG]位于[阿根廷|GPE]萨尔塔省的锂盐湖项目。", set()),
    # a title handed on, a professor named before the title, patents sold, an official partner in a later clause
    ("[琮江集团|ORG]创始人[骆琮海|PERSON]今年退休。2015年,[骆琮海|PERSON]将董事长一职交给次子[骆汀|PERSON]。",
     {("琮江集团", "founder", "骆琮海"), ("骆汀", "chairman_of", "琮江集团")}),
    ("近日,[琨山大学|ORG][邬汀|PERSON]教授团队研发的电池专利包,以8000万元的价格转让给[岚能科技|ORG]。",
     {("邬汀", "works_for", "琨山大学"), ("琨山大学", "partners_with", "岚能科技")}),
    ("[琮江集团|ORG]旗下品牌\"[琮步|BRAND]\"拥有门店3000家,曾是[中国田径协会|ORG]的官方合作伙伴。",
     {("琮江集团", "has_brand", "琮步"), ("琮步", "partners_with", "中国田径协会")}),
    # a fund's manager after 其; the other bidders of a tender the winner named before; holders in a later clause;
    # a service a company handles for a brand; a bank's president opening a sentence
    ("[琨岳基金|ORG]持有[汀川股份|ORG]5%的股份,其基金经理[邬岚|PERSON]表示看好公司前景。",
     {("琨岳基金", "shareholder_of", "汀川股份"), ("邬岚", "works_for", "琨岳基金")}),
    ("[琨州机场集团|ORG]公布招标结果,[岚免集团|ORG]中标免税店经营权。参与此次竞标的还有[汀上免税|ORG]和[琮海免税|ORG]。",
     {("岚免集团", "competitor_of", "汀上免税"), ("岚免集团", "competitor_of", "琮海免税")}),
    ("[琮信资产|ORG]是省属资产管理公司,由[琨江财政厅|ORG]和[中信集团|ORG]共同出资设立。",
     {("琨江财政厅", "shareholder_of", "琮信资产"), ("中信集团", "shareholder_of", "琮信资产")}),
    ("[岚衣|BRAND]在[中国|GPE]的仓储物流此前由[顺丰供应链|ORG]负责。", {("顺丰供应链", "supplies", "岚衣")}),
    ("[琮城银行|ORG]三季度不良率上升。行长[潘岚|PERSON]表示将加快处置。", {("潘岚", "ceo_of", "琮城银行")}),
    # rivals that follow a price cut; customers of "the company" the document is about
    ("[琨云|ORG]宣布降价后,[汀擎云|ORG]、[岚讯云|ORG]也相继推出降价措施。",
     {("琨云", "competitor_of", "汀擎云"), ("琨云", "competitor_of", "岚讯云")}),
    ("[琮微电子|ORG]成立于2018年,总部位于[苏州|GPE],目前员工约2600人。公司2024年营收预计为38亿元,主要客户包括[小米|ORG]和[荣耀|ORG]。",
     {("琮微电子", "located_in", "苏州"), ("琮微电子", "supplies", "小米"), ("琮微电子", "supplies", "荣耀")}),
    # a subsidiary's round is the subsidiary's; a core product; a holding a person controls; a headquarters moved;
    # a lease signed; investors after a clause on the money raised
    ("[琨汐生物|ORG]预计净利润增长。此外,[琨汐生物|ORG]控股子公司[琨汐医疗|ORG]完成了2亿元A轮融资,由[礼来亚洲基金|ORG]领投。",
     {("琨汐医疗", "subsidiary_of", "琨汐生物"), ("礼来亚洲基金", "led_round", "琨汐医疗"),
      ("礼来亚洲基金", "investor_in", "琨汐医疗")}),
    ("[琨汐生物|ORG]发布业绩预告。公告称,业绩增长主要得益于核心产品\"[琨安|BRAND]\"的销售放量。",
     {("琨汐生物", "has_brand", "琨安")}),
    ("财团成员包括[邓岚|PERSON]控制的[琨汐投资|ORG]。", {("邓岚", "shareholder_of", "琨汐投资")}),
    ("自动驾驶公司[汀瑞科技|ORG]宣布,公司总部将从[北京|GPE]迁至[上海|GPE]浦东,并已与[琨江集团|ORG]签署租赁协议。",
     {("汀瑞科技", "located_in", "上海"), ("琨江集团", "supplies", "汀瑞科技")}),
    ("[汀瑞科技|ORG]成立于2019年,累计融资超过60亿元,投资方包括[蔚来资本|ORG]和[上汽集团|ORG]。",
     {("蔚来资本", "investor_in", "汀瑞科技"), ("上汽集团", "investor_in", "汀瑞科技")}),
    # rivals both in a price war; partners that build together; a subsidiary named with its holding; two founders
    # described by their former employers (no current employer, no seat for the former one); a purchase signed
    ("[琨咖|BRAND]和[汀迪咖啡|BRAND]都在打9.9元的价格战。", {("琨咖", "competitor_of", "汀迪咖啡")}),
    ("[琨晶科技|ORG]董事会通过决议,将与[索尼半导体|ORG]、[电装|ORG]共同在[日本|GPE]兴建第二座晶圆厂。",
     {("琨晶科技", "partners_with", "索尼半导体"), ("琨晶科技", "partners_with", "电装")}),
    ("第一座工厂由[琨晶科技|ORG]持股约60%的子公司[琨晶越南|ORG]营运。",
     {("琨晶越南", "subsidiary_of", "琨晶科技")}),
    ("[琨汐AI|ORG]由前[谷歌|ORG]工程师[苏岳凡|PERSON]和前[百度|ORG]算法负责人[韩东|PERSON]于2021年在[硅谷|LOC]创立。",
     {("琨汐AI", "founder", "苏岳凡"), ("琨汐AI", "founder", "韩东"), ("琨汐AI", "located_in", "硅谷")}),
    ("3、[琨途航空|ORG]:与[中国商飞|ORG]签署10架C919飞机购买意向书。", {("中国商飞", "supplies", "琨途航空")}),
    # a company and its product side by side in a ranking; rivals that follow the company the text is about; the
    # customers among a company's five largest
    ("榜单显示,[琨度|ORG][琨心一言|BRAND]、[琨里集团|ORG][琨义千问|BRAND]分列前二。",
     {("琨度", "has_brand", "琨心一言"), ("琨里集团", "has_brand", "琨义千问")}),
    ("[琨宝|BRAND]宣布调整规则。[琨宝|BRAND]表示将保护商家。此前,[拼琨琨|BRAND]、[琨音电商|BRAND]也先后宣布调整政策。",
     {("琨宝", "competitor_of", "拼琨琨"), ("琨宝", "competitor_of", "琨音电商")}),
    ("[汀屿股份|ORG]主营汽车零部件,前五大客户包括[吉利汽车|ORG]、[长安汽车|ORG]等整车企业。",
     {("汀屿股份", "supplies", "吉利汽车"), ("汀屿股份", "supplies", "长安汽车")}),
    # a store on a platform in a later clause; the brands a dealer sells; a new shareholder a register shows; buying
    # into a brand; a purchasing vice-president
    ("12月2日,潮玩品牌[琨趣玩具|BRAND]推出联名盲盒,首批10万套在[天猫|ORG]旗舰店上线后售罄。",
     {("琨趣玩具", "sells_on", "天猫")}),
    ("国内大型汽车经销商[琮岳汽车集团|ORG]旗下拥有42家4S店,代理品牌包括[奔驰|BRAND]、[宝马|BRAND]和[丰田|BRAND]。",
     {("奔驰", "sells_on", "琮岳汽车集团"), ("宝马", "sells_on", "琮岳汽车集团"), ("丰田", "sells_on", "琮岳汽车集团")}),
    ("[企查查|ORG]信息显示,茶饮品牌[汀岳茶|BRAND]近日发生工商变更,新增股东[黄岚|PERSON],持股比例为5%。",
     {("黄岚", "shareholder_of", "汀岳茶")}),
    ("演员[黄岚|PERSON]入股茶饮品牌[汀岳茶|BRAND]。", {("黄岚", "shareholder_of", "汀岳茶")}),
    ("[琨泰汽车|ORG]采购副总裁[邬岳|PERSON]表示,明年采购总额将超过400亿元。", {("邬岳", "works_for", "琨泰汽车")}),
    # parts a teardown names the suppliers of, sentences after the device's maker; a country right before a company
    ("[琨翊|ORG]发布新机。6.8英寸OLED屏幕由[京东方|ORG]供应,内存和闪存则分别来自[长鑫存储|ORG]和[长江存储|ORG]。",
     {("京东方", "supplies", "琨翊"), ("长鑫存储", "supplies", "琨翊"), ("长江存储", "supplies", "琨翊")}),
    ("[琨翊|ORG]发布新机。该机的潜望式长焦镜头模组由[舜宇光学|ORG]提供,电池电芯则来自[欣旺达|ORG]。",
     {("舜宇光学", "supplies", "琨翊"), ("欣旺达", "supplies", "琨翊")}),
    ("[琨翊|ORG]的主摄模组仍由[日本|GPE][索尼|ORG]供应。",
     {("索尼", "supplies", "琨翊"), ("索尼", "located_in", "日本")}),
    # an association's elected officers, its secretary-general "held by" someone
    ("[沣翊市汽车协会|ORG]完成换届。会议选举产生了新一届理事会,[沣翊集团|ORG]董事长[邬立衡|PERSON]当选会长。"
     "[澂翊电池|ORG]总经理[蒯晓雯|PERSON]、[琨翊智能|ORG]创始人[苍文博|PERSON]当选副会长,协会秘书长由[訾建平|PERSON]担任。",
     {("邬立衡", "chairman_of", "沣翊集团"), ("邬立衡", "chairman_of", "沣翊市汽车协会"), ("蒯晓雯", "ceo_of", "澂翊电池"),
      ("蒯晓雯", "works_for", "沣翊市汽车协会"), ("琨翊智能", "founder", "苍文博"), ("苍文博", "works_for", "沣翊市汽车协会"),
      ("訾建平", "works_for", "沣翊市汽车协会")}),
    # the controller and chairman named together; shares a divorce passes to the other spouse
    ("[琨翊股份|ORG](301896)公告,公司实际控制人、董事长[阚立恒|PERSON]将其直接持有的公司2800万股股份(占总股本的2.1%)"
     "分割至[祁婉宁|PERSON]名下。",
     {("阚立恒", "chairman_of", "琨翊股份"), ("阚立恒", "shareholder_of", "琨翊股份"), ("祁婉宁", "shareholder_of", "琨翊股份")}),
    # a past role the text tells is work for the company, whatever the title; a later clause's too
    ("[张翊|PERSON]曾任[琨翊科技|ORG]总裁。", {("张翊", "works_for", "琨翊科技")}),
    ("[雷翊|PERSON]现年54岁,此前担任[璘翊交投|ORG]总经理,曾任[璘翊省发改委|ORG]副主任。",
     {("雷翊", "works_for", "璘翊交投"), ("雷翊", "works_for", "璘翊省发改委")}),
    ("原[琨翊科技|ORG]副总裁[张翊|PERSON]创立了[澂翊|ORG]。", {("澂翊", "founder", "张翊")}),
    # a fund's manager; the firms a career went through; holders listed in a later clause
    ("截至三季度末,[珝翊基金|ORG]旗下明星基金经理[乔翊|PERSON]在管基金规模为312亿元。", {("乔翊", "works_for", "珝翊基金")}),
    ("[乔翊|PERSON]拥有11年从业经验,2013年加入[瑨翊证券|ORG]任研究员,2017年加盟[珝翊基金|ORG],现任权益投资部总监。",
     {("乔翊", "works_for", "瑨翊证券"), ("乔翊", "works_for", "珝翊基金")}),
    ("[珝翊基金|ORG]成立于2008年,股东为[瑨翊证券|ORG]和[新加坡|GPE][琬翊投资|ORG],公募管理规模约2100亿元。",
     {("瑨翊证券", "shareholder_of", "珝翊基金"), ("琬翊投资", "shareholder_of", "珝翊基金"),
      ("琬翊投资", "located_in", "新加坡")}),
    # a company's plant abroad is no seat of it; the company a place describes after 由; materials from a partner
    ("记者走访了位于[越南|GPE][平阳省|GPE]的[沨翊纺织|ORG]工厂。", set()),
    ("这家由[浙江|GPE][绍兴|GPE]企业[沨翊纺织|ORG]投资建设的工厂于2018年投产。", {("沨翊纺织", "located_in", "绍兴")}),
    ("[沨翊纺织|ORG]去年销售收入约38亿元,其面料主要由本地合作伙伴[璘翊印染|ORG]提供。", {("璘翊印染", "supplies", "沨翊纺织")}),
    # a related-party notice: the filer, its subsidiary, what it buys and leases from its holder's group
    ("[瑱翊食品|ORG](002977)12月2日晚间披露,公司及子公司[瑱翊冷链|ORG]预计将发生日常关联交易。其中,公司拟向[璩翊农业|ORG]"
     "采购生猪等原料;[璩翊农业|ORG]为公司控股股东[璩翊集团|ORG]的全资子公司。此外,公司总部办公楼继续向[璩翊集团|ORG]租赁。"
     "[瑱翊食品|ORG]前三季度营收27.6亿元。",
     {("瑱翊冷链", "subsidiary_of", "瑱翊食品"), ("璩翊农业", "supplies", "瑱翊食品"), ("璩翊农业", "subsidiary_of", "璩翊集团"),
      ("璩翊集团", "supplies", "瑱翊食品"), ("璩翊集团", "shareholder_of", "瑱翊食品")}),
    ("[璩翊集团|ORG]董事长[蒲翊|PERSON]同时担任[瑱翊食品|ORG]董事长。",
     {("蒲翊", "chairman_of", "璩翊集团"), ("蒲翊", "chairman_of", "瑱翊食品")}),
    # a trading house described before its name; its representative in China
    ("[日本|GPE]综合商社[三井物产|ORG]以约6亿元认购公司新增股份。[三井物产|ORG]中国区总代表[田中健一|PERSON]表示看好。",
     {("三井物产", "located_in", "日本"), ("田中健一", "works_for", "三井物产")}),
    # officers listed after the company; the supplier and the customer of sham deals
    ("对[沄翊科技|ORG](300929)及公司董事长兼总经理[祁建华|PERSON]、财务总监[林晓燕|PERSON]、董事会秘书[顾思恒|PERSON]给予公开谴责。",
     {("祁建华", "ceo_of", "沄翊科技"), ("祁建华", "chairman_of", "沄翊科技"), ("林晓燕", "works_for", "沄翊科技"),
      ("顾思恒", "works_for", "沄翊科技")}),
    ("[岚翊集团|ORG]董事长[王岚|PERSON]、[汀翊科技|ORG]总经理[李汀|PERSON]出席。",
     {("王岚", "chairman_of", "岚翊集团"), ("李汀", "ceo_of", "汀翊科技")}),
    ("经查,[沄翊科技|ORG]通过与供应商[瓈翊电子|ORG]、客户[汭翊智能|ORG]开展无商业实质的循环交易。",
     {("瓈翊电子", "supplies", "沄翊科技"), ("沄翊科技", "supplies", "汭翊智能")}),
    # a head of marketing works for the company; its sales on platforms in a later clause
    ("[琡翊电器|ORG]营销总经理[苗思远|PERSON]介绍,补贴政策实施以来,公司在[京东|ORG]和[天猫|ORG]的线上销售额增长超过八成。",
     {("苗思远", "works_for", "琡翊电器"), ("琡翊电器", "sells_on", "京东"), ("琡翊电器", "sells_on", "天猫"),
      ("琡翊电器", "grew_on", "京东"), ("琡翊电器", "grew_on", "天猫")}),
    # a former employee's tenure, told with its years, stands beside the former marker; the rival he joined
    ("[瑷翊精密|ORG]诉其前员工[邵启航|PERSON]侵害商业秘密。法院查明,[邵启航|PERSON]2016年至2021年在[瑷翊精密|ORG]担任研发部"
     "高级工程师,离职前拷贝了设计图纸,随后加入竞争对手[沩翊传动|ORG]担任技术总监。",
     {("邵启航", "works_for", "瑷翊精密"), ("邵启航", "works_for", "沩翊传动"), ("沩翊传动", "competitor_of", "瑷翊精密")}),
    # a platform a company runs; a country right before a company allowed to set up a branch; officers' titles
    ("[瑄翊金服|ORG]通过其运营的网络借贷平台\"[瑄翊贷|BRAND]\"向社会公众吸收资金。", {("瑄翊金服", "has_brand", "瑄翊贷")}),
    ("监管局同意[新加坡|GPE][澧翊银行|ORG]在[上海|GPE]设立分行。", {("澧翊银行", "located_in", "新加坡")}),
    ("[澧翊银行|ORG]行政总裁[林志勤|PERSON]表示看好。[珺翊|BRAND]首席可持续发展官[克莱尔·沃森|PERSON]表示。",
     {("林志勤", "ceo_of", "澧翊银行"), ("克莱尔·沃森", "works_for", "珺翊")}),
    # a round named by its stage after its lead investor; the institution's head; a dealer described with its country
    ("农业机器人企业[澴翊科技|ORG]获得[汣翊创投|ORG]领投的3000万元天使轮。",
     {("汣翊创投", "led_round", "澴翊科技"), ("汣翊创投", "investor_in", "澴翊科技")}),
    ("[珣翊加速器|ORG]目前已累计孵化企业96家。加速器负责人[冯思远|PERSON]表示,下一期将关注具身智能。",
     {("冯思远", "works_for", "珣翊加速器")}),
    ("[澴翊智能|ORG]宣布,公司与[泰国|GPE]农机经销商[Siam AgriTech|ORG]签署独家经销协议,由后者负责[澴翊智能|ORG]植保无人机"
     "在[泰国|GPE]的销售。",
     {("Siam AgriTech", "located_in", "泰国"), ("澴翊智能", "sells_on", "Siam AgriTech")}),
    # a group merged into another; a holder described by the brand's kind; what she also invested in; an endorser
    # the brand's founder names; channels that "are" platforms; sales that depend on platforms in a country
    ("[璐翊物流集团|ORG]整体并入[琲翊集团|ORG],成为其全资子企业。", {("璐翊物流集团", "subsidiary_of", "琲翊集团")}),
    ("[企查查|ORG]信息显示,[郝思雨|PERSON]目前是运动服饰品牌[澶翊体育|BRAND]的第二大股东,持股比例为20%,同时还投资了连锁火锅品牌"
     "[瓀锅记|BRAND]。", {("郝思雨", "shareholder_of", "澶翊体育"), ("郝思雨", "investor_in", "瓀锅记")}),
    ("[澶翊体育|BRAND]创始人兼CEO[韦书宁|PERSON]表示,[郝思雨|PERSON]此前已担任品牌代言人三年。",
     {("澶翊体育", "founder", "韦书宁"), ("韦书宁", "ceo_of", "澶翊体育"), ("郝思雨", "endorses", "澶翊体育")}),
    ("据悉,[澶翊体育|BRAND]今年的销售额预计将突破5亿元,线上渠道主要为[天猫|ORG]和[抖音|ORG]。",
     {("澶翊体育", "sells_on", "天猫"), ("澶翊体育", "sells_on", "抖音")}),
    ("[琲翊手机|BRAND]在[印度|GPE]的销售主要依赖[亚马逊|ORG]和[Flipkart|ORG]两大电商平台。",
     {("琲翊手机", "sells_on", "亚马逊"), ("琲翊手机", "sells_on", "Flipkart")}),
    # a postdoc abroad is work there, the country written before the university; a round of "the company" and
    # who led it; "the products" sold through shops, after a clause about something else; "the group" after a
    # time word owning brands; customers the company signed with are supplied, not partners
    ("[闵若川|PERSON]长期从事免疫研究,曾在[美国|GPE][璟川大学|ORG]从事博士后研究。", {("闵若川", "works_for", "璟川大学")}),
    ("[岚翊医疗|ORG]成立于2018年。公司去年完成B轮融资3亿元,由[璟川资本|ORG]领投,[汀翊创投|ORG]跟投。",
     {("璟川资本", "led_round", "岚翊医疗"), ("璟川资本", "investor_in", "岚翊医疗"),
      ("汀翊创投", "investor_in", "岚翊医疗")}),
    ("[岚翊电器|ORG]成立于2015年,产品主要通过[亚马逊|ORG]和[沃尔玛|ORG]销售。",
     {("岚翊电器", "sells_on", "亚马逊"), ("岚翊电器", "sells_on", "沃尔玛")}),
    ("[汀翊餐饮集团|ORG]举行年会。董事长表示,过去一年集团旗下品牌“[珀翊烧腊|BRAND]”和“[岚川米粉|BRAND]”增长很快。",
     {("汀翊餐饮集团", "has_brand", "珀翊烧腊"), ("汀翊餐饮集团", "has_brand", "岚川米粉")}),
    ("[岚翊电器|ORG]成立于2015年。今年公司已与[璟川电网|ORG]、[汀翊移动|ORG]等客户签订合作协议。",
     {("岚翊电器", "supplies", "璟川电网"), ("岚翊电器", "supplies", "汀翊移动")}),
    # a brand described first, its founder with a former employer, its head office after them; an investor's
    # earlier investment described; chains after one the text names no entity for; a dealer's brands; the
    # supply chains of property developers; control through a relative; the largest customer named
    ("[椛岚|BRAND]是一个气泡茶饮料品牌,2022年由前[岚川饮料|ORG]市场总监[沐翊|PERSON]创立,总部在[广州|GPE]。",
     {("椛岚", "founder", "沐翊"), ("椛岚", "located_in", "广州")}),
    ("[晨翊基金|ORG]此前也投资过另一家饮料品牌[瑭岚饮品|BRAND]。", {("晨翊基金", "investor_in", "瑭岚饮品")}),
    ("[椛岚|BRAND]目前已进入全家、[罗森|ORG]等便利店系统。", {("椛岚", "sells_on", "罗森")}),
    ("[岚骏汽车集团|ORG]是华东地区最大的豪华车经销商之一,代理[宝马|ORG]、[奔驰|ORG]等品牌。",
     {("宝马", "sells_on", "岚骏汽车集团"), ("奔驰", "sells_on", "岚骏汽车集团")}),
    ("[翎川科技|ORG]创立于2016年。公司智能门锁出货量已突破120万台,产品已进入[璟科地产|ORG]、[汀川置业|ORG]等地产商的精装房供应链。",
     {("翎川科技", "supplies", "璟科地产"), ("翎川科技", "supplies", "汀川置业")}),
    ("报告称,[晟岚环保|ORG]前五大客户中有三家存在关联关系,其中最大客户[珂川水务|ORG]由[冯岚远|PERSON]的弟弟[冯岚刚|PERSON]控制。",
     {("晟岚环保", "supplies", "珂川水务"), ("冯岚刚", "shareholder_of", "珂川水务")}),
    # an item of a list of appointments: the company before the colon hires a former officer of another for
    # "the company's" top job; an acting officer; holders listed before 分别持有; one of the investors holding
    ("·[骢岚物流|ORG]:聘请前[顺川速运|ORG]副总裁[萧岚明|PERSON]担任公司总裁,负责国际业务。",
     {("萧岚明", "ceo_of", "骢岚物流")}),
    ("·[琸岚保险|ORG]:原总经理[魏岚|PERSON]辞职,由副总经理[黄岚琳|PERSON]代为履行总经理职责。",
     {("黄岚琳", "works_for", "琸岚保险")}),
    ("本次解禁涉及的股东中持股较多的是[琸岚创投|ORG]和[汀川资本|ORG],分别持有[瑆岚半导体|ORG]4.1%和2.3%的股份。",
     {("琸岚创投", "shareholder_of", "瑆岚半导体"), ("汀川资本", "shareholder_of", "瑆岚半导体")}),
    ("[骢岚电气|ORG]的投资方包括[汀川资本|ORG]和[琸岚产投|ORG],其中[汀川资本|ORG]持股约12%。",
     {("汀川资本", "investor_in", "骢岚电气"), ("琸岚产投", "investor_in", "骢岚电气"),
      ("汀川资本", "shareholder_of", "骢岚电气")}),
    # a sentence cut at a semicolon goes on in the next: "the company" two sentences on is still the one named
    ("[瑆岚半导体|ORG]主要从事功率器件的研发。公司今年前三季度营收11.2亿元,同比增长19%;归母净利润1.6亿元。"
     "公司董事长为[骆岚|PERSON]。", {("骆岚", "chairman_of", "瑆岚半导体")}),
    # a brand described after a comma and then its owner; co-producers of a film with its director between;
    # a studio's earlier film in a later clause
    ("[玟岚坊|ORG],新中式茶饮领导品牌,隶属于[珣岚餐饮管理(上海)有限公司|ORG]。",
     {("珣岚餐饮管理(上海)有限公司", "has_brand", "玟岚坊")}),
    ("由[璘岚影业|ORG]、[猫川影业|ORG]联合出品,导演[郑岚宁|PERSON]执导的电影《[沣岚谣|BRAND]》定档春节。",
     {("璘岚影业", "has_brand", "沣岚谣"), ("猫川影业", "has_brand", "沣岚谣"), ("璘岚影业", "partners_with", "猫川影业")}),
    ("[璘岚影业|ORG]成立于2015年,总部位于[北京|GPE],此前出品的《[长河岚日|BRAND]》累计票房达到11.6亿元。",
     {("璘岚影业", "located_in", "北京"), ("璘岚影业", "has_brand", "长河岚日")}),
    # a founder who keeps the rest and goes on as the brand's CEO; a subsidiary among "the company's" sales
    # after a sentence cut at a semicolon; a supply agreement is no partnership; buying from
    ("[珖岚|BRAND]创始人[赟晓岚|PERSON]将保留剩余20%的股权,并继续担任品牌CEO。",
     {("珖岚", "founder", "赟晓岚"), ("赟晓岚", "shareholder_of", "珖岚"), ("赟晓岚", "ceo_of", "珖岚")}),
    ("[泓岚股份|ORG]发布业绩预告,预计净利润同比增长65%至80%;扣非净利润为3.9亿元。公告称,公司在[东南亚|LOC]的销售收入同比增长超过一倍,"
     "其中[越南|GPE]子公司[泓岚越南|ORG]贡献收入约6亿元。", {("泓岚越南", "subsidiary_of", "泓岚股份")}),
    ("[泓岚股份|ORG]与[宁川时代|ORG]签订了长期供货协议。", {("泓岚股份", "supplies", "宁川时代")}),
    ("[翚岚电力集团|ORG]从[瑨川钢铁|ORG]购入碳排放配额200万吨。", {("瑨川钢铁", "supplies", "翚岚电力集团")}),
    # a planned purchase of a stake makes no shareholder yet
    ("[瑞典|GPE]美妆集团[Nordvik|ORG]周一宣布,将以约12亿元人民币收购[中国|GPE]护肤品牌[珖岚|BRAND]80%的股权。",
     {("Nordvik", "located_in", "瑞典"), ("珖岚", "located_in", "中国")}),
    # the current chief named at a sentence's start; a former title after the person's age; a sponsor "too"
    ("[堃岚地产|ORG]今日宣布,委任[陈家岚|PERSON]为集团行政总裁。现任行政总裁[林国岚|PERSON](Peter Lam)将退休。",
     {("陈家岚", "ceo_of", "堃岚地产"), ("林国岚", "ceo_of", "堃岚地产")}),
    ("[陈家岚|PERSON]现年48岁,此前为[新鸿岚地产|ORG]副总经理,负责商业物业租赁业务。", {("陈家岚", "works_for", "新鸿岚地产")}),
    ("据悉,[琰岚乳业|ORG]同时成为[祺州雄岚|ORG]的球衣胸前广告赞助商,赞助期为三年。", {("祺州雄岚", "sponsored_by", "琰岚乳业")}),
    # holders listed before 分别持有 after 股东为; a service provider; a design win; a player's former team; a
    # team's home; the club's manager and sponsor through 俱乐部/战队
    ("公告显示,[钰岚物业|ORG]的股东为管理团队持股平台和[昀岚资本|ORG],分别持有60%和40%的股权。",
     {("昀岚资本", "shareholder_of", "钰岚物业")}),
    ("[钰岚物业|ORG]将继续为[钰岚集团|ORG]开发的项目提供物业服务。", {("钰岚物业", "supplies", "钰岚集团")}),
    ("[旻岚科技|ORG]宣布,其智能座舱芯片已获得[吉岚汽车|ORG]和[长岚汽车|ORG]两款新车型的量产定点。",
     {("旻岚科技", "supplies", "吉岚汽车"), ("旻岚科技", "supplies", "长岚汽车")}),
    ("[小昀|PERSON]此前效力于[星岚电竞|ORG],曾获得冠军。", {("小昀", "works_for", "星岚电竞")}),
    ("[镕岚电竞|ORG]隶属于[镕岚文化传媒有限公司|ORG],主场位于[成都|GPE]。俱乐部总经理[吴岚|PERSON]表示,[京东|ORG]成为战队的主赞助商。",
     {("镕岚电竞", "subsidiary_of", "镕岚文化传媒有限公司"), ("镕岚电竞", "located_in", "成都"), ("吴岚", "ceo_of", "镕岚电竞"),
      ("镕岚电竞", "sponsored_by", "京东")}),
    # "the company's" core product; a fund's investors in a clause after it is named
    ("[钤岚生物|ORG]发布业绩快报。公司核心产品“[钤舒岚|BRAND]”销售额突破6亿元。", {("钤岚生物", "has_brand", "钤舒岚")}),
    ("[旻岚产业基金|ORG]完成首期募集,基金目标规模20亿元,出资人包括[旻州产投|ORG]、[宁川时代|ORG]和[中国太岚|ORG]。",
     {("旻州产投", "investor_in", "旻岚产业基金"), ("宁川时代", "investor_in", "旻岚产业基金"), ("中国太岚", "investor_in", "旻岚产业基金")}),
    # a sales contract; suppliers named in a later clause; a private label's makers; a founder described before the
    # name; partners listed before 都有合作
    ("[浔岚智能|ORG]与[阿联酋|GPE]数据中心运营商[Gulf Compute|ORG]签订AI服务器销售合同,合同金额约8亿元。",
     {("浔岚智能", "supplies", "Gulf Compute"), ("Gulf Compute", "located_in", "阿联酋")}),
    ("[浔岚智能|ORG]的服务器主要采用国产GPU,供应商包括[海岚信息|ORG]和[寒川纪|ORG]。",
     {("海岚信息", "supplies", "浔岚智能"), ("寒川纪", "supplies", "浔岚智能")}),
    ("据了解,“[禾岚选|BRAND]”的部分商品由[今麦岚|ORG]、[立川|ORG]等企业代工生产。",
     {("今麦岚", "supplies", "禾岚选"), ("立川", "supplies", "禾岚选")}),
    ("[麦岚|BRAND]于2018年在[上海|GPE]创立,创始人为糕点师出身的[韩静岚|PERSON]。",
     {("麦岚", "founder", "韩静岚"), ("麦岚", "located_in", "上海")}),
    ("[汀岚科技|ORG]和[华岚|ORG]、[海底岚|ORG]都有合作。",
     {("汀岚科技", "partners_with", "华岚"), ("汀岚科技", "partners_with", "海底岚")}),
    # a round opening its own sentence is the last company's of the sentence before; 公司 after a speaker's verb is
    # the organisation named in that sentence, not the one the text is mostly about
    ("[汐岸|BRAND]运营方[上海汐岸租赁有限公司|ORG]宣布完成3亿元B轮融资。本轮由[招岚资本|ORG]领投,老股东[澜源资本|ORG]跟投。",
     {("招岚资本", "led_round", "上海汐岸租赁有限公司"), ("招岚资本", "investor_in", "上海汐岸租赁有限公司"),
      ("澜源资本", "investor_in", "上海汐岸租赁有限公司"), ("上海汐岸租赁有限公司", "has_brand", "汐岸")}),
    ("[岚川大学|ORG]主办了论坛,[岚川大学|ORG]校长致辞。[江岚汽车|ORG]副总经理[魏岚|PERSON]透露,公司与[华岚|ORG]合作建设的工厂已投产。",
     {("魏岚", "works_for", "江岚汽车"), ("江岚汽车", "partners_with", "华岚")}),
    # what a seller owns, not the platform it sells on; "other than X" is no customer; a former job; a seller on a
    # platform
    ("[岚芽玩具|ORG]是[亚马逊|ORG]上有名的卖家,旗下品牌“[BuildLan|BRAND]”主要销往欧洲。",
     {("岚芽玩具", "sells_on", "亚马逊"), ("岚芽玩具", "has_brand", "BuildLan")}),
    ("[星岚玩具|ORG]今年为[乐高|BRAND]之外的多个欧美品牌代工。", set()),
    ("[黄岚鹏|PERSON]大学毕业后在[奥岚娱乐|ORG]做了六年产品经理。", {("黄岚鹏", "works_for", "奥岚娱乐")}),
    # an inquiry reply's 发行人 is the issuer its title names: its customers, its foundries and packager, and a
    # customer's unit holding its shares
    ("关于[苏州岚芯微电子股份有限公司|ORG]审核问询函的回复\n发行人前五大客户依次为[宁川时代|ORG]和[比岚迪|ORG]。"
     "发行人的晶圆代工主要由[华岚半导体|ORG]完成,封装测试主要委托[长岚科技|ORG]进行。"
     "[比岚迪|ORG]亦通过其控制的[比岚迪半导体|ORG]持有发行人2.1%的股份。",
     {("苏州岚芯微电子股份有限公司", "supplies", "宁川时代"), ("苏州岚芯微电子股份有限公司", "supplies", "比岚迪"),
      ("华岚半导体", "supplies", "苏州岚芯微电子股份有限公司"), ("长岚科技", "supplies", "苏州岚芯微电子股份有限公司"),
      ("比岚迪半导体", "subsidiary_of", "比岚迪"), ("比岚迪半导体", "shareholder_of", "苏州岚芯微电子股份有限公司")}),
    # a filing after its line of codes: 公司 is the filer, not the buyer named as often;
    # an honorific after a name
    ("证券代码:603xxx 证券简称:岭岚智造\n[广东岭岚智能制造股份有限公司|ORG]关于控制权拟变更的公告\n"
     "公司控股股东、实际控制人[邝岚远|PERSON]先生拟将其股份转让给[顺岚国投|ORG]。[顺岚国投|ORG]成立于2003年。"
     "[顺岚国投|ORG]是最大的国有平台。本次交易完成后,[邝岚远|PERSON]先生将继续担任公司董事长。"
     "公司目前的主要客户包括[美岚集团|ORG]和[格岚电器|ORG]。",
     {("邝岚远", "shareholder_of", "广东岭岚智能制造股份有限公司"), ("邝岚远", "chairman_of", "广东岭岚智能制造股份有限公司"),
      ("广东岭岚智能制造股份有限公司", "supplies", "美岚集团"), ("广东岭岚智能制造股份有限公司", "supplies", "格岚电器")}),
    # a topic of two mentions yields to the organisation 公司's own sentence names; a former post told after a
    # title and a comma
    ("[抖岚|ORG]上的店铺很多。[抖岚|ORG]直播火热。县里的龙头企业[锦岚服饰|ORG]今年在杭州设立了设计中心,公司董事长[于岚梅|PERSON]说。",
     {("于岚梅", "chairman_of", "锦岚服饰")}),
    ("[丰岚种业|ORG]成立于2009年。公司董事长[郭岚林|PERSON]是育种专家,此前在[河岚农科院|ORG]从事育种研究18年。",
     {("郭岚林", "chairman_of", "丰岚种业"), ("郭岚林", "works_for", "河岚农科院")}),
    # customers named at the end of a long sentence; rivals besides one; two founders told after a move; a job
    # after school and a job hop
    ("[仓岚|ORG]目前在美国运营21个海外仓,其中美国仓储面积超过40万平方米,服务的中国跨境卖家超过3000家,"
     "代表客户包括[安岚创新|ORG]和[致岚科技|ORG]。",
     {("仓岚", "supplies", "安岚创新"), ("仓岚", "supplies", "致岚科技")}),
    ("在县城市场,[慢岚|BRAND]面对的对手除了[库岚咖啡|BRAND],还有[蜜岚冰城|BRAND]旗下的[幸岚咖|BRAND]。",
     {("慢岚", "competitor_of", "库岚咖啡"), ("慢岚", "competitor_of", "幸岚咖"), ("蜜岚冰城", "has_brand", "幸岚咖")}),
    ("2020年,[韩书岚|PERSON]离开[瑞岚咖啡|BRAND],和前同事[许嘉岚|PERSON]一起在[成都|GPE]创办了咖啡品牌“[慢岚|BRAND]”。",
     {("慢岚", "cofounder", "韩书岚"), ("慢岚", "cofounder", "许嘉岚"), ("慢岚", "located_in", "成都"),
      ("韩书岚", "works_for", "瑞岚咖啡")}),
    ("2014年,27岁的[韩书岚|PERSON]从[北岚大学|ORG]毕业后加入了[百岚|ORG]。2017年,[韩书岚|PERSON]跳槽到[瑞岚咖啡|BRAND]。",
     {("韩书岚", "works_for", "百岚"), ("韩书岚", "works_for", "瑞岚咖啡")}),
    # a board elected: its directors and its chairman; a post held now, after a comma
    ("[杭州岚图信息科技股份有限公司|ORG]召开股东大会。选举[朱明岚|PERSON]先生、[蒋岚|PERSON]先生为公司第四届董事会非独立董事。"
     "董事会选举总经理[贺晓岚|PERSON]为公司第四届董事会董事长。[孙嘉岚|PERSON]为注册会计师,现任[天岚会计师事务所|ORG]合伙人。",
     {("朱明岚", "works_for", "杭州岚图信息科技股份有限公司"), ("蒋岚", "works_for", "杭州岚图信息科技股份有限公司"),
      ("贺晓岚", "chairman_of", "杭州岚图信息科技股份有限公司"), ("孙嘉岚", "partner_of", "天岚会计师事务所")}),
    # 我们 in a quotation credited to a founder after it, a former employer notwithstanding
    ("[黄岚鹏|PERSON]大学毕业后在[奥岚娱乐|ORG]做了六年产品经理。"
     "\"去年我们在[亚岚逊|ORG]卖出了约300万件玩具。\"[岚芽玩具|ORG]创始人[黄岚鹏|PERSON]说。",
     {("黄岚鹏", "works_for", "奥岚娱乐"), ("岚芽玩具", "founder", "黄岚鹏"), ("岚芽玩具", "sells_on", "亚岚逊")}),
    # 该校 is the university named before; a title in one of its units; headquarters after who founded it; brands
    # counted under their group
    ("记者从[华岚科技大学|ORG]获悉,该校材料科学与工程学院教授[殷岚勇|PERSON]团队的12项专利已转化。",
     {("殷岚勇", "works_for", "华岚科技大学")}),
    ("[锦岚酒店集团|ORG]由[华岚集团|ORG]前高管[聂岚群|PERSON]于2016年创办,总部位于[上海|GPE]。",
     {("锦岚酒店集团", "founder", "聂岚群"), ("锦岚酒店集团", "located_in", "上海")}),
    ("[锦岚酒店集团|ORG]今年新签约酒店112家,其中中高端品牌“[岚居|BRAND]”签约68家,经济型品牌“[岚客|BRAND]”签约44家。",
     {("锦岚酒店集团", "has_brand", "岚居"), ("锦岚酒店集团", "has_brand", "岚客")}),
    # an internal letter: 公司 after 由 and after 加入; a post still held by someone; rivals in a later clause of a
    # sentence about the company (not a list that 竞争对手 closes)
    ("[岚途科技|ORG]宣布调整架构。事业群总裁由公司联合创始人[雷振岚|PERSON]担任;企业服务事业群由今年加入公司的[顾岚|PERSON]负责。"
     "[岚途科技|ORG]首席财务官仍由[林岚|PERSON]担任。[岚途科技|ORG]成立于2014年。"
     "公司主要客户包括[比岚迪|ORG]和[小岚汽车|ORG],竞争对手有[安岚创新|ORG]和[华岚技术|ORG]。",
     {("岚途科技", "cofounder", "雷振岚"), ("顾岚", "works_for", "岚途科技"), ("林岚", "works_for", "岚途科技"),
      ("岚途科技", "supplies", "比岚迪"), ("岚途科技", "supplies", "小岚汽车"),
      ("岚途科技", "competitor_of", "安岚创新"), ("岚途科技", "competitor_of", "华岚技术")}),
    # restaurants listed with their cities; a chef at one, and a post held before in a later clause
    ("获评三星的餐厅包括[广州|GPE]的“[岭南荟|BRAND]”和[成都|GPE]的“[蜀岚轩|BRAND]”。"
     "[岭南荟|BRAND]主厨[梁国岚|PERSON]从业超过30年,曾在[岚华东方酒店|ORG]担任中餐行政总厨。",
     {("岭南荟", "located_in", "广州"), ("蜀岚轩", "located_in", "成都"), ("梁国岚", "works_for", "岭南荟"),
      ("梁国岚", "works_for", "岚华东方酒店")}),
    # a resume's lines of posts held, each opening with its years; a defined 公司 is the filer
    ("[深圳澜岚医疗科技股份有限公司|ORG](以下简称\"公司\")聘任[邬晓岚|PERSON]先生为公司副总经理。[邬晓岚|PERSON]先生简历:\n"
     "[邬晓岚|PERSON],男,1981年出生。\n工作经历:\n2008年7月至2013年6月,任[迈岚医疗|ORG]研发中心高级工程师;\n"
     "2020年1月至2026年11月,任[微岚医疗|ORG]旗下[上海微岚心脉有限公司|ORG]副总经理;\n"
     "截至本公告披露日,[邬晓岚|PERSON]先生未持有[迈岚医疗|ORG]股份,与公司控股股东、实际控制人[张立岚|PERSON]不存在关联关系。",
     {("邬晓岚", "works_for", "深圳澜岚医疗科技股份有限公司"), ("邬晓岚", "works_for", "迈岚医疗"),
      ("邬晓岚", "works_for", "上海微岚心脉有限公司"), ("上海微岚心脉有限公司", "subsidiary_of", "微岚医疗"),
      ("张立岚", "shareholder_of", "深圳澜岚医疗科技股份有限公司")}),
    # competition a company faces from a group's brands
    ("在中国市场,[Lululan|BRAND]面临来自[安岚集团|ORG]旗下品牌[MAIA LAN|BRAND]和[粒子岚热|BRAND]的竞争。",
     {("Lululan", "competitor_of", "MAIA LAN"), ("Lululan", "competitor_of", "粒子岚热"),
      ("安岚集团", "has_brand", "MAIA LAN"), ("安岚集团", "has_brand", "粒子岚热")}),
    # athletes signed, listed each with their sport
    ("国产运动品牌[岚跃|BRAND]宣布签约三位奥运冠军,分别是乒乓球运动员[王楚岚|PERSON]、游泳运动员[覃海岚|PERSON]和跳水运动员[全红岚|PERSON]。",
     {("王楚岚", "endorses", "岚跃"), ("覃海岚", "endorses", "岚跃"), ("全红岚", "endorses", "岚跃")}),
    # systems built for customers; the other bidders for a project; a cooperative signing with buyers; aircraft
    # taken from their makers
    ("[岚信软件|ORG]是一家专注于银行解决方案的软件企业,此前已为[江岚银行|ORG]、[宁岚银行|ORG]建设了核心系统。"
     "本项目的竞标方还包括[长岚科技|ORG]和[神岚信息|ORG]。",
     {("岚信软件", "supplies", "江岚银行"), ("岚信软件", "supplies", "宁岚银行"),
      ("岚信软件", "competitor_of", "长岚科技"), ("岚信软件", "competitor_of", "神岚信息")}),
    ("[岚山咖啡专业合作社|ORG]理事长[李国岚|PERSON]告诉记者,合作社今年与[雀岚|ORG]和[星岚克|ORG]签订了采购合同。",
     {("李国岚", "chairman_of", "岚山咖啡专业合作社"), ("岚山咖啡专业合作社", "supplies", "雀岚"),
      ("岚山咖啡专业合作社", "supplies", "星岚克")}),
    ("[岚航租赁|ORG]总裁[邢海岚|PERSON]介绍,公司明年将从[空中岚车|ORG]和[波岚|ORG]接收20架新飞机。",
     {("邢海岚", "ceo_of", "岚航租赁"), ("空中岚车", "supplies", "岚航租赁"), ("波岚", "supplies", "岚航租赁")}),
    # a brand co-founded by a singer: its other co-founder, its shelves and platforms told in later clauses, a
    # founder following a round 本人, and its makers
    ("由歌手[邓子岚|PERSON]联合创办的气泡水品牌“[岚泡|BRAND]”,成立仅一年销售额就突破了3亿元。"
     "[岚泡|BRAND]的另一位联合创始人兼首席执行官[何俊岚|PERSON]此前是[元岚森林|BRAND]的销售副总裁。"
     "[何俊岚|PERSON]介绍,[岚泡|BRAND]目前已进入[7-Lan|ORG]和[罗岚|BRAND]等便利店系统,线上则主要在[抖岚|ORG]销售。"
     "今年9月,[岚泡|BRAND]完成了1.5亿元A轮融资,由[黑岚资本|ORG]领投,[天岚投资|ORG]和[邓子岚|PERSON]本人跟投。",
     {("岚泡", "cofounder", "邓子岚"), ("岚泡", "cofounder", "何俊岚"), ("何俊岚", "ceo_of", "岚泡"),
      ("何俊岚", "works_for", "元岚森林"), ("岚泡", "sells_on", "7-Lan"), ("岚泡", "sells_on", "罗岚"),
      ("岚泡", "sells_on", "抖岚"), ("黑岚资本", "led_round", "岚泡"), ("黑岚资本", "investor_in", "岚泡"),
      ("天岚投资", "investor_in", "岚泡"), ("邓子岚", "investor_in", "岚泡")}),
    # investors of the company completing the round, not of an employer named before it; a former employer left;
    # first customers
    ("由[IBM中国研究院|ORG]前首席科学家[吕文岚|PERSON]创办的AI公司“[观岚智能|ORG]”近日完成5000万元天使轮融资,"
     "投资方为[奇岚创坛|ORG]和[联岚创投|ORG]。[吕文岚|PERSON]随后离开[IBM|ORG]。[观岚智能|ORG]的首批客户包括[宝岚股份|ORG]。",
     {("观岚智能", "founder", "吕文岚"), ("奇岚创坛", "investor_in", "观岚智能"), ("联岚创投", "investor_in", "观岚智能"),
      ("吕文岚", "works_for", "IBM"), ("观岚智能", "supplies", "宝岚股份")}),
    # investors after a founder's clause; a publisher named where no developer opens the sentence
    ("[岚康药业|ORG]成立于2016年,由前[恒岚医药|ORG]副总裁[谭思岚|PERSON]创立,投资方包括[礼岚亚洲基金|ORG]和[高岚创投|ORG]。",
     {("岚康药业", "founder", "谭思岚"), ("礼岚亚洲基金", "investor_in", "岚康药业"), ("高岚创投", "investor_in", "岚康药业")}),
    ("该游戏的海外发行商为[腾岚|ORG]旗下的[Level Lan|BRAND],国内则由[网岚|ORG]代理发行。",
     {("腾岚", "has_brand", "Level Lan")}),
    # the head of a unit of the company is its staff, not its chief (书画部总经理, 销售总经理); the company's own
    # 总经理 is its chief
    ("[澜栖拍卖|ORG]副总裁兼书画部总经理[祁慕岚|PERSON]表示,年轻买家增多。", {("祁慕岚", "works_for", "澜栖拍卖")}),
    ("[澜栖拍卖|ORG]销售总经理[瞿岚|PERSON]表示,年轻买家增多。", {("瞿岚", "works_for", "澜栖拍卖")}),
    ("[澜栖拍卖|ORG]总经理[瞿岚|PERSON]表示,年轻买家增多。", {("瞿岚", "ceo_of", "澜栖拍卖")}),
    # subscribers of an issue, each in its own clause or listed as placed: investors in the issuer the text is about
    ("[澄岚新材|ORG]公布定增结果。本次发行最终获配的投资者中,[岚通基金|ORG]获配3.2亿元;[诺岚基金|ORG]获配2.6亿元;"
     "自然人[章岚|PERSON]认购1亿元;[高岚资本|ORG]和[易岚基金|ORG]也在获配名单之中。",
     {("岚通基金", "investor_in", "澄岚新材"), ("诺岚基金", "investor_in", "澄岚新材"), ("章岚", "investor_in", "澄岚新材"),
      ("高岚资本", "investor_in", "澄岚新材"), ("易岚基金", "investor_in", "澄岚新材")}),
    # a post the person goes on holding after a clause about them; platforms that most of the sales come from;
    # an agreement signed (签了) with a courier
    ("交易完成后[郝岚|PERSON]仍持有[百岚汇|ORG]20%股权,并继续担任[百岚汇|ORG]总经理。",
     {("郝岚", "shareholder_of", "百岚汇"), ("郝岚", "ceo_of", "百岚汇")}),
    ("如今[青岚园艺|ORG]拥有种植基地1800亩,年销售额约4.6亿元,其中七成来自[拼岚岚|ORG]和[抖岚|ORG]两个平台。",
     {("青岚园艺", "sells_on", "拼岚岚"), ("青岚园艺", "sells_on", "抖岚")}),
    ("[青岚园艺|ORG]与[中岚快递|ORG]签了年度协议,单票运费降到了2元以下。", {("青岚园艺", "partners_with", "中岚快递")}),
    # a round of the company a relative clause describes (由X教授创办的Y), not of X; an acquisition done, of 其 (what
    # the clause before names) and of a majority stake, which makes a parent
    ("由[华岚大学|ORG]教授[卢岚|PERSON]创办的[瀚岚光电|ORG]日前宣布完成8000万元天使轮融资,本轮由[深岚投|ORG]领投,"
     "[光岚产投|ORG]跟投。",
     {("瀚岚光电", "founder", "卢岚"), ("卢岚", "works_for", "华岚大学"), ("深岚投", "led_round", "瀚岚光电"),
      ("深岚投", "investor_in", "瀚岚光电"), ("光岚产投", "investor_in", "瀚岚光电")}),
    ("设计师品牌“[砚岚|BRAND]”近日宣布,[易岚集团|ORG]已完成对其70%股权的收购。",
     {("易岚集团", "shareholder_of", "砚岚"), ("砚岚", "subsidiary_of", "易岚集团")}),
    ("[易岚集团|ORG]已完成对[岚石科技|ORG]的收购。", {("易岚集团", "shareholder_of", "岚石科技"), ("岚石科技", "subsidiary_of", "易岚集团")}),
    # a branch named by its bank and a city is part of the bank; its head is its chief
    ("[澜岚银行|ORG]上海分行开业。[澜岚银行上海分行|ORG]行长由[尹岚|PERSON]担任。",
     {("澜岚银行上海分行", "subsidiary_of", "澜岚银行"), ("尹岚", "ceo_of", "澜岚银行上海分行")}),
    # the agent of wineries in China: they sell through it (no epithet: 是法国X is no "China's X")
    ("[觅岚汇|ORG]目前是[法国|GPE][甘岚酒庄|ORG]和[智利|GPE][晨岚酒庄|ORG]在[中国|GPE]的独家代理商。",
     {("甘岚酒庄", "sells_on", "觅岚汇"), ("晨岚酒庄", "sells_on", "觅岚汇"), ("甘岚酒庄", "located_in", "法国"),
      ("晨岚酒庄", "located_in", "智利")}),
    # a club's new coach (球队 is the club), the club he coached before (a league and 球队 between), its holders (由X
    # 控股: the parent; 其余15%: of the club), a body under a body, its shirt sponsor, a partner club abroad
    ("[青岚烈风足球俱乐部|ORG]宣布,前国脚[岳岚|PERSON]正式出任球队主教练。[岳岚|PERSON]此前执教[中甲|ORG]球队[南岚之星|ORG]。",
     {("岳岚", "works_for", "青岚烈风足球俱乐部"), ("岳岚", "works_for", "南岚之星")}),
    ("[青岚烈风足球俱乐部|ORG]由[泓岚集团|ORG]控股,持股比例为85%,[青岚市体育局|ORG]下属的[青岚体育产业公司|ORG]"
     "持有其余15%股权。本赛季球队的胸前广告赞助商为[青岚银行|ORG]。",
     {("泓岚集团", "shareholder_of", "青岚烈风足球俱乐部"), ("青岚烈风足球俱乐部", "subsidiary_of", "泓岚集团"),
      ("青岚体育产业公司", "subsidiary_of", "青岚市体育局"), ("青岚体育产业公司", "shareholder_of", "青岚烈风足球俱乐部"),
      ("青岚烈风足球俱乐部", "sponsored_by", "青岚银行")}),
    ("[青岚烈风足球俱乐部|ORG]还宣布与[西班牙|GPE]俱乐部[比利亚岚|ORG]达成青训合作。",
     {("青岚烈风足球俱乐部", "partners_with", "比利亚岚"), ("比利亚岚", "located_in", "西班牙")}),
    # a doctor before: 原是 a hospital's department's physician (a past job)
    ("[栖岚医生集团|ORG]创始人[冼岚|PERSON]原是[北京积岚医院|ORG]骨科副主任医师。",
     {("栖岚医生集团", "founder", "冼岚"), ("冼岚", "works_for", "北京积岚医院")}),
    # holders described by their stake, with a ticker and a rank between, or by the stake alone (of the company
    # the text is about); an adviser appointed
    ("[蓝岚股份|ORG]主营工业涂料。持有[蓝岚股份|ORG](600xxx.SH)8.2%股份的第二大股东[柏岚资本|ORG]向公司董事会发出函件。"
     "[柏岚资本|ORG]已获得持股3.1%的股东[郗岚|PERSON]的支持。",
     {("柏岚资本", "shareholder_of", "蓝岚股份"), ("郗岚", "shareholder_of", "蓝岚股份")}),
    ("[霁岚地产|ORG]董事会主席[纪岚|PERSON]表示,集团正与境外债权人积极沟通,并已委任[海岚国际|ORG]作为财务顾问。",
     {("纪岚", "chairman_of", "霁岚地产"), ("海岚国际", "supplies", "霁岚地产")}),
    # suppliers after the largest (其次是), one of them with its country (越南的X); a deal's adviser; a dealer signed
    ("[澜岚|BRAND]最大的成衣供应商为[织岚服饰|ORG],占采购总额的18%,其次是[越南|GPE]的[昇岚纺织|ORG]和[泰岚针织|ORG]。",
     {("织岚服饰", "supplies", "澜岚"), ("昇岚纺织", "supplies", "澜岚"), ("泰岚针织", "supplies", "澜岚"),
      ("昇岚纺织", "located_in", "越南")}),
    ("[瑞岚通|ORG]完成对[汇岚支付|ORG]100%股权的收购。此次收购的财务顾问为[华岚资本|ORG]。",
     {("瑞岚通", "shareholder_of", "汇岚支付"), ("汇岚支付", "subsidiary_of", "瑞岚通"), ("华岚资本", "supplies", "瑞岚通")}),
    ("[耕岚重工|ORG]与[哈萨克斯坦|GPE]农机经销商[KazLan|ORG]签署了为期三年的独家代理协议。",
     {("耕岚重工", "sells_on", "KazLan"), ("KazLan", "located_in", "哈萨克斯坦")}),
    # a function's head works for the company
    ("[澜岚|BRAND]供应链副总裁[裴岚|PERSON]表示,公司已要求所有一级供应商完成验厂。", {("裴岚", "works_for", "澜岚")}),
    # 其 after 为 is not the one who does it for it (由X为其…提供服务: the company named before, not X), with the
    # product between
    ("[岚康药业|ORG]宣布与[药岚生物|ORG]签订商业化生产协议,由[药岚生物|ORG]为其新药\"[岚妥单抗|BRAND]\"提供商业化生产服务。",
     {("岚康药业", "partners_with", "药岚生物"), ("药岚生物", "supplies", "岚康药业"), ("岚康药业", "has_brand", "岚妥单抗")}),
    # an acquisition done of a studio a descriptor and its defined short name surround; its founder, with the
    # game they made between; the other players of the market (of the company the document opens with)
    ("游戏公司[玄岚互娱|ORG]宣布,已完成对独立游戏工作室[成都星岚网络科技有限公司|ORG](以下简称\"[星岚工作室|ORG]\")的全资收购。"
     "[星岚工作室|ORG]创始人、《[雾岚|BRAND]》制作人[邰岚|PERSON]将离职。",
     {("玄岚互娱", "shareholder_of", "成都星岚网络科技有限公司"), ("成都星岚网络科技有限公司", "subsidiary_of", "玄岚互娱"),
      ("星岚工作室", "founder", "邰岚")}),
    ("[宠岚保险|ORG]与[瑞岚|BRAND]达成合作。业内人士指出,宠物险市场的主要参与者还包括[众岚保险|ORG]和[平岚产险|ORG]。",
     {("宠岚保险", "partners_with", "瑞岚"), ("众岚保险", "competitor_of", "宠岚保险"), ("平岚产险", "competitor_of", "宠岚保险")}),
    # a team that belongs to a phone brand (a clause and a descriptor between); a sponsorship renewed; the head of
    # a company's HR works for it
    ("[岩岚电竞|ORG]成立于2021年,隶属于手机品牌[泽岚科技|BRAND]。战队与运动品牌[安岚|BRAND]续签了队服赞助协议。",
     {("岩岚电竞", "subsidiary_of", "泽岚科技"), ("岩岚电竞", "sponsored_by", "安岚"), ("岩岚电竞", "partners_with", "安岚")}),
    ("[芯岚半导体|ORG]人力资源副总裁[申屠岚|PERSON]表示,公司需要大量芯片设计工程师。", {("申屠岚", "works_for", "芯岚半导体")}),
    # a joint venture set up and named; a fund's contributors; work handed to a carrier (an agreement to buy beans
    # says no more than a partnership: 与X签订采购协议 reads either way)
    ("[洛岚汽车|ORG]12月1日公告,公司与[湘岚集团|ORG]共同出资设立合资公司\"[湘岚固态电池有限公司|ORG]\",注册资本为20亿元。",
     {("洛岚汽车", "shareholder_of", "湘岚固态电池有限公司"), ("湘岚集团", "shareholder_of", "湘岚固态电池有限公司"),
      ("洛岚汽车", "partners_with", "湘岚集团")}),
    ("[雍岚资本|ORG]宣布新基金完成募集。该基金的出资人包括[国家中小企业发展基金|ORG]、[招岚资本|ORG]以及多家上市公司。",
     {("国家中小企业发展基金", "investor_in", "雍岚资本"), ("招岚资本", "investor_in", "雍岚资本")}),
    ("[禾岚咖啡|BRAND]终止了与该服务商的合作,并将全部冷链配送交给[顺岚冷运|ORG]负责。[禾岚咖啡|BRAND]还与[云南|GPE]的"
     "[普岚咖啡合作社|ORG]签订了为期五年的咖啡豆采购协议。",
     {("顺岚冷运", "supplies", "禾岚咖啡"), ("普岚咖啡合作社", "located_in", "云南")}),  # (a partner ended: 终止 guards no other)
    # supplies told in a later clause (…,预计每年向X供应); customers after 除X外 (还包括)
    ("[牧岚牧业|ORG]公告称,公司与[伊岚股份|ORG]签订了生鲜乳购销合同,预计每年向[伊岚股份|ORG]供应生鲜乳约35万吨。"
     "除[伊岚股份|ORG]外,[牧岚牧业|ORG]的客户还包括[蒙岚|ORG]和[光岚乳业|ORG]。",
     {("牧岚牧业", "supplies", "伊岚股份"), ("牧岚牧业", "supplies", "蒙岚"), ("牧岚牧业", "supplies", "光岚乳业")}),
    # an offering's sponsor (本次发行的保荐机构为X: the offering stands for the issuer)
    ("[妆岚科技|ORG]拟在创业板上市。[妆岚科技|ORG]的实际控制人为[卞岚|PERSON]。本次发行的保荐机构为[中信岚投证券|ORG]。",
     {("卞岚", "shareholder_of", "妆岚科技"), ("中信岚投证券", "supplies", "妆岚科技")}),
    # a holder whose stake grew past half and who is still (仍为) the controlling one; a holder's stake after its name
    ("增资完成后,[汀岚银行|ORG]持股比例由48%提升至52.5%,仍为[岚泰消金|ORG]的控股股东。",
     {("汀岚银行", "shareholder_of", "岚泰消金"), ("岚泰消金", "subsidiary_of", "汀岚银行")}),
    ("[岚澄管理|ORG]的控股股东为[岚江集团|ORG],持股比例为68.2%。",
     {("岚江集团", "shareholder_of", "岚澄管理"), ("岚澄管理", "subsidiary_of", "岚江集团")}),
    # a service done before, in a later clause (此前已为X提供); a service agreement the first party carries out (受托)
    ("新股东[岚途科技|ORG]是一家金融科技公司,此前已为[岚泰消金|ORG]提供智能风控系统服务。",
     {("岚途科技", "supplies", "岚泰消金")}),
    ("[岚澄管理|ORG]近日与[岚州城投|ORG]签署代建服务协议,受托管理3个安置房项目。",
     {("岚澄管理", "supplies", "岚州城投"), ("岚澄管理", "partners_with", "岚州城投")}),
    # power sold from a site (X将从其位于…的风电场每年向Y供应), whose place is the farm's, not the company's
    ("[岚岫新能源|ORG]将从其位于[酒泉|GPE]的风电场每年向[珩岚数据|ORG]供应绿色电力约4.8亿千瓦时。",
     {("岚岫新能源", "supplies", "珩岚数据")}),
    # rights granted: to promote (the grantee serves the maker) or to sell (the maker sells through the grantee)
    ("[峘岚药业|ORG]与[瑞岚医药|ORG]签署协议,授予[瑞岚医药|ORG]在中国大陆地区对公司降糖新药\"[衡岚宁|BRAND]\"的独家商业化推广权。",
     {("峘岚药业", "partners_with", "瑞岚医药"), ("瑞岚医药", "supplies", "峘岚药业"), ("峘岚药业", "has_brand", "衡岚宁")}),
    ("[岚丰酒业|ORG]宣布授予[汀岚商贸|ORG]华东地区的独家经销权。", {("岚丰酒业", "sells_on", "汀岚商贸")}),
    # products sold through agents (其部分理财产品将新增A、B 2家代销机构; X的代销机构包括A和B)
    ("[璟岚理财|ORG]近日发布公告,自12月起,其部分理财产品将新增[招商银行|ORG]、[岚溪农商银行|ORG]2家代销机构。",
     {("璟岚理财", "sells_on", "招商银行"), ("璟岚理财", "sells_on", "岚溪农商银行")}),
    ("[璟岚理财|ORG]的代销机构包括[平安银行|ORG]和[南京银行|ORG]。",
     {("璟岚理财", "sells_on", "平安银行"), ("璟岚理财", "sells_on", "南京银行")}),
    # a round from an investor in a later clause of the company's sentence; services to a list of customers before
    ("资料显示,[岚焙|BRAND]由[郗岚|PERSON]于2017年创立,巅峰时期在全国拥有门店逾120家,并于2020年获得[梵岚资本|ORG]的8000万元B轮融资。",
     {("岚焙", "founder", "郗岚"), ("梵岚资本", "investor_in", "岚焙")}),
    ("[瑞岚医药|ORG]是一家医药商业化服务公司,此前曾为[诺华|ORG]、[阿斯利康|ORG]等跨国药企提供推广服务。",
     {("瑞岚医药", "supplies", "诺华"), ("瑞岚医药", "supplies", "阿斯利康")}),
    # a ship built by a yard; a joint venture set up by two after its founding year; a new ship under its operator
    ("[蓝岚星辰号|BRAND]由[意大利|GPE][瑟坎蒂尼集团|ORG]建造。",
     {("瑟坎蒂尼集团", "supplies", "蓝岚星辰号"), ("瑟坎蒂尼集团", "located_in", "意大利")}),
    ("[蓝岚邮轮|ORG]成立于2018年,由[海岚旅游|ORG]与[美国|GPE]邮轮公司[岚年华集团|ORG]合资组建。",
     {("海岚旅游", "shareholder_of", "蓝岚邮轮"), ("岚年华集团", "shareholder_of", "蓝岚邮轮"),
      ("海岚旅游", "partners_with", "岚年华集团"), ("岚年华集团", "located_in", "美国")}),
    ("邮轮运营商[蓝岚邮轮|ORG]12月2日宣布,旗下新船\"[蓝岚星辰号|BRAND]\"将于2027年4月起以上海为母港。",
     {("蓝岚邮轮", "has_brand", "蓝岚星辰号")}),
    # reinsurance: renewed with a reinsurer, roles in the contract (本次合约由A担任首席经纪人), shares of it
    ("[衢岚财险|ORG]宣布,公司已与[汉岚再保险|ORG]续签2027年度巨灾超赔再保险合约。本次合约由[岚安|ORG]担任首席经纪人,"
     "[慕岚再保险|ORG]、[中岚再保险|ORG]等多家再保险公司共同参与分保。",
     {("汉岚再保险", "supplies", "衢岚财险"), ("岚安", "supplies", "衢岚财险"), ("慕岚再保险", "supplies", "衢岚财险"),
      ("中岚再保险", "supplies", "衢岚财险")}),
    # partners listed in a later clause, each after its place; a legal representative in a sentence of its own;
    # what the company holds of it (公司持有其100%股权: 其 is the sentence's subject, the company the filer)
    ("[鲸岚|BRAND]表示,目前公司已在全国11个省份采用这一模式,合作伙伴包括[湖南|GPE]的[湘岚汇|ORG]和[广西|GPE]的[桂岚仓|ORG]。",
     {("鲸岚", "partners_with", "湘岚汇"), ("鲸岚", "partners_with", "桂岚仓"), ("湘岚汇", "located_in", "湖南"),
      ("桂岚仓", "located_in", "广西")}),
    ("[岚川电气股份有限公司|ORG]关于为全资子公司提供担保的公告。[岚川电气股份有限公司|ORG]拟为[岚川储能|ORG]提供担保。"
     "[岚川储能|ORG]成立于2021年,注册资本5亿元,公司持有其100%股权。法定代表人为[汤岚之|PERSON]。",
     {("岚川电气股份有限公司", "shareholder_of", "岚川储能"), ("岚川储能", "subsidiary_of", "岚川电气股份有限公司"),
      ("汤岚之", "works_for", "岚川储能")}),
    # holders through partnership platforms, holders listed with their stakes, a partnership's general partner
    ("[璘岚微电子|ORG]通过[岚芯一号|ORG]、[岚芯二号|ORG]和[岚芯三号|ORG]三家合伙企业实施员工持股计划。",
     {("岚芯一号", "shareholder_of", "璘岚微电子"), ("岚芯二号", "shareholder_of", "璘岚微电子"),
      ("岚芯三号", "shareholder_of", "璘岚微电子")}),
    ("[璘岚微电子|ORG]的其他主要股东还包括[深创投|ORG](持股6.2%)和[岚长江产业基金|ORG](持股4.5%)。",
     {("深创投", "shareholder_of", "璘岚微电子"), ("岚长江产业基金", "shareholder_of", "璘岚微电子")}),
    ("[岚湾创投|ORG]的执行事务合伙人为[杭州岚湾投资管理有限公司|ORG],实际控制人为[骆岚川|PERSON]。",
     {("杭州岚湾投资管理有限公司", "partner_of", "岚湾创投"), ("骆岚川", "shareholder_of", "岚湾创投")}),
    # buyers of a block of shares (上述股份的买方: of the document's company) hold them now
    ("[沚岚医疗|ORG]公告,股东[岚湾创投|ORG]通过大宗交易减持[沚岚医疗|ORG]股份。[沚岚医疗|ORG]主营手术器械。"
     "上述股份的买方主要为[易方达基金|ORG]和[嘉实基金|ORG]。",
     {("易方达基金", "shareholder_of", "沚岚医疗"), ("嘉实基金", "shareholder_of", "沚岚医疗")}),
    # a foundation set up with a donation, its officers (基金会理事长由X担任,秘书长为原Y项目主任Z), its partners,
    # and shares a person holds (X个人持有的Y股权)
    ("[滢岚集团|ORG]创始人[卓岚舒|PERSON]宣布,将个人捐资10亿元发起设立\"[望岚教育基金会|ORG]\"。基金会理事长由[卓岚舒|PERSON]"
     "的女儿[卓岚安|PERSON]担任,秘书长为原[中国青少年发展基金会|ORG]项目主任[沈岚白|PERSON]。基金会首批合作机构包括"
     "[北京师范大学|ORG]和[中国乡村发展基金会|ORG]。资金将来自[卓岚舒|PERSON]个人持有的[滢岚集团|ORG]股权分红。",
     {("滢岚集团", "founder", "卓岚舒"), ("望岚教育基金会", "founder", "卓岚舒"), ("卓岚安", "chairman_of", "望岚教育基金会"),
      ("沈岚白", "works_for", "望岚教育基金会"), ("望岚教育基金会", "partners_with", "北京师范大学"),
      ("望岚教育基金会", "partners_with", "中国乡村发展基金会"), ("卓岚舒", "shareholder_of", "滢岚集团")}),
    # a consortium's lead and member
    ("项目由[琰岚数字科技股份有限公司|ORG](牵头人)与[中国电信股份有限公司沅岚分公司|ORG]组成的联合体中标。",
     {("琰岚数字科技股份有限公司", "partners_with", "中国电信股份有限公司沅岚分公司")}),
    # a joint venture set up (…共同出资设立的合资公司"X"), its capital's contributors and their stakes, its officers
    # written as 合资公司董事长 (the venture the text introduced), and what it makes for a partner
    ("[翊岚汽车|ORG]公告,公司与[沣岚新能源|ORG]共同出资设立的合资公司\"[翊沣岚动力|ORG]\"已完成注册。根据协议,"
     "[翊沣岚动力|ORG]的注册资本由双方出资,其中[翊岚汽车|ORG]出资15.3亿元,持股51%；[沣岚新能源|ORG]出资14.7亿元,持股49%。"
     "合资公司董事长由[翊岚汽车|ORG]副总裁[殷岚秋|PERSON]担任,总经理由[沣岚新能源|ORG]推荐的[葛岚川|PERSON]担任。"
     "[翊沣岚动力|ORG]主要为[翊岚汽车|ORG]旗下的新能源车型供应电池。",
     {("翊岚汽车", "partners_with", "沣岚新能源"), ("翊岚汽车", "shareholder_of", "翊沣岚动力"),
      ("沣岚新能源", "shareholder_of", "翊沣岚动力"), ("翊沣岚动力", "subsidiary_of", "翊岚汽车"),
      ("殷岚秋", "chairman_of", "翊沣岚动力"), ("殷岚秋", "works_for", "翊岚汽车"), ("葛岚川", "ceo_of", "翊沣岚动力"),
      ("翊沣岚动力", "supplies", "翊岚汽车")}),
    # controllers named as a couple, in a clause cut off at a semicolon; officers of 公司 after 任; an IPO's sponsor in
    # a later clause
    ("[栎岚家居|ORG]的主板IPO申请已获受理,保荐机构为[国泰君安证券|ORG]。[栎岚家居|ORG]的控股股东为[宁海栎岚投资有限公司|ORG],"
     "持股比例为52%；实际控制人为[邬岚岩|PERSON]、[蒋岚华|PERSON]夫妇。[邬岚岩|PERSON]现任公司董事长,[蒋岚华|PERSON]任公司副董事长兼总经理。",
     {("国泰君安证券", "supplies", "栎岚家居"), ("宁海栎岚投资有限公司", "shareholder_of", "栎岚家居"),
      ("栎岚家居", "subsidiary_of", "宁海栎岚投资有限公司"), ("邬岚岩", "shareholder_of", "栎岚家居"),
      ("蒋岚华", "shareholder_of", "栎岚家居"), ("邬岚岩", "chairman_of", "栎岚家居"), ("蒋岚华", "ceo_of", "栎岚家居"),
      ("蒋岚华", "works_for", "栎岚家居")}),
    # suppliers ranked, each in a clause cut off at a semicolon
    ("[澄岚股份|ORG]披露问询函回复。[澄岚股份|ORG]主营饮用水。具体来看,公司第一大供应商为[浙江恒岚包装有限公司|ORG],主要供应PET瓶坯；"
     "第二大供应商为[中粮糖业|ORG],主要供应白砂糖；第三大供应商为[紫江企业|ORG],主要供应瓶盖。",
     {("浙江恒岚包装有限公司", "supplies", "澄岚股份"), ("中粮糖业", "supplies", "澄岚股份"), ("紫江企业", "supplies", "澄岚股份")}),
    # a hotel management contract signed by a brand's group with an owner, whose founding comes before its parent
    ("[温德姆酒店集团|ORG]宣布,旗下[华美达广场|BRAND]品牌与[成都蔚岚文旅发展有限公司|ORG]签署酒店管理合同。"
     "[成都蔚岚文旅发展有限公司|ORG]成立于2019年,是[蔚岚集团|ORG]的全资子公司。",
     {("温德姆酒店集团", "has_brand", "华美达广场"), ("温德姆酒店集团", "supplies", "成都蔚岚文旅发展有限公司"),
      ("成都蔚岚文旅发展有限公司", "subsidiary_of", "蔚岚集团")}),
    # an offtake agreement (the buyer takes the mine's output); a seller described by its country and kind after 为
    ("[澄岚资源|ORG]拟收购萨比锂矿51%的权益,交易对方为[澳大利亚|GPE]上市公司[岩岚矿业|ORG]。同时,[澄岚资源|ORG]与国内锂盐生产商"
     "[沅岚锂业|ORG]签署了包销协议。",
     {("岩岚矿业", "located_in", "澳大利亚"), ("澄岚资源", "supplies", "沅岚锂业")}),
    # a school's sponsor (举办者) changed to a group, which becomes its only sponsor
    ("湖南省教育厅同意[湘岚学院|ORG]的举办者由[湖南湘岚投资集团有限公司|ORG]变更为[沛岚教育集团|ORG]。变更完成后,"
     "[沛岚教育集团|ORG]将成为[湘岚学院|ORG]的唯一举办者。",
     {("沛岚教育集团", "shareholder_of", "湘岚学院")}),
    # a supplier at fault in a recall (因供应商X生产的…): of the company recalling; a supplier of others too (同时也是)
    ("[淞岚汽车|ORG]决定召回部分车辆。[淞岚汽车|ORG]表示将免费升级软件。本次召回范围内的车辆,因供应商[骁岚汽车部件|ORG]生产的"
     "电子制动助力器存在缺陷。据悉,[骁岚汽车部件|ORG]同时也是[吉利汽车|ORG]和[长安汽车|ORG]的供应商。",
     {("骁岚汽车部件", "supplies", "淞岚汽车"), ("骁岚汽车部件", "supplies", "吉利汽车"), ("骁岚汽车部件", "supplies", "长安汽车")}),
    # an offering's advisers, one clause each; a founder controlling his company directly and indirectly
    ("[沐岚科技|ORG]首发申请获得通过。[沐岚科技|ORG]拟募资15亿元。[沐岚科技|ORG]本次IPO的保荐机构为[中信证券|ORG],审计机构为[天健会计师事务所|ORG],"
     "发行人律师为[国浩律师事务所|ORG]。公司创始人、董事长[聂岚川|PERSON]直接和间接合计控制公司38.2%的股份。",
     {("中信证券", "supplies", "沐岚科技"), ("天健会计师事务所", "supplies", "沐岚科技"), ("国浩律师事务所", "supplies", "沐岚科技"),
      ("沐岚科技", "founder", "聂岚川"), ("聂岚川", "chairman_of", "沐岚科技"), ("聂岚川", "shareholder_of", "沐岚科技")}),
    # makers for customers listed with their kinds (主要为A、B等国际烟草公司以及C等国内品牌提供代工服务)
    ("[烟岚科技|ORG]是全球最大的电子雾化设备制造商之一,主要为[英美烟草|ORG]、[日本烟草|ORG]等国际烟草公司以及[悦刻|BRAND]"
     "等国内品牌提供代工服务。",
     {("烟岚科技", "supplies", "英美烟草"), ("烟岚科技", "supplies", "日本烟草"), ("烟岚科技", "supplies", "悦刻")}),
    # a licence obtained; a founder described as a former officer elsewhere; a chip made by a foundry, told by the
    # company's officer (公司 after 表示: the company the text is about)
    ("[芯岚微电子|ORG]宣布,已与[安岚科技|ORG]签署授权协议,获得[安岚科技|ORG]最新一代CPU内核的授权。[芯岚微电子|ORG]成立于2019年,"
     "总部位于[上海|GPE],创始人兼CEO为前[高通|ORG][中国|GPE]研发总监[崔岚白|PERSON]。[崔岚白|PERSON]表示,公司首款芯片将由"
     "[台积电|ORG]代工。[芯岚微电子|ORG]现有员工约450人。[芯岚微电子|ORG]已完成四轮融资。",
     {("安岚科技", "supplies", "芯岚微电子"), ("芯岚微电子", "partners_with", "安岚科技"), ("芯岚微电子", "located_in", "上海"),
      ("芯岚微电子", "founder", "崔岚白"), ("崔岚白", "ceo_of", "芯岚微电子"), ("台积电", "supplies", "芯岚微电子")}),
    # a joint venture of two named after them; a foreign partner right before the agreement it signs
    ("[翔岚航空|ORG]与[法国|GPE][赛峰集团|ORG]签署合资协议。该发动机由[赛峰集团|ORG]与[通用电气|ORG]的合资公司[CFM国际|ORG]生产。",
     {("翔岚航空", "partners_with", "赛峰集团"), ("赛峰集团", "located_in", "法国"), ("赛峰集团", "shareholder_of", "CFM国际"),
      ("通用电气", "shareholder_of", "CFM国际"), ("赛峰集团", "partners_with", "通用电气")}),
    # customers listed after 除X外 with 还
    ("[瑞岚生物|ORG]与[牧原股份|ORG]签订了三年供货协议。[瑞岚生物|ORG]表示,除[牧原股份|ORG]外,公司的主要客户还包括[温氏股份|ORG]"
     "和[新希望|ORG]。",
     {("瑞岚生物", "supplies", "牧原股份"), ("瑞岚生物", "supplies", "温氏股份"), ("瑞岚生物", "supplies", "新希望")}),
    # a joint venture described by its capital first; a plant that makes for customers (该车间主要为A、B等药企生产);
    # an insurer named as such (投保…,承保人为X)
    ("[施岚理财|ORG]注册资本为10亿元,由[施罗德投资管理有限公司|ORG]与[汇岚银行股份有限公司|ORG]共同出资设立。",
     {("施罗德投资管理有限公司", "shareholder_of", "施岚理财"), ("汇岚银行股份有限公司", "shareholder_of", "施岚理财"),
      ("施罗德投资管理有限公司", "partners_with", "汇岚银行股份有限公司")}),
    ("[药岚生物|ORG]当日晚间发布公告称,该车间主要为[诺和诺德|ORG]、[礼来|ORG]等跨国药企生产多肽类原料药中间体。"
     "[药岚生物|ORG]表示,公司已为该车间投保财产一切险,承保人为[中国人保财险|ORG]。",
     {("药岚生物", "supplies", "诺和诺德"), ("药岚生物", "supplies", "礼来"), ("中国人保财险", "supplies", "药岚生物")}),
    # cornerstones listed after their total; products sold through platforms named after the brand
    ("[峰岚|BRAND]共引入四名基石投资者,合计认购1.2亿美元,分别为[高瓴资本|ORG]、[淡马锡|ORG]和[安踏体育|BRAND]。"
     "[峰岚|BRAND]产品通过[天猫|ORG]、[京东|ORG]等电商平台以及全国约1100家门店销售。",
     {("高瓴资本", "investor_in", "峰岚"), ("淡马锡", "investor_in", "峰岚"), ("安踏体育", "investor_in", "峰岚"),
      ("峰岚", "sells_on", "天猫"), ("峰岚", "sells_on", "京东")}),
    # an app's operator bought whole; the app kept as the buyer's brand; the buyer's other apps; its earlier investors
    ('[拓岚科技|ORG]宣布,已完成对记账应用"[鲸岚本|BRAND]"运营方[杭州鲸岚网络科技有限公司|ORG]的全资收购。收购完成后,'
     '[鲸岚本|BRAND]将作为[拓岚科技|ORG]的独立品牌继续运营。[拓岚科技|ORG]旗下还拥有笔记应用"[岚记|BRAND]"和日历应用"[岚历|BRAND]"。'
     "公司此前曾获得[腾讯|ORG]和[启明创投|ORG]的投资。",
     {("拓岚科技", "shareholder_of", "杭州鲸岚网络科技有限公司"), ("杭州鲸岚网络科技有限公司", "subsidiary_of", "拓岚科技"),
      ("杭州鲸岚网络科技有限公司", "has_brand", "鲸岚本"), ("拓岚科技", "has_brand", "鲸岚本"), ("拓岚科技", "has_brand", "岚记"),
      ("拓岚科技", "has_brand", "岚历"), ("腾讯", "investor_in", "拓岚科技"), ("启明创投", "investor_in", "拓岚科技")}),
    # an agreement and then the venture both set up (签署合作协议,双方将合资成立X); the venture's capital later
    ("[鄂岚能源|ORG]公告,[鄂岚能源|ORG]与[中石岚湖北分公司|ORG]签署合作协议,双方将合资成立[湖北岚氢能源科技有限公司|ORG]。",
     {("鄂岚能源", "shareholder_of", "湖北岚氢能源科技有限公司"), ("中石岚湖北分公司", "shareholder_of", "湖北岚氢能源科技有限公司"),
      ("鄂岚能源", "partners_with", "中石岚湖北分公司")}),
    # an import contract (the exporter supplies the importer), its exporter's country before its kind
    ("[中农岚控股|ORG]宣布,已与[加拿大|GPE]钾肥出口商[Canpotex|ORG]签订2027年度钾肥海运进口合同。",
     {("Canpotex", "supplies", "中农岚控股"), ("Canpotex", "located_in", "加拿大")}),
    # a placing agent; the placees (承配人…其中包括A及B) of the document's company; a company a group owns besides
    ("[璨岚生物|ORG]公告,[璨岚生物|ORG]与配售代理[中金公司|ORG]订立配售协议。[璨岚生物|ORG]将配售新股。"
     "承配人为不少于六名独立专业投资者,其中包括[高瓴资本|ORG]及[博裕资本|ORG]。",
     {("中金公司", "supplies", "璨岚生物"), ("高瓴资本", "investor_in", "璨岚生物"), ("博裕资本", "investor_in", "璨岚生物")}),
    ("[岚影传媒集团|ORG]同时还拥有影视制作公司[岚影影业|ORG]。", {("岚影影业", "subsidiary_of", "岚影传媒集团")}),
    # a distributor that handles the company's drug (由X负责公司…新药“Y”…的医院配送服务)
    ('[汀岚制药|ORG]已与[国药控股|ORG]签署《药品配送服务协议》,由[国药控股|ORG]负责公司降压新药"[汀岚平|BRAND]"在全国范围内的'
     "医院配送服务。",
     {("国药控股", "supplies", "汀岚制药"), ("汀岚制药", "has_brand", "汀岚平"), ("汀岚制药", "partners_with", "国药控股")}),
    # a former employer in a founder's description is not what the next sentence's 公司 stands for; computing power
    # provided by a cloud (由X为Y提供…算力服务)
    ("[深岚智能|ORG]宣布,已与[火山引擎|ORG]签订算力租赁合同,由[火山引擎|ORG]为[深岚智能|ORG]提供约2000张GPU的算力服务。"
     "[深岚智能|ORG]成立于2023年,创始人兼CEO为前[百度|ORG]深度学习研究院科学家[柴岚舒|PERSON]。公司今年6月完成了8亿元的B轮融资,"
     "由[启明创投|ORG]领投,[红杉中国|ORG]和[美团|ORG]跟投。",
     {("火山引擎", "supplies", "深岚智能"), ("深岚智能", "founder", "柴岚舒"),
      ("柴岚舒", "ceo_of", "深岚智能"), ("启明创投", "led_round", "深岚智能"), ("启明创投", "investor_in", "深岚智能"),
      ("红杉中国", "investor_in", "深岚智能"), ("美团", "investor_in", "深岚智能")}),
    # an auditor changed (审计机构由A变更为B: both serve the company), though planned; a strategic stake bought
    ("[汀岚股份|ORG]晚间公告,公司拟将2026年度财务报告审计机构由[大华会计师事务所|ORG]变更为[容诚会计师事务所|ORG]。",
     {("大华会计师事务所", "supplies", "汀岚股份"), ("容诚会计师事务所", "supplies", "汀岚股份")}),
    ("[比亚迪|ORG]战略入股功率芯片企业[澜岚半导体|ORG]。", {("比亚迪", "shareholder_of", "澜岚半导体")}),
    # the banks that underwrite an issue and the agency that rates its issuer serve the issuer; money raised for
    # the company's subsidiary (用于公司全资子公司X); makers of a brand's lines (分别由A和B代工); grown on two platforms
    ("[岚屿能源|ORG]发行15亿元绿色债券\n[岚屿能源|ORG]公告,公司绿色公司债券已发行完毕。本期债券由[汀川证券|ORG]担任牵头主承销商,[中信建投证券|ORG]担任联席主承销商,"
     "经[岚信评级|ORG]综合评定,公司主体信用等级为AA+。募集资金将全部用于公司全资子公司[岚屿风电|ORG]投资建设的风电项目。",
     {("汀川证券", "supplies", "岚屿能源"), ("中信建投证券", "supplies", "岚屿能源"), ("岚信评级", "supplies", "岚屿能源"),
      ("岚屿风电", "subsidiary_of", "岚屿能源")}),
    ("经[汀信国际|ORG]综合评定,[岚川集团|ORG]主体信用等级为AAA。", {("汀信国际", "supplies", "岚川集团")}),
    ("[汀妍|BRAND]的粉底液和眼影分别由[岚丝化妆品|ORG]和[汀美科技|ORG]代工。",
     {("岚丝化妆品", "supplies", "汀妍"), ("汀美科技", "supplies", "汀妍")}),
    ("国货品牌[汀妍|BRAND]凭借一款眼影盘在[抖音|ORG]和[小红书|ORG]上迅速走红。",
     {("汀妍", "grew_on", "抖音"), ("汀妍", "grew_on", "小红书")}),
    # a supplier switched (供应商由A切换为B: both supply); set up by two after a profile's clauses; a customer named as
    # the supplier's (A曾是B的第二大客户); supplying in a clause with no subject of its own (…,将为B供应: the last
    # clause's subject); headquarters after a country and a state; an officer after a semicolon
    ("[汀蓝汽车|ORG]即将上市的新车将把动力电池供应商由[国轩高科|ORG]切换为[亿纬锂能|ORG]。",
     {("国轩高科", "supplies", "汀蓝汽车"), ("亿纬锂能", "supplies", "汀蓝汽车")}),
    ("资料显示,[汀蓝汽车|ORG]成立于2020年,总部位于[合肥|GPE],由[江淮汽车|ORG]与[岚禾资本|ORG]共同投资设立。",
     {("江淮汽车", "shareholder_of", "汀蓝汽车"), ("岚禾资本", "shareholder_of", "汀蓝汽车"), ("汀蓝汽车", "located_in", "合肥")}),
    ("2023年之前,[华为|ORG]曾是[岚电半导体|ORG]的第二大客户。", {("岚电半导体", "supplies", "华为")}),
    ("12月1日,[汀川公交|ORG]发布中标结果公告,[岚程客车|ORG]以4.2亿元中标其采购项目,将为[汀川公交|ORG]供应300辆纯电动公交车。",
     {("岚程客车", "supplies", "汀川公交")}),
    ("[岚电半导体|ORG]总部位于[美国|GPE][加州|GPE][圣何塞|GPE]。", {("岚电半导体", "located_in", "圣何塞")}),
    ("[岚芯科技|ORG]披露年报。同期,公司总裁[蔺川|PERSON]的税前报酬为312万元;财务总监[霍岚|PERSON]的税前报酬为158万元。",
     {("蔺川", "ceo_of", "岚芯科技"), ("霍岚", "works_for", "岚芯科技")}),
    # sales in the company's own channel on a platform (其微信小程序订单)
    ("[汀源咖啡|ORG]发布运营数据。今年前三季度,其[微信|ORG]小程序订单占比已达63%。", {("汀源咖啡", "sells_on", "微信")}),
    # a subsidiary the company sells or acts on (公司拟…将全资子公司X…出售给Y); vessels chartered (A与船东B签署期租合同,租入…)
    ("[汀泉啤酒|ORG]晚间公告,公司拟以3.2亿元的价格将全资子公司[汀泉啤酒(南昌)有限公司|ORG]100%股权出售给[汀露饮品|ORG]。",
     {("汀泉啤酒(南昌)有限公司", "subsidiary_of", "汀泉啤酒")}),
    ("[岚洋海运|ORG]公告,公司全资子公司[岚洋海运(香港)有限公司|ORG]与[希腊|GPE]船东[柯岚航运|ORG]签署期租合同,租入6艘集装箱船。",
     {("岚洋海运(香港)有限公司", "subsidiary_of", "岚洋海运"), ("柯岚航运", "supplies", "岚洋海运(香港)有限公司"),
      ("柯岚航运", "located_in", "希腊")}),
    # a round completed after a clause of the date (X12月3日宣布,已完成由Y独家投资的…融资); 公司 opening a sentence,
    # no organisation standing out: the one the sentence before opens with, not a university its founder attended
    ("[岳川机器人|ORG]12月3日宣布,已完成由[美岚集团|ORG]独家投资的5亿元战略融资。",
     {("美岚集团", "led_round", "岳川机器人"), ("美岚集团", "investor_in", "岳川机器人")}),
    ("[岳川机器人|ORG]获[美岚集团|ORG]投资。[美岚集团|ORG]将获得一个董事会席位。[岳川机器人|ORG]成立于2017年,创始人[楚岚|PERSON]"
     "毕业于[哈尔滨工业大学|ORG]。公司产品主要应用于家电产线,客户包括[格力电器|ORG]和[海尔智家|ORG]。",
     {("美岚集团", "investor_in", "岳川机器人"), ("岳川机器人", "founder", "楚岚"),
      ("岳川机器人", "supplies", "格力电器"), ("岳川机器人", "supplies", "海尔智家")}),
    # a licence obtained in an agreement with the brand's owner; stores opened on platforms for a brand; a brand's
    # country after the verb of running it for its owner (代理运营意大利品牌X)
    ("[琮岚服饰|ORG]宣布,已与[Summit Brands|ORG]签署品牌授权协议,获得[Lakeview|BRAND]品牌在中国大陆的独家经营权。",
     {("Summit Brands", "supplies", "琮岚服饰"), ("琮岚服饰", "partners_with", "Summit Brands")}),
    ("公司计划明年在[天猫|ORG]和[京东|ORG]开设[Lakeview|BRAND]官方旗舰店。",
     {("Lakeview", "sells_on", "天猫"), ("Lakeview", "sells_on", "京东")}),
    ("[琮岚服饰|ORG]此前已代理运营[意大利|GPE]品牌[Valdosta|BRAND]。", {("Valdosta", "located_in", "意大利")}),
    # lots of a tender won one by one (包1(医用CT)由X中标): the buyer the text is about
    ("[沅岚市人民医院|ORG]发布中标结果公告。[沅岚市人民医院|ORG]采购项目共分两个包。其中,包1(医用CT)由[联影医疗|ORG]中标,"
     "中标金额5860万元;包2(核磁共振)由[西门子医疗|ORG]中标。",
     {("联影医疗", "supplies", "沅岚市人民医院"), ("西门子医疗", "supplies", "沅岚市人民医院")}),
    # in an interview: what the company gets from a partner (水果主要是和X合作); two positioned unlike each other
    ("独家对话[鸥岚茶饮|ORG]创始人:我们不怕卷\n问:供应链怎么做?\n[栎川|PERSON]:水果主要是和[佳岚|ORG]合作。\n问:对手呢?\n"
     "[栎川|PERSON]:我们和[霸王茶姬|BRAND]的定位不太一样。",
     {("鸥岚茶饮", "founder", "栎川"), ("佳岚", "supplies", "鸥岚茶饮"), ("鸥岚茶饮", "competitor_of", "霸王茶姬")}),
    # a court finding that a rider works for an outsourcing firm; a platform's delivery handled by several such firms
    ("法院认定,骑手[邵岚|PERSON]与[汀诚劳务服务有限公司|ORG]之间存在劳动关系。",
     {("邵岚", "works_for", "汀诚劳务服务有限公司")}),
    ("[骁岚|ORG]平台的配送业务由[汀诚劳务|ORG]等多家外包公司承接。", {("汀诚劳务", "supplies", "骁岚")}),
    # a joint venture's holders, the second in a clause of its own (X持有合资公司60%的股权,Y持股40%): a brand holding
    # a majority is the parent too; a brand entering a platform in a later clause (把X…,并进驻Y)
    ("[珀岚|BRAND]与[汀禾百货|ORG]成立合资公司\"[珀岚汀禾商贸有限公司|ORG]\"。根据协议,[珀岚|BRAND]持有合资公司60%的股权,"
     "[汀禾百货|ORG]持股40%。",
     {("珀岚", "partners_with", "汀禾百货"), ("珀岚", "shareholder_of", "珀岚汀禾商贸有限公司"),
      ("汀禾百货", "shareholder_of", "珀岚汀禾商贸有限公司"), ("珀岚汀禾商贸有限公司", "subsidiary_of", "珀岚")}),
    ("双方将把[珀岚|BRAND]在华门店数量扩大至50家,并进驻[天猫奢品|BRAND]。", {("珀岚", "sells_on", "天猫奢品")}),
    # suppliers named among a customer's many (…家供应商…,其中包括A、B等12家中国供应商); one as the customer's biggest
    ("[苹岚公司|ORG]发布的报告显示,已有超过320家供应商承诺使用可再生能源,其中包括[立岚精密|ORG]、[歌岚股份|ORG]等12家[中国|GPE]供应商。",
     {("立岚精密", "supplies", "苹岚公司"), ("歌岚股份", "supplies", "苹岚公司")}),
    ("作为[苹岚公司|ORG]最大的[中国|GPE]供应商之一,[立岚精密|ORG]今年营业收入为2205亿元。", {("立岚精密", "supplies", "苹岚公司")}),
    # a model preinstalled in a maker's phones (X的大模型将预装在Y的新机中); a brand following a lead investor (…领投,Y跟投)
    ("[深岚智能|ORG]旗下的\"岚思\"大模型将作为系统级AI助手预装在[曜岚|BRAND]明年上市的全部新机中。",
     {("深岚智能", "supplies", "曜岚")}),
    ("[深岚智能|ORG]今年7月完成了8亿元B轮融资,由[启明创投|ORG]领投,[曜岚|BRAND]跟投。",
     {("启明创投", "led_round", "深岚智能"), ("启明创投", "investor_in", "深岚智能"), ("曜岚", "investor_in", "深岚智能")}),
    # a prospectus's biography: a year and 加入 open a line of the person named before; a wholly held state firm; a
    # listed company's subsidiary called 附属公司; goods bought (该批大米的采购方为X: the seller the text is about)
    ("[穗岚|PERSON],女,1980年出生,本科学历。\n2015年加入[崧川电子|ORG],现任公司财务总监。",
     {("穗岚", "works_for", "崧川电子")}),
    ("[汀泽置业|ORG]是[岑岚市国资委|ORG]全资控股的地方国企。",
     {("汀泽置业", "subsidiary_of", "岑岚市国资委"), ("岑岚市国资委", "shareholder_of", "汀泽置业")}),
    ("[鹭岚地产|ORG]晚间公告,公司全资附属公司[鹭岚投资|ORG]拟以18.6亿元的对价出售项目股权。",
     {("鹭岚投资", "subsidiary_of", "鹭岚地产")}),
    ("[稷岚粮油|ORG]首批2000吨大米从大连港装船。据悉,该批大米的采购方为[日本|GPE]大型粮食贸易商[丸川商事株式会社|ORG]。",
     {("稷岚粮油", "supplies", "丸川商事株式会社"), ("丸川商事株式会社", "located_in", "日本")}),
    # customers given with the market they are in (其在中国的主要客户包括…)
    ("[霍岚维克|ORG]成立于1921年。其在[中国|GPE]的主要客户包括[比亚迪|ORG]和[潍柴动力|ORG]。",
     {("霍岚维克", "supplies", "比亚迪"), ("霍岚维克", "supplies", "潍柴动力")}),
    # a person's past employer in a later clause (…,此前曾在X工作8年); a year and 加入 tell a past job that a departure
    # later in the text leaves standing
    ("[韦川|PERSON]毕业于[清华大学|ORG]微电子专业,2016年加入[澄岚半导体|ORG],此前曾在[英特尔|ORG]工作8年。",
     {("韦川", "works_for", "澄岚半导体"), ("韦川", "works_for", "英特尔")}),
    ("[澄岚半导体|ORG]CTO[韦川|PERSON]离职。[韦川|PERSON]毕业于[清华大学|ORG],2016年加入[澄岚半导体|ORG]。",
     {("韦川", "works_for", "澄岚半导体")}),
    # a tender won by notice from the buyer (收到X发出的中标通知书); an adviser serving a party (X担任Y的财务顾问); a
    # company acquired that has become the company's subsidiary (交割完成后,X成为公司的全资子公司), not one that will
    ("[汀岚教育|ORG]公告,公司收到[南京市栖霞区教育局|ORG]发出的中标通知书,中标金额为2.36亿元。",
     {("汀岚教育", "supplies", "南京市栖霞区教育局")}),
    ("本次交易中,[中金公司|ORG]担任[岚峰冷链|ORG]的财务顾问。", {("中金公司", "supplies", "岚峰冷链")}),
    ("[岚峰冷链|ORG]已完成对[Frostline|ORG]的收购交割。交割完成后,[Frostline|ORG]成为公司的全资子公司。",
     {("Frostline", "subsidiary_of", "岚峰冷链"), ("岚峰冷链", "shareholder_of", "Frostline")}),
    ("[璇岚科技|ORG]:拟收购[芯朔岚|ORG]51%股权,交易完成后[芯朔岚|ORG]将成为公司控股子公司。", set()),
    # brands named in half-width quotes among a group's hotels (集团…,其中中高端品牌"A"和"B"…): the group's
    ("[柘川酒店集团|ORG]发布业绩。截至9月30日,集团在营酒店总数达到4120家,其中中高端品牌\"[缇川|BRAND]\"和\"[镜川|BRAND]\"合计占比52%。",
     {("柘川酒店集团", "has_brand", "缇川"), ("柘川酒店集团", "has_brand", "镜川")}),
    # a brand's sales by channel, one clause each (其中,天猫旗舰店成交额约…,京东自营渠道约…,抖音直播间约…)
    ("[燕川家居|ORG]公布,双12预售首日全渠道预售成交额突破2.3亿元。其中,[天猫|ORG]旗舰店成交额约1.2亿元,[京东|ORG]自营渠道约6800万元,"
     "[抖音|ORG]直播间约4000万元。",
     {("燕川家居", "sells_on", "天猫"), ("燕川家居", "sells_on", "京东"), ("燕川家居", "sells_on", "抖音")}),
    # supplying in a later clause with a year and 其 (…签署供货合同,将在2027年向其供应…); a supply agreement signed with a
    # customer; a past job at a company known by its brand (曾在X任区域经理)
    ("[霁川光伏|ORG]公告,公司与[沙特电力公司|ORG](Saudi Electricity Company)签署光伏组件供货合同,将在2027年向其供应3GW组件。",
     {("霁川光伏", "supplies", "沙特电力公司")}),
    ("此前,[霁川光伏|ORG]已与[阿联酋|GPE][马斯达尔|ORG]签署了1.5GW的组件供货协议。",
     {("霁川光伏", "supplies", "马斯达尔"), ("马斯达尔", "located_in", "阿联酋")}),
    ("[芊川|BRAND]创立于2018年,创始人[槿岚|PERSON]曾在[85度C|BRAND]任区域经理。",
     {("芊川", "founder", "槿岚"), ("槿岚", "works_for", "85度C")}),
    # a round's adviser in a later clause; customers listed after a description (连锁餐饮品牌X); a holder with its
    # stake after a semicolon and no company; a holder after another's description (为控股股东,…)
    ("[溪屿|BRAND]近日完成A轮融资,本轮由[岚启创投|ORG]领投,[澜九资本|ORG]跟投,[岚兴资本|ORG]担任独家财务顾问。",
     {("岚启创投", "led_round", "溪屿"), ("岚启创投", "investor_in", "溪屿"), ("澜九资本", "investor_in", "溪屿"),
      ("岚兴资本", "supplies", "溪屿")}),
    ("[禾汐食品|ORG]递交招股书。公司主要产品为预制菜,主要客户包括连锁餐饮品牌[渝岚坊|BRAND]和[盒岚鲜生|BRAND]。",
     {("禾汐食品", "supplies", "渝岚坊"), ("禾汐食品", "supplies", "盒岚鲜生")}),
    ("[禾汐食品|ORG]成立于2015年。本次发行前,[戚岚|PERSON]直接持有公司42.5%的股份;[岚瓴资本|ORG]持股5.2%。",
     {("戚岚", "shareholder_of", "禾汐食品"), ("岚瓴资本", "shareholder_of", "禾汐食品")}),
    ("[禾汐食品|ORG]成立于2015年,[戚岚|PERSON]直接持有[禾汐食品|ORG]42.5%的股份,为控股股东,[岚瓴资本|ORG]持股5.2%。",
     {("戚岚", "shareholder_of", "禾汐食品"), ("岚瓴资本", "shareholder_of", "禾汐食品")}),
    # …but a joint venture's partners listing their stakes after a comma hold the venture, not each other
    ("[青汐茶事|BRAND]与[岚大餐饮|ORG]将成立合资公司。根据协议,[青汐茶事|BRAND]持股51%,[岚大餐饮|ORG]持股49%。",
     {("青汐茶事", "partners_with", "岚大餐饮")}),
    # a foreign brand after a dateline; its agent named after it, and as an agent since a year; sales on platforms
    # listed with 等 and another channel; a subsidiary set up in a place
    ("本报讯(记者 岚晴)[德国|GPE]厨具品牌[Kochlan|BRAND]与其前[中国|GPE]总代理商[鼎汐贸易|ORG]之间的纠纷有了结果。",
     {("Kochlan", "located_in", "德国"), ("Kochlan", "sells_on", "鼎汐贸易")}),
    ("[鼎汐贸易|ORG]自2016年起担任[Kochlan|BRAND]在[中国|GPE]的独家代理商,负责[Kochlan|BRAND]产品在[京东|ORG]、[天猫|ORG]等平台以及线下百货渠道的销售。",
     {("Kochlan", "sells_on", "鼎汐贸易"), ("Kochlan", "sells_on", "京东"), ("Kochlan", "sells_on", "天猫")}),
    ("2022年,[Kochlan|BRAND]在[上海|GPE]设立全资子公司[柯岚(上海)商贸有限公司|ORG],开始自营业务。",
     {("柯岚(上海)商贸有限公司", "subsidiary_of", "Kochlan"), ("柯岚(上海)商贸有限公司", "located_in", "上海")}),
    # goods bought from named suppliers in a later clause; a founder who goes on as chairman, no comma between;
    # beating others in a tender; a brand signing two athletes, each with their sport, as ambassadors
    ("[颜岚医疗|ORG]主要提供轻医美项目,玻尿酸产品主要采购自[爱岚客|ORG]和[华汐生物|ORG]。",
     {("爱岚客", "supplies", "颜岚医疗"), ("华汐生物", "supplies", "颜岚医疗")}),
    ("[颜岚医疗|ORG]创始人[白汐岚|PERSON]将继续担任董事长。",
     {("颜岚医疗", "founder", "白汐岚"), ("白汐岚", "chairman_of", "颜岚医疗")}),
    ("据了解,在此次招标中,[汐岚免税|ORG]击败了[中国中免|ORG]和[日上免税行|ORG]。",
     {("汐岚免税", "competitor_of", "中国中免"), ("汐岚免税", "competitor_of", "日上免税行")}),
    ("此前,[燧岚体育|BRAND]已签约篮球运动员[周汐|PERSON]和网球运动员[沈岚澄|PERSON]为品牌大使。",
     {("周汐", "endorses", "燧岚体育"), ("沈岚澄", "endorses", "燧岚体育")}),
    # both parties opening the next sentence (双方还将…展开合作): the two the sentence before names; not three
    ("投资完成后,[顺岚控股|ORG]将持有[鲜岚通|ORG]约18%的股份。双方还将在冷链运输领域展开合作。",
     {("顺岚控股", "shareholder_of", "鲜岚通"), ("顺岚控股", "partners_with", "鲜岚通")}),
    ("[顺岚控股|ORG]、[岚丰资本|ORG]和[岚华创投|ORG]参与了[鲜岚通|ORG]的融资。双方还将在冷链运输领域展开合作。",
     {("顺岚控股", "investor_in", "鲜岚通"), ("岚丰资本", "investor_in", "鲜岚通"), ("岚华创投", "investor_in", "鲜岚通")}),
    # a past post over a line of work (曾任X研发副总裁); a former post of "the company" (公司原CTO) is no job now
    ("公告显示,[钱岚白|PERSON]曾任[岚为海思|ORG]研发副总裁。", {("钱岚白", "works_for", "岚为海思")}),
    # an item of a bulleted report with no subject: the company the report is about
    ("[茶岚序|BRAND]三季度经营要点\n[茶岚序|BRAND]发布三季度简报,要点如下:\n1、门店:全国门店达到1260家;\n"
     "2、渠道:入驻[美团|ORG]和[饿了么|ORG]的门店占比达到96%。\n[茶岚序|BRAND]计划进入新市场。",
     {("茶岚序", "sells_on", "美团"), ("茶岚序", "sells_on", "饿了么")}),
    # a product made by a maker described by its place (由位于山东聊城的X代工生产); customers served (服务于A、B以及C
    # 等机构客户); a brand its city calls its own (X是上海本土…品牌); a holding its holder keeps
    ("[喵汐|BRAND]的猫粮产品由位于[山东|GPE][聊城|GPE]的[鲁岚食品|ORG]代工生产。",
     {("鲁岚食品", "supplies", "喵汐"), ("鲁岚食品", "located_in", "山东"), ("鲁岚食品", "located_in", "聊城")}),
    ("[星汐宇航|ORG]的遥感数据产品目前已服务于[应急管理部|ORG]、[自然资源部|ORG]以及[中国农业科学院|ORG]等机构客户。",
     {("星汐宇航", "supplies", "应急管理部"), ("星汐宇航", "supplies", "自然资源部"),
      ("星汐宇航", "supplies", "中国农业科学院")}),
    ("[沐岚咖啡|BRAND]是[上海|GPE]本土精品咖啡连锁品牌,截至11月底在全国拥有门店430家。", {("沐岚咖啡", "located_in", "上海")}),
    ("[夏岚秋|PERSON]表示,[夏岚秋|PERSON]持有的[桐汐科技|ORG]股份将继续保留。", {("夏岚秋", "shareholder_of", "桐汐科技")}),
    ("2016年,[夏岚秋|PERSON]从[百度|ORG]离职,创办了[桐汐科技|ORG]。", {("夏岚秋", "works_for", "百度"),
                                                                  ("桐汐科技", "founder", "夏岚秋")}),
    # a streamer opening live rooms on more platforms later in the sentence; rivals cutting prices the same day; an
    # investor's past deals in a later clause; a fund two parties set up, described before its name
    ("[岚柚|PERSON]目前在[抖音|ORG]拥有粉丝超过3200万,今年以来已在[快手|ORG]和[视频号|ORG]同步开设直播间。",
     {("岚柚", "livestreams_on", "快手"), ("岚柚", "livestreams_on", "视频号")}),
    ("12月3日,[驰岚汽车|ORG]和[启岚汽车|ORG]同日宣布旗下主力车型降价。", {("驰岚汽车", "competitor_of", "启岚汽车")}),
    ("[汐岚资本|ORG]成立于2015年,管理资产规模超过180亿元,曾投资过[曜岚半导体|ORG]、[瀚岚机器人|ORG]等企业。",
     {("汐岚资本", "investor_in", "曜岚半导体"), ("汐岚资本", "investor_in", "瀚岚机器人")}),
    ("[岚江引导基金|ORG]与[汐岚资本|ORG]签署合作协议,双方将共同设立总规模20亿元的[岚江硬科技创业投资基金|ORG]。",
     {("岚江引导基金", "shareholder_of", "岚江硬科技创业投资基金"), ("汐岚资本", "shareholder_of", "岚江硬科技创业投资基金"),
      ("岚江引导基金", "partners_with", "汐岚资本")}),
    # the company of a subsidiary after 由; the company whose plant will supply (工厂投产后将主要为…供应)
    ("[岚拓精工|ORG]的墨西哥生产基地投产。该基地由公司全资子公司[岚拓精工(墨西哥)有限公司|ORG]负责运营。",
     {("岚拓精工(墨西哥)有限公司", "subsidiary_of", "岚拓精工")}),
    ("[岚拓精工|ORG]发布公告。据介绍,[墨西哥|GPE]工厂投产后将主要为[美国|GPE]电动车企业[Rivlan|ORG]和[福岚汽车|ORG]供应压铸件。",
     {("岚拓精工", "supplies", "Rivlan"), ("岚拓精工", "supplies", "福岚汽车"), ("Rivlan", "located_in", "美国")}),
    # the hospital the text named (该院院长X); an agreement with a company's shareholders is none with the company;
    # planes leased from a lessor, the lessee the text's company; platforms counted before 平台 in a later clause
    ("[岚和医院|ORG]是一家骨科专科医院。该院院长[祁岚舒|PERSON]将继续留任。", {("祁岚舒", "works_for", "岚和医院")}),
    ("[鸿汐投资|ORG]已与[岚和医院|ORG]的股东签署股权转让协议。", set()),
    ("[岚翔航空|ORG]开通新航线。[岚翔航空|ORG]与[匈岚航空|ORG]开展代码共享合作。[岚翔航空|ORG]总裁表示增长很快。"
     "执飞该航线的两架飞机租赁自[汐航租赁|ORG],租期为10年。",
     {("汐航租赁", "supplies", "岚翔航空"), ("岚翔航空", "partners_with", "匈岚航空")}),
    ("[启汐教育|ORG]成立于2014年。今年前三季度,公司学习机累计出货量约为85万台,主要在[京东|ORG]、[天猫|ORG]和[抖音|ORG]三个平台销售。",
     {("启汐教育", "sells_on", "京东"), ("启汐教育", "sells_on", "天猫"), ("启汐教育", "sells_on", "抖音")}),
    # a developer's game signed with a publisher, and a game published by one; the investors in a firm's fund; a
    # body a person endowed in a later clause
    ("国产游戏研发商[岚烁互娱|ORG]12月2日宣布,旗下手游《[星汐之歌|BRAND]》已与[韩国|GPE]游戏公司[Nexlan|ORG]签署独家发行协议。",
     {("岚烁互娱", "partners_with", "Nexlan"), ("星汐之歌", "partners_with", "Nexlan"), ("Nexlan", "located_in", "韩国"),
      ("岚烁互娱", "has_brand", "星汐之歌")}),
    ("《[星汐之歌|BRAND]》在国内由[腾讯|ORG]代理发行,今年7月上线。", {("星汐之歌", "partners_with", "腾讯")}),
    ("[澜汐资本|ORG]完成第五期美元基金募集。[澜汐资本|ORG]称增长很快。[澜汐资本|ORG]成立于2012年。"
     "据了解,该期基金的出资人包括[淡马锡|ORG]和[岚鲁大学捐赠基金|ORG]等机构。",
     {("淡马锡", "investor_in", "澜汐资本"), ("岚鲁大学捐赠基金", "investor_in", "澜汐资本")}),
    ("[温岚|PERSON]曾任[中国纺织工业联合会|ORG]副会长,并于2008年捐资1亿元设立[岚远慈善基金会|ORG]。",
     {("温岚", "works_for", "中国纺织工业联合会"), ("岚远慈善基金会", "founder", "温岚")}),
    # a supplier the text says a customer's is now (X目前是Y的第二大奶源供应商); a chief scientist is staff
    ("[岚牧牧业|ORG]目前是[汐禾乳业|ORG]的第二大奶源供应商。", {("岚牧牧业", "supplies", "汐禾乳业")}),
    ("[瑞汐药业|ORG]首席科学官[林汐舟|PERSON]表示,这是公司今年达成的第二笔对外授权交易。", {("林汐舟", "works_for", "瑞汐药业")}),
    # a concession signed with a public body; a project company set up in a place; a service provider among a customer's
    ("[青汐环保|ORG]公告,[青汐环保|ORG]与[岚州市城市管理局|ORG]签署《[岚州市|GPE]生活垃圾焚烧发电项目特许经营协议》。",
     {("青汐环保", "supplies", "岚州市城市管理局")}),
    ("[青汐环保|ORG]将在[岚州市|GPE]设立全资项目公司[岚州青汐环境能源有限公司|ORG],负责项目的投资和运营。",
     {("岚州青汐环境能源有限公司", "subsidiary_of", "青汐环保"), ("岚州青汐环境能源有限公司", "located_in", "岚州市")}),
    ("[岚途物流|ORG]是[亚马逊|ORG]和[Temu|ORG]的物流服务商之一。", {("岚途物流", "supplies", "亚马逊"), ("岚途物流", "supplies", "Temu")}),
    # an agreement with the government of a place named by the place (与X所在的Y县人民政府签署合作协议)
    ("[汀汐文旅|ORG]已与[岚山古镇|LOC]所在的[青川县人民政府|ORG]签署合作协议,取得古镇20年的运营权。",
     {("汀汐文旅", "partners_with", "青川县人民政府")}),
    # rivals a company will compete with in a field; a report item's flagship stores on two platforms
    ("[枫汐家居|ORG]董事长[柯汐|PERSON]表示,明年将重点推进整装渠道,与[欧派家居|ORG]、[索菲亚|ORG]在定制领域展开竞争。",
     {("柯汐", "chairman_of", "枫汐家居"), ("枫汐家居", "competitor_of", "欧派家居"), ("枫汐家居", "competitor_of", "索菲亚")}),
    ("[枫汐家居|ORG]电商收入7.6亿元,[天猫|ORG]和[京东|ORG]旗舰店GMV合计超过10亿元。",
     {("枫汐家居", "sells_on", "天猫"), ("枫汐家居", "sells_on", "京东")}),
    # in an interview: rivals asked about as competition; where the brand started; a shop opened with no subject
    ("[禾汐|BRAND]创始人[燕汐川|PERSON]接受了采访。[禾汐|BRAND]成立于2020年,[禾汐|BRAND]主打新生儿洗护。\n"
     "问:怎么看和[贝汐|BRAND]、[强生|ORG]这些老牌子的竞争?\n"
     "[燕汐川|PERSON]:我们最早是在[小红书|ORG]上起步的。后来在[天猫|ORG]开了旗舰店。",
     {("禾汐", "founder", "燕汐川"), ("禾汐", "competitor_of", "贝汐"), ("禾汐", "competitor_of", "强生"),
      ("禾汐", "grew_on", "小红书"), ("禾汐", "sells_on", "天猫")}),
    # an agency winning a brand's media account; customers it serves; a channel's share of a brand's sales
    ("数字营销公司[灵汐互动|ORG]宣布,已赢得国货彩妆品牌[芮汐|BRAND]2027年度的全案媒介代理业务,合同金额约1.2亿元。",
     {("灵汐互动", "supplies", "芮汐")}),
    ("[灵汐互动|ORG]成立于2016年,目前员工约450人,服务客户包括[元气森林|BRAND]、[泡泡玛特|BRAND]等。",
     {("灵汐互动", "supplies", "元气森林"), ("灵汐互动", "supplies", "泡泡玛特")}),
    ("[芮汐|BRAND]总部位于[杭州|GPE],2025年线上销售额超过8亿元,其中[抖音|ORG]渠道占比近40%。",
     {("芮汐", "located_in", "杭州"), ("芮汐", "sells_on", "抖音")}),
    # a group's development platform (X是Y旗下的新能源开发平台): a subsidiary
    ("[蒙汐新能源|ORG]是[北汐电力集团|ORG]旗下的新能源开发平台。", {("蒙汐新能源", "subsidiary_of", "北汐电力集团")}),
    # direct competition formed in a market; a sponsor naming an event for the third year; a creator on a platform
    ("业内人士认为,[驰汐轮胎|ORG]此举将与[玲汐轮胎|ORG]在[欧洲|LOC]市场形成直接竞争。",
     {("驰汐轮胎", "competitor_of", "玲汐轮胎")}),
    ("本届音乐节由[汀汐啤酒|ORG]独家冠名,这是[汀汐啤酒|ORG]连续第三年冠名[鸣汐音乐节|ORG]。",
     {("鸣汐音乐节", "sponsored_by", "汀汐啤酒")}),
    ("[简汐工作室|ORG]是[知汐|ORG]上收入最高的创作者之一,主理人[沈汐|PERSON]此前在[新东方|ORG]担任讲师。",
     {("简汐工作室", "sells_on", "知汐"), ("沈汐", "works_for", "简汐工作室"), ("沈汐", "works_for", "新东方")}),
    # 公司 opening a sentence with a round led by an investor, the investor named in a long phrase
    ("[沐汐文化|ORG]成立于2015年,总部位于[北京|GPE]。公司去年完成了由[腾讯音乐|ORG]领投的8000万元B轮融资。",
     {("沐汐文化", "located_in", "北京"), ("腾讯音乐", "led_round", "沐汐文化"), ("腾讯音乐", "investor_in", "沐汐文化")}),
    # a dated list of milestones whose items name no subject: the company the list is about
    ("[柘汐机器人|ORG]:十年大事记\n[柘汐机器人|ORG]成立于杭州。\n[柘汐机器人|ORG]发布新品。\n"
     "2018年:获得[经纬创投|ORG]领投的3000万元A轮融资。\n2024年:与[国家电网|ORG]达成合作。",
     {("经纬创投", "led_round", "柘汐机器人"), ("经纬创投", "investor_in", "柘汐机器人"),
      ("柘汐机器人", "partners_with", "国家电网")}),
    # a second person's post at the organisation of the clause before (X现任Y董事长兼CEO,Z任CTO)
    ("[苏汐|PERSON]现任[柘汐机器人|ORG]董事长兼CEO,[钱汐|PERSON]任CTO。",
     {("苏汐", "chairman_of", "柘汐机器人"), ("苏汐", "ceo_of", "柘汐机器人"), ("钱汐", "works_for", "柘汐机器人")}),
    # an answer's supplies, a partner named with its place, and where another ingredient comes from
    ("[鹿汐巷|BRAND]接受了采访。[鹿汐巷|BRAND]主打现制茶饮。[鹿汐巷|BRAND]开店。\n问:供应链呢?\n"
     "A:茶叶主要和[云南|GPE]的[澜汐茶业|ORG]合作,奶制品来自[新西兰|GPE]的[恒天然|ORG]。",
     {("澜汐茶业", "supplies", "鹿汐巷"), ("恒天然", "supplies", "鹿汐巷"), ("澜汐茶业", "located_in", "云南"),
      ("恒天然", "located_in", "新西兰")}),
    ("[鹿汐巷|BRAND]接受了采访。[鹿汐巷|BRAND]主打现制茶饮。[鹿汐巷|BRAND]开店。\n问:对手呢?\n"
     "A:我们和[古茗|BRAND]、[茶百道|BRAND]的定位不一样。",
     {("鹿汐巷", "competitor_of", "古茗"), ("鹿汐巷", "competitor_of", "茶百道")}),
    # a judgment's parties: the plaintiff's domicile and legal representative; the defendant named by the role
    ("原告:[蔓汐家纺股份有限公司|ORG],住所地[江苏省|GPE][南通市|GPE]。\n法定代表人:[孟汐远|PERSON],董事长。\n"
     "被告:[韦汐宁|PERSON],男。\n原告诉称,被告在[拼多多|ORG]、[淘宝|ORG]开设网店。",
     {("蔓汐家纺股份有限公司", "located_in", "南通市"), ("孟汐远", "chairman_of", "蔓汐家纺股份有限公司"),
      ("韦汐宁", "sells_on", "拼多多"), ("韦汐宁", "sells_on", "淘宝")}),
    # a franchised store's franchisee
    ("[椰汐咖啡|ORG]表示,涉事门店为加盟店,加盟商为[上海栗汐餐饮管理有限公司|ORG]。",
     {("椰汐咖啡", "partners_with", "上海栗汐餐饮管理有限公司")}),
    # a brand's parent described before its name; a part a supplier provides (X的屏幕是Y供的)
    ("[北汐|BRAND]是去年才做手机的新品牌,母公司是做笔记本的[岱汐集团|ORG]。", {("岱汐集团", "has_brand", "北汐")}),
    ("听说[北汐|BRAND]的屏幕是[京东方|ORG]供的。", {("京东方", "supplies", "北汐")}),
    # a customer ranked for "the company"; a seller named with its place; equipment made by contract makers
    ("[曜汐电子|ORG]递交招股书。[曜汐电子|ORG]主营连接器。[曜汐电子|ORG]成立于2011年。"
     "其中,[立讯精密|ORG]为公司第一大客户,贡献收入约2.8亿元。采购方面,[曜汐电子|ORG]主要向[日本|GPE]的[住友电工|ORG]采购铜合金材料。",
     {("曜汐电子", "supplies", "立讯精密"), ("住友电工", "supplies", "曜汐电子"), ("住友电工", "located_in", "日本")}),
    ("[熙汐能源|ORG]的充电设备主要由[特来电|ORG]和[星星充电|ORG]代工。",
     {("特来电", "supplies", "熙汐能源"), ("星星充电", "supplies", "熙汐能源")}),
    # a streamer signed with an agency, with no comma between
    ("[岑汐|PERSON]签约于MCN机构[辛汐集团|ORG],在[快手|ORG]拥有粉丝4200万。", {("岑汐", "works_for", "辛汐集团")}),
    # a maker working with a local dealer; a drug of a company in quotes; a brand a maker shows; a part provided by
    # a supplier in a later clause; incubated, after the founding year
    ("[凌汐汽车|ORG]在[欧洲|LOC]和当地经销商[Autohaus Brandt|ORG]合作,但网点还是太少。",
     {("凌汐汽车", "sells_on", "Autohaus Brandt")}),
    ("[澜汐生物|ORG]的PD-1单抗“[瑞汐单抗|BRAND]”新增的适应症纳入目录。", {("澜汐生物", "has_brand", "瑞汐单抗")}),
    ("[比亚迪|ORG]发布高端品牌[仰望|BRAND]的新车U7。", {("比亚迪", "has_brand", "仰望")}),
    ("[澈汐汽车|ORG]带来增程MPV,由[华为|ORG]提供智能座舱;", {("华为", "supplies", "澈汐汽车")}),
    ("[谷汐汽车|ORG]成立于2021年,由[吉利汽车|ORG]孵化。", {("谷汐汽车", "subsidiary_of", "吉利汽车")}),
    # a company's new drink in quotes is no brand of its (a menu item)
    ("[岚汐咖啡|ORG]的新品“[桂花拿铁|BRAND]”真的绝了。", set()),
    # brands compared in a list; a brand of a place's company; a brand called a country's; sold on a platform
    ("咖啡机横评:[德汐|BRAND]、[柏汐|BRAND]、[北汐|BRAND]怎么选?",
     {("德汐", "compared_with", "柏汐"), ("德汐", "compared_with", "北汐")}),
    ("[柏汐|BRAND]是[宁波|GPE]的小家电企业,2022年在[深交所|ORG]上市;[北汐|BRAND]是[深圳|GPE]的品牌。",
     {("柏汐", "located_in", "宁波"), ("北汐", "located_in", "深圳")}),
    ("1. [德汐|BRAND]EC685:售价1999元,[意大利|GPE]品牌,做工扎实;", {("德汐", "located_in", "意大利")}),
    ("2. [柏汐|BRAND]PE3690:售价1299元,国产性价比之王,在[京东|ORG]卖了超过10万台;", {("柏汐", "sells_on", "京东")}),
    # a successor's predecessor, the founder; a post kept with no organisation named; a career's later steps
    ("[鹭汐半导体|ORG]宣布,任命[温汐衡|PERSON]为公司首席执行官,接替创始人[钟离汐|PERSON]。[钟离汐|PERSON]将继续担任董事长。",
     {("鹭汐半导体", "founder", "钟离汐"), ("温汐衡", "ceo_of", "鹭汐半导体"), ("钟离汐", "chairman_of", "鹭汐半导体")}),
    ("[温汐衡|PERSON]毕业于清华大学。1999年加入[英特尔|ORG],担任工程师;2008年回国加入[华为海思|ORG],任芯片设计部总监;"
     "2016年出任[紫光展锐|ORG]副总裁。",
     {("温汐衡", "works_for", "英特尔"), ("温汐衡", "works_for", "华为海思"), ("温汐衡", "works_for", "紫光展锐")}),
    # what a grower supplies in a later clause; products sold through retailers; 公司 opening a list of rivals
    ("[鹤汐茶业|ORG]董事长表示,目前茶叶年产量约8000吨,主要供应给[霸王茶姬|BRAND]、[茶颜悦色|BRAND]等新茶饮品牌。",
     {("鹤汐茶业", "supplies", "霸王茶姬"), ("鹤汐茶业", "supplies", "茶颜悦色")}),
    ("招股书显示,[曜汐户外|ORG]主要生产帐篷,产品主要通过[亚马逊|ORG]和[沃尔玛|ORG]销往[北美|LOC]市场。",
     {("曜汐户外", "sells_on", "亚马逊"), ("曜汐户外", "sells_on", "沃尔玛")}),
    ("[曜汐户外|ORG]冲刺北交所。[曜汐户外|ORG]主营帐篷。[曜汐户外|ORG]拟募资4.5亿元。公司的主要竞争对手包括[牧高笛|ORG]和[挪客|ORG]。",
     {("曜汐户外", "competitor_of", "牧高笛"), ("曜汐户外", "competitor_of", "挪客")}),
    # a brand's owner in brackets; products entering a retailer's stores; a brand's wholly owned subsidiary
    ("AI眼镜品牌[霁汐|BRAND](所属公司:[曜汐科技|ORG])今日发布两款新品。", {("曜汐科技", "has_brand", "霁汐")}),
    ("[霁汐|BRAND]的两款AI眼镜将进驻[宝岛眼镜|ORG]全国800家门店销售。", {("霁汐", "sells_on", "宝岛眼镜")}),
    ("火锅连锁品牌[汤汐王|BRAND]公告,[汤汐王|BRAND]全资子公司[汤汐王国际|ORG]与[大和食品|ORG]签署合资协议。",
     {("汤汐王国际", "subsidiary_of", "汤汐王"), ("汤汐王国际", "partners_with", "大和食品")}),
    # a group launching a quoted brand of some kind; a brand it already runs
    ("[沐汐文旅集团|ORG]12月2日在[昆明|GPE]发布旗下高端度假酒店品牌“[汀汐|BRAND]”,首批5家门店将落地。",
     {("沐汐文旅集团", "has_brand", "汀汐")}),
    ("此前,[沐汐文旅集团|ORG]已运营“[栖汐|BRAND]”精品民宿品牌。", {("沐汐文旅集团", "has_brand", "栖汐")}),
    # a brand's owning company named after it; beans a supplier named with its place provides; run jointly
    ("对此,[岚汐咖啡|ORG]所属公司[上海岚汐餐饮管理有限公司|ORG]回应称,公司会与加盟商沟通。",
     {("上海岚汐餐饮管理有限公司", "has_brand", "岚汐咖啡")}),
    ("公开资料显示,[岚汐咖啡|BRAND]的咖啡豆主要由[云南|GPE]的[普洱澜汐咖啡|ORG]供应。",
     {("普洱澜汐咖啡", "supplies", "岚汐咖啡"), ("普洱澜汐咖啡", "located_in", "云南")}),
    ("据了解,该社区由[泰汐保险|ORG]与养老运营商[颐汐康养|ORG]合作运营。", {("泰汐保险", "partners_with", "颐汐康养")}),
    # 公司 after another organisation's profile in the same paragraph: that organisation, not the one most named
    ("[湄谷|BRAND]推车热销。[湄谷|BRAND]旗舰店销量翻倍。[湄谷|BRAND]表示将扩产。\n[湄川影视|ORG]成立于2014年,总部位于[北京|GPE]。"
     "公司董事长为[湄澈|PERSON]。",
     {("湄川影视", "located_in", "北京"), ("湄澈", "chairman_of", "湄川影视")}),
    # (…but not across a paragraph break, nor after a sentence that does not profile it)
    ("[湄谷|BRAND]推车热销。[湄谷|BRAND]旗舰店销量翻倍。[湄川影视|ORG]出品了该剧。公司董事长为[湄澈|PERSON]。",
     {("湄澈", "chairman_of", "湄谷")}),
    # sales split by channel: the channels each take a share, the rest are named after 其余/剩下是
    ("[湄禾食品|ORG]去年销售额约3亿元,[天猫|ORG]和[京东|ORG]各占四成,其余来自[盒马|ORG]。",
     {("湄禾食品", "sells_on", "天猫"), ("湄禾食品", "sells_on", "京东"), ("湄禾食品", "sells_on", "盒马")}),
    # a round named by its letter, then an existing holder following the lead
    ("[湄禾食品|ORG]今年3月完成了A轮,金额是1.5亿元,由[湄屿资本|ORG]领投,老股东[湄曜创投|ORG]跟投。",
     {("湄屿资本", "led_round", "湄禾食品"), ("湄屿资本", "investor_in", "湄禾食品"),
      ("湄曜创投", "investor_in", "湄禾食品")}),
    # 其 after 后者 in its clause is the other party; work handed to a provider with the company left unnamed
    ("[湄禾食品|ORG]与本地农业企业[湄川农业|ORG]签约,由后者为其供应蔬菜；冷链配送则交由[湄曜物流|ORG]承担。",
     {("湄川农业", "supplies", "湄禾食品"), ("湄曜物流", "supplies", "湄禾食品")}),
    # facing the competition of two rivals does not make the two rivals of each other
    ("[湄邻优选|ORG]将直接面对[美团优选|ORG]和[多多买菜|ORG]的竞争。",
     {("湄邻优选", "competitor_of", "美团优选"), ("湄邻优选", "competitor_of", "多多买菜")}),
    # a press release's contact line: the person and the company's unit
    ("媒体联系人\n[湄岑|PERSON] [湄曜新能源|ORG]品牌部\n电话:0519-8888xxxx", {("湄岑", "works_for", "湄曜新能源")}),
    # a shop assistant's word on the brand; a round taken in a later clause with the subject left out
    ("店员说[泠芙|BRAND]是[上海|GPE]的品牌,全国已经有60多家店,今年刚拿了[泠澜资本|ORG]的融资。",
     {("泠芙", "located_in", "上海"), ("泠澜资本", "investor_in", "泠芙")}),
    # years spent at a shop in a trade
    ("老板娘[焦泠|PERSON]说她之前在[85度C|BRAND]做了8年面包师。", {("焦泠", "works_for", "85度C")}),
    # parts provided to a customer; credit provided is no supply
    ("[泠曜精密|ORG]主要为[苹果|ORG]提供手机中框等结构件。", {("泠曜精密", "supplies", "苹果")}),
    ("[泠江银行|ORG]将为[泠曜精密|ORG]提供不超过50亿元的综合授信。", set()),
    # stepping up cooperation with a list of makers
    ("[泠川光电|ORG]正在加大与[华为|ORG]、[小米|ORG]等国产手机品牌的合作。",
     {("泠川光电", "partners_with", "华为"), ("泠川光电", "partners_with", "小米")}),
    # "the plant" is the company whose plant an earlier sentence named, past a sentence about someone else
    ("12月1日,[泠岳新能源|ORG]位于[匈牙利|GPE]的电池工厂正式投产。[匈牙利外交部|ORG]部长出席仪式。"
     "该工厂规划年产能20GWh,主要为[宝马|BRAND]、[奔驰|BRAND]等欧洲车企供应动力电池。",
     {("泠岳新能源", "supplies", "宝马"), ("泠岳新能源", "supplies", "奔驰")}),
    # a speaker listed with the organisation's region or product line before the post
    ("嘉宾包括:[Daniel Harper|PERSON]([亚马逊|ORG]全球开店亚太区负责人)等。", {("Daniel Harper", "works_for", "亚马逊")}),
    ("创始人[邵澍澜|PERSON]曾任[华为|ORG]激光雷达产品线总监。", {("邵澍澜", "works_for", "华为")}),
    # "the company" that won a carmaker's nomination is the one the sentence before is about
    ("[澍曜科技|ORG]成立于2019年,总部位于[嘉定|GPE]。公司的车规级激光雷达已获得[澍宁汽车|ORG]两款车型的定点。",
     {("澍曜科技", "located_in", "嘉定"), ("澍曜科技", "supplies", "澍宁汽车")}),
    # an encyclopedia entry's fields; a brand the sentence describes, then the company it belongs to
    ("中文名:[琛曜文具|BRAND]\n创立时间:2009年\n总部地点:[浙江|GPE][宁波|GPE]\n创始人:[琛明|PERSON]",
     {("琛曜文具", "founder", "琛明"), ("琛曜文具", "located_in", "宁波")}),
    ("[琛曜文具|BRAND]是[中国|GPE]的文具品牌,隶属于[宁波琛曜文化用品股份有限公司|ORG]。",
     {("琛曜文具", "located_in", "中国"), ("宁波琛曜文化用品股份有限公司", "has_brand", "琛曜文具")}),
    # 模拟 (analog) is no hedge (拟); a headquarters after a long description of what the company is
    ("[琛芯半导体|ORG]成立于2018年,是一家专注于高性能模拟芯片设计的国家级专精特新\"小巨人\"企业,总部位于[上海|GPE][张江|GPE]。",
     {("琛芯半导体", "located_in", "张江")}),
    # a place's company opening a clause; goods bought from a place's supplier; "the brand" of the sentence before
    ("在区域品牌中,[成都|GPE]的[琛屿咖啡|ORG]表现突出。[琛屿咖啡|ORG]的咖啡豆主要采购自[云南|GPE]的[琛谷庄园|ORG]。",
     {("琛屿咖啡", "located_in", "成都"), ("琛谷庄园", "located_in", "云南"), ("琛谷庄园", "supplies", "琛屿咖啡")}),
    ("[库迪咖啡|BRAND]门店数约1.5万家。在区域品牌中,[琛屿咖啡|ORG]表现突出。该品牌2021年由[琛澜|PERSON]创立。",
     {("琛屿咖啡", "founder", "琛澜")}),
    # a purchase signed with a maker the text calls a brand
    ("[驰琛租车|ORG]与[曜琛汽车|BRAND]签署5000辆新能源车订购协议",
     {("曜琛汽车", "supplies", "驰琛租车"), ("驰琛租车", "partners_with", "曜琛汽车")}),
    # a brand of a place bought outright is the buyer's; a stake in it is a holding
    ("2024年,[琛曜集团|ORG]收购[德国|GPE]文具品牌[Lindner|BRAND],进入欧洲市场。", {("琛曜集团", "has_brand", "Lindner"),
                                                                        ("Lindner", "located_in", "德国")}),
    # a profile's field items with their subject left out: the company the document opens with
    ("[珩禾宠物|ORG]:从一家宠物医院到连锁集团\n融资情况:2024年完成3亿元C轮融资,由[珩川资本|ORG]领投\n"
     "合作伙伴:与[瑞派宠物医院|ORG]共建兽医培训中心",
     {("珩川资本", "led_round", "珩禾宠物"), ("珩川资本", "investor_in", "珩禾宠物"), ("珩禾宠物", "partners_with", "瑞派宠物医院")}),
    # ranked after the leaders of a field
    ("目前国内宠物医疗连锁的头部玩家包括[新瑞鹏|ORG]和[瑞派宠物医院|ORG],[珩禾宠物|ORG]排名第三。",
     {("珩禾宠物", "competitor_of", "新瑞鹏"), ("珩禾宠物", "competitor_of", "瑞派宠物医院")}),
    # a joint venture agreed, set up, and split between its holders
    ("[维斯特能源|ORG]与[中国|GPE]电池企业[珩澜电池|ORG]在[斯德哥尔摩|GPE]签署协议,双方将在[瑞典|GPE]共同投资12亿欧元成立合资公司"
     "\"[珩维储能|ORG]\",其中[维斯特能源|ORG]持股51%,[珩澜电池|ORG]持股49%。",
     {("维斯特能源", "shareholder_of", "珩维储能"), ("珩澜电池", "shareholder_of", "珩维储能"),
      ("维斯特能源", "partners_with", "珩澜电池"), ("珩维储能", "subsidiary_of", "维斯特能源"),
      ("珩澜电池", "located_in", "中国")}),
    # "the club" the text introduced as a club, and its main sponsor described before its name
    ("中超俱乐部[珩安雄狮|ORG]官方宣布签下前锋[邵珩星|PERSON]。据悉,[珩安雄狮|ORG]的母公司为[珩安集团|ORG],俱乐部主赞助商为本地乳企"
     "[珩源乳业|ORG]。",
     {("珩安雄狮", "subsidiary_of", "珩安集团"), ("珩安雄狮", "sponsored_by", "珩源乳业"), ("邵珩星", "works_for", "珩安雄狮")}),
    # a prospectus's table of officers: their posts and their holdings at the filer
    ("[玹芯微电子股份有限公司|ORG]招股说明书\n\n| 姓名 | 职务 | 直接持股数量(万股) |\n| [鄢玹川|PERSON] | 董事长、总经理 | 2,150 |\n"
     "| [孟玹宁|PERSON] | 董事、副总经理 | 0 |\n",
     {("鄢玹川", "chairman_of", "玹芯微电子股份有限公司"), ("鄢玹川", "ceo_of", "玹芯微电子股份有限公司"),
      ("鄢玹川", "shareholder_of", "玹芯微电子股份有限公司"), ("孟玹宁", "works_for", "玹芯微电子股份有限公司")}),
    # an analyst's 公司 is the company the note covers; its gap with rivals narrows
    ("[玹禾乳业|ORG]发布三季报。[玹禾乳业|ORG]营收下降。多家券商点评[玹禾乳业|ORG]。[华泰证券|ORG]研究员[柴玹宁|PERSON]指出,"
     "公司在华东地区的市场份额持续提升,与[伊利|ORG]、[蒙牛|ORG]的差距正在缩小。",
     {("柴玹宁", "works_for", "华泰证券"), ("玹禾乳业", "competitor_of", "伊利"), ("玹禾乳业", "competitor_of", "蒙牛")}),
    # the first shop opened in a city
    ("2019年我在[西安|GPE]开了第一家[玹安面馆|ORG],那时候就我们两个人。", {("玹安面馆", "located_in", "西安")}),
    # making for a customer, a maker's word for supplying it
    ("[瑄禾服饰|ORG]将为[H&M|BRAND]生产针织类服装,此前已为[优衣库|BRAND]和[Zara|BRAND]代工多年。",
     {("瑄禾服饰", "supplies", "H&M"), ("瑄禾服饰", "supplies", "优衣库"), ("瑄禾服饰", "supplies", "Zara")}),
    # "the company's holders include" after a sentence about the company
    ("[瑄芯科技|ORG]成立于2019年。[瑄芯科技|ORG]募资约32亿元。公司股东包括[瑄行资本|ORG]、[国家集成电路产业投资基金|ORG]等。",
     {("瑄行资本", "shareholder_of", "瑄芯科技"), ("国家集成电路产业投资基金", "shareholder_of", "瑄芯科技")}),
    # the head of a line of business with the company left unnamed; a grower described by its place and trade
    ("今年5月,[璟禾茶饮|ORG]在[曼谷|GPE]开出首家海外门店。负责海外业务的副总裁[符璟宁|PERSON]表示,明年门店数将翻倍。",
     {("符璟宁", "works_for", "璟禾茶饮")}),
    ("此外,[璟禾茶饮|ORG]与[云南|GPE]茶企[璟谷茶业|ORG]签订了长期合作协议,由后者为其供应滇红茶。",
     {("璟谷茶业", "located_in", "云南"), ("璟谷茶业", "supplies", "璟禾茶饮")}),
    # banks hired for a listing
    ("据知情人士透露,[璟禾茶饮|ORG]已聘请[高盛|ORG]和[中金公司|ORG]筹备赴港上市。",
     {("高盛", "supplies", "璟禾茶饮"), ("中金公司", "supplies", "璟禾茶饮")}),
    # customers that contribute a share of a supplier's revenue; an order won
    ("[微软|ORG]、[Meta|ORG]和[亚马逊|ORG]三家加起来,贡献了[英伟达|ORG]数据中心收入的四成以上。",
     {("英伟达", "supplies", "微软"), ("英伟达", "supplies", "Meta"), ("英伟达", "supplies", "亚马逊")}),
    ("[璟芯科技|ORG]上周发布了新一代训练芯片,已经拿到了[字节跳动|ORG]的订单。", {("璟芯科技", "supplies", "字节跳动")}),
    # a company in corner quotes that passed a carmaker's qualification and ships
    ("「[璟澜半导体|ORG]」成立于2021年,总部位于[无锡|GPE],创始人[符璟澜|PERSON]曾在[英飞凌|ORG]工作十余年。公司的碳化硅功率模块已通过"
     "「[璟安汽车|BRAND]」的认证,并开始小批量供货。",
     {("璟澜半导体", "located_in", "无锡"), ("璟澜半导体", "founder", "符璟澜"), ("符璟澜", "works_for", "英飞凌"),
      ("璟澜半导体", "supplies", "璟安汽车")}),
    # a bulletin's moves: the post left is a past job, the post taken or the company founded is the current role
    ("- [左珞川|PERSON]:[珞禾科技|ORG]副总裁 → [珞曜汽车|ORG]首席技术官",
     {("左珞川", "works_for", "珞禾科技"), ("左珞川", "works_for", "珞曜汽车")}),
    ("- [祁珞宁|PERSON]:[珞谷资本|ORG]合伙人 → 离职创业,创办[珞屿机器人|ORG]",
     {("祁珞宁", "works_for", "珞谷资本"), ("珞屿机器人", "founder", "祁珞宁")}),
    ("- [左珞安|PERSON]:[珞源医药|ORG]总经理 → [珞源医药|ORG]董事长",
     {("左珞安", "works_for", "珞源医药"), ("左珞安", "chairman_of", "珞源医药")}),
    # "the series" is the company its own sentence opens with, though another is named more (with its alias)
    ("[TSMC|ORG]([台积电|ORG])将为[珞芯科技|ORG]代工3nm芯片。据供应链消息,[珞芯科技|ORG]新一代手机处理器将改由[TSMC|ORG]代工,"
     "此前该系列芯片由[中芯国际|ORG]生产。[珞芯科技|ORG]是一家芯片设计公司。",
     {("台积电", "supplies", "珞芯科技"), ("中芯国际", "supplies", "珞芯科技"), ("TSMC", "supplies", "珞芯科技")}),
    # the brand a founder speaks of
    ("[珞禾美妆|BRAND]创始人[祁珞禾|PERSON]表示,今年品牌在[抖音|ORG]的自播销售额也突破了3亿元。",
     {("珞禾美妆", "founder", "祁珞禾"), ("珞禾美妆", "sells_on", "抖音")}),
    # awards at a carmaker's supplier conference: the winners supply the host
    ("12月2日,[琨曜汽车|ORG]在合肥举办供应商大会。[琨曜汽车|ORG]采购副总裁表示将扩大采购。会上,[琨谷电池|ORG]获得\"年度战略合作伙伴奖\","
     "[琨芯微电子|ORG]、[琨源座椅|ORG]等12家企业获得\"优秀供应商\"称号。",
     {("琨谷电池", "supplies", "琨曜汽车"), ("琨芯微电子", "supplies", "琨曜汽车"), ("琨源座椅", "supplies", "琨曜汽车")}),
    # customers a platform serves, one named among them; a round announced by "the company"
    ("[Nebrix Labs|ORG]成立于2023年。[Nebrix Labs|ORG]在新加坡。公司近日宣布完成3000万美元A轮融资,由[Solvane Ventures|ORG]领投。"
     "[Nebrix Labs|ORG]的推理加速平台目前已服务超过200家企业客户,其中包括[东南亚|LOC]电商平台[Shopee|ORG]。",
     {("Solvane Ventures", "led_round", "Nebrix Labs"), ("Solvane Ventures", "investor_in", "Nebrix Labs"),
      ("Nebrix Labs", "supplies", "Shopee")}),
    # "the company" after a filing's 公告; a contract's value and kind between the verb and 销售合同
    ("消息面上,[瑀芯股份|ORG]前一日晚间公告,公司与[瑀源半导体|ORG]签订了约7.2亿元的刻蚀设备销售合同。",
     {("瑀芯股份", "supplies", "瑀源半导体")}),
    # three parties listed before one agreement
    ("12月2日,[瑀禾集团|ORG]、[瑀谷新能源|ORG]与[宜昌市人民政府|ORG]在[宜昌|GPE]签署三方合作协议。",
     {("瑀禾集团", "partners_with", "瑀谷新能源"), ("瑀禾集团", "partners_with", "宜昌市人民政府"),
      ("瑀谷新能源", "partners_with", "宜昌市人民政府")}),
    # (…but banks listed as one side of an agreement are not partners of each other)
    ("同日,[燊瑀物流|ORG]与[中国银行|ORG]、[招商银行|ORG]及[交通银行|ORG]签署战略合作协议。",
     {("燊瑀物流", "partners_with", "中国银行"), ("燊瑀物流", "partners_with", "招商银行"), ("燊瑀物流", "partners_with", "交通银行")}),
    # a results meeting's attendees after the heading on its line, their posts before their names
    ("[霈川科技|ORG]2026年第三季度业绩电话会议实录\n公司出席人员:董事长兼首席执行官 [钱霈然|PERSON];首席财务官 [孔霈|PERSON]\n"
     "[孔霈|PERSON]:毛利率为27.5%。",
     {("钱霈然", "chairman_of", "霈川科技"), ("钱霈然", "ceo_of", "霈川科技"), ("孔霈", "works_for", "霈川科技")}),
    # an analyst asks how "the company" compares with rivals: its advantage over them
    ("[霈川科技|ORG]2026年第三季度业绩电话会议实录\n分析师:与[宁霈电池|ORG]、[沅霈能源|ORG]相比,公司的优势在哪里?",
     {("霈川科技", "competitor_of", "宁霈电池"), ("霈川科技", "competitor_of", "沅霈能源"),
      ("霈川科技", "compared_with", "宁霈电池"), ("霈川科技", "compared_with", "沅霈能源")}),
    # "this brand, born in X in 2021" names the brand just named
    ("最受关注的黑马之一是[霈栖|BRAND]。这个2021年诞生于[长沙|GPE]的品牌,目前门店数已超过1200家。",
     {("霈栖", "located_in", "长沙")}),
    # a brand's parent described as listed somewhere; a brand's products sold on the platforms after its sub-brands
    ("[霈遇|BRAND]的母公司为[香港|GPE]上市公司[霈见控股|ORG]。",
     {("霈见控股", "has_brand", "霈遇"), ("霈见控股", "located_in", "香港")}),
    ('[霈岛|BRAND]旗下拥有"[霈粮|BRAND]""[小霈罐|BRAND]"两个子品牌,产品主要在[天猫|ORG]和[抖音|ORG]销售。',
     {("霈岛", "has_brand", "霈粮"), ("霈岛", "has_brand", "小霈罐"), ("霈岛", "sells_on", "天猫"), ("霈岛", "sells_on", "抖音")}),
    # a court's findings: a defendant selling through a shop another runs; a plaintiff's marked brand
    ('被告[霈蔓贸易|ORG]在其生产的礼盒上使用该标识,并通过[霈阅网络|ORG]运营的网店进行销售。',
     {("霈蔓贸易", "sells_on", "霈阅网络")}),
    ('原告[霈禾食品|ORG]成立于2009年,其"[霈禾|BRAND]"牌坚果产品在全国拥有较高知名度。',
     {("霈禾食品", "has_brand", "霈禾")}),
    # the top three of a ranking, listed with their shares (one sentence: an enumeration's semicolons end none)
    ("排名前三的品牌分别为:[霈石科技|ORG],占比23.5%;[追霈|ORG],占比18.2%;[科霈沃斯|ORG],占比15.1%。",
     {("霈石科技", "competitor_of", "追霈"), ("霈石科技", "competitor_of", "科霈沃斯"), ("追霈", "competitor_of", "科霈沃斯")}),
    ("第三季度手机市场前三名分别为[华霈|ORG]、[vivo|ORG]和[苹霈|ORG]。",
     {("华霈", "competitor_of", "vivo"), ("华霈", "competitor_of", "苹霈"), ("vivo", "competitor_of", "苹霈")}),
    # an infobox's brand and the company it belongs to; its head office down to the district names the city
    ("品牌名称:[霈记麻辣烫|BRAND]\n所属公司:[成都霈记餐饮管理有限公司|ORG]\n总部地址:[四川省|GPE][成都市|GPE][武侯区|GPE]\n",
     {("成都霈记餐饮管理有限公司", "has_brand", "霈记麻辣烫"), ("霈记麻辣烫", "located_in", "成都市")}),
    # a profile's career lines: each company and the posts its person held there
    ("[徐清霈|PERSON],现任[霈宠医疗|ORG]创始人。\n\n主要经历:\n2010-2014年 [腾讯|ORG] 产品经理\n2018-2020年 [高瓴资本|ORG] 投资副总裁\n"
     "2020年至今 [霈宠医疗|ORG] 创始人兼CEO\n\n[徐清霈|PERSON]表示,公司将继续扩张。",
     {("霈宠医疗", "founder", "徐清霈"), ("徐清霈", "ceo_of", "霈宠医疗"), ("徐清霈", "works_for", "腾讯"),
      ("徐清霈", "works_for", "高瓴资本")}),
    # rivals named "such chains as" before the comparison; a local dealer after the country named
    ("与[瑞霈|BRAND]、[新瑞霈|ORG]这样的头部连锁相比,[霈宠|ORG]的优势在于数字化。",
     {("霈宠", "competitor_of", "瑞霈"), ("霈宠", "competitor_of", "新瑞霈")}),
    ("[霈光汽车|ORG]明年将进入欧洲市场,首站为[挪威|GPE],并已与当地经销商[NordHub|ORG]达成合作。",
     {("霈光汽车", "sells_on", "NordHub"), ("NordHub", "located_in", "挪威")}),
    # a tender's lots won in prose: each winner supplies the body whose project opened the notice
    ("[霈城市交通运输局|ORG]智慧交通建设项目完成评标,现将中标结果公告如下:\n第一包(信号控制系统):中标人为[霈联智能|ORG],中标金额为3860万元;\n"
     "第二包(视频监控平台):中标人为[霈云数据|ORG],中标金额为2415万元。",
     {("霈联智能", "supplies", "霈城市交通运输局"), ("霈云数据", "supplies", "霈城市交通运输局")}),
    # partners "done deep cooperation with"; a brand under a group whose head office the clause after gives
    ("[霈鸣酒业|ORG]也在和[京东|ORG]、[天猫|ORG]做深度合作,线上销售额占比已经提高到15%。",
     {("霈鸣酒业", "partners_with", "京东"), ("霈鸣酒业", "partners_with", "天猫")}),
    ("[霈驰汽车|BRAND]是[霈源集团|ORG]旗下的新能源汽车品牌,总部位于[重庆|GPE]。",
     {("霈源集团", "has_brand", "霈驰汽车"), ("霈驰汽车", "located_in", "重庆")}),
    # a recall's cause: the supplier whose parts failed supplies the company the notice is about
    ("[霈驰汽车|BRAND]召回2.3万辆电动车。[霈驰汽车|BRAND]将免费更换电池包。本次召回由于供应商[霈能电池|ORG]提供的部分电池包密封不良。",
     {("霈能电池", "supplies", "霈驰汽车")}),
    # an investor that led some rounds "and took part in" another's
    ("[霈石资本|ORG]领投了[灵霈机器人|ORG]的B轮融资,并参与了[智霈AI|ORG]的新一轮融资。",
     {("霈石资本", "led_round", "灵霈机器人"), ("霈石资本", "investor_in", "灵霈机器人"), ("霈石资本", "investor_in", "智霈AI")}),
    # a list item's name, a dash and what it is: a brand of a city; a purchase agreement in the item's next clause
    ("[琇风|BRAND] —— [深圳|GPE]品牌,主攻写字楼场景。",
     {("琇风", "located_in", "深圳")}),
    ("[啡霈|BRAND] —— [上海|GPE]精品咖啡品牌,与[霈谷庄园|ORG]签订了长期采购协议。",
     {("啡霈", "located_in", "上海"), ("霈谷庄园", "supplies", "啡霈")}),
    # a distributor-to-be for several countries; a company's ranked customers after 其中
    ("根据协议,[Kellbau|ORG]将成为[霈创机器人|ORG]在[德国|GPE]、[奥地利|GPE]和[瑞士|GPE]的独家分销商。",
     {("霈创机器人", "sells_on", "Kellbau")}),
    ('[霈源新材料股份有限公司|ORG](以下简称"公司")于近日收到问询函。\n回复:报告期内,公司前五大客户销售金额合计为8.6亿元。'
     "其中,第一大客户为[宁霈时代|ORG],销售金额为3.2亿元;第二大客户为[霈能科技|ORG]。",
     {("霈源新材料股份有限公司", "supplies", "宁霈时代"), ("霈源新材料股份有限公司", "supplies", "霈能科技")}),
    # a post's netizen compares with the shop next door (@X 比起来); the company behind a brand
    ("和隔壁@[霸霈茶姬|BRAND] 比起来,[霈茶|BRAND]的价格便宜了5块钱左右。据说[霈茶|BRAND]背后的公司是[霈味餐饮|ORG]。",
     {("霈茶", "compared_with", "霸霈茶姬"), ("霈味餐饮", "has_brand", "霈茶")}),
    # a regional manager's post
    ("[钱霈琳|PERSON]曾任[霈巴克|ORG]区域总监。", {("钱霈琳", "works_for", "霈巴克")}),
    # a two-column table of a deal's terms: the counterparties hold the target until it closes
    ("| 项目 | 内容 |\n| --- | --- |\n| 收购方 | [霈锐科技|ORG] |\n| 标的公司 | [霈华精密|ORG] |\n| 交易对方 | [霈泰投资|ORG]、[许霈峰|PERSON] |\n",
     {("霈泰投资", "shareholder_of", "霈华精密"), ("许霈峰", "shareholder_of", "霈华精密")}),
    # an airline's base after the clause that says whose subsidiary it is
    ("[霈悦航空|ORG]是[霈川航空集团|ORG]的全资子公司,基地位于[成都|GPE]。",
     {("霈悦航空", "subsidiary_of", "霈川航空集团"), ("霈悦航空", "located_in", "成都")}),
    # an industry chain: materials from two makers, the next from a third; sold to a kind of buyers; a distributor abroad
    ("以组件龙头[霈阳能源|ORG]为例,其硅料主要来自[通霈股份|ORG]和[协霈科技|ORG],硅片则由[霈晶新材|ORG]供应。",
     {("通霈股份", "supplies", "霈阳能源"), ("协霈科技", "supplies", "霈阳能源"), ("霈晶新材", "supplies", "霈阳能源")}),
    ("在下游,[霈阳能源|ORG]的组件主要销往[国霈电投|ORG]、[霈能集团|ORG]等电站投资商,海外则通过[德国|GPE]分销商[SolarHub|ORG]进入欧洲市场。",
     {("霈阳能源", "supplies", "国霈电投"), ("霈阳能源", "supplies", "霈能集团"), ("霈阳能源", "sells_on", "SolarHub"),
      ("SolarHub", "located_in", "德国")}),
    # a brand signs a club and becomes its partner: the club's sponsor; the brand "signed a player as" its face
    ("国产运动品牌[霈动体育|BRAND]与中超球队[霈州FC|ORG]签约,成为俱乐部未来三个赛季的官方运动装备合作伙伴。",
     {("霈动体育", "partners_with", "霈州FC"), ("霈州FC", "sponsored_by", "霈动体育")}),
    ("[霈动体育|BRAND]总裁[周霈|PERSON]则透露,品牌今年还签约了国脚[吴霈宇|PERSON]作为代言人。",
     {("周霈", "ceo_of", "霈动体育"), ("吴霈宇", "endorses", "霈动体育")}),
    # a penalty decision's form: its party is what 当事人 stands for later; its legal representative works there
    ("行政处罚决定书\n当事人:[霈城霈佳食品有限公司|ORG]\n法定代表人:[马霈涛|PERSON]\n"
     "经查,当事人在其[天猫|ORG]旗舰店销售的产品中,宣称含量达标,构成虚假宣传。",
     {("马霈涛", "works_for", "霈城霈佳食品有限公司"), ("霈城霈佳食品有限公司", "sells_on", "天猫")}),
    # a fund under its manager is its product; the fund's top holdings
    ("[霈航基金|ORG]旗下的[霈航成长混合基金|ORG]近日披露三季报。从持仓看,基金前三大重仓股分别为[中霈国际|ORG]、[北方霈创|ORG]和[宁霈时代|ORG]。",
     {("霈航基金", "has_brand", "霈航成长混合基金"), ("霈航成长混合基金", "shareholder_of", "中霈国际"),
      ("霈航成长混合基金", "shareholder_of", "北方霈创"), ("霈航成长混合基金", "shareholder_of", "宁霈时代")}),
    # "the group" after rivals it is compared with
    ("[霈庭酒店集团|ORG]管理的酒店超过1800家,与[华霈|ORG]、[锦霈|ORG]等同行相比,集团更聚焦中高端市场。",
     {("霈庭酒店集团", "competitor_of", "华霈"), ("霈庭酒店集团", "competitor_of", "锦霈"),
      ("霈庭酒店集团", "compared_with", "华霈"), ("霈庭酒店集团", "compared_with", "锦霈")}),
    # a unit spun off as a subsidiary; customers served, counted before they are named
    ("[霈科集团|ORG]12月3日宣布,将旗下云计算事业部分拆为独立运营的子公司[霈云智算|ORG],集团持股70%。",
     {("霈云智算", "subsidiary_of", "霈科集团"), ("霈科集团", "shareholder_of", "霈云智算")}),
    ("[赵霈铭|PERSON]表示,[霈云智算|ORG]目前服务的企业客户超过3000家,包括[招霈银行|ORG]和[顺霈|ORG]。",
     {("霈云智算", "supplies", "招霈银行"), ("霈云智算", "supplies", "顺霈")}),
    # a brand from a city opens a store in a mall; the mall's brands brought in
    ("12月5日,来自[广州|GPE]的精品咖啡品牌[霈森咖啡|BRAND]在[南京|GPE][德霈广场|ORG]开出华东首店。",
     {("霈森咖啡", "located_in", "广州"), ("霈森咖啡", "sells_on", "德霈广场")}),
    ("[德霈广场|ORG]相关负责人表示,今年商场已引入首店42家,包括[霈森咖啡|BRAND]、[霈屋面包|BRAND]等新锐品牌。",
     {("霈森咖啡", "sells_on", "德霈广场"), ("霈屋面包", "sells_on", "德霈广场")}),
    # a model put to work in customers' products; rivals that cut prices before
    ("[霈思AI|ORG]成立于2023年。公司的大模型已在[金山霈公|ORG]和[用友霈络|ORG]的产品中落地。",
     {("霈思AI", "supplies", "金山霈公"), ("霈思AI", "supplies", "用友霈络")}),
    ("[霈思AI|ORG]宣布API价格下调80%,[霈思AI|ORG]称将继续投入。\n此前,[DeepSeek|ORG]和[月之霈面|ORG]已先后宣布降价。",
     {("霈思AI", "competitor_of", "DeepSeek"), ("霈思AI", "competitor_of", "月之霈面")}),
    # "the brand" completing a round; a former chief researcher
    ("[霈森咖啡|BRAND]创立于广州。今年品牌完成了由[霈川资本|ORG]领投的Pre-A轮融资。",
     {("霈川资本", "led_round", "霈森咖啡"), ("霈川资本", "investor_in", "霈森咖啡")}),
    ("创始人[周霈航|PERSON]曾任[微软霈洲研究院|ORG]首席研究员。", {("周霈航", "works_for", "微软霈洲研究院")}),
    # a zone's committee signs with a group's supplier named through the group
    ("[霈州高新区管委会|ORG]还与[霈能集团|ORG]的配套企业[霈川新材|ORG]签订了投资协议。",
     {("霈州高新区管委会", "partners_with", "霈川新材"), ("霈川新材", "supplies", "霈能集团")}),
    # the brand, after its founder's verb, cooperates with a local retail group
    ("[霈茶|BRAND]创始人[钱霈|PERSON]表示,品牌将与当地零售集团[Kelapa Mart|ORG]合作。",
     {("霈茶", "founder", "钱霈"), ("霈茶", "partners_with", "Kelapa Mart")}),
    # a platform's merchant, the platform the nearest one named before it
    ("近一个月来,消费者在[黑霈投诉|ORG]上针对电商平台[霈购|ORG]的投诉量超过1200条,主要涉及平台商家[霈美服饰|ORG]发货延迟等问题。",
     {("霈美服饰", "sells_on", "霈购")}),
    # a report of a company's announcement: "the company" is the announcer, not the customer named twice
    ("[霈芯半导体|ORG]签下[霈驰汽车|ORG]订单\n[霈芯半导体|ORG]12月2日晚间公告,公司与[霈驰汽车|ORG]签订了芯片采购合同。\n"
     "[霈芯半导体|ORG]表示,[霈驰汽车|ORG]是公司新开发的客户。此前,公司的车规芯片已进入[比霈迪|ORG]、[吉霈汽车|ORG]的供应链。",
     {("霈芯半导体", "supplies", "比霈迪"), ("霈芯半导体", "supplies", "吉霈汽车"), ("霈芯半导体", "supplies", "霈驰汽车"),
      ("霈驰汽车", "supplies", "霈芯半导体")}),
    # sponsors of a listing, "its" the applicant and not the exchange applied to
    ("宠物用品公司[霈宠科技|ORG]12月1日向[港交所|ORG]递交上市申请,[中霈公司|ORG]和[摩根霈利|ORG]为其联席保荐人。",
     {("中霈公司", "supplies", "霈宠科技"), ("摩根霈利", "supplies", "霈宠科技")}),
    # a stake in a unit "under" the seller sold; a rating agency that moved a rating
    ("为缓解流动性压力,[霈泰地产|ORG]已将旗下[霈泰物业|ORG]51%股权出售给[霈光控股|ORG],交易对价约9.8亿元。",
     {("霈光控股", "shareholder_of", "霈泰物业"), ("霈泰物业", "subsidiary_of", "霈光控股")}),
    ("[标霈|ORG]此前已将[霈泰地产|ORG]的长期发行人信用评级下调至CCC。", {("标霈", "supplies", "霈泰地产")}),
    # franchisees say the brand side promised; a host asks how the guest's company competes
    ("近日,数十名[霈记烤肉|BRAND]加盟商在[成都|GPE]聚集维权,称品牌方[成都霈记餐饮管理有限公司|ORG]承诺的营业额远未实现。",
     {("成都霈记餐饮管理有限公司", "has_brand", "霈记烤肉")}),
    ("对话[霈光科技|ORG]创始人\n[霈光科技|ORG]成立于2019年。\n小禾:和[宁霈时代|ORG]、[阳光霈源|ORG]怎么竞争?\n周霈:我们不拼规模。",
     {("霈光科技", "competitor_of", "宁霈时代"), ("霈光科技", "competitor_of", "阳光霈源")}),
    # a supplier's products "sent in bulk to" a list of customers
    ("[霈芯光电|ORG]的硅光芯片已向[华霈|ORG]和[中兴霈讯|ORG]批量供货。",
     {("霈芯光电", "supplies", "华霈"), ("霈芯光电", "supplies", "中兴霈讯")}),
    # a letter's "we" is the company that signs it
    ("致股东信\n各位股东:\n我们与[宁霈时代|ORG]续签了为期五年的战略合作协议。\n[霈驰新能源科技股份有限公司|ORG]董事长 [郑霈|PERSON]\n2026年3月28日",
     {("霈驰新能源科技股份有限公司", "partners_with", "宁霈时代"), ("郑霈", "chairman_of", "霈驰新能源科技股份有限公司")}),
    # a change of distributor: both sell the maker's goods; a dealer that carried a brand's products
    ("[霈岭酒业|ORG]近日发布公告,自2027年1月1日起,公司在华东地区的总代理由[霈酒商贸|ORG]变更为[霈鼎供应链|ORG]。",
     {("霈岭酒业", "sells_on", "霈酒商贸"), ("霈岭酒业", "sells_on", "霈鼎供应链")}),
    ("[霈酒商贸|ORG]此前代理[霈岭酒业|ORG]产品已超过十年。", {("霈岭酒业", "sells_on", "霈酒商贸")}),
    # the merged company by its new name: "the new company" after 更名为
    ("合并后的新公司更名为[霈盛康健|ORG],总部设在[苏州|GPE]。合并完成后,[霈盛医药|ORG]董事长[何霈川|PERSON]将出任新公司董事长。",
     {("霈盛康健", "located_in", "苏州"), ("何霈川", "chairman_of", "霈盛医药"), ("何霈川", "chairman_of", "霈盛康健")}),
    # a supplier's halt that stops its customers' deliveries
    ("因核心供应商[霈晶电子|ORG]位于[苏州|GPE]的工厂发生火灾停产,[霈途汽车|ORG]和[霈行汽车|ORG]相继宣布暂停部分车型的交付。",
     {("霈晶电子", "supplies", "霈途汽车"), ("霈晶电子", "supplies", "霈行汽车")}),
    # an annual meeting's announcement: the chairman presiding, the auditor engaged again, the witnessing firm and
    # its lawyers, the company's own meeting room at an address
    ("[缙禾股份|ORG]2025年年度股东大会决议公告。本次会议由公司董事会召集,董事长[赵缙平|PERSON]先生主持。",
     {("赵缙平", "chairman_of", "缙禾股份")}),
    ("[缙禾股份|ORG]董事会决议公告。同意续聘[立信会计师事务所|ORG](特殊普通合伙)为公司2026年度审计机构。",
     {("立信会计师事务所", "supplies", "缙禾股份")}),
    ("[缙禾股份|ORG]股东大会决议公告。本次股东大会见证的律师事务所为[北京缙远律师事务所|ORG],律师:[孙缙|PERSON]、[李缙华|PERSON]。",
     {("北京缙远律师事务所", "supplies", "缙禾股份"), ("孙缙", "works_for", "北京缙远律师事务所"),
      ("李缙华", "works_for", "北京缙远律师事务所")}),
    ("[缙禾股份|ORG]股东大会召开的地点:[浙江|GPE]省[宁波|GPE]市鄞州区天童南路88号公司会议室。",
     {("缙禾股份", "located_in", "宁波")}),
    # a club signing a player, the coach of the club the sentence before named, and a seller's channels in a clause
    # with no subject of its own
    ("[缙城FC|ORG]签下[巴西|GPE]前锋[马科斯|PERSON]。", {("马科斯", "works_for", "缙城FC")}),
    ("[缙城FC|ORG]宣布,俱乐部已与[阿根廷|GPE]中场[迭戈·罗萨|PERSON]签约。", {("迭戈·罗萨", "works_for", "缙城FC")}),
    ("[缙城FC|ORG]董事长[周缙|PERSON]表示,球队状态良好。主教练[汉斯·穆勒|PERSON]则称,将全力备战。",
     {("周缙", "chairman_of", "缙城FC"), ("汉斯·穆勒", "works_for", "缙城FC")}),
    # (球队 right before the club's name describes it: no anaphor of its own)
    ("国产运动品牌[缙动体育|BRAND]与中超球队[缙州FC|ORG]签约,成为俱乐部的官方装备合作伙伴。",
     {("缙州FC", "sponsored_by", "缙动体育"), ("缙动体育", "partners_with", "缙州FC")}),
    ("[缙果食品|ORG]的产品以坚果为主,线上则主要通过[天猫|ORG]和[京东|ORG]销售。",
     {("缙果食品", "sells_on", "天猫"), ("缙果食品", "sells_on", "京东")}),
    # a brand's shops on two platforms after 品牌 opening the clause; an app made by a company that shares its name,
    # which 公司 then stands for; rivals in a crowded field named after the headline's app; a sub-brand in a total;
    # whose product a founder speaks of
    ("[缙野|BRAND]创立于2019年。品牌此前主要通过[天猫|ORG]旗舰店和[抖音|ORG]直播间销售。",
     {("缙野", "sells_on", "天猫"), ("缙野", "sells_on", "抖音")}),
    ("短剧应用[缙光短剧|BRAND]上线于2023年6月,由[北京缙光互娱科技有限公司|ORG]开发运营。[缙光短剧|BRAND]日活突破千万,"
     "[缙光短剧|BRAND]登顶榜单,[北京缙光互娱科技有限公司|ORG]称用户仍在增长。今年10月,公司完成了A轮融资,投资方为[红杉中国|ORG]。",
     {("北京缙光互娱科技有限公司", "has_brand", "缙光短剧"), ("红杉中国", "investor_in", "北京缙光互娱科技有限公司")}),
    ("[缙光短剧|BRAND]登顶免费榜。\n业内人士指出,短剧应用赛道竞争激烈,[红果短剧|BRAND]、[河马剧场|BRAND]等平台同样增长迅速。",
     {("缙光短剧", "competitor_of", "红果短剧"), ("缙光短剧", "competitor_of", "河马剧场")}),
    ("11月交付数据:\n- [缙来|ORG]:交付新车20575辆,其中[缙道|BRAND]品牌交付5012辆;\n- [缙跑汽车|ORG]:交付40169辆。",
     {("缙来", "has_brand", "缙道")}),
    ("[缙野|BRAND]创始人[杨缙|PERSON]曾在[迪卡侬|ORG]担任产品经理。品牌此前主要通过[天猫|ORG]和[抖音|ORG]销售。"
     "[杨缙|PERSON]介绍,新品的面料由[福缙兴业|ORG]独家供应。",
     {("缙野", "founder", "杨缙"), ("杨缙", "works_for", "迪卡侬"), ("福缙兴业", "supplies", "缙野"),
      ("缙野", "sells_on", "天猫"), ("缙野", "sells_on", "抖音")}),
    # a professor of "the school" the university's department names; a parent named in a later clause; the maker of the
    # aircraft flying a route; a creator an agency signs
    ("联合实验室设在[缙华大学|ORG]计算机学院,由该学院教授[王缙峰|PERSON]担任实验室主任。", {("王缙峰", "works_for", "缙华大学")}),
    ("[缙翔航空|ORG]总部位于[四川|GPE][成都|GPE],是[缙翔集团|ORG]旗下子公司。",
     {("缙翔航空", "located_in", "成都"), ("缙翔航空", "subsidiary_of", "缙翔集团")}),
    ("[缙翔航空|ORG]开通成都至布达佩斯航线。该航线由[空客|ORG]A330-300宽体客机执飞,每周三班。", {("空客", "supplies", "缙翔航空")}),
    ("MCN机构[缙星传媒|ORG]宣布与美食博主\"[阿缙|PERSON]\"签约。", {("阿缙", "works_for", "缙星传媒")}),
    # (…and 公司 stays the brand when the company behind it is named once, as its registered operator)
    ("冻干咖啡品牌[缙野咖啡|BRAND]的运营主体[上海缙野食品科技股份有限公司|ORG]递交招股书。[缙野咖啡|BRAND]营收增长。[缙野咖啡|BRAND]门店扩张。"
     "今年上半年,公司线上渠道收入占比为68%,其中[天猫|ORG]和[抖音|ORG]是最主要的销售渠道。",
     {("上海缙野食品科技股份有限公司", "has_brand", "缙野咖啡"), ("缙野咖啡", "sells_on", "天猫"), ("缙野咖啡", "sells_on", "抖音")}),
    # (…but a brand signing a face signs no employee)
    ("[缙动体育|BRAND]宣布与演员[李缙|PERSON]签约。", set()),
    # a law firm acting for its client and the lawyers it assigns; the addressee of a letter (贵司) and its shop on a
    # platform; a co-founder succeeding a chief executive who left; a retailer's own brand; a product form's maker
    ('[北京市缙石律师事务所|ORG](以下简称"本所")接受[缙岚科技股份有限公司|ORG]的委托,指派[吴缙国|PERSON]律师、[郭缙明|PERSON]律师'
     '就侵权一事致函如下:',
     {("北京市缙石律师事务所", "supplies", "缙岚科技股份有限公司"), ("吴缙国", "works_for", "北京市缙石律师事务所"),
      ("郭缙明", "works_for", "北京市缙石律师事务所")}),
    ("律师函\n\n致:[杭州缙途电子商务有限公司|ORG]\n\n经查,贵司在其经营的[淘宝|ORG]店铺中销售侵权产品。",
     {("杭州缙途电子商务有限公司", "sells_on", "淘宝")}),
    ("社区生鲜品牌[缙果生鲜|BRAND]CEO[何缙华|PERSON]因个人原因离职,由联合创始人[徐缙东|PERSON]接任CEO一职。",
     {("徐缙东", "ceo_of", "缙果生鲜"), ("缙果生鲜", "cofounder", "徐缙东"), ("何缙华", "works_for", "缙果生鲜")}),
    ('[盒马|BRAND]宣布推出自有咖啡品牌"[缙咖|BRAND]",首批门店将开在[上海|GPE]。', {("盒马", "has_brand", "缙咖")}),
    ("品牌:[缙森|BRAND]\n产地:浙江金华\n生产企业:[金华缙川日用品有限公司|ORG]", {("金华缙川日用品有限公司", "has_brand", "缙森")}),
    # the second officer of a list takes the post the list gives; a follower after the leader of a round; "this one"
    # opening a sentence that tells who founded the headline's brand and where; the company's products shipped to
    ("[缙川新能源|ORG]董事长[张缙民|PERSON]、总经理[李缙峰|PERSON]陪同。",
     {("张缙民", "chairman_of", "缙川新能源"), ("李缙峰", "ceo_of", "缙川新能源"), ("李缙峰", "works_for", "缙川新能源")}),
    ("[缙动体育|ORG]的C轮融资由[红杉中国|ORG]领投、[安踏|BRAND]跟投,融资金额约为5亿元。",
     {("红杉中国", "led_round", "缙动体育"), ("红杉中国", "investor_in", "缙动体育"), ("安踏", "investor_in", "缙动体育")}),
    ('被誉为"国货跑鞋之光"的[缙动体育|ORG],正在把目光投向海外。\n\n这家2012年由前[安踏|BRAND]设计师[赵缙红|PERSON]在[福建|GPE]'
     "[晋江|GPE]创立、去年完成C轮融资的运动品牌,日前在[曼谷|GPE]开出首店。",
     {("缙动体育", "founder", "赵缙红"), ("缙动体育", "located_in", "晋江")}),
    ("[缙川新能源|ORG]董事长[张缙民|PERSON]介绍,公司营收增长约40%;公司产品已批量供应[宁德时代|ORG]和[阳光电源|ORG]。",
     {("张缙民", "chairman_of", "缙川新能源"), ("缙川新能源", "supplies", "宁德时代"), ("缙川新能源", "supplies", "阳光电源")}),
    # a team's sponsor for the new season; rivals already in the market the headline's brand enters; retailers and a
    # supplier a founder names in an interview turn
    ("[缙火电竞|ORG]宣布,俱乐部新赛季主赞助商为国产手机品牌[缙光手机|BRAND]。", {("缙火电竞", "sponsored_by", "缙光手机")}),
    ("[缙茶|BRAND]在吉隆坡开出海外首店。\n\n在东南亚市场,[蜜雪冰城|BRAND]、[霸王茶姬|BRAND]等品牌已先行布局。",
     {("缙茶", "competitor_of", "蜜雪冰城"), ("缙茶", "competitor_of", "霸王茶姬")}),
    ("对话[缙味食品|ORG]创始人[黄缙琪|PERSON]\n\n记者:规模多大?\n\n[黄缙琪|PERSON]:我们线下进了[沃尔玛|ORG]、[永辉|ORG]这些商超,"
     "牛油则由[内蒙古|GPE]的[缙源乳业|ORG]供应。",
     {("缙味食品", "founder", "黄缙琪"), ("缙味食品", "sells_on", "沃尔玛"), ("缙味食品", "sells_on", "永辉"),
      ("缙源乳业", "located_in", "内蒙古"), ("缙源乳业", "supplies", "缙味食品")}),
    # a job a founder did before (以前在X做过研发); flagship stores on two platforms; sales that come from platforms; a
    # founder staying on with the rest of the shares; brands listed before their ranks; a rival joined as an officer; a
    # product cheaper than a rival's
    ("[缙净|BRAND]的创始人[郑缙宇|PERSON]以前在[大疆|ORG]做过硬件研发。", {("缙净", "founder", "郑缙宇"), ("郑缙宇", "works_for", "大疆")}),
    ("售后方面,[缙净|BRAND]在[京东|ORG]自营和[天猫|ORG]都有旗舰店。", {("缙净", "sells_on", "京东"), ("缙净", "sells_on", "天猫")}),
    ("[缙宇|BRAND]成立于2016年,主打高端猫粮,线上销售主要来自[天猫|ORG]和[京东|ORG]。",
     {("缙宇", "sells_on", "天猫"), ("缙宇", "sells_on", "京东")}),
    ("根据协议,[缙宇|BRAND]创始人[唐缙雯|PERSON]将继续担任[缙宇|BRAND]CEO,并持有剩余20%的股权。",
     {("缙宇", "founder", "唐缙雯"), ("唐缙雯", "ceo_of", "缙宇"), ("唐缙雯", "shareholder_of", "缙宇")}),
    ("从品牌格局看,[科沃斯|ORG]、[石头科技|ORG]、[缙净|BRAND]分列市场份额前三。",
     {("科沃斯", "competitor_of", "石头科技"), ("科沃斯", "competitor_of", "缙净"), ("石头科技", "competitor_of", "缙净")}),
    ("离职仅三个月,[陈缙伟|PERSON]即加入了竞争对手[缙行智驾|ORG],担任首席技术官。", {("陈缙伟", "works_for", "缙行智驾")}),
    ("[缙净|BRAND]X20售价3999元,比[科沃斯|ORG]同档次的T30便宜了1000块左右。", {("缙净", "compared_with", "科沃斯")}),
    # a supply deal announced the same day; a company that surpasses another
    ("[缙宁时代|ORG]当日宣布与[宝马集团|ORG]签订了新一代圆柱电池供货协议,合同金额约为150亿元。", {("缙宁时代", "supplies", "宝马集团")}),
    ("[缙宁时代|ORG]总市值突破1.2万亿元,超越[比亚迪|ORG]成为A股市值最高的新能源企业。", {("缙宁时代", "compared_with", "比亚迪")}),
    # customers newly signed; equipment for a customer's plants; a second post held at once; a placement subscribed
    ("[缙光科技|ORG]12月3日公告,公司11月营收增长31%;公司当月新签约客户包括[蔚来|ORG]、[理想汽车|ORG]和[小鹏汽车|ORG]。",
     {("缙光科技", "supplies", "蔚来"), ("缙光科技", "supplies", "理想汽车"), ("缙光科技", "supplies", "小鹏汽车")}),
    ("[缙川环保|ORG]将为[缙禾水务|ORG]旗下的5座污水处理厂提供膜处理设备。", {("缙川环保", "supplies", "缙禾水务")}),
    ("[方缙晴|PERSON]现任[缙星食品|ORG]董事长兼总裁,同时担任[缙达乳业|ORG]独立董事和[中国食品工业协会|ORG]副会长。",
     {("方缙晴", "chairman_of", "缙星食品"), ("方缙晴", "ceo_of", "缙星食品"), ("方缙晴", "works_for", "缙达乳业"),
      ("方缙晴", "works_for", "中国食品工业协会")}),
    ("[缙达乳业|ORG]12月2日公告,公司与[伊利股份|ORG]签署股份认购协议,[伊利股份|ORG]将以每股8.6元的价格认购公司非公开发行的1.2亿股股票。"
     "[缙达乳业|ORG]表示,本次发行将优化股东结构。",
     {("伊利股份", "investor_in", "缙达乳业"), ("缙达乳业", "partners_with", "伊利股份")}),
    # faces signed at a launch event; materials from several suppliers, clause after clause; a brand's sales on
    # platforms; a tender its buyer says who won; a joint investment received in a later clause
    ("运动品牌[缙动体育|BRAND]在[北京|GPE]召开冬季新品发布会,宣布签约短道速滑运动员[林缙峰|PERSON]、跳水运动员[陈缙瑶|PERSON]作为品牌代言人。",
     {("林缙峰", "endorses", "缙动体育"), ("陈缙瑶", "endorses", "缙动体育")}),
    ("国产户外品牌[缙衫|BRAND]发布新款冲锋衣。据介绍,新款冲锋衣采用的防水面料由[美国|GPE][戈尔公司|ORG]供应,拉链来自[日本|GPE][YKK|ORG]。",
     {("戈尔公司", "supplies", "缙衫"), ("YKK", "supplies", "缙衫"), ("戈尔公司", "located_in", "美国"), ("YKK", "located_in", "日本")}),
    ("[缙衫|BRAND]创始人[郑缙航|PERSON]表示,品牌目前的线上销售主要在[天猫|ORG]和[京东|ORG]。",
     {("缙衫", "founder", "郑缙航"), ("缙衫", "sells_on", "天猫"), ("缙衫", "sells_on", "京东")}),
    ('[缙康医院|ORG]发布中标结果公告,该院"高端医学影像设备采购项目"由[联影医疗|ORG]中标。', {("联影医疗", "supplies", "缙康医院")}),
    ("[缙味火锅|BRAND]创立于2011年,总部位于[广州|GPE],2021年曾获得[红杉中国|ORG]和[美团龙珠|ORG]的联合投资。",
     {("缙味火锅", "located_in", "广州"), ("红杉中国", "investor_in", "缙味火锅"), ("美团龙珠", "investor_in", "缙味火锅")}),
    # where two founders set the company up; a purchase over the years from a miner; customers the company covers
    ("[缙创科技|ORG]由[亓缙|PERSON]和[逄缙东|PERSON]于2019年在[杭州|GPE]共同创立,两人此前均从事工业软件研发。",
     {("缙创科技", "founder", "亓缙"), ("缙创科技", "founder", "逄缙东"), ("缙创科技", "located_in", "杭州")}),
    ("[缙锂新能源|ORG]将在2026年至2028年间向[皮尔缙拉矿业|ORG]采购不超过30万吨锂精矿。", {("皮尔缙拉矿业", "supplies", "缙锂新能源")}),
    ("目前,[缙创科技|ORG]的客户已覆盖[宝武钢铁|ORG]、[万华化学|ORG]等30余家大型企业。",
     {("缙创科技", "supplies", "宝武钢铁"), ("缙创科技", "supplies", "万华化学")}),
    # a founder who ran a unit of a former employer; work a partner does for the brand in a later clause
    ("两人此前均在[大缙|ORG]工作,[邱缙辉|PERSON]曾任事业部总监,[蔡缙静|PERSON]则负责[大缙|ORG]的海外市场。", {("蔡缙静", "works_for", "大缙")}),
    ("[缙禾咖啡|BRAND]的咖啡豆主要来自云南的合作庄园,烘焙则由[缙岚食品|ORG]负责。", {("缙岚食品", "supplies", "缙禾咖啡")}),
    # the two founders (两人) where both worked before, named earlier in the sentence or in the sentence before
    ("[缙创科技|ORG]由[亓缙|PERSON]和[逄缙东|PERSON]于2019年在[杭州|GPE]共同创立,两人此前均在[华为|ORG]从事工业软件研发。",
     {("缙创科技", "founder", "亓缙"), ("缙创科技", "founder", "逄缙东"), ("缙创科技", "located_in", "杭州"),
      ("亓缙", "works_for", "华为"), ("逄缙东", "works_for", "华为")}),
    ("[缙川机器人|ORG]由[邱缙辉|PERSON]和[蔡缙静|PERSON]联合创立。两人此前均在[大缙|ORG]工作。",
     {("缙川机器人", "founder", "邱缙辉"), ("缙川机器人", "founder", "蔡缙静"), ("邱缙辉", "works_for", "大缙"),
      ("蔡缙静", "works_for", "大缙")}),
    # the vehicles a holder holds through; the parties of a share transfer are no partners; a cooperation added in a
    # later clause; a drug licensed out
    ("[何缙平|PERSON]通过[宁波缙瑞企业管理合伙企业|ORG]和[杭州缙禾投资有限公司|ORG]合计持有[缙川控股|ORG]100%股权。",
     {("何缙平", "shareholder_of", "缙川控股"), ("宁波缙瑞企业管理合伙企业", "shareholder_of", "缙川控股"),
      ("杭州缙禾投资有限公司", "shareholder_of", "缙川控股")}),
    ("[缙宁投资|ORG]与[缙川控股|ORG]签署《股份转让协议》,拟转让其持有的公司29.8%股份。", set()),
    ("[缙音|ORG]与[缙乐唱片|ORG]续签了版权合作协议,并新增了与[缙和影业|ORG]的独家合作。",
     {("缙音", "partners_with", "缙乐唱片"), ("缙音", "partners_with", "缙和影业")}),
    ("[缙澜生物|ORG]自主研发的抗体药物已授权给[缙星医药|ORG],首付款5000万元。", {("缙澜生物", "partners_with", "缙星医药")}),
    ("创始人:[曹缙涛|PERSON],曾任[缙鑫存储|ORG]工艺总监", {("曹缙涛", "works_for", "缙鑫存储")}),
    # officers listed one after another with the shares granted; a rival in a later clause; a holder still in place;
    # shares won at an auction, reported by the auction site
    ("[缙云软件|ORG]披露激励计划。其中,公司董事、总经理[吴缙峰|PERSON]获授80万股,副总经理兼财务总监[林缙蕾|PERSON]获授40万股,"
     "董事会秘书[郑缙|PERSON]获授30万股。",
     {("吴缙峰", "ceo_of", "缙云软件"), ("吴缙峰", "works_for", "缙云软件"), ("林缙蕾", "works_for", "缙云软件"),
      ("郑缙", "works_for", "缙云软件")}),
    ("[缙锋科技|ORG]主营光学镜头,是[舜缙光学|ORG]的主要竞争对手之一。", {("缙锋科技", "competitor_of", "舜缙光学")}),
    ("[缙锋科技|ORG]表示,本次拍卖不会导致公司控股股东发生变化,公司控股股东仍为[缙锋集团|ORG],实际控制人为[罗缙斌|PERSON]。",
     {("缙锋集团", "shareholder_of", "缙锋科技"), ("罗缙斌", "shareholder_of", "缙锋科技")}),
    ("12月3日,[阿缙拍卖|ORG]平台显示,[缙锋科技|ORG]第二大股东[缙泰创投|ORG]所持有的公司12%股份经过两天竞价,"
     "最终由[缙元投资|ORG]以4.6亿元竞得。",
     {("缙元投资", "shareholder_of", "缙锋科技"), ("缙泰创投", "shareholder_of", "缙锋科技")}),
    ("[缙元投资|ORG]以4.6亿元竞得[缙泰创投|ORG]持有的[缙锋科技|ORG]12%股份。", {("缙元投资", "shareholder_of", "缙锋科技")}),
    # a maker's plant abroad that supplies brands; orders it takes; capacity it supplies; a partner in a later clause
    ("鞋服代工厂[缙华实业|ORG][越南|GPE]新工厂投产 主要为[耐克|BRAND]和[阿迪达斯|BRAND]供货",
     {("缙华实业", "supplies", "耐克"), ("缙华实业", "supplies", "阿迪达斯")}),
    ("[缙华实业|ORG]董事长[蔡缙宏|PERSON]介绍,新工厂主要承接[耐克|BRAND]和[阿迪达斯|BRAND]的订单,另有部分产能供应给[安踏|BRAND]。",
     {("缙华实业", "supplies", "耐克"), ("缙华实业", "supplies", "阿迪达斯"), ("缙华实业", "supplies", "安踏"),
      ("蔡缙宏", "chairman_of", "缙华实业")}),
    ("[缙华实业|ORG]总部位于[台湾|GPE][台中|GPE],是[彪马|BRAND]的长期合作伙伴。",
     {("缙华实业", "located_in", "台中"), ("缙华实业", "partners_with", "彪马")}),
    # a title sponsor for a season of a league; a signing; a streaming platform announced
    ("11月29日,[中国篮缙协会|ORG]与[缙驰汽车|ORG]签约,[缙驰汽车|ORG]成为2025-2026赛季[缙甲|ORG]联赛官方冠名赞助商。",
     {("缙甲", "sponsored_by", "缙驰汽车"), ("中国篮缙协会", "partners_with", "缙驰汽车")}),
    ("同日,[缙甲公司|ORG]宣布[咪缙视频|BRAND]成为本赛季官方转播平台。", {("缙甲公司", "partners_with", "咪缙视频")}),
    # a new controller of the listed company a filing is about; a holder now (现控股股东)
    ("重组预案出炉\n[缙北股份|ORG]12月2日晚间披露重组预案。交易完成后,[缙锂科技|ORG]将成为[缙北股份|ORG]的全资子公司,"
     "[缙锂科技|ORG]实际控制人[郭缙远|PERSON]将成为上市公司新的实际控制人。",
     {("缙锂科技", "subsidiary_of", "缙北股份"), ("缙北股份", "shareholder_of", "缙锂科技"), ("郭缙远", "shareholder_of", "缙北股份"),
      ("郭缙远", "shareholder_of", "缙锂科技")}),
    ("[缙北股份|ORG]原主营纺织品出口。公司现控股股东为[浙江缙北控股集团|ORG],交易完成后其持股比例将降至8.5%。",
     {("浙江缙北控股集团", "shareholder_of", "缙北股份")}),
    # a couple who opened a chain's first shop; stores sited in mall chains; a drama's overseas rights sold; an
    # associate of a holder; three brands ranked top three
    ("2014年,[周缙华|PERSON]和丈夫[刘缙军|PERSON]在[长沙|GPE]五一广场附近开出了第一家[缙记米粉|BRAND],店面只有20平方米。",
     {("缙记米粉", "founder", "周缙华"), ("缙记米粉", "founder", "刘缙军"), ("缙记米粉", "located_in", "长沙")}),
    ("12月1日,新茶饮品牌[缙茶|BRAND]宣布,本月将在华东地区集中开出9家门店,选址集中在[万达广场|ORG]、[吾悦广场|ORG]和[龙湖天街|ORG]等购物中心。",
     {("缙茶", "sells_on", "万达广场"), ("缙茶", "sells_on", "吾悦广场"), ("缙茶", "sells_on", "龙湖天街")}),
    ("[缙影传媒|ORG]总经理[袁缙清|PERSON]表示,该剧的海外发行权已出售给[Netflix|ORG],将在全球190多个国家和地区上线。",
     {("缙影传媒", "partners_with", "Netflix"), ("袁缙清", "ceo_of", "缙影传媒")}),
    ("[缙影传媒|ORG]成立于2016年,是[华缙影视|ORG]的参股公司。", {("华缙影视", "shareholder_of", "缙影传媒")}),
    ("美妆类目中,[欧缙雅|BRAND]、[缙颜|BRAND]和[兰缙|BRAND]排名前三。",
     {("欧缙雅", "competitor_of", "兰缙"), ("欧缙雅", "competitor_of", "缙颜"), ("缙颜", "competitor_of", "兰缙")}),
    # an officer who left worked for the company (no longer its CEO); a successor named after 由; an earlier employer
    # that is a product brand
    ("网约车平台[缙途出行|ORG]CEO[黄缙刚|PERSON]已于近日离职,他将加入自动驾驶公司[小缙智行|ORG]。",
     {("黄缙刚", "works_for", "缙途出行")}),
    ("[缙途出行|ORG]方面回应称,[黄缙刚|PERSON]的职责已由副总裁[林缙|PERSON]接任。", {("林缙", "works_for", "缙途出行")}),
    ("[黄缙刚|PERSON]2017年加入[缙途出行|ORG],此前曾在[百缙地图|BRAND]担任技术总监。",
     {("黄缙刚", "works_for", "缙途出行"), ("黄缙刚", "works_for", "百缙地图")}),
    # customers a company says it supplies more; a joint venture its parties each hold, named again as 合资公司
    ("[缙达新材|ORG]发布预告。公司表示,业绩增长主要得益于光伏胶膜产品销量大幅提升,以及对[晶缙能源|ORG]、[天缙光能|ORG]等大客户的供货量增加。",
     {("缙达新材", "supplies", "晶缙能源"), ("缙达新材", "supplies", "天缙光能")}),
    ('双方将共同出资10亿元成立合资公司"[缙博智能|ORG]",[缙驰汽车|ORG]和[博缙|ORG]分别持股51%和49%。合资公司总部将设在[上海|GPE]。'
     "[缙驰汽车|ORG]副总裁[陈缙衡|PERSON]将出任合资公司总经理。",
     {("缙驰汽车", "shareholder_of", "缙博智能"), ("博缙", "shareholder_of", "缙博智能"), ("缙博智能", "subsidiary_of", "缙驰汽车"),
      ("缙博智能", "located_in", "上海"), ("陈缙衡", "works_for", "缙驰汽车"), ("陈缙衡", "ceo_of", "缙博智能")}),
    # the operator of a brand and its sales channels, in later clauses
    ("据悉,[缙颜美妆|BRAND]成立于2018年,由[上海缙颜化妆品有限公司|ORG]运营,主要销售渠道为[天猫|ORG]和[抖音|ORG]。",
     {("上海缙颜化妆品有限公司", "has_brand", "缙颜美妆"), ("缙颜美妆", "sells_on", "天猫"), ("缙颜美妆", "sells_on", "抖音")}),
    # an acquired company kept run by its own chief; customers a company serves; parts of a product from their makers,
    # past a semicolon; a contract maker of the new car
    ("交割完成后,[缙斯勒|ORG]将成为[缙宇股份|ORG]的全资子公司,并继续由其现任首席执行官[Markus Brandt|PERSON]负责日常经营。",
     {("缙斯勒", "subsidiary_of", "缙宇股份"), ("缙宇股份", "shareholder_of", "缙斯勒"), ("Markus Brandt", "ceo_of", "缙斯勒")}),
    ("[缙云科技|ORG]表示,设立成都子公司是公司落实西南区域战略的重要举措,有利于公司就近服务[四川移动|ORG]、[成都|GPE]高新区等客户。",
     {("缙云科技", "supplies", "四川移动")}),
    ("[缙驰汽车|ORG]发布新车。[缙驰汽车|ORG]新车搭载国产电池;智能驾驶系统来自[华为乾缙|BRAND],座舱芯片则采用[高缙|ORG]骁龙8295。",
     {("华为乾缙", "supplies", "缙驰汽车"), ("高缙", "supplies", "缙驰汽车")}),
    ("[缙驰汽车|ORG]CEO[梁缙博|PERSON]表示,新车由[江缙汽车|ORG]代工生产,首批车辆将于12月底开始交付。",
     {("梁缙博", "ceo_of", "缙驰汽车"), ("江缙汽车", "supplies", "缙驰汽车")}),
    # the banks that underwrite an issue serve the issuer, not the bank named before them in the clause, nor the
    # regulator the filing went to
    ("缙光医疗向美国SEC递交F-1\n[缙光医疗|ORG]向美国[缙交会|ORG](SEC)递交F-1招股书,拟在[纳斯达克|ORG]上市。"
     "[缙光医疗|ORG]由[孔缙岑|PERSON]于2015年创立。[高缙|ORG]和[摩缙大通|ORG]担任本次发行的联席承销商。",
     {("高缙", "supplies", "缙光医疗"), ("摩缙大通", "supplies", "缙光医疗"), ("缙光医疗", "founder", "孔缙岑")}),
    # employers held in turn (曾先后在A、B和C任职), one of them called 前 before; the operator of a company's brand;
    # customers it works with; a long description of what two sign
    ("[缙川新能源|ORG]任命前[德缙|ORG]合伙人[蒋缙琳|PERSON]为首席财务官。[蒋缙琳|PERSON]曾先后在[普华缙道|ORG]、[德缙|ORG]和[华缙电力|ORG]任职。",
     {("蒋缙琳", "works_for", "缙川新能源"), ("蒋缙琳", "works_for", "普华缙道"), ("蒋缙琳", "works_for", "德缙"),
      ("蒋缙琳", "works_for", "华缙电力")}),
    ("[缙运供应链|ORG]成立于2016年,总部位于[郑州|GPE]。公司旗下的运营主体为[河南缙运冷链物流有限公司|ORG]。",
     {("缙运供应链", "located_in", "郑州"), ("河南缙运冷链物流有限公司", "has_brand", "缙运供应链")}),
    ("目前,[缙行科技|ORG]的自动驾驶卡车已在干线上开展常态化运营,合作客户包括[京缙物流|ORG]和[中缙快递|ORG]。",
     {("缙行科技", "supplies", "京缙物流"), ("缙行科技", "supplies", "中缙快递")}),
    ("[缙川新能源|ORG]主营储能电站。今年10月,公司与[国家缙投|ORG]签署了总规模为2GWh的储能项目合作协议。",
     {("缙川新能源", "partners_with", "国家缙投")}),
    # what a maker makes for a restaurant chain and where it buys (由X代工, 从Y的供应链采购); a data source it used is
    # no company that raised the round; a firm hired to investigate; a founder named by a title
    ("[缙味|BRAND]的中央厨房在[成都|GPE],底料和酱料由[颐缙国际|ORG]代工,蔬菜主要从[永缙|ORG]的供应链采购。",
     {("颐缙国际", "supplies", "缙味"), ("永缙", "supplies", "缙味")}),
    ("去年[缙味|BRAND]拿了[窄门缙眼|ORG]的数据做过评估,今年上半年刚完成了由[弘缙投资|ORG]领投的2亿元融资。",
     {("弘缙投资", "led_round", "缙味"), ("弘缙投资", "investor_in", "缙味")}),
    ("[缙星科技|ORG]随后发布声明,否认报告中的全部指控,称报告充满事实错误,公司已聘请[德缙|ORG]进行独立调查。",
     {("德缙", "supplies", "缙星科技")}),
    ("[缙华集团|ORG]总部位于[杭州|GPE],由董事长[任缙华|PERSON]于1998年创立。",
     {("缙华集团", "founder", "任缙华"), ("任缙华", "chairman_of", "缙华集团"), ("缙华集团", "located_in", "杭州")}),
    ("报告还提到,[缙华医药|ORG]与[辉缙|ORG]在创新药研发领域的合作已进入临床三期阶段,[缙华器械|ORG]则是[迈缙医疗|ORG]的重要零部件供应商。",
     {("缙华医药", "partners_with", "辉缙"), ("缙华器械", "supplies", "迈缙医疗")}),
    # a brand's distributor by agreement and the shops its products reach; an officer moved within the group; what a
    # power producer supplies to a customer's plant year by year
    ("12月2日,扫地机器人品牌[缙净|BRAND]宣布,已与[日本|GPE]家电贸易商[山缙株式会社|ORG]签署独家代理协议,[山缙株式会社|ORG]将负责"
     "[缙净|BRAND]全系产品在日本市场的销售,首批产品将于明年1月在[比缙相机|ORG]和[友都缙喜|ORG]上架。",
     {("缙净", "sells_on", "山缙株式会社"), ("缙净", "sells_on", "比缙相机"), ("缙净", "sells_on", "友都缙喜"),
      ("山缙株式会社", "located_in", "日本")}),
    ("[缙净|BRAND]品牌隶属于[深圳缙净智能科技有限公司|ORG]。", {("深圳缙净智能科技有限公司", "has_brand", "缙净")}),
    ("国产扫地机器人品牌[缙净|BRAND]进军日本 由[日本|GPE]家电商社[山缙|ORG]独家代理",
     {("缙净", "sells_on", "山缙"), ("山缙", "located_in", "日本")}),
    ("12月4日,[缙象集团|ORG]董事长[石缙宇|PERSON]发布内部信,宣布首席财务官[赵缙清|PERSON]升任集团总裁,原总裁[何缙新|PERSON]调任海外事业部负责人。",
     {("石缙宇", "chairman_of", "缙象集团"), ("赵缙清", "ceo_of", "缙象集团"), ("何缙新", "works_for", "缙象集团")}),
    ("根据协议,[华缙新能源|ORG]将从2026年起每年向[缙晶半导体|ORG]位于[内蒙古|GPE][包头|GPE]的硅片工厂供应约4亿千瓦时风电。",
     {("华缙新能源", "supplies", "缙晶半导体")}),
    # …and in a sentence of its own, the group the text is about
    ("[缙象集团|ORG]发布内部信。[缙象集团|ORG]宣布首席财务官[赵缙清|PERSON]升任集团总裁。原总裁[何缙新|PERSON]调任海外事业部负责人。",
     {("赵缙清", "ceo_of", "缙象集团"), ("何缙新", "works_for", "缙象集团")}),
    # the holder named is the one owned by the body named first (国资委旗下的X): X holds the shares
    ("[缙驰新材|ORG]第二大股东为[宁波市国资委|ORG]旗下的[宁波缙商集团|ORG],持股比例为12.6%。",
     {("宁波缙商集团", "shareholder_of", "缙驰新材"), ("宁波缙商集团", "subsidiary_of", "宁波市国资委")}),
    # the company's products (碳纤维产品) entering customers' supply chains, in its chairman's reported speech
    ("[缙驰新材|ORG]董事长[陆缙国|PERSON]出席。[陆缙国|PERSON]表示,公司去年营收增长,碳纤维产品已进入[中国商飞|ORG]、[缙航工业|ORG]等客户的供应链。",
     {("陆缙国", "chairman_of", "缙驰新材"), ("缙驰新材", "supplies", "中国商飞"), ("缙驰新材", "supplies", "缙航工业")}),
    # a club announcing that a player joins it
    ("职业战队[缙星电竞|ORG]在官方微博宣布,中单选手[林缙航|PERSON]正式加盟,合同期至2027赛季结束。",
     {("林缙航", "works_for", "缙星电竞")}),
    # the club (俱乐部) receiving a sponsorship, and renewing a partnership in the next clause
    ("[缙星电竞|ORG]成立于2019年。俱乐部今年获得了[蔚缙汽车|ORG]的冠名赞助,并与[雷缙|ORG](Razer)续签了外设合作协议。",
     {("缙星电竞", "sponsored_by", "蔚缙汽车"), ("缙星电竞", "partners_with", "雷缙")}),
    # feed supplied by the company's own subsidiary; its products sold through the slaughterhouses named
    ("[缙丰牧业|ORG]是国内第五大生猪养殖企业。公司的饲料主要由旗下子公司[缙丰饲料|ORG]供应,猪肉产品通过[缙汇发展|ORG]、[缙润食品|ORG]等屠宰企业销售。",
     {("缙丰饲料", "subsidiary_of", "缙丰牧业"), ("缙丰饲料", "supplies", "缙丰牧业"), ("缙丰牧业", "sells_on", "缙汇发展"),
      ("缙丰牧业", "sells_on", "缙润食品")}),
    # officers listed each with 原 before the post: former posts, no works_for
    ("[缙丰科技|ORG]原董事长[何缙明|PERSON]、原财务总监[吴缙玲|PERSON]承担连带赔偿责任。", set()),
    # the firm that audited "it" (为其提供审计服务的X)
    ("[缙丰科技|ORG]在年报中虚增营收。为其提供审计服务的[中缙华会计师事务所|ORG]被判承担连带责任。",
     {("中缙华会计师事务所", "supplies", "缙丰科技")}),
    # a brand's new ambassador described by sport and country, and its "brand friends" listed in the next clause
    ("国产运动品牌[缙跃运动|BRAND]12月2日晚在官方微博宣布,[中国|GPE]网球名将[邹缙晴|PERSON]正式成为品牌全球代言人,演员[贺缙川|PERSON]、"
     "歌手[林缙星|PERSON]则以\"品牌挚友\"身份加入。",
     {("邹缙晴", "endorses", "缙跃运动"), ("贺缙川", "endorses", "缙跃运动"), ("林缙星", "endorses", "缙跃运动")}),
    # an athlete's kit deal with a brand
    ("[邹缙晴|PERSON]此前与[美国|GPE]品牌[耐缙|BRAND]签有服装合约。", {("邹缙晴", "endorses", "耐缙"), ("耐缙", "located_in", "美国")}),
    # the company's product going on shelves at retailers, its subject left to the sentence before
    ("集换式卡牌企业[缙卡文化|ORG]宣布获得授权。首批补充包定价9.9元,将于12月20日在[名创优品|ORG]门店和[抖音|ORG]商城同步上架。",
     {("缙卡文化", "sells_on", "名创优品"), ("缙卡文化", "sells_on", "抖音")}),
    # brands listed each under its own owner
    ("目前公司合作的国际品牌还包括[欧莱雅|ORG]旗下的[科缙氏|BRAND]、[资生堂|ORG]旗下的[肌缙之钥|BRAND]等。",
     {("欧莱雅", "has_brand", "科缙氏"), ("资生堂", "has_brand", "肌缙之钥")}),
    # an e-commerce operator running a brand's stores; the one that ran its online business before
    ("电商代运营服务商[缙品电商|ORG]宣布,与护肤品牌[Dermaline|BRAND]达成合作,将全面负责该品牌在[天猫|ORG]的旗舰店运营。"
     "[Dermaline|BRAND]此前在中国市场的线上业务由[丽缙丽妆|ORG]负责。",
     {("缙品电商", "supplies", "Dermaline"), ("缙品电商", "partners_with", "Dermaline"), ("Dermaline", "sells_on", "天猫"),
      ("丽缙丽妆", "supplies", "Dermaline")}),
    # the news source's tag (【X获悉】) is no party to the round it reports
    ("【[缙氪|ORG]获悉】普惠托育连锁品牌\"[缙宝贝|BRAND]\"近日完成1.2亿元B轮融资,本轮由[红杉中国|ORG]领投。",
     {("红杉中国", "led_round", "缙宝贝"), ("红杉中国", "investor_in", "缙宝贝")}),
    # sponsors named after the filing, their client left to the company the text is about
    ("[缙安生命|ORG]向港交所递交上市申请。[缙安生命|ORG]成立于2008年,[中信证券|ORG]和[海通国际|ORG]为联席保荐人。",
     {("中信证券", "supplies", "缙安生命"), ("海通国际", "supplies", "缙安生命")}),
    # one of a company's founders
    ("[阿里巴巴|ORG]创始人之一的[谢缙煌|PERSON]旗下基金持股6.5%。", {("阿里巴巴", "cofounder", "谢缙煌")}),
    # the rest of a company's shares held by its founder, in a text about the buyer
    ("[途缙养车|ORG]公告称,[途缙养车|ORG]拟收购[缙驰驾校|ORG]60%的股权。[途缙养车|ORG]表示看好驾培市场。"
     "[缙驰驾校|ORG]的其余40%股权仍由创始人[赵缙江|PERSON]持有。",
     {("缙驰驾校", "founder", "赵缙江"), ("赵缙江", "shareholder_of", "缙驰驾校")}),
    # a round an investor took part in (由X参与投资的A轮融资)
    ("[缙次元|BRAND]今年7月完成由[泡缙玛特|ORG]参与投资的数亿元A轮融资。", {("泡缙玛特", "investor_in", "缙次元")}),
    # the licensors whose goods a retailer's stores sell (来自A、B和C的授权商品)
    ("[缙次元|BRAND]由创业者[周缙琳|PERSON]创立。[周缙琳|PERSON]介绍,门店销售的IP商品中,来自[米缙游|ORG]、[阅缙集团|ORG]和[B缙|ORG]"
     "的授权商品占比超过六成。",
     {("缙次元", "founder", "周缙琳"), ("米缙游", "supplies", "缙次元"), ("阅缙集团", "supplies", "缙次元"),
      ("B缙", "supplies", "缙次元")}),
    # a father and son as the actual controllers
    ("[缙泰股份|ORG]成立于2005年,实际控制人为[邵建国|PERSON]、[邵缙辉|PERSON]父子。",
     {("邵建国", "shareholder_of", "缙泰股份"), ("邵缙辉", "shareholder_of", "缙泰股份")}),
    # peers of a trade named, then the company contrasted with them (A、B等险企…,而C选择…)
    ("业内人士指出,[泰康人寿|ORG]、[大家保险|ORG]等险企此前已通过自建方式布局养老社区,而[缙康人寿|ORG]选择与专业运营商合作的轻资产模式。",
     {("缙康人寿", "competitor_of", "泰康人寿"), ("缙康人寿", "competitor_of", "大家保险")}),
    # brands' shops on a marketplace's country site
    ("[缙森科技|ORG]发布公告。公司旗下\"[Luminex|BRAND]\"和\"[PetNova|BRAND]\"两个品牌在[亚马逊|ORG][美国|GPE]站的店铺被暂停销售。",
     {("缙森科技", "has_brand", "Luminex"), ("缙森科技", "has_brand", "PetNova"), ("Luminex", "sells_on", "亚马逊"),
      ("PetNova", "sells_on", "亚马逊")}),
    # a marketplace whose shops a company's brands have is not one of its brands
    ("[缙森科技|ORG]旗下3个品牌[亚马逊|ORG]店铺被封。", set()),
    # 公告称,公司: the company the report says announced; stock moved to other channels
    ("12月1日,跨境电商企业[缙森科技|ORG]发布公告称,公司旗下品牌店铺被封。公告称,公司已成立专项小组与[亚马逊|ORG]沟通申诉,同时加快向"
     "[沃尔玛|ORG]、[TikTok|ORG]等渠道转移库存。",
     {("缙森科技", "sells_on", "沃尔玛"), ("缙森科技", "sells_on", "TikTok")}),
    # peers described alike (同为深圳跨境大卖的A、B)
    ("[缙森科技|ORG]总部位于[深圳|GPE]。此前,同为[深圳|GPE]跨境大卖的[有棵树|ORG]、[帕拓逊|ORG]等企业也曾遭遇类似的封号潮。",
     {("缙森科技", "located_in", "深圳"), ("缙森科技", "competitor_of", "有棵树"), ("缙森科技", "competitor_of", "帕拓逊")}),
    # the company's products in customers' supply systems, 目前 before 公司
    ("[缙能科技|ORG]成立于2021年。目前公司的钠电池产品还已进入[台铃|ORG]、[爱玛|ORG]的供应体系。",
     {("缙能科技", "supplies", "台铃"), ("缙能科技", "supplies", "爱玛")}),
    # a licence for an IP another company owns (获得X旗下IP《Y》的…授权): X licenses it
    ("沉浸式娱乐品牌[缙境|BRAND]12月3日宣布,已获得[阅缙集团|ORG]旗下IP《[鬼缙灯|PRODUCT]》的密室逃脱改编授权。",
     {("阅缙集团", "supplies", "缙境")}),
    # 公司 taking a strategic investment (获得了X的战略投资)
    ("[缙境|BRAND]创始人[郭缙远|PERSON]介绍,品牌门店212家。[缙境|BRAND]的运营主体为[长沙缙境文化科技有限公司|ORG]。今年5月,公司获得了"
     "[芒果缙旅基金|ORG]的战略投资。",
     {("缙境", "founder", "郭缙远"), ("芒果缙旅基金", "investor_in", "缙境"), ("长沙缙境文化科技有限公司", "has_brand", "缙境")}),
    # a company whose listing application the report opens with is what 公司 means past a lead-in (股权结构方面,公司…),
    # and a holder ranked after its stake (X持股14.2%,为第二大股东)
    ("12月2日,智能家居企业[缙米科技|ORG]的科创板IPO申请获上交所受理。2024年公司营收28.6亿元,其中来自[小米集团|ORG]的收入占比约为41%。\n"
     "股权结构方面,公司创始人、董事长[曹缙新|PERSON]直接持有公司23.5%的股份;[小米|ORG]旗下的[天津缙米投资合伙企业|ORG]持股14.2%,为第二大股东。",
     {("缙米科技", "supplies", "小米集团"), ("缙米科技", "founder", "曹缙新"), ("曹缙新", "chairman_of", "缙米科技"),
      ("曹缙新", "shareholder_of", "缙米科技"), ("天津缙米投资合伙企业", "subsidiary_of", "小米"),
      ("天津缙米投资合伙企业", "shareholder_of", "缙米科技")}),
    # a whole acquisition of a quoted brand, done
    ("一站式婚礼服务平台[缙喜婚礼|ORG]12月4日宣布,已完成对婚宴酒店预订平台\"[到缙啦|BRAND]\"的全资收购。",
     {("到缙啦", "subsidiary_of", "缙喜婚礼"), ("缙喜婚礼", "shareholder_of", "到缙啦")}),
    # a store opened in a mall named with its city
    ("名单显示,[喜茶|ORG]在[西安|GPE][SKP|ORG]开设的全国首家\"[喜茶|ORG]·茶坊\"获得全国首店奖励。", {("喜茶", "sells_on", "SKP")}),
    # trademarks held by a company and bought at auction by another: both own the brand
    ("原[杭州缙泉饮品有限公司|ORG]名下的\"[缙泉|BRAND]\"系列商标共12件,经过47轮竞价,最终以38.6万元成交,买受人为[福建闽缙食品有限公司|ORG]。",
     {("杭州缙泉饮品有限公司", "has_brand", "缙泉"), ("福建闽缙食品有限公司", "has_brand", "缙泉")}),
    # an owner inside a list owns only the item right after it
    ("首批成员单位共32家,包括[亿航智能|ORG]、[顺丰|ORG]旗下的[丰缙科技|ORG]、[美团|ORG]无人机以及[缙飞科技|ORG]等企业。",
     {("丰缙科技", "subsidiary_of", "顺丰")}),
    # a headline's space ends what was set up in a place
    ("[缙空经济产业联盟|ORG]在[深圳|GPE]成立 [亿航智能|ORG]、[缙飞科技|ORG]等32家企业首批加入", {("缙空经济产业联盟", "located_in", "深圳")}),
    # its products on customers' procurement lists (其产品已进入…的采购名录)
    ("[缙飞科技|ORG]成立于2016年,主营工业级无人机,其产品已进入[国家电网|ORG]和[南方电网|ORG]的采购名录。",
     {("缙飞科技", "supplies", "国家电网"), ("缙飞科技", "supplies", "南方电网")}),
    # products that will be sold through retailers (首批产品将通过A和B销售)
    ("[闽缙食品|ORG]总经理[林缙杰|PERSON]表示,公司计划明年推出复刻版汽水,首批产品将通过[盒马|ORG]和[美团优选|ORG]销售。",
     {("林缙杰", "ceo_of", "闽缙食品"), ("闽缙食品", "sells_on", "盒马"), ("闽缙食品", "sells_on", "美团优选")}),
    # an alliance's chair, held by another company's chairman (联盟首任理事长由X担任)
    ("[深圳市缙空经济产业联盟|ORG]在[深圳|GPE]成立。联盟首任理事长由[缙飞科技|ORG]董事长[王缙峰|PERSON]担任。",
     {("深圳市缙空经济产业联盟", "located_in", "深圳"), ("王缙峰", "chairman_of", "深圳市缙空经济产业联盟"),
      ("王缙峰", "chairman_of", "缙飞科技")}),
    # a brand belonging to a group described by its country and trade (隶属于法国奢侈品集团X)
    ("[缙莱|BRAND]隶属于[法国|GPE]奢侈品集团[开缙|ORG],2024年全球销售额约为19亿欧元。", {("开缙", "has_brand", "缙莱")}),
    # a career's years, then a brand of one's own, in later clauses of a profile
    ("[缙思远|PERSON]现年41岁,毕业于[伦敦中央圣马丁学院|ORG],2015年至2022年在[Gucci|BRAND]担任男装设计总监,此后创立了个人品牌"
     "[SZ Studio|BRAND]。",
     {("缙思远", "works_for", "Gucci"), ("SZ Studio", "founder", "缙思远")}),
    # joining an alliance
    ("[缙鹏航空|ORG]宣布正式加入[星空联盟|ORG],成为该联盟第27家成员航空公司。", {("缙鹏航空", "partners_with", "星空联盟")}),
    # a controlling holder with its stake in the next clause: a majority makes it the parent
    ("[缙鹏航空|ORG]成立于2009年,控股股东为[云南省缙投控股集团|ORG],持股比例为51%。",
     {("云南省缙投控股集团", "shareholder_of", "缙鹏航空"), ("缙鹏航空", "subsidiary_of", "云南省缙投控股集团")}),
    # the company's own drug, named in quotes
    ("[缙康制药|ORG]与[拜耳|ORG]签署协议,双方将共同推广公司自主研发的1类创新药\"[缙糖宁|BRAND]\"。",
     {("缙康制药", "has_brand", "缙糖宁"), ("缙康制药", "partners_with", "拜耳")}),
    # an angel investment from another company's founder
    ("资料显示,[缙冰饮品|ORG]成立于2019年,总部位于[广州|GPE],此前获得了[农夫山泉|ORG]创始人[钟缙睒|PERSON]个人的天使投资。",
     {("缙冰饮品", "located_in", "广州"), ("农夫山泉", "founder", "钟缙睒"), ("钟缙睒", "investor_in", "缙冰饮品")}),
    # the rest of a company's shares, held by a body another owns, in a later clause
    ("交易完成后,[北缙湖|ORG]将成为[缙雪度假|ORG]的控股子公司,其余30%股权仍由[缙林市国资委|ORG]旗下的[缙林城投|ORG]持有。",
     {("北缙湖", "subsidiary_of", "缙雪度假"), ("缙雪度假", "shareholder_of", "北缙湖"), ("缙林城投", "shareholder_of", "北缙湖"),
      ("缙林城投", "subsidiary_of", "缙林市国资委")}),
    # the company's product made in parts: one part its own, the other by a contract maker
    ("[缙光科技|ORG]成立于2017年。公司无人机的飞控系统由自主研发,机身则由[深圳缙鹰智能|ORG]代工生产。",
     {("深圳缙鹰智能", "supplies", "缙光科技")}),
    # a sustainability director
    ("[缙泉饮料|BRAND]可持续发展总监[王缙珊|PERSON]表示,公司计划提高再生塑料的使用比例。", {("王缙珊", "works_for", "缙泉饮料")}),
    # the suppliers of a purchase (完成了一笔…的采购,供应商包括A和B)
    ("据知情人士透露,大模型创业公司[缙智科技|ORG]近期完成了一笔约1万张AI加速卡的采购,供应商包括[华为昇腾|BRAND]和[寒缙纪|ORG]。",
     {("华为昇腾", "supplies", "缙智科技"), ("寒缙纪", "supplies", "缙智科技")}),
    # a project's contractor, a delivery service and a materials supplier, their client left to the company
    ("烘焙连锁品牌[缙麦坊|BRAND]将投资5亿元建设华中中央工厂,项目由[中建八局|ORG]总承包。[缙麦坊|BRAND]副总裁[蔡缙静|PERSON]介绍,"
     "[缙麦坊|BRAND]门店526家。新工厂的冷链配送将由[顺丰冷运|ORG]负责,面粉等原料主要采购自[益海嘉里|ORG]。",
     {("中建八局", "supplies", "缙麦坊"), ("顺丰冷运", "supplies", "缙麦坊"), ("益海嘉里", "supplies", "缙麦坊"),
      ("蔡缙静", "works_for", "缙麦坊")}),
    # a company's computing centre in a place is no head office there
    ("这批算力将部署在[缙智科技|ORG]位于[内蒙古|GPE][乌兰察布|GPE]的智算中心。", set()),
    # parts of "the model" by their makers: the phone's brand buys them, not the chip maker named before
    ("手机品牌[缙米|BRAND]即将发布的千元机由[华勤技术|ORG]负责整机设计和生产。该机型采用[联发科|ORG]天玑7300处理器,屏幕由[天马微电子|ORG]供应,"
     "电池由[欣旺达|ORG]供应。",
     {("联发科", "supplies", "缙米"), ("天马微电子", "supplies", "缙米"), ("欣旺达", "supplies", "缙米")}),
    # a maker's other customers (客户还包括A、B和C)
    ("[华缙技术|ORG]是全球最大的手机ODM厂商之一,客户还包括[小米|ORG]、[荣耀|ORG]和[OPPO|ORG]。",
     {("华缙技术", "supplies", "小米"), ("华缙技术", "supplies", "荣耀"), ("华缙技术", "supplies", "OPPO")}),
    # a post kept (继续担任总经理) is at the organisation the person already heads, not the buyer the sentence opens with
    ("[濛酿|BRAND]创始人[王濛文|PERSON]表示欢迎。[华濛啤酒|ORG]方面表示,收购完成后[濛酿|BRAND]将独立运营,[王濛文|PERSON]继续担任总经理。",
     {("濛酿", "founder", "王濛文"), ("王濛文", "ceo_of", "濛酿")}),
    # an officer's stake now (X创始人Y的持股比例降至18%) is a holding in X
    ("[濛酿|ORG]创始人[王濛文|PERSON]的持股比例降至18%。", {("濛酿", "founder", "王濛文"), ("王濛文", "shareholder_of", "濛酿")}),
    # a brand bought (收购X之后) is the buyer's brand; a business of it bought is no brand
    ("这是继[百濛亚太|ORG]收购[拳濛猫|BRAND]之后,行业又一起并购。", {("百濛亚太", "has_brand", "拳濛猫")}),
    ("[百濛亚太|ORG]收购了[拳濛猫|BRAND]在华业务。", set()),
    # titles listed before the name (创始人、董事长兼首席执行官X) at the company the document is about; a job before, in
    # a later clause past a description of the person
    ("[濛齿口腔|ORG]成立于2011年。\n创始人、董事长兼首席执行官[陈濛|PERSON]为口腔医学博士,曾在[濛江医院|ORG]担任主治医师。",
     {("濛齿口腔", "founder", "陈濛"), ("陈濛", "chairman_of", "濛齿口腔"), ("陈濛", "ceo_of", "濛齿口腔"),
      ("陈濛", "works_for", "濛江医院")}),
    # the contract maker the speaker names (合作的代工厂是X) makes for the speaker's company
    ("[濛宠|BRAND]创始人[刘濛远|PERSON]接受采访。\n刘濛远:我们没有自己的工厂,合作的代工厂是[乖濛宠物|ORG]。",
     {("濛宠", "founder", "刘濛远"), ("乖濛宠物", "supplies", "濛宠")}),
    # an interview's subject: how "a new brand" (the guest's) grew up on platforms
    ("编者按:本期我们邀请到宠物食品品牌[濛宠|BRAND]的创始人[刘濛远|PERSON],聊聊一个新品牌怎样在[天猫|ORG]和[抖音|ORG]上长大。",
     {("濛宠", "founder", "刘濛远"), ("濛宠", "grew_on", "天猫"), ("濛宠", "grew_on", "抖音")}),
    # founded by two (由A与B共同创办) and its head office in the clause after: the company's, not a venture's
    ("[濛家教育|ORG]成立于2014年,由[孙濛华|PERSON]与[赵濛鸣|PERSON]共同创办,总部位于[北京|GPE]。",
     {("濛家教育", "founder", "孙濛华"), ("濛家教育", "founder", "赵濛鸣"), ("濛家教育", "located_in", "北京")}),
    # a stake held through a platform of the holder's (X旗下投资平台持股12%), and stakes listed after a registry's
    # lead-in (工商信息显示,A持股60%,其妻子B持股20%): holdings in the company the text is about
    ("[濛家教育|ORG]成立于2014年。工商信息显示,[好未来|ORG]旗下投资平台持股12%。", {("好未来", "shareholder_of", "濛家教育")}),
    ("[濛园|ORG]开业于2017年。运营方的工商信息显示,[李濛然|PERSON]持股60%,其妻子[王濛静|PERSON]持股20%。",
     {("李濛然", "shareholder_of", "濛园"), ("王濛静", "shareholder_of", "濛园")}),
    # a title after the agent's 被 (公章被董事长X强行取走): the post at the company the document is about
    ("在线教育公司[濛家教育|ORG]发生控制权纠纷。公司公章于12月3日被董事长[孙濛华|PERSON]强行取走。[濛家教育|ORG]成立于2014年。",
     {("孙濛华", "chairman_of", "濛家教育")}),
    # parts supplied to 公司 (公司核心关节模组由X供应) and a solution's maker (视觉方案采用X的3D相机)
    ("[濛动科技|ORG]成立于2021年。公司核心关节模组由[绿濛谐波|ORG]供应,视觉方案采用[奥濛中光|ORG]的3D相机。",
     {("绿濛谐波", "supplies", "濛动科技"), ("奥濛中光", "supplies", "濛动科技")}),
    # a streamer who is a platform's (X是快手平台头部带货主播)
    ("据了解,[陈濛|PERSON]是[快手|ORG]平台头部带货主播,粉丝超过2600万。", {("陈濛", "livestreams_on", "快手")}),
    # a restaurant opened in a city (开业于广州) is there; a chain's store opened there says nothing of the chain
    ("[濛园|ORG]2017年开业于[广州|GPE]天河。", {("濛园", "located_in", "广州")}),
    ("[濛园|ORG]首家门店2017年开业于[广州|GPE]天河。", set()),
    # a job at a unit of the organisation (在X的龙景轩工作)
    ("主厨[李濛然|PERSON]曾在[香港|GPE][四季酒店|ORG]的龙景轩工作八年。", {("李濛然", "works_for", "四季酒店")}),
    # founded with unnamed others (与学生共同创办了…企业X), and the post the founder still holds there
    ("2018年,[周濛|PERSON]与学生共同创办了新材料企业[濛研科技|ORG],目前仍担任该公司首席科学家。",
     {("濛研科技", "founder", "周濛"), ("周濛", "works_for", "濛研科技")}),
    ("[周濛|PERSON]创办了[濛研科技|ORG],担任公司董事长。",
     {("濛研科技", "founder", "周濛"), ("周濛", "chairman_of", "濛研科技")}),
    # a post held before (此前担任) that the headline calls former (原X副校长) is no job there, as in a12's convention
    ("[濛江大学|ORG]迎来新校长 原[华东理工大学|ORG]副校长[周濛|PERSON]任职\n"
     "[濛江大学|ORG]宣布[周濛|PERSON]任[濛江大学|ORG]校长。[周濛|PERSON]此前担任[华东理工大学|ORG]副校长,是材料科学领域专家。",
     {("周濛", "works_for", "濛江大学")}),
    # nominations from two carmakers (收到A和B的定点通知书); the customers it has now (现有客户包括…)
    ("[濛驰科技|ORG]发布公告称,公司近日收到[吉利汽车|ORG]和[长安汽车|ORG]的定点通知书,将为其供应线控制动系统。",
     {("濛驰科技", "supplies", "吉利汽车"), ("濛驰科技", "supplies", "长安汽车")}),
    ("[濛驰科技|ORG]成立于2016年,是国内少数实现线控制动量产的供应商之一,现有客户包括[理想汽车|ORG]、[零跑汽车|ORG]和[奇瑞汽车|ORG]。",
     {("濛驰科技", "supplies", "理想汽车"), ("濛驰科技", "supplies", "零跑汽车"), ("濛驰科技", "supplies", "奇瑞汽车")}),
    # a founder joining with the team (X及约30名核心研发人员将加入Y)
    ("[濛光智能|ORG]创始人[吴濛|PERSON]及约30名核心研发人员将加入[字节跳动|ORG]。",
     {("濛光智能", "founder", "吴濛"), ("吴濛", "works_for", "字节跳动")}),
    # a brand announcing who joins it (X宣布,…Y正式加入,出任首席产品官); a former post elsewhere is no job there
    ("国产瑜伽服品牌[濛野|BRAND]ZHAOYE近日宣布,前[Lululemon|BRAND]中国区产品副总裁[Jessica Lin|PERSON]正式加入,出任首席产品官。",
     {("Jessica Lin", "works_for", "濛野")}),
    ("[濛野|BRAND]宣布,[Jessica Lin|PERSON]正式加入。", {("Jessica Lin", "works_for", "濛野")}),
    # a group known as a brand buying one (安踏集团则在2022年收购了Maia Active)
    ("[安踏|BRAND]则在2022年收购了[Maia Active|BRAND]。", {("安踏", "has_brand", "Maia Active")}),
    # a procurement's items, each under its label (刻蚀设备:中标方为A和B; 清洗设备:C中标; 光刻机:仍采购自D): the buyer's
    ("[濛芯集成|ORG]披露了设备采购结果。要点如下:\n• 刻蚀设备:中标方为[中微公司|ORG]和[北方华创|ORG],合计32台;\n"
     "• 清洗设备:[盛美上海|ORG]中标,共12台;\n• 光刻机:仍采购自[阿斯麦|ORG],共4台。\n[濛芯集成|ORG]成立于2020年。",
     {("中微公司", "supplies", "濛芯集成"), ("北方华创", "supplies", "濛芯集成"), ("盛美上海", "supplies", "濛芯集成"),
      ("阿斯麦", "supplies", "濛芯集成")}),
    # a brand's supply-chain company (X旗下供应链企业Y), its outside customers, and the brand's stores it supplies
    ("新茶饮品牌[濛茶|BRAND]旗下供应链企业[濛源供应链|ORG]近日表示,将为其他品牌供货。", {("濛源供应链", "subsidiary_of", "濛茶")}),
    ("[濛源供应链|ORG]近日表示,公司已开始为其他茶饮品牌提供原料,目前外部客户包括[书亦烧仙草|BRAND]和[甜啦啦|ORG]。",
     {("濛源供应链", "supplies", "书亦烧仙草"), ("濛源供应链", "supplies", "甜啦啦")}),
    ("[濛源供应链|ORG]主要产品为茶叶和鲜果,目前每年向[濛茶|BRAND]的3800家门店供货额超过10亿元。", {("濛源供应链", "supplies", "濛茶")}),
    # a headline quoting the founder (X创始人:…) over a transcript with one answering speaker: the speaker's company
    # opened a shop on a platform (去天猫开了店), its factory, rivals it praises, the round a fund led, and who founded it
    ("[濛肌|BRAND]创始人:我们做到了年销5亿\n记者:[濛肌|BRAND]是怎么开始的?\n"
     "[林濛然|PERSON]:2020年我和我的合伙人[张濛|PERSON]在[杭州|GPE]做了这个品牌。后来才去[天猫|ORG]开了店。\n记者:工厂呢?\n"
     "[林濛然|PERSON]:我们的工厂是[科濛美诗|ORG]。\n记者:怎么看竞争?\n"
     "[林濛然|PERSON]:[薇诺娜|BRAND]和[玉泽|ORG]都做得很好,我们更专注在油皮这个细分。\n记者:有没有拿融资?\n"
     "[林濛然|PERSON]:去年拿了1亿的A轮,是由[高榕资本|ORG]领投的。",
     {("濛肌", "founder", "林濛然"), ("濛肌", "founder", "张濛"), ("濛肌", "located_in", "杭州"), ("濛肌", "sells_on", "天猫"),
      ("科濛美诗", "supplies", "濛肌"), ("濛肌", "competitor_of", "薇诺娜"), ("濛肌", "competitor_of", "玉泽"),
      ("高榕资本", "led_round", "濛肌"), ("高榕资本", "investor_in", "濛肌")}),
    # a stake its holder plans to sell is held now (拟公开挂牌转让其持有的X 49%股权); a majority holder named in a later
    # clause with its stake (控股股东为Y,持股51%) is the parent
    ("[濛川能源|ORG]拟公开挂牌转让其持有的[濛江电力|ORG]49%股权,转让底价为28.6亿元。", {("濛川能源", "shareholder_of", "濛江电力")}),
    ("[濛江电力|ORG]成立于2008年,总部位于[四川|GPE][成都|GPE],主要从事水电站的开发与运营,装机容量约120万千瓦,控股股东为[四川濛投|ORG],"
     "持股51%。",
     {("濛江电力", "located_in", "成都"), ("四川濛投", "shareholder_of", "濛江电力"), ("濛江电力", "subsidiary_of", "四川濛投")}),
    # a results report's brands (分品牌看,主品牌A实现营收…;童装品牌B营收…;2022年收购的意大利品牌C营收…): the reporter's
    # (…but not a brand a holiday's sales list names, 运动品牌X销售额5.3亿元, nor a franchisor's 品牌方)
    ("[濛森服饰|ORG]发布三季报。分品牌看,童装品牌[小濛|BRAND]营收9.8亿元;主品牌[濛森|BRAND]实现营收38.6亿元;"
     "2022年收购的[意大利|GPE]品牌[Velmoro|BRAND]营收4.2亿元。[濛森服饰|ORG]董事长[周濛明|PERSON]表示满意。",
     {("濛森服饰", "has_brand", "濛森"), ("濛森服饰", "has_brand", "小濛"), ("濛森服饰", "has_brand", "Velmoro"),
      ("Velmoro", "located_in", "意大利"), ("周濛明", "chairman_of", "濛森服饰")}),
    ("天猫双11收官数据显示,多个国货品牌表现亮眼:[濛禾美妆|BRAND]全周期销售额达12亿元;运动品牌[濛行体育|BRAND]销售额5.3亿元。",
     set()),
    # customers ranked in a later clause (第二大客户为X); work done by another in a later clause (封装测试由Y完成)
    ("[濛微科技|ORG]成立于2018年,其中向第一大客户[阿里云|ORG]的销售额占比达61.3%,第二大客户为[浪潮信息|ORG]。",
     {("濛微科技", "supplies", "阿里云"), ("濛微科技", "supplies", "浪潮信息")}),
    ("[濛微科技|ORG]成立于2018年。公司芯片由[台积电|ORG]代工,封装测试由[日月光|ORG]完成。",
     {("台积电", "supplies", "濛微科技"), ("日月光", "supplies", "濛微科技")}),
    # a brand signing an athlete described with a country (签约中国马拉松名将X为品牌代言人)
    ("国产跑鞋品牌[濛跑|BRAND]宣布签约[中国|GPE]马拉松名将[何濛|PERSON]为品牌代言人,双方合约期为四年。", {("何濛", "endorses", "濛跑")}),
    # a founder announcing a new firm (X近日宣布成立新机构Y); a fund's investors with no article before 基金 (基金的出资人
    # 包括…): the firm the sentence before opens with
    ("消费领域投资人[周濛|PERSON]近日宣布成立新机构[濛光资本|ORG],首期美元基金募资规模约1.5亿美元。"
     "[濛光资本|ORG]的另一位创始合伙人为[陈濛|PERSON]。基金的出资人包括[淡马锡|ORG]、[新加坡政府投资公司|ORG]以及多家家族办公室。",
     {("濛光资本", "founder", "周濛"), ("濛光资本", "cofounder", "陈濛"), ("陈濛", "partner_of", "濛光资本"),
      ("淡马锡", "investor_in", "濛光资本"), ("新加坡政府投资公司", "investor_in", "濛光资本")}),
    # a streamer named with the platform's kind of host (抖音美妆主播"X"); an agency signed with before (此前签约于MCN
    # 机构Y); a company set up clauses later (…合约到期后成立了个人公司Z)
    ("拥有超过1800万粉丝的[抖音|ORG]美妆主播\"[濛濛|PERSON]\"在[快手|ORG]开启首场直播。", {("濛濛", "livestreams_on", "抖音"), ("濛濛", "livestreams_on", "快手")}),
    ("[濛濛|PERSON]此前签约于MCN机构[遥望科技|ORG],今年9月合约到期后成立了个人公司[濛光文化|ORG]。",
     {("濛濛", "works_for", "遥望科技"), ("濛光文化", "founder", "濛濛")}),
    # a co-founder who also heads a unit (联合创始人、海外业务负责人X)
    ("[濛茶|BRAND]联合创始人、海外业务负责人[周濛怡|PERSON]表示,选择本地企业合作可以更快适应市场。", {("濛茶", "cofounder", "周濛怡")}),
    # a unit a company shuts (将关闭旗下位于成都的"X"), and its head joining another's unit clauses later
    ("游戏公司[濛游网络|ORG]近日确认,将关闭旗下位于[成都|GPE]的\"[星濛工作室|ORG]\",涉及员工约150人。",
     {("星濛工作室", "subsidiary_of", "濛游网络")}),
    ("[星濛工作室|ORG]负责人[李濛然|PERSON]已于上月离职,据悉将加入[网易|ORG]旗下的[雷濛工作室|ORG]。",
     {("李濛然", "works_for", "星濛工作室"), ("李濛然", "works_for", "雷濛工作室"), ("雷濛工作室", "subsidiary_of", "网易")}),
    # the top customers listed (前五大客户分别为A、B和C); materials bought from (原材料为…,分别采购自D和E); the sponsor in
    # a clause after the offering's lead-in (本次IPO,X拟募资15亿元,保荐人为Y)
    ("[濛芯半导体|ORG]近日更新科创板招股书。招股书显示,2023年公司前五大客户分别为[中芯国际|ORG]、[华虹半导体|ORG]和[晶合集成|ORG],合计占比78.6%。",
     {("濛芯半导体", "supplies", "中芯国际"), ("濛芯半导体", "supplies", "华虹半导体"), ("濛芯半导体", "supplies", "晶合集成")}),
    ("[濛芯半导体|ORG]主要产品为刻蚀设备零部件。公司主要原材料为高纯石英和碳化硅,分别采购自[菲利华|ORG]和[天岳先进|ORG]。\n\n"
     "本次IPO,[濛芯半导体|ORG]拟募资15亿元,保荐人为[中金公司|ORG]。",
     {("菲利华", "supplies", "濛芯半导体"), ("天岳先进", "supplies", "濛芯半导体"), ("中金公司", "supplies", "濛芯半导体")}),
    # rivals a CEO quotes the company will not fight (我们不会跟A和B去打9块9的价格战); roasting done by a partner
    ("连锁咖啡品牌[濛咖啡|BRAND]CEO[刘濛宇|PERSON]表示,\"我们不会跟[瑞幸|BRAND]和[库迪|BRAND]去打9块9的价格战。\"",
     {("刘濛宇", "ceo_of", "濛咖啡"), ("濛咖啡", "competitor_of", "瑞幸"), ("濛咖啡", "competitor_of", "库迪")}),
    ("[濛咖啡|BRAND]成立于2020年。公司的咖啡豆主要来自云南普洱,烘焙由合作方[上海濛焙食品|ORG]负责。",
     {("上海濛焙食品", "supplies", "濛咖啡")}),
    # a centre's services each done by another, clause after clause and past a semicolon (机房运维由A负责,电力由B供应;
    # 服务器由C和D提供): the builder's suppliers
    ("[濛云数据|ORG]乌兰察布数据中心投运。据介绍,该数据中心由[濛云数据|ORG]投资建设,机房运维由[万国数据|ORG]负责,电力主要由[濛电集团|ORG]供应,其中绿电占比超过60%。"
     "服务器由[浪潮信息|ORG]和[华为|ORG]提供。[濛云数据|ORG]成立于2017年。",
     {("万国数据", "supplies", "濛云数据"), ("濛电集团", "supplies", "濛云数据"), ("浪潮信息", "supplies", "濛云数据"),
      ("华为", "supplies", "濛云数据")}),
    # an airline's fleet by its makers (机队规模为68架,主要为A的A320系列飞机,另有6架B的C919)
    ("[濛鹏航空|ORG]总部位于[西安|GPE],目前机队规模为68架,主要为[空客|ORG]A320系列飞机,另有6架[中国商飞|ORG]的C919。",
     {("濛鹏航空", "located_in", "西安"), ("空客", "supplies", "濛鹏航空"), ("中国商飞", "supplies", "濛鹏航空")}),
    # a filer's controllers, a founder and his wife (控股股东、实际控制人为创始人X及其妻子Y); its products in chains
    ("休闲零食企业[濛味食品股份有限公司|ORG](以下简称\"[濛味食品|ORG]\")近日向[深交所|ORG]主板递交招股书。\n"
     "公司采取经销为主的销售模式,截至今年6月末拥有经销商2300余家,产品进入[沃尔玛|ORG]、[永辉超市|ORG]和[大润发|ORG]等商超,"
     "线上则主要通过[天猫|ORG]销售。\n公司控股股东、实际控制人为创始人[周濛|PERSON]及其妻子[刘濛|PERSON],二人合计持股71.5%。",
     {("濛味食品股份有限公司", "sells_on", "沃尔玛"), ("濛味食品股份有限公司", "sells_on", "永辉超市"),
      ("濛味食品股份有限公司", "sells_on", "大润发"), ("濛味食品股份有限公司", "sells_on", "天猫"),
      ("濛味食品股份有限公司", "founder", "周濛"), ("周濛", "shareholder_of", "濛味食品股份有限公司"),
      ("刘濛", "shareholder_of", "濛味食品股份有限公司")}),
    # a carmaker's deliveries by brand (分品牌看,…子品牌A交付…,高端品牌B交付…): its brands
    ("[濛驰汽车|ORG]公布11月交付数据。[濛驰汽车|ORG]当月共交付新车42150辆。分品牌看,主打家用市场的子品牌[濛光|BRAND]交付24600辆,"
     "高端品牌[濛曜|BRAND]交付11200辆,其余为濛驰品牌车型。[濛驰汽车|ORG]表示。",
     {("濛驰汽车", "has_brand", "濛光"), ("濛驰汽车", "has_brand", "濛曜")}),
    # drugs licensed in from a company abroad (公司此前已从美国X引进了两款药物)
    ("[濛康药业|ORG]总部位于[苏州|GPE]。公司此前已从[美国|GPE][Arcus Biosciences|ORG]引进了两款免疫治疗药物。",
     {("濛康药业", "located_in", "苏州"), ("Arcus Biosciences", "supplies", "濛康药业"), ("Arcus Biosciences", "located_in", "美国")}),
    # the new company a merger forms (合并成立X … 新公司董事长); a holder with 则 (Y则是Z的第二大股东)
    ("[濛达快递|ORG]和[顺濛速运|ORG]宣布合并,双方将以换股方式合并成立[濛顺物流集团|ORG]。[濛达快递|ORG]创始人[陈濛|PERSON]将出任新公司董事长。"
     "[京东物流|ORG]则是[顺濛速运|ORG]的第二大股东。",
     {("濛达快递", "founder", "陈濛"), ("陈濛", "chairman_of", "濛顺物流集团"),
      ("京东物流", "shareholder_of", "顺濛速运")}),
    # partners a later clause lists (合作车企包括A和B)
    ("[濛能换电|ORG]成立于2019年,总部位于[上海|GPE],目前已在全国建成换电站1100座,主要服务网约车和出租车,合作车企包括[吉利|ORG]和[长安|ORG]。",
     {("濛能换电", "located_in", "上海"), ("濛能换电", "partners_with", "吉利"), ("濛能换电", "partners_with", "长安")}),
    # channels after a place (在欧洲主要通过A和家电连锁B销售), a supply deal a later clause signs (还与零售商X签订了独家供货协议)
    ("[濛石科技|ORG]发布年报。公司在[欧洲|LOC]主要通过[亚马逊|ORG]和家电连锁[Lumamarkt|ORG]销售,2025年还与[法国|GPE]零售商[Bellange|ORG]签订了独家供货协议。",
     {("濛石科技", "sells_on", "亚马逊"), ("濛石科技", "sells_on", "Lumamarkt"), ("濛石科技", "supplies", "Bellange"),
      ("Bellange", "located_in", "法国")}),
    # a joint lab 公司 builds with a university; parts supplied by a company placed first (由深圳的X供应)
    ("[濛石科技|ORG]发布年报。公司与[华南理工大学|ORG]共建的联合实验室于去年揭牌。[濛石科技|ORG]的激光雷达主要由[深圳|GPE]的[镭濛智能|ORG]供应。",
     {("濛石科技", "partners_with", "华南理工大学"), ("镭濛智能", "supplies", "濛石科技"), ("镭濛智能", "located_in", "深圳")}),
    # a milk-supply agreement: the partner supplies the signer
    ("2019年,[濛牧营养|ORG]与[新西兰|GPE]乳业合作社[Dairy Moss Co-operative|ORG]签署十年奶源协议。",
     {("Dairy Moss Co-operative", "supplies", "濛牧营养"), ("Dairy Moss Co-operative", "located_in", "新西兰")}),
    # paying enterprise customers in a later clause
    ("[溯濛智能|ORG]的首款产品[溯濛|BRAND]于今年5月上线,付费企业客户包括[吉利汽车|ORG]和[海康威视|ORG]。",
     {("溯濛智能", "has_brand", "溯濛"), ("溯濛智能", "supplies", "吉利汽车"), ("溯濛智能", "supplies", "海康威视")}),
    # jobs held before: a lab's post (AI Lab技术负责人), 更早曾在X从事…研究, 曾任X高级算法专家
    ("创始人兼CEO[陶濛|PERSON]此前是[字节跳动|ORG]AI Lab技术负责人,更早曾在[微软亚洲研究院|ORG]从事代码生成研究。",
     {("陶濛", "works_for", "字节跳动"), ("陶濛", "works_for", "微软亚洲研究院")}),
    ("联合创始人兼CTO[纪濛|PERSON]毕业于[浙江大学|ORG]计算机学院,曾任[阿濛云|ORG]高级算法专家。",
     {("纪濛", "works_for", "阿濛云")}),
    # …a job the founder named in the clause before held (创始人Y毕业于…,此前在X负责…), not the brand the sentence opens with
    ("[羊濛|BRAND]创立于2016年,创始人[岳濛|PERSON]毕业于[江南大学|ORG]食品科学专业,此前在[雀巢中国|ORG]负责婴儿营养产品线长达十年。",
     {("羊濛", "founder", "岳濛"), ("岳濛", "works_for", "雀巢中国")}),
    # a list item's name is what its later sentences are about (它是Y旗下的品牌; 天猫旗舰店现在活动价…; 上海品牌,据说是…创立的)
    ("1.[安濛|BRAND]:防晒力最强,但是成膜有点干。它是[日本|GPE][濛生堂|ORG]旗下的品牌,专柜价298元。\n"
     "2.[怡濛|BRAND]:[西班牙|GPE]的药妆牌子,质地很水。[天猫|ORG]旗舰店现在活动价199元。\n"
     "3.[乐濛|BRAND]:今年最大的惊喜![上海|GPE]品牌,据说是前[欧莱雅|ORG]研发总监[沈濛|PERSON]出来创立的,[小红书|ORG]上已经卖爆了。",
     {("濛生堂", "has_brand", "安濛"), ("濛生堂", "located_in", "日本"), ("怡濛", "located_in", "西班牙"),
      ("怡濛", "sells_on", "天猫"), ("乐濛", "located_in", "上海"), ("乐濛", "founder", "沈濛"), ("乐濛", "sells_on", "小红书")}),
    # rivals a founder names when competition comes up: his company's
    ("[溯濛智能|ORG]成立于2024年,创始人兼CEO[陶濛|PERSON]此前在[字节跳动|ORG]工作。谈到竞争,[陶濛|PERSON]坦言,[Cursor|BRAND]和[GitHub Copilot|BRAND]仍是全球市场的领先者。",
     {("溯濛智能", "founder", "陶濛"), ("陶濛", "ceo_of", "溯濛智能"), ("陶濛", "works_for", "字节跳动"),
      ("溯濛智能", "competitor_of", "Cursor"), ("溯濛智能", "competitor_of", "GitHub Copilot")}),
    # products listed with their makers (A的X和B的Y)
    ("国内同类产品还包括[阿里|ORG]的[通义灵码|BRAND]和[字节|ORG]的[Trae|BRAND]。",
     {("阿里", "has_brand", "通义灵码"), ("字节", "has_brand", "Trae")}),
    # channels in a later clause after a time word (目前X已进入…,线上则主要在A和B销售)
    ("目前[羊濛|BRAND]已进入全国超过2.8万家母婴门店,线上则主要在[天猫|ORG]和[京东|ORG]销售。",
     {("羊濛", "sells_on", "天猫"), ("羊濛", "sells_on", "京东")}),
    # a results release's brands under 分品牌看: (a blank line under the heading), a holder opening a ;-clause
    ("[濛锅集团|ORG]发布中期业绩。\n\n分品牌看:\n\n- 主品牌[濛锅火锅|BRAND]:收入29.1亿元;\n- 烤肉品牌[濛炙|BRAND]:收入5.8亿元。\n\n"
     "[濛锅集团|ORG]表示。集团控股股东为[黄濛|PERSON],持股61.2%;[腾讯|ORG]持股4.9%。",
     {("濛锅集团", "has_brand", "濛锅火锅"), ("濛锅集团", "has_brand", "濛炙"), ("黄濛", "shareholder_of", "濛锅集团"),
      ("腾讯", "shareholder_of", "濛锅集团")}),
    # a joint venture each side holds half of, set up in a city (not the partner's city), its chairman and channels
    # sentences later; the agent a brand was carried by
    ("[Nordmoss|BRAND]周二宣布,与[中国|GPE]运动零售商[濛星集团|ORG]在[上海|GPE]成立合资公司[诺濛(上海)商贸有限公司|ORG],双方各持股50%。"
     "[Nordmoss|BRAND]成立于1987年,总部位于[哥本哈根|GPE]。此前,[Nordmoss|BRAND]在[中国|GPE]市场一直由[香港|GPE]代理商[Hillmoss Trading|ORG]独家代理。"
     "[Nordmoss|BRAND]亚太区总裁[Mikkel Moss|PERSON]将担任合资公司董事长。[濛星集团|ORG]董事长[何濛|PERSON]表示,合资公司计划在未来三年内开设80家门店,"
     "首批门店将落地[上海|GPE]和[成都|GPE],线上则将入驻[天猫|ORG]和[抖音|ORG]。",
     {("Nordmoss", "shareholder_of", "诺濛(上海)商贸有限公司"), ("濛星集团", "shareholder_of", "诺濛(上海)商贸有限公司"),
      ("诺濛(上海)商贸有限公司", "located_in", "上海"), ("濛星集团", "located_in", "中国"), ("Nordmoss", "located_in", "哥本哈根"),
      ("Nordmoss", "sells_on", "Hillmoss Trading"), ("Hillmoss Trading", "located_in", "香港"),
      ("Mikkel Moss", "works_for", "Nordmoss"), ("Mikkel Moss", "chairman_of", "诺濛(上海)商贸有限公司"), ("何濛", "chairman_of", "濛星集团"),
      ("诺濛(上海)商贸有限公司", "sells_on", "天猫"), ("诺濛(上海)商贸有限公司", "sells_on", "抖音")}),
    # brands a retailer carries (代理及经营着包括A、B在内的…品牌)
    ("[濛星集团|ORG]目前代理及经营着包括[始祖鸟|BRAND]、[萨洛蒙|BRAND]在内的十余个国际运动品牌。",
     {("始祖鸟", "sells_on", "濛星集团"), ("萨洛蒙", "sells_on", "濛星集团")}),
    # a founder's post signed on its last line: the first store opened with a partner, investors thanked for their
    # rounds, the platform our orders come from
    ("📣[濛味小馆|ORG]第100家店开业啦!\n7年前我和老搭档[吴濛|PERSON]在[成都|GPE][玉林路|GPE]开了第一家小店。\n"
     "感谢[红杉中国|ORG]和[番茄资本|ORG]两轮的信任。\n感谢[美团|ORG],我们70%的外卖订单都来自[美团|ORG]外卖。\n—— [濛味小馆|ORG]创始人 [林濛|PERSON]",
     {("濛味小馆", "founder", "吴濛"), ("濛味小馆", "located_in", "成都"), ("红杉中国", "investor_in", "濛味小馆"),
      ("番茄资本", "investor_in", "濛味小馆"), ("濛味小馆", "sells_on", "美团"), ("濛味小馆", "founder", "林濛")}),
    # 系 (is): a spouse of the founder is none of the posts named before the founder's name
    ("[濛川科技|ORG]发布公告。[周濛明|PERSON]系公司创始人、董事长[林濛之|PERSON]的配偶。",
     {("濛川科技", "founder", "林濛之"), ("林濛之", "chairman_of", "濛川科技")}),
    # a chairman moved to another company's post (调任): a job held at both, no chair any longer
    ("[焱濛交通集团|ORG]董事长[邵濛华|PERSON]此前已于9月调任[焱濛发展控股|ORG]副总经理。",
     {("邵濛华", "works_for", "焱濛交通集团"), ("邵濛华", "works_for", "焱濛发展控股")}),
    # a group another is folded into (并入)
    ("此前,[焱濛文旅集团|ORG]已于6月并入[焱濛发展控股|ORG]。", {("焱濛文旅集团", "subsidiary_of", "焱濛发展控股")}),
    # the main holder behind a brand, described first (背后的主要股东是某上市餐饮集团X); beans bought from a farm
    ("[焱濛|BRAND]背后的主要股东是某上市餐饮集团[焱禾控股|ORG],持股超过60%。但[焱濛|BRAND]的咖啡豆主要从[云南|GPE]的[焱谷庄园|ORG]采购。",
     {("焱禾控股", "shareholder_of", "焱濛"), ("焱谷庄园", "located_in", "云南"), ("焱谷庄园", "supplies", "焱濛")}),
    # a stock code in brackets, and a long description before the headquarters clause
    ("[Arteris|ORG](纳斯达克代码:AIP)是全球领先的片上网络互连IP和SoC集成自动化软件供应商,总部位于[美国|GPE][加州|GPE]坎贝尔。",
     {("Arteris", "located_in", "加州")}),
    # an IP licensed into a chip (采用X的…互连IP)
    ("[焱濛科技|ORG]将在其下一代智能座舱SoC\"[焱驰X9|BRAND]\"中采用[Arteris|ORG]的FlexNoC 5互连IP。",
     {("Arteris", "supplies", "焱濛科技")}),
    # a Q&A listicle: each answer is about the company its question names (its 创始人, its elided subjects)
    ("Q1:[骉濛能源|ORG]是谁?\n\nA:[骉濛能源|ORG]2021年成立于[深圳|GPE]。创始人[李濛远|PERSON]曾任[比亚迪|ORG]储能事业部总经理。\n\n"
     "Q2:[骉源濛能|ORG]有什么不同?\n\nA:[骉源濛能|ORG]专注钠离子电池,由[中科院物理所|ORG]孵化,总部在[北京|GPE]。电芯目前由合作方[中科海钠|ORG]代工。\n\n"
     "Q3:[骉储濛能|ORG]靠什么拿到融资?\n\nA:[骉储濛能|ORG]做的是储能电站的AI运维软件。今年10月完成1.5亿元A轮融资,投资方为[高瓴创投|ORG]和[经纬创投|ORG]。"
     "创始人[周濛|PERSON]曾是[华为数字能源|ORG]的产品线总裁。",
     {("骉濛能源", "located_in", "深圳"), ("骉濛能源", "founder", "李濛远"), ("李濛远", "works_for", "比亚迪"),
      ("骉源濛能", "subsidiary_of", "中科院物理所"), ("骉源濛能", "located_in", "北京"), ("中科海钠", "supplies", "骉源濛能"),
      ("高瓴创投", "investor_in", "骉储濛能"), ("经纬创投", "investor_in", "骉储濛能"), ("骉储濛能", "founder", "周濛"),
      ("周濛", "works_for", "华为数字能源")}),
    # a plant abroad assembling for a carmaker (为X组装), its dealer stores selling (由Y旗下的…门店负责销售)
    ("根据协议,[Siam Moss|ORG]将在其位于[泰国|GPE]罗勇府的工厂为[骉濛|ORG]组装纯电SUV。在销售端,[骉濛|ORG]在[泰国|GPE]将由[Siam Moss|ORG]旗下的86家经销门店负责销售和售后。",
     {("Siam Moss", "supplies", "骉濛"), ("骉濛", "sells_on", "Siam Moss")}),
    # a marketplace's category ranking, its share of sales and where the rest comes from; a plant run by a local
    # company; a holder named after its investment
    ("[骉濛户外|BRAND]的帐篷在[亚马逊|ORG]美国站的户外帐篷类目排名第一,2024年全渠道销售额约6.5亿元,其中[亚马逊|ORG]贡献约七成,其余来自独立站和[沃尔玛|ORG]线上店。"
     "为了应对关税上调,[骉濛户外|BRAND]今年在[越南|GPE]新设了一家代工厂,由[越南|GPE]本地企业[Vinh Moss|ORG]运营。2023年,[骉濛户外|BRAND]获得了[安克创新|ORG]的战略投资,[安克|ORG]持股约15%。",
     {("骉濛户外", "sells_on", "亚马逊"), ("骉濛户外", "sells_on", "沃尔玛"), ("Vinh Moss", "supplies", "骉濛户外"),
      ("Vinh Moss", "located_in", "越南"), ("安克创新", "investor_in", "骉濛户外"), ("安克创新", "shareholder_of", "骉濛户外"),
      ("安克", "shareholder_of", "骉濛户外")}),
    # a data source's name is no seller (根据第三方数据平台X的统计,Y…其中抖音渠道贡献了近一半)
    ("根据第三方数据平台[久濛中台|ORG]的统计,[椛濛|BRAND]去年全渠道销售额约6亿元,其中[抖音|ORG]渠道贡献了近一半。",
     {("椛濛", "sells_on", "抖音")}),
    # players an analyst names are no one's rivals
    ("公司的算力服务由[阿里云|ORG]提供。业内人士指出,国内病理AI赛道的主要玩家还包括[推想医疗|ORG]和[深睿医疗|ORG]。", set()),
    # a holding vehicle under its parent, the supplier whose first customer 其 names (not the customer itself),
    # holders a company's register includes
    ("[驫濛股份|ORG]发布公告。[驫濛新投资|ORG]为[宁德时代|ORG]旗下的产业投资平台。[驫濛股份|ORG]主要生产锂电池结构件,[宁德时代|ORG]是其第一大客户。"
     "此外,公司股东中还有[高瓴资本|ORG],持股5.2%。",
     {("驫濛新投资", "subsidiary_of", "宁德时代"), ("驫濛股份", "supplies", "宁德时代"), ("高瓴资本", "shareholder_of", "驫濛股份")}),
    # a list of cities, each item's elided subject the operator (成都:与X合资成立Y,Z持股51%; 西安:与X签约,为其…提供服务)
    ("[驫濛充电|ORG]是国内第三大公共充电运营商。[驫濛充电|ORG]今年新签了5个城市的战略合作。\n"
     "- [成都|GPE]:与[成都交投集团|ORG]合资成立[驫蓉充电|ORG],[驫濛充电|ORG]持股51%;\n"
     "- [西安|GPE]:与[西安城投集团|ORG]签约,为其公交场站提供充电运营服务;\n"
     "- [南昌|GPE]:与江西国资旗下的[赣能集团|ORG]成立合资公司。",
     {("驫濛充电", "partners_with", "成都交投集团"), ("驫濛充电", "shareholder_of", "驫蓉充电"), ("成都交投集团", "shareholder_of", "驫蓉充电"),
      ("驫濛充电", "partners_with", "西安城投集团"), ("驫濛充电", "supplies", "西安城投集团"), ("驫濛充电", "partners_with", "赣能集团"),
      ("驫蓉充电", "subsidiary_of", "驫濛充电")}),
    # an interview's answers: flour we use is a mill's, beef bought from a ranch, an investment we took
    ("[驫濛面馆|BRAND]创始人[陶濛柱|PERSON]接受了采访。\n记者:你们的面粉从哪里来?\n[陶濛柱|PERSON]:面粉我们一直用的是[陕西|GPE]的[驫丰面业|ORG]。牛肉呢,是从[内蒙古|GPE]的[驫草原牧业|ORG]采购。"
     "去年我们拿了[窄门餐眼|ORG]的一轮投资。",
     {("驫濛面馆", "founder", "陶濛柱"), ("驫丰面业", "located_in", "陕西"), ("驫丰面业", "supplies", "驫濛面馆"), ("驫草原牧业", "located_in", "内蒙古"),
      ("驫草原牧业", "supplies", "驫濛面馆"), ("窄门餐眼", "investor_in", "驫濛面馆")}),
    # winners in a tender table's column supply its buyer
    ("[驫濛第一人民医院|ORG]医疗设备采购项目中标结果公告\n\n采购人:[驫濛第一人民医院|ORG]\n\n包号 | 采购内容 | 中标供应商 | 中标金额(万元)\n"
     "1 | 64排CT | [东软医疗|ORG] | 726\n2 | 手术机器人 | [驫微医疗|ORG] | 1890",
     {("东软医疗", "supplies", "驫濛第一人民医院"), ("驫微医疗", "supplies", "驫濛第一人民医院")}),
    # a hotel group's brands by segment, one per ;-clause; its distribution partners
    ("[羴濛酒店集团|ORG]发布业绩。分品牌看,经济型品牌[羴家酒店|BRAND]RevPAR为178元,同比下降5.6%;中端品牌[羴悦酒店|BRAND]RevPAR为265元。"
     "[羴濛酒店集团|ORG]首席执行官表示。集团与[携程|ORG]、[美团|ORG]均建立了长期分销合作。",
     {("羴濛酒店集团", "has_brand", "羴家酒店"), ("羴濛酒店集团", "has_brand", "羴悦酒店"), ("羴濛酒店集团", "partners_with", "携程"),
      ("羴濛酒店集团", "partners_with", "美团"), ("羴濛酒店集团", "sells_on", "携程"), ("羴濛酒店集团", "sells_on", "美团")}),
    # a partnership a company plans to enter a channel through
    ("[羴台酒业|ORG]董事长[孟濛川|PERSON]透露,公司明年将在[京东|ORG]和[天猫|ORG]开设官方旗舰店,并计划通过与[华润雪花|ORG]的合作进入其餐饮渠道。",
     {("孟濛川", "chairman_of", "羴台酒业"), ("羴台酒业", "partners_with", "华润雪花"), ("羴台酒业", "sells_on", "京东"),
      ("羴台酒业", "sells_on", "天猫")}),
    # a merged group's chair described by the company they founded; brands quoted and counted; an investor named
    # as another brand's parent; suppliers after a clause naming places
    ("[羴濛集团|ORG]由[羴濛零食|ORG]与[嗨吃家|BRAND]在今年3月合并而成,合并后的集团董事长为[羴濛零食|ORG]创始人[晏濛|PERSON]。"
     "[羴濛集团|ORG]目前运营\"[零食优选|BRAND]\"和\"[嗨吃家|BRAND]\"两个品牌。今年6月,[羴濛集团|ORG]获得[红杉中国|ORG]和[好想来|BRAND]的母公司[万辰集团|ORG]的战略投资。"
     "供应链方面,[羴濛集团|ORG]在[湖南|GPE][长沙|GPE]建有中央仓,合作供应商包括[盐津铺子|ORG]、[卫龙|ORG]和[三只松鼠|ORG]。",
     {("羴濛零食", "founder", "晏濛"), ("晏濛", "chairman_of", "羴濛集团"), ("羴濛集团", "has_brand", "零食优选"), ("羴濛集团", "has_brand", "嗨吃家"),
      ("红杉中国", "investor_in", "羴濛集团"), ("万辰集团", "investor_in", "羴濛集团"), ("万辰集团", "has_brand", "好想来"),
      ("盐津铺子", "supplies", "羴濛集团"), ("卫龙", "supplies", "羴濛集团"), ("三只松鼠", "supplies", "羴濛集团")}),
    # a club's new shirt sponsor replacing the old one, its kit supplier and its bank
    ("中超球队[猋濛FC|ORG]公布赞助商名单。本地啤酒品牌[猋川啤酒|BRAND]取代此前的[猋达地产|ORG],成为球队新的胸前广告赞助商,合同期3年。"
     "此外,球衣及训练装备仍由[李宁|ORG]提供,双方的合作将续约至2028年;[猋濛银行|ORG]继续担任球队的官方合作银行。[猋濛FC|ORG]俱乐部董事长表示。",
     {("猋濛FC", "sponsored_by", "猋川啤酒"), ("李宁", "supplies", "猋濛FC"), ("猋濛银行", "partners_with", "猋濛FC")}),
    # a trial's operations handed to a CRO; the first holder named with their posts
    ("[猋濛生物|ORG]发布公告。她表示,公司计划于2026年在中国启动VRD-201的II期临床试验,临床运营将交由[泰格医药|ORG]负责。"
     "[猋濛生物|ORG]成立于2016年。公司第一大股东为创始人兼董事长[邹濛|PERSON]。",
     {("泰格医药", "supplies", "猋濛生物"), ("猋濛生物", "founder", "邹濛"), ("邹濛", "chairman_of", "猋濛生物"),
      ("邹濛", "shareholder_of", "猋濛生物")}),
    # a game's publisher named after a clause; the publisher abroad the rights are granted to, and its country
    ("[猋游网络|ORG]成立于2018年。[猋游网络|ORG]宣布,将旗下二次元手游《[猋灵传说|BRAND]》的发行权独家授予[美国|GPE]发行商[Nexstar Games|ORG],授权期限为5年。"
     "《[猋灵传说|BRAND]》于今年7月在国内上线,由[腾讯|ORG]独家代理发行。[猋游网络|ORG]员工约600人。公司曾于2022年获得[网易|ORG]的战略投资,[网易|ORG]持股约20%。",
     {("猋游网络", "has_brand", "猋灵传说"), ("Nexstar Games", "located_in", "美国"), ("猋灵传说", "partners_with", "腾讯"),
      ("猋游网络", "partners_with", "Nexstar Games"), ("网易", "investor_in", "猋游网络"), ("网易", "shareholder_of", "猋游网络")}),
    # a device launched in a city, the model it runs (该眼镜接入了X的Y大模型), its frame made by a described maker, its
    # channels after 将; a founder's past post at a company described first (小米生态链企业X的产品副总裁)
    ("12月3日,智能硬件创业公司[鱻濛科技|ORG]在[杭州|GPE]发布首款AI眼镜\"[鱻濛One|BRAND]\",起售价1999元。"
     "该眼镜接入了[阿里云|ORG]的[通义千问|BRAND]大模型,镜框由[意大利|GPE]眼镜制造商[Luxottica|ORG]设计生产,光学模组则来自[舜宇光学|ORG]。"
     "[鱻濛科技|ORG]创始人兼CEO[何濛舟|PERSON]此前是[小米|ORG]生态链企业[云鲸智能|ORG]的产品副总裁。"
     "[鱻濛One|BRAND]首批备货5万台,将在[京东|ORG]、[天猫|ORG]和[小米有品|ORG]同步开售。",
     {("鱻濛科技", "has_brand", "鱻濛One"), ("阿里云", "supplies", "鱻濛科技"), ("阿里云", "has_brand", "通义千问"),
      ("Luxottica", "supplies", "鱻濛科技"), ("Luxottica", "located_in", "意大利"), ("舜宇光学", "supplies", "鱻濛科技"),
      ("鱻濛科技", "founder", "何濛舟"), ("何濛舟", "ceo_of", "鱻濛科技"), ("何濛舟", "works_for", "云鲸智能"),
      ("鱻濛One", "sells_on", "京东"), ("鱻濛One", "sells_on", "天猫"), ("鱻濛One", "sells_on", "小米有品")}),
    # a supplier delivering to the company every year (X将每年向公司供应…); a holder described as another's unit
    ("[鱻濛乳业|ORG]12月4日晚间公告,公司与内蒙古奶源企业[鱻川奶业|ORG]签署十年期原奶采购框架协议,[鱻川奶业|ORG]将每年向公司供应不少于30万吨生鲜乳。"
     "[鱻川奶业|ORG]是国内前五大原奶供应商,其控股股东为[新加坡|GPE]主权基金[淡马锡|ORG]旗下的[鱻星投资|ORG]。"
     "[鱻濛乳业|ORG]表示,[鱻濛乳业|ORG]将新建工厂。",
     {("鱻川奶业", "supplies", "鱻濛乳业"), ("鱻濛乳业", "partners_with", "鱻川奶业"), ("鱻星投资", "shareholder_of", "鱻川奶业"), ("鱻星投资", "subsidiary_of", "淡马锡"),
      ("淡马锡", "located_in", "新加坡")}),
    # a brand's core product after the brand itself; an earlier post held in charge of a line, a later post taken
    ("据介绍,[濛色|BRAND]上半年GMV约为5亿元,其中[濛音|ORG]渠道贡献了近60%。目前品牌的复购率在35%左右,主力产品\"[小金濛|BRAND]\"售价89元。",
     {("濛色", "has_brand", "小金濛"), ("濛色", "sells_on", "濛音")}),
    ("[濛色|ORG]联合创始人[陶一濛|PERSON]此前负责[完美濛记|ORG]的供应链。",
     {("濛色", "cofounder", "陶一濛"), ("陶一濛", "works_for", "完美濛记")}),
    ("创始人[林濛之|PERSON]曾在[欧濛雅|ORG]担任品牌经理,后出任[花濛子|ORG]市场总监。",
     {("林濛之", "works_for", "欧濛雅"), ("林濛之", "works_for", "花濛子")}),
    # an interviewee's years at one employer and the next one
    ("[苗濛川|PERSON]:我在[当濛网|ORG]做了8年图书采购,后来去了[濛信出版|ORG]。",
     {("苗濛川", "works_for", "当濛网"), ("苗濛川", "works_for", "濛信出版")}),
    ("[苗濛川|PERSON]:后来去了[濛信出版|ORG]的发布会,很有收获。", set()),  # (an event of theirs, no job)
    # a buyer of a maker's goods; a plan is none yet
    ("[濛拉拉|ORG]采购了2万辆[濛驰电动|ORG]的载货电动三轮车。", {("濛驰电动", "supplies", "濛拉拉")}),
    ("[濛拉拉|ORG]计划采购2万辆[濛驰电动|ORG]的载货电动三轮车。", set()),
    ("[濛拉拉|ORG]购买了[濛驰电动|ORG]的股份。", set()),
    # a signing at the company's headquarters in a city
    ("[濛驰电动|ORG]在[常州|GPE]总部与[濛德时代|ORG]签署战略合作协议。",
     {("濛驰电动", "located_in", "常州"), ("濛驰电动", "partners_with", "濛德时代")}),
    # the company, elided, enters a chain's stores
    ("[濛色|ORG]完成融资。[林濛之|PERSON]表示,资金将用于研发,今年已进入[屈濛氏|ORG]的2000家门店。",
     {("濛色", "sells_on", "屈濛氏")}),
    # the chairman concedes rivals' lead (他 after his company's sentence)
    ("[濛驰电动|ORG]董事长[邵濛远|PERSON]介绍,公司去年销量为180万辆。他坦言,[雅濛|ORG]、[爱濛|ORG]等头部品牌仍在价格上占据优势。",
     {("邵濛远", "chairman_of", "濛驰电动"), ("濛驰电动", "competitor_of", "雅濛"), ("濛驰电动", "competitor_of", "爱濛")}),
    # a filing's name for itself read past; investors brought in by a capital increase (planned: none yet)
    ("[濛芯微电子股份有限公司|ORG](以下简称\"公司\")控股子公司[无锡濛微|ORG]拟以增资扩股方式引入[濛基金|ORG]和[濛创投|ORG]。",
     {("无锡濛微", "subsidiary_of", "濛芯微电子股份有限公司")}),
    ("[无锡濛微|ORG]以增资扩股方式引入[濛基金|ORG]和[濛创投|ORG]。",
     {("濛基金", "investor_in", "无锡濛微"), ("濛创投", "investor_in", "无锡濛微")}),
    ("[无锡濛微|ORG]近日引入[濛基金|ORG]作为战略投资者。", {("濛基金", "investor_in", "无锡濛微")}),
    # 品牌 after a founder's verb of saying is the founder's brand
    ("[濛面馆|BRAND]创始人[伍濛明|PERSON]介绍,品牌成立于2014年,总部位于[成都|GPE]。",
     {("濛面馆", "founder", "伍濛明"), ("濛面馆", "located_in", "成都")}),
    # a resignation letter received, a post resigned (女士, 申请)
    ("[濛源新材料股份有限公司|ORG](以下简称\"公司\")董事会于近日收到财务总监[郝濛华|PERSON]女士提交的书面辞职报告。",
     {("郝濛华", "works_for", "濛源新材料股份有限公司")}),
    ("[郝濛华|PERSON]女士因个人原因申请辞去[濛源股份|ORG]财务总监职务。", {("郝濛华", "works_for", "濛源股份")}),
    # a carrier that ships the company's goods
    ("[濛面馆|BRAND]的调味料统一由其在郫县的中央工厂生产,再经由[顺濛冷运|ORG]运往海外。", {("顺濛冷运", "supplies", "濛面馆")}),
    # two brands' co-brand; a price war; a boss's wife works there
    ("今天排队了!!![濛茶|BRAND]和[原濛|BRAND]的第二次联名终于来了。", {("濛茶", "partners_with", "原濛")}),
    ("[濛茶|BRAND]的老板娘[纪濛宁|PERSON]是真的会做营销,去年跟[喜濛|BRAND]、[奈濛|BRAND]打价格战的时候都没这么火。",
     {("纪濛宁", "works_for", "濛茶"), ("濛茶", "competitor_of", "喜濛"), ("濛茶", "competitor_of", "奈濛")}),
    # a company run on delivery platforms under a borrowed name
    ("[邝濛生|PERSON]离职后于2021年成立[濛味坊|ORG],并在外卖平台[美濛|ORG]、[饿濛么|ORG]上以\"[濛记烧腊|ORG]\"名义经营。",
     {("濛味坊", "sells_on", "美濛"), ("濛味坊", "sells_on", "饿濛么")}),
    # a party's counsel and the counsel's firm; an unfair-competition suit's parties compete
    ("[濛记|ORG]的代理律师、[北京濛杜律师事务所|ORG]合伙人[叶濛晴|PERSON]表示,本案判赔金额较高。",
     {("北京濛杜律师事务所", "supplies", "濛记"), ("叶濛晴", "partner_of", "北京濛杜律师事务所")}),
    ("法院对[濛记|ORG]诉[濛味坊|ORG]侵害商标权及不正当竞争纠纷一案作出一审判决。", {("濛记", "competitor_of", "濛味坊")}),
    # a service agreement whose provider works for the latter
    ("公司子公司[濛康药明|ORG]与[美国|GPE]生物技术公司[Lumora Bio|ORG]签署了一项长期服务协议,为后者的一款药物提供一站式服务。",
     {("濛康药明", "supplies", "Lumora Bio"), ("濛康药明", "partners_with", "Lumora Bio"), ("Lumora Bio", "located_in", "美国")}),
    # a group's investment arm led the round; a quoted brand made by a maker in a city
    ("据悉,[濛星传媒|ORG]今年完成了由[濛节跳动|ORG]旗下投资平台领投的1.5亿元B轮融资。",
     {("濛节跳动", "led_round", "濛星传媒"), ("濛节跳动", "investor_in", "濛星传媒")}),
    ("[濛星传媒|ORG]推出了自有品牌\"[濛肌|BRAND]\",由[上海|GPE]的[诺濛贝尔|ORG]负责生产。",
     {("濛星传媒", "has_brand", "濛肌"), ("诺濛贝尔", "supplies", "濛肌"), ("诺濛贝尔", "located_in", "上海")}),
    # 公司 after 告诉记者 in a sentence that names no organisation: the company the text is about
    ("[濛星传媒|ORG]是一家MCN机构。[濛星传媒|ORG]旗下主播超过200名。[洪濛川|PERSON]告诉记者,公司去年开始孵化自有品牌\"[濛肌|BRAND]\"。",
     {("濛星传媒", "has_brand", "濛肌")}),
    # headquarters before a described company; a business unit of a group; a service for a product the text names
    ("12月4日,总部位于[旧金山|GPE]的人工智能公司[濛思|ORG]宣布与国内云服务商[濛讯云|ORG]达成战略合作。",
     {("濛思", "located_in", "旧金山"), ("濛思", "partners_with", "濛讯云")}),
    ("[濛讯云|ORG]则是[濛讯集团|ORG]旗下的云计算业务。", {("濛讯云", "subsidiary_of", "濛讯集团")}),
    ("根据协议,[濛讯云|ORG]将作为[濛思|ORG]的独家云服务合作伙伴,为其企业级大模型[濛思|ORG] Pro提供算力服务。",
     {("濛讯云", "supplies", "濛思")}),
    # a city's mayor works for the city's government the text names
    ("[濛州市人民政府|ORG]与[濛能汽车|ORG]签署投资协议。[濛州市|GPE]市长[卢濛安|PERSON]出席签约仪式。",
     {("濛州市人民政府", "partners_with", "濛能汽车"), ("卢濛安", "works_for", "濛州市人民政府")}),
    # the company's investors, a supplier it works with, a firm it engages
    ("[濛能汽车|ORG]成立于2019年。公司的主要投资方包括[蔚濛资本|ORG]和[合濛建投|ORG]。",
     {("蔚濛资本", "investor_in", "濛能汽车"), ("合濛建投", "investor_in", "濛能汽车")}),
    ("[濛饮|ORG]经营正常。二、公司与供应商[安濛食品|ORG]的合作均正常进行。", {("安濛食品", "supplies", "濛饮")}),
    ("[濛饮|ORG]经营正常。三、公司已委托[上海市濛业律师事务所|ORG]对相关账号进行取证。", {("上海市濛业律师事务所", "supplies", "濛饮")}),
    # work handed to a maker, milk bought from a dairy: the company's
    ("[濛岚咖啡|ORG]开了480家店。烘焙环节交给了位于[昆山|GPE]的[濛焙烘焙|ORG]工厂,牛奶则主要采购自[光濛乳业|ORG]。",
     {("濛焙烘焙", "supplies", "濛岚咖啡"), ("光濛乳业", "supplies", "濛岚咖啡")}),
    # a filing's 公司 in an answer: a supplier of the company, the company's overseas customers
    ("[濛科智能|ORG]:投资者关系活动记录表(2026-012)\n答:[濛德时代|ORG]是公司电芯的主要供应商,双方已签订长期供货协议。",
     {("濛德时代", "supplies", "濛科智能")}),
    ("[濛科智能|ORG]:投资者关系活动记录表\n答:公司储能产品主要供应给[国家濛网|ORG],海外客户包括[德国|GPE]的[Sonnen|ORG]。",
     {("濛科智能", "supplies", "Sonnen"), ("Sonnen", "located_in", "德国")}),
    # a company's products sold through named channels, its rating kept by an agency
    ("[Kuchenwerk|ORG]成立于1952年,总部位于[斯图加特|GPE],产品主要在[欧洲|LOC]的[MediaMarkt|ORG]和[Otto|ORG]等渠道销售。",
     {("Kuchenwerk", "located_in", "斯图加特"), ("Kuchenwerk", "sells_on", "MediaMarkt"), ("Kuchenwerk", "sells_on", "Otto")}),
    ("同日,[中诚信国际|ORG]发布跟踪评级报告,维持[濛盛集团|ORG]主体信用等级为AA+,评级展望为稳定。",
     {("中诚信国际", "supplies", "濛盛集团")}),
    # a table's column of the companies behind its brands
    ("| 排名 | 品牌 | 门店数 | 所属公司 |\n| --- | --- | --- | --- |\n| 1 | [濛雪冰城|BRAND] | 46000 | [濛雪集团|ORG] |\n"
     "| 2 | [濛茶|BRAND] | 4200 | [濛茶餐饮|ORG] |",
     {("濛雪集团", "has_brand", "濛雪冰城"), ("濛茶餐饮", "has_brand", "濛茶")}),
    # a chairman resigns in the company's announcement; the general manager acts for him
    ("[濛味食品|ORG]公告,董事长[文濛杰|PERSON]因个人原因辞去董事长职务,由总经理[邱濛宁|PERSON]代行董事长职责。",
     {("文濛杰", "works_for", "濛味食品"), ("邱濛宁", "ceo_of", "濛味食品"), ("邱濛宁", "works_for", "濛味食品")}),
    # a successor takes the post; an employer in a later clause
    ("[濛选电商|ORG]宣布,创始人[苏濛南|PERSON]将卸任CEO一职,继续担任董事长;联合创始人、首席运营官[曾濛瑶|PERSON]接任CEO。",
     {("濛选电商", "founder", "苏濛南"), ("苏濛南", "chairman_of", "濛选电商"), ("濛选电商", "cofounder", "曾濛瑶"),
      ("曾濛瑶", "works_for", "濛选电商"), ("曾濛瑶", "ceo_of", "濛选电商")}),
    ("[曾濛瑶|PERSON]则毕业于[浙江大学|ORG],早年就职于[阿濛巴巴|ORG],2017年加入[濛选电商|ORG]。",
     {("曾濛瑶", "works_for", "阿濛巴巴"), ("曾濛瑶", "works_for", "濛选电商")}),
    # a logistics service agreement with two platforms
    ("[濛达物流|ORG]12月3日宣布,已与[东南亚|LOC]电商平台[Lazada|ORG]和[Shopee|ORG]签署仓配服务协议。",
     {("濛达物流", "supplies", "Lazada"), ("濛达物流", "supplies", "Shopee"), ("濛达物流", "partners_with", "Lazada"),
      ("濛达物流", "partners_with", "Shopee"), ("Lazada", "located_in", "东南亚")}),
    # officers changed in one sentence: the chairman moved, a new CEO named; a unit spun off with its head
    ("[濛学教育|ORG]12月3日宣布组织架构调整,原CEO、联合创始人[贾濛明|PERSON]转任董事长,前[字濛跳动|ORG]教育业务负责人[戴濛伦|PERSON]出任CEO。",
     {("贾濛明", "chairman_of", "濛学教育"), ("戴濛伦", "ceo_of", "濛学教育")}),
    ("同时,公司将旗下的职业教育业务拆分为独立子公司[濛学职教|ORG],由副总裁[樊濛雨|PERSON]担任总经理。",
     {("樊濛雨", "ceo_of", "濛学职教"), ("樊濛雨", "works_for", "濛学职教")}),
    # a founder described as a professor's student; the professor works at the school that licensed the patent
    ("[濛因生物|ORG]成立于2023年,总部位于[苏州|GPE],创始人兼CEO为[温濛青|PERSON]的学生[邵濛然|PERSON]。",
     {("濛因生物", "located_in", "苏州"), ("濛因生物", "founder", "邵濛然"), ("邵濛然", "ceo_of", "濛因生物")}),
    ("近日,[濛湖大学|ORG]与初创企业[濛因生物|ORG]签署专利许可协议,将该校药学院[温濛青|PERSON]教授团队研发的一项技术独占许可给[濛因生物|ORG]。",
     {("温濛青", "works_for", "濛湖大学"), ("濛湖大学", "partners_with", "濛因生物")}),
    # a hotel an owner built and an operator runs for it
    ("该酒店由当地房企[濛华置业|ORG]投资建设,[濛途酒店集团|ORG]以委托管理模式负责运营,共有客房186间。",
     {("濛途酒店集团", "supplies", "濛华置业")}),
    # a successor named in a clause after another company's officer takes no post at the first company
    ("[濛达快递|ORG]创始人[陈濛|PERSON]将出任新公司董事长,[顺濛速运|ORG]CEO[赵濛|PERSON]出任首席执行官。",
     {("濛达快递", "founder", "陈濛"), ("赵濛", "ceo_of", "顺濛速运")}),
    ("12月2日,社交电商平台[濛选电商|ORG]宣布,创始人[苏濛南|PERSON]将卸任CEO一职,继续担任董事长;联合创始人、首席运营官[曾濛瑶|PERSON]接任CEO。",
     {("苏濛南", "chairman_of", "濛选电商"), ("曾濛瑶", "ceo_of", "濛选电商"), ("濛选电商", "cofounder", "曾濛瑶"),
      ("曾濛瑶", "works_for", "濛选电商"), ("濛选电商", "founder", "苏濛南")}),
    # the brands a described service company served; an early employee of another company
    ("在杭州有一家公司——[濛域科技|ORG]。这家成立于2018年的私域运营服务商,服务过的品牌包括[元濛森林|BRAND]和[林濛轩|BRAND],去年营收突破6亿元。",
     {("濛域科技", "supplies", "元濛森林"), ("濛域科技", "supplies", "林濛轩")}),
    ("创始人[韦濛宁|PERSON]是[有濛|ORG]的早期员工。", {("韦濛宁", "works_for", "有濛")}),
    # a product made by a maker, its chips from one maker and its sensors from another; rivals after a country's brand
    ("[濛环科技|ORG]创始人兼CEO[郭濛川|PERSON]介绍,Ring 2由[富濛康|ORG]代工生产,主控芯片来自北欧半导体公司[Nordic|ORG],传感器则采用了[艾濛斯|ORG]的方案。",
     {("郭濛川", "ceo_of", "濛环科技"), ("濛环科技", "founder", "郭濛川"), ("富濛康", "supplies", "濛环科技"),
      ("Nordic", "supplies", "濛环科技"), ("艾濛斯", "supplies", "濛环科技")}),
    ("在智能戒指赛道,[濛环科技|ORG]的主要对手是[芬兰|GPE]品牌[Oura|BRAND]以及[三濛|ORG]。",
     {("濛环科技", "competitor_of", "Oura"), ("濛环科技", "competitor_of", "三濛"), ("Oura", "located_in", "芬兰")}),
    # a new product launched on a crowdfunding platform; aircraft leased in from a lessor
    ("国产智能穿戴品牌[濛环科技|ORG]的新品智能戒指Ring 2,在[京东众筹|ORG]上线一周筹得5120万元。", {("濛环科技", "sells_on", "京东众筹")}),
    ("同日,[濛航航空|ORG]还与[空濛|ORG]签署协议,将以经营租赁方式从[中银濛租|ORG]引进10架飞机。",
     {("濛航航空", "partners_with", "空濛"), ("中银濛租", "supplies", "濛航航空")}),
    # chains bought together, each named with its city
    ("[濛宠医疗|ORG]12月2日宣布,已完成对[成都|GPE]的[宠濛有家|ORG]、[重庆|GPE]的[安濛宠物|ORG]和[西安|GPE]的[乐濛医院|ORG]三家区域连锁的收购。",
     {("宠濛有家", "subsidiary_of", "濛宠医疗"), ("安濛宠物", "subsidiary_of", "濛宠医疗"), ("乐濛医院", "subsidiary_of", "濛宠医疗"),
      ("宠濛有家", "located_in", "成都"), ("安濛宠物", "located_in", "重庆"), ("乐濛医院", "located_in", "西安")}),
    # cold-chain delivery handed to a carrier in an interviewee's answer
    ("[濛串串|ORG]开了1460家店。冷链配送交给了[顺濛冷运|ORG]。", {("顺濛冷运", "supplies", "濛串串")}),
    # an investor's portfolio; a joint venture two companies set up runs the store
    ("[濛元资本|ORG]成立于2012年,目前管理资产规模约50亿美元,投资过的企业包括[理濛汽车|ORG]、[得濛|ORG]和[Moka|ORG]。",
     {("濛元资本", "investor_in", "理濛汽车"), ("濛元资本", "investor_in", "得濛"), ("濛元资本", "investor_in", "Moka")}),
    ("该店由[NorthMart|ORG]与[浙江|GPE]本土零售企业[濛达集团|ORG]成立的合资公司运营。",
     {("NorthMart", "partners_with", "濛达集团"), ("濛达集团", "located_in", "浙江")}),
    # posts listed after 曾任, each at its own organisation; a former president who stepped down
    ("公告显示,[龙濛宇|PERSON]现年52岁,曾任[濛城银行|ORG]副行长、[中国建设银行广东省分行|ORG]副行长。",
     {("龙濛宇", "works_for", "濛城银行"), ("龙濛宇", "works_for", "中国建设银行广东省分行")}),
    # the administrator of an estate serves it; a brand's parent in a later clause
    ("[濛达纺织|ORG]破产重整案管理人[北京濛恒律师事务所|ORG]发布公告,公开招募重整投资人。", {("北京濛恒律师事务所", "supplies", "濛达纺织")}),
    ("目前,[濛记烤鱼|BRAND]在全国拥有门店320家,主要分布在华东和华南,母公司为[濛记餐饮集团|ORG]。",
     {("濛记餐饮集团", "has_brand", "濛记烤鱼")}),
    # a work its producer and co-producer made; a state holder's group under the regulator
    ("《[濛龙传|BRAND]》由[濛光影业|ORG]出品,[彩濛屋影业|ORG]联合出品,导演为申濛生。",
     {("濛光影业", "has_brand", "濛龙传"), ("彩濛屋影业", "has_brand", "濛龙传")}),
    ("其控股股东[濛钢集团|ORG]是[河北省国资委|ORG]下属的国有企业。", {("濛钢集团", "subsidiary_of", "河北省国资委")}),
    # customers each named with their country
    ("据悉,[濛能集团|ORG]的储能产品主要销往欧洲,客户包括[德国|GPE]的[E.ON|ORG]和[澳大利亚|GPE]的[AGL|ORG]。",
     {("濛能集团", "supplies", "E.ON"), ("濛能集团", "supplies", "AGL"), ("E.ON", "located_in", "德国"), ("AGL", "located_in", "澳大利亚")}),
    # a service a chain plugged into, a system another company provides; investors thanked in a founder's post
    ("区域连锁超市[濛鲜超市|ORG]12月2日宣布,旗下210家门店已全面接入[支濛宝|ORG]的刷脸支付服务。同时,超市启用了由[商濛科技|ORG]提供的AI补货系统。",
     {("支濛宝", "supplies", "濛鲜超市"), ("商濛科技", "supplies", "濛鲜超市")}),
    ("感谢一路支持[濛饮|ORG]的投资人[红濛中国|ORG]和[美团濛珠|ORG]。",
     {("红濛中国", "investor_in", "濛饮"), ("美团濛珠", "investor_in", "濛饮")}),
    # a brand's parent named before its city and registered name; a rank on a platform's list; more spent on platforms
    ("据[濛颜|BRAND]母公司[杭州|GPE][濛美生物科技有限公司|ORG]介绍,品牌的爆款精华卖出超过120万瓶。",
     {("濛美生物科技有限公司", "has_brand", "濛颜")}),
    ("国货美妆品牌[濛颜|ORG]交出亮眼成绩单:在[天濛|ORG]美妆品牌榜中排名第九,首次进入前十。", {("濛颜", "sells_on", "天濛")}),
    ("[濛颜|ORG]创始人[唐濛薇|PERSON]表示,明年将继续加大在[京濛|ORG]和[快濛|ORG]的投入。",
     {("濛颜", "founder", "唐濛薇"), ("濛颜", "sells_on", "京濛"), ("濛颜", "sells_on", "快濛")}),
    # a supplier's nominations by carmakers, announced after its description
    ("12月2日,汽车电子供应商[濛驰科技|ORG]公告称,公司近期收到[比濛迪|ORG]和[吉濛汽车|ORG]的定点通知,将为其新车型供应域控制器。",
     {("濛驰科技", "supplies", "比濛迪"), ("濛驰科技", "supplies", "吉濛汽车")}),
    # a clinic run with a local partner; a counterfeiter on a platform; the third brand after two leaders
    ("该诊所由[濛齿口腔|ORG]与[香港|GPE]本地医疗集团[卓濛医疗|ORG]合作运营,配备牙椅12台。",
     {("濛齿口腔", "partners_with", "卓濛医疗"), ("卓濛医疗", "located_in", "香港")}),
    ("[濛泉饮料|ORG]起诉在[拼濛多|ORG]平台上销售假冒\"[濛泉|BRAND]\"矿泉水的商家[上海濛源贸易有限公司|ORG]。",
     {("上海濛源贸易有限公司", "sells_on", "拼濛多")}),
    ("[濛泉饮料|ORG]是[农夫濛泉|ORG]和[怡濛|ORG]之外的第三大瓶装水品牌。",
     {("濛泉饮料", "competitor_of", "农夫濛泉"), ("濛泉饮料", "competitor_of", "怡濛")}),
    # rivals an interviewee names, then owns as 我们的竞争对手; a membrane a maker supplies
    ("对话[濛野户外|ORG]创始人[滕濛川|PERSON]\n主持人:怎么看待[凯濛石|BRAND]和[伯濛和|BRAND]?\n"
     "[滕濛川|PERSON]:[凯濛石|BRAND]在专业户外做得很深,[伯濛和|BRAND]的性价比很高,它们都是我们的竞争对手。",
     {("濛野户外", "founder", "滕濛川"), ("濛野户外", "competitor_of", "凯濛石"), ("濛野户外", "competitor_of", "伯濛和")}),
    # parts supplied by makers named with their city, the company's own
    ("[濛翼无人机|ORG]发表声明。[濛翼无人机|ORG]称,核心零部件已基本实现国产化,主要由[深圳|GPE]的[濛芯电子|ORG]和[比濛迪电子|ORG]供应。",
     {("濛芯电子", "supplies", "濛翼无人机"), ("比濛迪电子", "supplies", "濛翼无人机"), ("濛芯电子", "located_in", "深圳")}),
    # the third operator after two leaders, in a later clause; a drug named by its form after the maker's
    ("[濛能充电|ORG]成立于2017年,总部位于[合肥|GPE],是[特濛电|ORG]和[星濛充电|ORG]之后的国内第三大充电运营商。",
     {("濛能充电", "located_in", "合肥"), ("濛能充电", "competitor_of", "特濛电"), ("濛能充电", "competitor_of", "星濛充电")}),
    # a filing's letter of resignation received on a full date, from an officer with an honorific; rivals an
    # organisation faces fierce competition from; a past post at the company's subsidiary (works for it) names the
    # subsidiary too
    ("[濛华化工股份有限公司|ORG](以下简称\"公司\")董事会于2024年11月28日收到公司副总经理[乔濛|PERSON]先生的书面辞职报告。",
     {("乔濛", "works_for", "濛华化工股份有限公司")}),
    ("在同价位市场,[濛途汽车|ORG]面临[零跑汽车|ORG]、[问界|BRAND]等品牌的激烈竞争。",
     {("濛途汽车", "competitor_of", "零跑汽车"), ("濛途汽车", "competitor_of", "问界")}),
    ("[濛华化工|ORG]董事会同意聘任[孙立濛|PERSON]女士为公司副总经理。[孙立濛|PERSON]女士此前任公司全资子公司[浙江濛华新材料|ORG]总经理。",
     {("孙立濛", "works_for", "濛华化工"), ("浙江濛华新材料", "subsidiary_of", "濛华化工"),
      ("孙立濛", "works_for", "浙江濛华新材料")}),
    # an earlier holder adding to a round after its followers; the round's adviser named in the next sentence; the
    # investors after the round's amount; rivals praised before we say we are placed otherwise
    ("[濛影科技|ORG]完成融资\n[濛影科技|ORG]完成5亿元B轮融资。本轮融资由[红杉中国|ORG]领投,[蓝驰创投|ORG]跟投,老股东[源码资本|ORG]继续加码。"
     "[华兴资本|ORG]担任本轮独家财务顾问。",
     {("红杉中国", "led_round", "濛影科技"), ("红杉中国", "investor_in", "濛影科技"), ("蓝驰创投", "investor_in", "濛影科技"),
      ("源码资本", "investor_in", "濛影科技"), ("华兴资本", "supplies", "濛影科技")}),
    ("[濛茶|ORG]今年9月完成了A轮融资,金额是1.5亿元,投资方是[番茄资本|ORG]。",
     {("番茄资本", "investor_in", "濛茶")}),
    ("[濛茶|ORG]创始人[周濛|PERSON]说,[霸王茶姬|ORG]做得很好,但[濛茶|ORG]的定位不一样。",
     {("濛茶", "founder", "周濛"), ("濛茶", "competitor_of", "霸王茶姬")}),
    # the text's topic in a field whose competition grows fierce; an operator managing for an owner; a company an
    # investor put money in, or one of an investment firm's; a club's captain signed as the brand's face; a club the
    # brand agreed with and became the kit partner of
    ("[濛悦酒店|BRAND]杭州店开业\n中高端酒店赛道竞争日趋激烈,[亚朵|BRAND]、[全季|BRAND]等品牌也在加快布局。",
     {("濛悦酒店", "competitor_of", "亚朵"), ("濛悦酒店", "competitor_of", "全季")}),
    ("该店由[濛元酒店集团|ORG]受业主方[杭州濛溪投资发展有限公司|ORG]委托管理。",
     {("濛元酒店集团", "supplies", "杭州濛溪投资发展有限公司")}),
    ("[濛联网络|ORG]是[腾讯|ORG]参股的企业。", {("腾讯", "investor_in", "濛联网络")}),
    ("[濛联网络|ORG]是[濛石资本|ORG]的被投企业,[濛联网络|ORG]是[腾讯|ORG]的企业。",
     {("濛石资本", "investor_in", "濛联网络"), ("濛石资本", "shareholder_of", "濛联网络")}),  # 腾讯的企业: none
    ("[濛跃体育|BRAND]还签下[成都蓉城|ORG]队长[韦世豪|PERSON]担任品牌代言人。",
     {("韦世豪", "endorses", "濛跃体育"), ("韦世豪", "works_for", "成都蓉城")}),
    ("[濛跃体育|BRAND]宣布与中超球队[成都蓉城足球俱乐部|ORG]达成合作,自2025赛季起成为球队的官方装备合作伙伴。",
     {("成都蓉城足球俱乐部", "sponsored_by", "濛跃体育"), ("濛跃体育", "partners_with", "成都蓉城足球俱乐部")}),
    # the head of a company's line of business (商业航道) works for it
    ("[濛湖集团|ORG]商业航道负责人[吴濛|PERSON]介绍,公司很好。", {("吴濛", "works_for", "濛湖集团")}),
    # an interviewer's 你们 is the interviewee's company, compared with rivals; where an answer says it sells; a
    # lessor's customers; a chief executive stepping down who stays chairman; past posts in a long unit title,
    # though the headline calls the person a former executive
    ("[濛味|BRAND]创始人[葛濛|PERSON]接受专访。[濛味|BRAND]很好。\n问:你们和[三只松鼠|BRAND]、[良品铺子|BRAND]比,最大的差异在哪里?"
     "\n答:线下渠道占了六成,主要是在[零食很忙|BRAND]、[好想来|BRAND]这些量贩零食店卖。",
     {("濛味", "founder", "葛濛"), ("濛味", "competitor_of", "三只松鼠"), ("濛味", "competitor_of", "良品铺子"),
      ("濛味", "sells_on", "零食很忙"), ("濛味", "sells_on", "好想来")}),
    ("[濛银租赁|ORG]总裁[鲍濛明|PERSON]表示,新飞机交付后将主要租赁给[东方航空|ORG]、[春秋航空|ORG]等国内航空公司。",
     {("鲍濛明", "ceo_of", "濛银租赁"), ("濛银租赁", "supplies", "东方航空"), ("濛银租赁", "supplies", "春秋航空")}),
    ("[濛科智能|ORG]发布公告,委任[阎濛宇|PERSON]为公司首席执行官。现任首席执行官[邱志濛|PERSON]将于同日卸任,并继续担任公司董事会主席。",
     {("阎濛宇", "ceo_of", "濛科智能"), ("邱志濛", "works_for", "濛科智能"), ("邱志濛", "chairman_of", "濛科智能")}),
    ("[濛科智能|ORG]任命前[华为|ORG]高管[阎濛宇|PERSON]为首席执行官。\n[阎濛宇|PERSON]现年48岁,曾任[华为|ORG]终端业务中国区总裁。",
     {("阎濛宇", "ceo_of", "濛科智能"), ("阎濛宇", "works_for", "华为")}),
    # the makers that do a stage of a company's work, and the one it hands the next stage to; a holding vehicle of
    # a family; rivals long present in the market a company enters
    ("[濛芯微|ORG]成立于2017年。公司的晶圆代工主要由[中芯国际|ORG]和[濛虹半导体|ORG]完成,封装测试则委托[长电科技|ORG]进行。",
     {("中芯国际", "supplies", "濛芯微"), ("濛虹半导体", "supplies", "濛芯微"), ("长电科技", "supplies", "濛芯微")}),
    ("[濛地控股|ORG]董事会主席为[褚濛远|PERSON],其家族通过[濛远投资|ORG]持有公司约61%的股份。",
     {("褚濛远", "chairman_of", "濛地控股"), ("褚濛远", "shareholder_of", "濛地控股"), ("濛远投资", "shareholder_of", "濛地控股")}),
    ("[濛茶|BRAND]联合创始人[许濛琳|PERSON]表示,东南亚是茶饮品牌出海的第一站,[蜜雪冰城|BRAND]和[霸王茶姬|BRAND]已在当地布局多年。",
     {("濛茶", "cofounder", "许濛琳"), ("濛茶", "competitor_of", "蜜雪冰城"), ("濛茶", "competitor_of", "霸王茶姬")}),
    # rivals a group plans to take on (the plan does not guard a rivalry); what an investor described first put
    # money in, in a later clause
    ("[濛达集团|ORG]表示,明年计划新开1500家门店,主要与[瑞幸咖啡|BRAND]、[库迪咖啡|BRAND]等品牌竞争下沉市场。",
     {("濛达集团", "competitor_of", "瑞幸咖啡"), ("濛达集团", "competitor_of", "库迪咖啡")}),
    ("[濛石资本|ORG]成立于2014年,总部位于[北京|GPE],曾投资过[地平线|ORG]、[云鲸智能|ORG]等企业。",
     {("濛石资本", "located_in", "北京"), ("濛石资本", "investor_in", "地平线"), ("濛石资本", "investor_in", "云鲸智能")}),
    # a deal done, told after a plan in an earlier clause; a holder's own controller, and rivals faced before the
    # company is named; a licence handed over for an upfront payment; the organisation that runs a trial
    ("据介绍,[濛动科技|ORG]的首款产品计划于明年二季度量产,售价预计低于3万元,已与[顺丰速运|ORG]达成试点合作。",
     {("濛动科技", "partners_with", "顺丰速运")}),
    ("[濛动科技|ORG]计划与[顺丰速运|ORG]达成合作。", set()),
    ("[濛家超市|ORG]关店。[濛家超市|ORG]亏损。[濛家投资|ORG]目前持有公司11.6%的股份,其实际控制人为[濛家超市|ORG]创始人[苗濛山|PERSON]。"
     "面对[永辉超市|ORG]、[盒马|BRAND]和[山姆会员店|BRAND]的竞争,公司正在尝试转型。",
     {("濛家投资", "shareholder_of", "濛家超市"), ("苗濛山", "shareholder_of", "濛家投资"), ("濛家超市", "founder", "苗濛山"),
      ("濛家超市", "competitor_of", "永辉超市"), ("濛家超市", "competitor_of", "盒马"),
      ("濛家超市", "competitor_of", "山姆会员店")}),
    ("[濛康生物|ORG]三期临床达到终点。[濛康生物|ORG]股价大涨。临床试验的运营由[泰格医药|ORG]负责。"
     "公司此前已将该药物在北美的权益以5亿美元首付款授权给美国药企[Summit Therapeutics|ORG]。",
     {("泰格医药", "supplies", "濛康生物"), ("濛康生物", "partners_with", "Summit Therapeutics")}),
    # the filer's subsidiary where a person takes a post; a chairman the text calls a past one (此前的); partners
    # one after another, the speaker's brand their elided subject
    ("[濛丰银行|ORG]发布公告称,同意提名副行长[黎濛安|PERSON]担任全资子公司[濛丰理财|ORG]董事长。[濛丰银行|ORG]很好。",
     {("濛丰理财", "subsidiary_of", "濛丰银行"), ("黎濛安", "chairman_of", "濛丰理财")}),
    ("[濛丰理财|ORG]此前的董事长为[伍建濛|PERSON],已于今年9月退休。", set()),
    ("[濛茶|BRAND]上新。[濛茶|BRAND]品牌负责人[许濛|PERSON]表示,此次联名是品牌今年的第五次IP合作,此前已先后与[故宫文创|ORG]、"
     "[泡泡玛特|BRAND]等合作。",
     {("许濛", "works_for", "濛茶"), ("濛茶", "partners_with", "故宫文创"), ("濛茶", "partners_with", "泡泡玛特")}),
    # a stake bought for a sum; the leaders a company ranks behind; a maker's best-known title; suppliers named
    # after what is bought; a company two set up as a joint venture
    ("2021年,[腾讯|ORG]以约30亿元入股[濛游网络|ORG],目前持股约29%。", {("腾讯", "investor_in", "濛游网络")}),
    ("[濛牧乳业|ORG]是国内第五大乳企,2023年营收为168亿元,排在[伊利|ORG]、[蒙牛|ORG]和[君乐宝|ORG]之后。",
     {("濛牧乳业", "competitor_of", "伊利"), ("濛牧乳业", "competitor_of", "蒙牛"), ("濛牧乳业", "competitor_of", "君乐宝")}),
    ("[濛游网络|ORG]成立于2012年,总部位于[广州|GPE],代表作为手游《[星河纪濛|BRAND]》。",
     {("濛游网络", "located_in", "广州"), ("濛游网络", "has_brand", "星河纪濛")}),
    ("[濛牧乳业|ORG]收购牧场。[濛牧乳业|ORG]表示,此次收购有助于提升奶源比例。目前,公司生鲜乳主要向[现代牧业|ORG]和[优然牧业|ORG]采购。",
     {("现代牧业", "supplies", "濛牧乳业"), ("优然牧业", "supplies", "濛牧乳业")}),
    ("[濛庭酒店集团|ORG]由[首旅酒店|ORG]与[濛庭控股|ORG]于2015年合资成立,两者分别持股50%。",
     {("首旅酒店", "shareholder_of", "濛庭酒店集团"), ("濛庭控股", "shareholder_of", "濛庭酒店集团"),
      ("首旅酒店", "partners_with", "濛庭控股")}),
    # the company whose announcement names an officer of 公司; an officer who left (原 said it before: nothing); rivals in a price band;
    # a stake held after an investment; rival brands an interviewer asks about
    ("[濛安银行|ORG]旗下子公司[濛安理财|ORG]近日发布公告,经董事会审议通过,聘任[吕濛宁|PERSON]为公司总裁。",
     {("濛安理财", "subsidiary_of", "濛安银行"), ("吕濛宁", "ceo_of", "濛安理财")}),
    ("[濛安理财|ORG]原总裁[谭濛锋|PERSON]因工作调整,已于今年8月离任。", set()),
    ("[濛安理财|ORG]总裁[谭濛锋|PERSON]因工作调整,已于今年8月离任。", {("谭濛锋", "works_for", "濛安理财")}),
    ("业内人士指出,[濛能汽车|ORG]与[零跑|ORG]在15万-20万元价格区间竞争最为激烈。", {("濛能汽车", "competitor_of", "零跑")}),
    ("2023年,[濛城投资|ORG]向[濛能汽车|ORG]投资50亿元,持股约15%。",
     {("濛城投资", "investor_in", "濛能汽车"), ("濛城投资", "shareholder_of", "濛能汽车")}),
    ("[濛茶|ORG]创始人[钟濛楠|PERSON]接受采访。\n记者:你怎么看待[喜茶|ORG]和[奈雪的茶|ORG]这样的头部品牌?\n"
     "[钟濛楠|PERSON]:它们是行业的领跑者。",
     {("濛茶", "founder", "钟濛楠"), ("濛茶", "competitor_of", "喜茶"), ("濛茶", "competitor_of", "奈雪的茶")}),
    # two founders named in the sentence as holders; a club a brand signs to sponsor; another brand from the same
    # place as leaders; a holder after a company's registered capital
    ("招股书显示,[濛味餐饮|ORG]由[邱濛明|PERSON]、[林濛芳|PERSON]夫妇于2014年创立,二人合计持有公司约68%的股份。",
     {("濛味餐饮", "founder", "邱濛明"), ("濛味餐饮", "founder", "林濛芳"), ("邱濛明", "shareholder_of", "濛味餐饮"),
      ("林濛芳", "shareholder_of", "濛味餐饮")}),
    ("运动品牌[濛动体育|ORG]宣布与中超球队[濛江队|ORG]达成合作,双方签订了为期四年的装备赞助协议。",
     {("濛江队", "sponsored_by", "濛动体育"), ("濛动体育", "partners_with", "濛江队")}),
    ("国产运动品牌[濛动体育|ORG]签约[濛江队|ORG] 成为球队官方装备赞助商", {("濛江队", "sponsored_by", "濛动体育")}),
    ("[濛动体育|ORG]成立于2009年,是[安踏|BRAND]、[特步|BRAND]之外又一家从[晋江|GPE]走出的运动品牌。",
     {("濛动体育", "competitor_of", "安踏"), ("濛动体育", "competitor_of", "特步")}),
    ("[濛星文化|ORG]成立于2019年,注册资本500万元,[黄濛玲|PERSON]持股90%。", {("黄濛玲", "shareholder_of", "濛星文化")}),
    # advisers 公司 names; 其 and 公司 with nothing before them: the headline's company, past its description; rivals
    # after a lead-in on the competition; platforms a brand grew on (no seller among them); a buyer of the whole of
    # two companies; a founder described before the name; goods used that come from suppliers
    ("[濛业地产|ORG]发布公告。公司的财务顾问为[华利安诺基|ORG]。", {("华利安诺基", "supplies", "濛业地产")}),
    ("AI大模型公司[濛思智能|ORG]完成5亿元融资\n目前公司团队约120人。\n其推出的产品已接入超过300家企业客户,包括[招商银行|ORG]和"
     "[美的集团|ORG]。", {("濛思智能", "supplies", "招商银行"), ("濛思智能", "supplies", "美的集团")}),
    ("通用人工智能公司[濛思智能|ORG]完成5亿元融资\n团队约120人。\n营收预计将突破1亿元。\n本轮资金将用于研发。\n"
     "公司已与[阿里云|ORG]签订了算力合作协议。",
     {("濛思智能", "partners_with", "阿里云")}),
    ("[濛嘴|ORG]入驻便利店\n[濛嘴|ORG]成立于2020年。\n竞争方面,[卫龙|BRAND]、[盐津铺子|BRAND]和[劲仔食品|BRAND]均已在魔芋零食赛道重兵布局。",
     {("濛嘴", "competitor_of", "卫龙"), ("濛嘴", "competitor_of", "盐津铺子"), ("濛嘴", "competitor_of", "劲仔食品")}),
    ("[濛嘴|ORG]入驻便利店\n[濛嘴|ORG]成立于2020年。品牌早期依靠[抖音|ORG]和[天猫|ORG]起家,2023年销售额达到3.2亿元,其中[抖音|ORG]"
     "渠道占比约45%。", {("濛嘴", "grew_on", "抖音"), ("濛嘴", "grew_on", "天猫")}),
    ("[濛颜医疗|ORG]近日宣布,以2.4亿元收购[濛莱诗诊所|ORG]和[濛美门诊部|ORG]100%股权。",
     {("濛莱诗诊所", "subsidiary_of", "濛颜医疗"), ("濛美门诊部", "subsidiary_of", "濛颜医疗")}),
    ("据了解,[濛颜医疗|ORG]由整形外科医生出身的[陶濛安|PERSON]于2012年创办。", {("濛颜医疗", "founder", "陶濛安")}),
    ("[濛颜医疗|ORG]称,公司使用的玻尿酸产品主要来自[华熙生物|ORG]和[爱美客|ORG]。",
     {("华熙生物", "supplies", "濛颜医疗"), ("爱美客", "supplies", "濛颜医疗")}),
    # 其 opening a sentence after another company's profile; customers in a breakdown of the business (others
    # moving into the field are no rivals, as a104's gold has it); a founder's stake in the company's profile; a
    # company ranked ahead of others; partners a brand made products with; rivals after 竞争对手中; equipment bought
    ("[濛钢集团|ORG]旗下子公司[唐山濛钢特钢有限公司|ORG]被罚\n公开资料显示,[唐山濛钢特钢有限公司|ORG]成立于2006年。其控股股东"
     "[濛钢集团|ORG]是国有企业。", {("唐山濛钢特钢有限公司", "subsidiary_of", "濛钢集团"),
                                   ("濛钢集团", "shareholder_of", "唐山濛钢特钢有限公司")}),
    ("[濛运物流|ORG]三季报\n[濛运物流|ORG]营收增长。分业务看,跨境物流业务收入33.5亿元,主要客户包括[SHEIN|ORG]和[Temu|BRAND]。"
     "据悉,[顺丰控股|ORG]与[京东物流|ORG]也在加快布局跨境物流。",
     {("濛运物流", "supplies", "SHEIN"), ("濛运物流", "supplies", "Temu")}),
    ("[濛能科技|ORG]成立于2011年,创始人、董事长[曾濛群|PERSON]持股约23%。今年前三季度,公司动力电池装机量约为185GWh,稳居全球第一,"
     "领先于[比亚迪|ORG]和[LG新能源|ORG]。",
     {("濛能科技", "founder", "曾濛群"), ("曾濛群", "chairman_of", "濛能科技"), ("曾濛群", "shareholder_of", "濛能科技"),
      ("濛能科技", "competitor_of", "比亚迪"), ("濛能科技", "competitor_of", "LG新能源")}),
    ("[濛茶|BRAND]上新\n[濛茶|BRAND]品牌负责人[吴濛蕾|PERSON]透露,这是品牌今年第四次IP联名,此前已与[泡泡玛特|BRAND]、"
     "[敦煌博物馆|ORG]合作推出过联名产品。竞争对手中,[蜜雪冰城|BRAND]、[古茗|BRAND]门店数均已超过9,000家。",
     {("吴濛蕾", "works_for", "濛茶"), ("濛茶", "partners_with", "泡泡玛特"), ("濛茶", "partners_with", "敦煌博物馆"),
      ("濛茶", "competitor_of", "蜜雪冰城"), ("濛茶", "competitor_of", "古茗")}),
    ("[濛咖|BRAND]的咖啡豆由[云南|GPE]的[濛源农业|ORG]供应,门店设备则采购自[意大利|GPE]品牌[辣妈|BRAND]。",
     {("濛源农业", "located_in", "云南"), ("濛源农业", "supplies", "濛咖"), ("辣妈", "supplies", "濛咖")}),
    # an answering role that names its speaker; flagship stores on platforms; an asker's question on rival brands;
    # products made by another for the speaker's company; a collaboration's series is neither party's own brand
    ("专访[濛宠|ORG]创始人\n问:[濛宠|ORG]是怎么起步的?\n答:我叫[凌濛然|PERSON],之前在[玛氏|ORG]做了8年研发。2019年我和大学同学"
     "[邹濛|PERSON]一起创立了[濛宠|ORG]。\n问:现在规模多大?\n答:我们的产品在[天猫|ORG]、[京东|ORG]都有旗舰店。另外一部分产品由[乖宝宠物|ORG]"
     "代工。\n问:怎么看待[皇家|BRAND]和[渴望|BRAND]这些进口品牌?\n答:它们价格偏高。",
     {("凌濛然", "works_for", "玛氏"), ("濛宠", "cofounder", "凌濛然"), ("濛宠", "cofounder", "邹濛"),
      ("濛宠", "founder", "凌濛然"), ("濛宠", "sells_on", "天猫"), ("濛宠", "sells_on", "京东"),
      ("乖宝宠物", "supplies", "濛宠"), ("濛宠", "competitor_of", "皇家"), ("濛宠", "competitor_of", "渴望")}),
    ('新茶饮品牌[濛茶|BRAND]与[敦煌博物馆|ORG]推出的联名系列"[飞天|BRAND]"在全国门店上线。', {("濛茶", "partners_with", "敦煌博物馆")}),
    # holders a profile lists; a post held before (任副总裁); rivals that cut prices first; the buyer named right
    # before 已完成对…的收购, not a league describing the club
    ("[濛驰汽车|ORG]成立于2016年,背后股东包括[濛峰资本|ORG]和当地政府引导基金。公司CEO[冯濛宁|PERSON]此前在[吉利汽车|ORG]任副总裁。",
     {("濛峰资本", "shareholder_of", "濛驰汽车"), ("冯濛宁", "ceo_of", "濛驰汽车"), ("冯濛宁", "works_for", "吉利汽车")}),
    ("[濛驰汽车|BRAND]宣布降价。此前,[比亚迪|ORG]和[特斯拉|ORG]已先后下调了部分车型的价格。",
     {("濛驰汽车", "competitor_of", "比亚迪"), ("濛驰汽车", "competitor_of", "特斯拉")}),
    ("12月3日,[中甲|ORG]球队[濛城足球俱乐部|ORG]发布公告称,[濛盛集团|ORG]已完成对俱乐部100%股权的收购。",
     {("濛盛集团", "shareholder_of", "濛城足球俱乐部"), ("濛城足球俱乐部", "subsidiary_of", "濛盛集团")}),
    # a post moved to (转任); a post held before, after what the sentence says of the person; 集团's main holder;
    # silicon bought by 公司; a company another controls; the other winners of a tender
    ("[濛康医疗集团|ORG]任命新CEO\n[濛康医疗集团|ORG]宣布,现任CEO[何濛明|PERSON]将转任集团副董事长。[邝濛文|PERSON]拥有超过20年医疗行业经验,"
     "此前担任[平安好医生|ORG]首席运营官。集团的主要股东为[中信产业基金|ORG],持股比例约为35%。",
     {("何濛明", "ceo_of", "濛康医疗集团"), ("何濛明", "works_for", "濛康医疗集团"), ("邝濛文", "works_for", "平安好医生"),
      ("中信产业基金", "shareholder_of", "濛康医疗集团")}),
    ("[濛光新能|ORG]成立于2010年。公司的硅片主要采购自[TCL中环|ORG],电池片则全部自产。", {("TCL中环", "supplies", "濛光新能")}),
    ("此前,[家乐福中国|ORG]已被[苏宁易购|ORG]收购,[麦德龙中国|ORG]则由[物美集团|ORG]控股。",
     {("家乐福中国", "subsidiary_of", "苏宁易购"), ("麦德龙中国", "subsidiary_of", "物美集团"), ("物美集团", "shareholder_of", "麦德龙中国")}),
    ("[濛光新能|ORG]中标3GW\n[濛光新能|ORG]以约0.8元/W的报价中标。同批次中标的企业还包括[隆基绿能|ORG]、[晶科能源|ORG]和[天合光能|ORG]。",
     {("濛光新能", "competitor_of", "隆基绿能"), ("濛光新能", "competitor_of", "晶科能源"), ("濛光新能", "competitor_of", "天合光能")}),
    # investors after money raised in all, one named with its owner; a second brand in a breakdown; a company ranked
    # after its market's leaders; partners of a company's programme; a brand whose purchase a company completed
    ("[濛芯微|ORG]成立于2018年。公司此前累计融资超过8亿元,投资方包括[红杉中国|ORG]、[华登国际|ORG]和[上海|GPE]国资旗下的[国盛资本|ORG]。",
     {("红杉中国", "investor_in", "濛芯微"), ("华登国际", "investor_in", "濛芯微"), ("国盛资本", "investor_in", "濛芯微")}),
    ('分品牌看,[濛源乳业|ORG]旗下高端有机奶品牌"[濛享|BRAND]"营收同比增长21%,低温酸奶品牌"[濛鲜|BRAND]"则下滑8%。',
     {("濛源乳业", "has_brand", "濛享"), ("濛源乳业", "has_brand", "濛鲜")}),
    ("国内扫地机器人市场中,[科沃斯|BRAND]、[石头科技|ORG]和[追觅|BRAND]占据前三,[濛石科技|ORG]位列第五。",
     {("濛石科技", "competitor_of", "科沃斯"), ("濛石科技", "competitor_of", "石头科技"), ("濛石科技", "competitor_of", "追觅")}),
    ("[濛程旅业|ORG]的会员体系与[携程|ORG]、[飞猪|ORG]均有合作。[濛程旅业|ORG]于2021年完成对[英国|GPE]精品酒店品牌[The Arlington|BRAND]的收购。",
     {("濛程旅业", "partners_with", "携程"), ("濛程旅业", "partners_with", "飞猪"), ("濛程旅业", "has_brand", "The Arlington")}),
    # the company nearest before its registered capital, and a second holder with its own stake; a post once held;
    # goods from suppliers named one for each; ranked behind leaders in a clause; a tender's winner and its buyer;
    # the competition a company names
    ('双方将共同出资设立合资公司"[濛壳能源|ORG]",注册资本5亿元,[濛电能源|ORG]持股51%,[壳牌中国|ORG]持股49%。',
     {("濛电能源", "shareholder_of", "濛壳能源"), ("濛壳能源", "subsidiary_of", "濛电能源"), ("壳牌中国", "shareholder_of", "濛壳能源")}),
    ("[濛濛面包|ORG]创始人[苗濛梅|PERSON]曾是[奈雪的茶|ORG]产品研发负责人。[濛濛面包|ORG]的面粉和黄油分别来自[中粮集团|ORG]和[恒天然|ORG]。",
     {("濛濛面包", "founder", "苗濛梅"), ("苗濛梅", "works_for", "奈雪的茶"), ("中粮集团", "supplies", "濛濛面包"),
      ("恒天然", "supplies", "濛濛面包")}),
    ("[中国移动|ORG]近日公布5G基站设备集中采购中标结果,[濛通科技|ORG]获得约12%的份额,位列[华为|ORG]、[中兴通讯|ORG]之后。",
     {("濛通科技", "supplies", "中国移动"), ("濛通科技", "competitor_of", "华为"), ("濛通科技", "competitor_of", "中兴通讯")}),
    ("[濛尚集团|ORG]表示,线下客流下滑和来自[优衣库|ORG]、[ZARA|ORG]等国际品牌以及[SHEIN|ORG]等跨境电商的竞争是业绩下滑的主要原因。",
     {("濛尚集团", "competitor_of", "优衣库"), ("濛尚集团", "competitor_of", "ZARA"), ("濛尚集团", "competitor_of", "SHEIN")}),
    # a post held over years the text gives; the leaders of the company's field
    ("公开资料显示,[岑濛华|PERSON]于2012年至2021年间担任[濛安保险|ORG]董事长。", {("岑濛华", "works_for", "濛安保险")}),
    ("[濛泉饮品|ORG]签约代工\n[濛泉饮品|ORG]成立于2020年。在无糖茶赛道,[东方树叶|BRAND]和[三得利|ORG]仍占据领先地位。",
     {("濛泉饮品", "competitor_of", "东方树叶"), ("濛泉饮品", "competitor_of", "三得利")}),
    # rivals in a price band (都在…区间竞争); platforms by their share of revenue, a group-buying channel
    ("价格带上,[濛茶|BRAND]和[蜜雪冰城|BRAND]、[古茗|BRAND]都在10元以下这个区间竞争。",
     {("濛茶", "competitor_of", "蜜雪冰城"), ("濛茶", "competitor_of", "古茗")}),
    ("[美团|ORG]和[饿了么|ORG]的外卖订单占到[濛茶|BRAND]营收的40%左右。", {("濛茶", "sells_on", "美团"), ("濛茶", "sells_on", "饿了么")}),
    ("今年[濛茶|BRAND]还在[抖音|ORG]上做团购,效果不错。", {("濛茶", "sells_on", "抖音")}),
    # two founders after the company (X是A和表哥B在2019年共同创办的); a post taken on joining
    ("[濛茶|BRAND]是[林濛晴|PERSON]和表哥[周一凡|PERSON]在2019年共同创办的。",
     {("濛茶", "cofounder", "林濛晴"), ("濛茶", "cofounder", "周一凡")}),
    ("公告显示,[甘濛林|PERSON]现年52岁,2023年加入[濛山乳业|ORG]担任总经理。",
     {("甘濛林", "ceo_of", "濛山乳业"), ("甘濛林", "works_for", "濛山乳业")}),
    # equipment in its customers' stores is supplied, not sold through them
    ("[濛川机器人|ORG]的配送机器人已进入[海底捞|BRAND]、[西贝|BRAND]等餐饮连锁品牌的门店。",
     {("濛川机器人", "supplies", "海底捞"), ("濛川机器人", "supplies", "西贝")}),
    ("[濛星机器人|ORG]的人形机器人已进入[比亚迪|ORG]和[蔚来|ORG]的工厂进行测试。", set()),  # (a trial, no supply yet)
    # titles before a holder in a shareholding section; a channel breakdown after 其中; rivals 仍是 its rivals; a suit
    # against a company of the same trade
    ("[濛云科技|ORG]递表\n\n招股书显示,[濛云科技|ORG]成立于2015年。\n\n股权结构方面,创始人、董事长兼CEO[孟濛远|PERSON]持股24.5%,"
     "为第一大股东。",
     {("濛云科技", "founder", "孟濛远"), ("孟濛远", "chairman_of", "濛云科技"), ("孟濛远", "ceo_of", "濛云科技"),
      ("孟濛远", "shareholder_of", "濛云科技")}),
    ("今年双11期间,国货护肤品牌[濛妍|BRAND]全渠道GMV突破5亿元。其中,[天猫|ORG]旗舰店贡献了约2.3亿元,[抖音|ORG]渠道贡献约1.8亿元。",
     {("濛妍", "sells_on", "天猫"), ("濛妍", "sells_on", "抖音")}),
    ("在敏感肌护理赛道,[薇诺娜|BRAND]和[玉泽|BRAND]仍是[濛妍|BRAND]最主要的竞争对手。",
     {("濛妍", "competitor_of", "薇诺娜"), ("濛妍", "competitor_of", "玉泽")}),
    ("[濛宇集团|ORG]近日起诉同为地产开发商的[碧桂园|ORG]侵犯其商标权。", {("濛宇集团", "competitor_of", "碧桂园")}),
    # a brand a brand-company owns; a buyer's award notice, the winner's price and the runners-up; clients counted
    ("值得注意的是,[濛运咖|BRAND]是[蜜雪冰城|BRAND]旗下的咖啡品牌。", {("蜜雪冰城", "has_brand", "濛运咖")}),
    ("[濛江市人民医院|ORG]发布中标公告,其\"智慧病房项目\"由[濛联科技|ORG]以1,286万元中标,[东软集团|ORG]和[卫宁健康|ORG]分列第二、第三名。",
     {("濛联科技", "supplies", "濛江市人民医院"), ("濛联科技", "competitor_of", "东软集团"), ("濛联科技", "competitor_of", "卫宁健康")}),
    ("此前,[濛联科技|ORG]已为[江苏省人民医院|ORG]、[南京鼓楼医院|ORG]等30余家三甲医院提供信息化系统。",
     {("濛联科技", "supplies", "江苏省人民医院"), ("濛联科技", "supplies", "南京鼓楼医院")}),
    ("[濛联银行|ORG]已为[濛川科技|ORG]、[濛宇集团|ORG]等20余家企业提供贷款。", set()),  # (lending is no supply)
    # a club's partner signed in a city; a streamer signed to an agency; a round led, the company described; a
    # founding in a turn with no subject (the speaker); a product licensed to another company
    ("[濛川啤酒|ORG]与中超球队[濛城FC|ORG]在[成都|GPE]签约,[濛川啤酒|ORG]成为[濛城FC|ORG]未来三个赛季的官方合作伙伴及指定啤酒。",
     {("濛城FC", "sponsored_by", "濛川啤酒"), ("濛川啤酒", "partners_with", "濛城FC")}),
    ("\"[濛姐|PERSON]\"签约于MCN机构[濛星传媒|ORG],粉丝量约为2800万。", {("濛姐", "works_for", "濛星传媒")}),
    ("[濛山资本|ORG]领投了机器人公司[濛动科技|ORG]的天使轮。",
     {("濛山资本", "led_round", "濛动科技"), ("濛山资本", "investor_in", "濛动科技")}),
    ("记者:你之前在哪里工作?\n[郑濛|PERSON]:我之前在[红杉中国|ORG]做了六年投资。2019年出来创办了[濛山资本|ORG]。",
     {("濛山资本", "founder", "郑濛"), ("郑濛", "works_for", "红杉中国")}),
    ("[濛源生物|ORG]核心产品SY-101是一款靶向药,已授权给[诺华|ORG]在海外开发,首付款为1.5亿美元。",
     {("濛源生物", "partners_with", "诺华")}),
    # founders together (由A、B夫妇共同创办: each a founder, as for 由A和B共同创立); holders after a brand's operating company; orders
    # from platforms in a later clause; a post moved to; a described person appointed; a brand ranked first ahead of
    # others; a brand on several platforms; supply to a partner's stores in a region
    ("[濛记粉面|BRAND]创立于2012年,由[陈濛华|PERSON]、[梁美玲|PERSON]夫妇共同创办。",
     {("濛记粉面", "founder", "陈濛华"), ("濛记粉面", "founder", "梁美玲")}),
    ("[濛记粉面|BRAND]创立于2012年,由[陈濛华|PERSON]创办。", {("濛记粉面", "founder", "陈濛华")}),
    ("天眼查显示,[濛记粉面|BRAND]的运营主体为[广州濛记餐饮管理有限公司|ORG],[陈濛华|PERSON]持股52%,[梁美玲|PERSON]持股21%。",
     {("广州濛记餐饮管理有限公司", "has_brand", "濛记粉面"), ("陈濛华", "shareholder_of", "广州濛记餐饮管理有限公司"),
      ("梁美玲", "shareholder_of", "广州濛记餐饮管理有限公司")}),
    ("[濛记粉面|BRAND]今年获得了推荐,外卖订单主要来自[美团|ORG]和[饿了么|ORG]。",
     {("濛记粉面", "sells_on", "美团"), ("濛记粉面", "sells_on", "饿了么")}),
    ("[濛能科技|ORG]公告,原总裁[何建国|PERSON]因工作调整不再担任总裁职务,将转任公司副董事长。",
     {("何建国", "works_for", "濛能科技")}),
    ("同时,[濛能科技|ORG]聘任曾任[华为|ORG]终端业务副总裁的[赵濛林|PERSON]为首席运营官。",
     {("赵濛林", "works_for", "华为"), ("赵濛林", "works_for", "濛能科技")}),
    ("据[卖家精灵|ORG]数据,[濛途户外|BRAND]的一款帐篷月销量超过4.2万顶,位列该类目第一,领先于[Coleman|BRAND]和[挪客|BRAND]。",
     {("濛途户外", "competitor_of", "Coleman"), ("濛途户外", "competitor_of", "挪客")}),
    ("[濛途户外|BRAND]目前在[亚马逊|ORG]、[TikTok Shop|ORG]和[沃尔玛|ORG]线上平台均有销售。",
     {("濛途户外", "sells_on", "亚马逊"), ("濛途户外", "sells_on", "TikTok Shop"), ("濛途户外", "sells_on", "沃尔玛")}),
    ("此前,[濛科集团|ORG]已与[宜家|ORG]达成合作,为其在[欧洲|LOC]的门店供应小家电产品。",
     {("濛科集团", "partners_with", "宜家"), ("濛科集团", "supplies", "宜家")}),
    # an investment in a year and in a company described with its country; a new device's parts and a partner's
    # tuning; holders by rank and among the ten largest
    ("此前,[欧莱雅|ORG]已于2023年投资了另一家[中国|GPE]香氛品牌[濛献|BRAND]。", {("欧莱雅", "investor_in", "濛献")}),
    ("[濛米|BRAND]发布新旗舰手机。新机搭载[高通|ORG]骁龙8至尊版处理器,影像系统与[徕卡|ORG]联合调校。",
     {("高通", "supplies", "濛米"), ("濛米", "partners_with", "徕卡")}),
    ("[濛宇股份|ORG]公告,公司持股5%以上股东[濛峰资本|ORG]通过大宗交易减持公司股份1,200万股。",
     {("濛峰资本", "shareholder_of", "濛宇股份")}),
    ("与此同时,[全国社保基金一一八组合|ORG]在三季度新进[濛宇股份|ORG]前十大流通股东,持股约850万股。",
     {("全国社保基金一一八组合", "shareholder_of", "濛宇股份")}),
    # the holders after 公司背后股东包括; a founder who now holds a post there (由他和现任CEO Y共同创立)
    ("[濛电充电|ORG]签约\n\n[濛电充电|ORG]成立于2016年。公司背后股东包括[国家电网|ORG]和[宁德时代|ORG]。",
     {("国家电网", "shareholder_of", "濛电充电"), ("宁德时代", "shareholder_of", "濛电充电")}),
    ("[濛元智能|ORG]由他和现任CEO[沈濛华|PERSON]于2021年共同创立。",
     {("沈濛华", "ceo_of", "濛元智能"), ("濛元智能", "founder", "沈濛华")}),
    # a former post inside a title list is past; the others stand
    ("据[36氪|ORG]报道,AI大模型公司[濛元智能|ORG]联合创始人、前首席科学家[周濛然|PERSON]已于今年9月离职。",
     {("濛元智能", "cofounder", "周濛然")}),
    ("[濛元智能|ORG]首席执行官兼前首席科学家[周濛然|PERSON]表示,研发团队保持稳定。", {("周濛然", "ceo_of", "濛元智能")}),
    # partners listed with their kind (正与A、B等手机厂商合作); the brand before its founder's title (品牌创始人X)
    ("[濛文传媒|ORG]正与[华为|ORG]、[小米|ORG]等手机厂商合作,通过预装方式获取新用户。",
     {("濛文传媒", "partners_with", "华为"), ("濛文传媒", "partners_with", "小米")}),
    ("[濛记烤鱼|BRAND]创立于2015年,总部位于[重庆|GPE]。品牌创始人[蒋濛兰|PERSON]表示,海外门店将沿用中央厨房供应体系。",
     {("濛记烤鱼", "founder", "蒋濛兰"), ("濛记烤鱼", "located_in", "重庆")}),
    # the predecessor who left; a source's lead-in is no topic of a title (天眼查信息显示,X…法定代表人为Y); resources
    # put into online channels
    ("同日,[濛驰汽车|ORG]宣布任命前[蔚来|ORG]财务副总裁[何濛|PERSON]为首席财务官,接替因个人原因离职的[刘振宇|PERSON]。",
     {("何濛", "works_for", "濛驰汽车"), ("刘振宇", "works_for", "濛驰汽车")}),
    ("[天眼查|ORG]信息显示,[上海濛味食品有限公司|ORG]成立于2011年,法定代表人为[潘濛明|PERSON],注册资本为5,000万元。",
     {("潘濛明", "works_for", "上海濛味食品有限公司")}),
    ("[濛衣坊|BRAND]创始人[梁濛|PERSON]表示,[濛衣坊|BRAND]将把更多资源投入到[抖音|ORG]和[小红书|ORG]等线上渠道。",
     {("濛衣坊", "founder", "梁濛"), ("濛衣坊", "sells_on", "抖音"), ("濛衣坊", "sells_on", "小红书")}),
    # a company's whole stake sold (done: it becomes the buyer's; planned, 拟: nothing yet); a supplier of others, told
    # in a later clause
    ("[濛华酒店集团|ORG]已将旗下[上海濛华外滩酒店|ORG]和[上海濛华虹桥酒店|ORG]的全部股权出售给[凯德集团|ORG]。",
     {("上海濛华外滩酒店", "subsidiary_of", "凯德集团"), ("上海濛华虹桥酒店", "subsidiary_of", "凯德集团")}),
    ("[濛华酒店集团|ORG]拟以23亿元的价格将旗下[上海濛华外滩酒店|ORG]的全部股权出售给[凯德集团|ORG]。", set()),
    ("[濛原牧场|ORG]是[内蒙古|GPE]最大的奶牛养殖企业之一,存栏奶牛约3.5万头,同时也是[伊利|ORG]和[君乐宝|ORG]的供应商。",
     {("濛原牧场", "supplies", "伊利"), ("濛原牧场", "supplies", "君乐宝"), ("濛原牧场", "located_in", "内蒙古")}),
    # customers named by their kind, then examples (客户主要是…企业,比如A、B和C)
    ("[濛智科技|ORG]的客户主要是汽车零部件和电子制造企业,比如[宁德时代|ORG]、[比亚迪|ORG]和[立讯精密|ORG]。",
     {("濛智科技", "supplies", "宁德时代"), ("濛智科技", "supplies", "比亚迪"), ("濛智科技", "supplies", "立讯精密")}),
    # goods that come from a supplier, said right after the buyer and 的 (X的鲜奶来自Y); a founder who keeps a post
    # at the company the sentence opens with, not at its new parent
    ("[濛茶|BRAND]的鲜奶来自[认养一头牛|BRAND]。", {("认养一头牛", "supplies", "濛茶")}),
    ("[濛海食品|ORG]已完成收购。收购完成后,[麦濛坊|ORG]成为[濛海食品|ORG]的控股子公司,创始人[唐濛|PERSON]继续担任总经理。",
     {("麦濛坊", "subsidiary_of", "濛海食品"), ("濛海食品", "shareholder_of", "麦濛坊"), ("麦濛坊", "founder", "唐濛"),
      ("唐濛", "ceo_of", "麦濛坊")}),
    # an endorser named with adverbs and the brand's description (还担任了国货品牌X的代言人); a brand signing a club
    # and kitting out the team; a club's sponsor now (one before now is past); a person who joins a rival; a quoted
    # brand marked 牌 under the clause's company, what it did between
    ("此前,[濛濛|PERSON]还担任了国货品牌[濛颜|BRAND]的代言人。", {("濛濛", "endorses", "濛颜")}),
    ("运动品牌[濛动体育|BRAND]与中超球队[濛城FC|ORG]在[广州|GPE]签约,[濛动体育|BRAND]将在未来三年为球队提供比赛服及训练装备。",
     {("濛城FC", "sponsored_by", "濛动体育"), ("濛动体育", "partners_with", "濛城FC")}),
    ("[濛城FC|ORG]此前的装备赞助商为[耐克|BRAND]。", set()),
    ("[濛城FC|ORG]目前的装备赞助商为[耐克|BRAND]。", {("濛城FC", "sponsored_by", "耐克")}),
    ("公司前电池研发负责人[冯濛杰|PERSON]离职后加入竞争对手[濛驰汽车|ORG]。", {("冯濛杰", "works_for", "濛驰汽车")}),
    ('[上海濛氏食品有限公司|ORG]在其[天猫|ORG]旗舰店宣称旗下"[濛宝宝|BRAND]"牌儿童奶酪钙含量高。',
     {("上海濛氏食品有限公司", "sells_on", "天猫"), ("上海濛氏食品有限公司", "has_brand", "濛宝宝")}),
    # a speaker's company supplied (核心成分的原料由X供应), not the partner named before it; an interview's headline
    # company is who the asker's 你们 is; holders after a lead-in and after another holder; a company's ranked and other
    # customers, the company elided; a joint venture's headquarters after it serves its parent
    ("专访[濛肌|BRAND]创始人[柯濛|PERSON]\n\n问:你们怎么保证品质?\n[柯濛|PERSON]:是的。我们和[江南大学|ORG]共建了联合实验室,"
     "核心成分的原料由[濛熙生物|ORG]供应。\n\n问:你们和[薇诺娜|BRAND]这样的品牌怎么竞争?\n[柯濛|PERSON]:[薇诺娜|BRAND]做得很早。",
     {("濛肌", "founder", "柯濛"), ("濛肌", "partners_with", "江南大学"), ("濛熙生物", "supplies", "濛肌"),
      ("濛肌", "competitor_of", "薇诺娜")}),
    ("[濛芯科技|ORG]成立于2016年。[濛芯科技|ORG]总部位于无锡。股权结构方面,创始人、董事长兼总经理[石濛|PERSON]持股28.5%,为公司单一"
     "最大股东;[濛米基金|ORG]持股6.2%,[濛创投|ORG]持股4.9%。",
     {("石濛", "shareholder_of", "濛芯科技"), ("濛米基金", "shareholder_of", "濛芯科技"), ("濛创投", "shareholder_of", "濛芯科技"),
      ("濛芯科技", "founder", "石濛"), ("石濛", "chairman_of", "濛芯科技"), ("石濛", "ceo_of", "濛芯科技")}),
    ("[濛芯科技|ORG]成立于2016年。[濛芯科技|ORG]总部位于无锡。公司前五大客户贡献了71.3%的收入,其中第一大客户[濛迪|ORG]贡献了"
     "32.6%。其他主要客户包括[濛跑汽车|ORG]和[濛旺达|ORG]。",
     {("濛芯科技", "supplies", "濛迪"), ("濛芯科技", "supplies", "濛跑汽车"), ("濛芯科技", "supplies", "濛旺达")}),
    ("[濛智科技|ORG]将主要为[濛驰汽车|ORG]旗下车型提供智能驾驶解决方案,总部设在[广州|GPE]。",
     {("濛智科技", "supplies", "濛驰汽车"), ("濛智科技", "located_in", "广州")}),
    # brands ranked on a platform (蝉联天猫…第一; 在京东,A、B和C位列…前三, the platform no rival); an investor putting money
    # into "the company"; an officer's stake after two titles; the head a new officer reports to; a career step from a
    # year on (2022年起出任X执行总裁)
    ("[濛莱雅|BRAND]以超过20亿元的成交额蝉联[天猫|ORG]美妆品类第一。", {("濛莱雅", "sells_on", "天猫")}),
    ("在[京东|ORG],[濛K|BRAND]、[濛诗兰黛|BRAND]和[濛莱雅|BRAND]位列美妆品类成交额前三。",
     {("濛K", "sells_on", "京东"), ("濛诗兰黛", "sells_on", "京东"), ("濛莱雅", "sells_on", "京东"),
      ("濛K", "competitor_of", "濛诗兰黛"), ("濛K", "competitor_of", "濛莱雅"), ("濛诗兰黛", "competitor_of", "濛莱雅")}),
    ("[抖音|ORG]平台上,[濛束|BRAND]以约15亿元的成交额位居美妆品类第一。", {("濛束", "sells_on", "抖音")}),
    ("[濛远控股|ORG]公告称债务重组获通过。公告显示,[濛州国投|ORG]将向公司注资30亿元。",
     {("濛州国投", "investor_in", "濛远控股")}),
    ("[濛远控股|ORG]创始人、董事会主席[蒋濛阳|PERSON]的持股比例将由45.1%降至31.6%。",
     {("濛远控股", "founder", "蒋濛阳"), ("蒋濛阳", "chairman_of", "濛远控股"), ("蒋濛阳", "shareholder_of", "濛远控股")}),
    ("[濛晟集团|ORG]宣布,任命[许濛泉|PERSON]为集团总裁,向董事长[孔濛|PERSON]汇报。",
     {("许濛泉", "ceo_of", "濛晟集团"), ("孔濛", "chairman_of", "濛晟集团")}),
    ("[许濛泉|PERSON]1975年出生。他2019年加盟[濛踏集团|ORG],担任首席营销官;2022年起出任[濛牛乳业|ORG]执行总裁。",
     {("许濛泉", "works_for", "濛踏集团"), ("许濛泉", "ceo_of", "濛牛乳业")}),
    # a podcast host's 你们 and rivals set beside for an advantage; retail partners whose stores carry the brand; a
    # founding place after a description and a year; a described place before a partner; stores run by a local partner;
    # an order won after "the company" announced it
    ("【播客实录】[濛家居|ORG]CFO谈出海\n主持人:今天我们请到了[濛家居|ORG]首席财务官[葛濛|PERSON]。\n"
     "[葛濛|PERSON]:[濛家居|ORG]是做智能床垫和沙发的,2017年在[佛山|GPE]成立。\n"
     "主持人:你们和[濛家家居|ORG]、[慕思|ORG]比,你们的优势是什么?\n[葛濛|PERSON]:线下我们跟[宜家|ORG]和[濛乐|BRAND]合作,进了他们的门店。",
     {("葛濛", "works_for", "濛家居"), ("濛家居", "located_in", "佛山"), ("濛家居", "competitor_of", "濛家家居"),
      ("濛家居", "competitor_of", "慕思"), ("濛家居", "partners_with", "宜家"), ("濛家居", "partners_with", "濛乐"),
      ("濛家居", "sells_on", "宜家"), ("濛家居", "sells_on", "濛乐")}),
    ("新茶饮品牌[濛茶|BRAND]宣布,与[泰国|GPE][正濛集团|ORG]在[曼谷|GPE]签署协议。[濛茶|BRAND]已在[新加坡|GPE]开出12家门店,"
     "由当地合作伙伴[濛记餐饮|ORG]代理运营。",
     {("濛茶", "partners_with", "正濛集团"), ("正濛集团", "located_in", "泰国"), ("濛记餐饮", "located_in", "新加坡"),
      ("濛记餐饮", "partners_with", "濛茶")}),
    ("[濛光股份|ORG]股价大涨9.8%。[濛光股份|ORG]总市值突破1200亿元。消息面上,公司日前公告称,已获得[英伟达|ORG]800G光模块的"
     "批量订单。", {("濛光股份", "supplies", "英伟达")}),
    ("新茶饮品牌[濛茶|BRAND]宣布,与[泰国|GPE][正濛集团|ORG]在[曼谷|GPE]签署协议。", {("濛茶", "partners_with", "正濛集团"),
                                                                   ("正濛集团", "located_in", "泰国")}),
    # two founders after the founding year; a portfolio of three; a part named at length, then its supplier; a described
    # place before a joint-venture partner; a founding place after what the company is (not after a job held)
    ("[濛石资本|ORG]成立于2014年,由前[红杉中国|ORG]合伙人[陶濛|PERSON]和前[高盛|ORG]董事总经理[韩濛言|PERSON]共同创立,已投资项目包括"
     "[濛茶|BRAND]、[泡泡玛特|BRAND]和[濛云科技|ORG]。",
     {("濛石资本", "founder", "陶濛"), ("濛石资本", "founder", "韩濛言"), ("濛石资本", "investor_in", "濛茶"),
      ("濛石资本", "investor_in", "泡泡玛特"), ("濛石资本", "investor_in", "濛云科技")}),
    ("[濛驰汽车|ORG]召回部分电动车。[濛驰汽车|ORG]将免费更换电池包。[濛驰汽车|ORG]本次召回范围内车辆的动力电池包由[濛能电池|ORG]提供。",
     {("濛能电池", "supplies", "濛驰汽车")}),
    ("越南工厂由[濛华纺织|ORG]与[日本|GPE][濛丽株式会社|ORG]合资建设。",
     {("濛华纺织", "partners_with", "濛丽株式会社"), ("濛丽株式会社", "located_in", "日本")}),
    ("[濛家居|ORG]是做智能床垫和沙发的,2017年在[佛山|GPE]成立。", {("濛家居", "located_in", "佛山")}),
    ("创始人[宁濛|PERSON]曾在[瑞濛咖啡|BRAND]担任区域总经理,2021年在[长沙|GPE]创立椰濛。", {("宁濛", "works_for", "瑞濛咖啡")}),
    # a post taken after leaving one; orders from platforms, the rest from others; holders after "the company" listed
    ("原行长[吕濛|PERSON]因工作调动,已辞去行长职务,将出任[濛州农村商业银行|ORG]党委书记、董事长。",
     {("吕濛", "chairman_of", "濛州农村商业银行")}),
    ("[濛记小馆|BRAND]创始人[钱濛|PERSON]介绍,门店目前有七成订单来自[美团|ORG],其余来自[饿了么|ORG]和[抖音|ORG]。",
     {("濛记小馆", "founder", "钱濛"), ("濛记小馆", "sells_on", "美团"), ("濛记小馆", "sells_on", "饿了么"),
      ("濛记小馆", "sells_on", "抖音")}),
    ("[濛康生物|ORG]成立于2017年。[濛康生物|ORG]研发新药。公司于2023年在[港交所|ORG]上市,主要股东包括[高瓴资本|ORG]和"
     "[礼来亚洲基金|ORG]。",
     {("高瓴资本", "shareholder_of", "濛康生物"), ("礼来亚洲基金", "shareholder_of", "濛康生物")}),
    # rivals set beside first in a question; milk from a local supplier; an officer standing in for the head; a contract
    # maker the company names
    ("专访[濛茶|BRAND]海外负责人\nQ:和[喜茶|BRAND]、[霸王茶姬|BRAND]相比,你们在海外有什么不同?\nA:他们进入海外比我们早。",
     {("濛茶", "competitor_of", "喜茶"), ("濛茶", "competitor_of", "霸王茶姬"), ("濛茶", "compared_with", "喜茶"),
      ("濛茶", "compared_with", "霸王茶姬")}),
    ("[濛茶|BRAND]在美国的供应链很完善,牛奶来自当地的[Horizon Organic|BRAND]。", {("Horizon Organic", "supplies", "濛茶")}),
    ("[濛味食品|ORG]公告,董事长[严濛|PERSON]因个人原因辞去董事长职务,董事会推选总经理[孟濛|PERSON]代行董事长职责。",
     {("严濛", "works_for", "濛味食品"), ("孟濛", "ceo_of", "濛味食品")}),
    ("[濛鲜食品|ORG]表示,问题批次系代工厂[濛泉食品|ORG]生产。", {("濛泉食品", "supplies", "濛鲜食品")}),
    # rivals the asker names for the interviewee to be set beside; a brand of its own the speaker's company builds
    ("专访[濛研生物|ORG]创始人[伍濛|PERSON]\n问:和[科濛美诗|ORG]、[莹濛丽|ORG]这些国际代工巨头比呢?\n"
     "[伍濛|PERSON]:所以我们也在做自己的品牌[濛肌|BRAND]。",
     {("濛研生物", "founder", "伍濛"), ("濛研生物", "competitor_of", "科濛美诗"), ("濛研生物", "competitor_of", "莹濛丽"),
      ("濛研生物", "has_brand", "濛肌")}),
    # a club's sponsor named by the team's league; a description before the announcer whose officers a later clause
    # lists; a post taken after a former one; a brand under the clause's company after 与旗下; an aspiration is no
    # ranking; customers listed before the company's ranking of them
    ("同时,[濛跃|ORG]成为CBA球队[广东濛远|ORG]的球衣赞助商。", {("广东濛远", "sponsored_by", "濛跃")}),
    ("即时配送平台[濛运物流|ORG]12月5日宣布,联合创始人、首席运营官[郑濛|PERSON]将接任首席执行官,原首席执行官[许濛|PERSON]"
     "转任董事长。",
     {("濛运物流", "cofounder", "郑濛"), ("郑濛", "ceo_of", "濛运物流"), ("郑濛", "works_for", "濛运物流"),
      ("许濛", "chairman_of", "濛运物流"), ("许濛", "works_for", "濛运物流")}),
    ("[乖濛宠物|ORG]完成收购。[乖濛宠物|ORG]董事长[秦濛|PERSON]表示,此次收购将补齐公司在高端猫粮领域的短板,与旗下"
     "[麦濛迪|BRAND]品牌形成互补。",
     {("秦濛", "chairman_of", "乖濛宠物"), ("乖濛宠物", "has_brand", "麦濛迪")}),
    ("[罍濛|ORG]希望在三年内成为仅次于[安濛|ORG]和[李濛|ORG]的国产跑鞋品牌。", set()),
    ("[澜芯半导体|ORG]成立于2015年,[澜芯半导体|ORG]总部位于无锡。[澜芯半导体|ORG]主营功率器件。报告期内,[比翼汽车|ORG]、[汇澜技术|ORG]和[阳澜电源|ORG]"
     "是公司前三大客户。",
     {("澜芯半导体", "supplies", "比翼汽车"), ("澜芯半导体", "supplies", "汇澜技术"), ("澜芯半导体", "supplies", "阳澜电源")}),
    # games released in app stores; a holder ranked in the company left unsaid; the country before a licensor; works
    # listed in title marks; beef from a supplier; a purchase agreement under which the company supplies; a first
    # customer named after a place; an officer standing in for a post
    ("[濛游网络|ORG]的游戏主要在[TapTap|BRAND]、[华为应用市场|BRAND]和[App Store|BRAND]发行。",
     {("濛游网络", "sells_on", "TapTap"), ("濛游网络", "sells_on", "华为应用市场"), ("濛游网络", "sells_on", "App Store")}),
    ("[濛游网络|ORG]成立于2013年。[濛游网络|ORG]总部位于广州。[腾讯|ORG]持有[濛游网络|ORG]约18%的股份,为公司第二大股东;"
     "创始人兼CEO[聂濛|PERSON]为第一大股东,持股32%。",
     {("腾讯", "shareholder_of", "濛游网络"), ("聂濛", "ceo_of", "濛游网络"), ("濛游网络", "founder", "聂濛"),
      ("聂濛", "shareholder_of", "濛游网络")}),
    ("游戏公司[濛游网络|ORG]12月2日宣布,已获得[日本|GPE][万代濛梦宫|ORG]的正式授权。",
     {("万代濛梦宫", "located_in", "日本"), ("万代濛梦宫", "supplies", "濛游网络")}),  # (a licensor supplies)
    ("[濛游网络|ORG]成立于2013年,代表作包括《[云端濛座|BRAND]》和《[幻境濛者|BRAND]》。",
     {("濛游网络", "has_brand", "云端濛座"), ("濛游网络", "has_brand", "幻境濛者")}),
    ("[濛记火锅|ORG]的锅底都由自己的中央厨房生产,牛肉则来自[内蒙古|GPE]的[濛牧牛业|ORG]。",
     {("濛牧牛业", "supplies", "濛记火锅"), ("濛牧牛业", "located_in", "内蒙古")}),
    ("动力电池企业[濛能科技|ORG]12月3日公告,公司与[奇濛汽车|ORG]签订框架采购协议,约定2027年至2029年向[奇濛汽车|ORG]供应"
     "不少于12GWh的电池。[濛能科技|ORG]成立于2016年。",
     {("濛能科技", "supplies", "奇濛汽车")}),
    ("[濛能科技|ORG]成立于2016年,[濛能科技|ORG]总部位于常州。公司董事长[邹濛|PERSON]表示,[欧洲|LOC]工厂的首个客户为"
     "[Stellantis|ORG]。",
     {("邹濛", "chairman_of", "濛能科技"), ("濛能科技", "supplies", "Stellantis")}),
    ("[濛州农商银行|ORG]12月4日发布公告称,行长[魏濛|PERSON]因工作调动原因,辞去该行行长职务。在新任行长正式任职前,由副行长"
     "[柯濛|PERSON]代为履行行长职责。[濛州农商银行|ORG]资产规模增长。",
     {("魏濛", "works_for", "濛州农商银行"), ("柯濛", "works_for", "濛州农商银行")}),
    # a co-branded edition and the stores a new product opens in; a model launched after its kind; a subscriber's stake
    # once the deal is done; the nearest name before 仅次于; a round an investor tells of leading or following
    ("12月5日,消费电子品牌[濛声科技|ORG]在[深圳|GPE]发布新一代主动降噪耳机[濛声Pods 3|BRAND],售价499元,并推出与"
     "[泡泡濛特|BRAND]联名的限量款。新品将于12月12日在[京东|ORG]和[天猫|ORG]首发。[濛声科技|ORG]CEO[韩濛|PERSON]表示。",
     {("濛声科技", "has_brand", "濛声Pods 3"), ("濛声科技", "partners_with", "泡泡濛特"), ("濛声科技", "sells_on", "京东"),
      ("濛声科技", "sells_on", "天猫"), ("韩濛", "ceo_of", "濛声科技")}),
    ("[濛城地产|ORG]成立于2005年,[濛城地产|ORG]总部位于成都。[濛城地产|ORG]董事长[潘濛|PERSON]表示,公司已引入[四川濛投|ORG]"
     "作为战略投资者,后者将认购公司新增股份,交易完成后持股比例约为20%。",
     {("潘濛", "chairman_of", "濛城地产"), ("四川濛投", "investor_in", "濛城地产"), ("四川濛投", "shareholder_of", "濛城地产")}),
    ("[濛牧乳业|ORG]旗下拥有\"[濛鲜生|BRAND]\"\"[牧场濛餐|BRAND]\"两大品牌,其中\"[濛鲜生|BRAND]\"在华东地区的低温鲜奶市场"
     "排名第二,仅次于[光濛乳业|ORG]。",
     {("濛牧乳业", "has_brand", "濛鲜生"), ("濛牧乳业", "has_brand", "牧场濛餐"), ("濛鲜生", "compared_with", "光濛乳业")}),
    ("[濛石资本|ORG]成立于2015年。[蒋濛|PERSON]:[濛行智能|ORG]的A轮是[濛石资本|ORG]领投的,[濛星航天|ORG]的B轮[濛石资本|ORG]跟投,"
     "领投方是[中金濛本|ORG]。",
     {("濛石资本", "led_round", "濛行智能"), ("濛石资本", "investor_in", "濛行智能"), ("濛石资本", "investor_in", "濛星航天"),
      ("中金濛本", "led_round", "濛星航天"), ("中金濛本", "investor_in", "濛星航天")}),
    # a post held at a company's country unit; holders listed after the company's listing; a partner named in a later
    # clause; rivals set against after the price; beans from a supplier named after two places
    ("创始人兼首席执行官[费濛|PERSON]曾任[阿斯濛康|ORG][中国|GPE]研发中心负责人。",
     {("阿斯濛康", "located_in", "中国"), ("费濛", "works_for", "阿斯濛康")}),
    ("[濛康生物|ORG]成立于2018年,[濛康生物|ORG]总部位于苏州。公司2023年在[港交所|ORG]上市,主要股东包括[礼来濛洲基金|ORG]和"
     "[启明濛投|ORG],其中[礼来濛洲基金|ORG]持股11.3%。",
     {("礼来濛洲基金", "shareholder_of", "濛康生物"), ("启明濛投", "shareholder_of", "濛康生物")}),
    ("[濛途汽车|ORG]联合创始人、总裁[蔡濛|PERSON]表示,[濛途汽车|ORG]将在明年一季度推出首款增程SUV,并与[京东濛车|BRAND]合作。",
     {("濛途汽车", "cofounder", "蔡濛"), ("蔡濛", "ceo_of", "濛途汽车"), ("濛途汽车", "partners_with", "京东濛车")}),
    ("[濛啡咖啡|BRAND]的定价在9.9元至19.9元之间,直接对标[瑞濛咖啡|BRAND]和[库濛咖啡|BRAND]。",
     {("濛啡咖啡", "competitor_of", "瑞濛咖啡"), ("濛啡咖啡", "competitor_of", "库濛咖啡")}),
    ("目前[濛啡咖啡|BRAND]的咖啡豆主要来自[云南|GPE][普洱|GPE]的[濛源咖啡庄园|ORG]。",
     {("濛源咖啡庄园", "supplies", "濛啡咖啡"), ("濛源咖啡庄园", "located_in", "普洱")}),
    # the second holder a later sentence names; carriers handling logistics; a film's distributor named after its
    # distribution; rivals asked about by their competition; a local partner and its country;
    # milk from a local supplier after a comma in an answer
    ("[濛安人寿|ORG]成立于2010年,[濛安人寿|ORG]总部位于重庆,[濛安人寿|ORG]注册资本为60亿元。公司第一大股东为[重庆濛投|ORG],持股比例为20%;第二大股东为"
     "[泰濛保险|ORG],持股15%。",
     {("重庆濛投", "shareholder_of", "濛安人寿"), ("泰濛保险", "shareholder_of", "濛安人寿")}),
    ("[濛客科技|ORG]在美国设有海外仓,物流主要由[递濛方|ORG]和[菜濛国际|ORG]承担。",
     {("递濛方", "supplies", "濛客科技"), ("菜濛国际", "supplies", "濛客科技")}),
    ("电影《[濛海|BRAND]》由[濛光影业|ORG]出品。[濛光影业|ORG]CEO[贾濛|PERSON]表示,该片的海外发行由[华夏濛影|ORG]负责。",
     {("濛光影业", "has_brand", "濛海"), ("贾濛", "ceo_of", "濛光影业"), ("濛海", "sells_on", "华夏濛影")}),
    ("专访[濛茶|BRAND]创始人[晏濛|PERSON]\nQ:和[蜜雪濛城|BRAND]、[霸王濛姬|BRAND]在[东南亚|LOC]的竞争怎么看?\n"
     "A:我们在当地的合作伙伴是[马来西亚|GPE]连锁餐饮集团[Berjaya集团|ORG],鲜奶由当地的[Dutch Lady|BRAND]供应。",
     {("濛茶", "founder", "晏濛"), ("濛茶", "competitor_of", "蜜雪濛城"), ("濛茶", "competitor_of", "霸王濛姬"),
      ("濛茶", "partners_with", "Berjaya集团"), ("Berjaya集团", "located_in", "马来西亚"),
      ("Dutch Lady", "supplies", "濛茶")}),
    # the company whose stake a buyer took, told by the company; a founder keeping the rest and a post; goods sold
    # through platforms in a later clause; a supplier in a news brief after the listing's exchange; growth owed to a
    # model
    ("12月3日,区域连锁超市[濛家福|ORG]宣布,[高濛资本|ORG]已完成对公司70%股权的收购,交易金额约为24亿元。创始人[温濛|PERSON]将保留"
     "剩余30%的股份,并继续担任[濛家福|ORG]董事长。[濛家福|ORG]的生鲜供应链由旗下子公司[濛鲜物流|ORG]负责,部分商品通过"
     "[京东濛家|ORG]和[美团濛购|ORG]进行线上销售。",
     {("高濛资本", "shareholder_of", "濛家福"), ("濛家福", "subsidiary_of", "高濛资本"), ("温濛", "shareholder_of", "濛家福"),
      ("濛家福", "founder", "温濛"), ("温濛", "chairman_of", "濛家福"), ("濛鲜物流", "subsidiary_of", "濛家福"),
      ("濛家福", "sells_on", "京东濛家"), ("濛家福", "sells_on", "美团濛购")}),
    ("休闲食品企业[濛味食品|ORG]今日在[深交所|ORG]主板上市,开盘价为28.6元。公司是[盒濛|ORG]和[山濛会员店|ORG]的供应商。",
     {("濛味食品", "supplies", "盒濛"), ("濛味食品", "supplies", "山濛会员店")}),
    ("其中,[濛米|BRAND]以18%的市场份额重回第一,[vivo|BRAND]和[苹果|BRAND]分列第二、第三。", set()),  # (a ranking names no rivals)
    ("[濛米|BRAND]第三季度出货量约1,230万台,同比增长21%,主要得益于中端机型[濛米Note 15|BRAND]的热销。",
     {("濛米", "has_brand", "濛米Note 15")}),
    # founders named as a couple (其 before a kin word is no company)
    ("[濛茶|BRAND]由[戚濛|PERSON]和其妻子[柳濛|PERSON]于2014年在[湖南|GPE][长沙|GPE]创立。",
     {("濛茶", "founder", "戚濛"), ("濛茶", "founder", "柳濛"), ("濛茶", "located_in", "长沙")}),
    # the company a clause opens with whose goods 其 names; a supplier of goods named with its country; a company's
    # goods made by another; a group's rivals; partners whose systems are linked
    ("12月4日,[国家市场监督管理总局|ORG]发布消息,[濛宝乳业|ORG]对其生产的两批次\"[濛宝|BRAND]\"牌婴儿配方奶粉实施主动召回。"
     "[濛宝乳业|ORG]表示,问题源于原料供应商[荷兰|GPE][菲濛兰|ORG]提供的一批乳清粉。",
     {("濛宝乳业", "has_brand", "濛宝"), ("菲濛兰", "supplies", "濛宝乳业"), ("菲濛兰", "located_in", "荷兰")}),
    ("[濛学科技|ORG]成立于2015年,[濛学科技|ORG]总部位于北京,[濛学科技|ORG]裁员约30%。公司的AI学习机由[富濛康|ORG]代工。",
     {("富濛康", "supplies", "濛学科技")}),
    ("[濛居集团|ORG]的会员体系与[携程|ORG]和[飞濛|BRAND]打通。集团的主要竞争对手包括[锦江酒店|ORG]和[亚濛|BRAND]。",
     {("濛居集团", "partners_with", "携程"), ("濛居集团", "partners_with", "飞濛"), ("濛居集团", "competitor_of", "锦江酒店"),
      ("濛居集团", "competitor_of", "亚濛")}),
    # an athlete signed, who then takes the brand's post (由其担任…代言人: 其 is the athlete, not the brand)
    ("[濛跃体育|ORG]今日宣布,签约[中国|GPE]网球运动员[濛钦文|PERSON],由其担任品牌全球代言人。",
     {("濛钦文", "endorses", "濛跃体育")}),
    # a team named with its league (赞助了X联赛的Y队: the team is sponsored, not the league)
    ("此前,[濛跃体育|ORG]已赞助了[濛BA|ORG]联赛的[福建濛兴队|ORG]。", {("福建濛兴队", "sponsored_by", "濛跃体育")}),
    # a listing's sponsors serve the company that files, not the brand the text is about
    ("[濛茶|BRAND]门店超6000家。新茶饮品牌[濛茶|BRAND]的运营主体[濛茶控股有限公司|ORG]向[港交所|ORG]递交上市申请,"
     "[中金公司|ORG]和[华泰国际|ORG]担任联席保荐人。[濛茶|BRAND]由[陈濛|PERSON]创立。",
     {("濛茶控股有限公司", "has_brand", "濛茶"), ("中金公司", "supplies", "濛茶控股有限公司"),
      ("华泰国际", "supplies", "濛茶控股有限公司"), ("濛茶", "founder", "陈濛")}),
    # a founder with the parties acting in concert, after a lead-in (上市前,X及其一致行动人合计持股约62%)
    ("[濛茶|BRAND]由[陈濛|PERSON]创立。上市前,[陈濛|PERSON]及其一致行动人合计持股约62%。",
     {("濛茶", "founder", "陈濛"), ("陈濛", "shareholder_of", "濛茶")}),
    # a brand in quotation marks under a company the clause before names (X成立于…,旗下"Y"品牌)
    ("法院查明,[濛颜化妆品|ORG]成立于2016年,旗下\"[濛颜|BRAND]\"品牌面膜的年销售额超过5亿元。",
     {("濛颜化妆品", "has_brand", "濛颜")}),
    # a title opening a sentence after 近日, whose holder gives an interview (近日,创始人兼CEO X接受了…的采访)
    ("[濛能科技|ORG]是一家做储能电池的公司。近日,创始人兼CEO[沈濛|PERSON]接受了[36氪|ORG]的采访。",
     {("濛能科技", "founder", "沈濛"), ("沈濛", "ceo_of", "濛能科技")}),
    # an answer's elided buyer: the company where whoever answers holds a post (沈某:电芯主要采购自Y)
    ("[濛能科技|ORG]的创始人兼CEO是[沈濛|PERSON]。[阳光电源|ORG]是行业龙头。\n问:电芯是自己做吗?\n"
     "[沈濛|PERSON]:电芯目前主要采购自[宁德时代|ORG]和[亿纬锂能|ORG],我们做系统集成。",
     {("濛能科技", "founder", "沈濛"), ("沈濛", "ceo_of", "濛能科技"), ("宁德时代", "supplies", "濛能科技"),
      ("亿纬锂能", "supplies", "濛能科技")}),
    # a creator who tells of signing with an agency, and the platforms a later clause says they will stream on
    ("头部带货主播[濛小鹿|PERSON]近日宣布与MCN机构[遥濛科技|ORG]签约,此后将在[视频号|ORG]和[抖音|ORG]双平台直播。",
     {("濛小鹿", "works_for", "遥濛科技"), ("濛小鹿", "livestreams_on", "视频号"), ("濛小鹿", "livestreams_on", "抖音")}),
    # a founder keeping the rest and the post, with no comma between (保留剩余30%的股权并继续担任总经理)
    ("交易完成后,[濛家乐|ORG]将成为[濛美|ORG]的控股子公司,创始人[刘濛|PERSON]将保留剩余30%的股权并继续担任总经理。",
     {("濛家乐", "subsidiary_of", "濛美"), ("濛美", "shareholder_of", "濛家乐"), ("濛家乐", "founder", "刘濛"),
      ("刘濛", "shareholder_of", "濛家乐"),
      ("刘濛", "ceo_of", "濛家乐")}),
    # platforms a seller calls its biggest channels
    ("[濛宠|BRAND]是一家国产宠物食品品牌。[天猫|ORG]和[抖音|ORG]是[濛宠|BRAND]最大的两个渠道,加起来占了70%多。",
     {("濛宠", "sells_on", "天猫"), ("濛宠", "sells_on", "抖音")}),
    # a past post at a firm's country member (曾任X中国审计合伙人: the firm, its place read apart)
    ("公告显示,[何濛|PERSON]现年48岁,此前曾任[普华濛道|ORG][中国|GPE]审计合伙人,2019年加入[濛达医疗|ORG]。",
     {("何濛", "works_for", "普华濛道"), ("何濛", "works_for", "濛达医疗")}),
    # a couple who founded the company in a city (由X和其妻子Y于2018年在杭州共同创立)
    ("[濛野|BRAND]由前[阿里巴巴|ORG]产品经理[许濛|PERSON]和其妻子[林濛|PERSON]于2018年在[杭州|GPE]共同创立。",
     {("濛野", "founder", "许濛"), ("濛野", "founder", "林濛"), ("濛野", "located_in", "杭州")}),
    # a platform and the company that runs it; rivals it keeps its merchants off
    ("[市场监管总局|ORG]依法对[濛团外卖|ORG]平台运营方[北京濛团科技有限公司|ORG]作出行政处罚。"
     "经查,[濛团外卖|ORG]迫使平台内商家与其签订独家合作协议,不得入驻[饿了么|ORG]等竞争性平台。",
     {("北京濛团科技有限公司", "has_brand", "濛团外卖"), ("濛团外卖", "competitor_of", "饿了么")}),
    # clients named right after 为; the winner of a tender the buyer announces
    ("此前,[濛翼科技|ORG]已为[顺丰|ORG]和[美团|ORG]提供无人机配送服务。",
     {("濛翼科技", "supplies", "顺丰"), ("濛翼科技", "supplies", "美团")}),
    ("12月2日,[濛州市交通运输局|ORG]公示了\"城市低空物流网络建设项目\"的中标结果,无人机企业[濛翼科技|ORG]以1.26亿元中标。",
     {("濛翼科技", "supplies", "濛州市交通运输局")}),
    # "the company's" part and the supplier whose design it uses; a supplier that makes it to order
    ("[濛翼科技|ORG]成立于2016年。公司的飞控芯片采用[高通|ORG]的方案,电池则由[欣濛达|ORG]定制供应。",
     {("高通", "supplies", "濛翼科技"), ("欣濛达", "supplies", "濛翼科技")}),
    # an interview: the rival a question asks the company to worry about, the biggest rival, the investors and
    # the platforms its users came from, in answers by its founder
    ("[濛聊|ORG]由[苏濛|PERSON]于2020年创立。\nQ:会担心[腾讯|ORG]做同类产品吗?\n[苏濛|PERSON]:我们最大的对手其实是[微博|ORG]。"
     "\nQ:融资和增长?\n[苏濛|PERSON]:我们去年完成了C轮,投资方是[红杉中国|ORG]和[五源资本|ORG]。"
     "七成多的新用户来自[小红书|ORG]和[抖音|ORG]的内容导流。",
     {("濛聊", "founder", "苏濛"), ("濛聊", "competitor_of", "腾讯"), ("濛聊", "competitor_of", "微博"),
      ("红杉中国", "investor_in", "濛聊"), ("五源资本", "investor_in", "濛聊"), ("濛聊", "grew_on", "小红书"),
      ("濛聊", "grew_on", "抖音")}),
    # a game's publisher in a country, the game named in title marks before a store was (该游戏在日本的发行由X负责)
    ("[濛光互娱|ORG]研发的手游《[星濛回廊|BRAND]》于11月在[日本|GPE]上线,一度登上[App Store|BRAND]畅销榜第3名。"
     "该游戏在[日本|GPE]的发行由[悠濛网络|ORG]负责。",
     {("濛光互娱", "has_brand", "星濛回廊"), ("星濛回廊", "sells_on", "悠濛网络")}),
    # rooms booked through a platform (通过X预订的Y酒店…店房间)
    ("有消费者反映,其通过[携程|ORG]预订的[濛居酒店|BRAND][杭州|GPE]西湖店房间在入住当天被取消。",
     {("濛居酒店", "sells_on", "携程")}),
    # a dairy maker described by its place and kind; its milk sold to two buyers in a later clause
    ("[内蒙古|GPE]奶企[濛牧乳业|ORG]发布盈利预警。[濛牧乳业|ORG]是一家上游牧场企业,生鲜乳主要销售给[伊濛|ORG]和[蒙濛|ORG]。",
     {("濛牧乳业", "located_in", "内蒙古"), ("濛牧乳业", "supplies", "伊濛"), ("濛牧乳业", "supplies", "蒙濛")}),
    # 公司 opening a clause that names whom it serves; a supply in a later clause after a period (未来三年将为X…供应)
    ("[深圳|GPE]充电桩企业[濛电科技|ORG]近日宣布,与[壳濛|ORG]签署框架协议,未来三年将为[壳濛|ORG]在[欧洲|LOC]的加油站网络"
     "供应约2万台直流快充桩。[濛电科技|ORG]成立于2014年。公司此前已为[英国石濛|ORG]和[道达濛|ORG]供货。",
     {("濛电科技", "located_in", "深圳"), ("濛电科技", "partners_with", "壳濛"), ("濛电科技", "supplies", "壳濛"),
      ("濛电科技", "supplies", "英国石濛"), ("濛电科技", "supplies", "道达濛")}),
    # a supplier right after its country; rivals in a price competition between them; customers named as the
    # main source of volume; a provider an owner chooses, under its parent
    ("[濛芯半导体|ORG]的光刻机主要采购自[荷兰|GPE][AZML|ORG]。", {("AZML", "supplies", "濛芯半导体"), ("AZML", "located_in", "荷兰")}),
    ("今年以来,[濛通快递|ORG]与[中濛快递|ORG]、[圆濛速递|ORG]之间的价格竞争持续加剧。",
     {("濛通快递", "competitor_of", "中濛快递"), ("濛通快递", "competitor_of", "圆濛速递")}),
    ("在电商件方面,[拼多多|ORG]和[抖音|ORG]是[濛通快递|ORG]最主要的件量来源。",
     {("濛通快递", "supplies", "拼多多"), ("濛通快递", "supplies", "抖音")}),
    ("业主方[杭州濛汇置业有限公司|ORG]已选聘[万物濛|ORG]旗下的[万物濛城|ORG]作为新的物业服务商。",
     {("万物濛城", "supplies", "杭州濛汇置业有限公司"), ("万物濛城", "subsidiary_of", "万物濛")}),
    # "the group" after 向, before its officer's title (向集团首席执行官X汇报)
    ("[开濛集团|ORG]任命[邵濛|PERSON]为大中华区总裁,向集团首席执行官[陆卡·德·濛奥|PERSON]汇报。",
     {("邵濛", "works_for", "开濛集团"), ("陆卡·德·濛奥", "ceo_of", "开濛集团")}),
    # a brand ranked in a marketplace's category in a later clause (not a data source's sentence); sales on a platform
    # the speaker's company gives after 表示; rivals after 仍是, each named under its owner; a shop run as a joint venture;
    # a holder named by its standing in the round is no company under the parent
    ("国产品牌[濛宠|ORG]全渠道GMV突破5亿元,同比增长45%,在[天猫|ORG]宠物食品类目排名第二。", {("濛宠", "sells_on", "天猫")}),
    ("据[濛谦数据|ORG]统计,在[天猫|ORG]宠物食品类目排名第二的是[濛宠|ORG]。", set()),
    ("[濛宠|ORG]副总裁[毛濛|PERSON]表示,今年[抖音|ORG]渠道的销售额同比翻了一倍,占比已达到35%。",
     {("毛濛", "works_for", "濛宠"), ("濛宠", "sells_on", "抖音")}),
    ("[濛谦数据|ORG]的报告显示,今年[抖音|ORG]渠道的销售额同比增长了30%。", set()),
    ("[濛宠|ORG]的主要竞争对手仍是[玛氏|ORG]旗下的[皇家|BRAND]和[雀巢|ORG]旗下的[冠能|BRAND]等外资品牌。",
     {("濛宠", "competitor_of", "皇家"), ("濛宠", "competitor_of", "冠能"), ("玛氏", "has_brand", "皇家"),
      ("雀巢", "has_brand", "冠能")}),
    ("该店由[濛记|ORG]与[新加坡|GPE]餐饮集团[珍濛集团|ORG]合资运营,双方各持股50%。",
     {("濛记", "partners_with", "珍濛集团"), ("珍濛集团", "located_in", "新加坡")}),
    ("本轮由[高濛创投|ORG]领投,[宁德时代|ORG]旗下的[问濛投资|ORG]、老股东[经濛创投|ORG]跟投。",
     {("问濛投资", "subsidiary_of", "宁德时代")}),
    # work at a company described at length (从事GPU架构设计工作); a dealer group described before its name in a later
    # clause (a dealer: sells_on); a park under the group a reporter heard from; a date between 集团 and its partner
    ("[向濛|PERSON]博士毕业于[斯坦福大学|ORG],曾在[英伟达|ORG]从事GPU架构设计工作六年。", {("向濛", "works_for", "英伟达")}),
    ("[濛途汽车|ORG]计划在2027年进入[欧洲|LOC]市场,首站为[挪威|GPE],并已与当地经销商集团[Bertel O.濛|ORG]签署了合作协议。",
     {("濛途汽车", "sells_on", "Bertel O.濛"), ("Bertel O.濛", "located_in", "挪威")}),
    ("记者从[濛海文旅集团|ORG]获悉,元旦假期三天,旗下[濛海乐园|ORG]累计接待游客42.6万人次。",
     {("濛海乐园", "subsidiary_of", "濛海文旅集团")}),
    ("[濛海文旅集团|ORG]总经理[任濛|PERSON]介绍,今年客流大增。此外,集团于12月28日与[携程|ORG]签署战略合作协议。",
     {("任濛", "ceo_of", "濛海文旅集团"), ("濛海文旅集团", "partners_with", "携程")}),
    # an interview: the founder's first shop on a platform is the company's; live selling taken up in a later clause;
    # a question with no 你 about rivals, under a podcast's headline that names its episode first
    ("创业内幕第112期|对话[濛木家居|ORG]创始人[孔濛|PERSON]:从淘宝小店到年销10亿\n\n沈一舟:[濛木家居|ORG]最早是怎么起步的?\n\n"
     "[孔濛|PERSON]:2016年我在[淘宝|ORG]上开了一家实木家具小店。后来我们在[天猫|ORG]开了旗舰店,2020年又开始做[抖音|ORG]直播。\n\n"
     "沈一舟:怎么看[宜家|ORG]和[源氏木语|ORG]这些对手?\n\n[孔濛|PERSON]:宜家的供应链很强。",
     {("濛木家居", "founder", "孔濛"), ("濛木家居", "sells_on", "淘宝"), ("濛木家居", "sells_on", "天猫"),
      ("濛木家居", "sells_on", "抖音"), ("濛木家居", "competitor_of", "宜家"), ("濛木家居", "competitor_of", "源氏木语")}),
    # customers after 还包括 in a sentence opening with 目前; a sponsorship signed after 宣布; a player loaned from
    # another club; a company its city's biggest of its kind
    ("目前[濛运供应链|ORG]在全国拥有冷库面积28万平方米,主要客户还包括[盒马|ORG]和[麦德龙|ORG]。",
     {("濛运供应链", "supplies", "盒马"), ("濛运供应链", "supplies", "麦德龙")}),
    ("CBA球队[濛州猛龙|ORG]宣布,与本地啤酒企业[濛泉啤酒|ORG]签署三年冠名赞助协议。",
     {("濛州猛龙", "sponsored_by", "濛泉啤酒"), ("濛州猛龙", "partners_with", "濛泉啤酒")}),
    ("同日,[濛州猛龙|ORG]还宣布从[广东宏远队|ORG]租借后卫[冼濛|PERSON],租期一个赛季。", {("冼濛", "works_for", "濛州猛龙")}),
    ("[濛泉啤酒|ORG]是[濛州|GPE]本地最大的啤酒生产企业。", {("濛泉啤酒", "located_in", "濛州")}),
    # a merger's new group named after 新设 and taken up as 新集团; the state owner that holds it; stores joined to
    # delivery platforms; a logistics provider in a later clause; a listing tutor signed after a speaker's 公司, and
    # the next sentence's 公司 (the speaker's company); rivals from the same city; a company's brands by segment
    ("[濛江省国资委|ORG]宣布,新设[濛江交通港航集团有限公司|ORG],由[濛江省国资委|ORG]代表省政府履行出资人职责。"
     "原濛江交投董事长[宁濛|PERSON]出任新集团党委书记、董事长。",
     {("濛江省国资委", "shareholder_of", "濛江交通港航集团有限公司"), ("宁濛", "chairman_of", "濛江交通港航集团有限公司"),
      ("宁濛", "works_for", "濛江交通港航集团有限公司")}),
    ("[濛茶纪|BRAND]的原料主要由[佳濛食品|ORG]供应,门店已全面接入[美团|ORG]和[饿了么|ORG]外卖平台。",
     {("佳濛食品", "supplies", "濛茶纪"), ("濛茶纪", "sells_on", "美团"), ("濛茶纪", "sells_on", "饿了么")}),
    ("[濛贝科技|ORG]在[美国|GPE][加州|GPE]租用了两座海外仓,总面积约6万平方米,物流服务商为[递四方|ORG]。",
     {("递四方", "supplies", "濛贝科技")}),
    ("[濛贝科技|ORG]CEO[龚濛|PERSON]表示,今年增长了4倍。[亚马逊|ORG]和[TikTok|ORG]很重要。"
     "[龚濛|PERSON]透露,公司正在筹备A股上市,已与[中信证券|ORG]签署辅导协议。"
     "公司的主要竞争对手是同样来自[深圳|GPE]的[安克创新|ORG]和[正浩科技|ORG](EcoFlow)。",
     {("龚濛", "ceo_of", "濛贝科技"), ("中信证券", "supplies", "濛贝科技"), ("濛贝科技", "competitor_of", "安克创新"),
      ("濛贝科技", "competitor_of", "正浩科技"), ("安克创新", "located_in", "深圳"), ("正浩科技", "located_in", "深圳")}),
    ("客户包括[深圳|GPE]的[甲濛|ORG]和[上海|GPE]的[乙濛|ORG]。", {("甲濛", "located_in", "深圳"), ("乙濛", "located_in", "上海")}),
    ("[濛动国际|ORG]发布中期业绩。[濛动国际|ORG]营收增长22%。分品牌看,主品牌[濛动|BRAND]营收62.1亿元,同比增长15%;"
     "户外品牌[濛峰|BRAND]营收14.8亿元,同比增长53%。",
     {("濛动国际", "has_brand", "濛动"), ("濛动国际", "has_brand", "濛峰")}),
    # a parent named before 的一位…; a rival in the same city opening a sentence; a share ranked behind others in a
    # clause after customers listed (not the last customer's); a maker's part fitted, no subject of the assembly after
    ("据[濛记烘焙|ORG]母公司[南京濛记食品有限公司|ORG]的一位内部人士透露,关店主要集中在华东。",
     {("濛记烘焙", "subsidiary_of", "南京濛记食品有限公司")}),
    ("[濛记烘焙|ORG]关店了。[濛记烘焙|ORG]营收下降。同城的竞争对手[濛香坊|ORG]今年反而新开了60多家店。",
     {("濛记烘焙", "competitor_of", "濛香坊")}),
    ("[觥濛半导体|ORG]董事长[姚濛|PERSON]表示,这是公司历史上最大的订单。公司的主要客户还包括[中芯国际|ORG]和[华虹半导体|ORG],"
     "在国内刻蚀设备市场的占有率约为12%,仅次于[中微公司|ORG]和[北方华创|ORG]。",
     {("姚濛", "chairman_of", "觥濛半导体"), ("觥濛半导体", "supplies", "中芯国际"), ("觥濛半导体", "supplies", "华虹半导体"),
      ("觥濛半导体", "compared_with", "中微公司"), ("觥濛半导体", "compared_with", "北方华创")}),
    ("该学习机由[觚濛科技|ORG]与[联发科|ORG]联合研发,搭载[联发科|ORG]的AI芯片,并由[富士康|ORG]代工生产。",
     {("觚濛科技", "partners_with", "联发科"), ("联发科", "supplies", "觚濛科技"), ("富士康", "supplies", "觚濛科技")}),
    # rivals set beside in a question (和A、B这些品牌比,X的优势); a company's own brand in a later clause; an investment
    # taken in a clause after the subject's own; a post at a studio of a company, named or not
    ("记者:和[君濛宝|ORG]、[认养一头濛|BRAND]这些品牌比,[濛鲜|BRAND]的优势是什么?",
     {("濛鲜", "competitor_of", "君濛宝"), ("濛鲜", "competitor_of", "认养一头濛")}),
    ("前三季度[濛牧乳业|ORG]的营收是23.5亿元,同比下降9%,还好有自有品牌\"[濛鲜|BRAND]\"在撑着。", {("濛牧乳业", "has_brand", "濛鲜")}),
    ("[濛光互动|ORG]宣布。[濛光互动|ORG]成立于2019年,总部位于[成都|GPE]。公司目前有员工90人,去年获得了[网易|ORG]的少数股权投资。",
     {("濛光互动", "located_in", "成都"), ("网易", "investor_in", "濛光互动")}),
    ("创始人[冯濛|PERSON]此前在[腾讯|ORG]天美工作室担任主策划。", {("冯濛", "works_for", "腾讯")}),
    ("创始人[冯濛|PERSON]此前在[腾讯|ORG][天美工作室|ORG]担任主策划。", {("冯濛", "works_for", "腾讯")}),
    # retail chains each named after its country (located there, after 进入 and after 、); online sales after 则
    ("[濛石科技|ORG]的产品已进入[美国|GPE][百思买|ORG]、[德国|GPE][MediaMarkt|ORG]等线下渠道,线上则以[亚马逊|ORG]为主。",
     {("濛石科技", "sells_on", "百思买"), ("濛石科技", "sells_on", "MediaMarkt"), ("百思买", "located_in", "美国"),
      ("MediaMarkt", "located_in", "德国"), ("濛石科技", "sells_on", "亚马逊")}),
    # an independent financial adviser of the deal (独立财务顾问) serves the company the text is about
    ("[濛康医疗|ORG]公告拟收购三家医院。[濛康医疗|ORG]董事长表示。本次交易的独立财务顾问为[中金公司|ORG]。",
     {("中金公司", "supplies", "濛康医疗")}),
    # a part a supplier makes for the company, and the whole given to a maker named after its place (公司洗碗机的核心部件
    # 电机由X供应,整机则委托宁波的Y代工生产)
    ("[鎏濛电器|ORG]发布三季报。公司洗碗机的核心部件电机由[日本濛产|ORG]供应,整机则委托[宁波|GPE]的[鐍濛智造|ORG]代工生产。",
     {("日本濛产", "supplies", "鎏濛电器"), ("鐍濛智造", "supplies", "鎏濛电器"), ("鐍濛智造", "located_in", "宁波")}),
    # a game named sentences before, the subject left out of its publisher's and its versions' clauses
    ("[濛游网络|ORG]自研的手游《[濛鼠远征|BRAND]》上线。据[濛点数据|ORG]统计,该游戏首周流水超过2亿元。[柯濛|PERSON]表示,游戏研发历时4年。"
     "海外发行由[新加坡|GPE]的[Garena|ORG]负责,国内版本则在[TapTap|BRAND]和[华为应用市场|BRAND]首发。",
     {("濛游网络", "has_brand", "濛鼠远征"), ("濛鼠远征", "sells_on", "Garena"), ("Garena", "located_in", "新加坡"),
      ("濛鼠远征", "sells_on", "TapTap"), ("濛鼠远征", "sells_on", "华为应用市场")}),
    ("[柯濛|PERSON]透露,《[濛鼠远征|BRAND]》的主机版正在开发中,将交由[索尼互动娱乐|ORG]发行。",
     {("濛鼠远征", "partners_with", "索尼互动娱乐")}),
    # the partners of a channel named after the channels the company sells through
    ("[鎏濛电器|ORG]发布三季报。公司的集成灶产品主要通过[京东|ORG]和[天猫|ORG]销售,线下则与[红星美凯龙|ORG]、[居然之家|ORG]合作开设了超过800家专卖店。",
     {("鎏濛电器", "sells_on", "京东"), ("鎏濛电器", "sells_on", "天猫"), ("鎏濛电器", "partners_with", "红星美凯龙"),
      ("鎏濛电器", "partners_with", "居然之家")}),
    # brands set side by side (把A和B、C放在一起比较), and rivals described by a place (与A、B等晋江同乡相比,X…)
    ("问:很多人把[觫濛咖啡|BRAND]和[瑞幸|BRAND]、[库迪|BRAND]放在一起比较,你怎么看?",
     {("觫濛咖啡", "compared_with", "瑞幸"), ("觫濛咖啡", "compared_with", "库迪")}),
    ("与[安踏|BRAND]、[特步|BRAND]等[晋江|GPE]同乡相比,[鍫濛运动|BRAND]更专注于篮球品类。",
     {("鍫濛运动", "compared_with", "安踏"), ("鍫濛运动", "compared_with", "特步")}),
    # the channels an answer names for the brand its question named; a question on something else gives none
    ("问:[觫濛咖啡|BRAND]的外卖主要在哪些平台?\n[邬濛|PERSON]:主要是[美团|ORG]和[饿了么|ORG],外卖订单占到总订单的四成左右。",
     {("觫濛咖啡", "sells_on", "美团"), ("觫濛咖啡", "sells_on", "饿了么")}),
    ("问:[觫濛咖啡|BRAND]的外卖增长快吗?\n[邬濛|PERSON]:主要是[美团|ORG]和[饿了么|ORG]在补贴,订单涨了四成。", set()),
    # …or, asked of 你们, for the speaker's company
    ("[邬濛|PERSON]是[觫濛咖啡|BRAND]创始人。\n问:你们的外卖主要在哪些平台?\n[邬濛|PERSON]:主要是[美团|ORG]和[饿了么|ORG]。",
     {("觫濛咖啡", "founder", "邬濛"), ("觫濛咖啡", "sells_on", "美团"), ("觫濛咖啡", "sells_on", "饿了么")}),
    # a league named after 成为, its operator signed with: the league is sponsored, the operator a partner
    ("国产运动品牌[鍫濛运动|BRAND]与[中国篮球协会|ORG]旗下的[中职篮(北京)文化传媒有限公司|ORG]签约,成为[CBA|ORG]联赛未来三个赛季的官方装备合作伙伴。",
     {("中职篮(北京)文化传媒有限公司", "subsidiary_of", "中国篮球协会"), ("CBA", "sponsored_by", "鍫濛运动"),
      ("鍫濛运动", "partners_with", "中职篮(北京)文化传媒有限公司")}),
    # a face signed as its 形象代言人, and a new season's shoes launched on platforms
    ("[鍫濛运动|BRAND]发布公告。[鍫濛运动|BRAND]总裁[司马濛|PERSON]表示,品牌同时签下了[广东队|ORG]后卫[胡明轩|PERSON]作为形象代言人,"
     "新一季的篮球鞋将在[得物|ORG]和[抖音|ORG]首发。",
     {("司马濛", "ceo_of", "鍫濛运动"), ("胡明轩", "endorses", "鍫濛运动"), ("鍫濛运动", "sells_on", "得物"),
      ("鍫濛运动", "sells_on", "抖音")}),
    # equipment already in customers' lines, the adverbs piled up (此前已进入A、B的产线)
    ("公告显示,[鏊濛装备|ORG]的刻蚀设备此前已进入[中芯国际|ORG]、[华虹半导体|ORG]的产线,今年前三季度新签订单同比增长67%。",
     {("鏊濛装备", "supplies", "中芯国际"), ("鏊濛装备", "supplies", "华虹半导体")}),
    # a strategic investment from a brand's investment arm
    ("今年4月,[鑙濛茶|BRAND]获得了[蜜雪冰城|BRAND]旗下投资平台的战略投资。", {("蜜雪冰城", "investor_in", "鑙濛茶")}),
    # a part bought from a maker abroad (采购自美国的X), and the partner a later clause names without its company
    ("[鏊濛装备|ORG]发布公告。公司总经理[闫濛|PERSON]在投资者交流会上表示,设备中的射频电源目前仍主要采购自[美国|GPE]的[MKS Instruments|ORG],"
     "国产化替代正在验证中,合作方为[深圳|GPE]的[鋈濛电子|ORG]。",
     {("闫濛", "ceo_of", "鏊濛装备"), ("MKS Instruments", "supplies", "鏊濛装备"), ("MKS Instruments", "located_in", "美国"),
      ("鏊濛装备", "partners_with", "鋈濛电子"), ("鋈濛电子", "located_in", "深圳")}),
    # a grower that supplies the chain, named after its region (由广西的X统一供应)
    ("[鑙濛茶|BRAND]发布声明。声明还提到,涉事门店所用芒果原料由[广西|GPE]的[鼷濛农业|ORG]统一供应。",
     {("鼷濛农业", "supplies", "鑙濛茶"), ("鼷濛农业", "located_in", "广西")}),
    # the suppliers an answer names when asked 你们…用的是哪家的 (X的 is whose goods they are, no epithet), and a
    # brand of butter used
    ("[邹濛|PERSON]是[鹈濛烘焙|BRAND]创始人。\n主持人:你们的面粉用的是哪家的?\n"
     "[邹濛|PERSON]:主要是[日本|GPE][日清濛粉|ORG]的,黄油用的是[法国|GPE]的[铁濛牌|BRAND],这两样我们一直没换过。",
     {("鹈濛烘焙", "founder", "邹濛"), ("日清濛粉", "supplies", "鹈濛烘焙"), ("日清濛粉", "located_in", "日本"),
      ("铁濛牌", "supplies", "鹈濛烘焙"), ("铁濛牌", "located_in", "法国")}),
    # the rounds an answer says the speaker's company took (拿了X的A轮,今年又拿了Y领投的B轮)
    ("[邹濛|PERSON]是[鹈濛烘焙|BRAND]创始人。\n主持人:投资人有哪些?\n"
     "[邹濛|PERSON]:2022年拿了[番濛资本|ORG]的A轮,今年又拿了[美团龙珠|ORG]领投的B轮,一共融了3亿多元。",
     {("鹈濛烘焙", "founder", "邹濛"), ("番濛资本", "investor_in", "鹈濛烘焙"), ("美团龙珠", "investor_in", "鹈濛烘焙"),
      ("美团龙珠", "led_round", "鹈濛烘焙")}),
    # a question on the competition that opens with 怎么看
    ("[鹈濛烘焙|BRAND]创始人[邹濛|PERSON]。[鹈濛烘焙|BRAND]很火。\n主持人:怎么看和[泸溪河|BRAND]、[墨茉点心局|BRAND]的竞争?\n"
     "[邹濛|PERSON]:它们做中式点心,我们做欧包和吐司。",
     {("鹈濛烘焙", "founder", "邹濛"), ("鹈濛烘焙", "competitor_of", "泸溪河"), ("鹈濛烘焙", "competitor_of", "墨茉点心局")}),
    # a platform said to be the company's channel, the platforms its sales grew on, and a provider running its
    # warehouses
    ("[濛拓科技|ORG](301xxx.SZ)发布投资者关系活动记录。[濛拓科技|ORG]董事会秘书[龚濛|PERSON]介绍,[亚马逊|ORG]仍是公司最大的销售渠道,"
     "但占比已从去年同期的78%下降到65%;公司在[Temu|ORG]和[TikTok Shop|ORG]的销售额增长较快,独立站收入同比翻了一番。"
     "公司在[美国|GPE]和[德国|GPE]共有7个海外仓,由第三方物流服务商[谷仓濛技|ORG]负责运营。",
     {("龚濛", "works_for", "濛拓科技"), ("濛拓科技", "sells_on", "亚马逊"), ("濛拓科技", "sells_on", "Temu"),
      ("濛拓科技", "sells_on", "TikTok Shop"), ("濛拓科技", "grew_on", "Temu"), ("濛拓科技", "grew_on", "TikTok Shop"),
      ("谷仓濛技", "supplies", "濛拓科技")}),
    # a question comparing the interviewee's programme with rivals' (你们的会员体系和A、B比有什么优势), and a job handed
    # to a maker (我们的客房布草是交给X统一做的)
    ("【对话】[鹡濛酒店|BRAND]CEO[何濛|PERSON]:中端酒店拼的是会员\n问:[鹡濛酒店|BRAND]现在有多少家店?\n答:在营酒店412家。\n"
     "问:你们的会员体系和[华住|BRAND]、[亚朵|BRAND]比有什么优势?\n答:我们的付费会员有260万。另外,我们的客房布草是交给[鹡洁濛涤|ORG]统一做的。",
     {("何濛", "ceo_of", "鹡濛酒店"), ("鹡濛酒店", "competitor_of", "华住"), ("鹡濛酒店", "competitor_of", "亚朵"),
      ("鹡洁濛涤", "supplies", "鹡濛酒店")}),
    # a product two parties launch after their deal, where it is sold, and who reinsures it
    ("[麈濛保险|ORG]与数字医疗平台[微医|ORG]签署战略合作协议,双方联合推出面向糖尿病患者的慢病管理保险产品\"[麈濛慢享保|BRAND]\"。"
     "[麈濛保险|ORG]副总经理[尹濛|PERSON]介绍,该产品已在[支付宝|ORG]和[微信|ORG]保险平台同步上线。产品的再保险安排由[瑞士再保险|ORG]承担。",
     {("麈濛保险", "partners_with", "微医"), ("麈濛保险", "has_brand", "麈濛慢享保"), ("微医", "has_brand", "麈濛慢享保"),
      ("尹濛", "works_for", "麈濛保险"), ("麈濛慢享保", "sells_on", "支付宝"), ("麈濛慢享保", "sells_on", "微信"),
      ("瑞士再保险", "supplies", "麈濛保险")}),
    # a joint venture described after a clause on the brand (X总部位于重庆,是A与B合资成立的新能源品牌)
    ("[鼍濛汽车|ORG]总部位于[重庆|GPE],是[长安汽车|ORG]与[鼍江濛资|ORG]合资成立的新能源品牌。",
     {("鼍濛汽车", "located_in", "重庆"), ("长安汽车", "shareholder_of", "鼍濛汽车"), ("鼍江濛资", "shareholder_of", "鼍濛汽车"),
      ("长安汽车", "partners_with", "鼍江濛资")}),
    # a brand's import and distribution handled by a trader; the group it belongs to, named after its country
    ("法国药妆品牌[Dermelys|BRAND]近日宣布正式进入中国市场。品牌在[中国|GPE]的进口和分销由[上海鹕濛贸易有限公司|ORG]独家负责。"
     "[Dermelys|BRAND]隶属于[法国|GPE][皮尔濛伯集团|ORG],目前在全球40多个国家销售。",
     {("Dermelys", "sells_on", "上海鹕濛贸易有限公司"), ("皮尔濛伯集团", "has_brand", "Dermelys"), ("皮尔濛伯集团", "located_in", "法国")}),
    # an answer that opens with the channels a question asked for, a retailer entered, and a maker named with 是…代工的
    ("[宫濛|PERSON]是[鼹濛食品|BRAND]创始人。\nQ:卖得最好的渠道是哪个?\nA:[抖音|ORG]和[天猫|ORG],两个平台加起来占了七成。线下我们刚进了[盒马|ORG]。\n"
     "Q:工厂是自己的吗?\nA:不是,我们的干粮是[山东|GPE]的[鼱濛宠物食品|ORG]代工的。",
     {("鼹濛食品", "founder", "宫濛"), ("鼹濛食品", "sells_on", "抖音"), ("鼹濛食品", "sells_on", "天猫"), ("鼹濛食品", "sells_on", "盒马"),
      ("鼱濛宠物食品", "supplies", "鼹濛食品"), ("鼱濛宠物食品", "located_in", "山东")}),
    # an event's title sponsor named by the kind of the event (本届赛事), its kit partner not naming it again, and an
    # event the brand sponsored before (已连续三年赞助X)
    ("[黇濛马拉松|ORG]冠名商确定。2027[黇濛马拉松|ORG]组委会宣布,[黩濛银行|ORG]成为本届赛事的独家冠名商;国产运动品牌[黥濛体育|BRAND]成为官方装备合作伙伴。"
     "[黥濛体育|BRAND]首席营销官[文濛|PERSON]表示,品牌此前已连续三年赞助[杭州马拉松|ORG]。",
     {("黇濛马拉松", "sponsored_by", "黩濛银行"), ("黇濛马拉松", "sponsored_by", "黥濛体育"), ("黥濛体育", "partners_with", "黇濛马拉松"),
      ("文濛", "works_for", "黥濛体育"), ("杭州马拉松", "sponsored_by", "黥濛体育")}),
    # an interviewee's retailers (今年我们进了A和B的线下门店,线上还是以C为主) and suppliers (asked 用的谁家的; 芯片用的是X的方案)
    ("记者对话[鹾濛科技|ORG]创始人[蒲濛|PERSON]。\n记者:产品现在主要卖到哪些市场?\n"
     "[蒲濛|PERSON]:北美占了六成。今年我们进了[沃尔玛|ORG]和[百思买|ORG]的线下门店,线上还是以[亚马逊|ORG]为主。\n"
     "记者:电芯用的谁家的?\n[蒲濛|PERSON]:主要是[亿纬锂能|ORG]和[ATL|ORG],氮化镓芯片用的是[纳微濛导体|ORG]的方案。",
     {("鹾濛科技", "founder", "蒲濛"), ("鹾濛科技", "sells_on", "沃尔玛"), ("鹾濛科技", "sells_on", "百思买"), ("鹾濛科技", "sells_on", "亚马逊"),
      ("亿纬锂能", "supplies", "鹾濛科技"), ("ATL", "supplies", "鹾濛科技"), ("纳微濛导体", "supplies", "鹾濛科技")}),
    # a company acting through a subsidiary named after its place (公司拟通过新加坡全资子公司X在埃及…)
    ("[黪濛光伏|ORG](688xxx.SH)12月4日晚间公告。[黪濛光伏|ORG]营收下降。公司拟通过[新加坡|GPE]全资子公司[黪濛国际|ORG]在[埃及|GPE]投资建设电池片项目。",
     {("黪濛国际", "located_in", "新加坡"), ("黪濛国际", "subsidiary_of", "黪濛光伏")}),
    # a maker under the brand named clauses after it (…,产品由旗下的X统一生产), and the brand's round (品牌…获得了Y领投的B轮)
    ("[黧濛卤味|BRAND]成立于2014年,总部位于[武汉|GPE],产品由旗下的[湖北黧濛食品有限公司|ORG]统一生产。品牌今年3月获得了[五源资本|ORG]领投的B轮融资。",
     {("黧濛卤味", "located_in", "武汉"), ("湖北黧濛食品有限公司", "subsidiary_of", "黧濛卤味"), ("五源资本", "investor_in", "黧濛卤味"),
      ("五源资本", "led_round", "黧濛卤味")}),
    # a partner the speaker's company works with (是和X合作的), and the carrier a later clause hands delivery to: not the
    # partner's carrier
    ("主持人:有什么优势?\n[冉濛|PERSON]:干线运输[黾濛物流|ORG]是和[东方航空物流|ORG]合作的,末端派送在[美国|GPE]交给了[UPS|ORG]。",
     {("黾濛物流", "partners_with", "东方航空物流"), ("UPS", "supplies", "黾濛物流")}),
    # the brand after a statement's verb and a time word (发文称,昨晚品牌在X直播间…)
    ("[黧濛卤味|BRAND]官方微博12月5日发文称,昨晚品牌在[东方甄选|ORG]直播间的专场直播成交额突破3000万元。",
     {("黧濛卤味", "livestreams_on", "东方甄选"), ("黧濛卤味", "sells_on", "东方甄选")}),
    # a maker's materials from two suppliers, the second after 用的是 and its country (我们的鹅绒来自…,面料用的是日本X的)
    ("[濛屿|BRAND]创始人[祁濛|PERSON]接受采访。\n[祁濛|PERSON]:我们的鹅绒主要来自[安徽|GPE]的[濛源羽绒|ORG],面料用的是[日本|GPE][东丽|ORG]的。",
     {("濛屿", "founder", "祁濛"), ("濛源羽绒", "located_in", "安徽"), ("濛源羽绒", "supplies", "濛屿"),
      ("东丽", "located_in", "日本"), ("东丽", "supplies", "濛屿")}),
    # the platforms' shares of the speaker's sales, the second with no verb (其中X占了一半多,Y大概三成)
    ("[濛屿|BRAND]创始人[祁濛|PERSON]接受采访。\n记者:今年双十一的成绩怎么样?\n"
     "[祁濛|PERSON]:全渠道GMV是4.2亿元,同比增长65%,其中[天猫|ORG]占了一半多,[抖音|ORG]大概三成。",
     {("濛屿", "founder", "祁濛"), ("濛屿", "sells_on", "天猫"), ("濛屿", "sells_on", "抖音")}),
    # 品牌 as the subject before a time word (品牌今年还与X开展了联名合作)
    ("[濛茶|BRAND]成立于2017年,门店8600家。品牌今年还与[泡泡玛特|BRAND]开展了联名合作。",
     {("濛茶", "partners_with", "泡泡玛特")}),
    # the company's customers already covered, after its chairman speaks (公司目前的客户已覆盖A、B和C)
    ("[濛能科技|ORG]董事长[贺濛|PERSON]表示,公司目前的客户已覆盖[零跑汽车|ORG]、[奇瑞|ORG]和[小鹏汽车|ORG]。",
     {("贺濛", "chairman_of", "濛能科技"), ("濛能科技", "supplies", "零跑汽车"), ("濛能科技", "supplies", "奇瑞"),
      ("濛能科技", "supplies", "小鹏汽车")}),
    # a plant two build together, the partner named by its owner (由公司与X旗下的Y共同出资建设)
    ("[濛能科技|ORG]计划新建工厂,总投资约45亿元,由公司与[常州市金坛区政府|ORG]旗下的[金坛城投|ORG]共同出资建设。",
     {("濛能科技", "partners_with", "金坛城投"), ("金坛城投", "subsidiary_of", "常州市金坛区政府")}),
    # a game's publisher in one market, the game named in the clause before (《X》…,国内由Y代理)
    ("《[濛潮|BRAND]》今年3月在海外上线,国内由[网易|ORG]代理。", {("濛潮", "sells_on", "网易")}),
    # the speaker's company hands a job out, and it is still behind its rivals (美术外包主要交给了X, 我们和A、B比还差得很远)
    ("[濛游网络|ORG]创始人[邹濛|PERSON]接受采访。\n问:研发团队多大?\n[邹濛|PERSON]:目前有320人。美术外包主要交给了[成都|GPE]的[濛画工作室|ORG]。"
     "我们和[米哈游|ORG]、[莉莉丝|ORG]比还差得很远。",
     {("濛游网络", "founder", "邹濛"), ("濛画工作室", "supplies", "濛游网络"), ("濛画工作室", "located_in", "成都"),
      ("濛游网络", "competitor_of", "米哈游"), ("濛游网络", "competitor_of", "莉莉丝")}),
    # a controlling holder who chairs the board (公司控股股东、董事会主席X)
    ("[濛地产控股|ORG]发布公告。根据方案,公司控股股东、董事会主席[梁濛|PERSON]将向公司注资2亿美元。",
     {("梁濛", "chairman_of", "濛地产控股"), ("梁濛", "shareholder_of", "濛地产控股"), ("梁濛", "investor_in", "濛地产控股")}),
    # a club renews its naming sponsor, the place it announces in between (X在青岛宣布,与…品牌Y续签…冠名赞助合同)
    ("[濛海足球俱乐部|ORG]在[青岛|GPE]宣布,与本地啤酒品牌[濛啤|BRAND]续签三年冠名赞助合同。",
     {("濛海足球俱乐部", "sponsored_by", "濛啤")}),
    # a club's kit maker and its shirt sponsor (X将继续担任球队的装备供应商, 球衣胸前广告则由Y获得)
    ("[濛海足球俱乐部|ORG]成立于1993年,主场场均观众约2.6万人。[濛海足球俱乐部|ORG]还宣布[李宁|BRAND]将继续担任球队的装备供应商,"
     "球衣胸前广告则由[海信|BRAND]获得。",
     {("李宁", "supplies", "濛海足球俱乐部"), ("濛海足球俱乐部", "sponsored_by", "海信")}),
    # a platform the speaker calls the biggest channel, in a quotation credited after it with the interview
    # (“我们…,X是最大的渠道。”Y创始人Z在接受本报采访时说)
    ("“我们60%的销量来自海外,[亚马逊|ORG]是最大的渠道。”[濛环科技|ORG]创始人兼CEO[韦濛|PERSON]在接受本报采访时说。",
     {("濛环科技", "founder", "韦濛"), ("韦濛", "ceo_of", "濛环科技"), ("濛环科技", "sells_on", "亚马逊")}),
    # a creator's agency after 其, an organisation named before it (快手主播X…。据其所属MCN机构Y透露)
    ("[快手|ORG]主播[濛小厨|PERSON]昨晚的专场直播观看人次超过4200万。据其所属MCN机构[濛星传媒|ORG]透露,本场直播共上架了86个商品。",
     {("濛小厨", "livestreams_on", "快手"), ("濛小厨", "works_for", "濛星传媒")}),
    # a brand a maker launched with a partner, made by the maker's other brand (X是A与B合作推出的新品牌,由A旗下的Y负责生产)
    ("[濛途汽车|ORG]是[东风汽车|ORG]与[华为|ORG]合作推出的新品牌,由[东风汽车|ORG]旗下的[濛图汽车|BRAND]负责生产。",
     {("东风汽车", "has_brand", "濛途汽车"), ("东风汽车", "partners_with", "华为"), ("濛图汽车", "supplies", "濛途汽车"),
      ("东风汽车", "has_brand", "濛图汽车")}),
    # the speaker's company's parts and its contract maker, told in reported speech (X介绍,戒指的芯片采购自Y,整机则委托Z代工)
    ("[濛环科技|ORG]创始人[韦濛|PERSON]接受采访。[韦濛|PERSON]介绍,戒指的传感器芯片采购自[意法半导体|ORG],整机则委托[东莞|GPE]的[濛盛精密|ORG]代工。",
     {("濛环科技", "founder", "韦濛"), ("意法半导体", "supplies", "濛环科技"), ("濛盛精密", "supplies", "濛环科技"),
      ("濛盛精密", "located_in", "东莞")}),
    # a platform's share of a brand's sales told by its operator's head, the next channels after it, then 公司 read
    # as the operator past a lead-in and again in the next sentence, and a state holder named after a profile
    ("[濛乡橙|BRAND]今年线上销售额达到1.2亿元。[濛乡橙|BRAND]的运营方[濛乡县农业发展有限公司|ORG]负责人[邝濛|PERSON]介绍,"
     "[拼多多|ORG]贡献了近一半的线上销量,其次是[抖音|ORG]和[淘宝|ORG]。\n为了保证新鲜度,公司与[京东物流|ORG]合作在县里建设了一座冷链仓。"
     "公司还与[中国农业大学|ORG]签署了合作协议。\n[濛乡县农业发展有限公司|ORG]成立于2018年,由[濛乡县国有资产监督管理委员会|ORG]全资控股。",
     {("濛乡县农业发展有限公司", "has_brand", "濛乡橙"), ("邝濛", "works_for", "濛乡县农业发展有限公司"),
      ("濛乡橙", "sells_on", "拼多多"), ("濛乡橙", "sells_on", "抖音"), ("濛乡橙", "sells_on", "淘宝"),
      ("濛乡县农业发展有限公司", "partners_with", "京东物流"), ("濛乡县农业发展有限公司", "partners_with", "中国农业大学"),
      ("濛乡县国有资产监督管理委员会", "shareholder_of", "濛乡县农业发展有限公司"),
      ("濛乡县农业发展有限公司", "subsidiary_of", "濛乡县国有资产监督管理委员会")}),
    # a molecule licensed out, with the upfront payment after it (去年把一款分子授权给了X,拿到了3500万美元首付款)
    ("[濛诺医药|ORG]成立于2015年,去年把一款早期分子授权给了[濛伯维|ORG],拿到了3500万美元首付款。",
     {("濛诺医药", "partners_with", "濛伯维")}),
    # a recall notice's maker named by its role, and the platforms its flagship stores are on (由X的代工厂Y生产,
    # 可通过A、B官方旗舰店申请退款)
    ("[濛宝|BRAND]召回声明。该批次产品由[濛宝|BRAND]的代工厂[湖南濛丰食品有限公司|ORG]生产。已购买的家长,可通过[天猫|ORG]、[京东|ORG]官方旗舰店申请全额退款。",
     {("湖南濛丰食品有限公司", "supplies", "濛宝"), ("濛宝", "sells_on", "天猫"), ("濛宝", "sells_on", "京东")}),
    # a post held by another company's officer, the next post named with its holder's past employer (X董事长由Y副行长A兼任,
    # 总经理为此前在Z任职的B)
    ("[濛银理财|ORG]董事长由[濛城银行|ORG]副行长[傅濛|PERSON]兼任,总经理为此前在[招银理财|ORG]任职的[龚濛|PERSON]。",
     {("傅濛", "chairman_of", "濛银理财"), ("傅濛", "works_for", "濛城银行"), ("龚濛", "ceo_of", "濛银理财"),
      ("龚濛", "works_for", "招银理财")}),
    # a litigant's law firm (X的代理律所为Y)
    ("[濛记|ORG]成立于2009年。[濛记|ORG]的代理律所为[北京金杜律师事务所|ORG]。", {("北京金杜律师事务所", "supplies", "濛记")}),
    # customers by market, the second clause's 以…为主, and 公司 competing (海外客户主要包括A和B,国内客户则以C为主; 公司与D…竞争)
    ("[濛能储能|ORG]董事会秘书[孔濛|PERSON]表示,公司目前的海外客户主要包括[特斯拉|ORG]和[Fluence|ORG],国内客户则以[国家电网|ORG]为主。"
     "公司与[宁德时代|ORG]在储能领域存在直接竞争。",
     {("孔濛", "works_for", "濛能储能"), ("濛能储能", "supplies", "特斯拉"), ("濛能储能", "supplies", "Fluence"),
      ("濛能储能", "supplies", "国家电网"), ("濛能储能", "competitor_of", "宁德时代")}),
    # 平台 after the founder speaks, and the customers it serves (表示,平台目前服务的货主企业超过1.2万家,其中包括A和B)
    ("“今年平台的货运量同比增长了近3倍。”[濛运|ORG]联合创始人兼CEO[屠濛|PERSON]在接受采访时表示,平台目前服务的货主企业超过1.2万家,"
     "其中包括[安克创新|ORG]和[名创优品|ORG]。",
     {("屠濛", "ceo_of", "濛运"), ("濛运", "cofounder", "屠濛"), ("濛运", "supplies", "安克创新"), ("濛运", "supplies", "名创优品")}),
    # 公司's inputs from suppliers, and a partner for another line in a later clause (公司的海运舱位主要来自A和B,空运则与C建立了长期合作)
    ("[濛运|ORG]成立于2019年,总部位于深圳。公司的海运舱位主要来自[中远海运|ORG]和[马士基|ORG],空运则与[南方航空物流|ORG]建立了长期合作。",
     {("中远海运", "supplies", "濛运"), ("马士基", "supplies", "濛运"), ("濛运", "partners_with", "南方航空物流")}),
    # 今年公司 after its officer speaks (X表示,今年公司的刻蚀设备已进入A和B的产线)
    ("[濛微半导体|ORG]公司总经理[滕濛|PERSON]表示,今年公司的刻蚀设备已进入[长江存储|ORG]和[华虹半导体|ORG]的产线。",
     {("滕濛", "ceo_of", "濛微半导体"), ("濛微半导体", "supplies", "长江存储"), ("濛微半导体", "supplies", "华虹半导体")}),
    # a quotation opening the sentence after its speaker's, naming the main players and a rival still ahead
    ("[濛微半导体|ORG]总经理[滕濛|PERSON]表示,公司订单大增。“在国内刻蚀设备市场,我们和[中微公司|ORG]、[北方华创|ORG]是主要的三家供应商,"
     "与[美国|GPE]的[泛林集团|ORG]相比仍有差距。”",
     {("滕濛", "ceo_of", "濛微半导体"), ("濛微半导体", "competitor_of", "中微公司"), ("濛微半导体", "competitor_of", "北方华创"),
      ("濛微半导体", "competitor_of", "泛林集团"), ("泛林集团", "located_in", "美国")}),
    # a speaker's 我们 earlier in the sentence keeps the elided subject theirs, not the platform named a turn before; the
    # fastest-growing channel; a product line handed to a contract maker (主粮目前还是交给X代工)
    ("专访[濛宠|BRAND]创始人:国产猫粮的机会\n记者:销售情况如何?\n[严濛|PERSON]:线上主要是[天猫|ORG]和[京东|ORG],[抖音|ORG]今年涨得最快。\n"
     "记者:你们的冻干是自己生产的吗?\n[严濛|PERSON]:冻干线是我们自己在山东建的,鸡肉原料来自[圣农发展|ORG]。"
     "主粮目前还是交给[烟台|GPE]的[濛华宠物食品|ORG]代工。",
     {("濛宠", "founder", "严濛"), ("濛宠", "sells_on", "天猫"), ("濛宠", "sells_on", "京东"), ("濛宠", "sells_on", "抖音"),
      ("圣农发展", "supplies", "濛宠"), ("濛华宠物食品", "supplies", "濛宠"), ("濛华宠物食品", "located_in", "烟台")}),
    # a brand ranked on a platform's own list, then 品牌 after its parent's head speaks (the brand, not the parent), and
    # the star it signs (据X发布的…榜单,Y以…位列第九; …透露,品牌在抖音的成交额…; 品牌今年还签约了演员Z作为全球代言人)
    ("据[天猫|ORG]官方发布的双11美妆品牌榜单,国货护肤品牌[濛颜|BRAND]以5.3亿元的成交额位列第九。[濛颜|BRAND]母公司[濛颜生物科技|ORG]"
     "的总经理[蓝濛|PERSON]透露,品牌在[抖音|ORG]的成交额同比增长了120%。品牌今年还签约了演员[赵丽颖|PERSON]作为全球代言人。",
     {("濛颜", "sells_on", "天猫"), ("濛颜生物科技", "has_brand", "濛颜"), ("蓝濛", "ceo_of", "濛颜生物科技"),
      ("濛颜", "sells_on", "抖音"), ("濛颜", "grew_on", "抖音"), ("赵丽颖", "endorses", "濛颜")}),
    # the partners an answer names for its company (问:场地主要和谁合作? / 答:主要是和A、B这样的…合作,…则是和C合作)
    ("Q:[濛电出行|ORG]的场地主要和谁合作?\nA:主要是和[万达商管|ORG]、[龙湖|ORG]这样的商业地产合作,高速服务区这块则是和[中石化|ORG]合作。",
     {("濛电出行", "partners_with", "万达商管"), ("濛电出行", "partners_with", "龙湖"), ("濛电出行", "partners_with", "中石化")}),
    # a maker's customers named by where its orders come from (订单主要来自A和B的工厂), not a platform's orders
    ("[濛智机器人|ORG]今年的订单主要来自[比亚迪|ORG]和[蔚来|ORG]的工厂。[濛记|BRAND]的外卖订单主要来自[美团|ORG]。",
     {("濛智机器人", "supplies", "比亚迪"), ("濛智机器人", "supplies", "蔚来"), ("濛记", "sells_on", "美团")}),
    # a round led, two clauses after the company's profile (X成立于…,总部位于Y,此前已完成由Z领投的…B轮融资)
    ("[濛智机器人|ORG]成立于2022年,总部位于[深圳|GPE],此前已完成由[高瓴创投|ORG]领投的5亿元B轮融资。",
     {("濛智机器人", "located_in", "深圳"), ("高瓴创投", "investor_in", "濛智机器人"), ("高瓴创投", "led_round", "濛智机器人")}),
    # 公司 opening a sentence past a lead-in stands for what the 公司 opening the sentence before was read as, not
    # the customer that sentence names after it; a later 公司 in the same sentence too (…直接持有公司42%的股份)
    ("[濛环科技|ORG]成立于2016年,总部位于[长沙|GPE]。[濛环科技|ORG]主要从事电池回收。客户方面,公司前五大客户包括[濛德时代|ORG]、[濛亚迪|ORG]等,"
     "其中[濛德时代|ORG]为第一大客户。股权结构上,公司创始人、董事长[施濛|PERSON]直接持有公司42%的股份。",
     {("濛环科技", "located_in", "长沙"), ("濛环科技", "supplies", "濛德时代"), ("濛环科技", "supplies", "濛亚迪"),
      ("濛环科技", "founder", "施濛"), ("施濛", "chairman_of", "濛环科技"), ("施濛", "shareholder_of", "濛环科技")}),
    # a holder that became the nth holder by buying shares (X通过受让股份成为Y第二大股东)
    ("今年9月,[物美集团|ORG]通过受让股份成为[濛家商业|ORG]第二大股东,持股比例为18.5%。",
     {("物美集团", "shareholder_of", "濛家商业")}),
    # a chain's new format named after what it turns to, and the delivery platforms that format plugs into (the
    # nearest name before 接入, not the chairman's company the sentence opens with)
    ("[濛家超市|ORG]今年已关闭大卖场83家。[濛家超市|ORG]正把资源转向社区生鲜店“[濛鲜生|BRAND]”。公司董事长[韩濛|PERSON]表示,明年[濛鲜生|BRAND]将新开100家门店,"
     "并接入[美团|ORG]和[饿了么|ORG]的即时配送。",
     {("濛家超市", "has_brand", "濛鲜生"), ("韩濛", "chairman_of", "濛家超市"), ("濛鲜生", "sells_on", "美团"),
      ("濛鲜生", "sells_on", "饿了么")}),
    # …while a service a product plugs into is still supplied by its maker
    ("[濛眼科技|ORG]的眼镜已接入[百度|ORG]的语音服务。", {("百度", "supplies", "濛眼科技")}),
    # an official kit partner the brand already was, and an event a later clause says it sponsored; its online
    # channels after 电商渠道主要在
    ("[濛步体育|BRAND]此前已是[中国羽毛球协会|ORG]的官方装备合作伙伴,并赞助了[苏迪曼杯|ORG]。目前,[濛步体育|BRAND]在全国"
     "拥有约2600家门店,电商渠道主要在[天猫|ORG]和[京东|ORG]。",
     {("濛步体育", "partners_with", "中国羽毛球协会"), ("苏迪曼杯", "sponsored_by", "濛步体育"), ("濛步体育", "sells_on", "天猫"),
      ("濛步体育", "sells_on", "京东")}),
    # the seller's biggest channel, then the next one (A是X最大的线上渠道,…,其次是B团购)
    ("[美团外卖|ORG]是[濛豆咖啡|BRAND]最大的线上渠道,外卖订单占比接近40%,其次是[抖音|ORG]团购。",
     {("濛豆咖啡", "sells_on", "美团外卖"), ("濛豆咖啡", "sells_on", "抖音")}),
    # a post headed by whose account it is (X创始人 Y 的微博): its 我 is Y, who opened the first shop with a friend;
    # who delivers to 我们, the platforms that gave 我们 traffic, the fund that invested in 我们
    ("[濛家小馆|ORG]创始人 [阮濛|PERSON] 的微博\n\n十年前,我和大学同学[陈濛|PERSON]在[杭州|GPE]文三路开了第一家店,只有12张桌子。"
     "感谢[濛湖渔业合作社|ORG]十年如一日给我们送鱼,感谢[美团|ORG]和[大众点评|ORG]在我们最难的那两年给的流量扶持,"
     "也感谢去年投资我们的[番茄资本|ORG]。",
     {("濛家小馆", "founder", "阮濛"), ("濛家小馆", "founder", "陈濛"), ("濛家小馆", "located_in", "杭州"),
      ("濛湖渔业合作社", "supplies", "濛家小馆"), ("濛家小馆", "grew_on", "美团"), ("濛家小馆", "grew_on", "大众点评"),
      ("番茄资本", "investor_in", "濛家小馆")}),
    # a filer's core product, the rights it licensed to a described licensee and was paid for (公司获得首付款), and
    # the contract maker it signed a CDMO agreement with (a supplier, no mere partner)
    ("[濛康药业|ORG]三季报:营收增长19%\n10月28日晚,[濛康药业|ORG](600xxx.SH)发布2026年三季度报告。公司核心产品、抗肿瘤药"
     "\"[濛替尼|BRAND]\"今年1月被纳入医保目录。公司董事长[邓濛|PERSON]介绍,[濛替尼|BRAND]的海外权益已于今年5月授权给"
     "[美国|GPE]药企[辉瑞|ORG],公司获得首付款2亿美元。此外,公司与[药明康德|ORG]签订了CDMO服务协议。",
     {("濛康药业", "has_brand", "濛替尼"), ("濛康药业", "partners_with", "辉瑞"), ("药明康德", "supplies", "濛康药业"),
      ("辉瑞", "located_in", "美国"), ("邓濛", "chairman_of", "濛康药业")}),
    # a holder that bought in years ago; the legal representative named before the comma is no investor
    ("法定代表人为[汪濛|PERSON],[伊利股份|ORG]曾于2021年入股[濛源乳业|ORG],目前持股约15%。",
     {("伊利股份", "investor_in", "濛源乳业"), ("伊利股份", "shareholder_of", "濛源乳业")}),
    # a streamer's partner brands, in the clauses that go on about her (not the speaker's agency's), and the agency
    # she was with before
    ("[濛动传媒|ORG]创始人[钟濛|PERSON]介绍,[濛鱼妹|PERSON]今年在[抖音|ORG]累计带货GMV超过25亿元,合作品牌包括[珀莱雅|ORG]和"
     "[欧莱雅|ORG]。[濛鱼妹|PERSON]此前为[无忧传媒|ORG]旗下主播。",
     {("濛动传媒", "founder", "钟濛"), ("濛鱼妹", "livestreams_on", "抖音"), ("濛鱼妹", "partners_with", "珀莱雅"),
      ("濛鱼妹", "partners_with", "欧莱雅"), ("濛鱼妹", "works_for", "无忧传媒")}),
    # a new brand's holders with their stakes after 由, its contract maker, and where its first products launch
    ("[钟濛|PERSON]透露,[濛颜|BRAND]将由[濛动传媒|ORG]持股60%,[濛鱼妹|PERSON]持股40%。据悉,[濛颜|BRAND]首批产品由"
     "[科丝美诗|ORG]代工,预计于明年3月在[抖音|ORG]首发。",
     {("濛动传媒", "shareholder_of", "濛颜"), ("濛颜", "subsidiary_of", "濛动传媒"), ("濛鱼妹", "shareholder_of", "濛颜"),
      ("科丝美诗", "supplies", "濛颜"), ("濛颜", "sells_on", "抖音")}),
    # an investor-relations record's officers, a title, a space and the name, cut by semicolons
    ("[濛味食品股份有限公司|ORG]投资者关系活动记录表\n\n上市公司接待人员:董事会秘书 [罗濛|PERSON];财务总监 [郑濛|PERSON]",
     {("罗濛", "works_for", "濛味食品股份有限公司"), ("郑濛", "works_for", "濛味食品股份有限公司")}),
    # …not a compound title whose second part a space parts from the name (创始人、CEO 简濛)
    ("对话[濛电出行|ORG]CEO:充电桩不是越多越好\n\n受访者:[濛电出行|ORG]创始人、CEO [简濛|PERSON]",
     {("濛电出行", "founder", "简濛"), ("简濛", "ceo_of", "濛电出行")}),
    # an answer on channels: chains a channel has entered (进入A、B等系统), a channel's mix with no subject named
    # (商超渠道以A和B为主), and what 公司 buys from whom (公司的魔芋粉主要向X采购)
    ("[濛味食品|ORG]投资者关系活动记录表\n问:公司今年的渠道结构有什么变化?\n答:公司今年零食量贩渠道增长最快,目前已进入"
     "[鸣鸣很忙|ORG]、[好想来|BRAND]等系统。商超渠道以[沃尔玛|ORG]和[永辉|ORG]为主,占比有所下降。\n问:原材料成本情况如何?\n"
     "答:公司的魔芋粉主要向[湖北濛源生物|ORG]采购。",
     {("濛味食品", "sells_on", "鸣鸣很忙"), ("濛味食品", "sells_on", "好想来"), ("濛味食品", "sells_on", "沃尔玛"),
      ("濛味食品", "sells_on", "永辉"), ("湖北濛源生物", "supplies", "濛味食品")}),
    # a joint venture named after 名为, its holders and their stakes (the majority holder its parent), and the makers
    # the company's products will go to
    ("[濛能科技|ORG]与匈牙利车企合资建厂\n[濛能科技|ORG]宣布与[Rába集团|ORG]合资建设电池工厂。合资公司名为\"[濛能欧洲|ORG]\","
     "其中[濛能科技|ORG]持股70%,[Rába集团|ORG]持股30%。根据规划,工厂预计2028年投产,产品将主要供应给[奥迪|BRAND]和[宝马|ORG]"
     "在[欧洲|LOC]的工厂。[濛能科技|ORG]成立于2015年。",
     {("濛能科技", "shareholder_of", "濛能欧洲"), ("Rába集团", "shareholder_of", "濛能欧洲"), ("濛能欧洲", "subsidiary_of", "濛能科技"),
      ("濛能科技", "supplies", "奥迪"), ("濛能科技", "supplies", "宝马")}),
    # where a delivery share comes from, in the clause after a semicolon that names no seller
    ("[濛记面馆|BRAND]创始人[卢濛|PERSON]表示,今年营收约为二十五亿元;外卖收入占比约三成,主要来自[美团|ORG]和[饿了么|ORG]。",
     {("濛记面馆", "founder", "卢濛"), ("濛记面馆", "sells_on", "美团"), ("濛记面馆", "sells_on", "饿了么")}),
    # a county and a company holding a signing ceremony; a county committee's secretary; the chains a park's produce
    # goes to, its supplier unnamed in the sentence (the company the text is about)
    ("12月2日,[濛山县人民政府|ORG]与[濛源农业|ORG]在县城举行签约仪式,双方将合作建设产业园。[濛山县委|ORG]书记[柳濛|PERSON]出席。"
     "据介绍,产业园年产蔬菜约3万吨,主要供应[盒马|BRAND]、[永辉超市|ORG]和[百果园|ORG]等商超渠道。[濛源农业|ORG]成立于2016年。",
     {("濛山县人民政府", "partners_with", "濛源农业"), ("柳濛", "works_for", "濛山县委"), ("濛源农业", "supplies", "盒马"),
      ("濛源农业", "supplies", "永辉超市"), ("濛源农业", "supplies", "百果园")}),
    # a statement's later clauses naming the brand's suppliers and the lab that tests its batches; the peers it is
    # said to rank with (与A、B同属…头部品牌)
    ("声明称,[濛记卤味|BRAND]全部门店使用的鸭货原料均由中央工厂统一配送,原料供应商为[山东濛丰食品|ORG]和[华英农业|ORG],"
     "所有批次均经过第三方检测机构[SGS|ORG]检测。[濛记卤味|BRAND]目前拥有门店约3100家,与[绝味食品|ORG]、[周黑鸭|BRAND]同属"
     "卤味赛道头部品牌。",
     {("山东濛丰食品", "supplies", "濛记卤味"), ("华英农业", "supplies", "濛记卤味"), ("SGS", "supplies", "濛记卤味"),
      ("濛记卤味", "competitor_of", "绝味食品"), ("濛记卤味", "competitor_of", "周黑鸭")}),
    # …but two names the sentence praises together (A和B都是优秀的企业) are no pair of rivals
    ("答:[欧派家居|ORG]和[索菲亚|ORG]都是非常优秀的企业。", set()),
    # a core product named in a later clause of the company's profile
    ("[濛鲏生物|ORG]成立于2017年,总部位于[苏州|GPE],核心产品为治疗银屑病的单抗药物\"[濛鲏单抗|BRAND]\"。",
     {("濛鲏生物", "has_brand", "濛鲏单抗"), ("濛鲏生物", "located_in", "苏州")}),
    # a stake bought from the holder the buyer signed with (收购其持有的…85%的股权: 其 is the seller), the majority making
    # the buyer the parent
    ("[濛跃集团|ORG]已与[Verdana Capital|ORG]签署股权转让协议,以约9.2亿欧元收购其持有的[意大利|GPE]户外品牌[Montevia|BRAND] "
     "85%的股权。",
     {("濛跃集团", "shareholder_of", "Montevia"), ("Montevia", "subsidiary_of", "濛跃集团")}),
    # the platforms a brand will enter through its owner's channels, and 集团 before the brands it owns
    ("[Montevia|BRAND]将作为集团旗下独立品牌运营,并借助集团在[中国|GPE]的渠道进入[天猫|ORG]和[京东|ORG]。[濛跃集团|ORG]董事长"
     "[周濛|PERSON]表示,[Montevia|BRAND]将与集团旗下的[濛野|BRAND]品牌形成互补。",
     {("Montevia", "sells_on", "天猫"), ("Montevia", "sells_on", "京东"), ("周濛", "chairman_of", "濛跃集团"),
      ("濛跃集团", "has_brand", "濛野")}),
    # a company bought as a brand's parent: the buyer's subsidiary, the brand the parent's (not the buyer's directly)
    ("[濛踏|BRAND]此前已收购[濛祖鸟|BRAND]母公司[亚濛芬体育|ORG]。",
     {("亚濛芬体育", "subsidiary_of", "濛踏"), ("亚濛芬体育", "has_brand", "濛祖鸟")}),
    # a product developed with a farm; the platforms a post says it can be ordered on (its own mini-program none);
    # an angel investment by another brand's founder
    ("本次新品由[濛茶|BRAND]研发团队与[福建|GPE][安溪|LOC]的[濛山茶场|ORG]联合开发。👉12月6日起全国门店同步上架,[美团|ORG]、"
     "[饿了么|ORG]和[濛茶小程序|ORG]都能点!去年[濛茶|BRAND]拿到了[茶颜悦色|BRAND]创始人[吕濛|PERSON]个人投资的天使轮融资。",
     {("濛茶", "partners_with", "濛山茶场"), ("濛山茶场", "located_in", "安溪"), ("濛茶", "sells_on", "美团"),
      ("濛茶", "sells_on", "饿了么"), ("吕濛", "investor_in", "濛茶"), ("茶颜悦色", "founder", "吕濛")}),
    # a registered capital divided across a semicolon; 公司 on its registration; a post a later clause says a bank's
    # former department head fills
    ("批复显示,[濛银消费金融|ORG]注册资本为20亿元,其中[濛州银行|ORG]出资10.2亿元,持股51%；[濛联集团|ORG]出资9.8亿元,持股49%。"
     "公司注册地为[濛州市|GPE],总经理由[濛州银行|ORG]零售金融部原总经理[魏濛|PERSON]担任。",
     {("濛州银行", "shareholder_of", "濛银消费金融"), ("濛联集团", "shareholder_of", "濛银消费金融"),
      ("濛银消费金融", "subsidiary_of", "濛州银行"), ("魏濛", "ceo_of", "濛银消费金融"), ("魏濛", "works_for", "濛州银行")}),
    # a film's signed director, its distributor in a later clause, and a company's coming films made with a partner
    ("《[濛鱼的秋天|BRAND]》由[濛影传媒|ORG]签约导演[邱濛|PERSON]执导,[周冬雨|PERSON]主演,发行方为[华夏电影|ORG]。[濛影传媒|ORG]"
     "董事长[陶濛|PERSON]表示,公司明年还将有三部电影上映,其中两部与[阿里影业|ORG]合作出品。",
     {("邱濛", "works_for", "濛影传媒"), ("濛鱼的秋天", "sells_on", "华夏电影"), ("陶濛", "chairman_of", "濛影传媒"),
      ("濛影传媒", "partners_with", "阿里影业")}),
    # a roundup of numbered items is about no one organisation: 公司 in an item is the item's, not the one named most
    # often across the items
    ("【早报】消费行业快讯\n1. [濛鲜到家|ORG]完成3亿元C轮融资,由[美团龙珠|ORG]领投。[濛鲜到家|ORG]目前运营约120个前置仓。\n"
     "2. [霸王茶姬|BRAND]宣布进入槟城。\n3. [濛川酒业|ORG]发布公告称,公司董事长[钱濛|PERSON]因个人原因辞去董事长职务。"
     "公司已选举总经理[冯濛|PERSON]为新任董事长。",
     {("美团龙珠", "led_round", "濛鲜到家"), ("美团龙珠", "investor_in", "濛鲜到家"), ("钱濛", "works_for", "濛川酒业"),
      ("冯濛", "chairman_of", "濛川酒业")}),
    # the rivals a speaker names by the competition from them, for the speaker's company
    ("[濛府餐饮集团|ORG]首席执行官[葛濛|PERSON]在业绩会上表示,下半年将加快海外扩张。[葛濛|PERSON]坦言,来自[海底捞|BRAND]和[巴奴|ORG]"
     "的竞争压力仍然较大。",
     {("葛濛", "ceo_of", "濛府餐饮集团"), ("濛府餐饮集团", "competitor_of", "海底捞"), ("濛府餐饮集团", "competitor_of", "巴奴")}),
    # a round told with a copula (X这轮是15亿元的C轮,由A领投,B和C跟投)
    ("[濛驰汽车|ORG]这轮是15亿元的C轮,由[合肥产投|ORG]领投,[蔚来资本|ORG]和[宁德时代|ORG]跟投。",
     {("合肥产投", "led_round", "濛驰汽车"), ("合肥产投", "investor_in", "濛驰汽车"), ("蔚来资本", "investor_in", "濛驰汽车"),
      ("宁德时代", "investor_in", "濛驰汽车")}),
    # a registered company operating a quoted brand's shop
    ("近日,[渝中区市场监督管理局|ORG]公布一起行政处罚案件:[重庆濛记餐饮管理有限公司|ORG]经营的\"[濛记老火锅|BRAND]\"解放碑店违法"
     "添加罂粟壳。",
     {("重庆濛记餐饮管理有限公司", "has_brand", "濛记老火锅")}),
    # 公司 after a Markdown table of customers and sentences opening with a 公司 no ref read: the company named before
    ("[濛织科技|ORG]的主要客户包括[安踏|ORG]和[FILA|ORG]。公司在越南的新工厂已于9月投产。\n| 客户 | 收入 |\n| --- | --- |\n"
     "| [安踏|ORG] | 6.2 |\n| [FILA|ORG] | 3.3 |\n公司董事长[程濛|PERSON]表示,公司的主要竞争对手是[儒鸿|ORG]。",
     {("濛织科技", "supplies", "安踏"), ("濛织科技", "supplies", "FILA"), ("程濛", "chairman_of", "濛织科技"),
      ("濛织科技", "competitor_of", "儒鸿")}),
    # a channel mix: the platforms that make up most of a brand's online sales are where it sells
    ("[鼙鼓宠物|ORG]的线上占比还是很高,[鼗猫|ORG]和[鼗音|ORG]加起来占了八成。",
     {("鼙鼓宠物", "sells_on", "鼗猫"), ("鼙鼓宠物", "sells_on", "鼗音")}),
    # a game developed by a studio of X, published at home by Y and abroad by Z: both publishers partner X
    ("《[鼙行|BRAND]》由[鼙游科技|ORG]旗下的[鼙风工作室|ORG]研发,[鼗讯游戏|ORG]负责国内发行,海外版本将由[鼗海|ORG]旗下的[鼗娱|ORG]代理。",
     {("鼗讯游戏", "partners_with", "鼙游科技"), ("鼗娱", "partners_with", "鼙游科技"), ("鼗娱", "subsidiary_of", "鼗海"),
      ("鼙风工作室", "subsidiary_of", "鼙游科技")}),
    # a supplier since before (此前已是…的第二供应商)
    ("[鼙能科技|ORG]成立于2012年。[鼙能科技|ORG]此前已是[鼗跑汽车|ORG]的第二供应商。",
     {("鼙能科技", "supplies", "鼗跑汽车")}),
    # a game designer's post on a company's project (X《G》项目的主策划): a job at X
    ("[鼙游科技|ORG]CEO[秦鼙|PERSON]表示,这是新标杆。[秦鼙|PERSON]此前是[鼗易|ORG]《[鼗水寒|BRAND]》项目的主策划。",
     {("秦鼙", "ceo_of", "鼙游科技"), ("秦鼙", "works_for", "鼗易")}),
    # others a sentence says are doing the same (A、B等乳企也在加码…) are the text's company's rivals
    ("[鼙牧乳业|ORG]发布年报。[鼙牧乳业|ORG]去年营收增长9%。不过,行业竞争依然激烈。[鼗利|ORG]、[鼗明|ORG]等乳企也在加码低温奶。",
     {("鼙牧乳业", "competitor_of", "鼗利"), ("鼙牧乳业", "competitor_of", "鼗明")}),
    # dealings with its controlling shareholder (X与其控股股东Y之间…): Y holds X
    ("[鼙达股份|ORG]与其控股股东[鼙达控股集团有限公司|ORG]之间发生资金往来。",
     {("鼙达控股集团有限公司", "shareholder_of", "鼙达股份")}),
    # a penalty on the company's chairman and controller, and on its finance chief at the time, with no company named
    ("[鼙达股份|ORG]公告称收到处罚。对公司董事长、实际控制人[邹鼙|PERSON]给予警告;对时任财务总监[冉鼙|PERSON]给予警告。",
     {("冉鼙", "works_for", "鼙达股份"), ("邹鼙", "chairman_of", "鼙达股份"), ("邹鼙", "shareholder_of", "鼙达股份")}),
    # a lawyer of a law firm
    ("[上海鼙明律师事务所|ORG]律师[包鼙|PERSON]认为,投资者可以索赔。",
     {("包鼙", "works_for", "上海鼙明律师事务所")}),
    # a round whose amount comes before its lead, with no company in the sentence: the text's company
    ("[鼙麦烘焙|ORG]创立于2014年。本次扩张的资金来自C轮融资。该轮融资金额为5亿元,由[鼙杉|ORG]领投,老股东[鼗璟资本|ORG]、[鼗茄资本|ORG]跟投。",
     {("鼗璟资本", "investor_in", "鼙麦烘焙"), ("鼗茄资本", "investor_in", "鼙麦烘焙"), ("鼙杉", "investor_in", "鼙麦烘焙"),
      ("鼙杉", "led_round", "鼙麦烘焙")}),
    # an agreement after which the other party supplies the first
    ("据悉,[鼙麦烘焙|ORG]已与[成都鼙城食品|ORG]签订协议,由后者为西南门店提供冷冻面团。",
     {("成都鼙城食品", "supplies", "鼙麦烘焙"), ("鼙麦烘焙", "partners_with", "成都鼙城食品")}),
    # the rivals a company faces
    ("在连锁烘焙赛道,[鼙麦烘焙|ORG]面对的对手包括[鼗黎贝甜|ORG]、[鼗利来|ORG]和[鼗溪河|BRAND]。",
     {("鼙麦烘焙", "competitor_of", "鼗利来"), ("鼙麦烘焙", "competitor_of", "鼗溪河"), ("鼙麦烘焙", "competitor_of", "鼗黎贝甜")}),
    # a module bought from one maker, the rest designed in-house and made by another on commission
    ("[鼙充科技|ORG]的充电模块主要用的是[鼗飞源|ORG]的,整桩是[鼙充科技|ORG]自己设计、委托[深圳鼙能电气|ORG]生产。",
     {("深圳鼙能电气", "supplies", "鼙充科技"), ("鼗飞源", "supplies", "鼙充科技")}),
    # a partner described by its country and kind (与日本品牌Y合作)
    ("[鼙锦集团|ORG]此前曾与[日本|GPE]品牌[Mont-bex|BRAND]合作。",
     {("Mont-bex", "located_in", "日本"), ("鼙锦集团", "partners_with", "Mont-bex")}),
    # brands a newcomer will compete with, named in the clause before
    ("近年来[鼙祖鸟|BRAND]、[鼗洛蒙|BRAND]等海外户外品牌在[中国|GPE]增长迅猛,[Fjallx|BRAND]选择此时入华,将与这些品牌正面竞争。",
     {("Fjallx", "competitor_of", "鼗洛蒙"), ("Fjallx", "competitor_of", "鼙祖鸟")}),
    # a joint venture's holders with their stakes after 其中: the majority holder is its parent, the other is not
    ("[Fjallx|BRAND]与[鼙锦集团|ORG]宣布成立合资公司“[鼙岭户外用品(上海)有限公司|ORG]”。其中,[鼙锦集团|ORG]持股51%,[Fjallx|BRAND]母公司[Nordvix Group|ORG]持股49%。",
     {("Fjallx", "partners_with", "鼙锦集团"), ("Nordvix Group", "has_brand", "Fjallx"),
      ("Nordvix Group", "shareholder_of", "鼙岭户外用品(上海)有限公司"), ("鼙岭户外用品(上海)有限公司", "subsidiary_of", "鼙锦集团"),
      ("鼙锦集团", "shareholder_of", "鼙岭户外用品(上海)有限公司")}),
    # a foundry named in a clause well past the company's (…,采用Fabless模式经营,晶圆代工主要委托A和B完成)
    ("[鼫芯半导体|ORG]成立于2016年,主要从事IGBT和碳化硅功率器件的设计与销售,采用Fabless模式经营,晶圆代工主要委托[鼫虹半导体|ORG]和[鼫塔半导体|ORG]完成。",
     {("鼫塔半导体", "supplies", "鼫芯半导体"), ("鼫虹半导体", "supplies", "鼫芯半导体")}),
    # the largest customer and the second largest, each in a clause of its own
    ("2024年,[鼫芯半导体|ORG]前五大客户合计贡献收入占比为63.5%,其中第一大客户为[鼫川技术|ORG],第二大客户为[鼫光电源|ORG]。",
     {("鼫芯半导体", "supplies", "鼫光电源"), ("鼫芯半导体", "supplies", "鼫川技术")}),
    # a streamer's partner brands, listed with no partner named (合作品牌中,…)
    ("[鼪鼪|PERSON]共进行了12场直播。合作品牌中,[鼫莱雅|BRAND]、[鼫欧莱|BRAND]和[鼫西子|BRAND]的单品销售额均超过1亿元。",
     {("鼪鼪", "partners_with", "鼫欧莱"), ("鼪鼪", "partners_with", "鼫莱雅"), ("鼪鼪", "partners_with", "鼫西子")}),
    # a co-branding with a brand described as the agency's own, which the agency incubated
    ("[鼪鼪|PERSON]今年首次与自有品牌“[鼪选|BRAND]”合作推出联名礼盒。[鼪选|BRAND]由[鼪星传媒|ORG]于2023年孵化。",
     {("鼪星传媒", "has_brand", "鼪选"), ("鼪鼪", "partners_with", "鼪选")}),
    # a franchisee of a brand sues a company: the brand's owner; its legal representative "also" named
    ("原告为[韂记串串香|BRAND]加盟商[王韂|PERSON],被告为[成都韂记餐饮管理有限公司|ORG]。[成都韂记餐饮管理有限公司|ORG]的法定代表人亦为[韩韂|PERSON]。",
     {("成都韂记餐饮管理有限公司", "has_brand", "韂记串串香"), ("韩韂", "works_for", "成都韂记餐饮管理有限公司")}),
    # a round taken, then who put money in it (是X投的)
    ("[骦茶|ORG]今年又拿到了一轮融资,2亿元,是[骦榕创投|ORG]投的。", {("骦榕创投", "investor_in", "骦茶")}),
    # "the other" peers a sentence lists with their own figures are the text's company's rivals
    ("[齁行汽车|ORG]11月交付3万辆。[齁行汽车|ORG]首次跻身新势力月销前五。同日公布交付数据的其他新势力中,[齁想汽车|ORG]11月交付4.8万辆,[齁跑汽车|ORG]交付4.1万辆,[齁鹏汽车|ORG]交付3.2万辆。",
     {("齁行汽车", "competitor_of", "齁想汽车"), ("齁行汽车", "competitor_of", "齁跑汽车"), ("齁行汽车", "competitor_of", "齁鹏汽车")}),
    # a stake a licensing deal gives
    ("此外,[齁康药业|ORG]将获得[Veltrox|ORG]约9.9%的股权。", {("齁康药业", "shareholder_of", "Veltrox")}),
    # a partner described by its country and its kind of group
    ("据介绍,[齁咖啡|BRAND]在[马来西亚|GPE]采取合资的方式运营,合作方为[马来西亚|GPE]零售集团[Berjayo Food|ORG]。",
     {("Berjayo Food", "located_in", "马来西亚"), ("齁咖啡", "partners_with", "Berjayo Food")}),
    # old holders who add to a round someone else led
    ("[齁岩科技|ORG]完成C轮融资。本轮由[齁瓴创投|ORG]领投,老股东[齁纬创投|ORG]、[齁码资本|ORG]继续加码。",
     {("齁瓴创投", "investor_in", "齁岩科技"), ("齁瓴创投", "led_round", "齁岩科技"), ("齁码资本", "investor_in", "齁岩科技"),
      ("齁纬创投", "investor_in", "齁岩科技")}),
    # customers listed, who "all" are the company's
    ("现在[齁迪|ORG]、[齁德时代|ORG]、[齁讯精密|ORG]都是[齁岩科技|ORG]的客户。",
     {("齁岩科技", "supplies", "齁德时代"), ("齁岩科技", "supplies", "齁讯精密"), ("齁岩科技", "supplies", "齁迪")}),
    # 其 after the verb whose subjects a list gave is none of them (A、B均为其客户): named before, or no one
    ("[齄熙生物|ORG]是全球领先的供应商。[齄莱雅|ORG]、[齄诗兰黛|ORG]均为其客户。",
     {("齄熙生物", "supplies", "齄莱雅"), ("齄熙生物", "supplies", "齄诗兰黛")}),
    ("原料商[齄熙生物|ORG]产能扩至1200吨 [齄莱雅|ORG]、[齄诗兰黛|ORG]均为其客户", set()),
    # an adviser that serves as "the company's" adviser
    ("[齄丰地产|ORG]表示,[齄利安|ORG]担任公司的财务顾问,[齄德律师事务所|ORG]担任法律顾问。", {("齄利安", "supplies", "齄丰地产")}),
    # partners the company will work with next year; a partnership it deepens, and a part that is another's
    ("明年[齄米科技|ORG]会和[齄宁|ORG]、[齄信通|ORG]合作,新增2000个线下零售点。",
     {("齄米科技", "partners_with", "齄信通"), ("齄米科技", "partners_with", "齄宁")}),
    ("[齄米科技|ORG]和[齄卡|ORG]继续深度合作,主摄是[齄尼|ORG]最新的一英寸传感器。",
     {("齄尼", "supplies", "齄米科技"), ("齄米科技", "partners_with", "齄卡")}),
    # screens from two makers (由A和B两家供应)
    ("[齄米科技|ORG]的屏幕由[齄东方|ORG]和[齄星光电|ORG]两家供应。",
     {("齄东方", "supplies", "齄米科技"), ("齄星光电", "supplies", "齄米科技")}),
    # a business a group runs (X是Y旗下业务)
    ("[齄送外卖|ORG]是[齄讯集团|ORG]旗下业务,于2023年上线。",
     {("齄讯集团", "has_brand", "齄送外卖"), ("齄送外卖", "subsidiary_of", "齄讯集团")}),
    # brands that joined a platform, named after the count
    ("[齄送外卖|ORG]发布报告。报告还显示,三季度平台新增入驻的连锁品牌超过300个,其中包括[齄斯汀|BRAND]、[齄雪冰城|BRAND]等。",
     {("齄斯汀", "sells_on", "齄送外卖"), ("齄雪冰城", "sells_on", "齄送外卖")}),
    # a partnership after which the partner supplies the platform
    ("今年9月,[齄送外卖|ORG]与[齄丰同城|ORG]达成合作,由后者为平台提供即时配送运力。",
     {("齄丰同城", "supplies", "齄送外卖"), ("齄送外卖", "partners_with", "齄丰同城")}),
    # this round's investors, in a later clause
    ("[齄能储能|ORG]专注于工商业储能系统,本轮投资方为[齄投创新|ORG]和[齄创投|ORG]。",
     {("齄创投", "investor_in", "齄能储能"), ("齄投创新", "investor_in", "齄能储能")}),
    # a chief development officer works for the group
    ("[骣悦酒店集团|ORG]首席发展官[骆骣|PERSON]介绍,今年新签约酒店152家。", {("骆骣", "works_for", "骣悦酒店集团")}),
    # peers expanding while the company has to set itself apart (在A、B等同行…的背景下,X需要…)
    ("业内人士指出,在[骣住|ORG]、[骣江|ORG]、[骣朵|ORG]等同行加速扩张中高端品牌的背景下,[骣悦|ORG]需要形成差异化。",
     {("骣悦", "competitor_of", "骣住"), ("骣悦", "competitor_of", "骣朵"), ("骣悦", "competitor_of", "骣江")}),
    # customers given as examples, in two clauses
    ("[骣美科技|ORG]的客户有国际品牌也有国货,比如[骣莱雅|ORG]、[骣生堂|ORG],国货里面有[骣莱|BRAND]、[骣西子|BRAND]。",
     {("骣美科技", "supplies", "骣生堂"), ("骣美科技", "supplies", "骣莱"), ("骣美科技", "supplies", "骣莱雅"),
      ("骣美科技", "supplies", "骣西子")}),
    # packaging bought from a domestic maker (用的是国内的X)
    ("[骣美科技|ORG]的包材主要用的是国内的[骣彩包装|ORG]。", {("骣彩包装", "supplies", "骣美科技")}),
    # a signing ceremony held in a place
    ("12月1日上午,[骣州市人民政府|ORG]与[骣能新能源|ORG]在[骣州|GPE]举行储能电池生产基地项目签约仪式。",
     {("骣州市人民政府", "partners_with", "骣能新能源")}),
    # a restaurant its owner opened (X是老板Y1998年开的)
    ("[骣香楼|ORG]是老板[冯骣|PERSON]1998年开的,现在有9家店。", {("骣香楼", "founder", "冯骣")}),
    # peers that have also built plants where the company does (此前,A、B等同行也已在墨西哥建厂)
    ("[鞬力股份|ORG]墨西哥工厂投产。[鞬力股份|ORG]成立于2005年。此前,[鞬普集团|ORG]、[鞬升集团|ORG]等同行也已在[墨西哥|GPE]建厂。",
     {("鞬力股份", "competitor_of", "鞬升集团"), ("鞬力股份", "competitor_of", "鞬普集团")}),
    # a plant that won design-in projects before it started: its company's orders
    ("[鞬力股份|ORG]墨西哥工厂正式投产。据悉,工厂投产前已获得[鞬斯拉|ORG]和[鞬用汽车|ORG]的定点项目。",
     {("鞬力股份", "supplies", "鞬斯拉"), ("鞬力股份", "supplies", "鞬用汽车")}),
    # an event's official drink, and an ambassador named in a later clause
    ("12月3日,功能饮料品牌[鞬泉|BRAND]在[杭州|GPE]举办发布会,宣布成为2026[杭州马拉松|ORG]官方指定饮用水,并正式官宣奥运冠军[石鞬|PERSON]为品牌全球代言人。",
     {("杭州马拉松", "sponsored_by", "鞬泉"), ("石鞬", "endorses", "鞬泉")}),
    # founded by two in a year and a place (X是A2015年和联合创始人B一起在北京创办的)
    ("[鞬学|ORG]是[符鞬|PERSON]2015年和联合创始人[顾鞬|PERSON]一起在[北京|GPE]创办的。",
     {("鞬学", "cofounder", "符鞬"), ("鞬学", "cofounder", "顾鞬"), ("鞬学", "located_in", "北京")}),
    # a company listed with peers in one tier of a market (与A、B同属…第二梯队)
    ("值得注意的是,[龇微科技|ORG]与[兆易创新|ORG]、[中颖电子|ORG]同属国内车规MCU第二梯队。",
     {("龇微科技", "competitor_of", "中颖电子"), ("龇微科技", "competitor_of", "兆易创新")}),
    # an independent financial adviser of "this deal"
    ("[龅华电子|ORG]发布公告。[龅华电子|ORG]拟收购[龇微科技|ORG]51%的股权。[国泰君安|ORG]担任本次交易的独立财务顾问。",
     {("国泰君安", "supplies", "龅华电子")}),
    # (…but a planned deal's target is no subsidiary yet: 交易完成后,X将成为公司的控股子公司)
    ("[龅华电子|ORG]发布公告。[龅华电子|ORG]拟收购[龇微科技|ORG]51%的股权。交易完成后,[龇微科技|ORG]将成为公司的控股子公司。", set()),
    # a local group that runs some of a brand's stores
    ("据了解,[颙茶|BRAND]美国市场采取直营加合作的模式,由当地餐饮集团[Golden Lotux|ORG]负责部分门店的运营。",
     {("颙茶", "partners_with", "Golden Lotux")}),
    # customers whose lines the equipment entered, and one added this year
    ("[龀微半导体|ORG]的设备已经进入[龀芯国际|ORG]和[龀江存储|ORG]的产线,今年新增了[龀鑫存储|ORG]这个客户。",
     {("龀微半导体", "supplies", "龀江存储"), ("龀微半导体", "supplies", "龀芯国际"), ("龀微半导体", "supplies", "龀鑫存储")}),
    # a tender result's procurement agent serves the buyer, as the winner supplies it
    ("三、采购人:[韘城市城市管理局|ORG]\n四、采购代理机构:[韘城市公共资源交易中心|ORG]\n五、中标供应商:[韘捷智能科技有限公司|ORG]",
     {("韘城市公共资源交易中心", "supplies", "韘城市城市管理局"), ("韘捷智能科技有限公司", "supplies", "韘城市城市管理局")}),
    # the former controlling holder and founder who keeps a stake and stays on as CEO
    ("[骀康|ORG]完成控股权变更。[骀康|ORG]估值约30亿元。原控股股东、创始人[秦骀|PERSON]将继续持有约25%股权,并留任CEO。",
     {("秦骀", "ceo_of", "骀康"), ("秦骀", "shareholder_of", "骀康"), ("骀康", "founder", "秦骀")}),
    # a model a company announced on its account; the compute a model was trained on
    ("12月2日,AI创业公司[颏思智能|ORG]在官方微博宣布,正式发布新一代大语言模型“[颏思-3|BRAND]”。", {("颏思智能", "has_brand", "颏思-3")}),
    ("[颏思-3|BRAND]的训练使用了约1万张GPU算力,算力由[火山引|ORG]和[阿里颏|ORG]提供。",
     {("火山引", "supplies", "颏思-3"), ("阿里颏", "supplies", "颏思-3")}),
    # a supplier the text's company is said to have (名为"X"的供应商), and a partnership suspended: no partners
    ("[齑乳乳业|ORG]召回一批次酸奶。[齑乳乳业|ORG]表示将复检。[齑乳乳业|ORG]是区域乳企。[齑乳乳业|ORG]营收约35亿元。经排查,问题源于一家名为“[齑源牧业|ORG]”的生牛乳供应商。[齑乳乳业|ORG]已暂停与[齑源牧业|ORG]的合作。",
     {("齑源牧业", "supplies", "齑乳乳业")}),
    # rivals described as sellers of the same city (同为深圳卖家的A和B)
    ("在户外家具赛道,[龊野|BRAND]的主要竞争对手是同为[深圳|GPE]卖家的[龊基|ORG]和[龊欧科技|ORG]。",
     {("龊野", "competitor_of", "龊基"), ("龊野", "competitor_of", "龊欧科技")}),
    # boards from one maker, fittings from another in the next clause
    ("[龆家家居|ORG]的板材主要用的是[龆亚圣象|ORG]的,五金件则来自[奥地利|GPE]的[龆隆|ORG]。",
     {("龆亚圣象", "supplies", "龆家家居"), ("龆隆", "located_in", "奥地利"), ("龆隆", "supplies", "龆家家居")}),
    # suppliers listed each after its country; a seller's sales on a platform's channel; a partner with its kind
    ("[鸊颜|BRAND]的原料供应商包括[德国|GPE][鸊斯夫|ORG]和[法国|GPE][鸊比克|ORG]。",
     {("鸊斯夫", "supplies", "鸊颜"), ("鸊比克", "supplies", "鸊颜"), ("鸊斯夫", "located_in", "德国"),
      ("鸊比克", "located_in", "法国")}),
    ("国货品牌[鸊颜|BRAND]公布战报:全网GMV达8.2亿元,其中[鸊音|ORG]渠道GMV突破3亿元,[鸊猫|ORG]旗舰店销售额为2.9亿元。",
     {("鸊颜", "sells_on", "鸊音"), ("鸊颜", "sells_on", "鸊猫")}),
    ("[鸊颜|BRAND]今年在[鸊音|ORG]与达人[鸑个朋友|ORG]合作过两场专场直播。", {("鸊颜", "partners_with", "鸑个朋友")}),
    # the two sellers of a stake hold it now (A及B…,二者合计持有X); a holding that changes from a share is held now
    ("交易对方为自然人[周鸕|PERSON]及[宁波鸕盈投资合伙企业(有限合伙)|ORG],二者合计持有[鸕达精密|ORG]30%的股权。",
     {("周鸕", "shareholder_of", "鸕达精密"), ("宁波鸕盈投资合伙企业(有限合伙)", "shareholder_of", "鸕达精密")}),
    ("本次交易完成后,[鸕科股份|ORG]持有[鸕达精密|ORG]的股权比例将由70%增至100%。",
     {("鸕科股份", "shareholder_of", "鸕达精密"), ("鸕达精密", "subsidiary_of", "鸕科股份")}),
    # a company after 为 names a person's post, no subject of the customers listed after it
    ("[鸕达精密|ORG]成立于2015年,法定代表人为[鸕科股份|ORG]董事长[郑鸕|PERSON],主要客户包括[海天鸕工|ORG]、[纽威鸕控|ORG]等。",
     {("鸕达精密", "supplies", "海天鸕工"), ("鸕达精密", "supplies", "纽威鸕控"), ("郑鸕", "chairman_of", "鸕科股份"),
      ("郑鸕", "works_for", "鸕达精密")}),
    # a sponsor's events listed after 还; a chain's platforms in the clause after its stores
    ("今年,[麚跑|BRAND]还赞助了[厦门麚拉松|ORG]和[兰州麚拉松|ORG]。",
     {("厦门麚拉松", "sponsored_by", "麚跑"), ("兰州麚拉松", "sponsored_by", "麚跑")}),
    ("目前[麚跑|BRAND]在全国有1300家门店,并通过[麚猫|ORG]、[麚东|ORG]和[得麚|ORG]销售。",
     {("麚跑", "sells_on", "麚猫"), ("麚跑", "sells_on", "麚东"), ("麚跑", "sells_on", "得麚")}),
    # a license signed over a drug (就其…药物签署许可协议); two pairs that struck deals; founders and the place
    ("[麛生物|ORG]宣布,公司已与[美国|GPE][Vexidon|ORG]就其自主研发的双抗药物HM-207签署独家许可协议。",
     {("麛生物", "partners_with", "Vexidon"), ("Vexidon", "located_in", "美国")}),
    ("此前,[麛方生物|ORG]与[Summix|ORG]、[三麛制药|ORG]与[辉麛|ORG]也先后达成了类似的双抗授权交易。",
     {("麛方生物", "partners_with", "Summix"), ("三麛制药", "partners_with", "辉麛")}),
    ("[麛生物|ORG]由[许麛|PERSON]与前[恒麛医药|ORG]研发副总裁[沈麛|PERSON]于2017年在[苏州|GPE]共同创立。",
     {("麛生物", "founder", "许麛"), ("麛生物", "founder", "沈麛"), ("麛生物", "located_in", "苏州")}),
    ("[麛生物|ORG]介绍,该药物的生产将继续由[药麛生物|ORG]负责。", {("药麛生物", "supplies", "麛生物")}),
    # customers of orders signed; a joint solution; the models and the compute a product runs on; an agent abroad
    ("[麜云科技|ORG]本季度新签了[中麜石化|ORG]和[招麜银行|ORG]两个千万级订单。",
     {("麜云科技", "supplies", "中麜石化"), ("麜云科技", "supplies", "招麜银行")}),
    ("[麜云科技|ORG]和[华麜云|ORG]的联合解决方案已经落地了40多个项目。", {("麜云科技", "partners_with", "华麜云")}),
    ("[麜云科技|ORG]的AI助手底层用的是[通义麜问|BRAND]和[Deepsea|ORG]的模型,算力主要租用[阿麜云|ORG]。",
     {("通义麜问", "supplies", "麜云科技"), ("Deepsea", "supplies", "麜云科技"), ("阿麜云", "supplies", "麜云科技")}),
    ("[麜云科技|ORG]在[新加坡|GPE]设立了区域总部,目前[东南亚|LOC]的客户主要通过代理商[麜联科技|ORG]拓展。",
     {("麜云科技", "sells_on", "麜联科技")}),
    # a brand described as a city's after its founding year (X创立于2009年,是北京知名的…品牌)
    ("[黯记烤鸭|BRAND]创立于2009年,是[北京|GPE]知名的烤鸭连锁品牌。", {("黯记烤鸭", "located_in", "北京")}),
    # a claim the clause calls a rumour or untrue (…"被Y收购"传闻; "X将被Y收购"系不实信息) says nothing
    ('[鸆牧乳业|ORG]回应"被[伊鸆|ORG]收购"传闻。', set()),
    ('近日网络上流传的"[鸆牧乳业|ORG]将被[伊鸆|ORG]收购"系不实信息。', set()),
    # a founder described as another company's former post holder (创始人为Y前副总裁Z): no job at Y now
    ("[鸆牧乳业|ORG]成立于2014年,创始人为[蒙鸆|ORG]前副总裁[乌鸆|PERSON]。", {("鸆牧乳业", "founder", "乌鸆")}),
    ("[鸆牧乳业|ORG]拥有3座自有牧场,奶源同时来自合作牧场[赛鸆星|ORG]。", {("赛鸆星", "supplies", "鸆牧乳业")}),
    # a round taken in a later clause; a brand under another brand's owner; a round led before, by 公司
    ("[鸇咖啡|ORG]由[龋鸇|PERSON]于2021年创立,主打平价美式,去年底曾获得[美团鸇珠|ORG]的A轮投资。",
     {("鸇咖啡", "founder", "龋鸇"), ("美团鸇珠", "investor_in", "鸇咖啡")}),
    ("[幸运鸇|BRAND]隶属于[蜜雪鸇城|BRAND],今年以来门店扩张明显提速。", {("蜜雪鸇城", "has_brand", "幸运鸇")}),
    ("[鸉智动力|ORG]完成A+轮融资。今年4月公司刚完成由[源鸉资本|ORG]领投的A轮融资。",
     {("源鸉资本", "led_round", "鸉智动力"), ("源鸉资本", "investor_in", "鸉智动力")}),
    ("[鸉智动力|ORG]完成数亿元A+轮融资,本轮由[顺鸉资本|ORG]领投,老股东[经鸉创投|ORG]、[蓝鸉创投|ORG]超额跟投。",
     {("顺鸉资本", "led_round", "鸉智动力"), ("顺鸉资本", "investor_in", "鸉智动力"),
      ("经鸉创投", "investor_in", "鸉智动力"), ("蓝鸉创投", "investor_in", "鸉智动力")}),
    ("[鸉智动力|ORG]的人形机器人已经在[比鸉迪|ORG]和[蔚鸉|ORG]的工厂开展物料搬运测试。",
     {("鸉智动力", "supplies", "比鸉迪"), ("鸉智动力", "supplies", "蔚鸉")}),
    # the source opening a headline with a bar (36氪首发|X完成融资) is no party to the round
    ("[36鸉|ORG]首发|人形机器人公司「[鸉智动力|ORG]」完成数亿元A+轮融资,[顺鸉资本|ORG]领投。",
     {("顺鸉资本", "led_round", "鸉智动力"), ("顺鸉资本", "investor_in", "鸉智动力")}),
    # a legal representative who is the parent's chairman (法定代表人为公司董事长X) works for the company
    ("[鸌达精密|ORG]成立于2015年,法定代表人为公司董事长[郑鸌|PERSON],主要从事数控机床主轴的研发。",
     {("郑鸌", "works_for", "鸌达精密"), ("郑鸌", "chairman_of", "鸌达精密")}),
    # a company a clause calls 这家由…创办的公司 and its headquarters; a second maker of a second part
    ("其中,[鸎途汽车|BRAND]是本月最大的黑马。这家由前[吉鸎研究院|ORG]院长[沈鸎|PERSON]创办的公司总部位于[杭州|GPE]。",
     {("鸎途汽车", "founder", "沈鸎"), ("鸎途汽车", "located_in", "杭州")}),
    ("[鸎途汽车|BRAND]的首款车型搭载[宁鸎时代|ORG]的麒麟电池和[华鸎|ORG]的乾崑智驾系统。",
     {("宁鸎时代", "supplies", "鸎途汽车"), ("华鸎", "supplies", "鸎途汽车")}),
    # customers ranked after the first, in the sentence after a semicolon; work outsourced by 公司, two makers
    ("客户方面,[比鸏迪|ORG]是[鸏芯微|ORG]的第一大客户;[汇鸏技术|ORG]、[阳鸏电源|ORG]分列第二、第三大客户。",
     {("鸏芯微", "supplies", "比鸏迪"), ("鸏芯微", "supplies", "汇鸏技术"), ("鸏芯微", "supplies", "阳鸏电源")}),
    ("[鸏芯微|ORG]成立于2017年。供应商方面,公司晶圆代工主要委托[华鸏半导体|ORG],封装测试则由[长鸏科技|ORG]负责。",
     {("华鸏半导体", "supplies", "鸏芯微"), ("长鸏科技", "supplies", "鸏芯微")}),
    ("此外,[鸒城足球俱乐部|ORG]的训练基地将由[中建鸒局|ORG]负责改造升级。", {("中建鸒局", "supplies", "鸒城足球俱乐部")}),
    # ranges set above peers' named models; a brand of a group with its headquarters; a brand's operating company
    ('[鸛驰|BRAND]M8的续航为720公里,"比同级别的[问鸛|BRAND]M7和[理鸛|BRAND]L7都要高"。',
     {("鸛驰", "compared_with", "问鸛"), ("鸛驰", "compared_with", "理鸛")}),
    ("[鸛驰汽车|BRAND]是[鸛山集团|ORG]旗下的高端新能源品牌,2021年成立,总部位于[武汉|GPE]。",
     {("鸛山集团", "has_brand", "鸛驰汽车"), ("鸛驰汽车", "located_in", "武汉")}),
    ("[鸜研|BRAND]品牌的运营主体为[杭州鸜研生物科技有限公司|ORG]。", {("杭州鸜研生物科技有限公司", "has_brand", "鸜研")}),
    # a streamer's own brand and the brands she sold for; holders listed after the company the clause named
    ('抖音美妆主播"[鸜姐|PERSON]"宣布,其个人品牌"[鸜研|BRAND]"上线一周年。此前[鸜姐|PERSON]主要为[珀鸜雅|BRAND]、[花鸜子|BRAND]等品牌带货。',
     {("鸜研", "founder", "鸜姐"), ("鸜姐", "partners_with", "珀鸜雅"), ("鸜姐", "partners_with", "花鸜子")}),
    ("[鸜研|BRAND]品牌的运营主体为[杭州鸜研生物科技有限公司|ORG],成立于2023年10月,[韩鸜|PERSON]持股60%,"
     "其签约的MCN机构[遥鸜科技|ORG]持股25%。",
     {("杭州鸜研生物科技有限公司", "has_brand", "鸜研"), ("韩鸜", "shareholder_of", "杭州鸜研生物科技有限公司"),
      ("遥鸜科技", "shareholder_of", "杭州鸜研生物科技有限公司"), ("韩鸜", "works_for", "遥鸜科技")}),
    # lenders listed (债权银行包括A、B,此外还有…信托借款来自C); an adviser named before its role in this deal
    ("[鷟城地产|ORG]公告称,展期方案获通过。公司的主要债权银行包括[中国建鷟银行|ORG]、[兴鷟银行|ORG],"
     "此外还有约60亿元信托借款来自[中鷟信托|ORG]。",
     {("鷟城地产", "partners_with", "中国建鷟银行"), ("鷟城地产", "partners_with", "兴鷟银行"),
      ("鷟城地产", "partners_with", "中鷟信托")}),
    ("[鷟城地产|ORG]的债券展期方案获通过。[鷟城地产|ORG]董事长表示交付顺利。[中信鷟券|ORG]担任本次展期的财务顾问。",
     {("中信鷟券", "supplies", "鷟城地产")}),
    # a market run by a local partner; what a shop's goods are supplied by; rivals listed that opened there too
    ("[鷫茶|BRAND]方面表示,[马来西亚|GPE]市场由当地的[鷫达餐饮集团|ORG]以区域代理形式运营。",
     {("鷫茶", "partners_with", "鷫达餐饮集团"), ("鷫达餐饮集团", "located_in", "马来西亚")}),
    ("[鷫茶|BRAND]创立于2016年。门店所用的茶叶由[四川|GPE]的[鷫峰茶业|ORG]供应。",
     {("鷫峰茶业", "supplies", "鷫茶"), ("鷫峰茶业", "located_in", "四川")}),
    ("[鷫茶|BRAND]在吉隆坡开出首店。[鷫茶|BRAND]计划开出100家门店。龙鷫介绍,东南亚是主战场,"
     "[蜜鷫冰城|BRAND]、[霸王鷫姬|BRAND]和[喜鷫|BRAND]都已在[马来西亚|GPE]开店。",
     {("鷫茶", "competitor_of", "蜜鷫冰城"), ("鷫茶", "competitor_of", "霸王鷫姬"), ("鷫茶", "competitor_of", "喜鷫")}),
    ("[极鷭汽车|ORG]的主要竞争对手是[理鷭|BRAND]L6和[问鷭|BRAND]M7。",
     {("极鷭汽车", "competitor_of", "理鷭"), ("极鷭汽车", "competitor_of", "问鷭")}),
    # cornerstone investors of a listing; the seller of a deal's target holds it; a licence from a described maker
    ("[鷹行汽车|BRAND]在纳斯达克上市。[鷹行汽车|BRAND]募资3.2亿美元。基石投资者包括[淡鷹锡|ORG]和[高鷹资本|ORG],合计认购1.2亿美元。",
     {("淡鷹锡", "investor_in", "鷹行汽车"), ("高鷹资本", "investor_in", "鷹行汽车")}),
    ("[鷹康大药房|ORG]拟收购[鷹泰医药|ORG]80%的股权,交易对方为[鷹泰医药|ORG]创始人[钟鷹|PERSON]及其一致行动人。",
     {("钟鷹", "shareholder_of", "鷹泰医药"), ("鷹泰医药", "founder", "钟鷹")}),
    ("[鷹湾文旅|ORG]投资建设乐园,并获得[英国|GPE]动画公司[鷹影娱乐|ORG]的IP授权。", {("鷹影娱乐", "supplies", "鷹湾文旅")}),
    # a park's catering run by another; rides bought from makers listed each after its country
    ("[鷹湾文旅|ORG]董事长介绍,乐园设备已到位,园区餐饮则由[百鷹中国|ORG]负责运营。", {("百鷹中国", "supplies", "鷹湾文旅")}),
    ("[鷹湾文旅|ORG]介绍,游乐设备主要采购自[意大利|GPE]的[Zampx|ORG]和[瑞士|GPE]的[B&N|ORG]。",
     {("Zampx", "supplies", "鷹湾文旅"), ("B&N", "supplies", "鷹湾文旅"), ("Zampx", "located_in", "意大利"),
      ("B&N", "located_in", "瑞士")}),
    # a park the text calls 乐园 or 园区 (乐园的游乐设备主要采购自…, 园区餐饮则由X负责运营)
    ("位于[珠海|GPE]的[麌湾乐园|ORG]开园。[麌湾文旅|ORG]董事长介绍,乐园的游乐设备主要采购自[意大利|GPE]的[Zampx|ORG],"
     "园区餐饮则由[百麌中国|ORG]负责运营。",
     {("Zampx", "supplies", "麌湾乐园"), ("Zampx", "located_in", "意大利"), ("百麌中国", "supplies", "麌湾乐园"),
      ("麌湾乐园", "located_in", "珠海")}),
    # a product launched together before (还与Y推出过…产品); a raw material all from one supplier (全部来自X)
    ("去年,[拼麎多|ORG]还与[网麎银行|ORG]推出过类似的商家贷款产品。", {("拼麎多", "partners_with", "网麎银行")}),
    ("[麏小麎|BRAND]的凤爪由重庆工厂生产,鸡爪原料全部来自[圣麎发展|ORG]。", {("圣麎发展", "supplies", "麏小麎")}),
    # a partner after its country and 的; a field's rivals said by its founder
    ("[鶘通快递|ORG]表示,公司已与[印尼|GPE]的[J&X Express|ORG]达成转运合作。",
     {("鶘通快递", "partners_with", "J&X Express"), ("J&X Express", "located_in", "印尼")}),
    ("[鶗记|BRAND]开放加盟。[鶗记|BRAND]创始人唐鶗认为,冰淇淋赛道的主要竞争对手是[D鶗|BRAND]和[蜜鶗冰城|BRAND]。",
     {("鶗记", "competitor_of", "D鶗"), ("鶗记", "competitor_of", "蜜鶗冰城")}),
    # a post taken at another company after leaving one; a company's officer after 称 of its statement
    ("[鶤云科技|ORG]首席财务官[韦鶤|PERSON]已于近日离职,将出任软件公司[鶥石科技|ORG]的首席财务官。",
     {("韦鶤", "works_for", "鶤云科技"), ("韦鶤", "works_for", "鶥石科技")}),
    ("[鶤云科技|ORG]方面确认了这一消息,称公司副总裁兼财务总监[杜鶤|PERSON]将暂时代行CFO职责。",
     {("杜鶤", "works_for", "鶤云科技")}),
    # a round whose amount opens a later clause (…的D轮融资,该轮融资金额为8亿元,由X和Y联合领投)
    ("在[鶤云科技|ORG]任职期间,他主导了公司2021年的D轮融资,该轮融资金额为8亿元,由[鶦瓴资本|ORG]和[鶧讯投资|ORG]联合领投。",
     {("鶦瓴资本", "led_round", "鶤云科技"), ("鶦瓴资本", "investor_in", "鶤云科技"),
      ("鶧讯投资", "led_round", "鶤云科技"), ("鶧讯投资", "investor_in", "鶤云科技")}),
    # a holder with a long description and a region in brackets, its stake after a semicolon (…;代工企业X(中国)持股10%)
    ("[鶥颜生物|ORG]成立于2017年。公司第一大股东为[鶥颜投资|ORG],持股55%;化妆品代工企业[鶦丝美诗|ORG]([中国|GPE])持股10%。",
     {("鶥颜投资", "shareholder_of", "鶥颜生物"), ("鶦丝美诗", "shareholder_of", "鶥颜生物")}),
    # a teahouse opened first in a city and street; an exclusive supplier is no partner; a speaker's goods made by a firm
    ("[鶧茶局|ORG]创始人[何鶧|PERSON]接受了采访。\n问:是怎么开始的?\n[何鶧|PERSON]:2018年我辞职后,在[成都|GPE][玉林路|GPE]开了第一家茶馆。",
     {("鶧茶局", "founder", "何鶧"), ("鶧茶局", "located_in", "成都")}),
    ("[鶧山茶业|ORG]是[鶧茶局|ORG]的独家供应商。", {("鶧山茶业", "supplies", "鶧茶局")}),
    ("[鶧茶局|ORG]创始人[何鶧|PERSON]接受了采访。\n问:供应链怎么做?\n[何鶧|PERSON]:杯子和包装是[鶤同科技|ORG]做的。",
     {("鶧茶局", "founder", "何鶧"), ("鶤同科技", "supplies", "鶧茶局")}),
    # rivals in an answer about competition: the ones set apart (我们跟A,B不太一样) and the real one (真正的对手可能是C)
    ("[鶧茶局|ORG]创始人[何鶧|PERSON]接受了采访。\n问:怎么看竞争?\n[何鶧|PERSON]:我们跟[鶥王茶姬|BRAND],[鶦颜悦色|BRAND]其实不太一样。"
     "他们做奶茶。真正的对手可能是[鶤巴克|ORG]。",
     {("鶧茶局", "founder", "何鶧"), ("鶧茶局", "competitor_of", "鶥王茶姬"), ("鶧茶局", "competitor_of", "鶦颜悦色"),
      ("鶧茶局", "competitor_of", "鶤巴克")}),
    # a tag line of a streamer and a platform is no contact line; a round by an investor named with no lead
    ("[小鶰|PERSON] [抖音|ORG] 直播 双十一 GMV 美妆", set()),
    ("今年3月,[鶰星传媒|ORG]完成了由[鶰节跳动|ORG]战略投资的B轮融资,金额未披露。", {("鶰节跳动", "investor_in", "鶰星传媒")}),
    # lenders listed in a sentence that names no borrower; trust loans that mainly come from others
    ("公告显示,[鶱城地产|ORG]总负债约为1260亿元。主要债权银行包括[鶱业银行|ORG]和[鶱海银行|ORG],信托借款主要来自[鶱融信托|ORG]。",
     {("鶱城地产", "partners_with", "鶱业银行"), ("鶱城地产", "partners_with", "鶱海银行"),
      ("鶱城地产", "partners_with", "鶱融信托")}),
    # a licence over a drug described at length; a career at two companies at once
    ("12月3日,[鶲泽生物|ORG]宣布,与[鶲沙东|ORG]就其自主研发的靶向TROP2的抗体偶联药物(ADC)鶲泽-101签署独家许可协议。",
     {("鶲泽生物", "partners_with", "鶲沙东")}),
    ("[朱鶲|PERSON]此前曾在[鶲氏|ORG]和[鶲明康德|ORG]担任研发负责人。",
     {("朱鶲", "works_for", "鶲氏"), ("朱鶲", "works_for", "鶲明康德")}),
    # a local retailer entered and a local partner joined in a place a clause opens with
    ("在[印尼|GPE],[鶳茶|BRAND]的产品还进入了当地连锁便利店[Alfamart|ORG]销售。",
     {("鶳茶", "sells_on", "Alfamart"), ("Alfamart", "located_in", "印尼")}),
    ("[鶳茶|BRAND]在[泰国|GPE]则与当地零售集团[Central Group|ORG]成立合资公司,由后者负责门店拓展和运营。",
     {("鶳茶", "partners_with", "Central Group"), ("Central Group", "located_in", "泰国")}),
    # a question's label (投资者:) is no section of investors; rivals a question names before 的竞争
    ("[鶼源乳业|ORG]召开临时股东大会。会后,董事长[张鶼|PERSON]、总经理[吴鶼|PERSON]与投资者进行了交流。\n"
     "投资者:怎么看[鶼利|ORG]、[鶼牛|ORG]的竞争?\n[张鶼|PERSON]:[鶼利|ORG]和[鶼牛|ORG]是行业龙头,我们不跟它们打价格战。",
     {("张鶼", "chairman_of", "鶼源乳业"), ("吴鶼", "ceo_of", "鶼源乳业"), ("吴鶼", "works_for", "鶼源乳业"),
      ("鶼源乳业", "competitor_of", "鶼利"), ("鶼源乳业", "competitor_of", "鶼牛")}),
    # a source after the company's own farms; 有 alone says no one is another's likeness
    ("[鶼源|ORG]的奶源主要来自自有牧场和[内蒙古|GPE]的[鶼牧牧业|ORG]。",
     {("鶼牧牧业", "supplies", "鶼源"), ("鶼牧牧业", "located_in", "内蒙古")}),
    # a seller who keeps the rest and a post; goods a subsidiary makes, the next clause's purchase the company's own
    ("[鶽记火锅|ORG]成立于1999年。交易完成后,[刘鶽|PERSON]将保留40%的股权,并继续担任公司董事长。",
     {("刘鶽", "chairman_of", "鶽记火锅"), ("刘鶽", "shareholder_of", "鶽记火锅")}),
    ("[鶽记火锅|ORG]1999年创立于[重庆|GPE]。公司的火锅底料由其全资子公司[鶽记食品|ORG]生产,牛油主要采购自[内蒙古|GPE]的[鶽原油脂|ORG]。",
     {("鶽记火锅", "located_in", "重庆"), ("鶽记食品", "subsidiary_of", "鶽记火锅"), ("鶽记食品", "supplies", "鶽记火锅"),
      ("鶽原油脂", "supplies", "鶽记火锅"), ("鶽原油脂", "located_in", "内蒙古")}),
    # a brand named as a rival's is not what was bought (收购了X竞争对手之一的某品牌)
    ("此前,[鶾石|ORG]曾于2024年收购了[鶾底捞|BRAND]竞争对手之一的某连锁火锅品牌部分股权。", set()),
    # a party signed with and the event the signing made it a partner of; rivals it is catching up with
    ("国产跑鞋品牌[鶿跑体育|BRAND]12月5日宣布,已与[鶿浩赛事|ORG]签约,成为2026[鶿城马拉松|ORG]的官方合作伙伴,合约期为三年。",
     {("鶿跑体育", "partners_with", "鶿浩赛事"), ("鶿跑体育", "partners_with", "鶿城马拉松")}),
    ("业内人士认为,在国内跑鞋市场,[鶿跑体育|BRAND]正在追赶[鶿步|BRAND]、[鶿宁|BRAND]和[鶿踏|BRAND]。",
     {("鶿跑体育", "competitor_of", "鶿步"), ("鶿跑体育", "competitor_of", "鶿宁"), ("鶿跑体育", "competitor_of", "鶿踏")}),
    # names of any type counted as a company's brands; rivals named by their models (比亚迪海豹、小米SU7)
    ("[鶿跑体育|BRAND]创立于2015年。[鶿跑体育|BRAND]旗下拥有[鶿跑|BRAND]和[Falcon Run|ORG]两个品牌。",
     {("鶿跑体育", "has_brand", "鶿跑"), ("鶿跑体育", "has_brand", "Falcon Run")}),
    ("在20万元级纯电轿车市场,[鷀驰汽车|ORG]面临[鷀亚迪|ORG]海豹、[鷀米|ORG]SU7和[鷀斯拉|ORG]Model 3的激烈竞争。",
     {("鷀驰汽车", "competitor_of", "鷀亚迪"), ("鷀驰汽车", "competitor_of", "鷀米"), ("鷀驰汽车", "competitor_of", "鷀斯拉")}),
    # platforms a speaker's channel shares name together (A和B加起来占四成); a speaker's inputs imported and a
    # partner for another (冻干原料主要从X进口,鲜肉则和Y长期合作)
    ("[鷉宠|ORG]创始人[范鷉|PERSON]接受了采访。\n问:渠道呢?\n[范鷉|PERSON]:我们今年全渠道GMV大概在9亿元,其中[抖音|ORG]占了四成,"
     "[天猫|ORG]和[京东|ORG]加起来占四成左右。",
     {("鷉宠", "founder", "范鷉"), ("鷉宠", "sells_on", "抖音"), ("鷉宠", "sells_on", "天猫"), ("鷉宠", "sells_on", "京东")}),
    ("[鷉宠|ORG]创始人[范鷉|PERSON]接受了采访。\n问:工厂是自己的吗?\n[范鷉|PERSON]:冻干原料主要从[新西兰|GPE]的[鷉原牧业|ORG]进口,"
     "鲜肉则和[山东|GPE]的[鷉鹰食品|ORG]长期合作。",
     {("鷉宠", "founder", "范鷉"), ("鷉原牧业", "supplies", "鷉宠"), ("鷉原牧业", "located_in", "新西兰"),
      ("鷉鹰食品", "supplies", "鷉宠"), ("鷉鹰食品", "located_in", "山东")}),
    # names a speaker gives as examples are not compared with each other; an old holder following in a later clause
    ("[鷉宠|ORG]的增速很快。比如[鷉富迪|BRAND]、[鷉易严选|BRAND]这几年增长都很快,[鷉宠|ORG]的增速比它们还要高一些。",
     {("鷉宠", "compared_with", "鷉易严选")}),
    ("[鷉宠|ORG]去年拿了[鷉榕资本|ORG]领投的B轮,金额是3亿元,老股东[鷉纬创投|ORG]也跟投了。",
     {("鷉榕资本", "led_round", "鷉宠"), ("鷉榕资本", "investor_in", "鷉宠"), ("鷉纬创投", "investor_in", "鷉宠")}),
    # a purchase agreement whose next clause says who buys
    ("[鷊光新能|ORG]宣布与[鷊德时代|ORG]签署储能电池采购框架协议,未来三年将采购不少于10GWh的储能电芯。",
     {("鷊德时代", "supplies", "鷊光新能"), ("鷊光新能", "partners_with", "鷊德时代")}),
    # a brand of a group operated with a partner after 则 and its country; a company controlled by a relative an
    # officer's title describes; sales to a related party
    ("[鷑程酒店|ORG]旗下的高端品牌[鷑悦|BRAND]则与[法国|GPE][鷑高集团|ORG]合作运营。",
     {("鷑程酒店", "has_brand", "鷑悦"), ("鷑悦", "partners_with", "鷑高集团"), ("鷑高集团", "located_in", "法国")}),
    ("[鷑瑞贸易|ORG]由[鷑康医疗|ORG]实际控制人[王鷑|PERSON]的弟弟[王小鷑|PERSON]控制。",
     {("王小鷑", "shareholder_of", "鷑瑞贸易"), ("王鷑", "shareholder_of", "鷑康医疗")}),
    ("2022年至2024年,[鷑康医疗|ORG]向关联方[鷑瑞贸易|ORG]的销售额分别为1.2亿元、1.6亿元和1.9亿元。",
     {("鷑康医疗", "supplies", "鷑瑞贸易")}),
    # 公司 after a sentence on a person's past post is the company before it, not the past employer
    ("[鷒游网络|ORG]成立于2016年,创始人兼CEO为[高鷒|PERSON]。[高鷒|PERSON]此前曾在[鷒易|ORG]担任主策划。"
     "公司此前已获得[鷒讯|ORG]和[鷒哩哔哩|ORG]的投资。",
     {("鷒游网络", "founder", "高鷒"), ("高鷒", "ceo_of", "鷒游网络"), ("高鷒", "works_for", "鷒易"),
      ("鷒讯", "investor_in", "鷒游网络"), ("鷒哩哔哩", "investor_in", "鷒游网络")}),
    # a customer listed is not who buys the parts of the next clause
    ("[鷒康医疗|ORG]成立于2013年。公司的主要客户包括[国鷒控股|ORG]和[华鷒医药|ORG],内窥镜图像传感器则主要采购自[日本|GPE]的[鷒尼|ORG]。",
     {("鷒康医疗", "supplies", "国鷒控股"), ("鷒康医疗", "supplies", "华鷒医药"), ("鷒尼", "supplies", "鷒康医疗"),
      ("鷒尼", "located_in", "日本")}),
    # a partner named with what they build in a later clause; a source after its province and county
    ("[鷙游文旅|ORG]的景区门票主要通过[鷙程|ORG]和[鷙团|ORG]销售,景区内的演艺项目则与[鷙城演艺|ORG]合作打造。",
     {("鷙游文旅", "sells_on", "鷙程"), ("鷙游文旅", "sells_on", "鷙团"), ("鷙游文旅", "partners_with", "鷙城演艺")}),
    ("[鷙记|ORG]创立于2021年。据[林鷙|PERSON]透露,[鷙记|ORG]的茶叶主要来自[福建|GPE][安溪|LOC]的[鷙山茶厂|ORG],牛乳则由[鷙明乳业|ORG]供应。",
     {("鷙山茶厂", "supplies", "鷙记"), ("鷙山茶厂", "located_in", "安溪"), ("鷙明乳业", "supplies", "鷙记")}),
    # a round an investor a title describes took part in
    ("今年8月,[鷙记|ORG]完成了由[鷙茶|ORG]创始人[聂鷙|PERSON]参与投资的A轮融资,金额为1亿元。",
     {("聂鷙", "investor_in", "鷙记"), ("鷙茶", "founder", "聂鷙")}),
    # an auditor the sentence names by its audit; a customer whose contract revenue was booked
    ("[鷚泰股份|ORG]年报存在虚增利润的情况。负责年报审计的[鷚健会计师事务所|ORG]也受到关注。",
     {("鷚健会计师事务所", "supplies", "鷚泰股份")}),
    ("经查,[鷚泰股份|ORG]将与客户[鷚华电器|ORG]的一笔1800万元的合同收入提前确认。", {("鷚泰股份", "supplies", "鷚华电器")}),
    # rivals listed with what one of them makes (与A、B以及C旗下的智能眼镜产品竞争)
    ("在AI眼镜领域,[鷛镜科技|ORG]将与[鷛鸟创新|ORG]、[Rokid|ORG]以及[鷛米|ORG]旗下的智能眼镜产品竞争。",
     {("鷛镜科技", "competitor_of", "鷛鸟创新"), ("鷛镜科技", "competitor_of", "Rokid"), ("鷛镜科技", "competitor_of", "鷛米")}),
    # a product first sold on a platform (首发)
    ("[鷛镜科技|ORG]的鷛镜One在[京鷛|ORG]首发。", {("鷛镜科技", "sells_on", "京鷛")}),
    # a speaker's delivery partner with the kind of delivery before it (冷链配送是和X合作的)
    ("[鷟麦烘焙|ORG]创始人[沈鷟|PERSON]接受了采访。\n记者:面粉和黄油从哪里来?\n[沈鷟|PERSON]:冷链配送是和[鷟运物流|ORG]合作的。",
     {("鷟麦烘焙", "founder", "沈鷟"), ("鷟运物流", "supplies", "鷟麦烘焙")}),
    # a founder and chair who takes a second post (…将兼任首席执行官); retailers after their country and kind
    ("[鷥味餐饮|ORG]公告,公司首席执行官[方鷥|PERSON]因个人原因辞任。公司创始人兼董事会主席[卢鷥|PERSON]将兼任首席执行官。",
     {("方鷥", "works_for", "鷥味餐饮"), ("卢鷥", "chairman_of", "鷥味餐饮"), ("鷥味餐饮", "founder", "卢鷥"),
      ("卢鷥", "ceo_of", "鷥味餐饮")}),
    ("[鷥途|ORG]今年还进入了[美国|GPE]零售商[鷥stco|ORG]和[鷥rget|ORG]的线下渠道。",
     {("鷥途", "sells_on", "鷥stco"), ("鷥途", "sells_on", "鷥rget")}),
    # rivals a question sets beside the company with no 比 (X和A,B的区别在哪里?), not a line of business (差异化)
    ("[鷳咖|BRAND]和[鷳幸|BRAND],[鷳迪|BRAND]的区别在哪里?", {("鷳咖", "competitor_of", "鷳幸"), ("鷳咖", "competitor_of", "鷳迪")}),
    ("[鷳记|BRAND]的主要竞争对手是[鷳DQ|BRAND]和[蜜鷳|BRAND],[鷳记|BRAND]的差异化在于口味。",
     {("鷳记", "competitor_of", "鷳DQ"), ("鷳记", "competitor_of", "蜜鷳")}),
    # who takes a speaker's customers, the owner named before it no rival; a round a turn opens with its month
    ("[鷳咖|BRAND]创始人[何鷳|PERSON]接受了采访。\n记者:谁在和你们竞争?\n[何鷳|PERSON]:真正跟我们抢客人的,反而是[蜜鷳|BRAND]旗下的[鷳运咖|BRAND]。",
     {("鷳咖", "founder", "何鷳"), ("鷳咖", "competitor_of", "鷳运咖"), ("蜜鷳", "has_brand", "鷳运咖")}),
    ("[鷳咖|BRAND]创始人[何鷳|PERSON]接受了采访。\n记者:听说你们刚融了资?\n[何鷳|PERSON]:对,9月份完成了2亿元B轮融资,[顺鷳资本|ORG]领投。",
     {("鷳咖", "founder", "何鷳"), ("顺鷳资本", "led_round", "鷳咖"), ("顺鷳资本", "investor_in", "鷳咖")}),
    # inputs from a place, then an agreement with a firm there
    ("[鷳咖|BRAND]创始人[何鷳|PERSON]接受了采访。\n记者:豆子从哪里来?\n[何鷳|PERSON]:咖啡豆来自[云南|GPE][普洱|GPE],我们和当地的[鷳源庄园|ORG]签了五年的包销协议。",
     {("鷳咖", "founder", "何鷳"), ("鷳源庄园", "supplies", "鷳咖"), ("鷳源庄园", "located_in", "普洱")}),
    # a drug's trials and its active ingredient left to firms, the drug no name: its maker's suppliers
    ("[鷴康生物|ORG]成立于2013年。KX-1目前处于临床二期阶段,其临床试验由[泰鷴医药|ORG]负责,原料药由[药鷴康德|ORG]旗下的[合鷴药业|ORG]生产。",
     {("泰鷴医药", "supplies", "鷴康生物"), ("合鷴药业", "supplies", "鷴康生物"), ("合鷴药业", "subsidiary_of", "药鷴康德")}),
    # suppliers after their countries in both clauses
    ("[鷴跑|BRAND]的碳板由[日本|GPE][鷴丽|ORG]供应,鞋底材料则来自[德国|GPE][巴鷴夫|ORG]。",
     {("鷴丽", "supplies", "鷴跑"), ("巴鷴夫", "supplies", "鷴跑"), ("鷴丽", "located_in", "日本"), ("巴鷴夫", "located_in", "德国")}),
    # a note's lines naming the maker and an ingredient's supplier with no subject; a round in a sentence's last clause
    ("姐妹们种草了[鷵肤|BRAND]!\n💡代工厂是[科鷵美诗|ORG],配方里的防晒剂用的是[德国|GPE][巴鷵夫|ORG]的!\n[鷵肤|BRAND]真的好用。",
     {("科鷵美诗", "supplies", "鷵肤"), ("巴鷵夫", "supplies", "鷵肤")}),
    ("[鷵肤|BRAND]是2021年在[杭州|GPE]成立的,创始人是[孙鷵|PERSON],听说去年拿了[真鷵基金|ORG]的天使轮。",
     {("鷵肤", "located_in", "杭州"), ("鷵肤", "founder", "孙鷵"), ("真鷵基金", "investor_in", "鷵肤")}),
    # a holder's stake after the clause of its investment; a local supplier in a later clause; rivals a company lists
    ("[鷶记|ORG]成立于2009年。[鷶记|ORG]曾于2021年获得[碧鷶创投|ORG]领投的6亿元战略投资,[碧鷶创投|ORG]目前持股8.1%。",
     {("碧鷶创投", "led_round", "鷶记"), ("碧鷶创投", "investor_in", "鷶记"), ("碧鷶创投", "shareholder_of", "鷶记")}),
    ("[鷶记|ORG]的牛肉主要从澳大利亚进口,蔬菜则由本地的[鷶田合作社|ORG]供应。", {("鷶田合作社", "supplies", "鷶记")}),
    ("[鷶记|ORG]在招股书中将[海鷶捞|BRAND]、[呷鷶|BRAND]列为主要竞争对手。",
     {("鷶记", "competitor_of", "海鷶捞"), ("鷶记", "competitor_of", "呷鷶")}),
    # peers listed with commas that also build where the company does; a project's inputs are its builder's
    ("[鷷晶能源|ORG]将在[沙特|GPE]建厂。[鷷晶能源|ORG]的产能将翻倍。今年以来,[隆鷷绿能|ORG],[晶鷷能源|ORG]等同行也纷纷在[中东|LOC]布局产能。",
     {("鷷晶能源", "competitor_of", "隆鷷绿能"), ("鷷晶能源", "competitor_of", "晶鷷能源")}),
    ("[鷷晶能源|ORG]将在[沙特|GPE]建设工厂。该项目的多晶硅料将由[通鷷股份|ORG]供应,设备则主要采购自[迈鷷股份|ORG]。",
     {("通鷷股份", "supplies", "鷷晶能源"), ("迈鷷股份", "supplies", "鷷晶能源")}),
    # a company that joins another to hold a live session on a platform: partners
    ("[麆丰合作社|ORG]联合[东方麆选|ORG],在[抖音|ORG]开展了一场助农直播。",
     {("麆丰合作社", "partners_with", "东方麆选"), ("麆丰合作社", "livestreams_on", "抖音")}),
    # officers a filing's summary labels on one line; the company opening a clause on where it buys its equipment
    ("[麉运物流|ORG]2023年年度报告摘要\n董事长:[冯麉|PERSON] 总经理:[冯小麉|PERSON] 董事会秘书:[沈麉|PERSON]\n"
     "[麉运物流|ORG]主营冷链仓储。公司冷藏车主要采购自[福麉汽车|ORG]。",
     {("冯麉", "chairman_of", "麉运物流"), ("冯小麉", "ceo_of", "麉运物流"), ("沈麉", "works_for", "麉运物流"),
      ("福麉汽车", "supplies", "麉运物流")}),
    # a host who goes by a nickname asks about rivals; an answer that names the round it confirms, then its lead;
    # goods made at a named plant in a place
    ("[麊宠|BRAND]是国产猫粮品牌,[麊宠|BRAND]创始人[林麊|PERSON]做客节目。\n主持人小麊:你们怎么跟[皇麊|BRAND],[渴麊|BRAND]这些进口品牌竞争?\n"
     "[林麊|PERSON]:我们的主粮是在[山东|GPE][聊城|GPE]的[麊丰工厂|ORG]代工的。\n主持人小麊:听说你们拿到了新一轮融资?\n"
     "[林麊|PERSON]:对,是B轮,1.5亿元,由[高麊创投|ORG]领投。",
     {("麊宠", "founder", "林麊"), ("麊宠", "competitor_of", "皇麊"), ("麊宠", "competitor_of", "渴麊"),
      ("麊丰工厂", "supplies", "麊宠"), ("麊丰工厂", "located_in", "聊城"), ("高麊创投", "led_round", "麊宠"),
      ("高麊创投", "investor_in", "麊宠")}),
    # 其 after a founder described by a former employer's executives: the company, not the employer; a supplier a
    # question asks about is none; rivals a company's sales are set against in the same period
    ("[麁能汽车|ORG]由前[蔚麁|ORG]高管[邓麁|PERSON]于2018年创立,[合麁建投|ORG]为其第二大股东。",
     {("麁能汽车", "founder", "邓麁"), ("合麁建投", "shareholder_of", "麁能汽车")}),
    ("网友B:[麁能|ORG]的电池是[宁麁时代|ORG]的吗?", set()),
    ("[麁能|ORG]上个月只卖了3100台,环比下滑了27%,而[比麁|ORG]和[特麁|ORG]同期都过了1万台。",
     {("麁能", "competitor_of", "比麁"), ("麁能", "competitor_of", "特麁")}),
    # a source opening the sentence is no company whose holders it lists; an affiliate of a name is not the name
    ("[麍聘网络|ORG]成立于2015年,是一家招聘平台。[麍聘网络|ORG]被罚款300万元。[天眼查|ORG]信息显示,公司股东包括[BOSS麍聘|ORG]的关联公司和[红麍中国|ORG],其中[红麍中国|ORG]持股约12%。",
     {("红麍中国", "shareholder_of", "麍聘网络")}),
    # retailers, then where it sells online; a part of a product named after a period run on into Latin text
    ("[麘智科技|ORG]在[德国|GPE]通过[Media麘|ORG]和[Sat麘|ORG]两家连锁卖场销售,线上则主要依靠[亚麘逊|ORG].X20的激光雷达由[禾麘科技|ORG]提供。",
     {("麘智科技", "sells_on", "Media麘"), ("麘智科技", "sells_on", "Sat麘"), ("麘智科技", "sells_on", "亚麘逊"),
      ("禾麘科技", "supplies", "麘智科技")}),
    # new shares subscribed at a price: an investment in the company
    ("[麙华医疗|ORG]公告,[麙康人寿|ORG]将以每股9.5港元的价格认购公司新发行的4亿股股份。",
     {("麙康人寿", "investor_in", "麙华医疗")}),
    # a shop's review: where its beef comes from and the platforms it went onto, the shop the review opens with
    ("今天带大家去吃一家老店:[麞记牛肉面|ORG]。\n牛肉每天从[临夏|GPE]的[麞牧合作社|ORG]拉过来。店里现在也上了[美团|ORG]和[大众点评|ORG]。",
     {("麞牧合作社", "supplies", "麞记牛肉面"), ("麞牧合作社", "located_in", "临夏"), ("麞记牛肉面", "sells_on", "美团"),
      ("麞记牛肉面", "sells_on", "大众点评")}),
    # a supplier's later clause on the supply chains it entered; the holder who keeps the rest after a purchase
    ("[黆芯微|ORG]回复称,公司与[比黆|ORG]的合作已持续5年,并已进入[吉黆汽车|ORG]和[长黆汽车|ORG]的供应链。",
     {("黆芯微", "partners_with", "比黆"), ("黆芯微", "supplies", "吉黆汽车"), ("黆芯微", "supplies", "长黆汽车")}),
    ("[黊川集团|ORG]已完成对[黊城FC|ORG]90%股权的收购,原大股东[黊达地产|ORG]保留剩余10%股权。",
     {("黊川集团", "shareholder_of", "黊城FC"), ("黊城FC", "subsidiary_of", "黊川集团"), ("黊达地产", "shareholder_of", "黊城FC")}),
    # a club's kit supplier that stays on (a supplier, as 装备供应商 is), and a partner that renews, the club named before
    ("[黊城FC|ORG]宣布了新赛季的赞助商。运动品牌[李黊|ORG]继续担任球衣供应商。此外,[黊城农商银行|ORG]也续签了官方合作伙伴协议。",
     {("李黊", "supplies", "黊城FC"), ("黊城FC", "partners_with", "黊城农商银行")}),
    # a streamer signed to an agency in a place, and the agency's other streamers
    ('主播"[小黋同学|PERSON]"签约于[杭州|GPE]的[黋星文化|ORG],这家MCN机构旗下还有主播"[黋姐说茶|PERSON]"等。',
     {("小黋同学", "works_for", "黋星文化"), ("黋星文化", "located_in", "杭州"), ("黋姐说茶", "works_for", "黋星文化")}),
    # where the rest of a company's sales comes from after a platform's share
    ("[黋茶|BRAND]今年线上GMV预计将达到15亿元,其中[抖音|ORG]渠道占比超过60%,其余主要来自[天猫|ORG]和[京东|ORG]。",
     {("黋茶", "sells_on", "抖音"), ("黋茶", "sells_on", "天猫"), ("黋茶", "sells_on", "京东")}),
    # 公司 in an analyst's question on a call: the company holding it
    ("[黐锐股份|ORG]业绩说明会纪要\n[黐锐股份|ORG]董事长[叶黐|PERSON]出席。\n广发证券分析师:公司和[三黐智控|ORG],[拓黐集团|ORG]相比有什么优势?",
     {("叶黐", "chairman_of", "黐锐股份"), ("黐锐股份", "competitor_of", "三黐智控"), ("黐锐股份", "competitor_of", "拓黐集团"),
      ("黐锐股份", "compared_with", "三黐智控"), ("黐锐股份", "compared_with", "拓黐集团")}),
    # a company a later clause calls a unit under a group (…,是X旗下的新能源平台); a project's inputs with no 的
    ("[黤风新能源|ORG]成立于2010年,总部位于[北京|GPE],是[国家黤投|ORG]旗下的新能源平台。",
     {("黤风新能源", "located_in", "北京"), ("黤风新能源", "subsidiary_of", "国家黤投")}),
    ("[黤风新能源|ORG]将在[内蒙古|GPE]建设风电基地。该项目风机由[金黤科技|ORG]供应。",
     {("金黤科技", "supplies", "黤风新能源")}),
    # 公司 opening a sentence before a line of work and 负责人 (公司海外业务负责人X表示): the company before it
    ("[黦智科技|ORG]在柏林发布了新品。公司海外业务负责人[Mark 黦|PERSON]表示,欧洲销售增长很快。",
     {("Mark 黦", "works_for", "黦智科技")}),
    # a breakdown by brand whose middle item names no brand found, and a brand that 贡献 its revenue
    ("[麬动国际|ORG]发布中期业绩。分品牌看,主品牌[麬动|BRAND]收入36亿元;童装品牌小麬收入7.8亿元;户外品牌[麬峰|BRAND]贡献收入4.8亿元。",
     {("麬动国际", "has_brand", "麬动"), ("麬动国际", "has_brand", "麬峰")}),
    # 公司 saying what it will do, in a report of a filer's results (…发布2024年中期业绩): the filer, not the brand
    # named in the sentence before; cooperation it pushes on with, and the live sessions it bets on
    ("[麬动国际|ORG](02xxx.HK)8月22日晚发布2024年中期业绩。[麬动|BRAND]品牌门店共6120家。"
     "公司表示,下半年将继续推进与[天猫|ORG],[唯品会|ORG]的合作,并加码[抖音|ORG]直播。",
     {("麬动国际", "partners_with", "天猫"), ("麬动国际", "partners_with", "唯品会"), ("麬动国际", "livestreams_on", "抖音")}),
    # peers an insider says were also once in trouble
    ("[麭记火锅|BRAND]门店被罚款。[麭记火锅|BRAND]创立于2014年。有业内人士指出,今年以来,[海底麭|BRAND],[呷麭|BRAND]"
     "等火锅品牌也曾因食品安全问题被通报。",
     {("麭记火锅", "competitor_of", "海底麭"), ("麭记火锅", "competitor_of", "呷麭")}),
    # a supplier a reply says was dropped, and an inspector a company brings in
    ("对此,[麭记火锅|BRAND]回应称,涉事门店已停业整改,涉事牛油的供应商[重庆麭香食品有限公司|ORG]已被终止合作。"
     "[麭记火锅|BRAND]表示,将引入第三方检测机构[SGX|ORG]对所有门店进行全面排查。",
     {("重庆麭香食品有限公司", "supplies", "麭记火锅"), ("SGX", "supplies", "麭记火锅")}),
    # a pair a podcast's host asks the guest about (怎么看A和B?): the rivals of the company its headline names
    ("播客文字稿|[麮野|ORG]创始人[何麮|PERSON]:露营之后\n主持人:先介绍一下[麮野|ORG]吧。\n何麮:[麮野|ORG]是2017年成立的户外品牌。"
     "\n主持人:怎么看[牧麮|BRAND]和[挪麮|BRAND]?\n何麮:[牧麮|BRAND]渠道更强。",
     {("麮野", "founder", "何麮"), ("麮野", "competitor_of", "牧麮"), ("麮野", "competitor_of", "挪麮")}),
    # a material's maker after a region (台湾地区的X): the supplier, and where it is
    ("[麯能户外|ORG]的面料用的是[台湾|GPE]地区的[富麯纺织|ORG]。",
     {("富麯纺织", "supplies", "麯能户外"), ("富麯纺织", "located_in", "台湾")}),
    # a shop's owner a note describes by a past job (X的老板是前Y的区域经理Z): the founder (a past job before a
    # founder's name is no relation of its own in this table's reading, as 由前X研发总监Y创办 is none)
    ("[齀屿咖啡|BRAND]很火。听店员说,[齀屿咖啡|BRAND]的老板是前[星齀|ORG]的区域经理[陈齀|PERSON],2021年开了第一家店。",
     {("齀屿咖啡", "founder", "陈齀")}),
    # a note's beans from a farm after a province and a city, and a rival set beside it with no subject (和X比,…贵一点)
    ("[齀屿咖啡|BRAND]很火。[齀屿咖啡|BRAND]人均38元。招牌是桂花拿铁,用的是[云南|GPE][保山|GPE]的[齀山庄园|ORG]的豆子。"
     "和[Manner齀|BRAND]比,价格贵一点,但是环境好太多了。",
     {("齀山庄园", "supplies", "齀屿咖啡"), ("齀山庄园", "located_in", "保山"), ("齀屿咖啡", "compared_with", "Manner齀")}),
    # flagship stores a later clause opens, in what a chairman says: the brand his words are about, not his company
    ("[齂盛控股|ORG]董事长[刘齂|PERSON]表示,未来[齂拉|BRAND]将借助公司渠道进入[中国|GPE]市场,并在[天猫|ORG],[京东|ORG]开设旗舰店。",
     {("刘齂", "chairman_of", "齂盛控股"), ("齂拉", "sells_on", "天猫"), ("齂拉", "sells_on", "京东")}),
    # 创始人兼现任CEO: both posts
    ("[齃晟医疗|ORG]宣布任命[赵齃|PERSON]为首席执行官。[齃晟医疗|ORG]创始人兼现任CEO[孙齃晟|PERSON]将转任董事长。",
     {("赵齃", "ceo_of", "齃晟医疗"), ("齃晟医疗", "founder", "孙齃晟"), ("孙齃晟", "ceo_of", "齃晟医疗"),
      ("孙齃晟", "chairman_of", "齃晟医疗")}),
    # a post held before at a company's region (此前担任X中国区副总裁), and a job before that after a semicolon
    ("[赵齃|PERSON]拥有超过20年的行业经验,此前担任[GE齃疗|ORG]中国区副总裁,负责超声业务；更早之前曾在[飞齃浦|ORG]任职。",
     {("赵齃", "works_for", "GE齃疗"), ("赵齃", "works_for", "飞齃浦")}),
    # goods sold through live sessions on a platform; a firm put in charge of a brand, whose products enter stores
    ('她所在的[齅溪茶叶合作社|ORG],今年通过[抖音|ORG]直播卖出茶叶超过12万斤。近年来,县里引进了电商企业[齅云科技|ORG],'
     '由[齅云科技|ORG]负责茶叶品牌"[齅溪春|BRAND]"的运营,产品已进入[盒马|BRAND]和[山姆会员店|BRAND]。',
     {("齅溪茶叶合作社", "livestreams_on", "抖音"), ("齅云科技", "has_brand", "齅溪春"), ("齅溪春", "sells_on", "盒马"),
      ("齅溪春", "sells_on", "山姆会员店")}),
    # a results call's record (X2024年第三季度业绩说明会纪要) is the company's own, whatever else is named twice: the
    # customers an answer opens with and one its supply chain took in this year; materials bought, in another turn
    ("[齘拓科技|ORG]2024年第三季度业绩说明会纪要\n公司参会人员:董事长兼总经理 [韩齘|PERSON]\n问:公司热管理产品目前主要供应哪些客户?\n"
     "韩齘:主要客户包括[比齘迪|ORG],[理齘汽车|ORG]和[吉齘汽车|ORG],今年新进入了[小齘汽车|ORG]的供应链。[比齘迪|ORG]仍是第一大客户。\n"
     "问:原材料方面有什么压力?\n韩齘:铝材主要采购自[南齘铝业|ORG],价格今年比较稳定。",
     {("韩齘", "ceo_of", "齘拓科技"), ("韩齘", "chairman_of", "齘拓科技"), ("齘拓科技", "supplies", "比齘迪"),
      ("齘拓科技", "supplies", "理齘汽车"), ("齘拓科技", "supplies", "吉齘汽车"), ("齘拓科技", "supplies", "小齘汽车"),
      ("南齘铝业", "supplies", "齘拓科技")}),
    # the company a headline opens with and named more often than any other, though not twice as often: the one
    # peers also buying up hospitals are rivals of; a head described before the name (院长为眼科专家Y)
    ("[齙康医疗|ORG]收购[杭州齙和医院|ORG]\n[齙康医疗|ORG]宣布,已完成对[杭州齙和医院|ORG]100%股权的收购。[杭州齙和医院|ORG]成立于2011年,"
     "院长为眼科专家[孙齙明|PERSON]。[齙康医疗|ORG]总部位于[南京|GPE]。业内人士表示,[爱齙眼科|ORG],[华齙眼科|ORG]等头部眼科连锁也在加速并购。",
     {("齙康医疗", "shareholder_of", "杭州齙和医院"), ("杭州齙和医院", "subsidiary_of", "齙康医疗"), ("孙齙明", "works_for", "杭州齙和医院"),
      ("齙康医疗", "located_in", "南京"), ("齙康医疗", "competitor_of", "爱齙眼科"), ("齙康医疗", "competitor_of", "华齙眼科")}),
    # an ambassador welcomed by handle, a space after it
    ("欢迎@[白齚|PERSON] 成为[齚颜|BRAND]品牌全球代言人✨ 一起开启新篇章", {("白齚", "endorses", "齚颜")}),
    # stores a company's products entered, listed with commas after 目前
    ("[齛味坊|ORG]2009年诞生于[重庆|GPE],目前产品已进入[沃齛玛|ORG],[永齛超市|ORG]等商超渠道。",
     {("齛味坊", "located_in", "重庆"), ("齛味坊", "sells_on", "沃齛玛"), ("齛味坊", "sells_on", "永齛超市")}),
    # the maker of a line named as the one that provides it is no buyer of the packaging a later clause sources
    ("[齜味坊|ORG]的新工厂投产。新工厂的生产线由[德国|GPE]的[齜格机械|ORG]提供,包装设备则采购自[广州|GPE]的[齜达包装|ORG]。",
     {("齜格机械", "located_in", "德国"), ("齜达包装", "located_in", "广州")}),
    # a shop a native of a place opened (X是兰州人Y开的), where it has been open for years
    ("这家[齦记牛肉面|BRAND]是[兰州|GPE]人[马齦|PERSON]开的,据说在[兰州|GPE]已经开了20年。",
     {("齦记牛肉面", "founder", "马齦"), ("齦记牛肉面", "located_in", "兰州")}),
    # a review's soup from a ranch, and rivals set beside the shop with 比起 and 比, no subject
    ("[齦记牛肉面|BRAND]人均32元。[齦记牛肉面|BRAND]排队一小时。汤头用的是[甘肃|GPE]的[齦原牧业|ORG]的牦牛骨熬的,很香。"
     "\n比起[马子齦|BRAND],这家的面更劲道。比旁边的[东方齦|BRAND]贵了4块。",
     {("齦原牧业", "supplies", "齦记牛肉面"), ("齦原牧业", "located_in", "甘肃"), ("齦记牛肉面", "compared_with", "马子齦"),
      ("齦记牛肉面", "compared_with", "东方齦")}),
    # an investor's question on a Q&A platform (投资者提问:公司与X相比…) asks about the company answering; foundries
    # named as the ones that make the wafers are no clients of the packager a later clause names
    ("[齧芯股份|ORG]:公司车规级MCU已通过认证\n投资者提问:公司晶圆主要由哪家代工?\n[齧芯股份|ORG]董秘:公司产品的晶圆主要由"
     "[中齧国际|ORG]和[华齧半导体|ORG]代工,封装测试则委托[长齧科技|ORG]完成。\n投资者提问:公司与[兆齧创新|ORG]相比有何优势?\n"
     "[齧芯股份|ORG]董秘:公司产品可靠性具有一定优势。",
     {("中齧国际", "supplies", "齧芯股份"), ("华齧半导体", "supplies", "齧芯股份"), ("长齧科技", "supplies", "齧芯股份"),
      ("齧芯股份", "compared_with", "兆齧创新"), ("齧芯股份", "competitor_of", "兆齧创新")}),
    # a shop that went onto delivery platforms
    ("[齨茶|BRAND]成立于2017年。[齨茶|BRAND]总部位于[成都|GPE]。据悉,[齨茶|BRAND][吉隆坡|GPE]店上线了外卖平台[Grab齨|ORG]和"
     "[foodpanda|ORG],开业首日销量突破3000杯。",
     {("齨茶", "located_in", "成都"), ("齨茶", "sells_on", "Grab齨"), ("齨茶", "sells_on", "foodpanda")}),
    # rivals whose price competition a report warns of, the company left out (研报提示与A,B等龙头的价格竞争可能加剧)
    ("[齰达股份|ORG]是逆变器龙头。[齰达股份|ORG]出货量增长41%。[齰达股份|ORG]海外收入占比62%。"
     "风险方面,研报提示与[华齰|ORG],[阳光齰源|ORG]等龙头的价格竞争可能加剧。",
     {("齰达股份", "competitor_of", "华齰"), ("齰达股份", "competitor_of", "阳光齰源")}),
    # a maker whose products a later clause says the company brings in (近年也在导入X的国产产品)
    ("[齰达股份|ORG]的IGBT芯片主要采购自[英齰凌|ORG],近年也在导入[斯齰半导|ORG]的国产产品。",
     {("英齰凌", "supplies", "齰达股份"), ("斯齰半导", "supplies", "齰达股份")}),
    # a company's quoted goods in a later clause (旗下"X"凉茶), and goods a company makes under a quoted name
    ('[齱泉饮品|ORG]成立于2008年,旗下"[齱泉|BRAND]"凉茶在华南市场拥有较高知名度。[齱源食品|ORG]自2021年起生产销售"[齱泉山|BRAND]"凉茶。',
     {("齱泉饮品", "has_brand", "齱泉"), ("齱源食品", "has_brand", "齱泉山")}),
    # flagship stores opened online in a later clause, past a first store opened at a venue
    ("[德国|GPE]高端厨电品牌[Kochr齲|BRAND]12月5日宣布正式进入[中国|GPE]市场,首家线下旗舰店在[上海嘉齲中心|ORG]开业,"
     "同时在[京东|ORG]和[天猫|ORG]开设官方旗舰店。",
     {("Kochr齲", "located_in", "德国"), ("Kochr齲", "sells_on", "京东"), ("Kochr齲", "sells_on", "天猫")}),
    # rivals in a market (X在中国的主要竞争对手包括…)
    ("[Kochr齲|BRAND]在[中国|GPE]的主要竞争对手包括[西门齲|ORG],[博齲|ORG]和[美齲|ORG]。",
     {("Kochr齲", "competitor_of", "西门齲"), ("Kochr齲", "competitor_of", "博齲"), ("Kochr齲", "competitor_of", "美齲")}),
    # a results table's brand column names the filer's brands; cooperation an officer says the group deepens with
    # platforms (与A,B深化合作)
    ("# [齹程酒店集团|ORG]2024年业绩\n[齹程酒店集团|ORG](09xxx.HK)3月20日发布2024年全年业绩。\n\n| 品牌 | 定位 | 在营酒店数 |\n"
     "| --- | --- | --- |\n| [齹程|BRAND] | 中端 | 1,260 |\n| [齹居|BRAND] | 经济型 | 2,080 |\n\n"
     "集团首席执行官[陈齹|PERSON]表示,2025年将继续与[携齹|ORG],[美齹|ORG]深化合作。",
     {("陈齹", "ceo_of", "齹程酒店集团"), ("齹程酒店集团", "has_brand", "齹程"), ("齹程酒店集团", "has_brand", "齹居"),
      ("齹程酒店集团", "partners_with", "携齹"), ("齹程酒店集团", "partners_with", "美齹")}),
    # an answer to where something comes from (从哪里来?): imported from a maker, and made by another in a later clause
    ("[齺谷酒庄|ORG]创始人[蒋齺|PERSON]接受采访。\nQ:酿酒用的橡木桶从哪里来?\nA:主要从[法国|GPE]的[Tonnellerie Dargauz|ORG]进口,"
     "一部分用国产的,是[山东齺森木业|ORG]做的。",
     {("齺谷酒庄", "founder", "蒋齺"), ("Tonnellerie Dargauz", "located_in", "法国"), ("Tonnellerie Dargauz", "supplies", "齺谷酒庄"),
      ("山东齺森木业", "supplies", "齺谷酒庄")}),
    # a note's shop left out before a maker it developed goods with, a platform it can be bought on, and a brand it
    # co-branded with after an emoji
    ("🥐[齻麦烘焙|BRAND]×[故宫齻创|BRAND]联名款上线啦!\n[齻麦烘焙|BRAND]和[故宫齻创|BRAND]出了联名月饼礼盒。这次的馅料是和[香港|GPE]的"
     "[齻记食品|ORG]一起研发的。[齻麦烘焙|BRAND]有12家店,[美团齻卖|BRAND]也能买到~\n👉听说上个月跟[喜齻|BRAND]的联名也卖爆了",
     {("齻麦烘焙", "partners_with", "故宫齻创"), ("齻麦烘焙", "partners_with", "齻记食品"), ("齻记食品", "located_in", "香港"),
      ("齻麦烘焙", "sells_on", "美团齻卖"), ("齻麦烘焙", "partners_with", "喜齻")}),
    # live sessions a company began selling through
    ("去年[齼谷酒庄|ORG]也开始通过[抖音|ORG]直播卖酒。", {("齼谷酒庄", "livestreams_on", "抖音")}),
    # the latest of a company's rounds, led by one investor (已完成4轮融资,最新一轮由X领投)
    ("[鼔途汽车|ORG]成立于2020年。[鼔途汽车|ORG]已完成4轮融资,最新一轮由[高鼔资本|ORG]领投,[蔚鼔资本|ORG]跟投。",
     {("高鼔资本", "led_round", "鼔途汽车"), ("高鼔资本", "investor_in", "鼔途汽车"), ("蔚鼔资本", "investor_in", "鼔途汽车")}),
    # a streamer signed to an agency called an MCN机构, and the streamers it also signed
    ('"[鼕鼕|PERSON]"签约于[杭州|GPE]的MCN机构[鼕星传媒|ORG],今年已完成直播超过150场。[鼕星传媒|ORG]创始人[王鼕|PERSON]表示,'
     '[鼕星传媒|ORG]旗下还签约了"[小鼕|PERSON]"等20余位主播。',
     {("鼕鼕", "works_for", "鼕星传媒"), ("鼕星传媒", "located_in", "杭州"), ("鼕星传媒", "founder", "王鼕"),
      ("小鼕", "works_for", "鼕星传媒")}),
    # a venture two companies set up together (共同设立X), its capital divided across a semicolon: the majority holder
    # is its parent
    ("[鼖能科技|ORG]与[鼖华集团|ORG]签署合资协议,双方将在[赣州|GPE]共同设立[鼖华循环科技有限公司|ORG]。合资公司注册资本5亿元,"
     "其中[鼖能科技|ORG]出资3亿元,持股60%；[鼖华集团|ORG]出资2亿元,持股40%。",
     {("鼖能科技", "partners_with", "鼖华集团"), ("鼖华循环科技有限公司", "located_in", "赣州"),
      ("鼖能科技", "shareholder_of", "鼖华循环科技有限公司"), ("鼖华集团", "shareholder_of", "鼖华循环科技有限公司"),
      ("鼖华循环科技有限公司", "subsidiary_of", "鼖能科技")}),

    # rivals a company faces (面临A和B的竞争) compete with it, not with each other
    ("[龝记火锅|BRAND]仍面临[龞家火锅|BRAND]和[龡氏火锅|BRAND]的激烈竞争。",
     {("龝记火锅", "competitor_of", "龞家火锅"), ("龝记火锅", "competitor_of", "龡氏火锅")}),
    # an item described by its country and the kind of seller it is (和美国家居电商X): still an item of the list
    ("[龢森家居|ORG]的主要客户包括[宜家|ORG]和[美国|GPE]家居电商[龤购|ORG]。",
     {("龢森家居", "supplies", "宜家"), ("龢森家居", "supplies", "龤购")}),
    # peers of a place (同为海宁企业的A和B): both are in it
    ("据了解,同为[海宁|GPE]企业的[龑家家居|ORG]和[龒华控股|ORG]也已在越南设厂。",
     {("龑家家居", "located_in", "海宁"), ("龒华控股", "located_in", "海宁")}),
    # bought from a seller named before the verb (主要从宁波的X采购), a plant of the speaker's company
    ("[龢森家居|ORG]总经理[龓鼾|PERSON]说,公司正在转移订单。他透露,[墨西哥|GPE]工厂所用的面料主要从[宁波|GPE]的[鼿鼽纺织|ORG]采购。",
     {("龓鼾", "ceo_of", "龢森家居"), ("鼿鼽纺织", "supplies", "龢森家居"), ("鼿鼽纺织", "located_in", "宁波")}),
    # a brand under no one its sentence names: the company the document is about
    ("[龕牛乳业|ORG]披露三季报。[龕牛乳业|ORG]前三季度营收下降4.3%。分业务看,低温鲜奶收入下降9.2%。常温奶收入基本持平。"
     "旗下酸奶品牌“[龕优|BRAND]”收入同比增长12%。",
     {("龕牛乳业", "has_brand", "龕优")}),
    # cooperation with two retailers to be deepened, in an officer's words: the company's partners, not each other's;
    # rivals named as competition intensifies
    ("[龕牛乳业|ORG]董事长[龓鼽|PERSON]表示,四季度将加快渠道布局,与[盒马|ORG]和[叮咚买菜|ORG]的合作也将进一步深化。",
     {("龓鼽", "chairman_of", "龕牛乳业"), ("龕牛乳业", "partners_with", "盒马"), ("龕牛乳业", "partners_with", "叮咚买菜")}),
    ("[龕牛乳业|ORG]表示,原奶价格下行导致行业竞争加剧,[伊利|ORG]和[蒙牛|ORG]均加大了促销力度。",
     {("龕牛乳业", "competitor_of", "伊利"), ("龕牛乳业", "competitor_of", "蒙牛")}),

    # suppliers named before 其 (A和B是其主要的…供应商): the sentence's subject's, not the last of the list's
    ("[鵀鵁汽车|ORG]总部位于[合肥|GPE],由前[蔚来|ORG]高管[马鵂|PERSON]于2018年创立,[华为|ORG]和[宁德时代|ORG]是其主要的智驾和电池供应商。",
     {("鵀鵁汽车", "located_in", "合肥"), ("鵀鵁汽车", "founder", "马鵂"), ("华为", "supplies", "鵀鵁汽车"),
      ("宁德时代", "supplies", "鵀鵁汽车")}),
    # a maker described after 因为 as a firm of a place (因为他们是一家贵州遵义的老字号)
    ("最后选了[鵃鵄酱园|ORG],因为他们是一家[贵州|GPE][遵义|GPE]的老字号,做辣酱已经30多年了。",
     {("鵃鵄酱园", "located_in", "遵义")}),
    # a plaintiff's counsel named with the firm and then the lawyer (原告代理律师,X的Y律师表示)
    ("原告[杭州鵅鵆餐饮管理有限公司|ORG]诉被告[温州鵇鵈贸易有限公司|ORG]一案宣判。原告代理律师,[浙江鵉鵀律师事务所|ORG]的[何鵂|PERSON]律师表示,"
     "这是判赔金额较高的案件之一。",
     {("浙江鵉鵀律师事务所", "supplies", "杭州鵅鵆餐饮管理有限公司"), ("何鵂", "works_for", "浙江鵉鵀律师事务所")}),
    # a transcript's question naming rivals as often as the guest's company (和A,B比,你们的差异化在哪?): the
    # answerer's company's rivals; beans bought from a farm in an answer; a round the answer says was completed last month
    ("今天的嘉宾是[鵃鵈咖啡|ORG]的联合创始人[林鵁|PERSON]。\n[周鵀|PERSON]:[鵃鵈咖啡|ORG]现在开了多少家店?\n[林鵁|PERSON]:一共有2860家门店。\n"
     "[周鵀|PERSON]:和[瑞幸|ORG],[库迪|ORG]比,你们的差异化在哪?\n[林鵁|PERSON]:[瑞幸|ORG]和[库迪|ORG]主要在一线城市打价格战。\n"
     "[周鵀|PERSON]:原料呢?\n[林鵁|PERSON]:咖啡豆主要从[云南|GPE][普洱|GPE]的[鵄鵅农业|ORG]采购。\n"
     "[周鵀|PERSON]:听说你们刚拿到一笔融资?\n[林鵁|PERSON]: 对,上个月完成了2亿元A轮融资,由[番茄资本|ORG]领投。",
     {("鵃鵈咖啡", "cofounder", "林鵁"), ("周鵀", "interviewed", "林鵁"), ("鵃鵈咖啡", "competitor_of", "瑞幸"),
      ("鵃鵈咖啡", "competitor_of", "库迪"), ("鵄鵅农业", "supplies", "鵃鵈咖啡"), ("鵄鵅农业", "located_in", "普洱"),
      ("番茄资本", "led_round", "鵃鵈咖啡"), ("番茄资本", "investor_in", "鵃鵈咖啡")}),

    # a licence agreed with a foreign giant (与美国制药巨头X达成独家许可协议): partners, and the giant's country
    ("12月4日,[苏州|GPE]创新药企[鵊鵛生物|ORG]宣布,与[美国|GPE]制药巨头[默沙东|ORG]达成独家许可协议。",
     {("鵊鵛生物", "located_in", "苏州"), ("鵊鵛生物", "partners_with", "默沙东"), ("默沙东", "located_in", "美国")}),
    # fresh food a chain's chairman says a farm supplies directly (介绍,会员店的生鲜主要由X直供)
    ("[鵍鵛超市|ORG]总部位于[长沙|GPE]。公司董事长[吴鵊|PERSON]介绍,会员店的生鲜主要由[鵐鵛农业|ORG]直供。",
     {("鵍鵛超市", "located_in", "长沙"), ("吴鵊", "chairman_of", "鵍鵛超市"), ("鵐鵛农业", "supplies", "鵍鵛超市")}),
    # a company card's fields: its full name, representative, channels and rivals
    ("【企业名片】[鵓鵛科技|ORG]\n\n企业全称:[深圳市鵓鵛科技有限公司|ORG]\n法定代表人:[许鵊|PERSON]\n"
     "主要客户/渠道:[京东|ORG],[天猫|ORG]\n主要竞争对手:[科沃斯|ORG],[石头科技|ORG]\n",
     {("许鵊", "works_for", "深圳市鵓鵛科技有限公司"), ("鵓鵛科技", "sells_on", "京东"), ("鵓鵛科技", "sells_on", "天猫"),
      ("鵓鵛科技", "competitor_of", "科沃斯"), ("鵓鵛科技", "competitor_of", "石头科技")}),
    # a marketplace's sites in countries (在德国和法国的亚马逊站点) are no places of the marketplace
    ("[鵓鵛科技|ORG]在[德国|GPE]和[法国|GPE]的[亚马逊|ORG]站点销量均进入品类前五。", set()),

    # a venture's two holders across a comma (其中A持股51%,B持股49%): both hold it
    ("[鵢鵻集团|ORG]与[Nutrivo|BRAND]在[上海|GPE]成立合资公司[鵢鵻纽翠营养品有限公司|ORG]。[鵢鵻纽翠营养品有限公司|ORG]注册资本1亿元,"
     "其中[鵢鵻集团|ORG]持股51%,[Nutrivo|BRAND]持股49%。",
     {("鵢鵻集团", "partners_with", "Nutrivo"), ("鵢鵻纽翠营养品有限公司", "located_in", "上海"),
      ("鵢鵻集团", "shareholder_of", "鵢鵻纽翠营养品有限公司"), ("Nutrivo", "shareholder_of", "鵢鵻纽翠营养品有限公司"),
      ("鵢鵻纽翠营养品有限公司", "subsidiary_of", "鵢鵻集团")}),
    # a fund product named after its company; 该基金 is the product; stocks it bought into and one that became its
    # largest holding
    ("[鵳鵻基金|ORG]披露旗下基金三季报。其中,由基金经理[陶鵻|PERSON]管理的[鵳鵻成长精选混合基金|ORG]规模为186亿元。"
     "该基金三季度新进[宁德时代|ORG]和[比亚迪|ORG],分别持有约320万股和410万股。此外,[陶鵻|PERSON]还继续增持了港股[美团|ORG],"
     "[美团|ORG]首次成为该基金第一大重仓股。",
     {("鵳鵻基金", "has_brand", "鵳鵻成长精选混合基金"), ("鵳鵻成长精选混合基金", "shareholder_of", "宁德时代"),
      ("鵳鵻成长精选混合基金", "shareholder_of", "比亚迪"), ("鵳鵻成长精选混合基金", "shareholder_of", "美团")}),
    # parts provided for two named clients (主要为A和B提供液压件); goods entered two chains to be sold
    ("[鵶鵻精密机械有限公司|ORG]主要为[徐工集团|ORG]和[三一重工|ORG]提供液压件,2023年营收约3.6亿元;"
     "[鵺鵻食品有限公司|ORG]的主要产品为速冻水饺,已进入[永辉超市|ORG]和[大润发|ORG]销售。",
     {("鵶鵻精密机械有限公司", "supplies", "徐工集团"), ("鵶鵻精密机械有限公司", "supplies", "三一重工"),
      ("鵺鵻食品有限公司", "sells_on", "永辉超市"), ("鵺鵻食品有限公司", "sells_on", "大润发")}),

    # a results call's answers: customers after a comma (…占比提升至38%,主要客户包括A和B), parts supplied and bought
    # (正极材料主要由X供应,电解液则采购自Y); rivals asked about (与A和B的竞争) compete with the company, not each other
    ("[鶢鶣新能源|ORG]2024年三季度业绩说明会问答实录\n\n公司出席人员:董事长 [钱鶣|PERSON],财务总监 [冯鶢|PERSON]\n\n"
     "问:海外客户占比如何?\n[冯鶢|PERSON]:海外客户收入占比提升至38%,主要客户包括[特斯拉|ORG]和[Fluence|ORG]。\n\n"
     "问:原材料方面呢?\n[冯鶢|PERSON]:正极材料主要由[湖南裕能|ORG]供应,电解液则采购自[天赐材料|ORG]。\n\n"
     "问:公司如何看待与[宁德时代|ORG]和[比亚迪|ORG]的竞争?\n[钱鶣|PERSON]:我们的策略是在储能细分领域做深做透。",
     {("钱鶣", "chairman_of", "鶢鶣新能源"), ("冯鶢", "works_for", "鶢鶣新能源"), ("鶢鶣新能源", "supplies", "特斯拉"),
      ("鶢鶣新能源", "supplies", "Fluence"), ("湖南裕能", "supplies", "鶢鶣新能源"), ("天赐材料", "supplies", "鶢鶣新能源"),
      ("鶢鶣新能源", "competitor_of", "宁德时代"), ("鶢鶣新能源", "competitor_of", "比亚迪")}),
    # a store a franchisee runs (由当地投资人X加盟经营): partners of the brand
    ("“[鶅鶣|BRAND]”西安曲江店由当地投资人[鶎鶢投资管理有限公司|ORG]加盟经营,客房数为168间。",
     {("鶎鶢投资管理有限公司", "partners_with", "鶅鶣")}),
    # a brand's director of a function after 公司 (公司品牌总监X介绍); an ambassador signed in a later clause
    ("[鶑鶢体育|ORG]总部位于[晋江|GPE]。公司品牌总监[林鶣|PERSON]介绍,[鶑鶢体育|ORG]近年来持续加大跑步品类投入,"
     "今年已签约马拉松运动员[何鶢|PERSON]为品牌代言人。",
     {("鶑鶢体育", "located_in", "晋江"), ("林鶣", "works_for", "鶑鶢体育"), ("何鶢", "endorses", "鶑鶢体育")}),

    # a studio's new game described before its title (X的开放世界新作《Y》); a rival game of a named maker is no
    # subject of the competition the sentence says the new game faces
    ("游戏研发商[鰀鰟互动|ORG]的开放世界新作《[鰟鰠纪元|BRAND]》上线满一周。《[鰟鰠纪元|BRAND]》将与[米哈游|ORG]的《[原神|BRAND]》"
     "和[网易|ORG]的《[逆水寒|BRAND]》正面竞争。",
     {("米哈游", "has_brand", "原神"), ("网易", "has_brand", "逆水寒"), ("鰀鰟互动", "has_brand", "鰟鰠纪元")}),
    # a coop's packaging supplied by a local firm in a clause after its logistics (…由X负责,包装箱则由本地企业Y供应);
    # a direct-purchase agreement signed with a retailer
    ("[鰆鰟合作社|ORG]成立于2012年。合作社的冷链物流由[顺丰|ORG]负责,包装箱则由本地企业[鰉鰟包装|ORG]供应。"
     "合作社今年还与[盒马|ORG]签订了直采协议。",
     {("顺丰", "supplies", "鰆鰟合作社"), ("鰆鰟合作社", "partners_with", "盒马"), ("鰆鰟合作社", "supplies", "盒马"),
      ("鰉鰟包装", "supplies", "鰆鰟合作社")}),
    # an insurer a group holds, the stake after the parent is named (X是Y的控股子公司,Y持股比例为67%)
    ("[鰌鰟保险|ORG]是[鰕鰟集团|ORG]的控股子公司,[鰕鰟集团|ORG]持股比例为67%。",
     {("鰌鰟保险", "subsidiary_of", "鰕鰟集团"), ("鰕鰟集团", "shareholder_of", "鰌鰟保险")}),
    # a model its clients use (X的模型已被A和B用于智能客服); the new model's compute a cloud provides
    ("[鰘鰟智能|ORG]发布新一代大模型。[鰘鰟智能|ORG]的模型目前已被[招商银行|ORG]和[美的集团|ORG]用于智能客服。"
     "新模型的训练算力由[阿里云|ORG]提供。",
     {("阿里云", "supplies", "鰘鰟智能"), ("鰘鰟智能", "supplies", "招商银行"), ("鰘鰟智能", "supplies", "美的集团")}),
    # what an answer says a plant of the company supplies (…已于9月投产,主要供应A和B)
    ("[鰝鰞新能源|ORG]2024年三季度业绩说明会问答实录\n\n公司出席人员:董事长 [钱鰝|PERSON]\n\n问:工厂进展如何?\n"
     "[钱鰝|PERSON]:匈牙利工厂一期已于9月投产,主要供应[宝马|ORG]和[奔驰|ORG]。",
     {("钱鰝", "chairman_of", "鰝鰞新能源"), ("鰝鰞新能源", "supplies", "宝马"), ("鰝鰞新能源", "supplies", "奔驰")}),

    # platforms whose shares a sentence gives together, no seller named: the seller the sentences before are about
    ("[鱢鱤|BRAND]是一家做猫粮的公司,[鱢鱤|BRAND]的营收去年翻了一倍。[鱥鱦商城|ORG]和[鱨鱩优选|ORG]加起来大概占35%。",
     {("鱢鱤", "sells_on", "鱥鱦商城"), ("鱢鱤", "sells_on", "鱨鱩优选")}),
    # a chain's stores the seller's goods went into, with the chain's kind and the count (进入了宠物连锁品牌X的400多家门店)
    ("线下[鱢鱤|BRAND]进入了宠物连锁品牌[鱪鱫|BRAND]的400多家门店。",
     {("鱢鱤", "sells_on", "鱪鱫")}),
    # a maker named as the agent of 代工 is no buyer of the inputs the next clause sources (由X代工,鸡肉采购自Y)
    ("冻干产品由[鱬鱯食品|ORG]代工,鸡肉原料主要采购自[鱰鱱农业|ORG]。", set()),
    # rivals named as more than the only ones (我们的对手不只是A和B)
    ("[鱢鱤茶饮|BRAND]的对手不只是[鱥鱦茶|BRAND]和[鱨鱩茶|BRAND],还有咖啡品牌。",
     {("鱢鱤茶饮", "competitor_of", "鱥鱦茶"), ("鱢鱤茶饮", "competitor_of", "鱨鱩茶")}),
    # a sentence opening with two titles apart by a half-width comma, no company named: the company of the text
    ("[鱢鱤茶饮|BRAND]创立于2018年,总部位于[成都|GPE]。[鱢鱤茶饮|BRAND]今年在海外开出首家门店。"
     "联合创始人,首席运营官[王鱪|PERSON]表示,明年计划新开50家门店。",
     {("鱢鱤茶饮", "located_in", "成都"), ("鱢鱤茶饮", "cofounder", "王鱪"), ("王鱪", "works_for", "鱢鱤茶饮")}),
    # leaders ranked by their shares (A和B分别以45.9%和24.6%的份额位居前两位): rivals
    ("今年1-10月[鱢鱤电池|ORG]装车量位列国内第七。[鱥鱦时代|ORG]和[鱨鱩新能源|ORG]分别以45.9%和24.6%的份额位居前两位。",
     {("鱥鱦时代", "competitor_of", "鱨鱩新能源")}),

    # platforms a sentence calls the main ones with no seller named (分渠道看,…A,B和C是主要销售平台): the company the text
    # is about; and its products sold through others in a later clause are its own, not the first platform's
    ("[鱢鱤电器|ORG]发布三季报,[鱢鱤电器|ORG]营收增长31%。分渠道看,线上收入占比约为70%,[鱥鱦商城|ORG],[鱨鱩优选|ORG]和"
     "[鱪鱫|ORG]是主要销售平台;海外业务收入占比提升至38%,产品主要通过[鱬鱯网|ORG]和[鱰鱱超市|ORG]销售。",
     {("鱢鱤电器", "sells_on", "鱥鱦商城"), ("鱢鱤电器", "sells_on", "鱨鱩优选"), ("鱢鱤电器", "sells_on", "鱪鱫"),
      ("鱢鱤电器", "sells_on", "鱬鱯网"), ("鱢鱤电器", "sells_on", "鱰鱱超市")}),
    # rivals a company faces listed with a half-width comma (面临A,B和C的激烈竞争): each the company's, none each other's
    ("在国内市场,[鱢鱤电器|ORG]面临[鱥鱦|ORG],[鱨鱩|ORG]和[鱪鱫电器|ORG]的激烈竞争。",
     {("鱢鱤电器", "competitor_of", "鱥鱦"), ("鱢鱤电器", "competitor_of", "鱨鱩"), ("鱢鱤电器", "competitor_of", "鱪鱫电器")}),
    # the delivery platforms a chain's orders come from, all of them
    ("[鱢鱤火锅|BRAND]的外卖订单主要来自[鱥鱦外卖|ORG]和[鱨鱩到家|ORG]。",
     {("鱢鱤火锅", "sells_on", "鱥鱦外卖"), ("鱢鱤火锅", "sells_on", "鱨鱩到家")}),
    # rivals an analyst names as competition intensifies, the company left out: the one the text is about
    ("[鱢鱤火锅|BRAND]今年新开门店312家。[鱢鱤火锅|BRAND]创立于2013年。业内人士指出,火锅赛道竞争加剧,[鱥鱦|BRAND],"
     "[鱨鱩|BRAND]和[鱪鱫火锅|BRAND]都在加快下沉。",
     {("鱢鱤火锅", "competitor_of", "鱥鱦"), ("鱢鱤火锅", "competitor_of", "鱨鱩"), ("鱢鱤火锅", "competitor_of", "鱪鱫火锅")}),
    # the company whose head a new officer reports to (直接向公司创始人兼CEO X汇报): the one that appointed them
    ("[鱢鱤汽车|ORG]宣布,任命[何鱥|PERSON]为公司首席技术官,直接向公司创始人兼CEO[郑鱦|PERSON]汇报。",
     {("何鱥", "works_for", "鱢鱤汽车"), ("鱢鱤汽车", "founder", "郑鱦"), ("郑鱦", "ceo_of", "鱢鱤汽车")}),
    # firms listed before their competition grows fiercer (A,B和C等品牌在…上的竞争日趋激烈): rivals of each other
    ("业内人士认为,[鱥鱦|BRAND],[鱨鱩|BRAND]和[鱪鱫|BRAND]等品牌在马拉松赛事赞助上的竞争日趋激烈。",
     {("鱥鱦", "competitor_of", "鱨鱩"), ("鱥鱦", "competitor_of", "鱪鱫"), ("鱨鱩", "competitor_of", "鱪鱫")}),

    # …but one firm against a list (X与A、B之间的竞争持续加剧): X's rivals, not each other's
    ("业内人士指出,今年以来,[鱥鱦快递|ORG]与[鱨鱩快递|ORG]、[鱪鱫速递|ORG]之间的价格竞争持续加剧。",
     {("鱥鱦快递", "competitor_of", "鱨鱩快递"), ("鱥鱦快递", "competitor_of", "鱪鱫速递")}),

    # customers a sentence ranks as the company's top two (A和B是公司前两大客户)
    ("[鱢鱤供应链|ORG]成立于2012年。客户方面,[鱥鱦|ORG]和[鱨鱩买菜|ORG]是公司前两大客户。",
     {("鱢鱤供应链", "supplies", "鱥鱦"), ("鱢鱤供应链", "supplies", "鱨鱩买菜")}),
    # rivals a company will face together (将与A和B正面竞争): its rivals, not each other's
    ("在东南亚市场,[鱢鱤咖啡|BRAND]将与[鱥鱦咖啡|BRAND]和[鱨鱩咖啡|BRAND]正面竞争。",
     {("鱢鱤咖啡", "competitor_of", "鱥鱦咖啡"), ("鱢鱤咖啡", "competitor_of", "鱨鱩咖啡")}),

    # a venture's holders in the sentence after it is named, opening with 根据协议 (…合资公司"X",规划年产能20GWh。根据协议,A持股51%):
    # their stakes are in it, and the majority holder's venture is its subsidiary
    ("11月6日,[鱢鱤新能源|ORG]与[鱥鱦集团|ORG]在[上海|GPE]签署协议,双方将在[江苏|GPE][常州|GPE]共同成立合资公司"
     "\"[鱨鱩电池有限公司|ORG]\",规划年产能20GWh。根据协议,[鱢鱤新能源|ORG]持股51%,[鱥鱦集团|ORG]持股49%。",
     {("鱢鱤新能源", "partners_with", "鱥鱦集团"), ("鱢鱤新能源", "shareholder_of", "鱨鱩电池有限公司"),
      ("鱥鱦集团", "shareholder_of", "鱨鱩电池有限公司"), ("鱨鱩电池有限公司", "located_in", "常州"),
      ("鱨鱩电池有限公司", "subsidiary_of", "鱢鱤新能源")}),

    # subscribers of a placement listed with half-width commas and 分别 (A,B和C分别认购…): each invested in the issuer
    ("[鱢鱤微电子|ORG]发布公告,定增发行工作已经完成。此外,[鱥鱦基金|ORG],[鱨鱩基金|ORG]和[鱪鱫资产|ORG]分别认购2.6亿元,"
     "2亿元和1.5亿元。",
     {("鱥鱦基金", "investor_in", "鱢鱤微电子"), ("鱨鱩基金", "investor_in", "鱢鱤微电子"),
      ("鱪鱫资产", "investor_in", "鱢鱤微电子")}),
    # a chain said to have started out in a city (一家起步于南京的…品牌): it is there
    ("[鱢鱤烘焙|BRAND]是一家起步于[南京|GPE]的社区烘焙连锁品牌。", {("鱢鱤烘焙", "located_in", "南京")}),
    # where the seller's delivery orders are taken, the seller left out (外卖主要在X上)
    ("[鱢鱤烘焙|BRAND]是一家社区烘焙连锁品牌。外卖和小程序加起来占营收的30%左右,外卖主要在[鱥鱦外卖|ORG]上。",
     {("鱢鱤烘焙", "sells_on", "鱥鱦外卖")}),
    # a place's maker named right after the place with no 的 (面粉全部用的是日本X的)
    ("[鱢鱤烘焙|BRAND]是一家社区烘焙连锁品牌。[鱢鱤烘焙|BRAND]只做社区店。面粉全部用的是[日本|GPE][鱥鱦制粉|ORG]的。",
     {("鱥鱦制粉", "supplies", "鱢鱤烘焙"), ("鱥鱦制粉", "located_in", "日本")}),
    # a lab that tested the company's goods, and a supplier a problem is traced to: both serve the company
    ("[鱢鱤食品|BRAND]发布召回公告。[鱢鱤食品|BRAND]称,该批次产品经第三方检测机构[鱥鱦检测|ORG]检测,菌落总数超标。"
     "初步调查显示,问题源于上游供应商[鱨鱩牧业|ORG]提供的牛肉原料。",
     {("鱥鱦检测", "supplies", "鱢鱤食品"), ("鱨鱩牧业", "supplies", "鱢鱤食品")}),

    # the platform a seller settles on is not what 其 stands for in the next clause (X入驻Y半托管模式,此前其产品主要在A和B上销售)
    ("记者获悉,[鱢鱤家居|ORG]近日正式入驻[鱥鱦|ORG]半托管模式,此前其产品主要在[鱨鱩网|ORG]和[鱪鱫|ORG]上销售。",
     {("鱢鱤家居", "sells_on", "鱥鱦"), ("鱢鱤家居", "sells_on", "鱨鱩网"), ("鱢鱤家居", "sells_on", "鱪鱫")}),
    # last-mile delivery handed to carriers in a later clause (尾程配送主要交给A和B)
    ("[鱢鱤家居|ORG]在美国共有4个海外仓,总面积约8万平方米,尾程配送主要交给[鱥鱦物流|ORG]和[鱨鱩快递|ORG]。",
     {("鱥鱦物流", "supplies", "鱢鱤家居"), ("鱨鱩快递", "supplies", "鱢鱤家居")}),
    # sellers starting out on a platform (X也纷纷开始布局P)
    ("今年以来,[鱢鱤家居|ORG]的竞争对手如[鱥鱦家居|ORG]也纷纷开始布局[鱨鱩商城|ORG]。",
     {("鱢鱤家居", "competitor_of", "鱥鱦家居"), ("鱥鱦家居", "sells_on", "鱨鱩商城")}),
    # a seller's channels, then the chain it entered (A和B是X最大的两个渠道,今年X也开始进入C的线下门店): the chain is
    # the seller's, not the platforms'
    ("[鱢鱤|BRAND]是一家护肤品牌。[鱥鱦商城|ORG]和[鱨鱩优选|ORG]是[鱢鱤|BRAND]最大的两个渠道,今年[鱢鱤|BRAND]也开始进入"
     "[鱪鱫|BRAND]的线下门店了。",
     {("鱢鱤", "sells_on", "鱥鱦商城"), ("鱢鱤", "sells_on", "鱨鱩优选"), ("鱢鱤", "sells_on", "鱪鱫")}),
    # an ingredient bought from one maker, the goods made by another (核心成分是从A采购的,产品由B代工): B makes no goods for A
    ("核心成分依克多因是从[鱥鱦生物|ORG]采购的,产品由[鱨鱩|ORG]代工。", set()),
    # a group's brands told by segment, the second after a semicolon (高端品牌B则新开了18家)
    ("[鱢鱤酒店集团|ORG]发布中期业绩,[鱢鱤酒店集团|ORG]营收增长19%。分品牌看,中端品牌[鱥鱦酒店|BRAND]在营门店达到1036家;高端品牌[鱨鱩|BRAND]则新开了18家。",
     {("鱢鱤酒店集团", "has_brand", "鱥鱦酒店"), ("鱢鱤酒店集团", "has_brand", "鱨鱩")}),

    # a seller's online platforms listed with half-width commas, the seller named in the clause before
    ("[鱢鱤|BRAND]成立于2008年,总部位于[晋江|GPE]。目前[鱢鱤|BRAND]在全国拥有约3200家门店,线上主要通过[鱥鱦商城|ORG],"
     "[鱨鱩优选|ORG]和[鱪鱫|ORG]销售。",
     {("鱢鱤", "located_in", "晋江"), ("鱢鱤", "sells_on", "鱥鱦商城"), ("鱢鱤", "sells_on", "鱨鱩优选"),
      ("鱢鱤", "sells_on", "鱪鱫")}),
    # an event's official partner announced, the event's edition year glued to its name (还宣布成为2025X马拉松官方合作伙伴)
    ("同日,[鱢鱤|BRAND]还宣布成为2025[鱥鱦马拉松|ORG]官方合作伙伴,将为赛事提供专业跑鞋和服装。",
     {("鱢鱤", "partners_with", "鱥鱦马拉松")}),
    # a brand's earlier endorsers, described before their names (此前的代言人包括篮球运动员X)
    ("据悉,[鱢鱤|BRAND]此前的代言人包括篮球运动员[易鱥|PERSON]。", {("易鱥", "endorses", "鱢鱤")}),

    # a first shop the narrator opened is their founding, not a shop of their company's on a platform
    ("我是[鱢鱤咖啡|BRAND]的主理人[徐鱥|PERSON]。2017年,我在[成都|GPE]玉林路开了第一家店,到今天[鱢鱤咖啡|BRAND]已经有了9家门店。",
     {("徐鱥", "works_for", "鱢鱤咖啡"), ("鱢鱤咖啡", "founder", "徐鱥"), ("鱢鱤咖啡", "located_in", "成都")}),
    # 公司 after a roundup item that gives its month's deliveries is that item's company, not the roundup's lead
    ("[鱢鱤汽车|ORG]11月交付新车30218辆,首次突破3万辆。[鱢鱤汽车|ORG]CEO[邓鱥|PERSON]表示,新款SUV的订单已排至明年2月。\n\n"
     "[鱨鱩汽车|ORG]11月交付12460辆,环比下滑9%。公司表示,新车型将由[鱪鱫汽车|ORG]代工生产。\n\n"
     "此外,[鱢鱤汽车|ORG]还公布了海外交付计划。",
     {("邓鱥", "ceo_of", "鱢鱤汽车"), ("鱪鱫汽车", "supplies", "鱨鱩汽车")}),

    # a chain's regional stores whose goods a named grower supplies (盒马华东地区门店的赣南脐橙主要由合作社供应)
    ("[鱢鱤专业合作社|ORG]与[鱥鱦鲜生|BRAND]达成供货合作,[鱥鱦鲜生|BRAND][华东|LOC]地区门店的赣南脐橙主要由[鱢鱤专业合作社|ORG]供应。",
     {("鱢鱤专业合作社", "partners_with", "鱥鱦鲜生"), ("鱢鱤专业合作社", "supplies", "鱥鱦鲜生")}),
    # inputs the company buys from makers named with their countries, 公司 opening the sentence
    ("[鱢鱤科技|ORG]成立于2011年。公司设备所需的射频电源主要从[美国|GPE]的[MKS|ORG]和[日本|GPE]的京三制作所采购。",
     {("MKS", "located_in", "美国"), ("MKS", "supplies", "鱢鱤科技")}),
    # a mark a court finds a company used on its goods (在其气泡水产品上使用"Y"标识): its brand
    ("法院认定[鱢鱤饮品|ORG]在其气泡水产品上使用\"[鱢乐|BRAND]\"标识构成侵权。", {("鱢鱤饮品", "has_brand", "鱢乐")}),
    # a game developed by a group's studio and published by another company, and the group's earlier work (the rival
    # games named with their makers are their makers' works; a1561 reads the rivalry at company level)
    ("由[鱢鱤游戏|ORG]旗下工作室[鱥鱦互娱|ORG]开发,[鱨鱩游戏|ORG]独家代理发行的开放世界手游《[鱪鱫纪元|BRAND]》于11月28日上线。"
     "[鱢鱤游戏|ORG]成立于2013年,此前代表作为《[鱬鱯传说|BRAND]》。《[鱪鱫纪元|BRAND]》将与[鱰鱱|ORG]的《[鱲鱳|BRAND]》和"
     "[鱴鱵|ORG]的《[鱶鱹|BRAND]》手游形成直接竞争。",
     {("鱢鱤游戏", "has_brand", "鱬鱯传说"), ("鱥鱦互娱", "has_brand", "鱪鱫纪元"), ("鱥鱦互娱", "subsidiary_of", "鱢鱤游戏"),
      ("鱨鱩游戏", "partners_with", "鱥鱦互娱"), ("鱰鱱", "has_brand", "鱲鱳"), ("鱴鱵", "has_brand", "鱶鱹")}),

    # the top three of a ranking listed with half-width commas (排名前三的企业为A,B和C)
    ("据统计,前三季度全球组件出货排名前三的企业为[鱢鱤能源|ORG],[鱥鱦绿能|ORG]和[鱨鱩光能|ORG]。",
     {("鱢鱤能源", "competitor_of", "鱥鱦绿能"), ("鱢鱤能源", "competitor_of", "鱨鱩光能"), ("鱥鱦绿能", "competitor_of", "鱨鱩光能")}),

    # the subject set against a list (与A和B相比,X的…): X is compared with each; A and B are no pair of their own
    ("分析人士指出,与[鱢鱤液|BRAND]和[鱥鱦老窖|BRAND]相比,[鱨鱩酒业|ORG]的品牌力仍有差距。",
     {("鱨鱩酒业", "compared_with", "鱢鱤液"), ("鱨鱩酒业", "compared_with", "鱥鱦老窖")}),

    # 公司 opening a sentence that lists the rivals it names in its prospectus is the company before it
    ("[蟺蟼电子|ORG]成立于2016年,主营便携储能产品。公司在招股书中将[鱢鱤能源|ORG]、[鱥鱦科技|ORG]列为主要竞争对手。",
     {("蟺蟼电子", "competitor_of", "鱢鱤能源"), ("蟺蟼电子", "competitor_of", "鱥鱦科技")}),
    # peers in the same field (同处X赛道) are rivals
    ("业内人士指出,[蟽蟿茶饮|BRAND]与[鱨鱩奶茶|BRAND]、[鱪鱫茶铺|BRAND]同处中式茶饮赛道,竞争日益激烈。",
     {("蟽蟿茶饮", "competitor_of", "鱨鱩奶茶"), ("蟽蟿茶饮", "competitor_of", "鱪鱫茶铺")}),
    # rivals whose push into its market makes a company's competition harder
    ("随着[鱬鱯体育|BRAND]、[鱰鱱运动|BRAND]加码跑鞋市场,[蠀蠂体育|BRAND]在大众价位段面临的竞争正在加剧。",
     {("蠀蠂体育", "competitor_of", "鱬鱯体育"), ("蠀蠂体育", "competitor_of", "鱰鱱运动")}),
    ("随着[鱬鱯体育|BRAND]进入跑鞋市场,[蠀蠂体育|BRAND]的销量仍在增长。", set()),
    # a sentence opening on 母公司 with no name before it: the parent of the brand the article is about
    ("[蠉蠊鞋业|BRAND]签约新代言人。[蠉蠊鞋业|BRAND]成立于2003年。2024年,母公司[鱲鱳控股|ORG]收入达47.8亿元。",
     {("鱲鱳控股", "has_brand", "蠉蠊鞋业")}),

    # an answer naming the channels asked for with their shares; the first platform a seller sold on; the chains it
    # goes into, named as whom it works with; part of its goods made by a maker
    ("对话[蟶蟽宠物|BRAND]创始人[苏踆|PERSON]\n记者:现在主要的销售渠道有哪些?\n苏踆:[天猫|ORG]和[抖音|ORG]加起来占到七成左右,[京东|ORG]大概15%。\n记者:工厂是自己的吗?\n苏踆:部分湿粮由[泰国|GPE]的[鱴鱶食品|ORG]代工。",
     {("蟶蟽宠物", "founder", "苏踆"), ("蟶蟽宠物", "sells_on", "京东"), ("蟶蟽宠物", "sells_on", "天猫"),
      ("蟶蟽宠物", "sells_on", "抖音"), ("鱴鱶食品", "located_in", "泰国"), ("鱴鱶食品", "supplies", "蟶蟽宠物")}),
    ("[蟶蟽宠物|BRAND]2018年在[杭州|GPE]创立,最早是在[淘宝|ORG]上卖自己配方的冻干猫粮。",
     {("蟶蟽宠物", "located_in", "杭州"), ("蟶蟽宠物", "sells_on", "淘宝")}),
    ("线下[蟶蟽宠物|BRAND]今年开始进宠物医院和宠物店,合作的有[鱴鱵宠物医院|ORG]等连锁机构。",
     {("蟶蟽宠物", "sells_on", "鱴鱵宠物医院")}),
    # a president named to the post as 新任
    ("[蠘蠚物业|ORG]公告,总裁[侯踅|PERSON]辞任。董事会同时宣布,聘任[龚踆|PERSON]为公司新任总裁。",
     {("侯踅", "works_for", "蠘蠚物业"), ("龚踆", "ceo_of", "蠘蠚物业")}),
    # the product a distributor sells in a region is the maker's, not a platform it is launched on
    ("[蠖蠘医疗|ORG]推出手术机器人\"[蠖蠘一号|BRAND]\"。同日,[蠖蠘医疗|ORG]与[鱶鱹医药|ORG]签署独家经销协议,由[鱶鱹医药|ORG]负责该产品在华东六省的销售。",
     {("蠖蠘医疗", "has_brand", "蠖蠘一号"), ("蠖蠘医疗", "partners_with", "鱶鱹医药"), ("蠖蠘医疗", "sells_on", "鱶鱹医药")}),
    # rivals already in the market the article's company enters
    ("[蠚蠜咖啡|BRAND]宣布进军马来西亚。[蠚蠜咖啡|BRAND]计划开出200家门店。此前,[鱢鱥咖啡|BRAND]、[鱦鱨咖啡|BRAND]已先后进入马来西亚市场。",
     {("蠚蠜咖啡", "competitor_of", "鱢鱥咖啡"), ("蠚蠜咖啡", "competitor_of", "鱦鱨咖啡")}),

    # what a company's goods are sold to, in its own clause or after a speaker; feed bought under a supply contract
    ("[蠀蠃乳业|ORG]成立于2008年。[蠀蠃乳业|ORG]董事长[潘蠄|PERSON]介绍,公司生鲜乳主要销售给[鱢鱤乳业|ORG]和[鱥鱦乳业|ORG]。饲料方面,公司与[鱨鱩粮油|ORG]签订了长期苜蓿草供应协议。",
     {("潘蠄", "chairman_of", "蠀蠃乳业"), ("蠀蠃乳业", "supplies", "鱢鱤乳业"), ("蠀蠃乳业", "supplies", "鱥鱦乳业"),
      ("鱨鱩粮油", "supplies", "蠀蠃乳业")}),
    ("[蠀蠃乳业|ORG]的生鲜乳主要销售给[鱢鱤乳业|ORG]和[鱥鱦乳业|ORG]。",
     {("蠀蠃乳业", "supplies", "鱢鱤乳业"), ("蠀蠃乳业", "supplies", "鱥鱦乳业")}),
    # a strategic investor brought in, and the latter's holding
    ("据了解,[蠆蠇酒业|ORG]2019年引入战略投资者[鱪鱫啤酒|ORG],后者持股40%。",
     {("鱪鱫啤酒", "investor_in", "蠆蠇酒业"), ("鱪鱫啤酒", "shareholder_of", "蠆蠇酒业")}),
    ("今年9月,[蠈蠉物流|ORG]获得[鱬鱯控股|ORG]的战略投资,[鱬鱯控股|ORG]持股比例为12%。",
     {("鱬鱯控股", "investor_in", "蠈蠉物流"), ("鱬鱯控股", "shareholder_of", "蠈蠉物流")}),
    # the carrier a later clause hands the last mile to, named before the work
    ("[蠈蠉物流|ORG]表示,新航线的主要客户是跨境电商平台,货物落地后由当地合作伙伴[鱰鱱快运|ORG]负责[欧洲|LOC]境内的尾程派送。",
     {("鱰鱱快运", "supplies", "蠈蠉物流")}),
    # a bare chairman holding the company a listing application is accepted for
    ("[蠊蠋循环科技股份有限公司|ORG](简称\"蠊蠋循环\")科创板IPO申请获受理。报告期内,公司前五大客户包括[鱲鱳时代|ORG]。[鱲鱳时代|ORG]旗下的[鱴鱵投资|ORG]持股5.1%。股权方面,董事长[宋蠌|PERSON]合计控制公司46.8%的表决权。",
     {("宋蠌", "chairman_of", "蠊蠋循环科技股份有限公司"), ("宋蠌", "shareholder_of", "蠊蠋循环科技股份有限公司"),
      ("蠊蠋循环科技股份有限公司", "supplies", "鱲鱳时代"), ("鱴鱵投资", "shareholder_of", "蠊蠋循环科技股份有限公司"),
      ("鱴鱵投资", "subsidiary_of", "鱲鱳时代")}),

    # online channels a brand mainly sells through (以…为主), and the chains its offline sales entered
    ("[踙蠁母婴|BRAND]创立于2016年。据了解,品牌线上销售以[天猫|ORG]和[京东|ORG]为主,线下已进入[孩子王|ORG]、[爱婴室|BRAND]等母婴连锁。",
     {("踙蠁母婴", "sells_on", "天猫"), ("踙蠁母婴", "sells_on", "京东"), ("踙蠁母婴", "sells_on", "孩子王"),
      ("踙蠁母婴", "sells_on", "爱婴室")}),
    # cheaper than one rival and on a par with another
    ("[踝蠁咖啡|BRAND]的单杯均价在12元左右,比[鱢鱤咖啡|BRAND]便宜一点,跟[鱥鱦咖|BRAND]差不多。",
     {("踝蠁咖啡", "compared_with", "鱢鱤咖啡"), ("踝蠁咖啡", "compared_with", "鱥鱦咖")}),
    # a maker a speaker names after saying what it is
    ("专访[踝蠁咖啡|BRAND]联合创始人[陶蠁|PERSON]\n李踠:咖啡豆从哪里来?\n陶蠁:烘焙是交给[昆山|GPE]的一家代工厂做,叫[鱨鱩工场|ORG]。",
     {("踝蠁咖啡", "cofounder", "陶蠁"), ("鱨鱩工场", "supplies", "踝蠁咖啡"), ("鱨鱩工场", "located_in", "昆山")}),
    # platforms a brand plans to enter, in a later clause after a speech or in its own
    ("[Vantora|BRAND]首席执行官[Marco Bellini|PERSON]表示,品牌计划未来三年开设30家门店,并于明年入驻[天猫|ORG]和[小红书|ORG]。",
     {("Marco Bellini", "ceo_of", "Vantora"), ("Vantora", "sells_on", "天猫"), ("Vantora", "sells_on", "小红书")}),
    ("[Vantora|BRAND]计划明年入驻[天猫|ORG]和[小红书|ORG]。", {("Vantora", "sells_on", "天猫"), ("Vantora", "sells_on", "小红书")}),

    # a defendant's use of a mark on the goods it makes is what the suit is about, no brand of its own
    ("法院查明,原告[蠑蠎食品|ORG]的\"[蠑蠎|BRAND]\"牌坚果知名度较高。被告[蠏蠐贸易|ORG]在其生产的坚果礼盒上使用\"[蠏蠑|BRAND]\"标识。",
     set()),

    # the distributor selling a maker's kind of product in a country; rivals a market is split with; brands a group's
    # total is split into; a service handed to a platform, the company left out; a product launched with a partner
    ("[蹍蹐智能|ORG]12月3日宣布,已与[巴西|GPE]农机经销商[AgroSul|ORG]签署独家经销协议,后者将负责[蹍蹐智能|ORG]植保无人机在[巴西|GPE]的销售与售后服务。",
     {("AgroSul", "located_in", "巴西"), ("蹍蹐智能", "sells_on", "AgroSul")}),
    ("[蹍蹐智能|ORG]创始人[侯蹎|PERSON]介绍,在植保无人机领域,公司与[鱢鱤农业|BRAND]、[鱥鱦科技|ORG]形成三足鼎立的格局。",
     {("蹍蹐智能", "competitor_of", "鱢鱤农业"), ("蹍蹐智能", "competitor_of", "鱥鱦科技"), ("蹍蹐智能", "founder", "侯蹎")}),
    ("[蹐蹕酒店集团|ORG]发布三季度业绩。前三季度,集团新开门店326家,截至9月底在营门店总数达到4120家,其中中端品牌[蹐鱨|BRAND]和[鱩居|BRAND]的门店合计占比53%。",
     {("蹐蹕酒店集团", "has_brand", "蹐鱨"), ("蹐蹕酒店集团", "has_brand", "鱩居")}),
    ("[蹃蹖保险|ORG]宣布,与[鱪鱫集团|ORG]旗下[鱬鱯支付|ORG]合作推出的百万医疗险\"[蹃蹖安心保|BRAND]\"正式上线。该产品由[蹃蹖保险|ORG]承保。理赔服务则交由第三方平台[鱰鱱科技|ORG]负责。",
     {("蹃蹖保险", "has_brand", "蹃蹖安心保"), ("蹃蹖保险", "partners_with", "鱬鱯支付"), ("鱬鱯支付", "subsidiary_of", "鱪鱫集团"),
      ("鱰鱱科技", "supplies", "蹃蹖保险")}),

    # part of what a company took in, sold on; the carrier of its cold chain is its, not an official's body named before
    ("[蹠蹢县农业农村局|ORG]局长[范蹢|PERSON]介绍,今年全县通过[鱢鱤多多|ORG]、[鱥鱦|ORG]等平台的线上销售额突破8亿元。\n\n县内龙头企业[蹠蹢果业|ORG]是当地最大的猕猴桃收购和加工企业,负责人[蒋蹢|PERSON]表示,公司今年收购鲜果5万吨,其中三成销往[鱨鱩鲜生|ORG]和[鱪鱫园|ORG],冷链物流由[鱬鱯冷运|ORG]负责。",
     {("范蹢", "works_for", "蹠蹢县农业农村局"), ("蒋蹢", "works_for", "蹠蹢果业"), ("蹠蹢果业", "supplies", "鱨鱩鲜生"),
      ("蹠蹢果业", "supplies", "鱪鱫园"), ("鱬鱯冷运", "supplies", "蹠蹢果业")}),
    # rivals called 竞争者
    ("[蹞蹢机器人|ORG]成立于2016年。在人形机器人赛道,公司的主要竞争者包括[鱰鱱科技|ORG]、[鱲鱳机器人|ORG]和[鱴鱵|ORG]。",
     {("蹞蹢机器人", "competitor_of", "鱰鱱科技"), ("蹞蹢机器人", "competitor_of", "鱲鱳机器人"), ("蹞蹢机器人", "competitor_of", "鱴鱵")}),
    # a robot launched; the maker of a part it carries buys nothing from the supplier of another
    ("[蹞蹢机器人|ORG]发布新一代人形机器人[Vela S3|BRAND],该产品搭载[鱶鱹|ORG]Thor芯片,关节电机由[鱢鱥技术|ORG]供应。",
     {("蹞蹢机器人", "has_brand", "Vela S3"), ("鱢鱥技术", "supplies", "蹞蹢机器人"), ("鱶鱹", "supplies", "蹞蹢机器人")}),
    # the partner a narrator opened the first shop with
    ("[蹖蹢咖啡|BRAND]创始人[曹蹢|PERSON]的微博\n\n#蹖蹢咖啡# 开业三周年啦!感谢大家一路陪伴~ 三年前我和合伙人[邹蹢|PERSON]在[成都|GPE]玉林路开了第一家店,现在全国已经有68家门店啦!",
     {("蹖蹢咖啡", "cofounder", "邹蹢"), ("蹖蹢咖啡", "founder", "曹蹢"), ("蹖蹢咖啡", "founder", "邹蹢"),
      ("蹖蹢咖啡", "located_in", "成都"), ("邹蹢", "works_for", "蹖蹢咖啡")}),

    # equipment bought from makers, named after a long description of it; the first customers in a sentence of their own
    ("[蹸蹺半导体|ORG]的晶圆厂正式投产。公司董事长[冯蹺|PERSON]介绍,产线的刻蚀和薄膜沉积设备主要采购自[鱢鱤华创|ORG]和[鱥鱦公司|ORG]。首批客户包括[鱨鱩股份|ORG]和[鱪鱫创新|ORG]。",
     {("冯蹺", "chairman_of", "蹸蹺半导体"), ("鱢鱤华创", "supplies", "蹸蹺半导体"), ("鱥鱦公司", "supplies", "蹸蹺半导体"),
      ("蹸蹺半导体", "supplies", "鱨鱩股份"), ("蹸蹺半导体", "supplies", "鱪鱫创新")}),

    # a brand's ambassador line opening on 品牌; one brand set against two others as main rivals
    ("[躘躙饮料|BRAND]创始人[贺躛|PERSON]表示,今年品牌国内销售额预计达到25亿元。品牌代言人为演员[鱢鱤亭|PERSON]。在无糖茶赛道,[躘躙饮料|BRAND]与[鱥鱦树叶|BRAND]、[鱨鱩利|BRAND]是主要竞争对手。",
     {("鱢鱤亭", "endorses", "躘躙饮料"), ("躘躙饮料", "competitor_of", "鱥鱦树叶"), ("躘躙饮料", "competitor_of", "鱨鱩利"),
      ("鱥鱦树叶", "competitor_of", "鱨鱩利"), ("躘躙饮料", "founder", "贺躛")}),

    # a club's season partner and the sponsorship deals it signed (战队 standing for the team)
    ("12月2日,英雄联盟职业战队[躧鱢电竞|ORG]宣布,[鱤鱥|ORG]成为战队2025赛季官方外设合作伙伴,双方签约三年。此前,战队已与[鱦鱨乳业|ORG]、[鱩鱪|ORG]签下赞助协议。",
     {("躧鱢电竞", "partners_with", "鱩鱪"), ("躧鱢电竞", "partners_with", "鱦鱨乳业"), ("躧鱢电竞", "sponsored_by", "鱩鱪"),
      ("躧鱢电竞", "sponsored_by", "鱦鱨乳业"), ("躧鱢电竞", "sponsored_by", "鱤鱥"), ("鱤鱥", "partners_with", "躧鱢电竞")}),

    # rivals a speaker lists as moving into the market, the competition fiercer for the company (A、B都在往县城走,竞争肯定激烈)
    ("[魀魁奶茶|BRAND]是奶茶品牌。[魀魁奶茶|BRAND]创始人是[孙魀|PERSON]。问:行业竞争越来越激烈,你怎么看?\n"
     "[孙魀|PERSON]:[魆魇茶饮|BRAND]、[魉魈茶|BRAND]都在往县城走,竞争肯定激烈。",
     {("魀魁奶茶", "founder", "孙魀"), ("魀魁奶茶", "competitor_of", "魆魇茶饮"), ("魀魁奶茶", "competitor_of", "魉魈茶")}),
    # peers of the same kind listed after the company (据了解,国内同类企业还有A、B等)
    ("[魀魁科技|ORG]完成B轮融资。[魀魁科技|ORG]成立于2018年。据了解,国内同类企业还有[魊魋智能|ORG]、[魌魐机器人|ORG]等。",
     {("魀魁科技", "competitor_of", "魊魋智能"), ("魀魁科技", "competitor_of", "魌魐机器人")}),
    # rivals whose competition a speaker is asked about: the company the speaker holds a post in, though another
    # is named as often (对于与A、B的竞争,X表示…)
    ("[魀魁|BRAND]由[吴魀|PERSON]创立。[魀魁|BRAND]在[抖音|ORG]卖得最好,[抖音|ORG]贡献七成销售。"
     "对于与[魒魓|BRAND]、[魕魖|BRAND]的竞争,[吴魀|PERSON]表示,用户更年轻。",
     {("魀魁", "founder", "吴魀"), ("魀魁", "sells_on", "抖音"), ("魀魁", "competitor_of", "魒魓"),
      ("魀魁", "competitor_of", "魕魖")}),
    # packaging a later clause hands to a maker: the company's supplier, not the supplier named before it
    ("[魀魁咖啡|BRAND]的咖啡豆由[魊魋农业|ORG]供应,杯子和包材交给了[魌魐包装|ORG]。",
     {("魊魋农业", "supplies", "魀魁咖啡"), ("魌魐包装", "supplies", "魀魁咖啡")}),
    # a customer named with its country and kind of firm in a list (和德国物流企业X)
    ("[魀魁科技|ORG]的客户包括[魗魘快递|ORG]、[魙魛物流|ORG]和[德国|GPE]物流企业[Velkora|ORG]。",
     {("魀魁科技", "supplies", "魗魘快递"), ("魀魁科技", "supplies", "魙魛物流"), ("魀魁科技", "supplies", "Velkora"),
      ("Velkora", "located_in", "德国")}),
    # chains entered in a clause after the platforms the brand sells on (也在A、B开设了店铺,并于今年进入了C和D)
    ("除[抖音|ORG]外,[魀魁|BRAND]也在[天猫|ORG]、[拼多多|ORG]开设了店铺,并于今年进入了[魜魝超市|BRAND]和[魞魟仓储店|BRAND]。",
     {("魀魁", "sells_on", "天猫"), ("魀魁", "sells_on", "拼多多"), ("魀魁", "sells_on", "魜魝超市"),
      ("魀魁", "sells_on", "魞魟仓储店")}),

    # the board appointing the company's own vice-president, named by 公司, as its general manager
    ("[魀魁超市|ORG]发布公告称,公司董事会于近日收到总经理[刘魀|PERSON]的书面辞职报告。董事会同意聘任公司副总裁[陈魁|PERSON]为新任总经理。",
     {("刘魀", "works_for", "魀魁超市"), ("陈魁", "works_for", "魀魁超市"), ("陈魁", "ceo_of", "魀魁超市")}),
    # rivals a later clause says the company competes with, after its customers (…包括A、B,与C、D等企业存在竞争关系)
    ("[魀魁环保|ORG]成立于2012年。公司的主要客户包括[魊魋电池|ORG]、[魌魐储能|ORG],与[魒魓循环|ORG]、[魕魖再生|ORG]等企业存在竞争关系。",
     {("魀魁环保", "supplies", "魊魋电池"), ("魀魁环保", "supplies", "魌魐储能"), ("魀魁环保", "competitor_of", "魒魓循环"),
      ("魀魁环保", "competitor_of", "魕魖再生")}),
    # a district's government named with its province before it: a partner, no company located in the province
    ("[魀魁环保|ORG]与[江西省|GPE][魗魘市魙魛区人民政府|ORG]签署投资协议。",
     {("魀魁环保", "partners_with", "魗魘市魙魛区人民政府")}),

    # the platforms a brand opens a sales event's presale on
    ("官宣当天,[魀魁|BRAND]在[魊魋商城|ORG]和[魌魐直播|ORG]同步开启双12预售,首日GMV突破1.1亿元。",
     {("魀魁", "sells_on", "魊魋商城"), ("魀魁", "sells_on", "魌魐直播")}),
    # the platforms a clause names as the company's most important partners (A和B是公司在当地最重要的合作平台)
    ("[魀魁物流|ORG]成立于2016年。公司CEO[韦魀|PERSON]表示,东南亚业务的收入增长超过80%,[魊魋购|ORG]和[魌魐达|ORG]"
     "是公司在当地最重要的合作平台。",
     {("韦魀", "ceo_of", "魀魁物流"), ("魀魁物流", "partners_with", "魊魋购"), ("魀魁物流", "partners_with", "魌魐达")}),
    # the sellers of a deal, a founder and an investor named as a shareholder, both hold the target
    ("[魀魁股份|ORG]公告称,本次交易的转让方为[魊魋精密|ORG]的创始人[沈魀|PERSON]和股东[魌魐创投|ORG]。",
     {("魊魋精密", "founder", "沈魀"), ("沈魀", "shareholder_of", "魊魋精密"), ("魌魐创投", "shareholder_of", "魊魋精密")}),
    # suppliers a later clause lists with their countries, after a partner the company works with
    ("[魀魁|BRAND]与[魒魓大学|ORG]共建了联合实验室,主要原料供应商包括[德国|GPE]的[魊魋香料|ORG]和[法国|GPE]的[魌魐化学|ORG]。",
     {("魀魁", "partners_with", "魒魓大学"), ("魊魋香料", "supplies", "魀魁"), ("魌魐化学", "supplies", "魀魁"),
      ("魊魋香料", "located_in", "德国"), ("魌魐化学", "located_in", "法国")}),

    # the quoted parties of a suit over unfair competition are rivals; the plaintiff's counsel, named by role, serves the
    # plaintiff who sued
    ("法院对茶饮品牌\"[魀魁|BRAND]\"诉\"[魊魋|BRAND]\"商标侵权及不正当竞争纠纷案作出一审判决。原告代理律师、[魌魐律师事务所|ORG]合伙人"
     "[孙魀|PERSON]表示,判决体现了保护力度。",
     {("魀魁", "competitor_of", "魊魋"), ("魌魐律师事务所", "supplies", "魀魁"), ("孙魀", "partner_of", "魌魐律师事务所")}),

    # a joiner's post in a headline whose clauses a space parts; the post an announced joiner takes at 公司
    ("前[魀魁汽车|ORG]总裁[钱魀|PERSON]加盟[魊魋科技|ORG] 出任CEO", {("钱魀", "ceo_of", "魊魋科技"), ("钱魀", "works_for", "魊魋科技")}),
    ("12月5日,自动驾驶公司[魊魋科技|ORG]宣布,前[魀魁汽车|ORG]总裁[钱魀|PERSON]正式加盟,出任公司首席执行官。",
     {("钱魀", "ceo_of", "魊魋科技"), ("钱魀", "works_for", "魊魋科技")}),
    # an answer on channels that opens with where the bulk is, then names the platforms and their share; products
    # handed to a maker in a sentence of their own; rivals a question asks about as imported brands' competition
    ("对话[魀魁宠物|BRAND]创始人[吕魀|PERSON]\n记者:销售主要靠哪些渠道?\n"
     "吕魀:线上还是大头,[魊魋商城|ORG]、[魌魐购|ORG]和[魒魓直播|ORG]加起来占到七成左右。\n"
     "记者:产品是自己生产吗?\n吕魀:部分冻干产品交给了代工厂[魕魖股份|ORG]生产。\n"
     "记者:怎么看进口品牌的竞争?\n吕魀:[魗魘|BRAND]、[魙魛|BRAND]这些进口品牌仍然很强。",
     {("魀魁宠物", "founder", "吕魀"), ("魀魁宠物", "sells_on", "魊魋商城"), ("魀魁宠物", "sells_on", "魌魐购"),
      ("魀魁宠物", "sells_on", "魒魓直播"), ("魕魖股份", "supplies", "魀魁宠物"), ("魀魁宠物", "competitor_of", "魗魘"),
      ("魀魁宠物", "competitor_of", "魙魛")}),
    # a brand founded in a year and owned by a company; its tea supplied, after a clause on its materials; 品牌 as
    # the subject of the platforms it entered is the brand the text is about, not the supplier named last
    ("[魀魁茶饮|ORG]创立于2020年,是[长沙魀魁餐饮管理有限公司|ORG]旗下的新中式茶饮品牌。[魀魁茶饮|ORG]门店超过1200家。"
     "[魀魁茶饮|ORG]的原料均来自自建供应链基地,茶叶由[云南|GPE]的[魊魋茶业|ORG]独家供应。品牌已入驻[美团|ORG]和[饿了么|ORG]外卖平台。",
     {("长沙魀魁餐饮管理有限公司", "has_brand", "魀魁茶饮"), ("魊魋茶业", "supplies", "魀魁茶饮"), ("魊魋茶业", "located_in", "云南"),
      ("魀魁茶饮", "sells_on", "美团"), ("魀魁茶饮", "sells_on", "饿了么")}),
    # partners signed before the one a company signs now (这是继A、B之后,X签下的又一家合作伙伴)
    ("这是继[魀魁汽车|ORG]、[魊魋汽车|ORG]之后,[魌魐能源|ORG]签下的又一家换电合作伙伴。",
     {("魌魐能源", "partners_with", "魀魁汽车"), ("魌魐能源", "partners_with", "魊魋汽车")}),
    # …and after a verb of saying, where the speaker's company is read right before the owner the text names
    ("[魀魁茶饮|ORG]创立于2020年,是[长沙魀魁餐饮管理有限公司|ORG]旗下的新中式茶饮品牌。品牌创始人[贺魀|PERSON]表示,[魀魁茶饮|ORG]的原料均来自自建供应链基地,茶叶由[魊魋茶业|ORG]独家供应。",
     {("长沙魀魁餐饮管理有限公司", "has_brand", "魀魁茶饮"), ("魀魁茶饮", "founder", "贺魀"), ("魊魋茶业", "supplies", "魀魁茶饮")}),

    # cornerstone investors named before their count, the listing company in the sentence before (本次IPO…引入了A、B…)
    ("[魀魁火锅|ORG]今日在港交所挂牌上市。本次IPO共募集资金约9.4亿港元,引入了[魊魋资本|ORG]、[魌魐基金|ORG]和[Velkora Capital|ORG]三名基石投资者。",
     {("魊魋资本", "investor_in", "魀魁火锅"), ("魌魐基金", "investor_in", "魀魁火锅"), ("Velkora Capital", "investor_in", "魀魁火锅")}),
    # delivery orders that come from platforms: where the company sells, not its suppliers
    ("[魀魁火锅|ORG]成立于2013年。公司的食材主要由[魊魋供应链|ORG]供应,外卖订单则主要来自[魌魐外卖|ORG]和[魒魓到家|ORG]。",
     {("魊魋供应链", "supplies", "魀魁火锅"), ("魀魁火锅", "sells_on", "魌魐外卖"), ("魀魁火锅", "sells_on", "魒魓到家")}),

    # a partner named under its group, with the field the work is in between (与A旗下的B在普惠小微贷款领域开展…合作)
    ("[魀魁银行|ORG]发布公告。[魀魁银行|ORG]与[魊魋集团|ORG]旗下的[魌魐银行|ORG]在普惠小微贷款领域开展联合贷款合作。",
     {("魀魁银行", "partners_with", "魌魐银行"), ("魌魐银行", "subsidiary_of", "魊魋集团")}),
    # a product of the company's licensed to another to develop abroad (公司另一款产品已授权给Y进行海外开发)
    ("[魀魁医药|ORG]成立于2018年,总部位于[苏州|GPE]。公司另一款产品已授权给[魊魋制药|ORG]进行海外开发。",
     {("魀魁医药", "located_in", "苏州"), ("魀魁医药", "partners_with", "魊魋制药")}),

    # the leading firms of the company's trade named as its peers (国内宠物医疗连锁的头部企业还有A和B)
    ("[魀魁宠物医院|ORG]完成融资。[魀魁宠物医院|ORG]成立于2017年。据了解,国内宠物医疗连锁的头部企业还有[魊魋|ORG]和[魌魐|ORG]。",
     {("魀魁宠物医院", "competitor_of", "魊魋"), ("魀魁宠物医院", "competitor_of", "魌魐")}),
    # a dealer said to be the brand's largest in a region sells it (Y是X在河南地区的最大经销商)
    ("[魊魋商贸|ORG]是[魀魁酒业|ORG]在河南地区的最大经销商,合作已超过十年。", {("魀魁酒业", "sells_on", "魊魋商贸")}),

    # suppliers' lists a company entered (已进入A、B的供应商体系), and rivals a later clause names in one of its
    # markets (欧洲市场的主要竞争对手为C和D)
    ("[魀魁电气|ORG]成立于2008年。公司此前已进入[魊魋石油|ORG]、[魌魐能源|ORG]的供应商体系,欧洲市场的主要竞争对手为[魒魓电力|ORG]和[魕魖集团|ORG]。",
     {("魀魁电气", "supplies", "魊魋石油"), ("魀魁电气", "supplies", "魌魐能源"), ("魀魁电气", "competitor_of", "魒魓电力"),
      ("魀魁电气", "competitor_of", "魕魖集团")}),
    # rivals already in a market a company goes into, whose competition it will face
    ("业内人士指出,[魀魁|BRAND]、[魊魋|BRAND]早已布局[东南亚|LOC]市场,[魌魐|BRAND]的出海将面临激烈竞争。",
     {("魌魐", "competitor_of", "魀魁"), ("魌魐", "competitor_of", "魊魋")}),

    # a supply contract under its inputs' heading with a farm of a region, the buying said after (…每年采购生豆约8000吨)
    ("[魀魁咖啡|BRAND]成立于2020年。咖啡豆供应方面,公司与[云南|GPE]的[魊魋庄园|ORG]签订了长期采购协议,每年采购生豆约8000吨。",
     {("魊魋庄园", "supplies", "魀魁咖啡"), ("魊魋庄园", "located_in", "云南")}),
    # a brand's founder the clause after its registered owner gives (X隶属于Y有限公司,由Z于2012年在厦门创立)
    ("[魀魁|BRAND]隶属于[厦门魀魁户外用品有限公司|ORG],由[王魊|PERSON]于2012年在[厦门|GPE]创立,主营冲锋衣。",
     {("厦门魀魁户外用品有限公司", "has_brand", "魀魁"), ("魀魁", "founder", "王魊"), ("魀魁", "located_in", "厦门")}),
    # a brand under a group's unit: the unit owns it and is the group's
    ("[魀魁|BRAND]隶属于[魊魋|BRAND]旗下的[魌魐体育|ORG]。",
     {("魌魐体育", "has_brand", "魀魁"), ("魌魐体育", "subsidiary_of", "魊魋")}),
    # the brands a clause says hold the market the text's company is in: its rivals
    ("[魀魁|BRAND]在成都开店,[魀魁|BRAND]计划新开80家门店。目前国内户外市场主要由[魊魋|BRAND]、[魌魐|BRAND]和[魑魒|BRAND]等品牌占据。",
     {("魀魁", "competitor_of", "魊魋"), ("魀魁", "competitor_of", "魌魐"), ("魀魁", "competitor_of", "魑魒")}),
    # …the ones that share most of it between them
    ("[魀魁|ORG]发布年报,[魀魁|ORG]营收增长。业内人士指出,国内动力电池市场集中度较高,[魊魋|ORG]和[魌魐|ORG]合计市场份额超过70%。",
     {("魀魁", "competitor_of", "魊魋"), ("魀魁", "competitor_of", "魌魐")}),
    # …and the ones that lead it
    ("[魀魁|ORG]发布年报,[魀魁|ORG]营收增长。目前国内大中型拖拉机市场的龙头仍是[魊魋|ORG]和[魌魐|ORG],两家合计市场份额接近45%。",
     {("魀魁", "competitor_of", "魊魋"), ("魀魁", "competitor_of", "魌魐")}),
    # two names a headline glues before their joint share are not each other's rivals for it
    ("[魀魁|ORG]集采结果出炉 [魊魋|ORG][魌魐|ORG]合计份额超八成", set()),
    # strong rivals a question names: the interview's company's
    ("编者按:[魀魁|BRAND]去年卖了15亿元。我们与[魀魁|BRAND]创始人[刘魊|PERSON]聊了聊[魀魁|BRAND]的增长。\n问:赛道竞争很激烈,[魌魐|BRAND]、[魑魒|BRAND]都是很强的对手。\n刘魊:对,我们的差异化在于成分。",
     {("魀魁", "founder", "刘魊"), ("魀魁", "competitor_of", "魌魐"), ("魀魁", "competitor_of", "魑魒")}),
    # platforms that take shares of the speaker's company's sales
    ("编者按:[魀魁|BRAND]去年卖了15亿元。我们与[魀魁|BRAND]创始人[刘魊|PERSON]聊了聊[魀魁|BRAND]的增长。\n问:现在的渠道结构是怎样的?\n刘魊:[魌魐|ORG]占到我们销售额的45%左右,[魑魒|ORG]大概30%,剩下是线下。",
     {("魀魁", "founder", "刘魊"), ("魀魁", "sells_on", "魌魐"), ("魀魁", "sells_on", "魑魒")}),
    # …not a customer's share of a company's revenue
    ("[魀魁|ORG]的客户中,[魌魐|ORG]占到[魀魁|ORG]营收的45%左右。", set()),
    # a brand's flagship store in a city's district: no seat of the brand
    ("12月5日,国产户外品牌[魀魁|BRAND]位于[成都|GPE]太古里的全国旗舰店正式开业。", set()),

    # the drug maker whose candidate a sentence is about, not the investor named last: its research and making's suppliers
    ("[魀魁生物|ORG]成立于2018年,[魀魁生物|ORG]很好。公司投资方包括[魊魋资本|ORG]和[魌魐控股|ORG]。JF-301目前正在中国开展II期临床试验,其临床前研究由[魑魒康德|ORG]提供服务,生产则委托[魓魔生物|ORG]完成。",
     {("魊魋资本", "investor_in", "魀魁生物"), ("魌魐控股", "investor_in", "魀魁生物"),
      ("魑魒康德", "supplies", "魀魁生物"), ("魓魔生物", "supplies", "魀魁生物")}),
    # a streamer's own company, which the streamer controls (对其所属公司Y罚款; 其所在的Y由其本人控股)
    ("[魀魁局|ORG]认定网络主播[陈魊|PERSON]在[抖音|ORG]直播间销售的产品存在虚假宣传行为,对其所属公司[广州魌魐文化传媒有限公司|ORG]罚款120万元。据了解,[陈魊|PERSON]是[抖音|ORG]粉丝量超过3000万的头部主播,其所在的[魌魐文化|ORG]由其本人控股。",
     {("陈魊", "livestreams_on", "抖音"), ("陈魊", "sells_on", "抖音"), ("陈魊", "works_for", "广州魌魐文化传媒有限公司"),
      ("陈魊", "works_for", "魌魐文化"), ("陈魊", "shareholder_of", "魌魐文化")}),
    # a company named with its country right before it, partnering with a brand
    ("高端品牌[魊魋|BRAND]则与[法国|GPE][魀魁集团|ORG]合作运营。",
     {("魀魁集团", "located_in", "法国"), ("魊魋", "partners_with", "魀魁集团")}),

    # the operator a brand hands its business in a country to: a partner there
    ("[魀魁茶铺|BRAND]在[马来西亚|GPE]的业务将由当地餐饮集团[Berjaya Kopi|ORG]负责运营,双方签订了为期10年的协议。",
     {("魀魁茶铺", "partners_with", "Berjaya Kopi"), ("Berjaya Kopi", "located_in", "马来西亚")}),
    # 公司 after 此前 is the company that took the earlier round
    ("[魀魁智能|ORG]近日宣布完成8亿元C轮融资。这是[魀魁智能|ORG]今年完成的第二轮融资,此前公司于3月获得[魊魋龙珠|ORG]领投的B+轮融资。",
     {("魊魋龙珠", "investor_in", "魀魁智能"), ("魊魋龙珠", "led_round", "魀魁智能")}),
    # an interview's channels: chains entered later (后来又进了A和B)
    ("我们与[魀魁食品|ORG]创始人、董事长[李魊|PERSON]聊了聊[魀魁食品|ORG]的增长。\n记者:[魀魁食品|ORG]增长很快,主要靠什么?\n"
     "李魊:主要是抓住了量贩零食渠道的红利。2021年我们开始做量贩零食,后来又进了[魑魒零食|BRAND]和[魓魔|BRAND]。",
     {("李魊", "chairman_of", "魀魁食品"), ("魀魁食品", "founder", "李魊"), ("魀魁食品", "sells_on", "魑魒零食"),
      ("魀魁食品", "sells_on", "魓魔")}),
    # …a store the speaker calls a very important channel
    ("我们与[魀魁食品|ORG]创始人、董事长[李魊|PERSON]聊了聊[魀魁食品|ORG]的增长。\n记者:除了量贩零食,还有哪些渠道?\n"
     "李魊:[魕魖会员店|BRAND]是我们很重要的渠道。",
     {("李魊", "chairman_of", "魀魁食品"), ("魀魁食品", "founder", "李魊"), ("魀魁食品", "sells_on", "魕魖会员店")}),
    # …products handed to a maker after 另外有一部分
    ("我们与[魀魁食品|ORG]创始人、董事长[李魊|PERSON]聊了聊[魀魁食品|ORG]的增长。\n记者:你们的产品都是自己生产吗?\n"
     "李魊:我们有自己的工厂。另外有一部分坚果类产品交给代工厂[魛魜食品|ORG]生产。",
     {("李魊", "chairman_of", "魀魁食品"), ("魀魁食品", "founder", "李魊"), ("魛魜食品", "supplies", "魀魁食品")}),
    # …and three peers a question asks about
    ("我们与[魀魁食品|ORG]创始人、董事长[李魊|PERSON]聊了聊[魀魁食品|ORG]的增长。\n"
     "记者:怎么看待[魗魘铺子|ORG]、[魙魚|ORG]和[魝魞|ORG]这些同行?\n李魊:它们都是很优秀的上市公司。",
     {("李魊", "chairman_of", "魀魁食品"), ("魀魁食品", "founder", "李魊"), ("魀魁食品", "competitor_of", "魗魘铺子"),
      ("魀魁食品", "competitor_of", "魙魚"), ("魀魁食品", "competitor_of", "魝魞")}),

    # a company's sales above some rivals and behind others: compared with all of them
    ("[魀魁汽车|ORG]11月的销量已经超过了[魊魋汽车|ORG]和[魌魐|ORG],但仍落后于[魑魒汽车|ORG]和[魓魔汽车|ORG]。",
     {("魀魁汽车", "compared_with", "魊魋汽车"), ("魀魁汽车", "compared_with", "魌魐"),
      ("魀魁汽车", "compared_with", "魑魒汽车"), ("魀魁汽车", "compared_with", "魓魔汽车")}),
    # two founders, then the stake of one: the majority holder is the parent
    ("[魀魁汽车|ORG]总部位于[合肥|GPE],由[魊魋集团|ORG]和[魌魐建投|ORG]共同出资设立,其中[魊魋集团|ORG]持股55%。",
     {("魀魁汽车", "located_in", "合肥"), ("魊魋集团", "shareholder_of", "魀魁汽车"), ("魌魐建投", "shareholder_of", "魀魁汽车"),
      ("魀魁汽车", "subsidiary_of", "魊魋集团")}),
    # goods a company's own subsidiary makes for it
    ("[魀魁火锅|BRAND]由[何魊|PERSON]创立。供应链方面,[魀魁火锅|BRAND]的火锅底料由全资子公司[成都魌魐食品有限公司|ORG]生产。",
     {("魀魁火锅", "founder", "何魊"), ("成都魌魐食品有限公司", "subsidiary_of", "魀魁火锅"),
      ("成都魌魐食品有限公司", "supplies", "魀魁火锅")}),
    # warehouses abroad in places: no seat of the company
    ("[深圳|GPE]跨境电商企业[魀魁科技|ORG]近日宣布,其位于[美国|GPE][加州|GPE]和[德州|GPE]的两座海外仓正式启用。",
     {("魀魁科技", "located_in", "深圳")}),
    # the carrier a later clause says moves the goods, and the partners of the last leg
    ("[魀魁科技|ORG]成立于2015年。[魀魁科技|ORG]创始人兼董事长[郑魊|PERSON]表示,海外仓的头程物流主要由[魌魐海运|ORG]承运,尾程配送则与[UPS|ORG]和[FedEx|ORG]合作。",
     {("郑魊", "chairman_of", "魀魁科技"), ("魀魁科技", "founder", "郑魊"), ("魌魐海运", "supplies", "魀魁科技"),
      ("魀魁科技", "partners_with", "UPS"), ("魀魁科技", "partners_with", "FedEx")}),
    # the defendant a plaintiff sued (起诉), whose sales a later sentence gives
    ("法院对洗护品牌[魀魁|BRAND]起诉[魊魋日化|ORG]商标侵权一案作出一审判决。据原告代理律师[王魌|PERSON]介绍,被告产品在[拼多多|ORG]上的累计销量超过80万瓶。",
     {("魊魋日化", "sells_on", "拼多多")}),

    # a distributor whose part is selling and delivering a maker's product: no supplier of the maker
    ("同日,[魀魁医疗|ORG]与[魊魋控股|ORG]签署全国独家分销协议,由[魊魋控股|ORG]负责该产品在国内公立医院的销售和配送。",
     {("魀魁医疗", "sells_on", "魊魋控股"), ("魀魁医疗", "partners_with", "魊魋控股")}),
    # the market held by a rival's product: the rival competes and owns the product
    ("[魀魁医疗|ORG]发布新品,[魀魁医疗|ORG]很好。目前国内腔镜手术机器人市场仍由[魊魋外科|ORG]的[魌魐机器人|BRAND]主导,其装机量超过400台。",
     {("魀魁医疗", "competitor_of", "魊魋外科"), ("魊魋外科", "has_brand", "魌魐机器人")}),
    # the seller of a stake who keeps the rest and a post
    ("本次交易完成后,[黄魊|PERSON]将继续持有[魀魁医药|ORG]30%的股权并担任总经理。",
     {("黄魊", "shareholder_of", "魀魁医药"), ("黄魊", "ceo_of", "魀魁医药")}),

    # years of sales work at a company: a job, not a channel
    ("我们与[魀魁宠物|ORG]创始人[陈魊|PERSON]聊了聊[魀魁宠物|ORG]。\n陈魊:我之前在[魊魋|ORG]做了六年销售,2019年在[上海|GPE]创办了[魀魁宠物|ORG]。",
     {("魀魁宠物", "founder", "陈魊"), ("陈魊", "works_for", "魊魋"), ("魀魁宠物", "located_in", "上海")}),
    # …and a maker found (找) with its province, after a clause that says what the company lacked
    ("我们与[魀魁宠物|ORG]创始人[陈魊|PERSON]聊了聊[魀魁宠物|ORG]。\n陈魊:一开始我们没有工厂,产品都是找[山东|GPE]的[魌魐食品|ORG]代工的。",
     {("魀魁宠物", "founder", "陈魊"), ("魌魐食品", "supplies", "魀魁宠物"), ("魌魐食品", "located_in", "山东")}),
    # the leaders holding most of a market, the company ranked after them
    ("在国内刻蚀设备市场,[魊魋华创|ORG]和[魌魐公司|ORG]仍占据主要份额,[魀魁半导体|ORG]排名第三。",
     {("魀魁半导体", "competitor_of", "魊魋华创"), ("魀魁半导体", "competitor_of", "魌魐公司")}),
    # a joint venture left unnamed: its two parties are partners
    ("12月4日,麻辣烫连锁品牌[魀魁|BRAND]宣布,已与[美国|GPE]餐饮集团[Golden Harbor Foods|ORG]成立合资公司,负责门店拓展和运营。",
     {("魀魁", "partners_with", "Golden Harbor Foods"), ("Golden Harbor Foods", "located_in", "美国")}),
    # peers a later clause names with a company as the trade's top three
    ("[魀魁|BRAND]创立于2010年,总部位于[哈尔滨|GPE],目前在全国拥有门店超过5000家,与[魊魋|BRAND]、[魌魐麻辣烫|BRAND]并称行业三强。",
     {("魀魁", "located_in", "哈尔滨"), ("魀魁", "competitor_of", "魊魋"), ("魀魁", "competitor_of", "魌魐麻辣烫")}),
    # a brand a group launched with a partner
    ("公开资料显示,[魀魁汽车|BRAND]为[魊魋集团|ORG]与[魌魐|ORG]合作推出的新能源品牌。",
     {("魊魋集团", "has_brand", "魀魁汽车"), ("魊魋集团", "partners_with", "魌魐")}),

    # a supply framework agreement signed with a customer
    ("12月1日,化妆品ODM企业[魀魁生物|ORG]公告,与[魊魋电商|ORG]签订了为期三年的产品供货框架协议,预计合同总金额不低于6亿元。",
     {("魀魁生物", "supplies", "魊魋电商")}),
    # rivals of a kind of dairy maker the company will compete with (与A、B等全国性乳企展开差异化竞争)
    ("[魀魁乳业|ORG]董事长[钱魊|PERSON]表示,公司将继续加大在华东市场的投入,与[魌魐|ORG]、[魑魒|ORG]等全国性乳企展开差异化竞争。",
     {("钱魊", "chairman_of", "魀魁乳业"), ("魀魁乳业", "competitor_of", "魌魐"), ("魀魁乳业", "competitor_of", "魑魒")}),

    # flour bought from a maker its country stands before, butter from another in the clause after
    ("[郑魊|PERSON]透露,[魀魁|BRAND]的面粉主要采购自[日本|GPE][魊魋|ORG],黄油则来自[新西兰|GPE]的[魌魐|ORG]。",
     {("魊魋", "supplies", "魀魁"), ("魊魋", "located_in", "日本"), ("魌魐", "supplies", "魀魁"), ("魌魐", "located_in", "新西兰")}),

    # 集团 before a Hong Kong-style title (行政总裁): the text's group
    ("[魀魁珠宝|ORG]公布业绩,[魀魁珠宝|ORG]营收下降,[魀魁珠宝|ORG]关店。集团行政总裁[黄魊|PERSON]表示,集团将继续优化门店网络。",
     {("黄魊", "ceo_of", "魀魁珠宝")}),

    # a maker a turn says the main line is handed to (主粮是委托X代工的); an input a brand's short name gets from a
    # cooperative of a county (X的柠檬主要来自安岳的Y)
    ("专访[巀巁|BRAND]创始人[周巂|PERSON]\n记者:产品是自己生产吗?\n周巂:主粮是委托[山东|GPE]的[巃巄食品|ORG]代工的。",
     {("巀巁", "founder", "周巂"), ("巃巄食品", "located_in", "山东"), ("巃巄食品", "supplies", "巀巁")}),
    ("[巆巇茶饮|BRAND]计划明年进入华中市场。目前,[巆巇|BRAND]的柠檬主要来自[四川|GPE][安岳|GPE]的[巈巉农业合作社|ORG]。",
     {("巈巉农业合作社", "located_in", "安岳"), ("巈巉农业合作社", "supplies", "巆巇")}),
    # the rival closest to the speaker's company (跟我们竞争最直接的是X)
    ("专访[巀巁|BRAND]创始人[周巂|PERSON]\n记者:竞争呢?\n周巂:国产品牌里跟我们竞争最直接的是[巊巋|BRAND]。",
     {("巀巁", "founder", "周巂"), ("巀巁", "competitor_of", "巊巋")}),
    # platforms an answer gives shares of the speaker's sales, and the rest; not a market's shares
    ("专访[巀巁|BRAND]创始人[周巂|PERSON]\n记者:渠道呢?\n周巂:[天猫|ORG]大概占45%,[抖音|ORG]占30%左右,剩下的是[京东|ORG]和线下门店。",
     {("巀巁", "founder", "周巂"), ("巀巁", "sells_on", "天猫"), ("巀巁", "sells_on", "抖音"), ("巀巁", "sells_on", "京东")}),
    ("专访[巀巁|BRAND]创始人[周巂|PERSON]\n记者:格局呢?\n周巂:国内市场[巌巍|ORG]大概占45%,[巎巏|ORG]占30%左右。",
     {("巀巁", "founder", "周巂")}),
    # a company set up and the brand it launched the same year; the place is the company's, not the speaker's
    ("专访[巀巁|BRAND]创始人[周巂|PERSON]\n记者:怎么开始的?\n周巂:我们2020年在[杭州|GPE]成立了[巐巑宠物科技有限公司|ORG],当年就推出了[巀巁|BRAND]这个猫粮品牌。",
     {("巀巁", "founder", "周巂"), ("巐巑宠物科技有限公司", "has_brand", "巀巁"), ("巐巑宠物科技有限公司", "located_in", "杭州")}),
    # a founder leaving one post for another of the company (卸任首席执行官,转任董事长), a management change announced
    ("12月1日,芯片设计公司[巒巓微电子|ORG]宣布管理层调整。公司创始人[李巔|PERSON]卸任首席执行官,转任董事长,专注公司战略。",
     {("巒巓微电子", "founder", "李巔"), ("李巔", "chairman_of", "巒巓微电子")}),
    ("[巒巓微电子|ORG]宣布管理层调整:[王巕|PERSON]出任CEO,创始人[李巔|PERSON]转任董事长",
     {("巒巓微电子", "founder", "李巔"), ("李巔", "chairman_of", "巒巓微电子"), ("李巔", "works_for", "巒巓微电子"),
      ("王巕", "ceo_of", "巒巓微电子")}),

    # what a drug's clinical samples are made by (其临床样品由X生产): the text's company's, not the officer's past employer
    ("[巪巬生物|ORG]成立于2018年,创始人兼董事长[刘巭|PERSON]曾任[恒瑞医药|ORG]副总裁。YS-102目前正在开展II期临床试验,其临床样品由[药明生物|ORG]生产。",
     {("巪巬生物", "founder", "刘巭"), ("刘巭", "chairman_of", "巪巬生物"), ("刘巭", "works_for", "恒瑞医药"),
      ("药明生物", "supplies", "巪巬生物")}),
    # two companies each with a partner, paired in order (A和B也分别与C和D达成了…合作)
    ("此前,[巯巰药业|ORG]和[巵巶医药|ORG]也分别与[默沙东|ORG]和[百时美施贵宝|ORG]达成了类似的授权合作。",
     {("巯巰药业", "partners_with", "默沙东"), ("巵巶医药", "partners_with", "百时美施贵宝")}),

    # 公司 opening a sentence with 近期宣布: the text's company
    ("[嶾嶿汽车|ORG]今年交付22.6万辆。公司近期宣布与[华为|ORG]达成合作,将在明年推出新车型。",
     {("嶾嶿汽车", "partners_with", "华为")}),
    # a former controlling holder named by his post at the company; the rest held, said in a sentence of its own,
    # of the company the sentence before is about, not of the text's buyer
    ("[巸巹集团|ORG]宣布收购[巪巬超市|ORG]。[巸巹集团|ORG]总部位于[上海|GPE]。原控股股东为[巪巬超市|ORG]创始人[黄巭|PERSON]家族,持股78%；其余股份由[巯巰投资|ORG]持有。",
     {("巸巹集团", "located_in", "上海"), ("巪巬超市", "founder", "黄巭"), ("黄巭", "shareholder_of", "巪巬超市"), ("巪巬超市", "subsidiary_of", "巸巹集团"),
      ("巯巰投资", "shareholder_of", "巪巬超市")}),
    # a shop's paragraph under its own heading line: who opened it, who invested, what its drink is made with
    ("上海咖啡测评\n2⃣ [巵巶Coffee|ORG]\n人均55元,是前[星巴克|ORG]区域经理[宋巸|PERSON]开的店,今年刚拿到天使轮融资,投资方是[巹巺资本|ORG]。燕麦拿铁用的是[OATLY|BRAND]的燕麦奶,奶香很足。",
     {("巵巶Coffee", "founder", "宋巸"), ("巹巺资本", "investor_in", "巵巶Coffee"), ("OATLY", "supplies", "巵巶Coffee")}),
    # a brand the text calls a city's own (这家是上海本土品牌)
    ("上海咖啡测评\n1⃣ [巻巼咖啡|ORG](静安店)\n人均45元左右,主打云南豆。这家是[上海|GPE]本土品牌,已经开了18家店。",
     {("巻巼咖啡", "located_in", "上海")}),

    # chains counted by their stores in a ranking are no rivals for that (a1127, a1169)
    ("据窄门餐眼数据,国内咖啡品牌门店数排名前五的分别是:[帴帵咖啡|BRAND](21,343家)、[帹帺咖啡|BRAND](7,860家)和[帾帿咖啡|BRAND](2,105家)。",
     set()),
    # rivals a founder names to a reporter, in a market of the company's
    ("[幁幃机器人|ORG]创始人[孙幄|PERSON]。[孙幄|PERSON]告诉记者,欧洲市场的主要对手是[富世华|ORG]和[宝时得|ORG]。",
     {("幁幃机器人", "founder", "孙幄"), ("幁幃机器人", "competitor_of", "富世华"), ("幁幃机器人", "competitor_of", "宝时得")}),
    # a company joined, described by the group whose ecosystem it belongs to (加入小米生态链企业X)
    ("[孙幄|PERSON]2012年毕业后加入[大疆|ORG],一做就是七年。2019年,他离开[大疆|ORG],加入[小米|ORG]生态链企业[石头科技|ORG]担任研发副总裁。",
     {("孙幄", "works_for", "大疆"), ("孙幄", "works_for", "石头科技")}),

    # an interviewee the text never names, under a headline giving their post: the answers speak for the company
    ("对话[幧幨饮料|ORG]创始人:无糖茶赛道还有机会吗?\n问:现在主要卖到哪些渠道?\n答:线下是主力,占七成左右,主要进了[全家|ORG]、[罗森|BRAND]和[美宜佳|ORG];线上主要是[天猫|ORG]旗舰店。",
     {("幧幨饮料", "sells_on", "全家"), ("幧幨饮料", "sells_on", "罗森"), ("幧幨饮料", "sells_on", "美宜佳"), ("幧幨饮料", "sells_on", "天猫")}),
    ("对话[幧幨饮料|ORG]创始人:无糖茶赛道还有机会吗?\n问:工厂是自己的吗?\n答:不是,我们的茶饮由[统一企业|ORG]在[昆山|GPE]的工厂代工。",
     {("统一企业", "supplies", "幧幨饮料")}),
    # a channel's growth from chains; platforms 公司 sells on, of the company the text is about
    ("[幩幪食品|ORG]三季报。[幩幪食品|ORG]前三季度营收38.6亿元。公司表示,量贩渠道的快速增长主要得益于与[零食很忙|BRAND]和[好想来|BRAND]的合作。电商渠道方面,公司在[抖音|ORG]和[拼多多|ORG]的销售额均实现翻倍增长。[幩幪食品|ORG]总部位于长沙。",
     {("幩幪食品", "sells_on", "零食很忙"), ("幩幪食品", "sells_on", "好想来"), ("幩幪食品", "sells_on", "抖音"), ("幩幪食品", "sells_on", "拼多多")}),
    # a part a company provides and a shoe's carbon plate supplied: the brand's, not the shoe's
    ("国产运动品牌[幫幬运动|BRAND]12月2日在[厦门|GPE]发布首款碳板竞速跑鞋\"[风驰者2代|BRAND]\",售价1299元。该鞋采用[陶氏化学|ORG]提供的超临界发泡中底,碳板由[日本|GPE][东丽|ORG]供应。[幫幬运动|BRAND]成立于2015年。",
     {("陶氏化学", "supplies", "幫幬运动"), ("东丽", "supplies", "幫幬运动"), ("东丽", "located_in", "日本")}),
    # customers a chairman says a new plant will serve
    ("[幭幮新能源|ORG]董事长兼总经理[马幯|PERSON]表示,[滁州|GPE]基地将主要服务海外储能客户,包括[特斯拉|ORG]和[Fluence|ORG]。",
     {("马幯", "chairman_of", "幭幮新能源"), ("马幯", "ceo_of", "幭幮新能源"), ("幭幮新能源", "supplies", "特斯拉"), ("幭幮新能源", "supplies", "Fluence")}),

    # a platform's share of the GMV a long profile sentence gives (其中抖音渠道占比超过60%)
    ("[庹庺护肤|BRAND]是一个主打敏感肌修护的国货护肤品牌,2019年由前珀莱雅研发总监[孙庻|PERSON]创立,2023年GMV约12亿元,其中[抖音|ORG]渠道占比超过60%。",
     {("庹庺护肤", "founder", "孙庻"), ("庹庺护肤", "sells_on", "抖音")}),
    # 公司 after 专访了: the text's company
    ("[庼庽物流|ORG]是一家冷链仓配企业,成立于2018年。近日,记者专访了公司创始人兼CEO[林庿|PERSON]。[庼庽物流|ORG]总部位于[成都|GPE]。",
     {("庼庽物流", "founder", "林庿"), ("林庿", "ceo_of", "庼庽物流"), ("庼庽物流", "located_in", "成都")}),
    # goods a turn says were bought from a maker (冷藏车大部分是从X采购的)
    ("专访[庼庽物流|ORG]CEO[林庿|PERSON]\n记者:仓库是自建的吗?\n林庿:自建和租赁各一半。冷藏车大部分是从[宇通客车|ORG]采购的。",
     {("林庿", "ceo_of", "庼庽物流"), ("宇通客车", "supplies", "庼庽物流")}),

    # retailers a company works with under the channels' heading
    ("[廫廭乳业|ORG]发布年报。[廫廭乳业|ORG]总部位于青岛。渠道方面,公司与[盒马|BRAND]、[山姆会员店|BRAND]和[胖东来|BRAND]保持合作。",
     {("廫廭乳业", "sells_on", "盒马"), ("廫廭乳业", "sells_on", "山姆会员店"), ("廫廭乳业", "sells_on", "胖东来"),
      ("廫廭乳业", "partners_with", "盒马"), ("廫廭乳业", "partners_with", "山姆会员店"), ("廫廭乳业", "partners_with", "胖东来")}),
    # chains abroad a turn entered, each after its country; rivals an answer names when asked about competition
    ("播客|[廮廯科技|ORG]创始人[许廰|PERSON]\n主持人:海外主要卖到哪?\n许廰:线上主要是[亚马逊|ORG],线下进了[德国|GPE]的[MediaMarkt|ORG]和[日本|GPE]的[比克相机|ORG]。\n主持人:竞争呢?\n许廰:[石头科技|ORG]和[追觅|BRAND]都很强,我们打的是中端价位。",
     {("廮廯科技", "founder", "许廰"), ("廮廯科技", "sells_on", "亚马逊"), ("廮廯科技", "sells_on", "MediaMarkt"), ("廮廯科技", "sells_on", "比克相机"),
      ("比克相机", "located_in", "日本"), ("廮廯科技", "competitor_of", "石头科技"), ("廮廯科技", "competitor_of", "追觅")}),
    # partners of a later clause's site selection; the market's biggest two
    ("[廱廲能源|ORG]成立于2017年。[廱廲能源|ORG]的充电桩主要由[廵廸电气|ORG]生产,场站选址则与[万达商管|ORG]和[万科物业|ORG]合作。在充电运营市场,[特来电|ORG]和[星星充电|ORG]仍是规模最大的两家。",
     {("廵廸电气", "supplies", "廱廲能源"), ("廱廲能源", "partners_with", "万达商管"), ("廱廲能源", "partners_with", "万科物业"),
      ("廱廲能源", "competitor_of", "特来电"), ("廱廲能源", "competitor_of", "星星充电")}),

    # a company's biggest maker named before 其 (其中X是其最大的代工方); rivals at home after 目前在国内的
    ("[彽彾宠物|ORG]旗下拥有两个品牌,此前主粮全部委托外部工厂生产,其中[彿徸食品|ORG]是其最大的代工方。[彽彾宠物|ORG]目前在国内的主要竞争对手包括[乖宝宠物|ORG]和[中宠股份|ORG]。",
     {("彿徸食品", "supplies", "彽彾宠物"), ("彽彾宠物", "competitor_of", "乖宝宠物"), ("彽彾宠物", "competitor_of", "中宠股份")}),
    # a shoe's parts, the second in a clause of its own (碳板则来自日本X); rivals whose share a move chases
    ("[徹徺体育|ORG]发布跑鞋,该鞋的中底材料由[德国|GPE][巴斯夫|ORG]提供,碳板则来自[日本|GPE][东丽|ORG]。[徹徺体育|ORG]此举意在追赶[特步|BRAND]和[361度|BRAND]在专业跑鞋市场的份额。",
     {("巴斯夫", "supplies", "徹徺体育"), ("东丽", "supplies", "徹徺体育"), ("巴斯夫", "located_in", "德国"), ("东丽", "located_in", "日本"),
      ("徹徺体育", "competitor_of", "特步"), ("徹徺体育", "competitor_of", "361度")}),
    # an earlier employer in a clause after joining the company (加入X之前曾在Y任职)
    ("公开资料显示,[徻徼|PERSON]今年48岁,2015年加入[徹徺汽车|ORG],此前担任公司副总裁、负责海外业务,加入[徹徺汽车|ORG]之前曾在[长城汽车|ORG]任职十余年。",
     {("徻徼", "works_for", "徹徺汽车"), ("徻徼", "works_for", "长城汽车")}),

    # inputs a post names after a goods' maker it uses (面粉用的是日本X的,黄油来自法国的Y): Y supplies the post's company, not X
    ("[徸徹烘焙|ORG]创始人[林彺|PERSON]的微博\n官宣![徸徹烘焙|ORG]和[盒马|BRAND]达成合作,下周起我们的欧包会在[上海|GPE]和[杭州|GPE]的60家[盒马鲜生|BRAND]门店上架。面粉一直用的是[日本|GPE][日清制粉|ORG]的,黄油来自[法国|GPE]的[彽彾乳业|ORG]。",
     {("徸徹烘焙", "founder", "林彺"), ("徸徹烘焙", "partners_with", "盒马"), ("徸徹烘焙", "sells_on", "盒马鲜生"),
      ("日清制粉", "supplies", "徸徹烘焙"), ("日清制粉", "located_in", "日本"), ("彽彾乳业", "supplies", "徸徹烘焙"), ("彽彾乳业", "located_in", "法国")}),
    # a first shop a post dates in a place (从2019年在南京开第一家店到现在); the backer it thanks (也谢谢今年6月投我们的X资本)
    ("[徸徹烘焙|ORG]创始人[林彺|PERSON]的微博\n从2019年在[南京|GPE]开第一家店到现在,我们一共开了86家直营店。也谢谢今年6月投我们的[彽彾资本|ORG],让我们有底气做这件事。",
     {("徸徹烘焙", "founder", "林彺"), ("徸徹烘焙", "located_in", "南京"), ("彽彾资本", "investor_in", "徸徹烘焙")}),
    # a brand an agency works with, the agency named by the streamer it signs
    ("据了解,[彽彾食品|BRAND]是[彾彿|PERSON]所在的MCN机构[徸徹传媒|ORG]的长期合作品牌。",
     {("彽彾食品", "partners_with", "徸徹传媒"), ("彾彿", "works_for", "徸徹传媒")}),

    # the owner of a project whose hotel a clause hands to a manager (酒店部分引入X旗下的Y品牌进行管理)
    ("[徺徻文旅|ORG]与[丽江市人民政府|ORG]签署协议。项目将由[徺徻文旅|ORG]控股子公司[丽江徺徻置业|ORG]负责开发建设,酒店部分引入[洲际酒店集团|ORG]旗下的洲际度假品牌进行管理。[徺徻文旅|ORG]总部位于[成都|GPE]。",
     {("徺徻文旅", "partners_with", "丽江市人民政府"), ("丽江徺徻置业", "subsidiary_of", "徺徻文旅"), ("洲际酒店集团", "supplies", "徺徻文旅"),
      ("徺徻文旅", "located_in", "成都")}),
    # a part named before the one who uses it (电芯我们用的是X的), the maker of the next clause ours, not X's; the channel an
    # answer calls the biggest, and the rest after one channel's share
    ("对话[徺徻科技|ORG]CEO[马彺|PERSON]\n问:徺徻现在主要在哪些渠道卖?\n马彺:[亚马逊|ORG]还是最大的渠道,占我们销售额的六成左右。另外两成来自我们的独立站,剩下的是[沃尔玛|ORG]和[Temu|BRAND]。\n问:产品谁来生产?\n马彺:电芯我们用的是[比亚迪|ORG]的,整机由[东莞|GPE]的[徼徾电子|ORG]代工。",
     {("马彺", "ceo_of", "徺徻科技"), ("徺徻科技", "sells_on", "亚马逊"), ("徺徻科技", "sells_on", "沃尔玛"), ("徺徻科技", "sells_on", "Temu"),
      ("比亚迪", "supplies", "徺徻科技"), ("徼徾电子", "supplies", "徺徻科技"), ("徼徾电子", "located_in", "东莞")}),
    # rivals said to be ahead of us are not us (A和B都是很强的对手,他们比我们早做了好几年); a company founded after a
    # year and 出来 in a later clause (我在X做了八年,2021年出来创办了Y)
    ("对话[徺徻科技|ORG]CEO[马彺|PERSON]\n问:竞争对手有哪些?\n马彺:[安克创新|ORG]和[正浩创新|ORG]都是很强的对手,他们比我们早做了好几年。\n问:你之前是做什么的?\n马彺:我在[华为|ORG]做了八年海外市场,2021年出来创办了[徺徻科技|ORG]。",
     {("马彺", "ceo_of", "徺徻科技"), ("徺徻科技", "competitor_of", "安克创新"), ("徺徻科技", "competitor_of", "正浩创新"),
      ("马彺", "works_for", "华为"), ("徺徻科技", "founder", "马彺")}),
    # a unit named after a later clause's 是X的控股子公司; the successor to a post given up (…不再担任公司董事长职务,由公司总经理Y接任)
    ("1.[徺徻人寿|ORG]总部位于[广州|GPE],是[徺徻集团|ORG]的控股子公司。\n2.[徼徾保险经纪有限公司|ORG]宣布,原董事长[邹彺|PERSON]因到龄退休,不再担任公司董事长职务,由公司总经理[许彺|PERSON]接任。",
     {("徺徻人寿", "located_in", "广州"), ("徺徻人寿", "subsidiary_of", "徺徻集团"), ("许彺", "chairman_of", "徼徾保险经纪有限公司"),
      ("许彺", "ceo_of", "徼徾保险经纪有限公司")}),
    # a chairman retiring leaves the post (董事长X因到龄退休): a past one
    ("[徼徾保险经纪有限公司|ORG]宣布,董事长[邹彺|PERSON]因到龄退休,不再担任公司董事长职务。",
     {("邹彺", "works_for", "徼徾保险经纪有限公司")}),

    # one of a company's suppliers a later clause picks out (…,其中座椅供应商Y被欠款约4500万元); the city's state capital
    # among its investors
    ("多家供应商证实,[怃怄汽车|ORG]拖欠的零部件货款合计超过3亿元,其中座椅供应商[怇怈座椅|ORG]被欠款约4500万元。公司曾在2022年获得[芜湖市国资|ORG]和[怉怊资本|ORG]共计15亿元的B轮融资。",
     {("怇怈座椅", "supplies", "怃怄汽车"), ("芜湖市国资", "investor_in", "怃怄汽车"), ("怉怊资本", "investor_in", "怃怄汽车")}),
    # a record's officers with a space after their posts, its venue its head office, a co-branded card in a later clause
    ("[怋怌银行股份有限公司|ORG]投资者关系活动记录表\n\n地点:公司总部([浙江省|GPE][宁波市|GPE])\n上市公司接待人员:董事长 [钟怍|PERSON]、行长 [郭怏|PERSON]、董事会秘书 [叶怐|PERSON]\n\n问:零售业务有哪些合作?\n答:本行与[蚂蚁集团|ORG]在消费信贷领域开展联合贷款合作,信用卡业务与[美团|ORG]联名发卡超过120万张。",
     {("钟怍", "chairman_of", "怋怌银行股份有限公司"), ("郭怏", "ceo_of", "怋怌银行股份有限公司"), ("叶怐", "works_for", "怋怌银行股份有限公司"),
      ("怋怌银行股份有限公司", "located_in", "宁波市"), ("怋怌银行股份有限公司", "partners_with", "蚂蚁集团"),
      ("怋怌银行股份有限公司", "partners_with", "美团")}),
    # a note's lines with no subject: the company behind the brand and its founder, an ingredient's maker, the store its
    # price line names, a rival it is set against (对比X的…便宜)
    ('扒一扒国货精华"[怑怓|BRAND]"的代工厂\n最近超火的[怑怓|BRAND]小棕瓶我用了两瓶了\n✅品牌方是[杭州怗怘生物科技有限公司|ORG],2021年成立的,创始人叫[许怙|PERSON]\n✅核心成分玻色因用的是[华熙生物|ORG]的原料\n\n价格:30ml 299元,[天猫|ORG]旗舰店经常有满减\n对比[修丽可|BRAND]的CE精华便宜了一半还多',
     {("杭州怗怘生物科技有限公司", "has_brand", "怑怓"), ("杭州怗怘生物科技有限公司", "founder", "许怙"), ("华熙生物", "supplies", "怑怓"),
      ("怑怓", "sells_on", "天猫"), ("怑怓", "compared_with", "修丽可")}),

    # rivals a platform kept its merchants off (禁止商户入驻竞争对手A和B), the platform not the regulator
    ("[国家市场监督管理总局|ORG]发布行政处罚决定书,认定外卖平台[怛怞外卖|ORG]滥用市场支配地位,强迫平台内商户与其签订独家合作协议,禁止商户入驻竞争对手[美团|ORG]和[饿了么|ORG]。",
     {("怛怞外卖", "competitor_of", "美团"), ("怛怞外卖", "competitor_of", "饿了么")}),
    # the customer a maker's products go to, in a later clause (合资公司主要生产电芯…,产品将优先供应X旗下的…)
    ("[怤怦汽车|ORG]与[怩怫新能源|ORG]设立合资公司[襄阳怤怩电池有限公司|ORG]。[襄阳怤怩电池有限公司|ORG]主要生产磷酸铁锂电芯及电池包,规划年产能20GWh,产品将优先供应[怤怦汽车|ORG]旗下的两个品牌。",
     {("襄阳怤怩电池有限公司", "supplies", "怤怦汽车"), ("怤怦汽车", "partners_with", "怩怫新能源"),
      ("怤怦汽车", "shareholder_of", "襄阳怤怩电池有限公司"), ("怩怫新能源", "shareholder_of", "襄阳怤怩电池有限公司")}),
    # a first shop the speaker's company opened, dated, in a city's quarter; a second input after 则来自; rivals named when
    # asked about rivals (竞争对手呢?)
    ("播客实录 | 对话[怲怳火锅|ORG]创始人[葛怴|PERSON]\nQ:先介绍一下[怲怳火锅|ORG]吧。\nA:我们2015年在[重庆|GPE]解放碑开了第一家店,现在全国有320家门店。\nQ:底料是自己做的吗?\nA:火锅底料是我们在[重庆|GPE]的中央工厂做的,牛油主要采购自[内蒙古|GPE]的[怵怶乳业|ORG],毛肚则来自[河北|GPE]的[怷怸食品|ORG]。\nQ:竞争对手呢?\nA:[海底捞|BRAND]和[巴奴|ORG]都做得很好,我们主打的是社区店。",
     {("怲怳火锅", "founder", "葛怴"), ("怲怳火锅", "located_in", "重庆"), ("怵怶乳业", "supplies", "怲怳火锅"), ("怵怶乳业", "located_in", "内蒙古"),
      ("怷怸食品", "supplies", "怲怳火锅"), ("怷怸食品", "located_in", "河北"), ("怲怳火锅", "competitor_of", "海底捞"), ("怲怳火锅", "competitor_of", "巴奴")}),
    # a brand set up by a company described before its name; the platforms its sales go through
    ("[怼怽|BRAND]由[瑞典|GPE]家具公司[怼怽设计|ORG]于1987年创立。[怼怽|BRAND]在[中国|GPE]的线上销售将通过[天猫|ORG]和[京东|ORG]进行。",
     {("怼怽设计", "has_brand", "怼怽"), ("怼怽设计", "located_in", "瑞典"), ("怼怽", "sells_on", "天猫"), ("怼怽", "sells_on", "京东")}),
    # rivals an answer opens with: the elided subject before them owns no brand (A:X和Y都做得很好)
    ("对话[怲怳火锅|ORG]创始人[葛怴|PERSON]\nQ:竞争对手呢?\nA:[怺怼|BRAND]和[巴奴|ORG]都做得很好,我们主打的是社区店。",
     {("怲怳火锅", "founder", "葛怴"), ("怲怳火锅", "competitor_of", "怺怼"), ("怲怳火锅", "competitor_of", "巴奴")}),

    # the licensor handing over its own drug (A与B签署许可协议,将其自主研发的"X"…授予B): A's drug, not B's
    ('12月2日,[恱恲生物|ORG]发布公告,公司与美国生物制药公司[Kestrel Therapeutics|ORG]签署独家许可协议,将其自主研发的双抗药物"[恴恵单抗|BRAND]"在大中华区以外的全球开发和商业化权益授予Kestrel。',
     {("恱恲生物", "partners_with", "Kestrel Therapeutics"), ("恱恲生物", "has_brand", "恴恵单抗")}),
    # the group a brand belongs to making its products; a service provider it works with
    ("[恷恹家居|BRAND]电商负责人[周恺|PERSON]介绍,品牌早期主要依靠达人带货,去年起转向自播,并与服务商[恻恽科技|ORG]合作搭建了直播间。据了解,[恷恹家居|BRAND]隶属于[佛山恾恿家具集团|ORG],主打沙发和床垫,产品由集团在顺德的工厂生产。",
     {("周恺", "works_for", "恷恹家居"), ("恻恽科技", "supplies", "恷恹家居"), ("佛山恾恿家具集团", "has_brand", "恷恹家居"),
      ("佛山恾恿家具集团", "supplies", "恷恹家居")}),

    # the partner a post thanks by its role; the publisher a release abroad is handed to
    ("[悌悎游戏|ORG]CEO [陈悏|PERSON] 的微博\n这款游戏我们做了四年。国内由我们自己发行,海外发行交给了[腾讯|ORG]旗下的[Level Infinite|ORG]。\n\n特别感谢引擎合作伙伴[Epic Games|ORG]。",
     {("陈悏", "ceo_of", "悌悎游戏"), ("Level Infinite", "subsidiary_of", "腾讯"), ("悌悎游戏", "partners_with", "Level Infinite"),
      ("悌悎游戏", "partners_with", "Epic Games")}),
    # 公司 after a word of time, in the paragraph a profile of another company opens: that company, not the filer
    ("私募基金[悒悓资本|ORG]全资收购宠物医院连锁[悕悗宠物医疗|ORG]\n\n[悒悓资本|ORG]12月3日宣布,旗下并购基金已完成对宠物医院连锁品牌[悕悗宠物医疗|ORG]的全资收购,交易金额约15亿元。\n\n[悕悗宠物医疗|ORG]成立于2012年,总部位于[成都|GPE]。此前,公司曾获得[高瓴资本|ORG]和[新瑞鹏|ORG]的投资。\n\n[悒悓资本|ORG]管理合伙人[吴悙|PERSON]表示看好行业。",
     {("悕悗宠物医疗", "subsidiary_of", "悒悓资本"), ("悒悓资本", "shareholder_of", "悕悗宠物医疗"),
      ("悕悗宠物医疗", "located_in", "成都"), ("高瓴资本", "investor_in", "悕悗宠物医疗"), ("新瑞鹏", "investor_in", "悕悗宠物医疗"),
      ("吴悙", "partner_of", "悒悓资本")}),

    # an officer a filer appoints to act in a post (公司已委任财务副总裁X为代理首席财务官)
    ("12月2日,港股上市公司[惓惔数科|ORG]发布公告,首席财务官[宋惖|PERSON]因个人原因辞任,即日起生效。公司已委任财务副总裁[马惗|PERSON]为代理首席财务官。",
     {("宋惖", "works_for", "惓惔数科"), ("马惗", "works_for", "惓惔数科")}),
    # a city's own kind of brand named before it; customers after the largest (其中第一大客户为A,…,其次为B和C)
    ("3. [长沙|GPE]本土茶饮品牌[惐惒茶|BRAND]宣布门店突破1000家。报告期内,[惃惄生物|ORG]前五大客户合计贡献收入占比为63.2%,其中第一大客户为[珀莱雅|ORG],销售金额约2.4亿元,其次为[上美股份|ORG]和[逸仙电商|ORG]。",
     {("惐惒茶", "located_in", "长沙"), ("惃惄生物", "supplies", "珀莱雅"), ("惃惄生物", "supplies", "上美股份"), ("惃惄生物", "supplies", "逸仙电商")}),
    # a plan's partner in a later clause of an announcement; parts in a quote, the second after a maker's product
    ("12月3日,自动驾驶公司[惀惁智驾|ORG]宣布,已获得[武汉市|GPE]颁发的运营许可,将与[东风汽车|ORG]合作,在[武汉|GPE]投放1000辆无人驾驶出租车。[惀惁智驾|ORG]CEO[钟惂|PERSON]表示:\"车辆由[东风汽车|ORG]定制生产,激光雷达采用[禾赛科技|ORG]的产品,计算平台来自[英伟达|ORG]。\"",
     {("惀惁智驾", "partners_with", "东风汽车"), ("钟惂", "ceo_of", "惀惁智驾"), ("禾赛科技", "supplies", "惀惁智驾"), ("英伟达", "supplies", "惀惁智驾")}),

    # a unit abroad the company says will make an order (由其在越南的子公司X负责生产): its unit, located there
    ("[愞愡新能源|ORG]12月3日晚公告,公司与[巴西|GPE]开发商[Solaris Energia|ORG]签署组件供货协议。公司表示,本次订单将由其在[越南|GPE]的子公司[愥愦光伏(越南)有限公司|ORG]负责生产。",
     {("愥愦光伏(越南)有限公司", "subsidiary_of", "愞愡新能源"), ("愥愦光伏(越南)有限公司", "located_in", "越南"),
      ("Solaris Energia", "located_in", "巴西"), ("愞愡新能源", "supplies", "Solaris Energia")}),

    # a platform's share right after the sales it is a share of (GMV约3亿元,其中抖音占比超过五成): the seller's channel;
    # not a customer's share of a supplier's sales
    ("[懀懁|BRAND]今年GMV约3亿元,同比增长60%,其中[抖音|ORG]占比超过五成。",
     {("懀懁", "sells_on", "抖音")}),
    ("[懃懄电池|ORG]今年销售额20亿元,前五大客户销售额占比60%,其中[宁德时代|ORG]占比35%。",
     set()),
    # a seller's sales in a platform's category (X去年在天猫猫主粮类目的销售额排名第五)
    ("国产猫粮品牌[懅懆|BRAND],去年在[天猫|ORG]猫主粮类目的销售额排名第五。",
     {("懅懆", "sells_on", "天猫")}),
    # a company that becomes a buyer's held unit: the buyer holds its shares (the plan alone says nothing yet)
    ("[懍懎医疗|ORG]拟以现金5亿元收购[懏懐口腔|ORG]60%的股权。交易完成后,[懏懐口腔|ORG]将成为[懍懎医疗|ORG]的控股子公司。",
     {("懏懐口腔", "subsidiary_of", "懍懎医疗"), ("懍懎医疗", "shareholder_of", "懏懐口腔")}),
    # a seller staying on in a post and keeping the rest of the shares
    ("交易完成后,[懑懓|PERSON]将继续担任[懔懕科技|ORG]总经理,并保留其余20%股权。",
     {("懑懓", "ceo_of", "懔懕科技"), ("懑懓", "shareholder_of", "懔懕科技")}),
    # a stake bought in a company whose short name follows in brackets
    ("[懖懗集团|ORG]宣布以8亿元收购[懘懙食品有限公司|ORG](以下简称\"[懘懙|ORG]\")55%的股权。",
     {("懖懗集团", "shareholder_of", "懘懙食品有限公司"), ("懘懙食品有限公司", "subsidiary_of", "懖懗集团")}),
    # companies bought before, each after its city (此前已先后收购了宁波的A和南京的B)
    ("[懚懛医疗|ORG]总部位于[杭州|GPE],此前已先后收购了[宁波|GPE]的[懜懝齿科|ORG]和[南京|GPE]的[懞懟口腔|ORG]。",
     {("懚懛医疗", "located_in", "杭州"), ("懜懝齿科", "subsidiary_of", "懚懛医疗"), ("懞懟口腔", "subsidiary_of", "懚懛医疗"),
      ("懜懝齿科", "located_in", "宁波"), ("懞懟口腔", "located_in", "南京")}),
    # 该游戏 published by X in a market and by Y at home: the studio the sentence before names as its maker
    ("由[懠懡网络|ORG]开发的手游《[懢懣传说|BRAND]》在[日本|GPE]上线。该游戏在[日本|GPE]由[懤懥游戏|ORG]负责发行,国内则由[懦懧|ORG]代理。",
     {("懠懡网络", "has_brand", "懢懣传说"), ("懤懥游戏", "partners_with", "懠懡网络"), ("懦懧", "partners_with", "懠懡网络"),
      ("懠懡网络", "sells_on", "懤懥游戏")}),
    # a backer, then the stake it holds (获得腾讯的战略投资,腾讯持股比例约为10%)
    ("[懨懩网络|ORG]目前员工约300人,曾在2021年获得[腾讯|ORG]的战略投资,[腾讯|ORG]持股比例约为10%。",
     {("腾讯", "investor_in", "懨懩网络"), ("腾讯", "shareholder_of", "懨懩网络")}),
    # a second part and its local maker in the clause after the first part's (充电枪线则由常州本地的X供应)
    ("[懪懫能源|ORG]的功率模块主要采购自[英飞凌|ORG],充电枪线则由[常州|GPE]本地的[懬懭电缆|ORG]供应。",
     {("英飞凌", "supplies", "懪懫能源"), ("懬懭电缆", "supplies", "懪懫能源"), ("懬懭电缆", "located_in", "常州")}),
    # a game facing two others in title marks (将直面《A》和《B》的竞争): its rivals, not each other's
    ("业内人士认为,《[懮懯|BRAND]》在[日本|GPE]市场将直面《[懰懱|BRAND]》和《[懲懳|BRAND]》的竞争。",
     {("懮懯", "competitor_of", "懰懱"), ("懮懯", "competitor_of", "懲懳")}),
    # the plaintiff's counsel when the suit's opening names the parties around 诉 (本案原告代理律师为X)
    ("[懴懵餐饮管理有限公司|ORG]诉[懶懷商贸有限公司|ORG]商标侵权纠纷一案二审宣判。本案原告代理律师为[懸懹律师事务所|ORG]的律师[懺懻|PERSON]。",
     {("懸懹律师事务所", "supplies", "懴懵餐饮管理有限公司"), ("懺懻", "works_for", "懸懹律师事务所")}),
    # a shop the post is about, left out of where its beans and milk come from
    ("[懼懽咖啡|ORG]成都首店开业。[懼懽咖啡|ORG]的招牌是桂花拿铁。[懼懽咖啡|ORG]目前有60家店。店员说豆子是[云南|GPE][普洱|GPE]的[懾懿庄园|ORG]供的,牛奶用的是[认养一头牛|BRAND]。",
     {("懾懿庄园", "supplies", "懼懽咖啡"), ("认养一头牛", "supplies", "懼懽咖啡"), ("懾懿庄园", "located_in", "普洱")}),
    # a shop someone started, then its boss by name, who managed a store before (之前在X做过店长)
    ("听说[戁戂咖啡|ORG]是两个90后女生在[上海|GPE]创办的,老板叫[何戃|PERSON],之前在[Manner|BRAND]做过店长。",
     {("戁戂咖啡", "located_in", "上海"), ("戁戂咖啡", "founder", "何戃"), ("何戃", "works_for", "Manner")}),
    # the stakes in the sentence naming a venture (其中A出资1.02亿元,持股51%,B持股49%)
    ("双方将在[上海|GPE]成立合资公司\"[戄戅食品有限公司|ORG]\",注册资本2亿元,其中[戆戇乳业|ORG]出资1.02亿元,持股51%,[Oatfield|ORG]持股49%。",
     {("戄戅食品有限公司", "located_in", "上海"), ("戆戇乳业", "shareholder_of", "戄戅食品有限公司"),
      ("Oatfield", "shareholder_of", "戄戅食品有限公司"), ("戄戅食品有限公司", "subsidiary_of", "戆戇乳业")}),
    # the sign a company trades under in the places it names; not one a seller uses on a platform
    ("法院查明,[戉戊商贸|ORG]自2021年起在[重庆|GPE]、[贵州|GPE]等地以\"[戋戌茶坊|BRAND]\"名义开展加盟业务。",
     {("戉戊商贸", "has_brand", "戋戌茶坊")}),
    ("[戍戓餐饮|ORG]在外卖平台[美团|ORG]上以\"[戔戕烧腊|BRAND]\"名义经营。",
     {("戍戓餐饮", "sells_on", "美团")}),
    # a founder of another company backing a round on his own account (Y创始人Z个人跟投)
    ("功能饮料品牌[戗戙|BRAND]获得3000万元天使轮融资,由[真格基金|ORG]领投,[元气森林|ORG]创始人[唐彬森|PERSON]个人跟投。",
     {("真格基金", "led_round", "戗戙"), ("真格基金", "investor_in", "戗戙"), ("唐彬森", "investor_in", "戗戙"),
      ("元气森林", "founder", "唐彬森")}),

    # the naming rights a sponsor wins are of the club's ground: the club is sponsored, not the sponsor
    ("中超球队[扌扏FC|ORG]宣布与车企[扐扖汽车|ORG]签署胸前广告赞助协议。同时,[扐扖汽车|ORG]还获得了球队主场的冠名权。",
     {("扌扏FC", "partners_with", "扐扖汽车"), ("扌扏FC", "sponsored_by", "扐扖汽车")}),
    # a buyer buying from a maker, with 配套服务 among the goods: the maker supplies, not the buyer
    ("[扗扙集成|ORG]向[扚扜精密|ORG]采购刻蚀设备及配套服务,合同总金额为6.35亿元。",
     {("扚扜精密", "supplies", "扗扙集成")}),
    # a filer's rivals in one of its lines of goods (公司刻蚀设备的主要竞争对手为A和B)
    ("[扝扞半导体设备股份有限公司|ORG](以下简称\"公司\")董事会公告如下。公司刻蚀设备的主要竞争对手为[泛林集团|ORG]和[东京电子|ORG]。",
     {("扝扞半导体设备股份有限公司", "competitor_of", "泛林集团"), ("扝扞半导体设备股份有限公司", "competitor_of", "东京电子")}),
    # brands counted under a group in a later clause, a kind between the count and 品牌 (旗下拥有A、B和C三个酒店品牌)
    ("[扟扠酒店集团|ORG]创立于2008年,总部位于[上海|GPE],目前旗下拥有[扡扢|BRAND]、[扤扥|BRAND]和[扦扨|BRAND]三个酒店品牌。",
     {("扟扠酒店集团", "located_in", "上海"), ("扟扠酒店集团", "has_brand", "扡扢"), ("扟扠酒店集团", "has_brand", "扤扥"),
      ("扟扠酒店集团", "has_brand", "扦扨")}),
    # a store's owner who invests, then hands it to a manager (由投资人Y以加盟方式投资,委托X管理)
    ("该门店由当地投资人[钱扪|PERSON]以加盟方式投资,委托[扟扠酒店集团|ORG]管理,共有客房156间。",
     {("扟扠酒店集团", "supplies", "钱扪")}),

    # a brand described, then its founder by name (X是…成立的国货护肤品牌,创始人叫Y)
    ("[挀挃|BRAND]是2020年在[杭州|GPE]成立的国货护肤品牌,创始人叫[林挄|PERSON]。",
     {("挀挃", "founder", "林挄"), ("挀挃", "located_in", "杭州")}),
    # a note about a brand: the company behind 品牌, its quoted product's maker, its shop's sales on a platform
    ("最近[挀挃|BRAND]的精华刷屏了。[挀挃|BRAND]是杭州的护肤品牌。[挀挃|BRAND]便宜太多了。品牌背后的公司是[杭州挅挆生物科技有限公司|ORG]。\n"
     "💡代工厂:\"小金瓶\"由[广州|GPE]的[挈挊化妆品|ORG]代工。\n今年双11期间全网卖了超过50万瓶,[天猫|ORG]旗舰店的销售额破了1亿元。",
     {("挀挃", "sells_on", "天猫"), ("挈挊化妆品", "located_in", "广州"), ("挈挊化妆品", "supplies", "挀挃"),
      ("杭州挅挆生物科技有限公司", "has_brand", "挀挃")}),
    # a second input in the clause after the first, any word for it (玻色因则用的是法国的X)
    ("[挋挌|BRAND]主打的麦角硫因原料来自[华熙生物|ORG],玻色因则用的是[法国|GPE]的[Givaudan|ORG]。",
     {("Givaudan", "located_in", "法国"), ("Givaudan", "supplies", "挋挌"), ("华熙生物", "supplies", "挋挌")}),
    # an investor-relations record: officers with compound titles, an answer naming rivals first, a plant serving a
    # customer, a supply chain entered and an input bought
    ("[挍挎股份|ORG]:投资者关系活动记录表\n上市公司接待人员:董事会秘书兼财务总监[唐挏|PERSON]、证券事务代表[钱挐|PERSON]\n"
     "问:公司的客户有哪些?\n答:[挍挎股份|ORG]的主要客户包括[比亚迪|ORG]。今年公司新进入了[小鹏汽车|ORG]的供应链。\n"
     "问:海外进展?\n答:公司在[墨西哥|GPE]的工厂已于10月投产,主要配套[特斯拉|ORG]的北美工厂。\n"
     "问:原材料呢?\n答:公司电机所需的磁材主要向[宁波|GPE]的[挒挓磁业|ORG]采购。\n"
     "问:怎么看竞争?\n答:[三花智控|ORG]和[拓普集团|ORG]是行业内的主要竞争对手。",
     {("唐挏", "works_for", "挍挎股份"), ("挍挎股份", "competitor_of", "三花智控"), ("挍挎股份", "competitor_of", "拓普集团"),
      ("挍挎股份", "supplies", "小鹏汽车"), ("挍挎股份", "supplies", "比亚迪"), ("挍挎股份", "supplies", "特斯拉"),
      ("挒挓磁业", "located_in", "宁波"), ("挒挓磁业", "supplies", "挍挎股份"), ("钱挐", "works_for", "挍挎股份")}),
    # a chain described after the place it comes from (来自江苏南通的区域连锁超市X)
    ("12月6日,来自[江苏|GPE][南通|GPE]的区域连锁超市[挔挕超市|ORG]在[郑州|GPE]开出河南首店。",
     {("挔挕超市", "located_in", "南通")}),
    # goods sourced from makers listed after 其中, a city the text does not tag between
    ("[挔挕超市|ORG]的生鲜商品约六成采用产地直采模式,其中蔬菜主要来自[山东|GPE]寿光的[挗挘合作社|ORG],牛肉则由[内蒙古|GPE]的[挙挛牧业|ORG]供应。",
     {("挗挘合作社", "supplies", "挔挕超市"), ("挙挛牧业", "located_in", "内蒙古"), ("挙挛牧业", "supplies", "挔挕超市")}),
    # a board electing its vice-chairman chairman
    ("[挜挞食品|ORG]董事会选举副董事长[冯挟|PERSON]为新任董事长。",
     {("冯挟", "chairman_of", "挜挞食品")}),
    # an officer put in charge of a group's brands (负责旗下A和B两大品牌的营销工作)
    ("[挠挢集团|ORG]任命[韩挦|PERSON]为集团首席营销官,负责旗下[挧挨|BRAND]和[挩挫|BRAND]两大品牌的营销工作。",
     {("挠挢集团", "has_brand", "挧挨"), ("挠挢集团", "has_brand", "挩挫"), ("韩挦", "works_for", "挠挢集团")}),

    # a franchise page: where the brand comes from, its operator after 品牌运营方为, its founder
    ("[掁掂牛肉面|ORG]创立于2012年,发源于[甘肃|GPE][兰州|GPE],门店超过1100家。[掁掂牛肉面|ORG]年营业额超过15亿元。"
     "品牌运营方为[兰州掃掄餐饮管理有限公司|ORG],创始人[马掅|PERSON]是兰州本地人。",
     {("兰州掃掄餐饮管理有限公司", "has_brand", "掁掂牛肉面"), ("掁掂牛肉面", "founder", "马掅"), ("掁掂牛肉面", "located_in", "兰州")}),
    # a page's 供应链 section: the makers its line names supply the brand (not the one after 采用 supplying another)
    ("[掁掂牛肉面|ORG]创立于2012年。[掁掂牛肉面|ORG]门店超过1100家。[掁掂牛肉面|ORG]客单价约22元。\n\n供应链:\n"
     "面粉统一采用[掆掇面业|ORG]的特制高筋粉,牛肉来自[青海|GPE]的[掊掋牧业|ORG]。",
     {("掆掇面业", "supplies", "掁掂牛肉面"), ("掊掋牧业", "located_in", "青海"), ("掊掋牧业", "supplies", "掁掂牛肉面")}),
    # a numbered item of a page that names no one: the brand has settled on the platforms
    ("[掁掂牛肉面|ORG]创立于2012年。[掁掂牛肉面|ORG]门店超过1100家。[掁掂牛肉面|ORG]客单价约22元。\n\n加盟优势:\n"
     "1. 加盟费5.8万元;\n2. 总部提供培训支持;\n3. 已入驻[美团|ORG]、[饿了么|ORG],线上订单占比约35%。",
     {("掁掂牛肉面", "sells_on", "美团"), ("掁掂牛肉面", "sells_on", "饿了么")}),
    # rivals benchmarked with their models after the names (对标特斯拉Model Y和小米YU7)
    ("[掍掎L7|BRAND]的起售价仅为15.98万元,直接对标[特斯拉|ORG]Model Y和[小米|ORG]YU7。",
     {("掍掎L7", "competitor_of", "小米"), ("掍掎L7", "competitor_of", "特斯拉")}),
    # a founder saying 旗下X… (创始人兼CEO Y在微博上表示,旗下中型SUV Z贡献了超过六成的销量)
    ("[掙掚汽车|ORG]创始人兼CEO[许掛|PERSON]在微博上表示,旗下中型SUV[掍掎L7|BRAND]贡献了超过六成的销量。",
     {("掙掚汽车", "founder", "许掛"), ("掙掚汽车", "has_brand", "掍掎L7"), ("许掛", "ceo_of", "掙掚汽车")}),
    # a licensor handing its own coded drug to a partner (将其自主研发的降脂药X-101…授予诺华)
    ("12月2日,港股上市公司[掏掐生物|ORG]公告,[掏掐生物|ORG]已与[诺华|ORG]签署独家许可协议,将其自主研发的口服小分子降脂药"
     "[掑掓-101|BRAND]在大中华区以外的全球开发和商业化权益授予[诺华|ORG]。",
     {("掏掐生物", "has_brand", "掑掓-101"), ("掏掐生物", "partners_with", "诺华")}),
    # 公司此前已获得A、B等机构投资: the company the text is about
    ("[掔掕生物|ORG]成立于2016年,总部位于[苏州|GPE]。[掔掕生物|ORG]的创始人是[吴掗|PERSON]。公司此前已获得[高瓴资本|ORG]、[礼来亚洲基金|ORG]等机构投资。",
     {("掔掕生物", "founder", "吴掗"), ("掔掕生物", "located_in", "苏州"), ("礼来亚洲基金", "investor_in", "掔掕生物"),
      ("高瓴资本", "investor_in", "掔掕生物")}),

    # the last-mile delivery a company hands to carriers (X的尾程配送主要交由A和B完成)
    ("[搀搁国际|ORG]的尾程配送主要交由[UPS|ORG]和[FedEx|ORG]完成。",
     {("FedEx", "supplies", "搀搁国际"), ("UPS", "supplies", "搀搁国际")}),
    # cornerstone investors named as such (此次IPO,X引入了A和B作为基石投资者)
    ("此次IPO,[搂搃茶饮|ORG]引入了[腾讯|ORG]和[高瓴资本|ORG]作为基石投资者,合计认购约8000万美元。",
     {("腾讯", "investor_in", "搂搃茶饮"), ("高瓴资本", "investor_in", "搂搃茶饮")}),
    # a controlling holder held wholly by a person (该公司由Y全资持有)
    ("[搄搅地产|ORG]的控股股东为[搆搇投资有限公司|ORG],持股比例为58.6%,该公司由[陈搈|PERSON]全资持有。",
     {("搄搅地产", "subsidiary_of", "搆搇投资有限公司"), ("搆搇投资有限公司", "shareholder_of", "搄搅地产"),
      ("陈搈", "shareholder_of", "搆搇投资有限公司")}),
    # a brand a group launched in a year (X是Y2019年推出的高端护肤品牌)
    ("据了解,[搉搊|BRAND]是[搋搌集团|ORG]2019年推出的高端护肤品牌。",
     {("搋搌集团", "has_brand", "搉搊")}),
    # a brand's post: its endorser (品牌全球代言人由演员X担任), its new product launched on a platform
    ("[搉搊|BRAND]上热搜了。[搉搊|BRAND]的新品很火。[搉搊|BRAND]官方微博:感谢大家的关注!品牌全球代言人由演员[赵損|PERSON]担任,"
     "新品搎搐精华液今晚8点在[天猫|ORG]首发~",
     {("搉搊", "sells_on", "天猫"), ("赵損", "endorses", "搉搊")}),
    # a brand a person endorsed before (此前还代言过Y)
    ("[赵損|PERSON]此前还代言过[欧莱雅|ORG]。",
     {("赵損", "endorses", "欧莱雅")}),

    # a former employer after a second titled person is that person's, not the first one's
    ("[撀撁智能|ORG]成立于2024年,创始人兼CEO[郑撂|PERSON]此前在[字节跳动|ORG]负责研发,联合创始人兼CTO[刘撃|PERSON]曾任[微软亚洲研究院|ORG]研究员。",
     {("刘撃", "works_for", "微软亚洲研究院"), ("撀撁智能", "founder", "郑撂"), ("郑撂", "ceo_of", "撀撁智能"),
      ("郑撂", "works_for", "字节跳动")}),
    # home channels in the clause after the overseas ones (…等渠道在海外销售,国内则以A和B为主)
    ("[撄撅科技|ORG]的产品主要通过[亚马逊|ORG]和[Costco|ORG]等渠道在海外销售,国内则以[京东|ORG]和[天猫|ORG]为主。",
     {("撄撅科技", "sells_on", "Costco"), ("撄撅科技", "sells_on", "亚马逊"), ("撄撅科技", "sells_on", "京东"),
      ("撄撅科技", "sells_on", "天猫")}),
    # a founder described as a former officer elsewhere (X的创始人是前Y区域总监Z)
    ("[撆撇|BRAND]的创始人是前[85度C|ORG]区域总监[林撈|PERSON]。",
     {("撆撇", "founder", "林撈")}),

    # an officer saying who will supply an input (X董事长Y表示,本次扩产的纯碱原料将由安徽的Z长期供应)
    ("[擥擦玻璃|ORG]董事长[阮擧|PERSON]表示,本次扩产的纯碱原料将由[安徽|GPE]的[擨擩化工|ORG]长期供应,天然气则由当地燃气公司供应。",
     {("阮擧", "chairman_of", "擥擦玻璃"), ("擨擩化工", "supplies", "擥擦玻璃"), ("擨擩化工", "located_in", "安徽")}),
]


@pytest.mark.parametrize("marked, expected", CASES, ids=[c[0][:24] for c in CASES])
def test_relations_table(marked, expected):
    assert triples(marked) == expected


def test_every_relation_type_is_covered_by_the_table():
    covered = {p for _, exp in CASES for _, p, _ in exp} | {"interviewed"}
    assert covered == set(RELATIONS)


@pytest.mark.parametrize("marked", [c[0] for c in CASES if c[1]])
def test_evidence_slices_the_text_and_confidence_is_a_probability(marked):
    a, me, ents = fixture(marked)
    rels = extract_relations(a, me, ents)
    assert rels
    for r in rels:
        ev = r.evidence
        assert ev.doc_id == a.document.doc_id
        assert 0 <= ev.start < ev.end <= len(a.document.text)
        assert a.document.text[ev.start:ev.end] == ev.text
        assert 0.0 < r.confidence <= 1.0
        assert r.pattern
        # the evidence names at least one argument; the other may stand in it as an anaphor (他们, 本公司) or be read
        # from the context with no word for it (a title opening a sentence: the company the text is about; a
        # speaker's 线上主要在…: the speaker's company), or the narrator speaks of themself (我在成都开了第一家店)
        assert any(ents[eid].label_zh in ev.text or (ents[eid].type == "PERSON" and "我" in ev.text)
                   for eid in (r.subject, r.object))


def test_evidence_is_the_clause_not_the_whole_sentence():
    a, me, ents = fixture("今天下午,[小红书|ORG]创始人[曲芳|PERSON]发表演讲,现场座无虚席。")
    (r,) = extract_relations(a, me, ents)
    assert r.evidence.text == "小红书创始人曲芳发表演讲"


def test_anaphor_lowers_confidence_and_evidence_reaches_the_antecedent():
    direct = fixture("[小仙炖|BRAND]在[天猫|ORG]的日交易额突破1亿。")
    via = fixture("[小仙炖|BRAND]成立于2014年。他们在[天猫|ORG]的日交易额突破1亿。")
    (rd,) = extract_relations(*direct)
    (rv,) = extract_relations(*via)
    assert rv.confidence < rd.confidence
    assert rv.evidence.text.startswith("小仙炖成立于2014年。")


def test_stake_attribute():
    a, me, ents = fixture("[马化腾|PERSON]持有[腾讯|ORG]8.6%的股份。")
    (r,) = extract_relations(a, me, ents)
    assert dict(r.attributes) == {"stake": "0.086"}


def test_a_stake_read_after_the_first_holder_is_that_holders_only():
    a, me, ents = fixture("[鼙锦集团|ORG]与[Fjallx|BRAND]宣布成立合资公司“[鼙岭户外|ORG]”。其中,[鼙锦集团|ORG]持股51%,[Nordvix|ORG]持股49%。")
    stakes = {ents[r.subject].label_zh: dict(r.attributes).get("stake") for r in extract_relations(a, me, ents)
              if r.predicate == "shareholder_of"}
    assert stakes == {"鼙锦集团": "0.51", "Nordvix": None}


def test_duplicates_collapse_to_one_relation_with_more_confidence():
    one = fixture("[小红书|ORG]创始人[曲芳|PERSON]说。")
    three = fixture("[小红书|ORG]创始人[曲芳|PERSON]说。[小红书|ORG]创始人[曲芳|PERSON]认为。"
                    "[小红书|ORG]创始人[曲芳|PERSON]补充。")
    (r1,) = extract_relations(*one)
    rs = extract_relations(*three)
    assert len(rs) == 1
    assert r1.confidence < rs[0].confidence <= 1.0


def test_symmetric_competitors_are_one_relation():
    rs = extract_relations(*fixture("[美团|ORG]和[饿了么|ORG]是竞争对手。[饿了么|ORG]和[美团|ORG]是竞争对手。"))
    assert [r.predicate for r in rs] == ["competitor_of"]


TRANSCRIPT = """[方爱之|PERSON]与[曲芳|PERSON]聊了聊。
[方爱之|PERSON]:小红书的直播业务现在处于什么阶段?
[曲芳|PERSON]:目前直播还在内测阶段。我们看到了很多亮点。
[方爱之|PERSON]:什么样的商品适合直播?
[曲芳|PERSON]:美妆和服装最容易切入。
[方爱之|PERSON]:未来会怎样?
[曲芳|PERSON]:会有更多新场景。"""


def test_transcript_asker_interviewed_answerer():
    a, me, ents = fixture(TRANSCRIPT)
    rels = [r for r in extract_relations(a, me, ents) if r.predicate == "interviewed"]
    assert [(ents[r.subject].label_zh, ents[r.object].label_zh) for r in rels] == [("方爱之", "曲芳")]
    ev = rels[0].evidence
    assert ev.text.startswith("方爱之:小红书的直播业务") and ev.text.endswith("目前直播还在内测阶段。")
    assert rels[0].confidence >= 0.85  # several exchanges


def test_transcript_without_questions_gives_no_interview():
    a, me, ents = fixture("[方爱之|PERSON]:我说一句。\n[曲芳|PERSON]:我也说一句。\n[方爱之|PERSON]:好的。")
    assert extract_relations(a, me, ents) == []


def test_a_founders_turn_speaks_for_the_company_without_saying_we():
    marked = ("对话[汐和宠物|ORG]创始人[林一舟|PERSON]\n主持人:线上和线下怎么分?\n"
              "[林一舟|PERSON]:线上还是主力,主要在[京东|ORG]和[抖音|ORG]。\n主持人:融资方面呢?\n"
              "[林一舟|PERSON]:去年完成了A轮融资,由[高榕资本|ORG]领投。")
    got = triples(marked)
    assert {("汐和宠物", "sells_on", "京东"), ("汐和宠物", "sells_on", "抖音"),
            ("高榕资本", "led_round", "汐和宠物")} <= got


def test_a_founders_sales_split_by_channel_in_a_turn():
    marked = ("对话[湄谷咖啡|ORG]创始人[湄邻|PERSON]\n主持人:规模怎么样?\n"
              "[湄邻|PERSON]:去年全渠道卖了大概2亿元,[天猫|ORG]和[抖音|ORG]各占三成左右,剩下是[山姆|ORG]和[盒马|ORG]这些线下渠道。")
    assert {("湄谷咖啡", "sells_on", x) for x in ("天猫", "抖音", "山姆", "盒马")} <= triples(marked)


def test_a_founders_turn_names_the_flour_it_uses_and_the_angel_round_it_took():
    marked = ("口述:老鄢([玹安面馆|ORG]创始人[鄢玹安|PERSON])\n记者:现在规模多大?\n"
              "[鄢玹安|PERSON]:今年一共开了30家店。面粉一直用的是[陕西|GPE]的[玹川面粉|ORG],合作五年了。去年拿了[玹谷资本|ORG]的天使投资。")
    assert {("玹川面粉", "supplies", "玹安面馆"), ("玹谷资本", "investor_in", "玹安面馆")} <= triples(marked)


def test_a_founder_answering_yes_names_the_round_and_its_lead():
    marked = ("专访[瑄悦宠物|ORG]创始人[阮瑄安|PERSON]\n记者:听说你们拿到了新一轮融资?\n"
              "[阮瑄安|PERSON]:对,11月刚完成B轮,2亿元,[瑄海资本|ORG]领投。")
    assert {("瑄海资本", "led_round", "瑄悦宠物"), ("瑄海资本", "investor_in", "瑄悦宠物")} <= triples(marked)


def test_a_turn_label_with_a_space_after_its_colon_still_opens_the_answer():
    marked = ("专访[鼙鼓宠物|ORG]创始人[阮鼙|PERSON]\n记者:融资进展如何?\n"
              "[阮鼙|PERSON]: 去年完成了B轮,1亿元,由[鼙海资本|ORG]领投,[鼙山创投|ORG]跟投。")
    assert {("鼙海资本", "led_round", "鼙鼓宠物"), ("鼙海资本", "investor_in", "鼙鼓宠物"),
            ("鼙山创投", "investor_in", "鼙鼓宠物")} <= triples(marked)


def test_a_founder_who_started_up_with_a_classmate_founded_the_company_with_them():
    marked = ("专访[鼙鼓宠物|ORG]创始人[阮鼙|PERSON]\n记者:怎么开始的?\n"
              "[阮鼙|PERSON]:2019年我和大学同学[谢鼗|PERSON]一起出来创业,她负责供应链。")
    assert ("鼙鼓宠物", "founder", "谢鼗") in triples(marked)


def test_an_answer_to_a_question_on_rivals_names_the_companys_rivals():
    answer = ("[阮鼙|PERSON]:进口品牌里[鼙原|BRAND]、[鼗山|BRAND]还是很强,国产里面[鼙川|BRAND]、[鼙乐|BRAND]都做得不错。")
    asked = "专访[鼙鼓宠物|ORG]创始人[阮鼙|PERSON]\n记者:怎么看竞争对手?\n" + answer
    assert {("鼙鼓宠物", "competitor_of", x) for x in ("鼙原", "鼗山", "鼙川", "鼙乐")} <= triples(asked)
    # (the same answer to a question on what the founder likes names no rivals)
    liked = "专访[鼙鼓宠物|ORG]创始人[阮鼙|PERSON]\n记者:你们喜欢哪些品牌?\n" + answer
    assert not any(p == "competitor_of" for _, p, _ in triples(liked))


def test_an_answer_on_partners_this_round_and_an_earlier_one_with_no_company_named():
    marked = ("对话[鼙充科技|ORG]CEO[陶鼙|PERSON]\n问:和哪些车企有合作?\n答:现在主要是和[鼗鹏|ORG]、[鼗想|ORG]合作。\n"
              "问:B+轮的投资方有哪些?\n答:这一轮是由[鼗创投|ORG]领投的,老股东[鼗为资本|ORG]继续跟投。之前A轮是[鼗来资本|ORG]投的。")
    got = triples(marked)
    assert {("鼙充科技", "partners_with", "鼗鹏"), ("鼙充科技", "partners_with", "鼗想"),
            ("鼗创投", "led_round", "鼙充科技"), ("鼗创投", "investor_in", "鼙充科技"),
            ("鼗为资本", "investor_in", "鼙充科技"), ("鼗来资本", "investor_in", "鼙充科技")} <= got


def test_a_founders_answers_on_what_others_make_and_how_its_prices_compare():
    marked = ("对话[骦茶|ORG]创始人[章骦|PERSON]\n记者:原料从哪里来?\n"
              "[章骦|PERSON]:茶叶是自己种的。牛乳用的是[骦牛乳业|BRAND]的。果酱则是找的[深圳|GPE]的[骦果食品|ORG]代工。\n"
              "记者:价格带怎么定?\n[章骦|PERSON]:主力产品在12到18元,比[骦喜|BRAND]、[骦雪|BRAND]便宜,和[骦茗|BRAND]差不多。")
    assert {("骦牛乳业", "supplies", "骦茶"), ("骦果食品", "supplies", "骦茶"), ("骦果食品", "located_in", "深圳"),
            ("骦茶", "compared_with", "骦喜"), ("骦茶", "compared_with", "骦雪"),
            ("骦茶", "compared_with", "骦茗")} <= triples(marked)


def test_a_launch_q_and_a_names_a_part_maker_and_the_phones_it_is_measured_against():
    marked = ("[齄米科技|ORG]新品发布会媒体问答实录\n会后,[齄米科技|ORG]总裁[黎齄|PERSON]接受了媒体群访。\n"
              "主持人:处理器和屏幕的供应商是谁?\n[黎齄|PERSON]:处理器是[齄通|ORG]的第五代芯片。\n"
              "主持人:定价5499元起,和[齄米|ORG]15 Pro、[vivx|ORG] X200 Pro比有什么优势?\n"
              "[黎齄|PERSON]:同价位我们的影像和续航都是第一梯队。")
    assert {("齄通", "supplies", "齄米科技"), ("齄米科技", "compared_with", "齄米"),
            ("齄米科技", "compared_with", "vivx")} <= triples(marked)


def test_a_roundups_item_is_about_the_organisation_its_numbered_heading_opens_with():
    marked = ("# 本周融资速递\n## 1. [髀智机器人|ORG]完成3亿元B轮融资\n"
              "[髀智机器人|ORG]成立于2022年。本轮融资由[髀明创投|ORG]领投。创始人兼CEO[吕髀|PERSON]此前是[髀必选|ORG]的研发总监。\n"
              "## 2. [髀能储能|ORG]获得1.5亿元A轮投资\n[髀能储能|ORG]专注于储能系统。\n"
              "## 3. [髀味食品|ORG]完成天使轮融资\n[髀味食品|ORG]是一家预制菜品牌。")
    got = triples(marked)
    assert {("髀智机器人", "founder", "吕髀"), ("吕髀", "ceo_of", "髀智机器人")} <= got
    assert not any(p in ("founder", "ceo_of") and "髀明创投" in (s, o) for s, p, o in got)


def test_an_answer_on_where_inputs_come_from_names_the_suppliers_and_their_countries():
    marked = ("对话[骣美科技|ORG]董事长[郝骣|PERSON]\n问:原料从哪里采购?\n"
              "[郝骣|PERSON]:活性成分大部分是进口的,主要来自[德国|GPE][骣斯夫|ORG]和[法国|GPE]的[骣斯曼|ORG]。")
    assert {("骣斯夫", "supplies", "骣美科技"), ("骣斯曼", "supplies", "骣美科技"), ("骣斯夫", "located_in", "德国"),
            ("骣斯曼", "located_in", "法国")} <= triples(marked)


def test_a_letter_the_text_says_who_sent_speaks_for_the_senders_company():
    marked = ("以下为[鞬学科技|ORG]创始人兼CEO[符鞬|PERSON]发给全体员工的内部信全文:\n各位同学:\n"
              "今天我要和大家宣布一个决定。我们已与[鞬聘|ORG]、[鞬直聘|ORG]达成合作,为离职同事提供专场招聘会。")
    assert {("鞬学科技", "partners_with", "鞬聘"), ("鞬学科技", "partners_with", "鞬直聘")} <= triples(marked)


def test_an_earnings_call_names_part_suppliers_a_co_developer_and_rivals_asked_about():
    marked = ("# [龀微半导体|ORG]业绩说明会纪要\n主持人:欢迎参加[龀微半导体|ORG]业绩说明会。出席本次会议的有公司董事长[朱龀|PERSON]。\n"
              "分析师:零部件国产化进展如何?\n[朱龀|PERSON]:射频电源目前主要采购自[龀杰电气|ORG],真空泵则和[龀钟精机|ORG]合作开发。\n"
              "分析师:如何看待和[龀方华创|ORG]、[龀微公司|ORG]的竞争?\n[朱龀|PERSON]:它们都是非常优秀的同行。")
    assert {("龀杰电气", "supplies", "龀微半导体"), ("龀钟精机", "partners_with", "龀微半导体"),
            ("龀微半导体", "competitor_of", "龀方华创"), ("龀微半导体", "competitor_of", "龀微公司")} <= triples(marked)


def test_a_roasters_answers_name_customers_a_farm_partner_and_a_trader():
    marked = ("对话[馑豆咖啡|ORG]创始人[石馑|PERSON]\n记者:馑豆是做什么的?\n"
              "[石馑|PERSON]:我们是一家咖啡豆烘焙商。客户里比较大的有[Mannex|BRAND]、[Seesax|BRAND]。\n记者:生豆从哪里来?\n"
              "[石馑|PERSON]:[云南|GPE]的生豆占了一半,主要和[普洱|GPE]的[馑源咖啡庄园|ORG]合作;"
              "进口豆大部分来自[埃塞俄比亚|GPE]和[哥伦比亚|GPE],通过[新加坡|GPE]的贸易商[Olax|ORG]采购。")
    assert {("馑豆咖啡", "supplies", "Mannex"), ("馑豆咖啡", "supplies", "Seesax"), ("馑源咖啡庄园", "supplies", "馑豆咖啡"),
            ("Olax", "supplies", "馑豆咖啡"), ("Olax", "located_in", "新加坡")} <= triples(marked)


def test_an_answer_on_how_online_channels_are_run_names_the_platforms():
    marked = "问答|[龆家家居|ORG]创始人[孟龆|PERSON]\n问:线上渠道怎么做?\n答:主要在[龆猫|ORG]和[龆音|ORG],线上引流、线下成交。"
    assert {("龆家家居", "sells_on", "龆猫"), ("龆家家居", "sells_on", "龆音")} <= triples(marked)


def test_a_founders_answers_on_fish_a_round_without_by_peers_asked_about_by_name_and_a_partner_abroad():
    marked = ("对话[鸊记烤鱼|ORG]创始人[陈鸊|PERSON]:[鸊记烤鱼|ORG]的三年\n问:鱼从哪里来?\n"
              "[陈鸊|PERSON]:活鱼主要来自[湖北|GPE]的[鸊湖水产|ORG]。调料是自己做的,底料外包给了[鸑海国际|ORG]。\n"
              "问:这一轮融资是谁投的?\n[陈鸊|PERSON]:这一轮是[鸑华资本|ORG]领投,老股东[鸑麓资本|ORG]跟投。\n"
              "问:怎么看同行?比如[鸑鱼|BRAND]、[半天鸑|BRAND]。\n[陈鸊|PERSON]:[鸑鱼|BRAND]做得很早,[半天鸑|BRAND]在下沉市场很强。\n"
              "问:明年有什么计划?\n[陈鸊|PERSON]:明年去[新加坡|GPE]开店,和当地的餐饮集团[鸑盛集团|ORG]合作。")
    got = triples(marked)
    assert {("鸊湖水产", "supplies", "鸊记烤鱼"), ("鸊湖水产", "located_in", "湖北"), ("鸑海国际", "supplies", "鸊记烤鱼"),
            ("鸑华资本", "led_round", "鸊记烤鱼"), ("鸑华资本", "investor_in", "鸊记烤鱼"),
            ("鸑麓资本", "investor_in", "鸊记烤鱼"), ("鸊记烤鱼", "competitor_of", "鸑鱼"),
            ("鸊记烤鱼", "competitor_of", "半天鸑"), ("鸊记烤鱼", "partners_with", "鸑盛集团")} <= got
    # (the peers the question names as examples are what it asks about, not whose peers they are)
    assert not any(s == "鸑鱼" and p == "competitor_of" for s, p, o in got)


def test_peers_a_question_names_in_one_sentence_are_the_companys_rivals():
    marked = ("专访[鸊记烤鱼|ORG]创始人[陈鸊|PERSON]:[鸊记烤鱼|ORG]的三年\n问:怎么看同行,比如[鸑鱼|BRAND]、[半天鸑|BRAND]?\n"
              "[陈鸊|PERSON]:各有各的打法。")
    assert {("鸊记烤鱼", "competitor_of", "鸑鱼"), ("鸊记烤鱼", "competitor_of", "半天鸑")} <= triples(marked)


def test_a_shoe_brands_parts_makers_named_after_its_product_and_its_maker_in_a_later_clause():
    marked = ("[麚跑|BRAND]签约马拉松名将[何麚|PERSON]。[麚跑|BRAND]创立于2012年。"
              "飞麚4的中底材料由[陶氏麚学|ORG]提供,鞋面采用[东麚|ORG]的纤维,由[越南|GPE]的[鹿麚制鞋|ORG]代工。")
    assert {("陶氏麚学", "supplies", "麚跑"), ("东麚", "supplies", "麚跑"), ("鹿麚制鞋", "supplies", "麚跑"),
            ("鹿麚制鞋", "located_in", "越南")} <= triples(marked)


def test_a_note_on_a_guesthouse_names_what_it_uses_a_co_branded_line_and_the_owner_who_opened_it():
    marked = ("大理|住了三晚[黈隐|ORG]\n这次住的是洱海边的[黈隐|ORG],一晚1280。\n"
              "✨早餐:用的是[云南|GPE]本地的[黈山农场|ORG]的蔬菜和鸡蛋\n"
              "✨细节:洗护全套是[黈夏|BRAND]的,床品是和[水黈家纺|ORG]联名定制的\n"
              "听管家说老板是[上海|GPE]人[周黈|PERSON],之前在[万黈|ORG]做了十几年,2019年辞职来[大理|GPE]开了这家店。\n"
              "最爱[黈隐|ORG]了。")
    got = triples(marked)
    assert {("黈山农场", "supplies", "黈隐"), ("黈山农场", "located_in", "云南"), ("黈夏", "supplies", "黈隐"),
            ("黈隐", "partners_with", "水黈家纺"), ("黈隐", "founder", "周黈"), ("周黈", "works_for", "万黈")} <= got
    # (an owner who did not open it founded nothing)
    other = marked.replace("2019年辞职来[大理|GPE]开了这家店", "2019年辞职来[大理|GPE]接手经营")
    assert ("黈隐", "founder", "周黈") not in triples(other)


def test_a_judgments_parties_by_role_after_the_suit_names_them():
    marked = ("[鸅味餐饮管理有限公司|ORG]诉[鸅香食品有限公司|ORG]商标侵权纠纷一案宣判。"
              "被告成立于2019年,法定代表人为[张鸅|PERSON],其在[鸅音|ORG]和[美鸅|ORG]开设的店铺中大量使用该标识。"
              "原告的委托诉讼代理人为[广东鸅和律师事务所|ORG]律师[刘鸅|PERSON]。")
    got = triples(marked)
    assert {("张鸅", "works_for", "鸅香食品有限公司"), ("鸅香食品有限公司", "sells_on", "鸅音"),
            ("鸅香食品有限公司", "sells_on", "美鸅"), ("广东鸅和律师事务所", "supplies", "鸅味餐饮管理有限公司"),
            ("刘鸅", "works_for", "广东鸅和律师事务所")} <= got
    # (the legal representative named before 其在 is no seller)
    assert not any(s == "张鸅" and p == "sells_on" for s, p, o in got)


def test_a_founders_answers_on_channels_co_packers_and_the_round_its_lead_invested_in():
    marked = ("播客|[鸍鸍气泡茶|ORG]创始人[任鸍|PERSON]\n主持人:主要渠道是哪些?\n"
              "[任鸍|PERSON]:最早是便利店,[全鸍|ORG]和[罗鸍|ORG]是我们起家的渠道。今年开始进[山鸍|ORG]了,线上主要是[天鸍|ORG]。\n"
              "主持人:工厂呢?\n[任鸍|PERSON]:灌装主要交给了[统一鸍业|ORG]和[今鸍郎|ORG]。\n"
              "主持人:融资呢?\n[任鸍|PERSON]:去年完成了B轮,是[黑鸍资本|ORG]领投的。")
    assert {("鸍鸍气泡茶", "sells_on", x) for x in ("全鸍", "罗鸍", "山鸍", "天鸍")} | {
        ("统一鸍业", "supplies", "鸍鸍气泡茶"), ("今鸍郎", "supplies", "鸍鸍气泡茶"),
        ("黑鸍资本", "led_round", "鸍鸍气泡茶"), ("黑鸍资本", "investor_in", "鸍鸍气泡茶")} <= triples(marked)


def test_a_peer_compared_with_is_no_subject_of_the_next_comparison_nor_a_holder_after_为_the_company():
    got = triples("[鸛茶|BRAND]的客单价在12元左右,比[蜜鸛冰城|BRAND]高一点,比[喜鸛|BRAND]低不少。")
    assert ("鸛茶", "compared_with", "蜜鸛冰城") in got and ("蜜鸛冰城", "compared_with", "喜鸛") not in got
    got = triples("[禛鸜航空|ORG]成立于2009年,控股股东为[云南鸜投|ORG],持股比例为51%,[海鸜集团|ORG]持股20%。")
    assert ("云南鸜投", "shareholder_of", "禛鸜航空") in got and ("海鸜集团", "shareholder_of", "云南鸜投") not in got


def test_an_answer_names_the_largest_channel_stores_entered_and_the_maker_of_the_product():
    marked = ("专访[鷺声科技|ORG]创始人[谢鷺|PERSON]\n[鷺声科技|ORG]是一家做开放式耳机的[深圳|GPE]公司。\n问:海外主要卖在哪些渠道?\n"
              "[谢鷺|PERSON]:[亚鷺逊|ORG]是最大的渠道,差不多占一半。线下主要进了[百鷺买|ORG]和[Costcx|ORG]。\n"
              "问:供应链方面呢?\n[谢鷺|PERSON]:整机是[歌鷺股份|ORG]在做,电池来自[德鷺电池|ORG]。")
    assert {("鷺声科技", "sells_on", "亚鷺逊"), ("鷺声科技", "sells_on", "百鷺买"), ("鷺声科技", "sells_on", "Costcx"),
            ("歌鷺股份", "supplies", "鷺声科技"), ("鷺声科技", "located_in", "深圳")} <= triples(marked)


def test_we_resolves_to_the_speakers_organisation():
    marked = ("[小红书|ORG]创始人[曲芳|PERSON]接受了采访。\n"
              "[曲芳|PERSON]:我们在[上海|GPE]总部办公。\n[曲芳|PERSON]:我们总部位于[上海|GPE]。")
    got = triples(marked)
    assert ("小红书", "located_in", "上海") in got
    # without the tie between speaker and organisation, 我们 stays unresolved
    assert triples("[曲芳|PERSON]:我们总部位于[上海|GPE]。") == set()


def test_relation_predicates_are_known_to_vocab():
    for p in default_patterns().patterns:
        for rel, _, _ in p.emit:
            assert rel == "title" or rel in RELATIONS
    for t in default_patterns().titles:
        assert all(rel in RELATIONS for rel, _, _ in t.emit)


GOOD = {"kind": "pattern", "id": "p", "regex": "{ORG:org}创始人{PERSON:per}",
        "emit": [["founder", "org", "per"]], "confidence": 0.9}
BAD = {**GOOD, "id": "other"}  # a second, valid-but-for-one-field line


@pytest.mark.parametrize("line, reason", [
    ("{not json", "invalid JSON"),
    (json.dumps([1, 2]), "JSON object"),
    (json.dumps({**BAD, "emit": [["invented", "org", "per"]]}), "unknown relation"),
    (json.dumps({**BAD, "confidence": 1.5}), "confidence"),
    (json.dumps({**BAD, "confidence": "high"}), "confidence"),
    (json.dumps({**BAD, "emit": [["founder", "org", "boss"]]}), "slot 'boss'"),
    (json.dumps({**BAD, "regex": "{COMPANY:org}创始人{PERSON:per}"}), "placeholder type"),
    (json.dumps({**BAD, "regex": "{ORG:org}(创始人{PERSON:per}"}), "invalid relation pattern"),
    (json.dumps({**BAD, "id": ""}), "needs an id"),
    (json.dumps({**BAD, "kind": "rule"}), "unknown kind"),
    (json.dumps({"kind": "title", "zh": ["总裁"], "emit": [["ceo_of", "per", "company"]]}), "org and per"),
    (json.dumps({"kind": "ref", "id": "r", "regex": "他们", "types": ["THING"]}), "types"),
    (json.dumps({"kind": "ref", "id": "r", "regex": "(?=是)", "types": ["ORG"], "pick": "question"}), "a question"),
    (json.dumps({"kind": "ref", "id": "r", "regex": "(?=是)", "types": ["ORG"], "question": "哪些"}), "a question"),
    (json.dumps({**BAD, "via": {"boss": "ref-they"}}), "via must map"),
    (json.dumps({"kind": "former", "regex": "原$", "keep": ["boss_of"]}), "known relations"),
    (json.dumps({"kind": "former", "keep": ["founder"]}), "non-empty regex"),
])
def test_data_file_validation(tmp_path, line, reason):
    path = tmp_path / "relations.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_patterns(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:3: ") and reason in msg
    assert "\n" not in msg


def test_duplicate_pattern_id_is_rejected(tmp_path):
    path = tmp_path / "relations.jsonl"
    path.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r":2: .*duplicate id"):
        load_patterns(path)


def test_custom_pattern_file_is_used(tmp_path):
    path = tmp_path / "relations.jsonl"
    path.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n", encoding="utf-8")
    pats = load_patterns(path)
    a, me, ents = fixture("[星河科技|ORG]创始人[李明|PERSON]说。[李明|PERSON]创办了[云帆|ORG]。")
    got = [(ents[r.subject].label_zh, r.predicate, ents[r.object].label_zh)
           for r in extract_relations(a, me, ents, pats)]
    assert got == [("星河科技", "founder", "李明")]  # the shipped verb pattern is not in this file


def test_shipped_data_file_loads():
    pats = load_patterns()
    assert len(pats.patterns) >= 30 and pats.titles and pats.refs


def test_an_answering_role_speaks_for_the_interviewee_named_in_the_credit_line():
    marked = ("问:线上渠道主要在哪里?\n答:我们主要在[天猫|ORG]销售。\n"
              "(以上为[云栖家居|ORG]首席财务官[周楠|PERSON]的回答。)")
    assert triples(marked) >= {("云栖家居", "sells_on", "天猫"), ("周楠", "works_for", "云栖家居")}
    # with two people tied to organisations the role stays anonymous: 我们 reads nothing
    two = marked.replace("的回答。)", "的回答,[远浪科技|ORG]创始人[李青|PERSON]也在场。)")
    assert ("云栖家居", "sells_on", "天猫") not in triples(two)


def test_a_title_only_turn_label_holds_the_title_at_the_company_the_document_is_about():
    marked = ("[远岳物流|ORG]业绩电话会议实录\n首席执行官[王振远|PERSON]:各位好。[远岳物流|ORG]营收增长。\n"
              "首席财务官[Linda Chen|PERSON]:毛利率提升。")
    got = triples(marked)
    assert ("王振远", "ceo_of", "远岳物流") in got and ("Linda Chen", "works_for", "远岳物流") in got
    # no organisation the document is about (two named as often): no guess
    assert triples("[远岳物流|ORG]和[青禾物流|ORG]的电话会议\n首席执行官[王振远|PERSON]:各位好。") == set()


def test_a_name_and_its_alias_in_brackets_read_as_one():
    a, me, ents = fixture("[星岚中国|ORG]([Starlan China|ORG])今日宣布与[博岚投资|ORG]([Bolan Capital|ORG])正式完成合资交易。")
    for span, eid in list(me.items()):  # each alias is its name's entity, as parentheses make it
        if eid in ("e:Starlan China", "e:Bolan Capital"):
            me[span] = "e:星岚中国" if eid == "e:Starlan China" else "e:博岚投资"
    found = {(ents[r.subject].label_zh, r.predicate, ents[r.object].label_zh) for r in extract_relations(a, me, ents)}
    assert found == {("星岚中国", "partners_with", "博岚投资")}


def test_a_role_the_text_says_ends_is_a_past_one():
    found = triples("[鹭汀科技|ORG]公告称,公司首席财务官[罗鹭|PERSON]因个人原因辞去所任职务。"
                    "董事会同意聘任[魏汀|PERSON]为公司首席财务官。")
    assert ("魏汀", "works_for", "鹭汀科技") in found
    # (the one who resigned worked there, as one who held a post before did, and holds no post now)
    assert {(s, p, o) for s, p, o in found if s == "罗鹭"} == {("罗鹭", "works_for", "鹭汀科技")}
    found = triples("[汀岸集团|ORG]创始人兼董事长[韩汀|PERSON]已辞去董事长职务。")
    assert ("汀岸集团", "founder", "韩汀") in found and ("韩汀", "chairman_of", "汀岸集团") not in found
    found = triples("[韩汀|PERSON]辞去[汀岸集团|ORG]首席执行官职务。")
    assert ("韩汀", "ceo_of", "汀岸集团") not in found


def test_a_company_described_with_its_headquarters_a_listed_parent_and_a_department_head():
    assert ("青汀食品", "located_in", "成都") in triples("[青汀食品|ORG]则是一家总部在[四川|GPE][成都|GPE]的饮料企业。")
    assert ("恒汀地产", "subsidiary_of", "恒汀控股") in triples(
        "[恒汀地产|ORG]是港股上市公司[恒汀控股|ORG]的全资子公司。")
    assert ("孟汀", "works_for", "鹭汀饮品") in triples("[鹭汀饮品|ORG]法务总监[孟汀|PERSON]则称,公司将继续维权。")


def test_a_title_opening_a_sentence_holds_at_the_company_the_sentence_before_opens_with():
    found = triples("[檬岚|BRAND]与游戏公司[幻岚互娱|ORG]旗下手游推出联名活动。[檬岚|BRAND]创立于2017年,门店超过4200家。"
                    "创始人兼CEO[黎岚|PERSON]表示,联名很重要。[幻岚互娱|ORG]副总裁[钟岚|PERSON]透露,效果很好。")
    assert {("檬岚", "founder", "黎岚"), ("黎岚", "ceo_of", "檬岚"), ("檬岚", "partners_with", "幻岚互娱"),
            ("钟岚", "works_for", "幻岚互娱")} <= found
    # two organisations in the sentence before: no telling whose founder it is
    found = triples("[檬岚|BRAND]与[幻岚互娱|ORG]推出联名。[檬岚|BRAND]和[幻岚互娱|ORG]都很看好。创始人[黎岚|PERSON]表示,联名很重要。")
    assert not any(p == "founder" for _, p, _ in found)


def test_customers_a_company_names_and_the_company_a_holder_holds():
    assert {("锐岚光电", "supplies", "理想汽车"), ("锐岚光电", "supplies", "小鹏汽车")} <= triples(
        "[锐岚光电|ORG]的主要客户包括[理想汽车|ORG]、[小鹏汽车|ORG]等车企。")
    found = triples("[锐岚光电|ORG]成立于2015年,董事长为[许岚|PERSON]。上市前,[深岚投|ORG]持有公司8.2%的股份,为第三大股东。")
    assert ("深岚投", "shareholder_of", "锐岚光电") in found


def test_holders_named_in_later_clauses_a_priced_sponsorship_and_its_rivals_after_its_brands():
    found = triples("[远岚股份|ORG]主营船舶配件制造,控股股东为[帆岚投资|ORG],实际控制人为[聂岚川|PERSON]。")
    assert {("帆岚投资", "shareholder_of", "远岚股份"), ("聂岚川", "shareholder_of", "远岚股份")} <= found
    assert ("星岚", "sponsored_by", "凌岚") in triples(
        "[凌岚|BRAND]将以每年约3000万元的价格冠名赞助[星岚|ORG]旗下战队。")
    found = triples("资料显示,[岭岚食品|ORG]总部位于厦门,旗下拥有[鹭岭|BRAND]、[岚鲜|BRAND]两大品牌。"
                    "其主要竞争对手包括[良品铺子|ORG]、[三只松鼠|ORG]等。")
    assert {("岭岚食品", "competitor_of", "良品铺子"), ("岭岚食品", "competitor_of", "三只松鼠")} <= found
    assert not any(s == "鹭岭" and p == "competitor_of" for s, p, _ in found)


def test_listing_on_an_exchange_is_no_shop_and_a_holder_keeps_its_stake():
    found = triples("[鼎岚集团|ORG]旗下[鼎岚新能|ORG]将登陆[深交所|ORG]。[岚悦|BRAND]已入驻[天猫|ORG]。")
    assert ("岚悦", "sells_on", "天猫") in found
    assert not any(p == "sells_on" and o == "深交所" for _, p, o in found)
    assert ("鼎岚集团", "shareholder_of", "鼎岚新能") in triples(
        "分拆完成后,[鼎岚集团|ORG]仍将持有[鼎岚新能|ORG]约65%的股份,保持控股地位。")


def test_an_acquisition_completed_a_project_that_supplies_and_a_plant_that_is_no_headquarters():
    assert ("深岚智能", "subsidiary_of", "衡岚科技") in triples(
        "据知情人士透露,[衡岚科技|ORG]已完成对AI初创公司[深岚智能|ORG]的全资收购,交易金额未对外披露。")
    found = triples("动力电池企业[沃岚电池|ORG]位于[匈牙利|GPE][德布勒森|GPE]的生产基地举行奠基仪式。"
                    "该项目总投资约76亿元,预计2026年投产,建成后将为[宝马|ORG]、[奔驰|ORG]等[欧洲|LOC]车企供货。")
    assert {("沃岚电池", "supplies", "宝马"), ("沃岚电池", "supplies", "奔驰")} <= found
    assert not any(p == "located_in" for _, p, _ in found)


def test_a_board_elects_a_daughter_a_company_of_a_city_a_later_joiner_and_a_dated_lead():
    found = triples("[恒岚集团|ORG]公告,董事会选举其女儿[罗岚菲|PERSON]为新任董事长。")
    assert ("罗岚菲", "chairman_of", "恒岚集团") in found
    assert ("恒岚集团", "located_in", "绍兴") in triples("[恒岚集团|ORG]是[浙江|GPE][绍兴|GPE]的一家纺织企业。")
    assert ("罗岚菲", "works_for", "恒岚集团") in triples(
        "[罗岚菲|PERSON]今年38岁,毕业于[伦敦政治经济学院|ORG],2015年加入[恒岚集团|ORG],此前担任集团总裁。")
    assert ("鸿岚资本", "led_round", "鲜岚到家") in triples("据悉,[鸿岚资本|ORG]于2019年领投了[鲜岚到家|ORG]1.5亿元B轮融资。")


def test_the_company_a_family_holds_is_the_one_the_document_is_about():
    found = triples("[恒岚集团|ORG]公告,[罗岚山|PERSON]卸任[恒岚集团|ORG]董事长。公司员工超过1万人。"
                    "[罗岚菲|PERSON]毕业于[岚敦学院|ORG],2015年加入[恒岚集团|ORG]。[罗岚山|PERSON]家族合计持有公司约62%的股份。")
    assert ("罗岚山", "shareholder_of", "恒岚集团") in found
    assert ("罗岚山", "shareholder_of", "岚敦学院") not in found


def test_rivals_in_competition_a_supplier_by_you_and_a_founder_after_the_founding_year():
    assert ("安岚生物", "competitor_of", "诺和诺德") in triples(
        "此前,[安岚生物|ORG]已与跨国药企[诺和诺德|ORG]在减重领域展开竞争。")
    assert ("宁德时代", "supplies", "极岚汽车") in triples("据悉,[极岚汽车|ORG]的电池由[宁德时代|ORG]供应。")
    assert ("光合粒子", "founder", "贺岚宁") in triples(
        "[光合粒子|ORG]成立于2023年,由[清华大学|ORG]物理系教授[贺岚宁|PERSON]创立。")


def test_a_department_head_later_clause_investors_and_suppliers_and_a_venture_held_by_each():
    assert ("阮岚", "works_for", "影岚科技") in triples("[影岚科技|ORG]法务副总裁[阮岚|PERSON]表示,将维护知识产权。")
    found = triples("[星岚科技|ORG]成立于2019年,总部位于广州,已累计完成超过20亿元融资,投资方包括[广汽资本|ORG]、[高瓴创投|ORG]等。")
    assert {("广汽资本", "investor_in", "星岚科技"), ("高瓴创投", "investor_in", "星岚科技")} <= found
    found = triples("[鸿岚新材|ORG]总部位于江西南昌,是[宁德时代|ORG]和[比亚迪|ORG]的重要供应商。")
    assert {("鸿岚新材", "supplies", "宁德时代"), ("鸿岚新材", "supplies", "比亚迪")} <= found
    found = triples("[博晟家电|ORG]成立于2014年,由[博岚集团|ORG]与[海岚电器|ORG]各持股50%。")
    assert {("博岚集团", "shareholder_of", "博晟家电"), ("海岚电器", "shareholder_of", "博晟家电"),
            ("博岚集团", "partners_with", "海岚电器")} <= found
    assert ("邝岚", "works_for", "百度") in triples("[邝岚|PERSON]毕业于[上海交通大学|ORG],曾在[百度|ORG]Apollo工作6年。")


def test_quoted_list_items_a_holder_of_its_company_an_incubated_company_and_a_streamer_signed_with_an_agency():
    found = triples("[澄岚乳业|ORG]旗下拥有“[澄岚|BRAND]”和“[牧岚|BRAND]”两个品牌。")
    assert {("澄岚乳业", "has_brand", "澄岚"), ("澄岚乳业", "has_brand", "牧岚")} <= found
    assert ("腾讯", "shareholder_of", "星岚互娱") in triples(
        "[星岚互娱|ORG]第三季度营收增长41%。[星岚互娱|ORG]总部位于[上海|GPE],员工约4800人,[腾讯|ORG]持有其约12%的股份。")
    assert ("岚途出行", "subsidiary_of", "吉岚汽车集团") in triples("[岚途出行|ORG]由[吉岚汽车集团|ORG]孵化,目前注册司机超过18万人。")
    assert ("廖岚", "works_for", "岚橙文化") in triples("[廖岚|PERSON],拥有粉丝约860万,签约于MCN机构[岚橙文化|ORG]。")


def test_brands_after_one_read_as_an_organisation_are_still_brands():
    # (the brand named like its group is resolved into the group: an organisation opening the list)
    got = triples('[禾汐集团|ORG]旗下拥有"[禾汐|ORG]""[素川|BRAND]"两个面料品牌。')
    assert ("禾汐集团", "has_brand", "素川") in got


def test_a_form_states_relations_by_its_fields():
    marked = ("[岚州市公共资源交易中心|ORG]\n中标结果公告\n一、项目名称:智慧交通一期项目\n二、采购人:[岚州市交通运输局|ORG]\n"
              "三、中标供应商:[琸川信息技术股份有限公司|ORG]\n   地址:[浙江|GPE]省[杭州|GPE]市滨江区\n四、中标金额:8650万元")
    assert triples(marked) == {("琸川信息技术股份有限公司", "supplies", "岚州市交通运输局"),
                               ("琸川信息技术股份有限公司", "located_in", "杭州")}
    # two lots with two winners: which buyer goes with which is not read from the fields
    two = marked + "\n五、中标供应商:[汀岚科技有限公司|ORG]"
    assert ("琸川信息技术股份有限公司", "supplies", "岚州市交通运输局") not in triples(two)


def test_a_registry_record_states_holders_address_and_officers():
    marked = ("企业名称:[杭州岚玹科技有限公司|ORG]\n法定代表人:[沈岚|PERSON]\n注册地址:[浙江|GPE]省[杭州|GPE]市余杭区文一西路998号\n"
              "股东信息:\n[沈岚|PERSON] 持股比例 52%\n[昀岚投资|ORG] 持股比例 20%\n"
              "主要人员:[沈岚|PERSON](执行董事兼总经理)、[林岚|PERSON](监事)")
    assert triples(marked) == {("杭州岚玹科技有限公司", "located_in", "杭州"), ("沈岚", "shareholder_of", "杭州岚玹科技有限公司"),
                               ("昀岚投资", "shareholder_of", "杭州岚玹科技有限公司"), ("沈岚", "ceo_of", "杭州岚玹科技有限公司"),
                               ("沈岚", "works_for", "杭州岚玹科技有限公司"), ("林岚", "works_for", "杭州岚玹科技有限公司")}



def test_a_filings_lines_of_posts_give_their_holders_posts_at_the_filer():
    marked = ("[汀岚精密股份有限公司|ORG]关于董事会完成换届选举的公告\n"
              "[汀岚精密股份有限公司|ORG](以下简称\"公司\")于2026年12月2日召开股东大会。\n"
              "非独立董事:[闵岚|PERSON](董事长)、[晏岚|PERSON]\n独立董事:[桑岚|PERSON]\n总经理:[晏岚|PERSON]\n"
              "财务总监:[芮岚|PERSON]\n董事长:我们将继续推进[芮岚|PERSON]牵头的项目。")
    assert triples(marked) == {
        ("闵岚", "chairman_of", "汀岚精密股份有限公司"), ("闵岚", "works_for", "汀岚精密股份有限公司"),
        ("晏岚", "works_for", "汀岚精密股份有限公司"), ("晏岚", "ceo_of", "汀岚精密股份有限公司"),
        ("桑岚", "works_for", "汀岚精密股份有限公司"), ("芮岚", "works_for", "汀岚精密股份有限公司")}


def test_a_company_pages_sections_relate_their_items_to_the_company():
    marked = ("[北岚科技|ORG] - 关于我们\n\n公司简介\n[北岚科技(深圳)有限公司|ORG]成立于2019年。\n\n管理团队\n"
              "[柯岚|PERSON] | 创始人兼首席执行官\n[冀岚|PERSON] | 首席财务官\n\n投资方\n[红岚中国|ORG]、[启岚创投|ORG]\n\n"
              "合作伙伴\n[华岚云|BRAND]、[比岚迪|ORG]\n\n联系我们\n[刘岚|PERSON] 0755-8888xxxx")
    assert triples(marked) == {
        ("北岚科技", "founder", "柯岚"), ("柯岚", "ceo_of", "北岚科技"), ("冀岚", "works_for", "北岚科技"),
        ("红岚中国", "investor_in", "北岚科技"), ("启岚创投", "investor_in", "北岚科技"),
        ("北岚科技", "partners_with", "华岚云"), ("北岚科技", "partners_with", "比岚迪")}


def test_a_letters_we_is_the_company_of_the_writer_who_introduces_themself():
    marked = ("致用户的一封信\n各位用户:\n我是[禾岚咖啡|BRAND]的创始人[骆岚|PERSON]。过去一周的问题让大家失望了。\n"
              "我们已经将全部冷链配送交给[顺岚冷运|ORG]负责。\n[禾岚咖啡|BRAND]创始人 [骆岚|PERSON]")
    assert triples(marked) == {("禾岚咖啡", "founder", "骆岚"), ("顺岚冷运", "supplies", "禾岚咖啡")}
    # (no self-introduction: a report's 我们 is no one's)
    assert triples(marked.replace("我是", "这是")) == {("禾岚咖啡", "founder", "骆岚")}


def test_a_founder_who_worked_elsewhere_speaks_for_the_company_they_founded():
    marked = ("对话[栖岚|BRAND]创始人[岑岚舟|PERSON]\n问:听说你之前在[万岚|ORG]做了十年?\n"
              "[岑岚舟|PERSON]:对,我2009年加入[万岚|ORG],2019年出来创办了[栖岚|BRAND]。\n问:客源呢?\n"
              "[岑岚舟|PERSON]:我们的订单主要在[携程|ORG]上销售。")
    assert ("栖岚", "sells_on", "携程") in triples(marked)


def test_a_narrators_i_is_read_in_the_second_pass():
    marked = ("各位伙伴:\n我是[桐汐科技|ORG]的联合创始人[夏岚秋|PERSON]。\n2016年,我从[百度|ORG]离职,创办了[桐汐科技|ORG]。\n"
              "我持有的[桐汐科技|ORG]股份将继续保留。")
    got = triples(marked)
    assert {("桐汐科技", "cofounder", "夏岚秋"), ("夏岚秋", "works_for", "百度"),
            ("夏岚秋", "shareholder_of", "桐汐科技")} <= got


def test_a_list_of_holders_holds_the_company_the_headline_opens_with():
    marked = ("[琨汐股份|ORG]前十大股东一览\n截至9月30日,[琨汐股份|ORG]前十大股东如下:\n| 股东名称 | 持股数量(万股) | 持股比例 |\n"
              "| [霍汐明|PERSON] | 12480 | 31.2% |\n| [汀汐资产|ORG] | 3200 | 8.0% |\n| [诺汐创投|ORG] | 640 | 1.6% |\n"
              "报告期内,[诺汐创投|ORG]减持80万股,[汀汐资产|ORG]未变动。")
    got = triples(marked)
    assert {("霍汐明", "shareholder_of", "琨汐股份"), ("汀汐资产", "shareholder_of", "琨汐股份"),
            ("诺汐创投", "shareholder_of", "琨汐股份")} <= got


def test_markdown_markers_the_cleaner_dropped_do_not_split_a_pattern():
    from dataclasses import replace

    from extractor.records import Dropped

    a, me, ents = fixture("[珩禾宠物|ORG]**是一家总部位于**[南京|GPE]**的连锁宠物医疗集团。")
    plain = {(ents[r.subject].label_zh, r.predicate, ents[r.object].label_zh) for r in extract_relations(a, me, ents)}
    dropped = tuple(Dropped(m.start(), m.end(), "markup") for m in re.finditer(r"\*\*", a.document.text))
    a = replace(a, dropped=dropped)
    got = {(ents[r.subject].label_zh, r.predicate, ents[r.object].label_zh) for r in extract_relations(a, me, ents)}
    assert ("珩禾宠物", "located_in", "南京") in got and ("珩禾宠物", "located_in", "南京") not in plain


def test_a_listings_cards_say_their_fields_and_subjectless_sentences_of_the_organisation_heading_them():
    marked = ("本周值得关注的两家初创公司\n\n1. [缙光半导体|ORG]\n成立时间:2022年\n总部:[安徽|GPE]省[合肥|GPE]市\n"
              "创始人:[曹缙涛|PERSON],曾任[缙鑫存储|ORG]工艺总监\n最新进展:完成A轮融资,由[缙投创业|ORG]领投。\n\n"
              "2. [缙澜生物|ORG]\n总部:[苏州|GPE]\nCEO:[韦缙源|PERSON]\n最新进展:公司自主研发的抗体药物已授权给[缙星医药|ORG]。\n"
              "与[缙合光能|ORG]签署战略合作协议。")
    got = triples(marked)
    assert {("缙光半导体", "located_in", "合肥"), ("缙光半导体", "founder", "曹缙涛"), ("曹缙涛", "works_for", "缙鑫存储"),
            ("缙投创业", "led_round", "缙光半导体"), ("缙澜生物", "located_in", "苏州"), ("韦缙源", "ceo_of", "缙澜生物"),
            ("缙澜生物", "partners_with", "缙星医药")} <= got
    # (the line after the last card is no field: what it says has no subject the card gives)
    assert not any("缙合光能" in t and "缙澜生物" in t for t in got)
    assert not any(t[0] == "缙光半导体" and t[2] in ("缙星医药", "苏州") for t in got)


def test_a_filings_form_of_its_subsidiary_says_its_fields_of_that_company():
    marked = ("证券代码:688512 证券简称:濛芯微\n\n[濛芯微电子股份有限公司|ORG]关于控股子公司增资扩股的公告\n\n"
              "二、标的公司基本情况\n公司名称:[无锡濛微半导体有限公司|ORG]\n法定代表人:[章濛宁|PERSON]\n注册资本:5亿元人民币\n"
              "主要客户:[濛亚迪|ORG]、[汇濛技术|ORG]\n\n特此公告。\n\n[濛芯微电子股份有限公司|ORG]董事会\n")
    got = triples(marked)
    assert {("无锡濛微半导体有限公司", "supplies", "濛亚迪"), ("无锡濛微半导体有限公司", "supplies", "汇濛技术"),
            ("章濛宁", "works_for", "无锡濛微半导体有限公司")} <= got
    assert not any(t[0] == "濛芯微电子股份有限公司" or t[2] == "濛芯微电子股份有限公司" for t in got), got


def test_a_notice_signed_with_a_title_and_dated_speaks_for_the_signers_company():
    marked = ("关于部分批次产品召回的说明\n各位家长:\n我们已经将全部冷链配送交给[顺濛冷运|ORG]负责。\n"
              "[禾濛|BRAND]品牌创始人 [骆濛|PERSON]\n2026年12月5日")
    assert triples(marked) == {("禾濛", "founder", "骆濛"), ("顺濛冷运", "supplies", "禾濛")}
    # (no date under the signature: a report's last line, whose 我们 is no one's)
    assert triples(marked.rsplit("\n", 1)[0]) == {("禾濛", "founder", "骆濛")}


def test_the_company_in_a_roundups_later_item_is_the_one_that_announced_it():
    # (公司 in the sentence of a company that announced, X宣布,任命…为公司总裁: X, whoever the roundup names most)
    marked = ("一周人事变动:[鰳鰶科技|ORG]CFO离职\n\n[鰳鰶科技|ORG]12月2日公告称,公司首席财务官[吴鰶|PERSON]因个人原因辞去所任职务。"
              "[鰳鰶科技|ORG]董事会已聘任副总裁[郑鰶|PERSON]代行首席财务官职责。\n\n"
              "[鰵鰸汽车|ORG]宣布,任命[孙鰸|PERSON]为公司总裁,全面负责公司的销售工作。")
    got = triples(marked)
    assert {("吴鰶", "works_for", "鰳鰶科技"), ("孙鰸", "ceo_of", "鰵鰸汽车")} <= got
    assert not any(t[0] == "孙鰸" and t[2] == "鰳鰶科技" for t in got)


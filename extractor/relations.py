"""Relations from patterns over sentences, each with its evidence span and a confidence.

The knowledge lives in `data/relations.jsonl` (validated at load; a bad line raises ConfigError "file:line: reason"):

* `pattern` lines: a regex over one sentence in which every resolved mention has been replaced by a typed token,
  written with placeholders: `{ORG|BRAND:org}` (a mention of one of those types, captured as slot `org`),
  `{ORG:inv*}` (a list of such mentions joined by 、/和/与/及), `{PERSON}` (a mention, not captured), and the
  macros `{GAP}` (a non-mention character inside one clause), `{DESC}` (an optional description before a name:
  连锁餐饮品牌), `{WIDE}` (a character or mention inside one clause),
  `{SENT}` (a character or mention inside one sentence), `{PROSE}` (a non-mention character inside one sentence: clauses
  apart, nothing named between), `{TITLE}` (job titles joined by 兼/、, mapped by the `title` lines), `{OQ}`/`{CQ}` (open/close quotes),
  `{OWNER}` (a company that describes the name after it: 小米生态链企业).
  `emit` lists `[relation, subject slot, object slot]`; `unless` (a regex) drops a match containing it; a named group `stake` becomes the `stake` attribute;
  `"current": true` marks a pattern that says a role goes on (将继续担任), which a past role at the same organisation does not end;
  `"past": true` one that itself tells a past role (在X担任…), which a former marker elsewhere (X前员工Y) leaves standing;
  `"ends_role": true` one that says it ends (X首席财务官Y辞去所任职务): the role is past, as after a former marker,
  and the post becomes works_for, as one held before (曾任) does;
  `unless_object` (a regex) drops an object entity any of whose names it matches (登陆深交所 is no shop on a platform),
  `unless_subject` a subject entity so (a fund under its manager, X旗下的Y混合基金, is a product, no subsidiary);
  `via` ({slot: ref id}) counts a match only when the slot was read through that ref (an answer's elided subject
  that a question on channels stands for, not one a question on suppliers does);
  `list_sep` (a regex, placeholders allowed) replaces what stands between a list slot's items (A认购4000万美元,B认购…:
  each item's clause), and a list slot keeps only the mentions of its own types.
* `title` lines: job titles and the relations they imply between the `org` and `per` slots; an empty `emit` names a
  role at a work (导演, 制作人) that joins titles (创始人兼总导演) and implies nothing itself.
* `guard` lines: a regex (negation, hedge) that drops any match whose text, or the part of its clause before it,
  contains it, or an `after` regex that drops one the rest of whose clause opens with it (…"被Y收购"传闻); a
  pattern's `allow` lists the guard ids that do not apply to it (the hedge before a subsidiary named in a planned
  deal: 公司拟通过全资子公司X收购Y still makes X a subsidiary).
* `ref` lines: anaphors (他们, 该品牌, 我, 我们 …) and what they may point to; a relation read through one has
  its confidence multiplied by the line's `factor`. `speaker` refs resolve 我 → the turn's speaker and 我们 → the
  speaker's organisation (when the document ties the speaker to exactly one). `"pick": "main"` resolves to the
  organisation the document is about (mentioned more than once, at least twice as often as any other); `turns`
  limits a ref to the turns of some speaker labels (我们 in an answer after A: or 答: is the interviewee's company);
  `skip` and `only` (regexes over the antecedent's name) pass over names, or take only names (该行: a 银行);
  `after` takes only antecedents the text introduced after it (合资公司 → the X of 设立的合资公司"X");
  `opens_clause` marks a 其-like ref that opens a clause of its own after a comma (法定代表人为X,其在抖音…: no list
  with X) and, in a sentence another anaphor opens, goes on about that one (被告成立于2019年,…,其在…);
  `"pick": "question"` with a `question` regex reads a ref in the sentence that opens an answer as the first
  organisation the question before it names, when the question matches (问:X主要在哪些平台卖? / 答:主要是A和B: X).
* `former` lines: a marker right before the organisation (前, 原) makes a role a past one; only the relations in
  `keep` stay true of it (founder, co-founder), whether a title or another pattern named the role; with `becomes`
  (曾任, 此前担任) its other roles turn into that relation (a past CEO worked for the company) instead.
* `column` lines: a plain-text table column whose header matches `header` (所在城市) names `relation` between the
  row's first organisation and the entity of the row's cell (of one of `types`); the tables come from `tables.py`.
  With `"row": "document"` the cell's entity stands in `relation` to the organisation the document is about (股东名称);
  with `"cell": "title"` the cell holds the posts the row's person has there (职务 / 董事长、总经理: `"relation":
  "title"`), with `"cell": "value"` a number other than zero puts the row's person or organisation in `relation` to
  it (持股数量 / 2,150); with `"reverse": true` the cell's entity stands in `relation` to the row's organisation
  (所属公司 / 蜜雪集团 has_brand the row's brand).
* `fields` lines: a form written as `key: value` lines (a tender result: 采购人:X / 中标供应商:Y / 地址:…): the
  first entity of `subject_types` in the one field whose key matches `subject` stands in `relation` to the entity of
  `object_types` in the one field whose key matches `object` (its first, or with `"pick": "last"` its last: the
  city of an address, not its province, nor its district); with `subject_line` instead of `subject`, the first entity
  of every line that regex matches, before the match (a registry record's shareholder lines: 沈旻 持股比例 52%); with
  `"subjects": "all"` every entity of the subject field (交易对方:X、Y). A two-cell table row (| 标的公司 | X |) is a
  field too.
* `section` lines: a heading on a line of its own (a company page's 投资方, 合作伙伴, 管理团队) matching `heading`
  over lines that list entities of `types`, up to the first empty line: each stands in `relation` to the
  organisation the page is about (`item` says whether the entity is the subject or the object); `"relation":
  "title"` reads the title each person's line gives (柯晓澜 | 创始人兼首席执行官). The heading may also open its line,
  its items after a colon and cut by semicolons (公司出席人员:董事长 X;首席财务官 Y). `"about": "person"` makes the
  page's person the other side, its items organisations and the posts held there (主要经历 / 2010-2014年 腾讯 产品经理).
  `"address": true` takes only the first item, and of it the city (总部:四川省成都市武侯区,在北京设有研发中心: 成都).
  In a listing's card (`records.Card`: 1. X on a line, then 总部:… / 创始人:… lines) the page's organisation is the
  card's, and a field whose key is a post
  (创始人:Y) gives that post to the person it names first.
* `ref` lines may set `outside_clause`: what the ref's own clause names before it is passed over (X已完成对其…的收购,
  由X为其…: 其 is not X).

A filing's lines of posts (总经理:X; 独立董事:A、B; 非独立董事:X(董事长)) give their holders those posts at the
filer; a branch named by its organisation and a city (X银行上海分行) is part of it (subsidiary_of); more than half of
a company's shares, read by a pattern's `stake`, makes the holding company its parent.

Transcripts: the speaker whose turns are mostly questions interviewed the one who answers them.
Only pattern-backed relations are produced; one Relation per (subject, predicate, object) per document, the most
confident one, its confidence raised a little by every further independent evidence."""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .datafiles import read_jsonl
from .errors import ConfigError
from .gazetteer import DEFINED_NAME_WORDS, SELF_REFERENCE
from .prefilter import LiteralIndex, literals_of
from .records import (NARRATOR, LISTED_AT_AFTER, SAYS_AFTER, SOURCE_SHOWS, STOCK_CODE_AFTER, Analysis, Card, Entity, Evidence,
                      Mention, Relation, Sentence, announcer_of, card_at, company_behind, credited_person, filer_of,
                      is_roundup, item_head_at, most_mentioned, roundup_item_head, profile_cards, quotation_around, reported_filer_of,
                      the_group, titled_filer_of)
from .tables import LIST_MARK, find_tables, is_markdown_row
from .vocab import RELATIONS

DATA = resources.files("extractor") / "data"
TYPES = ("PERSON", "ORG", "BRAND", "GPE", "LOC")
SYMMETRIC = {"competitor_of", "partners_with"}
CLAUSE_END = set(",;。!?:\n")  # after per-character width folding (，→, ；→; ！→! ？→? ：→:)
TOK_OPEN, TOK_CLOSE = "\ue000", "\ue001"
MARKUP_CHARS = TOK_OPEN + TOK_CLOSE + "#ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # a masked entity: \ue000ORG#3\ue001
DONE_CLAUSE = re.compile(r"(?:并|且|也|还|目前|现|此前|日前|近日)?(?:已经|已)(?!计划|拟|准备|打算|决定)")
# a person's past post somewhere, right before the organisation (Y此前曾在|Z担任…)
CAREER_BEFORE = re.compile(r"(?:此前|之前|早年|曾经|先后|也)?(?:曾|曾经)?(?:在|于|就职于|任职于|供职于)$")
# what may stand between a clause break (or the sentence start) and the subject that opens the clause: time words
CLAUSE_OPENING = re.compile(r"(?:^|[,，;；:：])\s*(?:\d{4}年|\d{1,2}月|\d{1,2}日|目前|如今|此前|随后|同时|今年|去年|近日|日前|"
                            r"其中|此外|另外|而|但|未来|今后|明年|下半年|接下来|下一步)*[,，]?\s*[“\"「『]?$")
# a founder's title right before the person (…,创始人Z继续担任总经理)
_FOUNDER_BEFORE = re.compile(r"(?:[,，]|^)(?:其|公司)?(?:联合创始人|创始人|创办人)$")
# (an item may be described first: 充电品牌Anker和智能家居品牌eufy, 新药"A"和降糖药"B")
# (an item may carry a description: A和B品牌; or a holder's standing: 小米战投和老股东顺为资本跟投)
# (…or the kind of seller it is, after its country too: 宜家和美国家居电商Wayfair)
LIST_ITEM_KIND = r"[\u4e00-\u9fff]{1,6}?(?:品牌|药|药物|产品|电商|零售商)"
PLACED_FIRM_KIND = r"[\u4e00-\u9fff]{0,4}?(?:企业|公司|集团|巨头)"
LIST_SEP = rf"(?:、|和|与|及|以及|,|&|/|还有)(?:{LIST_ITEM_KIND}|老股东|原股东|现有股东|新股东)?"
# a bracket after a name that gives its other name (博裕投资(Boyu Capital), X股份有限公司(下称"X"))
# a filing's name for itself defined after its registered name, X股份有限公司(以下简称"公司"): no name of its own, read
# past as a stock code is (X(以下简称"公司")控股子公司Y: X's subsidiary)
SELF_DEFINED_AFTER = re.compile(rf"\s?[(（](?:{DEFINED_NAME_WORDS})[:：]?[“\"「]{SELF_REFERENCE}[”\"」][)）]")
ALIAS_OPEN = re.compile(rf"\s?[(（]\s*(?:{DEFINED_NAME_WORDS}|英文名?称?|又名|原名)?[:：]?\s*[“\"「]?")
ALIAS_CLOSE = re.compile(r"[”\"」]?\s*[)）]")
NOT_AFFILIATE = r"(?!的?(?:关联公司|关联方|关联企业|关联机构))"
LIST_ALIAS = r"(?:\([^()]{1,40}\))?"  # an item of a list may carry its alias in brackets: 始祖鸟(Arc'teryx)、萨洛蒙…
# …or a model's code after its maker's name (理想L6和问界M7)
LIST_MODEL = r"(?:[A-Z]{1,3}\d{1,3}[A-Za-z]?(?:\s?(?:Pro|Max|Ultra|Plus|mini))?(?![A-Za-z0-9]))?"
LIST_QUOTE_OPEN, LIST_QUOTE_CLOSE = "[“\"「『]?", "[”\"」』]?"  # …or stand in quotes: 旗下拥有"澄源"和"牧语"两个品牌
LIST_QUOTES_MEET = "(?<=[”\"」』])(?=[“\"「『])"  # …quoted items need no separator: 旗下拥有"禾森""素纶"两个品牌
# …or be named as another's (红杉中国、高瓴创投和上汽集团旗下的尚颀资本): the owner is no item of the list
LIST_OWNER = f"(?:{TOK_OPEN}[A-Z]+#\\d+{TOK_CLOSE}(?:(?:旗下|下属)(?:的)?|的(?:母公司|控股股东|大股东)))?"
# (…or by their tie to the one before: 由A和其妻子B创立)
PERSON_ROLE = (r"(?:[\u4e00-\u9fff]{0,6}?(?:运动员|选手|演员|歌手|冠军|明星|艺人|主持人|博主|主播|球员|队员)"
               r"|(?<=[和与及])其?(?:妻子|丈夫|太太|夫人|爱人|弟弟|哥哥|姐姐|妹妹))")
# names a question gives as examples (怎么看同行?比如A、B。): what it asks about, not whom it asks it of
QUESTION_EXAMPLES = re.compile(r"(?:比如|例如|譬如|像是|诸如|特别是|尤其是)")
# the spaces after a turn's label and its colon (**X:** 去年…: the Markdown marks the cleaner dropped may stand between)
TURN_LABEL_GAP = re.compile(r"[^\s:：,，。]{1,24}[:：]\**([ \t]+)")
# a sentence's lead-in before its subject, naming no one (股权结构方面, 招股书显示, 截至三季度末)
LEAD_IN = re.compile(r"[^,;:。\n]{1,10}[,:]")
# a sentence's opening organisation and then its shares (X的其余40%股权, X的股份)
OWN_SHARES_AFTER = re.compile(r"的[^,;。]{0,6}?(?:股权|股份)")
# an interview's headline opening before the interviewee's organisation (专访X创始人Y, 【对话】X…)
# (a podcast's or a column's name and episode may come first: 创业内幕第112期|对话X创始人Y)
INTERVIEW_OPENING = (r"(?:[^\n|丨｜:：]{1,16}?(?:第\d+期|EP\s?\d+|Vol\.?\s?\d+)\s?[|丨｜:：]\s?)?"
                     r"[【\[(（]?(?:独家)?(?:对话|专访|访谈|对谈|播客文字稿|文字稿|播客)[】\])）|丨]?\s?")
INTERVIEW_LEAD = re.compile(INTERVIEW_OPENING)
# what a headline may say of its company before naming it (AI大模型公司X完成…融资)
HEADLINE_DESCRIPTION = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,10}?(?:公司|企业|集团|品牌|厂商|平台|独角兽|创企|新势力|车企|药企|房企)")
# an answering turn whose speaker says who they are (答:我叫X)
SELF_NAMED = re.compile(r"\s*[^:：\n]{1,8}[:：]\s*(?:我叫|我是|本人是?)")
# a company and its announcement, whose 公司 it is (X近日发布公告,…聘任Y为公司总裁)
ANNOUNCES_AFTER = re.compile(r"(?:近日|日前|今日|昨日|当天|晚间)?(?:(?:发布|发出|披露)?公告(?:称|显示)?|宣布),")
# …and a company filing to list, whose sponsors the same sentence names (X向港交所递交上市申请,A和B担任联席保荐人)
FILES_TO_LIST_AFTER = re.compile(r"(?:[^,;。向]{0,8}?(?:向|于|在)[^,;。]{1,10}?|[^,;。]{0,6}?正式)(?:递交|提交|递表)(?:了)?"
                                 r"[^,;。]{0,6}?(?:上市申请|招股书|招股说明书|IPO申请)(?:书)?(?:[,;]|$)")
# a news source's tag before the story (【36氪获悉】, 据X获悉,)
SOURCE_TAG = re.compile(r"(?:记者)?(?:独家)?(?:获悉|讯|消息)[】\])）]")
# …or a line opening with the source and a bar (36氪首发|X完成融资)
SOURCE_BAR = re.compile(r"(?:首发|独家|快讯|获悉|消息|讯)\s?[|｜丨]")
LIST_OWNER_RE = re.compile(f"{TOK_OPEN}[A-Z]+#\\d+{TOK_CLOSE}(?:(?:旗下|下属)(?:的)?|的(?:母公司|控股股东|大股东))")
BRACKETED = re.compile(r"\([^()]*\)")
HONORIFICS = ("先生", "女士", "本人")
# the first person plural: in a quotation, the organisation of the person it is credited to; in a speaker's turn,
# the speaker's organisation
WE = re.compile(r"我们|我司")
# a verb of saying that opens reported speech (X表示,…)
SAYS = re.compile(r"(?:表示|称|透露|介绍|指出|认为)[,:：]")
MACROS = {
    "GAP": f"[^,;。!?:\\n{TOK_OPEN}{TOK_CLOSE}]",
    "WIDE": f"(?:[^,;。!?:\\n{TOK_OPEN}{TOK_CLOSE}]|{TOK_OPEN}[A-Z]+#\\d+{TOK_CLOSE})",
    "SENT": f"(?:[^;。!?\\n{TOK_OPEN}{TOK_CLOSE}]|{TOK_OPEN}[A-Z]+#\\d+{TOK_CLOSE})",
    "PROSE": f"[^;。!?\\n{TOK_OPEN}{TOK_CLOSE}]",
    # an optional description of what the next name is (连锁餐饮品牌|X, 新能源车企|Y)
    "DESC": "(?:[\u4e00-\u9fff]{0,6}?(?:品牌|企业|公司|集团|平台|超市|商超|厂商|车企|药企|银行|机构|连锁|巨头|龙头|运营商|服务商|卖家|商家)(?:的)?)?",
    # a post held (an executive's or a partner's) where a pattern says only that it was held, not which title's
    # relations it gives (X此前担任Y首席运营官: works_for)
    "POST": "(?:首席[\u4e00-\u9fff]{2,3}官|执行总裁|高级副总裁|副总裁|总裁|副总经理|总经理|副董事长|董事长|董事|合伙人|总监|负责人|CEO|COO|CFO|"
            "CTO|高管)",
    "OQ": "[“\"「『‘']",
    "CQ": "[”\"」』’']",
}
# macros that hold names themselves, expanded before the names are: `{OWNER}` (a company a name is described by,
# X生态链企业 / X投资的企业, before the name: 加入小米生态链企业|石头科技 joins 石头科技; not X旗下的, whose unit may
# be a team: 加入字节跳动旗下的Seed团队 joins 字节跳动)
NAMED_MACROS = {"OWNER": "(?:{ORG|BRAND}(?:生态链|投资的|孵化的|系)(?:的)?(?:企业|公司|品牌))"}
NAMED_MACRO = re.compile(r"\{(" + "|".join(NAMED_MACROS) + r")\}")
PLACEHOLDER = re.compile(r"\{([A-Z][A-Z|]*)(?::([a-z][a-z0-9_]*)(\*)?)?\}")
TOKEN = re.compile(f"{TOK_OPEN}([A-Z]+)#(\\d+){TOK_CLOSE}")
ANSWER_ROLES = {"答", "A", "嘉宾"}  # transcript roles that answer for the interviewee
ASKING_ROLES = {"问", "Q", "记者", "主持人"}  # …and the roles that ask
ANONYMOUS_SPEAKER = "anonymous:"  # the stand-in person id of an answering role no one in the text is named as
EVIDENCE_BOOST = 0.03  # per further evidence of the same fact
MAX_CONFIDENCE = 0.98


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern
    emit: tuple[tuple[str, str, str], ...]  # (relation, subject slot, object slot); relation "title" → title table
    slots: frozenset[str]
    list_slots: frozenset[str]
    confidence: float
    unless: re.Pattern | None = None  # a match whose text contains this is dropped (per-pattern guard)
    # the text says the role goes on now (将继续担任, 留任): a role at the same organisation the text calls past
    # (原行长X) does not end it
    current: bool = False
    ends_role: bool = False  # the text says the role ends (辞去, 卸任): what a past role keeps, and works_for
    unless_object: re.Pattern | None = None  # an object entity whose name or alias this matches is no object
    # the types each list slot takes ((slot, type, …) rows): a list whose separator holds other mentions (list_sep)
    # keeps only its items
    list_types: tuple[tuple[str, ...], ...] = ()
    # guards (by id) that do not apply: a hedge before a structural relation (公司拟通过全资子公司X收购…: X is a
    # subsidiary whatever the deal plans)
    allow: frozenset[str] = frozenset()
    # the pattern itself tells a past role (在X担任…, 2016年至2021年): a former marker elsewhere (X前员工Y) does not drop it
    past: bool = False
    # a subject entity whose name or alias this matches is no subject (a fund under its manager is its product)
    unless_subject: re.Pattern | None = None
    # strings of which every match holds one (prefilter.literals_of): a sentence with none is not searched
    literals: tuple[str, ...] = ()
    # (slot, ref id) pairs: the slot counts only when read through that ref (an answer's elided subject that a
    # question on channels stands for is no supplier's customer)
    via: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]
    emit: tuple[tuple[str, str, str], ...]
    weight: float


@dataclass(frozen=True)
class Ref:
    id: str
    regex: re.Pattern
    types: tuple[str, ...]  # antecedent types, most preferred first
    window: int  # sentences back to look for an antecedent
    factor: float
    speaker: str = ""  # "person" (我 → the speaker) or "org" (我们 → the speaker's organisation)
    pick: str = "last"  # "last": the most recent antecedent of the most preferred type; "first": the earliest;
    # "main": the organisation the whole document is about (a title-only turn label: 首席执行官王振宇:); "topic": the
    # earliest of the ref's own sentence when it names one (X成立于2001年,董事长Y持有公司21%: X), else "first";
    # "opening": the first of the ref's own sentence that opens a clause (X成立于…,在上海: X; 他离开X,在…: none);
    # "last_opening": the last one before the ref that opens a clause (A发布公告,B中标其项目,将为A供应…: B);
    # "main_or_last": the organisation the document is about when one stands out (本公司 in a filing), else "last";
    # "main_or_previous": else the one organisation the sentence before is about, when it opens it (X创立于2017年,…。
    # 创始人Y表示: X); "main_or_topic": the organisation the document is about when one stands out, else "topic";
    # "main_or_first": …else "first"; "document": the first of the whole document, whatever the window (发行人 in an
    # inquiry reply: the issuer its title names); "pair": both of the two the sentence before names, read as "A与B"
    # (…X将持有Y 18%的股份。双方还将…合作: X and Y), none when it names another number of them; "main_or_headline":
    # the organisation the document is about, else the one its first line opens with (a news story's subject named
    # in its headline, though not twice as often as the company behind it); "item": the name heading the list item
    # whose line holds the ref (3.乐芙晞:今年最大的惊喜!上海品牌…: 乐芙晞), else none; "next_speaker": the one
    # organisation where the person speaking next in the sentence holds a post (谈到竞争,X坦言,…: X's company);
    # "previous_or_headline": the one the sentence before opens with (X成立于2006年…。其控股股东Y…: X), else the one
    # the document is about or its headline opens with (…团队约120人。其推出的产品…: the headline's company)
    turns: tuple[str, ...] = ()  # only in the turns of these speaker labels (A:, 答: the interviewee's answers)
    skip: re.Pattern | None = None  # antecedents whose name this matches are passed over (该公司: no 监管局)
    only: re.Pattern | None = None  # …and the only ones taken, when set (俱乐部: a name ending in 俱乐部)
    # antecedents followed by this are passed over (X持股比例为11.2%,是公司第一大股东: X holds, it is not the company)
    not_before: re.Pattern | None = None
    # …and only antecedents followed by this are taken, when set (参与竞标的还有A、B: the one that 中标)
    before: re.Pattern | None = None
    # what the ref's own clause names before it is passed over (X已完成对其70%股权的收购, 由X为其…: 其 is not X)
    outside_clause: bool = False
    # …and only antecedents the text introduces so, when set: what stands right before them ends with this
    # (合资公司 → the name written after 合资公司 earlier: 设立的合资公司"X")
    after: re.Pattern | None = None
    # the organisation where the person named right before the ref already holds a post, when the text gives one
    # (创始人Y … Y继续担任总经理: Y's company, not the buyer the sentence opens with); else the pick
    holder_post: bool = False
    literals: tuple[str, ...] = ()  # strings of which every match holds one (prefilter.literals_of)
    # with pick "question": only in the sentence that opens an answer to a question this matches, whose first name of
    # the ref's types the ref stands for (问:X的外卖主要在哪些平台? / 邬X:主要是美团和饿了么: X)
    question: re.Pattern | None = None
    # a zero-width ref for a subject left out right before the names its clause lists (…同步上架,美团、饿了么都能点)
    before_names: bool = False
    # 其-like: after a comma it opens a clause of its own, no item of a list before it (法定代表人为X,其在抖音…); in a
    # sentence another anaphor opens, with no name of its types, it goes on about that one (被告成立于…,其在…)
    opens_clause: bool = False


@dataclass(frozen=True)
class Section:
    """A heading on a line of its own (投资方, 合作伙伴, 管理团队) over lines that list entities of `types`: each stands
    in `relation` to the organisation the page is about (its subject "item", its object "org", or the other way
    round); `relation` "title" reads each item's title on its line (柯晓澜 | 创始人兼首席执行官)."""
    id: str
    heading: re.Pattern
    relation: str
    item_is_subject: bool
    types: tuple[str, ...]
    confidence: float
    # whom the page is about: "organisation", or "person" (a profile's 主要经历: its items are organisations the
    # person worked at, with the titles held there)
    about: str = "organisation"
    # an address: only the first item, and in it the city (总部:四川省成都市武侯区,在北京设有研发中心: 成都)
    address: bool = False


@dataclass(frozen=True)
class Column:
    """A table column whose header matches `header` (所在城市): the row's organisation stands in `relation` to the
    entity of its cell (an entity of one of `types`). `of_document`: the cell's entity stands in `relation` to the
    organisation the document is about instead (a list of holders: 股东名称 / 霍启明 → shareholder_of the company)."""
    id: str
    header: re.Pattern
    relation: str
    types: tuple[str, ...]
    confidence: float
    of_document: bool = False
    # what a cell holds: "entity" (the default: the cell names the entity), "title" (posts the row's person holds at
    # the document's organisation: 职务 / 董事长、总经理) or "value" (a number that puts the row's person or
    # organisation in `relation` to the document's organisation: 持股数量 / 2,150)
    cell: str = "entity"
    # the cell's entity stands in `relation` to the row's organisation instead (所属公司 / 蜜雪集团: its brand)
    reverse: bool = False


@dataclass(frozen=True)
class FieldPair:
    """Two fields of a form (`key: value` lines) whose entities stand in `relation` (中标供应商 supplies 采购人)."""
    id: str
    subject: re.Pattern
    object: re.Pattern
    relation: str
    subject_types: tuple[str, ...]
    object_types: tuple[str, ...]
    pick_last: bool
    confidence: float
    # instead of a subject field: every line this matches is a subject, its first entity before the match (the
    # shareholder lines of a registry record: 沈旻 持股比例 52%)
    subject_line: re.Pattern | None = None
    # every entity of the subject field, not only its first (交易对方:X、Y: both sell)
    every_subject: bool = False


@dataclass
class RelationPatterns:
    patterns: list[Pattern] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    guards: list[tuple[str, re.Pattern]] = field(default_factory=list)  # (id, regex): a match containing it drops
    # (id, regex): a match the rest of whose clause opens with it drops (…"X将被Y收购"系不实信息, "被Y收购"传闻)
    guards_after: list[tuple[str, re.Pattern]] = field(default_factory=list)
    title_words: dict[str, Title] = field(default_factory=dict)
    # "former" markers right before a title's organisation (原字节跳动副总裁): only the relations that stay true
    # of a past role (founder …) are kept
    former: list[tuple[re.Pattern, frozenset[str], str]] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    fields: list[FieldPair] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    _indices: dict = field(default_factory=dict, repr=False, compare=False)

    def candidates(self, text: str) -> list[Pattern]:
        """The patterns, in table order, whose required literals the text holds: the only ones that can match."""
        return self._candidates(self.patterns, text)

    def ref_candidates(self, text: str) -> list[Ref]:
        """The refs, in table order, whose required literals the text holds."""
        return self._candidates(self.refs, text)

    def _candidates(self, items: list, text: str) -> list:
        # (each index is built on first use, and again if its list grew since)
        index = self._indices.get(id(items))
        if index is None or index.size != len(items):
            index = self._indices[id(items)] = LiteralIndex([x.literals for x in items])
        return [items[i] for i in index.candidates(text)]


# ---------------------------------------------------------------------------------------------------- loading

def load_patterns(path: str | Path | None = None) -> RelationPatterns:
    src = Path(path) if path else Path(str(DATA / "relations.jsonl"))
    out = RelationPatterns()
    raw_patterns: list[tuple[int, dict]] = []
    seen: set[str] = set()
    for lineno, row in read_jsonl(src):
        try:
            kind = row.get("kind", "pattern")
            if kind == "title":
                title = _title(row)
                out.titles.append(title)
                for w in title.words:
                    if w in out.title_words:
                        raise ValueError(f"title {w!r} defined twice")
                    out.title_words[w] = title
            elif kind == "ref":
                out.refs.append(_ref(row, seen))
            elif kind == "guard":
                if not any(isinstance(row.get(k), str) and row[k] for k in ("regex", "after")):
                    raise ValueError("a guard needs a non-empty regex or after")
                if row.get("regex"):
                    out.guards.append((str(row.get("id") or ""), re.compile(row["regex"])))
                if row.get("after"):
                    out.guards_after.append((str(row.get("id") or ""), re.compile(row["after"])))
            elif kind == "former":
                if not isinstance(row.get("regex"), str) or not row["regex"]:
                    raise ValueError("a former marker needs a non-empty regex")
                keep = row.get("keep", [])
                if not isinstance(keep, list) or any(r not in RELATIONS for r in keep):
                    raise ValueError("keep must list known relations (see vocab.RELATIONS)")
                becomes = row.get("becomes", "")
                if becomes and becomes not in RELATIONS:
                    raise ValueError("becomes must name a known relation (see vocab.RELATIONS)")
                out.former.append((re.compile(row["regex"]), frozenset(keep), becomes))
            elif kind == "column":
                cell = row.get("cell", "entity")
                if cell not in ("entity", "title", "value"):
                    raise ValueError("cell must be 'entity', 'title' or 'value'")
                if row.get("relation") not in RELATIONS and not (cell == "title" and row.get("relation") == "title"):
                    raise ValueError("relation must be a known relation (see vocab.RELATIONS), or 'title' for posts")
                if row.get("row", "organisation") not in ("organisation", "document"):
                    raise ValueError("row must be 'organisation' or 'document'")
                if cell != "entity" and row.get("row") != "document":
                    raise ValueError("a column of posts or values needs \"row\": \"document\"")
                if not isinstance(row.get("reverse", False), bool):
                    raise ValueError("reverse must be true or false")
                out.columns.append(Column(str(row["id"]), re.compile(row["header"]), row["relation"],
                                          tuple(row["types"]), _confidence(row), row.get("row") == "document", cell,
                                          row.get("reverse", False)))
            elif kind == "section":
                if row.get("relation") not in RELATIONS and row.get("relation") != "title":
                    raise ValueError("relation must be 'title' or a known relation (see vocab.RELATIONS)")
                if row.get("item", "subject") not in ("subject", "object"):
                    raise ValueError("item must be 'subject' or 'object'")
                if row.get("about", "organisation") not in ("organisation", "person"):
                    raise ValueError("about must be 'organisation' or 'person'")
                out.sections.append(Section(str(row["id"]), re.compile(row["heading"]), row["relation"],
                                            row.get("item", "subject") == "subject", tuple(row["types"]),
                                            _confidence(row), row.get("about", "organisation"),
                                            bool(row.get("address", False))))
            elif kind == "fields":
                if row.get("relation") not in RELATIONS:
                    raise ValueError("relation must be a known relation (see vocab.RELATIONS)")
                out.fields.append(FieldPair(str(row["id"]), re.compile(row.get("subject", "(?!)")),
                                            re.compile(row["object"]), row["relation"],
                                            tuple(row["subject_types"]), tuple(row["object_types"]),
                                            row.get("pick", "first") == "last", _confidence(row),
                                            re.compile(row["subject_line"]) if row.get("subject_line") else None,
                                            row.get("subjects", "first") == "all"))
            elif kind == "pattern":
                rid = str(row.get("id") or "")
                if not rid:
                    raise ValueError("needs an id")
                if rid in seen:
                    raise ValueError(f"duplicate id {rid!r}")
                seen.add(rid)
                raw_patterns.append((lineno, row))
            else:
                raise ValueError(f"unknown kind {kind!r} (pattern, title, ref, guard, former, column or fields)")
        except (ValueError, KeyError, TypeError, re.error) as exc:
            raise ConfigError(f"{src}:{lineno}: invalid relation pattern ({exc})") from None
    titles_re = "|".join(re.escape(w) for w in sorted(out.title_words, key=len, reverse=True))
    for lineno, row in raw_patterns:
        try:
            out.patterns.append(_pattern(row, titles_re))
        except (ValueError, KeyError, TypeError, re.error) as exc:
            raise ConfigError(f"{src}:{lineno}: invalid relation pattern ({exc})") from None
    return out


@lru_cache(maxsize=None)
def default_patterns() -> RelationPatterns:
    return load_patterns()


def _confidence(row: dict, key: str = "confidence", default: float | None = None) -> float:
    value = row.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise ValueError(f"{key} must be a number in [0, 1]")
    return float(value)


def _emits(row: dict) -> tuple[tuple[str, str, str], ...]:
    emit = row["emit"]
    if not isinstance(emit, list) or not emit:
        raise ValueError("emit must be a non-empty list of [relation, subject slot, object slot]")
    out = []
    for e in emit:
        if not (isinstance(e, list) and len(e) == 3 and all(isinstance(x, str) for x in e)):
            raise ValueError("each emit must be [relation, subject slot, object slot]")
        if e[0] not in RELATIONS and e[0] != "title":
            raise ValueError(f"unknown relation {e[0]!r} (see vocab.RELATIONS)")
        # (one list slot of a symmetric relation for both: its items stand in it with each other, A、B、C三强)
        if e[1] == e[2] and not (e[0] in SYMMETRIC and re.search(rf":{re.escape(e[1])}\*}}", row.get("regex", ""))):
            raise ValueError("subject and object slot must differ, unless both are one list slot of a symmetric relation")
        out.append((e[0], e[1], e[2]))
    return tuple(out)


def _title(row: dict) -> Title:
    words = row["zh"]
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
        raise ValueError("zh must be a non-empty list of titles")
    # (an empty emit: a role at a work rather than at an organisation, 导演, which still joins titles: 创始人兼总导演)
    emit = () if row.get("emit") == [] else _emits(row)
    for rel, s, o in emit:
        if rel == "title" or {s, o} != {"org", "per"}:
            raise ValueError("a title emits relations between the slots org and per")
    return Title(tuple(words), emit, _confidence(row, "weight", 1.0))


def _ref(row: dict, seen: set[str]) -> Ref:
    rid = str(row.get("id") or "")
    if not rid or rid in seen:
        raise ValueError("needs a unique id")
    seen.add(rid)
    speaker = row.get("speaker", "")
    if speaker not in ("", "person", "org"):
        raise ValueError("speaker must be 'person' or 'org'")
    types = tuple(row.get("types") or ())
    if not speaker and (not types or any(t not in TYPES for t in types)):
        raise ValueError(f"types must be a non-empty list of {', '.join(TYPES)}")
    window = row.get("window", 2)
    if not isinstance(window, int) or not 0 <= window <= 5:
        raise ValueError("window must be an integer in 0..5")
    pick = row.get("pick", "last")
    if pick not in ("first", "last", "main", "topic", "opening", "last_opening", "main_or_last", "main_or_previous",
                    "main_or_topic", "main_or_first", "document", "pair", "filer", "main_or_headline", "item",
                    "next_speaker", "previous_or_headline", "question"):
        raise ValueError("pick must be 'first', 'last', 'main', 'topic', 'opening', 'last_opening', 'main_or_last', "
                         "'main_or_previous', 'main_or_topic', 'main_or_first', 'document', 'pair', 'filer', "
                         "'main_or_headline', 'item', 'next_speaker', 'previous_or_headline' or 'question'")
    turns = row.get("turns", [])
    if not isinstance(turns, list) or not all(isinstance(t, str) and t for t in turns):
        raise ValueError("turns must be a list of speaker labels")
    skip = re.compile(row["skip"]) if row.get("skip") else None
    only = re.compile(row["only"]) if row.get("only") else None
    not_before = re.compile(row["not_before"]) if row.get("not_before") else None
    before = re.compile(row["before"]) if row.get("before") else None
    outside_clause = row.get("outside_clause", False)
    if not isinstance(outside_clause, bool):
        raise ValueError("outside_clause must be true or false")
    after = re.compile(f"(?:{row['after']})$") if row.get("after") else None
    holder_post = row.get("holder_post", False)
    if not isinstance(holder_post, bool):
        raise ValueError("holder_post must be true or false")
    question = re.compile(row["question"]) if row.get("question") else None
    before_names = row.get("before_names", False)
    if not isinstance(before_names, bool):
        raise ValueError("before_names must be true or false")
    opens_clause = row.get("opens_clause", False)
    if not isinstance(opens_clause, bool):
        raise ValueError("opens_clause must be true or false")
    if (question is None) != (pick != "question"):
        raise ValueError("a question goes with pick 'question', and pick 'question' with a question")
    regex = re.compile(row["regex"])
    return Ref(rid, regex, types, window, _confidence(row, "factor", 0.75), speaker, pick,
               tuple(turns), skip, only, not_before, before, outside_clause, after, holder_post,
               literals_of(regex), question, before_names, opens_clause)


SETTLED_ON_BEFORE = re.compile(r"(?:入驻|登陆|进驻)(?:了)?$")  # (a seller settling on a platform: 正式入驻|Temu)

CLAUSE_MARKS = ",;:。"  # (masked sentences are width-folded: ASCII commas)


def _strings(row: dict, key: str) -> list[str]:
    val = row.get(key, [])
    if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
        raise ValueError(f"{key!r} must be a list of strings")
    return val


def _pattern(row: dict, titles_re: str) -> Pattern:
    emit = _emits(row)
    src = row["regex"]
    if not isinstance(src, str) or not src:
        raise ValueError("regex must be a non-empty string")
    src = NAMED_MACRO.sub(lambda m: NAMED_MACROS[m.group(1)], src)
    slots: set[str] = set()
    list_slots: set[str] = set()
    list_types: list[tuple[str, ...]] = []
    uses_title = False
    list_sep = row.get("list_sep")
    if list_sep is not None and (not isinstance(list_sep, str) or not list_sep):
        raise ValueError("list_sep must be a non-empty regex")

    def expand(m: re.Match) -> str:
        nonlocal uses_title
        name, slot, star = m.group(1), m.group(2), m.group(3)
        if name == "TITLE":
            if slot or uses_title:
                raise ValueError("{TITLE} takes no slot and appears at most once")
            if not titles_re:
                raise ValueError("{TITLE} used but no title lines precede the patterns")
            uses_title = True
            # (a line of work before the first title, 研发|副总裁, makes it a post over a unit, as a unit does)
            return (f"(?P<title>(?P<line>{LINE_OF_WORK})?(?:{titles_re})"
                    # (a former post among them, 联合创始人、前首席科学家: read past, no relation of its own; a current
                    # one, 创始人兼现任CEO, is one more post)
                    f"(?:(?:兼|、|及|和|/|&|,)?(?:现任|任)?(?:{UNIT})?(?:{titles_re})|(?:、|兼)(?:前|原)(?:{UNIT})?(?:{titles_re}))*)")
        if name in MACROS:
            if slot:
                raise ValueError(f"macro {{{name}}} takes no slot")
            return MACROS[name]
        types = name.split("|")
        bad = [t for t in types if t not in TYPES and t != "ANY"]
        if bad:
            raise ValueError(f"unknown placeholder type {bad[0]!r}")
        tclass = "[A-Z]+" if "ANY" in types else "(?:" + "|".join(types) + ")"
        if not slot:  # (a group: a quantifier after the placeholder, {GPE|LOC}?, applies to the whole token)
            return f"(?:{TOK_OPEN}{tclass}#\\d+{TOK_CLOSE})"
        if slot in slots or slot in ("title", "stake"):
            raise ValueError(f"slot {slot!r} used twice or reserved")
        slots.add(slot)
        if star:
            list_slots.add(slot)
            list_types.append((slot, *types))
            # (an item may be quoted: 旗下拥有"澄源"和"牧语"两个品牌)
            # (not a name that only describes an item, 股东包括X的关联公司和Y: X's affiliate holds, not X)
            tok = f"{LIST_OWNER}{LIST_QUOTE_OPEN}{TOK_OPEN}{tclass}#\\d+{TOK_CLOSE}{LIST_QUOTE_CLOSE}{NOT_AFFILIATE}"
            if types == ["PERSON"]:  # (people listed each with what they do: 乒乓球运动员A、游泳运动员B)
                tok = f"{PERSON_ROLE}?{tok}"
            # (or the pattern says what stands between items: A认购4000万美元,B认购2500万美元)
            # (an item named with its place before it: 德国的E.ON和澳大利亚的AGL, 德国巴斯夫和法国赛比克, and the kind of
            # firm after the place: 德国物流企业DHL)
            sep = PLACEHOLDER.sub(expand, list_sep) if list_sep else (
                f"{LIST_SEP}(?:{TOK_OPEN}(?:GPE|LOC)#\\d+{TOK_CLOSE}的?(?:{LIST_ITEM_KIND}|{PLACED_FIRM_KIND})?)?"
                f"|{LIST_QUOTES_MEET}")
            return f"(?P<{slot}>{tok}{LIST_MODEL}{LIST_ALIAS}(?:(?:{sep}){tok}{LIST_MODEL}{LIST_ALIAS})*)"
        return f"(?:{TOK_OPEN}{tclass}#(?P<{slot}>\\d+){TOK_CLOSE})"

    regex = re.compile(PLACEHOLDER.sub(expand, src))
    for rel, s, o in emit:
        if rel == "title":
            if not uses_title or not {"org", "per"} <= slots:
                raise ValueError("emit 'title' needs {TITLE} and the slots org and per")
            continue
        for slot in (s, o):
            if slot not in slots:
                raise ValueError(f"emit names slot {slot!r} that the regex does not define")
    if uses_title and not any(e[0] == "title" for e in emit):
        raise ValueError("{TITLE} used but no ['title', 'org', 'per'] emit")
    unless = row.get("unless")
    if unless is not None and (not isinstance(unless, str) or not unless):
        raise ValueError("unless must be a non-empty regex")
    via = row.get("via", {})
    if not isinstance(via, dict) or not all(isinstance(r, str) and r and k in slots for k, r in via.items()):
        raise ValueError("via must map the regex's slots to ref ids")
    return Pattern(str(row["id"]), regex, emit, frozenset(slots), frozenset(list_slots),
                   _confidence(row), re.compile(unless) if unless else None, bool(row.get("current", False)),
                   bool(row.get("ends_role", False)), re.compile(row["unless_object"]) if row.get("unless_object") else None,
                   tuple(list_types), frozenset(_strings(row, "allow")), past=bool(row.get("past", False)),
                   unless_subject=re.compile(row["unless_subject"]) if row.get("unless_subject") else None,
                   # (read from the pattern with its placeholders left out, which hold no literal every match needs:
                   # the titles' and macros' long alternations would double the loading time; the masked entities'
                   # markup is in nearly every sentence, no literal to test for either)
                   literals=literals_of(PLACEHOLDER.sub(TOK_OPEN, src), ignore=MARKUP_CHARS), via=tuple(via.items()))


# ---------------------------------------------------------------------------------------------- extraction

@dataclass(frozen=True)
class _Arg:
    """One token of a masked sentence: a mention, or an anaphor resolved to an entity."""

    entity: str
    type: str
    start: int  # into document.text
    end: int
    via_ref: float = 1.0  # confidence factor, < 1 when read through an anaphor
    antecedent: int = -1  # document offset of the antecedent mention when via an anaphor
    ref: str = ""  # the id of the ref it was read through, if any


# the place and kind of a branch after its organisation's name (上海|分行, 深圳|分公司)
BRANCH_TAIL = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:省|市)?(?:分行|支行|分公司|办事处|分院)")
def _owner_by_prefix(owners: dict[str, str], name: str, eid: str, tail_fits=lambda k: True) -> str | None:
    """The entity whose name opens `name`, the longest first and leaving four characters or more after it, that is
    not `eid` itself and whose rest `tail_fits` (澜湄银行|上海分行, X基金|成长精选混合基金)."""
    return next((owners[name[:k]] for k in range(len(name) - 4, 1, -1)
                 if name[:k] in owners and owners[name[:k]] != eid and tail_fits(k)), None)


# a fund product's kind at the end of its name (X成长精选混合基金, X沪深300指数基金, X稳健债券型证券投资基金 A类)
FUND_PRODUCT = re.compile(r"(?:混合|股票|债券|指数|ETF|货币|配置|灵活配置|成长|价值|精选)型?(?:证券投资|发起式)?基金(?:[A-C]类|[A-C])?$")
# the regulator or exchange a filing is submitted to (向美国SEC递交, 向港交所提交上市申请)
FILED_WITH_BEFORE = re.compile(r"向(?:美国|香港|中国|新加坡|英国)?$")
FILED_WITH_AFTER = re.compile(r"(?:\s?[(（][^()（）]{1,20}[)）])?(?:正式)?(?:递交|提交|报送|披露)")
# the picks a listing's card answers with its own organisation (`_resolve_ref`)
# a post's or letter's signature on its last line (—— 浥味小馆创始人 林浥舟, —林浥舟)
# (…or a titled name with no dash and the date on the line after it: 鲯宝品牌创始人 钟鲯 / 2026年12月5日)
SIGNATURE_LINE = re.compile(r"(?m)^[ \t]*(?:(?:——|—|--)[ \t]*[^\n]{2,30}(?:\n[ \t]*\d{4}年\d{1,2}月\d{1,2}日)?"
                            r"|[^\n]{0,20}(?:创始人|CEO|董事长|总经理|总裁|负责人)[ \t]*[^\n]{2,8}\n[ \t]*\d{4}年\d{1,2}月\d{1,2}日)\s*\Z")
# a post's first line naming whose account it is (X品牌创始人 阮濛 的微博): its author
AUTHOR_HEADER = re.compile(r"[ \t]*[^\n]{2,30}?[ \t]*的(?:微博|朋友圈|公众号|视频号|小红书|抖音|博客|专栏)[ \t]*(?=\n|$)")
# a line saying whose letter follows (以下为X发给全体员工的内部信全文), near the text's start
LETTER_HEADER = re.compile(r"以下(?:为|是)[^\n。]{0,40}?(?:发给|致|写给)[^\n。]{0,20}?的(?:内部信|公开信|全员信|全员邮件|内部邮件|一封信|信)")
LETTER_HEADER_REACH = 400
LEADING_SYMBOLS = re.compile(r"(?:[^\w]|_)*")  # (blanks, emoji, brackets: no letters, digits or characters)
CARD_PICKS = frozenset({"main", "main_or_last", "main_or_previous", "main_or_topic", "main_or_first",
                        "main_or_headline", "document", "filer"})
# relations of a role someone holds at an organisation, which a former marker (前, 原) ends
ROLE_RELATIONS = frozenset({"ceo_of", "chairman_of", "works_for", "partner_of"})
# a unit of a company (书画部, 研发中心, 华东事业部) between titles: its head is staff (副总裁兼书画部总经理)
UNIT = r"[\u4e00-\u9fff]{2,4}?(?:事业部|事业群|部|中心)"
# a line of work written right before a title (研发副总裁, 销售总经理): the post is over that part of the company
LINE_OF_WORK = (r"(?:研发|技术|销售|市场|运营|财务|产品|营销|人力资源|供应链|品牌|战略|投资|采购|生产|质量|法务|公关|"
                r"设计|工程|工艺|渠道|电商|海外业务|国际业务)")
UNIT_END = re.compile(r"(?:部|事业群|中心)$")
# a section heading that opens its line, its items after a colon (公司出席人员:董事长 X;首席财务官 Y)
INLINE_HEADING = re.compile(r"[ \t]*([^:：\n]{2,12})[:：]\s*")
ITEM_CUT = re.compile(r"[;；]\s*")  # items cut by semicolons, or failing those by commas
ITEM_CUT_WEAK = re.compile(r"[,，]\s*")
DISTRICT_ENDS = ("区", "县", "镇", "乡", "街道")


def _unit_head(title: Title) -> Title:
    """The title held over a unit of the company: its roles (总经理 → ceo_of) become works_for."""
    if not any(r in ROLE_RELATIONS and r != "works_for" for r, _, _ in title.emit):
        return title
    emit = tuple(("works_for", a, b) if r in ROLE_RELATIONS else (r, a, b) for r, a, b in title.emit)
    return Title(title.words, tuple(dict.fromkeys(emit)), title.weight)

ITEM_NUMBER = re.compile(LIST_MARK)
# what follows a name that a profile opens with (X成立于2014年, X总部位于北京, X是一家…)
# (…or gives its month's deliveries or sales, as a roundup's items do: X11月交付12460辆。公司表示…)
PROFILE_AFTER_NAME = re.compile(r"(?:成立于|创立于|创办于|始创于|始建于|总部位于|总部设在|是一家|为一家|系一家|"
                                r"\d{1,2}月(?:份)?(?:共|累计)?(?:交付|销售|销量|卖出))")
POST_SEPARATOR = re.compile(r"[、,，/;；]|兼")  # 董事长、总经理: two posts in one cell
NONZERO_VALUE = re.compile(r"[1-9]")  # a cell's number that is not zero (2,150; 0.5%)
SUBJECT_JOINER = re.compile(r"\s*(?:和|与|及|、|以及|跟|同)\s*")  # X和Y: two subjects of one clause


@dataclass
class _Masked:
    text: str
    ostart: list[int]  # per masked character: start of what it stands for in document.text
    oend: list[int]
    args: list[_Arg]


def _fold(ch: str) -> str:
    f = unicodedata.normalize("NFKC", ch)
    return f if len(f) == 1 else ch


def extract_relations(analysis: Analysis, mention_entities: dict[tuple[int, int], str],
                      entities: dict[str, Entity], patterns: RelationPatterns | None = None) -> list[Relation]:
    pats = patterns or default_patterns()
    ctx = _Context(analysis, mention_entities, entities, pats)
    found = ctx.run(speaker_orgs={})
    found += ctx.table_columns()
    found += ctx.form_fields()
    found += ctx.form_officers()
    found += ctx.filing_officers()
    found += ctx.page_sections()
    found += ctx.interviews()
    found += ctx.headline_interviewee()
    found += ctx.branches()
    found += ctx.funds_by_name()
    orgs = ctx.speaker_orgs(found)
    if orgs:  # a second pass that may read 我们 as the speaker's organisation
        found += ctx.run(speaker_orgs=orgs)
    current = {p.id for p in pats.patterns if p.current or p.past or p.ends_role}
    found = [r for r in found if not (r.predicate in ROLE_RELATIONS and (r.subject, r.object) in ctx.former_roles
                                      and r.pattern not in current)
             and not r.subject.startswith(ANONYMOUS_SPEAKER) and not r.object.startswith(ANONYMOUS_SPEAKER)]
    return _dedupe(found)


def people_and_speaker_organisations(analysis: Analysis, mention_entities: dict[tuple[int, int], str],
                                     entities: dict[str, Entity],
                                     relations: list[Relation]) -> tuple[dict[str, str], dict[str, str]]:
    """(person entity → the one organisation the document's relations tie them to (founder, CEO …): what a
    quotation they are credited with means by 我们, “我们计划再开200家店”，王宁表示; and the same for a transcript's
    speakers by their name as written: what the speaker's 我们 stands for)."""
    ctx = _Context(analysis, mention_entities, entities, default_patterns())
    people = ctx.tied_orgs(relations)
    by_person = ctx.speaker_orgs(relations)
    speakers = {name: by_person[p] for name, p in ctx.speakers.items() if p in by_person}
    if (narrator := ctx.narrator()) is not None and narrator in by_person:
        speakers[NARRATOR] = by_person[narrator]
    return people, speakers


def _list_slot(pat: Pattern, m: re.Match, slot: str) -> tuple[tuple[str, ...], str]:
    """(the types a list slot takes, its matched text without bracketed aliases: an item's alias is the item again)."""
    types = next((row[1:] for row in pat.list_types if row[0] == slot), ("ANY",))
    return types, BRACKETED.sub("", m.group(slot))


class _Context:
    def __init__(self, analysis: Analysis, mention_entities: dict[tuple[int, int], str],
                 entities: dict[str, Entity], pats: RelationPatterns) -> None:
        self.a = analysis
        self.text = analysis.rule_text  # what the patterns read; evidence quotes self.source
        self.source = analysis.document.text
        self.doc_id = analysis.document.doc_id
        self.pats = pats
        self.entities = entities
        self.mentions: list[tuple[Mention, str, str]] = []  # (mention, entity id, type)
        for m in sorted(analysis.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            eid = mention_entities.get((m.start, m.end))
            if not eid:
                continue
            if self.mentions and m.start < self.mentions[-1][0].end:
                continue  # overlapping: keep the earlier, longer one
            if SOURCE_TAG.match(self.text, m.end) and self.text[m.start - 1:m.start] in ("【", "[", "(", "（"):
                continue  # 【36氪获悉】: who reports the news, no party to it
            if SOURCE_BAR.match(self.text, m.end) and (m.start == 0 or self.text[m.start - 1] == "\n"):
                continue  # 36氪首发|…: the same, opening a headline
            ent = entities.get(eid)
            self.mentions.append((m, eid, ent.type if ent else m.label))
        self._starts = [x[0].start for x in self.mentions]  # sorted: mentions do not overlap
        self._clause_openers = {r.id for r in pats.refs if r.opens_clause}
        self._markup = frozenset(p for d in analysis.dropped if d.reason == "markup" for p in range(d.start, d.end))
        self._sent_starts = [s.start for s in analysis.sentences]
        self.speakers = self._speaker_entities()
        self._narrator: str | None | bool = False  # (not read yet)
        self.former_roles: set[tuple[str, str]] = set()  # (person, organisation) of roles marked as past
        self._fields: list[tuple[str, int, int, int]] | None = None  # a form's key: value lines (`_form_fields`)
        self._mains: dict[tuple[str, ...], tuple[str, str, bool] | None] = {}  # (`_main_organisation`, by types)
        self._headline_mains: dict[tuple[str, ...], tuple[str, str, bool] | None] = {}  # (…its headline fallback)
        self._filers: dict[tuple[str, ...], str | None] = {}  # (`filer_of` over the mentions of those types)
        self._people: list[tuple[int, int, str]] | None = None  # the people named, for quotations' credits
        # (person → the organisations the sentences read so far give them a post at: whose 产品 a speaker means)
        self._posts: dict[tuple[str, bool], set[str]] = {}  # ((person, whether a head's post) → organisations)
        self._cards: list[Card] | None = None  # a listing's cards (`cards`)
        self._company_words: dict[str, tuple[int, _Arg]] = {}  # 公司 / 集团 → (sentence, what it was read as there)
        self._opening_company: dict[int, _Arg] = {}  # sentence → what a 公司 / 集团 opening it was read as
        self._roundup: bool | None = None  # whether the text is a roundup of numbered items (`records.is_roundup`)
        # (an interviewee the text never names, under a headline that gives their post: 对话X饮料创始人:… / 答:…:
        # the answering role speaks for X, through a stand-in person no relation names)
        self._anonymous_org = None
        if ANSWER_ROLES & ({s.speaker for s in analysis.sentences} - set(self.speakers)):
            self._anonymous_org = self._headline_interviewees_org()
        if self._anonymous_org is not None:
            for role in ANSWER_ROLES - set(self.speakers):
                self.speakers[role] = ANONYMOUS_SPEAKER + role

    # -- sentences to masked strings
    def _sentence_mentions(self, s: Sentence) -> list[tuple[Mention, str, str]]:
        lo, hi = bisect.bisect_left(self._starts, s.start), bisect.bisect_left(self._starts, s.end)
        return [x for x in self.mentions[lo:hi] if x[0].end <= s.end]

    def _is_turn_label(self, s: Sentence, m: Mention) -> bool:
        rest = self.text[m.end:m.end + 1]
        return bool(s.speaker) and self.text[s.start:m.start].strip() == "" and rest in (":", "：")

    def _label_gap(self, s: Sentence) -> frozenset[int]:
        """The spaces after a turn's label (**X:** 去年…, cleaned to X: 去年…): the refs read the turn as X:去年…"""
        if not s.speaker or not (m := TURN_LABEL_GAP.match(self.text, s.start, s.end)):
            return frozenset()
        return frozenset(range(m.start(1), m.end(1)))

    def mask(self, i: int, speaker_orgs: dict[str, str]) -> _Masked:
        s = self.a.sentences[i]
        spans: list[tuple[int, int, _Arg | None]] = []
        for m, eid, etype in self._sentence_mentions(s):
            if self._is_turn_label(s, m):
                continue
            end = m.end
            if etype == "PERSON" and self.text.startswith(HONORIFICS, end) and end + 2 <= s.end:
                end += 2  # 邝志远先生将继续担任…: the honorific goes with the name, as the patterns read it
            spans.append((m.start, end, _Arg(eid, etype, m.start, end)))
        folded = "".join(_fold(c) for c in self.text[s.start:s.end])
        taken = [(a, b) for a, b, _ in spans]
        # (a kind word right after a name describes the name after it, 西班牙|俱乐部|比利亚雷亚尔, 中甲|球队|南湖之星: no
        # anaphor)
        mention_ends = {b for _, b, _ in spans}
        # (…and a kind word right before a name is the name's description, 中超|球队|岚州FC: no anaphor either)
        mention_starts = {a for a, _, _ in spans}
        # (the refs read the sentence without the Markdown markers the cleaner dropped: 融资情况**:… is 融资情况:…)
        hidden = self._markup | self._label_gap(s)
        if hidden and any(p in hidden for p in range(s.start, s.end)):
            at = [p for p in range(s.start, s.end) if p not in hidden] + [s.end]
            ref_text = "".join(folded[p - s.start] for p in at[:-1])
        else:
            at, ref_text = None, folded
        for ref in self.pats.ref_candidates(ref_text):
            if ref.turns and s.speaker not in ref.turns:
                continue
            for rm in ref.regex.finditer(ref_text):
                a, b = (s.start + rm.start(), s.start + rm.end()) if at is None else (
                    at[rm.start()], at[rm.end() - 1] + 1 if rm.end() > rm.start() else at[rm.start()])
                # (an item's elided subject may stand right before a name the sentence opens with: 3.X:…。上海品牌)
                # (…an answer's elided subject may stand right before the names it opens with: 抖音和天猫,…)
                # (…and a speaker's company, left out right after the verb of saying: X介绍,拼多多贡献了…)
                if any(a < y and x < b or (a == b and (x < a < y or x == a and ref.pick not in ("item", "question")
                                                       and not ((ref.holder_post or ref.before_names)
                                                                and a in mention_starts)
                                                       or x == y == a))
                       for x, y in taken):
                    continue
                # (其|微信小程序: its, no description; 清洗设备:|盛美上海中标: an item's label, no description either)
                if a < b and (a in mention_ends or (b in mention_starts and self.text[b - 1] not in "其们:："))  \
                        and ref.pick not in ("main", "document"):
                    continue
                arg = self._resolve_ref(ref, i, a, b, speaker_orgs, spans)
                if isinstance(arg, _Arg):
                    arg = replace(arg, ref=ref.id)
                    if self.text[a:b] in ("公司", "集团"):
                        self._company_words[self.text[a:b]] = (i, arg)
                        if (not self.text[s.start:a].strip() or LEAD_IN.fullmatch(self.text, s.start, a)
                                and bisect.bisect_left(self._starts, s.start) == bisect.bisect_left(self._starts, a)):
                            self._opening_company.setdefault(i, arg)
                if arg is not None:
                    spans.append((a, b, arg))
                    taken.append((a, b))
                elif ref.speaker == "org" and not speaker_orgs and self.speakers.get(s.speaker or ""):
                    # (a named speaker's turn: what the speaker's company does is the company's, which the second
                    # pass knows; no other ref may take the place before it: …,核心成分的原料由X供应)
                    taken.append((a, b))
        spans.sort(key=lambda t: (t[0], t[1]))
        spans = self._fold_aliases(spans)
        skip = set(self._item_head_marks(s, spans))
        # (a stock code in brackets after a name, X(纳斯达克代码:AIP)是…: read as if it were not there, the exchange
        # it names too; the same for a filing's name for itself, X(以下简称"公司"))
        codes = [code.span() for _, b, arg in spans
                 if isinstance(arg, _Arg) and arg.type in ("ORG", "BRAND")
                 and (code := STOCK_CODE_AFTER.match(self.text, b, s.end)
                      or SELF_DEFINED_AFTER.match(self.text, b, s.end))]
        if codes:
            spans = [x for x in spans if not any(c0 <= x[0] < c1 for c0, c1 in codes)]
            skip.update(p for c0, c1 in codes for p in range(c0, c1))
        if hidden:  # (a Markdown marker the cleaner dropped, **珩禾宠物**: read as if it were not there)
            skip.update(p for p in range(s.start, s.end) if p in hidden)
        text, ostart, oend, args = [], [], [], []
        pos = s.start
        for a, b, arg in spans:
            for p in range(pos, a):
                if p not in skip:
                    text.append(folded[p - s.start]); ostart.append(p); oend.append(p + 1)
            # (a pair, 双方, reads as the two names joined: A与B)
            for k, one in enumerate(arg if isinstance(arg, tuple) else (arg,)):
                tok = ("与" if k else "") + f"{TOK_OPEN}{one.type}#{len(args)}{TOK_CLOSE}"
                args.append(one)
                text.append(tok); ostart.extend([a] * len(tok)); oend.extend([b] * len(tok))
            pos = b
        for p in range(pos, s.end):
            if p not in skip:
                text.append(folded[p - s.start]); ostart.append(p); oend.append(p + 1)
        return _Masked("".join(text), ostart, oend, args)

    def _fold_aliases(self, spans: list) -> list:
        """A name and its alias in brackets (博裕投资(Boyu Capital), one entity) read as one name: the patterns see
        one token where the text gives the same thing twice."""
        out = []
        for a, b, arg in spans:
            if (out and isinstance(arg, _Arg) and isinstance(out[-1][2], _Arg)
                    and out[-1][2].entity == arg.entity):
                pa, pb, parg = out[-1]
                # (also a short name the text defines: X股份有限公司(下称"X"))
                if ALIAS_OPEN.fullmatch(self.text, pb, a) and (close := ALIAS_CLOSE.match(self.text, b)):
                    out[-1] = (pa, close.end(), parg)
                    continue
            out.append((a, b, arg))
        return out

    def _item_head_marks(self, s: Sentence, spans: list) -> tuple[int, ...]:
        """The positions of a list item's number and colon around the name that heads it (4. 溪木源:2019年诞生于
        上海): left out of the masked sentence, the item reads as a sentence about the name (溪木源2019年诞生于上海),
        which is what it says."""
        m = ITEM_NUMBER.match(self.text, s.start, s.end)
        if not m or not spans or spans[0][0] != m.end() or spans[0][2] is None:
            return ()
        # (a place heading an item is where what follows happens, not its subject: - 成都:与X合资成立Y)
        if isinstance(spans[0][2], _Arg) and spans[0][2].type in ("GPE", "LOC"):
            return ()
        colon = spans[0][1]
        if self.text[colon:colon + 1] not in (":", "："):
            return ()
        return (*range(s.start, m.end()), colon)

    def _item_head(self, ref: Ref, a: int, b: int) -> _Arg | None:
        """The name heading the list item whose line holds the ref (2.怡思丁:西班牙的药妆牌子。天猫旗舰店现在活动价199元:
        怡思丁), when it is of the ref's types."""
        head = item_head_at(self.text, a, self.mentions, self._starts)
        if head is None or head[2] not in ref.types:
            return None
        return _Arg(head[1], head[2], a, b, ref.factor, head[0].start)

    def _roundup_head(self, ref: Ref, a: int, b: int) -> _Arg | None:
        """The organisation opening the roundup item that holds the ref, when the text is a roundup."""
        if self._roundup is None:
            self._roundup = is_roundup(self.text, [(m, eid) for m, eid, etype in self.mentions
                                                   if etype in ("ORG", "BRAND")])
        if not self._roundup or (head := roundup_item_head(self.text, a, self.mentions, self._starts)) is None \
                or head[2] not in ref.types:
            return None
        return _Arg(head[1], head[2], a, b, ref.factor, head[0].start)

    def _resolve_ref(self, ref: Ref, i: int, a: int, b: int, speaker_orgs: dict[str, str],
                     resolved: list = ()) -> _Arg | None:
        s = self.a.sentences[i]
        if ref.speaker:
            person = self.speakers.get(s.speaker or "") or (self._quote_speaker(a, b) if speaker_orgs else None) or (
                self.narrator() if speaker_orgs and quotation_around(self.text, a, b) is None else None)
            if not person:
                return None
            if ref.speaker == "person":
                return None if person.startswith(ANONYMOUS_SPEAKER) else _Arg(person, "PERSON", a, b, ref.factor)
            org = speaker_orgs.get(person)
            if not org:
                return None
            return _Arg(org, self.entities[org].type if org in self.entities else "ORG", a, b, ref.factor)
        if ref.pick == "question":
            return self._asked_about(ref, i, a, b, speaker_orgs)
        # (a question in a transcript that names no organisation standing out asks about the answerer's: 周X:和瑞幸,
        # 库迪比,你们的差异化在哪? / 林Y:… — Y's company, though the rivals are named as often)
        if (ref.pick in ("main", "main_or_headline") and s.speaker and speaker_orgs and self._is_question([s])
                and self._main_organisation(ref.types) is None and self._headline_organisation() is None
                and (org := self._answerer_organisation(i, speaker_orgs)) is not None
                and org in self.entities and self.entities[org].type in ref.types):
            return _Arg(org, self.entities[org].type, a, b, ref.factor)
        # (a speaker who has said 我们 earlier in the sentence goes on about their own company: 冻干线是我们自己建的,
        # 鸡肉原料来自X)
        # (…which the first pass, before it knows the speakers' companies, leaves to the second)
        if (ref.pick in ("main_or_previous", "main_or_last") and s.speaker and self.speakers.get(s.speaker)
                and WE.search(self.text, s.start, a)):
            if not speaker_orgs:
                return None
            org = speaker_orgs.get(self.speakers[s.speaker])
            if org is not None and org in self.entities and self.entities[org].type in ref.types:
                return _Arg(org, self.entities[org].type, a, b, ref.factor)
        # (in a listing's card, the organisation the document is about is the card's, and nothing before the card
        # is looked back at: 2. X / 最新进展:公司…授权给Y)
        card = card_at(self.cards(), a)
        if card is not None and card.type in ref.types and ref.pick in CARD_PICKS:
            return _Arg(card.entity, card.type, a, b, ref.factor)
        # (…and in a list item or an answer, the organisation heading it: Q3:X靠什么拿到融资? / A:…创始人Y曾是…)
        if ref.pick in CARD_PICKS and (head := self._item_head(ref, a, b)) is not None:
            return head
        # (…and in a roundup's item, the organisation its numbered line opens with: ## 1. X完成融资 / 创始人兼CEO Y…)
        if ref.pick in CARD_PICKS and (head := self._roundup_head(ref, a, b)) is not None:
            return head
        # 集团 alone is the one organisation the text has called a group (曜步集团 …, 集团董事长: not its brand
        # named last)
        if b - a == 2 and self.text.startswith("集团", a) and (group := the_group(
                x for x in self.mentions if x[0].end <= a and x[2] in ref.types)):
            return _Arg(group[0], group[1], a, b, ref.factor)
        if ref.holder_post and (held := self._holder_post(s, a)) is not None:
            return _Arg(held[0], held[1], a, b, ref.factor)
        if ref.pick == "main" and ref.types == ("PERSON",) and (own := self._own_opening(s, a, ref.types)) is not None:
            # (a profile's elided subject is the person its own sentence opens with before it, not the one the
            # document is most about: 祁珞宁:珞谷资本合伙人 → 离职创业,创办X)
            return _Arg(own[1], own[2], a, b, ref.factor, own[0].start)
        if ref.pick in ("main", "main_or_last", "main_or_previous", "main_or_topic", "main_or_first"):
            main = self._main_organisation(ref.types)
            if main is None and ref.pick == "main":
                main = self._headline_mains.get(ref.types)
            # (a topic of two mentions yields to an organisation the ref's own sentence names before it: 县里的龙头企业X
            # 今年在杭州设立了设计中心,公司董事长Y说: X, not the platform named twice elsewhere)
            if main and ref.pick in ("main_or_last", "main_or_previous") and not main[2] and (local := [
                    x for x in self._sentence_mentions(s) if x[0].end <= a and x[2] in ref.types
                    and not SOURCE_SHOWS.match(self.text, x[0].end)
                    and not (ref.not_before is not None and ref.not_before.match(self.text, x[0].end))
                    and not (ref.outside_clause and x[0].start >= self._clause_open(s, a))]):
                return _Arg(local[-1][1], local[-1][2], a, b, ref.factor, local[-1][0].start)
            # (a sentence about another organisation's shares, opening with its name: that one's officer, not the main
            # organisation's: X的其余40%股权仍由创始人Y持有)
            if (ref.pick in ("main_or_last", "main_or_previous")
                    and (own := self._own_opening(s, a, ref.types)) is not None
                    and own[0].start == s.start and OWN_SHARES_AFTER.match(self.text, own[0].end)):
                return _Arg(own[1], own[2], a, b, ref.factor, own[0].start)
            # (公司 opening a sentence right after another organisation's profile in the same paragraph: that
            # organisation, not the one the document is about: 青岚影视成立于2014年,总部位于北京。公司董事长为Y)
            # (…also after a word of time opening it: 此前,公司曾获得…的投资)
            if (main and ref.pick in ("main_or_last", "main_or_previous")
                    and (not self.text[s.start:a].strip() or LEAD_IN.fullmatch(self.text, s.start, a))
                    and (profiled := self._profiled_before(ref, i, a, b)) is not None and profiled.entity != main[0]):
                return profiled
            # (…the company its own sentence says announced or filed to list, when the ref is in that announcement or
            # filing: X向港交所递交上市申请,A担任联席保荐人; X旗下子公司Y近日发布
            # 公告,经董事会审议通过,聘任Z为公司总裁: Y, though the document is about its parent X)
            if (told := [x for x in self._sentence_mentions(s) if x[0].end <= a and x[2] in ref.types
                         and (ANNOUNCES_AFTER.match(self.text, x[0].end)
                              or FILES_TO_LIST_AFTER.match(self.text, x[0].end))]
                ) and (not main or told[-1][1] != main[0]):
                return _Arg(told[-1][1], told[-1][2], a, b, ref.factor, told[-1][0].start)
            if main and main[1] == "BRAND" and "公司" in self.text[a:b] and "ORG" in ref.types and (
                    company := company_behind(main[0], self.mentions)) is not None:
                return _Arg(company, "ORG", a, b, ref.factor)
            if main:
                return _Arg(main[0], main[1], a, b, ref.factor)
            if ref.pick == "main":
                return None
            # (…else, in a sentence a person opens by speaking, the one organisation an earlier sentence gives them a
            # post at: 创始人X曾在Y任职…。X介绍,云栖Pro的面料由Z供应: X's company's product, not the last one named)
            if ref.pick in ("main_or_previous", "main_or_first") and (said := self._speaker_post(s, a)) is not None:
                return _Arg(said[0], said[1], a, b, ref.factor)
            # (…or, for 公司 opening the sentence after one a person opens by speaking, in the same paragraph, that
            # person's organisation: X透露,公司正在筹备上市…。公司的主要竞争对手是A和B)
            if (ref.pick == "main_or_previous" and i > 0 and not self.text[s.start:a].strip()
                    and "\n" not in self.text[self.a.sentences[i - 1].end:s.start]
                    and (said := self._speaker_post(self.a.sentences[i - 1], self.a.sentences[i - 1].end)) is not None
                    and said[1] in ref.types):
                return _Arg(said[0], said[1], a, b, ref.factor)
            # (…else the organisation its own sentence opens with, in a clause before it: X新一代处理器将改由Y代工,
            # 此前该系列芯片由Z生产: X's chips)
            # (not a source its sentence opens with: 天眼查信息显示,公司股东包括…)
            if ref.pick == "main_or_previous" and (own := self._own_opening(s, a, ref.types)) is not None and any(
                    _fold(c) in CLAUSE_END for c in self.text[own[0].end:a]) and not SOURCE_SHOWS.match(
                    self.text, own[0].end):
                return _Arg(own[1], own[2], a, b, ref.factor, own[0].start)
            # (公司 again in the next sentence of the paragraph: the company it meant there, not a partner named
            # since: 公司与X合作建设…。公司还与Y签署了合作协议)
            if ((prior := self._company_words.get(self.text[a:b])) is not None and prior[0] == i - 1
                    and not self.text[s.start:a].strip()
                    and "\n" not in self.text[self.a.sentences[i - 1].end:s.start]):
                return _Arg(prior[1].entity, prior[1].type, a, b, ref.factor, prior[1].antecedent)
            if ref.pick == "main_or_previous" and (previous := self._previous_topic(ref, i, a, b)) is not None:
                return previous  # (…else the last one named, as for main_or_last)
            # (公司 opening a sentence, with no organisation standing out: the one the sentence before opens with,
            # not the last it names: X成立于…,创始人Y毕业于Z大学。公司产品…: X)
            if (ref.pick == "main_or_last" and not self.text[s.start:a].strip()
                    and (previous := self._previous_topic(ref, i, a, b)) is not None):
                return previous
            # (…also past a lead-in that names no one, when that one is a company: 股权结构方面,公司创始人…)
            if (ref.pick == "main_or_last" and LEAD_IN.fullmatch(self.text, s.start, a)
                    and bisect.bisect_left(self._starts, s.start) == bisect.bisect_left(self._starts, a)
                    and (previous := self._previous_topic(ref, i, a, b)) is not None):
                if previous.type == "ORG":
                    return previous
                # (…or the company behind that brand, for 公司: X橙…运营方X县农业发展有限公司…。为了…,公司与Y合作)
                if "公司" in self.text[a:b] and (company := company_behind(previous.entity, self.mentions)) is not None:
                    return _Arg(company, "ORG", a, b, ref.factor)
        if ref.pick == "previous_or_headline" and (previous := self._previous_topic(ref, i, a, b)) is not None:
            return previous
        if ref.pick in ("main_or_headline", "previous_or_headline"):
            # (an interview's headline names whom the asker's 你们 means, whoever the answers talk most about)
            main = (self._headline_organisation(interview=True) if ref.pick == "main_or_headline" else None) or \
                self._main_organisation(ref.types) or self._headline_organisation()
            return _Arg(main[0], main[1], a, b, ref.factor) if main and main[1] in ref.types else None
        if ref.pick == "pair":
            return self._pair(ref, i, a, b)
        if ref.pick == "item":
            return self._item_head(ref, a, b)
        if ref.pick == "next_speaker":
            return self._next_speaker_post(ref, s, a, b)
        if ref.pick == "filer":  # (the company whose filing, letter or statement the document is, or no one)
            if ref.types not in self._filers:  # (once a document: every 我们 of a letter asks the same)
                typed = [(m, e) for m, e, t in self.mentions if t in ref.types]
                # (…or, for a report of an announcement, the company it says announced: 12月1日,X发布公告称)
                self._filers[ref.types] = filer_of(self.text, typed) or announcer_of(self.text, typed)
            eid = self._filers[ref.types]
            return _Arg(eid, self.entities[eid].type if eid in self.entities else "ORG", a, b, ref.factor) if eid else None
        if ref.pick == "document":
            first = next((x for x in self.mentions if x[2] in ref.types and x[0].end <= a
                          and not SOURCE_SHOWS.match(self.text, x[0].end)
                          and (ref.before is None or ref.before.match(self.text, x[0].end))
                          and (ref.after is None or ref.after.search(self.text, max(0, x[0].start - 12), x[0].start))),
                         None)
            return _Arg(first[1], first[2], a, b, ref.factor, first[0].start) if first else None
        # (a sentence cut at a semicolon goes on in the next: the two count as one sentence back)
        k, steps = i, ref.window
        while steps > 0 and k > 0:
            k -= 1
            steps -= not self._cut_at_semicolon(k)
        while k > 0 and self._cut_at_semicolon(k - 1):
            k -= 1  # (…and the sentence reached opens after one)
        lo = self.a.sentences[k].start if card is None else max(card.start, self.a.sentences[k].start)
        i0, i1 = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, a)
        # (a ref that never stands for what its own clause names before it: 由X为其…, X已完成对其…收购)
        acting = set()
        if ref.outside_clause:
            opens = self._clause_open(s, a)
            acting = {x[1] for x in self.mentions[bisect.bisect_left(self._starts, opens):i1]}
            # (…and what an anaphor before it in the clause stands for: 由后者为其供应…, 其 is not the latter)
            acting |= {arg.entity for x, _, arg in resolved if opens <= x < a and isinstance(arg, _Arg)}
        cands = [x for x in self.mentions[i0:i1] if x[0].end <= a and x[1] not in acting
                 and not self._is_turn_label(self._sentence_at(x[0].start), x[0])
                 and not SOURCE_SHOWS.match(self.text, x[0].end)  # 企查查信息显示: who reports, not who is meant
                 # (创始人为前百度科学家X: a former employer in a description is not what 公司 stands for)
                 and not (x[0].start >= 2 and self.text[x[0].start - 1] == "前"
                          and self.text[x[0].start - 2] in "为是任")
                 and not (ref.skip is not None and ref.skip.search(x[0].text))
                 and not (ref.not_before is not None and ref.not_before.match(self.text, x[0].end))
                 and (ref.before is None or ref.before.match(self.text, x[0].end))
                 and (ref.after is None or ref.after.search(self.text, max(0, x[0].start - 12), x[0].start))
                 and (ref.only is None or ref.only.search(x[0].text))
                 # (X正式入驻Temu半托管模式,此前其产品…: the platform a seller settles on is not what 其 stands for)
                 and not SETTLED_ON_BEFORE.search(self.text, max(0, x[0].start - 6), x[0].start)
                 # (除SHEIN外,公司还为Temu供货: what a clause sets aside is not what its anaphor means)
                 and not (self.text.endswith(("除", "除了"), 0, x[0].start)
                          and self.text.startswith(("外", "以外", "之外"), x[0].end))]
        if ref.pick in ("opening", "last_opening"):  # a subject of the sentence, not an object
            opening = [x for x in cands if x[2] in ref.types and x[0].start >= s.start
                       and CLAUSE_OPENING.search(self.text[s.start:x[0].start])]
            # (…of what a speaker says, when the sentence reports it: X董事长Y表示,未来Z将…,并在A开设旗舰店: Z)
            said = max((w.end() for w in SAYS.finditer(self.text, s.start, a)), default=-1)
            opening = [x for x in opening if x[0].start >= said] or opening
            if opening:
                m, eid, etype = opening[0 if ref.pick == "opening" else -1]
                return _Arg(eid, etype, a, b, ref.factor, m.start)
            return None
        if ref.pick in ("first", "topic", "main_or_topic", "main_or_first"):
            first = [x for x in cands if x[2] in ref.types]
            if ref.pick in ("topic", "main_or_topic"):  # the earliest of the ref's own sentence, if it names one
                # (not the name right before the ref's verb, which is its subject: 深创投持有公司8.2%)
                # (…nor that subject named earlier in the sentence: X采购…;X为公司控股股东Y的子公司)
                subjects = {x[1] for x in first if a - x[0].end <= 6 and not any(
                    _fold(c) in CLAUSE_END for c in self.text[x[0].end:a])}
                first = [x for x in first if x[1] not in subjects]
                own = [x for x in first if x[0].start >= s.start]
                # (…else what a 公司 opening the sentence was read as: 公司创始人Y直接持有公司42%的股份)
                if (not own and (opening := self._opening_company.get(i)) is not None and opening.end <= a
                        and opening.type in ref.types and opening.entity not in subjects):
                    return _Arg(opening.entity, opening.type, a, b, ref.factor, opening.antecedent)
                first = own or first
            if first:
                m, eid, etype = first[0]
                return _Arg(eid, etype, a, b, ref.factor, m.start)
            return None
        # (the type the ref prefers decides within the latest sentence that names one of its types, not across
        # sentences: 成都的X咖啡表现突出。该品牌…: X, though a brand the model typed as such is named two sentences back)
        typed = [x for x in cands if x[2] in ref.types]
        # (其 in a sentence an anaphor opens, with no name of its types in it, goes on about what that one stands for:
        # 被告成立于2019年,法定代表人为X,其在抖音…开设的店铺: the defendant)
        earlier = [arg for x, _, arg in resolved if x == s.start and isinstance(arg, _Arg) and arg.type in ref.types]
        if ref.opens_clause and earlier and not any(x[0].start >= s.start for x in typed):
            return _Arg(earlier[-1].entity, earlier[-1].type, a, b, ref.factor, earlier[-1].antecedent)
        if typed:
            latest = self._sentence_at(typed[-1][0].start).start
            cands = [x for x in typed if x[0].start >= latest or self._cut_between(x[0].start, latest)]
        for t in ref.types:
            of_type = [x for x in cands if x[2] == t]
            if of_type:
                m, eid, etype = of_type[-1]
                return _Arg(eid, etype, a, b, ref.factor, m.start)
        # (公司 with nothing it could stand for within reach: the organisation the headline opens with, the story's
        # subject: X完成5亿元融资 … 本轮资金将用于研发。公司已与Y签订了合作协议)
        if (ref.pick in ("main_or_last", "main_or_previous") and not typed and "\n" in self.text[:s.start]
                and (head := self._headline_organisation()) and head[1] in ref.types):
            return _Arg(head[0], head[1], a, b, ref.factor)
        # (an anaphor opening its sentence with nothing it could stand for within reach: the organisation the document
        # is about, when one stands out: X披露三季报。…分业务看,…。旗下酸奶品牌"Y"收入增长12%)
        # (not for a ref that takes only some names: 被告 is the party a suit names, whoever the text is about)
        if (ref.pick == "last" and not typed and not self.text[s.start:a].strip()
                and ref.only is ref.after is ref.before is ref.skip is None
                and (main := self._main_organisation(ref.types)) is not None):
            return _Arg(main[0], main[1], a, b, ref.factor)
        return None

    def _clause_open(self, s: Sentence, a: int) -> int:
        """Where the clause that holds `a` opens, in sentence `s`."""
        return max((j + 1 for j in range(s.start, a) if _fold(self.text[j]) in CLAUSE_END), default=s.start)

    def _speaker_post(self, s: Sentence, a: int) -> tuple[str, str] | None:
        """(entity, type) of the one organisation where the person who opens sentence `s` with a verb of saying
        (X介绍, X表示) or as an interview turn's label (X:) holds a post an earlier sentence named, when the ref at `a`
        stands after that verb or label."""
        first = next(iter(self._sentence_mentions(s)), None)
        if first is None or first[2] != "PERSON" or first[0].end > a or self.text[s.start:first[0].start].strip():
            return None
        if self._is_turn_label(s, first[0]):
            return self._sole_post(first[1])  # (…or who answers in an interview's turn: 沈某:电芯主要采购自Y)
        verb = SAYS_AFTER.match(self.text, first[0].end)
        if verb is None or verb.end() > a:
            return None
        return self._sole_post(first[1])

    def _next_speaker_post(self, ref: Ref, s: Sentence, a: int, b: int) -> _Arg | None:
        """The one organisation where the person who speaks next in the ref's sentence holds a post (谈到竞争,X坦言,
        A和B仍是领先者: X's company)."""
        person = next((x for x in self._sentence_mentions(s) if x[0].start >= b and x[2] == "PERSON"), None)
        if person is None or SAYS_AFTER.match(self.text, person[0].end) is None:
            return None
        held = self._sole_post(person[1])
        return _Arg(held[0], held[1], a, b, ref.factor) if held and held[1] in ref.types else None

    def _sole_post(self, person: str) -> tuple[str, str] | None:
        """(entity, type) of the one organisation where an earlier sentence gave `person` a post (a head's post
        first), or None when it gave none or several."""
        orgs = self._posts.get((person, True)) or self._posts.get((person, False), set())
        if len(orgs) != 1:
            return None
        eid = next(iter(orgs))
        return eid, self.entities[eid].type if eid in self.entities else "ORG"

    def _holder_post(self, s: Sentence, a: int) -> tuple[str, str] | None:
        """(entity, type) of the one organisation where the person named last before offset `a` in its clause of
        sentence `s` holds a post an earlier sentence named (Y继续担任总经理: Y's company)."""
        people = [x for x in self._sentence_mentions(s) if x[2] == "PERSON" and x[0].end <= a]
        if not people or any(_fold(c) in CLAUSE_END for c in self.text[people[-1][0].end:a]):
            return None
        held = self._sole_post(people[-1][1])
        if held is None and _FOUNDER_BEFORE.search(self.text, max(s.start, people[-1][0].start - 6),
                                                   people[-1][0].start):
            # (X成为Y的子公司,创始人Z继续担任总经理: Z founded the sentence's subject, X, and keeps the post there)
            own = self._own_opening(s, people[-1][0].start, ("ORG", "BRAND"))
            held = (own[1], own[2]) if own is not None else None
        return held

    def _own_opening(self, s: Sentence, a: int, types: tuple[str, ...]):
        """The first mention of `types` in sentence `s` before offset `a` that opens a clause of it, or None."""
        return next((x for x in self._sentence_mentions(s) if x[2] in types and x[0].end <= a
                     and CLAUSE_OPENING.search(self.text[s.start:x[0].start])), None)

    def _cut_between(self, pos: int, sentence_start: int) -> bool:
        """The sentence holding `pos` runs on to `sentence_start` through semicolons (one sentence cut in parts)."""
        k = bisect.bisect_right(self._sent_starts, pos) - 1
        while k + 1 < len(self.a.sentences) and self.a.sentences[k + 1].start <= sentence_start:
            if not self._cut_at_semicolon(k):
                return False
            k += 1
        return True

    def _cut_at_semicolon(self, k: int) -> bool:
        s = self.a.sentences[k]
        return self.text[s.start:s.end].rstrip()[-1:] in (";", "；")

    def _pair(self, ref: Ref, i: int, a: int, b: int) -> tuple[_Arg, _Arg] | None:
        """双方, 这两家企业 opening sentence `i`: the two organisations the sentence before names; none where it names
        another number of them. People (两人) are the two named before the ref in its own sentence, when it names two
        (X由A和B创立,两人此前均在Y工作), else the two of the sentence before."""
        def named_in(lo: int, hi: int) -> dict[str, tuple]:
            i0, i1 = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
            named: dict[str, tuple] = {}
            for x in self.mentions[i0:i1]:
                if x[0].end <= hi and x[2] in ref.types and not SOURCE_SHOWS.match(self.text, x[0].end):
                    named.setdefault(x[1], x)
            return named

        named = named_in(self.a.sentences[i].start, a) if ref.types == ("PERSON",) else {}
        if len(named) != 2:
            if i == 0:
                return None
            p = self.a.sentences[i - 1]
            named = named_in(p.start, p.end)
        if len(named) != 2:
            return None
        (m1, e1, t1), (m2, e2, t2) = named.values()
        return _Arg(e1, t1, a, b, ref.factor, m1.start), _Arg(e2, t2, a, b, ref.factor, m2.start)

    def _previous_topic(self, ref: Ref, i: int, a: int, b: int) -> _Arg | None:
        """The organisation the sentence before sentence `i` opens with, unless another shares the subject with it
        (X和Y都…; X, 旗下拥有Y: X)."""
        if i == 0:
            return None
        k = i - 1
        while k > 0 and is_markdown_row(self.a.sentences[k].text):
            k -= 1  # (…a Markdown table's rows count as none: | FILA | 3.3 | 14% |。公司董事长X表示: the text's company)
        # (…one that opens with a 公司 no ref read goes on the sentence before it, up to three back: what it names
        # later is no topic; X的主要客户包括…。公司…,其中来自A的订单…。公司在越南的新工厂…。| 客户 |…。公司董事长Y: X)
        for _ in range(3):
            if k == 0 or k in self._opening_company or not self.a.sentences[k].text.startswith("公司"):
                break
            k -= 1

        def mentions_of(p):
            return self.mentions[bisect.bisect_left(self._starts, p.start):bisect.bisect_left(self._starts, p.end)]

        p = self.a.sentences[k]
        named = [x for x in mentions_of(p) if x[2] in ref.types]
        # (…one about a person's career goes on the sentence before it: X成立于…,创始人兼CEO为Y。Y此前曾在Z担任…。
        # 公司目前员工约为420人: X, not Z)
        if k > 0 and named and (person := next((x for x in mentions_of(p) if x[2] == "PERSON"), None)) and (
                person[0].start < named[0][0].start and person[0].start - p.start <= 2
                and CAREER_BEFORE.search(self.text, person[0].end, named[0][0].start)):
            p = self.a.sentences[k - 1]
            named = [x for x in mentions_of(p) if x[2] in ref.types]
        # (…or that a 公司 opening it was read as: 客户方面,公司前五大客户包括A、B…,其中A为…。公司创始人Y: not A)
        if (opening := self._opening_company.get(k)) is not None and opening.type in ref.types and (
                not named or opening.start < named[0][0].start):
            return _Arg(opening.entity, opening.type, a, b, ref.factor, opening.antecedent)
        if not named or not CLAUSE_OPENING.search(self.text[p.start:named[0][0].start]):
            return None
        later = [x for x in named[1:] if x[1] != named[0][1]]
        if later and SUBJECT_JOINER.fullmatch(self.text[named[0][0].end:later[0][0].start]):
            return None
        m, eid, etype = named[0]
        return _Arg(eid, etype, a, b, ref.factor, m.start)

    def _profiled_before(self, ref: Ref, i: int, a: int, b: int) -> _Arg | None:
        """The organisation the sentence before sentence `i`, in the same paragraph, opens with when that sentence
        profiles it (X成立于…, X总部位于…, X是一家…)."""
        if i == 0 or "\n" in self.text[self.a.sentences[i - 1].end:self.a.sentences[i].start]:
            return None
        previous = self._previous_topic(ref, i, a, b)
        if previous is None or not PROFILE_AFTER_NAME.match(self.text, self._mention_end(previous.antecedent)):
            return None
        return previous

    def _mention_end(self, start: int) -> int:
        k = bisect.bisect_left(self._starts, start)
        return self.mentions[k][0].end if k < len(self.mentions) and self.mentions[k][0].start == start else start

    def _headline_organisation(self, interview: bool = False) -> tuple[str, str, bool] | None:
        """(entity id, type, False) of the organisation or brand the document's first line opens with, if any (past
        the emoji or brackets a post's headline may open with, 📣📣X第100家店开业啦, an interview's 专访, and a
        description of it); with `interview`, only after an interview's opening word."""
        lead = LEADING_SYMBOLS.match(self.text).end()
        if (opening := INTERVIEW_LEAD.match(self.text, lead)) is not None:
            lead = opening.end()  # (专访X创始人Y: X)
        elif interview:
            return None
        first = next((x for x in self.mentions if x[2] in ("ORG", "BRAND")), None)
        # (…past a description of it too: AI大模型公司X完成5亿元融资)
        described = HEADLINE_DESCRIPTION.match(self.text, lead)
        if first is None or first[0].start not in (lead, described.end() if described else lead):
            return None
        return first[1], first[2], False

    def _main_organisation(self, types: tuple[str, ...]) -> tuple[str, str, bool] | None:
        """(entity id, type, whether it clearly stands out) of the organisation the document is about: mentioned more
        than once and at least twice as often as any other of those types, else the filer of a filing; None when no
        one stands out."""
        if types in self._mains:  # (the same for every ref of the document that asks)
            return self._mains[types]
        known = []
        for m, eid, etype in self.mentions:
            if etype not in types or LISTED_AT_AFTER.match(self.text, m.end):  # (the exchange it lists on is no topic)
                continue
            if FILED_WITH_BEFORE.search(self.text, max(0, m.start - 4), m.start) and FILED_WITH_AFTER.match(
                    self.text, m.end):
                continue  # (…nor the regulator a filing goes to: 向美国SEC递交F-1)
            if known and known[-1][1] == eid and ALIAS_OPEN.fullmatch(self.text, known[-1][0].end, m.start):
                continue  # (a name and its alias in brackets, TSMC(台积电), are one mention)
            known.append((m, eid))
        # (a filing's 公司 is its filer when no one else stands out: the counterparty of a deal is named, not 公司; a
        # news report of a filing may be about another company, as a rating agency's is)
        if is_roundup(self.text, known):
            self._mains[types] = None  # (a roundup's items are about their own organisations)
            return None
        titled = titled_filer_of(self.text, known)
        filer = titled or reported_filer_of(self.text, known)
        ids = [eid for _, eid in known]
        # (…or a company a report says disclosed something, when no other stands out twice as often: 公司 in a report
        # of its announcement is the announcer, X公告,公司与Y签订…)
        eid = most_mentioned(ids, 2, filer) or titled or (filer if filer and not most_mentioned(ids, 2) else None)
        # (…and how sure: a filer, or three mentions at least, against a topic of two)
        self._mains[types] = main = None if eid is None else (
            eid, self.entities[eid].type if eid in self.entities else "ORG", eid == filer or ids.count(eid) >= 3)
        # (…short of that, and with no filer, the one the headline opens with when no other is named as often, X收购Y
        # … X宣布…, X总部位于…: what a ref that wants only the document's organisation may take)
        self._headline_mains[types] = None
        if eid is None and filer is None and known and known[0][0].start == LEADING_SYMBOLS.match(self.text).end():
            counts = Counter(ids).most_common(2)
            if counts[0][0] == known[0][1] and counts[0][1] >= 2 and (len(counts) < 2 or counts[1][1] < counts[0][1]):
                head = known[0][1]
                self._headline_mains[types] = (head, self.entities[head].type if head in self.entities else "ORG", False)
        return main

    def _sentence_at(self, pos: int) -> Sentence:
        k = bisect.bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and self.a.sentences[k].start <= pos < self.a.sentences[k].end:
            return self.a.sentences[k]
        return Sentence(pos, pos, "")

    # -- patterns
    def run(self, speaker_orgs: dict[str, str]) -> list[Relation]:
        out: list[Relation] = []
        narrator = self.narrator() if speaker_orgs else None
        for i, s in enumerate(self.a.sentences):
            if s.end <= s.start:
                continue
            masked = self.mask(i, speaker_orgs)
            if TOK_OPEN not in masked.text:
                continue
            # second pass: only sentences where 我们 was resolved, or a narrator's 我 (which the first pass, with
            # no organisations known, leaves alone; a transcript's speakers it reads already)
            if speaker_orgs and not any(arg.via_ref < 1 and arg.antecedent < 0
                                        and (arg.type != "PERSON" or arg.entity == narrator) for arg in masked.args):
                continue
            # (most sentences hold none of most patterns' words: those patterns are not searched)
            for pat in self.pats.candidates(masked.text):
                pos = 0
                while (m := pat.regex.search(masked.text, pos)) is not None:
                    pos = m.end() if m.end() > m.start() else m.start() + 1
                    # (a hedge or a negation earlier in the clause governs the match too: 公司拟通过子公司X收购Y)
                    lead = max(masked.text.rfind(c, 0, m.start()) for c in CLAUSE_MARKS) + 1
                    scope = masked.text[lead:m.end()]
                    # (…but a last clause that says the thing is done stands alone: X的产品计划明年量产,已与Y达成合作)
                    last = max(m.group(0).rfind(c) for c in CLAUSE_MARKS)
                    if last >= 0 and DONE_CLAUSE.match(m.group(0), last + 1):
                        scope = m.group(0)[last + 1:]
                    if any(g.search(scope) for gid, g in self.pats.guards if gid not in pat.allow):
                        continue
                    if self.pats.guards_after and self._guarded_after(masked.text, m.end(), pat):
                        continue
                    if pat.unless is not None and pat.unless.search(m.group(0)):
                        continue
                    if any(any(arg.ref != rid for arg in self._slot_args(pat, m, masked, slot)) or m.group(slot) is None
                           for slot, rid in pat.via):
                        continue
                    found = self._emit(pat, m, masked, s)
                    if not found:
                        # a match that relates a name to itself (X由…的Y创立,Y…,持有公司52%: X holds X) says
                        # nothing; the pattern may still hold from a later name (Y holds X)
                        pos = m.start() + 1
                    out.extend(found)
                    for r in found:  # (a post that heads the organisation first: 创始人 over a job held before)
                        if r.predicate in ("founder", "cofounder"):
                            self._posts.setdefault((r.object, True), set()).add(r.subject)
                        elif r.predicate in ("ceo_of", "chairman_of", "works_for"):
                            self._posts.setdefault((r.subject, r.predicate != "works_for"), set()).add(r.object)
        return out

    def _guarded_after(self, text: str, end: int, pat: Pattern) -> bool:
        """Whether the rest of the match's clause opens with an `after` guard (…"被Y收购"传闻)."""
        rest = text[end:min((j for j in (text.find(c, end) for c in CLAUSE_MARKS) if j >= 0), default=len(text))]
        return any(g.match(rest) for gid, g in self.pats.guards_after if gid not in pat.allow)

    def _slot_args(self, pat: Pattern, m: re.Match, masked: _Masked, slot: str, owned: bool = False) -> list[_Arg]:
        """The entities a slot holds; `owned`: the slot is what the relation says is owned, and a list item named as
        another's (欧莱雅旗下的科颜氏、资生堂旗下的肌肤之钥) belongs to its own owner, not to the pattern's."""
        if m.group(slot) is None:
            return []
        if slot in pat.list_slots:  # (an item's bracketed alias is the item again)
            types, items = _list_slot(pat, m, slot)
            owners = [o.span() for o in LIST_OWNER_RE.finditer(items)]  # (the owner is no item of the list)
            toks = list(TOKEN.finditer(items))
            # (其在 after a comma opens a clause of its own: 法定代表人为X,其在抖音开设的店铺… lists no X; 其通过…持有 may
            # go on about the person)
            opens = max((k for k, t in enumerate(toks) if k and items[t.start() - 1:t.start()] == ","
                         and masked.args[int(t.group(2))].ref in self._clause_openers
                         and masked.text.startswith("在", m.start(slot) + t.end())), default=0)
            return [masked.args[int(t.group(2))] for t in toks[opens:]
                    if ("ANY" in types or t.group(1) in types) and not any(a <= t.start() < b for a, b in owners)
                    and not (owned and any(t.start() == b for _, b in owners))]
        return [masked.args[int(m.group(slot))]]

    def _emit(self, pat: Pattern, m: re.Match, masked: _Masked, s: Sentence) -> list[Relation]:
        emits: list[tuple[str, str, str, float]] = []
        # a former marker before the organisation (前宝洁研发总监X) leaves only the relations a past role keeps
        keep, becomes = self._former(pat, m, masked) or (None, "")
        if pat.ends_role:  # (an ended role keeps what a former marker keeps, 创始人 stays true, and the post
            # becomes a job held there, as a post held before does: X首席技术官Y已离职 → Y worked for X)
            keep, becomes = (self.pats.former[0][1] if self.pats.former else frozenset()), "works_for"
        if keep is not None and (not becomes or pat.ends_role) and {"org", "per"} <= pat.slots:
            # (a role the text calls past holds for the whole text: 前总裁X … X2019年加入Y is not a current job)
            self.former_roles.update((p.entity, o.entity) for p in self._slot_args(pat, m, masked, "per")
                                     for o in self._slot_args(pat, m, masked, "org"))
        for rel, subj, obj in pat.emit:
            if rel == "title":
                unit = any(g in m.re.groupindex and m.group(g) is not None for g in ("unit", "line"))
                for title in self._titles(m.group("title"), unit_first=unit):
                    emits.extend((r if keep is None or r in keep else becomes, a, b, title.weight)
                                 for r, a, b in title.emit if keep is None or r in keep or (becomes and r in ROLE_RELATIONS))
            elif keep is None or rel in keep or rel not in ROLE_RELATIONS:
                emits.append((rel, subj, obj, 1.0))
            elif becomes:
                emits.append((becomes, subj, obj, 1.0))
        attrs = []
        names = m.re.groupindex
        if "stake" in names and m.group("stake"):
            attrs.append(("stake", _stake(m.group("stake"))))
        # more than half of a company (not of a unit of it, 星岚中国零售业务60%) makes the company holding it the parent
        majority = bool(attrs) and _majority(attrs[-1][1]) and not ("part" in names and m.group("part"))
        start, end = self._clause(masked.ostart[m.start()], masked.oend[m.end() - 1], s)
        out = []
        # (the stake is the first holder's: A持股51%,B持股49% gives B no 51%)
        stake_slot = next((sl for r, sl, _ in pat.emit if r == "shareholder_of"), None)
        for rel, subj, obj, weight in emits:
            held = attrs if rel != "shareholder_of" or subj == stake_slot else []
            subject_args = self._slot_args(pat, m, masked, subj, owned=rel == "subsidiary_of")
            for sa in subject_args:
                for oa in self._slot_args(pat, m, masked, obj, owned=rel == "has_brand"):
                    if sa.entity == oa.entity or (pat.unless_object is not None and self._named(oa.entity, pat.unless_object)) \
                            or (pat.unless_subject is not None and self._named(sa.entity, pat.unless_subject)):
                        continue
                    ev_start = start
                    for arg in (sa, oa):
                        if arg.antecedent >= 0:  # make the evidence self-contained
                            ev_start = min(ev_start, self._sentence_at(arg.antecedent).start)
                    conf = round(pat.confidence * weight * sa.via_ref * oa.via_ref, 4)
                    evidence = Evidence(self.doc_id, ev_start, end, self.source[ev_start:end])
                    out.append(Relation(sa.entity, rel, oa.entity, evidence, conf, pat.id, tuple(held)))
                    # (a person with a majority controls the company, which shareholder_of says; no person is a parent)
                    # (…the first of holders listed with their stakes in turn: A和B分别持股51%和49%)
                    if (majority and held and rel == "shareholder_of" and sa.type in ("ORG", "BRAND")
                            and sa is next(x for x in subject_args if x.entity != oa.entity)
                            and oa.type in ("ORG", "BRAND")):
                        out.append(Relation(oa.entity, "subsidiary_of", sa.entity, evidence,
                                            round(conf * MAJORITY_WEIGHT, 4), pat.id + "+majority", tuple(attrs)))
            # (…and an item of the list named as another's is that one's: 欧莱雅旗下的科颜氏、资生堂旗下的肌肤之钥)
            owned_slot = obj if rel == "has_brand" else subj if rel == "subsidiary_of" else None
            if owned_slot in pat.list_slots and m.group(owned_slot) is not None:
                evidence = Evidence(self.doc_id, start, end, self.source[start:end])
                for owner, item in self._owned_by_own_owner(pat, m, masked, owned_slot):
                    pair = (owner, item) if rel == "has_brand" else (item, owner)
                    if owner.entity != item.entity:
                        out.append(Relation(pair[0].entity, rel, pair[1].entity, evidence,
                                            round(pat.confidence * weight, 4), pat.id, tuple(attrs)))
        return out

    def _owned_by_own_owner(self, pat: Pattern, m: re.Match, masked: _Masked, slot: str) -> list[tuple[_Arg, _Arg]]:
        """(owner, item) for the items of a list slot named as another's (资生堂旗下的肌肤之钥), of the slot's types."""
        types, items = _list_slot(pat, m, slot)
        out = []
        for o in LIST_OWNER_RE.finditer(items):
            owner, item = TOKEN.match(items, o.start()), TOKEN.match(items, o.end())
            if owner and item and owner.group(1) in ("ORG", "BRAND") and ("ANY" in types or item.group(1) in types):
                out.append((masked.args[int(owner.group(2))], masked.args[int(item.group(2))]))
        return out

    def _named(self, eid: str, regex: re.Pattern) -> bool:
        e = self.entities.get(eid)
        return e is not None and any(regex.search(n) for n in (e.label_zh, e.label_en, *e.aliases) if n)

    def _former(self, pat: Pattern, m: re.Match, masked: _Masked) -> tuple[frozenset[str], str] | None:
        """The relations a past role keeps and the one its other roles become (or ""), when a former marker stands
        right before the title's organisation; None when the role is current."""
        if "org" not in pat.slots or m.group("org") is None:
            return None
        if "former" in m.re.groupindex and m.group("former") and self.pats.former:
            return self.pats.former[0][1:]  # X前总裁Y: the marker between the organisation and the title
        before = masked.text[:masked.text.rfind(TOK_OPEN, 0, m.start("org"))]  # up to the organisation's token
        for regex, keep, becomes in self.pats.former:
            if regex.search(before):
                return keep, becomes
        return None

    def _titles(self, text: str, unit_first: bool = False) -> list[Title]:
        """The titles of a run of them (副总裁兼首席财务官); one held over a unit of the company (副总裁兼书画部
        总经理, or `unit_first`: the pattern read one right before the first) makes its holder staff, no head of
        the company: its roles become works_for."""
        words = sorted(self.pats.title_words, key=len, reverse=True)
        found, i, last_end = [], 0, 0
        while i < len(text):
            for w in words:
                if text.startswith(w, i):
                    title = self.pats.title_words[w]
                    if (unit_first and not found) or UNIT_END.search(text, last_end, i):
                        title = _unit_head(title)
                    if not (found and i > 0 and text[i - 1] in "前原"):  # (联合创始人、前首席科学家: the second is past)
                        found.append(title)
                    i += len(w)
                    last_end = i
                    break
            else:
                i += 1
        return found

    def _clause(self, start: int, end: int, s: Sentence) -> tuple[int, int]:
        """Widen [start, end) to the clause(s) it lies in, inside the sentence."""
        while start > s.start and _fold(self.text[start - 1]) not in CLAUSE_END:
            start -= 1
        while end < s.end and _fold(self.text[end]) not in CLAUSE_END:
            end += 1
        while start < end and self.text[start].isspace():
            start += 1
        return start, end

    # -- tables
    def table_columns(self) -> list[Relation]:
        """Relations a table states by its columns (排名 企业 估值 所在城市 / 1 字节跳动 15600 北京): the first
        organisation or brand of a row stands in the column's relation to the entity in the column's cell."""
        if not self.pats.columns:
            return []
        out = []
        for table in find_tables(self.text):
            for k, head in enumerate(table.header):
                col = next((c for c in self.pats.columns if c.header.search(head.text)), None)
                if col is None:
                    continue
                # (…the one the headline opens with, when none stands out by count: its holders are listed too)
                main = (self._main_organisation(("ORG", "BRAND")) or self._headline_organisation()
                        if col.of_document else None)
                if col.cell != "entity":
                    out += self._row_holder_relations(table, k, col, main)
                    continue
                for row in table.rows:
                    found = [self._mention_in(cell.start, cell.end) for cell in row]
                    subject = next((x for x in found if x and x[2] in ("ORG", "BRAND")), None)
                    obj = found[k]
                    if col.of_document:  # (the cell's entity and the document's organisation)
                        subject, obj = obj, ((None, main[0], main[1]) if main else None)
                        if subject is not None and subject[2] not in col.types:
                            continue
                    elif obj is not None and obj[2] not in col.types:
                        continue
                    if subject is None or obj is None or subject[1] == obj[1]:
                        continue
                    if col.reverse:
                        subject, obj = obj, subject
                    start, end = row[0].start, row[-1].end
                    out.append(Relation(subject[1], col.relation, obj[1],
                                        Evidence(self.doc_id, start, end, self.source[start:end]), col.confidence,
                                        col.id))
        return out

    def _row_holder_relations(self, table, k: int, col: Column, main) -> list[Relation]:
        """A column of posts or of values: the row's first person (or organisation, of the column's types) holds the
        posts its cell names at the document's organisation, or stands in the column's relation to it when its cell
        holds a number other than zero."""
        if main is None:
            return []
        out = []
        for row in table.rows:
            found = [self._mention_in(cell.start, cell.end) for cell in row]
            holder = next((x for x in found if x and x[2] in col.types), None)
            if holder is None or holder[1] == main[0]:
                continue
            start, end = row[0].start, row[-1].end
            evidence = Evidence(self.doc_id, start, end, self.source[start:end])
            if col.cell == "title":
                for post in POST_SEPARATOR.split(row[k].text):
                    out += _posts_held(self._titles(post.strip()), main[0], holder[1], evidence, col.confidence, col.id,
                                       ndigits=4)
            elif NONZERO_VALUE.search(row[k].text):
                out.append(Relation(holder[1], col.relation, main[0], evidence, col.confidence, col.id))
        return out

    # a form's line: an optional item number, a short key, a colon and the value (三、采购人:岚州市交通运输局)
    _FIELD = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]\s?|[(（][一二三四五六七八九十\d]{1,2}[)）])?"
                        r"[ \t\u3000]*(?P<key>[\u4e00-\u9fff]{2,10})[ \t\u3000]*[:：][ \t\u3000]*(?P<value>\S[^\n]*)$", re.M)

    # a row of a two-column table of terms (| 标的公司 | X |): a field too
    _CELL_FIELD = re.compile(r"^[ \t]*\|[ \t]*(?P<key>[\u4e00-\u9fff]{2,10})[ \t]*\|[ \t]*(?P<value>[^|\s][^|\n]*?)[ \t]*\|?[ \t]*$",
                             re.M)

    def _form_fields(self) -> list[tuple[str, int, int, int]]:
        """The document's `key: value` lines and two-cell table rows as (key, line start, value start, line end),
        read once."""
        if self._fields is None:
            self._fields = sorted(((m.group("key"), m.start(), m.start("value"), m.end())
                                   for regex in (self._FIELD, self._CELL_FIELD) for m in regex.finditer(self.text)),
                                  key=lambda f: f[1])
        return self._fields

    def form_fields(self) -> list[Relation]:
        """Relations a form states by its fields (中标供应商:Y on one line, 采购人:X on another: Y supplies X); a
        pair of fields is read only when each key occurs once, so two lots of one notice are not crossed."""
        fields = self._form_fields()
        if not self.pats.fields or len(fields) < 2:
            return []
        out = []
        for pair in self.pats.fields:
            objects = [f for f in fields if pair.object.fullmatch(f[0])]
            if len(objects) != 1:
                continue
            _, o_line, o_value, o_end = objects[0]
            obj = self._first_mention(o_value, o_end, pair.object_types, last=pair.pick_last)
            if obj is None:
                continue
            # (line start, where its entity is looked for, where that stops, line end)
            if pair.subject_line is not None:
                subjects = [(m.start(), m.start(), m.start() + pos.start(), m.end())
                            for m in re.finditer(r"^[^\n]+$", self.text, re.M)
                            if (pos := pair.subject_line.search(m.group())) is not None]
            else:
                subjects = [(line, value, end, end) for key, line, value, end in fields if pair.subject.fullmatch(key)]
                if len(subjects) != 1 or subjects[0][0] == o_line:
                    continue
            for s_line, s_value, s_stop, s_end in subjects:
                found = (self._mentions_in(s_value, s_stop, pair.subject_types) if pair.every_subject
                         else [self._first_mention(s_value, s_stop, pair.subject_types)])
                for subject in found:
                    if subject is None or subject[1] == obj[1]:
                        continue
                    start, end = min(s_line, o_line), max(s_end, o_end)
                    out.append(Relation(subject[1], pair.relation, obj[1], Evidence(
                        self.doc_id, start, end, self.source[start:end]), pair.confidence, pair.id))
        return out

    _OFFICERS_KEY = re.compile(r"主要人员|高管|高管信息|董监高|管理团队|主要管理人员|董事会成员")
    _COMPANY_KEY = re.compile(r"企业名称|公司名称")
    _ROLE_IN_BRACKETS = re.compile(r"\s?[(（](?P<role>[^()（）\n]{2,20})[)）]")

    def form_officers(self) -> list[Relation]:
        """The officers a registry record lists with their roles in brackets (主要人员:沈旻(执行董事兼总经理)、
        林钰(监事)) hold those roles at the record's company (its 企业名称 field)."""
        fields = self._form_fields()
        companies = [f for f in fields if self._COMPANY_KEY.fullmatch(f[0])]
        if len(companies) != 1:
            return []
        company = self._first_mention(companies[0][2], companies[0][3], ("ORG", "BRAND"))
        if company is None:
            return []
        out = []
        for _, line, value, end in (f for f in fields if self._OFFICERS_KEY.fullmatch(f[0])):
            i0, i1 = bisect.bisect_left(self._starts, value), bisect.bisect_left(self._starts, end)
            for m, eid, etype in self.mentions[i0:i1]:
                role = self._ROLE_IN_BRACKETS.match(self.text, m.end)
                titles = self._titles(role.group("role")) if etype == "PERSON" and role else []
                out += _posts_held(titles, company[1], eid, Evidence(self.doc_id, line, end, self.source[line:end]),
                                   0.7, "form-officers")
        return out

    _OFFICER_LINE = re.compile(r"(?m)^[ \t]*(?P<post>[\u4e00-\u9fffA-Z]{2,12})[:：][ \t]*(?P<holders>[^\n]+)")
    _HOLDERS_GLUE = re.compile(r"[、,，和及与 \t。;；]*")

    def filing_officers(self) -> list[Relation]:
        """A filing's lines of posts and the people elected or appointed to them (总经理:晏青禾; 独立董事:A、B、C;
        非独立董事:X(董事长)、Y): they hold those posts, and the ones in brackets, at the filer. Only lines that hold
        nothing but names, so a transcript's turn (董事长:我们今年…) is none."""
        main = self._main_organisation(("ORG",))
        if main is None or not main[2] or titled_filer_of(self.text, [(m, e) for m, e, _ in self.mentions]) != main[0]:
            return []
        out = []
        for line in self._OFFICER_LINE.finditer(self.text):
            # (a card's fields are about its own organisation: 公司名称:X / 法定代表人:Y is X's, not the filer's)
            if card_at(self.cards(), line.start()) is not None:
                continue
            post = line.group("post")
            titles = self._titles(post)
            if not titles or not _all_titles(post, self.pats.title_words):
                continue
            a, b = line.span("holders")
            i0, i1 = bisect.bisect_left(self._starts, a), bisect.bisect_left(self._starts, b)
            people = [x for x in self.mentions[i0:i1] if x[0].end <= b and x[2] == "PERSON"]
            if not people:
                continue
            rest, pos, roles = [], a, []
            for m, eid, _ in people:
                rest.append(self.text[pos:m.start])
                pos = m.end
                if role := self._ROLE_IN_BRACKETS.match(self.text, m.end):
                    roles.append((eid, self._titles(role.group("role"))))
                    pos = role.end()
            rest.append(self.text[pos:b])
            if any(not self._HOLDERS_GLUE.fullmatch(r) for r in rest):
                continue
            evidence = Evidence(self.doc_id, line.start(), b, self.source[line.start():b])
            for eid, held in [(eid, titles) for _, eid, _ in people] + roles:
                out += _posts_held(held, main[0], eid, evidence, 0.75, "filing-officers")
        return out

    _LINE = re.compile(r"(?m)^[^\n]*$")

    def page_sections(self) -> list[Relation]:
        """The lines under a section heading of a page about one organisation (投资方 / 红杉中国、启明创投; 管理团队 /
        柯晓澜 | 创始人兼首席执行官): each item stands in the section's relation to that organisation. A section
        runs to the first empty line after its items."""
        if not self.pats.sections:
            return []
        # (the organisation the page is about, or the one its first line names: 北溟科技 - 关于我们; the person a
        # profile is about)
        mains = {"organisation": self._main_organisation(("ORG", "BRAND")) or next(
            ((eid, etype) for m, eid, etype in self.mentions[:1] if etype in ("ORG", "BRAND")
             and "\n" not in self.text[:m.start]), None), "person": self._main_organisation(("PERSON",))}
        out, section, heading = [], None, (0, 0)
        page = mains["organisation"]
        for line in self._LINE.finditer(self.text):
            text = line.group().strip()
            if not text:
                # (…but for a blank line right under its heading: 分品牌看: / (blank) / - 主品牌X:…)
                if section is not None and self.text[heading[1]:line.start()].strip():
                    section = None
                continue
            # (a listing's card: its fields are about the organisation it is headed by)
            card = card_at(self.cards(), line.start())
            mains["organisation"] = (card.entity, card.type, True) if card else page
            sec = next((x for x in self.pats.sections if x.heading.fullmatch(text)), None)
            if sec is not None:
                section, heading = sec, line.span()
                continue
            pieces = [line.span()]
            # (…or the heading opens the line and its items follow it: 公司出席人员:董事长 X;首席财务官 Y)
            # (…but not a turn's label before a question: 投资者:怎么看伊利、蒙牛的竞争?)
            if (inline := INLINE_HEADING.match(self.text, line.start(), line.end())) and not text.endswith(
                    ("?", "？")) and (sec := next(
                    (x for x in self.pats.sections if x.heading.fullmatch(inline.group(1))), None)):
                section, heading = None, line.span()
                cuts = ITEM_CUT if ITEM_CUT.search(self.text, inline.end(), line.end()) else ITEM_CUT_WEAK
                bounds = [inline.end()] + [m.end() for m in cuts.finditer(self.text, inline.end(), line.end())]
                pieces = list(zip(bounds, [b - 1 for b in bounds[1:]] + [line.end()]))
                if mains[sec.about] is not None:
                    out += self._section_items(sec, mains[sec.about], pieces, heading)
                continue
            if card and inline:
                out += self._card_post(card, inline, line.span())
                continue
            if section is None or mains[section.about] is None:
                continue
            out += self._section_items(section, mains[section.about], pieces, heading)
        return out

    def cards(self) -> list[Card]:
        if self._cards is None:
            self._cards = profile_cards(self.text, self.mentions)
        return self._cards

    def _card_post(self, card: Card, field_key: re.Match, line: tuple[int, int]) -> list[Relation]:
        """A card's field whose key is a post (创始人:曹文涛,曾任…; CEO:X): the person it names first holds it at the
        card's organisation."""
        key = field_key.group(1).strip()
        titles = self._titles(key)
        if not titles or not _all_titles(key, self.pats.title_words):
            return []
        person = self._first_mention(field_key.end(), line[1], ("PERSON",))
        if person is None or ITEM_CUT_WEAK.search(self.text, field_key.end(), person[0].start):
            return []
        evidence = Evidence(self.doc_id, card.start, line[1], self.source[card.start:line[1]])
        return _posts_held(titles, card.entity, person[1], evidence, 0.7, "card-post")

    def _section_items(self, section, main, pieces, heading) -> list[Relation]:
        """What the items of a section say: each piece (start, end) of text is one item."""
        out = []
        if section.address:
            pieces = pieces[:1]
        for start, end in pieces:
            items = [x for x in self._mentions_in(start, end, section.types) if x[1] != main[0]]
            if section.address:
                items = [self._first_mention(start, end, section.types, last=True)] if items else []
            evidence = Evidence(self.doc_id, heading[0], end, self.source[heading[0]:end])
            if section.relation == "title":
                if len(items) != 1:
                    continue
                # (the titles after the name, or before it: 柯晓澜 | 创始人, 首席财务官 孙蔓)
                titles = (self._titles(self.text[items[0][0].end:end])
                          or self._titles(self.text[start:items[0][0].start]))
                org, per = (main[0], items[0][1]) if section.about == "organisation" else (items[0][1], main[0])
                out += _posts_held(titles, org, per, evidence, section.confidence, section.id)
                continue
            for _, eid, _ in items:
                subj, obj = (eid, main[0]) if section.item_is_subject else (main[0], eid)
                out.append(Relation(subj, section.relation, obj, evidence, section.confidence, section.id))
        return out

    def _mentions_in(self, start: int, end: int, types: tuple[str, ...]):
        i0, i1 = bisect.bisect_left(self._starts, start), bisect.bisect_left(self._starts, end)
        return [x for x in self.mentions[i0:i1] if x[0].end <= end and x[2] in types]

    def _first_mention(self, start: int, end: int, types: tuple[str, ...], last: bool = False):
        inside = self._mentions_in(start, end, types)
        if last:
            # (an address down to its district names the city before it: 四川省成都市武侯区 → 成都)
            while (len(inside) > 1 and inside[-1][0].text.endswith(DISTRICT_ENDS)
                   and not inside[-1][0].text.endswith(("自治区", "行政区"))):
                inside.pop()
        return (inside[-1] if last else inside[0]) if inside else None

    _HEADLINE = re.compile(f"^{INTERVIEW_OPENING}{TOK_OPEN}(?:ORG|BRAND)#(\\d+){TOK_CLOSE}(?P<title>[^:：,\\s]{{2,12}}?)(?:[:：,\\s|]|$)")

    # (…or a headline quoting the title's holder, 澔肌创始人:我们用3年时间…)
    _QUOTE_HEADLINE = re.compile(f"^{TOK_OPEN}(?:ORG|BRAND)#(\\d+){TOK_CLOSE}(?P<title>[^:：,\\s]{{2,12}}?)[:：]")

    def _headline_interviewees_org(self) -> str | None:
        """The organisation a headline names with a post and no one holding it (对话X饮料创始人:…), in a transcript
        where no named speaker answers and no one is named at all: the one the answering role speaks for."""
        if not self.a.sentences or any(spk not in ANSWER_ROLES | ASKING_ROLES and not self._is_question(sents)
                                       for spk, sents in self._turns()):
            return None
        if any(etype == "PERSON" for _, _, etype in self.mentions):
            return None  # (someone is named: the answers may be theirs, as a credit line says)
        masked = self.mask(0, {})
        m = self._HEADLINE.match(masked.text) or self._QUOTE_HEADLINE.match(masked.text)
        if not m or not self._titles(m.group("title")) or "PERSON#" in masked.text:
            return None
        return masked.args[int(m.group(1))].entity

    def headline_interviewee(self) -> list[Relation]:
        """A headline that names an organisation and a title but no one (对话无印良品中国区总裁:…) over a transcript
        whose one named speaker answers the questions: the speaker holds that title at that organisation."""
        if not self.a.sentences:
            return []
        masked = self.mask(0, {})
        m = self._HEADLINE.match(masked.text) or self._QUOTE_HEADLINE.match(masked.text)
        if not m:
            return []
        titles = self._titles(m.group("title"))
        answering = {spk for spk, sents in self._turns() if spk in self.speakers and not self._is_question(sents)}
        if not titles or len(answering) != 1:
            return []
        slot = {"org": masked.args[int(m.group(1))].entity, "per": self.speakers[next(iter(answering))]}
        first = self.a.sentences[0]
        evidence = Evidence(self.doc_id, first.start, first.end, self.source[first.start:first.end])
        return [Relation(slot[subject], rel, slot[obj], evidence, 0.7 * titles[0].weight, "headline-interviewee")
                for rel, subject, obj in titles[0].emit]

    def _mention_in(self, start: int, end: int) -> tuple[Mention, str, str] | None:
        """The mention that fills text[start:end] (a table cell), if one does."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self.mentions) and self.mentions[i][0].start == start and self.mentions[i][0].end == end:
            return self.mentions[i]
        return None

    # -- transcripts
    def _speaker_entities(self) -> dict[str, str]:
        """Speaker name as written → a PERSON entity, when a mention of that name resolves to one."""
        out: dict[str, str] = {}
        names = {s.speaker for s in self.a.sentences if s.speaker}
        for name in names:
            key = name.strip()
            for m, eid, etype in self.mentions:
                if etype == "PERSON" and (m.text.strip() == key or m.norm == key):
                    out[name] = eid
                    break
        # (an answering role whose turn introduces its speaker: 答:我叫凌岚然,之前在玛氏做了8年研发)
        for s in self.a.sentences:
            if s.speaker in ANSWER_ROLES and s.speaker not in out and (
                    said := SELF_NAMED.match(self.text, s.start, s.end)) is not None:
                named = next((x for x in self._sentence_mentions(s) if x[0].start == said.end()), None)
                if named is not None and named[2] == "PERSON":
                    out[s.speaker] = named[1]
        return out

    def _turns(self) -> list[tuple[str, list[Sentence]]]:
        turns: list[tuple[str, list[Sentence]]] = []
        for s in self.a.sentences:
            if not s.speaker:
                if turns and turns[-1][0] != "":
                    turns.append(("", [s]))
                continue
            if turns and turns[-1][0] == s.speaker:
                turns[-1][1].append(s)
            else:
                turns.append((s.speaker, [s]))
        return [t for t in turns if t[0]]

    def _asked_about(self, ref: Ref, i: int, a: int, b: int, speaker_orgs: dict[str, str]) -> _Arg | None:
        """The first name of the ref's types in the question right before the answer sentence i opens, when the
        question matches the ref's (问:X的外卖主要在哪些平台? / 邬X:主要是美团和饿了么: X), or the answering speaker's
        organisation when the question names none (你们的外卖在哪些平台?, 卖得最好的渠道是哪个?); else none."""
        s = self.a.sentences[i]
        if not s.speaker or i == 0 or self.a.sentences[i - 1].speaker in (None, s.speaker):
            return None
        asker, j = self.a.sentences[i - 1].speaker, i - 1
        while j > 0 and self.a.sentences[j - 1].speaker == asker:
            j -= 1
        asked = self.a.sentences[j:i]
        if not self._is_question(asked) or not ref.question.search(self.text, asked[0].start, asked[-1].end):
            return None
        for m, eid, etype in self.mentions[bisect.bisect_left(self._starts, asked[0].start):]:
            if m.start >= asked[-1].end:
                break
            if (etype in ref.types and not self._is_turn_label(self._sentence_at(m.start), m)
                    and not QUESTION_EXAMPLES.search(self.text, self._sentence_at(m.start).start, m.start)):
                return _Arg(eid, etype, a, b, ref.factor, m.start)
        org = speaker_orgs.get(self.speakers.get(s.speaker, ""))
        if org:
            return _Arg(org, self.entities[org].type if org in self.entities else "ORG", a, b, ref.factor)
        return None

    def _answerer_organisation(self, i: int, speaker_orgs: dict[str, str]) -> str | None:
        """The organisation of whoever speaks the turn after sentence `i`'s, when the document ties them to one."""
        asker = self.a.sentences[i].speaker
        answer = next((s.speaker for s in self.a.sentences[i + 1:] if s.speaker and s.speaker != asker), None)
        person = self.speakers.get(answer or "")
        return speaker_orgs.get(person) if person else None

    def _is_question(self, sents: list[Sentence]) -> bool:
        for s in sents:
            t = self.text[s.start:s.end].rstrip()
            if t.endswith(("?", "？")) or re.search(r"[吗呢][。.!！]?$", t):
                return True
        return False

    def branches(self) -> list[Relation]:
        """A branch named by its organisation, a place and its kind (澜湄银行上海分行, X公司深圳分公司) is part of the
        organisation the text names: branch subsidiary_of organisation (schema.org's parentOrganization), once."""
        names: dict[str, str] = {}
        for _, eid, etype in self.mentions:
            if etype in ("ORG", "BRAND") and (ent := self.entities.get(eid)) is not None:
                for name in (ent.label_zh, *ent.aliases):
                    if len(name) >= 2:
                        names.setdefault(name, eid)
        out, seen = [], set()
        for m, eid, etype in self.mentions:
            if etype != "ORG" or eid in seen:
                continue
            parent = _owner_by_prefix(names, m.text, eid, lambda k: BRANCH_TAIL.fullmatch(m.text, k) is not None)
            if parent is None:
                continue
            seen.add(eid)
            s = self._sentence_at(m.start)
            out.append(Relation(eid, "subsidiary_of", parent, Evidence(self.doc_id, s.start, s.end, self.source[s.start:s.end]),
                                0.8, "branch-name"))
        return out

    def funds_by_name(self) -> list[Relation]:
        """A fund product named after the fund company the text names (X基金 … X成长精选混合基金) is that company's
        product: company has_brand fund, once."""
        companies: dict[str, str] = {}
        for _, eid, etype in self.mentions:
            if etype == "ORG" and (ent := self.entities.get(eid)) is not None:
                for name in (ent.label_zh, *ent.aliases):
                    if name.endswith("基金") and len(name) >= 4 and not FUND_PRODUCT.search(name):
                        companies.setdefault(name[:-2], eid)
        out, seen = [], set()
        for m, eid, etype in self.mentions:
            if etype not in ("ORG", "BRAND") or eid in seen or not FUND_PRODUCT.search(m.text):
                continue
            company = _owner_by_prefix(companies, m.text, eid)
            if company is None:
                continue
            seen.add(eid)
            s = self._sentence_at(m.start)
            out.append(Relation(company, "has_brand", eid, Evidence(self.doc_id, s.start, s.end,
                                                                    self.source[s.start:s.end]), 0.75, "fund-name"))
        return out

    def interviews(self) -> list[Relation]:
        turns = self._turns()
        if len(turns) < 2:
            return []
        total: dict[str, int] = defaultdict(int)
        asked: dict[str, int] = defaultdict(int)
        for spk, sents in turns:
            total[spk] += 1
            asked[spk] += self._is_question(sents)
        ratio = {spk: asked[spk] / total[spk] for spk in total}
        pairs: dict[tuple[str, str], list[int]] = defaultdict(list)
        for k in range(len(turns) - 1):
            a, b = turns[k][0], turns[k + 1][0]
            if a != b and self._is_question(turns[k][1]):
                pairs[(a, b)].append(k)
        out = []
        for (a, b), ks in pairs.items():
            if not (ratio[a] >= 0.5 and ratio[b] <= 0.34 and ratio[a] > ratio[b]):
                continue
            ea, eb = self.speakers.get(a), self.speakers.get(b)
            if not ea or not eb or ea == eb:
                continue
            k = ks[0]
            start, end = turns[k][1][0].start, turns[k + 1][1][0].end
            conf = 0.9 if len(ks) >= 2 else 0.7
            out.append(Relation(ea, "interviewed", eb, Evidence(self.doc_id, start, end, self.source[start:end]),
                                conf, "transcript-turns"))
        return out

    def speaker_orgs(self, found: list[Relation]) -> dict[str, str]:
        """Speaker entity → the one organisation the document ties them to (founder, CEO, partner …). An
        answering role (答:, A:) speaks for the one person the document ties to an organisation (a Q&A whose
        interviewee is named only in its credit line: 以上为X首席财务官Y的回答)."""
        tied = self.tied_orgs(found)
        roles = {s.speaker for s in self.a.sentences if s.speaker in ANSWER_ROLES and not (
            s.speaker in self.speakers and not self.speakers[s.speaker].startswith(ANONYMOUS_SPEAKER))}
        if roles and len(tied) == 1:
            for role in roles:
                self.speakers[role] = next(iter(tied))
        if self._anonymous_org is not None:
            tied.update({p: self._anonymous_org for p in self.speakers.values() if p.startswith(ANONYMOUS_SPEAKER)})
        people = set(self.speakers.values()) | self._quote_speakers() | {self.narrator()} - {None}
        return {p: org for p, org in tied.items() if p in people}

    _SELF_INTRODUCTION = re.compile(r"我是(?=[^,;。!?\n]{0,24}$)")

    def narrator(self) -> str | None:
        """The person a document with no turns is written by, who introduces themself (我是禾野咖啡的创始人骆川, a
        letter) or signs it on its last line (—— 浥味小馆创始人 林浥舟): its 我 and 我们 outside quotations are
        theirs."""
        if self._narrator is not False:
            return self._narrator
        self._narrator = None
        if not self.speakers:  # (no named speaker's turns: a salutation, 各位用户:, is none)
            for m, eid, etype in self.mentions:
                start = self._sentence_at(m.start).start
                if etype == "PERSON" and self._SELF_INTRODUCTION.search(self.text, start, m.start):
                    self._narrator = eid
                    break
            signature = SIGNATURE_LINE.search(self.text)
            if self._narrator is None and signature is not None:
                signed = [eid for m, eid, etype in self.mentions if etype == "PERSON" and m.start >= signature.start()]
                self._narrator = signed[-1] if len(signed) == 1 else None
            if self._narrator is None and (header := AUTHOR_HEADER.match(self.text)) is not None:
                named = {eid for m, eid, etype in self.mentions if etype == "PERSON" and m.end <= header.end()}
                self._narrator = named.pop() if len(named) == 1 else None
            # (…or a letter the text says who sent: 以下为X创始人兼CEO Y发给全体员工的内部信全文)
            if self._narrator is None and (letter := LETTER_HEADER.search(self.text, 0, LETTER_HEADER_REACH)):
                named = {eid for m, eid, etype in self.mentions
                         if etype == "PERSON" and letter.start() <= m.start and m.end <= letter.end()}
                self._narrator = named.pop() if len(named) == 1 else None
        return self._narrator

    def _quote_speaker(self, start: int, end: int) -> str | None:
        """The person the quotation around text[start:end] is credited to (“…我们…”，王宁表示), if any."""
        quote = quotation_around(self.text, start, end)
        if quote is None:
            return None
        if self._people is None:
            self._people = [(m.start, m.end, eid) for m, eid, et in self.mentions if et == "PERSON"]
        return credited_person(self.text, quote, self._people)

    def _quote_speakers(self) -> set[str]:
        """The people credited with a quotation that speaks in the first person for an organisation (我们, 我司)."""
        return {p for m in WE.finditer(self.text) if (p := self._quote_speaker(m.start(), m.end()))}

    def tied_orgs(self, found: list[Relation]) -> dict[str, str]:
        """Person entity → the one organisation the relations tie them to (none where they name two). A company
        the person founded or leads ties them before one they work or worked for (我2009年加入万科,…2019年创办了X:
        their 我们 is X's)."""
        leads: dict[str, set[str]] = defaultdict(set)
        ties: dict[str, set[str]] = defaultdict(set)
        past = {p.id for p in self.pats.patterns if p.past}  # (a former employer is no tie: 曾在X工作)
        for r in found:
            if r.pattern in past:
                continue
            if r.predicate in ("founder", "cofounder") and self._is_person(r.object):
                leads[r.object].add(r.subject)
                ties[r.object].add(r.subject)
            elif r.predicate in ("ceo_of", "chairman_of", "partner_of", "works_for") and self._is_person(r.subject):
                if r.predicate != "works_for":
                    leads[r.subject].add(r.object)
                ties[r.subject].add(r.object)
        out = {}
        for p, orgs in ties.items():
            pick = leads[p] if len(leads[p]) == 1 else orgs
            if len(pick) == 1:
                out[p] = next(iter(pick))
        return out

    def _is_person(self, eid: str) -> bool:
        ent = self.entities.get(eid)
        return ent is not None and ent.type == "PERSON"


MAJORITY_WEIGHT = 0.9


def _posts_held(titles, org: str, per: str, evidence: Evidence, confidence: float, pattern_id: str,
                ndigits: int | None = None) -> list[Relation]:
    """What person `per` holding `titles` at organisation `org` says (founder, ceo_of, works_for …), each relation at
    `confidence` times its title's weight (rounded to `ndigits` when given)."""
    slot = {"org": org, "per": per}
    return [Relation(slot[sub], rel, slot[obj], evidence,
                     confidence * t.weight if ndigits is None else round(confidence * t.weight, ndigits), pattern_id)
            for t in titles for rel, sub, obj in t.emit]


def _all_titles(post: str, title_words) -> bool:
    """`post` is made of title words only, but for 非 (非独立董事) and what joins them (兼, 、)."""
    rest = post
    for w in sorted(title_words, key=len, reverse=True):
        rest = rest.replace(w, "")
    return rest.strip("非兼、及和") == ""


def _majority(stake: str) -> bool:
    try:
        return float(stake) > 0.5
    except ValueError:
        return False


def _stake(text: str) -> str:
    t = "".join(_fold(c) for c in text).strip().rstrip("%").strip()
    try:
        return f"{float(t) / 100:g}"
    except ValueError:
        return text


def _dedupe(found: list[Relation]) -> list[Relation]:
    groups: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for r in found:
        key = (r.subject, r.predicate, r.object)
        if r.predicate in SYMMETRIC:
            key = (min(r.subject, r.object), r.predicate, max(r.subject, r.object))
        groups[key].append(r)
    out = []
    for rs in groups.values():
        best = max(rs, key=lambda r: (r.confidence, -r.evidence.start))
        spans = {(r.evidence.start, r.evidence.end) for r in rs}
        conf = min(MAX_CONFIDENCE, best.confidence + EVIDENCE_BOOST * (len(spans) - 1))
        out.append(replace(best, confidence=round(max(best.confidence, conf), 4)))
    out.sort(key=lambda r: (r.evidence.start, r.evidence.end, r.predicate, r.subject, r.object))
    return out

"""Small typed records passed between the stages. Offsets are code-point indices into `Document.text`."""
from __future__ import annotations

import bisect
import re

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .gazetteer import DEFINED_NAME_WORDS, LEGAL_FORM
from .tables import LIST_MARK


@dataclass(frozen=True)
class Document:
    """A decoded input. `text` is what every offset indexes: the decoded file, or for HTML the extracted text
    (then `is_source_text` is False and the RDF context carries `text` as `nif:isString`)."""

    doc_id: str  # stable id minted from the content hash, e.g. "doc-5b1e0c2a9f3d"
    source: str  # path or name as given by the user
    text: str
    sha256: str  # of the raw bytes
    media_type: str = "text/plain"
    is_source_text: bool = True


@dataclass(frozen=True)
class Dropped:
    start: int
    end: int
    reason: str  # "advertising", "disclaimer", "caption", "duplicate", ...


@dataclass(frozen=True)
class CleanText:
    """Text prepared for analysis. `offset_map[i]` is the index in `Document.text` of `text[i]`;
    it has one extra trailing entry (the end position) so that spans map with `offset_map[end]`."""

    text: str
    offset_map: tuple[int, ...]
    dropped: tuple[Dropped, ...] = ()
    # the whole original text as the rules read it (normalised, simplified): same length and offsets as the original
    view: str = ""

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the clean text back to the original text."""
        if end <= start:
            o = self.offset_map[start]
            return o, o
        return self.offset_map[start], self.offset_map[end - 1] + 1


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # the analysed (normalised) sentence text
    speaker: str | None = None  # for Q&A transcripts: the turn's speaker name as written


@dataclass(frozen=True)
class Mention:
    start: int  # into Document.text
    end: int
    text: str  # == Document.text[start:end], less any markup the cleaner dropped inside it (H&amp;M → H&M)
    label: str  # PERSON, ORG, BRAND, GPE, LOC
    ent_id: str = ""  # canonical id from the gazetteer, when known
    source: str = "ner"  # ner | gazetteer | cue
    sentence: int = -1  # index into Analysis.sentences
    norm: str = ""  # normalised surface (width, case) used for matching


@dataclass(frozen=True)
class Figure:
    start: int  # into Document.text
    end: int
    text: str
    value: float | None = None
    min_value: float | None = None
    max_value: float | None = None
    comparator: str = "="  # =, >, >=, <, <=, ~
    unit: str = ""  # users, CNY, USD, GBP, percent, times, orders, fans, stores, year ...
    metric: str = ""  # metric id from metrics.jsonl, e.g. "monthly-active-users"
    date: str = ""  # ISO-ish date or period text, e.g. "2014-12", "2019"
    sentence: int = -1


@dataclass
class Analysis:
    """Everything the NLP stage learnt about one document (offsets into document.text)."""

    document: Document
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dropped: tuple[Dropped, ...] = ()
    # document.text as the rules read it (normalised, traditional characters simplified), offset for offset: the
    # later stages match their patterns on it and quote document.text
    view: str = ""

    @property
    def rule_text(self) -> str:
        return self.view or self.document.text


@dataclass
class Entity:
    id: str  # canonical id, e.g. "xiaohongshu" (gazetteer) or "org-3f2a9c1b" (hash of type + normalised name)
    type: str  # PERSON, ORG, BRAND, GPE, LOC
    label_zh: str
    label_en: str = ""
    aliases: set[str] = field(default_factory=set)
    wikidata: str = ""
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (doc_id, mention)
    merges: list[tuple[str, str, float, str]] = field(default_factory=list)  # (alias, into, score, reason)


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Relation:
    subject: str  # entity id
    predicate: str  # our relation name, mapped to RDF in vocab.py
    object: str  # entity id
    evidence: Evidence
    confidence: float
    pattern: str = ""  # id of the pattern that found it
    attributes: tuple[tuple[str, str], ...] = ()  # e.g. (("stake", "0.15"),)


@dataclass(frozen=True)
class Observation:
    """A figure attached to the entity it is about."""

    figure: Figure
    doc_id: str
    about: str  # entity id
    confidence: float


def the_group(mentions: Iterable[tuple[Mention, str, str]]) -> tuple[str, str] | None:
    """(entity id, type) of the one organisation among `mentions` (mention, entity id, type) that the text names as
    a group (曜步集团 …): what 集团 alone stands for; None when none or several are."""
    groups = {(eid, etype) for m, eid, etype in mentions if m.text.endswith("集团")}
    return groups.pop() if len(groups) == 1 else None


def company_behind(brand: str, mentions: Iterable[tuple[Mention, str, str]]) -> str | None:
    """The one organisation among `mentions` (mention, entity id, type) whose name opens as the brand's does, a place
    before it allowed (荇光互娱, 北京|缙光互娱科技有限公司 for the app 荇光短剧), named twice at least: what a story about
    the brand calls 公司. Not a unit named after the brand itself (汀机汇|印尼公司), and not a registered operator the
    text names once (品牌X的运营主体Y), which leaves the brand what the text is about."""
    mentions = list(mentions)
    names = tuple({m.text for m, eid, _ in mentions if eid == brand})
    heads = {n[:2] for n in names if len(n) >= 3}
    found = {eid for m, eid, etype in mentions if eid != brand and etype == "ORG"
             and any(m.text.find(h) in (0, 2, 3) for h in heads) and not m.text.startswith(names)}
    found = {eid for eid in found if sum(e == eid for _, e, _ in mentions) >= 2}
    return found.pop() if len(found) == 1 else None


# the maker named right before a work in title marks (由X开发的二次元手游《Y》, X旗下的《Y》, X出品的电影《Y》)
MADE_WORK_BETWEEN = re.compile(r"(?:(?:自主|独立|联合)?(?:开发|研发|出品|打造|制作)的|旗下的?)[^,，。;；!?！？\n《]{0,10}$")


def maker_of_work(work: str, mentions: Iterable[tuple[Mention, str, str]], text: str) -> str | None:
    """For a work the text names in title marks only (a game, a film), the one organisation it names as the work's
    maker right before the title (由X开发的手游《Y》): what a story about the work calls 公司."""
    mentions = sorted(mentions, key=lambda x: x[0].start)
    titled = [m for m, eid, _ in mentions if eid == work]
    if not titled or not all(text.startswith("《", m.start - 1) for m in titled):
        return None
    makers = set()
    for m in titled:
        before = [(o, eid) for o, eid, etype in mentions if etype == "ORG" and o.end <= m.start - 1
                  and m.start - 1 - o.end <= 12]
        if before and MADE_WORK_BETWEEN.search(text, before[-1][0].end, m.start - 1):
            makers.add(before[-1][1])
    return makers.pop() if len(makers) == 1 else None


@dataclass(frozen=True)
class Card:
    """A block of a listing about one organisation: its name on a line of its own (1. X, ## X), then `key: value`
    lines (成立时间:2022年 / 创始人:Y / 总部:Z …). From `start` (the name's line) to `end` (its last field)."""
    start: int
    heading_end: int
    end: int
    entity: str
    type: str


# a list's marker before a card's name (1. X, 一、X, (2) X, ① X, ## X, **X**)
CARD_MARKER = re.compile(r"[ \t\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*)?(?:\d{1,2}[.、．)）][ \t]*|[(（]\d{1,2}[)）][ \t]*"
                         r"|[一二三四五六七八九十]{1,3}[、.．][ \t]*|[①②③④⑤⑥⑦⑧⑨⑩][ \t]*|[●•·■◆▶][ \t]*)?")
CARD_AFTER = re.compile(r"(?:\*\*)?[ \t\u3000]*$")
CARD_FIELD = re.compile(r"[ \t\u3000]*(?:[-•·*●][ \t]*)?[\u4e00-\u9fffA-Za-z]{2,10}[ \t]*[:：][ \t]*\S[^\n]*$")
CARD_MIN_FIELDS = 2
# …or a form's name field heading the same kind of block (公司名称:X / 法定代表人:Y / 主要客户:…: a filing's target)
CARD_NAME_FIELD = re.compile(r"[ \t\u3000]*(?:公司名称|企业名称|单位名称|公司全称|名称)[ \t]*[:：][ \t]*")


def profile_cards(text: str, mentions: Iterable[tuple[Mention, str, str]]) -> list[Card]:
    """The cards of a listing (`Card`): a line that holds nothing but one organisation's or brand's name, after a
    list marker or a form's name field (公司名称:), followed by two `key: value` lines at least (blank lines between
    them allowed). What the fields and the sentences in them say without a subject is said of that organisation."""
    by_start = {m.start: (m, eid, etype) for m, eid, etype in mentions if etype in ("ORG", "BRAND")}
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text)
             if m.start() == 0 or text[m.start() - 1] == "\n"]
    cards, k = [], 0
    while k < len(lines):
        a, b = lines[k]
        k += 1
        named = by_start.get(CARD_MARKER.match(text, a, b).end()) or (
            (field := CARD_NAME_FIELD.match(text, a, b)) and by_start.get(field.end()))
        if named is None or not CARD_AFTER.match(text, named[0].end, b):
            continue
        fields, j = [], k
        while j < len(lines):
            la, lb = lines[j]
            if CARD_FIELD.match(text, la, lb):
                fields.append(lb)
            elif text[la:lb].strip():
                break
            j += 1
        if len(fields) >= CARD_MIN_FIELDS:
            cards.append(Card(a, named[0].end, fields[-1], named[1], named[2]))
            k = j
    return cards


# a list item's number or bullet opening its line, the name heading the item, and the colon after the name
# (3.乐芙晞:今年最大的惊喜!, 1.安热沙小金瓶:防晒力最强: the product's name after the brand's)
ITEM_OPENING = re.compile(LIST_MARK)
ITEM_HEAD_COLON = re.compile(r"[^:：,，。;；!！?？\n]{0,8}[:：]")


# an answer's line (A:, 答:) and the question's line before it (Q2:骉源新能有什么不同?)
ANSWER_OPENING = re.compile(r"[ \t]*(?:A\d{0,2}|答)[:：]")
QUESTION_OPENING = re.compile(r"[ \t]*(?:Q\d{0,2}|问\d{0,2})[:：.、][ \t]*")


def item_head_at(text: str, pos: int, mentions: list, starts: list[int] | None = None) -> tuple | None:
    """The mention (`(Mention, entity id, type)` of `mentions`, all of a text's, sorted by start; `starts`: their
    starts, when the caller keeps them) heading the list item whose line holds `pos`, when the line is such an item;
    later sentences of the item's line are about it too. An answer's line (A:…) is headed by the organisation its
    question opens with (Q2:骉源新能有什么不同?)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if ANSWER_OPENING.match(text, line_start, pos):
        before = text[:line_start].rstrip()
        opening = QUESTION_OPENING.match(text, before.rfind("\n") + 1, len(before))
        types = ("ORG", "BRAND")
    else:
        opening = ITEM_OPENING.match(text, line_start, pos)
        types = ()
    if not opening:
        return _heading_line_above(text, line_start, mentions, starts)
    k = bisect.bisect_left(starts if starts is not None else [x[0].start for x in mentions], opening.end())
    head = mentions[k] if k < len(mentions) else None
    if head is None or head[0].start != opening.end() or head[0].end > pos or (types and head[2] not in types):
        return None
    if not types and not ITEM_HEAD_COLON.match(text, head[0].end):
        return None
    return head


# what may follow the name on an item's heading line of its own (2⃣ 某某咖啡(静安店)): a branch or note in brackets
HEADING_LINE_REST = re.compile(r"[ \t]*(?:[(（][^()（）\n]{1,12}[)）])?[ \t]*(?=\n|$)")


def _heading_line_above(text: str, line_start: int, mentions: list, starts: list[int] | None) -> tuple | None:
    """The organisation or brand heading a list item on a line of its own (2⃣ 某某Coffee), for the paragraph line
    right under it (人均55元,是前…开的店): what that line says with no subject is said of the item's name."""
    if line_start == 0:
        return None
    above_end = line_start - 1
    while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1:above_end].strip():
        above_end = text.rfind("\n", 0, above_end)  # (blank lines between the heading and its paragraph)
        if above_end <= 0:
            return None
    above_start = text.rfind("\n", 0, above_end) + 1
    opening = ITEM_OPENING.match(text, above_start, above_end)
    if not opening:
        return None
    k = bisect.bisect_left(starts if starts is not None else [x[0].start for x in mentions], opening.end())
    head = mentions[k] if k < len(mentions) else None
    if head is None or head[0].start != opening.end() or head[2] not in ("ORG", "BRAND"):
        return None
    rest = HEADING_LINE_REST.match(text, head[0].end, above_end + 1)
    return head if rest is not None and rest.end() == above_end else None


def card_at(cards: list[Card], pos: int) -> Card | None:
    """The card whose fields hold `pos` (past its heading), if any."""
    return next((c for c in cards if c.heading_end <= pos < c.end), None)


# where a company lists (在港交所主板挂牌上市, 登陆纳斯达克上市): an exchange named so is a venue, not a topic
LISTED_AT_AFTER = re.compile(r"\s?(?:主板|创业板|科创板|中小板)?(?:挂牌)?(?:上市|挂牌)")


# a numbered item of a news roundup opening its line (1. X完成3亿元C轮融资…), also as a Markdown heading (## 1. X…)
NUMBERED_ITEM = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]*)?\d{1,2}[.、)）][ \t]*")


def is_roundup(text: str, mentions: Iterable[tuple[Mention, str]]) -> bool:
    """Whether the document is a roundup of separate news items: three numbered lines at least, each opening with
    another organisation (1. X完成融资… 2. Y宣布… 3. Z发布公告…). Such a document is about no one organisation: its
    公司 is the one its own item names."""
    starts = {m.end() for m in NUMBERED_ITEM.finditer(text)}
    if len(starts) < 3:
        return False
    return len({eid for m, eid in mentions if m.start in starts}) >= 3


def roundup_item_head(text: str, pos: int, mentions: list, starts: list[int]) -> tuple | None:
    """In a roundup (`is_roundup`), the mention (`(Mention, entity id, type)` of `mentions`, sorted by start;
    `starts`: their starts) opening the numbered item whose block holds `pos`: the item runs from its numbered line
    to the next one (## 1. X完成3亿元B轮融资 / … / 创始人兼CEO Y此前是…: X)."""
    item = None
    for m in NUMBERED_ITEM.finditer(text, 0, pos):
        item = m
    if item is None:
        return None
    k = bisect.bisect_left(starts, item.end())
    head = mentions[k] if k < len(mentions) else None
    if head is None or head[0].start != item.end() or head[0].end > pos:
        return None
    return head


def most_mentioned(entity_ids: Iterable[str], min_mentions: int, filer: str | None = None) -> str | None:
    """The entity a document is about, from the entity ids of its mentions: mentioned at least `min_mentions`
    times and at least twice as often as any other; None when no one stands out. Figures (attach) and relations
    both read 公司 "the company" as this entity, each with the threshold its use needs. A filer (`filer_of`)
    counts as mentioned `min_mentions` times more: its document calls it 公司 throughout."""
    counts = Counter(entity_ids)
    if filer is not None:
        counts[filer] += min_mentions
    top = counts.most_common(2)
    if not top or top[0][1] < min_mentions or (len(top) > 1 and top[1][1] * 2 > top[0][1]):
        return None
    return top[0][0]


def titled_filer_of(text: str, mentions: Iterable[tuple[Mention, str]]) -> str | None:
    """The entity id of a registered company that opens the document's first line, past a line of stock codes
    (X股份有限公司关于…的公告), or that the document calls 公司: the company whose own filing the document is."""
    first = DOCUMENT_OPENING.match(text).end()
    if header := FILING_HEADER.match(text, first):  # 证券代码:603xxx 证券简称:X 公告编号:…, a line before the title
        first = header.end()
    mentions = list(mentions)
    for m, eid in mentions:
        # (…or, by any name, heads the record of its meetings with investors: X:投资者关系活动记录表(2026-012), or of
        # its own results meeting: X2024年第三季度业绩说明会纪要)
        if m.start == first and m.label == "ORG" and (LEGAL_FORM.search(m.text) or OWN_RECORD_AFTER.match(text, m.end)
                                                      or OWN_MEETING_AFTER.match(text, m.end)):
            return eid
    # …or that the document defines as 公司 (X股份有限公司(以下简称"公司")): the filing's own word for it
    for m, eid in mentions:
        if m.label == "ORG" and DEFINED_AS_THE_COMPANY.match(text, m.end):
            return eid
    return None


def filer_of(text: str, mentions: Iterable[tuple[Mention, str]]) -> str | None:
    """The entity id of a registered company that opens the document's first line (杭州X科技股份有限公司投资者关系
    活动记录表, X股份有限公司关于…的公告): the document is its filing. None otherwise."""
    mentions = list(mentions)
    return titled_filer_of(text, mentions) or reported_filer_of(text, mentions)


def reported_filer_of(text: str, mentions: list[tuple[Mention, str]]) -> str | None:
    """The filer a document not titled by it still speaks for: a company that answers, through its officer, the
    questions of a Q&A record, or one a news report says disclosed something."""
    # …one that answers, through its officer, the questions of a Q&A record (岚芯科技董秘:感谢您的关注)
    for m, eid in mentions:
        if m.label == "ORG" and (m.start == 0 or text[m.start - 1] == "\n") and OFFICER_TURN.match(text, m.end):
            return eid
    # …or that signs the document at its end (X股份有限公司董事会 / X董事长 Y, then a date): a letter or statement the
    # company issued, whose 我们 and 公司 are the signer
    lines = [line.start() for line in NON_EMPTY_LINE.finditer(text)]
    last_lines = lines[-3] if len(lines) >= 3 else 0
    for m, eid in mentions:
        if (m.start >= last_lines and m.label == "ORG" and (m.start == 0 or text[m.start - 1] == "\n")
                and LEGAL_FORM.search(m.text) and SIGNED_AFTER.match(text, m.end)):
            return eid
    # …or whose stock code follows its first naming near the top and which discloses something
    # (卓岚股份(股票代码:002xxx)披露, 公司…): a news report of its filing
    for m, eid in mentions:
        if m.start > 200:
            break
        if m.label == "ORG" and (code := STOCK_CODE_AFTER.match(text, m.end)) and DISCLOSES.match(text, code.end()):
            return eid
        # …or whose registered name, given a short name, discloses something (X股份有限公司(下称"X")公告称)
        # (…or files a prospectus: X股份有限公司(以下简称"X")近日向深交所主板递交招股书, or has its application
        # accepted: X股份有限公司(简称"X")科创板IPO申请获受理)
        if (m.label == "ORG" and LEGAL_FORM.search(m.text) and (short := SHORT_NAME_AFTER.match(text, m.end))
                and (DISCLOSES.match(text, short.end()) or FILES_PROSPECTUS.match(text, short.end())
                     or LISTING_APPLICATION.match(text, short.end()))):
            return eid
        # …or whose listing application the report opens with (X的科创板IPO申请获上交所受理): a prospectus's company
        if m.label == "ORG" and LISTING_APPLICATION.match(text, m.end):
            return eid
        # …or that opens the first paragraph after the headline with its announcement (X12月3日晚间公告,董事会…)
        if m.label == "ORG" and m.start > 0 and text[m.start - 1] == "\n" and DISCLOSES.match(text, m.end):
            return eid
    return None


def announcer_of(text: str, mentions: Iterable[tuple[Mention, str]]) -> str | None:
    """The company a paragraph opens with, past a date and a description of it, announcing something (12月1日,跨境电商
    企业X发布公告称): whose 公司 the report's 公告称,公司… means. None when no paragraph opens so."""
    for m, eid in mentions:
        if (m.label == "ORG" and DISCLOSES.match(text, m.end)
                and DATED_OPENING.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.start)):
            return eid
    return None


LISTING_APPLICATION = re.compile(r"(?:的)?(?:科创板|创业板|主板|北交所|港股|A股|深交所|上交所)?(?:IPO|首发|上市)(?:申请)?(?:已|已经|正式)?(?:获|被|通过)")
# what a paragraph may open with before the company whose announcement it reports (12月1日,跨境电商企业X发布公告称)
DATED_OPENING = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:晚间|晚|早间|午间)?[,，]?(?:[\u4e00-\u9fff]{0,10}?(?:企业|公司|集团|品牌|厂商|商))?")


# a quotation credited to the person named right after it (“…”王宁表示, "…"X创始人王宁说) or right before it
# (王宁表示：“…”)
SAYS = r"(?:表示|说|称|介绍|坦言|透露|指出|强调|补充|回应|告诉)"
CREDIT_AFTER = re.compile(r"\s?[,，。]?\s?$")
# (…also with the interview it said it in: 在接受本报采访时说)
SAYS_AFTER = re.compile(r"(?:也|还|则|进一步|对记者|向记者)?(?:在接受[^,，。“”\"]{0,12}?(?:采访|专访)时)?" + SAYS)
SAYS_BEFORE = re.compile(r"[^。！？!?；;\n“”\"]{0,12}?" + SAYS + r"(?:道)?\s?[:：,，]?\s?$")
CREDIT_GAP = 20  # characters between a quotation's end and its speaker: an organisation and a title (X创始人)
CREDIT_GAP_BREAK = re.compile(r"[。!！?？;；\n“”\"]")  # …with no sentence or quotation between


# the key under which the speaker organisations hold the one of a document's narrator, who signs it (a notice,
# a letter): what its 我们 outside quotations stands for; no transcript speaker is written so
NARRATOR = "\u2060narrator"


def quotation_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(opening mark, closing mark) of the quotation on one line that holds text[start:end], in curly marks or
    in straight ones (which open and close in turn); None outside one."""
    line, stop = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    stop = len(text) if stop < 0 else stop
    opened = text.rfind("“", line, start)
    if opened >= 0 and "”" not in text[opened:start]:
        closed = text.find("”", end, stop)
        return (opened, closed) if closed >= 0 else None
    if text.count('"', line, start) % 2 == 1:
        closed = text.find('"', end, stop)
        return (text.rfind('"', line, start), closed) if closed >= 0 else None
    return None


def credited_person(text: str, quote: tuple[int, int], people: Iterable[tuple[int, int, str]]) -> str | None:
    """The entity id of the person (start, end, id) a quotation is credited to: named after its closing mark
    with at most an organisation and a title between, then a verb of saying; or before its opening mark, right
    after such a verb."""
    opened, closed = quote
    for start, end, eid in people:
        if start > closed:
            gap = text[closed + 1:start]
            lead = CREDIT_AFTER.match(gap) or (len(gap) <= CREDIT_GAP
                                               and not CREDIT_GAP_BREAK.search(gap.lstrip("，,。 ")))
            if lead and SAYS_AFTER.match(text, end):
                return eid
        elif end <= opened and SAYS_BEFORE.match(text[end:opened]):
            return eid
    # (…or, opening the sentence after one in which a person speaks, that person going on: X表示,…。“…”)
    if opened > 0 and text[opened - 1] in "。!?！？":
        sentence = max(text.rfind(c, 0, opened - 1) for c in "。!?！？\n") + 1
        speaking = [eid for start, end, eid in people if sentence <= start and end < opened and SAYS_AFTER.match(text, end)]
        if len(set(speaking)) == 1:
            return speaking[0]
    return None


# (以下简称"公司"), (以下简称"公司"或"X"): the name a filing gives itself
DEFINED_AS_THE_COMPANY = re.compile(r"\s?[(（](?:以下)?(?:简称|称)[:：]?[“\"「](?:本公司|公司|上市公司|发行人)[”\"」]")
# the line of codes an announcement opens with, and the space before its title
FILING_HEADER = re.compile(r"[ \t]*(?:证券|股票|债券)代码[:：][^\n]*\n\s*")
SHORT_NAME_AFTER = re.compile(rf"\s?[(（](?:{DEFINED_NAME_WORDS})[:：]?[“\"「][^”\"」]{{1,20}}[”\"」][)）]")
# a source and its report (企查查信息显示, 中指研究院数据显示, 阿里拍卖平台显示, 天眼查显示): what it names is the
# report's source, never the subject of the relation or the figure the sentence goes on to give
SOURCE_SHOWS = re.compile(r"\s?(?:的)?(?:最新)?(?:(?:(?:官网|平台|网站|页面|App|APP|小程序)(?:信息|数据|公示)?|信息|数据|统计|调研|监测数据|研报|报告)"
                          r"(?:显示|表明|指出|称)|显示(?!出|了))")
# (股票代码:002xxx), or a ticker with its exchange (600519.SH, 02xxx.HK)
# (…or an A-share code alone: 瑱源食品(002977)12月2日晚间披露; 688xxx as news sites mask one)
STOCK_CODE_AFTER = re.compile(r"\s?[(（](?:[036]\d{5}|[036]\d{2}xxx|(?:股票|证券)代码[:：]\s?[0-9A-Za-z.]{4,10}"
                              r"|(?:纳斯达克|纽交所|港交所|NASDAQ|NYSE)(?:股票)?代码[:：]\s?[0-9A-Za-z.]{2,10}"
                              r"|(?:[A-Z]{2,6}[:：]\s?)?[0-9A-Za-z]{2,6}\.(?:SH|SZ|BJ|HK|US|N|O|SS))[)）]")
FILES_PROSPECTUS = re.compile(r"\s?(?:近日|日前|今日|正式)?(?:向[^,，。;；]{2,12}?)?(?:递交|提交|更新|报送)(?:了)?(?:[^,，。;；]{0,8}?)"
                              r"(?:招股书|招股说明书|上市申请)")
DISCLOSES = re.compile(r"\s?(?:\d{1,2}月\d{1,2}日|近日|日前|今日)?(?:晚间|晚|早间|盘后)?(?:发布)?(?:公告|披露|宣布|(?:了)?(?:\d{4}年)?(?:"
                       r"三季报|一季报|中报|半年报|年报|年度报告|半年度报告|第?[一二三四]季度报告|业绩预告|业绩快报"
                       # (…or its results by period: X(02xxx.HK)8月22日晚发布2024年中期业绩)
                       r"|(?:中期|年度|全年|前三季度|第?[一二三四]季度)(?:业绩|财报)(?:公告)?"
                       # (…or the record of its meetings with investors: X(301xxx.SZ)11月28日发布投资者关系活动记录)
                       r"|投资者关系活动记录表?|机构调研纪要|调研纪要)"
                       # …or lists (12月3日在港交所主板挂牌上市): the report is about its listing
                       r"|(?:在|于)[^,，。;；]{2,8}?(?:挂牌)?上市)")


# blanks and a Markdown heading's or emphasis marks before a document's first word (# X第三季度业绩电话会议实录)
DOCUMENT_OPENING = re.compile(r"[\s#*>]*")
OFFICER_TURN = re.compile(r"(?:董秘|董事会秘书|证券事务代表|证券部|投资者关系部)\s?[:：]")
NON_EMPTY_LINE = re.compile(r"(?m)^[^\n]*\S[^\n]*$")
# what follows a company's name signing a document (董事会, 董事长 X, a date on the next line)
SIGNED_AFTER = re.compile(r"[ \t]*(?:董事会|监事会|(?:董事长|总裁|首席执行官|CEO)[ \t]*[\u4e00-\u9fff]{2,4})?[ \t]*(?:\n[ \t]*\d{4}年\d{1,2}月\d{1,2}日|$)")
# the record of a company's meetings with investors, its own filing (X:投资者关系活动记录表(2026-012))
OWN_RECORD_AFTER = re.compile(r"\s?[:：]?\s?(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?)?(?:投资者关系活动记录表|投资者关系管理信息|调研活动信息|机构调研纪要|调研纪要)")
# a headline naming a company's own results meeting (X2026年第三季度业绩电话会议实录, X年度业绩说明会): what the
# speakers of the record call 公司 is X
OWN_MEETING_AFTER = re.compile(r"\s?(?:\d{4}年)?(?:第?[一二三四]季度|Q[1-4]|上半年|下半年|前三季度|全年|年度|半年度)?"
                               r"(?:业绩|财报)?(?:电话会议?|说明会|交流会|分析师会议?|投资者开放日|股东大会)")

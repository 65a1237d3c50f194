"""Rule components: the gazetteer matcher (`kg_gazetteer`) and cue patterns (`kg_cues`) that find names the
statistical model misses (…品牌, X旗下, 创始人X, “中国的X”, speaker turns). Patterns live in data files."""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Container

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .datafiles import read_jsonl
from .errors import ConfigError
from .pinyin import syllable
from .prefilter import Prefiltered, literals_of
from .prefixes import lengths_by_head
from .gazetteer import (DEFINED_NAME_WORDS, STORE_KIND_CHARS, abbreviations, dictionary_pieces, MAKER_TRADES, SELF_REFERENCE, countries, INDUSTRY_TAIL, LEGAL_FORM, PLACE_OF_BODY, PUBLIC_BODY, Gazetteer, common_words, default_gazetteer, is_common_word, load_gazetteer, load_word_list,
                        normalise_name, surnames, surnames_by_first, by_first_char)
from .spans import BRAND, brand_hints, char_spans, doc_text, merge_ents, split_at, token_bounds
from .ner import output_label
from .tables import LIST_MARK, find_tables

DATA = resources.files("extractor") / "data"
PLACE_LABELS = ("GPE", "LOC")
LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"  # a regex class body: ASCII and Latin-1 letters
_LATIN = re.compile(f"[{LATIN_LETTERS}0-9]")
_ADDRESS_MARKS = "./@#:_-"
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,40}》")


def _strictly_inside(hit: tuple, spans: list[tuple[int, int]]) -> bool:
    return any(s <= hit[0] and hit[1] <= e and (s, e) != (hit[0], hit[1]) for s, e in spans)


def _name_key(name: str) -> str:
    """How the gazetteer matcher keys a name: width and case folded."""
    return unicodedata.normalize("NFKC", name).casefold()


# one-character prepositions and verbs a segmenter glues to the first character of the name after them (从小|红书)
COUNT_BEFORE_MAJOR = "两三四五六七八九十几多"  # (两大, 几大: the count of "major" kinds before a kind's noun)
GLUED_BEFORE_NAME = frozenset("从自在到向对于和与跟同把被给让由为以将是")


class GazetteerMatcher:
    """Longest-match lookup of every gazetteer name; Latin names only at word boundaries, case-insensitive.
    Matches carry the entry's id as `ent_id_` and overwrite statistical entities they overlap."""

    def __init__(self, gazetteer: Gazetteer, leading: frozenset[str] = frozenset()):
        self.gazetteer = gazetteer
        self.leading = tuple(leading)  # modifiers glued to the front of a known name (前 in 前美团)
        self.names: dict[str, tuple[str, str]] = {}
        for entry in gazetteer.entries.values():
            for name in entry.names:
                key = _name_key(name)
                if len(key) >= 2:
                    self.names.setdefault(key, (entry.type, entry.id))
        self.heads = lengths_by_head(self.names)

    def find(self, text: str, mid_word=None) -> list[tuple[int, int, str, str]]:
        """Known names left to right, longest first at each position. `mid_word(pos)`, where given, says a
        position falls inside a dictionary word: a match starting there yields to one starting at the next word's
        first character inside it (面临|海底捞 holds 临海, a coincidence, and 海底捞, the name)."""
        folded = text.casefold() if len(text.casefold()) == len(text) else text
        out: list[tuple[int, int, str, str]] = []
        n = len(text)
        heads = self.heads
        for i in [i for i in range(n - 1) if folded[i:i + 2] in heads]:
            if out and i < out[-1][1] and (mid_word is None or mid_word(i) or not mid_word(out[-1][0])):
                continue  # inside the last match: matching resumes after it
            hit = None
            for ln in heads[folded[i:i + 2]]:
                if ln > n - i:
                    continue
                val = self.names.get(folded[i:i + ln])
                if val and self._bounded(text, i, i + ln):
                    hit = (i, i + ln, *val)
                    break
            if hit:
                if out and i < out[-1][1]:
                    out.pop()
                out.append(hit)
        return out

    def _modifier_before(self, text: str, start: int, end: int) -> bool:
        """The entity is a leading modifier and a known name: 前美团."""
        return any(text.startswith(w, start) and _name_key(text[start + len(w):end]) in self.names
                   for w in self.leading)

    @staticmethod
    def _inside_words(text: str, starts: list[int], ends: list[int], start: int, end: int) -> bool:
        """An edge of text[start:end] falls inside a token that is a dictionary word: a coincidence (施工|行业
        holds 工行, 提高|通过 高通, 美好|未来 好未来), not a name the segmenter split (传谷|歌欲 holds 谷歌)."""
        for pos in (start, end - 1):
            i = bisect.bisect_right(starts, pos) - 1
            if i < 0:
                continue
            inside = starts[i] < start if pos == start else ends[i] > end
            # (not a preposition the segmenter glued to the name's first character: 从小|红书, 在华|为)
            glued = pos == start and start - starts[i] == 1 and text[starts[i]] in GLUED_BEFORE_NAME
            if inside and not glued and text[starts[i]:ends[i]] in common_words():
                return True
        return False

    @staticmethod
    def _within_word(text: str, starts: list[int], ends: list[int], pos: int) -> bool:
        """`pos` is inside a token, past its first character, and the token is a dictionary word (面|临)."""
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and starts[i] < pos < ends[i] and text[starts[i]:ends[i]] in common_words()

    _BODY_END = re.compile(r"(?:委|局|厅|署|委员会)$")
    _PLACE_BEFORE_BODY = re.compile(r"(?:^|(?<=[为是由的,，、和与及:：(（\s]))([\u4e00-\u9fff]{1,5}?(?:省|市|县|区|州))$")

    def _local_body(self, text: str, hit):
        if hit[2] != "ORG" or not self._BODY_END.search(text, hit[0], hit[1]):
            return hit
        m = self._PLACE_BEFORE_BODY.search(text, max(0, hit[0] - 8), hit[0])
        return (m.start(1), hit[1], "ORG", "") if m else hit

    # what follows a company's China unit named as one (花旗中国表示, 在达能中国任职): not its market or division
    # (before a title the corpora write the company alone: 花旗|中国董事长)
    _CHINA_UNIT_AFTER = re.compile(r"表示|称|宣布|发布|回应|透露|官方|方面|任职|工作|负责|担任|就职|供职|有限公司|持股|持有|入股|出资|认购|"
                                   r"签署|签订|达成|"
                                   r"(?:则|已|也|现)?(?:被|由)[^,，。;；]{2,12}?(?:收购|控股|接手|接管|持有)|"  # (麦德龙中国则由物美集团控股)
                                   r"[,，。、;；:：)）\"”]|$")  # (an item's label too: 3. 星巴克中国:7,600家)

    def _china_unit(self, text: str, hit):
        """A known company and 中国 right after it that the text uses as one name (花旗中国表示, 曾在玛氏中国任职):
        its China unit, a company of its own (中国区, 中国市场 stay the division and the market)."""
        if hit[2] not in ("ORG", "BRAND") or not text.startswith("中国", hit[1]) or not (
                self._CHINA_UNIT_AFTER.match(text, hit[1] + 2)
                # (a group's China unit before a list's join: 先正达集团中国和…; 苹果|中国和印度 stays two)
                or (text.endswith("集团", hit[0], hit[1]) and self._LIST_JOIN.match(text, hit[1] + 2))):
            return hit
        return hit[0], hit[1] + 2, "ORG", ""

    _PORTFOLIO_AFTER = re.compile(r"[一二三四五六七八九〇零\d]{3,5}组合")

    def _portfolio(self, text: str, hit):
        """A known fund and the number of one of its portfolios (全国社保基金|一一八组合): the portfolio, a holder of
        its own."""
        if hit[2] != "ORG" or not (m := self._PORTFOLIO_AFTER.match(text, hit[1])):
            return hit
        return hit[0], m.end(), "ORG", ""

    # a known platform's line of service named as a business of its own (京东外卖, 淘宝闪购, 美团优选)
    _SERVICE_LINE = re.compile(r"(?:外卖|闪购|优选|买菜|到家|秒送|小时达|配送|快送|跑腿|团购|视频|音乐|健康|物流|快递|云|支付|金融|出行|奢品|"
                               r"超市|买药|国际|海外|跨境|电商|打车|单车|地图|医疗|汽车)(?![\u4e00-\u9fff]{0,1}(?:业务|板块|部门|事业部|平台上|渠道))")
    _AFTER_SERVICE_LINE = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]|则|也|还|已|在|的|将|与|和|是|为|表示|宣布|方面|推出|上线|透露|称|日|今年|去年|目前|旗下|平台|$")

    # a company's line of business after its name (华为|终端业务, X|云业务): 业务 and its kind of units
    _LINE_OF_BUSINESS_AFTER = re.compile(r"业务|事业部|事业群|业务群|板块|BG")

    def _before_business_line(self, text: str, hit):
        """A known name that ends with the first word of a line of business of a shorter known name (华为终端|业务:
        华为's device business): the shorter name, when the gazetteer knows it too."""
        if hit[2] not in ("ORG", "BRAND") or not self._LINE_OF_BUSINESS_AFTER.match(text, hit[1]):
            return hit
        for end in range(hit[1] - 2, hit[0] + 1, -1):
            val = self.names.get(_name_key(text[hit[0]:end]))
            if val and val[0] in ("ORG", "BRAND") and val[1] != hit[3]:
                return hit[0], end, *val
        return hit

    def _service_line(self, text: str, hit):
        """A known company's or brand's name and a line of service right after it, then a break or a verb (京东外卖
        则表示): the business of its own that the text names, a brand with no known id."""
        if hit[2] not in ("ORG", "BRAND") or not hit[3] or not (m := self._SERVICE_LINE.match(text, hit[1])) or (
                not self._AFTER_SERVICE_LINE.match(text, m.end())):
            return hit
        return hit[0], m.end(), "BRAND", ""

    # (…or its share of a market or its shipments right after it: 荣耀的份额为12%, 荣耀以12%的份额排名第六)
    _SHARE_AFTER = re.compile(r"(?:的)?(?:市场)?(?:份额|市占率|出货量)(?:为|是|达|达到|约|仅|同比)|以[\d.]+%的(?:市场)?份额")
    # (…or a rank it is passed in: 首次超过荣耀进入前六)
    _PASSED_IN_RANKING = re.compile(r"(?:进入|跻身|升至|位列|位居|排名|排到|挤进)(?:了)?(?:前[一二三四五六七八九十\d]|第[一二三四五六七八九十\d])")
    _PRODUCT_AFTER = re.compile(r"(?:空调|冰箱|洗衣机|手机|电视机?|笔记本电脑|平板电脑|扫地机器人|热水器|微波炉|电饭煲|耳机|智能手表|"
                                r"新车|汽车|电动车)")
    _JOINED = ("加入", "加盟", "入职", "跳槽至", "跳槽到", "任职于", "就职于", "供职于")
    # a deal the company strikes with the name (与菜鸟达成战略合作): a partner, no everyday word
    _DEAL_AFTER = re.compile(r"(?:达成|签署|签订|开展|展开|深化)(?:了)?(?:全面|深度|长期)?(?:战略)?(?:合作|协议)|合作(?:过|了)")
    # (…with what kind of party it is between: 与达人交个朋友合作过两场专场直播)
    _DEAL_WITH_BEFORE = re.compile(r"(?:与|和|同|跟)(?:达人|主播|直播机构|MCN机构|机构|平台|品牌|企业|公司)?$")
    # a model's code right after the name (问界M7), not a version (微博HD3.1.1版)
    _MODEL_AFTER = re.compile(r"[A-Z]{1,3}\d{1,3}(?![A-Za-z0-9.])")
    _POST_AFTER = re.compile(r"(?:,)?(?:担任|出任|任)(?:[\u4e00-\u9fff]{0,6}?)(?:总裁|CEO|首席[\u4e00-\u9fff]{2,3}官|董事长|总经理|"
                             r"总监|负责人|合伙人|高管)")
    _PLATFORM_FEATURE = re.compile(r"(?:小程序|公众号|视频号|朋友圈|服务号|订阅号|搜一搜)")
    _PART_FROM_BEFORE = re.compile(r"(?:芯片|电池|电芯|激光雷达|雷达|方案|模组|屏幕|传感器|鲜奶|牛奶|奶源|原料|面粉|茶叶)"
                                   r"(?:主要|均|则|全部|都)?(?:采用|选用|来自|搭载|使用)"
                                   r"(?:了)?$")

    # what joins the items of a list of names (小米和苹果, 苹果、三星)
    _LIST_JOIN = re.compile(r"\s?(?:和|与|及|、|以及)\s?")
    _COMMA_JOIN = re.compile(r"\s?[,，]\s?")

    def _listed_with_known(self, text: str, hit, hits, ents, trusted: bool = False) -> bool:
        """An everyday word that is a known name (苹果) listed right beside an organisation the model or the gazetteer
        found (小米和苹果分别以…) names the organisation too: the list confirms it. `trusted`: `hits` are names the
        context has already confirmed (卖给伊利和光明: 伊利 after a sale)."""
        others = [(h[0], h[1]) for h in hits if h is not hit and (trusted or not self.gazetteer.entries[h[3]].confirms_only(
            text[h[0]:h[1]]))] + [(e.start_char, e.end_char) for e in ents if e.label_ == "ORG"]
        return any((b <= hit[0] and self._joined(text, b, hit[0])) or (a >= hit[1] and self._joined(text, hit[1], a))
                   for a, b in others)

    def _joined(self, text: str, a: int, b: int) -> bool:
        """text[a:b] joins two items of a list: 和, 、 … or a comma, as machine-translated text writes lists (可在携程,飞猪
        预订; 皇家,渴望这些进口品牌)."""
        return bool(self._LIST_JOIN.fullmatch(text, a, b) or self._COMMA_JOIN.fullmatch(text, a, b))

    # what calls the list before it brands (皇家和渴望这样的进口品牌, A、B等国货品牌)
    _BRANDS_AFTER_LIST = re.compile(r"(?:等|这样的|这类|之类的|这些)[\u4e00-\u9fff]{0,4}?品牌")

    def _listed_as_brands(self, text: str, hit, hits) -> bool:
        """An everyday word that is a known brand (渴望), in a list of known names the text then calls brands (皇家和
        渴望这样的进口品牌), names the brand: the list says what its items are."""
        if hit[2] not in ("ORG", "BRAND"):
            return False
        starts = {h[0]: h[1] for h in hits}
        end = hit[1]
        while (join := self._LIST_JOIN.match(text, end) or self._COMMA_JOIN.match(text, end)) and join.end() in starts:
            end = starts[join.end()]  # (a comma joins items too: 皇家,渴望这些进口品牌)
        return self._BRANDS_AFTER_LIST.match(text, end) is not None

    @staticmethod
    def _bounded(text: str, start: int, end: int) -> bool:
        if _LATIN.match(text[start]) and start > 0 and (_LATIN.match(text[start - 1]) or text[start - 1] in _ADDRESS_MARKS):
            return False  # …and not a piece of an address or a handle (kan.sina.com, @wallace)
        if _LATIN.match(text[end - 1]) and end < len(text) and (
                _LATIN.match(text[end]) or text[end] in "./" and _LATIN.match(text[end + 1:end + 2])):
            return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        # A known name inside a longer entity is part of that name (中国 in 中国银行北京分行): leave it.
        # Otherwise the gazetteer wins: it relabels equal spans, adds its id, and fixes crossing boundaries.
        # A place inside a statistical place guess (北京 in 北京办公室) is the better-bounded name.
        ents = doc.ents  # each read of doc.ents walks every token: once per call
        text = doc_text(doc)
        # …unless all the entity adds is a modifier (前美团: the former 美团)
        token_starts, token_ends = token_bounds(doc)
        all_hits = self.find(text, lambda pos: self._within_word(text, token_starts, token_ends, pos))
        # (…nor a guess made of known places, 浙江|金华, or of a known name run on into a deal verb, 伊利股份|签署…:
        # the known names are the better-bounded ones)
        overridden = {(e.start_char, e.end_char) for e in ents if not e.ent_id_ and e.label_ not in PLACE_LABELS and (
            _places_only(all_hits, e.start_char, e.end_char)
            or _known_then_verb(text, all_hits, e.start_char, e.end_char)
            # (…nor a person guessed over two known names, 阿里云|通义; an organisation over two may be a joint
            # venture's name, 中粮万科)
            or (e.label_ == "PERSON" and _known_names_only(text, all_hits, e.start_char, e.end_char, self.gazetteer)))}
        inside = [(e.start_char, e.end_char) for e in ents if e.label_ not in PLACE_LABELS
                  and not (e.ent_id_ == "" and self._modifier_before(text, e.start_char, e.end_char))
                  and (e.start_char, e.end_char) not in overridden]
        # a name inside a title is part of the title (《穿Prada的女魔头》), not a mention of the company
        if "《" in text:
            inside += [(m.start() + 1, m.end() - 1) for m in _BOOK_TITLE.finditer(text)]
        # a known company opening a place guess is part of the place named after it (富力湾, a development of 富力)
        places = {e.start_char: e.end_char for e in ents if e.label_ in PLACE_LABELS}
        found = {(e.start_char, e.end_char) for e in ents}
        organisations = {(e.start_char, e.end_char) for e in ents if e.label_ == "ORG"}
        # a known name opening a longer name the text names elsewhere is part of that name (华润 in the
        # headline's 华润医疗 when 华润医疗 is found later): the repeat stage finds the longer name there
        longer = {e.text for e in ents if not e.ent_id_ and e.label_ not in PLACE_LABELS
                  and (e.start_char, e.end_char) not in overridden}
        hits = [h for h in all_hits
                if not any(len(name) > h[1] - h[0] and text.startswith(name, h[0]) for name in longer)]
        # (…but not a place that ends a longer place guess whose other characters read as no words: 昆士|兰州,
        # 贾拉拉巴|德州, a transliterated place of its own; 公司|绍兴 and 覆盖|湖南 are words and the place)
        place_guesses = [(e.start_char, e.end_char) for e in ents if e.label_ in PLACE_LABELS and not e.ent_id_]
        opened = {h[0] for h in hits}  # (亚马逊|美国: a known name opens the guess, the place is one of its own)
        hits = [h for h in hits if not (h[2] in PLACE_LABELS and any(
            a < h[0] and h[1] == b and a not in opened and _no_words(text[a:h[0]]) for a, b in place_guesses))]
        # (a short name that only confirms the model, 苹果, names the company once the text has named it in full,
        # 苹果公司: the document has said which it means)
        named_in_full = {h[3] for h in hits if not self.gazetteer.entries[h[3]].confirms_only(text[h[0]:h[1]])}

        def as_company(h) -> bool:  # a deal, an investment or a career move around the name: the company's
            return h[2] in ("ORG", "BRAND") and (
                # (…what an investor put money in: 曾投资过地平线)
                text.endswith(("投资过", "投资了", "参投过", "投出了"), 0, h[0])
                # (…a deal struck with it: 与菜鸟达成战略合作)
                or (self._DEAL_WITH_BEFORE.search(text, max(0, h[0] - 6), h[0]) is not None
                    and self._DEAL_AFTER.match(text, h[1]) is not None)
                # (…a model code right after the name: 问界M7, 理想L7)
                or self._MODEL_AFTER.match(text, h[1]) is not None
                # (…a retailer a brand's goods go into: 今年开始进山姆了, 入驻盒马)
                or text.endswith(("开始进", "已经进", "也进", "刚进", "进入", "进驻", "入驻"), 0, h[0])
                # (…a career move into it, then a post: 2021年加入荣耀担任副总裁)
                or (text.endswith(self._JOINED, 0, h[0]) and self._POST_AFTER.match(text, h[1]) is not None)
                # (…or a part a maker takes from it: 智能驾驶芯片采用地平线的征程6)
                or self._PART_FROM_BEFORE.search(text, max(0, h[0] - 12), h[0]) is not None)

        def in_context(h) -> bool:  # …or what else around a name that is an everyday word too says it is the company's
            return (self._listed_with_known(text, h, hits, ents)
                    or self._listed_as_brands(text, h, hits)
                    # (…or the text calls it a brand right before it: 高端品牌仰望的新车)
                    or (h[2] in ("ORG", "BRAND") and text.endswith("品牌", 0, h[0]))
                    # (a platform's own feature after it names the platform: 微信小程序, 微信公众号)
                    or (h[2] in ("ORG", "BRAND") and self._PLATFORM_FEATURE.match(text, h[1]) is not None)
                    # (…or a kind of product it makes right after it: 美的空调, 苹果手机)
                    or (h[2] in ("ORG", "BRAND") and self._PRODUCT_AFTER.match(text, h[1]) is not None)
                    or (h[2] in ("ORG", "BRAND") and self._SHARE_AFTER.match(text, h[1]) is not None)
                    or (h[2] in ("ORG", "BRAND") and text.endswith(("超过", "超越", "反超", "赶超", "挤掉"), 0, h[0])
                        and self._PASSED_IN_RANKING.match(text, h[1]) is not None)
                    # (…or the text is on it: 在微博上的阅读量)
                    or (h[2] in ("ORG", "BRAND") and text.endswith("在", 0, h[0]) and text.startswith("上的", h[1]))
                    # (…or, for a district the model did not read inside a place, its city right before it: 深圳前海)
                    or (h[2] in PLACE_LABELS and any(o[1] == h[0] and o[2] in PLACE_LABELS for o in all_hits)
                        and not any(a <= h[0] and h[1] <= b for a, b in places.items())))

        # (once a deal or a move has shown the text means the company, its other mentions name it too, and that one
        # with them: 与菜鸟达成战略合作…为菜鸟提供; a list calling an everyday word a brand says so of that mention only)
        said_in_context = {h[3] for h in hits if as_company(h)}
        # (a list beside a company that is no everyday word shows it too, for its other mentions in lists of known
        # names: 伊利、光明等乳企 … 仅次于光明和新希望; not for one on its own, 我外婆家在杭州)
        listed = {h[3] for h in hits if h[2] in ("ORG", "BRAND") and self._listed_with_known(text, h, hits, ents)}

        def confirmed(h) -> bool:  # (found by the model, a name that is no everyday word, or one the text confirms)
            return ((h[0], h[1]) in found or not self.gazetteer.entries[h[3]].confirms_only(text[h[0]:h[1]])
                    or h[3] in named_in_full or h[3] in said_in_context)

        def listed_again(h) -> bool:
            return h[3] in listed and self._listed_with_known(text, h, hits, ents, trusted=True)

        confirmed_hits = [h for h in hits if confirmed(h) or listed_again(h)]
        hits = [h for h in hits
                if not _strictly_inside(h, inside)
                and not (h[2] not in PLACE_LABELS and places.get(h[0], h[1]) > h[1]
                         and not _company_then_other(text[h[1]:places[h[0]]]))
                and (confirmed(h) or in_context(h) or listed_again(h)
                     or self._listed_with_known(text, h, confirmed_hits, ents, trusted=True))
                # a city that only confirms the model, which read an organisation there, names a club or a hotel
                # (罗马, 汉堡 in a league's results)
                and not (h[2] in PLACE_LABELS and (h[0], h[1]) in organisations
                         and self.gazetteer.entries[h[3]].confirms_only(text[h[0]:h[1]]))]
        # a short name that starts inside a person the model found, whose name opens with a family name, and ends
        # after it is the person's last character and the next word (邵志华为行长 holds 华为): the person stands
        people = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON" and e.text.startswith(surnames())]
        hits = [h for h in hits if not (h[1] - h[0] <= 3 and any(a < h[0] < b < h[1] for a, b in people))]
        # a national body after a city or province (岚城市|国资委) is that place's own body, which the gazetteer
        # does not know
        hits = [self._portfolio(text, self._service_line(text, self._china_unit(text, self._local_body(
            text, self._before_business_line(text, h))))) for h in hits if not _interbank_market(text, h[0], h[1])]
        # a street named after a place (南京|西路, 北京路) names no place
        hits = [h for h in hits if not (h[2] in PLACE_LABELS and _STREET_AFTER.match(text, h[1]))]
        # a short name counted is a unit or a thing, not the company (2个字节, 1024字节)
        hits = [h for h in hits if not (h[1] - h[0] <= 3 and _COUNTED_BEFORE.search(text, max(0, h[0] - 3), h[0]))]
        if any(h[1] - h[0] <= 3 for h in hits):
            # a short name cut out of a dictionary word is a coincidence (施工|行业 holds 工行, 美好|未来 好未来)
            hits = [h for h in hits if not (h[1] - h[0] <= 3
                                            and self._inside_words(text, token_starts, token_ends, h[0], h[1]))]
        merge_ents(doc, char_spans(doc, _joined_scripts(text, hits)), overwrite=True)
        return doc


def _joined_scripts(text: str, hits):
    """A known name written straight on with its name in the other script (正浩EcoFlow, 安克Anker) is one mention of
    the entry: the two hits of the same id that touch where Latin meets Chinese become one."""
    out = []
    for h in sorted(hits):
        if (out and out[-1][3] == h[3] and out[-1][1] == h[0] and h[0] > 0
                and text[h[0]].isascii() != text[h[0] - 1].isascii()):
            out[-1] = (out[-1][0], h[1], *out[-1][2:])
        else:
            out.append(h)
    return out


def _known_then_verb(text: str, hits, start: int, end: int) -> bool:
    """A known organisation opens the span and a verb follows it inside (伊利股份|签署|股份): the model ran on past
    the name into what it did."""
    for a, b, label, _ in hits:
        # (…its country before it too: 德国|博世|成立合资公司)
        if ((a == start or (a - start <= 4 and text[start:a] in countries())) and b < end
                and label not in PLACE_LABELS and _DEAL_VERB.match(text, b)):
            return True
        # (…or into the one character of a comparison after it: 和顾家家居、慕思|比,…)
        if a == start and b == end - 1 and label not in PLACE_LABELS and text[b] in "比跟":
            return True
    return False


# what a company does that the model may run a name on into (伊利股份|签署|股份认购协议); not 销售, 拍卖, 培训, which
# also name a unit's trade (中国石化|销售股份有限公司, 佳士得|拍卖行)
_DEAL_VERB = re.compile(r"签署|签订|签约|宣布|发布|推出|收购|入股|达成|完成|获得|联合|携手|成立合资|合资成立|共同成立")


# words that open a kind, not a name (其他跨国公司, 多家投资公司)
_DETERMINER = re.compile(r"其他|其它|其余|各家|各|多家|部分|一些|相关|这些|那些|另一|另外|该|本|大型|中小|国内外|国内|国外|海外|跨国|知名|主要")
_COUNTED_BEFORE = re.compile(r"(?:\d|(?:\d|[一二两三四五六七八九十百千万几多每])个)$")


def _places_only(hits, start: int, end: int) -> bool:
    """Two known places or more, one after the other, make up the whole span (浙江|金华 read as an organisation)."""
    pos, n = start, 0
    for a, b, label, _ in sorted(h for h in hits if start <= h[0] and h[1] <= end):
        if a != pos or label not in PLACE_LABELS:
            return False
        pos, n = b, n + 1
    return n >= 2 and pos == end


def _confirmed_known_name(name: str) -> bool:
    """A gazetteer name that is an everyday word too (地平线, 骆驼): it needs context to read as the name, which a
    cue gives."""
    entry = default_gazetteer().lookup(name)
    return entry is not None and entry.confirms_only(name)


def _known_names_only(text: str, hits, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Two known organisations, brands or products or more, one after the other, make up the whole span (阿里云|通义):
    each is named, none of them only an everyday word."""
    pos, n = start, 0
    for a, b, label, eid in sorted(h for h in hits if start <= h[0] and h[1] <= end):
        if a != pos or label in PLACE_LABELS or gazetteer.entries[eid].confirms_only(text[a:b]):
            return False
        pos, n = b, n + 1
    return n >= 2 and pos == end


def _no_words(text: str) -> bool:
    """Characters no everyday word covers (昆士, 贾拉拉巴): single characters or rare words, no function character."""
    return all("\u4e00" <= c <= "\u9fff" and c not in CueMatcher.FUNCTION_CHARS for c in text) and all(
        len(piece) == 1 or entry is None or entry[0] < 100 for piece, entry in dictionary_pieces(text))


def _company_then_other(rest: str) -> bool:
    """What follows a known company inside a place guess is a place of its own or what the company does (亚马逊|美国,
    亚马逊|开店), not the rest of a place named after it (富力|湾, 阿里|·萨米扬球场)."""
    entry = common_words().get(rest[:2])
    # (…nor a channel glued on: 沃尔玛|线上店; nor a marketplace's site of a country: 亚马逊|站点)
    return (rest in _place_name_set() or (entry is not None and entry[1] == "v") or rest[:1] == "线"
            or rest.startswith(("站点", "站", "平台", "店铺")))


@dataclass(frozen=True)
class CuePattern:
    id: str
    kind: str  # regex | left | suffix | list
    regex: re.Pattern | Prefiltered
    groups: dict
    label: str
    max_tokens: int
    max_chars: int
    confidence: float
    # suffix cues: the name must hold a word no dictionary knows (库迪咖啡, not 速溶咖啡); regex cues: each group
    # must read as a name the context vouches for (始祖鸟, 萨洛蒙; not 国外, 传统: `CueMatcher._vouched_name`), or only
    # its group named `head` when the regex has one (玙栖 of 玙栖度假酒店)
    proper: bool = False
    # suffix cues: the suffix also lengthens a known organisation right before it (高瓴 + 创投 → 高瓴创投)
    extends_known: bool = False
    # suffix cues: a place's name makes the name proper too (汀江 + 人民医院: institutions are named by place)
    place_names: bool = False
    # suffix cues: a known place alone before the suffix is where the unit is, not its name ((育碧)多伦多 + 工作室)
    no_place_alone: bool = False
    # regex cues: a name the model reads as a person somewhere in the text is not taken (X持股52%,梁美玲持股21%:
    # holders are people as often as companies)
    not_people: bool = False
    # a cheap regex the text must contain for the cue to be tried at all (a stock code, 领投): a cue whose own
    # regex has no literal to start from would otherwise be tried at every character
    requires: re.Pattern | None = None
    # suffix cues: a name right after text this matches the end of is not taken (进入|比亚迪供应链: BYD's supply
    # chain, not a company called so)
    not_after: re.Pattern | None = None
    # suffix cues: …nor a name right before text this matches (苹果供应链|中的: inside Apple's supply chain)
    not_before: re.Pattern | None = None
    # suffix and regex cues: …nor a whole name this matches (Orin芯片, A17手机: a product line and its kind, no company;
    # 旗下的|代工厂: a unit named by its kind)
    not_name: re.Pattern | None = None


def _macros() -> dict[str, str]:
    return {
        "{SURNAME}": "(?:" + "|".join(map(re.escape, surnames())) + ")",
        "{COUNTRY}": "(?:" + "|".join(map(re.escape, countries())) + ")",
        "{GIVEN}": "[\u4e00-\u9fff]{1,2}?",
        # (a period between a name and its results: X前三季度营收, X2023年销量)
        "{PERIOD}": "(?:前三季度|前[一二三四五六七八九十两]个?季度|第?[一二三四]季度|上半年|下半年|全年|今年|去年|"
                    "前\\d{1,2}个?月|\\d{4}年度?(?:前三季度|上半年|下半年|全年|第?[一二三四]季度)?)",
        # (今年34岁, 目前负责, 2022年创立: a time word after the name)
        # (和 only before another name, not before a verb: 贝清和表示 is 贝清和)
        # (为 only before a post or its holder: 队长武蚺|为品牌代言人; 创始人宗X|为浙江大学…教授)
        "{NAME_END}": "[说表认指介坦称回答问道笑,，。;；:：、与及在的也曾等对则就还是将因已(（)）“\"]|和(?![表说称认介指透坦回答因])|(?:(?<!成)为|成为)(?=品牌|公司|集团|其|该|本|新任|首席|全球|中国区|代言人|形象|大使|董事|总裁|总经理|第[一二三四五六七八九十]大股东|控股股东|实际控制人|大股东|[\u4e00-\u9fff]{2,20}?(?:教授|研究员|院士|博导|讲师|主任|院长|所长)(?=[,，。;；]|$))|兼|作为|先生|女士|家族|接受|做客|持股|担任|出任|兼任|主持|执导|领衔|牵头|负责|汇报|团队|课题组|发布|宣布|写道|提到|告诉|回应|出席|带领|率领|今年|目前|现年|此前|之前|当选|通过|持有|直接|间接|旗下|名下|有期徒刑|无期徒刑|死刑|拘役|竞得|拍得|购得|买下|原是|原为|原任|毕业|创立|创办|创建|近日|日前|离职|辞职|转任|改任|调任|升任|卸任|辞任|出生于|生于|来自|于(?=\\d{4}年|\\d{1,2}月)|以(?=[\u4e00-\u9fff]{1,6}?(?:方式|名义|身份|形式))|本科(?=和|毕业|均|都|就读|阶段)|硕士(?=和|毕业|均|都)|正式|当庭|当场|执教|加盟|接任|接替|管理(?=的)|[一二三四]季度|上半年|下半年|行贿|受贿|涉嫌|连麦|给予|予以|处以|发给|发出|一起(?=[^,，。]{0,8}?(?:创办|创立|创建|成立|创业|开了|开设))|聊(?=了|聊|天|起|到)|谈(?=了|谈|起|到|及)|走进|现身|化身|带货|\\d{4}年|\\d{1,2}月\\d{1,2}日|\\d{1,2}日|$|\\s",
    }


# the company through which a city or province holds its state capital: with the place before it, a name of its own
_STATE_CAPITAL_COMPANY = re.compile(r"(?:国有资本|国有资产|国资)(?:投资)?(?:运营|经营|管理|投资)(?:集团)?(?:有限责任|有限)?公司$")
_HOLDING_GROUP_TAIL = re.compile(r"(?:投资控股|投资|控股)集团$")


def _named_in_full_as_district(text: str, head: str) -> bool:
    """`head` is a place's short name the text also gives in full as a district or county (金坛 of 金坛区)."""
    return len(head) >= 2 and any(head + level in text for level in ("区", "县", "市"))


# a date after 于 (于2017年, 于3月): the 于 opens the date, no part of a name before it
_DATE_AFTER_YU = re.compile(r"\d{4}年|\d{1,2}月|今年|去年|近日|日前")
# who a person is, after the formal 系 (is) of filings (周龂系公司总经理, 系实际控制人之子)
_IS_WHO_AFTER = re.compile(r"[^,，。;；]{0,16}?(?:总经理|经理|董事|监事|总裁|首席|CEO|创始人|股东|实际控制人|法定代表人|员工|负责人"
                           r"|合伙人|高管|之子|之女|之妻|配偶|亲属|近亲属)")


# a shop opened somewhere, after where (在重庆解放碑|开了第一家店)
_SHOP_OPENED_AFTER = re.compile(r"(?:开了|开出了?|开设了?|开)(?:第一家|首家|一家)(?:小)?(?:店|门店|餐厅|餐馆|小馆|茶馆|咖啡馆)")
# a verb of running and a count of what is run inside a guess (管理三家酒店, 运营23座电站): no name holds one
_RUNS_COUNTED = re.compile(r"(?:管理|运营|经营|开设|开出|新开|拥有|收购|建设)[一二三四五六七八九十两几多\d]+(?:家|座|个|所|间|栋)")
# (…or the kind it runs, ending the guess, the count after it: 在西南地区|运营宠物医院|86家)
_RUNS_KIND = re.compile(r"(?:运营|经营|开设|拥有|布局|新开)(?:了)?[\u4e00-\u9fff]{0,4}(?:医院|门店|店|工厂|酒店|学校|诊所)$")


# whom a product is for (婴儿米粉, 儿童牙膏): a word that stands between a brand and its kind of product
_AUDIENCE_WORDS = frozenset({"婴儿", "婴幼儿", "儿童", "宝宝", "孕妇", "老人", "成人", "男士", "女士", "学生"})


def _without_holding_tail(name: str, suffix_length: int) -> str:
    """What comes before a name's suffix, less a holding group's verbs before 集团 (麀城|投资控股|集团 → 麀城)."""
    tail = _HOLDING_GROUP_TAIL.search(name)
    return name[:tail.start()] if tail and tail.start() > 0 else name[:len(name) - suffix_length]


_NO_LITERAL = "\ue000"  # what a macro is read as when a cue's literals are read (prefilter.literals_of)


def load_cues(path: str | Path | None = None) -> list[CuePattern]:
    src = Path(path) if path else Path(str(DATA / "cues.jsonl"))
    macros = _macros()
    out = []
    seen: set[str] = set()
    for lineno, row in read_jsonl(src):
        try:
            if row.get("id") in seen:  # (an id names one cue: a trace or a test that cites it must find that one)
                raise ValueError(f"duplicate id {row['id']!r}")
            seen.add(row.get("id"))
            kind = row.get("kind", "regex")
            source = row["regex"] if kind == "regex" else row["cue"]
            # (the literals are read from the cue with its macros left out: long alternations such as {SURNAME}
            # hold no literal every match needs, and parsing them again would double the loading time)
            skeleton = source
            for k, v in macros.items():
                source = source.replace(k, v)
                skeleton = skeleton.replace(k, _NO_LITERAL)
            source = source.replace("A-Za-z", LATIN_LETTERS)  # (accented names too: Valoré, Lumière)
            if kind not in ("regex", "left", "suffix", "list"):
                raise ValueError(f"unknown kind {kind!r}")
            pattern = CuePattern(
                # (regex and left cues scan whole texts: most texts lack their words, and a substring test says so
                # faster than the regex; suffix and list cues run on single words or with found names)
                id=row["id"], kind=kind,
                regex=Prefiltered(re.compile(source), literals_of(skeleton, ignore=_NO_LITERAL))
                if kind in ("regex", "left") else re.compile(source), groups=row.get("groups", {}),
                label=row.get("label", ""), max_tokens=int(row.get("max_tokens", 3)),
                max_chars=int(row.get("max_chars", 10)), confidence=float(row.get("confidence", 0.7)),
                proper=bool(row.get("proper", False)), extends_known=bool(row.get("extends_known", False)),
                place_names=bool(row.get("place_names", False)), no_place_alone=bool(row.get("no_place_alone", False)),
                not_people=bool(row.get("not_people", False)),
                requires=re.compile(row["requires"]) if row.get("requires") else None,
                not_after=re.compile(f"(?:{row['not_after']})$") if row.get("not_after") else None,
                not_before=re.compile(row["not_before"]) if row.get("not_before") else None,
                not_name=re.compile(row["not_name"].replace("A-Za-z", LATIN_LETTERS)) if row.get("not_name") else None)
            if kind == "regex" and not pattern.groups:
                raise ValueError("a regex cue needs 'groups' naming its labelled groups")
        except (ValueError, KeyError, TypeError, re.error) as exc:
            raise ConfigError(f"{src}:{lineno}: invalid cue pattern ({exc})") from None
        out.append(pattern)
    return out


def _last_characters(alternation: str) -> frozenset[str] | None:
    """The last characters of the words of a plain alternation "(?:公司|集团|…)"; None for any other regex."""
    m = re.fullmatch(r"\(\?:([^()\[\]\\?*+{}.^$]+)\)", alternation)
    return frozenset(w[-1] for w in m.group(1).split("|") if w) if m else None


def org_suffix_regex(patterns: list[CuePattern]) -> re.Pattern | None:
    """The organisational suffixes (公司, 集团, 创投 …) of the suffix cues that lengthen a known name, as one regex."""
    suffixes = [p.regex.pattern for p in patterns if p.kind == "suffix" and p.extends_known]
    return re.compile("|".join(suffixes)) if suffixes else None


def category_regex(patterns: list[CuePattern]) -> re.Pattern | None:
    """The lines of business of the suffix cues that do not lengthen a known name (储能, 咖啡, 汽车 …), as one
    regex: alone, none of them names anything. (公司 and 集团 alone stand for a company the text names: some
    corpora annotate them, and entity resolution leaves them out of the graph.)"""
    suffixes = [p.regex.pattern for p in patterns if p.kind == "suffix" and not p.extends_known]
    return re.compile("|".join(suffixes)) if suffixes else None


def ends_in_org_suffix(org_suffix: re.Pattern | None, name: str) -> bool:
    """At least two characters and then an organisational suffix (启明 + 创投, 宁川 + 城投)."""
    return org_suffix is not None and any(m.end() == len(name) and m.start() >= 2 for m in org_suffix.finditer(name))


REGIONAL_UNIT = ("大区", "区域", "战区", "分区", "片区")
BUSINESS_UNIT = ("品类", "事业部", "事业群", "业务线", "业务", "板块", "条线", "部门")
# the 比 that closes what is set beside something (和A、B比,)
_COMPARISON_CLOSE = r"比(?:起来|较)?(?=[,，。;；!！?？])"
_TENURE_WORDS = frozenset({"原", "前", "现任", "新任", "时任", "前任", "原任"})
DIVISION_WORDS = frozenset({"中国区", "大中华区", "亚太区", "全球", "海外", "国际", "中国大陆", "亚洲区", "欧洲区", "北美区"})
PARENT_OR_CHILD = ("母公司", "子公司", "孙公司")  # (a 分公司 is a branch with a name of its own: 湖北分公司)
RELATIONAL_COMPANY = ("母公司", "子公司", "分公司", "孙公司", "新公司", "该公司", "本公司", "上市公司", "合资公司", "关联公司", "项目公司", "平台公司", "附属公司")
# kinds of company written short (车企: a carmaker), which the segmenter may cut as it cuts role nouns
KIND_SHORT_NOUNS = ("车企", "药企", "房企", "乳企", "奶企", "酒企", "险企", "创企", "茶企", "餐企", "鞋企", "钢企", "煤企")
DESCRIPTION_NOUNS = ("公司", "企业", "集团", "平台", "品牌", "机构", "厂商", "服务商", "代工厂", "制造商", "供应商", "开发商",
                     "运营商", "生产商") + KIND_SHORT_NOUNS
# a kind of company right before an unknown name vouches for it (荷兰企业|维斯特食品, MCN机构|橙汁传媒)
VOUCHING_KINDS = ("企业", "品牌", "厂商", "船东", "MCN机构", "经纪公司") + KIND_SHORT_NOUNS
# role nouns that stand right before a name (充电服务商岚电科技, 运营|商易|电行: the segmenter may glue their last
# character to it): no part of the name
ROLE_NOUNS = ("运营商", "服务商", "供应商", "厂商", "开发商", "经销商", "零售商", "制造商", "生产商", "承包商", "品牌商",
              "电商", "渠道商", "代理商", "船东", "贸易商", "进口商", "出口商", "批发商", "分销商", "集成商", "提供商", "方案商",
              "装备商", "设备商", "材料商", "零部件商", "加盟商", "组件商")
GLUED_KIND_NOUNS = ROLE_NOUNS + KIND_SHORT_NOUNS
OPEN_QUOTES = "“\"「『‘'"
CLOSE_QUOTES = "”\"」』’'"


class CueMatcher:
    """Adds the names found by cue patterns where no other entity sits already."""

    def __init__(self, patterns: list[CuePattern], stopwords: frozenset[str], trailing: frozenset[str] = frozenset(),
                 opening: frozenset[str] = frozenset()):
        self.patterns = patterns
        self.stopwords = stopwords
        self.trailing = Suffixes(trailing)  # words that never end a name (领投, 表示 …)
        self.opening = by_first_char(sorted(opening, key=len, reverse=True))  # words that never start one (对话 …)
        self._opening_set = frozenset(opening)
        # the organisational suffixes (公司, 集团, 创投 …) that lengthen a known name
        self._org_suffix = org_suffix_regex(patterns)
        self._abbreviated = frozenset(short for short, _ in abbreviations())
        self._category = category_regex(patterns)
        # (lines of business run together name none either: 新能源|汽车)
        self._categories = re.compile(f"(?:{self._category.pattern}){{1,3}}") if self._category is not None else None
        self._category_end = re.compile(f"(?:{self._category.pattern})$") if self._category is not None else None
        # the characters a suffix cue's words end with: only tokens ending in one need its regex
        self._last_chars = {p.id: last for p in patterns if p.kind == "suffix"
                            and (last := _last_characters(p.regex.pattern)) is not None}

    def find(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        return self._find(doc)[0]

    def _find(self, doc: Doc) -> tuple[list[tuple[int, int, str, str]], set[tuple[int, int]]]:
        """The names found, and the spans of those that are a transcript's speakers."""
        text = doc_text(doc)
        starts, token_ends = token_bounds(doc)  # read once: the suffix cues need both the ends and the words
        ends = {e: i for i, e in enumerate(token_ends)}
        words = [text[s:e] for s, e in zip(starts, token_ends)]
        by_last: dict[str, list[int]] = {}  # the words by their last character, for the suffix cues
        for i, w in enumerate(words):
            by_last.setdefault(w[-1:], []).append(i)
        found = []
        ents = doc.ents  # each read of doc.ents walks every token: once per call
        known_starts = {e.start_char for e in ents if e.ent_id_ and e.label_ == "ORG"}
        # a mountain or river the model guessed opens many a company's name (南岭|智造, 泰山|集团), a city only
        # describes one (杭州|科技): a guessed natural feature vouches for the name like a known organisation
        feature_starts = {e.start_char for e in ents if e.label_ == "LOC" and not e.ent_id_}
        # …and a place before two words or more and an organisational suffix other than 公司 (江南|眼科|医院|集团) is
        # an institution's name; a place and words and 公司 (北京|互联网|科技|公司) mostly describe a company
        place_starts = {e.start_char for e in ents if e.label_ in PLACE_LABELS}
        # …but a place the model read whole with the suffix (南山铝业 as one place) is a name of the wrong type
        whole_places = {(e.start_char, e.end_char) for e in ents if e.label_ in PLACE_LABELS and not e.ent_id_}
        named_people = {text[e.start_char:e.end_char] for e in ents if e.label_ == "PERSON"}
        lists = [p for p in self.patterns if p.kind == "list"]
        for p in self.patterns:
            if p.kind == "list":
                continue  # after the other cues: the names they find anchor enumerations too
            if p.requires is not None and not p.requires.search(text):
                continue
            if p.kind == "suffix":
                # a token ending with the cue (公司, 基金 …) closes a name that starts a few tokens earlier
                last = self._last_chars.get(p.id)
                for i in (range(len(words)) if last is None else sorted(i for c in last for i in by_last.get(c, ()))):
                    word = words[i]
                    m = p.regex.search(word)
                    split = False
                    if (not m or m.end() != len(word)) and i > 1 and len(word) == len(words[i - 1]) == 1 and (
                            token_ends[i - 1] == starts[i]) and len(words[i - 2]) >= 2:
                        # (a suffix the segmenter split into its two characters after a word, 鷇光|新|能: the two are
                        # the suffix; not text cut into single characters throughout)
                        pair = p.regex.fullmatch(words[i - 1] + word)
                        if pair:
                            m, split = pair, True
                    if m and (split or m.end() == len(word)):
                        # (a legal form, 有限公司, is an everyday word too, but ends a registered name the model may miss)
                        if m.start() > 0 and word in common_words() and word not in LEGAL_FORM_WORDS:
                            continue  # an everyday word that merely ends like the cue (充电器 is no 电器 company)
                        if self.CATEGORY_AFTER.match(text, token_ends[i]):
                            continue  # 在冷链物流方面, 新能源汽车行业: a field, not a company
                        span = self._run_left(doc, i - 1 if split else i, p, include_last=True)
                        if span and split:
                            span = (span[0], token_ends[i])
                        if span:
                            span = (_without_trade_role(text, *span), span[1])  # 激光雷达研发商|澍曜科技
                        if span and (unit := _UNIT_THEN_SPACE.match(text, span[0], span[1])) and span[0] > 0 and (
                                text[span[0] - 1] in "/0123456789"):
                            span = (unit.end(), span[1])  # 0.7元/W| 囘晶能源: a unit's letter, then the headline's name
                        if span and span[1] - len(m.group()) - span[0] >= 3 and text[span[1] - len(m.group()) - 1] == "为":
                            continue  # 冯鷼为|公司(实际控制人): a name, the copula and 公司, no company's name
                        if span and text[span[0]] in "原前" and _former_kind(text[span[0] + 1:span[1]]):
                            continue  # 原物业|公司: the former company of some kind, no name
                        if span and text[span[0]:span[1] - len(m.group())].strip() in self.stopwords:
                            continue  # AI眼镜, IT服务: a term and a line of trade, no name
                        if (span and p.no_place_alone
                                and text[span[0]:span[1] - len(m.group())].strip() in _place_name_set()):
                            continue  # (育碧)多伦多工作室: a company's studio in a city, the city no name of it
                        if span and (_starts_inside_word(text, span[0]) or _ends_inside_word(text, span[1])
                                     or _word_then_field(text, span[0], span[1]) or _everyday_word(text[span[0]:span[1]])):
                            continue  # 车|规级功率芯片, X汽车智能|驾驶: the cue cut an everyday word (车规级, 智能驾驶)
                        if span and p.not_after is not None and p.not_after.search(text, max(0, span[0] - 8), span[0]):
                            continue  # (the words it names are short: a few characters back, not the whole text)
                        if span and p.label == "ORG" and _PRODUCTS_LISTED_BEFORE.search(text, max(0, span[0] - 24), span[0]):
                            continue  # 主要产品包括电源管理芯片和信号链芯片: kinds of product, no company
                        if span and p.not_before is not None and p.not_before.match(text, span[1]):
                            continue
                        if span and p.not_name is not None and p.not_name.fullmatch(text, span[0], span[1]):
                            continue
                        if span and text.endswith(RELATIONAL_COMPANY, span[0], span[1]):
                            continue  # X母公司, X子公司: a company named by its relation to X, not a name
                        if span and _holding_verb_at_end(text, span[0], span[1]):
                            continue  # 是泓远集团|控股的X: the group holds X, and 控股 names no company
                        if (span and p.label == "ORG" and text.endswith(("实验室", "工厂"), span[0], span[1])
                                and _descriptive_org(text[span[0]:span[1]])):
                            continue  # 干果|保鲜|实验室: everyday words and a lab or a plant describe, name none
                        if span and _market_scope(text[span[0]:span[1] - len(m.group())]):
                            continue  # 中国|AI|眼镜(出货量): a market's scope and a product, no name
                        # a known organisation vouches for itself (高瓴|创投): no need to read as an unknown name
                        # (quotes around the whole name vouch for it too: 推荐“梧桐咖啡”)
                        if (span and p.proper and span[0] not in known_starts and span[0] not in feature_starts
                                and span not in whole_places
                                and not (span[0] in place_starts and p.extends_known and m.group() != "公司"
                                         and len(doc.char_span(span[0], span[1]) or ()) >= 4)
                                # (a place and a short form such as 城投 name that place's company of the kind)
                                and not (span[0] in place_starts and m.group() in self._abbreviated)
                                # (…or a district's short name the text gives in full elsewhere: 金坛|城投 of 金坛区)
                                and not (m.group() in self._abbreviated
                                         and _named_in_full_as_district(text, text[span[0]:span[1] - len(m.group())]))
                                # (…and a place and 大学 its university: 江南|大学; a country's are many: 美国大学)
                                and not (span[0] in place_starts and m.group() == "大学"
                                         and text[span[0]:span[1] - 2] not in countries())
                                # (…and so does a place and its state-capital company: X市国有资本运营公司)
                                and not (span[0] in place_starts and _STATE_CAPITAL_COMPANY.search(text, span[0], span[1]))
                                and not self._has_unknown_word(self._without_business(
                                    _without_holding_tail(text[span[0]:span[1]], len(m.group()))),
                                    place_ok=p.label in PLACE_LABELS or p.place_names)
                                and not (0 < span[0] and span[1] < len(text) and text[span[0] - 1] in OPEN_QUOTES
                                         and text[span[1]] in CLOSE_QUOTES)
                                and not self._registered_with_unknown_word(doc, text, span)
                                # (…and so does a kind of company right before it: 荷兰企业|维斯特食品)
                                and not (span[0] - 2 >= 0 and text.endswith(VOUCHING_KINDS, 0, span[0])
                                         and span[1] - span[0] - len(m.group()) >= 2)
                                # (…and so does a Latin name in brackets after it: 正大餐饮(CP Foods Retail))
                                and not _LATIN_NAME_AFTER.match(text, span[1])):
                            continue
                        if (span and text[span[0]] == "自" and span[1] - span[0] >= 5
                                and text.endswith(_SOURCED_BEFORE_ZI, 0, span[0])):
                            span = (span[0] + 1, span[1])  # 采购自|力劲科技: where the goods come from, no part of it
                        if span and (held := _BODY_HOLDS.search(text, span[0], span[1])) and held.end() == span[1]:
                            span = (span[0], held.end("body"))  # 黄山市人民政府|全资控股的X: the body
                        if (span and p.id == "org-suffix" and not text.startswith(("有限", "股份有限"), span[1])
                                and (full := re.search(re.escape(text[span[0]:span[1]]) + "(?:股份)?有限(?:责任)?公司", text))
                                and full.start() < span[0]):
                            continue  # 云岳贸易 after 深圳云岳贸易有限公司: the registered name's short form, which the
                            # variant matcher links to that name
                        if span and span[1] - span[0] > len(m.group()):
                            found.append((*span, p.label, ""))
                continue
            for m in p.regex.finditer(text):
                if p.kind == "regex":
                    named = [(*m.span(group), label) for group, label in p.groups.items() if m.start(group) >= 0
                             and self._plausible(m.group(group))
                             and (label != "PERSON" or self._name_shaped(m.group(group)))
                             and not (p.not_people and m.group(group) in named_people)
                             and not (p.not_name is not None and p.not_name.fullmatch(m.group(group)))
                             # (由福建漳州和广东佛山的工厂代工: places, no maker's name)
                             and not (label in ("ORG", "BRAND") and _made_of_places(m.group(group)))]
                    # (a cue may name the part that has to read as a name, `head`: 玙栖 of 玙栖度假酒店, whose 度假 is a verb)
                    head = m.group("head") if "head" in p.regex.groupindex else None
                    # (…or a known name that is an everyday word too, which the cue's context confirms: 由地平线提供芯片)
                    vouched = [x for x in named if not p.proper or self._vouched_name(head or text[x[0]:x[1]])
                               or _confirmed_known_name(text[x[0]:x[1]])]
                    # (a name the pattern lists beside a vouched one with the same last word: 图灵量子和玻色量子)
                    vouched += [x for x in named if x not in vouched and any(
                        self._shares_head(text[x[0]:x[1]], text[v[0]:v[1]]) for v in vouched)]
                    found.extend((s, e, label, "") for s, e, label in sorted(vouched))
                elif m.start() in ends:  # kind "left": the name ends where the cue starts
                    last = ends[m.start()]
                    if last > 0 and words[last] in FUNCTION_WORDS:
                        last -= 1  # X产品副总裁, X中国区产品副总裁: the company before the function its head runs
                    if last > 0 and words[last] in DIVISION_WORDS:
                        last -= 1  # X中国区总裁: the company before its division
                    if last > 0 and words[last] in _TENURE_WORDS:
                        last -= 1  # X原董事长, X现任总裁: the company before the post's tenure
                    if last > 0 and words[last].endswith("部") and (owner := next(
                            (j for j in range(last - 1, max(-1, last - 4), -1) if _ORG_WORD_END.search(words[j])), None)):
                        last = owner  # 鳚州银行|零售|金融|部|原总经理: the bank whose department the head ran
                    span = self._run_left(doc, last, p)
                    if span and text.startswith("品牌", m.start()) and (
                            text[span[0]:span[1]] in common_words() or text[span[0]:span[1]] in self.stopwords):
                        continue  # 国货|品牌创始人: a kind of brand, no name of one
                    if span and text.endswith(REGIONAL_UNIT + BUSINESS_UNIT, span[0], span[1]):
                        continue  # 成都大区总经理, 护肤品类副总裁: a region or line of the company, not a company
                    if span and (post := _TAKES_POST.search(text, span[0], span[1])) and _surname_name(
                            text[span[0]:post.start()]):
                        found.append((span[0], post.start(), "PERSON", ""))  # 钱|澈任|CTO: a person takes the post
                        continue
                    if span:  # the company, not its division (X中国区总裁)
                        found.append((span[0], self._trim_trailing(text, *span, ends), p.label, ""))
        people = {text[s:e] for s, e, label, _ in found if label == "PERSON"} | {
            e.text for e in ents if e.label_ == "PERSON"}
        found.extend(self._quoted_and_repeated(text, set(starts), ends, people))
        for p in lists:
            found.extend(self._list_members(doc, text, set(starts), ends, p, found))
        found.extend(self._quoted_list_members(ents, text, found))
        found.extend(self._listed_people(ents, text, set(starts), ends))
        found.extend(self._numbered_heads(doc, text, set(starts), ends, found))
        found.extend(_table_column_names(text))
        found = [(_after_brand_kind(text, h[0], h[1]), *h[1:]) if h[2] in ("ORG", BRAND) and not h[3] else h
                 for h in found]
        found = [h for h in _without_category_before_brand(text, found) if h[3] or text[h[0]:h[1]] not in _KIND_ALONE]
        speakers = self._repeated_speakers(doc, text, set(starts), ends)
        found.extend(speakers)
        return found, {(s, e) for s, e, _, _ in speakers}

    # a speaker's label opening a line of a transcript, perhaps with a Latin name in brackets: "堤藤(Tsutsumi Fuji):",
    # perhaps a space after it (周X: 欢迎收听; the cleaner drops a bold label's marker with its space, **魏鳏:** 本季度…)
    _SPEAKER_LABEL = re.compile(r"^[ \t]*(?P<name>[\u4e00-\u9fff]{2,4})(?:[(（][^()（）\n]{1,24}[)）])?[:：][ \t]?(?=\S)",
                                re.M)

    def _repeated_speakers(self, doc: Doc, text: str, starts: set[int], ends: dict[int, int]):
        """A name that opens two or more lines of a transcript as their speaker is a person, whatever the name
        sounds like (a Japanese or transliterated name has no Chinese family name): roles (问, 记者) and other
        labels (来源, 编者按) are everyday words, and a label the text gives another type stays as it is (but for a
        place only the model guessed: 栎阳 is a town and a given name)."""
        heads = list(self._SPEAKER_LABEL.finditer(text))
        labels = Counter(m.group("name") for m in heads)
        typed = {e.text for e in doc.ents if e.label_ != "PERSON" and (e.ent_id_ or e.label_ not in PLACE_LABELS)}
        out = []
        for m in heads:
            name = m.group("name")
            s, e = m.span("name")
            if (labels[name] >= 2 and name not in typed and s in starts and e in ends and self._plausible(name)
                    and not is_common_word(name) and not _everyday_phrase(name)
                    and not any(c in self.FUNCTION_CHARS for c in name)):
                # (the speaker's role before the name is no part of it: 主播|璟星)
                role = _ROLE_BEFORE_NAME.match(name)
                out.append((s + len(role.group()) if role and len(name) - len(role.group()) >= 2 else s, e, "PERSON", ""))
        return out

    # a name listed right after a person (王子墨、林初夏主演): a family name and one or two characters, then what may
    # follow a name or the list's verb
    _PERSON_ITEM_END = re.compile(_macros()["{NAME_END}"] + r"|主演|领衔|出演|执导|等|分别|共同|联合|二人|两人|三人")

    def _listed_people(self, ents, text: str, starts: set[int], ends: dict[int, int]):
        """People listed after a person the model found (A、B和C) are people too, when each reads as a family
        name and a given name and sits on token boundaries."""
        out = []
        taken = {(e.start_char, e.end_char) for e in ents}
        for e in ents:
            if e.label_ != "PERSON":
                continue
            pos = e.end_char
            while (sep := self._PERSON_SEPARATOR.match(text, self._after_role(text, pos))) is not None:
                start = sep.end()
                end = next((k for k in (start + 2, start + 3, start + 4) if k <= len(text) and k in ends
                            and _surname_name(text[start:k]) and self._PERSON_ITEM_END.match(text, k)), None)
                if end is None or start not in starts:
                    break
                if (start, end) not in taken:
                    out.append((start, end, "PERSON", ""))
                pos = end
        return out

    _ROLE_AFTER_NAME = re.compile(r"[(（][^()（）\n]{1,20}[)）]")

    def _after_role(self, text: str, pos: int) -> int:
        """Past a role in brackets right after a name (沈旻(执行董事兼总经理)、林钰): the list goes on after it."""
        m = self._ROLE_AFTER_NAME.match(text, pos)
        return m.end() if m else pos

    _PERSON_SEPARATOR = re.compile(r"、|和(?=[\u4e00-\u9fff])|及(?=[\u4e00-\u9fff])")

    # two or more quoted names in a row, perhaps joined by 、/和 (“珀川烧腊”“翊禾米粉”和“小岑茶铺”)
    # (half-width quotes too, which open and close alike: 品牌"缇岚"和"镜岚")
    _QUOTED_CHAIN = re.compile(r"(?:[“「『\"][^”」』“「『\"\n,，。;；、]{2,10}[”」』\"](?:、|和|及|以及|与)?){2,}")
    _QUOTED_ITEM = re.compile(r"[“「『\"](?P<name>[^”」』“「『\"\n,，。;；、]{2,10})[”」』\"]")
    # …named as brands or companies next to it (旗下三个品牌“A”“B”, “A”“B”等品牌), not drugs or columns (新药“A”和“B”)
    _KIND_BEFORE_CHAIN = re.compile(r"(?:品牌|公司|企业|平台|集团|机构|旗下)[^,，。;；“「『]{0,4}$")
    _KIND_AFTER_CHAIN = re.compile(r"(?:等)?(?:[两三四五六七八九十几多]|\d{1,2})?(?:个|家|大)?(?:品牌|公司|企业|平台|集团|机构)")

    def _quoted_list_members(self, ents, text: str, found=()):
        """Quoted names written one after another and called brands or companies share a kind, like the members
        of an enumeration: when one of them is an organisation or brand found already, the others that read as list
        items are of its kind. The quotes fix each item's edges, so no token boundary is needed."""
        labels = {(s, e): label for s, e, label, _ in found} | {(e.start_char, e.end_char): e.label_ for e in ents}
        out = []
        for chain in self._QUOTED_CHAIN.finditer(text):
            before = self._KIND_BEFORE_CHAIN.search(text, max(0, chain.start() - 8), chain.start())
            after = self._KIND_AFTER_CHAIN.match(text, chain.end())
            if not (before or after):
                continue
            # (called brands, they are brands whatever the found one was read as: 旗下拥有“A”“B”等品牌)
            called_brands = any(k is not None and k.group().endswith("品牌") for k in (before, after))
            items = [m.span("name") for m in self._QUOTED_ITEM.finditer(text, chain.start(), chain.end())]
            kinds = Counter(labels.get(span) for span in items)
            known = kinds["ORG"] + kinds["BRAND"]
            if not (known or called_brands) or kinds["PERSON"]:
                continue  # (called brands, the quotes and the word vouch for them with none found yet)
            label = "BRAND" if called_brands or kinds["BRAND"] >= kinds["ORG"] else "ORG"
            out.extend((s, e, label, "") for s, e in items
                       if ((s, e) not in labels or called_brands and labels[(s, e)] == "ORG")
                       and self._list_item(text[s:e]))
        return out

    # the head of an item of a numbered or bulleted list: "1. 珀莱雅:创立于2003年…", "- 素野：…"
    _ITEM_HEAD = re.compile("^" + LIST_MARK + r"(?P<name>[^\s:：,，。;；—\-–]{2,10}?)[ \t]*(?:[:：]|——|—|--|–)", re.M)
    # a list announced as names of a kind (入选品牌如下, 榜单, TOP5): one head found is enough to type the others
    _NAMES_ANNOUNCED = re.compile(r"(?:品牌|企业|公司|机构|平台|连锁)(?:如下|名单|榜单|排名)|榜单|TOP\s?\d{1,2}|Top\s?\d{1,2}")

    def _numbered_heads(self, doc: Doc, text: str, starts: set[int], ends: dict[int, int], found=()):
        """The heads of a list's items share a type, as the members of an enumeration do: when two or more heads
        are organisations or brands found already, the other heads that read as names are of their kind (榜单:
        1. 珀莱雅:… 2. 薇诺娜:… 3. 自然堂:…). Headings such as 背景: or 市场表现: are everyday words and stay out."""
        heads = list(self._ITEM_HEAD.finditer(text))
        if len(heads) < 3:
            return []
        # (the names the cues found before the heads count too: 1. 蕴璟茶饮: … found by its suffix)
        labels = {(s, e): label for s, e, label, _ in found} | {(e.start_char, e.end_char): e.label_ for e in doc.ents}
        hints = brand_hints(doc)
        kinds = Counter("BRAND" if m.span("name") in hints else labels.get(m.span("name")) for m in heads)
        known = kinds["ORG"] + kinds["BRAND"]
        announced = self._NAMES_ANNOUNCED.search(text, max(0, heads[0].start() - 80), heads[0].start())
        if known < (1 if announced else 2) or kinds["PERSON"] >= known:
            return []
        label = "BRAND" if kinds["BRAND"] > kinds["ORG"] or (announced and "品牌" in announced.group()) else "ORG"
        out = []
        for m in heads:
            s, e = m.span("name")
            name = text[s:e]
            # the list vouches for the type: a head only has to be no everyday word (自然堂 starts with the
            # adverb 自然, which the enumeration rule would refuse)
            if ((s, e) not in labels and s in starts and e in ends and self._plausible(name)
                    and name not in common_words() and not any(c.isdigit() for c in name)):
                out.append((s, e, label, ""))
        return out

    _QUOTED = re.compile(r"[“\"「『](?P<name>[\u4e00-\u9fff]{2,6})[”\"」』]")

    def _quoted_and_repeated(self, text: str, starts: set[int], ends: dict[int, int], people: set[str] = frozenset()):
        """A name the text quotes and then writes twice more without quotes (“禾木家”的扫地机 … 禾木家X20 …
        禾木家的话): quotes set names apart, and a quoted phrase (“傍名牌”) is not repeated plainly. It has to
        read as a name and be no dictionary word, nor one of `people` (a streamer's quoted nickname, 主播“X”)."""
        out = []
        seen = set(people)
        for m in self._QUOTED.finditer(text):
            name = m.group("name")
            if name in seen:
                continue
            seen.add(name)
            plain = text.count(name) - sum(text.count(q + name) for q in OPEN_QUOTES)
            s, e = m.span("name")
            if (plain >= 2 and s in starts and e in ends and common_words().get(name) is None
                    and self._plausible(name) and self._vouched_name(name)):
                out.append((s, e, "ORG", ""))
        return out

    # what follows a field of business rather than a company's name (冷链物流方面, 新能源汽车行业)
    CATEGORY_AFTER = re.compile(r"\s?(?:开支|支出|奖学金|奖|助学金|奖教金|大赛|峰会|论坛|方面|领域|行业|产业|赛道|市场|板块|业务|技术|概念股|企业|公司|卖家|商家|商户|从业者|店主|(?<!经营部)经营者|品类|类|乘用车|商用车|车型|车企|系统|电站|设备|解决方案|汽车(?!集团|公司)|公园|广场|场馆|大厦|中心(?!有限))")

    # what may follow the last member of an enumeration: clause punctuation, 等, 相比, a verb-like particle …
    # (a space between two Latin words is inside the name: TOP TOY)
    # (or a count of the items: 宁远物流和宁远冷链两家子公司)
    # (…and 比 closing a list set beside something, 和A、B比,: after an item of two characters at least, so 芭比 stays;
    # and 主要 before what the items do, A和B主要在X销售)
    _LIST_END = re.compile(r"[,，。;；:：!！?？)）]|(?<![A-Za-z0-9])\s|\s(?![A-Za-z0-9])|等|相比|都|也|均|的|在|是|之间|这些|这几|仍|依然|依旧|已经|一直|同样|同属|同为|同处|$"
                           r"|(?<=[\u4e00-\u9fff][\u4e00-\u9fff])" + _COMPARISON_CLOSE + r"|主要(?=在|由|是|为|通过|面向|用于)"
                           r"|(?:两|三|四|五|六|七|八|九|十|[2-9])(?:家|个|大|款|种|只|座|所)")

    _GLUED_COMPARISON = re.compile(_COMPARISON_CLOSE)

    def _list_members(self, doc: Doc, text: str, starts: set[int], ends: dict[int, int], p: CuePattern,
                      found: list[tuple[int, int, str, str]] = ()):
        """Names enumerated next to a known organisation or brand (A、B和C) are of its kind: the items of a
        list share a type. An item counts only when both its edges are fixed by the list itself (a separator,
        a known name, clause punctuation or 等/相比 …), it falls on token boundaries, and it reads as a name:
        not an everyday word, no digits alone, no verb or pronoun inside."""
        known = [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents]
        # names the other cues found (the suffix cue's 绿联科技) where no entity sits already
        taken = [(s, e) for s, e, _, _ in known]
        # (…and a longer name another cue found around an entity, 中金|资本 around the gazetteer's 中金, stands for it)
        wider = [f for f in found if f[2] in p.groups and any(f[0] <= a and b <= f[1] and (a, b) != (f[0], f[1])
                                                               for a, b in taken)]
        known = [k for k in known if not any(f[0] <= k[0] and k[1] <= f[1] for f in wider)]
        known = sorted(known + wider + [f for f in found if f[2] in p.groups
                                        and not any(a < f[1] and f[0] < b for a, b in taken)])
        end_of = {s: (e, label, ent_id) for s, e, label, ent_id in known}
        # (a name another cue found opens where it does, though the segmenter glued a character onto it: 车|企启界)
        starts = set(starts) | {f[0] for f in found}
        out = []
        for s, e, label, ent_id in known:
            if label not in p.groups:
                continue
            pos = e
            known_items = 1 if ent_id else 0  # (the items of the list the gazetteer knows, so far)
            firms_listed = _FIRMS_LISTED_BEFORE.search(text, max(0, s - 8), s) is not None
            while True:
                m = p.regex.match(text, pos)
                if not m:
                    break
                start = m.end()
                place_led = (start in end_of and end_of[start][1] in PLACE_LABELS
                             and not (p.regex.match(text, end_of[start][0]) or self._LIST_END.match(text, end_of[start][0])))
                place_end = end_of[start][0] if place_led else start
                if start in end_of and not place_led:  # the next item is a name found already: walk on from its end
                    end, other, other_id = end_of[start]
                    # a known organisation vouches for a place the model guessed in its list (比亚迪、特斯拉):
                    # transliterated company names read like places to the model
                    # (only a whole item: a place before a name is the name's modifier, 与沙特ALGIHAZ签署)
                    # (…and two known ones for a person it guessed at the list's end: 晶科能源、天合光能和阿特斯)
                    if ent_id and not other_id and (other in PLACE_LABELS or (
                            other == "PERSON" and known_items >= 2 and firms_listed)) and (
                            p.regex.match(text, end) or self._LIST_END.match(text, end)):
                        out.append((start, end, p.groups[label], ""))
                    known_items += bool(other_id)
                    pos = end
                    continue
                # an item longer than max_chars is rejected below, so no need to look further for its end
                # (+2: a two-char marker such as 以及 or 相比 that starts right after the longest item)
                limit = start + p.max_chars + 8
                nxt = p.regex.search(text, start, limit)
                stop = self._LIST_END.search(text, start, limit)
                end = min(x.start() for x in (nxt, stop) if x is not None) if (nxt or stop) else len(text)
                while (cut := self._trim_trailing(text, start, end, ends)) != end:
                    end = cut
                # (an item ending in an organisation word at a token's end before words that are no name: 番茄资本|两轮|
                # 的信任)
                if not place_led and not _DETERMINER.match(text, start) and (
                        end not in ends or not ends_in_org_suffix(self._org_suffix, text[start:end])):
                    end = next((e2 for e2 in range(end - 1, start + 2, -1) if e2 in ends
                                and ends_in_org_suffix(self._org_suffix, text[start:e2])), end)
                # a counted kind is no member of a list of names (鹏扬基金与多家公募机构投下反对票), nor is a post
                # (X及董事长收罚单: the company and its chairman)
                if _COUNTED_KIND.match(text, start) or _POST_ITEM.match(text, start):
                    break
                # a description before the name (国货老品牌霸王, 芯片设计公司凌微): the name starts after it
                start = _after_description(text, start, end, starts)
                name = text[start:end]
                if place_led and not ends_in_org_suffix(self._org_suffix, name):
                    pos = place_end  # a place and more words that name no organisation: walk on from the place
                    continue
                # (an item ending in an organisation word may be longer: 苏州市创新产业发展引导基金)
                longest = p.max_chars + 6 if ends_in_org_suffix(self._org_suffix, name) else p.max_chars
                # (an item that opens like the name it is listed with is a sibling: 鲸选物流、鲸选支付和鲸选云)
                # (…or ends with the same word: 图灵量子、玻色量子)
                sibling = (len(name) > 2 and name[:2] == text[s:s + 2]) or self._shares_head(name, text[s:e])
                # (the segmenter may glue the closing 比 onto the last item: 巴|奴比,)
                if (start not in starts or (end not in ends and not self._GLUED_COMPARISON.match(text, end))
                        or not 2 <= len(name.strip()) <= longest
                        or not (sibling or self._list_item(name, end - 1 in starts))):
                    break
                if any(f[1] == end and start < f[0] and f[2] not in (p.groups[label], *PLACE_LABELS) for f in found):
                    break  # 中超球队|蚺城FC: a name another cue found of its own kind, after what describes it
                out.append((start, end, p.groups[label], ""))
                pos = end
        return out + self._list_members_before(text, known, starts, ends, p)

    # adverbs that make the 与/和 after them a preposition (已与, 将和, 也与, 分别与)
    _ADVERB_BEFORE = re.compile(r"(?:已|已经|将|将会|曾|曾经|还|也|并|均|都|正|正在|拟|再|又|亦|分别|共同|先后|首次|率先)$")

    # what opens an enumeration right before its first member (包括A、B和C; 投资方：A、B; X领投，A、B跟投): a
    # comma alone does not
    _LIST_OPEN = re.compile(r"(?:[:：]|包括|包含|还有|例如|比如|诸如|如|像|领投[,，]|对手是|对手为|对手有|竞品有)$")

    _COUNTED_AFTER_LIST = re.compile(r"(?:这|共)?[两三四五六七八九十]家")
    _COUNTED_LIST_OPEN = re.compile(r"(?:对|收购了?|并购了?|入股了?|投资了?)$")
    _COBRAND_AFTER = re.compile(r"(?:的)?(?:第[一二三四五六七八九十\d]{1,2}次)?(?:联名|跨界联名)")

    def _list_members_before(self, text: str, known: list, starts: set[int], ends: dict[int, int], p: CuePattern):
        """The members listed before a known name (包括月之暗面、智谱AI和MiniMax: MiniMax is known): each between
        separators, the first right after 包括/如/像/a colon or a known name and a separator, all on token
        boundaries and reading as names; an enumeration whose start is not fixed that way gives nothing."""
        ends_of = {e: s for s, e, _, _ in known}
        # (a place and 的 before an item or the known name describe it: 成都的X、重庆的Y和西安的Z三家)
        place_before = {e + 1: s for s, e, label, _ in known if label in PLACE_LABELS and text.startswith("的", e)}

        def separator_before(i: int):
            i = place_before.get(i, i)
            m = next((m for k in (2, 1) if i - k >= 0 and (m := p.regex.fullmatch(text, i - k, i))), None)
            # 已与X签署, 将和X合作: after an adverb 与/和 is a preposition, and what comes before is the agent
            return None if m is not None and self._ADVERB_BEFORE.search(text, max(0, m.start() - 2), m.start()) else m

        def opens_list(i: int) -> bool:
            i = place_before.get(i, i)
            return bool(self._LIST_OPEN.search(text, max(0, i - 3), i)) or (
                closed and (i == 0 or text[i - 1] in CLAUSE_OPENERS)) or (
                counted and self._COUNTED_LIST_OPEN.search(text, max(0, i - 3), i) is not None)

        out = []
        for s, e, label, _ in known:
            # a list closed by 等 (问界、零跑汽车等多家车企), or by the co-brand its two names made (X和原神的第二次联名:
            # a brand beside a game too), may open where its clause opens
            cobrand = self._COBRAND_AFTER.match(text, e) is not None
            kind = p.groups.get(label) or ("BRAND" if cobrand and label == "PRODUCT" else None)
            if kind is None:
                continue
            # (…or by how many they are, when a deal names them: 对A、B和C三家连锁的收购)
            counted = self._COUNTED_AFTER_LIST.match(text, e) is not None
            closed = text.startswith("等", e) or cobrand
            pos, items = s, []
            while (sep := separator_before(pos)) is not None:
                end = sep.start()
                if end in ends_of:  # a name found already before the separator fixes the items after it
                    out.extend(items)
                    items, pos = [], ends_of[end]
                    continue
                start = next((i for i in range(end - 2, max(-1, end - p.max_chars - 6), -1)
                              if separator_before(i) or opens_list(i)), None)
                item_end = end
                link = start if (start is not None and text[start] in _CLAUSE_LINKS and start + 1 in starts
                                 and end - start > 2) else None
                if link is not None:
                    start += 1  # 而|巴黎贝甜、好利来等: the conjunction opening the clause, no part of the first name
                if start is not None:
                    start = _after_description(text, start, end, starts)
                    # words that never end a name, word by word (始祖鸟西南旗舰店 → 始祖鸟)
                    while (cut := self._trim_trailing(text, start, item_end, ends)) != item_end:
                        item_end = cut
                # (a deal that counts its parties vouches for names of two words or more: 安心|宠物)
                if (start is None or start not in starts or item_end not in ends
                        or not (self._vouched_name(text[start:item_end])
                                or self._shares_head(text[start:item_end], text[s:e])
                                or (counted and len(dictionary_pieces(text[start:item_end])) >= 2
                                    and not is_common_word(text[start:item_end])))):
                    break
                items.append((start, item_end, kind, ""))
                if opens_list(start) or (link is not None and opens_list(link)):
                    out.extend(items)  # the enumeration's start is fixed: its members stand
                    break
                pos = start
        return out

    def _trim_trailing(self, text: str, start: int, end: int, ends: dict[int, int]) -> int:
        """The end of an item without a word that never ends a name (高瓴资本和蔻图资本领投的: 蔻图资本), where
        that leaves a token boundary."""
        return without_trailing(text, start, end, self.trailing, boundaries=ends)

    def _list_item(self, name: str, last_token_is_char: bool = False) -> bool:
        if not self._plausible(name) or _SPACE_NOT_IN_LATIN.search(name.strip()):
            return False  # a space only inside a Latin name (TOP TOY)
        if _OUTLET_KIND.fullmatch(name):
            return False  # 京东和|线下宠物店: a kind of outlet the list goes on to, no name of one
        entry = common_words().get(name)
        if entry:  # an everyday word (直播, 用户) is a topic in the list, not a name
            return entry[1].startswith(("nr", "ns", "nt", "nz"))
        # The list vouches for the type, so the item only has to read as a name: no verb, pronoun … word inside
        # (发布了, 我们), and not everyday words end to end (发布会现场).
        words = common_words()
        if any((entry := words.get(name[i:i + n])) is not None and entry[1] in ("i", "l")
               for n in (4, 5, 6, 7) for i in range(len(name) - n + 1)):
            return False  # an idiom or set phrase inside (经销商|对簿公堂), however rare, names no one
        pieces = dictionary_pieces(name)
        # a place, everyday words and an organisational suffix: an official body's or fund's name, whose words
        # may be verbs (苏州市|创新|产业|发展|引导|基金)
        # (a place of two characters at least: 汀 alone is a place to the dictionary, 汀禾百货|成立|合资公司 no body)
        official = bool(pieces[0][1] and len(pieces[0][0]) >= 2 and pieces[0][1][1].startswith("ns")
                        and ends_in_org_suffix(self._org_suffix, name))
        unknown = False
        for k, (piece, entry) in enumerate(pieces):
            if len(piece) > 1:
                if (entry[1].startswith(self.NON_NAME_TAGS) and entry[0] >= self.LOOSE_TAG_BELOW
                        and not (official and entry[1].startswith("v"))):
                    return False
                continue
            if (k == len(pieces) - 1 and last_token_is_char and entry and entry[0] >= 1000
                    and entry[1].startswith(("v", "p", "u", "d", "c", "r", "f"))):
                return False  # a one-char verb or particle token at the end (农夫山泉|放): past the name
            unknown = True
        # everyday words end to end do name an organisation when the last is an organisational suffix (启明|创投)
        return unknown or ends_in_org_suffix(self._org_suffix, name)

    # jieba tags its rarest words loosely (启明, 彪马 and 安踏 as verbs): below this many uses a tag is no evidence
    LOOSE_TAG_BELOW = 50

    def _vouched_name(self, name: str) -> bool:
        """A name whose kind the context gives (A、B等品牌, 企业X宣布) reads as a name: a rare word will do
        (始祖鸟), an everyday or place word will not (传统、国外等品牌, 企业足球赛日前). jieba tags its rarest words
        loosely (彪马 and 安踏 as verbs), so below a few dozen uses the tag is not trusted. Split by the
        dictionary, it needs a piece no word covers, a name word (宁远 + 时代) or an organisational suffix
        (启明 + 创投), no function word or punctuation, no count (积3分), and a verb only after the first piece of a
        short name (花 + 知晓, not 推出 + 新品)."""
        entry = common_words().get(name)
        if entry:
            if entry[1].startswith(("nr", "ns", "nt", "nz")):
                return True
            # (a rare word that is a frequent verb and its object, 发布|公告, is a phrase the dictionary lists)
            pieces = dictionary_pieces(name)
            # (…and so is one made of frequent time, direction or function words, 今年|以来)
            phrase = len(pieces) > 1 and all(e and e[0] >= self.LOOSE_TAG_BELOW for _, e in pieces) and (
                pieces[0][1][1].startswith("v") or all(e[1].startswith(self.NON_NAME_TAGS) for _, e in pieces))
            return entry[0] < self.LOOSE_TAG_BELOW and not phrase
        odd = {c for c in name if c in self.FUNCTION_CHARS or not c.isalnum()}
        if odd and odd <= self.FUNCTION_CHARS:  # (成都|蓉城: 都 inside a name the dictionary knows is no function word)
            odd = {c for piece, e in dictionary_pieces(name) for c in piece if c in odd
                   and not (len(piece) > 1 and e and e[1].startswith(("ns", "nr", "nt", "nz")))}
        # (和 inside an investor's name with its organisational word is the name's: 景和创投, 中和资本)
        # (…as its second character only, not two names joined by 和: 腾讯和翎栩资本, 高瓴资本和蔻图资本)
        if odd == {"和"} and name.find("和") == 1 and name.count("和") == 1 and ends_in_org_suffix(self._org_suffix, name):
            odd = set()
        if (odd or self._COUNT_INSIDE.search(name)
                or name[0] in "有给让为不据由该此某各每"):  # 有鸟巢, 不完全, 据媒体, 由副总裁, 该企业: a verb, negation,
            # 据 or 由, or a demonstrative before the name
            return False
        pieces = dictionary_pieces(name)
        last, entry = pieces[-1]
        if len(pieces) == 2 and last in self.stopwords and pieces[0][0] in _place_name_set():
            return False  # 埃及|警方, 本地|车企: a place's police or its makers of some kind, no name
        if len(pieces) > 1 and entry and entry[1] == "v" and last in self.trailing.ending_with(last[-1]):
            return False  # 脆岭|宣布: a verb that never ends a name (花|知晓 stays; 帆海|投资, a noun too, stays)
        evidence = False
        # (a verbal noun is the line of business of a name that ends as an organisation's: 魔方|生活|服务|集团)
        organisational = ends_in_org_suffix(self._org_suffix, name)
        for k, (piece, e) in enumerate(pieces):
            if len(piece) == 1:
                evidence = True
            elif e[0] >= self.LOOSE_TAG_BELOW and e[1].startswith(self.NON_NAME_TAGS) and (
                    k == 0 or not e[1].startswith("v") or len(name) > 4) and not (
                    k > 0 and organisational and e[1] == "vn") and not (
                    # (a rarer verb before 控股 or 集团 alone is a name: 遇见|控股, 如意|集团)
                    k == 0 and organisational and len(pieces) == 2 and e[1].startswith("v")
                    and e[0] < self.EVERYDAY_KIND):
                return False  # a verb inside a short name only (花知晓; not 广州军区有关部门代表)
            else:
                # (jieba tags a few frequent words as places, 加盟 among them: a place piece is evidence when the
                # gazetteer knows the place or the word is rare)
                evidence = evidence or e[1].startswith(("nr", "nt", "nz")) or e[1].startswith("ns") and (
                    e[0] < self.FREQUENT_PLACE_TAG or piece in _place_name_set())
        if (not evidence and len(pieces) == 2 and pieces[1][0] in ("公司", "集团") and pieces[0][1]
                and pieces[0][1][0] >= self.EVERYDAY_KIND):
            return False  # 控股的|平台公司: a frequent everyday word and 公司 say what kind of company, not which
        return evidence or organisational

    EVERYDAY_KIND = 1000
    FREQUENT_PLACE_TAG = 300

    def _shares_head(self, name: str, other: str) -> bool:
        """`name`, listed beside the name `other`, ends with the same word (图灵|量子 beside 玻色|量子, X|汽车 beside
        Y|汽车) and opens with a piece of its own that is no everyday word: a name of the same kind."""
        head = name[-2:]
        prefix = name[:-2]
        if not (1 <= len(prefix) <= 4 and other.endswith(head) and other != name and other[:-2] != prefix
                and head in common_words() and all("\u4e00" <= c <= "\u9fff" for c in name)):
            return False
        if any(c in self.FUNCTION_CHARS for c in prefix) or prefix in self.stopwords:
            return False
        entry = common_words().get(prefix)
        return not (entry and entry[0] >= self.LOOSE_TAG_BELOW)

    _COUNT_INSIDE = re.compile(r"\d[分个家元亿万千百十年月日天人次倍轮]")  # 积3分, 10亿: a count (36氪 is a name)
    # characters that never sit inside a name the context vouches for (企业的产品, 品牌和渠道)
    FUNCTION_CHARS = frozenset("的了着过和与及在是把被将对向从也都就还兼")

    @staticmethod
    def _registered_with_unknown_word(doc: Doc, text: str, span: tuple[int, int]) -> bool:
        """A registered name (its legal form at the end) that opens with a word of two or more characters the
        dictionary lacks: the segmenter's word is the name's own, though the dictionary splits it into a verb and
        a character (建信|住房服务有限责任公司, not 建|信)."""
        if not LEGAL_FORM.search(text, span[0], span[1]):
            return False
        first = doc.char_span(span[0], span[1], alignment_mode="expand")
        word = first[0].text if first is not None and len(first) else ""
        return len(word) >= 2 and first[0].idx == span[0] and word not in common_words() and all(
            "\u4e00" <= c <= "\u9fff" for c in word)

    def _without_business(self, name: str) -> str:
        """`name` without the line of business it ends with (曜步体育 → 曜步): the name is what comes before it."""
        m = self._category_end.search(name) if self._category_end is not None else None
        return name[:m.start()] if m and m.start() > 0 else name

    def _plausible(self, name: str) -> bool:
        name = name.strip()
        # (a line of business alone, 新能源 of 旗下的新能源品牌, names nothing; nor does a plan, 债展期方案)
        # (…nor a bond's short name, 20鸖城01, nor a sovereign fund named by its region, 中东主权基金)
        return (len(name) >= 2 and name not in self.stopwords and not name.isdigit() and not name.endswith(_PLAN_ENDS)
                and not (self._categories is not None and self._categories.fullmatch(name))
                and not _BOND_NAME.fullmatch(name) and not _described_sovereign_fund(name))

    def _has_unknown_word(self, name: str, place_ok: bool = False) -> bool:
        """`name` (what comes before the suffix) reads as a proper name: split by the dictionary (longest
        match), it has a piece no dictionary word covers and no piece that is a verb, adverb, pronoun …
        `place_ok`: a place's name counts as a name (岚山 of 岚山景区, a place named after a place)."""
        unknown = False
        # (a field's Latin acronym is a word like any other: AI|大模型 of AI大模型公司 is a kind of company)
        name = _FIELD_ACRONYM.sub("", "".join(name.split()), count=1)
        for k, (piece, entry) in enumerate(dictionary_pieces(name)):
            # single characters say little inside a name; at its start a verb or pronoun (喝速溶…) gives it away
            if len(piece) > 1 or (k == 0 and entry and entry[0] >= 1000):
                # (a measure word alone opens names as any character may: 番|禾 of 番禾资本)
                if entry[1].startswith(self.NON_NAME_TAGS) and not (len(piece) == 1 and entry[1] == "q"):
                    return False
                # a place alone (中国茶饮) names a category, not a company; jieba tags a few frequent everyday
                # words nz or nr (家族: 1,918 uses, 青少年: 1,223), which are no name (家族|信托, 国际青少年|环保)
                unknown = unknown or (entry[1].startswith(("nr", "nt", "nz", "ns") if place_ok else ("nr", "nt", "nz"))
                                      and not (entry[1] in ("nz", "nr") and entry[0] >= self.FREQUENT_NZ))
            else:
                unknown = True
        return unknown

    @staticmethod
    def _name_shaped(name: str) -> bool:
        """Surname + given name, where neither the whole nor the given name is an everyday word."""
        return not is_common_word(name) and not (len(name) >= 3 and is_common_word(name[1:], min_freq=1000)
                                                 and name[1:] not in _word_given_names())

    FREQUENT_NZ = 1000
    # jieba part-of-speech tags of words that never sit inside a name: verbs, adverbs, prepositions,
    # conjunctions, particles, pronouns, numerals, measure words, time and direction words
    NON_NAME_TAGS = ("v", "d", "p", "c", "u", "r", "m", "q", "t", "f", "y", "e", "o")

    def _name_like(self, tok) -> bool:
        t = tok.text
        if (tok.is_punct or tok.is_space or not any(c.isalpha() for c in t) or t in self.stopwords
                or any(c.isdigit() for c in t) or tok.ent_type_ == "PERSON" or t in ROLE_NOUNS
                # (3G|W|光伏: a unit's letter split off its number, no name's)
                or (t.isascii() and t.isalpha() and tok.i > 0 and any(c.isdigit() for c in tok.nbor(-1).text))
                or t in self._opening_set  # (物业|交由|栖汐科技: a word that never opens a name ends the run)
                or _ACTION_AFTER_ORG.fullmatch(t)):  # (芯屿装备|中标|晟岚微电子: what one company did to another)
            return False
        entry = common_words().get(t)
        return not (entry and entry[1].startswith(self.NON_NAME_TAGS) and entry[0] >= 20)

    # the words of a group's registered name between its name and its legal form (湘煌|控股|集团|有限公司)
    GROUP_WORDS = ("控股", "集团", "投资", "国际", "股份", "控股集团", "投资控股")

    def _run_left(self, doc: Doc, last: int, p: CuePattern, include_last: bool = False):
        """Char span of the run of name-like tokens that ends with token `last`."""
        run = []
        # (a registered name's line of trade is part of it, though the dictionary calls it a verb: 建信|住房|服务|
        # 有限责任公司)
        registered = include_last and LEGAL_FORM.search(doc_text(doc), 0, doc[last].idx + len(doc[last].text))
        # (…and so are the words of a state-capital company's kind, though 运营 is a verb: X市|国有|资本|运营|公司)
        last_end = doc[last].idx + len(doc[last].text)
        state_capital = include_last and _STATE_CAPITAL_COMPANY.search(doc_text(doc), max(0, last_end - 16), last_end)
        # (…and so are a holding group's, though 投资 and 控股 are verbs: 麀城|投资|控股|集团)
        holding = include_last and _HOLDING_GROUP_TAIL.search(doc_text(doc), max(0, last_end - 8), last_end)
        for j in range(last, -1, -1):
            tok = doc[j]
            if j < last and tok.whitespace_ and _both_han(tok.text[-1], doc[j + 1].text[0]):
                break  # 酱酒降温 赤岩酒业: a space between Chinese words separates a headline's phrases
            # a suffix after a person guess that does not open with a family name makes it a company's name
            # (凯诺|电器): the guess is its left edge; 邓小平|科技思想 and 杜邦|科技奖 keep their person
            guessed_person = (include_last and tok.ent_type_ == "PERSON" and not tok.ent_id_
                              and not tok.text.startswith(surnames()))
            # (a line of business right before the suffix belongs to the name: 曜步|体育|集团, X|医药|集团)
            in_business = (include_last and j == last - 1 and self._category is not None
                           and self._category.fullmatch(tok.text) is not None)
            if run and tok.text == "和" and j > 0 and _rare_han_char(doc[j - 1].text):
                run.extend((tok, doc[j - 1]))  # 曦|和|宠物: a rare character and 和 open the name, no list
                break
            # (…and any other single character after a rare one, the two right before the suffix: 骢|越|物流)
            # (…also when the segmenter glued a kind's last character onto the rare one: 车|企甖|能|汽车)
            if (len(run) == 1 and include_last and len(tok.text) == 1 and "\u4e00" <= tok.text <= "\u9fff"
                    and tok.text not in self.FUNCTION_CHARS and j > 0 and (_rare_han_char(doc[j - 1].text) or (
                        len(doc[j - 1].text) == 2 and _rare_han_char(doc[j - 1].text[1]) and j > 1
                        and (doc[j - 2].text + doc[j - 1].text[0]).endswith(GLUED_KIND_NOUNS)))
                    and not doc[j - 1].ent_type_ and not self._name_like(tok)):
                run.extend((tok, doc[j - 1]))
                break
            # (a known organisation is a name whatever the dictionary says of its word: 联想 (to associate) + 创投)
            known_org = tok.ent_id_ and tok.ent_type_ in ("ORG", "BRAND")
            if (not (include_last and j == last) and not guessed_person and not in_business and not known_org
                    and not (state_capital and tok.idx >= state_capital.start())
                    and not (holding and tok.idx >= holding.start()) and not self._name_like(tok) and not (registered and (INDUSTRY_TAIL.fullmatch(tok.text)
                                                                          or tok.text in self.GROUP_WORDS))):
                break
            if j < last and len(tok.text) == 2 and tok.text[0] in "中上内里后时" and tok.text[1] in "将把对向被":
                break  # (在研报)中将|絷光股份: 在…中 and the 将 before the name, glued into one word (中将)
            if j < last and tok.text in PERIOD_WORDS and j > 0 and doc[j - 1].text[-1:].isdigit():
                break  # 2027|年度|新能源: the period a number dates, no part of a name
            if run and len(run[-1].text) >= 2 and (tok.text + run[-1].text[0]).endswith(GLUED_KIND_NOUNS):
                break  # 贸易|商丸, 新能源车|企启界: a role or kind whose last character the segmenter glued onto the
                # name (cut below)
            if j < last and tok.text in ("诉", "起诉", "状告"):
                break  # 恑恓银行|诉|恔恖科技: the verb of a suit between two parties, no part of a name
            if j < last and len(tok.text) == 2 and tok.text[0] == "诉" and _rare_han_char(tok.text[1]):
                run.append(tok)
                break  # 恑恓银行|诉恔|恖科技: the verb glued onto the name's first character (cut below)
            if j < last and include_last and tok.text in _AUDIENCE_WORDS:
                break  # 鲯宝|婴儿|米粉: whom a product is for, between its brand and its kind, is no part of a name
            if j < last and tok.text == "方" and j > 0 and _PARTY_WORD_BEFORE.search(doc[j - 1].text):
                break  # 委托|方|湖州城投: the party's word, no part of its name
            if (j < last and tok.text in DESCRIPTION_NOUNS + ("工作室",) and not known_org
                    and not (registered and tok.text in self.GROUP_WORDS)):
                break  # 游戏工作室|成都星砾网络科技: a kind of company describes the name after it
            if j < last and j > 0 and doc[j - 1].text + tok.text in DESCRIPTION_NOUNS and not known_org:
                break  # 新能源车|企|启界汽车: the same kind, cut in two by the segmenter
            run.append(tok)
            # an entity already found is the name's left edge, unless it is a place inside the name (礼来|亚洲|基金)
            if len(run) >= p.max_tokens or (tok.ent_type_ and tok.ent_iob_ == "B" and (
                    tok.ent_type_ not in PLACE_LABELS or j == 0 or not self._name_like(doc[j - 1]))):
                break
        if not run:
            return None
        start, end = run[-1].idx, run[0].idx + len(run[0].text)
        if holding and start >= holding.start():
            return None  # 投资控股集团 alone: the kind, no name before it
        if len(run[-1].text) >= 2 and doc_text(doc).endswith(GLUED_KIND_NOUNS, 0, start + 1):
            start += 1  # 贸易|商丸|岚|商事|株式会社: the role word's last character, glued onto the name
        elif run[-1].text[0] == "诉" and len(run[-1].text) == 2 and len(run) > 1:
            start += 1  # 诉恔|恖科技: the suit's verb, no part of the defendant's name
        if end - start > p.max_chars:
            return None
        if run[-1].text.startswith("大") and start > 0 and doc_text(doc)[start - 1] in COUNT_BEFORE_MAJOR:
            return None  # 两|大|专科医院: "two major" kinds of organisation, no name
        name = "".join(t.text_with_ws for t in reversed(run)).strip()
        if self._org_suffix is not None and self._org_suffix.fullmatch(name):
            return None  # a generic word alone (科技 of 远航|科技CEO) is no name
        if self._org_suffix is not None and self._org_suffix.fullmatch(run[-1].text) and len(run) > 1:
            return None  # …nor one that opens with a generic word that ends another name (旻芯|科技|车规|芯片)
        return (start, end) if self._plausible(name) else None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found = []
        # a name inside a title is part of the title (《国产运动品牌口碑榜》), as for the gazetteer
        titles = [(m.start(), m.end()) for m in _BOOK_TITLE.finditer(text)] if "《" in text else []
        finds, speaker_spans = self._find(doc)
        if titles:
            org_ends = {e.end_char for e in doc.ents if e.label_ in ("ORG", "BRAND")}
            finds += _sibling_titles(text, titles, finds, org_ends | {e for _, e, lab, _ in finds if lab in ("ORG", "BRAND")})
        for s, e, label, i in finds:
            # (…but the whole title is the name of a work a cue found: 旗下新游《岚境》)
            if any(a < s and e < b and (a + 1, b - 1) != (s, e) for a, b in titles):
                continue
            if label != "PERSON" and text.endswith(FAMILY_WORDS, s, e) and _surname_name(
                    text[s:e - 2].strip()):
                e, label = e - 2, "PERSON"  # 晏清禾家族以980亿元排名第三: the family's head, a person
            opened = without_opening(text, s, e, self.opening)
            if opened != s and text[s:opened] in TITLE_OPENINGS and _surname_name(text[opened:e]):
                label = "PERSON"  # 集团|总裁卢伟冰|透露: the name after a title is a person's
            if label == "ORG" and _department(text, opened, e):
                continue
            if label == "ORG" and text.endswith(("为公司", "为集团"), s, e) and text.startswith(_POST_WORDS, e):
                continue  # 聘任何|甈为|公司首席财务官: the appointee and 为 before the company's post, no company
            if label == "ORG" and text.startswith(_METRIC_OPENINGS, s):
                continue  # 股价盘中暴|跌: a share price and what it did, no name
            if label == "ORG" and _SETS_UP_COMPANY.search(text, s + 2, e):
                continue  # 德国博世|成立合资公司: who sets up a company and what, no name (the gazetteer has 博世)
            if label == "ORG" and text.endswith(FUNCTION_UNITS, s, e) and _FUNCTION_HEAD.match(text, e):
                continue  # 澜裳供应链|副总裁: the company's function before its head's title, no company of that name
            if label == "ORG" and text.endswith(ESTATE_WORDS, s, e) and (country := _country_at(text, s)) and (
                    e - s - len(country) >= 4):
                s = opened = s + len(country)  # 智利|晨屿酒庄: a winery is named without its country
            if label == "ORG":
                e = _with_latin_name_tail(text, s, e)
            if label == "ORG" and text.startswith("会", e) and text.endswith("基金", s, e):
                e += 1  # 中国乡村发展基金|会: a foundation, not a fund
            if (etc := text.find("等", s + 2, e)) > 0 and _ETC_KIND.match(text, etc):
                e = etc  # 日本烟草|等国际烟草公司: the list's last name, then what kind they all are
            found.append((without_marks(text, without_former(doc, text, opened, e), e), e, label, i))
        spans = filter_spans(char_spans(doc, found))  # among overlapping cue finds, the longest
        # a description a cue read as a name right before a name (储能公司|海川能源): everyday words and a noun
        next_org = {sp.start_char for sp in spans if sp.label_ in ("ORG", "BRAND")}
        # (…also with 品牌 between: 冻干咖啡|品牌|岚野咖啡, a kind of product and then the brand)
        spans = [sp for sp in spans if not (sp.end_char in next_org and sp.text.endswith(DESCRIPTION_NOUNS)
                                            and _head_is_word(sp.text))
                 and not (text.startswith("品牌", sp.end_char) and sp.end_char + 2 in next_org
                          and _head_is_word(sp.text + "品牌"))]
        # an organisation named after its city (杭州宜格化妆品有限公司) replaces the place inside it
        ents = doc.ents
        places = [e for e in ents if e.label_ in ("GPE", "LOC")]
        # (not an organisation already found with a place after it: 花旗|中国 stays the bank and the country)
        org_starts = {e.start for e in ents if e.label_ == "ORG"}
        # (and a person guessed inside a longer organisation: 曹操|出行 is the ride-hailing company)
        guessed_people = [e for e in ents if e.label_ == "PERSON" and not e.ent_id_]
        inside = places + guessed_people
        wider = [s for s in spans if s.label_ == "ORG" and s.start not in org_starts and any(
            s.start <= p.start and p.end <= s.end and (s.end - s.start) > (p.end - p.start) for p in inside)]
        # (and a person after a title whose given name the model read as a place, 实际控制人为聂|广川, or cut short
        # before a character a name may end in, 董事长贝清|和表示)
        # (…or whose family name the segmenter glued to the title before it, 分析|师童|嘉禾认为)
        wider += [s for s in spans if s.label_ == "PERSON" and (any(
            s.start <= p.start and p.end <= s.end and s.start < p.start and not p.ent_id_ for p in places) or any(
            p.start_char == s.start_char and s.end_char == p.end_char + 1 and text[p.end_char] == "和"
            for p in guessed_people) or any(
            p.end_char == s.end_char and p.start_char == s.start_char + 1 for p in guessed_people) or any(
            # (…or its last given character, which a post after it bounds: 演员王黉|一为品牌代言人)
            p.start_char == s.start_char and s.end_char == p.end_char + 1 == p.start_char + 3
            and text.startswith("为", s.end_char) and s.text[-1] not in _ADVERBS_AFTER_NAMES
            and _surname_name(s.text) for p in guessed_people))]
        # (and a transcript's speaker whose name the model cut short, 姜若|晴:, on lines of their own)
        wider += [s for s in spans if (s.start_char, s.end_char) in speaker_spans and s not in wider and any(
            p.start_char == s.start_char and p.end_char < s.end_char for p in guessed_people)]
        # the cue's context (一个叫X的品牌) says more about the type than the statistical guess for the same span
        guessed = {(e.start, e.end) for e in ents if not e.ent_id_}
        relabel = [s for s in spans if (s.start, s.end) in guessed]
        # a known organisation with an organisational suffix (高瓴 + 创投, 腾讯 + 公司) is the longer name: another
        # unit of the group, or the same one with its tail, which resolution folds back (strip_generic)
        known = {e.start: e.end for e in ents if e.ent_id_ and e.label_ == "ORG"}
        extended = [s for s in spans if s.label_ == "ORG" and known.get(s.start, s.end) < s.end
                    and self._org_suffix is not None and self._org_suffix.fullmatch(doc[known[s.start]:s.end].text)]
        wider += [s for s in extended if s not in wider]
        # …and a name the model guessed without its line of trade (海南旅投|免税, 库迪|咖啡): the name with it
        # (the line of trade may take in the guess's last word: 岱岳智能|装备 is 岱岳 + 智能装备)
        guessed_orgs = {e.start: e.end_char for e in ents if not e.ent_id_ and e.label_ == "ORG"}
        trade_ends = [s for s in spans if s.label_ == "ORG" and s not in wider and s.start in guessed_orgs
                      and guessed_orgs[s.start] < s.end_char and self._category_end is not None
                      and (trade := self._category_end.search(s.text)) is not None
                      and s.start_char + trade.start() <= guessed_orgs[s.start]]
        wider += trade_ends
        # a name the text quotes whole (合资公司“蓝图上汽电池有限公司”) bounds the statistical guesses inside it
        guessed_spans = [(e.start_char, e.end_char) for e in ents if not e.ent_id_]
        known_spans = [(e.start_char, e.end_char) for e in ents if e.ent_id_]
        quoted = [s for s in spans if s not in wider and s not in relabel
                  and 0 < s.start_char and s.end_char < len(text)
                  and text[s.start_char - 1] in OPEN_QUOTES and text[s.end_char] in CLOSE_QUOTES
                  and any(s.start_char <= a and b <= s.end_char for a, b in guessed_spans)
                  and not any(a < s.end_char and s.start_char < b for a, b in known_spans)]
        wider += quoted
        # a description the model took for a name right before a name a cue found (德国光学公司|蔡司达成合作) goes
        cue_starts = {s.start_char for s in spans if s.label_ == "ORG"}
        # (…also the kind of product before 品牌 and the brand: 古法黄金珠宝|品牌|X黄金)
        descriptions = [e for e in ents if not e.ent_id_ and e.label_ == "ORG" and (
            (e.end_char in cue_starts and e.text.endswith(DESCRIPTION_NOUNS))
            or ((joint := _BRAND_WORD_THEN_NAME.match(text, e.end_char)) and joint.end() in cue_starts
                and _dictionary_words(e.text[_place_opening(e.text):])))]
        if descriptions:
            doc.ents = [e for e in ents if e not in descriptions]
            # …but the known place it opens with is still named (杭州动画公司|墨渊动漫: 杭州)
            wider += char_spans(doc, [place for d in descriptions if (place := _opening_place(doc, d)) is not None])
        # a registered name with its place in brackets (珣味餐饮管理(上海)有限公司): the name found before the
        # bracket, the bracketed place and the legal form are one name
        registered = _with_bracketed_place(text, [(sp.start_char, sp.end_char) for sp in spans if sp.label_ in (
            "ORG", "BRAND")] + [(e.start_char, e.end_char) for e in ents if e.label_ == "ORG"])
        if registered:
            wider += [sp for sp in char_spans(doc, registered) if sp not in wider]
        merge_ents(doc, wider + relabel, overwrite=True)
        merge_ents(doc, [s for s in spans if s not in wider and s not in relabel], overwrite=False)
        merge_ents(doc, char_spans(doc, _registered_names(doc, text)), overwrite=True)
        return doc


_BRACKETED_PLACE_LEGAL = re.compile(r"(?P<trade>[\u4e00-\u9fff]{0,6}?)[(（](?P<place>[\u4e00-\u9fff]{2,4})[)）][\u4e00-\u9fff]{0,4}?"
                                    r"(?:集团)?(?:股份)?有限(?:责任)?公司")
# (…the words between the name and the bracket a line of trade: 珣味餐饮|管理(上海), not 法院|对X(杭州))
_TRADE_BEFORE_BRACKET = re.compile(r"(?:管理|科技|技术|咨询|服务|发展|实业|贸易|商贸|投资|控股|食品|餐饮|文化|传媒|电子|信息)+")


# (…or with no name found before the bracket, the words after a join: 旗下的|中职篮(北京)文化传媒有限公司)
_JOIN_BEFORE_BRACKETED = re.compile(r"(?<=[的与和及、])(?P<name>[^\s的与和及、,，;；:：。()（）“”\"]{2,10})(?=[(（])")


def _with_bracketed_place(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """A name, a few words of trade, a known place in brackets and a legal form (耐岚体育(中国)有限公司): the whole."""
    out = []
    if "(" in text or "（" in text:
        unnamed = [j.span("name") for j in _JOIN_BEFORE_BRACKETED.finditer(text)]
        # (a name found there already leads)
        names = names + [(a, b) for a, b in unnamed if not any(a <= start < b for start, _ in names)]
    for start, end in names:
        m = _BRACKETED_PLACE_LEGAL.match(text, end)
        if m is None or (m.group("trade") and not (_TRADE_BEFORE_BRACKET.fullmatch(m.group("trade"))
                                                   or INDUSTRY_TAIL.search(m.group("trade")))):
            continue
        place = m.group("place")
        entry = default_gazetteer().lookup(place)
        if place == "中国" or place in countries() or (entry is not None and entry.type in PLACE_LABELS):
            out.append((start, m.end(), "ORG", ""))
    return out


@Language.factory("kg_gazetteer", default_config={"path": ""})
def make_gazetteer_matcher(nlp: Language, name: str, path: str) -> GazetteerMatcher:
    return GazetteerMatcher(load_gazetteer(path) if path else default_gazetteer(), load_word_list("leading_words.txt"))


@Language.factory("kg_cues", default_config={"path": ""})
def make_cue_matcher(nlp: Language, name: str, path: str) -> CueMatcher:
    return CueMatcher(load_cues(path or None), load_word_list("stopwords.txt"), load_word_list("trailing_words.txt"),
                      load_word_list("opening_words.txt"))


class VariantMatcher:
    """Finds other spellings of names already found in the document: homophones (小鲜炖, 小仙敦 for 小仙炖)
    and names with a filler character inserted (小红的书). Machine-translated and hand-typed Chinese is full
    of them; each found variant carries the entity label (and id) of the name it varies."""

    FILLERS = "的之"

    def __init__(self, min_len: int = 2, labels: tuple[str, ...] = ("ORG", "BRAND")):
        self.min_len = min_len
        self.labels = labels
        self.sounds: dict[str, str] = {}  # character -> its toneless syllable ("" for non-Han)

    def _sound(self, c: str) -> str:
        key = self.sounds[c] = syllable(c) if "\u4e00" <= c <= "\u9fff" else ""
        return key

    def find(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        text = doc_text(doc)
        known: dict[tuple[str, ...], tuple[str, str, str]] = {}
        ents = doc.ents
        for ent in ents:
            name = ent.text
            if ent.label_ in self.labels and len(name) >= self.min_len and all("\u4e00" <= c <= "\u9fff" for c in name):
                # (a two-character name only when the text says it is a brand: 珂蔓 … 柯蔓 … 可蔓)
                if len(name) >= 3 or (_label(doc, ent) == BRAND and not is_common_word(name)):
                    known.setdefault(tuple(syllable(c) for c in name), (name, _label(doc, ent), ent.ent_id_))
        if not known:
            return []
        lengths = sorted({len(k) for k in known})
        # a two-character variant is a word of its own (the bounds are read only when a two-character name is known)
        token_starts, token_ends = map(set, token_bounds(doc)) if lengths[0] == 2 else (set(), set())
        taken = bytearray(len(text))
        for ent in ents:
            # a statistical guess of another type may be relabelled (小仙敦 tagged a place for its 敦)
            if ent.ent_id_ or ent.label_ in self.labels or len(ent.text) not in lengths:
                taken[ent.start_char:ent.end_char] = b"\x01" * (ent.end_char - ent.start_char)
        sounds = self.sounds
        keys = [sounds[c] if c in sounds else self._sound(c) for c in text]
        found = []
        firsts = {k[0] for k in known}
        # a variant starts with the same sound as its name
        for i in [i for i, k in enumerate(keys) if k in firsts and not taken[i]]:
            for n in lengths:
                window = text[i:i + n]
                hit = known.get(tuple(keys[i:i + n]))
                if hit and window != hit[0] and not any(taken[i:i + n]) and _shares_char(window, hit[0]) and (
                        n >= 3 or (i in token_starts and i + n in token_ends and not is_common_word(window))):
                    found.append((i, i + n, hit[1], hit[2]))
                    break
                # the name with a filler inserted somewhere inside
                win = text[i:i + n + 1]
                for f in self.FILLERS:
                    j = win.find(f, 1)
                    if 0 < j < n and len(win) == n + 1 and not any(taken[i:i + n + 1]):
                        squeezed = win[:j] + win[j + 1:]
                        hit = known.get(tuple(keys[i + k if k < j else i + k + 1] for k in range(n)))
                        if hit and squeezed == hit[0]:
                            found.append((i, i + n + 1, hit[1], hit[2]))
                            break
        return found

    # one-character words the segmenter glues onto an unknown name (优品|汇因, 在优|品汇): the function characters
    # that never sit inside a name, and the prepositions and verbs that open or close a clause around one; not the
    # end of a longer word (商业银行|法, 联合政府|内)
    GLUE = CueMatcher.FUNCTION_CHARS - {"兼"} | frozenset("因为于以由据让给称")

    def repeats(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Later (or earlier) occurrences of a name already found in the document, on token boundaries."""
        names: dict[str, tuple[str, str]] = {}
        ents = doc.ents
        for ent in ents:
            if ent.label_ in self.labels + ("PERSON", "PRODUCT") and len(ent.text) >= 2 and (
                    ent.text not in names or (ent.ent_id_ and not names[ent.text][1])) and not (
                    # (a known name that is an everyday word names the brand only where the text confirms it: 皇家和
                    # 渴望这样的品牌 … 我很渴望成功 is the verb)
                    ent.ent_id_ and (entry := default_gazetteer().lookup(ent.text)) is not None
                    and entry.id == ent.ent_id_ and entry.confirms_only(ent.text)):
                names[ent.text] = (_label(doc, ent), ent.ent_id_)  # the first, or the first with an id
        for ent in ents:
            # a company's short form written on its own later (深圳云臻贸易有限公司 … 云臻贸易则在…; 星耀科技 …
            # 星耀还宣布…): the same company, linked to the full name's key for resolution
            short = short_name(ent.text) if ent.label_ == "ORG" else None
            # …and, for a registered name, without its line of trade too (广州茶茶岚餐饮管理有限公司 … 茶茶岚)
            # (a two-word line of trade too, and its last word alone: 云岭通信技术 → 云岭, 云岭通信)
            shorter = []
            if short and LEGAL_FORM.search(ent.text):
                pos = 0
                while (trade := INDUSTRY_TAIL.search(short, pos)) is not None:
                    if len(trade.group()) < len(short) - 1 and not is_common_word(short[:trade.start()]):
                        shorter.append(short[:trade.start()])
                    pos = trade.start() + 1
            # (…and a group's name with two generic words, without both: 骊悦酒店集团 … 骊悦目前会员人数超过9000万)
            # (…unless the text names a place so: 沣川汽车集团 … 沣川市 … 在沣川召开)
            if (short and not LEGAL_FORM.search(ent.text) and (again := short_name(short)) and again != short
                    and not any(again + unit in doc.text for unit in "市省县区")):
                shorter.append(again)
            # (…and a holding company's without 控股: 爩家投资控股有限公司 … 爩家投资目前持有)
            if short and LEGAL_FORM.search(ent.text) and short.endswith("控股") and len(short) >= 6:
                shorter.append(short[:-2])
            # (…and an insurer's with a shorter kind of cover: 鸿泰财产保险股份有限公司 … 鸿泰保险, 鸿泰财险)
            if short and short.endswith("财产保险") and len(short) >= 6:
                shorter += [short[:-4] + kind for kind in ("保险", "财险", "产险")]
            # (…and a group's short name with its 集团: 湖南湘麓投资集团有限公司 … 原举办者湘麓投资集团)
            if short and (form := LEGAL_FORM.search(ent.text)) and form.group().startswith("集团"):
                shorter.append(short + "集团")
            for name in (short, *shorter):
                if name and name not in names:
                    names[name] = ("ORG", ent.ent_id_ or "~" + normalise_name(ent.text))
            # the place a public body is named after (岚州市|文化和旅游局 … 明年岚州将…): the place, elsewhere
            if ent.label_ == "ORG" and (body := PLACE_OF_BODY.match(ent.text)) and PUBLIC_BODY.fullmatch(ent.text):
                place = body.group(1)
                if place not in names and (not is_common_word(place) or place in _place_name_set()):
                    names[place] = ("GPE", "")
        if not names:
            return []
        starts, ends = map(set, token_bounds(doc))
        start_list = sorted(starts)
        end_list = sorted(ends)
        text = doc_text(doc)
        taken = bytearray(len(text))
        for ent in ents:
            # a place or person guessed inside a name found elsewhere in the document is a piece of that name
            # (毛球星球 found, 毛球 guessed a place in 品牌毛球星球近日宣布; 巴渝里 found, 巴渝 guessed a person in
            # 巴渝|里创立于): the repeat may replace it; a person guess only when the repeat is longer (李宁 the
            # founder stays beside 李宁 the company)
            # (a known place too: 成都 in 成都蓉城 of the club 成都蓉城俱乐部)
            # (…and an organisation guessed short of a name found elsewhere: 沣|锂新能源 where 沣锂新能源 is named)
            code = (b"\x02" if ent.label_ in PLACE_LABELS else b"\x01" if ent.ent_id_
                    else b"\x03" if ent.label_ == "PERSON" else b"\x04")
            taken[ent.start_char:ent.end_char] = code * (ent.end_char - ent.start_char)
        edges = {x for ent in ents for x in (ent.start_char, ent.end_char)}
        guessed_places = {(ent.start_char, ent.end_char) for ent in ents
                          if ent.label_ in PLACE_LABELS and not ent.ent_id_ and ent.text in names
                          and names[ent.text][0] == "PERSON"}
        pattern = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))
        # a short name the text defines in quotes (简称"岚城建投"): a name wherever it stands, the segmenter's
        # words notwithstanding (岚|城建|投总负债)
        quoted_short = {m.group(1) for m in _DEFINED_SHORT_NAME.finditer(text)} if "称" in text else set()
        defined = {n for n in names if len(n) >= 3 and n in quoted_short}
        found = []
        matches = list(pattern.finditer(text))
        if defined:  # (…also where a known name crossing its start took the text first: 其|中国网|蜰蜱)
            seen = {x.span() for x in matches}
            matches += [x for x in re.finditer("|".join(map(re.escape, sorted(defined, key=len, reverse=True))), text)
                        if not any(a <= x.start() and x.end() <= b for a, b in seen)]
            matches.sort(key=lambda x: x.start())
        for m in matches:
            s, e = m.span()
            label, ent_id = names[m.group()]
            organisation = label in self.labels + ("PRODUCT",)
            # a name of three or more characters needs only one edge on a word boundary: the segmenter glues an
            # unknown name to the word after it (优品|汇因)
            bounded = (s in starts and e in ends) or (e - s >= 3 and organisation and (
                (s in starts and e + 1 in ends and text[e] in self.GLUE)
                or (e in ends and s - 1 in starts and (text[s - 1] in self.GLUE
                                                       # (运营|商易|电行: a role word's last character glued on)
                                                       or text.endswith(ROLE_NOUNS, 0, s))))) or (
                # a brand glued to its model (云鲸J5, 小米14 Pro): the brand is named
                organisation and s in starts and (code := MODEL_CODE.match(text, e)) is not None and code.end() in ends
            ) or (
                # the first character of the next word glued to the name (澜语线|上 for 澜语|线上), where the token
                # is no word of its own (小米粥 is porridge)
                organisation and s in starts and e + 1 in ends and "\u4e00" <= text[e] <= "\u9fff"
                and not any(p in starts for p in range(s + 1, e + 1)) and text[s:e + 1] not in common_words()
            ) or (
                # a name of three or more whose last character the segmenter glued to the next one (燊达物|流任财务总监,
                # 岭南|荟主|厨), where the two make no word
                organisation and e - s >= 3 and s in starts and e - 1 in starts and e + 1 in ends
                and text[e - 1:e + 1] not in common_words()
            ) or (
                # a verb of two characters or more glued to the name's first character (收购岚|和|医院): the token
                # opens with a whole word that ends where the name starts
                organisation and e - s >= 3 and e in ends and s not in starts
                and (t := start_list[bisect.bisect_right(start_list, s) - 1]) < s and s - t >= 2
                and text[t:s] in common_words()
            ) or (
                # a name whose last character the segmenter glued to a word that goes on in the next token (璎|茶隶|
                # 属于 for 璎茶 隶属于): the rest of the token and the next make a word
                organisation and e - s >= 2 and s in starts and e not in ends
                and (te := _next_end(end_list, e)) is not None and (ne := _next_end(end_list, te)) is not None
                and ne - e >= 3 and text[e:ne] in common_words()
            ) or (
                # a name of four or more whose last word the segmenter glued to one character after it, a token no
                # dictionary knows (瑗颜|美妆官|宣 for 瑗颜美妆 官宣)
                organisation and e - s >= 4 and s in starts and e not in ends and e + 1 in ends
                and (ts := start_list[bisect.bisect_right(start_list, e) - 1]) > s
                and text[ts:e + 1] not in common_words()
            ) or (
                # a name the segmenter cut through at both edges, each piece left over a word of its own (新|开浥|炙门店
                # for 新开 浥炙 门店)
                organisation and s not in starts and e not in ends
                and (t := start_list[bisect.bisect_right(start_list, s) - 1]) < s and text[t:s] in common_words()
                and (te := _next_end(end_list, e)) is not None and te - e >= 2 and text[e:te] in common_words()
            ) or (
                # a person's name whose last character the segmenter glued to a function character after it
                # (岑冇|华于2012年…, 冯|鷼为公司实际控制人): the token is no word, and the name was found whole elsewhere
                label == "PERSON" and e - s >= 2 and s in starts and e not in ends and e + 1 in ends
                and text[e] in self.GLUE and (ts := start_list[bisect.bisect_right(start_list, e) - 1]) > s
                and text[ts:e + 1] not in common_words()
            ) or (
                # …or glued to the first character of a word the next token goes on with (孔|鷇此|前任 for 孔鷇 此前
                # 任): the glued token is no word, the character and the next one are
                label == "PERSON" and s in starts and e not in ends and e + 1 in ends
                and (ts := start_list[bisect.bisect_right(start_list, e) - 1]) > s
                and text[ts:e + 1] not in common_words() and text[e:e + 2] in common_words()
            ) or m.group() in defined
            # (a known name inside a longer one the model found elsewhere in the document: the longer name again,
            # 高瓴 of 高瓴创投领投 in a headline where the body names 高瓴创投)
            # (…a name the model found, or one linked to such a name by its key: ~北京高瓴濛投…有限公司)
            # (…and a short name the text defines, over a known name that runs into its start from a word before:
            # 其|中国网|蜰蜱 for 其中 国网蜰蜱)
            if not bounded or 1 in taken[s:e] and not (
                    organisation and (not ent_id or ent_id.startswith("~"))
                    and _covers_pieces(taken, s, e, 1, edges) and taken[s:e].count(1) < e - s) and not (
                    m.group() in defined and s > 0 and taken[s - 1] == 1 and taken[e - 1] != 1):
                continue
            if e - s <= 3 and _COUNTED_BEFORE.search(text, max(0, s - 3), s):
                continue  # (a short name counted is a unit or a thing: 2个字节)
            if 4 in taken[s:e] and not (organisation and _covers_pieces(taken, s, e, 4, edges)
                                        and taken[s:e].count(4) < e - s):
                continue
            # (a person named elsewhere, guessed a place here by the model alone: 卢卡斯 the forward, 引进卢卡斯是…)
            if 2 in taken[s:e] and not (organisation and _covers_pieces(taken, s, e, 2, edges)) and not (
                    label == "PERSON" and (s, e) in guessed_places):
                continue
            if 3 in taken[s:e] and not (organisation and _covers_pieces(taken, s, e, 3, edges)
                                        and taken[s:e].count(3) < e - s):
                continue
            found.append((s, e, label, ent_id))
        return found

    def __call__(self, doc: Doc) -> Doc:
        merge_ents(doc, char_spans(doc, self.repeats(doc)), overwrite=True)
        variants = self.find(doc)
        exact = {(e.start_char, e.end_char) for e in doc.ents}
        relabel = [v for v in variants if (v[0], v[1]) in exact]
        merge_ents(doc, char_spans(doc, relabel), overwrite=True)
        merge_ents(doc, char_spans(doc, [v for v in variants if v not in relabel]), overwrite=False)
        merge_ents(doc, char_spans(doc, _short_forms_read_as_people(doc)), overwrite=True)
        return doc


# a table column whose header says what its cells name (品牌 | 成交额 / 珀莱雅 | 18.6): brands, or organisations
_NAME_COLUMN = re.compile(r"(?P<brand>品牌|品牌名称)|企业|企业名称|公司|公司名称|机构|机构名称|股东|股东名称|平台|平台名称|投资方|"
                          r"所属公司|所属集团|母公司|运营公司|运营主体|所属企业|"
                          r"(?:中标|成交)?(?:供应商|单位|企业|人)(?:名称)?")
_PERSON_COLUMN = re.compile(r"姓名|名字|人员|人员姓名|董事姓名|高管姓名|董监高姓名|成员|嘉宾|获奖人")
_PERSON_CELL = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
_NAME_CELL = re.compile(f"[\u4e00-\u9fff{LATIN_LETTERS}][\u4e00-\u9fff{LATIN_LETTERS}0-9&.·' ()（）-]{{1,23}}")


_BRAND_WORD_THEN_NAME = re.compile(r"(?:连锁)?品牌[“\"「『]?")


# a kind of brand a cue's name opens with (零食|品牌|靇味): not 品牌管理 or 品牌策划, a company's line of trade
_BRAND_KIND_LEAD = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:连锁)?品牌(?!管理|策划|运营|设计|咨询|营销|发展|服务|有限|股份|集团|公司)")


def _after_brand_kind(text: str, start: int, end: int) -> int:
    """Where a name starts after the kind of brand it opens with (零食品牌|靇味, 湖南零食品牌|靇味), else its start."""
    m = _BRAND_KIND_LEAD.match(text, start, end)
    if m is None or end - m.end() < 2:
        return start
    head = text[start:m.end()]
    return m.end() if _kind_words(head[_place_opening(head):]) else start


def _without_category_before_brand(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A kind of product before (连锁)品牌 and the brand's name (冷萃咖啡|品牌|栖谷咖啡) is the brand's category, not a
    second name, though a suffix cue read it as one: unknown names right before 品牌 and another name found."""
    opens = {s for s, _, label, _ in found if label in ("ORG", BRAND)}
    return [h for h in found if h[3] or h[2] not in ("ORG", BRAND) or not (
        (joint := _BRAND_WORD_THEN_NAME.match(text, h[1])) and joint.end() in opens)]


def _table_column_names(text: str) -> list[tuple[int, int, str, str]]:
    """The names in a table's column whose header says they are brands or organisations."""
    out = []
    for table in find_tables(text):
        for k, head in enumerate(table.header):
            if _PERSON_COLUMN.fullmatch(head.text):  # (姓名: a column of people's names)
                out.extend((cell.start, cell.end, "PERSON", "") for row in table.rows
                           if _PERSON_CELL.fullmatch((cell := row[k]).text) and not is_common_word(cell.text))
                continue
            if not (kind := _NAME_COLUMN.fullmatch(head.text)):
                continue
            label = "BRAND" if kind.group("brand") else "ORG"
            # (a holder or an investor may be a person: 霍启明 in a column of holders)
            out.extend((cell.start, cell.end, "PERSON" if label == "ORG" and _surname_name(cell.text) else label, "")
                       for row in table.rows
                       if _NAME_CELL.fullmatch((cell := row[k]).text) and not is_common_word(cell.text))
    return out


# a line of trade of a few characters and a legal form right after a name (珀莱雅|化妆品股份有限公司)
_REGISTERED_TAIL = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:股份有限公司|有限责任公司|有限公司)")


def _registered_names(doc: Doc, text: str) -> list[tuple[int, int, str, str]]:
    """A name found right before a line of trade and a legal form (其母公司珀莱雅化妆品股份有限公司): the registered
    company, an organisation of its own, whose name the found one opens."""
    out = []
    ents = doc.ents
    starts = {e.start_char for e in ents}
    for e in ents:
        if e.label_ not in ("ORG", "BRAND") or not (m := _REGISTERED_TAIL.match(text, e.end_char)):
            continue
        if any(e.end_char < x < m.end() for x in starts) or any(c in "的和与及、" for c in m.group()[:-4]):
            continue  # (another name or a join inside the tail: no one registered name)
        out.append((e.start_char, m.end(), "ORG", ""))
    return out


_LATIN_WORD = re.compile(f"[{LATIN_LETTERS}][{LATIN_LETTERS}0-9&'.-]*")


def _short_forms_read_as_people(doc: Doc) -> list[tuple[int, int, str, str]]:
    """A guess the model read as a person that is an organisation's name found in the document less its legal form
    or line of trade: a single Latin word opening its Latin name (Lumora AS … Lumora CEO Ingrid Solberg), or a Chinese
    name without its trade (凌川汽车 … 凌川去年海外销量): the organisation's short form."""
    ents = doc.ents
    # (each Span.text walks its tokens: the names are read once, not once a person)
    orgs = [(o.text, o) for o in ents if o.label_ in ("ORG", "BRAND")]
    out = []
    for e in ents:
        if e.label_ != "PERSON" or e.ent_id_:
            continue
        name = e.text
        if _LATIN_WORD.fullmatch(name):
            org = next((o for text, o in orgs if text.startswith(name + " ")), None)
        else:
            org = next((o for text, o in orgs if len(text) > len(name) and text.startswith(name)
                        and GENERIC_TAIL.fullmatch(text, len(name))), None)
        if org is not None:
            out.append((e.start_char, e.end_char, org.label_, org.ent_id_))
    return out


# lower-case words that do sit inside names (Bank of America, Ministry for Foreign Affairs, Banco de la Nación)
_NAME_PARTICLES = frozenset(("and", "the", "for", "von", "van", "der", "des", "del", "und", "della", "los", "las", "y"))


# a Latin name, a space and Chinese words after it (Nexstar Games 预付金): the space ends the name
_LATIN_SPACE_HAN = re.compile(rf"(?P<name>[{LATIN_LETTERS}][{LATIN_LETTERS}0-9&'.\- ]*[{LATIN_LETTERS}0-9&.])"
                              r" [\u4e00-\u9fff]+")
_LATIN_THEN_PHRASE = re.compile(rf"(?P<name>[{LATIN_LETTERS}][{LATIN_LETTERS}0-9&'.\- ]*[{LATIN_LETTERS}0-9&.])"
                                r"(?P<phrase>[\u4e00-\u9fff]{2,})")


def _english_clause(name: str) -> bool:
    """A Latin run of four words or more, two of them lower-case words of three letters or more that no name holds
    (signs, energy, deal, with): an English clause, not a name."""
    words = name.split()
    return len(words) >= 4 and name.isascii() and sum(
        1 for w in words if w.islower() and len(w) >= 3 and w not in _NAME_PARTICLES) >= 2


def _without_edge_space(text: str, start: int, end: int, label: str, ent_id: str) -> tuple[int, int, str, str]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, label, ent_id


def _covers_pieces(taken: bytearray, s: int, e: int, code: int = 2, edges: Container[int] = ()) -> bool:
    """The guesses marked `code` in taken[s:e] lie wholly inside it (none sticks out past either edge); `edges`,
    where entities start or end, tell two guesses side by side from one (美国|Lumora Bio, two places)."""
    return not ((s > 0 and taken[s] == code and taken[s - 1] == code and s not in edges)
                or (e < len(taken) and taken[e - 1] == code and taken[e] == code and e not in edges))


def _label(doc: Doc, ent) -> str:
    """The entity's label, BRAND where a ruler left a brand hint on it (so its variants are brands too), unless a cue
    settled on a person there (主播"X"自创品牌)."""
    return BRAND if (ent.start_char, ent.end_char) in brand_hints(doc) and ent.label_ != "PERSON" else ent.label_


def _shares_char(a: str, b: str) -> bool:
    return any(x == y for x, y in zip(a, b))


@Language.factory("kg_variants", default_config={"min_len": 2})
def make_variant_matcher(nlp: Language, name: str, min_len: int) -> VariantMatcher:
    return VariantMatcher(min_len)


# "完美日记(Perfect Diary)", "蔚来（NIO）", "宜格化妆品有限公司（以下简称“宜格”）", "X股份有限公司(下称"X")", "选手X(ID:Lynx)"
# (the name may stand in quotes before the bracket: 合资公司"翊沣动力电池有限公司"(以下简称"翊沣动力"))
_OPEN_BRACKET = re.compile(r"[(（]")
# the words of a name right before a bracket, since the last break (line, punctuation, a preposition)
_NAME_RUN_BEFORE = re.compile(r"(?<![\u4e00-\u9fffA-Za-z0-9])[\u4e00-\u9fffA-Za-z0-9·&]{2,16}$"
                              r"|(?<=[与和向对由及])[\u4e00-\u9fffA-Za-z0-9·&]{2,16}$")
# (a stock code may come first: 鑕动国际控股有限公司(股票代码:2xxx.HK,以下简称"鑕动国际"))
PAREN_ALIAS = re.compile(
    rf"[”\"」』]?[ \t]?[(（]\s*(?:(?:股票|证券)?代码[:：]?\s*[^()（）,，;；\n]{{1,16}}[,，;；]\s*)?(?P<keyword>{DEFINED_NAME_WORDS}|(?:证券|股票|A股|H股)简称|英文名?|英文名称|又名|原名|(?:游戏)?ID|昵称|网名|艺名)?[:：]?\s*[“\"「]?"
    r"(?P<alias>[^()（）“”\"「」,，。;；:：\n]{2,30}?)[”\"」]?"
    rf"(?:\s*(?:或|、|/)\s*[“\"「]{SELF_REFERENCE}[”\"」])?\s*[)）]")


def abbreviates(short: str, full: str) -> bool:
    """`short` is the usual Chinese abbreviation of the organisation `full`: its characters, in order, taken from
    the full name, the first from the name's opening (中国商用飞机有限责任公司 → 中国商飞, 中国国际航空 → 国航)."""
    if not (HAN_NAME.fullmatch(short) and 2 <= len(short) <= len(full) - 2 and short[0] in full[:3]):
        return False
    pos = 0
    for c in short:
        pos = full.find(c, pos) + 1
        if pos == 0:
            return False
    return True


_LATIN_NAME_AFTER = re.compile(r"\s?[(（][A-Z][A-Za-z0-9&.'\- ]{1,40}[)）]")
STOCK_SHORT_NAME = re.compile(r"(?:证券|股票|A股)简称[:：][ \t]*(?P<name>[\u4e00-\u9fff]{2,8}?)(?=[ \t\n,，;；]|(?:证券|股票)?(?:代码|编号)|$)")
LATIN_NAME = re.compile(f"[{LATIN_LETTERS}][{LATIN_LETTERS}0-9&'.\\- ]*[{LATIN_LETTERS}0-9.]")
HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


class ParenthesisAliasMatcher:
    """A name followed by another name in parentheses: both are one entity. The pair shares an id
    (the known entity's, or a link id "~name" that resolution turns into one cluster). A name the model missed
    before a defined short form (X(以下简称"Y")) is taken from the words before the bracket when Y opens or
    abbreviates them."""

    def __init__(self, labels: tuple[str, ...] = ("ORG", "BRAND", "PERSON")):
        self.labels = labels

    def find(self, doc: Doc) -> tuple[list[tuple[int, int, str, str]], dict[int, str]]:
        found, relink = [], {}
        text = doc_text(doc)
        known = {(x.start_char, x.end_char): x.ent_id_ for x in doc.ents if x.ent_id_}
        for ent in doc.ents:
            if ent.label_ not in self.labels:
                continue
            m = PAREN_ALIAS.match(text, ent.end_char)
            if not m or not (m.group("keyword") or LATIN_NAME.fullmatch(m.group("alias"))
                             or (LATIN_NAME.fullmatch(ent.text) and HAN_NAME.fullmatch(m.group("alias")))
                             or (ent.label_ == "ORG" and abbreviates(m.group("alias"), ent.text))):
                continue  # (记者张三), (左一): not another name of the entity; Bluetti(铂陆帝) is
            s, e = m.span("alias")
            # (a known short form names the pair: 中国商用飞机有限责任公司(中国商飞))
            link = ent.ent_id_ or known.get((s, e)) or "~" + normalise_name(ent.text)
            found.append((s, e, _label(doc, ent), link))
            if not ent.ent_id_:
                relink[ent.start] = link
        # a name the model missed, defined with its short form right after it (驫电充电(以下简称"驫电")): the words
        # since the last break before the bracket, when the short form opens or abbreviates them
        ends = {x.end_char for x in doc.ents}
        for bracket in _OPEN_BRACKET.finditer(text):
            m = PAREN_ALIAS.match(text, bracket.start())
            if m is None or not m.group("keyword") or bracket.start() in ends:
                continue
            lead = _NAME_RUN_BEFORE.search(text, max(0, bracket.start() - 16), bracket.start())
            if lead is None:
                continue
            full, alias = lead.group(), m.group("alias")
            if not 2 <= len(alias) < len(full) or not (full.startswith(alias[:2]) or abbreviates(alias, full)):
                continue
            link = "~" + normalise_name(full)
            found.append((lead.start(), lead.end(), "ORG", link))
            found.append((*m.span("alias"), "ORG", link))
        # an announcement's header gives the filer's short name before the title names it (证券简称:岭南智造 …
        # 广东岭南智能制造股份有限公司关于…)
        for m in STOCK_SHORT_NAME.finditer(text, 0, min(len(text), 400)):
            full = next((x for x in doc.ents if x.label_ == "ORG" and 0 <= x.start_char - m.end() <= 200
                         and LEGAL_FORM.search(x.text) and abbreviates(m.group("name"), x.text)), None)
            if full is not None:
                link = full.ent_id_ or "~" + normalise_name(full.text)
                found.append((*m.span("name"), "ORG", link))
                if not full.ent_id_:
                    relink[full.start] = link
        return found, relink

    def __call__(self, doc: Doc) -> Doc:
        found, relink = self.find(doc)
        if not found:
            return doc
        spans = char_spans(doc, found)
        merge_ents(doc, spans, overwrite=True)
        ents = list(doc.ents)
        for i, ent in enumerate(ents):
            if ent.start in relink and not ent.ent_id_:
                ent = Span(doc, ent.start, ent.end, label=ent.label_, span_id=relink[ent.start])
                ents[i] = ent
        doc.ents = ents
        return doc


@Language.factory("kg_paren_aliases")
def make_paren_alias_matcher(nlp: Language, name: str) -> ParenthesisAliasMatcher:
    return ParenthesisAliasMatcher()


# a list or sentence break, or a plus between two parts (社区+电商, 内容+电商: a business model, or two names;
# a trailing plus as in Disney+ is part of a name)
SPLITTERS = re.compile(r"[,，、;；。!！?？\n]|.[+＋].")
_SENTENCE_END = re.compile(r"[。!！?？]")


@lru_cache(maxsize=1)
def _place_names() -> tuple[str, ...]:
    """The gazetteer's place names, longest first."""
    gaz = default_gazetteer()
    return tuple(sorted({n for e in gaz.entries.values() if e.type in PLACE_LABELS for n in e.names}, key=len,
                        reverse=True))


def _made_of_places(name: str) -> bool:
    """The name is two or more known places in a row (福建漳州, 广东佛山), each maybe with its unit (浙江省杭州市)."""
    places = _place_name_set()
    reach = {0: 0}  # end position → how many places make it up
    for i in range(len(name)):
        if i not in reach:
            continue
        for j in range(i + 2, min(len(name), i + 8) + 1):
            if name[i:j] in places:
                for k in (j, j + 1):
                    if k == j or (k <= len(name) and name[j:k] in ("省", "市", "县", "区")):
                        reach[k] = max(reach.get(k, 0), reach[i] + 1)
    return reach.get(len(name), 0) >= 2


@lru_cache(maxsize=1)
def _place_name_set() -> frozenset[str]:
    """The same names, for membership tests."""
    return frozenset(_place_names())


# a product model written right after its brand (J5, P20, 14 Pro, X1)
MODEL_CODE = re.compile(r"(?:[A-Za-z]{1,4}\d{1,4}[A-Za-z]?|\d{1,4})(?:\s?(?:Pro|Max|Ultra|Plus|mini|SE))?(?![A-Za-z0-9])")
# (…or its line of trade, by which a brand is called short: 乐檀咖啡 … 乐檀, 鲜丰食品 … 鲜丰)
GENERIC_TAIL = re.compile(r"(?:科技|智能|集团|控股|股份|公司|足球俱乐部|篮球俱乐部|俱乐部|汽车|咖啡|茶饮|奶茶|餐饮|食品|饮品|"
                          r"乳业|酒业|药业|医药|生物|传媒|文化|教育|影业|互娱|游戏|电器|家居|服饰|美妆|物流|出行|能源|"
                          r"半导体|机器人|医疗|护肤|彩妆|化妆品|烘焙|零食|宠物|母婴|珠宝|眼镜|服装|户外|体育|储能|光伏|芯片|"
                          r"数据|咨询|酒店|民宿|客栈|快递|快运|环保|火锅|烤肉|烧烤|串串|麻辣烫|米线|米粉|面馆|卤味|甜品|动物医院|宠物医院|"
                          r"口腔医院|眼科医院|医院|齿科|口腔|牙科|电缆|电气|"
                          r"酱园|酱业|酿造|调味品|茶业|粮油|超市|" + MAKER_TRADES + ")$")


_ZONE_OPENING = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:保税港区|综合保税区|保税区|自贸区|自由贸易试验区|经济技术开发区|开发区|高新区|新区|经开区)")


def short_name(registered: str) -> str | None:
    """The name a company goes by: without its legal form and a place before it (深圳云臻贸易有限公司 → 云臻贸易), or
    without a generic last word (星耀科技 → 星耀); None when there is neither or too little is left."""
    m = LEGAL_FORM.search(registered) or GENERIC_TAIL.search(registered)
    if not m or not all("\u4e00" <= c <= "\u9fff" for c in registered[:m.start()]):
        return None
    core = registered[:m.start()]
    # (the longest place name opening it that leaves three characters or more)
    places = _place_name_set()
    place = next((core[:k] for k in range(len(core) - 3, 0, -1) if core[:k] in places), "")
    core = core[len(place):].lstrip("省市区县") if place else core
    # (…and a free-trade or development zone after the city: 宁波梅山保税港区问鼎投资 → 问鼎投资)
    after_zone = _ZONE_OPENING.sub("", core)
    core = after_zone if len(after_zone) >= 2 else core
    # (a place alone is no short name: 上海汽车 is not 上海)
    return core if 2 <= len(core) <= 8 and not is_common_word(core) and core not in _place_name_set() else None


# the company's products listed before a guess of a name ending like a trade (主要产品包括…和|信号链芯片)
_PRODUCTS_LISTED_BEFORE = re.compile(r"(?:主要|核心|主营)?产品(?:主要)?(?:包括|包含|涵盖|为|有|是)[^,，;；。:：]{0,20}$")


_DEFINED_SHORT_NAME = re.compile(rf"(?:{DEFINED_NAME_WORDS})[:：]?[“\"「]([^”\"」]{{1,20}})[”\"」]")


def without_marks(text: str, start: int, end: int) -> int:
    """The start of a name after the marks a post writes before it (#屿湾咖啡创始人回应关店#, @陶知微): a topic's or a
    handle's mark is no part of the name; nor is a table's bar and the blank after it (| 汀澜资产管理有限公司)."""
    while start < end - 1 and text[start] in "#＃@|｜ \t":
        start += 1
    return start


def _rare_han_char(t: str) -> bool:
    """A single Chinese character seldom written alone (曦, 蔚: fewer than 500 in jieba's counts)."""
    return len(t) == 1 and "\u4e00" <= t <= "\u9fff" and (common_words().get(t) or (0,))[0] < 500


def _both_han(a: str, b: str) -> bool:
    return "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"


def _opening_place_name(text: str, rest: int = 1) -> str | None:
    """The longest of the gazetteer's place names that opens `text` and leaves `rest` characters at least after it."""
    return next((p for p in _place_names() if text.startswith(p) and len(text) - len(p) >= rest), None)


def _opening_place(doc: Doc, span) -> tuple[int, int, str, str] | None:
    """The gazetteer's place that opens `span` on a token boundary, as (start, end, label, id); None if none does."""
    name = _opening_place_name(span.text)
    if name is None or doc.char_span(span.start_char, span.start_char + len(name)) is None:
        return None
    entry = default_gazetteer().lookup(name)
    return (span.start_char, span.start_char + len(name), entry.type if entry else "GPE", entry.id if entry else "")


def _without_marks_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the bullets, pictographs, spaces and clause marks a guess took in at either end (a turn's
    label, 邹X|:, with its colon)."""
    while start < end and (text[start].isspace() or _is_mark(text[start]) or text[start] in _CLAUSE_MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or _is_mark(text[end - 1]) or text[end - 1] in _CLAUSE_MARKS):
        end -= 1
    return start, end


_CLAUSE_MARKS = frozenset(":：,，;；。、")


_KIND_PHRASES = load_word_list("kind_phrases.txt")  # 连锁集团, 中超俱乐部: kinds that name no one
# (…or a category of its shop: 京东|美妆类目)
_UNIT_TAIL = re.compile(r"(?:数据中心|业务|部门|事业部|事业群|板块|产品线|[\u4e00-\u9fff]{0,4}?(?:类|类目|品类|频道))$")
_ROLE_BEFORE_NAME = re.compile(r"(?:主播|主持人|嘉宾|记者|博主|编辑|评论员)")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_JOB_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:工程师|经理|专员|主管|实习生|岗位|设计师|顾问|分析师|培训生)")
_KIND_ALONE = load_word_list("kind_alone.txt")  # 基金, 公司: kinds that, cut alone out of a guess, name none
_MARK_CATEGORIES = frozenset({"So", "Sk", "Zs", "Cf"})  # ●, 📍, spaces, joiners: never a name's first or last character


def _is_mark(c: str) -> bool:
    return c != "○" and unicodedata.category(c) in _MARK_CATEGORIES  # (○ writes a zero: 漳州一一○)


_BRANCH_SHOP = re.compile(r"[\u4e00-\u9fff]{1,8}(?:路|街|大道|广场|商场|中心|机场|车站|站)店")
_STREET_AFTER = re.compile(r"[东西南北中]?(?:路|大道|大街|街)(?![头道区边上口灯面坊舞市巷])")
_KIND_OF_VEHICLE = re.compile(r"(?:纯电动|电动|新能源|燃油|混动|插电混动|插混|增程式?|氢燃料电池|智能网联)"
                              r"(?:汽车|车型|轿车|乘用车|商用车|SUV|MPV|卡车|重卡)")
# a camp named after a company or a school (清华系AI芯片初创公司, 阿里系创业公司): what a company comes from, no name;
# the camp, then 系, then a description of companies or people up to its head noun
_AFFILIATION = re.compile(r"(?P<camp>[\u4e00-\u9fff]{2,3})系(?=[\u4e00-\u9fffA-Za-z]{0,10}?(?:公司|企业|创企|初创|创业|基金|资本|"
                          r"背景|高管|人马|团队|玩家|品牌|车企|药企|创始人|投资人|股))")
# lines of trade a company's name often ends with (翔宇航空, 岚川汽车)
_TRADE_ENDS = ("航空", "汽车", "科技", "医药", "制药", "能源", "电子", "电气", "物流", "食品", "乳业", "药业", "生物", "智能")
# 等 and the kind of the names listed before it (等国际烟草公司, 等国内品牌)
_ETC_KIND = re.compile(r"等(?:多家|多个|一批)?(?:国际|国内|海外|知名|头部|大型)?[\u4e00-\u9fff]{0,4}?(?:公司|品牌|企业|机构|厂商|集团)")
# verbs of approval and request before a name whose last character a guess may open with (同意|湘麓学院)
_VERBS_BEFORE_NAMES = ("同意", "批准", "允许", "委托", "授权", "要求", "通知")
# what an inquiry found, which a guess may open with (查实|网络主播, 查明|X文化传媒有限公司)
_FINDING_VERBS = ("查实", "查明", "查处", "核实", "认定", "通报")


def _after_description(text: str, start: int, end: int, starts: Container[int]) -> int:
    """Where the name in text[start:end] begins after a description ending in a generic noun (机器人公司灵犀动力 →
    灵犀动力): after the last such noun that leaves two characters on a word boundary; `start` when none does."""
    best = start
    for noun in DESCRIPTION_NOUNS:
        k = text.rfind(noun, start, end)
        if k >= 0 and end - (k + len(noun)) >= 2 and k + len(noun) in starts:
            best = max(best, k + len(noun))
    return best


_ALIAS_AFTER = re.compile(r"\s?[(（][A-Za-z][A-Za-z0-9 &'.\-]*[)）]")
_BRACKETS = {"(": ")", "（": "）", "【": "】", "[": "]", "〔": "〕"}
_CLOSERS = {c: o for o, c in _BRACKETS.items()}


def _without_unpaired_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the brackets it does not pair: it starts after a closing bracket it has no opening for
    (上海】星巴克中国 → 星巴克中国) and ends before an opening bracket it leaves open (星巴克中国(Starbucks China →
    星巴克中国; the name in brackets is an alias, linked on its own). A part of two characters or more stays."""
    opened: list[int] = []
    lo, hi = start, end
    for i in range(start, end):
        c = text[i]
        if c in _BRACKETS:
            opened.append(i)
        elif c in _CLOSERS:
            if opened and text[opened[-1]] == _CLOSERS[c]:
                opened.pop()
            elif end - (i + 1) >= 2:
                lo, opened = i + 1, []
            elif i - lo >= 2:  # (摩根士丹利 孙立) → 孙立
                hi = i
                break
    if opened and opened[0] == lo and hi - lo > 2:
        lo, opened = lo + 1, opened[1:]  # 【宏岳|汽车…: the bracket of a headline opens before the name
    if opened and opened[0] - lo >= 2 and opened[0] < hi:
        hi = opened[0]
    return (lo, hi) if hi - lo >= 2 else (start, end)


_SPACE_NOT_IN_LATIN = re.compile(r"(?<![A-Za-z0-9])\s|\s(?![A-Za-z0-9])")
# a kind of outlet, where it sells (线下宠物店, 社区超市, 线上渠道): no name, though it ends like one
_OUTLET_KIND = re.compile(r"(?:线下|线上|社区|街边|实体|独立|夫妻|专业)[\u4e00-\u9fff]{0,3}?(?:店|门店|超市|商超|便利店|药店|专卖店|渠道)")


# opening → closing mark, single quotes left out: they double as apostrophes (Levi's, L’Oréal)
_QUOTE_PAIRS = {o: c for o, c in zip(OPEN_QUOTES, CLOSE_QUOTES) if c not in "'’"}


def _joins_names(text: str, start: int, end: int) -> bool:
    """A place or person guess with 和, 与 or 及 inside, two characters or more on each side, in no word with the
    character before or after it (谷仓海外仓和万邑): two names listed, not one (和田, 共和国, 中和 are words)."""
    words = common_words()
    return any(text[i] in "和与及" and text[i - 1:i + 1] not in words and text[i:i + 2] not in words
               for i in range(start + 2, end - 2))


_PARENT_THEN_KIND = re.compile(r"(?P<parent>[\u4e00-\u9fff]{2,10}?(?:银行|保险|证券|集团))"
                               r"(?:理财|资管|基金|租赁|消费金融|金融租赁)(?:子公司)?")
_UNIT_THEN_SPACE = re.compile(r"[A-Za-z]{1,3} +(?=[\u4e00-\u9fff])")
_SPEECH_AFTER = re.compile(r"透露|表示|指出|认为|坦言|强调|说|称|介绍")
_COMPANYS_STORE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司)(?P<store>[\u4e00-\u9fff]{1,6}?店)")


def _known_name_then_joiner(text: str, start: int, end: int) -> int | None:
    """Where 和, 与, 及 or 、 follows a known organisation's or brand's whole name that opens the guess, with two
    characters or more after it (中芯国际|和|华虹半导体): the joiner's position, else None."""
    words = common_words()
    gaz = default_gazetteer()
    for i in range(start + 2, end - 2):
        if text[i] in "和与及、" and text[i - 1:i + 1] not in words and text[i:i + 2] not in words and (
                (entry := gaz.lookup(text[start:i])) is not None and entry.type in ("ORG", "BRAND")):
            return i
    return None


def _crosses_quote(name: str) -> bool:
    """Whether a quotation mark inside `name` is left unpaired (巴渝里”海外): the span starts or ends inside a quote."""
    pairs = _QUOTE_PAIRS
    stack: list[str] = []
    for c in name:
        if c in pairs and (c not in CLOSE_QUOTES or not stack or stack[-1] != c):
            stack.append(pairs[c])  # an opening mark (a straight quote opens unless one is open)
        elif c in pairs.values():
            if not stack or stack[-1] != c:
                return True
            stack.pop()
    return bool(stack)


def without_trailing(text: str, start: int, end: int, trailing: Suffixes, min_word: int = 1,
                     boundaries: Container[int] | None = None) -> int:
    """The end of text[start:end] without the first of `trailing` (longest first) that ends it, leaves at least
    two characters and, given `boundaries`, ends on one of them; `end` when none does."""
    if end <= start:
        return end
    for word in trailing.ending_with(text[end - 1]):
        cut = end - len(word)
        if (len(word) >= min_word and text.endswith(word, start, end) and cut - start >= 2
                and (boundaries is None or cut in boundaries)):
            return cut
    return end


class Suffixes:
    """Words by their last character, longest first: most names end in a character no such word ends with, so
    trimming one looks at none or a few words instead of all of them."""

    def __init__(self, words):
        self.by_last: dict[str, list[str]] = {}
        for w in sorted(words, key=len, reverse=True):
            if w:
                self.by_last.setdefault(w[-1], []).append(w)

    def ending_with(self, ch: str) -> list[str]:
        return self.by_last.get(ch, [])


# the cause a departure is given for, after 因 (因工作调动辞去…, 因个人原因)
_CAUSE_AFTER = re.compile(r"(?:工作|个人|身体|年龄|家庭|健康)(?:调动|变动|安排|原因)|涉嫌|病|退休|到龄|已到|达到")
# the first character of what follows a person's name, and what comes after it, that the model may read as the name's
# last character: an adverb before what the person says (晏灪|则|透露), 因 before the cause of a departure (吕卣|因|
# 工作调动), standing in for a post (柯卣|代为履行, 孙晴|暂时代行), the role a person is signed as (何弴|作为|代言人)
_WORD_AFTER_NAME = ((frozenset("则也还却亦"), _SPEECH_AFTER), (frozenset("因"), _CAUSE_AFTER),
                    (frozenset("作"), re.compile(r"为(?=[\u4e00-\u9fff]{0,8}?(?:代言人|大使|推荐官|体验官|嘉宾|代表|顾问))")),
                    (frozenset("代"), re.compile(r"为|理|行")), (frozenset("暂"), re.compile(r"时?代")))
# adverbs a speaker's verb may follow a name with (晏濛|则透露): no given name's last character
_ADVERBS_AFTER_NAMES = frozenset("则也还就都却便亦又再才并且而即")
# conjunctions that open a clause and no name (而 巴黎贝甜, 但 …): cut off a guess when segmented on their own
_CLAUSE_LINKS = frozenset("而但且并或")


TITLE_OPENINGS = frozenset({"CEO", "总裁", "董事长", "首席执行官", "创始人", "联合创始人", "总经理", "副总裁", "CTO", "CFO",
                            "COO", "主席"})
# what a post after a company's name opens with (X原|CTO, X前|副总裁)
_POST_WORDS = tuple(TITLE_OPENINGS | {"董事", "首席", "副总", "总监", "高管", "合伙人", "负责人", "执行", "经理", "CMO"})
# a title and then its holder (法定代表人为申屠晓峰): what follows is a person, whatever the model heard in the name
_TITLE_BEFORE_HOLDER = re.compile("(?:" + "|".join(sorted(TITLE_OPENINGS | {"法定代表人", "实际控制人", "负责人", "董事"},
                                                           key=len, reverse=True)) + ")(?:为|是)?$")


FAMILY_WORDS = ("家族", "夫妇", "兄弟", "姐妹", "父子", "母女")


def _surname_name(name: str) -> bool:
    """A family name and one or two given characters, no everyday word (雷军, 卢伟冰, 申屠晓峰)."""
    family = next((f for f in surnames_by_first().get(name[:1], ()) if name.startswith(f)), None)  # 申屠 before 申
    return family is not None and 1 <= len(name) - len(family) <= 2 and all(
        "\u4e00" <= c <= "\u9fff" for c in name) and not is_common_word(name)


# a post of "the company" a person is named to, which a guess may run on into (聘任X为公司总裁)
_AS_POST_OF_COMPANY = re.compile(r"(?:为|任|担任|出任)(?:本|该)?(?:公司|集团)")
_PARTY_WORD_BEFORE = re.compile(r"(?:运营|投资|合作|主办|承办|收购|出资|出品|制片|发行|承建|施工|委托|受托|买|卖|甲|乙|资|对|双|各|官)$")


def _starts_inside_word(text: str, start: int) -> bool:
    """A dictionary word of three characters or more opens one character before `start` and ends after it (车规级
    of 车|规级功率芯片): the text at `start` continues a word, it opens no name."""
    words = common_words()
    return start > 0 and any(text[start - 1:start - 1 + k] in words for k in (3, 4, 5))


def _next_end(end_list: list[int], pos: int) -> int | None:
    """The first token end after `pos` (`end_list` sorted)."""
    k = bisect.bisect_right(end_list, pos)
    return end_list[k] if k < len(end_list) else None


def _everyday_word(name: str) -> bool:
    """A frequent dictionary word that is no name (车规芯片, 新能源汽车): a suffix cue that spans it names nothing."""
    entry = common_words().get(name)
    return bool(entry) and entry[0] >= 100 and not entry[1].startswith(("nr", "ns", "nt", "nz"))


def _word_then_field(text: str, start: int, end: int) -> bool:
    """An everyday word and then a field that ends with the cue (投向|具身智能, 押注|人工智能): what is done in a
    field, no name; a name's own part before the field (翙联|人工智能) is no dictionary word."""
    words = common_words()
    for k in range(start + 2, end - 2):
        field, head = words.get(text[k:end]), words.get(text[start:k])
        if field and field[0] >= 100 and head and head[0] >= 3 and not head[1].startswith(("nr", "ns", "nt", "nz")):
            return True
    return False


def _verb_glued_on_next_word(doc: Doc, start: int, end: int) -> int | None:
    """Where a guess ends when its last token is a verb and the first character of the next word, glued together by
    the segmenter (稆源生物|登陆科|创板: 登陆 + 科创板): before that token; None when it does not end so."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span.end >= len(doc) or span.end_char != end:
        return None
    last, after = span[-1].text, doc[span.end].text
    words = common_words()
    verb = words.get(last[:-1])
    if (len(last) >= 3 and last not in words and verb is not None and verb[1] == "v"
            and last[-1] + after in words and words[last[-1] + after][1] in ("n", "nz")):
        return span[-1].idx
    return None


def _ends_inside_word(text: str, end: int) -> bool:
    """A dictionary word runs across `end` with two characters or more on either side (智能驾驶 of X汽车智能|驾驶
    负责人; not 新浪科技|报道, whose 科技报 is a word too): the text before `end` begins a word, it ends no name."""
    words = common_words()
    return any(text[end - k:end + j] in words for k in (2, 3) for j in (2, 3) if end - k >= 0)


def without_opening(text: str, start: int, end: int, opening: dict[str, tuple[str, ...]]) -> int:
    """The start of text[start:end] without the first of `opening` (longest first) that starts it and leaves at
    least two characters (对话和府捞面 → 和府捞面); `start` when none does. A 方 that ends a party word before the
    name (运营|方星湾 read by the segmenter as one word: 运营方, the operator) is cut off too."""
    if text.startswith("方", start) and end - start > 3 and _PARTY_WORD_BEFORE.search(text, max(0, start - 2), start):
        start += 1
    return next((start + len(w) for w in opening.get(text[start:start + 1], ())
                 if text.startswith(w, start) and end - start - len(w) >= 2), start)


def without_former(doc: Doc, text: str, start: int, end: int) -> int:
    """The start of text[start:end] without a former-role marker the segmenter cut off as a word of its own
    (前|星澜|汽车|副总裁 → 星澜汽车; not 前程无忧, where 前 is inside the word 前程), leaving two characters."""
    if text[start:start + 1] in ("前", "原") and end - start >= 3 and start + 1 in token_bounds(doc)[0]:
        return start + 1
    return start


def _without_market_site(text: str, start: int, end: int) -> int:
    """A platform's country site is the platform (TikTok Shop东南亚站, 亚马逊美国站 → the platform)."""
    if end - start < 5 or text[end - 1] != "站":
        return end
    for n in (4, 3, 2):
        entry = common_words().get(text[end - 1 - n:end - 1])
        if entry and entry[1] == "ns" and end - 1 - n - start >= 2:
            return end - 1 - n
    return end


LATIN_ALIAS_TAIL = re.compile(r"[(（][A-Za-z][A-Za-z0-9 &'.\-]*[)）]$")
# a measure in Latin letters after a name and what it sells through (京东旗舰店|GMV): no part of a name
_METRIC_ACRONYM_TAIL = re.compile(r"(?<![A-Za-z])(?:GMV|DAU|MAU|ARR|ARPU|UV|PV|ROI|GTV)$")
# a public body and its holding (岚城市国资委|控股的X)
_BODY_HOLDS = re.compile(r"(?P<body>国资委|国资局|人民政府|政府|管委会|财政局|财政厅)(?:全资|绝对)?控股")
# words that join two organisations and never sit inside one name: X旗下子公司Y, X旗下品牌Y, X所属公司Y
_SUBSIDIARY_JOINT = re.compile(r"(?:全资|控股|间接全资)?(?:子公司|孙公司)")
_OWNERSHIP_JOINT = re.compile(r"旗下(?:的)?(?:全资|控股)?(?:子公司|公司|企业|品牌|子品牌)?|(?:的)?(?:所属公司|运营公司|运营主体|母公司|品牌方)")
_CONJUNCTION = re.compile(r"[与和及]")
# a kind of company in a place, no name (中国药企, 海外车企, 国内券商)
_SECTOR_NOUN = re.compile(r"(?:药企|房企|车企|险企|酒企|乳企|民企|国企|外企|央企|私企|券商|企业|公司|厂商|品牌)$")
_BLOC_AND_KIND = re.compile(r"(?:东盟|欧洲|亚洲|欧美|日韩|中东|拉美|非洲|中资|外资|港资|台资|日资|韩资|美资|欧资|陆资)"
                            r"(?:银行|企业|公司|车企|药企|房企|品牌|机构)")
_PLACE_ADJECTIVES = frozenset({"国内", "国外", "海外", "本土", "外资", "内资", "民营", "国有", "全球", "境外", "境内", "当地"})
# a region of a company's map (华东区域, 西南大区): a unit, not an organisation
_REGION_UNIT = re.compile(r"^(?:华东|华南|华北|华中|华西|西南|西北|东北|东南|大中华|亚太|海外|国际|全国)(?:区域|大区|片区|地区|区)?$")
_GENERIC_HEAD = re.compile(r"(?:公司|企业|工作室|医院|集团|工厂|实验室)$")
_HOSPITAL_KIND = re.compile(r"(?:[一二三]级)?(?:[甲乙丙]等)?(?:民营|公立|私立|综合|专科|骨科|眼科|口腔|妇产|妇幼|儿童|肿瘤|心血管|"
                            r"康复|中医|中西医结合|精神|皮肤|整形|医美|肛肠|耳鼻喉|男科|妇科|体检)+")
_COUNTED_TAIL = re.compile(r"(?:两|三|四|五|六|七|八|九|十|几|多|[2-9])(?:家|个|大)(?:全资|控股)?"
                           r"(?:子公司|公司|企业|品牌|机构|银行|平台)$")
_ORG_WORD = re.compile(r"公司|企业|集团|机构")
_INNER_HEAD = re.compile(r"集团|公司")
# (…or a maker, a player of a trade before the group: 深圳手机厂商|汀音控股)
_DESCRIPTION_HEAD = re.compile(r"集团|公司|厂商|企业|巨头|龙头|品牌商|制造商|运营商")
_GENERIC_ORG_END = re.compile(r"(?:集团|公司|科技|控股|股份|资本|银行|证券|传媒)$")
_LATIN_GIVEN = re.compile(r"[A-Z][a-z]+ $")


# what follows 由X集团控股 when 控股 is the verb (a clause's end or 的)
_HOLDING_VERB_AFTER = re.compile(r"[,，。;；]|的|$")


def _holding_verb_at_end(text: str, start: int, end: int) -> bool:
    """text[start:end] is a group or company and the verb 控股 after it, not a holding company's name: 由泓远集团控股,
    是泓远集团控股的X (X is held by the group)."""
    return (text.endswith(("集团控股", "公司控股"), start, end) and _HOLDING_VERB_AFTER.match(text, end) is not None
            and (text.endswith("由", 0, start) or text.endswith(("是", "为", "系"), 0, start) and text.startswith("的", end)))
# the heads of a company's departments (a ministry, 商务部, has a 部长)
_DEPARTMENT_HEAD = re.compile(r"副?(?:总经理|经理|总监|主管)")
# the words a company's name ends with before one of its departments (鳚州银行|零售金融部)
_DEPARTMENT_OWNER_END = r"(?:银行|集团|公司|证券|保险|控股|科技)"
_ORG_WORD_END = re.compile(_DEPARTMENT_OWNER_END + "$")
_UNIT_OF_NAMED = re.compile(r"(?P<org>[\u4e00-\u9fff]{2,10}?" + _DEPARTMENT_OWNER_END + r")[\u4e00-\u9fff]{2,6}?(?:部|事业部|事业群)")
# a function of a company (供应链) before the title of its head (副总裁, 负责人 …)
FUNCTION_UNITS = ("供应链", "人力资源")
_FUNCTION_HEAD = re.compile(r"副?(?:总经理|经理|总监|主管|总裁|负责人)")
# …and the functions a statistical guess runs on into before that title (长鑫存储|工艺|总监)
FUNCTION_WORDS = frozenset(FUNCTION_UNITS + (
    "工艺", "研发", "技术", "市场", "销售", "产品", "财务", "运营", "采购", "质量", "生产", "设计", "战略", "法务"))
_FUNCTION_TAIL = re.compile(r"(?:" + "|".join(sorted(FUNCTION_WORDS, key=len, reverse=True)) + ")$")


def _ends_in_verb(name: str) -> bool:
    """The name ends in two everyday verbs or adverbs of two characters or more (加速|渗透): a phrase."""
    pieces = dictionary_pieces(name)
    # (two verbs: one alone may be a noun too, 组织 of 石油输出国组织)
    return len(pieces) >= 3 and all(len(piece) >= 2 and entry is not None and entry[1] in ("v", "d") and entry[0] >= 300
                                    for piece, entry in pieces[-2:])


def _department(text: str, start: int, end: int) -> bool:
    """A department the text names by its kind only, before the title of its head (书画部|总经理: an everyday word
    and 部): a unit of the company the text names, no name of its own."""
    if not (text.endswith("部", start, end) and _DEPARTMENT_HEAD.match(text, end)):
        return False
    kind = text[start:end - 1]
    if is_common_word(kind):
        return True
    # (…or two everyday words: 公司|银行|部, 零售|银行|部 of a bank)
    pieces = dictionary_pieces(kind) if 4 <= len(kind) <= 6 else []
    return len(pieces) >= 2 and all(
        len(piece) > 1 and entry and entry[0] >= 100 and not entry[1].startswith(("nr", "ns", "nt", "nz", "j"))
        for piece, entry in pieces)


# where a company files to list, run on after its name (X|递表港交所)
_FILES_WITH_EXCHANGE = re.compile(r"(?:递表|递交|冲刺|登陆|赴港|赴美|闯关|转战|向)(?:港交所|联交所|上交所|深交所|北交所|纳斯达克|纽交所|港股|美股|A股|科创板|创业板)")
# what follows 证券 when the word is about a company's shares, not part of a broker's name (X证券虚假陈述纠纷)
_SECURITIES_MATTER = re.compile(r"虚假陈述|欺诈发行|内幕交易|操纵|纠纷|集体诉讼|代表人诉讼")
_METRIC_OPENINGS = ("股价", "市值", "营收", "净利润", "销量", "销售额")


def _city_and_district(name: str) -> bool:
    """A known city or province and then a word of two the dictionary tags as a place (上海|嘉定, 深圳|南山; not
    北京|华侨城, a company)."""
    for k in (2, 3):
        rest = name[k:]
        if name[:k] in _place_name_set() and len(rest) == 2 and not PUBLIC_BODY.fullmatch(name):
            entry = common_words().get(rest)
            if entry is not None and entry[1] == "ns":
                return True
    return False


def _form_key(text: str, start: int, end: int) -> bool:
    """text[start:end] opens its line and a colon follows it, and it is two everyday words or more (成立|时间:,
    最新|进展:): the key of a `key: value` line. A speaker's name before a colon (王宁:) is no dictionary word."""
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip(" \t\u3000-•·*●") or not text.startswith((":", "："), end):
        return False
    return _everyday_phrase(text[start:end])


_KIND_TAIL = re.compile(r"(?P<words>[\u4e00-\u9fff]*?)(?:店|超市|商店|连锁|零售商|品牌|集团|公司|企业|厂商|卖家|商家|大卖)")


def _kind_words(name: str) -> bool:
    """Everyday words and a kind of business (仓储|会员|店, 连锁|超市): what a brand is, not which."""
    m = _KIND_TAIL.fullmatch(name)
    return m is not None and all(len(piece) > 1 and entry and entry[0] >= 100
                                 and not entry[1].startswith(("nr", "ns", "nt"))
                                 for piece, entry in dictionary_pieces(m.group("words")))


def _dictionary_words(words: str) -> bool:
    """Words the dictionary knows, none a name of a person, place or organisation (古|法|黄金|珠宝): a kind of thing."""
    pieces = dictionary_pieces(words)
    return any(len(piece) > 1 for piece, _ in pieces) and all(
        entry and not entry[1].startswith(("nr", "ns", "nt")) for _, entry in pieces)


def _plain_words(words: str) -> bool:
    """Words the dictionary knows, none a person's or a place's name, a preposition, conjunction or particle among them
    (事发|门店|为|加盟店)."""
    pieces = dictionary_pieces(words)
    return any(entry and entry[1][:1] in ("p", "c", "u") for _, entry in pieces) and all(
        entry and not entry[1].startswith(("nr", "ns")) for _, entry in pieces)


def _everyday_phrase(words: str) -> bool:
    """Four characters or more that are two everyday words or more, none a person's name (成立|时间, 最新|进展)."""
    return len(words) >= 4 and all(len(piece) >= 2 and entry and entry[0] >= 300 and not entry[1].startswith("nr")
                                   for piece, entry in dictionary_pieces(words))


_PLAN_ENDS = ("方案", "议案", "预案")
# what a person guess may open with when it is a comparison or a preposition before a known name (比|科沃斯)
_COMPARISON_CHARS = "比和与跟同对向给把被让从"


@lru_cache(maxsize=1)
def _word_given_names() -> frozenset[str]:
    return load_word_list("given_names.txt")


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    return load_word_list("everyday_words.txt")
# what follows a market segment's word (大众|跑鞋市场, 高端|消费群体)
_MARKET_SEGMENT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:市场|消费群体|消费人群|价位段|价格带)")
# words that end in 于 (not 长于: 署长|于友先 is a title and a name)
_WORDS_ENDING_IN_YU = ("由于", "对于", "关于", "位于", "属于", "基于", "处于", "至于", "用于", "等于", "源于", "在于", "善于",
                       "敢于", "勇于", "易于", "便于", "忙于", "终于", "得益于", "受益于", "致力于", "专注于", "归功于", "取决于",
                       "有助于", "相当于", "来自于", "出于", "鉴于", "限于", "高于", "低于", "大于", "小于", "多于", "少于",
                       "早于", "晚于", "始于", "成立于", "创立于", "落户于", "立足于", "有利于", "不同于", "类似于")


# the acronyms of a field that may open a description (AI|基础设施|公司, 中国AI|眼镜)
_FIELD_ACRONYMS = "AI|IT|AR|VR|SaaS|IoT|5G|ICT"
# …opening what comes before a suffix (AI|大模型|公司): a word like any other, no name's unknown part (not IT|之家)
_FIELD_ACRONYM = re.compile(rf"^(?:{_FIELD_ACRONYMS})(?=[\u4e00-\u9fff]{{2}})(?!之)")
# a county and a word after it (鷿阳县|猕猴桃)
_COUNTY_THEN_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}县([\u4e00-\u9fff]{1,3})")
# (…but not the county's bodies and units, 县医院, 县电视台: their last character says what kind of body)
_BODY_LAST_CHARS = "局委院台所站队会社司行部厅办校馆场府处"
# a noun this rare in jieba's counts is a thing, not a field of government (猕猴桃 141, 茶叶 1,496; 农业 16,233,
# 政府 23,452)
_PRODUCE_BELOW = 5000


def _county_produce(name: str) -> bool:
    """A county and an everyday thing it grows or makes (鷿阳县|猕猴桃, X县|茶叶): its produce, named by no one."""
    m = _COUNTY_THEN_WORD.fullmatch(name)
    if not m or m.group(1)[-1] in _BODY_LAST_CHARS:
        return False
    entry = common_words().get(m.group(1))
    return bool(entry) and entry[1] == "n" and entry[0] < _PRODUCE_BELOW


# a market's scope (全国新茶饮, 国产AI眼镜): before a trade or a product's kind, no name
_SCOPE_BEFORE_TRADE = re.compile(r"全国|全球|国内|国产|海外|全省|全市|全行业")
_UNIT_HEAD_AFTER = re.compile(r"(?:负责人|总经理|总监|副总裁|事业部|部门|团队)")
_FUND_EDITION = re.compile(r"[一二三四五六七八九十]期(?![间限货末初中内])")
# a body named by its kind and what it did, glued by a headline onto what it did it to (法院判决|劳务外包公司)
# (not a line of trade that follows such a word inside a name: X企业管理有限公司, X品牌管理有限公司)
_KIND_BEFORE_REGISTERED = re.compile(r"(?:连锁药店|连锁超市|连锁品牌|连锁企业|连锁餐厅|药店)"
                                     r"(?!管理|服务|发展|咨询|投资|科技|技术|文化|策划|运营|营销|孵化)(?=[\u4e00-\u9fff])")
_CLOSES_UNIT = re.compile(r"关闭|关停|裁撤|解散|撤销|出售|剥离")
_BODY_THEN_VERB = re.compile(r"(?:法院|法庭|仲裁委|监管部门|监管|官方|平台|政府)(?:判决|判令|裁定|认定|要求|责令|处罚|约谈|起诉|叫停|通报|回应)")


def _verb_and_head(name: str) -> bool:
    """An everyday verb and a generic head (确认|公司为…的中标单位): the verb's object, no name."""
    if len(name) != 4 or not name.endswith(("公司", "集团")):
        return False
    whole = common_words().get(name)
    if whole is not None and whole[1].startswith(("nt", "nz")):
        return False  # 联想集团: the dictionary knows the whole as an organisation's name
    entry = common_words().get(name[:2])
    return entry is not None and entry[1] == "v" and entry[0] >= 1000


def _former_kind(name: str) -> bool:
    """What follows 原/前 in a guess is a kind of company (原|物业公司, 前|合资公司): the former one, no name."""
    return _descriptive_org(name) or (name.endswith(("公司", "企业")) and is_common_word(name[:-2]))


def _country_at(text: str, pos: int = 0) -> str | None:
    """The country (other than China) the text opens with at `pos`, the longest one that does; None when none does."""
    return next((c for c in countries() if text.startswith(c, pos)), None)


# kinds of institution a country has many of (美国大学, 日本企业): a country and one of these names no one
_COUNTRYS_KIND = frozenset({"大学", "高校", "企业", "公司", "机构", "车企", "药企", "品牌", "厂商", "基金", "财团", "银行业",
                            "私募基金", "私募股权基金", "投资基金", "主权基金", "主权财富基金", "养老基金", "投资机构",
                            "投资公司", "基金公司", "资管公司", "工厂", "分公司", "子公司", "生产基地", "办事处"})


def _countrys_kind(name: str) -> bool:
    """A country and a kind of body of it alone (美国大学, 日本企业, 匈牙利工厂): no one's name."""
    country = _country_at(name)
    return country is not None and name[len(country):] in _COUNTRYS_KIND


def _country_description(name: str) -> bool:
    """A country, everyday words and a generic head (法国|奢侈品|集团, 美国|芯片|巨头): a description, no name."""
    country = _country_at(name)
    m = _GENERIC_HEAD.search(name)
    if country is None or m is None or m.start() <= len(country):
        return False
    pieces = dictionary_pieces(name[len(country):m.start()])
    return all(len(piece) > 1 and entry and entry[0] >= 50 and not entry[1].startswith(("nr", "ns", "nt", "nz", "j"))
               for piece, entry in pieces)


def _known_name_at(text: str, pos: int) -> bool:
    """A name the gazetteer knows starts at `pos`."""
    gaz = default_gazetteer()
    return any(gaz.lookup(text[pos:pos + k]) is not None for k in range(2, 7) if pos + k <= len(text))


def _descriptive_org(name: str) -> bool:
    """Everyday words before a generic head (合资|电池|公司): two or more dictionary words of some use, none a
    name, place or organisation word, no Latin letters or digits. One word may be the name itself (可口可乐公司,
    石油公司), and 北京电力公司, 3M公司 and 资本集团公司 stay names."""
    m = _GENERIC_HEAD.search(name)
    head = name[:m.start()] if m else ""
    acronym = _TERM_ACRONYM.match(head) if m else None
    if acronym and len(head) - acronym.end() >= 2:
        head = head[acronym.end():]  # AI|基础设施|公司: a field's acronym opens the description (one word may follow)
    if m and m.group() == "医院" and _HOSPITAL_KIND.fullmatch(head):
        return True  # 三级骨科专科医院: a grade and a speciality describe a hospital
    if m and len(head) >= 4 and head.endswith(("本地", "当地", "本土")) and all("\u4e00" <= c <= "\u9fff" for c in head):
        return True  # 宁波|本地|工厂: a local factory of the place, no name
    if len(head) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in head) or _ORG_WORD.search(head):
        return False
    # (who owns it opens a description: 省属|地方资产管理公司, 国有|商业银行; one everyday word describes a studio:
    # 独立|工作室, 游戏|工作室)
    owned = _OWNERSHIP_QUALIFIER.match(head)
    pieces = dictionary_pieces(head[owned.end():] if owned else head)
    return len(pieces) >= (1 if owned or acronym or m.group() == "工作室" else 2) and all(
        len(piece) > 1 and entry and entry[0] >= 100 and not entry[1].startswith(("nr", "ns", "nt", "nz", "j"))
        for piece, entry in pieces)


# kinds of body that, alone, name none (基金会理事长由X担任: the foundation named before)
_KIND_OF_BODY = ("基金会", "协会", "商会", "学会", "委员会", "董事会", "监事会", "理事会", "联合体")
_LATIN_NAME_TAIL = re.compile(r"(?:国际|集团|公司|控股)(?!市场|化|业务|贸易|航线|标准|品牌|版)")


def _with_latin_name_tail(text: str, start: int, end: int) -> int:
    """CFM|国际: a Latin name and the word that ends it as a company's name are one name; the end of it."""
    if re.fullmatch(r"[A-Za-z&]{2,12}", text[start:end]) and (tail := _LATIN_NAME_TAIL.match(text, end)):
        return tail.end()
    return end
# an exchange and the ticker of a stock listed on it: (NASDAQ:YDSM), (纽交所:ABC)
_EXCHANGE_BEFORE = re.compile(r"(?:NASDAQ|Nasdaq|NYSE|AMEX|TSX|LSE|HKEX|SGX|OTC|纳斯达克|纳斯达克交易所|纽交所|美股|港股|股票代码)\s?[:：]\s?$")
_TICKER = re.compile(r"[A-Z][A-Z0-9.]{0,5}[)）]?")
_PARTNERSHIP_FORM = re.compile(r"[(（]有限合伙[)）]")
# kinds of shop a place's name never ends with
_SHOP_NOUNS = ("便利店", "超市", "商店", "专卖店", "体验店")
# (the kinds of body two joined names end with, wider than the matcher's public bodies: 局 … 合作社, 公司)
_JOINED_BODY_END = re.compile(r"(?:局|委员会|办公室|合作社|协会|商会|公司|集团|银行|医院|大学|学院|研究院|研究所|中心|基金会|厅|署)$")
_NEAR_PLACE = re.compile(r"(?:附近|旁边|对面|周边|隔壁)的")
_HOLDER_INSIDE = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,16}?)(?:的)?(?:控股股东|第一大股东|大股东|母公司)(?P<second>[\u4e00-\u9fff]{2,16})")
_ADMIN_LEVEL = re.compile(r"(?:国家|省|市|县|区|镇|乡|村)级")
# the verbs whose 自 a guess may take into the name after it (采购自|力劲科技)
_SOURCED_BEFORE_ZI = ("采购", "进口", "购", "来", "源", "引进")
_ORG_THEN_DEAL_VERB = re.compile(r"(?P<first>[\u4e00-\u9fff]{4,16}?)(?:拿下|斩获|中标|牵手|联手|入股|收购|获得|夺得|携)"
                                 r"[\u4e00-\u9fff]{2,16}")
# the legal forms the segmenter reads as one word, which close a registered name (湖南X锂电材料|有限公司)
LEGAL_FORM_WORDS = frozenset({"有限公司", "股份公司", "有限责任公司", "股份有限公司"})
_BOND_NAME = re.compile(r"\d{2}[\u4e00-\u9fff]{2,6}\d{2}[A-Z]?")
# a place, a verb of opening and the kind of site opened (昆明新开医院30家, 江西上饶开建新工厂): the place, no
# organisation's name
_PLACE_THEN_OPENING = re.compile(r"([\u4e00-\u9fff]{2,6}?)(?:新开|开设|新建|开出|筹建|开建)(?:新)?(?:医院|门店|分店|工厂|店|卫生院|诊所|基地)")
# a sovereign fund named only by where it is from (中东主权基金, 新加坡主权财富基金): a description, no name
_SOVEREIGN_FUND = re.compile(r"([\u4e00-\u9fff]{0,4}?)(?:的)?(?:主权基金|主权财富基金)")
_FUND_REGIONS = frozenset({"中东", "海湾", "欧洲", "北美", "东南亚", "亚洲", "海外", "境外", "某", "一家", "国外"})


def _described_sovereign_fund(name: str) -> bool:
    fund = _SOVEREIGN_FUND.fullmatch(name)
    return fund is not None and (not fund.group(1) or fund.group(1) in _FUND_REGIONS or fund.group(1) in countries())


# a crowded or an open market called a sea (行业已经是红海, 一片蓝海市场), not the sea itself (红海航线)
_MARKET_SEAS = ("红海", "蓝海")
_MARKET_SEA_BEFORE = ("是", "一片", "成为", "陷入", "进入", "变成", "变为", "杀成")
_MARKET_SEA_AFTER = ("市场", "赛道", "竞争", "行业", "领域")
_BODIES_JOINED = re.compile(r"(?P<first>[\u4e00-\u9fff]{4,16}?)(?:联合|携手|会同|诉|起诉|状告)(?P<second>[\u4e00-\u9fff]{4,16})")
# a post taken after a name glued to 任 (蒋鐩任|新集团总经理)
_POST_AFTER_REN = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:董事长|总经理|总裁|CEO|主席|书记|局长|行长|院长|经理|总监|董事|负责人)")
_SMALL_SHOPS = ("小店", "网店", "店铺")  # (淘宝|小店)


def _kind_of_company(name: str) -> bool:
    """One frequent everyday noun and 公司 or 集团 (平台公司, 投资公司): a kind of company."""
    if not name.endswith(("公司", "集团")) or len(name) < 4:
        return False
    entry = common_words().get(name[:-2])
    return bool(entry) and entry[0] >= CueMatcher.EVERYDAY_KIND and entry[1] in ("n", "vn")


_SCOPE_TERM = re.compile(rf"(?:{_FIELD_ACRONYMS}|XR|智能)?")


def _market_scope(head: str) -> bool:
    """A market's scope and at most a field's acronym (全球, 国产AI), or a country and one (中国AI): what a product's
    market is, before its kind, no name."""
    if (scope := _SCOPE_BEFORE_TRADE.match(head)) is not None:
        return _SCOPE_TERM.fullmatch(head, scope.end()) is not None
    # (a country alone opens many a name, 美国航空, 中国银行: only with a field's acronym is it a market)
    country = "中国" if head.startswith("中国") else _country_at(head)
    return country is not None and len(head) > len(country) and _SCOPE_TERM.fullmatch(head, len(country)) is not None


_TERM_ACRONYM = re.compile(rf"(?:{_FIELD_ACRONYMS})(?=[\u4e00-\u9fff])")
_OWNERSHIP_QUALIFIER = re.compile(r"(?:省属|市属|区属|县属|部属|央属|国有|国营|地方国有|民营|外资|合资|省级|市级|县级)(?=.)")


def _without_descriptive_group(text: str, start: int, end: int) -> int:
    """运动用品集团安跃集团 → 安跃集团: a description ending in 集团/公司 before a name that ends in an organisational
    word again, when the name opens with no dictionary word (阿里巴巴集团控股有限公司 keeps its 控股; 中国长江航运
    （集团）总公司 its 总公司)."""
    for m in _DESCRIPTION_HEAD.finditer(text, start, end):
        rest = text[m.end():end]
        if len(rest) < 3 or not _GENERIC_ORG_END.search(rest) or not "\u4e00" <= rest[0] <= "\u9fff" \
                or rest[0] in "总分子" or rest.endswith(_BRANCH_ENDS):
            continue  # (…nor a branch of the company before it: 中国电信股份有限公司|沅州分公司)
        piece, entry = dictionary_pieces(rest)[0]
        if entry is None or len(piece) == 1:
            return m.end()
    return start


_BRANCH_ENDS = ("分公司", "分行", "支行")
_COUNTED_KIND = re.compile(r"(?:[一二三四五六七八九十两几数多]+|\d+)(?:家|所|个)")
_DESCRIBED_LATIN_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:商|公司|企业|集团|机构|品牌|厂|巨头)(?=[A-Z][A-Za-z0-9&.\-]+(?: [A-Z][A-Za-z0-9&.\-]+)*$)")
_SETS_UP_COMPANY = re.compile(r"(?:成立|设立|组建|共建|新设)(?:了)?(?:一家)?(?:合资|合营|新)?(?:公司|企业)$")
_JOINTLY_DONE = re.compile(r"(?:合资|联合|共同)(?:建设|设立|成立|组建|打造|开发|投资|运营)")
_JOINT_VENTURE_TAIL = re.compile(r"(?:合资|合营)[\u4e00-\u9fff]{0,4}?(?:公司|企业|工厂)$")
_ROLE_THEN_LATIN = re.compile(r"(?:运营商|供应商|开发商|制造商|服务商|代理商|经销商|品牌商|运营方)\s?[A-Za-z]")
_UNIT_ENDS = ("会", "委", "部", "局", "院", "所", "处", "署", "厅", "办", "中心", "站", "队", "社", "团") + _BRANCH_ENDS
_DESCRIBED_NAME = re.compile(r"(?:公司|企业|集团|厂商|品牌|巨头|机构|连锁|超市|便利店|龙头|平台|战队|球队|船东)(?=[\u4e00-\u9fff]{2,5}$)")


def _without_description(text: str, start: int, end: int) -> int:
    """德国医疗器械公司贝恩斯特 → 贝恩斯特: a description in everyday words and places, ending in 公司/企业/…, before a
    short name no dictionary knows that ends in no organisational word (中国移动公司北京分公司 stays whole)."""
    # (the last description noun: 川菜连锁品牌|蜀辣坊, 湖北连锁超市|X)
    m = next(reversed(list(_DESCRIBED_NAME.finditer(text, start + 2, end))), None)
    if m is None or m.start() - start < 2:
        return start
    name, description = text[m.end():end], text[start:m.start()]
    if (name in common_words() or _GENERIC_ORG_END.search(name) or _INNER_HEAD.search(name)
            or name.endswith(_UNIT_ENDS) or output_label("LOC", name) == "ORG"):
        return start  # (认证机构|认可委员会: the whole is one body's name)
    if description.endswith(_ROLE_DESCRIPTIONS):
        return m.end()  # 欧朗德经销商集团|骐达汇: whose dealer (supplier, agent …) it is, then the name
    pieces = dictionary_pieces(description)
    if all(entry is not None and len(piece) > 1 for piece, entry in pieces) and any(
            not entry[1].startswith(("nr", "nt", "nz")) for _, entry in pieces):
        return m.end()
    return start


# a player of a trade described before its name (激光雷达研发商|澍曜科技, 锂电池制造商|X): never inside one name
_TRADE_ROLE = re.compile(r"(?:研发商|制造商|生产商|供应商|服务商|运营商|开发商|提供商|零售商|经销商|代理商|品牌商|集成商|设计商|代工厂|代工企业|材料商|设备商|零部件商|贸易商|进口商|分销商)"
                         r"(?!有限|股份|集团|公司|管理|联盟|协会|大会)")


# a plant, a base or a unit a company has in a place (越南|新工厂, 成都|生产基地)
_PLANT_TAIL = re.compile(r"(?:第[一二三四五六七八九十\d]+座?|新)?(?:工厂|生产基地|制造基地|研发中心|基地|产业园|厂区)$")


def _without_site_of_plant(text: str, start: int, end: int, org_suffix: re.Pattern | None) -> int:
    """箐华实业越南新工厂 → 箐华实业: a company, a known place and a plant it has there; the company's name ends in an
    organisational word before the place."""
    tail = _PLANT_TAIL.search(text, start, end)
    if tail is None:
        return end
    for k in range(tail.start() - 2, start + 1, -1):
        if text[k:tail.start()] in _place_name_set() and (ends_in_org_suffix(org_suffix, text[start:k])
                                                          or INDUSTRY_TAIL.search(text, start + 2, k)):
            return k
    return end


def _without_trade_role(text: str, start: int, end: int) -> int:
    """激光雷达研发商澍曜科技 → 澍曜科技: a trade and its role before the name, when both sides keep two characters."""
    m = next(reversed(list(_TRADE_ROLE.finditer(text, start, end))), None)
    if m is None or m.start() - start < 2 or end - m.end() < 2:
        return start
    return m.end()


# a description in everyday words before a registered name (户外运动品牌|峰屹控股有限公司)
_DESCRIBED_REGISTERED = re.compile(r"(?:品牌|企业|厂商|巨头|龙头|平台|连锁)(?=[\u4e00-\u9fff]{2,12}(?:(?:集团)?(?:股份)?有限(?:责任)?公司)$)")


def _without_description_of_registered(text: str, start: int, end: int) -> int:
    """户外运动品牌峰屹控股有限公司 → 峰屹控股有限公司: everyday words and a kind of company before a registered
    name, which the model took in."""
    m = _DESCRIBED_REGISTERED.search(text, start + 2, end)
    if m is None:
        return start
    pieces = dictionary_pieces(text[start:m.start()])
    if all(entry is not None and len(piece) > 1 and not entry[1].startswith(("nr", "nt", "nz", "ns"))
           for piece, entry in pieces):
        return m.end()
    return start


_ROLE_DESCRIPTIONS = ("经销商", "代理商", "供应商", "服务商", "运营商", "合作伙伴", "合作方", "投资方", "代工厂")


_HOLDING_WORDS = re.compile(r"(?:控股|集团|国际|投资|实业|发展|股份)+$")


def _with_registered_name_start(doc: Doc, full: str, start: int, end: int) -> int:
    """A registered name the model opened inside a word (将|岚城|城[市建设投资集团有限公司): from that word's start,
    and over up to two name-like words before it, to a function word or punctuation (岚城城市建设投资集团有限公司)."""
    if not LEGAL_FORM.search(full, start, end) or start == 0 or not is_common_word(full[start - 1:start + 1]):
        return start
    starts, ends = token_bounds(doc)
    k = bisect.bisect_right(starts, start - 1) - 1
    # (the character before must be a word's piece the model split off, 城|市: not a word of its own, 9月|华, 进入|海航)
    if k < 0 or ends[k] != start or starts[k] != start - 1 or full[start - 1] in CueMatcher.FUNCTION_CHARS:
        return start
    new = starts[k]
    for j in (k - 1, k - 2):
        if j < 0 or ends[j] != starts[j + 1]:
            break
        word = full[starts[j]:ends[j]]
        entry = common_words().get(word)
        if not (1 <= len(word) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in word)
                and word not in CueMatcher.FUNCTION_CHARS and not (len(word) == 1 and entry)
                and not (entry and entry[0] >= 20 and entry[1].startswith(CueMatcher.NON_NAME_TAGS))):
            break
        new = starts[j]
    return new


def _with_name_before_place(doc: Doc, full: str, start: int, end: int) -> int:
    """A guess that is only a place and a company's form (中国控股有限公司 of 融信中国控股有限公司): the model left the
    name out, and the word before it, when no everyday word, is where it starts."""
    name = full[start:end]
    legal = LEGAL_FORM.search(name)
    core = _HOLDING_WORDS.sub("", name[:legal.start()] if legal else name)
    if core == name or core not in _place_name_set():
        return start
    starts, ends = token_bounds(doc)
    i = bisect.bisect_left(ends, start)
    if i == len(ends) or ends[i] != start:
        return start
    word = full[starts[i]:start]
    if len(word) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in word) and not is_common_word(word):
        return starts[i]
    return start


def _head_is_word(description: str) -> bool:
    """What comes before the description's last noun is a dictionary word that names nothing (储能 of 储能公司)."""
    head = next((description[:-len(n)] for n in DESCRIPTION_NOUNS if description.endswith(n)), "")
    entry = common_words().get(head)
    return entry is not None and not entry[1].startswith(("nr", "ns", "nt", "nz"))


def _place_and_sector(name: str) -> bool:
    """A place or a word of origin and a kind of company: 中国药企, 海外车企 describe companies, name none."""
    if _BLOC_AND_KIND.fullmatch(name):
        return True  # 东盟银行, 中资银行: banks of a region or of a capital's origin, no bank's name
    m = _SECTOR_NOUN.search(name)
    return bool(m) and m.start() >= 2 and (name[:m.start()] in _PLACE_ADJECTIVES or name[:m.start()] in _place_name_set())


_AIRPORT_KIND = re.compile(r"(?:国际|新)?机场$")
_AIRPORT_TERMINAL = re.compile(r"(?<=机场)(?:[A-Z]?\d{0,2}|新|国内|国际|[一二三四])?(?:号)?航站楼$")
FACILITY_END = re.compile(r"(?:工厂|超级工厂|晶圆厂|生产基地|基地|产业园|研发中心|物流中心|分拣中心|转运中心|仓库|工作室)$")


_ORGANISATION_END = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团|合作社|银行|大学|学院|医院|协会|商会|基金会|研究院|研究所)$")


def _last_clause_name(text: str, start: int, end: int) -> int:
    """Where the name starts in an organisation guess that runs over a comma or a full stop into a name ending in
    an organisation's word (普洱市思茅区,岚山咖啡专业合作社): after the last break, or 0 when that is not the case."""
    breaks = [m.end() for m in re.finditer(r"[,，;；。!！?？]", text[start:end])]
    if not breaks:
        return 0
    cut = start + breaks[-1]
    return cut if end - cut >= 4 and _ORGANISATION_END.search(text, cut, end) else 0


_INTERBANK = re.compile(r"间(?:市场|债券|同业|拆借|回购|交易)")


def _interbank_market(text: str, start: int, end: int) -> bool:
    """text[start:end] ends in 银行 and runs on into 间市场, 间债券 …: 中国|银行间市场 is the interbank market, no bank
    (read by the trim stage for the model's guesses and by the gazetteer for its own)."""
    return text.endswith("银行", start, end) and _INTERBANK.match(text, end) is not None
_COUNT_IN_NAME = re.compile(r"\d+(?:家|个|亿|万|元|年|月|日|%|人|座|所)")
_THIS_SCHOOL = ("该校", "本校", "我校", "该大学", "学校")
_SCHOOL_UNIT = re.compile(r"(?:学院|学系|系|研究所|研究院|实验室|研究中心)$")


def _kind_of_site(name: str) -> bool:
    """An everyday word or two before a site's word (数字化|工厂, 超级|工厂, 智能|生产基地): what kind of plant it is;
    a known name (宁德时代工厂) or a place (墨西哥工厂) is no everyday word."""
    site = FACILITY_END.search(name)
    head = name[:site.start()] if site else ""
    if not 2 <= len(head) <= 6 or not all("\u4e00" <= c <= "\u9fff" for c in head):
        return False
    pieces = dictionary_pieces(head)
    return len(pieces) <= 2 and all(len(piece) > 1 and entry and entry[0] >= 100 and not entry[1].startswith(
        ("nr", "ns", "nt", "nz", "j")) for piece, entry in pieces) and head not in _place_name_set()


_PLACE_AND_ORG = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?(?:省|市|县|区)?)(?:与|和|同|携手)(?P<org>[\u4e00-\u9fff]{2,12})")
_NUMBERED_PLACE = re.compile(r"[〔〕\[\]()（）\d]*\d+号")  # (a street's number, 文汇路716号, is an address)


def _country_and_city(head: str) -> int:
    """The length of the country that opens `head` when what follows it is a city's name the dictionary does not
    know (墨西哥|蒙特雷 before 工厂), or 0: a known place then an unknown two-to-four-character name."""
    for k in range(min(len(head) - 2, 5), 1, -1):
        if head[:k] in countries():
            rest = head[k:]
            return k if (2 <= len(rest) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in rest) and all(
                len(piece) == 1 or entry[1].startswith("ns") for piece, entry in dictionary_pieces(rest))
                and default_gazetteer().lookup(rest) is None) else 0
    return 0


def _known_organisation_prefix(name: str, named: Container[str] = ()) -> int:
    """The length of the longest known organisation or brand that starts `name` (宁德时代 of 宁德时代匈牙利工厂), or
    of one the text names elsewhere (`named`: 晶川半导体 of 晶川半导体12英寸晶圆厂), or len(name) when none does."""
    gaz = default_gazetteer()
    for k in range(len(name) - 1, 1, -1):
        entry = gaz.lookup(name[:k])
        if entry is not None and entry.type in ("ORG", "BRAND") or name[:k] in named:
            return k
    return len(name)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return load_word_list("stopwords.txt")


CLAUSE_OPENERS = frozenset(",，;；:：。!！?？\n")
_HAN_THEN_LATIN = re.compile(r"[\u4e00-\u9fff][A-Za-z]")
_HAN_SPACE_HAN = re.compile(r"[\u4e00-\u9fff][ \u3000\t]+[\u4e00-\u9fff]")
# what a company does, right after its name: never the rest of an organisation's name
_BUILT_BEFORE = re.compile(r"(?:共建|搭建|打造|建设|建立|推出|上线|共同打造)$")
_INSTITUTION_END = ("医院", "学院", "大学", "中心", "银行")
_BUILT_IN_PLACE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?P<verb>新建|建设|兴建|扩建|投建|建|设立|投资)")
_CITY_SHAPE = re.compile(r"[\u4e00-\u9fff]{2,4}[市省县]")
# a place written with its unit (兹雷尼亚宁市, a foreign city the gazetteer does not know)
_PLACE_WITH_UNIT = re.compile(r"[\u4e00-\u9fff]{2,6}[市省县州]")
_PARTNER_JOINT = re.compile(r"联合|携手|联手|牵手")
_ACTION_AFTER_ORG = re.compile(r"主营|主要从事|签署|签订|签下|签约|牵手|达成|关闭|关停|裁撤|解散|拟借壳|借壳|要约收购|拟收购|吸收合并|保留|接手|接管|易主|收购|转让|出售|回应|宣布|起诉|中标|入股|减持|增持|任命|聘任|委任|聘请|拟变更|改聘|续聘|解聘")


def _known_company_name(name: str) -> bool:
    entry = default_gazetteer().lookup(name)
    return entry is not None and entry.type in ("ORG", "BRAND")


def _company_like(name: str, org_suffix: re.Pattern | None, category: re.Pattern | None) -> bool:
    """Organisation-shaped (`_organisation_shaped`), or ending in a line of business (玚星|电子), or a known company's
    name and its unit (京东|零售)."""
    return (_organisation_shaped(name, org_suffix) or ends_in_org_suffix(category, name)
            or any(_known_company_name(name[:k]) for k in range(2, len(name) - 1)))


_POST_INSIDE = re.compile(r"CEO|CFO|COO|CTO|首席执行官|首席财务官|董事长|总裁|总经理|创始人|高管")


def _split_joined(text: str, start: int, end: int, org_suffix: re.Pattern | None,
                  category: re.Pattern | None = None) -> list[tuple[int, int]]:
    """One statistical guess that reads as two organisations: X旗下子公司Y (恒瑞医药旗下子公司瑞康生物), or X与Y where
    both end in an organisational suffix (浙江大学与杭州海康威视数字技术股份有限公司). Each part keeps two
    characters or more; a guess with no such joint comes back whole."""
    latin = _HAN_THEN_LATIN.search(text, start, end)
    if latin and latin.start() + 1 - start >= 2 and output_label("LOC", text[start:latin.start() + 1]) == "ORG":
        # 明德制药|MSCI ESG: a company's name ends at its organisational word; Latin words after it are another name
        rest, words = latin.end() - 1, text[latin.end() - 1:end].split(" ")
        while len(words) > 1 and words[-1] in _stopwords():
            words.pop()  # MSCI ESG: a term (ESG, AI, IPO) after a Latin name is not part of it
        return [(start, latin.start() + 1), *_split_joined(text, rest, rest + len(" ".join(words)), org_suffix, category)]
    gap = _HAN_SPACE_HAN.search(text, start, end)
    if gap:  # a headline's phrases (海港城足球俱乐部易主 远帆集团): each its own guess
        parts = [(s, e) for s, e in ((start, gap.start() + 1), (gap.end() - 1, end)) if e - s >= 2]
        return [p for s, e in parts for p in _split_joined(text, s, e, org_suffix, category)]
    verb = _ACTION_AFTER_ORG.search(text, start + 2, end)
    if verb and (ends_in_org_suffix(org_suffix, text[start:verb.start()])
                 or (verb.group() in ("主营", "主要从事") and _company_like(text[start:verb.start()], org_suffix, category))):
        return [(start, verb.start())]  # 鼎晟地产|保留俱乐部: a company, then what it does
    # 华昱信息|中标|岚江市第一人民医院: a company, what it did, and the organisation it did it to
    if verb and end - verb.end() >= 4 and (ends_in_org_suffix(org_suffix, text[verb.end():end])
                                          or text.endswith(_INSTITUTION_END, verb.start(), end)):
        return [(start, verb.start()), (verb.end(), end)]
    # 汀阳市|联合|美团: one party and the known company it joined, not one name (联合利华, 北京联合大学,
    # 秘鲁武装力量联合指挥部 stay whole)
    joint = _PARTNER_JOINT.search(text, start + 2, end)
    if joint and end - joint.end() >= 2 and (_known_company_name(text[joint.end():end]) or (
            _organisation_shaped(text[start:joint.start()], org_suffix)
            and _organisation_shaped(text[joint.end():end], org_suffix))):
        return [(start, joint.start()), (joint.end(), end)]  # (…or two organisations: 宠安保险|联手|瑞宠医院)
    # 玚星电子|除|玚海集团: a company and the one a clause sets aside (向X除Y以外的全体股东)
    aside = text.find("除", start + 2, end)
    if aside > 0 and end - aside > 2 and all(_company_like(part, org_suffix, category)
                                             for part in (text[start:aside], text[aside + 1:end])):
        return [(start, aside), (aside + 1, end)]
    # 京东零售|CEO|辛利军: a company, a title and its holder, whom the model ran together
    post = _POST_INSIDE.search(text, start + 2, end)
    # (…and an everyday word the holder's act, which the guess ran on into: 雅诗兰黛|高管|邵瓺|加盟)
    held_end = end - 2 if post and end - post.end() >= 4 and is_common_word(text[end - 2:end]) else end
    if post and _surname_name(text[post.end():held_end]) and _company_like(text[start:post.start()], org_suffix,
                                                                              category):
        return [(start, post.start()), (post.end(), held_end)]
    m = _OWNERSHIP_JOINT.search(text, start, end)
    if m and m.start() > start:
        parts = [(s, e) for s, e in ((start, m.start()), (m.end(), end)) if e - s >= 2]
        return parts or [(start, end)]
    if m and m.group() != "旗下" and end - m.end() >= 2:
        return [(m.end(), end)]  # 旗下子公司|沄泰人寿: what the subsidiary is, then its name
    # 财产险子公司|沄泰财险: a kind of subsidiary before its name (the parent's name before it stays a name of its own)
    sub = _SUBSIDIARY_JOINT.search(text, start + 1, end)
    if sub and end - sub.end() >= 2:
        left = (start, sub.start())
        return ([left] if sub.start() - start >= 2 and ends_in_org_suffix(org_suffix, text[slice(*left)]) else []) + [
            (sub.end(), end)]
    # (the second partner and what the two set up, after the first: 翊川汽车与|沣锂新能源|合资电池公司)
    if (start > 0 and text[start - 1] in "与和" and (jv := _JOINT_VENTURE_TAIL.search(text, start + 2, end))
            and jv.start() - start >= 2):
        return [(start, jv.start())]
    for m in _CONJUNCTION.finditer(text, start, end):
        left, right = text[start:m.start()], text[m.end():end]
        # (…or what they do together: 中国石化|与|鄂岚能源|合资建设加氢站)
        if (jointly := _JOINTLY_DONE.search(right)) and jointly.start() >= 2 and (
                _known_company_name(left) or ends_in_org_suffix(org_suffix, left)):
            return [(start, m.start()), (m.end(), m.end() + jointly.start())]
        # (two partners and what they set up together: 翊川汽车|与|沣锂新能源|合资电池公司)
        if (jv := _JOINT_VENTURE_TAIL.search(text, m.end(), end)) and len(left) >= 2 and jv.start() - m.end() >= 2:
            return [(start, m.start()), (m.end(), jv.start())]
        # (a known company counts as one: 众安保险和平安产险; an institution does not, 上海交通大学机械与动力工程学院)
        if all(ends_in_org_suffix(org_suffix, x) or _known_company_name(x) for x in (left, right)):
            return [(start, m.start()), (m.end(), end)]
        # (…or two units of one family of names, one organisation-shaped: 翯丰物业|和|翯丰酒店)
        if (len(left) >= 4 and len(right) >= 4 and left[:2] == right[:2] and not is_common_word(left[:2])
                and (_company_like(left, org_suffix, category) or _company_like(right, org_suffix, category))):
            return [(start, m.start()), (m.end(), end)]
        # (…and two names that each end in a line of trade after a name of their own: 澜瑞生物|与|先声药业)
        # (one of them at least no everyday word: 先声 is one)
        if category is not None and all(_trade_named(x, category) for x in (left, right)) and any(
                _trade_named(x, category, rare=True) for x in (left, right)):
            return [(start, m.start()), (m.end(), end)]
        # (…or a company of some line of trade and an organisation: 翔宇航空|与|赛峰集团)
        if (m.group() == "与" and len(left) >= 4 and len(right) >= 4 and ends_in_org_suffix(org_suffix, right)
                and left.endswith(_TRADE_ENDS)):
            return [(start, m.start()), (m.end(), end)]
        # (…or a person and a company: 骑手邵岑|与|芮诚劳务服务有限公司, two parties)
        if _surname_name(left) and len(right) >= 4 and ends_in_org_suffix(org_suffix, right):
            return [(start, m.start()), (m.end(), end)]
        # (…or both in the same word: 阿联酋航空和土耳其航空, two names of one kind)
        if len(left) >= 4 and len(right) >= 4 and left[-2:] == right[-2:] and all(
                "\u4e00" <= c <= "\u9fff" for c in left[-2:]):
            return [(start, m.start()), (m.end(), end)]
    # 璩川农业|为公司控股股东|璩川集团: a company, what it is to the company the text is about, and another
    role = _COPULA_ROLE.search(text, start + 2, end)
    if role:
        return [p for p in ((start, role.start()), (role.end(), end)) if p[1] - p[0] >= 2] or [(start, end)]
    # 曦川汽车|由|澜舟集团(与…共同发起设立): a company and the one that set it up
    by = text.find("由", start + 3, end - 3)
    if by > 0 and ends_in_org_suffix(org_suffix, text[by + 1:end]):
        return [(start, by), (by + 1, end)]
    return [(start, end)]


def _trade_named(name: str, category: re.Pattern, rare: bool = False) -> bool:
    """Two Chinese characters or more, then a line of trade (澜瑞 + 生物, 先声 + 药业); `rare`: the name before the
    trade is no everyday word."""
    return any(m.end() == len(name) and m.start() >= 2 and not (rare and is_common_word(name[:m.start()]))
               and all("\u4e00" <= c <= "\u9fff" for c in name[:m.start()]) for m in category.finditer(name))


def _organisation_shaped(name: str, org_suffix: re.Pattern | None) -> bool:
    """A name with an organisational suffix, an institution's or an insurer's last word, or a known company's."""
    return (ends_in_org_suffix(org_suffix, name) or (len(name) >= 4 and name.endswith(_INSTITUTION_END + ("保险",)))
            or _known_company_name(name))


_COPULA_ROLE = re.compile(r"(?:为|是|系)(?:公司|本公司|该公司)(?:的)?(?:控股股东|实际控制人|第一大股东|大股东|股东|全资子公司|"
                          r"控股子公司|子公司|关联方|供应商|客户)")
# what follows a whole name: a verb of speech or a mark (田中健一|表示)
_SPEECH_OR_MARK = re.compile(r"表示|说|称|认为|指出|介绍|透露|坦言|强调|[,，。:：、(（]")


def _with_second_given_char(text: str, start: int, end: int) -> int:
    """A two-character family name and one given character the model stopped at (田中健|一表示, 欧阳娜|娜说): the
    second given character too, when a verb of speech or a mark follows it."""
    name = text[start:end]
    family = next((f for f in surnames_by_first().get(name[:1], ()) if name.startswith(f)), "")
    if (len(family) == 2 and len(name) == 3 and end < len(text) and "\u4e00" <= text[end] <= "\u9fff"
            and text[end] not in CueMatcher.FUNCTION_CHARS and _SPEECH_OR_MARK.match(text, end + 1)):
        return end + 1
    return end


_ZHI_PARTICLE = re.compile(r"之(?:后|前|间|一|所|外|中|下|上|类|处|际|时|父|母|子|女|妻|夫)")
# what follows a person's name where 之 would be a particle only in literary style (王怡之走): a clause verb or a mark
_AFTER_NAME = re.compile(r"成为|为|表示|认为|担任|出任|透露|介绍|称|说|[,，。、:：;；的与和在(（]")


def _with_zhi(text: str, start: int, end: int) -> int:
    """A family name and one given character, then 之 and a verb a name is the subject of (林悦|之成为…): 之 ends
    the given name, unless it starts a word of its own (林悦之后 "after 林悦", 林悦之一) or a literary clause (王怡之走)."""
    if end - start == 2 and text[start:start + 1] in _surname_chars() and text[end:end + 1] == "之" \
            and not _ZHI_PARTICLE.match(text, end) and _AFTER_NAME.match(text, end + 1):
        return end + 1
    return end


@lru_cache(maxsize=1)
def _surname_chars() -> frozenset[str]:
    return frozenset(s for s in surnames() if len(s) == 1)


def _with_latin_given_name(text: str, start: int, end: int) -> int:
    """A Latin family name found alone (Erik Larsson → Larsson): the capitalised word before it is the given name."""
    name = text[start:end]
    if not name.isascii() or not name[:1].isupper():
        return start
    m = _LATIN_GIVEN.search(text, max(0, start - 16), start)
    if not m or (m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha()):
        return start
    return m.start()


# kinds of site a company runs somewhere (位于新加坡的研发中心): guessed alone as a place, they name none
_SITE_KINDS = frozenset("研发中心 生产基地 数据中心 运营中心 物流中心 配送中心 创新中心 销售中心 客服中心 结算中心 技术中心 "
                        "设计中心 研究中心 制造基地 研发基地 生产中心 区域总部".split())
# a transit line or road inside a place guess (汀州地铁6号线一期): the place name ends where it starts
_TRANSIT_LINE = re.compile(r"(?:地铁|轨道交通|轻轨|城际铁路|高速公路|高速|高铁)?\d+号线|地铁|轨道交通|轻轨")
# …when the guess ends with the line or its phase (一期工程); a station on it is an address (京港地铁4号线枣园站)
_LINE_PROJECT_TAIL = re.compile(r"(?:\d+号线)?(?:[一二三四五六]期)?(?:工程|项目)?")


# what says who a person is right after the name (X为博士, X是创始人, X系实控人)
_COPULAS = "为是系"


_PROPERTY_KINDS = ("商办", "住宅", "商住", "商业", "办公", "写字楼", "综合体", "地块", "公寓", "别墅", "产业园", "物流园")


# what opens a list of firms (客户包括, 竞争对手有, 如): a person the model guessed among known firms there is a firm
_FIRMS_LISTED_BEFORE = re.compile(r"(?:客户|供应商|合作伙伴|伙伴|对手|厂商|企业|公司|包括|包含|比如|例如|如|像)"
                                  r"(?:主要)?(?:有|为|是|包括|包含)?[:：]?$")


def _opens_everyday_word(text: str, start: int, end: int) -> bool:
    """The guess, two characters or more and no dictionary word itself, opens a longer everyday word that goes on two
    characters or more past it (杨枝|甘露 is 杨枝甘露), one the dictionary does not tag as a proper name (not 马克思|主义,
    whose 马克思 is a word; not 尤伯|杯赛, a cup named after the person)."""
    words = common_words()
    if end - start < 2 or text[start:end] in words:
        return False
    for stop in range(end + 2, min(len(text), end + 4) + 1):
        entry = words.get(text[start:stop])
        if entry is not None and not entry[1].startswith(("nr", "nz", "ns", "nt")):
            return True
    return False


# what a plant does a year (年产, 年处理), whose 年 the model may glue onto the place before it
_YEARLY_OUTPUT_VERBS = ("产", "处理", "生产", "加工", "吞吐", "屠宰", "出栏", "销售", "回收", "拆解")
# a company's region (华南区域, 华东大区) that the model read as part of the company's name
_REGION_OF_COMPANY = re.compile(r"(?:华南|华北|华东|华中|华西|西南|西北|东北|东南|中南|北方|南方|[东南西北]部)(?:"
                                + "|".join(REGIONAL_UNIT) + ")$")


class EntityTrimmer:
    """Trims statistical entities: words that never end a name (领投, 表示 …, a data file) off their end, words
    that never start one (对话, 专访 …) off their start, a country site off a platform (TikTok Shop东南亚站), a
    description off a Latin name (投资机构CYVN Holdings → CYVN Holdings) or off a group (运动用品集团安跃集团), and
    adds a Latin given name to its family name (Erik Larsson). Guesses that only describe a company (合资电池公司)
    are dropped."""

    def __init__(self, trailing: frozenset[str], descriptors: frozenset[str] = frozenset(),
                 opening: frozenset[str] = frozenset(), org_suffix: re.Pattern | None = None,
                 category: re.Pattern | None = None):
        self.trailing = Suffixes(trailing)
        self.org_suffix = org_suffix  # a person guess ending in one (宁川|城投) is an organisation
        self.category = category  # lines of business (储能, 咖啡 …) that end a brand's name, never one alone
        self.opening = by_first_char(sorted(opening, key=len, reverse=True))  # words that never start a name (对话 …)
        self.opening_set = frozenset(opening)
        self.appositive = re.compile(
            "(?:" + "|".join(map(re.escape, sorted(descriptors, key=len, reverse=True))) + ")(?=" + LATIN_NAME.pattern
            + "$)") if descriptors else None

    def __call__(self, doc: Doc) -> Doc:
        ents = [(e.start_char, e.end_char, e.label_, e.ent_id_) for e in doc.ents]
        full = doc_text(doc)
        named = {full[s:e] for s, e, label, _ in ents if label == "ORG" and not FACILITY_END.search(full, s, e)}
        # (…and their short names, a site's owner as the headline writes it: 颉能新能源|储能电池基地 of
        # 颉能新能源科技股份有限公司)
        for name in list(named):
            short = short_name(name)
            while short and short not in named:
                named.add(short)
                short = short_name(short)
        people = {full[s:e] for s, e, label, _ in ents if label == "PERSON"}
        guessed = {(s, e) for s, e, _, _ in ents}
        trimmed = []
        for start, end, label, ent_id in _with_place_of_body(full, self._split(full, ents)):
            start, end = _without_marks_around(full, start, end)  # ● 澍禾股份有限公司: a list's bullet, no part of it
            if end - start < 1:
                continue
            if not ent_id and label == "ORG" and (stop := _SENTENCE_END.search(full, start, end)) and _surname_name(
                    full[start:stop.start()]):
                end, label = stop.start(), "PERSON"  # 董事长为唐启航|。公司: a name the guess ran past the sentence with
            if (not ent_id and label == "ORG" and (post := _AS_POST_OF_COMPANY.search(full, start + 2, end))
                    and post.end() == end):
                if _surname_name(full[start:post.start()]):
                    end, label = post.start(), "PERSON"  # 聘任唐启航|为公司(总裁): the person named to a post, no company
                elif len(post.group()) >= 4:
                    end = post.start()  # 华利安诺基|担任公司(的财务顾问): an adviser taking a post for the company
            if (not ent_id and label == "PERSON" and full.startswith("方", start)
                    and _PARTY_WORD_BEFORE.search(full, max(0, start - 2), start)):
                continue  # 主办|方琪澜: the party word's 方 opens no person's name (主办方琪澜文化)
            if (not ent_id and label == "ORG" and full.startswith("项目", end)
                    and full.endswith(_PROPERTY_KINDS, start, end)):
                continue  # 上海徐汇滨江商办|项目: a property project named by its site and use, no company
            if (not ent_id and label == "ORG" and start >= 2 and _rare_han_char(full[start - 1])
                    and full[start - 2] in "诉与和对向被由及、,，" and LEGAL_FORM.search(full, start, end)):
                start -= 1  # 诉|鲭|味轩餐饮连锁有限公司: a rare first character the model left with the verb before it
            if not ent_id and label == "ORG" and (_RUNS_COUNTED.search(full, start, end)
                                                   or _RUNS_KIND.search(full, start + 2, end)):
                continue  # 成都|管理三家酒店, 西南地区|运营宠物医院(86家): what a company runs, no name
            if (not ent_id and label == "ORG" and full.endswith("在", 0, start) and _SHOP_OPENED_AFTER.match(full, end)
                    and not ends_in_org_suffix(self.org_suffix, full[start:end])
                    and (city := _opening_place_name(full[start:end], rest=2))):
                end, label = start + len(city), "GPE"  # 在重庆|解放碑开了第一家店: the city of a shop's quarter, no company
            if not ent_id and label == "PERSON" and _opens_everyday_word(full, start, end):
                continue  # 杨枝|甘露: a drink on the menu whose first character is a family name, no person
            if (not ent_id and label == "PERSON" and end - start == 3
                    and (full[end - 1] == "任" and _POST_AFTER_REN.match(full, end)
                         or full[end - 1] in "兼转升出接调改卸辞" and full.startswith("任", end))
                    and _surname_name(full[start:end - 1])):
                end -= 1  # 蒋鐩|任|新集团总经理, 傅鲮|兼|任, 李鐩|转|任: the verb of a post, after a two-character name
            if (not ent_id and label == "PERSON" and end - start == 3 and full[end - 1] == "系"
                    and _surname_name(full[start:end - 1]) and _IS_WHO_AFTER.match(full, end)):
                end -= 1  # 周龂|系|龂达精密总经理: the formal 系 (is) after a two-character name
            if (not ent_id and label == "PERSON" and end - start in (3, 4) and full[end - 1] == "于"
                    and _surname_name(full[start:end - 1]) and _DATE_AFTER_YU.match(full, end)):
                end -= 1  # 沈鹮|于|2017年在苏州共同创立: the 于 of a date after the name
            if (not ent_id and label == "PERSON" and end - start == 3 and full[end - 1] in "开办创"
                    and full.startswith(("的店", "的", "了"), end) and _surname_name(full[start:end - 1])):
                end -= 1  # 宋巬|开|的店: the verb of opening a shop after a two-character name
            if (not ent_id and label == "ORG" and full.endswith("人", start, end) and full[start:end - 1] in countries()
                    and any(s == end and lab == "PERSON" for s, _, lab, _ in ents)):
                continue  # 西班牙人|洛佩斯: a nationality before a name, no club
            if not ent_id and end - start >= 3 and full[end - 1] == "旗" and full.startswith("下", end):
                end -= 1  # 鐩江港航|旗|下: the 旗 of 旗下 after the name
            if (not ent_id and label == "PERSON" and full.startswith("由", start) and end - start == 4
                    and _surname_name(full[start + 1:end])):
                start += 1  # 由|卓岚舒|的女儿…担任: the agent's 由, not a family name 由
            if (not ent_id and label == "ORG" and end - start >= 3 and full[end - 1] == "年"
                    and full.startswith(_YEARLY_OUTPUT_VERBS, end)):
                if _made_of_places(full[start:end - 1]) or full[start:end - 1] in _place_name_set():
                    continue  # 用于湖南常德|年|处理10万吨…: places and the 年 of a yearly output, no company
                end -= 1
            if (not ent_id and label == "ORG" and (region := _REGION_OF_COMPANY.search(full, start, end))
                    and region.start() - start >= 2):
                end = region.start()  # 万物云|华南区域(总经理): the company, not its region
            if (not ent_id and label == "ORG" and full.startswith("有", start) and end - start >= 5 and start >= 1
                    and full[start - 1] in "的还也都"):
                start += 1  # 合作的|有|瑞派宠物医院, 客户还|有|X公司: the verb listing them, no part of the name
            if (not ent_id and label == "PERSON" and full.startswith("于", start)
                    and full.endswith(_WORDS_ENDING_IN_YU, 0, start + 1)):
                continue  # 得益|于海|外: the 于 of a word before (得益于, 位于, 由于) opens no person's name
            if not ent_id and label == "ORG" and (cut := _last_clause_name(full, start, end)):
                start = cut  # 普洱市思茅区,|岚山咖啡专业合作社: the guess ran over a break into the name after it
            if not ent_id and (SPLITTERS.search(full, start, end) or _crosses_quote(full[start:end])
                               or (label != "ORG" and _joins_names(full, start, end))):
                continue  # a guess running across a list or sentence break (理发店,咖啡店), A+B, or out of quotes
                # (品牌“巴渝里”海外门店) names nothing
            if (not ent_id and label == "ORG" and (role := next((r for r in ROLE_NOUNS if full.startswith(r, start)), None))
                    and ((rest := full[start + len(role):end].split()[0] if full[start + len(role):end].split() else "")
                         and (is_common_word(rest) or all(len(piece) > 1 and entry for piece, entry in dictionary_pieces(rest))))):
                continue  # 加盟商|沟通, 加盟商|集体维权: a role and what it does, no name
            if (not ent_id and label == "ORG" and (joined := _PLACE_AND_ORG.fullmatch(full, start, end))
                    and ends_in_org_suffix(self.org_suffix, joined.group("org"))
                    and (joined.group("place") in _place_name_set() or len(joined.group("place")) >= 3
                         and joined.group("place")[-1] in "省市县")):
                # 瑊州市|与|瑊能集团 (签约): a city and a company a headline joins, each named on its own
                trimmed.append((start, joined.end("place"), "GPE", ""))
                start = joined.start("org")
            if (not ent_id and label in ("ORG", "BRAND") and (mark := full.find("×", start, end)) >= start + 2
                    and end - mark > 2):
                trimmed.append((start, mark, label, ""))  # 璎茶|×|澜山集团: a collaboration's two names, each its own
                start = mark + 1
            # 鼏川县农业农村局|联合|鼏川果业专业合作社(共同举办): two bodies a verb of joining puts together (or of suing:
            # A餐饮管理有限公司|诉|B食品有限公司); 鸖城地产|控股股东|鸖城集团: a company and its holder; each its own name
            for joined_re in (_BODIES_JOINED, _HOLDER_INSIDE):
                if not ent_id and label == "ORG" and (joined := joined_re.fullmatch(full, start, end)) and all(
                        _JOINED_BODY_END.search(part) or ends_in_org_suffix(self.org_suffix, part)
                        for part in (joined.group("first"), joined.group("second"))):
                    trimmed.append((start, joined.end("first"), "ORG", ""))
                    start = joined.start("second")
            if not ent_id and label == "ORG" and (deal := _ORG_THEN_DEAL_VERB.fullmatch(full, start, end)) and (
                    ends_in_org_suffix(self.org_suffix, deal.group("first"))):
                end = deal.end("first")  # 鶒达股份|拿下宝马(订单): a headline's company and the deal its verb opens
            if not ent_id and label in PLACE_LABELS and (near := _NEAR_PLACE.search(full, start, end)) and end - near.end() >= 2:
                start = near.end()  # 双子塔附近的|柏威年广场: where the place is, then the place
            if not ent_id and label == "ORG" and _BOND_NAME.fullmatch(full, start, end):
                continue  # 20鸖城01: a bond's short name, no issuer's
            if not ent_id and label == "ORG" and (opened := _PLACE_THEN_OPENING.fullmatch(full, start, end)):
                known_place = opened.group(1) in _place_name_set()
                if known_place:
                    trimmed.append((start, opened.end(1), "GPE", ""))
                if known_place or _made_of_places(opened.group(1)):
                    continue  # 在重庆、昆明|新开医院30家, 在江西上饶|开建新工厂: where new sites open, no name
            if not ent_id and label == "ORG" and _described_sovereign_fund(full[start:end]):
                continue  # 由中东主权基金领投: a kind of investor and where it is from, no name
            if (not ent_id and label in PLACE_LABELS and full[start:end] in _MARKET_SEAS
                    and (full.endswith(_MARKET_SEA_BEFORE, 0, start) or full.startswith(_MARKET_SEA_AFTER, end))):
                continue  # 咖啡行业已经是|红海: a crowded market, no sea
            if not ent_id and label == "ORG" and (joint := _known_name_then_joiner(full, start, end)):
                trimmed.append((start, joint, "ORG", ""))  # 中芯国际|和|华虹半导体: a known name listed with another
                start = joint + 1
            if not ent_id and label == "ORG" and (store := _COMPANYS_STORE.search(full, start, end)) and (
                    store.end() == end and full[end - 2] not in STORE_KIND_CHARS):
                end = store.start("store")  # X餐饮管理有限公司|望京店: a store of the company, whose name it is
            if not ent_id and label == "ORG" and (kind := _PARENT_THEN_KIND.fullmatch(full, start, end)):
                end = kind.end("parent")  # 囘丰银行|理财(子公司): a kind of subsidiary of the bank, unnamed
            if not ent_id and _english_clause(full[start:end]):
                continue  # Chengwan Technology signs energy storage deal with Lumora: a headline's clause, no name
            if not ent_id and (latin := _LATIN_THEN_PHRASE.fullmatch(full, start, end)) and (
                    pieces := dictionary_pieces(latin.group("phrase"))) and pieces[0][1] and pieces[0][1][1].startswith(
                    "v") and all(entry for _, entry in pieces):
                # Sunway F&B|签署区域: a Latin name and a verb's phrase the segmenter glued to it (not CPE|源峰, CFM|
                # 国际公司: names); the name is an organisation's, whatever the model read the whole as
                end, label = latin.end("name"), "ORG" if label in PLACE_LABELS else label
            if not ent_id and (latin := _LATIN_SPACE_HAN.fullmatch(full, start, end)):
                end = latin.end("name")  # Nexstar Games| 预付金超2000万美元: a space ends a Latin name
            if label == "ORG" and _interbank_market(full, start, end):
                continue  # 中国|银行间市场: the interbank market, no bank
            if not ent_id and label == "ORG" and end - start >= 4 and full.endswith(_VERBS_BEFORE_NAMES, 0, start + 1):
                start += 1  # 同|意湘麓学院: the guess opened inside the verb before the name (同意)
            if (not ent_id and label == "ORG" and (verb := next((v for v in _FINDING_VERBS if full.startswith(v, start)),
                                                                None)) and end - start - len(verb) >= 2):
                if is_common_word(full[start + len(verb):end]):
                    continue  # (经调查,)查实|网络(主播): what an inquiry found, no name
                start += len(verb)  # 查明|濛星文化传媒有限公司: the finding before the name
            if (not ent_id and _TICKER.fullmatch(full, start, end)
                    and _EXCHANGE_BEFORE.search(full, max(0, start - 12), start)):
                continue  # (NASDAQ:YDSM): a stock's ticker after its exchange, no name
            if not ent_id and label == "ORG" and (unit := _UNIT_TAIL.search(full, start + 2, end)) and _known_company_name(
                    full[start:unit.start()]):
                end = unit.start()  # 英伟达|数据中心收入: a known company and a line of its business
            if (not ent_id and label == "PERSON" and full.startswith("自", start) and end - start >= 4
                    and full.endswith(("采购", "进口", "购", "来"), 0, start)):
                start, label = start + 1, "ORG"  # 采购|自福莱特: where the goods come from, 自 no part of the maker's name
            if (not ent_id and label == "PERSON" and (role := _ROLE_BEFORE_NAME.match(full, start, end))
                    and 2 <= end - role.end() <= 3):
                start = role.end()  # 主播|璟星: a speaker's role and the name, which a rare family name hid
            if not ent_id and label == "ORG" and _ACRONYM.fullmatch(full, start, end) and _JOB_AFTER.match(full, end):
                continue  # FAE|现场应用工程师: a job's acronym before the job, no organisation
            if (not ent_id and label == "ORG" and FACILITY_END.search(full[start:end])
                    and (opening := _place_opening(full[start:end])) and all(
                        len(piece) > 1 and entry for piece, entry in dictionary_pieces(full[start + opening:end]))):
                continue  # 匈牙利|电池工厂: a company's plant in a place, named by its kind, no name
            if not ent_id and label == "ORG" and _KIND_OF_VEHICLE.fullmatch(full, start, end):
                continue  # 纯电动汽车: a kind of car, no maker
            if not ent_id and label == "ORG" and _TIER_END.search(full, start, end):
                continue  # 车规MCU第二梯队: a tier of a market, no organisation
            if (not ent_id and label == "ORG" and (body := _PARTY_BODY_TAIL.search(full, start, end))
                    and body.start() - start >= 2 and (ends_in_org_suffix(self.org_suffix, full[start:body.start()])
                                                         or GENERIC_TAIL.search(full, start, body.start()))):
                end = body.start()  # 龌台酒业|党委(书记): a company's party committee, whose secretary works for the company
            if (not ent_id and label == "ORG" and (camp := _AFFILIATION.match(full, start)) and camp.end() <= end
                    and (default_gazetteer().lookup(camp.group("camp")) is not None
                         or (common_words().get(camp.group("camp")) or (0, ""))[1] in ("nz", "nt", "nrt", "j"))):
                rest = full[camp.end():end]
                if not rest or all(len(piece) > 1 and entry for piece, entry in dictionary_pieces(rest)):
                    continue  # 清华系, 阿里系创业公司: a company's camp and a description, no name
                start = camp.end()  # 阿里系|濛云科技: the name after the camp
            if not ent_id and label == "ORG" and _COUNTED_KIND.match(full, start, end):
                continue  # 三家村镇银行: a count of some kind of body, no name
            if not ent_id and label in PLACE_LABELS and full.endswith(_SHOP_NOUNS, start, end):
                continue  # 全|国便利店: shops of some kind, no place
            if (not ent_id and label in PLACE_LABELS and end - start <= 4 and full.endswith(("店", "分店"), start, end)
                    and any(full[max(0, start - k):start] in _place_name_set() for k in (2, 3))):
                continue  # "X"西安|曲江店: a branch named by its city's district, no place (三联书店 stays)
            if (not ent_id and label in PLACE_LABELS and full.endswith(REGIONAL_UNIT, start, end) and end - start >= 4
                    and full[start:end - 2] in _place_name_set()):
                end -= 2  # 华东|区域: the region, less the word for an area
            if (not ent_id and label in PLACE_LABELS and full.endswith(_SMALL_SHOPS, start, end)
                    and (entry := default_gazetteer().lookup(full[start:end - 2])) is not None
                    and entry.type in ("ORG", "BRAND")):
                end, label = end - 2, "ORG"  # 淘宝|小店: a shop on a platform the gazetteer knows, no place
            if (not ent_id and label in PLACE_LABELS and end - start >= 3 and end < len(full)
                    and full[end - 1:end + 1] in ("区域", "市场", "省份", "县城", "地区", "区块")):
                end -= 1  # 西南区|域战略: the guess ends inside a word (区域); the place is 西南
            if not ent_id and label == "ORG" and full.startswith(_METRIC_OPENINGS, start):
                continue  # 股价盘中暴|跌: a share price and what it did, no name
            if (not ent_id and label == "ORG" and (filing := _FILES_WITH_EXCHANGE.search(full, start + 2, end))
                    and filing.end() == end):
                end = filing.start()  # 暄安生命|递表港交所: a company and where it files to list, no name
            if (not ent_id and label == "ORG" and end - start > 4 and full.endswith("证券", start, end)
                    and _SECURITIES_MATTER.match(full, end)):
                end -= 2  # 对X科技证券|虚假陈述责任纠纷案: a securities case of the company, no broker's name
            if not ent_id and label == "ORG" and _city_and_district(full[start:end]):
                label = "GPE"  # 上海|嘉定 read as an organisation: a city and its district, a place
            if not ent_id and label in PLACE_LABELS and _HAN_SPACE_HAN.search(full, start, end):
                continue  # 新店 重点布局购物中心: a headline's two phrases across its space, no place
            if not ent_id and label != "ORG" and _COUNT_IN_NAME.search(full, start, end):
                continue  # 在华|新开30家: a count, no place's or person's name
            if not ent_id and label == "ORG" and full.endswith(_THIS_SCHOOL, 0, start) and _SCHOOL_UNIT.search(
                    full, start, end):
                continue  # 该校|材料科学与工程学院: a unit of the school the text names, which 该校 stands for
            if (not ent_id and full.startswith("华", start) and start > 0 and full[start - 1] in "在来赴访对驻入"
                    and is_common_word(full[start + 1:end])):
                continue  # 在|华门店: 在华 (in China) and what the company has there, no name
            if (not ent_id and label == "ORG" and end - start > 4 and full.endswith("电商", start, end)
                    and _UNIT_HEAD_AFTER.match(full, end)):
                end -= 2  # 燕汐家居电商|负责人: the head of the brand's online unit; the brand is the name
            if (not ent_id and label == "ORG" and (unit := _FUNCTION_TAIL.search(full, start + 2, end))
                    and _FUNCTION_HEAD.match(full, end)):
                end = unit.start()  # 长鑫存储工艺|总监: the company's function before its head's title
            if label == "ORG" and full.endswith("基金", start, end) and _FUND_EDITION.match(full, end):
                end += 2  # 产业投资基金|二期: the fund's second edition is a fund of its own
            if not ent_id and label == "ORG" and (m := _BODY_THEN_VERB.match(full, start, end)) and end - m.end() >= 2:
                start = m.end()  # 法院判决|劳务外包公司: a headline's subject and verb before the object
            if (not ent_id and label == "ORG" and LEGAL_FORM.search(full, start, end)
                    and (kind := _KIND_BEFORE_REGISTERED.search(full, start + 2, end)) and end - kind.end() >= 6):
                start = kind.end()  # 湖北连锁药店|X医药有限公司: a description of the company before its registered name
            if (not ent_id and label == "ORG" and full.endswith("的", 0, start) and full.endswith("店", start, end)
                    and full[end - 2] not in STORE_KIND_CHARS
                    and 0 < _place_opening(full[start:end]) < end - start - 1):
                continue  # 嚞悦酒店的|杭州西溪店: a branch of the brand before 的, no name of its own
            if (not ent_id and label == "ORG"
                    and (name_at := _description_before_name(full, start, end, self.org_suffix, self.category))):
                start = name_at  # 深圳跨境电商企业|嚞邦科技: what kind of company, then which
            if (not ent_id and label == "ORG" and (kind := _KIND_OPENING.match(full, start, end))
                    and end - kind.end() >= 3 and ends_in_org_suffix(self.org_suffix, full[kind.end():end])):
                start = kind.end()  # 地产商|畑盛集团: the kind of company a headline puts before its name
            if (not ent_id and label == "ORG" and (m := _CLOSES_UNIT.search(full, start + 2, end - 2))
                    and full.endswith(("工作室", "分公司", "工厂", "门店", "事业部", "研究院", "实验室"), start, end)):
                end = m.start()  # 歆游网络|关闭|成都工作室: a headline's company and the unit it shuts, no one name
            if not ent_id and label == "ORG" and _ADMIN_LEVEL.match(full, start) and end - start >= 4:
                continue  # 县级|仓储中心, 省级|实验室: what level of body it is, named by no one
            if not ent_id and label == "ORG" and (_descriptive_org(full[start:end]) or _verb_and_head(full[start:end])
                                                  or (full[start] in "原前" and _former_kind(full[start + 1:end]))):
                continue  # 合资电池公司, 博彩公司: everyday words and 公司 describe a company, they do not name one
            if (not ent_id and label == "ORG"
                    and (country := _country_at(full, start))
                    and _kind_words(full[start + len(country):end]) and _BRAND_WORD_THEN_NAME.match(full, end)):
                continue  # 美国|会员店|品牌NorthMart: a country and a kind describe the brand named after them
            if (not ent_id and label == "ORG" and (lead := _DETERMINER.match(full, start)) and end - lead.end() >= 4
                    and _everyday_phrase(full[lead.end():end])):
                continue  # 多家|大学捐赠基金: some of a kind, named by no one
            if not ent_id and label == "ORG" and _country_description(full[start:end]) and _known_name_at(full, end):
                continue  # 法国奢侈品集团|开云: a country and a kind of company describe the known name after them
            if not ent_id and label == "ORG" and _countrys_kind(full[start:end]):
                continue  # (多家)美国大学(捐赠基金), 日本企业: a country's institutions of a kind, no one's name
            if not ent_id and label == "ORG" and full.endswith("的", 0, start) and _kind_of_company(full[start:end]):
                continue  # 全资控股的|平台公司: what kind of company it is, after 的, names none
            if not ent_id and label == "ORG" and full.endswith("平台", start, end) and _BUILT_BEFORE.search(
                    full, max(0, start - 3), start):
                continue  # 共建|数字普惠金融平台: a platform being built, a project, no organisation
            if not ent_id and label == "ORG" and _department(full, start, end):
                continue  # 书画部|总经理: a department of the company the text names, headed by a manager
            if (not ent_id and label == "ORG" and (unit := _UNIT_OF_NAMED.fullmatch(full, start, end))
                    and _DEPARTMENT_HEAD.match(full, end + (full[end:end + 1] in "原前"))):
                end = unit.end("org")  # 鳚州银行|零售金融部|原总经理: the bank, not its department
            if not ent_id and label == "ORG" and _ends_in_verb(full[start:end]) and not ends_in_org_suffix(
                    self.org_suffix, full[start:end]):
                continue  # 宠物医疗险加速|渗透: a headline's phrase that ends in what something does, no name
            if not ent_id and label == "ORG" and full.endswith(_PLAN_ENDS, start, end):
                continue  # 公司债展期方案: a plan or a motion, not who makes it
            if (not ent_id and label == "ORG" and _MARKET_SEGMENT_AFTER.match(full, end) and full.endswith("在", 0, start)
                    and is_common_word(full[start:end])):
                continue  # 在|大众|跑鞋市场: a segment of a market (the mass market), no name
            if not ent_id and label in PLACE_LABELS + ("PERSON", "ORG") and full[start:end] in _everyday_words() and not (
                    label == "ORG" and ((start > 0 and full[start - 1] in OPEN_QUOTES)
                                        or ends_in_org_suffix(self.org_suffix, full[start:end])
                                        or full.endswith(("队", "会", "部", "院", "局", "所"), start, end))):
                continue  # 葡萄干 (raisins) read as a place, 谢邀 (thanks for asking) as a person, 亚克力 (acrylic) as an
                # organisation: words the list knows (a quoted one may be a brand's name, one like 国家队 a body)
            if (not ent_id and label == "PERSON" and end - start == 3 and any(
                    full[end - 1] in chars and after.match(full, end) for chars, after in _WORD_AFTER_NAME)):
                end -= 1  # 董事长晏灪|则|透露, 原行长吕卣|因|工作调动: the word after the name, not its last character
            if (not ent_id and label == "PERSON" and end - start == 3 and full[end - 1] in _COPULAS
                    and full[start:end - 1] in people):
                end -= 1  # 陈煊为|口腔医学博士 … 陈煊通过: the copula after a name the text also gives alone
            if not ent_id and label == "PERSON" and _form_key(full, start, end):
                continue  # 成立时间|:2022年: a form's key, everyday words before a colon, no person
            if (not ent_id and label == "PERSON" and end - start >= 3 and full[start] in _COMPARISON_CHARS
                    and default_gazetteer().lookup(full[start + 1:end]) is not None):
                start += 1  # 比|科沃斯 read as a person: the comparison and the known name
                label = "ORG"
            if (not ent_id and label == "ORG" and full[start:end] in _KIND_OF_BODY
                    and not (start > 0 and full[start - 1] in OPEN_QUOTES and full[end:end + 1] in CLOSE_QUOTES)):
                continue  # 基金会 alone: the foundation the text named before, no name of its own (“协会” in quotes is one)
            if not ent_id and label == "ORG" and full[start:end] in self.opening_set:
                continue  # 公司全资子公司 alone: words that open a name, no name
            if not ent_id and label == "ORG" and _ROLE_THEN_LATIN.match(full, end):
                continue  # 日本乐园|运营商|Orion Parks: a description of the company named after it
            if not ent_id and label == "ORG" and (latin := _DESCRIBED_LATIN_NAME.match(full, start, end)):
                start = latin.end()  # 加拿大钾肥出口商|Canpotex: a description in Chinese, then the Latin name
            if not ent_id and label == "ORG" and self.appositive is not None:
                m = self.appositive.search(full, start, end)
                if m:
                    start = m.end()
            if not ent_id and label == "ORG" and (period := _PERIOD_OPENING.match(full, start, end)):
                start = period.end()  # 三季度|公司接到的订单: the period a statement is about opens no name
                if end - start < 2 or full[start:end] in _KIND_ALONE:
                    continue
            if not ent_id and label == "ORG" and (when := _NEVER_INSIDE.search(full, start + 1, end)) and (
                    doc.char_span(when.start(), end) is not None):
                if when.start() - start < 2:
                    continue
                end = when.start()  # 蜀辣坊|今日|登陆港交所: a name never runs on past a day (今日头条 opens with one)
                if start > 0 and _rare_han_char(full[start - 1]) and not (start > 1 and _rare_han_char(full[start - 2])):
                    start -= 1  # 品牌囧|衣坊年内关店: the guess, run on past the day, had also left out the name's rare
                    # first character
            if (not ent_id and label == "ORG" and len(parts := _PLACE_JOINER.split(full[start:end])) > 1
                    and all(_opens_with_place(p) for p in parts) and not ends_in_org_suffix(self.org_suffix, full[start:end])):
                continue  # 上海闵行和嘉定: places listed, no organisation
            if (not ent_id and label == "ORG" and full.endswith(("分行", "支行", "分公司"), start, end)
                    and (full[start:end - 2] in _place_name_set() or full[start:end - 3] in _place_name_set())):
                continue  # 上海分行 alone: a branch of the bank the text names elsewhere, no name of its own
            if not ent_id and label == "ORG" and (some := full.find("某", start + 2, end)) >= 0:
                end = some  # 中国航天科技集团|某研究院: a unit the text leaves unnamed, of the named group
            if not ent_id and label == "ORG" and (place := _place_before_category(full, start, end)):
                end, label = start + len(place), "GPE"  # 哈尔滨|酒店|预订量: bookings in a city, no hotel's name
            if (not ent_id and label == "ORG" and (ordinal := _ORDINAL_EDITION.match(full, start))
                    and end - ordinal.end() >= 2 and _EVENT_END.search(full, start, end)):
                # 第八届|中国国际进口博览会: an event's edition is no part of its name (a body's term is, as MSRA
                # annotates 第六届全国人大常委会)
                start = ordinal.end()
            if not ent_id and (terminal := _AIRPORT_TERMINAL.search(full, start, end)):
                if terminal.start() - start - len(_AIRPORT_KIND.search(full, start, terminal.start()).group()) < 2:
                    continue  # 国际机场|T3航站楼 alone: a kind of airport and its terminal, no name
                end, label = terminal.start(), "ORG"  # 鹭州国际机场|T3航站楼: the airport; its terminal is no name
            if (not ent_id and label in PLACE_LABELS and full.endswith("机场", start, end) and end - start >= 5
                    and (_PARTY_JOIN_BEFORE.search(full, max(0, start - 4), start) or _PARTY_ACT_AFTER.match(full, end))):
                label = "ORG"  # 与三亚凤凰国际机场签署: an airport that is a party to a deal (where one is, it is a place)
            if not ent_id and label == "ORG" and full.endswith("办公室", start, end) and full[start:end - 3] in _place_name_set():
                end, label = end - 3, "GPE"  # 北京|办公室: a company's office in a city (国务院外事办公室 is a body)
            if not ent_id and label == "ORG" and FACILITY_END.search(full, start, end):
                if start > 0 and full[start - 1].isdigit():
                    continue  # (12)英寸晶圆厂: a measure and a kind of plant, no name
                if _kind_of_site(full[start:end]):
                    continue  # 数字化工厂, 智能工厂: an everyday word and a site, a kind of plant, no name
                # 宁德时代匈牙利德布勒森工厂: a site of a known company, which is the name
                end = start + _known_organisation_prefix(full[start:end], named)
                if (site := FACILITY_END.search(full, start, end)) and full[start:site.start()] in _place_name_set():
                    end, label = site.start(), "GPE"  # 墨西哥|工厂: a plant in a country, the place is what is named
                elif site and (city := _country_and_city(full[start:site.start()])):
                    # 墨西哥|蒙特雷|工厂: a plant in a city of a country, both places named
                    entry = default_gazetteer().lookup(full[start:start + city])
                    trimmed.append((start, start + city, "GPE", entry.id if entry else ""))
                    start, end, label = start + city, site.start(), "GPE"
                elif site and (built := _BUILT_IN_PLACE.match(full, start, site.start())) and (
                        full[start:built.start("verb")] in _place_name_set()
                        or _PLACE_WITH_UNIT.fullmatch(full, start, built.start("verb"))):
                    end, label = built.start("verb"), "GPE"  # 匈牙利|建设正极材料工厂: where a plant is to be built
            if not ent_id and label == "ORG" and self.category is not None and self.category.fullmatch(full[start:end]):
                continue  # 储能, 咖啡 alone: a line of business, no name
            if not ent_id and label in PLACE_LABELS and full[start:end] in _SITE_KINDS:
                continue  # 新加坡的|研发中心: a kind of site, no place's name
            if not ent_id and label in PLACE_LABELS and (line := _TRANSIT_LINE.search(full, start, end)) and (
                    _LINE_PROJECT_TAIL.fullmatch(full, line.end(), end)):
                if line.start() - start < 2:
                    continue  # 地铁6号线一期: a line being built, no place
                end = line.start()  # 汀州|地铁6号线一期: the city the line runs in, as a known city is cut
            if not ent_id and (colon := max(full.rfind(":", start, end), full.rfind("：", start, end))) >= 0 \
                    and end - colon > 2:
                start = colon + 1  # a headline's topic and then the name (杭州土拍:滨江集团 → 滨江集团)
            if not ent_id and "|" in full[start:end] and full[full.rfind("\n", 0, start) + 1:start].lstrip().startswith("|"):
                # a guess run across a table's cells (收购方 | X股份有限公司): the name is in one cell, the longest
                cells = [(m.start(), m.end()) for m in re.finditer(r"[^|\s][^|]*[^|\s]|[^|\s]", full[start:end])]
                a, b = max(cells, key=lambda c: c[1] - c[0], default=(0, 0))
                if b - a < 2:
                    continue
                start, end = start + a, start + b
            start = without_marks(full, start, end)
            suffixed_name = False
            if not ent_id and label == "ORG" and (described := _COUNTRY_DESCRIPTOR.match(full, start, end)) and (
                    described.group("country") in countries() and end - described.end() >= 2
                    and not is_common_word(full[described.end():end])):
                # 西班牙|俱乐部|比利亚雷亚尔: a country and a kind of organisation describe the name after them
                entry = default_gazetteer().lookup(described.group("country"))
                trimmed.append((start, start + len(described.group("country")), "GPE", entry.id if entry else ""))
                start = described.end()
            if (not ent_id and label == "ORG" and _SITE_OF_AFTER.match(full, end)
                    and (city := _country_and_city(full[start:end]))):
                # 在墨西哥|蒙特雷|的工厂: a city of a country where a company's site is, both places
                entry = default_gazetteer().lookup(full[start:start + city])
                trimmed.append((start, start + city, "GPE", entry.id if entry else ""))
                start, label = start + city, "GPE"
            if (not ent_id and label == "PERSON" and end - start == 3 and full[end - 1] in "为任"
                    and _POST_NAMED_AFTER.match(full, end)):
                end -= 1  # 聘任…郭抻|为公司总经理: the appointee, 为 names the post
            if (not ent_id and label == "PERSON" and end - start >= 3 and full[start] not in surnames_by_first()
                    and all("\u4e00" <= c <= "\u9fff" for c in full[start:end])
                    and (known := default_gazetteer().lookup(full[start + 1:end])) is not None
                    and known.type in ("ORG", "BRAND")):
                continue  # 对|标特斯拉: a verb's last character glued onto a known company, no person; the gazetteer
                # finds the company
            if not ent_id and label == "PERSON" and end - start >= 3 and full[end - 1] in "吧吗呢啊呀嘛":
                end -= 1  # 之前的代言人是孙揕|吧: a sentence particle, no part of the name
            if not ent_id and label == "PERSON" and _EVENT_AFTER.match(full, end):
                continue  # 赞助了斯诺克|大师赛: a sport's name before its event, no person
            if (not ent_id and label == "PERSON" and (country := next((c for c in countries() if full.endswith(c, 0, start)),
                                                                    None))
                    and _PLACE_VERB_BEFORE.search(full, max(0, start - len(country) - 6), start - len(country))):
                label = "GPE"  # 创立于瑞典|马尔默: a city after its country, where a company was founded, is no person
            if (not ent_id and label in ("ORG", "BRAND") and _BRAND_NAMED_AFTER.match(full, end)
                    and (country := _country_at(full, start))
                    and 2 <= end - start - len(country) <= 5
                    and all("\u4e00" <= c <= "\u9fff" for c in full[start + len(country):end])):
                # 瑞典|燕麦奶|品牌Havrefors: a country and a kind of goods describe the brand named after 品牌
                entry = default_gazetteer().lookup(country)
                trimmed.append((start, start + len(country), "GPE", entry.id if entry else ""))
                continue
            if (not ent_id and (role := _ROLE_BEFORE_PERSON.search(full, start + 2, end)) and role.end() < end
                    and _surname_name(full[role.end():end])):
                # 鞲记串串香|加盟商|王鞴: a brand, a role at it and the person holding it, read as one place or name
                trimmed.append((start, role.start(), "ORG", ""))
                trimmed.append((role.end(), end, "PERSON", ""))
                continue
            if not ent_id and label == "ORG" and (country := _country_opening(full, start, end, self.org_suffix)):
                # 新加坡琬泰|投资: a country, then its company's name (the guess stopped short of its suffix)
                entry = default_gazetteer().lookup(country)
                trimmed.append((start, start + len(country), "GPE", entry.id if entry else ""))
                start += len(country)
                end = _company_word_after(full, end, self.org_suffix)
                suffixed_name = True  # (琬泰投资 keeps its 投资, a word that mostly ends no name)
            if not ent_id:
                # a bracket the guess took from the text around it (分析师(摩根士丹利 孙立): → 孙立)
                was = start
                start, end = _without_unpaired_brackets(full, start, end)
                if label == "ORG" and start > was and _descriptive_org(full[start:end]):
                    continue  # (上海)|餐饮管理有限公司: what is left past the bracket is a kind of company, the name before
                if label == "ORG" and full.startswith("大", start) and start > 0 and full[start - 1] in COUNT_BEFORE_MAJOR:
                    continue  # (两)|大专科医院网络: "two major" and a kind of organisation, no name
                # a public body's holding (广州市国资委|控股的X): the body, not a holding company of that name
                if label == "ORG" and (held := _BODY_HOLDS.search(full, start, end)) and held.end() == end:
                    end = held.end("body")
                # a count of what a list named (宁川物流和宁川冷链|两家子公司) ends the last item, not the name
                if label == "ORG" and (counted := _COUNTED_TAIL.search(full, start, end)) and counted.start() - start >= 2:
                    end = counted.start()
                # a company named by its relation to the name before it (芙兮|母公司花溪集团): that name
                if (label == "ORG" and full.endswith(PARENT_OR_CHILD, start, end) and end - start >= 5
                        and not is_common_word(full[end - 4:end - 2])):  # (not 康惠|电子公司: 电子 is a word)
                    end -= 3
                    if is_common_word(full[start:end]):
                        continue  # 理财|子公司: a kind of subsidiary, no company's name
                if (metric := _METRIC_ACRONYM_TAIL.search(full, start, end)) and metric.start() - start >= 2:
                    end = metric.start()  # 京东旗舰店|GMV: the measure, then a shop word the loop below trims
                # a Latin alias in brackets is a name of its own, linked by kg_paren_aliases (威尔胜(Wilson) → 威尔胜)
                if (alias := LATIN_ALIAS_TAIL.search(full, start, end)) and alias.start() - start >= 2:
                    end = alias.start()
                # a person's given name may end in 和, 正, 均 …: only whole words are cut off people
                # (word by word: 北辰新材华中生产基地 → 北辰新材华中 → 北辰新材)
                # (not before an alias in brackets, which shows where the name ends: 博裕投资(Boyu Capital))
                if label == "ORG" and full.startswith("控股股东", end - 2) and end - start >= 4:
                    end -= 2  # 琨泰股份控股|股东: the holding of 控股股东 is no part of the name before it
                if label == "ORG" and _holding_verb_at_end(full, start, end):
                    end -= 2  # 由泓远集团控股|,: 控股 is what the group does, no part of its name
                if not ent_id and label in ("ORG", BRAND) and (cut := _verb_glued_on_next_word(doc, start, end)):
                    end = cut  # 稆源生物|登陆科|创板: a verb the segmenter glued onto the next word's first character
                while not suffixed_name and not _ALIAS_AFTER.match(full, end) and (cut := without_trailing(
                        full, start, end, self.trailing, min_word=2 if label == "PERSON" else 1)) != end:
                    end = cut
                if label == "ORG" and _countrys_kind(full[start:end]):
                    continue  # 匈牙利工厂|订单: what is left of a headline's words is a country's plant, no name
                if (label == "ORG" and end - start >= 3 and full[end - 1] in "前原" and full.startswith(_POST_WORDS, end)
                        and end - 1 in token_bounds(doc)[0]):
                    end -= 1  # 溍云科技原|CTO: a former post's marker the model read into the company's name
                if (label != "PERSON" and end - start >= 3 and full[start] in _CLAUSE_LINKS
                        and start + 1 in token_bounds(doc)[0]):
                    start += 1  # 而|巴黎贝甜: a conjunction opening the clause, segmented as a word of its own
                if (label == "ORG" and full.startswith("自", start) and end - start >= 5
                        and full.endswith(_SOURCED_BEFORE_ZI, 0, start)):
                    start += 1  # 采购|自鶨达集团: where the goods come from, 自 no part of its name
                if (label == "ORG" and full.startswith("经", start) and end - start >= 5
                        and _ASSESSED_AFTER.match(full, end)):
                    start += 1  # 经|颂岚资信评估有限公司|综合评定: by the assessor, 经 no part of its name
                start_before_opening = start
                opened = without_opening(full, start, end, self.opening)
                if opened != start and label == "ORG" and full[start:opened] in TITLE_OPENINGS and _surname_name(
                        full[opened:end]):
                    label = "PERSON"  # CEO雷军, 总裁卢伟冰: a title and a person's name, not an organisation
                start = opened
                if (label == "ORG" and opened > start_before_opening and self.category is not None
                        and (kind := self.category.match(full, start, end)) and full[kind.end():end] in ("", "集团", "公司")):
                    continue  # 央企|物流集团: what is left after the opening words is a kind of company, no name
                if (label in PLACE_LABELS and opened > start_before_opening and is_common_word(full[start:end])
                        and full[start:end] not in _place_name_set()):
                    continue  # 加仓|半导体: what is left after a headline's verb is an everyday word, no place
                if (not ent_id and label in PLACE_LABELS and end - start >= 4
                        and _plain_words(full[start:end])):
                    continue  # 事发门店为加盟店: everyday words and a preposition, no place's name
                if label in PLACE_LABELS and _NUMBERED_PLACE.fullmatch(full, start, end):
                    continue  # 〔2026〕118号: a file's number, no place
                start = without_former(doc, full, start, end)
                if label == "PERSON" and ends_in_org_suffix(self.org_suffix, full[start:end]):
                    label = "ORG"  # no person is called 宁川城投 or 华远资本
                if (label == "PERSON" and not ent_id and self.category is not None
                        and (trade := self.category.match(full, end)) and _POST_AFTER_TRADE.match(full, trade.end())):
                    end, label = trade.end(), "ORG"  # 凌川|汽车海外事业部总经理: a company, its unit and a post
                if label in PLACE_LABELS and _surname_name(full[start:end]) and _TITLE_BEFORE_HOLDER.search(
                        full, max(0, start - 8), start):
                    label = "PERSON"  # 法定代表人为申屠晓峰: the title's holder, no place
                if (label in (*PLACE_LABELS, "ORG") and not ent_id and full.endswith("市场", start, end) and end - start >= 4
                        and (full[start:end - 2] in _place_name_set() or _REGION.fullmatch(full, start, end - 2))):
                    end -= 2  # 西北|市场, 印尼|市场: the market of a region is the region (汉正街小商品市场 is named)
                    if label == "ORG":  # (…which the model may have read as an organisation: 西南市场的烘焙消费)
                        label = output_label("LOC", full[start:end])
                if label in PLACE_LABELS and _BRANCH_SHOP.fullmatch(full, start, end):
                    continue  # 泠芙烘焙(武林路店): a chain's shop named by its street, no place
                if (label in PLACE_LABELS and (street := _STREET_AFTER.match(full, end))
                        and not any(end <= s0 < street.end() for s0, _, _, _ in ents)):
                    end, label = street.end(), "LOC"  # 上海|南京西路: a street named after a city is the street
                if label in PLACE_LABELS and output_label("LOC", full[start:end]) == "ORG":
                    label = "ORG"  # 维也纳酒店|门店 cut back to 维也纳酒店: the last word decides, as in the tagger
                if label == "ORG" and _ZONE_END.search(full, start, end) and end - start > 3:
                    label = output_label("LOC", full[start:end])  # 宁波舟山港梅山港区, X新区: a zone is a place
                if label == "ORG":
                    end = _without_market_site(full, start, end)
                    end = _without_site_of_plant(full, start, end, self.org_suffix)
                    start = _without_descriptive_group(full, start, end)
                    start = _without_description(full, start, end)
                    start = _without_trade_role(full, start, end)
                    start = _without_description_of_registered(full, start, end)
                    start = _with_name_before_place(doc, full, start, end)
                    start = _with_registered_name_start(doc, full, start, end)
                    if _REGION_UNIT.match(full[start:end]) or _place_and_sector(full[start:end]):
                        continue
                if label == "PERSON":
                    start = _with_latin_given_name(full, start, end)
                    end = _with_zhi(full, start, end)
                    end = _with_second_given_char(full, start, end)
            if label == "ORG":
                end = _with_latin_name_tail(full, start, end)
            if label == "ORG" and full.endswith("合伙企业", start, end) and (form := _PARTNERSHIP_FORM.match(full, end)):
                end = form.end()  # X合伙企业|(有限合伙): a limited partnership's legal form is part of its registered name
            if not ent_id and label == "ORG" and (full[start:end] in _KIND_PHRASES or (
                    full[start] in "与和及" and full[start + 1:end] in _KIND_PHRASES)):
                continue  # 从一家宠物医院到|连锁集团, 与|当地集团: a kind of organisation, named by no one
            if (not ent_id and label == "ORG" and (scope := _SCOPE_BEFORE_TRADE.match(full, start, end))
                    and full[scope.end():end] in _everyday_words()):
                continue  # 全国|新茶饮(门店总数): a market's scope and a trade, no name
            if not ent_id and label == "ORG" and _county_produce(full[start:end]):
                continue  # 鷿阳县|猕猴桃: a county's produce, no organisation
            if not ent_id and label == "ORG" and full[start:end] in _KIND_ALONE and (start, end) not in guessed:
                continue  # 旗下|基金|领投 cut out of a longer guess: a kind of organisation alone names none (a guess of
                # 公司 alone stays: 以下简称"公司" makes it the company's short name)
            trimmed.append((start, end, label, ent_id))
        trimmed = _completed_person_names(full, trimmed)
        if trimmed != ents:
            # (a cut may leave a name ending in the space between two headline phrases, 大陆市场| 门店: no token
            # ends there, so the space goes)
            trimmed = [(s, e, lab, i) for s, e, lab, i in (_without_edge_space(full, *t) for t in trimmed) if e > s]
            split_at(doc, [x for start, end, _, _ in trimmed for x in (start, end)])
            spans = [doc.char_span(s, e, label=lab, span_id=i) for s, e, lab, i in trimmed]
            doc.ents = [span for span in spans if span is not None]
        return doc


    def _split(self, full: str, ents: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        out = []
        for start, end, label, ent_id in ents:
            if ent_id or label != "ORG":
                out.append((start, end, label, ent_id))
            else:
                parts = _split_joined(full, start, end, self.org_suffix, self.category)
                # (a part that is a city or a province is a place: 汀阳市|联合|美团; a person's name is a person)
                out.extend((s, e, "GPE" if len(parts) > 1 and _CITY_SHAPE.fullmatch(full, s, e) else
                            "PERSON" if len(parts) > 1 and _surname_name(full[s:e]) else label, ent_id)
                           for s, e in parts)
        return out


# what the title of a document, a list or a law ends with (《消费品召回管理暂行规定》, 《2024胡润百富榜》): no product
_DOCUMENT_TITLE_END = re.compile(r"(?:规定|办法|条例|法|通知|意见|报告|白皮书|公告|决定|纲要|规划|方案|指南|标准|榜单|榜|名单|"
                                 r"日报|晚报|周刊|杂志|报)$")
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")


# a role at a brand or a company right before its holder's name (X加盟商王某): the name that ends a guess is a person's
_ROLE_BEFORE_PERSON = re.compile(r"(?:加盟商|经销商|代理商|店主|店长|员工|老员工|前员工|股东|客户|会员|创始人|老板)(?=[\u4e00-\u9fff]{2,3}$)")
# a company's party committee or union after its name (X酒业党委, X集团工会)
_PARTY_BODY_TAIL = re.compile(r"(?:党委|党组|纪委|工会|团委)$")
# a market's tier or camp (国内车规MCU第二梯队, 国产阵营)
_TIER_END = re.compile(r"(?:梯队|阵营)$")
# a post listed after its company (X及董事长, X及相关高管): people, no organisation
_POST_ITEM = re.compile(r"(?:其|公司|相关|时任|部分)?(?:董事长|总经理|总裁|CEO|高管|董事|监事|实际控制人|控股股东|负责人|创始人|"
                        r"财务总监|董秘|董事会秘书|责任人|当事人)")


def _sibling_titles(text: str, titles: list[tuple[int, int]], finds, org_ends: set[int] = frozenset()
                    ) -> list[tuple[int, int, str, str]]:
    """Titles in book marks beside a title a cue found to be a work (旗下新游《岚境》…,腾讯的《王者荣耀》和网易的
    《蛋仔派对》分列第二、第三): in the same sentence, works of the same kind, unless they read as documents; and, in
    a text about such a work, a title right after a company's name (此前是网易《逆水寒》项目的主策划)."""
    # (a title found to be a work anywhere in the text is one in every sentence: 《星渊纪元》将与米哈游的《原神》竞争)
    work_names = {text[s:e] for s, e, label, _ in finds if label == "PRODUCT" and (s - 1, e + 1) in set(titles)}
    works = {(a, b) for a, b in titles if text[a + 1:b - 1] in work_names}
    out = []
    for a, b in titles:
        if (a, b) in works or _DOCUMENT_TITLE_END.search(text, a + 1, b - 1) or not 1 <= b - a - 2 <= 15 or any(
                c in ",，、" for c in text[a + 1:b - 1]):
            continue
        if any(not _SENTENCE_BREAK.search(text, min(a, x), max(b, y)) for x, y in works) or works and (
                a in org_ends or text[a - 1:a] == "的" and a - 1 in org_ends):
            out.append((a + 1, b - 1, "PRODUCT", ""))
    return out


def _completed_person_names(full: str, ents: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A person's name the model cut short in one place (雷满|仓正对着镜头) and found whole in another (雷满仓告诉
    记者): the whole name, where the text goes on with its missing character and no other name starts there."""
    people = {full[s:e] for s, e, label, _ in ents if label == "PERSON" and 2 <= e - s <= 4
              and all("\u4e00" <= c <= "\u9fff" for c in full[s:e])}
    if len(people) < 2:
        return ents
    out = []
    for k, (start, end, label, ent_id) in enumerate(ents):
        if label == "PERSON" and not ent_id:
            name = full[start:end]
            longer = [p for p in people if len(p) == len(name) + 1 and p.startswith(name) and full.startswith(p, start)]
            if len(longer) == 1 and (k + 1 == len(ents) or ents[k + 1][0] >= start + len(longer[0])):
                end = start + len(longer[0])
        out.append((start, end, label, ent_id))
    return out


# a unit and a post, or a post, after a company's line of trade (凌川汽车|海外事业部总经理|庞知行)
_POST_AFTER_TRADE = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:事业部|事业群|业务部|分公司))?(?:总经理|董事长|CEO|总裁|副总裁|负责人|"
                               r"联合创始人|创始人|首席[\u4e00-\u9fff]{2,3}官)")
# a party joined to another before a name, or what a party does after it (与X签署, X宣布)
_PARTY_JOIN_BEFORE = re.compile(r"(?:与|和|同|跟)[\u4e00-\u9fff]{0,3}$")
_PARTY_ACT_AFTER = re.compile(r"(?:签署|签约|签订|达成|宣布|发布|集团|公司)")
# taking up a post, glued by the segmenter onto the name before the title (钱|澈任|CTO)
_TAKES_POST = re.compile(r"(?:现任|出任|担任|兼任|改任|升任|任)$")
_PLACE_UNIT_END = ("省", "市", "区", "县", "州", "旗", "镇", "乡")


# (a district, not a county: MSRA annotates 重庆市|南川县国税直属分局 apart, 北京市海淀区教育局 as one)
_DISTRICT_OPENING = re.compile(r"[\u4e00-\u9fff]{1,4}?区(?=[\u4e00-\u9fff]{2})")


def _with_place_of_body(full: str, ents: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A place right before a public body the model split from it (武汉市江汉区|市场监督管理局) is the body's name; not
    before a body that names its own place (山东省|济南市教育局: MSRA annotates the two apart)."""
    out: list[tuple[int, int, str, str]] = []
    for ent in ents:
        start, end, label, ent_id = ent
        if (out and label == "ORG" and not ent_id and out[-1][1] == start and out[-1][2] in PLACE_LABELS
                and full[out[-1][0]:start].endswith(_PLACE_UNIT_END) and PUBLIC_BODY.fullmatch(full, start, end)
                and (not _opens_with_place(full[start:end])
                     # (…but a city's district is part of the body's name: 北京市|海淀区人民法院)
                     or (full.endswith("市", 0, start) and _DISTRICT_OPENING.match(full, start, end) is not None))):
            out[-1] = (out[-1][0], end, "ORG", "")
            continue
        out.append(ent)
    return out


def _country_opening(full: str, start: int, end: int, org_suffix: re.Pattern | None) -> str | None:
    """The country a guessed organisation opens with when an unknown name of two or more characters follows it and
    an organisational suffix follows it in the text (新加坡琬泰|集团) or 投资 ends it (新加坡琬泰投资); None otherwise."""
    name = full[start:end]
    country = _country_at(name)
    if country is None:
        return None
    rest = name[len(country):]
    # (a guess that took its suffix, 德国大众汽车公司, stays whole: the corpora annotate the country as part of the
    # name; one that stopped short of it, or whose 投资 the trailing words would cut, is split)
    investor_word = next((w for w in INVESTOR_WORDS if rest.endswith(w)), "")
    # (a winery is named without its country: 法国|甘霖酒庄)
    suffixed = _company_word_after(full, end, org_suffix) > end or bool(investor_word) or rest.endswith(ESTATE_WORDS)
    core = rest[:len(rest) - len(investor_word)]
    if len(core) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in core) or is_common_word(core) or not suffixed:
        return None
    return country


_SITE_OF_AFTER = re.compile(r"的(?:工厂|新工厂|基地|生产基地|研发中心|子公司|分公司|办事处|门店|仓库)")
_POST_NAMED_AFTER = re.compile(r"(?:公司|本公司|集团|新任|新一任|首席|总经理|副总经理|董事长|副董事长|总裁|副总裁|CEO|CFO|CTO|COO|董事|行长)")
_EVENT_AFTER = re.compile(r"(?:大师赛|公开赛|锦标赛|联赛|巡回赛|邀请赛|精英赛|世界杯|马拉松|超级联赛)")
_PLACE_VERB_BEFORE = re.compile(r"(?:位于|创立于|成立于|诞生于|起源于|来自|总部在|总部设在|落户|坐落于|设在)$")
_BRAND_NAMED_AFTER = re.compile(r"品牌[A-Za-z\u4e00-\u9fff]")  # (…品牌Havrefors: the brand's name right after)
_COUNTRY_DESCRIPTOR = re.compile(r"(?P<country>[\u4e00-\u9fff]{2,5}?)(?:足球俱乐部|俱乐部|球队|企业|公司|品牌|车企|药企|厂商|巨头)")
ESTATE_WORDS = ("酒庄", "酒堡", "城堡", "庄园", "酒园", "葡萄园")
# (投资 ends an investor's name, 琬泰投资, though alone it is mostly a verb and so no suffix cue)
INVESTOR_WORDS = ("投资", "资产管理")


def _company_word_after(full: str, end: int, org_suffix: re.Pattern | None) -> int:
    """Where an organisational suffix right after `end` ends (`end` when none follows)."""
    if org_suffix is not None and (m := org_suffix.match(full, end)):
        return m.end()
    return end + len(next((w for w in INVESTOR_WORDS if full.startswith(w, end)), ""))


_PLACE_JOINER = re.compile("和|与|及|、")


def _opens_with_place(name: str) -> bool:
    return _place_opening(name) > 0


def _place_opening(name: str) -> int:
    """The length of the place a name opens with (深圳|跨境电商企业), 0 when it opens with none."""
    for k in (4, 3, 2):
        head = name[:k]
        entry = common_words().get(head)
        if head in _place_name_set() or (entry is not None and entry[1].startswith("ns")):
            return k
    return 0


# a trade's short kind (乳企: a dairy), which right after a place is description enough too (新疆|乳企|X乳业)
SECTOR_KINDS = ("房企", "车企", "药企", "险企", "乳企", "酒企")
# a kind of company a headline puts before a name, alone (地产商|X集团接手)
_KIND_OPENING = re.compile(r"(?:地产商|开发商|券商|" + "|".join(SECTOR_KINDS) + r")(?=[\u4e00-\u9fffA-Za-z])")
# a kind of company right before more words, inside one guess (深圳跨境电商企业|嚞邦科技)
# (not 公司 or 集团, which registered names hold: 湘潭钢铁集团|有限公司, 中国电信股份有限公司|沅州分公司)
_KIND_BEFORE_NAME = re.compile(r"(?:企业|品牌|厂商|服务商|运营商|地产商|开发商|卖家|商家|大卖|连锁超市|" + "|".join(SECTOR_KINDS)
                               + r")(?!集团|公司|有限|股份)(?=[\u4e00-\u9fffA-Za-z])")


def _description_before_name(full: str, start: int, end: int, org_suffix: re.Pattern | None,
                             category: re.Pattern | None = None) -> int | None:
    """Where the name starts after a description that opens an organisation guess: a place perhaps, everyday words
    and a kind of company (深圳|跨境电商|企业), before three characters or more ending like an organisation's name, or
    like a brand's after a place and 品牌 or a kind of seller (湖南|连锁超市|品牌|X超市, 深圳|跨境家居|卖家|X家居); or a
    trade's short kind right after a place, before a company's or brand's name (新疆|乳企|X乳业)."""
    for m in _KIND_BEFORE_NAME.finditer(full, start + 2, min(end, start + 7)):
        head = full[start:m.end()]
        if (m.group() in SECTOR_KINDS and m.end() <= end - 3 and head[_place_opening(head):] == m.group()
                and len(m.group()) < len(head) and (ends_in_org_suffix(org_suffix, full[m.end():end])
                                                    or ends_in_org_suffix(category, full[m.end():end]))):
            return m.end()
    for m in _KIND_BEFORE_NAME.finditer(full, start + 4, end):  # (the lookahead reads past the name's end)
        if m.end() > end - 3:
            break
        head = full[start:m.end()]
        words = head[_place_opening(head):]
        if len(words) >= 4 and _kind_words(words) and (ends_in_org_suffix(org_suffix, full[m.end():end]) or (
                m.group() in ("品牌", "卖家", "商家", "大卖", "连锁超市") and len(words) < len(head)
                and ends_in_org_suffix(category, full[m.end():end]))):
            return m.end()
    return None


# the period a number dates (2027年度, 三季度): it ends a run of name words that reaches it from the right
PERIOD_WORDS = frozenset(("年", "年度", "半年度", "季度", "月", "月度", "财年", "期"))

# a quarter or half-year opening a guess (三季度|公司): the period a statement is about, no part of a name
_PERIOD_OPENING = re.compile(r"(?:第?[一二三四]季度|前三季度|上半年|下半年|全年|年内)")
# the day or period a statement is about, which no name has inside it (only at its start: 今日头条, 今日资本)
_NEVER_INSIDE = re.compile(r"今日|今天|昨日|昨天|近日|日前|明日|本周|上周|下周|今年|去年|明年|本月|上月|元旦|春节|国庆|期间|年内|"
                          r"撤回|宣布|完成|发布|启动|终止|递交|冲刺|"  # …nor past an event (枫桥生物|撤回科创板IPO)
                          r"(?:合资|合作|联合|投资)?建厂|合资(?:建设|设立|成立|组建)|"  # …or a plant built (X车企|合资建厂)
                          r"持有|持股(?!平台|计划)|(?:间接|直接|共同)控制|设有|"  # …or control (X控股|间接控制公司)  # …or a holding (产业投资基金二期|持有公司8.7%的股份)
                          r"(?:拟|将|计划)(?=向|对|与|在|以)")  # …or a plan (中国华融|拟向公司…注资)
# what an assessor, auditor or authority does after 经X (经X综合评定, 经X审计, 经X批准)
_ASSESSED_AFTER = re.compile(r"(?:综合|审慎|独立)?(?:评定|评估|审计|审核|审查|审阅|批准|核准|认定|鉴定|测算|检测|同意|确认)")
_ORDINAL_EDITION = re.compile(r"第[一二三四五六七八九十百\d]{1,4}(?:届|期|次)")


def _place_before_category(full: str, start: int, end: int) -> str | None:
    """The known place a guess is made of when the rest is a kind of booking and a measure of it follows
    (哈尔滨酒店预订量, 三亚机票搜索量): the place, else None."""
    if not _BOOKED_AFTER.match(full, end):
        return None
    name = full[start:end]
    for category in _BOOKED_CATEGORIES:
        if name.endswith(category) and name[:-len(category)] in _place_name_set():
            return name[:-len(category)]
    return None


_BOOKED_CATEGORIES = ("酒店", "民宿", "景区", "门票", "机票", "火车票", "租车")
_BOOKED_AFTER = re.compile(r"(?:的)?(?:预订|预定|订单|搜索|入住|房价|价格|销量|客流|热度)")
_EVENT_END = re.compile(r"(?:博览会|进博会|广交会|交易会|展览会|展会|论坛|峰会|运动会|电影节|艺术节|音乐节|大赛|锦标赛)$")

# a zone of a city or port (园区, 开发区, 新区 …): the corpora annotate it as a place, whatever the model guessed
# the regions of a country or the world a report divides a market into (华北, 东南亚, 海外)
_REGION = re.compile(r"(?:华北|华东|华南|华中|华西|西北|西南|东北|东南|中西部|海外|国内|境外|北美|南美|拉美|欧洲|亚太|中东|东南亚|"
                     r"非洲|北非|东欧|西欧|南亚|中亚)")
_ZONE_END = re.compile(r"(?:港区|园区|开发区|新区|保税区|自贸区|试验区)$")


@Language.factory("kg_trim")
def make_entity_trimmer(nlp: Language, name: str) -> EntityTrimmer:
    cues = load_cues()
    return EntityTrimmer(load_word_list("trailing_words.txt"), load_word_list("descriptor_nouns.txt"),
                         load_word_list("opening_words.txt"), org_suffix_regex(cues), category_regex(cues))

"""Entity resolution: one entity per real-world thing across mentions and documents.

Every merge has a score and a reason; merges below `threshold` are not made. Signals, strongest first:
gazetteer id or alias (1.0), same normalised name (1.0), same toneless pinyin (0.9), name with a filler
character dropped (小红的书 → 小红书, 0.85), a known or mentioned place before the name (杭州甜趣食品 → 甜趣食品,
0.85), a description before the name (跨境电商平台海购通, 0.8), near-homophone (0.75), containment with a short extra (0.7).
A rename the text states (鲸选科技正式更名为鲸选集团, 0.9) joins the old and the new name whatever they look like."""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .datafiles import read_jsonl
from .errors import ConfigError
from .gazetteer import (INDUSTRY_TAIL, STORE_KIND_CHARS, abbreviations, name_parts, LEGAL_FORM, PLACE_OF_BODY, PUBLIC_BODY, Gazetteer, common_words, countries, default_gazetteer, load_word_list,
                        normalise_name, surnames)
from .pinyin import fuzzy_pinyin_key, pinyin_key
from .records import Analysis, Entity, Mention

# (a known product, 原神 the game, is a brand in the graph: PRODUCT only labels it in the doc)
FAMILY = {"PERSON": "PERSON", "ORG": "ORG", "BRAND": "ORG", "PRODUCT": "ORG", "GPE": "PLACE", "LOC": "PLACE"}
ID_PREFIX = {"PERSON": "per", "ORG": "org", "BRAND": "brand", "GPE": "place", "LOC": "place"}
FILLERS = "的之"
# a department or school of a university (清华大学|物理系): the university, for a knowledge graph of organisations
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:系|学院|研究院|研究所|实验室)")
# a model of a known brand (问界|M7, 小米|SU7): the brand
MODEL_CODE = re.compile(r"(?P<brand>.+?)(?:[A-Z]{1,3}\d{1,3}[A-Za-z+]{0,3}|\d{2,3}[A-Za-z]{0,2})")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# a place in brackets inside a registered name, before its legal form (X电器(佛山)有限公司, X(中国)投资有限公司)
BRACKETED_PLACE = re.compile(r"[(（][\u4e00-\u9fff]{2,6}[)）](?=[\u4e00-\u9fff]{0,6}?(?:股份)?有限(?:责任)?公司$)")
SUBSIDIARY_BEFORE = re.compile(r"(?:子公司|孙公司|分公司|附属公司)(?:的)?\s?$")
SAME_PINYIN = 0.9  # score of a merge of two spellings that sound the same
# what joins a stage or trading name to the real one (主播"阿岚"本名廖晓岚)
REAL_NAME = re.compile(r"[”\"」』’']?\s?[,，(（]?\s?(?:本名|原名|真名|真实姓名|学名)(?:为|是|叫)?\s?[“\"「]?")
# a person called by their family name (老鄢, 小孟, 阿鄢; 鄢总): group 1 or 2 is the family name
FAMILY_NICKNAME = re.compile(r"(?:老|小|阿)([\u4e00-\u9fff])|([\u4e00-\u9fff])总")
# what joins a company's old name to its new one (鲸选科技宣布正式更名为“鲸选集团”)
RENAMED = re.compile(r"\s?(?:宣布|已|已经|将|日前|近日|正式|拟|于\d{4}年|于今年|已于)*(?:正式)?(?:更名为|改名为|更名|改名)(?:为)?\s?[“\"「]?")


@dataclass(frozen=True)
class Merge:
    alias: str
    into: str
    score: float
    reason: str


def mint_id(etype: str, name: str) -> str:
    digest = hashlib.sha1(f"{FAMILY.get(etype, etype)}\t{normalise_name(name)}".encode("utf-8")).hexdigest()[:10]
    return f"{ID_PREFIX.get(etype, 'ent')}-{digest}"


@lru_cache(maxsize=65536)
def strip_generic(name: str) -> str:
    """The name without its generic tail, however many words long (泡泡乐园国际集团控股有限公司 → 泡泡乐园)."""
    stripped = True
    while stripped:
        stripped = False
        for suf in name_parts()["generic_suffix"]:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                name = name[: -len(suf)]
                stripped = True
                break
    return name


class _Clusters:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, keep: str, other: str) -> None:
        a, b = self.find(keep), self.find(other)
        if a != b:
            self.parent[b] = a


# the last character of a place named as an administrative unit (省, 市, 县 …), which the text may leave off
ADMINISTRATIVE_UNITS = "省市县区镇乡"

def merge_score(short: str, long: str, family: str, places: Container[str] = (),
                brackets: bool = True) -> tuple[float, str]:
    """How likely two different surface names (same type family) name one entity, with the reason. `places`: place
    names, for an organisation written with its city in front (杭州甜趣食品 and 甜趣食品). `brackets`: whether a place
    in brackets in the longer name may be left out (not when the text calls that name a subsidiary)."""
    if short == long:
        return 1.0, "same name"
    # 芃禾电器(佛山)有限公司 and 芃禾电器: the place a registered name gives in brackets is no part of the name in use
    # (the bracket test first: this runs for every pair of names of a family)
    if (brackets and family == "ORG" and ("(" in long or "（" in long)
            and (unbracketed := BRACKETED_PLACE.sub("", long)) != long and len(unbracketed) >= 2):
        return merge_score(short, unbracketed, family, places)
    han = bool(_HAN.search(short)) and bool(_HAN.search(long))
    if han and len(short) >= 2 and len(short) == len(long) and pinyin_key(short) == pinyin_key(long):
        return SAME_PINYIN, "same pinyin"
    # 岚州市人民政府 and 岚州市政府: a government's full title and the one in use
    if han and family == "ORG" and long.endswith("人民政府") and long[:-4] + "政府" == short:
        return 0.9, "people's government"
    if han and family != "PLACE":
        for filler in FILLERS:
            if filler in long and long.replace(filler, "") == short:
                return 0.85, "filler dropped"
    if (han and len(short) >= 3 and len(short) == len(long) and family != "PERSON"
            and fuzzy_pinyin_key(short) == fuzzy_pinyin_key(long)):
        return 0.75, "near-homophone"
    # (…or a product written under its brand's name: 麏小馋·虎皮凤爪, which merges into its maker)
    if family in ("ORG", "BRAND") and len(short) >= 2 and long.startswith(short + "·"):
        return 0.85, "product of the brand"
    # (…or one generic word of several: 曜步体育 of 曜步体育集团, where 曜步 may be the group's brand)
    if strip_generic(long) == short or (long.startswith(short) and len(short) >= 2
                                        and long[len(short):] in name_parts()["generic_suffix"]):
        return 0.9, "generic suffix"
    # Veridian公司 and Veridian Therapeutics: a Latin name with a Chinese tail and with its own (not 岚源科技 and
    # 岚源集团, which may be a group and its subsidiary)
    if (family == "ORG" and (core := strip_generic(long)) == strip_generic(short) and core not in (short, long)
            and core.isascii() and len(core) >= 3):
        return 0.85, "generic suffixes"
    # 谷雨Q7 and 谷雨汽车: a model written with its maker's name less its trade, as a known brand's models are merged
    if family == "ORG" and _HAN.search(short) and any(
            (model := MODEL_CODE.fullmatch(a)) and len(model.group("brand")) >= 2
            and model.group("brand") in (b, strip_generic(b)) for a, b in ((short, long), (long, short))):
        return 0.8, "model of the maker"
    # 嚞悦酒店杭州西溪店 and 嚞悦酒店: a branch, named by the brand, its city and 店, is the brand's (its figures, its
    # owner); a shop's kind before 店 (北京饭店) would make the rest a name of its own
    if (family == "ORG" and len(short) >= 2 and long.startswith(short) and long.endswith("店")
            and long[-2] not in STORE_KIND_CHARS
            and any(long.startswith(place, len(short)) and len(long) - len(short) - len(place) >= 2
                    for place in places)):
        return 0.8, "branch of the brand"
    # 野屿YEYU and 野屿: a brand written with its own pinyin after it is the brand
    if (family == "ORG" and len(short) >= 2 and long.startswith(short) and _HAN_ONLY.fullmatch(short)
            and long[len(short):].strip().isascii() and long[len(short):].strip().isalpha()
            and long[len(short):].replace(" ", "").lower() == pinyin_key(short).replace(" ", "")):
        return 0.9, "pinyin after the name"
    if family == "PLACE" and len(short) >= 2 and len(long) == len(short) + 1 and long.startswith(short) and (
            long[-1] in ADMINISTRATIVE_UNITS):
        return 0.9, "administrative unit"  # 沭阳县 and 沭阳: a county, a city or a district without its unit
    if family != "PERSON" and len(long) == len(short) + 1 and long[0] in "原前" and long[1:] == short:
        return 0.85, "former marker"  # 原|澜图汽车 read as one word: the company once more
    # (also with the registered name's tail: 佛山凯诺电器有限公司 and 凯诺电器)
    if family == "ORG" and len(short) >= 2 and any(
            name.endswith(short) and ((prefix := name[:-len(short)]) in places or prefix.rstrip("省市区县") in places)
            for name in (long, strip_generic(long))):
        return 0.85, "place before the name"
    if family == "ORG" and len(short) >= 2 and _trades_as(short, long, places):
        return 0.85, "registered name"
    # (a place and the short name with the first word of the registered name's tail: 璘江汧源集团有限公司 and 汧源集团)
    if (family == "ORG" and (core := strip_generic(short)) != short and len(core) >= 2
            and (long_core := strip_generic(long)) != long and long_core.endswith(core)
            and ((prefix := long_core[:-len(core)]) in places or prefix.rstrip("省市区县") in places)
            and long.startswith(short[len(core):], len(long_core))):
        return 0.85, "place before the name"
    if family == "ORG" and len(short) >= 2 and long.endswith(short) and len(long) - len(short) >= 3 and (
            long[:-len(short)].endswith(name_parts()["description_end"])):
        return 0.8, "description before the name"
    if family == "ORG" and long.startswith(short) and short.endswith(("大学", "学院")) and DEPARTMENT.fullmatch(
            long, len(short)):
        return 0.8, "department of the university"
    if family == "ORG" and len(short) >= 2 and long.startswith(short) and len(long) - len(short) == 1:
        return 0.7, "containment"
    # (…also past a province the short form opens with: 云南甋果合作社 and 甋果种植专业合作社)
    if family == "ORG" and len(short) >= 4 and any(
            long == core[:k] + infix + core[k:]
            for core in (short, *(short[n:] for n in (2, 3) if short[:n] in places and len(short) - n >= 4))
            for infix in name_parts()["descriptive_infix"] if len(long) == len(core) + len(infix)
            for k in range(2, len(core) - 1)):
        return 0.75, "descriptive word left out"
    if family == "ORG" and len(short) >= 4 and _abbreviates(short, long, places):
        return 0.85, "abbreviation"
    # a cooperative's short name, its own words and 合作社, past the county and what it grows (鷍源合作社 of
    # 鷍县鷍源猕猴桃专业合作社)
    if family == "ORG" and len(short) >= 4 and short.endswith("合作社") and long.endswith("合作社") and any(
            long.startswith(short[:-3], k) and COOPERATIVE_TRADE.fullmatch(long, k + len(short) - 3, len(long) - 3)
            for k in (0, 2, 3, 4) if k == 0 or long[:k] in places or long[k - 1] in "省市县区镇乡村"):
        return 0.8, "cooperative's short name"
    # a registered name shortened by a character more (北辰新材 of 北辰新材料股份有限公司)
    if family == "ORG" and len(short) >= 3 and (core := strip_generic(long)) != long and core.startswith(short) and (
            len(core) - len(short) == 1):
        return 0.7, "containment"
    # …or by the second half of its trade, past the city it is registered in (晶合集成 of 合肥晶合集成电路股份有限公司)
    if family == "ORG" and len(short) >= 4 and LEGAL_FORM.search(long) and (core := strip_generic(long)) != long and any(
            core.startswith(short, k) and len(core) - k - len(short) == 2 and (k == 0 or core[:k] in places)
            for k in (0, 2, 3)):
        return 0.7, "containment"
    return 0.0, ""


# what a cooperative grows or raises and 专业, between its own words and 合作社 (猕猴桃|专业|合作社, 种植|专业|合作社)
COOPERATIVE_TRADE = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?专业)?")
_BRACKETED_GROUP = re.compile(r"[(（]集团[)）]$")
# what may follow an abbreviation's full form in a registered name (湖州市城市投资|发展|集团有限公司)
_AFTER_FULL_FORM = ("", "发展", "建设", "开发", "建设发展", "投资发展")


def _abbreviates(short: str, long: str, places: Container[str] = ()) -> bool:
    """`short` writes words of `long` in their short form, past a place's unit (湖州城投 of 湖州市城市投资发展集团有限公司,
    江城交投集团 of 江城市交通投资集团) or without the place (箐泰创投 of 宁波箐泰创业投资合伙企业): the name with its
    abbreviation written out, less generic words, opens `long`."""
    # (a group written in brackets before the legal form is no word of the name: X文化产业投资(集团)有限公司)
    core = _BRACKETED_GROUP.sub("", strip_generic(long))
    # (the place's unit, which the short form drops with the words: 湖州|市)
    cores = {core} | {core[:k] + core[k + 1:] for k in range(2, min(5, len(core))) if core[k] in "省市县区"}
    cores |= {core[k:] for k in range(2, min(6, len(core) - 1))
              if core[:k] in places or core[:k].rstrip("省市县区") in places}
    for abbr, full in abbreviations():
        at = short.find(abbr)
        if at < 2:
            continue  # (a place or a name before it: 城投 alone abbreviates no one company)
        expanded = strip_generic(short[:at] + full + short[at + len(abbr):])
        if any(c.startswith(expanded) and c[len(expanded):] in _AFTER_FULL_FORM for c in cores):
            return True
    return False


def _group_and_its_brand(a: str, b: str, names: dict[str, str], labels: dict[str, Counter]) -> bool:
    """A group named after a brand the text calls a brand (X集团 … 主品牌X): the group and its brand, two
    entities, not one name with and without its tail."""
    group, brand = (a, b) if len(names[a]) > len(names[b]) else (b, a)
    votes = labels[brand]
    # (a registered group's name too: 汀跃国际控股有限公司 … 旗下拥有汀跃和汀跃儿童两个品牌)
    name = LEGAL_FORM.sub("", names[group]) if LEGAL_FORM.search(names[group]) else names[group]
    return (names[group].endswith(HOLDER_ENDS) or name.endswith(HOLDER_ENDS)) and votes["BRAND"] > votes["ORG"]


GROUP_ENDS = ("集团", "控股", "集团公司", "控股集团")
# (…or a listed holder's name in use: 鑕动国际 … 主品牌鑕动, 曜步体育 … 曜步)
HOLDER_ENDS = GROUP_ENDS + ("国际", "体育", "股份")


def _owns_brand_named(a: str, b: str, names: dict[str, str], analyses: list[Analysis]) -> bool:
    """The text says the longer name owns the shorter as a brand (沐光美妆旗下拥有"沐光"和"溪禾"两个品牌, 品牌岚厨的母公司
    岚厨餐饮集团有限公司): a company and its brand named after it, two entities, though its trade word (美妆) or its
    registered form is a tail a name may drop."""
    # (…or the other way round, X是Y旗下的手机品牌; a parent named after 其, 品牌X登顶,其母公司Y; a trademark in the
    # company's name, Y名下的"X"商标)
    return _text_says(a, b, names, analyses, r"{long}旗下[^。!?！？\n]{{0,16}}?{short}"
                      r"|{short}(?:品牌)?(?:的|之)?(?:母公司|运营方|运营公司|所属公司|运营主体)(?:为|是)?{long}"
                      r"|{short}(?:品牌)?(?:是|为|系|隶属于?|归属于?){long}旗下"
                      r"|{short}[^。!?！？\n]{{0,16}}?其(?:母公司|运营方|运营公司|所属公司|运营主体)(?:为|是)?{long}"
                      r"|{long}名下(?:的)?[“\"「]?{short}")


def _brand_belongs_to(a: str, b: str, names: dict[str, str], analyses: list[Analysis]) -> bool:
    """The text says the shorter name, a brand, belongs to the longer (X品牌隶属于Y)."""
    return _text_says(a, b, names, analyses, r"{short}(?:品牌)?(?:隶属于|隶属|归属于){long}")


def _brand_named_with_trade(a: str, b: str, names: dict[str, str], analyses: list[Analysis]) -> bool:
    """One name is the other and a trade of name_parts' brand_trade (溪嘴 and 溪嘴食品), and a text calls the longer one
    a brand (新消费品牌溪嘴食品)."""
    long, short = (names[a], names[b]) if len(names[a]) > len(names[b]) else (names[b], names[a])
    if not any(long == short + trade for trade in name_parts()["brand_trade"]):
        return False
    return _text_says(a, b, names, analyses, r"品牌[“\"「]?{long}")


# what joins two parties a text sets against or beside each other ("X"诉"Y", X与Y, X、Y)
_PARTIES_JOINED = r"[”\"」]?(?:诉|起诉|状告|与|和|及|、|对|跟|同)[“\"「]?"
# what a text about a dispute over marks says (商标侵权, 仿冒, 傍名牌)
MARK_DISPUTE = re.compile(r"商标侵权|侵犯[^,，。]{0,6}商标|仿冒|山寨|傍名牌|擅自使用")


def _set_against(a: str, b: str, names: dict[str, str], analyses: list[Analysis]) -> bool:
    """A text names the two side by side as two parties ("斝记"诉"斝纪", X与Y): sound-alike names a text sets
    against each other are two entities (a copycat brand and the brand it copies), not one spelled two ways."""
    return (_text_says(a, b, names, analyses, "{long}" + _PARTIES_JOINED + "{short}")
            or _text_says(a, b, names, analyses, "{short}" + _PARTIES_JOINED + "{long}"))


def _marks_in_dispute(a: str, b: str, names: dict[str, str], analyses: list[Analysis]) -> bool:
    """Both names quoted in a text about infringed or copied marks (商标侵权, 傍名牌): a mark and its copy."""
    return _quoted_in_dispute(names[a], analyses) and _quoted_in_dispute(names[b], analyses)


def _quoted_in_dispute(name: str, analyses: list[Analysis]) -> bool:
    """The name is quoted in a text about infringed or copied marks: a mark, not a company's short name."""
    quoted = re.compile(f"[“\"「『]{re.escape(name)}[”\"」』]")
    return any(MARK_DISPUTE.search(x.rule_text) and quoted.search(x.rule_text) for x in analyses)


def _text_says(a: str, b: str, names: dict[str, str], analyses: list[Analysis], template: str) -> bool:
    """Whether any text matches `template`, a regex whose {long} and {short} stand for the longer and the shorter of
    the two entities' names."""
    long, short = (names[a], names[b]) if len(names[a]) > len(names[b]) else (names[b], names[a])
    said = re.compile(template.format(long=re.escape(long), short=re.escape(short)))
    return any(said.search(x.rule_text) for x in analyses)


def university_of(name: str) -> str | None:
    """The university whose department `name` is (北京联合大学保险研究所 → 北京联合大学); None for anything else."""
    at = name.find("大学")
    if at < 2 or not DEPARTMENT.fullmatch(name, at + 2):
        return None
    return name[:at + 2]


def _trades_as(short: str, long: str, places: Container[str]) -> bool:
    """`long` is a registered name of the company called `short`: an optional place, the name, a line of trade and
    a legal form (杭州海康威视数字技术股份有限公司 and 海康威视, 华为技术有限公司 and 华为)."""
    legal = LEGAL_FORM.search(long)
    if not legal:
        return False
    if long.startswith(short) and LEGAL_FORM.fullmatch(long, len(short)):
        return True  # (岭云数字科技集团股份有限公司 and 岭云数字科技集团: the group is part of the name it goes by)
    core = long[:legal.start()]
    at = core.find(short)
    # (the line of trade may be part of the name the company goes by: 北京瓴岛科技有限公司 and 瓴岛科技)
    tail = core[at + len(short):]
    return at >= 0 and (at == 0 or core[:at].rstrip("省市区县") in places or core[:at] in places) and (
        not tail or bool(INDUSTRY_TAIL.fullmatch(tail)))


def _possible_partners(keys: list[str], spellings: dict[str, list[tuple[str, frozenset]]]) -> list[set[int]]:
    """For each key (by position), the positions of the keys whose names `merge_score` could merge with its: names
    sharing two characters in a row (every rule that adds, drops or rewrites words keeps such a pair: 甜趣 of 杭州甜趣食品
    and 甜趣食品), names of up to three characters sharing one (红书 of 红的书), or names of one length and one sound
    (小仙炖, 小鲜炖). The rest score 0, so comparing only these gives the same merges without comparing every pair of
    keys, which grows with the square of a corpus's names."""
    by_pair: dict[str, set[int]] = defaultdict(set)
    by_char: dict[str, set[int]] = defaultdict(set)
    by_char_of_short: dict[str, set[int]] = defaultdict(set)
    by_sound: dict[tuple[int, str, str], set[int]] = defaultdict(set)
    features = []
    for pos, k in enumerate(keys):
        pairs, chars, short_chars, sounds = set(), set(), set(), set()
        for name, name_chars in spellings[k]:
            pairs.update(name[j:j + 2] for j in range(len(name) - 1))
            chars |= name_chars
            if len(name) <= 3:
                short_chars |= name_chars
            if _HAN.search(name):
                sounds.add((len(name), "exact", pinyin_key(name)))
                sounds.add((len(name), "fuzzy", fuzzy_pinyin_key(name)))
        for pair in pairs:
            by_pair[pair].add(pos)
        for c in chars:
            by_char[c].add(pos)
        for c in short_chars:
            by_char_of_short[c].add(pos)
        for sound in sounds:
            by_sound[sound].add(pos)
        features.append((pairs, chars, short_chars, sounds))
    out = []
    for pairs, chars, short_chars, sounds in features:
        found: set[int] = set()
        for pair in pairs:
            found |= by_pair[pair]
        for c in short_chars:
            found |= by_char[c]
        for c in chars:
            found |= by_char_of_short.get(c, set())
        for sound in sounds:
            found |= by_sound[sound]
        out.append(found)
    return out


def resolve_entities(analyses: list[Analysis], gazetteer: Gazetteer | None = None,
                     threshold: float = 0.7) -> tuple[list[Entity], dict[tuple[str, int, int], str]]:
    """Returns the entities (sorted by id) and the map (doc_id, start, end) → entity id for every mention."""
    gaz = gazetteer or default_gazetteer()
    stop = load_word_list("stopwords.txt")
    # 1. Each mention gets a provisional key: a gazetteer id, or family + normalised name.
    merges: list[Merge] = []
    key_of: dict[tuple[str, int, int], str] = {}
    surfaces: dict[str, Counter] = defaultdict(Counter)
    labels: dict[str, Counter] = defaultdict(Counter)
    gaz_keys: dict[str, str] = {}
    members: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    first_seen: dict[str, tuple[int, int]] = {}
    preferred: dict[str, str] = {}
    for doc_index, a in enumerate(analyses):
        relabel = (coordinated_labels(a.mentions, a.rule_text) | latin_word_labels(a.mentions, a.rule_text)
                   | han_name_labels(a.mentions, gaz, a.rule_text))
        # a name tied to a relabelled one (诺华(Novartis)) takes its label too
        relabel_linked = {normalise_name(name): label for name, label in relabel.items()}
        for m in a.mentions:
            surface = m.text.strip()
            if len(surface) < 2 or surface in stop:
                continue
            linked = m.ent_id.startswith("~")  # tied to another name in the text, e.g. by parentheses
            label = relabel.get(surface) or (relabel_linked.get(m.ent_id[1:]) if linked else None) or m.label
            if label == "LOC" and _administered(surface, a.rule_text):
                label = "GPE"  # 在沣川召开 … 沣川市工信局: a city the text names as one
            entry = gaz.entries.get(m.ent_id) if m.ent_id and not linked else gaz.lookup(surface)
            family = FAMILY.get(label, "ORG")
            short = strip_generic(surface) if entry is None and not linked and family == "ORG" else surface
            if short != surface:
                # 李宁公司, 腾讯集团: a known name with a generic tail, even where the short name never occurs alone
                entry = gaz.lookup(short)
                if entry is not None and FAMILY[entry.type] != family:
                    entry = None
                if entry is not None:
                    merges.append(Merge(surface, "gaz:" + entry.id, 0.9, "generic suffix"))
                # (…and with its country before it: 日本东丽公司 is 东丽, a known Japanese company)
                country = next((c for c in countries() if short.startswith(c) and len(short) - len(c) >= 2), None)
                if entry is None and country is not None and (
                        (known := gaz.lookup(short[len(country):])) is not None and FAMILY[known.type] == family
                        and not known.confirms_only(short[len(country):])):
                    entry = known
                    merges.append(Merge(surface, "gaz:" + entry.id, 0.85, "country before a known name"))
            if entry is None and not linked:
                entry = _gazetteer_variant(surface, family, gaz, threshold)
                if entry is not None:
                    merges.append(Merge(surface, "gaz:" + entry.id, SAME_PINYIN, "same pinyin as a known name"))
            if entry is None and not linked and family == "ORG" and (model := MODEL_CODE.fullmatch(surface)):
                entry = gaz.lookup(model.group("brand"))
                if entry is not None and FAMILY[entry.type] == family:
                    merges.append(Merge(surface, "gaz:" + entry.id, 0.8, "model of a known brand"))
                else:
                    entry = None
            university = university_of(surface) if entry is None and not linked and family == "ORG" else None
            if entry and FAMILY[entry.type] == family:
                key = "gaz:" + entry.id
                gaz_keys[key] = entry.id
            elif linked:
                key = f"{family}:{m.ent_id[1:]}"
            elif university:
                # a university's department named alone (X大学保险研究所所长): the university, named as such
                key = f"{family}:{normalise_name(university)}"
                preferred[key] = university  # the name the entity takes, though the text never writes it alone
                merges.append(Merge(surface, key, 0.8, "department of the university"))
            else:
                key = f"{family}:{normalise_name(surface)}"
            key_of[(a.document.doc_id, m.start, m.end)] = key
            surfaces[key][surface] += 1
            labels[key][label] += 1
            for etype in context_types(a.rule_text, m):
                labels[key][etype] += 1
            members[key].append((a.document.doc_id, m))
            first_seen.setdefault(key, (doc_index, m.start))

    # 2. Merge keys whose names are variants of one another (gazetteer keys absorb the others).
    named_places = {m.text.strip() for a in analyses for m in a.mentions if FAMILY.get(m.label) == "PLACE"}
    # (the gazetteer's and the dictionary's places are read through, not copied for every document)
    places = _PlaceNames(named_places, _gazetteer_places(gaz),
                         _dictionary_places())  # 宜宾 of 宜宾五粮液股份有限公司, though the text never names it alone
    # (…and a place a public body is named after: 璘江省国资委 … 璘江汧源集团有限公司 is 汧源集团)
    named_places.update(body.group(1) for a in analyses for m in a.mentions if m.label == "ORG"
                  and (body := PLACE_OF_BODY.match(m.text.strip())) and PUBLIC_BODY.fullmatch(m.text.strip()))
    # a registered name the text calls a subsidiary (全资子公司X(南昌)有限公司) names the parent's unit in that city,
    # not the parent X: its bracketed place stays part of it
    subsidiaries = {key_of[(a.document.doc_id, m.start, m.end)] for a in analyses for m in a.mentions
                    if (a.document.doc_id, m.start, m.end) in key_of
                    and SUBSIDIARY_BEFORE.search(a.rule_text, max(0, m.start - 6), m.start)}
    clusters = _Clusters()
    names = {k: preferred.get(k) or surfaces[k].most_common(1)[0][0] for k in surfaces}
    for k in gaz_keys:
        entry = gaz.entries[gaz_keys[k]]
        names[k] = entry.zh or entry.en
    def family_of(k: str) -> str:
        return k.split(":")[0] if k not in gaz_keys else FAMILY[gaz.entries[gaz_keys[k]].type]

    by_family: dict[str, list[str]] = defaultdict(list)
    for k in sorted(names, key=lambda k: (k not in gaz_keys, -sum(surfaces[k].values()), len(names[k]), first_seen[k])):
        by_family[family_of(k)].append(k)
    for family, keys in by_family.items():
        spellings = {k: [(n, frozenset(n)) for n in _all_names(k, names, gaz, gaz_keys, surfaces)] for k in keys}
        partners = _possible_partners(keys, spellings)
        for i, strong in enumerate(keys):
            strong_names = spellings[strong]
            for weak in (keys[j] for j in sorted(partners[i]) if j > i):
                if weak in gaz_keys or clusters.find(weak) != weak:
                    continue
                best = (0.0, "")
                # (every spelling of the weaker key too: a name linked to its alias, Kessler Maschinenbau GmbH
                # (简称"Kessler"), meets the alias written alone elsewhere)
                for sn, s_chars in strong_names:
                    for wn, w_chars in spellings[weak]:
                        # (names of different lengths that share no character never merge: the rules that
                        # need no shared character compare sounds of names of one length)
                        if len(wn) != len(sn) and not s_chars & w_chars:
                            continue
                        a_, b_ = (wn, sn) if len(wn) <= len(sn) else (sn, wn)
                        longer_key = strong if b_ is sn else weak
                        best = max(best, merge_score(a_, b_, family, places, longer_key not in subsidiaries))
                # (…or a brand the text says belongs to its registered company: 零食品牌X隶属于杭州X食品有限公司)
                if best[0] >= threshold and best[1] in ("generic suffix", "registered name") and (_group_and_its_brand(
                        strong, weak, names, labels) or _owns_brand_named(strong, weak, names, analyses)
                        or _brand_belongs_to(strong, weak, names, analyses)):
                    continue
                # (sound-alike names the text sets against each other: "斝记"诉"斝纪", a copycat and its original)
                if best[0] >= threshold and best[1] in ("same pinyin", "near-homophone") and _set_against(
                        strong, weak, names, analyses):
                    continue
                # (a mark inside another, both quoted in a text about a dispute over marks: "X山" copies "X", two brands;
                # or a membership programme named after its company, 会员体系"X会": a brand of X's)
                if best[0] >= threshold and best[1] == "containment" and (
                        _marks_in_dispute(strong, weak, names, analyses) or _text_says(
                            strong, weak, names, analyses, r"(?:会员计划|会员体系|会员俱乐部|积分计划)[“\"「]?(?:{long}|{short})[”\"」]")):
                    continue
                # (a brand the text says belongs to a registered company with its city before it: 溦净品牌隶属于深圳溦净
                # 智能科技有限公司)
                if best[0] >= threshold and best[1] == "place before the name" and (_brand_belongs_to(
                        strong, weak, names, analyses) or _owns_brand_named(strong, weak, names, analyses)):
                    continue
                # (a name the text calls a subsidiary, 全资子公司汤锅王国际, is not its parent 汤锅王 with a tail)
                if best[0] >= threshold and best[1] == "generic suffix" and (
                        strong if len(names[strong]) > len(names[weak]) else weak) in subsidiaries:
                    continue
                # (a brand the text names with its trade as well, calling that a brand too: 新消费品牌溪嘴食品 and
                # "溪嘴", one brand; a company named so, 溪嘴餐饮, stays apart from its brand elsewhere)
                if best[0] < threshold and _brand_named_with_trade(strong, weak, names, analyses):
                    best = (0.8, "brand named with its trade")
                # (in a dispute over marks, a registered name is the short form that leaves the most of it, not the
                # quoted mark inside that: 广州X饮品有限公司 is X饮品, and "X", its brand, stays apart)
                if best[0] >= threshold and best[1] in ("registered name", "place before the name", "generic suffix"):
                    short, long = sorted((names[strong], names[weak]), key=len)
                    if _quoted_in_dispute(short, analyses) and any(
                            o not in (strong, weak) and clusters.find(o) == o and names[o] != short
                            and short in names[o] and names[o] in long and len(names[o]) < len(long)
                            and merge_score(names[o], long, family, places, True)[0] >= threshold for o in keys):
                        continue
                if best[0] >= threshold:
                    clusters.union(strong, weak)
                    merges.append(Merge(names[weak], strong, best[0], best[1]))

    # 2b. A company renamed (X正式更名为Y), and anyone named with their real name (主播"阿岚"本名廖晓岚), is one entity
    # under both names; gazetteer keys stay the root.
    for a in analyses:
        text = a.rule_text
        ordered = sorted(a.mentions, key=lambda m: m.start)
        for m1, m2 in zip(ordered, ordered[1:]):
            k1, k2 = key_of.get((a.document.doc_id, m1.start, m1.end)), key_of.get((a.document.doc_id, m2.start, m2.end))
            if not (k1 and k2 and family_of(k1) == family_of(k2) and clusters.find(k1) != clusters.find(k2)):
                continue
            reason = ("renamed" if family_of(k1) != "PERSON" and RENAMED.fullmatch(text, m1.end, m2.start) else
                      "real name" if REAL_NAME.fullmatch(text, m1.end, m2.start) else "")
            if reason:
                keep, other = (k1, k2) if clusters.find(k2) not in gaz_keys else (k2, k1)
                clusters.union(keep, other)
                merges.append(Merge(text[m1.start:m1.end].strip(), keep, 0.9, reason))

    # 2c. A person called by their family name with 老/小 or 总 (老鄢, 小孟, 鄢总) is the one person of the text with
    # that family name, when there is exactly one.
    people = [k for k in names if family_of(k) == "PERSON"]
    for k in people:
        nick = FAMILY_NICKNAME.fullmatch(names[k])
        if not nick:
            continue
        family_name = nick.group(1) or nick.group(2)
        bearers = {clusters.find(o) for o in people if o != k and 2 <= len(names[o]) <= 4
                   and names[o].startswith(family_name) and not FAMILY_NICKNAME.fullmatch(names[o])}
        if len(bearers) == 1 and (bearer := bearers.pop()) != clusters.find(k):
            keep, other = (bearer, k) if clusters.find(k) not in gaz_keys else (k, bearer)
            clusters.union(keep, other)
            merges.append(Merge(names[k], keep, 0.8, "family-name nickname"))

    # 2d. A foreign name written with its parts joined by · (卢卡斯·席尔瓦, 马克·范德贝格) and one of its parts alone
    # (卢卡斯, 范德贝格): the one person of the text whose name has that part, when there is exactly one.
    dotted = [k for k in people if "·" in names[k]]
    if dotted:
        for k in people:
            part = names[k]
            if "·" in part or len(part) < 2:
                continue
            bearers = {clusters.find(o) for o in dotted if part in names[o].split("·")}
            if len(bearers) == 1 and (bearer := bearers.pop()) != clusters.find(k):
                keep, other = (bearer, k) if clusters.find(k) not in gaz_keys else (k, bearer)
                clusters.union(keep, other)
                merges.append(Merge(part, keep, 0.8, "part of a foreign name"))

    # 3. Build entities.
    groups: dict[str, list[str]] = defaultdict(list)
    for k in names:
        groups[clusters.find(k)].append(k)
    entities: dict[str, Entity] = {}
    mention_entity: dict[tuple[str, int, int], str] = {}
    for root, keys in groups.items():
        surf = Counter()
        lab = Counter()
        # (a model merged into its maker, 谷雨Q7 of 谷雨汽车: its being introduced as a product makes no brand of the maker)
        models = {k for k in keys if (model := MODEL_CODE.fullmatch(names[k])) and any(
            model.group("brand") in (names[o], strip_generic(names[o])) for o in keys if o != k)}
        for k in keys:
            surf.update(surfaces[k])
            lab.update(labels[k] if k not in models else {t: n for t, n in labels[k].items() if t != "BRAND"})
        if root in gaz_keys:
            entry = gaz.entries[gaz_keys[root]]
            ent = Entity(entry.id, "BRAND" if entry.type == "PRODUCT" else entry.type, entry.zh or entry.en, entry.en,
                         set(), entry.wikidata or "")
        else:
            # the most frequent spelling; on a tie, the name the variants were merged into
            canonical = preferred.get(root) or max(surf.items(), key=lambda kv: (kv[1], kv[0] == names[root]))[0]
            if FAMILY_NICKNAME.fullmatch(canonical) and (full := [n for n in surf if not FAMILY_NICKNAME.fullmatch(n)]):
                canonical = max(full, key=lambda n: surf[n])  # 老鄢 … 鄢玹安: the person's full name
            if "·" not in canonical and (full := [n for n in surf if "·" in n and canonical in n.split("·")]):
                canonical = max(full, key=lambda n: surf[n])  # 卢卡斯 … 卢卡斯·席尔瓦: the whole foreign name
            etype = _vote_type(lab)
            if etype == "BRAND" and (canonical.endswith(GROUP_ENDS + ("有限公司",))
                                     or any(LEGAL_FORM.search(s) for s in surf)):
                # a group or a registered company is the organisation, whatever the 品牌 before it; so is a name
                # the text also gives with its registered company name (精酿品牌X … X精酿啤酒(成都)有限公司)
                etype = "ORG"
            ent = Entity(mint_id(etype, canonical), etype, canonical)
        for k in keys:
            ent.mentions.extend(members[k])
        ent.aliases = {s for s in surf if s != ent.label_zh and s != ent.label_en}
        ent.merges = sorted({(m.alias, ent.id, m.score, m.reason) for m in merges if clusters.find(m.into) == root})
        entities[ent.id] = ent
        for k in keys:
            for doc_id, m in members[k]:
                mention_entity[(doc_id, m.start, m.end)] = ent.id
    for ent in entities.values():
        ent.mentions.sort(key=lambda dm: (dm[0], dm[1].start))
    return sorted(entities.values(), key=lambda e: e.id), mention_entity


@lru_cache(maxsize=8)
def _pinyin_index(gaz: Gazetteer) -> dict[str, list[str]]:
    index: dict[str, list[str]] = defaultdict(list)
    for entry in gaz.entries.values():
        for name in entry.names:
            if _HAN.search(name) and len(name) >= 2:
                index[pinyin_key(name)].append(entry.id)
    return index


# a kind of business that ends a company's name (惠丰|银行, 鼎盛|科技)
KIND_TAIL = re.compile(r"(?:银行|集团|科技|公司|资本|证券|保险|基金|控股|股份|汽车|电子|能源|医药|生物|食品|传媒|文化|网络|"
                       r"信息|智能|电器|置业|地产|投资|创投|航空|物流|电池|半导体)$")


def _gazetteer_variant(surface: str, family: str, gaz: Gazetteer, threshold: float):
    """A gazetteer entry this unknown name is a spelling variant of (same pinyin), if any. Not for places: many
    share a sound (岚州 is not 兰州), and a text misspells a brand far more often than a city."""
    if not _HAN.search(surface) or len(surface) < 2 or threshold > SAME_PINYIN or family == "PLACE":
        return None
    for eid in _pinyin_index(gaz).get(pinyin_key(surface), ()):
        entry = gaz.entries[eid]
        # (two characters sounding alike and sharing none are another name: 溪历 is no 喜力; and a two-character
        # name before a kind of business is one too, 惠丰银行 is no 汇丰银行: the kind says nothing of the name)
        head = KIND_TAIL.sub("", surface)
        if FAMILY[entry.type] == family and (len(surface) >= 3 or set(surface) & set(entry.zh)) and (
                head == surface or len(head) >= 3 or head == KIND_TAIL.sub("", entry.zh)):
            return entry
    return None


def _all_names(key: str, names: dict, gaz: Gazetteer, gaz_keys: dict, surfaces: dict) -> list[str]:
    """The names a key goes by: a known entity's, or every spelling its mentions use (a name and its alias in
    brackets share a key: 星巴克中国(Starbucks China), and Starbucks China alone elsewhere is the same)."""
    if key in gaz_keys:
        return list(gaz.entries[gaz_keys[key]].names)
    return [names[key], *(s for s in surfaces[key] if s != names[key])]


@dataclass(frozen=True)
class TypeCue:
    type: str
    from_type: str
    before: tuple[str, ...]
    after: tuple[str, ...]
    # words after the name that start like an `after` cue but name a unit of the company (品牌部, 品牌总监)
    unless_after: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def type_cues() -> tuple[TypeCue, ...]:
    src = resources.files("extractor") / "data" / "type_cues.jsonl"
    cues = []
    for lineno, row in read_jsonl(src):
        try:
            cues.append(TypeCue(row["type"], row["from"], tuple(row.get("before", ())), tuple(row.get("after", ())),
                                tuple(row.get("unless_after", ()))))
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"{src}:{lineno}: invalid type cue ({exc})") from None
    return tuple(cues)


def context_types(text: str, m: Mention) -> list[str]:
    """Types the words right around a mention vouch for: 品牌X / X品牌 make an organisation a brand."""
    out = []
    # (quotes around the name do not come between it and its cue: 新船"蓝溟星辰号")
    start = m.start - 1 if m.start > 0 and text[m.start - 1] in "“\"「『" else m.start
    end = m.end + 1 if text[m.end:m.end + 1] in ("”", "\"", "」", "』") else m.end
    for cue in type_cues():
        if m.label == cue.from_type and (any(text.endswith(w, 0, start) for w in cue.before)
                                         or (any(text.startswith(w, end) for w in cue.after)
                                             and not any(text.startswith(w, end) for w in cue.unless_after))):
            out.append(cue.type)
    return out


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'.+-]*")


def latin_word_labels(mentions, text: str = "") -> dict[str, str]:
    """One-word Latin names that a text's mentions give both as a person and as an organisation (Nordlys): the
    statistical model has no sound for unknown Latin words and reads each occurrence either way, so the family
    most of the mentions carry labels them all (an organisation on a tie: a person written in Latin letters
    mostly comes with both names). Name -> PERSON, or BRAND when a mention reads it as a brand, else ORG."""
    by_name: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        surface = m.text.strip()
        if m.label in ("PERSON", "ORG", "BRAND") and _LATIN_WORD.fullmatch(surface):
            # (a person guess followed by what only a company has, or heading a company's profile, is the
            # company's: Arteris中国区总经理, Arteris在中国已拥有60家客户, 关于Arteris, Arteris(纳斯达克代码:AIP))
            company = text and m.label == "PERSON" and (
                COMPANY_AFTER.match(text, m.end) or LISTING_AFTER.match(text, m.end)
                or ABOUT_HEADING.fullmatch(text, text.rfind("\n", 0, m.start) + 1, m.end))
            by_name[surface]["ORG" if company else m.label] += 1
    out = {}
    for name, counts in by_name.items():
        people = counts["PERSON"]
        organisations = counts["ORG"] + counts["BRAND"]
        if people and organisations:
            # (a brand once is a brand, as the type vote has it)
            out[name] = "PERSON" if people > organisations else "BRAND" if counts["BRAND"] else "ORG"
    return out


# what joins two names of one list (Cursor和GitHub Copilot)
COORDINATOR = re.compile(r"\s?(?:和|与|及|以及|、|/)\s?")


# what closes a list of names that says what they are (始祖鸟、萨洛蒙在内的十余个国际运动品牌)
LIST_OF_KIND_AFTER = re.compile(r"\s?(?:等|在内的|这样的|这些)?[^,，。;；:：]{0,10}?(?:品牌|公司|企业|平台|厂商)")


def coordinated_labels(mentions, text: str) -> dict[str, str]:
    """Names read as a person but listed with an organisation or brand right beside them, and with nothing that
    marks a person around them: a one-word Latin name beside any organisation (Cursor和GitHub Copilot仍是领先者:
    the model guesses unknown Latin words either way), a Chinese one beside a known organisation in a list that
    says what its items are (包括始祖鸟、萨洛蒙在内的十余个国际运动品牌). The items of a list share a kind. Name ->
    the neighbour's label."""
    ordered = sorted(mentions, key=lambda m: m.start)
    out = {}
    for k, m in enumerate(ordered):
        surface = m.text.strip()
        if m.label != "PERSON" or m.ent_id:
            continue
        if PERSON_BEFORE.search(text, max(0, m.start - 6), m.start) or PERSON_AFTER.match(text, m.end):
            continue
        latin = _LATIN_WORD.fullmatch(surface) is not None
        if not latin and not _HAN.match(surface):
            continue
        beside = [n for n in (ordered[k - 1] if k else None, ordered[k + 1] if k + 1 < len(ordered) else None)
                  if n is not None and n.label in ("ORG", "BRAND") and (latin or n.ent_id)
                  and (COORDINATOR.fullmatch(text, n.end, m.start) or COORDINATOR.fullmatch(text, m.end, n.start))]
        if beside and not latin:
            last = max([m, *beside], key=lambda x: x.end)
            beside = beside if LIST_OF_KIND_AFTER.match(text, last.end) else []
        if beside:
            out[surface] = "BRAND" if any(n.label == "BRAND" for n in beside) else "ORG"
    return out


def han_name_labels(mentions, gazetteer: Gazetteer, text: str = "") -> dict[str, str]:
    """Chinese names a text's mentions give both as an organisation and as a person or place, where the other
    reading cannot hold: a person's name opens with a family name (诺华 does not, so its person guess is the
    company's name read wrongly; 李宁 does, and stays a person beside the company, unless no mention read as the
    person is ever used as one while some are followed by what only a company has: 欧朗德品牌, 欧朗德在华合资公司),
    and a place the gazetteer does not know is outvoted by the organisation's mentions (诺华 as a place once, an
    organisation three times). Name -> BRAND when a mention reads it as a brand, else ORG."""
    family_names = surnames()
    by_name: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        surface = m.text.strip()
        if _HAN.match(surface):
            by_name[surface][m.label] += 1
            if m.label == "PERSON" and text:
                if PERSON_BEFORE.search(text, max(0, m.start - 6), m.start) or PERSON_AFTER.match(text, m.end):
                    by_name[surface]["as person"] += 1
                elif COMPANY_AFTER.match(text, m.end):
                    by_name[surface]["as company"] += 1
    out = {}
    for name, counts in by_name.items():
        organisations = counts["ORG"] + counts["BRAND"]
        if not organisations:
            continue
        org_label = "BRAND" if counts["BRAND"] else "ORG"
        places = counts["GPE"] + counts["LOC"]
        # (…but a nickname read as a person more often than not, and introduced as one, stays one: 主播鳇鱼妹)
        nickname = counts["as person"] and counts["PERSON"] > organisations and not counts["as company"]
        if counts["PERSON"] and ((not name.startswith(family_names) and not nickname)
                                 or (counts["as company"] and not counts["as person"])):
            out[name] = org_label
        elif nickname and not name.startswith(family_names):
            out[name] = "PERSON"
        if places and organisations >= places and not _known_place(name, gazetteer):
            out[name] = org_label
    return out


# what shows a name is used as a person's (a title before, a verb of speech or a person's word after) or as a
# company's (its brand, models, venture, dealers, shops, shares)
PERSON_BEFORE = re.compile(r'(?:创始人|创办人|董事长|总裁|总经理|CEO|首席执行官|主席|经理|总监|主播|艺人|演员|歌手|教授|先生|女士|记者)\s?[“"「]?$')
PERSON_AFTER = re.compile(r"\s?(?:表示|说|称|认为|指出|透露|介绍|坦言|强调|先生|女士|本人|夫妇|家族|曾|出生|毕业)")
LISTING_AFTER = re.compile(r"\s?[(（](?:纳斯达克|纽交所|港交所|上交所|深交所|NASDAQ|NYSE|股票代码)")
ABOUT_HEADING = re.compile(r"[ \t]*关于\s?\S+")  # (a press release's closing profile: 关于Arteris)
COMPANY_AFTER = re.compile(r"\s?(?:品牌|在华|在中国|中国区|车型|旗下|合资公司|经销商|门店|专卖店|4S店|股价|市值|集团|公司|官方|"
                           r"产品|新车|销量|营收)")


def _known_place(name: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(name)
    return entry is not None and FAMILY[entry.type] == "PLACE"


class _PlaceNames:
    """Place names held in several sets, tested and read as one."""

    def __init__(self, *sets: Container[str]):
        self.sets = sets

    def __contains__(self, name: object) -> bool:
        return any(name in s for s in self.sets)

    def __iter__(self):
        for s in self.sets:
            yield from s


@lru_cache(maxsize=4)
def _gazetteer_places(gaz: Gazetteer) -> frozenset[str]:
    """The names of a gazetteer's places (read once a gazetteer, not once a document)."""
    return frozenset(name for e in gaz.entries.values() if FAMILY.get(e.type) == "PLACE" for name in e.names)


@lru_cache(maxsize=1)
def _dictionary_places() -> frozenset[str]:
    """Cities and regions of two or three characters in jieba's dictionary (tag ns)."""
    return frozenset(w for w, (_, tag) in common_words().items() if tag == "ns" and 2 <= len(w) <= 3)


def _administered(name: str, text: str) -> bool:
    """The text writes the place as an administrative unit somewhere (沣川 … 沣川市, 汀州 … 汀州省)."""
    return (2 <= len(name) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in name)
        and any(name + unit in text for unit in "市省县"))


def _vote_type(labels: Counter) -> str:
    """Brand vs organisation: a name ever introduced as a brand (cue patterns) is a brand."""
    if labels.get("BRAND"):
        return "BRAND"
    return labels.most_common(1)[0][0]

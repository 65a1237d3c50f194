"""The gazetteer of known entities (JSONL: id, type, zh, en, aliases, wikidata; `confirm` for an entry whose names
are everyday words too, `confirm_names` for some names only: they confirm a name the model or a list found) and
small word lists."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .datafiles import read_jsonl
from .errors import ConfigError

DATA = resources.files("extractor") / "data"
TYPES = ("PERSON", "ORG", "BRAND", "GPE", "LOC", "PRODUCT")  # (PRODUCT: a game, a film, a work with a title)


@lru_cache(maxsize=1)
def name_parts(path: str | None = None) -> dict[str, tuple[str, ...]]:
    """The lists of name_parts.jsonl (or `path`) by part: generic_suffix (longest first), description_end,
    descriptive_infix, abbreviation (short=full), brand_trade."""
    src = path or resources.files("extractor") / "data" / "name_parts.jsonl"
    parts: dict[str, list[str]] = {"generic_suffix": [], "description_end": [], "descriptive_infix": [], "abbreviation": [],
                                   "brand_trade": []}
    for lineno, row in read_jsonl(src):
        words = row.get("words")
        if (row.get("part") not in parts or not isinstance(words, list)
                or not all(isinstance(w, str) and w for w in words)
                or (row["part"] == "abbreviation" and not all(re.fullmatch(r"[^=]+=[^=]+", w) for w in words))):
            raise ConfigError(
                f"{src}:{lineno}: expected {{\"part\": one of {sorted(parts)}, \"words\": [non-empty strings]}}")
        parts[row["part"]] += words
    parts["generic_suffix"].sort(key=len, reverse=True)  # 有限公司 before 公司
    return {part: tuple(words) for part, words in parts.items()}


def dictionary_pieces(name: str, longest: int = 4, min_freq: int = 20) -> list[tuple[str, tuple[int, str] | None]]:
    """`name` split by jieba's dictionary, longest match first: words of 2 to `longest` chars seen at least
    `min_freq` times, and single chars in between, each with its dictionary entry (frequency, tag) or None."""
    words = common_words()
    pieces = []
    i = 0
    while i < len(name):
        for n in range(min(longest, len(name) - i), 1, -1):
            entry = words.get(name[i:i + n])
            if entry and entry[0] >= min_freq:
                pieces.append((name[i:i + n], entry))
                i += n
                break
        else:
            pieces.append((name[i], words.get(name[i])))
            i += 1
    return pieces


def abbreviations() -> tuple[tuple[str, str], ...]:
    """The abbreviations of name_parts.jsonl as (short, full) pairs, the longest full form first."""
    pairs = (tuple(w.split("=")) for w in name_parts()["abbreviation"])
    return tuple(sorted(pairs, key=lambda p: len(p[1]), reverse=True))


# how a registered company name ends: its legal form, and before that its line of trade
# (杭州海康威视|数字技术|股份有限公司, 广州茶茶岚|餐饮管理|有限公司): the rule components find the short name again with
# them, entity resolution merges the short name into the registered one
LEGAL_FORM = re.compile(r"(?:(?:集团)?(?:股份)?有限(?:责任)?公司|株式会社)$")
# the words that give a name its short form in brackets (X股份有限公司(以下简称"X"), (下称"X")), past the generic
# word a filing offers first (以下简称"公司"或"X")
SELF_REFERENCE = r"(?:本公司|公司|上市公司|发行人|本集团|集团|本行|本所)"
DEFINED_NAME_WORDS = (rf"(?:(?:以下)?简称|(?:以下|下文|下)称)"
                      rf"(?:[:：]?[“\"「]{SELF_REFERENCE}[”\"」]\s*(?:或|、|/)\s*(?=[“\"「]))?")
# the trades of makers, whose name they end (汕头市星拓|玩具|有限公司 … 星拓): one list for the registered names here and
# for the short names the rule components find again (rulers.GENERIC_TAIL)
MAKER_TRADES = "玩具|潮玩|文具|家电|家具|建材|纺织|鞋业|制药|陶瓷|照明|卫浴|钢铁|矿业|化工"
INDUSTRY_TAIL = re.compile(r"(?:餐饮管理|餐饮|企业管理|管理咨询|信息技术|网络科技|网络技术|数字技术|数字科技|信息科技|电子科技|"
                           r"智能科技|生物科技|生物技术|医药科技|通讯技术|通信技术|通讯科技|通信科技|通讯设备|通信设备|光电科技|"
                           r"新能源科技|新材料科技|技术|科技|电子商务|电子|文化传媒|传媒|商贸|贸易|实业|保险|服务|物业服务|物业管理|管理|咨询|"
                           r"发展|食品|服饰|服装|文化|文化发展|文化传播|传播|" + MAKER_TRADES + "|"
                           r"工程|建设工程|市政工程|建筑工程|建筑|建设|制造|精密制造|智能制造|装备制造|机械制造|"
                           r"啤酒|精酿啤酒|酒业|饮品|饮料|乳业|乳品|茶业|医疗|医疗管理|口腔医疗|宠物用品|宠物食品|化妆品)$")

# the place a public body is named after (岚州市|文化和旅游局, 璘江省|国资委), and such a body, named by what it does
# (市场监督管理局, 交通运输局, 人民法院): its place is part of its name
# the characters that make 店 a kind of shop (酒店, 饭店, 书店): a name may end with one (北京饭店), a branch's
# name (杭州西溪店) does not
STORE_KIND_CHARS = "酒饭书商药花门客茶果面粉菜"
PLACE_OF_BODY = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:省|市|县)(?!场|委|政府)")
PUBLIC_BODY = re.compile(r"[\u4e00-\u9fff]{1,10}(?:局|委员会|委|厅|法院|检察院|人民政府|政府|海关|办公室|支队|大队|派出所)$")


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    type: str
    zh: str
    en: str = ""
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    # names that are also everyday words (微博 "a post", 微信 "a message"): only confirm a name the model found
    confirm: bool = False
    # …the same for some of the names only (苹果 "an apple" of 苹果公司)
    confirm_names: tuple[str, ...] = ()

    def confirms_only(self, name: str) -> bool:
        # (read for every hit of the gazetteer: the common case, no such names, costs nothing)
        return self.confirm or bool(self.confirm_names) and normalise_name(name) in map(normalise_name, self.confirm_names)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.zh, self.en, *self.aliases, *self.confirm_names) if n)


@dataclass(eq=False)  # hashed by identity: cached indexes key on it
class Gazetteer:
    entries: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # normalised name → id

    def lookup(self, name: str) -> GazetteerEntry | None:
        eid = self.by_name.get(normalise_name(name))
        return self.entries.get(eid) if eid else None


def normalise_name(name: str) -> str:
    """Width-fold, case-fold and drop spaces and joiners: the key for exact-ish matching."""
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in s if not ch.isspace() and ch not in "·•・-_.'’&")


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    src = Path(path) if path else Path(str(DATA / "gazetteer.jsonl"))
    gaz = Gazetteer()
    for lineno, row in read_jsonl(src):
        try:
            entry = GazetteerEntry(
                id=str(row["id"]), type=row["type"], zh=row.get("zh") or "", en=row.get("en") or "",
                aliases=tuple(row.get("aliases") or ()), wikidata=row.get("wikidata") or "",
                confirm=bool(row.get("confirm", False)), confirm_names=tuple(row.get("confirm_names") or ()))
            if entry.type not in TYPES:
                raise ValueError(f"type must be one of {', '.join(TYPES)}")
            if not entry.id or not entry.names:
                raise ValueError("needs an id and at least one name")
            if entry.id in gaz.entries:
                raise ValueError(f"duplicate id {entry.id!r}")
        except (ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{src}:{lineno}: invalid gazetteer entry ({exc})") from None
        gaz.entries[entry.id] = entry
        for name in entry.names:
            gaz.by_name.setdefault(normalise_name(name), entry.id)
    return gaz


@lru_cache(maxsize=None)
def default_gazetteer() -> Gazetteer:
    return load_gazetteer()


def load_word_list(name: str) -> frozenset[str]:
    """A data file of words separated by whitespace; lines starting with # are comments."""
    words: set[str] = set()
    with open(str(DATA / name), encoding="utf-8") as fh:
        for line in fh:
            if not line.lstrip().startswith("#"):
                words.update(line.split())
    return frozenset(words)


@lru_cache(maxsize=1)
def countries() -> tuple[str, ...]:
    """Countries other than China (countries.txt), longest first: 沙特阿拉伯 before 沙特."""
    return tuple(sorted(load_word_list("countries.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def surnames() -> tuple[str, ...]:
    """Chinese family names (surnames.txt), longest first: 欧阳 before 欧."""
    return tuple(sorted(load_word_list("surnames.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def surnames_by_first() -> dict[str, tuple[str, ...]]:
    """The same names by their first character, longest first (a name is checked against a few, not all)."""
    return by_first_char(surnames())


def by_first_char(words) -> dict[str, tuple[str, ...]]:
    """Words grouped by their first character, each group in the order given."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


EVERYDAY_WORD_FREQ = 1000  # as often as an ordinary noun of jieba's dictionary (公司 has 45,604)


@lru_cache(maxsize=1)
def common_words() -> dict[str, tuple[int, str]]:
    """jieba's dictionary (word → (frequency, part-of-speech tag)): tells common words from names."""
    import jieba

    words: dict[str, tuple[int, str]] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    for word in load_word_list("everyday_words.txt"):  # today's words the 2013 dictionary lacks (车规级, 营收)
        freq, tag = words.get(word, (0, "n"))  # …or barely knows (生鲜, 7 uses)
        # (a common noun, whatever jieba tagged it: 嵌入式 is no proper noun (nz) in 嵌入式|厨房电器)
        words[word] = (max(freq, EVERYDAY_WORD_FREQ), "n" if tag.startswith(("nr", "ns", "nt", "nz")) else tag)
    return words


def is_common_word(word: str, min_freq: int = 50) -> bool:
    """A frequent dictionary word that is not tagged as a person name."""
    entry = common_words().get(word)
    return bool(entry) and entry[0] >= min_freq and not entry[1].startswith("nr")

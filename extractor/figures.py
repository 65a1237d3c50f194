"""Figures (`kg_figures`): numbers turned into values with their unit, hedge, date and the metric they measure.

How a figure is read (all knowledge in `data/metrics.jsonl` and `data/units.jsonl`, the grammar here):

    [metric word] [hedge] [currency] NUMBER [~ NUMBER] [多/余] [unit] [以上/左右/…] [的] [metric word]

* NUMBER: Arabic (1,200 / 3.5 / 50w / 10k) or Chinese (五千万, 两百多万, 三点五亿, 百分之三十) with 十百千万亿
  multipliers; a bare magnitude after a hedge (过亿, 上万, 破千万); vague counts are ranges: 几/数 = 2..9 of the
  next magnitude (几千万 → min 2e7, max 9e7, comparator "~"; 十几万 → 1.1e5..1.9e5).
* Values: `value` for "=" and "~"; lower bounds (">", ">=") set only `min_value`; upper bounds ("<", "<=") only
  `max_value`; explicit ranges (3~5年, 10至20万: the first number inherits the second's multiplier; 20万元至30万元
  with the same unit on both ends, where it does not) set `min_value`/`max_value` with comparator "=" (or the
  hedge's). 多/余 inside or after a number ("60多万") → ">".
  近/将近/接近 → "~" (close to, from below), 约/左右/上下 → "~", 超过/逾/过/多于 → ">", 突破/以上/至少/上 → ">=",
  不到/不足/少于 → "<", 以下/以内/最多 → "<=".
* Units: currency codes (CNY, USD, GBP, EUR, HKD, JPY), "percent" (the number as written: 50% → 50),
  "times" (翻了5倍 → 5; 翻倍/翻番 → 2), a count noun's unit from its metric (10万粉丝 → fans), else the metric's
  default unit (日交易额突破1亿 → CNY: a money metric without a currency is assumed to be in yuan).
* Metric: the nearest metric word in the same clause, before the number (≤ `before` chars) or after it
  (≤ `after` chars, "60多万的订单"), compatible with the unit (percent metrics for %, money metrics for
  currency, growth/decline only for percent/times and 翻倍). Growth and decline keep positive values; the
  metric ("growth" / "decline") carries the sign.
* Dates are attributes, not figures: 2014年 → "2014", 2014年底 → "2014-12", 2019年3月 → "2019-03",
  今年3月 / 去年双11 stay as written (no anchor). A figure's `date` is the nearest date in its sentence.
  Exception: a year next to a founding word (成立于2014年, 2017年创立的) is a figure with metric "founded".
* Never figures: list numbering "1)", ordinals 第N, generations 90后, 4G/5G and other letter-glued numbers,
  phone-length digit runs, numbers inside dates, Chinese digits with neither multiplier nor unit (三星, 一直), and
  (by default) durations, counts under 100 with no metric, and bare numbers with neither unit nor metric.

`Figure.start/end` index the analysed text; the span covers the hedge, currency, number, unit and an adjacent
metric word (gap ≤ 3), e.g. "月活过亿", "60多万的订单", "日交易额突破1亿".
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .datafiles import read_jsonl
from .errors import ConfigError
from .records import Figure
from .spans import doc_text
from .tables import LIST_MARK, NUMBER_CELL, Table, find_tables

if not Doc.has_extension("figures"):
    Doc.set_extension("figures", default=None)

DATA = resources.files("extractor") / "data"
ENTITY_TYPES = ("PERSON", "ORG", "BRAND", "GPE", "LOC")
METRIC_KINDS = ("measure", "change", "founded")
UNIT_KINDS = ("currency", "percent", "times", "duration", "count", "quantity", "area")  # quantity: GWh, 吨 …; area: 平方米

# ---------------------------------------------------------------------------------------------------------------
# Data files


@dataclass(frozen=True)
class Metric:
    metric: str
    zh: tuple[str, ...]
    unit: str
    en: str
    kind: str = "measure"  # measure | change (growth/decline) | founded (year figures only)
    platform: bool = False  # a platform's own number (users, MAU): "在X上" mentions are its subject
    about: tuple[str, ...] = ("ORG", "BRAND")  # entity types it can be about, preferred first
    before: int = 10  # how far before the number the metric word may stand (chars, same clause)
    after: int = 2  # how far after the number
    patterns: tuple[re.Pattern, ...] = ()  # clause regexes for paraphrases (每个月…活跃 → MAU)
    not_subject_before: tuple[str, ...] = ()  # a mention followed by these is not the subject (X领投: investor)
    same_sentence: bool = False  # the subject is named in the figure's sentence or nowhere (中国…市场规模)
    not_subject_after: tuple[str, ...] = ()  # a mention right after these is not the subject (持有X: the held)
    subject_after: tuple[str, ...] = ()  # the figure is about the mention after these words (以N亿收购X: X's price)
    # regexes the text right before a number may end with when no metric word names it (涨3.2%,报218.6元: a price)
    lead: tuple[re.Pattern, ...] = ()
    # words that make the person named right after them a seller this metric can be about (主播"小栗子": a
    # streamer's GMV, though the metric is otherwise about organisations)
    sellers_before: tuple[str, ...] = ()
    # other metrics this one stands for when the text right after the figure matches (投资85亿元建设…: a planned
    # investment, not funding raised): metric id → regex
    instead_of: tuple[tuple[str, re.Pattern], ...] = ()
    # the classifiers a count of it may end with (门店: 家, 间 …; 约400杯 after 单店 counts cups, not shops); any
    # when empty
    counters: tuple[str, ...] = ()
    # regexes the text right after a number may start with when no metric word names it (38元一份: a price)
    trail: tuple[re.Pattern, ...] = ()
    # the figure is the price of a business sold to the mention after these words, when what is sold is no name
    # (将旗下物业业务以18亿元的价格出售给Y: Y's; 将所持X公司股权…出售给Y stays X's)
    buyer_after: tuple[str, ...] = ()
    # other metrics this one stands for when the sentence before the figure names them (占比 after 市场份额排名前三的
    # 品牌分别为…: a market share, not just a share of a whole): metric id → regex
    in_context: tuple[tuple[str, re.Pattern], ...] = ()


@dataclass(frozen=True)
class Unit:
    unit: str
    kind: str
    after: tuple[str, ...]
    before: tuple[str, ...] = ()


METRIC_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
METRIC_KEYS = {"metric", "zh", "unit", "en", "kind", "platform", "about", "before", "after", "patterns",
               "not_subject_before", "same_sentence", "not_subject_after", "subject_after", "lead", "sellers_before",
               "instead_of", "counters", "trail", "buyer_after", "in_context"}
UNIT_KEYS = {"unit", "kind", "after", "before"}
LEAD_WINDOW = 24  # characters before a number that a metric's `lead` regexes see


def _strings(row: dict, key: str, required: bool) -> tuple[str, ...]:
    val = row.get(key, [] if not required else None)
    if val is None or not isinstance(val, list) or (required and not val):
        raise ValueError(f"{key!r} must be a {'non-empty ' if required else ''}list of strings")
    if not all(isinstance(v, str) and v.strip() for v in val):
        raise ValueError(f"{key!r} must contain only non-empty strings")
    return tuple(val)


def load_metrics(path: str | Path | None = None) -> tuple[Metric, ...]:
    """Read metrics.jsonl; a bad line raises ConfigError("file:line: reason")."""
    src = Path(path) if path else Path(str(DATA / "metrics.jsonl"))
    metrics: list[Metric] = []
    seen_ids: set[str] = set()
    seen_terms: dict[str, str] = {}
    for lineno, row in read_jsonl(src):
        try:
            unknown = set(row) - METRIC_KEYS
            if unknown:
                raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
            mid = row.get("metric")
            if not isinstance(mid, str) or not METRIC_ID.match(mid):
                raise ValueError("'metric' must be a lower-case id like 'monthly-active-users'")
            if mid in seen_ids:
                raise ValueError(f"duplicate metric {mid!r}")
            zh = _strings(row, "zh", True)
            for key in ("unit", "en"):
                if not isinstance(row.get(key), str) or not row[key].strip():
                    raise ValueError(f"{key!r} must be a non-empty string")
            kind = row.get("kind", "measure")
            if kind not in METRIC_KINDS:
                raise ValueError(f"'kind' must be one of {', '.join(METRIC_KINDS)}")
            about = _strings(row, "about", False) or ("ORG", "BRAND")
            bad = [t for t in about if t not in ENTITY_TYPES]
            if bad:
                raise ValueError(f"'about' has unknown type(s) {', '.join(bad)}")
            for key in ("platform", "same_sentence"):
                if not isinstance(row.get(key, False), bool):
                    raise ValueError(f"{key!r} must be true or false")
            win = {}
            for key, default in (("before", 10), ("after", 2)):
                v = row.get(key, default)
                if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 30:
                    raise ValueError(f"{key!r} must be an integer 0..30")
                win[key] = v
            try:
                patterns = tuple(re.compile(p) for p in _strings(row, "patterns", False))
                lead = tuple(re.compile(f"(?:{p})$") for p in _strings(row, "lead", False))
                trail = tuple(re.compile(p) for p in _strings(row, "trail", False))
                instead = row.get("instead_of", {})
                if not isinstance(instead, dict) or not all(isinstance(v, str) and v for v in instead.values()):
                    raise ValueError("'instead_of' must map metric ids to regexes")
                instead_of = tuple((k, re.compile(v)) for k, v in instead.items())
                context = row.get("in_context", {})
                if not isinstance(context, dict) or not all(isinstance(v, str) and v for v in context.values()):
                    raise ValueError("'in_context' must map metric ids to regexes")
                in_context = tuple((k, re.compile(v)) for k, v in context.items())
            except re.error as exc:
                raise ValueError(f"bad pattern ({exc})") from None
            not_subject = _strings(row, "not_subject_before", False)
            not_subject_after = _strings(row, "not_subject_after", False)
            subject_after = _strings(row, "subject_after", False)
            sellers_before = _strings(row, "sellers_before", False)
            for term in zh:
                key = term.casefold()
                if key in seen_terms:
                    raise ValueError(f"term {term!r} already belongs to {seen_terms[key]!r}")
                seen_terms[key] = mid
        except ValueError as exc:
            raise ConfigError(f"{src}:{lineno}: invalid metric ({exc})") from None
        seen_ids.add(mid)
        metrics.append(Metric(mid, zh, row["unit"], row["en"], kind, row.get("platform", False), about,
                              win["before"], win["after"], patterns, not_subject, row.get("same_sentence", False),
                              not_subject_after, subject_after, lead, sellers_before, instead_of,
                              _strings(row, "counters", False), trail, _strings(row, "buyer_after", False),
                              in_context))
    if not metrics:
        raise ConfigError(f"{src}:1: no metrics defined")
    return tuple(metrics)


def load_units(path: str | Path | None = None) -> tuple[Unit, ...]:
    src = Path(path) if path else Path(str(DATA / "units.jsonl"))
    units = []
    for lineno, row in read_jsonl(src):
        try:
            unknown = set(row) - UNIT_KEYS
            if unknown:
                raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
            if not isinstance(row.get("unit"), str) or not row["unit"]:
                raise ValueError("'unit' must be a non-empty string")
            if row.get("kind") not in UNIT_KINDS:
                raise ValueError(f"'kind' must be one of {', '.join(UNIT_KINDS)}")
            units.append(Unit(row["unit"], row["kind"], _strings(row, "after", True), _strings(row, "before", False)))
        except ValueError as exc:
            raise ConfigError(f"{src}:{lineno}: invalid unit ({exc})") from None
    return tuple(units)


def _alternation(terms) -> str:
    parts = []
    for t in sorted(set(terms), key=lambda s: (-len(s), s)):
        p = re.escape(t)
        if t[0].isascii() and t[0].isalpha():
            p = r"(?<![A-Za-z])" + p
        if t[-1].isascii() and t[-1].isalpha():
            p = p + r"(?![A-Za-z])"
        parts.append(p)
    return "|".join(parts)


class Lexicon:
    """Metrics and units compiled into regexes once."""

    def __init__(self, metrics: tuple[Metric, ...], units: tuple[Unit, ...]):
        self.metrics = {m.metric: m for m in metrics}
        self.term_metric = {t.casefold(): m.metric for m in metrics for t in m.zh}
        self.term_re = re.compile(_alternation(t for m in metrics for t in m.zh), re.IGNORECASE)
        # where a metric word can start: re scans for a character class fast, but tries every alternative of
        # term_re (its lookbehinds keep re from doing that scan itself) at every position it searches
        firsts = sorted({t[0] for m in metrics for t in m.zh})
        self.term_start_re = re.compile("[" + "".join(re.escape(c) for c in firsts) + "]" if firsts else "(?!)",
                                        re.IGNORECASE)
        self.unit_after = {}
        for u in units:
            for a in u.after:
                self.unit_after.setdefault(a.casefold(), u)
        self.unit_after_re = re.compile(r"\s?(?:" + _alternation(u2 for u in units for u2 in u.after) + ")",
                                        re.IGNORECASE)
        self.unit_before = sorted(((b, u) for u in units for b in u.before), key=lambda x: -len(x[0]))
        self.unit_kind = {u.unit: u.kind for u in units}
        self.leads = tuple(m for m in metrics if m.lead)
        self.trails = tuple(m for m in metrics if m.trail)

    def unit_at(self, text: str, pos: int) -> tuple[str, int] | None:
        """The unit written at `pos` (a space allowed before it) and where it ends, or None."""
        m = self.unit_after_re.match(text, pos)
        return (self.unit_after[m.group().strip().casefold()].unit, m.end()) if m else None

    def metric_unit_kind(self, m: Metric) -> str:
        return self.unit_kind.get(m.unit, "count")


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon(load_metrics(), load_units())


def metric_info(metric_id: str) -> Metric | None:
    return default_lexicon().metrics.get(metric_id)


# ---------------------------------------------------------------------------------------------------------------
# Numbers

CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL = {"十": 10, "百": 100, "千": 1000}
MAG = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8, "w": 10**4, "W": 10**4, "k": 1000, "K": 1000}
MAGS = "十百千万亿"

# (6个亿: colloquial 个 before the magnitude; the 千 of a unit, 千瓦时 or 千克, is the unit's)
_AR = (r"(?P<ar>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<armore>[多余几]?)"
       r"(?P<armag>(?:个(?=亿))?(?:[十百万亿]|千(?![瓦克米伏升])|[wWkK](?![A-Za-z]))*)")
_CN = (r"(?P<cn>[零〇一二两三四五六七八九十百千万亿几数][零〇一二两三四五六七八九十百千万亿几数多余]*"
       r"(?:点[零〇一二三四五六七八九]+[十百千万亿]*)?)")
NUM_RE = re.compile(rf"(?P<pct>百分之)?(?:{_AR}|{_CN})")
# a change right before an amount (下调1.2万元至13.98万元): the amount is what it changed by, the one after 至 where
# it ended
CHANGED_BY_BEFORE = re.compile(r"(?:下调|上调|调降|调升|降低|提高|提升|下降|下滑|下跌|上涨|上升|增长|减少|增加|回落|攀升|缩减|扩大|"
                               r"降价|涨价|直降|降|涨)了?\s?$")
RANGE_SEP = re.compile(r"(?P<pct>%?)\s*(?:~|-|—|–|至|到)\s*")
WIDTH = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
WIDTH.update({0x3000: 0x20, 0x301C: ord("~"), 0xFF5E: ord("~")})

PRE_HEDGE = {
    "将近": "~", "接近": "~", "近": "~", "几近": "~", "近乎": "~", "约": "~", "大约": "~", "大概": "~", "约为": "~",
    "差不多": "~", "超过": ">", "超出": ">", "超": ">", "逾": ">", "过": ">", "高于": ">", "多于": ">", "突破": ">=",
    "破": ">=", "至少": ">=", "不少于": ">=", "不低于": ">=", "上": ">=", "不到": "<", "不足": "<", "少于": "<",
    "低于": "<", "不超过": "<=", "最多": "<=", "至多": "<=",
}
PRE_HEDGE_ORDER = sorted(PRE_HEDGE, key=len, reverse=True)
# a one-character hedge that is really the end of another word (最近, 通过, 赶超, 打破 …)
NOT_HEDGE_AFTER = {"近": "最附亲靠", "过": "通经超不越错度", "超": "赶", "破": "打", "上": "以之加在",
                   "约": "签合预节制公契"}
POST_HEDGE = re.compile(r"\s?(?P<h>以上|以下|左右|上下(?![游班车楼级来])|出头|以内|不到|开外|多|余|\+)")
POST_COMP = {"以上": ">=", "以下": "<=", "左右": "~", "上下": "~", "出头": ">", "以内": "<=", "不到": "<", "开外": ">",
             "多": ">", "余": ">", "+": ">="}
MULT_FIXED = re.compile(r"翻(?:了)?(?:一番|一倍|番|倍|(?P<n>[两二三四])番)")
# tenths: 三成 = 30%, 两成半 = 25%; not inside a number or a word (第一成, 成为, 成本, 成都, 一成不变, 八成是 "probably")
TENTHS = re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万亿几第])(?P<n>[一二两三四五六七八九]|[1-9])成(?P<half>半)?"
                    r"(?![为功立长本员交果绩年熟就品都效型不是会要能也])")
SPECIFICATION_UNITS = ("英寸", "纳米", "nm", "寸屏")
# a price said the way people say it: 9块9 (9.9 yuan; 18块钱 is a unit); 块 alone also counts pieces (3块屏幕)
COLLOQUIAL_PRICE = re.compile(r"(?<![\d.])(?P<yuan>\d{1,4})块(?P<jiao>\d)(?![\d万千百亿])")
GROWTH_PREFIX = re.compile(r"翻(?:了)?\s?$")
ELLIPSIS_GAP = re.compile(r"[^,;。!?:\n]{0,8}[,][^,;。!?:\n\d]{1,12}")  # the previous clause's tail, one comma
COORDINATOR = re.compile(r"\s?(?:和|、|及|以及|与|或)\s?")
CLAUSE_BREAK = set("，,。；;！？!?：:\n()（）【】[]")
SENT_BREAK = re.compile(r"[。！？!?；;\n]")

# ---------------------------------------------------------------------------------------------------------------
# Dates

_M = r"(?P<m>1[0-2]|0?[1-9])"
_D = r"(?P<d>[12]\d|3[01]|0?[1-9])"
_Y = r"(?P<y>(?:1[6-9]|20)\d{2})"
_REL = r"(?:今年|去年|前年|明年|本年|上个?月|本月|这个月|下个?月|今天|昨天|前天)"
_FEST = r"(?:双11|双十一|双12|双十二|618大促|黑五)"
DATE_RES = [
    ("ymd", re.compile(rf"{_Y}\s?[-/]\s?{_M}(?:\s?[-/]\s?{_D})?(?![\d])")),
    ("ymd", re.compile(rf"{_Y}\s?年\s?{_M}\s?月(?:\s?{_D}\s?[日号])?(?:份)?")),
    ("y", re.compile(rf"{_Y}\s?年(?P<part>底|末|年底|年末|初|年初|上半年|下半年|第?(?P<q>[一二三四1-4])季度|Q(?P<q2>[1-4]))?")),
    ("y", re.compile(rf"{_Y}\s?财年")),
    # a year in Chinese digits (二〇〇八年, 二零二五年)
    ("ycn", re.compile(r"(?<![〇零○一二三四五六七八九十])(?P<y>[一二][〇零○九][〇零○一二三四五六七八九]{2})\s?年"
                       r"(?P<part>底|末|年底|年末|初|年初|上半年|下半年)?")),
    ("rel", re.compile(rf"{_REL}(?:\s?(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{{1,2}})\s?月(?:份)?"
                       rf"(?:\s?(?:[12]\d|3[01]|0?[1-9])\s?[日号])?|底|初|年底|年初|上半年|下半年|第?[一二三四1-4]季度|Q[1-4]|{_FEST})?")),
    ("fest", re.compile(_FEST)),
    ("md", re.compile(rf"(?<![\d个]){_M}\s?月\s?{_D}\s?[日号]")),
    ("md", re.compile(rf"(?<![\d个第]){_M}\s?月(?:份|初|底|中旬|上旬|下旬)?(?![\d])")),
    ("born", re.compile(r"(?<![\d])(?P<yy>\d{2})\s?年(?=出生|生人|生)")),
    ("gen", re.compile(r"(?<![\d])\d{2}后(?!\d)")),
    # a day of the month alone, before what happened on it (股价4日盘中, 公司3日晚间公告): a date, no figure
    ("day", re.compile(r"(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\s?[日号](?=盘中|早盘|午盘|尾盘|开盘|收盘|晚间|早间|上午|下午|"
                       r"凌晨|晚|起|当天|当日)")),
    # a time of day (上午10点, 晚上8点半, 10点30分, 19:30): a time, no figure
    ("clock", re.compile(r"(?:(?:上午|下午|晚上|凌晨|中午|早上|傍晚|夜里|晚)\s?(?:[01]?\d|2[0-4])\s?[点时](?:\s?[0-5]?\d\s?分|半|整)?"
                         r"|(?<![\d.])(?:[01]?\d|2[0-4])\s?点(?:\s?[0-5]?\d\s?分|半)"
                         r"|(?<![\d.:：])(?:[01]?\d|2[0-3])[:：][0-5]\d(?![\d:：]))")),
]


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    norm: str  # "" for spans that only block numbers (90后)
    year: int | None = None


def _year_part(year: int, part: str) -> str:
    """A year and the part of it written after 年 (底, 初, 上半年 …) as a normalised date: 2025-12, 2025-01, 2025-H1."""
    if part in ("底", "末", "年底", "年末"):
        return f"{year}-12"
    if part in ("初", "年初"):
        return f"{year}-01"
    if part in ("上半年", "下半年"):
        return f"{year}-H{1 if part == '上半年' else 2}"
    return str(year)


def find_dates(text: str) -> list[DateSpan]:
    """Date expressions (and number-blocking spans like 90后), non-overlapping, sorted by position."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in DATE_RES:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            norm, year = m.group(), None
            if kind == "ymd":
                year = int(m.group("y"))
                norm = f"{year}-{int(m.group('m')):02d}" + (f"-{int(m.group('d')):02d}" if m.group("d") else "")
            elif kind == "y":
                year = int(m.group("y"))
                part = m.groupdict().get("part") or ""
                q = m.groupdict().get("q") or m.groupdict().get("q2")
                if "财年" in m.group():
                    norm = f"FY{year}"
                elif q:
                    norm = f"{year}-Q{CN_DIGIT.get(q, q)}"
                else:
                    norm = _year_part(year, part)
            elif kind == "ycn":
                # (the regex admits only digits CN_DIGIT knows, and ○, a zero too)
                year = int("".join(str(CN_DIGIT.get(c, 0)) for c in m.group("y")))
                norm = _year_part(year, m.group("part") or "")
            elif kind == "born":
                yy = int(m.group("yy"))
                year = (1900 if yy >= 30 else 2000) + yy
                norm = str(year)
            elif kind in ("gen", "day", "clock"):
                norm = ""
            else:
                norm = re.sub(r"\s+", "", norm)
            found.append(DateSpan(s, e, norm, year))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return found


# ---------------------------------------------------------------------------------------------------------------
# Parsing


def _cn_int(s: str) -> int:
    if not any(c in MAGS for c in s):
        return int("".join(str(CN_DIGIT[c]) for c in s))
    total = acc = section = num = 0
    for c in s:
        if c in CN_DIGIT:
            num = CN_DIGIT[c]
        elif c in SMALL:
            section += (num or 1) * SMALL[c]
            num = 0
        elif c == "万":
            acc += ((section + num) or 1) * 10**4
            section = num = 0
        elif c == "亿":
            total = ((total + acc + section + num) or 1) * 10**8
            acc = section = num = 0
    return total + acc + section + num


def _cn_value(s: str) -> tuple[float, float, bool] | None:
    """(low, high, more) of a Chinese numeral; low < high for vague 几/数."""
    more = "多" in s or "余" in s
    s = s.replace("多", "").replace("余", "")
    if not s or s[0] not in CN_DIGIT and s[0] not in MAGS and s[0] not in "几数":
        return None
    try:
        if "点" in s:
            ip, rest = s.split("点", 1)
            m = re.fullmatch(r"([零〇一二两三四五六七八九]+)([十百千万亿]*)", rest)
            # (the whole part may have tens and hundreds, 二十八点五, 一百二十三点五亿; not 万 or 亿 before the point)
            if not m or not ip or any(c in "几数" for c in ip) or any(c in "万亿" for c in ip):
                return None
            v = (_cn_int(ip) + float("0." + "".join(str(CN_DIGIT[c]) for c in m.group(1)))) * _mag(m.group(2))
            return v, v, more
        if "几" in s or "数" in s:
            if not any(c in MAGS for c in s) or s.count("几") + s.count("数") > 1:
                return None
            i = s.find("几") if "几" in s else s.find("数")
            lo_digit = "一" if i > 0 and s[i - 1] == "十" else "二"
            lo = _cn_int(s[:i] + lo_digit + s[i + 1:])
            hi = _cn_int(s[:i] + "九" + s[i + 1:])
            return float(lo), float(hi), more
        v = float(_cn_int(s))
        return v, v, more
    except (KeyError, ValueError):
        return None


def _mag(chain: str) -> float:
    f = 1.0
    for c in chain:
        f *= MAG.get(c, 1)  # (个 of 6个亿 multiplies by nothing)
    return f


@dataclass
class _Num:
    start: int
    end: int
    lo: float
    hi: float
    more: bool
    magnitude: bool  # carried a multiplier (万, 亿, w …)
    bare: bool  # only a magnitude (亿, 百万)
    percent: bool = False
    arabic: bool = False
    raw: str = ""


def _parse_num(m: re.Match) -> _Num | None:
    pct = bool(m.group("pct"))
    if m.group("ar"):
        ar = m.group("ar")
        v = float(ar.replace(",", "")) * _mag(m.group("armag"))
        more = bool(m.group("armore"))
        return _Num(m.start(), m.end(), v, v, more, bool(m.group("armag")), False, pct, True, ar)
    cn = m.group("cn")
    # a trailing 多/余 with nothing after could be a word (很多 is excluded by the regex start): keep as "more"
    parsed = _cn_value(cn)
    if parsed is None:
        return None
    lo, hi, more = parsed
    core = cn.replace("多", "").replace("余", "")
    bare = all(c in MAGS for c in core)
    return _Num(m.start(), m.end(), lo, hi, more, any(c in MAGS for c in core), bare, pct, False, cn)


def _pre_hedge(text: str, pos: int, bare: bool) -> tuple[int, str] | None:
    for h in PRE_HEDGE_ORDER:
        s = pos - len(h)
        if s >= 0 and text.startswith(h, s):
            if h == "上" and not bare:
                continue
            prev = text[s - 1] if s > 0 else ""
            if len(h) == 1 and prev and prev in NOT_HEDGE_AFTER.get(h, ""):
                continue
            return s, PRE_HEDGE[h]
    return None


# a store counted by its ordinal (这是该品牌的第46家门店)
ORDINAL_STORE = re.compile(r"家(?:门店|店|分店|直营店|酒店)")
# what follows a number that labels rather than counts: a street, a file, a building, a platform (号 but not 号称)
NUMBERED_AFTER = re.compile(r"号(?!称|召|令|码)|号楼|弄")


# the words before a signed change (同比-12%), whose sign its metric word (同比-) carries
CHANGE_SIGN = re.compile(r"(?:同比|环比)\s?$")


def _signed(text: str, s: int) -> bool:
    """A minus sign right before the number at s, after a word or a mark that opens a value (为-3200万元, 、-0.5亿元)."""
    return s >= 2 and text[s - 1] in "-−" and text[s - 2] in "为是:：、,，(（ 至"


def _blocked_left(text: str, s: int) -> bool:
    prev = text[s - 1] if s > 0 else ""
    if prev == "第":
        return True
    if prev == "-" and CHANGE_SIGN.search(text, max(0, s - 4), s - 1):
        return False  # 同比-12%: a signed change, not an id
    if _signed(text, s):
        return False  # 净利润分别为-3200万元: a negative amount, not an id
    if prev and (prev.isascii() and (prev.isalnum() or prev in "_/.#@&=\\-")):
        return True
    return False


def _list_marker(text: str, num: _Num) -> bool:
    """1) 1） 1、 (1) 1. — a small integer used to number a list item."""
    if not num.arabic or num.magnitude or num.more or num.lo >= 100 or "." in num.raw:
        return False
    nxt = text[num.end:num.end + 1]
    if nxt in (")", "）", "、"):
        return True
    if nxt == "." and not text[num.end + 1:num.end + 2].isdigit():
        before = text[max(0, num.start - 1):num.start]
        return before in ("", "\n", " ", "\t")
    return False


# a model's number after its Latin name and a space (Mate 80系列, iPhone 16 Pro, nova 15手机): a name, no figure
MODEL_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z]+ $")
MODEL_AFTER = re.compile(r"\s?(?:系列|Pro|Max|Ultra|Plus|mini|SE|手机|机型|车型|旗舰)")


def _model_number(text: str, num: _Num) -> bool:
    return (num.arabic and not num.magnitude and "." not in num.raw
            and MODEL_NAME_BEFORE.search(text, max(0, num.start - 16), num.start) is not None
            and MODEL_AFTER.match(text, num.end) is not None)


GLOSS = re.compile(r"[)）]|[(（][^()（）,，。;；\n]{1,12}[)）]")


def _after_gloss(text: str, a: int, b: int) -> int:
    """Where the text after a metric term at `a` goes on past a closing bracket the term stood in, or a gloss in
    brackets right after it; `a` when neither."""
    m = GLOSS.match(text, a, b)
    return m.end() if m else a


FRONTED_BEFORE = "\n。！？!?；;,， \t"  # what a clause-opening figure may follow


def _clause_clean(text: str, a: int, b: int) -> bool:
    return not any(c in CLAUSE_BREAK for c in text[a:b])


def _field_value(text: str, a: int, b: int) -> bool:
    """Only a form's colon between a `…时间` key and its value (创立时间:2009年)."""
    return text.endswith("时间", 0, a) and text[a:b].strip() in (":", "：")


@dataclass
class _Cand:
    start: int  # of the whole expression (hedge/currency)
    end: int
    num_start: int
    num_end: int
    lo: float
    hi: float
    comparator: str
    unit: str
    unit_kind: str  # "" when none
    growth: bool = False  # 翻倍 / 翻了N倍
    magnitude: bool = False
    arabic: bool = False
    year_like: bool = False
    explicit_range: bool = False
    counter: str = ""  # the classifier a count ends with (家, 杯)


def _scan_numbers(text: str, lex: Lexicon, blocked: list[tuple[int, int]]) -> list[_Cand]:
    out: list[_Cand] = []
    bstarts = [b[0] for b in blocked]

    def in_block(a: int, b: int) -> bool:
        i = bisect.bisect_right(bstarts, a) - 1
        for j in (i, i + 1):
            if 0 <= j < len(blocked) and blocked[j][0] < b and a < blocked[j][1]:
                return True
        return False

    for m in MULT_FIXED.finditer(text):
        n = m.group("n")
        v = 2.0 ** (CN_DIGIT[n] if n else 1)
        out.append(_Cand(m.start(), m.end(), m.start(), m.end(), v, v, "=", "times", "times", growth=True))
    for m in TENTHS.finditer(text):
        n = m.group("n")
        v = (CN_DIGIT[n] if n in CN_DIGIT else int(n)) * 10 + (5 if m.group("half") else 0)
        start, comparator = m.start(), "="
        h = _pre_hedge(text, start, False)
        if h:
            start, comparator = h
        out.append(_Cand(start, m.end(), m.start(), m.end(), v, v, comparator, "percent", "percent"))
    for m in COLLOQUIAL_PRICE.finditer(text):
        v = float(f"{m.group('yuan')}.{m.group('jiao')}")
        start, comparator = m.start(), "="
        h = _pre_hedge(text, start, False)
        if h:
            start, comparator = h
        out.append(_Cand(start, m.end(), m.start(), m.end(), v, v, comparator, "CNY", "currency", arabic=True))
    fixed_spans = [(c.start, c.end) for c in out]

    pos = 0
    while True:
        m = NUM_RE.search(text, pos)
        if not m:
            break
        pos = m.end()
        num = _parse_num(m)
        if num is None or in_block(num.start, num.end) or any(s < num.end and num.start < e for s, e in fixed_spans):
            continue
        if ((_blocked_left(text, num.start) and not ORDINAL_STORE.match(text, num.end)) or _list_marker(text, num)
                or _model_number(text, num)):
            continue  # (第46家门店: the 46th store counts 46)
        nxt = text[num.end:num.end + 1]
        if (nxt.isascii() and nxt.isalpha() and lex.unit_at(text, num.end) is None) or nxt == "后" \
                or text.startswith("年代", num.end):
            continue  # 5G, 4K, 90后, 80年代; a Latin unit (4.2GWh, 100MW) is not a glued letter
        if text.startswith("位数", num.end) or (num.raw.endswith("百") and text.startswith("分", num.end)):
            continue  # 两位数的增长, 数百分点: a number's digits and 百分, not an amount
        if text[num.start - 1:num.start] == "前" and text.startswith(("名", "强"), num.end):
            continue  # 前五名, 前十强: a rank, no amount
        if text.startswith(SPECIFICATION_UNITS, num.end):
            continue  # 12英寸晶圆, 5纳米工艺: a product's specification, no quantity of anything
        if num.arabic and not num.magnitude and NUMBERED_AFTER.match(text, num.end):
            continue  # 创业路18号, 〔2026〕118号, 3号楼: a house or file number, no amount
        if num.arabic and not num.magnitude and len(num.raw.replace(",", "").split(".")[0]) >= 9:
            continue  # phone numbers, ids
        end = num.end
        lo, hi, more = num.lo, num.hi, num.more
        signed = _signed(text, num.start) and not CHANGE_SIGN.search(text, max(0, num.start - 4), num.start - 1)
        if signed:
            lo, hi = -num.hi, -num.lo  # (同比-12% stays a decline of 12, its metric word carrying the sign)
        explicit_range = False
        percent = num.percent
        # a range: 3~5年, 10至20万, 30%-50%, and with the unit on both ends (20万元至30万元)
        r = RANGE_SEP.match(text, end)
        same_unit = ""
        if not r and not num.percent:
            u1 = lex.unit_at(text, end)
            r = RANGE_SEP.match(text, u1[1]) if u1 else None
            same_unit = u1[0] if r else ""
        if (r and r.group().strip(" %") in ("至", "到") and CHANGED_BY_BEFORE.search(text, max(0, num.start - 4), num.start)
                and (num.magnitude or num.percent or r.group("pct") or lex.unit_at(text, end))):
            r = None  # 起售价下调1.2万元至13.98万元: down by the first, to the second; no range (增长10至20亿元, the first
            # with no unit or magnitude of its own, is one)
        if r:
            m2 = NUM_RE.match(text, r.end())
            num2 = _parse_num(m2) if m2 else None
            if same_unit and num2 and (lex.unit_at(text, num2.end) or ("",))[0] != same_unit:
                num2 = None  # 20元至30万: not one range
            if num2 and num2.lo >= num.lo and not in_block(num2.start, num2.end):
                lo2, hi2 = num2.lo, num2.hi
                if not num.magnitude and num2.magnitude and not same_unit:
                    if num2.arabic:
                        chain = m2.group("armag")
                    else:
                        tail = re.search(r"[万亿]+$", num2.raw.replace("多", "").replace("余", ""))
                        chain = tail.group() if tail and not num2.bare else ""
                    lo_s = lo * _mag(chain)
                else:
                    lo_s = lo
                if lo2 > lo_s:
                    lo, hi = lo_s, hi2
                    end = num2.end
                    more = more or num2.more
                    explicit_range = True
                    percent = percent or num2.percent or bool(r.group("pct"))
                    pos = end
        # post hedge, unit, post hedge
        comparator = ""
        p = POST_HEDGE.match(text, end)
        if p and p.group("h") in ("多", "余", "+"):
            comparator = POST_COMP[p.group("h")]
            end = p.end()
        unit = unit_kind = counter = ""
        if percent:
            unit, unit_kind = "percent", "percent"
        u = lex.unit_after_re.match(text, end)
        if u and not percent:
            uu = lex.unit_after[u.group().strip().casefold()]
            unit, unit_kind = uu.unit, uu.kind
            counter = u.group().strip()
            end = u.end()
        elif u and percent and u.group().strip() in ("%",):
            end = u.end()
        p = POST_HEDGE.match(text, end)
        if p and not (p.group("h") in ("多", "余") and unit_kind in ("", "count")):
            comparator = POST_COMP[p.group("h")]
            end = p.end()
        # before: currency, hedge, 翻了
        start = num.start - 1 if signed else num.start
        if not unit_kind or unit_kind == "currency":
            for b, uu in lex.unit_before:
                # (a negative offset would read from the text's end: 0小红书£ has no £ before its 0)
                glued = start >= len(b) and text.startswith(b, start - len(b))
                if glued or (start > len(b) and text.startswith(b + " ", start - len(b) - 1)):
                    start = start - len(b) - (0 if glued else 1)
                    unit, unit_kind = uu.unit, uu.kind
                    break
        growth = False
        if unit_kind == "times":
            g = GROWTH_PREFIX.search(text, max(0, start - 3), start)
            if g:
                growth = True
                start = g.start()
        h = _pre_hedge(text, start, num.bare)
        if h:
            start, pre = h
            if not comparator or comparator in (">",) and pre in (">", ">="):
                comparator = pre
        if not num.arabic and not num.magnitude and not unit_kind:
            continue  # 三星, 一直: a Chinese digit with neither multiplier nor unit is part of a word
        if num.bare and not h and num.raw.replace("多", "").replace("余", "") in ("十", "百", "千", "万"):
            continue  # 万一, 千家万户: a lone magnitude needs a hedge (过万, 上千)
        if not comparator:
            comparator = ">" if more else ("~" if lo != hi and not explicit_range else "=")
        year_like = (num.arabic and not num.magnitude and not explicit_range and 1600 <= lo <= 2100
                     and lo == int(lo) and len(num.raw) == 4)
        out.append(_Cand(start, end, num.start, num.end, lo, hi, comparator, unit, unit_kind, growth,
                         num.magnitude, num.arabic, year_like, explicit_range, counter))
    out.sort(key=lambda c: c.start)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Metrics


@dataclass(frozen=True)
class _Term:
    start: int
    end: int
    metric: str


def _find_terms(text: str, lex: Lexicon, skip=lambda pos: False) -> list[_Term]:
    """Metric words, leftmost-longest, never starting inside a date (2020年营收 → 营收)."""
    out, pos = [], 0
    while True:
        first = lex.term_start_re.search(text, pos)
        if not first:
            return out
        m = lex.term_re.match(text, first.start())
        if not m:
            pos = first.start() + 1
            continue
        if skip(m.start()):
            pos = m.start() + 1
            continue
        out.append(_Term(m.start(), m.end(), lex.term_metric[m.group().casefold()]))
        pos = m.end()


# 营业收入:48.6亿元, a label and its value (bulleted results); 价格:30ml 299元, the size the price is for between
LABEL_COLON = re.compile(r"\s?[:：]\s?(?:\d+(?:\.\d+)?\s?(?:ml|mL|ML|g|kg|克|毫升|片|粒|支|袋)\s?)?")
# between a change in points and the rate it brought a ratio to (提升了1.3个百分点,达到24.6%; 提升1.2个百分点至36.5%)
POINTS_BROUGHT_TO = re.compile(r"\s?[,，]?\s?(?:达到|达|升至|降至|至|到)了?\s?")
LEVEL_REACHED = re.compile(r"\s?了?\s?(?:到|至)")
LEVEL_AFTER_CHANGE = re.compile(r"\d[^,，。;；]{0,8}(?:到|至)\s?$")
# between a level and the level it moved to (从1.2万人缩减至约3000人, 由2.1%提升到3.5%)
MOVED_TO = re.compile(r"\s?(?:大幅|进一步|逐步|快速)?(?:缩减|减少|下降|下滑|降低|降|增加|增长|提升|提高|上升|扩大|扩张|增|回落|攀升|"
                      r"缩水|萎缩|上调|下调|调升|调降|猛增|激增|飙升|跌|涨)?了?\s?(?:至|到)了?\s?"
                      r"(?:\d{4}年(?:底|末)?的?\s?|(?:目前|现在|如今|今年|去年底?|年底)的?\s?)?")
# (…增长到2025年的58亿元: the year of the level reached; 从高峰期的520家减少到了目前的380家: the time it stands at)
FOLLOWED_BY_NUMBER = re.compile(r"[^，,。；;！？!?\n]{0,3}?(?:\d|[一二两三四五六七八九十几数][十百千万亿])")


# metric units that count places or things, which a count of people (人, 名, 位, 人次) never measures
SITES_AND_THINGS = frozenset({"stores", "warehouses", "plants", "farms", "hospitals", "cities", "countries", "rooms", "products", "orders",
                              "vehicles", "items"})


def _compatible(lex: Lexicon, metric: Metric, c: _Cand) -> bool:
    if metric.kind == "founded" or c.unit_kind == "duration":
        return False
    mk = lex.metric_unit_kind(metric)
    if metric.kind == "change":
        return c.unit_kind in ("percent", "times")
    if c.unit_kind == "percent":
        return mk == "percent"
    if c.unit_kind == "currency":
        return mk == "currency"
    if c.unit_kind == "area":  # 店只有20平方米: a shop's size, not a count of shops (产能12亿平方米 is an output)
        return mk in ("area", "quantity")
    if c.unit == "shares":  # 向员工授予480万股: shares granted to employees do not count the employees
        return metric.unit == "shares"
    if c.unit == "people" and metric.unit in SITES_AND_THINGS:
        return False  # 入住民宿的游客达到12万人: people count the guests, not the homestays
    if c.unit_kind in ("count", "quantity"):  # 出货量4.2GWh in physical units; 年产能2万套 counting pieces
        if metric.counters and c.unit == "count" and not c.counter.endswith(metric.counters):
            return False
        return mk in ("count", "quantity")
    if c.unit_kind == "times":
        return True
    return mk != "percent"


def _pick_metric(text: str, lex: Lexicon, terms: list[_Term], tstarts: list[int], c: _Cand
                 ) -> tuple[Metric | None, _Term | None]:
    best = None  # (distance, side, term)
    change_fallback = None
    i = bisect.bisect_left(tstarts, c.start)
    # 有三个趋势: the classifier counts the noun after it, not a metric before it; a physical metric (年产能为2万套
    # 电池系统) still counts what it makes
    # (people, 1.2万人缩减至…, are the noun themselves)
    counts_noun = c.unit_kind == "count" and c.unit != "people" and _counts_other_noun(text, c.end, tstarts)
    # before the figure
    for j in range(i - 1, -1, -1):
        t = terms[j]
        gap = c.start - t.end
        if gap > 12:
            break
        if gap < 0:
            continue
        metric = lex.metrics[t.metric]
        # (a gloss in brackets after the term, or the term a gloss in brackets: ARR(年度经常性收入)突破…)
        after_gloss = _after_gloss(text, t.end, c.start)
        gap = c.start - after_gloss
        if gap > metric.before or not (_clause_clean(text, after_gloss, c.start)
                                       or LABEL_COLON.fullmatch(text, t.end, c.start)):
            continue
        if counts_noun and lex.metric_unit_kind(metric) != "quantity":
            continue
        if metric.kind == "change" and (LEVEL_REACHED.match(text, t.end, c.start)
                                        or LEVEL_AFTER_CHANGE.search(text, t.end, c.start)):
            continue  # 份额下滑至6.1%: the level it fell to, measured by the word before (份额), not a 6.1% fall
            # (…also after what it changed by: 毛利率提高2个百分点至35%)
        if _compatible(lex, metric, c):
            best = (gap, 0, t)
            break
        if metric.kind == "change" and change_fallback is None and not re.search("[到至为]", text[t.end:c.start]):
            change_fallback = t
    # after the figure
    for j in range(bisect.bisect_left(tstarts, c.end), len(terms)):
        t = terms[j]
        gap = t.start - c.end
        if gap > 8:
            break
        metric = lex.metrics[t.metric]
        if gap > metric.after or not _clause_clean(text, c.end, t.start):
            continue
        if not _compatible(lex, metric, c) or metric.kind == "change":
            continue
        if text.startswith(("品牌", "子品牌"), t.end):
            continue  # 三个酒店|品牌: brands of a kind counted, no hotels
        if (FOLLOWED_BY_NUMBER.match(text, t.end) and not text.startswith("以", t.end)
                and not (gap == 0 and metric.metric in ("countries", "cities"))):
            continue  # it introduces the next number (not a price it goes at: 70%股权|以42亿元转让; nor the places a
            # count is of, 在28个国家|拥有160家门店)
        if best is None or gap < best[0]:
            best = (gap, 1, t)
        break
    if best:
        return lex.metrics[best[2].metric], best[2]
    if change_fallback is not None and c.unit_kind in ("", "currency", "count"):
        return lex.metrics[change_fallback.metric], change_fallback
    return None, None


# what may stand between a clause break and a figure that continues the previous clause's metric; a forecast
# with its horizon (预计到2028年将突破…) continues it too
CONTINUATION = re.compile(r"^\s?(?:(?:交易|融资|投资|募资|总)?金额|平均|均|总计|合计|共计|计|折合|共|累计|已|已经|将|达|达到|为|是|高达|约为|超|约|也|其中|预计|预期|有望|"
                          r"目前|如今|现|现在|仅剩|只剩|仅有|只有|仅|剩|降至|减至|增至|"
                          r"到|至|在|报|收报|报收于?|\d{4}年(?:底|末|前|时)?|今年|明年|未来\d{1,2}年(?:内)?)*\s?$")


RANKED_AFTER = re.compile(r"\s?(?:的(?:份额|占比))?(?:位列|位居|排名|排在|名列|居于|居)")
AMOUNT_LEAD = re.compile(r"\s?(?:交易|融资|投资|募资|总)?金额")


def _metric_of_previous_clause(text: str, lex: Lexicon, terms: list[_Term], tstarts: list[int], c: _Cand
                               ) -> Metric | None:
    """去年营收创新高，达到10亿元 / 客单价更高，平均约为150元: a clause with no subject of its own continues the
    previous clause, whose last compatible metric word (near its end) is the figure's metric."""
    s = c.start
    while s > 0 and text[s - 1] not in CLAUSE_BREAK:
        s -= 1
    if s == 0 or text[s - 1] not in "，," or not CONTINUATION.match(text[s:c.start]):
        return None
    # 完成了A轮融资,由X领投,金额是1亿元: "the amount" reaches back over one more clause
    tries = 2 if AMOUNT_LEAD.match(text, s) else 1
    prev_end = s - 1
    for _ in range(tries):
        for j in range(bisect.bisect_left(tstarts, prev_end) - 1, -1, -1):
            t = terms[j]
            if prev_end - t.end > 8 or not _clause_clean(text, t.end, prev_end):
                break
            metric = lex.metrics[t.metric]
            if metric.kind != "change" and _compatible(lex, metric, c):
                return metric
        s = prev_end
        while s > 0 and text[s - 1] not in CLAUSE_BREAK:
            s -= 1
        if s == 0 or text[s - 1] not in "，,":
            return None
        prev_end = s - 1
    return None


LIST_ITEM_LINE = re.compile(LIST_MARK)
LIST_LEAD_END = re.compile(r"(?:[:：]|如下|分别是|分别为)\s*$")


def _metric_of_list_lead(text: str, lex: Lexicon, terms: list[_Term], tstarts: list[int], c: _Cand
                         ) -> Metric | None:
    """1. 瑞幸咖啡:22,340家 under 门店数排名前五的分别是: a numbered item whose line names no metric takes the metric
    its list's lead line names (the last compatible metric word of the line before the first item, which ends with
    a colon or 如下)."""
    line_start = text.rfind("\n", 0, c.start) + 1
    if not LIST_ITEM_LINE.match(text, line_start):
        return None
    first = bisect.bisect_left(tstarts, line_start)
    if first < len(tstarts) and tstarts[first] < c.start:
        return None  # (the item names its own metric)
    lead_start = lead_end = None
    while line_start > 0:  # up to the line before the first item, past blank lines (Markdown puts them around lists)
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if text[prev_start:line_start - 1].strip() and not LIST_ITEM_LINE.match(text, prev_start):
            lead_start, lead_end = prev_start, line_start - 1
            break
        line_start = prev_start
    if lead_start is None or not LIST_LEAD_END.search(text, lead_start, lead_end):
        return None
    return _last_compatible_metric(lex, terms, tstarts, c, lead_start, lead_end)


# an enumeration's lead inside the sentence (门店数排名前五的分别是:), and a figure in brackets after an item's name
INLINE_LIST_LEAD = re.compile(r"(?:分别是|分别为|依次是|依次为)[:：]?")
BRACKETED_FIGURE_OPEN = re.compile(r"[(（]\s*$")


def _metric_of_inline_list(text: str, lex: Lexicon, terms: list[_Term], tstarts: list[int], c: _Cand
                           ) -> Metric | None:
    """…门店数排名前五的分别是:瑞幸咖啡(21,343家)、库迪咖啡(7,860家): a figure in brackets after an item of an
    enumeration its sentence leads in takes the metric the lead names (the last compatible metric word before the
    lead, in the same sentence); no metric word may stand between the lead and the figure."""
    if not BRACKETED_FIGURE_OPEN.search(text, max(0, c.start - 3), c.start):
        return None
    sent_start = max(text.rfind(ch, 0, c.start) for ch in "。!！?？\n") + 1
    leads = list(INLINE_LIST_LEAD.finditer(text, sent_start, c.start))
    if not leads:
        return None
    lead = leads[-1]
    first = bisect.bisect_left(tstarts, lead.end())
    if first < len(tstarts) and tstarts[first] < c.start:
        return None  # (an item that names its own metric)
    return _last_compatible_metric(lex, terms, tstarts, c, sent_start, lead.start())


def _last_compatible_metric(lex: Lexicon, terms: list[_Term], tstarts: list[int], c: _Cand, start: int, end: int
                            ) -> Metric | None:
    """The last metric word between start and end, no word of change, that fits the figure `c` (a list's lead line,
    an answer's question)."""
    for j in range(bisect.bisect_left(tstarts, end) - 1, -1, -1):
        t = terms[j]
        if t.start < start:
            break
        metric = lex.metrics[t.metric]
        if metric.kind != "change" and _compatible(lex, metric, c):
            return metric
    return None


# a transcript's turn label at a line's start (章骕: , 答:)
TURN_OPENING = re.compile(r"[ \t]*[^\s:：,，。]{1,12}[:：][ \t]*")
# what may follow the number in an answer that only gives the count (…1126家, / …1126家左右。)
ANSWER_COUNT_END = re.compile(r"(?:左右|上下|出头|多)?(?:了)?(?:[,，。;；!！?？]|\s|$)")
# a question that asks for a count or an amount
HOW_MANY = re.compile(r"多少|几(?:家|个|款|位|名|万|千|百|十)|多大|规模")
# what may stand before the number in an answer that only gives the count (截至11月底是, 现在大概有, 一共)
BARE_ANSWER = re.compile(r"(?:(?:截至|截止到?)[^,，:：。]{1,10}?|目前|现在|现|如今|今年|去年|大概|大约|差不多|一共|总共|共|已经|已)*"
                         r"(?:是|有|为|开了|达到|到了)?(?:大概|大约|约|近|将近|接近|超过|不到)?")


def _metric_of_question(text: str, lex: Lexicon, terms: list[_Term], tstarts: list[int], c: _Cand) -> Metric | None:
    """记者:现在有多少家门店? / 章骕:截至11月底是1126家: a count in an answer's first clause that names no metric takes
    the last compatible metric word of the question on the line before (a line ending with a question mark)."""
    line_start = text.rfind("\n", 0, c.start) + 1
    label = TURN_OPENING.match(text, line_start, c.start)
    if label is None or not BARE_ANSWER.fullmatch(text, label.end(), c.start):
        return None  # (the answer names what it counts itself: 合作的供应商有86家)
    if not ANSWER_COUNT_END.match(text, c.end):
        return None  # (…or after the number: 有两个大的转折点)
    prev_end = line_start - 1
    while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip():
        prev_end = text.rfind("\n", 0, prev_end)  # (past blank lines: Markdown sets turns apart with them)
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    if prev_end <= 0 or not text[prev_start:prev_end].rstrip().endswith(("?", "？")) or not HOW_MANY.search(
            text, prev_start, prev_end):
        return None  # (a question that asks how many or how much: 现在有多少家门店?)
    return _last_compatible_metric(lex, terms, tstarts, c, prev_start, prev_end)


# a verb of change after a count (1200家扩大至5000家): the count is a level, no noun follows it
LEVEL_VERB_AFTER = re.compile(r"(?:扩大|扩张|增加|增至|增长|提升|提高|上升|升至|缩减|减少|下降|降至|达到)")


def _counts_other_noun(text: str, pos: int, tstarts: list[int]) -> bool:
    nxt = text[pos:pos + 1]
    if not nxt or not "\u4e00" <= nxt <= "\u9fff" or nxt == "的" or LEVEL_VERB_AFTER.match(text, pos):
        return False
    if (joined := FIGURE_LIST_JOINER.match(text, pos)) and text[joined.end():joined.end() + 1].isdigit():
        return False  # (12万件和8.6万件: the next figure of a list, not a noun the classifier counts)
    j = bisect.bisect_left(tstarts, pos)
    return not (j < len(tstarts) and tstarts[j] == pos)


def _clause(text: str, a: int, b: int) -> str:
    s = a
    while s > 0 and text[s - 1] not in CLAUSE_BREAK:
        s -= 1
    e = b
    while e < len(text) and text[e] not in CLAUSE_BREAK:
        e += 1
    return text[s:e]


# ---------------------------------------------------------------------------------------------------------------
# The matcher


def _values(lo: float, hi: float, comparator: str) -> dict:
    lo, hi = float(f"{lo:.12g}"), float(f"{hi:.12g}")  # 8.8亿 → 880000000.0, not …0000001
    if comparator in (">", ">="):
        return {"min_value": lo}
    if comparator in ("<", "<="):
        return {"max_value": hi}
    if lo == hi:
        return {"value": lo}
    return {"min_value": lo, "max_value": hi}


def _inside_date(dates: list[DateSpan], dstarts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(dstarts, pos) - 1
    return i >= 0 and dates[i].start <= pos < dates[i].end


def _nearest_date(dates: list[DateSpan], sent: tuple[int, int], a: int, b: int) -> str:
    best = None
    for d in dates:
        if not d.norm or d.end <= sent[0] or d.start >= sent[1] or (d.start < b and a < d.end):
            continue
        dist = a - d.end if d.end <= a else d.start - b
        if best is None or dist < best[0]:
            best = (dist, d.norm)
    return best[1] if best else ""


def find_figures(text: str, keep_all: bool = False, lexicon: Lexicon | None = None,
                 names: list[tuple[int, int]] = ()) -> list[Figure]:
    """Figures in `text` (offsets index `text`). `keep_all` also returns durations and bare small counts that
    are not reported by default (they are rarely facts about an entity). A metric word inside one of `names`
    (char spans of the names found) is part of the name, not a metric (汐岭投资认购2000万美元: no investment)."""
    lex = lexicon or default_lexicon()
    norm = text.translate(WIDTH)  # one character for one: offsets stay valid
    dates = find_dates(norm)
    blocked = [(d.start, d.end) for d in dates]
    dstarts = [d.start for d in dates]
    names = sorted(names)
    nstarts = [a for a, _ in names]

    def inside_name(pos: int) -> bool:
        k = bisect.bisect_right(nstarts, pos) - 1
        return k >= 0 and names[k][0] < pos < names[k][1]

    def within_name(start: int, end: int) -> bool:
        k = bisect.bisect_right(nstarts, start) - 1
        return k >= 0 and names[k][0] <= start and end <= names[k][1]

    terms = _find_terms(norm, lex, lambda pos: _inside_date(dates, dstarts, pos) or inside_name(pos))
    tstarts = [t.start for t in terms]
    sents, s0 = [], 0
    for m in SENT_BREAK.finditer(norm):
        sents.append((s0, m.end()))
        s0 = m.end()
    sents.append((s0, len(norm)))
    sstarts = [s for s, _ in sents]

    def sentence_of(pos: int) -> tuple[int, int]:
        return sents[max(0, bisect.bisect_right(sstarts, pos) - 1)]

    cands = _scan_numbers(norm, lex, blocked)
    picked = [_pick_metric(norm, lex, terms, tstarts, c) for c in cands]
    # figures joined by 和/、/及 share the metric word after the last (处以182亿元和34亿元罚款)
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        if (picked[k][0] is None and picked[k + 1][0] is not None and c.unit_kind == nxt.unit_kind
                and COORDINATOR.fullmatch(norm, c.end, nxt.start) and picked[k + 1][1] is not None
                and picked[k + 1][1].start >= nxt.end):
            picked[k] = (picked[k + 1][0], None)
    # a count whose noun is left out because the previous clause named it (A有3万多家门店，B也有9000多家): the
    # same classifier, one clause on, counts the same thing
    for k in range(1, len(cands)):
        c, prev = cands[k], cands[k - 1]
        metric = picked[k - 1][0]
        if (picked[k][0] is None and metric is not None and c.unit_kind == prev.unit_kind == "count"
                and norm[c.end - 1] == norm[prev.end - 1] and ELLIPSIS_GAP.fullmatch(norm, prev.end, c.start)
                and _compatible(lex, metric, c)):
            picked[k] = (metric, None)
    # the level a figure moved to measures what the level it moved from did (员工人数从1.2万人缩减至约3000人)
    for k in range(1, len(cands)):
        c, prev = cands[k], cands[k - 1]
        metric = picked[k - 1][0]
        if (picked[k][0] is None and metric is not None and metric.kind != "change" and c.unit_kind == prev.unit_kind
                and MOVED_TO.fullmatch(norm, prev.end, c.start) and _compatible(lex, metric, c)):
            picked[k] = (metric, None)
    # the rate a change in points brought a ratio to (毛利率环比提升了1.3个百分点,达到24.6%; 同比提升1.2个百分点至36.5%):
    # what the ratio named before the change measures
    for k in range(1, len(cands)):
        c, prev = cands[k], cands[k - 1]
        change = picked[k - 1][0]
        if (picked[k][0] is None and change is not None and change.kind == "change" and c.unit_kind == "percent"
                and norm.startswith("个百分点", prev.end - 4) and POINTS_BROUGHT_TO.fullmatch(norm, prev.end, c.start)):
            j = bisect.bisect_left(tstarts, prev.start) - 1
            while j >= 0 and lex.metrics[terms[j].metric].kind == "change" and prev.start - terms[j].end <= 4:
                j -= 1  # (past the change's own words, 同比, 环比)
            ratio = lex.metrics[terms[j].metric] if j >= 0 else None
            if (ratio is not None and ratio.kind == "measure" and prev.start - terms[j].end <= 8
                    and _clause_clean(norm, terms[j].end, prev.start) and _compatible(lex, ratio, c)):
                picked[k] = (ratio, None)
    # a rank's share among others ranked (A以49%的市场份额位居第一,B以18%位列第二): what the earlier rank measured
    for k in range(1, len(cands)):
        c = cands[k]
        if picked[k][0] is not None or not norm.endswith("以", 0, c.start) or not RANKED_AFTER.match(norm, c.end):
            continue
        for j in range(k - 1, -1, -1):
            prev, metric = cands[j], picked[j][0]
            if any(x in norm[prev.end:c.start] for x in "。!?！？\n"):
                break
            if metric is not None and prev.unit_kind == c.unit_kind and _compatible(lex, metric, c):
                picked[k] = (metric, None)
                break
    figures: list[Figure] = []
    money_end, money_unit = -1, "CNY"  # where the last amount of money ended, and its currency: a bare magnitude
    # right after it is money in that currency too
    for c, (metric, term) in zip(cands, picked):
        if within_name(c.num_start, c.end):
            continue  # 丰禾668, 36氪: a number that is part of a name
        if metric is None and c.unit_kind != "duration":
            metric = (_metric_of_previous_clause(norm, lex, terms, tstarts, c)
                      or _metric_of_list_lead(norm, lex, terms, tstarts, c)
                      or _metric_of_question(norm, lex, terms, tstarts, c)
                      or _metric_of_inline_list(norm, lex, terms, tstarts, c))
        if c.growth:
            metric, term = lex.metrics.get("growth"), None
        if metric is not None:
            metric = next((mm for mm in lex.metrics.values() for other, after in mm.instead_of
                           if other == metric.metric and after.match(norm, c.end)), metric)
        if metric is not None and metric.in_context:
            sentence = norm[max(norm.rfind(ch, 0, c.start) for ch in "。!?！？\n") + 1:c.start]
            metric = next((lex.metrics[other] for other, named in metric.in_context
                           if other in lex.metrics and named.search(sentence)), metric)
        if metric is None:
            before = norm[max(0, c.start - LEAD_WINDOW):c.start]
            # (a bare magnitude takes no metric from what comes before it: 今年应该能到12亿左右 counts nothing named)
            metric = next((mm for mm in lex.leads if any(p.search(before) for p in mm.lead)
                           and _compatible(lex, mm, c) and c.unit_kind), None)
        if metric is None:
            metric = next((mm for mm in lex.trails if any(p.match(norm, c.end) for p in mm.trail)
                           and _compatible(lex, mm, c)), None)
        if metric is None and c.unit_kind in ("", "count"):
            clause = _clause(norm, c.start, c.end)
            for mm in lex.metrics.values():
                if mm.patterns and any(p.search(clause) for p in mm.patterns):
                    metric = mm
                    break
        unit = c.unit
        if metric is not None and (not unit or c.unit_kind == "count" and lex.metric_unit_kind(metric) == "count"):
            unit = metric.unit
        # (做到了9个亿: 个 before 亿 is how an amount of money is said; …今年应该能到12亿: the same, after it)
        said = norm[c.start:c.end]
        said_money = not c.unit_kind and metric is None and c.magnitude and "亿" in said and (
            "个亿" in said or 0 <= money_end and MONEY_GOES_ON.fullmatch(norm, money_end, c.start))
        if said_money:
            unit = "CNY" if "个亿" in said else money_unit  # (money_unit is CNY whenever no money came before)
        if not keep_all:
            if c.unit_kind == "duration":
                continue
            if (metric is None and c.unit_kind in ("", "count") and not (c.unit_kind == "count" and c.lo >= 100)
                    and not said_money):
                continue
            if c.year_like and not c.unit_kind:
                continue
            if metric is not None and c.unit_kind in ("", "count") and c.hi < 2 and not c.magnitude:
                continue  # 一个粉丝
            if metric is None and not c.arabic and not c.magnitude and c.unit_kind not in ("percent", "times"):
                continue  # 二元对立, 三家: small Chinese numerals make figures only with a metric
        elif not c.unit_kind and metric is None:
            continue
        start, end = c.start, c.end
        if term is not None:
            if term.end <= start and start - term.end <= 3:
                start = term.start
            elif term.start >= end and term.start - end <= 2:
                end = term.end
        sent = sentence_of(c.num_start)
        money_end, money_unit = (c.end, unit) if c.unit_kind == "currency" or said_money else (-1, "CNY")
        figures.append(Figure(
            start=start, end=end, text=text[start:end], comparator=c.comparator, unit=unit,
            metric=metric.metric if metric else "", date=_nearest_date(dates, sent, c.start, c.end),
            **_values(c.lo, c.hi, c.comparator)))
    figures.extend(_founded(text, norm, lex, dates, terms, tstarts))
    tables = find_tables(norm)
    if tables:
        # a table's header names metrics and units (估值(亿元)), never a figure of its own
        headers = [(h.start, h.end) for t in tables for h in t.header]
        figures = [f for f in figures if not any(a < f.end and f.start < b for a, b in headers)]
        # a column's header names what its cells measure: it replaces a cell read with no metric of its own (85%)
        column = _table_figures(text, lex, tables, [(f.start, f.end) for f in figures if f.metric])
        figures = [f for f in figures if f.metric or not any(c.start < f.end and f.start < c.end for c in column)]
        figures.extend(column)
    figures.sort(key=lambda f: (f.start, f.end))
    return _parallel_metrics(norm, figures)


# what may come between an amount of money and a bare magnitude that goes on in its terms (9个亿,今年应该能到12亿)
MONEY_GOES_ON = re.compile(r"[^。!?！？;；\n\d]{0,14}")

# ,饿了么约为20%,京东外卖约为10%: a clause that gives another name and a number in the words of the clause before
PARALLEL_CLAUSE = re.compile(r"^[,，、;；]\s?[^,，。;；!?！？\n\d]{1,10}?(?:约为|约|为|达|达到|占|是|则为|则是|仅为|则)?\s?$")


def _parallel_metrics(text: str, figures: list[Figure]) -> list[Figure]:
    """A figure with no metric word of its own in a clause parallel to the one before (美团的份额约为70%,饿了么
    约为20%) measures what the figure before it measures, when both have the same unit."""
    out: list[Figure] = []
    for f in figures:
        prev = out[-1] if out else None
        if (not f.metric and prev is not None and prev.metric and prev.unit == f.unit
                and PARALLEL_CLAUSE.match(text[prev.end:f.start])):
            f = replace(f, metric=prev.metric)
        out.append(f)
    # …and the metric written before the first (营收分别为5.2亿元、11.8亿元和21.3亿元; with half-width commas,
    # 18.2亿元,23.6亿元和29.4亿元, when a 和 ends the run)
    for k in range(1, len(out)):
        f, prev = out[k], out[k - 1]
        if not f.metric and prev.metric and f.unit == prev.unit and (
                FIGURE_LIST_JOINER.fullmatch(text, prev.end, f.start) or _comma_in_figure_list(text, out, k - 1)):
            out[k] = replace(f, metric=prev.metric)
    # the items of a list of figures (分别以17.2%、11.4%和8.9%的份额) share the metric written after the last
    for k in range(len(out) - 2, -1, -1):
        f, nxt = out[k], out[k + 1]
        if not f.metric and nxt.metric and f.unit == nxt.unit and FIGURE_LIST_JOINER.fullmatch(text, f.end, nxt.start):
            out[k] = replace(f, metric=nxt.metric)
    return out


FIGURE_LIST_JOINER = re.compile(r"\s?(?:、|和|及|与|以及)\s?")
FIGURE_LIST_COMMA = re.compile(r"\s?[,，]\s?")


def _comma_in_figure_list(text: str, figures: list[Figure], k: int) -> bool:
    """Figure k and the next are joined by a comma in a run of figures of one unit that a 和 (or 、…) ends."""
    for j in range(k, len(figures) - 1):
        a, b = figures[j], figures[j + 1]
        if a.unit != b.unit:
            return False
        if FIGURE_LIST_JOINER.fullmatch(text, a.end, b.start):
            return j > k
        if not FIGURE_LIST_COMMA.fullmatch(text, a.end, b.start):
            return False
    return False


RANK_HEADER = re.compile(r"排名|名次|序号|排序|位次|No\.?|#")
HEADER_UNIT = re.compile(r"[(（]([^)）]{1,8})[)）]|[/／]([^/／]{1,8})$")
HEADER_MAGNITUDE = re.compile(f"[{MAGS}]+")  # 亿元, 万辆, 千万美元: the magnitude written before the unit


TABLE_UNIT_NOTE = re.compile(r"单位[:：]\s*([^\s)）,，;；]{1,6})")


def _table_figures(text: str, lex: Lexicon, tables: list[Table], taken: list[tuple[int, int]]) -> list[Figure]:
    """Numbers in the columns of a plain-text table whose header names a metric or a unit (估值(亿元), 营收/亿元,
    增速(%)): each is a figure of its row, the unit and magnitude written once in the header."""
    out = []
    for table in tables:
        # (a unit the title or a note above the table states for all of it: …营收排名(单位:亿元))
        above = text[max(0, table.header[0].start - 80):table.header[0].start]
        stated = TABLE_UNIT_NOTE.findall(above)
        for k, head in enumerate(table.header):
            if RANK_HEADER.search(head.text):
                continue
            terms = _find_terms(head.text, lex)
            metric = lex.metrics[terms[0].metric] if terms else None
            m = HEADER_UNIT.search(head.text)
            unit_text = next((g for g in m.groups() if g), "") if m else ""
            if not unit_text and stated and metric is not None and metric.kind != "change":
                unit_text = stated[-1]
            factor = 1.0
            if mags := HEADER_MAGNITUDE.match(unit_text):
                for ch in mags.group():
                    factor *= MAG[ch]
                unit_text = unit_text[mags.end():]
            found = lex.unit_at(unit_text, 0) if unit_text else None
            unit = found[0] if found else ""
            if metric is None and not unit:
                continue
            for row in table.rows:
                cell = row[k]
                if not NUMBER_CELL.fullmatch(cell.text) or any(a < cell.end and cell.start < b for a, b in taken):
                    continue
                value = float(cell.text.replace(",", "").rstrip("%")) * factor
                cell_unit = "percent" if cell.text.endswith("%") else unit or (metric.unit if metric else "")
                metric_id = metric.metric if metric else ""
                if value < 0 and metric is not None and metric.kind == "change":
                    # growth and decline keep positive values; the metric carries the sign (增速 -3 → decline 3)
                    value, metric_id = -value, "decline" if metric_id == "growth" else "growth"
                out.append(Figure(start=cell.start, end=cell.end, text=text[cell.start:cell.end], comparator="=",
                                  unit=cell_unit, metric=metric_id, date="", **_values(value, value, "=")))
    return out


def _founded(text: str, norm: str, lex: Lexicon, dates: list[DateSpan], terms: list[_Term],
             tstarts: list[int]) -> list[Figure]:
    out = []
    for d in dates:
        if d.year is None or not d.norm or d.norm[0] == "F":
            continue
        if re.match(r"\s?(?:出生|生人|生)", norm[d.end:d.end + 3]):
            continue
        best = None
        i = bisect.bisect_left(tstarts, d.start)
        for j in range(i - 1, max(-1, i - 4), -1):
            t = terms[j]
            m = lex.metrics[t.metric]
            gap = d.start - t.end
            if m.kind == "founded" and 0 <= gap <= min(m.before, 4) and (
                    _clause_clean(norm, t.end, d.start) or _field_value(norm, t.end, d.start)):
                best = (gap, t, m)
                break
        # (2022年由前X市场总监Y创立: the founder and their title stand between the year and the word; so do the
        # co-founders, 2020年和两位同学一起创办的)
        agent = AGENT_AFTER_YEAR if AGENT_AFTER_YEAR_START.match(norm, d.end) else 0
        for j in range(i, min(len(terms), i + 4)):
            t = terms[j]
            m = lex.metrics[t.metric]
            gap = t.start - d.end
            # (a year fronted before its clause's comma dates what the clause does: 2020年,X在上海创办Y)
            lead = d.end + 1 if norm.startswith(",", d.end) and (d.start == 0 or norm[d.start - 1] in FRONTED_BEFORE) else d.end
            if m.kind == "founded" and 0 <= gap <= m.after + agent and _clause_clean(norm, lead, t.start) and not (
                    FIRST_SHOP_ELSEWHERE.match(norm, t.end)):
                if best is None or gap < best[0]:
                    best = (gap, t, m)
                break
        if best is None:
            continue
        gap, t, m = best
        start, end = min(t.start, d.start), max(t.end, d.end)
        if t.start > d.end and gap > m.after:
            start, end = d.start, d.end  # (the year alone: the founder named between is no subject of it)
        out.append(Figure(start=start, end=end, text=text[start:end], value=float(d.year), comparator="=",
                          unit=m.unit, metric=m.metric, date=d.norm))
    return out


# (the first shop of a kind or in a place after the chain began is no founding: 2023年开出了第一家海外门店)
FIRST_SHOP_ELSEWHERE = re.compile(r"(?:外地|省外|旗舰|线下|快闪|社区|县城|[\u4e00-\u9fff]{0,4}(?:海外|境外|国外))")
# (…or the ones it was founded with: 2020年和两位同学一起创办的; 2020年我和前同事X一起创立了Y, told by a founder)
AGENT_AFTER_YEAR_START = re.compile(r"\s?(?:时)?(?:我|他|她)?(?:由|和|与|跟|同)")
AGENT_AFTER_YEAR = 10  # characters more a founder's name and title may take
NAME_LABELS = ("ORG", "PERSON")  # (a brand is an ORG span until resolution)


class FigureMatcher:
    """Sets `doc._.figures`: a list of `Figure` whose offsets index `doc.text`."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_LABELS]
        doc._.figures = find_figures(doc_text(doc), lexicon=self.lexicon, names=names)
        return doc


@Language.factory("kg_figures")
def make_figure_matcher(nlp: Language, name: str) -> FigureMatcher:
    return FigureMatcher()

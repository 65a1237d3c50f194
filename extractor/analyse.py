"""One document through cleaning and the spaCy pipeline, back to records whose offsets index the original."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from .clean import TURN_LABEL, clean_text
from .gazetteer import common_words, countries, default_gazetteer, dictionary_pieces, normalise_name
from .records import Analysis, CleanText, Document, Mention, Sentence


# (a work with a title of its own, PRODUCT in the pipeline: 《岚境》, a game; in the graph a brand like any product's)
LABELS = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "PRODUCT": "BRAND"}


# Long texts go through spaCy in pieces of at most this many characters, cut at line breaks (else after
# sentence punctuation): spaCy refuses texts over 1M characters and its Chinese tokenizer's alignment is
# quadratic in the text length, so a 10 MB single-line file would never finish in one piece.
CHUNK = 100_000
_CUT = re.compile(r"\n|[。！？!?；;]")


def _chunks(text: str, size: int = CHUNK) -> list[str]:
    out, pos = [], 0
    while len(text) - pos > size:
        window = text[pos:pos + size]
        cut = window.rfind("\n") + 1
        if cut < size // 2:  # no line break in the second half: after the last sentence end, else hard
            ends = [m.end() for m in _CUT.finditer(window, size // 2)]
            cut = ends[-1] if ends else size
        out.append(text[pos:pos + cut])
        pos += cut
    out.append(text[pos:])
    return out


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, in pieces for long texts; the pieces are joined back into one Doc (same text, tokens,
    entities and sentence starts) and their figures shifted to the joined offsets."""
    if len(text) <= CHUNK:
        return nlp(text)
    pieces = _chunks(text)
    docs = list(nlp.pipe(pieces))
    figures, hints, offset = [], set(), 0
    for piece, d in zip(pieces, docs):
        figures.extend(replace(f, start=f.start + offset, end=f.end + offset) for f in d._.figures or ())
        hints.update((s + offset, e + offset) for s, e in d._.brand_hints or ())
        offset += len(piece)
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])
    doc._.figures = figures
    doc._.brand_hints = hints
    return doc


def analyse(document: Document, nlp: Language) -> Analysis:
    clean = clean_text(document.text)
    return doc_to_analysis(document, clean, make_doc(nlp, clean.text))


def doc_to_analysis(document: Document, clean: CleanText, doc: Doc) -> Analysis:
    text = document.text
    sentences = _sentences(doc, clean)
    sent_starts = [s.start for s in sentences]

    def sentence_of(orig_start: int) -> int:
        lo, hi = 0, len(sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sent_starts[mid] <= orig_start:
                lo = mid
            else:
                hi = mid - 1
        return lo if sentences else -1

    mentions = []
    hints = doc._.brand_hints or set()
    markup = [(d.start, d.end) for d in clean.dropped if d.reason == "markup"]
    for ent in doc.ents:
        # (a brand hint names a brand among organisations; a person a cue settled on stays a person: 主播"X"自创品牌)
        label = ("BRAND" if (ent.start_char, ent.end_char) in hints and ent.label_ != "PERSON"
                 else LABELS.get(ent.label_))
        if not label:
            continue
        start, end = clean.to_original(ent.start_char, ent.end_char)
        surface = text[start:end]
        if markup and any(start < b and a < end for a, b in markup):
            # (a name the cleaner read through markup, H&amp;M: the name without it, as the text means it)
            surface = "".join(c for p, c in enumerate(surface, start) if not any(a <= p < b for a, b in markup))
        mentions.append(Mention(start, end, surface, label, ent.ent_id_, _source(ent), sentence_of(start),
                                normalise_name(ent.text)))
    mentions = _without_country_prefix(mentions)
    figures = []
    for fig in doc._.figures or ():
        start, end = clean.to_original(fig.start, fig.end)
        figures.append(replace(fig, start=start, end=end, text=text[start:end], sentence=sentence_of(start)))
    return Analysis(document, sentences, mentions, figures, clean.dropped, clean.view)


# a university after its country (美国斯坦福大学, 英国伦敦大学学院), not one named after its country's state
# (新加坡国立大学, 韩国外国语大学)
_UNIVERSITY_AFTER_COUNTRY = re.compile(r"(?!国立|国家|皇家|外国|中央|联邦)[\u4e00-\u9fff]{2,8}(?:大学|学院)")


# a kind of company between a country and the company's name (美国|邮轮公司|嘉年华集团)
_DESCRIBED_AFTER_COUNTRY = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,6}?(?:公司|企业|巨头|厂商))"
                                      r"(?P<name>[\u4e00-\u9fff]{2,8}(?:集团|公司|银行|控股))")
# the word a company's name ends with after a foreign name written in sounds (意大利|芬坎蒂尼|集团)
_ORG_END = re.compile(r"(?:集团公司|控股集团|集团|公司|银行|控股)$")


def _words_of(text: str) -> list[str]:
    """`text` cut into the dictionary's longest words, left to right (single characters where none fits)."""
    return [piece for piece, _ in dictionary_pieces(text, longest=6, min_freq=0)]


def _is_word(text: str) -> bool:
    return text in common_words()


def _transliterated_company(rest: str) -> bool:
    """A foreign name written in sounds and an organisational word (芬坎蒂尼集团): no two characters of the name are a
    word the dictionary knows, so the country before it is no part of it (中国银行, 英国石油 and 日本航空 are)."""
    m = _ORG_END.search(rest)
    core = rest[:m.start()] if m else ""
    return len(core) >= 3 and all(len(w) == 1 for w in _words_of(core)) and not any(
        _is_word(core[i:i + 2]) for i in range(len(core) - 1))


# legal forms a Japanese company's registered name ends with (东丽株式会社): the name in full, no country in it
_JAPANESE_LEGAL_FORMS = ("株式会社", "有限会社", "合同会社")


def _registered_abroad(rest: str) -> bool:
    """A name of two characters or more and a Japanese company's legal form (日本|东丽株式会社)."""
    return rest.endswith(_JAPANESE_LEGAL_FORMS) and len(rest) - 4 >= 2


_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+)*")


def _without_country_prefix(mentions: list[Mention]) -> list[Mention]:
    """A guessed organisation written with its country in front (新加坡澧川银行) when the text also names it
    without (澧川银行), a paper after its country (英国《卫报》) or a university after it (美国斯坦福大学): the
    country and the organisation, as the graph keeps them (located_in links them later). The corpora annotate such
    a span whole, which is why the NER stage leaves it so."""
    named = {m.text for m in mentions if m.label in ("ORG", "BRAND")}
    out = []
    for m in mentions:
        country = next((c for c in countries() if m.text.startswith(c)), None) if m.label == "ORG" and not m.ent_id \
            else None
        rest = m.text[len(country):] if country else ""
        # (…and a paper by its title after its country, 英国《卫报》: the title without its marks)
        titled = rest.startswith("《") and rest.endswith("》") and len(rest) > 2
        # (…and a company described before its name, 美国邮轮公司|嘉年华集团: the name alone)
        described = _DESCRIBED_AFTER_COUNTRY.fullmatch(rest) if country else None
        if described and all(_is_word(w) for w in _words_of(described.group("kind"))):
            country, rest = country + described.group("kind"), described.group("name")
        # (…or a company the gazetteer knows after it, 美国百思买, 荷兰菲仕兰; not one only an everyday word names)
        known = default_gazetteer().lookup(rest) if country and len(rest) >= 2 else None
        if known is not None and (known.type not in ("ORG", "BRAND") or known.confirms_only(rest)):
            known = None
        if country and (titled or (len(rest) >= 2 and rest in named) or _UNIVERSITY_AFTER_COUNTRY.fullmatch(rest)
                        or described or _transliterated_company(rest) or _registered_abroad(rest)
                        or _LATIN_NAME.fullmatch(rest) or known):  # (荷兰ASML: a Latin name after its country)
            place = country[:len(country) - len(described.group("kind"))] if described else country
            entry = default_gazetteer().lookup(place)
            cut = m.start + len(country)
            name = rest[1:-1] if titled else rest
            out.append(replace(m, end=m.start + len(place), text=place, label="GPE", ent_id=entry.id if entry else "",
                               norm=normalise_name(place)))
            out.append(replace(m, start=cut + titled, end=m.end - titled, text=name, norm=normalise_name(name),
                               ent_id=known.id if known else m.ent_id))
        else:
            out.append(m)
    return out


def _source(ent) -> str:
    """Where a mention's identity comes from: a gazetteer id, a link to another name, or the text alone."""
    if ent.ent_id_.startswith("~"):
        return "linked"
    return "gazetteer" if ent.ent_id_ else "text"


ROLE_SPEAKERS = {"问", "答", "Q", "A", "记者", "主持人", "编者", "嘉宾", "分析师", "提问", "投资者"}
# a role after its organisation (中金公司分析师:, 某机构投资者:) is a role speaker too
ROLE_SPEAKER_ENDS = ("记者", "主持人", "分析师", "投资者")
# …and a role before a name (主持人小鷾:, 记者小林:) is that role's turn
ROLE_SPEAKER_STARTS = ("主持人", "记者")
# a headline that names whom it talks to before a colon (对话X创始人Y:入住率做到75%…) is no turn of Y's
HEADLINE_OPENINGS = ("对话", "专访", "访谈", "对谈", "独家对话", "独家专访", "深度对话", "面对面")


# a bullet opening a list item (●, ■, •, or - and * before a space as Markdown writes them)
# (…or a number before a name and a dash before its description: "1. 琇山咖啡 —— 成立于…"; a name and a colon,
# "1. X:…", keeps its number, which tells the item from a speaker's turn)
LIST_BULLET = re.compile(r"(?:[●■◆◇▶►•▪○□★☆]|[-*·](?=[ \t])|\d{1,2}(?:[.、](?!\d)|[)）])(?=[ \t]*[^\s:：,，。]{2,10}?[ \t]*(?:——|—|--)))"
                         r"[ \t]*(?=\S)")


def _sentences(doc: Doc, clean: CleanText) -> list[Sentence]:
    """Sentences with original offsets. In a transcript, a line opening with `name:` starts a turn; the
    speaker holds for the following lines until the next turn."""
    people = {e.text for e in doc.ents if e.label_ in ("PERSON", "PER")}
    out = []
    speaker = None
    text = clean.text
    first_content = len(text) - len(text.lstrip())
    for sent in doc.sents:
        body = sent.text
        lead = len(body) - len(body.lstrip())
        trail = len(body) - len(body.rstrip())
        if lead == len(body):
            continue
        s_char, e_char = sent.start_char + lead, sent.end_char - trail
        if bullet := LIST_BULLET.match(text, s_char, e_char):
            s_char = bullet.end()  # ● 公司控股股东…: the sentence opens after a list's bullet
        k = s_char  # the previous character that is not a space or tab (no prefix copies: O(n²) on 10 MB)
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        line_start = k == 0 or text[k - 1] == "\n" or s_char <= first_content
        if line_start:
            m = TURN_LABEL.match(text[s_char:e_char])
            label = m.group(1) if m else ""
            if label.startswith(HEADLINE_OPENINGS):
                label = ""
            # a name after a title (首席执行官王振宇:) is the speaker
            named = label if label in people else next((p for p in people if label.endswith(p) and label != p), None)
            # (…a role before the nickname the host goes by, 主持人小鷾:, is that role)
            role = next((r for r in ROLE_SPEAKER_STARTS if label.startswith(r) and len(label) - len(r) <= 4), None)
            if named or label in ROLE_SPEAKERS or label.endswith(ROLE_SPEAKER_ENDS) or role:
                speaker = named or role or label
        start, end = clean.to_original(s_char, e_char)
        out.append(Sentence(start, end, text[s_char:e_char], speaker))
    return out

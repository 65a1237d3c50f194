"""Character spans on segmented Docs: bulk token offsets and token splitting."""
import spacy

from extractor.spans import char_spans, token_bounds, token_texts


def make_doc(words, spaces):
    from spacy.tokens import Doc

    return Doc(spacy.blank("zh").vocab, words=words, spaces=spaces)


def test_token_bounds_and_texts_agree_with_tokens():
    doc = make_doc(["张伟", "在", "Hong", "Kong", "。"], [False, True, True, False, False])
    starts, ends = token_bounds(doc)
    assert starts == [t.idx for t in doc]
    assert ends == [t.idx + len(t.text) for t in doc]
    texts, spaces = token_texts(doc)
    assert texts == [t.text for t in doc] and spaces == [t.whitespace_ for t in doc]
    assert token_bounds(make_doc([], [])) == ([], [])


def test_char_spans_split_tokens_at_entity_boundaries():
    doc = make_doc(["在杭州市", "工作"], [False, False])
    (span,) = char_spans(doc, [(1, 3, "GPE", "hangzhou")])
    assert span.text == "杭州" and span.label_ == "GPE" and span.id_ == "hangzhou"
    assert [t.text for t in doc] == ["在", "杭州", "市", "工作"]

"""Statistical NER (`kg_ner`): a character tagger trained from public corpora (see MODELS.md).
Stand-in until the trained model lands: the component loads nothing and adds no entity."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class CharNER:
    def __init__(self, model_dir: str):
        self.model_dir = model_dir

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("kg_ner", default_config={"model_dir": ""})
def make_char_ner(nlp: Language, name: str, model_dir: str) -> CharNER:
    return CharNER(model_dir)

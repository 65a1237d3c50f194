"""Namespaces and the one table that maps our types and relation names to RDF terms."""
from __future__ import annotations

import os

from rdflib import Namespace
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
KG = Namespace("https://example.org/kg/ns#")
WD = Namespace("http://www.wikidata.org/entity/")
DEFAULT_BASE = "https://example.org/kg/id/"


def base_namespace(base: str | None = None) -> Namespace:
    return Namespace(base or os.environ.get("ZHKG_BASE_IRI") or DEFAULT_BASE)


PREFIXES = {
    "schema": SCHEMA, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "prov": PROV, "xsd": XSD,
    "nif": NIF, "itsrdf": ITSRDF, "kg": KG, "wd": WD,
}

# Our entity types → RDF classes.
TYPE_CLASSES = {
    "PERSON": SCHEMA.Person,
    "ORG": SCHEMA.Organization,
    "BRAND": SCHEMA.Brand,
    "GPE": SCHEMA.Place,
    "LOC": SCHEMA.Place,
}

# Our relation names → (RDF property, label). The relation stage emits subject/object in the direction
# the property reads: (org) schema:founder (person), (person) kg:ceoOf (org) …
RELATIONS = {
    "founder": (SCHEMA.founder, "founder"),
    "cofounder": (KG.coFounder, "co-founder"),
    "ceo_of": (KG.ceoOf, "CEO of"),
    "chairman_of": (KG.chairmanOf, "chairman of"),
    "partner_of": (KG.partnerOf, "partner of"),
    "works_for": (SCHEMA.worksFor, "works for"),
    "interviewed": (KG.interviewed, "interviewed"),
    "investor_in": (KG.investorIn, "investor in"),
    "led_round": (KG.ledRoundOf, "led a funding round of"),
    "shareholder_of": (KG.shareholderOf, "shareholder of"),
    "has_brand": (SCHEMA.brand, "brand"),
    "subsidiary_of": (SCHEMA.parentOrganization, "subsidiary of"),
    "sells_on": (KG.sellsOn, "sells on"),
    "livestreams_on": (KG.livestreamsOn, "livestreams on"),
    "grew_on": (KG.grewOn, "grew on"),
    "compared_with": (KG.comparedWith, "compared with"),
    "competitor_of": (KG.competitorOf, "competitor of"),
    "partners_with": (KG.partnersWith, "partners with"),
    "located_in": (SCHEMA.location, "located in"),
    "sponsored_by": (SCHEMA.sponsor, "sponsored by"),
    "supplies": (KG.supplies, "supplies"),
    "endorses": (KG.endorses, "endorses"),
}

# Properties of our own namespace, declared in every output so that the graph documents itself.
KG_PROPERTIES = {
    KG.confidence: "confidence of the extraction, in [0, 1]",
    KG.evidence: "the span of the source text the fact was read from",
    KG.comparator: "how the value relates to the figure: =, >, >=, <, <=, ~",
    KG.metric: "the metric a figure measures",
    KG.pattern: "the id of the pattern or rule that produced the fact",
    KG.aliasMerge: "a spelling folded into this entity by entity resolution",
    KG.alias: "the spelling that was merged",
    KG.mergeScore: "score of the alias merge that folded this name into the entity, in [0, 1]",
    KG.mergeReason: "why the names were merged: same pinyin, filler dropped, containment …",
    KG.sha256: "SHA-256 of the source file's bytes",
    KG.mentionCount: "number of mentions of the entity",
    KG.speaker: "the speaker of a transcript turn",
    KG.stake: "the share a shareholder holds, as a fraction in [0, 1]",
}

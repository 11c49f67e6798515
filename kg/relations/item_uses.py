"""Uses stated by list items: bare drug names under an approval line ("Drugs Approved for Melanoma"), an item
that names its own disease ("- Venetoclax (Venclexta) for chronic lymphocytic leukemia." under a line saying the
listed drugs are approved), and an item's companion drug ("- Melanoma. It is used: - With Y in ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues, effect_cues
from kg.relations.list_items import opening_run
from kg.relations.sentence import Sentence, glued_run, text_between

# after the item's drugs: "(Brand) for [people with] <disease>", "for the treatment of <disease>"
_ITEM_FOR = re.compile(
    r"^[\s)®™*]*(?:\([^()]{1,40}\)[\s®™*]*)?,?\s*for\s+(?:use\s+in\s+|the\s+treatment\s+of\s+)?"
    r"(?:(?:\w+\s+){0,3}?(?:people|patients|adults|children|women|men)\s+(?:with|who\s+have)\s+)?"
    r"(?:(?:[\w-]+\s+){0,3}?(?:types?|forms?|kinds?)\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def item_approvals(sentence: Sentence) -> Iterator[Statement]:
    """A list item that opens with drugs and says what they are for, under a line saying the drugs listed are
    approved ("Some that are approved for specific subtypes are listed below."): each drug is ``approved_for``
    the item's disease (and so treats it).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Approved drugs include:\\n\\n- Imatinib for leukemia.\\n", "x.md")
    >>> drug = Mention(doc.id, 24, 32, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    >>> leukemia = Mention(doc.id, 37, 45, "leukemia", "C1", "leukemia", "disease", "dictionary", 0.9)
    >>> item = Sentence(doc, 24, 46, [drug, leukemia])
    >>> item.lead_in, item.context_start = "Approved drugs include:", 0
    >>> [(s.subject, s.predicate, s.object) for s in item_approvals(item)]
    [('D1', 'approved_for', 'C1')]
    """
    lead = sentence.lead_in
    diseases = sentence.of("disease")
    if not lead or sentence.soft_lead or sentence.lead_drug is not None or not diseases:
        return
    if not cues.APPROVE.search(lead) or cues.NOT_YET_APPROVED.search(lead) or cues.HEDGE.search(lead):
        return
    if cues.INVESTIGATIONAL.search(lead + " " + sentence.text) or effect_cues.SIDE_EFFECT.search(lead) or (
            cues.PREVENT_LEAD.search(lead)):
        return
    text = sentence.document.text
    run = opening_run(sentence) or _combination_run(sentence)
    if not run or any(m.type != "drug" for m in run):
        return
    first = diseases[0]
    if first.start < run[-1].end or not _ITEM_FOR.match(_after_brands(sentence, run[-1], first)):
        return
    chained = glued_run(text, diseases)
    seen: set[str] = set()
    for drug in run:
        if drug.id in seen:
            continue
        seen.add(drug.id)
        for disease in chained:
            yield sentence.statement(drug, "approved_for", disease, "list", 0.7, outside=True)


def _after_brands(sentence: Sentence, last: Mention, disease: Mention) -> str:
    """The words from the item's last drug to its disease, past the drug's brand names in parentheses."""
    end = last.end
    for mention in sentence.of("drug"):
        if end <= mention.start < disease.start and mention.id == last.id and (
                not sentence.document.text[end : mention.start].strip(" (")):
            end = mention.end  # "Venetoclax (Venclexta": the brand closes the name
    return sentence.document.text[end : disease.start]


_COMBINATION_OF = re.compile(r"^[\s*-]*(?:the\s+)?combination\s+of\s+$", re.I)


def _combination_run(sentence: Sentence) -> list[Mention]:
    """The drugs of an item opening "The combination of A (Brand) and B (Brand) ...": a regimen, each drug of it."""
    text = sentence.document.text
    drugs = sentence.of("drug")
    if not drugs or not _COMBINATION_OF.match(text[sentence.start : drugs[0].start]):
        return []
    run = [drugs[0]]
    for drug in drugs[1:]:
        gap = text_between(text, run[-1], drug)
        if drug.id == run[-1].id and not gap.strip(" ("):
            run.append(drug)  # "A (Brand": the same drug by its brand
        elif cues.LIST_GLUE.match(gap.lstrip(" )®™")) or gap.strip(" )®™").lower() in ("and", "plus", "with"):
            run.append(drug)
        else:
            break
    return run


def listed_approvals(sentence: Sentence) -> Iterator[Statement]:
    """A list of bare drug names under an approval line ("Drugs Approved for Melanoma", "Six of these drugs
    are approved for X:"): each drug is ``approved_for`` the line's disease.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Drugs Approved for Glioma\\n\\n- Imatinib\\n", "x.md")
    >>> glioma = Mention(doc.id, 19, 25, "Glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> drug = Mention(doc.id, 26, 34, "Imatinib", "D1", "imatinib", "drug", "dictionary", 0.9)
    >>> item = Sentence(doc, 26, 34, [drug])
    >>> item.lead_in, item.lead_diseases, item.context_start = "Drugs Approved for Glioma", [glioma], 0
    >>> [(s.subject, s.predicate, s.object) for s in listed_approvals(item)]
    [('D1', 'approved_for', 'C1')]
    """
    lead = sentence.lead_in
    if not lead or not sentence.lead_diseases or sentence.lead_drug is not None or sentence.of("disease"):
        return
    if not cues.APPROVE.search(lead) or cues.NOT_YET_APPROVED.search(lead) or cues.HEDGE.search(lead):
        return
    if cues.INVESTIGATIONAL.search(lead) or effect_cues.SIDE_EFFECT.search(lead) or cues.PREVENT_LEAD.search(lead):
        return
    diseases = [d for d in sentence.lead_diseases if d.start >= sentence.context_start]  # named in the line
    seen: set[str] = set()
    for drug in sentence.of("drug"):
        if drug.id in seen:
            continue
        seen.add(drug.id)
        for disease in diseases:
            yield sentence.statement(drug, "approved_for", disease, "list", 0.75, outside=True)


_TREATED_WITH_BEFORE = re.compile(r"\b(?:treated|treatment|therapy)\s+with\s+(?:the\s+|an?\s+)?(?:drugs?\s+)?$", re.I)
# the item opens with its partner: "With Y in patients who ...", "with an aromatase inhibitor in women ..."
_ITEM_COMPANION = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:with|plus|and)\s+(?:the\s+|an?\s+)?(?:drugs?\s+)?" + cues.DOSE + "$", re.I)


# "in adults with squamous cell carcinoma of the esophagus": the patients the item's use is for
# (or its abbreviation after a name the linker did not take whole: "in adults with diffuse large B-cell NHL (DLBCL)")
_POPULATION_WITH = re.compile(r"\b(?:adults|children|patients|people|women|men)\b[^.;:]{0,30}?\bwith\s+"
                              r"(?:(?:[\w-]+\s+){1,5}\(\s*)?$", re.I)
# the next member of a partner list: "with nivolumab and platinum chemotherapy", "with bortezomib, melphalan, and X"
# (a bare comma takes no article: "ramucirumab, an anti-VEGFR-2 antibody" says what the drug is)
# ("with A and either B or C": B and C are each given with the lead drug and A)
_AND_GAP = re.compile(r"^[\s)®™]*(?:,?\s*(?:and|plus)\s+(?:either\s+)?(?:an?\s+|the\s+)?|,\s*)$", re.I)
# a list given "with" the lead drug, not one it follows ("not gotten better with A and B") or is set against
_GIVEN_WITH = re.compile(r"\bwith\s+(?:the\s+|an?\s+)?$", re.I)
# "with chemotherapy, with or without Z": Z, when given, is given with the lead drug
_WITH_OR_WITHOUT = re.compile(r"\bwith\s+or\s+without\s+(?:the\s+|an?\s+)?$", re.I)
# "either B or C": the second alternative is joined to the partner list as the first is
_OR_GAP = re.compile(r"^[\s)®™]*,?\s*or\s+(?:an?\s+|the\s+)?$", re.I)
_EITHER = re.compile(r"\beither\s+$", re.I)
# "Y is used with a fluoropyrimidine and ...": a partner named by its class, with its article
# ("It may be given alone or with either A or B": each alternative is given with the lead drug)
_USED_WITH = re.compile(r"\b(?:is|are|may\s+be|can\s+be)\s+(?:also\s+)?(?:used|given)\s+(?:alone,?\s+or\s+)?with\s+"
                        r"(?:either\s+)?(?:an?\s+)?$", re.I)
_EARLIER = re.compile(r"\b(?:better|respond\w*|treated|treatment|therap(?:y|ies)|received|includ\w+|after|worse|"
                      r"progress\w*|either)\b", re.I)


def item_partner_uses(sentence: Sentence) -> Iterator[Statement]:
    """Under "- Melanoma. It is used:", an item "With Y in patients who ..." gives the companion Y
    ``treats`` melanoma (the lead drug's own use is read from the item that names the disease).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("With imatinib in adults.", "x.md")
    >>> drug = Mention(doc.id, 5, 13, "imatinib", "D2", "imatinib", "drug", "dictionary", 0.9)
    >>> item = Sentence(doc, 0, 24, [drug])
    >>> item.lead_drug = Mention(doc.id, 0, 1, "X", "D1", "x", "drug", "dictionary", 0.9)
    >>> item.item_diseases = [Mention(doc.id, 0, 1, "M", "C1", "m", "disease", "dictionary", 0.9)]
    >>> [(s.subject, s.predicate, s.object) for s in item_partner_uses(item)]
    [('D2', 'treats', 'C1')]
    """
    if not sentence.item_diseases or sentence.lead_drug is None:
        return
    text = sentence.document.text
    item_ids = {d.id for d in sentence.item_diseases}
    if any(d.id not in item_ids and not _POPULATION_WITH.search(text[sentence.start : d.start][-60:])
           for d in sentence.of("disease")):
        return  # the item names a disease of its own (not only the patients it is for: "in adults with X")
    partner: Mention | None = None
    given_with = False  # the partner list opens right after "with" (each member is then given with the lead drug)
    for drug in sentence.of("drug", "drug_class"):
        if drug.id == sentence.lead_drug.id:
            continue
        before = text[sentence.start : drug.start]
        joined = partner is not None and bool(_AND_GAP.match(text_between(text, partner, drug)) or (
            _OR_GAP.match(text_between(text, partner, drug)) and _EITHER.search(text[sentence.start : partner.start])))
        with_or_without = bool(_WITH_OR_WITHOUT.search(before)) and not _EARLIER.search(before)
        if not (_ITEM_COMPANION.match(before) or joined or _USED_WITH.search(before) or with_or_without or (
                drug.type == "drug" and cues.COMPANION_BEFORE.search(before))):
            continue  # a class is a partner where the item opens with it ("with an aromatase inhibitor") or
            # where it is listed after a partner ("with nivolumab and platinum chemotherapy"), as is a drug
            # ("with bortezomib, melphalan, and prednisone")
        if _TREATED_WITH_BEFORE.search(before[-90:]):
            continue  # "has not been treated with X", "during treatment with X": an earlier treatment, no partner
        if not joined:
            given_with = bool(_GIVEN_WITH.search(before)) and not _EARLIER.search(before)
        partner = drug
        if (drug.type == "drug_class" and not joined) or (joined and given_with) or with_or_without:
            # "- with an aromatase inhibitor in women who ...": a class partner; "with A, B, and C": each of them
            yield sentence.statement(sentence.lead_drug, "combined_with", drug, "list", 0.65, outside=True)
        for disease in sentence.item_diseases:
            yield sentence.statement(drug, "treats", disease, "list", 0.65, outside=True)

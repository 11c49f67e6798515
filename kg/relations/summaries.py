"""Treatment-summary reading (PDQ-style pages): the wording those pages use for what treats what.

Written from treatment summaries outside the gold and sentences made up for ``tests/test_relations_pdq.py``:

- coordinated treatments share a use: "Targeted therapy (A or B) may be used to treat X", "Immunotherapy and
  chemoimmunotherapy for patients with X" give each of them the use the rules read for one;
- a fronted purpose clause names what is treated: "To treat A, B, and C, chemotherapy is taken by mouth";
- a list of a class's drugs whose lead-in names no disease ("Chemotherapy that may be used includes:") lists
  drugs for the diseases the same section said the class is given for just before;
- a drug a section headed by a class opens a sentence with ("Immunotherapy" over "Interferon may be used to treat
  X.") is a member of that class, when nothing in its sentence names another kind; so is one in a list item
  labelled with a class ("- CTLA-4 inhibitor therapy: ... Ipilimumab is used to treat X.");
- classes named as kinds of another ("Monoclonal antibody therapy is a type of targeted therapy", "Tyrosine kinase
  inhibitors and PARP inhibitors are types of targeted therapy") are its members, each of them;
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from kg.model import Document, Evidence, Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.sentence import DRUGLIKE, Sentence
from kg.sentences import document_sentences

__all__ = [
    "class_kinds",
    "class_list_uses",
    "coordinated_uses",
    "purpose_uses",
    "section_members",
]

# what may stand between treatments named as one: "A (B or C)", "A and B", "A using B or C", "A with B", "A, B,"
# (not a bare space: "the beta-blocker propranolol" names the drug's kind, no second treatment)
_COORDINATION = re.compile(r"^(?=.*\S)(?:\s|[(),]|\band/or\b|\band\b|\bor\b|\busing\b|\bwith\b|\bplus\b)+$", re.I)
# a comparison's arms ("comparing A with B", "A versus B") and a pointer to another page share no use
_NOT_SHARED = re.compile(r"\b(?:compar\w*|versus|vs\.?|than|instead|et\s+al)\b|^\W*(?:to\s+)?learn\s+more\b", re.I)
# what may stand before a sentence's subject: list marks, a label ("Immunotherapy: ")
_OPENING = re.compile(r"^[\W\d]*(?:[\w-]+(?:\s+[\w-]+){0,3}:\s*)?$")
# "Corticosteroids, such as A and B, are used to treat X": the class is used as its examples are
_EXAMPLES = re.compile(r"^\s*,?\s*\(?\s*(?:such\s+as|including|like|for\s+example,?)\s+$", re.I)
_COMMA = re.compile(r"^\s*,\s*$")
_USES = ("treats", "studied_for")


def coordinated_uses(sentence: Sentence, read: list[Statement]) -> Iterator[Statement]:
    """A use read for one treatment holds for every treatment coordinated with it before the disease.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Targeted therapy (entrectinib or larotrectinib) may be used to treat glioma.", "x.md")
    >>> cls = Mention(doc.id, 0, 16, "Targeted therapy", "K1", "targeted therapy", "drug_class", "dictionary", 0.9)
    >>> a = Mention(doc.id, 18, 29, "entrectinib", "D1", "entrectinib", "drug", "dictionary", 0.9)
    >>> b = Mention(doc.id, 33, 46, "larotrectinib", "D2", "larotrectinib", "drug", "dictionary", 0.9)
    >>> glioma = Mention(doc.id, 68, 74, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> sentence = Sentence(doc, 0, 75, [cls, a, b, glioma])
    >>> read = [sentence.statement(b, "treats", glioma, "verb", 0.75)]
    >>> sorted(s.subject for s in coordinated_uses(sentence, read))
    ['D1', 'K1']
    """
    if not any(s.predicate in _USES and s.evidence.start == sentence.start for s in read):
        return  # no use read from this sentence itself (the loop below passes over any other)
    text = sentence.document.text
    if _NOT_SHARED.search(sentence.text):
        return
    treatments = sentence.of(*DRUGLIKE)
    known = {(s.subject, s.predicate, s.object) for s in read}
    for statement in read:
        if statement.predicate not in _USES or statement.evidence.start != sentence.start:
            continue  # a use read from a lead-in or a sentence before: its subject is not in this sentence
        disease = next((d for d in sentence.of("disease") if d.id == statement.object), None)
        subject = next((m for m in reversed(treatments) if m.id == statement.subject and (
            disease is None or m.end <= disease.start)), None)
        if disease is None or subject is None:
            continue
        index = treatments.index(subject)
        group: list[Mention] = []
        for step in (-1, 1):
            current, at = subject, index + step
            while 0 <= at < len(treatments) and treatments[at].end <= disease.start:
                other = treatments[at]
                low, high = (other, current) if step < 0 else (current, other)
                gap = text[low.end : high.start]
                examples = low.type == "drug_class" and high.type == "drug" and bool(_EXAMPLES.match(gap))
                if not (_COORDINATION.match(gap) or examples) or (_COMMA.match(gap) and low.type != high.type):
                    break  # "A different checkpoint inhibitor, X," is an apposition, not two treatments
                group.append(other)
                current, at = other, at + step
        first = min([subject, *group], key=lambda m: m.start)
        if not group or not _OPENING.match(text[sentence.start : first.start]):
            continue  # only a group the sentence or item opens with: its subject, not a study's arms
        for other in group:
            key = (other.id, statement.predicate, statement.object)
            if key not in known:
                known.add(key)
                yield sentence.statement(other, statement.predicate, disease, "coordination", 0.7)


_PURPOSE = re.compile(r"^\W*To\s+(?:help\s+)?treat\s", re.I)
_PURPOSE_END = re.compile(r"^[^.;:]*,\s*(?:the\s+)?$")
_GIVEN_AFTER = re.compile(
    r"^\s*(?:drugs?\s+)?(?:is|are|may\s+be|can\s+be|might\s+be|will\s+be)\s+(?:usually\s+|often\s+|also\s+|then\s+)?"
    r"(?:given|taken|injected|used|placed|applied|delivered)\b", re.I)


def purpose_uses(sentence: Sentence) -> Iterator[Statement]:
    """"To treat A, B, and C, chemotherapy is taken by mouth or injected into a vein.": the treatment after the
    purpose clause treats each disease the clause names.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("To treat glioma, chemotherapy is taken by mouth.", "x.md")
    >>> glioma = Mention(doc.id, 9, 15, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> chemo = Mention(doc.id, 17, 29, "chemotherapy", "K1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in purpose_uses(Sentence(doc, 0, 48, [glioma, chemo]))]
    [('K1', 'treats', 'C1')]
    """
    text = sentence.document.text
    if not _PURPOSE.match(sentence.text):
        return
    diseases = sentence.of("disease")
    treatments = sentence.of(*DRUGLIKE)
    if not diseases or not treatments:
        return
    subject = treatments[0]
    named = [d for d in diseases if d.end <= subject.start]
    if not named or not _PURPOSE_END.match(text[named[-1].end : subject.start]) or not _GIVEN_AFTER.match(
            text[subject.end : sentence.end]):
        return
    predicate = "studied_for" if sentence.investigational else "treats"
    for disease in named:
        yield sentence.statement(subject, predicate, disease, "verb", 0.7)


# "Chemotherapy that may be used (alone or in combination) includes:", "Drugs that may be used include:"
_CLASS_LIST_LEAD = re.compile(
    r"\b(?:that|which)\s+(?:may|can|might)\s+be\s+used\b(?:\s+alone\s+or\s+in\s+combination)?\s+includes?"
    r"(?:\s+the\s+following)?\s*:\s*$"
    # "The following chemotherapy drugs may be used:"
    r"|^\W*the\s+following\s+(?:[\w-]+\s+){1,3}(?:may|can|might)\s+(?:also\s+)?be\s+used\s*:\s*$", re.I)


def class_list_uses(sentence: Sentence) -> Iterator[Statement]:
    """An item under "Chemotherapy that may be used includes:" treats the diseases the same section named with
    that class just before ("To treat glioma, chemotherapy is taken by mouth ...").

    >>> from kg.documents import parse_document
    >>> doc = parse_document("To treat glioma, chemotherapy is given. Chemotherapy that may be used includes:\\n\\n"
    ...                      "- carboplatin\\n", "x.md")
    >>> glioma = Mention(doc.id, 9, 15, "glioma", "C1", "glioma", "disease", "dictionary", 0.9)
    >>> lead = Mention(doc.id, 40, 52, "Chemotherapy", "K1", "chemotherapy", "drug_class", "dictionary", 0.9)
    >>> start = doc.text.index("carboplatin")
    >>> drug = Mention(doc.id, start, start + 11, "carboplatin", "D1", "carboplatin", "drug", "dictionary", 0.9)
    >>> item = Sentence(doc, start, start + 11, [drug])
    >>> item.lead_in, item.lead_class, item.lead_diseases, item.context_start = doc.text[40:79], lead, [glioma], 40
    >>> [(s.subject, s.predicate, s.object) for s in class_list_uses(item)]
    [('D1', 'treats', 'C1')]
    """
    lead_class = sentence.lead_class
    if lead_class is None or not sentence.lead_diseases or sentence.of("disease"):
        return
    if not _CLASS_LIST_LEAD.search(sentence.lead_in) or cues.INVESTIGATIONAL.search(sentence.lead_in):
        return
    document, lead_start = sentence.document, sentence.context_start
    diseases = [d for d in sentence.lead_diseases if d.end <= lead_start]
    if not diseases or any(diseases[0].end <= h.start < lead_start for h in document.headings):
        return  # the diseases are named in the lead-in itself, or under another heading
    # from the start of the paragraph naming the diseases ("Systemic chemotherapy is used to treat X.")
    window = document.text[document.text.rfind("\n", 0, diseases[0].start) + 1 : lead_start].lower()
    if lead_class.text.lower() not in window:
        return  # the sentence before spoke of the diseases, but not of this class
    seen: set[str] = set()
    for subject in sentence.of(*DRUGLIKE):
        if subject.id in seen or subject.id == lead_class.id:
            continue
        seen.add(subject.id)
        for disease in diseases:
            yield sentence.statement(subject, "treats", disease, "list", 0.65, outside=True)


_OPENING_GLUE = re.compile(r"^(?:\s|[(),]|\band\b|\bor\b)*$", re.I)


def section_members(document: Document, mentions: Sequence[Mention], read: list[Statement]) -> list[Statement]:
    """A drug that opens a sentence under a heading that is only a class's name ("Immunotherapy", then "Interferon
    may be used to treat X.") is a member of the class, unless its sentence names a class itself or the drug is
    already given a class in that section. ``mentions`` are the document's, sorted by start.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("# Immunotherapy\\n\\nInterferon may be used to treat glioma.\\n", "x.md")
    >>> cls = Mention(doc.id, 0, 12, "Immunotherapy", "K1", "immunotherapy", "drug_class", "dictionary", 0.9)
    >>> start = doc.text.index("Interferon")
    >>> drug = Mention(doc.id, start, start + 10, "Interferon", "D1", "interferon", "drug", "dictionary", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in section_members(doc, [cls, drug], [])]
    [('D1', 'member_of_class', 'K1')]
    """
    headings = document.headings
    text = document.text
    starts = [m.start for m in mentions]  # mentions come sorted by start
    sections: list[tuple[Mention, int, int]] = []  # the class, where its section starts and ends
    for index, heading in enumerate(headings):
        named = mentions[bisect_left(starts, heading.start) : bisect_left(starts, heading.end)]
        if len(named) != 1 or named[0].type != "drug_class" or text[heading.start : heading.end].strip(
                " .:*#") != named[0].text:
            continue  # the heading is more than one class's name
        end = headings[index + 1].start if index + 1 < len(headings) else len(text)
        sections.append((named[0], heading.end, end))
    sections.extend(_labelled_items(document, mentions, starts))
    if not sections:
        return read
    spans = document_sentences(text)
    span_starts = [span[0] for span in spans]
    added: list[Statement] = []
    for cls, section_start, end in sections:
        placed = {s.subject for s in read
                  if s.predicate == "member_of_class" and section_start <= s.evidence.start < end}
        for start, stop in spans[bisect_left(span_starts, section_start) : bisect_left(span_starts, end)]:
            inside = mentions[bisect_left(starts, start) : bisect_left(starts, stop)]
            if not inside or "|" in text[start:stop]:
                continue  # no mention, or a table row (a regimen's doses), not a sentence about the drug
            if any(m.type == "drug_class" for m in inside):
                continue  # "Rituximab is a type of monoclonal antibody": the sentence names the kind itself
            opening: list[Mention] = []
            at = start
            for mention in inside:
                if mention.type != "drug" or not _OPENING_GLUE.match(text[at : mention.start]):
                    break
                opening.append(mention)
                at = mention.end
            sentence = text[start:stop].replace("\n", " ")
            for drug in opening:
                if drug.id in placed or drug.id == cls.id or drug.text.lower().split()[0] in cls.text.lower():
                    continue  # "Somatostatin" under "Somatostatin analogues" is what the class imitates
                placed.add(drug.id)
                evidence = Evidence(doc=document.id, sentence=f"{cls.text} [...] {sentence}", start=cls.start,
                                    end=stop, method="section",
                                    confidence=round(0.6 * min(drug.confidence, cls.confidence) ** 0.5, 3))
                added.append(Statement(drug.id, "member_of_class", cls.id, evidence, drug.text, cls.text))
    return read + added


# "- CTLA-4 inhibitor therapy: CTLA-4 is a protein ... Ipilimumab is used to treat X.": an item labelled with a
# class's name is that class's section
_ITEM_LABEL = re.compile(r"\s*(?:therapy|therapies|treatment)?\s*:")


def _labelled_items(document: Document, mentions: Sequence[Mention], starts: list[int]) -> Iterator[
        tuple[Mention, int, int]]:
    """The list items that open with a class's name as their label, as (class, end of the label, end of item)."""
    text = document.text
    for block in document.blocks:
        if block.kind != "list_item":
            continue
        inside = mentions[bisect_left(starts, block.start) : bisect_left(starts, block.end)]
        if not inside or inside[0].type != "drug_class" or text[block.start : inside[0].start].strip(" -*"):
            continue
        label = _ITEM_LABEL.match(text, inside[0].end, block.end)
        if label is not None:
            yield inside[0], label.end(), block.end


_CLASS_WORD = r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:therapy|therapies|drugs?|treatment))?(?:\s*\([^()]{1,40}\))?"
_CLASS_AND = re.compile(r"^[\s)]*" + _CLASS_WORD + r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$", re.I)
_KIND_OF = re.compile(
    r"^[\s)]*" + _CLASS_WORD + r"\s+(?:is|are)\s+(?:also\s+)?(?:an?\s+|one\s+|two\s+)?(?:(?:common|new|newer|main)\s+)?"
    r"(?:types?|kinds?|forms?|class(?:es)?)\s+of\s+$", re.I)


def class_kinds(sentence: Sentence) -> Iterator[Statement]:
    """"Monoclonal antibody therapy is a type of targeted therapy", "A and B inhibitors are types of targeted
    therapy": each class named as a kind of another is its member (subclasses are members).

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Monoclonal antibody therapy is a type of targeted therapy.", "x.md")
    >>> mab = Mention(doc.id, 0, 19, "Monoclonal antibody", "K1", "monoclonal antibody", "drug_class", "x", 0.9)
    >>> tt = Mention(doc.id, 41, 57, "targeted therapy", "K2", "targeted therapy", "drug_class", "x", 0.9)
    >>> [(s.subject, s.predicate, s.object) for s in class_kinds(Sentence(doc, 0, 57, [mab, tt]))]
    [('K1', 'member_of_class', 'K2')]
    """
    text = sentence.document.text
    classes = sentence.of(*DRUGLIKE)
    run: list[Mention] = []
    for cls in classes:
        if cls.type != "drug_class":
            run = []
            continue
        gap = text[run[-1].end : cls.start] if run else ""
        if run and ((cls.id == run[-1].id and gap.strip() == "(") or _CLASS_AND.match(gap)):
            if cls.id != run[-1].id:
                run.append(cls)
            continue
        if run and _KIND_OF.match(gap):
            seen: set[str] = set()
            for member in run:
                if member.id not in seen and member.id != cls.id:
                    seen.add(member.id)
                    yield sentence.statement(member, "member_of_class", cls, "apposition", 0.8)
            run = []
            continue
        run = [cls]


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)

"""``combined_with``: drugs stated to be given together; alternatives ("X or Y") are not combinations."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.mechanism import class_of_examples
from kg.relations.partner_gaps import alternatives_only, without_dose, without_either
from kg.relations.sentence import Sentence, appositive_class, class_noun_of_next, subject_of, text_between


def combinations(sentence: Sentence) -> Iterator[Statement]:
    """``combined_with``: "X plus Y", "adding X to Y", "in combination with X, Y and either A or B",
    regimen contents ("This combination contains X, Y and Z")."""
    if not sentence.of("drug", "drug_class"):
        return  # every pair has a drug or a class of the sentence in it (most sentences name neither)
    text = sentence.document.text
    if sentence.studied_only:
        return
    drugs: list[Mention] = []
    for mention in sentence.of("drug"):
        if not drugs or drugs[-1].id != mention.id:
            drugs.append(mention)
    pairs: dict[tuple[str, str], tuple[Mention, Mention, bool]] = {}
    alternatives = _alternatives(text, drugs)

    def pair(left: Mention, right: Mention, outside: bool = False) -> None:
        if left.id != right.id and frozenset((left.id, right.id)) not in alternatives:
            low, high = sorted((left.id, right.id))
            pairs.setdefault((low, high), (left, right, outside))

    named = sentence.of("drug", "drug_class")
    lead_start: dict[int, int] = {}  # "together with the hormone therapy X": X's phrase starts at its class noun
    for index, mention in enumerate(named):
        if class_noun_of_next(text, named, index):
            lead_start[named[index + 1].start] = lead_start.get(mention.start, mention.start)
    examples = _kind_examples(sentence, drugs, lead_start)
    chain: list[Mention] = drugs[:1]  # drugs joined one to the next: "A and B plus C" is one combination
    likened = _likened(text, drugs)
    for left, right in itertools.pairwise(drugs):
        if left.start in likened:
            chain = [right]
            continue  # "(a risk) as noted with A and B": drugs set beside each other for likeness, not one regimen
        between = alone_or_with(text_between(text, left, right))
        if left.start in examples and re.match(r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*and\s*$", between):
            chain = [right]
            continue  # "studies with the anticancer drugs A, B, and C": examples of the kind, no regimen
        cue_before = text[max(sentence.start, left.start - 40) : left.start]
        near = text[max(sentence.start, left.start - 40) : left.start] + between
        together = _TOGETHER_AFTER.match(text[right.end : right.end + 40])  # "A and B were given together"
        # "either A plus B or B alone", "compared with A plus B": an explicit joiner pairs whatever comes before
        coordinated = cues.COMBINE.match(between) and (_EXPLICIT_JOIN.match(between) or not cues.CONTRAST.search(
            near)) and (
            not re.match(r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*and\s*$", between) or cues.COMBINE_NEAR.search(near)
            or together or _COMBINATION_OF.search(text[max(sentence.start, left.start - 80) : left.start])
        )
        added = re.search(r"\badd(?:ing|ed)\b", cue_before, re.I) and re.match(r"^[^.;]{0,40}\bto\s*$", between)
        joined = (between in ("-", "/", "–") and cues.COMBINATION_NOUN.match(text[right.end : right.end + 20])) or (
            _HYPHENED_PLUS.match(between))  # "the idelalisib-plus-rituximab group"
        if coordinated or added or joined:  # "the capecitabine-lapatinib combination"
            for earlier in chain:
                pair(earlier, right)
            chain.append(right)
        else:
            chain = [right]
    if cues.REGIMEN.search(sentence.text) and len(drugs) > 1:
        for left, right in itertools.combinations(drugs, 2):
            pair(left, right)
    members: list[Mention] = []  # drugs and classes: "with a fluoropyrimidine and either A or B"
    for index, mention in enumerate(named):
        if class_noun_of_next(text, named, index):
            continue  # the class only names the kind of the drug after it: the drug is the partner
        if members and mention.type == "drug_class" and members[-1].type == "drug" and re.match(
                r"^[\s-]*(?:based\s+)?$", text_between(text, members[-1], mention)):
            continue  # "platinum chemotherapy", "platinum-based chemotherapy": the drug's own class noun
        if members and mention.type == "drug_class" and members[-1].type == "drug" and appositive_class(
                text, members[-1], mention):
            continue  # "X (Brand), a MEK inhibitor, plus Y": what X is, not a partner
        if not members or members[-1].id != mention.id:
            members.append(mention)
    alternatives |= _alternatives(text, members)
    for group, subject, outside in _companion_lists(sentence, members, lead_start):
        for member in group:
            if subject is not None:
                pair(subject, member, outside)
        for left, right in itertools.combinations(group, 2):
            pair(left, right)  # alternatives ("either B or C") are left out by pair()
    for left, right in _with_classes(sentence):
        pair(left, right)
    for left, right, outside in pairs.values():
        yield sentence.statement(left, "combined_with", right, "coordination", 0.75, outside=outside)


def _kind_examples(sentence: Sentence, drugs: list[Mention], lead_start: dict[int, int]) -> set[int]:
    """Starts of the drugs listed after a plural class noun that follows a bare "with" ("treated with the kinase
    inhibitors A and B", "studies with the anticancer drugs A, B, and C"): examples of the kind, each on its own."""
    text = sentence.document.text
    found: set[int] = set()
    for previous, drug in zip([None, *drugs], drugs, strict=False):
        if drug.start in lead_start:
            noun = text[lead_start[drug.start] : drug.start]
            before = _ARTICLE_END.sub("", text[max(sentence.start, lead_start[drug.start] - 40) :
                                              lead_start[drug.start]])
            if _PLURAL_END.search(noun) and cues.COMPANION_LIST.search(before) and not _JOINT_CUE.search(before):
                found.add(drug.start)
        elif previous is not None and previous.start in found and cues.LIST_GLUE.match(
                text_between(text, previous, drug)):
            found.add(drug.start)
    return found


def _with_classes(sentence: Sentence) -> Iterator[tuple[Mention, Mention]]:
    """A drug given with a class of therapy: "X plus chemotherapy", "X may be given with chemotherapy",
    "a combination of A and B", "A and B together" (a class before a drug with "with" lists a member)."""
    text = sentence.document.text
    mentions: list[Mention] = []
    named = sentence.of("drug", "drug_class")
    for index, mention in enumerate(named):
        if class_noun_of_next(text, named, index):
            continue  # "X plus the corticosteroid prednisone": the class names the partner's kind
        if index and mention.id == named[index - 1].id and mention.type == "drug" and mentions and (
                mentions[-1].id == mention.id) and _BRAND_GAP.fullmatch(text_between(text, named[index - 1], mention)):
            continue  # "adding X (Brand) to chemotherapy": the brand is X again, the class's partner is X
        if not (mentions and mention.type == "drug_class" and mentions[-1].type == "drug"
                and appositive_class(text, mentions[-1], mention)):
            mentions.append(mention)  # "X, a MEK inhibitor, plus Y": the class is what X is, not a partner
    for left, right in itertools.pairwise(mentions):
        if "drug_class" not in (left.type, right.type) or left.id == right.id:
            continue
        # "BRAF inhibitors (A or B) alone or with MEK inhibitors": the class with its examples is the partner
        named_class = class_of_examples(sentence, left, clause=False) if right.type == "drug_class" else None
        if named_class is not None:
            left = named_class
        gap = alone_or_with(text_between(text, left, right))
        if named_class is not None:
            gap = _BRACKETS.sub(" ", gap)  # the examples' "A or B" offers no alternative partner
        near = text[max(sentence.start, left.start - 40) : left.start] + gap
        if (cues.CONTRAST.search(near) and not _EXPLICIT_JOIN.match(gap)) or len(gap) > 40:
            continue
        after = text[right.end : right.end + 12]
        strong = cues.WITH_CLASS.search(gap) and (left.type == "drug" or named_class is not None or not re.search(
            r"\bwith\s*(?:the\s+|an?\s+)?$", gap, re.I))  # a heading's "Therapy With X": the class's kind
        joined = re.match(r"^\s*and\s*$", gap) and (
            re.search(r"\bcombination of\s*$", text[sentence.start : left.start]) or re.match(r"^\s*together", after)
        )
        # "adding the antiangiogenesis agent X to chemotherapy": X joins the class's regimen
        added = re.search(r"\badd(?:ing|ed|s)?\b", text[max(sentence.start, left.start - 40) : left.start], re.I) and (
            re.match(r"^\s*(?:\([^()]{1,40}\)\s*)?to\s+(?:the\s+|an?\s+)?(?:standard\s+|usual\s+)?$", gap, re.I))
        if _CONJUGATE.search(sentence.text) and _COMBINING.search(text[sentence.start : right.start]):
            continue  # "a conjugate that combines X with a topoisomerase inhibitor": the drug's parts
        if strong or joined or added:
            yield left, right


_CANNOT_TAKE = re.compile(r"\b(?:cannot|can\s+not|could\s+not|unable\s+to)\s+(?:be\s+)?(?:treated|given|take|"
                          r"receive)\s+with\s+(?:the\s+|an?\s+)?(?:other\s+)?$", re.I)
_CONJUGATE = re.compile(r"\bconjugates?\b", re.I)
_COMBINING = re.compile(r"\bcombin(?:es|ing|ed)\b[^.;]*$", re.I)
# "X alone or with Y", "X, alone or in combination with Y": X may be given with Y (the "or" offers X alone, it
# names no alternative drug)
_ALONE_OR = re.compile(
    r"\balone\s*,?\s+or\s+(?=(?:in\s+combination\s+|together\s+|combined\s+)?with\b)", re.I)


_BRACKETS = re.compile(r"\([^()]*\)")
# "plus", "in combination with", "combined with": joiners that say two treatments are given together, whatever
# contrast ("either", "or", "compared with") stands before the first
_EXPLICIT_JOIN = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:plus|\+|in\s+combination\s+with|combined\s+with)\s"
                            r"*(?:the\s+|an?\s+)?$", re.I)
# between a drug and its brand or code in brackets: "X (Brand", "X (Brand1, Brand2", "X [Brand"
_BRAND_GAP = re.compile(r"\s*[(\[]\s*|[®™]?\s*,\s*")


def alone_or_with(gap: str) -> str:
    """The words between two treatments with "alone or" taken out before a "with" that joins them.

    >>> alone_or_with(" alone or in combination with ")
    ' in combination with '
    >>> alone_or_with(" or ")
    ' or '
    """
    return _ALONE_OR.sub("", gap)


# "the combination of the immune checkpoint inhibitors A and B": the class noun between does not part them
_COMBINATION_OF = re.compile(r"\bcombination of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_TOGETHER_AFTER = re.compile(
    r"^\s*(?:(?:were|was|are|is|can be|may be|will be)\s+)?(?:\w+\s+)?(?:given|used|taken)?\s*together\b", re.I
)
_SINGLY_AFTER = re.compile(r"^[\s,]*(?:\([^()]{1,40}\)\s*)?,?\s*as\s+(?:a\s+)?single\s+agents?\b", re.I)
_HYPHENED_PLUS = re.compile(r"^[-‐–](?:plus|and|with)[-‐–]$", re.I)
_JOINED = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:plus|with|\+)\s*$", re.I)  # "A plus B or C": two regimens
# an aside between dashes ("—a complication in patients treated with X—") is not about the sentence's drug
_DASH_ASIDE = re.compile(r"[—–]")
_COMPARATOR = re.compile(r"\b(?:than|compared|versus|vs)\b", re.I)  # "X ... than treatment with Y": another arm
_COMPARED_WITH = re.compile(r"\bcompar(?:ed|ing|es?)\s+(?![^.;]*\bwith\b[^.;]*\bwith\s*$)[^.;]{1,60}?\bwith\s*$",
                            re.I)
_ARM_TREATED = re.compile(r"\b(?:patients|people|women|men|children|those|participants)\s+(?:who\s+(?:were|are)\s+)?"
                          r"treated\s+with\s+(?:the\s+|an?\s+)?$", re.I)
_AS_WITH = re.compile(r"\b(?:as|unlike)\s+(?:(?:is|was|are|were)\s+)?(?:(?:noted|seen|observed|reported|described|"
                      r"found)\s+)?with\s+(?:the\s+)?$", re.I)
_HYPHEN_CONTAINING = re.compile(r"(?:[\w-]+[-‐]\s*(?:,|and|or)\s+)*[\w-]*\w[-‐]containing\s+$", re.I)
_SUPPORTIVE = re.compile(r"\b(?:required|requiring|needed|needing)\s+(?:\w+\s+)?(?:treatment|therapy)\s+with\s+"
                         r"(?:the\s+|an?\s+)?$", re.I)
_PLURAL_END = re.compile(r"s\s*$")
_JOINT_CUE = re.compile(r"\b(?:combination|combined|together|along|plus|contain\w*|consists|made up)\b", re.I)
# "a fluoropyrimidine and (either) A": a class given with the partner after it (not "the TRK inhibitors, A and B")
_CLASS_AND_PARTNER = re.compile(r"\s+and\s+(?:either\s+)?\w")
_ARTICLE_END = re.compile(r"\b(?:the|an?)\s+$", re.I)
_HEAD_NOUN = re.compile(r"^\s*(?:-based\s+)?(?:chemotherapy|therapy|drugs?|agents?)\b", re.I)


def _likened(text: str, drugs: list[Mention]) -> set[int]:
    """The starts of the drugs of a run after "as (noted) with" or "unlike with": named for a likeness."""
    likened: set[int] = set()
    for index, drug in enumerate(drugs):
        if drug.start in likened or not _AS_WITH.search(text[max(0, drug.start - 40) : drug.start]):
            continue
        likened.add(drug.start)
        for previous, nxt in itertools.pairwise(drugs[index:]):
            if not cues.LIST_GLUE.match(text_between(text, previous, nxt)):
                break
            likened.add(nxt.start)
    return likened


def _companion_lists(
    sentence: Sentence, drugs: list[Mention], lead_start: dict[int, int]
) -> Iterator[tuple[list[Mention], Mention | None, bool]]:
    text = sentence.document.text
    for index, first in enumerate(drugs):
        before = text[sentence.start : lead_start.get(first.start, first.start)]
        if first.start in lead_start or (first.type == "drug_class" and _CLASS_AND_PARTNER.match(text, first.end)):
            # "together with the hormone therapy X", "used with a fluoropyrimidine and either A or B": the article
            # is the first partner's
            before = _ARTICLE_END.sub("", before)
        either = without_either(before)  # "given with either A or B": A and B are each the drug's partner
        if not cues.COMPANION_LIST.search(either[-40:]):
            continue
        before = either if either == before or alternatives_only(sentence, drugs[index:]) else before
        if not cues.COMPANION_LIST.search(before[-40:]) or cues.PRIOR_TREATMENT.search(before[-90:]):
            continue
        if cues.EARLIER_TREATMENT.search(before[-90:]):
            continue  # "previously treated with a regimen containing X": an earlier treatment
        if _CANNOT_TAKE.search(before[-60:]):
            continue  # "whose cancer cannot be treated with a kinase inhibitor": another treatment, not a partner
        if _CONJUGATE.search(sentence.text) and _COMBINING.search(before):
            continue  # "an antibody-drug conjugate, combining an antibody ... with a microtubule inhibitor": its parts
        hyphened = _HYPHEN_CONTAINING.search(before[-80:])
        if hyphened and not cues.COMPANION_LIST.search(before[-80:][: hyphened.start()][-40:]):
            # "doxorubicin-containing chemotherapy": what the class holds, not a partner given with it (but "X with
            # platinum-containing chemotherapy" still gives X its partner)
            continue
        if _SUPPORTIVE.search(before[-60:]):
            continue  # "patients who received A required treatment with X to counter neutropenia": no partner
        if re.search(r"\b(compared|versus|vs\.?|than)\s+(?:with\s+)?$", before[-25:], re.I) or (
                _COMPARED_WITH.search(before[-80:])):
            continue  # "compared with Y", "Compared X with Y": the other arm
        if _AS_WITH.search(before[-40:]):
            continue  # "as noted with A and B": a likeness, not partners
        # "... in patients treated with Y (and Z)": the drugs of an arm, given with each other but not with a
        # drug named before
        arm = bool(_ARM_TREATED.search(before[-40:]))
        group = [first]
        for nxt in drugs[index + 1 :]:
            # "with platinum chemotherapy and fluorouracil": a class noun after a drug does not end the list
            gap = without_dose(_HEAD_NOUN.sub("", text_between(text, group[-1], nxt), count=1))
            if not cues.LIST_GLUE.match(gap):
                break
            group.append(nxt)
        if _SINGLY_AFTER.match(text[group[-1].end : group[-1].end + 40]):
            continue  # "chemotherapy using A, B, and C as single agents or in various combinations": not one regimen
        # "studies with the anticancer drugs A, B, and C", "patients treated with the kinase inhibitors A and B":
        # examples of a kind after a bare "with", each on its own (not one regimen)
        examples = first.start in _kind_examples(sentence, [first], lead_start)
        subject, outside = subject_of(sentence, first, ("drug",)) if not arm else (None, False)
        head = _parallel_head(sentence, subject, first) if subject is not None and not outside else subject
        if head is not subject:
            yield group, head, outside  # "with A as first-line therapy for ... and with B": the head's partners
            continue
        if subject is not None and not outside and (_DASH_ASIDE.search(text[subject.end : first.start])
                                                    or _COMPARATOR.search(text[subject.end : first.start])):
            subject = None
        if subject is not None and not outside and cues.SEPARATE_ARMS.search(
                alone_or_with(text[subject.end : first.start])):  # "X is used alone or with A": X's partner is A
            subject = None  # "X or standard therapy with A, B": the subject is another arm, not a partner
        if examples:
            for member in group:
                yield [member], subject, outside
            continue
        yield group, subject, outside


def _parallel_head(sentence: Sentence, subject: Mention, first: Mention) -> Mention:
    """In "X is approved with A as first-line therapy and with B as second-line therapy", B's partner is X (whose
    companion A also is), not A."""
    text = sentence.document.text
    while cues.PARALLEL_WITH.search(text[max(subject.end, first.start - 40) : first.start]) and (
            cues.COMPANION_LIST.search(text[max(sentence.start, subject.start - 40) : subject.start])):
        earlier = [m for m in sentence.of("drug") if m.end <= subject.start and m.id != subject.id]
        if not earlier or len(text[earlier[-1].end : subject.start]) > 60:
            break
        first, subject = subject, earlier[-1]
    return subject


def _alternatives(text: str, drugs: list[Mention]) -> set[frozenset[str]]:
    """Pairs of drugs in one "X, Y, or Z" list: alternatives, never a combination."""
    chains: list[list[Mention]] = []
    for drug in drugs:
        glue = without_dose(text_between(text, chains[-1][-1], drug)) if chains else ""  # "A, or low-dose B"
        if chains and (cues.LIST_GLUE.match(glue) or _JOINED.match(glue)):
            chains[-1].append(drug)
        else:
            chains.append([drug])
    found: set[frozenset[str]] = set()
    for chain in chains:
        glues = [without_dose(text_between(text, a, b)) for a, b in itertools.pairwise(chain)]
        if not any(re.search(r"\bor\b", glue) for glue in glues):
            continue
        either = any(re.search(r"\beither\b", glue) for glue in glues)
        # regimens: "A and B or A and C" is two regimens; "A, B, or C" three; "A and either B or C" gives A
        # with B or with C, so only B and C are alternatives
        # "A plus B or A plus C, D, and E": with "plus" in the chain, only "or" opens a new regimen
        plus_chain = not either and any(_JOINED.match(glue) for glue in glues)
        regimens = [[chain[0]]]
        for at, (glue, drug) in enumerate(zip(glues, chain[1:], strict=True)):
            joined = re.search(r"\b(?:and|plus|with)\b", glue) and not re.search(r"\bor\b", glue)
            if not either and not joined and _closed_by_and(glues[at:]):
                joined = True  # "A, B, and C or D and E": the commas of a list closed by "and" join one regimen
            if plus_chain:
                # "A with B or C, D with E, or F": a comma before a drug that heads its own "D with E" opens
                # another choice
                heads = at + 1 < len(glues) and bool(_JOINED.match(glues[at + 1])) and not _JOINED.match(glue)
                joined = not re.search(r"\bor\b", glue) and not (heads and "," in glue)
            if bool(joined) == either:  # with "either", "and" opens a new group; without it, "or" and "," do
                regimens.append([drug])
            else:
                regimens[-1].append(drug)
        if either:
            for regimen in regimens:
                found.update(frozenset((a.id, b.id)) for a, b in itertools.combinations(regimen, 2) if a.id != b.id)
            continue
        together = {frozenset((a.id, b.id)) for r in regimens for a, b in itertools.combinations(r, 2)}
        for one, other in itertools.combinations(regimens, 2):
            found.update(frozenset((a.id, b.id)) for a in one for b in other if a.id != b.id)
        found -= together
    return found


_COMMA = re.compile(r"^\s*(?:\([^()]{1,80}\)\s*)?,\s*$")
_AND = re.compile(r"^\s*(?:\([^()]{1,80}\)\s*)?,?\s*and\s*$")


def _closed_by_and(glues: list[str]) -> bool:
    """Whether the first glue is a bare comma of a list that "and" closes ("A, B, and C"), not one that "or"
    closes ("A, B, or C").

    >>> _closed_by_and([", ", ", and "]), _closed_by_and([", ", ", or "]), _closed_by_and([" or "])
    (True, False, False)
    """
    for index, glue in enumerate(glues):
        if _COMMA.match(glue):
            continue
        return index > 0 and bool(_AND.match(glue))
    return False

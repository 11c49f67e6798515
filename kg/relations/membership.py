"""Class rules: ``member_of_class`` (appositions, copulas, "such as" lists, list lead-ins) and
``brand_name_of``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.identifiers import mint
from kg.model import Mention, Statement
from kg.regex_prefilter import prefilter_patterns
from kg.relations import cues
from kg.relations.counted_class_leads import counted_class_lead
from kg.relations.list_items import opening_run
from kg.relations.list_position import follows_list_comma
from kg.relations.sentence import (
    DRUGLIKE,
    Sentence,
    appositive_class,
    class_noun_of_next,
    coordinated_before,
    text_between,
)
from kg.relations.subclass_lists import subclasses_included
from kg.relations.used_as_kind import used_as_kind

# Words between a drug and a class that say the class is given with, before or instead of the drug, or is set
# against it ("X is superior to standard chemotherapy").
_GIVEN_WITH = re.compile(
    r"\b(?:approved|used|given|with|after|before|received|receiving|treated|plus|followed|combined|combination|"
    r"than|instead|includ(?:ed|ing)|superior|inferior|compared|versus|vs)\b",
    re.IGNORECASE,
)


_OPEN_PAREN = re.compile(r"^\s*\($")
_BRAND_ASIDE = re.compile(r"^\s*\([^()]{1,40}\)")

# "an antibody-drug conjugate composed of the monoclonal antibody X": a part of the drug, not its kind
_PART_OF = re.compile(r"\b(?:composed|made|consisting|combining|linked|attached|joined|bound)\b", re.IGNORECASE)
_ARTICLE_ASIDE = re.compile(r"^\s*,\s*an?\s+$", re.I)
_CLASS_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?", re.I)


def _listed_class(sentence: Sentence, drug: Mention, cls: Mention, between: str) -> bool:
    """Whether "drug, a class," is one more item of a list rather than an apposition: the drug follows a list
    comma after another drug, or the class is followed by "and/or" and a further class.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("Use A, B, a platinum drug, and C.", "x.md")
    >>> a, b = (Mention(doc.id, i, i + 1, t, "D" + t, t, "drug", "dictionary", 0.9) for i, t in ((4, "A"), (7, "B")))
    >>> cls = Mention(doc.id, 12, 25, "platinum drug", "K1", "platinum drug", "drug_class", "dictionary", 0.9)
    >>> _listed_class(Sentence(doc, 0, 33, [a, b, cls]), b, cls, ", a ")
    True
    """
    if not _ARTICLE_ASIDE.match(between):
        return False
    if follows_list_comma(sentence, drug):
        return True
    text = sentence.document.text
    after = [m for m in sentence.of("drug_class") if m.start >= cls.end]
    return bool(after) and _CLASS_GOES_ON.fullmatch(text[cls.end : after[0].start]) is not None


def membership(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class``: appositions, copulas, "such as" lists, "the chemotherapy drugs X, Y and Z"."""
    text = sentence.document.text
    mentions = sentence.mentions
    subjects = list(mentions)
    if sentence.antecedent is not None and not [m for m in mentions if m.type == "drug"]:
        subjects = [sentence.antecedent, *mentions]
    for index, drug in enumerate(subjects):
        if drug.type not in DRUGLIKE:
            continue
        if cues.CONTRAST_BEFORE.search(text[max(sentence.start, drug.start - 20) : drug.start]):
            continue  # "Unlike tamoxifen, AIs do not ...": set against the class, not one of it
        previous = drug
        partners: list[Mention] = []
        for following in subjects[index + 1 :]:
            if following.id == drug.id and previous is drug and _OPEN_PAREN.match(text[drug.end : following.start]):
                continue  # "dabrafenib (Tafinlar), a BRAF inhibitor": the drug's brand in parentheses
            if following.type != "drug_class":
                if following.type == "drug" and not cues.LIKE_ASIDE.search(text[previous.end : following.start]):
                    break  # but "Fulvestrant, like letrozole, is a hormone therapy" goes on past the aside
                continue
            outside = drug.start < sentence.start
            start = sentence.start if outside else previous.end
            between = text[start : following.start] if previous is drug else text_between(text, previous, following)
            if previous is drug and _BRAND_ASIDE.match(between):
                if not appositive_class(text, drug, following) and not cues.COPULA_AFTER_BRAND.match(
                        _BRAND_ASIDE.sub("", between, count=1)):
                    break  # "X (Brand), the targeted therapy drug Y": the class of the next drug
                between = _BRAND_ASIDE.sub("", between, count=1)
            if drug.type == "drug_class" and previous is drug and index == 0 and cues.CALLED.match(between):
                # "Some targeted therapies called angiogenesis inhibitors ...": the subclass is a member
                yield sentence.statement(following, "member_of_class", drug, "apposition", 0.8)
                break
            if drug.type == "drug_class" and previous is drug and not (
                    cues.COPULA.match(between) or cues.KIND_APPOSITION.match(between)):
                break
            if previous is drug and not between.strip() and drug.type == "drug":
                break  # "cisplatin chemotherapy", "platinum chemotherapy": a compound noun states no membership
            glued = (cues.MEMBER if previous is drug else cues.LIST_GLUE).match(between) or (
                previous is not drug and cues.MEMBER.match(between)
            ) or (previous is drug and cues.OTHER_OF_KIND.match(between))
            span = text[(sentence.start if outside else drug.end) : following.start]
            if not glued and (not re.search(r"\b(is|are|acts as|called)\b", span) or len(span) > 90
                              or _GIVEN_WITH.search(span) or _PART_OF.search(between)
                              or _PREPOSITION_AFTER_COPULA.search(span)):
                break  # "X is approved to be used with chemotherapy": a partner or earlier treatment, not a kind
            if previous is drug and not between.strip(" ,") and (
                    cues.LIST_GO_ON.match(text[following.end :]) or follows_list_comma(sentence, drug)):
                break  # "immunotherapy with X, chemotherapy, or ...", "A, B, taxanes, C": a list, not an apposition
            if previous is drug and between.lstrip().startswith(",") and class_noun_of_next(
                    text, subjects, subjects.index(following)):
                break  # "A and B, the targeted therapy drug C, and D": the class names C's kind, not B's
            if previous is drug and _listed_class(sentence, drug, following, between):
                break  # "A, B, a platinum drug, and C", "with X, a fluoropyrimidine, and Y chemotherapy": a list
            if previous is not drug and previous.type == "drug_class" and cues.CALLED.match(between):
                # "a type of targeted therapy drug called a kinase inhibitor": the subclass is a member
                yield sentence.statement(following, "member_of_class", previous, "apposition", 0.8)
            if following.id != drug.id:
                yield sentence.statement(drug, "member_of_class", following, "apposition", 0.85, outside=outside)
                if previous is drug and not outside and re.search(r"\b(?:are|both|two|three|four|five)\b", between):
                    # "X, Y, and Z are kinase inhibitors", "X and Y, two kinase inhibitors,": each is a member
                    partners = coordinated_before(sentence, drug)
                for partner in partners:  # ... "are a type of immunotherapy called checkpoint inhibitors": of each
                    yield sentence.statement(partner, "member_of_class", following, "apposition", 0.8)
            previous = following
    yield from _class_then_members(sentence)
    yield from _types_listed_inline(sentence)
    yield from subclasses_included(sentence)
    yield from used_as_kind(sentence)
    yield from _class_kind_aside(sentence)


# "an immune checkpoint inhibitor (a type of immunotherapy)": what the class is, set beside it
_KIND_ASIDE = re.compile(r"^\s*[(,]\s*(?:one|a|another)\s+(?:(?:main|common|specific)\s+)?(?:type|kind|form|class)\s+"
                         r"of\s+$", re.I)


def _class_kind_aside(sentence: Sentence) -> Iterator[Statement]:
    """``member_of_class``: a class followed by "(a type of C)" or ", a kind of C" is a kind of C.

    >>> from kg.documents import parse_document
    >>> doc = parse_document("It is a PARP inhibitor (a type of targeted therapy).", "x.md")
    >>> parp = Mention(doc.id, 8, 22, "PARP inhibitor", "K1", "parp inhibitor", "drug_class", "dictionary", 0.9)
    >>> targeted = Mention(doc.id, 34, 50, "targeted therapy", "K2", "targeted therapy", "drug_class", "d", 0.9)
    >>> [(s.subject, s.object) for s in _class_kind_aside(Sentence(doc, 0, 52, [parp, targeted]))]
    [('K1', 'K2')]
    """
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    for cls, kind in itertools.pairwise(mentions):
        if cls.type == kind.type == "drug_class" and cls.id != kind.id and _KIND_ASIDE.match(
                text[cls.end : kind.start]):
            yield sentence.statement(cls, "member_of_class", kind, "apposition", 0.8)


# "X, is effective for the prevention of chemotherapy-induced nausea": the class follows a preposition, no kind
_PREPOSITION_AFTER_COPULA = re.compile(
    r"\b(?:is|are)\b.*\b(?:for|to|in|with|by|from|than|against|on|at)\s+(?:\w+\s+){0,4}$", re.I
)
_TYPES_OF = re.compile(r"\b(?:types?|kinds?|classes|forms|groups)\s+of\s+$", re.I)
_ITEM_GLUE = re.compile(r"^\s*(?:\([^()]{1,80}\)\s*)?(?:therapy|therapies|drugs?)?\s*(?:,|,?\s*and|,?\s*or)\s*$", re.I)
_COLON_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}(?:include|are)?\s*:\s*", re.I)


def _types_listed_inline(sentence: Sentence) -> Iterator[Statement]:
    """"There are two main types of T-cell transfer therapy: TIL therapy and CAR T-cell therapy": each item
    after the colon is a kind of the class (a drug or a subclass)."""
    text = sentence.document.text
    mentions = sentence.of(*DRUGLIKE)
    for index, cls in enumerate(mentions):
        if cls.type != "drug_class" or not _TYPES_OF.search(text[max(sentence.start, cls.start - 30) : cls.start]):
            continue
        colon = _COLON_AFTER.match(text[cls.end : sentence.end])
        if colon is None or ":" not in colon.group(0):
            continue
        previous_end = cls.end + colon.end()
        for item in mentions[index + 1 :]:
            gap = text[previous_end : item.start]
            if previous_end != cls.end + colon.end() and not _ITEM_GLUE.match(gap):
                break
            if previous_end == cls.end + colon.end() and gap.strip():
                break
            if item.id != cls.id:
                yield sentence.statement(item, "member_of_class", cls, "list", 0.75)
            previous_end = item.end


def _class_then_members(sentence: Sentence) -> Iterator[Statement]:
    """"classes such as X, Y and Z", "the chemotherapy drugs X, Y", "the steroid hormone prednisone"."""
    text = sentence.document.text
    mentions = sentence.mentions
    for index, cls in enumerate(mentions):
        if cls.type != "drug_class":
            continue
        following = [m for m in mentions[index + 1 :] if m.type in DRUGLIKE]
        if not following or following[0].id == cls.id:
            continue
        first = following[0]
        between = _class_gap(text_between(text, cls, first))
        if first.type == "drug_class":
            # "immunotherapies such as checkpoint inhibitors", "hormone therapy with aromatase inhibitors": a subclass
            method = "such_as" if cues.SUCH_AS.match(between) else "class_with" if (
                cues.CLASS_WITH.match(between) and not _THERAPY_FAMILY.search(f"{first.text} {first.label}")
                and not _ANTIBODIES.search(cls.text)  # "an anti-EGFR antibody with chemotherapy": given with it
                and not _COMBINING.search(text[max(sentence.start, cls.start - 30) : cls.start])) else (
                "containing" if cues.INCLUDED_KIND.match(between) else None)
            if method is not None:
                yield sentence.statement(first, "member_of_class", cls, method, 0.75)
            continue
        method = "such_as" if cues.SUCH_AS.match(between) else "class_noun" if (
            cues.CLASS_THEN_DRUG.match(between) or cues.CONTAINING.match(between)
            or cues.INCLUDED_KIND.match(between)) else "class_with" if (
            cues.CLASS_WITH.match(between) and not ("with" in between and _COMBINING_OF.search(
                text[max(sentence.start, cls.start - 40) : cls.start]))) else None  # "Combining chemotherapy with X"
        # "a chemotherapy regimen called CHOP, or R-CHOP": one regimen
        limit = 1 if method == "class_noun" and _ONE_REGIMEN.match(between) else len(following)
        counted = cues.ONE_OF.search(text[max(0, cls.start - 20) : cls.start])
        if method is None and _COUNTED_GAP.match(between) and counted:
            method = "apposition"  # "Another CDK4/6 inhibitor, palbociclib, ...", "two chemotherapy drugs, A and B"
            limit = _COUNT.get(counted.group(0).split()[0].lower(), 1)
        if method is None and _fronted_apposition(sentence, cls, first):
            method = "apposition"  # "A kinase inhibitor that blocks BCR-ABL, imatinib was ..."
        if method is None:
            after_verb = [m for m in following if cues.INCLUDE_VERB.search(text[cls.end : m.start])
                          and not cues.INCLUDE_VERB.search(text[cls.end : m.start][:-12] or " ")]
            if not after_verb or len(text[cls.end : after_verb[0].start]) > 120:
                continue
            first, method = after_verb[0], "include"
            following = following[following.index(first) :]
        yield sentence.statement(first, "member_of_class", cls, method, 0.8)
        chained, members = first, 1
        for nxt in following[1:]:
            if nxt.id == chained.id and nxt.type == "drug":
                chained = nxt  # "procarbazine (Matulane), lomustine": the same drug by its brand
                continue
            if nxt.type != "drug" or members >= limit or not cues.LIST_GLUE.match(
                    text_between(text, chained, nxt).lstrip(" )®™")):
                break  # "two antibodies, A and B, and C, an enzyme": the count ends the members
            yield sentence.statement(nxt, "member_of_class", cls, method, 0.75)
            chained, members = nxt, members + 1


_ONE_REGIMEN = re.compile(r"^\s*regimen\b", re.I)
_COUNT = {"another": 1, "two": 2, "both": 2, "three": 3, "four": 4}
_COUNTED_GAP = re.compile(r"^\s*(?:drugs?|agents?|medicines?)?\s*(?:,|[—–]|\s-\s)\s*$", re.I)  # "two drugs—A and B"
_THERAPY_WORD = re.compile(r"^\s*(?:therap(?:y|ies)|treatments?)\b", re.I)
_WITH_ARTICLE = re.compile(r"\bwith\s+an?\s+$", re.I)


def _class_gap(between: str) -> str:
    """The words between a class and its first drug, read as if the class were named alone: "beta-blocker
    therapy, such as" as ", such as"; "targeted therapy with a monoclonal antibody" as "with".

    >>> _class_gap(" therapy (") , _class_gap(" with a ")
    (' (', ' with ')
    """
    return _WITH_ARTICLE.sub("with ", _THERAPY_WORD.sub("", between, count=1))


# "chemotherapy with targeted therapy", "combining PARP inhibitors with hormone therapies": given together, not kinds
_ANTIBODIES = re.compile(r"\bantibod(?:y|ies)$", re.I)
_THERAPY_FAMILY = re.compile(r"\b(?:therapy|therapies|treatments?)\b", re.I)
_COMBINING = re.compile(r"\bcombin\w*\b", re.I)
# "combining chemotherapy with X", "the combination of FOLFOXIRI with X" (not "combination chemotherapy with X")
_COMBINING_OF = re.compile(r"\b(?:combin(?:ing|es?)|combination\s+of)\s+(?:the\s+|an?\s+)?"
                           r"(?:(?!(?:and|or)\b)[\w-]+\s+){0,2}$", re.I)
_FRONT = re.compile(r"^[\W_]*(?:An?|One|Another)\s+$")
_FRONTED_GAP = re.compile(r"^(?:\s+(?:that|which|who)\b[^,;:.]{0,100})?\s*,\s*$")


def _fronted_apposition(sentence: Sentence, cls: Mention, drug: Mention) -> bool:
    """"An antiangiogenic agent that binds to VEGF, bevacizumab ...": a sentence-initial indefinite class,
    with at most a short relative clause, set off by a comma before the drug."""
    text = sentence.document.text
    return bool(_FRONT.match(text[sentence.start : cls.start]) and _FRONTED_GAP.match(text[cls.end : drug.start]))


_TREATMENT_OF = re.compile(r"\btreatments?\s+(?:of|for)\b", re.I)


def _not_the_lead_subject(sentence: Sentence) -> bool:
    """"Treatment of AML during the remission phase (consolidation/intensification therapy) may include the
    following:": the class named in passing is not what the items are kinds of."""
    assert sentence.lead_class is not None
    before = sentence.lead_in[: max(sentence.lead_in.find(sentence.lead_class.text), 0)]
    return bool(_TREATMENT_OF.search(before)) or before.count("(") > before.count(")")


# what follows the class in a title over a list of its drugs: "Targeted therapy approved for X", "Chemotherapy
# drugs used for X", "Immunotherapy for X"
_TITLE_AFTER_CLASS = re.compile(r"^\s*(?:drugs?|medicines?|agents?)?\s*(?:(?:approved|used)\b|for\b)", re.I)


def _class_title(lead_in: str, cls: str) -> bool:
    """Whether a line before a list is a title that opens with the class and says what its drugs are for (no
    sentence: it ends in no full stop).

    >>> _class_title("Targeted therapy approved for bladder cancer", "Targeted therapy")
    True
    >>> _class_title("Targeted therapy approved for bladder cancer.", "Targeted therapy")
    False
    >>> _class_title("Surgery and chemotherapy for breast cancer", "chemotherapy")
    False
    """
    at = lead_in.find(cls)
    if at < 0 or lead_in.rstrip().endswith((".", "!", "?", ":")) or re.search(r"\w", lead_in[:at]):
        return False
    return bool(_TITLE_AFTER_CLASS.match(lead_in[at + len(cls) :]))


def listed_members(sentence: Sentence) -> Iterator[Statement]:
    """A list item under "Approved angiogenesis inhibitors include:" names a member of the class (a drug, or a
    subclass when the item starts with one)."""
    if sentence.item_lead_class is not None:
        # "- SERMs bind to ... SERMs used to treat breast cancer include:" then "- tamoxifen, which is used ..."
        for drug in opening_run(sentence):
            if drug.type == "drug":
                yield sentence.statement(drug, "member_of_class", sentence.item_lead_class, "list", 0.75,
                                         outside=True)
        # "- Kinase inhibitor therapy: ... Kinase inhibitors include the following:" then "- BRAF inhibitors (A or
        # B) that block ...": a subclass
        for subclass in _opening_classes(sentence, sentence.item_lead_class):
            yield sentence.statement(subclass, "member_of_class", sentence.item_lead_class, "list", 0.75,
                                     outside=True)
        return
    if sentence.lead_class is None:
        return
    if sentence.soft_lead:
        # "Six CAR T-cell therapies have been approved ..." before a list of names: each is one of them; so is each
        # name under a title that opens with the class ("Targeted therapy approved for bladder cancer")
        if not (sentence.lead_class.text.endswith("s") and cues.PLURAL_LEAD.search(sentence.lead_in)) and not (
                _class_title(sentence.lead_in, sentence.lead_class.text)):
            return
    elif not (cues.INCLUDE_LEAD.search(sentence.lead_in) or counted_class_lead(  # "Four X-ies have been approved:"
            sentence.lead_in, sentence.lead_class.text)) or _not_the_lead_subject(sentence):
        return
    drugs = sentence.of("drug")
    # "Types of immunotherapy include:" followed by classes: each is a subclass, so a member; so is the class an
    # item starts with before its drugs ("- BRAF inhibitors (dabrafenib or vemurafenib) that block ...")
    subclasses = _opening_classes(sentence, sentence.lead_class)
    for subclass in subclasses:
        yield sentence.statement(subclass, "member_of_class", sentence.lead_class, "list", 0.75, outside=True)
    if subclasses:
        return
    if not drugs:
        return
    yield sentence.statement(drugs[0], "member_of_class", sentence.lead_class, "list", 0.8, outside=True)
    for other in opening_run(sentence)[1:]:  # "- nivolumab (Opdivo) and pembrolizumab (Keytruda)": each
        if other.type == "drug" and other.id != drugs[0].id:
            yield sentence.statement(other, "member_of_class", sentence.lead_class, "list", 0.75, outside=True)
    if cues.TREAT.search(sentence.lead_in):
        for disease in sentence.lead_diseases:
            yield sentence.statement(drugs[0], "treats", disease, "list", 0.75, outside=True)


def _opening_classes(sentence: Sentence, lead_class: Mention) -> list[Mention]:
    """The class a list item opens with (before any drug), other than the lead-in's own class, and the classes
    coordinated with it ("- PD-1 and PD-L1 inhibitor therapy"); none when the item opens otherwise."""
    drugs = sentence.of("drug")
    classes = [c for c in sentence.of("drug_class") if c.id != lead_class.id]
    if not classes or classes[0].start - sentence.start >= 12 or (drugs and drugs[0].start < classes[0].start):
        return []
    opening = [classes[0]]
    text = sentence.document.text
    for other in classes[1:]:
        if not cues.LIST_GLUE.match(text[opening[-1].end : other.start]):
            break
        opening.append(other)
    return opening


def brands(sentence: Sentence) -> Iterator[Statement]:
    """``brand_name_of``: a drug mentioned by one of its brand names."""
    for mention in sentence.of("drug"):
        if mention.name_kind != "brand":
            continue
        name = mention.text.rstrip("®™")
        brand = Mention(mention.doc, mention.start, mention.end, name, mint("brand", name), name, "brand",
                        mention.method, mention.confidence)
        yield sentence.statement(brand, "brand_name_of", mention, "brand", 0.9)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)

"""Organizations named in running text: companies, agencies, universities, hospitals, cooperative groups.

No public vocabulary here lists them, so they are recognised by form: a run of capitalised words (joined by
"of", "for", "in", "and", "the") that contains a word marking an institution ("University", "Institute",
"Center", "Group", "Network", "Pharma", "Inc."), or any capitalised name in a sponsorship or manufacturer
context ("funded by Pharmacyclics and Janssen", "Novartis, the manufacturer of"). Journals and meetings are
not organizations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.regex_prefilter import prefilter_patterns

_WORD = r"(?:(?:[A-Z]\.){2,}|M\.\s?D\.|(?:Inc|Co|Corp|Ltd|St)\.|[A-Z][A-Za-z0-9&'’‐–-]*)"  # "Dana–Farber"
_CONNECTOR = r"(?:of|for|in|and|the|on|de|du|at|&)"
_RUN = re.compile(  # names never run across lines or headings: spaces and tabs only
    rf"{_WORD}(?:(?:[ \t]+|,[ \t]+(?=(?:Inc|Ltd|LLC|Co|Corp|plc)\b))(?:{_CONNECTOR}[ \t]+){{0,2}}{_WORD})*"
)
_KEYWORDS = (
    r"\b(Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|Ltd\.?|LLC|plc|GmbH|Pharmaceuticals?|Pharma|"
    r"Therapeutics|Biosciences|Biotech|Laboratories|Oncology|University|Institutes?|Center|Centre|Hospital|"
    r"Clinic|Foundation|Society|Association|Administration|Agency|Group|Network|Consortium|Alliance|College|"
    r"School|Trust|Academy|Ministry|Institut|Centers|Hospitals|"
    r"Program|Programme|Organization|Council|Department|Board|Commission|Cooperative|Section|Branch|Division)"
)
_KEYWORD = re.compile(_KEYWORDS + "$")  # a word that is, or ends in, a keyword
# A keyword anywhere: a run without one holds no keyword name (every name taken from a run has a word that ends in a
# keyword), so most runs of capitalised words are passed over after this one search.
_ANY_KEYWORD = re.compile(_KEYWORDS)
# "Congress of the X Society": the society named through its meeting
_MEETING_OF = re.compile(r"^.*\b(?:Meeting|Symposium|Congress|Conference)\s+of\s+(?:the\s+)?")
_NOT_ORGANIZATION = re.compile(r"\b(Journal|Proceedings|Lancet|Meeting|Symposium|Congress|Conference|Annual|Review)\b")
_LEADING = re.compile(
    rf"^(?:(?:The|This|These|A|An|In|For|Both|Each|At|By|With|From|One|Two|Three|Four|Five|Several|Many|Most|"
    rf"Some|All|Other|Such|Since|When|While|Although|Though|Because|Until|After|Before|If|Once|Today|Now|Last|"
    rf"Recently|Earlier|Later|However|Also)\s+|{_CONNECTOR}\s+|[A-Z][a-z]+\s+the\s+)+"
)
_POSSESSIVE = re.compile(r"^(?!(?:Children|Women|Men|People)['’]s)[A-Z][A-Za-z]*['’]s\s+")  # not "Children's Oncology"
_LEADING_MODIFIER = re.compile(r"^[A-Z][A-Za-z]*-[a-z]+\s+")  # "NCI-sponsored National Clinical Trials Network"
_CONTEXT = re.compile(
    r"(?:(?:supported|sponsored|funded|manufactured|made|developed|marketed|financed)\s+(?:in part\s+)?by|"
    r"collaboration with|maker of [^,]{1,40},)\s+((?:the\s+)?[A-Z][A-Za-z-]+(?:(?:[ -]|\s&\s)[A-Z][A-Za-z.-]+){0,4}"
    r"(?:(?:,| and)[ \t]+[A-Z][A-Za-z-]+(?:[ -][A-Z][A-Za-z.-]+){0,4})*)"
    r"|\b([A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+){0,2}), (?:(?:the|which|a) (?:manufacturer|maker|company|drugmaker)|"
    r"which (?:makes|manufactures|markets|developed))\b"
    r"|\b(?:manufacturer|maker|developer|drugmaker)s?,[ \t]+([A-Z][A-Za-z-]+(?:[ \t][A-Z][A-Za-z-]+){0,2})"
)


# a group of patients or a committee's task, not an institution: "Study Group", "Treatment Group"
_GENERIC_GROUP = re.compile(
    r"(?:^|\b(?:in|of|to|from)\s+the\s+)(?:Study|Treatment|Control|Working|Placebo|Patient|Age|Risk|Trial|Expert|"
    r"Focus|Support|Comparison|"
    r"Intervention|Observation|Surgery|Chemotherapy|Radiation)\s+Groups?$"
)
# a regulator's pathway for drugs, named for what it grants them, not an institution: "FDA's Accelerated Approval
# Program", "Expanded Access Program", "Canada's Emergency Drug Release Program"
_PATHWAY = re.compile(r"\b(?:Approval|Access|Use|Release|Review|Designation)\s+Program(?:me)?$")
_TAIL = re.compile(r"^\s+(?:of|for|on)\s+(?:the\s+)?[A-Z]\S*(?:\s+(?:in\s+|and\s+)?[A-Z]\S*)*$")


def _keyword_with_tail(name: str) -> bool:
    """A keyword followed by an "of/for/on" name: "National Center for Complementary and Integrative Health",
    "National Institute on Aging"."""
    words = re.finditer(r"\S+", name)
    return any(_KEYWORD.search(w.group(0)) is not None and _TAIL.match(name[w.end() :]) is not None for w in words)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    name = text[start:end]
    meeting = _MEETING_OF.match(name)
    if meeting:  # a society named through its meeting is the society
        start += meeting.end()
        name = text[start:end]
    for pattern in (_LEADING, _POSSESSIVE, _LEADING_MODIFIER):
        match = pattern.match(name)
        if match:
            start += match.end()
            name = text[start:end]
    while name.endswith((",", " ")):
        end -= 1
        name = text[start:end]
    if name.endswith(".") and not re.search(r"(Inc|Co|Corp|Ltd|U\.S\.A|D)\.$", name):
        end -= 1
    return start, end


def _split(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Split a run at " and the " (or " and " after a full name), then end each part at its last keyword."""
    position = start
    parts: list[tuple[int, int]] = []
    for match in re.finditer(r",?\s+(and|at|in|[Ff]rom)\s+(the\s+)?(?=[A-Z])", text[start:end]):
        left_end = start + match.start()
        words = text[position:left_end].split()
        right_words = text[start + match.end() : end].split()
        place = match.group(1) == "in" and not any(_KEYWORD.search(w) for w in right_words)
        # "Report From Children's Oncology Group": a title before the name ("Cancer Center at X" is one name)
        title = match.group(1) in ("from", "From") and any(_KEYWORD.search(w) for w in right_words)
        if (match.group(1) == "and" and match.group(2)) or (words and _KEYWORD.search(words[-1])) or place or title:
            parts.append((position, left_end))
            position = start + match.end()  # "... Research in London": the place is no part of the name
    parts.append((position, end))
    for part_start, part_end in parts:
        last = None
        for word in re.finditer(r"\S+", text[part_start:part_end]):
            if _KEYWORD.search(word.group(0).rstrip(",")):
                last = part_start + word.end()
        if last is not None and _TAIL.match(text[last:part_end]):
            last = part_end
        yield part_start, last if last is not None else part_end


def organization_spans(text: str) -> Iterator[tuple[int, int, float]]:
    """Spans of organization names in text, with a confidence.

    >>> text = "Dr. Byrd, of the Ohio State University Comprehensive Cancer Center, led the study."
    >>> [text[s:e] for s, e, _ in organization_spans(text)]
    ['Ohio State University Comprehensive Cancer Center']
    >>> text = "It was funded by the drug's manufacturer, Acme."
    >>> [text[s:e] for s, e, _ in organization_spans(text)]
    ['Acme']
    >>> text = "The study was funded by Pharmacyclics and Janssen."
    >>> [text[s:e] for s, e, _ in organization_spans(text)]
    ['Pharmacyclics', 'Janssen']
    >>> text = "It is approved under FDA's Accelerated Approval Program, run by the FDA Oncology Center."
    >>> [text[s:e] for s, e, _ in organization_spans(text)]
    ['FDA Oncology Center']
    >>> text = "Acme Bio, which manufactures the drug, asked for a hearing."
    >>> [text[s:e] for s, e, _ in organization_spans(text)]
    ['Acme Bio']
    """
    seen: set[tuple[int, int]] = set()
    # keyword names first: a context name stops at "for" ("funded by the National Center for ...")
    for run in _RUN.finditer(text):
        if len(run.group().split()) < 2 or not _ANY_KEYWORD.search(run.group()):
            continue  # one word (most runs): no part of it can be a name of two words or more
        for part_start, part_end in _split(text, run.start(), run.end()):
            start, end = _trim(text, part_start, part_end)
            name = text[start:end]
            last_word = name.split()[-1] if name.split() else ""
            if len(name.split()) < 2 or (not _KEYWORD.search(last_word) and not _KEYWORD.search(
                name.split()[0] if name.split() else ""
            ) and not _keyword_with_tail(name)):
                continue
            if _NOT_ORGANIZATION.search(name) or _GENERIC_GROUP.search(name) or _PATHWAY.search(name) or any(
                    start < e and s < end for s, e in seen):
                continue
            seen.add((start, end))
            yield start, end, 0.75
    for match in _CONTEXT.finditer(text):
        group = next(g for g in (1, 2, 3) if match.group(g))
        names = re.split(r",\s+(?!(?:Inc|Ltd|LLC|Co|Corp)\b)|\s+and\s+", match.group(group))
        offset = match.start(group)
        for name in names:
            position = text.index(name, offset)
            offset = position + len(name)
            start, end = _trim(text, position, position + len(name))
            overlaps = any(start < e and s < end for s, e in seen)
            if end - start >= 3 and not overlaps and not _NOT_ORGANIZATION.search(text[start:end]):
                seen.add((start, end))
                yield start, end, 0.7


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)

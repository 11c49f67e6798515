"""``treats`` (and ``approved_for``) where the patients of a disease are said to have a new treatment option: "People
with advanced endometrial cancer now have new FDA-approved treatment options: X and Y, paired with chemotherapy",
"Patients with A that has progressed now have a new treatment option: X in combination with B and C", "People with
A now have another option with the recent approval of X".

Research-news summaries open this way: the patients first, named by their disease, then "now have a new option",
then the drugs. Each drug named after the option treats the disease. The approval is read only where the text
states it: for the drugs right after "the approval of", or, when the option itself is "FDA-approved", for the first
run of drugs after it (drugs it is "paired with" or given "in combination with" treat the disease, as in an
approval stated with partners). Not read: "no (new) options", "few options", a question or condition, a negation,
investigational use, and drugs named as what came before ("after receiving X", "instead of X").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Mention, Statement
from kg.relations import cues
from kg.relations.population_receives import population_runs
from kg.relations.sentence import DRUGLIKE, Sentence, glued_run

__all__ = ["population_options"]

# after the disease: an optional short clause ("that has progressed after X"), then "(now) have a new option"
_OPTION = re.compile(
    r"[^;:.()]{0,120}?\b(?P<cue>(?:(?:now|may|also|will|could)\s+)*(?:have|has)\s+"
    r"(?:(?:a|an|another)\s+|(?:two|three|several)\s+)?(?:(?:new|effective|additional|novel|important)\s+)*"
    r"(?P<approved>(?:FDA-approved|approved)\s+)?(?:(?:treatment|therapy|therapeutic)\s+)?options?\b)", re.I)
# the option is another drug than these: "after receiving X", "instead of X", "than X"
_NOT_THE_OPTION = re.compile(
    r"\b(?:after|following|than|instead\s+of|rather\s+than|unlike|besides|beyond|compared\s+(?:with|to)|"
    r"versus|vs)\s+(?:\w+\s+){0,3}$", re.I)
# "with the recent approval of X", "following the FDA's approval of X"
_APPROVAL_OF = re.compile(r"\bapproval\s+of\s+(?:the\s+)?(?:(?:drug|agent|therapy)\s+)?$", re.I)
_CLAUSE_END = re.compile(r";|,\s+(?:according|said|says|but|although|while|whereas)\b", re.I)


def population_options(sentence: Sentence) -> Iterator[Statement]:
    """``treats``/``approved_for`` for the drugs named as a new option of the patients of a disease.

    >>> from kg.documents import parse_document
    >>> from kg.model import Mention
    >>> doc = parse_document("People with glioma now have a new treatment option: X with Y.", "x.md")
    >>> t = doc.text
    >>> def m(word, kind):
    ...     return Mention("x", t.index(word), t.index(word) + len(word), word, word.upper(), word, kind, "d", 0.9)
    >>> s = Sentence(doc, 0, len(t), [m("glioma", "disease"), m("X", "drug"), m("Y", "drug")])
    >>> [(s.subject_text, s.predicate, s.object_text) for s in population_options(s)]
    [('X', 'treats', 'glioma'), ('Y', 'treats', 'glioma')]
    """
    diseases = sentence.of("disease")
    if not diseases or not sentence.of(*DRUGLIKE) or sentence.investigational:
        return
    text = sentence.document.text
    for run in population_runs(sentence):
        option = _OPTION.match(text, run[-1].end, sentence.end)
        if option is None or cues.NEGATION.search(option.group("cue")):
            continue
        stop = _CLAUSE_END.search(text, option.end(), sentence.end)
        end = stop.start() if stop is not None else sentence.end
        named = [d for d in sentence.of(*DRUGLIKE) if option.end() <= d.start and d.end <= end]
        yield from _option_statements(sentence, named, run, bool(option.group("approved")))
        return


def _option_statements(sentence: Sentence, named: list[Mention], diseases: list[Mention],
                       approved_option: bool) -> Iterator[Statement]:
    """Each drug named as the option treats the diseases; those whose approval is stated are approved for them."""
    text = sentence.document.text
    named = [d for d in named if not _NOT_THE_OPTION.search(text[max(sentence.start, d.start - 40) : d.start])]
    approved: set[int] = set()
    for index, drug in enumerate(named):
        if _APPROVAL_OF.search(text[max(sentence.start, drug.start - 40) : drug.start]):
            approved.update(id(d) for d in glued_run(text, named[index:]))
    if approved_option and named and not approved:
        approved.update(id(d) for d in glued_run(text, named))
    seen: set[tuple[str, str]] = set()
    for drug in named:
        predicate = "approved_for" if id(drug) in approved else "treats"
        for disease in diseases:
            if (drug.id, disease.id) not in seen:
                seen.add((drug.id, disease.id))
                yield sentence.statement(drug, predicate, disease, "population_option", 0.65)

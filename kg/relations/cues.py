"""Words that signal a relation, a negation or a hedge; shared by the sentence rules."""

from __future__ import annotations

import re

from kg.regex_prefilter import prefilter_patterns
from kg.relations.word_gates import INVESTIGATIONAL_WORDS, GatedPattern

INHIBIT = re.compile(
    r"\b(inhibit\w*|block\w*|stops?|shuts? down|turns? off|interfer\w* with|prevent\w* \w+(?: \w+)? from binding|"
    r"keep\w* \w+(?: \w+)? from binding)\b",
    re.I,
)
TARGET = re.compile(r"\b(target\w*|binds?|binding|attach\w*|acts? on|directed against|against)\b", re.I)
MEMBER = re.compile(
    r"^[\s,(]*(?:(?:is|are|was|were|acts as|works as|belongs? to)\s+)?(?:(?:also|both|all|each)\s+)?"
    r"(?:an?|the|one of the|one|two|three|four|five)?\s*"
    r"(?:(?:new|newer|novel|first|second|third|oral|experimental|investigational|targeted therapy|targeted|type|kind|"
    r"class|form|group|family)\s+){0,3}"
    r"(?:(?:of|called|known as|drugs?|agents?|medicines?)\s+){0,3}(?:an?\s+)?"
    r"(?:(?:new|newer|novel|oral|experimental|investigational|targeted)\s+){0,2}$",
    re.I,
)
# "aspirin and other anti-inflammatory drugs", "X or another AI", "rituximab, another CD20-targeted antibody": the
# drug is one of the class named after it (but "A, other Bs, and Cs" is a list)
OTHER_OF_KIND = re.compile(
    r"^\s*(?:,\s*another|,?\s+(?:and|or)\s+(?:another|other))\s+(?:(?:types?|kinds?|forms?)\s+of\s+)?$", re.I
)
# "Ipilimumab (Yervoy) was the first checkpoint inhibitor": the copula after a brand aside names the drug's class
COPULA_AFTER_BRAND = re.compile(
    r"^\s+(?:is|are|was|were)\s+(?:also\s+)?(?:an?|the|one of the)\s+(?:\w+\s+){0,2}$", re.I
)
COPULA = re.compile(r"^\s*(?:is|are|was|were)\s+(?:also\s+)?(?:an?\s+)?(?:(?:type|kind|class|form)\s+of\s+)?$", re.I)
LIST_GLUE = re.compile(r"^\s*(?:\([^()]{1,80}\)\s*)?(?:,|,?\s*and|,?\s*or)\s*(?:either\s+)?(?:an?\s+|the\s+)?$", re.I)
SUCH_AS = re.compile(
    r"^\s*(?:(?:drugs?|agents?|medicines?)\s*)?[,(—–]?\s*(?:such as|including|like|e\.g\.,?|for example,?)\s+$", re.I
)
# "the chemotherapy drug X", "a chemotherapy regimen called X" (a regimen named as one drug)
CLASS_THEN_DRUG = re.compile(
    r"^\s*(?:drugs?|agents?|medicines?|therapy drugs?|regimens?)?\s*(?:(?:called|known\s+as|named)\s+)?$", re.I)
# "Approved angiogenesis inhibitors include:", "... include the following:", "There are two types of X therapy:"
INCLUDE_LEAD = re.compile(
    r"\b(?:(?:include|includes|including|such as|are|examples?)(?:\s+the\s+following)?|types?\s+of\s+[^:.]{1,100}|"
    # "The following drugs are immune checkpoint inhibitors:" (but not "... are given with chemotherapy:")
    r"(?:the\s+following|these)\s+(?:drugs|medicines|agents|therapies)\s+are\s+(?:all\s+)?"
    r"(?!(?:[\w-]+\s+){0,3}?(?:given|used|taken|approved|with|for|to|in|by|after|before)\b)[^:.]{1,80})"
    r"\s*:\s*$", re.I
)
# "with low-dose cytarabine": a dose qualifier between the cue and the drug says how much, not what is given
DOSE = r"(?:(?:low|lower|high|higher|standard|reduced|full)[- ]dose\s+)?"
COMBINE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:is|are|was|were)\s+(?:given\s+)?)?(?:plus|with|and|\+|combined with|"
    r"in combination with|together with|along with|alongside|to|followed by)\s*(?:the\s+(?:drug\s+)?)?" + DOSE + "$",
    re.I,
)
COMPANION_LIST = re.compile(
    r"\b(?:in combination with|combined with|together with|along with|plus|with|contains?|containing|"
    # "combination chemotherapy using A, B, and C": the drugs the class was given as, together
    r"consist(?:s|ing) of|(?:chemotherapy|therapy|regimens?) using|made up of)"
    r"(?:\s+(?:other|several)\s+(?:drugs|agents|medicines),?\s+(?:including|such as))?\s*:?\s*" + DOSE + "$",
    re.I,
)
REGIMEN = re.compile(r"\b(combination|regimen)\b.*\b(contains?|includes?|consists? of|made up of)\b", re.I)
TREAT = re.compile(
    r"\b(treat\w*|therapy for|used (?:in|for)|"
    # "can also shrink vascular tumors", "help shrink": what a treatment does, not one trial's result
    r"(?:can|may|helps?|to) (?:also |help )?shrink(?![^.;]{0,80}\b(?:but|not)\b)|"
    r"(?:prolong|improv|extend|lengthen)\w*\b[^.;]{0,60}\b(?:patients|people|"
    r"women|men|adults|children|infants)\s+(?:(?:newly\s+)?diagnosed\s+)?with|(?:help\w*|benefit\w*)\s+"
    r"(?:\w+\s+){0,4}(?:patients|people|women|men|children)\s+(?:with|whose)|"
    r"for (?:\w+\s+){0,3}(?:patients|people|women|men)\s+(?:with|whose)|"
    r"in (?:\w+\s+){0,2}(?:patients|people|women|men)\s+with|"
    # "highly effective in children with X" (a result, not a study "in children with X")
    r"effective (?:in|for) (?:\w+\s+){0,2}(?:adults|children|infants|adolescents)\s+with|"
    r"for (?:the )?(?:treatment|management)|"
    # "improves survival in (advanced) X" with no population named
    r"(?:prolong|improv|extend|lengthen|increas|boost)\w*\s+(?:[\w-]+\s+){0,2}(?:survival|responses?)\s+"
    r"(?:in|for|among)(?=\s+(?:[\w-]+\s+){0,3}$)|"
    # "substantially increases survival of people with X", "may delay the progression of X"
    r"increas\w*\s+(?:\w+\s+){0,2}survival\s+(?:of|for|in|among)\s+(?:\w+\s+){0,3}(?:patients|people|women|men|adults|"
    r"children|infants)\s+with|delay\w*\s+(?:the\s+)?(?:progression|growth|return|recurrence)\s+of(?=\s*$)|"
    r"given to (?:\w+\s+){0,3}(?:patients|people|women|men|children|adults)\s+with|effective (?:against|in treating)|"
    r"(?:active|works?|worked) against|"
    r"standard of care for)\b",
    re.I,
)
# a reported result: "lived longer", "improved progression-free survival", "were less likely to die"
_REPORTED_RESULT = re.compile(
    r"\b(?:lived|survived|improved|extended|prolonged|lengthened|doubled|(?:had|showed) (?:a |an )?(?:longer|better|"
    r"higher|lower|improved|reduced|significant)|were (?:more|less) likely)\b", re.I)
_OPEN_QUESTION = re.compile(r"\b(?:whether|to see if|to determine|will|would|could|may|might|if)\b", re.I)
_ADJECTIVE = re.compile(r"investigational\s+(?:[\w-]+\s+){0,2}?(?:drugs?|agents?|therap\w+|inhibitors?|"
                        r"antibod\w+|vaccines?|combination)\b", re.I)


def studied_only(text: str) -> bool:
    """Whether a sentence speaks of investigational use (:data:`INVESTIGATIONAL`), except where its only cue is the
    drug's description ("the investigational drug X") in a sentence that reports the result: an investigational drug
    shown to work is used, not only studied (the rules ask :attr:`kg.relations.sentence.Sentence.studied_only`).

    >>> studied_only("Patients who received the investigational drug X lived longer.")
    False
    >>> studied_only("X is being tested in patients with Y."), studied_only("Whether the investigational drug X works")
    (True, True)
    """
    found = list(INVESTIGATIONAL.finditer(text))
    if not found:
        return False
    described = [m for m in found if m.group(0).lower() == "investigational" and _ADJECTIVE.match(text, m.start())]
    return len(described) < len(found) or not _REPORTED_RESULT.search(text) or bool(_OPEN_QUESTION.search(text))


# "first-line chemotherapy", "second-line therapy": which line of treatment it was, not what was given
_LINE = r"(?:(?:first|second|third|later)[- ]line\s+)?"
# "with at least two other types of", "received two lines of", "with at least one chemotherapy regimen": how much
# earlier treatment there was (the count may stand right before the treatment)
_AMOUNT = (r"(?:(?:at\s+least\s+|up\s+to\s+)?(?:one|two|three|four|\d+)\s+(?:other\s+|more\s+|prior\s+)?"
           r"(?:(?:types?|lines?|kinds?|courses?)\s+of\s+)?)?" + _LINE)
PRIOR_TREATMENT = re.compile(
    # ("after at least two treatments with X")
    r"\b(?:(?:after|following|during|despite|previous(?:ly)?|prior)\s+"
    r"(?:(?:at\s+least\s+|up\s+to\s+)?(?:one|two|three|four|\d+)\s+(?:other\s+)?(?:treatments|therapies)|"
    r"treatment|therapy|treated)|"
    r"(?:progress|recurr|worse)\w*[^.;]{0,40}?\b(?:treatment|therapy)|(?:gotten|got|get|gets)\s+(?:better|worse)|"
    r"(?:has|have|had)\s+(?:not\s+|never\s+|already\s+|previously\s+)?been\s+treated|"
    r"(?:was|were)\s+(?:previously\s+|already\s+)?treated|"
    r"(?:respond\w*|resistant|refractory)\s+to\s+(?:\w+\s+){0,2}(?:treatment|therapy))"
    r"\s+with\s+(?:the\s+|an?\s+|another\s+)?(?:other\s+)?" + _AMOUNT + r"$|"
    # "who had previously received X"
    r"\b(?:previously|already)\s+(?:received|been\s+given|taken|took)\s+(?:the\s+|an?\s+)?" + _AMOUNT + r"$|"
    # "who have received X", "after at least two therapies that included X and Y"
    r"\b(?:have|has|had)\s+received\s+(?:the\s+|an?\s+)?" + _AMOUNT + r"$|"
    r"\b(?:treatments?|therap(?:y|ies)|regimens?|chemotherapy),?\s+(?:that\s+)?(?:included|including)\s+"
    r"(?:at\s+least\s+\w+\s+)?(?:the\s+|an?\s+)?$|"
    # "did not respond to chemotherapy", "resistant to imatinib"
    # ("did not respond to at least two kinase inhibitors", "resistant to another X")
    r"\b(?:respond(?:ed|ing|s)?|resistant|refractory)\s+to\s+(?:at\s+least\s+(?:one|two|three|four|\d+)\s+)?"
    r"(?:other\s+|prior\s+|previous\s+|another\s+)?(?:the\s+|an?\s+)?" + _LINE + "$|"
    # "who are having a complete or partial response to X", "had a response to X": X was given before
    r"\b(?:ha(?:s|d|ve|ving)|showed|achieved)\s+(?:an?\s+)?(?:(?:complete|partial|good)\s+(?:or\s+(?:complete|partial)\s+)?)?"
    r"respon(?:se|ses)\s+to\s+(?:other\s+|prior\s+|previous\s+|earlier\s+)?(?:the\s+|an?\s+)?$|"
    # "has gotten worse during or after chemotherapy", "has recurred (come back) after earlier chemotherapy"
    # ("has not gotten better after platinum chemotherapy", "worse after at least one type of hormone therapy")
    r"\b(?:worse|better|progress\w*|recurr\w*|come back|came back|relapsed)\s+(?:\([^()]{1,30}\)\s+)?"
    # ("has become worse while taking X", "progression while receiving X")
    # ("progressed on X": during treatment with it)
    r"(?:(?:during|on)\s+or\s+)?(?:after|following|during|despite|on|within\s+\d+\s+months\s+of|"
    r"while\s+(?:taking|receiving|on|being\s+treated\s+with))\s+(?:earlier\s+|prior\s+|previous\s+|other\s+|"
    r"initial\s+|another\s+)?(?:the\s+|an?\s+)?" + _AMOUNT + "$",
    re.I,
)
APPROVE = re.compile(r"\bapprov\w*\b", re.I)
# "funded by X"; "conducted by Y with funding from X", "received support from X": the sponsor follows the cue
SPONSOR = re.compile(r"\b(supported|sponsored|funded|financed)\s+(?:in part\s+)?by\b|"
                     r"\b(?:with|received|receives|receiving)\s+(?:\w+\s+)?(funding|support)\s+from\b", re.I)
SPONSOR_ACTIVE = re.compile(
    r"\b(?:(?:supported|sponsored|funded|financed)\s+the|provided\s+(?:\w+\s+)?(?:funding|support)\s+for\s+the)"
    r"\s+(?:\w+\s+)?(?:trial|study)\b",
    re.I,
)
ALONG_WITH = re.compile(r"^,?\s+(?:along with|together with|as well as)\b", re.I)  # "..., along with X and Y"
TRIAL_WORD = re.compile(r"\b(trials?|study|studies|participants?|patients?)\b", re.I)
# "The approval was based on results of", "The new findings come from": what the sentence before said came from
RESULTS_OF = re.compile(r"\b(?:approval|findings?|results?|data|evidence|based on|comes? from|came from)\b", re.I)
# "An NCI-supported precision medicine study called", "a new trial, ": a trial the sentence introduces as new
NEW_TRIAL_BEFORE = re.compile(
    r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,5}(?:clinical\s+)?(?:trial|study)\s*(?:,|called|named|known as|dubbed)?\s*$",
    re.I,
)
NEGATION = re.compile(r"\b(not|neither|nor|never|failed to|cannot|no longer)\b", re.I)
CONTRAST = re.compile(r"\b(compared|comparing|versus|vs|than|instead|rather|or|either)\b\.?", re.I)
COMBINE_NEAR = re.compile(r"\b(combination|combined|together|plus|regimen|adding|added|with)\b", re.I)
HEDGE = re.compile(
    r"\b(may|might|could|possibly|potential(?:ly)?|being (?:studied|tested|investigated)|under study|"
    r"appears? to|suggests?|investigational|if)\b",
    re.I,
)
INCLUDE_VERB = re.compile(r"\b(?:include|includes|including|are)\s*:?\s*$", re.I)
# ("It is not known whether ...", "It is important to ...": an "it" that stands for the clause after it)
_EXPLETIVE_IT = (r"(?:is|was|will\s+be|would\s+be|may\s+be|might\s+be|can\s+be|could\s+be|has\s+been|remains|"
                 r"seems|appears)\s+(?:not\s+|also\s+|still\s+|now\s+)?(?:yet\s+)?(?:"
                 r"(?:known|unknown|clear|unclear|possible|likely|unlikely|true|certain|uncertain|thought|believed|"
                 r"hoped|expected|estimated|suggested|shown|reported|important|recommended)\s+(?:that|if|whether|how|"
                 r"why|what)|(?:important|possible|impossible|necessary|difficult|hard|easy|unclear|too\s+early|best|"
                 r"helpful|useful|safe|reasonable)\s+(?:to|for))\b")
PRONOUN_START = re.compile(r"^(?:It(?!\s+" + _EXPLETIVE_IT + r")|This drug|The drug|This medicine)\b")
# a reference to the drugs named together last: "both drugs", "the two agents", "this combination"
GROUP_REFERENCE = re.compile(
    r"\b(?:both|the two|these two|the two new|both of these)\s+(?:drugs|agents|medicines|therapies)\b|"
    r"\b(?:the|this|that|the new)\s+(?:drug\s+)?(?:combination|regimen)\b(?!\s+(?:of|with)\b)",
    re.I,
)
# "These drugs can cause A": the drugs or the class the sentence before named
PLURAL_REFERENCE = re.compile(
    # (after an opening conjunction: "But these therapies can also cause A")
    r"^(?:(?:But|And|However|Yet|Still|Also|Now),?\s+)?(?:[Tt]hese|[Ss]uch|[Tt]hose)\s+(?:(?:two|three|new|newer)\s+)?"
    r"(?:drugs|therapies|agents|medicines|medications|treatments)\b"
)
# "... used with A as first-line therapy and with B as second-line therapy": B is the head drug's companion too
PARALLEL_WITH = re.compile(r"\band\s+(?:also\s+)?(?:in\s+combination\s+)?with\s+(?:the\s+|an?\s+)?$", re.I)
THEY_START = re.compile(r"^They\b")  # "Checkpoint inhibitors are ... They are approved to treat:"
_INVESTIGATIONAL = re.compile(
    r"\b(being (?:studied|tested|investigated|evaluated)|under (?:study|investigation|(?:clinical )?evaluation)|"
    # "One [trial] is testing the combination plus X": what is being tested, whoever tests it
    r"investigational|^\W*testing|(?:is|are)\s+(?:now\s+|also\s+)?testing|"
    r"experimental|clinical trials? (?:of|testing|to test|using)|(?:trials?|stud(?:y|ies))\s+testing|"
    # a trial's title: "(A Study Using X in Combination with Chemotherapy to Treat Y)", "A Phase II Trial of X"
    r"(?-i:(?:A|The)\s+(?:[A-Z][\w/-]*\s+){0,3}(?:Study|Trial)\s+(?:Using|of|Testing|Comparing|Evaluating|to))|"
    r"clinical trials?\b[^.;:]{0,60}?\b(?:evaluating|investigating|testing|studying)\b|"  # "trials for X evaluating Y"
    r"(?:trials?|stud(?:y|ies))\b[^.;]{0,80}?\b(?:is|are|will be) (?:now )?(?:comparing|testing|evaluating|"
    r"investigating|studying|examining|assessing|looking at)|"
    r"(?:trials?|stud(?:y|ies))\b[^.;]{0,80}?\bwill (?:compare|test|evaluate|study|assess|examine|investigate)|"
    r"(?:are|is) (?:now )?(?:studied|tested) in clinical trials|in clinical trials|"
    r"(?:has|have|had) (?:also |only )?been (?:studied|tested|investigated)|"
    # "Researchers continue to study this drug to see whether it can be used to treat X"
    r"continue\w* to (?:study|test|investigate)|to (?:see|learn|find out) (?:whether|if)|"
    # "Larger trials are needed to determine the effectiveness of X in treating Y": not yet shown
    r"(?:trials?|stud(?:y|ies)|research)\s+(?:is|are)\s+(?:still\s+|also\s+)?needed|"
    r"to (?:further\s+)?determine the (?:effectiveness|efficacy|benefits?) of|"
    # a finding before any patient took it: "a study in mice found", "in mouse models", "showed promise"
    r"(?:in|of|with|using)\s+(?:laboratory\s+|lab\s+)?(?:mice|rats|animals|(?:mouse|animal)\s+models?|"
    r"cell\s+lines?|(?:lab|laboratory)\s+(?:dishes|studies|experiments))|show(?:s|ed|n)?\s+(?:some\s+)?promise)\b",
    re.I,
)
TREATMENT_LEAD = re.compile(r"\b(treat\w*|therapy|therapies|used (?:in|for)|options?)\b", re.I)
REGIMEN_START = re.compile(
    r"^(?:This|The)(?: [\w-]+)? (?:combination|regimen)(?: of drugs| therapy)? "
    r"(?:contains|includes|consists of|is made up of)\b",
    re.I,
)
LIST_GO_ON = re.compile(r"^\s*,?\s*(?:or|and)\b", re.I)
# "kinase inhibitors (imatinib)", "targeted therapy alone (rituximab or ibrutinib)", "an oral targeted therapy drug
# (dabrafenib)"
CLASS_WITH = re.compile(r"^\s*(?:with|using|(?:(?:alone|drugs?|agents?)\s*)?\(|:)\s*(?:either\s+)?(?:the\s+|an?\s+)?"
                        r"(?:drugs?\s+)?$", re.I)
COORDINATED = re.compile(r"^[\s)®™]*(?:\([^()]{1,40}\)\s*)?(?:,|,?\s*and|plus|\+)\s*$", re.I)
INLINE_LIST = re.compile(r"\b(?:include|includes|including|are)(?: the following)?:\s", re.I)
# "Drugs used to treat X include A and B.", "Examples of immunotherapy used to treat X include A, B, and C."
USED_TO_TREAT_INCLUDE = re.compile(r"\bused\s+to\s+treat\b[^.;:]{1,80}?\bincludes?\s+(?=\S)", re.I)
SEPARATE_ARMS = re.compile(r"\b(or|versus|vs\.?|compared|than|each|crossed|switched|along)\b", re.I)
EARLIER_TREATMENT = re.compile(r"\b(?:previously|prior|earlier|already)\b[^.;]*$", re.I)
COMPANION_BEFORE = re.compile(r"\b(?:with|plus|and|or|to|than|versus)\s+(?:the\s+)?(?:drugs?\s+)?" + DOSE + "$", re.I)
CALLED = re.compile(r"^\s*(?:drugs?|agents?|medicines?|therapy)?\s*,?\s*(?:called|known as)\s+(?:an?\s+)?$", re.I)
# "immune checkpoint inhibitors, one type of immunotherapy": a class set beside the class it is a kind of
KIND_APPOSITION = re.compile(r"^\s*,\s*(?:one|a|another)\s+(?:(?:main|common)\s+)?(?:type|kind|form|class)\s+of\s+$",
                             re.I)
WITH_GAP = re.compile(r"\bwith\b", re.I)
CONTRAST_GAP = re.compile(r"\b(?:compared|versus|vs|than|or|instead|rather|after|before|following)\b", re.I)
# (also "women with X are usually given Y": what patients with the disease are given is used for it)
TREATED_WITH = re.compile(
    r"\b(?:(?:be|been|are|is|were|was|being|get|gets)\s+(?:\w+\s+){0,2}(?:treated\s+with|cured\s+(?:by|with))|"
    # "given" only after an adverb or none ("is rare given the availability of": a preposition; "should not be
    # given": a contraindication)
    r"(?<!not )(?:be|been|are|is|were|was|being)\s+(?:(?:\w+ly|also|then|often|first|sometimes|still)\s+){0,2}"
    r"given)\s+"
    r"(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "women with X who received 5 years of treatment with Y were less likely to ...": a use shown by its benefit
WHO_RECEIVED = re.compile(
    r"^[^.;]{0,60}?\b(?:who\s+(?:\w+\s+){0,3}(?:received|receive|were given|took|had|were treated with|got)|"
    r"treated with|receiving|taking)\b[^.;]{0,50}$", re.I
)
BENEFIT_AFTER = re.compile(
    # (room for a partner and its brand: "treated with A (Brand) and B (Brand) as initial treatment lived longer")
    r"^[^.;]{0,90}?\b(?:(?:live|lived|lives|survive|survived)\b[^.;]{0,30}?\b(?:longer|as long)|"
    r"(?:were|was) less likely to (?:have|die|relapse)|"
    r"had (?:an?\s+)?(?:[\d.]+\s*(?:percent|%)\s+)?(?:lower|reduced) (?:risk|rate|chance)s? of (?:[\w-]+\s+){0,2}"
    r"(?:recurrence|relapse|death|dying|progression)|"
    r"(?:had|have|has) (?:a )?(?:longer|better|improved|higher rates? of (?:survival|response))|"
    r"(?:were|was) more likely to (?:survive|respond|be alive)|responded)\b",
    re.I,
)
# drugs named together in one run: "A and B", "A plus B", "A (Brand), B", "A/B", "A with B" (no "or")
JOINED_TOGETHER = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,|,?\s*and|,?\s*plus|\+|/|-|\s*with)\s*$", re.I)
LOOSE_GLUE = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}$", re.I)
WITH_CLASS = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:(?:may|can|will)\s+be\s+given\s+)?(?:plus|\+|combined with|"
    r"in combination with|together with|with)\s*(?:the\s+|an?\s+)?$",
    re.I,
)
NOT_YET_APPROVED = re.compile(
    r"\b(?:seek\w*|apply|applied|application|submit\w*|request\w*|expect\w*|pending|will|would|if|could)\b"
    r"[^.;]{0,30}\bapprov", re.I
)
# "Another CDK4/6 inhibitor, palbociclib", "two targeted drugs, tucatinib and trastuzumab": the class counted
ONE_OF = re.compile(r"\b(?:another|two|three|four|both)\s+(?:(?:new|newer|novel|oral|targeted)\s+)?$", re.I)
PLURAL_LEAD = re.compile(r"\b(?:approved|include|includes|are|such as|examples?)\b", re.I)
CONTRAST_BEFORE = re.compile(
    r"\b(?:unlike|like|besides|instead of|rather than|compared (?:with|to)|in addition to|apart from|than)\s+$", re.I
)
OUTCOME_BEFORE = re.compile(
    r"\b(?:rates?|risks?|incidence|cases|episodes|signs|symptoms|history|odds|chances?) of\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "the edema associated with brain tumors", "anemia caused by certain types of X": the disease causes what is treated
CONDITION_CAUSE = re.compile(r"\b(?:caused\s+by|associated\s+with|related\s+to|due\s+to|secondary\s+to)\s+"
                             r"(?:(?:certain|some|other)\s+)?(?:(?:types?|forms?)\s+of\s+)?$", re.I)
# "DLBCL in patients who had follicular lymphoma": a disease the patients had before, not the one treated
HISTORY_BEFORE = re.compile(r"\bwho\s+had\s+(?:(?:a|an|low-grade|indolent)\s+)?$", re.I)
# "Drugs Approved to Prevent Cervical Cancer": prevention, not treatment
PREVENT_LEAD = re.compile(r"\b(?:prevent\w*|reduc\w*\s+(?:the\s+)?risk)\b", re.I)
CLAUSE_BREAK = re.compile(r",?\s+(?:whereas|while)\s+|;\s+|,\s+but\s+", re.I)
# a list lead-in ends "...:", "include", or says the list follows ("Some of them are listed below.")
OPEN_LEAD = re.compile(r"(?::|\b(?:include|includes|including|such as|the following|are|were|as follows)|"
                       r"\b(?:are|is)\s+listed\s+below\.)\s*$", re.I)
# "tests used to diagnose", "staging", but not "newly diagnosed X" (the patients a treatment list is for)
# ("The main biomarkers used in these studies were serum levels of the following:": what was measured)
DIAGNOSTIC_LEAD = re.compile(r"\b(?:tests?|staging|diagnos(?!ed\b)\w*|detect\w*|screening|imaging|scans?|biomarkers?|"
                             r"measured|measurements?)\b", re.I)
# "Factors that may affect your child's prognosis after treatment include:": what the outcome depends on
PROGNOSIS_LEAD = re.compile(r"\b(?:prognos[ie]s|factors?\s+that|outlook|chance\s+of\s+recovery)\b", re.I)
TYPES_OF = re.compile(r"\b(?:types?|kinds?|classes|groups|forms) of\b", re.I)
FEWER = re.compile(
    r"\b(?:less (?:common|frequent|often|likely)|fewer|lower risk|lower (?:rates?|incidence)|rarer|"
    r"reduced (?:rates?|risk))\b",
    re.I,
)
CONTAINING = re.compile(r"^\s*(?:regimens?\s+)?(?:containing|that (?:included|includes|contained)|including)\s+$", re.I)
# "chemotherapy that included a taxane": what the class was given as is one of its kinds (a subclass or a drug)
INCLUDED_KIND = re.compile(r"^\s*(?:containing|that (?:included|includes|contained))\s+(?:an?\s+|the\s+)?$", re.I)
PREVENTION = re.compile(r"\b(?:reduc\w*|lower\w*|decreas\w*)\s+(?:\w+\s+){0,3}risks?\b", re.I)
RECURRENCE = re.compile(r"\b(?:recur\w*|relapse\w*|progress\w*|death|dying|coming back|come back|return\w*)\b", re.I)
NOT_TREATED = re.compile(r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:treated|received|had)\b", re.I)
COMPANION_LEAD = re.compile(r"\b(?:with|plus)\b[^:]{0,60}\b(?:following|these)\b[^:]{0,20}:?\s*$", re.I)
# "It is used with:", "- as combination chemotherapy with:": each item below names the drugs given with it
COMPANION_COLON = re.compile(r"\b(?:with|plus)\s*:\s*$", re.I)
RANDOMISED = re.compile(r"\brandom(?:ly|ized|ised)\b|\barms?\b", re.I)
COMPARATOR_BEFORE = re.compile(
    r"\b(?:than|compared (?:with|to)|versus|vs\.?)\s+(?:(?:in|with|among|for)\s+)?(?:the\s+)?"
    r"(?:[\w%.,-]+\s+){0,6}$",
    re.I,
)
MORE_THAN = re.compile(r"\b(?:more|higher|greater|increased)\b", re.I)
ONLY = re.compile(r"\bonly\b", re.I)
LIKE_ASIDE = re.compile(r"^\s*,\s*(?:like|as with|similar to)\s+$", re.I)
COMBINATION_NOUN = re.compile(r"^\s*(?:combination|regimen|doublet|therapy|treatment)\b", re.I)
SUBORDINATE_START = re.compile(r"^(?:Although|Though|Even though|While|Whereas)\b", re.I)
# the patients a sentence speaks of, named by their disease: "women with ovarian cancer", "patients with previously
# untreated advanced melanoma whose ..." (a trial's population; the patients a later "those" refers to)
POPULATION_WITH = re.compile(
    r"\b(?:patients|women|men|people|participants|children|adults|adolescents|individuals)\s+"
    r"(?:(?:aged?|ages|older|younger|who|from|in|enrolled)\b[^,;:]{0,40}?\s+)?with\s+(?:[\w-]+\s+){0,5}$", re.I)
# "Current approaches do not include X as ...", "Standard treatment does not use X": the drug named is not used
NOT_INCLUDED = re.compile(r"\b(?:do|does|did)\s+not\s+(?:usually\s+|routinely\s+)?(?:include|use|involve)\s+"
                          r"(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "whether people with A should take X", "if children with A get X": a question or condition opens the clause
QUESTION_BEFORE = re.compile(r"\b(?:whether|if|when|unless|once)\b[^,;:]*$", re.I)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)
INVESTIGATIONAL = GatedPattern(_INVESTIGATIONAL, INVESTIGATIONAL_WORDS)  # (kg.relations.word_gates)

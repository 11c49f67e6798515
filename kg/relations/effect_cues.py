"""Words that signal a side effect: the side-effect cue, what causes an event, what the patients of an arm had,
and the events that go on from the sentence before; shared by the side-effect rules (the other cues are in
:mod:`kg.relations.cues`)."""

from __future__ import annotations

import re

from kg.regex_prefilter import prefilter_patterns

SIDE_EFFECT = re.compile(
    r"\b(side effects?|adverse (?:events?|effects?|reactions?)|toxicit\w*|complications?|"
    # a lead-in that lists what a treatment's late effects are ("Late effects of X may include:"); not a heading or a
    # mention of late effects in passing, which would make a whole section side-effect context
    r"late effects (?:of|from) [^.:;]{1,80}?\b(?:may |can )?include)\b", re.I
)
CAUSE = re.compile(
    r"\b(?:can|may|might|could|often|also|commonly)?\s*(?:cause[sd]?(?!\s+by\b)|causing|"
    # "led to anemia", but not "led to a marked reduction in infections"
    r"(?:lead|leads|led) to(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:reduc|decreas|declin|drop|fall|lower|improv|fewer|less))|"
    # "was associated with atrial fibrillation", "... with an increased risk of A"
    r"(?:is|was|were|are|been)\s+(?:also\s+)?(?:linked|associated)\s+with(?:\s+(?:an?\s+)?(?:\w+\s+)?(?:risk|rates?|cases))?|"
    r"(?:linked|tied)\s+to\s+(?:an?\s+)?(?:\w+\s+)?(?:risk|rates?|incidence)\s+of|promote[sd]?|result(?:s|ed)?\s+in|"
    # "can make you throw up", "makes it hard to sleep", "make you feel tired": the event stated as what it makes the
    # reader do, right after the cue (not "has made them the first-line agents in the management of A")
    r"(?:make|makes|made)\s+(?:you|them|him|her|it|patients|people|some\s+people)"
    r"(?=(?:\s+(?:feel|more\s+likely\s+to\s+(?:get|have|develop)))?\s*$)|"
    # "can trigger A", "may produce A", "has been linked to A", "can bring on A"
    r"trigger(?:s|ed)?|produce[sd]?|bring(?:s|ing)?\s+on|(?:been|is|are|was|were)\s+(?:also\s+)?linked\s+to|"
    r"(?<!at )(?<!at an )(?:increase[sd]?|raise[sd]?|raising|increasing)\s+(?:the\s+)?(?:\w+(?:'s)?\s+){0,2}"
    # "increases a woman's risk for blood clots" reads like "risk of"
    r"(?:risks?|rates?|incidence|chances?|likelihood|odds)\s+(?:of|for)(?:\s+developing)?)\b",
    re.I,
)
# "patients treated with X often experienced A": what the patients of an arm had
ARM_EXPERIENCED = re.compile(
    r"^[^.;]{0,40}?\b(?:often|commonly|frequently|also|sometimes|may|might|can|could)?\s*"
    # "patients treated with X can experience A", "people taking X often report A" (not "report less A")
    r"(?:experienced|experiences?|reported|reports?|developed|develops?|suffered|suffers?|had|have|has|get|gets|got|"
    r"feel|feels|felt)\b"
    r"(?!\s+(?:less(?!\s+than)|fewer|no|lower|reduced|decreased|improved|relief)\b)"
    r"[^.;]{0,30}$|"
    # "people taking X may throw up", "some people who take X feel sick to their stomach": an event stated as a clause
    # follows its subject with no verb between (a noun cannot: "patients taking X nausea" is no sentence)
    r"^ +(?:(?:often|commonly|frequently|also|sometimes|usually|may|might|can|could|will)\s+){0,2}$|"
    # "six women who received X died of a blood clot", "there was one treatment-related death due to sepsis",
    # "one patient in the X group died after developing A"
    r"^[^.;]{0,60}?\b(?:died|deaths?)\s+(?:of|from|due\s+to|as\s+an?\s+result\s+of|caused\s+by|after\s+developing)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
ARM_BEFORE = re.compile(
    # ("who continued to take X", "assigned to receive X": the arm's drug after the verb that puts patients on it)
    r"\b(?:receiving|received|taking|took|given|treated with|in the|among the|with|who\s+(?:take|get|receive)|"
    r"(?:continued|went\s+on|assigned|chose)\s+to\s+(?:take|get|receive)|"
    # "patients on X had A", "women who were on X": the arm's drug after "on"
    r"(?:patients|people|women|men|participants|children|those)\s+(?:who\s+(?:are|were)\s+)?on)"
    # "receiving 12 months of X", "given two cycles of X": the arm's drug after its amount
    r"\s+(?:(?:\d+|one|two|three|four|five|six|several)\s+(?:months?|years?|weeks?|cycles?|doses?|courses?)\s+of\s+)?"
    # "who received daily exemestane", "taking oral X": the drug after its schedule or route
    r"(?:the\s+)?(?:(?:daily|weekly|monthly|oral|intravenous)\s+)?$", re.I
)
# "The most common were A and B", "These reactions included A": events that go on from the sentence before
EFFECTS_GO_ON = re.compile(
    # "The most common fatal event, accounting for a quarter of the total, was A"
    r"^(?:[^,;]{0,40},\s*)?(?:the most (?:common|frequent)(?:\s+ones|(?:\s+(?:serious|severe|fatal))?\s+"
    r"(?:events?|reactions?|problems?))?(?:,[^,;]{1,60},)?\s+(?:were|was|included|include)|"
    r"(?:these|such|those)\s+(?:reactions|effects|events|problems)\s+(?:included|include|were|consisted))\b",
    re.I,
)
# "infusion reactions in patients who received X": events reported for the patients of an arm
EVENT_IN_ARM = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:were|was)\s+)?(?:(?:seen|reported|observed|occurred)\s+)?(?:in|among)\s+"
    # "occurred in about half of the patients who received X", "in 20 percent of those taking X"
    r"(?:(?:about|approximately|nearly|almost|more than|less than|only)\s+)?"
    r"(?:(?:half|a third|one-third|a quarter|one-quarter|two-thirds|[\d.]+\s*(?:percent|%))\s+of\s+)?"
    r"(?:the\s+)?(?:patients|people|women|men|participants|those|children)\s+(?:who\s+(?:had\s+)?"
    r"(?:received|were given|took|were treated with|got)|receiving|taking|treated with|given)\s+(?:the\s+)?$",
    re.I,
)
# "nausea caused by X", "hair loss from X", "a fracture due to X": the event is named before what caused it
CAUSED_BY = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:that\s+(?:is|are|was|were)|which\s+(?:is|are|was|were))\s+)?"
    r"(?:caused\s+by|due\s+to|induced\s+by|attributed\s+to|from|associated\s+with|"
    # "Hearing loss may occur after treatment with cisplatin"
    r"(?:(?:may|can|might|often|sometimes)\s+)?(?:occurs?|develops?|happens?)\s+(?:after|following|during))"
    # "Neutropenia caused by some types of chemotherapy"
    r"\s+(?:the\s+)?(?:use\s+of\s+|treatment\s+with\s+)?(?:certain\s+|some\s+)?(?:(?:types?|kinds?|forms?)\s+of\s+)?$",
    re.I,
)
ARM_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:group|arm)\b", re.I)
MORE = re.compile(r"\b(more|higher|increased?|common|frequent|most|rates?|\d+(?:\.\d+)?\s?(?:%|percent))\b", re.I)
CONTROL = re.compile(r"\b(placebo|control)\b", re.I)


prefilter_patterns(globals())  # the same matches, scanned faster (see kg.regex_prefilter)

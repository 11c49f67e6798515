"""An approval stated for another purpose than the use a lead-in lists: "X is approved to be used to reduce
inflammation and suppress the body's immune response. It is used with other drugs to treat the following types of
cancer:" approves X for what the first sentence says, not for the cancers listed after the second.

The reading context joins the sentence an "It ..." lead-in refers to with the lead-in (so that "X is approved to treat
adults whose cancer ... It is used in:" reads as an approval). When that sentence's approval already names its own
purpose (a verb other than "treat") and the lead-in states the use with a verb of its own, the approval stays with
its purpose: the items are uses (``treats``), not approvals.
"""

from __future__ import annotations

import re

# "approved to reduce", "approved to be used to lower", "approved for use to relieve" (not "to treat", "to be used
# alone or with other drugs to treat")
_APPROVED_PURPOSE = re.compile(
    r"\bapproved\s+(?:(?:to\s+be\s+used|for\s+use)\s+)?to\s+(?!treat\b|be\b|help\s+treat\b)[a-z]+", re.I
)
# the lead-in's own verb of use: "It is used with other drugs to treat", "It is also given to treat"
_OWN_USE = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:used|given)\b", re.I)


def approval_for_other_purpose(referred: str, lead_in: str) -> bool:
    """Whether the sentence an "It ..." lead-in refers to approves the drug for a purpose of its own, the lead-in
    stating its use apart.

    >>> approval_for_other_purpose("X is approved to be used to reduce swelling.",
    ...                            "It is used with other drugs to treat the following cancers:")
    True
    >>> approval_for_other_purpose("X is approved to treat adults whose cancer has spread.", "It is used in:")
    False
    """
    return bool(_APPROVED_PURPOSE.search(referred)) and bool(_OWN_USE.search(lead_in))

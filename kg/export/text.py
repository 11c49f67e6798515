"""Text made safe for every export format.

XML 1.0 cannot hold most C0 control characters, lone surrogates or U+FFFE/U+FFFF, and a GraphML or
RDF/XML reader stops at the first one. The same strings go to RDF literals, so every exporter cleans
them here, once, the same way: the exports then agree with each other byte for byte on the text.
"""

from __future__ import annotations

import math
import re

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def clean_text(text: str) -> str:
    """The text without XML-illegal and control characters (tab, newline and carriage return stay).

    >>> clean_text("mTOR\\x00 inhibitor\\x1b")
    'mTOR inhibitor'
    """
    return _ILLEGAL.sub("", text)


def format_double(value: float) -> str:
    """A float as an ``xsd:double`` lexical form that round-trips (``NaN``/``INF`` spelled as XSD wants).

    >>> format_double(0.9), format_double(float("inf")), format_double(3)
    ('0.9', 'INF', '3.0')
    """
    number = float(value)
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "INF" if number > 0 else "-INF"
    return repr(number)

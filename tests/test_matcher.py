"""The matcher reports a key only at word boundaries, the way a plain search followed by a boundary test does."""

from __future__ import annotations

from kg.linking.matcher import Entry, Matcher, fold, longest_hits, name_key

NAMES = ["HER2+", "her2", "breast cancer", "cancer", "cancers", "5-FU", "a.b", "a,b", "(R)-CHOP", "therapy",
         "St. John's wort", "ab", "İstanbul", "x"]
TEXTS = [
    "HER2+ breast,cancer and breast cancers, Breast-Cancer; 5-FUs, 5-fu. a.b a,b a b (r)-chop",
    "HER2+s her2es cancerses CANCERS therapies therapys St. John's wort İstanbulS ab-ab xab abx",
    "ab", "  ab", "ab  ", "", "cancer\ncancer", "breast  cancer breast\tcancer breast/cancer",
]


def _reference(names: list[str], text: str) -> list[tuple[int, int, str]]:
    """Every occurrence of every key, then the old boundary rules: no letter or digit before, and after it
    either none or a plural 's'/'es' and then none."""
    folded = fold(text)
    keys = {name_key(n) for n in names if len(name_key(n)) >= 2}
    keys |= {k[:-1] + "ies" for k in keys if len(k) > 4 and k.endswith("y") and k[-2] not in "aeiou"}
    found = []
    for key in keys:
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            ok = at == 0 or not text[at - 1].isalnum()
            if ok and end < len(text) and text[end].isalnum():
                plural = next((end + len(s) for s in ("s", "es") if text[end : end + len(s)] == s
                               and (end + len(s) >= len(text) or not text[end + len(s)].isalnum())), None)
                ok, end = plural is not None, plural or end
            if ok:
                found.append((at, end, key))
            at = folded.find(key, at + 1)
    return sorted(found)


def test_hits_are_those_of_a_plain_search_at_word_boundaries() -> None:
    matcher = Matcher(Entry(f"T{i}", n, "label", "drug") for i, n in enumerate(NAMES))
    for text in TEXTS:
        hits = [(h.start, h.end, h.key) for h in matcher.find(text)]
        assert sorted(hits) == _reference(NAMES, text), text


def test_hits_come_in_text_order_of_their_key_ends_longest_first() -> None:
    matcher = Matcher(Entry(f"T{i}", n, "label", "drug") for i, n in enumerate(NAMES))
    hits = list(matcher.find("breast cancers and HER2+ cancer"))
    ends = [(h.start + len(h.key), -len(h.key)) for h in hits]
    assert ends == sorted(ends)
    assert [h.key for h in longest_hits(hits)] == ["breast cancer", "her2+", "cancer"]

"""Name handling shared by the readers: folding for look-up, lower-case labels, salts, plurals, inversions.

Every reader and the loader fold names the same way (:func:`fold`), so a name found at compile time is
found again at look-up time.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_SALTS = frozenset(
    [
        "acetate",
        "hydrochloride",
        "dihydrochloride",
        "hcl",
        "sulfate",
        "mesylate",
        "dimesylate",
        "citrate",
        "maleate",
        "tosylate",
        "ditosylate",
        "phosphate",
        "sodium",
        "disodium",
        "potassium",
        "calcium",
        "dimeglumine",
        "meglumine",
        "besylate",
        "malate",
        "tartrate",
        "bitartrate",
        "succinate",
        "fumarate",
        "bromide",
        "hydrobromide",
        "monohydrate",
        "hyclate",
        "lactate",
        "gluconate",
        "camsylate",
        "esylate",
        "edisylate",
        "trihydrate",
        "dihydrate",
        "pamoate",
        "olamine",
        "dimaleate",
    ]
)
_ADJECTIVE_ENDINGS = ("al", "ed", "ic", "ous", "form", "ar", "ary", "ive", "papular")


class SourceFormatError(ValueError):
    """A source file whose content the reader cannot use; the message names the file and line."""


def fold(name: str) -> str:
    """The look-up key of a name: ASCII, lower case, punctuation and spacing collapsed.

    >>> fold("BOLERO-2") == fold("bolero 2")
    True
    >>> fold("  Afinitor® ")
    'afinitor'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", ascii_name.lower()).strip()


def clean(name: str) -> str:
    """A name safe for the compiled TSV: no tabs, newlines or ``|``, single spaces.

    >>> clean(" a|b\\tc ")
    'a/b c'
    """
    return " ".join(name.replace("|", "/").split())


def strip_salt(name: str) -> str:
    """The generic name without a trailing salt or hydrate word.

    >>> strip_salt("Abiraterone Acetate")
    'Abiraterone'
    >>> strip_salt("Sodium Thiosulfate")
    'Sodium Thiosulfate'
    >>> strip_salt("Cabozantinib-S-Malate")  # a salt joined by hyphens, behind a one-letter stereo descriptor
    'Cabozantinib'
    """
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _SALTS:
        words.pop()
    parts = words[-1].split("-") if words else []
    if len(parts) > 2 and parts[-1].lower() in _SALTS and all(len(p) == 1 for p in parts[1:-1]) and parts[0]:
        words[-1] = parts[0]
    return " ".join(words)


def singular(name: str) -> str:
    """A plural class name made singular on its last word (``Inhibitors`` → ``Inhibitor``).

    >>> singular("Aromatase Inhibitors")
    'Aromatase Inhibitor'
    >>> singular("Monoclonal Antibodies")
    'Monoclonal Antibody'
    >>> singular("Antineoplastic Agents, Alkylating")
    'Antineoplastic Agents, Alkylating'
    """
    head, _, last = name.rpartition(" ")
    lower = last.lower()
    if lower.endswith("ies") and len(lower) > 4:
        last = last[:-3] + "y"
    elif lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ys")) and len(lower) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


def inverted(name: str) -> str | None:
    """The natural word order of an inverted name, or None when it is not inverted.

    >>> inverted("Mucositis oral")
    'oral mucositis'
    >>> inverted("Platelet count decreased")
    'decreased platelet count'
    >>> inverted("Neoplasms, Breast")
    'Breast Neoplasms'
    >>> inverted("Fatigue") is None
    True
    """
    if ", " in name:
        head, _, tail = name.partition(", ")
        return f"{tail} {head}" if tail and "," not in tail else None
    words = name.split()
    if len(words) >= 2 and words[-1].lower().endswith(_ADJECTIVE_ENDINGS) and words[-1].islower():
        return " ".join([words[-1], *words[:-1]]).lower()
    return None


def lower_label(name: str) -> str:
    """A lower-case label that keeps acronyms and mixed-case symbols (``HER2``, ``mTOR``) as they are.

    >>> lower_label("Trastuzumab Deruxtecan")
    'trastuzumab deruxtecan'
    >>> lower_label("Recombinant HPV Vaccine")
    'recombinant HPV vaccine'
    """
    out = []
    for word in name.split():
        rest = word[1:]
        keep = any(c.isupper() for c in rest) or any(c.isdigit() for c in word)
        out.append(word if keep else word.lower())
    return " ".join(out)


def open_text(path: Path) -> Iterator[str]:
    """The lines of a text file, gzip-compressed or not, without line ends.

    >>> list(open_text(Path("/nonexistent"))) # doctest: +SKIP
    """
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as handle:
        for line in handle:
            yield line.rstrip("\r\n")


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV with a header as ``(line number, {column: value})``; missing columns are an error.

    Values wrapped in double quotes (DrugCentral's style) are unwrapped; no other quoting is assumed.

    >>> next(read_tsv(Path("x.tsv"), ("a",)))  # doctest: +SKIP
    (2, {'a': '1'})
    """
    lines = open_text(path)
    try:
        header = [_unquote(c) for c in next(lines).split("\t")]
    except StopIteration:
        raise SourceFormatError(f"{path}:1: empty file, expected a header") from None
    missing = [c for c in columns if c not in header]
    if missing:
        raise SourceFormatError(f"{path}:1: missing column(s) {', '.join(missing)}")
    for number, line in enumerate(lines, start=2):
        if not line.strip():
            continue
        row = [_unquote(v) for v in line.split("\t")]
        if len(row) < len(header):
            row += [""] * (len(header) - len(row))
        yield number, dict(zip(header, row, strict=False))


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


# Generic English and clinical words that are never, on their own, the name of one drug or class: a
# synonym equal to one of these would tag ordinary prose ("start", "adjuvant", "inhibitors").
GENERIC_WORDS = frozenset(
    """
    start stop adjuvant neoadjuvant maintenance induction consolidation salvage palliative standard control
    placebo inhibitor inhibitors agonist agonists antagonist antagonists blocker blockers agent agents drug
    drugs compound compounds modulator modulators analog analogs analogue analogues derivative derivatives
    nutrient nutrients biomarker biomarkers marker markers supplement supplements therapy therapies
    treatment treatments medicine medicines medication medications regimen regimens vaccine vaccines
    antibody antibodies protein proteins peptide peptides enzyme enzymes hormone hormones vitamin
    solution tablet tablets capsule capsules injection injections cream gel ointment spray patch oral
    powder liquid water salt acid base oil sugar gas care plus one max forte extra
    """.split()
)
_WORD_ENDINGS = ("ing", "ed", "ly")
# Endings that mark an English verb form or adverb whatever the case ("Luteinizing"); plain -ed/-ing/-ly
# also end brand names ("Sudafed", "Estring"), so those count only in a name the source wrote in lower case.
_VERB_ENDINGS = ("izing", "ising", "ating", "ized", "ised", "ated", "ening", "ously", "ively", "ingly", "ally")
JUNK_CHECKED_TYPES = frozenset({"drug", "drug_class"})


def is_junk_synonym(name: str, term_type: str) -> bool:
    """Whether a synonym or brand would match ordinary English in running text.

    Short names (3 characters or fewer) match too much unless they are all-capital codes; for drugs and
    classes, single words that are generic words or look like verb forms and adverbs (-ing, -ed, -ly) go too.

    >>> [is_junk_synonym(n, "drug") for n in ("start", "Luteinizing", "AC", "ab", "5-FU", "Afinitor")]
    [True, True, False, True, False, False]
    >>> is_junk_synonym("debulking", "drug"), is_junk_synonym("Sudafed", "drug")
    (True, False)
    >>> is_junk_synonym("Bleeding", "adverse_event"), is_junk_synonym("p53", "target")
    (False, False)
    """
    key = fold(name)
    if not key:
        return True
    if term_type == "target":
        return False
    single = " " not in key
    if single and len(key.replace(" ", "")) <= 3 and not name.isupper():
        return True
    if term_type not in JUNK_CHECKED_TYPES or not single:
        return False
    if key in GENERIC_WORDS or not key.isalpha():
        return key in GENERIC_WORDS
    return key.endswith(_VERB_ENDINGS) or (name.islower() and key.endswith(_WORD_ENDINGS))


def class_names(name: str) -> list[str]:
    """Lower-case singular and plural names of a class from its (possibly inverted, plural) source name.

    >>> class_names("Antibodies, Monoclonal")
    ['monoclonal antibody', 'monoclonal antibodies']
    >>> class_names("Purine Analogs")
    ['purine analog', 'purine analogue', 'purine analogs', 'purine analogues']
    """
    natural = inverted(name) if ", " in name else None
    base = natural or name
    forms = [lower_label(singular(base)), lower_label(base)]
    out: list[str] = []
    for form in forms:
        out.append(form)
        if form.endswith("analog"):
            out.append(form + "ue")
        elif form.endswith("analogs"):
            out.append(form[:-1] + "ues")
        elif form.endswith("analogue"):
            out.append(form[:-2])
        elif form.endswith("analogues"):
            out.append(form[:-3] + "s")
    return list(dict.fromkeys(out))

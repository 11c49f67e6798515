"""Patient-language names of common adverse events that no public source here spells out.

A short hand-made list (this project's own work), keyed by CTCAE term; it is what patients read on
cancer.gov ("mouth sores", "hair loss") and what the corpus's side-effect lists say.
"""

from __future__ import annotations

from collections.abc import Iterator

SOURCE = "kg_curated"

PATIENT_NAMES: dict[str, tuple[str, ...]] = {
    "Mucositis oral": ("mouth sores", "sore mouth", "stomatitis", "oral mucositis", "mouth ulcers"),
    "Alopecia": ("hair loss",),
    "Fatigue": ("tiredness", "feeling tired"),
    "Nausea": ("feeling sick to your stomach",),
    "Diarrhea": ("loose stools",),
    "Anorexia": ("loss of appetite", "decreased appetite"),
    "Weight loss": ("losing weight",),
    "Peripheral sensory neuropathy": ("numbness and tingling", "nerve damage", "peripheral neuropathy"),
    "Hot flashes": ("hot flushes",),
    "Arthralgia": ("joint pain",),
    "Myalgia": ("muscle pain", "muscle aches"),
    "Dyspnea": ("shortness of breath",),
    "Pruritus": ("itching", "itchy skin"),
    "Rash acneiform": ("acne-like rash",),
    "Neutrophil count decreased": ("low neutrophil count", "neutropenia"),
    "Platelet count decreased": ("low platelet count", "thrombocytopenia"),
    "White blood cell decreased": ("low white blood cell count", "leukopenia"),
    "Anemia": ("low red blood cell count",),
    "Edema limbs": ("swelling of the arms or legs", "swelling in the hands or feet"),
    "Osteoporosis": ("bone loss", "bone thinning"),
    "Hyperglycemia": ("high blood sugar",),
    "Hypertension": ("high blood pressure",),
    "Pneumonitis": ("inflammation of the lungs", "lung inflammation"),
    "Vomiting": ("throwing up",),
    "Constipation": ("trouble having bowel movements",),
    "Insomnia": ("trouble sleeping",),
    "Cough": ("coughing",),
    "Headache": ("headaches",),
    "Dysgeusia": ("taste changes", "change in taste"),
    "Palmar-plantar erythrodysesthesia syndrome": ("hand-foot syndrome",),
}


# Side effects cancer.gov names that neither CTCAE nor HPO has as a general term: MeSH "pathological
# conditions" descriptors (tree C23/C14) added as adverse events, with the plain words articles use.
MESH_EVENTS: dict[str, tuple[str, ...]] = {
    "D006470": ("bleeding", "hemorrhage", "haemorrhage", "hemorrhages"),  # Hemorrhage
    "D005402": ("fistula", "fistulas", "fistulae"),  # Fistula
    "D013927": ("blood clots", "blood clot", "thrombosis"),  # Thrombosis
}

# Patient-language names of HPO phenotypes (keyed by HP id), added to the phenotype's own synonyms.
PHENOTYPE_NAMES: dict[str, tuple[str, ...]] = {
    "HP:0001058": ("impaired wound healing", "delayed wound healing", "slow wound healing", "wound healing problems"),
    "HP:0030166": ("night sweating",),
    "HP:0001635": ("congestive heart failure",),
}


# Class names articles use that no source here gives the class they mean (class id → names).
CLASS_NAMES: dict[str, tuple[str, ...]] = {
    "NDFRT:N0000175712": ("purine analog", "purine analogue", "purine analogs", "purine analogues"),
    "NDFRT:N0000191809": ("pyrimidine analogue", "pyrimidine analogues"),
}

# Diseases the articles name that MONDO does not have: (id, label, synonyms). A MeSH descriptor's id is
# used when MeSH has the concept outside its disease tree; otherwise the id is minted.
DISEASES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "KG:disease/solid-tumor",
        "solid tumor",
        ("solid tumors", "solid tumour", "solid tumours", "solid neoplasm", "solid neoplasms", "solid cancer"),
    ),
    ("MESH:D006084", "transplant rejection", ("graft rejection", "organ rejection", "transplant rejections")),
)


def read_patient_names() -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(CTCAE term, patient-language names)`` pairs.

    >>> dict(read_patient_names())["Mucositis oral"][0]
    'mouth sores'
    """
    yield from PATIENT_NAMES.items()

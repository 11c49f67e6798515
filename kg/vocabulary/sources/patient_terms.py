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
    "Anorexia": ("loss of appetite", "decreased appetite", "appetite loss", "poor appetite", "lack of appetite"),
    "Weight loss": ("losing weight",),
    "Peripheral sensory neuropathy": ("numbness and tingling", "nerve damage", "peripheral neuropathy"),
    "Hot flashes": ("hot flushes",),
    "Arthralgia": ("joint pain", "joint aches", "joint ache"),
    "Myalgia": ("muscle pain", "muscle aches", "muscle ache"),
    "Dyspnea": ("shortness of breath",),
    "Pruritus": ("itching", "itchy skin", "itchiness"),
    "Rash acneiform": ("acne-like rash",),
    "Neutrophil count decreased": ("low neutrophil count", "neutropenia"),
    "Platelet count decreased": ("low platelet count", "thrombocytopenia"),
    "White blood cell decreased": ("low white blood cell count", "leukopenia"),
    "Anemia": ("low red blood cell count",),
    "Edema limbs": ("swelling of the arms or legs", "swelling in the hands or feet", "swelling in the legs",
                    "leg swelling", "swollen legs", "swollen ankles", "swelling in the arms or legs"),
    "Osteoporosis": ("bone loss", "bone thinning", "weakened bones", "weak bones", "thinning of the bones"),
    "Hyperglycemia": ("high blood sugar",),
    "Hypertension": ("high blood pressure",),
    "Pneumonitis": ("inflammation of the lungs", "lung inflammation"),
    "Vomiting": ("throwing up",),
    "Constipation": ("trouble having bowel movements",),
    "Insomnia": ("trouble sleeping", "being unable to sleep", "trouble falling asleep", "sleep problems"),
    "Cough": ("coughing",),
    "Headache": ("headaches",),
    "Dysgeusia": ("taste changes", "change in taste", "changes in taste", "loss of taste"),
    "Palmar-plantar erythrodysesthesia syndrome": ("hand-foot syndrome", "hand-foot skin reaction",
                                                   "hand-foot skin reactions", "hand and foot syndrome"),
    "Proteinuria": ("protein in the urine",),
    "Injection site reaction": ("injection site reactions", "skin reactions at the needle site",
                                "reactions at the injection site"),
    "Hypotension": ("low blood pressure",),
    "Gynecomastia": ("enlarged breasts", "breast enlargement"),
    "Libido decreased": ("loss of interest in sex", "decreased libido", "lower sex drive", "low sex drive"),
    "Erectile dysfunction": ("impotence", "trouble getting an erection"),
    "Breast pain": ("tender breasts", "breast tenderness", "sore breasts"),
    "Irregular menstruation": ("changes in your periods", "irregular periods", "changes in menstrual periods",
                               "menstrual changes"),
    "Allergic reaction": ("allergic reactions",),
    "Arterial thromboembolism": ("clots in the arteries", "arterial blood clots", "arterial clots"),
    "Rash maculo-papular": ("rash", "rashes", "skin rash"),
    "Nasal congestion": ("sinus congestion", "stuffy nose"),
    "Bone marrow hypocellular": ("myelosuppression", "bone marrow suppression", "marrow suppression",
                                 "bone marrow damage"),
    "Dysphagia": ("trouble swallowing", "difficulty swallowing", "problems swallowing"),
    "Dizziness": ("feeling dizzy", "lightheadedness"),
    "Muscle cramp": ("muscle cramps", "cramping", "cramps"),
    "Somnolence": ("sleepiness", "sedation"),
    "Hypercalcemia": ("high calcium levels", "high blood calcium", "high level of calcium in the blood"),
    "Hypocalcemia": ("low calcium levels", "low blood calcium", "low level of calcium in the blood"),
    "Hypokalemia": ("low potassium levels", "low blood potassium", "low potassium"),
    "Hyponatremia": ("low sodium levels", "low blood sodium", "low sodium"),
    "Hypomagnesemia": ("low magnesium levels", "low blood magnesium", "low magnesium"),
    "Dehydration": ("being dehydrated",),
    "Hearing impaired": ("hearing loss", "loss of hearing", "hearing problems"),
    "Cognitive disturbance": ("cognitive problems", "trouble thinking", "thinking problems", "chemo brain"),
    "Concentration impairment": ("trouble concentrating", "difficulty concentrating", "trouble focusing"),
    "Photosensitivity": ("sensitivity to the sun", "sensitivity to sunlight", "sun sensitivity"),
    "Abdominal pain": ("belly pain",),
    # organ inflammation in plain words (kg/linking/adverse_events.py reads "inflammation of the <organ>")
    "Myocarditis": ("heart inflammation", "inflammation of the heart", "heart muscle inflammation"),
    "Colitis": ("colon inflammation", "inflammation of the colon", "bowel inflammation", "inflammation of the bowel"),
    "Vasculitis": ("blood vessel inflammation", "inflammation of the blood vessels"),
    "Hypophysitis": ("pituitary gland inflammation", "pituitary inflammation"),
    "Infusion related reaction": ("infusion reaction", "infusion reactions", "infusion-related reaction",
                                  "infusion-related reactions"),
    "Urinary incontinence": ("incontinence", "loss of bladder control", "trouble holding urine"),
    "Belching": ("burping", "eructation"),
    "Blurred vision": ("blurry vision",),
    "Hair color changes": ("hair changes", "changes in hair color", "hair color changes"),
}


# More everyday names of CTCAE terms, read from side-effect lists of corpus pages outside the gold (a term may be
# listed here and above: the names are merged).
EVERYDAY_NAMES: dict[str, tuple[str, ...]] = {
    "Hematuria": ("blood in the urine", "blood in your urine"),
    "Dry eye": ("dry eyes",),
    "Watering eyes": ("watery eyes",),
    "Cholesterol high": ("high cholesterol", "high cholesterol levels", "high blood cholesterol"),
    "Hypertriglyceridemia": ("high triglycerides", "high triglyceride levels"),
    "Hypothyroidism": ("underactive thyroid", "low thyroid hormone levels"),
    "Alopecia": ("hair thinning", "thinning hair", "thinning of the hair"),
    "Libido decreased": ("loss of libido", "loss of desire for sex", "less desire for sex", "decreased sex drive"),
    "Platelet count decreased": ("low platelet counts", "low platelet levels"),
    "White blood cell decreased": ("low white blood cell counts", "low white blood cell levels"),
    "Anemia": ("low red blood cell counts", "low red blood cell levels"),
    "Dyspepsia": ("heartburn",),
    "Memory impairment": ("trouble remembering", "memory problems", "memory loss"),
    "Dyspnea": ("short of breath",),
    "Muscle cramp": ("leg cramps",),
    # drug pages' and hormone-therapy pages' lists of side effects, in their words
    "Osteoporosis": ("loss of bone density", "bone density loss", "decreased bone density", "thin bones",
                     "thinning bones"),
    "Flatulence": ("increased gas", "excess gas"),
    "Urinary incontinence": ("leaking urine", "leaking of urine", "urine leakage"),
    "Hyperlipidemia": ("high blood lipids", "high lipid levels"),
}

# Everyday names cancer.gov's side-effect and late-effect lists use (counted with benchmarks/event_reach.py on the
# corpus, and read in written check sentences): "<problems> with <function>", "<symptom> on the <site>" and the like.
LATE_AND_LIST_NAMES: dict[str, tuple[str, ...]] = {
    "Fatigue": ("feeling very tired", "very tired", "extreme tiredness"),
    "Treatment related secondary malignancy": ("second cancers", "second cancer", "secondary cancers",
                                               "secondary cancer", "second primary cancers", "second primary cancer"),
    "Memory impairment": ("problems with memory", "trouble with memory", "memory changes"),
    "Cognitive disturbance": ("problems with thinking", "trouble with thinking", "changes in thinking"),
    "Dyspnea": ("breathing problems", "problems breathing", "breathing trouble"),
    "Skin ulceration": ("sores on the skin", "skin sores"),
    "Bone marrow hypocellular": ("low blood counts", "low blood cell counts", "low blood cell count"),
    "Fracture": ("bone fractures", "broken bones", "fractures"),
    "Skin hyperpigmentation": ("darkening of the skin", "skin darkening", "darkened skin"),
    "Nail changes": ("changes in the nails", "changes to the nails", "nail problems"),
    "Cystitis noninfective": ("bladder irritation",),
    "Pleural effusion": ("fluid around the lungs",),
    "Peripheral sensory neuropathy": ("numbness or tingling", "tingling or numbness",
                                      "numbness or tingling in the hands or feet",
                                      "numbness and tingling in the hands and feet",
                                      "numbness and tingling in the hands or feet",
                                      "tingling or numbness in the hands or feet"),
}


# Side effects cancer.gov names that neither CTCAE nor HPO has as a general term: MeSH "pathological
# conditions" descriptors (tree C23/C14) added as adverse events, with the plain words articles use.
MESH_EVENTS: dict[str, tuple[str, ...]] = {
    "D006470": ("bleeding", "hemorrhage", "haemorrhage", "hemorrhages"),  # Hemorrhage
    "D005402": ("fistula", "fistulas", "fistulae"),  # Fistula
    "D013927": ("blood clots", "blood clot", "thrombosis"),  # Thrombosis
    "D007416": ("gastrointestinal perforation", "gastrointestinal perforations", "bowel perforation",
                "GI perforation", "perforation of the bowel", "gastrointestinal tract perforation",
                "perforation of the gastrointestinal tract", "perforations of the gastrointestinal tract",
                "hole in the stomach or intestines", "holes in the stomach or intestines", "hole in the intestine",
                "hole in the intestines", "hole in the bowel"),
    # Intestinal Perforation (above)
    "D007239": ("infection", "infections"),  # Infections
    "D066126": ("cardiotoxicity", "cardiac toxicity", "heart damage"),  # Cardiotoxicity
    "D056486": ("hepatotoxicity", "liver toxicity", "toxicity in the liver", "liver damage"),  # drug liver injury
    "D004890": ("redness", "skin redness", "erythema"),  # Erythema
    # Infertility: HPO's phenotype is left out because a disease has the name, and a one-word disease name is
    # never read as a disease (kg/linking/name_checks.py), so late-effect lists lost it
    "D007246": ("infertility", "loss of fertility", "fertility problems", "problems with fertility"),
}

# Patient-language names of HPO phenotypes (keyed by HP id), added to the phenotype's own synonyms.
PHENOTYPE_NAMES: dict[str, tuple[str, ...]] = {
    "HP:0001058": ("impaired wound healing", "delayed wound healing", "slow wound healing", "wound healing problems"),
    "HP:0030166": ("night sweating",),
    "HP:0001635": ("congestive heart failure",),
    "HP:0002625": ("blood clots in the legs", "blood clot in the leg", "blood clots in the leg"),  # deep vein
    "HP:0000969": ("swelling", "fluid retention", "retaining fluid"),
    "HP:0001649": ("rapid heartbeat", "fast heartbeat", "rapid heart rate", "racing heartbeat"),  # tachycardia
    "HP:0000952": ("yellowing of the eyes", "yellow skin", "yellowing of the skin and eyes"),  # jaundice
    "HP:0002046": ("sensitivity to heat",),  # heat intolerance
    "HP:0000144": ("loss of fertility", "fertility problems"),  # decreased fertility
    "HP:0033842": ("feeling full quickly", "feeling full after eating a small amount"),  # early satiety
}


# Protein families articles name as a drug's target where no single gene is meant (the rulebook keeps the family
# label: "VEGFR" for "VEGF receptor"). A family's name is taken off the genes that list it as an alias (HGNC gives
# "VEGFR" to KDR, "PI3K" to PIK3CA, "PARP" to PARP1): id, label, more names.
TARGET_FAMILIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("KG:target/vegfr", "VEGFR", ("VEGFRs", "VEGF receptor", "VEGF receptors", "VEGF-R",
                                  "vascular endothelial growth factor receptor",
                                  "vascular endothelial growth factor receptors")),
    ("KG:target/pdgfr", "PDGFR", ("PDGFRs", "PDGF receptor", "PDGF receptors",
                                  "platelet-derived growth factor receptor",
                                  "platelet-derived growth factor receptors")),
    ("KG:target/fgfr", "FGFR", ("FGFRs", "FGF receptor", "FGF receptors", "fibroblast growth factor receptor",
                                "fibroblast growth factor receptors")),
    ("KG:target/mek", "MEK", ("MEK proteins", "MEK kinases")),  # MAP2K1, MAP2K2
    ("KG:target/raf", "RAF", ("RAF proteins", "RAF kinases")),  # ARAF, BRAF, RAF1
    ("KG:target/parp", "PARP", ("PARP proteins", "PARP enzymes", "poly (ADP-ribose) polymerase",
                                "poly(ADP-ribose) polymerase")),
    ("KG:target/jak", "JAK", ("JAK proteins", "JAK kinases", "Janus kinase", "Janus kinases")),
    ("KG:target/pi3k", "PI3K", ("PI3K proteins", "phosphatidylinositol 3-kinase", "phosphoinositide 3-kinase")),
    ("KG:target/trk", "TRK", ("TRK proteins", "TRK fusion proteins")),  # NTRK1-3
    # the T-cell receptor's CD3 complex (CD3D, CD3E, CD3G) that bispecific T-cell engagers bind
    ("KG:target/cd3", "CD3", ("CD3 complex", "CD3 protein", "CD3 proteins", "CD3 receptor")),
    # the enzyme anthracyclines and etoposide block, named without its isoform (TOP2A, TOP2B)
    ("KG:target/topoisomerase-ii", "topoisomerase II", ("topoisomerase 2", "DNA topoisomerase II",
                                                        "topoisomerase II enzymes")),
)


# Full protein names articles use for a gene's product that HGNC gives only with a letter or number (HGNC: "vascular
# endothelial growth factor A"; the rulebook: VEGFA for VEGF), keyed by the approved symbol.
PROTEIN_NAMES: dict[str, tuple[str, ...]] = {
    "VEGFA": ("vascular endothelial growth factor",),
    # drug pages name these enzymes and proteins without HGNC's leading "DNA", trailing number, possessive-free
    # eponym or hyphen-free symbol ("blocks an enzyme called topoisomerase I", "binding to a protein called menin")
    "TOP1": ("topoisomerase I", "topoisomerase 1"),
    # (a Greek letter is no variant here: folded to ASCII it drops, and "topoisomerase IIα" would name the family)
    "TOP2A": ("topoisomerase II alpha", "topoisomerase 2 alpha"),
    "TOP2B": ("topoisomerase II beta", "topoisomerase 2 beta"),
    "MEN1": ("menin",),
    "TERT": ("telomerase",),
    "BTK": ("Bruton's tyrosine kinase",),
    "MAGEA4": ("MAGE-A4",),
    "EPAS1": ("HIF-2α", "HIF-2alpha", "HIF-2 alpha", "hypoxia-inducible factor 2 alpha", "hypoxia-inducible factor 2α"),
}


# Short names articles use for a drug that no source here lists (a drug's name → its short names). They are kept
# like code names: the linker reads a name this short only as written, in capitals.
DRUG_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "BCG vaccine": ("BCG",),  # bacillus Calmette-Guérin, the bladder cancer treatment
}


# Class names articles use that no source here gives the class they mean (class id → names).
CLASS_NAMES: dict[str, tuple[str, ...]] = {
    "NDFRT:N0000175712": ("purine analog", "purine analogue", "purine analogs", "purine analogues"),
    "NDFRT:N0000191809": ("pyrimidine analogue", "pyrimidine analogues"),
    "MESH:D018796": ("antibody-drug conjugate", "antibody-drug conjugates", "antibody drug conjugate",
                     "antibody drug conjugates"),  # Immunoconjugates
    "MESH:D020533": ("angiogenesis inhibitor", "antiangiogenesis agent", "antiangiogenesis agents",
                     "antiangiogenic agent", "antiangiogenic agents", "antiangiogenesis drugs", "antiangiogenic drugs"),
    "MESH:D000091369": ("immunomodulating agent", "immune-modulatory agent", "immune-modulatory agents",
                        "immune system modulator", "immune system modulators", "immune modulators"),
    "NDFRT:N0000175576": ("corticosteroid", "steroid", "steroids", "steroid hormone", "steroid hormones",
                          "steroid drug", "steroid drugs"),
    "MESH:D004965": ("estrogen antagonist", "antiestrogen", "antiestrogens", "anti-estrogen", "anti-estrogens"),
    "NDFRT:N0000008192": ("granulocyte colony-stimulating factor", "colony-stimulating factor",
                          "colony-stimulating factors", "colony stimulating factor", "colony stimulating factors"),
}

# Classes the articles name that no source here has at all (id, label, more names); a class's name is no gene's
# alias (HGNC gives "BiTE" to CEP70).
NEW_CLASSES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("KG:drug_class/bispecific-t-cell-engager", "bispecific T-cell engager",
     ("bispecific T-cell engagers", "bispecific T cell engager", "bispecific T cell engagers", "BiTE", "BiTEs")),
    # kinase inhibitors that block several kinases at once (research news and PDQ summaries: "X, a multikinase
    # inhibitor, ..."); no source here names the kind ("multitargeted tyrosine kinase inhibitor" is a tyrosine
    # kinase inhibitor with a qualifier, which folds into its head class)
    ("KG:drug_class/multikinase-inhibitor", "multikinase inhibitor",
     ("multikinase inhibitors", "multi-kinase inhibitor", "multi-kinase inhibitors")),
)

# Diseases the articles name that MONDO does not have: (id, label, synonyms). A MeSH descriptor's id is
# used when MeSH has the concept outside its disease tree; otherwise the id is minted.
DISEASES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "KG:disease/solid-tumor",
        "solid tumor",
        ("solid tumors", "solid tumour", "solid tumours", "solid neoplasm", "solid neoplasms", "solid cancer"),
    ),
    ("MESH:D006084", "transplant rejection", ("graft rejection", "organ rejection", "transplant rejections")),
    # MONDO names these only with the cell lineage ("indolent B-cell non-Hodgkin lymphoma"); articles drop it
    ("MONDO:0017594", "indolent lymphoma", ("indolent lymphomas", "indolent non-Hodgkin lymphoma",
                                            "indolent non-Hodgkin lymphomas")),
    # MONDO names the tumor ("non-seminomatous germ cell tumor"); cancer.gov's summaries call it a nonseminoma
    ("MONDO:0021656", "nonseminoma", ("nonseminomas", "non-seminoma", "non-seminomas")),
    # MONDO has only the adenocarcinoma; cancer.gov's drug pages name the site ("gastroesophageal junction cancer")
    ("MONDO:0003219", "gastroesophageal junction cancer", ("gastroesophageal junction cancers",
                                                           "esophagogastric junction cancer", "GEJ cancer")),
    # drug pages' approved uses: a sub-type the rulebook keeps apart (MONDO lists it as a synonym of B-cell CLL; see
    # NOT_NAMES), and names MONDO has in other words or not at all
    ("KG:disease/small-lymphocytic-lymphoma", "small lymphocytic lymphoma", ("small lymphocytic lymphomas",
                                                                            "SLL")),
    ("MONDO:0858997", "carcinoma of unknown primary", ("carcinomas of unknown primary", "cancer of unknown primary",
                                                       "cancers of unknown primary")),
    ("MESH:D016066", "malignant pleural effusion", ("malignant pleural effusions",)),
    ("KG:disease/histiocytic-neoplasm", "histiocytic neoplasm", ("histiocytic neoplasms", "histiocytic cancer",
                                                                 "histiocytic cancers")),
    # named sub-types of drug pages' approved uses that MONDO lacks (the parent took the whole use) or gives to
    # the opposite sub-type (MONDO's squamous NSCLC lists "non-squamous" names; see NOT_NAMES)
    ("KG:disease/aids-related-kaposi-sarcoma", "AIDS-related Kaposi sarcoma", ("HIV-related Kaposi sarcoma",
                                                                               "AIDS-associated Kaposi sarcoma")),
    ("KG:disease/non-squamous-non-small-cell-lung-cancer", "non-squamous non-small cell lung cancer",
     ("nonsquamous non-small cell lung cancer", "non-squamous NSCLC", "nonsquamous NSCLC",
      "non-squamous non-small cell lung carcinoma", "nonsquamous non-small cell lung carcinoma")),
    # MeSH "Lymphoma, AIDS-Related" (MONDO has no such term; see NOT_NAMES)
    ("MESH:D016483", "AIDS-related lymphoma", ("AIDS-related lymphomas", "AIDS-associated lymphoma",
                                               "HIV-related lymphoma", "HIV-associated lymphoma")),
)

# Synonyms a source lists for a narrower disease that name a broader one: MONDO's primary effusion lymphoma lists
# "AIDS-related lymphoma", the group of lymphomas of people with AIDS that cancer.gov has a summary about; MONDO's
# B-cell chronic lymphocytic leukemia lists small lymphocytic lymphoma, a sub-type the rulebook names apart.
NOT_NAMES: dict[str, tuple[str, ...]] = {
    "MONDO:0018842": ("AIDS-related lymphoma",),
    "MONDO:0004948": ("small lymphocytic lymphoma", "SLL"),
    "MONDO:0056806": ("lung non-squamous non-small cell carcinoma", "non- squamous NSCLC"),
}


def read_patient_names() -> Iterator[tuple[str, tuple[str, ...]]]:
    """``(CTCAE term, patient-language names)`` pairs.

    >>> dict(read_patient_names())["Mucositis oral"][0]
    'mouth sores'
    """
    yield from PATIENT_NAMES.items()
    yield from EVERYDAY_NAMES.items()
    yield from LATE_AND_LIST_NAMES.items()

"""A small list of abbreviations that cancer articles use without defining them.

Used only where the document agrees: exact case, the document does not define the short form itself, and
the long form's head word occurs in the document (so "CLL" needs "leukemia" nearby in the article, "OS"
needs "survival"). Organisations named by their usual acronym need no such context. The long forms are
resolved against the vocabulary (or the compositional patterns) at run time, so identifiers are never
typed in here.
"""

from __future__ import annotations

# short form → (entity type, long form)
COMMON_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "FDA": ("organization", "U.S. Food and Drug Administration"),
    "NCI": ("organization", "National Cancer Institute"),
    "NIH": ("organization", "National Institutes of Health"),
    "EMA": ("organization", "European Medicines Agency"),
    "ASCO": ("organization", "American Society of Clinical Oncology"),
    "PFS": ("endpoint", "progression-free survival"),
    "OS": ("endpoint", "overall survival"),
    "DFS": ("endpoint", "disease-free survival"),
    "EFS": ("endpoint", "event-free survival"),
    "ORR": ("endpoint", "objective response rate"),
    "QoL": ("endpoint", "quality of life"),
    "NSCLC": ("disease", "non-small cell lung cancer"),
    "SCLC": ("disease", "small cell lung cancer"),
    "CLL": ("disease", "chronic lymphocytic leukemia"),
    "SLL": ("disease", "small lymphocytic lymphoma"),
    "AML": ("disease", "acute myeloid leukemia"),
    "CML": ("disease", "chronic myeloid leukemia"),
    "ALL": ("disease", "acute lymphoblastic leukemia"),
    "HCC": ("disease", "hepatocellular carcinoma"),
    "RCC": ("disease", "renal cell carcinoma"),
    "CRC": ("disease", "colorectal cancer"),
    "GIST": ("disease", "gastrointestinal stromal tumor"),
    "DLBCL": ("disease", "diffuse large B-cell lymphoma"),
    "MDS": ("disease", "myelodysplastic syndrome"),
    "mCRPC": ("disease", "metastatic castration-resistant prostate cancer"),
    "CRPC": ("disease", "castration-resistant prostate cancer"),
    "TKI": ("drug_class", "tyrosine kinase inhibitor"),
    "TKIs": ("drug_class", "tyrosine kinase inhibitor"),
    "ADT": ("drug_class", "androgen deprivation therapy"),
    "SERM": ("drug_class", "selective estrogen receptor modulator"),
    "SERMs": ("drug_class", "selective estrogen receptor modulator"),
    "SERD": ("drug_class", "selective estrogen receptor degrader"),
    "SERDs": ("drug_class", "selective estrogen receptor degrader"),
}

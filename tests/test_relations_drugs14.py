"""Drug-page readings of helper drugs14 (session thirteen), on sentences written here."""

from __future__ import annotations

from tests.conftest import of, triples


def test_a_cancer_that_did_not_get_better_after_a_treatment_was_treated_with_it() -> None:
    text = ("Examplinib is approved to treat:\n\n- **Lung cancer** that has spread. It is used:\n"
            "- Alone in patients whose cancer has not gotten better after platinum chemotherapy; or\n"
            "- With cisplatin in patients whose cancer has not been treated.\n")
    assert ("platinum chemotherapy", "lung cancer") in of(triples(text), "treats")


def test_a_count_of_kinds_before_the_earlier_treatment_still_makes_it_a_use() -> None:
    text = ("Examplinib is approved to treat:\n\n- **Breast cancer** that has spread. It is used in women whose "
            "cancer has gotten worse after at least one type of hormone therapy.\n")
    assert ("hormone therapy", "breast cancer") in of(triples(text), "treats")


def test_a_cancer_not_yet_treated_with_a_class_gives_no_use_of_it() -> None:
    text = ("Examplinib is approved to treat:\n\n- **Stomach cancer** that is advanced. It is used in patients "
            "whose cancer has not been treated with chemotherapy.\n")
    assert ("chemotherapy", "stomach cancer") not in of(triples(text), "treats")

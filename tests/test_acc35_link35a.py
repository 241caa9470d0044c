"""Linking read on dev35/dev36's classes of text (made-up sentences)."""

from tests.test_link import fact_at


# ---- a glued table header written as an acronym the text defines


def test_a_glued_header_acronym_takes_the_title_the_text_defines():
    table = ("Monthly pay by city, 2024\n\n"
             "CityClinical Nutrition ManagerCDO\n"
             "Springfield$6,100$9,900\n"
             "Riverton$5,800$9,600\n")
    # read in running text as a plural ...
    text = "Pay guide\n\nThe chief data officer (CDO) leads. Most CDOs report to the board.\n\n" + table
    assert fact_at(text, "$9,900").role == "chief data officer"
    assert fact_at(text, "$9,600").role == "chief data officer"
    assert fact_at(text, "$6,100").role == "clinical nutrition manager"
    # ... or only defined
    text = "Pay guide\n\nEach hospital has a head of procurement (HOP) and a nutrition manager.\n\n" + \
        table.replace("CDO", "HOP")
    assert fact_at(text, "$9,900").role == "head of procurement"


def test_an_undefined_acronym_header_gets_no_title():
    text = ("Pay guide\n\nClinical nutrition managers run teams.\n\n"
            "Monthly pay by city, 2024\n\n"
            "CityClinical Nutrition ManagerXQZ\n"
            "Springfield$6,100$4,900\n")
    assert fact_at(text, "$4,900").role is None


# ---- an employer written as an acronym the text defines


def test_an_employer_acronym_the_text_defines_is_given_by_its_full_name():
    text = ("Pay guide\n\nMost rangers work for the National Wildlife Service (NWS), which employs 4,000 of them. "
            "The NWS pays rangers $52,000 a year.\n")
    assert fact_at(text, "$52,000").employer == "National Wildlife Service"


def test_an_acronym_the_text_does_not_define_stays_as_written():
    text = "Pay guide\n\nThe NWS pays rangers $52,000 a year, and Acme Parks (Acme) pays them $49,000.\n"
    assert fact_at(text, "$52,000").employer in (None, "NWS")


# ---- the sentence introducing a table above its caption line


_LEAD = "Pay guide\n\nThe table below shows the 2024 base pay ranges for licensed surveyors at each grade.\n\n"


def test_a_table_takes_the_job_of_the_sentence_above_its_caption_line():
    text = _LEAD + ("Core Pay by Grade, 2024 (annual)\n"
                    "GradeMinimumMaximum\n"
                    "G-5$61,200$83,400\n"
                    "G-7$70,100$95,600\n")
    assert fact_at(text, "$61,200").role == "surveyor"
    assert fact_at(text, "$95,600").role == "surveyor"


def test_a_row_of_a_table_of_posts_naming_no_known_post_takes_no_intro_job():
    text = _LEAD + ("Pay by post, 2024 (per month)\n"
                    "Grade\tPost\tMinimum\tMaximum\n"
                    "G-5\tJunior Draftsman\t$4,100\t$5,200\n"
                    "G-9\tMukhtiar\t$6,400\t$7,900\n")
    assert fact_at(text, "$4,100").role == "draftsman"
    assert fact_at(text, "$6,400").role is None

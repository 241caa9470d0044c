"""Places and employers read on dev29/dev30's classes of text (made-up sentences)."""

from extract.context import find_employers
from .mention_helpers import employers as _employers, places as _places


# ---- a list of job ads: "• Company (Town, ST), Job Title: pay"


def test_listed_ad_with_place_and_title_names_its_company():
    text = ("Who is hiring now\n\nPay from listings on employer websites this spring:\n\n"
            "• Brightwater Pumps (Tulsa, OK), Field Technician: $24-$31 per hour.\n"
            "• Kestrel/Orne Mechanical (Reno, NV), Installer: up to $29/hr.\n"
            "• Harlow Heat & Cool (Boise, ID), Lead Installer: $27-$35/hour.\n")
    assert _employers(text) == ["Brightwater Pumps", "Kestrel/Orne Mechanical", "Harlow Heat & Cool"]


def test_list_introduced_by_brokerages_names_companies():
    text = ("Here is how two big brokerages share commission:\n\n"
            "• Calloway Homes: agents start on a 60/40 split.\n"
            "• Dunmere Realty: agents keep 85% after a cap.\n")
    assert _employers(text) == ["Calloway Homes", "Dunmere Realty"]


def test_list_without_payer_intro_stays_unread():
    text = "Typical costs:\n\n• Calloway Homes: $40.\n• Dunmere Realty: $50.\n"
    assert _employers(text) == []


# ---- companies listed as one subject of a plural pay verb


def test_coordinated_companies_pay_alike():
    assert _employers("Varnholt & Pike and Osgrave & Lunn pay their new associates £120,000.") == [
        "Varnholt & Pike", "Osgrave & Lunn"]
    assert _employers("Tokorin, Pasarku and Lintasi pay at the top of the market.") == [
        "Tokorin", "Pasarku", "Lintasi"]


def test_coordinated_companies_with_relative_clause_pay_a_role():
    text = "Meridox and Quillfen, which run big offices in Leeds, pay senior engineers around £90,000."
    assert _employers(text) == ["Meridox", "Quillfen"]


def test_plural_pay_as_noun_or_places_is_no_employer():
    assert _employers("Meridox and Quillfen pay bands were published.") == []
    assert _employers("Leeds and York pay more than Hull.") == []


# ---- a company changing its own pay


def test_company_lifting_its_salary_is_the_employer():
    assert _employers("In June Varnholt lifted its trainee salary to £52,000.") == ["Varnholt"]
    assert _employers("Last year Quillfen Foods cut its starting rates.") == ["Quillfen Foods"]


def test_change_without_own_pay_is_no_employer():
    assert _employers("In June Varnholt lifted its profits.") == []


# ---- the company workers are on the staff of


def test_employed_by_names_the_employer_and_its_repeats():
    text = ("Most midwives employed by Harrowgate Health are on a national scale. "
            "A new midwife at Harrowgate Health starts on $61,000.")
    assert [m.text for m in find_employers(text)] == ["Harrowgate Health", "Harrowgate Health"]


def test_working_for_a_kind_of_client_is_no_employer():
    assert _employers("Freelancers working for Western clients invoice €400 a day.") == []


# ---- a job ad in a company's own name: "<Name>'s job adverts"


def test_possessive_job_adverts_name_their_company():
    assert _employers("Calloway Build's recent job adverts for surveyors listed SAR 14,000.") == ["Calloway Build"]


# ---- where people studied or come from is neither employer nor place of pay


def test_school_people_graduated_from_is_no_employer():
    text = "Graduates from Eastmarch University or Westholm Institute are hired by Orvel Labs at $60,000."
    assert _employers(text) == ["Orvel Labs"]


def test_places_people_come_from_are_no_place_of_pay():
    text = "Expatriate graduates from India, Pakistan or Egypt are offered less in Riyadh."
    assert _places(text) == ["Riyadh"]
    assert _places("Salaries from India to Egypt") == ["India", "Egypt"]


# ---- places named by an area suffix, an owner's site or staff, or their English/official name


def test_place_glued_to_area_suffix_is_the_place():
    assert _places("Under the Baltimore-area fitters' agreement, a journeyman earns $50.") == ["Baltimore"]
    assert _places("a high-area of demand") == []


def test_possessive_before_smaller_city_makes_it_a_place():
    assert _places("Quillfen pays its Leicester trainees £40,000.") == ["Leicester"]
    assert _places("Quillfen sells its Mobile app.") == []


def test_district_and_province_names_the_gazetteers_lack():
    assert _places("A US firm in the City of London pays £150,000.") == ["City of London"]
    assert _places("The minimum wage in DKI Jakarta rose.") == ["DKI Jakarta"]
    assert _places("Inspectors on Eastern Province projects bill SAR 700 a day.") == ["Eastern Province"]


def test_discipline_before_country_names_a_professional_body():
    assert _places("4. Optometry Australia membership: around $480 a year") == []
    assert _places("Optometrists in Australia earn more.") == ["Australia"]

"""link39: landmark asides, titles read as employers, and the year of a figure before a list."""
from extract import link
from extract.link import _in_place_aside, _not_titles
from extract.types import Mention, Money


def _m(text, word, kind, value=None, nth=0):
    start = text.index(word) if nth == 0 else text.rindex(word)
    return Mention(start, start + len(word), word, value or word, kind)


def _money(text, amount):
    start = text.index(amount)
    return Money(start, start + len(amount), amount, None, None, None)


def test_company_in_place_landmark_aside_is_not_the_payer():
    t = "In Toledo, Ohio, headquarters of Brightline's freight arm, pickers average $18.90 an hour."
    places = [_m(t, "Toledo, Ohio", "location")]
    assert _in_place_aside(t, _m(t, "Brightline", "employer"), places, _money(t, "$18.90"))


def test_company_in_relative_aside_after_place_stays_the_payer():
    t = "In Tasmania, where nurses are employed by the Health Service, a new graduate starts on $76,000."
    places = [_m(t, "Tasmania", "location")]
    assert not _in_place_aside(t, _m(t, "Health Service", "employer"), places, _money(t, "$76,000"))


def test_amount_inside_the_aside_keeps_its_company():
    t = "In Reno, home to Acme's depot paying $21 an hour, work is steady."
    places = [_m(t, "Reno", "location")]
    assert not _in_place_aside(t, _m(t, "Acme", "employer"), places, _money(t, "$21"))


def test_grade_acronym_read_as_employer_is_dropped():
    t = "Senior Manager (SM) pay at Northgate Bank: at SM grade, Rs 300,000."
    roles = [_m(t, "Senior Manager", "role", "senior manager")]
    employers = [_m(t, "SM", "employer", "Senior Manager", nth=1), _m(t, "Northgate Bank", "employer")]
    assert [e.text for e in _not_titles(employers, roles)] == ["Northgate Bank"]


def _facts(text):
    from extract import annotate, ingest
    import tempfile, pathlib
    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "a.txt"
        p.write_text(text)
        doc = annotate.annotate(ingest.read(p, "a", root=pathlib.Path(d)))
        facts, _ = link.link(doc, doc_id="a", blocks=doc._.blocks)
    return {f.text: f for f in facts}


def test_year_of_an_earlier_figure_does_not_date_a_list_of_other_things():
    text = ("Perks\n\nThe union found that the average overtime bonus paid to drivers in 2022 was $4,100. "
            "Common perks include:\n\n- A fuel card worth $1,200\n- Free parking\n")
    assert _facts(text)["$1,200"].as_of_year is None


def test_year_of_an_earlier_figure_dates_a_list_going_on_with_the_same_survey():
    text = ("Pay\n\nThe agency puts the median wage for drivers at $61,000 a year as of May 2022. "
            "Percentiles from the same survey:\n\n- 10th percentile: $41,000\n- 90th percentile: $88,000\n")
    assert _facts(text)["$41,000"].as_of_year == 2022


def test_landmark_company_not_given_to_the_average():
    text = ("In Louisville, Kentucky, home to UPS's Worldport hub, the warehouse average is about $19.10 per hour.\n")
    assert _facts(text)["about $19.10"].employer is None


def test_titles_at_the_ends_of_a_level_range_are_not_the_tables_role():
    page = ("<html><body><main><h2>Pay by grade</h2><p>The table below shows what our clerks earn at each grade, "
            "from entry-level Grade C up to Branch Manager.</p><table><tr><th>Grade</th><th>Monthly pay</th></tr>"
            "<tr><td>Grade C</td><td>$2,100</td></tr><tr><td>Grade A</td><td>$3,900</td></tr></table></main>"
            "</body></html>")
    from extract import annotate, ingest
    import tempfile, pathlib
    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "a.html"
        p.write_text(page)
        doc = annotate.annotate(ingest.read(p, "a", root=pathlib.Path(d)))
        facts, _ = link.link(doc, doc_id="a", blocks=doc._.blocks)
    by_text = {f.text: f for f in facts}
    assert by_text["$3,900"].role != "branch manager"
    assert by_text["$3,900"].seniority != "entry"


def test_level_range_pattern_spans_the_range_only():
    from extract.link import _level_range
    t = "what officers earn, from entry-level Grade C up to Branch Manager."
    assert [m.group() for m in _level_range().finditer(t)] == ["from entry-level Grade C up to Branch Manager"]
    assert not _level_range().search("what officers earn from their first year.")


def _html_facts(page):
    from extract import annotate, ingest
    import tempfile, pathlib
    with tempfile.TemporaryDirectory() as d:
        p = pathlib.Path(d) / "a.html"
        p.write_text(page)
        doc = annotate.annotate(ingest.read(p, "a", root=pathlib.Path(d)))
        facts, _ = link.link(doc, doc_id="a", blocks=doc._.blocks)
    return {f.text: f for f in facts}


def test_level_rows_of_a_ladder_table_take_the_leads_job():
    page = ("<html><body><main><h2>Pay by level</h2><p>The table below shows typical base pay for accountants "
            "in private practice at each stage.</p><p><b>Typical annual base pay, 2025</b></p>"
            "<table><tr><th>Level</th><th>Leeds</th><th>York</th></tr>"
            "<tr><td>Graduate</td><td>£31,000</td><td>£29,500</td></tr>"
            "<tr><td>4-6 years</td><td>£48,000</td><td>£45,500</td></tr>"
            "<tr><td>Associate director</td><td>£72,000</td><td>£68,500</td></tr></table></main></body></html>")
    facts = _html_facts(page)
    assert facts["£48,000"].role == "accountant"
    assert facts["£31,000"].role == "accountant"
    assert facts["£72,000"].role != "accountant"


def test_same_worker_across_a_paragraph_break_takes_the_title_before():
    text = ("Night pay\n\nFor example, a delivery driver on a $20.00 base rate earns $22.50 an hour at night.\n\n"
            "On public holidays that same driver would earn $40.00 for every hour worked.\n\n"
            "Weekend rules\n\nOn public holidays a loader earns more. Most depots pay $30.00 for every hour worked.\n")
    facts = _facts(text)
    assert facts["$40.00"].role == "delivery driver"


def test_bare_noun_without_same_does_not_reach_the_paragraph_before():
    text = ("For example, a delivery driver on a $20.00 base rate earns $22.50 an hour at night.\n\n"
            "On public holidays a driver at a smaller depot would earn $40.00 for every hour worked.\n")
    assert _facts(text)["$40.00"].role != "delivery driver"


def test_place_of_an_earlier_clause_not_given_to_a_clause_with_its_own_owner():
    text = "Nevada's minimum wage is $12.00 an hour and Acme's is $15.00, the highest in the area.\n"
    facts = _facts(text)
    assert facts["$12.00"].location == "Nevada"
    assert facts["$15.00"].location is None


def test_place_goes_on_to_an_elliptical_second_amount():
    text = "In Nevada, pickers earn $12.00 an hour and packers about $13.00.\n"
    assert _facts(text)["about $13.00"].location == "Nevada"

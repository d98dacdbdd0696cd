"""English postings as career pages write them: the role's name, everyday headings, fields."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jdeditor.core.model import EmploymentType, Language, SalaryPeriod, SectionKind
from jdeditor.core.structure import ParseOptions, parse_text
from jdeditor.core.structure.coverage import find_lost_text
from jdeditor.core.structure.english_fields import salary_in_text
from jdeditor.core.structure.english_titles import (
    english_title,
    find_title_line,
    role_in_sentence,
    role_line,
)
from jdeditor.core.structure.fields import Field, match_field
from jdeditor.core.structure.headings import match_heading, match_inline_heading
from jdeditor.core.structure.lines import classify_text_lines
from jdeditor.core.structure.salary import parse_salary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Analytics Engineer", "Analytics Engineer"),
        ("Protolabs - Analytics Engineer", "Analytics Engineer"),
        ("Senior Analytics Engineer - Wave", "Senior Analytics Engineer"),
        ("Head of Data — Up Learn", "Head of Data"),
        ("Analytics Engineering Manager at Airalo", "Analytics Engineering Manager"),
        ("Analytics Engineer – Athens, Greece", "Analytics Engineer"),
        ("Datenna BV | Senior Analytics Engineer", "Senior Analytics Engineer"),
        ("Senior BI and Data Analyst (f/m/d)", "Senior BI and Data Analyst"),
        ("Backend Developer (m/w/d) @ Acme", "Backend Developer"),
        ("Analytics Engineer (L5) - Localization", "Analytics Engineer (L5)"),
        (
            "Senior Business Intelligence (BI) Engineer",
            "Senior Business Intelligence (BI) Engineer",
        ),
        ("Analytics Engineer, Marketing", "Analytics Engineer, Marketing"),
        ("Director of Engineering", "Director of Engineering"),
        ("Data Engineer II", "Data Engineer II"),
        ("Barista", "Barista"),
    ],
)
def test_a_standalone_line_naming_a_role(text: str, name: str) -> None:
    assert role_line(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Careers and Job Search I CMR Surgical - CMR Surgical",  # no role noun
        "Your Growth Unleashed",
        "Lead innovation in OSINT and AI technologies",  # "Lead" is a verb here
        "Our Head of Data",  # a person, not a job
        "Hiring Manager",
        "Meet the Team Lead",
        "Analytics Engineer in Berlin",  # a search box, not a name
        "Head",
        "Engineering",
        "Technology - Data",
        "Mentor a junior Data Analyst",
        "You will work with the Engineering Manager.",
        "高级数据工程师",  # Chinese titles have rules of their own
        "",
    ],
)
def test_lines_that_name_no_role(text: str) -> None:
    assert role_line(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We're looking for a structured and solution-oriented Analytics Engineer to join.",
            "Analytics Engineer",
        ),
        ("Scopely is seeking a highly motivated Analytics Engineer to join!", "Analytics Engineer"),
        ("As a Data Engineer, you will own the end-to-end design.", "Data Engineer"),
        ("we're now looking for a Data Engineer for our payments team.", "Data Engineer"),
        (
            "Appfire is seeking an experienced full-time Senior Analytics Engineer!",
            "Senior Analytics Engineer",
        ),
        (
            "We’re looking for an Analytical Engineer to help shape our models.",
            "Analytical Engineer",
        ),
        ("As an Analytics Engineer in the Marketplace team, you will build.", "Analytics Engineer"),
        ("Join us as a Senior Analytics Engineer in Singapore!", "Senior Analytics Engineer"),
        ("We are hiring a data engineer to join us.", "Data Engineer"),
        (
            "Pluxee hiring Analytics Engineer in Issy-les-Moulineaux | LinkedIn",
            "Analytics Engineer",
        ),
        ("This is an opportunity for a Product Designer who loves detail.", "Product Designer"),
    ],
)
def test_a_sentence_naming_the_role(text: str, name: str) -> None:
    assert role_in_sentence(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "We're hiring for someone who has already shipped production work.",
        "Three years as a Data Analyst in a bank.",  # experience, not this job
        "You will report to the Director of Data.",
        "We're looking for someone who loves data.",
        "We are looking for people who want to help us get there.",
        "我们正在寻找一名数据工程师",
    ],
)
def test_sentences_that_name_no_role(text: str) -> None:
    assert role_in_sentence(text) is None


def test_english_title_says_when_the_line_holds_more_than_the_name() -> None:
    assert english_title("Analytics Engineer") is None  # the line is the name
    assert english_title("Your Growth Unleashed") is None  # no role: left alone
    company = english_title("Protolabs - Analytics Engineer")
    assert company is not None and (company.name, company.in_sentence) == (
        "Analytics Engineer",
        False,
    )
    sentence = english_title("As a Data Engineer, you will own our pipelines.")
    assert sentence is not None and (sentence.name, sentence.in_sentence) == ("Data Engineer", True)


def _one(text: str) -> tuple[str, str]:
    parsed = parse_text(text, ParseOptions(fallback_title="file-name"))
    assert len(parsed) == 1
    assert find_lost_text(text, parsed) == []
    return parsed[0].posting.title, parsed[0].posting.summary


INTRO = (
    "Ebury helps ambitious businesses unlock global growth, and we take the same approach.\n\n"
    "If you're a collaborator who wants to help, get in touch.\n\n"
)
DUTIES = "What you will do:\n\n- Build data models.\n- Own the warehouse.\n"


def test_a_role_line_after_a_company_intro_is_the_title() -> None:
    title, summary = _one(INTRO + "Analytics Engineer\n\nLocation: Madrid\n\n" + DUTIES)
    assert title == "Analytics Engineer"
    assert "Analytics Engineer" not in summary.splitlines()  # the title line is the title


def test_a_role_named_in_a_sentence_is_the_title_and_the_sentence_stays() -> None:
    sentence = "We're looking for a Digital Analytics Engineer to help shape how we work."
    title, summary = _one(INTRO + sentence + "\n\n" + DUTIES)
    assert title == "Digital Analytics Engineer"
    assert sentence in summary.splitlines()


def test_a_sentence_under_a_heading_stays_where_it_stands() -> None:
    text = (
        "About the Role\n\nAs a Data Engineer, you will own our data architecture.\n\n"
        "Key responsibilities\n\n- Design pipelines.\n\nRequirements\n\n- SQL.\n"
    )
    parsed = parse_text(text, ParseOptions(fallback_title="file-name"))
    assert find_lost_text(text, parsed) == []
    posting = parsed[0].posting
    assert posting.title == "Data Engineer"
    assert parsed[0].title_line == 3
    assert posting.sections[0].items[0].text.startswith("As a Data Engineer")


def test_company_and_place_parts_leave_the_title_and_stay_in_the_summary() -> None:
    title, summary = _one("Senior Analytics Engineer - Wave\n\nRemote\n\n" + DUTIES)
    assert title == "Senior Analytics Engineer"
    assert summary.splitlines()[0] == "Senior Analytics Engineer - Wave"


def test_a_standalone_role_line_outranks_a_page_title_and_a_sentence() -> None:
    text = (
        "Careers and Job Search I CMR Surgical - CMR Surgical\nSkip to content\nMenu\n"
        "Cambridge\nSenior Analytics Engineer\nApply\n\n"
        "We're looking for a Senior Data Analyst to join our Data team.\n\n" + DUTIES
    )
    assert _one(text)[0] == "Senior Analytics Engineer"


def test_a_sentence_outranks_a_first_line_that_names_no_role() -> None:
    text = (
        "Your Growth Unleashed\n\nAt Synpulse, we don't just consult, we transform.\n\n"
        "We are looking for an Analytics Engineer to join our team.\n\n" + DUTIES
    )
    assert _one(text)[0] == "Analytics Engineer"


def test_the_file_name_only_when_the_text_names_no_job() -> None:
    text = INTRO + "We're hiring for someone who has shipped production work.\n\n" + DUTIES
    assert _one(text)[0] == "file-name"


def test_a_role_in_the_requirements_is_not_the_title() -> None:
    text = INTRO + DUTIES + "\nRequirements\n\n- Three years as a Data Analyst in a bank.\n"
    assert _one(text)[0] == "file-name"


def test_chinese_postings_keep_their_own_title_rules() -> None:
    text = (
        "数据平台招聘\n\n我们是一家做数据的公司，欢迎优秀的你加入我们的团队。\n\n"
        "We are looking for a Data Engineer to join.\n\n1、负责数据仓库建设。\n2、负责报表开发。\n"
    )
    parsed = parse_text(text, ParseOptions(fallback_title="file-name"))
    assert [result.posting.title for result in parsed] == ["数据平台招聘"]


# -- headings ---------------------------------------------------------------------------

EVERYDAY_HEADINGS = [
    # The phrasings issue 10 lists, then those real career pages use.
    ("What we need from you", SectionKind.REQUIREMENTS),
    ("We expect you to", SectionKind.REQUIREMENTS),
    ("What do you bring?", SectionKind.REQUIREMENTS),
    ("What you´ll bring", SectionKind.REQUIREMENTS),  # an acute accent as apostrophe
    ("We believe that you have", SectionKind.REQUIREMENTS),
    ("What We Would Like To See", SectionKind.REQUIREMENTS),
    ("What We Seek", SectionKind.REQUIREMENTS),
    ("You Have & You Know-how:", SectionKind.REQUIREMENTS),
    ("You:", SectionKind.REQUIREMENTS),
    ("Skills & Abilities", SectionKind.REQUIREMENTS),
    ("Who are we looking for?", SectionKind.REQUIREMENTS),
    ("Here's what we're looking for in our new Analytics Engineer:", SectionKind.REQUIREMENTS),
    ("We're looking for someone who:", SectionKind.REQUIREMENTS),
    ("You'll need:", SectionKind.REQUIREMENTS),
    ("Required", SectionKind.REQUIREMENTS),
    ("You're probably a match if", SectionKind.REQUIREMENTS),
    ("You might be a good fit if you", SectionKind.REQUIREMENTS),
    ("We'd Love to Meet You If", SectionKind.REQUIREMENTS),
    ("Ideally you'll have/be", SectionKind.REQUIREMENTS),
    ("What will set you apart", SectionKind.PREFERRED),
    ("Desirable skills and experience", SectionKind.PREFERRED),
    ("Bonus Points For", SectionKind.PREFERRED),
    ("It would be helpful if you also have experience with:", SectionKind.PREFERRED),
    ("What will I be doing?", SectionKind.DUTIES),
    ("What would you do if hired?", SectionKind.DUTIES),
    ("Your Day to Day:", SectionKind.DUTIES),
    ("In this position, you'll", SectionKind.DUTIES),
    ("The responsibilities of this role include:", SectionKind.DUTIES),
    ("You’ll be responsible for:", SectionKind.DUTIES),
    ("As an Analytics Engineer, you will:", SectionKind.DUTIES),
    ("Information about the position", SectionKind.DUTIES),
    ("Job Purpose and Overview", SectionKind.DUTIES),
    ("Get ready to", SectionKind.DUTIES),
    ("Let's start with the role", SectionKind.DUTIES),
    ("Your Growth Unleashed", SectionKind.BENEFITS),
    ("Job benefits", SectionKind.BENEFITS),
    ("Work perks", SectionKind.BENEFITS),
    ("Why Qred?", SectionKind.BENEFITS),
    ("Working at Vinted", SectionKind.BENEFITS),
    ("Here's a taste of what's on offer:", SectionKind.BENEFITS),
    ("What you can expect working at Grasshopper:", SectionKind.BENEFITS),
    ("Overview of Team", SectionKind.ABOUT),
    ("Brief info about Vinted", SectionKind.ABOUT),
    ("Who Are We?", SectionKind.ABOUT),
    ("How to apply", SectionKind.APPLY),
    ("Interested?", SectionKind.APPLY),
    ("What to expect from our interview process", SectionKind.APPLY),
]
DECORATIONS = [
    "{}",
    "### {}",
    "**{}**",
    "- **{}**",
    "• {}:",
    "· {}",
    "**{}:**",
    "1. {}",
    "🚀 {}",
    "## 🎯 {}",
    "-{}：",
]


@pytest.mark.parametrize(("text", "kind"), EVERYDAY_HEADINGS)
def test_everyday_english_headings(text: str, kind: SectionKind) -> None:
    match = match_heading(text)
    assert match is not None and match.kind is kind


@pytest.mark.parametrize("decoration", DECORATIONS)
@pytest.mark.parametrize(("text", "kind"), EVERYDAY_HEADINGS[:8])
def test_decorated_headings_are_recognised_alone_on_their_line(
    text: str, kind: SectionKind, decoration: str
) -> None:
    source = f"{decoration.format(text)}\n\n- Strong SQL\n- Python\n"
    lines = [line for line in classify_text_lines([(1, source.splitlines()[0])]) if line.text]
    assert lines[0].heading is not None and lines[0].heading.kind is kind, lines[0]


@pytest.mark.parametrize(
    "text",
    [
        "You have strong SQL skills",  # a requirement without its bullet, not a heading
        "Working with stakeholders",  # "Working at <Company>" takes a capitalised name
        "Why this matters",
        "Learning how the business works",
        "Experience with one of the following:",  # a lead-in that says nothing of its kind
        "YouTube",
    ],
)
def test_lines_that_are_not_headings(text: str) -> None:
    match = match_heading(text)
    assert match is None or match.kind is None


def test_a_bilingual_heading_is_read_by_either_side() -> None:
    for text, kind in [
        ("Mō te Tūranga | About the Role", SectionKind.DUTIES),
        ("Ō Pūkenga | About You", SectionKind.REQUIREMENTS),
        ("岗位职责 | Responsibilities", SectionKind.DUTIES),
    ]:
        match = match_heading(text)
        assert match is not None and match.kind is kind


def test_a_long_lead_in_opens_the_section_it_announces() -> None:
    text = (
        "You’ll be a great addition to our team if you have the following skills, "
        "knowledge and experience"
    )
    match = match_heading(text)
    assert match is not None and match.kind is SectionKind.REQUIREMENTS
    assert match_heading("In return, we offer:") is not None
    long_item = "Experience with dbt and the following tools, which we use every day for work"
    assert match_heading(long_item) is None  # no colon, no "the following …" ending


def test_a_heading_glued_to_its_text_is_split() -> None:
    glued = match_inline_heading("About the RoleWe're looking for a Senior Analytics Engineer.")
    assert glued is not None and glued.kind is SectionKind.DUTIES
    assert (glued.text, glued.rest) == (
        "About the Role",
        "We're looking for a Senior Analytics Engineer.",
    )
    benefits = match_inline_heading("BenefitsWe reward our people well, with equity.")
    assert benefits is not None and benefits.kind is SectionKind.BENEFITS
    for text in ["YouTube is where we post our videos", "We use PowerBI dashboards every day"]:
        assert match_inline_heading(text) is None


def test_requirements_under_everyday_headings_are_not_folded_into_duties() -> None:
    text = (
        "Data Engineer\n\nWhat you'll do\n\n- Build pipelines\n\n"
        "What you´ll bring\n\n- SQL\n- Python\n\nWhat We Would Like To See\n\n- dbt\n"
    )
    posting = parse_text(text)[0].posting
    kinds = [(section.kind, len(section.items)) for section in posting.sections]
    assert kinds == [
        (SectionKind.DUTIES, 1),
        (SectionKind.REQUIREMENTS, 2),
        (SectionKind.REQUIREMENTS, 1),
    ]


def test_a_role_statement_ending_the_summary_is_the_duties_when_there_are_none() -> None:
    statement = (
        "As a Senior BI Engineer at Lalamove, you will work with the BIE teams to build and "
        "maintain the data pipelines."
    )
    intro = "Senior BI Engineer\n\nAt Lalamove, we move things.\n\n"
    text = f"{intro}{statement}\n\nWhat We Seek\n- SQL\n"
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    posting = parsed[0].posting
    assert posting.sections[0].kind is SectionKind.DUTIES
    assert posting.sections[0].items[0].text == statement
    assert posting.summary == "At Lalamove, we move things."
    # With duties of its own, the statement stays in the summary; a Chinese text is left alone.
    with_duties = parse_text(text + "\nResponsibilities\n- Build dashboards\n")[0].posting
    assert statement in with_duties.summary
    chinese_text = (
        "数据工程师\n\n我们是一家快速发展的科技公司，欢迎加入我们的数据团队，一起创造价值。\n\n"
        "As a data engineer, you will build our pipelines every day.\n"
    )
    chinese = parse_text(chinese_text)[0].posting
    assert (chinese.title, chinese.language, chinese.sections) == ("数据工程师", Language.ZH, [])


# -- fields -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Job ID: AE140726", Field.JOB_ID, "AE140726"),
        ("job requisition id: JR105077", Field.JOB_ID, "JR105077"),
        ("Reference: ABC-12", Field.JOB_ID, "ABC-12"),
        ("Category: Data & Analytics", Field.CATEGORY, "Data & Analytics"),
        ("Job family: Engineering", Field.CATEGORY, "Engineering"),
        ("Contract: Permanent", Field.EMPLOYMENT_TYPE, "Permanent"),
        ("Team: Data", Field.DEPARTMENT, "Data"),
        ("Location: London / Bristol / Edinburgh", Field.LOCATION, "London / Bristol / Edinburgh"),
    ],
)
def test_english_field_labels(text: str, field: Field, value: str) -> None:
    match = match_field(text)
    assert match is not None and (match.field, match.value) == (field, value)


@pytest.mark.parametrize("text", ["ID: 5", "Number: 3", "Code: Python", "Function: Analyst"])
def test_labels_too_vague_to_be_fields(text: str) -> None:
    assert match_field(text) is None


def test_job_id_and_category_lines_of_a_header() -> None:
    text = (
        "Analytics Engineer\nJob ID: 0000035262\nCategory: Data & Analytics\n"
        "Contract: Permanent\n\nResponsibilities\n- Build models\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    posting = parsed[0].posting
    assert posting.department == "Data & Analytics"  # a category stands for the department
    assert posting.employment_type is EmploymentType.FULL_TIME
    assert "Job ID: 0000035262" in posting.summary.splitlines()  # no field of its own
    # An explicit department comes first; a category in small letters is a sentence.
    other = parse_text("Data Engineer\nDepartment: Finance\nCategory: Data\n\nRequirements\n- SQL")
    assert other[0].posting.department == "Finance"
    lower = parse_text("Data Engineer\nCategory: the one you like\n\nRequirements\n- SQL")
    assert lower[0].posting.department == ""


@pytest.mark.parametrize(
    ("value", "salary"),
    [
        ("$120,000–$140,000", (Decimal(120000), Decimal(140000), "USD", SalaryPeriod.YEAR)),
        ("£50k", (Decimal(50000), Decimal(50000), "GBP", SalaryPeriod.YEAR)),
        ("€53.900 — €72.900 EUR", (Decimal(53900), Decimal(72900), "EUR", SalaryPeriod.YEAR)),
        (
            "between € 5.103,90 and € 7.291,28",
            (Decimal("5103.90"), Decimal("7291.28"), "EUR", SalaryPeriod.MONTH),
        ),
        ("EUR 4.000 per month", (Decimal(4000), Decimal(4000), "EUR", SalaryPeriod.MONTH)),
        ("1.5万-2万", (Decimal(15000), Decimal(20000), "CNY", SalaryPeriod.MONTH)),  # unchanged
    ],
)
def test_salary_amounts(value: str, salary: tuple[Decimal, Decimal, str, SalaryPeriod]) -> None:
    read = parse_salary("Salary", value, "CNY")
    assert read is not None
    assert (read.minimum, read.maximum, read.currency, read.period) == salary


@pytest.mark.parametrize(
    ("texts", "low", "high", "currency"),
    [
        (
            ["For this role we offer a salary of $123,500 - $176,400 USD, paid locally."],
            123500,
            176400,
            "USD",
        ),
        (["A salary between €5,000-€6,000 per month (depending on experience)"], 5000, 6000, "EUR"),
        (["Gross salary range is 4200 - 6000 EUR/month."], 4200, 6000, "EUR"),
        (
            ["The annual gross salary range for this position is:", "€53.900 — €72.900 EUR"],
            53900,
            72900,
            "EUR",
        ),
        (
            ["We offer a gross monthly salary starting at EUR 4.000 on a full-time basis."],
            4000,
            None,
            "EUR",
        ),
    ],
)
def test_a_salary_stated_in_a_sentence(
    texts: list[str], low: int, high: int | None, currency: str
) -> None:
    salary = salary_in_text(texts)
    assert salary is not None
    expected_high = Decimal(high) if high is not None else None
    assert (salary.minimum, salary.maximum, salary.currency) == (
        Decimal(low),
        expected_high,
        currency,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Competitive salary plus £2,000 learning budget",
        "Wave provides a yearly $1,200 stipend to support co-working.",
        "Feedzai has raised $282M to date.",
        "After 2 years you can take a sabbatical.",
        "€750 annual training budget",
    ],
)
def test_amounts_that_are_not_the_salary(text: str) -> None:
    assert salary_in_text([text]) is None


def test_a_salary_sentence_fills_the_field_and_stays_in_the_posting() -> None:
    text = (
        "Data Engineer\n\nResponsibilities\n- Build pipelines\n\nWhat we offer\n"
        "- A salary between €5,000-€6,000 per month\n- A MacBook\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    posting = parsed[0].posting
    assert posting.salary is not None and posting.salary.period is SalaryPeriod.MONTH
    assert posting.sections[-1].items[0].text == "A salary between €5,000-€6,000 per month"
    labelled = parse_text("Data Engineer\nSalary: £40k\n\nWhat we offer\n- A salary of £90,000\n")
    salary = labelled[0].posting.salary
    assert salary is not None and salary.minimum == Decimal(40000)  # the labelled line wins


def test_a_contact_line_in_the_header_opens_no_section() -> None:
    text = (
        "Acme Robotics\n\nContact: jobs@acme.example\n\n"
        "We're hiring a Senior Backend Developer (m/f/d) to join our platform team.\n\n"
        "What you'll do\n- Design APIs\n\nWhat we offer\n- €70,000 – €85,000 a year\n- A bike\n"
        "\nHow to apply\nSend your CV to jobs@acme.example.\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    posting = parsed[0].posting
    assert posting.title == "Senior Backend Developer"
    assert "Contact: jobs@acme.example" in posting.summary.splitlines()
    assert [section.kind for section in posting.sections] == [
        SectionKind.DUTIES,
        SectionKind.BENEFITS,
        SectionKind.APPLY,
    ]
    # An amount alone with its period, in the benefits, is the salary.
    assert posting.salary is not None and posting.salary.maximum == Decimal(85000)


def test_an_e_mail_paste_with_a_role_in_small_letters() -> None:
    text = (
        "Hi all,\n\nmy team at Initech is looking for a data analyst to join us in London. "
        "Salary is £45k-£55k plus bonus.\n\nYou will:\n- Build dashboards\n\n"
        "You should have:\n- SQL\n"
    )
    posting = parse_text(text)[0].posting
    assert posting.title == "Data Analyst"
    assert [section.kind for section in posting.sections] == [
        SectionKind.DUTIES,
        SectionKind.REQUIREMENTS,
    ]
    assert posting.salary is not None
    assert (posting.salary.minimum, posting.salary.maximum) == (Decimal(45000), Decimal(55000))


def test_several_english_postings_keep_their_own_titles() -> None:
    text = (
        "We're hiring!\n\n## Backend Engineer\n\nLocation: Remote (EU)\n\n"
        "### Responsibilities\n- Build APIs\n\n### Requirements\n- Python\n\n"
        "## Product Designer\n\nLocation: Berlin\n\n"
        "### Responsibilities\n- Design flows\n\n### Requirements\n- Figma\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert [(r.posting.title, r.posting.location) for r in parsed] == [
        ("Backend Engineer", "Remote (EU)"),
        ("Product Designer", "Berlin"),
    ]


def test_a_page_tab_above_a_role_statement_is_not_the_title() -> None:
    text = (
        "URL: https://jobs.example/1\n\nSenior Analytics Engineer\n\n"
        "FP Markets is a broker, founded in Australia in 2005.\n\nOverview\n"
        "As a Senior Analytics Engineer, you will play a key role in building our platform.\n\n"
        "Responsibilities:\n- Own delivery\n\nCandidate profile:\n- SQL\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert [result.posting.title for result in parsed] == ["Senior Analytics Engineer"]


def test_a_splitter_title_that_names_no_role_gives_way_to_one_that_does() -> None:
    text = (
        "Careers | Acme\n\nData Engineer\n\nWe build things for farmers across Europe.\n\n"
        "Responsibilities\n- Build pipelines\n\nRequirements\n- SQL\n"
    )
    parsed = parse_text(text)
    assert find_lost_text(text, parsed) == []
    assert (parsed[0].posting.title, parsed[0].title_line) == ("Data Engineer", 3)
    # Kept, as the text of the company section every job of the text gets.
    assert parsed[0].posting.sections[0].items[0].text == "Careers | Acme"
    # An introduction without duties, requirements or a list keeps the splitter's title.
    lines = classify_text_lines(list(enumerate(["Acme Careers", "", "Data Engineer"], 1)))
    assert find_title_line(lines, 0, 3, 0) == 0

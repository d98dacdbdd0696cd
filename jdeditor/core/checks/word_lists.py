"""Word lists for the English inclusive-language checks.

``MASCULINE`` and ``FEMININE`` are the agentic (masculine-coded) and communal
(feminine-coded) words of Gaucher, Friesen & Kay (2011), "Evidence that gendered wording in
job advertisements exists and sustains gender inequality", Journal of Personality and
Social Psychology 101(1), 109-128, Appendix A. A word ending in ``*`` is a stem, as in the
paper ("compet*" covers compete, competitive, competition); the others match whole words.

``MASCULINE_EXTRA`` holds a few words the paper does not list but later recruiting guidance
names as masculine-coded jargon (ninja, rockstar…). They are kept apart so that the
source shown for each finding stays honest.
"""

from __future__ import annotations

MASCULINE: tuple[str, ...] = (
    "active",
    "adventurous",
    "aggress*",
    "ambitio*",
    "analy*",
    "assert*",
    "athlet*",
    "autonom*",
    "boast*",
    "challeng*",
    "compet*",
    "confident",
    "courag*",
    "decide",
    "decisive",
    "decision*",
    "determin*",
    "dominant",
    "domina*",
    "force*",
    "greedy",
    "headstrong",
    "hierarch*",
    "hostil*",
    "impulsive",
    "independen*",
    "individual*",
    "intellect*",
    "lead*",
    "logic",
    "masculine",
    "objective",
    "opinion",
    "outspoken",
    "persist",
    "principle*",
    "reckless",
    "stubborn",
    "superior",
    "self-confiden*",
    "self-relian*",
    "self-sufficien*",
)

FEMININE: tuple[str, ...] = (
    "affectionate",
    "child*",
    "cheer*",
    "commit*",
    "communal",
    "compassion*",
    "connect*",
    "considerate",
    "cooperat*",
    "co-operat*",
    "depend*",
    "emotiona*",
    "empath*",
    "feminine",
    "flatterable",
    "gentle",
    "honest",
    "interpersonal",
    "interdependen*",
    "interpersona*",
    "kind",
    "kinship",
    "loyal*",
    "modesty",
    "nag",
    "nurtur*",
    "pleasant*",
    "polite",
    "quiet*",
    "respon*",
    "sensitiv*",
    "submissive",
    "support*",
    "sympath*",
    "tender*",
    "together*",
    "trust*",
    "understand*",
    "warm*",
    "whin*",
    "yield*",
)

# Not in Gaucher et al.: jargon that later recruiting guidance flags as masculine-coded.
MASCULINE_EXTRA: tuple[str, ...] = (
    "ninja*",
    "rockstar*",
    "rock star*",
    "guru*",
    "superhero*",
    "hacker*",
)

# Words a stem covers that say nothing about the person wanted: a duty, a market, a noun
# for goals or people. Decided case by case and listed in docs/checks.md.
# A stem stands for the forms of one trait word (the paper: compet* is compete,
# competitive, competition); a word that only starts with the same letters names someone
# or something else and is listed here: another party or body (competitor, respondent,
# committee, trustee).
NOT_CODED: frozenset[str] = frozenset(
    {
        # another party or body, not a trait
        "competitor",
        "competitors",
        "respondent",
        "respondents",
        "committee",
        "committees",
        "trustee",
        "trustees",
        "responsibility",
        "responsibilities",
        "response",
        "responses",
        "child",
        "children",
        "childcare",
        "children's",
        "depending",
        "dependency",
        "dependencies",
        "individuals",
        "leads",  # sales leads
        "connector",
        "connectors",
        "connectivity",
        "warmup",
        "commits",  # source-control commits
        "forced",
        "forces",
        "forcefully",
        # analy*: "analytical" is the trait; the field, the job and the task are not
        "analytics",
        "analysis",
        "analyses",
        "analyst",
        "analysts",
        "analyze",
        "analyse",
        "analyzing",
        "analysing",
        "analyte",
        "analytes",
        # compet*: competence is skill, not competitiveness
        "competence",
        "competences",
        "competent",
        "competency",
        "competencies",
        "assertion",  # a test's assertions
        "assertions",
    }
)

# "competitive salary": competitive describes the pay, not the person.
PAY_WORDS: frozenset[str] = frozenset(
    {
        "salary",
        "salaries",
        "pay",
        "wage",
        "wages",
        "compensation",
        "remuneration",
        "benefits",
        "package",
        "packages",
        "rates",
        "rate",
        "bonus",
        "pricing",
        "prices",
        "price",
        "equity",
        "pension",
        "landscape",  # the competitive landscape: the market
        "analysis",  # competitive analysis: a task about the market
        "intelligence",
        "advantage",
        "edge",
        "market",
        "products",
    }
)

# Trait words that also describe a product: "responsive" is a person (responsive to
# customers) or a web page (responsive design). Not reported when one of the next words
# of the phrase is one of PRODUCT_WORDS, unless "to" follows at once (responsive to…).
PRODUCT_SENSE: frozenset[str] = frozenset({"responsive", "responsiveness"})
PRODUCT_WORDS: frozenset[str] = frozenset(
    {
        "design",
        "designs",
        "web",
        "website",
        "websites",
        "site",
        "sites",
        "layout",
        "layouts",
        "ui",
        "uis",
        "ux",
        "interface",
        "interfaces",
        "page",
        "pages",
        "app",
        "apps",
        "application",
        "applications",
        "front-end",
        "frontend",
        "front-ends",
        "email",
        "emails",
        "template",
        "templates",
        "theme",
        "themes",
        "component",
        "components",
        "html",
        "css",
        "screen",
        "screens",
        "dashboard",
        "dashboards",
        "mobile",
        "product",
        "products",
        "software",
        "system",
        "systems",
    }
)

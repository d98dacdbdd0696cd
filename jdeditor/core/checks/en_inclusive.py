"""Rules: inclusive English. Wording that keeps people from applying (docs/checks.md).

Each check looks at one text and matches whole words, case-insensitively, then drops the
matches its context shows to be about something else: "young children" is a market,
"competitive salary" is pay, "stand-up meetings" and "see our website" ask nothing of the
body. The false positives are tested as carefully as the true ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from jdeditor.core.checks import word_lists
from jdeditor.core.checks.model import POSTING, Bilingual, Category, Place, Rule, Severity, Span
from jdeditor.core.checks.texts import posting_texts
from jdeditor.core.model import Language, Posting

EN = frozenset({Language.EN})
_WORD_RE = re.compile(r"[A-Za-z][\w'-]*")


def _next_word(text: str, end: int) -> str:
    match = _WORD_RE.search(text, end)
    if match is None or text[end : match.start()].strip(" -"):
        return ""  # punctuation between: the phrase ended
    return match.group().lower()


_PHRASE_END_RE = re.compile(r"[.;:!?()\n]")


def _phrase_words(text: str, end: int, count: int) -> list[str]:
    """The next ``count`` words after ``end`` in the same phrase (commas do not end it)."""
    stop = _PHRASE_END_RE.search(text, end)
    words = _WORD_RE.findall(text, end, stop.start() if stop else len(text))
    return [word.lower() for word in words[:count]]


def _previous_word(text: str, start: int) -> str:
    words = _WORD_RE.findall(text[max(0, start - 40) : start])
    return words[-1].lower() if words else ""


# ---- age ---------------------------------------------------------------------------------

_AGE_RE = re.compile(
    r"\b(?:young(?:er)?|youthful|energetic|digital[\s-]+natives?"
    r"|(?:recent|fresh|new)\s+(?:college\s+|university\s+)?grad(?:uate)?s?)\b",
    re.IGNORECASE,
)
# "young children", "a young company": a market or the employer, not the applicant.
_YOUNG_NOT_APPLICANT = frozenset(
    [
        "children",
        "child",
        "kids",
        "babies",
        "people",
        "adults",
        "learners",
        "audience",
        "audiences",
        "users",
        "customers",
        "readers",
        "families",
        "patients",
        "students",
        "minds",
        "company",
        "companies",
        "business",
        "startup",
        "start-up",
        "brand",
        "industry",
        "market",
        "field",
        "product",
        "products",
    ]
)
_AGE_SUGGESTIONS = {
    "energetic": "motivated",
    "digital": "comfortable with digital tools",
    "recent": "early-career",
    "fresh": "early-career",
    "new": "early-career",
}


# Cheap tests before the full patterns: most texts hold none of these letters in a row.
# Substring tests on the lower-cased text: many times quicker than a pattern that ignores case.
_AGE_HINTS = ("you", "energ", "native", "grad")
_AGE_LIMIT_HINT_RE = re.compile(r"[1-7]\d")
_PRONOUN_HINT_RE = re.compile(r"\bh[ei]")
_NATIVE_HINTS = ("nativ", "tongue", "first")
_ABILITY_HINTS = ("lift", "stand", "walk", "see", "hear", "climb", "carr", "bodied")


@lru_cache(maxsize=4096)
def _lower(text: str) -> str:
    return text.lower()


def _has_any(text: str, hints: tuple[str, ...]) -> bool:
    lower = _lower(text)
    return any(hint in lower for hint in hints)


def _age(text: str) -> Iterator[Span]:
    if not _has_any(text, _AGE_HINTS):
        return
    limits = [span for span in _age_limit(text)]
    for match in _AGE_RE.finditer(text):
        if any(span.start <= match.start() < span.end for span in limits):
            continue  # "35 or younger": the age limit rule has it
        word = match.group().lower()
        if word.startswith("young"):
            before = text[: match.start()].rstrip()[-1:]
            if text.startswith("'s", match.end()) or (match.group()[0] == "Y" and before.isalnum()):
                continue  # Young's modulus, Neil Young: a name
            if _next_word(text, match.end()) in _YOUNG_NOT_APPLICANT:
                continue
        suggestion = _AGE_SUGGESTIONS.get(word.split()[0].split("-")[0], "")
        yield Span(match.start(), match.end(), suggestion)


_AGE = r"(?:1[6-9]|[2-7]\d)"
_AGE_LIMIT_RE = re.compile(
    rf"\b(?:aged?|ages)\s*:?\s*(?:of\s+|between\s+|from\s+)?{_AGE}\s*(?:-|–|—|to|and)\s*{_AGE}\b"
    rf"|\bbetween\s+the\s+ages?\s+of\s+{_AGE}\s+(?:and|to|-)\s+{_AGE}\b"
    rf"|\b{_AGE}\s*(?:-|–|to)\s*{_AGE}\s*(?:years?\s+old|years?\s+of\s+age|y/?o)\b"
    rf"|\b(?:under|below|younger\s+than|no\s+older\s+than|not\s+older\s+than)\s+"
    rf"(?:the\s+age\s+of\s+){_AGE}(?:\s*(?:years?\s+old|years?\s+of\s+age|y/?o))?\b"
    rf"|\b(?:under|below)\s+{_AGE}\s*(?:years?\s+old|years?\s+of\s+age|y/?o)\b"
    rf"|\b(?:under|below)\s+{_AGE}(?=\s*(?:[.,;:)!]|$|\s(?:and|or|only)\b))"
    rf"|\b(?:younger|no\s+older|not\s+older)\s+than\s+{_AGE}\b"
    rf"|\b{_AGE}\s*(?:years?\s+old|yrs?\s+old|y/?o)\s+or\s+(?:younger|under|below|less)\b"
    rf"|\bmaximum\s+age\s*(?:of|:)?\s*{_AGE}\b",
    re.IGNORECASE,
)
# "students aged 16-18", "patients under 18": the age of someone else.
_OTHERS_RE = re.compile(
    r"\b(?:children|child|kids|students|pupils|patients|users|customers|learners|players|"
    r"audiences?|people|visitors|members|youth|teens|teenagers)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _age_limit(text: str) -> Iterator[Span]:
    if _AGE_LIMIT_HINT_RE.search(text) is None:
        return
    for match in _AGE_LIMIT_RE.finditer(text):
        if _OTHERS_RE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        yield Span(match.start(), match.end())


# ---- pronouns ------------------------------------------------------------------------------

_PRONOUN_RE = re.compile(r"\b(?:he|him|his|himself|he's)\b", re.IGNORECASE)
_BOTH_RE = re.compile(
    r"\b(?:s/he|\(s\)he|(?:he|his|him)\s*(?:/|\bor\b|\band\b)\s*(?:she|her|hers)"
    r"|(?:she|her|hers)\s*(?:/|\bor\b|\band\b)\s*(?:he|his|him))\b",
    re.IGNORECASE,
)
# The text is about someone named: a founder, a quoted manager.
_SOMEONE_ELSE_RE = re.compile(
    r"\b(?:co-?founders?|founders?|founded|ceo|chairman|president|chief\s+executive|said|says"
    r"|told|recalls|explains|mr|sir)\b|[\"“”]",
    re.IGNORECASE,
)
_YOU = {"he": "you", "him": "you", "his": "your", "himself": "yourself", "he's": "you're"}
_HE_VERBS = {"is": "are", "has": "have", "does": "do", "was": "were"}


def _you_verb(verb: str) -> str:
    if verb in _HE_VERBS:
        return _HE_VERBS[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
        return verb[:-1]
    return verb


def _pronoun(text: str) -> Iterator[Span]:
    if _PRONOUN_HINT_RE.search(_lower(text)) is None or _PRONOUN_RE.search(text) is None:
        return
    if _SOMEONE_ELSE_RE.search(text):
        return
    both = [match.span() for match in _BOTH_RE.finditer(text)]
    for match in _PRONOUN_RE.finditer(text):
        word = match.group()
        if word.isupper() and len(word) > 1:
            continue  # HE (higher education), HIS (hospital information system)
        if any(start <= match.start() < end for start, end in both):
            continue
        lower = word.lower()
        end, suggestion = match.end(), _YOU[lower]
        if lower == "he":
            verb = re.match(r"\s+([a-z]+)\b", text[match.end() :])
            if verb and verb.group(1) not in {"will", "would", "should", "must", "can", "may"}:
                end = match.end() + verb.end()
                suggestion = f"you {_you_verb(verb.group(1))}"
        if word[0].isupper():
            suggestion = suggestion[0].upper() + suggestion[1:]
        yield Span(match.start(), end, suggestion)


# ---- gender-coded words --------------------------------------------------------------------


def _stems(words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Whole words and stems (without the ``*``) of a list."""
    exact = frozenset(word.replace(" ", "") for word in words if not word.endswith("*"))
    stems = frozenset(word[:-1].replace(" ", "") for word in words if word.endswith("*"))
    return exact, stems


_MASCULINE = _stems(word_lists.MASCULINE + word_lists.MASCULINE_EXTRA)
_FEMININE = _stems(word_lists.FEMININE)
_STEM_LENGTHS = sorted({len(stem) for stem in _MASCULINE[1] | _FEMININE[1]})
_TOKEN_RE = re.compile(r"(?<![\w-])[A-Za-z][\w-]*")
# "rock star": the one coded phrase of two words
_ROCK_STAR_RE = re.compile(r"(?<![\w-])rock\s+stars?(?![\w-])", re.IGNORECASE)
# "a leading provider", "growth of leading banks": the company or the market
_ABOUT_THE_MARKET = frozenset({"a", "an", "the", "of", "most", "world's", "market", "industry"})


def _kind(word: str) -> str:
    """ "m", "f" or "" for one lower-case word."""
    for exact, stems, kind in ((*_MASCULINE, "m"), (*_FEMININE, "f")):
        if word in exact or any(word[:length] in stems for length in _STEM_LENGTHS):
            return kind
    return ""


@lru_cache(maxsize=8192)
def _coded_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, "m" or "f") of each gender-coded word, in order."""
    found: list[tuple[int, int, str]] = []
    for match in _TOKEN_RE.finditer(text):
        word = match.group().lower()
        kind = _kind(word)
        if not kind or _not_coded(text, match, word):
            continue
        found.append((match.start(), match.end(), kind))
    found.extend((match.start(), match.end(), "m") for match in _ROCK_STAR_RE.finditer(text))
    return tuple(sorted(found))


def _not_coded(text: str, match: re.Match[str], word: str) -> bool:
    if word in word_lists.NOT_CODED or any(char.isdigit() for char in word):
        return True
    if match.start() and text[match.start() - 1] in "/.@#_":
        return True  # part of an address or a name in code
    following = _next_word(text, match.end())
    if word.startswith("compet") and following in word_lists.PAY_WORDS:
        return True  # competitive salary: the pay, not the person
    if word == "leading" and _previous_word(text, match.start()) in _ABOUT_THE_MARKET:
        return True  # a leading provider: the company
    if word == "kind" and following == "of":
        return True
    if word == "understanding" and following == "of":
        return True  # an understanding of accounting: knowledge, not a trait
    if word in word_lists.PRODUCT_SENSE and following not in ("to", "towards"):
        after = _phrase_words(text, match.end(), 3)
        if any(part in word_lists.PRODUCT_WORDS for part in after):
            return True  # responsive web design: the product, not the person
    return word.startswith("respon") and following == "for"  # responsible for: a duty


def _gender_coded(text: str) -> Iterator[Span]:
    for start, end, _ in _coded_spans(text):
        yield Span(start, end)


def coded_words(posting: Posting) -> tuple[list[str], list[str]]:
    """The masculine- and the feminine-coded words of a posting, in reading order."""
    words: dict[str, list[str]] = {"m": [], "f": []}
    for _place, text in posting_texts(posting):
        for start, end, kind in _coded_spans(text):
            words[kind].append(text[start:end])
    return words["m"], words["f"]


def _gender_balance(posting: Posting) -> Iterator[tuple[Place, str, Span]]:
    masculine, feminine = coded_words(posting)
    if not masculine and not feminine:
        return
    text = f"{len(masculine)} masculine-coded, {len(feminine)} feminine-coded"
    yield POSTING, text, Span(0, len(text))


# ---- national origin -----------------------------------------------------------------------

_LANG = (
    r"(english|mandarin|chinese|cantonese|french|german|spanish|japanese|korean|italian"
    r"|portuguese|russian|arabic|dutch|hindi|vietnamese|thai|indonesian|malay|polish|turkish)"
)
_NATIVE_RE = re.compile(
    rf"\b(?:an?\s+)?native[\s-]+{_LANG}(?:[\s-]+(?:speakers?|speaking))?\b"
    rf"|\b(?:an?\s+)?native[\s-]+speakers?\s+of\s+{_LANG}\b"
    rf"|\b(?:an?\s+)?{_LANG}[\s-]+native(?:[\s-]+speakers?)?\b"
    rf"|\b{_LANG}\s+as\s+(?:a\s+|your\s+)?(?:mother\s+tongue|first\s+language)\b"
    r"|\b(?:an?\s+)?native[\s-]+speakers?\b",
    re.IGNORECASE,
)


def _native_speaker(text: str) -> Iterator[Span]:
    if not _has_any(text, _NATIVE_HINTS):
        return
    for match in _NATIVE_RE.finditer(text):
        language = next((group for group in match.groups() if group), "")
        suggestion = f"fluent in {language.capitalize()}" if language else "fluent speaker"
        if match.group()[0].isupper():
            suggestion = suggestion[0].upper() + suggestion[1:]
        yield Span(match.start(), match.end(), suggestion)


# ---- ability -------------------------------------------------------------------------------

_ABILITY_RE = re.compile(
    r"\b(?:able\s+to|ability\s+to|must|required\s+to|need\s+to|capable\s+of|can)\s+"
    r"(?:\w+\s+)?(?P<verb>lift|stand|walk|see|hear|climb|carry)(?:ing)?\b"
    r"|\b(?P<load>lift|carry|lifting|carrying)\s+(?:up\s+to\s+|at\s+least\s+|over\s+)?\d+\s*"
    r"(?:lbs?|pounds|kg|kilos?|kilograms)\b"
    r"|\b(?:prolonged|extended|long\s+periods\s+of)\s+(?P<long>standing|walking)\b"
    r"|\b(?P<period>stand|walk)(?:ing)?\s+for\s+(?:long|extended|prolonged)\s+periods\b"
    r"|\b(?P<able>able-bodied)\b",
    re.IGNORECASE,
)
# what follows a verb when it is a figure of speech, not the body
_FIGURATIVE = {
    "stand": ("out", "up", "by", "behind"),
    "walk": ("through", "the", "customers", "clients", "users", "them", "you", "us"),
}
_LOADS = frozenset(
    [
        "heavy",
        "boxes",
        "box",
        "objects",
        "items",
        "equipment",
        "materials",
        "loads",
        "load",
        "packages",
        "parcels",
        "products",
        "patients",
        "stock",
        "and",
        "or",
    ]
)


def _is_load(words: list[str]) -> bool:
    first = words[0].strip(".,;:")
    return first[:1].isdigit() or first in _LOADS or words[:2] == ["up", "to"]


_SENSES = frozenset(
    [
        "and",
        "or",
        "clearly",
        "well",
        "small",
        "fine",
        "colour",
        "colours",
        "color",
        "colors",
        "details",
        "detail",
        "print",
    ]
)
_ABILITY_SUGGESTIONS = {
    "lift": "move",
    "lifting": "moving",
    "carry": "move",
    "carrying": "moving",
    "stand": "be on your feet",
    "standing": "being on your feet",
    "walk": "move around",
    "walking": "moving around",
    "see": "perceive",
    "hear": "perceive",
    "climb": "reach",
    "able-bodied": "",
}


def _ability(text: str) -> Iterator[Span]:
    if not _has_any(text, _ABILITY_HINTS):
        return
    for match in _ABILITY_RE.finditer(text):
        name = next(name for name in ("verb", "load", "long", "period", "able") if match[name])
        start, end = match.span(name)
        word = text[start:end].lower()
        if name == "verb":
            end = match.end()  # "standing" as well as "stand"
            word = text[start:end].lower()
            following = text[end : end + 30].lower().split()
            verb = match["verb"].lower()
            if verb in ("see", "hear"):
                # "see our website", "hear from customers": only the senses themselves
                if following and following[0].strip(".,;:") not in _SENSES:
                    continue
            elif verb in ("lift", "carry"):
                # "lift each other up", "lift conversion": only loads
                if following and not _is_load(following):
                    continue
            elif following and following[0].startswith(_FIGURATIVE.get(verb, ())):
                continue
        yield Span(start, end, _ABILITY_SUGGESTIONS.get(word, ""))


def _bi(zh: str, en: str) -> Bilingual:
    return Bilingual(zh, en)


_GAUCHER = _bi(
    "Gaucher, Friesen & Kay (2011)，《人格与社会心理学杂志》101(1)：109–128，附录A的词表",
    "Gaucher, Friesen & Kay (2011), J. Pers. Soc. Psychol. 101(1), 109–128, Appendix A",
)


def _rule(
    rule_id: str,
    severity: Severity,
    message: Bilingual,
    explanation: Bilingual,
    source: Bilingual | None = None,
    text_check: Callable[[str], Iterable[Span]] | None = None,
    posting_check: Callable[[Posting], Iterable[tuple[Place, str, Span]]] | None = None,
) -> Rule:
    return Rule(
        rule_id,
        Category.INCLUSIVE,
        severity,
        message,
        explanation,
        source,
        EN,
        text_check,
        posting_check,
    )


RULES: list[Rule] = [
    _rule(
        "en.age_limit",
        Severity.ERROR,
        _bi("明确的年龄限制", "An explicit age limit"),
        _bi(
            "招聘中写明年龄上限或年龄段会把有能力的人拒之门外，在许多国家（如英国《2010年平等法》、"
            "美国ADEA）属于年龄歧视。请删去，改写工作真正需要的经验或能力。",
            "An age cap or range turns away able people and is age discrimination in many "
            "countries (the UK Equality Act 2010, the US ADEA). Remove it and name the "
            "experience or skill the work needs.",
        ),
        _bi("英国《2010年平等法》；美国《就业年龄歧视法》(ADEA)", "UK Equality Act 2010; US ADEA"),
        text_check=_age_limit,
    ),
    _rule(
        "en.age",
        Severity.WARNING,
        _bi("带年龄暗示的措辞", "Age-coded wording"),
        _bi(
            "young、energetic、digital native、recent graduate 等词暗示只要年轻人，年长的应聘者会"
            "因此不投递。请写工作需要什么（如“入门级岗位”“熟悉数字工具”）。",
            "Words such as young, energetic, digital native or recent graduate say the job is "
            "for young people, and older applicants stay away. Say what the work needs "
            '("entry-level", "comfortable with digital tools").',
        ),
        text_check=_age,
    ),
    _rule(
        "en.pronoun",
        Severity.WARNING,
        _bi("用 he/his/him 指代应聘者", "He/his/him for the candidate"),
        _bi(
            "用男性代词指代应聘者，等于说这份工作是给男性的。请直接称“you”，或用“they”。",
            "A male pronoun for the candidate says the job is for a man. Address the reader "
            'as "you", or use "they".',
        ),
        text_check=_pronoun,
    ),
    _rule(
        "en.gender_coded",
        Severity.INFO,
        _bi("性别化词语", "Gender-coded word"),
        _bi(
            "研究发现，招聘广告中男性化词语（competitive、dominant 等）较多时，女性觉得自己不属于"
            "这里而较少应聘。一个词本身没有错；请看全文的平衡，能换成中性说法的就换。",
            "Research found that when an ad is full of masculine-coded words (competitive, "
            "dominant…), women feel they would not belong and apply less. One word is not "
            "wrong in itself: look at the balance and use a neutral word where one fits.",
        ),
        _GAUCHER,
        text_check=_gender_coded,
    ),
    _rule(
        "en.gender_balance",
        Severity.INFO,
        _bi("性别化词语的平衡", "Balance of gender-coded words"),
        _bi(
            "全文中男性化与女性化词语的数量。男性化词语明显居多的广告吸引的女性应聘者较少。",
            "How many masculine- and feminine-coded words the posting holds. Ads with clearly "
            "more masculine-coded words draw fewer women.",
        ),
        _GAUCHER,
        posting_check=_gender_balance,
    ),
    _rule(
        "en.native_speaker",
        Severity.WARNING,
        _bi("要求母语者", "Native speaker required"),
        _bi(
            "“母语者”是出身，不是能力，会排除语言流利的非母语者，可能构成国籍歧视。请写需要的水平，"
            "如“fluent in English”。",
            "Being a native speaker is origin, not skill: it shuts out fluent speakers and can "
            'be national-origin discrimination. Name the level needed: "fluent in English".',
        ),
        text_check=_native_speaker,
    ),
    _rule(
        "en.ability",
        Severity.WARNING,
        _bi("可能排斥残障人士的身体能力要求", "Physical ability wording"),
        _bi(
            "lift、stand、walk、see、hear 等要求会让残障人士不投递，"
            "而工作往往并不需要某种特定方式。"
            "请写要完成的任务（“移动20公斤的箱子”“长时间在岗”），确有必要时说明可提供合理便利。",
            "Asking to lift, stand, walk, see or hear keeps disabled people away when the task "
            'does not need one way of doing it. Name the task ("move 20 kg boxes", "be on '
            'your feet"); where it is truly needed, say that adjustments are possible.',
        ),
        text_check=_ability,
    ),
]

EXAMPLES: dict[str, tuple[str, str]] = {
    "en.age_limit": ("Candidates must be aged 25-35.", "Students aged 6-12 use our app."),
    "en.age": ("Join our young, energetic team.", "Education products for young children."),
    "en.pronoun": ("He will own the roadmap.", "Our founder said he wanted a calm office."),
    "en.gender_coded": ("A competitive, dominant rockstar.", "We offer a competitive salary."),
    "en.gender_balance": (
        "Product Manager\nResponsibilities\n1. Lead a competitive team.\n"
        "Requirements\n1. Five years of product work.",
        "Product Manager\nResponsibilities\n1. Plan the roadmap.\n"
        "Requirements\n1. Five years of product work.",
    ),
    "en.native_speaker": ("Native English speaker.", "Fluent English, spoken and written."),
    "en.ability": (
        "Must be able to stand for long periods.",
        "Join our daily stand-up meetings; see our website.",
    ),
}

"""An English posting's title: the line or sentence that names the role.

Career pages rarely open with the job's name. A company introduction comes first, then a
standalone line (``Analytics Engineer``), or the role is named only in a sentence ("We're
looking for a Digital Analytics Engineer to…", "As a Data Engineer, you will…"). Page
titles carry the company or the place beside the name (``Protolabs - Analytics Engineer``,
``Analytics Engineer at Immediate``, ``Head of Data — Up Learn``).

A **role** is a run of capitalised words that ends in a *role noun* (:data:`ROLE_NOUNS`:
Engineer, Developer, Manager, Analyst …), optionally followed by ``of``/``for`` and a field
("Head of Data", "Director of Engineering"), a comma and a team ("Analytics Engineer,
Marketing") or a short bracket ("Analytics Engineer (L5)"). A gender tag such as ``(f/m/d)``
is not part of the name. Parts of a line joined by a dash, a bar, `` at `` or ``@`` that
are not the role are the company, the place or the team, and are left out of the title;
the line itself stays in the posting, so nothing is lost.

:func:`role_line` reads a standalone line, :func:`role_in_sentence` a sentence. Neither
reads Chinese: the Chinese title rules are elsewhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from jdeditor.core.model import Language, SectionKind
from jdeditor.core.structure.fields import Field
from jdeditor.core.structure.job_lines import title_text
from jdeditor.core.structure.language import detect_language
from jdeditor.core.structure.lines import Line, LineKind, is_header_line, is_sentence_like
from jdeditor.core.structure.titles import clean_title, names_job


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The documented list of role nouns (docs/import.md): the last word of a job's name.
ROLE_NOUNS = _word_set(
    """
    engineer developer programmer architect manager analyst scientist designer lead leader
    specialist consultant intern trainee apprentice director officer coordinator
    administrator assistant associate representative executive advisor adviser technician
    technologist accountant auditor controller writer copywriter editor researcher
    strategist planner recruiter owner expert tester president partner head supervisor
    producer marketer buyer merchandiser agent clerk secretary receptionist operator
    mechanic electrician nurse teacher tutor lecturer instructor trainer coach therapist
    pharmacist physician doctor lawyer attorney counsel paralegal economist statistician
    actuary underwriter chef cook barista driver courier photographer illustrator animator
    artist hacker evangelist advocate steward generalist facilitator translator
    interpreter investigator inspector surveyor estimator dispatcher scheduler worker
    fellow principal sre devops dba cto ceo cfo coo cio cmo ciso vp
    """
)
# Words that never start a job's name: "Our Head of Data", "Meet the Team Lead".
_NOT_FIRST = _word_set(
    """
    a an the our your my their his her its this that these those we you they it i
    about meet join become apply hiring why what how who where when which whose dear
    with from into for as to and or at in on by of if not no all any every each
    """
)
# Adjectives before the role in a sentence ("a highly motivated Analytics Engineer").
_ADJECTIVES = _word_set(
    """
    experienced talented motivated highly self-motivated passionate driven skilled great
    strong hands-on curious new proactive structured solution-oriented ambitious
    enthusiastic dedicated creative detail-oriented stunning exceptional outstanding
    brilliant energetic dynamic versatile pragmatic seasoned savvy friendly collaborative
    full-time part-time permanent temporary remote hybrid results-driven data-driven
    analytical-minded organised organized confident capable thoughtful rockstar awesome
    amazing fantastic excellent ideal next future additional another second
    """
)
_ROLE_NOUN_RE = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_NOUNS))})\b", re.IGNORECASE)
_CONNECTORS = frozenset({"and", "&", "/", "of", "-", "+", "to"})
_LOWER_KEPT = frozenset({"of", "and", "for", "to", "the"})  # inside a name: "Head of Data"
MAX_NAME_WORDS = 10
MAX_ROLE_LINE_CHARS = 100
MAX_QUALIFIER_CHARS = 40

_GENDER_TAG_RE = re.compile(
    r"\s*[(\[]\s*(?:(?:[mfwdxh]|div|nb)(?:\s*[/|,]\s*(?:[mfwdxh]|div|nb)){1,3}|"
    r"all genders?|any gender|gn)\s*[)\]]",
    re.IGNORECASE,
)
# Between a company or place and the name: " - ", " – ", " — ", " | ", " at ", " @ ", " • ".
_PART_SEPARATOR_RE = re.compile(r"\s+(?:[-–—|•·@]|at)\s+|\s*[—|•]\s*")
_WORD_RE = re.compile(r"[^\s]+")
_TERMINAL = ".!?;:。！？；："
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "´": "'", "`": "'"})
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_GRADE_RE = re.compile(r"[IVX]{1,4}|#?\d{1,6}")

# A sentence that names the role: the words after a trigger, up to the role noun.
_ARTICLE = r"(?:an?|the|our|one|two|several)\s+"
_SENTENCE_TRIGGERS = [
    # "We're (now) looking for a…", "Scopely is seeking a…", "Pluxee hiring Analytics Engineer"
    re.compile(
        r"\b(?:looking for|seeking|searching for|hiring(?! for)|recruiting|in search of"
        rf"|on the lookout for|in need of|need|needs)\s+(?:{_ARTICLE})?",
        re.IGNORECASE,
    ),
    # "As a Data Engineer, you will…" (at the start of a sentence only: "two years as a Data
    # Analyst" is experience, not this job).
    re.compile(rf"(?:^|[.!?]\s+)As\s+{_ARTICLE}", re.IGNORECASE),
    # "Join us as a Senior Analytics Engineer", "This role, as our new…"
    re.compile(
        rf"\bjoin\s+(?:us|our\s+\w+(?:\s+\w+)?|the\s+\w+(?:\s+\w+)?)\s+as\s+(?:{_ARTICLE})?",
        re.IGNORECASE,
    ),
    # "an opportunity for a Data Engineer", "the position of Lead Designer"
    re.compile(
        rf"\b(?:role|position|opportunity|opening|vacancy)\s+(?:for|as|of)\s+(?:{_ARTICLE})?",
        re.IGNORECASE,
    ),
]
# "The Analytics Engineer is responsible for…", ", the Hub Analytics Engineer is a member of…":
# the role as the subject of a sentence that says what the job is or does.
_SUBJECT_RE = re.compile(
    r"(?:^|[.!?]\s+|,\s+)[Tt]he\s+(?P<name>(?:[A-Z][\w&/-]*\s+){0,5}[A-Z][\w-]*)\s+"
    r"(?:is|will|plays|works|owns|reports|sits|acts|serves|leads|drives|partners)\b"
)
# Where the role phrase in a sentence stops.
_PHRASE_STOPS = _word_set(
    """
    to who who's whom with that which in at on based within from you you'll you'd will
    would is are was joining focused focusing responsible working located for like
    """
)


_MAIN_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
# A sentence after these headings names what a candidate has been, not this job.
_LATE_KINDS = (SectionKind.REQUIREMENTS, SectionKind.PREFERRED)
_NAME_KINDS = (LineKind.TEXT, LineKind.HEADING)
_SENTENCE_KINDS = (LineKind.TEXT, LineKind.HEADING)  # prose: list items are duties


@dataclass(frozen=True)
class RoleTitle:
    """The job's name a title line gives, and whether the line is a sentence naming it."""

    name: str
    in_sentence: bool = False


def _is_role_noun(word: str) -> bool:
    return word.strip("()[],.!?:;'\"").casefold() in ROLE_NOUNS


def _capitalised(word: str) -> bool:
    """A word of a name: capitalised, an acronym, a number or a connector (``&``, ``/``)."""
    first = word.lstrip("(\"'")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or word in _CONNECTORS)


def _clean(text: str) -> str:
    text = _GENDER_TAG_RE.sub("", text.translate(_APOSTROPHES))
    return " ".join(text.split()).strip(" -–—|•·*#:")


def role_part(text: str) -> str | None:
    """``text`` when it is a job's name and nothing else, else None.

    ``Senior Analytics Engineer``, ``Head of Data``, ``Analytics Engineer, Marketing``,
    ``Analytics Engineer (L5)``; not ``Lead innovation in OSINT``, ``Our Head of Data``.
    """
    text = _clean(text)
    if not text or len(text) > MAX_ROLE_LINE_CHARS or text[-1] in _TERMINAL:
        return None
    head, _, qualifier = text.partition(",")
    if qualifier and (len(qualifier.strip()) > MAX_QUALIFIER_CHARS or not _name_words(qualifier)):
        return None
    words = _WORD_RE.findall(head)
    if not words or len(words) > MAX_NAME_WORDS or words[0].casefold() in _NOT_FIRST:
        return None
    noun = _last_role_noun(words)
    if noun is None:
        return None
    before, after = words[:noun], words[noun + 1 :]
    if not all(_capitalised(word) or word.casefold() in _LOWER_KEPT for word in before):
        return None
    if not _capitalised(words[noun]):
        return None
    if after and not _qualifier_after(after):
        return None
    if words[noun].casefold() == "head" and not after:
        return None  # "Head" alone is no job: "Head of Data" is
    return text


def _last_role_noun(words: list[str]) -> int | None:
    """The role noun that ends the name: the last one not inside a bracket."""
    depth = 0
    found = None
    for index, word in enumerate(words):
        inside = depth > 0 or word.startswith("(")
        depth += word.count("(") - word.count(")")
        if not inside and _is_role_noun(word):
            found = index
    return found


def _qualifier_after(words: list[str]) -> bool:
    """What may follow the role noun: ``of Data``, ``for Payments``, ``(L5)``, ``II``."""
    first = words[0].casefold()
    if first in ("of", "for"):
        return len(words) > 1 and all(_capitalised(w) or w in _LOWER_KEPT for w in words[1:])
    joined = " ".join(words)
    if joined.startswith("(") and joined.endswith(")"):
        return len(joined) <= MAX_QUALIFIER_CHARS
    return all(_GRADE_RE.fullmatch(word) for word in words)  # "Engineer II", "Engineer 3"


def _name_words(text: str) -> bool:
    words = _WORD_RE.findall(text)
    return bool(words) and all(_capitalised(w) or w.casefold() in _LOWER_KEPT for w in words)


@functools.lru_cache(maxsize=1024)  # asked twice of each title line
def role_line(text: str) -> str | None:
    """The job's name in a standalone line, less company and place parts; else None.

    ``Protolabs - Analytics Engineer`` and ``Senior Analytics Engineer - Wave`` give the
    role; ``Careers and Job Search I CMR Surgical`` and ``Lead innovation in OSINT`` none.
    """
    if len(text) > MAX_ROLE_LINE_CHARS + 20 or not _ROLE_NOUN_RE.search(text):
        return None  # most lines: no role noun at all
    if _CJK_RE.search(text):
        return None
    text = _clean(text)
    if not text or len(text) > MAX_ROLE_LINE_CHARS:
        return None
    whole = role_part(text)
    if whole is not None and not _PART_SEPARATOR_RE.search(text):
        return whole
    for part in _PART_SEPARATOR_RE.split(text):
        name = role_part(part)
        if name is not None:
            return name
    return whole


def role_in_sentence(text: str) -> str | None:
    """The role a sentence names: "We're looking for a Digital Analytics Engineer to…"."""
    if not _ROLE_NOUN_RE.search(text) or _CJK_RE.search(text):
        return None
    text = text.translate(_APOSTROPHES)
    for trigger in _SENTENCE_TRIGGERS:
        for match in trigger.finditer(text):
            name = _phrase_role(text[match.end() :])
            if name is not None:
                return name
    for match in _SUBJECT_RE.finditer(text):
        name = role_part(match.group("name"))
        if name is not None:
            return name
    return None


def _phrase_role(rest: str) -> str | None:
    """The role at the start of ``rest``: adjectives dropped, up to the role noun."""
    words: list[str] = []
    for raw in _WORD_RE.findall(rest)[: MAX_NAME_WORDS + 4]:
        word = raw.rstrip(",.!?;:—")
        if word.casefold() in _PHRASE_STOPS or not word:
            break
        words.append(word)
        if word != raw:
            break  # punctuation ends the phrase: "As a Data Engineer, you…"
    noun = _last_role_noun(words)
    if noun is None:
        return None
    words = words[: noun + 1]
    if words[-1][:1].isupper():
        # The name is the capitalised run that ends at the role noun.
        start = len(words) - 1
        while start > 0 and (_capitalised(words[start - 1]) or words[start - 1] == "of"):
            start -= 1
        while start < len(words) - 1 and not _capitalised(words[start]):
            start += 1
        name = words[start:]
    else:
        # All in small letters ("a data engineer"): the words after the last adjective.
        start = max((i + 1 for i, w in enumerate(words) if w.casefold() in _ADJECTIVES), default=0)
        name = [word[:1].upper() + word[1:] for word in words[start:]]
    if not name or len(name) > MAX_NAME_WORDS or name[0].casefold() in _NOT_FIRST:
        return None
    return " ".join(name)


def english_title(text: str, line: str | None = None) -> RoleTitle | None:
    """The job's name when a title line's text holds more than the name, else None.

    ``text`` is the title the line gives (its heading's words), ``line`` the whole line. A
    standalone role line with a company or place beside it gives the role alone; a
    sentence gives the role it names. None when the text is already just the name, when it
    names no role, or when it is Chinese.
    """
    if _CJK_RE.search(text):
        return None
    name = role_line(text)
    if name is not None:
        return RoleTitle(name) if name != text.strip() else None
    named = role_in_sentence(line or text)
    return RoleTitle(named, in_sentence=True) if named is not None else None


def _line_words(line: Line) -> str:
    if line.kind is LineKind.HEADING and line.heading is not None:
        return line.heading.text
    return line.text


def _known(line: Line) -> SectionKind | None:
    if line.kind is LineKind.HEADING and line.heading is not None:
        return line.heading.kind
    return None


def find_title_line(lines: Sequence[Line], start: int, end: int, current: int | None) -> int | None:
    """The line that names an English posting's job: ``current`` (the splitter's choice)
    when it names a role, when the text is not English, or when no line names one.

    Else, in order: a ``Job title:`` field or a standalone role line before the first
    duties or requirements heading (so ``Careers | Acme``, ``Overview`` or a slogan give way
    to ``Analytics Engineer`` further down); a sentence naming the role before the
    requirements ("We're looking for a Data Engineer to…").
    """
    labelled = _title_field_below(lines, current, end)
    if labelled is not None:
        return labelled
    if current is not None and _CJK_RE.search(lines[current].text):
        return _named_above_duties(lines, current, end)  # Chinese: rules of its own
    if current is not None and _names_role(lines[current]):
        return current
    main = next((i for i in range(start, end) if _known(lines[i]) in _MAIN_KINDS), end)
    if main == end and not any(lines[i].kind is LineKind.ITEM for i in range(start, end)):
        return current  # no duties, requirements or list: an introduction, not a job
    significant = [lines[index].text for index in range(start, end) if lines[index].text]
    if not significant or detect_language(significant) is not Language.EN:
        return current
    for index in range(start, main):
        if _names_role(lines[index]):
            return index
    late = next((i for i in range(start, end) if _known(lines[i]) in _LATE_KINDS), end)
    for index in range(start, late):
        line = lines[index]
        if line.kind in _SENTENCE_KINDS and role_in_sentence(line.text) is not None:
            return index
    return current


def _title_field_below(lines: Sequence[Line], current: int | None, end: int) -> int | None:
    """A title field (``职位名称：…``, ``岗位：…``, ``Job title: …``) among the header lines
    right under the title line: the label names the job, the line above is a headline
    (``搜狐视频…影音组诚邀``, ``急招-长沙-研究所-游戏引擎开发``)."""
    if current is None or _is_title_field(lines[current]):
        return None
    for index in range(current + 1, end):
        line = lines[index]
        if line.kind is LineKind.BLANK:
            continue
        if not is_header_line(line):
            return None
        if _is_title_field(line):
            # A field that restates the title line's name (our own exports) changes nothing.
            value = line.field_value or (line.field.value if line.field else "")
            return None if _restates(value, _line_words(lines[current])) else index
    return None


def _named_above_duties(lines: Sequence[Line], current: int, end: int) -> int:
    """In a Chinese posting, the line that names a job right above its first duties or
    requirements heading (field lines and lines of facts may stand between), when the
    title line is farther up: that title line is the post's headline (``…前端工程师招聘
    (社招&校招&实习)`` over a preamble, then ``前端开发工程师-游戏方向(北京社招)``)."""
    main = next((i for i in range(current + 1, end) if _known(lines[i]) in _MAIN_KINDS), None)
    if main is None:
        return current
    index = main - 1
    while index > current and (lines[index].kind is LineKind.BLANK or is_header_line(lines[index])):
        index -= 1
    line = lines[index]
    if index == current or line.kind not in _NAME_KINDS or _known(line) is not None:
        return current
    text = title_text(line)
    name = clean_title(text).name
    if not line.title_like or is_sentence_like(text) or not names_job(name):
        return current
    # The title line's own name again (kept in an export's summary) changes nothing.
    return current if _restates(name, clean_title(title_text(lines[current])).name) else index


def _restates(one: str, other: str) -> bool:
    one, other = one.strip(), other.strip()
    return one in other or other in one


def _is_title_field(line: Line) -> bool:
    return (
        line.kind is LineKind.FIELD
        and line.field is not None
        and line.field.field is Field.TITLE
        and line.title_like
    )


def _names_role(line: Line) -> bool:
    """A ``Job title:`` field, or a standalone line (not a section heading) naming a role."""
    if line.kind is LineKind.FIELD:
        return line.field is not None and line.field.field is Field.TITLE and line.title_like
    if line.kind not in _NAME_KINDS or _known(line) is not None:
        return False
    return role_line(_line_words(line)) is not None

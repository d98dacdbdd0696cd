"""Section headings: the vocabulary that maps a heading line to a :class:`SectionKind`.

The vocabulary is a set of patterns, not a list of strings: a Chinese heading is an optional
qualifier plus a core word (岗位 + 职责, 任职 + 要求, 职位 + 福利), an English one is optional
modifiers plus a core noun ("Key Responsibilities", "Minimum qualifications") or one of the
phrases job boards use ("What you'll do", "Who you are", "What's in it for you"). Headings may
be decorated (「」【】[] ``#`` ``**``, a trailing colon); the decorations are dropped and the
words kept exactly as written.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from jdeditor.core.model import SectionKind
from jdeditor.core.structure.english_headings import (
    glued_heads,
    lead_in_kind,
)
from jdeditor.core.structure.symbols import strip_edge_symbols

_MOD = (
    r"(?:key|main|core|primary|principal|essential|general|daily|day-to-day|major"
    r"|your|the|our|job|role)"
)
_REQ_MOD = (
    r"(?:minimum|basic|required|key|core|essential|technical|soft|general|professional|"
    r"relevant|additional|other|must[- ]have|your|our|the|job|role|candidate|work|"
    r"education(?:al)?|mandatory|hard|specific|necessary|personal)"
)
_REQ_NOUN = (
    r"(?:requirements?|qualifications?|competenc(?:y|ies)|skills?(?: set)?|skillset|"
    r"experience|expertise|profile|education|background|knowledge|abilities|attributes"
    r"|capabilities|know-how)"
)
# A company's name in a heading ("Why Qred", "Working at Vinted"): capitalised words, so
# that a list item without its bullet ("Working with stakeholders") is no heading.
_COMPANY = r"(?-i:[A-Z0-9][\w.&'-]*(?: (?:[A-Z0-9&][\w.&'-]*|of|and|the)){0,3})"
_REQ_TAIL = (
    rf"(?:\s*(?:,|and|&|/)\s*(?:key |work |relevant |professional |technical )?{_REQ_NOUN})*"
)

# Each kind's English phrases, then its Chinese ones. Every English phrase starts with a Latin
# letter, so a heading that starts with a Chinese character can only match a Chinese phrase.
_PREFERRED_EN = (
    r"(?:nice|good|great)[- ]to[- ]haves?"
    r"|(?:preferred|desired|desirable|bonus|additional|extra|plus)"
    rf"(?: (?:{_REQ_NOUN}{_REQ_TAIL}|points?))?"
    r"|bonus(?: points)?(?: for| if .{1,40})?"
    r"|(?:it'?s |would be )?a (?:plus|bonus)|pluses|brownie points|extra credit"
    r"|what (?:will |would |could )?(?:set|sets|make|makes) you (?:apart|stand out)"
    r"|(?:it(?:'s| is| would be) )?(?:helpful|great|nice|even better|a plus) if you"
    r"(?: also)?(?: (?:have|bring|know))?(?: .{1,40})?"
    r"|even better if(?: you)?(?: .{1,40})?|ideally,? you(?:'ll| will)? also (?:have|bring)"
)
_PREFERRED_ZH = (
    r"加分项?|加分(?:条件|技能|点|项目)|优先(?:条件|考虑|项)?"
    r"|(?:符合)?以下(?:条件)?(?:者)?优先(?:录取)?|(?:有)?以下(?:经验|技能)?(?:者)?优先"
)
_BENEFITS_EN = (
    r"(?:(?:our|the|your|employee|key|additional|compensation|salary|pay|job|work|major"
    r"|other)\s*(?:&|and)?\s*)*"
    r"(?:benefits?|perks)(?:\s*(?:&|and)\s*(?:perks|benefits|compensation|rewards))?"
    r"(?: that matter| package| we offer| at .{1,30})?"
    r"|what (?:we|you(?:'ll| will)? get|we can) (?:offer|provide)(?: you)?(?: in return)?"
    r"|what we offer|what you(?:'ll| will)? get(?: in return)?|what(?:'s| is) in it for you"
    r"|(?:here(?:'s| is) )?what you can expect"
    r"(?: from us| (?:when )?working (?:at|with|for) .{1,40})?"
    r"|(?:we|our) offer|compensation(?: (?:and|&) benefits)?|in return(?:,? we offer)?"
    r"|(?:here(?:'s| is) )?(?:a taste of )?what(?:'s| is| we have) on offer"
    r"|why (?:join|work (?:with|for|at)) .{1,40}|why (?:us|join us)|total rewards"
    rf"|why {_COMPANY}|(?:working|life|work) (?:at|with|for) {_COMPANY}"
    r"|why you(?:'ll| will) love (?:it|this role|working (?:here|with us|at .{1,30}))"
    r"|your growth(?: unleashed| and development| opportunities)?"
)
_BENEFITS_ZH = (
    r"(?:职位|工作|公司|员工|薪资|薪酬|岗位|我们的|其他|其它)?(?:福利|待遇)"
    r"(?:待遇|福利|制度|保障|与待遇|和待遇|标准|政策)?"
    r"|[\u4e00-\u9fff]{1,6}(?:和|与|及)(?:福利|待遇)"
    r"|我们(?:能|可以|将|会)?(?:为你|给你|给您|为您)?提供(?:什么)?"
    r"|(?:你|您)(?:将|能|可以|会)?(?:获得|得到)(?:什么)?|职位(?:诱惑|亮点)|岗位亮点"
)
_DUTIES_EN = (
    rf"(?:(?:{_MOD}|mission)\s*(?:&|and)?\s*)*(?:responsibilit(?:y|ies)|duties|tasks|accountabilities)"
    r"(?:\s*(?:&|and)\s*(?:duties|tasks|responsibilities|expectations|impact))?"
    r"|what (?:you(?:'ll| will| would)?|you'd|we need you to) (?:do|be doing|work on|own|achieve)"
    r"(?:\b.{0,40})?"
    r"|what (?:will|would) (?:i|you) (?:do|be doing|work on)(?: if hired| here| in this role)?"
    r"|(?:the |your |about the |about this |this )?(?:role|position|job|opportunity)"
    r"(?: overview| summary| description| in brief| purpose)?(?: (?:and|&) overview)?"
    r"|(?:information|more|details) about (?:the|this) (?:role|position|job)"
    r"|(?:your|the) (?:impact|mission)(?: you(?:'ll| will) (?:make|have))?(?: at .{1,40})?"
    r"|the impact you(?:'ll| will) (?:make|have)|what the (?:job|role) involves"
    r"|in this (?:role|position|job),? (?:you will|you'll|you would|your work will include)"
    r"(?: be(?: doing)?)?"
    r"|(?:your |a typical |the )?day[- ]to[- ]day(?: (?:responsibilities|tasks|work|activities))?"
    r"|a (?:typical )?day in the life(?: of .{1,40})?|your typical day"
    r"|the (?:responsibilities|duties) of (?:this|the) (?:role|position|job)(?: include)?"
    r"|you(?:'ll| will) be (?:responsible for|doing|working on)"
    r"|(?:at the moment,? )?this role (?:is focused on|will focus on|involves|includes)"
    r"|as (?:an?|the|our) [\w&/ ()-]{1,40}?,? you(?:'ll| will)(?: be)?(?: responsible for)?"
    r"|how you(?:'ll| will) (?:help|contribute)(?: .{1,30})?|get ready to|you(?:'ll| will)(?: be)?"
    r"|(?:let's (?:start with|talk about)|(?:a (?:bit|little) )?more about)"
    r" the (?:role|job|position)"
)
_DUTIES_ZH = (
    r"(?:岗位|职位|工作|主要|核心|具体|日常|本岗|你的|您的)?(?:职责|职务)(?:描述|说明|范围|内容|介绍)?"
    r"|(?:岗位|职位|工作|职务)(?:描述|内容|说明|任务|介绍)(?:及职责)?|主要工作(?:内容)?"
    r"|(?:你|您)(?:将|将要|需要|要)?(?:负责|做)(?:的)?(?:事情|工作|内容)?(?:什么)?|你(?:将|要)做什么"
    r"|日常工作(?:内容)?|(?:岗位|职位|工作)?目标"
)
_REQUIREMENTS_EN = (
    rf"(?:{_REQ_MOD}\s*(?:&|and|,)?\s*)*{_REQ_NOUN}{_REQ_TAIL}"
    r"|what (?:you(?:'ll| will)? bring|you need|you(?:'ll| will) need|we(?:'re| are) looking for"
    r"|we look for|we expect|you have|makes you(?: a)? great(?: \w+)?|it takes)(?:\b.{0,40})?"
    r"|who (?:you are|we(?:'re| are) looking for|you should be|we want)"
    r"|about you|(?:do )?you have what it takes|must[- ]haves?|you should have"
    r"|you(?:'re| are) likely to thrive.{0,40}|(?:the )?ideal candidate|is this you"
    r"|what we need(?: from you| to see)?|what (?:do|will|would|can|should) you bring(?: .{1,40})?"
    r"|we expect(?: from you| you to(?: .{1,30})?)?|we believe (?:that )?you (?:have|are|bring)"
    r"|what we(?:'d| would)? (?:like|love|want|hope|expect) to see(?: .{1,30})?"
    r"|what we(?:'re| are)? seek(?:ing)?(?: in (?:you|a candidate))?"
    r"|(?:here(?:'s| is) )?(?:what |who )?we(?:'re| are) (?:looking for|seeking)"
    r"(?: in (?:you|a candidate|our (?:new|next) .{1,40}))?"
    r"|we(?:'re| are) looking for (?:someone|somebody|people|a person|candidates?)"
    r"(?: who| that| with)?|(?:who|what) are we looking for|we want you to have"
    r"|you(?:'ll| will) need(?: to have| to bring)?|required|you|you have(?: (?:&|and) .{1,20})?"
    r"|you(?:'re| are| might be| may be| could be|'d be)? (?:probably |likely )?(?:a )?"
    r"(?:good |great |perfect |strong )?(?:match|fit)(?: for (?:this|the) (?:role|job|position))?"
    r"(?: if(?: you)?)?|we(?:'d| would) love to (?:meet|hear from) you if(?: you)?"
    r"|you(?:'ll| will) thrive (?:here )?if(?: you)?|ideally,? you(?:'ll| will| would| should)?"
    r" (?:have|be|bring)(?:/(?:have|be|bring))*"
)
_REQUIREMENTS_ZH = (
    r"[\u4e00-\u9fff]{0,6}(?:要求|资格|条件)(?:与要求|及要求|和要求)?"
    r"|(?:我们)?希望(?:你|您)(?:具备|拥有|有|是)?|(?:你|您)(?:需要|要|应|应该)?(?:具备|拥有)(?:的)?"
    r"(?:条件|能力|技能)?|(?:我们)?(?:需要|寻找)(?:这样的|什么样的)?(?:你|您|人)"
    r"|(?:学历及)?(?:工作)?经验(?:要求)?|任职资格"
    r"|(?:岗位|职位|人员|基本|岗位基本|能力|技能)需求"  # 岗位基本需求
    r"|(?:我们)?(?:对(?:你|您)的)?(?:期待|期望)(?:(?:你|您)(?:具备|拥有)?)?|我们(?:期待|期望)的(?:你|您)"
)
_ABOUT_EN = (
    r"about (?:us|the company|the team.{0,40}|our company|[\w.&'’ -]{1,40})"
    r"|who we are|(?:the )?company (?:overview|description|profile|information|info)"
    r"|our (?:company|story|mission|values|culture|core values|team)|company overview"
    r"|overview of (?:the |our )?(?:team|company)|who are we"
    rf"|(?:brief |some |more )?info(?:rmation)? about (?:us|{_COMPANY})"
)
_APPLY_EN = (
    r"how (?:to|do i|do you|can i|you can|you'll|you will) apply|(?:ready|want) to apply"
    r"|(?:the |our )?(?:recruitment|recruiting|hiring|interview|application|selection)"
    r" (?:process|journey|steps)(?: .{1,30})?|(?:what to expect|what happens) (?:from|in|during)"
    r" (?:our|the) (?:interview|hiring|application|recruitment) process|next steps"
    r"|what(?:'s| is| are the) next(?: steps)?|what happens next|interested|apply now|to apply"
    r"|contact (?:us|information|details|person)|(?:the )?application"
    r" (?:process|details|instructions)|your documents(?: to start the process)?"
)
_ABOUT_ZH = (
    r"(?:公司|企业|团队|部门|集团|我们的?)(?:介绍|简介|概况|概述|背景|情况)"
    r"|关于(?:我们|公司|团队|本公司)|我们是谁"
)


def _vocabulary(
    preferred: str, benefits: str, duties: str, requirements: str, about: str, apply: str = "(?!)"
) -> str:
    # Order matters where phrases overlap: "Preferred qualifications" is preferred, not
    # requirements; "About you" is requirements and "About the role" duties, not about.
    return (
        rf"(?P<preferred>{preferred})|(?P<benefits>{benefits})|(?P<duties>{duties})"
        rf"|(?P<requirements>{requirements})|(?P<about>{about})|(?P<apply>{apply})"
    )


_VOCABULARY_RE = re.compile(
    _vocabulary(
        f"{_PREFERRED_EN}|{_PREFERRED_ZH}",
        f"{_BENEFITS_EN}|{_BENEFITS_ZH}",
        f"{_DUTIES_EN}|{_DUTIES_ZH}",
        f"{_REQUIREMENTS_EN}|{_REQUIREMENTS_ZH}",
        f"{_ABOUT_EN}|{_ABOUT_ZH}",
        _APPLY_EN,
    ),
    re.IGNORECASE,
)
# The same answers for a heading that starts with a Chinese character, three times quicker:
# every short numbered item ("1. 负责数据分析") is tried as a heading ("一、岗位职责").
_ZH_VOCABULARY_RE = re.compile(
    _vocabulary(_PREFERRED_ZH, _BENEFITS_ZH, _DUTIES_ZH, _REQUIREMENTS_ZH, _ABOUT_ZH),
    re.IGNORECASE,
)
# A looser Chinese preferred heading, trusted only with a colon or brackets:
# "掌握以下技能将会大大加分：".
_LOOSE_PREFERRED_RE = re.compile(r"[\u4e00-\u9fff\w]{0,12}(?:加分|优先)[项点]?")
_PLUS_HINT_RE = re.compile(r"\b(?:plus|nice|bonus|optional|preferred|desired)\b|加分|优先", re.I)

_WRAPPERS = {
    "【": "】",
    "[": "]",
    "「": "」",
    "『": "』",
    "〔": "〕",
    "〖": "〗",
    "(": ")",
    "（": "）",
}
_PARENTHETICAL_RE = re.compile(r"\s*[(（]([^()（）]{1,40})[)）]$")
_INLINE_HEAD_RE = re.compile(r"^([^:：]{1,24}?)\s*[:：]\s*(\S.*)$", re.DOTALL)
_BRACKET_HEAD_RE = re.compile(
    r"^[【\[「『〔〖]([^】\]」』〕〗]{1,20})[】\]」』〕〗]\s*(\S.*)$", re.DOTALL
)
_SPACES_RE = re.compile(r"\s+")
_BAR_RE = re.compile(r"\s*[|｜]\s*")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_NORMALISED_RE = re.compile(r"[\s’‘`´]")  # what _normalise changes inside a heading
_TRAILING_PUNCTUATION = frozenset("?？!！.。")
MAX_HEADING_CHARS = 60


@dataclass(frozen=True)
class HeadingMatch:
    """A heading line: its kind (None when unknown), its text, and content after a colon."""

    kind: SectionKind | None
    text: str
    rest: str = ""
    colon: bool = False
    bracketed: bool = False


def strip_decorations(text: str) -> tuple[str, bool, bool]:
    """Remove wrapping brackets, a trailing colon and stray ``*``/``#``.

    Returns ``(core, had_colon, bracketed)``.
    """
    if text[:1].isalnum() and text[-1:].isalnum():
        # Most lines: a letter or digit at both ends leaves nothing to strip (no space,
        # pictograph, bracket, colon, dash or star can stand there).
        return text, False, False
    # 🚀 【我们是谁】, ◎职位要求, -工作职责：: pictographs and a dash stuck to the words go.
    core = strip_edge_symbols(text.strip().strip("*#")).strip().lstrip("-–—·•・").strip()
    colon = False
    bracketed = False
    for _ in range(3):
        if core.endswith((":", "：")):
            core, colon = core[:-1].rstrip(), True
            continue
        if len(core) >= 2 and _WRAPPERS.get(core[0]) == core[-1]:
            inner = core[1:-1]
            if core[0] not in inner and core[-1] not in inner:
                core, bracketed = inner.strip(), True
                continue
        break
    return core.strip("*").strip(), colon, bracketed


def _normalise(core: str) -> str:
    if _NORMALISED_RE.search(core) is None and core[-1:] not in _TRAILING_PUNCTUATION:
        return core  # no quote, space or closing punctuation: already normal (most lines)
    core = core.replace("’", "'").replace("‘", "'").replace("`", "'").replace("´", "'")
    core = core.rstrip("?？!！.。 ")
    if _CJK_RE.search(core):
        return "".join(core.split())  # every whitespace run removed, as _SPACES_RE finds them
    return _SPACES_RE.sub(" ", core)


@functools.lru_cache(maxsize=32768)  # asked twice of most title lines, and of every heading
def classify_heading_text(core: str, *, loose: bool = False) -> SectionKind | None:
    """The section kind of a heading's words (decorations already removed), if known."""
    if not core or len(core) > MAX_HEADING_CHARS:
        return None
    normal = _normalise(core)
    hint = ""
    # Whitespace is normalised, so no newline stands before the end the pattern anchors on.
    parenthetical = _PARENTHETICAL_RE.search(normal) if normal.endswith((")", "）")) else None
    if parenthetical and parenthetical.start() > 0:
        hint = parenthetical.group(1)
        normal = normal[: parenthetical.start()]
    chinese = "\u4e00" <= normal[:1] <= "\u9fff"
    match = (_ZH_VOCABULARY_RE if chinese else _VOCABULARY_RE).fullmatch(normal)
    if match is None:
        if loose and _LOOSE_PREFERRED_RE.fullmatch(normal):
            return SectionKind.PREFERRED
        if "|" in normal or "｜" in normal:  # "Te mahi | What you'll be doing": either side
            sides = (classify_heading_text(side) for side in _BAR_RE.split(normal) if side)
            return next((kind for kind in sides if kind is not None), None)
        return None
    kind = SectionKind(match.lastgroup or "other")
    if kind is SectionKind.REQUIREMENTS and hint and _PLUS_HINT_RE.search(hint):
        return SectionKind.PREFERRED
    return kind


@functools.lru_cache(maxsize=1024)  # section headings and field lines repeat
def match_heading(text: str, marked: bool = False) -> HeadingMatch | None:
    """Match a whole line against the vocabulary: ``【岗位职责】``, ``Requirements:``.

    ``marked``: the line is marked as a heading (Markdown ``#``, bold, a Word heading or a
    form's label cell), which is trusted like a colon: ``## 掌握以下技能将会大大加分``.
    """
    if len(text) > MAX_HEADING_CHARS + 8:
        # "… if you have the following skills and experience": a long English lead-in.
        kind = lead_in_kind(text)
        return (
            HeadingMatch(kind, text.rstrip(":： "), "", text.rstrip().endswith((":", "：")))
            if kind
            else None
        )
    core, colon, bracketed = strip_decorations(text)
    kind = classify_heading_text(core, loose=colon or bracketed or marked) or lead_in_kind(text)
    if kind is None:
        return None
    return HeadingMatch(kind, core, "", colon, bracketed)


_NOTE_ONLY_RE = re.compile(r"[(（][^()（）]{1,20}[)）]")


def match_inline_heading(text: str) -> HeadingMatch | None:
    """A known heading followed by content on the same line: ``岗位职责：负责…``."""
    match = _INLINE_HEAD_RE.match(text) or _BRACKET_HEAD_RE.match(text)
    if match is None:
        return _english_inline_heading(text)
    head, rest = match.group(1), match.group(2)
    core, _, bracketed = strip_decorations(head)
    kind = classify_heading_text(core)
    if kind is None:
        return None
    # 岗位职责： | 负责…: a table's cell mark between a heading and its text is markup.
    rest = rest.strip().removeprefix("|").lstrip()
    inline = match.re is _INLINE_HEAD_RE
    if inline and _NOTE_ONLY_RE.fullmatch(rest):
        # 职位要求：（技术栈）: a note on the heading, not the section's first item.
        colon = text[match.end(1) : match.start(2)].strip()
        return HeadingMatch(kind, f"{core}{colon}{rest}", "", inline, bracketed)
    return HeadingMatch(kind, core, rest, inline, bracketed)


def _english_inline_heading(text: str) -> HeadingMatch | None:
    """``About the RoleWe're looking for…``: a heading glued to its text."""
    for head, rest in glued_heads(text, MAX_HEADING_CHARS):
        kind = classify_heading_text(head)
        if kind is not None:
            return HeadingMatch(kind, head, rest)
    return None


# How to apply: where to send a CV, whom to contact. Kept apart from the vocabulary above:
# the posting splitter reads every known heading as the start of a posting's structure, and a
# shared contact block must not become a posting of its own; the builder asks for these.
_APPLY_EN = (
    r"(?:how|where|ways?) (?:to|you can|can i|do i|do you|can you) apply"
    r"(?: for (?:this|the) (?:role|position|job))?"
    r"|to apply|apply for (?:this|the) (?:role|position|job)"
    r"|(?:the |our )?(?:application|hiring|recruitment|recruiting) (?:process|procedure)"
    r"|interested\??,? (?:apply|contact us|get in touch)(?: now| today)?"
)
_APPLY_ZH = (
    r"(?:应聘|申请|投递|报名|求职|内推|联系|加入我们)(?:方式|渠道|流程|途径|方法|入口)"
    r"|(?:简历|邮箱|快速|在线|内推|网申|官网)投递(?:方式|邮箱|地址|链接|窗口|入口|渠道)?"
    r"|投递(?:简历|邮箱|地址|链接|窗口|入口|渠道)|(?:应聘|招聘|投递|简历|接收简历的?)邮箱"
    r"|(?:简历)?发送(?:至|到)?邮箱|联系(?:我们|人|方式|电话|邮箱|信息|HR|我)"
    r"|内推(?:联系人|链接|码|邮箱)|欢迎(?:投递|联系|咨询)(?:简历|我们|我)?|(?:投递|咨询)(?:我们|我)"
    r"|[\u4e00-\u9fff]{0,12}(?:感兴趣|有兴趣|有意向?)(?:者|的)?[\u4e00-\u9fff]{0,6}?[，,]?"
    r"(?:请|欢迎|可以?)?(?:直接)?(?:联系|投递|发送简历|发简历)[\u4e00-\u9fff]{0,8}"
)
_APPLY_RE = re.compile(rf"{_APPLY_EN}|{_APPLY_ZH}", re.IGNORECASE)
# A bare word or a web page's button and menu ("Apply", "Apply now", "Contact us") counts only
# with a colon, brackets or markup.
_LOOSE_APPLY_RE = re.compile(
    r"apply(?: now| here| today| online)?|(?:how to )?contact(?:s| us| me| information| info"
    r"| details| person)?|get in touch|应聘|投递|内推|简历|联系",
    re.IGNORECASE,
)


# A word every how-to-apply heading holds (most lines hold none: a quick test first).
_APPLY_HINT_RE = re.compile(
    r"应聘|申请|投递|报名|求职|内推|联系|加入|邮箱|欢迎|咨询|简历"
    r"|[Aa]pply|APPLY|[Cc]ontact|CONTACT|[Tt]ouch|[Pp]rocess|[Pp]rocedure"
)


def has_apply_hint(text: str) -> bool:
    """Whether ``text`` holds a word without which it cannot be a how-to-apply heading."""
    return _APPLY_HINT_RE.search(text) is not None


def is_apply_heading_text(core: str, *, loose: bool = False) -> bool:
    """Whether a heading's words (decorations removed) say how to apply: ``联系方式``."""
    if not core or len(core) > MAX_HEADING_CHARS:
        return False
    normal = _normalise(core)
    parenthetical = _PARENTHETICAL_RE.search(normal) if normal.endswith((")", "）")) else None
    if parenthetical and parenthetical.start() > 0:
        normal = normal[: parenthetical.start()]  # 联系方式（注明来源）
    if _APPLY_RE.fullmatch(normal):
        return True
    return loose and _LOOSE_APPLY_RE.fullmatch(normal) is not None


def match_apply_heading(text: str) -> HeadingMatch | None:
    """A whole line that is a how-to-apply heading: ``联系方式：``, ``【投递方式】``."""
    if len(text) > MAX_HEADING_CHARS + 8 or not _APPLY_HINT_RE.search(text):
        return None
    core, colon, bracketed = strip_decorations(text)
    if not is_apply_heading_text(core, loose=colon or bracketed):
        return None
    return HeadingMatch(SectionKind.APPLY, core, "", colon, bracketed)

"""A job's name from the line that titles it: banners, numbering and facts taken out.

Title lines on job boards and in "who is hiring" threads carry more than the name:
``🐘 3. PHP 开发工程师 18-35K（北京）``, ``【深圳】节点互动—node.js中高级开发工程师``,
``易路软件招聘前端开发工程师``, ``Protolabs - Analytics Engineer``. The name is the part that
names a role (it holds a role word: 工程师, 经理, 设计师, 开发, Engineer, Manager …); what
stands before it (a place, a company, a team, "招聘") and facts after it (a place, pay, a
hiring channel such as 社招) are not part of the name. Qualifiers after it stay
(``前端开发工程师-游戏方向``, ``资深前端开发工程师（森空岛）``): only facts are taken away there.

The facts found on the way (place, pay) are returned so the posting's fields can take them.
The line itself is kept whole in the posting by the caller, so nothing is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from jdeditor.core.structure.headings import strip_decorations
from jdeditor.core.structure.numbering import parse_marker
from jdeditor.core.structure.symbols import strip_symbols

_ROLE_ZH = (
    r"工程师|经理|专员|设计师|架构师|实习生|实习|总监|主管|助理|顾问|分析师|研究员|科学家|负责人"
    r"|专家|策划|开发|研发|运营|测试|运维|算法|前端|后端|全栈|客户端|服务端|编辑|销售|客服|会计"
    r"|出纳|律师|翻译|教师|讲师|老师|文员|司机|技术员|主任|合伙人|训练师|美术|原画|管理员|设计"
    r"|主播|文案|组长|店长|程序员|技师|[^\s\d]师|[^\s\d]员|安卓"
    # Beside Chinese (资深DBA) but not inside a word (Cookie, feedback, Director).
    r"|(?<![A-Za-z])(?:DBA|SRE|HRBP|DevOps|CTO|CEO|CFO|COO)(?![A-Za-z])"
)
_ROLE_EN = (
    r"engineers?|developers?|managers?|designers?|analysts?|scientists?|leads?|architects?"
    r"|specialists?|consultants?|interns?|internship|directors?|officers?|coordinators?"
    r"|administrators?|representatives?|associates?|head of|writers?|researchers?"
    r"|technicians?|accountants?|assistants?|executives?|advisors?|programmers?|testers?"
    r"|recruiters?|strategists?|editors?|owners?|experts?|sre|dba|devops|cto|ceo|cfo|coo"
)
_BARE_ROLE_RE = re.compile(rf"(?:{_ROLE_ZH})", re.IGNORECASE)
ROLE_RE = re.compile(rf"(?:{_ROLE_ZH})|\b(?:{_ROLE_EN})\b", re.IGNORECASE)

# Places a Chinese posting names in its title. Not a gazetteer: the cities job posts name
# most, and words for "remote"; a place outside the list simply stays in the title.
_CITY_WORDS = (
    "北京 上海 广州 深圳 杭州 南京 苏州 成都 武汉 西安 重庆 天津 长沙 "
    "郑州 青岛 厦门 合肥 济南 大连 宁波 无锡 福州 东莞 佛山 珠海 昆明 "
    "贵阳 南宁 南昌 沈阳 长春 哈尔滨 石家庄 太原 呼和浩特 兰州 西宁 银川 "
    "乌鲁木齐 拉萨 海口 三亚 温州 嘉兴 绍兴 金华 义乌 常州 南通 徐州 "
    "扬州 烟台 潍坊 泉州 中山 惠州 香港 澳门 台北 新加坡 广深 北上广深 "
    "全国 海外 远程 远程办公 全职远程 可远程 异地 居家 线上 可线上 "
    "深圳南山 南山 海淀 朝阳 浦东 杭州滨江 滨江 余杭 "
)
_CITIES = tuple(_CITY_WORDS.split())
_CITY_RE = "|".join(sorted(_CITIES, key=len, reverse=True))
# Words that say how a job is offered, not what it is.
_CHANNEL_RE = (
    r"社招|校招|实习|日常实习|暑期实习|全职|兼职|急招?|急聘|内推|长期有效|多HC|大量HC|HC若干|若干"
    r"|招聘|诚聘|直招|可|包括|P\d{1,2}(?:\s*[-~]\s*P?\d{1,2})?"
    r"|base\s*[:：]?|remote|hybrid|onsite|on-site|full[- ]?time|part[- ]?time"
)
_PAY_RE = (
    r"\d+(?:\.\d+)?\s*[kKwW万千]?\s*[-~～至到]\s*\d+(?:\.\d+)?\s*[kKwW万千]\+?"
    r"|\d+(?:\.\d+)?\s*[kKwW万千]\+?|\d+\s*/\s*(?:月|天|日|年|month|day|year)"
    r"|[·*xX×]?\s*\d+\s*薪|[·*xX×]\s*\d+|薪|面议|薪资面议"
)
_FACT_TOKEN_RE = re.compile(
    rf"(?:{_CITY_RE}|{_CHANNEL_RE}|{_PAY_RE}|[、,，/&\s·+|｜和及或]|等)+", re.IGNORECASE
)
_CITY_FIND_RE = re.compile(_CITY_RE)
_DISTRICT_RE = re.compile(rf"(?:{_CITY_RE})(?:市)?[\u4e00-\u9fff]{{1,3}}(?:区|新区)?")
_PAY_FIND_RE = re.compile(
    r"\d+(?:\.\d+)?\s*[kKwW万千]?\s*[-~～至到]\s*\d+(?:\.\d+)?\s*[kKwW万千]|\d+(?:\.\d+)?\s*[kKwW万千]\+?"
)
# A company, team or department: a piece of a title line that names who hires, not the job.
_ORG_END_RE = re.compile(
    r"(?:团队|部门|事业部|事业群|中心|公司|集团|科技|平台|实验室|研究院|[^\s]部|[^\s]组)$"
)

_OPEN_CLOSE = dict(zip("【[「『〔〖(（", "】]」』〕〗)）", strict=True))
_TAG_OPEN = "【[「『〔〖"
# Separators between a company or team, the name and a qualifier.
_SEPARATOR_RE = re.compile(
    r"\s+[-–—|｜丨/]+\s*|\s*(?:——|—|–|｜|丨)\s*|(?<=[\u3400-\u9fff)）】\]])\s*-\s*"
    r"|\s*-\s*(?=[\u3400-\u9fff(（【\[])"
)
# 招 in 校招 / 社招 is a channel, not "hiring".
_HIRING_RE = re.compile(
    r"(?:招聘|诚聘|诚招|急招|在招|直招|诚邀|社招|校招|招募|寻找|(?<![校社])招)[\s，,、:：]*"
)
# :rocket: in GitHub text, also with a colon lost to the heading's decorations.
_SHORTCODE_RE = re.compile(
    r":[a-z0-9_+-]{2,30}:|^[a-z0-9_+-]{2,30}:(?=\s)|(?<=\s):[a-z0-9_+-]{2,30}$"
)
_LEADING_NUMBER_RE = re.compile(r"^(?:\d{1,2}(?:[.．]\d{1,2})+[.、．]?|\d{1,2}[.、．])\s*")
# 职位1：, 岗位：, 招聘岗位：, 社招：, 1.2职位名称：, Position: before a job's name.
JOB_LABEL_RE = re.compile(
    r"^(?:\d{1,2}(?:[.．]\d{1,2})*[、.．]?\s*)?(?:职位|岗位|招聘岗位|招聘职位|职位名称|岗位名称|position|role|job"
    r"|(?:社招|校招|急招|热招|诚聘|内推)(?:职位|岗位)?)\s*\d{0,2}\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)
_CHANNEL_LABEL_RE = re.compile(
    r"社招|校招|急招|热招|诚聘|内推"
)  # says something: kept in the summary
_GRADE_RE = re.compile(
    r"(?:高级|资深|中级|初级|中高级|初中级|高级/资深|首席|专家|主任|senior|junior|lead|staff|principal)",
    re.IGNORECASE,
)
# A bracket after the name that says whom the job suits (适合3年及以上工作经验的同学,
# 应届生可投, 本科及以上): a requirement, not part of the name.
_REMARK_RE = re.compile(r"经验|\d+\s*年以上|学历|本科|硕士|博士|应届|毕业|同学|适合")
_GLUED_HEADING_RE = re.compile(r"(?:岗位|工作|职位)(?:职责|描述|要求)$")
_OPENERS = "【[「『〔〖(（"
_CLOSERS = "】]」』〕〗)）"
_TRAILING_HIRING_RE = re.compile(r"(?:招聘|招人|诚聘|内推|急招)[!！~～]*$")
_COMMA_RE = re.compile(r"\s*[，,;；]\s*")
_DECORATIONS = " \t_*·•-–—:："  # what may frame a name and still leave it the whole line
_EDGE_JUNK = " \t_*~～!！·•-–—:：|｜"


@dataclass
class TitleParts:
    """The job's name and the facts the title line gave beside it."""

    name: str
    places: list[str] = field(default_factory=list)
    pay: str = ""
    # Only emoji and numbering were taken away: the name still reads as the whole line.
    decorations_only: bool = True


_CATEGORY_RE = re.compile(r"(?:类|类岗位|类职位|职位|岗位|方向|社招|校招|实习|招聘)$")
MAX_CATEGORY_CHARS = 12


def names_category(text: str) -> bool:
    """``研发类``, ``社招职位``, ``算法类岗位``: words that group jobs rather than name one."""
    return len(text) <= MAX_CATEGORY_CHARS and _CATEGORY_RE.search(text) is not None


# In a Chinese title a language or platform names the job (中高级Java, iOS 开发); in English
# text it is a skill ("build APIs in Python").
_STACK_RE = re.compile(r"Java|Python|Golang|PHP|C\+\+|iOS|Android|UI|UX|Go(?![a-z])")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_LETTER_RE = re.compile(r"[A-Za-z]")


_BRACKETED_RE = re.compile(r"[【\[(（「][^】\])）」]*[】\])）」]")
_LATIN_RE = re.compile(r"[A-Za-z0-9+#.]+")


@lru_cache(maxsize=32768)
def names_role(text: str) -> bool:
    """Whether ``text`` holds a word that names a job (工程师, 开发, Engineer, Manager …).

    Cached: it reads the text alone, and the recogniser asks it of each title line five or
    six times (the splitter, the jobs, the title's cleaning).
    """
    if _CJK_RE.search(text) is None:
        return any(_ends_english_name(text, match) for match in ROLE_RE.finditer(text))
    if ROLE_RE.search(text) is not None:
        return True
    if _STACK_RE.search(text) is None:
        return False
    # The language is the job's name when the Chinese beside it only grades it or gives
    # facts (中高级Java, 【武汉】Java，内推); not in C++ 不加班 (a perk) or Python 数据处理.
    rest = _LATIN_RE.sub(" ", _BRACKETED_RE.sub(" ", text))
    rest = _FACT_TOKEN_RE.sub("", _GRADE_RE.sub("", rest))
    return _CJK_RE.search(rest) is None


_NEXT_WORDS_RE = re.compile(r"\s+([A-Za-z][\w'’-]*)(?:\s+([A-Za-z][\w'’-]*))?")
_JOINING = frozenset({"of", "for", "at", "in", "to", "and", "or", "with"})
# "Data Engineer role", "Backend Developer wanted": words about the opening, not a verb.
_OPENING_WORDS = frozenset(
    {"role", "roles", "position", "positions", "job", "jobs", "opening", "openings", "vacancy"}
    | {"wanted", "needed", "opportunity", "hiring"}
)


def _ends_english_name(text: str, match: re.Match[str]) -> bool:
    """In English a role word ends the job's name or joins more of it (``Engineer, Data``,
    ``Director of Engineering``, ``Engineer and Analyst``); one followed by words in small
    letters is a verb or an adjective (``Executive and leadership reporting``, ``Lead the
    team``)."""
    following = _NEXT_WORDS_RE.match(text, match.end())
    if following is None:
        return True
    word, after = following.group(1), following.group(2)
    if word[0].isupper() or word.casefold() in _OPENING_WORDS:
        return True
    if word.casefold() in _JOINING:
        return after is None or not after[0].islower()
    return False


@lru_cache(maxsize=32768)  # asked of each title line four or five times, as names_role
def names_job(piece: str) -> bool:
    """A role word in a piece that is not a company, team or department (…前端团队)."""
    return names_role(piece) and _ORG_END_RE.search(piece.strip(_EDGE_JUNK)) is None


def is_facts(text: str) -> bool:
    """Only places, pay and hiring channels (北京·社招·全职, 20-40K, 上海陆家嘴: a city
    and its district)."""
    core = text.strip(_EDGE_JUNK + "()（）")
    if not core:
        return False
    return _FACT_TOKEN_RE.fullmatch(core) is not None or _DISTRICT_RE.fullmatch(core) is not None


def places_in(text: str) -> list[str]:
    """The places of the list above that ``text`` names, each once, in order."""
    return list(dict.fromkeys(_CITY_FIND_RE.findall(text)))


def _collect(parts: TitleParts, text: str) -> None:
    parts.places.extend(city for city in _CITY_FIND_RE.findall(text) if city not in parts.places)
    pay = _PAY_FIND_RE.search(text)
    if pay and not parts.pay:
        parts.pay = pay.group()


def _leading_tags(text: str, parts: TitleParts) -> str:
    """``【深圳】[字节]前端工程师``: bracketed tags before the name go; places among them count."""
    while text and text[0] in _TAG_OPEN:
        close = text.find(_OPEN_CLOSE[text[0]])
        if close <= 0:
            break
        tag, rest = text[1:close], text[close + 1 :].lstrip(_EDGE_JUNK)
        if not rest or (names_role(tag) and not names_role(rest)):
            break
        _collect(parts, tag)
        text = rest
    return text


def _leading_fact_tags(text: str, parts: TitleParts) -> str:
    """``【社招内推】【temu 搜广推岗位】``: tags of facts before the name go; a name left alone
    in its brackets comes out of them. Without a role word the line may be a company's
    headline (``【杭州/上海】恒生电子``): its places are not taken as the job's."""
    while text and text[0] in _TAG_OPEN:
        close = text.find(_OPEN_CLOSE[text[0]])
        tag, rest = text[1:close], text[close + 1 :].strip(_EDGE_JUNK)
        if close <= 0 or not rest or not is_facts(tag):
            break
        text = rest
    if text and text[0] in _TAG_OPEN and text.find(_OPEN_CLOSE[text[0]]) == len(text) - 1:
        text = text[1:-1].strip()
    return text


def _trailing_brackets(text: str, parts: TitleParts, any_head: bool = False) -> str:
    """``Java开发工程师【初级】【长沙】``, ``前端（北京社招）``: bracketed facts at the end go."""
    while text and text[-1] in "】]」』〕〗)）":
        opener = next(o for o, c in _OPEN_CLOSE.items() if c == text[-1])
        start = text.rfind(opener)
        alt = "（" if opener == "(" else "(" if opener == "（" else opener
        start = max(start, text.rfind(alt)) if opener in "(（" else start
        if start <= 0:
            break
        inner, head = text[start + 1 : -1], text[:start].rstrip(_EDGE_JUNK)
        removable = (
            is_facts(inner)
            or (not any_head and opener in _TAG_OPEN and not names_role(inner))
            or (_REMARK_RE.search(inner) is not None and not names_role(inner))
        )
        if not removable or not (any_head or names_role(head)) or not head:
            break
        _collect(parts, inner)
        text = head
    return text


# A remark in brackets: clauses (多个 HC，初中高级均有), or a head count (多个 HC).
_NOTE_RE = re.compile(r"[(（][^()（）]*(?:[，,；;]|\bHC\b)[^()（）]*[)）]", re.IGNORECASE)
# DevOps 开发：（Python 方向）: a note after the name's colon.
_COLON_NOTE_RE = re.compile(r"[:：]\s*[(（][^()（）:：]*[)）]$")


def _before_note(text: str, parts: TitleParts) -> str:
    """``前端开发（多个前端 HC，初中高级资深均有） 新增前端实习生岗位``: the name is what stands
    before a remark in brackets; the remark and what follows it stay in the summary's line."""
    note = _NOTE_RE.search(text) or _COLON_NOTE_RE.search(text)
    if note is None:
        return text
    head = text[: note.start()].strip(_EDGE_JUNK)
    if not names_role(head):
        return text
    _collect(parts, text[note.start() :])
    return head


def _after_hiring_word(text: str) -> str:
    """``易路软件招聘前端开发工程师`` → the name after the last 招聘 that a role follows."""
    for match in reversed(list(_HIRING_RE.finditer(text))):
        before, after = text[: match.start()], text[match.end() :]
        # At the start only as a word of its own: "招 PHP 全栈", not "招商经理".
        leading = not before.strip(_EDGE_JUNK)
        word = match.group()
        if leading and len(word.strip()) == 1 and word == word.strip():
            continue
        # 招聘专员, 招商经理: a bare role word after it makes the hiring word part of the name.
        starts_name = after[:1].isalnum()  # not "招聘(社招&实习)": a bracket follows
        if starts_name and names_role(after) and _BARE_ROLE_RE.fullmatch(after.strip()) is None:
            return after
    return text


def _pick_part(text: str, parts: TitleParts, english: bool) -> str:
    """Of ``company - name - qualifier``, the name and its qualifiers."""
    split = _SEPARATOR_RE.split(text)
    separators = [match.group() for match in _SEPARATOR_RE.finditer(text)]
    pieces = [(piece, separators[i - 1] if i else "") for i, piece in enumerate(split)]
    pieces = [(piece, sep) for piece, sep in pieces if piece.strip(_EDGE_JUNK)]
    if len(pieces) < 2:
        return text
    first = next((i for i, (piece, _) in enumerate(pieces) if names_job(piece)), None)
    if first is None:
        return text
    # 电子数据取证 / 信息安全工程师: before a slash, a piece that is no fact is the other half
    # of the name (either job), not a company.
    while first > 0 and "/" in pieces[first][1] and not is_facts(pieces[first - 1][0]):
        first -= 1
    kept = [pieces[first][0]]
    for piece, separator in pieces[first + 1 :]:
        # A qualifier after a dash stays (前端开发工程师-游戏方向); after a slash, or in an
        # English title, a piece that names no role is a company or a place.
        loose = english or "/" in separator
        if is_facts(piece) or (loose and not names_role(piece)):
            _collect(parts, piece)
            continue
        kept.append(piece)
    for piece, _ in pieces[:first]:
        _collect(parts, piece)
    if len(kept) == 1:
        return kept[0]
    # Keep the qualifiers as written: from the name's start to the last kept piece's end.
    start = text.find(kept[0])
    end = text.rfind(kept[-1]) + len(kept[-1])
    return text[start:end] if 0 <= start < end else text


def _trailing_facts(text: str, parts: TitleParts) -> str:
    """``嵌入式软件主管 30-50K·16薪`` / ``前端，急招，多HC，20k+``: facts after the name go."""
    # An English title's comma adds a team ("Senior Analyst, Data & Analytics"): kept.
    pieces = _COMMA_RE.split(text) if _CJK_RE.search(text) else [text]
    if len(pieces) > 1:
        first = next((i for i, piece in enumerate(pieces) if names_role(piece)), None)
        if first is not None and all(is_facts(p) or not names_role(p) for p in pieces[1:]):
            for piece in pieces[:first] + pieces[first + 1 :]:
                _collect(parts, piece)
            text = pieces[first]
    slashed = text.split("/")
    while len(slashed) > 1 and is_facts(slashed[0]) and names_role("/".join(slashed[1:])):
        _collect(parts, slashed.pop(0))
        text = "/".join(slashed).strip(_EDGE_JUNK)
    words = text.split()
    while len(words) > 1 and is_facts(words[-1]) and names_role(" ".join(words[:-1])):
        _collect(parts, words.pop())
    while len(words) > 1 and is_facts(words[0]) and names_role(" ".join(words[1:])):
        _collect(parts, words.pop(0))
    if len(words) != len(text.split()):
        text = " ".join(words)
    return _leading_names(text, parts)


def _leading_names(text: str, parts: TitleParts) -> str:
    """``字节跳动 广深教育服务端``, ``阿里云IoT事业部 前端工程师``: in a Chinese title, Chinese
    words before the job's name that name no role (a company, a department) go; a grade
    and Latin words (a skill: ``Java 后端开发``) stay."""
    if not _CJK_RE.search(text):
        return text
    words = text.split(" ")
    start = 0
    while start < len(words) - 1:
        word = words[start].strip()
        rest = " ".join(words[start + 1 :])
        # 前端技术 前端技术专家: a word the next one starts with is the team's field of work.
        repeated = len(word) >= 2 and words[start + 1].startswith(word) and word != words[start + 1]
        keeps = not repeated and (
            names_role(word) or _GRADE_RE.fullmatch(word) or not names_job(rest)
        )
        # A Latin word is a skill or product (Java 后端开发, AI 训练师): only Chinese goes.
        chinese = _CJK_RE.search(word) is not None and not _LETTER_RE.search(word)
        slashed = word.endswith("/") or words[start + 1].startswith("/")  # one job or another
        if not word or keeps or slashed or not (chinese or _ORG_END_RE.search(word)):
            break
        _collect(parts, word)
        start += 1
    return " ".join(words[start:]).strip() if start else text


def clean_title(raw: str) -> TitleParts:
    """The job's name in a title line, and the place and pay the line gave beside it.

    A line that names no role comes back unchanged but for emoji, numbering and bracketed
    facts (``高性能方向（上海/北京）``): without a role word there is no telling a company from
    a name.
    """
    text = strip_symbols(_SHORTCODE_RE.sub(" ", raw)).strip(_DECORATIONS)
    marker = parse_marker(text)
    if marker is not None and marker[1].strip():
        text = marker[1].strip(_DECORATIONS)
    parts = TitleParts(text)  # 1.1云存储工程师: the number is kept in the summary's line
    numbered = _LEADING_NUMBER_RE.match(text) is not None
    text = _LEADING_NUMBER_RE.sub("", text, count=1) or text
    label = JOB_LABEL_RE.match(text)
    if label is not None:
        text = text[label.end() :]
        if not numbered and not _CHANNEL_LABEL_RE.search(label.group()):
            parts.name = text  # 职位名称：云平台工程师 is a field line: the label decorates
    if _SHORTCODE_RE.search(raw):
        parts.name = strip_symbols(raw).strip(_DECORATIONS)  # the line is kept in the summary
    text = text.strip(_EDGE_JUNK)
    core, _, bracketed = strip_decorations(text)
    text = core if bracketed and core else text
    if not names_role(text):
        text = _trailing_brackets(text, parts, any_head=True)
        return _finish(parts, _leading_fact_tags(text, parts))
    text = _before_note(text, parts)
    english = not _CJK_RE.search(text)
    text = _role_clause(text, parts)
    for _ in range(3):
        before = text
        text = _leading_tags(text, parts)
        text = _after_hiring_word(text).strip(_EDGE_JUNK)
        text = _TRAILING_HIRING_RE.sub("", text).strip(_EDGE_JUNK) or text
        text = _trailing_brackets(text, parts)
        text = _pick_part(text, parts, english).strip(_EDGE_JUNK)
        text = _trailing_facts(text, parts).strip(_EDGE_JUNK)
        if text == before:
            break
    return _finish(parts, text)


_CLAUSE_END_RE = re.compile(r"[！!。？?]+")


def _role_clause(text: str, parts: TitleParts) -> str:
    """``国内第一云！…打造“AI大脑”！寻找定义大模型时代的AI架构师``: of a Chinese slogan's
    exclamations, the one that names the job."""
    if not _CJK_RE.search(text):
        return text
    clauses = [c.strip(_EDGE_JUNK) for c in _CLAUSE_END_RE.split(text) if c.strip(_EDGE_JUNK)]
    if len(clauses) < 2:
        return text
    named = next((clause for clause in clauses if names_job(clause)), None)
    if named is None:
        return text
    for clause in clauses:
        if clause is not named:
            _collect(parts, clause)
    return named


def _finish(parts: TitleParts, text: str) -> TitleParts:
    text = text.strip(_EDGE_JUNK + "，,、。")
    core, _, bracketed = strip_decorations(text)
    text = core if bracketed and core else text  # [前端][后端] less its first tag: 后端
    # 深度学习算法工程师岗位职责：a job's name run into its first heading.
    glued = _GLUED_HEADING_RE.search(text)
    if glued is not None and names_job(text[: glued.start()]):
        text = text[: glued.start()].strip(_EDGE_JUNK)
    if not text or not _balanced(text) or text[0] in _CLOSERS:
        return parts  # something went wrong on the way: the line less its decorations
    parts.decorations_only = text == parts.name
    parts.name = text
    return parts


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0

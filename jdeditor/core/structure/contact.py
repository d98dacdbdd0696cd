"""Contact lines: how to apply, gathered into the posting's how-to-apply section.

A contact line is one whose point is to be contacted or to apply: an e-mail address, a
phone or WeChat number, a QR code to scan, "send your CV to …", a link to apply, a line
that is only a URL or a link. A line that merely mentions such a thing as part of a task
or a skill stays where it is: ``维护公司官网 www.x.com``, ``熟悉微信小程序开发``,
``Build QR code payments``.

After a posting is built, :func:`gather_contact_lines` moves the contact lines standing in
its duties, requirements, preferred, benefits and other sections (and the lines after them
at the end of the posting, below its last list) to its how-to-apply section, which is made
with the default heading of the posting's language when there is none. An "other" section
that is all contact lines, or whose heading says how to apply, becomes that section itself.
The summary and the company section keep their lines: a company's website is about it.
"""

from __future__ import annotations

import re

from jdeditor.core.model import Item, ItemKind, Posting, Section, SectionKind
from jdeditor.core.section_headings import DEFAULT_HEADINGS
from jdeditor.core.structure.headings import (
    has_apply_hint,
    is_apply_heading_text,
    strip_decorations,
)

_MOVABLE = frozenset(
    {
        SectionKind.DUTIES,
        SectionKind.REQUIREMENTS,
        SectionKind.PREFERRED,
        SectionKind.BENEFITS,
        SectionKind.OTHER,
    }
)
# A long paragraph is prose: a URL in it is a reference, not a link to apply.
MAX_LINK_LINE_CHARS = 200
MAX_LINK_LABEL_CHARS = 12
MAX_LINK_TAIL_CHARS = 24
MAX_TRAILING_NOTE_CHARS = 50

_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
# name[at]company.com; name#company.com (no spaces: "C# asp.net" is a skill)
_OBFUSCATED_EMAIL = (
    r"[A-Za-z0-9._-]+\s*(?:\[at\]|\(at\)|（at）)\s*[A-Za-z0-9-]+\.[A-Za-z]{2,}"
    r"|[A-Za-z0-9._-]+#[A-Za-z0-9-]+\.[A-Za-z]{2,}"
)
_MOBILE = r"(?<![\d.])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![\d.])"
_PHONE = (
    r"(?:电话|手机|座机|联系号码|联系电话|\btel\b|\bphone\b|\bmobile\b|\bcall\b)"
    r"[^\d\n]{0,6}\+?[\d(（][\d\s()（）-]{6,}\d"
)
_CHAT = r"(?:微信|wechat|weixin|(?<![A-Za-z])(?:vx|wx|qq)|v信)"
# What follows 微信 in a task: 增加微信支付, 添加微信登录, 微信（WeChat）小程序.
_NOT_AN_ID = r"(?!支付|登录|小程序|公众号|生态|开发|接口|分享|授权|api|sdk|pay|wechat|weixin)"
_WECHAT = (
    rf"{_CHAT}(?:\s*(?:id|号|号码))?\s*[:：]\s*{_NOT_AN_ID}[A-Za-z0-9_-]{{4,}}"
    rf"|(?<![增参追叠附施])(?:加|添加|联系)(?:我|我的|本人|一下)?(?:的)?{_CHAT}{_NOT_AN_ID}"
    rf"|{_CHAT}\s*[（(【\[]\s*{_NOT_AN_ID}[A-Za-z0-9_-]{{4,}}\s*[)）】\]]"
    r"|同微信|微信同号|微信手机同号|手机微信同号"
)
_QR_CODE = (
    r"扫(?:描|一扫)?(?:下方|以下|如下|上方|下面)?(?:的)?(?:微信)?二维码"
    r"|扫码(?:加|添加|联系|投递|了解|咨询|关注|进群|入群|投|报名)|欢迎扫码|微信扫一扫"
    r"|(?:下方|如下|以下|下面)(?:的)?(?:微信)?二维码|\bscan (?:the |this |our )?qr\b"
)
_SEND_ZH = (
    r"简历[^，。,；;\n]{0,6}?(?:发送?|投递?|邮寄|砸|投)(?:至|到|给|邮箱)"
    r"|(?:发送?|投递?|投|砸)[^，。,；;\n]{0,4}?简历(?:至|到|给)"
    r"|(?:欢迎|请)(?:大家|您|你)?(?:投递|投简历|发送简历|发简历|砸简历|联系)"
    r"|(?:有意|感兴趣|有兴趣)[^。；;\n]{0,20}?"
    r"(?:联系(?:我|我们|[:：])|发送|发简历|投递|投简历|私聊|私信|简历)"
    r"|内推(?:链接|码|直达|邮箱)|投递(?:链接|邮箱|地址|入口|方式)|在线投(?:递|简历)|简历直达"
)
_SEND_EN = (
    r"\bsend (?:us |in |over )?(?:your |a |an )?(?:cv|resume|résumé|application|portfolio)"
    r"|\b(?:e-?mail|write to) (?:us|me)\b|\bapply (?:now|here|online|today)\b(?!['’])"
    r"|\bapply (?:via|through|at|on|by) (?:our|the|this|linkedin|email|e-mail)\b"
    r"|\b(?:please|feel free to|do not hesitate to|don't hesitate to) "
    r"(?:contact|reach out|get in touch|e-?mail)\b"
    r"|\bcontact (?:us|me)\b|\breach out to (?:us|me)\b|\bget in touch with (?:us|me)\b"
)
# Each signal with the words one of which a line must hold for the pattern to be tried: most
# lines hold none, and a plain substring test is many times quicker than the pattern.
# The patterns are matched against the line in lower case.
_SIGNALS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (triggers, re.compile(pattern))
    for triggers, pattern in (
        (("@",), _EMAIL),
        (("[at]", "(at)", "（at）", "#"), _OBFUSCATED_EMAIL),
        (("13", "14", "15", "16", "17", "18", "19"), _MOBILE),
        (("电话", "手机", "座机", "号码", "tel", "phone", "mobile", "call"), _PHONE),
        (("微信", "wechat", "weixin", "wx", "vx", "qq", "v信"), _WECHAT),
        (("二维码", "扫", "qr"), _QR_CODE),
        (("简历", "欢迎", "请", "有意", "兴趣", "内推", "投递", "在线投"), _SEND_ZH),
        (("send", "mail", "write to", "apply", "please", "feel", "hesitate", "contact"), _SEND_EN),
        (("reach out", "get in touch"), _SEND_EN),
    )
)
# A quick gate before the signals: a word that one of them needs. Most lines hold none.
_GATE_RE = re.compile(
    r"@|#|简历|欢迎|请|有意|兴趣|内推|投|电话|手机|座机|号码|微信|v信|二维码|扫|联系|1[3-9]\d"
    r"|s(?:end|can)|mail|write|apply|please|feel|hesitate|c(?:ontact|all)|reach|get in|tel|phone"
    r"|mobile|we(?:chat|ixin)|wx|vx|qq|qr|\(at\)|\[at\]"
)
# The gate's words that are ASCII, for a line that is all ASCII (the same answer there).
_ASCII_GATE_RE = re.compile(
    r"@|#|1[3-9]\d|s(?:end|can)|mail|write|apply|please|feel|hesitate|c(?:ontact|all)|reach"
    r"|get in|tel|phone|mobile|we(?:chat|ixin)|wx|vx|qq|qr|\(at\)|\[at\]"
)
# "联系人：张女士", "微信（备注来源）：abc", "Email: a@b.com": a contact label and its value. A
# Chinese label may have a short qualifier before it (简历投递邮箱：); an English one may not
# ("Key contacts: Finance and Product" is a duty).
_CONTACT_LABEL_RE = re.compile(
    r"^(?:[^:：\n]{0,8}?(?:联系人|联系方式|联系电话|联系邮箱|联系号码|电话|手机号?|邮箱|邮件|电邮|"
    r"微信号?|投递|内推码?)|(?:contact(?: person| e-?mail| details| info(?:rmation)?)?|e-?mail|mail"
    r"|wechat|wx|vx|qq|tel|phone|mobile)(?:\s*(?:id|number|no\.?))?)"
    r"\s*(?:[（(][^)）\n]{0,20}[)）])?\s*[:：]\s*\S"
)
_URL_RE = re.compile(r"https?://\S+|www\.[^\s）)\]]+", re.IGNORECASE)
_MD_LINK_RE = re.compile(r"!?\[([^\]\n]*)\]\(([^)\s]*)\)|<(https?://[^>\s]+)>")
_APPLY_WORDS_RE = re.compile(
    r"投递|内推|简历|应聘|申请|招聘|网申|职位|岗位|\bapply|\bapplication|\bcareers?\b|\bjobs?\b"
    r"|\bhiring\b|\brecruit",
    re.IGNORECASE,
)
_LINK_LABEL_RE = re.compile(
    r"(?:公司|招聘|投递|内推|申请|岗位|职位|更多|官方|详情)?(?:官网|网址|网站|链接|主页|地址|详情)"
    r"|website|link|url|jd",
    re.IGNORECASE,
)
_FILLER_RE = re.compile(r"[\s\W_]+")
_LABEL_RE = re.compile(r"^([^:：]*)[:：](.*)$", re.DOTALL)


def _without_links(text: str) -> tuple[str, bool]:
    """The text with its URLs and markdown links removed, and whether it had any."""
    stripped, links = _MD_LINK_RE.subn(" ", text)
    stripped, urls = _URL_RE.subn(" ", stripped)
    return stripped, bool(links or urls)


def _is_link_line(text: str) -> bool:
    """Only a link (bare or markdown), or a short ``label: link``, or a link to apply."""
    if len(text) > MAX_LINK_LINE_CHARS:
        return False
    rest, has_link = _without_links(text)
    if not has_link:
        return False
    words = _FILLER_RE.sub("", rest)
    if not words:
        return True  # a bare URL, a markdown link or several
    if _APPLY_WORDS_RE.search(rest) or _APPLY_WORDS_RE.search(text.split("](", 1)[0]):
        return True  # 投递链接、内推直达、"Apply here: …", a markdown link named for a job
    labelled = _LABEL_RE.match(rest)
    if labelled is not None:
        label = _FILLER_RE.sub("", labelled.group(1))
        tail = labelled.group(2).strip()
        # 视频介绍：https://… ; JD: https://… (a short note may follow: "（请注明来源）")
        return len(label) <= MAX_LINK_LABEL_CHARS and len(tail) <= MAX_LINK_TAIL_CHARS
    return _LINK_LABEL_RE.fullmatch(words) is not None  # 官网 https://…


def is_contact_line(text: str) -> bool:
    """Whether a line's point is to be contacted or to apply (see the module docstring)."""
    text = text.strip().strip("*_>").strip()
    if not text:
        return False
    lowered = text.lower()
    # An English line cannot hold the gate's Chinese words: the shorter pattern is twice as
    # quick on it (English lines are long and full of the letters the English words start with).
    if (_ASCII_GATE_RE if lowered.isascii() else _GATE_RE).search(lowered):
        for triggers, pattern in _SIGNALS:
            for trigger in triggers:
                if trigger in lowered:
                    if pattern.search(lowered):
                        return True
                    break
    if (":" in text or "：" in text) and _CONTACT_LABEL_RE.match(lowered):
        return True
    if "http" in lowered or "www." in lowered or "](" in text:
        return _is_link_line(text)
    return False


def _is_contact_node(node: Item) -> bool:
    if node.children:
        return False
    text = node.text
    if "\n" not in text:
        return is_contact_line(text)
    # Lines joined into one item: it is a contact line when it starts as one ("简历投递：" and
    # the address under it), not when a task has a link under it ("熟悉 Go" + "https://…").
    first = text.split("\n", 1)[0]
    return is_contact_line(first) or (
        first.rstrip().endswith((":", "：")) and is_apply_heading(first)
    )


def is_apply_heading(heading: str) -> bool:
    """A section heading that says how to apply, decorations and emoji aside (``📨 联系方式``)."""
    if not has_apply_hint(heading):
        return False
    core = strip_decorations(heading)[0]
    start = 0
    while start < len(core) and not core[start].isalnum():
        start += 1
    return is_apply_heading_text(core[start:].strip(), loose=True)


def _take_contact_nodes(nodes: list[Item], taken: list[Item]) -> None:
    """Remove the contact lines among ``nodes`` (at any depth) into ``taken``, in order."""
    kept: list[Item] = []
    for node in nodes:
        if node.children:
            if is_apply_heading(node.text) and all(
                _is_contact_node(child) for child in node.children
            ):
                taken.append(node)  # 联系方式： with its lines under it
                continue
            _take_contact_nodes(node.children, taken)
            kept.append(node)
        # A one-line node is asked directly (what _is_contact_node does, one call less a node).
        elif is_contact_line(node.text) if "\n" not in node.text else _is_contact_node(node):
            taken.append(node)
        else:
            kept.append(node)
    nodes[:] = kept


def _trailing_lines(section: Section) -> list[Item]:
    """Cut the lines at the end of the posting below its last list item, from the first
    contact line on: "简历投递：…", then short notes such as "（请注明来源）" and "期待你的加入！"
    (up to the first longer line that is not a contact line: a company's introduction)."""
    items = section.items
    last_item = max(
        (index for index, node in enumerate(items) if node.kind is ItemKind.ITEM), default=None
    )
    if last_item is None:
        return []
    for index in range(last_item + 1, len(items)):
        node = items[index]
        if node.children:
            return []
        if _is_contact_node(node):
            end = index + 1
            while end < len(items) and not items[end].children:
                note = items[end]
                if len(note.text) > MAX_TRAILING_NOTE_CHARS and not _is_contact_node(note):
                    break
                end += 1
            trailing = items[index:end]
            del items[index:end]
            return trailing
    return []


def gather_contact_lines(posting: Posting) -> Section | None:
    """Move the posting's contact lines into its how-to-apply section (see the module).

    Returns the section when it had to be made (with the default heading), else None.
    """
    apply_section: Section | None = None
    taken: list[Item] = []
    for section in posting.sections:
        if section.kind is SectionKind.OTHER and (
            is_apply_heading(section.heading)
            or (section.items and all(_is_contact_node(node) for node in section.items))
        ):
            section.kind = SectionKind.APPLY
        if section.kind is SectionKind.APPLY:
            if apply_section is None:
                apply_section = section
            continue
        if section.kind in _MOVABLE:
            trailing = _trailing_lines(section) if section is posting.sections[-1] else []
            _take_contact_nodes(section.items, taken)
            taken.extend(trailing)
    if not taken:
        return None
    made = None
    if apply_section is None:
        heading = DEFAULT_HEADINGS[posting.language][SectionKind.APPLY]
        apply_section = made = Section(SectionKind.APPLY, heading)
        posting.sections.append(apply_section)
    apply_section.items.extend(taken)
    return made

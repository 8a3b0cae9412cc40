"""Newspaper conventions read from the words on a page: datelines, bylines, continuation
markers, photo credits, 栏目 labels, running heads and the page's other furniture.

Pure functions of strings, shared by the text and the PDF front ends, so both read the
same conventions the same way (docs/conventions.md lists them with their canonical form).
Where a rule also needs the page's geometry (a running head sits in the margin, a name
under a commentary stands apart), the caller checks that; these functions read the words.
Every pattern matches the simplified and the traditional form alike (本报/本報, 摄/攝);
the text keeps the script it was printed in.
"""

from __future__ import annotations

import datetime as dt
import re

_TWINS = dict(
    zip(
        "报讯电记华网转摄责编辑设计邮资图视觉员评论发国时观谈坛广约实习见经营许证价会访统连续号热线际笔随导对制头内周礼",
        "報訊電記華網轉攝責編輯設計郵資圖視覺員評論發國時觀談壇廣約實習見經營許證價會訪統連續號熱線際筆隨導對製頭內週禮",
        strict=True,
    )
)
"""Simplified characters used in the patterns below, and their traditional twins."""


def _both(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a pattern written in simplified script so that each character also matches its
    traditional twin (报 → [报報]; inside a character class, 报 → 报報)."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        twin = _TWINS.get(ch)
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif twin:
            ch = ch + twin if in_class else f"[{ch}{twin}]"
        out.append(ch)
    return re.compile("".join(out), flags)


_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_DIGIT = "0-9０-９"
_NUMERAL = "一二三四五六七八九"
_SPACES = re.compile(r"\s+")
_SENTENCE = re.compile(r"[。！？；]")
_ONE_HAN = re.compile(f"[{_HAN}]")

_ROLE = (
    rf"(?:(?:本报|新华社|中新社|人民网|[{_HAN}]{{1,6}}?(?:日报|晚报|报|社))?"
    r"(?:特约|见习|实习|首席)?(?:摄影记者|记者|通讯员|评论员)|实习生)"
)
"""Who signs: a role word (记者, 通讯员, 评论员), maybe with its paper and rank (本报特约评论员)."""
_NAME = rf"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,8}}(?:[·•．][{_HAN}]{{1,8}})+)"
"""A personal name: two to four characters, or a transliterated one with its middle dots."""
_NAMES = rf"{_NAME}(?:[ 、]{_NAME}){{0,3}}"


def collapse_spaces(text: str) -> str:
    """Canonical spacing: every run of spaces (half-width, 全角 U+3000, NBSP, line breaks) becomes
    one space, none at the ends; and single characters standing apart pair up again.

    Typesetters pad a two-character name to the width of a three-character one (程　龙), so in a
    run of names, consecutive one-character tokens join pairwise: 本报记者　程　龙　潘俊强 →
    本报记者 程龙 潘俊强.
    """
    tokens = _SPACES.sub(" ", text).strip().split(" ")
    out: list[str] = []
    index = 0
    while index < len(tokens):
        pair = tokens[index : index + 2]
        if len(pair) == 2 and all(_ONE_HAN.fullmatch(t) for t in pair):
            out.append(pair[0] + pair[1])
            index += 2
        else:
            out.append(tokens[index])
            index += 1
    return " ".join(out)


_ARABIC = re.compile(f"[{_DIGIT}]{{1,9}}")
_TENS = re.compile(f"([{_NUMERAL}]?)十([{_NUMERAL}]?)")


def chinese_number(text: str) -> int | None:
    """A page number as printed: Arabic or full-width digits (2, ２), or Chinese numerals from 一 to
    九十九 (二, 十, 十二, 二十三). Anything else is None. Spaces inside are typesetting."""
    text = "".join(text.split())
    if _ARABIC.fullmatch(text):
        return int(text)
    if len(text) == 1 and text in _NUMERAL:
        return _NUMERAL.index(text) + 1
    match = _TENS.fullmatch(text)
    if match is None:
        return None
    tens = _NUMERAL.index(match[1]) + 1 if match[1] else 1
    return tens * 10 + (_NUMERAL.index(match[2]) + 1 if match[2] else 0)


_PAGE_REF = rf"第?\s*(?:[A-ZＡ-Ｚ]{{1,2}})?([{_DIGIT}]{{1,3}}|[{_NUMERAL}十]{{1,3}})\s*版"
_MARKER = _both(rf"[（(]\s*(下转|转|上接|接|[详詳]见|见)\s*{_PAGE_REF}\s*[）)]")
_SEE_PAGE = _both(rf"\s*[▶►▲→]?\s*([详詳]见)\s*{_PAGE_REF}\s*")
"""A 导读 entry's pointer to the page its story is on, on a line of its own: 详见第5版, ▶详见5版."""


def take_markers(text: str) -> tuple[str, int | None, int | None]:
    """Continuation markers leave the text and become numbers: （下转第2版）, （转第十二版） say where the
    article goes on (continued_on); （上接第一版）, （接第1版） where it came from (continued_from).
    A 导读 entry's pointer to its story, （详见第5版）, （见A05版）, or 详见第5版 as the whole
    text, reads as where it goes on (a section's letter before the number is typesetting).

    Full- or half-width parentheses, spaces inside, Arabic, full-width or Chinese numerals; a
    marker counts wherever it stands, mid-sentence too, and the spaces around it go with it.
    Returns (text, continued_on, continued_from).
    """
    found: dict[str, int] = {}
    kept: list[str] = []
    at = 0
    for match in _MARKER.finditer(text):
        number = chinese_number(match[2])
        if not number:
            continue
        found.setdefault("on" if match[1][-1] in "转轉见見" else "from", number)
        kept.append(text[at : match.start()].rstrip())
        at = match.end()
        while at < len(text) and text[at].isspace():
            at += 1
        joint = kept[-1][-1:] + text[at : at + 1]
        if len(joint) == 2 and joint.isascii() and joint.isalnum():
            kept.append(" ")  # two Latin words stay apart
    kept.append(text[at:])
    if not found and (see := _SEE_PAGE.fullmatch(text)) is not None and chinese_number(see[2]):
        return "", chinese_number(see[2]), None
    return "".join(kept).strip(), found.get("on"), found.get("from")


_DATE = rf"[{_DIGIT}]{{1,2}}\s*月\s*[{_DIGIT}]{{1,2}}\s*日"
_DATELINE = _both(
    rf"\s*((?:本报|新华社|中新社|人民网|中新网|新华网|央视网|央广网|光明网)(?!记者|通讯员|评论员)"
    rf"[{_HAN}·\s]{{0,12}}?{_DATE}\s*(?:[讯电]|消息)|本报讯)"
)
_BYLINE_PAREN = _both(rf"\s*[（(]\s*({_ROLE}[^（）()]{{0,40}}?)\s*[）)]")
_ROLE_BEFORE_NAME = _both(rf"(?<![^ 、])({_ROLE})(?=[^\s、，）)])")


def split_dateline(paragraph: str) -> tuple[str | None, str | None, str]:
    """The dateline (电头) that opens a news story, and the byline in parentheses after it.

    A dateline names the source (本报, 新华社, 中新社, and the news sites 人民网, 中新网, 新华网,
    央视网, 央广网, 光明网), the place and the date, and ends in 讯, 电 or 消息: 本报太原 11月
    18日讯, 新华社北京10月19日电, or just 本报讯. It is returned without any spaces. A
    parenthesis after it that starts with a role (（记者贾丰丰 通讯员李明）) is the byline, spaces
    collapsed and one after each role word: 记者 贾丰丰 通讯员 李明. The spaces that set the body
    apart are dropped. Returns (dateline, byline, rest); (None, None, paragraph) without one.
    """
    match = _DATELINE.match(paragraph)
    if match is None:
        return None, None, paragraph
    dateline = "".join(match[1].split())
    rest = paragraph[match.end() :]
    byline = None
    paren = _BYLINE_PAREN.match(rest)
    if paren is not None:
        byline = _ROLE_BEFORE_NAME.sub(r"\1 ", collapse_spaces(paren[1]))
        rest = rest[paren.end() :]
    return dateline, byline, rest.lstrip()


_CLOSING_BYLINE = _both(rf"(?:(?<=[。！？”…])|^)\s*[（(]\s*({_ROLE}[^（）()]{{0,40}}?)\s*[）)]\s*$")


def split_closing_byline(paragraph: str) -> tuple[str, str | None]:
    """A byline in parentheses closing a story's last paragraph, after its last sentence, as
    briefs and short news are signed (…正式开放。（记者 苏　晴 通讯员 林可）): the paragraph
    without it, and the byline read as a dateline's (记者 苏晴 通讯员 林可). A parenthesis that
    starts otherwise (（据新华社电）, （作者单位：…）) stays in the text. The parenthesis may stand
    alone too, on a line of its own under the last paragraph."""
    match = _CLOSING_BYLINE.search(paragraph)
    if match is None:
        return paragraph, None
    return paragraph[: match.start()], _ROLE_BEFORE_NAME.sub(r"\1 ", collapse_spaces(match[1]))


def starts_with_dateline(text: str) -> bool:
    """Whether text opens with a dateline (本报…讯, 新华社…电): the start of a news story."""
    return _DATELINE.match(text) is not None


_BYLINE_LINE = _both(rf"{_ROLE}(?: {_NAMES})?(?: {_ROLE} {_NAMES})*")
BYLINE_MAX = 60
"""Characters a byline line holds at most: a few roles and their names."""


_LABEL_WORD = _both(
    r"(?:[链鏈]接|背景|[阅閱][读讀]|提示|[贴貼]士|资料|[数數][据據]|[点點]评|短评|[观觀][点點]|[声聲]音|花絮|手记|速[览覽]|一[览覽])$"
)
"""How the small labels of boxes and asides end (■相关链接, ◆背景, □延伸阅读): an ornament
before one of them marks a label, not an author."""
_ORNAMENTED = re.compile(r"\s*[□■◎○●◆◇☆★]\s*(?P<names>.+)")
_SLASHED = _both(r"\s*(?P<role>文|图|摄影|口述|整理)\s*(?P<slash>[/／|｜丨])\s*(?P<names>.+)")
_TEXT_AND_PICTURES = _both(r"\s*(?P<role>文\s*[/／]\s*图|图\s*[/／]\s*文)\s+(?P<rest>.+)")


def _literary_byline(line: str) -> str | None:
    """A byline as 副刊 pages and features print it: an ornament before the name, which goes
    (□ 林　夕 → 林夕; an aside's label such as ■相关链接 is none); a role word and a slash,
    which stay (文／苏　青 → 文／苏青); or 文／图 before names or a byline (文／图　本报记者　叶　舟
    → 文／图 本报记者 叶舟)."""
    if (match := _ORNAMENTED.fullmatch(line)) is not None:
        names = collapse_spaces(match["names"])
        if _LABEL_WORD.search(names):
            return None
        plain = (
            re.fullmatch(_NAMES, names)
            and not starts_with_dateline(names)
            and not _ROLE_ONLY.fullmatch(names)
        )
        return names if plain else None
    if (match := _TEXT_AND_PICTURES.fullmatch(line)) is not None:
        rest = collapse_spaces(match["rest"])
        signed = rest if re.fullmatch(_NAMES, rest) else byline_line(rest)
        return _SPACES.sub("", match["role"]) + " " + signed if signed else None
    if (match := _SLASHED.fullmatch(line)) is not None:
        names = collapse_spaces(match["names"])
        return match["role"] + match["slash"] + names if re.fullmatch(_NAMES, names) else None
    return None


_EDITORS_NOTE = _both(r"\s*(?:编者按|编者的[话話]|编前[语語]?)\s*[：:]")


def editors_note(text: str) -> bool:
    """A paragraph that is the editor's note set over an article (编者按：…, 编者的话：…): the
    article's own head (its byline line, its dateline) may come after it."""
    return _EDITORS_NOTE.match(text) is not None


def byline_line(line: str) -> str | None:
    """A line that signs an article: a role and up to four names, set apart by spaces
    (本报记者　程　龙　潘俊强 → 本报记者 程龙 潘俊强), several such groups, or a role alone when it
    names its paper or rank (本报评论员, 特约评论员), or a literary byline (□ 林　夕, 文／苏　青).
    A sentence that starts with a role (本报记者从…获悉) is not one: names stand apart from the
    role and the line holds nothing else.
    """
    if (literary := _literary_byline(line)) is not None:
        return literary
    text = collapse_spaces(line)
    if len(text) > BYLINE_MAX or not _BYLINE_LINE.fullmatch(text):
        return None
    if " " not in text and len(text) < 4:  # 记者 or 通讯员 alone says nothing
        return None
    return text


_BARE_NAME = re.compile(f"[{_HAN}]{{2,4}}")
_ROLE_ONLY = _both(_ROLE)


def bare_name(line: str) -> str | None:
    """A line that is only a name of two to four characters, maybe padded (李　斌 → 李斌): how a
    commentary is signed under its last paragraph. No punctuation, nothing else on the line;
    whether it stands apart after the final paragraph is for the caller to see."""
    text = collapse_spaces(line)
    if _BARE_NAME.fullmatch(text) and not _ROLE_ONLY.fullmatch(text):
        return text
    return None


_SIGNED = rf"(?:{_ROLE}|特约摄影|摄影) ?{_NAMES}"
_PHOTO = rf"(?:{_SIGNED}(?: {_SIGNED}){{0,2}}|{_NAME}(?:、{_NAME}){{0,3}}) ?(?<!拍)摄"
"""本报记者 张文华 摄, 本报记者 张三 通讯员 李四 摄; without a role, the names alone (张三 摄)."""
_AGENCY = (
    rf"(?:新华社|中新社)发(?: ?(?:{_PHOTO}|[（(] ?{_PHOTO} ?[）)]))?"
    rf"|人民视觉|视觉中国|资料图片|资料照片|东方IC|CFP|[{_HAN}]{{2,10}}供图"
)
"""Pictures from an agency or an archive: 新华社发 (maybe with its photographer), 人民视觉, 资料图片."""
_CREDIT = _both(
    rf"(?:[（(] ?({_PHOTO}|{_AGENCY}) ?[）)]|(?:^|(?<= )|(?<=[。！？”’」』）)]))({_PHOTO}|{_AGENCY}))$"
)
"""A credit in parentheses, or one set apart from the caption by a space or a sentence's end."""
CREDIT_MAX = 48
"""Characters a credit takes at most, spaces collapsed: only the caption's end is searched."""


def split_credit(text: str) -> tuple[str, str] | None:
    """A caption and the photo credit that ends it: in parentheses, or set apart by a space or
    after a sentence.

    Credits: a photographer's role and name with 摄 (本报记者 张文华 摄, 新华社记者　卢汉欣摄,
    张三 摄), an agency or source (新华社发, 人民视觉, 视觉中国, 资料图片, 受访者供图), either
    of them in parentheses ((人民视觉) → 人民视觉). The credit comes back spaces collapsed; the
    caption keeps its own text, without the spaces before the credit. None without a credit.
    """
    spaced = collapse_spaces(text)
    match = _CREDIT.search(spaced, max(0, len(spaced) - CREDIT_MAX))
    if match is None:
        return None
    # Collapsing changed only spaces: the credit is the text's last `left` printed characters.
    left = sum(1 for ch in match[0] if not ch.isspace())
    start = len(text)
    while left:
        start -= 1
        left -= not text[start].isspace()
    return text[:start].rstrip(), match[1] or match[2]


_OPENERS = {"（": "）", "(": ")", "【": "】", "〔": "〕", "［": "］", "[": "]", "〖": "〗"}
_COLUMNS = _both(
    "人民时评|人民论坛|人民观点|人民网评|今日谈|编辑手记|记者手记|采访手记|评论员观察|国际观察|国际论坛"
    "|望海楼|观象台|钟声|和音|社论|快评|短评|时评|新华时评|新华述评|大地走笔|一线调查|金台视线"
    f"|[{_HAN}]{{1,4}}(?:时评|论坛|观察|手记|快评|短评|述评|随笔|札记)"
)
_BANNER = _both(r"[^，。]*系列[^，。]{0,12}(?:发布会|发佈会|报道|报导|访谈|评论)|聚焦[“「][^，。]*")
_HAN_GAP = re.compile(f"(?<=[{_HAN}“”「」]) (?=[{_HAN}“”「」])")
LABEL_MAX = 16
"""Characters a 栏目 label holds at most: it names a column, it says nothing."""


def series_label(text: str) -> str | None:
    """A 栏目 label: the series an article belongs to, set small above or beside its headline.

    Either bracketed (（“十四五”的发展镜头）, 【…】, 〔…〕 → the text inside), or a column's name
    (人民时评, 编辑手记, 评论员观察, or a short name ending in 时评, 论坛, 观察, 手记 …), at most
    16 characters and no sentence; or a series banner (…系列主题新闻发布会, 聚焦“…”), any length.
    Letter-spacing between characters is dropped (人 民 时 评 → 人民时评).
    """
    label = _HAN_GAP.sub("", collapse_spaces(text))
    if not label or _SENTENCE.search(label):
        return None
    if _BANNER.fullmatch(label):
        return label
    if "，" in label:
        return None
    closer = _OPENERS.get(label[0])
    if closer is not None and label.endswith(closer):
        inner = label[1:-1].strip()
        plain = (
            len(inner) <= LABEL_MAX
            and len(_ONE_HAN.findall(inner)) >= 2
            and not any(ch in inner for ch in "（）()【】〔〕")
            and take_markers(label)[0] == label
            and split_credit(label) is None
            and not (_ROLE_ONLY.match(inner) and not _COLUMNS.fullmatch(inner))
        )
        return inner if plain else None
    return label if len(label) <= LABEL_MAX and _COLUMNS.fullmatch(label) else None


_CALENDAR_DATE = rf"([{_DIGIT}]{{4}})\s*年\s*([{_DIGIT}]{{1,2}})\s*月\s*([{_DIGIT}]{{1,2}})\s*日"
_WEEKDAY = r"(?:星期|礼拜|周)[一二三四五六日天]"
_DATE_PARTS = _both(f"{_CALENDAR_DATE}|{_WEEKDAY}")
_PAGE_NAME = f"[{_HAN}][{_HAN}·・]{{1,5}}"
"""A page's name: a short section name (要闻, 国际, 经济·社会)."""
_SECTION = "[A-ZＡ-Ｚ]{1,2}"
"""The letter of a section (叠) a page number may carry: A05, B2, AA01."""
_PAGE_NUMBER = f"(?:{_SECTION})?[{_DIGIT}]{{1,3}}"
_RUNNING_HEADS = (
    re.compile(rf"(?P<number>{_PAGE_NUMBER})\s*版?\s*(?P<name>{_PAGE_NAME})"),
    re.compile(rf"(?P<name>{_PAGE_NAME})\s*(?P<number>{_PAGE_NUMBER})"),
    re.compile(
        rf"(?:(?P<before>{_PAGE_NAME})\s*)?(?:第\s*(?P<number>{_PAGE_NUMBER}|[{_NUMERAL}十]{{1,3}})|"
        rf"(?P<lettered>{_SECTION}[{_DIGIT}]{{1,3}}))\s*版"
        rf"(?:\s*[：:·]?\s*(?P<name>{_PAGE_NAME}))?"
    ),
    re.compile(rf"(?P<lettered>{_SECTION}[{_DIGIT}]{{1,3}})"),
)
_LEADING_SECTION = re.compile(f"^{_SECTION}")


def page_number(text: str) -> int | None:
    """A page number as a running head prints it: `chinese_number`'s forms, maybe after the
    letter of its section (A05 → 5: the issue numbers its pages, the section letter is
    typesetting)."""
    return chinese_number(_LEADING_SECTION.sub("", "".join(text.split())))


def running_head(text: str) -> tuple[int | None, str | None] | None:
    """The running head (页眉) in a page's top or bottom margin: the page's number and name.

    Forms: 2 要闻, 要闻 2, 第2版, 第二版：要闻, 要闻 第2版, and with a section's letter A05 要闻,
    要闻 A05, A05版, A05 alone, each maybe beside the issue's date and weekday
    (2025年10月20日　星期一　2 要闻). Returns (number, name), name None when not printed;
    None for any other line. Only the margin makes a line a running head: 3 亿元 reads the same.
    """
    rest = collapse_spaces(_DATE_PARTS.sub(" ", text))
    for pattern in _RUNNING_HEADS:
        match = pattern.fullmatch(rest)
        if match is None:
            continue
        groups = match.groupdict()
        number = page_number(groups.get("number") or groups["lettered"])
        name = groups.get("name") or groups.get("before")
        return (number, name) if number else None
    return None


_FURNITURE = (
    (
        _both(
            r"(?:第?[一二三四五六七八九十\d]+版|本版|头版)?"
            r"(?:责编|责任编辑|编辑|美编|版式设计|版面设计|图片编辑|校对|制图|图表设计)\s*[：:]"
        ),
        "editor line",
    ),
    (
        _both(r"(?:本版)?(?:电子)?(?:邮箱|信箱)\s*[：:]|e-?mail\s*[：:]", re.IGNORECASE),
        "e-mail line",
    ),
    (_both(r"广告$|广告(?:热线|电话|部)\s*[：:]"), "advertisement"),
    (
        _both(r"(?:邮发代号|国内统一连续出版物号|国内统一刊号|广告经营许可证)|(?:社址|零售价|定价)\s*[：:]"),
        "imprint line",
    ),
)


def furniture_line(text: str) -> str | None:
    """A line of page furniture that is no article's text, with why: the editors' names
    (一版责编：…, 责任编辑：…, 版式设计：…), the page's e-mail (本版邮箱：…), an advertisement's
    label (广告), the imprint (邮发代号, 定价 …). They open with their label and hold no sentence."""
    line = _HAN_GAP.sub("", collapse_spaces(text))
    if _SENTENCE.search(line):
        return None
    return next((reason for pattern, reason in _FURNITURE if pattern.match(line)), None)


_MASTHEAD_DATE = _both(rf"\s*{_CALENDAR_DATE}(?=\s|{_WEEKDAY}|$)|.*?{_CALENDAR_DATE}\s*{_WEEKDAY}")


def masthead_date(text: str) -> dt.date | None:
    """The issue's date as the masthead (报头) or a running head prints it: a line that opens with
    2025年10月20日 (with its weekday, 农历 and 期号 after it), or holds a date with its weekday,
    and no sentence. None for any other line, or a date that does not exist."""
    if re.search(r"[，。；！？]", text):
        return None
    match = _MASTHEAD_DATE.match(text)
    if match is None:
        return None
    year, month, day = (g for g in match.groups() if g is not None)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None

"""Rules: conditions on the applicant that Chinese employment law forbids (errors).

Each rule is data (its message, explanation and legal source in Chinese and English) and
a list of patterns anchored on condition words (限, 仅, 要求, 优先, 勿扰 …), so that a
product or a market (女装, 母婴行业, 本地生活, 女性用户, 民族品牌) or a benefit
(解决北京户口, 生育保险) is not taken for a condition. See ``zh_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from jdeditor.core.checks.model import Bilingual, Category, Rule, Severity, Span
from jdeditor.core.checks.zh_text import CJK, pattern, text_check
from jdeditor.core.model import Language

ZH = frozenset({Language.ZH})
Check = Callable[[str], Iterable[Span]]

WOMEN_LAW = "《中华人民共和国妇女权益保障法》第四十三条"
EMPLOYMENT_LAW = "《中华人民共和国就业促进法》"
NOTICE_2019 = (
    "人力资源社会保障部等九部门《关于进一步规范招聘行为促进妇女就业的通知》（人社部发〔2019〕17号）"
)
MARKET_REGULATIONS = "《人力资源市场暂行条例》第二十四条"
ONLINE_PROVISIONS = "《网络招聘服务管理规定》第十五条"

WOMEN_LAW_EN = "Law on the Protection of Women's Rights and Interests, Article 43"
EMPLOYMENT_LAW_EN = "Employment Promotion Law"
NOTICE_2019_EN = (
    "Notice of the Ministry of Human Resources and Social Security and eight other "
    "departments on further regulating recruitment to promote women's employment "
    "(Ren She Bu Fa [2019] No. 17)"
)
MARKET_REGULATIONS_EN = "Interim Regulations on the Human Resources Market, Article 24"
ONLINE_PROVISIONS_EN = "Provisions on the Administration of Online Recruitment Services, Article 15"

WOMEN_SOURCE = Bilingual(
    f"{WOMEN_LAW}；{EMPLOYMENT_LAW}第二十七条；{NOTICE_2019}",
    f"{WOMEN_LAW_EN}; {EMPLOYMENT_LAW_EN}, Article 27; {NOTICE_2019_EN}",
)

# A gender word that names a person, not a product or a market (女装, 女性用户, 男士护肤).
_PERSON = r"[男女](?:性|生|士|孩|孩子|同学|员工|青年)?+"
_NOT_MARKET = (
    r"(?!装|鞋|靴|包|款|式|表|袜|衣|裤|裙|帽|用户|消费|顾客|客户|客群|受众|粉丝|玩家|读者|观众"
    r"|会员|群体|人群|市场|品类|产品|商品|服饰|服装|护肤|美妆|彩妆|用品|健康|频道|类目|赛道"
    r"|向|科|厕|卫生|专享|专属|员工专|节|生理|可用|可见|专用|使用|视角|[男女])"
)
GENDER = text_check(
    "[男女]",
    [
        # 限男性, 仅招女生, 只招男, 要求女性
        pattern(
            r"(?:仅限|只限|限招|仅招|只招|只要|仅要|限|仅|只|招聘|招收|要求\s*[:：]?|需|须|必须)"
            rf"\s*(?:是|为)?{_PERSON}{_NOT_MARKET}"
        ),
        # 适合男性 (a job said to suit one sex), not 适合女性的护肤方案
        pattern(rf"(?:更)?适合{_PERSON}{_NOT_MARKET}(?!的)"),
        # 女士勿扰, 不招女性
        pattern(
            rf"(?<![男女子儿孙]){_PERSON}(?:者)?(?:勿扰|勿投|免谈|谢绝|除外|不予考虑|不考虑|恕不)"
        ),
        pattern(rf"(?:不招|不招收|不接受|不考虑|不录用|谢绝|拒绝)(?:招聘)?{_PERSON}{_NOT_MARKET}"),
        # 男性优先, 女士优先, 女生为佳
        pattern(rf"(?<![男女子儿孙]){_PERSON}(?:者)?(?:优先|为佳|更佳|尤佳|最佳|为宜|为主|更合适)"),
        # 优先考虑女性
        pattern(rf"优先(?:考虑|录用|录取|安排)?{_PERSON}{_NOT_MARKET}"),
        # 性别：男, 性别要求：女性
        pattern(
            rf"性别(?:要求|限制|限定)?\s*[:：]?\s*(?:限|为|是)?\s*{_PERSON}(?!\s*[/或、]?\s*[男女])"
        ),
        # 前台（女）
        pattern(r"[（(]\s*(?:限|仅限)?[男女](?:性|生|士)?+\s*[）)]"),
    ],
)

# Marriage and childbearing; a benefit (生育保险, 结婚礼金, 婚育假) is not a condition.
_NOT_PEOPLE = r"(?!用户|人群|群体|青年|男女|人士|交友|人口|率|相亲|恋爱|婚恋)"
MARRIAGE = text_check(
    "婚|生育|已育|未育|孕|妊娠|胎|单身|孩子|小孩|哺乳|宝妈",
    [
        # 未婚, 已婚已育优先, 限未婚, 已婚未育者
        pattern(
            r"(?:限|仅限|要求|需|须)?(?:未婚|已婚)(?:未育|已育|已孕|未孕)?+(?:者)?+(?:优先)?+"
            + _NOT_PEOPLE
        ),
        # 已育优先, 未育
        pattern(r"(?:已育|未育)(?:者)?+(?:优先)?+" + _NOT_PEOPLE),
        # 无生育计划, 三年内不要孩子, 暂无怀孕打算
        pattern(
            r"(?:[0-9一二两三四五]年内|近期|短期内)?(?:无|没有|暂无|不|暂不)"
            r"(?:生育|生孩子|要孩子|要小孩|怀孕|生二胎|二胎|生三胎|备孕)(?:计划|打算|意向|安排)?",
            liftable=False,
            not_after=("鼓励", "支持"),
        ),
        # 婚育情况, 婚姻状况, 婚否, 生育计划 (asking is itself forbidden)
        pattern(
            r"(?:婚育|婚姻|婚恋|生育)(?:情况|状况|状态|计划|史)|婚否|婚育(?!假|补贴|福利|礼金|关怀|奖励|保障|政策|支持)",
            not_after=(
                "无关",
                "不问",
                "不限",
                "不论",
                "不因",
                "不看",
                "不以",
                "支持",
                "鼓励",
                "关怀",
            ),
        ),
        # 限单身, 单身优先, 宝妈优先 (not 适合宝妈: flexible hours offered)
        pattern(r"(?:限|仅限|要求|需|须)(?:单身|宝妈)|(?:单身|宝妈)(?:者)?(?:优先|为佳)"),
        # 入职体检含孕检, 需提供妊娠检查报告
        pattern(
            r"(?:入职|体检|需|须|要求|进行|含|包括|包含|加做|提交|出具)[^，,。；;\n]{0,8}?"
            r"(?P<hit>(?:孕检|妊娠(?:检查|测试|试验|检测)|验孕|怀孕(?:检查|测试))(?:证明|报告|结果)?"
            r"|未孕证明)",
            liftable=False,
        ),
        pattern(r"(?:孕检|妊娠检查|验孕)(?:证明|报告|合格)|未孕证明|未怀孕证明"),
        # 不接受孕妇, 孕期女性勿扰
        pattern(
            r"(?:不接受|不考虑|不录用|不予录用|不招|不招收|谢绝|拒绝|暂不接受)[^，,。；;\n]{0,4}?"
            r"(?:孕妇|孕期|怀孕|备孕|哺乳期)(?:者|女性|人员|员工|中)?",
            liftable=False,
        ),
        pattern(
            r"(?:孕妇|孕期|怀孕|备孕|哺乳期)(?:者|女性|人员|员工|中|的)?"
            r"(?:勿扰|勿投|不予|免谈|谢绝|恕不|除外|不考虑|不接受)",
            liftable=False,
        ),
    ],
)

# The 56 ethnic groups' names: "限汉族", not "大族广场" or "上班族".
ETHNIC_NAMES = (
    "汉|蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|"
    "高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|"
    "普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|"
    "珞巴|基诺"
)
_ETHNIC = rf"(?:{ETHNIC_NAMES})族"
_RELIGION = r"(?:基督教|天主教|伊斯兰教|佛教|道教|东正教|犹太教|宗教)"
_BELIEVER = r"(?:穆斯林|(?:基督|天主|伊斯兰|佛|道)教?(?:徒|信徒))"
_REFUSE = r"(?:不招|不招收|不接受|不考虑|不录用|谢绝|拒绝)"
_REFUSED = r"(?:勿扰|勿投|除外|不予考虑|不予录用|免谈|谢绝|恕不)"
ETHNICITY_RELIGION = text_check(
    "族|宗教|信仰|信奉|穆斯林|教徒|信徒|基督|天主|伊斯兰|佛教|道教|犹太|东正",
    [
        pattern(
            rf"(?:仅限|只限|限|仅招|只招|要求|需|须|必须)(?:是|为)?{_ETHNIC}(?:人员|员工|同胞|者|人)?"
        ),
        pattern(rf"民族(?:要求|限制)?\s*[:：]\s*{_ETHNIC}"),
        pattern(rf"(?<!少数民族){_ETHNIC}(?:者|人员|员工)?(?:优先|为佳|为主)"),
        pattern(
            rf"{_REFUSE}(?:{_ETHNIC}|少数民族|{_BELIEVER}|有宗教信仰)"
            rf"|(?:{_ETHNIC}|少数民族|{_BELIEVER}|(?:有|信仰)?宗教信仰)(?:者|人员|人士)?{_REFUSED}"
        ),
        # 宗教信仰：无, 信仰：基督教
        pattern(r"(?:宗教信仰|信仰)(?:要求)?\s*[:：]\s*(?!不限|无要求|自由)[^，,。；;\s]{1,6}"),
        # 无宗教信仰, 不信仰宗教者优先
        pattern(
            rf"(?:要求|需|须|必须|限|仅限)?(?:无|没有|不信仰?|不信奉)(?:任何)?{_RELIGION}(?:信仰)?"
            r"(?!限制|要求|歧视|之分|区别|差别)",
            liftable=False,
            not_after=("不因", "不论", "不问"),
        ),
        # 限基督教徒, 信仰佛教者优先
        pattern(rf"(?:限|仅限|要求|需|须|必须)(?:信仰|信奉)?(?:{_BELIEVER}|{_RELIGION})(?:信仰)?"),
        pattern(rf"(?:信仰|信奉)?(?:{_BELIEVER}|{_RELIGION}(?:信仰)?)(?:者)?(?:优先|为佳)"),
    ],
)

_BENEFIT = (
    "解决",
    "办理",
    "落户",
    "协助",
    "帮助",
    "提供",
    "申请",
    "可落",
    "指标",
    "迁入",
    "迁移",
    "入户",
    "获得",
    "取得",
    "拿到",
    "享受",
    "享有",
    "给予",
    "争取",
    "申报",
    "积分",
)
_NO_BENEFIT = (
    r"(?:(?!解决|办理|落户|协助|帮助|提供|申请|迁|携带|复印|开具|获得|取得|享受|争取)"
    r"[\u4e00-\u9fff])"
)
# Provinces and the larger cities; or a name with 省/市/县 after it.
PLACES = (
    r"(?:(?:本地|本市|本省|当地|外地|外省|北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|"
    r"安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古?|广西|"
    r"西藏|宁夏|新疆|深圳|广州|杭州|南京|苏州|成都|武汉|西安|长沙|郑州|青岛|厦门|宁波|大连|"
    r"沈阳|济南|合肥|福州|昆明|哈尔滨|长春|石家庄|太原|南昌|南宁|贵阳|兰州|东莞|佛山|无锡|潮汕)"
    rf"(?:省|市)?|[{CJK}]{{2}}(?:省|市|县)"
    # 京籍, 沪籍: a province's one-character name before 籍
    r"|[京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川黔滇陕甘陇青藏宁桂蒙](?=籍))"
)
_NOT_DOCUMENT = r"(?!本|簿|所在|地|证明|档案|迁|登记|卡|页|指标|名额|人口)"
HUKOU = text_check(
    "籍|户口|本地人|当地人",
    [
        # 本地户口 → 能在本地工作
        pattern(
            rf"(?:本地|本市|本省|当地|本区|本县|本镇)(?:户口|户籍|籍){_NOT_DOCUMENT}",
            "能在本地工作",
            not_after=_BENEFIT,
        ),
        pattern(rf"(?:城镇|农村|非农业?|农业)(?:户口|户籍){_NOT_DOCUMENT}", not_after=_BENEFIT),
        # 北京户口, 上海户籍者优先, 湖南籍
        pattern(
            rf"(?:仅限|只限|限|非)?{PLACES}(?:户口|户籍|籍){_NOT_DOCUMENT}(?:者|人员|人士)?"
            r"(?:优先|为佳|勿扰|免谈|除外)?",
            not_after=_BENEFIT,
        ),
        # 限湖南籍, 仅限广东省籍, 要求具有北京户口
        pattern(
            r"(?:仅限|只限|只招|仅招|限|要求|需|须|必须)(?:具有|持有|拥有|有|为|是)?"
            rf"{_NO_BENEFIT}{{0,4}}?(?:户口|户籍|(?<![书国学党典会古军户])籍){_NOT_DOCUMENT}"
            r"(?:人员|人士|者)?"
        ),
        # 户籍要求, 籍贯：湖南
        pattern(r"(?:户籍|户口|籍贯)(?:要求|限制|条件)"),
        pattern(rf"籍贯\s*[:：]\s*(?:限|为)?[{CJK}]{{2,6}}"),
        # 限本地人, 本地人优先
        pattern(
            r"(?:仅限|只限|只招|仅招|限|要求)(?:本地人|当地人)(?![脉口气])|(?:本地人|当地人)(?:优先|为佳)"
        ),
    ],
)

_CARRIER = (
    r"(?:乙肝|乙型肝炎|肝炎|传染病|艾滋病|HIV)(?:病毒|病原体?)?"
    r"(?:携带者?|患者|阳性|病人|大三阳|小三阳)"
)
_HBV_TEST = r"乙肝两对半|乙肝五项|两对半|乙肝(?:表面)?抗原|HBsAg"
DISEASE = text_check(
    "肝|两对半|HBsAg|HIV|艾滋|传染病",
    [
        pattern(
            rf"(?:非|无|不是|不能是|不得是|不接受|不招|谢绝|拒绝|不录用|排除)(?P<hit>{_CARRIER})",
            liftable=False,
        ),
        # 身体健康，无乙肝 (but not 无传染病: a health certificate some jobs need by law)
        pattern(
            r"(?:非|无|没有)(?:乙肝|乙型肝炎|肝炎)(?!疫苗|病毒携带|携带|患者)",
            liftable=False,
        ),
        pattern(
            rf"{_CARRIER}(?:者)?(?:勿扰|勿投|除外|不予录用|不予考虑|不予|免谈|谢绝|恕不录用|恕不"
            r"|不考虑|不录用|不合格)"
        ),
        # 体检含乙肝两对半, 乙肝五项阴性
        pattern(
            rf"(?:体检|入职|需|须|要求|提供|包括|含|包含|检查|检测)[^，,。；;\n]{{0,8}}?(?P<hit>{_HBV_TEST})",
            liftable=False,
        ),
        pattern(rf"(?:{_HBV_TEST})(?:检查|检测)?(?:阴性|正常|合格)"),
        pattern(r"传染病病原携带者"),
    ],
)


def _rule(
    rule_id: str, message: Bilingual, explanation: Bilingual, source: Bilingual, check: Check
) -> Rule:
    return Rule(
        rule_id, Category.LAW, Severity.ERROR, message, explanation, source, ZH, text_check=check
    )


RULES: list[Rule] = [
    _rule(
        "zh.gender",
        Bilingual("限定或优先某一性别", "Limits the job to one gender or prefers one"),
        Bilingual(
            "《妇女权益保障法》第四十三条禁止招聘时限定为男性或者规定男性优先，以及以性别为由"
            "拒绝录用妇女；《就业促进法》第二十七条规定，除国家规定不适合妇女的工种或岗位外，"
            "不得以性别为由拒绝录用妇女或提高对妇女的录用标准；2019年九部门通知要求招聘信息"
            "不得限定性别（含性别优先）。请删除该条件，写明岗位真正需要的能力。",
            "Article 43 of the Women's Rights Law forbids limiting a job to men or preferring "
            "men, and refusing women because of their sex; Article 27 of the Employment "
            "Promotion Law forbids refusing women or raising the bar for them, except for the "
            "jobs the state rules unsuitable for women; the 2019 notice of nine departments "
            "forbids any gender limit or preference in a posting. Remove the condition and "
            "state the skills the job really needs.",
        ),
        WOMEN_SOURCE,
        GENDER,
    ),
    _rule(
        "zh.marriage",
        Bilingual(
            "以婚姻、生育或妊娠情况为条件", "Makes marriage, children or pregnancy a condition"
        ),
        Bilingual(
            "《妇女权益保障法》第四十三条禁止进一步询问或调查女性求职者的婚育情况、将妊娠测试"
            "作为入职体检项目、将限制结婚生育或婚育情况作为录用条件；《就业促进法》第二十七条"
            "禁止在劳动合同中限制女职工结婚、生育；2019年九部门通知重申不得询问婚育情况、"
            "不得将妊娠测试作为入职体检项目。请删除该条件。",
            "Article 43 of the Women's Rights Law forbids asking about or investigating a "
            "woman applicant's marriage and children, making a pregnancy test part of the "
            "hiring medical, and making marriage, childbearing or a promise not to have "
            "children a condition of hiring; Article 27 of the Employment Promotion Law "
            "forbids restricting marriage or childbirth in the contract; the 2019 notice says "
            "the same. Remove the condition.",
        ),
        WOMEN_SOURCE,
        MARRIAGE,
    ),
    _rule(
        "zh.ethnicity_religion",
        Bilingual("以民族或宗教信仰为条件", "Makes ethnicity or religion a condition"),
        Bilingual(
            "《就业促进法》第三条规定劳动者就业不因民族、种族、性别、宗教信仰等不同而受歧视，"
            "第二十八条规定各民族劳动者享有平等的劳动权利（招用时对少数民族劳动者给予适当照顾"
            "是法律的要求，不在此列）；《人力资源市场暂行条例》第二十四条禁止招聘信息含有民族、"
            "种族、性别、宗教信仰等方面的歧视性内容。请删除该条件。",
            "Article 3 of the Employment Promotion Law says no one may be discriminated "
            "against in employment for their ethnicity, race, sex or religious belief, and "
            "Article 28 gives workers of every ethnic group equal rights (due consideration "
            "for ethnic minorities is what the law asks for, and is not flagged); Article 24 "
            "of the Interim Regulations on the Human Resources Market forbids postings with "
            "discriminatory content on ethnicity, race, sex or religious belief. Remove the "
            "condition.",
        ),
        Bilingual(
            f"{EMPLOYMENT_LAW}第三条、第二十八条；{MARKET_REGULATIONS}",
            f"{EMPLOYMENT_LAW_EN}, Articles 3 and 28; {MARKET_REGULATIONS_EN}",
        ),
        ETHNICITY_RELIGION,
    ),
    _rule(
        "zh.hukou",
        Bilingual(
            "以户籍或籍贯为条件", "Makes household registration (hukou) or origin a condition"
        ),
        Bilingual(
            "《人力资源市场暂行条例》第二十四条和《网络招聘服务管理规定》第十五条要求招聘信息"
            "合法、真实，不得含有民族、种族、性别、宗教信仰等方面的歧视性内容，主管部门把户籍、"
            "地域限制作为这类歧视处理；《就业促进法》第三十一条也禁止对农村劳动者进城就业设置"
            "歧视性限制。若岗位需要在本地上班，写“能在本地工作”；解决户口等福利不受影响。",
            "Article 24 of the Interim Regulations on the Human Resources Market and Article "
            "15 of the Provisions on Online Recruitment Services require postings to be lawful "
            "and free of discriminatory content on ethnicity, race, sex, religious belief and "
            "the like; regulators treat hukou and place-of-origin limits as such "
            "discrimination, and Article 31 of the Employment Promotion Law forbids "
            "discriminatory limits on rural workers taking jobs in towns. If the job needs "
            "someone on site, write 能在本地工作 (able to work locally); a hukou offered as a "
            "benefit is fine.",
        ),
        Bilingual(
            f"{MARKET_REGULATIONS}；{ONLINE_PROVISIONS}",
            f"{MARKET_REGULATIONS_EN}; {ONLINE_PROVISIONS_EN}",
        ),
        HUKOU,
    ),
    _rule(
        "zh.disease",
        Bilingual(
            "拒绝传染病病原携带者（如乙肝）或要求乙肝检测",
            "Refuses carriers of infectious diseases (such as hepatitis B) "
            "or asks for a hepatitis B test",
        ),
        Bilingual(
            "《就业促进法》第三十条规定，用人单位招用人员，不得以是传染病病原携带者为由拒绝录用"
            "（经医学鉴定，在治愈或排除传染嫌疑前不得从事法律法规禁止的易使传染病扩散的工作除外）；"
            "人社部等部门2010年起禁止在就业体检中进行乙肝项目检测。请删除该条件。",
            "Article 30 of the Employment Promotion Law forbids refusing an applicant for "
            "carrying the pathogen of an infectious disease (except, until cured, for the "
            "work the law names as spreading the disease easily); since 2010 the ministries "
            "forbid hepatitis B tests in hiring medicals. Remove the condition.",
        ),
        Bilingual(f"{EMPLOYMENT_LAW}第三十条", f"{EMPLOYMENT_LAW_EN}, Article 30"),
        DISEASE,
    ),
]

# For docs/checks.md: rule id → (a text it fires on, a similar one it leaves alone).
EXAMPLES: dict[str, tuple[str, str]] = {
    "zh.gender": ("本科及以上学历，男性优先", "男女不限，负责女装类目运营"),
    "zh.marriage": ("已婚已育者优先，三年内无生育计划", "公司提供生育保险和结婚礼金"),
    "zh.ethnicity_religion": ("限汉族，无宗教信仰", "负责民族品牌的海外推广"),
    "zh.hukou": ("要求本地户口", "户籍不限，可协助解决北京户口"),
    "zh.disease": ("乙肝携带者勿扰", "负责乙肝患者随访管理产品的设计"),
}

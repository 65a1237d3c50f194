"""Attach each figure to the entity it is about (figures → observations).

Rules, in order; the first that finds an entity wins and sets the confidence:
0. A和B分别…X和Y: listed names take the listed figures in order, 0.8; a figure followed by its metric's
   `subject_after` words (以2.1亿美元收购了…X: a price paid) is about the first mention after them in its clause, 0.8;
   a name ranked by the amount (X以1420亿元位列第二) is its subject, a person too when the figure has no metric, 0.8;
   a holding written before its holder (持股51%的X) is the holder's, 0.8.
1. the nearest mention before the figure in its sentence that is a plausible subject: its type is one the metric
   can be about (metrics.jsonl `about`, default ORG/BRAND), not an agent after 由 when another mention stands
   before it (库迪咖啡由瑞幸前创始团队创立，…), and it is not in platform position ("在X上", "在X的",
   "通过X", "X上"), since there X is the stage, not the actor — 他们在天猫的日交易额 is the brand's figure.
   For platform metrics (月活, 日活, users: `platform: true`) a platform-position mention is a subject too.
   Same clause 0.85, an earlier clause of the sentence 0.75. A mention followed by the metric's
   `not_subject_before` words (X领投 for funding; in a list, X和Y领投), or preceded by its `not_subject_after`
   words (持有X for a stake, also with a description between: 收购了…品牌X), is never its subject; nor is a source
   (据蝉妈妈数据, 据X报道).
2. a plausible subject right after the figure in the same clause (2013年小红书创立, 1亿用户活跃在小红书上) 0.65.
3. 公司/集团 opening a clause of the figure's sentence (林振邦透露，公司计划…，产能规划为5GWh): the organisation
   the document is about, when one is mentioned at least 3 times and twice as often as any other, 0.55.
4. the topic of the previous sentences (up to 3 back): the first non-platform subject of the nearest sentence
   that has one, not counting what that sentence compares with (和A、B相比，C…: C); 0.6 when the figure's
   sentence refers back (他们, 该品牌, 这家公司 …), else 0.5; −0.1 when a paragraph break lies between.
5. a platform-position mention of the same sentence (店主在小红书上收到60多万的订单) 0.4.
6. a platform-position mention of the previous two sentences, as the last resort 0.3.
In a listing's card (`records.Card`: 1. X on a line, then 成立时间:… / 最新进展:… lines) a figure whose clause names
no organisation before it is the card's organisation's, 0.6; so is one on a list item's line (1.X:…它是Y旗下的
品牌,专柜价298元) the name's heading the item.
A metric marked `same_sentence` (a market's size: 中国户外用品市场规模) stops after rule 2.
In a transcript the speaker's organisation (from the document's relations: 王宁 CEO of 泡泡玛特) stands for the
speaker's 我们: when the figure's clause says 我们/我司 it takes the figure at 0.6 over rules 4–6; a figure that
the other rules claim less surely (an older sentence's topic, a platform) and whose metric is about
organisations goes to it at 0.45 (今年海外收入增长了1.3倍 in 王宁's turn).
Figures with neither a metric nor a currency/percent/multiple/count unit (durations, bare numbers), or with no
candidate at all, are dropped.
"""
from __future__ import annotations

import bisect
import re

from .figures import default_lexicon, metric_info
from .gazetteer import countries
from .records import (NARRATOR, LISTED_AT_AFTER, SOURCE_SHOWS, Analysis, Figure, Mention, Observation, announcer_of, card_at,
                      company_behind, credited_person, filer_of, item_head_at, is_roundup, maker_of_work, most_mentioned,
                      profile_cards, quotation_around, the_group, titled_filer_of)
from .tables import LIST_MARK, is_markdown_row

# (递表港交所, 冲刺港交所: the exchange a company files with is where it lists, not a subject)
# (…with the reach before the platform: 在全球App Store和Google Play的收入)
PLATFORM_BEFORE = re.compile(r"(?:在|(?<!属)于|从|通过|借助|依托|依赖|依靠|转向|(?:入驻|登陆|登上|进驻|上线|上架|进入|铺进)了?|递表|冲刺|赴|(?<![失过])去)"
                             r"(?:全球|国内|海外|境外)?\s?$")
PLATFORM_AFTER = re.compile(r"^\s?(?:上(?![市线任榜涨升半])|里|中(?![国心标签奖])|内|(?:线上|网上|电商)?平台|旗舰店|官方旗舰店|渠道|自营|直播间|主播|带货主播|达人|博主|网红"
                            r"|等(?:电商)?(?:渠道|平台)|(?:免费|畅销|付费|下载)榜)")  # (a store's chart: 登顶App Store免费榜)
# (…or a platform the text calls the seller's channel: 亚马逊仍是公司最大的销售渠道,但占比已从78%下降到65%)
# (…or, with no seller named, one of the seller's main ones: 天猫,京东和抖音是主要销售平台)
CHANNEL_OF_SELLER_AFTER = re.compile(r"(?:仍|依然|依旧|一直|目前|已)?(?:是|为)(?:(?:公司|我们|其|品牌|集团)(?:的)?"
                                     r"(?:最大|第一大|主要|核心|最重要|重要)?|(?:最大|第一大|主要|核心|最重要))(?:的)?"
                                     r"(?:销售|线上|线下|电商|海外)?(?:渠道|平台)")
# (…and the earlier items of a list so called: 天猫,京东和抖音是主要销售平台)
CHANNEL_LIST_OF_SELLER_AFTER = re.compile(r"(?:(?:,|，|、|和|及|与|以及)[\u4e00-\u9fffA-Za-z0-9 ]{1,12}?){1,5}?"
                                          + CHANNEL_OF_SELLER_AFTER.pattern)
# the later items of a list in platform position (主要在天猫和京东: 京东 too)
# (…a list's first item too, when the list ends in a kind of channel: 在欧洲的MediaMarkt和Otto等渠道销售)
PLATFORM_LIST_AFTER = re.compile(r"(?:和|、|及|与|以及)[^,，。;；:：!?！？\n]{1,14}?等(?:电商|零售|线上|线下)?(?:渠道|平台)")
PLATFORM_LISTED = re.compile(r"(?:在|于|通过|入驻|登陆|进驻|进入|铺进)[^,，。;；:：!?！？\n]{1,12}?(?:和|、|及|与|以及)\s?$")
ANAPHOR = re.compile(r"他们|她们|它们|该品牌|这个品牌|这一品牌|此品牌|该公司|这家公司|这家企业|该企业|该平台|这个平台|"
                     r"^\s?(?:他|她|它|其)|，(?:他|她|它|其)")
# "the film", "the game": a work the text named in book-title marks (电影《X》… 该片首日票房为1.6亿元)
WORK_ANAPHOR = re.compile(r"该片|此片|该剧|此剧|这部电影|这部影片|这部剧|该影片|该电影|该游戏|这款游戏|此游戏|该作|本片|^\s?影片")
SOURCE_BEFORE = re.compile(r"(?:据|根据)\s?$")  # 据蝉妈妈数据: the source of a figure, not what it is about
# (…with what the source is between: 据第三方数据平台蝉妈妈统计)
SOURCE_DESCRIBED_BEFORE = re.compile(r"(?:据|根据)[^,，。;；:：]{1,10}?(?:平台|机构|公司|网站|媒体|研究院|智库|App|APP)\s?$")
SOURCE_AFTER = re.compile(r"\s?(?:的)?(?:数据|统计|调研|监测|研报|报道|报告|消息|预测|测算|估算|介绍|透露|披露)")
TICKER_AFTER = re.compile(r"\s?[:：]\s?[A-Z0-9]{1,6}\b")
# 使用"澜石"二字: the name as a word the text talks about, not the company
WORD_MENTIONED = re.compile(r"[”\"」』’']?(?:二字|两字|三字|字样|一词|标识|商标)")
# 市场监管总局发布消息,X…; 36氪获悉,X完成…: who gives the news, not what the news is about, when the sentence names
# another
NEWS_GIVEN = re.compile(r"\s?(?:官网|官方)?(?:发布|发出|披露)?(?:了)?(?:消息|通报|公告|通告|信息)(?:称|显示)?[,，:：]"
                        r"|\s?(?:记者)?(?:独家)?获悉[,，:：]")
# what a sentence compares with or sets aside (和A相比, 除A外): not what it is about
COMPARED_BEFORE = re.compile(r"(?:和|与|跟|同|较|比起|除了?)\s?$")
# (比X低一些, 比X多: X is the yardstick of a comparison, not what the figure after it is about)
BEATEN_BEFORE = re.compile(r"(?:^|[^对相类无好])(?:比|要比|都比|远比)\s?$")
BEATEN_AFTER = re.compile(r"\s?(?:还|更|要|都|略|稍)?(?:低|高|多|少|快|慢|便宜|贵|大|小|强|弱)")
COMPARED_AFTER = re.compile(r"\s?(?:相比|相较|比较|外|以外|之外|的(?:定位|打法|模式|路线|价格带|客群)(?:其实)?(?:不太|不大|并不|完全)?(?:一样|相同|不同|不一样))")
LIST_JOINER = re.compile(r"\s*(?:、|和|与|及|以及|跟)\s*")
# …and partners a clause names after 与, which half-width text may part with commas (与A,B分别签订)
PARTNERS_JOINER = re.compile(r"\s*(?:、|和|与|及|以及|跟|,|，)\s*")
# (a space between Chinese words parts a headline's phrases: 栖岚酒店与澄川置业签约 三年内新开100家加盟店)
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]|(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
RESPECTIVELY = re.compile(r"分别")
BOTH_BEFORE = re.compile(r"(?:双方|两者|二者|两家)$")
DESCRIBED_JOINER = re.compile(r"\s*(?:和|与|及|跟)[^,，。;；、和与及]{0,10}?\s*")
RESPECTIVE_GAP = re.compile(r"\s*(?:、|和|与|及|以及|，|,)\s*")
# a name, 以 and the amount it is ranked by (X以1420亿元位列第二)
RANK_LEAD = re.compile(r"(?:家族|夫妇|兄弟|姐妹|父子|母女)?以\s?$")  # (晏清禾|家族以980亿元: the family's head)
RANKED_BY = re.compile(r"\s?(?:人民币)?(?:的)?(?:[\u4e00-\u9fff]{0,4}?(?:财富|身家|市值|营收|销售额|份额))?"
                       r"(?:位列|排名|位居|蝉联|名列|居于|排在|登顶|问鼎|领跑|居第)"
                       # (…and a bid that won by an amount: 由X以1,286万元中标, X以3.2亿元竞得)
                       r"|\s?(?:人民币)?(?:的)?(?:价格|报价|总价|投标价)?(?:成功)?(?:中标|中选|竞得|拍得|摘得|成交)")
# a holding and then its holder (持股51%的X)
HOLDING_WORD = re.compile(r"持股|持有|占股")
# a holding of shares written before their count (直接持有公司股份35万股, 持有X股票1200万股)
SHARES_HELD_BEFORE = re.compile(r"(?:直接|间接|合计|共|累计)?(?:持有|持股)[^,，。;；]{0,10}?(?:股份|股票|股)?(?:约|共|合计)?$")
HOLDER_GAP = re.compile(r"\s?(?:先生|女士)?\s?(?:目前|现|仍|已)?\s?")
ACCOUNT_NEXT = re.compile(r"的[\u4e00-\u9fff]{0,4}?(?:博主|主播|达人|网红|UP主|账号|创作者|KOL|红人)[“\"「]?")
# a bracket that opens a name's alias (X有限公司(简称"X")): the alias and the name are one mention
ALIAS_BRACKET_OPEN = re.compile(r"\s?[(（]\s?(?:以下简称|下称|简称|英文名|英文)?[:：]?\s?[“\"「]?")
# …or after its shares, by an agent (其余40%股权仍由创始人Y持有): the holder
SHARES_HELD_BY = re.compile(r"(?:(?:的)?(?:股权|股份))?(?:仍|仍然|则|均|将|目前)?由(?:[\u4e00-\u9fff]{2,12}?(?:旗下|下属)的?)?[\u4e00-\u9fff]{0,8}?")
SHARES_HELD_BY_VERB = re.compile(r"\s?(?:共同|合计|分别)?(?:持有|控制)")
# a partner joined to the party before it (A宣布,与电池回收企业B…) and the joint venture after it (合资, 双方共同投资)
JOINED_PARTNER = re.compile(r"[^。；;!！?？\n]{0,12}?(?:与|和|同)(?:[\u4e00-\u9fff]{0,8}?(?:企业|公司|集团|厂商|巨头|车企))?")
# a party a clause signs an agreement with (已与X创始人Y签署协议): not who the clause's figure is of
AGREEMENT_PARTY_BEFORE = re.compile(r"(?:与|和|同)[^，,；;。:：]{0,12}$")
AGREEMENT_SIGNED_AFTER = re.compile(r"[^，,；;。:：]{0,4}?(?:签署|签订|签约|达成)(?:了)?[^，,；;。:：]{0,6}?(?:协议|(?:采购|供货|供应|销售|订货)合同)")
JOINT_AFTER = re.compile(r"合资|联名|双方(?:将|拟|计划)?(?:[^,，。;；]{0,8}?)(?:共同|联合)(?:投资|出资|建设|设立)")
# …or right before, keeping it (创始人Y将保留剩余30%的股权): the holder named before the verb
STAKE_KEPT_BEFORE = re.compile(r"(?:将|仍将|仍|会|继续)*(?:保留|继续持有)(?:了)?(?:剩余|其余|剩下)?(?:的)?(?:约|近)?$")
HELD_BY_NEXT = re.compile(r"\s?的\s?(?:第[一二三四五六七八九十\d]{1,2}大)?(?:股东|大股东|控股股东|投资者|投资人|机构|自然人)?\s?")
# what a sale's clause says before the price: 将 and no clause break (将旗下物业管理业务以…)
SOLD_FROM = re.compile(r"将[^，,；;。:：]{2,24}?以(?:约|人民币|总价)*$")
ETC_COUNT = re.compile(r"等(?:约|近|超过|逾|共)?")  # a list's 等 right before a count of what its items are
# what stands between a figure and the word that names its subject after it (的价格, 股权), a price after a stake
# too (70%股权|以42亿元|转让给X: the stake goes to X all the same)
SUBJECT_AFTER_GAP = re.compile(r"\s?[)）]?\s?(?:的价格|的对价|的代价|(?:的)?(?:股权|股份))?\s?"
                               r"(?:以(?:约|人民币|总价)*[\d.,]+(?:万|亿)?(?:美元|港元|欧元|元)(?:的价格|的对价)?)?")
# 由X创立 (the agent), 向X备案 / 给X / 被X (a recipient or agent), 占X的 (the whole of a share): not what the
# sentence is about
# …占X的25%: a share of X, said of what came before; 来自X的收入占比: where the revenue comes from
AGENT_OR_RECIPIENT = ("由", "向", "给", "被", "占", "自")
# (…or the unpaid bill the court is asked to order paid: 请求判令Y支付货款及违约金共计1.3亿元)
DAMAGES_CLAIMED = re.compile(r"索赔|赔偿|判赔|(?:支付|偿还|返还|拖欠)[^,，。;；]{0,8}?(?:货款|欠款|违约金|款项|服务费|账款)")
RECIPIENT_DESCRIBED = re.compile(r"向(?:其)?(?:关联方|关联公司|关联企业|客户|第一大客户|大客户)$")
ACQUIRED_AFTER = re.compile(r"(?:以[^，,；;。]{1,12}?)?(?:收购|购得|买下|增持|受让)")
SUED = re.compile(r"(?:起诉|状告|诉至|告上|提起诉讼|诉讼至)")
# damages a judgment orders 被告 to pay the plaintiff (判令被告立即停止侵权,并赔偿原告…共计380万元): the award the plaintiff
# wins (a defendant the order names, 判令X…赔偿原告, is what the sentence goes on about)
AWARDED_TO_PLAINTIFF = re.compile(r"判令被告[^。;；!?！？]{0,30}?赔偿原告[^,，。;；]{0,20}?(?:共计|合计|总计|共|计)?$")
GIVEN_TO_THE_COMPANY = re.compile(r"向(?:公司|该公司|本公司|其)(?:提供|发放|授予|支付|增资|注资)")
MONEY_GIVEN = re.compile(r"投资|注资|增资|融资|出资|拨款|提供|支付")
# X是小家电品牌Y的生产企业: Y modifies what X is said to be, so the clauses after it are still about X
IS_COPULA = re.compile(r"\s?(?:先生|女士)?\s?(?:是|为|系)")
FOUNDED_HEAD = re.compile(r"(?:成立|创立|创办|设立|组建)的")
IS_PREDICATE = re.compile(r"\s?(?:是|为|[:：])[^,，。;；:：!?！？\n]*$")
DESCRIPTION_TAIL = re.compile(r"(?:品牌|公司|企业|集团|平台|厂商|机构|连锁|药店|超市|便利店)$")  # 收购了…品牌X: a description before X
# (联名游戏《星穹远航》: the work a brand teams up with is its partner, not what the clause is about)
# X是A和B之外又一家加入9.9元价格战的品牌: the figure is inside what X is said to be
DESCRIBED_SUBJECT_END = re.compile(r"[^,，。;；!?！？]{0,12}?的(?:品牌|公司|企业|平台|玩家|连锁品牌)(?=[,，。;；!?！？]|$)")
# rights granted or goods sold to a licensee or a buyer, described or not (权益授予美国药企X)
GRANTED_TO_BEFORE = re.compile(r"(?:授予|授权给|许可给|转让给|出售给|卖给)(?:了)?[^,，。;；]{0,6}$")
OBJECT_AFTER = re.compile(r"(?:获得|获|拿下|赢得|斩获|收到|签下|签约于|签约至|成为|作为|中标|承建|承接|搭载|(?:公司|其)为)(?:了)?"
                          r"(?:[\u4e00-\u9fffA-Z]{0,8}?(?:品牌|公司|企业|集团|车企|药企|机构))?\s?$|联名(?:了)?[\u4e00-\u9fff]{0,4}?[《“\"]?\s?$"
                          # (rights granted to a licensee)
                          r"|" + GRANTED_TO_BEFORE.pattern +
                          # (a brand the company runs for its owner, described or not: 代理运营意大利品牌X)
                          r"|(?:代理运营|代理|代运营|引进|引入)(?:了)?[^,，。;；]{0,8}$")
CONTINUED_COPULA = re.compile(r"\s?(?:也|还|则|同时|目前|已|已经)?(?:是|为|系|成为)|"
                              r"\s?(?:其|公司的?)?(?:(?P<holder>股东|主要股东|控股股东|实际控制人)|主要客户|客户|合作伙伴|母公司)(?:为|是|包括|有)")
# X旗下拥有Y和Z两家子公司,去年营收…: what X owns is not what the clauses after it are about (旗下Y品牌的销量增长…,
# in Y's own clause, is Y's)
# (…and what it owns described: 旗下拥有上市公司Y; not 旗下品牌Y, which names Y as the subject of what follows)
HELD_BY_AGENT = re.compile(r"(?:实际|间接|直接|全资|绝对)?(?:控股|持股|控制)")
OWNS = r"(?:拥有|旗下(?:有|包括|拥有))(?:了)?"
OWNED_AFTER = re.compile(rf"(?:{OWNS}(?:[^,，。;；]{{0,4}}?(?:上市公司|子公司|品牌))?|旗下"
                         r"|代理|经销|授权经销)\s?[“\"「『]?$")  # (…nor are the brands a dealer carries: 代理宝马、奔驰)
OWNS_LISTED = re.compile(rf"{OWNS}\s?[“\"「『]?$")  # (旗下拥有A和B: no 旗下 alone, 旗下X51%股权)
THE_LATTER = re.compile(r"后者|前者")
# a sentence that opens on the product the text named before (该产品由X承保,保费…): the product's figures
THE_PRODUCT_OPENING = re.compile(r"\s*(?:该产品|这款产品|该款产品|此款产品|该险种|这款新品|该新品)")
# what the latter gives the one before it (后者将为其提供50亿元的授信): the figure is the receiver's, not the latter's
GIVEN_TO_IT = re.compile(r"[为向给对]其|为公司|向公司")
# 公司芯片已进入A、B的供应链,出货量…: the customers whose supply chain the company entered are not the subject
CUSTOMER_BEFORE = re.compile(r"(?:进入|打入|切入)(?:了)?$")
CUSTOMERS_LISTED = re.compile(r"(?:客户|服务过的品牌|服务的品牌|合作过的品牌|合作品牌)(?:已|已经|目前|主要)?[,，]?(?:覆盖|涵盖|包括|有|为|是)"
                              # (…or the stores its products entered: 产品已进入A,B等商超渠道,去年营收…)
                              r"|(?:产品|商品)(?:已|已经|目前|陆续|还|也)*(?:进入|进驻|入驻|铺进)(?:了)?"
                              # (…or the delivery platforms a shop went onto: 上线了外卖平台A和B,开业首日销量…)
                              r"|(?:上线|入驻|接入)(?:了)?(?:外卖平台|外卖|配送平台)")
LIST_OPENS = re.compile(r"\s?(?:其中)?(?:包括|包含|涵盖|比如|例如)")  # (…客户,包括A、B: the list goes on from the clause before)
SUPPLY_CHAIN_AFTER = re.compile(r"\s?(?:等)?(?:的)?(?:供应链|供应体系|采购体系)")
OWNED_NEXT = re.compile(r"\s?(?:的)?旗下[^,，。;；:：]{0,8}")
# a site a project is built at (在…国际机场投资建设): the names of sites end so
SITE_ENDS = ("机场", "港区", "园区", "开发区", "基地", "广场", "商场", "购物中心")
# an exchange a company applies to list on (X的北交所上市申请)
EXCHANGE_ENDS = ("交所", "交易所", "纳斯达克", "Nasdaq", "NASDAQ", "NYSE")
LISTING_AFTER = re.compile(r"\s?(?:主板|创业板|科创板)?(?:上市申请|IPO申请|上市|IPO|挂牌)")
# a seller a company buys from (向日本的X采购): named after 向/从, a place perhaps between
BOUGHT_FROM_BEFORE = re.compile(r"(?:向|从)(?:[\u4e00-\u9fff]{2,4}的)?$")
BOUGHT_AFTER = re.compile(r"\s?(?:等)?(?:采购|购买|进口|订购|进货)")
# a customer ranked as such (X为公司第一大客户) and the revenue it contributes (贡献收入约2.8亿元)
CUSTOMER_RANKED = re.compile(r"(?:为|是|作为)(?:公司|本公司|其)?(?:的)?(?:第[一二三四五六七八九十\d]{1,2}大|前[两二三四五六七八九十\d]{1,2}大|最大的?|主要|重要|核心)?客户"
                             r"|(?:第[一二三四五六七八九十\d]{1,2}大|最大的?)客户(?=\S{1,12}贡献)")  # (…第一大客户X贡献了32.6%)
REVENUE_CONTRIBUTED = re.compile(r"贡献(?:了)?(?:的)?(?:收入|营收|营业收入|销售收入|销售额)?(?:约|近|超过|逾)?$")
# what a recipient after 为 gets made or built for it (每年为X供应约10GWh电池, 为X建设200座充电站)
SUPPLIED = re.compile(r"\s?(?:供应|供货|提供|配套|代工|生产|建设|建造|搭建|定制|开发)")
# …but credit or a loan given to the recipient is the recipient's (为X提供不超过50亿元的综合授信), as is what a later
# clause says of it (…,支持其建设年产10GW的基地)
CREDIT_AFTER = re.compile(r"\s?(?:的)?(?:综合|意向性|专项|银行)?(?:授信|贷款|信贷|融资|资金支持)")
# a court's award (判令X…赔偿Y…): who pays is the subject of the sum, not who is paid (a claim is the claimant's)
AWARDED_BEFORE = re.compile(r"判令|判决|被判|裁定|责令")
# verbs of making, selling or using goods under a quoted name (生产销售"Y"凉茶, 使用"Y"标识), and kinds of goods or
# shops written right after one ("Y"加盟店): the quoted name is what the clause's subject has, no subject itself
MADE_OR_USED = ("生产销售", "生产", "销售", "使用", "推出")
QUOTED_GOODS_KIND = ("加盟店", "门店", "凉茶", "饮料", "名义", "的名义")
# …与沙特能源企业Y签署…: a partner named after 与 (a place or a description may come between)
PARTNER_BEFORE = re.compile(r"(?:^|[,，])(?:今年|去年|目前|如今)?[^,，。;；]{0,4}?(?:与|同|跟)[^,，。;；与同跟]{0,8}$")
# the partners of a deal listed with their roles (与供应商A、客户B开展交易)
ROLE_LIST_JOINER = re.compile(r"\s*(?:、|和|与|及|以及)\s*(?:其)?(?:客户|供应商|合作伙伴|经销商|代理商)?\s*")
DEALT_WITH_BEFORE = re.compile(r"(?:通过|经由|曾|已|先后)(?:与|同|跟)(?:其)?(?:客户|供应商|合作伙伴|经销商|代理商)?$")
# (中超球队X: a league before the kind of club it names describes the club)
LEAGUE_OF_CLUB = re.compile(r"\s?(?:联赛)?(?:球队|战队|俱乐部|球会)\s?")
# …和X的合作也在深化: 和 joins a partner, not a list item, when the partnership follows the name
PARTNER_AND_BEFORE = re.compile(r"(?:^|[,，])[^,，。;；]{0,4}?和$")
# a session held for the partner (主播X与品牌Y举行专场直播,当晚销售额…): what it sold is the partner's
SESSION_FOR = re.compile(r"[^,，。;；]{0,6}?(?:专场|品牌日|超级品牌日|品牌专场)")
COOPERATION_AFTER = re.compile(r"\s?(?:之间)?(?:的)?(?:深度|深入|战略|长期|全面)?合作(?!伙伴|对象|方)")
# X母公司Y, X的控股股东Y: Y owns X and the sentence goes on about Y
OWNER_NEXT = re.compile(r"\s?(?:的)?(?:母公司|控股股东|大股东|运营方|运营公司)\s?")
PLACE_TYPES = ("GPE", "LOC")
# a place that opens a clause with a public statistic (今年1-11月苏州土地出让金同比下降18%): the place's figure
PLACE_STATISTIC = re.compile(r"(?:\s|\d{4}年|今年|去年|前三季度|前\d{1,2}个?月|一季度|二季度|三季度|四季度|上半年|下半年|全年|同期|其中|此外|而|"
                             r"\d{1,2}(?:-\d{1,2})?月(?:份)?|\d{1,2}日|以来|期间|假期|假日|黄金周|国庆|春节|五一|元旦|端午|"
                             r"中秋|暑期|寒假)*$")
PUBLIC_STATISTIC = re.compile(r"(?:目前|现|现已|已)?(?:约|共|累计)?有(?=[^,，。;；]{0,12}?(?:企业|商家|卖家|商户|市场主体|人口|居民))|"
                              r"[^,，。;；]{0,6}?(?:预订量|预定量|订单量|客流|游客|接待游客|旅游收入|网络零售额|网上零售额|零售额|电商交易额|总产值|产值)|"
                              r"(?:的)?(?:土地|土拍|楼市|房价|新房|二手房|住宅|商品房|GDP|经济|社零|社会消费品|出口|进口|外贸|"
                              r"财政|人口|工业|全市|全省|固定资产投资|固投|规上工业|规模以上工业|招商引资|实际使用外资)")
# (…or "the plant": 该工厂总投资约73亿欧元, after X位于匈牙利德布勒森的电池工厂正式投产)
THE_PROJECT = re.compile(r"\s?(?:(?:该|这一|此|这个)?项目|(?:该|这座|这家|此)(?:工厂|基地|厂))")
THE_PLANT = re.compile(r"\s?(?:该|这座|这家|此)(?:工厂|基地|厂)")
INVESTED_BY_AGENT = re.compile(r"\s?(?:投资|出资|全资|独资|斥资)")
THE_PROJECT_OR_STORE_BY = re.compile(r"\s?(?:该|这一|此|这个|这座|这家)(?:项目|店|门店|酒店|商场|购物中心|工厂|基地)(?:由|是由)")
# (not 提供 alone: credit given is the recipient's; parts or goods provided are supplied)
RECEIVES_SUPPLY = re.compile(r"[^,，。;；]{0,14}?(?:供应|供货|配套|代工|提供[^,，。;；]{0,6}?(?:零部件|部件|配件|液压件|结构件|零件|"
                             r"原材料|材料|芯片|电芯|电池|模组|设备))")
SITE_AFTER = re.compile(r"\s?(?:加油站|门店|店铺|商场|园区|工厂|基地|网点|停车场|服务区)(?:内|里|中|旁)")
THE_STORE = re.compile(r"\s?(?:该|这家|此|新)(?:店|门店|分店|酒店|餐厅)")  # (该店共有客房186间: the brand whose store opened)
PROJECT_AFTER = re.compile(r"[^,，。;；!?！？]{0,8}?项目|[^,，。;；!?！？]{0,16}?(?:工厂|基地)")  # 氢途科技西部基地项目: the project's owner
STRONG_UNIT_KINDS = ("currency", "percent", "times")
FIRST_PERSON = re.compile(r"我们|我司|咱们|本公司")
# a name the speaker calls their company's own (X是我们的股东, X是我们最大的客户): the clause is about the name
OURS_AFTER_NAME = re.compile(r"(?:也|还|一直|已经)?(?:是|为|成为了?)(?:我们|我司|咱们)(?:的|公司的)")
SPEAKER_ORG_CONFIDENCE = 0.6
SPEAKER_TURN_CONFIDENCE = 0.45
SPEAKER_LABEL_END = re.compile(r"\s*[^\s:：,，。]{1,12}(?:[(（][^()（）\n]{1,24}[)）])?[:：]")  # 朔言: opening a turn
# the company (named, or 公司, 我们 …) and then the platform it meets its users on
MET_ON = re.compile(r"(?:今年|去年|目前|已经|已)?(?:在|通过)\s?$")
USERS_OWNERS = ("公司", "我们", "集团", "品牌", "平台")
FORECAST_BEFORE = re.compile(r"(?:分析师|研究员|研报|报告)[^,，。;；]{0,12}?(?:预计|预测|认为|指出|估计|表示)[,，:：]?$")
THE_COMPANY = re.compile(r"\s?(?:(?:去年|今年|前年|明年|全年|上半年|下半年|目前|当年|同期|(?:今年)?前三季度|第?[一二三四]季度|"
                         r"\d{4}年(?:上半年|下半年|全年|前三季度)?)\s?)?"
                         r"(?:公司|集团|本公司|本行|该行|我行)(?!的?(?:创始人|员工|高管|股东|客户|人士))")
THE_BRAND = re.compile(r"\s?(?:(?:去年|今年|前年|全年|上半年|下半年|目前|当年|同期|\d{4}年(?:上半年|下半年|全年)?)\s?)?"
                       r"品牌(?!方|的?(?:创始人|员工|高管|股东|客户|人士|负责人|代言人))")
COMPANY_REF_CONFIDENCE = 0.55
SHARE_OF_THE_COMPANYS = re.compile(r"占(?:公司|本公司|上市公司)[^,，。;；]{0,24}?(?:营业收入|营收|收入|净利润|总资产|净资产)的?(?:比例为|比重为)?$")
CARD_CONFIDENCE = 0.6
# the company's own shares a holder sells (持有的公司…股份): their price is the company's
COMPANY_SHARES_SOLD = re.compile(r"(?:持有的|所持的?|持有)(?:公司|本公司|上市公司)(?:[\d.]+万?股)?(?:股份|股权|股票)?")
COMPANY_SHARES_CONFIDENCE = 0.7
SHARE_PRICE_METRICS = ("deal-value", "share-price")
# a list item's name takes a figure from what an earlier clause or sentence names, not from what the figure's own
# clause says it is about (1、X:拟以12亿元收购Y 51%股权: the price is Y's)
ITEM_OVER_CONFIDENCE = 0.8
# when a sentence's news is, as a clause of its own before it (截至本公告披露日, 截至2026年9月末,)
COMPANY_AS_OBJECT = re.compile(r"(?:是|为|系|成为)(?:公司|本公司)(?:的)?(?:第[一二三四五]大|最大的?|主要|重要|核心)?(?:客户|供应商|股东|经销商|合作伙伴)")
POST_HELD_AT = re.compile(r"(?:曾任|担任|出任|兼任|现任|任职于)$")
SIZE_BEFORE = re.compile(r"(?:总规模|规模|注册资本|总投资|资产规模|管理规模)(?:为|达|约|达到)?")
# (…or a period a report covers: 今年前三季度,集团实现营收…)
DATE_CLAUSE = re.compile(r"\s?(?:截至[^,，;；。]{1,16}|(?:今年|去年|前年|\d{4}年)(?:前三季度|上半年|下半年|全年|前\d{1,2}个月|第?[一二三四]季度|1-\d{1,2}月)?"
                         r"|前三季度|上半年|下半年|报告期内|第?[一二三四]季度)[,，]")
# a change written right after an amount (成交额超过8亿元,同比增长45%): the amount's change, so its subject's,
# whoever the change's own metric would let be a subject (a streamer's sales grew)
CHANGE_SINCE = r"较(?:上年同期|去年同期|上年末|上年|去年|年初|上月|上季度|\d{4}年(?:同期|底|末)?)"
CHANGE_GAP = re.compile(r"\s?[,，]?\s?(?:" + CHANGE_SINCE + r"|同比|环比)?")
CHANGE_WORD = re.compile(CHANGE_SINCE + r"|同比|环比")
CHANGE_METRICS = ("growth", "decline")
# the company's own channel on a platform (其微信小程序, 自有的抖音小店)
OWN_CHANNEL_BEFORE = re.compile(r"(?:其|自有的?|自家的?|公司的?|品牌的?|官方)\s?$")
OWN_CHANNEL_AFTER = re.compile(r"\s?(?:小程序|公众号|视频号|App|APP|app|小店|店铺|旗舰店|直播间|商城)")
# a seller's shop on a platform (天猫旗舰店, 京东自营店): what the shop sells is the seller's
SHOP_ON_PLATFORM = re.compile(r"\s?(?:官方)?(?:旗舰店|专卖店|自营店|官方店|店铺|网店)(?:的)?(?:GMV|销售额|成交额|销量|营收|收入|订单)")
BELONGS_TO = re.compile(r"(?:隶属于|隶属|归属于|从属于)(?:[\u4e00-\u9fff]{0,8}?(?:集团|公司|巨头))?$")
# (…unless the next clause takes the owner up: X隶属于Y,该公司由Z于2019年创立)
OWNER_TAKEN_UP = re.compile(r"[,，]\s?(?:该公司|该集团|这家公司|该企业|后者)")
# a kind of body opening the figure's clause (目前合作社的复购率…): the body of that kind named last
KIND_OPENING = re.compile(r"\s?(?:目前|今年|去年|如今|现在|当前|据悉)?(?:该|这家|这个|本届|这届|该届|今年的|(?:合并后|重组后)的新|新)?"
                          r"(合作社|俱乐部|医院|银行|集团|协会|商会|联合会|学会|音乐节|艺术节|电影节|戏剧节|马拉松|博览会|乐园|景区|度假区|(?<=该)基金|(?<=这只)基金)|"
                          r"\s?(?:这也是|这是|也是)?(?:目前|今年|去年|如今|现在|当前)?(?:该|这款|此款|这个|该款)(?:[^,，。;；]{0,12}?的)?(?:旗舰|新款|高端|入门)?"
                          r"(游戏|产品|应用|App|APP|车型|手机|新品|机型|笔记本|平板|品牌)|"
                          r"\s?(?:目前|今年|去年|如今|现在|当前|据悉)?(?:该|这家|这个)?(平台|合资公司|合资企业)(?![上下方化型内外])")
# a model number written right after its maker's name (琨岳Z30, 岚图FREE 318): the maker named for its product
MODEL_AFTER = re.compile(r"\s?[A-Za-z]{0,6}\d")
KIND_REF_CONFIDENCE = 0.7
# a registered name's legal form, past which its kind shows (X交通港航集团|有限公司 … 合并后的新集团; not
# gazetteer.LEGAL_FORM, which takes 集团 with it)
REGISTERED_TAIL = re.compile(r"(?:股份)?有限(?:责任)?公司$")
# 陆某表示,公司去年营收…: reported speech whose clause says 公司 (or 我们, 该行) speaks for the speaker's organisation
REPORTED_SPEECH = re.compile(r"\s?(?:在[^,，。;；]{1,12}?(?:时|上|中)|对记者|向记者)?(?:表示|介绍|透露|称|指出|坦言|强调|提到|说)"
                             r"(?:道)?[,，:：]")
SPEAKERS_COMPANY = re.compile(r"(?:\d{4}年度?|今年|去年|明年|目前|预计)?(?:公司|集团|本公司|我们|我司|该行|本行|我行)(?!的?(?:客户|股东|员工|供应商))")
REPORTED_SPEECH_CONFIDENCE = 0.7
OUR_OWN = re.compile(r"(?:^|(?<=[,，:：]))\s?(?:这一年,|今年,|去年,)?(?:我们|我司)(?:的)?")
# a decision's party: the field that names it, and the word that stands for it after
PARTY_FIELD = re.compile(r"(?m)^[ \t]*当事人(?:名称)?[:：][ \t]*")
PARTY_REF = re.compile(r"当事人(?![:：])")
# the parties of a suit by their roles (原告, 被告), which its opening names around 诉 (A公司诉B公司…一案)
SUIT_ROLE = re.compile(r"(?m)(?:^|(?<=[,;:，；：。!?！？]))(原告|被告)(?![人:：])")
# what stands between the two parties of a suit (A诉B, "A"诉"B")
SUED_BETWEEN = re.compile(r"[”\"」』]?诉[“\"「『]?")
# a mark a party is said to copy, quoted after 与 (使用与"X"高度近似的标识): no party of the clause
MARK_COPIED_BEFORE = ("与“", "与\"", "与「", "和“", "和\"")
WHOLE_PLACE = re.compile(r"(?![^,，。;；:：]{0,6}?(?:负责|覆盖|服务|建设|运营|投资|管理|承担|承建|连接|辐射))"
                         r"[^,，。;；:：]{0,6}?(?:全市|全省|全县|全区|全州)")
WHOLE_PLACE_CONFIDENCE = 0.65
KIND_LOOKBACK = 8  # a kind word stands for its body across a whole passage, not only the sentences just before
BULLET = re.compile(LIST_MARK + r"(?=\S)")
DATED_ITEM = re.compile(r"[ \t]*\d{4}年(?:\d{1,2}月)?[:：](?=\S)")
FIELD_LINE = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}[:：][^\n]{1,40}$", re.M)  # a form's key: value line
HEADING_LINE = re.compile(r"[^\n:：,，。]{0,3}[\u4e00-\u9fff]{2,8}[:：]?")  # (加盟优势: a heading on a line of its own)
LINE_LABEL = re.compile(r"[^\n:：,，。\u4e00-\u9fff]{0,3}[\u4e00-\u9fff]{2,6}[:：]")  # (💡价格: a note's labelled line)
PRICE_FIELD_LINE = re.compile(r"[ \t\u3000]*[^\s\u4e00-\u9fffA-Za-z0-9]{0,2}(?:价格|售价|定价|零售价|到手价|人均|客单价)[:：]")


def _straddles(text: str, at: int, words: tuple[str, ...]) -> bool:
    """One of the words runs across `at`: the figure's span took its head and the text goes on with the rest
    (2020年在杭州成立|了X: the span ends at 成立, the word 成立了 names X as what was founded)."""
    return any(text.endswith(w[:k], 0, at) and text.startswith(w[k:], at) for w in words for k in range(1, len(w)))


def _named_only_after(eid: str, fig: Figure, mentions) -> bool:
    """The entity is named in the figure's sentence after the figure and not before it (我们2020年在杭州成立了X公司:
    X, which the figure is about, comes after the 我们 that opens the sentence)."""
    return (any(c[1] == eid and c[0].start >= fig.end for c in mentions)
            and not any(c[1] == eid and c[0].end <= fig.start for c in mentions))


def _its_later_clause(text: str, after: int, fig_start: int) -> bool:
    """The figure's clause comes after a clause break past `after` and refers back with 其 (支持其建设…)."""
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, after, fig_start)]
    return bool(breaks) and "其" in text[breaks[-1]:fig_start]


# an agent of 由 described before its name (X由瑞典家具公司Y于1987年创立): between the subject and the agent
BY_DESCRIBED_AGENT = re.compile(r"(?:是|则|系)?由[\u4e00-\u9fff]{0,8}?(?:公司|集团|企业|巨头)")


def _held_by_agent(text: str, end: int, metric) -> bool:
    """A stake figure after an agent of 由 that holds (X由Y控股,持股比例为85%): the holding is the agent's."""
    return metric is not None and metric.metric == "stake" and HELD_BY_AGENT.match(text, end) is not None


def _listing_clause_start(text: str, sent_from: int, pos: int) -> int:
    """Where the clause holding pos starts, or the clause before it when this one only goes on with a list."""
    starts = [sent_from] + [b.end() for b in CLAUSE_BREAK.finditer(text, sent_from, pos)]
    return starts[-2] if len(starts) > 1 and LIST_OPENS.match(text, starts[-1]) else starts[-1]


def _first_listed(text: str, item: Mention, named) -> int:
    """Where the list holding `item` starts among the sentence's names (A,B等 or A、B和C: A), or where `item` does."""
    starts = sorted({c[0].start: c[0] for c in named}.items())
    k = next((j for j, (s, _) in enumerate(starts) if s == item.start), None)
    if k is None:
        return item.start
    while k > 0 and PARTNERS_JOINER.fullmatch(text, starts[k - 1][1].end, starts[k][0]):
        k -= 1
    return starts[k][0]


def _list_item(text: str, start: int) -> bool:
    """The sentence at `start` is an item of a list: it opens with a bullet or a number, or opens right after the
    bullet its line starts with (sentences start past a bullet: ● 研发投入…)."""
    if BULLET.match(text, start) or DATED_ITEM.match(text, start):
        return True  # (…or with the year it is dated: 2018年:获得X领投的A轮融资)
    line = text.rfind("\n", 0, start) + 1
    m = BULLET.match(text, line)
    return m is not None and m.end() == start
LOOKBACK = 3
PLATFORM_LOOKBACK = 2


# a former employer in a person's description (由前Google工程师A, 原字节跳动副总裁B), not 目前/此前/日前 …
# the customers, suppliers … a company lists (客户包括X和Y): objects of its sentence, no subject of the clause after
LISTED_PARTNERS = re.compile(r"(?:客户|供应商|合作伙伴|合作方|竞争对手|竞争者|对手|债权银行|贷款银行|合作银行|授信银行)(?:主要)?(?:还|也)?(?:分别)?(?:包括|包含|涵盖|覆盖|有|为|是)(?:了)?$")
# (…and whom goods are sold to: 生鲜乳主要销售给A和B,其中…占比约六成: the seller's)
SOLD_TO_LIST_BEFORE = re.compile(r"(?:销售给|供应给|供货给|卖给|提供给|出售给|(?:主要|长期|稳定)供应)$")
# (…and where goods come from: 来自A、B和C的授权商品占比超过六成,今年销售额…: the seller's)
SOURCED_FROM = re.compile(r"(?:来自|源自|出自)$")
REVENUE_FROM_AFTER = re.compile(r"(?:等)?(?:客户)?的(?:收入|营收|营业收入|销售额|销售收入|订单|采购额)")
# (…and investors listed, whatever stands between: 投资方包括A和B旗下的C,最新估值…: the company's valuation; a
# registry's new holder: 新增股东X,注册资本由…增至…; cornerstones an IPO brings in: 本次IPO引入了A和B,合计认购…)
INVESTORS_LISTED = re.compile(r"(?:投资方|投资人|投资机构|出资方)(?:主要|还|则)?(?:包括|包含|有)(?:了)?|(?:新增|新进|新晋)(?:股东|投资人|投资方)"
                              r"|(?:IPO|发行|上市)(?:共|还)?引入(?:了)?")
# an investor named in a round (由X领投的, X跟投): who invested, not what the sentence goes on about
INVESTED_AFTER = re.compile(r"(?:等)?(?:机构)?(?:联合)?(?:领投|跟投|参投|独家投资|投资的)")
# a company money is put into (X向Y投资50亿元,持股约15%): not the holder of the stake after it
INVESTED_IN_AFTER = re.compile(r"(?:进行|追加)?(?:了)?(?:战略|股权)?(?:投资|注资|增资)")
# the platforms a brand grew on (依靠抖音和天猫起家): not the seller of the figures after them
GREW_ON_BEFORE = re.compile(r"(?:依靠|借助|凭借|靠)$")
GREW_ON_AFTER = re.compile(r"(?:等)?(?:平台|渠道|电商)?(?:上)?(?:起家|起步|发家|走红|崛起|成长起来|打开市场)")
# the partners of a cooperation (我们在和京东、天猫做深度合作,线上销售额占比…): the clause after it is the subject's
# (…with a kind of partner between: 与达人X合作过两场专场直播)
PARTNERED_BEFORE = re.compile(r"(?:和|与|跟|同)(?:达人|主播|机构|平台|品牌|企业|公司|当地的|本地的)?$")
# (…with a kind of partner or of partnership between: 与A、B等电池企业建立回收合作; or something built together:
# 我们和X大学共建了一个实验室)
PARTNERED_AFTER = re.compile(r"(?:等)?(?:[\u4e00-\u9fff]{0,4}?(?:平台|企业|公司|品牌|厂商|车企|药企|商家|机构))?"
                             r"(?:(?:做|进行|开展|展开|达成|保持|建立|有)?(?:了)?"
                             r"(?:深度|深入|密切|长期|战略|全面|紧密|联名|跨界|[\u4e00-\u9fff]{2,4}(?=合作))?(?:的)?合作"
                             r"|(?:共建|合建|共同建设|共同建立|联合建立|共同成立|联合成立)(?:了)?)")
# rivals a clause says its subject faces (X仍面临A和B的激烈竞争): no subject of the clauses after it
FACED_BEFORE = re.compile(r"(?:面临|面对|遭遇|受到)(?:着)?(?:来自)?$")
FACED_AFTER = re.compile(r"(?:等)?[^,，。;；!?！？]{0,8}?的(?:激烈|巨大|强烈|正面|直接|残酷)?(?:竞争|挑战|冲击|围剿)")
# …or the rivals a clause says its subject competes with (X主要与A、B在中端市场竞争)
RIVALLED_AFTER = re.compile(r"(?:等)?(?:品牌|企业|公司|对手)?[^,，。;；!?！？]{0,10}?(?:展开|形成|直接|正面)?(?:竞争|角逐|争夺|抢夺)")
# …or the adviser a listing names by its role (IPO申请已获受理,保荐机构为X,拟募资18亿元)
ADVISER_ROLE_BEFORE = re.compile(r"(?:保荐机构|保荐人|主承销商|联席主承销商|承销商|财务顾问|法律顾问|审计机构)(?:均)?(?:为|是)$")
# an answer that opens naming what it was asked for (问:外卖主要在哪些平台? / 答:主要是美团和饿了么,外卖订单占四成):
# the names are what the speaker's company uses, no subject of the clauses after them
ANSWER_COMPLEMENT_BEFORE = re.compile(r"(?:^|[:：])\s*(?:主要|基本上?|大部分|大多|目前|现在)*(?:是|有|就是)$")
# channels an answer opens on with their shares (天猫和抖音加起来占到七成左右,京东大概15%), asked for by the question
# before it (现在主要的销售渠道有哪些?): shares of the speaker's company's sales, not the platforms' own
CHANNEL_SHARE_AFTER = re.compile(r"(?:渠道)?(?:加起来|加在一起|合计|一共|总共|分别|各)?(?:能)?(?:占比|占到?|占了|大概|大约|差不多|约)")
# (…or for the sales the answer splits: 现在的销售规模有多大? / 答:…天猫大概占45%,抖音占30%左右)
CHANNEL_QUESTION = re.compile(r"渠道|平台|在哪(?:里|儿)?卖|哪些地方卖|销售(?:规模|额|情况|结构)|卖得怎么样|GMV|营收")
# channels a clause names as parts of the seller's sales, after the sales it splits (品牌的线上销售中,天猫占比约45%,
# 抖音约40%): shares of the seller's sales, not the platforms' own
SALES_SPLIT_BEFORE = re.compile(r"(?:销售|销售额|收入|营收|GMV|订单|销量)(?:结构|构成)?(?:中|里|当中|之中)[,，]"
                                r"(?:[^,，。;；]{1,16}?[,，])?\s?$")
# (…also in the clause the partners act in together: 与A、B合作开设了超过800家专卖店: the stores are the subject's)
JOINT_ACTION_AFTER = re.compile(r"(?:在[^,;。，；]{1,8}?)?(?:开设|开出|开了|推出|打造|建设|共建|运营)")
# the parts a total is split into (其中中端品牌A和B的门店合计占比53%): their share is of the whole's owner
AMONG_BEFORE = re.compile(r"其中(?:[\u4e00-\u9fff]{0,4}?品牌)?$")
PART_OF_TOTAL_AFTER = re.compile(r"(?:的)?(?:门店|门店数|门店数量|收入|营收|销量|销售额|间夜量?)(?:合计|共|一共)?(?:占比|占)")
# (…or a name alone right after a total of the seller's sales: GMV约2.6亿元,其中抖音占比超过40%; not a market's total,
# whose shares are the players' own: 外卖市场规模…,其中美团占比约65%)
SALES_TOTAL_BEFORE = re.compile(r"(?:GMV|销售额|成交额|销量|营收|营业收入|收入|卖了)(?:(?!市场)[^。;；!?！？\n]){0,30}?[,，]$")
BARE_SHARE_AFTER = re.compile(r"(?:加起来|合计|一共|分别|各)?(?:已经|已|约|大约|大概|超过|接近|近)*(?:占比|占)")
# the subsidiary a parent acts through (公司拟通过全资子公司X在越南投资…): the parent's figures, not the vehicle's
VEHICLE_BEFORE = re.compile(r"通过(?:其|公司)?(?:全资|控股|间接全资)?(?:子公司|孙公司)$")
# (…or what the cooperation does for the company: 与Y的合作将使公司产能利用率提升至90%以上)
PARTNERSHIP_MAKES_COMPANY = re.compile(r"(?:将|会|能|可|有望)?(?:使|让|帮助|推动|助力)(?:公司|其|我们|集团)")
FORMER_EMPLOYER = re.compile(r"(?<![目此之提以当日眼年先事])(?:前|原)$")


def attach_figures(analysis: Analysis, mention_entities: dict[tuple[int, int], str],
                   entity_types: dict[str, str], speaker_orgs: dict[str, str] | None = None,
                   people_orgs: dict[str, str] | None = None) -> list[Observation]:
    """speaker_orgs: a transcript speaker's name as written → their organisation, what their 我们 stands for;
    people_orgs: a person entity → their organisation, what 我们 stands for in a quotation credited to them (both
    from `relations.people_and_speaker_organisations`)."""
    text = analysis.rule_text
    sentences = analysis.sentences
    sstarts = [s.start for s in sentences]
    by_sentence: dict[int, list[tuple[Mention, str, str]]] = {}
    for m in sorted(analysis.mentions, key=lambda m: (m.start, m.end)):
        eid = mention_entities.get((m.start, m.end))
        etype = entity_types.get(eid, "") if eid else ""
        if not eid or not etype:
            continue
        si = m.sentence if 0 <= m.sentence < len(sentences) else _sentence_of(sstarts, m.start)
        by_sentence.setdefault(si, []).append((m, eid, etype))
    unit_kinds = default_lexicon().unit_kind

    out = []
    main_orgs: dict[tuple[str, ...], tuple[str, float] | None] = {}
    company_refs: dict[tuple[str, ...], tuple[str, float] | None] = {}
    brand_refs: dict[tuple[str, ...], tuple[str, float] | None] = {}
    seller_views: dict[str, dict] = {}  # metric id → the mentions with its sellers standing as organisations
    respective = _respectively(text, analysis.figures, sentences, sstarts, by_sentence)
    party = _the_party(text, by_sentence)
    suit = _suit_parties(text, by_sentence)
    in_order = [x for si in sorted(by_sentence) for x in by_sentence[si]]
    in_order_starts = [x[0].start for x in in_order]
    # (whose filing the text is, or whose announcement it reports: only asked for by the price of shares sold)
    announcer = None
    if any(f.metric in SHARE_PRICE_METRICS for f in analysis.figures):
        named = [(x[0], x[1]) for x in in_order]
        announcer = filer_of(text, named) or announcer_of(text, named)
    cards = profile_cards(text, in_order)
    previous: Observation | None = None
    table_subjects: dict[int, tuple[str, float]] = {}  # a table's first row → whom its first attached figure is about
    for fig in analysis.figures:
        metric = metric_info(fig.metric) if fig.metric else None
        if metric is None and unit_kinds.get(fig.unit) not in STRONG_UNIT_KINDS + ("count", "quantity", "area"):
            continue  # durations and bare numbers say nothing about an entity
        # (a count of shares with no metric may be a person's holding: 柏澈直接持有公司股份35万股)
        about = metric.about if metric else ("ORG", "BRAND", "PERSON") if fig.unit == "shares" else ("ORG", "BRAND")
        platform_metric = bool(metric and metric.platform)
        si = fig.sentence if 0 <= fig.sentence < len(sentences) else _sentence_of(sstarts, fig.start)
        if about not in main_orgs:
            main_orgs[about] = _company_behind(
                analysis, mention_entities, entity_types, _main_organisation(analysis, mention_entities, entity_types, about))
            # (公司 written out as a clause's subject stands for the company named twice when none else is: the
            # threshold the relations use for it)
            company_refs[about] = main_orgs[about] or _main_organisation(
                analysis, mention_entities, entity_types, about, min_mentions=2)
            # (品牌 written out so stands for the brand itself, not the company behind it)
            brand = _main_organisation(analysis, mention_entities, entity_types, about, min_mentions=2)
            brand_refs[about] = brand if brand is not None and entity_types.get(brand[0]) == "BRAND" else None
        found = respective.get((fig.start, fig.end))
        if found is not None and entity_types.get(found[0]) not in about:
            found = None
        if (found is None and fig.metric in CHANGE_METRICS and previous is not None
                and previous.figure.metric not in CHANGE_METRICS and previous.figure.end <= fig.start
                and CHANGE_GAP.fullmatch(text, previous.figure.end, fig.start)
                and CHANGE_WORD.search(text, previous.figure.end, fig.start + 2)):
            found = previous.about, previous.confidence
        if found is None:
            if metric is not None and metric.metric not in seller_views:
                seller_views[metric.metric] = _with_sellers(text, by_sentence, metric)
            mentions = seller_views[metric.metric] if metric is not None else by_sentence
            # (the organisation of the turn's speaker, for a metric about organisations)
            turn_org = (speaker_orgs or {}).get(sentences[si].speaker or "") if 0 <= si < len(sentences) else None
            if entity_types.get(turn_org) not in about or about[0] not in ("ORG", "BRAND"):
                turn_org = None
            found = _attach_one(text, fig, si, sentences, mentions, about, platform_metric, metric, main_orgs[about],
                                turn_org, company_refs[about], brand_refs[about])
        if (fig.metric in SHARE_PRICE_METRICS and announcer is not None and 0 <= si < len(sentences)
                and COMPANY_SHARES_SOLD.search(text, sentences[si].start, fig.start)):
            # (X拟将其持有的公司12%股份以每股18.6元转让给Y,转让总价约8.93亿元: the price of the company's shares, the
            # company whose filing, or whose announcement a report gives, the text is)
            found = announcer, COMPANY_SHARES_CONFIDENCE
        if (card := card_at(cards, fig.start)) is not None and card.type in about:
            clause = _clause_start(text, fig.start)
            if not any(c[2] in ("ORG", "BRAND") and clause <= c[0].start and c[0].end <= fig.start
                       for c in by_sentence.get(si, ())):
                found = card.entity, CARD_CONFIDENCE  # 2. X / 最新进展:11月完成3亿元A轮融资: the card's organisation's
        elif (found is None or found[1] < ITEM_OVER_CONFIDENCE) and (
                head := item_head_at(text, fig.start, in_order, in_order_starts)) is not None and head[2] in about:
            clause = _clause_start(text, fig.start)
            if not any(c[2] in ("ORG", "BRAND") and clause <= c[0].start and c[0].end <= fig.start
                       for c in by_sentence.get(si, ())):
                found = head[1], CARD_CONFIDENCE  # 1.X:…它是Y旗下的品牌,专柜价298元: the item's, not Y's
        if (party is not None and entity_types.get(party) in about and 0 <= si < len(sentences)
                and (PARTY_REF.search(text, sentences[si].start, fig.start)
                     or not any(c[2] in ("ORG", "BRAND") for c in by_sentence.get(si, ())))):
            # 当事人的违法所得为…, 本局决定:没收违法所得…: the party a decision's form names, when the sentence names
            # it or no other organisation
            found = party, KIND_REF_CONFIDENCE
        if suit and 0 <= si < len(sentences) and (role := _suit_role_before(text, fig, sentences[si].start)) and (
                (eid := suit.get(role.group(1))) is not None and entity_types.get(eid) in about
                and not any(c[2] in ("ORG", "BRAND") and role.end() <= c[0].start < fig.start
                            and not text.endswith(MARK_COPIED_BEFORE, 0, c[0].start)
                            for c in by_sentence.get(si, ()))):
            found = eid, KIND_REF_CONFIDENCE  # 被告成立于2019年: the party the suit's opening names so
            # (…past a mark it is said to copy: 被告使用与"X"高度近似的标识,累计发展加盟门店126家)
        if (suit and (awarded := suit.get("原告")) is not None and entity_types.get(awarded) in about
                and AWARDED_TO_PLAINTIFF.search(text, max(0, fig.start - 64), fig.start)):
            found = awarded, KIND_REF_CONFIDENCE  # 判令被告…赔偿原告经济损失及合理开支共计380万元: what the plaintiff won
        # (…not when the subject is named after the figure: 我们2020年在杭州成立了X公司 is X's founding)
        if found is not None and not _named_only_after(found[0], fig, by_sentence.get(si, ())) and (
                late := _speaker_after_names(text, fig, si, sentences, by_sentence, speaker_orgs)):
            if entity_types.get(late) in about:
                found = late, SPEAKER_ORG_CONFIDENCE  # 霸王茶姬主打…,我们更偏水果茶,客单价…13元: the speaker's
        if (found is None or found[1] < REPORTED_SPEECH_CONFIDENCE) and people_orgs and (
                reported := _reported_speaker_org(text, fig, si, sentences, by_sentence, people_orgs)):
            if entity_types.get(reported) in about:
                found = reported, REPORTED_SPEECH_CONFIDENCE
        if found is None or found[1] < SPEAKER_ORG_CONFIDENCE:
            # the speaker's own company (王宁：…我们的会员数超过2600万), before older sentences' topics; a
            # figure in the turn that names no one is most likely the speaker's company's too
            org, conf = _speaker_org(text, fig, si, sentences, speaker_orgs or {})
            if org is None:
                org, conf = _quoted_speaker_org(text, fig, by_sentence, people_orgs or {})
            if conf == SPEAKER_TURN_CONFIDENCE and about[0] not in ("ORG", "BRAND"):
                org = None  # a metric mostly about people (粉丝) in a turn: some creator's, not the company's
            if org and entity_types.get(org) in about and (found is None or found[1] < conf):
                found = org, conf
        # (a figure in a table's row, where the rows before found whom the table is about: the same one, however far
        # the rows run from the text that named it)
        # (not in a table whose rows name their own: a column of holders)
        table = _table_start(sentences, si)
        if table is not None and found is None and not by_sentence.get(si):
            found = table_subjects.get(table)
        elif table is not None and found is not None and table not in table_subjects:
            table_subjects[table] = found
        previous = None
        if found:
            eid, conf = found
            previous = Observation(fig, analysis.document.doc_id, eid, round(conf, 2))
            out.append(previous)
    return out


def _table_start(sentences, si: int) -> int | None:
    """The index of the first row of the Markdown table whose row is sentence `si`, or None outside a table."""
    if not 0 <= si < len(sentences) or not is_markdown_row(sentences[si].text):
        return None
    while si > 0 and is_markdown_row(sentences[si - 1].text):
        si -= 1
    return si


def _suit_parties(text: str, by_sentence) -> dict[str, str]:
    """原告 and 被告 → the entities a suit's opening names before and after 诉 (A公司诉B公司…一案), or nothing."""
    # (…the two quoted too: "A"诉"B"商标侵权案; a brand names a party as its company does)
    names = sorted((m.start, m.end, eid) for cs in by_sentence.values() for m, eid, t in cs
                   if t in ("ORG", "PERSON", "BRAND"))
    for (_, end, plaintiff), (start, _, defendant) in zip(names, names[1:]):
        if SUED_BETWEEN.fullmatch(text, end, start):
            return {"原告": plaintiff, "被告": defendant}
    return {}


def _suit_role_before(text: str, fig: Figure, sent_start: int):
    """The last 原告 or 被告 opening a clause of the figure's sentence before it, or None."""
    return next(reversed(list(SUIT_ROLE.finditer(text, sent_start, fig.start))), None)


def _the_party(text: str, by_sentence) -> str | None:
    """The entity a decision's form names as 当事人 (当事人:X有限公司), what 当事人 stands for in its text."""
    field = PARTY_FIELD.search(text)
    if field is None:
        return None
    return next((eid for cs in by_sentence.values() for m, eid, _ in cs if m.start == field.end()), None)


def _respectively(text: str, figures, sentences, sstarts: list[int],
                  by_sentence) -> dict[tuple[int, int], tuple[str, float]]:
    """A和B分别…X和Y: the listed mentions take the listed figures in order (阿里巴巴和美团分别被处以182亿元和34亿元
    罚款). Only when the list before 分别 and the figures after it, in the same sentence, are equally many."""
    out: dict[tuple[int, int], tuple[str, float]] = {}
    for m in RESPECTIVELY.finditer(text):
        si = _sentence_of(sstarts, m.start())
        if si < 0 or si >= len(sentences):
            continue
        sent_end = sentences[si].end
        before = [c for c in by_sentence.get(si, ()) if c[0].end <= m.start() and c[2] not in PLACE_TYPES]
        if not before:
            continue
        # (双方分别…: "both" names the pair joined by 与 before it, a description allowed between: A与日本运营商B)
        both = BOTH_BEFORE.search(text, max(sentences[si].start, m.start() - 3), m.start())
        joiner = DESCRIBED_JOINER if both else PARTNERS_JOINER  # (A,B和C分别认购…: half-width commas too)
        items = [before[-1]]  # the list that ends nearest before 分别, walked back over its joiners
        for c in reversed(before[:-1]):
            if not joiner.fullmatch(text[c[0].end:items[0][0].start]):
                break
            items.insert(0, c)
        if both and len(items) != 2:
            continue
        # the list's own clause, or the next one when it names nothing else (A和B分列第二、第三,份额分别为X和Y)
        # (…and the clauses after that, while each is another 分别 of the same list: 装车量分别为…,份额分别为…)
        earlier = len(RESPECTIVELY.findall(text, items[-1][0].end, m.start()))
        if len(items) < 2 or len(CLAUSE_BREAK.findall(text, items[-1][0].end, m.start())) > 1 + bool(both) + earlier or re.search(
                r"[；;：:。！？!?\n]", text[items[-1][0].end:m.start()]):
            continue
        # (a figure's span may open with its metric word before 分别: 营收分别为10亿元)
        after = [f for f in figures if f.end > m.end() and items[-1][0].end <= f.start < sent_end]
        # a break in the figures' list (之后, a clause break) ends it
        listed = after[:1]
        for f in after[1:]:
            if not RESPECTIVE_GAP.fullmatch(text[listed[-1].end:f.start]) or (
                    f.metric and listed[0].metric and f.metric != listed[0].metric):
                break  # (…持股60%和40%,总投资约180亿元: another metric is another statement)
            listed.append(f)
        if len(listed) == len(items) and len({eid for _, eid, _ in items}) == len(items):
            for (_, eid, _), f in zip(items, listed):
                out[(f.start, f.end)] = (eid, 0.8)
    return out


def _with_sellers(text: str, by_sentence, metric):
    """The mentions, where a person the text calls a seller of the metric's kind (主播"小栗子") stands as one:
    a streamer's GMV is hers, not the platform's (the type only decides who may be the subject)."""
    if metric is None or not metric.sellers_before:
        return by_sentence
    sellers = {eid for cs in by_sentence.values() for m, eid, et in cs if et == "PERSON" and text[
        max(0, m.start - 8):m.start].rstrip(" “\"「『").endswith(metric.sellers_before)}
    if not sellers:
        return by_sentence
    return {si: [(m, eid, "BRAND" if eid in sellers else et) for m, eid, et in cs] for si, cs in by_sentence.items()}


def _speaker_org(text: str, fig: Figure, si: int, sentences, speaker_orgs: dict[str, str]) -> tuple[str | None, float]:
    """The organisation of the turn's speaker, and how sure: more when the figure's clause speaks for it in the
    first person (我们的会员数, not 我们可以看到，10万粉丝的创作者)."""
    if not speaker_orgs or not 0 <= si < len(sentences):
        return None, 0.0
    sent = sentences[si]
    org = speaker_orgs.get(sent.speaker or "")
    narrated = False
    if not org and sent.speaker is None and quotation_around(text, fig.start, fig.end) is None:
        org, narrated = speaker_orgs.get(NARRATOR), True  # (a signed notice's 我们: its signer's company)
    if not org:
        return None, 0.0
    clause = max((m.end() for m in CLAUSE_BREAK.finditer(text, sent.start, fig.start)), default=sent.start)
    # 我们 opening the sentence is the subject its later clauses continue (我们更关心单店，日均营业额在8000元)
    speaks = FIRST_PERSON.search(text, clause, fig.start) or FIRST_PERSON.match(text, sent.start)
    if narrated:  # (the narrator's sentences with no 我们 before the figure are about whatever they name)
        return (org, SPEAKER_ORG_CONFIDENCE) if FIRST_PERSON.search(text, sent.start, fig.start) else (None, 0.0)
    return org, SPEAKER_ORG_CONFIDENCE if speaks else SPEAKER_TURN_CONFIDENCE


def _speaker_after_names(text: str, fig: Figure, si: int, sentences, by_sentence,
                         speaker_orgs: dict[str, str] | None) -> str | None:
    """The turn's speaker's organisation when the speaker says 我们 after the last name of the figure's sentence
    and before the figure (X主打…,我们更偏水果茶,客单价大概在13元): the subject has changed to the speaker's side."""
    if not speaker_orgs or not 0 <= si < len(sentences):
        return None
    sent = sentences[si]
    org = speaker_orgs.get(sent.speaker or "")
    if not org:
        return None
    last = max((c[0].end for c in by_sentence.get(si, ()) if c[0].end <= fig.start), default=None)
    if last is None or not FIRST_PERSON.search(text, last, fig.start):
        return None
    if OURS_AFTER_NAME.match(text, last):
        return None  # 腾讯是我们的股东,持股15%: the name is what the speaker's company has, still the subject
    return org


def _quoted_speaker_org(text: str, fig: Figure, by_sentence, people_orgs: dict[str, str]) -> tuple[str | None, float]:
    """The organisation of the person a quotation is credited to, when the figure is inside the quotation and
    the quotation speaks for it in the first person (“明年我们计划再开200家店”，蔺振华表示)."""
    if not people_orgs:
        return None, 0.0
    quote = quotation_around(text, fig.start, fig.end)
    if quote is None or not FIRST_PERSON.search(text, quote[0], fig.start):
        return None, 0.0
    people = sorted((m.start, m.end, eid) for cs in by_sentence.values() for m, eid, et in cs
                    if et == "PERSON" and eid in people_orgs)
    eid = credited_person(text, quote, people)
    return (people_orgs[eid], SPEAKER_ORG_CONFIDENCE) if eid else (None, 0.0)


def _reported_speaker_org(text: str, fig: Figure, si: int, sentences, by_sentence,
                          people_orgs: dict[str, str]) -> str | None:
    """The organisation of a person whose reported speech holds the figure, when a clause of that speech opens
    with 公司 (我们, 该行) and no organisation is named between (陆某表示,公司去年营收46.8亿元): the speaker's."""
    if not 0 <= si < len(sentences):
        return None
    said = [c for c in by_sentence.get(si, ()) if c[0].end <= fig.start]
    for k in range(len(said) - 1, -1, -1):
        m, eid, etype = said[k]
        if etype in ("ORG", "BRAND"):
            return None
        if etype != "PERSON" or eid not in people_orgs:
            continue
        speech = REPORTED_SPEECH.match(text, m.end)
        if speech is None or speech.end() > fig.start:
            return None
        opens = [speech.end()] + [b.end() for b in CLAUSE_BREAK.finditer(text, speech.end(), fig.start)]
        return people_orgs[eid] if any(SPEAKERS_COMPANY.match(text, o) for o in opens) else None
    return None


def _main_organisation(analysis: Analysis, mention_entities: dict[tuple[int, int], str],
                       entity_types: dict[str, str], about: tuple[str, ...],
                       min_mentions: int = 3) -> tuple[str, float] | None:
    """The organisation the document is about: clearly the most mentioned one of a type the metric allows (three
    mentions at least: a figure given to it stands for a whole report's numbers)."""
    known = [(m, eid) for m in analysis.mentions if (eid := mention_entities.get((m.start, m.end)))
             and entity_types.get(eid) in about and entity_types.get(eid) != "PERSON"
             and not LISTED_AT_AFTER.match(analysis.rule_text, m.end)]
    # (a filing titled by its filer calls the filer 公司, however often it names the subsidiary it reports on; a
    # report of another's disclosure may not)
    if min_mentions < 3:  # (named in two sentences at least: a name and its alias in brackets, 微岚(Weilan), is one)
        known = list({(m.sentence, eid): (m, eid) for m, eid in known}.values())
    if is_roundup(analysis.rule_text, known):
        return None  # (a roundup's items are about their own organisations)
    filer = filer_of(analysis.rule_text, known)
    main = most_mentioned((eid for _, eid in known), min_mentions, filer) or titled_filer_of(analysis.rule_text, known)
    if main is None and filer is not None and entity_types.get(filer) == "ORG":
        # (…a filer that stands out among the companies, though a brand is named about as often: its own drug,
        # named three times in its quarterly report, is no rival for 公司)
        main = most_mentioned((eid for _, eid in known if entity_types.get(eid) == "ORG"), min_mentions, filer)
    if main is None:
        return None
    return main, COMPANY_REF_CONFIDENCE - _type_penalty(about, entity_types[main])


def _company_behind(analysis: Analysis, mention_entities: dict[tuple[int, int], str], entity_types: dict[str, str],
                    main: tuple[str, float] | None) -> tuple[str, float] | None:
    """For a brand the document is about, the company behind it (`records.company_behind`): what the text calls 公司."""
    if main is None or entity_types.get(main[0]) != "BRAND":
        return main
    mentions = [(m, eid, entity_types.get(eid, m.label)) for m in analysis.mentions
                if (eid := mention_entities.get((m.start, m.end)))]
    # (…or, for a work in title marks, its maker: 由X开发的手游《Y》…公司目前员工约400人)
    company = company_behind(main[0], mentions) or maker_of_work(main[0], mentions, analysis.rule_text)
    return (company, main[1]) if company is not None else main


def _asked_about_channels(text: str, sentences, si: int) -> bool:
    """The question the turn holding sentence `si` answers (the nearest sentence before it of another speaker) asks
    for channels."""
    if not 0 <= si < len(sentences) or not sentences[si].speaker:
        return False
    asked = next((s for s in reversed(sentences[:si]) if s.speaker != sentences[si].speaker), None)
    return asked is not None and CHANNEL_QUESTION.search(text, asked.start, asked.end) is not None


def _clause_start(text: str, pos: int) -> int:
    """Where the clause that holds `pos` opens: after the last comma, semicolon, colon or line break before it."""
    return max(text.rfind(c, 0, pos) for c in ",，;；:：\n。") + 1


def _sentence_of(sstarts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(sstarts, pos) - 1) if sstarts else -1


def _belongs_to_before(text: str, pos: int) -> bool:
    """The name at `pos` is what something belongs to (X隶属于Y), a country and 的 allowed between (隶属于|法国|Y)."""
    if "属" not in text[max(0, pos - 12):pos]:  # (most names: no country list walked for them)
        return False
    end = pos - 1 if text.endswith("的", 0, pos) else pos
    country = next((c for c in countries() if text.endswith(c, 0, end)), None)
    return BELONGS_TO.search(text, max(0, pos - 12), end - len(country) if country else pos) is not None


def _is_platform(text: str, m: Mention) -> bool:
    return bool(PLATFORM_BEFORE.search(text[max(0, m.start - 5):m.start])
                or PLATFORM_AFTER.match(text[m.end:m.end + 4])
                or CHANNEL_OF_SELLER_AFTER.match(text, m.end)
                or CHANNEL_LIST_OF_SELLER_AFTER.match(text, m.end, m.end + 80)
                or PLATFORM_LISTED.search(text[max(0, m.start - 16):m.start])
                or PLATFORM_LIST_AFTER.match(text, m.end, m.end + 24))


# a store's chart a product tops (登顶App Store日本区免费榜)
CHART_AFTER = re.compile(r"\s?(?:[\u4e00-\u9fff]{1,4}区)?(?:免费|畅销|付费|下载|新品|热销)?(?:总)?榜")
# what a product's users do with it (被A和B用于…, 被A采用)
USED_BY_AFTER = re.compile(r"(?:等)?(?:所)?(?:采用|使用|用于|应用|部署)")
# the franchisee a store is run by (由当地投资人X加盟经营): no subject of the store's figures after it
RUN_BY_BEFORE = re.compile(r"由(?:当地|本地)?(?:的)?(?:投资人|加盟商|合作方)?$")
RUN_BY_AFTER = re.compile(r"(?:负责)?加盟(?:经营|运营|管理)?")
# the manager a store is handed to (委托X管理)
MANAGED_AFTER = re.compile(r"(?:负责)?(?:管理|运营|经营|托管)")
# a maker a brand's goods are made by (由广州的Y代工生产)
MADE_BY_BEFORE = re.compile(r"由(?:[\u4e00-\u9fff]{2,4}的)?$")
MADE_BY_AFTER = re.compile(r"(?:负责|独家|统一)?(?:代工|生产|制造|加工|灌装)")
# a customer named as such before a clause on what was sold to it (X是Y的第一大客户,向其销售金额占…)
CUSTOMER_IS_AFTER = re.compile(r"(?:是|为)(?:[^,，。;；]{1,16}?的|公司|本公司|其)?(?:第[一二三四五六七八九十\d]大|"
                               r"前[一两二三四五六七八九十\d]大|最大的?|主要|重要|核心)客户")
SOLD_TO_IT = re.compile(r"向其(?:销售|出售|供货)|来自(?:前[一两二三四五六七八九十\d]大|主要|大)?客户的(?:收入|营收|销售额)"
                        r"|(?:收入|营收|销售额|销售收入)(?:的)?(?:占比)?$")  # (…,收入|占比约38%: the figure opens at 占比)
# a customer named after what the seller sold it (向第一大客户X的销售额占比…, 对X的销售收入占比…)
SOLD_TO_BEFORE = re.compile(r"[向对](?:其)?(?:第[一二三四五六七八九十\d]大客户|前[一两二三四五六七八九十\d]大客户|主要客户|大客户|客户)?$")
RIVALS_ARE_AFTER = re.compile(r"(?:等)?(?:是|为)(?:行业内|国内|业内|市场上|行业)?(?:的)?(?:主要|最大的?|直接|核心)?(?:竞争对手|对手)")
SERVED_BEFORE = re.compile(r"(?:主要|将|已|目前)?(?:配套|供货给|供应给|服务于)$")
SHARE_OF_SALES_AFTER = re.compile(r"的?(?:销售额|销售收入|销售金额|收入|营收)(?:合计)?(?:占比|占)")
# a customer whose purchases are a share of what the seller sells (销售给A和B,其中A的采购量占比约六成): the seller's
PURCHASES_SHARE_AFTER = re.compile(r"的?(?:采购量|采购额|采购金额|采购占比|订单量|订单占比)(?:合计)?(?:占比|占|约占|超过|达)")


# metrics whose `not_subject_after` words make a party none of the figure's subjects anywhere in its sentence: a price
# the buyer named by 转让给 pays is not the buyer's, however else the sentence names it
OBJECT_NEVER_SUBJECT = ("deal-value", "share-price")


def _attach_one(text, fig: Figure, si, sentences, by_sentence, about, platform_metric, metric=None, main_org=None,
                turn_org=None, company_ref=None, brand_ref=None):
    in_sentence = [c for c in by_sentence.get(si, ()) if c[2] in about]
    # a mention inside the figure's own span (2013年小红书创立) is its subject
    inside = [c for c in in_sentence if fig.start <= c[0].start and c[0].end <= fig.end]
    if inside:
        return inside[0][1], 0.8 - _type_penalty(about, inside[0][2])
    cands = [c for c in in_sentence if not (c[0].start < fig.end and fig.start < c[0].end)]
    # a sentence opening on the product (该产品由X承保,保费最低每年168元): the product the sentences before named
    if "BRAND" in about and 0 <= si < len(sentences) and THE_PRODUCT_OPENING.match(text, sentences[si].start):
        for back in (1, 2):
            named = [c for c in by_sentence.get(si - back, ()) if c[2] == "BRAND"]
            if named:
                return named[-1][1], 0.55
    # a clause opening on 后者 (X引入战略投资者Y,后者持股40%): the last name before it
    # (not what the latter gives the one before: 后者将为其提供50亿元的综合授信额度)
    if text.startswith("后者", opening := _clause_start(text, fig.start)) and not GIVEN_TO_IT.search(
            text, opening, fig.start) and (named := [c for c in cands if c[0].end <= opening and c[2] not in PLACE_TYPES]):
        return named[-1][1], 0.6 - _type_penalty(about, named[-1][2])
    # a size written before the name it sizes (总规模20亿元的X基金, 注册资本30亿元的X): the name right after 的
    if text.startswith("的", fig.end) and SIZE_BEFORE.search(text, max(0, fig.start - 5), fig.start + 4):
        sized = [c for c in cands if c[0].start == fig.end + 1 and c[2] not in PLACE_TYPES]
        if sized:
            return sized[0][1], 0.8 - _type_penalty(about, sized[0][2])
    # a name between the count and what it counts (新开50家始祖鸟门店) is what the figure counts for
    if metric is not None:
        for m, eid, et in cands:
            # (…or whose name ends with it: 开设300家|鲸邻便利店)
            if 0 <= m.start - fig.end <= 1 and text[fig.end:m.start] in ("", "的") and (text.startswith(
                    metric.zh, m.end) or (m.end - m.start > 3 and text.endswith(metric.zh, m.start, m.end))):
                return eid, 0.8 - _type_penalty(about, et)

    next_in_list = {}  # a mention → the one listed right after it (高瓴资本|和|蔻图资本)
    previous_in_list = {}  # …and back (销售小米、OPPO、vivo: what stands before the list stands before each item)
    place_before = {c[0].end: c[0].start for c in by_sentence.get(si, ()) if c[2] in PLACE_TYPES}
    alias_of = {}  # a name's alias in brackets after it (X有限公司(简称"X")) → the name: one mention, for what stands before
    # (…in the sentences before too, whose topic rule 4 may take: 主要客户包括A、B和C。国内业务收入下降6%: no item of
    # the list is the subject)
    listed = [[c for c in by_sentence.get(sj, ()) if c[2] in about] for sj in range(max(0, si - LOOKBACK), si)]
    for (a, _, _), (b, _, _) in (pair for cs in listed + [in_sentence] for pair in zip(cs, cs[1:])):
        if LIST_JOINER.fullmatch(text[a.end:b.start]):
            next_in_list[a.end] = b
            previous_in_list[b.start] = a
        elif ALIAS_BRACKET_OPEN.fullmatch(text[a.end:b.start]):
            alias_of[b.start] = a

    org_ends = {c[0].end for c in in_sentence if c[2] not in PLACE_TYPES}

    def last_of_list(m):  # (what follows a list follows each of its items)
        while m.end in next_in_list:
            m = next_in_list[m.end]
        return m

    def taken_as_object(first) -> bool:
        # (a place before the name is part of how it is named: 收购吉林|北大湖滑雪度假区有限公司)
        opened = place_before.get(first.start, first.start)
        lead = text[max(0, opened - 7):opened].rstrip()
        return lead.endswith(metric.not_subject_after) or lead.endswith(tuple(w + "的" for w in metric.not_subject_after))

    # (…and the one the sentence names so is none of its subjects elsewhere in it either: 与Y(简称"Y")签署协议,X拟将
    # 其12%股份转让给Y,转让总价约6.7亿元: the price is not Y's)
    objects, entity_at = set(), {}
    if metric is not None and metric.not_subject_after and metric.metric in OBJECT_NEVER_SUBJECT:
        entity_at = {(c[0].start, c[0].end): c[1] for c in by_sentence.get(si, ())}
        objects = {c[1] for c in by_sentence.get(si, ()) if taken_as_object(c[0])}

    def subject_ok(m):
        if objects and entity_at.get((m.start, m.end)) in objects:
            return False
        if text.endswith(("赔偿", "赔付"), 0, m.start) and AWARDED_BEFORE.search(text, max(0, m.start - 40), m.start):
            return False  # (判令X…赔偿Y经济损失共计500万元: Y is paid; X, who pays, is the subject)
        if (m.start >= 2 and text[m.start - 1] in "“\"「『" and text[m.end:m.end + 1] in ("”", "\"", "」", "』")
                and (text.endswith(MADE_OR_USED, 0, m.start - 1) or text.startswith(QUOTED_GOODS_KIND, m.end + 1))
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # (X自2021年起生产销售"Y"凉茶, 开设了200家"Y"加盟店,…获利…: X's, Y is what it sells or runs)
        if SITE_AFTER.match(text, m.end) and text.endswith(("的", "在", "于"), 0, m.start):
            return False  # (…在长三角的壳牌加油站内共建…: where the work is done, not who does it)
        if m.start >= 1 and text[m.start - 1] in "“\"「『" and (m.start - 1) in org_ends and CLAUSE_BREAK.search(
                text, m.end, fig.start):
            return False  # (为宝马"新世代"车型供应电池,合同总金额…: a company's product line, not the clause's subject)
        if metric is not None and metric.not_subject_before:
            last = last_of_list(m)
            if text[last.end:last.end + 6].lstrip().startswith(metric.not_subject_before):
                return False  # XVC创投领投, 高瓴资本和蔻图资本领投: the investors, not the company raising
        if ((SOURCE_BEFORE.search(text[max(0, m.start - 3):m.start])
             or SOURCE_DESCRIBED_BEFORE.search(text[max(0, m.start - 14):m.start])) and SOURCE_AFTER.match(text, m.end)) \
                or SOURCE_SHOWS.match(text, m.end) or WORD_MENTIONED.match(text, m.end) \
                or (text[max(0, m.start - 2):m.start].strip()[-1:] in ("(", "（") and TICKER_AFTER.match(text, m.end)):
            return False  # (云栈科技(NASDAQ: YZTC): the exchange of a ticker is no subject)
        first = alias_of.get(m.start, m)  # (what stands before a list stands before each of its items)
        while first.start in previous_in_list:
            first = previous_in_list[first.start]
        if (text.endswith("为", 0, first.start) and RECEIVES_SUPPLY.match(text, last_of_list(m).end)
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # (为宝马和奔驰供应电池,合同总金额…: the customers supplied, not the supplier whose contract it is)
        if metric is not None and metric.not_subject_after:
            if taken_as_object(first):
                return False  # 宁德时代持有X约8%的股份, 叶岑持有的X 35%股权: X is held, the holder is the subject
            # …also with a description between (收购了意大利滑雪装备品牌Montalpi 75%的股权)
            opened = place_before.get(first.start, first.start)
            lead = text[max(0, opened - 16):opened]
            cut = max((b.end() for b in CLAUSE_BREAK.finditer(lead)), default=0)
            if any(w in lead[cut:] and DESCRIPTION_TAIL.search(lead[cut:]) for w in metric.not_subject_after):
                return False
        if (CUSTOMER_IS_AFTER.match(text, last_of_list(m).end) and CLAUSE_BREAK.search(text, m.end, fig.start)
                and SOLD_TO_IT.search(text, m.end, fig.start)):
            return False  # X是Y的第一大客户,向其销售金额占营业收入的31.5%: Y's share of sales to X (…来自前五大客户的收入占比)
        if RIVALS_ARE_AFTER.match(text, last_of_list(m).end) and CLAUSE_BREAK.search(text, m.end, fig.start):
            return False  # A和B是行业内的主要竞争对手,公司…的市场份额约为15%: the rivals, not whose share it is
        if SERVED_BEFORE.search(text, max(0, first.start - 6), first.start) and CLAUSE_BREAK.search(text, m.end, fig.start):
            return False  # 主要配套特斯拉的北美工厂,一期年产能为80万套: the customer served, not whose plant it is
        if SOLD_TO_BEFORE.search(text, max(0, first.start - 8), first.start) and SHARE_OF_SALES_AFTER.match(text, m.end):
            return False  # 向第一大客户X的销售额占比达61.3%: the seller's share of its sales, not the customer's
        if PURCHASES_SHARE_AFTER.match(text, last_of_list(m).end) and (metric is None or metric.metric == "share"):
            return False  # 其中蒙牛的采购量占比约六成: the seller's sales the customer takes, no share of the customer's
        sourced = SOURCED_FROM.search(text, max(0, first.start - 3), first.start)
        if sourced and REVENUE_FROM_AFTER.match(text, last_of_list(m).end):
            return False  # 来自X的收入占比约为41%: the customer the revenue comes from is not whose revenue it is
        if (LISTED_PARTNERS.search(text, max(0, first.start - 12), first.start) or sourced
                or SOLD_TO_LIST_BEFORE.search(text, max(0, first.start - 6), first.start)
                or INVESTORS_LISTED.search(text, _clause_start(text, first.start), first.start)) and CLAUSE_BREAK.search(
                text, m.end, fig.start):
            return False  # 公司的主要客户包括X和Y,前三季度实现营收…: the customers are listed, the clause after is the company's
        if (PARTNERED_BEFORE.search(text, max(0, first.start - 4), first.start)
                and (partnered := PARTNERED_AFTER.match(text, last_of_list(m).end))
                and (CLAUSE_BREAK.search(text, m.end, fig.start) or JOINT_ACTION_AFTER.match(text, partnered.end())
                     or PARTNERSHIP_MAKES_COMPANY.match(text, partnered.end()))):
            return False  # 我们在和京东、天猫做深度合作,线上销售额占比…: the partners, not the clause's subject
        if (metric is not None and metric.metric == "stake" and text.endswith(("向", "对"), 0, first.start)
                and INVESTED_IN_AFTER.match(text, m.end) and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # X向Y投资50亿元,持股约15%: the company put money into, not the holder
        if (FACED_BEFORE.search(text, max(0, first.start - 6), first.start) and FACED_AFTER.match(
                text, last_of_list(m).end) and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # X仍面临A和B的激烈竞争,翻台率降至3.2次: the rivals, not the clause's subject
        if (text.endswith(("与", "和", "跟", "同"), 0, first.start) and RIVALLED_AFTER.match(text, last_of_list(m).end)
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # X主要与A、B在中端市场竞争,单店投资约800万元: the rivals, not the clause's subject
        if ADVISER_ROLE_BEFORE.search(text, max(0, first.start - 8), first.start) and CLAUSE_BREAK.search(
                text, m.end, fig.start):
            return False  # 保荐机构为中信证券,拟募资18亿元: the listing's adviser, not the company raising
        if (GREW_ON_BEFORE.search(text, max(0, first.start - 3), first.start) and GREW_ON_AFTER.match(
                text, last_of_list(m).end) and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # 品牌早期依靠抖音和天猫起家,销售额达到3.2亿元: the platforms it grew on, not the seller
        if INVESTED_AFTER.match(text, last_of_list(m).end) and CLAUSE_BREAK.search(text, m.end, fig.start):
            return False  # 完成了由X领投的A轮融资,计划明年开出15家门店: the investor is no subject of the plan
        if (TITLED_PERSON_AFTER.match(text, m.end) and CLAUSE_BREAK.search(text, m.end, fig.start)
                and (own := {d[1] for d in in_sentence if d[0].start == m.start}) is not None
                and any(c[0].end <= m.start and c[2] in ("ORG", "BRAND") and c[1] not in own
                        and not CLAUSE_BREAK.search(text, c[0].end, m.start) for c in in_sentence)):
            return False  # X拿到了Y创始人Z个人投资的天使轮,今年门店数翻了一番: Y describes the investor, X is the subject
        if (turn_org is not None and ANSWER_COMPLEMENT_BEFORE.search(text[sentences[si].start:first.start])
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # 答:主要是美团和饿了么,外卖订单占到总订单的四成: the speaker's company's orders
        if (turn_org is not None and CHANNEL_SHARE_AFTER.match(text, last_of_list(m).end)
                and _clause_start(text, first.start) == first.start and _asked_about_channels(text, sentences, si)):
            return False  # 问:主要的销售渠道有哪些? / 答:天猫和抖音加起来占七成,京东大概15%: the speaker's company's sales
        if (CHANNEL_SHARE_AFTER.match(text, last_of_list(m).end) and _clause_start(text, first.start) == first.start
                and SALES_SPLIT_BEFORE.search(text, max(0, first.start - 40), first.start)):
            return False  # 品牌的线上销售中,天猫占比约45%,抖音约40%: the seller's sales split, not the platforms' shares
        if (AMONG_BEFORE.search(text, max(0, first.start - 8), first.start)
                and PART_OF_TOTAL_AFTER.match(text, last_of_list(m).end)):
            return False  # 在营门店4120家,其中中端品牌A和B的门店合计占比53%: a share of the total, the owner's
        if (text.endswith("其中", 0, first.start) and BARE_SHARE_AFTER.match(text, last_of_list(m).end)
                and SALES_TOTAL_BEFORE.search(text, max(0, first.start - 44), first.start - 2)):
            return False  # GMV约2.6亿元,同比增长80%,其中抖音占比超过40%: a share of the seller's sales, the seller's
        if VEHICLE_BEFORE.search(text, max(0, first.start - 12), first.start):
            return False  # 公司拟通过全资子公司X在越南投资2.8亿美元: the parent's investment, X the vehicle
        if OWN_CHANNEL_BEFORE.search(text, max(0, m.start - 3), m.start) and OWN_CHANNEL_AFTER.match(text, m.end):
            return False  # 其微信小程序订单占比…: the channel's owner's orders, not the platform's
        if SHOP_ON_PLATFORM.match(text, last_of_list(m).end):
            return False  # 天猫和京东旗舰店GMV合计…: the seller's shops on the platforms, not the platforms' own
        if m.text.endswith(SITE_ENDS) and "在" in text[max(0, m.start - 6):m.start]:
            return False  # 拟在湖北鄂州花湖国际机场投资建设…: the site a project is built at spends nothing
        if m.text.endswith(EXCHANGE_ENDS) and LISTING_AFTER.match(text, m.end):
            return False  # X的北交所上市申请…,拟募资4.5亿元: the exchange raises nothing
        if m.start >= fig.end and sourced:
            return False  # 还有约60亿元信托借款来自X: where the amount comes from, not whose it is
        if (text.endswith("被", 0, first.start) and USED_BY_AFTER.match(text, last_of_list(m).end)
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # X的模型已被A和B用于智能客服,付费企业客户超过300家: the users, not whose customers
        if (RUN_BY_BEFORE.search(text, max(0, first.start - 10), first.start) and RUN_BY_AFTER.match(text, m.end)
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # X西安店由当地投资人Y加盟经营,客房数为168间: the franchisee runs the store, the rooms are X's
        if (text.endswith(("委托", "交由", "交给"), 0, first.start) and MANAGED_AFTER.match(text, m.end)
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # 该门店…委托X管理,共有客房156间: the manager, not whose rooms
        if (MADE_BY_BEFORE.search(text, max(0, first.start - 8), first.start) and MADE_BY_AFTER.match(text, m.end)
                and CLAUSE_BREAK.search(text, m.end, fig.start)):
            return False  # X的产品由广州的Y代工生产,主打的…单价为99元: the maker, not whose product it prices
        if BOUGHT_FROM_BEFORE.search(text, max(0, m.start - 8), m.start) and BOUGHT_AFTER.match(text, m.end):
            return False  # 公司主要向日本的X采购铜合金材料,采购金额…: the seller is not who spends it
        if _compared(text, m, in_sentence):
            return False  # 我们和A、B的定位不一样,…客单价28元: what the speaker's brand is compared with
        if _belongs_to_before(text, m.start) and not OWNER_TAKEN_UP.match(text, m.end):
            return False  # X隶属于Y,目前平台活跃商家…: Y owns the platform the clause goes on about
        if FORMER_EMPLOYER.search(text, max(0, m.start - 3), m.start):
            return False  # X由前Google工程师A创立,目前付费用户…: a person's former employer is no subject
        if metric is not None and "PERSON" in metric.about and POST_HELD_AT.search(text, max(0, m.start - 3), m.start):
            return False  # 温故曾任X副会长,并捐资1亿元…: where a person held a post does not give what they give
        owner = OWNER_NEXT.match(text, m.end)
        if owner and any(c[0].start == owner.end() for cs in by_sentence.values() for c in cs):
            return False  # 蜜雪冰城母公司蜜雪集团(…)发行价为…: the owner named next is what the sentence is about
        if CHART_AFTER.match(text, last_of_list(m).end) and CLAUSE_BREAK.search(text, m.end, fig.start):
            return False  # 登顶App Store免费榜,上线一周下载量突破500万次: the chart topped, not whose downloads
        if platform_metric and _is_platform(text, m) and (on := MET_ON.search(text, max(0, m.start - 6), m.start)) and (
                on.start() in org_ends or text.endswith(USERS_OWNERS, 0, on.start())):
            return False  # 公司在支付宝小程序上的新增用户, X今年在Y上的新增用户: the company's users, met on Y
        return platform_metric or not _is_platform(text, m)

    # 0. a figure the clause says is paid for what follows (以2.1亿美元收购了…Montalpi), or the price of a business
    # sold (公司拟将旗下物业管理业务以18亿元的价格出售给Y) when no name stands between 将 and the figure (what is sold is
    # then no entity of the text): the first mention after the word, in the same clause
    if metric is not None and (metric.subject_after or metric.buyer_after):
        m = SUBJECT_AFTER_GAP.match(text, fig.end)
        # (the figure's span may already end with the word: 2.1亿美元收购)
        paid_for = bool(metric.subject_after) and (text[fig.start:fig.end].endswith(metric.subject_after)
                                                   or text.startswith(metric.subject_after, m.end())
                                                   or _straddles(text, fig.end, metric.subject_after))
        sold_to = bool(metric.buyer_after) and text.startswith(metric.buyer_after, m.end()) and (
            sold := SOLD_FROM.search(text, max(0, fig.start - 30), fig.start)) is not None and not any(
            sold.start() <= c[0].start < fig.start for c in cands)
        if paid_for or sold_to:
            after = [c for c in cands if c[0].start >= fig.end and not CLAUSE_BREAK.search(text[fig.end:c[0].start])
                     and c[2] in about and c[2] not in PLACE_TYPES]
            if after:
                return after[0][1], 0.8 - _type_penalty(about, after[0][2])

    # 0b. a name ranked by an amount (X以1420亿元位列第二, 科沃斯以21.8%的份额位居第二) or a bid won by one (由X以
    # 1,286万元中标): the name right before 以,
    # a person too when the figure measures nothing else (a rich list)
    if RANKED_BY.match(text, fig.end) and (lead := RANK_LEAD.search(text, max(0, fig.start - 4), fig.start)):
        ranked = [c for c in by_sentence.get(si, ()) if c[0].end == lead.start() and c[2] not in PLACE_TYPES
                  and (c[2] in about or metric is None)]
        if ranked:
            return ranked[0][1], 0.8 - (_type_penalty(about, ranked[0][2]) if ranked[0][2] in about else 0.0)

    # 0b'. followers written before the account they follow (粉丝超过2000万的美食博主"阿橘"): the account named next
    if metric is not None and metric.metric == "fans" and (account := ACCOUNT_NEXT.match(text, fig.end)):
        named = [c for c in cands if c[0].start == account.end() and c[2] in about and c[2] not in PLACE_TYPES]
        if named:
            return named[0][1], 0.8 - _type_penalty(about, named[0][2])

    # 0c. a holding written before its holder (第一大股东为持股51%的X): the holder named right after it
    if metric is not None and metric.metric == "stake" and (held := HELD_BY_NEXT.match(text, fig.end)) and (
            HOLDING_WORD.match(text, fig.start) or HOLDING_WORD.search(text, max(0, fig.start - 3), fig.start)):
        holder = [c for c in cands if c[0].start == held.end() and c[2] not in PLACE_TYPES]
        if holder:
            return holder[0][1], 0.8 - _type_penalty(about, holder[0][2])

    # 0c''. a holding its holder is named after, by 由 (X的其余40%股权仍由创始人Y持有): Y, the nearest name before 持有
    if metric is not None and metric.metric == "stake":
        agents = [c for c in cands if c[0].start > fig.end and c[2] not in PLACE_TYPES
                  and SHARES_HELD_BY.fullmatch(text, fig.end, c[0].start) and SHARES_HELD_BY_VERB.match(text, c[0].end)]
        if agents and not CLAUSE_BREAK.search(text, fig.end, agents[0][0].start):
            return agents[0][1], 0.8 - _type_penalty(about, agents[0][2])

    # 0c'''. a holding its holder keeps (创始人Y将保留剩余30%的股权): Y, named right before the verb
    if metric is not None and metric.metric == "stake" and (
            kept := STAKE_KEPT_BEFORE.search(text, max(0, fig.start - 12), fig.start)):
        holder = [c for c in cands if c[0].end == kept.start() and c[2] not in PLACE_TYPES]
        if holder:
            return holder[-1][1], 0.8 - _type_penalty(about, holder[-1][2])

    # 0c'. shares counted in 股 after a holding verb (柏澈女士直接持有公司股份35万股): the holder before the verb
    if fig.unit == "shares" and (held := SHARES_HELD_BEFORE.search(text, max(0, fig.start - 16), fig.start)):
        # (a person too, whatever the figure's metric lets be a subject: a count of shares is the holder's)
        holder = [c for c in cands if c[0].end <= held.start() and c[2] not in PLACE_TYPES
                  and HOLDER_GAP.fullmatch(text, c[0].end, held.start())]
        if holder:
            return holder[-1][1], 0.7

    kind_ref = _kind_antecedent(text, fig, si, sentences, by_sentence, about)
    whole_place = _whole_place(text, fig, si, sentences, by_sentence, cands)

    # 0d. money given to "the company" (三家银行将向公司提供合计120亿元的授信): the company the text is about,
    # not the givers named before it
    if main_org is not None and si >= 0 and sentences:
        clause_start = max((b.end() for b in CLAUSE_BREAK.finditer(text, sentences[si].start, fig.start)),
                           default=sentences[si].start)
        if GIVEN_TO_THE_COMPANY.search(text, clause_start, fig.start):
            return main_org
        # …and "the company" opening a later clause after a name the sentence says is the company's (X是公司第一大客户,
        # 2023年公司向其销售金额为2.9亿元): that company's, not X's; or after an analyst's forecast (中信证券分析师X预计,
        # 公司2026年营收…): the company the report covers, not the broker
        if (clause_start > sentences[si].start and THE_COMPANY.match(text, clause_start)
                and (COMPANY_AS_OBJECT.search(text, sentences[si].start, clause_start)
                     or FORECAST_BEFORE.search(text, sentences[si].start, clause_start))
                and not any(clause_start <= c[0].start < fig.start for c in by_sentence.get(si, ())
                            if c[2] not in PLACE_TYPES)):
            return main_org
        # …and revenue a customer contributed (X为公司第一大客户,贡献收入约2.8亿元): the company's revenue (what a
        # subsidiary or a product contributes is its own: 越南子公司X贡献收入约6亿元)
        if REVENUE_CONTRIBUTED.search(text, max(sentences[si].start, fig.start - 12), fig.start) and CUSTOMER_RANKED.search(
                text, sentences[si].start, fig.start):
            return main_org
        # …and "the company" a sentence opens with that a first clause says what it is (公司是A、B和C的配套供应商,2025年
        # 轮胎销量…): the names in what it is are not the subject of the clauses after it
        if ((the_company := THE_COMPANY.match(text, sentences[si].start)) and IS_COPULA.match(text, the_company.end())
                and clause_start > sentences[si].start and not any(
                    clause_start <= c[0].start < fig.start for c in by_sentence.get(si, ()) if c[2] not in PLACE_TYPES)):
            return main_org
        # …and the company a sentence opens with, past when (截至本公告披露日,公司及子公司对外担保总额为…), when the
        # sentence names no one before the figure
        opening = DATE_CLAUSE.match(text, sentences[si].start)
        if opening and text.startswith(("公司", "本公司", "集团"), opening.end()) and not any(
                c[0].start < fig.start for c in by_sentence.get(si, ()) if c[2] not in PLACE_TYPES):
            return main_org
        # …and "we" in a letter the company signs (致股东信 … 这一年,我们的营业收入达到…), outside any speaker's turn
        # or quotation, when the sentence names no one before the figure
        if (not sentences[si].speaker and OUR_OWN.search(text, clause_start, fig.start)
                and quotation_around(text, fig.start, fig.end) is None and not any(
                    c[0].start < fig.start for c in by_sentence.get(si, ()) if c[2] not in PLACE_TYPES)):
            return main_org

    # 0e. damages claimed in a lawsuit (A将B诉至法院,请求判令被告赔偿…共计2.6亿元; A起诉B 索赔2.6亿元): the
    # plaintiff's claim, so the party named before the suit that is not its object (将B, 起诉B)
    if si >= 0 and sentences and DAMAGES_CLAIMED.search(text, max(sentences[si].start, fig.start - 24), fig.start):
        sent = sentences[si]
        suit = SUED.search(text, sent.start, fig.start)
        plaintiffs = [c for c in cands if sent.start <= c[0].start and c[0].end <= suit.start()
                      and c[2] not in PLACE_TYPES and subject_ok(c[0])
                      and not text.endswith(("将", "把", "对", "向"), 0, c[0].start)] if suit else []
        # (向X法院提起诉讼: the court the suit goes to is no plaintiff)
        if plaintiffs:
            return plaintiffs[0][1], 0.75 - _type_penalty(about, plaintiffs[0][2])

    # 1. nearest plausible subject before the figure
    # (…not the agent of a passive in an earlier clause: 公司被X法院裁定进入重整程序,负债总额约38亿元)
    before = [c for c in cands if c[0].end <= fig.start and subject_ok(c[0])
              and not (text.endswith("被", 0, c[0].start) and CLAUSE_BREAK.search(text, c[0].end, fig.start))]
    # (a name's alias in brackets right after it, 微软(Microsoft), is the same mention once more)
    before = [c for k, c in enumerate(before) if not (k > 0 and c[1] == before[k - 1][1] and text[
        before[k - 1][0].end:c[0].start].strip() in ("(", "（"))]
    if (before and si >= 0 and sentences and len({c[1] for c in before}) == 1
            and (opening := THE_PROJECT_OR_STORE_BY.match(text, sentences[si].start))
            and opening.end() == before[0][0].start and not INVESTED_BY_AGENT.match(text, before[0][0].end)):
        # 该项目由X开发运营,总建筑面积…: the project the sentences before named, not its developer (but 该酒店由X投资
        # 建设,总投资约18亿元: the investor's money)
        before = []
    if before:
        before.sort(key=lambda c: c[0].end)
        # a joint venture's figure (A宣布与B签署合资协议,双方将共同投资12亿元; A与B合资建设工厂 年处理能力5万吨): the
        # first party's, who tells of it, not the partner named last
        named = sorted((c for c in by_sentence.get(si, ()) if c[0].end <= fig.start and c[2] not in PLACE_TYPES),
                       key=lambda c: c[0].end)
        for k in range(len(named) - 1, 0, -1):
            first, partner = named[k - 1], named[k]
            if (partner[1] == before[-1][1] and first[1] != partner[1] and first[2] in about
                    and not (metric is not None and metric.metric == "stake")  # (each party's stake is its own)
                    # (…nor X是A与B合资成立的品牌,今年销量…: X's, the venture itself)
                    and not text.endswith(("是", "由", "为", "系"), 0, first[0].start)
                    and JOINED_PARTNER.fullmatch(text, first[0].end, partner[0].start)
                    and JOINT_AFTER.search(text, partner[0].end, fig.start)):
                return first[1], 0.7 - _type_penalty(about, first[2])
        # an agent after 由 (库迪咖啡由瑞幸前创始团队创立，…门店数已超过3000家; 由前红杉中国合伙人…) is not what the
        # sentence is about when something stands before it
        while len(before) > 1 or (before and text[max(0, before[-1][0].start - 1):before[-1][0].start] in ("占", "被")):
            # (the whole a share is of never is, nor the agent of a passive, 公司曾被X罚款5万元: with nothing before
            # it, the topic of the sentences before is)
            m = before[-1][0]
            marker = text[max(0, m.start - 1):m.start]
            if RECIPIENT_DESCRIBED.search(text, max(0, m.start - 8), m.start):
                marker = "向"  # 向关联方X的销售额: a recipient described, as after 向 alone
            supplied = marker == "为" and SUPPLIED.match(text, m.end)  # 每年为X供应约10GWh电池: X receives it
            if supplied and (CREDIT_AFTER.match(text, fig.end) or _its_later_clause(text, m.end, fig.start)):
                break
            if (marker not in AGENT_OR_RECIPIENT and not supplied
                    and text[max(0, m.start - 2):m.start] not in ("由前", "由原")
                    and not (len(before) > 1 and AGREEMENT_SIGNED_AFTER.match(text, m.end)
                             and AGREEMENT_PARTY_BEFORE.search(text, max(0, m.start - 13), m.start)
                             and not THE_LATTER.search(text, m.end, fig.start))):
                break
            if marker == "被" and metric is not None and metric.metric == "stake" and ACQUIRED_AFTER.match(text, m.end):
                break  # X被Y收购60%股权: the stake bought is the buyer's
            if marker == "由" and _held_by_agent(text, m.end, metric):
                break  # X由Y控股,持股比例为85%: the holding is the agent's
            if text.startswith("的", m.end) and m.end + 1 == fig.start:
                break  # 向X的3800家门店供货: what the recipient has is its own
            if marker in ("向", "给") and MONEY_GIVEN.search(text, m.end, fig.end):
                break  # X向Y投资7.4亿美元: the money is Y's funding
            before.pop()
        # X由A与B合资建设,…总投资约180亿元: the agents after 由 (and what joins them) are not what X's clauses are about
        for k in range(1, len(before)):
            # (also 由 opening a clause of its own: X成立于2014年,由A与B各持股50%,…营收约36亿元)
            if (text[before[k][0].start - 1:before[k][0].start] == "由" or BY_DESCRIBED_AGENT.fullmatch(
                    text, before[k - 1][0].end, before[k][0].start)) and (not CLAUSE_BREAK.search(
                    text[before[k - 1][0].end:before[k][0].start]) or text[before[k][0].start - 2:before[k][0].start - 1]
                    in (",", "，")) and not _held_by_agent(text, before[k][0].end, metric):
                # (…but X由Y控股,持股比例为85%: the holding is the agent's; and one of them opening a later clause on
                # its holding is its own subject again, X由A和B共同出资设立,其中A持股55%)
                later = next((j for j in range(k + 1, len(before)) if HOLDING_WORD.match(text, before[j][0].end)
                              and (_clause_start(text, before[j][0].start) == before[j][0].start
                                   or text.endswith("其中", 0, before[j][0].start))), len(before))
                del before[k:later]
                break
        # X获得Y"新世代"车型的电池定点,合同金额…: whom an order or contract comes from is not the subject
        # (公司已成为X的第二供应商: X, in the object of the clause, nor is the one a company becomes a supplier of)
        # (…nor, when the clause opens with no name, what it got: 公司曾获得A和B的投资,去年营收…: none of the sentence's)
        # (…also a licensee or a buyer named alone, the figure in a later clause: 我们把一款分子授权给了X,拿到了…首付款)
        if ((len(before) > 1 or (len(before) == 1 and CLAUSE_BREAK.search(text, before[0][0].end, fig.start)
                                 and GRANTED_TO_BEFORE.search(text, _clause_start(text, before[0][0].start),
                                                              before[0][0].start)))
                and si >= 0 and sentences and before[0][0].start >= sentences[si].start
                and OBJECT_AFTER.search(text, _clause_start(text, before[0][0].start), before[0][0].start)
                and not any(c[1] == before[0][1] for c in before[1:])):
            before = []
        for k in range(1, len(before)):
            between = text[before[k - 1][0].end:before[k][0].start]
            clause = between[max((b.end() for b in CLAUSE_BREAK.finditer(between)), default=0):]
            if OBJECT_AFTER.search(clause) or (OWNED_AFTER.search(clause)
                                               and CLAUSE_BREAK.search(text[before[k][0].end:fig.start])):
                # (…but a later clause that opens with a name of its own is about that name: X获得了Y的战略投资,
                # Y持股约15%; one of those owned singled out, X旗下拥有A、B和C三个品牌,其中B定位…,平均房价…)
                later = next((j for j in range(k + 1, len(before)) if CLAUSE_BREAK.search(
                    text[before[k][0].end:before[j][0].start]) and (
                        _clause_start(text, before[j][0].start) == before[j][0].start
                        and HOLDING_WORD.match(text, before[j][0].end)
                        or _clause_start(text, before[j][0].start) == before[j][0].start - 2
                        and text.endswith("其中", 0, before[j][0].start))), None)
                del before[k:later]
                break
        # 公司旗下拥有A和B两个品牌,…营收约为27亿元: what the company owns is no subject of its later clauses either
        # (…but not one the clause after names, 集团旗下拥有上市公司X,后者…)
        if (before and THE_COMPANY.match(text, opening := _clause_start(text, before[0][0].start))
                and OWNS_LISTED.search(text, opening, before[0][0].start)
                and CLAUSE_BREAK.search(text, before[-1][0].end, fig.start)
                and not THE_LATTER.search(text, before[-1][0].end, fig.start)):
            before = []
        # X与Y达成合作,…占比提升到35%: the partner after 与 is not what the next clauses are about
        # (not 和, which mostly joins the items of a list: A和B分别…)
        # (…and so is what the partner owns, named after it: X与Y旗下手游《Z》推出联名活动,首日卖出120万杯)
        if (len(before) > 2 and OWNED_NEXT.fullmatch(text, before[-2][0].end, before[-1][0].start)
                and PARTNER_BEFORE.search(text[before[-3][0].end:before[-2][0].start])
                and CLAUSE_BREAK.search(text[before[-1][0].end:fig.start])):
            before.pop()
        # X通过与供应商A、客户B开展循环交易,虚增营收…: the partners a deal was done with, listed with their roles
        j = len(before) - 1
        while j > 0 and ROLE_LIST_JOINER.fullmatch(text, before[j - 1][0].end, before[j][0].start):
            j -= 1
        if (0 < j and DEALT_WITH_BEFORE.search(text, before[j - 1][0].end, before[j][0].start)
                and CLAUSE_BREAK.search(text[before[-1][0].end:fig.start])):
            del before[j:]
        # (中超球队X: the league describes the club after it, no name of the clause's own)
        while len(before) > 2 and LEAGUE_OF_CLUB.fullmatch(text, before[-2][0].end, before[-1][0].start):
            del before[-2]
        while (len(before) > 1 and (PARTNER_BEFORE.search(text[before[-2][0].end:before[-1][0].start]) or (
                PARTNER_AND_BEFORE.search(text[before[-2][0].end:before[-1][0].start])
                and COOPERATION_AFTER.match(text, before[-1][0].end)))
               and CLAUSE_BREAK.search(text[before[-1][0].end:fig.start])
               and not COMPARED_AFTER.match(text, before[-1][0].end)
               and not SESSION_FOR.match(text, before[-1][0].end)):
            before.pop()
        if (len(before) > 1 and IS_COPULA.match(text, before[0][0].end)
                and not CLAUSE_BREAK.search(text[before[0][0].end:before[-1][0].start])
                and (CLAUSE_BREAK.search(text[before[-1][0].end:fig.start])
                     or FOUNDED_HEAD.search(text, max(fig.start, fig.end - 6), fig.end + 5)
                     or DESCRIBED_SUBJECT_END.match(text, fig.end))):
            # X是A与B合资成立的品牌,今年销量…: the names in what X is are not what the sentence goes on about, nor
            # what was founded (X是A与B于2021年合资成立的…: X's founding)
            del before[1:]
        # X主营汽车线束,是A和B的一级供应商,2023年营收…: a clause that goes on saying what X is (opening with 是), or
        # who its holders or customers are (股东为A和B), names others, not a new subject for the clauses after it
        for k in range(1, len(before)):
            opening = max((b.end() for b in CLAUSE_BREAK.finditer(text, before[k - 1][0].end, before[k][0].start)),
                          default=-1)
            # (a holder named so may go on holding in the next clause: 实际控制人为X,持有公司31.2%的股份)
            if (opening >= 0 and (copula := CONTINUED_COPULA.match(text, opening, before[k][0].start))
                    and CLAUSE_BREAK.search(text, before[k][0].end, fig.start)
                    and not (copula.group("holder") and metric is not None and metric.metric == "stake")):
                del before[k:]
                break
        # (the partners may be a list: 公司已与A、B等客户签订合作协议,合同金额…)
        partners_listed = len(before) > 1 and all(
            LIST_JOINER.fullmatch(text[a[0].end:b[0].start]) for a, b in zip(before, before[1:]))
        if (len(before) == 1 or partners_listed) and CLAUSE_BREAK.search(text[before[-1][0].end:fig.start]):
            # 公司与德国默克签订…协议,海外收入占比…: the clause's subject is "the company", not its partner
            m = before[0][0]
            clause_start = max((b.end() for b in CLAUSE_BREAK.finditer(text, sentences[si].start, m.start)),
                               default=sentences[si].start) if si >= 0 and sentences else m.start
            if PARTNER_BEFORE.search(text[clause_start:m.start]) or (
                    PARTNER_AND_BEFORE.search(text[clause_start:m.start]) and COOPERATION_AFTER.match(text, m.end)) or (
                    CUSTOMER_BEFORE.search(text[clause_start:m.start])
                    and SUPPLY_CHAIN_AFTER.match(text, before[-1][0].end)):
                the_company = THE_COMPANY.match(text, clause_start)
                if the_company and main_org is not None:
                    return main_org
                if the_company or FIRST_PERSON.match(text, clause_start):
                    before = []  # 我们与X签署…,收入增长65%: the speaker's company (rules below), not X
                elif PARTNER_BEFORE.search(text[clause_start:m.start]) and _list_item(text, sentences[si].start):
                    before = []  # 3、新品:与游戏X联名推出…,首周销量…: the item's subject is the list's (rule 4), not X
        # (…and partners listed after the subject, joined by commas too, that a clause signs an agreement with:
        # X宣布,已与A,B分别签订供货协议,…总金额约35亿元: X's contract, not B's)
        if len(before) > 1 and not partners_listed and CLAUSE_BREAK.search(text, before[-1][0].end, fig.start) and (
                AGREEMENT_SIGNED_AFTER.match(text, before[-1][0].end)):
            first = _first_listed(text, before[-1][0], before)
            k = next(j for j, c in enumerate(before) if c[0].start == first)
            opens = sentences[si].start if si >= 0 and sentences else 0
            clause_start = max((b.end() for b in CLAUSE_BREAK.finditer(text, opens, before[k][0].start)), default=opens)
            if k > 0 and PARTNER_BEFORE.search(text[clause_start:before[k][0].start]):
                del before[k:]
        # (customers listed in an earlier clause, X的客户已覆盖A、B等企业,营收…: X's figure, not the customers')
        sent_from = sentences[si].start if si >= 0 and sentences else 0
        # (…all of them, when the clause that lists them names no one else: the topic of the sentences before)
        # (…the list's first item holds the clause that lists them, though half-width commas part the items)
        while before and CLAUSE_BREAK.search(text[before[-1][0].end:fig.start]) and CUSTOMERS_LISTED.search(
                text, _listing_clause_start(text, sent_from, (first := _first_listed(
                    text, before[-1][0], by_sentence.get(si, ())))), first):
            before.pop()
        # (a count right after a list's 等 counts the kind its items are examples of, X已为A、B等30余家医院提供…: not
        # theirs; the one the clause is about comes before the list)
        if len(before) > 1 and ETC_COUNT.fullmatch(text, before[-1][0].end, fig.start):
            while len(before) > 1 and LIST_JOINER.fullmatch(text[before[-2][0].end:before[-1][0].start]):
                before.pop()
            before.pop()
        while len(before) > 1 and text.startswith(("的", "旗下"), before[-1][0].end) and CLAUSE_BREAK.search(
                text[before[-1][0].end:fig.start]) and IS_PREDICATE.match(text[before[-2][0].end:before[-1][0].start]):
            before.pop()
        if before:
            m, eid, et = before[-1]
            same_clause = not CLAUSE_BREAK.search(text[m.end:fig.start])
            if not same_clause and kind_ref is not None:
                return kind_ref  # 创始人X说,目前合作社的复购率…: the co-operative's, not X's company's
            if not same_clause and whole_place is not None:
                return whole_place  # X市文旅局发布数据,全市共接待游客…: the city's, not the bureau's
            if not same_clause:
                # (the figure's clause opens with 集团, 集团旗下品牌X拥有门店…,2025年集团营业收入…: the one group of the
                # text, not the brand its earlier clause named; 公司 there is more often the name just before it, X
                # 表示,公司…)
                fig_clause = max(b.end() for b in CLAUSE_BREAK.finditer(text, m.end, fig.start))
                if ((opening := THE_COMPANY.match(text, fig_clause)) is not None and opening.group().endswith("集团")
                        and (group := the_group(c for cs in by_sentence.values() for c in cs if c[2] in about
                                                and c[2] not in PLACE_TYPES)) and group[0] != eid):
                    return group[0], COMPANY_REF_CONFIDENCE
                # (…and 公司 after a brand's clause is the company the text is about, not the brand: X的海外权益已授权
                # 给Y,公司获得首付款2亿美元)
                if (opening is not None and opening.group().endswith("公司") and et == "BRAND"
                        and main_org is not None and main_org[0] != eid):
                    return main_org
            return eid, (0.85 if same_clause else 0.75) - _type_penalty(about, et)

    # 2. a subject right after, in the same clause
    for m, eid, et in cands:
        if m.start >= fig.end and subject_ok(m) and not CLAUSE_BREAK.search(text[fig.end:m.start]):
            return eid, 0.65 - _type_penalty(about, et)

    # 2b. a place that opens the figure's clause with a public statistic, no organisation before the figure in it
    if si >= 0 and sentences:
        opens = max([sentences[si].start] + [b.end() for b in CLAUSE_BREAK.finditer(text, sentences[si].start, fig.start)])
        for m, eid, et in by_sentence.get(si, ()):
            if (et in PLACE_TYPES and opens <= m.start and m.end <= fig.start and PLACE_STATISTIC.match(text[opens:m.start])
                    and PUBLIC_STATISTIC.match(text, m.end)):
                return eid, 0.6

    if kind_ref is not None:
        return kind_ref
    if whole_place is not None:
        return whole_place

    if metric is not None and metric.same_sentence:
        return None  # a market's size: about the place named with the market, not an earlier sentence's topic

    # 3. "the company" as the subject of the figure's clause: in a report, the company the report is about
    # (rule 1 found no subject, so a clause of the sentence that opens with 公司 is what the figure continues)
    if si >= 0 and sentences:
        starts = [sentences[si].start] + [m.end() for m in CLAUSE_BREAK.finditer(text, sentences[si].start, fig.start)]
        opening = [t for c in starts if (t := THE_COMPANY.match(text, c))]
        # (集团: the one organisation the text has called a group (曜步集团), even where its brand is named more
        # often: 汀味火锅的母公司桐焰餐饮集团 … 上半年集团收入为52.3亿元)
        if any(t.group().endswith("集团") for t in opening) and (group := the_group(
                c for cs in by_sentence.values() for c in cs if c[2] in about and c[2] not in PLACE_TYPES)):
            return group[0], COMPANY_REF_CONFIDENCE
        if opening and (main_org or company_ref) is not None:
            return main_org or company_ref
        # (…and so does a share of 公司's revenue: 本合同金额约占公司2023年度经审计营业收入的27%)
        if (main_org or company_ref) is not None and SHARE_OF_THE_COMPANYS.search(
                text, max(sentences[si].start, fig.start - 32), fig.start):
            return main_org or company_ref
        # (…and so does 品牌 for the brand the text is about: 她表示,2023年品牌GMV超过20亿元)
        if brand_ref is not None and any(THE_BRAND.match(text, c) for c in starts):
            return brand_ref

    # 4. the topic of the previous sentences; a sentence about "the project" (项目总投资120亿元) is about the
    # organisation whose project the previous sentences named (氢途科技西部基地项目)
    if si >= 0 and sentences:
        sent = sentences[si]
        lead = text[sent.start:fig.start]
        refers_back = bool(ANAPHOR.search(lead))
        project = bool(THE_PROJECT.match(text, sent.start, fig.end))
        earlier = [si - back for back in range(1, LOOKBACK + 1)]
        line_start = text.rfind("\n", 0, sent.start) + 1
        if (line_start < sent.start and LINE_LABEL.match(text, line_start) and main_org is not None
                and not any(c[0].end <= fig.start and subject_ok(c[0]) for c in by_sentence.get(si, ()))):
            # a later sentence of a note's labelled line (💡价格:…到手价259元。今年双11期间全网卖了超过50万瓶): what the
            # note is about, not a maker another line names
            return main_org[0], main_org[1] - 0.1
        if _list_item(text, sent.start):
            # an item of a bulleted list (- 毛利率:18.4%) continues the sentence that introduced the list
            lead_si = si - 1
            while lead_si >= 0 and _list_item(text, sentences[lead_si].start):
                lead_si -= 1
            earlier = [lead_si - back for back in range(LOOKBACK)]
            if (lead_si >= 0 and main_org is not None and not by_sentence.get(lead_si)
                    and HEADING_LINE.fullmatch(sentences[lead_si].text.strip())
                    and not any(c[0].end <= fig.start and subject_ok(c[0]) for c in by_sentence.get(si, ()))):
                # (a page's heading over the items, 加盟优势: / 1. 加盟费5.8万元: what the page is about, not a name
                # the section before it gave)
                return main_org[0], main_org[1] - 0.05
        elif ((table := _table_start(sentences, si)) is not None
              or si > 0 and (table := _table_start(sentences, si - 1)) is not None):
            # …and a row of a Markdown table, or the sentence right after one, goes on the rows before it and then
            # the sentences before the table (…发布三季报。| 项目 | 前三季度 | … | 研发投入 | 11.4亿元 |。其中,…)
            earlier = list(range(si - 1, table - 1, -1))[:LOOKBACK] + [table - back for back in range(1, LOOKBACK + 1)]
        elif any(0 <= pj < len(sentences) and is_markdown_row(sentences[pj].text) for pj in earlier):
            # (…and a later sentence looks past a table's rows as if they were not there: | 上海 | 74 |。本次扩张的
            # 资金来自C轮融资。该轮融资金额为5亿元)
            earlier = [pj for pj in range(si - 1, -1, -1) if not is_markdown_row(sentences[pj].text)][:LOOKBACK]
        if ((owner := brand_ref or main_org) is not None and PRICE_FIELD_LINE.match(text, sent.start) and si > 0
                and "\n" in text[sentences[si - 1].end:sent.start + 1]):
            # a note's price line (价格:299元,天猫旗舰店…): the price of the brand or company the note is about, not of
            # a name in the line before it (✅核心成分用的是X的原料)
            return owner[0], owner[1] - 0.05
        if THE_PLANT.match(text, sent.start, fig.end):
            # (the sentence that named the plant's owner, however many sentences back within reach: a sentence
            # about someone else may come between, 匈牙利外交部长出席投产仪式)
            for back, pj in enumerate(earlier, 1):
                owners = [c for c in by_sentence.get(pj, ()) if pj >= 0 and c[2] in about and subject_ok(c[0])
                          and PROJECT_AFTER.match(text, c[0].end)]
                if owners:
                    m, eid, et = owners[0]
                    return eid, 0.6 - 0.05 * (back - 1) - _type_penalty(about, et)
        for back, pj in enumerate(earlier, 1):
            if pj < 0:
                break
            if turn_org is not None and not refers_back and sentences[pj].speaker != sent.speaker:
                # (the turn began with no subject named, 去年拿了1亿的A轮: the speaker's company, not a name in the
                # question or the answer before it)
                return turn_org, SPEAKER_TURN_CONFIDENCE
            # (…past the period it opens with: 前三季度,公司实现营业收入…;归母净利润3.8亿元)
            past_period = DATE_CLAUSE.match(text, sentences[pj].start)
            if (main_org is not None and (opening := THE_COMPANY.match(
                    text, past_period.end() if past_period else sentences[pj].start))
                    and not opening.group().endswith("集团")):
                # (a sentence that opens with "the company" is about the company the text is about: 公司目前拥有两个
                # 生产基地。本次拟募集资金8亿元…; 集团 is the group, which rule 3 finds in its own sentence)
                return main_org[0], min(main_org[1], (0.6 if refers_back else 0.5) - 0.05 * (back - 1))
            if (turn_org is not None and not refers_back
                    and _speaks_unnamed(text, sentences[pj], sentences[si], by_sentence.get(pj, ()))):
                # (the speaker's turn went on with no subject named, 去年全渠道卖了2.4亿元,天猫和抖音各占三成。复购率…:
                # the speaker's company, not the channels its later clauses name)
                return turn_org, SPEAKER_TURN_CONFIDENCE
            topic = [c for c in by_sentence.get(pj, ()) if c[2] in about and subject_ok(c[0])
                     and not _compared(text, c[0], by_sentence.get(pj, ()))
                     and not _there_are(text, c[0], previous_in_list)
                     and not _a_counterparty(text, c[0], previous_in_list)]
            if len(topic) > 1 and NEWS_GIVEN.match(text, topic[0][0].end):
                topic = topic[1:]
            if len(topic) > 1 and GOVERNMENT_BODY.search(topic[0][0].text) and (
                    business := [c for c in topic if not GOVERNMENT_BODY.search(c[0].text)]):
                topic = business  # (X县人民政府与Y公司签约…。产业园一期占地约1200亩: the company's park, not the county's)
            owners = [c for c in topic if project and PROJECT_AFTER.match(text, c[0].end)]
            if not owners and THE_STORE.match(text, sent.start):
                # (X集团旗下品牌Y的杭州店开业。该店…: Y's store, not the group that owns Y)
                owners = [c for c in topic if not OWNED_NEXT.match(text, c[0].end)][-1:]
            if not owners and WORK_ANAPHOR.search(lead):
                owners = [c for c in topic if text.startswith("《", c[0].start - 1)]
            if owners:
                m, eid, et = owners[0]
                return eid, 0.6 - 0.05 * (back - 1) - _type_penalty(about, et)
            if topic:
                m, eid, et = topic[0]
                conf = (0.6 if refers_back else 0.5) - 0.05 * (back - 1)
                if "\n" in text[m.end:sent.start]:
                    conf -= 0.1
                return eid, conf - _type_penalty(about, et)

        # an item of a bulleted list under a lead that names no one (分地区看: ▲ 北美市场收入…): the report's company;
        # so is a form's field line (an encyclopedia entry's 年营业额:约35亿元)
        if (_list_item(text, sent.start) or FIELD_LINE.match(text, sent.start)) and main_org is not None:
            return main_org[0], main_org[1] - 0.05

    # 5. the platform the figure happened on
    plat = [c for c in cands if _is_platform(text, c[0])]
    if plat:
        m, eid, et = min(plat, key=lambda c: abs(c[0].start - fig.start))
        return eid, 0.4 - _type_penalty(about, et)

    # 6. the platform of the previous sentences (10万粉丝的创作者 … after 在小红书上直播的创作者)
    for back in range(1, PLATFORM_LOOKBACK + 1):
        plat = [c for c in by_sentence.get(si - back, ()) if c[2] in about and _is_platform(text, c[0])]
        if plat:
            return plat[-1][1], 0.3 - _type_penalty(about, plat[-1][2])
    return None


def _speaks_unnamed(text: str, earlier, sent, mentions) -> bool:
    """`earlier` is a sentence of the same speaker's turn as `sent` whose first clause, past the turn's label,
    states a figure and names no one (去年全渠道卖了2.4亿元,…), or that speaks as 我们 (线上主要是X,线下我们跟Y合作):
    the speaker's side is its subject (not after a time phrase alone: 从那个时候开始,X开始…)."""
    if not earlier.speaker or earlier.speaker != sent.speaker:
        return False
    if FIRST_PERSON.search(text, earlier.start, earlier.end):
        return True
    start = earlier.start
    if label := SPEAKER_LABEL_END.match(text, start):
        start = label.end()
    clause_end = next((b.start() for b in CLAUSE_BREAK.finditer(text, start, earlier.end)), earlier.end)
    return (any(ch.isdigit() for ch in text[start:clause_end])
            and not any(start <= c[0].start < clause_end for c in mentions))


def _whole_place(text: str, fig: Figure, si: int, sentences, by_sentence, cands) -> tuple[str, float] | None:
    """A clause of the figure's sentence, after the last name before the figure, opens with 全市/全省/全县 (the
    whole city) as its subject (not a verb's object: 集团主要负责全市高速公路…,实现营业收入157亿元 is the group's): the
    place named before it in the sentence, or the place a public body of the sentence is named after
    (岚州市文化和旅游局发布数据,国庆假期全市共接待游客…: 岚州, named alone elsewhere in the text)."""
    if not 0 <= si < len(sentences):
        return None
    sent = sentences[si]
    named = [c for c in cands if c[0].end <= fig.start]
    start = named[-1][0].end if named and named[-1][2] not in PLACE_TYPES else sent.start
    opens = [start] + [b.end() for b in CLAUSE_BREAK.finditer(text, start, fig.start)]
    whole = next((w for o in opens if (w := WHOLE_PLACE.match(text, o, fig.start))), None)
    if whole is None:
        return None
    places = [c for c in by_sentence.get(si, ()) if c[2] in PLACE_TYPES and c[0].end <= fig.start]
    # (…of the kind it says, 全县 a county: X县位于浙江西部,全县茶园面积… is X's, not the province's)
    kind = whole.group().strip()[-1:]
    places = [c for c in places if text.endswith(kind, c[0].start, c[0].end)] or places
    if places:
        return places[-1][1], WHOLE_PLACE_CONFIDENCE
    known = {text[c[0].start:c[0].end]: c[1] for cs in by_sentence.values() for c in cs if c[2] in PLACE_TYPES}
    longest_first = sorted(known, key=len, reverse=True)
    for m, _, et in by_sentence.get(si, ()):
        if et not in PLACE_TYPES and m.end <= fig.start:
            name = text[m.start:m.end]
            place = next((p for p in longest_first if name.startswith(p) and len(name) > len(p)), None)
            if place is not None:
                return known[place], WHOLE_PLACE_CONFIDENCE
    return None


def _written_after(text: str, word: str, pos: int) -> bool:
    """The name at `pos` is written right after `word`, past an opening quote after a joint venture's (合资公司"X";
    not a platform's: 预订平台"X" … 平台合作的酒店 is more often the buyer's, which the text is about)."""
    while word.startswith("合资") and pos > 0 and text[pos - 1] in "\"“「":
        pos -= 1
    return text.endswith(word, 0, pos)


def _kind_antecedent(text: str, fig: Figure, si: int, sentences, by_sentence, about) -> tuple[str, float] | None:
    """The figure's clause opens with a kind of body (合作社, 俱乐部 …), a product (该游戏, 这款产品) or 平台: the
    nearest body of that kind, the nearest brand, or the nearest name written after 平台, named before it in its
    sentence or the few before it."""
    if not 0 <= si < len(sentences):
        return None
    opens = max([sentences[si].start] + [b.end() for b in CLAUSE_BREAK.finditer(text, sentences[si].start, fig.start)])
    m = KIND_OPENING.match(text, opens, fig.start)
    if m is None:
        # (a figure inside a product's own opening phrase describes the product: 这款售价4999元的旗舰手机; a body's
        # kind word stands before its figure)
        close = CLAUSE_BREAK.search(text, fig.end)
        m = KIND_OPENING.match(text, opens, close.start() if close else len(text))
        if m is not None and (m.group(1) is not None or m.end() <= fig.start):
            m = None
    if m is None:
        # (…or an earlier clause of its sentence opens with one, and no name comes between: 合并后的新集团资产总额…,
        # 年营业收入约460亿元; 合作社理事长X介绍,合作社目前拥有社员860户,种植面积达到2.3万亩)
        earlier = [sentences[si].start] + [b.end() for b in CLAUSE_BREAK.finditer(text, sentences[si].start, opens)]
        for start in reversed(earlier[:-1] if earlier[-1] == opens else earlier):
            if any(start <= c[0].start < fig.start for c in by_sentence.get(si, ())):
                break
            if (m := KIND_OPENING.match(text, start, fig.start)) is not None:
                if m.group(1) == "集团" and "新" not in m.group(0):
                    m = None  # (集团 alone is any group named before: 在华住集团任职…。集团实现营收…,入住率81%)
                    break
                opens = start
                break
    if m is None:
        return None
    for back in range(KIND_LOOKBACK + 1):
        # (a body: the one whose name ends with its kind; a product: the last brand named, 该游戏 of 《岚境》)
        # (…or a maker written with a model number: 琨岳Z30 Pro … 这款售价4999元的旗舰手机)
        # (a platform: the one named after the word, 短剧平台X的运营方Y宣布,平台日活…)
        named = [c for c in by_sentence.get(si - back, ()) if c[0].end <= opens and c[2] in about
                 and ((text.endswith(m.group(1), c[0].start, c[0].end)
                       or REGISTERED_TAIL.sub("", text[c[0].start:c[0].end]).endswith(m.group(1))) if m.group(1)
                      else _written_after(text, m.group(3), c[0].start) if m.group(3)
                      else c[2] == "BRAND" or MODEL_AFTER.match(text, c[0].end) is not None)]
        if m.group(2) and m.group(2) != "品牌" and (titled := [c for c in named if text.startswith("《", c[0].start - 1)]):
            named = titled  # (该游戏: the work in title marks, not a publisher named after it: 《X》由…发行,…由Y代理)
        if not named and m.group(2) == "品牌":  # (该品牌: the last brand, else the last company the text typed so)
            named = [c for c in by_sentence.get(si - back, ()) if c[0].end <= opens and c[2] == "ORG" and "ORG" in about]
        if named:
            return named[-1][1], KIND_REF_CONFIDENCE - 0.02 * back
    return None


# a title and a person after an organisation (Y创始人Z): Y describes Z
TITLED_PERSON_AFTER = re.compile(r"(?:的)?(?:联合创始人|创始人|创办人|董事长|总裁|总经理|CEO|首席执行官)(?=[\u4e00-\u9fff]{2,4})")
# a government's or a party's body, which a deal's figures are seldom about (X县人民政府, X市商务局, X县委)
GOVERNMENT_BODY = re.compile(r"(?:政府|管委会|管理委员会|委员会|[市县区镇乡]委|(?<!结)局|厅)$")


def _there_are(text: str, m: Mention, previous_in_list: dict) -> bool:
    """The mention is one of what a sentence says there are (一二线城市有瑞幸、库迪,竞争太激烈了): no topic."""
    while m.start in previous_in_list:
        m = previous_in_list[m.start]
    return text.endswith("有", 0, m.start)


# a channel a seller entered (线下进了宠物连锁X): what the seller sells through
CHANNEL_ENTERED_BEFORE = re.compile(r"(?:进了|进入了?|进驻了?|入驻了?)(?:[\u4e00-\u9fff]{0,4}?(?:连锁|超市|商超|便利店|渠道|平台))?$")


def _a_counterparty(text: str, m: Mention, previous_in_list: dict) -> bool:
    """The mention is a customer a sentence lists or names (公司客户涵盖A、B和C, 其中A为公司第一大客户), or one of
    what an answer opens naming (问:主要在哪些平台卖? / 答:主要是A、B和C), or a channel entered (线下进了X): the
    seller's sentence, no topic for the sentences after it."""
    if CUSTOMER_IS_AFTER.match(text, m.end):
        return True
    while m.start in previous_in_list:
        m = previous_in_list[m.start]
    return (LISTED_PARTNERS.search(text, max(0, m.start - 14), m.start) is not None
            or ANSWER_COMPLEMENT_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
            or CHANNEL_ENTERED_BEFORE.search(text, max(0, m.start - 12), m.start) is not None)



def _compared(text: str, m: Mention, mentions) -> bool:
    """The mention is what something else is compared with (和奈雪的茶、蜜雪冰城相比，喜茶…): not the topic."""
    ms = sorted((c[0] for c in mentions), key=lambda x: x.start)
    start, end = m.start, m.end
    for other in reversed(ms):  # the list the mention is part of (和A、B相比): its first and last items
        if other.end <= start and LIST_JOINER.fullmatch(text[other.end:start]):
            start = other.start
    for other in ms:
        if other.start >= end and LIST_JOINER.fullmatch(text[end:other.start]):
            end = other.end
    return bool(COMPARED_BEFORE.search(text[max(0, start - 2):start]) and COMPARED_AFTER.match(text, end)
                or BEATEN_BEFORE.search(text[max(0, start - 3):start]) and BEATEN_AFTER.match(text, end))


def _type_penalty(about: tuple[str, ...], entity_type: str) -> float:
    """A small penalty for a type the metric allows but does not prefer (a stake held by an ORG rather than a
    PERSON); ORG and BRAND rank the same."""
    ranks = []
    for t in about:
        r = "ORG" if t == "BRAND" else t
        if r not in ranks:
            ranks.append(r)
    key = "ORG" if entity_type == "BRAND" else entity_type
    return 0.05 * ranks.index(key) if key in ranks else 0.0

"""Each boilerplate category of config/boilerplate.yaml, with lines it must remove and keep."""

from __future__ import annotations

import pytest
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules

RULES = load_builtin_rules()
CLEANER = LineCleaner(RULES)
PROSE = (
    "3月27日，相城区民政局举办社会组织年检集中辅导会，全区120余家社会组织负责人和财务人员参加。",
    "辅导会上，工作人员逐项讲解了年检报告填写、财务审计和信息公开等方面的要求和注意事项。",
)

# Lines that are never article text, by drop_lines category.
DROPPED: dict[str, tuple[str, ...]] = {
    "report_promotions": (
        "立足学术前沿，远瞻产业发展。更多数据请参考某某产业研究院《2025-2030年中国储能行业发展前景预测与投资战略规划分析报告》，同时提供产业规划等解决方案。",
        "更多本行业研究分析详见某某研究院《中国社会组织发展现状与趋势研究报告》。",
    ),
    "image_files": ("微信图片_20240312103224.jpg", "IMG_2051.JPG"),
    "attachments": (
        "附件：2024年度项目申报书.docx",
        "附件2：申报汇总表.xlsx",
        "相关附件：附件1.jpg",
        "附件信息：",
        "如无法查看，请下载附件：2024年度社会组织评估结果.pdf",
        "附件：1.活动工作要求",
    ),
    "breadcrumbs": (
        "| 现在位置： | 首页 >> 新闻中心 >> 江苏新闻 |",
        "您所在的位置：首页 > 新闻中心 > 昆山要闻",
        "首页 >> 新闻 >> 正文",
    ),
    "credits": (
        "校 审 | 任晓蓉",
        "编 辑 | 唐 月（团浙江省委）",
        "整理 | 夕颜",
        "来源：微信公众号“新华网”（ID：newsxinhua），作者：徐倩 李小雨 徐海知",
        "音乐制作：作词：天府事变 作曲：天府事变",
        "视频由青微工作室原创",
        "来自：Specs' Blog-就爱PHP",
        "链接：http://9iphp.com/linux/time-saving-tips.html",
        "（图片付费下载自视觉中国）",
        "（*本文为 AI科技大本营整理文章，转载请微信联系 1092722531）",
        "（责编：张晓、王丽）",
        "【编辑:于晓】",
        "关键词：社会组织 民政",
        "（文章来源：证券时报）",
        "原标题：苏州10月空气质量优良率达96.8%",
        "编辑｜沈文 审核｜王军",
        "文字 | 周蕾 图片 | 华强",
        "文字：李想 图片：社工站 编辑：王佳",
        "出品︱融媒体中心 新闻部",
        "作者丨王敏",
        "（作者系南京大学社会学院教授）",
        "作者：《姑苏晚报》记者 钱嘉怡",
        "来源 | 苏州日报",
        "总值班：王立 值班编辑：周敏",
        "（本文图片由受访单位提供）",
        "（图片来源：网络）",
        "界面新闻编辑 | 郑亮",
        "本文转自：扬州发布",
        "（苏报融媒记者 华强 摄）",
        "新华社记者 李响 摄",
        "题图来源：无锡日报",
        "编辑邮箱：shangguan@example.com",
        "题图来自 视觉中国",
        "（头图来自：IC photo）",
        "封面图来自网络",
        "图片来自网络",
        "题图 | 视觉中国",
        "（配图：某某图库）",
        "内容来源：某某公众号",
        "【记者】张某某",
        "【通讯员】李某 王某某",
        "[校对]赵某某",
    ),
    "document_metadata": (
        "| 索引号： | 014000319/2024-02123 | 分类： | 民政、扶贫、救灾;通知 |",
        "发布机构：苏州市民政局",
        "文 号：苏民发〔2024〕12号",
        "国发〔2018〕43号",
        "苏民规[2025]5号",
        "（本文有删减）",
        "（2023年5月）",
        "（2024年3月1日）",
        "（节选）",
        "（有删节）",
        "（此件有删减）",
        "信息名称：",
        "信息索引： 360A12-07-2024-0008-1 发文机构： 某某厅办公室",
        "内容概述：",
        "〔2022〕64号",
        "【文　　号】 晋医保发〔2021〕14号",
        "【成文日期】 2021-07-28",
        "【是否有效】 全文有效",
    ),
    "toolbars": (
        "【我要纠错】 【打印】 【关闭】",
        "缩小字体",
        "举报/反馈",
        "参与互动",
        "下一篇：全省社会组织党建工作推进会",
        "打印 留言 论坛 网摘 手机点评 纠错 E-mail推荐:",
        "网摘",
        "小】",
    ),
    "pagination": ("上一页 1 2 3 下一页", "【1】【2】【3】【下一页】", "共3页 第1页"),
    "edition": (
        "人民日报 2024年05月07日 第 06 版",
        "《 人民日报 》（ 2024年05月07日 第 06 版）",
        "上一期 下一期",
    ),
    "galleries": (
        "上一张下一张",
        "上一图集 下一图集",
        "2/12",
        "原图下载 全屏浏览",
        "点击查看大图",
        "图片加载中…",
        "图片加载中…点击查看大图",
    ),
    "media_placeholders": ("视频加载中...", "您的浏览器不支持video标签。", "视频简介"),
    "ads": ("广告", "Advertisement"),
    "fold_buttons": ("展开", "展开全文 ∨", "阅读全文"),
    "share_and_qr": (
        "扫一扫，关注新华网",
        "扫码下载客户端，看更多精彩内容",
        "人民网微信公众号",
        "分享让更多人看到",
        "转播到腾讯微博",
        "转发到朋友圈",
        "喜欢这篇文章？欢迎分享给身边的朋友。",
        "喜欢本文，请点赞和在看",
    ),
    "app_promotion": (
        "关注“常州民政”微信公众号，获取更多民政政策资讯。",
        "凤凰新闻客户端",
        "打开APP阅读全文",
        "海量资讯、精准解读，尽在新浪财经APP",
        "更多精彩内容请进入中新网APP",
        "打开腾讯新闻，查看更多精彩内容",
        "更多内容请下载21财经APP",
        "民政服务 随身办的客户端：",
        "看社区动态、查办事指南，上手机苏州民政频道 m.szmz.cn",
        "炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！",
        "更多精彩内容，关注钛媒体微信号（ID：taimeiti），或者下载钛媒体App",
        "前方的路还很长，还不快去下载 某某App 一起看未来！",
        "喜欢这篇文章？去 App 商店搜 某某日报 ，每天看点不一样的。",
        "赶紧打开看苏州客户端，了解更多身边事",
    ),
    "feedback_menus": ("不感兴趣", "广告软文", "内容质量差 低俗色情 举报"),
    "reactions": (
        "全文约689字，阅读约需1分钟",
        "赞 13",
        "点赞 0",
        "4万获赞 1千粉丝",
        "阅读 2345",
        "浏览次数：382",
        "访问次数：027",
        "有用(12)没用(0)",
        "有帮助（3） 没帮助（0）",
    ),
    "comment_notices": (
        "暂无评论，快来抢沙发吧！",
        "发表评论",
        "0人参与，0条评论",
        "搜狐“我来说两句”用户公约",
    ),
    "wechat": (
        "分享 点赞 在看",
        "↓ 点击下方卡片关注我们 ↓",
        "01",
        "— END —",
        "▼",
        "▶",
        "发表于江苏",
        "继续滑动看下一个",
        "轻触阅读原文",
        "原创",
        "点击蓝字 关注我们",
        "点个“在看”你最好看",
        "收录于话题",
        "收录于合集 #社区故事 12个",
        "#随便聊聊",
        "点击【阅读原文】，马上报名吧！",
        "戳“阅读原文”了解更多活动详情",
        "点击下方阅读原文，查看完整名单。",
        "你点的每个“在看”，我都认真当成了喜欢",
        "（点击上方公众号，可快速关注）",
        "点击上方“苏州民政”关注我们",
        "有态度 有温度 全网青年都在关注",
        "目前5000000+人已关注加入我们",
        "欢迎转发点赞",
        "欢迎转发、点赞、在看",
        "●输入m获取文章目录",
        "小贴士：返回上一级搜索数字“0013”获取全部近100个表情包。",
        "后台回复“社工”获取报名表",
        "●本文编号413，以后想阅读这篇文章直接输入413即可。",
    ),
    "forums": (
        "本帖最后由 秦淮小编 于 2024-8-6 10:31 编辑",
        "查看: 6598|回复: 5",
        "只看该作者",
        "沙发",
        "您需要登录后才可以回帖 登录 | 立即注册",
    ),
    "comment_forms": ("评价: 中立 好评 差评", "表情: 验证码:"),
    "inline_links": (
        "相关阅读：生态环境部通报新能源汽车下乡",
        "点击查看：南京老旧小区停车改造地图",
        "▶ 一图读懂《养老服务条例》",
        "▶ 市民政局有关负责同志就《养老服务条例》答记者问",
        "一图读懂《养老服务条例》",
        "更多内容，点击阅读",
    ),
    "navigation": ("| 首页 政务公开 部门动态 办事服务 互动交流 |", "首页 | 新闻 | 体育", "/"),
    "site_footer": ("苏ICP备05020000号", "网站标识码：3205000012", "（完）"),
}

# Lines that start the footer: everything after them goes, by footer_starts category.
FOOTERS: dict[str, tuple[str, ...]] = {
    "copyright": (
        "版权和免责声明",
        "未经授权，禁止转载",
        "Copyright © 1997-2024 by www.people.com.cn",
        "凡本网注明“来源：中吴网”的所有作品，版权均属于中吴网，未经本网授权不得转载、摘编或利用其它方式使用上述作品。",
        "本网站所载内容，版权均属本站所有，任何媒体、网站或个人未经本网协议授权不得转载、链接、转贴。",
        "声明：本文为看苏州原创内容，转载请注明出处。",
        "【版权声明】本文系苏州日报原创稿件，未经授权不得转载。",
        "看苏州原创内容，如需转载请联系授权。",
        "本文为王某某授权网易财经《某某观察》发布，转载请注明出处。本文仅为作者观点，不代表网易立场。",
        "本文由 某某研究社 授权",
        "本文系作者 陈某 授权钛媒体发表，并经钛媒体编辑，转载请注明出处、作者和本文链接",
        "本文经授权发布，不代表36氪立场。",
        "某某网 发表，并经某某网编辑。转载此文章须经作者同意，并请附上出处及本页链接。",
        "转载此文章须经作者同意，并请附上出处及本页链接。",
        "本文为转载内容，授权事宜请联系原著作权人。",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
        "部分图片来源于网络，如有侵权请联系删除。",
        "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。",
    ),
    "platform_statements": (
        "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
        "郑重声明：东方财富网发布此信息的目的在于传播更多信息，与本站立场无关。相关信息并未经过本网站证实，不对您构成任何投资建议，据此操作，风险自担。",
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "本文来自【苏州市民政局】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。",
        "新浪声明：此消息系转载自新浪合作媒体，文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
        "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
        "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。",
        "本文来自微信公众号：某某研究社（ID：moumou），作者：某某传媒，标题图来自视觉中国",
        "本文来自微信公众号“苏州社工”（ID：szsg），作者：王某，36氪经授权发布。",
        "本文经授权转载自微信公众号“姑苏发布”。",
        "文章首发于公众号某某观察，转载请联系作者。",
        "*文章为作者独立观点，不代表虎嗅网立场",
        "本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。",
        "以上内容观点仅供参考，不代表本平台立场",
        "本内容为作者独立观点，不代表某某网立场。未经允许不得转载，授权事宜请联系本站。",
        "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "本文由百家号作者上传并发布，百家号仅提供信息发布平台。文章仅代表作者个人观点，不代表百度立场。",
    ),
    "further_reading": ("延伸阅读", "【延伸阅读】"),
    "self_media_tails": (
        "推荐↓↓↓",
        "【今日微信公号推荐↓】",
        "更多推荐：《18个技术类微信公众号》",
        "更多推荐请看《值得关注的技术和设计公众号》",
        "▼点击查看更多文章",
    ),
    "comment_notices": (
        "网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。请文明上网，理性发言。",
        "网友评论",
        "已有0人参与，0条评论",
        "网友留言仅代表个人观点，与本网无关。",
    ),
}

# Article lines that look a little like boilerplate and must stay.
KEPT = (
    "社会组织应当于每年5月31日前，通过社会组织信息公开平台公开上一年度工作报告。",
    "“以前吃饭要自己烧，现在走几步路就能吃上热饭热菜，价格也实惠。”家住附近的82岁居民王阿姨说。",
    "记者手记",
    "一份“需求清单”",
    "市民政局提醒，婚姻登记实行全程预约，新人可通过“江苏民政”微信公众号预约登记时间。",
    "专家建议，投资者应根据自身风险承受能力合理配置资产，不宜盲目追求高收益产品。",
    "联系电话：0512-65220000。",
    # a procurement notice's contact block: 名称 is no 政务公开 metadata field there
    "名称：常州正衡招投标有限公司",
    "名 称：某某乡人民政府",
    "特此通知。",
    "该作品未经许可，被多家网站转载，作者已依法提起诉讼。",
    # prose mentioning a field label, a statement or 原创 is no info or copyright line
    "据了解，本次检查的线索来源：群众举报和网格员日常巡查。",
    "来源：群众举报、12345热线转办和网格员巡查，共发现隐患46处。",
    "声明：本公司从未委托任何机构代收会费，请广大会员提高警惕。",
    "这部原创话剧讲述了苏州绣娘的故事，首演当晚座无虚席。",
    "点击率最高的是一条关于电动自行车充电安全的科普视频。",
    # prose about authorisation, stances, apps, reports and deletions
    "本次活动由区民政局授权社工站组织实施，报名截至本月底。",
    "市民可下载“苏州民政”App，在线办理婚姻登记预约等业务。",
    "他说，这一表态并不代表公司的最终立场，后续还将召开董事会讨论。",
    "据某某研究院发布的《2024年中国养老服务业发展报告》显示，全国养老机构数量持续增长。",
    "图为市民在社区服务中心办理业务。",
    "根据规定，转载须经作者同意并支付报酬，否则构成侵权。",
    "删减后的方案仍保留了原有的三项核心内容。",
    "（2024年3月1日市政府第12次常务会议通过）",
    "喜欢这篇文章的读者还可以关注我们的系列报道，了解更多社区故事。",
    "收录于《苏州社会组织案例集》的优秀案例共有49个。",
    "附件：1.报名表须于5月31日前报送，逾期不予受理。",
    # WeChat-like words in prose
    "社区公众号回复“助餐”即可获取附近助餐点的地址，已有3000多位老人使用。",
    "活动得到了社会各界的广泛关注，目前已有200余人报名。",
    "视频由社工站的志愿者拍摄，记录了老人们一天的生活。",
    "来自苏州各区的30家社会组织参加了本次培训。",
)


def test_every_category_in_the_rules_file_has_examples_here() -> None:
    assert set(RULES.drop_lines) == set(DROPPED)
    assert set(RULES.footer_starts) == set(FOOTERS)


@pytest.mark.parametrize(
    ("category", "line"),
    [(category, line) for category, lines in DROPPED.items() for line in lines],
)
def test_drop_line_categories(category: str, line: str) -> None:
    assert any(pattern.search(line) for pattern in RULES.drop_lines[category]), category
    # above the body and below it (a footer line in between also cuts what follows)
    assert CLEANER.clean([line, *PROSE], "") == list(PROSE)
    assert CLEANER.clean([*PROSE, line], "") == list(PROSE)


@pytest.mark.parametrize(
    ("category", "line"),
    [(category, line) for category, lines in FOOTERS.items() for line in lines],
)
def test_footer_categories_drop_everything_after_them(category: str, line: str) -> None:
    assert any(pattern.search(line) for pattern in RULES.footer_starts[category]), category
    teaser = "全省社会组织党建工作推进会在南京召开，会议总结了近年来的成效，部署了下一阶段的任务。"
    assert CLEANER.clean([*PROSE, line, teaser], "") == list(PROSE)


@pytest.mark.parametrize("line", KEPT)
def test_article_lines_are_kept(line: str) -> None:
    assert CLEANER.clean([PROSE[0], line, PROSE[1]], "") == [PROSE[0], line, PROSE[1]]


@pytest.mark.parametrize(
    ("line", "left"),
    [
        (f"{PROSE[1]}返回搜狐，查看更多", PROSE[1]),
        (f"{PROSE[1]} 返回人民网首页", PROSE[1]),
        (f"{PROSE[1]}>>>更多内容，点击阅读", PROSE[1]),
        (f"{PROSE[1]}【详细】", PROSE[1]),
        (f"{PROSE[1]}▲（作者是《环球时报》评论员）", PROSE[1]),
        (f"{PROSE[1]}(完)", PROSE[1]),
        (f"{PROSE[1]}【全文完】", PROSE[1]),
        (f"{PROSE[1]}（编译/林某某）", PROSE[1]),
        (f"{PROSE[1]}（责任编辑：王敏）", PROSE[1]),
        (f"{PROSE[1]}（特约通讯员：林某某）", PROSE[1]),
        (f"{PROSE[1]}（记者：张某某 通讯员：李某）", PROSE[1]),
        # a newspaper's own reporter credit without a separator is its text
        (f"{PROSE[1]}（记者 张某某）", f"{PROSE[1]}（记者 张某某）"),
        (f"{PROSE[1][:-1]}？(作者：高某某，)", f"{PROSE[1][:-1]}？"),
    ],
)
def test_platform_links_glued_onto_the_last_paragraph_are_cut_off(line: str, left: str) -> None:
    assert CLEANER.clean([PROSE[0], line], "") == [PROSE[0], left]


@pytest.mark.parametrize(
    "line", ["2025年06月27日 17:52 来源： 【打印】", "2025年06月27日 17:52 来源：打印】 【关闭】"]
)
def test_an_info_line_with_its_toolbar_glued_on_goes(line: str) -> None:
    assert CLEANER.clean([*PROSE, line, PROSE[0]], "") == [*PROSE, PROSE[0]]


def test_an_info_list_above_the_text_is_no_data_table() -> None:
    # trafilatura writes an info <ul> as list items; their bullets are no table cells
    info = ["- 2025年06月03日 13时44分", "- 来源: 某某省卫生健康委员会网站"]
    assert CLEANER.clean([*info, *PROSE], "") == list(PROSE)


def test_a_documents_numbered_attachment_titles_go_with_their_head() -> None:
    items = ["附件：1.活动工作要求", "2.作品报送要求", "3.成果征集表"]
    assert CLEANER.clean([*PROSE, *items, "某某厅办公室"], "") == [*PROSE, "某某厅办公室"]
    # numbered lines without an attachment head above them are the text's own
    steps = ["1.填写申报表", "2.提交材料"]
    assert CLEANER.clean([PROSE[0], *steps, PROSE[1]], "") == [PROSE[0], *steps, PROSE[1]]


def test_related_teasers_with_summaries_go_with_their_heading() -> None:
    lines = [
        *PROSE,
        "相关阅读",
        "- 全省社会组织党建工作推进会在南京召开 会议总结了近年来全省社会组织党建工作取得的成效。",
        "- 民政部发布统计公报 公报显示，截至2023年底，全国共有社会组织88.2万个。",
    ]
    assert CLEANER.clean(lines, "") == list(PROSE)


def test_layout_table_rows_keep_only_their_article_cell() -> None:
    lines = [
        "| 相城区开展社会组织年检集中辅导 |",
        "| 发布日期：2024-03-28 | 信息来源：相城区民政局 | 【字体：大 中 小】 |",
        f"| {PROSE[0]} |",
    ]
    assert CLEANER.clean(lines, "相城区开展社会组织年检集中辅导") == [PROSE[0]]


def test_a_media_line_of_account_time_and_place_is_an_info_line() -> None:
    line = "苏州市气象台2024-07-22 11:05发布于江苏"
    assert CLEANER.clean([line, *PROSE], "") == list(PROSE)
    # a sentence mentioning a time is not one
    said = "会议于2024-07-22 11:05在南京召开，发布于江苏的通知同时生效。"
    assert CLEANER.clean([said, *PROSE], "") == [said, *PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "时间：2024-05-30 11:12 来源：太仓市民政局 点击：045",
        "发布日期：2024-06-28 浏览：012",
        "（来源：姑苏区应急管理局 作者：何静 编辑：罗斌 发布时间：2024年10月14日 08:02）",
        "【发布时间：2024-10-14 08:02 来源：姑苏区应急管理局】",
        "| 发布时间： | 2024-10-14 08:02 | 来源： | 姑苏区应急管理局 | 访问次数： | 027 |",
    ],
)
def test_info_lines_of_labels_and_values_never_reach_the_body(line: str) -> None:
    """Whatever wraps them (brackets, table cells) and whatever counter closes them."""
    assert CLEANER.clean([line, *PROSE], "") == list(PROSE)
    assert CLEANER.clean([*PROSE, line], "") == list(PROSE)


def test_a_data_table_row_mentioning_a_label_stays() -> None:
    """As one line, its cells apart by a space: as the page's own lines read a row."""
    row = "| 来源 | 群众举报 | 46处 |"
    assert CLEANER.clean([PROSE[0], row, PROSE[1]], "") == [
        PROSE[0],
        "来源 群众举报 46处",
        PROSE[1],
    ]


@pytest.mark.parametrize(
    "line",
    [
        "高新区新建三所公办幼儿园 秋季开学新增学位1800个",
        "高新区新建三所公办幼儿园秋季开学新增学位1800个",
        "聚焦民生高新区新建三所公办幼儿园 秋季开学新增学位1800个",
        "聚焦民生 高新区新建三所公办幼儿园　秋季开学新增学位1800个",
    ],
)
def test_the_headline_above_the_text_goes_with_or_without_its_kicker(line: str) -> None:
    title = "高新区新建三所公办幼儿园 秋季开学新增学位1800个"
    assert CLEANER.clean([line, *PROSE], title) == list(PROSE)


def test_a_kicker_on_its_own_line_above_the_repeated_headline_goes_with_it() -> None:
    title = "高新区新建三所公办幼儿园 秋季开学新增学位1800个"
    assert CLEANER.clean(["聚焦民生", title, *PROSE], title) == list(PROSE)


@pytest.mark.parametrize(
    "info",
    ["2023-08-19 来源：解放日报", "发布时间：2024年3月27日 10:08 来源：区民政局", "来源：苏州日报"],
)
def test_the_headline_with_its_info_line_in_one_element_goes(info: str) -> None:
    """<h2>headline <small>date <span>来源</span></small></h2> reads as one line."""
    title = "高新区新建三所公办幼儿园 秋季开学新增学位1800个"
    assert CLEANER.clean([f"{title} {info}", *PROSE], title) == list(PROSE)


def test_the_headline_followed_by_a_sentence_in_one_line_is_text() -> None:
    title = "秋季开学新增学位1800个"
    line = f"{title} 记者从苏州高新区教育局获悉，三所公办幼儿园已全部完工。"
    assert CLEANER.clean([line, *PROSE], title) == [line, *PROSE]


def test_a_line_ending_with_the_headline_after_a_long_lead_is_text() -> None:
    title = "秋季开学新增学位1800个"
    line = "记者从苏州高新区教育局获悉，三所公办幼儿园已全部完工，秋季开学新增学位1800个"
    assert CLEANER.clean([line, *PROSE], title) == [line, *PROSE]


def test_a_notices_signing_body_stays_and_its_date_goes() -> None:
    """The 落款 under a government notice: the issuing body is part of the notice (as in
    tests/corpus/gov_mzj_notice), the bare date is its publication time, read as metadata."""
    lines = [*PROSE, "吴江区民政局", "2024年6月24日"]
    assert CLEANER.clean(lines, "") == [*PROSE, "吴江区民政局"]


def test_a_sidebar_list_heading_after_a_short_text_goes_with_its_links() -> None:
    lines = ["现将2024年度社会组织评估结果予以公示，详见附件。", "最新公示", "我市发布高温橙色预警"]
    cleaner = LineCleaner(RULES, link_texts=frozenset({"我市发布高温橙色预警"}))
    assert cleaner.clean(lines, "") == lines[:1]


def test_an_app_promotion_row_beside_link_captions_goes_whole() -> None:
    # "| 网易财经 会赚钱的客户端： | 网易携手华泰证券 推出“打新神器”： |" as trafilatura writes it
    row = "| 民政服务 随身办的客户端： | 年检一网通办 上线“掌上办”： |"
    cleaner = LineCleaner(RULES, link_texts=frozenset({"年检一网通办 上线“掌上办”："}))
    assert cleaner.clean([*PROSE, row], "") == list(PROSE)


def test_a_data_row_with_a_link_cell_stays() -> None:
    row = "| 苏州市养老服务协会 | 5A |"
    cleaner = LineCleaner(RULES, link_texts=frozenset({"苏州市养老服务协会"}))
    assert cleaner.clean([*PROSE, row], "") == [*PROSE, "苏州市养老服务协会 5A"]


def test_channel_labels_over_lost_link_groups_end_no_article() -> None:
    # the links under 证券要闻 / 行业动态 were dropped, their bold labels were not
    lines = [*PROSE, "证券要闻", "行业动态", "公司新闻"]
    assert CLEANER.clean(lines, "") == list(PROSE)
    # one such line closing the text may be the article's own
    assert CLEANER.clean([*PROSE, "民生快讯"], "") == [*PROSE, "民生快讯"]


def test_a_key_recommendations_heading_takes_its_link_groups_along() -> None:
    lines = [*PROSE, "重点推荐", "更多精彩资讯请点击 民政要闻", "民政要闻", "养老服务条例今起施行"]
    assert CLEANER.clean(lines, "") == list(PROSE)


def test_related_links_after_the_text_go_though_they_ask_or_wear_bullets() -> None:
    links = ("“计件反腐”是指标思维下的政绩阴谋", '基层减负"后进单位问责制"引争议 能否"一刀切"?')
    cleaner = LineCleaner(RULES, link_texts=frozenset({*links, "反腐总动员"}))
    assert cleaner.clean([*PROSE, *links, "相关专题", "· 反腐总动员"], "") == list(PROSE)
    # a sentence that is a link, closing the text, stays
    sentence = "详情请见市民政局网站发布的通知。"
    linked = LineCleaner(RULES, link_texts=frozenset({sentence, links[0]}))
    assert linked.clean([*PROSE, links[0], sentence], "") == [*PROSE, links[0], sentence]


@pytest.mark.parametrize(
    "heading",
    [
        "相关日志",
        "相关专题",
        "重点推荐",
        "精彩视频推荐",
        "相关视频",
        "视频推荐",
        "相关公告",
        "相关文件：",
    ],
)
def test_more_related_block_headings_take_their_links_along(heading: str) -> None:
    link = "社会组织年检工作启动 (4)"
    cleaner = LineCleaner(RULES, link_texts=frozenset({link}))
    assert cleaner.clean([*PROSE, heading, link], "") == list(PROSE)


def test_a_wordpress_category_and_date_line_is_an_info_line() -> None:
    assert CLEANER.clean(["其它内容 十一月 6th, 2009", *PROSE], "") == list(PROSE)


def test_a_link_blocks_heading_in_a_table_cell_still_takes_the_rows_under_it() -> None:
    lines = [*PROSE, "| （责任编辑：王敏） |", "| 相关专题 |", "| · 养老服务专题 |"]
    cleaner = LineCleaner(RULES, link_texts=frozenset({"养老服务专题"}))
    assert cleaner.clean(lines, "") == list(PROSE)


def test_a_document_title_set_on_several_lines_above_the_text_goes() -> None:
    title = "市人民政府关于加快推进养老服务体系建设的意见"
    lines = ["市人民政府关于加快推进", "养老服务体系建设的意见", "市政发〔2024〕12号", *PROSE]
    assert CLEANER.clean(lines, title) == list(PROSE)


def test_links_joined_by_dashes_close_a_list_of_links() -> None:
    links = ("搜索华尔兹", "首页", "订阅到QQ邮箱", "与社区养老关系最密切的9个人(图解)")
    cleaner = LineCleaner(RULES, link_texts=frozenset(links))
    lines = [*PROSE, "搜索华尔兹-首页-订阅到QQ邮箱", links[3]]
    assert cleaner.clean(lines, "") == list(PROSE)


def test_nested_book_titles_closing_a_line_are_no_read_more_arrow() -> None:
    line = "现将《关于印发〈苏州市社会组织管理办法〉的通知》《关于印发《苏州市社会组织评估办法》》"
    assert CLEANER.clean([PROSE[0], line], "") == [PROSE[0], line]


def test_the_accounts_follow_card_above_the_text_goes_and_its_name_signing_below_stays() -> None:
    cleaner = LineCleaner(RULES, account_names=frozenset({"苏州民政"}))
    signed = [*PROSE, "苏州民政"]
    assert cleaner.clean(["苏州民政", *PROSE], "") == list(PROSE)
    assert cleaner.clean(signed, "") == signed


def test_a_footer_marker_after_lines_of_verse_cuts_what_follows() -> None:
    verse = ["七年前", "你还在课堂上读书", "如今你站在废墟里", "等待一个春天", "活下去", "别哭"]
    teaser = "比马桶还脏！"
    assert CLEANER.clean([*verse, "▼点击查看更多文章", teaser], "") == verse
    # above a short text the marker goes alone
    assert CLEANER.clean(["▼点击查看更多文章", *verse[:2]], "") == verse[:2]


def test_linked_titles_under_a_related_heading_go_though_they_end_like_sentences() -> None:
    title = "10 月全国程序员工资统计，一半以上的职位 5 个月没招到人！"
    cleaner = LineCleaner(RULES, link_texts=frozenset({title}))
    assert cleaner.clean([*PROSE, "推荐阅读", title], "") == list(PROSE)
    # the same sentence unlinked ends the block: it is text
    assert CLEANER.clean([*PROSE, "推荐阅读", title], "") == [*PROSE, title]


def test_prose_with_spaces_beside_a_bracketed_notice_is_no_data_table() -> None:
    prose = "他曾在微软实习，是 GDE（Google Developers）的成员，目前研究强化学习。"
    notice = "（*本文为 AI科技大本营整理文章，转载请微信联系 1092722531）"
    assert CLEANER.clean([PROSE[0], prose, notice], "") == [PROSE[0], prose]

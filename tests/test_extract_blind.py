"""Classes of pages first met in the blind batches 37–42 (tests/corpus/full/build_blind.py)
and on real third-party pages (synthetic reproductions: the real pages stay outside)."""

from __future__ import annotations

from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.extract.boilerplate import LineCleaner
from newswatch.pipeline.extract.builtin_rules import load_builtin_rules
from newswatch.pipeline.extract.captions import picture_labels
from newswatch.pipeline.extract.choice import PageLines
from newswatch.pipeline.extract.document import link_texts, page_lines, parse_html
from newswatch.pipeline.extract.lead import lead_caption

TITLE = "吴江区召开社会组织年报工作推进会"
PROSE = (
    "4月16日下午，吴江区召开社会组织年报工作推进会，区民政局、各镇社会事务办负责人及260余家社会组织代表参加会议。",
    "会上，区民政局通报了去年年报报送情况，全区应参加年报的社会组织共1083家，按时报送率达到96.4%。",
    "会议要求，各镇要落实属地管理责任，建立一对一联系提醒机制，对成立不满一年的社会组织重点跟进。",
)
URL = "https://example.cn/a.html"


def _lines(page: str) -> list[str]:
    return extract_article(page.encode(), URL).text.split("\n")


def _assert_prose_at(page: str, minute: str) -> None:
    """The page yields PROSE, published at `minute`."""
    article = extract_article(page.encode(), URL)
    assert article.text.split("\n") == list(PROSE)
    assert article.published_at is not None
    assert article.published_at.strftime("%Y-%m-%d %H:%M") == minute


def test_a_policy_qa_with_feedback_buttons_is_the_article_not_a_list_of_records() -> None:
    # 有用(12) is a button with its count, not a headline link: the items are not teasers
    qa = [
        (
            "问：成立社会团体需要具备哪些条件？",
            "答：应当有50个以上的个人会员或者30个以上的单位会员，有规范的名称和相应的组织机构。",
        ),
        (
            "问：社会组织变更住所需要提交哪些材料？",
            "答：需提交变更登记申请书、理事会同意变更的会议纪要和新住所的使用权证明。",
        ),
        (
            "问：办理登记业务可以全程网办吗？",
            "答：可以。成立、变更、注销登记均可通过网上办事大厅在线申请，证书可邮寄送达。",
        ),
    ]
    items = "".join(
        f"<div class='qa-item'><div class='q'><span>{q}</span></div><div class='a'><p>{a}</p></div>"
        "<div class='useful'><a>有用(12)</a><a>没用(0)</a></div></div>"
        for q, a in qa
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>登记问答-吴江区民政局</title></head><body>"
        f"<h1>登记问答</h1><div class='meta'>发布日期：2025-02-20　信息来源：吴江区民政局</div>"
        "<div class='qa-list'><p>为方便群众办事，现将社会组织登记业务中的常见问题解答如下。</p>"
        f"{items}</div>"
        "</body></html>"
    )
    assert _lines(page) == [
        "为方便群众办事，现将社会组织登记业务中的常见问题解答如下。",
        *(line for pair in qa for line in pair),
    ]


def test_an_aspnet_page_wrapped_in_one_form_keeps_its_list_items() -> None:
    # WebForms pages hold the whole page in <form id="form1">: the DOM scorer enters it
    items = "".join(
        f"<li>{item}</li>"
        for item in (
            "一是搭建平台，每年举办两场公益项目交流展示活动；",
            "二是强化培训，开设财务管理专题课程；",
        )
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}--社会组织网</title></head><body>"
        "<form method='post' id='form1'><div class='menu'><a>首页</a><a>工作动态</a></div>"
        f"<h1><span id='lblTitle'>{TITLE}</span></h1>"
        "<div class='xx'>发布时间：2025/4/17 16:42:00　点击：386</div>"
        f"<span id='lblContent'><p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
        "<p>新一届理事会将重点做好两件事：</p>"
        f"<ul>{items}</ul><p>{PROSE[2]}</p></span></form></body></html>"
    )
    assert _lines(page) == [
        PROSE[0],
        PROSE[1],
        "新一届理事会将重点做好两件事：",
        "一是搭建平台，每年举办两场公益项目交流展示活动；",
        "二是强化培训，开设财务管理专题课程；",
        PROSE[2],
    ]


def test_sub_headings_in_styled_sections_are_kept_between_the_paragraphs() -> None:
    # trafilatura drops these short lines; the container holding its text and them wins
    def heading(text: str) -> str:
        return (
            "<section style='background:#ffe9d6;border-left:4px solid #ff7a00'>"
            f"<p><strong><span style='color:#ff7a00'>{text}</span></strong></p></section>"
        )

    content = (
        f"<p><span leaf=''>{PROSE[0]}</span></p>{heading('开班时间')}"
        f"<p><span leaf=''>{PROSE[1]}</span></p>{heading('报名方式')}"
        f"<p><span leaf=''>{PROSE[2]}</span></p>"
        "<section><p>长按识别二维码关注我们</p><p>文字：李想 编辑：王佳</p></section>"
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<h1 class='rich_media_title' id='activity-name'>{TITLE}</h1>"
        "<div id='meta_content'><em id='publish_time'>2025年07月03日 17:30</em></div>"
        f"<div class='rich_media_content' id='js_content'>{content}</div></body></html>"
    )
    assert _lines(page) == [PROSE[0], "开班时间", PROSE[1], "报名方式", PROSE[2]]


def test_a_title_tag_holding_only_the_site_name_gives_way_to_the_heading() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>看苏州</title></head><body>"
        "<div class='top'><span>看苏州 · 苏州广电总台</span><a>立即下载</a></div>"
        f"<div class='news-title'>{TITLE}</div><div class='news-info'>2025-09-28 21:14</div>"
        f"<div class='news-content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    )
    assert extract_article(page.encode(), URL).title == TITLE


def test_a_share_page_wrapper_named_like_chrome_is_not_chrome() -> None:
    # "share" names chrome, but this block holds the page's text: its time and text are the
    # article's
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        "<div class='share-page'><div class='download-top'>看苏州 · 苏州广电总台</div>"
        f"<div class='news-title'>{TITLE}</div>"
        "<div class='news-info'><span>吴江区民政局</span><span>2025-04-17 16:42:06</span></div>"
        f"<div class='news-content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p></div>"
        # the app's state repeats the article: script text is not the page's
        f"</div><script>window.__STATE__={{content:'{''.join(PROSE * 2)}'}}</script></body></html>"
    )
    _assert_prose_at(page, "2025-04-17 16:42")


def _caption(top: str) -> str | None:
    root = parse_html(
        f"<html><body>{top}<h1>{TITLE}</h1><article><p>{PROSE[0]}</p></article></body></html>"
    )
    page = PageLines.of(page_lines(root), TITLE, link_texts(root))
    return lead_caption(root, page, [PROSE[0]], LineCleaner(load_builtin_rules()).is_junk)


def test_a_lead_pictures_caption_above_the_headline_is_text() -> None:
    caption = "去年暑期课堂上，孩子们在志愿者指导下制作手工作品。"
    swiper = "<div class='swiper'><img src='/a.jpg'><span>1/3</span></div>"
    assert _caption(f"<div class='lead'>{swiper}<p>{caption}</p></div>") == caption
    figure = f"<figure><img src='/a.jpg'><figcaption>{caption}</figcaption></figure>"
    assert _caption(figure) == caption


def test_a_sentence_above_the_headline_is_no_caption_without_a_picture_or_as_a_link() -> None:
    caption = "去年暑期课堂上，孩子们在志愿者指导下制作手工作品。"
    assert _caption(f"<div class='notice'><p>{caption}</p></div>") is None
    assert _caption(f"<div><img src='/a.jpg'><p><a href='/b'>{caption}</a></p></div>") is None
    assert _caption("<div><img src='/a.jpg'><p>图为活动现场</p></div>") is None


def test_a_hidden_share_card_above_the_header_is_neither_headline_nor_article() -> None:
    # display:none <h1> and summary first in <body>, a menu, then the visible article
    menu = "".join(f"<li><a href='/c{n}/'>频道{n}</a></li>" for n in range(12))
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}_政务</title></head><body>"
        "<div style='display:none;'><img src='share.jpg'/>"
        f"<h1>{TITLE}</h1><h2>{PROSE[0]}</h2></div><div class='topnav'><ul>{menu}</ul></div>"
        f"<div class='container'><h1 class='title'>{TITLE}</h1>"
        "<div class='info'><div>来源：吴江区民政局</div><div>2024-04-17 16:42　</div></div>"
        f"<div id='Content' class='article'><p>{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p>"
        "</div></div></body></html>"
    )
    _assert_prose_at(page, "2024-04-17 16:42")


def test_page_lines_leave_out_blocks_hidden_by_their_own_markup() -> None:
    root = parse_html(
        "<html><body><div style='DISPLAY: none'>隐藏的分享卡片</div><p hidden>隐藏段落</p>"
        "<div style='visibility:visible'>看得见的一行</div></body></html>"
    )
    assert page_lines(root) == ["看得见的一行"]


def test_a_page_hiding_all_its_content_until_a_script_runs_is_still_read() -> None:
    root = parse_html(
        f"<html><body><div id='app' style='display:none'><h1>{TITLE}</h1><p>{PROSE[0]}</p>"
        "</div><div class='foot'>版权所有</div></body></html>"
    )
    assert page_lines(root) == [TITLE, PROSE[0], "版权所有"]


def test_a_blog_posts_title_linking_to_itself_is_no_channel_name() -> None:
    # <h2><a rel="bookmark">…</a></h2>: a permalink, though short and a link
    page = (
        "<html><head><meta charset='utf-8'>"
        "<title>社区养老要算好长远账 _ 民政博客</title></head><body>"
        "<div id='header'><h1><a href='/'><img src='/logo.png'></a></h1></div>"
        "<div class='post'><h2><a href='/1513.html' rel='bookmark'>社区养老要算好长远账</a></h2>"
        "<span class='post-calendar'>五月 6th, 2024</span>"
        f"<div class='post-content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></div></body></html>"
    )
    article = extract_article(page.encode(), "https://blog.example.cn/1513.html")
    assert article.title == "社区养老要算好长远账"
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == "2024-05-06"


def test_a_long_comment_section_holding_most_of_the_text_stays_chrome() -> None:
    # most of the page's text, but not the headline: no wrapper
    comment = (
        "我们小区去年就改造了，电梯装上以后老人出门方便多了，"
        "希望各地都能落实到位，让老百姓得到实惠。"
    )
    comments = "".join(f"<p>{comment}</p>" for _ in range(8))
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<h1>{TITLE}</h1><div class='info'>2024-04-17 16:42 来源：吴江区民政局</div>"
        f"<div class='article'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>"
        f"<div class='comment-box'>{comments}</div></body></html>"
    )
    assert _lines(page) == [PROSE[0], PROSE[1]]


def _labels(body: str) -> frozenset[str]:
    return picture_labels(parse_html(f"<html><body>{body}</body></html>"))


def test_a_pictures_short_label_is_no_text() -> None:
    # 组图 portals: a centred label after <br>s, the next row of a layout table
    # repeating the alt text, a centred paragraph after the picture's, 图注
    assert _labels("<center><img src='a.jpg'><br><img src='c.gif'><br>爱戴领奖 </center>") == {
        "爱戴领奖"
    }
    table = (
        "<table><tr><td align='middle'><table><tr><td><img alt='组合T台走秀' src='a.jpg'>"
        "</td></tr></table></td></tr><tr><td>组合T台走秀</td></tr></table>"
    )
    assert _labels(table) == {"组合T台走秀"}
    centred = "<p align='center'><img src='a.jpg'></p><p align='center'><a>曹方</a>新专辑宣传照</p>"
    assert _labels(centred) == {"曹方新专辑宣传照"}
    labelled = (
        "<p align='center'><img src='a.jpg'></p>"
        "<p class='pictext'><font>　　图注：测试表明，传言是不正确的</font></p>"
    )
    assert _labels(labelled) == {"图注：测试表明，传言是不正确的"}


def test_caption_sentences_and_headings_under_pictures_stay_text() -> None:
    sentence = "<p align='center'><img src='a.jpg'></p><p align='center'>志愿者为老人测量血压。</p>"
    assert _labels(sentence) == frozenset()
    heading = "<p><img src='a.jpg'></p><p style='text-align:center'><b>一、活动时间</b></p>"
    assert _labels(heading) == frozenset()
    plain = "<p><img src='a.jpg'></p><p>报名方式</p>"
    assert _labels(plain) == frozenset()


def test_a_photo_storys_labels_go_and_its_caption_sentences_stay() -> None:
    sentence = "活动现场，志愿者为老人测量血压。"
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        f"<h1>{TITLE}</h1><div class='info'>2024-04-17 16:42 来源：吴江区民政局</div>"
        "<div id='artibody'><center><img src='a.jpg'><br>推进会现场</center>"
        f"<p>{PROSE[0]}</p><p align='center'><img src='b.jpg'></p><p align='center'>{sentence}</p>"
        f"<p>{PROSE[1]}</p><p>{PROSE[2]}</p></div></body></html>"
    )
    assert _lines(page) == [PROSE[0], sentence, PROSE[1], PROSE[2]]

"""Classes of the second set of real pages (/work/realpages2, kept outside the repository),
reproduced with text of our own: self-media credit boxes, share and read-more prompts,
credits glued to the last sentence, 公文 editorial notes, report advertisements, and the
dates of list entries and author bars."""

from __future__ import annotations

from newswatch.pipeline.extract import extract_article

TITLE = "社区社会组织参与基层治理的三种路径"
PROSE = (
    "近年来，越来越多的社区社会组织走进楼道和小区，成为居民自治的重要力量，也为基层治理提供了新的抓手。",
    "一些社区把闲置用房改造成议事空间，由社会组织牵头召集居民讨论加装电梯、停车管理等身边事。",
    "研究者认为，社会组织的专业能力和社区的组织动员相结合，才能让治理成果更持久地惠及居民。",
)
URL = "https://example.cn/article/2024/0612/a.html"


def _page(body: str, *, head: str = "", info: str = "", between: str = "") -> str:
    return (
        f"<html><head><title>{TITLE}_某某网</title>{head}</head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/news/">资讯</a></div>'
        f'<div class="article"><h1>{TITLE}</h1>{info}{between}'
        f'<div class="article-content">{body}</div></div>'
        '<div class="footer">Copyright © 某某网 版权所有</div></body></html>'
    )


def _paragraphs(before: str = "", after: str = "") -> str:
    return before + "".join(f"<p>{p}</p>" for p in PROSE) + after


def _text(page: str) -> list[str]:
    return extract_article(page.encode(), URL).text.split("\n")


def _published(page: str, url: str = URL) -> str | None:
    article = extract_article(page.encode(), url)
    if article.published_at is None:
        return None
    return article.published_at.strftime("%Y-%m-%d %H:%M")


INFO = '<div class="info">2024-06-12 14:00 来源：某某网</div>'


def test_a_self_media_reprint_loses_its_account_credit_stance_and_app_lines() -> None:
    credit = "本文来自微信公众号：某某研究社（ID：moumou），作者：某某传媒，标题图来自视觉中国"
    body = _paragraphs(
        f"<p>{credit}</p>",
        f"<p>{credit}</p><p>*文章为作者独立观点，不代表某某网立场</p>"
        "<p>本文由 某某研究社 授权</p>"
        "<p>某某网 发表，并经某某网编辑。转载此文章须经作者同意，并请附上出处及本页链接。</p>"
        "<p>未来面前，你我还都是孩子，还不去下载 某某App 一起看未来！</p>",
    )
    assert _text(_page(body, info=INFO)) == list(PROSE)


def test_an_authorisation_and_stance_line_after_a_column_goes() -> None:
    statement = (
        "本文为王某某授权网易财经《某某观察》发布，转载请注明出处。"
        "本文仅为作者观点，不代表网易立场。"
    )
    assert _text(_page(_paragraphs(after=f"<p>{statement}</p>"), info=INFO)) == list(PROSE)


def test_other_platforms_spell_their_boxes_their_own_way() -> None:
    for closing in (
        "本文来自微信公众号“某某观察”（ID：mmgc），作者：李某，36氪经授权发布。",
        "本文系作者 陈某 授权钛媒体发表，并经钛媒体编辑，转载请注明出处、作者和本文链接",
        "本文为转载内容，授权事宜请联系原著作权人。",
        "本文来自腾讯新闻客户端自媒体，不代表腾讯网的观点和立场。",
        "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。",
    ):
        page = _page(_paragraphs(after=f"<p>{closing}</p>"), info=INFO)
        assert _text(page) == list(PROSE), closing


def test_a_credit_glued_to_the_last_sentence_goes_and_the_sentence_stays() -> None:
    last = f"<p>{PROSE[-1]}（编译/林某某）</p>"
    widgets = (
        "<p>转播到腾讯微博</p>"
        '<div class="video"><h3>精彩视频推荐</h3>'
        '<p><a href="/v/1.html">社区议事会上，居民们为什么吵起来了？</a></p></div>'
    )
    body = "".join(f"<p>{p}</p>" for p in PROSE[:-1]) + last + widgets
    assert _text(_page(body, info=INFO)) == list(PROSE)


def test_a_read_the_original_prompt_and_an_image_credit_go() -> None:
    body = _paragraphs("<p>题图来自 视觉中国</p>", "<p>点击【阅读原文】，马上报名吧！</p>")
    assert _text(_page(body, info=INFO)) == list(PROSE)


def test_an_app_store_prompt_closing_a_magazine_story_goes() -> None:
    prompt = "<p>喜欢这篇文章？去 App 商店搜 某某日报 ，每天看点不一样的。</p>"
    assert _text(_page(_paragraphs(after=prompt), info=INFO)) == list(PROSE)


def test_a_documents_editorial_note_goes() -> None:
    assert _text(_page(_paragraphs(after="<p>（本文有删减）</p>"), info=INFO)) == list(PROSE)


def test_a_research_houses_advertisement_closing_the_story_goes() -> None:
    promo = (
        "<p>立足学术前沿，远瞻产业发展。更多数据请参考某某产业研究院《2025-2030年中国社区服务行业"
        "发展前景预测与投资战略规划分析报告》，同时某某产业研究院提供产业规划、产业招商等解决方案。</p>"
    )
    assert _text(_page(_paragraphs(after=promo), info=INFO)) == list(PROSE)


def test_the_time_in_an_author_bar_named_for_its_share_buttons_is_read() -> None:
    bar = (
        '<div class="author-share"><span class="name">谢某某</span>'
        '<span class="date">2024-06-12 14:27:02</span>'
        '<span class="share"><a>微信</a><a>微博</a></span></div>'
    )
    assert _published(_page(_paragraphs(), between=bar)) == "2024-06-12 14:27"


def test_a_related_documents_date_under_the_headline_is_not_the_articles() -> None:
    # the 政务公开 table above the headline shows 生成日期; the CMS's PubDate is a
    # later regeneration; the 关联稿件 list under the headline dates another page
    head = '<meta name="PubDate" content="2024-08-16 10:33:59">'
    table = (
        '<div class="meta-data"><dl><dd><label>索 引 号：</label><div>01234/2024-00123</div></dd>'
        "<dd><label>生成日期：</label><div>2024-05-11</div></dd>"
        "<dd><label>公开方式：</label><div>主动公开</div></dd></dl></div>"
    )
    related = (
        '<div class="article-reldocuments"><h3>关联稿件：</h3><ul><li>'
        '<a href="/jd/1.shtml">图文解读：《某某县2023年社区治理工作报告》</a>'
        '<span class="time">2024-07-12</span></li></ul></div>'
    )
    page = (
        f"<html><head><title>{TITLE}_某某县人民政府</title>{head}</head><body>{table}"
        f"<h1>{TITLE}</h1>{related}"
        f'<div class="article-content">{_paragraphs()}</div></body></html>'
    )
    assert _published(page, "https://example.gov.cn/tjsj/7215380191.shtml") == "2024-05-11 00:00"
    assert _text(page) == list(PROSE)


def test_an_event_time_in_the_text_does_not_overrule_the_meta_publication_time() -> None:
    # only a publication label (发布/生成/发文日期) speaks for the page against its meta tag
    head = '<meta name="PubDate" content="2024-06-12 09:30:00">'
    notice = "<p>活动时间：2024年8月1日 14:00</p><p>活动地点：社区服务中心二楼会议室</p>"
    page = (
        f"<html><head><title>{TITLE}_某某网</title>{head}</head><body>"
        f'<h1>{TITLE}</h1><div class="article-content">{_paragraphs(after=notice)}</div>'
        "</body></html>"
    )
    assert _published(page, "https://example.cn/a/8812.html") == "2024-06-12 09:30"


def test_a_wechat_articles_follow_card_credits_and_promotion_tail_never_reach_the_text() -> None:
    # set 7 (/work/realpages7): a 公众号's own boilerplate inside #js_content
    card = (
        "<section><strong>苏州社工</strong></section><p>有态度 有温度 全城社工都在关注</p>"
        "<p>（点击上方公众号，可快速关注）</p>"
    )
    tail = (
        "<p>欢迎转发点赞</p><p>▼点击查看更多文章</p>"
        '<p><a href="https://mp.weixin.qq.com/s?x=1">比马桶还脏！</a></p>'
        "<p>校 审 | 任晓蓉</p><p>编 辑 | 唐 月</p><p>目前50000+人已关注加入我们</p>"
    )
    html = (
        f"<html><head><title>{TITLE}</title></head><body>"
        f'<div id="page-content"><h1 class="rich_media_title" id="activity-name">{TITLE}</h1>'
        '<div id="meta_content"><em id="publish_time">2024-06-12</em>'
        '<a id="js_name">苏州社工</a></div>'
        f'<div class="rich_media_content" id="js_content">{card}{_paragraphs()}{tail}</div>'
        "</div></body></html>"
    )
    article = extract_article(html.encode(), "https://mp.weixin.qq.com/s/abc")
    assert article.text == "\n".join(PROSE)

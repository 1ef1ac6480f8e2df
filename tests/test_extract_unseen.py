"""Classes of pages first met in the unseen_ batches (tests/corpus/full/build_unseen.py)."""

from __future__ import annotations

import pytest
from newswatch.pipeline.article import ExtractedArticle
from newswatch.pipeline.extract import extract_article
from newswatch.pipeline.extract.document import element_lines, parse_html

PROSE = (
    "3月27日，相城区民政局举办社会组织年检集中辅导会，全区120余家社会组织负责人和财务人员参加。",
    "辅导会上，工作人员逐项讲解了年检报告填写、财务审计和信息公开等方面的要求和注意事项。",
)


def _minute(article: ExtractedArticle) -> str:
    """The article's time to the minute ('' when it has none)."""
    return article.published_at.strftime("%Y-%m-%d %H:%M") if article.published_at else ""


def _page(body: str, title: str = "相城区举办社会组织年检辅导会", head: str = "") -> bytes:
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
        f"<h1>{title}</h1><div class='info'>2024-03-27 10:00 来源：相城区民政局</div>"
        f"{body}</body></html>"
    ).encode()


def test_a_data_table_row_is_one_line_even_with_paragraphs_in_its_cells() -> None:
    root = parse_html(
        "<div><table><tr><td><p>阶段</p></td><td><p><span>时间</span></p></td></tr>"
        "<tr><td>网上填报</td><td>3月10日至4月30日</td></tr></table></div>"
    )
    assert element_lines(root) == ["阶段 时间", "网上填报 3月10日至4月30日"]


def test_a_layout_cell_keeps_its_paragraphs_and_lists_as_lines() -> None:
    root = parse_html(
        "<table><tr><td><p>第一段。</p><p>第二段。</p></td>"
        "<td><b>相关信息</b><ul><li><a>一条</a></li><li><a>两条</a></li></ul></td></tr></table>"
    )
    assert element_lines(root) == ["第一段。", "第二段。", "相关信息", "一条", "两条"]


def test_a_table_in_the_article_comes_out_row_by_row() -> None:
    table = (
        "<table border='1'><tr><td>地区</td><td>社会团体（家）</td></tr>"
        "<tr><td>江阴市</td><td>701</td></tr><tr><td>宜兴市</td><td>625</td></tr></table>"
    )
    page = _page(f"<div class='content'><p>{PROSE[0]}</p>{table}<p>{PROSE[1]}</p></div>")
    article = extract_article(page, "https://example.cn/a.html")
    assert article.text.split("\n") == [
        PROSE[0],
        "地区 社会团体（家）",
        "江阴市 701",
        "宜兴市 625",
        PROSE[1],
    ]


def test_a_gallery_keeps_its_captions_and_drops_its_counters() -> None:
    captions = [
        "10月15日，吴中区临湖镇的高标准农田里，联合收割机正在抢收水稻。",
        "金黄的稻田与蓝色的太湖相映成趣，构成一幅秋日丰收画卷。",
        "种粮大户查看今年新收的稻谷。他说，今年亩产预计超过1300斤。",
    ]
    items = "".join(
        f"<div class='pic-item'><div class='pic-img'><img src='/{i}.jpg'></div>"
        f"<div class='pic-num'>{i + 1}/{len(captions)}</div><p class='pic-txt'>{text}</p></div>"
        for i, text in enumerate(captions)
    )
    page = _page(f"<div class='pic-show'><a>上一张</a><a>下一张</a>{items}</div>")
    assert extract_article(page, "https://example.cn/g.html").text.split("\n") == captions


def test_a_list_of_other_articles_ending_the_text_is_dropped() -> None:
    links = "".join(
        f"<p><a href='/s?{i}'>{title}</a></p>"
        for i, title in enumerate(("南通市专项整治低空经济发展", "粤港澳大湾区再提速数字经济发展"))
    )
    page = _page(f"<div id='js_content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p>{links}</div>")
    assert extract_article(page, "https://example.cn/w.html").text.split("\n") == list(PROSE)


def test_a_headline_with_its_own_colon_after_a_hyphenated_site_name() -> None:
    title = "家门口的“幸福驿站”：一碗热饭里的基层治理"
    page = (
        f"<html><head><meta charset='utf-8'><title>姑苏晚报数字报-{title}</title></head><body>"
        f"<table><tr><td class='font01'><founder-title>{title}</founder-title></td></tr></table>"
        f"<div id='ozoom'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    assert extract_article(page, "https://example.cn/e.html").title == title


def test_an_e_paper_url_dates_the_article() -> None:
    page = _page(f"<div id='ozoom'><p>{PROSE[0]}</p></div>").replace(b"2024-03-27 10:00 ", b"")
    url = "http://epaper.example.cn/gswb/html/2024-10/09/content_15893.htm"
    article = extract_article(page, url)
    assert article.published_at is not None
    assert (article.published_at.date().isoformat(), article.published_precision) == (
        "2024-10-09",
        "day",
    )


def _dated_after(line: str) -> bytes:
    return _page(f"<div class='RichText'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div><div>{line}</div>")


def test_a_time_published_at_after_the_text_dates_the_article() -> None:
    page = _dated_after("发布于 2024-09-27 11:26・IP 属地江苏").replace(b"2024-03-27 10:00 ", b"")
    article = extract_article(page, "https://example.cn/p.html")
    assert article.text.split("\n") == list(PROSE)
    assert _minute(article) == "2024-09-27 11:26"


def test_an_edit_time_gives_way_to_the_publication_time() -> None:
    page = _page(
        f"<div class='c'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>"
        "<div>编辑于 2024-09-29 08:00・IP 属地江苏</div>"
    )
    article = extract_article(page, "https://example.cn/p.html")
    assert _minute(article) == "2024-03-27 10:00"


def test_a_forum_post_in_a_table_cell_keeps_its_br_paragraphs() -> None:
    post = "<br />\r\n".join(PROSE)
    page = (
        "<html><head><meta charset='utf-8'><title>相城区举办辅导会 - 论坛</title></head><body>"
        "<h1><span id='thread_subject'>相城区举办辅导会</span></h1>"
        "<table><tr><td class='pls'>楼主</td><td class='plc'><em>发表于 2024-8-6 08:05</em>"
        "<table><tr><td class='t_f'><i> 本帖最后由 小编 于 2024-8-6 10:31 编辑 </i><br /><br />"
        f"{post}</td></tr></table></td></tr></table></body></html>"
    ).encode()
    article = extract_article(page, "https://bbs.example.cn/thread-1-1-1.html")
    assert article.text.split("\n") == list(PROSE)
    assert _minute(article) == "2024-08-06 08:05"


def test_the_next_story_appended_in_full_is_left_out() -> None:
    other = "泰州市启动防汛Ⅳ级应急响应通知"
    page = (
        "<html><head><meta charset='utf-8'><title>相城区举办社会组织年检辅导会</title></head><body>"
        "<section><h1>相城区举办社会组织年检辅导会</h1><div>相城区民政局 2024-03-27 10:00</div>"
        f"<div class='c'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></section>"
        f"<div>继续阅读下一篇</div><section><h1>{other}</h1><div>泰州发布 2024-06-30 12:30</div>"
        "<div class='c'><p>受强降雨影响，市防汛防旱指挥部决定启动防汛Ⅳ级应急响应。</p>"
        "<p>各地各部门要立即进入应急状态，加强值班值守和巡查防守，确保人民群众生命财产安全。</p></div>"
        "</section></body></html>"
    ).encode()
    assert extract_article(page, "https://m.example.cn/a.html").text.split("\n") == list(PROSE)


def test_an_advertisement_inside_the_text_is_left_out() -> None:
    ad = (
        "<div class='xd-ad'><span>广告</span><a href='https://ad.example.com/1'>"
        "<p>城东新盘火热认筹中，首付低至30万，地铁口精装三房，速来抢购！</p></a></div>"
    )
    page = _page(f"<div class='content'><p>{PROSE[0]}</p>{ad}<p>{PROSE[1]}</p></div>")
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == list(PROSE)


def test_a_time_alone_under_the_closing_date_line_gives_the_minute() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>社會福利署推出新措施</title></head><body>"
        "<span id='PRHeadlineSpan'>社會福利署推出新措施</span><br><br><span id='pressrelease'>"
        f"　　{PROSE[0]}<br><br>　　{PROSE[1]}<br><br>完<br><br>"
        "2024年6月15日（星期六）<br>香港時間18時30分<br></span></body></html>"
    ).encode()
    article = extract_article(page, "https://www.info.example.gov.hk/gia/P1.htm")
    assert article.text.split("\n") == list(PROSE)
    assert article.published_at is not None
    assert (article.published_at.strftime("%Y-%m-%d %H:%M"), article.published_precision) == (
        "2024-06-15 18:30",
        "minute",
    )


def test_an_aside_inside_the_article_is_left_out() -> None:
    aside = (
        "<aside><h4>相关专题</h4><p>基层治理现代化系列评论之三：社区是基层治理的“最后一公里”，"
        "本报将持续关注社区社会组织的培育与发展。</p></aside>"
    )
    page = _page(f"<article><p>{PROSE[0]}</p>{aside}<p>{PROSE[1]}</p></article>")
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == list(PROSE)


def test_a_date_beside_the_headline_in_its_h1_is_not_part_of_it() -> None:
    title = "2024年吴江区公开招聘社区工作者公告"
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}-园区管委会</title></head><body>"
        f"<h1>{title}<span style='float:right'>2024-07-02 17:30</span></h1>"
        f"<div class='c'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    article = extract_article(page, "https://example.cn/a.html")
    assert article.title == title
    assert _minute(article) == "2024-07-02 17:30"


def test_a_single_page_app_states_its_time_in_its_state_json() -> None:
    state = (
        '{"hot":[],"article":{"title":"x","publishTime":"2024-12-10 18:02:00",'
        '"updateTime":"2024-12-12 09:00:00"}}'
    )
    page = _page(
        f"<div class='c'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>"
        f"<script>window.__INITIAL_STATE__={state};</script>"
    ).replace(b"2024-03-27 10:00 ", b"3\xe5\xa4\xa9\xe5\x89\x8d ")
    article = extract_article(page, "https://example.cn/detail/1")
    assert article.published_at is not None
    assert (article.published_at.strftime("%Y-%m-%d %H:%M"), article.published_precision) == (
        "2024-12-10 18:02",
        "minute",
    )


def test_a_title_tag_naming_only_the_site_of_the_logo_picture_is_no_headline() -> None:
    title = "民政部等四部门印发意见 推进社区嵌入式服务设施建设"
    page = (
        "<html><head><meta charset='utf-8'><title>吴江区人民政府</title></head><body>"
        "<div class='logo'><img src='/logo.png' alt='吴江区人民政府'></div>"
        f"<div class='bt'>{title}</div><div class='sj'>2024-08-06 20:15　来源：新华社</div>"
        f"<div class='zw'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    article = extract_article(page, "https://example.gov.cn/a.shtml")
    assert article.title == title
    assert _minute(article) == "2024-08-06 20:15"


def test_an_introduction_in_a_side_column_above_the_headline_is_not_the_article() -> None:
    intro = (
        "江苏省养老服务协会成立于2012年，是由全省养老服务机构、相关企事业单位和从业人员自愿结成的"
        "全省性、行业性、非营利性社会组织，致力于推动全省养老服务行业规范发展。"
    )
    page = (
        "<html><head><meta charset='utf-8'><title>相城区举办社会组织年检辅导会-协会</title></head>"
        f"<body><div class='left'><div>协会简介</div><p>{intro}</p></div><div class='right'>"
        "<h3>相城区举办社会组织年检辅导会</h3><div>时间：2024-03-27 10:00</div>"
        f"<div class='c'><p>{PROSE[0]}</p></div></div></body></html>"
    ).encode()
    assert extract_article(page, "https://example.org/a.html").text == PROSE[0]


def test_a_signing_date_in_chinese_numerals_is_not_text() -> None:
    page = _page(
        f"<div class='c'><p>{PROSE[0]}</p><p>常熟市文明办</p><p>二〇二四年五月九日</p></div>"
    )
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == [
        PROSE[0],
        "常熟市文明办",
    ]


def test_lazy_pictures_keep_their_captions() -> None:
    captions = [
        "10月15日，吴中区临湖镇的高标准农田里，联合收割机正在抢收水稻。",
        "金黄的稻田与蓝色的太湖相映成趣，构成一幅秋日丰收画卷。",
        "新收的稻谷被运往烘干中心，当天即可完成烘干入库。",
    ]
    boxes = "".join(
        f"<div class='img-box'><img data-original='/{i}.jpg'><span>图片加载中…</span>"
        f"<a class='zoom'>点击查看大图</a><p>{text}</p></div>"
        for i, text in enumerate(captions)
    )
    page = _page(f"<div class='pic-body'>{boxes}</div>")
    assert extract_article(page, "https://example.cn/g.html").text.split("\n") == captions


def test_list_items_of_the_text_come_out_without_a_bullet() -> None:
    items = "".join(f"<li>{line}</li>" for line in PROSE)
    page = _page(f"<div class='content'><p>意见提出以下重点任务：</p><ul>{items}</ul></div>")
    assert extract_article(page, "https://example.cn/l.html").text.split("\n") == [
        "意见提出以下重点任务：",
        *PROSE,
    ]


def test_a_headline_typed_with_full_width_digits_comes_out_in_ascii() -> None:
    page = _page(
        f"<div class='c'><p>{PROSE[0]}</p></div>", title="苏州１０月空气质量优良率达９６．８％"
    )
    assert (
        extract_article(page, "https://example.cn/a.html").title == "苏州10月空气质量优良率达96.8%"
    )


def test_a_short_hidden_seo_block_in_the_text_is_left_out() -> None:
    seo = "<p style='display: none'>社区工作者招聘、报名入口、考试时间，请关注人才网。</p>"
    page = _page(f"<div class='art-body'>{seo}<p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>")
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == list(PROSE)


def test_entries_of_a_timeline_between_paragraphs_are_text() -> None:
    entries = [
        "2023年12月28日 全市首家社区基金会正式运行",
        "2024年3月12日 社区社会组织培育方案印发",
    ]
    body = "".join(f"<p>{line}</p>" for line in (PROSE[0], *entries, PROSE[1]))
    page = _page(f"<div class='art-body'>{body}</div>")
    assert extract_article(page, "https://example.cn/t.html").text.split("\n") == [
        PROSE[0],
        *entries,
        PROSE[1],
    ]


def test_a_date_the_headline_speaks_of_is_not_its_publication_time() -> None:
    title = "2024年7月1日起 我省调整城乡低保标准"
    page = _page(f"<div class='c'><p>{PROSE[0]}</p></div>", title=title)
    assert _minute(extract_article(page, "https://example.cn/h.html")) == "2024-03-27 10:00"


def test_a_hyphen_between_day_and_time_in_a_meta_tag_is_read() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>相城区举办社会组织年检辅导会</title>"
        "<meta name='firstpublishedtime' content='2024-03-27-16:40:00'></head><body>"
        f"<h1>相城区举办社会组织年检辅导会</h1><div class='info'>发布日期：2024年03月27日</div>"
        f"<div class='content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    assert _minute(extract_article(page, "https://example.cn/a.html")) == "2024-03-27 16:40"


def test_a_time_a_script_variable_writes_into_the_page_is_read() -> None:
    script = "<script>var createTime = '2024-03-27 18:05';</script>"
    page = (
        "<html><head><meta charset='utf-8'><title>相城区举办社会组织年检辅导会</title></head><body>"
        "<h1>相城区举办社会组织年检辅导会</h1><em id='publish_time'></em>"
        f"<div id='js_content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>{script}</body></html>"
    ).encode()
    assert _minute(extract_article(page, "https://example.cn/a.html")) == "2024-03-27 18:05"


def test_a_table_of_short_words_with_figures_is_not_a_menu() -> None:
    table = (
        "<table border='1'><tr><td>类别</td><td>登记机关</td><td>注册资金</td></tr>"
        "<tr><td>社会团体</td><td>县级民政部门</td><td>不少于1万元</td></tr>"
        "<tr><td>社区备案组织</td><td>街道（镇）</td><td>不作要求</td></tr></table>"
    )
    page = _page(f"<div class='content'><p>{PROSE[0]}</p>{table}<p>{PROSE[1]}</p></div>")
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == [
        PROSE[0],
        "类别 登记机关 注册资金",
        "社会团体 县级民政部门 不少于1万元",
        "社区备案组织 街道（镇） 不作要求",
        PROSE[1],
    ]


def test_a_slider_gallery_keeps_its_captions_and_drops_the_shortened_thumbnails() -> None:
    captions = [
        "上世纪八十年代的观前街。",
        "1994年，苏州工业园区开发建设启动。",
        "市民在展厅内驻足观看老照片。",
    ]
    slides = "".join(
        f"<li class='slide'><img src='/{i}.jpg'><div class='txt'><span>{i + 1}/3</span>"
        f"<p>{c}</p></div></li>"
        for i, c in enumerate(captions)
    )
    thumbs = "".join(
        f"<li><img src='/{i}s.jpg'><span>{c[:8]}…</span></li>" for i, c in enumerate(captions)
    )
    page = _page(
        f"<div class='pic'><div class='lead'><p>{PROSE[0]}</p></div>"
        f"<div class='slider'><a>上一组</a><ul class='slides'>{slides}</ul>"
        f"<a>下一组</a><a>重播</a></div><ul class='thumbs'>{thumbs}</ul>"
        f"<div class='end'><p>{PROSE[1]}</p></div></div>"
    )
    assert extract_article(page, "https://example.cn/g.html").text.split("\n") == [
        PROSE[0],
        *captions,
        PROSE[1],
    ]


def test_a_feedback_forms_tip_is_not_text() -> None:
    tip = "<p>温馨提示：请文明留言，您提交的意见我们将认真研究。</p>"
    page = _page(f"<div class='content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p>{tip}</div>")
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == list(PROSE)


def test_an_editors_placeholder_title_gives_way_to_the_line_above_the_text() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>无标题文档</title></head><body><table>"
        "<tr><td class='title'>相城区举办社会组织年检辅导会</td></tr>"
        "<tr><td>发布日期：2024-03-27　作者：相城区民政局</td></tr>"
        f"<tr><td><p>{PROSE[0]}</p><p>{PROSE[1]}</p></td></tr></table></body></html>"
    ).encode()
    assert extract_article(page, "https://example.cn/a.asp").title == "相城区举办社会组织年检辅导会"


def test_reading_settings_policy_reading_labels_and_a_bare_attachment_label_are_not_text() -> None:
    chrome = (
        "<div>字号 <a>大</a> <a>中</a> <a>小</a> | 背景 <a>默认</a> <a>护眼</a> <a>夜间</a></div>"
        "<p>解读机关：相城区民政局</p><p>解读人：社会组织管理科</p>"
    )
    attachments = "<p>附件：</p><p><a>1.年检报告书.doc</a></p><p><a>2.材料清单.xls</a></p>"
    page = _page(
        f"<div class='content'>{chrome}<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{attachments}</div>"
    )
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == list(PROSE)


def test_a_year_less_time_takes_the_year_the_url_names() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>相城区举办社会组织年检辅导会</title></head><body>"
        "<h2>相城区举办社会组织年检辅导会</h2><p class='meta'>03-27 16:40　相城区民政局</p>"
        f"<div class='body'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    article = extract_article(page, "https://m.example.cn/2024/tzgg/6612.html")
    assert _minute(article) == "2024-03-27 16:40"


# ---------------------------------------------------------------- blind batches 31-36


def _text_lines(content: str) -> list[str]:
    """The body lines extracted from a page whose text box holds `content`."""
    page = _page(f"<div class='content'>{content}</div>")
    return extract_article(page, "https://example.cn/a.html").text.split("\n")


def test_a_meta_date_on_another_day_gives_way_to_the_date_shown_under_the_headline() -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>相城区举办社会组织年检辅导会</title>"
        "<meta name='PubDate' content='2024-03-28 09:12'></head><body>"
        "<h1>相城区举办社会组织年检辅导会</h1>"
        "<div class='info'>发布日期：2024-03-27　信息来源：相城区民政局</div>"
        f"<div class='content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    published = extract_article(page, "https://example.cn/a.html").published_at
    assert published is not None
    assert published.date().isoformat() == "2024-03-27"


def test_a_meta_time_on_the_day_shown_still_gives_the_minute() -> None:
    page = _page(
        f"<div class='content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>",
        head="<meta name='PubDate' content='2024-03-27 10:00'>",
    )
    assert _minute(extract_article(page, "https://example.cn/a.html")) == "2024-03-27 10:00"


@pytest.mark.parametrize(
    ("meta", "shown", "minute"),
    [
        # a PubDate that is the page's generation time, the minute shown under the headline
        ("<meta name='PubDate' content='2024-03-27 13:56'>", "2024年03月27日 13时44分", "13:44"),
        (
            "<meta name='firstpublishedtime' content='2024-03-27-06:08:00'>",
            "2024-03-27 06:59",
            "06:59",
        ),
    ],
)
def test_a_meta_time_gives_way_to_another_minute_shown_on_the_same_day(
    meta: str, shown: str, minute: str
) -> None:
    page = (
        f"<html><head><meta charset='utf-8'><title>相城区举办社会组织年检辅导会</title>{meta}"
        "</head><body><h1>相城区举办社会组织年检辅导会</h1>"
        f"<div class='info'>{shown}　来源：相城区民政局</div>"
        f"<div class='content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    assert _minute(extract_article(page, "https://example.cn/a.html")) == f"2024-03-27 {minute}"


def test_datelines_bylines_with_a_plus_notes_ads_and_photo_strips_are_not_text() -> None:
    lead = "<p>交汇点讯</p><p>现代快报/现代+记者 张路</p>"
    ad = "<div class='adInContent'><a href='https://ad.example.cn/'>点击查看 限时优惠</a></div>"
    tail = (
        "<p>（此件公开发布）</p><p>本文由交汇点新闻授权发布，转载请联系原作者。</p>"
        "<h3>图片新闻</h3><p>北京市近日全面推开夏季防汛工作，活动吸引了众多市民驻足参观，专家建议更加注重群众感受。</p>"
    )
    assert _text_lines(f"{lead}<p>{PROSE[0]}</p>{ad}<p>{PROSE[1]}</p>{tail}") == list(PROSE)


def test_a_news_heading_ending_in_xun_stays() -> None:
    assert _text_lines(f"<p>{PROSE[0]}</p><p><b>民生快讯</b></p><p>{PROSE[1]}</p>") == [
        PROSE[0],
        "民生快讯",
        PROSE[1],
    ]


def test_a_timelines_date_headings_stay_text_and_do_not_date_the_article() -> None:
    """A story told by dates ("2021年4月25日" / "习近平总书记来到…"): each bare date heads
    text under it, so it is no 落款 and says nothing of when the story was published."""
    lines = [
        "湘江战役红军烈士遗骸",
        "安葬于此",
        "2021年4月25日",
        "总书记来到全州县才湾镇",
        "瞻仰红军长征湘江战役纪念园",
        "湘江战役发生在",
        "1934年11月27日至12月1日",
        "中央红军与国民党军苦战五昼夜",
    ]
    page = (
        "<html><head><meta charset='utf-8'><title>忆浴血湘江</title></head><body>"
        "<h1>忆浴血湘江</h1>"
        f"<div class='c'><p>{PROSE[0]}</p>{''.join(f'<p>{line}</p>' for line in lines)}"
        f"<p>{PROSE[1]}</p></div>"
        '<script>window.DATA = {"pubtime": "2021-04-26 10:36:29"};</script></body></html>'
    ).encode()
    article = extract_article(page, "https://example.cn/a.html")
    assert article.text.split("\n") == [PROSE[0], *lines, PROSE[1]]
    assert _minute(article) == "2021-04-26 10:36"


@pytest.mark.parametrize("organ", ["苏州市民政局", "平江街道", "相城区民政局办公室"])
def test_a_signing_date_stays_out_when_a_forwarded_document_follows_it(organ: str) -> None:
    rules = "第一条 为规范社会组织信用信息管理，根据有关法规，制定本办法。"
    page = _page(
        f"<div class='c'><p>{PROSE[0]}</p><p>{organ}</p><p>2024年6月24日</p>"
        f"<p>苏州市社会组织信用信息管理办法</p><p>{rules}</p></div>"
    )
    assert extract_article(page, "https://example.cn/a.html").text.split("\n") == [
        PROSE[0],
        organ,
        "苏州市社会组织信用信息管理办法",
        rules,
    ]


def test_a_title_block_holding_its_info_line_gives_only_the_headline() -> None:
    """<title> names only the site; the headline block holds an <h3> and its info line."""
    title = "我校学子在省创新创业大赛决赛中获铜奖"
    page = (
        "<html><head><meta charset='utf-8'><title>某某大学</title></head><body>"
        f"<div class='title'><h3>{title}</h3>"
        "<small>发布时间：2017-08-11 来源：信工学院|0 点击量：865</small></div>"
        f"<div class='content'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div></body></html>"
    ).encode()
    assert extract_article(page, "https://example.edu.cn/a.html").title == title

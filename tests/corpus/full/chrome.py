# ruff: noqa: E501  (page templates: HTML lines as the sites write them)
"""Real-size page chrome for the full corpus: what surrounds an article on a real Chinese page.

Navigation menus with hundreds of links, hot lists, related-story teasers
WITH their summaries, reader comments (text-dense and punctuation-rich),
author boxes, long copyright and disclaimer footers, scripts and styles,
share bars, app prompts.  Everything is generated from small word pools with
a seeded random generator, so a rebuild writes the same bytes.
"""

from __future__ import annotations

import html
import random

SUBJECTS = (
    "国务院常务会议", "国家发展改革委", "教育部", "工业和信息化部", "市场监管总局", "中国人民银行",
    "外交部发言人", "国铁集团", "中国气象局", "江苏省", "浙江省", "广东省", "上海市", "北京市",
    "南京市", "无锡市", "常州市", "南通市", "扬州市", "多地", "长三角", "粤港澳大湾区", "文旅部",
    "国家统计局", "生态环境部", "农业农村部", "应急管理部", "商务部", "财政部", "住建部",
)  # fmt: skip
VERBS = (
    "部署推进", "发布", "启动", "召开会议研究", "出台措施支持", "加快推进", "全面推开", "再提速",
    "专项整治", "印发方案推动", "通报", "持续加力", "首次公布", "回应", "明确",
)  # fmt: skip
OBJECTS = (
    "新型城镇化建设", "夏季防汛工作", "消费品以旧换新", "高校毕业生就业服务", "数字经济发展",
    "耕地保护和粮食安全", "城市更新行动", "养老服务体系建设", "中小企业纾困", "营商环境优化",
    "校园食品安全", "新能源汽车下乡", "文化和旅游消费", "高标准农田建设", "低空经济发展",
    "跨境电商综试区", "医保异地结算", "老旧小区改造", "职业技能提升行动", "河湖长制落实",
)  # fmt: skip
CLAUSES = (
    "有关负责人表示将进一步细化配套政策", "预计全年将惠及群众超过百万人次",
    "各地要压实属地责任确保各项措施落地见效", "这是今年以来第三次专题部署相关工作",
    "业内人士认为此举将有效提振市场信心", "目前已有12个省份出台实施细则",
    "截至上月底累计完成投资超过800亿元", "记者从会上获悉相关试点将扩大到全国",
    "专家建议在推进过程中更加注重群众感受", "下一步还将建立常态化监测评估机制",
    "数据显示相关指标连续五个月保持增长", "活动吸引了众多市民驻足参观",
    "会议强调要坚持问题导向和目标导向", "相关部门将加强督促检查",
)  # fmt: skip
COMMENTS = (
    "说得太好了！希望各地都能落实到位，让老百姓真正得到实惠。",
    "政策是好政策，关键看执行，别到了下面又走了样。",
    "我们小区去年就改造了，电梯装上以后老人出门方便多了，点赞！",
    "请问这个补贴怎么申请？去社区问了，说还没接到通知……",
    "支持！早就该这么做了，为家乡的发展感到骄傲。",
    "文章写得很详细，但是能不能说说具体什么时候开始实施？",
    "实实在在的好事，给工作人员点个赞，辛苦了！",
    "希望不要一阵风，要长期坚持下去，形成制度才好。",
    "我家附近也有一个这样的服务站，环境干净，工作人员态度也好。",
    "作为一名基层工作者，深有体会，任务重、人手少，还需要更多支持。",
    "这样的新闻多一点，看了心里暖暖的。",
    "建议把办事流程公布出来，让群众少跑腿，最好能在手机上直接办。",
)  # fmt: skip
USERS = ("江苏网友", "用户7281934", "清风徐来", "苏州老张", "一只小小鸟", "南京网友", "阿明说事",
         "匿名用户", "海阔天空2019", "东吴居士", "追梦人", "吴门小李")  # fmt: skip
PLACES = ("江苏苏州", "江苏南京", "浙江杭州", "上海", "广东深圳", "北京", "江苏无锡", "山东济南")
CHANNELS = (
    "首页", "新闻", "国内", "国际", "社会", "军事", "财经", "股票", "基金", "科技", "手机", "数码",
    "汽车", "房产", "家居", "教育", "健康", "体育", "NBA", "中超", "娱乐", "明星", "电影", "电视",
    "音乐", "时尚", "女性", "旅游", "美食", "文化", "读书", "历史", "游戏", "动漫", "视频", "直播",
    "图片", "专题", "评论", "公益", "政务", "法治", "反腐", "理论", "党建", "人事", "地方", "城市",
    "乡村", "三农", "环保", "能源", "交通", "民生", "就业", "养老", "医疗", "育儿", "宠物", "星座",
)  # fmt: skip
CITIES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
          "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆",
          "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")  # fmt: skip


def esc(text: str) -> str:
    """Text escaped for HTML element content."""
    return html.escape(text, quote=False)


class Chrome:
    """The generated chrome of one page; `seed` makes it differ between pages."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def headline(self) -> str:
        """A headline that is not the article's."""
        r = self.rng
        return f"{r.choice(SUBJECTS)}{r.choice(VERBS)}{r.choice(OBJECTS)}"

    def summary(self) -> str:
        """A teaser summary: two clauses ending like a sentence (40–80 characters)."""
        r = self.rng
        return (
            f"{r.choice(SUBJECTS)}近日{r.choice(VERBS)}{r.choice(OBJECTS)}，"
            f"{r.choice(CLAUSES)}，{r.choice(CLAUSES)}。"
        )

    def url(self, host: str) -> str:
        """A link to another page of the site."""
        return (
            f"https://{host}/{self.rng.randint(2019, 2024)}/{self.rng.randint(10**6, 10**7)}.shtml"
        )

    def mega_nav(
        self, host: str, *, groups: int = 8, per_group: int = 24, cls: str = "mega-nav"
    ) -> str:
        """A header menu of `groups` × `per_group` channel links plus the provinces."""
        out = [f'<div class="{cls}">']
        for g in range(groups):
            links = "".join(
                f'<a href="https://{host}/{g}/{i}/" target="_blank">{self.rng.choice(CHANNELS)}</a>'
                for i in range(per_group)
            )
            out.append(f'<div class="nav-group nav-group-{g}">{links}</div>')
        out.append(
            '<div class="nav-local">'
            + "".join(f'<a href="https://{host}/local/{i}/">{c}</a>' for i, c in enumerate(CITIES))
            + "</div></div>"
        )
        return "\n".join(out)

    def hot_list(
        self, host: str, title: str = "热点排行", n: int = 10, cls: str = "hot-rank"
    ) -> str:
        """A numbered ranking of other headlines."""
        items = "".join(
            f'<li><span class="num">{i + 1}</span><a href="{self.url(host)}">{esc(self.headline())}</a></li>'
            for i in range(n)
        )
        return f'<div class="{cls}"><h2>{title}</h2><ul>{items}</ul></div>'

    def teasers(
        self,
        host: str,
        title: str = "相关阅读",
        n: int = 6,
        cls: str = "related",
        *,
        tag: str = "li",
        meta: bool = True,
    ) -> str:
        """Related stories with picture, title, summary and time: text-dense, sentence-ending."""
        items = []
        for _ in range(n):
            when = f"{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d} {self.rng.randint(7, 22):02d}:{self.rng.randint(0, 59):02d}"
            info = f'<span class="time">{when}</span>' if meta else ""
            items.append(
                f'<{tag} class="item"><a href="{self.url(host)}"><img src="//img.{host}/t/{self.rng.randint(1, 9999)}.jpg"></a>'
                f'<h3><a href="{self.url(host)}">{esc(self.headline())}</a></h3>'
                f"<p>{esc(self.summary())}</p>{info}</{tag}>"
            )
        wrap = "ul" if tag == "li" else "div"
        return f'<div class="{cls}"><div class="hd">{title}</div><{wrap}>{"".join(items)}</{wrap}></div>'

    def comments(self, n: int = 8, cls: str = "comment-list", *, plain: bool = False) -> str:
        """Reader comments: user, place, time, text, reply and like buttons."""
        items = []
        for _ in range(n):
            text = self.rng.choice(COMMENTS)
            if self.rng.random() < 0.4:
                text += self.rng.choice(COMMENTS)
            user, place = self.rng.choice(USERS), self.rng.choice(PLACES)
            stamp = f"{self.rng.randint(1, 23)}小时前"
            if plain:
                items.append(
                    f"<div><p>{user} [{place}] {stamp}</p><p>{esc(text)}</p><p>回复 赞({self.rng.randint(0, 99)})</p></div>"
                )
            else:
                items.append(
                    f'<div class="item"><div class="user"><img src="/a.png"><span class="name">{user}</span>'
                    f'<span class="ip">{place}</span><span class="time">{stamp}</span></div>'
                    f'<div class="txt">{esc(text)}</div><div class="op"><a>回复</a><a>赞({self.rng.randint(0, 99)})</a></div></div>'
                )
        return f'<div class="{cls}">{"".join(items)}</div>'

    def script(self, name: str, title: str, kb: int = 6) -> str:
        """An inline script: page configuration with Chinese strings, then minified code."""
        words = ",".join(f'"{self.headline()}"' for _ in range(12))
        code = "".join(
            f"function f{i}(a,b){{var c=a||{{}};if(b>{i}){{c.k{i}=b*{i};}}return c;}}"
            for i in range(kb * 12)
        )
        return (
            f'<script>var {name}={{title:"{title}",channel:"新闻",recommend:[{words}]}};'
            f"{code}</script>"
        )

    def style(self, kb: int = 3) -> str:
        """An inline style sheet."""
        rules = "".join(
            f".c{i}{{margin:{i % 9}px auto;padding:0 {i % 7}px;font-size:{12 + i % 6}px;color:#3{i % 10}3}}"
            for i in range(kb * 14)
        )
        return f"<style>{rules}</style>"

    def link_list(self, host: str, n: int, cls: str) -> str:
        """A plain list of headline links (a sidebar block)."""
        items = "".join(
            f'<li><a href="{self.url(host)}">{esc(self.headline())}</a></li>' for _ in range(n)
        )
        return f'<ul class="{cls}">{items}</ul>'

"""The organization stage: names found, short forms resolved, events, the labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest
from newswatch.config import ConfigError, load_config
from newswatch.config.organizations import (
    DEFAULT_ORGANIZATIONS,
    EventType,
    load_organizations,
    organizations_path,
)
from newswatch.pipeline.organizations import OrganizationFinder

from tests.organizations import load_labelled, score


@pytest.fixture(scope="module")
def finder() -> OrganizationFinder:
    return OrganizationFinder(load_organizations(DEFAULT_ORGANIZATIONS))


def names(finder: OrganizationFinder, title: str, text: str) -> list[str]:
    return [o.name for o in finder.find(title, text)]


def test_short_forms_and_anaphora_resolve_to_the_full_name(finder: OrganizationFinder) -> None:
    found = finder.find(
        "市慈善总会启动助学项目",
        "近日，苏州市慈善总会启动“春雨助学”项目。市慈善总会负责人介绍，该会今年将资助"
        "500名学生。同日，昆山市青年志愿者协会举办培训，该协会会员200人参加。",
    )
    by_name = {o.name: o for o in found}
    assert list(by_name) == ["苏州市慈善总会", "昆山市青年志愿者协会"]
    charity = by_name["苏州市慈善总会"]
    assert [m.surface for m in charity.mentions] == [
        "市慈善总会",
        "苏州市慈善总会",
        "市慈善总会",
        "该会",
    ]
    assert charity.aliases == ("市慈善总会",)
    assert charity.mentions[0].in_title
    # 该协会 is the latest 协会 before it, not the 慈善总会
    assert [m.surface for m in by_name["昆山市青年志愿者协会"].mentions][-1] == "该协会"


def test_a_name_without_its_places_is_the_same_organization(finder: OrganizationFinder) -> None:
    assert names(
        finder,
        "吴江区志愿者协会获表彰",
        "苏州市吴江区志愿者协会获评先进典型。金螳螂公益慈善基金会与苏州金螳螂公益慈善基金会同名。",
    ) == ["苏州市吴江区志愿者协会", "苏州金螳螂公益慈善基金会"]


def test_two_places_with_the_same_short_name_stay_apart(finder: OrganizationFinder) -> None:
    assert names(finder, "", "苏州市慈善总会和昆山市慈善总会签约。") == [
        "苏州市慈善总会",
        "昆山市慈善总会",
    ]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("苏州市民政局依法撤销苏州市华夏收藏研究会的登记。", EventType.PENALTY),
        ("苏州市民政局取缔非法社会组织苏州国学促进会。", EventType.PENALTY),
        ("苏州市华夏收藏研究会年检合格。", EventType.INSPECTION),
        ("苏州市华夏收藏研究会获评4A等级社会组织。", EventType.INSPECTION),
        ("苏州市华夏收藏研究会荣获全国先进社会组织称号。", EventType.AWARD),
        ("苏州市华夏收藏研究会成立大会召开。", EventType.REGISTRATION),
        ("苏州市华夏收藏研究会举办藏品展览活动。", EventType.ACTIVITY),
        ("苏州市华夏收藏研究会位于平江路。", EventType.OTHER),
    ],
)
def test_the_event_of_a_mention_comes_from_its_sentence(
    finder: OrganizationFinder, sentence: str, event: EventType
) -> None:
    (org,) = finder.find("", "记者走访了老城区。" + sentence + "居民纷纷点赞举办的活动。")
    (mention,) = org.mentions
    assert mention.sentence == sentence
    assert mention.event is event


def test_the_name_itself_does_not_decide_the_event(finder: OrganizationFinder) -> None:
    (org,) = finder.find("", "苏州市恒信社会组织评估中心位于姑苏区。")
    assert org.name == "苏州市恒信社会组织评估中心"
    assert org.mentions[0].event is EventType.OTHER


@pytest.mark.parametrize(
    "text",
    [
        "苏州市民政局社会组织管理局召开会议，街道办事处和管委会参加。",
        "苏州恒润科技有限公司设立公益基金，集团工会参与。",
        "苏州大学附属第一医院和苏州市第一中学举办活动。",
        "全市社会组织、各类协会、行业协会商会和基金会积极参与。",
        "《基金会管理条例》规定，基金会会计制度应当健全。",
        "孩子们学会了游泳，招商会和协商会议同日举行。",
        "苏州市总工会、市妇联和苏州市红十字会开展慰问。",
    ],
)
def test_bodies_that_are_not_social_organizations_are_left_out(
    finder: OrganizationFinder, text: str
) -> None:
    assert names(finder, "", text) == []


def test_labelled_set_precision_and_recall(finder: OrganizationFinder) -> None:
    articles = load_labelled()
    assert len(articles) >= 80
    result = score(lambda t, x: [o.name for o in finder.find(t, x)], articles)
    assert result.precision >= 0.95, result.false_positives
    assert result.recall >= 0.90, result.false_negatives


def test_a_deployment_overrides_the_lexicon_through_its_config(tmp_path: Path) -> None:
    lexicon = DEFAULT_ORGANIZATIONS.read_text(encoding="utf-8").replace(
        "    - 研究会\n", "    - 研究会\n    - 读书会\n"
    )
    (tmp_path / "orgs.yaml").write_text(lexicon, encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "organizations: orgs.yaml\nsources:\n  - name: a\n    start_urls: [http://a.cn/]\n"
        "    article_url_pattern: /c/\n",
        encoding="utf-8",
    )
    path = organizations_path(load_config(sources), sources)
    assert path == tmp_path / "orgs.yaml"
    text = "苏州工业园区湖西社区读书会举办活动。"
    assert names(OrganizationFinder.from_file(path), "", text) == ["苏州工业园区湖西社区读书会"]
    assert names(OrganizationFinder.from_file(DEFAULT_ORGANIZATIONS), "", text) == []


def test_a_broken_lexicon_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "orgs.yaml"
    path.write_text("suffixes:\n  social_group: [协会]\nexclusions: ['(']\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"orgs.yaml.*exclusions"):
        load_organizations(path)

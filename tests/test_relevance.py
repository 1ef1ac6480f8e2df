"""Relevance: phrase matching, exclusions, scoring rules, lexicon errors, the labelled set."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from newswatch.config.errors import ConfigError
from newswatch.config.loader import DEFAULT_TOPICS
from newswatch.config.topics import TopicsConfig, load_topics
from newswatch.pipeline.relevance import PhraseMatcher, RelevanceJudge, Verdict

LABELLED = Path(__file__).parent / "relevance" / "labelled.yaml"
TOPIC = "social_organizations"

# A small lexicon in the shape of the bundled one, for exact arithmetic.
SMALL = """
topics:
  orgs:
    threshold: 4
    title_boost: 2
    repeats: {repeats}
    phrases:
      社会组织: 3
      社区社会组织: 3
      基金会: 3
      商会: 3
      公益: 1
    exclusions:
      - pattern: 基金会[计议]
        reason: accounting, meetings
      - "[协洽招]商会"
"""

ELDERLY = """
  elderly_care:
    threshold: 3
    phrases:
      养老: 1
      养老服务: 2
      老年人: 1
      助餐: 1.5
"""


@pytest.fixture(scope="module")
def bundled() -> RelevanceJudge:
    return RelevanceJudge.from_config(load_topics(DEFAULT_TOPICS))


def write(tmp_path: Path, text: str, name: str = "topics.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def small_judge(tmp_path: Path, repeats: str = "harmonic", extra: str = "") -> RelevanceJudge:
    path = write(tmp_path, SMALL.format(repeats=repeats) + extra)
    return RelevanceJudge.from_config(load_topics(path))


def load_labelled() -> list[dict[str, Any]]:
    return yaml.safe_load(LABELLED.read_text(encoding="utf-8"))["items"]


# ---------------------------------------------------------------- labelled set


def test_labelled_set_has_the_promised_shape() -> None:
    items = load_labelled()
    kinds = Counter(item["kind"] for item in items)
    assert len(items) >= 60
    assert kinds["near_miss"] >= 15
    assert kinds["relevant_implicit"] >= 15
    assert len({item["id"] for item in items}) == len(items)
    for item in items:
        assert item["relevant"] == item["kind"].startswith("relevant"), item["id"]
        if item["kind"] == "relevant_implicit":
            assert "社会组织" not in item["title"] + item["text"], item["id"]


def test_precision_and_recall_on_labelled_set(bundled: RelevanceJudge) -> None:
    outcomes = Counter()
    wrong = []
    for item in load_labelled():
        predicted = bundled.judge(item["title"], item["text"]).relevant
        outcomes[(item["relevant"], predicted)] += 1
        if predicted != item["relevant"]:
            wrong.append(item["id"])
    true_pos = outcomes[(True, True)]
    precision = true_pos / (true_pos + outcomes[(False, True)])
    recall = true_pos / (true_pos + outcomes[(True, False)])
    assert precision >= 0.95, wrong
    assert recall >= 0.95, wrong


def test_bundled_longer_phrases_weigh_at_least_the_phrases_they_hide() -> None:
    # A longer phrase hides the phrases inside it, so a lighter one would make a
    # more specific mention count for less than a vaguer one.
    phrases = load_topics(DEFAULT_TOPICS).topics[TOPIC].phrases
    for longer, weight in phrases.items():
        for shorter, inner in phrases.items():
            if shorter != longer and shorter in longer:
                assert weight >= inner, (longer, shorter)


# ------------------------------------------------------------------- matching


def test_phrases_match_as_substrings_never_as_scattered_characters(
    bundled: RelevanceJudge,
) -> None:
    verdict = bundled.judge("", "社会各界积极响应，组织开展义务植树。市委组织部、各级党组织参加。")
    assert verdict.matched_terms == {}
    assert verdict.score == 0
    assert not verdict.relevant


def test_longest_phrase_wins_over_the_phrases_inside_it(tmp_path: Path) -> None:
    verdict = small_judge(tmp_path).judge("", "社区社会组织。公益")
    assert verdict.matched_terms == {"社区社会组织": 1, "公益": 1}


def test_phrase_inside_a_later_starting_longer_phrase_is_not_counted(tmp_path: Path) -> None:
    extra = """
  nested:
    threshold: 1
    phrases:
      社会组织服务中心: 3
      服务中心: 1
      组织: 1
"""
    verdict = small_judge(tmp_path, extra=extra).judge("", "社会组织服务中心")
    assert verdict.topics["nested"].matched_terms == {"社会组织服务中心": 1}


def test_partially_overlapping_phrases_both_count(tmp_path: Path) -> None:
    extra = """
  overlap:
    threshold: 1
    phrases:
      慈善基金: 1
      基金会: 1
"""
    verdict = small_judge(tmp_path, extra=extra).judge("", "慈善基金会")
    assert verdict.topics["overlap"].matched_terms == {"慈善基金": 1, "基金会": 1}


def test_exclusion_suppresses_only_the_occurrences_inside_its_span(tmp_path: Path) -> None:
    text = "加强基金会计核算。召开协商会议。另有一家基金会和一家商会。"
    verdict = small_judge(tmp_path).judge("", text).topics["orgs"]
    assert verdict.matched_terms == {"基金会": 1, "商会": 1}
    assert verdict.excluded == {"基金会计": 1, "协商会": 1}


def test_bundled_exclusions_cover_common_near_misses(bundled: RelevanceJudge) -> None:
    text = "基金会计。招商会。政协会议。在全社会组织开展大扫除。机动车年检。公益诉讼。学生社团。"
    verdict = bundled.judge("", text)
    assert verdict.matched_terms == {}
    assert set(verdict.topics[TOPIC].excluded) == {
        "基金会计", "招商会", "政协会", "全社会组织", "机动车年检", "公益诉讼", "学生社团",
    }  # fmt: skip


def test_exclusions_apply_to_the_title_too(tmp_path: Path) -> None:
    verdict = small_judge(tmp_path).judge("市政协召开协商会", "")
    assert verdict.matched_terms == {}
    assert verdict.topics["orgs"].excluded == {"协商会": 1}


# -------------------------------------------------------------------- scoring


def test_title_hit_adds_weight_times_boost(tmp_path: Path) -> None:
    judge = small_judge(tmp_path)
    plain = judge.judge("苏州新闻", "一家基金会成立。")
    boosted = judge.judge("基金会成立", "一家基金会成立。")
    assert plain.score == pytest.approx(3)
    assert not plain.relevant
    assert boosted.score == pytest.approx(3 + 3 * 2)
    assert boosted.relevant
    assert boosted.matched_terms == {"基金会": 2}


def test_repeated_phrase_has_diminishing_returns(tmp_path: Path) -> None:
    text = "公益。" * 4
    harmonic = small_judge(_mkdir(tmp_path / "h")).judge("", text)
    assert harmonic.score == pytest.approx(1 + 1 / 2 + 1 / 3 + 1 / 4)
    log = small_judge(_mkdir(tmp_path / "l"), repeats="log").judge("", text)
    assert log.score == pytest.approx(1 + math.log(4))
    linear = small_judge(_mkdir(tmp_path / "n"), repeats="linear").judge("", text)
    assert linear.score == pytest.approx(4)


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def test_weak_vocabulary_alone_cannot_decide(bundled: RelevanceJudge) -> None:
    text = "企业公益日，员工志愿者献爱心，慈善义卖，捐赠物资。" * 3
    verdict = bundled.judge("企业公益日", text)
    assert verdict.score >= verdict.topics[TOPIC].threshold
    assert not verdict.relevant
    assert any("supporting evidence only" in line for line in verdict.explain())


def test_multiple_topics_are_judged_separately(tmp_path: Path) -> None:
    judge = small_judge(tmp_path, extra=ELDERLY)
    verdict = judge.judge("社区养老服务升级", "老年人可在家门口助餐。商会捐赠物资。")
    orgs, elderly = verdict.topics["orgs"], verdict.topics["elderly_care"]
    assert orgs.matched_terms == {"商会": 1}
    assert not orgs.relevant
    assert elderly.matched_terms == {"养老服务": 1, "老年人": 1, "助餐": 1}
    assert elderly.score == pytest.approx(2 * 2 + 1 + 1.5)  # 养老服务 only in the title
    assert elderly.relevant
    assert verdict.relevant
    assert verdict.score == elderly.score
    assert verdict.matched_terms == {"商会": 1, "养老服务": 1, "老年人": 1, "助餐": 1}


def test_json_and_explanation_carry_every_reason(tmp_path: Path) -> None:
    verdict: Verdict = small_judge(tmp_path).judge(
        "基金会年会", "基金会会计核算规范。基金会。公益。"
    )
    data = verdict.to_json()
    assert set(data) == {"score", "relevant", "matched_terms", "topics"}
    topic = data["topics"]["orgs"]
    assert topic["relevant"] is True
    assert topic["excluded"] == {}
    assert {term["phrase"] for term in topic["terms"]} == {"基金会", "公益"}
    yaml.safe_dump(data, allow_unicode=True)  # plain data only
    text = "\n".join(verdict.explain())
    assert "基金会: weight 3, 2× in text → 4.50, in title → +6.00; contributes 10.50" in text
    assert "公益: weight 1, 1× in text → 1.00" in text
    assert "threshold 4.00: relevant" in text
    assert text.splitlines()[-1].startswith("verdict: relevant (orgs)")


def test_explanation_names_exclusions_and_negative_verdict(tmp_path: Path) -> None:
    lines = small_judge(tmp_path).judge("", "洽商会").explain()
    assert "  no phrase found" in lines
    assert any(line.startswith("  excluded: 洽商会 ×1") for line in lines)
    assert lines[-1] == "verdict: not relevant; best score 0.00"


# ------------------------------------------------------------- lexicon errors


def load_error(tmp_path: Path, text: str) -> str:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_topics(path)
    message = str(err.value)
    assert str(path) in message
    return message


def test_bundled_lexicon_loads() -> None:
    topics = load_topics(DEFAULT_TOPICS)
    assert isinstance(topics, TopicsConfig)
    assert topics.topics[TOPIC].phrases["社会组织"] == 3.0


def test_negative_weight_names_topic_and_phrase(tmp_path: Path) -> None:
    message = load_error(tmp_path, SMALL.format(repeats="harmonic").replace("商会: 3", "商会: -1"))
    assert "topic 'orgs'" in message
    assert "phrase '商会': weight must be a positive number, got -1" in message


def test_non_numeric_weight_names_the_phrase(tmp_path: Path) -> None:
    message = load_error(
        tmp_path, SMALL.format(repeats="harmonic").replace("商会: 3", "商会: high")
    )
    assert "topic 'orgs'" in message
    assert "phrases.商会" in message


def test_empty_phrase_is_rejected(tmp_path: Path) -> None:
    message = load_error(tmp_path, SMALL.format(repeats="harmonic").replace("商会: 3", "'': 3"))
    assert "topic 'orgs'" in message
    assert "empty phrase ''" in message


def test_invalid_exclusion_regex_names_the_pattern(tmp_path: Path) -> None:
    message = load_error(
        tmp_path, SMALL.format(repeats="harmonic").replace("基金会[计议]", "基金会[计议")
    )
    assert "topic 'orgs'" in message
    assert "exclusions" in message
    assert "invalid regular expression '基金会[计议'" in message


def test_exclusion_matching_empty_text_is_rejected(tmp_path: Path) -> None:
    message = load_error(tmp_path, SMALL.format(repeats="harmonic").replace("基金会[计议]", "x*"))
    assert "exclusion 'x*' matches the empty string" in message


def test_misspelt_key_suggests_the_right_one(tmp_path: Path) -> None:
    message = load_error(
        tmp_path, SMALL.format(repeats="harmonic").replace("threshold", "treshold")
    )
    assert "topic 'orgs'" in message
    assert "unknown key 'treshold'; did you mean 'threshold'?" in message


def test_unknown_repeat_rule_lists_the_choices(tmp_path: Path) -> None:
    message = load_error(tmp_path, SMALL.format(repeats="cubic"))
    assert "topic 'orgs'" in message
    assert "repeats" in message
    assert "'harmonic'" in message


def test_unreachable_anchor_is_rejected(tmp_path: Path) -> None:
    text = SMALL.format(repeats="harmonic").replace("title_boost: 2", "anchor_weight: 5")
    message = load_error(tmp_path, text)
    assert "anchor_weight 5 is above every phrase weight (heaviest 3)" in message


def test_file_without_topics_mapping_is_rejected(tmp_path: Path) -> None:
    message = load_error(tmp_path, "phrases:\n  社会组织: 3\n")
    assert "expected a mapping with a 'topics' mapping" in message


def test_missing_lexicon_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"nowhere\.yaml: file not found"):
        load_topics(tmp_path / "nowhere.yaml")


_BUNDLED_TOPIC = load_topics(DEFAULT_TOPICS).topics[TOPIC]


@given(
    st.lists(
        st.sampled_from(
            ["全", "社会组织", "基金会", "计", "议", "招商会", "政协会", "民主促进会", "学生",
             "社团", "慈善总会", "，", "。", " "]
        ),
        max_size=20,
    ).map("".join)
)  # fmt: skip
@settings(max_examples=300, deadline=None)
def test_exclusions_searched_at_once_find_what_each_finds_alone(text: str) -> None:
    exclusions = [exclusion.pattern for exclusion in _BUNDLED_TOPIC.exclusions]
    together = PhraseMatcher(_BUNDLED_TOPIC.phrases, exclusions)
    # \Q keeps the patterns apart: every exclusion is searched on its own
    apart = PhraseMatcher(_BUNDLED_TOPIC.phrases, [*exclusions, r"\Qnever here\E"])
    assert together.find(text) == apart.find(text)

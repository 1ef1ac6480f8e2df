"""`newswatch orgs` after a real cycle on the local copy of xhby.net."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newswatch.scheduler.cli import main

pytestmark = pytest.mark.slow

# What the copy's articles name (tests/site/articles), with the event each latest reports.
EXPECTED = {
    "吴江区慈善基金会": "activity",
    "姑苏区双塔街道社工站": "activity",
    "姑苏区桂花公益坊": "award",
    "苏州金螳螂公益慈善基金会": "registration",
    "苏州市慈善总会": "activity",
    "苏州市跨境电子商务协会": "registration",
    "苏州市纺织行业协会": "activity",
    "苏州市蓝天救援队": "award",
    "苏州市软件行业协会": "activity",
}


def test_orgs_json_ranks_the_organizations_of_the_site_copy(
    site_config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--config", str(site_config), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["orgs", "--config", str(site_config), "--json"]) == 0
    ranking = json.loads(capsys.readouterr().out)
    assert {r["name"]: r["latest_event"] for r in ranking} == EXPECTED
    # one article each: ties in name order; the abbreviated title form is an alias
    assert [r["name"] for r in ranking] == sorted(EXPECTED)
    assert {r["articles"] for r in ranking} == {1}
    by_name = {r["name"]: r for r in ranking}
    assert by_name["苏州市跨境电子商务协会"]["aliases"] == ["苏州跨境电商协会"]
    assert by_name["苏州市慈善总会"]["latest_article"]["title"].startswith(
        "“中华慈善日”苏州启动公益周"
    )

    # Reviewers find the same through the timeline.
    assert main(["orgs", "show", "苏州跨境电商协会", "--config", str(site_config), "--json"]) == 0
    timeline = json.loads(capsys.readouterr().out)
    assert timeline["name"] == "苏州市跨境电子商务协会"
    assert "该协会成立于2019年" in " ".join(timeline["articles"][0]["sentences"])

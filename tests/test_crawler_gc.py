"""The crawl process's garbage-collector tuning (crawler.extensions.CollectorTuning)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from newswatch.crawler import settings as crawler_settings
from newswatch.crawler.extensions import CollectorTuning
from scrapy import signals
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler


@pytest.fixture
def collector() -> Iterator[None]:
    """The test process's collector as it was, afterwards (the tuning is process-wide)."""
    threshold = gc.get_threshold()
    done = CollectorTuning._done
    CollectorTuning._done = False
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
        CollectorTuning._done = done


def _started(young: int) -> CollectorTuning:
    """A crawler's tuning after its engine started (kept: signals hold handlers weakly)."""
    crawler = get_crawler(
        settings_dict={"NEWSWATCH_GC_YOUNG_OBJECTS": young, "EXTENSIONS_BASE": {}}
    )
    tuning = CollectorTuning.from_crawler(crawler)
    crawler.signals.send_catch_log(signals.engine_started)
    return tuning


def test_every_crawl_loads_the_tuning_scrapyd_jobs_included() -> None:
    settings = Settings()
    settings.setmodule(crawler_settings)
    settings.set("EXTENSIONS", {"newswatch.crawler.extensions.RunRecorder": 500})  # a job's own
    assert "newswatch.crawler.extensions.CollectorTuning" in settings.getwithbase("EXTENSIONS")
    assert settings.getint("NEWSWATCH_GC_YOUNG_OBJECTS") > gc.get_threshold()[0]


def test_the_start_up_heap_is_frozen_and_young_objects_wait_longer(collector: None) -> None:
    gc.set_threshold(700, 10, 10)
    _started(5000)
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == (5000, 10, 10)


def test_a_second_crawler_in_the_process_changes_nothing(collector: None) -> None:
    _started(5000)
    frozen = gc.get_freeze_count()
    _started(9000)
    assert gc.get_threshold()[0] == 5000
    assert gc.get_freeze_count() == frozen


def test_zero_leaves_the_collector_alone(collector: None) -> None:
    gc.set_threshold(700, 10, 10)
    gc.unfreeze()
    _started(0)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == (700, 10, 10)

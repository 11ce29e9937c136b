"""The garbage collector around a run's start and end: paused for a stretch of
long-lived objects, set aside at a command's end."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kg.run import collector


@pytest.fixture(autouse=True)
def _collector_as_before() -> Iterator[None]:
    was_on = gc.isenabled()
    frozen = gc.get_freeze_count()
    yield
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()  # (what the test set aside is ordinary again)
    if was_on:
        gc.enable()
    else:
        gc.disable()


def test_paused_turns_the_collector_off_and_on_again() -> None:
    gc.enable()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_paused_turns_it_on_again_when_the_block_raises() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("inside")
    assert gc.isenabled()


def test_paused_collects_nothing_when_a_library_turns_the_collector_on() -> None:
    # (spaCy's model loading switches it on again after every file it reads)
    runs: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.enable()
    before = gc.get_threshold()
    gc.callbacks.append(counted)
    try:
        with collector.paused():
            gc.enable()
            made = [[n] for n in range(20 * max(before[0], 700))]
            inside = list(runs)
        assert inside == []
    finally:
        gc.callbacks.remove(counted)
    assert gc.get_threshold() == before
    assert gc.isenabled()
    assert len(made) > before[0]


def test_paused_leaves_a_collector_that_was_off_off_when_a_library_turned_it_on() -> None:
    gc.disable()
    with collector.paused():
        gc.enable()
    assert not gc.isenabled()


def test_paused_sets_nothing_aside_by_default() -> None:
    before = gc.get_freeze_count()
    with collector.paused():
        made = [[n] for n in range(100)]
    assert gc.get_freeze_count() == before
    assert gc.is_tracked(made)


def test_paused_with_keep_sets_what_is_alive_aside() -> None:
    gc.enable()
    with collector.paused(keep=True):
        made = [[n] for n in range(100)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made)
    assert not any(made is o for o in gc.get_objects())  # in no generation: set aside


def test_skip_final_collection_sets_every_object_aside() -> None:
    made = [[n] for n in range(100)]
    collector.skip_final_collection()
    assert gc.get_freeze_count() >= len(made)
    assert all(not any(m is o for o in gc.get_objects(generation=2)) for m in made[:3])


def test_main_with_arguments_sets_nothing_aside() -> None:
    from kg.cli.main import main

    before = gc.get_freeze_count()
    main(["query", "who-met-whom", "--store", "memory"])  # (called from a program that goes on)
    assert gc.get_freeze_count() == before


def test_main_of_the_process_command_line_sets_everything_aside(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg.cli.main import main

    monkeypatch.setattr("sys.argv", ["kg", "query", "who-met-whom", "--store", "memory"])
    main()  # (the process's own command line: it ends next)
    assert gc.get_freeze_count() > 0


def test_rarer_collects_the_young_generation_less_often_then_as_before() -> None:
    before = gc.get_threshold()
    with collector.rarer(9_000):
        assert gc.get_threshold() == (9_000, *before[1:])
    assert gc.get_threshold() == before


def test_rarer_gives_the_thresholds_back_when_the_block_raises() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), collector.rarer():
        assert gc.get_threshold()[0] == collector.YOUNG
        raise ValueError("inside")
    assert gc.get_threshold() == before

"""glibc's allocator thresholds set once for a parsing process, unless the user
set them or the C library is another."""

from __future__ import annotations

import pytest

from kg.run import allocator


@pytest.fixture(autouse=True)
def _no_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in allocator.ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)


def test_sets_the_mmap_trim_and_top_pad_thresholds() -> None:
    calls: list[tuple[int, int]] = []
    assert allocator.steady_heap(lambda p, v: calls.append((p, v)) or 1)
    assert dict(calls) == {
        allocator.M_MMAP_THRESHOLD: 64 << 20,
        allocator.M_TRIM_THRESHOLD: 256 << 20,
        allocator.M_TOP_PAD: 64 << 20,
    }


@pytest.mark.parametrize("name", allocator.ENVIRONMENT)
def test_a_threshold_the_user_set_is_left_alone(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv(name, "1048576")
    calls: list[tuple[int, int]] = []
    assert not allocator.steady_heap(lambda p, v: calls.append((p, v)) or 1)
    assert calls == []


def test_a_refused_setting_is_reported() -> None:
    assert not allocator.steady_heap(lambda p, v: 0 if p == allocator.M_TOP_PAD else 1)


def test_without_glibc_nothing_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(allocator, "_glibc_mallopt", lambda: None)
    assert not allocator.steady_heap()


def test_glibc_accepts_the_settings() -> None:
    if allocator._glibc_mallopt() is None:
        pytest.skip("not glibc")
    assert allocator.steady_heap()

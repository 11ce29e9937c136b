"""The public API of the package is pinned."""

import kg


def test_public_names() -> None:
    assert sorted(kg.__all__) == [
        "ConfigError",
        "ExtractionError",
        "InputError",
        "KGError",
        "QueryError",
        "StoreBusyError",
        "StoreError",
        "__version__",
    ]


def test_one_exception_root() -> None:
    for name in kg.__all__:
        obj = getattr(kg, name)
        if isinstance(obj, type):
            assert issubclass(obj, kg.KGError)

"""The extractor registry: names with versions, looked up instead of hard-wired.

>>> reg = Registry()
>>> @reg.register("echo", version=2)
... def echo(ctx):
...     yield from ()
>>> reg.names()
['echo/v2']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.errors import ConfigError
from kg.extract.base import Context, Extractor, Found


@dataclass(frozen=True)
class Registered:
    name: str
    version: int
    func: Extractor

    @property
    def id(self) -> str:
        return f"{self.name}/v{self.version}"

    def __call__(self, ctx: Context) -> Iterator[Found]:
        return self.func(ctx)


class Registry:
    def __init__(self) -> None:
        self._items: dict[str, Registered] = {}

    def register(self, name: str, *, version: int = 1) -> Callable[[Extractor], Extractor]:
        def add(func: Extractor) -> Extractor:
            self.add(name, func, version=version)
            return func

        return add

    def add(self, name: str, func: Extractor, *, version: int = 1) -> None:
        if name in self._items:
            raise ConfigError(f"extractor {name!r} is registered twice")
        self._items[name] = Registered(name, version, func)

    def get(self, name: str) -> Registered:
        try:
            return self._items[name]
        except KeyError:
            raise ConfigError(
                f"unknown extractor {name!r}; known: {', '.join(sorted(self._items))}"
            ) from None

    def names(self) -> list[str]:
        return [r.id for r in self._items.values()]

    def __iter__(self) -> Iterator[Registered]:
        return iter(self._items.values())

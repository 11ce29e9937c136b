"""A pronoun that speaks is not a person named in what it says (sentences written
for these tests)."""

from __future__ import annotations

import pytest

from tests.helpers import speakers_of


@pytest.mark.parametrize(
    ("text", "trigger", "who"),
    [
        # the name in the reported clause is also the one named last before
        ("Union boss Ray Tolland spoke for an hour in Hull. Nobody, he argued, trusted the "
         "board. Voters could only picture Sam Orwin in the job. And Sam Orwin would be at the "
         "front of the new drive, he said.", "said", {"Ray Tolland"}),
        ("Ray Tolland attacked the mayor on Friday. The mayor, Sam Orwin, refused to reply. "
         '"Sam thinks he did nothing wrong, and he should say so," he said.', "said",
         {"Ray Tolland"}),
        # a pronoun in the clause is no name: he may speak of his own plan
        ("Sam Orwin spoke to the council on Monday. His plan had worked better than anyone "
         "expected, he said.", "said", {"Sam Orwin"}),
        # a clause before that the verb does not report ("- he told ..." reports its own)
        ("Home Secretary Sam Orwin quit on Monday. Mr Orwin's remarks on migrants had caused "
         'anger - he told refugees from Ruritania to "go home".', "told", {"Sam Orwin"}),
    ],
)  # fmt: skip
def test_who_speaks_is_not_named_in_what_he_says(  # type: ignore[no-untyped-def]
    facts_of, text: str, trigger: str, who: set[str]
) -> None:
    assert speakers_of(facts_of(text), trigger) == who

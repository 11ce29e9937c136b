"""Every extractor kg runs, by name and version: one line each.

Adding a relation type is one new module in ``kg/extract/`` and one line here.
"""

from __future__ import annotations

from kg.extract import (
    answered_charges,
    blamed_acts,
    conflict,
    cooperation,
    counter_claims,
    custody,
    headline_colons,
    later_hosts,
    meetings,
    memberships,
    quote_sources,
    reactions,
    reported_charges,
    returned_fire,
    roles,
    rulings,
    statements,
    summons_and_deals,
)
from kg.extract.registry import Registry

EXTRACTORS = Registry()
EXTRACTORS.add(meetings.NAME, meetings.extract, version=1)
EXTRACTORS.add(statements.NAME, statements.extract, version=1)
EXTRACTORS.add(quote_sources.NAME, quote_sources.extract, version=1)
EXTRACTORS.add(headline_colons.NAME, headline_colons.extract, version=1)
EXTRACTORS.add(roles.NAME, roles.extract, version=1)
EXTRACTORS.add(memberships.NAME, memberships.extract, version=1)
EXTRACTORS.add(conflict.NAME, conflict.extract, version=1)
EXTRACTORS.add(blamed_acts.NAME, blamed_acts.extract, version=1)
EXTRACTORS.add(counter_claims.NAME, counter_claims.extract, version=1)
EXTRACTORS.add(custody.NAME, custody.extract, version=1)
EXTRACTORS.add(cooperation.NAME, cooperation.extract, version=1)
EXTRACTORS.add(rulings.NAME, rulings.extract, version=1)
EXTRACTORS.add(returned_fire.NAME, returned_fire.extract, version=1)
EXTRACTORS.add(reactions.NAME, reactions.extract, version=1)
EXTRACTORS.add(later_hosts.NAME, later_hosts.extract, version=1)
EXTRACTORS.add(summons_and_deals.NAME, summons_and_deals.extract, version=1)
EXTRACTORS.add(reported_charges.NAME, reported_charges.extract, version=1)
EXTRACTORS.add(answered_charges.NAME, answered_charges.extract, version=1)

"""Stage 2, language: the spaCy pipeline and everything kg knows about words and names.

* :mod:`kg.language.nlp` and :mod:`kg.language.entity_repair` - the parser and its repairs
* :mod:`kg.language.mentions` and :mod:`kg.language.titles` - who is named where, with which title
* :mod:`kg.language.actors`, :mod:`kg.language.coref` (pronouns, with :mod:`kg.language.agreement`
  and :mod:`kg.language.coref_state`) and :mod:`kg.language.descriptions` - mentions to canonical actors
* :mod:`kg.language.gazetteer` and :mod:`kg.language.lexicon` - general knowledge and vocabulary
  (the tables live in ``data/`` beside the code)
* :mod:`kg.language.dates` - dates as written to ISO dates

This is the only stage that imports spaCy.
"""

"""Analyses shared by the checks, one job per module; a check imports these, never another
check. The expensive ones are computed once per run and cached on ``Context``.

- ``locate``: where each claim's quotes stand and which expectations the text meets
  (``ctx.locator``); ``meets``: whether one mention states one expectation;
  ``quote_alignment``: the text helpers of the fuzzy quote search.
- ``expect``: what a claim asserts in the text (figures, periods, names).
- ``verdicts``: each asserted field of each claim stated, contradicted or not confirmed
  against its passage and the context a reader uses (sentence, paragraph, headline, lead,
  publication date, back-references); one FEVER-style verdict per claim (``ctx.verdicts``).
  A package: ``model`` (the verdict types), ``context_fields``, ``direction_tense``.
- ``diff``: an edited passage aligned with its quote word by word, figures by value, each
  changed span classified (figure, period, direction, tense, wording).
- ``figures``: the claim set's figures and which article figures it accounts for, changes or
  contradicts (``ctx.figures``).
- ``passages``: which claims hold a span; future markers in a passage; a first passage.
- ``words``: word lists of the language data, Turkish-aware word search, clock times and
  ordinals.
- ``names``: the names an entity may go by (one function), name folding.
- ``spelling``: how a written name spells a known one (levels of closeness)
  (``ctx.name_index``).
- ``relative``: what a relative date means on a publication date, safe at calendar edges,
  or against the period its sentence names ("bir önceki aya göre").
- ``comparison``: whether a sentence names a comparison base (CS605, CS102).
- ``record``: lookups in the record (statistics, positions and tenures, citations)
  (``ctx.official_roles``).
- ``arithmetic``: intervals for figures stated with limited precision.
- ``spans``: overlap queries over many spans.
- ``vocabulary``: the house vocabulary in an article (CS503); ``word_index``: the article's
  words, a phrase found whole with its ending; ``term_spellings``: one term in two
  spellings (CS504); ``token_table``: the article's tokens once, in flat arrays, which the
  word index and the name index both read.
- ``fields``: a claim field read by name for any claim kind (``field_of``).
"""

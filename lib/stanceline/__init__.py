"""stanceline: who stands where on which issue, and what happened when, in peace-talks coverage.

The public API, re-exported here (each name lives in the module in brackets):

* loading: :func:`load_articles` -> :class:`Corpus` of :class:`Article` (``articles``)
* annotation: :func:`annotate_corpus`, :func:`annotate_text` -> ``stanza.Document`` (``annotate``)
* actors and entities: :func:`load_actors`, :func:`side_of` (``actors``), :func:`extract_entities` (``entities``)
* stances: :func:`extract_stances` (``stances``); :func:`build_stance_matrix`, :func:`compare_clashes`,
  :func:`compare_rounds`, :func:`compare_outlets` (``compare``); :func:`build_framing_markers` (``framing``)
* timelines: :func:`extract_temporal_expressions`, :func:`extract_events`, :func:`build_timeline` (``timelines``)
* scoring: :func:`load_gold` (``gold``), :func:`evaluate_stances`, :func:`evaluate_timeline`,
  :func:`evaluate_entities`
* charts: ``plot_*`` in :mod:`stanceline.plots`
"""
__version__ = "0.1.0"

import warnings  # noqa: E402

# stanza imports tqdm.auto, which warns in a notebook without ipywidgets; progress bars are not used here
warnings.filterwarnings("ignore", message="IProgress not found")

from .articles import Article, Corpus, LoadProblem, load_articles  # noqa: E402
from .actors import Actor, load_actors, side_of  # noqa: E402
from .annotate import Annotations, annotate_corpus, annotate_text, get_annotator  # noqa: E402
from .entities import build_lowercase_naming, extract_entities  # noqa: E402
from .gold import load_gold  # noqa: E402
from .stances import Stance, extract_stances  # noqa: E402
from .compare import build_stance_matrix, compare_clashes, compare_outlets, compare_rounds, load_rounds  # noqa: E402
from .framing import build_framing_markers, build_loaded_terms  # noqa: E402
from .timelines import (TemporalExpression, build_timeline, extract_events,  # noqa: E402
                        extract_temporal_expressions, place_stances)
from .evaluate_entities import evaluate_entities  # noqa: E402
from .evaluate_stances import evaluate_stances  # noqa: E402
from .evaluate_timeline import evaluate_timeline  # noqa: E402

__all__ = [
    "__version__", "Article", "Corpus", "LoadProblem", "load_articles", "Actor", "load_actors", "side_of",
    "Annotations", "annotate_corpus", "annotate_text", "get_annotator", "extract_entities", "build_lowercase_naming",
    "load_gold", "Stance", "extract_stances", "build_stance_matrix", "compare_clashes", "compare_outlets",
    "compare_rounds", "load_rounds", "build_framing_markers", "build_loaded_terms", "TemporalExpression",
    "extract_temporal_expressions", "extract_events", "build_timeline", "place_stances", "evaluate_entities",
    "evaluate_stances", "evaluate_timeline",
]

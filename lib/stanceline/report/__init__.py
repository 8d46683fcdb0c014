"""The report site journalists read: notebooks executed fresh on a corpus, rendered to static HTML.

* :func:`build_site` -> :class:`SiteResult` (``site``): the whole site in one call.
* :func:`build_accuracy_table` (``accuracy``): accuracy on the held-out gold, shared by the index
  page, notebook 04 and the ``evaluate`` commands' tests.
* :mod:`.notebooks`: discover, execute and render the ``NN-name.ipynb`` notebooks.
* :mod:`.html`: escaping helpers; article text is untrusted and never reaches a page unescaped.
"""
from .accuracy import build_accuracy_table
from .notebooks import discover_notebooks, execute_notebook, extract_findings, render_notebook
from .site import Finding, SiteResult, build_site

__all__ = ["build_site", "SiteResult", "Finding", "build_accuracy_table", "discover_notebooks", "execute_notebook",
           "extract_findings", "render_notebook"]

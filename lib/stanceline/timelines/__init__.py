"""Event timelines: temporal expressions, their normalisation, dated events and merged timelines."""
from .expressions import DATEPARSER_SETTINGS, TemporalExpression, extract_temporal_expressions, week_of

__all__ = ["TemporalExpression", "extract_temporal_expressions", "week_of", "DATEPARSER_SETTINGS"]

"""The entity labels PaperLens knows, with their display colours.

This is the single source of truth: the pipeline tags with these labels, the
server publishes them at ``/api/v1/health``, and the extension and dashboard
paint with the colours they read from there.
"""

LABELS = {
    "METHOD": {
        "color": "#b6d7ff",
        "dark_color": "#1d4f91",
        "description": "Named methods, models, architectures and algorithms.",
    },
    "DATASET": {
        "color": "#b9f0c4",
        "dark_color": "#1f6b37",
        "description": "Named datasets, benchmarks and challenges.",
    },
    "METRIC": {
        "color": "#ffd8a8",
        "dark_color": "#8a4b0f",
        "description": "Evaluation measures.",
    },
    "TASK": {
        "color": "#e3c8ff",
        "dark_color": "#5b2a8c",
        "description": "Named research tasks.",
    },
}


def label_list():
    """Labels as the API publishes them, in display order."""
    return [{"label": name, **info} for name, info in LABELS.items()]

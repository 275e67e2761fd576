"""Across sources: canonical people and entities, near-duplicate articles, and merged facts.

See armstrack.resolve.resolver for how the merged view is kept up to date, and
armstrack.resolve.rules for when records describe the same fact.
"""

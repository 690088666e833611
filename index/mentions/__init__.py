"""Dates, figures and entities: extraction, normalisation and linking of mentions."""

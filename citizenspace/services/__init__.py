"""Use cases: one public method per user action, one transaction each.

Services receive their collaborators (the `Database`, a clock) in their constructor and
return plain frozen dataclasses; screens never see an ORM object or run a query.
"""

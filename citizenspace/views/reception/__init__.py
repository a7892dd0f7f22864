"""Reception: the desk, the visit log, the directory of who handles what, follow-up tickets, the quality figures, the themes."""

"""Reception: visits and the waiting queue, the directory, follow-up tickets, the quality figures, Open311."""

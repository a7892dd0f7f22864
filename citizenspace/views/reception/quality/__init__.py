"""Reception quality: the page (`quality_view`), its figure cards and charts, its tables' models, and the mystery-survey form."""

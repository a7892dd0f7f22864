"""Reception rules: a visit and its waiting time (`visits`), the directory of who handles what (`directory`), follow-up tickets (`tickets`) and the quality figures (`quality`). Pure Python."""

"""The children's participatory budget: editions and projects, codes and ballots, results, and the touch kiosk."""

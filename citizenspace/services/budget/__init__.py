"""The children's participatory budget: editions, projects, codes, votes, ballots, counts, exchange with pabulib."""

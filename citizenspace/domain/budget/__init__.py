"""The children's participatory budget: counting the votes (`tally`), explaining the result
(`explain`) and the pabulib `.pb` file format (`pabulib`). Pure Python, like all the domain."""

"""The children's participatory budget: counting the votes (`tally`, with each project's
reason in numbers) and the pabulib `.pb` file format (`pabulib`). Pure Python, like all the
domain; the sentences that explain a result are the user's words (`citizenspace.messages`)."""

"""Follow-ups and Allô mairie reports: the page (`tickets_view`), its list's model, the new-ticket form, the small workflow dialogs, and the categories."""

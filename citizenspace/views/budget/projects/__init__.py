"""The projects of the children's budget, for coordinators: the list of an edition's
projects, the project form and the edition form."""

"""The people register: the list, the person form, the import."""

"""The people register: search, the person form's rules, imports."""

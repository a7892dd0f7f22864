"""The desk: the page where visits are logged (`desk_view`), its form as laid out (`desk_form`), its keyboard-first widgets, the waiting queue and today's log."""

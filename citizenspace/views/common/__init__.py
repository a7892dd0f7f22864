"""What the screens of every area share (fields, models, helpers). Nothing here imports an
area's page: the areas import from here."""

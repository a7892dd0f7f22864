"""The directory "Qui fait quoi ?": the page (`directory_view`), its results model, the card of one service, and the form to add or edit one."""

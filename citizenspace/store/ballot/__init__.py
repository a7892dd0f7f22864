"""Where a kiosk's vote is made durable (`ballot_box`) and how votes leave it in shuffled batches (`ballot_settle`)."""

"""What sits on the tables: QR codes to the diner page and the printable sheet of table cards."""

"""Test doubles for the gateway's providers: not part of the product (left out of the image)."""

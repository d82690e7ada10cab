"""The fault suite (issue 12, "How we will know"): the product run the way production runs it, then broken on purpose.

``make faults`` or ``python -m faults [names...]``; see faults/__main__.py.
"""

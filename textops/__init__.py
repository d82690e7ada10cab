"""Text operations (summaries, key points, answers, questions, sentiment) that stay within the text."""

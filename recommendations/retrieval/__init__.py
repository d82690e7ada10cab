"""Retrieval: sentence embeddings (MiniLM on onnxruntime), the Chroma client, each restaurant's wine index."""

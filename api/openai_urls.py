"""/v1/: the OpenAI-compatible endpoints."""

from __future__ import annotations

from django.urls import path

from api import openai_compat, openai_embeddings

urlpatterns = [
    path("chat/completions", openai_compat.ChatCompletionsView.as_view(), name="openai-chat-completions"),
    path("embeddings", openai_embeddings.EmbeddingsView.as_view(), name="openai-embeddings"),
    path("models", openai_compat.ModelsView.as_view(), name="openai-models"),
    path("models/<str:model>", openai_compat.ModelView.as_view(), name="openai-model"),
]

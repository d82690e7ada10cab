from __future__ import annotations

from django.urls import path

from chat import views

app_name = "chat"

urlpatterns = [
    path("r/<slug:slug>/", views.restaurant_page, name="restaurant"),
    path("r/<slug:slug>/messages", views.message_create, name="message-create"),
    path("r/<slug:slug>/answers/<int:message_id>/stream", views.answer_stream, name="answer-stream"),
    path("r/<slug:slug>/answers/<int:message_id>/stop", views.answer_stop, name="answer-stop"),
    path("r/<slug:slug>/answers/<int:message_id>/feedback", views.answer_feedback, name="answer-feedback"),
]

"""One wizard step: the applicable questions of one section. Every answer is saved the moment it is given."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from merchant_assistant.answers import Answer
from merchant_assistant.content.model import ContentPack, Question
from merchant_assistant.errors import UserError
from merchant_assistant.glossary import Glossary
from merchant_assistant.scoring import known_from_profile
from merchant_assistant.workspace import InvalidChange, Workspace

from .labels import field_message
from .messages import present_error
from .question_widgets import QuestionWidget, question_widget, scrolling_page, wrapped_label


class SectionPage(QWidget):
    answer_saved = Signal(object)  # the Change written (kind "answer"; no question ids when nothing changed)

    def __init__(
        self,
        workspace: Workspace,
        pack: ContentPack,
        lang: str,
        business_id: int,
        heading: tuple[str, str, str],  # kicker, title, intro (the intro may be empty)
        questions: list[Question],
        answers: Mapping[str, Answer],
        goals: tuple[str, ...] = (),
        profile: Mapping[str, Any] | None = None,
        ticked_elsewhere: Mapping[str, frozenset[str]] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.business_id = business_id
        self.profile = profile or {}
        self.scroll_area, layout = scrolling_page(self)

        kicker_text, title_text, intro_text = heading
        kicker = QLabel(kicker_text)
        kicker.setObjectName("pageKicker")
        layout.addWidget(kicker)
        title = QLabel(title_text)
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        if intro_text:
            layout.addWidget(wrapped_label(intro_text))

        uncertain = pack.string("uncertain", lang)
        glossary = Glossary(pack, lang)
        self.widgets: dict[str, QuestionWidget] = {}
        for question in questions:
            answer = answers.get(question.id)
            widget = question_widget(
                question,
                lang,
                answer.value if answer else None,
                uncertain,
                blocks_goal=question.blocks_goal_of(goals),
                # What the plan counts as in place, the card shows ticked (one rule: merchant_assistant.plan)
                implied=(ticked_elsewhere or {}).get(question.id, frozenset()),
                note=answer.note if answer else "",
                glossary=glossary,
                known=known_from_profile(question, profile),
            )
            widget.setObjectName(f"question_{question.id}")
            widget.answered.connect(lambda value, q=question: self.save(q, value))
            widget.noted.connect(lambda text, q=question: self.save_note(q, text))
            layout.addWidget(widget)
            self.widgets[question.id] = widget
        layout.addStretch(1)
        self._show_asked(answers)

    def _show_asked(self, answers: Mapping[str, Answer]) -> None:
        """Only the questions asked: one an earlier answer rules out (no bank account: nothing on its RIB) is hidden
        (its card comes back if that answer changes)."""
        asked = {q.id for q in self.workspace.asked_questions(self.profile, answers)}
        for qid, widget in self.widgets.items():
            widget.setHidden(qid not in asked)

    def save(self, question: Question, value: Any, note: str | None = None) -> None:
        widget = self.widgets[question.id]
        try:
            change = self.workspace.save_answer(self.business_id, question.id, value, note)
        except InvalidChange as error:
            widget.mark_failed(field_message(error.problems.get(question.id, error)))
            return
        except UserError as error:
            widget.mark_failed("")
            present_error(
                self,
                self.tr("Réponse non enregistrée"),
                self.tr("Votre réponse n'a pas pu être enregistrée."),
                error,
            )
            return
        if note is not None:
            widget.mark_noted(note)
        else:
            widget.mark_saved(value)
            with contextlib.suppress(UserError):  # the answer is saved; if unread, the cards stay as they were
                self._show_asked(self.workspace.answers(self.business_id))
        self.answer_saved.emit(change)

    def save_note(self, question: Question, note: str) -> None:
        """The note goes with the answer as it is saved (a note is never written without its answer)."""
        widget = self.widgets[question.id]
        self.save(question, widget.value, note)

    def commit(self) -> None:
        """Save typed text that has not been reported yet (before leaving the page or closing the window)."""
        for widget in self.widgets.values():
            if widget.pending():
                widget.commit()
            if widget.note_pending():
                widget.commit_note()

"""The work on one business: a sidebar of steps (profile, one per section, the plan) beside the current step.

Step ids, stored with Workspace.set_current_step so that reopening returns to the same place:
"profile", "express" (the few questions that decide the first steps), "<module id>/<section id>", "plan".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.model import ContentPack, Module, Question, Section
from merchant_assistant.errors import UserError
from merchant_assistant.scoring import effective_answers
from merchant_assistant.workspace import Business, Change, Workspace

from .labels import FSI, PDI, percent_text, screen_text
from .messages import present_error
from .question_widgets import back_button

if TYPE_CHECKING:
    from .plan_page import PlanPage
    from .profile_page import ProfilePage
    from .section_page import SectionPage

PROFILE = "profile"
EXPRESS = "express"
PLAN = "plan"
# The keys that move between steps (also listed by Help > Keyboard shortcuts).
STEP_KEYS = {"next": "Ctrl+PgDown", "previous": "Ctrl+PgUp", "profile": "Ctrl+Home", "plan": "Ctrl+End"}


@dataclass
class Step:
    id: str
    module: Module | None = None
    section: Section | None = None
    questions: list[Question] = field(default_factory=list)

    def module_and_section(self) -> tuple[Module, Section]:
        """What a section step asks about; the profile, express and plan steps have neither."""
        if self.module is None or self.section is None:
            raise ValueError(f"step {self.id!r} is not a section of a module")
        return self.module, self.section


SIDEBAR_WIDE, SIDEBAR_NARROW = 330, 210  # the list of steps, in a window at least / less than NARROW_WINDOW wide
NARROW_WINDOW = 1000


class WrappedStepName(QStyledItemDelegate):
    """A step's name on as many lines as it needs in the narrow list of steps, never cut with "…": long titles end
    with their law ("Vente à distance aux particuliers (loi 31-08)"), the part a user looks for."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeWidget)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        indent = view.indentation() if index.parent().isValid() else 0
        # Qt wraps to a known width only (a valid rectangle): the column's, as tall as need be, less what painting
        # takes from it (the indentation; a text margin each side, which Arabic's wider shaping met first)
        margins = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 4
        shown.rect = QRect(0, 0, max(view.header().sectionSize(index.column()) - indent - margins, 1), 10_000)
        return view.style().sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, shown, QSize(), view)


class Wizard(QWidget):
    back_to_list = Signal()
    back_to_workshop = Signal()
    created = Signal(int)  # a new business was saved for the first time (its id)

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.pack = pack
        self.lang = lang
        self.business_id: int | None = None
        self.business: Business | None = None  # as read when the steps were last built
        self.steps: list[Step] = []
        self.current: str = PROFILE
        self.section_page: SectionPage | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 8)
        self.list_button = back_button(self.tr("Entreprises"), self.tr("Revenir à la liste des entreprises"))
        self.list_button.clicked.connect(self.back_to_list)
        top.addWidget(self.list_button)
        # Back to the workshop the business was opened from (shown only then): a trainer goes from one participant
        # to the next through the workshop's table.
        self.workshop_button = back_button(self.tr("Atelier"), "")
        self.workshop_button.setObjectName("backToWorkshop")
        self.workshop_button.clicked.connect(self.back_to_workshop)
        self.workshop_button.setVisible(False)
        top.addWidget(self.workshop_button)
        # The steps can be folded away: on a small screen (800×600) the page gets the width.
        self.steps_button = QPushButton(self.tr("Étapes"))
        self.steps_button.setCheckable(True)
        self.steps_button.setChecked(True)
        self.steps_button.setToolTip(self.tr("Afficher ou masquer la liste des étapes"))
        self.steps_button.toggled.connect(self._show_steps)
        top.addWidget(self.steps_button)
        top.addSpacing(12)
        self.name_label = QLabel()
        self.name_label.setObjectName("businessName")  # sized by the style sheet: it follows the zoom
        # sized to its text, the stretch after it: the name stays beside the button in both directions, even when
        # its own text runs the other way (a Latin name in the Arabic interface)
        top.addWidget(self.name_label)
        top.addStretch(1)
        top.addSpacing(12)
        self.readiness_label = QLabel()
        top.addWidget(self.readiness_label)
        layout.addLayout(top)

        middle = QHBoxLayout()
        middle.setContentsMargins(12, 0, 12, 0)
        middle.setSpacing(12)
        self.sidebar = QTreeWidget()
        self.sidebar.setObjectName("steps")
        self.sidebar.setAccessibleName(self.tr("Étapes"))
        self.sidebar.setColumnCount(2)
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setRootIsDecorated(False)
        self.sidebar.setItemsExpandable(False)
        self.sidebar.setIndentation(16)
        self.sidebar.setFixedWidth(SIDEBAR_WIDE)
        self.sidebar.header().setStretchLastSection(False)
        self.sidebar.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.sidebar.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sidebar.setWordWrap(True)
        self.sidebar.setItemDelegateForColumn(0, WrappedStepName(self.sidebar))
        self.sidebar.header().sectionResized.connect(self._step_column_resized)
        self.sidebar.currentItemChanged.connect(self._sidebar_clicked)
        middle.addWidget(self.sidebar)

        self.pages = QStackedWidget()
        # The profile and the plan are made when first shown: a business reopened at a question shows neither.
        self._profile_page: ProfilePage | None = None
        self._plan_page: PlanPage | None = None
        middle.addWidget(self.pages, 1)
        layout.addLayout(middle, 1)

        bottom = QHBoxLayout()
        bottom.setContentsMargins(12, 8, 12, 12)
        bottom.addStretch(1)
        self.previous_button = QPushButton(self.tr("Précédent"))
        self.previous_button.clicked.connect(self.go_previous)
        bottom.addWidget(self.previous_button)
        self.next_button = QPushButton(self.tr("Suivant"))
        self.next_button.setObjectName("primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        bottom.addWidget(self.next_button)
        # From the keyboard: next and previous step, the profile and the plan (the same keys in both directions).
        for keys, slot in (
            (STEP_KEYS["next"], self.go_next),
            (STEP_KEYS["previous"], self.go_previous),
            (STEP_KEYS["profile"], lambda: self.go_to(PROFILE)),
            (STEP_KEYS["plan"], lambda: self.go_to(PLAN)),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        self.next_button.setToolTip(self.tr("Entrée ou Ctrl+PgDown"))
        self.previous_button.setToolTip("Ctrl+PgUp")
        layout.addLayout(bottom)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on an answer goes to the next step, as the highlighted "Next" button promises. Not from a field
        where Enter means something (a text, a note, a list, a drop-down, the plan's table)."""
        typing = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
        focus = QApplication.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and not isinstance(focus, typing)
            and self.next_button.isVisible()
            and self.next_button.isEnabled()
        ):
            self.go_next()
            return
        super().keyPressEvent(event)

    @property
    def profile_page(self) -> ProfilePage:
        """The profile step's page (made on first use, holding the business on screen)."""
        if self._profile_page is None:
            from .profile_page import ProfilePage

            self._profile_page = ProfilePage(self.workspace, self.pack, self.lang)
            self._profile_page.saved.connect(self._profile_saved)
            self._profile_page.cancelled.connect(self._cancel_new)
            self.pages.addWidget(self._profile_page)
            self._profile_page.load(self.business_id)
        return self._profile_page

    @property
    def plan_page(self) -> PlanPage:
        """The plan step's page (made on first use, with the PDF export behind it)."""
        if self._plan_page is None:
            from .plan_page import PlanPage

            self._plan_page = PlanPage(self.workspace, self.pack, self.lang)
            self._plan_page.show_unanswered.connect(self._first_unanswered)
            self._plan_page.changed.connect(self.update_progress)  # "Préparation : 47 %" as the page says
            self.pages.addWidget(self._plan_page)
        return self._plan_page

    def wait_for_export(self) -> None:
        """Let a PDF being written finish (before the window closes)."""
        if self._plan_page is not None:
            self._plan_page.exporter.wait()

    def _step_column_resized(self, column: int, _old: int, _new: int) -> None:
        """The names wrap again when their column's width changes (a narrower list, longer counts)."""
        if column == 0:
            self.sidebar.scheduleDelayedItemsLayout()

    def _show_steps(self, shown: bool) -> None:
        self.sidebar.setVisible(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrower list of steps in a narrow window, so that the page keeps room for its answers."""
        self.sidebar.setFixedWidth(SIDEBAR_WIDE if event.size().width() >= NARROW_WINDOW else SIDEBAR_NARROW)
        super().resizeEvent(event)

    # -- opening --------------------------------------------------------------------------------------------
    def set_workshop(self, name: str | None) -> None:
        """Offer the way back to the workshop ``name`` (None: the business was not opened from a workshop)."""
        self.workshop_button.setVisible(name is not None)
        if name is not None:
            self.workshop_button.setToolTip(self.tr("Revenir à l'atelier « %1 »").replace("%1", f"{FSI}{name}{PDI}"))

    def open_new(self) -> None:
        self.business_id = None
        self.business = None
        self.profile_page.load(None)
        self._rebuild_steps()
        self._show(PROFILE, remember=False)

    def open_business(self, business_id: int, step_id: str | None = None, resumed: bool = False) -> None:
        """Show the business at ``step_id`` (where it was left when None) and remember that step, which makes it
        the business reopened at the next start. ``resumed``: reopened at start, so it is that business already:
        the step is written only if it had to change (a start that changes nothing writes nothing)."""
        business = self.workspace.business(business_id)
        self.business_id = business_id
        if self._profile_page is not None:
            self._profile_page.load(business_id)
            self._profile_page.scroll_area.verticalScrollBar().setValue(0)  # another business starts at its top
        self._rebuild_steps(business)
        step = self._valid_step(step_id if step_id is not None else business.current_step)
        self._show(step, remember=not resumed or step != business.current_step)

    def _valid_step(self, step_id: str) -> str:
        ids = [s.id for s in self.steps]
        if step_id in ids:
            return step_id
        if not step_id or len(ids) <= 2:
            return PROFILE
        return ids[1]  # a section no longer asked (the profile changed): the first one

    # -- steps and the sidebar ------------------------------------------------------------------------------
    def _rebuild_steps(self, business: Business | None = None) -> None:
        """The steps for the business's profile (read again unless given), and the sidebar showing them."""
        if self.business_id is not None:
            self.business = business or self.workspace.business(self.business_id)
        profile = self.business.profile if self.business_id is not None and self.business else {}
        self.steps = [Step(PROFILE)]
        if self.business_id is not None:
            express = self.workspace.express_questions(profile)
            if express:
                self.steps.append(Step(EXPRESS, questions=express))
            for module, section, questions in self.workspace.sections_to_ask(profile):
                self.steps.append(Step(f"{module.id}/{section.id}", module, section, questions))
        self.steps.append(Step(PLAN))
        self.name_label.setText(str(profile.get("name") or self.tr("Nouvelle entreprise")))

        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.items: dict[str, QTreeWidgetItem] = {}
        self.module_items: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.sidebar.font())
        bold.setBold(True)
        self._add_item(None, PROFILE, self.tr("Profil de l'entreprise"), bold)
        for step in self.steps[1:-1]:
            if step.id == EXPRESS:
                self._add_item(None, EXPRESS, self.tr("L'essentiel (parcours express)"), bold)
                continue
            module, section = step.module_and_section()
            if module.id not in self.module_items:
                parent = QTreeWidgetItem([screen_text(module.title, self.lang), ""])
                parent.setFont(0, bold)
                parent.setToolTip(0, screen_text(module.title, self.lang))  # long titles are cut in the narrow sidebar
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: a heading
                self.sidebar.addTopLevelItem(parent)
                parent.setExpanded(True)
                self.module_items[module.id] = parent
            self._add_item(self.module_items[module.id], step.id, screen_text(section.title, self.lang))
        plan = self._add_item(None, PLAN, self.tr("Plan de préparation"), bold)
        if self.business_id is None:
            plan.setDisabled(True)
            plan.setToolTip(0, self.tr("Enregistrez d'abord le profil"))
        self.sidebar.expandAll()
        self.sidebar.blockSignals(False)
        self.update_progress()

    def _add_item(
        self, parent: QTreeWidgetItem | None, step_id: str, text: str, font: QFont | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, Qt.ItemDataRole.UserRole, step_id)
        item.setToolTip(0, text)
        if font is not None:
            item.setFont(0, font)
        if parent is None:
            self.sidebar.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self.items[step_id] = item
        return item

    def update_progress(self) -> None:
        """Answered / applicable per step and per module; readiness in the top bar."""
        if self.business_id is None:
            self.readiness_label.setText("")
            return
        try:
            answers = self.workspace.answers(self.business_id)
            readiness = self.workspace.readiness(self.business or self.business_id, answers)
        except UserError as error:
            present_error(self, self.tr("Lecture impossible"), self.tr("Les réponses n'ont pas pu être lues."), error)
            return
        profile = (self.business or self.workspace.business(self.business_id)).profile
        # What the readiness counts as answered, the steps count too (an RC number in the profile answers its
        # question).
        answered = effective_answers(self.pack, answers, profile=profile)
        # A question an earlier answer rules out (no account: nothing on its RIB) is not asked, nor counted.
        asked = {q.id for q in self.workspace.asked_questions(profile, answers)}
        for step in self.steps[1:-1]:
            questions = [q for q in step.questions if q.id in asked]
            done = sum(1 for q in questions if q.id in answered)
            self._set_progress(self.items[step.id], done, len(questions))
        for module_score in readiness.modules:
            item = self.module_items.get(module_score.module.id)
            if item is not None:
                self._set_progress(item, module_score.answered, module_score.applicable)
        self.readiness_label.setText(
            self.tr("Préparation : %1 — %2")
            .replace("%1", percent_text(readiness.overall, self.lang))
            .replace("%2", screen_text(readiness.level.label, self.lang))
        )

    def _set_progress(self, item: QTreeWidgetItem, done: int, total: int) -> None:
        """Questions answered (any answer, "not applicable" and "don't know" too) out of those asked; the PDF counts
        what is in place instead, so the count says what it is."""
        item.setText(1, f"{'✓ ' if total and done >= total else ''}{done}/{total}")
        item.setToolTip(
            1, self.tr("Questions répondues : %1 sur %2").replace("%1", str(done)).replace("%2", str(total))
        )
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

    # -- moving between steps -------------------------------------------------------------------------------
    def _index(self) -> int:
        return next(i for i, s in enumerate(self.steps) if s.id == self.current)

    def go_next(self) -> None:
        index = self._index()
        if index + 1 < len(self.steps):
            self.go_to(self.steps[index + 1].id)

    def go_previous(self) -> None:
        index = self._index()
        if index > 0:
            self.go_to(self.steps[index - 1].id)

    def go_to(self, step_id: str) -> bool:
        """Leave the current step (saving what must be saved) and show ``step_id``. False if we must stay."""
        was_new = self.business_id is None
        if not self.leave():
            self._select(self.current)
            return False
        if was_new:  # the profile was just created: _profile_saved has shown its first step
            return True
        self._show(self._valid_step(step_id), remember=True)
        return True

    def leave(self, going_away: bool = False) -> bool:
        """Save pending input of the current step. False when the profile is not valid yet.

        ``going_away`` (to the list, to another business, closing): a new business is not created on the way out;
        False when something was typed in it (the caller asks whether to give it up, see :meth:`unsaved_new`)."""
        if self.current == PROFILE:
            if going_away and self.business_id is None:
                return not self.profile_page.is_dirty()
            return self.profile_page.save()
        if self.section_page is not None:
            self.section_page.commit()
        return True

    def _cancel_new(self) -> None:
        """ "Cancel" on a new business: forget what was typed (nothing was created) and go back to the list."""
        self.open_new()
        self.back_to_list.emit()

    def unsaved_new(self) -> bool:
        """Is a new business being typed in, not created yet?"""
        return self.current == PROFILE and self.business_id is None and self.profile_page.is_dirty()

    def _profile_saved(self, change: Change) -> None:
        first_time = self.business_id is None
        self.business_id = change.business_id
        if not (first_time or change.steps):  # nothing changed that the steps or the sidebar show
            return
        self._rebuild_steps()
        if first_time:
            self.created.emit(change.business_id)
            self._show(self.steps[1].id if len(self.steps) > 2 else PLAN, remember=True)
        else:
            self._select(self.current)

    def _show(self, step_id: str, remember: bool) -> None:
        business_id = self.business_id
        if business_id is None:  # the sections and the plan need a saved profile (go_to never asks before)
            step_id = PROFILE
        step = next(s for s in self.steps if s.id == step_id)
        self.current = step_id
        if step_id == PROFILE or business_id is None:
            self.pages.setCurrentWidget(self.profile_page)
        elif step_id == PLAN:
            self.plan_page.load(business_id)
            self.pages.setCurrentWidget(self.plan_page)
        else:
            from .section_page import SectionPage

            old = self.section_page
            profile = self.business.profile if self.business else self.workspace.business(business_id).profile
            answers = self.workspace.answers(business_id)
            self.section_page = SectionPage(
                self.workspace,
                self.pack,
                self.lang,
                business_id,
                self._heading(step),
                step.questions,
                answers,
                self.workspace.goals(profile),
                profile,
                self.workspace.plan(business_id).ticked_elsewhere,
            )
            self.section_page.answer_saved.connect(self._answer_saved)
            self.pages.addWidget(self.section_page)
            self.pages.setCurrentWidget(self.section_page)
            if old is not None:
                self.pages.removeWidget(old)
                old.deleteLater()
            # The number keys act at once, on the first question not answered yet (a blind review pressed them
            # on a new step to no effect); not when the user is going through the list of steps.
            focus = QApplication.focusWidget()
            cards = self.section_page.widgets
            shown = [q.id for q in step.questions if q.id in cards and not cards[q.id].isHidden()]  # not ruled out
            if shown and not (focus is not None and (focus is self.sidebar or self.sidebar.isAncestorOf(focus))):
                self._keyboard_on(next((qid for qid in shown if qid not in answers), shown[0]))
        self._select(step_id)
        index = self._index()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setVisible(index + 1 < len(self.steps))
        self.next_button.setText(
            self.tr("Enregistrer et continuer")
            if step_id == PROFILE
            else self.tr("Voir le plan")
            if index + 2 == len(self.steps)
            else self.tr("Suivant")
        )
        if remember and self.business_id is not None:
            try:
                self.workspace.set_current_step(self.business_id, step_id)
            except UserError as error:
                present_error(
                    self,
                    self.tr("Enregistrement impossible"),
                    self.tr("L'étape en cours n'a pas pu être enregistrée."),
                    error,
                )

    def _heading(self, step: Step) -> tuple[str, str, str]:
        if step.id == EXPRESS:
            return (
                self.tr("Parcours express"),
                self.tr("L'essentiel : les questions qui décident de vos premières étapes"),
                self.tr(
                    "Répondez à ces quelques questions pour obtenir un premier plan en quelques minutes. Les autres "
                    "questions peuvent attendre : le plan dit ce qui reste sans réponse."
                ),
            )
        module, section = step.module_and_section()
        intro = screen_text(module.intro, self.lang) if section is module.sections[0] else ""
        return screen_text(module.title, self.lang), screen_text(section.title, self.lang), intro

    def _select(self, step_id: str) -> None:
        item = self.items.get(step_id)
        if item is not None:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentItem(item)
            self.sidebar.blockSignals(False)

    def _sidebar_clicked(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        step_id = item.data(0, Qt.ItemDataRole.UserRole)
        if step_id and step_id != self.current:
            # after the tree's own signal has returned: leaving the profile may rebuild the tree
            QTimer.singleShot(0, self, lambda: self.go_to(step_id))

    def _answer_saved(self, change: Change) -> None:
        if change.readiness:  # an answer equal to the stored one changes nothing shown
            self.update_progress()

    def show_question(self, question_id: str) -> bool:
        """Go to the step that asks ``question_id`` (its section rather than the express path) and put the keyboard
        on its card; False when the business on screen is not asked it, or the current step cannot be left yet."""
        steps = sorted(self.steps, key=lambda s: s.id == EXPRESS)
        step = next((s for s in steps if any(q.id == question_id for q in s.questions)), None)
        if step is None or self.business_id is None or not self.go_to(step.id) or self.section_page is None:
            return False
        self._keyboard_on(question_id)
        return True

    def _keyboard_on(self, question_id: str) -> None:
        """The keyboard on ``question_id``'s first answer (not the links of its text), its card in view: the
        number keys answer it."""
        page = self.section_page
        card = page.widgets.get(question_id) if page is not None else None
        if page is None or card is None:
            return
        controls = [w for w in card.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        reachable = [w for w in controls if w.isEnabled() and w.isVisibleTo(card)]
        target = next((w for w in reachable if not isinstance(w, QLabel)), card)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        # once the new page is laid out
        QTimer.singleShot(0, page, lambda: page.scroll_area.ensureWidgetVisible(card))

    def _first_unanswered(self) -> None:
        if self.business_id is None:  # asked from the plan, which is only shown for a saved business
            return
        answers = self.workspace.answers(self.business_id)
        for step in self.steps[1:-1]:
            if any(q.id not in answers for q in step.questions):
                self.go_to(step.id)
                return

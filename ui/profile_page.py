"""The business profile form, generated from the content pack's profile fields."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from merchant_assistant.content.identifiers import VALIDATORS
from merchant_assistant.content.model import ContentPack, ProfileField
from merchant_assistant.errors import UserError
from merchant_assistant.i18n import is_rtl, with_ltr_marks
from merchant_assistant.profile import MAX_FIELD, display_value, field_problem, field_warning
from merchant_assistant.workspace import InvalidChange, Workspace

from .labels import field_message, screen_text
from .messages import present_error
from .question_widgets import ChoiceBox, option_row, scrolling_page, wrapped_label
from .style import ERROR_COLOR, NOTE_COLOR

LABEL_WIDTH = 230
NARROW_FORM = 720  # below this page width, labels go above their fields


class FieldEditor(QWidget):
    """One profile field: its editor, its help and the places for its error message (the value cannot be saved)
    and its warning (saved, but worth checking: a RIB whose key does not match)."""

    changed = Signal()

    def __init__(self, field: ProfileField, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        name = screen_text(field.label, lang)  # what a screen reader says (the form's label is not its buddy here)
        if field.kind == "text":
            self.edit = QLineEdit()
            self.edit.setAccessibleName(name)
            self.edit.setMaxLength(MAX_FIELD)
            self.edit.textEdited.connect(self.changed)
            self.edit.editingFinished.connect(self.check)
            rule = VALIDATORS.get(field.validator or "")
            if rule is not None and rule.left_to_right and is_rtl(lang):
                # A phone number, a RIB or an e-mail reads left to right in an Arabic form too ("06 12 34 56 78",
                # not "78 56 34 12 06"), on the side of its label.
                self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(self.edit)
        elif field.kind == "choice":
            self.combo = ChoiceBox()
            self.combo.setAccessibleName(name)
            self.combo.addItem("—", None)
            for choice in field.choices:
                self.combo.addItem(screen_text(choice.label, lang), choice.id)
            self.combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(self.combo)
        elif field.kind == "multi":
            self.boxes: dict[str, QCheckBox] = {}
            for choice in field.choices:
                box = QCheckBox()
                box.toggled.connect(self.changed)
                self.boxes[choice.id] = box
                layout.addWidget(option_row(box, screen_text(choice.label, lang)))
        else:  # bool
            self.check_box = QCheckBox()
            self.check_box.toggled.connect(self.changed)
            layout.addWidget(option_row(self.check_box, screen_text(field.label, lang)))
        help_text = screen_text(field.help, lang)
        if help_text:
            help_label = wrapped_label(help_text)
            help_label.setStyleSheet("color: #555555;")
            layout.addWidget(help_label)
        # The message's place: under a field checked as the user leaves it, a line is kept free for it, so that a
        # message appearing does not push the next field away from the pointer on its way there.
        slot = QWidget()
        slot_layout = QVBoxLayout(slot)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        slot_layout.setSpacing(0)
        self.error = wrapped_label()
        self.error.setObjectName(f"error_{field.id}")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error.setVisible(False)
        slot_layout.addWidget(self.error)
        self.warning = wrapped_label()
        self.warning.setObjectName(f"warning_{field.id}")
        self.warning.setStyleSheet(f"color: {NOTE_COLOR};")
        self.warning.setVisible(False)
        slot_layout.addWidget(self.warning)
        if field.kind == "text" and (field.validator or field.required):
            lines = 2 if field.validator else 1  # an identifier's message gives an example: two lines
            slot.setMinimumHeight(self.error.fontMetrics().lineSpacing() * lines + 2)
        layout.addWidget(slot)

    def value(self) -> Any:
        kind = self.field.kind
        if kind == "text":
            return self.edit.text()
        if kind == "choice":
            return self.combo.currentData()
        if kind == "multi":
            return [cid for cid, box in self.boxes.items() if box.isChecked()]
        return self.check_box.isChecked()

    def set_value(self, value: Any) -> None:
        kind = self.field.kind
        if kind == "text":
            # An identifier as people write it (06 12 34 56 78, a RIB in its four parts); other text as typed.
            shown = value and self.field.validator in VALIDATORS
            self.edit.setText(display_value(self.field, str(value), self.lang) if shown else str(value or ""))
        elif kind == "choice":
            index = self.combo.findData(value)
            self.combo.setCurrentIndex(max(index, 0))
        elif kind == "multi":
            chosen = set(value or ())
            for cid, box in self.boxes.items():
                box.setChecked(cid in chosen)
        else:
            self.check_box.setChecked(bool(value))
        self.show_problem(None)
        self.show_warning(field_warning(self.field, value))  # a saved RIB whose key does not match, say

    def check(self) -> str | None:
        """Validate with the domain's rules; show the problem, or else the warning; return the problem."""
        value = self.value()
        if isinstance(value, str):
            value = value.strip()
        problem = field_problem(self.field, value)
        self.show_problem(problem)
        if problem is None:
            self.show_warning(field_warning(self.field, value))
            self.tidy()
        return problem

    def tidy(self) -> None:
        """A valid identifier shown the way people write it (0612345678 becomes 06 12 34 56 78): the same value."""
        rule = VALIDATORS.get(self.field.validator or "")
        text = self.edit.text().strip() if self.field.kind == "text" else ""
        if rule is None or not text or rule.problem(text) is not None:
            return
        shown = display_value(self.field, rule.canonical(text), self.lang)
        if shown != self.edit.text():
            self.edit.setText(shown)

    def _message(self, problem: object) -> str:
        """The domain's sentence in the interface language; in Arabic, with its numbers in their own order
        ("06 12 34 56 78", not "78 56 34 12 06")."""
        text = field_message(problem)
        return with_ltr_marks(text) if is_rtl(self.lang) else text

    def show_problem(self, problem: str | None) -> None:
        self.error.setText(self._message(problem) if problem else "")
        self.error.setVisible(bool(problem))
        if problem:
            self.show_warning(None)  # what cannot be saved comes first

    def show_warning(self, warning: str | None) -> None:
        text = self.tr("À vérifier : %1").replace("%1", self._message(warning)) if warning else ""
        self.warning.setText(text)
        self.warning.setVisible(bool(warning))

    def focus_widget(self) -> QWidget:
        if self.field.kind == "multi":
            return next(iter(self.boxes.values()), self)
        return getattr(self, "edit", None) or getattr(self, "combo", None) or getattr(self, "check_box", None) or self

    def focus(self) -> None:
        self.focus_widget().setFocus()


class ProfilePage(QWidget):
    """Create a business, or change its profile. Saving validates every field first; nothing invalid is stored."""

    saved = Signal(object)  # the Change written (kind "created" or "profile")
    cancelled = Signal()  # a new business given up before it was created

    def __init__(self, workspace: Workspace, pack: ContentPack, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.pack = pack
        self.lang = lang
        self.business_id: int | None = None
        self._loaded: dict[str, Any] = {}

        scroll, layout = scrolling_page(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        intro = wrapped_label(
            self.tr(
                "Ces informations décident des questions qui vous concernent. Seul le nom est obligatoire ; "
                "vous pourrez tout modifier plus tard."
            )
        )
        layout.addWidget(intro)

        self.form = form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)
        self.editors: dict[str, FieldEditor] = {}
        for field in pack.profile_fields:
            editor = FieldEditor(field, lang)
            editor.setObjectName(f"field_{field.id}")
            self.editors[field.id] = editor
            if field.kind == "bool":  # the question is the check box's own text
                form.addRow(QLabel(), editor)
                continue
            label = QLabel(screen_text(field.label, lang) + (" *" if field.required else ""))
            label.setWordWrap(True)
            label.setFixedWidth(LABEL_WIDTH)
            label.setBuddy(editor.focus_widget())
            form.addRow(label, editor)
        form_host = QWidget()
        form_host.setLayout(form)
        form_host.setMaximumWidth(820)
        layout.addWidget(form_host)
        # A new business exists only once saved ("Next"): until then it can be given up.
        self.cancel_button = QPushButton(self.tr("Annuler la création"))
        self.cancel_button.setObjectName("cancelNew")
        self.cancel_button.clicked.connect(self.cancelled)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(1)
        self.scroll_area = scroll  # not "scroll": that would hide QWidget.scroll()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow page, each label above its field: side by side they would need a horizontal scroll bar."""
        narrow = event.size().width() < NARROW_FORM
        self.form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        super().resizeEvent(event)

    # -- loading and reading --------------------------------------------------------------------------------
    def load(self, business_id: int | None) -> None:
        self.business_id = business_id
        profile = self.workspace.business(business_id).profile if business_id is not None else {}
        for field_id, editor in self.editors.items():
            editor.set_value(profile.get(field_id))
        self._loaded = self.workspace.normalise_profile(profile)
        self.title.setText(
            self.tr("Profil de l'entreprise") if business_id is not None else self.tr("Nouvelle entreprise")
        )
        self.cancel_button.setVisible(business_id is None)
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.focus()

    def values(self) -> dict[str, Any]:
        return {field_id: editor.value() for field_id, editor in self.editors.items()}

    def is_dirty(self) -> bool:
        """Has the user typed or chosen something not saved yet? A field left blank is the same as one the stored
        profile lacks (a field added by a later release, a business from a file): viewing the profile and leaving
        saves nothing."""
        current = _given(self.workspace.normalise_profile(self.values()))
        if self.business_id is None:
            return bool(current)
        return current != _given(self._loaded)

    # -- saving ---------------------------------------------------------------------------------------------
    def validate(self) -> bool:
        """Check every field with the rules the workspace applies when saving; show each problem beside its field;
        focus the first wrong one."""
        return self.show_problems(self.workspace.profile_problems(self.values()))

    def show_problems(self, problems: Mapping[str, Any]) -> bool:
        """Each problem beside its field (field id -> problem), the others cleared; True when there is none."""
        first_wrong = None
        for field_id, editor in self.editors.items():
            problem = problems.get(field_id)
            editor.show_problem(problem)
            if problem and first_wrong is None:
                first_wrong = editor
        if first_wrong is not None:
            first_wrong.focus()
            self.scroll_area.ensureWidgetVisible(first_wrong)
        return first_wrong is None and not problems

    def save(self) -> bool:
        """Save the profile if it changed, through the workspace, which refuses it with every problem when it is
        not valid (nothing is written then). Returns True when the page may be left."""
        if self.business_id is not None and not self.is_dirty():
            return True
        values = self.values()
        try:
            if self.business_id is None:
                change = self.workspace.create_business(values)
            else:
                change = self.workspace.update_profile(self.business_id, values)
        except InvalidChange as error:
            self.show_problems(error.problems)
            return False
        except UserError as error:
            present_error(
                self, self.tr("Enregistrement impossible"), self.tr("Le profil n'a pas été enregistré."), error
            )
            return False
        self.show_problems({})
        warnings = self.workspace.profile_warnings(values)  # saved all the same: shown beside their fields
        for field_id, editor in self.editors.items():
            editor.show_warning(warnings.get(field_id))
            editor.tidy()
        self.business_id = change.business_id
        self._loaded = self.workspace.normalise_profile(values)
        self.title.setText(self.tr("Profil de l'entreprise"))
        self.cancel_button.setVisible(False)
        self.saved.emit(change)
        return True


def _given(profile: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of ``profile`` that say something (not blank, not an empty choice, not an unticked box)."""
    return {field_id: value for field_id, value in profile.items() if value not in (None, "", [], False)}

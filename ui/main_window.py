"""The main window: the start screen and the work on one business, in a stack; menus; the status bar."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QAction, QActionGroup, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from merchant_assistant import __version__
from merchant_assistant.errors import UserError
from merchant_assistant.settings import PRESENTATION, TEXT_SIZE, WINDOW_GEOMETRY, Settings

from .messages import confirm, present_error, show_error, show_info
from .style import PRESENTATION_TEXT_SIZE, normal_palette, presentation_palette, style_sheet

# The window is shown before the content and the database are loaded (ui.app): this module imports neither, nor
# anything that does, until attach().
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog, QMessageBox

    from merchant_assistant.content.model import ContentPack
    from merchant_assistant.workspace import Store, Workspace

    from .quick_switcher import QuickSwitcher
    from .start_page import StartPage
    from .wizard import Wizard
    from .workshop_page import WorkshopPage
    from .workshops_page import WorkshopsPage

MIN_WIDTH, MIN_HEIGHT = 760, 520  # below this the pages get cramped; a smaller screen still gets the whole window
MIN_TEXT_SIZE = 10  # the system's size, but never smaller (as at start, ui.app)
LANGUAGE_NAMES = {"fr": "Français", "ar": "العربية", "en": "English"}  # each in its own language


class MainWindow(QMainWindow):
    language_chosen = Signal(str)  # the user picked another interface language (ui.app.switch_language)

    def __init__(
        self,
        workspace: Workspace | Store | None,
        pack: ContentPack | None,
        lang: str = "fr",
        parent: QWidget | None = None,
    ):
        """``workspace``: the Workspace to work in, or an open store to make one on (the caller closes it). Without
        a workspace and a pack the window opens empty, saying it is opening, and attach() brings the work: a start
        shows it at once, then loads the content and the database (ui.app)."""
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Assistant de préparation du commerçant"))
        self.presenting = False
        self.setStyleSheet(style_sheet(self.font().pointSizeF()))

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        # The list and the work on a business are made when first shown: a start shows one of them.
        self._start_page: StartPage | None = None
        self._wizard: Wizard | None = None
        self._workshops_page: WorkshopsPage | None = None
        self._workshop_page: WorkshopPage | None = None
        self.return_workshop: int | None = None  # the workshop the business on screen was opened from
        self.joining_workshop: int | None = None  # the workshop a new business being typed in will join

        self.confirmation: QMessageBox | None = None  # the question on screen, if any (tests answer it)
        self.dialog: QDialog | QMessageBox | None = None  # the last exchange or workshop dialog opened (tests)
        self.switcher: QuickSwitcher | None = None
        self._quit_confirmed = False
        self._shortcuts: list[tuple[QAction, tuple[QKeySequence.StandardKey | str, ...]]] = []
        self._build_menus()
        self.content_label = QLabel()  # in the status bar, made by attach(): 6 ms of Qt's first one, after the window
        self._fit_screen()
        self.settings = Settings()
        saved = self.settings.get(WINDOW_GEOMETRY)
        if saved:
            self.restoreGeometry(QByteArray(saved))  # False on stale data: _fit_screen's size stays
        normal_palette()  # remembered before presentation mode may change it
        # Presentation mode's palette loads Qt's `Qt` namespace before the window (16 ms more at a projector's start).
        self.presentation_action.setChecked(self.settings.get(PRESENTATION) == "on")
        self.opening: QWidget | None = None  # what the window says until attach() brings the work
        if workspace is None or pack is None:
            self.opening = self._opening_page()
            self.stack.addWidget(self.opening)
            self.menuBar().setEnabled(False)  # nothing to act on yet
        else:
            self.attach(workspace, pack)

    def _opening_page(self) -> QWidget:
        """ "Ouverture…" in the middle of the window (centred by stretches: an alignment flag would load Qt's
        namespace before the window is up, see ui.app)."""
        page = QWidget()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(QLabel(self.tr("Ouverture…")))
        row.addStretch()
        column = QVBoxLayout(page)
        column.addStretch()
        column.addLayout(row)
        column.addStretch()
        return page

    def attach(self, workspace: Workspace | Store, pack: ContentPack) -> None:
        """The work to show, in a window opened empty: the most recently changed business at its step, or the
        list."""
        from merchant_assistant.workspace import Workspace

        from .labels import date_text

        self.workspace = workspace if isinstance(workspace, Workspace) else Workspace(workspace, pack)
        self.store = self.workspace.store  # kept for whoever opened it; the pages read and write through workspace
        self.pack = pack
        self.content_label.setText(
            self.tr("Contenu %1, mis à jour le %2")
            .replace("%1", pack.version)
            .replace("%2", date_text(pack.reviewed, self.lang))
        )
        self.statusBar().addPermanentWidget(self.content_label)
        self._apply_shortcuts()
        self.menuBar().setEnabled(True)
        self.resume()
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None

    @property
    def start_page(self) -> StartPage:
        """The list of businesses (made on first use)."""
        if self._start_page is None:
            from .start_page import StartPage

            self._start_page = StartPage(self.workspace, self.pack, self.lang)
            self._start_page.open_requested.connect(self.open_business)
            self._start_page.new_requested.connect(self.new_business)
            self._start_page.workshops_requested.connect(self.show_workshops)
            self._start_page.import_requested.connect(self.import_files)
            self._start_page.export_requested.connect(self.export_business)
            self.stack.addWidget(self._start_page)
        return self._start_page

    @property
    def wizard(self) -> Wizard:
        """The work on one business (made on first use)."""
        if self._wizard is None:
            from .wizard import Wizard

            self._wizard = Wizard(self.workspace, self.pack, self.lang)
            self._wizard.back_to_list.connect(self.show_start)
            self._wizard.back_to_workshop.connect(self.back_to_workshop)
            self._wizard.created.connect(self._created)
            self.stack.addWidget(self._wizard)
        return self._wizard

    @property
    def workshops_page(self) -> WorkshopsPage:
        """The list of workshops (made on first use)."""
        if self._workshops_page is None:
            from .workshops_page import WorkshopsPage

            self._workshops_page = WorkshopsPage(self.workspace, self.lang)
            self._workshops_page.open_requested.connect(self.open_workshop)
            self._workshops_page.back_requested.connect(self.show_start)
            self.stack.addWidget(self._workshops_page)
        return self._workshops_page

    @property
    def workshop_page(self) -> WorkshopPage:
        """One workshop and its participants (made on first use)."""
        if self._workshop_page is None:
            from .workshop_page import WorkshopPage

            self._workshop_page = WorkshopPage(self.workspace, self.pack, self.lang)
            self._workshop_page.open_business.connect(self.open_participant)
            self._workshop_page.new_business.connect(self.new_participant)
            self._workshop_page.back_requested.connect(self.show_workshops)
            self._workshop_page.import_requested.connect(self.import_into_workshop)
            self._workshop_page.plans_requested.connect(lambda wid: self.workshop_action("plans", wid))
            self._workshop_page.summary_requested.connect(lambda wid: self.workshop_action("summary", wid))
            self._workshop_page.export_requested.connect(self.export_business)
            self.stack.addWidget(self._workshop_page)
        return self._workshop_page

    def _on_wizard(self) -> bool:
        """Is the work on a business on screen?"""
        return self._wizard is not None and self.stack.currentWidget() is self._wizard

    def _shortcut(self, action: QAction, *keys: QKeySequence.StandardKey | str) -> None:
        """Give ``action`` its shortcut keys in attach(): before, there is nothing to act on, and PySide6 makes Qt's
        whole `Qt` namespace on the first shortcut set (16 ms; see ui.app)."""
        self._shortcuts.append((action, keys))

    def _apply_shortcuts(self) -> None:
        for action, keys in self._shortcuts:
            if len(keys) == 1:
                action.setShortcut(keys[0])
            else:
                action.setShortcuts([QKeySequence(key) for key in keys])
        self._shortcuts.clear()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        new = QAction(self.tr("&Nouvelle entreprise"), self)
        self._shortcut(new, QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_business)
        file_menu.addAction(new)
        businesses = QAction(self.tr("&Entreprises"), self)
        businesses.triggered.connect(self.show_start)
        file_menu.addAction(businesses)
        switch = QAction(self.tr("&Aller à une entreprise…"), self)
        switch.setObjectName("quickSwitch")
        self._shortcut(switch, "Ctrl+K")
        switch.triggered.connect(self.quick_switch)
        file_menu.addAction(switch)
        file_menu.addSeparator()
        import_action = QAction(self.tr("&Importer des fiches…"), self)
        import_action.setObjectName("importFiles")
        import_action.triggered.connect(lambda: self.import_files())
        file_menu.addAction(import_action)
        export_action = QAction(self.tr("E&xporter la fiche de l'entreprise…"), self)
        export_action.setObjectName("exportBusiness")
        export_action.triggered.connect(lambda: self.export_business())
        file_menu.addAction(export_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quitter"), self)
        self._shortcut(quit_action, QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        for text, keys, step in (
            (self.tr("Agrandir le texte"), QKeySequence.StandardKey.ZoomIn, 1),
            (self.tr("Réduire le texte"), QKeySequence.StandardKey.ZoomOut, -1),
            (self.tr("Taille normale du texte"), "Ctrl+0", 0),
        ):
            action = QAction(text, self)
            self._shortcut(action, keys)
            action.setObjectName(f"zoom_{step}")
            action.triggered.connect(lambda _checked=False, step=step: self.zoom(step))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.presentation_action = QAction(self.tr("Mode &présentation (grand texte, contraste élevé)"), self)
        self.presentation_action.setCheckable(True)
        self._shortcut(self.presentation_action, "F5")  # as in slide-show programs
        self.presentation_action.toggled.connect(self.set_presentation)
        view_menu.addAction(self.presentation_action)
        # A trainer's menu: the workshops, then what is done for a whole room.
        workshop_menu = self.menuBar().addMenu(self.tr("A&teliers"))
        workshops = QAction(self.tr("&Tous les ateliers"), self)
        workshops.setObjectName("workshops")
        self._shortcut(workshops, "Ctrl+Shift+T")
        workshops.triggered.connect(self.show_workshops)
        workshop_menu.addAction(workshops)
        new_workshop = QAction(self.tr("Nou&vel atelier…"), self)
        new_workshop.setObjectName("newWorkshop")
        new_workshop.triggered.connect(self.new_workshop)
        workshop_menu.addAction(new_workshop)
        # Back to the workshop from a participant opened from it, as the "◀ Atelier" button does.
        back = QAction(self.tr("&Revenir à l'atelier"), self)
        back.setObjectName("backToWorkshop")
        # Alt+Left and the Back key of keyboards and mice; not the platform's whole "Back" list, which holds
        # Backspace here and would go back while a list or a button has the focus.
        self._shortcut(back, "Alt+Left", "Back")
        back.triggered.connect(self._back_to_workshop_key)
        workshop_menu.addAction(back)
        workshop_menu.addSeparator()
        plans = QAction(self.tr("&Plans de tous les participants…"), self)
        plans.setObjectName("workshopPlans")
        plans.triggered.connect(lambda: self.workshop_action("plans"))
        workshop_menu.addAction(plans)
        summary = QAction(self.tr("&Synthèse de l'atelier…"), self)
        summary.setObjectName("workshopSummary")
        summary.triggered.connect(lambda: self.workshop_action("summary"))
        workshop_menu.addAction(summary)
        language_menu = self.menuBar().addMenu(self.tr("&Langue"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("Ai&de"))  # &A is "Affichage"
        glossary = QAction(self.tr("&Glossaire"), self)
        glossary.setObjectName("glossary")
        self._shortcut(glossary, "Ctrl+G")
        glossary.triggered.connect(self.open_glossary)
        help_menu.addAction(glossary)
        shortcuts = QAction(self.tr("&Raccourcis clavier"), self)
        shortcuts.setObjectName("keyboardShortcuts")
        self._shortcut(shortcuts, QKeySequence.StandardKey.HelpContents)  # F1
        shortcuts.triggered.connect(self.show_keyboard_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("À &propos"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _fit_screen(self) -> None:
        """A comfortable size that fits small laptop screens (1366×768) with the taskbar, also at 150 % or 200 %
        scale, where the screen is 911×512 or 683×384 in Qt's units: never larger than the screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
            self.resize(1100, 700)
            return
        area = screen.availableGeometry()
        self.setMinimumSize(min(MIN_WIDTH, area.width()), min(MIN_HEIGHT, area.height()))
        width = min(1180, area.width() - 40) if area.width() > MIN_WIDTH + 40 else area.width()
        height = min(760, area.height() - 60) if area.height() > MIN_HEIGHT + 60 else area.height()
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        self.move(area.center() - self.rect().center())

    # -- navigation -----------------------------------------------------------------------------------------
    def resume(self) -> None:
        """Reopen the most recently changed business at its step; the start screen when there is none."""
        try:
            businesses = self.workspace.businesses()
        except UserError as error:
            present_error(
                self, self.tr("Lecture impossible"), self.tr("La liste des entreprises n'a pas pu être lue."), error
            )
            businesses = []
        if businesses:
            self.open_business(businesses[0].id, resumed=True)
        else:
            self.show_start()

    def _may_leave(self, then) -> bool:
        """May the business on screen be left now? When a new business was being typed in, ask first whether to
        give it up (then ``then()`` runs once the user agrees) and say no for now."""
        if not self._on_wizard() or self.wizard.leave(going_away=True):
            return True
        if self.wizard.unsaved_new():
            self.confirmation = confirm(
                self,
                self.tr("Abandonner la nouvelle entreprise ?"),
                self.tr("Elle n'a pas encore été créée : ce que vous avez saisi sera perdu."),
                self.tr("Abandonner"),
                lambda: self._give_up_new(then),
            )
        elif self.wizard.current == "profile":  # the profile has a value that cannot be saved: say why we stay
            self.confirmation = show_error(
                self,
                self.tr("Profil non enregistré"),
                self.tr(
                    "Un champ du profil contient une erreur, signalée en rouge sous le champ. Corrigez-le ou "
                    "videz-le : le profil sera alors enregistré et vous pourrez continuer."
                ),
            )
        return False

    def _give_up_new(self, then) -> None:
        self.wizard.open_new()  # an empty form: nothing left to give up
        then()

    def show_start(self) -> None:
        if not self._may_leave(self._show_start_now):
            return
        self._show_start_now()

    def _show_start_now(self) -> None:
        self.return_workshop = self.joining_workshop = None
        # The business just left is the one chosen in the list (Enter opens it again, not another).
        left = self._wizard.business_id if self._wizard is not None else None
        self.start_page.refresh(select=left)
        self.stack.setCurrentWidget(self.start_page)
        self.statusBar().clearMessage()

    def on_start_page(self) -> bool:
        return self._start_page is not None and self.stack.currentWidget() is self._start_page

    def open_business(self, business_id: int, resumed: bool = False) -> None:
        if self.return_workshop is None:
            self.wizard.set_workshop(None)
        try:
            self.wizard.open_business(business_id, resumed=resumed)
        except UserError as error:
            present_error(
                self, self.tr("Ouverture impossible"), self.tr("Cette entreprise n'a pas pu être ouverte."), error
            )
            return
        self.stack.setCurrentWidget(self.wizard)

    # -- workshops -------------------------------------------------------------------------------------------
    def show_workshops(self) -> None:
        if not self._may_leave(self._show_workshops_now):
            return
        self._show_workshops_now()

    def _show_workshops_now(self) -> None:
        self.return_workshop = self.joining_workshop = None
        shown = self._workshop_page.workshop.id if self._workshop_page and self._workshop_page.workshop else None
        self.workshops_page.refresh(select=shown)
        self.stack.setCurrentWidget(self.workshops_page)
        self.statusBar().clearMessage()

    def new_workshop(self) -> None:
        """File > New workshop: the list of workshops, with the form of a new one open."""
        if not self._may_leave(self.new_workshop):
            return
        self._show_workshops_now()
        self.workshops_page.new_workshop()

    def open_workshop(self, workshop_id: int, select: int | None = None) -> None:
        self.return_workshop = self.joining_workshop = None
        self.workshop_page.load(workshop_id, select=select)
        self.stack.setCurrentWidget(self.workshop_page)
        self.statusBar().clearMessage()

    def open_participant(self, business_id: int) -> None:
        """A participant opened from the workshop's table: the wizard offers the way back to the workshop."""
        workshop = self.workshop_page.workshop
        self.open_business(business_id)
        if workshop is not None and self._on_wizard():
            self.return_workshop = workshop.id
            self.wizard.set_workshop(workshop.name)

    def new_participant(self, workshop_id: int) -> None:
        """A new business that joins the workshop once its profile is saved (nothing is created before)."""
        self.new_business()
        if self._on_wizard():
            self.return_workshop = self.joining_workshop = workshop_id
            self.wizard.set_workshop(self.workshop_page.workshop.name if self.workshop_page.workshop else "")

    def _created(self, business_id: int) -> None:
        if self.joining_workshop is None:
            return
        try:
            self.workspace.add_participant(self.joining_workshop, business_id)
        except UserError as error:
            present_error(
                self, self.tr("Ajout impossible"), self.tr("L'entreprise n'a pas été ajoutée à l'atelier."), error
            )
        self.joining_workshop = None

    def back_to_workshop(self) -> None:
        """Back from a participant to the workshop's table, read again (its figures may have changed)."""
        workshop_id = self.return_workshop
        if workshop_id is None:
            return
        left = self.wizard.business_id

        def go() -> None:
            self.open_workshop(workshop_id, select=left)

        if not self._may_leave(go):
            return
        go()

    def _back_to_workshop_key(self) -> None:
        """Alt+Left (or the platform's Back key) on a participant opened from a workshop."""
        if self._on_wizard() and self.return_workshop is not None:
            self.back_to_workshop()

    def on_workshop_page(self) -> bool:
        return self._workshop_page is not None and self.stack.currentWidget() is self._workshop_page

    def follow_workshops(self, other: MainWindow) -> None:
        """Where ``other`` (the window this one replaces, in another language) was among the workshops: their list,
        a workshop, or a participant opened from one (this window reopened that business: the way back stays)."""
        if other._workshops_page is not None and other.stack.currentWidget() is other._workshops_page:
            self.show_workshops()
            return
        workshop = other._workshop_page.workshop if other._workshop_page is not None else None
        if workshop is None:
            return
        if other.on_workshop_page():
            self.open_workshop(workshop.id, select=other.workshop_page.current_id())
        elif other.return_workshop == workshop.id and self._on_wizard():
            self.return_workshop = workshop.id
            self.wizard.set_workshop(workshop.name)

    def quick_switch(self) -> None:
        """Ctrl+K: type a few letters of a business, Enter opens it."""
        from .quick_switcher import QuickSwitcher

        self.switcher = QuickSwitcher(self.workspace, self.pack, self.lang, self)
        self.switcher.chosen.connect(self.switch_to)
        self.switcher.open()

    def switch_to(self, business_id: int) -> None:
        """Open another business, once what is on screen is saved (a new business being typed in is asked about
        first)."""
        if self.stack.currentWidget() is self.wizard and self.wizard.business_id == business_id:
            return
        if self.on_workshop_page():  # from the workshop's table: the way back to it is offered, as on a double-click
            self.open_participant(business_id)
            return
        if not self._may_leave(lambda: self.open_business(business_id)):
            return
        self.open_business(business_id)

    def new_business(self) -> None:
        if not self._may_leave(self.new_business):
            return
        self.return_workshop = self.joining_workshop = None
        self.wizard.set_workshop(None)
        self.wizard.open_new()
        self.stack.setCurrentWidget(self.wizard)

    def show_question(self, question_id: str) -> bool:
        """The step of ``question_id`` in the business on screen (the glossary leads there); False when no business
        is open or its profile does not ask that question."""
        if self.wizard.business_id is None or not self.wizard.show_question(question_id):
            return False
        self.stack.setCurrentWidget(self.wizard)
        self.raise_()
        self.activateWindow()
        return True

    # -- exchange files and workshops (ui.workshop_actions) ----------------------------------------------------
    def import_files(self, paths: list[str] | None = None) -> QDialog | None:
        """File > Import business files: once what is on screen is saved; the list and the business on screen
        show what the import changed."""
        from .workshop_actions import import_business_files

        if not self._may_leave(lambda: self.import_files(paths)):
            return None
        self.dialog = import_business_files(self, self.workspace, paths=paths, on_done=self._imported)
        return self.dialog

    def _imported(self, results: list) -> None:
        changed = {r.business_id for r in results if r.changed}
        shown = self.wizard.business_id if self._on_wizard() else None
        if shown is not None and shown in changed:
            self.open_business(shown)  # read again: it was replaced or merged
        elif self._start_page is not None:
            added = [r.business_id for r in results if r.changed]
            self.start_page.refresh(select=added[-1] if added else None)

    def export_business(self, business_id: int | None = None) -> QDialog | None:
        """File > Export: the business on screen, or the one chosen in the list."""
        from .workshop_actions import export_business

        if business_id is None:
            if self._on_wizard():
                if not self._may_leave(self.export_business):
                    return None
                business_id = self.wizard.business_id
            elif self.on_start_page():
                business_id = self.start_page.current_id()
        if business_id is None:
            self.dialog = show_info(
                self,
                self.tr("Aucune entreprise choisie"),
                self.tr("Choisissez d'abord une entreprise dans la liste, ou ouvrez-la."),
            )
            return None
        self.dialog = export_business(self, self.workspace, business_id)
        return self.dialog

    def workshop_action(self, action: str, workshop_id: int | None = None) -> None:
        """Workshops > plans or summary: for ``workshop_id``, else the workshop on screen, else the one chosen. The
        workshop's table is read again when the plans are done (they record each participant's progress)."""
        from .workshop_actions import choose_workshop, print_workshop_plans, save_workshop_summary

        def run(chosen: int) -> None:
            if action == "plans":
                self.dialog = print_workshop_plans(self, self.workspace, chosen)
                self.dialog.finished.connect(lambda _code: self._refresh_workshop(chosen))
            else:
                self.dialog = save_workshop_summary(self, self.workspace, chosen)

        if workshop_id is None and self.on_workshop_page() and self.workshop_page.workshop is not None:
            workshop_id = self.workshop_page.workshop.id
        if workshop_id is not None:
            run(workshop_id)
            return
        self.dialog = choose_workshop(self, self.workspace, run)

    def import_into_workshop(self, workshop_id: int) -> None:
        """The workshop page's Import: each business imported joins the workshop; the table shows them."""
        from .workshop_actions import import_business_files

        self.dialog = import_business_files(
            self, self.workspace, workshop_id=workshop_id, on_done=lambda _results: self._refresh_workshop(workshop_id)
        )

    def _refresh_workshop(self, workshop_id: int) -> None:
        page = self._workshop_page
        if page is not None and page.workshop is not None and page.workshop.id == workshop_id:
            page.refresh()

    def zoom(self, step: int) -> None:
        """Larger or smaller text for the whole interface (a trainer's projector, tired eyes), one point a step;
        0: the system's size. Remembered for the next start."""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        font = app.font()
        if step == 0:  # the normal size: presentation mode's, while it is on (its colours stay: its text stays large)
            self.settings.reset(TEXT_SIZE)
            size = max(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF(), MIN_TEXT_SIZE)
            if self.presenting:
                size = max(size, PRESENTATION_TEXT_SIZE)
        else:
            size = min(max(round(font.pointSizeF()) + step, TEXT_SIZE.minimum), TEXT_SIZE.maximum)
            self.settings.set(TEXT_SIZE, int(size))
        self._set_text_size(size)

    def _set_text_size(self, size: float) -> None:
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        font = app.font()
        font.setPointSizeF(size)
        app.setFont(font)  # message boxes and later windows
        self.setFont(font)
        # A new sheet for the new size (a style sheet also keeps the fonts it resolved: this resolves them again).
        self.setStyleSheet(style_sheet(size, self.presenting))

    def set_presentation(self, on: bool) -> None:
        """Large text and high contrast for a projector, or back to the user's own size and colours. Remembered."""
        self.settings.set(PRESENTATION, "on" if on else "off")
        self.presenting = on
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.setPalette(presentation_palette(normal_palette()) if on else normal_palette())  # dialogs too
        chosen = self.settings.get(TEXT_SIZE) or max(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF(), MIN_TEXT_SIZE
        )
        self._set_text_size(max(chosen, PRESENTATION_TEXT_SIZE) if on else chosen)

    def choose_language(self, lang: str) -> None:
        """Switch the interface language once what is on screen is saved (a new business being typed in is asked
        about first, as when leaving it)."""
        if lang == self.lang or not self._may_leave(lambda: self.language_chosen.emit(lang)):
            return
        self.language_chosen.emit(lang)

    def open_glossary(self) -> None:
        from .glossary_window import open_glossary  # loaded when first asked for, not at every start

        open_glossary(self, self.pack, self.lang)

    def show_keyboard_shortcuts(self) -> None:
        """Help > Keyboard shortcuts (F1): the whole path works from the keyboard, and this says how, with the
        keys named as this system names them, taken from the menus and the steps themselves."""
        from .labels import LRI, PDI, RLM
        from .wizard import STEP_KEYS

        # Named as this system names them; in Arabic by the Latin names printed on the keys ("Alt+اليسار" would
        # break the line's order).
        form = (
            QKeySequence.SequenceFormat.PortableText if self.isRightToLeft() else QKeySequence.SequenceFormat.NativeText
        )

        def keys(*sequences: QKeySequence | str) -> str:
            names = [QKeySequence(k).toString(form) for k in sequences]
            return LRI + " / ".join(name for name in names if name) + PDI

        def of(name: str) -> QKeySequence:
            action = self.findChild(QAction, name)
            return action.shortcut() if action is not None else QKeySequence()

        rows = [
            self.tr("1 à 9 : choisir une réponse à la question où vous êtes, dans l'ordre des réponses"),
            self.tr("%1 : cocher ou décocher la réponse où vous êtes").replace("%1", keys("Space")),
            self.tr("%1 : aller à la question ou au bouton suivant, ou précédent").replace(
                "%1", keys("Tab", "Shift+Tab")
            ),
            self.tr("%1 : étape suivante").replace("%1", keys("Return", STEP_KEYS["next"])),
            self.tr("%1 : étape précédente").replace("%1", keys(STEP_KEYS["previous"])),
            self.tr("%1 : profil de l'entreprise, plan de préparation").replace(
                "%1", keys(STEP_KEYS["profile"], STEP_KEYS["plan"])
            ),
            self.tr("%1 : nouvelle entreprise").replace("%1", keys(QKeySequence(QKeySequence.StandardKey.New))),
            self.tr("%1 : aller à une entreprise").replace("%1", keys(of("quickSwitch"))),
            self.tr("%1 : glossaire").replace("%1", keys(of("glossary"))),
            self.tr("%1 : ateliers, revenir à l'atelier").replace("%1", keys(of("workshops"), of("backToWorkshop"))),
            self.tr("%1 : texte plus grand, plus petit, normal").replace(
                "%1", keys(of("zoom_1"), of("zoom_-1"), of("zoom_0"))
            ),
            self.tr("%1 : mode présentation (grand texte, contraste élevé)").replace(
                "%1", keys(self.presentation_action.shortcut())
            ),
            self.tr("%1 avec la lettre soulignée d'un menu : ouvrir ce menu").replace("%1", keys("Alt")),
        ]
        # Each line is a paragraph whose direction Qt takes from its first letter: a key's name would turn an Arabic
        # line left to right.
        lead = RLM if self.isRightToLeft() else ""
        show_info(
            self,
            self.tr("Raccourcis clavier"),
            self.tr("Tout le parcours se fait aussi au clavier :"),
            "\n".join(lead + row for row in rows),
        )

    def show_about(self) -> None:
        from .labels import date_text, path_text

        show_info(
            self,
            self.tr("À propos"),
            f"{self.tr('Assistant de préparation du commerçant')} {__version__}",
            self.tr(
                "Contenu %1, mis à jour le %2.\nBase de données : %3\n\nCe plan est une aide pratique, pas un avis juridique."
            )
            .replace("%1", self.pack.version)
            .replace("%2", date_text(self.pack.reviewed, self.lang))
            .replace("%3", path_text(self.workspace.path)),
        )

    # -- closing --------------------------------------------------------------------------------------------
    def _quit_anyway(self) -> None:
        self.leave_without_asking()
        self.close()

    def leave_without_asking(self) -> None:
        """The next close asks nothing (the user already answered, or everything is saved)."""
        self._quit_confirmed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._on_wizard() and not self._quit_confirmed:
            wizard = self.wizard
            question = None
            if wizard.unsaved_new():
                question = (
                    self.tr("Abandonner la nouvelle entreprise ?"),
                    self.tr("Elle n'a pas encore été créée : ce que vous avez saisi sera perdu."),
                )
            elif wizard.current == "profile" and wizard.profile_page.is_dirty() and not wizard.profile_page.save():
                question = (
                    self.tr("Profil non enregistré"),
                    self.tr("Le profil contient une erreur et n'a pas été enregistré. Quitter quand même ?"),
                )
            elif wizard.section_page is not None and wizard.current != "profile":
                wizard.section_page.commit()
            if question is not None:  # asked without blocking; quitting happens when the user says so
                event.ignore()
                self.confirmation = confirm(self, *question, self.tr("Quitter"), self._quit_anyway)
                return
        if self._wizard is not None:
            self._wizard.wait_for_export()
        actions = sys.modules.get("ui.workshop_actions")  # loaded only if a workshop action was used
        if actions is not None:
            actions.wait_for_running(self)
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry().data())
        event.accept()

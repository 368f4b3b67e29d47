"""A long sitting at the desktop app, driven offscreen as a user would click: run in a child process by
tests/test_long_session.py so that an abort of the Qt bindings is a failed test, not a dead test run.

    python tests/gui/long_session.py DB_PATH ROUNDS [--pack PATH]

Adds the sample business, then ROUNDS times: opens it from the business list, answers every question of every
module (a different answer each round), looks at the plan, and goes back to the list. Prints one JSON line with the
answers it gave last, which the test compares with what is stored.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from merchant_assistant.content import load_pack
from merchant_assistant.content.model import YESNO_VALUES
from merchant_assistant.service import add_demo_business
from merchant_assistant.storage import Store
from ui.main_window import MainWindow
from ui.question_widgets import MultiQuestion, SingleQuestion, TextQuestion, YesNoQuestion
from ui.section_page import SectionPage
from ui.tasks import install_garbage_collector


def answer(widget, round_no: int, position: int):
    """Give this round's answer through the control a user would use; returns the value that must be stored."""
    turn = round_no + position
    if isinstance(widget, YesNoQuestion):
        value = YESNO_VALUES[turn % len(YESNO_VALUES)]
        widget.buttons[value].click()
    elif isinstance(widget, SingleQuestion):
        options = list(widget.buttons)
        value = options[turn % len(options)]
        widget.buttons[value].click()
    elif isinstance(widget, MultiQuestion):
        options = list(widget.boxes)
        wanted = {options[turn % len(options)], options[(turn + 1) % len(options)]}
        for option_id, box in widget.boxes.items():
            box.setChecked(option_id in wanted)
        value = [o for o in options if o in wanted]
    elif isinstance(widget, TextQuestion):
        value = f"réponse {round_no}"
        widget.edit.setText(value)
        widget.edit.editingFinished.emit()
    else:  # pragma: no cover - a new kind of question must be taught here
        raise TypeError(type(widget))
    return value


def settle(app: QApplication) -> None:
    """What the event loop does between two clicks, including the deletion of pages left behind (deleteLater)."""
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(db_path: str, rounds: int, pack_path: str | None) -> int:
    app = QApplication([])
    install_garbage_collector(app)
    pack = load_pack(Path(pack_path)) if pack_path else load_pack()
    store = Store(Path(db_path))
    business_id = add_demo_business(store, pack)
    window = MainWindow(store, pack, "fr")
    window.show()
    given: dict[str, object] = {}
    questions_answered = 0
    for round_no in range(rounds):
        began = time.perf_counter()
        window.show_start()
        settle(app)
        start = window.start_page
        start.list.setCurrentItem(start.list.topLevelItem(0))
        start.open_button.click()
        settle(app)
        wizard = window.wizard
        assert wizard.business_id == business_id, wizard.business_id
        wizard.go_to(wizard.steps[1].id)
        while wizard.current != "plan":
            page = wizard.pages.currentWidget()
            assert isinstance(page, SectionPage), wizard.current
            for position, (question_id, widget) in enumerate(page.widgets.items()):
                given[question_id] = answer(widget, round_no, position)
                questions_answered += 1
            settle(app)
            wizard.next_button.click()
            settle(app)
        wizard.list_button.click()
        settle(app)
        print(f"round {round_no}: {time.perf_counter() - began:.2f} s", file=sys.stderr)
    window.close()
    store.close()
    print(json.dumps({"business_id": business_id, "rounds": rounds, "answered": questions_answered, "given": given}))
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    pack_arg = None
    if "--pack" in args:
        at = args.index("--pack")
        pack_arg = args[at + 1]
        del args[at : at + 2]
    sys.exit(main(args[0], int(args[1]), pack_arg))

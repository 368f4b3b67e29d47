"""A few colours and a light style sheet, so that the pages read well on any Windows theme."""

SAVED_COLOR = "#1b7a3a"
ERROR_COLOR = "#b3261e"
NOTE_COLOR = "#8a5300"
BLOCKER_COLOR = "#b3261e"
DONE_COLOR = "#6b6b6b"

STYLE_SHEET = """
QFrame#questionCard {
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
}
QLabel#questionText { font-weight: bold; }
QLabel#pageTitle { font-size: 16pt; font-weight: bold; }
QLabel#pageKicker { color: palette(dark); font-weight: bold; }
QLabel#helpHeading { font-weight: bold; }
QFrame#helpBody { background: palette(alternate-base); border-radius: 4px; }
QLabel#blockerBadge {
    color: white; background: #b3261e; border-radius: 3px; padding: 1px 6px; font-size: 9pt;
}
QLabel#bigScore { font-size: 28pt; font-weight: bold; }
QLabel#levelText { font-size: 14pt; }
QFrame#blockersBox { border: 2px solid #b3261e; border-radius: 6px; }
QFrame#okBox { border: 2px solid #1b7a3a; border-radius: 6px; }
QPushButton#primary { font-weight: bold; padding: 6px 16px; }
QTreeWidget#steps::item { padding: 4px 2px; }
"""

"""A few colours and a light style sheet, so that the pages read well on any Windows theme."""

SAVED_COLOR = "#1b7a3a"
ERROR_COLOR = "#b3261e"
NOTE_COLOR = "#8a5300"
BLOCKER_COLOR = "#b3261e"
DONE_COLOR = "#6b6b6b"

_STYLE_SHEET = """
QFrame#questionCard {
    border: 1px solid palette(mid);
    border-radius: 6px;
    background: palette(base);
}
QLabel#questionText { font-weight: bold; }
QLabel#pageTitle { font-size: {title}pt; font-weight: bold; }
QLabel#businessName { font-size: {name}pt; font-weight: bold; }
QLabel#pageKicker { color: palette(dark); font-weight: bold; }
QLabel#helpHeading { font-weight: bold; }
QFrame#helpBody { background: palette(alternate-base); border-radius: 4px; }
QLabel#blockerBadge {
    color: white; background: #b3261e; border-radius: 3px; padding: 1px 6px; font-size: {small}pt;
}
QLabel#bigScore { font-size: {big}pt; font-weight: bold; }
QLabel#levelText { font-size: {level}pt; }
QFrame#blockersBox { border: 2px solid #b3261e; border-radius: 6px; }
QFrame#okBox { border: 2px solid #1b7a3a; border-radius: 6px; }
QFrame#pendingBox { border: 2px dashed #8a5300; border-radius: 6px; }
QPushButton#primary { font-weight: bold; padding: 6px 16px; }
QTreeWidget#steps::item { padding: 4px 2px; }
QRadioButton:focus, QCheckBox:focus, QToolButton:focus {
    border: 2px solid #1a5fb4; border-radius: 3px;
}
QRadioButton, QCheckBox, QToolButton { border: 2px solid transparent; }
QFrame#actionDetail { background: palette(alternate-base); border-radius: 4px; }
"""

# Presentation mode, for a trainer's projector: larger text, black on white, strong borders and focus (a washed-out
# projector loses light greys and thin lines).
PRESENTATION_TEXT_SIZE = 18
_PRESENTATION_SHEET = """
QFrame#questionCard { border: 2px solid black; }
QLabel#pageKicker { color: black; }
QTableView { gridline-color: black; }
QRadioButton:focus, QCheckBox:focus, QToolButton:focus { border: 3px solid black; }
QProgressBar { border: 2px solid black; color: black; font-weight: bold; text-align: center; }
QProgressBar::chunk { background: #8fbcf0; }
QRadioButton::indicator, QCheckBox::indicator { width: {indicator}px; height: {indicator}px; }
"""


def style_sheet(text_size: float, presentation: bool = False) -> str:
    """The window's style sheet for a text size in points: titles and scores keep their proportions when the text
    is zoomed (a style sheet's sizes are absolute, so they are computed here)."""
    sizes = {
        "title": round(text_size * 1.6),
        "name": round(text_size * 1.25),
        "big": round(text_size * 2.8),
        "level": round(text_size * 1.4),
        "small": max(round(text_size * 0.9), 8),
        "indicator": round(text_size * 1.3),
    }
    sheet = _STYLE_SHEET + (_PRESENTATION_SHEET if presentation else "")
    for key, value in sizes.items():
        sheet = sheet.replace("{" + key + "}", str(value))
    return sheet


_normal_palette = None


def normal_palette():
    """The application's palette before presentation mode ever changed it (kept across windows: a language switch
    opens a new window)."""
    global _normal_palette
    if _normal_palette is None:
        from PySide6.QtGui import QGuiApplication

        _normal_palette = QGuiApplication.palette()
    return _normal_palette


def presentation_palette(base):
    """``base`` (a QPalette) in high contrast: black text on white, a dark selection with white text."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette(base)
    roles = {
        QPalette.ColorRole.Window: "#ffffff",
        QPalette.ColorRole.WindowText: "#000000",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f2f2f2",
        QPalette.ColorRole.Text: "#000000",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#000000",
        QPalette.ColorRole.Highlight: "#003a8c",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#000000",
        QPalette.ColorRole.Dark: "#000000",
        QPalette.ColorRole.PlaceholderText: "#333333",
        QPalette.ColorRole.Link: "#00308f",
    }
    for role, colour in roles.items():
        palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    return palette

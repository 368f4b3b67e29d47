"""Draw the program's icon (resources/icons/app.ico and app.png): a green rounded square with a white tick.

python packaging/make_icon.py     (needs Pillow, which reportlab installs; the result is committed)
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZE = 256
GREEN = (24, 110, 88, 255)


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = size // 16
    pen.rounded_rectangle((margin, margin, size - margin, size - margin), radius=size // 6, fill=GREEN)
    tick = [(0.27, 0.52), (0.44, 0.69), (0.75, 0.34)]
    pen.line([(x * size, y * size) for x, y in tick], fill="white", width=max(2, size // 10), joint="curve")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(OUT / "app.png")
    image.save(OUT / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(OUT / "app.ico")


if __name__ == "__main__":
    main()

"""Reading one YAML file of a content pack, within limits, into plain Python values.

A trainer edits the pack in a text editor; a pack may also come from someone else. Whatever the file holds, reading
it gives either the document or *one short* sentence saying why not — never a traceback, never minutes of work or
gigabytes of memory:

- the file is read up to ``MAX_FILE_BYTES`` (a special file such as a device never ends);
- before anything is built, the YAML events are counted (libyaml's parser, a few milliseconds for the bundled
  files): nesting deeper than ``MAX_DEPTH``, more than ``MAX_NODES`` values once aliases are expanded (a 6 KB
  "billion laughs" file is refused before it is built, and a glossary of 500,000 terms too) and an alias used
  inside the item it names (a loop) are refused;
- a key given twice in one mapping is an error (YAML would silently keep the last one);
- dates stay text (``reviewed: 2026-13-45`` is then "not a date", not a crash), only ``true``/``false`` are
  booleans (YAML 1.2), as in :func:`merchant_assistant.content.loader.yaml_loader`, and the tags the format never
  uses (``!!set``, ``!!omap``, ``!!pairs``, ``!!binary``, ``!!timestamp``) are refused.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

MAX_FILE_BYTES = 4_000_000  # the bundled files are 3 KB to 230 KB
MAX_PACK_BYTES = 16_000_000  # all the files of a pack together; the bundled pack has 0.75 MB
MAX_DEPTH = 40  # the bundled pack nests at most 10 deep
MAX_NODES = 200_000  # values in one file, aliases expanded; the largest bundled file has about 6,000
MAX_KEY_SHOWN = 40  # characters of a duplicate key repeated in a message


class SourceProblem(Exception):
    """Why a file cannot be read, in one short sentence (without the file name)."""


@functools.cache
def content_yaml_loader() -> type[yaml.SafeLoader]:
    """The project's safe loader (booleans are only true/false), without dates, refusing duplicate keys."""
    import yaml

    from .loader import yaml_loader

    base = yaml_loader()

    class ContentLoader(base):  # type: ignore[misc, valid-type]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            if isinstance(node, yaml.MappingNode):
                seen: set[Any] = set()
                for key_node, _ in node.value:
                    if key_node.tag == "tag:yaml.org,2002:merge":
                        continue
                    scalar = isinstance(key_node, yaml.ScalarNode)
                    key = (key_node.tag, key_node.value) if scalar else self.construct_object(key_node, deep=True)
                    try:
                        duplicate = key in seen
                        seen.add(key)
                    except TypeError:
                        continue  # an unhashable key: the base constructor says so
                    if duplicate:
                        shown = str(key_node.value if scalar else key)[:MAX_KEY_SHOWN]
                        raise yaml.constructor.ConstructorError(
                            None, None, f"the key '{shown}' is given twice in the same item", key_node.start_mark
                        )
            return super().construct_mapping(node, deep=deep)

    def refuse(loader: Any, node: Any) -> Any:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"the tag {node.tag.replace('tag:yaml.org,2002:', '!!')} is not used in content files",
            node.start_mark,
        )

    # Types the content format never uses, which a schema check could take for a list or a text.
    for tag in ("set", "omap", "pairs", "binary", "timestamp"):
        ContentLoader.add_constructor(f"tag:yaml.org,2002:{tag}", refuse)
    ContentLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    return ContentLoader


def check_events(text: str, loader: type[yaml.SafeLoader]) -> None:
    """Refuse, before building anything, a document too deep, too large once its aliases are expanded, or whose
    alias loops back into the item that holds it."""
    import yaml

    nodes = 0
    anchors: dict[str, int] = {}  # anchor -> values it stands for
    open_items: list[tuple[str | None, int]] = []  # collections being read: their anchor, the count at their start
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent):
            if any(anchor == event.anchor for anchor, _ in open_items):
                raise SourceProblem(_at(event, f"the alias *{event.anchor} is used inside the item it names (a loop)"))
            nodes += anchors.get(event.anchor or "", 1)
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            nodes += 1
            if isinstance(event, yaml.CollectionStartEvent):
                open_items.append((event.anchor, nodes))
                if len(open_items) > MAX_DEPTH:
                    raise SourceProblem(_at(event, f"nested more than {MAX_DEPTH} levels deep"))
            elif event.anchor:
                anchors[event.anchor] = 1
        elif isinstance(event, yaml.CollectionEndEvent) and open_items:
            anchor, start = open_items.pop()
            if anchor:
                anchors[anchor] = nodes - start + 1
        if nodes > MAX_NODES:
            raise SourceProblem(
                _at(event, f"more than {MAX_NODES:,} values (aliases counted as what they repeat)").replace(",", " ")
            )


def _at(event: Any, message: str) -> str:
    mark = getattr(event, "start_mark", None)
    return f"{message} (line {mark.line + 1})" if mark is not None else message


def read_document(path: Path, room: int = MAX_PACK_BYTES) -> Any:
    """The YAML document in ``path`` as plain values (None for an empty file); SourceProblem otherwise. ``room``:
    what is left of MAX_PACK_BYTES once the pack's other files are read.

    OSError (the file is missing or unreadable) is left to the caller."""
    import yaml

    limit = min(MAX_FILE_BYTES, room)
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > MAX_FILE_BYTES:
        raise SourceProblem(f"larger than {MAX_FILE_BYTES // 1_000_000} MB: not a content file")
    if len(data) > limit:
        raise SourceProblem(f"the pack's files together are larger than {MAX_PACK_BYTES // 1_000_000} MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SourceProblem("not UTF-8 text") from None
    loader = content_yaml_loader()
    try:
        check_events(text, loader)
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        reason = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise SourceProblem(f"not valid YAML{at}: {str(reason)[:200]}") from None
    except (ValueError, TypeError, OverflowError, RecursionError, MemoryError) as error:
        # an explicit tag whose value cannot be built (!!timestamp 2026-13-45, !!int with 10,000 digits, ...)
        raise SourceProblem(f"a value cannot be read: {str(error)[:200]}") from None

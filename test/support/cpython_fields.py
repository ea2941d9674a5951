"""The oracle of the differential property test: what CPython itself says a message class's fields are.

Reads one JSON request per line on stdin ({"id", "source", "class"}), imports the source as a real
module (so `from __future__ import annotations`, ClassVar detection and pydantic's forward
references work as in a service), and answers one JSON line: the class kind and, for each field in
CPython's order, its wire name, whether it is required, and its type in Lockstep's one spelling
(`list[int]`, `int | None`, `Literal['a', 1]`). A module CPython refuses answers {"ok": false}.
"""
import dataclasses
import importlib.util
import json
import sys
import types
import typing

try:
    import pydantic
except ImportError:  # the pydantic half of the test skips, saying so
    pydantic = None

SCALARS = {int: "int", float: "float", str: "str", bool: "bool", bytes: "bytes", complex: "complex", object: "any"}
LISTS = {list, typing.List}
SETS = {set, frozenset, typing.Set, typing.FrozenSet}
DICTS = {dict, typing.Dict}
TUPLES = {tuple, typing.Tuple}


def literal(value):
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return "'" + value + "'"
    return str(value)


def union(options):
    flat = []
    for option in options:
        origin = typing.get_origin(option)
        flat.extend(typing.get_args(option) if origin in (typing.Union, types.UnionType) else [option])
    if any(o is typing.Any or o is object for o in flat):
        return "any"
    literals = [v for o in flat if typing.get_origin(o) is typing.Literal for v in typing.get_args(o)]
    others = {}
    for o in flat:
        if typing.get_origin(o) is typing.Literal:
            continue
        text = spell(o)
        others["\uffff" if text == "None" else text] = text
    if literals:
        merged = []
        for v in literals:
            if not any(v == w and type(v) is type(w) for w in merged):
                merged.append(v)
        text = "Literal[" + ", ".join(literal(v) for v in merged) + "]"
        others[text] = text
    texts = [others[key] for key in sorted(others)]
    return texts[0] if len(texts) == 1 else " | ".join(texts)


def spell(t):
    if t is None or t is type(None):
        return "None"
    if t is typing.Any:
        return "any"
    if t in SCALARS:
        return SCALARS[t]
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        return union(args)
    if origin is typing.Literal:
        return union([t])
    if t in LISTS or origin in LISTS:
        return "list[" + (spell(args[0]) if args else "any") + "]"
    if t in SETS or origin in SETS:
        return "set[" + (spell(args[0]) if args else "any") + "]"
    if t in DICTS or origin in DICTS:
        return "dict[" + (spell(args[0]) + ", " + spell(args[1]) if args else "any, any") + "]"
    if t in TUPLES or origin in TUPLES:
        if not args:
            return "tuple[any, ...]"
        if len(args) == 2 and args[1] is Ellipsis:
            return "tuple[" + spell(args[0]) + ", ...]"
        return "tuple[" + ", ".join(spell(a) for a in args) + "]"
    raise ValueError("the oracle does not spell " + repr(t))


def load(name, source):
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        exec(compile(source, name + ".py", "exec"), module.__dict__)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def fields_of(cls):
    names = sys.modules[cls.__module__].__dict__
    if pydantic is not None and isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
        return "pydantic", [
            {"name": info.alias or name, "required": info.is_required(), "type": spell(info.annotation)}
            for name, info in cls.model_fields.items()
        ]
    if dataclasses.is_dataclass(cls):
        return "dataclass", [
            {
                "name": f.name,
                "required": f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
                # The field's own annotation (a base's, when a plain subclass annotated the name again).
                "type": spell(eval(f.type, names) if isinstance(f.type, str) else f.type),
            }
            for f in dataclasses.fields(cls)
        ]
    return "class", []


def answer(request, counter):
    name = "lockstep_oracle_%d" % counter
    try:
        module = load(name, request["source"])
    except Exception as error:  # CPython refuses the module: no truth to compare with
        return {"id": request["id"], "ok": False, "error": type(error).__name__ + ": " + str(error)}
    try:
        kind, fields = fields_of(getattr(module, request["class"]))
        return {"id": request["id"], "ok": True, "kind": kind, "fields": fields}
    except Exception as error:
        return {"id": request["id"], "ok": False, "error": type(error).__name__ + ": " + str(error)}
    finally:
        sys.modules.pop(name, None)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        print(json.dumps({"python": sys.version.split()[0], "pydantic": getattr(pydantic, "VERSION", None)}))
        return
    for counter, line in enumerate(sys.stdin):
        print(json.dumps(answer(json.loads(line), counter)), flush=True)


if __name__ == "__main__":
    main()

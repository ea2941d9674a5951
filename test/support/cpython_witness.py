"""Runs witnesses on CPython: imports a fixture module, evaluates the witness's reader with
`message` bound to its payload, and reports what it raised (test-only; the action never runs code).

stdin: a JSON list of {"source": str, "reader": str, "payload": any}; stdout: a JSON list of
{"raised": false} or {"raised": true, "type": str, "message": str, "title"?: str, "errors"?: [...]}.
"""
import importlib.util
import json
import os
import sys
import tempfile


def load(source, index, folder):
    name = f"witness_fixture_{index}"
    path = os.path.join(folder, name + ".py")
    with open(path, "w") as handle:
        handle.write(source)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def run(case, index, folder):
    module = load(case["source"], index, folder)
    namespace = dict(vars(module))
    namespace["message"] = case["payload"]
    try:
        eval(case["reader"], namespace)
    except Exception as error:  # the answer is the exception itself
        answer = {"raised": True, "type": type(error).__name__, "message": str(error)}
        if hasattr(error, "errors") and hasattr(error, "title"):
            answer["title"] = error.title
            answer["errors"] = [
                {"loc": ".".join(str(part) for part in e["loc"]), "type": e["type"], "msg": e["msg"]} for e in error.errors()
            ]
        return answer
    return {"raised": False}


def main():
    cases = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as folder:
        json.dump([run(case, index, folder) for index, case in enumerate(cases)], sys.stdout)


main()

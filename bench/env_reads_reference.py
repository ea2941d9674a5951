"""The benchmark's reference for env-diff's code side, on CPython's own parser.

Does the job the plain way: list the Python files under the globs at both revisions,
read every one through ONE `git cat-file --batch` process (a blob shared by both
revisions is read and parsed once), walk `ast` for env reads
(`os.environ["X"]` required unless inside `try: ... except KeyError`,
`os.environ.get("X", d)`, `os.getenv("X", d)`, `"X" in os.environ`), and diff the
two sets of variables. Prints one JSON line: counts and the changed variables.

usage: env_reads_reference.py REPO BASE HEAD GLOB [GLOB ...]
"""
import ast
import json
import re
import subprocess
import sys


def glob_to_regex(glob):
    out = ""
    i = 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
        elif glob.startswith("**", i):
            out += ".*"
            i += 2
        elif glob[i] == "*":
            out += "[^/]*"
            i += 1
        elif glob[i] == "?":
            out += "[^/]"
            i += 1
        else:
            out += re.escape(glob[i])
            i += 1
    return re.compile(out + r"\Z")


def list_files(repo, rev, patterns):
    listing = subprocess.run(
        ["git", "-C", repo, "ls-tree", "-r", "-z", rev], check=True, capture_output=True
    ).stdout.decode()
    files = {}
    for entry in listing.split("\0"):
        if not entry:
            continue
        meta, path = entry.split("\t", 1)
        mode, kind, blob = meta.split()
        if kind == "blob" and any(p.match(path) for p in patterns):
            files[path] = blob
    return files


class CatFile:
    def __init__(self, repo):
        self.process = subprocess.Popen(
            ["git", "-C", repo, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )

    def read(self, blob):
        self.process.stdin.write(blob.encode() + b"\n")
        self.process.stdin.flush()
        header = self.process.stdout.readline().split()
        size = int(header[2])
        data = self.process.stdout.read(size)
        self.process.stdout.read(1)
        return data

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def is_os_environ(node):
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def constant_string(node):
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class EnvReads(ast.NodeVisitor):
    def __init__(self):
        self.reads = {}
        self.guarded = 0

    def add(self, name, required, line):
        if name is None:
            return
        previous = self.reads.get(name)
        self.reads[name] = {"required": required or (previous or {}).get("required", False), "line": line}

    def visit_Try(self, node):
        catches_key_error = any(
            isinstance(h.type, ast.Name) and h.type.id == "KeyError" for h in node.handlers
        )
        self.guarded += catches_key_error
        for statement in node.body:
            self.visit(statement)
        self.guarded -= catches_key_error
        for part in node.handlers + node.orelse + node.finalbody:
            self.visit(part)

    def visit_Subscript(self, node):
        if is_os_environ(node.value):
            self.add(constant_string(node.slice), self.guarded == 0, node.lineno)
        self.generic_visit(node)

    def visit_Call(self, node):
        function = node.func
        if isinstance(function, ast.Attribute) and node.args:
            if function.attr in ("get", "setdefault") and is_os_environ(function.value):
                self.add(constant_string(node.args[0]), False, node.lineno)
            elif function.attr == "getenv" and isinstance(function.value, ast.Name) and function.value.id == "os":
                self.add(constant_string(node.args[0]), False, node.lineno)
        self.generic_visit(node)

    def visit_Compare(self, node):
        if len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)) and is_os_environ(node.comparators[0]):
            self.add(constant_string(node.left), False, node.lineno)
        self.generic_visit(node)


def reads_at(files, blobs, cat_file, parsed):
    variables = {}
    for path, blob in files.items():
        if blob not in parsed:
            visitor = EnvReads()
            visitor.visit(ast.parse(cat_file.read(blob), filename=path))
            parsed[blob] = visitor.reads
        for name, read in parsed[blob].items():
            entry = variables.setdefault(name, {"required": False, "files": []})
            entry["required"] = entry["required"] or read["required"]
            entry["files"].append(f"{path}:{read['line']}")
    return variables


def main(argv):
    repo, base, head, *globs = argv
    patterns = [glob_to_regex(g) for g in globs]
    base_files = list_files(repo, base, patterns)
    head_files = list_files(repo, head, patterns)
    cat_file = CatFile(repo)
    parsed = {}
    before = reads_at(base_files, base_files, cat_file, parsed)
    after = reads_at(head_files, head_files, cat_file, parsed)
    cat_file.close()
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(n for n in set(before) & set(after) if before[n]["required"] != after[n]["required"])
    print(
        json.dumps(
            {
                "filesParsed": len(parsed),
                "variables": {"base": len(before), "head": len(after)},
                "added": added,
                "removed": removed,
                "requiredChanged": changed,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])

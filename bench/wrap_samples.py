"""Harvest call statements from a corpus and record how black lays them out.

Writes JSON lines {"text", "limit", "black"} for the differential test of the formatter in
src/core/analysis/wrap (`cargo test --lib wrap_agrees_with_black`, which reads
tests/fixtures/wrap/samples.jsonl, or the file named by PICKLEFIX_WRAP_SAMPLES).

Each statement (an expression statement, assignment or return whose value is a call or a list
comprehension, a one-item `with` header or a `for` header over a call) is dedented to column 0 and formatted alone with black as a library
at the line length minus its indentation, which is what black measures; every statement is
recorded twice, at 88 and at 60 columns, so that both joins and splits are exercised (operator
values, below, also at 40).

    /work/tools-venv/bin/python bench/wrap_samples.py CORPUS_DIR COUNT OUT.jsonl [SEED] [tuples|operators|asserts|chains]

With `tuples`, it harvests instead assignments and returns whose value is a tuple without
parentheses (`return pool.map(f, xs), total`), which black splits inside parentheses it makes
visible; with `operators`, assignments, returns and `if`/`while` headers whose value is an
`and`/`or` chain, a comparison, arithmetic or a conditional expression (in parentheses or
not), which black splits before its operators inside parentheses it keeps or drops. The
committed samples hold 800 of the first kind, then 400 tuples (seed 12), then 400 operator
values (seed 16); with `asserts`, `assert` statements without a message (which black lays out
as a `return`'s value), 200 of them committed after those (seed 18); with `chains`,
expression statements, assignments and returns whose value reads attributes of two calls'
or subscripts' results or more (`a.b(x).c(y).d()`), which black splits before each such
`.` once it does not fit (also at 40 columns), 240 of them committed (seed 21, from the
test corpus of `bench/make_test_corpus.sh`); with `magic`, statements spanning lines with a
trailing comma and three opening brackets or more, where black chooses among several pairs
(`generate_trailers_to_omit`), 240 of them committed (seed 23, test corpus); with
`conditionals`, statements holding a conditional expression below their value's top (also at
40 columns), 240 of them committed last (seed 25, test corpus).
"""

import ast
import json
import random
import sys
from pathlib import Path

import black


def tuple_values(source):
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        value = getattr(node, "value", None)
        if isinstance(node, (ast.Assign, ast.Return)) and isinstance(value, ast.Tuple):
            segment = ast.get_source_segment(source, value)
            if segment is None or segment.startswith("("):
                continue
            text = "".join(lines[node.lineno - 1 : node.end_lineno]).rstrip()
            yield node, text, False


OPERATOR_VALUES = (ast.BoolOp, ast.Compare, ast.BinOp, ast.IfExp)


def operator_values(source):
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        if isinstance(node, (ast.If, ast.While)):
            if not isinstance(node.test, OPERATOR_VALUES):
                continue
            end = node.body[0].lineno - 1
            header = "".join(lines[node.lineno - 1 : end]).rstrip()
            starts = header.lstrip().startswith(("if ", "if(", "while ", "while("))
            if not starts or not header.endswith(":") or node.body[0].lineno == node.lineno:
                continue
            yield node, header, True
        elif isinstance(node, (ast.Assign, ast.Return)) and isinstance(
            node.value, OPERATOR_VALUES
        ):
            text = "".join(lines[node.lineno - 1 : node.end_lineno]).rstrip()
            yield node, text, False


def assertions(source):
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert) and node.msg is None:
            text = "".join(lines[node.lineno - 1 : node.end_lineno]).rstrip()
            yield node, text, False


def chain_links(value):
    """The attributes of `value` read on a call's or a subscript's result (`f(x).y`)."""
    return sum(
        isinstance(node, ast.Attribute) and isinstance(node.value, (ast.Call, ast.Subscript))
        for node in ast.walk(value)
    )


def chains(source):
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        value = getattr(node, "value", None)
        if isinstance(node, (ast.Expr, ast.Assign, ast.Return)) and value is not None:
            if chain_links(value) >= 2:
                text = "".join(lines[node.lineno - 1 : node.end_lineno]).rstrip()
                yield node, text, False


def magic_commas(source):
    """Statements spanning lines whose brackets end in a trailing comma, with three opening
    brackets or more, so that black chooses among several pairs to split at."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Expr, ast.Assign, ast.Return)):
            continue
        if node.end_lineno == node.lineno:
            continue
        text = "".join(lines[node.lineno - 1 : node.end_lineno]).rstrip()
        if "#" in text or '"""' in text or "\\\n" in text:
            continue
        if not any(end in text for end in (",\n", ",)")):
            continue
        if text.count("(") + text.count("[") < 3:
            continue
        yield node, text, False


def conditionals(source):
    """Statements whose value holds a conditional expression below its top (an argument, an
    item, a dict value, a comprehension's element), which black wraps in parentheses of its own
    when it splits there. Without `*` or `**` unpacking, whose trailing comma black adds by the
    target versions it infers from the whole file."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        value = getattr(node, "value", None)
        if not isinstance(node, (ast.Expr, ast.Assign, ast.Return)) or value is None:
            continue
        inner = [n for n in ast.walk(value) if isinstance(n, ast.IfExp) and n is not value]
        unpacks = any(
            isinstance(n, ast.Starred) or (isinstance(n, ast.keyword) and n.arg is None)
            for n in ast.walk(value)
        )
        if not inner or unpacks:
            continue
        text = "".join(lines[node.lineno - 1 : node.end_lineno]).rstrip()
        if "#" in text or '"""' in text:
            continue
        yield node, text, False


def statements(source):
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        value = getattr(node, "value", None)
        if isinstance(node, (ast.With, ast.For)):
            if isinstance(node, ast.For):
                if not isinstance(node.iter, ast.Call):
                    continue
            elif len(node.items) != 1 or not isinstance(node.items[0].context_expr, ast.Call):
                continue
            end = node.body[0].lineno - 1
            header = "".join(lines[node.lineno - 1 : end]).rstrip()
            if not header.endswith(":") or node.body[0].lineno == node.lineno:
                continue
            yield node, header, True
        elif isinstance(node, (ast.Expr, ast.Assign, ast.Return)) and isinstance(
            value, (ast.Call, ast.ListComp)
        ):
            text = "".join(lines[node.lineno - 1 : node.end_lineno]).rstrip()
            yield node, text, False


def dedent(text, column):
    first, *rest = text.split("\n")
    if first[:column].strip():
        return None
    return "\n".join([first[column:], *rest])


def formatted(text, is_header, limit):
    source = text + ("\n    pass\n" if is_header else "\n")
    try:
        out = black.format_str(source, mode=black.Mode(line_length=limit))
    except Exception:
        return None
    if is_header:
        out = out.removesuffix("    pass\n")
    return out.rstrip("\n")


def main():
    corpus, count, out = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 12)
    harvests = {
        "tuples": tuple_values,
        "operators": operator_values,
        "asserts": assertions,
        "chains": chains,
        "magic": magic_commas,
        "conditionals": conditionals,
    }
    harvest = harvests.get(sys.argv[5] if sys.argv[5:] else "", statements)
    # Operator values are mostly short: a third, narrow width makes them split.
    narrow = (operator_values, assertions, chains, conditionals)
    extra_limits = [40] if harvest in narrow else []
    files = sorted(corpus.rglob("*.py"))
    rng.shuffle(files)
    records = []
    for path in files:
        try:
            source = path.read_text(encoding="utf-8")
            found = list(harvest(source))
        except (SyntaxError, UnicodeDecodeError, ValueError, RecursionError):
            continue
        for node, text, is_header in found:
            indent = len(text) - len(text.lstrip(" "))
            if "\t" in text or indent % 4 or node.col_offset != indent:
                continue
            text = dedent(text, indent)
            if text is None or ";" in text.split("\n")[-1]:
                continue
            if harvest in narrow and len(text) < 30:
                continue
            for limit in [88 - indent, 60 - indent] + extra_limits:
                laid = formatted(text, is_header, limit)
                if laid is not None:
                    records.append({"text": text, "limit": limit, "black": laid})
        if len(records) >= count:
            break
    with out.open("w") as f:
        for record in records[:count]:
            f.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()

"""The NumPy oracle: evaluates NumPy expressions sent by the jest helpers.

Reads one JSON object {"setup": str, "exprs": [str, ...]} on stdin and writes
one JSON list on stdout, one encoded result per expression. An expression is
evaluated with `np` (numpy) in scope; one starting with "exec:" is run as
statements and its result is the variable `result`. Exceptions are results
too: their class, MRO and message. Warnings raised during evaluation are
recorded by category name ("warnings"), and each one as "Category: message"
("warned", sorted, repeats kept).
"""
import base64
import json
import sys
import warnings

import numpy as np


def encode(v):
    if v is None:
        return {"t": "none"}
    if isinstance(v, np.ndarray):
        c = np.ascontiguousarray(v)
        return {
            "t": "ndarray",
            "dtype": v.dtype.name,
            "shape": list(v.shape),
            "data": base64.b64encode(c.tobytes()).decode("ascii"),
        }
    if isinstance(v, np.generic):
        return {"t": "scalar", "dtype": v.dtype.name, "v": encode(v.item())}
    if isinstance(v, np.dtype):
        return {"t": "dtype", "name": v.name, "str": v.str, "char": v.char,
                "kind": v.kind, "itemsize": v.itemsize, "repr": repr(v), "text": str(v)}
    if isinstance(v, bool):
        return {"t": "bool", "v": v}
    if isinstance(v, int):
        return {"t": "int", "v": str(v)}
    if isinstance(v, float):
        return {"t": "float", "v": repr(v)}
    if isinstance(v, complex):
        return {"t": "complex", "re": repr(v.real), "im": repr(v.imag)}
    if isinstance(v, str):
        return {"t": "str", "v": v}
    if isinstance(v, (list, tuple)):
        out = {"t": "list", "v": [encode(x) for x in v]}
        if hasattr(v, "_fields"):
            out["fields"] = list(v._fields)
        return out
    if isinstance(v, dict):
        return {"t": "dict", "v": {str(k): encode(x) for k, x in v.items()}}
    if isinstance(v, type) and issubclass(v, np.generic):
        return encode(np.dtype(v))
    return {"t": "repr", "v": repr(v)}


def evaluate(expr, ns):
    if expr.startswith("exec:"):
        local = dict(ns)
        exec(expr[5:], local)
        return local.get("result")
    return eval(expr, ns)


def main():
    request = json.load(sys.stdin)
    ns = {"np": np}
    if request.get("setup"):
        exec(request["setup"], ns)
    results = []
    for expr in request["exprs"]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                r = encode(evaluate(expr, ns))
            except Exception as e:  # every exception is a result to compare
                r = {"t": "error", "cls": type(e).__name__,
                     "mro": [c.__name__ for c in type(e).__mro__], "msg": str(e)}
        r["warnings"] = sorted({w.category.__name__ for w in caught})
        r["warned"] = sorted(f"{w.category.__name__}: {w.message}" for w in caught)
        results.append(r)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()

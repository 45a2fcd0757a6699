"""bpkit: backpropagation (오차역전파) as the lecture decks teach it, in numpy.

The core is at the top: ``activations``, ``losses``, ``layers``, ``mlp`` (``MLP``), ``train``
(``fit``), ``gradcheck``, ``errors`` and ``validate``. Around it, one subpackage each:
``lessons`` (per-deck material), ``symbolic`` (SymPy derivations and the exact oracle), ``lab``
(the interactive explorer), ``figures`` (static plots), ``exercises`` (the self-checks),
``export`` (a trained net to ONNX and JSON) and ``i18n`` (every learner-visible string in
English and Korean: ``bp.set_language("ko")``).

Convention: rows are samples. X is (n_samples, n_in), W is (n_in, n_out), Z = X @ W + b.
"""
from . import activations, losses
from .activations import relu, sigmoid, sigmoid_grad, softmax
from .data import accuracy, load_digits_split, one_hot
from .display import Table
from .errors import (
    BpkitError,
    DivergedError,
    NonFiniteError,
    ShapeError,
    TargetError,
    UnknownNameError,
)
from .gradcheck import check_gradients, numerical_gradient, relative_error
from .i18n import get_language, set_language
from .mlp import MLP, Backward, Forward
from .train import History, fit

__version__ = "0.1.0"

# The subpackages, and the core modules not imported above, load on first use: ``bp.symbolic``,
# ``bp.lab``, ... pull in SymPy, ipywidgets or matplotlib only when a notebook asks for them.
_SUBPACKAGES = ("lessons", "symbolic", "lab", "figures", "exercises", "export", "i18n")
_LAZY = _SUBPACKAGES + ("layers", "gradcheck", "train", "data", "monitor", "display", "errors",
                        "mlp", "validate")


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'bpkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    """What Jupyter completes after ``bp.``: the public names and every lazy module."""
    return sorted(set(__all__) | set(_LAZY) | {"__version__"})


__all__ = [
    "MLP", "Forward", "Backward", "fit", "History",
    "check_gradients", "numerical_gradient", "relative_error",
    "activations", "losses", "sigmoid", "sigmoid_grad", "softmax", "relu",
    "one_hot", "accuracy", "load_digits_split", "Table",
    "BpkitError", "ShapeError", "NonFiniteError", "TargetError", "UnknownNameError",
    "DivergedError", "set_language", "get_language",
]

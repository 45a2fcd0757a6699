"""bpkit: backpropagation (오차역전파) as the lecture decks teach it, in numpy.

Convention: rows are samples. X is (n_samples, n_in), W is (n_in, n_out), Z = X @ W + b.
"""
from . import activations, losses
from .activations import relu, sigmoid, sigmoid_grad, softmax
from .data import accuracy, load_digits_split, one_hot
from .display import Table
from .errors import BpkitError, NonFiniteError, ShapeError, TargetError, UnknownNameError
from .gradcheck import check_gradients, numerical_gradient, relative_error
from .mlp import MLP, Backward, Forward
from .train import History, fit

__version__ = "0.1.0"

# Modules that pull in heavy libraries (SymPy, ipywidgets, scikit-learn) load on first use:
# ``bp.symbolic``, ``bp.widgets``, ... work without slowing ``import bpkit``.
_LAZY = {"symbolic", "widgets", "explorer_state", "widgets_chain", "examples", "handcalc",
         "deltarule", "bugzoo", "matrix_model", "monitor", "neuron", "datasets", "notation",
         "chain", "numdiff", "plots", "exercises", "layers", "gradcheck", "train", "data"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'bpkit' has no attribute {name!r}")

__all__ = [
    "MLP", "Forward", "Backward", "fit", "History",
    "check_gradients", "numerical_gradient", "relative_error",
    "activations", "losses", "sigmoid", "sigmoid_grad", "softmax", "relu",
    "one_hot", "accuracy", "load_digits_split", "Table",
    "BpkitError", "ShapeError", "NonFiniteError", "TargetError", "UnknownNameError",
]

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

__all__ = [
    "MLP", "Forward", "Backward", "fit", "History",
    "check_gradients", "numerical_gradient", "relative_error",
    "activations", "losses", "sigmoid", "sigmoid_grad", "softmax", "relu",
    "one_hot", "accuracy", "load_digits_split", "Table",
    "BpkitError", "ShapeError", "NonFiniteError", "TargetError", "UnknownNameError",
]

"""Exact derivatives with SymPy: deck 000's derivations step by step, its slide errata, and an
oracle.

One module per concern; every public name is re-exported here, so ``from bpkit import symbolic
as sym; sym.<name>`` reaches all of them:

- ``symbols``: deck 000's and 002's symbols (x, s, y, t, net_O, out_O, target), σ and the
  cross-entropy term;
- ``steps``: ``Step`` (one line of a derivation) and ``verify_steps``;
- ``derivations``: deck 000's σ', ∂E/∂y_i and a · b, deck 002's MSE δ, as lists of ``Step``;
- ``errata``: the slide's wrong lines beside the right ones (``SLIDE_ERRATA``, ``errata_table``);
- ``deck000``: deck 000's update formulas checked on a tiny symbolic net;
- ``oracle``: ``SymbolicNet`` and ``oracle_gradients``, the exact reference for bpkit's tests.
"""
from .deck000 import (
    deck000_hidden_check,
    deck000_hidden_gradient,
    deck000_output_check,
    deck000_output_gradient,
    symbolic_equal,
)
from .derivations import (
    bce_delta_collapse_steps,
    bce_derivative_steps,
    mse_delta_steps,
    sigmoid_derivative,
    sigmoid_derivative_steps,
)
from .errata import CONVENTIONS, SLIDE_ERRATA, Erratum, conventions_table, errata_table
from .oracle import SymbolicNet, oracle_for, oracle_gradients, oracle_loss, symbolic_net
from .steps import Step, verify_steps
from .symbols import bce_term, net_O, out_O, s, sigmoid_expr, t, target, x, y

__all__ = [
    "Step", "verify_steps", "sigmoid_derivative", "sigmoid_derivative_steps",
    "bce_derivative_steps", "bce_delta_collapse_steps", "mse_delta_steps",
    "Erratum", "SLIDE_ERRATA", "errata_table", "CONVENTIONS", "conventions_table",
    "symbolic_equal", "deck000_output_check", "deck000_hidden_check",
    "deck000_output_gradient", "deck000_hidden_gradient",
    "SymbolicNet", "symbolic_net", "oracle_loss", "oracle_gradients", "oracle_for",
    "x", "s", "y", "t", "net_O", "out_O", "target", "sigmoid_expr", "bce_term",
]

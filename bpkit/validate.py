"""Input checks for the core, apart from the math (as scikit-learn's ``utils.validation``).

Each function takes what a user passed and returns what the computation needs (an array of
the net's dtype and shape, a positive int, a finite learning rate), or raises a
``BpkitError`` whose message names the argument and says what was wrong. ``MLP``, ``fit`` and
``check_gradients`` call them once at their boundary and then only compute; a lesson that
steps a net many times calls ``inputs`` and ``targets`` once and ``MLP.step`` after that.
"""
from __future__ import annotations

import math
import numbers

import numpy as np

from . import losses
from .activations import ACTIVATIONS
from .errors import BpkitError, ShapeError, check_finite, check_name
from .i18n import _

# Above this a learning rate is a typo, not a choice: one step of 1e6 × a gradient of 1
# moves a weight by a million, and float32 overflows within a few such steps.
LR_MAX = 1e6



def _kinds() -> dict:
    """What an array of each non-numeric dtype kind holds, in the current language."""
    return {"b": _("booleans"), "c": _("complex numbers"), "U": _("strings"), "S": _("bytes"),
            "O": _("Python objects (None, or rows of unequal length?)"), "M": _("dates"),
            "m": _("time differences"), "V": _("records")}


def describe(v, width: int = 60) -> str:
    """A short one-line description of a value for an error message."""
    if isinstance(v, np.ndarray):
        return _("an array of shape {shape} and dtype {dtype}", shape=v.shape, dtype=v.dtype)
    text = " ".join(repr(v).split())
    return text if len(text) <= width else text[:width - 3] + "..."


# ---- numbers ---------------------------------------------------------------------------
def positive_int(what: str, v) -> int:
    """``v`` as an int if it is an integer ≥ 1 (not a bool, a float or a string)."""
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, numbers.Integral) or v < 1:
        raise BpkitError(_("{what} must be a positive integer; got {value}", what=what,
                           value=describe(v)))
    return int(v)


def real(what: str, v, *, low: float = 0.0, high: float = math.inf) -> float:
    """``v`` as a float if it is a real number with low < v ≤ high (finite)."""
    if isinstance(v, np.ndarray) and v.ndim == 0 and v.dtype.kind in "iuf":
        v = v.item()
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, numbers.Real):
        raise BpkitError(_("{what} must be a number; got {value} ({type})", what=what,
                           value=describe(v), type=type(v).__name__))
    x = float(v)
    if not (math.isfinite(x) and low < x <= high):
        if high == math.inf:
            raise BpkitError(_("{what} must be a finite number above {low:g}; got {value!r}",
                               what=what, low=low, value=x))
        raise BpkitError(_("{what} must be a finite number above {low:g} and at most {high:g}; "
                           "got {value!r}", what=what, low=low, high=high, value=x))
    return x


def lr(v) -> float:
    """A learning rate: a finite number in (0, LR_MAX]."""
    if type(v) is float and 0.0 < v <= LR_MAX:  # the usual case, without the checks below
        return v
    return real(_("lr (the learning rate)"), v, high=LR_MAX)


def rng(rng, seed=None) -> np.random.Generator:
    """The generator to sample with: ``rng`` if given (a numpy Generator), else one seeded by
    ``seed`` (None or an integer ≥ 0)."""
    if rng is not None:
        if not isinstance(rng, np.random.Generator):
            raise BpkitError(_("rng must be a numpy.random.Generator "
                               "(np.random.default_rng(SEED)); got {value} ({type})",
                               value=describe(rng), type=type(rng).__name__))
        return rng
    if seed is not None and (isinstance(seed, (bool, np.bool_))
                             or not isinstance(seed, numbers.Integral) or seed < 0):
        raise BpkitError(_("seed must be an integer ≥ 0 or None; got {value}",
                           value=describe(seed)))
    return np.random.default_rng(seed)


# ---- the net's architecture ------------------------------------------------------------
def sizes(v) -> list:
    """Units per layer, input first: a sequence of at least two integers ≥ 1."""
    if isinstance(v, (str, bytes)) or not hasattr(v, "__len__"):
        raise ShapeError(_("sizes must be a list of layer sizes such as [3, 4, 2]; got {value}",
                           value=describe(v)))
    if len(v) < 2:
        raise ShapeError(_("sizes must list at least 2 layer sizes, each ≥ 1; got {value}",
                           value=describe(v)))
    out = []
    for i, s in enumerate(v):
        if isinstance(s, (bool, np.bool_)) or not isinstance(s, numbers.Integral) or s < 1:
            raise ShapeError(_("sizes[{i}] must be an integer ≥ 1 (units in layer {i}); "
                               "got {value} in sizes {sizes}", i=i, value=describe(s),
                               sizes=describe(v)))
        out.append(int(s))
    return out


def layer_activations(activation, output_activation, loss: str, n_layers: int) -> list:
    """One activation name per layer, from a name (hidden; the output's defaults to softmax
    for softmax_ce, sigmoid for bce, else the same) or a list of names."""
    if isinstance(activation, str):
        if output_activation is None:
            output_activation = {"softmax_ce": "softmax", "bce": "sigmoid"}.get(loss, activation)
        names = [activation] * (n_layers - 1) + [output_activation]
    elif isinstance(activation, (list, tuple)):
        names = list(activation)
        if len(names) != n_layers:
            raise ShapeError(_("activation lists {n} names but the net has {n_layers} layers",
                               n=len(names), n_layers=n_layers))
        if output_activation is not None:
            names[-1] = output_activation
    else:
        raise BpkitError(_("activation must be a name such as 'sigmoid' or a list of names, "
                           "one per layer; got {value}", value=describe(activation)))
    for name in names:
        check_name("activation", name, ACTIVATIONS)
    if "softmax" in names[:-1]:
        raise BpkitError(_("softmax is only supported as the output activation"))
    return names


def output_pair(loss: str, output_activation: str, n_out: int) -> None:
    """Refuse output layers on which the loss is not defined."""
    if output_activation == "softmax" and n_out == 1:
        raise BpkitError(_("softmax over one output unit is always 1 (nothing to learn); use "
                           "output_activation='sigmoid' with loss='bce' for one yes/no output"))
    if loss == "bce" and output_activation not in ("sigmoid", "softmax"):
        raise BpkitError(_("loss='bce' needs outputs in (0, 1), a sigmoid output layer; got "
                           "output_activation={name!r}", name=output_activation))
    if loss == "softmax_ce" and output_activation != "softmax":
        raise BpkitError(_("loss='softmax_ce' needs a softmax output layer (each row a "
                           "distribution); got output_activation={name!r}",
                           name=output_activation))


def dtype(v) -> np.dtype:
    try:
        d = np.dtype(v)
    except TypeError:
        d = None
    if d not in (np.float64, np.float32):
        raise BpkitError(_("dtype must be float64 or float32; got {value}", value=describe(v)))
    return d


# ---- arrays ----------------------------------------------------------------------------
def array(what: str, a, dtype: np.dtype) -> np.ndarray:
    """``a`` as an ndarray of ``dtype`` (no copy when it is one already), refusing what is not
    a rectangular array of real numbers: strings, None, ragged lists, booleans, complex."""
    if type(a) is np.ndarray and a.dtype == dtype:
        return a
    if a is None or isinstance(a, (str, bytes)):
        raise BpkitError(_("{what} must be an array of numbers; got {value}", what=what,
                           value=describe(a)))
    try:
        arr = np.asarray(a)
    except (ValueError, TypeError):
        raise BpkitError(_("{what} must be a rectangular array of numbers (every row the same "
                           "length); got {value}", what=what, value=describe(a))) from None
    if arr.dtype.kind not in "iuf":
        kind = _kinds().get(arr.dtype.kind, arr.dtype.name)
        if isinstance(a, np.ndarray):
            raise BpkitError(_("{what} must hold real numbers; got an array of {kind}",
                               what=what, kind=kind))
        raise BpkitError(_("{what} must hold real numbers; got an array of {kind}: {value}",
                           what=what, kind=kind, value=describe(a)))
    return arr.astype(dtype, copy=False)


def inputs(net, X, finite: bool = True) -> np.ndarray:
    """X as the net takes it: (n_samples, n_in) of the net's dtype, finite. A 1-D X is one
    sample. ``finite=False`` leaves out the finiteness test, for a caller that finds a
    non-finite X afterwards (a step: any NaN or inf in X makes ∂E/∂W of the first layer
    non-finite, and the step is refused naming X)."""
    X = array("X", X, net.dtype)
    if X.ndim == 1:
        X = X[None, :]
    shape = X.shape
    if len(shape) != 2:
        raise ShapeError(_("X must be one sample (1-D) or a batch (2-D); got {ndim}-D, "
                           "shape {shape}", ndim=X.ndim, shape=X.shape))
    if shape[0] == 0:
        raise ShapeError(_("X is an empty batch (0 samples)"))
    if shape[1] != net.sizes[0]:
        raise ShapeError(_("X has {n} features per sample (shape {shape}) but layer 1 expects "
                           "{n_in} inputs (weights[0] has shape {w_shape})", n=X.shape[1],
                           shape=X.shape, n_in=net.sizes[0],
                           w_shape=(net.sizes[0], net.sizes[1])))
    if finite:
        check_finite("X", X)
    return X


def targets(net, T, n_samples: int) -> np.ndarray:
    """T as the loss takes it: (n_samples, n_out), finite, fitting the loss (bce: in [0, 1];
    softmax_ce: rows that are distributions). A 1-D T is one sample, or one output per
    sample."""
    T = array("T", T, net.dtype)
    n_out = net.sizes[-1]
    if T.ndim == 1 and n_samples == 1 and T.shape[0] == n_out:
        T = T[None, :]
    elif T.ndim == 1 and n_out == 1 and T.shape[0] == n_samples:
        T = T[:, None]
    if T.shape != (n_samples, n_out):
        raise ShapeError(_("T must have shape {want} ({n} samples × {n_out} outputs of the "
                           "last layer); got {shape}", want=(n_samples, n_out), n=n_samples,
                           n_out=n_out, shape=T.shape))
    if not losses.targets_ok(net.loss_name, T):  # cheap test first; then say what is wrong
        check_finite("T", T)
        losses.check_targets(net.loss_name, T)
    return T


def _list(what: str, v, n: int) -> list:
    """``v`` as a list of ``n`` items: the net's ``weights`` or ``biases``, one per layer."""
    if isinstance(v, (str, bytes, np.ndarray)) or not isinstance(v, (list, tuple)):
        if what == "weights":
            raise ShapeError(_("weights must be a list of {n} arrays, one per weight layer; "
                               "got {value}", n=n, value=describe(v)))
        raise ShapeError(_("biases must be a list of {n} arrays, one per bias layer; got {value}",
                           n=n, value=describe(v)))
    if len(v) != n:
        if what == "weights":
            raise ShapeError(_("the net has {n} weight layers; got {k} arrays for weights",
                               n=n, k=len(v)))
        raise ShapeError(_("the net has {n} bias layers; got {k} arrays for biases", n=n,
                           k=len(v)))
    return list(v)


def weights(net, new, finite: bool = True) -> list:
    """A list of weight arrays for ``net``: each (sizes[l], sizes[l + 1]) of its dtype."""
    new = _list("weights", new, net.n_layers)
    out = []
    for l, W in enumerate(new):
        W = array(f"weights[{l}]", W, net.dtype)
        want = (net.sizes[l], net.sizes[l + 1])
        if W.shape != want:
            raise ShapeError(_("weights[{l}] (layer {layer}, {n_in} → {n_out} units) must have "
                               "shape {want}; got {shape}", l=l, layer=l + 1, n_in=want[0],
                               n_out=want[1], want=want, shape=W.shape))
        if finite:
            check_finite(f"weights[{l}]", W)
        out.append(W)
    return out


def biases(net, new, finite: bool = True) -> list:
    """A list of bias arrays for ``net``: (n_out,) per unit, () shared, none for 'none'."""
    if net.bias == "none":
        if isinstance(new, (list, tuple)) and len(new) == 0:
            return []
        raise ShapeError(_("bias='none': the net has no biases; got {value}",
                           value=describe(new)))
    new = _list("biases", new, net.n_layers)
    out = []
    for l, b in enumerate(new):
        b = array(f"biases[{l}]", b, net.dtype)
        want = () if net.bias == "shared" else (net.sizes[l + 1],)
        if b.shape != want:
            raise ShapeError(_("biases[{l}] (layer {layer}, bias='{bias}') must have shape "
                               "{want}; got {shape}", l=l, layer=l + 1, bias=net.bias, want=want,
                               shape=b.shape))
        if finite:
            check_finite(f"biases[{l}]", b)
        out.append(b)
    return out


def _usable(a, dtype) -> bool:
    return type(a) is np.ndarray and a.dtype == dtype and a.flags.writeable


def _fit(net) -> bool:
    """True when every parameter is a writable ndarray of the net's dtype and shape (the
    cheap test a step makes; ``params`` says what is wrong otherwise)."""
    Ws, bs, sizes, dt = net.weights, net.biases, net.sizes, net.dtype
    if len(Ws) != len(sizes) - 1 or len(bs) != (0 if net.bias == "none" else len(Ws)):
        return False
    for l, W in enumerate(Ws):
        if not (_usable(W, dt) and W.shape == (sizes[l], sizes[l + 1])):
            return False
    want = (lambda l: ()) if net.bias == "shared" else (lambda l: (sizes[l + 1],))
    return all(_usable(b, dt) and b.shape == want(l) for l, b in enumerate(bs))


def params(net, finite: bool = True) -> None:
    """Check the net's parameters as they are now (items may have been assigned one by one).

    Items that are not writable ndarrays of the net's dtype (a list, an int array, a
    read-only or broadcast array) are replaced by writable copies of their values, so a
    step can write into every parameter; nothing is replaced unless all of them pass.
    With ``finite=False`` only shapes and types are checked (a step checks finiteness
    after computing the new values, one sum per array).
    """
    Ws, bs = net.weights, net.biases
    if _fit(net):
        if finite:
            for l, W in enumerate(Ws):
                check_finite(f"weights[{l}]", W)
            for l, b in enumerate(bs):
                check_finite(f"biases[{l}]", b)
        return
    Ws = [W if _usable(W, net.dtype) else np.array(array(f"weights[{l}]", W, net.dtype))
          for l, W in enumerate(Ws)]
    bs = [b if _usable(b, net.dtype) else np.array(array(f"biases[{l}]", b, net.dtype))
          for l, b in enumerate(bs)]
    weights(net, Ws, finite)
    biases(net, bs, finite)
    net.weights[:], net.biases[:] = Ws, bs

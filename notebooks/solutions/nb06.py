"""Reference solutions for the exercises of 06_matrix_model.ipynb (deck 004, column convention)."""


def my_dZ2(A2, Y, Z2):
    """dZ^[2] = (A^[2] − Y) ⊙ g'(Z^[2]), with g'(Z) = A(1 − A) for the sigmoid."""
    E2 = A2 - Y
    return E2 * A2 * (1 - A2)


def my_dW(dZ, A_in):
    """ΔW = dZ·A_inᵀ, shape (n_out, n_in), summed over the m samples (columns)."""
    return dZ @ A_in.T


def my_update(W2, A1, A2, Y, lr):
    """W^[2] − α·((A^[2] − Y) ⊙ g'(Z^[2]))·A^[1]ᵀ."""
    dZ2 = (A2 - Y) * A2 * (1 - A2)
    return W2 - lr * dZ2 @ A1.T


def bias_grad(dZ, shared):
    """∂E/∂b for Z = W·A + b (samples are columns): a per-unit b_k adds row k of dZ over the
    samples; a shared b adds every entry."""
    return dZ.sum() if shared else dZ.sum(axis=1)


# predict, then reveal: written as a learner would, with a pen
PREDICTIONS = {
    "dW2_shape": "(2, 4)",
    "E1_first": 0.2150,   # A1 = σ(.1, .2, .3); ŷ = σ(.3249, .2174); 0.3·0.4195 + 0.2·0.4459
    "lecture_grad": "W2",
}

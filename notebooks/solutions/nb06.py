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

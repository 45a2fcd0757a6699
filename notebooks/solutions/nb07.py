"""Reference answers for 07_digits_lab.ipynb: the predictions as a learner writes them, and the
exercise's solution (same name as the stub)."""

PREDICTIONS = {
    "n_params": 4810,            # 64·64 + 64 + 64·10 + 10
    "untrained_accuracy": "B",   # about 10 %: a guess among ten digits
    "rule_outcome": "C",         # lecture lower at lr = 2, exact lower at lr = 10
}


def rule_is_gradient(hidden, output, loss):
    """The rule drops g'(Z2) only; that changes nothing where dZ2 = A2 − Y: softmax with its
    cross-entropy, sigmoid with bce (σ' cancels against the log), identity with mse (g' = 1).
    The hidden activation does not matter: both apply g'(Z1)."""
    return (output, loss) in {("softmax", "softmax_ce"), ("sigmoid", "bce"), ("identity", "mse")}

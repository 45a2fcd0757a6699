"""Korean of notebook 05's exercise checks (bpkit.exercises.nb05)."""
KO = {
    "the first example": "첫 번째 예제",
    "a second example of other sizes": "크기가 다른 두 번째 예제",
    "{what} is off by up to {diff:.3g} on {label}; compare your formula with the slide term by term":
        "{label}에서 {what}의 값이 최대 {diff:.3g}만큼 어긋납니다. 식을 슬라이드의 식과 항 하나하나 비교해 보세요",
    "your δ_j": "δ_j",
    "your δ_k": "δ_k",
    "your dW": "dW",
    "your db": "db",
    "your hidden δ misses f'(u_j): multiply Σ_r δ_r w_jr by σ'(u_j) = σ(u_j)(1 − σ(u_j))":
        "은닉층 δ에 f'(u_j)가 빠졌습니다. Σ_r δ_r w_jr에 σ'(u_j) = σ(u_j)(1 − σ(u_j))를 곱하세요",
    "you used u_j(1 − u_j); σ'(u_j) = σ(u_j)(1 − σ(u_j)): apply σ to u first":
        "u_j(1 − u_j)를 썼습니다. σ'(u_j) = σ(u_j)(1 − σ(u_j))이므로 u에 먼저 σ를 적용하세요",
    "you multiplied by σ(u_j); the factor is its derivative σ(u_j)(1 − σ(u_j))":
        "σ(u_j)를 곱했습니다. 곱할 인수는 그 도함수 σ(u_j)(1 − σ(u_j))입니다",
    "the sign is flipped: δ_j = +σ'(u_j) Σ_r δ_r w_jr":
        "부호가 반대입니다: δ_j = +σ'(u_j) Σ_r δ_r w_jr",
    "your δ_j is transposed: one row per sample, shape (N, m) = {shape}":
        "δ_j가 전치되어 있습니다. 샘플마다 한 행, 모양은 (N, m) = {shape}이어야 합니다",
    "you summed δ and w separately; the sum is over the products δ_r w_jr (δ_out @ W.T)":
        "δ와 w를 따로 더했습니다. 더해야 하는 것은 곱 δ_r w_jr입니다 (δ_out @ W.T)",
    "Right: δ_j = σ'(u_j) Σ_r δ_r w_jr, the hidden layer's δ for every sample":
        "정답입니다: δ_j = σ'(u_j) Σ_r δ_r w_jr, 모든 샘플에 대한 은닉층의 δ입니다",
    " — W is (m, n) and δ_out (N, n), e.g. (4, 2) and (3, 2): the sum over r is δ_out @ W.T":
        " — W는 (m, n), δ_out은 (N, n)입니다(예: (4, 2)와 (3, 2)). r에 대한 합은 δ_out @ W.T입니다",
    "your dW is transposed: it must have W's shape (m, n) = {shape}: y_in.T @ delta":
        "dW가 전치되어 있습니다. W와 같은 모양 (m, n) = {shape}이어야 합니다: y_in.T @ delta",
    "your dW is divided by N again: δ already carries the 1/N of the mean loss, so sum over the samples":
        "dW를 N으로 한 번 더 나눴습니다. δ에는 이미 평균 손실의 1/N이 들어 있으므로 샘플에 대해 더하기만 하세요",
    "your dW uses only the first sample: sum y_j δ_k over all samples":
        "dW가 첫 번째 샘플만 씁니다. 모든 샘플에 대해 y_j δ_k를 더하세요",
    "you summed y and δ over the samples before multiplying; sum the products y_j δ_k sample by sample (y_in.T @ delta)":
        "곱하기 전에 y와 δ를 샘플에 대해 먼저 더했습니다. 샘플마다 곱 y_j δ_k를 구해서 더하세요 (y_in.T @ delta)",
    "your db is summed over the wrong axis: sum over the samples (axis=0), one ∂b_k per unit":
        "db를 엉뚱한 축으로 더했습니다. 샘플에 대해(axis=0) 더해서 뉴런마다 ∂b_k 하나를 얻어야 합니다",
    "your db sums over everything (one number): that is a shared bias (deck 002); here each unit has its b_k: delta.sum(axis=0)":
        "db가 전체를 더한 숫자 하나입니다. 그것은 공유 편향(강의 자료 002)의 경우이고, 여기서는 뉴런마다 b_k가 있습니다: delta.sum(axis=0)",
    "your db is averaged instead of summed: δ already carries the 1/N":
        "db를 더하지 않고 평균했습니다. δ에는 이미 1/N이 들어 있습니다",
    "your db uses only the first sample: sum δ_k over all samples":
        "db가 첫 번째 샘플만 씁니다. 모든 샘플에 대해 δ_k를 더하세요",
    "your db is δ itself, one row per sample: sum it over the samples (axis=0)":
        "db가 샘플마다 한 행인 δ 그대로입니다. 샘플에 대해(axis=0) 더하세요",
    "return a pair (dW, db)": "(dW, db) 한 쌍을 반환하세요",
    "right on {first}, but not on {other} (a size typed in?): ":
        "{first}에서는 맞지만 {other}에서는 틀립니다(크기를 숫자로 직접 적었나요?): ",
    "Right: dW = Σ_samples y_j δ_k = y_in.T @ delta, db = delta.sum(axis=0)":
        "정답입니다: dW = Σ_samples y_j δ_k = y_in.T @ delta, db = delta.sum(axis=0)",
    "you assumed δ collapses to y − t; that holds for identity + MSE, sigmoid + cross-entropy and softmax + cross-entropy. For tanh + MSE the factor tanh'(u_k) = 1 − y_k² stays":
        "δ가 y − t로 줄어든다고 가정했습니다. 그것은 항등 함수 + MSE, 시그모이드 + 교차 엔트로피, 소프트맥스 + 교차 엔트로피에서만 성립합니다. tanh + MSE에서는 인수 tanh'(u_k) = 1 − y_k²가 남습니다",
    "the sign is flipped: ∂E/∂y_k = y_k − t_k for E = ½Σ(t − y)²":
        "부호가 반대입니다: E = ½Σ(t − y)²이면 ∂E/∂y_k = y_k − t_k입니다",
    "you used the sigmoid's derivative y(1 − y); tanh'(u) = 1 − tanh(u)² = 1 − y²":
        "시그모이드의 도함수 y(1 − y)를 썼습니다. tanh'(u) = 1 − tanh(u)² = 1 − y²입니다",
    "you wrote 1 − u²; the derivative is 1 − tanh(u)², i.e. 1 − y_k²":
        "1 − u²라고 썼습니다. 도함수는 1 − tanh(u)², 즉 1 − y_k²입니다",
    "there is an extra factor 2: the ½ in ½Σ(t − y)² cancels the 2 of the square":
        "인수 2가 더 붙었습니다. ½Σ(t − y)²의 ½이 제곱에서 나오는 2를 없앱니다",
    "(1 − y)² is not tanh': it is 1 − y² = (1 − y)(1 + y)":
        "(1 − y)²는 tanh'이 아닙니다. tanh'은 1 − y² = (1 − y)(1 + y)입니다",
    "Right: δ_k = (y_k − t_k)(1 − y_k²); it does not collapse to y − t":
        "정답입니다: δ_k = (y_k − t_k)(1 − y_k²). y − t로 줄어들지 않습니다",
    # exercise 4: when is δ just y − t?
    "softmax + cross-entropy: δ_k = y_k·Σ_i t_i − t_k, and here Σ_i t_i = {s:g}: δ = y − t needs targets that sum to 1. Look at t, not only at the pair":
        "소프트맥스 + 교차 엔트로피에서는 δ_k = y_k·Σ_i t_i − t_k인데, 여기서는 Σ_i t_i = {s:g}입니다. δ = y − t가 되려면 목표값의 합이 1이어야 합니다. 짝만 보지 말고 t도 보세요",
    "sigmoid + cross-entropy: ∂E/∂y_k = (y_k − t_k)/(y_k(1 − y_k)) and σ'(u_k) = y_k(1 − y_k) cancel, so δ_k = y_k − t_k (notebook 03)":
        "시그모이드 + 교차 엔트로피에서는 ∂E/∂y_k = (y_k − t_k)/(y_k(1 − y_k))와 σ'(u_k) = y_k(1 − y_k)가 약분되어 δ_k = y_k − t_k입니다(노트북 03)",
    "identity + ½Σ(t − y)²: f'(u) = 1, so δ_k = (y_k − t_k)·1":
        "항등 함수 + ½Σ(t − y)²에서는 f'(u) = 1이므로 δ_k = (y_k − t_k)·1입니다",
    "{activation} + ½Σ(t − y)²: δ_k = (y_k − t_k)·f'(u_k), and nothing cancels f'(u_k), which is below 1 here":
        "{activation} + ½Σ(t − y)²에서는 δ_k = (y_k − t_k)·f'(u_k)이고, f'(u_k)를 약분해 줄 것이 없습니다. 여기서 f'(u_k)는 1보다 작습니다",
    "relu + ½Σ(t − y)²: relu'(u_k) = 0 where u_k < 0 (u = {u}), so there δ_k = 0 while y_k − t_k = −t_k ≠ 0. Look at u, not only at the pair":
        "relu + ½Σ(t − y)²에서는 u_k < 0인 곳에서 relu'(u_k) = 0이므로(u = {u}) 그곳의 δ_k = 0이지만 y_k − t_k = −t_k ≠ 0입니다. 짝만 보지 말고 u도 보세요",
    "softmax + cross-entropy with Σ_i t_i = 1 (t = {t}): δ_k = y_k·Σ_i t_i − t_k = y_k − t_k":
        "Σ_i t_i = 1인 소프트맥스 + 교차 엔트로피에서는(t = {t}) δ_k = y_k·Σ_i t_i − t_k = y_k − t_k입니다",
    "Not yet: {n} of {total} wrong. For {activation} + {loss}, u = {u}, t = {t} you answered {got}: {hint}.":
        "아직 정답이 아닙니다: {total}개 중 {n}개가 틀렸습니다. {activation} + {loss}, u = {u}, t = {t}에 대한 답이 {got}입니다. {hint}.",
    "relu + ½Σ(t − y)² with every u_k > 0: relu'(u_k) = 1 for every unit, so δ = y − t here. Look at u, not only at the pair":
        "모든 u_k > 0인 relu + ½Σ(t − y)²에서는 모든 뉴런의 relu'(u_k) = 1이므로 여기서는 δ = y − t입니다. 짝만 보지 말고 u도 보세요",
    "Right: δ = y − t for identity + MSE and sigmoid + cross-entropy always, for relu + MSE only when no unit with u_k < 0 has t_k ≠ 0, for softmax + cross-entropy only when Σ_i t_i = 1; never for sigmoid or tanh with MSE":
        "정답입니다: δ = y − t는 항등 함수 + MSE와 시그모이드 + 교차 엔트로피에서는 항상, relu + MSE에서는 u_k < 0이면서 t_k ≠ 0인 뉴런이 없을 때만, 소프트맥스 + 교차 엔트로피에서는 Σ_i t_i = 1일 때만 성립하고, MSE와 함께 쓰는 시그모이드나 tanh에서는 성립하지 않습니다",
    "Not yet: `is_y_minus_t` returned {got!r} ({kind}) for {activation} + {loss}; return True or False.":
        "아직 정답이 아닙니다: {activation} + {loss}에 대한 `is_y_minus_t`의 반환값이 {got!r}({kind})입니다. True나 False를 반환하세요.",
    # predictions
    "with every term of the chain rule, δ_k = Σ_i ∂E/∂y_i · ∂y_i/∂u_k = y_k·Σ_i t_i − t_k; for t = (0.2, 0.7, 0.3), Σ_i t_i = 1.2, so δ_k = y_k − t_k + 0.2·y_k, not y − t.":
        "연쇄법칙의 항을 모두 더하면 δ_k = Σ_i ∂E/∂y_i · ∂y_i/∂u_k = y_k·Σ_i t_i − t_k입니다. t = (0.2, 0.7, 0.3)이면 Σ_i t_i = 1.2이므로 δ_k = y_k − t_k + 0.2·y_k이고, y − t가 아닙니다.",
    "δ_k = Σ_i (−t_i/y_i)·y_i(1[i = k] − y_k) = y_k·Σ_i t_i − t_k, which is y_k − t_k only when Σ_i t_i = 1; here Σ_i t_i = 1.2.":
        "δ_k = Σ_i (−t_i/y_i)·y_i(1[i = k] − y_k) = y_k·Σ_i t_i − t_k이고, 이것은 Σ_i t_i = 1일 때만 y_k − t_k입니다. 여기서는 Σ_i t_i = 1.2입니다.",
    "δ_k − (y_k − t_k) = y_k·(Σ_i t_i − 1), and every softmax output y_k is above 0: for t = (0.2, 0.7, 0.3) it differs from y − t at every u.":
        "δ_k − (y_k − t_k) = y_k·(Σ_i t_i − 1)이고 소프트맥스의 출력 y_k는 모두 0보다 큽니다. t = (0.2, 0.7, 0.3)이면 어떤 u에서든 y − t와 다릅니다.",
    "the sigmoid keeps the least: each layer multiplies δ by σ'(u) ≤ 1/4, nine times on the way down.":
        "시그모이드가 가장 적게 지킵니다. 내려가면서 아홉 번, 층마다 δ에 σ'(u) ≤ 1/4를 곱합니다.",
    "tanh'(u) = 1 − tanh(u)² is 1 only at u = 0 and below 1 everywhere else, so every tanh layer trims δ a little; relu'(u) is exactly 1 on every active unit, and bp.MLP draws relu weights with std √(2/n_in) to make up for the units that are off.":
        "tanh'(u) = 1 − tanh(u)²는 u = 0에서만 1이고 다른 곳에서는 1보다 작으므로, tanh 층마다 δ가 조금씩 깎입니다. relu'(u)는 활성화된 뉴런마다 정확히 1이고, bp.MLP는 꺼진 뉴런을 메우도록 relu의 가중치를 표준편차 √(2/n_in)로 뽑습니다.",
    "relu'(u) = 1 on every active unit, and bp.MLP draws relu weights with std √(2/n_in) to make up for the units that are off, so δ keeps its size best; tanh' is below 1 away from 0, σ' at most 1/4.":
        "relu'(u)는 활성화된 뉴런마다 1이고, bp.MLP는 꺼진 뉴런을 메우도록 relu의 가중치를 표준편차 √(2/n_in)로 뽑으므로 δ가 크기를 가장 잘 지킵니다. tanh'은 0에서 벗어나면 1보다 작고, σ'은 최대 1/4입니다.",
    "you wrote y − t: that is δ for sigmoid + cross-entropy; with ½Σ(t − y)² the factor σ'(u) = y(1 − y) stays.":
        "y − t라고 썼습니다. 그것은 시그모이드 + 교차 엔트로피의 δ입니다. ½Σ(t − y)²에서는 인수 σ'(u) = y(1 − y)가 남습니다.",
    "you multiplied by σ(u) = y; the factor is its derivative y(1 − y).":
        "σ(u) = y를 곱했습니다. 곱할 인수는 그 도함수 y(1 − y)입니다.",
    "you used u(1 − u) for σ'(u); σ'(u) = y(1 − y) with y = σ(u).":
        "σ'(u)로 u(1 − u)를 썼습니다. y = σ(u)일 때 σ'(u) = y(1 − y)입니다.",
    "you used u − t for ∂E/∂y; it is y − t with y = σ(u).":
        "∂E/∂y로 u − t를 썼습니다. y = σ(u)일 때 ∂E/∂y = y − t입니다.",
    "the sign is flipped: ∂E/∂y = y − t for E = ½Σ(t − y)².":
        "부호가 반대입니다: E = ½Σ(t − y)²이면 ∂E/∂y = y − t입니다.",
    "there is an extra factor 2: the ½ in ½Σ(t − y)² cancels the 2 of the square.":
        "인수 2가 더 붙었습니다. ½Σ(t − y)²의 ½이 제곱에서 나오는 2를 없앱니다.",
}

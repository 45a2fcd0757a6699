"""Korean of notebook 05's tables, prints and figure (deck 003's δ rule: bpkit.lessons.deltarule,
deep_delta, bpkit.figures.vanishing, notebooks/src/05_delta_rule.py)."""
KO = {
    # notebook 05: tables and prints
    "layer": "층",
    "index": "첨자",
    "units": "뉴런 수",
    "W shape": "W 모양",
    "b shape": "b 모양",
    "hidden": "은닉",
    "output": "출력",
    "the l-m-n = 3-4-2 net of this notebook": "이 노트북의 l-m-n = 3-4-2 신경망",
    "δ_k (loops)": "δ_k (반복문)",
    "δ_k of the output layer, sigmoid + ½Σ(t − y)²": "출력층의 δ_k, 시그모이드 + ½Σ(t − y)²",
    "∂w_jk = y_j δ_k (loops) beside net.backward's dW[1]":
        "∂w_jk = y_j δ_k (반복문)와 net.backward의 dW[1]",
    "Σ_r δ_r w_jr (loops)": "Σ_r δ_r w_jr (반복문)",
    "finite differences": "유한 차분",
    "∂y_j, the gradient the output layer hands to the hidden layer":
        "∂y_j: 출력층이 은닉층에 넘겨주는 기울기",
    "formula": "식",
    "max |loops − net.backward|": "max |반복문 − net.backward|",
    "max |net.backward − finite diff.|": "max |net.backward − 유한 차분|",
    "deck 003's eight formulas on numbers": "강의 자료 003의 식 여덟 개를 숫자로 확인",
    "{n} samples: mean of per-sample loop gradients == net.gradients(X, T): {same}":
        "샘플 {n}개: 샘플별 반복문 기울기의 평균 == net.gradients(X, T): {same}",
    "∂E/∂w_31 by finite differences: {v:+.6f}": "{v:+.6f}  ← 유한 차분으로 구한 ∂E/∂w_31",
    "δy_1 · h_3 (the right index):    {v:+.6f}": "{v:+.6f}  ← δy_1 · h_3 (올바른 첨자)",
    "δy_1 · h_1 (the slide):          {v:+.6f}": "{v:+.6f}  ← δy_1 · h_1 (슬라이드)",
    "max |formula − fin. diff.|": "max |식 − 유한 차분|",
    "max |bpkit − fin. diff.|": "max |bpkit − 유한 차분|",
    "yes": "예",
    "no": "아니요",
    "output δ for u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)":
        "u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)에서 출력층의 δ",
    "SymPy: δ_k = Σ_i ∂E/∂y_i · ∂y_i/∂u_k = y_k·(t_1 + t_2 + t_3) − t_k   for k = 1, 2, 3":
        "SymPy: k = 1, 2, 3에 대해 δ_k = Σ_i ∂E/∂y_i · ∂y_i/∂u_k = y_k·(t_1 + t_2 + t_3) − t_k",
    "∂E/∂y_k · y_k(1 − y_k)  (diagonal only)": "∂E/∂y_k · y_k(1 − y_k)  (대각선만)",
    "softmax + cross-entropy at u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)":
        "u = (0.5, −1, 2), t = (0.2, 0.7, 0.1)에서 소프트맥스 + 교차 엔트로피",
    "mean |δ| layer 10": "10층의 평균 |δ|",
    "mean |δ| layer 1": "1층의 평균 |δ|",
    "layer 1 / layer 10": "1층 / 10층",
    "1/4 − σ'(s) = 1/4 − y(1 − y) = {gap} ≥ 0: σ' ≤ 1/4, equal only at y = 1/2 (s = 0)":
        "1/4 − σ'(s) = 1/4 − y(1 − y) = {gap} ≥ 0: σ' ≤ 1/4이고, 같아지는 것은 y = 1/2 (s = 0)일 때뿐",
    "file:line": "파일:줄",
    "code (rows = samples)": "코드 (행 = 샘플)",
    # bpkit.figures.vanishing
    "layer (1 = next to the input; the loss is on the right)":
        "층 (1 = 입력 바로 다음 층, 손실은 오른쪽 끝)",
    "mean |δ| (log scale)": "평균 |δ| (로그 눈금)",
    "δ flowing backward through a deep net": "깊은 신경망을 거꾸로 흐르는 δ",
    # bpkit.lessons.deltarule, deep_delta: errors
    "W is {W} (m × n), so y_in must be ({m},) and delta ({n},); got {y} and {d}":
        "W가 {W} (m × n)이므로 y_in은 ({m},), delta는 ({n},)이어야 하는데 {y}와 {d}입니다",
    "grads_by_index follows deck 003's per-unit biases b_k; the net has bias={bias!r}":
        "grads_by_index는 강의 자료 003처럼 뉴런마다 편향 b_k가 있는 신경망을 다룹니다. 이 신경망은 bias={bias!r}입니다",
    "softmax is not elementwise, so δ_k = ∂E/∂y_k · f'(u_k) does not apply; use losses.output_delta":
        "소프트맥스는 원소별로 작용하지 않으므로 δ_k = ∂E/∂y_k · f'(u_k)가 성립하지 않습니다. losses.output_delta를 쓰세요",
    "grads_by_index takes one sample: x and t 1-D; got {x}, {t}":
        "grads_by_index는 샘플 하나를 받습니다(x와 t는 1차원). 받은 모양: {x}, {t}",
    "need depth ≥ 2, width ≥ 1, n_samples ≥ 1; got {depth}, {width}, {n_samples}":
        "depth ≥ 2, width ≥ 1, n_samples ≥ 1이어야 합니다. 받은 값: {depth}, {width}, {n_samples}",
}

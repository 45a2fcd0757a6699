"""Korean for the lessons of notebooks 00–02: the notation crosswalk (bpkit.lessons.notation),
deck 001's chain (lessons.chain, lab.chain_slider), the one-neuron figures (figures.boundary)
and the errors a learner can trigger in lessons.neuron and bpkit.data."""
KO: dict = {}

# ---- the notation crosswalk (lessons.notation) ---------------------------------------------
KO.update({
    "layers, input → output": "층, 입력 → 출력",
    "input": "입력",
    "target": "목표값",
    "weights, input → hidden": "가중치, 입력 → 은닉",
    "weights, hidden → output": "가중치, 은닉 → 출력",
    "weights of layer l (bpkit)": "l번째 층의 가중치 (bpkit)",
    "biases": "편향",
    "hidden pre-activation (weighted sum)": "은닉층의 가중합(net)",
    "hidden output": "은닉층의 출력",
    "output pre-activation": "출력층의 가중합(net)",
    "network output": "신경망의 출력",
    "activation function": "활성화 함수",
    "error (loss)": "오차(손실)",
    "∂E/∂(network output)": "∂E/∂(신경망의 출력)",
    "δ of the output layer, ∂E/∂(pre-activation)": "출력층의 델타, ∂E/∂(가중합)",
    "δ of a hidden layer": "은닉층의 델타",
    "gradient sent to the layer below": "아래층으로 보내는 기울기",
    "weight gradient": "가중치의 기울기",
    "bias gradient": "편향의 기울기",
    "learning rate": "학습률",
    "one update step": "한 번의 업데이트",
    "x → h (layer 0) → ŷ (layer 1)": "x → h (0층) → ŷ (1층)",
    "x_1, x_2 (+ bias input 1)": "x_1, x_2 (+ 편향 입력 1)",
    "y_i (input layer)": "y_i (입력층)",
    "A^[0] = X (a column per sample)": "A^[0] = X (샘플마다 열 하나)",
    "target_k (y_k in the derivation)": "target_k (유도 과정에서는 y_k)",
    "b (one neuron); a bias input 1 in W^0": "b (뉴런 하나); W^0에서는 편향 입력 1",
    "b1, b2 (one per layer)": "b1, b2 (층마다 하나)",
    "— (no bias)": "— (편향 없음)",
    "E, cross-entropy": "E, 교차 엔트로피",
    "Error(y, ŷ), E (log-loss)": "Error(y, ŷ), E (로그 손실)",
    "W^[2]ᵀ dZ^[2] (the slides' E^[1] differs)": "W^[2]ᵀ dZ^[2] (슬라이드의 E^[1]은 이와 다름)",
    "— (missing on the slide)": "— (슬라이드에 없음)",
    "idea": "개념",
    "deck {d}": "강의 자료 {d}",
    "one idea per row: how each deck writes it, and its bpkit name (l = layer, counted from 0; "
    "fwd = net.forward(X), bwd = net.backward(fwd, T))":
        "한 행에 개념 하나: 강의 자료마다 어떻게 쓰는지와 bpkit에서의 이름 (l = 층, 0부터 셈; "
        "fwd = net.forward(X), bwd = net.backward(fwd, T))",
    "array {shape}": "배열 {shape}",
    "{value:.4g} (shape ())": "{value:.4g} (모양 ())",
    "list of {items}": "목록: {items}",
    "bpkit expression": "bpkit 식",
    "on this net": "이 신경망에서 실행한 결과",
    "the crosswalk's bpkit names, evaluated on {net}": "표기 대응표의 bpkit 이름을 {net}에서 실행한 결과",
})

# ---- deck 001's chain (lessons.chain, lab.chain_slider) ------------------------------------
KO.update({
    "can nudge x, w1 or w2; got {name}": "x, w1, w2 중에서만 골라 바꿀 수 있습니다. 받은 값: {name}",
    " and ": " 및 ",
    "nudged": "바꾼 변수",
    "from": "이전 값",
    "to": "새 값",
    "z after": "바꾼 뒤의 z",
    "∂z/∂(nudged)": "∂z/∂(바꾼 변수)",
    "Σ slope × change": "Σ 기울기 × 변화량",
    "actual change of z": "z의 실제 변화량",
    "raise by {rel:.0%}, keep the rest fixed (z was {z:g})":
        "{rel:.0%} 올리고 나머지는 고정 (원래 z = {z:g})",
    "quantity": "항목",
    "value": "값",
    "change of z from {z:g}, first order": "z = {z:g}에서의 변화량, 1차 근사",
    "change of z from {z:g}, actual": "z = {z:g}에서의 변화량, 실제",
    "deck 001's chain: x → y = w₁x → z = w₂y": "강의 자료 001의 연쇄: x → y = w₁x → z = w₂y",
})

# ---- one neuron's figures (figures.boundary) -----------------------------------------------
KO.update({
    "admitted (y = 1)": "합격 (y = 1)",
    "rejected (y = 0)": "불합격 (y = 0)",
    "epoch {e}": "에포크 {e}",
    "score 1 (x₁)": "점수 1 (x₁)",
    "score 2 (x₂)": "점수 2 (x₂)",
    "decision boundary ŷ = 0.5 over the epochs": "에포크에 따라 움직이는 결정 경계 ŷ = 0.5",
    "epoch": "에포크",
    "error E": "오차 E",
})

# ---- errors a learner can trigger (lessons.neuron, bpkit.data) -----------------------------
KO.update({
    "X must be one sample (1-D) or a batch (2-D); got shape {shape}":
        "X는 샘플 하나(1차원)이거나 배치(2차원)여야 합니다. 받은 모양: {shape}",
    "y must hold one label per sample, shape {expected}; got {shape}":
        "y에는 샘플마다 레이블이 하나씩 있어야 합니다(모양 {expected}). 받은 모양: {shape}",
    "labels y must lie in [0, 1]; got values in [{low:g}, {high:g}]":
        "레이블 y는 [0, 1] 안에 있어야 합니다. 받은 값의 범위: [{low:g}, {high:g}]",
    "w must have one weight per feature, shape {expected}; got {shape}":
        "w에는 특성마다 가중치가 하나씩 있어야 합니다(모양 {expected}). 받은 모양: {shape}",
    "alpha (the learning rate) must be finite; got {alpha}":
        "alpha(학습률)는 유한한 수여야 합니다. 받은 값: {alpha}",
    "epochs must be an integer ≥ 0; got {epochs}":
        "epochs는 0 이상의 정수여야 합니다. 받은 값: {epochs}",
    "error_surface needs two features; X has shape {shape}":
        "error_surface에는 특성이 두 개 필요합니다. X의 모양: {shape}",
    "labels must be a 1-D array of integer class labels; got {got}":
        "labels는 정수 클래스 레이블의 1차원 배열이어야 합니다. 받은 값: {got}",
    "labels must be a 1-D array of integer class labels; got shape {shape}, dtype {dtype}":
        "labels는 정수 클래스 레이블의 1차원 배열이어야 합니다. 받은 모양: {shape}, dtype {dtype}",
    "labels must be integers; labels[{i}] is {value}":
        "labels는 정수여야 합니다. labels[{i}]의 값: {value}",
    "labels must lie in [0, {n}) for n_classes={n}; labels[{i}] is {value} (range [{low}, {high}])":
        "n_classes={n}이면 labels는 [0, {n}) 안에 있어야 합니다. labels[{i}]의 값: {value} "
        "(범위 [{low}, {high}])",
    "rng must be a numpy.random.Generator (np.random.default_rng(SEED)); got None":
        "rng에는 numpy.random.Generator(np.random.default_rng(SEED))를 넘겨야 합니다. 받은 값: None",
})

"""Korean for the explorer of notebook 08 (``bpkit.lab``): its controls, tabs, panels, diagram,
step-through and the errors its controls raise."""
KO = {
    # ---- the nets, losses, controls (widgets, presets) ----
    "3-4-2, shared biases b1, b2 (deck 002)": "3-4-2, 층마다 편향 하나 b1, b2 (강의 자료 002)",
    "3-4-2, one bias per unit (deck 003)": "3-4-2, 뉴런마다 편향 (강의 자료 003)",
    "2-2-2, shared biases": "2-2-2, 층마다 편향 하나",
    "2-3-1, one bias per unit (seeded weights)": "2-3-1, 뉴런마다 편향 (시드로 만든 가중치)",
    "MSE ½Σ(t − y)²": "오차제곱합 ½Σ(t − y)²",
    "cross-entropy −Σ[t log y + (1−t) log(1−y)]": "교차 엔트로피 −Σ[t log y + (1−t) log(1−y)]",
    "net": "신경망",
    "activation": "활성화 함수",
    "loss": "손실함수",
    "MSE": "오차제곱합",
    "cross-entropy": "교차 엔트로피",
    "show ∂E/∂w on edges": "연결선에 ∂E/∂w 표시",
    "reset": "초기화",
    "weight": "가중치",
    "value": "값",
    "SGD step": "SGD 한 단계",
    "train N steps": "N단계 학습",
    "◀ back": "◀ 이전",
    "next ▶": "다음 ▶",
    "leave step-through": "단계별 보기 끝내기",
    "weight + nudge": "가중치 + 미세 변화",
    "inputs & targets": "입력과 목표값",
    "step through": "단계별 보기",
    "train": "학습",
    "target{k}": "목표값{k}",
    "E = ? (forward pass not finished)": "E = ? (순전파가 아직 끝나지 않음)",
    " (cross-entropy needs outputs in (0, 1), so the output layer stays sigmoid)":
        " (교차 엔트로피에는 (0, 1) 안의 출력이 필요하므로 출력층은 시그모이드로 둡니다)",
    "hidden layer: <b>{hidden}</b>, output layer: <b>{output}</b>{why}; "
    "loss: <b>{loss}</b>; targets in [0, 1].":
        "은닉층: <b>{hidden}</b>, 출력층: <b>{output}</b>{why}; "
        "손실함수: <b>{loss}</b>; 목표값은 [0, 1] 범위.",
    "Press <b>next ▶</b> to walk through one training step: {phases}.":
        "<b>다음 ▶</b>을 누르면 학습 한 단계를 차례로 따라갑니다: {phases}.",
    "<i>the loss curve appears with the first step</i>":
        "<i>첫 단계를 밟으면 손실 곡선이 나타납니다</i>",
    # ---- panels: δ panel, nudge test, loss curve ----
    "unit": "뉴런",
    "|δ| (log scale)": "|δ| (로그 척도)",
    "layer {l} (output)": "{l}층 (출력층)",
    "layer {l} (hidden)": "{l}층 (은닉층)",
    "mean |δ|": "평균 |δ|",
    "agree": "일치",
    "differ: ε is too large for a straight line": "불일치: 직선으로 보기에는 ε이 너무 큽니다",
    "prediction ∂E/∂w · ε": "예측 ∂E/∂w · ε",
    "real change E(w+ε) − E(w)": "실제 변화 E(w+ε) − E(w)",
    "relative error": "상대 오차",
    "Nudge test for {name}": "{name}의 미세 변화 테스트",
    "E = {E:.4g} after {n} steps": "{n}단계 뒤 E = {E:.4g}",
    "no steps yet": "아직 학습 단계 없음",
    "SGD steps": "SGD 단계",
    # ---- the diagram ----
    "{b} per unit": "{b} 뉴런마다",
    "selected {name} = {value}": "선택: {name} = {value}",
    # ---- the step-through ----
    "inputs x arrive": "입력 x가 들어옴",
    "forward: layer {l} computes net and out": "순전파: {l}층이 net과 out을 계산",
    "backward: δ of layer {l} and ∂E/∂w into it": "역전파: {l}층의 δ와 그 층으로 들어오는 ∂E/∂w",
    "update: w ← w − lr·∂E/∂w (lr = {lr:g})": "업데이트: w ← w − lr·∂E/∂w (lr = {lr:g})",
    "phase {k}/{n}: {name}": "{k}/{n}단계 — {name}",
    "step refused: {reason}": "이 단계는 거부되었습니다: {reason}",
    "phase": "단계 번호(phase)",
    # ---- errors the controls raise (checks, params, explorer_state) ----
    "{what} must be a finite number; got {value!r} ({kind})":
        "{what}: 유한한 수여야 합니다. 받은 값: {value!r} ({kind})",
    "{what} must be a finite number; got {value}": "{what}: 유한한 수여야 합니다. 받은 값: {value}",
    "{what} must be a positive number; got {value!r}": "{what}: 양수여야 합니다. 받은 값: {value!r}",
    "{what} must be an index 0 … {last} ({name}1 … {name}{n} of this net); got {k!r}":
        "{what}: 0 … {last} 사이의 번호여야 합니다 (이 신경망의 {name}1 … {name}{n}). "
        "받은 값: {k!r}",
    "{what} must be a positive integer; got {n!r}": "{what}: 양의 정수여야 합니다. 받은 값: {n!r}",
    "{what} must be an integer or None; got {k!r}":
        "{what}: 정수 또는 None이어야 합니다. 받은 값: {k!r}",
    "a parameter is named by a ParamRef, e.g. ParamRef('W', 1, 0, 0) for w'_11; got {ref!r}":
        "매개변수는 ParamRef로 가리킵니다. 예: w'_11은 ParamRef('W', 1, 0, 0). 받은 값: {ref!r}",
    "{name} is not a parameter of {where}: {why}": "{name}: {where}에 없는 매개변수입니다. {why}",
    "layer must be 0 … {last}": "layer는 0 … {last} 범위여야 합니다",
    "weights[{l}] has i in 0 … {last_i} and j in 0 … {last_j}":
        "weights[{l}]의 i는 0 … {last_i}, j는 0 … {last_j}입니다",
    "kind must be 'W' (a weight) or 'b' (a bias)":
        "kind는 'W'(가중치)와 'b'(편향) 가운데 하나여야 합니다",
    "it has no biases": "이 신경망에는 편향이 없습니다",
    "a bias has no i": "편향에는 i가 없습니다",
    "layer {l} shares one bias, named with j=None":
        "{l}번 층은 편향 하나를 함께 쓰므로 j=None으로 가리킵니다",
    "biases[{l}] has one bias per unit, j in 0 … {last}":
        "biases[{l}]에는 뉴런마다 편향이 있습니다. j는 0 … {last} 범위입니다",
    "this backward record": "이 역전파 기록",
    "input index i": "입력 번호 i",
    "target": "목표값",
    "target index k": "목표값 번호 k",
    "amount": "올리는 양(amount)",
}

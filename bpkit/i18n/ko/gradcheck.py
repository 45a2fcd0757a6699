"""Korean for the gradient check (bpkit.gradcheck), the bug zoo and the finite-difference figure
(notebook 09)."""
KO = {
    # bpkit/gradcheck.py: the report table and the errors check_gradients can raise
    "parameter": "매개변수",
    "shape": "모양",
    "max rel. error": "최대 상대 오차",
    "max abs. error": "최대 절대 오차",
    "verdict": "판정",
    "ok": "정상",
    "check": "확인 필요",
    "wrong": "틀림",
    "scalar": "스칼라",
    "net must be a bpkit.MLP; got {type}": "net은 bpkit.MLP여야 합니다. 받은 것: {type}",
    "gradient checks need float64 (in float32 the differences lose their digits); use a float64 "
    "copy of the net":
        "기울기 검증은 float64에서 해야 합니다(float32에서는 차분이 유효숫자를 대부분 잃습니다). "
        "신경망을 float64로 복사해서 쓰세요",
    "backward must be a function backward(net, X, T) -> (dW, db); got {backward!r}":
        "backward는 backward(net, X, T) -> (dW, db) 꼴의 함수여야 합니다. 받은 것: {backward!r}",
    "the analytic gradients {what} must be a list of {n} arrays; got {given}":
        "해석적 기울기 {what}는 배열 {n}개의 리스트여야 합니다. 받은 것: {given}",
    "the analytic gradient for {name} has shape {shape}; the parameter has shape {want}":
        "{name}의 해석적 기울기는 모양이 {shape}인데, 매개변수의 모양은 {want}입니다",
    # bpkit/lessons/bugzoo.py
    "the bug zoo works on nets with one bias per unit; got bias={bias!r}":
        "버그 동물원은 뉴런마다 편향이 하나씩 있는 신경망에서만 동작합니다. 받은 값: bias={bias!r}",
    "transposed_weight needs a square weight matrix above the first layer (weights shapes "
    "{shapes}); use bugzoo.zoo_case":
        "transposed_weight에는 첫 층보다 위에 정사각 가중치 행렬이 있어야 합니다(가중치 모양 "
        "{shapes}). bugzoo.zoo_case를 쓰세요",
    "deck 003, no bug": "강의 자료 003 그대로, 버그 없음",
    "hidden δ_j = ∂y_j (no f'(u_j))": "은닉층 δ_j = ∂y_j (f'(u_j)가 빠짐)",
    "∂y = δ·W instead of δ·Wᵀ (square W)": "δ·Wᵀ 대신 ∂y = δ·W (정사각 W)",
    "output δ from (t − y)": "출력층 δ를 (t − y)로 계산",
    "∂b = mean of δ, not the sum": "∂b = δ의 합이 아니라 평균",
    "gradient of the sum, loss is the mean": "합의 기울기를 계산(손실은 평균)",
    "none": "없음",
    # bpkit/figures/difference_errors.py: the log-log plot of notebook 09
    "slope 1: O(h)": "기울기 1: O(h)",
    "slope 2: O(h²)": "기울기 2: O(h²)",
    "step h": "간격 h",
    "|difference − exact derivative|": "|차분 근삿값 − 정확한 미분값|",
    "h (the nudge)": "h(조금 움직이는 크기)",
    "the analytic gradient for {name}": "{name}의 해석적 기울기",
}

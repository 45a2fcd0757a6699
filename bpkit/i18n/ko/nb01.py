"""Korean for notebook 01 (gradient descent on one neuron): its exercise feedback
(bpkit.exercises.nb01) and the text its code cells print."""
KO: dict = {}

# ---- exercise feedback (bpkit.exercises.nb01) ----------------------------------------------
KO.update({
    "The weights are right, but the bias has no input to multiply by: b ← b + α(y − ŷ), "
    "without x.":
        "가중치는 맞지만, 편향에는 곱할 입력이 없습니다: x 없이 b ← b + α(y − ŷ)입니다.",
    "The weights are right, but the bias must move too: b ← b + α(y − ŷ).":
        "가중치는 맞지만, 편향도 함께 바뀌어야 합니다: b ← b + α(y − ŷ).",
    "Not yet: the sign is flipped: (y − ŷ) is already minus the slope, so ADD α(y − ŷ)x "
    "(you stepped uphill on E).":
        "아직 정답이 아닙니다: 부호가 반대입니다. (y − ŷ)가 이미 기울기에 마이너스를 붙인 값이므로 "
        "α(y − ŷ)x를 더해야 합니다 (지금은 E의 오르막으로 한 걸음 갔습니다).",
    "Not yet: the weight update misses the input: each wᵢ moves by α(y − ŷ)·xᵢ.":
        "아직 정답이 아닙니다: 가중치 업데이트에 입력이 빠졌습니다. 각 wᵢ는 α(y − ŷ)·xᵢ만큼 움직입니다.",
    "Not yet: the learning rate α is missing: the step is α(y − ŷ)x.":
        "아직 정답이 아닙니다: 학습률 α가 빠졌습니다. 한 걸음의 크기는 α(y − ŷ)x입니다.",
    "Not yet: ŷ is the sigmoid of the weighted sum, σ(w·x + b), not the sum itself.":
        "아직 정답이 아닙니다: ŷ는 가중합 자체가 아니라 가중합의 시그모이드 σ(w·x + b)입니다.",
    "example {n} (x = {x}, y = {y:g}, α = {alpha:g})": "예 {n} (x = {x}, y = {y:g}, α = {alpha:g})",
    "return a pair (w_new, b_new): the new weights and the new bias":
        "(w_new, b_new) 한 쌍, 즉 새 가중치와 새 편향을 반환하세요",
    "b_new (one number: the bias)": "b_new(숫자 하나: 편향)",
    "The weights are right, but check the bias: b ← b + α(y − ŷ).":
        "가중치는 맞습니다. 편향을 확인하세요: b ← b + α(y − ŷ).",
    "Not yet: compute ŷ = σ(w·x + b) (bp.sigmoid), then w + α(y − ŷ)x and b + α(y − ŷ) "
    "(the right (w_new, b_new) on {label}: {right}).":
        "아직 정답이 아닙니다: 먼저 ŷ = σ(w·x + b)를 계산하고(bp.sigmoid), 그다음 w + α(y − ŷ)x와 "
        "b + α(y − ŷ)를 계산하세요 ({label}에서 올바른 (w_new, b_new): {right}).",
    "Right: w ← w + α(y − ŷ)x and b ← b + α(y − ŷ), one step downhill on the log-loss "
    "(−α ∂E/∂w).":
        "정답입니다: w ← w + α(y − ŷ)x, b ← b + α(y − ŷ)는 로그 손실(log-loss)의 내리막으로 "
        "한 걸음(−α ∂E/∂w) 가는 것입니다.",
    "Not yet: the minus sign is missing: log of a number below 1 is negative, and E must be ≥ 0.":
        "아직 정답이 아닙니다: 마이너스 부호가 빠졌습니다. 1보다 작은 수의 로그는 음수인데, "
        "E는 0 이상이어야 합니다.",
    "Not yet: the second term −(1 − y) log(1 − ŷ) is missing: without it a rejected applicant "
    "(y = 0) never costs anything.":
        "아직 정답이 아닙니다: 둘째 항 −(1 − y) log(1 − ŷ)가 빠졌습니다. 이 항이 없으면 불합격한 "
        "지원자(y = 0)에게서는 오차가 전혀 생기지 않습니다.",
    "Not yet: the second term takes log(1 − ŷ), not log ŷ.":
        "아직 정답이 아닙니다: 둘째 항에는 log ŷ가 아니라 log(1 − ŷ)가 들어갑니다.",
    "Not yet: that is the squared error ½(y − ŷ)² (deck 002); deck 001 uses the log-loss.":
        "아직 정답이 아닙니다: 그것은 제곱 오차 ½(y − ŷ)²입니다(강의 자료 002). 강의 자료 001은 "
        "로그 손실을 씁니다.",
    "Not yet: E came out negative; the log-loss is ≥ 0.":
        "아직 정답이 아닙니다: E가 음수로 나왔습니다. 로그 손실은 0 이상입니다.",
    "Not yet: E = −y·log(ŷ) − (1 − y)·log(1 − ŷ), with np.log.":
        "아직 정답이 아닙니다: np.log로 E = −y·log(ŷ) − (1 − y)·log(1 − ŷ)를 계산하세요.",
    "return one number, E": "숫자 하나, E를 반환하세요",
    "Right: E = −y log ŷ − (1 − y) log(1 − ŷ); it is small when ŷ is near y and grows without "
    "bound as ŷ moves to the wrong end.":
        "정답입니다: E = −y log ŷ − (1 − y) log(1 − ŷ). ŷ가 y에 가까우면 작고, ŷ가 반대쪽 끝으로 "
        "갈수록 한없이 커집니다.",
})

# ---- what notebook 01's code cells print ---------------------------------------------------
KO.update({
    "applicant": "지원자",
    "the first {k} of {n} applicants; {admitted} were admitted":
        "지원자 {n}명 중 처음 {k}명 (합격자는 {admitted}명)",
    "ŷ = σ(w·x + b) for the starting weights": "출발 가중치에서의 ŷ = σ(w·x + b)",
    "error if y = 1": "y = 1일 때 오차",
    "error if y = 0": "y = 0일 때 오차",
    "the log-loss of one applicant": "지원자 한 명의 로그 손실",
    "SymPy: ∂E/∂wᵢ = −(y − ŷ)·xᵢ and ∂E/∂b = −(y − ŷ), so w − α·∂E/∂w = w + α(y − ŷ)x: "
    "deck 001's rule is gradient descent.":
        "SymPy: ∂E/∂wᵢ = −(y − ŷ)·xᵢ, ∂E/∂b = −(y − ŷ)이므로 w − α·∂E/∂w = w + α(y − ŷ)x. "
        "강의 자료 001의 규칙은 경사하강법입니다.",
    "deck 001's rule:   w = ({w1:.6f}, {w2:.6f})": "강의 자료 001의 규칙:       w = ({w1:.6f}, {w2:.6f})",
    "w − α·∂E/∂w (FD):  w = ({w1:.6f}, {w2:.6f})": "w − α·∂E/∂w (수치 미분):  w = ({w1:.6f}, {w2:.6f})",
    "w₁ goes up (+)": "w₁ 증가 (+)",
    "w₁ goes down (−)": "w₁ 감소 (−)",
    "step −α·∂E/∂w₁": "한 걸음 −α·∂E/∂w₁",
    "so": "그래서",
    "the step always points downhill, against the sign of the slope":
        "한 걸음은 언제나 기울기 부호의 반대쪽, 곧 내리막을 향합니다",
    "accuracy": "정확도",
    "the neuron after some epochs": "몇 에포크 뒤의 뉴런",
    "E after 40 epochs": "40 에포크 뒤의 E",
    "first epoch with E < {e:.3f}": "E < {e:.3f}가 된 첫 에포크",
    "epochs where E went up": "E가 올라간 에포크 수",
    "verdict": "판정",
    "never": "없음",
    "too small: crawls": "너무 작음: 느릿느릿 기어감",
    "suitable": "알맞음",
    "too large: overshoots, oscillates": "너무 큼: 지나쳐서 진동함",
    "same data, same start; the lowest E of all runs is {e:.3f}":
        "같은 데이터, 같은 출발점; 모든 실행 중 가장 낮은 E는 {e:.3f}",
    "as written, W0 @ x fails:": "슬라이드대로 쓰면 W0 @ x가 실패합니다:",
    "shapes that work: W0ᵀ {w0} @ x {x} → h {h}; W1ᵀ {w1} @ [h, 1] {h1} → ŷ {y}":
        "맞는 모양: W0ᵀ {w0} @ x {x} → h {h}; W1ᵀ {w1} @ [h, 1] {h1} → ŷ {y}",
    "ŷ by the fixed slide formula = {y:.6f} = bpkit's net.predict":
        "고친 슬라이드 식의 ŷ = {y:.6f} = bpkit의 net.predict",
})

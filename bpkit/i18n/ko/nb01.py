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

# ---- predictions (bpkit.exercises.nb01.PREDICTIONS) ----------------------------------------
KO.update({
    "That is w·x + b itself; ŷ is its sigmoid, σ(w·x + b) = 1/(1 + e^(−(w·x + b))).":
        "그것은 w·x + b 자체입니다. ŷ는 그 값의 시그모이드 σ(w·x + b) = 1/(1 + e^(−(w·x + b)))입니다.",
    "You left out the bias b = 1: ŷ = σ(w₁x₁ + w₂x₂ + b).":
        "편향 b = 1이 빠졌습니다: ŷ = σ(w₁x₁ + w₂x₂ + b)입니다.",
    "That is 1 − ŷ: σ(z) = 1/(1 + e^(−z)), with a minus in the exponent.":
        "그것은 1 − ŷ입니다. σ(z) = 1/(1 + e^(−z))이고, 지수에 마이너스가 붙습니다.",
    "The weights are swapped: w₁ = −1 goes with x₁ and w₂ = 2 with x₂.":
        "가중치가 뒤바뀌었습니다. w₁ = −1은 x₁에, w₂ = 2는 x₂에 곱합니다.",
    "The sign is flipped: Δw₁ = +α(y − ŷ)x₁. Here y − ŷ < 0 and x₁ < 0, so w₁ goes UP.":
        "부호가 반대입니다. Δw₁ = +α(y − ŷ)x₁입니다. 여기서는 y − ŷ < 0이고 x₁ < 0이므로 w₁은 "
        "올라갑니다.",
    "The input is missing: Δw₁ = α(y − ŷ)·x₁, not α(y − ŷ) (that is Δb).":
        "입력이 빠졌습니다. Δw₁은 α(y − ŷ)가 아니라 α(y − ŷ)·x₁입니다(α(y − ŷ)는 Δb입니다).",
    "The learning rate is missing: Δw₁ = α(y − ŷ)x₁ with α = 0.5.":
        "학습률이 빠졌습니다: α = 0.5일 때 Δw₁ = α(y − ŷ)x₁입니다.",
    "That uses x₂; w₁ moves with its own input x₁.":
        "그것은 x₂를 썼습니다. w₁은 자기 입력 x₁에 따라 움직입니다.",
    "steps this large jump across the valley of E: E goes up on some epochs and does not "
    "settle at the bottom.":
        "이렇게 큰 걸음은 E의 골짜기를 건너뛰어 버립니다. 몇몇 에포크에서 E가 올라가고, 바닥에 "
        "자리를 잡지 못합니다.",
    "a larger step is not always better: with α = 60 a step jumps across the valley of E, so "
    "E goes up on some epochs.":
        "걸음이 크다고 늘 좋은 것은 아닙니다. α = 60이면 한 걸음이 E의 골짜기를 건너뛰므로 몇몇 "
        "에포크에서 E가 올라갑니다.",
    "crawling is what a too SMALL step does (α = 0.3); α = 60 takes huge steps, which jump "
    "across the valley of E.":
        "느릿느릿 기어가는 것은 걸음이 너무 작을 때(α = 0.3)입니다. α = 60은 아주 큰 걸음이라 "
        "E의 골짜기를 건너뜁니다.",
})

# ---- exercise 3: most_influential ------------------------------------------------------------
KO.update({
    "Not yet: that applicant has the largest error |ŷ − y|, but the gradient (ŷ − y)·x is "
    "also scaled by x: another applicant, less wrong but with larger scores, moves w more. "
    "Take the length of (ŷ − y)·x.":
        "아직 정답이 아닙니다: 그 지원자는 오차 |ŷ − y|가 가장 크지만, 기울기 (ŷ − y)·x에는 x도 "
        "곱해집니다. 덜 틀렸어도 점수가 더 큰 다른 지원자가 w를 더 많이 움직입니다. "
        "(ŷ − y)·x의 길이를 구하세요.",
    "Not yet: that applicant is the farthest from the origin, but its error ŷ − y is "
    "smaller: another applicant, nearer but more wrong, moves w more. Both factors count: "
    "(ŷ − y) and x.":
        "아직 정답이 아닙니다: 그 지원자는 원점에서 가장 멀지만 오차 ŷ − y가 더 작습니다. 더 "
        "가깝지만 더 크게 틀린 다른 지원자가 w를 더 많이 움직입니다. (ŷ − y)와 x, 두 인자가 "
        "모두 중요합니다.",
    "Not yet: that applicant's gradient is the SMALLEST of all (the neuron nearly gets it "
    "right, or its scores are near 0): look for the largest ‖(ŷ − y)·x‖.":
        "아직 정답이 아닙니다: 그 지원자의 기울기는 모두 중에서 가장 작습니다(뉴런이 거의 "
        "맞히거나, 점수가 0에 가깝습니다). 가장 큰 ‖(ŷ − y)·x‖를 찾으세요.",
    "Not yet: ŷ is σ(w·x + b), not w·x + b; with the sigmoid the error ŷ − y stays between "
    "−1 and 1.":
        "아직 정답이 아닙니다: ŷ는 w·x + b가 아니라 σ(w·x + b)입니다. 시그모이드를 거치면 오차 "
        "ŷ − y는 −1과 1 사이에 있습니다.",
    "Not yet: that looks like np.argmax of the whole (n, 2) array of gradients, which counts "
    "its entries one by one: take the length of each row first, np.linalg.norm(G, axis=1).":
        "아직 정답이 아닙니다: 기울기의 (n, 2) 배열 전체에 np.argmax를 쓴 것 같습니다. 그러면 "
        "원소를 하나씩 따로 셉니다. 먼저 행마다 길이를 구하세요: np.linalg.norm(G, axis=1).",
    "data set {n} ({k} applicants)": "데이터 {n} (지원자 {k}명)",
    "Not yet: {got:g} is not an index of {label}: return i, a whole number from 0 to {last}, "
    "for the row X[i].":
        "아직 정답이 아닙니다: {label}의 인덱스가 아닌 값({got:g})을 반환했습니다. 행 X[i]를 "
        "가리키는, 0부터 {last}까지의 정수 i를 반환하세요.",
    "Not yet: on {label} the lengths ‖(ŷ − y)·x‖ are {lengths}; your index {got:g} is not the "
    "largest.":
        "아직 정답이 아닙니다: {label}에서 길이 ‖(ŷ − y)·x‖는 {lengths}입니다. 반환한 인덱스 "
        "{got:g}는 가장 큰 것이 아닙니다.",
    "return one index i (a whole number), not the point X[i] or all the lengths":
        "점 X[i]나 길이 전체가 아니라 인덱스 i(정수) 하나를 반환하세요",
    "Right: an applicant moves w most when it is both wrong (|ŷ − y| near 1) and far from the "
    "origin (large ‖x‖); one the neuron already gets right contributes almost nothing, however "
    "far it is.":
        "정답입니다: 지원자가 w를 가장 많이 움직이는 것은 크게 틀리고(|ŷ − y|가 1에 가까움) "
        "동시에 원점에서 멀 때(‖x‖가 큼)입니다. 뉴런이 이미 맞히는 지원자는 아무리 멀리 있어도 "
        "거의 기여하지 않습니다.",
})

# ---- notebook 01's new table ------------------------------------------------------------------
KO.update({
    "one step of deck 001's rule on applicant {i} alone (y = {y:g}, ŷ = {y_hat:.4f})":
        "지원자 {i} 한 명에게만 강의 자료 001의 규칙을 한 번 적용 (y = {y:g}, ŷ = {y_hat:.4f})",
})

"""Korean for notebook 02 (the chain rule): its exercise feedback (bpkit.exercises.nb02) and
the text its code cells print."""
KO: dict = {}

# ---- exercise feedback (bpkit.exercises.nb02) ----------------------------------------------
KO.update({
    "Not yet: the two are swapped; w₁ acts first (y = w₁x), so ∂z/∂w₁ carries the later factor "
    "w₂.":
        "아직 정답이 아닙니다: 두 값이 뒤바뀌었습니다. w₁이 먼저 작용하므로(y = w₁x) ∂z/∂w₁에 "
        "나중 인자 w₂가 곱해집니다.",
    "Not yet: ∂y/∂w₁ = x is only the local derivative; multiply by ∂z/∂y = w₂ to reach z "
    "(the chain rule).":
        "아직 정답이 아닙니다: ∂y/∂w₁ = x는 국소 미분일 뿐입니다. z까지 가려면 ∂z/∂y = w₂를 "
        "곱하세요(연쇄법칙).",
    "Not yet: ∂z/∂w₁ is right, but z = w₂·y changes by y per unit of w₂, so ∂z/∂w₂ = y = w₁x, "
    "not w₂.":
        "아직 정답이 아닙니다: ∂z/∂w₁은 맞습니다. 하지만 z = w₂·y는 w₂가 1 늘 때 y만큼 변하므로 "
        "∂z/∂w₂는 w₂가 아니라 y = w₁x입니다.",
    "Not yet: ∂z/∂w₂ = y is right; ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x.":
        "아직 정답이 아닙니다: ∂z/∂w₂ = y는 맞습니다. ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x입니다.",
    "Not yet: ∂z/∂w₁ is right; ∂z/∂w₂ = y = w₁·x.":
        "아직 정답이 아닙니다: ∂z/∂w₁은 맞습니다. ∂z/∂w₂ = y = w₁·x입니다.",
    "Not yet: write z = w₂·(w₁·x) and take each derivative with the other letters fixed "
    "(at {label}: {right}).":
        "아직 정답이 아닙니다: z = w₂·(w₁·x)로 쓰고, 나머지 문자는 고정한 채 하나씩 미분하세요 "
        "({label}에서: {right}).",
    "return two numbers, (∂z/∂w₁, ∂z/∂w₂)": "숫자 두 개 (∂z/∂w₁, ∂z/∂w₂)를 반환하세요",
    "Right: ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x and ∂z/∂w₂ = y = w₁x. At x = 1, w₁ = 3, w₂ = 2 "
    "these are 2 and 3.":
        "정답입니다: ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x, ∂z/∂w₂ = y = w₁x. x = 1, w₁ = 3, w₂ = 2이면 "
        "각각 2와 3입니다.",
    "Not yet: the outer derivative σ'(u) is right, but the inner one is missing: multiply by "
    "g'(x) = w.":
        "아직 정답이 아닙니다: 바깥 함수의 미분 σ'(u)는 맞지만 안쪽 함수의 미분이 빠졌습니다. "
        "g'(x) = w를 곱하세요.",
    "Not yet: σ' must be taken at the inner value u = wx + b, not at x.":
        "아직 정답이 아닙니다: σ'은 x가 아니라 안쪽 값 u = wx + b에서 계산해야 합니다.",
    "Not yet: σ' must be taken at u = wx + b, and the inner derivative w is missing.":
        "아직 정답이 아닙니다: σ'은 u = wx + b에서 계산해야 하고, 안쪽 미분 w도 빠졌습니다.",
    "Not yet: the inner derivative of u = wx + b with respect to x is w, not x (x is what "
    "∂u/∂w would give).":
        "아직 정답이 아닙니다: u = wx + b를 x로 미분하면 x가 아니라 w입니다(x는 ∂u/∂w의 "
        "값입니다).",
    "Not yet: σ'(u) = σ(u)(1 − σ(u)), with a minus.":
        "아직 정답이 아닙니다: σ'(u) = σ(u)(1 − σ(u))입니다. 더하기가 아니라 빼기입니다.",
    "Not yet: σ'(u) is σ(u)(1 − σ(u)), not σ(u).":
        "아직 정답이 아닙니다: σ'(u)는 σ(u)가 아니라 σ(u)(1 − σ(u))입니다.",
    "return one number, dσ(wx + b)/dx": "숫자 하나, dσ(wx + b)/dx를 반환하세요",
    "Not yet: with u = w·x + b, the answer is σ(u)·(1 − σ(u))·w (use bp.sigmoid).":
        "아직 정답이 아닙니다: u = w·x + b라 하면 답은 σ(u)·(1 − σ(u))·w입니다(bp.sigmoid를 "
        "쓰세요).",
    "Right: F'(x) = f'(g(x))·g'(x) = σ(u)(1 − σ(u))·w with u = wx + b.":
        "정답입니다: u = wx + b일 때 F'(x) = f'(g(x))·g'(x) = σ(u)(1 − σ(u))·w입니다.",
})

# ---- what notebook 02's code cells print ---------------------------------------------------
KO.update({
    "equal in every row (asserted)": "모든 행에서 같음 (assert로 확인)",
    "SymPy: d σ(wx + b)/dx = σ(u)(1 − σ(u)) · w with u = wx + b":
        "SymPy: u = wx + b일 때 d σ(wx + b)/dx = σ(u)(1 − σ(u)) · w",
    "at x = 0.5, w = 2, b = −0.3: {value:.6f} (central difference {fd:.6f})":
        "x = 0.5, w = 2, b = −0.3에서: {value:.6f} (중심 차분 {fd:.6f})",
    "dz/dx, central difference": "dz/dx, 중심 차분",
    "deck 001's example at x = 1": "x = 1에서 본 강의 자료 001의 예",
    "row": "행",
    "deck 001's ∇E for x = (0.4, −0.8), y = 1; each entry equals its central difference":
        "x = (0.4, −0.8), y = 1에 대한 강의 자료 001의 ∇E; 모든 원소가 중심 차분과 같음",
    "nine nudges of ε = {eps:g}: ∂E/∂w · ε matches the actual ΔE, relative difference "
    "≤ {worst:.0e}":
        "가중치 아홉 개를 하나씩 ε = {eps:g}만큼 바꿈: ∂E/∂w · ε가 실제 ΔE와 맞음, "
        "상대 차이 ≤ {worst:.0e}",
    "four factors: {factors}": "네 인자: {factors}",
    "their product {p:.6f} = bpkit's ∂E/∂W⁰₁₁": "네 인자의 곱 {p:.6f} = bpkit의 ∂E/∂W⁰₁₁",
    "d σ(3x)/dx at x = 1:    {value:.6f}  = σ'(3)·3, the chain rule's product":
        "x = 1에서 d σ(3x)/dx:    {value:.6f}  = σ'(3)·3, 연쇄법칙의 곱",
    "d [σ(x)·3x]/dx at x = 1: {value:.6f}  (a product of functions: another thing)":
        "x = 1에서 d [σ(x)·3x]/dx: {value:.6f}  (함수의 곱: 전혀 다른 것)",
})

# ---- predictions (bpkit.exercises.nb02.PREDICTIONS) ----------------------------------------
KO.update({
    "The inner derivative is missing: multiply f'(g(x)) = 3(x² + 1)² by g'(x) = 2x.":
        "안쪽 함수의 미분이 빠졌습니다. f'(g(x)) = 3(x² + 1)²에 g'(x) = 2x를 곱하세요.",
    "f' is taken at x, not at g(x) = x² + 1 = 5: F'(x) = f'(g(x))·g'(x).":
        "f'을 g(x) = x² + 1 = 5가 아니라 x에서 계산했습니다. F'(x) = f'(g(x))·g'(x)입니다.",
    "That multiplies by g(2) = 5; the chain rule multiplies by the derivative g'(2) = 4.":
        "그것은 g(2) = 5를 곱한 값입니다. 연쇄법칙에서는 도함수의 값 g'(2) = 4를 곱합니다.",
    "That is (g'(x))³; the chain rule is f'(g(x))·g'(x) = 3(x² + 1)²·2x.":
        "그것은 (g'(x))³입니다. 연쇄법칙은 f'(g(x))·g'(x) = 3(x² + 1)²·2x입니다.",
    "That is ∂z/∂w₂ = y: w₁ acts first (y = w₁x), so ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = w₂·x.":
        "그것은 ∂z/∂w₂ = y입니다. w₁이 먼저 작용하므로(y = w₁x) ∂z/∂w₁ = ∂z/∂y · ∂y/∂w₁ = "
        "w₂·x입니다.",
    "∂y/∂w₁ = x is only the local derivative; multiply by ∂z/∂y = w₂ to reach z.":
        "∂y/∂w₁ = x는 국소 미분일 뿐입니다. z까지 가려면 ∂z/∂y = w₂를 곱하세요.",
    "That is dz/dx = w₁·w₂, the derivative with respect to the input x, not to w₁.":
        "그것은 dz/dx = w₁·w₂, 곧 w₁이 아니라 입력 x에 대한 미분입니다.",
    "That is the first-order prediction ∂z/∂w₁·Δw₁ + ∂z/∂w₂·Δw₂; the actual change also has "
    "the cross term Δw₁·Δw₂·x. Compute z = w₂·w₁·x with both new weights.":
        "그것은 1차 근사 예측 ∂z/∂w₁·Δw₁ + ∂z/∂w₂·Δw₂입니다. 실제 변화에는 교차항 Δw₁·Δw₂·x도 "
        "들어갑니다. 새 가중치 두 개로 z = w₂·w₁·x를 계산해 보세요.",
    "That is the change when ONE weight is raised; raise both, w₁ = 3.3 and w₂ = 2.2.":
        "그것은 가중치 하나만 올렸을 때의 변화입니다. 둘 다 올려 w₁ = 3.3, w₂ = 2.2로 두세요.",
    "That is z after the nudge; the question asks for the change of z, z_new − z_old.":
        "그것은 올린 뒤의 z입니다. 묻는 것은 z의 변화량 z_new − z_old입니다.",
    "That is only the cross term Δw₁·Δw₂·x; add the two first-order terms.":
        "그것은 교차항 Δw₁·Δw₂·x뿐입니다. 1차 항 두 개를 더하세요.",
})

# ---- exercise 3: most_sensitive ----------------------------------------------------------------
KO.update({
    "that is the LARGEST factor. ∂z/∂v is the product of the OTHER two factors, so the largest "
    "factor has the smallest derivative; the smallest factor (in size) moves z the most.":
        "그것은 가장 큰 인자입니다. ∂z/∂v는 나머지 두 인자의 곱이므로, 가장 큰 인자의 미분이 "
        "가장 작습니다. 크기가 가장 작은 인자가 z를 가장 많이 움직입니다.",
    "that has the largest derivative as a signed number; compare sizes |∂z/∂v|: a large "
    "negative derivative moves z as much as a large positive one.":
        "그것은 부호까지 따졌을 때 미분이 가장 큰 것입니다. 크기 |∂z/∂v|를 비교하세요. 크기가 큰 "
        "음수 미분도 크기가 같은 양수 미분만큼 z를 움직입니다.",
    "that is the most negative factor; compare sizes |·|, not signed values, and remember "
    "that ∂z/∂v is the product of the OTHER two factors.":
        "그것은 가장 작은 음수 인자입니다. 부호가 붙은 값이 아니라 크기 |·|를 비교하고, ∂z/∂v는 "
        "나머지 두 인자의 곱이라는 점을 기억하세요.",
    "Not yet: return the name as text, \"x\", \"w1\" or \"w2\"; got {kind} {result!r}.":
        "아직 정답이 아닙니다: 이름을 문자열 \"x\", \"w1\", \"w2\" 중 하나로 반환하세요. "
        "받은 값: {kind} {result!r}.",
    "Not yet: {result!r} is not one of \"x\", \"w1\", \"w2\".":
        "아직 정답이 아닙니다: {result!r}은(는) \"x\", \"w1\", \"w2\" 중 하나가 아닙니다.",
    "Not yet: you answer {name!r} every time; at {label} the derivatives are {shown}. The "
    "answer depends on x, w₁ and w₂.":
        "아직 정답이 아닙니다: 매번 같은 답({name!r})입니다. {label}에서 미분은 {shown}입니다. "
        "답은 x, w₁, w₂에 따라 달라집니다.",
    "Not yet: at {label}, {hint}": "아직 정답이 아닙니다: {label}에서 보면, {hint}",
    "Not yet: at {label} the derivatives are {shown}; {name!r} does not have the largest "
    "|∂z/∂v|.":
        "아직 정답이 아닙니다: {label}에서 미분은 {shown}입니다. {name!r}의 |∂z/∂v|는 가장 크지 "
        "않습니다.",
    "Right: in a product each factor's derivative is the product of the others, so the "
    "smallest factor (in size) is the one z is most sensitive to; a factor of 0 makes every "
    "OTHER derivative 0.":
        "정답입니다: 곱에서는 각 인자에 대한 미분이 나머지 인자들의 곱이므로, 크기가 가장 작은 "
        "인자에 z가 가장 민감합니다. 인자 하나가 0이면 나머지 인자들에 대한 미분이 모두 0이 "
        "됩니다.",
})

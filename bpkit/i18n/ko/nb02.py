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

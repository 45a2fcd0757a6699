"""Korean for notebook 03 (deck 000): its exercise checks (``bpkit.exercises.nb03``), the
saturation figure (``bpkit.figures.deltas``) and the lines its code cells print."""
KO = {
    # bpkit.figures.deltas: no $…$ around Hangul (mathtext has no font fallback: Unicode instead)
    "sigmoid + cross-entropy: $y - t$": "시그모이드 + 교차 엔트로피: y − t",
    "sigmoid + MSE: $(y - t)\\,y(1 - y)$": "시그모이드 + 오차제곱합: (y − t)·y(1 − y)",
    "pre-activation $s$": "가중합 s",
    "saturated and wrong": "포화되었고 틀린 구간",
    "output $\\delta = \\partial E / \\partial s$": "출력층 δ = ∂E/∂s",
    "output δ, target t = {t:g}": "출력층 δ, 목표값 t = {t:g}",
    "$|\\delta|$ (log scale)": "|δ| (로그 눈금)",
    "how big a step the unit gets": "뉴런이 받는 수정량의 크기",
    # bpkit.exercises.nb03
    "deck 000's grid": "강의 자료 000의 격자",
    "a second, random grid": "두 번째 무작위 격자",
    "not {name} yet: at y = {y:.4g}, t = {t:.4g} your function gives {got:.4g}, {name} is {right:.4g}. {what}":
        "{name}의 값이 아직 다릅니다: y = {y:.4g}, t = {t:.4g}에서 여러분의 함수는 {got:.4g}, 올바른 {name}의 값은 {right:.4g}입니다. {what}",
    "your ∂E/∂y divides the second term by y; it must be 1 − y (the slide's typo: d/dy log(1 − y) = −1/(1 − y))":
        "∂E/∂y의 두 번째 항을 y로 나누었습니다. 1 − y로 나누어야 합니다(슬라이드의 오타: d/dy log(1 − y) = −1/(1 − y))",
    "the sign is flipped: E has a minus in front, so ∂E/∂y = −t/y + (1 − t)/(1 − y)":
        "부호가 반대입니다: E 앞에 마이너스가 있으므로 ∂E/∂y = −t/y + (1 − t)/(1 − y)",
    "the second term has the wrong sign: the chain rule on log(1 − y) gives a factor −1, which cancels E's leading minus: + (1 − t)/(1 − y)":
        "두 번째 항의 부호가 틀렸습니다: log(1 − y)에 연쇄법칙을 쓰면 −1이 곱해지고, 이것이 E 앞의 마이너스와 상쇄되어 + (1 − t)/(1 − y)가 됩니다",
    "only the first term: log(1 − y) in E depends on y too, it adds (1 − t)/(1 − y)":
        "첫 번째 항만 있습니다: E의 log(1 − y)도 y에 의존하므로 (1 − t)/(1 − y)가 더해집니다",
    "that is ∂E/∂s, the δ after multiplying by σ'(s) = y(1 − y); ∂E/∂y itself is (y − t)/(y(1 − y))":
        "그것은 σ'(s) = y(1 − y)를 곱한 뒤의 δ, 즉 ∂E/∂s입니다. ∂E/∂y 자체는 (y − t)/(y(1 − y))입니다",
    "the denominator misses the factor (1 − y): ∂E/∂y = (y − t)/(y(1 − y))":
        "분모에 인수 (1 − y)가 빠졌습니다: ∂E/∂y = (y − t)/(y(1 − y))",
    "Differentiate each log term (step ②).": "로그 항을 하나씩 미분해 보세요(②단계).",
    "Right: ∂E/∂y = −t/y + (1 − t)/(1 − y) = (y − t)/(y(1 − y)). Times σ' = y(1 − y) it collapses to y − t.":
        "정답입니다: ∂E/∂y = −t/y + (1 − t)/(1 − y) = (y − t)/(y(1 − y)). 여기에 σ' = y(1 − y)를 곱하면 y − t로 간단해집니다.",
    "your δ_O misses the factor out(1 − out), σ'(net) of the output unit: that simple form y − t belongs to sigmoid + cross-entropy":
        "δ_O에 출력 뉴런의 σ'(net)인 인수 out(1 − out)가 빠졌습니다: y − t라는 간단한 형태는 시그모이드 + 교차 엔트로피의 것입니다",
    "the sign is flipped: ∂E/∂out = −(target − out) = out − target":
        "부호가 반대입니다: ∂E/∂out = −(target − out) = out − target",
    "you applied σ' to out: σ'(net) = σ(net)(1 − σ(net)) = out(1 − out), so use out itself, not σ(out)":
        "out에 σ'를 적용했습니다: σ'(net) = σ(net)(1 − σ(net)) = out(1 − out)이므로 σ(out)이 아니라 out을 그대로 쓰세요",
    "a factor 2 too many: the ½ in E = ½(target − out)² cancels the 2 of the square":
        "인수 2가 더 붙었습니다: E = ½(target − out)²의 ½이 제곱에서 나오는 2와 약분됩니다",
    "the factor (1 − out) of σ' = out(1 − out) is missing":
        "σ' = out(1 − out)의 인수 (1 − out)가 빠졌습니다",
    "only σ'(net) = out(1 − out): multiply by ∂E/∂out = out − target":
        "σ'(net) = out(1 − out)만 있습니다: ∂E/∂out = out − target을 곱하세요",
    "Right: δ_O = (out − target)·out(1 − out). The factor out(1 − out) is what makes it vanish when the unit saturates.":
        "정답입니다: δ_O = (out − target)·out(1 − out). 뉴런이 포화되면 바로 이 인수 out(1 − out) 때문에 δ가 사라집니다.",
    "return one SymPy expression in y (such as y*(1 - y)); got {type}":
        "y에 대한 SymPy 식 하나를 반환하세요(예: y*(1 - y)). 반환된 것: {type}",
    "write the answer with y only (y stands for tanh(x)); it also uses {names}":
        "답을 y만으로 쓰세요(y는 tanh(x)를 뜻합니다). 답에 {names}도 쓰였습니다",
    "your answer {expr} does not depend on y: the slope of tanh changes with y (it is 1 at y = 0 and 0 as y → ±1)":
        "답 {expr}이(가) y에 의존하지 않습니다: tanh의 기울기는 y에 따라 달라집니다(y = 0에서 1, y → ±1이면 0)",
    "that is σ's derivative y(1 − y); differentiate tanh = (e^x − e^−x)/(e^x + e^−x) with the quotient rule":
        "그것은 σ의 도함수 y(1 − y)입니다. tanh = (e^x − e^−x)/(e^x + e^−x)를 몫의 미분법으로 미분하세요",
    "the sign is flipped: tanh' = 1 − y² (it is at most 1, at y = 0)":
        "부호가 반대입니다: tanh' = 1 − y² (최댓값은 y = 0에서 1)",
    "the square is missing: tanh' = 1 − y²": "제곱이 빠졌습니다: tanh' = 1 − y²",
    "the sign is flipped: tanh is increasing, so tanh' = 1 − y² > 0":
        "부호가 반대입니다: tanh는 증가함수이므로 tanh' = 1 − y² > 0",
    "that is the second derivative tanh''; the first is 1 − y²":
        "그것은 이계도함수 tanh''입니다. 일계도함수는 1 − y²입니다",
    "Right: tanh'(x) = 1 − tanh(x)² = 1 − y², the tanh version of σ' = y(1 − y).":
        "정답입니다: tanh'(x) = 1 − tanh(x)² = 1 − y². σ' = y(1 − y)의 tanh 버전입니다.",
    "SymPy cannot compare your answer {expr} with tanh' ({error}); write it as a polynomial in y":
        "SymPy가 답 {expr}을(를) tanh'와 비교하지 못했습니다({error}). y에 대한 다항식으로 쓰세요",
    "at y = 0.5 your expression": "y = 0.5에서 여러분의 식",
    "{why}; tanh' there is 0.75, a real number": "{why}. 그 점에서 tanh'는 실수 0.75입니다",
    "at y = 0.5 your expression gives {value:.4g}; tanh' there is 0.75. Hint: sp.simplify(sp.diff(sp.tanh(x), x)) and replace tanh(x) by y.":
        "y = 0.5에서 여러분의 식은 {value:.4g}인데 tanh'는 0.75입니다. 힌트: sp.simplify(sp.diff(sp.tanh(x), x))를 구한 뒤 tanh(x)를 y로 바꾸세요.",
    # bpkit.exercises.nb03, exercise 4: the signs of the hidden δ
    "you kept only the first output's term (y_1 − t_1)·w_j1, as the slide's line without Σ does: h_j feeds every output, so δh_j has the sign of the whole sum Σ_i (y_i − t_i)·w_ji":
        "첫 번째 출력의 항 (y_1 − t_1)·w_j1만 남겼습니다. Σ가 빠진 슬라이드의 줄과 같은 실수입니다: h_j는 모든 출력으로 이어지므로 δh_j의 부호는 합 전체 Σ_i (y_i − t_i)·w_ji의 부호입니다",
    "every sign is flipped: δh_j = Σ_i (y_i − t_i)·w_ji · h_j(1 − h_j), with a plus; the minus sign belongs to the update w − η·∂E/∂w, not to δ":
        "부호가 모두 반대입니다: δh_j = Σ_i (y_i − t_i)·w_ji · h_j(1 − h_j)에는 마이너스가 없습니다. 마이너스는 δ가 아니라 업데이트 w − η·∂E/∂w에 붙습니다",
    "you counted signs: when the terms (y_i − t_i)·w_ji disagree, the larger one wins, so add the numbers, not their signs":
        "부호의 개수를 세었습니다: 항 (y_i − t_i)·w_ji의 부호가 서로 다르면 크기가 큰 쪽이 이기므로, 부호가 아니라 값을 더하세요",
    "you used the weights alone: each weight w_ji is multiplied by its output's error y_i − t_i, whose sign can turn it around":
        "가중치만 보았습니다: 가중치 w_ji마다 그 출력의 오차 y_i − t_i가 곱해지고, 이 오차의 부호가 방향을 뒤집을 수 있습니다",
    "you used the errors alone: which outputs a hidden unit pushes, and how hard, is given by its own weights w_ji (row j of W)":
        "오차만 보았습니다: 은닉 뉴런이 어느 출력을 얼마나 세게 미는지는 그 뉴런 자신의 가중치 w_ji(W의 j번째 행)가 정합니다",
    "`hidden_delta_signs` should return only signs, +1 or −1 for each hidden unit (np.sign of what decides it); got {got}":
        "`hidden_delta_signs`는 은닉 뉴런마다 부호 +1 또는 −1만 반환해야 합니다(부호를 정하는 값에 np.sign을 쓰세요). 반환된 값: {got}",
    "{what} returned the text {text}; return +1 or −1 for each hidden unit":
        "{what}이(가) 문자열 {text}을(를) 반환했습니다. 은닉 뉴런마다 +1 또는 −1을 반환하세요",
    "hidden unit j = {j}: the terms (y_i − t_i)·w_ji are {terms}, their sum is {total:+.3f}, so δh_j has the sign {right:+d}; your function says {got:+d}":
        "은닉 뉴런 j = {j}: 항 (y_i − t_i)·w_ji는 {terms}이고 합은 {total:+.3f}이므로 δh_j의 부호는 {right:+d}입니다. 여러분의 함수가 준 부호: {got:+d}",
    "Right: σ'(s_j) = h_j(1 − h_j) is positive, so it never changes a sign: δh_j has the sign of Σ_i (y_i − t_i)·w_ji, and when the terms disagree the larger one wins. On all {n} nets your signs are bpkit's.":
        "정답입니다: σ'(s_j) = h_j(1 − h_j)는 양수라서 부호를 바꾸지 못합니다. 그래서 δh_j의 부호는 Σ_i (y_i − t_i)·w_ji의 부호이고, 항들의 부호가 다르면 크기가 큰 쪽이 이깁니다. 신경망 {n}개 모두에서 여러분의 부호가 bpkit의 부호와 같습니다.",
    # bpkit.exercises.nb03: the predictions
    "the step Δw = −η∇E changes E by about ∇E·Δw = −η|∇E|², which is negative, so a small enough step always lowers E.":
        "한 걸음 Δw = −η∇E는 E를 약 ∇E·Δw = −η|∇E|²만큼 바꾸고, 이 값은 음수이므로 충분히 작은 걸음은 언제나 E를 줄입니다.",
    "the step −ηw changes E by about −η∇E·w, and ∇E·w can have either sign: w says where the weights are, not which way E goes up.":
        "한 걸음 −ηw는 E를 약 −η∇E·w만큼 바꾸는데, ∇E·w는 양수일 수도 음수일 수도 있습니다. w는 가중치가 어디에 있는지를 말할 뿐, E가 어느 쪽으로 커지는지는 말해 주지 않습니다.",
    "only one of them is sure to: E changes by about ∇E·Δw, which is −η|∇E|² < 0 for Δw = −η∇E, but −η∇E·w, of either sign, for Δw = −ηw.":
        "둘 중 하나만 확실합니다: E는 약 ∇E·Δw만큼 변하는데, Δw = −η∇E이면 −η|∇E|² < 0이지만 Δw = −ηw이면 부호가 정해지지 않은 −η∇E·w입니다.",
    "E changes by about ∇E·Δw (the cell above); for Δw = −η∇E that is −η|∇E|², never positive.":
        "E는 약 ∇E·Δw만큼 변합니다(위 셀). Δw = −η∇E이면 그 값은 −η|∇E|²이므로 양수가 될 수 없습니다.",
    "that is the slide's ②, −t/y + (1 − t)/y: the derivative of log(1 − y) is −1/(1 − y), so the second denominator is 1 − y.":
        "그것은 슬라이드의 ② −t/y + (1 − t)/y의 값입니다: log(1 − y)의 미분은 −1/(1 − y)이므로 두 번째 분모는 1 − y입니다.",
    "the sign is flipped: E has a minus in front of both logarithms.":
        "부호가 반대입니다: E에는 두 로그 앞에 마이너스가 있습니다.",
    "only the first term: (1 − t) log(1 − y) depends on y too and adds (1 − t)/(1 − y).":
        "첫 번째 항만 계산했습니다: (1 − t) log(1 − y)도 y에 의존하므로 (1 − t)/(1 − y)가 더해집니다.",
    "the second term needs a plus: the chain rule on log(1 − y) gives a factor −1, which cancels E's minus.":
        "두 번째 항은 플러스여야 합니다: log(1 − y)에 연쇄법칙을 쓰면 −1이 곱해지고, 이것이 E 앞의 마이너스와 상쇄됩니다.",
    "that is y − t, the δ after multiplying by σ' = y(1 − y); ∂E/∂y itself is (y − t)/(y(1 − y)).":
        "그것은 σ' = y(1 − y)를 곱한 뒤의 δ인 y − t입니다. ∂E/∂y 자체는 (y − t)/(y(1 − y))입니다.",
    "that is σ(0) = y itself (or e^(−x)/(1 + e^(−x)) without the square); the slope is y(1 − y) = 0.5·(1 − 0.5).":
        "그것은 σ(0) = y 자체(또는 제곱이 빠진 e^(−x)/(1 + e^(−x)))입니다. 기울기는 y(1 − y) = 0.5·(1 − 0.5)입니다.",
    "that is what the slide's ③ gives, e^(−x)/(1 + e^(−x))^(−2): moved into the denominator, the factor (1 + e^(−x))^(−2) of ② becomes (1 + e^(−x))².":
        "그것은 슬라이드의 ③ e^(−x)/(1 + e^(−x))^(−2)가 주는 값입니다: ②의 인수 (1 + e^(−x))^(−2)를 분모로 옮기면 (1 + e^(−x))²가 됩니다.",
    "e^(−x) = 1 at x = 0 is only the numerator: divide it by (1 + e^(−x))² = 4.":
        "x = 0에서 e^(−x) = 1은 분자일 뿐입니다: (1 + e^(−x))² = 4로 나누세요.",
    "∂E/∂w_j1 = (y_1 − t_1)·h_j; a sigmoid output y_1 stays below t_1 = 1, and every h_j = σ(s_j) is positive, so all three are negative, and the update w_j1 − η·∂E/∂w_j1 raises all three weights, pushing y_1 up toward 1.":
        "∂E/∂w_j1 = (y_1 − t_1)·h_j입니다. 시그모이드 출력 y_1은 t_1 = 1보다 항상 작고 h_j = σ(s_j)는 모두 양수이므로 세 기울기는 모두 음수입니다. 그래서 업데이트 w_j1 − η·∂E/∂w_j1은 세 가중치를 모두 키우고, y_1을 1 쪽으로 밀어 올립니다.",
    "the sign is flipped: ∂E/∂w_j1 = (y_1 − t_1)·h_j and y_1 − t_1 < 0, because a sigmoid output stays below t_1 = 1. Positive is the step −(y_1 − t_1)·h_j, not the gradient.":
        "부호가 반대입니다: ∂E/∂w_j1 = (y_1 − t_1)·h_j이고, 시그모이드 출력은 t_1 = 1보다 항상 작으므로 y_1 − t_1 < 0입니다. 양수인 것은 기울기가 아니라 한 걸음 −(y_1 − t_1)·h_j입니다.",
    "h_j differs from one hidden unit to the next, but it is always positive (a sigmoid's output lies between 0 and 1), so it cannot change the sign of (y_1 − t_1)·h_j.":
        "h_j는 은닉 뉴런마다 다르지만 언제나 양수이므로(시그모이드의 출력은 0과 1 사이) (y_1 − t_1)·h_j의 부호를 바꾸지 못합니다.",
    "(y_1 − t_1)·h_j is 0 only if y_1 = 1 or h_j = 0, and a sigmoid reaches neither.":
        "(y_1 − t_1)·h_j는 y_1 = 1이거나 h_j = 0일 때만 0인데, 시그모이드는 둘 중 어느 값에도 이르지 않습니다.",
    # notebook 03's code cells
    "one step, η = 0.1": "한 단계, η = 0.1",
    "nets (of 100) whose E went down": "E가 줄어든 신경망 수 (100개 중)",
    "against the gradient: w − η∇E": "기울기의 반대 방향: w − η∇E",
    "against w: w − ηw": "w의 반대 방향: w − ηw",
    "each line equals the one before:": "각 줄이 앞 줄과 같은가:",
    "at {point}: slide {slide:.4f}, corrected {right:.4f}, SymPy's ∂E/∂y_i {exact:.4f}":
        "{point}에서: 슬라이드 {slide:.4f}, 고친 식 {right:.4f}, SymPy의 ∂E/∂y_i {exact:.4f}",
    "at x = 0: slide {slide:g}, corrected {right:g}, bpkit's σ'(0) = {bpkit:g}":
        "x = 0에서: 슬라이드 {slide:g}, 고친 식 {right:g}, bpkit의 σ'(0) = {bpkit:g}",
    "with the slide's bias, ∂y_i/∂s_i = y_i(1 − y_i):":
        "슬라이드의 편향을 넣어도 ∂y_i/∂s_i = y_i(1 − y_i)인가:",
    "δ cross-entropy: y − t": "교차 엔트로피의 δ: y − t",
    "δ MSE: (y − t)·y(1 − y)": "오차제곱합의 δ: (y − t)·y(1 − y)",
    "output δ of one sigmoid unit, target t = 1 (bpkit.losses.output_delta)":
        "시그모이드 뉴런 하나의 출력층 δ, 목표값 t = 1 (bpkit.losses.output_delta)",
    "deck: (y_i − t_i) h_j": "강의 자료: (y_i − t_i) h_j",
    "δy_1 · h_3     = {v:.6f}   (right)": "δy_1 · h_3     = {v:.6f}   (올바른 식)",
    "δy_1 · h_1     = {v:.6f}   (the slide)": "δy_1 · h_1     = {v:.6f}   (슬라이드)",
    "deck: Σ_i (y_i − t_i) w_ji h_j(1 − h_j) x_k": "강의 자료: Σ_i (y_i − t_i) w_ji h_j(1 − h_j) x_k",
    "the 3-3-2 net of §8 with a bias on every unit": "§8의 3-3-2 신경망, 모든 뉴런에 편향을 더함",
    "the i = 1 term alone": "i = 1 항 하나만",
    "layer": "층",
    "weight": "가중치",
    "SymPy's ∂E/∂w equals the deck's formula": "SymPy의 ∂E/∂w와 강의 자료의 식이 같은가",
    "deck 000's formulas on a symbolic 2-2-2 net (w: input → hidden, w': hidden → output)":
        "기호로 만든 2-2-2 신경망에서 본 강의 자료 000의 식 (w: 입력 → 은닉, w': 은닉 → 출력)",
    "all {n} gradients agree to 1e-12:": "기울기 {n}개가 모두 1e-12 이내로 일치하는가:",
}

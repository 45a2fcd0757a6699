"""Korean for notebook 09 (gradient checking): its tables and printed lines, and the feedback of
its exercise checks (bpkit.exercises.nb09)."""
KO = {
    # notebooks/src/09_gradient_check.py
    "backprop": "역전파",
    "one-sided": "전진 차분",
    "centred": "중심 차분",
    "method": "방법",
    "|difference − backprop|": "|차분 − 역전파|",
    "one-sided, {dtype}": "전진 차분, {dtype}",
    "centred, {dtype}": "중심 차분, {dtype}",
    "slope for h in [1e-3, 0.1]": "h ∈ [1e-3, 0.1]에서의 기울기",
    "best h": "가장 좋은 h",
    "smallest error": "가장 작은 오차",
    "the plot in numbers: slope 1 one-sided, 2 centred (float64); float32 bottoms out early, and "
    "round-off already bends its centred curve at h = 1e-3":
        "그래프를 숫자로 보면: 기울기는 전진 차분이 1, 중심 차분이 2입니다(float64). float32는 일찍 "
        "바닥에 닿고, 중심 차분 곡선은 h = 1e-3에서 벌써 반올림 오차 때문에 휘어집니다",
    "analytic a": "해석적 기울기 a",
    "numerical n": "수치 기울기 n",
    "rel. error": "상대 오차",
    "the second row: tiny absolute error, yet 5% off — the relative error sees it":
        "두 번째 행: 절대 오차는 아주 작지만 값은 5%나 틀렸습니다 — 상대 오차는 이것을 잡아냅니다",
    "E = {E:.4f}: float32 keeps it to about ±{ulp:.0e}; a nudge h = 1e-5 changes it by "
    "2h·|∂E/∂θ| ≤ {change:.0e};\nerror of a numerical gradient ≈ {error:.0e}":
        "E = {E:.4f}: float32는 이 값을 약 ±{ulp:.0e}까지만 담습니다. h = 1e-5만큼 움직이면 E는 "
        "2h·|∂E/∂θ| ≤ {change:.0e}만큼 변합니다.\n수치 기울기의 오차 ≈ {error:.0e}",
    "backward": "역전파 함수",
    "what it does": "하는 일",
    "arrays flagged (rel. > 1e-2)": "틀림 판정 배열(상대 오차 > 1e-2)",
    # bpkit/exercises/nb09.py, exercise 1: the centred difference
    "you used a one-sided difference (f(x + h) − f(x))/h: its error is O(h), about h itself; use "
    "(f(x + h) − f(x − h))/2h":
        "전진 차분 (f(x + h) − f(x))/h를 썼습니다. 이 방법의 오차는 O(h), 곧 h 정도입니다. "
        "중심 차분 (f(x + h) − f(x − h))/2h를 쓰세요",
    "you used a one-sided difference (f(x) − f(x − h))/h: its error is O(h); nudge both ways and "
    "divide by 2h":
        "후진 차분 (f(x) − f(x − h))/h를 썼습니다. 이 방법의 오차는 O(h)입니다. 양쪽으로 움직이고 "
        "2h로 나누세요",
    "your result is twice the gradient: divide by 2h, not h":
        "결과가 기울기의 두 배입니다. h가 아니라 2h로 나누세요",
    "your result is half the gradient: the distance between x − h and x + h is 2h":
        "결과가 기울기의 절반입니다. x − h와 x + h 사이의 거리는 2h입니다",
    "you nudged every entry at once: that is the slope along (1, 1, …, 1); nudge one x_i at a "
    "time and keep the others fixed":
        "모든 원소를 한꺼번에 움직였습니다. 그것은 (1, 1, …, 1) 방향의 기울기입니다. x_i를 하나씩 "
        "움직이고 나머지는 그대로 두세요",
    "the sign is flipped: (f(x + h) − f(x − h)), plus first":
        "부호가 반대입니다. (f(x + h) − f(x − h))처럼 +h 쪽을 앞에 쓰세요",
    "f = Σ sin(x)x² + x₀x₁, h = 1e-5": "첫 번째 예제(f = Σ sin(x)x² + x₀x₁, h = 1e-5)",
    "another f, x of size 3, h = 1e-3": "두 번째 예제(다른 f, 크기 3인 x, h = 1e-3)",
    "x is changed after your function ran: put every entry back after nudging it (the weights of "
    "a net must not drift during a check)":
        "함수를 실행한 뒤 x가 바뀌어 있습니다. 원소를 움직인 뒤에는 원래 값으로 되돌려 놓으세요"
        "(검증하는 동안 신경망의 가중치가 바뀌면 안 됩니다)",
    "right on {first}, but not on {case}: {message}. Does your function use f, x and h as given, "
    "with no numbers typed in?":
        "{first}에서는 맞지만 {case}에서는 틀립니다. {message}. 함수가 주어진 f, x, h를 그대로 "
        "쓰나요? 숫자를 코드에 직접 적어 넣지는 않았나요?",
    "Right: max error {error:.0e} against the exact gradient, the O(h²) accuracy of a centred "
    "difference":
        "정답입니다: 정확한 기울기와의 최대 오차: {error:.0e}. 중심 차분다운 O(h²)의 "
        "정확도입니다",
    # exercise 2: the relative error
    "the first example": "첫 번째 예제",
    "a second example of size 5": "크기가 5인 두 번째 예제",
    "your relative error uses the mean instead of the max: CS231n divides by max(|a|, |n|)":
        "상대 오차의 분모에 최댓값 대신 평균을 썼습니다. CS231n은 max(|a|, |n|)으로 나눕니다",
    "you divide by |a| + |n|: that halves the error when a ≈ n; divide by max(|a|, |n|)":
        "|a| + |n|으로 나눴습니다. 그러면 a ≈ n일 때 오차가 절반으로 나옵니다. "
        "max(|a|, |n|)으로 나누세요",
    "you divide by |n| only: that is infinite where the numerical gradient is 0 and treats a and "
    "n differently; divide by max(|a|, |n|)":
        "|n|으로만 나눴습니다. 그러면 수치 기울기가 0인 곳에서 무한대가 되고, a와 n을 다르게 "
        "다루게 됩니다. max(|a|, |n|)으로 나누세요",
    "you divide by |a| only: infinite where the analytic gradient is 0; divide by max(|a|, |n|)":
        "|a|로만 나눴습니다. 해석적 기울기가 0인 곳에서 무한대가 됩니다. max(|a|, |n|)으로 나누세요",
    "the numerator misses its absolute value: the error is |a − n|, never negative":
        "분자에 절댓값이 빠졌습니다. 오차는 |a − n|이므로 음수가 될 수 없습니다",
    "take the max of the absolute values, max(|a|, |n|): with max(a, n) a negative pair gives a "
    "negative or infinite error":
        "절댓값의 최댓값 max(|a|, |n|)을 쓰세요. max(a, n)을 쓰면 둘 다 음수인 쌍에서 오차가 "
        "음수나 무한대가 됩니다",
    "that is the absolute error |a − n|; divide it by max(|a|, |n|)":
        "그것은 절대 오차 |a − n|입니다. max(|a|, |n|)으로 나누세요",
    "your result": "반환값",
    "return the relative error of every entry (an array shaped like a), not one number; the check "
    "takes the max afterwards":
        "숫자 하나가 아니라 원소마다의 상대 오차(a와 모양이 같은 배열)를 반환하세요. 최댓값은 "
        "검사하는 쪽에서 나중에 구합니다",
    "right on {first}, but not on {case}: {message}":
        "{first}에서는 맞지만 {case}에서는 틀립니다. {message}",
    "right except where a = n = 0: you return {value} there (0/0); return 0 (e.g. "
    "np.divide(..., where=den > 0) on an array of zeros)":
        "a = n = 0인 곳만 빼고 맞습니다. 그곳의 반환값이 {value}입니다(0/0). 0을 반환하세요"
        "(예: 0으로 채운 배열에 np.divide(..., where=den > 0))",
    "your result contains {value} where a and n are not both 0; divide |a − n| by max(|a|, |n|)":
        "a와 n이 둘 다 0은 아닌 곳의 반환값이 {value}입니다. |a − n|을 max(|a|, |n|)으로 나누세요",
    "for a = {a:g}, n = {n:g} you return {r:.3g}; the relative error is {right:.3g}":
        "a = {a:g}, n = {n:g}일 때 반환값은 {r:.3g}인데, 상대 오차는 {right:.3g}입니다",
    "Right: |a − n| / max(|a|, |n|), and 0 where both are 0":
        "정답입니다: |a − n| / max(|a|, |n|)이고, 둘 다 0인 곳은 0입니다",
    # exercise 3: which bug is this?
    "flags {flagged} (max rel. error {error:.2g})":
        "틀림 판정 배열이 {flagged}(최대 상대 오차 {error:.2g})",
    "return a dict such as {example}": "{example} 같은 딕셔너리를 반환하세요",
    "{unknown} is not in the zoo; the names are {names}":
        "버그 동물원에 없는 이름입니다: {unknown}. 있는 이름은 {names}입니다",
    "{letter} is not {guess}: {guess} {its}, but {letter} {theirs}":
        "{letter}는 {guess} 버그가 아닙니다. {guess} 버그는 {its}인데, {letter}는 {theirs}입니다",
    "Right: all five unmasked — {answers}":
        "정답입니다: 다섯 버그의 정체를 모두 밝혔습니다 — {answers}",
    "still to name: {letters}": "아직 이름을 적지 않은 글자: {letters}",
    "{n} of 5 right. {notes}": "5개 중 {n}개 정답. {notes}",
}

# ---- predict, then reveal (bpkit.exercises.nb09.PREDICTIONS) ---------------------------------
KO.update({
    "the centred difference: in (E(θ + h) − E(θ − h))/2h the h·E''/2 terms of the two nudges "
    "cancel, so its error is O(h²); the one-sided one keeps h·E''/2, O(h). At h = 1e-5: "
    "{centred:.0e} against {one:.0e}":
        "중심 차분입니다. (E(θ + h) − E(θ − h))/2h에서는 두 방향으로 움직인 값의 h·E''/2 항이 "
        "서로 상쇄되어 오차가 O(h²)이고, 전진 차분에는 h·E''/2가 남아 O(h)입니다. h = 1e-5에서 "
        "{centred:.0e} 대 {one:.0e}입니다",
    "the one-sided difference keeps the h·E''/2 term of Taylor's series, an O(h) error; in the "
    "centred one it cancels between E(θ + h) and E(θ − h). At h = 1e-5: {one:.0e} against "
    "{centred:.0e}":
        "전진 차분에는 테일러 급수의 h·E''/2 항이 남아 O(h)의 오차가 생기고, 중심 차분에서는 이 "
        "항이 E(θ + h)와 E(θ − h) 사이에서 상쇄됩니다. h = 1e-5에서 {one:.0e} 대 {centred:.0e}입니다",
    "they differ by orders of magnitude: the centred difference cancels the h·E''/2 term that "
    "the one-sided one keeps. At h = 1e-5: {centred:.0e} against {one:.0e}":
        "둘은 자릿수가 여러 개 차이 납니다. 전진 차분에 남는 h·E''/2 항이 중심 차분에서는 "
        "상쇄됩니다. h = 1e-5에서 {centred:.0e} 대 {one:.0e}입니다",
    "too large: the Taylor term h²·f'''/6 still dominates there (error {e:.0e}); the error falls "
    "like h² until the round-off eps/h catches up":
        "너무 큽니다. 그곳에서는 아직 테일러 항 h²·f'''/6이 오차를 정합니다(오차 {e:.0e}). 오차는 "
        "반올림 오차 eps/h가 따라잡을 때까지 h²처럼 줄어듭니다",
    "the truncation error h²·|f'''|/6 falls and the round-off eps·|f|/h grows as h shrinks; they "
    "meet near h ≈ eps^(1/3) ≈ {cube:.0e}: error {e:.0e} at h = 1e-5":
        "h가 작아지면 테일러 항의 오차 h²·|f'''|/6은 줄고 반올림 오차 eps·|f|/h는 커집니다. 둘은 "
        "h ≈ eps^(1/3) ≈ {cube:.0e} 근처에서 만납니다. h = 1e-5에서 오차는 {e:.0e}입니다",
    "h ≈ √eps ≈ 1e-8 is about the best h of the ONE-sided difference, whose truncation error "
    "shrinks only like h; the centred one's shrinks like h², so the round-off eps/h catches up "
    "earlier, near eps^(1/3) ≈ {cube:.0e} (error {e:.0e} at h = 1e-8)":
        "h ≈ √eps ≈ 1e-8은 대략 '전진' 차분에 가장 좋은 h입니다. 전진 차분의 테일러 항 오차는 h처럼만 "
        "줄어들기 때문입니다. 중심 차분의 오차는 h²처럼 줄어들므로 반올림 오차 eps/h가 더 일찍, "
        "eps^(1/3) ≈ {cube:.0e} 근처에서 따라잡습니다(h = 1e-8에서 오차 {e:.0e})",
    "the smallest h is not the best: E(θ + h) and E(θ − h) then agree in almost all their "
    "digits, and the round-off eps·|f|/h takes over (error {e:.0e} at h = 1e-14)":
        "가장 작은 h가 가장 좋은 것은 아닙니다. 그때는 E(θ + h)와 E(θ − h)의 자릿수가 거의 다 "
        "같아서 반올림 오차 eps·|f|/h가 오차를 정합니다(h = 1e-14에서 오차 {e:.0e})",
    "only ∂b = Σ δ is replaced by the mean, in every layer; the δ handed down are untouched, so "
    "every ∂W is right. The check flags {flagged}, each off by a factor N: relative error "
    "1 − 1/N":
        "모든 층에서 ∂b = Σ δ만 평균으로 바뀌고, 아래층으로 넘겨지는 δ는 그대로이므로 ∂W는 모두 "
        "맞습니다. 검증은 {flagged}을(를) 틀림으로 판정하며, 각각 N배 차이가 나서 상대 오차는 "
        "1 − 1/N입니다",
    "the mean replaces the sum in EVERY layer's ∂b, not only the output layer's: the check flags "
    "{flagged}":
        "출력층만이 아니라 '모든' 층의 ∂b에서 합 대신 평균을 씁니다. 검증은 {flagged}을(를) 틀림으로 "
        "판정합니다",
    "∂b is a by-product: the δ that flow down to the layers below are untouched, so every "
    "∂W = (input)ᵀ·δ is still right; the check flags {flagged}":
        "∂b는 부산물일 뿐입니다. 아래층으로 흘러가는 δ는 그대로이므로 ∂W = (입력)ᵀ·δ는 모두 "
        "맞습니다. 검증은 {flagged}을(를) 틀림으로 판정합니다",
    "the sign does matter: with a = −n, |a − n| = 2|n| while max(|a|, |n|) = |n|":
        "부호가 중요합니다. a = −n이면 |a − n| = 2|n|이고 max(|a|, |n|) = |n|입니다",
    "rel divides by max(|a|, |n|) = |n|, not by |a| + |n| = 2|n|: |a − n| / |n| with a = −n":
        "상대 오차는 |a| + |n| = 2|n|이 아니라 max(|a|, |n|) = |n|으로 나눕니다. a = −n이면 "
        "|a − n| / |n|입니다",
})

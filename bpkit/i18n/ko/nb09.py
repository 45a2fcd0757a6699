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

"""Korean for notebook 04 (deck 002): its exercise checks (``bpkit.exercises.nb04``) and the
lines its code cells print."""
KO = {
    # bpkit.exercises.nb04
    "deck 002's numbers": "강의 자료 002의 숫자",
    "a second, random example": "두 번째 무작위 예",
    "`{name}` gives {got} on {label}; expected {expected}. Compare your formula with the table above, factor by factor.":
        "`{name}`의 결과가 {label}에서 {got}입니다. 기대한 값은 {expected}입니다. 위의 표와 식을 인수 하나하나 비교해 보세요.",
    "Your δ_O misses the factor out_O(1 − out_O) = ∂out_O/∂net_O, the (2) of the slide: δ_O is ∂E_Total/∂net_O, not ∂E_Total/∂out_O.":
        "δ_O에 슬라이드의 (2)인 인수 out_O(1 − out_O) = ∂out_O/∂net_O가 빠졌습니다: δ_O는 ∂E_Total/∂out_O가 아니라 ∂E_Total/∂net_O입니다.",
    "Sign flipped: δ_O is (out_O − target)·out_O(1 − out_O); ∂/∂out of ½(target − out)² is −(target − out).":
        "부호가 반대입니다: δ_O는 (out_O − target)·out_O(1 − out_O)입니다. ½(target − out)²을 out으로 미분하면 −(target − out)입니다.",
    "Sign flipped, and the factor out_O(1 − out_O) is missing: δ_O = (out_O − target)·out_O(1 − out_O).":
        "부호가 반대이고 인수 out_O(1 − out_O)도 빠졌습니다: δ_O = (out_O − target)·out_O(1 − out_O).",
    "Only half of σ': the factor is out_O·(1 − out_O), you have out_O alone.":
        "σ'의 절반만 있습니다: 인수는 out_O·(1 − out_O)인데 out_O만 곱했습니다.",
    "Only half of σ': the factor is out_O·(1 − out_O), you have (1 − out_O) alone.":
        "σ'의 절반만 있습니다: 인수는 out_O·(1 − out_O)인데 (1 − out_O)만 곱했습니다.",
    "You applied the sigmoid again: out_O is already σ(net_O), so σ'(net_O) is out_O(1 − out_O), not σ(out_O)(1 − σ(out_O)).":
        "시그모이드를 한 번 더 적용했습니다: out_O는 이미 σ(net_O)이므로 σ'(net_O)는 σ(out_O)(1 − σ(out_O))가 아니라 out_O(1 − out_O)입니다.",
    "Right: δ_O = (out_O − target)·out_O(1 − out_O) = ({d1}, {d2}) for deck 002, as in the δ_O table.":
        "정답입니다: δ_O = (out_O − target)·out_O(1 − out_O) = ({d1}, {d2}). 강의 자료 002의 δ_O 표와 같습니다.",
    "δ_Hj sums δ_Ok·w'_jk over the outputs k: in matrix form δ_O·W_HOᵀ, (2,) times (2, 4) gives (4,). Did you use W_HO instead of its transpose?":
        "δ_Hj는 출력 k에 대해 δ_Ok·w'_jk를 더한 값입니다. 행렬로 쓰면 δ_O·W_HOᵀ이고, (2,) 곱하기 (2, 4)는 (4,)입니다. W_HO의 전치 대신 W_HO를 쓰지 않았나요?",
    "Missing out_H(1 − out_H): δ_H is ∂E_Total/∂net_H, so the δ_O sent back along w' must still be multiplied by ∂out_H/∂net_H = out_H(1 − out_H).":
        "out_H(1 − out_H)가 빠졌습니다: δ_H는 ∂E_Total/∂net_H이므로, w'를 따라 거꾸로 보낸 δ_O에 ∂out_H/∂net_H = out_H(1 − out_H)를 더 곱해야 합니다.",
    "Sign flipped: δ_H = (Σ_k δ_Ok·w'_jk)·out_H(1 − out_H), with the δ_O as they are.":
        "부호가 반대입니다: δ_H = (Σ_k δ_Ok·w'_jk)·out_H(1 − out_H)이고, δ_O는 부호를 바꾸지 않고 그대로 씁니다.",
    "You applied the sigmoid again: out_H is already σ(net_H), so the factor is out_H(1 − out_H).":
        "시그모이드를 한 번 더 적용했습니다: out_H는 이미 σ(net_H)이므로 인수는 out_H(1 − out_H)입니다.",
    "Each δ_Ok must be weighted by its own weight w'_jk: δ_Hj = (δ_O1·w'_j1 + δ_O2·w'_j2)·out_Hj(1 − out_Hj).":
        "각 δ_Ok에는 자기 가중치 w'_jk를 곱해야 합니다: δ_Hj = (δ_O1·w'_j1 + δ_O2·w'_j2)·out_Hj(1 − out_Hj).",
    "You used W_HO instead of its transpose: δ_Hj needs the weights LEAVING hidden unit j, row j of W_HO (w'_j1, w'_j2), so δ_H = δ_O·W_HOᵀ, not δ_O·W_HO.":
        "W_HO의 전치 대신 W_HO를 썼습니다: δ_Hj에는 은닉 뉴런 j에서 '나가는' 가중치, 즉 W_HO의 j번째 행 (w'_j1, w'_j2)가 필요하므로 δ_H = δ_O·W_HO가 아니라 δ_O·W_HOᵀ입니다.",
    "Right: δ_H = (δ_O·W_HOᵀ)·out_H(1 − out_H): each hidden unit collects the δ_O of the outputs it feeds, weighted by w', times its own σ'.":
        "정답입니다: δ_H = (δ_O·W_HOᵀ)·out_H(1 − out_H). 은닉 뉴런마다 자신이 연결된 출력의 δ_O를 w'로 가중해 모으고, 자신의 σ'를 곱합니다.",
    "You averaged: b1 is shared by the {n} hidden units and each adds its own δ_Hj to the gradient, so ∂E_Total/∂b1 is the SUM of δ_H.":
        "평균을 냈습니다: b1은 은닉 뉴런 {n}개가 함께 쓰고 각 뉴런이 자기 δ_Hj를 기울기에 더하므로, ∂E_Total/∂b1은 δ_H의 '합'입니다.",
    "Sign flipped: ∂E_Total/∂b1 = δ_H1 + … + δ_H4 (the minus belongs to the update b1 − lr·∂E_Total/∂b1).":
        "부호가 반대입니다: ∂E_Total/∂b1 = δ_H1 + … + δ_H4입니다(마이너스는 업데이트 b1 − lr·∂E_Total/∂b1에 붙습니다).",
    "That is δ_H1 only: b1 feeds every hidden unit (∂net_Hj/∂b1 = 1 for each j), so ∂E_Total/∂b1 is the SUM of all δ_Hj.":
        "그것은 δ_H1뿐입니다: b1은 모든 은닉 뉴런에 들어가므로(모든 j에서 ∂net_Hj/∂b1 = 1) ∂E_Total/∂b1은 모든 δ_Hj의 '합'입니다.",
    "You returned δ_H itself: b1 is shared by the hidden units, so its gradient is the SUM of δ_H, one number.":
        "δ_H 자체를 반환했습니다: b1은 은닉 뉴런들이 함께 쓰므로 그 기울기는 δ_H의 '합', 즉 숫자 하나입니다.",
    "b1 is shared by the hidden units, so its gradient is the SUM of δ_H, one number":
        "b1은 은닉 뉴런들이 함께 쓰므로 그 기울기는 δ_H의 '합', 즉 숫자 하나입니다",
    "Right: ∂E_Total/∂b1 = δ_H1 + δ_H2 + δ_H3 + δ_H4 = {d} for deck 002.":
        "정답입니다: 강의 자료 002에서 ∂E_Total/∂b1 = δ_H1 + δ_H2 + δ_H3 + δ_H4 = {d}.",
    # notebook 04's code cells
    "bpkit's net.loss(x, target) = {E:.4f}: the same E_Total":
        "bpkit의 net.loss(x, target) = {E:.4f}: 같은 E_Total",
    "(2)  d out_O1/d net_O1 = out_O1(1 - out_O1): σ'(s) − σ(s)(1 − σ(s)) cancels to 0":
        "(2)  d out_O1/d net_O1 = out_O1(1 - out_O1): σ'(s) − σ(s)(1 − σ(s))를 약분하면 0",
    "∂E1/∂out_H1 · out_H1(1 − out_H1) = {part:.6f}, but δ_H1 = {delta:.6f}":
        "∂E1/∂out_H1 · out_H1(1 − out_H1) = {part:.6f}이지만 δ_H1 = {delta:.6f}",
    "δ_O by ⊙ equals bwd.deltas[1], the δ_O table": "⊙로 구한 δ_O = bwd.deltas[1] (δ_O 표)",
    "np.outer(out_H, δ_O) equals bwd.dW[1], the ∂E/∂w' table":
        "np.outer(out_H, δ_O) = bwd.dW[1] (∂E/∂w' 표)",
    "δ_H equals bwd.deltas[0], the δ_H table": "δ_H = bwd.deltas[0] (δ_H 표)",
    "np.outer(x, δ_H) equals bwd.dW[0], the ∂E/∂w table": "np.outer(x, δ_H) = bwd.dW[0] (∂E/∂w 표)",
    "Σδ_O, Σδ_H equal bwd.db, the bias table": "Σδ_O, Σδ_H = bwd.db (편향 표)",
    "W − lr·(outer products) equals net.sgd_step for W_HO and W_IH: {same}":
        "W_HO와 W_IH 모두 W − lr·(외적) = net.sgd_step: {same}",
    "every analytic gradient agrees with its finite difference: max relative error below 1e-7 for all {n} parameter arrays":
        "모든 해석적 기울기가 수치 미분과 일치: 매개변수 배열 {n}개 모두 최대 상대 오차 1e-7 미만",
}

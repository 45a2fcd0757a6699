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
    # bpkit.exercises.nb04, exercise 4: which gradients are exactly 0
    "the empty set": "공집합",
    "Not yet: that is the complement: the weights whose gradient is NOT 0. Return those whose ∂E_Total/∂w is exactly 0.":
        "아직 정답이 아닙니다: 그것은 여집합, 즉 기울기가 0이 '아닌' 가중치들입니다. ∂E_Total/∂w가 정확히 0인 가중치들을 반환하세요.",
    "Not yet: no output weight belongs here: ∂E_Total/∂w'_ij = δ_Oj·out_Hi, and out_Hi = σ(net_Hi) is never 0, whatever x is. Only the input weights, ∂E_Total/∂w_ij = δ_Hj·x_i, carry x.":
        "아직 정답이 아닙니다: 출력층 가중치는 여기에 들어가지 않습니다. ∂E_Total/∂w'_ij = δ_Oj·out_Hi이고, out_Hi = σ(net_Hi)는 x가 무엇이든 0이 되지 않습니다. x를 인수로 갖는 것은 입력층 가중치의 기울기 ∂E_Total/∂w_ij = δ_Hj·x_i뿐입니다.",
    "Not yet: b1 and b2 are biases, not weights, and their gradients Σδ_H, Σδ_O do not contain x: leave them out.":
        "아직 정답이 아닙니다: b1과 b2는 가중치가 아니라 편향이고, 그 기울기 Σδ_H, Σδ_O에는 x가 들어 있지 않습니다. 빼세요.",
    "Not yet: for {x} you named {got}, the weights INTO hidden unit i (w_ki, column i of W_IH). An input x_i is carried by the weights LEAVING it, w_ij for every j (row i of W_IH), since ∂E_Total/∂w_ij = δ_Hj·x_i.":
        "아직 정답이 아닙니다: {x}에 대해 {got}을(를) 골랐는데, 이것은 은닉 뉴런 i로 '들어가는' 가중치(w_ki, W_IH의 i번째 열)입니다. ∂E_Total/∂w_ij = δ_Hj·x_i이므로 입력 x_i를 전달하는 것은 입력 i에서 '나가는' 가중치, 즉 모든 j에 대한 w_ij(W_IH의 i번째 행)입니다.",
    "Not yet: {x} has a zero input, and ∂E_Total/∂w_ij = δ_Hj·x_i: which weights does that zero multiply?":
        "아직 정답이 아닙니다: {x}에는 0인 입력이 있고 ∂E_Total/∂w_ij = δ_Hj·x_i입니다. 그 0이 어느 가중치의 기울기에 곱해지나요?",
    "Not yet: {x} has no zero input, and no δ_H, δ_O or out_H is 0 here, so no gradient is exactly 0: the answer is the empty set.":
        "아직 정답이 아닙니다: {x}에는 0인 입력이 없고 여기서는 δ_H, δ_O, out_H 중 0인 것도 없으므로, 정확히 0인 기울기는 없습니다. 답은 공집합입니다.",
    "Not yet: {missing} missing: x_i multiplies the gradient of every weight leaving input i, all {n} of them (∂E_Total/∂w_ij = δ_Hj·x_i).":
        "아직 정답이 아닙니다: {missing}이(가) 빠졌습니다. x_i는 입력 i에서 나가는 가중치 {n}개 모두의 기울기에 곱해집니다(∂E_Total/∂w_ij = δ_Hj·x_i).",
    "Not yet: for {x} your set is {got}; the weights whose gradient is exactly 0 are {expected}.":
        "아직 정답이 아닙니다: {x}에서 반환한 집합은 {got}이지만, 기울기가 정확히 0인 가중치는 {expected}입니다.",
    "Right: ∂E_Total/∂w_ij = δ_Hj·x_i, so an input x_i = 0 zeroes the gradients of the weights leaving it (row i of W_IH) and nothing else; ∂E_Total/∂w'_ij = δ_Oj·out_Hi never vanishes, because out_H = σ(net_H) > 0.":
        "정답입니다: ∂E_Total/∂w_ij = δ_Hj·x_i이므로 입력 x_i = 0은 그 입력에서 나가는 가중치(W_IH의 i번째 행)의 기울기만 0으로 만듭니다. out_H = σ(net_H) > 0이므로 ∂E_Total/∂w'_ij = δ_Oj·out_Hi는 0이 되지 않습니다.",
    "Not yet: return a set of names such as {example}, not one text {text!r}.":
        "아직 정답이 아닙니다: 문자열 하나({text!r})가 아니라 {example}처럼 이름의 집합을 반환하세요.",
    "Not yet: return a set of names such as {example} (set() when no gradient is 0); got {kind}.":
        "아직 정답이 아닙니다: {example}처럼 이름의 집합을 반환하세요(0인 기울기가 없으면 set()). 반환한 것은 {kind}입니다.",
    "Not yet: every item must be a weight's name as text, such as \"w21\" or \"w'12\"; got {items}.":
        "아직 정답이 아닙니다: 원소는 모두 \"w21\"이나 \"w'12\"처럼 가중치 이름을 담은 문자열이어야 합니다. 문자열이 아닌 원소: {items}.",
    "Not yet: {unknown} is not a weight of deck 002's net; its weights are {first} … {last} and {first_o} … {last_o}.":
        "아직 정답이 아닙니다: {unknown}은(는) 강의 자료 002 신경망의 가중치가 아닙니다. 가중치는 {first} … {last}와 {first_o} … {last_o}입니다.",
    "Not yet: your answer ({kind}) cannot be read as names ({exc}).":
        "아직 정답이 아닙니다: 반환한 값({kind})을 이름들로 읽을 수 없습니다({exc}).",
    "Not yet: for {x} your function returns {got} again, as for {first}; the weights whose gradient is exactly 0 are {expected} here. Does it use x, with no names typed in?":
        "아직 정답이 아닙니다: {x}에서도 {first}에서와 같은 {got}을(를) 반환했지만, 여기서 기울기가 정확히 0인 가중치는 {expected}입니다. 함수가 이름을 직접 적어 넣지 않고 x를 쓰나요?",
    "Your function was right for {first}: does it use x, with no names typed in?":
        "{first}에서는 맞았습니다. 함수가 이름을 직접 적어 넣지 않고 x를 쓰나요?",
    # bpkit.exercises.nb04: predict, then reveal
    "You left out b1: net_H1 = b1 + x1·w11 + x2·w21 + x3·w31; the shared bias is part of every hidden unit's sum.":
        "b1이 빠졌습니다: net_H1 = b1 + x1·w11 + x2·w21 + x3·w31입니다. 공유 편향은 모든 은닉 뉴런의 합에 들어갑니다.",
    "That is out_H1 = σ(net_H1): net_H1 is the weighted sum BEFORE the sigmoid.":
        "그것은 out_H1 = σ(net_H1)입니다. net_H1은 시그모이드를 거치기 '전'의 가중합입니다.",
    "You used w11, w12, w13, the weights LEAVING input 1: hidden unit 1 receives w11, w21, w31 (column 1 of W_IH).":
        "입력 1에서 '나가는' 가중치 w11, w12, w13을 썼습니다. 은닉 뉴런 1로 들어오는 가중치는 w11, w21, w31(W_IH의 1번째 열)입니다.",
    "That is net_H1: out_H1 = σ(net_H1) = 1/(1 + e^(−net_H1)).":
        "그것은 net_H1입니다: out_H1 = σ(net_H1) = 1/(1 + e^(−net_H1)).",
    "Your net_H1 misses b1: out_H1 = σ(b1 + x1·w11 + x2·w21 + x3·w31).":
        "net_H1에 b1이 빠졌습니다: out_H1 = σ(b1 + x1·w11 + x2·w21 + x3·w31).",
    "You applied the sigmoid twice: out_H1 = σ(net_H1), not σ(σ(net_H1)).":
        "시그모이드를 두 번 적용했습니다: out_H1은 σ(σ(net_H1))이 아니라 σ(net_H1)입니다.",
    "Sign in the exponent: σ(net) = 1/(1 + e^(−net)); 1/(1 + e^(+net)) is σ(−net) = 1 − σ(net).":
        "지수의 부호가 틀렸습니다: σ(net) = 1/(1 + e^(−net))이고, 1/(1 + e^(+net))은 σ(−net) = 1 − σ(net)입니다.",
    "Sign flipped: δ_O1 = (out_O1 − target1)·out_O1(1 − out_O1); out_O1 is above target1, so δ_O1 is positive.":
        "부호가 반대입니다: δ_O1 = (out_O1 − target1)·out_O1(1 − out_O1)입니다. out_O1이 target1보다 크므로 δ_O1은 양수입니다.",
    "You stopped at (1) = out_O1 − target1: δ_O1 also has the factor (2) = out_O1(1 − out_O1), the sigmoid's derivative.":
        "(1) = out_O1 − target1에서 멈췄습니다: δ_O1에는 시그모이드의 도함수인 인수 (2) = out_O1(1 − out_O1)도 곱해집니다.",
    "You applied the sigmoid again: out_O1 is already σ(net_O1), so (2) is out_O1(1 − out_O1), not σ(out_O1)(1 − σ(out_O1)).":
        "시그모이드를 한 번 더 적용했습니다: out_O1은 이미 σ(net_O1)이므로 (2)는 σ(out_O1)(1 − σ(out_O1))이 아니라 out_O1(1 − out_O1)입니다.",
    "You used only δ_O1·w'21: hidden unit 2 feeds BOTH outputs, so δ_H2 = (δ_O1·w'21 + δ_O2·w'22)·out_H2(1 − out_H2).":
        "δ_O1·w'21만 썼습니다: 은닉 뉴런 2는 두 출력 '모두'에 들어가므로 δ_H2 = (δ_O1·w'21 + δ_O2·w'22)·out_H2(1 − out_H2)입니다.",
    "Missing σ': multiply δ_O1·w'21 + δ_O2·w'22 by out_H2(1 − out_H2).":
        "σ'가 빠졌습니다: δ_O1·w'21 + δ_O2·w'22에 out_H2(1 − out_H2)를 곱하세요.",
    "Sign flipped: δ_H2 = (δ_O1·w'21 + δ_O2·w'22)·out_H2(1 − out_H2), each δ_O with its own sign.":
        "부호가 반대입니다: δ_H2 = (δ_O1·w'21 + δ_O2·w'22)·out_H2(1 − out_H2)이고, 각 δ_O는 제 부호 그대로 씁니다.",
    "You applied the sigmoid again: out_H2 is already σ(net_H2), so the factor is out_H2(1 − out_H2).":
        "시그모이드를 한 번 더 적용했습니다: out_H2는 이미 σ(net_H2)이므로 인수는 out_H2(1 − out_H2)입니다.",
    "You took w'12 and w'22, the weights INTO output 2: δ_H2 needs the weights LEAVING hidden unit 2, w'21 and w'22.":
        "출력 2로 '들어가는' 가중치 w'12와 w'22를 썼습니다. δ_H2에는 은닉 뉴런 2에서 '나가는' 가중치 w'21과 w'22가 필요합니다.",
    "Each δ_Ok needs its own weight: δ_O1·w'21 + δ_O2·w'22, not (δ_O1 + δ_O2) alone.":
        "각 δ_Ok에는 자기 가중치를 곱해야 합니다: (δ_O1 + δ_O2)만이 아니라 δ_O1·w'21 + δ_O2·w'22입니다.",
    "That is w'11 before the step: subtract lr·∂E_Total/∂w'11.":
        "그것은 업데이트 전의 w'11입니다. lr·∂E_Total/∂w'11을 빼세요.",
    "Added instead of subtracted: gradient descent steps AGAINST the gradient, w'11 − lr·∂E_Total/∂w'11.":
        "빼는 대신 더했습니다: 경사하강법은 기울기의 '반대' 방향으로 갑니다. w'11 − lr·∂E_Total/∂w'11입니다.",
    "You forgot lr: the step is lr·∂E_Total/∂w'11, with lr = {lr}.":
        "lr을 빠뜨렸습니다: 한 번에 움직이는 양은 lr·∂E_Total/∂w'11이고, lr = {lr}입니다.",
    "You used δ_O1 as the gradient: ∂E_Total/∂w'11 = δ_O1·out_H1.":
        "δ_O1을 기울기로 썼습니다: ∂E_Total/∂w'11 = δ_O1·out_H1입니다.",
    "That is ∂E_Total/∂w'11 itself: the new weight is w'11 − lr·∂E_Total/∂w'11.":
        "그것은 ∂E_Total/∂w'11 자체입니다. 새 가중치는 w'11 − lr·∂E_Total/∂w'11입니다.",
    "b1_j appears in net_Hj alone (∂net_Hj/∂b1_j = 1, no other net_Hk contains it), so ∂E_Total/∂b1_j = δ_Hj: the four gradients are the vector δ_H, and the shared b1's gradient is their sum.":
        "b1_j는 net_Hj에만 들어가므로(∂net_Hj/∂b1_j = 1이고, 다른 net_Hk에는 없습니다) ∂E_Total/∂b1_j = δ_Hj입니다. 네 기울기를 모으면 벡터 δ_H이고, 공유 편향 b1의 기울기는 그 합입니다.",
    "that is the shared b1's gradient. A bias b1_j of its own reaches net_Hj only, so only δ_Hj counts: ∂E_Total/∂b1_j = δ_Hj.":
        "그것은 공유 편향 b1의 기울기입니다. 뉴런마다 따로 있는 편향 b1_j는 net_Hj에만 들어가므로 δ_Hj만 남습니다: ∂E_Total/∂b1_j = δ_Hj.",
    "no mean appears anywhere: b1_j reaches net_Hj only, with ∂net_Hj/∂b1_j = 1, so ∂E_Total/∂b1_j = δ_Hj (and the shared b1 gets the sum, not the mean).":
        "평균은 어디에도 나오지 않습니다: b1_j는 net_Hj에만 들어가고 ∂net_Hj/∂b1_j = 1이므로 ∂E_Total/∂b1_j = δ_Hj입니다(공유 편향 b1도 평균이 아니라 합을 받습니다).",
    "a bias multiplies the constant input 1, not itself: net_Hj = b1_j·1 + Σ_i x_i·w_ij, so ∂net_Hj/∂b1_j = 1 and ∂E_Total/∂b1_j = δ_Hj.":
        "편향에 곱해지는 것은 자기 자신이 아니라 상수 입력 1입니다: net_Hj = b1_j·1 + Σ_i x_i·w_ij이므로 ∂net_Hj/∂b1_j = 1이고 ∂E_Total/∂b1_j = δ_Hj입니다.",
    # notebook 04's code cells
    "bpkit's net.loss(x, target) = {E:.4f}: the same E_Total":
        "bpkit의 net.loss(x, target) = {E:.4f}: 같은 E_Total",
    "(2)  d out_O1/d net_O1 = out_O1(1 - out_O1): σ'(s) − σ(s)(1 − σ(s)) cancels to 0":
        "(2)  d out_O1/d net_O1 = out_O1(1 - out_O1): σ'(s) − σ(s)(1 − σ(s))를 약분하면 0",
    "∂E1/∂out_H1 · out_H1(1 − out_H1) = {part:.6f}, but δ_H1 = {delta:.6f}":
        "∂E1/∂out_H1 · out_H1(1 − out_H1) = {part:.6f}이지만 δ_H1 = {delta:.6f}",
    "one bias per hidden unit: ∂E_Total/∂b1_j = {db}, as in the δ_H table":
        "은닉 뉴런마다 편향 하나: ∂E_Total/∂b1_j = {db}, δ_H 표와 같음",
    "their sum, {s}, is the shared b1's gradient": "공유 편향 b1의 기울기는 그 합인 {s}",
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

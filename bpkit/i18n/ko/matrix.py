"""Korean of notebook 06's tables and prints (deck 004's matrix model: bpkit.lessons.matrix_model,
matrix_calculus, notebooks/src/06_matrix_model.py)."""
KO = {
    # notebook 06: tables and prints
    "sample {j}": "샘플 {j}",
    "A^[2] row {k}": "A^[2] {k}행",
    "Y row {k}": "Y {k}행",
    "A^[2] = g(W^[2] g(W^[1] A^[0])): one column per sample":
        "A^[2] = g(W^[2] g(W^[1] A^[0])): 샘플마다 한 열",
    "ΔW^[1] = dZ^[1]·A^[0]ᵀ and ΔW^[2] = dZ^[2]·A^[1]ᵀ equal the finite-difference gradients of E: {ok} (every entry within 1e-8)":
        "ΔW^[1] = dZ^[1]·A^[0]ᵀ와 ΔW^[2] = dZ^[2]·A^[1]ᵀ는 E의 유한 차분 기울기와 같음: {ok} (모든 원소의 차이가 1e-8 이내)",
    "m = {m} samples, 3-4-2 sigmoid net, MSE": "샘플 m = {m}개, 3-4-2 시그모이드 신경망, MSE",
    "each entry of both sides, SymPy": "양변의 모든 원소, SymPy",
    "the review slide, checked by SymPy for any g": "복습 슬라이드를 임의의 g에 대해 SymPy로 확인",
    "Y − A^[2] (review slide)": "Y − A^[2] (복습 슬라이드)",
    "A^[2] − Y (section 3)": "A^[2] − Y (3절)",
    "A^[2] − Y (mixed)": "A^[2] − Y (섞어 씀)",
    "with E^[2] =": "E^[2]의 정의",
    "equals the finite differences": "유한 차분과 같은가",
    "E^[2] is {e}, g'(Z^[2]) is {g}: a matrix product of the two is defined: {fits}":
        "E^[2]는 {e}, g'(Z^[2])는 {g}: 둘의 행렬 곱이 정의되는가: {fits}",
    "E^[2] ⊙ g'(Z^[2]) is dZ^[2]: {same}": "E^[2] ⊙ g'(Z^[2])는 dZ^[2]인가: {same}",
    "written": "적힌 식",
    "for our batch": "이 노트북의 배치에서",
    "A^[2] − Y is {shape}; bpkit's loss × m = {E:.6f}":
        "A^[2] − Y의 모양은 {shape}; bpkit의 손실 × m = {E:.6f}",
    "the chain's factors for W^[2]; entry [i, k, j, l] = ∂out_ik/∂in_jl":
        "W^[2]에 대한 연쇄의 인수들; 원소 [i, k, j, l] = ∂out_ik/∂in_jl",
    "the contraction is {shape}, equals dZ^[2]·A^[1]ᵀ and the finite-difference ∂E/∂W^[2]: True":
        "축약의 모양은 {shape}이고, dZ^[2]·A^[1]ᵀ 및 유한 차분으로 구한 ∂E/∂W^[2]와 같음: True",
    "batch: n₂ = 2, n₁ = 4, m = 5": "배치: n₂ = 2, n₁ = 4, m = 5",
    "square: 2 × 2 everywhere": "정사각: 모두 2 × 2",
    "Aᵀ as a matrix factor, in four places": "행렬 인수 Aᵀ를 네 자리에 놓아 보기",
    "slide: W + E·g'(Z)·Aᵀ, E = A − Y": "슬라이드: W + E·g'(Z)·Aᵀ, E = A − Y",
    "right: W − α·(E ⊙ g'(Z))·Aᵀ, E = A − Y": "올바른 식: W − α·(E ⊙ g'(Z))·Aᵀ, E = A − Y",
    "review: W + α·(E ⊙ g'(Z))·Aᵀ, E = Y − A": "복습: W + α·(E ⊙ g'(Z))·Aᵀ, E = Y − A",
    "update": "가중치 조정",
    "E before": "조정 전 E",
    "E after": "조정 후 E",
    "(the course's printed E1, to its 8 digits)": "(강좌가 출력한 E1과 소수점 아래 8자리까지 같음)",
    "weights": "가중치",
    "lecture: E^[1] = W^[2]ᵀE^[2]": "강의 코드: E^[1] = W^[2]ᵀE^[2]",
    "exact: E^[1] = W^[2]ᵀdZ^[2]": "정확한 식: E^[1] = W^[2]ᵀdZ^[2]",
    "gradient check: max relative error against central differences":
        "기울기 검증: 중심 차분에 대한 최대 상대 오차",
    "output + loss": "출력층 + 손실함수",
    "lecture rule: max rel. error": "강의 규칙: 최대 상대 오차",
    "ΔW^[1] verdict": "ΔW^[1] 판정",
    # bpkit.lessons.matrix_model
    "shape (deck)": "모양 (강의 자료)",
    "bpkit (rows)": "bpkit (행)",
    "shape (bpkit)": "모양 (bpkit)",
    "deck = bpkitᵀ": "강의 자료 = bpkitᵀ",
    "inputs, one sample per column": "입력, 샘플마다 한 열",
    "labels, one per column": "레이블, 열마다 하나",
    "unknown rule {rule!r}; valid rules are: {rules}":
        "알 수 없는 규칙 {rule!r}입니다. 쓸 수 있는 규칙: {rules}",
    "Y must have the shape of A2, (n_2, m) = {shape}; got {got}":
        "Y는 A2와 같은 모양 (n_2, m) = {shape}이어야 하는데 {got}입니다",
    "sign must be -1 or +1; got {sign}": "sign은 -1 또는 +1이어야 하는데 {sign}입니다",
    "A0 must be (n_0, m), one sample per column; got shape {shape}":
        "A0은 샘플마다 한 열인 (n_0, m)이어야 하는데 모양이 {shape}입니다",
    "W1 must be (n_1, n_0) with n_0 = {n} rows of A0; got {got} (in bpkit's row convention it is net.weights[0].T)":
        "W1은 (n_1, n_0)이어야 하고 n_0은 A0의 행 수 {n}입니다. 받은 모양은 {got}입니다 (bpkit의 행 관례에서는 net.weights[0].T)",
    "W2 must be (n_2, n_1) with n_1 = {n} rows of W1; got {got} (in bpkit's row convention it is net.weights[1].T)":
        "W2는 (n_2, n_1)이어야 하고 n_1은 W1의 행 수 {n}입니다. 받은 모양은 {got}입니다 (bpkit의 행 관례에서는 net.weights[1].T)",
    "deck 004's matrix model has two weight layers (W1, W2); the net {sizes} has {n}":
        "강의 자료 004의 행렬 모델은 가중치 층이 두 개(W1, W2)인데, 신경망 {sizes}의 가중치 층은 {n}개입니다",
    # bpkit.lessons.matrix_calculus
    "factor": "인수",
    "entries": "원소 수",
    "non-zero": "영이 아닌 원소",
    "entry formula": "원소의 식",
    "formula holds": "식이 맞는가",
    "case": "경우",
    "result": "결과",
    "equals ΔW = contraction": "ΔW = 축약과 같은가",
    "fails: {left} {op} {right} do not fit": "실패: {left} {op} {right}의 모양이 맞지 않음",
    "shape {shape} = ΔWᵀ (bpkit's layout)": "모양 {shape} = ΔWᵀ (bpkit의 배열 방식)",
    "shape {shape}": "모양 {shape}",
    "the slide's claim": "슬라이드의 주장",
    "checked on": "확인한 범위",
    "SymPy: holds": "SymPy: 성립",
    "z_k = Σ_j w_jk a_j is row k of Z = W^[2]A^[1]: w_jk is entry (k, j)":
        "z_k = Σ_j w_jk a_j는 Z = W^[2]A^[1]의 k행: w_jk는 (k, j) 원소",
    "entry (k, j) of W − α ∂E/∂W is w_jk − α ∂E/∂w_jk":
        "W − α ∂E/∂W의 (k, j) 원소는 w_jk − α ∂E/∂w_jk",
    "every j, k; {shape}": "모든 j, k; {shape}",
    "the slide's W + E^[2]·g'(Z^[2])·A^[1]T equals it only for α =":
        "슬라이드의 W + E^[2]·g'(Z^[2])·A^[1]T가 이와 같아지는 α =",
    "deck 004 (columns)": "강의 자료 004 (열)",
    "identity": "항등식",
    "every size (SymPy)": "모든 크기 (SymPy)",
    "2×3, 3×2 entries": "2×3, 3×2 원소",
    "a {shape} matrix, not a number": "{shape} 행렬이지 숫자가 아님",
    "½ (A − Y)(A − Y), a matrix square": "½ (A − Y)(A − Y), 행렬의 제곱",
    "W must be (n, p) and A_in (p, m); got W {W}, A_in {A}":
        "W는 (n, p), A_in은 (p, m)이어야 합니다. 받은 모양: W {W}, A_in {A}",
    "Y must be (n, m) = {shape}; got {got}": "Y는 (n, m) = {shape}이어야 하는데 {got}입니다",
}

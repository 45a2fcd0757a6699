"""The series' one glossary: each English term, the Korean term the decks use (or, where a deck
has none, the usual Korean textbook term), and Korean variants the series avoids.

The Korean notebooks write the Korean term with the English in parentheses the first time,
e.g. "오차역전파(backpropagation)". ``tests/test_i18n.py`` checks that no Korean text of the
series uses an avoided variant. Notebook 00 shows this table.
"""
from __future__ import annotations

from typing import NamedTuple


class Term(NamedTuple):
    en: str
    ko: str
    note: str = ""             # where the Korean comes from, or what it means
    avoid: tuple = ()          # Korean variants the series does not use (regular expressions)


TERMS = (
    Term("deck (the lecture slides)", "강의 자료", "the five decks the series follows",
         (r"(?<!인)덱(?!스)",)),
    Term("backpropagation", "오차역전파", "decks 000–004", ("백프로파게이션",)),
    Term("forward pass", "순전파", "deck 004"),
    Term("backward pass", "역전파", "deck 004"),
    Term("gradient descent", "경사하강법", "deck 003", ("경사 하강법", "그래디언트 디센트")),
    Term("gradient", "기울기", "decks 001, 003, 004 (∇E, ∂E/∂w)", ("그래디언트",)),
    Term("learning rate", "학습률", "deck 002 (lr), deck 003 (η), deck 004 (α)",
         ("러닝레이트", "학습율")),
    Term("chain rule", "연쇄법칙", "deck 004; deck 000 writes 체인 룰", ("연쇄 법칙",)),
    Term("weight", "가중치", "decks 000–004"),
    Term("update (of the weights)", "업데이트",
         "deck 000 (가중치 업데이트); deck 004 writes 가중치 조정", ("갱신",)),
    Term("bias", "편향", "the decks write b, b1, b2", ("바이어스",)),
    Term("shared bias", "공유 편향", "deck 002's b1, b2: one bias per layer"),
    Term("parameter", "매개변수", "the weights and biases"),
    Term("activation function", "활성화 함수", "deck 003 (활성함수), deck 000 (Activate function)"),
    Term("input layer", "입력층", "deck 001"),
    Term("hidden layer", "은닉층", "decks 000, 003, 004"),
    Term("output layer", "출력층", "decks 000, 003, 004"),
    Term("error function, loss", "오차함수, 손실함수", "deck 004 (오차함수), deck 003 (손실함수)"),
    Term("sum of squared errors", "오차제곱합", "½Σ(t − y)² of one sample (deck 002's E_Total)"),
    Term("mean squared error", "평균제곱오차", "the mean over samples; bpkit averages the batch"),
    Term("log-loss", "로그 손실", "deck 001's Error(y, ŷ): the cross-entropy of one output"),
    Term("cross-entropy", "교차 엔트로피", "deck 000's E", ("크로스 엔트로피", "크로스엔트로피")),
    Term("delta (δ)", "델타", "deck 000 (δy, 델타식), deck 003 (δ_k)"),
    Term("partial derivative", "편미분", "decks 000, 004"),
    Term("second derivative", "이계도함수", ""),
    Term("quotient rule, power rule", "몫의 미분법, 거듭제곱의 미분", "deck 000's σ' ①–④"),
    Term("local derivative", "국소 미분", "one factor of the chain rule"),
    Term("elementwise (Hadamard) product ⊙", "원소별 곱(아다마르 곱)",
         "deck 002 calls it 행렬의 가로 곱"),
    Term("matrix", "행렬", "decks 001, 002, 004"),
    Term("transpose", "전치", "Aᵀ"),
    Term("outer product", "외적", "a column times a row (deck 002's ∘)"),
    Term("Jacobian", "야코비 행렬", "softmax's ∂y/∂u (notebook 05)"),
    Term("tensor, contraction", "텐서, 축약", "∂Z/∂W (notebook 06)"),
    Term("index (subscript)", "첨자", "deck 003 (층 / 첨자 / 뉴런 수)"),
    Term("label, one-hot", "레이블, 원-핫", "deck 004 (레이블)"),
    Term("neuron, unit", "뉴런", "deck 003 (뉴런 수)", ("유닛",)),
    Term("nudge test", "미세 변화 테스트", "notebooks 02, 08: ΔE ≈ ∂E/∂w · ε"),
    Term("step-through", "단계별 보기", "notebook 08"),
    Term("sigmoid", "시그모이드", "decks 000, 001"),
    Term("softmax", "소프트맥스", ""),
    Term("identity (activation)", "항등 함수", "g(s) = s"),
    Term("target", "목표값", "deck 002 (target), deck 000 (목표 t)"),
    Term("pre-activation (net input)", "가중합(net)", "deck 002's net, deck 003's u, deck 004's Z"),
    Term("vanishing gradient", "기울기 소실", "notebook 05", ("그래디언트 소실",)),
    Term("numerical differentiation", "수치 미분", "notebook 09"),
    Term("finite differences", "유한 차분", "notebooks 04, 05, 09"),
    Term("central difference", "중심 차분", "notebook 09"),
    Term("relative error", "상대 오차", "notebook 09"),
    Term("forward (one-sided) difference, backward difference", "전진 차분, 후진 차분",
         "notebook 09"),
    Term("round-off error", "반올림 오차", "notebook 09"),
    Term("significant digits", "유효숫자", ""),
    Term("analytic gradient, numerical gradient", "해석적 기울기, 수치 기울기", "notebook 09"),
    Term("bug zoo", "버그 동물원", "notebook 09: wrong backward passes"),
    Term("gradient check", "기울기 검증", "notebook 09"),
    Term("batch, mini-batch", "배치, 미니배치", ""),
    Term("data set", "데이터 세트", ""),
    Term("preprocessing", "전처리", "notebook 10"),
    Term("export", "내보내기", "notebook 10"),
    Term("runtime", "실행 환경", "notebook 10 (ONNX Runtime)"),
    Term("machine epsilon", "기계 엡실론", "the spacing of floating-point numbers near 1"),
    Term("service worker", "서비스 워커", "phone/: the app works offline"),
    Term("epoch", "에포크", "", ("에폭",)),
    Term("training set, test set", "학습 데이터, 테스트 데이터", ""),
    Term("learning curve", "학습 곡선", "notebook 07"),
    Term("confusion matrix", "혼동 행렬", "notebook 07"),
    Term("accuracy", "정확도", ""),
    Term("saturation", "포화", "a sigmoid unit with y near 0 or 1"),
    Term("decision boundary", "결정 경계", "notebook 01: where ŷ = 0.5"),
    Term("error surface", "오차 곡면", "notebook 01: E over the weights"),
    Term("convention", "관례(약속)", "a choice such as η = 1, not an error"),
    Term("erratum (slide error)", "슬라이드 오류", ""),
    Term("exercise", "연습 문제", ""),
)


def glossary_table(start: int = 0, stop: int | None = None):
    """The glossary (``TERMS[start:stop]``) as a ``bpkit.Table``: English, Korean, where it
    comes from, in the notebook's language."""
    from ..display import Table
    from . import _
    return Table([_("English"), _("Korean"), _("source or meaning")],
                 [[t.en, t.ko, _(t.note) if t.note else ""] for t in TERMS[start:stop]],
                 caption=_("The series' glossary"))

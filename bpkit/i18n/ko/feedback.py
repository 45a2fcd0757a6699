"""Korean of the shared exercise feedback (bpkit.exercises._feedback, _compare): the words every
check uses — not attempted, a crash, a missing ``return``, a wrong shape, NaN, the numbers side by
side. ``{what}`` is a function's name (`my_update`) or "답": the Korean puts a particle-free word
after it (의, 에, 에서), so it reads right after either.

The checks' own messages (ko/nb01.py …) follow the same words: "Not yet: …" is "아직 정답이
아닙니다: …", "Right: …" is "정답입니다: …", and an input named "on <label>" is "<label>에서"
(``judge`` strips exactly these two when it says "right on X, but not on Y")."""
KO = {
    # _feedback
    "Not attempted yet: fill in {what} and run the check again.":
        "아직 풀지 않음: {what}의 빈칸을 채운 뒤 검사 셀을 다시 실행하세요.",
    "this exercise": "이 연습 문제",
    "the function": "함수",
    "{name} raised {error}: {exc}": "{name} 실행 중에 {error} 오류가 났습니다: {exc}",
    "{name} returned {result}: is a `return` missing?":
        "{name}의 반환값이 {result}입니다. `return`을 빠뜨리지 않았나요?",
    "the example": "예제",
    "{what} gives {got} on {label}; expected {expected}":
        "{label}에서 {what}의 값은 {got}인데, 기댓값은 {expected}입니다",
    "Not yet: ": "아직 정답이 아닙니다: ",
    " on {label}": "{label}에서 ",
    "Not yet: right on {first}, but not on {label}: {message}. Does your function use every "
    "argument, with no numbers or sizes typed in?":
        "아직 정답이 아닙니다: {first}에서는 맞지만 {label}에서는 틀립니다. {message}. "
        "함수가 모든 인자를 사용하나요? 숫자나 크기를 코드에 직접 적어 넣지는 않았나요?",
    # _compare
    "your answer": "답",
    "{what} is None (is a `return` missing?)":
        "{what}의 값이 None입니다 (`return`을 빠뜨리지 않았나요?)",
    "{what} is the text {text}, not a number": "{what}의 값이 숫자가 아니라 문자열 {text}입니다",
    "{what} ({type}) cannot be read as an array of numbers (rows of different lengths?)":
        "{what}({type})의 값을 숫자 배열로 읽을 수 없습니다 (행마다 길이가 다르지 않나요?)",
    "{what} contains text, not numbers": "{what}에 숫자가 아닌 문자열이 들어 있습니다",
    "{what} is True/False, not a number": "{what}의 값이 숫자가 아니라 True/False입니다",
    "{what} holds {type} values, not numbers": "{what}에 숫자가 아닌 {type} 값이 들어 있습니다",
    "{what} is complex (a non-zero imaginary part)":
        "{what}의 값이 복소수입니다 (허수부가 0이 아님)",
    "{what} has dtype {dtype}, not numbers": "{what}의 dtype이 숫자가 아닌 {dtype}입니다",
    "{what} has shape {shape}, expected () (one number)":
        "{what}의 모양(shape)이 {shape}입니다. 기대한 모양은 () (숫자 하나)입니다",
    "{what} has shape {shape}, expected {expected}":
        "{what}의 모양(shape)이 {shape}입니다. 기대한 모양은 {expected}입니다",
    "{what} contains NaN (a 0/0, or log of a negative number?)":
        "{what}에 NaN이 들어 있습니다 (0/0이나 음수의 로그를 계산하지 않았나요?)",
    "{what} contains inf (a division by zero, or log(0)?)":
        "{what}에 inf가 들어 있습니다 (0으로 나누거나 log(0)을 계산하지 않았나요?)",
    # _predict
    "your prediction": "예측값",
    "your prediction of {name}": "{name} 예측",
    "Not yet: {why}. Write one number, e.g. {name} = 0.123.":
        "아직 정답이 아닙니다: {why}. 숫자 하나를 적으세요. 예: {name} = 0.123.",
    "Right: {name} = {exact}.": "정답입니다: {name} = {exact}.",
    "Not yet: {hint}": "아직 정답이 아닙니다: {hint}",
    "Not yet: {got} is not {name}. Check each step of your calculation, keeping four "
    "significant figures.":
        "아직 정답이 아닙니다: {got}은(는) {name}의 값이 아닙니다. 유효숫자 네 자리를 유지하면서 "
        "계산을 한 단계씩 다시 확인하세요.",
    "Not yet: answer with one of {options} (as text), not {kind}.":
        "아직 정답이 아닙니다: {kind} 말고 {options} 중 하나를 문자열로 답하세요.",
    "Not yet: {given!r} is not one of the options {options}.":
        "아직 정답이 아닙니다: {given!r}은(는) 보기 {options}에 없습니다.",
    "Right: {explanation}": "정답입니다: {explanation}",
    "Not yet: {explanation}": "아직 정답이 아닙니다: {explanation}",
    "There is no prediction {name!r} here; the predictions are: {names}.":
        "여기에는 {name!r}라는 예측 문제가 없습니다. 예측 문제는 {names}입니다.",
    "Not yet: {kind} cannot be read as an answer ({exc}).":
        "아직 정답이 아닙니다: {kind} 값을 답으로 읽을 수 없습니다 ({exc}).",
}

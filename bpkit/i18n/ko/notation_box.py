"""Korean of ``bpkit.lessons.notation.index_box`` (the box that opens notebooks 03, 04, 05)."""
KO = {
    "this weight": "이 가중치",
    "index order": "첨자 순서",
    "(from, to)": "(출발, 도착)",
    "(to, from)": "(도착, 출발)",
    "(from, to), 0-based": "(출발, 도착), 0부터 셈",
    "one weight, hidden unit 2 → output 1 of deck 002's net, in every deck's notation":
        "강의 자료 002 신경망의 가중치 하나(은닉 뉴런 2 → 출력 1)를 강의 자료마다의 표기로",
}

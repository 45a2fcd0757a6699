"""Korean for strings shared across bpkit (generic table words)."""
KO = {
    "English": "영어",
    "Korean": "한국어",
    "source or meaning": "출처 또는 뜻",
    "The series' glossary": "시리즈 용어집",
}

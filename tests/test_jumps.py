"""The jump list behaves like vim's: back and forward through the places jumped from."""

from dossier_tui.tui.jumps import JumpList, Place

A, B, C, D = (Place("a.txt", 1), Place("b.txt", 2), Place("c.txt", 3), Place("d.txt", 4))


def test_back_and_forward_walk_the_history():
    j = JumpList()
    j.record(A)  # A -> B
    j.record(B)  # B -> C
    assert j.back(C) == B
    assert j.back(B) == A
    assert j.back(A) is None
    assert j.forward() == B
    assert j.forward() == C
    assert j.forward() is None


def test_a_new_jump_drops_forward_history():
    j = JumpList()
    j.record(A)
    j.record(B)
    assert j.back(C) == B
    j.record(B)  # from B jump to D
    assert j.forward() is None
    assert j.back(D) == B
    assert j.back(B) == A


def test_nothing_to_go_back_to():
    j = JumpList()
    assert j.back(A) is None and j.forward() is None


def test_limit_keeps_the_most_recent():
    j = JumpList(limit=3)
    for i in range(10):
        j.record(Place("x", i))
    assert len(j) == 3
    assert j.back(Place("x", 99)) == Place("x", 9)

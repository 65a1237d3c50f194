from extractor.records import most_mentioned


def test_most_mentioned_needs_enough_mentions_and_twice_the_runner_up():
    assert most_mentioned(["a", "a", "a", "b"], 3) == "a"
    assert most_mentioned(["a", "a", "b"], 3) is None  # too few mentions
    assert most_mentioned(["a", "a", "a", "b", "b"], 3) is None  # not twice the runner-up
    assert most_mentioned(["a", "a", "b"], 2) == "a"
    assert most_mentioned([], 1) is None

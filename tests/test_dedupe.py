import random

from checkers.dedupe import near_duplicates, signature

STORY = ("Alibaba will invest more than its planned 380 billion yuan in AI infrastructure, chief executive Eddie Wu "
         "said on Wednesday at the company's Apsara Conference in Hangzhou. The cloud unit also announced its first "
         "data centres in Brazil, France and the Netherlands. ") * 3


def test_syndicated_copies_cluster_to_the_first():
    rnd = random.Random(7)
    copy = STORY.replace("Wednesday", "Wednesday (Reuters)")
    other = " ".join(rnd.sample(STORY.split(), len(STORY.split())))  # same words, another text
    dups = near_duplicates({"a": signature(STORY), "b": signature(copy), "c": signature(other),
                            "d": signature("Too short to count.")})
    assert dups == {"b": "a"}


def test_no_sources_no_duplicates():
    assert near_duplicates({}) == {} and near_duplicates({"a": signature(STORY)}) == {}

"""The extractor against the held-out set (tests/fixtures/heldout): floors a little below what it
reaches, so that a rule change that breaks general phrasing fails here and not in production."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.eval_score import SCORE, score_extractor

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"


def test_heldout_set_is_complete() -> None:
    articles = sorted(p.stem for p in (HELDOUT / "articles").glob("*.txt"))
    gold = sorted(p.stem for p in (HELDOUT / "gold").glob("*.json"))
    assert articles == gold and len(articles) >= 10
    for stem in gold:
        data = json.loads((HELDOUT / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        text = (HELDOUT / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        for rel in data["relations"]:
            assert rel["evidence"] in text, (stem, rel["evidence"])
        for ent in data["entities"]:
            for alias in ent["aliases"]:
                assert alias in text, (stem, alias)


@pytest.mark.skipif(not SCORE.exists(), reason="../shared/eval/score.py is not here")
def test_heldout_floors(tmp_path: Path) -> None:
    scores = score_extractor(HELDOUT / "articles", HELDOUT / "gold", tmp_path)
    # reached when the floors were set (64 articles, after the batch-9 fixes): entities 0.983,
    # relations 0.994, relations with dates 0.988, date accuracy 0.997; with batch 10 (72
    # articles, after its fixes): entities 0.981, relations 0.989, with dates 0.982, dates 0.992;
    # with batch 11 (80 articles, after its fixes; its first unseen score was much lower than
    # batch 10's after-fix score, so the whole set's scores dropped): entities 0.977, relations
    # 0.981, with dates 0.971, dates 0.986; with batch 12 (88 articles, after its fixes):
    # entities 0.976, relations 0.979, with dates 0.966, dates 0.980; with batch 13 (96
    # articles, after its fixes; its first unseen relations were 0.773): entities 0.977,
    # relations 0.974, with dates 0.960, dates 0.982; with batch 14 (104 articles, after the
    # batch-13 part-A fixes and its own; its first unseen relations were 0.825): entities 0.976,
    # relations 0.974, with dates 0.958, dates 0.977; with batch 15 (112 articles, after the
    # batch-14 part-A fixes and its own; its first unseen relations were 0.859): entities 0.975,
    # relations 0.974, with dates 0.958, dates 0.975; with batch 16 (118 articles, after its
    # fixes; its first unseen relations were 0.912): entities 0.976, relations 0.974, with dates
    # 0.959, dates 0.976; with batch 17 (123 articles, after its fixes; its first unseen relations
    # were 0.918): entities 0.976, relations 0.973, with dates 0.958, dates 0.976; with batch 18
    # (128 articles, after its fixes; its first unseen relations were 0.918): entities 0.976,
    # relations 0.972, with dates 0.957, dates 0.976; with batch 19 (134 articles, after its
    # fixes; its first unseen relations were 0.689): entities 0.977, relations 0.973, with dates
    # 0.959, dates 0.978; with batch 20 (140 articles, after its fixes; its first unseen relations
    # were 0.803): entities 0.978, relations 0.973, with dates 0.959, dates 0.978; with batch 21
    # (146 articles, after its fixes; its first unseen relations were 0.823): entities 0.973,
    # relations 0.973, with dates 0.959, dates 0.977; with batch 22 (152 articles, after its
    # fixes; its first unseen relations were 0.823): entities 0.974, relations 0.972, with dates
    # 0.959, dates 0.978; with the City type too: entities 0.974, relations 0.978, with dates
    # 0.965, dates 0.979; with the part-A fixes: entities 0.977, relations 0.982, with dates
    # 0.969, dates 0.979; with batch 23 (158 articles, after its fixes; its first unseen
    # relations were 0.678): entities 0.978, relations 0.982, with dates 0.969, dates 0.980; with
    # batch 24 (164 articles, after its fixes and the part-B fixes of older misses; its first
    # unseen relations were 0.886): entities 0.981, relations 0.985, with dates 0.973, dates 0.981;
    # with batch 25 (170 articles, after its fixes; its first unseen relations were 0.863):
    # entities 0.980, relations 0.985, with dates 0.971, dates 0.980; with batch 26 (176 articles,
    # after its fixes; its first unseen relations were 0.813): entities 0.979, relations 0.985,
    # with dates 0.973, dates 0.982; with batch 27 (182 articles, after its fixes; its first
    # unseen relations were 0.805): entities 0.979, relations 0.988, with dates 0.976, dates 0.982;
    # with batch 28 (188 articles, after its fixes; its first unseen relations were 0.864):
    # entities 0.979, relations 0.988, with dates 0.977, dates 0.983; with batch 29 (194
    # articles, after its fixes; its first unseen relations were 0.951): entities 0.979,
    # relations 0.989, with dates 0.978, dates 0.984; with batch 30 (200 articles, after its
    # fixes; its first unseen relations were 0.827): entities 0.979,
    # relations 0.989, with dates 0.978, dates 0.984; with batch 31 (206 articles, after its
    # fixes; its first unseen relations were 0.955): entities 0.980, relations 0.989, with dates
    # 0.979, dates 0.984; with batch 32 (212 articles, after its fixes; its first unseen
    # relations were 0.896): entities 0.979, relations 0.988, with dates 0.978, dates 0.984; with
    # batch 33 (218 articles on its branch, after its fixes; its first unseen relations were
    # 0.854): entities 0.978, relations 0.989, with dates 0.979, dates 0.985; with batch 34 (218
    # articles on its branch, before batch 33 was merged; after its fixes; its first unseen
    # relations were 0.931): entities 0.977, relations 0.989, with dates 0.979, dates 0.985; all
    # 224 after the merge: entities 0.976, relations 0.989, with dates 0.979, dates 0.985; with
    # batch 35 (230 articles on its branch, before batch 36 was merged; after its fixes; its
    # first unseen relations were 0.938): entities 0.976, relations 0.989, with dates 0.978,
    # dates 0.984; with batch 36 (230 articles on its branch, before batch 35 was merged; after
    # its fixes; its first unseen relations were 0.957): entities 0.976, relations 0.990, with
    # dates 0.979, dates 0.984; all 236 after the merge: entities 0.976, relations 0.990, with dates
    # 0.978, dates 0.982; with batch 37 (242 articles on its branch, before batch 38 was merged;
    # after its fixes; its first unseen relations were 0.918): entities 0.976, relations 0.990,
    # with dates 0.979, dates 0.984; with batch 38 (242 articles on its branch, before batch 37
    # was merged; after its fixes; its first unseen relations were 0.882): entities 0.976,
    # relations 0.990, with dates 0.978, dates 0.983; all 248 after the merge: entities 0.975,
    # relations 0.990, with dates 0.980, dates 0.985; with batch 39 (254 articles on its branch,
    # before batch 40 was merged; after its fixes; its first unseen relations were 0.894, 0.904
    # against its corrected gold): entities 0.975, relations 0.989, with dates 0.978, dates 0.985;
    # with batch 40 (254 articles on its branch, before batch 39 was merged; after its fixes; its
    # first unseen relations were 0.970): entities 0.976, relations 0.990, with dates 0.980, dates
    # 0.985; all 260 after the merge: entities 0.976, relations 0.989, with dates
    # 0.978, dates 0.985; with batch 41 (266 articles on its branch, before batch 42 was merged;
    # after its fixes; its first unseen relations were 0.913, 0.931 against its corrected gold):
    # entities 0.976, relations 0.989, with dates 0.978, dates 0.985; with batch 42 (266 articles
    # on its branch, before batch 41 was merged; after its fixes; its first unseen relations were
    # 0.905, the same against its corrected gold): entities 0.975, relations 0.988, with dates
    # 0.977, dates 0.985; all 272 after the merge: entities 0.976, relations 0.988, with dates
    # 0.977, dates 0.986; with batch 43 (278 articles on its branch, before batch 44 was merged;
    # after its fixes; its first unseen relations were 0.846, the same against its corrected
    # gold): entities 0.975, relations 0.988, with dates 0.977, dates 0.986; with batch 44 (278
    # articles on its branch, before batch 43 was merged; after its fixes; its first unseen
    # relations were 0.815, the same against its corrected gold): entities 0.976, relations
    # 0.988, with dates 0.978, dates 0.986; with the part-A fixes after batch 43 (278 articles,
    # without batch 44): entities 0.976, relations 0.990, with dates 0.979, dates 0.986; with
    # batch 46 (284 articles on its branch, without batches 44-45 and the part-A fixes; after
    # its fixes; its first unseen relations were 0.742, no gold slip): entities 0.975,
    # relations 0.987, with dates 0.976, dates 0.987;
    # with batch 45 (278 articles on its branch, without batches 43-44 and 46; after its fixes;
    # its first unseen relations were 0.726, the same against its corrected gold): entities
    # 0.975, relations 0.988, with dates 0.977, dates 0.986; all 296 after the merge: entities
    # 0.975, relations 0.989, with dates 0.979, dates 0.988;
    # with batch 47 (290 articles on its branch, without batches 44-45; after its fixes; its
    # first unseen relations were 0.761, no gold slip): entities 0.974, relations 0.985, with
    # dates 0.974, dates 0.985; all 302 after the merge: entities 0.975, relations 0.988, with
    # dates 0.977, dates 0.986;
    # with the part-B fixes after batch 46 (284 articles, without batches 44-45 and 47):
    # entities 0.978, relations 0.991, with dates 0.980, dates 0.987; all 302 after the merge:
    # entities 0.977, relations 0.990, with dates 0.979, dates 0.986;
    # with batch 48 (302 articles on its branch, without batches 47 and 49; after its fixes;
    # its first unseen relations were 0.932, no gold slip): entities 0.976, relations 0.990,
    # with dates 0.980, dates 0.988; all 308 after the merge: entities 0.977, relations 0.990,
    # with dates 0.979, dates 0.986;
    # with batch 49 (302 articles on its branch, without batches 47 and 48; after its fixes;
    # its first unseen relations were 0.793, no gold slip): entities 0.975, relations 0.988,
    # with dates 0.977, dates 0.986; all 314 after the merge: entities 0.976, relations 0.988,
    # with dates 0.977, dates 0.985; with the part-C fixes after batch 49 (314 articles, without
    # batch 51): entities 0.977, relations 0.991, with dates 0.981, dates 0.987;
    # with batch 51 (320 articles on its branch, without batch 50 and the part-C fixes; after
    # its fixes; its first unseen relations were 0.921, 0.927 against the gold corrected for
    # one slip): entities 0.976, relations 0.988, with dates 0.976, dates 0.986; all 320 after
    # the merge: entities 0.977, relations 0.991, with dates 0.980, dates 0.987;
    # with batch 50 (320 articles on its branch, without batch 51 and the part-C fixes; after
    # its fixes; its first unseen relations were 0.885, two gold slips, footnote 37): entities
    # 0.976, relations 0.988, with dates 0.977, dates 0.985; all 326 after the merge: entities
    # 0.976, relations 0.990, with dates 0.979, dates 0.987;
    # with batch 53 (326 articles on its branch, without batches 50 and 52; after its fixes;
    # its first unseen relations were 0.885, the same against the gold corrected for one slip,
    # 337 giving no output before the crash fix): entities 0.976, relations 0.991, with dates
    # 0.979, dates 0.985; all 332 after the merge: entities 0.976, relations 0.990, with dates
    # 0.978, dates 0.985;
    # with batch 52 (326 articles on its branch, without batches 50 and 53; after its fixes;
    # its first unseen relations were 0.864, one date slip corrected in 332's gold): entities
    # 0.976, relations 0.989, with dates 0.978, dates 0.987; all 338 after the merge: entities
    # 0.975, relations 0.989, with dates 0.977, dates 0.985;
    # with the part-D fixes after batch 51 (326 articles, without batches 52-53): entities
    # 0.977, relations 0.991, with dates 0.980, dates 0.987; all 338 after the merge: entities
    # 0.976, relations 0.990, with dates 0.978, dates 0.986;
    # with batch 55 (344 articles on its branch, without batch 54; after its fixes; its first
    # unseen relations were 0.873, no gold slip): entities 0.975, relations 0.988, with dates
    # 0.976, dates 0.985;
    # with batch 54 (344 articles on its branch, without batch 55; after its fixes; its first
    # unseen relations were 0.910, no gold slip): entities 0.975, relations 0.989, with dates
    # 0.977, dates 0.985; all 350 after the merge: entities 0.974, relations 0.987, with dates
    # 0.974, dates 0.984 (floors kept);
    # with batch 56 (356 articles on its branch; after its fixes; its first unseen relations
    # were 0.760, no gold slip): entities 0.974, relations 0.986, with dates 0.972, dates 0.982
    # (floors kept);
    # with batch 58 (356 articles on its branch, without batches 56-57; after its fixes; its
    # first unseen relations were 0.789, no gold slip): entities 0.974, relations 0.986, with
    # dates 0.973, dates 0.984 (floors kept);
    # with batch 57 (356 articles on its branch, without batch 56; after its fixes; its first
    # unseen relations were 0.823, one naming slip corrected in 358's gold): entities 0.974,
    # relations 0.987, with dates 0.973, dates 0.982 (floors kept);
    # with the part-E fixes after batch 55 (350 articles on its branch, without batches 56-58):
    # entities 0.976, relations 0.989, with dates 0.977, dates 0.984; all 368 after the merge:
    # entities 0.975, relations 0.986, with dates 0.972, dates 0.981 (floors kept);
    # with batch 61 (374 articles on its branch, without batches 59-60; after its fixes; its
    # first unseen relations were 0.805 against the gold corrected for three slips, 0.795 as
    # first written): entities 0.973, relations 0.984, with dates 0.970, dates 0.981 (floors
    # kept);
    # with batch 60 (374 articles on its branch, without batches 59 and 61; after its fixes; its
    # first unseen relations were 0.730, no gold slip): entities 0.973, relations 0.984, with dates
    # 0.969, dates 0.980 (floors kept);
    # with batch 59 (374 articles on its branch, without batches 60-61; after its fixes; its first
    # unseen relations were 0.767, no gold slip): entities 0.973, relations 0.984, with dates 0.970,
    # dates 0.981; all 386 after the merge: entities 0.973, relations 0.985, with dates 0.971, dates
    # 0.981 (floors kept);
    # with the part-F fixes after batch 58 (368 articles on its branch, without batches 59-61):
    # entities 0.975, relations 0.988, with dates 0.975, dates 0.982; all 386 after the merge:
    # entities 0.973, relations 0.986, with dates 0.973, dates 0.982 (floors kept);
    # with batch 62 (392 articles on its branch; after its fixes; its first unseen relations
    # were 0.870 against the gold corrected for its slips, 0.849 as first written): entities
    # 0.973, relations 0.987, with dates 0.973, dates 0.982 (floors kept);
    # with batch 63 (392 articles on its branch, without batch 62; after its fixes; its first
    # unseen relations were 0.529, no gold slip): entities 0.973, relations 0.984, with dates
    # 0.969, dates 0.979 (floors kept);
    # with batch 64 (392 articles on its branch, without batches 62-63; after its fixes; its
    # first unseen relations were 0.704, no gold slip): entities 0.971, relations 0.985, with
    # dates 0.971, dates 0.981; all 404 after the merge with batches 62-63: entities 0.971,
    # relations 0.983, with dates 0.968, dates 0.979 (floors kept);
    # with the part-G fixes after batch 64 (all 404 articles): entities 0.971, relations 0.984
    # (tp 5606 -> 5616), with dates 0.968, dates 0.979 (floors kept);
    # with batch 65 (410 articles on its branch, without part G; after its fixes; its first
    # unseen relations were 0.855 against the gold corrected for its slips, 0.864 as first
    # written): entities 0.971, relations 0.982, with dates 0.967, dates 0.979; all 410 after
    # the merge with part G: entities 0.971, relations 0.983, with dates 0.968, dates 0.979
    # (floors kept);
    # with batch 66 (410 articles on its branch, without batch 65 and part G; after its fixes;
    # its first unseen relations were 0.875, no gold slip): entities 0.971, relations 0.982,
    # with dates 0.966, dates 0.977; all 416 after the merge: entities 0.971, relations 0.983,
    # with dates 0.967, dates 0.977 (floors kept);
    # with batch 67 (422 articles on its branch; after its fixes; its first unseen relations
    # were 0.811, no gold slip): entities 0.971, relations 0.983, with dates 0.967, dates 0.977
    # (floors kept);
    # with batch 68 (422 articles on its branch, without batch 67; after its fixes; its first
    # unseen relations were 0.719, no gold slip): entities 0.971, relations 0.983, with dates
    # 0.967, dates 0.977 (floors kept);
    # with batch 69 (422 articles on its branch, without batches 67-68; after its fixes; its
    # first unseen relations were 0.661, no gold slip): entities 0.970, relations 0.982, with
    # dates 0.966, dates 0.977 (floors kept);
    # with the part-H fixes after batch 66 (all 416 articles on its branch): entities 0.971,
    # relations 0.986 (tp 5750 -> 5776, fp 12 -> 9), with dates 0.971, dates 0.979 (floors kept);
    # with batch 72 (422 articles on its branch, without batches 67-71 and part H; after its
    # fixes; its first unseen relations were 0.743, no gold slip): entities 0.970, relations
    # 0.982, with dates 0.966, dates 0.977 (floors kept);
    # with batch 71 (422 articles on its branch, without batches 67-69; after its fixes; its
    # first unseen relations were 0.826, 0.835 against the gold corrected for one slip):
    # entities 0.970, relations 0.983, with dates 0.967, dates 0.977 (floors kept);
    # with batch 70 (422 articles on its branch, without batches 67-69 and part H; after its
    # fixes; its first unseen relations were 0.863, no relation slip, date slips corrected):
    # entities 0.971, relations 0.983, with dates 0.967, dates 0.977 (floors kept);
    # with batch 74 (458 articles on its branch, without batch 73; after its fixes; its first
    # unseen relations were 0.824, no gold slip): entities 0.972, relations 0.985, with dates
    # 0.970, dates 0.979 (floors kept);
    # with batch 73 (458 articles on its branch, without batch 74; after its fixes; its first
    # unseen relations were 0.794, 0.750 against the gold corrected for its headline signings):
    # entities 0.971, relations 0.984, with dates 0.970, dates 0.980 (floors kept);
    # with batch 77 (470 articles on its branch, without batches 75-76; after its fixes; its
    # first unseen relations were 0.841, one gold slip that left the score unchanged):
    # entities 0.975, relations 0.986, with dates 0.970, dates 0.978 (floors kept);
    # with the part-I fixes after batch 69 (all 434 articles on its branch): entities 0.972 ->
    # 0.975 (tp 5025 -> 5056, fp 124 -> 121), relations 0.985 -> 0.986 (tp 6031 -> 6047, fp 9),
    # with dates 0.971 -> 0.972, dates 0.980 (floors kept);
    # with batch 76 (470 articles on its branch, without batches 75 and 77; after its fixes; its
    # first unseen relations were 0.763, the same against the gold corrected for three name
    # slips): entities 0.975, relations 0.983 -> 0.985 (tp 6511 -> 6536, fp 10), with dates
    # 0.968 -> 0.970, dates 0.978 -> 0.980 (floors kept);
    # with batch 75 (470 articles on its branch, without batches 76-77; after its fixes; its
    # first unseen relations were 0.838, the same against the gold corrected for a date and a
    # name): entities 0.975, relations 0.984 -> 0.986 (tp 6510 -> 6531, fp 10), with dates
    # 0.969 -> 0.971, dates 0.979 -> 0.980 (floors kept);
    # with the part-J fixes after batch 74 (all 464 articles): entities 0.975 (tp 5412 -> 5414),
    # relations 0.986 -> 0.987 (tp 6453 -> 6472, fp 10 -> 9), with dates 0.971 -> 0.973, dates
    # 0.979 -> 0.980 (floors kept);
    # with batch 79 (488 articles on its branch, without batches 78 and 80; after its fixes; its
    # first unseen relations were 0.939, no gold slip): entities 0.975, relations 0.985 (tp
    # 6759 -> 6767, fp 11), with dates 0.969 -> 0.970, dates 0.977 -> 0.979 (floors kept);
    # with batch 78 (488 articles on its branch; after its fixes; its first unseen relations
    # were 0.871, no gold slip): entities 0.974, relations 0.984 -> 0.985 (tp 6754 -> 6765,
    # fp 12), with dates 0.969 -> 0.970, dates 0.980 -> 0.979 (floors kept);
    # with batch 80 (488 articles on its branch, without batches 78-79; after its fixes; its
    # first unseen relations were 0.713, 0.735 against the gold corrected for two slips):
    # entities 0.975, relations 0.983 -> 0.985 (tp 6733 -> 6759, fp 10), with dates
    # 0.968 -> 0.970, dates 0.980 -> 0.979 (floors kept);
    # with the part-K fixes after batch 80 (all 500 articles): entities 0.975 (tp 5837 -> 5840,
    # fp 142 -> 141), relations 0.986 -> 0.987 (tp 6931 -> 6944, fp 12), with dates 0.972 ->
    # 0.973 (tp 6830 -> 6843), dates 0.980 -> 0.979 (two new signings undated, 478) (floors kept);
    # with batch 82 (506 articles on its branch, without batches 81 and 83; after its fixes;
    # its first unseen relations were 0.940, no gold slip): entities 0.975, relations 0.986
    # (tp 7001 -> 7010, fp 12), with dates 0.970 -> 0.972, dates 0.978 -> 0.980 (floors kept);
    # with batch 83 (506 articles on its branch, without batches 81-82; after its fixes; its
    # first unseen relations were 0.864, one naming slip, no score change): entities 0.974,
    # relations 0.985 -> 0.986 (tp 6988 -> 6999, fp 12), with dates 0.970, dates 0.978 (floors
    # kept);
    # with batch 81 (506 articles on its branch; after its fixes; its first unseen relations
    # were 0.809, dates corrected for one gold slip): entities 0.974, relations 0.984 -> 0.986
    # (tp 6982 -> 6998, fp 13 -> 12), with dates 0.970 -> 0.971, dates 0.980 -> 0.979 (floors
    # kept);
    # with the part-L fixes after batch 83 (all 518 articles): entities 0.975 (tp 6026 -> 6033,
    # fp 144 -> 143), relations 0.986 -> 0.988 (tp 7158 -> 7183, fp 12), with dates 0.971 ->
    # 0.974 (tp 7045 -> 7080), dates 0.977 -> 0.980 (floors kept);
    # with batch 84 (524 articles on its branch: 518 and batch 84, without batches 85-86; after
    # its fixes; its first unseen relations were 0.762, no gold slip): entities 0.975,
    # relations 0.984 -> 0.987 (tp 7206 -> 7235, fp 13 -> 12), with dates 0.969 -> 0.971,
    # dates 0.977 -> 0.978 (floors kept);
    # with batch 85 (524 articles on its branch, without batches 84 and 86; after its fixes;
    # its first unseen relations were 0.901, no gold slip): entities 0.975, relations 0.985 ->
    # 0.987 (tp 7231 -> 7246, fp 13 -> 12), with dates 0.970 -> 0.971, dates 0.977 -> 0.978
    # (floors kept);
    # with batch 86 (524 articles on its branch, without batches 84-85; after its fixes; its
    # first unseen relations were 0.803, the same against the gold corrected for one date slip):
    # entities 0.974 -> 0.975, relations 0.985 -> 0.986 (tp 7211 -> 7231, fp 13 -> 12), with
    # dates 0.969 -> 0.971, dates 0.977 -> 0.978 (floors kept);
    # with the part-M fixes after batch 86 (all 536 articles): entities 0.975 -> 0.978 (tp
    # 6239 -> 6262, fp 149 -> 139), relations 0.988 -> 0.990 (tp 7421 -> 7450, fp 12 -> 8),
    # with dates 0.975 -> 0.977 (tp 7319 -> 7348), dates 0.981 (floors kept);
    # with batch 87 (530 articles on its branch, without batches 84-85; after its fixes; its
    # first unseen relations were 0.789, no gold slip): entities 0.974 -> 0.975, relations
    # 0.984 -> 0.987 (tp 7287 -> 7319, fp 12), with dates 0.969 -> 0.971, dates 0.978 (floors
    # kept);
    # with batch 88 (542 articles on its branch: 536 and batch 88, without batch 87; after its
    # fixes; its first unseen relations were 0.800, no gold slip): entities 0.974, relations
    # 0.985 -> 0.986 (tp 7456 -> 7479, fp 14 -> 12), with dates 0.970 -> 0.971, dates 0.979
    # (floors kept);
    # with batch 89 (542 articles on its branch: 536 and batch 89, without batches 87-88; after
    # its fixes; its first unseen relations were 0.784, one naming slip in the gold, no score
    # change): entities 0.973 -> 0.974, relations 0.985 -> 0.986 (tp 7454 -> 7477, fp 14 ->
    # 12), with dates 0.969 -> 0.970, dates 0.977 (floors kept);
    # with batch 90 (542 articles on its branch: 536 and batch 90, without batches 87-89; after
    # its fixes; its first unseen relations were 0.879, the same against the gold corrected for
    # one date slip): entities 0.975, relations 0.987 -> 0.988 (tp 7512 -> 7532, fp 12), with
    # dates 0.972 -> 0.975, dates 0.979 -> 0.981 (floors kept);
    # with the part-N fixes after batch 90 (all 554 articles): entities 0.977 -> 0.978 (tp
    # 6488 -> 6495, fp 149 -> 145), relations 0.990 -> 0.991 (tp 7727 -> 7740, fp 8), with
    # dates 0.976 -> 0.977 (tp 7615 -> 7629), dates 0.980 (floors kept);
    # with batch 91 (560 articles on its branch: 554 and batch 91, without batches 88 and 92;
    # after its fixes; its first unseen relations were 0.759, the same against the gold
    # corrected for its yearless dates): entities 0.977, relations 0.988 -> 0.990 (tp 7779 ->
    # 7809, fp 11 -> 8), with dates 0.974 -> 0.975, dates 0.980 (floors kept);
    # with batch 92 (560 articles on its branch: 554 and batch 92, without batches 88 and 91;
    # after its fixes; its first unseen relations were 0.696, no gold slip): entities 0.977 (tp
    # 6564 -> 6566, fp 155 -> 151), relations 0.987 -> 0.990 (tp 7783 -> 7822, fp 14 -> 8),
    # with dates 0.972 -> 0.976, dates 0.979 -> 0.980 (floors kept);
    # part O (all 572, open misses of batches 88, 91 and 92 and part N's): entities 0.978 (tp
    # 6734 -> 6735), relations 0.991 (tp 8000 -> 8004, fp 8), with dates 0.976 -> 0.977 (tp
    # 7885 -> 7896, fp 123 -> 116), dates 0.980 (floors kept);
    # with batch 93 (all 578 articles on its branch; after its fixes; its first unseen
    # relations were 0.794, 0.782 against the gold corrected for yearless dates and two
    # demonym offices): entities 0.977 (tp 6799 -> 6802, fp 165 -> 164), relations 0.989 ->
    # 0.990 (tp 8052 -> 8063, fp 12 -> 11), with dates 0.974 -> 0.975, dates 0.981 (floors kept);
    # with batch 94 (578 articles on its branch: 572 and batch 94, without batch 93; after its
    # fixes; its first unseen relations were 0.794, 0.800 against the gold corrected for a
    # museum visited as a venue and yearless dates): entities 0.977 -> 0.978 (tp 6785 -> 6802,
    # fp 160 -> 151), relations 0.989 -> 0.990 (tp 8052 -> 8075, fp 8), with dates 0.975 ->
    # 0.976, dates 0.980 (floors kept);
    # part P (all 584, open misses of batches 93 and 94): entities 0.978 (tp 6871 -> 6874, fp
    # 161 -> 160), relations 0.990 (tp 8142 -> 8152, fp 11 -> 10, fn 159 -> 149), with dates
    # 0.976 -> 0.977, dates 0.980 (floors kept);
    # with batch 95 (all 590 articles on its branch: 584 and batch 95; after its fixes; its
    # first unseen relations were 0.848, 0.874 against the gold corrected for yearless dates
    # and the "Erasmus+ programme" name): entities 0.978 (tp 6942 -> 6943, fp 166), relations
    # 0.989 -> 0.990 (tp 8208 -> 8222, fp 11), with dates 0.974 -> 0.975, dates 0.978 -> 0.979
    # (floors kept);
    # with batch 96 (590 articles on its branch: 584 and batch 96, without batch 95; after its
    # fixes; its first unseen relations 0.914, 0.962 after): entities 0.977, relations 0.989
    # (tp 8211 -> 8218, fp 11), with dates 0.975 -> 0.976, dates 0.980 (floors kept);

    # part Q (all 596, a reviewer's weaknesses and open misses of batches 95 and 96): entities
    # 0.977 -> 0.978 (tp 7008 -> 7010, fp 170 -> 169), relations 0.990 (tp 8308 -> 8316, fp
    # 10), with dates 0.976 -> 0.977 (tp 8188 -> 8203, fp 130 -> 123), dates 0.979 -> 0.981
    # (floors kept);
    # with batch 97 (602 articles on its branch: 596 and batch 97; after its fixes; its first
    # unseen relations 0.886, 0.983 after): entities 0.977, relations 0.989 -> 0.990 (tp 8378
    # -> 8393, fp 10), with dates 0.974 -> 0.976, dates 0.978 -> 0.979 (floors kept);
    # with batch 98 (602 articles on its branch: 596 and batch 98, without batch 97; after its
    # fixes; its first unseen relations 0.802, 0.939 after): entities 0.976 -> 0.977, relations
    # 0.988 -> 0.989 (tp 8373 -> 8393, fp 12 -> 11), with dates 0.974 -> 0.975, dates 0.979
    # (floors kept);
    # with batch 99 (602 articles on its branch: 596 and batch 99, without batches 97, 98 and
    # 100; after its fixes; its first unseen relations were 0.824, the same against the gold
    # with 612's Senate added, 1.000 after): entities 0.977 (tp 7067 -> 7071), relations 0.989
    # -> 0.990 (tp 8362 -> 8383, fp 12 -> 10), with dates 0.974 -> 0.976, dates 0.979 (floors
    # kept);
    # with batch 100 (602 articles on its branch: 596 and batch 100, without batches 97-99;
    # after its fixes; its first unseen relations 0.681, 0.694 against the gold corrected for
    # a missed alias, 0.989 after): entities 0.977 -> 0.978 (tp 7077 -> 7080, fp 179 -> 171),
    # relations 0.987 -> 0.990 (tp 8358 -> 8400, fp 10), with dates 0.973 -> 0.976, dates
    # 0.978 -> 0.980 (floors kept);

    # part R (all 620, open misses of batches 97, 98 and 100 and a few older ones): entities
    # 0.977 (tp 7292 -> 7302, fp 186 -> 185), relations 0.990 -> 0.991 (tp 8653 -> 8680, fp 11
    # -> 10), with dates 0.977 -> 0.980 (tp 8542 -> 8583, fp 122 -> 107), dates 0.982 -> 0.985
    # (floors kept: batches 101-105 are added in parallel);
    # with batch 101 (608 articles on its branch: 602 and batch 101, without batches 97, 98 and
    # 100; after its fixes; its first unseen relations were 0.699, the same against the gold
    # with 623's yearless lecture undated, 0.967 after): entities 0.976 -> 0.977 (tp 7132 ->
    # 7143), relations 0.988 -> 0.990 (tp 8426 -> 8457, fp 11 -> 10), with dates 0.974 ->
    # 0.976, dates 0.979 -> 0.980 (floors kept);
    # with batch 102 (614 articles on its branch: 608 and batch 102, without batches 98, 100,
    # 101 and 103; after its fixes; its first unseen relations were 0.923, 0.933 against the
    # gold corrected for a fund typed as a body, 0.990 after): entities 0.977 (tp 7233 ->
    # 7234, fp 178 -> 177), relations 0.989 -> 0.990 (tp 8558 -> 8568, fp 11 -> 10), with dates
    # 0.975 -> 0.976, dates 0.979 -> 0.980 (floors kept);
    # with batch 103 (614 articles on its branch: 608 and batch 103, without batches 98 and
    # 100-102; after its fixes; its first unseen relations were 0.887, the same against the
    # gold corrected for 636's undated interview, 0.963 after): entities 0.977, relations 0.989
    # -> 0.990 (tp 8535 -> 8546, fp 10), with dates 0.974 -> 0.976, dates 0.978 -> 0.980
    # (floors kept);
    # with batch 104 (626 articles on its branch: 620 and batch 104, without batches 101-103
    # and 105; after its fixes; its first unseen relations 0.657, the same against the gold
    # corrected for a yearless date, 0.989 after): entities 0.976 -> 0.977 (tp 7378 -> 7384),
    # relations 0.987 -> 0.990 (tp 8700 -> 8752, fp 12 -> 11), with dates 0.973 -> 0.978,
    # dates 0.980 -> 0.983 (floors kept);
    # with batch 105 (626 articles on its branch: 620 and batch 105, without batches 101-104;
    # after its fixes; its first unseen relations 0.780, 0.791 against the gold corrected for
    # two meetings at credentials and a yearless lecture, 1.000 after): entities 0.976 -> 0.977
    # (tp 7391 -> 7397, fp 192 -> 190), relations 0.987 -> 0.990 (tp 8740 -> 8778, fp 19 ->
    # 11), with dates 0.973 -> 0.977, dates 0.980 -> 0.982 (floors kept);
    # with batch 106 (644 articles on its branch: 638 and batch 106, without batches 104, 105
    # and 107; after its fixes; its first unseen relations were 0.840, the same against the
    # gold with 653's yearless lecture undated, 0.994 after): entities 0.976 (tp 7599 -> 7605,
    # fp 203 -> 201), relations 0.988 -> 0.990 (tp 8969 -> 8988, fp 15 -> 11), with dates
    # 0.975 -> 0.977, dates 0.982 (floors kept);
    # with batch 107 (644 articles on its branch: the 638 of main and batch 107, without
    # batches 104-106; after its fixes; its first unseen relations were 0.785, the same against
    # the gold with three yearless days undated, 0.994 after): entities 0.976 (tp 7601 ->
    # 7603), relations 0.988 -> 0.990 (tp 8959 -> 8982, fp 16 -> 11), with dates 0.976 ->
    # 0.977, dates 0.982 (floors kept);
    # part S (all 662, open misses of batches 101-107): entities 0.976 (tp 7874 -> 7877),
    # relations 0.990 -> 0.991 (tp 9288 -> 9297, fp 11, fn 177 -> 168), with dates 0.978 (tp 9173
    # -> 9183), dates 0.983 (floors kept);
    # with batch 108 (668 articles on its branch: the 662 of main and batch 108; after its
    # fixes; its first unseen relations were 0.882, the same against the gold with 664's
    # "Updated" stamp giving no publication date, 0.976 after): entities 0.976 (tp 7939 ->
    # 7944, fp 218 -> 214), relations 0.989 -> 0.990 (tp 9359 -> 9369, fp 18 -> 13), with
    # dates 0.977 -> 0.978, dates 0.983 (floors kept);
    # with batch 109 (668 articles on its branch: the 662 of main and batch 109, without
    # batches 108 and 110 and part S; after its fixes; its first unseen relations were 0.808,
    # the same against the gold with 672's yearless visit undated, 0.955 after): entities
    # 0.976 (tp 7947 -> 7949), relations 0.989 -> 0.990 (tp 9345 -> 9363, fp 13 -> 11), with
    # dates 0.976 -> 0.978, dates 0.982 -> 0.983 (floors kept);
    # with batch 110 (668 articles on its branch: the 662 of main and batch 110, without
    # batches 108 and 109; after its fixes; its first unseen relations were 0.826, 0.847
    # against the gold corrected for three city visits and an agreement's name, 0.943 after):
    # entities 0.976 (tp 7950 -> 7955), relations 0.989 -> 0.990 (tp 9360 -> 9371, fp 17 ->
    # 12), with dates 0.976, dates 0.981 (floors kept);
    # with part T's fixes of open misses after batch 110 (all 680): entities 0.977 (fp 217 ->
    # 216), relations 0.991 (tp 9561 -> 9566, fp 13 -> 11), with dates 0.979 -> 0.980, dates
    # 0.984 (floors kept);
    # with batch 111 (686 articles on its branch: the 680 of main and batch 111; after its
    # fixes; its first unseen relations were 0.906, the same against the gold with yearless
    # days undated, 0.939 after): entities 0.977, relations 0.990 -> 0.991 (tp 9633 -> 9638,
    # fp 14, fn 175 -> 170), with dates 0.979, dates 0.984 (floors kept);
    # with batch 112 (686 articles on its branch: the 680 of main and batch 112, without batch
    # 111; after its fixes; its first unseen relations were 0.879, the same against the gold
    # with its yearless days undated, 0.950 after): entities 0.976 (tp 8170 -> 8174), relations
    # 0.990 -> 0.991 (tp 9619 -> 9628, fp 15, fn 175 -> 166), with dates 0.978 -> 0.979, dates
    # 0.984 (floors kept)
    assert scores["entities_typed"]["f1"] >= 0.97
    assert scores["relations"]["f1"] >= 0.97
    assert scores["relations_with_dates"]["f1"] >= 0.955
    assert scores["date_accuracy"] >= 0.97

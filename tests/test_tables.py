from extractor.tables import find_tables

TABLE = "榜单如下:\n排名 企业 营收(亿元) 城市\n1 岚川科技 120.5 苏州\n2 青禾食品 98 | 成都\n点评:两家都在增长。"


def test_a_header_and_rows_of_as_many_cells_make_a_table():
    (table,) = find_tables(TABLE)
    assert [c.text for c in table.header] == ["排名", "企业", "营收(亿元)", "城市"]
    assert [[c.text for c in row] for row in table.rows] == [["1", "岚川科技", "120.5", "苏州"],
                                                             ["2", "青禾食品", "98", "成都"]]
    cell = table.rows[1][3]
    assert TABLE[cell.start:cell.end] == "成都"  # offsets index the text


def test_prose_a_single_row_or_rows_without_numbers_are_no_table():
    assert find_tables("岚川科技今年营收120亿元,同比增长20%。\n青禾食品营收98亿元。") == []
    assert find_tables("排名 企业 营收\n1 岚川科技 120") == []  # one row only
    assert find_tables("品牌 城市 渠道\n岚川 苏州 天猫\n青禾 成都 抖音") == []  # no figures in the rows


def test_latin_words_of_one_cell_stay_together():
    (table,) = find_tables("品牌 国家 门店数\nTOP TOY 中国 300\nPop Mart 中国 500")
    assert [c.text for c in table.rows[0]] == ["TOP TOY", "中国", "300"]


def test_a_markdown_tables_rule_under_its_header_is_no_row():
    text = "| 排名 | 品牌 | 门店数 |\n| --- | :---: | ---: |\n| 1 | 濛茶 | 4200 |\n| 2 | 青禾 | 3100 |\n"
    (table,) = find_tables(text)
    assert [c.text for c in table.header] == ["排名", "品牌", "门店数"]
    assert [[c.text for c in row] for row in table.rows] == [["1", "濛茶", "4200"], ["2", "青禾", "3100"]]

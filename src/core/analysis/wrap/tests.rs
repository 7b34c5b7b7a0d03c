//! Worked examples, each checked against black 26.10.1 (`black -l WIDTH`).

use super::{Frame, star_comma, statement, statement_as_written};

fn lay(text: &str, indent: &str, limit: usize) -> Option<String> {
    let frame = Frame {
        indent,
        unit: "    ",
        limit,
        eol: "\n",
        trailer: 0,
        star_comma: true,
    };
    statement(text, frame)
}

#[test]
fn a_line_that_fits_is_joined() {
    let text = "pool.map(\n    work,\n    items\n)";
    assert_eq!(lay(text, "", 88).as_deref(), Some("pool.map(work, items)"));
}

#[test]
fn a_long_call_puts_its_arguments_on_one_indented_line() {
    let text = "Process(target=server, args=(listener, authkey, service, config)).start()";
    assert_eq!(
        lay(text, "        ", 80).as_deref(),
        Some(
            "Process(\n            target=server, args=(listener, authkey, service, config)\n        ).start()"
        )
    );
}

#[test]
fn arguments_that_do_not_fit_go_one_per_line_with_a_trailing_comma() {
    let text = "with Pool(initializer=_init_worker, initargs=(configuration, shared_counter, lock_here)) as pool:";
    assert_eq!(
        lay(text, "        ", 88).as_deref(),
        Some(
            "with Pool(\n            initializer=_init_worker,\n            initargs=(configuration, shared_counter, lock_here),\n        ) as pool:"
        )
    );
}

#[test]
fn an_item_that_still_does_not_fit_is_split_at_its_own_brackets() {
    let text = "p = Process(target=work, args=(first_argument, second_argument, third_argument))";
    assert_eq!(
        lay(text, "", 40).as_deref(),
        Some(
            "p = Process(\n    target=work,\n    args=(\n        first_argument,\n        second_argument,\n        third_argument,\n    ),\n)"
        )
    );
}

#[test]
fn a_magic_trailing_comma_keeps_a_call_exploded() {
    let text = "pool.submit(\n    work,\n    item, prefix,\n)";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some("pool.submit(\n    work,\n    item,\n    prefix,\n)")
    );
    assert_eq!(lay("t = (x,)", "", 88).as_deref(), Some("t = (x,)"));
    assert_eq!(lay("f(x,)", "", 88).as_deref(), Some("f(\n    x,\n)"));
}

#[test]
fn an_assignment_or_return_splits_at_the_call_not_around_it() {
    let text = "return pool.map(functools.partial(_main_lambda, factor=factor, offset=offset), values_here)";
    assert_eq!(
        lay(text, "        ", 88).as_deref(),
        Some(
            "return pool.map(\n            functools.partial(_main_lambda, factor=factor, offset=offset), values_here\n        )"
        )
    );
}

#[test]
fn a_def_splits_at_its_parameters() {
    let text = "def _process_lambda(item, *, configuration, shared_counter, output_directory):";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "def _process_lambda(\n    item, *, configuration, shared_counter, output_directory\n):"
        )
    );
    let lone = "def work_on_a_very_long_name(the_only_parameter_it_has_is_long):";
    assert_eq!(
        lay(lone, "", 50).as_deref(),
        Some("def work_on_a_very_long_name(\n    the_only_parameter_it_has_is_long,\n):")
    );
}

/// After `*args`, or after the items that follow a bare `*`, black adds the trailing comma
/// only when the versions it infers for the file allow it (`star_comma`); checked with
/// `black -l 12` on the call alone (no comma) and beside an f-string (comma).
#[test]
fn a_star_item_gains_the_trailing_comma_as_the_file_says() {
    let lay_with = |text: &str, limit: usize, star_comma: bool| {
        let frame = Frame {
            indent: "",
            unit: "    ",
            limit,
            eol: "\n",
            trailer: 0,
            star_comma,
        };
        statement(text, frame)
    };
    let call = "f(aaaa, bbbb, *cccccccccc)";
    assert_eq!(
        lay_with(call, 12, true).as_deref(),
        Some("f(\n    aaaa,\n    bbbb,\n    *cccccccccc,\n)")
    );
    assert_eq!(
        lay_with(call, 12, false).as_deref(),
        Some("f(\n    aaaa,\n    bbbb,\n    *cccccccccc\n)")
    );
    // A list display ends with the comma whatever the versions.
    assert_eq!(
        lay_with("x = [aaaa, bbbb, *cccccccccc]", 12, false).as_deref(),
        Some("x = [\n    aaaa,\n    bbbb,\n    *cccccccccc,\n]")
    );
    let def = "def work(item, *, configuration, shared_counter, output_directory):";
    assert_eq!(
        lay_with(def, 40, false).as_deref(),
        Some(
            "def work(\n    item,\n    *,\n    configuration,\n    shared_counter,\n    output_directory\n):"
        )
    );
    assert_eq!(
        lay_with(def, 40, true).as_deref(),
        Some(
            "def work(\n    item,\n    *,\n    configuration,\n    shared_counter,\n    output_directory,\n):"
        )
    );
}

#[test]
fn the_file_says_whether_black_writes_the_comma_after_a_star_item() {
    assert!(star_comma("f(\n    a,\n    *args,\n)\n"));
    assert!(star_comma(
        "x = f(*args)\ny = [\n    *head,\n    *rest,\n]\n"
    ));
    assert!(!star_comma("f(\n    a,\n    *args\n)\n"));
    // A line that starts with a splat but holds more is black's hugging of the arguments,
    // not a split item.
    assert!(star_comma("print(\n    *pool.map(f, xs), sep=\",\"\n)\n"));
    assert!(star_comma("print(\n    *xs, sep=\",\"\n)\n"));
    assert!(!star_comma(
        "def f(\n    a,\n    **kwargs  # note\n):\n    pass\n"
    ));
}

/// One operator in a value that opens with a bracket: black drops the value's parentheses
/// when what follows the first pair fits up to the next bracket (`_can_omit_opening_paren`),
/// and otherwise reads the value's last bracket as for any value. Checked with black 26.10.1.
#[test]
fn a_value_that_opens_with_a_bracket_and_has_one_operator() {
    assert_eq!(
        lay("x = [aaaa, bbbb] + dddd(eeee)", "", 20).as_deref(),
        Some("x = [\n    aaaa,\n    bbbb,\n] + dddd(eeee)")
    );
    assert_eq!(
        lay(
            "return (reading - calibration_offset) / max(full_scale_range - calibration_offset, 1)",
            "    ",
            88
        )
        .as_deref(),
        Some(
            "return (reading - calibration_offset) / max(\n        full_scale_range - calibration_offset, 1\n    )"
        )
    );
    assert_eq!(
        lay(
            "x = (aaaa + bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb) * cccc",
            "",
            40
        )
        .as_deref(),
        Some("x = (\n    aaaa\n    + bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n) * cccc")
    );
    // black splits the tail again here; not followed, declined.
    assert_eq!(
        lay(
            "x = (aaaa + bbbb) * cccccccccccccccccccccccccccc(dddddddd, eeeeeeeeeeeee)",
            "",
            40
        ),
        None
    );
}

#[test]
fn what_it_does_not_handle_is_left_alone() {
    // Parentheses around a generator or a walrus, which black keeps.
    assert_eq!(lay("x = (aaaa for bbbb in cccc)", "", 20), None);
    assert_eq!(lay("if (aaaa := bbbb(cccc)):", "", 20), None);
    assert_eq!(lay("assert f(a) == g(b), c", "", 10), None);
    // A comment on a line of its own.
    assert_eq!(lay("f(\n    # note\n    a,\n)", "", 88), None);
}

/// The layout of `text`: each line's indentation and its tokens without spacing or quote
/// style, since the formatter keeps tokens as written and black also normalizes them.
fn layout(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .map(|line| {
            let indent = line.len() - line.trim_start().len();
            let tokens: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            (indent, tokens.replace('\'', "\""))
        })
        .collect()
}

fn same_layout(ours: &str, black: &str) -> bool {
    layout(ours) == layout(black)
}

/// The differential test: statements harvested from real code by `bench/wrap_samples.py`,
/// with black's layout of each. Where the formatter answers, its lines must break and indent
/// as black's do (black also normalizes quotes and spacing, which a fix never touches).
/// `PICKLEFIX_WRAP_SAMPLES=path` runs it over another harvest and prints the figures.
#[test]
fn wrap_agrees_with_black() {
    let path = std::env::var("PICKLEFIX_WRAP_SAMPLES").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/wrap/samples.jsonl"
        )
        .into()
    });
    let Ok(text) = std::fs::read_to_string(&path) else {
        panic!("the samples are missing: {path}");
    };
    // [black left it unchanged, black changed it] x [agree, declined, disagree]
    let mut counts = [[0usize; 3]; 2];
    let mut disagreements = Vec::new();
    for line in text.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let (source, black) = (
            record["text"].as_str().unwrap(),
            record["black"].as_str().unwrap(),
        );
        let limit = record["limit"].as_u64().unwrap() as usize;
        let ours = lay(source, "", limit);
        // Any width at all must give an answer, never a panic or a runaway recursion.
        let _ = lay(source, "", 8);
        let outcome = match &ours {
            Some(ours) if same_layout(ours, black) => 0,
            None => 1,
            Some(_) => 2,
        };
        counts[usize::from(source != black)][outcome] += 1;
        if outcome == 2 {
            let ours = ours.unwrap_or_default();
            disagreements.push(format!(
                "{source}\n--- black ({limit})\n{black}\n--- ours\n{ours}\n"
            ));
        }
    }
    println!(
        "unchanged by black: agree {}, declined {}, disagree {}",
        counts[0][0], counts[0][1], counts[0][2]
    );
    println!(
        "changed by black:   agree {}, declined {}, disagree {}",
        counts[1][0], counts[1][1], counts[1][2]
    );
    assert!(
        disagreements.is_empty(),
        "{}",
        disagreements.iter().take(8).cloned().collect::<String>()
    );
}

#[test]
fn comments_stay_on_the_line_of_the_token_before_them() {
    let text = "pool.submit(\n    work,  # PKL003\n    item, prefix,\n)";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some("pool.submit(\n    work,  # PKL003\n    item,\n    prefix,\n)")
    );
    // Joined, the comment goes to the end of the line, as black writes it.
    let joined = "pool.submit(\n    work,  # PKL003\n    item\n)";
    assert_eq!(
        lay(joined, "", 88).as_deref(),
        Some("pool.submit(work, item)  # PKL003")
    );
}

#[test]
fn a_trailing_comment_counts_in_the_last_line() {
    let frame = Frame {
        indent: "        ",
        unit: "    ",
        limit: 80,
        eol: "\n",
        trailer: "  # PKL002".len(),
        star_comma: true,
    };
    let text = "p = Process(target=server, args=(listener, authkey, service, config))";
    assert_eq!(
        statement(text, frame).as_deref(),
        Some(
            "p = Process(\n            target=server, args=(listener, authkey, service, config)\n        )"
        )
    );
}

#[test]
fn a_comprehension_splits_before_its_clauses() {
    let text = "futures = [\n    executor.submit(\n        decorate,  # PKL003\n        item,\n        2, suffix,\n    )\n    for item in items\n]";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some(
            "futures = [\n    executor.submit(\n        decorate,  # PKL003\n        item,\n        2,\n        suffix,\n    )\n    for item in items\n]"
        )
    );
    let long = "futures = [executor.submit(work, item, prefix, suffix) for item in items if item]";
    assert_eq!(
        lay(long, "", 50).as_deref(),
        Some(
            "futures = [\n    executor.submit(work, item, prefix, suffix)\n    for item in items\n    if item\n]"
        )
    );
}

#[test]
fn a_split_that_changes_nothing_moves_on() {
    // The body `for item in ...` splits into itself at its `for`; black then tries the
    // right-hand split, and so must this, instead of recursing forever.
    let text = "x = [item for item in some_long_iterable_name_that_goes_on(and_on, and_on_more)]";
    assert_eq!(
        lay(text, "", 40).as_deref(),
        Some(
            "x = [\n    item\n    for item in some_long_iterable_name_that_goes_on(\n        and_on, and_on_more\n    )\n]"
        )
    );
}

#[test]
fn wide_characters_count_twice() {
    let text = "print(pool.map(functools.partial(敬称, 接尾辞=接尾辞), [\"田中\", \"佐藤\"]))";
    assert_eq!(
        lay(text, "        ", 80).as_deref(),
        Some(
            "print(\n            pool.map(functools.partial(敬称, 接尾辞=接尾辞), [\"田中\", \"佐藤\"])\n        )"
        )
    );
}

#[test]
fn a_for_header_splits_its_iterable_at_the_last_call() {
    let text = "for text in pool.map(functools.partial(banner, border=border), [\"ada\"]):";
    assert_eq!(
        lay(text, "        ", 70).as_deref(),
        Some(
            "for text in pool.map(\n            functools.partial(banner, border=border), [\"ada\"]\n        ):"
        )
    );
    assert_eq!(lay("for (a, b) in f(x):", "", 88), None);
}

#[test]
fn a_for_over_a_tuple_splits_inside_its_parentheses() {
    let text = "for target in (functools.partial(first, label=label), functools.partial(second, label=label)):";
    assert_eq!(
        lay(text, "    ", 88).as_deref(),
        Some(
            "for target in (\n        functools.partial(first, label=label),\n        functools.partial(second, label=label),\n    ):"
        )
    );
    assert_eq!(
        lay("for x in (a, b):", "", 88).as_deref(),
        Some("for x in (a, b):")
    );
    assert_eq!(lay("for x in (a):", "", 88), None);
}

#[test]
fn a_tuple_value_splits_inside_parentheses_black_makes_visible() {
    let text = "return pool.map(functools.partial(_main_task, offset=offset), xs), pool.apply(len, args=(xs,)), offset + 1000";
    assert_eq!(
        lay(text, "        ", 88).as_deref(),
        Some(
            "return (\n            pool.map(functools.partial(_main_task, offset=offset), xs),\n            pool.apply(len, args=(xs,)),\n            offset + 1000,\n        )"
        )
    );
    // Two items, the last not ending in a bracket: black keeps the parentheses too (and at
    // 60 columns splits the first item again).
    let text = "result = pool.map(functools.partial(_two_task, offset=offset), xs), offset";
    assert_eq!(
        lay(text, "        ", 60).as_deref(),
        Some(
            "result = (\n            pool.map(\n                functools.partial(_two_task, offset=offset),\n                xs,\n            ),\n            offset,\n        )"
        )
    );
}

#[test]
fn a_value_ending_in_a_subscript_keeps_its_parentheses() {
    // black never drops them for a `]` that ends a subscript ("don't use indexing for
    // omitting optional parentheses"), and reads a list display's `]` as a `)`.
    assert_eq!(
        lay("return first_item, table[index_here]", "", 20).as_deref(),
        Some("return (\n    first_item,\n    table[\n        index_here\n    ],\n)")
    );
    assert_eq!(
        lay("return first_item, [index_here_xx]", "", 20).as_deref(),
        Some("return first_item, [\n    index_here_xx\n]")
    );
    let indent = "            ";
    assert_eq!(
        lay(
            "value_long = value_long_name + self.items_long[idx]",
            indent,
            60
        )
        .as_deref(),
        Some(
            "value_long = (\n                value_long_name + self.items_long[idx]\n            )"
        )
    );
    // The operator's operand up to the list's `[` does not fit: black splits at the
    // subscript before it instead.
    assert_eq!(
        lay(
            "selected_value_long = selected_value_long_name[: level + 1] + [item]",
            indent,
            72
        )
        .as_deref(),
        Some(
            "selected_value_long = selected_value_long_name[\n                : level + 1\n            ] + [item]"
        )
    );
}

#[test]
fn a_raise_splits_at_its_last_bracket_pair() {
    // black gives a `raise` no invisible parentheses: it joins what fits, and splits at the
    // last bracket pair otherwise, a `from` clause staying after it.
    let text = "raise ValueError(\n    f\"unable to parse {format_}.\"\n)";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some("raise ValueError(f\"unable to parse {format_}.\")")
    );
    let text = "raise ValueError(f\"unable to parse the format string {format_}.\") from err";
    assert_eq!(
        lay(text, "    ", 60).as_deref(),
        Some(
            "raise ValueError(\n        f\"unable to parse the format string {format_}.\"\n    ) from err"
        )
    );
}

#[test]
fn tuples_whose_parentheses_black_may_drop_are_declined() {
    // The last item ends in a conditional expression's invisible parentheses.
    assert_eq!(lay("return a, b.c if b.d else b", "", 20), None);
    // A trailing comma makes the parentheses visible whether the line fits or not.
    assert_eq!(lay("__slots__ = \"key\",", "", 88), None);
    // A tuple target whose head does not fit gets parentheses of its own first.
    assert_eq!(lay("self.a, self.b = first, second", "", 17), None);
    // A `for` header's value ends in its colon, which follows the parentheses.
    assert_eq!(
        lay("for x in first_long_name, second_long_name:", "", 20).as_deref(),
        Some("for x in (\n    first_long_name,\n    second_long_name,\n):")
    );
}

#[test]
fn a_pair_ending_in_a_call_splits_at_the_call_as_black_drops_the_parentheses() {
    let text = "return offset, pool.map(functools.partial(_closing_task, offset=offset), xs)";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "return offset, pool.map(\n    functools.partial(_closing_task, offset=offset), xs\n)"
        )
    );
    // An empty pair cannot split: black keeps the parentheses.
    assert_eq!(
        lay("return first_item, f()", "", 20).as_deref(),
        Some("return (\n    first_item,\n    f(),\n)")
    );
    // Nothing before the last pair can split and the value up to it does not fit.
    assert_eq!(
        lay("return averyveryverylongname_one, f(x)", "", 30).as_deref(),
        Some("return (\n    averyveryverylongname_one,\n    f(x),\n)")
    );
}

#[test]
fn tuple_and_subscript_targets_split_their_value_as_black_does() {
    assert_eq!(
        lay("self.a, self.b = first, second", "", 20).as_deref(),
        Some("self.a, self.b = (\n    first,\n    second,\n)")
    );
    // The head at the last pair does not fit: black omits that trailer and splits earlier.
    let text = "first, count = pool.map(functools.partial(_unpack_task, offset_value=offset_value), xs), len(xs)";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some(
            "first, count = pool.map(\n    functools.partial(_unpack_task, offset_value=offset_value), xs\n), len(xs)"
        )
    );
    let text = "out[\"key\"] = pool.map(functools.partial(_subscript_task, offset_value=offset_value), xs), len(xs), \"label-text-x\"";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some(
            "out[\"key\"] = (\n    pool.map(functools.partial(_subscript_task, offset_value=offset_value), xs),\n    len(xs),\n    \"label-text-x\",\n)"
        )
    );
}

#[test]
fn a_lone_conditional_expression_splits_before_if_and_else() {
    let text =
        "print(ex.submit(_call, functools.partial(_main_lambda, k=k)).result() if flag else None)";
    assert_eq!(
        lay(text, "        ", 88).as_deref(),
        Some(
            "print(\n            ex.submit(_call, functools.partial(_main_lambda, k=k)).result()\n            if flag\n            else None\n        )"
        )
    );
    // Beside other arguments, or as a keyword's value, black wraps it in parentheses of its
    // own first (black 26.10.1's layouts).
    let text = "print(ex.submit(_call, functools.partial(_main_lambda, k=k)).result() if flag else None, 1)";
    assert_eq!(
        lay(text, "        ", 88).as_deref(),
        Some(
            "print(
            (
                ex.submit(_call, functools.partial(_main_lambda, k=k)).result()
                if flag
                else None
            ),
            1,
        )"
        )
    );
    let text = "print(key=ex.submit(_call, functools.partial(_main_lambda, k=k)).result() if flag else None)";
    assert_eq!(
        lay(text, "        ", 88).as_deref(),
        Some(
            "print(
            key=(
                ex.submit(_call, functools.partial(_main_lambda, k=k)).result()
                if flag
                else None
            )
        )"
        )
    );
}

#[test]
fn a_body_splits_before_its_operators_of_the_highest_priority() {
    let text =
        "check(pool.map(functools.partial(_work, factor=factor), values) and not stopped(event))";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "check(\n    pool.map(\n        functools.partial(_work, factor=factor), values\n    )\n    and not stopped(event)\n)"
        )
    );
}

#[test]
fn a_condition_splits_at_its_last_call_as_a_for_iterable_does() {
    let text = "if p := multiprocessing.Process(target=_run, args=(functools.partial(_main_lambda, k=k),)):";
    assert_eq!(
        lay(text, "    ", 88).as_deref(),
        Some(
            "if p := multiprocessing.Process(\n        target=_run, args=(functools.partial(_main_lambda, k=k),)\n    ):"
        )
    );
    let text = "while not worker_pool.apply_async(functools.partial(_main_lambda, k=k)):";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some("while not worker_pool.apply_async(\n    functools.partial(_main_lambda, k=k)\n):")
    );
    // With one operator at its top and a call at its end whose head fits, black drops the
    // invisible parentheses and splits at the call; its own parentheses are invisible ones.
    assert_eq!(
        lay(
            "if ready and pool.apply(functools.partial(work, k=k)):",
            "",
            40
        )
        .as_deref(),
        Some("if ready and pool.apply(\n    functools.partial(work, k=k)\n):")
    );
    assert_eq!(
        lay("if (pool.apply(functools.partial(work, k=k))):", "", 40).as_deref(),
        Some("if pool.apply(\n    functools.partial(work, k=k)\n):")
    );
}

#[test]
fn a_value_split_at_operators_keeps_blacks_parentheses() {
    // Two operators of the top priority: black keeps the parentheses, one operand per line.
    assert_eq!(
        lay("x = aaaa + bbbb(cccc) + dddd(eeee)", "", 20).as_deref(),
        Some("x = (\n    aaaa\n    + bbbb(cccc)\n    + dddd(eeee)\n)")
    );
    // Written parentheses are black's invisible ones: dropped when the value fits...
    let chain = "return (\n    ready(item)\n    and size(item) > limit\n    and not stopped\n)";
    assert_eq!(
        lay(chain, "", 88).as_deref(),
        Some("return ready(item) and size(item) > limit and not stopped")
    );
    // ...kept around a value that fits on its own line between them...
    assert_eq!(
        lay(chain, "", 55).as_deref(),
        Some("return (\n    ready(item) and size(item) > limit and not stopped\n)")
    );
    // ...and split before each `and`, an operand split again at its own bracket.
    let text =
        "return (\n    ready(item, functools.partial(_check, limit=limit))\n    and not stopped\n)";
    assert_eq!(
        lay(text, "", 48).as_deref(),
        Some(
            "return (\n    ready(\n        item,\n        functools.partial(_check, limit=limit),\n    )\n    and not stopped\n)"
        )
    );
    // A condition too, with the header's `:` after the parentheses.
    assert_eq!(
        lay("if (alpha and beta(gamma) and delta):", "", 30).as_deref(),
        Some("if (\n    alpha\n    and beta(gamma)\n    and delta\n):")
    );
}

#[test]
fn tuple_values_of_yield_assert_and_for_split_as_black_splits_them() {
    // A bare `yield` (or `await`) has no invisible parentheses: the last call splits.
    let text = "yield pool.map(functools.partial(_main_lambda, factor=factor, offset=offset), values_here)";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "yield pool.map(\n    functools.partial(\n        _main_lambda, factor=factor, offset=offset\n    ),\n    values_here,\n)"
        )
    );
    // Of a tuple, black splits it so too, but ruff format parenthesizes the tuple, one item
    // per line, and black keeps parentheses written there: that layout is the one both take.
    let text = "yield pool.map(functools.partial(_main_lambda, factor=factor, offset=offset), values_here), other_value";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "yield (\n    pool.map(\n        functools.partial(\n            _main_lambda, factor=factor, offset=offset\n        ),\n        values_here,\n    ),\n    other_value,\n)"
        )
    );
    // Two items, the last ending in a call: ruff format parenthesizes them all the same.
    let text = "yield style_value, functools.partial(mouse_handler, focused=focused, i=i)";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "yield (\n    style_value,\n    functools.partial(mouse_handler, focused=focused, i=i),\n)"
        )
    );
    // One that fits stays as it is.
    assert_eq!(
        lay("yield a, f(b)", "", 60).as_deref(),
        Some("yield a, f(b)")
    );
    // An `assert` message is no tuple item: black splits the test's last call.
    let text = "assert pool.map(functools.partial(_main_lambda, factor=factor, offset=offset), values_here), other_value";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "assert pool.map(\n    functools.partial(\n        _main_lambda, factor=factor, offset=offset\n    ),\n    values_here,\n), other_value"
        )
    );
    // A `for` over a tuple keeps the parentheses black makes visible, the `:` after them.
    let text = "for item in pool.map(functools.partial(_main_lambda, factor=factor, offset=offset), values_here), other:";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "for item in (\n    pool.map(\n        functools.partial(\n            _main_lambda, factor=factor, offset=offset\n        ),\n        values_here,\n    ),\n    other,\n):"
        )
    );
    // Where ruff format would keep the test whole and parenthesize the message instead.
    let text = "assert pool.map(functools.partial(_check, offset=offset), xs), \"no results\"";
    assert_eq!(lay(text, "", 72), None);
    // A comparison with a list display: black drops the parentheses, as for a call, and
    // splits at the call before it, whose head fits.
    let text =
        "assert pool.map(functools.partial(_main_lambda, factor=factor), values_here) == [1, 2]";
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "assert pool.map(\n    functools.partial(_main_lambda, factor=factor),\n    values_here,\n) == [1, 2]"
        )
    );
    // Where black's rules for dropping parentheses decide, the formatter declines.
    let text = "assert ok, pool.map(functools.partial(_main_lambda, factor=factor), values_here)";
    assert_eq!(lay(text, "", 60), None);
    let text =
        "for item in other, pool.map(functools.partial(_main_lambda, factor=factor), values):";
    assert_eq!(lay(text, "", 60), None);
}

#[test]
fn an_assigned_conditional_expression_keeps_its_parentheses() {
    // Its `if` and `else` are two delimiters, so black makes the invisible parentheses
    // visible, and splits inside them before `if` and `else` when the body does not fit.
    let text =
        "fn = functools.partial(_main_task, k=k) if fast else functools.partial(_main_task_2, k=k)";
    assert_eq!(
        lay(text, "    ", 88).as_deref(),
        Some(
            "fn = (\n        functools.partial(_main_task, k=k)\n        if fast\n        else functools.partial(_main_task_2, k=k)\n    )"
        )
    );
    let text =
        "fn = functools.partial(_main_task, k=k) if fast else functools.partial(_task_2, k=k)";
    assert_eq!(
        lay(text, "    ", 87).as_deref(),
        Some(
            "fn = (\n        functools.partial(_main_task, k=k) if fast else functools.partial(_task_2, k=k)\n    )"
        )
    );
}

#[test]
fn an_annotated_or_subscript_target_splits_its_value_as_black_does() {
    let indent = "        ";
    let annotated =
        "self.known_depths: Dict[str, float] = collections.defaultdict(provider_lambda_name)";
    assert_eq!(
        lay(annotated, indent, 80).as_deref(),
        Some(
            "self.known_depths: Dict[str, float] = collections.defaultdict(\n            provider_lambda_name\n        )"
        )
    );
    // The line up to the call's bracket does not fit: black keeps the value's parentheses.
    let subscript = "known_depths_and_more_of_them_here_to_make_it_long[key] = collections.defaultdict(provider)";
    assert_eq!(
        lay(subscript, indent, 80).as_deref(),
        Some(
            "known_depths_and_more_of_them_here_to_make_it_long[key] = (\n            collections.defaultdict(provider)\n        )"
        )
    );
    // An annotation without a value is not laid out.
    assert_eq!(lay("x: Dict[str, float]", "", 8), None);
}

#[test]
fn a_value_splits_at_an_earlier_call_when_the_line_up_to_the_last_does_not_fit() {
    let indent = "        ";
    let fits =
        "value = slash_re.sub(_dump_cookie_lambda, value.encode(\"utf-8\")).decode(\"ascii\")";
    assert_eq!(
        lay(fits, indent, 80).as_deref(),
        Some(
            "value = slash_re.sub(_dump_cookie_lambda, value.encode(\"utf-8\")).decode(\n            \"ascii\"\n        )"
        )
    );
    let long = "value = slash_re.sub(_dump_cookie_lambda_with_long_name, value.encode(\"utf-8\")).decode(\"ascii\")";
    assert_eq!(
        lay(long, indent, 80).as_deref(),
        Some(
            "value = slash_re.sub(\n            _dump_cookie_lambda_with_long_name, value.encode(\"utf-8\")\n        ).decode(\"ascii\")"
        )
    );
}

#[test]
fn an_item_split_at_its_operators_keeps_its_comma_on_the_last_operand() {
    let text = "combined = combine(\n    first_results,\n    second_results + pool.map(functools.partial(_main_task, factor=factor), range(count)),\n)";
    assert_eq!(
        lay(text, "", 80).as_deref(),
        Some(
            "combined = combine(\n    first_results,\n    second_results\n    + pool.map(functools.partial(_main_task, factor=factor), range(count)),\n)"
        )
    );
}

#[test]
fn an_assert_without_message_is_laid_out_as_a_return() {
    // Two operands of one comparison: black keeps its parentheses and splits before `==`.
    let split = "assert (\n    pool.map(_task, range(4))\n    == expected_squares\n)";
    assert_eq!(lay(split, "", 40).as_deref(), Some(split));
    // With room, the written parentheses are black's invisible ones: joined.
    assert_eq!(
        lay(split, "", 88).as_deref(),
        Some("assert pool.map(_task, range(4)) == expected_squares")
    );
    // Ending in a call whose line up to its bracket fits: black drops them and splits there.
    assert_eq!(
        lay("assert expected == sorted(values, key=len)", "", 34).as_deref(),
        Some("assert expected == sorted(\n    values, key=len\n)")
    );
}

#[test]
fn a_statement_whose_last_call_head_is_too_long_splits_at_an_earlier_call() {
    // black's `generate_trailers_to_omit`: the chained `.get(60)` goes on the closing line.
    let text = "pool.map_async(functools.partial(_main_task, offset_values=offset_values), range(3)).get(60)";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some(
            "pool.map_async(\n    functools.partial(_main_task, offset_values=offset_values), range(3)\n).get(60)"
        )
    );
    // A comment after the statement stops black's search: not followed, declined.
    assert_eq!(lay(&format!("{text}  # note"), "", 88), None);
    // The same after a target with brackets (black 26.10.1).
    let text = "out[region] = pool.apply_async(_collect_region_statistics_task, (region, seasonal_multiplier, baseline)).get(timeout=30)";
    assert_eq!(
        lay(text, "", 88).as_deref(),
        Some(
            "out[region] = pool.apply_async(\n    _collect_region_statistics_task, (region, seasonal_multiplier, baseline)\n).get(timeout=30)"
        )
    );
}

#[test]
fn spacing_black_would_change_is_laid_out_only_as_written() {
    // black writes `end + 1` and `f(a, b)`; lengths measured on other spacing would break
    // lines where black does not, so the formatter's layout refuses the text.
    let text =
        "values = ' '.join(to_code(code, filename=filename) for code in range(start, end+1))";
    let frame = at_column_zero(60);
    assert_eq!(statement(text, frame), None);
    assert_eq!(
        statement_as_written(text, frame).as_deref(),
        Some(
            "values = ' '.join(\n    to_code(code, filename=filename)\n    for code in range(start, end+1)\n)"
        )
    );
    assert_eq!(
        statement_as_written("f(a,b)", frame).as_deref(),
        Some("f(a,b)")
    );
}

#[test]
fn strings_side_by_side_split_before_each_string_only_as_written() {
    // black keeps an implicit concatenation and splits it before each string when it does
    // not fit; ruff format would join one that fits into one string, so the formatter's
    // layout refuses it.
    let text = "check(ValueError, 'a message that is long ' 'and goes on', partial(work, k=k))";
    let frame = at_column_zero(40);
    assert_eq!(statement(text, frame), None);
    assert_eq!(
        statement_as_written(text, frame).as_deref(),
        Some(
            "check(\n    ValueError,\n    'a message that is long '\n    'and goes on',\n    partial(work, k=k),\n)"
        )
    );
}

/// The frame of a statement at column 0 with lines of `limit` characters.
fn at_column_zero(limit: usize) -> Frame<'static> {
    Frame {
        indent: "",
        unit: "    ",
        limit,
        eol: "\n",
        trailer: 0,
        star_comma: true,
    }
}

#[test]
fn strings_side_by_side_in_a_return_as_written_split_as_black_splits_them() {
    // One concatenation ending in a call: black drops the value's parentheses when the line
    // up to the call's bracket fits, as it does for one operator; with two, it keeps them and
    // splits before each string. Checked with black 25.
    let frame = Frame {
        indent: "    ",
        ..at_column_zero(88)
    };
    let one = "return \"<tr><td>{}</td><td>{}</td></tr>\" \"<!-- rendered with {} -->\".format(row.name, row.value, template)";
    assert_eq!(
        statement_as_written(one, frame).as_deref(),
        Some(
            "return \"<tr><td>{}</td><td>{}</td></tr>\" \"<!-- rendered with {} -->\".format(\n        row.name, row.value, template\n    )"
        )
    );
    let two = "return \"<tr><td>{}</td><td>{}</td></tr>\" \"<!-- rendered with {} -->\" \"<!-- rendered with {} -->\".format(row.name, row.value, template)";
    assert_eq!(
        statement_as_written(two, frame).as_deref(),
        Some(
            "return (\n        \"<tr><td>{}</td><td>{}</td></tr>\"\n        \"<!-- rendered with {} -->\"\n        \"<!-- rendered with {} -->\".format(row.name, row.value, template)\n    )"
        )
    );
    assert_eq!(statement(one, frame), None);
}

#[test]
fn a_head_too_long_for_any_trailer_is_split_in_turn() {
    // A dict comprehension whose key and value are long calls: no earlier trailer gives a
    // head that fits, so black keeps the split at the last pair and splits the head
    // `_unpack(k, ...): _unpack(` at its own last pair (black 26.10.1, ruff format agrees).
    let call = |v: &str| {
        format!(
            "_unpack({v}, traverse=traverse, repack_dsk=repack_dsk, collections_token=collections_token, collections=collections)"
        )
    };
    let text = format!(
        "return Task(\n    tok, typ, Dict({{{}: {} for k, v in expr.items()}})\n)",
        call("k"),
        call("v")
    );
    let arguments = |v: &str| {
        format!(
            "                    _unpack(\n                        {v},\n                        traverse=traverse,\n                        repack_dsk=repack_dsk,\n                        collections_token=collections_token,\n                        collections=collections,\n                    )"
        )
    };
    let expected = format!(
        "return Task(\n            tok,\n            typ,\n            Dict(\n                {{\n{}: {}\n                    for k, v in expr.items()\n                }}\n            ),\n        )",
        arguments("k"),
        arguments("v").trim_start()
    );
    assert_eq!(lay(&text, "        ", 88), Some(expected));
}

#[test]
fn a_chain_of_method_calls_splits_before_each_method_in_parentheses() {
    // Two `.` after closing brackets: black keeps the value's parentheses and splits the
    // chain before each of them; `db.range` stays whole (its `.` follows a name).
    let text = "b = db.range(5, npartitions=5).filter(_test_to_textfiles_empty_partitions_lambda).map(str)";
    assert_eq!(
        lay(text, "        ", 88).as_deref(),
        Some(
            "b = (\n            db.range(5, npartitions=5)\n            .filter(_test_to_textfiles_empty_partitions_lambda)\n            .map(str)\n        )"
        )
    );
    // Parentheses written around the value are black's invisible ones.
    let written = "expected = (\n        pd.merge(df1, df2, how=\"outer\", on=\"B\").groupby(\"A\").apply(_test_shuffle_nulls_introduced_lambda)\n    )";
    assert_eq!(
        lay(written, "    ", 88).as_deref(),
        Some(
            "expected = (\n        pd.merge(df1, df2, how=\"outer\", on=\"B\")\n        .groupby(\"A\")\n        .apply(_test_shuffle_nulls_introduced_lambda)\n    )"
        )
    );
}

#[test]
fn a_chain_after_a_subscript_target_keeps_its_parentheses() {
    let text = "results[\"squares_with_offset\"] = pool.map_async(functools.partial(_main_task, offset=offset), range(5)).get(30).copy()";
    assert_eq!(
        lay(text, "", 84).as_deref(),
        Some(
            "results[\"squares_with_offset\"] = (\n    pool.map_async(functools.partial(_main_task, offset=offset), range(5))\n    .get(30)\n    .copy()\n)"
        )
    );
}

#[test]
fn a_chain_among_arguments_splits_before_each_method() {
    // The item keeps its trailing comma on its last line; `.y.apply` stays whole.
    let text = "assert_eq(agg, pdf.replace(1, 5).groupby(pdf.replace(1, 5).x).y.apply(_test_groupby_reduction_optimize_lambda))";
    assert_eq!(
        lay(text, "    ", 88).as_deref(),
        Some(
            "assert_eq(\n        agg,\n        pdf.replace(1, 5)\n        .groupby(pdf.replace(1, 5).x)\n        .y.apply(_test_groupby_reduction_optimize_lambda),\n    )"
        )
    );
}

#[test]
fn a_chain_that_fits_in_its_parentheses_stays_on_one_line() {
    let text = "squares = pool.map_async(functools.partial(work, n=n), items).get(60).copy()";
    assert_eq!(
        lay(text, "", 74).as_deref(),
        Some(
            "squares = (\n    pool.map_async(functools.partial(work, n=n), items).get(60).copy()\n)"
        )
    );
    // Narrower, it splits before each method.
    assert_eq!(
        lay(text, "", 60).as_deref(),
        Some(
            "squares = (\n    pool.map_async(functools.partial(work, n=n), items)\n    .get(60)\n    .copy()\n)"
        )
    );
}

#[test]
fn a_magic_comma_deep_in_a_long_last_call_splits_at_that_call() {
    // black walks back from the end for a trailer to leave on the closing line
    // (`generate_trailers_to_omit`); the last call does not fit before it reaches `["a"]`, so
    // the split is at the last call's bracket, as without the magic comma.
    let text = "df[\"a\"] = df[\"a\"].map_partitions(lambda x: pd.Series(np.full(len(x), 1, dtype=\"int\"), index=x.index,))";
    let black = "df[\"a\"] = df[\"a\"].map_partitions(\n    lambda x: pd.Series(\n        np.full(len(x), 1, dtype=\"int\"),\n        index=x.index,\n    )\n)";
    assert_eq!(lay(text, "", 84).as_deref(), Some(black));
    // Where the last call fits with what comes before it up to `]`, black would try leaving
    // it on the closing line (`df[` / `"a"` / `].map_partitions(...)`): not followed.
    let short = "df[\"a\"] = df[\"a\"].map(f(x,), y)";
    assert_eq!(lay(short, "", 20), None);
}

#[test]
fn a_conditional_expression_item_splits_in_parentheses_of_its_own() {
    // black's invisible parentheses around every conditional expression (`visit_test`) become
    // visible when the item does not fit: the comprehension's element, a dict entry's value.
    let text = "args = [inds(i, ind, axes.get(i, 0), dims=dims) if _valid_depth(axes.get(i, 0)) else [ind] for i, ind in enumerate(k[1:])]";
    assert_eq!(
        lay(text, "    ", 88).as_deref(),
        Some(
            "args = [\n        (\n            inds(i, ind, axes.get(i, 0), dims=dims)\n            if _valid_depth(axes.get(i, 0))\n            else [ind]\n        )\n        for i, ind in enumerate(k[1:])\n    ]"
        )
    );
    let entry =
        "row = {\"sql\": \"%s times: %s\" % (times, sql) if many else sql, \"time\": duration}";
    assert_eq!(
        lay(entry, "", 40).as_deref(),
        Some(
            "row = {\n    \"sql\": (\n        \"%s times: %s\" % (times, sql)\n        if many\n        else sql\n    ),\n    \"time\": duration,\n}"
        )
    );
    // Nested in another, a conditional expression has parentheses of its own: not followed.
    let nested = "names = [a if c is True else b if c is False else c for c in cases]";
    assert_eq!(lay(nested, "", 40), None);
}

#[test]
fn a_power_of_simple_operands_is_hugged_and_others_are_spaced() {
    // black 26.10.1, `-l 88`, inside a function.
    let text = "y = [10**i for i in range(6)] + [a.b**c.d, f(x) ** 2, x ** f(y), d[k] ** 2, super().name ** 5, 5 ** funcs.f(), x**2, t**None]";
    assert_eq!(
        lay(text, "    ", 88).as_deref(),
        Some(
            "y = [10**i for i in range(6)] + [\n        a.b**c.d,\n        f(x) ** 2,\n        x ** f(y),\n        d[k] ** 2,\n        super().name ** 5,\n        5 ** funcs.f(),\n        x**2,\n        t**None,\n    ]"
        )
    );
    // Spaced where black hugs, hugged where it spaces, or a unary operand: not black's.
    assert_eq!(lay("y = x ** 2", "", 88), None);
    assert_eq!(lay("y = f(x)**2", "", 88), None);
    assert_eq!(lay("y = x**-1", "", 88), None);
}

#[test]
fn a_power_moved_to_a_shallower_indent_is_split_where_black_splits_it() {
    // dask's `moment`, lifted from 8 spaces to 4: black splits at `np.ones_like(` now.
    let text = "return ((x - x.mean(axis=axis, keepdims=True)) ** n).sum(\n    axis=axis\n) / np.ones_like(x).sum(axis=axis)";
    assert_eq!(
        lay(text, "    ", 88).as_deref(),
        Some(
            "return ((x - x.mean(axis=axis, keepdims=True)) ** n).sum(axis=axis) / np.ones_like(\n        x\n    ).sum(axis=axis)"
        )
    );
}

/// Several context managers: black splits a header that does not fit at its last bracket for
/// targets before Python 3.9, and in parentheses after; ruff format likewise by its target
/// version. Both join one that fits.
#[test]
fn a_with_of_several_managers_is_joined_where_it_fits_and_left_where_it_does_not() {
    let split = "with open(\"/dev/null\") as devnull, open(\n                    \"/dev/null\", \"rb\"\n                ) as devnull_binary:";
    let frame = |indent| Frame {
        indent,
        unit: "    ",
        limit: 88,
        eol: "\n",
        trailer: 0,
        star_comma: true,
    };
    let nested = "                ";
    assert!(super::is_laid_out(split, frame(nested)));
    assert_eq!(statement(split, frame(nested)), None);
    assert_eq!(
        statement(split, frame("    ")).as_deref(),
        Some("with open(\"/dev/null\") as devnull, open(\"/dev/null\", \"rb\") as devnull_binary:")
    );
    // Not black's layout: no answer.
    let hand = "with open(\"/dev/null\") as devnull, \\\n                    open(\"/dev/null\", \"rb\") as devnull_binary:";
    assert!(!super::is_laid_out(hand, frame(nested)));
}

#[test]
fn a_lone_value_goes_in_parentheses_where_it_then_fits() {
    // Checked against black and ruff format, which agree on these.
    let a = "a".repeat(76);
    let wrapped = |head: &str, value: &str| format!("{head} (\n        {value}\n    )");
    let string = format!("\"{a}\"");
    assert_eq!(
        lay(&format!("return {string}"), "    ", 88),
        Some(wrapped("return", &string))
    );
    let shorter = format!("\"{}\"", "a".repeat(72));
    assert_eq!(
        lay(&format!("result_value = {shorter}"), "    ", 88),
        Some(wrapped("result_value =", &shorter))
    );
    let number = "1".repeat(78);
    assert_eq!(
        lay(&format!("return {number}"), "    ", 88),
        Some(wrapped("return", &number))
    );
    // Still too long in parentheses: left as it is.
    let long = format!("return \"{}\"", "a".repeat(81));
    assert_eq!(lay(&long, "    ", 88), Some(long.clone()));
    // Augmented and annotated targets, and attribute chains, are not the same in both.
    let augmented = format!("result_value += {shorter}");
    assert!(lay(&augmented, "    ", 88).is_none_or(|laid| laid == augmented));
    let annotated = format!("result_value: str = {shorter}");
    assert!(lay(&annotated, "    ", 88).is_none_or(|laid| laid == annotated));
    assert_eq!(lay(&format!("return a.{a}"), "    ", 88), None);
}

//! The clap tree's promises, checked by walking it: every `ws …` command in every
//! `--help` example parses, every group that lists answers to both `list` and `ls`,
//! and `rm`, `delete` and `remove` name one verb wherever one of them exists.

use clap::Parser;
use clap::error::ErrorKind;

use super::{Cli, command};

/// A command's path from the root (`["ws", "users", "list"]`) and the command itself.
fn walk(cmd: &clap::Command, path: &[String], out: &mut Vec<(Vec<String>, clap::Command)>) {
    let mut here = path.to_vec();
    here.push(cmd.get_name().to_owned());
    for sub in cmd.get_subcommands() {
        walk(sub, &here, out);
    }
    out.push((here, cmd.clone()));
}

fn every_command() -> Vec<(Vec<String>, clap::Command)> {
    let mut out = Vec::new();
    walk(&command(), &[], &mut out);
    out
}

/// The example lines of a help text, continuation lines (`\`) joined.
fn example_lines(help: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut pending = String::new();
    for line in help.lines() {
        let piece = line.trim();
        if let Some(head) = piece.strip_suffix('\\') {
            pending.push_str(head);
            continue;
        }
        pending.push_str(piece);
        lines.push(std::mem::take(&mut pending));
    }
    lines
}

/// The command part of an example line: up to the description column (two or more
/// spaces outside quotes), or the whole line when it has none.
fn command_part(line: &str) -> &str {
    line.match_indices("  ")
        .map(|(at, _)| &line[..at])
        .find(|head| shlex::split(head).is_some())
        .unwrap_or(line)
}

/// The `ws` invocations in a shell line: pipeline and list segments that run `ws`,
/// with variable assignments and redirections taken out.
fn ws_invocations(line: &str) -> Vec<Vec<String>> {
    let Some(words) = shlex::split(command_part(line)) else {
        return Vec::new();
    };
    let mut segments = vec![Vec::new()];
    let mut skip_next = false;
    for word in words {
        let (word, ends_segment) = match word.strip_suffix(';') {
            Some(w) => (w.to_owned(), true),
            None => (word, false),
        };
        let segment = segments.last_mut().expect("never empty");
        match word.as_str() {
            _ if std::mem::take(&mut skip_next) => {}
            "|" | "&&" | "||" | "" => segments.push(Vec::new()),
            ">" | ">>" | "<" | "<<<" | "2>" => skip_next = true,
            w if w.starts_with(['>', '<']) || w.starts_with("2>") => {}
            w if segment.is_empty() && is_assignment(w) => {}
            _ => segment.push(word),
        }
        if ends_segment {
            segments.push(Vec::new());
        }
    }
    segments
        .into_iter()
        .filter(|s| s.first().is_some_and(|w| w == "ws"))
        .collect()
}

fn is_assignment(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_')
    })
}

fn help_text(cmd: &clap::Command) -> String {
    [cmd.get_after_long_help(), cmd.get_after_help()]
        .into_iter()
        .flatten()
        .map(|h| h.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_help_example_parses() {
    let mut parsed = 0;
    let mut failures = Vec::new();
    for (path, cmd) in every_command() {
        let help = help_text(&cmd);
        let invocations: Vec<_> = example_lines(&help)
            .iter()
            .flat_map(|l| ws_invocations(l))
            .collect();
        if help.contains("Examples:") && invocations.is_empty() {
            failures.push(format!(
                "{}: an Examples section with no `ws` line",
                path.join(" ")
            ));
        }
        for args in invocations {
            match Cli::try_parse_from(&args) {
                Ok(_) => parsed += 1,
                Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp) => parsed += 1,
                Err(e) => failures.push(format!(
                    "{} (in `{} --help`): {}",
                    args.join(" "),
                    path.join(" "),
                    e.render()
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        parsed > 100,
        "only {parsed} examples found: is the extraction broken?"
    );
}

#[test]
fn example_extraction_follows_the_shell() {
    let line = "WS_TOKEN=$PAT ws whoami -o json > me.json; ws docs search 'a  \"b c\"'  two words";
    assert_eq!(
        ws_invocations(line),
        [
            vec!["ws", "whoami", "-o", "json"],
            vec!["ws", "docs", "search", "a  \"b c\""]
        ]
    );
    assert_eq!(
        ws_invocations("tar c src | ws drive upload - --name src.tar <<<\"$X\"  from stdin"),
        [vec!["ws", "drive", "upload", "-", "--name", "src.tar"]]
    );
    assert!(ws_invocations("Exit code 6 means the doc changed").is_empty());
}

/// Parses `ws <path…> <verb> --help`: succeeds exactly when clap finds the verb.
fn verb_exists(path: &[String], verb: &str) -> bool {
    let mut args = path.to_vec();
    args.extend([verb.to_owned(), "--help".to_owned()]);
    matches!(Cli::try_parse_from(&args), Err(e) if e.kind() == ErrorKind::DisplayHelp)
}

fn resolves_to<'a>(cmd: &'a clap::Command, verb: &str) -> Option<&'a str> {
    cmd.find_subcommand(verb).map(|c| c.get_name())
}

#[test]
fn every_group_that_lists_takes_list_and_ls() {
    let mut groups = 0;
    for (path, cmd) in every_command() {
        let Some(lister) = resolves_to(&cmd, "list").or(resolves_to(&cmd, "ls")) else {
            continue;
        };
        groups += 1;
        for verb in ["list", "ls"] {
            assert_eq!(
                resolves_to(&cmd, verb),
                Some(lister),
                "`{} {verb}`",
                path.join(" ")
            );
            assert!(
                verb_exists(&path, verb),
                "`{} {verb}` does not parse",
                path.join(" ")
            );
        }
    }
    assert!(groups >= 15, "only {groups} listing groups found");
}

#[test]
fn rm_delete_and_remove_name_one_verb_in_every_group() {
    const SYNONYMS: [&str; 3] = ["rm", "delete", "remove"];
    let mut groups = 0;
    for (path, cmd) in every_command() {
        let targets: Vec<_> = SYNONYMS.iter().map(|v| resolves_to(&cmd, v)).collect();
        let Some(first) = targets.iter().flatten().next() else {
            continue;
        };
        groups += 1;
        for (verb, target) in SYNONYMS.iter().zip(&targets) {
            assert_eq!(
                target.as_ref(),
                Some(first),
                "`{} {verb}` should be the same verb as `{first}`",
                path.join(" ")
            );
            assert!(
                verb_exists(&path, verb),
                "`{} {verb}` does not parse",
                path.join(" ")
            );
        }
    }
    assert!(groups >= 12, "only {groups} groups that remove found");
}

//! Amazon RDS and Aurora logs exported from CloudWatch Logs.
//!
//! An export to S3 writes each log event as its ingestion time in ISO 8601
//! (`2024-03-01T10:00:00.123Z`), a space, and the line PostgreSQL wrote;
//! the further lines of a multi-line message follow as written. The stamp
//! is CloudWatch's, not PostgreSQL's: read as part of the prefix it becomes
//! `%m`, and the server's own timestamp `%s`, a session start that changes
//! on every line. So the stamp is taken off and the lines are read as the
//! server wrote them.
//!
//! `aws logs get-log-events` / `filter-log-events` print the events as one
//! JSON document, and CloudWatch Logs Insights exports `@timestamp` and
//! `@message` columns: those are refused by name, with the command that
//! extracts the messages.

/// The line without CloudWatch's ingestion stamp, if it has one.
pub(crate) fn unstamped(line: &[u8]) -> Option<&[u8]> {
    // YYYY-MM-DDTHH:MM:SS[.fff]Z then a space.
    let digits = |r: std::ops::Range<usize>| {
        line.get(r)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let at = |i: usize, c: u8| line.get(i) == Some(&c);
    if !(digits(0..4)
        && at(4, b'-')
        && digits(5..7)
        && at(7, b'-')
        && digits(8..10)
        && at(10, b'T')
        && digits(11..13)
        && at(13, b':')
        && digits(14..16)
        && at(16, b':')
        && digits(17..19))
    {
        return None;
    }
    let mut i = 19;
    if at(i, b'.') {
        i += 1;
        while line.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
    }
    (at(i, b'Z') && at(i + 1, b' ')).then(|| &line[i + 2..])
}

/// [`unstamped`] for text.
pub(crate) fn unstamped_str(line: &str) -> Option<&str> {
    // The stamp is ASCII, so what follows starts on a character boundary.
    unstamped(line.as_bytes()).map(|rest| &line[line.len() - rest.len()..])
}

/// Whether most of the first lines carry the stamp before a line that
/// starts with a digit (PostgreSQL's own timestamp, or `%n`).
pub(crate) fn looks_exported(lines: &[&str]) -> bool {
    let head: Vec<&&str> = lines
        .iter()
        .filter(|l| !l.starts_with('\t'))
        .take(50)
        .collect();
    let stamped = head
        .iter()
        .filter(|l| unstamped_str(l).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
        .count();
    !head.is_empty() && stamped * 2 > head.len()
}

/// What a JSON document or a CSV header from CloudWatch is, and how to get
/// the log out of it; `None` when it is neither.
pub(crate) fn refusal(sniffed: &str, first: &str) -> Option<String> {
    let head = crate::vocab::sql_names::truncate_bytes(sniffed, 4096);
    let cli = head.trim_start().starts_with('{')
        && head.contains("\"events\"")
        && (head.contains("\"logStreamName\"") || head.contains("\"ingestionTime\""));
    if cli {
        return Some(
            "this is CloudWatch Logs JSON (`aws logs get-log-events` or `filter-log-events`), \
             which pgadvisor does not read: extract the messages, one log line each, with \
             `jq -r '.events[].message' FILE > postgresql.log`, or download the server's own log \
             with `aws rds download-db-log-file-portion`"
                .into(),
        );
    }
    let header = first.trim_start_matches('\u{feff}');
    if header.starts_with("@timestamp,@message")
        || header.starts_with("\"@timestamp\",\"@message\"")
    {
        return Some(
            "this is a CloudWatch Logs Insights export (@timestamp, @message), which pgadvisor \
             does not read: export the log group to S3 (pgadvisor reads those files, gzip \
             included) or download the server's log with `aws rds download-db-log-file-portion`"
                .into(),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_comes_off_and_only_the_stamp() {
        assert_eq!(
            unstamped_str("2024-03-01T10:00:00.123Z 2024-03-01 10:00:00 UTC::@:[1]:LOG:  x"),
            Some("2024-03-01 10:00:00 UTC::@:[1]:LOG:  x")
        );
        assert_eq!(unstamped_str("2024-03-01T10:00:00Z rest"), Some("rest"));
        assert_eq!(
            unstamped_str("2024-03-01 10:00:00.123 UTC [1] LOG:  x"),
            None
        );
        assert_eq!(unstamped_str("2024-03-01T10:00:00.123+00:00 x"), None);
        assert_eq!(unstamped_str("\tFROM t"), None);
    }

    #[test]
    fn a_long_head_is_cut_on_a_character() {
        let text = format!("{}ção\n", "x".repeat(4095));
        assert_eq!(refusal(&text, "x"), None);
    }
}

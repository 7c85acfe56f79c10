//! Opening inputs (plain, gzip, bzip2 — by content, not by name) and cutting
//! them into chunks at entry boundaries for parallel parsing.
//!
//! A chunk always ends right before a line that starts a new log message, so
//! no message (and none of its DETAIL/STATEMENT lines) is split between two
//! workers. pgBadger's `-j` cuts at arbitrary offsets and loses the entries
//! there; this is the fix.
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

/// Bytes of decompressed text a chunk aims for.
pub(crate) const CHUNK_TARGET: usize = 4 << 20;
/// One message (line plus continuations) may not exceed this; longer ones are cut.
pub(crate) const MAX_ENTRY: usize = 64 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Compression {
    None,
    Gzip,
    Bzip2,
}

/// A piece of a file that starts at a message boundary.
#[derive(Debug)]
pub(crate) struct Chunk {
    pub index: usize,
    pub first_line: u64,
    pub data: Vec<u8>,
}

/// Counts bytes read from the underlying file (for progress and throughput).
pub(crate) struct Counting<R> {
    inner: R,
    pub on_read: Box<dyn FnMut(u64) + Send>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        (self.on_read)(n as u64);
        Ok(n)
    }
}

/// Opens `path` (`-` is standard input), sniffing the compression from its first bytes.
pub(crate) fn open(
    path: &Path,
    on_read: Box<dyn FnMut(u64) + Send>,
) -> io::Result<(Box<dyn Read + Send>, Compression)> {
    let inner: Box<dyn Read + Send> = if path == Path::new("-") {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut raw = BufReader::with_capacity(1 << 20, Counting { inner, on_read });
    // Peek without consuming: the decoders read from the same buffer.
    let magic = io::BufRead::fill_buf(&mut raw)?;
    let compression = if magic.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if magic.starts_with(b"BZh") {
        Compression::Bzip2
    } else {
        Compression::None
    };
    let reader: Box<dyn Read + Send> = match compression {
        Compression::Gzip => Box::new(BufReader::with_capacity(
            1 << 20,
            flate2::bufread::MultiGzDecoder::new(raw),
        )),
        Compression::Bzip2 => Box::new(BufReader::with_capacity(
            1 << 20,
            bzip2::bufread::MultiBzDecoder::new(raw),
        )),
        Compression::None => Box::new(raw),
    };
    Ok((reader, compression))
}

/// Reads up to `n` bytes for format detection; returns them and the reader
/// positioned after them (the bytes are given back to chunking by the caller).
pub(crate) fn sniff(r: &mut dyn Read, n: usize) -> io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(n);
    Read::take(&mut *r, n as u64).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Cuts the stream into chunks of about `target` bytes, each ending before a
/// line for which `is_boundary` holds. `start` holds bytes already read.
pub(crate) fn chunks(
    mut r: impl Read,
    start: Vec<u8>,
    target: usize,
    is_boundary: &dyn Fn(&[u8]) -> bool,
    mut emit: impl FnMut(Chunk) -> bool,
) -> io::Result<()> {
    let mut buf = start;
    let mut line = 1u64;
    let mut index = 0usize;
    let mut eof = false;
    let mut want = target;
    loop {
        while buf.len() < want && !eof {
            let old = buf.len();
            let add = (want - old).clamp(64 << 10, 4 << 20) as u64;
            // read_to_end fills spare capacity without zeroing it first.
            match Read::take(&mut r, add).read_to_end(&mut buf) {
                Ok(0) => eof = true,
                Ok(_) => {}
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // Emit what we have so the lines before the error are counted.
                    if !buf.is_empty() {
                        emit(Chunk {
                            index,
                            first_line: line,
                            data: std::mem::take(&mut buf),
                        });
                    }
                    return Err(e);
                }
            }
        }
        if eof {
            if !buf.is_empty() {
                emit(Chunk {
                    index,
                    first_line: line,
                    data: buf,
                });
            }
            return Ok(());
        }
        let cut = find_cut(&buf, target.min(buf.len()) * 3 / 4, is_boundary).or_else(|| {
            // A single entry this large is cut at a line end; the parser counts it.
            (buf.len() >= MAX_ENTRY)
                .then(|| memchr::memrchr(b'\n', &buf).map_or(buf.len(), |p| p + 1))
        });
        match cut {
            Some(c) => {
                let rest = buf.split_off(c);
                let lines = memchr::memchr_iter(b'\n', &buf).count() as u64;
                let chunk = Chunk {
                    index,
                    first_line: line,
                    data: buf,
                };
                line += lines;
                index += 1;
                if !emit(chunk) {
                    return Ok(());
                }
                buf = rest;
                buf.reserve(target);
                want = target;
            }
            None => want = buf.len() + target,
        }
    }
}

/// First line start at or after `from` whose complete line is a boundary.
fn find_cut(buf: &[u8], from: usize, is_boundary: &dyn Fn(&[u8]) -> bool) -> Option<usize> {
    let mut p = memchr::memchr(b'\n', &buf[from..])? + from + 1;
    while p < buf.len() {
        let end = memchr::memchr(b'\n', &buf[p..])? + p;
        if is_boundary(&buf[p..end]) {
            return Some(p);
        }
        p = end + 1;
    }
    None
}

/// Decodes a chunk as UTF-8; invalid bytes are replaced, and the lines
/// that had them are returned so the reader can report them.
pub(crate) fn decode(data: &[u8], first_line: u64) -> (std::borrow::Cow<'_, str>, Vec<u64>) {
    match std::str::from_utf8(data) {
        Ok(s) => (std::borrow::Cow::Borrowed(s), Vec::new()),
        Err(_) => {
            let bad = (first_line..)
                .zip(data.split(|&b| b == b'\n'))
                .filter(|(_, l)| std::str::from_utf8(l).is_err())
                .map(|(n, _)| n)
                .collect();
            (String::from_utf8_lossy(data), bad)
        }
    }
}

/// Calls `f(line_number, line)` for each line, without the line end
/// (`\n` or `\r\n`).
pub(crate) fn for_each_line<'d>(text: &'d str, first_line: u64, mut f: impl FnMut(u64, &'d str)) {
    let data = text.as_bytes();
    let mut line = first_line;
    let mut start = 0;
    let n = data.len();
    while start < n {
        let end = memchr::memchr(b'\n', &data[start..]).map_or(n, |p| start + p);
        let mut e = end;
        if e > start && data[e - 1] == b'\r' {
            e -= 1;
        }
        f(line, &text[start..e]);
        line += 1;
        start = end + 1;
    }
}

/// Lines with NUL or most C0 control bytes are not log text.
pub(crate) fn is_binary(line: &str) -> bool {
    line.bytes()
        .any(|b| b == 0 || (b < 0x20 && b != b'\t' && b != 0x1b && b != b'\x0c'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_end_at_boundaries_and_keep_every_byte() {
        let mut text = String::new();
        for i in 0..2000 {
            text.push_str(&format!("L {i} start\n\tcontinued {i}\n\tmore\n"));
        }
        let boundary = |l: &[u8]| l.starts_with(b"L ");
        let mut got = Vec::new();
        let mut lines = Vec::new();
        chunks(text.as_bytes(), Vec::new(), 1000, &boundary, |c| {
            assert!(
                c.data.starts_with(b"L "),
                "chunk {} starts mid-entry",
                c.index
            );
            lines.push(c.first_line);
            got.extend_from_slice(&c.data);
            true
        })
        .unwrap();
        assert_eq!(got, text.as_bytes());
        assert!(lines.len() > 10);
        assert_eq!(
            lines[1] % 3,
            1,
            "first lines count from 1 and follow entries"
        );
    }

    #[test]
    fn crlf_and_invalid_utf8() {
        let mut seen = Vec::new();
        let (text, bad) = decode(b"a\r\nb\xff\nc", 1);
        for_each_line(&text, 1, |n, l| seen.push((n, l.to_owned())));
        assert_eq!(
            seen,
            vec![(1, "a".into()), (2, "b\u{fffd}".into()), (3, "c".into())]
        );
        assert_eq!(bad, vec![2]);
    }
}

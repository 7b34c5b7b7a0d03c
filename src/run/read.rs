//! Reading one file to check, and saying in plain words why a file could not be read.
//!
//! A whole-tree run reads every file once to screen it and drops the bytes at once, so
//! `with_source` reads into a buffer that each thread keeps from file to file: no allocation,
//! no zeroing and no fresh pages a file (a fresh `Vec` of each file's size cost some 8% of
//! the run's instructions in `memset` and `malloc`, and page faults in the kernel).
//!
//! Only regular files are read: a FIFO named `x.py` would block the run forever and a link to
//! `/dev/zero` would fill memory, so anything else is refused after an `fstat` of the file,
//! opened without waiting, before any byte is read. The reasons a read fails on a real tree (a broken or looping symbolic link, a
//! directory, a file deleted while the run was going, missing permission) each get a message
//! that says what was found and what to do, rather than the bare OS error.

use std::cell::RefCell;
use std::fs;
use std::io::{self, ErrorKind};
use std::path::Path;

/// A buffer this large or larger is let go after use rather than kept for the next file, so
/// that one huge file does not hold its size in every thread for the rest of the run.
const KEPT_BUFFER: usize = 1024 * 1024;

thread_local! {
    /// The buffer `with_source` reads into, kept initialised to its full length so that a
    /// read needs no zeroing; only its first bytes hold the file.
    static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// The bytes of the regular file at `path` (following symbolic links), or why not.
pub fn read_source(path: &Path) -> Result<Vec<u8>, String> {
    let (mut file, len) = open_regular(path)?;
    let mut bytes = Vec::new();
    let filled = read_into(&mut file, len, &mut bytes).map_err(|error| explain(path, &error))?;
    bytes.truncate(filled);
    Ok(bytes)
}

/// `read_source`, handing the bytes to `look` from the calling thread's buffer instead of a
/// `Vec` of their own. `look` must not call `with_source` itself (the buffer is in use): it
/// would get an error, not the file.
pub fn with_source<T>(path: &Path, look: impl FnOnce(&[u8]) -> T) -> Result<T, String> {
    BUFFER.with(|cell| {
        let Ok(mut buffer) = cell.try_borrow_mut() else {
            return Err(
                "could not be read: picklefix read two files at once on one thread (a \
                        bug: please report it); skipped"
                    .into(),
            );
        };
        let (mut file, len) = open_regular(path)?;
        let read = read_into(&mut file, len, &mut buffer);
        let looked = read.map(|filled| look(&buffer[..filled]));
        if buffer.len() >= KEPT_BUFFER {
            *buffer = Vec::new();
        }
        looked.map_err(|error| explain(path, &error))
    })
}

/// Let go of the calling thread's buffer: once the files are screened, so that the
/// analysis's syntax trees do not sit beside a buffer the size of the largest file screened.
pub fn let_go_of_buffer() {
    BUFFER.with(|cell| {
        if let Ok(mut buffer) = cell.try_borrow_mut() {
            *buffer = Vec::new();
        }
    });
}

/// The file at `path` opened for reading, and its size, when it is a regular file; or why it
/// is not one to read. The type and size come from the open file (`fstat`): a `stat` of the
/// path before opening it would look the path up twice, which cost a whole-tree run about 4%
/// of its time.
fn open_regular(path: &Path) -> Result<(fs::File, u64), String> {
    let file = open_without_waiting(path).map_err(|error| explain(path, &error))?;
    let metadata = file.metadata().map_err(|error| explain(path, &error))?;
    if metadata.is_dir() {
        return Err("is a directory, not a Python file; skipped".into());
    }
    if !metadata.is_file() {
        return Err("not a regular file (a device, FIFO or socket); skipped".into());
    }
    Ok((file, metadata.len()))
}

/// Open `path` for reading; on Unix without waiting (`O_NONBLOCK`), since opening a FIFO for
/// reading waits until something opens it for writing. Reads of a regular file ignore the
/// flag, and nothing else is read (`open_regular`).
fn open_without_waiting(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// Read `file`, `len` bytes long by its `fstat`, into the front of `buffer`, growing it as
/// needed; how many bytes it holds. Once the size is in, a read of a regular file that gives
/// fewer bytes than asked for has met the end of the file, so a file costs one read, not a
/// second one that finds the end. A file that grew since its `fstat` fills the space asked
/// for, and is read on until a read gives nothing; so is one whose reads come short before
/// its size (Linux gives at most 2 GiB a read).
fn read_into(file: &mut fs::File, len: u64, buffer: &mut Vec<u8>) -> io::Result<usize> {
    let len = usize::try_from(len).unwrap_or(0);
    // One byte more than the size, so that the read that finds the end needs no growing.
    if buffer.len() <= len {
        buffer.resize(len.saturating_add(1), 0);
    }
    let mut filled = 0;
    loop {
        if filled == buffer.len() {
            buffer.resize(buffer.len().saturating_mul(2), 0);
        }
        let asked = buffer.len() - filled;
        match io::Read::read(file, &mut buffer[filled..]) {
            Ok(read) => {
                filled += read;
                if read == 0 || (read < asked && filled >= len) {
                    return Ok(filled);
                }
            }
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
}

/// What a failed open, `fstat` or read of `path` means for the user.
fn explain(path: &Path, error: &io::Error) -> String {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match error.kind() {
        _ if is_link && is_loop(error) => {
            "is a symbolic link that loops (it leads back to itself); skipped".into()
        }
        ErrorKind::NotFound if is_link => {
            "is a broken symbolic link (its target does not exist); skipped".into()
        }
        ErrorKind::NotFound => {
            "no longer exists (it was deleted or moved while picklefix ran); skipped".into()
        }
        ErrorKind::PermissionDenied => {
            "could not be read: permission denied; skipped (make it readable to check it)".into()
        }
        ErrorKind::IsADirectory => "is a directory, not a Python file; skipped".into(),
        _ => format!("could not be read: {error}; skipped"),
    }
}

/// Whether the error is "too many levels of symbolic links" (`ELOOP`), which `ErrorKind` does
/// not name on stable Rust.
fn is_loop(error: &io::Error) -> bool {
    #[cfg(unix)]
    return error.raw_os_error() == Some(libc::ELOOP);
    #[cfg(not(unix))]
    return false;
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn explains_what_cannot_be_read() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let at = |name: &str| dir.path().join(name);
        fs::create_dir(at("dir.py")).expect("directory");
        symlink(at("missing"), at("broken.py")).expect("link");
        symlink(at("loop.py"), at("loop.py")).expect("link");
        let error = |name: &str| read_source(&at(name)).expect_err(name);
        assert!(error("dir.py").starts_with("is a directory"));
        assert!(error("broken.py").starts_with("is a broken symbolic link"));
        assert!(error("loop.py").starts_with("is a symbolic link that loops"));
        assert!(error("gone.py").starts_with("no longer exists"));
        assert!(read_source(Path::new("/dev/null")).is_err());
        // A FIFO is refused at once: opening it to read must not wait for a writer.
        let status = std::process::Command::new("mkfifo")
            .arg(at("fifo.py"))
            .status()
            .expect("mkfifo runs");
        assert!(status.success());
        assert!(error("fifo.py").starts_with("not a regular file"));
        assert!(with_source(&at("fifo.py"), |_| ()).is_err());
    }

    #[test]
    fn reads_files_whole_whatever_their_size() {
        let dir = tempfile::tempdir().expect("temporary directory");
        for len in [0, 1, 8191, 8192, 8193, 300_000] {
            let text: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            let path = dir.path().join(format!("f{len}.py"));
            fs::write(&path, &text).expect("write");
            assert_eq!(read_source(&path).expect("read"), text, "{len} bytes");
            // A file that grew since its `fstat` is still read whole.
            let mut file = fs::File::open(&path).expect("open");
            let mut bytes = Vec::new();
            let filled = read_into(&mut file, 0, &mut bytes).expect("read");
            assert_eq!(bytes[..filled], text[..], "{len} bytes, stale size");
        }
    }

    #[test]
    fn the_thread_buffer_holds_each_file_alone() {
        let dir = tempfile::tempdir().expect("temporary directory");
        // Large, then smaller: what the buffer held before must not show after the file.
        for len in [300_000, 8193, 0, 1, 8192, 2 * KEPT_BUFFER, 5] {
            let text: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            let path = dir.path().join(format!("f{len}.py"));
            fs::write(&path, &text).expect("write");
            let read = with_source(&path, <[u8]>::to_vec).expect("read");
            assert_eq!(read, text, "{len} bytes");
            // A file that grew since its `fstat` is still read whole.
            let mut buffer = vec![b'x'; len / 3];
            let mut file = fs::File::open(&path).expect("open");
            let filled = read_into(&mut file, 0, &mut buffer).expect("read");
            assert_eq!(buffer[..filled], text[..], "{len} bytes, stale size");
        }
        let path = dir.path().join("f5.py");
        let nested = with_source(&path, |_| with_source(&path, |_| ()));
        assert!(nested.expect("outer read").is_err());
        assert!(with_source(&dir.path().join("gone.py"), |_| ()).is_err());
    }
}

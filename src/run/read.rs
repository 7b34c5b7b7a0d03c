//! Reading one file to check, and saying in plain words why a file could not be read.
//!
//! Only regular files are read: a FIFO named `x.py` would block the run forever and a link to
//! `/dev/zero` would fill memory, so anything else is refused after a `stat`, before it is
//! opened. The reasons a read fails on a real tree (a broken or looping symbolic link, a
//! directory, a file deleted while the run was going, missing permission) each get a message
//! that says what was found and what to do, rather than the bare OS error.

use std::fs;
use std::io::{self, ErrorKind};
use std::path::Path;

/// The bytes of the regular file at `path` (following symbolic links), or why not.
pub fn read_source(path: &Path) -> Result<Vec<u8>, String> {
    let metadata = fs::metadata(path).map_err(|error| explain(path, &error))?;
    if metadata.is_dir() {
        return Err("is a directory, not a Python file; skipped".into());
    }
    if !metadata.is_file() {
        return Err("not a regular file (a device, FIFO or socket); skipped".into());
    }
    read_sized(path, metadata.len()).map_err(|error| explain(path, &error))
}

/// `fs::read` with the size the `stat` above already gave, so that a file costs one `stat`,
/// not two (`fs::read` asks the size again): 26,000 files make that a measurable share of a
/// whole-tree run, most of whose files are read and dropped. A file that changed size since
/// is still read whole.
fn read_sized(path: &Path, len: u64) -> io::Result<Vec<u8>> {
    let mut file = fs::File::open(path)?;
    // One byte more than the size, so that the read that finds the end needs no growing.
    let mut bytes = vec![0; usize::try_from(len).unwrap_or(0).saturating_add(1)];
    let mut filled = 0;
    loop {
        if filled == bytes.len() {
            bytes.resize(bytes.len().saturating_mul(2), 0);
        }
        match io::Read::read(&mut file, &mut bytes[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

/// What a failed `stat` or read of `path` means for the user.
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
    const ELOOP: i32 = if cfg!(any(target_os = "macos", target_os = "freebsd")) {
        62
    } else {
        40
    };
    #[cfg(not(unix))]
    const ELOOP: i32 = -1;
    error.raw_os_error() == Some(ELOOP)
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
    }

    #[test]
    fn reads_files_whole_whatever_their_size() {
        let dir = tempfile::tempdir().expect("temporary directory");
        for len in [0, 1, 8191, 8192, 8193, 300_000] {
            let text: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            let path = dir.path().join(format!("f{len}.py"));
            fs::write(&path, &text).expect("write");
            assert_eq!(read_source(&path).expect("read"), text, "{len} bytes");
            // A file that grew since its `stat` is still read whole.
            assert_eq!(
                read_sized(&path, 0).expect("read"),
                text,
                "{len} bytes, stale size"
            );
        }
    }
}

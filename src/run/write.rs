//! Writing a fixed file back, atomically and only when it is safe to.
//!
//! The new text goes to a temporary file in the same directory (a rename is atomic only within
//! one file system), is flushed and synced, takes the original's permissions, and is then
//! renamed over the original: a crash or a full disk leaves either the old file or the new
//! one, never half of one. Before that, the file is read again; when its bytes are no longer
//! those that were analysed (an editor saved it meanwhile) it is left alone, since writing
//! would throw the other change away. A file whose permissions deny writing is reported, not
//! forced, even though the rename would succeed. A symbolic link is written through to its
//! target, so the link stays a link.
//!
//! The temporary file is named `.picklefix-XXXXXX.tmp`: hidden, and not ending in `.py`, so
//! that if the process is killed before the rename, the leftover is never taken for source by
//! a later walk. Ctrl-C and SIGTERM do not kill a `--fix` run mid-write: `interrupt` lets the
//! writes in hand finish first. Just before the rename the original's size and modification time are checked
//! once more, which narrows the window in which a concurrent save could be lost to the rename
//! itself.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// A fix that `--fix` writes once the run knows the file's outcome is final (see
/// `run::wrappers`): the bytes analysed and the bytes to write.
#[derive(Debug)]
pub struct PendingWrite {
    pub path: PathBuf,
    pub analysed: Vec<u8>,
    pub new: Vec<u8>,
}

impl PendingWrite {
    /// `replace_file`, now.
    pub fn write(&self) -> Result<()> {
        replace_file(&self.path, &self.analysed, &self.new)
    }
}

/// Replace the file at `path` with `new`, provided it still holds exactly `analysed`.
pub fn replace_file(path: &Path, analysed: &[u8], new: &[u8]) -> Result<()> {
    let target = resolve(path)?;
    let metadata = fs::metadata(&target).context("could not read its metadata; not written")?;
    if !is_writable(&target, &metadata) {
        bail!("read-only; not written (make it writable to let --fix change it)");
    }
    let current = fs::read(&target).context("could not read it again before writing")?;
    if current != analysed {
        bail!("changed on disk while picklefix ran; not written");
    }
    write_atomically(&target, &metadata, new)
        .context("could not write the fix; the file is unchanged")
}

/// Whether the permissions allow writing: the write bits, and for users the permissions
/// apply to, whether the file opens for writing (opening does not truncate or change it).
fn is_writable(path: &Path, metadata: &Metadata) -> bool {
    !metadata.permissions().readonly() && OpenOptions::new().write(true).open(path).is_ok()
}

/// The file a write to `path` lands in: the target of a symbolic link, or the file itself.
fn resolve(path: &Path) -> Result<PathBuf> {
    fs::canonicalize(path).or_else(|error| match error.kind() {
        ErrorKind::NotFound => bail!("was deleted or moved while picklefix ran; not written"),
        _ => Err(error).context("could not resolve the path; not written"),
    })
}

/// Whether the file still has the size and modification time it had when it was checked.
fn unchanged_since(target: &Path, checked: &Metadata) -> bool {
    fs::metadata(target).is_ok_and(|now| {
        now.len() == checked.len() && now.modified().ok() == checked.modified().ok()
    })
}

fn write_atomically(target: &Path, metadata: &Metadata, new: &[u8]) -> Result<()> {
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new()
        .prefix(".picklefix-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("could not create a temporary file in '{}'", dir.display()))?;
    temp.write_all(new)
        .and_then(|()| temp.flush())
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("could not write '{}'", temp.path().display()))?;
    fs::set_permissions(temp.path(), metadata.permissions())
        .context("could not give the new file the original's permissions")?;
    if !unchanged_since(target, metadata) {
        bail!("changed on disk while picklefix ran; not written");
    }
    temp.persist(target)
        .map_err(|error| error.error)
        .context("could not rename the new file over the original")?;
    // The rename is durable once the directory entry is; failing to sync it only weakens the
    // guarantee after a power loss, so it is not an error.
    let _ = File::open(dir).and_then(|dir| dir.sync_all());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn replaces_the_file_and_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.py");
        fs::write(&path, "old\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        replace_file(&path, b"old\n", b"new\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new\n");
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn refuses_a_file_that_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.py");
        fs::write(&path, "edited\n").unwrap();
        let error = replace_file(&path, b"old\n", b"new\n").unwrap_err();
        assert!(format!("{error:#}").contains("changed on disk"));
        assert_eq!(fs::read(&path).unwrap(), b"edited\n");
    }

    #[test]
    fn refuses_a_read_only_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.py");
        fs::write(&path, "old\n").unwrap();
        let mut permissions = fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&path, permissions).unwrap();
        let error = replace_file(&path, b"old\n", b"new\n").unwrap_err();
        assert!(format!("{error:#}").starts_with("read-only"));
        assert_eq!(fs::read(&path).unwrap(), b"old\n");
    }

    #[test]
    fn refuses_a_file_that_was_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let error = replace_file(&dir.path().join("a.py"), b"old\n", b"new\n").unwrap_err();
        assert!(format!("{error:#}").starts_with("was deleted or moved"));
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.py");
        let link = dir.path().join("link.py");
        fs::write(&real, "old\n").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        replace_file(&link, b"old\n", b"new\n").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"new\n");
    }
}

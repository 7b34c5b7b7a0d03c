//! The package a file is in, read from the folders above it: the core resolves relative
//! imports (`from ..par import parmap`) against it, and never reads the disk itself.

use std::path::Path;

/// The dotted package of the file at `path`: the names of the folders above it that hold an
/// `__init__.py`, outermost first (`pkg.sub` for `pkg/sub/jobs.py` when both folders have
/// one). `None` when the file's own folder has none, or a folder's name is no identifier.
pub fn package_of(path: &Path) -> Option<String> {
    let path = std::path::absolute(path).ok()?;
    let mut parts = Vec::new();
    let mut dir = path.parent();
    while let Some(folder) = dir.filter(|d| d.join("__init__.py").is_file()) {
        let name = folder.file_name()?.to_str()?;
        if !is_identifier(name) {
            return None;
        }
        parts.push(name);
        dir = folder.parent();
    }
    parts.reverse();
    (!parts.is_empty()).then(|| parts.join("."))
}

fn is_identifier(name: &str) -> bool {
    !name.starts_with(|c: char| c.is_ascii_digit())
        && !name.is_empty()
        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_with_init_make_the_package() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sub = dir.path().join("pkg/sub");
        std::fs::create_dir_all(&sub).expect("folders");
        std::fs::write(dir.path().join("pkg/__init__.py"), "").expect("write");
        std::fs::write(sub.join("__init__.py"), "").expect("write");
        assert_eq!(package_of(&sub.join("jobs.py")).as_deref(), Some("pkg.sub"));
        assert_eq!(
            package_of(&sub.join("__init__.py")).as_deref(),
            Some("pkg.sub")
        );
        assert_eq!(package_of(&dir.path().join("main.py")), None);
        std::fs::remove_file(dir.path().join("pkg/__init__.py")).expect("remove");
        assert_eq!(package_of(&sub.join("jobs.py")).as_deref(), Some("sub"));
    }
}
